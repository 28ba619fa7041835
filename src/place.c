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

/* Is token i a place word of the classes cls (GEO_W_*: compass, admin
 * type, settlement, around; data/places.tsv, kept in the gazetteer)? */
static bool pword(const truce_coder *c, size_t i, unsigned cls)
{
    if (i >= c->nt || c->t[i].kind != TOK_WORD || !c->opt.geo) {
        return false;
    }
    const token *t = &c->t[i];
    return (geo_word_class(c->opt.geo, (const char *)c->text + t->start, t->end - t->start) & cls) != 0;
}

/* The same, written in lower case ("Donetsk oblast", not "Oblast Road"). */
static bool lower_pword(const truce_coder *c, size_t i, unsigned cls)
{
    return i < c->nt && !(c->t[i].flags & TF_CAP) && pword(c, i, cls);
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

/* ---- which names are places --------------------------------------------- */

/* Is token i, capitalised, a word English also uses in lower case ("Police",
 * "North", "Reading"): the lexicon knows it as a common word? */
static bool common_word(const truce_coder *c, size_t i)
{
    if (tok_has(c, i, WC_DETERMINER | WC_MODIFIER) || pword(c, i, GEO_W_COMPASS)) {
        return true;
    }
    uint8_t key[64];
    const token *t = &c->t[i];
    ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lex = n > 0 ? kb_lex(c->k, key, n) : 0;
    return (lex & (LEX_NOUN | LEX_VERB | LEX_ADJ | LEX_ADV | LEX_FUNCTION)) != 0;
}

/* Is token i a preposition or another function word ("against", "to",
 * "that"): a verb followed by one has no object there. */
static bool function_word(const truce_coder *c, size_t i)
{
    if (i >= c->nt || c->t[i].kind != TOK_WORD || (c->t[i].flags & TF_CAP)) {
        return i < c->nt && c->t[i].kind == TOK_PUNCT;
    }
    if (is_prep(c, c->t[i].id) || tok_has(c, i, WC_BOUNDARY | WC_LOCATIVE)) {
        return true;
    }
    if (tok_has(c, i, WC_DETERMINER | WC_MODIFIER)) {
        return false;
    }
    uint8_t key[64];
    const token *t = &c->t[i];
    ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lex = n > 0 ? kb_lex(c->k, key, n) : 0;
    return (lex & LEX_FUNCTION) && !(lex & (LEX_NOUN | LEX_ADJ));
}

/* Does token i, a preposition that marks no place ("against", "for",
 * "with", "to"), end a place phrase ("in this camp against Israel")? */
static bool ends_place_phrase(const truce_coder *c, size_t i)
{
    const kb *k = c->k;
    (void)k;
    if (c->t[i].flags & TF_CAP) {
        return false;
    }
    static const char *const enders[] = {"against", "amid", "despite", "toward", "towards", "for",
                                         "with", "during", "over", "about", "like", NULL};
    for (const char *const *w = enders; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* Are all the words of [q, e) common words? */
static bool all_common(const truce_coder *c, size_t q, size_t e)
{
    for (size_t i = q; i < e; i++) {
        if (!common_word(c, i)) {
            return false;
        }
    }
    return true;
}

/* The kind of the mention that covers token i (AK_*), 0 if none. */
static int mention_kind_at(const truce_coder *c, const mvec *mv, size_t i)
{
    (void)c;
    for (size_t xm = 0; mv && xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        /* "protesters in Minsk": the place of a placed role is no actor */
        if (m->tok_start <= i && i < m->tok_end && !m->pronoun && !(m->placed && i > m->tok_start)) {
            return m->kind ? m->kind : AK_NAMED;
        }
    }
    return 0;
}

/* Is the name at q an actor rather than a place: a person, an
 * organisation, a people, a role noun ("Police"), an adjective ("Russian"
 * forces); a country's leader by its capital ("the Kremlin") is not. */
static bool actorish(const mvec *mv, size_t q)
{
    for (size_t xm = 0; mv && xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        if (m->tok_start <= q && q < m->tok_end && !(m->placed && q > m->tok_start) &&
            (m->kind == AK_ADJ || m->kind == AK_PEOPLE || m->kind == AK_AGENT ||
             (m->kind == AK_NAMED && (m->person || !m->country[0] ||
                                      (strlen(m->code) > 3 && strcmp(m->code + 3, "PRE") != 0))))) {
            return true;
        }
    }
    return false;
}

/* A name that is no place whatever the gazetteer says (test_place.c): a
 * compass word alone ("the North"), a date, an actor; without a word
 * that marks a place before it (cued false), also a run of common words
 * ("Police", "Reading" at a sentence start). */
static bool not_a_place(const truce_coder *c, const mvec *mv, size_t q, size_t e, bool cued)
{
    if (e == q + 1 && pword(c, q, GEO_W_COMPASS)) {
        return true;
    }
    if (tok_has(c, q, WC_DATE_WORD) || actorish(mv, q)) {
        return true;
    }
    if (!cued) {
        int kind = mention_kind_at(c, mv, q);
        return kind != AK_COUNTRY && kind != AK_CAPITAL && all_common(c, q, e);
    }
    return false;
}

/* ---- a name read as a place -------------------------------------------- */

/* Resolve the text of tokens [b, e) among the features in want (inside
 * ctx when it is not NULL). */
static bool resolve_toks(const truce_coder *c, size_t b, size_t e, const char *const *hints, size_t n_hints,
                         unsigned want, const geo_place *ctx, geo_place *out)
{
    size_t b0 = c->t[b].start, b1 = c->t[e - 1].end;
    const char *s = (const char *)c->text + b0;
    return ctx ? geo_resolve_in(c->opt.geo, s, b1 - b0, hints, n_hints, want, ctx, out)
               : geo_resolve_as(c->opt.geo, s, b1 - b0, hints, n_hints, want, out);
}

/* "al-Thawra", "el-Arish": a name written with its article in lower case. */
static bool al_name(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start;
    return n > 4 && (p[0] == 'a' || p[0] == 'e') && p[2] == '-' && p[3] >= 'A' && p[3] <= 'Z' &&
           name_particle(c, i);
}

static size_t candidates_toks(const truce_coder *c, size_t b, size_t e)
{
    return geo_candidates(c->opt.geo, (const char *)c->text + c->t[b].start, c->t[e - 1].end - c->t[b].start);
}

/* The end of the capitalised name that starts at q (at most five words,
 * particles inside: "Umm al-Fahm", "Deir ez-Zor"), before lim. */
static size_t name_end(const truce_coder *c, size_t q, size_t lim)
{
    size_t e = q;
    while (e < lim && c->t[e].kind == TOK_WORD && e - q < 5 && !tok_has(c, e, WC_DATE_WORD) &&
           ((c->t[e].flags & TF_CAP) || (e > q && name_particle(c, e)) || (e == q && al_name(c, e)))) {
        e++;
    }
    return e;
}

static bool lower_word(const truce_coder *c, size_t i, uint32_t cls)
{
    return i < c->nt && c->t[i].kind == TOK_WORD && !(c->t[i].flags & TF_CAP) && tok_has(c, i, cls);
}

/* A subdivision named by its proper name and type ("Donetsk oblast",
 * "Kandahar Province"): the whole phrase as the gazetteer indexes it, the
 * subdivision of the bare name, else that whose seat it names. */
static bool resolve_admin(const truce_coder *c, size_t q, size_t e, size_t te, const char *const *hints,
                          size_t n_hints, geo_place *out)
{
    unsigned want = GEO_WANT(GEO_ADMIN1) | GEO_WANT(GEO_REGION);
    if (resolve_toks(c, q, te, hints, n_hints, want, NULL, out) ||
        resolve_toks(c, q, e, hints, n_hints, want, NULL, out)) {
        return true;
    }
    geo_place city;
    return resolve_toks(c, q, e, hints, n_hints, GEO_WANT(GEO_CITY), NULL, &city) &&
           (city.flags & GEO_F_SEAT) && city.admin1_id != GEO_NONE && geo_get(c->opt.geo, city.admin1_id, out);
}

/* What the text says the capitalised name [q, e) is, read with what
 * follows it before lim (test_place.c has a case of each):
 *   "Donetsk oblast", "Nineveh governorate"   a subdivision
 *   "Khanasir town", "Zaitseve village"       a town or village
 *   "Zaitseve, Donetsk oblast", "Waku-Congo, in Cuanza-Sul"
 *                                             the name inside that
 *                                             subdivision or country; if
 *                                             the gazetteer does not know
 *                                             the name, the subdivision
 *                                             (fallback)
 *   "Mosul's Baaj district", "Jerusalem's Old City"
 *                                             the place inside the first;
 *                                             if unknown, the first
 *                                             (fallback)
 *   anything else                             the name as the gazetteer
 *                                             resolves it */
static void place_read(const truce_coder *c, const mvec *mv, size_t q, size_t e, size_t lim,
                       const char *const *hints, size_t n_hints, place_hit *h)
{
    memset(h, 0, sizeof *h);
    h->b = q;
    h->ne = h->e = e;
    const kb *k = c->k;
    /* "Donetsk oblast"; "Kandahar Province" */
    size_t te = lower_pword(c, e, GEO_W_ADMIN) ? e + 1 : e;
    size_t pe = te == e && e > q + 1 && pword(c, e - 1, GEO_W_ADMIN) ? e - 1 : e;
    if (te > e || pe < e) {
        h->e = te;
        h->kind = PK_ADMIN;
        h->known = resolve_admin(c, q, pe, te, hints, n_hints, &h->gp) ||
                   /* "Makhmur district": a district named after its town */
                   resolve_toks(c, q, pe, hints, n_hints, GEO_WANT(GEO_CITY), NULL, &h->gp);
        return;
    }
    /* "Khanasir town", "Sadr city" */
    if (lower_pword(c, e, GEO_W_SETTLEMENT)) {
        h->e = e + 1;
        h->kind = PK_SETTLEMENT;
        h->known = resolve_toks(c, q, e + 1, hints, n_hints, GEO_WANT_ANY, NULL, &h->gp) ||
                   resolve_toks(c, q, e, hints, n_hints, GEO_WANT(GEO_CITY), NULL, &h->gp);
        return;
    }
    /* "Zaitseve, Donetsk oblast": a country or subdivision after a comma,
     * not the next item of a list ("Kharkiv, Sumy and Chernihiv") */
    if (tok_punct(c, e, ',') && e + 1 < lim) {
        size_t y = e + 1 + (tok_is(c, e + 1, k->w.in) ? 1 : 0);
        size_t ye = y < lim && cap_word(c, y) ? name_end(c, y, lim) : y;
        size_t yt = lower_pword(c, ye, GEO_W_ADMIN) ? ye + 1 : ye;
        bool list = tok_is(c, yt, k->w.and_) || (tok_punct(c, yt, ',') && cap_word(c, yt + 1));
        geo_place ctx;
        if (ye > y && !list &&
            resolve_toks(c, y, yt, hints, n_hints,
                         GEO_WANT(GEO_COUNTRY) | GEO_WANT(GEO_ADMIN1) | GEO_WANT(GEO_REGION), NULL, &ctx)) {
            if (resolve_toks(c, q, e, hints, n_hints, GEO_WANT(GEO_CITY) | GEO_WANT(GEO_ADMIN1), &ctx, &h->gp)) {
                h->known = true;
                h->e = yt;
                h->kind = PK_CONTEXT;
                return;
            }
            if (candidates_toks(c, q, e) == 0) {
                h->gp = ctx;
                h->known = h->fallback = true;
                h->e = yt;
                h->kind = PK_CONTEXT;
                return;
            }
        }
    }
    h->known = resolve_toks(c, q, e, hints, n_hints, GEO_WANT_ANY, NULL, &h->gp);
    /* "Amara, south of Baghdad", "Khaldiyah, 80 kilometers (50 miles) west
     * of the capital": the name, placed near the place after "of" */
    if (tok_punct(c, e, ',')) {
        size_t j = e + 1;
        while (j < lim && j < e + 9 && !lower_pword(c, j, GEO_W_COMPASS) &&
               (c->t[j].kind == TOK_NUM || tok_punct(c, j, '(') || tok_punct(c, j, ')') ||
                (c->t[j].kind == TOK_WORD && !(c->t[j].flags & TF_CAP) && !c->t[j].vlemma &&
                 !tok_has(c, j, WC_BOUNDARY | WC_LOCATIVE)))) {
            j++;
        }
        if (lower_pword(c, j, GEO_W_COMPASS) && tok_is(c, j + 1, k->w.of)) {
            size_t y = j + 2 + (tok_is(c, j + 2, k->w.the) ? 1 : 0);
            size_t ye = y < lim && cap_word(c, y) ? name_end(c, y, lim) : y;
            h->kind = PK_NEAR;
            h->e = ye > y ? ye : j + 2;
            geo_place ref;
            if (!h->known && ye > y && resolve_toks(c, y, ye, hints, n_hints, GEO_WANT_ANY, NULL, &ref)) {
                h->gp = ref;
                h->known = h->fallback = true;
            }
            return;
        }
    }
    /* "Mosul's Baaj district", "Jerusalem's walled Old City": a place
     * inside the one named first (two words at most between) */
    if (h->known && h->gp.feature != GEO_REGION && tok_is(c, e, k->w.s)) {
        size_t y = e + 1;
        while (y < lim && y < e + 3 && c->t[y].kind == TOK_WORD && !(c->t[y].flags & TF_CAP) &&
               !tok_has(c, y, WC_PLACE_NOUN | WC_BOUNDARY | WC_LOCATIVE) &&
               (!c->t[y].vlemma || c->t[y].vform == VF_ED)) {
            y++;
        }
        size_t ye = y < lim && cap_word(c, y) ? name_end(c, y, lim) : y;
        if (ye == y || mention_kind_at(c, mv, y) != 0) {
            return;
        }
        size_t yt = lower_pword(c, ye, GEO_W_ADMIN | GEO_W_SETTLEMENT) || lower_word(c, ye, WC_FACILITY) ? ye + 1 : ye;
        geo_place in = h->gp, inner;
        /* "Baaj district", "the Old City": a place even if unknown */
        bool marked = yt > ye || pword(c, ye - 1, GEO_W_ADMIN | GEO_W_SETTLEMENT) || tok_has(c, ye - 1, WC_FACILITY);
        geo_place *ctx = in.feature == GEO_CITY ? NULL : &in;
        if (in.feature == GEO_CITY && in.admin1_id != GEO_NONE) {
            geo_get(c->opt.geo, in.admin1_id, &inner);
            in = inner;
            ctx = &in;
        }
        const char *const one[1] = {h->gp.country};
        if (ctx && resolve_toks(c, y, ye, one, 1, GEO_WANT(GEO_CITY), ctx, &inner)) {
            h->gp = inner;
        } else if (marked) {
            h->fallback = true;
        } else {
            /* "England's Dan Wheldon": whose, not where; a country or
             * subdivision still says where ("Ukraine's Zaitseve") */
            if (h->gp.feature == GEO_CITY) {
                h->known = false;
                h->kind = PK_OWNER;
            }
            return;
        }
        h->b = y;
        h->ne = ye;
        h->e = yt;
        h->kind = PK_INSIDE;
    }
}

/* Does ", Country" or ", Province" follow the name ending at e? */
static bool context_after(const truce_coder *c, size_t e, size_t ce, const char *const *hints, size_t n_hints)
{
    if (!tok_punct(c, e, ',') || !cap_word(c, e + 1)) {
        return false;
    }
    size_t ye = name_end(c, e + 1, ce);
    geo_place p;
    return resolve_toks(c, e + 1, ye, hints, n_hints,
                        GEO_WANT(GEO_COUNTRY) | GEO_WANT(GEO_ADMIN1) | GEO_WANT(GEO_REGION), NULL, &p);
}

/* Is the name [q, e) a country's? */
static bool h_country_only(const truce_coder *c, size_t q, size_t e, const char *const *hints, size_t n_hints)
{
    geo_place p;
    return resolve_toks(c, q, e, hints, n_hints, GEO_WANT(GEO_COUNTRY), NULL, &p);
}

/* Is there a comma in tokens [b, e)? */
static bool comma_between(const truce_coder *c, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        if (tok_punct(c, i, ',')) {
            return true;
        }
    }
    return false;
}

/* After "the Ghat area of", is what follows (from token i) a subdivision
 * that holds the place named before ("Doda district", "Aleppo province")? */
static bool container_of(const truce_coder *c, size_t i, size_t lim)
{
    i += tok_is(c, i, c->k->w.the) ? 1 : 0;
    if (i >= lim || !cap_word(c, i)) {
        return false;
    }
    size_t e = name_end(c, i, lim);
    return lower_pword(c, e, GEO_W_ADMIN) || (e > i + 1 && pword(c, e - 1, GEO_W_ADMIN));
}

/* "the Ghat area of Doda district" (the name [q, e), the subdivision at
 * y): the first name, inside the subdivision (else, unknown, near it),
 * into *pc; returns where the phrase ends. */
static size_t area_of(const truce_coder *c, const mvec *mv, size_t q, size_t e, size_t y, size_t ce,
                      const char *const *hints, size_t n_hints, place_cand *pc)
{
    place_hit ch;
    place_read(c, mv, y, name_end(c, y, ce), ce, hints, n_hints, &ch);
    *pc = (place_cand){.h = {.b = q, .ne = e, .e = ch.e, .kind = PK_INSIDE}, .q = q, .tier = 3500,
                         .cued = true};
    if (ch.known && resolve_toks(c, q, e, hints, n_hints, GEO_WANT(GEO_CITY), &ch.gp, &pc->h.gp)) {
        pc->h.known = true;
    } else if (ch.known) {
        pc->h.gp = ch.gp;
        pc->h.known = pc->h.fallback = true;
    }
    return ch.e;
}

/* ---- places named in a clause ------------------------------------------ */

static int spec_tier(const place_hit *h)
{
    return h->gp.feature == GEO_CITY ? 3000 : h->gp.feature == GEO_COUNTRY ? 1000 : 2000;
}

/* The place named at tokens [q, e) (place_candidates): its reading by the
 * gazetteer and its tier (a named facility, a settlement or subdivision
 * named as such, a known place by how specific it is). False if it is no
 * place after all (*next: the token to go on after). */
static bool candidate_at(const truce_coder *c, const mvec *mv, size_t q, size_t e, size_t ce,
                         const char *const *hints, size_t n_hints, bool object, bool spatial, bool village_of,
                         bool of_noun, bool cued, place_cand *out, size_t *next)
{
    place_hit h;
    place_read(c, mv, q, e, ce, hints, n_hints, &h);
    /* "the Kissufim crossing", "Tahrir Square": a named facility or
     * locality, the most specific place there is, known or not */
    bool facility = (e < ce && lower_word(c, e, WC_FACILITY) && h.kind != PK_ADMIN) ||
                    (e > q + 1 && tok_has(c, e - 1, WC_FACILITY) && !h.known);
    if (facility && h.kind == PK_NONE) {
        h.e = e < ce && lower_word(c, e, WC_FACILITY) ? e + 1 : e;
        /* "the Lachin corridor": a place the gazetteer knows whole */
        geo_place whole;
        if (h.e > e && resolve_toks(c, q, h.e, hints, n_hints, GEO_WANT_ANY, NULL, &whole)) {
            h.gp = whole;
            h.known = true;
            h.ne = h.e;
            facility = false;
        }
    }
    if (h.kind == PK_OWNER || (!h.known && e == q + 1 && tok_has(c, q, WC_DETERMINER | WC_MODIFIER))) {
        /* "England's Dan Wheldon"; "The village was shelled" */
        *next = h.kind == PK_OWNER ? e : e - 1;
        return false;
    }
    /* "the SDF shelling": an acronym is no town */
    if (h.known && h.kind == PK_NONE && e == q + 1 && (c->t[q].flags & TF_UPPER) &&
        h.gp.feature == GEO_CITY) {
        *next = e - 1;
        return false;
    }
    int tier;
    if (facility && h.kind != PK_SETTLEMENT) {
        tier = 4000;
    } else if ((village_of && (!h.known || h.gp.feature == GEO_CITY)) || h.kind == PK_SETTLEMENT ||
               (h.fallback && h.kind != PK_NONE) ||
               (!h.known && (h.kind == PK_ADMIN || h.kind == PK_NEAR || of_noun))) {
        /* "the village of Kashkash", "Khanasir town", "Zaitseve,
         * Donetsk oblast": a place even if the gazetteer does not know
         * it (name only, or the subdivision's place); it outranks what
         * is nearby */
        tier = 3500;
    } else if (h.known) {
        tier = object && spatial ? 5000 : spec_tier(&h);
    } else if (e > q + 1 && tok_has(c, q, WC_MODIFIER)) {
        /* "Western Afghanistan", "South Lebanon": the place after a
         * compass word when the whole is not known */
        place_read(c, mv, q + 1, e, ce, hints, n_hints, &h);
        if (!h.known) {
            *next = e - 1;
            return false;
        }
        tier = object && spatial ? 5000 : spec_tier(&h);
        h.b = q;
    } else {
        /* not known, not marked: a longer name the gazetteer lacks
         * ("Manila Bay", "Houston Open", "the Aleppo Conquest
         * group") is not the place its first word names */
        *next = e - 1;
        return false;
    }
    *out = (place_cand){.h = h, .q = q, .tier = tier, .cued = cued || h.kind != PK_NONE || facility};
    *next = (h.e > e ? h.e : e) - 1;
    return true;
}

/* The names of tokens [cb, ce) that are places, in order, at most cap into
 * out. With head < ce, those of the event headed there (code its CAMEO
 * code): names after a place word, marked by their own type word, or the
 * object of its verb, up to the next clause after it; with head SIZE_MAX,
 * for truce_find_places, every name the gazetteer knows and the text does
 * not make something else (uncued). The place phrases read here (test_place.c):
 *   in/at/near/outside X, N km north of X, the village/city/outskirts of X,
 *   X town, X oblast, X, Province, X's Y district, X, N km north of Y,
 *   the X area of Y district, the capital, X
 * and what is not a place: a date, an actor ("by U.S. forces", "the
 * Police"), a possessor ("England's Dan Wheldon"), a compass word alone,
 * a common word without a place word before it, an acronym that names a
 * town, the source of a report ("according to officials in Kabul"), a
 * longer name the gazetteer lacks ("Manila Bay" is not Manila). */
/* Is code a statement, appeal, intent, demand, disapproval, rejection or
 * threat (which happens where it is said, not in the places it is about)? */
static bool verbal_root(const char *code)
{
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return r == 1 || r == 2 || r == 3 || r == 5 || (r >= 10 && r <= 13);
}

/* One step, at token q after an event's head, of reading what is no place
 * of the event: a topic ("concern over the violence in Israel", "talks on
 * Cyprus", for verbal acts) or a person's description after its name
 * ("said Jane Roe, an analyst at a university in Tokyo"), each up to the
 * clause's next comma. 1 if token q opens one, else 0 (test: golden
 * place-topics). */
static int aside_or_topic_step(const truce_coder *c, const char *code, size_t q, size_t ce, bool *topic,
                               bool *aside)
{
    const kb *k = c->k;
    bool verbal = verbal_root(code), of_topic = verbal && code[0] != '1';
    if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_has(c, q, WC_BOUNDARY)) {
        *topic = *aside = false;
    }
    if (tok_punct(c, q, ',') && (tok_is(c, q + 1, k->w.a) || tok_is(c, q + 1, k->w.an))) {
        *aside = true;
        return 1;
    }
    if (verbal && q + 1 < ce && c->t[q + 1].kind == TOK_WORD && !tok_has(c, q + 1, WC_DATE_WORD) &&
        (tok_is(c, q, k->w.on) || tok_is_word(c, q, "over") || tok_is_word(c, q, "about") ||
         tok_is_word(c, q, "regarding") || tok_is_word(c, q, "concerning") ||
         /* "spoke of the war in Ukraine"; not an accusation's "of": the
          * act it alleges is mapped where it was ("accused Kosovo of
          * provoking violence in Mitrovica") */
         (of_topic && tok_is(c, q, k->w.of) && q > 0 && !tok_has(c, q - 1, WC_PLACE_NOUN | WC_FACILITY)) ||
         /* what was said: "reiterated the claim that militants in
          * Afghanistan ..." (where it was said comes before) */
         tok_is(c, q, k->w.that))) {
        *topic = true;
        return 1;
    }
    return 0;
}

/* An intent (03x) whose head is the intended act ("will convene talks in
 * Beijing"): places after it are where that act would be, not the intent's. */
static bool intended_head(const truce_coder *c, const char *code, size_t head)
{
    if (code[0] != '0' || code[1] != '3' || head == 0 || head >= c->nt || c->t[head].vform != VF_BASE) {
        return false;
    }
    size_t p = head - 1;
    while (p > 0 && tok_adverb(c, p)) {
        p--;
    }
    return tok_has(c, p, WC_MODAL) || tok_is(c, p, c->k->w.to);
}

/* Is token i, after the head, in a topic or a person's description? */
static bool no_place_of_event(const truce_coder *c, const char *code, size_t head, size_t i, size_t ce)
{
    bool topic = intended_head(c, code, head), aside = false;
    for (size_t q = head + 1; q < i && q < ce; q++) {
        aside_or_topic_step(c, code, q, ce, &topic, &aside);
    }
    return topic || aside;
}

size_t place_candidates(const truce_coder *c, const mvec *mv, size_t cb, size_t ce, size_t head,
                        const char *code, const char *const *hints, size_t n_hints, place_cand *out,
                        size_t cap)
{
    bool event = head < ce;
    bool spatial = false, person_object = false, visit = false;
    if (event) {
        /* the object of a visit, an attack, an occupation is where it
         * happens; the object of an accusation or a meeting is an actor */
        int root = (code[0] - '0') * 10 + (code[1] - '0');
        /* and where troops leave or a blockade eases (087x) */
        spatial = root == 4 || root >= 14 || strncmp(code, "087", 3) == 0;
        visit = strcmp(code, "042") == 0 || strcmp(code, "043") == 0;
        /* an arrest, a deportation, a repression, an abduction, an assault
         * on a person, an assassination, a meeting other than a visit: its
         * object is a person ("Police arrested Ali"), never the place */
        person_object = ((root == 17 && (code[2] == '3' || code[2] == '4' || code[2] == '5')) ||
                         (root == 18 && (code[2] == '1' || code[2] == '2' || code[2] == '5' || code[2] == '6')) ||
                         (root == 4 && strcmp(code, "042") != 0)) &&
                        !takes_places(c, head);
    }
    size_t n = 0;
    const kb *k = c->k;
    bool in_region = false;
    bool named_place = false;   /* after "the village of", "the town of" */
    bool object = false;        /* the verb's object: "shelled Stepanakert" */
    bool topic = event && intended_head(c, code, head);   /* "concern over the violence in Israel" */
    bool aside = false;         /* "said Jane Roe, an analyst at a university in Tokyo" */
    for (size_t q = cb; q < ce && n < cap; q++) {
        if (event && q > head) {
            int st = aside_or_topic_step(c, code, q, ce, &topic, &aside);
            if (st > 0) {
                in_region = object = false;
            }
            if (st > 0 || topic || aside) {
                continue;
            }
        }
        if (event && spatial && q == head + 1 && c->t[head].vlemma && !function_word(c, q)) {
            /* the object of "shelled", "captured", "patrolled" may be a
             * place; not what follows "demonstrated against", nor the
             * object of a statement or a deal ("support Mauritius"), an
             * actor */
            in_region = object = true;
        }
        /* "a visit to the capital, Port Louis": where a visit goes */
        if (visit && tok_is(c, q, k->w.to)) {
            in_region = true;
            object = named_place = false;
            continue;
        }
        /* "according to officials in Kabul": where the source is */
        if (tok_is(c, q, k->w.according)) {
            while (q + 1 < ce && !tok_punct(c, q + 1, ',') && !clause_stop(c, q + 1)) {
                q++;
            }
            in_region = object = false;
            continue;
        }
        /* "30 km north of Mosul", "northwest of the base in Habbaniya" */
        if (tok_is(c, q + 1, k->w.of) && lower_pword(c, q, GEO_W_COMPASS)) {
            in_region = true;
            object = named_place = false;
            q++;
            continue;
        }
        if (tok_has(c, q, WC_LOCATIVE) ||
            (tok_has(c, q, WC_PLACE_NOUN | WC_FACILITY) && !(c->t[q].flags & TF_CAP) && tok_is(c, q + 1, k->w.of))) {
            in_region = true;
            object = false;
            named_place = tok_has(c, q, WC_PLACE_NOUN | WC_FACILITY) && !tok_has(c, q, WC_LOCATIVE);
            if (named_place) {
                q++;   /* skip "of" */
            }
            continue;
        }
        if (event && q > head && (tok_has(c, q, WC_BOUNDARY) || tok_is(c, q, k->w.as) || tok_is_word(c, q, "despite"))) {
            break;   /* "... as leaders gathered in Istanbul": another clause */
        }
        /* "outside the regional capital, Grozny": the name in apposition */
        if (in_region && tok_punct(c, q, ',') && q > cb && tok_has(c, q - 1, WC_PLACE_NOUN) && cap_word(c, q + 1)) {
            continue;
        }
        if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_has(c, q, WC_BOUNDARY) ||
            (c->t[q].isverb && c->t[q].vform == VF_ED && !(c->t[q].flags & TF_CAP) &&
             !(q > cb && tok_has(c, q - 1, WC_DETERMINER))) ||   /* "a cramped camp" */
            (object && is_prep(c, c->t[q].id) && !tok_is(c, q, k->w.of))) {
            in_region = object = false;
            continue;
        }
        /* "in this camp against Israel's threats": another preposition
         * ends the place phrase */
        if (in_region && !object && q > cb && ends_place_phrase(c, q)) {
            in_region = false;
            continue;
        }
        if (c->t[q].kind != TOK_WORD || !((c->t[q].flags & TF_CAP) || al_name(c, q)) ||
            tok_has(c, q, WC_DATE_WORD)) {
            continue;
        }
        bool cued = in_region;
        if (!in_region) {
            /* "shelling on Khanasir town", "clashes near Zaitseve,
             * Donetsk oblast" after another preposition: a name marked as
             * a place by what follows it */
            size_t e0 = name_end(c, q, ce);
            cued = !(c->t[q].flags & TF_UPPER) &&   /* not headlines in capitals */
                   (lower_pword(c, e0, GEO_W_SETTLEMENT | GEO_W_ADMIN) ||
                    (e0 > q + 1 && pword(c, e0 - 1, GEO_W_SETTLEMENT | GEO_W_ADMIN)));
            if (!cued && event) {
                q = e0 - 1;
                continue;
            }
        }
        if (object && person_object) {
            in_region = object = false;
            continue;
        }
        size_t e = name_end(c, q, ce);
        /* "the south Baghdad neighbourhood of Al-Bayaa", "the Red Sea island
         * of Hanish": the place is the one named after "of" */
        size_t pn = e;   /* "the Red Sea port city of Jeddah": a word between */
        if (pn + 2 < ce && c->t[pn].kind == TOK_WORD &&
            !(c->t[pn].flags & TF_CAP) && tok_has(c, pn + 1, WC_PLACE_NOUN) && tok_is(c, pn + 2, k->w.of)) {
            pn++;
        }
        if (pn + 1 < ce && tok_has(c, pn, WC_PLACE_NOUN) && tok_is(c, pn + 1, k->w.of)) {
            size_t y = pn + 2 + (tok_is(c, pn + 2, k->w.the) ? 1 : 0);
            if (!container_of(c, y, ce)) {
                q = e - 1;
                continue;
            }
            q = area_of(c, mv, q, e, y, ce, hints, n_hints, &out[n++]) - 1;
            continue;
        }
        /* "the village of Sheikh Najjar", "the city of Homs" name the
         * place; "the outskirts of", "the countryside of" the place around */
        bool of_noun = named_place && q > 1 && tok_is(c, q - 1, k->w.of) &&
                       tok_has(c, q - 2, WC_PLACE_NOUN | WC_FACILITY);
        bool village_of = of_noun && !pword(c, q - 2, GEO_W_AROUND);
        /* an actor is not a place: "by U.S. forces", "the SDF shelling";
         * nor the subject of the next verb ("... and Australia took") */
        int mk = mention_kind_at(c, mv, q);
        /* "in Police, Poland": the context says a role noun is a place */
        bool in_context = mk == AK_AGENT && cued && context_after(c, e, ce, hints, n_hints);
        if ((q > 0 && tok_is(c, q - 1, k->w.by)) ||
            (!village_of && !in_context && not_a_place(c, mv, q, e, cued)) ||
            (village_of && (mk == AK_ADJ || mk == AK_PEOPLE)) ||
            (object && e < ce && c->t[e].vlemma && !(c->t[e].flags & TF_CAP) &&
             (c->t[e].vform == VF_ED || c->t[e].vform == VF_S))) {
            q = e - 1;
            continue;
        }
        /* "near the Cameroon border": the border's name, not where */
        if (lower_pword(c, e, GEO_W_BORDER) && h_country_only(c, q, e, hints, n_hints)) {
            q = e;
            continue;
        }
        /* "England's Dan Wheldon", "Syria's Assad": whose, not where;
         * "upgrading India's defence ties": whose, unless a place word
         * said where ("in Ukraine's east") */
        if (tok_is(c, e, k->w.s) && e + 1 < ce &&
            ((cap_word(c, e + 1) && actorish(mv, e + 1)) || (event && !in_region) || object)) {
            q = e;
            continue;
        }
        size_t next;
        if (candidate_at(c, mv, q, e, ce, hints, n_hints, object, spatial, village_of, of_noun, cued, &out[n], &next)) {
            n++;
        }
        q = next;
    }
    return n;
}

/* ---- the place of an event ---------------------------------------------- */

/* Is token i in what a comma sets off after a person's name ("Jane Roe,
 * fellow at a centre in Honolulu, said"; not "the capital, Bangui,")? */
static bool in_persons_aside(const truce_coder *c, const mvec *mv, size_t cb, size_t i)
{
    for (size_t q = i; q-- > cb;) {
        if (tok_punct(c, q, ',')) {
            const mention *m = q > 0 ? mv_ending_at(mv, q - 1) : NULL;
            return m && m->person;
        }
    }
    return false;
}

/* A comma, then an actor, between a place and the head: the place is
 * another clause's ("bases in Afghanistan, a charge New Delhi rejected"),
 * not that of a verb its subject goes on with ("met in Bangui, and signed"). */
static bool actor_after_comma(const truce_coder *c, const mvec *mv, size_t pe, size_t head)
{
    size_t comma = pe;
    while (comma < head && !tok_punct(c, comma, ',')) {
        comma++;
    }
    for (size_t x = 0; comma < head && x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start > comma && m->tok_start < head && (m->code[0] || m->sector[0])) {
            return true;
        }
    }
    return false;
}

/* Is token i in the phrase of an act's cause ("massed in Istanbul in
 * protest of police actions in Jerusalem", "in solidarity with villagers
 * in the north", "in response to strikes on Gaza")? Its places are where
 * the cause was, not the act. */
bool in_cause_phrase(const truce_coder *c, size_t cb, size_t i)
{
    static const char *const causes[] = {"protest", "protests", "solidarity", "response", "retaliation",
                                         "reaction", "revenge", "memory", "honour", "honor", NULL};
    for (size_t q = i; q-- > cb + 1;) {
        if (clause_stop(c, q) || tok_punct(c, q, ',')) {
            return false;   /* "In retaliation for their losses, rebels shelled X": X is the act's */
        }
        if (tok_has(c, q - 1, WC_LOCATIVE) && tok_is_word(c, q - 1, "in") && tok_is_one_of(c, q, causes) &&
            q + 1 < i && (tok_is(c, q + 1, c->k->w.of) || tok_is_word(c, q + 1, "against") ||
                          tok_is_word(c, q + 1, "over") || tok_is_word(c, q + 1, "at") ||
                          tok_is_word(c, q + 1, "with") || tok_is_word(c, q + 1, "to") ||
                          tok_is_word(c, q + 1, "for"))) {
            return true;
        }
    }
    return false;
}

/* The place of an event: of the places named in its clause
 * (place_candidates), the most specific (a facility, a named village, a
 * town, a subdivision, a country), then the one nearest after the verb;
 * a place in an aside before the verb describes a person, not the event.
 * When the winner is a name the gazetteer does not know, the best known
 * place of the clause stands in for its coordinates (fallback). */
static bool choose_place(const truce_coder *c, const evctx *x, const char *code,
                         const char *const *hints, size_t n_hints, place_hit *out)
{
    place_cand cand[MAX_CANDS];
    size_t n = place_candidates(c, x->mv, x->cb, x->ce, x->head, code, hints, n_hints, cand, MAX_CANDS);
    int best = -1000000, best_known = -1000000;
    place_hit known = {0};
    for (size_t i = 0; i < n; i++) {
        const place_cand *pc = &cand[i];
        size_t q = pc->q;
        int dist = q > x->head ? (int)(q - x->head) : 100 + (int)(x->head - q);
        int score = pc->tier - dist;
        /* "Kupczyk, an officer in the Baltic Sea port, was shot ... north
         * of Karbala": a place in an aside before the verb describes a
         * person; one the clause opens with ("In Baquba, ...") does not */
        if (q < x->head && !tok_has(c, x->cb, WC_LOCATIVE) && comma_between(c, pc->h.e, x->head)) {
            if (verbal_root(code) &&
                (in_persons_aside(c, x->mv, x->cb, q) || actor_after_comma(c, x->mv, pc->h.e, x->head))) {
                continue;   /* "Jane Roe, a fellow at a centre in Honolulu, said": hers */
            }
            score -= 2000;
        }
        if (q > x->head && in_cause_phrase(c, x->cb, q)) {
            score -= 2000;   /* "massed in Istanbul in protest of police actions in Jerusalem" */
        }
        if (score > best) {
            best = score;
            *out = pc->h;
        }
        if (pc->h.known && !pc->h.fallback && spec_tier(&pc->h) - dist > best_known) {
            best_known = spec_tier(&pc->h) - dist;
            known = pc->h;
        }
    }
    if (best == -1000000) {
        return false;
    }
    /* a name the gazetteer does not know: the best known place of the
     * clause gives its country, subdivision and coordinates */
    if (!out->known && best_known > -1000000) {
        out->gp = known.gp;
        out->known = out->fallback = true;
    }
    return true;
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
            !in_cause_phrase(c, cb, m->tok_start) &&
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

/* Is token i inside "according to ..." (where the source of a report is,
 * not where the event was)? */
static bool attribution(const truce_coder *c, size_t cb, size_t i)
{
    for (size_t q = i; q-- > cb;) {
        if (tok_is(c, q, c->k->w.according)) {
            return true;
        }
        if (tok_punct(c, q, ',') || clause_stop(c, q)) {
            return false;
        }
    }
    return false;
}

/* The hints for resolving a name: the countries of the event's actors,
 * of the countries named in its sentence ("a village near Zaitseve in
 * eastern Ukraine") and of the dateline. */
static size_t place_hints(const truce_coder *c, const evctx *x, const char *sc, const char *tc,
                          const char **hints, size_t cap)
{
    size_t n = 0;
    const char *cand[3] = {sc, tc, c->dl_country};
    for (size_t i = 0; i < 3; i++) {
        bool dup = !cand[i] || !cand[i][0] || strlen(cand[i]) != 3;
        for (size_t j = 0; j < n && !dup; j++) {
            dup = strcmp(hints[j], cand[i]) == 0;
        }
        if (!dup && n < cap) {
            hints[n++] = cand[i];
        }
    }
    for (size_t xm = 0; x->mv && xm < x->mv->n && n < cap; xm++) {
        const mention *m = &x->mv->v[xm];
        /* "protesters in Ramallah": the place's country the role took */
        if ((m->kind == AK_COUNTRY || m->kind == AK_CAPITAL || m->placed) && m->country[0]) {
            bool dup = false;
            for (size_t j = 0; j < n && !dup; j++) {
                dup = strcmp(hints[j], m->country) == 0;
            }
            if (!dup) {
                hints[n++] = m->country;
            }
        }
    }
    return n;
}

const char *place_precision_name(geo_feature f)
{
    return f == GEO_CITY ? "place" : f == GEO_ADMIN1 ? "admin1" : f == GEO_REGION ? "region" : "country";
}

/* May the dateline be where ev happened: one of its actors is of the
 * dateline's country, or its doer is of none the text gives? A foreign
 * government or the UN condemning an attack from afar ("OUAGADOUGOU ...
 * The UN chief condemned the attack") was not in the dateline's town;
 * a foreign force's act on the dateline's country may have been. */
static bool dateline_party(const truce_coder *c, const truce_event *ev, const char *code)
{
    /* (talks and agreements with the dateline's country's own may be held
     * there: "MOSCOW ... X and Y agree to a ceasefire after Moscow talks";
     * praise and congratulations are said where the speaker is) */
    int r = code_root(code);
    bool verbal = r == 1 || r == 2 || (r == 5 && strncmp(code, "057", 3) != 0) || (r >= 10 && r <= 13);
    if (!c->dl_country[0] || !ev->source || !ev->source[0] || !strncmp(ev->source, "---", 3)) {
        return true;   /* no doer, or one of no country: the story's own */
    }
    /* (an organisation of no country, a foreign state: what they say of
     * the country is said where they are) */
    return (ev->source_country && !strncmp(ev->source_country, c->dl_country, 3)) ||
           (!verbal && ev->target_country && !strncmp(ev->target_country, c->dl_country, 3));
}

void place_event(const truce_coder *c, const evctx *x, const char *code, truce_event *ev, const char *sc,
                 const char *tc, place_bufs *buf)
{
    ev->lat = ev->lon = NAN;
    const geo *g = c->opt.geo;
    const char *hints[8];
    size_t n_hints = place_hints(c, x, sc, tc, hints, 8);
    bool placed = false;
    place_hit h;
    /* a statement, appeal or threat is not placed in a whole country it
     * names: that is its topic or a party ("called for an
     * inclusive government in Syria"), not where it was said */
    bool verbal = verbal_root(code);
    if (g && x->ce > x->cb && choose_place(c, x, code, hints, n_hints, &h) &&
        !(verbal && h.known && !h.fallback && h.gp.feature == GEO_COUNTRY)) {
        placed = true;
        ev->loc_start = c->t[h.b].start;
        ev->loc_end = c->t[h.e - 1].end;
    }
    size_t pb = 0, pe = 0;
    if (!placed && x->loc && !(verbal && x->loc->kind == AK_COUNTRY) && !actorish(x->mv, x->loc->tok_start) &&
        !attribution(c, x->cb, x->loc->tok_start) &&
        !(x->head < x->ce && x->loc->tok_start > x->head && no_place_of_event(c, code, x->head, x->loc->tok_start, x->ce)) &&
        !(x->head < x->ce && x->loc->tok_end <= x->head && verbal &&
          actor_after_comma(c, x->mv, x->loc->tok_end, x->head))) {
        pb = x->loc->tok_start;
        while (pb + 1 < x->loc->tok_end && tok_has(c, pb, WC_MODIFIER)) {
            pb++;
        }
        pe = x->loc->tok_end;
    }
    if (!placed && pe > pb) {
        size_t b0 = c->t[pb].start, b1 = c->t[pe - 1].end;
        ev->loc_start = b0;
        ev->loc_end = b1;
        snprintf(buf->locname, sizeof buf->locname, "%.*s", (int)(b1 - b0), (const char *)c->text + b0);
        ev->location_name = buf->locname;
        ev->location_country = x->loc->country[0] ? x->loc->country : NULL;
        ev->location_precision = x->loc->kind == AK_COUNTRY ? "country" : "place";
    }
    /* an act dated as the story's incident takes its place (placeinc.c) */
    bool inherited = !placed && place_incident_fill(c, x, ev);
    if (placed) {
        buf->gp = h.gp;
        if (!h.known || h.fallback) {
            /* the name as written: the gazetteer does not know it (no
             * guess), or knows only the place around it, whose country,
             * subdivision and coordinates it takes with that precision */
            size_t b0 = c->t[h.b].start, b1 = c->t[h.ne - 1].end;
            snprintf(buf->locname, sizeof buf->locname, "%.*s", (int)(b1 - b0), (const char *)c->text + b0);
            ev->location_name = buf->locname;
        } else {
            ev->location_name = buf->gp.name;
        }
        if (!h.known) {
            ev->location_precision = "place";
        } else {
            geo_feature f = h.gp.feature;
            /* near a town the text names beside it: that town's
             * subdivision ("Mosul's Baaj district" is in Mosul) */
            bool near_town = h.fallback && f == GEO_CITY && h.kind != PK_INSIDE;
            if (near_town) {
                f = GEO_ADMIN1;
            }
            ev->location_country = buf->gp.country[0] ? buf->gp.country : NULL;
            ev->location_admin1 = buf->gp.admin1 && buf->gp.admin1[0] ? buf->gp.admin1 : NULL;
            ev->lat = h.gp.lat;
            ev->lon = h.gp.lon;
            ev->geonameid = h.fallback ? 0 : h.gp.geonameid;
            ev->location_precision = place_precision_name(f);
            geo_place a1;
            if (near_town && h.gp.admin1_id != GEO_NONE && geo_get(g, h.gp.admin1_id, &a1)) {
                ev->lat = a1.lat;
                ev->lon = a1.lon;
            } else if (near_town) {
                ev->location_precision = "country";
                ev->location_admin1 = NULL;
                ev->lat = ev->lon = NAN;
            }
        }
    } else if (!inherited && !ev->location_name && c->dl_name[0] && dateline_party(c, ev, code)) {
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
    if (ev->location_country && strcmp(ev->location_precision, "dateline") != 0 && !inherited &&
        strlen(ev->location_country) == 3) {
        if (strncmp(ev->source, "---", 3) == 0) {
            settle_actor(&ev->source, &ev->source_country, buf->sfix, buf->scfix, ev->location_country);
        }
        if (strncmp(ev->target, "---", 3) == 0) {
            settle_actor(&ev->target, &ev->target_country, buf->tfix, buf->tcfix, ev->location_country);
        }
    }
    /* "Syrian troops attacked west of the T-4 Military Airport", the role
     * settled SYRMIL: a state, or its own organ, is no target of its own
     * act (emit refuses one coded so), nor then of the place's; two armed
     * groups or two civilians of one country may be ("Jund al-Aqsa
     * captured Ahrar fighters": SYRREB>SYRREB) */
    bool self = ev->target[0] && !strcmp(ev->source, ev->target) &&
                (strlen(ev->source) == 3 || !strcmp(ev->source + 3, "GOV") || !strcmp(ev->source + 3, "MIL") ||
                 !strcmp(ev->source + 3, "COP") || !strcmp(ev->source + 3, "JUD") || !strcmp(ev->source + 3, "SPY"));
    if (self) {
        ev->target = "";
        ev->target_country = NULL;
    }
    /* "Paramilitary police patrolled the streets of Lusaka": police act at
     * home, in the country of those they act on (not TABARI's rule) */
    if (!c->opt.tabari && strncmp(ev->source, "---COP", 6) == 0 && ev->target_country && ev->target[0] &&
        strncmp(ev->target, "---", 3) != 0) {
        settle_actor(&ev->source, &ev->source_country, buf->sfix, buf->scfix, ev->target_country);
    }
    /* "The Syrian army launched an offensive in rural Damascus": a state's
     * own organs using force at home do not aim it at their own state; a
     * capital or the country named as where is no target */
    if (ev->target && strlen(ev->target) == 3 && ev->source && strlen(ev->source) >= 6 &&
        !strncmp(ev->source, ev->target, 3) && code[0] >= '1' && code[0] <= '2' &&
        ((code[0] - '0') * 10 + (code[1] - '0')) >= 18 &&
        (!strcmp(ev->source + 3, "GOV") || !strcmp(ev->source + 3, "MIL") || !strcmp(ev->source + 3, "COP") ||
         !strcmp(ev->source + 3, "SPY"))) {
        ev->target = "";
        ev->target_country = NULL;
    }
    /* "lifted the state of emergency in West Darfur", "demonstrated in
     * Kirkuk": an act on the ground (aid, yielding, threats, protest,
     * force, repression, violence) with no other target is aimed at the
     * country the text places it in, the actor's own included */
    if (!ev->target[0] && !self && ev->location_country && strcmp(ev->location_precision, "dateline") != 0 &&
        !inherited &&
        strlen(ev->location_country) == 3 && actor_is_country(ev->location_country)) {
        int r = (code[0] - '0') * 10 + (code[1] - '0');
        /* ... but force or coercion by a country where it is ("Syria
         * captured two men" in Syria) is not aimed at itself: SYR>SYR */
        r = r >= 17 && !strcmp(ev->source, ev->location_country) ? 0 : r;
        /* ... but force by a state's own organs at home ("Somali police
         * opened fire in Mogadishu") is not aimed at their own state */
        bool own = r >= 18 && ev->source && strlen(ev->source) >= 6 &&
                   !strncmp(ev->source, ev->location_country, 3) &&
                   (!strcmp(ev->source + 3, "GOV") || !strcmp(ev->source + 3, "MIL") || !strcmp(ev->source + 3, "COP") ||
                    !strcmp(ev->source + 3, "JUD") || !strcmp(ev->source + 3, "SPY"));
        if ((r == 7 || r == 8 || r == 13 || r == 14 || r == 15 || r >= 17) && !own) {
            memcpy(buf->tplace, ev->location_country, 4);
            ev->target = buf->tplace;
            ev->target_country = buf->tplace;
        }
    }}
