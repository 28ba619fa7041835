/* incidents.c — the incident policy (see incidents.h; tests/unit/test_store.c
 * checks each part of the key with events of its own). */
#include "incidents.h"

#include <math.h>
#include <nettle/sha2.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void incident_side(const char *actor, const char *country, char *out, size_t cap)
{
    const char *v = country && *country ? country : actor && *actor ? actor : "";
    snprintf(out, cap, "%s", v);
}

/* Key text is '|'-separated: a field's own '|' would make two keys one, so
 * it is written as '/'; ASCII letters are lowered (place names). */
static size_t put_field(char *out, size_t at, size_t cap, const char *v, bool lower)
{
    if (at + 1 < cap) {
        out[at++] = '|';
    }
    for (; v && *v && at + 1 < cap; v++) {
        char c = *v == '|' ? '/' : *v;
        if (lower && c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        out[at++] = c;
    }
    out[at] = 0;
    return at;
}

void incident_of(const truce_event *ev, const char *date_precision, incident *out)
{
    memset(out, 0, sizeof *out);
    /* when */
    if (ev->date != TRUCE_NODAY) {
        char d[11];
        truce_day_format(ev->date, d);
        if (date_precision && strcmp(date_precision, "year") == 0) {
            snprintf(out->bucket, sizeof out->bucket, "%.4s", d);
            snprintf(out->day, sizeof out->day, "%.4s-01-01", d);
        } else if (date_precision && strcmp(date_precision, "month") == 0) {
            snprintf(out->bucket, sizeof out->bucket, "%.7s", d);
            snprintf(out->day, sizeof out->day, "%.7s-01", d);
        } else {
            memcpy(out->bucket, d, 11);
            memcpy(out->day, d, 11);
        }
    }
    /* who: sorted, an empty side last */
    char s[40], t[40];
    incident_side(ev->source, ev->source_country, s, sizeof s);
    incident_side(ev->target, ev->target_country, t, sizeof t);
    bool swap = !s[0] || (t[0] && strcmp(t, s) < 0);
    snprintf(out->actor_a, sizeof out->actor_a, "%s", swap ? t : s);
    snprintf(out->actor_b, sizeof out->actor_b, "%s", swap ? s : t);
    /* where: the event's own place only */
    const char *prec = ev->location_precision;
    bool own = ev->location_name && prec &&
               (strcmp(prec, "place") == 0 || strcmp(prec, "admin1") == 0 || strcmp(prec, "region") == 0);
    if (own) {
        const char *cc = ev->location_country ? ev->location_country : "";
        if (ev->location_admin1 && *ev->location_admin1) {
            snprintf(out->place, sizeof out->place, "admin1:%s:%s", cc, ev->location_admin1);
        } else if (!isnan(ev->lat) && !isnan(ev->lon)) {
            snprintf(out->place, sizeof out->place, "cell:%s:%.1f,%.1f", cc, floor(ev->lat * 2) / 2,
                     floor(ev->lon * 2) / 2);
        } else {
            snprintf(out->place, sizeof out->place, "name:%s:%s", cc, ev->location_name);
        }
    }
    /* the key: an undated event's names its story */
    size_t at = (size_t)snprintf(out->key, sizeof out->key, "%s", INCIDENT_POLICY);
    if (out->bucket[0]) {
        at = put_field(out->key, at, sizeof out->key, out->bucket, false);
    } else {
        char u[200];
        snprintf(u, sizeof u, "undated:%s", ev->story_id ? ev->story_id : "");
        at = put_field(out->key, at, sizeof out->key, u, false);
    }
    at = put_field(out->key, at, sizeof out->key, out->actor_a, false);
    at = put_field(out->key, at, sizeof out->key, out->actor_b, false);
    at = put_field(out->key, at, sizeof out->key, ev->root, false);
    put_field(out->key, at, sizeof out->key, out->place, true);
    struct sha256_ctx c;
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_init(&c);
    sha256_update(&c, strlen(out->key), (const uint8_t *)out->key);
    sha256_digest(&c, sizeof d, d);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 8; i++) {
        out->id[2 * i] = hex[d[i] >> 4];
        out->id[2 * i + 1] = hex[d[i] & 15];
    }
    out->id[16] = 0;
}
