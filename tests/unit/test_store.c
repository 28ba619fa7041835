/* test_store.c — the SQLite store (cli/store.c): digests, idempotent
 * stories, errors tried again in place, event columns, the checker; the
 * incident policy (cli/incidents.c): each part of its key; the query
 * layer's complete series (cli/query.c). */
#include "../../cli/incidents.h"
#include "../../cli/query.h"
#include "../../cli/store.h"
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static store_story story(const char *id, const store_digest *d, const char *status, size_t events,
                         const char *error)
{
    store_story s = {0};
    s.story_id = id;
    s.story_id_len = strlen(id);
    s.digest = d;
    s.input = "test.jsonl";
    s.line = 1;
    s.status = status;
    s.events = events;
    s.error = error;
    s.offset = error ? 7 : -1;
    return s;
}

/* An event for the incident policy's checks: source, target (with their
 * countries), CAMEO code, day, place (NULL: none). */
static truce_event inc_event(const char *src, const char *src_cc, const char *tgt, const char *tgt_cc,
                             const char *code, truce_day day, const char *place, const char *admin1,
                             const char *precision, double lat, double lon)
{
    truce_event ev = {0};
    ev.story_id = "s";
    ev.source = src;
    ev.source_country = src_cc;
    ev.target = tgt;
    ev.target_country = tgt_cc;
    ev.code = code;
    static char root[3];
    snprintf(root, sizeof root, "%.2s", code);
    ev.root = root;
    ev.date = day;
    ev.location_name = place;
    ev.location_country = place ? "UKR" : NULL;
    ev.location_admin1 = admin1;
    ev.location_precision = precision;
    ev.lat = lat;
    ev.lon = lon;
    return ev;
}

/* The incident policy (cli/incidents.h), part by part. */
static void test_incidents(void)
{
    truce_day d;
    truce_day_parse("2022-03-13", 10, &d);
    incident a, b;
    truce_event base = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d, "Kharkiv", "Kharkiv", "place", 49.98, 36.25);
    incident_of(&base, NULL, &a);
    CHECK(strlen(a.id) == 16);
    CHECK(strcmp(a.bucket, "2022-03-13") == 0);
    CHECK(strcmp(a.actor_a, "RUS") == 0 && strcmp(a.actor_b, "UKR") == 0);
    /* another actor of the same countries, another code of the same root,
     * the other direction: the same happening */
    truce_event e = inc_event("UKRMIL", "UKR", "RUSMIL", "RUS", "195", d, "Kharkiv", "Kharkiv", "place", 49.9, 36.3);
    incident_of(&e, NULL, &b);
    CHECK(strcmp(a.id, b.id) == 0);
    /* another day, another root, another subdivision: not */
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d + 1, "Kharkiv", "Kharkiv", "place", 49.98, 36.25);
    incident_of(&e, NULL, &b);
    CHECK(strcmp(a.id, b.id) != 0);
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "111", d, "Kharkiv", "Kharkiv", "place", 49.98, 36.25);
    incident_of(&e, NULL, &b);
    CHECK(strcmp(a.id, b.id) != 0);
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d, "Mariupol", "Donetsk", "place", 47.1, 37.5);
    incident_of(&e, NULL, &b);
    CHECK(strcmp(a.id, b.id) != 0);
    /* a dateline's place is no place; nor is none */
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d, "Kyiv", "Kyiv City", "dateline", 50.45, 30.52);
    incident_of(&e, NULL, &b);
    CHECK(b.place[0] == 0);
    truce_event none = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d, NULL, NULL, NULL, NAN, NAN);
    incident t;
    incident_of(&none, NULL, &t);
    CHECK(strcmp(t.id, b.id) == 0);
    /* without a subdivision, the half-degree cell: two villages 10 km apart
     * in one cell, one 60 km away in another */
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d, "Village A", "", "place", 48.61, 38.01);
    incident_of(&e, NULL, &a);
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d, "Village B", "", "place", 48.68, 38.09);
    incident_of(&e, NULL, &b);
    CHECK(strcmp(a.id, b.id) == 0);
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", d, "Village C", "", "place", 48.10, 38.01);
    incident_of(&e, NULL, &b);
    CHECK(strcmp(a.id, b.id) != 0);
    /* a date known to the month only groups by the month */
    incident_of(&base, "month", &a);
    CHECK(strcmp(a.bucket, "2022-03") == 0 && strcmp(a.day, "2022-03-01") == 0);
    /* an actor without a country stands by its code; no target goes last */
    e = inc_event("IGOUNO", NULL, "", NULL, "051", d, NULL, NULL, NULL, NAN, NAN);
    incident_of(&e, NULL, &a);
    CHECK(strcmp(a.actor_a, "IGOUNO") == 0 && a.actor_b[0] == 0);
    /* undated events of two stories are two incidents */
    e = inc_event("RUSMIL", "RUS", "UKR", "UKR", "194", TRUCE_NODAY, NULL, NULL, NULL, NAN, NAN);
    incident_of(&e, NULL, &a);
    e.story_id = "other";
    incident_of(&e, NULL, &b);
    CHECK(strcmp(a.id, b.id) != 0 && a.bucket[0] == 0);
}

static int count_cb(void *user, const query_count_row *c)
{
    char *out = user;
    size_t n = strlen(out);
    snprintf(out + n, 1024 - n, "%s=%ld ", c->key, c->count);
    return 0;
}

int main(void)
{
    test_incidents();

    /* SHA-256 test vector (FIPS 180-2): "abc" */
    store_digest d;
    store_digest_of("abc", 3, &d);
    CHECK(strcmp(d.hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0);

    char path[] = "/tmp/truce-test-store-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    unlink(path);
    char err[256];
    CHECK(store_open(path, 0, err, sizeof err) == NULL);   /* no such store, not created */
    CHECK(strstr(err, path) != NULL);
    store *s = store_open(path, STORE_CREATE, err, sizeof err);
    CHECK(s != NULL);
    if (!s) {
        return DONE("store");
    }

    /* an event and its columns */
    truce_event ev = {0};
    ev.event_id = "a-1-1";
    ev.story_id = "a";
    ev.sentence = 1;
    ev.date = 18753;   /* 2021-05-06 */
    ev.source = "RUSGOV";
    ev.source_country = "RUS";
    ev.target = "";
    ev.code = "040";
    ev.root = "04";
    ev.quad_class = 1;
    ev.goldstein = 1.0;
    ev.plover = "CONSULT";
    ev.lat = ev.lon = NAN;
    ev.text = "x";
    ev.text_len = 1;
    ev.pattern = "p";
    ev.date_source = "story";
    truce_buf json = {0}, cols = {0};
    truce_write_jsonl(&json, &ev);
    store_columns(&cols, &ev, json.p, json.len - 1);

    store_digest da, db;
    store_digest_of("story a", 7, &da);
    store_digest_of("story b", 7, &db);
    int64_t id = -1, id2 = -1;
    CHECK(store_begin(s));
    store_story sa = story("a", &da, "ok", 1, NULL);
    CHECK(store_add_story(s, &sa, &id) == 1);
    const char *c = cols.p;
    CHECK(store_add_event(s, id, 0, json.p, json.len - 1, &c, cols.p + cols.len));
    CHECK(c == cols.p + cols.len);   /* every column read */
    /* the same story again: nothing added */
    CHECK(store_add_story(s, &sa, &id2) == 0);
    /* a story with an error, then the same story again: replaced in place */
    store_story sb = story("b", &db, "error", 0, "bad date");
    CHECK(store_add_story(s, &sb, &id) == 1);
    store_story sb2 = story("b", &db, "no_event", 0, NULL);
    CHECK(store_add_story(s, &sb2, &id2) == 2);
    CHECK(id2 == id);
    CHECK(store_commit(s));

    FILE *out = tmpfile();
    CHECK(store_check(s, out) == 0);
    rewind(out);
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, out);
    buf[n] = 0;
    CHECK(strstr(buf, "integrity: ok") != NULL);
    CHECK(strstr(buf, "stored: 2 stories: 1 with events, 1 with no event, 0 with errors; 1 events") != NULL);
    fclose(out);

    out = tmpfile();
    CHECK(store_export(s, out, true));
    rewind(out);
    n = fread(buf, 1, sizeof buf - 1, out);
    buf[n] = 0;
    CHECK(strncmp(buf, json.p, json.len) == 0);   /* the event exactly as written */
    CHECK(strstr(buf, "{\"story_id\":\"b\",\"status\":\"no_event\",\"events\":0,\"error\":null,\"offset\":null}") != NULL);
    fclose(out);

    /* a complete weekly series: the weeks without an event are rows of 0 */
    query_filter qf;
    query_filter_init(&qf);
    qf.from = "2021-04-20";
    qf.to = "2021-05-12";
    char series[1024] = "";
    CHECK(query_count(s, &qf, QUERY_BY_WEEK, count_cb, series, err, sizeof err) == 4);
    CHECK(strcmp(series, "2021-04-19=0 2021-04-26=0 2021-05-03=1 2021-05-10=0 ") == 0);
    series[0] = 0;
    CHECK(query_count(s, &qf, QUERY_BY_ROOT, count_cb, series, err, sizeof err) == 20);
    CHECK(strncmp(series, "01=0 02=0 03=0 04=1 05=0", 24) == 0);

    truce_buf_free(&json);
    truce_buf_free(&cols);
    store_close(s);
    char wal[64];
    unlink(path);
    snprintf(wal, sizeof wal, "%s-wal", path);
    unlink(wal);
    snprintf(wal, sizeof wal, "%s-shm", path);
    unlink(wal);
    return DONE("store");
}
