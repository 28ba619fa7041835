/* compounds.c — which actor mentions of a sentence are one compound:
 * "A, B and C" act together (one event per member), "A, the ally of B,"
 * is a chain of appositions, not a compound, and after ", and" an actor
 * that a verb follows opens a clause of its own. Mentions come from
 * mentions.c, which calls this once per sentence; roles.c uses the groups.
 *
 * Tests: tests/unit/test_roles.c ("clause after object", "along with").
 */
#include "coder.h"

#include <stdint.h>
#include <string.h>

/* "The rebels have been fighting the army, and the UN says ...", "Russia
 * violated the sovereignty of Ukraine, and China - silent": after ", and"
 * an actor that a verb or a dash follows opens a clause of its own when
 * the one before it is a verb's object, not a subject (test_roles.c,
 * "clause after object"). */
static bool clause_after_object(const truce_coder *c, const mvec *mv, const mention *p, const mention *m)
{
    size_t n = m->tok_end;
    if (n >= c->nt) {
        return false;
    }
    bool verb = (c->t[n].isverb && (c->t[n].vform == VF_S || c->t[n].vform == VF_ED) &&
                 !(c->t[n].flags & TF_CAP) && !mv_inside(mv, n)) ||
                is_aux(c, n) || tok_punct(c, n, '-') || roles_dash(c, n);
    if (!verb) {
        return false;
    }
    for (size_t q = p->tok_start; q > 0 && q + 16 > p->tok_start; q--) {
        size_t v = q - 1;
        if (clause_stop(c, v)) {
            break;
        }
        if (c->t[v].isverb && c->t[v].vform != VF_NONE && !(c->t[v].flags & TF_CAP) && !mv_inside(mv, v) &&
            !tok_has(c, v, WC_DETERMINER)) {
            return true;   /* p is after a verb: its object */
        }
    }
    return false;
}

/* "along with", "together with" at token q (not in literal coding):
 * "The United States, along with Britain and France, called a meeting"
 * is a compound of the three, as "A, B and C" is (test_roles.c, "along
 * with"). */
static bool with_link(const truce_coder *c, size_t q, size_t e)
{
    return !c->opt.literal && q + 1 < e && (tok_is_word(c, q, "along") || tok_is_word(c, q, "together")) &&
           tok_is(c, q + 1, c->k->w.with);
}

/* Is there a finite verb in the clause before token at? After one, ",
 * along with" may join the object as well as the subject ("criticized
 * Somalia, along with Eritrea"): no compound then. */
static bool verb_before(const truce_coder *c, const mvec *mv, size_t at)
{
    for (size_t q = at; q > 0 && !clause_stop(c, q - 1); q--) {
        const token *t = &c->t[q - 1];
        if (t->isverb && (t->vform == VF_S || t->vform == VF_ED) && !(t->flags & TF_CAP) && !mv_inside(mv, q - 1)) {
            return true;
        }
    }
    return false;
}

/* Compounds: "A, B and C" (and, in literal coding, "Evil Mordor, the
 * awful Fornost, and good Gondor") are one group; returns the last group
 * number used. */
uint32_t mentions_group_compounds(const truce_coder *c, mvec *mv)
{
    const kb *k = c->k;
    uint32_t g = 0;
    for (size_t x = 0; x < mv->n; x++) {
        if (x > 0) {
            mention *p = &mv->v[x - 1], *m = &mv->v[x];
            size_t gap_b = p->tok_end, gap_e = m->tok_start;
            /* "A, B and C"; in literal (dictionary) coding also "Evil
             * Mordor, the awful Fornost, and good Gondor": up to three
             * determiners or lower-case non-verbs before the next member */
            size_t n_link = 0, n_mod = 0;
            bool joined = gap_e > gap_b, with = false;
            for (size_t q = gap_b; joined && q < gap_e; q++) {
                /* "neither A nor B": TABARI's NOR joins a compound too */
                if (!with && n_mod == 0 && q > gap_b && tok_punct(c, q - 1, ',') && with_link(c, q, gap_e) &&
                    !verb_before(c, mv, p->tok_start)) {
                    with = true;
                    n_link++;
                    q++;
                } else if (tok_punct(c, q, ',') || tok_is(c, q, k->w.and_) || (c->opt.tabari && tok_is(c, q, k->w.nor))) {
                    joined = n_mod == 0;   /* modifiers only after the link */
                    n_link++;
                } else if (n_link && !c->opt.literal && q + 1 == gap_e && tok_is_word(c, q, "other")) {
                    n_mod++;   /* "the U.S. and other Western nations": both act */
                } else if (n_link && c->opt.literal && (tok_has(c, q, WC_DETERMINER | WC_MODIFIER) ||
                                      (c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) &&
                                       !c->t[q].vlemma && !c->t[q].isverb))) {
                    n_mod++;
                } else {
                    joined = false;
                }
            }
            joined = joined && n_link >= 1 && n_link <= 2 && n_mod <= 3;
            if (joined && !c->opt.literal && !with && n_link == 2 && clause_after_object(c, mv, p, m)) {
                joined = false;   /* "X has been fighting the army, and the UN says ..." */
            }
            if (!joined && c->opt.tabari && gap_e > gap_b) {
                /* TABARI: "the evil Arnor awful Gondor": actors parted by
                 * the dictionary's <ADJECTIVE>s only are one phrase's */
                bool adj = true;
                for (size_t q = gap_b; q < gap_e && adj; q++) {
                    adj = tok_has(c, q, WC_TAB_ADJ);
                }
                joined = adj;
            }
            /* ", and" or "and" or "," between: same group, unless the
             * comma closes an appositive (no "and" anywhere ahead) */
            /* "... on Modi, and the prime ministers signed": the two
             * leaders a dyad stands for (people.c) are a compound of their
             * own */
            if ((!joined || p->pronoun || m->pronoun || (m->corefd && m->plural)) && !m->member) {
                g++;
            }
        }
        mv->v[x].group = g;
    }
    return g;
}

/* A chain of mentions parted by commas only, with no "and", is not a
 * compound ("Russia, the ally of Syria, said"). */
void mentions_split_comma_chains(const truce_coder *c, mvec *mv, uint32_t g)
{
    const kb *k = c->k;
    /* a comma-only chain with no "and" is not a compound */
    for (size_t x = 0; x < mv->n;) {
        size_t y = x;
        bool has_and = false;
        while (y < mv->n && mv->v[y].group == mv->v[x].group) {
            if (y > x) {
                for (size_t q = mv->v[y - 1].tok_end; q < mv->v[y].tok_start; q++) {
                    has_and |= tok_is(c, q, k->w.and_) || (c->opt.tabari && tok_is(c, q, k->w.nor)) ||
                               with_link(c, q, mv->v[y].tok_start);
                }
            }
            y++;
        }
        if (!has_and && y - x > 1) {
            for (size_t z = x + 1; z < y; z++) {
                mv->v[z].group = mv->v[z].member ? mv->v[z - 1].group : ++g;
            }
        }
        x = y;
    }
}
