/* store_int.h — the store's insides, shared by store.c and store_check.c
 * (the checker and the migration); nothing else includes it. */
#ifndef TRUCE_STORE_INT_H
#define TRUCE_STORE_INT_H

#include "store.h"

#include <sqlite3.h>

enum {
    Q_FIND, Q_REPLACE, Q_STORY, Q_EVENT, Q_SENTENCE, Q_FTS, Q_INCIDENT, Q_SOURCE_SEEN, Q_TOUCH, Q_TOUCH_STORY,
    Q_FTS_DELETE, Q_SENTENCES_DELETE, Q_EVENTS_DELETE, Q_RECOUNT, Q_REFIRST, Q_DROP_EMPTY, Q_UNTOUCH,
    Q_STORY_INFO, Q_RECODED, Q_STALE, Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_COUNT
};

/* How an incident's first mention is chosen (SQL over events e joined to
 * stories s): the earliest story date (undated last), then the event id,
 * then the story's digest; the same order whatever the ingest order. */
#define STORE_FIRST_KEY "coalesce(s.date, '~') || ' ' || e.event_id || ' ' || substr(s.digest, 1, 16)"

/* An incident's counts gathered in a transaction (store.c). */
typedef struct {
    uint64_t h;              /* the id's 64 bits; 0: an empty slot */
    char id[17], bucket[16], day[11], root[8];
    char *key, *actor_a, *actor_b, *place;   /* one allocation, key first */
    long mentions, stories, sources;
    int64_t first;           /* events.id of its first mention so far */
    char *first_key;         /* that mention's order key (malloc'd) */
    char first_seen[11], last_seen[11];
} store_agg;

struct store {
    sqlite3 *db;
    sqlite3_stmt *q[Q_COUNT];
    int schema;
    int64_t coding;           /* codings.id of this run, or 0 */
    /* the story whose events are being added */
    int64_t cur_rowid;
    char *cur_source;         /* its source, or NULL */
    char cur_date[11];        /* its date, or "" */
    char cur_digest[65];
    bool cur_replacing;       /* replaced or re-coded: its incidents are counted again at commit */
    long cur_sentence;        /* the sentence of its last event */
    char *cur_inc;            /* the incidents it mentioned so far, 17 bytes each */
    size_t cur_n_inc, cur_cap_inc;
    size_t n_touched;         /* incidents marked in temp.touched */
    store_agg *agg;           /* incidents' counts of the transaction, by id (open addressing) */
    size_t n_agg, cap_agg;
    char stale_id[512], stale_date[11];
};

/* Make the version 2 schema's tables (inside the caller's transaction). */
bool store_create_schema(store *s);
/* The fields of an event's columns (store_columns), in the order of the
 * events table's; then the JSON flag and what the store takes beside. */
enum {
    F_EVENT_ID, F_SENTENCE, F_DATE, F_DATE_SOURCE, F_DATE_PRECISION, F_SOURCE, F_SOURCE_COUNTRY, F_TARGET,
    F_TARGET_COUNTRY, F_CODE, F_ROOT, F_QUAD, F_GOLDSTEIN, F_PLOVER, F_LOC_NAME, F_LOC_COUNTRY, F_LOC_ADMIN1,
    F_LOC_PRECISION, F_LAT, F_LON, F_GEONAMEID, F_LOC_START, F_LOC_END, F_SPAN_START, F_SPAN_END, F_PATTERN,
    F_HISTORICAL, F_CONFIDENCE, F_ISSUES,
    STORE_EVENT_NSQL,        /* the fields an event is rebuilt from */
    F_ACTOR_A = STORE_EVENT_NSQL, F_ACTOR_B, F_INCIDENT,
    N_EVENT_COLS,
    F_JSON = N_EVENT_COLS,   /* "1": store the JSON (the columns do not give it back) */
    F_TEXT, F_IKEY, F_IBUCKET, F_IDAY, F_IPLACE,
    N_COLS
};
/* The columns (events e) of the fields an event is rebuilt from, in order. */
#define STORE_EVENT_SQL                                                                                         \
    "e.event_id, e.sentence, e.date, e.date_source, e.date_precision, e.source, e.source_country, e.target,"    \
    " e.target_country, e.code, e.root, e.quad_class, e.goldstein, e.plover, e.location_name,"                 \
    " e.location_country, e.location_admin1, e.location_precision, e.lat, e.lon, e.geonameid, e.loc_start,"    \
    " e.loc_end, e.span_start, e.span_end, e.pattern, e.historical, e.confidence, e.issues"
/* What store_event_json reads: the JSON column, the story id (stories s),
 * the sentence (sentences t), then STORE_EVENT_SQL. */
#define STORE_JSON_SQL "e.json, s.story_id, t.text, " STORE_EVENT_SQL
#define STORE_JSON_NCOLS (3 + STORE_EVENT_NSQL)

/* An event rebuilt from its fields as strings (v[F_...], NULL for SQL
 * NULL; STORE_EVENT_NSQL of them), its story's id and its sentence: what
 * truce_write_jsonl needs. Its strings are v's. */
void store_event_from(const char *const *v, const char *story_id, const char *text, size_t text_len,
                      truce_event *ev);
/* The JSON line (newline included) of a stored event, appended to out: its
 * json column when set, else rebuilt from the columns STORE_JSON_SQL
 * selected at q's column at. */
void store_event_json(sqlite3_stmt *q, int at, truce_buf *out);

/* Prepare the statements of a version 2 store. */
bool store_prepare(store *s, char *err, size_t err_cap, const char *path);
/* One value of a one-row query (one optional text parameter), copied into
 * out ("" when no row or NULL). false on error. */
bool store_value(store *s, const char *query, const char *arg, char *out, size_t cap);
/* Write the incidents' counts gathered in memory (before anything reads
 * the incidents table in the transaction). */
bool store_flush_incidents(store *s);
/* Count again the incidents marked in temp.touched. */
bool store_settle_incidents(store *s);
/* Text stored by store_pack_text, decompressed (malloc'd, NUL after it),
 * or NULL when it does not decompress to len bytes. */
char *store_unpack_text(const void *z, size_t z_len, size_t len);

#endif
