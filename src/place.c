/* place.c — where: the place of an event.
 *
 * Every capitalised name after a place word in the event's clause ("in
 * the Belarus capital Minsk", "at the Bardo Museum in Tunis", "the village
 * of Kashkash", "near the Kissufim crossing"), or the object of a verb
 * whose object is a place ("shelled Stepanakert"), resolved by the
 * gazetteer (geo.c) with the countries of the event's actors as hints;
 * the most specific wins, then the nearest after the verb. Else the place
 * mention of the clause, else the story's dateline. A place also settles
 * actors of unknown country ("police" in Mosul are Iraq's) and gives a
 * one-sided act on the ground its target country.
 */
#include "coder.h"

#include <math.h>
#include <stdio.h>

/* A lower-case word inside a place name: "Umm al-Fahm", "Dar es Salaam",
 * "Sidi bel Abbes" (a particle followed by a capitalised word, or an al-/el-
 * prefix). */
static bool name_particle(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start;
    if (n > 3 && (memcmp(p, "al-", 3) == 0 || memcmp(p, "el-", 3) == 0 || memcmp(p, "ad-", 3) == 0 ||
                  memcmp(p, "as-", 3) == 0 || memcmp(p, "ar-", 3) == 0)) {
        return true;
    }
    static const char *const particles[] = {"al", "el", "es", "bin", "ibn", "de", "del", "da",
        "do", "dos", "du", "la", "le", "van", "von", "der", "bel", "bou", "abu", NULL};
    if (i + 1 < c->nt && (c->t[i + 1].flags & TF_CAP)) {
        for (const char *const *w = particles; *w; w++) {
            if (tok_is_word(c, i, *w)) {
                return true;
            }
        }
    }
    return false;
}

static size_t mv_n(const evctx *x)
{
    return x->mv ? x->mv->n : 0;
}

/* The verb at i is one whose object may be a place as well as a person
 * ("captured Goma", "seized the airport", "raided the Moscow
 * headquarters"; "arrested" only people). */
static bool takes_places(const truce_coder *c, size_t i)
{
    str lemma = c->t[i].vlemma ? intern_str(&c->k->words, c->t[i].vlemma) : S("");
    return str_eq(lemma, S("capture")) || str_eq(lemma, S("seize")) || str_eq(lemma, S("recapture")) ||
           str_eq(lemma, S("raid")) || str_eq(lemma, S("storm")) || str_eq(lemma, S("search"));
}

/* capture and seize (not raid or search) of a place is its occupation */
bool place_occupies(const truce_coder *c, size_t i)
{
    str lemma = c->t[i].vlemma ? intern_str(&c->k->words, c->t[i].vlemma) : S("");
    return str_eq(lemma, S("capture")) || str_eq(lemma, S("seize")) || str_eq(lemma, S("recapture"));
}

/* The place of an event, from the gazetteer: every capitalised name after a
 * place preposition in the event's clause ("in the Belarus capital Minsk",
 * "at the Bardo Museum in Tunis", "near the Kissufim crossing") that the
 * gazetteer resolves; the most specific wins (a city over a region over a
 * country), then the one nearest after the verb. Dates ("in August") and
 * people are not places. */
static bool choose_place(const truce_coder *c, const evctx *x, const char *code,
                         const char *const *hints, size_t n_hints, geo_place *out,
                         size_t *pb, size_t *pe)
{
    /* the object of a visit, an attack, an occupation is where it happens;
     * the object of an accusation or a meeting is an actor */
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    bool spatial = root == 4 || root >= 14;
    /* an arrest, a deportation, a repression, an abduction, an assault on
     * a person, an assassination, a meeting other than a visit: its object
     * is a person ("Police arrested Ali"), never the place */
    bool person_object = ((root == 17 && (code[2] == '3' || code[2] == '4' || code[2] == '5')) ||
                          (root == 18 && (code[2] == '1' || code[2] == '2' || code[2] == '5' || code[2] == '6')) ||
                          (root == 4 && strcmp(code, "042") != 0)) &&
                         !takes_places(c, x->head);
    const geo *g = c->opt.geo;
    int best = -1000000;
    bool in_region = false;
    bool named_place = false;   /* after "the village of", "the town of" */
    bool object = false;        /* the verb's object: "shelled Stepanakert" */
    for (size_t q = x->cb; q < x->ce; q++) {
        if (q == x->head + 1 && c->t[x->head].vlemma) {
            /* the object of "shelled", "captured", "patrolled" may be a place */
            in_region = object = true;
        }
        if (tok_has(c, q, WC_LOCATIVE) || (tok_has(c, q, WC_PLACE_NOUN) && tok_is(c, q + 1, c->k->w.of))) {
            in_region = true;
            object = false;
            named_place = tok_has(c, q, WC_PLACE_NOUN);
            if (named_place) {
                q++;   /* skip "of" */
            }
            continue;
        }
        if (q > x->head && (tok_has(c, q, WC_BOUNDARY) || tok_is(c, q, c->k->w.as))) {
            break;   /* "... as leaders gathered in Istanbul": another clause */
        }
        if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_has(c, q, WC_BOUNDARY) ||
            (c->t[q].isverb && c->t[q].vform == VF_ED && !(c->t[q].flags & TF_CAP)) ||
            (object && is_prep(c, c->t[q].id))) {
            in_region = object = false;
            continue;
        }
        if (!in_region || c->t[q].kind != TOK_WORD || !(c->t[q].flags & TF_CAP) ||
            tok_has(c, q, WC_DATE_WORD)) {
            continue;
        }
        if (object && person_object) {
            in_region = object = false;
            continue;
        }
        size_t e = q;
        while (e < x->ce && c->t[e].kind == TOK_WORD && e - q < 5 && !tok_has(c, e, WC_DATE_WORD) &&
               ((c->t[e].flags & TF_CAP) || (e > q && name_particle(c, e)))) {
            e++;
        }
        /* "the south Baghdad neighbourhood of Al-Bayaa", "the Red Sea island
         * of Hanish": the place is the one named after "of" */
        if (e + 1 < x->ce && tok_has(c, e, WC_PLACE_NOUN) && tok_is(c, e + 1, c->k->w.of)) {
            q = e - 1;
            continue;
        }
        /* an actor is not a place: "by U.S. forces", "the SDF shelling" */
        if (q > 0 && tok_is(c, q - 1, c->k->w.by)) {
            q = e - 1;
            continue;
        }
        bool actorish = false;
        for (size_t xm = 0; xm < mv_n(x); xm++) {
            const mention *m = &x->mv->v[xm];
            if (m->tok_start <= q && q < m->tok_end &&
                (m->kind == AK_ADJ || m->kind == AK_PEOPLE || m->kind == AK_AGENT ||
                 (m->kind == AK_NAMED && (m->person || !m->country[0] ||
                                          (strlen(m->code) > 3 && strcmp(m->code + 3, "PRE") != 0))))) {
                actorish = true;
            }
        }
        if (actorish) {
            q = e - 1;
            continue;
        }
        /* "the village of Kashkash": a place even if the gazetteer does not
         * know it (name only, no coordinates); it outranks what is nearby */
        if (named_place && q > 1 && tok_is(c, q - 1, c->k->w.of) && tok_has(c, q - 2, WC_PLACE_NOUN)) {
            geo_place p;
            size_t b0 = c->t[q].start, b1 = c->t[e - 1].end;
            if (!geo_resolve(g, (const char *)c->text + b0, b1 - b0, hints, n_hints, &p)) {
                memset(&p, 0, sizeof p);
                p.name = NULL;   /* filled by the caller from the text */
                p.lat = p.lon = NAN;
                p.feature = GEO_CITY;
            }
            int dist = q > x->head ? (int)(q - x->head) : 100 + (int)(x->head - q);
            int score = 3500 - dist;   /* above a city nearby, below a named facility */
            if (score > best) {
                best = score;
                *out = p;
                *pb = q;
                *pe = e;
            }
            q = e - 1;
            continue;
        }
        /* "the Kissufim crossing", "Tahrir Square": a named facility or
         * locality, the most specific place there is, known or not */
        bool facility_inside = e > q + 1 && tok_has(c, e - 1, WC_FACILITY);
        if ((e < x->ce && tok_has(c, e, WC_FACILITY) && !(c->t[e].flags & TF_CAP)) || facility_inside) {
            geo_place p;
            size_t b0 = c->t[q].start, b1 = c->t[e - 1].end;
            if (!geo_resolve(g, (const char *)c->text + b0, b1 - b0, hints, n_hints, &p)) {
                memset(&p, 0, sizeof p);
                p.name = NULL;
                p.lat = p.lon = NAN;
                p.feature = GEO_CITY;
            }
            int dist = q > x->head ? (int)(q - x->head) : 100 + (int)(x->head - q);
            int score = 4000 - dist;
            if (score > best) {
                best = score;
                *out = p;
                *pb = q;
                *pe = e;
            }
            q = e - 1;
            continue;
        }
        /* try the longest run first, then shorter prefixes ("Bardo Museum");
         * "Western Afghanistan", "South Lebanon": the place after a compass
         * word when the whole is not known */
        for (size_t e2 = e; e2 > q; e2--) {
            geo_place p;
            size_t b0 = c->t[q].start, b1 = c->t[e2 - 1].end;
            if (!geo_resolve(g, (const char *)c->text + b0, b1 - b0, hints, n_hints, &p) &&
                !(e2 > q + 1 && tok_has(c, q, WC_MODIFIER) &&
                  geo_resolve(g, (const char *)c->text + c->t[q + 1].start, b1 - c->t[q + 1].start, hints,
                              n_hints, &p))) {
                continue;
            }
            int spec = p.feature == GEO_CITY ? 3 : p.feature == GEO_COUNTRY ? 1 : 2;
            int dist = q > x->head ? (int)(q - x->head) : 100 + (int)(x->head - q);
            int score = (object && spatial ? 5 : spec) * 1000 - dist;
            if (score > best) {
                best = score;
                *out = p;
                *pb = q;
                *pe = e2;
            }
            break;
        }
        q = e - 1;
    }
    return best > -1000000;
}

/* An event's actor of unknown country ("---COP") as one of country cc. */
static void settle_actor(const char **code, const char **country, char buf[16], char cbuf[4],
                         const char *cc)
{
    snprintf(buf, 16, "%.3s%s", cc, *code + 3);
    memcpy(cbuf, cc, 3);
    cbuf[3] = 0;
    *code = buf;
    *country = cbuf;
}

const mention *place_in_clause(const truce_coder *c, const mvec *mv, size_t cb, size_t ce)
{
    const kb *k = c->k;
    for (size_t xm = 0; xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        if (m->tok_start > cb && m->tok_start < ce && m->country[0] && !m->person &&
            (m->kind == AK_COUNTRY || m->kind == AK_CAPITAL || m->kind == AK_NAMED) &&
            (tok_has(c, m->tok_start - 1, WC_LOCATIVE) ||
             (m->tok_start > 1 && tok_is(c, m->tok_start - 1, k->w.the) &&
              tok_has(c, m->tok_start - 2, WC_LOCATIVE)) ||
             (m->tok_start > 1 && tok_is(c, m->tok_start - 1, k->w.of) &&
              tok_has(c, m->tok_start - 2, WC_PLACE_NOUN)))) {
            return m;
        }
    }
    return NULL;
}

void place_event(const truce_coder *c, const evctx *x, const char *code, truce_event *ev, const char *sc,
                 const char *tc, place_bufs *buf)
{
    ev->lat = ev->lon = NAN;
    const geo *g = c->opt.geo;
    const char *hints[3];
    size_t n_hints = 0;
    if (sc[0]) {
        hints[n_hints++] = sc;
    }
    if (tc[0] && strcmp(tc, sc) != 0) {
        hints[n_hints++] = tc;
    }
    if (c->dl_country[0] && (!n_hints || strcmp(c->dl_country, hints[0]) != 0)) {
        hints[n_hints++] = c->dl_country;
    }
    bool placed = false;
    size_t pb = 0, pe = 0;
    if (g && x->ce > x->cb && choose_place(c, x, code, hints, n_hints, &buf->gp, &pb, &pe)) {
        placed = true;
        ev->loc_start = c->t[pb].start;
        ev->loc_end = c->t[pe - 1].end;
    }
    if (!placed) {
        pb = pe = 0;
        if (x->loc) {
            pb = x->loc->tok_start;
            while (pb + 1 < x->loc->tok_end && tok_has(c, pb, WC_MODIFIER)) {
                pb++;
            }
            pe = x->loc->tok_end;
        }
    }
    if (!placed && pe > pb) {
        size_t b0 = c->t[pb].start, b1 = c->t[pe - 1].end;
        ev->loc_start = b0;
        ev->loc_end = b1;
        {
            snprintf(buf->locname, sizeof buf->locname, "%.*s", (int)(b1 - b0), (const char *)c->text + b0);
            ev->location_name = buf->locname;
            ev->location_country = x->loc->country[0] ? x->loc->country : NULL;
            ev->location_precision = x->loc->kind == AK_COUNTRY ? "country" : "place";
        }
    }
    if (placed && !buf->gp.name) {
        size_t b0 = c->t[pb].start, b1 = c->t[pe - 1].end;
        snprintf(buf->locname, sizeof buf->locname, "%.*s", (int)(b1 - b0), (const char *)c->text + b0);
        buf->gp.name = buf->locname;
        buf->gp.admin1 = NULL;
        buf->gp.country[0] = 0;   /* the gazetteer does not know it: no guess */
    }
    if (placed) {
        ev->location_name = buf->gp.name;
        ev->location_country = buf->gp.country[0] ? buf->gp.country : NULL;
        ev->location_admin1 = buf->gp.admin1 && buf->gp.admin1[0] ? buf->gp.admin1 : NULL;
        ev->lat = buf->gp.lat;
        ev->lon = buf->gp.lon;
        ev->geonameid = buf->gp.geonameid;
        ev->location_precision = buf->gp.feature == GEO_CITY ? "place" : buf->gp.feature == GEO_ADMIN1 ? "admin1"
                              : buf->gp.feature == GEO_REGION ? "region" : "country";
    } else if (!ev->location_name && c->dl_name[0]) {
        /* the dateline, as the place of last resort */
        ev->location_name = c->dl_name;
        ev->location_country = c->dl_country[0] ? c->dl_country : NULL;
        ev->location_precision = "dateline";
        if (g && geo_resolve(g, c->st->dateline_place, c->st->dateline_place_len, hints, n_hints, &buf->gp)) {
            ev->location_name = buf->gp.name;
            ev->location_country = buf->gp.country[0] ? buf->gp.country : ev->location_country;
            ev->location_admin1 = buf->gp.admin1 && buf->gp.admin1[0] ? buf->gp.admin1 : NULL;
            ev->lat = buf->gp.lat;
            ev->lon = buf->gp.lon;
            ev->geonameid = buf->gp.geonameid;
        }
    }
    /* "Police arrested three protesters in Mosul": an actor of unknown
     * country takes the country of the place the text gives the event */
    if (ev->location_country && strcmp(ev->location_precision, "dateline") != 0 &&
        strlen(ev->location_country) == 3) {
        if (strncmp(ev->source, "---", 3) == 0) {
            settle_actor(&ev->source, &ev->source_country, buf->sfix, buf->scfix, ev->location_country);
        }
        if (strncmp(ev->target, "---", 3) == 0) {
            settle_actor(&ev->target, &ev->target_country, buf->tfix, buf->tcfix, ev->location_country);
        }
    }
    /* "Paramilitary police patrolled the streets of Lusaka": police act at
     * home, in the country of those they act on (not TABARI's rule) */
    if (!c->opt.tabari && strncmp(ev->source, "---COP", 6) == 0 && ev->target_country && ev->target[0] &&
        strncmp(ev->target, "---", 3) != 0) {
        settle_actor(&ev->source, &ev->source_country, buf->sfix, buf->scfix, ev->target_country);
    }
    /* "lifted the state of emergency in West Darfur", "demonstrated in
     * Kirkuk": an act on the ground (aid, yielding, threats, protest,
     * force, repression, violence) with no other target is aimed at the
     * country the text places it in, the actor's own included */
    if (!ev->target[0] && ev->location_country && strcmp(ev->location_precision, "dateline") != 0 &&
        strlen(ev->location_country) == 3 && actor_is_country(ev->location_country)) {
        int r = (code[0] - '0') * 10 + (code[1] - '0');
        if (r == 7 || r == 8 || r == 13 || r == 14 || r == 15 || r >= 17) {
            memcpy(buf->tplace, ev->location_country, 4);
            ev->target = buf->tplace;
            ev->target_country = buf->tplace;
        }
    }}
