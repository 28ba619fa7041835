/* cmd_code.c — `truce code`: stories in, events out.
 *
 * Reads files, directories (recursively, in byte order of names) or stdin;
 * detects JSON Lines (.jsonl/.ndjson/.json, or text starting with '{') or a
 * plain-text wire story; codes each story; writes JSON Lines or TSV to
 * stdout. Every story read is accounted for: with --status a status record
 * follows each story's events, and the summary on stderr counts stories
 * read, with events, with none, and with errors. A bad story never stops
 * the others; the exit code is 1 if any story or input had an error.
 */
#include "cli.h"
#include "truce.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
    const char *format;     /* "jsonl" or "tsv" */
    truce_day date;
    bool status;
    bool quiet;
    truce_options opt;
} code_opts;

typedef struct {
    truce_kb *kb;
    truce_coder *coder;
    truce_jsonl *jr;
    code_opts o;
    truce_buf out;
    size_t n_read, n_events_total, n_with, n_none, n_err;
    bool split;             /* `truce split`: sentences, not events */
    const char *cmd;
} run;

static void help(FILE *f)
{
    fprintf(f,
        "usage: truce code [options] [FILE|DIR|-]...\n"
        "\n"
        "Code English news stories into political events: CAMEO code, Goldstein\n"
        "score, QuadClass and PLOVER type, source and target actors, the event's\n"
        "own date, and the sentence and byte span that prove it.\n"
        "\n"
        "Input (auto-detected per file; stdin when no FILE is given):\n"
        "  plain-text wire story   headline, optional standfirst, dateline such as\n"
        "                          'YEREVAN, May 6./TASS/.' or 'WASHINGTON (Reuters) -'\n"
        "  JSON Lines              one object per line: id, date (YYYY-MM-DD), text,\n"
        "                          optional title, source, url\n"
        "  directories             every file below them, in name order\n"
        "\n"
        "Options:\n"
        "  --format jsonl|tsv      output format (default jsonl)\n"
        "  --date YYYY-MM-DD       story date where the input gives none\n"
        "  --status                after each story, a status record:\n"
        "                          {\"story_id\",\"status\":\"ok|no_event|error\",\"events\",\"error\",\"offset\"}\n"
        "  --no-dedup              keep repeats of (date, source, target, code) in a story\n"
        "  --explain               on stderr, why each sentence gave its events: the actors\n"
        "                          found, the verbs considered, the pattern that fired or why none\n"
        "  --pairs all             compound actors: every ordered pair (default: each pair once)\n"
        "  --max-story-bytes N     skip (with an error record) stories longer than N bytes\n"
        "  --max-sentence-tokens N do not code sentences longer than N tokens\n"
        "  -q, --quiet             no summary on stderr\n"
        "  -h, --help              this help\n"
        "\n"
        "Output (JSON Lines): story_id, sentence, date, date_source (text|story|none),\n"
        "source, source_country, target, target_country, code, root, quad_class,\n"
        "goldstein, plover, location, text, span, pattern, historical.\n"
        "Exit status: 0 ok, 1 some input had errors, 2 usage, 3 internal error.\n");
}

static void split_help(FILE *f)
{
    fprintf(f,
        "usage: truce split [options] [FILE|DIR|-]...\n"
        "\n"
        "Show how truce reads stories: one record per story (id, date and where it\n"
        "came from, headline, dateline place, where the body starts), then one per\n"
        "sentence (index, paragraph, byte span, text). Takes the input options of\n"
        "'truce code' (--date, --max-story-bytes, -q).\n");
}

static void explain_line(void *user, const char *line)
{
    (void)user;
    fprintf(stderr, "%s\n", line);
}

static int sink(void *user, const truce_event *ev)
{
    run *r = user;
    if (strcmp(r->o.format, "tsv") == 0) {
        truce_write_tsv(&r->out, ev);
    } else {
        truce_write_jsonl(&r->out, ev);
    }
    return 0;
}

static void flush(run *r)
{
    if (r->out.len) {
        fwrite(r->out.p, 1, r->out.len, stdout);
        r->out.len = 0;
    }
}

/* JSON string for status records (ids and messages are short). */
static void put_json_str(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            fputc('\\', f);
            fputc(c, f);
        } else if (c < 0x20) {
            fprintf(f, "\\u%04x", c);
        } else {
            fputc(c, f);
        }
    }
    fputc('"', f);
}

static void status_record(run *r, const char *id, size_t id_len, const char *status,
                          size_t events, const char *error, long long offset)
{
    if (!r->o.status) {
        return;
    }
    flush(r);
    fputs("{\"story_id\":", stdout);
    put_json_str(stdout, id, id_len);
    fprintf(stdout, ",\"status\":\"%s\",\"events\":%zu,\"error\":", status, events);
    if (error) {
        put_json_str(stdout, error, strlen(error));
    } else {
        fputs("null", stdout);
    }
    if (offset >= 0) {
        fprintf(stdout, ",\"offset\":%lld}\n", offset);
    } else {
        fputs(",\"offset\":null}\n", stdout);
    }
}

/* Line and column (1-based) of byte offset off in buf. */
static void line_col(const char *buf, size_t len, size_t off, unsigned *line, unsigned *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off && i < len; i++) {
        if (buf[i] == '\n') {
            (*line)++;
            *col = 1;
        } else {
            (*col)++;
        }
    }
}

typedef struct {
    run *r;
    const truce_story *st;
} split_ctx;

static int sentence_sink(void *user, const truce_sentence *s)
{
    split_ctx *x = user;
    printf("{\"sentence\":%u,\"paragraph\":%u,\"span\":[%zu,%zu],\"text\":", s->index,
           s->paragraph, s->start, s->end);
    put_json_str(stdout, x->st->text + s->start, s->end - s->start);
    fputs("}\n", stdout);
    return 0;
}

static void split_header(const truce_story *st)
{
    static const char *const from[] = {"none", "input", "dateline", "option"};
    char d[11] = "";
    fputs("{\"story_id\":", stdout);
    put_json_str(stdout, st->id, st->id_len);
    if (st->date != TRUCE_NODAY) {
        truce_day_format(st->date, d);
        printf(",\"date\":\"%s\"", d);
    } else {
        fputs(",\"date\":null", stdout);
    }
    printf(",\"date_from\":\"%s\",\"title\":", from[st->date_from & 3]);
    if (st->title) {
        put_json_str(stdout, st->title, st->title_len);
    } else {
        fputs("null", stdout);
    }
    fputs(",\"dateline\":", stdout);
    if (st->dateline_place_len) {
        put_json_str(stdout, st->dateline_place, st->dateline_place_len);
    } else {
        fputs("null", stdout);
    }
    printf(",\"body_offset\":%zu}\n", st->body_offset);
}

static void code_one(run *r, const truce_story *st, const char *where, unsigned line,
                     const char *buf, size_t buf_len, size_t text_base)
{
    size_t n = 0;
    truce_error err = {0};
    r->n_read++;
    truce_status rc;
    if (r->split) {
        split_ctx x = {r, st};
        split_header(st);
        rc = truce_split_story(r->coder, st, sentence_sink, &x, &err);
    } else {
        rc = truce_code_story(r->coder, st, sink, r, &n, &err);
    }
    flush(r);
    if (rc != TRUCE_OK) {
        r->n_err++;
        long long off = err.offset >= 0 ? err.offset : -1;
        if (line) {
            cli_error(r->cmd, "%s:%u: story %.*s: %s (byte %lld of its text)", where, line,
                      (int)st->id_len, st->id, err.msg, off);
        } else {
            unsigned l = 0, c = 0;
            if (off >= 0) {
                line_col(buf, buf_len, text_base + (size_t)off, &l, &c);
            }
            cli_error(r->cmd, "%s:%u:%u: %s (byte %lld)", where, l, c, err.msg, off);
        }
        status_record(r, st->id, st->id_len, "error", 0, err.msg, off);
        return;
    }
    r->n_events_total += n;
    if (n) {
        r->n_with++;
    } else {
        r->n_none++;
    }
    status_record(r, st->id, st->id_len, n ? "ok" : "no_event", n, NULL, -1);
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static void story_id_from_path(const char *path, char *out, size_t cap)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    snprintf(out, cap, "%s", b);
    char *dot = strrchr(out, '.');
    if (dot && dot != out) {
        *dot = 0;
    }
}

static void code_buffer(run *r, const char *name, const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) {
        i++;
    }
    bool jsonl = ends_with(name, ".jsonl") || ends_with(name, ".ndjson") ||
                 ends_with(name, ".json") || (i < len && buf[i] == '{');
    if (!jsonl) {
        truce_story st;
        truce_error err = {0};
        char id[256];
        story_id_from_path(strcmp(name, "-") == 0 ? "stdin" : name, id, sizeof id);
        if (len == 0 || i == len) {
            /* an empty file is a story with nothing in it */
            memset(&st, 0, sizeof st);
            st.id = id;
            st.id_len = strlen(id);
            st.date = r->o.date;
            st.text = "";
            code_one(r, &st, name, 0, buf, len, 0);
            return;
        }
        if (truce_read_text(buf, len, r->o.date, &st, &err) != TRUCE_OK) {
            r->n_read++;
            r->n_err++;
            unsigned l = 0, c = 0;
            if (err.offset >= 0) {
                line_col(buf, len, (size_t)err.offset, &l, &c);
            }
            cli_error(r->cmd, "%s:%u:%u: %s (byte %lld)", name, l, c, err.msg, (long long)err.offset);
            status_record(r, id, strlen(id), "error", 0, err.msg, err.offset);
            return;
        }
        st.id = id;
        st.id_len = strlen(id);
        code_one(r, &st, name, 0, buf, len, (size_t)(st.text - buf));
        return;
    }
    unsigned line = 0;
    size_t b = 0;
    while (b < len) {
        size_t e = b;
        while (e < len && buf[e] != '\n') {
            e++;
        }
        line++;
        size_t le = e;
        if (le > b && buf[le - 1] == '\r') {
            le--;
        }
        bool blank = true;
        for (size_t k = b; k < le; k++) {
            if (buf[k] != ' ' && buf[k] != '\t') {
                blank = false;
                break;
            }
        }
        if (!blank) {
            truce_story st;
            truce_error err = {0};
            char fallback[64];
            if (truce_jsonl_parse(r->jr, buf + b, le - b, r->o.date, &st, &err) != TRUCE_OK) {
                r->n_read++;
                r->n_err++;
                snprintf(fallback, sizeof fallback, "%s:%u", name, line);
                const char *id = st.id ? st.id : fallback;
                size_t id_len = st.id ? st.id_len : strlen(fallback);
                if (err.col) {
                    cli_error(r->cmd, "%s:%u:%u: %s", name, line, err.col, err.msg);
                } else {
                    cli_error(r->cmd, "%s:%u: story %.*s: %s", name, line, (int)id_len, id, err.msg);
                }
                status_record(r, id, id_len, "error", 0, err.msg, (long long)(b + (err.col ? err.col - 1 : 0)));
            } else {
                if (!st.id) {
                    snprintf(fallback, sizeof fallback, "%s:%u", strcmp(name, "-") == 0 ? "stdin" : name, line);
                    st.id = fallback;
                    st.id_len = strlen(fallback);
                }
                code_one(r, &st, name, line, NULL, 0, 0);
            }
        }
        b = e + 1;
    }
}

static bool read_all(FILE *f, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    if (!p) {
        return false;
    }
    for (;;) {
        if (n == cap) {
            char *q = realloc(p, cap * 2);
            if (!q) {
                free(p);
                return false;
            }
            p = q;
            cap *= 2;
        }
        size_t k = fread(p + n, 1, cap - n, f);
        n += k;
        if (k == 0) {
            break;
        }
    }
    if (ferror(f)) {
        free(p);
        return false;
    }
    *out = p;
    *len = n;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void code_path(run *r, const char *path, int depth)
{
    if (strcmp(path, "-") == 0) {
        char *buf;
        size_t len;
        if (!read_all(stdin, &buf, &len)) {
            cli_error(r->cmd, "-: cannot read standard input: %s", strerror(errno));
            r->n_err++;
            return;
        }
        code_buffer(r, "-", buf, len);
        free(buf);
        return;
    }
    struct stat sb;
    if (stat(path, &sb) != 0) {
        cli_error(r->cmd, "%s: cannot open: %s", path, strerror(errno));
        r->n_err++;
        return;
    }
    if (S_ISDIR(sb.st_mode)) {
        if (depth > 32) {
            cli_error(r->cmd, "%s: directories nested too deep", path);
            r->n_err++;
            return;
        }
        DIR *d = opendir(path);
        if (!d) {
            cli_error(r->cmd, "%s: cannot open directory: %s", path, strerror(errno));
            r->n_err++;
            return;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *de;
        while ((de = readdir(d))) {
            if (de->d_name[0] == '.') {
                continue;
            }
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                char **nn = realloc(names, cap * sizeof *nn);
                if (!nn) {
                    break;
                }
                names = nn;
            }
            size_t l = strlen(path) + strlen(de->d_name) + 2;
            names[n] = malloc(l);
            if (!names[n]) {
                break;
            }
            snprintf(names[n], l, "%s/%s", path, de->d_name);
            n++;
        }
        closedir(d);
        qsort(names, n, sizeof *names, cmp_str);
        for (size_t i = 0; i < n; i++) {
            code_path(r, names[i], depth + 1);
            free(names[i]);
        }
        free(names);
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error(r->cmd, "%s: cannot open: %s", path, strerror(errno));
        r->n_err++;
        return;
    }
    char *buf;
    size_t len;
    bool ok = read_all(f, &buf, &len);
    fclose(f);
    if (!ok) {
        cli_error(r->cmd, "%s: cannot read: %s", path, strerror(errno));
        r->n_err++;
        return;
    }
    code_buffer(r, path, buf, len);
    free(buf);
}

static int code_main(int argc, char **argv, bool split)
{
    run r;
    memset(&r, 0, sizeof r);
    r.split = split;
    r.cmd = split ? "split" : "code";
    r.o.format = "jsonl";
    r.o.date = TRUCE_NODAY;
    truce_options_default(&r.o.opt);
    opts o;
    opts_init(&o, argc, argv);
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    size_t n_in = 0;
    if (!inputs) {
        cli_error(r.cmd, "out of memory");
        return EXIT_INTERNAL;
    }
    const char *name;
    int k;
    int rc = EXIT_OK;
    while ((k = opts_next(&o, &name)) >= 0) {
        if (k == 0) {
            inputs[n_in++] = name;
            continue;
        }
        if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            if (split) {
                split_help(stdout);
            } else {
                help(stdout);
            }
            free(inputs);
            return EXIT_OK;
        } else if (strncmp(name, "--format", 8) == 0 && (name[8] == 0 || name[8] == '=')) {
            const char *v = opts_value(&o, name);
            if (!v || (strcmp(v, "jsonl") && strcmp(v, "tsv"))) {
                free(inputs);
                return cli_usage_error(r.cmd, "--format takes jsonl or tsv, found '%s'", v ? v : "nothing");
            }
            r.o.format = v;
        } else if (strncmp(name, "--date", 6) == 0 && (name[6] == 0 || name[6] == '=')) {
            const char *v = opts_value(&o, name);
            if (!v || !truce_day_parse(v, strlen(v), &r.o.date)) {
                free(inputs);
                return cli_usage_error(r.cmd, "--date takes YYYY-MM-DD, found '%s'", v ? v : "nothing");
            }
        } else if (strcmp(name, "--status") == 0) {
            r.o.status = true;
        } else if (strcmp(name, "--explain") == 0) {
            r.o.opt.trace = explain_line;
        } else if (strcmp(name, "--no-dedup") == 0) {
            r.o.opt.dedup = false;
        } else if (strcmp(name, "-q") == 0 || strcmp(name, "--quiet") == 0) {
            r.o.quiet = true;
        } else if (strncmp(name, "--pairs", 7) == 0 && (name[7] == 0 || name[7] == '=')) {
            const char *v = opts_value(&o, name);
            if (!v || (strcmp(v, "all") && strcmp(v, "once"))) {
                free(inputs);
                return cli_usage_error(r.cmd, "--pairs takes all or once, found '%s'", v ? v : "nothing");
            }
            r.o.opt.pairs_all = strcmp(v, "all") == 0;
        } else if ((strncmp(name, "--max-story-bytes", 17) == 0 && (name[17] == 0 || name[17] == '=')) ||
                   (strncmp(name, "--max-sentence-tokens", 21) == 0 && (name[21] == 0 || name[21] == '='))) {
            const char *v = opts_value(&o, name);
            char *end;
            unsigned long long x = v ? strtoull(v, &end, 10) : 0;
            if (!v || *end || x == 0) {
                free(inputs);
                return cli_usage_error(r.cmd, "%s takes a positive number", name);
            }
            if (name[6] == 's' && name[7] == 't') {
                r.o.opt.max_story_len = (size_t)x;
            } else {
                r.o.opt.max_sentence_tokens = (uint32_t)(x > UINT32_MAX ? UINT32_MAX : x);
            }
        } else {
            free(inputs);
            return cli_usage_error(r.cmd, "unknown option '%s'", name);
        }
    }
    truce_error err = {0};
    r.kb = truce_kb_open(&err);
    if (!r.kb) {
        if (err.path) {
            cli_error(r.cmd, "built-in knowledge %s:%u:%u: %s", err.path, err.line, err.col, err.msg);
        } else {
            cli_error(r.cmd, "cannot load the built-in knowledge: %s", err.msg);
        }
        free(inputs);
        return EXIT_INTERNAL;
    }
    r.coder = truce_coder_new(r.kb, &r.o.opt);
    r.jr = truce_jsonl_new();
    if (!r.coder || !r.jr) {
        cli_error(r.cmd, "out of memory");
        rc = EXIT_INTERNAL;
        goto done;
    }
    if (strcmp(r.o.format, "tsv") == 0) {
        truce_write_tsv_header(&r.out);
        flush(&r);
    }
    if (n_in == 0) {
        inputs[n_in++] = "-";
    }
    for (size_t i = 0; i < n_in; i++) {
        code_path(&r, inputs[i], 0);
    }
    flush(&r);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error(r.cmd, "cannot write output: %s", strerror(errno));
        rc = EXIT_INTERNAL;
        goto done;
    }
    if (!r.o.quiet && r.split) {
        fprintf(stderr, "truce split: %zu stories read, %zu with errors\n", r.n_read, r.n_err);
    } else if (!r.o.quiet) {
        fprintf(stderr, "truce %s: %zu stories read, %zu with events, %zu with no event, %zu with errors; %zu events\n", r.cmd,
                r.n_read, r.n_with, r.n_none, r.n_err, r.n_events_total);
    }
    rc = r.n_err ? EXIT_INPUT : EXIT_OK;
done:
    truce_jsonl_free(r.jr);
    truce_coder_free(r.coder);
    truce_kb_close(r.kb);
    truce_buf_free(&r.out);
    free(inputs);
    return rc;
}

int cmd_code(int argc, char **argv)
{
    return code_main(argc, argv, false);
}

int cmd_split(int argc, char **argv)
{
    return code_main(argc, argv, true);
}
