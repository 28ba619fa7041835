/* validate_tabari.c — `truce validate PROJECT.project`: run a TABARI
 * validation suite (Validate.project naming its .actors, .verbs, .agents,
 * .options and Validate.text) through truce's own pipeline.
 *
 * Validate.text holds records: a header line "YYMMDD ID" (YYYYMMDD once the
 * YYYY option is on), the story's lines, then a comment (slash-star ... star-slash) whose
 * "{ SRC / TGT / CODE }" blocks are the expected events in coding order,
 * "{---}" no event, "{###}" a discarded record, "{+++}" a complex one, and
 * "{ OPTION: ... }" an option set by the record. Free comments sit in
 * "[...]". A '-' right before a block means "do not check the remaining
 * blocks". Reading stops at the record FINAL-01 (the rest needs special
 * options or crashes TABARI on purpose).
 *
 * The check is TABARI's ProcessorClass::checkEvents: the coded events
 * (source, target, code; events without a target are not events to TABARI)
 * are compared in order with the blocks; a record fails when an event
 * differs from its block, or there are more events than blocks or more
 * blocks than events, or the story's flag (a ### code discards it, a +++
 * code marks it complex: truce_coder_story_flag) does not match {###} or
 * {+++}: a {+++} record passes only when truce flags the story complex
 * too (COMPLEX: VERBS[n] CONJ[m] NOACTPRIOR, a +++ code). An OPTION record
 * is a command to TABARI, not a story:
 * truce applies what it knows and counts the record as passed when it
 * codes nothing from it.
 */
#include "cli.h"
#include "truce.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CMD "validate"
#define MAX_BLOCKS 64

typedef struct {
    char src[32], tgt[32], code[16];
} tev;

typedef struct {
    tev v[MAX_BLOCKS];
    size_t n;
    bool overflow;
    bool convert_agent;    /* an agent with no actor written ~CODE, not ---CODE */
} tevs;

static int on_event(void *user, const truce_event *ev)
{
    tevs *l = user;
    if (!ev->target[0]) {
        return 0;   /* TABARI codes only dyads */
    }
    if (l->n == MAX_BLOCKS) {
        l->overflow = true;
        return 0;
    }
    tev *t = &l->v[l->n++];
    bool cs = l->convert_agent && !strncmp(ev->source, "---", 3) && ev->source[3];
    bool ct = l->convert_agent && !strncmp(ev->target, "---", 3) && ev->target[3];
    snprintf(t->src, sizeof t->src, "%s%s", cs ? "~" : "", cs ? ev->source + 3 : ev->source);
    snprintf(t->tgt, sizeof t->tgt, "%s%s", ct ? "~" : "", ct ? ev->target + 3 : ev->target);
    snprintf(t->code, sizeof t->code, "%s", ev->code);
    return 0;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
        s++;
    }
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) {
        s[--n] = 0;
    }
    return s;
}

/* The file's bytes, NUL-terminated (malloc'd), or NULL with errno. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    char *buf = NULL;
    size_t n = 0;
    bool ok = cli_read_all(f, &buf, &n);
    fclose(f);
    if (!ok) {
        free(buf);
        return NULL;
    }
    char *z = realloc(buf, n + 1);
    if (!z) {
        free(buf);
        return NULL;
    }
    z[n] = 0;
    *len = n;
    return z;
}

/* Is line a record header "DIGITS ID"? Fills date digits and id. */
static bool header(const char *line, char *digits, size_t dcap, char *id, size_t icap)
{
    size_t n = 0;
    while (line[n] >= '0' && line[n] <= '9') {
        n++;
    }
    if (n < 6 || (line[n] != ' ' && line[n] != '\t')) {
        return false;
    }
    const char *p = line + n;
    while (*p == ' ' || *p == '\t') {
        p++;
    }
    size_t il = 0;
    while (p[il] && p[il] != ' ' && p[il] != '\t' && p[il] != '\r') {
        il++;
    }
    if (!il) {
        return false;
    }
    snprintf(digits, dcap, "%.*s", (int)n, line);
    snprintf(id, icap, "%.*s", (int)il, p);
    return true;
}

/* YYMMDD (00-30 -> 20YY) or YYYYMMDD; TRUCE_NODAY if invalid. */
static truce_day header_day(const char *d)
{
    size_t n = strlen(d);
    char iso[16];
    /* TABARI reads the first six (or, past eight, eight) digits of a
     * mistyped date ("9501201") */
    if (n == 7) {
        n = 6;
    } else if (n > 8) {
        n = 8;
    }
    if (n == 6) {
        int yy = (d[0] - '0') * 10 + (d[1] - '0');
        snprintf(iso, sizeof iso, "%d-%.2s-%.2s", yy <= 30 ? 2000 + yy : 1900 + yy, d + 2, d + 4);
    } else if (n == 8) {
        snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
    } else {
        return TRUCE_NODAY;
    }
    truce_day day;
    return truce_day_parse(iso, strlen(iso), &day) ? day : TRUCE_NODAY;
}

enum { B_EVENT, B_NONE, B_DISCARD, B_COMPLEX, B_OPTION };
typedef struct {
    int kind;
    bool skip_rest;        /* "-{": the blocks from here on are not checked */
    tev ev;
    char option[200];      /* B_OPTION: the command after "OPTION:" */
} block;

/* The TABARI options truce honours, set by the .options file or by OPTION
 * records: CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL, MINIMUM WORDS = N
 * (shorter records are not coded; 8 unless set, as in TABARI), CONVERT
 * AGENT = TRUE (an agent with no actor is written ~CODE), DEFAULT: SOURCE
 * [X] (PRIOR) TARGET [Y] (AFTER) and DEFAULT: OFF, COMPLEX: VERBS[n]
 * CONJ[m], FORWARD: MASK (OFF). True if recognised. */
typedef struct {
    int min_words;
    bool convert_agent;
    /* FORWARD: MASK (OFF): the N columns of the mask, laid over the header
     * line after the date, number a record's story; records of the same
     * story follow on (truce_story.continues) */
    char fwd_mask[64];
} tab_state;

static bool tab_option(const char *line, truce_options *opt, tab_state *ts)
{
    char u[256];
    size_t n = 0;
    for (const char *p = line; *p && n + 1 < sizeof u; p++) {
        if (*p != ' ' && *p != '\t') {
            u[n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
        }
    }
    u[n] = 0;
    if (!strncmp(u, "OPTION:", 7)) {
        memmove(u, u + 7, strlen(u + 7) + 1);
    }
    if (!strcmp(u, "SET:CODEBYCLAUSE")) {
        opt->tabari_code_by = 0;
    } else if (!strcmp(u, "SET:CODEBYSENTENCE")) {
        opt->tabari_code_by = 1;
    } else if (!strcmp(u, "SET:CODEALL")) {
        opt->tabari_code_by = 2;
    } else if (!strncmp(u, "SET:MINIMUMWORDS=", 17)) {
        ts->min_words = atoi(u + 17);
    } else if (!strncmp(u, "COMPLEX:", 8)) {
        /* COMPLEX: VERBS[5] CONJ[4] ... */
        const char *v = strstr(u, "VERBS["), *cj = strstr(u, "CONJ[");
        opt->complex_verbs = (uint8_t)(v ? atoi(v + 6) : 0);
        opt->complex_conj = (uint8_t)(cj ? atoi(cj + 5) : 0);
        opt->complex_noactprior = strstr(u, "NOACTPRIOR") != NULL;
    } else if (!strncmp(u, "FORWARD:", 8)) {
        /* FORWARD: ^^*****NNN*SSS (OFF) */
        size_t ml = strspn(u + 8, "^*NS");
        bool off = strstr(u + 8 + ml, "OFF") != NULL;
        snprintf(ts->fwd_mask, sizeof ts->fwd_mask, "%.*s", off ? 0 : (int)ml, u + 8);
    } else if (!strcmp(u, "COMMA:OFF")) {
        opt->comma_clauses = false;
    } else if (!strncmp(u, "COMMA:", 6)) {
        /* COMMA: MIN = a MAX = b EMIN = c EMAX = d BMIN = e BMAX = f */
        static const char *const keys[] = {"MIN=", "MAX=", "EMIN=", "EMAX=", "BMIN=", "BMAX="};
        uint8_t *vals[] = {&opt->comma_min, &opt->comma_max, &opt->comma_emin, &opt->comma_emax,
                           &opt->comma_bmin, &opt->comma_bmax};
        for (int k = 0; k < 6; k++) {
            for (const char *f = strstr(u + 6, keys[k]); f; f = strstr(f + 1, keys[k])) {
                if (k < 2 && (f[-1] == 'E' || f[-1] == 'B')) {
                    continue;   /* "MIN=" of "EMIN=" */
                }
                int v = atoi(f + strlen(keys[k]));
                *vals[k] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
                break;
            }
        }
        opt->comma_clauses = true;
    } else if (!strcmp(u, "DEFAULT:OFF")) {
        opt->default_source[0] = opt->default_target[0] = 0;
    } else if (!strncmp(u, "DEFAULT:", 8)) {
        /* DEFAULT: SOURCE [X] (PRIOR) TARGET [Y] (AFTER) */
        const char *sp = strstr(u, "SOURCE["), *tp = strstr(u, "TARGET[");
        opt->default_source[0] = opt->default_target[0] = 0;
        opt->default_source_prior = opt->default_target_after = false;
        if (sp) {
            size_t sl = strcspn(sp + 7, "]");
            snprintf(opt->default_source, sizeof opt->default_source, "%.*s", (int)sl, sp + 7);
            opt->default_source_prior = !strncmp(sp + 7 + sl, "]PRIOR", 6);
        }
        if (tp) {
            size_t tl = strcspn(tp + 7, "]");
            snprintf(opt->default_target, sizeof opt->default_target, "%.*s", (int)tl, tp + 7);
            opt->default_target_after = !strncmp(tp + 7 + tl, "]AFTER", 6);
        }
    } else if (!strcmp(u, "SET:CONVERTAGENT=TRUE")) {
        ts->convert_agent = true;
    } else if (!strcmp(u, "SET:CONVERTAGENT=FALSE")) {
        ts->convert_agent = false;
    } else {
        return false;
    }
    return true;
}

/* The blocks of a record's comment, in order; [...] free comments are
 * skipped. */
static size_t parse_blocks(const char *c, block *out, size_t cap)
{
    size_t n = 0;
    int depth = 0;
    for (const char *p = c; *p; p++) {
        if (p[0] == '\\' && p[1] == 'n') {
            depth = 0;   /* "\n" starts a new part: an unclosed "[" ends */
            continue;
        }
        if (*p == '[') {
            depth++;
            continue;
        }
        if (*p == ']' && depth) {
            depth--;
            continue;
        }
        if (depth || *p != '{') {
            continue;
        }
        const char *e = strchr(p, '}');
        if (!e) {
            /* "{ OPTION: SET: MINIMUM WORDS = 4" closed by the comment's
             * end: unclosed */
            e = p + strlen(p);
        }
        char in[256];
        snprintf(in, sizeof in, "%.*s", (int)(e - p - 1 > 255 ? 255 : e - p - 1), p + 1);
        char *t = trim(in);
        if (n < cap && *t) {
            block *b = &out[n++];
            memset(b, 0, sizeof *b);
            b->skip_rest = p > c && p[-1] == '-';
            if (!strncmp(t, "OPTION", 6)) {
                b->kind = B_OPTION;
                snprintf(b->option, sizeof b->option, "%s", t);
            } else if (!strcmp(t, "---")) {
                b->kind = B_NONE;
            } else if (!strcmp(t, "###")) {
                b->kind = B_DISCARD;
            } else if (!strcmp(t, "+++")) {
                b->kind = B_COMPLEX;
            } else {
                b->kind = B_EVENT;
                char *s1 = strchr(t, '/'), *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
                if (s1 && s2) {
                    *s1 = *s2 = 0;
                    snprintf(b->ev.src, sizeof b->ev.src, "%s", trim(t));
                    snprintf(b->ev.tgt, sizeof b->ev.tgt, "%s", trim(s1 + 1));
                    snprintf(b->ev.code, sizeof b->ev.code, "%s", trim(s2 + 1));
                } else {
                    snprintf(b->ev.src, sizeof b->ev.src, "%s", t);
                }
            }
        }
        if (!*e) {
            break;
        }
        p = e;
    }
    return n;
}

static void print_events(const tev *v, size_t n)
{
    if (!n) {
        fputs("(none)", stdout);
    }
    for (size_t i = 0; i < n; i++) {
        printf("%s%s/%s/%s", i ? " " : "", v[i].src, v[i].tgt, v[i].code);
    }
}

static void trace_line(void *user, const char *line)
{
    (void)user;
    fprintf(stderr, "%s\n", line);
}

int validate_tabari(const char *file, bool builtin, bool explain)
{
    size_t plen = 0;
    char *proj = slurp(file, &plen);
    if (!proj) {
        cli_error(CMD, "cannot read '%s': %s", file, strerror(errno));
        return EXIT_INPUT;
    }
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", file);
    char *slash = strrchr(dir, '/');
    if (slash) {
        slash[1] = 0;
    } else {
        dir[0] = 0;
    }
    /* <actorsfile> NAME, <verbsfile>, <agentsfile>, <optionsfile>, <textfile> */
    static const char *const keys[] = {"<actorsfile>", "<verbsfile>", "<agentsfile>", "<optionsfile>",
                                       "<textfile>"};
    char names[5][4096] = {{0}};
    for (char *line = proj, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) {
            *next++ = 0;
        }
        for (int k = 0; k < 5; k++) {
            size_t kl = strlen(keys[k]);
            if (!strncmp(line, keys[k], kl)) {
                char *v = trim(line + kl);
                if (*v && snprintf(names[k], sizeof names[k], "%s%s", dir, v) >= (int)sizeof names[k]) {
                    names[k][0] = 0;
                }
            }
        }
    }
    free(proj);
    if (!names[4][0]) {
        cli_error(CMD, "%s: expected a <textfile> line naming the records", file);
        return EXIT_INPUT;
    }
    const char *pp[3];
    size_t np = 0;
    for (int k = 0; k < 3; k++) {
        if (names[k][0]) {
            pp[np++] = names[k];
        }
    }
    truce_options opt;
    truce_options_default(&opt);
    opt.literal = true;    /* TABARI codes verbs as its patterns say */
    opt.tabari = true;           /* and by its rules (each clause once, ...) */
    opt.flag_codes = true;       /* ### discards a story, +++ marks it complex */
    /* TABARI's comma-delimited clauses, with its default bounds */
    opt.comma_clauses = true;
    opt.comma_min = opt.comma_emin = 2;
    opt.comma_max = opt.comma_emax = 10;
    opt.comma_bmin = 255;
    opt.comma_bmax = 0;
    if (explain) {
        opt.trace = trace_line;
    }
    tab_state ts = {8, false, ""};
    char prev_story[64] = "";   /* the last coded record's story number (FORWARD) */
    if (names[3][0]) {
        /* the options file: of its coding options truce honours CODE BY,
         * MINIMUM WORDS and CONVERT AGENT; labels, output and interface
         * settings do not concern it */
        size_t olen = 0, used = 0, lines_n = 0;
        char *otext = slurp(names[3], &olen);
        for (char *line = otext, *next; line; line = next) {
            next = strchr(line, '\n');
            if (next) {
                *next++ = 0;
            }
            char *t = trim(line);
            if (!*t || !strncmp(t, "//", 2)) {
                continue;
            }
            lines_n++;
            used += tab_option(t, &opt, &ts);
        }
        free(otext);
        fprintf(stderr, "truce %s: note: %s: %zu of %zu option lines apply to truce\n", CMD, names[3], used,
                lines_n);
    }
    size_t tlen = 0;
    char *text = slurp(names[4], &tlen);
    if (!text) {
        cli_error(CMD, "cannot read '%s': %s", names[4], strerror(errno));
        return EXIT_INPUT;
    }
    size_t dict_errors = 0;
    int kb_rc = 0;
    truce_kb *kb = cli_open_kb(CMD, pp, np, builtin, false, &dict_errors, &kb_rc);
    if (!kb) {
        free(text);
        return kb_rc;
    }
    int rc = EXIT_INTERNAL;   /* until the records are read */
    size_t pass = 0, fail = 0, options = 0;
    truce_coder *coder = truce_coder_new(kb, &opt);
    char *story = malloc(tlen + 1), *comment = malloc(tlen + 1);
    if (!coder || !story || !comment) {
        cli_error(CMD, "out of memory");
        goto out;
    }
    char *p = text;
    bool done = false;
    while (*p && !done) {
        char *line = p, *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
        if (nl) {
            *nl = 0;
        }
        char digits[16], id[128];
        if (!header(line, digits, sizeof digits, id, sizeof id)) {
            continue;
        }
        if (!strcmp(id, "FINAL-01")) {
            done = true;
            break;
        }
        /* the record runs to the first blank line: the story up to the comment mark,
         * then the comment (its closing mark is not always there) */
        size_t sn = 0, cn = 0;
        bool in_comment = false;
        while (*p) {
            char *l = p, *e = strchr(p, '\n');
            p = e ? e + 1 : p + strlen(p);
            size_t ll = e ? (size_t)(e - l) : strlen(l);
            bool blank = true;
            for (size_t q = 0; q < ll; q++) {
                blank &= l[q] == ' ' || l[q] == '\t' || l[q] == '\r';
            }
            if (blank) {
                break;
            }
            if (!in_comment) {
                char *open = NULL;
                for (size_t q = 0; q + 1 < ll; q++) {
                    if (l[q] == '/' && l[q + 1] == '*') {
                        open = l + q;
                        break;
                    }
                }
                size_t take = open ? (size_t)(open - l) : ll;
                memcpy(story + sn, l, take);
                sn += take;
                story[sn++] = ' ';
                if (!open) {
                    continue;
                }
                in_comment = true;
                ll -= (size_t)(open + 2 - l);
                l = open + 2;
            }
            for (size_t q = 0; q < ll; q++) {
                if (l[q] == '*' && q + 1 < ll && l[q + 1] == '/') {
                    break;
                }
                comment[cn++] = l[q];
            }
            comment[cn++] = '\n';
        }
        story[sn] = 0;
        comment[cn] = 0;
        block blocks[MAX_BLOCKS];
        size_t nb = parse_blocks(comment, blocks, MAX_BLOCKS);
        bool is_option = false;
        for (size_t b = 0; b < nb; b++) {
            is_option |= blocks[b].kind == B_OPTION;
        }
        tevs got = {0};
        truce_story st = {0};
        st.id = id;
        st.id_len = strlen(id);
        st.text = story;
        st.text_len = sn;
        st.date = header_day(digits);
        st.date_from = st.date == TRUCE_NODAY ? TRUCE_DATE_NONE : TRUCE_DATE_INPUT;
        char story_no[64] = "";
        if (ts.fwd_mask[0] && !is_option) {
            const char *after = line + strlen(digits);
            size_t kn = 0, al = strlen(after);
            for (size_t q = 0; ts.fwd_mask[q] && q < al && kn + 1 < sizeof story_no; q++) {
                if (ts.fwd_mask[q] == 'N') {
                    story_no[kn++] = after[q];
                }
            }
            story_no[kn] = 0;
            st.continues = story_no[0] && !strcmp(story_no, prev_story);
            memcpy(prev_story, story_no, sizeof prev_story);
        }
        size_t n_ev = 0;
        truce_error err = {0};
        truce_status r = TRUCE_OK;
        got.convert_agent = ts.convert_agent;
        size_t words = 0;
        for (size_t q = 0; q < sn; q++) {
            words += story[q] != ' ' && (q == 0 || story[q - 1] == ' ');
        }
        bool coded = false;
        if (!is_option && (ts.min_words <= 0 || (int)words >= ts.min_words)) {
            r = truce_code_story(coder, &st, on_event, &got, &n_ev, &err);
            coded = true;
        } else if (is_option) {
            options++;
            /* a command: apply what truce knows (a new coder if the
             * coding options changed) */
            truce_options before = opt;
            for (size_t b = 0; b < nb; b++) {
                if (blocks[b].kind == B_OPTION) {
                    tab_option(blocks[b].option, &opt, &ts);
                }
            }
            if (memcmp(&before, &opt, sizeof opt) != 0) {
                truce_coder *nc = truce_coder_new(kb, &opt);
                if (!nc) {
                    cli_error(CMD, "out of memory");
                    goto out;
                }
                truce_coder_free(coder);
                coder = nc;
            }
        }
        /* a discarded or complex story is not coded */
        truce_story_flag flag = coded ? truce_coder_story_flag(coder) : TRUCE_FLAG_NONE;
        if (flag != TRUCE_FLAG_NONE) {
            got.n = 0;
        }
        /* TABARI's check */
        bool ok = r == TRUCE_OK && !got.overflow;
        bool want_discard = false, want_complex = false;
        for (size_t b = 0; b < nb; b++) {
            want_discard |= blocks[b].kind == B_DISCARD;
            want_complex |= blocks[b].kind == B_COMPLEX;
        }
        /* the problem flag must match: {###} a discard, {+++} a complex
         * sentence */
        bool skip_any = false;
        for (size_t b = 0; b < nb; b++) {
            skip_any |= blocks[b].skip_rest;
        }
        if (!skip_any && (flag == TRUCE_FLAG_DISCARD ? !want_discard
                          : flag == TRUCE_FLAG_COMPLEX ? !want_complex
                          : want_discard || want_complex)) {
            ok = false;   /* "-{": nothing more is checked, the flag neither */
        }
        size_t ne = 0, checked = 0;
        bool skipped = false;
        tev want[MAX_BLOCKS];
        size_t nw = 0;
        for (size_t b = 0; b < nb && ok; b++) {
            if (blocks[b].skip_rest) {
                skipped = true;
                break;
            }
            switch (blocks[b].kind) {
            case B_EVENT:
                want[nw++] = blocks[b].ev;
                if (ne >= got.n || strcmp(got.v[ne].src, blocks[b].ev.src) ||
                    strcmp(got.v[ne].tgt, blocks[b].ev.tgt) || strcmp(got.v[ne].code, blocks[b].ev.code)) {
                    ok = false;
                }
                ne++;
                checked++;
                break;
            default:
                break;   /* ---, ###, +++, OPTION: nothing may be coded */
            }
        }
        if (ok && !skipped && got.n != ne) {
            ok = false;   /* more events than blocks */
        }
        if (ok) {
            pass++;
        } else {
            fail++;
            for (size_t b = nw; b < nb; b++) {
                if (blocks[b].kind == B_EVENT && nw < MAX_BLOCKS) {
                    want[nw++] = blocks[b].ev;
                }
            }
            printf("%s: expected ", id);
            bool any = false;
            for (size_t b = 0; b < nb; b++) {
                if (blocks[b].kind != B_EVENT) {
                    printf("%s%s", any ? " " : "",
                           blocks[b].kind == B_NONE ? "{---}" : blocks[b].kind == B_DISCARD ? "{###}"
                           : blocks[b].kind == B_COMPLEX ? "{+++}" : "{OPTION}");
                    any = true;
                }
            }
            if (nw) {
                if (any) {
                    putchar(' ');
                }
                print_events(want, nw);
            } else if (!any) {
                fputs("(none)", stdout);
            }
            printf("; got ");
            if (flag != TRUCE_FLAG_NONE) {
                printf("%s ", flag == TRUCE_FLAG_DISCARD ? "{###}" : "{+++}");
            }
            print_events(got.v, got.n);
            if (r != TRUCE_OK) {
                printf(" (error: %s)", err.msg);
            }
            putchar('\n');
        }
        (void)checked;
    }
    if (options) {
        fprintf(stderr, "truce %s: note: %zu OPTION records (TABARI commands) counted, not coded\n", CMD,
                options);
    }
    printf("%zu passed, %zu failed\n", pass, fail);
    rc = fail ? EXIT_INPUT : EXIT_OK;
out:
    free(story);
    free(comment);
    truce_coder_free(coder);
    cli_close_kb(kb);
    free(text);
    return rc;
}
