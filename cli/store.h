/* store.h — the SQLite event store behind `truce ingest` and `truce db`.
 *
 * One database file holds every story ingested (with its status: ok,
 * no_event or error) and every event, as the same JSON object `truce code`
 * writes, with generated columns over it for queries. A story is known by
 * its id and the SHA-256 of its input bytes (the JSON line, or the whole
 * text file), so re-ingesting an input adds nothing, and an ingest killed
 * at any point leaves a consistent database: each batch of stories is one
 * transaction. All SQL goes through prepared statements.
 */
#ifndef TRUCE_STORE_H
#define TRUCE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "truce.h"

typedef struct store store;

/* A story's identity: SHA-256 of its input bytes, as 64 hex digits. */
typedef struct {
    char hex[65];
} store_digest;
void store_digest_of(const void *data, size_t len, store_digest *out);

/* Open (creating it and its schema if needed) the database at path. On
 * failure returns NULL and writes the reason to err. */
store *store_open(const char *path, bool create, char *err, size_t err_cap);
void store_close(store *s);
/* The last error, for messages. */
const char *store_errmsg(const store *s);

/* One transaction per batch. false on failure (message in store_errmsg). */
bool store_begin(store *s);
bool store_commit(store *s);
void store_rollback(store *s);

typedef struct {
    const char *story_id; size_t story_id_len;
    const store_digest *digest;
    const char *input;           /* file name as given, "-" for stdin */
    unsigned line;               /* JSON Lines line, 0 for a text file */
    const char *date;            /* YYYY-MM-DD or NULL */
    const char *title; size_t title_len;    /* may be NULL */
    const char *source; size_t source_len;
    const char *url; size_t url_len;
    const char *status;          /* "ok", "no_event", "error" */
    size_t events;
    const char *error;           /* NULL unless status is error */
    long long offset;            /* byte offset of the error, or -1 */
} store_story;

/* Add a story. Returns 1 if it was added (its events follow with
 * store_add_event), 0 if the store has it already (same id and digest), 2
 * if it replaced the same story stored with an error (a re-run retries
 * errors), -1 on error. */
int store_add_story(store *s, const store_story *st, int64_t *rowid);
/* The columns the store keeps beside an event's JSON, taken while the
 * event is alive (in the coding thread) and appended to b; store_add_event
 * reads them back. */
void store_columns(truce_buf *b, const truce_event *ev);
/* Add the seq-th (0-based) event of the story at rowid: one JSON object and
 * its columns, read from *cols (moved past them). */
bool store_add_event(store *s, int64_t rowid, unsigned seq, const char *json, size_t len,
                     const char **cols, const char *cols_end);

/* `truce db check`: SQLite's integrity check, then the store's own
 * invariants (each story's event count matches its events, no story twice).
 * Prints what it finds to f; returns the number of problems, or -1. */
long store_check(store *s, void *f);
/* `truce db export`: every event's JSON, one per line, in ingest order;
 * with statuses, each story's status record follows its events. */
bool store_export(store *s, void *f, bool statuses);

#endif
