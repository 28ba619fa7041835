/* test_store.c — the SQLite store (cli/store.c): digests, idempotent
 * stories, errors tried again in place, event columns, the checker. */
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

int main(void)
{
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
    CHECK(store_open(path, false, err, sizeof err) == NULL);   /* no such store, not created */
    CHECK(strstr(err, path) != NULL);
    store *s = store_open(path, true, err, sizeof err);
    CHECK(s != NULL);
    if (!s) {
        return DONE("store");
    }

    /* an event and its columns */
    truce_event ev = {0};
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
    store_columns(&cols, &ev);

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
