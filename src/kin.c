/* kin.c — the family of an actor is no part of it.
 *
 * "The family of the murdered Israeli soldier protested", "the soldier's
 * widow said", "the son of a Kenyan minister was arrested": the kin of a
 * soldier, a minister or a rebel are civilians of his country, not the
 * army, the government or the rebels. A kin noun before "of" and an actor,
 * or after an actor's "'s", makes one mention of that country's civilians
 * (CVL), or of civilians of no known country ("---CVL") when the actor has
 * none. Tests: tests/unit/test_story.c. */
#include "coder.h"

#include <stdio.h>
#include <string.h>

static const char *const kin_words[] = {"family", "families", "relatives", "relative", "parents", "parent",
    "mother", "father", "son", "sons", "daughter", "daughters", "wife", "wives", "widow", "widows", "husband",
    "brother", "brothers", "sister", "sisters", "grandmother", "grandfather", "uncle", "aunt", "cousin",
    "cousins", "nephew", "niece", "fiancee", "fiance", "kin", "children", NULL};

/* Remove the mentions (not x) inside tokens [b, e) of mv; returns x's new index. */
static size_t drop_inside(mvec *mv, size_t x, size_t b, size_t e)
{
    size_t w = 0, nx = x;
    for (size_t r = 0; r < mv->n; r++) {
        const mention *m = &mv->v[r];
        if (r != x && m->tok_start >= b && m->tok_end <= e && !m->pronoun) {
            if (r < x) {
                nx--;
            }
            continue;
        }
        mv->v[w++] = mv->v[r];
    }
    mv->n = w;
    return nx;
}

static void as_kin(mention *m, size_t b, size_t e, bool plural)
{
    char cc[4] = "---";
    if (m->country[0] && actor_is_country(m->country)) {
        memcpy(cc, m->country, 3);
    } else if (m->code[0] && actor_is_country(m->code)) {
        memcpy(cc, m->code, 3);
    }
    snprintf(m->code, sizeof m->code, "%.3sCVL", cc);
    memcpy(m->country, cc, 4);
    if (!strcmp(cc, "---")) {
        m->country[0] = 0;
    }
    memcpy(m->sector, "CVL", 4);
    m->tok_start = (uint32_t)b;
    m->tok_end = (uint32_t)e;
    m->person = !plural;
    m->plural = plural;
    m->commentator = m->corefd = m->unknown = m->needs_coref = false;
    m->kind = AK_AGENT;
    m->named = NULL;
}

void kin_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    if (c->opt.literal || c->opt.tabari) {
        return;
    }
    for (size_t x = 0; x < mv->n; x++) {
        mention *m = &mv->v[x];
        if (m->pronoun || (!m->code[0] && !m->sector[0] && !m->person)) {
            continue;
        }
        size_t b = m->tok_start, e = m->tok_end;
        /* "the family of [the] X" */
        size_t q = b;
        while (q > sb && q + 4 > b && c->t[q - 1].kind == TOK_WORD && !(c->t[q - 1].flags & TF_CAP) &&
               !tok_is(c, q - 1, c->k->w.of) && !is_prep(c, c->t[q - 1].id)) {
            q--;   /* "the murdered", "two missing" */
        }
        if (q > sb + 1 && tok_is(c, q - 1, c->k->w.of) && tok_is_one_of(c, q - 2, kin_words) &&
            !(c->t[q - 2].flags & TF_CAP && q - 2 > sb)) {
            size_t k = q - 2;
            bool plural = tok_is_word(c, k, "family") ? false : c->t[k].nlemma != 0 && c->t[k].nlemma != c->t[k].id;
            while (k > sb && (tok_has(c, k - 1, WC_DETERMINER) || tok_has(c, k - 1, WC_MODIFIER))) {
                k--;
            }
            x = drop_inside(mv, x, k, e);
            coder_trace(c, "  the kin of \"%.*s\" are civilians", TOKF(b));
            as_kin(&mv->v[x], k, e, plural);
            continue;
        }
        /* "X's widow", "the soldier's family" */
        if (e + 1 < se && tok_is(c, e, c->k->w.s) && tok_is_one_of(c, e + 1, kin_words) &&
            !(e + 2 < se && c->t[e + 2].kind == TOK_WORD && (c->t[e + 2].flags & TF_CAP))) {
            /* (not "Assad's father Hafez": the name says who) */
            bool plural = c->t[e + 1].nlemma != 0 && c->t[e + 1].nlemma != c->t[e + 1].id &&
                          !tok_is_word(c, e + 1, "family");
            x = drop_inside(mv, x, b, e + 2);
            coder_trace(c, "  the kin of \"%.*s\" are civilians", TOKF(b));
            as_kin(&mv->v[x], b, e + 2, plural);
        }
    }
}
