/* incidents.h — the incident policy: which events report the same happening.
 *
 * News reports one happening many times: in several stories, by several
 * sources, sometimes twice in one story. An incident is the set of events
 * (its mentions) that agree on all four parts of a key:
 *
 *   when   the event's day; the month or the year when the event's date is
 *          only that precise (date_precision); an undated event is never
 *          grouped with another story's (its key names its story)
 *   who    the unordered pair of actors, each side its country when known,
 *          else its CAMEO actor code ("ARM" and "AZE" for ARMMIL shelling
 *          AZE); A against B and B against A are one pair
 *   what   the CAMEO root (the two-digit family: 19 for 190, 193, 195)
 *   where  the event's own place: the same first-level subdivision (admin1)
 *          when the gazetteer knows it, else the same half-degree cell of
 *          latitude and longitude (about 55 km), else the same place name;
 *          an event placed only by the story's dateline or at country
 *          level, or not at all, has no place, and groups only with other
 *          events that have none
 *
 * The id is a hash of the key alone, so it does not depend on the order in
 * which stories were ingested, nor on -j. The store keeps, per incident,
 * its mentions, the stories and the sources that report it, and its first
 * and last mention (README: Incidents). This module is pure: no SQL, no
 * I/O; the store and its tests call it.
 */
#ifndef TRUCE_INCIDENTS_H
#define TRUCE_INCIDENTS_H

#include <stddef.h>

#include "truce.h"

/* The version of the policy, kept in the store's meta table: a store whose
 * incidents were grouped by another policy has them grouped again. */
#define INCIDENT_POLICY "1"

typedef struct {
    char key[320];       /* "1|WHEN|A|B|ROOT|WHERE" */
    char id[17];         /* 16 hex digits: the first 64 bits of SHA-256(key) */
    char bucket[16];     /* WHEN: "2020-11-10", "2020-11", "2020", or "" (undated) */
    char day[11];        /* the bucket's first day, "" when undated */
    char actor_a[40], actor_b[40];   /* the pair, a <= b, an empty side last */
    char place[200];     /* WHERE, "" for no place */
} incident;

/* The incident of an event. date_precision is "day", "month", "year" or
 * NULL (day when the event has a date). */
void incident_of(const truce_event *ev, const char *date_precision, incident *out);

/* One side of a pair: the country when known, else the actor code, else
 * "". Writes at most cap bytes (NUL included). */
void incident_side(const char *actor, const char *country, char *out, size_t cap);

#endif
