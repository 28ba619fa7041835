/* report_data.c — read what `truce report` shows from a store (see
 * report_data.h).
 *
 * The store is opened read-only, in one read transaction, and read with
 * prepared statements whose values are bound (never pasted into SQL): the
 * report's days (min/max over the date index), the stories published per
 * day, what the filters match outside the days (counts over the date
 * index), then ONE pass over the events the filters match in the days,
 * which fills every aggregate at once in hash tables: per bucket and
 * QuadClass (the timeline), per actor pair (dyads), per place and
 * QuadClass (the map), per happening (evidence), per period and side
 * between the parties (the ledger). A store of a million events is a
 * gigabyte (each event keeps its JSON): one GROUP BY per chart read it
 * five times (22 s); one pass, mapped, takes about 5 s (tools/bench-report.sh).
 *
 * The store's schema 1 has no incidents: the evidence groups the events
 * that share day, actors, code and place (across stories) into one
 * happening with its count of mentions and stories.
 */
#include "report_data.h"

#include "cli.h"

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
        w_add(w, "location_name = ? COLLATE NOCASE", f->place);
    }
    if (f->min_confidence > 0) {
        snprintf(c->conf_buf, sizeof c->conf_buf, "%.6f", f->min_confidence);
        w_add(w, "json_extract(json, '$.confidence') >= CAST(? AS REAL)", c->conf_buf);
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
        if (from == TRUCE_NODAY) {
            from = lo->ceasefire - lo->before;
        }
        if (to == TRUCE_NODAY) {
            to = lo->ceasefire + lo->after - 1;
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
    return EXIT_OK;
}

/* The first day of the bucket holding day x. */
static truce_day bucket_start(int unit, truce_day x)
{
    if (unit == SVG_DAY) {
        return x;
    }
    if (unit == SVG_WEEK) {
        /* weeks from Monday; 1970-01-01 was a Thursday */
        return x - (((x + 3) % 7) + 7) % 7;
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
    truce_day s = bucket_start(d->unit, x);
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

/* A happening: events of one day, actors, code and place. */
typedef struct {
    truce_day day;
    int quad;
    uint32_t n, stories;
    int64_t last_story;
    double gsum;
    int64_t rep_story[2];     /* its first events from two stories: (story, seq) */
    int64_t rep_seq[2];
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

/* Whether a side (country or an actor code's start) is x. */
static bool side_is(view_s country, view_s actor, const char *x, size_t xn)
{
    return (country.n == xn && memcmp(country.p, x, xn) == 0) || (actor.n >= xn && memcmp(actor.p, x, xn) == 0);
}

enum { C_DATE, C_QUAD, C_SOURCE, C_TARGET, C_GOLD, C_LAT, C_LON, C_PLACE, C_PCOUNTRY, C_CODE, C_ROOT,
       C_SCOUNTRY, C_TCOUNTRY, C_STORY, C_SEQ };

/* Count one event row into the report's aggregates. */
static bool count_row(scan_state *S, report_data *d, sqlite3_stmt *st, truce_day day)
{
    int q = sqlite3_column_int(st, C_QUAD);
    long b = bucket_of(d, day);
    d->n_events++;
    if (b >= 0 && q >= 1 && q <= 4) {
        d->bucket[b].quad[q - 1] += 1;
    }
    view_s src = col_s(st, C_SOURCE), tgt = col_s(st, C_TARGET), place = col_s(st, C_PLACE),
           code = col_s(st, C_CODE), date = col_s(st, C_DATE);
    double g = sqlite3_column_double(st, C_GOLD);
    int64_t story = sqlite3_column_int64(st, C_STORY), seq = sqlite3_column_int64(st, C_SEQ);
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
    /* happenings: an event missing an actor or a place is one only with
     * the others of its own story (else every "? killed civilians" of a
     * day would be one) */
    char sk[24];
    size_t skn = 0;
    if (!src.n || !tgt.n || !place.n) {
        skn = (size_t)snprintf(sk, sizeof sk, "%lld", (long long)story);
    }
    const char *parts[] = {date.p, src.p, tgt.p, code.p, place.p, sk};
    size_t lens[] = {date.n, src.n, tgt.n, code.n, place.n, skn};
    long e = ht_get(&S->h_hap, key_hash(parts, lens, 6), &fresh);
    if (e < 0 || (fresh && !grow((void **)&S->hap, &S->cap_hap, S->n_hap, sizeof *S->hap))) {
        return false;
    }
    happening *x = &S->hap[e];
    if (fresh) {
        S->n_hap++;
        x->day = day;
        x->last_story = -1;
    }
    x->n++;
    x->gsum += g;
    x->quad = q > x->quad ? q : x->quad;
    /* rows come story by story (the table's order, or by day then story):
     * a new story for this happening is a change of story */
    if (story != x->last_story) {
        x->stories++;
        x->last_story = story;
        if (x->n_rep < 2) {
            x->rep_story[x->n_rep] = story;
            x->rep_seq[x->n_rep] = seq;
            x->n_rep++;
        }
    }
    return true;
}

/* Count one row into the ledger, if it is between the parties in its window. */
static void ledger_row(report_ledger *L, sqlite3_stmt *st, truce_day day)
{
    if (!L->on || day < L->first || day > L->last) {
        return;
    }
    view_s sc = col_s(st, C_SCOUNTRY), sa = col_s(st, C_SOURCE), tc = col_s(st, C_TCOUNTRY), ta = col_s(st, C_TARGET);
    size_t an = strlen(L->a), bn = strlen(L->b);
    int dir;
    if (side_is(sc, sa, L->a, an) && side_is(tc, ta, L->b, bn)) {
        dir = 0;
    } else if (side_is(sc, sa, L->b, bn) && side_is(tc, ta, L->a, an)) {
        dir = 1;
    } else {
        return;
    }
    report_period *p = &L->period[(day - L->first) / L->unit];
    view_s root = col_s(st, C_ROOT), code = col_s(st, C_CODE);
    int r = root.n ? atoi(root.p) : 0;
    if (r >= 18 && r <= 20) {
        p->viol[dir]++;
    } else if (code.n >= 3 && memcmp(code.p, "112", 3) == 0) {
        p->acc[dir]++;
    } else if ((r >= 2 && r <= 5) || r == 8) {
        p->talk++;
    }
}

/* The buckets of the report's days and the ledger's periods. */
static int make_periods(ctx *c, const report_ledger_opts *lo, report_data *d)
{
    size_t cap = 0;
    for (truce_day x = bucket_start(d->unit, d->first); x <= d->last;) {
        if (!grow((void **)&d->bucket, &cap, d->n_bucket, sizeof *d->bucket)) {
            return sql_fail(c, "out of memory");
        }
        d->bucket[d->n_bucket++].start = x;
        x = d->unit == SVG_MONTH ? bucket_start(SVG_MONTH, x + 31) : x + d->unit;
    }
    report_ledger *L = &d->ledger;
    if (!lo->parties) {
        return EXIT_OK;
    }
    const char *comma = strchr(lo->parties, ',');
    if (!comma || comma == lo->parties || !comma[1] || (size_t)(comma - lo->parties) >= sizeof L->a ||
        strlen(comma + 1) >= sizeof L->b || strchr(comma + 1, ',')) {
        snprintf(c->err, c->err_cap, "--parties: expected A,B (two countries or actor codes), found '%s'",
                 lo->parties);
        return EXIT_USAGE;
    }
    snprintf(L->a, sizeof L->a, "%.*s", (int)(comma - lo->parties), lo->parties);
    snprintf(L->b, sizeof L->b, "%s", comma + 1);
    L->on = true;
    L->ceasefire = lo->ceasefire;
    /* the window: --before and --after days around the ceasefire (the
     * report's days may be longer: the rates compare like with like), else
     * the report's days; periods from the ceasefire day, so it starts one */
    truce_day w0 = d->first, w1 = d->last;
    if (lo->ceasefire != TRUCE_NODAY) {
        w0 = lo->ceasefire - lo->before;
        w1 = lo->ceasefire + lo->after - 1;
    }
    L->unit = w1 - w0 + 1 <= 42 ? 1 : 7;
    truce_day anchor = lo->ceasefire != TRUCE_NODAY ? lo->ceasefire : w0;
    long k0 = (long)floor((double)(w0 - anchor) / L->unit);
    long k1 = (long)floor((double)(w1 - anchor) / L->unit);
    L->first = (truce_day)(anchor + k0 * L->unit);
    L->last = (truce_day)(anchor + (k1 + 1) * L->unit - 1);
    L->n_period = (size_t)(k1 - k0 + 1);
    L->period = calloc(L->n_period, sizeof *L->period);
    if (!L->period) {
        return sql_fail(c, "out of memory");
    }
    for (size_t i = 0; i < L->n_period; i++) {
        L->period[i].start = L->first + (truce_day)i * L->unit;
    }
    return EXIT_OK;
}

/* Stories published per bucket and per ledger period. */
static int load_stories(ctx *c, report_data *d, const char *lo_s, const char *hi_s)
{
    const char *ex[] = {lo_s, hi_s, NULL};
    sqlite3_stmt *st = prepare(c, "SELECT date, count(*) FROM stories WHERE status <> 'error' AND date BETWEEN ? AND ?"
                               " GROUP BY date", NULL, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    int rc;
    report_ledger *L = &d->ledger;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        truce_day x = col_day(st, 0);
        uint32_t n = (uint32_t)sqlite3_column_int64(st, 1);
        long b = x != TRUCE_NODAY && x >= d->first && x <= d->last ? bucket_of(d, x) : -1;
        if (b >= 0) {
            d->n_stories += n;
            d->bucket[b].stories += n;
        }
        if (L->on && x != TRUCE_NODAY && x >= L->first && x <= L->last) {
            L->period[(x - L->first) / L->unit].stories += n;
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
 * the earliest, the first stored. */
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
    if (x->rep_story[0] != y->rep_story[0]) {
        return x->rep_story[0] < y->rep_story[0] ? -1 : 1;
    }
    return x->rep_seq[0] < y->rep_seq[0] ? -1 : x->rep_seq[0] > y->rep_seq[0];
}

/* The top happenings' fields and sentences, from their events' rows. */
static int load_evidence(ctx *c, scan_state *S, report_data *d)
{
    qsort(S->hap, S->n_hap, sizeof *S->hap, cmp_hap);
    size_t n = S->n_hap < MAX_INCIDENTS ? S->n_hap : MAX_INCIDENTS;
    d->inc = calloc(n ? n : 1, sizeof *d->inc);
    if (!d->inc) {
        return sql_fail(c, "out of memory");
    }
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c->db, "SELECT e.date, e.source, e.target, e.code, e.location_name, e.location_country,"
                           " json_extract(e.json, '$.text'), s.story_id FROM events e JOIN stories s ON s.id = e.story"
                           " WHERE e.story = ?1 AND e.seq = ?2", -1, &st, NULL) != SQLITE_OK) {
        return sql_fail(c, "cannot read the evidence");
    }
    for (size_t i = 0; i < n; i++) {
        const happening *h = &S->hap[i];
        report_incident *x = &d->inc[d->n_inc++];
        x->mentions = h->n;
        x->stories = h->stories;
        x->quad = h->quad;
        x->goldstein = h->gsum / h->n;
        for (int k = 0; k < h->n_rep; k++) {
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, h->rep_story[k]);
            sqlite3_bind_int64(st, 2, h->rep_seq[k]);
            if (sqlite3_step(st) != SQLITE_ROW) {
                continue;
            }
            if (k == 0) {
                const unsigned char *day = sqlite3_column_text(st, 0);
                snprintf(x->date, sizeof x->date, "%s", day ? (const char *)day : "");
                x->source = dup_col(st, 1);
                x->target = dup_col(st, 2);
                x->code = dup_col(st, 3);
                x->place = dup_col(st, 4);
                x->country = dup_col(st, 5);
            }
            x->text[x->n_text] = dup_col(st, 6);
            x->story[x->n_text] = dup_col(st, 7);
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
    sqlite3_finalize(st);
    return EXIT_OK;
}

/* The pass over the events, then the tops of each table. */
static int scan_events(ctx *c, const where *w, report_data *d, progress *prog)
{
    report_ledger *L = &d->ledger;
    truce_day lo = d->first, hi = d->last;
    if (L->on) {
        lo = L->first < lo ? L->first : lo;
        hi = L->last > hi ? L->last : hi;
    }
    char lo_s[11], hi_s[11];
    truce_day_format(lo, lo_s);
    truce_day_format(hi, hi_s);
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
             " location_country, code, root, source_country, target_country, story, seq FROM events%s"
             " WHERE 1%%s AND date BETWEEN ? AND ?", whole ? " NOT INDEXED" : "");
    sqlite3_stmt *st = prepare(c, sql, w, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    scan_state S = {0};
    bool ok = true;
    uint64_t rows = 0;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        truce_day day = col_day(st, C_DATE);
        if (day == TRUCE_NODAY) {
            continue;
        }
        if (day >= d->first && day <= d->last) {
            ok = count_row(&S, d, st, day);
        }
        ledger_row(L, st, day);
        if ((++rows & 0xffff) == 0) {
            progress_step(prog, "reading the events", 2, 4);
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
    progress_step(prog, "the evidence", 3, 4);
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

/* Before and after the ceasefire: violations per story, their ratio and
 * its 95 % interval (Poisson counts, the stories taken as the exposure). */
static void ledger_ratio(report_ledger *L)
{
    if (!L->on || L->ceasefire == TRUCE_NODAY) {
        return;
    }
    for (size_t i = 0; i < L->n_period; i++) {
        const report_period *p = &L->period[i];
        bool after = p->start >= L->ceasefire;
        *(after ? &L->v_after : &L->v_before) += p->viol[0] + p->viol[1];
        *(after ? &L->s_after : &L->s_before) += p->stories;
    }
    if (L->s_before > 0 && L->s_after > 0 && (L->v_before > 0 || L->v_after > 0)) {
        double a = L->v_after, b = L->v_before;
        if (a == 0 || b == 0) {
            a += 0.5;
            b += 0.5;
            L->corrected = true;
        }
        L->ratio = (a / L->s_after) / (b / L->s_before);
        double se = sqrt(1 / a + 1 / b);
        L->lo = L->ratio * exp(-1.96 * se);
        L->hi = L->ratio * exp(1.96 * se);
        L->have_ratio = true;
    }
}

int report_data_load(const char *path, const report_filter *f, const report_ledger_opts *lo, report_data *d,
                     progress *prog, char *err, size_t err_cap)
{
    memset(d, 0, sizeof *d);
    ctx c = {0};
    c.err = err;
    c.err_cap = err_cap;
    if (sqlite3_open_v2(path, &c.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        snprintf(err, err_cap, "%s: cannot open the store: %s", path, c.db ? sqlite3_errmsg(c.db) : "out of memory");
        sqlite3_close(c.db);
        return EXIT_INPUT;
    }
    sqlite3_busy_timeout(c.db, 10000);
    /* a store is read once, front to back: map it (SQLite caps the size) */
    sqlite3_exec(c.db, "PRAGMA mmap_size = 2147418112", NULL, NULL, NULL);
    int rc = EXIT_OK;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(c.db, "SELECT value FROM meta WHERE key = 'schema'", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW) {
        snprintf(err, err_cap, "%s: not a store made by 'truce ingest' (%s)", path, sqlite3_errmsg(c.db));
        sqlite3_finalize(st);
        sqlite3_close(c.db);
        return EXIT_INPUT;
    }
    snprintf(d->schema, sizeof d->schema, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    /* a read transaction: every query sees the same store, even while an
     * ingest goes on */
    sqlite3_exec(c.db, "BEGIN", NULL, NULL, NULL);
    where w;
    if (!build_where(&c, f, &w, err, err_cap)) {
        rc = EXIT_USAGE;
        goto done;
    }
    int64_t n;
    progress_step(prog, "counting", 1, 4);
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
    if ((rc = find_range(&c, f, lo, &w, d)) != EXIT_OK) {
        goto done;
    }
    if ((rc = make_periods(&c, lo, d)) != EXIT_OK || (rc = count_outside(&c, &w, d)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "reading the events", 2, 4);
    if ((rc = scan_events(&c, &w, d, prog)) != EXIT_OK) {
        goto done;
    }
    ledger_ratio(&d->ledger);
    progress_step(prog, "writing the page", 4, 4);
done:
    sqlite3_exec(c.db, "COMMIT", NULL, NULL, NULL);
    sqlite3_close(c.db);
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
