/* targets_protest.c — whom a protest is aimed at when it names no one but
 * where it happened:
 *
 *   - "Hundreds demonstrated near the border, calling on Egypt to open the
 *     crossing", "women demonstrated in Sanaa to demand that Germany
 *     release a preacher", "students marched in London, urging Washington
 *     to back the pact": a protest (root 14) with no target, or only a
 *     place (a country or capital after a preposition of place, or the
 *     protesters' own country), is aimed at whom the appeal, demand,
 *     disapproval, rejection or threat (roots 02, 10-13) it goes on to
 *     make, a participle after a comma or an infinitive of purpose, is
 *     addressed to; not the protesters' own side, not a role of no
 *     country, not past another clause.
 *
 *   - "demonstrated outside the Japanese embassy": a protest at a country's
 *     embassy or consulate is aimed at its government.
 *
 * Called by targets_adjuncts (targets_adjunct.c).
 *
 * Tests: tests/unit/test_targets.c, "protest's demand", "embassy".
 */
#include "coder.h"
#include "targets.h"

#include <stdio.h>

/* Is the target t only where a protest happened: none, a country or
 * capital after a preposition of place, or the protesters' own country? */
static bool only_place(const truce_coder *c, const mention *t, const mention *sm)
{
    if (!t) {
        return true;
    }
    if (t->kind != AK_CAPITAL && t->kind != AK_COUNTRY) {
        return false;
    }
    const char *own = sm->code[0] ? sm->code : sm->country;
    if (own[0] && t->country[0] && !strncmp(own, t->country, 3)) {
        return true;
    }
    size_t q = t->tok_start;
    while (q > 0 && tok_has(c, q - 1, WC_DETERMINER | WC_MODIFIER)) {
        q--;
    }
    return q > 0 && (tok_has(c, q - 1, WC_LOCATIVE) || tok_is(c, q - 1, c->k->w.to));
}

/* Is q a verb of another clause with its own subject? */
static bool subject_verb(const truce_coder *c, const mvec *mv, size_t q)
{
    const token *t = &c->t[q];
    return t->isverb && !(t->flags & TF_CAP) && !mv_inside(mv, q) && (t->vform == VF_S || t->vform == VF_ED) &&
           (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN && q > 0 &&
           (mv_ending_at(mv, q - 1) || tok_has(c, q - 1, WC_PRONOUN));
}

/* "demonstrated outside the Japanese embassy", "marched to the US
 * consulate in Zurich", "protested in front of Singapore's embassy": a
 * protest at a country's embassy or consulate (or diplomatic mission) is
 * aimed at that country's government, before what the sentence says it
 * demands ("to demand the extradition of X"), but not before whom it says
 * the protest is "against". False if none; the code into gov. */
static bool embassy_owner(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r,
                          char gov[16])
{
    const mvec *mv = &si->mv;
    for (size_t q = h->i + 1; q + 1 < h->se && q < h->i + 12; q++) {
        if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_is_word(c, q, "against") || subject_verb(c, mv, q)) {
            return false;
        }
        bool noun = tok_is_word(c, q, "embassy") || tok_is_word(c, q, "Embassy") || tok_is_word(c, q, "consulate") ||
                    tok_is_word(c, q, "Consulate") ||
                    (tok_is_word(c, q, "mission") && q > 0 && tok_is_word(c, q - 1, "diplomatic"));
        if (!noun) {
            continue;
        }
        const mention *m = NULL;
        for (size_t x = 0; x < mv->n && !m; x++) {
            const mention *o = &mv->v[x];
            size_t e = o->tok_end + (tok_is(c, o->tok_end, c->k->w.s) || tok_punct(c, o->tok_end, '\''));
            bool before = e <= q && e + 2 >= q && (o->kind == AK_ADJ || o->kind == AK_COUNTRY);
            bool whole = o->tok_start < q && o->tok_end == q + 1;   /* "the Polish consulate": POLGOV */
            if ((before || whole) && strlen(o->code) >= 3 && !o->pronoun && actor_is_country(o->code)) {
                m = o;   /* "the Japanese embassy", "the US de facto embassy", "Singapore's embassy" */
            }
        }
        if (!m || m == r->sm || (r->tm && r->tm->tok_start < m->tok_start && !only_place(c, r->tm, r->sm))) {
            return false;
        }
        for (size_t a = q + 1; r->tm && a < r->tm->tok_start; a++) {
            if (tok_is_word(c, a, "against")) {
                return false;   /* "outside the U.S. embassy against NATO's air attack" */
            }
        }
        snprintf(gov, 16, "%.3sGOV", m->code);
        return true;
    }
    return false;
}

void targets_protest_embassy(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    char gov[16];
    if (!c->opt.literal && code_root(h->code) == 14 && r->sm && embassy_owner(c, si, h, r, gov)) {
        coder_trace(c, "  \"%.*s\": a protest at a country's embassy, aimed at its government", TOKF(h->i));
        targets_owner_target(r, gov, h->i);
    }
}

const mention *targets_protest_demand(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    const mvec *mv = &si->mv;
    if (c->opt.literal || code_root(h->code) != 14 || !r->sm || !only_place(c, r->tm, r->sm)) {
        return NULL;
    }
    for (size_t q = h->i + 1; q + 2 < h->se && q < h->i + 30; q++) {
        if (tok_punct(c, q, ';') || tok_punct(c, q, '.') || is_quote_tok(c, q) || tok_is(c, q, c->k->w.but) ||
            subject_verb(c, mv, q)) {
            return NULL;
        }
        bool purpose = tok_is(c, q, c->k->w.to) && c->t[q + 1].vform == VF_BASE;
        bool trailing = tok_punct(c, q, ',') && c->t[q + 1].vform == VF_ING;
        if (!(purpose || trailing) || !c->t[q + 1].isverb || (c->t[q + 1].flags & TF_CAP) || mv_inside(mv, q + 1)) {
            continue;
        }
        size_t v = q + 1, ve = roles_clause_end(c, v, h->se);
        const pattern *vp, *np;
        pmatch pm;
        if (!c->t[v].vlemma || !match_head_patterns(c, v, &vp, &np) || !vp || match_best(c, mv, vp, v, q + 1, ve, &pm) < 0) {
            return NULL;
        }
        int pr = code_root(pm.p->code);
        if (pr != 2 && !(pr >= 10 && pr <= 13)) {
            return NULL;   /* "to mark the anniversary", "to protest the law": no one addressed */
        }
        size_t from = pm.last_tok == v + 1 && is_prep(c, c->t[v + 1].id) ? v + 1 : v;   /* "calling on" */
        if (from == v && v + 1 < h->se && tok_is(c, v + 1, c->k->w.that)) {
            from = v + 1;   /* "to demand that Germany release" */
            ve = roles_clause_end(c, from + 1, h->se);
        }
        const mention *m = roles_object(c, mv, from, roles_object_end(c, from, ve), false);
        for (size_t x = 0; x < mv->n; x++) {
            const mention *o = &mv->v[x];
            if (o->tok_start > from && o->tok_start <= from + 2 && o->code[0] && !o->pronoun &&
                (tok_is(c, o->tok_end, c->k->w.s) || tok_punct(c, o->tok_end, '\''))) {
                m = o;   /* "denouncing Beijing's approach toward Taiwan": whose it is */
                break;
            }
        }
        for (size_t b = from + 1; m && b < m->tok_start; b++) {
            if (!tok_has(c, b, WC_DETERMINER | WC_MODIFIER) && !tok_adverb(c, b) && !tok_is(c, b, c->k->w.that)) {
                m = NULL;   /* "demanding the withdrawal of troops from Iraq": inside what is asked */
            }
        }
        if (!m || m == r->sm || m->pronoun || !m->code[0] ||
            (r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
            return NULL;
        }
        return m;
    }
    return NULL;
}
