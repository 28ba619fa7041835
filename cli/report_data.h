/* report_data.h — what `truce report` shows, read from a store.
 *
 * report_data_load() fills one report_data from a store made by `truce
 * ingest` (schema 2; a version 1 store is refused, as `truce query` refuses
 * it, with the advice to migrate it), so the page writer (report_html.c)
 * never touches the database: one pass over the events with SQL (the
 * aggregates kept in hash tables), the store's incidents and sentences,
 * and the ledger through the query layer (query.h) exactly as `truce
 * monitor` counts it. The events shown are those the filters match
 * inside the report's range of days: --from/--to when given; else the
 * ceasefire window when there is a ceasefire; else the stories'
 * publication days and the 90 days before the first (events the text
 * dates earlier are background, counted and left out).
 */
#ifndef TRUCE_REPORT_DATA_H
#define TRUCE_REPORT_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "progress.h"
#include "svg.h"
#include "truce.h"

/* The filters, as `truce query` takes them; NULL / 0 = any. */
typedef struct {
    const char *from, *to;      /* YYYY-MM-DD, inclusive */
    const char *country;        /* ISO alpha-3: source, target or place */
    const char *actor;          /* actor code or its start ("ARM" matches ARMGOV): source or target */
    const char *dyad;           /* "A,B": A to B or B to A, each a country or an actor code's start */
    const char *code;           /* CAMEO code or its start ("19" matches 190-196) */
    const char *root;           /* CAMEO root, "01" to "20" */
    int quad;                   /* QuadClass 1-4 */
    const char *place;          /* a place's name */
    double min_confidence;      /* 0 = any */
} report_filter;

/* The ceasefire ledger's question, as `truce monitor` takes it. */
typedef struct {
    const char *parties;        /* "A,B", or NULL for no ledger */
    truce_day ceasefire;        /* or TRUCE_NODAY */
    int before, after;          /* days of the window each side (28 each, as truce monitor) */
    bool by_day;                /* periods of a day, not a week */
} report_ledger_opts;

typedef struct {
    truce_day start;
    double quad[4];             /* incidents by QuadClass 1-4 (their most conflictual mention's) */
    double stories;             /* stories published (the reporting volume) */
} report_bucket;

typedef struct {
    char *source, *target;      /* actor codes */
    double n, goldstein;        /* events, their mean Goldstein */
} report_dyad;

typedef struct {
    char date[11];
    char *id;                   /* the incident's id */
    char *source, *target, *code, *place, *country;   /* of its first mention shown */
    double goldstein;
    int quad;
    uint32_t matched;           /* its mentions the filters keep */
    uint32_t mentions, stories, sources;   /* the incident's own counts */
    char *text[2], *story[2];   /* up to two of its sentences (from two stories) and their stories' ids */
    size_t mark_at[2], mark_len[2];        /* the evidence span in each sentence (mark_len 0: not found) */
    int n_text;
} report_incident;

/* A period of the ledger, counted as `truce monitor` counts (by incident). */
typedef struct {
    truce_day start;
    uint32_t viol[2];           /* violent incidents between the parties (18-20, 145, 171, 175):
                                   by the side of the first mention's source, A then B */
    uint32_t acc[2];            /* accusations and criticism (11x): A of B, B of A (one a day each way) */
    uint32_t talk;              /* calls, consultations, cooperation, agreements (02-05, 08) of a party */
    uint32_t deploy;            /* deployments of peacekeepers or monitors (074, 0861, 0862) */
    uint32_t stories;           /* stories published in the period */
} report_period;

typedef struct {
    bool on;
    char a[32], b[32];
    truce_day ceasefire, first, last;
    int unit;                   /* days a period */
    report_period *period;
    size_t n_period;
    double v_before, v_after, s_before, s_after;
    bool by_days;               /* no stories on a side: rates per day, as truce monitor */
    double ratio, lo, hi;       /* after / before rate, exact 95 % interval; NAN undefined,
                                   INFINITY an open end (truce monitor's numbers) */
} report_ledger;

typedef struct {
    char schema[16];            /* the store's schema version */
    uint64_t store_stories, store_events;
    uint64_t n_events, n_incidents, n_stories; /* events and incidents shown; stories in the range */
    uint64_t n_before, n_after, n_undated; /* matched by the filters but outside the range */
    truce_day first, last;
    int unit;                   /* SVG_DAY, SVG_WEEK, SVG_MONTH */
    truce_day anchor;           /* weeks start on its week day */
    report_bucket *bucket;
    size_t n_bucket;
    report_dyad *dyad;
    size_t n_dyad;
    svg_point *point;           /* names and countries owned here */
    size_t n_point;
    uint64_t n_located;
    report_incident *inc;
    size_t n_inc;
    report_ledger ledger;
} report_data;

/* Read the store at path (read-only) into *d. EXIT_OK, or the exit code
 * after writing what was wrong to err (EXIT_INPUT: not a store, or a
 * party or date that matches nothing it can use; EXIT_INTERNAL: SQLite
 * failed). Steps are shown on prog. Free with report_data_free() in
 * either case. */
int report_data_load(const char *path, const report_filter *f, const report_ledger_opts *lo, report_data *d,
                     progress *prog, char *err, size_t err_cap);
void report_data_free(report_data *d);

#endif
