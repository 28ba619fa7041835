/* placeinc.c — the place of the story's incident.
 *
 * A story about a violent incident tells its place once, in the lead
 * ("Militants stormed a hotel in Beledweyne on Tuesday"), and its later
 * sentences tell more of the same incident without it ("Seven other
 * people were killed in the attack", "the army said it had killed the
 * attackers"). The dates stage marks those acts (evctx.incident: dated as
 * the incident they refer to, dates.c); they take the incident's place
 * too, when their own clause names none. The incident's place is that of
 * the story's first act of force (roots 18-20) placed in a town or a
 * province, not historical. (tests: test_story.c, incident place.)
 */
#include "coder.h"

#include <stdio.h>
#include <string.h>

void place_incident_note(truce_coder *c, const evctx *x, const char *code, const truce_event *ev)
{
    if (c->inc_place.set || x->historical || x->date == TRUCE_NODAY || !ev->location_name ||
        !ev->location_precision || !ev->location_country) {
        return;
    }
    int r = code_root(code);
    if (r < 18 || r > 20 ||
        (strcmp(ev->location_precision, "place") != 0 && strcmp(ev->location_precision, "admin1") != 0)) {
        return;
    }
    snprintf(c->inc_place.name, sizeof c->inc_place.name, "%s", ev->location_name);
    snprintf(c->inc_place.country, sizeof c->inc_place.country, "%s", ev->location_country);
    snprintf(c->inc_place.admin1, sizeof c->inc_place.admin1, "%s",
             ev->location_admin1 ? ev->location_admin1 : "");
    c->inc_place.precision = ev->location_precision[0] == 'p' ? "place" : "admin1";
    c->inc_place.lat = ev->lat;
    c->inc_place.lon = ev->lon;
    c->inc_place.geonameid = ev->geonameid;
    c->inc_place.set = true;
}

bool place_incident_fill(const truce_coder *c, const evctx *x, truce_event *ev)
{
    if (!x->incident || !c->inc_place.set || (ev->location_name && strcmp(ev->location_precision, "dateline") != 0)) {
        return false;
    }
    ev->location_name = c->inc_place.name;
    ev->location_country = c->inc_place.country;
    ev->location_admin1 = c->inc_place.admin1[0] ? c->inc_place.admin1 : NULL;
    ev->location_precision = c->inc_place.precision;
    ev->lat = c->inc_place.lat;
    ev->lon = c->inc_place.lon;
    ev->geonameid = c->inc_place.geonameid;
    ev->loc_start = ev->loc_end = 0;
    return true;
}
