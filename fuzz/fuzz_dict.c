/* fuzz_dict.c — libFuzzer entry point for the dictionary readers: any
 * bytes as a PETRARCH actors, agents, verbs, discards or issues file, or a
 * TABARI .actors, .agents or .verbs file (the first byte picks which),
 * loaded on top of nothing but the grammar tables; then two sentences are
 * coded with what was loaded, and again with a compiled image of it: the
 * events must be the same bytes. */
#include "truce.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int keep(void *user, const truce_event *ev)
{
    truce_write_jsonl(user, ev);
    return 0;
}

static void code(const truce_kb *kb, truce_buf *out)
{
    truce_coder *c = truce_coder_new(kb, NULL);
    if (c) {
        static const char text[] = "Gondor attacked Arnor with swords near the dam. The king met the "
                                   "rangers to discuss drinking water and health-care.";
        truce_story st = {0};
        st.id = "fuzz";
        st.id_len = 4;
        st.text = text;
        st.text_len = sizeof text - 1;
        st.date = TRUCE_NODAY;
        size_t n;
        truce_error err;
        truce_code_story(c, &st, keep, out, &n, &err);
        truce_coder_free(c);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    static const char *const names[] = {"fuzz.actors.txt", "fuzz.agents.txt", "fuzz.verbs.txt",
                                        "fuzz.discards.txt", "fuzz.issues.txt", "Fuzz.actors",
                                        "Fuzz.agents", "Fuzz.verbs"};
    truce_dict_file f = {names[data[0] % 8], (const char *)data + 1, size - 1};
    truce_error err;
    size_t n_errors;
    truce_kb *kb = truce_kb_open_dicts(&f, 1, false, NULL, NULL, &n_errors, &err);
    if (!kb) {
        return 0;
    }
    truce_buf want = {0}, got = {0}, img = {0};
    code(kb, &want);
    if (truce_kb_compile(kb, "fuzz", &img, &err) == TRUCE_OK) {
        void *blob = aligned_alloc(64, (img.len + 63) / 64 * 64);
        truce_kb *ikb = blob ? truce_kb_open_image(memcpy(blob, img.p, img.len), img.len, &err) : NULL;
        if (blob && !ikb) {
            fprintf(stderr, "fuzz_dict: a compiled image does not open: %s\n", err.msg);
            abort();
        }
        if (ikb) {
            code(ikb, &got);
            if (!want.failed && !got.failed &&
                (want.len != got.len || memcmp(want.p, got.p, want.len) != 0)) {
                fprintf(stderr, "fuzz_dict: the image codes differently:\n%s---\n%s", want.p ? want.p : "",
                        got.p ? got.p : "");
                abort();
            }
        }
        truce_kb_close(ikb);
        free(blob);
    }
    truce_buf_free(&want);
    truce_buf_free(&got);
    truce_buf_free(&img);
    truce_kb_close(kb);
    return 0;
}
