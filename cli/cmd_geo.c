/* cmd_geo.c — `truce geo`: find place names in text and show how the
 * gazetteer resolves them, so users can check it.
 *
 * The mention finder is deliberately crude (the coder has its own): runs of
 * capitalised words (with "of", "de", "al" ... inside), the longest span of
 * a run that the gazetteer knows, "X, Y" where Y is a country or subdivision
 * ("Springfield, Illinois"), "the X region/province/oblast" (wants a
 * subdivision or region) and "village/town/city of X" (wants a city).
 * Countries named in the text become country hints for the rest, beside
 * those given with --country. One JSON line per mention, in text order.
 *
 * The gazetteer image is found as for `truce code` (cli/data.c).
 */
#include "cli.h"
#include "truce.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

#define MAX_HINTS 64

typedef struct {
    size_t start, end;
    bool cap;      /* capitalised (some hyphen part starts upper case) */
    bool upper;    /* all letters upper case */
} word;

typedef enum { WANT_ANY, WANT_ADMIN, WANT_CITY } want_kind;

typedef struct {
    size_t start, end;        /* the name's bytes */
    size_t span_end;          /* including ", Context" or " region" */
    want_kind want;
} mention;

typedef struct {
    const char *gaz_path;
    char hint_buf[MAX_HINTS][4];
    const char *hints[MAX_HINTS];
    size_t n_hints, n_user_hints;
    bool text_hints;
    bool stats;
} geo_opts;

static void usage(FILE *f)
{
    fprintf(f,
        "usage: truce geo [options] [TEXT...]\n"
        "\n"
        "Find place names in TEXT (the arguments, or stdin) and print how the\n"
        "gazetteer resolves each: one JSON line per mention with name, country\n"
        "(ISO3), admin1, lat, lon, geonameid, population and precision\n"
        "(city|admin1|region|country), or \"name\":null when it does not know.\n"
        "\n"
        "options:\n"
        "  --country ISO3[,ISO3...]  countries the story is about (hints)\n"
        "  --no-text-hints           do not use countries named in the text as hints\n"
        "  --gazetteer PATH          the gazetteer image (default: $TRUCE_GAZETTEER,\n"
        "                            $TRUCE_DATA/gazetteer.bin, else beside truce or\n"
        "                            where 'make install' put it)\n"
        "  --stats                   print load time and size to stderr\n"
        "  -h, --help                show this help\n"
        "\n"
        "Example: truce geo \"Azerbaijani forces shelled Stepanakert and Shushi.\"\n");
}

/* ---- words and mentions ----------------------------------------------------- */

static bool is_letter(const uint8_t *s, size_t len, size_t i, size_t *cl, bool *up)
{
    uint8_t b = s[i];
    if (b < 0x80) {
        *cl = 1;
        *up = b >= 'A' && b <= 'Z';
        return *up || (b >= 'a' && b <= 'z');
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) {
        *cl = 1;
        *up = false;
        return false;
    }
    *cl = (size_t)n;
    utf8proc_category_t cat = utf8proc_category(cp);
    *up = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

/* Is s[i] an apostrophe (ASCII or U+2019)? Sets its length. */
static bool is_apos(const uint8_t *s, size_t len, size_t i, size_t *cl)
{
    if (s[i] == '\'') {
        *cl = 1;
        return true;
    }
    if (i + 2 < len && s[i] == 0xe2 && s[i + 1] == 0x80 && s[i + 2] == 0x99) {
        *cl = 3;
        return true;
    }
    return false;
}

/* Words: letters, with inner hyphens, apostrophes and dots ("al-Bab",
 * "Ma'arrat", "U.S."); a possessive "'s" is not part of the word. */
static size_t split_words(const uint8_t *s, size_t len, word **out)
{
    size_t n = 0, cap = 64;
    word *w = malloc(cap * sizeof *w);
    *out = NULL;
    size_t i = 0;
    while (w && i < len) {
        size_t cl;
        bool up;
        if (!is_letter(s, len, i, &cl, &up)) {
            i += cl ? cl : 1;
            continue;
        }
        word x = {i, i, up, true};
        bool part_start = true;
        int letters = 0;
        while (i < len) {
            if (is_letter(s, len, i, &cl, &up)) {
                if (part_start && up) {
                    x.cap = true;
                }
                x.upper &= up;
                letters++;
                part_start = false;
                i += cl;
                x.end = i;
                continue;
            }
            size_t al;
            bool joiner = s[i] == '-' || s[i] == '.' || is_apos(s, len, i, &al);
            size_t jl = s[i] == '-' || s[i] == '.' ? 1 : (joiner ? al : 0);
            size_t cl2;
            bool up2;
            if (joiner && i + jl < len && is_letter(s, len, i + jl, &cl2, &up2)) {
                /* "'s" + non-letter is a possessive, not part of a name */
                if (jl != 1 || s[i] != '-') {
                    if (s[i] != '.' && (s[i + jl] == 's') &&
                        (i + jl + 1 >= len || !is_letter(s, len, i + jl + 1, &cl2, &up2))) {
                        break;
                    }
                }
                part_start = s[i] == '-';
                i += jl;
                continue;
            }
            if (s[i] == '.' && x.upper && letters <= 2) {
                i++;           /* "U.S." keeps its last dot */
                x.end = i;
            }
            break;
        }
        x.upper = x.upper && letters > 1;
        if (n == cap) {
            cap *= 2;
            word *nw = realloc(w, cap * sizeof *w);
            if (!nw) {
                free(w);
                return 0;
            }
            w = nw;
        }
        w[n++] = x;
    }
    *out = w;
    return w ? n : 0;
}

static bool word_is(const uint8_t *s, const word *w, const char *lit)
{
    size_t n = strlen(lit);
    if (w->end - w->start != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[w->start + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (uint8_t)lit[i]) {
            return false;
        }
    }
    return true;
}

static bool word_in(const uint8_t *s, const word *w, const char *const *set)
{
    for (; *set; set++) {
        if (word_is(s, w, *set)) {
            return true;
        }
    }
    return false;
}

static const char *const connectors[] = {"of", "de", "del", "la", "al", "el", "ez", "es",
    "ad", "and", "upon", "on", "da", "do", "dos", "das", "du", "des", "van", "von", "der",
    "den", "bin", "ibn", "sur", "am", "im", "an", NULL};
static const char *const region_words[] = {"region", "province", "oblast", "governorate",
    "district", "state", "territory", "county", "prefecture", "republic", NULL};
static const char *const settlement_words[] = {"village", "town", "city", "settlement",
    "hamlet", NULL};

/* Only spaces (no punctuation, no paragraph break) between a and b. */
static bool adjacent(const uint8_t *s, size_t a_end, size_t b_start)
{
    if (b_start <= a_end) {
        return false;
    }
    int nl = 0;
    for (size_t i = a_end; i < b_start; i++) {
        if (s[i] == '\n') {
            nl++;
        } else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') {
            return false;
        }
    }
    return nl < 2;
}

/* ---- output --------------------------------------------------------------- */

static void json_str(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            printf("\\%c", c);
        } else if (c < 0x20) {
            printf("\\u%04x", c);
        } else {
            putchar(c);
        }
    }
    putchar('"');
}

static void print_place(const truce_place *p)
{
    printf(",\"name\":");
    json_str(p->name, strlen(p->name));
    printf(",\"country\":");
    json_str(p->country, strlen(p->country));
    printf(",\"admin1\":");
    json_str(p->admin1, strlen(p->admin1));
    if (isnan(p->lat)) {
        printf(",\"lat\":null,\"lon\":null");
    } else {
        printf(",\"lat\":%.5f,\"lon\":%.5f", p->lat, p->lon);
    }
    printf(",\"geonameid\":%u,\"population\":%u,\"precision\":\"%s\"}\n", p->geonameid,
           p->population, truce_geo_feature_name(p->feature));
}

/* Resolve one mention. */
static bool resolve_mention(const truce_geo *g, const uint8_t *s, const mention *m,
                            const geo_opts *o, truce_place *out)
{
    const char *name = (const char *)s + m->start;
    size_t len = m->end - m->start;
    size_t whole = m->span_end - m->start;
    if (m->want == WANT_ADMIN) {
        /* "the Donetsk region": an alias for the whole phrase, a
         * subdivision or region of that name, else the subdivision whose
         * seat has that name */
        if (truce_geo_resolve(g, name, whole, o->hints, o->n_hints, TRUCE_GEO_WANT_ANY, out)) {
            return true;
        }
        if (truce_geo_resolve(g, name, len, o->hints, o->n_hints,
                           TRUCE_GEO_WANT(TRUCE_GEO_ADMIN1) | TRUCE_GEO_WANT(TRUCE_GEO_REGION), out)) {
            return true;
        }
        truce_place c;
        if (truce_geo_resolve(g, name, len, o->hints, o->n_hints, TRUCE_GEO_WANT(TRUCE_GEO_CITY), &c) &&
            (c.flags & TRUCE_GEO_F_SEAT) && c.admin1_id != TRUCE_GEO_NONE) {
            return truce_geo_get(g, c.admin1_id, out);
        }
        return false;
    }
    if (whole != len) {   /* "Springfield, Illinois" */
        return truce_geo_resolve(g, name, whole, o->hints, o->n_hints, TRUCE_GEO_WANT_ANY, out);
    }
    return truce_geo_resolve(g, name, len, o->hints, o->n_hints,
                          m->want == WANT_CITY ? TRUCE_GEO_WANT(TRUCE_GEO_CITY) : TRUCE_GEO_WANT_ANY, out);
}

static int run(const truce_geo *g, const uint8_t *s, size_t len, geo_opts *o)
{
    word *w = NULL;
    size_t nw = split_words(s, len, &w);
    if (len > 0 && !w) {
        cli_error("geo", "out of memory");
        return EXIT_INTERNAL;
    }
    mention *ms = malloc((nw + 1) * sizeof *ms);
    if (!ms) {
        free(w);
        cli_error("geo", "out of memory");
        return EXIT_INTERNAL;
    }
    size_t nm = 0;
    for (size_t i = 0; i < nw;) {
        if (!w[i].cap) {
            i++;
            continue;
        }
        /* the run of capitalised words (connectors inside) starting at i */
        size_t e = i + 1;
        while (e < nw && adjacent(s, w[e - 1].end, w[e].start)) {
            if (w[e].cap) {
                e++;
            } else if (word_in(s, &w[e], connectors) && e + 1 < nw && w[e + 1].cap &&
                       adjacent(s, w[e].end, w[e + 1].start)) {
                e += 2;
            } else {
                break;
            }
        }
        /* longest known span from each start, greedily */
        for (size_t a = i; a < e;) {
            size_t found = 0;
            if (w[a].cap) {
                for (size_t z = e < a + 6 ? e : a + 6; z > a; z--) {
                    if (!w[z - 1].cap) {
                        continue;
                    }
                    if (truce_geo_candidates(g, (const char *)s + w[a].start,
                                       w[z - 1].end - w[a].start) > 0) {
                        found = z;
                        break;
                    }
                }
            }
            if (!found) {
                a++;
                continue;
            }
            /* a lower-case word that completes a known name: "Lachin
             * corridor", "Gaza strip" */
            if (found == e && found < nw && !w[found].cap &&
                adjacent(s, w[found - 1].end, w[found].start) &&
                truce_geo_candidates(g, (const char *)s + w[a].start, w[found].end - w[a].start) > 0) {
                found++;
                e++;
            }
            mention m = {w[a].start, w[found - 1].end, w[found - 1].end, WANT_ANY};
            if (found < nw && found == e && !w[found].cap &&
                word_in(s, &w[found], region_words) && adjacent(s, m.end, w[found].start)) {
                m.want = WANT_ADMIN;
                m.span_end = w[found].end;
            } else if (a >= 2 && word_is(s, &w[a - 1], "of") &&
                       word_in(s, &w[a - 2], settlement_words)) {
                m.want = WANT_CITY;
            }
            ms[nm++] = m;
            a = found;
        }
        i = e;
    }
    /* "X, Y" with Y a country or subdivision: one mention */
    for (size_t k = 0; k + 1 < nm; k++) {
        mention *m = &ms[k], *n = &ms[k + 1];
        if (m->want != WANT_ANY || n->start < m->end + 2 || s[m->end] != ',' ||
            !adjacent(s, m->end + 1, n->start) || n->span_end != n->end) {
            continue;
        }
        truce_place c;
        if (!truce_geo_resolve(g, (const char *)s + n->start, n->end - n->start, o->hints,
                            o->n_hints,
                            TRUCE_GEO_WANT(TRUCE_GEO_COUNTRY) | TRUCE_GEO_WANT(TRUCE_GEO_ADMIN1), &c)) {
            continue;
        }
        truce_place p;
        if (truce_geo_resolve(g, (const char *)s + m->start, n->end - m->start, o->hints,
                              o->n_hints, TRUCE_GEO_WANT_ANY, &p) && p.feature == TRUCE_GEO_CITY) {
            m->span_end = n->end;
            memmove(n, n + 1, (nm - k - 2) * sizeof *n);
            nm--;
        }
    }
    /* countries named in the text are hints for everything in it */
    if (o->text_hints) {
        for (size_t k = 0; k < nm && o->n_hints < MAX_HINTS; k++) {
            truce_place p;
            if (resolve_mention(g, s, &ms[k], o, &p) && p.feature != TRUCE_GEO_CITY &&
                p.country[0]) {
                bool dup = false;
                for (size_t h = 0; h < o->n_hints; h++) {
                    dup |= strcmp(o->hints[h], p.country) == 0;
                }
                if (!dup) {
                    memcpy(o->hint_buf[o->n_hints], p.country, 4);
                    o->hints[o->n_hints] = o->hint_buf[o->n_hints];
                    o->n_hints++;
                }
            }
        }
    }
    for (size_t k = 0; k < nm; k++) {
        const mention *m = &ms[k];
        truce_place p;
        bool ok = resolve_mention(g, s, m, o, &p);
        size_t ml = m->end - m->start;
        /* a short word with no place behind it is just a capitalised word */
        if (!ok && ml <= 3 && !(ml >= 2 && s[m->start + 1] >= 'A' && s[m->start + 1] <= 'Z')) {
            continue;
        }
        printf("{\"mention\":");
        json_str((const char *)s + m->start, m->span_end - m->start);
        printf(",\"span\":[%zu,%zu]", m->start, m->span_end);
        if (ok) {
            print_place(&p);
        } else {
            printf(",\"name\":null,\"candidates\":%zu,\"precision\":null}\n",
                   truce_geo_candidates(g, (const char *)s + m->start, ml));
        }
    }
    free(ms);
    free(w);
    return EXIT_OK;
}

static bool add_hints(geo_opts *o, const char *list)
{
    for (const char *p = list; *p;) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        if (n != 3 || o->n_hints >= MAX_HINTS) {
            return false;
        }
        for (size_t i = 0; i < 3; i++) {
            char ch = p[i];
            o->hint_buf[o->n_hints][i] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        }
        o->hint_buf[o->n_hints][3] = 0;
        o->hints[o->n_hints] = o->hint_buf[o->n_hints];
        o->n_hints++;
        p = c ? c + 1 : p + n;
    }
    return true;
}

int cmd_geo(int argc, char **argv)
{
    geo_opts o = {.text_hints = true};
    opts op;
    opts_init(&op, argc, argv);
    const char *name;
    int r;
    size_t text_len = 0;
    char *text = NULL;
    int status = EXIT_OK;
    bool have_text = false;
    while ((r = opts_next(&op, &name)) >= 0) {
        if (r == 0) {
            size_t n = strlen(name);
            char *t = realloc(text, text_len + n + 2);
            if (!t) {
                free(text);
                cli_error("geo", "out of memory");
                return EXIT_INTERNAL;
            }
            text = t;
            if (have_text) {
                text[text_len++] = ' ';
            }
            memcpy(text + text_len, name, n);
            text_len += n;
            have_text = true;
        } else if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            usage(stdout);
            free(text);
            return EXIT_OK;
        } else if (cli_opt_is(name, "--country")) {
            const char *v = opts_value(&op, name);
            if (!v || !add_hints(&o, v)) {
                free(text);
                return cli_usage_error("geo", "--country expects ISO3 codes separated by "
                                              "commas, found '%s'", v ? v : "");
            }
        } else if (cli_opt_is(name, "--gazetteer")) {
            o.gaz_path = opts_value(&op, name);
            if (!o.gaz_path) {
                free(text);
                return cli_usage_error("geo", "--gazetteer expects a path");
            }
        } else if (strcmp(name, "--no-text-hints") == 0) {
            o.text_hints = false;
        } else if (strcmp(name, "--stats") == 0) {
            o.stats = true;
        } else {
            static const char *const known[] = {"--country", "--no-text-hints", "--gazetteer", "--stats",
                                                "--help", "-h", NULL};
            free(text);
            return cli_unknown_option("geo", name, known);
        }
    }
    o.n_user_hints = o.n_hints;
    if (!have_text) {   /* stdin */
        if (isatty(STDIN_FILENO)) {
            fprintf(stderr, "truce geo: reading the text from the terminal; end it with Ctrl-D "
                            "(or give the text as arguments: truce geo \"Shelling hit Stepanakert\")\n");
        }
        size_t cap = 1 << 16;
        text = malloc(cap);
        size_t n;
        while (text && (n = fread(text + text_len, 1, cap - text_len, stdin)) > 0) {
            text_len += n;
            if (text_len == cap) {
                char *t = realloc(text, cap *= 2);
                if (!t) {
                    free(text);
                    text = NULL;
                }
                text = t;
            }
        }
        if (!text) {
            cli_error("geo", "out of memory");
            return EXIT_INTERNAL;
        }
    }
    truce_error err = {0};
    if (truce_utf8_check(text ? text : "", text_len, &err) != TRUCE_OK) {
        cli_error("geo", "%s: byte %lld: %s", have_text ? "the text" : "stdin", (long long)err.offset, err.msg);
        free(text);
        return EXIT_INPUT;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    cli_gazetteer gz;
    status = cli_gazetteer_load("geo", o.gaz_path, &gz);
    truce_geo *g = gz.geo;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (g && o.stats) {
        fprintf(stderr, "truce geo: %s: %u places, %zu bytes, loaded in %.1f ms\n", gz.path,
                truce_geo_count(g), gz.len,
                (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    }
    if (g) {
        status = run(g, (const uint8_t *)(text ? text : ""), text_len, &o);
    }
    cli_gazetteer_unload(&gz);
    free(text);
    return status;
}
