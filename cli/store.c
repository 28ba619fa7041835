/* store.c — the SQLite event store (see store.h).
 *
 * Durability: WAL journal with synchronous=NORMAL, which keeps the database
 * consistent whatever the moment a process is killed (a power cut may lose
 * the last committed batches, never consistency). A second ingest waits for
 * the first one's transaction (busy timeout) instead of failing.
 */
#include "store.h"

#include <nettle/sha2.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCHEMA_VERSION "1"

enum { Q_FIND, Q_DELETE, Q_REPLACE, Q_STORY, Q_EVENT, Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_COUNT };

static const char *const sql[Q_COUNT] = {
    [Q_FIND] = "SELECT id, status FROM stories WHERE story_id = ?1 AND digest = ?2",
    [Q_DELETE] = "DELETE FROM events WHERE story = ?13",
    /* a story stored with an error, tried again: it keeps its place */
    [Q_REPLACE] = "UPDATE stories SET input = ?3, line = ?4, date = ?5, title = ?6, source = ?7, url = ?8,"
                  " status = ?9, events = ?10, error = ?11, offset = ?12,"
                  " ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?13",
    [Q_STORY] = "INSERT INTO stories (story_id, digest, input, line, date, title, source, url,"
                " status, events, error, offset) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
    [Q_EVENT] = "INSERT INTO events (story, seq, json, date, source, source_country, target,"
                " target_country, code, root, quad_class, goldstein, plover, location_name,"
                " location_country, lat, lon)"
                " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)",
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
};

struct store {
    sqlite3 *db;
    sqlite3_stmt *q[Q_COUNT];
};

/* The schema. Events keep the exact JSON object of `truce code`, and the
 * fields users query as columns beside it (indexed where a query usually
 * starts: date, code, dyad, place's country). */
static const char schema[] =
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "INSERT OR IGNORE INTO meta VALUES ('schema', '" SCHEMA_VERSION "');\n"
    "CREATE TABLE IF NOT EXISTS stories (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  story_id TEXT NOT NULL,\n"
    "  digest TEXT NOT NULL,            -- SHA-256 of the input bytes\n"
    "  input TEXT NOT NULL,             -- file first read from\n"
    "  line INTEGER,                    -- JSON Lines line, 0 for a text file\n"
    "  date TEXT, title TEXT, source TEXT, url TEXT,\n"
    "  status TEXT NOT NULL CHECK (status IN ('ok', 'no_event', 'error')),\n"
    "  events INTEGER NOT NULL,\n"
    "  error TEXT,\n"
    "  offset INTEGER,\n"
    "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
    "  UNIQUE (story_id, digest));\n"
    "CREATE TABLE IF NOT EXISTS events (\n"
    "  story INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  json TEXT NOT NULL,              -- the event as 'truce code' writes it\n"
    "  date TEXT,\n"
    "  source TEXT,\n"
    "  source_country TEXT,\n"
    "  target TEXT,\n"
    "  target_country TEXT,\n"
    "  code TEXT,\n"
    "  root TEXT,\n"
    "  quad_class INTEGER,\n"
    "  goldstein REAL,\n"
    "  plover TEXT,\n"
    "  location_name TEXT,\n"
    "  location_country TEXT,\n"
    "  lat REAL,\n"
    "  lon REAL,\n"
    "  PRIMARY KEY (story, seq)) WITHOUT ROWID;\n"
    "CREATE INDEX IF NOT EXISTS events_date ON events (date);\n"
    "CREATE INDEX IF NOT EXISTS events_code ON events (code);\n"
    "CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country);\n"
    "CREATE INDEX IF NOT EXISTS events_place ON events (location_country);\n";

void store_digest_of(const void *data, size_t len, store_digest *out)
{
    struct sha256_ctx c;
    uint8_t d[SHA256_DIGEST_SIZE];
    static const char hex[] = "0123456789abcdef";
    sha256_init(&c);
    sha256_update(&c, len, data);
    sha256_digest(&c, sizeof d, d);
    for (size_t i = 0; i < sizeof d; i++) {
        out->hex[2 * i] = hex[d[i] >> 4];
        out->hex[2 * i + 1] = hex[d[i] & 15];
    }
    out->hex[64] = 0;
}

const char *store_errmsg(const store *s)
{
    return s && s->db ? sqlite3_errmsg(s->db) : "out of memory";
}

void store_close(store *s)
{
    if (!s) {
        return;
    }
    for (int i = 0; i < Q_COUNT; i++) {
        sqlite3_finalize(s->q[i]);
    }
    sqlite3_close(s->db);
    free(s);
}

store *store_open(const char *path, bool create, char *err, size_t err_cap)
{
    store *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, err_cap, "out of memory");
        return NULL;
    }
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        snprintf(err, err_cap, "%s: cannot open the database: %s", path,
                 s->db ? sqlite3_errmsg(s->db) : "out of memory");
        store_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 60000);
    char *msg = NULL;
    /* schema statements are constants: exec is fine; data only ever goes
     * through the prepared statements below */
    if (sqlite3_exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;",
                     NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(s->db, "BEGIN IMMEDIATE;", NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(s->db, schema, NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(s->db, "COMMIT;", NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, err_cap, "%s: not a truce store, or cannot set it up: %s", path,
                 msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        store_close(s);
        return NULL;
    }
    /* a store made by a later truce has a schema we do not know */
    sqlite3_stmt *v = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'schema'", -1, &v, NULL) == SQLITE_OK &&
        sqlite3_step(v) == SQLITE_ROW) {
        const char *ver = (const char *)sqlite3_column_text(v, 0);
        if (!ver || strcmp(ver, SCHEMA_VERSION) != 0) {
            snprintf(err, err_cap, "%s: store schema version %s, this truce reads version %s", path,
                     ver ? ver : "(none)", SCHEMA_VERSION);
            sqlite3_finalize(v);
            store_close(s);
            return NULL;
        }
    }
    sqlite3_finalize(v);
    for (int i = 0; i < Q_COUNT; i++) {
        if (sqlite3_prepare_v3(s->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->q[i], NULL) != SQLITE_OK) {
            snprintf(err, err_cap, "%s: %s", path, sqlite3_errmsg(s->db));
            store_close(s);
            return NULL;
        }
    }
    return s;
}

static bool run(store *s, int q)
{
    int rc = sqlite3_step(s->q[q]);
    sqlite3_reset(s->q[q]);
    return rc == SQLITE_DONE;
}

bool store_begin(store *s)
{
    return run(s, Q_BEGIN);
}

bool store_commit(store *s)
{
    return run(s, Q_COMMIT);
}

void store_rollback(store *s)
{
    if (!sqlite3_get_autocommit(s->db)) {
        run(s, Q_ROLLBACK);
    }
}

static void bind_text(sqlite3_stmt *q, int i, const char *p, size_t len)
{
    if (p) {
        sqlite3_bind_text64(q, i, p, len, SQLITE_TRANSIENT, SQLITE_UTF8);
    } else {
        sqlite3_bind_null(q, i);
    }
}

int store_add_story(store *s, const store_story *st, int64_t *rowid)
{
    sqlite3_stmt *f = s->q[Q_FIND];
    bind_text(f, 1, st->story_id, st->story_id_len);
    bind_text(f, 2, st->digest->hex, 64);
    int rc = sqlite3_step(f);
    int64_t old = -1;
    bool was_error = false;
    if (rc == SQLITE_ROW) {
        old = sqlite3_column_int64(f, 0);
        const unsigned char *status = sqlite3_column_text(f, 1);
        was_error = status && strcmp((const char *)status, "error") == 0;
    }
    sqlite3_reset(f);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        return -1;
    }
    if (old >= 0 && !was_error) {
        return 0;
    }
    if (old >= 0) {
        sqlite3_bind_int64(s->q[Q_DELETE], 13, old);
        if (!run(s, Q_DELETE)) {
            return -1;
        }
    }
    sqlite3_stmt *q = s->q[old >= 0 ? Q_REPLACE : Q_STORY];
    bind_text(q, 1, st->story_id, st->story_id_len);
    bind_text(q, 2, st->digest->hex, 64);
    bind_text(q, 3, st->input, strlen(st->input));
    sqlite3_bind_int64(q, 4, st->line);
    bind_text(q, 5, st->date, st->date ? strlen(st->date) : 0);
    bind_text(q, 6, st->title, st->title_len);
    bind_text(q, 7, st->source, st->source_len);
    bind_text(q, 8, st->url, st->url_len);
    bind_text(q, 9, st->status, strlen(st->status));
    sqlite3_bind_int64(q, 10, (sqlite3_int64)st->events);
    bind_text(q, 11, st->error, st->error ? strlen(st->error) : 0);
    if (st->offset >= 0) {
        sqlite3_bind_int64(q, 12, st->offset);
    } else {
        sqlite3_bind_null(q, 12);
    }
    if (old >= 0) {
        sqlite3_bind_int64(q, 13, old);
    }
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_DONE) {
        return -1;
    }
    *rowid = old >= 0 ? old : sqlite3_last_insert_rowid(s->db);
    return old >= 0 ? 2 : 1;
}

/* Columns are kept as fields each ended by a NUL, a field being 'n' (SQL
 * NULL) or 'v' and the value's text; numbers are bound as text and take
 * the column's affinity. */
enum { N_COLS = 14 };

static void put_col(truce_buf *b, const char *v)
{
    truce_buf_put(b, v ? "v" : "n", 1);
    truce_buf_put(b, v ? v : "", v ? strlen(v) + 1 : 1);
}

void store_columns(truce_buf *b, const truce_event *ev)
{
    char date[11], quad[8], gold[32], lat[32], lon[32];
    bool placed = ev->location_name && ev->lat == ev->lat && ev->lon == ev->lon;
    if (ev->date != TRUCE_NODAY) {
        truce_day_format(ev->date, date);
    }
    snprintf(quad, sizeof quad, "%d", ev->quad_class);
    snprintf(gold, sizeof gold, "%.1f", ev->goldstein);
    snprintf(lat, sizeof lat, "%.5f", ev->lat);
    snprintf(lon, sizeof lon, "%.5f", ev->lon);
    put_col(b, ev->date != TRUCE_NODAY ? date : NULL);
    put_col(b, ev->source);
    put_col(b, ev->source_country);
    put_col(b, ev->target && ev->target[0] ? ev->target : NULL);
    put_col(b, ev->target_country);
    put_col(b, ev->code);
    put_col(b, ev->root);
    put_col(b, quad);
    put_col(b, gold);
    put_col(b, ev->plover);
    put_col(b, ev->location_name);
    put_col(b, ev->location_name ? ev->location_country : NULL);
    put_col(b, placed ? lat : NULL);
    put_col(b, placed ? lon : NULL);
}

bool store_add_event(store *s, int64_t rowid, unsigned seq, const char *json, size_t len,
                     const char **cols, const char *cols_end)
{
    sqlite3_stmt *q = s->q[Q_EVENT];
    sqlite3_bind_int64(q, 1, rowid);
    sqlite3_bind_int64(q, 2, seq);
    sqlite3_bind_text64(q, 3, json, len, SQLITE_STATIC, SQLITE_UTF8);
    const char *p = *cols;
    for (int i = 0; i < N_COLS; i++) {
        const char *z = p < cols_end ? memchr(p, 0, (size_t)(cols_end - p)) : NULL;
        if (!z) {
            sqlite3_bind_null(q, 4 + i);   /* not reached: store_columns wrote them */
            continue;
        }
        if (*p == 'v') {
            sqlite3_bind_text64(q, 4 + i, p + 1, (size_t)(z - p - 1), SQLITE_STATIC, SQLITE_UTF8);
        } else {
            sqlite3_bind_null(q, 4 + i);
        }
        p = z + 1;
    }
    *cols = p;
    return run(s, Q_EVENT);
}

/* Rows of a one-column query printed as "label: value" lines; the number of
 * rows, or -1. */
static long report_rows(store *s, FILE *out, const char *query, const char *label)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, query, -1, &q, NULL) != SQLITE_OK) {
        fprintf(out, "check: %s\n", sqlite3_errmsg(s->db));
        return -1;
    }
    long n = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(q, 0);
        fprintf(out, "%s: %s\n", label, t ? (const char *)t : "(null)");
        n++;
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? n : -1;
}

long store_check(store *s, void *f)
{
    FILE *out = f;
    long problems = 0, n;
    /* integrity_check prints "ok" when all is well */
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "PRAGMA integrity_check", -1, &q, NULL) != SQLITE_OK) {
        fprintf(out, "integrity: %s\n", sqlite3_errmsg(s->db));
        return -1;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(q, 0);
        fprintf(out, "integrity: %s\n", t ? (const char *)t : "(null)");
        if (!t || strcmp((const char *)t, "ok") != 0) {
            problems++;
        }
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) {
        return -1;
    }
    static const struct {
        const char *label, *query;
    } checks[] = {
        {"foreign key", "SELECT 'event ' || rowid || ' of missing story' FROM pragma_foreign_key_check('events')"},
        {"event count", "SELECT s.story_id || ': says ' || s.events || ' events, has ' || count(e.seq)"
                        " FROM stories s LEFT JOIN events e ON e.story = s.id"
                        " GROUP BY s.id HAVING count(e.seq) != s.events"},
        {"duplicate story", "SELECT story_id || ' stored ' || count(*) || ' times' FROM stories"
                            " GROUP BY story_id, digest HAVING count(*) > 1"},
        {"columns", "SELECT 'event ' || seq || ' of story ' || story || ': a column differs from its JSON'"
                    " FROM events WHERE date IS NOT json_extract(json, '$.date')"
                    " OR source IS NOT json_extract(json, '$.source')"
                    " OR source_country IS NOT json_extract(json, '$.source_country')"
                    " OR target IS NOT nullif(json_extract(json, '$.target'), '')"
                    " OR target_country IS NOT json_extract(json, '$.target_country')"
                    " OR code IS NOT json_extract(json, '$.code') OR root IS NOT json_extract(json, '$.root')"
                    " OR quad_class IS NOT json_extract(json, '$.quad_class')"
                    " OR goldstein IS NOT json_extract(json, '$.goldstein')"
                    " OR plover IS NOT json_extract(json, '$.plover')"
                    " OR location_name IS NOT json_extract(json, '$.location.name')"
                    " OR location_country IS NOT json_extract(json, '$.location.country')"
                    " OR lat IS NOT json_extract(json, '$.location.lat')"
                    " OR lon IS NOT json_extract(json, '$.location.lon')"},
        {"bad status", "SELECT story_id || ': status ' || status || ' with ' || events || ' events'"
                       " FROM stories WHERE (status = 'ok') != (events > 0) OR"
                       " (status = 'error') != (error IS NOT NULL)"},
    };
    for (size_t i = 0; i < sizeof checks / sizeof *checks; i++) {
        n = report_rows(s, out, checks[i].query, checks[i].label);
        if (n < 0) {
            return -1;
        }
        problems += n;
    }
    n = report_rows(s, out,
                    "SELECT count(*) || ' stories: ' || sum(status = 'ok') || ' with events, ' ||"
                    " sum(status = 'no_event') || ' with no event, ' || sum(status = 'error') ||"
                    " ' with errors; ' || (SELECT count(*) FROM events) || ' events' FROM stories",
                    "stored");
    return n < 0 ? -1 : problems;
}

bool store_export(store *s, void *f, bool statuses)
{
    FILE *out = f;
    sqlite3_stmt *q;
    /* each story's events in order, then (with statuses) its status record,
     * built by SQLite's JSON functions so that it is always valid JSON */
    const char *query = statuses
        ? "SELECT json FROM (SELECT e.story AS k, e.seq AS seq, e.json AS json FROM events e"
          " UNION ALL SELECT id, 1e18, json_object('story_id', story_id, 'status', status, 'events', events,"
          " 'error', error, 'offset', offset) FROM stories) ORDER BY k, seq"
        : "SELECT json FROM events ORDER BY story, seq";
    if (sqlite3_prepare_v2(s->db, query, -1, &q, NULL) != SQLITE_OK) {
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const void *t = sqlite3_column_text(q, 0);
        int len = sqlite3_column_bytes(q, 0);
        fwrite(t, 1, (size_t)len, out);
        fputc('\n', out);
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE;
}
