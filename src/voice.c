/* voice.c — who says a future act will happen: its doer or another.
 *
 * A conflictual act announced for the future is a threat (CAMEO 13x) only
 * when its doer announces it: a speaker the doer stands for ("Russia said
 * it would strike", "Putin said Russia would strike", "Russia will strike,
 * Putin said"), "we" in a quotation, an intent word that declares
 * ("promised to", "agreed to"), or a plan the doer holds now in a main
 * clause ("Greece plans to impose"). A forecast of the story's ("German
 * warships will patrol the Baltic"), a plot a third party tells ("an
 * investigation found he was planning to attack") or a past plan ("had
 * planned and ordered") is none, and neither is what a news report
 * forecasts ("Reuters reported that X will"). modality.c asks; the verb
 * group's other words (negation, threat, schedule) are its own.
 *
 * Tests: tests/unit/test_modality.c (voiced futures).
 */
#include "coder.h"

#include <string.h>

/* Is the phrase ending at token p a news reporter: the media, a
 * journalist, a newspaper (an actor of the media sector), a report
 * ("reports say"), or a name no actor is ("Reuters reported")? */
static bool reporter_at(const truce_coder *c, const mvec *mv, size_t p, bool reported)
{
    const mention *m = mv_ending_at(mv, p);
    if (m) {
        /* not "his social media post", "Trump's official media account" */
        size_t q = m->tok_start;
        while (q > 0 && q + 3 > m->tok_start && c->t[q - 1].kind == TOK_WORD && !(c->t[q - 1].flags & TF_CAP) &&
               !c->t[q - 1].vlemma && !tok_has(c, q - 1, WC_DETERMINER | WC_POSSESSIVE)) {
            q--;
        }
        return !m->pronoun && !(q > 0 && (tok_has(c, q - 1, WC_POSSESSIVE) || tok_is_word(c, q - 1, "'s"))) &&
               (strcmp(m->sector, "MED") == 0 || (strlen(m->code) >= 6 && strncmp(m->code + 3, "MED", 3) == 0));
    }
    /* a name only before "reported": a news agency, not a speaker whom
     * no knowledge codes */
    return !mv_inside(mv, p) && c->t[p].kind == TOK_WORD &&
           (tok_has(c, p, WC_REPORT | WC_DOCUMENT) || (reported && (c->t[p].flags & TF_CAP) && !c->t[p].vlemma));
}

/* Is the future act at i (sentence tokens [b, i)) one a news report tells
 * ("British media reported that Britain will cede the islands", "Reuters
 * reported that ... would", "according to local media, X will", "X will
 * reportedly"): the report's forecast, not an announcement of the doer's
 * own? Not when the doer is the reporter's pronoun ("the paper reported
 * it would close"). (test_modality.c: forecasts) */
bool modality_reported_future(const truce_coder *c, const mvec *mv, size_t i)
{
    size_t b, e;
    modality_sentence_span(c, i, &b, &e);
    for (size_t q = b; q < i; q++) {
        if (tok_has(c, q, WC_REPORT) && c->t[q].vform == VF_NONE && !c->t[q].vlemma) {
            return true;   /* "reportedly" */
        }
        if (tok_is(c, q, c->k->w.according) && q + 1 < i && tok_is(c, q + 1, c->k->w.to)) {
            size_t r = q + 2;
            while (r < i && r < q + 8 && !tok_punct(c, r, ',') && !(r + 1 < i && tok_punct(c, r + 1, ','))) {
                r++;
            }
            if (r < i && reporter_at(c, mv, r, false)) {
                return true;   /* "according to British media," */
            }
            continue;
        }
        if (q == b || !(modality_saying_verb(c, q) || (tok_has(c, q, WC_REPORT) && c->t[q].vform != VF_NONE))) {
            continue;
        }
        size_t r = q;   /* the saying verb's subject: "Reuters reported", "media have reported" */
        while (r > b && (tok_adverb(c, r - 1) || is_aux(c, r - 1) || tok_is(c, r - 1, c->k->w.have))) {
            r--;
        }
        if (r == b || !reporter_at(c, mv, r - 1, tok_has(c, q, WC_REPORT))) {
            continue;
        }
        size_t s = q + 1;
        if (s < i && tok_is(c, s, c->k->w.that)) {
            s++;
        }
        return !(s < i && tok_has(c, s, WC_PRONOUN | WC_SPEAKER_PRONOUN | WC_PLURAL_PRONOUN));
    }
    return false;
}

/* Does the intent word at u govern the act at i: a modal ("will"), a
 * preposition of intent ("towards"), or a to-infinitive after it up to the
 * act ("plans to attack", "ready and willing to strike")? Not "offers its
 * condolences to the families of the personnel killed", "had planned and
 * ordered the bombings", nor a past form after the infinitive's verb ("planned
 * to attack the convoy and detonated the device"). (test_modality.c: voiced futures) */
/* Is the past form at i a finite verb of its own, coordinated after an
 * infinitive or a base form ("planned to attack the convoy and detonated
 * the device", "would attack and killed"), which no modal or intent word
 * before governs? Not a participle after one ("will be killed and
 * wounded"). */
static bool past_conjunct(const truce_coder *c, size_t u, size_t i)
{
    size_t p = i;
    while (p > u + 1 && tok_adverb(c, p - 1)) {
        p--;
    }
    if (c->t[i].vform != VF_ED || p <= u + 1 || !tok_is(c, p - 1, c->k->w.and_)) {
        return false;
    }
    for (size_t q = p - 1; q > u; q--) {
        const token *t = &c->t[q - 1];
        if (t->isverb && t->vform != VF_NONE && !(t->flags & TF_CAP)) {
            return t->vform == VF_BASE && !is_aux(c, q - 1);
        }
    }
    return false;
}

bool modality_intent_governs(const truce_coder *c, size_t u, size_t i)
{
    if (past_conjunct(c, u, i)) {
        return false;
    }
    if (tok_has(c, u, WC_MODAL) || tok_is_word(c, u, "towards") || tok_is_word(c, u, "toward")) {
        return true;
    }
    for (size_t r = u + 1; r < i; r++) {
        if (tok_is(c, r, c->k->w.to)) {
            size_t q = modality_next_word(c, r, i);
            if (q == i || (c->t[q].vlemma && c->t[q].vform == VF_BASE)) {
                return true;
            }
        }
    }
    return false;
}

/* Is the saying verb at u a passive report of a plan, an infinitive after
 * it: "said to have planned", "a leader said by the army to have planned
 * and ordered bombings", "reported to be planning"? What others say the
 * doer planned is their claim, no act of the text's (not "were reported
 * to have killed", a hedged report of an act). (test_modality.c: voiced
 * futures) */
bool modality_reported_infinitive(const truce_coder *c, size_t u, size_t i)
{
    if (c->t[u].vform != VF_ED || !(modality_saying_verb(c, u) || tok_has(c, u, WC_REPORT)) || tok_has(c, u, WC_BELIEF) ||
        !(tok_is(c, u + 1, c->k->w.to) || tok_is(c, u + 1, c->k->w.by))) {
        return false;
    }
    for (size_t r = u + 1; r < i && r < u + 8; r++) {
        if (tok_is(c, r, c->k->w.to)) {
            /* a plan ("said to have planned", "reported to be planning"),
             * not an act ("were reported to have killed 36 people") */
            size_t q = modality_next_word(c, r, i + 1);
            bool plan = false;
            for (size_t x = r + 1; x < i; x++) {
                plan |= tok_has(c, x, WC_INTENT) && !tok_has(c, x, WC_MODAL);
            }
            return plan && q <= i && c->t[q].vlemma && c->t[q].vform == VF_BASE;
        }
        if (c->t[r].isverb && c->t[r].vform != VF_NONE && r > u + 1 && !(c->t[r].flags & TF_CAP)) {
            return false;
        }
    }
    return false;
}

/* Do the speaker ending at token p (adverbs and auxiliaries before the
 * saying verb passed over by the caller) and the doer of a future act
 * stand for the same side: the doer a pronoun ("Russia said it would"),
 * "he" or "she" for a person who speaks ("the man said he would", not
 * "police said he was planning"), or a named doer of the speaker's
 * country ("Putin said Russia would")? */
static bool speaker_is_doer(const truce_coder *c, const mvec *mv, size_t p, size_t s, const mention *doer,
                            size_t verb)
{
    const mention *sm = mv_ending_at(mv, p);
    if (doer && tok_has(c, verb, WC_DECLARE) && (!doer->code[0] || doer->code[0] == '-')) {
        /* "the chief warned that police will", "the premier announced
         * that the government will": a body of no known country, announced
         * by whoever declares it */
        return true;
    }
    if (!doer) {
        if (tok_has(c, s, WC_PRONOUN)) {
            /* "he", "she": a person who speaks ("the man said he"), not a
             * body ("police said he") */
            return sm && !sm->pronoun && (sm->person || (!sm->code[0] && !sm->plural));
        }
        return true;                   /* "it", "they" */
    }
    if (!sm || sm->pronoun) {
        return false;
    }
    if (sm->country[0] && doer->country[0]) {
        return strcmp(sm->country, doer->country) == 0;
    }
    return strlen(sm->code) >= 3 && strlen(doer->code) >= 3 && sm->code[0] != '-' &&
           strncmp(sm->code, doer->code, 3) == 0;
}

/* Is the future act at i (its verb group from g) announced by its own doer,
 * so that a conflictual one is a threat: "I"/"we" ("we will strike"), a
 * doer its speaker stands for ("Russia said it would strike", "Putin said
 * Russia would strike", "Russia will strike, Putin said"), an intent word
 * that declares ("promised to", "agreed to"), or a plan its doer holds now
 * in a main clause ("Greece plans to impose", "Israel is ready to
 * strike")? Not a forecast of the story's ("German warships will patrol")
 * nor a plot a third party tells ("an investigation found he was planning
 * to attack"), nor a past plan ("had planned and ordered"). (test_modality.c:
 * voiced futures) */
bool modality_voiced_future(const truce_coder *c, const mvec *mv, size_t i, size_t sb)
{
    size_t b, e, g = i;
    modality_sentence_span(c, i, &b, &e);
    bool declare = false, plan_now = false;
    while (g > sb && (tok_adverb(c, g - 1) || is_aux(c, g - 1) || tok_is(c, g - 1, c->k->w.to) ||
                      tok_has(c, g - 1, WC_INTENT | WC_NEGATION | WC_MODAL | WC_HESITATION) || modality_no_longer(c, (ptrdiff_t)g - 1, sb))) {
        size_t u = g - 1;
        /* "will not hesitate to strike": a warning (hesitating, not negated, is no intent) */
        declare |= tok_has(c, u, WC_DECLARE | WC_HESITATION);
        if (tok_has(c, u, WC_INTENT) && !tok_has(c, u, WC_DECLARE | WC_MODAL) && !tok_is_word(c, u, "going")) {
            /* a plan held now: "plans to", "is planning to", "are ready to" */
            plan_now |= c->t[u].vform == VF_S || c->t[u].vform == VF_BASE ||
                        (u > sb && modality_present_be(c, u - 1) && c->t[u].vform != VF_NONE) ||
                        (u > sb && modality_present_be(c, u - 1) && c->t[u].vform == VF_NONE && !c->t[u].vlemma);
        }
        g--;
    }
    if (g <= sb) {
        return declare;
    }
    size_t s = g - 1;
    if (tok_punct(c, s, ',')) {
        /* "Greece, like most other members, plans to": past the aside */
        size_t q = s;
        while (q > sb && s - q < 10 && !tok_punct(c, q - 1, ',') && !clause_stop(c, q - 1)) {
            q--;
        }
        s = q > sb + 1 && tok_punct(c, q - 1, ',') ? q - 2 : s;
    }
    if (tok_is(c, s, c->k->w.and_)) {
        /* "the United States was disappointed and would impose": the
         * first predicate's subject does the second */
        for (size_t q = s; q > sb && s - q < 8; q--) {
            const mention *m = mv_ending_at(mv, q - 1);
            if (m && q < s && (is_aux(c, q) || is_be(c, q) || (c->t[q].isverb && c->t[q].vform != VF_NONE))) {
                s = q - 1;
                break;
            }
            if (tok_punct(c, q - 1, ',') || clause_stop(c, q - 1)) {
                break;
            }
        }
    }
    if (tok_is(c, s, c->k->w.s) && s > sb && plan_now) {
        s--;   /* "the government's plans to impose": its own plan */
    }
    if (tok_is(c, s, c->k->w.we) || tok_is(c, s, c->k->w.i)) {
        return true;   /* "we will strike": the speaker's own word */
    }
    bool pron = tok_has(c, s, WC_PRONOUN | WC_SPEAKER_PRONOUN | WC_PLURAL_PRONOUN);
    const mention *doer = pron ? NULL : mv_ending_at(mv, s);
    if (!pron && !doer) {
        return declare;
    }
    size_t ds = doer ? doer->tok_start : s;
    if (declare || (plan_now && !modality_verb_before(c, b, ds))) {
        return true;
    }
    /* a verb of saying before the doer ("Russia said (that) it would") ... */
    for (size_t q = ds; q > b; q--) {
        size_t r = q - 1;
        if ((modality_saying_verb(c, r) && !tok_has(c, r, WC_BELIEF)) ||
            (tok_has(c, r, WC_THREAT | WC_DECLARE) && c->t[r].vform != VF_NONE)) {
            while (r > b && (tok_adverb(c, r - 1) || is_aux(c, r - 1))) {
                r--;
            }
            return r > b && speaker_is_doer(c, mv, r - 1, s, doer, q - 1);
        }
    }
    /* ... or after the act, past a comma ("Russia will strike, Putin said";
     * '"Russia will strike," said Putin') */
    for (size_t q = i + 1; q + 1 < e; q++) {
        if (!(tok_punct(c, q, ',') || (c->t[q].flags & TF_QUOTE_CLOSE))) {
            continue;
        }
        size_t r = q + 1;
        while (r < e && (tok_punct(c, r, ',') || is_quote_tok(c, r))) {
            r++;
        }
        if (r < e && modality_saying_verb(c, r) && !tok_has(c, r, WC_BELIEF)) {
            const mention *sm = mv_at(mv, r + 1, false);
            return sm && sm->tok_start == r + 1 && speaker_is_doer(c, mv, sm->tok_end - 1, s, doer, r);
        }
        const mention *sm = mv_at(mv, r, false);
        if (sm && sm->tok_start == r) {
            size_t v = sm->tok_end;
            while (v < e && (tok_adverb(c, v) || is_aux(c, v))) {
                v++;
            }
            if (v < e && modality_saying_verb(c, v) && !tok_has(c, v, WC_BELIEF)) {
                return speaker_is_doer(c, mv, sm->tok_end - 1, s, doer, v);
            }
        }
    }
    return false;
}

