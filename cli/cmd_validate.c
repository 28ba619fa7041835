/* cmd_validate.c — `truce validate FILE.xml`: run a PETRARCH unit-test
 * record file (PETR.UnitTest.records.xml) through truce's own pipeline with
 * the dictionaries its <Environment> names, and report every record whose
 * coded (source, target, code) set differs from the expected one.
 *
 * Pass rule, as PETRARCH's own do_validation(): the sorted list of expected
 * events ("noevents" and "error" records expect none) against the sorted
 * list of distinct coded events. The <Text> is coded; the <Parse> tree is
 * not used. Of the <Config> options require_dyad and the comma_* bounds
 * are applied (a <Config> among the records applies from there on);
 * new_actor_length and stop_on_error concern PETRARCH's own output and
 * error handling. The discard file is loaded with the others.
 * The XML is read with libxml2.
 */
#include "cli.h"
#include "truce.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CMD "validate"
#define MAX_EV 64

typedef struct {
    char src[24], tgt[24], code[8];
} triple;

typedef struct {
    triple v[MAX_EV];
    size_t n;
    bool overflow;
} tlist;

static int triple_cmp(const void *a, const void *b)
{
    const triple *x = a, *y = b;
    int r = strcmp(x->src, y->src);
    if (!r) {
        r = strcmp(x->tgt, y->tgt);
    }
    return r ? r : strcmp(x->code, y->code);
}

static void tlist_add(tlist *l, const char *src, const char *tgt, const char *code)
{
    triple t;
    snprintf(t.src, sizeof t.src, "%s", src);
    snprintf(t.tgt, sizeof t.tgt, "%s", tgt);
    snprintf(t.code, sizeof t.code, "%s", code);
    for (size_t i = 0; i < l->n; i++) {
        if (!triple_cmp(&l->v[i], &t)) {
            return;
        }
    }
    if (l->n == MAX_EV) {
        l->overflow = true;
        return;
    }
    l->v[l->n++] = t;
}

static void tlist_print(FILE *f, const tlist *l)
{
    if (!l->n) {
        fputs("(none)", f);
    }
    for (size_t i = 0; i < l->n; i++) {
        fprintf(f, "%s%s/%s/%s", i ? " " : "", l->v[i].src, l->v[i].tgt[0] ? l->v[i].tgt : "-",
                l->v[i].code);
    }
}

typedef struct {
    tlist *got;
    bool require_dyad;
} collect;

/* With PETRARCH's require_dyad (its default) one-sided events are left
 * out; without it they count, their target written "---" as PETRARCH's. */
static int on_event(void *user, const truce_event *ev)
{
    collect *co = user;
    if (ev->target[0]) {
        tlist_add(co->got, ev->source, ev->target, ev->code);
    } else if (!co->require_dyad) {
        tlist_add(co->got, ev->source, "---", ev->code);
    }
    return 0;
}

/* PETRARCH's options that truce applies: require_dyad and the comma_*
 * bounds of the comma-delimited clauses left out before coding (PETRARCH's
 * defaults: 2-8 inside, 2-8 at the end, none at the start). */
typedef struct {
    bool require_dyad;
    uint8_t comma[6];      /* min, max, bmin, bmax, emin, emax */
    bool comma_changed;    /* since the coder was made */
} petr_config;

static const char *const comma_names[6] = {"comma_min", "comma_max", "comma_bmin",
                                           "comma_bmax", "comma_emin", "comma_emax"};

/* <Config option= value=>; false if the option is not one truce applies
 * (new_actor_length and stop_on_error concern PETRARCH's new-actor
 * output and its error handling) or its value is not understood. */
static bool apply_config(xmlNode *n, petr_config *pc)
{
    xmlChar *o = xmlGetProp(n, (const xmlChar *)"option");
    xmlChar *v = xmlGetProp(n, (const xmlChar *)"value");
    bool applied = false;
    if (o && v && !xmlStrcmp(o, (const xmlChar *)"require_dyad")) {
        pc->require_dyad = !xmlStrcasecmp(v, (const xmlChar *)"true");
        applied = true;
    }
    for (int i = 0; o && v && i < 6; i++) {
        char *end;
        long x = strtol((const char *)v, &end, 10);
        if (!xmlStrcmp(o, (const xmlChar *)comma_names[i]) && end != (const char *)v && !*end && x >= 0) {
            pc->comma[i] = (uint8_t)(x > 255 ? 255 : x);
            pc->comma_changed = applied = true;
        }
    }
    xmlFree(o);
    xmlFree(v);
    return applied;
}

static void set_commas(truce_options *opt, const petr_config *pc)
{
    opt->comma_clauses = true;
    opt->comma_min = pc->comma[0];
    opt->comma_max = pc->comma[1];
    opt->comma_bmin = pc->comma[2];
    opt->comma_bmax = pc->comma[3];
    opt->comma_emin = pc->comma[4];
    opt->comma_emax = pc->comma[5];
}

/* the attribute's value, or "" (owned by the caller via xmlFree) */
static xmlChar *attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    return v ? v : xmlStrdup((const xmlChar *)"");
}

static bool is_elem(xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *)name) == 0;
}

/* Collapse runs of white space into one space, trim; in place. */
static size_t squeeze(char *s)
{
    size_t o = 0;
    bool sp = true;
    for (size_t i = 0; s[i]; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') {
            if (!sp) {
                s[o++] = ' ';
                sp = true;
            }
        } else {
            s[o++] = ch;
            sp = false;
        }
    }
    if (o && s[o - 1] == ' ') {
        o--;
    }
    s[o] = 0;
    return o;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static void trace_line(void *user, const char *line)
{
    (void)user;
    fprintf(stderr, "%s\n", line);
}

static int usage(void)
{
    printf("usage: truce validate [--dict-dir DIR] [--builtin] [--explain] FILE.xml|FILE.project\n"
           "\n"
           "A TABARI project (Validate.project) names its dictionaries and record file\n"
           "(Validate.text); each record's events are compared in order with its\n"
           "{ SRC / TGT / CODE } blocks, as TABARI checks them, up to FINAL-01.\n"
           "\n"
           "Run a PETRARCH unit-test record file (PETR.UnitTest.records.xml) through\n"
           "truce with the dictionaries its <Environment> names (Verbfile, Actorfile,\n"
           "Agentfile), found in --dict-dir, else FILE's ../dictionaries, else FILE's\n"
           "directory. Prints one line per failing record (id, expected, got) and last\n"
           "\"N passed, M failed\". A record passes when the distinct coded\n"
           "(source, target, code) events equal the expected ones; \"noevents\" and\n"
           "\"error\" records expect none. As PETRARCH's require_dyad, events without a\n"
           "target are not counted; compounds give every ordered pair, as PETRARCH.\n"
           "\n"
           "  --dict-dir DIR   where the dictionaries are\n"
           "  --builtin        also use truce's built-in knowledge\n"
           "  --explain        on stderr, why each record gave its events\n"
           "  -h, --help       this help\n"
           "\n"
           "Exit status: 0 all passed, 1 some failed or input errors, 2 usage, 3 internal.\n");
    return EXIT_OK;
}

int cmd_validate(int argc, char **argv)
{
    opts o;
    opts_init(&o, argc, argv);
    const char *name, *file = NULL, *dict_dir = NULL;
    bool builtin = false, explain = false;
    int k;
    while ((k = opts_next(&o, &name)) >= 0) {
        if (k == 0) {
            if (file) {
                return cli_usage_error(CMD, "expected one record file, found a second: %s", name);
            }
            file = name;
        } else if (!strcmp(name, "-h") || !strcmp(name, "--help")) {
            return usage();
        } else if (cli_opt_is(name, "--dict-dir")) {
            if (!(dict_dir = opts_value(&o, name))) {
                return cli_usage_error(CMD, "--dict-dir takes a directory");
            }
        } else if (!strcmp(name, "--builtin")) {
            builtin = true;
        } else if (!strcmp(name, "--explain")) {
            explain = true;
        } else {
            static const char *const known[] = {"--dict-dir", "--builtin", "--explain", "--help", "-h", NULL};
            return cli_unknown_option(CMD, name, known);
        }
    }
    struct stat sb;
    if (dict_dir && (stat(dict_dir, &sb) != 0 || !S_ISDIR(sb.st_mode))) {
        return cli_usage_error(CMD, "--dict-dir %s: %s", dict_dir,
                               stat(dict_dir, &sb) != 0 ? strerror(errno) : "not a directory");
    }
    if (!file) {
        return cli_usage_error(CMD, "expected a record file (PETR.UnitTest.records.xml or a TABARI .project)");
    }
    FILE *probe = fopen(file, "rb");
    if (!probe) {
        cli_error(CMD, "%s: cannot read: %s", file, strerror(errno));
        return EXIT_INPUT;
    }
    fclose(probe);
    size_t fl = strlen(file);
    if (fl > 8 && !strcmp(file + fl - 8, ".project")) {
        return validate_tabari(file, builtin, explain);
    }

    xmlDoc *doc = xmlReadFile(file, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        const char *m = e && e->message ? e->message : "not well-formed XML";
        cli_error(CMD, "%s:%d:%d: %.*s", file, e ? e->line : 0, e ? e->int2 : 0,
                  (int)strcspn(m, "\n"), m);
        return EXIT_INPUT;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    int rc = EXIT_OK;
    truce_kb *kb = NULL;
    truce_coder *coder = NULL;
    if (!root || !is_elem(root, "Validation")) {
        cli_error(CMD, "%s: expected a <Validation> root element", file);
        rc = EXIT_INPUT;
        goto out;
    }

    /* dictionaries named by <Environment> */
    char dir[4096], fdir[4096];
    snprintf(fdir, sizeof fdir, "%s", file);
    char *slash = strrchr(fdir, '/');
    if (slash) {
        *slash = 0;
    } else {
        snprintf(fdir, sizeof fdir, ".");
    }
    if (dict_dir) {
        snprintf(dir, sizeof dir, "%s", dict_dir);
    } else {
        if (snprintf(dir, sizeof dir, "%s/../dictionaries", fdir) >= (int)sizeof dir || !is_dir(dir)) {
            snprintf(dir, sizeof dir, "%s", fdir);
        }
    }
    char paths[4][4096];
    const char *pp[4];
    size_t np = 0;
    size_t configs = 0;
    petr_config pc = {true, {2, 8, 0, 0, 2, 8}, false};
    xmlNode *sentences = NULL;
    for (xmlNode *n = root->children; n; n = n->next) {
        if (is_elem(n, "Environment")) {
            for (xmlNode *e = n->children; e; e = e->next) {
                if (is_elem(e, "Config")) {
                    configs += !apply_config(e, &pc);
                } else if (is_elem(e, "Verbfile") || is_elem(e, "Actorfile") || is_elem(e, "Agentfile") ||
                           is_elem(e, "Discardfile")) {
                    xmlChar *t = xmlNodeGetContent(e);
                    char *s = (char *)t;
                    squeeze(s);
                    if (np < 4 && s[0] &&
                        snprintf(paths[np], sizeof paths[np], "%s/%s", dir, s) < (int)sizeof paths[np]) {
                        pp[np] = paths[np];
                        np++;
                    }
                    xmlFree(t);
                }
            }
        } else if (is_elem(n, "Sentences")) {
            sentences = n;
        }
    }
    if (!sentences) {
        cli_error(CMD, "%s: expected a <Sentences> element", file);
        rc = EXIT_INPUT;
        goto out;
    }
    if (!np && !builtin) {
        cli_error(CMD, "%s: its <Environment> names no dictionary (use --builtin)", file);
        rc = EXIT_INPUT;
        goto out;
    }
    size_t dict_errors = 0;
    int kb_rc = 0;
    kb = cli_open_kb(CMD, pp, np, builtin, false, &dict_errors, &kb_rc);
    if (!kb) {
        rc = kb_rc;
        goto out;
    }
    truce_options opt;
    truce_options_default(&opt);
    opt.pairs_all = true;   /* PETRARCH codes both directions of a mutual act */
    opt.literal = true;     /* and codes verbs as their patterns say */
    set_commas(&opt, &pc);
    pc.comma_changed = false;
    if (explain) {
        opt.trace = trace_line;
    }
    if (!(coder = truce_coder_new(kb, &opt))) {
        cli_error(CMD, "out of memory");
        rc = EXIT_INTERNAL;
        goto out;
    }

    size_t pass = 0, fail = 0;
    for (xmlNode *s = sentences->children; s; s = s->next) {
        if (is_elem(s, "Config")) {
            configs += !apply_config(s, &pc);
            if (pc.comma_changed) {
                /* the options are the coder's: a new one with the bounds */
                truce_coder_free(coder);
                set_commas(&opt, &pc);
                pc.comma_changed = false;
                if (!(coder = truce_coder_new(kb, &opt))) {
                    cli_error(CMD, "out of memory");
                    rc = EXIT_INTERNAL;
                    goto out;
                }
            }
            continue;
        }
        if (!is_elem(s, "Sentence")) {
            continue;
        }
        xmlChar *id = attr(s, "id"), *date = attr(s, "date");
        tlist want = {0}, got = {0};
        xmlChar *text = NULL;
        for (xmlNode *e = s->children; e; e = e->next) {
            if (is_elem(e, "EventCoding")) {
                xmlChar *sc = xmlGetProp(e, (const xmlChar *)"sourcecode");
                xmlChar *tc = xmlGetProp(e, (const xmlChar *)"targetcode");
                xmlChar *ec = xmlGetProp(e, (const xmlChar *)"eventcode");
                if (sc && ec) {
                    tlist_add(&want, (char *)sc, tc ? (char *)tc : "", (char *)ec);
                }
                xmlFree(sc);
                xmlFree(tc);
                xmlFree(ec);
            } else if (is_elem(e, "Text") && !text) {
                text = xmlNodeGetContent(e);
            }
        }
        char *t = text ? (char *)text : "";
        size_t tlen = text ? squeeze(t) : 0;
        truce_day day = TRUCE_NODAY;
        char iso[11];
        if (xmlStrlen(date) == 8) {
            snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", (char *)date, (char *)date + 4, (char *)date + 6);
            truce_day_parse(iso, 10, &day);
        }
        truce_story st = {0};
        st.id = (const char *)id;
        st.id_len = (size_t)xmlStrlen(id);
        st.text = t;
        st.text_len = tlen;
        st.date = day;
        st.date_from = day == TRUCE_NODAY ? TRUCE_DATE_NONE : TRUCE_DATE_INPUT;
        size_t n_ev = 0;
        truce_error err = {0};
        collect co = {&got, pc.require_dyad};
        truce_status r = truce_code_story(coder, &st, on_event, &co, &n_ev, &err);
        qsort(want.v, want.n, sizeof *want.v, triple_cmp);
        qsort(got.v, got.n, sizeof *got.v, triple_cmp);
        bool ok = r == TRUCE_OK && want.n == got.n && !want.overflow && !got.overflow;
        for (size_t i = 0; ok && i < want.n; i++) {
            ok = !triple_cmp(&want.v[i], &got.v[i]);
        }
        if (ok) {
            pass++;
        } else {
            fail++;
            printf("%s: expected ", (char *)id);
            tlist_print(stdout, &want);
            printf("; got ");
            tlist_print(stdout, &got);
            if (r != TRUCE_OK) {
                printf(" (error: %s)", err.msg);
            }
            putchar('\n');
        }
        xmlFree(text);
        xmlFree(id);
        xmlFree(date);
    }
    if (configs) {
        fprintf(stderr, "truce %s: note: %zu <Config> options not applied (require_dyad and comma_* are)\n", CMD,
                configs);
    }
    printf("%zu passed, %zu failed\n", pass, fail);
    rc = fail ? EXIT_INPUT : EXIT_OK;
out:
    truce_coder_free(coder);
    cli_close_kb(kb);
    xmlFreeDoc(doc);
    xmlCleanupParser();
    return rc;
}
