/* addressee.c — whom a verb of saying addresses, where speech.c needs
 * more than the first actor after the verb: "told Parliament Thursday
 * that ..." names its addressee before what is said, and a legislature
 * told by a minister is his own country's. Tests: tests/unit/test_story.c. */
#include "coder.h"

#include <string.h>

bool speech_told_that(const truce_coder *c, const mvec *mv, size_t i, size_t se)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (mv->v[x].tok_start == i + 1 && !mv->v[x].pronoun) {
            size_t q = mv->v[x].tok_end;
            while (q < se && q < mv->v[x].tok_end + 3 &&
                   (tok_adverb(c, q) || (tok_has(c, q, WC_DATE_WORD) && (c->t[q].flags & TF_CAP)) ||
                    (tok_is(c, q, c->k->w.on) && q + 1 < se && tok_has(c, q + 1, WC_DATE_WORD)))) {
                q++;
            }
            return tok_is(c, q, c->k->w.that);
        }
    }
    return false;
}

const mention *speech_own_legislature(const truce_coder *c, const mvec *mv, const char *spk_code, size_t i,
                                      size_t se, mention *out)
{
    if (!actor_is_country(spk_code) || !speech_told_that(c, mv, i, se)) {
        return NULL;
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        /* "told Parliament", "told lawmakers": a court, by contrast, may
         * be another country's ("told a New York court") */
        if (m->tok_start == i + 1 && !m->code[0] && !m->pronoun && !m->commentator && !strcmp(m->sector, "LEG")) {
            return roles_place_role(out, m, spk_code);
        }
    }
    return NULL;
}
