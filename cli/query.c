/* query.c — questions of a store without SQL (see query.h).
 *
 * A filter becomes one WHERE clause over events e (and stories s when it
 * needs them), every value a bound parameter. Counts by time group by the
 * event's day in SQL (the events_date or events_pair index covers it) and
 * fold days into weeks and months here, so that a series over a million
 * events reads one index.
 */
#include "query.h"

#include "store_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const query_roots[20] = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                                     "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"};
const char *const query_plovers[16] = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                       "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                                       "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

void query_filter_init(query_filter *f)
{
    memset(f, 0, sizeof *f);
    f->historical = -1;
}

/* ---- days ---------------------------------------------------------------- */

bool query_day(const char *s, int32_t *day)
{
    truce_day d;
    if (!s || strlen(s) != 10 || !truce_day_parse(s, 10, &d)) {
        return false;
    }
    *day = d;
    return true;
}

void query_day_str(int32_t day, char out[11])
{
    truce_day_format(day, out);
}

int32_t query_next_month(int32_t day)
{
    char d[11], nx[16];
    truce_day_format(day, d);
    int y = atoi(d), m = atoi(d + 5);
    y = m == 12 ? y + 1 : y;
    m = m == 12 ? 1 : m + 1;
    snprintf(nx, sizeof nx, "%04u-%02u-01", (unsigned)y % 10000u, (unsigned)m % 100u);
    truce_day next = day + 28;
    truce_day_parse(nx, 10, &next);
    return next;
}

/* Monday of the week of day (1970-01-01 was a Thursday). */
static int32_t week_start(int32_t day)
{
    int32_t wd = ((day % 7) + 7 + 3) % 7;   /* 0 = Monday */
    return day - wd;
}

/* ---- the SQL builder ---------------------------------------------------------- */

enum { P_TEXT, P_REAL, P_INT };

typedef struct {
    char sql[16384];
    size_t len;
    bool overflow;
    struct {
        int kind;
        const char *s;
        int len;
        double d;
        long long i;
    } p[256];
    int n;
    char store[64][512];  /* values made here (prefix bounds, a story id) */
    int n_store;
    char *fts;            /* the full-text query as SQLite's FTS5 reads it (malloc'd) */
    bool need_story;
} qb;

static void put(qb *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > sizeof b->sql) {
        b->overflow = true;
        return;
    }
    memcpy(b->sql + b->len, s, n + 1);
    b->len += n;
}

static void param_text(qb *b, const char *s)
{
    if (b->n < 256) {
        b->p[b->n].kind = P_TEXT;
        b->p[b->n].s = s;
        b->p[b->n++].len = -1;
    } else {
        b->overflow = true;
    }
}

static void param_real(qb *b, double d)
{
    if (b->n < 256) {
        b->p[b->n].kind = P_REAL;
        b->p[b->n++].d = d;
    } else {
        b->overflow = true;
    }
}

static void param_int(qb *b, long long i)
{
    if (b->n < 256) {
        b->p[b->n].kind = P_INT;
        b->p[b->n++].i = i;
    } else {
        b->overflow = true;
    }
}

/* A string kept in the builder for as long as its statement. */
static const char *keep(qb *b, const char *s)
{
    if (b->n_store == 64) {
        b->overflow = true;
        return "";
    }
    snprintf(b->store[b->n_store], sizeof b->store[0], "%s", s);
    return b->store[b->n_store++];
}

static void bind_all(const qb *b, sqlite3_stmt *q)
{
    for (int i = 0; i < b->n; i++) {
        if (b->p[i].kind == P_TEXT) {
            sqlite3_bind_text(q, i + 1, b->p[i].s, b->p[i].len, SQLITE_STATIC);
        } else if (b->p[i].kind == P_REAL) {
            sqlite3_bind_double(q, i + 1, b->p[i].d);
        } else {
            sqlite3_bind_int64(q, i + 1, b->p[i].i);
        }
    }
}

static bool is_country(const char *s)
{
    return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

/* A side of an event (source or target) is X: its country or pair value
 * (country-like X), or its actor code begins with X. */
static void side_is(qb *b, const char *actor_col, const char *country_col, const char *x)
{
    char t[200];
    snprintf(t, sizeof t, "(%s = ? OR substr(%s, 1, %zu) = ?)", country_col, actor_col, strlen(x));
    put(b, t);
    param_text(b, x);
    param_text(b, x);
}

/* Code prefixes as ranges of the code (an index's, or compared in one):
 * prefix P is [P, P~); roots that follow each other are one range (18,
 * 19, 20 is [18, 20~)). */
static void code_ranges(qb *b, const char *const *v, size_t n, bool roots)
{
    put(b, " AND (");
    for (size_t i = 0; i < n; i++) {
        char lo[16], hi[20];
        snprintf(lo, sizeof lo, "%s%s", roots && strlen(v[i]) == 1 ? "0" : "", v[i]);
        size_t j = i;
        while (roots && j + 1 < n && atoi(v[j + 1]) == atoi(v[j]) + 1) {
            j++;
        }
        snprintf(hi, sizeof hi, "%s%s~", roots && strlen(v[j]) == 1 ? "0" : "", v[j]);
        put(b, i ? " OR " : "");
        put(b, "(e.code >= ? AND e.code < ?)");
        param_text(b, keep(b, lo));
        param_text(b, keep(b, hi));
        i = j;
    }
    put(b, ")");
}

static void text_list(qb *b, const char *col, const char *const *v, size_t n)
{
    put(b, col);
    put(b, " IN (");
    for (size_t i = 0; i < n; i++) {
        put(b, i ? ", ?" : "?");
        param_text(b, v[i]);
    }
    put(b, ")");
}

/* The user's words as an FTS5 query: a word FTS5 would not read as a bare
 * word ("Nagorno-Karabakh", "U.N.") becomes a phrase; quotes, OR, AND,
 * NOT, NEAR, parentheses and prefix stars are kept. */
static char *fts_query(const char *in)
{
    size_t n = strlen(in);
    char *out = malloc(3 * n + 3);
    if (!out) {
        return NULL;
    }
    size_t o = 0;
    const char *p = in;
    while (*p) {
        if (*p == ' ' || *p == '\t') {
            out[o++] = *p++;
            continue;
        }
        if (*p == '"') {   /* a phrase as given */
            const char *e = strchr(p + 1, '"');
            size_t l = e ? (size_t)(e - p) + 1 : strlen(p);
            memcpy(out + o, p, l);
            o += l;
            p += l;
            if (!e) {
                out[o++] = '"';
            }
            continue;
        }
        size_t l = strcspn(p, " \t");
        bool bare = true;
        for (size_t i = 0; i < l; i++) {
            unsigned char c = (unsigned char)p[i];
            bool ok = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      c == '_' || ((c == '*') && i == l - 1) || ((c == '(' || c == ')') && l == 1);
            bare = bare && ok;
        }
        if (!bare) {
            out[o++] = '"';
            for (size_t i = 0; i < l; i++) {
                if (p[i] == '"') {
                    out[o++] = '"';
                }
                out[o++] = p[i];
            }
            out[o++] = '"';
        } else {
            memcpy(out + o, p, l);
            o += l;
        }
        p += l;
    }
    out[o] = 0;
    return out;
}

/* The WHERE clause of a filter (conditions after "WHERE 1"). */
static bool build_where(qb *b, const query_filter *f, char *err, size_t err_cap)
{
    if (f->from) {
        put(b, " AND e.date >= ?");
        param_text(b, f->from);
    }
    if (f->to) {
        put(b, " AND e.date <= ?");
        param_text(b, f->to);
    }
    bool actor = (f->dyad[0] && f->dyad[1]) || f->n_sides;
    bool region = f->or_region || f->or_near;
    if (actor || region) {
        put(b, " AND (");
    }
    if (actor) {
        put(b, "(1");
    }
    if (f->dyad[0] && f->dyad[1]) {
        put(b, " AND (");
        const char *a = f->dyad[0], *c = f->dyad[1];
        if (is_country(a) && is_country(c)) {
            /* the pair as stored: sorted */
            if (strcmp(c, a) < 0) {
                const char *t = a;
                a = c;
                c = t;
            }
            put(b, "e.actor_a = ? AND e.actor_b = ?");
            param_text(b, a);
            param_text(b, c);
        } else {
            put(b, "(");
            side_is(b, "e.source", "e.source_country", a);
            put(b, " AND ");
            side_is(b, "e.target", "e.target_country", c);
            put(b, ") OR (");
            side_is(b, "e.source", "e.source_country", c);
            put(b, " AND ");
            side_is(b, "e.target", "e.target_country", a);
            put(b, ")");
        }
        put(b, ")");
    }
    if (f->n_sides) {
        put(b, " AND (");
        for (size_t i = 0; i < f->n_sides; i++) {
            put(b, i ? " OR " : "");
            side_is(b, "e.source", "e.source_country", f->sides[i]);
            put(b, " OR ");
            side_is(b, "e.target", "e.target_country", f->sides[i]);
        }
        put(b, ")");
    }
    if (actor) {
        put(b, region ? ") OR " : ")");
    }
    if (region) {
        /* the event's own place (not its dateline's) */
        put(b, "(e.location_precision IS NOT 'dateline' AND (");
        if (f->or_region) {
            put(b, "e.location_name = ? COLLATE NOCASE OR e.location_admin1 = ? COLLATE NOCASE"
                   " OR e.location_country = ? COLLATE NOCASE");
            param_text(b, f->or_region);
            param_text(b, f->or_region);
            param_text(b, f->or_region);
        }
        if (f->or_near) {
            put(b, f->or_region ? " OR " : "");
            put(b, "truce_km(e.lat, e.lon, ?, ?) <= ?");
            param_real(b, f->region_lat);
            param_real(b, f->region_lon);
            param_real(b, f->region_km);
        }
        put(b, "))");
    }
    if (actor || region) {
        put(b, ")");
    }
    if (f->n_countries) {
        put(b, " AND (");
        text_list(b, "e.actor_a", f->countries, f->n_countries);
        put(b, " OR ");
        text_list(b, "e.actor_b", f->countries, f->n_countries);
        put(b, " OR (e.location_precision IS NOT 'dateline' AND ");
        text_list(b, "e.location_country", f->countries, f->n_countries);
        put(b, "))");
    }
    if (f->n_actors) {
        put(b, " AND (");
        for (size_t i = 0; i < f->n_actors; i++) {
            char t[160];
            size_t l = strlen(f->actors[i]);
            snprintf(t, sizeof t, "%ssubstr(e.source, 1, %zu) = ? OR substr(e.target, 1, %zu) = ?", i ? " OR " : "",
                     l, l);
            put(b, t);
            param_text(b, f->actors[i]);
            param_text(b, f->actors[i]);
        }
        put(b, ")");
    }
    if (f->n_codes) {
        code_ranges(b, f->codes, f->n_codes, false);
    }
    if (f->n_roots) {
        code_ranges(b, f->roots, f->n_roots, true);
    }
    if (f->n_quads) {
        put(b, " AND e.quad_class IN (");
        for (size_t i = 0; i < f->n_quads; i++) {
            put(b, i ? ", ?" : "?");
            param_int(b, f->quads[i]);
        }
        put(b, ")");
    }
    if (f->n_plovers) {
        put(b, " AND ");
        text_list(b, "e.plover", f->plovers, f->n_plovers);
    }
    if (f->place) {
        put(b, " AND e.location_precision IS NOT 'dateline' AND (e.location_name = ? COLLATE NOCASE"
               " OR e.location_admin1 = ? COLLATE NOCASE OR e.location_country = ? COLLATE NOCASE)");
        param_text(b, f->place);
        param_text(b, f->place);
        param_text(b, f->place);
    }
    if (f->near) {
        /* a box first (cheap), then the distance */
        double dlat = f->near_km / 111.2;
        double c = cos(f->near_lat * M_PI / 180.0);
        double dlon = c > 0.01 ? f->near_km / (111.2 * c) : 360;
        put(b, " AND e.lat BETWEEN ? AND ?");
        param_real(b, f->near_lat - dlat);
        param_real(b, f->near_lat + dlat);
        if (dlon < 180 && f->near_lon - dlon >= -180 && f->near_lon + dlon <= 180) {
            put(b, " AND e.lon BETWEEN ? AND ?");
            param_real(b, f->near_lon - dlon);
            param_real(b, f->near_lon + dlon);
        }
        put(b, " AND truce_km(e.lat, e.lon, ?, ?) <= ?");
        param_real(b, f->near_lat);
        param_real(b, f->near_lon);
        param_real(b, f->near_km);
    }
    if (f->min_confidence > 0) {
        put(b, " AND e.confidence >= ?");
        param_real(b, f->min_confidence - 1e-9);
    }
    if (f->text) {
        b->fts = fts_query(f->text);
        if (!b->fts) {
            snprintf(err, err_cap, "out of memory");
            return false;
        }
        put(b, " AND (e.story, e.sentence) IN (SELECT t.story, t.sentence FROM sentences_fts"
               " JOIN sentences t ON t.id = sentences_fts.rowid WHERE sentences_fts MATCH ?)");
        param_text(b, b->fts);
    }
    if (f->historical >= 0) {
        put(b, " AND e.historical = ?");
        param_int(b, f->historical);
    }
    if (f->event_id) {
        /* its story's id is the event id less "-SENTENCE-N": the story's
         * index finds it */
        char sid[512];
        snprintf(sid, sizeof sid, "%s", f->event_id);
        for (int k = 0; k < 2; k++) {
            char *dash = strrchr(sid, '-');
            if (dash) {
                *dash = 0;
            }
        }
        put(b, " AND e.story IN (SELECT id FROM stories WHERE story_id = ?) AND e.event_id = ?");
        param_text(b, keep(b, sid));
        param_text(b, f->event_id);
    }
    if (f->incident_id) {
        put(b, " AND e.incident = ?");
        param_text(b, f->incident_id);
    }
    if (f->story_id) {
        put(b, " AND e.story IN (SELECT id FROM stories WHERE story_id = ?)");
        param_text(b, f->story_id);
    }
    if (f->news_source) {
        put(b, " AND coalesce(s.source, '') = ?");
        param_text(b, f->news_source);
        b->need_story = true;
    }
    if (b->overflow) {
        snprintf(err, err_cap, "the query is too long (too many values in the filter)");
        return false;
    }
    return true;
}

/* great-circle distance in km (haversine), for --near and --region */
static void km_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    for (int i = 0; i < 4; i++) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(ctx);
            return;
        }
    }
    double r = M_PI / 180.0;
    double la1 = sqlite3_value_double(argv[0]) * r, lo1 = sqlite3_value_double(argv[1]) * r;
    double la2 = sqlite3_value_double(argv[2]) * r, lo2 = sqlite3_value_double(argv[3]) * r;
    double a = sin((la2 - la1) / 2) * sin((la2 - la1) / 2) + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) *
               sin((lo2 - lo1) / 2);
    sqlite3_result_double(ctx, 6371.0 * 2 * atan2(sqrt(a), sqrt(1 - a)));
}

static bool prepare(store *s, qb *b, sqlite3_stmt **q, char *err, size_t err_cap)
{
    sqlite3 *db = store_db(s);
    sqlite3_create_function(db, "truce_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, km_fn, NULL, NULL);
    if (b->overflow) {
        snprintf(err, err_cap, "the query is too long");
        return false;
    }
    if (sqlite3_prepare_v2(db, b->sql, -1, q, NULL) != SQLITE_OK) {
        snprintf(err, err_cap, "%s", sqlite3_errmsg(db));
        return false;
    }
    bind_all(b, *q);
    return true;
}

/* A failed step: the message, with a word on full-text syntax. */
static long step_error(store *s, const qb *b, char *err, size_t err_cap)
{
    const char *m = sqlite3_errmsg(store_db(s));
    if (b->fts && strstr(m, "fts5")) {
        snprintf(err, err_cap, "--text '%s': %s (words, \"a phrase\", OR, NOT, prefix*)", b->fts, m);
    } else {
        snprintf(err, err_cap, "%s", m);
    }
    return -1;
}

/* ---- event rows ------------------------------------------------------------ */

#define EVENT_COLS                                                                                                 \
    "e.id, e.event_id, s.story_id, e.date, e.date_precision, e.source, e.source_country, e.target,"               \
    " e.target_country, e.code, e.root, e.plover, e.quad_class, e.goldstein, e.confidence, e.location_name,"      \
    " e.location_country, e.location_admin1, e.location_precision, e.lat, e.lon, e.sentence, e.span_start,"       \
    " e.span_end, e.pattern, e.historical, t.text, e.json, s.date, s.source, s.url, e.incident, i.mentions,"      \
    " i.stories, i.sources, e.story, " STORE_JSON_SQL
#define EVENT_NCOLS (36 + STORE_JSON_NCOLS)
#define EVENT_JOINS                                                                                                \
    " JOIN stories s ON s.id = e.story LEFT JOIN sentences t ON t.story = e.story AND t.sentence = e.sentence"

static const char *ct(sqlite3_stmt *q, int i)
{
    return (const char *)sqlite3_column_text(q, i);
}

/* An event row; its JSON rebuilt into json (reset) when not stored. */
static void read_event(sqlite3_stmt *q, int at, query_event *e, truce_buf *json)
{
    memset(e, 0, sizeof *e);
    e->rowid = sqlite3_column_int64(q, at);
    e->event_id = ct(q, at + 1);
    e->story_id = ct(q, at + 2);
    e->date = ct(q, at + 3);
    e->date_precision = ct(q, at + 4);
    e->source = ct(q, at + 5);
    e->source_country = ct(q, at + 6);
    e->target = ct(q, at + 7);
    e->target_country = ct(q, at + 8);
    e->code = ct(q, at + 9);
    e->root = ct(q, at + 10);
    e->plover = ct(q, at + 11);
    e->quad_class = sqlite3_column_int(q, at + 12);
    e->goldstein = sqlite3_column_double(q, at + 13);
    e->confidence = sqlite3_column_double(q, at + 14);
    e->location_name = ct(q, at + 15);
    e->location_country = ct(q, at + 16);
    e->location_admin1 = ct(q, at + 17);
    e->location_precision = ct(q, at + 18);
    e->has_latlon = sqlite3_column_type(q, at + 19) != SQLITE_NULL;
    e->lat = sqlite3_column_double(q, at + 19);
    e->lon = sqlite3_column_double(q, at + 20);
    e->sentence = (uint32_t)sqlite3_column_int(q, at + 21);
    e->span_start = (size_t)sqlite3_column_int64(q, at + 22);
    e->span_end = (size_t)sqlite3_column_int64(q, at + 23);
    e->pattern = ct(q, at + 24);
    e->historical = sqlite3_column_int(q, at + 25) != 0;
    e->text = ct(q, at + 26);
    json->len = 0;
    store_event_json(q, at + 36, json);
    e->json = json->p ? json->p : "";
    e->json_len = json->len && !json->failed ? json->len - 1 : 0;   /* without its newline */
    e->story_date = ct(q, at + 28);
    e->news_source = ct(q, at + 29);
    e->url = ct(q, at + 30);
    e->incident = ct(q, at + 31);
    e->mentions = (long)sqlite3_column_int64(q, at + 32);
    e->stories = (long)sqlite3_column_int64(q, at + 33);
    e->sources = (long)sqlite3_column_int64(q, at + 34);
    e->story_rowid = sqlite3_column_int64(q, at + 35);
}

static void order_limit(qb *b, const query_filter *f, const char *by_date)
{
    put(b, f->by_confidence ? " ORDER BY e.confidence DESC, e.id" : by_date);
    if (f->limit) {
        put(b, " LIMIT ?");
        param_int(b, (long long)f->limit);
    }
}

long query_events(store *s, const query_filter *f, query_event_cb cb, void *user, char *err, size_t err_cap)
{
    truce_buf json = {0};
    qb *b = calloc(1, sizeof *b);
    if (!b) {
        snprintf(err, err_cap, "out of memory");
        return -1;
    }
    long n = -1;
    sqlite3_stmt *q = NULL;
    if (f->dedup == QUERY_DEDUP_NONE) {
        put(b, "SELECT " EVENT_COLS ", 1 FROM events e" EVENT_JOINS " LEFT JOIN incidents i ON i.id = e.incident"
               " WHERE 1");
        if (!build_where(b, f, err, err_cap)) {
            goto out;
        }
    } else {
        /* the first event of each story and incident that passes */
        put(b, "WITH m AS (SELECT min(e.id) AS id, count(*) AS n FROM events e");
        put(b, " JOIN stories s ON s.id = e.story WHERE 1");
        if (!build_where(b, f, err, err_cap)) {
            goto out;
        }
        put(b, " GROUP BY e.incident, e.story) SELECT " EVENT_COLS ", m.n FROM m JOIN events e ON e.id = m.id"
               EVENT_JOINS " LEFT JOIN incidents i ON i.id = e.incident");
    }
    order_limit(b, f, " ORDER BY e.date, e.id");
    if (!prepare(s, b, &q, err, err_cap)) {
        goto out;
    }
    n = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        query_event e;
        read_event(q, 0, &e, &json);
        e.matched = (long)sqlite3_column_int64(q, EVENT_NCOLS);
        n++;
        if (cb(user, &e)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE) {
        n = step_error(s, b, err, err_cap);
    }
out:
    sqlite3_finalize(q);
    truce_buf_free(&json);
    free(b->fts);
    free(b);
    return n;
}

long query_incidents(store *s, const query_filter *f, query_incident_cb cb, void *user, char *err, size_t err_cap)
{
    truce_buf json = {0};
    qb *b = calloc(1, sizeof *b);
    if (!b) {
        snprintf(err, err_cap, "out of memory");
        return -1;
    }
    long n = -1;
    sqlite3_stmt *q = NULL;
    put(b, "WITH m AS (SELECT e.incident AS id, count(*) AS n FROM events e JOIN stories s ON s.id = e.story WHERE 1");
    if (!build_where(b, f, err, err_cap)) {
        goto out;
    }
    put(b, " GROUP BY e.incident) SELECT i.id, i.date, i.day, i.actor_a, i.actor_b, i.root, i.place, i.mentions,"
           " i.stories, i.sources, i.first_seen, i.last_seen, m.n, " EVENT_COLS
           " FROM m JOIN incidents i ON i.id = m.id JOIN events e ON e.id = i.first" EVENT_JOINS);
    put(b, f->by_confidence ? " ORDER BY i.mentions DESC, e.confidence DESC, i.id" : " ORDER BY i.day, i.id");
    if (f->limit) {
        put(b, " LIMIT ?");
        param_int(b, (long long)f->limit);
    }
    if (!prepare(s, b, &q, err, err_cap)) {
        goto out;
    }
    n = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        query_incident i;
        i.id = ct(q, 0);
        i.date = ct(q, 1);
        i.day = ct(q, 2);
        i.actor_a = ct(q, 3);
        i.actor_b = ct(q, 4);
        i.root = ct(q, 5);
        i.place = ct(q, 6);
        i.mentions = (long)sqlite3_column_int64(q, 7);
        i.stories = (long)sqlite3_column_int64(q, 8);
        i.sources = (long)sqlite3_column_int64(q, 9);
        i.first_seen = ct(q, 10);
        i.last_seen = ct(q, 11);
        i.matched = (long)sqlite3_column_int64(q, 12);
        read_event(q, 13, &i.first, &json);
        n++;
        if (cb(user, &i)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE) {
        n = step_error(s, b, err, err_cap);
    }
out:
    sqlite3_finalize(q);
    truce_buf_free(&json);
    free(b->fts);
    free(b);
    return n;
}

/* ---- counts ---------------------------------------------------------------- */

typedef struct {
    char key[160];
    long count, events;
    double gold;
} bucket;

static int cmp_bucket_key(const void *a, const void *b)
{
    return strcmp(((const bucket *)a)->key, ((const bucket *)b)->key);
}

static int cmp_bucket_count(const void *a, const void *b)
{
    const bucket *x = a, *y = b;
    if (x->count != y->count) {
        return x->count > y->count ? -1 : 1;
    }
    return strcmp(x->key, y->key);
}

long query_count(store *s, const query_filter *f, query_by by, query_count_cb cb, void *user, char *err,
                 size_t err_cap)
{
    qb *b = calloc(1, sizeof *b);
    bucket *v = NULL;
    size_t nv = 0, cap = 0;
    if (!b) {
        snprintf(err, err_cap, "out of memory");
        return -1;
    }
    long n = -1;
    sqlite3_stmt *q = NULL;
    bool timed = by == QUERY_BY_DAY || by == QUERY_BY_WEEK || by == QUERY_BY_MONTH;
    const char *key = timed ? "e.date"
                      : by == QUERY_BY_DYAD ? "e.actor_a || ',' || CASE e.actor_b WHEN '' THEN '-' ELSE e.actor_b END"
                      : by == QUERY_BY_ROOT ? "e.root"
                      : by == QUERY_BY_PLOVER ? "coalesce(e.plover, '(none)')"
                      : by == QUERY_BY_PLACE ? "CASE WHEN e.location_precision IS NOT 'dateline'"
                                               " THEN e.location_name END"
                      : "coalesce(s.source, '(none)')";
    const char *unit = f->dedup == QUERY_DEDUP_NONE ? "count(*)"
                       : f->dedup == QUERY_DEDUP_STORY ? "count(DISTINCT e.incident || ' ' || e.story)"
                       : "count(DISTINCT e.incident)";
    char head[512];
    snprintf(head, sizeof head, "SELECT %s AS k, %s, count(*), total(e.goldstein) FROM events e", key, unit);
    put(b, head);
    /* a series over the dates: the date index holds what it counts (and
     * the code a root or code filter reads), in the order of the series;
     * a dyad's pair index does too, and the planner takes it */
    if (timed && !(f->dyad[0] && f->dyad[1]) && !f->story_id && !f->incident_id && !f->event_id && !f->text) {
        put(b, " INDEXED BY events_date");
    }
    if (by == QUERY_BY_SOURCE || f->news_source) {
        put(b, " JOIN stories s ON s.id = e.story");
    }
    put(b, " WHERE 1");
    if (!build_where(b, f, err, err_cap)) {
        goto out;
    }
    if (b->need_story && by != QUERY_BY_SOURCE && !f->news_source) {
        snprintf(err, err_cap, "internal: a filter needs the stories");
        goto out;
    }
    put(b, timed ? " AND e.date IS NOT NULL" : by == QUERY_BY_PLACE ? " AND k IS NOT NULL" : "");
    put(b, " GROUP BY k");
    if (!prepare(s, b, &q, err, err_cap)) {
        goto out;
    }
    int rc;
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *k = ct(q, 0);
        if (nv == cap) {
            cap = cap ? cap * 2 : 64;
            bucket *nb = realloc(v, cap * sizeof *v);
            if (!nb) {
                snprintf(err, err_cap, "out of memory");
                goto out;
            }
            v = nb;
        }
        bucket *x = &v[nv++];
        snprintf(x->key, sizeof x->key, "%s", k ? k : "(none)");
        x->count = (long)sqlite3_column_int64(q, 1);
        x->events = (long)sqlite3_column_int64(q, 2);
        x->gold = sqlite3_column_double(q, 3);
        int32_t d;
        if (timed && query_day(x->key, &d)) {
            lo = d < lo ? d : lo;
            hi = d > hi ? d : hi;
        }
    }
    if (rc != SQLITE_DONE) {
        n = step_error(s, b, err, err_cap);
        goto out;
    }
    n = 0;
    if (timed) {
        /* fold days into periods; every period of the span is a row */
        int32_t from, to;
        if (f->from && query_day(f->from, &from)) {
            lo = from;
        }
        if (f->to && query_day(f->to, &to)) {
            hi = to;
        }
        if (lo > hi) {
            goto out;   /* nothing dated, and no span given */
        }
        if (nv) {
            qsort(v, nv, sizeof *v, cmp_bucket_key);   /* days in order */
        }
        size_t at = 0;
        for (int32_t p = lo; p <= hi;) {
            int32_t start = p, next;
            char ks[11];
            query_day_str(p, ks);
            if (by == QUERY_BY_DAY) {
                next = p + 1;
            } else if (by == QUERY_BY_WEEK) {
                start = week_start(p);
                next = start + 7;
                query_day_str(start, ks);
            } else {
                start = p - (atoi(ks + 8) - 1);   /* the first of its month */
                next = query_next_month(p);
                ks[7] = 0;
            }
            long count = 0, events = 0;
            double gold = 0;
            int32_t d;
            while (at < nv && (!query_day(v[at].key, &d) || d < next)) {
                if (query_day(v[at].key, &d) && d >= start) {
                    count += v[at].count;
                    events += v[at].events;
                    gold += v[at].gold;
                }
                at++;
            }
            query_count_row r = {ks, count, events, events ? gold / (double)events : 0};
            n++;
            if (cb(user, &r)) {
                goto out;
            }
            p = next;
        }
        goto out;
    }
    if (by == QUERY_BY_ROOT || by == QUERY_BY_PLOVER) {
        /* every root, every PLOVER type, in their order (0 when none);
         * then the rest ("(none)": 01x/02x have no PLOVER type) */
        size_t nk = by == QUERY_BY_ROOT ? 20 : 16;
        const char *const *keys = by == QUERY_BY_ROOT ? query_roots : query_plovers;
        for (size_t k = 0; k < nk; k++) {
            query_count_row r = {keys[k], 0, 0, 0};
            for (size_t i = 0; i < nv; i++) {
                if (v[i].count >= 0 && strcmp(v[i].key, keys[k]) == 0) {
                    r.count = v[i].count;
                    r.events = v[i].events;
                    r.goldstein = v[i].events ? v[i].gold / (double)v[i].events : 0;
                    v[i].count = -1;   /* given */
                }
            }
            n++;
            if (cb(user, &r)) {
                goto out;
            }
        }
        for (size_t i = 0; i < nv; i++) {
            if (v[i].count >= 0) {
                query_count_row r = {v[i].key, v[i].count, v[i].events,
                                     v[i].events ? v[i].gold / (double)v[i].events : 0};
                n++;
                if (cb(user, &r)) {
                    goto out;
                }
            }
        }
        goto out;
    }
    if (nv) {
        qsort(v, nv, sizeof *v, cmp_bucket_count);
    }
    for (size_t i = 0; i < nv; i++) {
        query_count_row r = {v[i].key, v[i].count, v[i].events, v[i].events ? v[i].gold / (double)v[i].events : 0};
        n++;
        if (cb(user, &r)) {
            break;
        }
    }
out:
    sqlite3_finalize(q);
    free(v);
    free(b->fts);
    free(b);
    return n;
}

long query_stories_per_day(store *s, const char *from, size_t n_days, long *counts, char *err, size_t err_cap)
{
    int32_t d0;
    if (!query_day(from, &d0)) {
        snprintf(err, err_cap, "bad date '%s'", from);
        return -1;
    }
    char to[11];
    query_day_str(d0 + (int32_t)n_days - 1, to);
    memset(counts, 0, n_days * sizeof *counts);
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(store_db(s), "SELECT date, count(*) FROM stories WHERE date BETWEEN ?1 AND ?2"
                           " GROUP BY date", -1, &q, NULL) != SQLITE_OK) {
        snprintf(err, err_cap, "%s", sqlite3_errmsg(store_db(s)));
        return -1;
    }
    sqlite3_bind_text(q, 1, from, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, to, -1, SQLITE_STATIC);
    long total = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        int32_t d;
        if (query_day(ct(q, 0), &d) && d >= d0 && d < d0 + (int32_t)n_days) {
            counts[d - d0] = (long)sqlite3_column_int64(q, 1);
            total += counts[d - d0];
        }
    }
    if (rc != SQLITE_DONE) {
        snprintf(err, err_cap, "%s", sqlite3_errmsg(store_db(s)));
        total = -1;
    }
    sqlite3_finalize(q);
    return total;
}

char *query_story_text(store *s, int64_t story_rowid, size_t *len)
{
    sqlite3_stmt *q;
    char *t = NULL;
    if (sqlite3_prepare_v2(store_db(s), "SELECT text, text_len FROM stories WHERE id = ?1 AND text IS NOT NULL", -1, &q,
                           NULL) != SQLITE_OK) {
        return NULL;
    }
    sqlite3_bind_int64(q, 1, story_rowid);
    if (sqlite3_step(q) == SQLITE_ROW) {
        *len = (size_t)sqlite3_column_int64(q, 1);
        t = store_unpack_text(sqlite3_column_blob(q, 0), (size_t)sqlite3_column_bytes(q, 0), *len);
    }
    sqlite3_finalize(q);
    return t;
}

static const char *find(const char *h, size_t hn, const char *n, size_t nn)
{
    for (size_t i = 0; nn && i + nn <= hn; i++) {
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0) {
            return h + i;
        }
    }
    return NULL;
}

char *query_marked_sentence(store *s, const query_event *e)
{
    const char *sent = e->text ? e->text : "";
    size_t len = 0;
    char *story = query_story_text(s, e->story_rowid, &len);
    char *out = NULL;
    if (story && e->span_end > e->span_start && e->span_end <= len) {
        const char *ev = story + e->span_start;
        size_t ev_len = e->span_end - e->span_start;
        const char *at = find(sent, strlen(sent), ev, ev_len);
        if (at) {
            size_t pre = (size_t)(at - sent), n = strlen(sent);
            out = malloc(n + 16);
            if (out) {
                snprintf(out, n + 16, "%.*s[%.*s]%s", (int)pre, sent, (int)ev_len, ev, at + ev_len);
            }
        }
    }
    free(story);
    return out ? out : strdup(sent);
}
