/* store.c — the SQLite event store (see store.h): opening, the schema,
 * what codes the stories, adding stories, events, sentences and incidents,
 * replacing a story's events, export. The checker and the migration from
 * version 1 are in store_check.c.
 *
 * Durability: WAL journal with synchronous=NORMAL, which keeps the database
 * consistent whatever the moment a process is killed (a power cut may lose
 * the last committed batches, never consistency). A second ingest waits for
 * the first one's transaction (busy timeout) instead of failing; queries
 * read while an ingest writes.
 */
#include "store_int.h"

#include "incidents.h"

#include <math.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static const char *const sql[Q_COUNT] = {
    [Q_FIND] = "SELECT id, status, text IS NULL FROM stories WHERE story_id = ?1 AND digest = ?2",
    /* a story stored with an error, or without its text, read again: it
     * keeps its place */
    [Q_REPLACE] = "UPDATE stories SET input = ?3, line = ?4, date = ?5, title = ?6, source = ?7, url = ?8,"
                  " status = ?9, events = ?10, error = ?11, offset = ?12, coding = ?14, date_from = ?15,"
                  " body_offset = ?16, dateline_start = ?17, dateline_len = ?18, text_len = ?19, text = ?20,"
                  " ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?13",
    [Q_STORY] = "INSERT INTO stories (story_id, digest, input, line, date, title, source, url,"
                " status, events, error, offset, coding, date_from, body_offset, dateline_start, dateline_len,"
                " text_len, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?14,?15,?16,?17,?18,?19,?20)",
    [Q_EVENT] = "INSERT INTO events (story, seq, event_id, sentence, date, date_source, date_precision,"
                " source, source_country, target, target_country, code, root, quad_class, goldstein, plover,"
                " location_name, location_country, location_admin1, location_precision, lat, lon, geonameid,"
                " loc_start, loc_end, span_start, span_end, pattern, historical, confidence, issues, actor_a,"
                " actor_b, incident, json)"
                " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,"
                "?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,?34,?35)",
    [Q_SENTENCE] = "INSERT INTO sentences (story, sentence, text) VALUES (?1, ?2, ?3)"
                   " ON CONFLICT (story, sentence) DO NOTHING",
    [Q_FTS] = "INSERT INTO sentences_fts (rowid, text) VALUES (?1, ?2)",
    [Q_INCIDENT] = "INSERT INTO incidents (id, key, date, day, actor_a, actor_b, root, place, first, first_key,"
                   " first_seen, last_seen, mentions, stories, sources)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                   " ON CONFLICT (id) DO UPDATE SET mentions = mentions + ?13, stories = stories + ?14,"
                   " sources = sources + ?15,"
                   " first = CASE WHEN excluded.first_key < first_key THEN excluded.first ELSE first END,"
                   " first_key = min(first_key, excluded.first_key),"
                   " first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen"
                   " THEN excluded.first_seen ELSE first_seen END,"
                   " last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen"
                   " THEN excluded.last_seen ELSE last_seen END",
    /* whether another story of the incident has the same source */
    [Q_SOURCE_SEEN] = "SELECT EXISTS (SELECT 1 FROM events e JOIN stories s ON s.id = e.story"
                      " WHERE e.incident = ?1 AND s.source = ?2 AND e.story <> ?3)",
    [Q_TOUCH] = "INSERT OR IGNORE INTO temp.touched (id) VALUES (?1)",
    [Q_TOUCH_STORY] = "INSERT OR IGNORE INTO temp.touched (id) SELECT incident FROM events WHERE story = ?1",
    [Q_FTS_DELETE] = "INSERT INTO sentences_fts (sentences_fts, rowid, text)"
                     " SELECT 'delete', id, text FROM sentences WHERE story = ?1",
    [Q_SENTENCES_DELETE] = "DELETE FROM sentences WHERE story = ?1",
    [Q_EVENTS_DELETE] = "DELETE FROM events WHERE story = ?1",
    [Q_RECOUNT] = "UPDATE incidents SET (mentions, stories, sources, first_seen, last_seen) ="
                  " (SELECT count(*), count(DISTINCT e.story), count(DISTINCT coalesce(s.source, '#' || s.id)),"
                  " min(s.date), max(s.date) FROM events e JOIN stories s ON s.id = e.story"
                  " WHERE e.incident = incidents.id)"
                  " WHERE id IN (SELECT id FROM temp.touched)",
    [Q_REFIRST] = "UPDATE incidents SET (first, first_key) ="
                  " (SELECT e.id, " STORE_FIRST_KEY " AS k FROM events e JOIN stories s ON s.id = e.story"
                  " WHERE e.incident = incidents.id ORDER BY k LIMIT 1)"
                  " WHERE id IN (SELECT id FROM temp.touched) AND mentions > 0",
    [Q_DROP_EMPTY] = "DELETE FROM incidents WHERE mentions = 0 AND id IN (SELECT id FROM temp.touched)",
    [Q_UNTOUCH] = "DELETE FROM temp.touched",
    [Q_STORY_INFO] = "SELECT source, date, digest FROM stories WHERE id = ?1",
    [Q_RECODED] = "UPDATE stories SET status = ?2, events = ?3, error = ?4, offset = ?5, coding = ?6 WHERE id = ?1",
    [Q_STALE] = "SELECT id, story_id, date, date_from, body_offset, dateline_start, dateline_len, text_len, text"
                " FROM stories WHERE id > ?1 AND text IS NOT NULL AND coding NOT IN"
                " (SELECT c.id FROM codings c JOIN codings k ON k.id = ?2"
                " WHERE c.knowledge = k.knowledge AND c.options = k.options) ORDER BY id LIMIT 1",
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
};

/* The schema (version 2). Events keep every field of the contract as a
 * column (and the JSON object of `truce code` only when the columns do not
 * give it back exactly), indexed where a query usually starts: the date,
 * the actor pair, the incident, the story. The date's index carries the
 * code (a root is its prefix), the incident and the Goldstein score too,
 * so that a series — of a root, counted by incident — reads the index
 * alone, and a code is filtered there. Every index costs the ingest: four
 * it is. */
static const char schema[] =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "INSERT INTO meta VALUES ('schema', '2'), ('incident_policy', '" INCIDENT_POLICY "');\n"
    "CREATE TABLE codings (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  version TEXT NOT NULL,           -- truce version\n"
    "  knowledge TEXT NOT NULL,         -- SHA-256 over the parts\n"
    "  parts TEXT NOT NULL,             -- built-in image, --dict files, gazetteer, with digests\n"
    "  options TEXT NOT NULL,           -- coding options that change events\n"
    "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
    "  UNIQUE (version, knowledge, options));\n"
    "CREATE TABLE stories (\n"
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
    "  coding INTEGER REFERENCES codings (id),\n"
    "  date_from INTEGER,               -- 0 none, 1 input, 2 dateline, 3 --date\n"
    "  body_offset INTEGER,\n"
    "  dateline_start INTEGER, dateline_len INTEGER,  -- the dateline's place in the text\n"
    "  text_len INTEGER,                -- bytes of the text\n"
    "  text BLOB,                       -- the text, zlib-compressed; NULL: not stored\n"
    "  UNIQUE (story_id, digest));\n"
    "CREATE INDEX stories_date ON stories (date);\n"
    "CREATE TABLE events (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  story INTEGER NOT NULL REFERENCES stories (id),\n"
    "  seq INTEGER NOT NULL,\n"
    "  event_id TEXT NOT NULL, sentence INTEGER NOT NULL,\n"
    "  date TEXT, date_source TEXT, date_precision TEXT,\n"
    "  source TEXT, source_country TEXT, target TEXT, target_country TEXT,\n"
    "  code TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,\n"
    "  location_name TEXT, location_country TEXT, location_admin1 TEXT, location_precision TEXT,\n"
    "  lat REAL, lon REAL, geonameid INTEGER,\n"
    "  loc_start INTEGER, loc_end INTEGER,  -- the place's name in the story text\n"
    "  span_start INTEGER, span_end INTEGER, pattern TEXT,\n"
    "  historical INTEGER NOT NULL, confidence REAL,\n"
    "  issues TEXT,                     -- CODE,n;CODE,n with an issues dictionary\n"
    "  actor_a TEXT NOT NULL, actor_b TEXT NOT NULL,  -- the unordered pair: country, else actor\n"
    "  incident TEXT NOT NULL,          -- incidents.id\n"
    "  json TEXT);                      -- the event as 'truce code' writes it, when its columns\n"
    "                                   -- (and its sentence) do not give it back exactly\n"
    "CREATE UNIQUE INDEX events_story ON events (story, seq);\n"
    "CREATE INDEX events_date ON events (date, code, incident, goldstein);\n"
    "CREATE INDEX events_pair ON events (actor_a, actor_b, date);\n"
    "CREATE INDEX events_incident ON events (incident);\n"
    "CREATE TABLE sentences (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  story INTEGER NOT NULL REFERENCES stories (id),\n"
    "  sentence INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL);\n"
    "CREATE UNIQUE INDEX sentences_story ON sentences (story, sentence);\n"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = 'sentences', content_rowid = 'id',"
    " tokenize = 'unicode61 remove_diacritics 2', columnsize = 0);\n"
    "CREATE TABLE incidents (\n"
    "  id TEXT PRIMARY KEY,             -- 16 hex digits of SHA-256(key)\n"
    "  key TEXT NOT NULL,               -- policy|when|actor a|actor b|root|place\n"
    "  date TEXT,                       -- when: a day, a month or a year; NULL undated\n"
    "  day TEXT,                        -- its first day\n"
    "  actor_a TEXT NOT NULL, actor_b TEXT NOT NULL, root TEXT,\n"
    "  place TEXT NOT NULL,             -- '' for none\n"
    "  first INTEGER,                   -- events.id of the first mention\n"
    "  first_key TEXT NOT NULL,         -- its story date, event id and story digest\n"
    "  first_seen TEXT, last_seen TEXT, -- the first and last story dates that mention it\n"
    "  mentions INTEGER NOT NULL, stories INTEGER NOT NULL, sources INTEGER NOT NULL\n"
    ") WITHOUT ROWID;\n"
    "CREATE INDEX incidents_day ON incidents (day);\n"
    "CREATE INDEX incidents_pair ON incidents (actor_a, actor_b, day);\n";

bool store_create_schema(store *s)
{
    return sqlite3_exec(s->db, schema, NULL, NULL, NULL) == SQLITE_OK;
}

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

sqlite3 *store_db(store *s)
{
    return s->db;
}

int store_schema(const store *s)
{
    return s->schema;
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
    for (size_t i = 0; i < s->cap_agg; i++) {
        free(s->agg[i].key);
        free(s->agg[i].first_key);
    }
    free(s->agg);
    free(s->cur_inc);
    free(s->cur_source);
    free(s);
}

/* One value of a one-row query, copied into out ("" when there is no row
 * or it is NULL). false on error. */
bool store_value(store *s, const char *query, const char *arg, char *out, size_t cap)
{
    sqlite3_stmt *q;
    out[0] = 0;
    if (sqlite3_prepare_v2(s->db, query, -1, &q, NULL) != SQLITE_OK) {
        return false;
    }
    if (arg) {
        sqlite3_bind_text(q, 1, arg, -1, SQLITE_STATIC);
    }
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW && sqlite3_column_text(q, 0)) {
        snprintf(out, cap, "%s", (const char *)sqlite3_column_text(q, 0));
    }
    sqlite3_finalize(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* The store's schema version: 0 for a new (empty) database, -1 for one
 * that is not a truce store, -2 on error. */
static int read_schema(store *s)
{
    char v[32];
    if (!store_value(s, "SELECT count(*) FROM sqlite_schema", NULL, v, sizeof v)) {
        return -2;
    }
    if (strcmp(v, "0") == 0) {
        return 0;
    }
    if (!store_value(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'meta' AND type = 'table'", NULL, v,
                     sizeof v)) {
        return -2;
    }
    if (strcmp(v, "1") != 0 ||
        !store_value(s, "SELECT value FROM meta WHERE key = 'schema'", NULL, v, sizeof v) || !v[0]) {
        return -1;
    }
    return atoi(v) > 0 ? atoi(v) : -1;
}

store *store_open(const char *path, unsigned flags, char *err, size_t err_cap)
{
    store *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, err_cap, "out of memory");
        return NULL;
    }
    /* a store belongs to one thread: no locking inside SQLite */
    int oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (flags & STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
        snprintf(err, err_cap, "%s: cannot open the database: %s", path,
                 s->db ? sqlite3_errmsg(s->db) : "out of memory");
        store_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 60000);
    char *msg = NULL;
    /* schema statements are constants: exec is fine; data only ever goes
     * through prepared statements. Pages of 16 KiB (for a new store; an
     * existing one keeps its own) and a checkpoint every 128 MiB of journal
     * write a store's pages fewer times. secure_delete (on in Debian's
     * SQLite) would zero what a re-code deletes: not needed here. */
    if (sqlite3_exec(s->db, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                            " PRAGMA cache_size=-131072; PRAGMA wal_autocheckpoint=8192;"
                            " PRAGMA temp_store=MEMORY; PRAGMA secure_delete=OFF;",
                     NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, err_cap, "%s: not a truce store: %s", path, msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        store_close(s);
        return NULL;
    }
    s->schema = read_schema(s);
    if (s->schema == 0 && (flags & STORE_CREATE)) {
        if (sqlite3_exec(s->db, "BEGIN IMMEDIATE;", NULL, NULL, &msg) != SQLITE_OK) {
            goto bad;
        }
        /* another ingest may have made it meanwhile */
        s->schema = read_schema(s);
        if (s->schema == 0 && !store_create_schema(s)) {
            sqlite3_exec(s->db, "ROLLBACK;", NULL, NULL, NULL);
            goto bad;
        }
        if (sqlite3_exec(s->db, "COMMIT;", NULL, NULL, &msg) != SQLITE_OK) {
            goto bad;
        }
        s->schema = read_schema(s);
    }
    if (s->schema == 0 && !(flags & STORE_ANY_SCHEMA)) {
        snprintf(err, err_cap, "%s: an empty database, not a truce store (make one with 'truce ingest %s FILE')", path,
                 path);
        store_close(s);
        return NULL;
    }
    if (s->schema == 0) {
        return s;   /* an ingest killed before it made the store: nothing in it */
    }
    if (s->schema < 0) {
        snprintf(err, err_cap, "%s: not a truce store%s%s", path, s->schema == -2 ? ": " : "",
                 s->schema == -2 ? sqlite3_errmsg(s->db) : " (no meta table naming its schema)");
        store_close(s);
        return NULL;
    }
    if (s->schema == 1 && !(flags & STORE_ANY_SCHEMA)) {
        snprintf(err, err_cap, "%s: a store of schema version 1 (made by an older truce: no story text, no incidents);"
                 " convert it in place with 'truce db migrate %s' (its stories and events are kept)", path, path);
        store_close(s);
        return NULL;
    }
    if (s->schema > STORE_SCHEMA) {
        snprintf(err, err_cap, "%s: store schema version %d, this truce reads versions 1 and %d", path, s->schema,
                 STORE_SCHEMA);
        store_close(s);
        return NULL;
    }
    if (sqlite3_exec(s->db, "CREATE TEMP TABLE IF NOT EXISTS touched (id TEXT PRIMARY KEY);", NULL, NULL, &msg) !=
        SQLITE_OK) {
        goto bad;
    }
    if (s->schema == STORE_SCHEMA && !store_prepare(s, err, err_cap, path)) {
        store_close(s);
        return NULL;
    }
    return s;
bad:
    snprintf(err, err_cap, "%s: cannot set up the store: %s", path, msg ? msg : sqlite3_errmsg(s->db));
    sqlite3_free(msg);
    store_close(s);
    return NULL;
}

bool store_prepare(store *s, char *err, size_t err_cap, const char *path)
{
    for (int i = 0; i < Q_COUNT; i++) {
        if (!s->q[i] && sqlite3_prepare_v3(s->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->q[i], NULL) != SQLITE_OK) {
            snprintf(err, err_cap, "%s: %s", path, sqlite3_errmsg(s->db));
            return false;
        }
    }
    return true;
}

static bool run(store *s, int q)
{
    int rc = sqlite3_step(s->q[q]);
    sqlite3_reset(s->q[q]);
    sqlite3_clear_bindings(s->q[q]);
    return rc == SQLITE_DONE;
}

bool store_begin(store *s)
{
    return run(s, Q_BEGIN);
}

/* Bring the incidents touched by replaced or re-coded stories up to date
 * from their events. */
bool store_settle_incidents(store *s)
{
    if (!s->n_touched) {
        return true;
    }
    s->n_touched = 0;
    return run(s, Q_RECOUNT) && run(s, Q_REFIRST) && run(s, Q_DROP_EMPTY) && run(s, Q_UNTOUCH);
}

bool store_commit(store *s)
{
    if (!store_flush_incidents(s) || !store_settle_incidents(s)) {
        return false;
    }
    return run(s, Q_COMMIT);
}

void store_rollback(store *s)
{
    if (!sqlite3_get_autocommit(s->db)) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    }
    s->n_touched = 0;
    sqlite3_exec(s->db, "DELETE FROM temp.touched", NULL, NULL, NULL);
    for (size_t i = 0; i < s->cap_agg; i++) {
        free(s->agg[i].key);
        free(s->agg[i].first_key);
    }
    if (s->agg) {
        memset(s->agg, 0, s->cap_agg * sizeof *s->agg);
    }
    s->n_agg = 0;
}

static void bind_text(sqlite3_stmt *q, int i, const char *p, size_t len)
{
    if (p) {
        sqlite3_bind_text64(q, i, p, len, SQLITE_TRANSIENT, SQLITE_UTF8);
    } else {
        sqlite3_bind_null(q, i);
    }
}

/* The story whose events follow: its source and date count its incidents'
 * sources and first and last mentions; its digest orders first mentions. */
static bool set_current(store *s, int64_t rowid, const char *source, size_t source_len, const char *date,
                        const char *digest, bool replacing)
{
    s->cur_rowid = rowid;
    s->cur_replacing = replacing;
    s->cur_n_inc = 0;
    s->cur_sentence = 0;
    free(s->cur_source);
    s->cur_source = NULL;
    if (source) {
        s->cur_source = malloc(source_len + 1);
        if (!s->cur_source) {
            return false;
        }
        memcpy(s->cur_source, source, source_len);
        s->cur_source[source_len] = 0;
    }
    snprintf(s->cur_date, sizeof s->cur_date, "%s", date ? date : "");
    snprintf(s->cur_digest, sizeof s->cur_digest, "%s", digest ? digest : "");
    return true;
}

/* Take away a story's events, sentences and their index entries; the
 * incidents they counted are marked for store_commit. */
static bool delete_events(store *s, int64_t rowid)
{
    static const int qs[] = {Q_TOUCH_STORY, Q_FTS_DELETE, Q_SENTENCES_DELETE, Q_EVENTS_DELETE};
    for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
        sqlite3_bind_int64(s->q[qs[i]], 1, rowid);
        if (!run(s, qs[i])) {
            return false;
        }
    }
    s->n_touched++;
    return true;
}

int store_add_story(store *s, const store_story *st, int64_t *rowid)
{
    sqlite3_stmt *f = s->q[Q_FIND];
    bind_text(f, 1, st->story_id, st->story_id_len);
    bind_text(f, 2, st->digest->hex, 64);
    int rc = sqlite3_step(f);
    int64_t old = -1;
    bool again = false, refill = false;
    if (rc == SQLITE_ROW) {
        old = sqlite3_column_int64(f, 0);
        const unsigned char *status = sqlite3_column_text(f, 1);
        /* an error is tried again; a story kept without its text (from a
         * version 1 store) is coded again when its text comes */
        again = status && strcmp((const char *)status, "error") == 0;
        refill = !again && sqlite3_column_int(f, 2) && st->text_z;
        again = again || refill;
    }
    sqlite3_reset(f);
    sqlite3_clear_bindings(f);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        return -1;
    }
    if (old >= 0 && !again) {
        return 0;
    }
    if (old >= 0 && !delete_events(s, old)) {
        return -1;
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
    }
    if (old >= 0) {
        sqlite3_bind_int64(q, 13, old);
    }
    if (s->coding > 0) {
        sqlite3_bind_int64(q, 14, s->coding);
    }
    if (st->text_z) {
        sqlite3_bind_int(q, 15, st->date_from);
        sqlite3_bind_int64(q, 16, (sqlite3_int64)st->body_offset);
        if (st->dateline_start >= 0) {
            sqlite3_bind_int64(q, 17, st->dateline_start);
            sqlite3_bind_int64(q, 18, (sqlite3_int64)st->dateline_len);
        }
        sqlite3_bind_int64(q, 19, (sqlite3_int64)st->text_len);
        sqlite3_bind_blob64(q, 20, st->text_z, st->text_z_len, SQLITE_STATIC);
    }
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_DONE) {
        return -1;
    }
    *rowid = old >= 0 ? old : sqlite3_last_insert_rowid(s->db);
    if (!set_current(s, *rowid, st->source, st->source_len, st->date, st->digest->hex, old >= 0)) {
        return -1;
    }
    return old < 0 ? 1 : refill ? 3 : 2;
}

bool store_recoded(store *s, int64_t rowid, const char *status, size_t events, const char *error,
                   long long offset)
{
    if (!delete_events(s, rowid)) {
        return false;
    }
    sqlite3_stmt *q = s->q[Q_RECODED];
    sqlite3_bind_int64(q, 1, rowid);
    bind_text(q, 2, status, strlen(status));
    sqlite3_bind_int64(q, 3, (sqlite3_int64)events);
    bind_text(q, 4, error, error ? strlen(error) : 0);
    if (offset >= 0) {
        sqlite3_bind_int64(q, 5, offset);
    }
    sqlite3_bind_int64(q, 6, s->coding);
    if (!run(s, Q_RECODED)) {
        return false;
    }
    q = s->q[Q_STORY_INFO];
    sqlite3_bind_int64(q, 1, rowid);
    if (sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_reset(q);
        return false;
    }
    const char *src = (const char *)sqlite3_column_text(q, 0);
    bool ok = set_current(s, rowid, src, src ? (size_t)sqlite3_column_bytes(q, 0) : 0,
                          (const char *)sqlite3_column_text(q, 1), (const char *)sqlite3_column_text(q, 2), true);
    sqlite3_reset(q);
    return ok;
}

/* ---- events' columns ------------------------------------------------------
 * Columns are kept as fields each ended by a NUL, a field being 'n' (SQL
 * NULL) or 'v' and the value's text; numbers are bound as text and take
 * the column's affinity, written as truce_write_jsonl writes them (so that
 * `truce db check` finds them equal to the JSON). */

static void put_col(truce_buf *b, const char *v)
{
    truce_buf_put(b, v ? "v" : "n", 1);
    truce_buf_put(b, v ? v : "", v ? strlen(v) + 1 : 1);
}

static void put_coln(truce_buf *b, const char *v, size_t len)
{
    truce_buf_put(b, "v", 1);
    truce_buf_put(b, v, len);
    truce_buf_put(b, "", 1);
}

/* The string value of a top-level key of our own JSON line, or NULL (absent
 * or null): date_precision is read so, whatever truce_event holds. */
static const char *json_field(const char *json, size_t len, const char *key, size_t *vlen)
{
    char pat[48];
    int n = snprintf(pat, sizeof pat, ",\"%s\":\"", key);
    for (const char *p = json; n > 0 && p && p + n <= json + len;) {
        p = memchr(p, ',', (size_t)(json + len - p));
        if (!p || p + n > json + len) {
            return NULL;
        }
        if (memcmp(p, pat, (size_t)n) == 0) {
            const char *v = p + n, *e = memchr(v, '"', (size_t)(json + len - v));
            if (!e) {
                return NULL;
            }
            *vlen = (size_t)(e - v);
            return v;
        }
        p++;
    }
    return NULL;
}

void store_event_from(const char *const *v, const char *story_id, const char *text, size_t text_len,
                      truce_event *ev)
{
    memset(ev, 0, sizeof *ev);
    ev->event_id = v[F_EVENT_ID];
    ev->story_id = story_id;
    ev->sentence = v[F_SENTENCE] ? (uint32_t)strtoul(v[F_SENTENCE], NULL, 10) : 0;
    ev->date = TRUCE_NODAY;
    if (v[F_DATE] && strlen(v[F_DATE]) == 10) {
        truce_day_parse(v[F_DATE], 10, &ev->date);
    }
    ev->date_source = v[F_DATE_SOURCE];
    ev->source = v[F_SOURCE];
    ev->source_country = v[F_SOURCE_COUNTRY];
    ev->target = v[F_TARGET] ? v[F_TARGET] : "";
    ev->target_country = v[F_TARGET_COUNTRY];
    ev->code = v[F_CODE];
    ev->root = v[F_ROOT];
    ev->quad_class = v[F_QUAD] ? atoi(v[F_QUAD]) : 0;
    ev->goldstein = v[F_GOLDSTEIN] ? strtod(v[F_GOLDSTEIN], NULL) : 0;
    ev->plover = v[F_PLOVER];
    ev->location_name = v[F_LOC_NAME];
    ev->location_country = v[F_LOC_COUNTRY];
    ev->location_admin1 = v[F_LOC_ADMIN1];
    ev->location_precision = v[F_LOC_PRECISION];
    ev->lat = v[F_LAT] ? strtod(v[F_LAT], NULL) : NAN;
    ev->lon = v[F_LON] ? strtod(v[F_LON], NULL) : NAN;
    ev->geonameid = v[F_GEONAMEID] ? (uint32_t)strtoul(v[F_GEONAMEID], NULL, 10) : 0;
    ev->loc_start = v[F_LOC_START] ? (size_t)strtoull(v[F_LOC_START], NULL, 10) : 0;
    ev->loc_end = v[F_LOC_END] ? (size_t)strtoull(v[F_LOC_END], NULL, 10) : 0;
    ev->text = text ? text : "";
    ev->text_len = text ? text_len : 0;
    ev->span_start = v[F_SPAN_START] ? (size_t)strtoull(v[F_SPAN_START], NULL, 10) : 0;
    ev->span_end = v[F_SPAN_END] ? (size_t)strtoull(v[F_SPAN_END], NULL, 10) : 0;
    ev->pattern = v[F_PATTERN];
    ev->historical = v[F_HISTORICAL] && atoi(v[F_HISTORICAL]) != 0;
    ev->confidence = v[F_CONFIDENCE] ? strtod(v[F_CONFIDENCE], NULL) : 0;
    ev->issues = v[F_ISSUES];
}

void store_event_json(sqlite3_stmt *q, int at, truce_buf *out)
{
    if (sqlite3_column_type(q, at) != SQLITE_NULL) {
        truce_buf_put(out, (const char *)sqlite3_column_text(q, at), (size_t)sqlite3_column_bytes(q, at));
        truce_buf_put(out, "\n", 1);
        return;
    }
    const char *v[STORE_EVENT_NSQL];
    for (int i = 0; i < STORE_EVENT_NSQL; i++) {
        v[i] = (const char *)sqlite3_column_text(q, at + 3 + i);
    }
    truce_event ev;
    store_event_from(v, (const char *)sqlite3_column_text(q, at + 1), (const char *)sqlite3_column_text(q, at + 2),
                     (size_t)sqlite3_column_bytes(q, at + 2), &ev);
    truce_write_jsonl(out, &ev);
}

void store_columns(truce_buf *b, const truce_event *ev, const char *json, size_t len)
{
    char num[10][32], date[11], conf[24];
    const char *v[N_EVENT_COLS];
    bool placed = ev->location_name != NULL;
    size_t dp_len = 0;
    const char *dp = json_field(json, len, "date_precision", &dp_len);
    char dpv[16] = "";
    if (dp && dp_len < sizeof dpv) {
        memcpy(dpv, dp, dp_len);
        dpv[dp_len] = 0;
    }
    incident inc;
    incident_of(ev, dpv[0] ? dpv : NULL, &inc);
    v[F_EVENT_ID] = ev->event_id;
    snprintf(num[0], sizeof num[0], "%u", ev->sentence);
    v[F_SENTENCE] = num[0];
    if (ev->date != TRUCE_NODAY) {
        truce_day_format(ev->date, date);
    }
    v[F_DATE] = ev->date != TRUCE_NODAY ? date : NULL;
    v[F_DATE_SOURCE] = ev->date_source;
    v[F_DATE_PRECISION] = dpv[0] ? dpv : NULL;
    v[F_SOURCE] = ev->source;
    v[F_SOURCE_COUNTRY] = ev->source_country;
    v[F_TARGET] = ev->target && ev->target[0] ? ev->target : NULL;
    v[F_TARGET_COUNTRY] = ev->target_country;
    v[F_CODE] = ev->code;
    v[F_ROOT] = ev->root;
    snprintf(num[1], sizeof num[1], "%d", ev->quad_class > 0 ? ev->quad_class : 0);
    v[F_QUAD] = num[1];
    snprintf(num[2], sizeof num[2], "%.1f", round(ev->goldstein * 10.0) / 10.0);
    v[F_GOLDSTEIN] = num[2];
    v[F_PLOVER] = ev->plover;
    v[F_LOC_NAME] = placed ? ev->location_name : NULL;
    v[F_LOC_COUNTRY] = placed ? ev->location_country : NULL;
    v[F_LOC_ADMIN1] = placed ? ev->location_admin1 : NULL;
    v[F_LOC_PRECISION] = placed ? ev->location_precision : NULL;
    bool ll = placed && !isnan(ev->lat) && !isnan(ev->lon);
    snprintf(num[3], sizeof num[3], "%.5f", ev->lat);
    snprintf(num[4], sizeof num[4], "%.5f", ev->lon);
    v[F_LAT] = ll ? num[3] : NULL;
    v[F_LON] = ll ? num[4] : NULL;
    snprintf(num[5], sizeof num[5], "%u", ev->geonameid);
    v[F_GEONAMEID] = placed && ev->geonameid ? num[5] : NULL;
    snprintf(num[8], sizeof num[8], "%zu", ev->loc_start);
    snprintf(num[9], sizeof num[9], "%zu", ev->loc_end);
    v[F_LOC_START] = placed && ev->loc_end > ev->loc_start ? num[8] : NULL;
    v[F_LOC_END] = placed && ev->loc_end > ev->loc_start ? num[9] : NULL;
    snprintf(num[6], sizeof num[6], "%zu", ev->span_start);
    snprintf(num[7], sizeof num[7], "%zu", ev->span_end);
    v[F_SPAN_START] = num[6];
    v[F_SPAN_END] = num[7];
    v[F_PATTERN] = ev->pattern;
    v[F_HISTORICAL] = ev->historical ? "1" : "0";
    long t = ev->confidence <= 0 ? 0 : ev->confidence >= 1 ? 100 : lround(ev->confidence * 100.0);
    snprintf(conf, sizeof conf, "%ld.%02ld", t / 100, t % 100);
    v[F_CONFIDENCE] = isnan(ev->confidence) ? NULL : conf;   /* NaN: an event of a version 1 store without one */
    v[F_ISSUES] = ev->issues;
    v[F_ACTOR_A] = inc.actor_a;
    v[F_ACTOR_B] = inc.actor_b;
    v[F_INCIDENT] = inc.id;
    for (int i = 0; i < N_EVENT_COLS; i++) {
        put_col(b, v[i]);
    }
    /* The JSON is stored only when the columns do not give it back as it
     * is (a field the columns do not hold): rebuilt from them here, with
     * the writer of `truce code`, and compared. */
    truce_event back;
    store_event_from(v, ev->story_id, ev->text, ev->text_len, &back);
    size_t at = b->len;
    truce_write_jsonl(b, &back);
    bool same = !b->failed && b->len - at == len + 1 && memcmp(b->p + at, json, len) == 0;
    b->len = at;
    put_col(b, same ? NULL : "1");
    /* not columns of events: the sentence, the incident's own fields */
    put_coln(b, ev->text ? ev->text : "", ev->text ? ev->text_len : 0);
    put_col(b, inc.key);
    put_col(b, inc.bucket[0] ? inc.bucket : NULL);
    put_col(b, inc.day[0] ? inc.day : NULL);
    put_col(b, inc.place);
}

typedef struct {
    const char *p;   /* NULL for SQL NULL */
    size_t len;
} field;

static bool read_fields(const char **cols, const char *end, field *f)
{
    const char *p = *cols;
    for (int i = 0; i < N_COLS; i++) {
        const char *z = p < end ? memchr(p, 0, (size_t)(end - p)) : NULL;
        if (!z) {
            return false;   /* not reached: store_columns wrote them */
        }
        f[i].p = *p == 'v' ? p + 1 : NULL;
        f[i].len = (size_t)(z - p - 1);
        p = z + 1;
    }
    *cols = p;
    return true;
}

static void bind_field(sqlite3_stmt *q, int i, const field *f)
{
    if (f->p) {
        sqlite3_bind_text64(q, i, f->p, f->len, SQLITE_STATIC, SQLITE_UTF8);
    } else {
        sqlite3_bind_null(q, i);
    }
}

/* The story's sentence of the event, indexed for full-text search, once. */
static bool add_sentence(store *s, const field *f)
{
    long n = f[F_SENTENCE].p ? atol(f[F_SENTENCE].p) : 0;
    if (n == s->cur_sentence) {
        return true;
    }
    s->cur_sentence = n;
    sqlite3_stmt *q = s->q[Q_SENTENCE];
    sqlite3_bind_int64(q, 1, s->cur_rowid);
    sqlite3_bind_int64(q, 2, n);
    bind_field(q, 3, &f[F_TEXT]);
    if (!run(s, Q_SENTENCE)) {
        return false;
    }
    if (sqlite3_changes(s->db) == 0) {
        return true;   /* events out of sentence order: indexed already */
    }
    q = s->q[Q_FTS];
    sqlite3_bind_int64(q, 1, sqlite3_last_insert_rowid(s->db));
    bind_field(q, 2, &f[F_TEXT]);
    return run(s, Q_FTS);
}

/* ---- incidents' counts, gathered in memory ----------------------------------
 * An incident mentioned many times in a transaction (the same happening in
 * many stories) is written once, at commit: its counts are summed here
 * first. */

static uint64_t hex64(const char *p)
{
    uint64_t h = 0;
    for (int i = 0; i < 16; i++) {
        char c = p[i];
        h = h << 4 | (uint64_t)(c >= 'a' ? c - 'a' + 10 : c - '0');
    }
    return h ? h : 1;
}

static void copyf(char *out, size_t cap, const field *f)
{
    size_t n = f->p ? (f->len < cap ? f->len : cap - 1) : 0;
    if (n) {
        memcpy(out, f->p, n);
    }
    out[n] = 0;
}

/* The slot of an incident (a new one filled from f), or NULL when out of
 * memory. */
static store_agg *agg_slot(store *s, const field *f)
{
    if (s->n_agg * 2 >= s->cap_agg) {
        size_t cap = s->cap_agg ? s->cap_agg * 2 : 1024;
        store_agg *t = calloc(cap, sizeof *t);
        if (!t) {
            return NULL;
        }
        for (size_t i = 0; i < s->cap_agg; i++) {
            if (s->agg[i].h) {
                size_t j = (size_t)s->agg[i].h & (cap - 1);
                while (t[j].h) {
                    j = (j + 1) & (cap - 1);
                }
                t[j] = s->agg[i];
            }
        }
        free(s->agg);
        s->agg = t;
        s->cap_agg = cap;
    }
    uint64_t h = hex64(f[F_INCIDENT].p);
    size_t j = (size_t)h & (s->cap_agg - 1);
    while (s->agg[j].h && (s->agg[j].h != h || memcmp(s->agg[j].id, f[F_INCIDENT].p, 16) != 0)) {
        j = (j + 1) & (s->cap_agg - 1);
    }
    store_agg *a = &s->agg[j];
    if (!a->h) {
        size_t n = f[F_IKEY].len + f[F_ACTOR_A].len + f[F_ACTOR_B].len + f[F_IPLACE].len + 4;
        char *m = malloc(n);
        if (!m) {
            return NULL;
        }
        a->h = h;
        memcpy(a->id, f[F_INCIDENT].p, 16);
        a->id[16] = 0;
        a->key = m;
        copyf(a->key, f[F_IKEY].len + 1, &f[F_IKEY]);
        a->actor_a = a->key + f[F_IKEY].len + 1;
        copyf(a->actor_a, f[F_ACTOR_A].len + 1, &f[F_ACTOR_A]);
        a->actor_b = a->actor_a + f[F_ACTOR_A].len + 1;
        copyf(a->actor_b, f[F_ACTOR_B].len + 1, &f[F_ACTOR_B]);
        a->place = a->actor_b + f[F_ACTOR_B].len + 1;
        copyf(a->place, f[F_IPLACE].len + 1, &f[F_IPLACE]);
        copyf(a->bucket, sizeof a->bucket, &f[F_IBUCKET]);
        copyf(a->day, sizeof a->day, &f[F_IDAY]);
        copyf(a->root, sizeof a->root, &f[F_ROOT]);
        s->n_agg++;
    }
    return a;
}

/* Write the gathered counts: one upsert per incident. */
bool store_flush_incidents(store *s)
{
    bool ok = true;
    for (size_t i = 0; i < s->cap_agg; i++) {
        store_agg *a = &s->agg[i];
        if (!a->h) {
            continue;
        }
        if (ok) {
            sqlite3_stmt *q = s->q[Q_INCIDENT];
            sqlite3_bind_text(q, 1, a->id, 16, SQLITE_STATIC);
            sqlite3_bind_text(q, 2, a->key, -1, SQLITE_STATIC);
            if (a->bucket[0]) {
                sqlite3_bind_text(q, 3, a->bucket, -1, SQLITE_STATIC);
                sqlite3_bind_text(q, 4, a->day, -1, SQLITE_STATIC);
            }
            sqlite3_bind_text(q, 5, a->actor_a, -1, SQLITE_STATIC);
            sqlite3_bind_text(q, 6, a->actor_b, -1, SQLITE_STATIC);
            if (a->root[0]) {
                sqlite3_bind_text(q, 7, a->root, -1, SQLITE_STATIC);
            }
            sqlite3_bind_text(q, 8, a->place, -1, SQLITE_STATIC);
            sqlite3_bind_int64(q, 9, a->first);
            sqlite3_bind_text(q, 10, a->first_key, -1, SQLITE_STATIC);
            if (a->first_seen[0]) {
                sqlite3_bind_text(q, 11, a->first_seen, -1, SQLITE_STATIC);
            }
            if (a->last_seen[0]) {
                sqlite3_bind_text(q, 12, a->last_seen, -1, SQLITE_STATIC);
            }
            sqlite3_bind_int64(q, 13, a->mentions);
            sqlite3_bind_int64(q, 14, a->stories);
            sqlite3_bind_int64(q, 15, a->sources);
            ok = run(s, Q_INCIDENT);
        }
        free(a->key);
        free(a->first_key);
        memset(a, 0, sizeof *a);
    }
    s->n_agg = 0;
    return ok;
}

/* Count the event in its incident: a mention; a story when it is the
 * story's first mention of it; a source when no other story of the same
 * source mentions it (a story without a source counts as its own). */
static bool add_to_incident(store *s, const field *f, int64_t event_rowid)
{
    const char *id = f[F_INCIDENT].p;
    bool first = true;
    for (size_t i = 0; i < s->cur_n_inc; i++) {
        if (memcmp(s->cur_inc + 17 * i, id, 16) == 0) {
            first = false;
            break;
        }
    }
    if (first) {
        if (s->cur_n_inc == s->cur_cap_inc) {
            size_t cap = s->cur_cap_inc ? s->cur_cap_inc * 2 : 16;
            char *p = realloc(s->cur_inc, cap * 17);
            if (!p) {
                return false;
            }
            s->cur_inc = p;
            s->cur_cap_inc = cap;
        }
        memcpy(s->cur_inc + 17 * s->cur_n_inc++, id, 17);
    }
    int new_source = first;
    if (first && s->cur_source) {
        sqlite3_stmt *q = s->q[Q_SOURCE_SEEN];
        bind_field(q, 1, &f[F_INCIDENT]);
        sqlite3_bind_text(q, 2, s->cur_source, -1, SQLITE_STATIC);
        sqlite3_bind_int64(q, 3, s->cur_rowid);
        int rc = sqlite3_step(q);
        new_source = rc == SQLITE_ROW && sqlite3_column_int(q, 0) == 0;
        sqlite3_reset(q);
        sqlite3_clear_bindings(q);
        if (rc != SQLITE_ROW) {
            return false;
        }
    }
    store_agg *a = agg_slot(s, f);
    if (!a) {
        return false;
    }
    /* the first mention: the earliest story date, then event id, then digest */
    size_t kn = f[F_EVENT_ID].len + 32;
    char *key = malloc(kn);
    if (!key) {
        return false;
    }
    snprintf(key, kn, "%s %.*s %.16s", s->cur_date[0] ? s->cur_date : "~", (int)f[F_EVENT_ID].len,
             f[F_EVENT_ID].p, s->cur_digest);
    if (!a->first_key || strcmp(key, a->first_key) < 0) {
        free(a->first_key);
        a->first_key = key;
        a->first = event_rowid;
    } else {
        free(key);
    }
    if (s->cur_date[0] && (!a->first_seen[0] || strcmp(s->cur_date, a->first_seen) < 0)) {
        memcpy(a->first_seen, s->cur_date, 11);
    }
    if (s->cur_date[0] && (!a->last_seen[0] || strcmp(s->cur_date, a->last_seen) > 0)) {
        memcpy(a->last_seen, s->cur_date, 11);
    }
    a->mentions++;
    a->stories += first;
    a->sources += new_source;
    if (s->cur_replacing) {
        /* a replaced story: store_commit counts its incidents again */
        bind_field(s->q[Q_TOUCH], 1, &f[F_INCIDENT]);
        if (!run(s, Q_TOUCH)) {
            return false;
        }
        s->n_touched++;
    }
    return true;
}

bool store_add_event(store *s, int64_t rowid, unsigned seq, const char *json, size_t len,
                     const char **cols, const char *cols_end)
{
    field f[N_COLS];
    if (rowid != s->cur_rowid || !read_fields(cols, cols_end, f) || !f[F_INCIDENT].p || !f[F_IKEY].p) {
        return false;
    }
    if (!add_sentence(s, f)) {
        return false;
    }
    sqlite3_stmt *q = s->q[Q_EVENT];
    sqlite3_bind_int64(q, 1, rowid);
    sqlite3_bind_int64(q, 2, seq);
    for (int i = 0; i < N_EVENT_COLS; i++) {
        bind_field(q, 3 + i, &f[i]);
    }
    if (f[F_JSON].p) {
        sqlite3_bind_text64(q, 3 + N_EVENT_COLS, json, len, SQLITE_STATIC, SQLITE_UTF8);
    }
    if (!run(s, Q_EVENT)) {
        return false;
    }
    return add_to_incident(s, f, sqlite3_last_insert_rowid(s->db));
}

/* ---- story text -------------------------------------------------------- */

struct store_packer {
    z_stream z;
    bool ready;
};

store_packer *store_packer_new(void)
{
    store_packer *p = calloc(1, sizeof *p);
    if (p && deflateInit2(&p->z, 1, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) == Z_OK) {
        p->ready = true;
        return p;
    }
    free(p);
    return NULL;
}

void store_packer_free(store_packer *p)
{
    if (p && p->ready) {
        deflateEnd(&p->z);
    }
    free(p);
}

bool store_pack_text(store_packer *p, const char *text, size_t len, truce_buf *out)
{
    if (deflateReset(&p->z) != Z_OK) {
        return false;
    }
    uLong bound = deflateBound(&p->z, (uLong)len);
    size_t at = out->len;
    /* room for the compressed bytes, then cut back to what they took */
    while (out->cap - out->len < bound + 1 && !out->failed) {
        size_t need = out->len + bound + 1;
        char *np = realloc(out->p, need);
        if (!np) {
            out->failed = true;
            return false;
        }
        out->p = np;
        out->cap = need;
    }
    p->z.next_in = (Bytef *)(uintptr_t)text;
    p->z.avail_in = (uInt)len;
    p->z.next_out = (Bytef *)out->p + at;
    p->z.avail_out = (uInt)(out->cap - at);
    int rc = deflate(&p->z, Z_FINISH);
    if (rc != Z_STREAM_END) {
        return false;
    }
    out->len = at + (size_t)p->z.total_out;
    return true;
}

char *store_unpack_text(const void *z, size_t z_len, size_t len)
{
    char *out = malloc(len + 1);
    if (!out) {
        return NULL;
    }
    uLongf n = (uLongf)len;
    if (uncompress((Bytef *)out, &n, z, (uLong)z_len) != Z_OK || n != len) {
        free(out);
        return NULL;
    }
    out[len] = 0;
    return out;
}

/* ---- what codes the stories ---------------------------------------------- */

static bool meta_set(store *s, const char *key, const char *value)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value", -1, &q, NULL) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, value, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    return rc == SQLITE_DONE;
}

/* The codings row of c (made if missing): its id, or -1. */
static int64_t coding_row(store *s, const store_coding *c)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO codings (version, knowledge, parts, options) VALUES (?1, ?2, ?3, ?4)"
                           " ON CONFLICT (version, knowledge, options) DO NOTHING", -1, &q, NULL) != SQLITE_OK) {
        return -1;
    }
    sqlite3_bind_text(q, 1, c->version, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, c->knowledge, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, c->parts, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 4, c->options, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE ||
        sqlite3_prepare_v2(s->db, "SELECT id FROM codings WHERE version = ?1 AND knowledge = ?2 AND options = ?3", -1,
                           &q, NULL) != SQLITE_OK) {
        return -1;
    }
    sqlite3_bind_text(q, 1, c->version, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, c->knowledge, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, c->options, -1, SQLITE_STATIC);
    int64_t id = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_finalize(q);
    return id;
}

long store_stale_count(store *s)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM stories WHERE text IS NOT NULL AND coding NOT IN"
                           " (SELECT c.id FROM codings c JOIN codings k ON k.id = ?1"
                           " WHERE c.knowledge = k.knowledge AND c.options = k.options)", -1, &q, NULL) != SQLITE_OK) {
        return -1;
    }
    sqlite3_bind_int64(q, 1, s->coding);
    long n = sqlite3_step(q) == SQLITE_ROW ? (long)sqlite3_column_int64(q, 0) : -1;
    sqlite3_finalize(q);
    return n;
}

int store_use_coding(store *s, const store_coding *c, bool recode, char *err, size_t err_cap)
{
    char know[80], opts[300], parts[1100];
    if (!store_begin(s)) {
        return -1;
    }
    if (!store_value(s, "SELECT value FROM meta WHERE key = 'knowledge'", NULL, know, sizeof know) ||
        !store_value(s, "SELECT value FROM meta WHERE key = 'options'", NULL, opts, sizeof opts) ||
        !store_value(s, "SELECT parts FROM codings WHERE knowledge = (SELECT value FROM meta WHERE key = 'knowledge')"
                     " ORDER BY id DESC LIMIT 1", NULL, parts, sizeof parts)) {
        store_rollback(s);
        return -1;
    }
    bool other_knowledge = know[0] && strcmp(know, c->knowledge) != 0;
    bool other_options = opts[0] && strcmp(opts, c->options) != 0;
    if ((other_knowledge || other_options) && !recode) {
        store_rollback(s);
        if (other_knowledge) {
            snprintf(err, err_cap, "its stories were coded with other knowledge (%.12s: %s) than this run's (%.12s: %s);"
                     " storing new stories beside them would mix two codings: add --recode to code the stored"
                     " stories again with this knowledge, or use another store", know, parts[0] ? parts : "?",
                     c->knowledge, c->parts);
        } else {
            snprintf(err, err_cap, "its stories were coded with other options (%s) than this run's (%s); add --recode"
                     " to code the stored stories again with these, or use another store", opts, c->options);
        }
        return 1;
    }
    s->coding = coding_row(s, c);
    if (s->coding < 0 || !meta_set(s, "knowledge", c->knowledge) || !meta_set(s, "options", c->options) ||
        !meta_set(s, "version", c->version)) {
        store_rollback(s);
        return -1;
    }
    long stale = recode ? 0 : store_stale_count(s);
    if (stale < 0) {
        store_rollback(s);
        return -1;
    }
    if (stale > 0) {
        store_rollback(s);
        snprintf(err, err_cap, "a re-code was interrupted: %ld stories are still coded with other knowledge or"
                 " options; add --recode to finish it", stale);
        return 1;
    }
    return store_commit(s) ? 0 : -1;
}

int store_stale_next(store *s, int64_t after, store_stale_story *out)
{
    sqlite3_stmt *q = s->q[Q_STALE];
    sqlite3_bind_int64(q, 1, after);
    sqlite3_bind_int64(q, 2, s->coding);
    int rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(q);
        return rc == SQLITE_DONE ? 0 : -1;
    }
    memset(out, 0, sizeof *out);
    out->rowid = sqlite3_column_int64(q, 0);
    /* copied: the statement is reset before the caller reads them */
    snprintf(s->stale_id, sizeof s->stale_id, "%s", (const char *)sqlite3_column_text(q, 1));
    out->story_id = s->stale_id;
    out->story_id_len = strlen(s->stale_id);
    if (sqlite3_column_text(q, 2)) {
        snprintf(s->stale_date, sizeof s->stale_date, "%s", (const char *)sqlite3_column_text(q, 2));
        out->date = s->stale_date;
    }
    out->date_from = sqlite3_column_int(q, 3);
    out->body_offset = (size_t)sqlite3_column_int64(q, 4);
    out->dateline_start = sqlite3_column_type(q, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64(q, 5);
    out->dateline_len = (size_t)sqlite3_column_int64(q, 6);
    out->text_len = (size_t)sqlite3_column_int64(q, 7);
    out->text = store_unpack_text(sqlite3_column_blob(q, 8), (size_t)sqlite3_column_bytes(q, 8), out->text_len);
    sqlite3_reset(q);
    return out->text ? 1 : -2;
}

long store_settle_textless(store *s)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "UPDATE stories SET coding = ?1 WHERE text IS NULL AND status = 'error'"
                           " AND coding IS NOT ?1", -1, &q, NULL) != SQLITE_OK) {
        return -1;
    }
    sqlite3_bind_int64(q, 1, s->coding);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? sqlite3_changes(s->db) : -1;
}

/* A story's status record, as `truce code --status` writes it, built by
 * SQLite's JSON functions so that it is always valid JSON. */
#define STATUS_JSON "json_object('story_id', story_id, 'status', status, 'events', events, 'error', error," \
                    " 'offset', offset)"

bool store_export(store *s, void *f, bool statuses)
{
    FILE *out = f;
    sqlite3_stmt *q = NULL, *st = NULL;
    if (s->schema == 0) {
        return true;   /* an empty database: nothing stored */
    }
    if (s->schema == 1) {
        /* version 1 kept every event's JSON */
        const char *query = statuses
            ? "SELECT json FROM (SELECT e.story AS k, e.seq AS seq, e.json AS json FROM events e"
              " UNION ALL SELECT id, 1e18, " STATUS_JSON " FROM stories) ORDER BY k, seq"
            : "SELECT json FROM events ORDER BY story, seq";
        if (sqlite3_prepare_v2(s->db, query, -1, &q, NULL) != SQLITE_OK) {
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            fwrite(sqlite3_column_text(q, 0), 1, (size_t)sqlite3_column_bytes(q, 0), out);
            fputc('\n', out);
        }
        sqlite3_finalize(q);
        return rc == SQLITE_DONE;
    }
    /* each story's events in order (their JSON stored, or rebuilt from
     * their columns), then (with statuses) its status record */
    if (sqlite3_prepare_v2(s->db, "SELECT e.story, " STORE_JSON_SQL " FROM events e JOIN stories s ON s.id = e.story"
                           " LEFT JOIN sentences t ON t.story = e.story AND t.sentence = e.sentence"
                           " ORDER BY e.story, e.seq", -1, &q, NULL) != SQLITE_OK ||
        (statuses && sqlite3_prepare_v2(s->db, "SELECT id, " STATUS_JSON " FROM stories ORDER BY id", -1, &st,
                                        NULL) != SQLITE_OK)) {
        sqlite3_finalize(q);
        return false;
    }
    truce_buf line = {0};
    int rc = sqlite3_step(q), rs = statuses ? sqlite3_step(st) : SQLITE_DONE;
    while (rc == SQLITE_ROW || rs == SQLITE_ROW) {
        /* the events of the story whose status comes next (all of them
         * when there are no statuses) */
        int64_t story = rs == SQLITE_ROW ? sqlite3_column_int64(st, 0) : INT64_MAX;
        if (rc == SQLITE_ROW && sqlite3_column_int64(q, 0) <= story) {
            line.len = 0;
            store_event_json(q, 1, &line);
            if (line.failed) {
                break;
            }
            fwrite(line.p, 1, line.len, out);
            rc = sqlite3_step(q);
            continue;
        }
        fwrite(sqlite3_column_text(st, 1), 1, (size_t)sqlite3_column_bytes(st, 1), out);
        fputc('\n', out);
        rs = sqlite3_step(st);
    }
    bool ok = !line.failed && (rc == SQLITE_DONE || rc == SQLITE_ROW) && rs == SQLITE_DONE && rc == SQLITE_DONE;
    truce_buf_free(&line);
    sqlite3_finalize(q);
    sqlite3_finalize(st);
    return ok;
}
