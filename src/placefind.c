/* placefind.c — every place a story names (truce_find_places, `truce geo`):
 * the place stage's candidates of each sentence, with the countries the
 * story names as hints, the dateline's place first.
 */
#include "coder.h"

#include <stdio.h>

/* ---- every place of a story (truce_find_places) ------------------------- */

#define MAX_HINTS 32

static void add_hint(const char **hints, size_t *n, const char *cc)
{
    if (!cc || strlen(cc) != 3 || *n >= MAX_HINTS) {
        return;
    }
    for (size_t i = 0; i < *n; i++) {
        if (strcmp(hints[i], cc) == 0) {
            return;
        }
    }
    hints[(*n)++] = cc;
}

truce_status truce_find_places(truce_coder *c, const truce_story *st, const char *const *country_hints,
                               size_t n_user, bool text_hints, truce_place_sink sink, void *user,
                               truce_error *err)
{
    if (!c->opt.geo) {
        err_set(err, TRUCE_EUSAGE, NULL, 0, 0, -1, "truce_find_places: the coder has no gazetteer");
        return TRUCE_EUSAGE;
    }
    c->base = 0;
    truce_status rc = coder_prepare(c, st, err);
    if (rc != TRUCE_OK) {
        return rc;
    }
    mvec *mv = NEW(&c->a, mvec, c->ns ? c->ns : 1);
    if (!mv) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return TRUCE_ENOMEM;
    }
    const char *hints[MAX_HINTS];
    size_t n_hints = 0;
    for (size_t i = 0; i < n_user; i++) {
        add_hint(hints, &n_hints, country_hints[i]);
    }
    add_hint(hints, &n_hints, c->dl_country);
    for (size_t k = 0; k < c->ns; k++) {
        if (!mentions_find(c, c->s[k].tok_start, c->s[k].tok_end, st->date, &mv[k])) {
            err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
            return TRUCE_ENOMEM;
        }
        for (size_t x = 0; text_hints && x < mv[k].n; x++) {
            const mention *m = &mv[k].v[x];
            if (m->kind == AK_COUNTRY || m->kind == AK_CAPITAL || m->kind == AK_ADJ || m->placed) {
                add_hint(hints, &n_hints, m->country);
            }
        }
    }
    /* the countries of the subdivisions and regions the story names
     * ("Donetsk oblast") are hints too, as countries named are */
    for (size_t k = 0; text_hints && k < c->ns; k++) {
        place_cand cand[MAX_CANDS];
        size_t n = place_candidates(c, &mv[k], c->s[k].tok_start, c->s[k].tok_end, SIZE_MAX, NULL, hints,
                                    n_hints, cand, MAX_CANDS);
        for (size_t i = 0; i < n; i++) {
            if (cand[i].h.known && cand[i].h.gp.feature != GEO_CITY && cand[i].h.gp.country[0]) {
                char *cc = NEW(&c->a, char, 4);
                if (cc) {
                    memcpy(cc, cand[i].h.gp.country, 4);
                    add_hint(hints, &n_hints, cc);
                }
            }
        }
    }
    char name[128];
    /* the dateline's place ("YEREVAN, May 6 (TASS) -") first */
    geo_place dl;
    if (st->dateline_place && st->dateline_place >= st->text &&
        geo_resolve(c->opt.geo, st->dateline_place, st->dateline_place_len, hints, n_hints, &dl)) {
        truce_place_mention m = {0};
        m.start = m.name_start = (size_t)(st->dateline_place - st->text);
        m.end = m.name_end = m.start + st->dateline_place_len;
        m.name = dl.name;
        m.precision = place_precision_name(dl.feature);
        m.known = m.located = m.cued = true;
        m.place = dl;
        if (sink(user, &m)) {
            return TRUCE_OK;
        }
    }
    for (size_t k = 0; k < c->ns; k++) {
        place_cand cand[MAX_CANDS];
        size_t n = place_candidates(c, &mv[k], c->s[k].tok_start, c->s[k].tok_end, SIZE_MAX, NULL, hints,
                                    n_hints, cand, MAX_CANDS);
        for (size_t i = 0; i < n; i++) {
            const place_hit *h = &cand[i].h;
            truce_place_mention m = {0};
            m.sentence = (uint32_t)k + 1;
            m.start = c->t[h->b].start;
            m.end = c->t[h->e - 1].end;
            m.name_start = c->t[h->b].start;
            m.name_end = c->t[h->ne - 1].end;
            m.cued = cand[i].cued;
            m.known = h->known && !h->fallback;
            m.located = h->known;
            if (h->known) {
                m.place = h->gp;
                geo_feature f = h->gp.feature;
                if (h->fallback && f == GEO_CITY && h->kind != PK_INSIDE) {
                    f = GEO_ADMIN1;   /* near that town: as place_event says */
                }
                m.precision = place_precision_name(f);
            }
            if (m.known) {
                m.name = h->gp.name;
            } else {
                snprintf(name, sizeof name, "%.*s", (int)(m.name_end - m.name_start),
                         (const char *)c->text + m.name_start);
                m.name = name;
            }
            if (sink(user, &m)) {
                return TRUCE_OK;
            }
        }
    }
    return TRUCE_OK;
}
