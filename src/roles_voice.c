/* roles_voice.c — the voice a clause shows where the verb group alone does
 * not: a passive with "be" left out ("were killed and a police official
 * wounded", "the army, supported by Russian jets, attacked", "a soldier
 * killed in Afghanistan"), and a participle that is a noun's modifier
 * ("several hundred armed fighters"). Asked by roles.c for each head.
 *
 * Tests: tests/unit/test_roles.c ("passive", "gapped passive", "reduced
 * relative").
 */
#include "coder.h"

/* "transporting injured civilians", "several hundred armed fighters": a
 * participle between a verb or a number and the actor it describes. */
bool roles_adjectival(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
{
    size_t h = i;
    while (h > sb && tok_adverb(c, h - 1)) {
        h--;
    }
    if (c->t[i].vform == VF_ED && h > sb && c->t[h - 1].vlemma == c->k->w.have) {
        return false;   /* "Iran has armed rebels in Yemen": a perfect, not a noun's modifier */
    }
    if (c->t[i].vform == VF_ED && mv_inside(mv, i) && i > sb) {
        return true;   /* "several hundred armed fighters": inside the actor's name */
    }
    if (c->t[i].vform != VF_ED || i <= sb || !mv_at2(mv, i + 1, false, false)) {
        bool role_next = false;
        for (size_t x = 0; x < mv->n && !role_next; x++) {
            role_next = mv->v[x].tok_start == i + 1 && mv->v[x].sector[0];
        }
        if (c->t[i].vform != VF_ED || i <= sb || !role_next) {
            return false;
        }
    }
    const token *p = &c->t[i - 1];
    if (mv_inside(mv, i - 1) || (p->flags & TF_CAP)) {
        return false;   /* "Azerbaijani forces shelled": the subject's */
    }
    return p->kind == TOK_NUM || (roles_number_word(c, i - 1) && !tok_is_word(c, i - 1, "than")) ||
           (p->isverb && p->vform == VF_ING && !is_aux(c, i - 1));
}

/* "Four soldiers were killed and a police official wounded": a participle
 * after "and" and a noun of its own, past a passive in the same clause, is
 * a passive too ("were" left out), whose subject is that noun: not the
 * doer of the act (test_roles.c, "gapped passive"). Not one with an
 * object after it ("were defeated and the army captured the town"), nor
 * one past a clause of its own ("were killed when opponents and
 * supporters of Mursi clashed"). */
static bool gapped_passive(const truce_coder *c, size_t sb, size_t i)
{
    size_t a = i;
    while (a > sb && a + 7 > i && !tok_is(c, a - 1, c->k->w.and_)) {
        size_t p = a - 1;
        if (c->t[p].kind != TOK_WORD || is_be(c, p) || is_aux(c, p) || c->t[p].vform == VF_ED ||
            c->t[p].vform == VF_S || c->t[p].vform == VF_ING) {
            return false;
        }
        a--;
    }
    if (a <= sb + 1 || a >= i || !tok_is(c, a - 1, c->k->w.and_)) {
        return false;   /* no noun between "and" and the participle */
    }
    size_t n = i + 1;
    if (n < c->nt && c->t[n].kind == TOK_WORD && !is_prep(c, c->t[n].id) && !tok_adverb(c, n) &&
        !((roles_tok_lex(c, n) & LEX_FUNCTION) && !tok_has(c, n, WC_DETERMINER | WC_POSSESSIVE))) {
        return false;   /* "... and the army captured the town": its object after it */
    }
    const kb *k = c->k;
    bool passive = false;
    for (size_t q = sb; q + 2 < a; q++) {
        size_t q2 = q + 1;
        while (q2 + 2 < a && tok_adverb(c, q2)) {
            q2++;
        }
        if (is_be(c, q) && c->t[q2].vform == VF_ED) {
            passive = true;
        } else if (passive && (tok_is(c, q, k->w.when) || tok_is(c, q, k->w.while_) || tok_is(c, q, k->w.as) ||
                               tok_is(c, q, k->w.but) || tok_is(c, q, k->w.after) || tok_is(c, q, k->w.before) ||
                               tok_is(c, q, k->w.because) || tok_is(c, q, k->w.if_) ||
                               tok_is_word(c, q, "although") || tok_is_word(c, q, "though") ||
                               tok_is_word(c, q, "where") || tok_is_word(c, q, "whereas"))) {
            passive = false;   /* "were killed as the US and Britain weighed up plans" */
        }
    }
    return passive;
}

/* "were engaged in ethnic cleansing", "is involved in": a state, active. */
bool roles_state_participle(const truce_coder *c, size_t i)
{
    return (tok_is_word(c, i, "engaged") || tok_is_word(c, i, "involved") || tok_is_word(c, i, "embroiled") ||
            tok_is_word(c, i, "locked") || tok_is_word(c, i, "bogged")) &&
           (tok_is(c, i + 1, c->k->w.in) || tok_is_word(c, i + 1, "down"));
}

/* Does a time past open at q ("earlier", "a day earlier", "two weeks
 * ago")? After a noun's participle ("questioned a leader captured a day
 * earlier") it says the participle is the noun's own, a passive, and the
 * noun its victim (test_roles.c, "reduced relative"). Not "on", "at" or
 * "overnight", which follow active verbs as often ("gunmen fired on
 * homes", "soldiers patrolled overnight"). */
static bool time_past_next(const truce_coder *c, size_t q)
{
    if (tok_is_word(c, q, "earlier")) {
        return true;
    }
    return q + 2 < c->nt && (tok_is(c, q, c->k->w.a) || c->t[q].kind == TOK_NUM || roles_number_word(c, q)) &&
           (tok_is_word(c, q + 1, "day") || tok_is_word(c, q + 1, "days") || tok_is_word(c, q + 1, "week") ||
            tok_is_word(c, q + 1, "weeks") || tok_is_word(c, q + 1, "month") || tok_is_word(c, q + 1, "months")) &&
           (tok_is_word(c, q + 2, "earlier") || tok_is_word(c, q + 2, "ago") || tok_is_word(c, q + 2, "before"));
}

/* Where an aside of the subject's own that closes at the comma p opens
 * (", many waving Palestinian flags," ", some of them carrying banners,"):
 * a word of part of a crowd and a participle after it, whose words are
 * not the clause's ("flags" is no verb there); else p (test_roles.c,
 * "subject's aside"). */
static size_t subject_aside(const truce_coder *c, size_t sb, size_t p)
{
    static const char *const part[] = {"many", "some", "most", "several", "few", "others", "all", "both",
                                       "dozens", "hundreds", "thousands", "one", "half", NULL};
    size_t o = p;
    while (o > sb && p - o < 12 && !tok_punct(c, o - 1, ',')) {
        o--;
    }
    if (o <= sb + 1 || o + 1 >= p || !tok_punct(c, o - 1, ',')) {
        return p;
    }
    bool is_part = false;
    for (const char *const *w = part; *w && !is_part; w++) {
        is_part = tok_is_word(c, o, *w);
    }
    size_t v = o + 1;
    if (v + 2 < p && tok_is_word(c, v, "of") && (tok_is_word(c, v + 1, "them") || tok_is_word(c, v + 1, "whom"))) {
        v += 2;
    }
    return is_part && v < p && c->t[v].isverb && c->t[v].vform == VF_ING ? o - 1 : p;
}

/* The opening comma of a subject's aside that ends right before the verb
 * at i ("Hundreds of people, many waving Palestinian flags, massed"): the
 * subject is before it, not "Palestinian"; else i. */
size_t roles_aside_before(const truce_coder *c, size_t sb, size_t i)
{
    size_t p = i;
    while (p > sb && tok_adverb(c, p - 1)) {
        p--;
    }
    if (p <= sb + 1 || !tok_punct(c, p - 1, ',')) {
        return i;
    }
    size_t o = subject_aside(c, sb, p - 1);
    return o < p - 1 ? o : i;
}

/* The voice the clause shows where the verb group alone does not
 * (test_roles.c, "passive"): "were either killed or captured" (a form of
 * "be" before participles joined by "or", "and", "either", or past a day:
 * "were on Monday killed"); "the army,
 * supported by Russian jets, attacked ..." and "the militant leader is
 * dead, killed in a joint operation" (a participle after a comma, with
 * its agent or place after it, not an object: "..., killed five people"
 * is active). */
bool roles_clause_passive(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
{
    if (c->t[i].vform != VF_ED || tok_has(c, i, WC_PAST_ONLY)) {
        return false;   /* "Duterte and Suga spoke by phone": never a participle (golden recall-verbs) */
    }
    if (gapped_passive(c, sb, i)) {
        return true;
    }
    if (i > sb + 3 && tok_is(c, i - 1, c->k->w.and_) && !mv_inside(mv, i + 1) &&
        !(i + 1 < c->nt && (tok_has(c, i + 1, WC_DETERMINER) || c->t[i + 1].kind == TOK_NUM))) {
        /* "was shot at close range and killed early Monday": the second
         * participle shares the first's "was" (no object after it) */
        for (size_t q = i - 1; q > sb + 1 && q + 9 > i; q--) {
            if (tok_punct(c, q - 1, ',') || clause_stop(c, q - 1) || mv_ending_at(mv, q - 1)) {
                break;
            }
            if (c->t[q - 1].vform == VF_ED && q >= sb + 2 && is_be(c, q - 2)) {
                return true;
            }
        }
    }
    for (size_t q = i, n = 0; q > sb && n < 6; q--, n++) {
        size_t p = q - 1;
        if (is_be(c, p)) {
            return true;
        }
        /* "were on Monday killed", "was on Saturday night killed": a day
         * between "be" and its participle */
        bool day = (tok_has(c, p, WC_DATE_WORD) && (c->t[p].flags & TF_CAP)) ||
                   (p > sb && tok_has(c, p - 1, WC_DATE_WORD) && (c->t[p - 1].flags & TF_CAP) &&
                    (tok_is_word(c, p, "night") || tok_is_word(c, p, "morning") ||
                     tok_is_word(c, p, "evening") || tok_is_word(c, p, "afternoon"))) ||
                   (tok_is(c, p, c->k->w.on) && tok_has(c, p + 1, WC_DATE_WORD) && (c->t[p + 1].flags & TF_CAP));
        if (!(day || tok_adverb(c, p) || tok_is_word(c, p, "either") || tok_is(c, p, c->k->w.or_) ||
              tok_is(c, p, c->k->w.and_) || (c->t[p].isverb && c->t[p].vform == VF_ED))) {
            break;
        }
    }
    if (i <= sb) {
        return false;
    }
    size_t p = i - 1;
    while (p > sb && tok_adverb(c, p)) {
        p--;
    }
    if (p > sb && i + 1 < c->nt && mv_ending_at(mv, p) && !mv_ending_at(mv, p)->pronoun && p + 1 == i &&
        (tok_is(c, i + 1, c->k->w.in) || tok_is(c, i + 1, c->k->w.by) || tok_is_word(c, i + 1, "during") ||
         time_past_next(c, i + 1))) {
        /* "paid respects to a soldier killed in Afghanistan": a participle
         * after its noun, which a verb before it has for object (not "the
         * minister resigned in protest") */
        const mention *n = mv_ending_at(mv, p);
        /* not a noun that opens its clause ("..., the army alleged in a
         * statement"): no verb before it has it for object */
        size_t from = sb;
        for (size_t q = sb; q < n->tok_start; q++) {
            if (clause_stop(c, q)) {
                from = q + 1;
            }
        }
        size_t nb = n->tok_start;
        while (nb > from && tok_has(c, nb - 1, WC_DETERMINER)) {
            nb--;
        }
        if (nb == from || tok_punct(c, nb - 1, ',')) {
            return false;
        }
        for (size_t q = from; q < n->tok_start; q++) {
            if (tok_is(c, q + 1, c->k->w.by) || tok_punct(c, q, ',')) {
                continue;   /* "a truck accompanied by officers ... patrolled": a participle too */
            }
            uint32_t l = c->t[q].vlemma;
            if (l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH)) {
                continue;   /* "met in Moscow, the Kremlin said" */
            }
            if (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED || is_aux(c, q)) &&
                !mv_inside(mv, q) && !(c->t[q].flags & TF_CAP) && !tok_has(c, q, WC_DETERMINER) &&
                !(q > 0 && tok_has(c, q - 1, WC_DETERMINER) && !is_prep(c, c->t[q - 1].id))) {
                return true;
            }
        }
    }
    if (p <= sb || !tok_punct(c, p, ',') || i + 1 >= c->nt) {
        return false;
    }
    if (tok_is(c, i + 1, c->k->w.by)) {
        return true;
    }
    /* "..., killed in" only after a whole clause ("is dead, killed in"),
     * not after a subject's aside ("100 people, including clerics,
     * marched in the streets") */
    bool clause = false;
    for (size_t q = sb, ce = subject_aside(c, sb, p); q < ce && !clause; q++) {
        clause = c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED || is_aux(c, q)) &&
                 !(c->t[q].flags & TF_CAP) && !tok_has(c, q, WC_DETERMINER);
    }
    return clause && (tok_is(c, i + 1, c->k->w.in) || tok_is_word(c, i + 1, "during"));
}
