/* cmd_geo.c — `truce geo`: the places a text names and how truce reads
 * them, so users can check it.
 *
 * The places are found by the library's place stage (truce_find_places):
 * the phrases, filters and gazetteer decisions that place coded events
 * ("in the village of X", "X oblast", "X, Province", "N km north of X";
 * "Police" and "North" are no places). The text is one story body;
 * countries and subdivisions named in it are hints for the
 * rest, beside those given with --country. One JSON line per place, in
 * text order.
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

#define MAX_HINTS 64

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
        "Find the places TEXT (the arguments, or stdin) names, as truce code reads\n"
        "them, and print each: one JSON line per place with the phrase, its span,\n"
        "name, known (the gazetteer knows the name), country (ISO3), admin1, lat,\n"
        "lon, geonameid, population and precision (place|admin1|region|country:\n"
        "what the coordinates stand for; a name the gazetteer does not know takes\n"
        "the subdivision or country named beside it), or precision null when only\n"
        "the name is known.\n"
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

typedef struct {
    const truce_geo *g;
    const char *text;     /* the story text the spans count in */
    size_t base;          /* its offset in the input */
} geo_out;

static int print_mention(void *user, const truce_place_mention *m)
{
    const geo_out *o = user;
    printf("{\"mention\":");
    json_str(o->text + m->start, m->end - m->start);
    printf(",\"span\":[%zu,%zu],\"name\":", o->base + m->start, o->base + m->end);
    json_str(m->name, strlen(m->name));
    printf(",\"known\":%s", m->known ? "true" : "false");
    if (m->located) {
        const truce_place *p = &m->place;
        printf(",\"country\":");
        json_str(p->country, strlen(p->country));
        printf(",\"admin1\":");
        json_str(p->admin1, strlen(p->admin1));
        if (isnan(p->lat)) {
            printf(",\"lat\":null,\"lon\":null");
        } else {
            printf(",\"lat\":%.5f,\"lon\":%.5f", p->lat, p->lon);
        }
        printf(",\"geonameid\":%u,\"population\":%u", m->known ? p->geonameid : 0,
               m->known ? p->population : 0);
    }
    printf(",\"precision\":");
    if (m->precision) {
        json_str(m->precision, strlen(m->precision));
    } else {
        printf("null,\"candidates\":%zu",
               truce_geo_candidates(o->g, o->text + m->name_start, m->name_end - m->name_start));
    }
    printf("}\n");
    return 0;
}

static int run(const truce_geo *g, const char *s, size_t len, geo_opts *o)
{
    truce_error err = {0};
    truce_kb *kb = truce_kb_open(&err);
    if (!kb) {
        cli_error("geo", "built-in knowledge: %s", err.msg);
        return EXIT_INTERNAL;
    }
    truce_options opt;
    truce_options_default(&opt);
    opt.geo = g;
    truce_coder *c = truce_coder_new(kb, &opt);
    /* the text as it is: one body, no headline or dateline taken apart */
    truce_story st = {.id = "geo", .id_len = 3, .text = s, .text_len = len, .date = TRUCE_NODAY};
    int status = EXIT_OK;
    if (!c) {
        cli_error("geo", "out of memory");
        status = EXIT_INTERNAL;
    } else {
        geo_out out = {g, st.text, 0};
        truce_status rc = truce_find_places(c, &st, o->hints, o->n_hints, o->text_hints, print_mention,
                                            &out, &err);
        if (rc != TRUCE_OK) {
            cli_error("geo", "input:%lld: %s", (long long)err.offset, err.msg);
            status = rc == TRUCE_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
        }
    }
    truce_coder_free(c);
    truce_kb_close(kb);
    return status;
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
        status = run(g, text ? text : "", text_len, &o);
    }
    cli_gazetteer_unload(&gz);
    free(text);
    return status;
}
