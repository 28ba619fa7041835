/* test_kbimage.c — compiled knowledge images code exactly as the text
 * knowledge they were compiled from: the built-in image linked into the
 * library, an image compiled here (in memory) from the same text, and an
 * image of user dictionaries; compiling is deterministic; a damaged image
 * is refused with a message, never opened. Run from the repository root
 * (it reads tests/golden and data/examples). */
#include "truce.h"
#include "unit.h"

#include <glob.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    size_t k;
    while (p && (k = fread(p + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
            }
            p = q;
        }
    }
    fclose(f);
    *len = n;
    return p;
}

static int sink(void *user, const truce_event *ev)
{
    truce_write_jsonl(user, ev);
    return 0;
}

static void trace(void *user, const char *line)
{
    truce_buf_put(user, line, strlen(line));
    truce_buf_put(user, "\n", 1);
}

/* Code every file matching pattern as one story (with the trace, which
 * names the patterns and actors used) into out. */
static void code_files(const truce_kb *kb, const char *pattern, truce_buf *out)
{
    truce_options o;
    truce_options_default(&o);
    o.trace = trace;
    o.trace_user = out;
    truce_coder *c = truce_coder_new(kb, &o);
    CHECK(c != NULL);
    glob_t g;
    CHECK(glob(pattern, 0, NULL, &g) == 0);
    for (size_t i = 0; c && i < g.gl_pathc; i++) {
        size_t len;
        char *text = slurp(g.gl_pathv[i], &len);
        CHECK(text != NULL);
        if (!text) {
            continue;
        }
        truce_story st = {0};
        st.id = g.gl_pathv[i];
        st.id_len = strlen(st.id);
        st.text = text;
        st.text_len = len;
        CHECK(truce_day_parse("2021-05-06", 10, &st.date));
        size_t n;
        truce_error err = {0};
        truce_code_story(c, &st, sink, out, &n, &err);
        free(text);
    }
    globfree(&g);
    truce_coder_free(c);
}

static bool same(const truce_buf *a, const truce_buf *b)
{
    return a->len == b->len && memcmp(a->p, b->p, a->len) == 0;
}

/* A copy of an image in fresh 8-aligned memory. */
static void *copy(const void *p, size_t n)
{
    void *q = aligned_alloc(64, (n + 63) / 64 * 64);
    if (q) {
        memcpy(q, p, n);
    }
    return q;
}

static truce_kb *open_dicts(const char *const *paths, size_t n, bool builtin, char **bufs)
{
    truce_dict_file f[8];
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        bufs[i] = slurp(paths[i], &len);
        CHECK(bufs[i] != NULL);
        f[i] = (truce_dict_file){paths[i], bufs[i] ? bufs[i] : "", bufs[i] ? len : 0};
    }
    truce_error err = {0};
    truce_kb *kb = truce_kb_open_dicts(f, n, builtin, NULL, NULL, NULL, &err);
    for (size_t i = 0; i < n; i++) {
        free(bufs[i]);   /* the kb keeps nothing of the caller's buffers */
        bufs[i] = NULL;
    }
    return kb;
}

static void expect_refused(void *img, size_t len, const char *what)
{
    truce_error err = {0};
    truce_kb *kb = truce_kb_open_image(img, len, &err);
    CHECK(kb == NULL);
    CHECK(err.code == TRUCE_EDATA);
    CHECK(strstr(err.msg, what) != NULL);
    if (!strstr(err.msg, what)) {
        fprintf(stderr, "  message was: %s\n", err.msg);
    }
    truce_kb_close(kb);
}

int main(void)
{
    const char *stories = "tests/golden/code/*.in";
    truce_error err = {0};
    truce_kb *text = truce_kb_open_dicts(NULL, 0, true, NULL, NULL, NULL, &err);
    truce_kb *builtin = truce_kb_open(&err);
    CHECK(text && builtin);
    if (!text || !builtin) {
        return DONE("test_kbimage");
    }
    CHECK(truce_kb_info(text) == NULL);
    CHECK(truce_kb_info(builtin) != NULL && strstr(truce_kb_info(builtin), "built-in") != NULL);

    truce_buf want = {0}, got = {0};
    code_files(text, stories, &want);
    code_files(builtin, stories, &got);
    CHECK(want.len > 10000);   /* the stories give events */
    CHECK(same(&want, &got));

    /* compiling here gives the very bytes of the linked image's source,
     * twice over */
    truce_buf img = {0}, img2 = {0};
    CHECK(truce_kb_compile(text, "test", &img, &err) == TRUCE_OK);
    CHECK(truce_kb_compile(text, "test", &img2, &err) == TRUCE_OK);
    CHECK(same(&img, &img2));
    CHECK(truce_kb_is_image(img.p, img.len));
    CHECK(!truce_kb_is_image("TRUCE", 5));

    /* open the compiled bytes; open them again (already relocated); open
     * a copy moved elsewhere after relocation */
    void *blob = copy(img.p, img.len);
    truce_kb *a = truce_kb_open_image(blob, img.len, &err);
    truce_kb *b = truce_kb_open_image(blob, img.len, &err);
    CHECK(a && b);
    CHECK(a && !strcmp(truce_kb_info(a), "test"));
    void *moved = copy(blob, img.len);
    truce_kb *m = truce_kb_open_image(moved, img.len, &err);
    CHECK(m != NULL);
    truce_buf ga = {0}, gm = {0};
    if (a && m) {
        code_files(a, stories, &ga);
        code_files(m, stories, &gm);
    }
    CHECK(same(&want, &ga));
    CHECK(same(&want, &gm));
    truce_kb_close(a);
    truce_kb_close(b);
    truce_kb_close(m);
    free(blob);
    free(moved);

    /* damage: one byte of the body, a truncation, the magic, the version */
    void *d = copy(img.p, img.len);
    ((uint8_t *)d)[img.len / 2] ^= 0x40;
    expect_refused(d, img.len, "checksum");
    free(d);
    d = copy(img.p, img.len);
    expect_refused(d, img.len - 8, "truncated");
    ((uint8_t *)d)[0] = 'X';
    expect_refused(d, img.len, "not a compiled knowledge image");
    free(d);
    d = copy(img.p, img.len);
    ((uint8_t *)d)[8] = 99;
    expect_refused(d, img.len, "another build");
    free(d);
    static uint64_t empty[1];
    expect_refused(empty, 0, "not a compiled knowledge image");

    /* user dictionaries (the buffers freed before coding) */
    const char *dicts[] = {"tests/golden/dict/fixture.actors.txt", "tests/golden/dict/fixture.agents.txt",
                           "tests/golden/dict/fixture.verbs.txt", "tests/golden/dict/fixture.issues.txt"};
    char *bufs[4];
    truce_kb *user = open_dicts(dicts, 4, false, bufs);
    CHECK(user != NULL);
    truce_buf uimg = {0}, uwant = {0}, ugot = {0};
    if (user) {
        CHECK(truce_kb_compile(user, "user", &uimg, &err) == TRUCE_OK);
        code_files(user, "tests/golden/dict/*.in", &uwant);
        void *ub = copy(uimg.p, uimg.len);
        truce_kb *ukb = truce_kb_open_image(ub, uimg.len, &err);
        CHECK(ukb != NULL);
        if (ukb) {
            code_files(ukb, "tests/golden/dict/*.in", &ugot);
        }
        CHECK(uwant.len > 1000);
        CHECK(same(&uwant, &ugot));
        truce_kb_close(ukb);
        free(ub);
    }
    truce_kb_close(user);

    truce_buf_free(&want);
    truce_buf_free(&got);
    truce_buf_free(&ga);
    truce_buf_free(&gm);
    truce_buf_free(&img);
    truce_buf_free(&img2);
    truce_buf_free(&uimg);
    truce_buf_free(&uwant);
    truce_buf_free(&ugot);
    truce_kb_close(text);
    truce_kb_close(builtin);
    return DONE("test_kbimage");
}
