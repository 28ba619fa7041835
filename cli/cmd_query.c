/* cmd_query.c — `truce query DB`: the questions monitors ask of a store,
 * without SQL. Filters, rows of events or incidents, counts as complete
 * series, the sentences behind them; as an aligned table on a terminal,
 * else JSON Lines, or TSV, CSV. The work is done by query.c, which `truce
 * monitor` and `truce report` use too.
 */
#include "cli.h"
#include "query.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void help(FILE *f)
{
    fprintf(f,
        "usage: truce query [options] DB\n"
        "\n"
        "Answer questions of a store made by 'truce ingest': which events (or\n"
        "incidents) pass the filters, or how many there are by day, week, month,\n"
        "dyad, root, PLOVER type, place or news source, with the sentences behind.\n"
        "\n"
        "Filters (all must hold; lists are comma-separated):\n"
        "  --from DATE, --to DATE  the event's date, YYYY-MM-DD, inclusive\n"
        "  --country ISO3,...      an actor's country (or an actor without one by\n"
        "                          code), or the event's own place's country\n"
        "  --actor CODE,...        the source's or target's CAMEO actor code begins so\n"
        "                          (ARMMIL, IGOUNO)\n"
        "  --dyad A,B              between A and B, either direction: three capital\n"
        "                          letters are a country, else an actor code's prefix\n"
        "  --code CODE,...         CAMEO codes, each a prefix (19 is 190-196, 1951...)\n"
        "  --root R,...            CAMEO roots, ranges allowed: 18-20\n"
        "  --quad N,...            QuadClass: 1 verbal cooperation, 2 material\n"
        "                          cooperation, 3 verbal conflict, 4 material conflict\n"
        "  --plover TYPE,...       PLOVER event types (ASSAULT, PROTEST, ...)\n"
        "  --place NAME            the event's place, its subdivision (any case) or its\n"
        "                          country (ISO3); a dateline's place is not the event's\n"
        "  --near LAT,LON,KM       placed within KM kilometres of a point\n"
        "  --min-confidence X      confidence at least X (0-1)\n"
        "  --text WORDS            the sentence holds the words (full-text search:\n"
        "                          every bare word, \"a phrase\", OR, NOT, prefix*)\n"
        "  --historical            only events the sentence tells as background\n"
        "  --no-historical         leave them out\n"
        "  --event ID              one event (its event_id)\n"
        "  --incident ID           the mentions of one incident\n"
        "  --story ID              the events of one story\n"
        "  --source NAME           the story's news source\n"
        "\n"
        "Rows:\n"
        "  (default)               one per event, in date order\n"
        "  --dedup MODE            none (default): every event; story: one per story\n"
        "                          and incident (a story telling it twice counts\n"
        "                          once); incident: one per incident (README:\n"
        "                          Incidents) - for rows and for --count-by\n"
        "  --incidents             one row per incident (--dedup incident): mentions,\n"
        "                          stories and sources reporting it, first and last seen\n"
        "  --count-by KEY          counts by day, week (from Monday), month, dyad, root,\n"
        "                          plover, place or source: a complete series, every\n"
        "                          period from --from (or the first) to --to (or the\n"
        "                          last) a row, 0 when nothing happened, and every\n"
        "                          root and PLOVER type\n"
        "  --evidence              the sentences behind each row: an event's with its\n"
        "                          evidence [in brackets], three of each incident or count\n"
        "  --limit N               at most N rows (not for --count-by)\n"
        "  --format FORMAT         table (aligned; the default on a terminal), jsonl (the\n"
        "                          default otherwise; events as 'truce code' writes them\n"
        "                          with their incident), tsv, csv\n"
        "\n"
        "Exit: 0 done (rows or none), 1 the store cannot be read, 2 usage, 3 internal\n"
        "error.\n");
}

/* Split a comma list in place into v (at most QUERY_MAX_LIST). false if
 * too many or an empty item. */
static bool split_list(char *s, const char **v, size_t *n)
{
    *n = 0;
    for (char *p = s;;) {
        char *c = strchr(p, ',');
        if (c) {
            *c = 0;
        }
        if (!*p || *n == QUERY_MAX_LIST) {
            return false;
        }
        v[(*n)++] = p;
        if (!c) {
            return true;
        }
        p = c + 1;
    }
}

static void upper(char *s)
{
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') {
            *s = (char)(*s - 'a' + 'A');
        }
    }
}

static bool parse_double(const char *s, double *out)
{
    char *end;
    *out = strtod(s, &end);
    return *s && !*end;
}

/* --root 18-20,14: roots as the two-digit strings of query_roots */
static bool parse_roots(char *s, query_filter *f)
{
    const char *items[QUERY_MAX_LIST];
    size_t n;
    if (!split_list(s, items, &n)) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char *dash = strchr(items[i], '-');
        char *end;
        long a = strtol(items[i], &end, 10), b = a;
        if (end == items[i] || (dash ? end != dash : *end)) {
            return false;
        }
        if (dash) {
            b = strtol(dash + 1, &end, 10);
            if (end == dash + 1 || *end) {
                return false;
            }
        }
        if (a < 1 || b > 20 || a > b) {
            return false;
        }
        for (long r = a; r <= b; r++) {
            if (f->n_roots == QUERY_MAX_LIST) {
                return false;
            }
            f->roots[f->n_roots++] = query_roots[r - 1];
        }
    }
    return true;
}

typedef struct {
    store *s;
    const query_filter *f;
    out_format fmt;
    table *t;
    bool evidence;
    query_by by;
    const char *by_name;
    bool failed;
    char err[512];
} qctx;

/* ---- evidence ---------------------------------------------------------------- */

typedef struct {
    qctx *x;
    bool first;
} ev_ctx;

static void evidence_event(qctx *x, const query_event *e, bool *first)
{
    char *m = query_marked_sentence(x->s, e);
    if (x->fmt == OUT_TABLE) {
        /* "DATE  STORY (SOURCE): sentence with [evidence]" */
        char line[4096];
        snprintf(line, sizeof line, "%s  %s%s%s%s: %s", e->date ? e->date : "undated", e->story_id,
                 e->news_source ? " (" : "", e->news_source ? e->news_source : "", e->news_source ? ")" : "",
                 m ? m : "");
        table_note(x->t, line);
    } else if (x->fmt == OUT_JSONL) {
        fputs(*first ? "" : ",", stdout);
        fputs("{\"event_id\":", stdout);
        json_out(stdout, e->event_id);
        fputs(",\"story_id\":", stdout);
        json_out(stdout, e->story_id);
        fputs(",\"date\":", stdout);
        json_out(stdout, e->date);
        fputs(",\"news_source\":", stdout);
        json_out(stdout, e->news_source);
        fputs(",\"text\":", stdout);
        json_out(stdout, m);
        fputs("}", stdout);
    }
    *first = false;
    free(m);
}

static int ev_event_cb(void *user, const query_event *e)
{
    ev_ctx *c = user;
    evidence_event(c->x, e, &c->first);
    return 0;
}

static int ev_incident_cb(void *user, const query_incident *i)
{
    ev_ctx *c = user;
    evidence_event(c->x, &i->first, &c->first);
    return 0;
}

/* Up to three sentences behind a row whose events pass g: the first
 * mentions of its incidents with the most mentions (incidents), or the
 * events of the highest confidence, one per story and incident. */
static void evidence_for(qctx *x, query_filter *g)
{
    g->limit = 3;
    g->by_confidence = true;
    ev_ctx c = {x, true};
    char err[256];
    long n;
    if (x->fmt == OUT_JSONL) {
        fputs(",\"evidence\":[", stdout);
    }
    if (g->dedup == QUERY_DEDUP_INCIDENT) {
        n = query_incidents(x->s, g, ev_incident_cb, &c, err, sizeof err);
    } else {
        g->dedup = QUERY_DEDUP_STORY;
        n = query_events(x->s, g, ev_event_cb, &c, err, sizeof err);
    }
    if (x->fmt == OUT_JSONL) {
        fputs("]", stdout);
    }
    if (n < 0) {
        x->failed = true;
        snprintf(x->err, sizeof x->err, "%s", err);
    }
}

/* ---- rows -------------------------------------------------------------------- */

static void fmt_num(char *out, size_t cap, double v, int decimals)
{
    snprintf(out, cap, "%.*f", decimals, v);
}

static const char *place_of(const query_event *e)
{
    return e->location_name && (!e->location_precision || strcmp(e->location_precision, "dateline") != 0)
           ? e->location_name : "";
}

static int event_row(void *user, const query_event *e)
{
    qctx *x = user;
    if (x->fmt == OUT_JSONL) {
        /* the contract's object, with its incident */
        size_t n = e->json_len;
        while (n && e->json[n - 1] != '}') {
            n--;
        }
        fwrite(e->json, 1, n ? n - 1 : 0, stdout);
        printf(",\"incident\":{\"id\":\"%s\",\"mentions\":%ld,\"stories\":%ld,\"sources\":%ld}",
               e->incident ? e->incident : "", e->mentions, e->stories, e->sources);
        if (x->f->dedup == QUERY_DEDUP_STORY) {
            printf(",\"story_mentions\":%ld", e->matched);
        }
        if (x->evidence) {
            char *m = query_marked_sentence(x->s, e);
            fputs(",\"evidence\":", stdout);
            json_out(stdout, m);
            free(m);
        }
        fputs("}\n", stdout);
        return 0;
    }
    char conf[16], gold[16], quad[8], lat[24] = "", lon[24] = "", men[24], sto[24], src[24], sent[16];
    fmt_num(conf, sizeof conf, e->confidence, 2);
    fmt_num(gold, sizeof gold, e->goldstein, 1);
    snprintf(quad, sizeof quad, "%d", e->quad_class);
    snprintf(sent, sizeof sent, "%u", e->sentence);
    if (e->has_latlon) {
        fmt_num(lat, sizeof lat, e->lat, 5);
        fmt_num(lon, sizeof lon, e->lon, 5);
    }
    snprintf(men, sizeof men, "%ld", e->mentions);
    snprintf(sto, sizeof sto, "%ld", e->stories);
    snprintf(src, sizeof src, "%ld", e->sources);
    if (x->fmt == OUT_TABLE) {
        const char *cells[] = {e->date ? e->date : "undated", e->event_id, e->source, e->target ? e->target : "",
                               e->code, e->plover ? e->plover : "", place_of(e), conf, men, e->incident};
        table_row(x->t, cells);
        if (x->evidence) {
            bool first = true;
            evidence_event(x, e, &first);
        }
        return 0;
    }
    const char *cells[] = {e->event_id, e->story_id, sent, e->date, e->date_precision, e->source,
                           e->source_country, e->target, e->target_country, e->code, e->root, quad, gold,
                           e->plover, e->location_name, e->location_country, e->location_admin1,
                           e->location_precision, lat, lon, conf, e->historical ? "true" : "false", e->incident,
                           men, sto, src, e->news_source, e->text};
    table_row(x->t, cells);
    return 0;
}

static const char *const event_cols_table[] = {"date", "event_id", "source", "target", "code", "plover", "place",
                                               "conf", "mentions", "incident"};
static const char *const event_cols[] = {"event_id", "story_id", "sentence", "date", "date_precision", "source",
                                         "source_country", "target", "target_country", "code", "root",
                                         "quad_class", "goldstein", "plover", "location_name", "location_country",
                                         "location_admin1", "location_precision", "lat", "lon", "confidence",
                                         "historical", "incident_id", "mentions", "stories", "sources",
                                         "news_source", "text"};

static int incident_row(void *user, const query_incident *i)
{
    qctx *x = user;
    const query_event *e = &i->first;
    char men[24], sto[24], src[24], mat[24];
    snprintf(men, sizeof men, "%ld", i->mentions);
    snprintf(sto, sizeof sto, "%ld", i->stories);
    snprintf(src, sizeof src, "%ld", i->sources);
    snprintf(mat, sizeof mat, "%ld", i->matched);
    if (x->fmt == OUT_JSONL) {
        fputs("{\"incident_id\":", stdout);
        json_out(stdout, i->id);
        fputs(",\"date\":", stdout);
        json_out(stdout, i->date);
        fputs(",\"actor_a\":", stdout);
        json_out(stdout, i->actor_a);
        fputs(",\"actor_b\":", stdout);
        json_out(stdout, i->actor_b);
        fputs(",\"root\":", stdout);
        json_out(stdout, i->root);
        fputs(",\"code\":", stdout);
        json_out(stdout, e->code);
        fputs(",\"place\":", stdout);
        json_out(stdout, place_of(e)[0] ? place_of(e) : NULL);
        fputs(",\"place_key\":", stdout);
        json_out(stdout, i->place && i->place[0] ? i->place : NULL);
        printf(",\"mentions\":%ld,\"stories\":%ld,\"sources\":%ld,\"matched\":%ld", i->mentions, i->stories,
               i->sources, i->matched);
        fputs(",\"first_seen\":", stdout);
        json_out(stdout, i->first_seen);
        fputs(",\"last_seen\":", stdout);
        json_out(stdout, i->last_seen);
        fputs(",\"first_event\":", stdout);
        json_out(stdout, e->event_id);
        fputs(",\"text\":", stdout);
        json_out(stdout, e->text);
        if (x->evidence) {
            query_filter g = *x->f;
            g.incident_id = i->id;
            g.dedup = QUERY_DEDUP_STORY;
            evidence_for(x, &g);
        }
        fputs("}\n", stdout);
        return 0;
    }
    if (x->fmt == OUT_TABLE) {
        const char *cells[] = {i->date ? i->date : "undated", i->id, i->actor_a, i->actor_b, e->code, place_of(e),
                               men, sto, src, i->first_seen ? i->first_seen : "", e->event_id};
        table_row(x->t, cells);
    } else {
        const char *cells[] = {i->id, i->date, i->actor_a, i->actor_b, i->root, e->code, place_of(e), i->place,
                               men, sto, src, mat, i->first_seen, i->last_seen, e->event_id, e->text};
        table_row(x->t, cells);
    }
    if (x->evidence && x->fmt == OUT_TABLE) {
        query_filter g = *x->f;
        g.incident_id = i->id;
        g.dedup = QUERY_DEDUP_STORY;
        evidence_for(x, &g);
    }
    return 0;
}

static const char *const incident_cols_table[] = {"date", "incident", "actor_a", "actor_b", "code", "place",
                                                  "mentions", "stories", "sources", "first_seen", "first_event"};
static const char *const incident_cols[] = {"incident_id", "date", "actor_a", "actor_b", "root", "code", "place",
                                            "place_key", "mentions", "stories", "sources", "matched", "first_seen",
                                            "last_seen", "first_event", "text"};

/* The filter of the events behind one count row. */
static bool narrow(const qctx *x, const query_count_row *c, query_filter *g, char *a, char *b, size_t cap)
{
    *g = *x->f;
    if (x->by == QUERY_BY_DAY || x->by == QUERY_BY_WEEK || x->by == QUERY_BY_MONTH) {
        int32_t d;
        char k[11];
        snprintf(k, sizeof k, "%s%s", c->key, x->by == QUERY_BY_MONTH ? "-01" : "");
        if (!query_day(k, &d)) {
            return false;
        }
        int32_t end = d + (x->by == QUERY_BY_DAY ? 0 : x->by == QUERY_BY_WEEK ? 6 : 0);
        if (x->by == QUERY_BY_MONTH) {
            end = query_next_month(d) - 1;
        }
        query_day_str(d, a);
        query_day_str(end, b);
        if (!g->from || strcmp(a, g->from) > 0) {
            g->from = a;
        }
        if (!g->to || strcmp(b, g->to) < 0) {
            g->to = b;
        }
    } else if (x->by == QUERY_BY_DYAD) {
        snprintf(a, cap, "%s", c->key);
        char *comma = strchr(a, ',');
        if (!comma) {
            return false;
        }
        *comma = 0;
        if (strcmp(comma + 1, "-") == 0) {
            g->sides[0] = a;
            g->n_sides = 1;
        } else {
            g->dyad[0] = a;
            g->dyad[1] = comma + 1;
        }
    } else if (x->by == QUERY_BY_ROOT) {
        g->roots[0] = c->key;
        g->n_roots = 1;
    } else if (x->by == QUERY_BY_PLOVER) {
        if (strcmp(c->key, "(none)") == 0) {
            return false;
        }
        g->plovers[0] = c->key;
        g->n_plovers = 1;
    } else if (x->by == QUERY_BY_PLACE) {
        g->place = c->key;
    } else {
        g->news_source = strcmp(c->key, "(none)") == 0 ? "" : c->key;
    }
    return true;
}

static int count_row(void *user, const query_count_row *c)
{
    qctx *x = user;
    char cnt[24], evs[24], gold[24];
    snprintf(cnt, sizeof cnt, "%ld", c->count);
    snprintf(evs, sizeof evs, "%ld", c->events);
    fmt_num(gold, sizeof gold, c->goldstein, 1);
    query_filter g;
    char a[300], b[300];
    bool ev = x->evidence && c->count > 0 && narrow(x, c, &g, a, b, sizeof a);
    if (x->fmt == OUT_JSONL) {
        fputs("{", stdout);
        json_out(stdout, x->by_name);
        fputs(":", stdout);
        json_out(stdout, c->key);
        printf(",\"count\":%ld,\"events\":%ld,\"goldstein\":%s", c->count, c->events, gold);
        if (ev) {
            evidence_for(x, &g);
        }
        fputs("}\n", stdout);
        return 0;
    }
    const char *cells[] = {c->key, cnt, evs, gold};
    table_row(x->t, cells);
    if (ev && x->fmt == OUT_TABLE) {
        evidence_for(x, &g);
    }
    return 0;
}

static const char *const by_names[] = {"day", "week", "month", "dyad", "root", "plover", "place", "source", NULL};

static const char *const query_options[] = {
    "--from", "--to", "--country", "--actor", "--dyad", "--code", "--root", "--quad", "--plover", "--place",
    "--near", "--min-confidence", "--text", "--historical", "--no-historical", "--event", "--incident", "--story",
    "--source", "--dedup", "--incidents", "--count-by", "--evidence", "--limit", "--format", "-h", "--help", NULL};

int cmd_query(int argc, char **argv)
{
    query_filter f;
    query_filter_init(&f);
    opts o;
    opts_init(&o, argc, argv);
    const char *name, *path = NULL, *format = NULL;
    bool incidents = false, evidence = false, dedup_given = false;
    int by = -1;
    int k;
    while ((k = opts_next(&o, &name)) >= 0) {
        if (k == 0) {
            if (path) {
                return cli_usage_error("query", "one database at a time, found '%s' too", name);
            }
            path = name;
            continue;
        }
        if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            help(stdout);
            return EXIT_OK;
        }
        if (strcmp(name, "--historical") == 0 || strcmp(name, "--no-historical") == 0) {
            f.historical = name[2] == 'h';
            continue;
        }
        if (strcmp(name, "--incidents") == 0) {
            incidents = true;
            continue;
        }
        if (strcmp(name, "--evidence") == 0) {
            evidence = true;
            continue;
        }
        const char *opt = NULL;
        for (int i = 0; query_options[i]; i++) {
            if (cli_opt_is(name, query_options[i])) {
                opt = query_options[i];
            }
        }
        if (!opt) {
            return cli_unknown_option("query", name, query_options);
        }
        char *v = (char *)opts_value(&o, name);
        if (!v || !*v) {
            return cli_usage_error("query", "%s takes a value", opt);
        }
        bool ok = true;
        double d;
        if (!strcmp(opt, "--from") || !strcmp(opt, "--to")) {
            int32_t day;
            ok = query_day(v, &day);
            *(opt[2] == 'f' ? &f.from : &f.to) = v;
        } else if (!strcmp(opt, "--country")) {
            upper(v);
            ok = split_list(v, f.countries, &f.n_countries);
        } else if (!strcmp(opt, "--actor")) {
            upper(v);
            ok = split_list(v, f.actors, &f.n_actors);
        } else if (!strcmp(opt, "--dyad")) {
            size_t n;
            upper(v);
            ok = split_list(v, f.dyad, &n) && n == 2;
        } else if (!strcmp(opt, "--code")) {
            ok = split_list(v, f.codes, &f.n_codes);
            for (size_t i = 0; ok && i < f.n_codes; i++) {
                ok = strspn(f.codes[i], "0123456789") == strlen(f.codes[i]);
            }
        } else if (!strcmp(opt, "--root")) {
            ok = parse_roots(v, &f);
        } else if (!strcmp(opt, "--quad")) {
            const char *q[QUERY_MAX_LIST];
            size_t n;
            ok = split_list(v, q, &n) && n <= 4;
            for (size_t i = 0; ok && i < n; i++) {
                ok = strlen(q[i]) == 1 && q[i][0] >= '1' && q[i][0] <= '4';
                f.quads[f.n_quads++] = q[i][0] - '0';
            }
        } else if (!strcmp(opt, "--plover")) {
            upper(v);
            ok = split_list(v, f.plovers, &f.n_plovers);
        } else if (!strcmp(opt, "--place")) {
            f.place = v;
        } else if (!strcmp(opt, "--near")) {
            const char *q[QUERY_MAX_LIST];
            size_t n;
            ok = split_list(v, q, &n) && n == 3 && parse_double(q[0], &f.near_lat) &&
                 parse_double(q[1], &f.near_lon) && parse_double(q[2], &f.near_km) && f.near_lat >= -90 &&
                 f.near_lat <= 90 && f.near_lon >= -180 && f.near_lon <= 180 && f.near_km > 0;
            f.near = true;
        } else if (!strcmp(opt, "--min-confidence")) {
            ok = parse_double(v, &d) && d >= 0 && d <= 1;
            f.min_confidence = d;
        } else if (!strcmp(opt, "--text")) {
            f.text = v;
        } else if (!strcmp(opt, "--event")) {
            f.event_id = v;
        } else if (!strcmp(opt, "--incident")) {
            f.incident_id = v;
        } else if (!strcmp(opt, "--story")) {
            f.story_id = v;
        } else if (!strcmp(opt, "--source")) {
            f.news_source = v;
        } else if (!strcmp(opt, "--dedup")) {
            ok = !strcmp(v, "none") || !strcmp(v, "story") || !strcmp(v, "incident");
            f.dedup = v[0] == 'n' ? QUERY_DEDUP_NONE : v[0] == 's' ? QUERY_DEDUP_STORY : QUERY_DEDUP_INCIDENT;
            dedup_given = true;
        } else if (!strcmp(opt, "--count-by")) {
            by = -1;
            for (int i = 0; by_names[i]; i++) {
                if (!strcmp(v, by_names[i])) {
                    by = i;
                }
            }
            if (by < 0) {
                const char *s = cli_suggest(v, by_names);
                return cli_usage_error("query", "--count-by takes day, week, month, dyad, root, plover, place or"
                                       " source, found '%s'%s%s%s", v, s ? "; did you mean '" : "", s ? s : "",
                                       s ? "'?" : "");
            }
        } else if (!strcmp(opt, "--limit")) {
            char *end;
            long l = strtol(v, &end, 10);
            ok = *end == 0 && l > 0;
            f.limit = (size_t)l;
        } else if (!strcmp(opt, "--format")) {
            int fm = out_format_parse(v);
            ok = fm >= 0 && fm != OUT_JSON;
            format = v;
        }
        if (!ok) {
            static const char *const what[][2] = {
                {"--from", "a date YYYY-MM-DD"}, {"--to", "a date YYYY-MM-DD"},
                {"--country", "ISO 3166 alpha-3 codes, comma-separated"},
                {"--actor", "CAMEO actor codes, comma-separated"}, {"--dyad", "two sides, A,B"},
                {"--code", "CAMEO codes (digits), comma-separated"}, {"--root", "CAMEO roots 1-20 or ranges (18-20)"},
                {"--quad", "QuadClass numbers 1-4"}, {"--plover", "PLOVER types, comma-separated"},
                {"--near", "LAT,LON,KM"}, {"--min-confidence", "a number from 0 to 1"},
                {"--dedup", "none, story or incident"}, {"--limit", "a positive number"},
                {"--format", "table, jsonl, tsv or csv"}};
            for (size_t i = 0; i < sizeof what / sizeof *what; i++) {
                if (!strcmp(opt, what[i][0])) {
                    return cli_usage_error("query", "%s takes %s, found '%s'", opt, what[i][1], v);
                }
            }
            return cli_usage_error("query", "%s: bad value '%s'", opt, v);
        }
    }
    if (!path) {
        return cli_usage_error("query", "needs a database file: truce query [options] DB");
    }
    if (f.from && f.to && strcmp(f.from, f.to) > 0) {
        return cli_usage_error("query", "--from %s is after --to %s", f.from, f.to);
    }
    if (incidents) {
        if (dedup_given && f.dedup != QUERY_DEDUP_INCIDENT) {
            return cli_usage_error("query", "--incidents gives one row per incident: it takes no --dedup but incident");
        }
        f.dedup = QUERY_DEDUP_INCIDENT;
    }
    if (by >= 0 && f.limit) {
        return cli_usage_error("query", "--count-by gives a complete series: it takes no --limit");
    }
    out_format fmt = format ? (out_format)out_format_parse(format) : isatty(STDOUT_FILENO) ? OUT_TABLE : OUT_JSONL;
    char msg[1024];
    store *s = store_open(path, 0, msg, sizeof msg);
    if (!s) {
        cli_error("query", "%s", msg);
        return EXIT_INPUT;
    }
    qctx x = {s, &f, fmt, NULL, evidence, by < 0 ? QUERY_BY_DAY : (query_by)by, by < 0 ? NULL : by_names[by], false,
              ""};
    long n;
    char err[512] = "";
    if (by >= 0) {
        const char *cols[] = {by_names[by], "count", "events", "goldstein"};
        if (fmt != OUT_JSONL) {
            x.t = table_new(stdout, fmt, cols, 4);
        }
        n = query_count(s, &f, (query_by)by, count_row, &x, err, sizeof err);
    } else if (f.dedup == QUERY_DEDUP_INCIDENT) {
        if (fmt != OUT_JSONL) {
            x.t = fmt == OUT_TABLE ? table_new(stdout, fmt, incident_cols_table, sizeof incident_cols_table / sizeof (char *))
                                   : table_new(stdout, fmt, incident_cols, sizeof incident_cols / sizeof (char *));
        }
        n = query_incidents(s, &f, incident_row, &x, err, sizeof err);
    } else {
        if (fmt != OUT_JSONL) {
            x.t = fmt == OUT_TABLE ? table_new(stdout, fmt, event_cols_table, sizeof event_cols_table / sizeof (char *))
                                   : table_new(stdout, fmt, event_cols, sizeof event_cols / sizeof (char *));
        }
        n = query_events(s, &f, event_row, &x, err, sizeof err);
    }
    bool out_ok = true;
    if (n < 0 || x.failed) {
        table_discard(x.t);
    } else {
        out_ok = fmt == OUT_JSONL || table_end(x.t);
    }
    int rc = EXIT_OK;
    if (n < 0 || x.failed) {
        cli_error("query", "%s: %s", path, n < 0 ? err : x.err);
        rc = strstr(n < 0 ? err : x.err, "--text") ? EXIT_USAGE : EXIT_INTERNAL;
    } else if (!out_ok || fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("query", "cannot write output");
        rc = EXIT_INTERNAL;
    }
    store_close(s);
    return rc;
}
