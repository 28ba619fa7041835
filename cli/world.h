/* world.h — country shapes for the report's map, compiled into truce.
 *
 * tools/gen_world turns Natural Earth's 1:50m Admin 0 countries (the npm
 * package world-atlas, TopoJSON) into these tables at build time
 * ($(B)/gen/world.c); nothing is read or fetched at run time. The shapes
 * keep the TopoJSON's topology: a country is a list of rings, a ring a
 * list of arcs (shared with the neighbour across a border), an arc a run
 * of points. Coordinates are degrees times 100 (about a kilometre), which
 * is finer than the 1:50m lines themselves.
 *
 * All tables are static const: read-only, shared by any thread.
 */
#ifndef TRUCE_WORLD_H
#define TRUCE_WORLD_H

#include <stdint.h>

typedef struct {
    char iso3[4];          /* ISO 3166-1 alpha-3, "" where Natural Earth has no code (Kosovo, ...) */
    const char *name;      /* Natural Earth's short name ("Armenia", "N. Cyprus") */
    uint32_t ring;         /* its rings: world_ring[ring .. ring + n_rings) */
    uint32_t n_rings;      /* outer rings and holes; drawn with the even-odd rule */
    int16_t box[4];        /* west, south, east, north, degrees x 100 */
} world_country;

extern const world_country world_countries[];
extern const uint32_t world_n_countries;
/* points: lon, lat pairs, degrees x 100 */
extern const int16_t world_xy[];
/* arc a is points world_arc[a] .. world_arc[a + 1] (exclusive) */
extern const uint32_t world_arc[];
/* a ring's arcs: a >= 0 is arc a forwards, ~a is arc a backwards */
extern const int32_t world_ring_arc[];
/* ring r is world_ring_arc[world_ring[r] .. world_ring[r + 1]) */
extern const uint32_t world_ring[];
/* what the tables were made from, for the page's credits */
extern const char world_source[];

#endif
