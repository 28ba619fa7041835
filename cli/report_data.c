/* report_data.c — read what `truce report` shows from a store (see
 * report_data.h).
 *
 * The store (schema 2) is opened through store.h, like `truce query`, and
 * read in one read transaction with prepared statements whose values are
 * bound (never pasted into SQL): the report's days (min/max over the date
 * index), the stories published per day, what the filters match outside
 * the days (counts over the date index), then ONE pass over the events the
 * filters match in the days, which fills every aggregate at once in hash
 * tables: per incident (the timeline counts incidents, the evidence shows
 * the most reported), per actor pair (dyads), per place and QuadClass (the
 * map). The events table is read in its own order, mapped: a million
 * events take a few seconds (tools/bench-report.sh; one GROUP BY per chart
 * took 22 s). The top incidents' counts come from the incidents table,
 * their sentences from the sentences table, the evidence span from the
 * story text (query_story_text). The ceasefire ledger is counted through
 * the query layer with truce monitor's definitions (load_ledger), so both
 * commands give the same numbers for the same question.
 */
#include "report_data.h"

#include "cli.h"
#include "query.h"
#include "store.h"

#include <math.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DYADS 15
#define MAX_POINTS 3000
#define MAX_INCIDENTS 20
/* days before the first story's date still in the default range */
#define BACKGROUND_DAYS 90

/* A WHERE clause being built: text and its values, bound in order. */
typedef struct {
    char sql[4096];
    size_t len;
    const char *val[48];
    int n;
    bool overflow;
} where;

/* Append " AND (clause)", binding v for each '?' in it. */
static void w_add(where *w, const char *clause, const char *v)
{
    int n = snprintf(w->sql + w->len, sizeof w->sql - w->len, " AND (%s)", clause);
    if (n < 0 || (size_t)n >= sizeof w->sql - w->len) {
        w->overflow = true;
        return;
    }
    w->len += (size_t)n;
    for (const char *p = clause; *p; p++) {
        if (*p == '?') {
            if (w->n == 48) {
                w->overflow = true;
                return;
            }
            w->val[w->n++] = v;
        }
    }
}

/* A side of a pair: its country, or an actor code it starts. */
#define SIDE(actor, country) "(" country " = ? OR substr(" actor ", 1, length(?)) = ?)"

/* The dyad clause: A to B or B to A. */
static void w_pair(where *w, const char *a, const char *b)
{
    static const char clause[] = "(" SIDE("source", "source_country") " AND " SIDE("target", "target_country") ")"
        " OR (" SIDE("source", "source_country") " AND " SIDE("target", "target_country") ")";
    size_t n0 = (size_t)w->n;
    w_add(w, clause, a);
    if (w->overflow) {
        return;
    }
    /* each SIDE takes its value three times: a, b, then b, a */
    for (size_t i = 0; i < 12; i++) {
        w->val[n0 + i] = (i < 3 || i >= 9) ? a : b;
    }
}

typedef struct {
    store *s;
    sqlite3 *db;
    char *err;
    size_t err_cap;
    char a_buf[64], b_buf[64];   /* the dyad's two sides */
    char quad_buf[8], conf_buf[32];
} ctx;

static int sql_fail(ctx *c, const char *what)
{
    snprintf(c->err, c->err_cap, "%s: %s", what, sqlite3_errmsg(c->db));
    return EXIT_INTERNAL;
}

/* Prepare sql, whose one %s takes the WHERE clause's text (its
 * placeholders must come before any other), and bind w's values, then
 * extra's (a NULL-terminated list). */
static sqlite3_stmt *prepare(ctx *c, const char *fmt, const where *w, const char *const *extra)
{
    char sql[8192];
    int n = snprintf(sql, sizeof sql, fmt, w ? w->sql : "");
    if (n < 0 || (size_t)n >= sizeof sql) {
        snprintf(c->err, c->err_cap, "a query too long for its buffer");
        return NULL;
    }
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(c->err, c->err_cap, "cannot read the store: %s", sqlite3_errmsg(c->db));
        return NULL;
    }
    int k = 1;
    for (int i = 0; w && i < w->n; i++) {
        sqlite3_bind_text(st, k++, w->val[i], -1, SQLITE_STATIC);
    }
    for (size_t i = 0; extra && extra[i]; i++) {
        sqlite3_bind_text(st, k++, extra[i], -1, SQLITE_STATIC);
    }
    return st;
}

static char *dup_col(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return strdup(s ? (const char *)s : "");
}

static truce_day col_day(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    truce_day d;
    if (s && truce_day_parse((const char *)s, (size_t)sqlite3_column_bytes(st, i), &d)) {
        return d;
    }
    return TRUCE_NODAY;
}

/* The filters as a WHERE clause (after "WHERE 1"). */
static bool build_where(ctx *c, const report_filter *f, where *w, char *err, size_t cap)
{
    memset(w, 0, sizeof *w);
    if (f->country) {
        w_add(w, "source_country = ? OR target_country = ? OR location_country = ?", f->country);
    }
    if (f->actor) {
        w_add(w, "substr(source, 1, length(?)) = ? OR substr(target, 1, length(?)) = ?", f->actor);
    }
    if (f->code) {
        w_add(w, "substr(code, 1, length(?)) = ?", f->code);
    }
    if (f->root) {
        w_add(w, "root = ?", f->root);
    }
    if (f->quad) {
        snprintf(c->quad_buf, sizeof c->quad_buf, "%d", f->quad);
        w_add(w, "quad_class = CAST(? AS INTEGER)", c->quad_buf);
    }
    if (f->place) {
        /* as truce query: the place's name or subdivision, or its country */
        w_add(w, "location_name = ? COLLATE NOCASE OR location_admin1 = ? COLLATE NOCASE OR location_country = ?",
              f->place);
    }
    if (f->min_confidence > 0) {
        snprintf(c->conf_buf, sizeof c->conf_buf, "%.6f", f->min_confidence);
        w_add(w, "confidence >= CAST(? AS REAL)", c->conf_buf);
    }
    if (f->dyad) {
        const char *comma = strchr(f->dyad, ',');
        if (!comma || comma == f->dyad || !comma[1] || (size_t)(comma - f->dyad) >= sizeof c->a_buf ||
            strlen(comma + 1) >= sizeof c->b_buf) {
            snprintf(err, cap, "--dyad: expected A,B (two countries or actor codes), found '%s'", f->dyad);
            return false;
        }
        snprintf(c->a_buf, sizeof c->a_buf, "%.*s", (int)(comma - f->dyad), f->dyad);
        snprintf(c->b_buf, sizeof c->b_buf, "%s", comma + 1);
        w_pair(w, c->a_buf, c->b_buf);
    }
    if (w->overflow) {
        snprintf(err, cap, "too many filters");
        return false;
    }
    return true;
}

/* One number from a query. */
static bool one_int(ctx *c, const char *sql, const where *w, const char *const *extra, int64_t *out)
{
    sqlite3_stmt *st = prepare(c, sql, w, extra);
    if (!st) {
        return false;
    }
    int rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        snprintf(c->err, c->err_cap, "cannot read the store: %s", sqlite3_errmsg(c->db));
        return false;
    }
    return true;
}

/* Days of the report: the filters', the ceasefire window, else the
 * stories' days and BACKGROUND_DAYS before them, narrowed to the events. */
static int find_range(ctx *c, const report_filter *f, const report_ledger_opts *lo, const where *w, report_data *d)
{
    truce_day from = TRUCE_NODAY, to = TRUCE_NODAY;
    if (f->from && !truce_day_parse(f->from, strlen(f->from), &from)) {
        snprintf(c->err, c->err_cap, "--from: expected a date YYYY-MM-DD, found '%s'", f->from);
        return EXIT_USAGE;
    }
    if (f->to && !truce_day_parse(f->to, strlen(f->to), &to)) {
        snprintf(c->err, c->err_cap, "--to: expected a date YYYY-MM-DD, found '%s'", f->to);
        return EXIT_USAGE;
    }
    if (lo->ceasefire != TRUCE_NODAY) {
        /* the ledger's window: whole periods each side, as truce monitor */
        int len = lo->by_day ? 1 : 7;
        if (from == TRUCE_NODAY) {
            from = lo->ceasefire - (lo->before + len - 1) / len * len;
        }
        if (to == TRUCE_NODAY) {
            to = lo->ceasefire + (lo->after + len - 1) / len * len - 1;
        }
    }
    if (from == TRUCE_NODAY || to == TRUCE_NODAY) {
        /* the events' own days, within the stories' (and a background) */
        sqlite3_stmt *st = prepare(c, "SELECT min(date), max(date) FROM stories WHERE status <> 'error'", NULL, NULL);
        if (!st) {
            return EXIT_INTERNAL;
        }
        truce_day s0 = TRUCE_NODAY, s1 = TRUCE_NODAY;
        if (sqlite3_step(st) == SQLITE_ROW) {
            s0 = col_day(st, 0);
            s1 = col_day(st, 1);
        }
        sqlite3_finalize(st);
        char lo_s[11] = "0000-01-01", hi_s[11] = "9999-12-31";
        if (s0 != TRUCE_NODAY) {
            truce_day_format(from != TRUCE_NODAY ? from : s0 - BACKGROUND_DAYS, lo_s);
            truce_day_format(to != TRUCE_NODAY ? to : s1, hi_s);
        }
        const char *ex[] = {lo_s, hi_s, NULL};
        st = prepare(c, "SELECT min(date), max(date) FROM events WHERE 1%s AND date BETWEEN ? AND ?", w, ex);
        if (!st) {
            return EXIT_INTERNAL;
        }
        truce_day e0 = TRUCE_NODAY, e1 = TRUCE_NODAY;
        if (sqlite3_step(st) == SQLITE_ROW) {
            e0 = col_day(st, 0);
            e1 = col_day(st, 1);
        }
        sqlite3_finalize(st);
        if (from == TRUCE_NODAY) {
            from = e0 != TRUCE_NODAY ? e0 : s0 != TRUCE_NODAY ? s0 : 0;
        }
        if (to == TRUCE_NODAY) {
            to = e1 != TRUCE_NODAY ? e1 : s1 != TRUCE_NODAY ? s1 : from;
        }
    }
    if (to < from && (f->to || lo->ceasefire != TRUCE_NODAY) && (f->from || lo->ceasefire != TRUCE_NODAY)) {
        snprintf(c->err, c->err_cap, "the report's last day comes before its first (--from, --to, --ceasefire)");
        return EXIT_USAGE;
    }
    if (to < from) {
        /* one end given, the other from the events: the page of that day */
        if (f->from) {
            to = from;
        } else {
            from = to;
        }
    }
    d->first = from;
    d->last = to;
    long span = (long)to - from + 1;
    d->unit = span <= 120 ? SVG_DAY : span <= 3 * 366 ? SVG_WEEK : SVG_MONTH;
    d->anchor = 4;   /* 1970-01-05, a Monday */
    if (lo->ceasefire != TRUCE_NODAY && span <= 3 * 366) {
        /* the ledger's periods: weeks (or days) from the ceasefire's day */
        d->unit = lo->by_day ? SVG_DAY : SVG_WEEK;
        d->anchor = lo->ceasefire;
    }
    return EXIT_OK;
}

/* The first day of the bucket holding day x: weeks start on the week
 * day of anchor (a Monday, or the ceasefire's day). */
static truce_day bucket_start(int unit, truce_day anchor, truce_day x)
{
    if (unit == SVG_DAY) {
        return x;
    }
    if (unit == SVG_WEEK) {
        return x - (((x - anchor) % 7) + 7) % 7;
    }
    char s[11];
    truce_day_format(x, s);
    s[8] = '0';
    s[9] = '1';
    truce_day m;
    truce_day_parse(s, 10, &m);
    return m;
}

/* Index of day x's bucket in d (buckets are in order), or -1. */
static long bucket_of(const report_data *d, truce_day x)
{
    truce_day s = bucket_start(d->unit, d->anchor, x);
    size_t lo = 0, hi = d->n_bucket;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->bucket[mid].start < s) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < d->n_bucket && d->bucket[lo].start == s ? (long)lo : -1;
}

/* ---- one pass over the events ------------------------------------------- */

/* Open addressing over 64-bit key hashes (0 is never a hash: see key_hash). */
typedef struct {
    uint64_t *key;
    uint32_t *idx;            /* the entry of each slot */
    size_t cap, n;
} htab;

static uint64_t key_hash(const char *const *parts, const size_t *lens, int n)
{
    uint64_t h = 1469598103934665603u;
    for (int i = 0; i < n; i++) {
        for (size_t k = 0; k < lens[i]; k++) {
            h = (h ^ (unsigned char)parts[i][k]) * 1099511628211u;
        }
        h = (h ^ 0x1f) * 1099511628211u;   /* a separator: "ab","c" is not "a","bc" */
    }
    return h ? h : 1;
}

/* The entry of key, or the next free entry number n (then *fresh); -1
 * when out of memory. */
static long ht_get(htab *h, uint64_t key, bool *fresh)
{
    if (2 * (h->n + 1) > h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 1024;
        uint64_t *nk = calloc(cap, sizeof *nk);
        uint32_t *ni = calloc(cap, sizeof *ni);
        if (!nk || !ni) {
            free(nk);
            free(ni);
            return -1;
        }
        for (size_t i = 0; i < h->cap; i++) {
            if (h->key[i]) {
                size_t j = h->key[i] & (cap - 1);
                while (nk[j]) {
                    j = (j + 1) & (cap - 1);
                }
                nk[j] = h->key[i];
                ni[j] = h->idx[i];
            }
        }
        free(h->key);
        free(h->idx);
        h->key = nk;
        h->idx = ni;
        h->cap = cap;
    }
    size_t j = key & (h->cap - 1);
    while (h->key[j]) {
        if (h->key[j] == key) {
            *fresh = false;
            return (long)h->idx[j];
        }
        j = (j + 1) & (h->cap - 1);
    }
    h->key[j] = key;
    h->idx[j] = (uint32_t)h->n;
    *fresh = true;
    return (long)h->n++;
}

static void ht_free(htab *h)
{
    free(h->key);
    free(h->idx);
}

/* Grow an array to hold n + 1 entries of size sz. */
static bool grow(void **a, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap) {
        return true;
    }
    size_t c = *cap ? 2 * *cap : 256;
    void *p = realloc(*a, c * sz);
    if (!p) {
        return false;
    }
    memset((char *)p + *cap * sz, 0, (c - *cap) * sz);
    *a = p;
    *cap = c;
    return true;
}

/* An incident as the pass sees it: its mentions the filters keep. */
typedef struct {
    char *id;
    truce_day day;
    int quad;                 /* the most conflictual mention's */
    uint32_t n, stories;
    int64_t last_story;
    double gsum;
    int64_t rep[2];           /* events.id of its first mentions in two stories */
    int n_rep;
} happening;

typedef struct {
    htab h_dyad, h_point, h_hap;
    report_dyad *dyad;
    size_t n_dyad, cap_dyad;
    svg_point *point;
    size_t n_point, cap_point;
    happening *hap;
    size_t n_hap, cap_hap;
} scan_state;

static void scan_free(scan_state *S)
{
    ht_free(&S->h_dyad);
    ht_free(&S->h_point);
    ht_free(&S->h_hap);
    for (size_t i = 0; i < S->n_dyad; i++) {
        free(S->dyad[i].source);
        free(S->dyad[i].target);
    }
    for (size_t i = 0; i < S->n_point; i++) {
        free((char *)S->point[i].name);
        free((char *)S->point[i].country);
    }
    for (size_t i = 0; i < S->n_hap; i++) {
        free(S->hap[i].id);
    }
    free(S->dyad);
    free(S->point);
    free(S->hap);
}

static char *dup_n(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = 0;
    }
    return p;
}

/* A text column as a view ("" for NULL). */
typedef struct {
    const char *p;
    size_t n;
} view_s;

static view_s col_s(sqlite3_stmt *st, int i)
{
    const unsigned char *p = sqlite3_column_text(st, i);
    return (view_s){p ? (const char *)p : "", p ? (size_t)sqlite3_column_bytes(st, i) : 0};
}

enum { C_DATE, C_QUAD, C_SOURCE, C_TARGET, C_GOLD, C_LAT, C_LON, C_PLACE, C_PCOUNTRY, C_STORY, C_ID, C_INCIDENT };

/* Count one event row into the report's aggregates. */
static bool count_row(scan_state *S, report_data *d, sqlite3_stmt *st, truce_day day)
{
    int q = sqlite3_column_int(st, C_QUAD);
    d->n_events++;
    view_s src = col_s(st, C_SOURCE), tgt = col_s(st, C_TARGET), place = col_s(st, C_PLACE),
           inc = col_s(st, C_INCIDENT);
    double g = sqlite3_column_double(st, C_GOLD);
    int64_t story = sqlite3_column_int64(st, C_STORY), id = sqlite3_column_int64(st, C_ID);
    bool fresh;
    /* dyads */
    if (src.n && tgt.n) {
        const char *parts[] = {src.p, tgt.p};
        size_t lens[] = {src.n, tgt.n};
        long e = ht_get(&S->h_dyad, key_hash(parts, lens, 2), &fresh);
        if (e < 0 || (fresh && !grow((void **)&S->dyad, &S->cap_dyad, S->n_dyad, sizeof *S->dyad))) {
            return false;
        }
        report_dyad *y = &S->dyad[e];
        if (fresh) {
            S->n_dyad++;
            y->source = dup_n(src.p, src.n);
            y->target = dup_n(tgt.p, tgt.n);
            if (!y->source || !y->target) {
                return false;
            }
        }
        y->n += 1;
        y->goldstein += g;   /* a sum until the end */
    }
    /* places (to a hundredth of a degree) by QuadClass */
    if (sqlite3_column_type(st, C_LAT) != SQLITE_NULL && sqlite3_column_type(st, C_LON) != SQLITE_NULL) {
        d->n_located++;
        double lat = round(sqlite3_column_double(st, C_LAT) * 100) / 100;
        double lon = round(sqlite3_column_double(st, C_LON) * 100) / 100;
        char k[48];
        int kn = snprintf(k, sizeof k, "%.2f,%.2f,%d", lat, lon, q);
        const char *parts[] = {k};
        size_t lens[] = {(size_t)kn};
        long e = ht_get(&S->h_point, key_hash(parts, lens, 1), &fresh);
        if (e < 0 || (fresh && !grow((void **)&S->point, &S->cap_point, S->n_point, sizeof *S->point))) {
            return false;
        }
        svg_point *p = &S->point[e];
        view_s pc = col_s(st, C_PCOUNTRY);
        if (fresh) {
            S->n_point++;
            p->lat = lat;
            p->lon = lon;
            p->quad = q;
        }
        /* the alphabetically first name given to the place */
        if (fresh || strcmp(p->name, place.p) > 0) {
            free((char *)p->name);
            free((char *)p->country);
            p->name = dup_n(place.p, place.n);
            p->country = dup_n(pc.p, pc.n);
            if (!p->name || !p->country) {
                return false;
            }
        }
        p->count += 1;
    }
    /* incidents (the store's, by its written policy) */
    const char *parts[] = {inc.p};
    size_t lens[] = {inc.n};
    long e = ht_get(&S->h_hap, key_hash(parts, lens, 1), &fresh);
    if (e < 0 || (fresh && !grow((void **)&S->hap, &S->cap_hap, S->n_hap, sizeof *S->hap))) {
        return false;
    }
    happening *x = &S->hap[e];
    if (fresh) {
        S->n_hap++;
        x->id = dup_n(inc.p, inc.n);
        if (!x->id) {
            return false;
        }
        x->day = day;
        x->last_story = -1;
    }
    x->n++;
    x->gsum += g;
    x->quad = q > x->quad ? q : x->quad;
    /* rows come story by story (the table's order, or by day then story):
     * a new story for this incident is a change of story */
    if (story != x->last_story) {
        x->stories++;
        x->last_story = story;
        if (x->n_rep < 2) {
            x->rep[x->n_rep++] = id;
        }
    }
    return true;
}

/* The buckets of the report's days. */
static int make_buckets(ctx *c, report_data *d)
{
    size_t cap = 0;
    for (truce_day x = bucket_start(d->unit, d->anchor, d->first); x <= d->last;) {
        if (!grow((void **)&d->bucket, &cap, d->n_bucket, sizeof *d->bucket)) {
            return sql_fail(c, "out of memory");
        }
        d->bucket[d->n_bucket++].start = x;
        x = d->unit == SVG_MONTH ? bucket_start(SVG_MONTH, 0, x + 31) : x + d->unit;
    }
    return EXIT_OK;
}

/* Stories published per bucket. */
static int load_stories(ctx *c, report_data *d, const char *lo_s, const char *hi_s)
{
    const char *ex[] = {lo_s, hi_s, NULL};
    sqlite3_stmt *st = prepare(c, "SELECT date, count(*) FROM stories WHERE status <> 'error' AND date BETWEEN ? AND ?"
                               " GROUP BY date", NULL, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        truce_day x = col_day(st, 0);
        uint32_t n = (uint32_t)sqlite3_column_int64(st, 1);
        long b = x != TRUCE_NODAY ? bucket_of(d, x) : -1;
        if (b >= 0) {
            d->n_stories += n;
            d->bucket[b].stories += n;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? EXIT_OK : sql_fail(c, "cannot read the stories");
}

static int cmp_dyad(const void *a, const void *b)
{
    const report_dyad *x = a, *y = b;
    if (x->n != y->n) {
        return x->n > y->n ? -1 : 1;
    }
    int k = strcmp(x->source, y->source);
    return k ? k : strcmp(x->target, y->target);
}

static int cmp_point(const void *a, const void *b)
{
    const svg_point *x = a, *y = b;
    if (x->count != y->count) {
        return x->count > y->count ? -1 : 1;
    }
    int k = strcmp(x->name, y->name);
    if (k) {
        return k;
    }
    return x->lat != y->lat ? (x->lat < y->lat ? -1 : 1) : x->lon != y->lon ? (x->lon < y->lon ? -1 : 1)
                                                                              : x->quad - y->quad;
}

/* Most mentioned first; then material conflict first, the most hostile,
 * the earliest, by id. */
static int cmp_hap(const void *a, const void *b)
{
    const happening *x = a, *y = b;
    if (x->n != y->n) {
        return x->n > y->n ? -1 : 1;
    }
    if (x->quad != y->quad) {
        return y->quad - x->quad;
    }
    double gx = x->gsum / x->n, gy = y->gsum / y->n;
    if (gx != gy) {
        return gx < gy ? -1 : 1;
    }
    if (x->day != y->day) {
        return x->day < y->day ? -1 : 1;
    }
    return strcmp(x->id, y->id);
}

/* Where the evidence (the story's bytes [span_start, span_end)) is in the
 * sentence: found by its bytes, as query_marked_sentence finds it. */
static void find_mark(ctx *c, int64_t story, size_t s0, size_t s1, const char *sent, size_t *at, size_t *len)
{
    *at = *len = 0;
    size_t n = 0;
    char *text = s1 > s0 ? query_story_text(c->s, story, &n) : NULL;
    if (text && s1 <= n) {
        size_t ev_n = s1 - s0, sn = strlen(sent);
        for (size_t i = 0; ev_n && i + ev_n <= sn; i++) {
            if (memcmp(sent + i, text + s0, ev_n) == 0) {
                *at = i;
                *len = ev_n;
                break;
            }
        }
    }
    free(text);
}

/* The top incidents: their own counts and two of their sentences. */
static int load_evidence(ctx *c, scan_state *S, report_data *d)
{
    qsort(S->hap, S->n_hap, sizeof *S->hap, cmp_hap);
    size_t n = S->n_hap < MAX_INCIDENTS ? S->n_hap : MAX_INCIDENTS;
    d->inc = calloc(n ? n : 1, sizeof *d->inc);
    if (!d->inc) {
        return sql_fail(c, "out of memory");
    }
    sqlite3_stmt *ev = NULL, *in = NULL;
    if (sqlite3_prepare_v2(c->db, "SELECT e.date, e.source, e.target, e.code, e.location_name, e.location_country,"
                           " t.text, s.story_id, e.story, e.span_start, e.span_end FROM events e"
                           " JOIN stories s ON s.id = e.story"
                           " LEFT JOIN sentences t ON t.story = e.story AND t.sentence = e.sentence"
                           " WHERE e.id = ?1", -1, &ev, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(c->db, "SELECT mentions, stories, sources FROM incidents WHERE id = ?1", -1, &in,
                           NULL) != SQLITE_OK) {
        sqlite3_finalize(ev);
        return sql_fail(c, "cannot read the evidence");
    }
    int rc = EXIT_OK;
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        const happening *h = &S->hap[i];
        report_incident *x = &d->inc[d->n_inc++];
        x->id = strdup(h->id);
        x->matched = h->n;
        x->mentions = h->n;
        x->stories = h->stories;
        x->quad = h->quad;
        x->goldstein = h->gsum / h->n;
        sqlite3_reset(in);
        sqlite3_bind_text(in, 1, h->id, -1, SQLITE_STATIC);
        if (sqlite3_step(in) == SQLITE_ROW) {
            x->mentions = (uint32_t)sqlite3_column_int64(in, 0);
            x->stories = (uint32_t)sqlite3_column_int64(in, 1);
            x->sources = (uint32_t)sqlite3_column_int64(in, 2);
        }
        for (int k = 0; k < h->n_rep; k++) {
            sqlite3_reset(ev);
            sqlite3_bind_int64(ev, 1, h->rep[k]);
            if (sqlite3_step(ev) != SQLITE_ROW) {
                continue;
            }
            if (!x->source) {
                const unsigned char *day = sqlite3_column_text(ev, 0);
                snprintf(x->date, sizeof x->date, "%s", day ? (const char *)day : "");
                x->source = dup_col(ev, 1);
                x->target = dup_col(ev, 2);
                x->code = dup_col(ev, 3);
                x->place = dup_col(ev, 4);
                x->country = dup_col(ev, 5);
            }
            x->text[x->n_text] = dup_col(ev, 6);
            x->story[x->n_text] = dup_col(ev, 7);
            if (!x->text[x->n_text] || !x->story[x->n_text]) {
                rc = sql_fail(c, "out of memory");
                break;
            }
            find_mark(c, sqlite3_column_int64(ev, 8), (size_t)sqlite3_column_int64(ev, 9),
                      (size_t)sqlite3_column_int64(ev, 10), x->text[x->n_text], &x->mark_at[x->n_text],
                      &x->mark_len[x->n_text]);
            x->n_text++;
        }
        if (!x->source) {
            x->source = strdup("");
            x->target = strdup("");
            x->code = strdup("");
            x->place = strdup("");
            x->country = strdup("");
        }
    }
    sqlite3_finalize(ev);
    sqlite3_finalize(in);
    return rc;
}

/* The pass over the events, then the tops of each table. */
static int scan_events(ctx *c, const where *w, report_data *d, progress *prog)
{
    char lo_s[11], hi_s[11];
    truce_day_format(d->first, lo_s);
    truce_day_format(d->last, hi_s);
    int rc = load_stories(c, d, lo_s, hi_s);
    if (rc != EXIT_OK) {
        return rc;
    }
    /* most of the store: read the table in its order (no index); a few
     * days of a long season: through the date index */
    int64_t in_range = 0;
    const char *ex[] = {lo_s, hi_s, NULL};
    if (!one_int(c, "SELECT count(*) FROM events WHERE 1%s AND date BETWEEN ? AND ?", NULL, ex, &in_range)) {
        return EXIT_INTERNAL;
    }
    bool whole = (uint64_t)in_range * 8 > d->store_events;
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT date, quad_class, source, target, goldstein, lat, lon, location_name,"
             " location_country, story, id, incident FROM events%s WHERE 1%%s AND date BETWEEN ? AND ?",
             whole ? " NOT INDEXED" : "");
    sqlite3_stmt *st = prepare(c, sql, w, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    scan_state S = {0};
    bool ok = true;
    uint64_t rows = 0;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        truce_day day = col_day(st, C_DATE);
        if (day != TRUCE_NODAY && day >= d->first && day <= d->last) {
            ok = count_row(&S, d, st, day);
        }
        if ((++rows & 0xffff) == 0) {
            progress_step(prog, "reading the events", 2, 5);
        }
    }
    sqlite3_finalize(st);
    if (!ok) {
        scan_free(&S);
        return sql_fail(c, "out of memory");
    }
    if (rc != SQLITE_DONE) {
        scan_free(&S);
        return sql_fail(c, "cannot read the events");
    }
    progress_step(prog, "the evidence", 3, 5);
    /* the timeline counts incidents, each in its day's bucket */
    for (size_t i = 0; i < S.n_hap; i++) {
        long b = bucket_of(d, S.hap[i].day);
        int q = S.hap[i].quad;
        if (b >= 0 && q >= 1 && q <= 4) {
            d->bucket[b].quad[q - 1] += 1;
        }
    }
    d->n_incidents = S.n_hap;
    /* the tops: dyads, places */
    for (size_t i = 0; i < S.n_dyad; i++) {
        S.dyad[i].goldstein /= S.dyad[i].n;
    }
    qsort(S.dyad, S.n_dyad, sizeof *S.dyad, cmp_dyad);
    d->n_dyad = S.n_dyad < MAX_DYADS ? S.n_dyad : MAX_DYADS;
    d->dyad = S.dyad;
    for (size_t i = d->n_dyad; i < S.n_dyad; i++) {
        free(S.dyad[i].source);
        free(S.dyad[i].target);
    }
    S.dyad = NULL;
    S.n_dyad = 0;
    qsort(S.point, S.n_point, sizeof *S.point, cmp_point);
    d->n_point = S.n_point < MAX_POINTS ? S.n_point : MAX_POINTS;
    d->point = S.point;
    for (size_t i = d->n_point; i < S.n_point; i++) {
        free((char *)S.point[i].name);
        free((char *)S.point[i].country);
    }
    S.point = NULL;
    S.n_point = 0;
    rc = load_evidence(c, &S, d);
    scan_free(&S);
    return rc;
}

/* What the filters match outside the report's days. */
static int count_outside(ctx *c, const where *w, report_data *d)
{
    char r0[11], r1[11];
    truce_day_format(d->first, r0);
    truce_day_format(d->last, r1);
    int64_t n;
    const char *ex0[] = {r0, NULL};
    if (!one_int(c, "SELECT count(*) FROM events WHERE 1%s AND date < ?", w, ex0, &n)) {
        return EXIT_INTERNAL;
    }
    d->n_before = (uint64_t)n;
    const char *ex1[] = {r1, NULL};
    if (!one_int(c, "SELECT count(*) FROM events WHERE 1%s AND date > ?", w, ex1, &n)) {
        return EXIT_INTERNAL;
    }
    d->n_after = (uint64_t)n;
    if (!one_int(c, "SELECT count(*) FROM events WHERE 1%s AND date IS NULL", w, NULL, &n)) {
        return EXIT_INTERNAL;
    }
    d->n_undated = (uint64_t)n;
    return EXIT_OK;
}

/* ---- the ledger, as truce monitor counts it ---------------------------------
 *
 * cmd_monitor.c's definitions, through the same query layer: violent
 * incidents between the parties (roots 18-20 and 145, 171, 175), each by
 * the side of its first mention's source; accusations and criticism (11x)
 * between them, one a day each way; calls and agreements of a party (roots
 * 02-05, 08); deployments of peacekeepers or monitors (074, 0861, 0862);
 * stories per period; the rate ratio after/before with the exact interval
 * of two Poisson rates (conditional binomial, Clopper-Pearson), per story,
 * or per day when a side has no story. The page's filters do not apply. */

static const char *const violent_codes[] = {"18", "19", "20", "145", "171", "175"};
static const char *const call_roots[] = {"02", "03", "04", "05", "08"};
static const char *const deploy_codes[] = {"074", "0861", "0862"};

/* Whether an actor (country, code) is party x: three capitals are a
 * country, anything else the start of an actor code (as query.h's dyad). */
static bool party_is(const char *country, const char *actor, const char *x)
{
    size_t n = strlen(x);
    bool is_country = n == 3 && x[0] >= 'A' && x[0] <= 'Z' && x[1] >= 'A' && x[1] <= 'Z' && x[2] >= 'A' && x[2] <= 'Z';
    if (is_country && country && strcmp(country, x) == 0) {
        return true;
    }
    return actor && strncmp(actor, x, n) == 0;
}

static report_period *period_at(report_ledger *L, const char *date)
{
    truce_day d;
    if (!date || !query_day(date, &d) || d < L->first || d > L->last) {
        return NULL;
    }
    return &L->period[(d - L->first) / L->unit];
}

static int led_violent(void *user, const query_incident *i)
{
    report_ledger *L = user;
    report_period *p = period_at(L, i->day ? i->day : i->first.date);
    if (p) {
        bool b_first = party_is(i->first.source_country, i->first.source, L->b) &&
                       !party_is(i->first.source_country, i->first.source, L->a);
        p->viol[b_first ? 1 : 0]++;
    }
    return 0;
}

typedef struct {
    report_ledger *L;
    char (*seen)[64];          /* "DAY DIR": one accusation a day each way */
    size_t n_seen, cap_seen;
    bool failed;
} acc_ctx;

static int led_accuse(void *user, const query_event *e)
{
    acc_ctx *x = user;
    report_period *p = period_at(x->L, e->date);
    if (!p) {
        return 0;
    }
    int dir = party_is(e->source_country, e->source, x->L->a) ? 0 : 1;
    char key[64];
    snprintf(key, sizeof key, "%s %d", e->date, dir);
    for (size_t i = 0; i < x->n_seen; i++) {
        if (strcmp(x->seen[i], key) == 0) {
            return 0;
        }
    }
    if (!grow((void **)&x->seen, &x->cap_seen, x->n_seen, sizeof *x->seen)) {
        x->failed = true;
        return 1;
    }
    memcpy(x->seen[x->n_seen++], key, sizeof key);
    p->acc[dir]++;
    return 0;
}

typedef struct {
    report_ledger *L;
    bool deploy;
} count_ctx;

static int led_count(void *user, const query_count_row *r)
{
    count_ctx *x = user;
    report_period *p = period_at(x->L, r->key);
    if (p) {
        *(x->deploy ? &p->deploy : &p->talk) += (uint32_t)r->count;
    }
    return 0;
}

/* P(X <= k), X ~ Binomial(n, p) */
static double binom_cdf(long k, long n, double p)
{
    if (k < 0) {
        return 0;
    }
    if (k >= n || p <= 0) {
        return 1;
    }
    if (p >= 1) {
        return 0;
    }
    double s = 0, lp = log(p), lq = log1p(-p);
    for (long i = 0; i <= k; i++) {
        s += exp(lgamma((double)n + 1) - lgamma((double)i + 1) - lgamma((double)(n - i) + 1) + (double)i * lp +
                 (double)(n - i) * lq);
    }
    return s > 1 ? 1 : s;
}

/* The ratio of the rate after (va in sa) to the rate before (vb in sb) and
 * its exact 95 % interval: given va + vb, va is binomial with p = sa r /
 * (sa r + sb). NAN where undefined, INFINITY an open upper end. */
static void rate_ratio(long va, double sa, long vb, double sb, double *rr, double *lo, double *hi)
{
    *rr = *lo = *hi = NAN;
    if (sa <= 0 || sb <= 0 || va + vb == 0) {
        return;
    }
    long n = va + vb;
    double f = sb / sa, pl = 0, ph = 1;
    *rr = vb ? ((double)va / sa) / ((double)vb / sb) : INFINITY;
    if (va > 0) {
        double a = 0, b = 1;
        for (int i = 0; i < 100; i++) {
            double m = (a + b) / 2;
            (1 - binom_cdf(va - 1, n, m) < 0.025 ? (a = m) : (b = m));
        }
        pl = (a + b) / 2;
    }
    if (va < n) {
        double a = 0, b = 1;
        for (int i = 0; i < 100; i++) {
            double m = (a + b) / 2;
            (binom_cdf(va, n, m) > 0.025 ? (a = m) : (b = m));
        }
        ph = (a + b) / 2;
    }
    *lo = pl / (1 - pl) * f;
    *hi = ph >= 1 ? INFINITY : ph / (1 - ph) * f;
}

static int load_ledger(ctx *c, const report_ledger_opts *lo, report_data *d)
{
    report_ledger *L = &d->ledger;
    const char *comma = strchr(lo->parties, ',');
    if (!comma || comma == lo->parties || !comma[1] || (size_t)(comma - lo->parties) >= sizeof L->a ||
        strlen(comma + 1) >= sizeof L->b || strchr(comma + 1, ',')) {
        snprintf(c->err, c->err_cap, "--parties: expected A,B (two countries or actor codes), found '%s'",
                 lo->parties);
        return EXIT_USAGE;
    }
    /* as truce monitor: in capitals */
    snprintf(L->a, sizeof L->a, "%.*s", (int)(comma - lo->parties), lo->parties);
    snprintf(L->b, sizeof L->b, "%s", comma + 1);
    for (char *p = L->a; *p; p++) {
        *p = *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
    }
    for (char *p = L->b; *p; p++) {
        *p = *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
    }
    L->on = true;
    L->ceasefire = lo->ceasefire;
    L->unit = lo->by_day ? 1 : 7;
    /* whole periods from the ceasefire day back and on; without a
     * ceasefire, the report's days from its first */
    long nb, na;
    truce_day anchor;
    if (lo->ceasefire != TRUCE_NODAY) {
        anchor = lo->ceasefire;
        nb = (lo->before + L->unit - 1) / L->unit;
        na = (lo->after + L->unit - 1) / L->unit;
    } else {
        anchor = d->first;
        nb = 0;
        na = (d->last - d->first + L->unit) / L->unit;
    }
    L->first = anchor - (truce_day)(nb * L->unit);
    L->n_period = (size_t)(nb + na);
    L->last = L->first + (truce_day)(L->n_period * (size_t)L->unit) - 1;
    L->period = calloc(L->n_period ? L->n_period : 1, sizeof *L->period);
    long *per_day = calloc(L->n_period * (size_t)L->unit + 1, sizeof *per_day);
    if (!L->period || !per_day) {
        free(per_day);
        return sql_fail(c, "out of memory");
    }
    for (size_t i = 0; i < L->n_period; i++) {
        L->period[i].start = L->first + (truce_day)i * L->unit;
    }
    char from[11], to[11], err[512] = "";
    truce_day_format(L->first, from);
    truce_day_format(L->last, to);
    int rc = EXIT_OK;
    /* stories per period */
    if (query_stories_per_day(c->s, from, L->n_period * (size_t)L->unit, per_day, err, sizeof err) < 0) {
        rc = EXIT_INTERNAL;
        goto done;
    }
    for (size_t i = 0; i < L->n_period * (size_t)L->unit; i++) {
        L->period[i / (size_t)L->unit].stories += (uint32_t)per_day[i];
    }
    /* violent incidents between the parties */
    query_filter vf;
    query_filter_init(&vf);
    vf.from = from;
    vf.to = to;
    vf.dyad[0] = L->a;
    vf.dyad[1] = L->b;
    vf.dedup = QUERY_DEDUP_INCIDENT;
    for (size_t i = 0; i < sizeof violent_codes / sizeof *violent_codes; i++) {
        vf.codes[vf.n_codes++] = violent_codes[i];
    }
    if (query_incidents(c->s, &vf, led_violent, L, err, sizeof err) < 0) {
        rc = EXIT_INTERNAL;
        goto done;
    }
    /* accusations between them */
    query_filter af = vf;
    af.n_codes = 1;
    af.codes[0] = "11";
    af.dedup = QUERY_DEDUP_NONE;
    acc_ctx ac = {L, NULL, 0, 0, false};
    long got = query_events(c->s, &af, led_accuse, &ac, err, sizeof err);
    free(ac.seen);
    if (got < 0 || ac.failed) {
        rc = EXIT_INTERNAL;
        goto done;
    }
    /* calls and agreements of a party; deployments */
    query_filter cf = vf;
    cf.dyad[0] = cf.dyad[1] = NULL;
    cf.sides[0] = L->a;
    cf.sides[1] = L->b;
    cf.n_sides = 2;
    cf.n_codes = 0;
    count_ctx cc = {L, false};
    for (size_t r = 0; r < sizeof call_roots / sizeof *call_roots; r++) {
        cf.roots[0] = call_roots[r];
        cf.n_roots = 1;
        if (query_count(c->s, &cf, QUERY_BY_DAY, led_count, &cc, err, sizeof err) < 0) {
            rc = EXIT_INTERNAL;
            goto done;
        }
    }
    query_filter df = cf;
    df.n_roots = 0;
    for (size_t i = 0; i < sizeof deploy_codes / sizeof *deploy_codes; i++) {
        df.codes[df.n_codes++] = deploy_codes[i];
    }
    cc.deploy = true;
    if (query_count(c->s, &df, QUERY_BY_DAY, led_count, &cc, err, sizeof err) < 0) {
        rc = EXIT_INTERNAL;
        goto done;
    }
    /* before and after */
    L->ratio = L->lo = L->hi = NAN;
    if (lo->ceasefire != TRUCE_NODAY) {
        for (size_t i = 0; i < L->n_period; i++) {
            const report_period *p = &L->period[i];
            bool after = p->start >= lo->ceasefire;
            *(after ? &L->v_after : &L->v_before) += p->viol[0] + p->viol[1];
            *(after ? &L->s_after : &L->s_before) += p->stories;
        }
        L->by_days = !(L->s_after > 0 && L->s_before > 0);
        rate_ratio((long)L->v_after, L->by_days ? (double)na * L->unit : L->s_after, (long)L->v_before,
                   L->by_days ? (double)nb * L->unit : L->s_before, &L->ratio, &L->lo, &L->hi);
    }
done:
    if (rc != EXIT_OK) {
        snprintf(c->err, c->err_cap, "the ledger: %s", err[0] ? err : "out of memory");
    }
    free(per_day);
    return rc;
}

int report_data_load(const char *path, const report_filter *f, const report_ledger_opts *lo, report_data *d,
                     progress *prog, char *err, size_t err_cap)
{
    memset(d, 0, sizeof *d);
    ctx c = {0};
    c.err = err;
    c.err_cap = err_cap;
    /* as truce query opens it: a version 1 store is refused with the
     * advice to migrate it */
    c.s = store_open(path, 0, err, err_cap);
    if (!c.s) {
        return EXIT_INPUT;
    }
    c.db = store_db(c.s);
    snprintf(d->schema, sizeof d->schema, "%d", store_schema(c.s));
    /* a store is read once, front to back: map it (SQLite caps the size) */
    sqlite3_exec(c.db, "PRAGMA mmap_size = 2147418112", NULL, NULL, NULL);
    /* a read transaction: every query sees the same store, even while an
     * ingest goes on */
    sqlite3_exec(c.db, "BEGIN", NULL, NULL, NULL);
    int rc = EXIT_OK;
    where w;
    if (!build_where(&c, f, &w, err, err_cap)) {
        rc = EXIT_USAGE;
        goto done;
    }
    int64_t n;
    progress_step(prog, "counting", 1, 5);
    if (!one_int(&c, "SELECT count(*) FROM stories", NULL, NULL, &n)) {
        rc = EXIT_INTERNAL;
        goto done;
    }
    d->store_stories = (uint64_t)n;
    if (!one_int(&c, "SELECT count(*) FROM events", NULL, NULL, &n)) {
        rc = EXIT_INTERNAL;
        goto done;
    }
    d->store_events = (uint64_t)n;
    if ((rc = find_range(&c, f, lo, &w, d)) != EXIT_OK || (rc = make_buckets(&c, d)) != EXIT_OK ||
        (rc = count_outside(&c, &w, d)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "reading the events", 2, 5);
    if ((rc = scan_events(&c, &w, d, prog)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "the ceasefire ledger", 4, 5);
    if (lo->parties && (rc = load_ledger(&c, lo, d)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "writing the page", 5, 5);
done:
    sqlite3_exec(c.db, "COMMIT", NULL, NULL, NULL);
    store_close(c.s);
    return rc;
}

void report_data_free(report_data *d)
{
    for (size_t i = 0; i < d->n_dyad; i++) {
        free(d->dyad[i].source);
        free(d->dyad[i].target);
    }
    for (size_t i = 0; i < d->n_point; i++) {
        free((char *)d->point[i].name);
        free((char *)d->point[i].country);
    }
    for (size_t i = 0; i < d->n_inc; i++) {
        report_incident *x = &d->inc[i];
        free(x->id);
        free(x->source);
        free(x->target);
        free(x->code);
        free(x->place);
        free(x->country);
        for (int k = 0; k < x->n_text; k++) {
            free(x->text[k]);
            free(x->story[k]);
        }
    }
    free(d->bucket);
    free(d->dyad);
    free(d->point);
    free(d->inc);
    free(d->ledger.period);
    memset(d, 0, sizeof *d);
}
