/* geo.c — the gazetteer: build, check and read a compact place-name image.
 *
 * The image (all 32-bit words in host order, checked by an endian mark):
 *
 *   header   16 words: magic "TRUCEGZ1", endian mark, version, n_places,
 *            n_keys, n_slots, n_posts, str_len, total length
 *   places   7 words each: name offset, admin1 id, lat and lon in
 *            micro-degrees (INT32_MIN = unknown), geonameid, population,
 *            ISO3 bytes + (feature | flags << 2)
 *   keys     4 words each: key offset, key length, first posting, count
 *   slots    n_slots words (a power of two): key index + 1, 0 = empty;
 *            linear probing on FNV-1a of the key
 *   posts    place ids; the top bit marks an alternate name
 *   strings  NUL-terminated display names and keys
 *
 * geo_open() validates every offset once, so lookups never check bounds
 * again. Resolution (geo_resolve_as) scores each candidate (curated region >
 * country > admin1 > city by population, capitals and seats, hinted
 * countries) and refuses when a distinct rival is close or the winner is
 * implausible. It leaves finding mentions in text to its callers (the
 * coder, `truce geo`), and reading files to tools/ and cli/.
 */
#include "geo.h"
#include "truce_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { HDR_WORDS = 16, PLACE_WORDS = 7, KEY_WORDS = 4 };
enum { H_MAGIC0, H_MAGIC1, H_ENDIAN, H_VERSION, H_NPLACES, H_NKEYS, H_NSLOTS,
       H_NPOSTS, H_STRLEN, H_TOTAL };
#define GEO_MAGIC0 0x43555254u   /* "TRUC" little-endian */
#define GEO_MAGIC1 0x315a4745u   /* "EGZ1" */
#define GEO_ENDIAN 0x01020304u
#define GEO_VERSION 1u
#define ALT_BIT 0x80000000u
#define KEY_MAX 256

struct geo {
    const uint32_t *places, *keys, *slots, *posts;
    const char *strs;
    uint32_t n_places, n_keys, n_slots, n_posts, str_len;
};

static uint32_t fnv1a(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ p[i]) * 16777619u;
    }
    return h;
}

ptrdiff_t geo_key(const char *s, size_t len, uint8_t *out, size_t cap)
{
    uint8_t tmp[4 * KEY_MAX];
    if (len > KEY_MAX) {
        return -1;
    }
    ptrdiff_t n = text_key((const uint8_t *)s, (ptrdiff_t)len, tmp, sizeof tmp);
    if (n < 0) {
        return -1;
    }
    size_t o = 0;
    bool space = true;    /* drops leading spaces and collapses runs */
    for (ptrdiff_t i = 0; i < n; i++) {
        uint8_t c = tmp[i];
        if (c == '.' || c == '\'') {
            continue;
        }
        /* Latin letters that have no accent to strip: ı ł đ ø ħ as i l d o
         * h, the Azerbaijani schwa ə as a (Şəki = Shaki), and the
         * transliteration marks ʻ ʾ ʿ dropped */
        if (c >= 0xc3 && c <= 0xca && i + 1 < n) {
            uint8_t d = tmp[i + 1];
            char f = c == 0xc4 && d == 0xb1 ? 'i' : c == 0xc5 && d == 0x82 ? 'l'
                   : c == 0xc4 && d == 0x91 ? 'd' : c == 0xc3 && d == 0xb8 ? 'o'
                   : c == 0xc4 && d == 0xa7 ? 'h' : (c == 0xc9 && d == 0x99) || (c == 0xc7 && d == 0x9d) ? 'a'
                   : c == 0xca && (d == 0xbb || d == 0xbe || d == 0xbf) ? '-' : 0;
            if (f) {
                i++;
                if (f == '-') {
                    continue;
                }
                if (o >= cap) {
                    return -1;
                }
                out[o++] = (uint8_t)f;
                space = false;
                continue;
            }
        }
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
            if (!space) {
                if (o >= cap) {
                    return -1;
                }
                out[o++] = ' ';
            }
            space = true;
            continue;
        }
        if (o >= cap) {
            return -1;
        }
        out[o++] = c;
        space = false;
    }
    while (o > 0 && out[o - 1] == ' ') {
        o--;
    }
    /* "the Gaza Strip", "The Hague", "the Netherlands": the article is
     * optional in news, so it is never part of a key */
    if (o > 4 && memcmp(out, "the ", 4) == 0) {
        memmove(out, out + 4, o - 4);
        o -= 4;
    }
    return (ptrdiff_t)o;
}

const char *geo_feature_name(geo_feature f)
{
    switch (f) {
    case GEO_CITY: return "city";
    case GEO_ADMIN1: return "admin1";
    case GEO_REGION: return "region";
    case GEO_COUNTRY: return "country";
    }
    return "?";
}

/* ---- reading ----------------------------------------------------------- */

geo *geo_open(const void *blob, size_t len, truce_error *err)
{
    const uint32_t *w = blob;
    if (!blob || ((uintptr_t)blob & 3) != 0 || len < HDR_WORDS * 4) {
        err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "gazetteer: %s",
                blob && ((uintptr_t)blob & 3) ? "image is not 4-byte aligned"
                                               : "image too short for a header");
        return NULL;
    }
    if (w[H_MAGIC0] != GEO_MAGIC0 || w[H_MAGIC1] != GEO_MAGIC1) {
        err_set(err, TRUCE_EDATA, NULL, 0, 0, 0, "gazetteer: not a truce gazetteer (bad magic)");
        return NULL;
    }
    if (w[H_ENDIAN] != GEO_ENDIAN || w[H_VERSION] != GEO_VERSION) {
        err_set(err, TRUCE_EDATA, NULL, 0, 0, 8,
                "gazetteer: built for another byte order or version (%u); rebuild it",
                (unsigned)w[H_VERSION]);
        return NULL;
    }
    uint64_t np = w[H_NPLACES], nk = w[H_NKEYS], ns = w[H_NSLOTS], npo = w[H_NPOSTS],
             sl = w[H_STRLEN];
    uint64_t words = HDR_WORDS + np * PLACE_WORDS + nk * KEY_WORDS + ns + npo;
    uint64_t need = words * 4 + sl;
    if (w[H_TOTAL] != len || need > len || ns == 0 || (ns & (ns - 1)) != 0 || nk >= ns ||
        sl == 0) {
        err_set(err, TRUCE_EDATA, NULL, 0, 0, -1,
                "gazetteer: sizes do not add up (image of %zu bytes, header says %u)",
                len, (unsigned)w[H_TOTAL]);
        return NULL;
    }
    geo g = {0};
    g.places = w + HDR_WORDS;
    g.keys = g.places + np * PLACE_WORDS;
    g.slots = g.keys + nk * KEY_WORDS;
    g.posts = g.slots + ns;
    g.strs = (const char *)(g.posts + npo);
    g.n_places = (uint32_t)np;
    g.n_keys = (uint32_t)nk;
    g.n_slots = (uint32_t)ns;
    g.n_posts = (uint32_t)npo;
    g.str_len = (uint32_t)sl;
    if (g.strs[sl - 1] != 0) {
        err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "gazetteer: string table not terminated");
        return NULL;
    }
    /* Validate once so that lookups can trust every offset. */
    for (uint32_t i = 0; i < g.n_places; i++) {
        const uint32_t *p = g.places + (size_t)i * PLACE_WORDS;
        if (p[0] >= sl || (p[1] != GEO_NONE && p[1] >= np) || ((p[6] >> 24) & 3) > GEO_COUNTRY) {
            err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "gazetteer: place %u is malformed", i);
            return NULL;
        }
    }
    for (uint32_t i = 0; i < g.n_keys; i++) {
        const uint32_t *k = g.keys + (size_t)i * KEY_WORDS;
        if ((uint64_t)k[0] + k[1] >= sl || (uint64_t)k[2] + k[3] > npo || k[3] == 0) {
            err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "gazetteer: key %u is malformed", i);
            return NULL;
        }
    }
    for (uint32_t i = 0; i < g.n_slots; i++) {
        if (g.slots[i] > nk) {
            err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "gazetteer: slot %u is malformed", i);
            return NULL;
        }
    }
    for (uint32_t i = 0; i < g.n_posts; i++) {
        if ((g.posts[i] & ~ALT_BIT) >= np) {
            err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "gazetteer: posting %u is malformed", i);
            return NULL;
        }
    }
    geo *h = malloc(sizeof *h);
    if (!h) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory opening the gazetteer");
        return NULL;
    }
    *h = g;
    return h;
}

void geo_close(geo *g)
{
    free(g);
}

uint32_t geo_count(const geo *g)
{
    return g->n_places;
}

bool geo_get(const geo *g, uint32_t id, geo_place *out)
{
    if (id >= g->n_places) {
        return false;
    }
    const uint32_t *p = g->places + (size_t)id * PLACE_WORDS;
    memset(out, 0, sizeof *out);
    out->id = id;
    out->name = g->strs + p[0];
    out->admin1_id = p[1];
    out->admin1 = "";
    if (p[1] != GEO_NONE) {
        out->admin1 = g->strs + g->places[(size_t)p[1] * PLACE_WORDS];
    } else if (((p[6] >> 24) & 3) == GEO_ADMIN1) {
        out->admin1 = out->name;   /* a subdivision is its own admin1 */
    }
    int32_t lat = (int32_t)p[2], lon = (int32_t)p[3];
    out->lat = lat == INT32_MIN ? NAN : lat / 1e6;
    out->lon = lon == INT32_MIN ? NAN : lon / 1e6;
    out->geonameid = p[4];
    out->population = p[5];
    for (int i = 0; i < 3; i++) {
        out->country[i] = (char)((p[6] >> (8 * i)) & 0xff);
    }
    out->country[3] = 0;
    uint32_t fb = p[6] >> 24;
    out->feature = (geo_feature)(fb & 3);
    out->flags = fb >> 2;
    return true;
}

/* The postings of a key, or count 0. */
static uint32_t lookup(const geo *g, const uint8_t *key, size_t n, const uint32_t **posts)
{
    uint32_t mask = g->n_slots - 1;
    for (uint32_t i = fnv1a(key, n) & mask;; i = (i + 1) & mask) {
        uint32_t s = g->slots[i];
        if (s == 0) {
            return 0;
        }
        const uint32_t *k = g->keys + (size_t)(s - 1) * KEY_WORDS;
        if (k[1] == n && memcmp(g->strs + k[0], key, n) == 0) {
            *posts = g->posts + k[2];
            return k[3];
        }
    }
}

size_t geo_candidates(const geo *g, const char *name, size_t len)
{
    uint8_t key[KEY_MAX];
    ptrdiff_t n = geo_key(name, len, key, sizeof key);
    const uint32_t *posts;
    return n > 0 ? lookup(g, key, (size_t)n, &posts) : 0;
}

static bool hinted(const char *cc, const char *const *hints, size_t n_hints)
{
    for (size_t i = 0; i < n_hints; i++) {
        if (hints[i] && strncmp(hints[i], cc, 3) == 0 && cc[0]) {
            return true;
        }
    }
    return false;
}

static double score(const geo_place *p, bool alt, bool hint)
{
    double s;
    switch (p->feature) {
    case GEO_REGION: s = 9; break;
    case GEO_COUNTRY: s = 8; break;
    case GEO_ADMIN1: s = 4.5; break;
    default:
        s = log10((double)p->population + 10);
        s += (p->flags & GEO_F_CAPITAL) ? 1.5 : (p->flags & GEO_F_SEAT) ? 0.5
             : (p->flags & GEO_F_SEAT2) ? 0.2 : 0;
        /* a name that is some place's own name is more likely that place
         * than another's translation ("Bethlehem" is not Belém) */
        s -= alt ? 1.5 : 0;
        break;
    }
    if (p->flags & GEO_F_CURATED) {
        s += 1;
    }
    return s + (hint ? 3 : 0);
}

static double km(const geo_place *a, const geo_place *b)
{
    double rad = 3.14159265358979 / 180;
    double dy = (a->lat - b->lat) * rad;
    double dx = (a->lon - b->lon) * rad * cos((a->lat + b->lat) / 2 * rad);
    return 6371 * sqrt(dx * dx + dy * dy);
}

/* Two candidates that are the same place for the reader: a city and the
 * subdivision or country it is in (Idlib and Idlib governorate), or two
 * records within 100 km in one country (GeoNames sometimes has a city and
 * its section with one name). Neither is a rival of the other. */
static bool related(const geo_place *a, const geo_place *b)
{
    if (a->id == b->id || a->admin1_id == b->id || b->admin1_id == a->id) {
        return true;
    }
    if (strcmp(a->country, b->country) != 0 || !a->country[0]) {
        return false;
    }
    if (a->feature == GEO_COUNTRY || b->feature == GEO_COUNTRY) {
        return true;
    }
    if (isnan(a->lat) || isnan(b->lat)) {
        return a->feature != b->feature;
    }
    return km(a, b) < 100;
}

/* A subdivision and the town it is named after ("Jenin", "Kirkuk",
 * "Ramallah"): the bare name in news is the town; the subdivision is
 * written with its type ("Jenin governorate", test_geo.c). If one of the
 * candidates is such a town (a seat, or 10,000 people or more, in or near
 * the subdivision *best), it replaces *best; returns the score of *best. */
static double town_of(const geo *g, const uint32_t *posts, uint32_t np, const char *const *hints,
                      size_t n_hints, geo_place *best, bool *best_hint, double best_s)
{
    geo_place cand, town;
    double town_s = -1e9;
    bool town_hint = false;
    for (uint32_t i = 0; i < np; i++) {
        geo_get(g, posts[i] & ~ALT_BIT, &cand);
        if (cand.feature != GEO_CITY || strcmp(cand.country, best->country) != 0 ||
            !((cand.flags & (GEO_F_CAPITAL | GEO_F_SEAT | GEO_F_SEAT2)) || cand.population >= 10000) ||
            !(cand.admin1_id == best->id || isnan(best->lat) || km(&cand, best) < 75)) {
            continue;
        }
        bool h = n_hints > 0 && hinted(cand.country, hints, n_hints);
        double s = score(&cand, (posts[i] & ALT_BIT) != 0, h);
        if (s > town_s) {
            town = cand;
            town_s = s;
            town_hint = h;
        }
    }
    if (town_s == -1e9) {
        return best_s;
    }
    *best = town;
    *best_hint = town_hint;
    return best_s > town_s ? best_s : town_s;
}

/* Split "Name, Context" at the last comma; false if there is none. */
static bool split_context(const char *s, size_t len, size_t *head_len, const char **ctx,
                          size_t *ctx_len)
{
    for (size_t i = len; i-- > 0;) {
        if (s[i] == ',') {
            size_t j = i + 1;
            while (j < len && s[j] == ' ') {
                j++;
            }
            if (i == 0 || j == len) {
                return false;
            }
            *head_len = i;
            *ctx = s + j;
            *ctx_len = len - j;
            return true;
        }
    }
    return false;
}

static bool resolve(const geo *g, const char *name, size_t len, const char *const *hints,
                    size_t n_hints, unsigned want, const geo_place *ctx, geo_place *out)
{
    uint8_t key[KEY_MAX];
    ptrdiff_t n = geo_key(name, len, key, sizeof key);
    const uint32_t *posts;
    uint32_t np = n > 0 ? lookup(g, key, (size_t)n, &posts) : 0;
    geo_place best = {0}, cand;
    double best_s = -1e9, rival_s = -1e9;
    bool best_hint = false, have = false;
    /* Two passes: the best, then the best rival not related to it. */
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < np; i++) {
            uint32_t id = posts[i] & ~ALT_BIT;
            geo_get(g, id, &cand);
            if (!(want & GEO_WANT(cand.feature))) {
                continue;
            }
            if (ctx) {
                if (ctx->feature == GEO_COUNTRY && strcmp(cand.country, ctx->country) != 0) {
                    continue;
                }
                if (ctx->feature != GEO_COUNTRY && cand.admin1_id != ctx->id &&
                    !(ctx->feature == GEO_REGION && strcmp(cand.country, ctx->country) == 0)) {
                    continue;
                }
            }
            bool h = n_hints > 0 && hinted(cand.country, hints, n_hints);
            double s = score(&cand, (posts[i] & ALT_BIT) != 0, h);
            if (pass == 0) {
                if (!have || s > best_s || (s == best_s && id < best.id)) {
                    best = cand;
                    best_s = s;
                    best_hint = h;
                    have = true;
                }
            } else if (cand.id != best.id && !related(&cand, &best) && s > rival_s) {
                rival_s = s;
            }
        }
        if (!have) {
            return false;
        }
        if (pass == 0 && best.feature == GEO_ADMIN1 && (want & GEO_WANT(GEO_CITY))) {
            best_s = town_of(g, posts, np, hints, n_hints, &best, &best_hint, best_s);
        }
    }
    if (best_s - rival_s < 1.0) {
        return false;    /* two places about equally likely: don't know */
    }
    if (best.feature == GEO_CITY && !ctx && !best_hint && !(best.flags & GEO_F_CURATED)) {
        /* a small place nobody hinted at is more likely a word or a name
         * that happens to be a village somewhere */
        uint32_t need = n_hints > 0 ? 100000 : 15000;
        if (best.population < need && !(best.flags & GEO_F_CAPITAL) &&
            !(n_hints == 0 && (best.flags & GEO_F_SEAT))) {
            return false;
        }
    }
    *out = best;
    return true;
}

bool geo_resolve_as(const geo *g, const char *name, size_t len,
                    const char *const *country_hints, size_t n_hints,
                    unsigned want, geo_place *out)
{
    if (!g || !name) {
        return false;
    }
    size_t head_len, ctx_len;
    const char *ctx;
    if (split_context(name, len, &head_len, &ctx, &ctx_len)) {
        geo_place c;
        /* the context is a country or a subdivision, resolved with the same
         * hints; if it is neither, the comma belongs to the name
         * ("Korea, Republic of") */
        if (resolve(g, ctx, ctx_len, country_hints, n_hints,
                    GEO_WANT(GEO_COUNTRY) | GEO_WANT(GEO_ADMIN1) | GEO_WANT(GEO_REGION),
                    NULL, &c)) {
            return resolve(g, name, head_len, country_hints, n_hints, want, &c, out);
        }
    }
    return resolve(g, name, len, country_hints, n_hints, want, NULL, out);
}

bool geo_resolve_in(const geo *g, const char *name, size_t len, const char *const *country_hints,
                    size_t n_hints, unsigned want, const geo_place *ctx, geo_place *out)
{
    return g && name && resolve(g, name, len, country_hints, n_hints, want, ctx, out);
}

/* A place word is a place of the image named "@word" (never a key a text
 * makes: runs of names have no '@'), its classes in the population field. */
unsigned geo_word_class(const geo *g, const char *word, size_t len)
{
    uint8_t key[KEY_MAX];
    key[0] = '@';
    ptrdiff_t n = len < 40 ? geo_key(word, len, key + 1, sizeof key - 1) : -1;
    const uint32_t *posts;
    uint32_t np = n > 0 ? lookup(g, key, (size_t)n + 1, &posts) : 0;
    unsigned cls = 0;
    for (uint32_t i = 0; i < np; i++) {
        cls |= g->places[(size_t)(posts[i] & ~ALT_BIT) * PLACE_WORDS + 5];
    }
    return cls;
}

bool geo_resolve(const geo *g, const char *name, size_t len,
                 const char *const *country_hints, size_t n_hints, geo_place *out)
{
    return geo_resolve_as(g, name, len, country_hints, n_hints, GEO_WANT_ANY, out);
}

/* ---- building ---------------------------------------------------------- */

typedef struct {
    uint32_t name;         /* offset in strs */
    uint32_t admin1;
    int32_t lat, lon;
    uint32_t geonameid, population;
    char cc[4];            /* ISO3, NUL-terminated */
    uint8_t feature, flags;
} bplace;

typedef struct {
    uint32_t key;          /* offset in keys */
    uint32_t len;
    uint32_t place;        /* | ALT_BIT */
} bname;

typedef struct {
    char *p;
    size_t len, cap;
} bbuf;

struct geo_builder {
    bplace *places;
    size_t n_places, cap_places;
    bname *names;
    size_t n_names, cap_names;
    bbuf strs, keys;
};

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) {
        return true;
    }
    size_t c = *cap ? *cap : 64;
    while (c < need) {
        c *= 2;
    }
    void *q = realloc(*p, c * size);
    if (!q) {
        return false;
    }
    *p = q;
    *cap = c;
    return true;
}

static int64_t bbuf_add(bbuf *b, const void *s, size_t n, bool nul)
{
    if (!grow((void **)&b->p, &b->cap, b->len + n + 1, 1)) {
        return -1;
    }
    int64_t off = (int64_t)b->len;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    if (nul) {
        b->p[b->len++] = 0;
    }
    return off;
}

geo_builder *geo_builder_new(void)
{
    geo_builder *b = calloc(1, sizeof *b);
    if (b && bbuf_add(&b->strs, "", 0, true) < 0) {   /* offset 0 = "" */
        free(b);
        return NULL;
    }
    return b;
}

void geo_builder_free(geo_builder *b)
{
    if (!b) {
        return;
    }
    free(b->places);
    free(b->names);
    free(b->strs.p);
    free(b->keys.p);
    free(b);
}

static int32_t micro(double deg)
{
    return isnan(deg) ? INT32_MIN : (int32_t)lround(deg * 1e6);
}

uint32_t geo_builder_add(geo_builder *b, const geo_entry *e)
{
    if (b->n_places >= GEO_NONE / 2 ||
        !grow((void **)&b->places, &b->cap_places, b->n_places + 1, sizeof *b->places)) {
        return GEO_NONE;
    }
    int64_t off = bbuf_add(&b->strs, e->name, strlen(e->name), true);
    if (off < 0) {
        return GEO_NONE;
    }
    bplace *p = &b->places[b->n_places];
    memset(p, 0, sizeof *p);
    p->name = (uint32_t)off;
    p->admin1 = e->admin1_id < b->n_places ? e->admin1_id : GEO_NONE;
    p->lat = micro(e->lat);
    p->lon = micro(e->lon);
    p->geonameid = e->geonameid;
    p->population = e->population;
    for (int i = 0; i < 3 && e->country && e->country[i]; i++) {
        p->cc[i] = e->country[i];
    }
    p->feature = (uint8_t)e->feature;
    p->flags = (uint8_t)e->flags;
    uint32_t id = (uint32_t)b->n_places++;
    if (!geo_builder_name(b, id, e->name, strlen(e->name), false)) {
        b->n_places--;
        return GEO_NONE;
    }
    return id;
}

bool geo_builder_name(geo_builder *b, uint32_t id, const char *name, size_t len, bool alternate)
{
    if (id >= b->n_places) {
        return false;
    }
    uint8_t key[KEY_MAX];
    ptrdiff_t n = geo_key(name, len, key, sizeof key);
    if (n <= 0) {
        return true;
    }
    if (!grow((void **)&b->names, &b->cap_names, b->n_names + 1, sizeof *b->names)) {
        return false;
    }
    int64_t off = bbuf_add(&b->keys, key, (size_t)n, false);
    if (off < 0 || off > UINT32_MAX) {
        return false;
    }
    b->names[b->n_names++] = (bname){(uint32_t)off, (uint32_t)n, id | (alternate ? ALT_BIT : 0)};
    return true;
}

void geo_builder_unname(geo_builder *b, uint32_t id)
{
    while (b->n_names > 0 && (b->names[b->n_names - 1].place & ~ALT_BIT) == id &&
           id + 1 == b->n_places) {
        b->n_names--;
    }
}

void geo_builder_set_coords(geo_builder *b, uint32_t id, double lat, double lon)
{
    if (id < b->n_places) {
        b->places[id].lat = micro(lat);
        b->places[id].lon = micro(lon);
    }
}

uint32_t geo_builder_count(const geo_builder *b)
{
    return (uint32_t)b->n_places;
}

bool geo_builder_get(const geo_builder *b, uint32_t id, geo_entry *out)
{
    if (id >= b->n_places) {
        return false;
    }
    const bplace *p = &b->places[id];
    memset(out, 0, sizeof *out);
    out->name = b->strs.p + p->name;
    out->country = p->cc;
    out->admin1_id = p->admin1;
    out->lat = p->lat == INT32_MIN ? NAN : p->lat / 1e6;
    out->lon = p->lon == INT32_MIN ? NAN : p->lon / 1e6;
    out->geonameid = p->geonameid;
    out->population = p->population;
    out->feature = (geo_feature)p->feature;
    out->flags = p->flags;
    return true;
}

static const char *sort_keys;   /* qsort has no context argument */

static int cmp_name(const void *x, const void *y)
{
    const bname *a = x, *b = y;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(sort_keys + a->key, sort_keys + b->key, n);
    if (c != 0) {
        return c;
    }
    if (a->len != b->len) {
        return a->len < b->len ? -1 : 1;
    }
    uint32_t pa = a->place & ~ALT_BIT, pb = b->place & ~ALT_BIT;
    if (pa != pb) {
        return pa < pb ? -1 : 1;
    }
    return (a->place & ALT_BIT) ? 1 : (b->place & ALT_BIT) ? -1 : 0;   /* primary first */
}

static bool same_key(const geo_builder *b, const bname *x, const bname *y)
{
    return x->len == y->len && memcmp(b->keys.p + x->key, b->keys.p + y->key, x->len) == 0;
}

bool geo_builder_finish(geo_builder *b, void **blob, size_t *len, truce_error *err)
{
    *blob = NULL;
    *len = 0;
    sort_keys = b->keys.p;
    if (b->n_names) {
        qsort(b->names, b->n_names, sizeof *b->names, cmp_name);
    }
    sort_keys = NULL;
    /* count keys and postings (one posting per key and place) */
    size_t nk = 0, npo = 0, klen = 0;
    for (size_t i = 0; i < b->n_names; i++) {
        if (i == 0 || !same_key(b, &b->names[i], &b->names[i - 1])) {
            nk++;
            klen += b->names[i].len + 1;
            npo++;
        } else if ((b->names[i].place & ~ALT_BIT) != (b->names[i - 1].place & ~ALT_BIT)) {
            npo++;
        }
    }
    size_t ns = 16;
    while (ns < nk * 2 + 1) {
        ns *= 2;
    }
    uint64_t sl = (uint64_t)b->strs.len + klen;
    sl = (sl + 3) & ~(uint64_t)3;
    uint64_t total = 4 * ((uint64_t)HDR_WORDS + b->n_places * PLACE_WORDS + nk * KEY_WORDS +
                          ns + npo) + sl;
    if (total > UINT32_MAX) {
        err_set(err, TRUCE_ELIMIT, NULL, 0, 0, -1, "gazetteer of %llu bytes is over 4 GiB",
                (unsigned long long)total);
        return false;
    }
    uint32_t *w = calloc(1, (size_t)total);
    if (!w) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory laying out the gazetteer");
        return false;
    }
    w[H_MAGIC0] = GEO_MAGIC0;
    w[H_MAGIC1] = GEO_MAGIC1;
    w[H_ENDIAN] = GEO_ENDIAN;
    w[H_VERSION] = GEO_VERSION;
    w[H_NPLACES] = (uint32_t)b->n_places;
    w[H_NKEYS] = (uint32_t)nk;
    w[H_NSLOTS] = (uint32_t)ns;
    w[H_NPOSTS] = (uint32_t)npo;
    w[H_STRLEN] = (uint32_t)sl;
    w[H_TOTAL] = (uint32_t)total;
    uint32_t *places = w + HDR_WORDS;
    uint32_t *keys = places + b->n_places * PLACE_WORDS;
    uint32_t *slots = keys + nk * KEY_WORDS;
    uint32_t *posts = slots + ns;
    char *strs = (char *)(posts + npo);
    memcpy(strs, b->strs.p, b->strs.len);
    size_t so = b->strs.len;
    for (size_t i = 0; i < b->n_places; i++) {
        const bplace *p = &b->places[i];
        uint32_t *r = places + i * PLACE_WORDS;
        r[0] = p->name;
        r[1] = p->admin1;
        r[2] = (uint32_t)p->lat;
        r[3] = (uint32_t)p->lon;
        r[4] = p->geonameid;
        r[5] = p->population;
        r[6] = (uint32_t)(uint8_t)p->cc[0] | (uint32_t)(uint8_t)p->cc[1] << 8 |
               (uint32_t)(uint8_t)p->cc[2] << 16 |
               (uint32_t)((p->feature & 3) | p->flags << 2) << 24;
    }
    size_t k = 0, po = 0;
    for (size_t i = 0; i < b->n_names; i++) {
        const bname *nm = &b->names[i];
        if (i == 0 || !same_key(b, nm, &b->names[i - 1])) {
            uint32_t *kr = keys + k * KEY_WORDS;
            memcpy(strs + so, b->keys.p + nm->key, nm->len);
            kr[0] = (uint32_t)so;
            kr[1] = nm->len;
            kr[2] = (uint32_t)po;
            kr[3] = 0;
            so += nm->len + 1;
            uint32_t mask = (uint32_t)ns - 1;
            uint32_t h = fnv1a((const uint8_t *)b->keys.p + nm->key, nm->len) & mask;
            while (slots[h]) {
                h = (h + 1) & mask;
            }
            slots[h] = (uint32_t)k + 1;
            k++;
        } else if ((nm->place & ~ALT_BIT) == (b->names[i - 1].place & ~ALT_BIT)) {
            continue;   /* the same place again (primary sorted first) */
        }
        posts[po++] = nm->place;
        keys[(k - 1) * KEY_WORDS + 3]++;
    }
    *blob = w;
    *len = (size_t)total;
    return true;
}

/* ---- public API (include/truce.h) ------------------------------------- */

truce_geo *truce_geo_open(const void *blob, size_t len, truce_error *err)
{
    return geo_open(blob, len, err);
}

void truce_geo_close(truce_geo *g)
{
    geo_close(g);
}

uint32_t truce_geo_count(const truce_geo *g)
{
    return geo_count(g);
}

bool truce_geo_get(const truce_geo *g, uint32_t id, truce_place *out)
{
    return geo_get(g, id, out);
}

const char *truce_geo_feature_name(truce_geo_feature f)
{
    return geo_feature_name(f);
}

size_t truce_geo_candidates(const truce_geo *g, const char *name, size_t len)
{
    return geo_candidates(g, name, len);
}

bool truce_geo_resolve(const truce_geo *g, const char *name, size_t len, const char *const *country_hints,
                       size_t n_hints, unsigned want, truce_place *out)
{
    return geo_resolve_as(g, name, len, country_hints, n_hints, want, out);
}
