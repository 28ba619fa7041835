/* store_check.c — `truce db check` (schema versions 1 and 2) and `truce db
 * migrate` (version 1 to 2), over the store's insides (store_int.h). */
#include "store_int.h"

#include "incidents.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

typedef struct {
    const char *label, *query;
} check;

static long run_checks(store *s, FILE *out, const check *checks, size_t n_checks)
{
    long problems = 0;
    for (size_t i = 0; i < n_checks; i++) {
        long n = report_rows(s, out, checks[i].query, checks[i].label);
        if (n < 0) {
            return -1;
        }
        problems += n;
    }
    return problems;
}

/* SQLite's own check: "integrity: ok" when all is well. */
static long integrity(store *s, FILE *out)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "PRAGMA integrity_check", -1, &q, NULL) != SQLITE_OK) {
        fprintf(out, "integrity: %s\n", sqlite3_errmsg(s->db));
        return -1;
    }
    long problems = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(q, 0);
        fprintf(out, "integrity: %s\n", t ? (const char *)t : "(null)");
        if (!t || strcmp((const char *)t, "ok") != 0) {
            problems++;
        }
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? problems : -1;
}

static const check v1_checks[] = {
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

static const check v2_checks[] = {
    {"foreign key", "SELECT \"table\" || ' row ' || rowid || ' names a missing ' || parent"
                    " FROM pragma_foreign_key_check"},
    {"event count", "SELECT s.story_id || ': says ' || s.events || ' events, has ' || count(e.seq)"
                    " FROM stories s LEFT JOIN events e ON e.story = s.id"
                    " GROUP BY s.id HAVING count(e.seq) != s.events"},
    {"duplicate story", "SELECT story_id || ' stored ' || count(*) || ' times' FROM stories"
                        " GROUP BY story_id, digest HAVING count(*) > 1"},
    {"columns", "SELECT event_id || ' (story ' || story || '): a column differs from its JSON' FROM events"
                " WHERE json IS NOT NULL AND (event_id IS NOT coalesce(json_extract(json, '$.event_id'), event_id)"
                " OR sentence IS NOT json_extract(json, '$.sentence')"
                " OR date IS NOT json_extract(json, '$.date')"
                " OR date_source IS NOT json_extract(json, '$.date_source')"
                " OR date_precision IS NOT json_extract(json, '$.date_precision')"
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
                " OR location_admin1 IS NOT json_extract(json, '$.location.admin1')"
                " OR location_precision IS NOT json_extract(json, '$.location.precision')"
                " OR lat IS NOT json_extract(json, '$.location.lat')"
                " OR lon IS NOT json_extract(json, '$.location.lon')"
                " OR geonameid IS NOT json_extract(json, '$.location.geonameid')"
                " OR loc_start IS NOT json_extract(json, '$.location.span[0]')"
                " OR loc_end IS NOT json_extract(json, '$.location.span[1]')"
                " OR span_start IS NOT json_extract(json, '$.span[0]')"
                " OR span_end IS NOT json_extract(json, '$.span[1]')"
                " OR pattern IS NOT json_extract(json, '$.pattern')"
                " OR historical IS NOT json_extract(json, '$.historical')"
                " OR confidence IS NOT json_extract(json, '$.confidence'))"},
    {"bad status", "SELECT story_id || ': status ' || status || ' with ' || events || ' events'"
                   " FROM stories WHERE (status = 'ok') != (events > 0) OR"
                   " (status = 'error') != (error IS NOT NULL)"},
    {"sentence", "SELECT e.event_id || ': its sentence is not stored' || CASE WHEN e.json IS NULL THEN ''"
                 " ELSE ' as its JSON says' END FROM events e"
                 " LEFT JOIN sentences t ON t.story = e.story AND t.sentence = e.sentence"
                 " WHERE t.text IS NULL OR (e.json IS NOT NULL AND t.text IS NOT json_extract(e.json, '$.text'))"},
    {"sentence", "SELECT 'sentence ' || t.sentence || ' of story ' || t.story || ' has no event' FROM sentences t"
                 " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.story = t.story AND e.sentence = t.sentence)"},
    {"incident", "WITH x AS (SELECT e.incident AS id, count(*) AS m, count(DISTINCT e.story) AS st,"
                 " count(DISTINCT coalesce(s.source, '#' || s.id)) AS so, min(s.date) AS f, max(s.date) AS l,"
                 " min(" STORE_FIRST_KEY ") AS k FROM events e JOIN stories s ON s.id = e.story GROUP BY e.incident)"
                 " SELECT x.id || ': stored as ' || coalesce(i.mentions || ' mentions, ' || i.stories || ' stories, '"
                 " || i.sources || ' sources', 'missing') || '; its events say ' || x.m || ', ' || x.st || ', ' || x.so"
                 " FROM x LEFT JOIN incidents i ON i.id = x.id"
                 " WHERE i.id IS NULL OR i.mentions != x.m OR i.stories != x.st OR i.sources != x.so"
                 " OR i.first_seen IS NOT x.f OR i.last_seen IS NOT x.l OR i.first_key != x.k"},
    {"incident", "SELECT i.id || ': no event mentions it' FROM incidents i"
                 " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.incident = i.id)"},
    {"incident", "SELECT i.id || ': its first mention is not one of its events' FROM incidents i"
                 " LEFT JOIN events e ON e.id = i.first WHERE e.incident IS NOT i.id"},
    {"meta", "SELECT 'schema ' || coalesce((SELECT value FROM meta WHERE key = 'schema'), 'missing')"
             " WHERE (SELECT value FROM meta WHERE key = 'schema') IS NOT '2'"},
    {"meta", "SELECT 'incident policy ' || coalesce((SELECT value FROM meta WHERE key = 'incident_policy'), 'missing')"
             " || ', this truce groups by policy " INCIDENT_POLICY "'"
             " WHERE (SELECT value FROM meta WHERE key = 'incident_policy') IS NOT '" INCIDENT_POLICY "'"},
    {"coding", "SELECT story_id || ': coded by a missing codings row ' || coding FROM stories"
               " WHERE coding IS NOT NULL AND coding NOT IN (SELECT id FROM codings)"},
};

/* Every stored text decompresses to its length. */
static long check_texts(store *s, FILE *out)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT story_id, text_len, text FROM stories WHERE text IS NOT NULL", -1, &q,
                           NULL) != SQLITE_OK) {
        return -1;
    }
    long problems = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        char *t = store_unpack_text(sqlite3_column_blob(q, 2), (size_t)sqlite3_column_bytes(q, 2),
                                    (size_t)sqlite3_column_int64(q, 1));
        if (!t) {
            fprintf(out, "text: %s: its stored text does not decompress to %lld bytes\n",
                    (const char *)sqlite3_column_text(q, 0), (long long)sqlite3_column_int64(q, 1));
            problems++;
        }
        free(t);
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? problems : -1;
}

/* The full-text index agrees with the sentences. */
static long check_fts(store *s, FILE *out)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, "INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')", NULL, NULL,
                     &msg) != SQLITE_OK) {
        fprintf(out, "full-text index: %s\n", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return 1;
    }
    return 0;
}

long store_check(store *s, void *f)
{
    FILE *out = f;
    long problems = integrity(s, out), n;
    if (problems < 0) {
        return -1;
    }
    if (s->schema == 0) {
        fprintf(out, "schema: none yet (an empty database: an ingest was stopped before it made the store)\n"
                "stored: 0 stories\n");
        return problems;
    }
    if (s->schema == 1) {
        n = run_checks(s, out, v1_checks, sizeof v1_checks / sizeof *v1_checks);
        if (n < 0) {
            return -1;
        }
        fprintf(out, "schema: version 1 (no story text, no incidents): 'truce db migrate' converts it to version 2\n");
        n = report_rows(s, out,
                        "SELECT count(*) || ' stories: ' || sum(status = 'ok') || ' with events, ' ||"
                        " sum(status = 'no_event') || ' with no event, ' || sum(status = 'error') ||"
                        " ' with errors; ' || (SELECT count(*) FROM events) || ' events' FROM stories",
                        "stored");
        return n < 0 ? -1 : problems;
    }
    n = run_checks(s, out, v2_checks, sizeof v2_checks / sizeof *v2_checks);
    if (n < 0) {
        return -1;
    }
    problems += n;
    n = check_texts(s, out);
    long m = check_fts(s, out);
    if (n < 0) {
        return -1;
    }
    problems += n + m;
    /* what codes the stories, and what is not coded with it (not problems) */
    if (report_rows(s, out,
                    "SELECT 'knowledge ' || substr(k.value, 1, 12) || ' (' || coalesce((SELECT parts FROM codings"
                    " WHERE knowledge = k.value ORDER BY id DESC LIMIT 1), '?') || '), options ' ||"
                    " coalesce((SELECT value FROM meta WHERE key = 'options'), '?') || ', by truce ' ||"
                    " coalesce((SELECT value FROM meta WHERE key = 'version'), '?')"
                    " FROM meta k WHERE k.key = 'knowledge'", "coding") < 0 ||
        report_rows(s, out,
                    "SELECT count(*) || ' stories coded with other knowledge or options: ''truce ingest --recode''"
                    " codes them again' FROM stories s JOIN codings c ON c.id = s.coding"
                    " WHERE s.text IS NOT NULL AND (c.knowledge, c.options) IS NOT"
                    " ((SELECT value FROM meta WHERE key = 'knowledge'), (SELECT value FROM meta WHERE key = 'options'))"
                    " HAVING count(*) > 0", "stale") < 0 ||
        report_rows(s, out,
                    "SELECT count(*) || ' stories kept without their text (from a version 1 store): ingesting their"
                    " input again stores it' FROM stories WHERE text IS NULL AND status != 'error' HAVING count(*) > 0",
                    "no text") < 0) {
        return -1;
    }
    n = report_rows(s, out,
                    "SELECT count(*) || ' stories: ' || coalesce(sum(status = 'ok'), 0) || ' with events, ' ||"
                    " coalesce(sum(status = 'no_event'), 0) || ' with no event, ' || coalesce(sum(status = 'error'), 0) ||"
                    " ' with errors; ' || (SELECT count(*) FROM events) || ' events; ' ||"
                    " (SELECT count(*) FROM incidents) || ' incidents' FROM stories",
                    "stored");
    return n < 0 ? -1 : problems;
}

/* ---- migration from version 1 ---------------------------------------------- */

static const char *col_text(sqlite3_stmt *q, int i)
{
    return (const char *)sqlite3_column_text(q, i);
}

static bool exec(store *s, const char *sql_text)
{
    return sqlite3_exec(s->db, sql_text, NULL, NULL, NULL) == SQLITE_OK;
}

/* Copy the version 1 events (renamed events_v1, stories_v1) into the new
 * tables, story by story, through the same path as an ingest. */
static bool copy_events(store *s, size_t *n_events)
{
    sqlite3_stmt *q;
    const char *sel =
        "SELECT e.story, e.seq, e.json, s.source, s.date, s.digest,"
        " json_extract(e.json, '$.event_id'), json_extract(e.json, '$.story_id'), json_extract(e.json, '$.sentence'),"
        " json_extract(e.json, '$.date'), json_extract(e.json, '$.date_source'), json_extract(e.json, '$.source'),"
        " json_extract(e.json, '$.source_country'), json_extract(e.json, '$.target'),"
        " json_extract(e.json, '$.target_country'), json_extract(e.json, '$.code'), json_extract(e.json, '$.root'),"
        " json_extract(e.json, '$.quad_class'), json_extract(e.json, '$.goldstein'), json_extract(e.json, '$.plover'),"
        " json_extract(e.json, '$.location.name'), json_extract(e.json, '$.location.country'),"
        " json_extract(e.json, '$.location.admin1'), json_extract(e.json, '$.location.precision'),"
        " json_extract(e.json, '$.location.lat'), json_extract(e.json, '$.location.lon'),"
        " json_extract(e.json, '$.location.geonameid'), json_extract(e.json, '$.text'),"
        " json_extract(e.json, '$.location.span[0]'), json_extract(e.json, '$.location.span[1]'),"
        " json_extract(e.json, '$.span[0]'), json_extract(e.json, '$.span[1]'), json_extract(e.json, '$.pattern'),"
        " json_extract(e.json, '$.historical'), json_extract(e.json, '$.confidence')"
        " FROM events_v1 e JOIN stories_v1 s ON s.id = e.story ORDER BY e.story, e.seq";
    if (sqlite3_prepare_v2(s->db, sel, -1, &q, NULL) != SQLITE_OK) {
        return false;
    }
    truce_buf cols = {0};
    int64_t story = -1;
    uint32_t last_sentence = 0, in_sentence = 0;
    bool ok = true;
    int rc;
    while (ok && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t st = sqlite3_column_int64(q, 0);
        if (st != story) {
            story = st;
            last_sentence = in_sentence = 0;
            const char *src = col_text(q, 3);
            /* set the current story without adding it: it is there */
            free(s->cur_source);
            s->cur_source = src ? strdup(src) : NULL;
            s->cur_rowid = st;
            s->cur_replacing = false;
            s->cur_n_inc = 0;
            s->cur_sentence = 0;
            snprintf(s->cur_date, sizeof s->cur_date, "%s", col_text(q, 4) ? col_text(q, 4) : "");
            snprintf(s->cur_digest, sizeof s->cur_digest, "%s", col_text(q, 5) ? col_text(q, 5) : "");
            if (src && !s->cur_source) {
                ok = false;
                break;
            }
        }
        truce_event ev;
        memset(&ev, 0, sizeof ev);
        ev.story_id = col_text(q, 7) ? col_text(q, 7) : "";
        ev.sentence = (uint32_t)sqlite3_column_int64(q, 8);
        in_sentence = ev.sentence == last_sentence ? in_sentence + 1 : 1;
        last_sentence = ev.sentence;
        /* an older event without an id gets the one truce gives it now */
        char idbuf[600];
        snprintf(idbuf, sizeof idbuf, "%s-%u-%u", ev.story_id, ev.sentence, in_sentence);
        ev.event_id = col_text(q, 6) ? col_text(q, 6) : idbuf;
        const char *d = col_text(q, 9);
        if (!d || !truce_day_parse(d, strlen(d), &ev.date)) {
            ev.date = TRUCE_NODAY;
        }
        ev.date_source = col_text(q, 10);
        ev.source = col_text(q, 11);
        ev.source_country = col_text(q, 12);
        ev.target = col_text(q, 13) ? col_text(q, 13) : "";
        ev.target_country = col_text(q, 14);
        ev.code = col_text(q, 15);
        ev.root = col_text(q, 16);
        ev.quad_class = sqlite3_column_int(q, 17);
        ev.goldstein = sqlite3_column_double(q, 18);
        ev.plover = col_text(q, 19);
        ev.location_name = col_text(q, 20);
        ev.location_country = col_text(q, 21);
        ev.location_admin1 = col_text(q, 22);
        ev.location_precision = col_text(q, 23);
        ev.lat = sqlite3_column_type(q, 24) == SQLITE_NULL ? NAN : sqlite3_column_double(q, 24);
        ev.lon = sqlite3_column_type(q, 25) == SQLITE_NULL ? NAN : sqlite3_column_double(q, 25);
        ev.geonameid = (uint32_t)sqlite3_column_int64(q, 26);
        ev.text = col_text(q, 27) ? col_text(q, 27) : "";
        ev.text_len = strlen(ev.text);
        ev.loc_start = (size_t)sqlite3_column_int64(q, 28);
        ev.loc_end = (size_t)sqlite3_column_int64(q, 29);
        ev.span_start = (size_t)sqlite3_column_int64(q, 30);
        ev.span_end = (size_t)sqlite3_column_int64(q, 31);
        ev.pattern = col_text(q, 32);
        ev.historical = sqlite3_column_int(q, 33) != 0;
        ev.confidence = sqlite3_column_type(q, 34) == SQLITE_NULL ? NAN : sqlite3_column_double(q, 34);
        const char *json = col_text(q, 2);
        size_t len = (size_t)sqlite3_column_bytes(q, 2);
        cols.len = 0;
        store_columns(&cols, &ev, json, len);
        const char *c = cols.p;
        ok = !cols.failed && store_add_event(s, st, (unsigned)sqlite3_column_int(q, 1), json, len, &c,
                                             cols.p + cols.len);
        (*n_events)++;
    }
    sqlite3_finalize(q);
    truce_buf_free(&cols);
    return ok;
}

bool store_migrate(store *s, void *f)
{
    FILE *out = f;
    if (s->schema != 1) {
        fprintf(out, "migrate: the store is at schema version %d already; nothing to do\n", s->schema ? s->schema : 2);
        return true;
    }
    char err[256];
    size_t n_events = 0;
    char n_stories[32];
    bool ok = exec(s, "BEGIN IMMEDIATE") &&
              exec(s, "DROP INDEX IF EXISTS events_date; DROP INDEX IF EXISTS events_code;"
                      " DROP INDEX IF EXISTS events_dyad; DROP INDEX IF EXISTS events_place;"
                      " ALTER TABLE stories RENAME TO stories_v1; ALTER TABLE events RENAME TO events_v1;"
                      " DROP TABLE meta;");
    /* the version 2 schema, as a new store has it */
    ok = ok && store_create_schema(s) && store_prepare(s, err, sizeof err, "store");
    ok = ok && exec(s, "INSERT INTO codings (version, knowledge, parts, options) VALUES ('schema 1', 'unknown',"
                       " 'migrated from a schema version 1 store: the knowledge that coded it is not known',"
                       " 'unknown')") &&
         exec(s, "INSERT INTO stories (id, story_id, digest, input, line, date, title, source, url, status, events,"
                 " error, offset, ingested_at, coding) SELECT id, story_id, digest, input, line, date, title, source,"
                 " url, status, events, error, offset, ingested_at, (SELECT max(id) FROM codings) FROM stories_v1"
                 " ORDER BY id") &&
         copy_events(s, &n_events) && store_flush_incidents(s) && store_value(s, "SELECT count(*) FROM stories", NULL, n_stories,
                                                   sizeof n_stories) &&
         exec(s, "DROP TABLE events_v1; DROP TABLE stories_v1;");
    if (!ok) {
        fprintf(out, "migrate: failed: %s; the store is left as it was (version 1)\n", sqlite3_errmsg(s->db));
        exec(s, "ROLLBACK");
        return false;
    }
    if (!exec(s, "COMMIT")) {
        exec(s, "ROLLBACK");
        return false;
    }
    s->schema = 2;
    char n_inc[32];
    store_value(s, "SELECT count(*) FROM incidents", NULL, n_inc, sizeof n_inc);
    fprintf(out, "migrate: schema version 1 to 2: %s stories, %zu events, %s incidents; the stories' text was not"
            " kept by version 1: ingesting their input again stores it and codes them again\n", n_stories, n_events,
            n_inc);
    return true;
}
