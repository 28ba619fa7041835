/* report_data.c — read what `truce report` shows from a store (see
 * report_data.h).
 *
 * Every number on the page comes from one of the queries below, each a
 * prepared statement with its values bound (never pasted into SQL), each
 * an aggregate done by SQLite over the events the filters match in the
 * report's range: per day and QuadClass (the timeline), per actor pair
 * (dyads), per place and QuadClass (the map), per happening (evidence),
 * per day, direction and code between the parties (the ledger). The
 * store is opened read-only.
 *
 * The store's schema 1 has no incidents: the evidence groups the events
 * that share day, actors, code and place (across stories) into one row
 * with its count of mentions and stories.
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
    if (to < from) {
        snprintf(c->err, c->err_cap, "the report's last day comes before its first (--from, --to, --ceasefire)");
        return EXIT_USAGE;
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

static int load_timeline(ctx *c, const where *w, report_data *d, const char *r0, const char *r1)
{
    /* the buckets from the first day's to the last's */
    size_t cap = 64;
    d->bucket = calloc(cap, sizeof *d->bucket);
    if (!d->bucket) {
        return sql_fail(c, "out of memory");
    }
    for (truce_day x = bucket_start(d->unit, d->first); x <= d->last;) {
        if (d->n_bucket == cap) {
            report_bucket *nb = realloc(d->bucket, 2 * cap * sizeof *nb);
            if (!nb) {
                return sql_fail(c, "out of memory");
            }
            memset(nb + cap, 0, cap * sizeof *nb);
            d->bucket = nb;
            cap *= 2;
        }
        d->bucket[d->n_bucket++].start = x;
        x = d->unit == SVG_MONTH ? bucket_start(SVG_MONTH, x + 31) : x + d->unit;
    }
    const char *ex[] = {r0, r1, NULL};
    sqlite3_stmt *st = prepare(c, "SELECT date, quad_class, count(*) FROM events WHERE 1%s AND date BETWEEN ? AND ?"
                               " GROUP BY date, quad_class", w, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        long b = bucket_of(d, col_day(st, 0));
        int q = sqlite3_column_int(st, 1);
        int64_t n = sqlite3_column_int64(st, 2);
        d->n_events += (uint64_t)n;
        if (b >= 0 && q >= 1 && q <= 4) {
            d->bucket[b].quad[q - 1] += (double)n;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return sql_fail(c, "cannot read the events");
    }
    st = prepare(c, "SELECT date, count(*) FROM stories WHERE status <> 'error' AND date BETWEEN ? AND ?"
                 " GROUP BY date", NULL, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        long b = bucket_of(d, col_day(st, 0));
        int64_t n = sqlite3_column_int64(st, 1);
        d->n_stories += (uint64_t)n;
        if (b >= 0) {
            d->bucket[b].stories += (double)n;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return sql_fail(c, "cannot read the stories");
    }
    /* what the filters match outside the range */
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

static int load_dyads(ctx *c, const where *w, report_data *d, const char *const *ex)
{
    d->dyad = calloc(MAX_DYADS, sizeof *d->dyad);
    if (!d->dyad) {
        return sql_fail(c, "out of memory");
    }
    sqlite3_stmt *st = prepare(c, "SELECT source, target, count(*), avg(goldstein) FROM events WHERE 1%s"
                               " AND date BETWEEN ? AND ? AND source <> '' AND target <> ''"
                               " GROUP BY source, target ORDER BY 3 DESC, 1, 2 LIMIT " "15", w, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && d->n_dyad < MAX_DYADS) {
        report_dyad *y = &d->dyad[d->n_dyad++];
        y->source = dup_col(st, 0);
        y->target = dup_col(st, 1);
        y->n = (double)sqlite3_column_int64(st, 2);
        y->goldstein = sqlite3_column_double(st, 3);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? EXIT_OK : sql_fail(c, "cannot read the dyads");
}

static int load_points(ctx *c, const where *w, report_data *d, const char *const *ex)
{
    int64_t n;
    if (!one_int(c, "SELECT count(*) FROM events WHERE 1%s AND date BETWEEN ? AND ? AND lat IS NOT NULL", w, ex,
                 &n)) {
        return EXIT_INTERNAL;
    }
    d->n_located = (uint64_t)n;
    d->point = calloc(MAX_POINTS, sizeof *d->point);
    if (!d->point) {
        return sql_fail(c, "out of memory");
    }
    sqlite3_stmt *st = prepare(c, "SELECT round(lat, 2) AS la, round(lon, 2) AS lo, quad_class, count(*),"
                               " min(location_name), min(location_country) FROM events WHERE 1%s"
                               " AND date BETWEEN ? AND ? AND lat IS NOT NULL AND lon IS NOT NULL"
                               " GROUP BY la, lo, quad_class ORDER BY 4 DESC, 5, 1, 2, 3 LIMIT 3000", w, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && d->n_point < MAX_POINTS) {
        svg_point *p = &d->point[d->n_point++];
        p->lat = sqlite3_column_double(st, 0);
        p->lon = sqlite3_column_double(st, 1);
        p->quad = sqlite3_column_int(st, 2);
        p->count = (double)sqlite3_column_int64(st, 3);
        p->name = dup_col(st, 4);
        p->country = dup_col(st, 5);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? EXIT_OK : sql_fail(c, "cannot read the places");
}

static int load_evidence(ctx *c, const where *w, report_data *d, const char *const *ex)
{
    d->inc = calloc(MAX_INCIDENTS, sizeof *d->inc);
    if (!d->inc) {
        return sql_fail(c, "out of memory");
    }
    /* one happening: the same day, actors, code and place; an event
     * missing an actor or its place is one only with the others of its
     * own story (else every "? killed civilians" of a day would be one) */
    sqlite3_stmt *st = prepare(c, "SELECT date, source, target, code, location_name, location_country,"
                               " avg(goldstein), max(quad_class), count(*), count(DISTINCT story), min(story) FROM events"
                               " WHERE 1%s AND date BETWEEN ? AND ? GROUP BY date, source, target, code, location_name,"
                               " CASE WHEN source <> '' AND target <> '' AND location_name <> '' THEN 0 ELSE story END"
                               " ORDER BY 9 DESC, 8 DESC, 7, 1, 2, 3, 4, 5, 11 LIMIT 20", w, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && d->n_inc < MAX_INCIDENTS) {
        report_incident *x = &d->inc[d->n_inc++];
        const unsigned char *day = sqlite3_column_text(st, 0);
        snprintf(x->date, sizeof x->date, "%s", day ? (const char *)day : "");
        x->source = dup_col(st, 1);
        x->target = dup_col(st, 2);
        x->code = dup_col(st, 3);
        x->place = dup_col(st, 4);
        x->country = dup_col(st, 5);
        x->goldstein = sqlite3_column_double(st, 6);
        x->quad = sqlite3_column_int(st, 7);
        x->mentions = (uint32_t)sqlite3_column_int64(st, 8);
        x->stories = (uint32_t)sqlite3_column_int64(st, 9);
        x->own_story = x->stories == 1 ? sqlite3_column_int64(st, 10) : 0;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        return sql_fail(c, "cannot read the evidence");
    }
    /* each one's first two sentences, from different stories first */
    for (size_t i = 0; i < d->n_inc; i++) {
        report_incident *x = &d->inc[i];
        char story[24];
        snprintf(story, sizeof story, "%lld", (long long)x->own_story);
        const char *ex2[] = {x->date, x->source, x->target, x->code, x->place, story, story, NULL};
        st = prepare(c, "SELECT json_extract(e.json, '$.text'), s.story_id FROM (SELECT json, story, seq FROM events"
                     " WHERE 1%s AND date = ? AND coalesce(source, '') = ? AND coalesce(target, '') = ?"
                     " AND coalesce(code, '') = ? AND coalesce(location_name, '') = ?"
                     " AND (CAST(? AS INTEGER) = 0 OR story = CAST(? AS INTEGER))) e"
                     " JOIN stories s ON s.id = e.story ORDER BY e.story, e.seq LIMIT 8", w, ex2);
        if (!st) {
            return EXIT_INTERNAL;
        }
        while ((rc = sqlite3_step(st)) == SQLITE_ROW && x->n_text < 2) {
            const unsigned char *sid = sqlite3_column_text(st, 1);
            if (x->n_text == 1 && sid && strcmp((const char *)sid, x->story[0]) == 0) {
                continue;   /* the same story again: look for another */
            }
            x->text[x->n_text] = dup_col(st, 0);
            x->story[x->n_text] = dup_col(st, 1);
            x->n_text++;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            return sql_fail(c, "cannot read the evidence's sentences");
        }
    }
    return EXIT_OK;
}

/* The ledger: between the two parties, per period of the window. */
static int load_ledger(ctx *c, const report_filter *f, const report_ledger_opts *lo, report_data *d)
{
    report_ledger *L = &d->ledger;
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
    /* the window: the report's days; periods from the ceasefire day, so it
     * starts one */
    L->unit = d->last - d->first + 1 <= 42 ? 1 : 7;
    truce_day anchor = lo->ceasefire != TRUCE_NODAY ? lo->ceasefire : d->first;
    long k0 = (long)floor((double)(d->first - anchor) / L->unit);
    long k1 = (long)floor((double)(d->last - anchor) / L->unit);
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
    where w;
    report_filter g = *f;
    g.dyad = lo->parties;
    g.from = g.to = NULL;
    if (!build_where(c, &g, &w, c->err, c->err_cap)) {
        return EXIT_USAGE;
    }
    char r0[11], r1[11];
    truce_day_format(L->first, r0);
    truce_day_format(L->last, r1);
    /* the source's country and code decide the direction (A on B is 0) */
    const char *ex[] = {r0, r1, NULL};
    sqlite3_stmt *st = prepare(c, "SELECT date, source_country, source, root, substr(code, 1, 3), count(*) FROM events"
                               " WHERE 1%s AND date BETWEEN ? AND ? GROUP BY 1, 2, 3, 4, 5", &w, ex);
    if (!st) {
        return EXIT_INTERNAL;
    }
    size_t a_len = strlen(L->a);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        truce_day x = col_day(st, 0);
        if (x == TRUCE_NODAY || x < L->first || x > L->last) {
            continue;
        }
        report_period *p = &L->period[(x - L->first) / L->unit];
        const unsigned char *sc = sqlite3_column_text(st, 1), *sa = sqlite3_column_text(st, 2);
        int dir = (sc && strcmp((const char *)sc, L->a) == 0) || (sa && strncmp((const char *)sa, L->a, a_len) == 0)
                  ? 0 : 1;
        const unsigned char *root = sqlite3_column_text(st, 3), *c3 = sqlite3_column_text(st, 4);
        uint32_t n = (uint32_t)sqlite3_column_int64(st, 5);
        int r = root ? atoi((const char *)root) : 0;
        if (r >= 18 && r <= 20) {
            p->viol[dir] += n;
        } else if (c3 && strcmp((const char *)c3, "112") == 0) {
            p->acc[dir] += n;
        } else if ((r >= 2 && r <= 5) || r == 8) {
            p->talk += n;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return sql_fail(c, "cannot read the ledger's events");
    }
    const char *ex2[] = {r0, r1, NULL};
    st = prepare(c, "SELECT date, count(*) FROM stories WHERE status <> 'error' AND date BETWEEN ? AND ?"
                 " GROUP BY date", NULL, ex2);
    if (!st) {
        return EXIT_INTERNAL;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        truce_day x = col_day(st, 0);
        if (x != TRUCE_NODAY && x >= L->first && x <= L->last) {
            L->period[(x - L->first) / L->unit].stories += (uint32_t)sqlite3_column_int64(st, 1);
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return sql_fail(c, "cannot read the stories");
    }
    /* before and after: violations per story, their ratio and its 95 %
     * interval (Poisson counts, the stories taken as the exposure) */
    if (lo->ceasefire != TRUCE_NODAY) {
        for (size_t i = 0; i < L->n_period; i++) {
            const report_period *p = &L->period[i];
            bool after = p->start >= lo->ceasefire;
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
    return EXIT_OK;
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
    progress_step(prog, "counting", 1, 6);
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
    char r0[11], r1[11];
    truce_day_format(d->first, r0);
    truce_day_format(d->last, r1);
    const char *ex[] = {r0, r1, NULL};
    progress_step(prog, "timeline", 2, 6);
    if ((rc = load_timeline(&c, &w, d, r0, r1)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "ceasefire ledger", 3, 6);
    if (lo->parties && (rc = load_ledger(&c, f, lo, d)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "dyads", 4, 6);
    if ((rc = load_dyads(&c, &w, d, ex)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "map", 5, 6);
    if ((rc = load_points(&c, &w, d, ex)) != EXIT_OK) {
        goto done;
    }
    progress_step(prog, "evidence", 6, 6);
    rc = load_evidence(&c, &w, d, ex);
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
