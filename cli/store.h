/* store.h — the SQLite event store behind `truce ingest`, `truce db`,
 * `truce query` and `truce monitor`.
 *
 * One database file (schema version 2) holds:
 *   meta       the schema version, what codes the stories (truce version,
 *              knowledge digest, options) and the incident policy;
 *   codings    every such record a story was coded with; each story names
 *              its own;
 *   stories    every story read, with its status (ok, no_event, error), its
 *              text (zlib-compressed) and what the coder needs to code it
 *              again (date, where it came from, dateline);
 *   events     every event as flat columns (every field of the contract,
 *              the unordered actor pair, the incident), so queries need no
 *              json_extract; the JSON object `truce code` writes is rebuilt
 *              from them by the same writer, and kept as it is only when
 *              the columns would not give it back byte for byte (a field
 *              the columns do not hold);
 *   sentences  the sentences that gave events, with a full-text index
 *              (FTS5, sentences_fts);
 *   incidents  events grouped by the incident policy (incidents.h): stable
 *              ids, counts of mentions, stories and sources, first and last
 *              mention.
 * A story is known by its id and the SHA-256 of its input bytes, so
 * re-ingesting an input adds nothing, and an ingest (or a re-code) killed
 * at any point leaves a consistent database: each batch of stories is one
 * transaction, incidents included. All SQL with data goes through prepared
 * statements. A store of schema version 1 (no text, no incidents) is
 * converted in place by store_migrate(); the others refuse it.
 *
 * Threads: a store belongs to one thread. The store_packer and
 * store_columns(), which prepare a story's text and its events' columns in
 * the coding threads, touch no database.
 */
#ifndef TRUCE_STORE_H
#define TRUCE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "truce.h"

typedef struct store store;

#define STORE_SCHEMA 2

/* A story's identity: SHA-256 of its input bytes, as 64 hex digits. */
typedef struct {
    char hex[65];
} store_digest;
void store_digest_of(const void *data, size_t len, store_digest *out);

enum {
    STORE_CREATE = 1,     /* create the file and the schema if missing */
    STORE_ANY_SCHEMA = 2, /* open a version 1 store too, and an empty database
                           * (an ingest killed before it made the store):
                           * db check, export, migrate */
};
/* Open the database at path. On failure returns NULL and writes the reason
 * to err: a missing file (without STORE_CREATE), not a database, not a
 * truce store, a store of another schema version (version 1: "run 'truce
 * db migrate'"). */
store *store_open(const char *path, unsigned flags, char *err, size_t err_cap);
void store_close(store *s);
/* The schema version of the open store (1 or 2; 0: an empty database). */
int store_schema(const store *s);
/* The last error, for messages. */
const char *store_errmsg(const store *s);
/* The SQLite handle, for the query layer (query.c) only. */
struct sqlite3 *store_db(store *s);

/* What codes stories: recorded in meta and codings. */
typedef struct {
    const char *version;     /* TRUCE_VERSION */
    char knowledge[65];      /* SHA-256 over the knowledge's parts */
    char parts[1024];        /* what it is made of: "builtin <digest>; dict FILE <digest>; ..." */
    char options[256];       /* the coding options that change events */
} store_coding;

/* Take the coding for what is stored from now on. A new store records
 * it. A store coded with other knowledge or options refuses it (returns 1,
 * the message in err says what differs and to use --recode) unless recode
 * is set, and so does a store whose re-code was interrupted (some stories
 * still coded otherwise). Returns 0 when taken, -1 on a database error. */
int store_use_coding(store *s, const store_coding *c, bool recode, char *err, size_t err_cap);
/* Stories coded otherwise than the current coding that can be coded
 * again (their text is stored). */
long store_stale_count(store *s);

/* One transaction per batch. false on failure (message in store_errmsg).
 * store_commit brings the incidents touched by replaced stories up to
 * date before committing. */
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
    /* the story as coded, to code it again: text compressed by
     * store_pack_text (NULL: no text, a story that could not be read) */
    const void *text_z; size_t text_z_len; size_t text_len;
    int date_from;               /* TRUCE_DATE_* */
    size_t body_offset;
    long long dateline_start;    /* the dateline's place in the text, or -1 */
    size_t dateline_len;
} store_story;

/* Add a story. Returns 1 if it was added (its events follow with
 * store_add_event), 0 if the store has it already (same id and digest), 2
 * if it replaced the same story stored with an error, 3 if it replaced the
 * same story stored without its text (from a version 1 store), -1 on
 * error. */
int store_add_story(store *s, const store_story *st, int64_t *rowid);

/* The columns the store keeps beside an event's JSON (json, len: the line
 * truce_write_jsonl wrote for it), taken while the event is alive (in the
 * coding thread) and appended to b; store_add_event reads them back. */
void store_columns(truce_buf *b, const truce_event *ev, const char *json, size_t len);
/* Add the seq-th (0-based) event of the story last added (or re-coded) at
 * rowid: its JSON and its columns, read from *cols (moved past them); its
 * sentence and its incident with it. */
bool store_add_event(store *s, int64_t rowid, unsigned seq, const char *json, size_t len,
                     const char **cols, const char *cols_end);

/* A story's text, compressed (zlib) in the coding threads: one packer per
 * thread. */
typedef struct store_packer store_packer;
store_packer *store_packer_new(void);
void store_packer_free(store_packer *p);
/* Compress len bytes of text, appended to out; false when out of memory. */
bool store_pack_text(store_packer *p, const char *text, size_t len, truce_buf *out);

/* A stored story to code again (store_stale_next): strings are views valid
 * until the next call. */
typedef struct {
    int64_t rowid;
    const char *story_id; size_t story_id_len;
    const char *date;            /* YYYY-MM-DD or NULL */
    int date_from;
    size_t body_offset;
    long long dateline_start;
    size_t dateline_len;
    char *text; size_t text_len; /* decompressed, malloc'd: the caller frees it */
} store_stale_story;
/* The next story (rowid > after) coded otherwise than the current coding
 * and with its text: 1 with *out filled, 0 when there is none, -1 on a
 * database error, -2 when its text does not decompress (out->rowid and
 * out->story_id say which). */
int store_stale_next(store *s, int64_t after, store_stale_story *out);
/* Stories coded otherwise that cannot be coded again (no text: a story
 * that could not be read) take the current coding; returns how many, -1
 * on error. */
long store_settle_textless(store *s);
/* Replace the events of the story at rowid by a new coding of it: status,
 * event count, error as in store_story; its events follow with
 * store_add_event. The incidents it touched are brought up to date by
 * store_commit. */
bool store_recoded(store *s, int64_t rowid, const char *status, size_t events, const char *error,
                   long long offset);

/* `truce db check`: SQLite's integrity check, then the store's own
 * invariants: each story's event count matches its events, no story twice,
 * statuses, columns equal to the JSON, sentences and their full-text index,
 * stored texts, incidents equal to those recomputed from the events, the
 * meta record. Prints what it finds to f; returns the number of problems,
 * or -1. Knows schema versions 1 and 2. */
long store_check(store *s, void *f);
/* `truce db export`: every event's JSON, one per line, in ingest order;
 * with statuses, each story's status record follows its events. */
bool store_export(store *s, void *f, bool statuses);
/* `truce db migrate`: convert a version 1 store to version 2 in one
 * transaction (all or nothing): stories keep their ids and statuses (their
 * text was never stored: ingesting their input again stores it and codes
 * them again), events gain their columns, sentences and incidents. Prints
 * what it did to f. false on failure (message in store_errmsg). */
bool store_migrate(store *s, void *f);

#endif
