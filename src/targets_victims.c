/* targets_victims.c — victims a sentence names for its violence in
 * another of its clauses:
 *
 *   - "25 civilians were killed when warplanes bombed the town", "three
 *     soldiers were wounded after rebels shelled their base": force in a
 *     clause of time ("when", "as", "after", "while") that has no target
 *     of its own hit the subject of the passive of violence the sentence
 *     opens with; not when that subject is the doer's own side, nor when
 *     the clause's subject is a pronoun (the victims themselves: "were
 *     killed when they attacked");
 *   - "150 civilians were killed under bombardment by Islamist rebels":
 *     the same for a noun of violence after a preposition, its doer after
 *     "by".
 *
 * Called by targets_adjuncts (targets_adjunct.c) after the other adjuncts.
 *
 * Tests: tests/unit/test_targets.c, "passive victims".
 */
#include "coder.h"
#include "targets.h"

/* Is q a conjunction that opens a clause of time? */
static bool time_conj(const truce_coder *c, size_t q)
{
    return tok_is(c, q, c->k->w.when) || tok_is(c, q, c->k->w.while_) || tok_is(c, q, c->k->w.as) ||
           tok_is_word(c, q, "after");
}

/* "A policeman in Amara, south of Baghdad, was killed", "60 people from
 * a village in Bama Local Government Area were killed": the subject the
 * places after a preposition ("in", "near", "from") go with, not the
 * last of them. m itself if none. */
static const mention *head_of_places(const truce_coder *c, const mvec *mv, size_t sb, const mention *m)
{
    for (size_t x = m ? mv_index(mv, m) : 0; m && x-- > 0;) {
        const mention *o = &mv->v[x];
        if (o->tok_start < sb || o->tok_end > m->tok_start) {
            break;
        }
        bool prep = false, stop = false;
        for (size_t q = o->tok_end; q < m->tok_start; q++) {
            prep |= tok_has(c, q, WC_LOCATIVE) || tok_is(c, q, c->k->w.from);
            stop |= tok_punct(c, q, ';') || tok_punct(c, q, ':') || is_quote_tok(c, q) ||
                    (c->t[q].isverb && c->t[q].vform != VF_NONE && !(c->t[q].flags & TF_CAP));
        }
        if (stop || !prep || o->pronoun || (!o->code[0] && !o->sector[0])) {
            break;
        }
        m = o;
    }
    return m;
}

/* Is q a preposition a noun of violence follows in "were killed in
 * attacks by X" ("in", "under", "during", "amid", "after")? */
static bool noun_prep(const truce_coder *c, size_t q)
{
    return tok_is(c, q, c->k->w.in) || tok_is_word(c, q, "under") || tok_is_word(c, q, "during") ||
           tok_is_word(c, q, "amid") || tok_is_word(c, q, "after");
}

const mention *targets_passive_victims(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                       const head_roles *r)
{
    const mvec *mv = &si->mv;
    if (c->opt.literal || r->tm || code_root(h->code) < 18 || !r->sm || r->sm->pronoun || r->sm < mv->v ||
        r->sm >= mv->v + mv->n) {
        return NULL;
    }
    size_t sb = c->s[h->s_index].tok_start, conj = h->i;
    if (!h->v.verb) {
        /* "were killed under bombardment by Islamist rebels", "in attacks
         * by Turkey-backed rebels": a noun of violence after a preposition,
         * its doer after it */
        while (conj > sb + 3 && conj + 5 > h->i && !noun_prep(c, conj - 1)) {
            conj--;
            if (c->t[conj - 1].kind != TOK_WORD || mv_inside(mv, conj - 1) ||
                (c->t[conj - 1].isverb && c->t[conj - 1].vform != VF_NONE && !noun_prep(c, conj - 1))) {
                return NULL;
            }
        }
        conj--;
        if (conj <= sb + 2 || !noun_prep(c, conj) || r->sm->tok_start <= h->i) {
            return NULL;
        }
    } else {
        if (r->sm->tok_end > h->i) {
            return NULL;
        }
        while (conj > sb + 3 && conj + 16 > h->i && !time_conj(c, conj - 1)) {
            conj--;
            if (c->t[conj - 1].kind != TOK_WORD || tok_is(c, conj - 1, c->k->w.and_)) {
                return NULL;   /* the clause of time must open the head's own clause */
            }
        }
        conj--;
        if (conj <= sb + 2 || !time_conj(c, conj) || r->sm->tok_start <= conj) {
            return NULL;
        }
    }
    for (size_t b = sb; b + 1 < conj; b++) {
        if (tok_punct(c, b, ';') || tok_punct(c, b, ':') || is_quote_tok(c, b)) {
            return NULL;
        }
        if (!is_be(c, b)) {
            continue;
        }
        size_t v = b + 1;
        while (v < conj && tok_adverb(c, v)) {
            v++;   /* "were reportedly killed" */
        }
        const pattern *vp, *np;
        pmatch pm;
        if (v >= conj || !c->t[v].isverb || c->t[v].vform != VF_ED || !c->t[v].vlemma ||
            !match_head_patterns(c, v, &vp, &np) || !vp || match_best(c, mv, vp, v, sb, conj, &pm) < 0 ||
            code_root(pm.p->code) < 18) {
            return NULL;   /* the sentence opens with no passive of violence */
        }
        const mention *m = roles_subject(c, mv, sb, b);
        m = head_of_places(c, mv, sb, m);
        if (!m || m->pronoun || m == r->sm || m->tok_end > b || (!m->code[0] && !m->sector[0]) ||
            (m->code[0] && r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
            return NULL;
        }
        return m;
    }
    return NULL;
}
