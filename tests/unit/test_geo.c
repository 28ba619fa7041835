/* Unit tests for geo.c: keys, building and checking an image, and
 * resolution on a tiny gazetteer made here (not the full data). */
#include "geo.h"
#include "truce_int.h"
#include "unit.h"

#include <math.h>
#include <stdlib.h>

static uint32_t add(geo_builder *b, const char *name, const char *cc, uint32_t admin1,
                    double lat, double lon, uint32_t gid, uint32_t pop, geo_feature f,
                    unsigned flags)
{
    geo_entry e = {name, cc, admin1, lat, lon, gid, pop, f, flags};
    uint32_t id = geo_builder_add(b, &e);
    CHECK(id != GEO_NONE);
    return id;
}

static bool res(const geo *g, const char *name, const char *hint, geo_place *p)
{
    const char *hints[1] = {hint};
    return geo_resolve(g, name, strlen(name), hints, hint ? 1 : 0, p);
}

static bool key_is(const char *s, const char *want)
{
    uint8_t k[128];
    ptrdiff_t n = geo_key(s, strlen(s), k, sizeof k);
    return n == (ptrdiff_t)strlen(want) && memcmp(k, want, (size_t)n) == 0;
}

int main(void)
{
    CHECK(key_is("Nagorno-Karabakh", "nagorno karabakh"));
    CHECK(key_is("  the  Gaza Strip ", "gaza strip"));
    CHECK(key_is("Bogot\xc3\xa1", "bogota"));
    CHECK(key_is("St. Petersburg", "st petersburg"));
    CHECK(key_is("Ma\xe2\x80\x99" "arrat", "maarrat"));
    CHECK(key_is("The", "the"));          /* only a leading "the " goes */
    /* letters with no accent to strip, and transliteration marks */
    CHECK(key_is("A\xc4\x9f" "dam", "agdam"));              /* Ağdam */
    CHECK(key_is("\xc5\x9e\xc9\x99ki", "saki"));           /* Şəki */
    CHECK(key_is("Diyarbak\xc4\xb1r", "diyarbakir"));        /* Diyarbakır */
    CHECK(key_is("\xca\xbf" "Ayn al-Arab", "ayn al arab"));  /* ʿAyn */

    geo_builder *b = geo_builder_new();
    CHECK(b != NULL);
    uint32_t arm = add(b, "Armenia", "ARM", GEO_NONE, 40.2, 44.6, 0, 0, GEO_COUNTRY, 0);
    add(b, "Azerbaijan", "AZE", GEO_NONE, 40.3, 47.7, 0, 0, GEO_COUNTRY, 0);
    uint32_t usa = add(b, "United States", "USA", GEO_NONE, 38, -90, 0, 0, GEO_COUNTRY, 0);
    add(b, "France", "FRA", GEO_NONE, 46.5, 2.5, 0, 0, GEO_COUNTRY, 0);
    CHECK(geo_builder_name(b, usa, "US", 2, false));
    uint32_t il = add(b, "Illinois", "USA", GEO_NONE, NAN, NAN, 0, 0, GEO_ADMIN1, 0);
    uint32_t tx = add(b, "Texas", "USA", GEO_NONE, 31, -99, 0, 0, GEO_ADMIN1, 0);
    add(b, "Yerevan", "ARM", GEO_NONE, 40.18111, 44.51361, 616052, 1093485, GEO_CITY,
        GEO_F_CAPITAL);
    add(b, "Paris", "FRA", GEO_NONE, 48.85341, 2.3488, 2988507, 2138551, GEO_CITY,
        GEO_F_CAPITAL);
    add(b, "Paris", "USA", tx, 33.66094, -95.55551, 4717560, 24782, GEO_CITY, GEO_F_SEAT2);
    add(b, "Springfield", "USA", il, 39.80172, -89.64371, 4250542, 116565, GEO_CITY,
        GEO_F_SEAT);
    add(b, "Springfield", "USA", GEO_NONE, 37.21533, -93.29824, 4409896, 166810, GEO_CITY,
        GEO_F_SEAT2);
    uint32_t xk = add(b, "Xankandi", "AZE", GEO_NONE, 39.8177, 46.7528, 146970, 53100,
                      GEO_CITY, 0);
    CHECK(geo_builder_name(b, xk, "Stepanakert", 11, true));
    CHECK(geo_builder_name(b, xk, "Stepanakert", 11, false));   /* twice: one posting */
    add(b, "Taghavard", "ARM", GEO_NONE, 39.5, 46.9, 1, 600, GEO_CITY, 0);
    add(b, "Trump", "FRA", GEO_NONE, 45, 1, 2, 300, GEO_CITY, 0);
    uint32_t nk = add(b, "Nagorno-Karabakh", "AZE", GEO_NONE, 39.83, 46.75, 0, 0, GEO_REGION,
                      GEO_F_CURATED);
    CHECK(geo_builder_name(b, nk, "Artsakh", 7, false));
    geo_builder_set_coords(b, il, 40, -89);
    /* a subdivision and the town it is named after; a translation */
    uint32_t jen = add(b, "Jenin", "PSE", GEO_NONE, NAN, NAN, 0, 0, GEO_ADMIN1, 0);
    add(b, "Jan\xc4\xabn", "PSE", GEO_NONE, 32.46, 35.30, 3, 34730, GEO_CITY, 0);
    CHECK(geo_builder_name(b, jen + 1, "Jenin", 5, true));
    CHECK(geo_builder_name(b, jen, "Jenin governorate", 17, true));
    uint32_t bel = add(b, "Bel\xc3\xa9m", "BRA", GEO_NONE, -1.45, -48.5, 4, 1499641, GEO_CITY, GEO_F_SEAT);
    CHECK(geo_builder_name(b, bel, "Bethlehem", 9, true));
    add(b, "Bethlehem", "PSE", GEO_NONE, 31.70, 35.20, 5, 29019, GEO_CITY, GEO_F_SEAT2);
    add(b, "Bethlehem", "USA", GEO_NONE, 40.63, -75.37, 6, 75781, GEO_CITY, 0);
    geo_entry word = {"@oblast", "", GEO_NONE, NAN, NAN, 0, GEO_W_ADMIN, GEO_REGION, 0};
    CHECK(geo_builder_add(b, &word) != GEO_NONE);
    uint32_t last = geo_builder_count(b) - 1;

    void *blob;
    size_t len;
    truce_error err = {0};
    CHECK(geo_builder_finish(b, &blob, &len, &err));
    geo_builder_free(b);
    geo_builder_free(NULL);

    geo *g = geo_open(blob, len, &err);
    CHECK(g != NULL);
    if (!g) {
        free(blob);
        return DONE("test_geo");
    }
    CHECK(geo_count(g) == last + 1);
    geo_place p;
    CHECK(geo_get(g, il, &p) && p.feature == GEO_ADMIN1 && p.lat == 40 && p.lon == -89);
    CHECK(!geo_get(g, geo_count(g), &p));

    /* aliases, case and accents */
    CHECK(res(g, "Stepanakert", NULL, &p) && strcmp(p.name, "Xankandi") == 0 &&
          p.geonameid == 146970 && strcmp(p.country, "AZE") == 0 && p.feature == GEO_CITY);
    CHECK(res(g, "STEPANAKERT", NULL, &p) && p.geonameid == 146970);
    CHECK(res(g, "Y\xc3\xa9r\xc3\xa9van", NULL, &p) && p.geonameid == 616052 &&
          fabs(p.lat - 40.18111) < 1e-6 && fabs(p.lon - 44.51361) < 1e-6);
    CHECK(res(g, "nagorno karabakh", NULL, &p) && p.feature == GEO_REGION &&
          strcmp(p.country, "AZE") == 0);
    CHECK(res(g, "Artsakh", NULL, &p) && p.id == nk);
    CHECK(res(g, "US", NULL, &p) && p.id == usa && p.feature == GEO_COUNTRY);
    CHECK(res(g, "Armenia", NULL, &p) && p.id == arm);
    CHECK(!res(g, "Atlantis", NULL, &p));
    CHECK(!res(g, "", NULL, &p));
    CHECK(geo_candidates(g, "Springfield", 11) == 2);
    CHECK(geo_candidates(g, "Stepanakert", 11) == 1);
    CHECK(geo_candidates(g, "Atlantis", 8) == 0);

    /* population, capitals, hints and "don't know" */
    CHECK(res(g, "Paris", NULL, &p) && p.geonameid == 2988507);
    CHECK(!res(g, "Paris", "USA", &p));                  /* close call: refuse */
    CHECK(res(g, "Paris", "FRA", &p) && p.geonameid == 2988507);
    CHECK(!res(g, "Springfield", NULL, &p));             /* two of a size */
    CHECK(!res(g, "Springfield", "USA", &p));
    CHECK(!res(g, "Trump", NULL, &p));                   /* a village nobody hinted */
    CHECK(!res(g, "Trump", "USA", &p));
    CHECK(res(g, "Trump", "FRA", &p) && p.population == 300);
    CHECK(!res(g, "Taghavard", NULL, &p));
    CHECK(res(g, "Taghavard", "ARM", &p) && p.geonameid == 1);

    /* "Name, Context" */
    CHECK(res(g, "Paris, Texas", NULL, &p) && p.geonameid == 4717560 &&
          strcmp(p.admin1, "Texas") == 0 && p.admin1_id == tx);
    CHECK(res(g, "Springfield, Illinois", NULL, &p) && p.geonameid == 4250542);
    CHECK(res(g, "Springfield,Illinois", NULL, &p) && p.geonameid == 4250542);
    CHECK(!res(g, "Springfield, Texas", NULL, &p));
    CHECK(res(g, "Paris, France", "USA", &p) && p.geonameid == 2988507);
    CHECK(res(g, "Paris, US", NULL, &p) && p.geonameid == 4717560);

    /* the bare name is the town; with its type, the subdivision */
    CHECK(res(g, "Jenin", NULL, &p) && p.geonameid == 3 && p.feature == GEO_CITY);
    CHECK(res(g, "Jenin governorate", NULL, &p) && p.id == jen && strcmp(p.admin1, "Jenin") == 0);
    /* a place's own name outranks another's translation: two of a size
     * remain, so don't know; with the country named, that one */
    CHECK(!res(g, "Bethlehem", NULL, &p));
    CHECK(res(g, "Bethlehem", "PSE", &p) && p.geonameid == 5);
    /* inside a context place */
    geo_place tx_p;
    CHECK(geo_get(g, tx, &tx_p));
    CHECK(geo_resolve_in(g, "Paris", 5, NULL, 0, GEO_WANT_ANY, &tx_p, &p) && p.geonameid == 4717560);
    CHECK(!geo_resolve_in(g, "Springfield", 11, NULL, 0, GEO_WANT_ANY, &tx_p, &p));
    /* place words */
    CHECK(geo_word_class(g, "oblast", 6) == GEO_W_ADMIN);
    CHECK(geo_word_class(g, "Oblast", 6) == GEO_W_ADMIN);
    CHECK(geo_word_class(g, "oblasts", 7) == 0);
    CHECK(geo_word_class(g, "Paris", 5) == 0);

    /* feature filter */
    const char *none[1] = {NULL};
    CHECK(geo_resolve_as(g, "Illinois", 8, none, 0, GEO_WANT(GEO_ADMIN1), &p) && p.id == il);
    CHECK(!geo_resolve_as(g, "Illinois", 8, none, 0, GEO_WANT(GEO_CITY), &p));
    CHECK(!geo_resolve_as(g, "Paris", 5, none, 0, GEO_WANT(GEO_ADMIN1), &p));
    CHECK(strcmp(geo_feature_name(GEO_REGION), "region") == 0);
    geo_close(g);
    geo_close(NULL);

    /* bad images are refused with a message, never read */
    CHECK(geo_open(blob, 10, &err) == NULL && err.code == TRUCE_EDATA);
    CHECK(geo_open(blob, len - 4, &err) == NULL && err.code == TRUCE_EDATA);
    uint32_t *w = blob;
    w[0] ^= 1;
    CHECK(geo_open(blob, len, &err) == NULL && strstr(err.msg, "magic") != NULL);
    w[0] ^= 1;
    uint32_t saved = w[16 + 1];        /* place 0's admin1 -> out of range */
    w[16 + 1] = 1000000;
    CHECK(geo_open(blob, len, &err) == NULL && strstr(err.msg, "place 0") != NULL);
    w[16 + 1] = saved;
    g = geo_open(blob, len, &err);
    CHECK(g != NULL);
    geo_close(g);
    free(blob);
    return DONE("test_geo");
}
