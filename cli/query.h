/* query.h — questions of a store without SQL: the layer under `truce query`,
 * `truce monitor` and `truce report`.
 *
 * A query_filter says which events count (dates, actors, countries, dyad,
 * CAMEO codes and roots, QuadClass, PLOVER types, places, distance,
 * confidence, words of the sentence, historical or not, one event, incident
 * or story) and what one row is (query_dedup):
 *   QUERY_DEDUP_NONE      every event (each mention of each story)
 *   QUERY_DEDUP_STORY     one per story and incident: a story that tells a
 *                         happening twice counts it once
 *   QUERY_DEDUP_INCIDENT  one per incident, across stories (incidents.h)
 * query_events() gives rows of events (the first event of each story and
 * incident under QUERY_DEDUP_STORY), query_incidents() rows of incidents
 * (an incident is given when at least one of its mentions passes the
 * filter), query_count() counts by day, week, month, dyad, root, PLOVER
 * type, place or news source, as complete series: every day, week or
 * month from the first to the last (the filter's --from and --to when
 * given) is a row, 0 when nothing happened in it, and so is every CAMEO
 * root and PLOVER type. Strings of the rows passed to the callbacks are
 * valid during the call only. All values reach SQLite as bound parameters.
 */
#ifndef TRUCE_QUERY_H
#define TRUCE_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store.h"

typedef enum { QUERY_DEDUP_NONE, QUERY_DEDUP_STORY, QUERY_DEDUP_INCIDENT } query_dedup;
typedef enum {
    QUERY_BY_DAY, QUERY_BY_WEEK, QUERY_BY_MONTH, QUERY_BY_DYAD, QUERY_BY_ROOT, QUERY_BY_PLOVER,
    QUERY_BY_PLACE, QUERY_BY_SOURCE
} query_by;

#define QUERY_MAX_LIST 32

typedef struct {
    const char *from, *to;          /* event dates, YYYY-MM-DD, inclusive; NULL: open */
    /* an actor side's country (or, for an actor without one, its code)
     * or the event's place's country */
    const char *countries[QUERY_MAX_LIST]; size_t n_countries;
    /* an actor side only (source or target): its country, or a prefix of
     * its code */
    const char *sides[QUERY_MAX_LIST]; size_t n_sides;
    /* the source or the target's CAMEO actor code begins so (ARMMIL) */
    const char *actors[QUERY_MAX_LIST]; size_t n_actors;
    /* A and B, either direction: three capital letters are a country,
     * anything else a prefix of an actor code; NULL: no dyad */
    const char *dyad[2];
    /* with dyad or sides: or else the events placed in this region (the
     * event's own place, subdivision or country, by name or ISO code) or
     * within region_km of a point: "between the parties or inside the
     * region"; alone, a filter of its own */
    const char *or_region;
    bool or_near; double region_lat, region_lon, region_km;
    const char *codes[QUERY_MAX_LIST]; size_t n_codes;     /* CAMEO code prefixes: 19, 190, 1823 */
    const char *roots[QUERY_MAX_LIST]; size_t n_roots;     /* two-digit roots: 18, 19, 20 */
    int quads[4]; size_t n_quads;                          /* QuadClass 1-4 */
    const char *plovers[QUERY_MAX_LIST]; size_t n_plovers; /* PLOVER types: ASSAULT */
    const char *place;              /* the place's name or subdivision (any case), or its ISO3 country */
    bool near; double near_lat, near_lon, near_km;         /* within km of a point */
    double min_confidence;          /* 0: any */
    const char *text;               /* words of the sentence (FTS5; bare words need all, "a phrase", OR, NOT, pre*) */
    int historical;                 /* -1 any, 0 not historical, 1 historical only */
    const char *event_id, *incident_id, *story_id;
    const char *news_source;        /* the story's source ("" = none given) */
    query_dedup dedup;
    size_t limit;                   /* rows at most; 0: all */
    bool by_confidence;             /* order events by confidence (highest first), not by date */
} query_filter;

void query_filter_init(query_filter *f);

/* One event row. */
typedef struct {
    int64_t rowid;                  /* events.id */
    const char *event_id, *story_id, *date, *date_precision;
    const char *source, *source_country, *target, *target_country;
    const char *code, *root, *plover;
    int quad_class;
    double goldstein, confidence;
    const char *location_name, *location_country, *location_admin1, *location_precision;
    bool has_latlon; double lat, lon;
    uint32_t sentence;
    size_t span_start, span_end;    /* the evidence, byte offsets in the story text */
    const char *pattern;
    bool historical;
    const char *text;               /* the sentence */
    const char *json; size_t json_len;   /* the event as `truce code` writes it */
    const char *story_date, *news_source, *url;
    const char *incident;           /* its incident's id */
    long mentions, stories, sources;     /* its incident's counts */
    long matched;                   /* QUERY_DEDUP_STORY: events of the story and incident that pass */
    int64_t story_rowid;            /* stories.id, for query_story_text */
} query_event;

/* One incident row: its own fields and its first mention. */
typedef struct {
    const char *id, *date, *day, *actor_a, *actor_b, *root, *place;
    long mentions, stories, sources;
    const char *first_seen, *last_seen;
    long matched;                   /* mentions that pass the filter */
    query_event first;
} query_incident;

/* One count row: key (a period's first day, "YYYY-MM" for months, "A B"
 * for a dyad, a root, a PLOVER type, a place, a source); count: rows under
 * the filter's dedup; events: the events behind them; goldstein: their
 * mean (0 when none). */
typedef struct {
    const char *key;
    long count, events;
    double goldstein;
} query_count_row;

typedef int (*query_event_cb)(void *user, const query_event *e);
typedef int (*query_incident_cb)(void *user, const query_incident *i);
typedef int (*query_count_cb)(void *user, const query_count_row *c);

/* Each returns the number of rows given (a callback returning nonzero
 * stops them), or -1 with the reason in err (a bad filter value, a
 * full-text query SQLite refuses, a database error). */
long query_events(store *s, const query_filter *f, query_event_cb cb, void *user, char *err, size_t err_cap);
long query_incidents(store *s, const query_filter *f, query_incident_cb cb, void *user, char *err, size_t err_cap);
long query_count(store *s, const query_filter *f, query_by by, query_count_cb cb, void *user, char *err,
                 size_t err_cap);

/* Stories by their own (publication) date, as a complete series of days
 * from..to (inclusive): counts[i] for day from + i. n_days entries. -1 on
 * error. */
long query_stories_per_day(store *s, const char *from, size_t n_days, long *counts, char *err, size_t err_cap);

/* A stored story's text (malloc'd, NUL after it, *len its bytes), or NULL
 * when it was not stored (a version 1 store) or is damaged. */
char *query_story_text(store *s, int64_t story_rowid, size_t *len);

/* The event's sentence with its evidence (the span that proves it, found
 * in the stored story text) in [brackets]; the sentence as it is when the
 * text was not stored. malloc'd; NULL when out of memory. */
char *query_marked_sentence(store *s, const query_event *e);

/* Days since 1970-01-01 of "YYYY-MM-DD" (false if malformed), and back. */
bool query_day(const char *s, int32_t *day);
void query_day_str(int32_t day, char out[11]);
/* The first day of the month after day's. */
int32_t query_next_month(int32_t day);

/* The 20 CAMEO roots and 16 PLOVER event types, for complete series. */
extern const char *const query_roots[20];
extern const char *const query_plovers[16];

#endif
