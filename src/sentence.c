/* sentence.c — one sentence through the stages.
 *
 * Each head of the sentence (a verb or event noun with patterns) goes
 * through the pipeline, one stage module each:
 *
 *   match     (match.c)     its patterns, whether it is used as a verb, the
 *                           best pattern and its code
 *   place     (place.c)     the place named in its clause
 *   dates     (dates.c)     the event's date
 *   modality  (modality.c)  what the verb group says: the act, an intent, a
 *                           threat, a rejection, or nothing (negated,
 *                           hypothetical, only demanded)
 *   speech    (speech.c)    a verb of saying: the speaker and what was said
 *   roles     (roles.c)     source and target, then the events ...
 *   emit      (emit.c)      ... each filled, placed and given to the sink
 *
 * Verbs of saying go first, so that what is said knows its speaker; then
 * the content of each report; then every other head. TABARI's order of
 * verbs (dominant, subordinate and weak verbs, a clause coded once) is
 * asked of tabari.c.
 */
#include "coder.h"

/* Is the event noun at i the topic of another noun ("the threat of
 * attacks", "victims of bombings", "a role in talks", "talks on a
 * ceasefire" for "ceasefire"), not an event of its own? Its phrase
 * (determiners, modifiers, adjectives) follows a preposition that follows a
 * common noun; after a verb ("killed in an attack") or an actor it is an
 * event (test_senses.c: nouns as topics). */
static bool noun_is_topic(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
{
    if (c->opt.literal) {
        return false;   /* PETRARCH and TABARI match nouns wherever they are */
    }
    size_t q = i;
    while (q > sb && (tok_has(c, q - 1, WC_DETERMINER | WC_MODIFIER) || c->t[q - 1].kind == TOK_NUM ||
                      (mv_inside(mv, q - 1) && q < i + 1 && !is_prep(c, c->t[q - 1].id)) ||
                      (c->t[q - 1].kind == TOK_WORD && !(c->t[q - 1].flags & TF_CAP) && !c->t[q - 1].vlemma &&
                       !is_prep(c, c->t[q - 1].id) && !tok_has(c, q - 1, WC_BOUNDARY)))) {
        q--;   /* "the threat of (the) al-Shabab attacks", "victims of the Kabul attack" */
    }
    if (q >= sb + 3 && (tok_is(c, q - 1, c->k->w.and_) || tok_is_word(c, q - 1, "or")) &&
        c->t[q - 2].kind == TOK_WORD && !(c->t[q - 2].flags & TF_CAP)) {
        /* "victims of the Kabul attack and other bombings": a conjunct
         * of a topic is one */
        return noun_is_topic(c, mv, sb, q - 2);
    }
    if (q < sb + 2 || !is_prep(c, c->t[q - 1].id) || tok_is(c, q - 1, c->k->w.by)) {
        return false;
    }
    size_t n = q - 2;   /* the word the preposition follows */
    const token *t = &c->t[n];
    if ((n > sb && c->t[n - 1].kind == TOK_NUM) || t->kind == TOK_NUM) {
        return false;   /* "$33 million in aid": a quantity of it */
    }
    return t->kind == TOK_WORD && !(t->flags & TF_CAP) && !mv_ending_at(mv, n) &&
           (t->nlemma || !t->vlemma || t->vform == VF_NONE || (t->flags & TF_LEX_NOT_VERB)) && !is_be(c, n) &&
           !tok_has(c, n, WC_ADVERB);
}

/* Is the event noun at i named in the pattern of a verb before it, in its
 * phrase ("lifted EU sanctions on Iran", "called for an end to attacks",
 * "broke the blockade")? Then it is that verb's object, coded with it, not
 * an event of its own (a null pattern leaves it be: "announced emergency
 * assistance" is the noun's aid).
 * (test_senses.c: nouns a verb's pattern names) */
static bool noun_of_verb_pattern(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i)
{
    if (c->opt.literal) {
        return false;
    }
    for (size_t u = i; u > sb && i - u < 7; u--) {
        size_t q = u - 1;
        if (clause_stop(c, q) || tok_punct(c, q, ',')) {
            return false;
        }
        const token *t = &c->t[q];
        if (!t->vlemma || t->vform == VF_NONE || (t->flags & TF_CAP) || mv_inside(mv, q)) {
            continue;
        }
        const pattern *vp, *np;
        /* a gerund counts even where it is no finite verb ("including
         * reimposing UN sanctions on Iran") */
        if (!match_head_patterns(c, q, &vp, &np) || !vp ||
            (t->vform != VF_ING && !modality_analyse(c, mv, q, sb).verb)) {
            continue;
        }
        pmatch pm;
        return match_best(c, mv, vp, q, sb, roles_clause_end(c, q, se), &pm) >= 0 && pm.last_tok >= i &&
               pm.p->code[0] != '-';
    }
    return false;
}

/* Is the verb at i an infinitive of protest ("to protest", "to
 * demonstrate") whose clause's verb before it is itself a protest
 * (14: "went on strike to protest new taxes", "went on hunger strike to
 * protest their detention")? The purpose names the act's aim: one act,
 * the strike, not a second protest ("closed their shops to protest" still
 * is one, and a march's aim names the march more closely)
 * (test_senses.c: protest purposes). */
static bool protest_of_protest(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i)
{
    static const char *const words[] = {"protest", "demonstrate", "picket", NULL};
    if (c->opt.literal || i < sb + 2 || !tok_is(c, i - 1, c->k->w.to) || c->t[i].vform != VF_BASE ||
        !tok_is_one_of(c, i, words)) {
        return false;
    }
    for (size_t u = i - 1; u > sb && i - u < 10; u--) {
        size_t q = u - 1;
        if (clause_stop(c, q) || tok_punct(c, q, ',') || tok_has(c, q, WC_BOUNDARY | WC_CLAUSE_END)) {
            return false;
        }
        const token *t = &c->t[q];
        if (!t->vlemma || t->vform == VF_NONE || t->vform == VF_BASE || (t->flags & TF_CAP) || mv_inside(mv, q)) {
            continue;
        }
        const pattern *vp, *np;
        pmatch pm;
        if (!match_head_patterns(c, q, &vp, &np) || !vp || !modality_analyse(c, mv, q, sb).verb) {
            continue;
        }
        /* (a demonstration, 141, is named more closely by its aim: "marched to protest the law") */
        return match_best(c, mv, vp, q, sb, roles_clause_end(c, q, se), &pm) >= 0 && code_root(pm.p->code) == 14 &&
               strncmp(pm.p->code, "141", 3) != 0;
    }
    return false;
}

/* Is the act at i the reason another verb of the clause gives for its
 * judgment: an infinitive after a gerund after "for" or "of" ("criticized
 * Hungary for refusing to support the sanctions", "accused it of failing
 * to protect"), where the verb before is a praise, a criticism, an
 * accusation, a protest, a punishment or an attack (05, 11-20)? What it is blamed or
 * praised for is the judgment's, no event of its own (a gerund there is
 * read as a noun already) (test_senses.c: reasons). */
static bool reason_gerund(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i)
{
    size_t q = i;
    while (q > sb && i - q < 3 && (tok_is(c, q - 1, c->k->w.to) || tok_adverb(c, q - 1))) {
        q--;
    }
    if (q == i || q < sb + 3 || c->t[q - 1].vform != VF_ING ||
        !(tok_is(c, q - 2, c->k->w.for_) || tok_is(c, q - 2, c->k->w.of))) {
        return false;
    }
    for (size_t u = q - 2; u > sb && q - u < 16; u--) {
        size_t v = u - 1;
        if (clause_stop(c, v)) {
            return false;   /* (a comma may close an aside: "attacked the Journal, the country's paper, for") */
        }
        const pattern *vp, *np;
        pmatch pm;
        if (!c->t[v].vlemma || c->t[v].vform == VF_NONE || mv_inside(mv, v) || !match_head_patterns(c, v, &vp, &np) ||
            !vp || !modality_analyse(c, mv, v, sb).verb) {
            continue;
        }
        int r = match_best(c, mv, vp, v, sb, roles_clause_end(c, v, se), &pm) >= 0 ? code_root(pm.p->code) : -1;
        return r == 5 || r >= 11;
    }
    return false;
}

/* Is the head at i, inside what sp reports, a state of mind of another
 * party than the speaker ("an analyst said India and Japan are concerned
 * about China", "officials said Kenya hopes for a deal"): a mood (012,
 * 013) of "be", "remain", "hope", "fear" whose subject is a named actor
 * not of the speaker's side? One tells of another's mood, the other did
 * nothing; "we are concerned", "X said it was worried" are the
 * speaker's own (test_speech.c: moods). */
static bool others_mood(const truce_coder *c, const mvec *mv, const speech *sp, size_t i)
{
    static const char *const moods[] = {"is", "are", "was", "were", "be", "been", "remain", "remains", "remained",
        "sound", "sounds", "sounded", "hope", "hopes", "hoped", "fear", "fears", "feared", "worry", "worries",
        "worried", "doubt", "doubts", "doubted", NULL};
    const pattern *vp, *np;
    pmatch pm;
    if (c->opt.literal || !tok_is_one_of(c, i, moods) || !match_head_patterns(c, i, &vp, &np) || !vp ||
        match_best(c, mv, vp, i, sp->content_b, roles_clause_end(c, i, sp->content_e), &pm) < 0 ||
        (strcmp(pm.p->code, "012") != 0 && strcmp(pm.p->code, "013") != 0)) {
        return false;
    }
    const mention *subj = roles_subject(c, mv, sp->content_b, i);
    if (!subj || subj->pronoun || !subj->code[0] || subj->tok_start < sp->content_b) {
        return false;
    }
    return !sp->code[0] || strncmp(subj->code, sp->code, 3) != 0;
}

/* Is the head at i in what a verb of saying reports that gave no speech
 * of its own ("Jane Roe, an analyst, told VOA that ...": a that clause
 * after a verb of saying whose subject is no actor, or a title and its
 * body in apposition)? Its content into *sp, the code of the verb's
 * subject if any (others_mood). */
static bool unnamed_speech(const truce_coder *c, const mvec *mv, size_t sb, size_t i, speech *sp)
{
    for (size_t q = i; q > sb + 1; q--) {
        if (!tok_is(c, q - 1, c->k->w.that)) {
            continue;
        }
        for (size_t v = q - 1; v > sb && q - 1 - v < 6; v--) {
            const pattern *vp, *np;
            pmatch pm;
            if (c->t[v - 1].vlemma && c->t[v - 1].vform != VF_NONE && match_head_patterns(c, v - 1, &vp, &np) && vp &&
                match_best(c, mv, vp, v - 1, sb, q, &pm) >= 0 && (pm.p->flags & VFLAG_SPEECH)) {
                const mention *spk = roles_subject(c, mv, sb, v - 1);
                if (spk && spk->code[0]) {
                    memcpy(sp->code, spk->code, sizeof sp->code);
                }
                sp->content_b = q;
                sp->content_e = roles_clause_end(c, i, c->nt);
                return true;
            }
        }
        return false;
    }
    return false;
}

/* Is the violent act at i the infinitive of an attempt whose own pattern
 * names it ("tried to kill the journalist": 185, an attempt on a life)?
 * Then the attempt is the event and the act, which failed or is not
 * said to have succeeded, is none. (test_senses.c: attempts on lives) */
static bool attempt_coded(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i)
{
    size_t q = i;
    while (q > sb && i - q < 3 && (tok_is(c, q - 1, c->k->w.to) || tok_adverb(c, q - 1))) {
        q--;
    }
    if (q == i || q <= sb || !tok_has(c, q - 1, WC_ATTEMPT)) {
        return false;
    }
    const pattern *vp, *np;
    pmatch pm;
    return match_head_patterns(c, q - 1, &vp, &np) && vp && modality_analyse(c, mv, q - 1, sb).verb &&
           match_best(c, mv, vp, q - 1, sb, roles_clause_end(c, q - 1, se), &pm) >= 0 && pm.last_tok >= i &&
           pm.p->code[0] != '-' && code_root(pm.p->code) >= 18;
}

/* An event noun takes the modality of the verb it is the object of: "did
 * not launch attacks", "may have launched cyber attacks", "plans to
 * hold talks" (test_senses.c: modality of event nouns). The verb is the
 * nearest before the noun's phrase, with only determiners, modifiers,
 * adjectives and numbers between. */
static void noun_modality(const truce_coder *c, const mvec *mv, size_t sb, size_t i, vinfo *v)
{
    if (c->opt.literal) {
        return;
    }
    static const char *const called_off[] = {"postponed", "cancelled", "canceled", "delayed", "scrapped",
        "suspended", "shelved", "abandoned", "deferred", "rescheduled", NULL};
    static const char *const ahead[] = {"planned", "scheduled", "proposed", "upcoming", "expected", "possible",
        "potential", "postponed", "cancelled", "canceled", "delayed", "scrapped", "aborted", NULL};
    for (size_t q = i; q > sb && i - q < 4; q--) {
        /* "the planned meeting", "a postponed summit": not (yet) held */
        if (tok_is_one_of(c, q - 1, ahead)) {
            v->planned = true;
            return;
        }
        if (c->t[q - 1].kind != TOK_WORD || is_prep(c, c->t[q - 1].id) || mv_inside(mv, q - 1)) {
            break;
        }
    }
    for (size_t q = i + 1; q + 1 < c->nt && q < i + 16; q++) {
        /* "the meeting between the two presidents was postponed", "talks
         * ... were called off": the noun's own predicate undoes it */
        if (tok_punct(c, q, ';') || tok_has(c, q, WC_CLAUSE_END) || tok_is(c, q, c->k->w.that)) {
            break;
        }
        if (!is_be(c, q)) {
            continue;
        }
        size_t r = q + 1;
        while (r < c->nt && (tok_is_word(c, r, "been") || tok_adverb(c, r))) {
            r++;
        }
        if (r < c->nt && (tok_is_one_of(c, r, called_off) ||
                          ((tok_is_word(c, r, "called") || tok_is_word(c, r, "put")) && r + 1 < c->nt &&
                           tok_is_word(c, r + 1, "off")))) {
            v->negated = true;
            return;
        }
        break;
    }
    size_t q = i;
    while (q > sb && i - q < 5 &&
           (tok_has(c, q - 1, WC_DETERMINER | WC_MODIFIER) || c->t[q - 1].kind == TOK_NUM ||
            (c->t[q - 1].kind == TOK_WORD && !(c->t[q - 1].flags & TF_CAP) &&
             ((!c->t[q - 1].vlemma || c->t[q - 1].vform == VF_NONE) ||
              (q - 1 > sb && tok_has(c, q - 2, WC_DETERMINER) && !tok_is(c, q - 2, c->k->w.of))) &&
             !is_prep(c, c->t[q - 1].id) && !tok_has(c, q - 1, WC_BOUNDARY)))) {
        q--;   /* "the arms embargo": a noun after its determiner */
    }
    if (q <= sb || !c->t[q - 1].vlemma || c->t[q - 1].vform == VF_NONE || is_aux(c, q - 1)) {
        return;
    }
    vinfo g = modality_analyse(c, mv, q - 1, sb);
    if (!g.verb) {
        return;
    }
    v->negated = g.negated;
    v->intent = g.intent;
    v->threat = g.threat;
    v->hypothetical = g.hypothetical;
    v->obligation = g.obligation;
    v->refusal = g.refusal;
    v->planned = g.planned;
    v->possible = g.possible;
    v->attempt = g.attempt;
    v->conditioned = g.conditioned;
    v->own_possible = g.own_possible;
    v->forecast = g.forecast;
    v->purpose = g.purpose;
    v->desire = g.desire;
    /* "Putin's decision to launch an invasion": a noun's aim, no act */
    v->infinitive_of_noun = g.infinitive_of_noun;
}

/* The match stage: the head's patterns, whether a verb form is used as a
 * verb here (modality_analyse; literal coding as tabari.c says), and the
 * best pattern in its clause (PETRARCH's and TABARI's in the sentence).
 * False if none matches. */
/* Is the verb at i a reporting verb that closes its sentence after what
 * it reports: after a comma or a closing quotation, alone or with its
 * subject before it, or with an actor after it and nothing more
 * ("..., charged the PKK.", "..., the PKK charged.")? */
static bool final_report(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i)
{
    size_t e = se;
    while (e > i + 1 && c->t[e - 1].kind == TOK_PUNCT) {
        e--;
    }
    if (e > i + 1) {
        size_t a = i + 1;
        while (a < e && (tok_is(c, a, c->k->w.the) || tok_has(c, a, WC_MODIFIER))) {
            a++;
        }
        bool named = false;
        for (size_t x = 0; x < mv->n && !named; x++) {
            named = (mv->v[x].tok_start == a || mv->v[x].tok_start == i + 1) && !mv->v[x].pronoun;
        }
        if (!named) {
            return false;
        }
        /* the actor and its nouns, then the end or an aside ("..., charged
         * the rebel front, which is fighting ..."); no verb of its own */
        static const char *const asides[] = {"which", "who", "a", "an", "the", NULL};
        for (size_t r = a; r < e; r++) {
            if (tok_punct(c, r, ',')) {
                if (!tok_is_one_of(c, r + 1, asides)) {
                    return false;
                }
                break;
            }
            if (c->t[r].kind != TOK_WORD || is_be(c, r) || tok_has(c, r, WC_MODAL) || tok_is_word(c, r, "has") ||
                tok_is_word(c, r, "have") || tok_is_word(c, r, "had") ||
                (c->t[r].vform == VF_ED && !mv_inside(mv, r))) {
                return false;
            }
        }
    }
    size_t q = i;
    const mention *m = i > sb ? mv_at2(mv, i - 1, true, false) : NULL;
    if (m && m->tok_end == i) {
        q = m->tok_start;   /* ", the PKK charged." */
    }
    while (q > sb && (tok_is(c, q - 1, c->k->w.the) || tok_has(c, q - 1, WC_MODIFIER))) {
        q--;
    }
    return q > sb + 2 && (tok_punct(c, q - 1, ',') || is_quote_tok(c, q - 1));
}

static bool head_match(truce_coder *c, const sinfo *si, head_ctx *h)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, sb = h->sb, se = h->se;
    const pattern *vp, *np;
    if (!match_head_patterns(c, i, &vp, &np)) {
        return false;
    }
    vinfo v = {0};
    if (vp) {
        v = modality_analyse(c, mv, i, sb);
        size_t tv = v.verb ? SIZE_MAX : trailing_main_verb(c, mv, sb, i);
        if (tv != SIZE_MAX) {
            v = modality_analyse(c, mv, tv, sb);   /* ", killing 12": the clause's verb's modality (trailing.c) */
        } else if (v.verb && !c->opt.literal) {
            trailing_infinitive(c, mv, sb, i, &v);   /* ", vowing to strike": threatened, not done */
        }
        if (c->opt.literal) {
            tabari_literal_verb(c, mv, sb, i, vp, &v);
        }
    }
    if (v.verb && c->opt.tabari && i + 1 < se && tok_is(c, i + 1, k->w.s) && c->t[i].end == c->t[i + 1].start) {
        v.verb = false;   /* TABARI: "donate's" takes a noun's ending, so is no verb */
    }
    if (v.verb && !c->opt.literal && i > sb &&
        ((c->t[i].vform == VF_BASE && c->t[i - 1].nlemma && !(c->t[i - 1].flags & TF_CAP)) ||
         (c->t[i].vform == VF_S && (c->t[i - 1].nlemma || mv_inside(mv, i - 1) || (c->t[i - 1].flags & TF_CAP)))) &&
        noun_of_verb_pattern(c, mv, sb, se, i)) {
        /* "failed to renew the arms embargo": no plural subject and its
         * verb, but a verb's object its pattern names; nor a name and an
         * -s form ("ignored VOA requests for comment": no "VOA requests") */
        coder_trace(c, "  \"%.*s\": named by the pattern of the verb before it, no event of its own", TOKF(i));
        return false;
    }
    bool thanks_to = false;   /* the word, or a noun right after it ("thanks to support from") */
    for (size_t q = i; q >= sb && q + 3 >= i && q + 1 < c->nt; q--) {
        thanks_to |= tok_is_word(c, q, "thanks") && tok_is(c, q + 1, k->w.to) && (q == i || q + 1 < i) &&
                     !(q > sb && c->t[q - 1].vlemma && c->t[q - 1].vform != VF_NONE);
        if (q == 0) {
            break;
        }
    }
    if (!c->opt.literal && thanks_to) {
        /* "won 19 seats, thanks to support from ...": a cause, no thanks
         * given ("sent thanks to" still is; test_senses.c) */
        coder_trace(c, "  \"%.*s\": 'thanks to' gives a cause", TOKF(i));
        return false;
    }
    if (!c->opt.literal && participle_retort(c, i)) {
        coder_trace(c, "  \"%.*s\": shot back what was said, a retort", TOKF(i));
        return false;
    }
    if (v.verb && protest_of_protest(c, mv, sb, se, i)) {
        coder_trace(c, "  \"%.*s\": the aim of the protest before it, one act", TOKF(i));
        return false;
    }
    if (v.verb && !c->opt.literal && reason_gerund(c, mv, sb, se, i)) {
        coder_trace(c, "  \"%.*s\": the reason given for the judgment before it, no event of its own", TOKF(i));
        return false;
    }
    if (v.verb && !c->opt.literal && participle_seeking_to(c, i)) {
        coder_trace(c, "  \"%.*s\": seeking to act, the infinitive's attempt", TOKF(i));
        return false;
    }
    const pattern *list = v.verb ? vp : np;
    if (!list) {
        coder_trace(c, "  \"%.*s\": not used as a verb here", TOKF(i));
        return false;
    }
    if (!v.verb) {
        /* a noun head: not after "no", not a verb form in verb use */
        if (i > sb && (tok_is(c, i - 1, k->w.no) || tok_is_word(c, i - 1, "without"))) {
            return false;
        }
        if (c->t[i].flags & TF_CAP && i > sb) {
            return false;
        }
        if (noun_is_topic(c, mv, sb, i)) {
            coder_trace(c, "  \"%.*s\": an event noun governed by another noun, not an event", TOKF(i));
            return false;
        }
        if (noun_of_verb_pattern(c, mv, sb, se, i)) {
            coder_trace(c, "  \"%.*s\": named by the pattern of the verb before it, no event of its own", TOKF(i));
            return false;
        }
        noun_modality(c, mv, sb, i, &v);
    }
    size_t cb = roles_clause_begin(c, sb, i);
    size_t ce = roles_clause_end(c, i, se);
    /* PETRARCH and TABARI patterns span the sentence, not the clause */
    int best_w = match_best(c, mv, list, i, sb, c->opt.literal ? se : ce, &h->best);
    const token *ht = &c->t[i];
    if (best_w < 0 && v.verb && list == vp && ht->vlemma && ht->vlemma < k->heads_cap &&
        k->vheads[ht->vlemma] && k->vheads[ht->vlemma] != vp) {
        /* the form's own patterns ("CALLED_ON") did not match: the
         * lemma's ("CALL") */
        best_w = match_best(c, mv, k->vheads[ht->vlemma], i, sb, c->opt.literal ? se : ce, &h->best);
    }
    if (best_w < 0) {
        coder_trace(c, "  \"%.*s\": no pattern of this %s matches", TOKF(i), v.verb ? "verb" : "noun");
        return false;
    }
    if (!c->opt.literal && v.verb && !(h->best.p->flags & VFLAG_SPEECH) && ht->vlemma < k->heads_cap &&
        (k->head_flags[ht->vlemma] & VFLAG_SPEECH_SENSE) && final_report(c, mv, sb, se, i)) {
        /* "..., charged the PKK.": a verb of saying in its reporting
         * sense, its speech pattern ("=charge that") */
        for (const pattern *q = k->vheads[ht->vlemma]; q; q = q->next) {
            if (q->flags & VFLAG_SPEECH) {
                h->best.p = q;
                coder_trace(c, "  \"%.*s\": ends the sentence after what it reports: a verb of saying", TOKF(i));
                break;
            }
        }
    }
    const pattern *p = h->best.p;
    if ((p->flags & VFLAG_NEGATIVE) && !c->opt.literal) {
        /* "will not tolerate violence": the negation is the pattern's
         * meaning, a warning; without it, nothing (verbs.txt "negative") */
        if (!v.negated) {
            coder_trace(c, "  \"%.*s\": pattern %s:%u is of the negated verb, which this is not", TOKF(i), p->file,
                        p->line);
            return false;
        }
        v.negated = false;
    }
    coder_trace(c, "  \"%.*s\": pattern %s:%u %s [%s]%s%s%s%s%s%s", TOKF(i), p->file, p->line, p->text,
                p->code, v.negated ? " negated" : "", v.passive ? " passive" : "", v.intent ? " intent" : "",
                v.threat ? " threat" : "", v.obligation ? " obligation" : "",
                v.hypothetical ? " hypothetical" : "");
    h->v = v;
    h->p = p;
    h->cb = cb;
    h->ce = ce;
    return true;
}

/* A pattern that codes nothing: a null pattern ("fight the epidemic" is
 * no fight), TABARI's discard and complex codes and its NOACTPRIOR (which
 * flag the story with flag_codes). True if the head stops here. */
static bool head_flagged(truce_coder *c, const sinfo *si, const head_ctx *h)
{
    const pattern *p = h->p;
    size_t i = h->i;
    if (p->code[0] == '-') {
        return true;
    }
    if (c->opt.tabari && c->opt.flag_codes && c->opt.complex_noactprior) {
        /* TABARI's NOACTPRIOR: a coded verb with no actor before it makes
         * the sentence complex (only the first can have none) */
        const mvec *mv = &si->mv;
        bool prior = false;
        for (size_t xm = 0; xm < mv->n && !prior; xm++) {
            prior = mv->v[xm].tok_end <= i && mv->v[xm].tok_start >= h->sb &&
                    (mv->v[xm].code[0] || mv->v[xm].sector[0]);
        }
        if (!prior) {
            c->flag = TRUCE_FLAG_COMPLEX;
            c->stop = true;
            coder_trace(c, "  complex: no actor before \"%.*s\"", TOKF(i));
            return true;
        }
    }
    if (!strcmp(p->code, "###") || !strcmp(p->code, "+++")) {
        /* TABARI's discard and complex codes */
        if (c->opt.flag_codes) {
            c->flag = p->code[0] == '#' ? TRUCE_FLAG_DISCARD : TRUCE_FLAG_COMPLEX;
            c->stop = true;
            coder_trace(c, "  story flagged %s by %s:%u", p->code, p->file, p->line);
        }
        return true;
    }
    return false;
}

/* Is the head at i inside a quotation a crowd displays or chants ("waving
 * signs that said \"Japan apologize\"", "banners reading ...", "chanting
 * ...")? A slogan is no act of the country or people it names (test:
 * golden code/slogans). */
static bool in_slogan(const truce_coder *c, size_t sb, size_t i)
{
    size_t q = i;
    while (q > sb && !(c->t[q - 1].flags & TF_QUOTE_OPEN)) {
        if (c->t[q - 1].flags & TF_QUOTE_CLOSE) {
            return false;
        }
        q--;
    }
    if (q == sb) {
        return false;
    }
    for (size_t k = q - 1; k > sb && k + 5 > q; k--) {
        if (tok_has(c, k - 1, WC_SLOGAN)) {
            return true;
        }
    }
    return false;
}

/* What makes a sentence sum up many acts, not report one (bits): a count
 * of acts ("in 500 attacks"; "hundreds of strikes"), a period ("so far this
 * year", "a total of", "over the past two years"), a "since" with a date
 * ("since 2009"; not "the deadliest since 2005", a comparison), a "since"
 * a war began ("since the conflict erupted"). Computed once per sentence
 * (sentence_code; test: golden code/war-tolls). */
enum { AGG_NUMBER = 1, AGG_COUNT = 2, AGG_PERIOD = 4, AGG_SINCE = 8, AGG_BEGUN = 16 };

static unsigned sentence_aggregate_marks(const truce_coder *c, size_t sb, size_t se)
{
    static const char *const counts[] = {"hundreds", "thousands", "countless", NULL};
    static const char *const acts[] = {"attacks", "incidents", "operations", "strikes", "raids", "bombings",
                                       "clashes", "airstrikes", "assaults", "ambushes", "killings", "arrests",
                                       "explosions", "shootings", NULL};
    static const char *const units[] = {"days", "weeks", "months", "years", "decade", "decades", NULL};
    unsigned marks = 0;
    for (size_t i = sb; i < se; i++) {
        const token *t = &c->t[i];
        long num = 0;
        for (size_t b = t->start; t->kind == TOK_NUM && b < t->end && num < 100000; b++) {
            num = c->text[b] >= '0' && c->text[b] <= '9' ? num * 10 + (c->text[b] - '0') : num;
        }
        if (t->kind == TOK_WORD) {
            /* most words start with none of the letters these words do */
            uint8_t f = c->text[t->start] | 0x20;
            if (f != 'h' && f != 't' && f != 'c' && f != 's' && f != 'a' && f != 'p' && f != 'l') {
                continue;
            }
        }
        bool many = false;
        for (const char *const *w = counts; t->kind == TOK_WORD && !many && *w; w++) {
            many = tok_is_word(c, i, *w);
        }
        for (size_t j = i + 1; (num >= 10 || many) && j < se && j <= i + 3; j++) {
            for (const char *const *w = acts; *w; w++) {
                if (tok_is_word(c, j, *w)) {
                    marks |= many ? AGG_COUNT : AGG_NUMBER;
                }
            }
        }
        if (t->kind != TOK_WORD) {
            continue;
        }
        if ((tok_is_word(c, i, "so") && tok_is_word(c, i + 1, "far")) ||
            (tok_is_word(c, i, "to") && tok_is_word(c, i + 1, "date") && tok_punct(c, i + 2, ',')) ||
            (tok_is_word(c, i, "a") && tok_is_word(c, i + 1, "total") && tok_is(c, i + 2, c->k->w.of))) {
            marks |= AGG_PERIOD;
        }
        if ((tok_is_word(c, i, "past") || tok_is_word(c, i, "last")) && i > sb && tok_is(c, i - 1, c->k->w.the)) {
            for (size_t j = i + 1; j < se && j <= i + 2; j++) {
                for (const char *const *w = units; *w; w++) {
                    marks |= tok_is_word(c, j, *w) ? AGG_PERIOD : 0;
                }
            }
        }
        /* "since the war began", "since the conflict erupted in 2011", "since
         * the start of the offensive": a toll of a whole war */
        static const char *const began[] = {"began", "begun", "started", "erupted", "broke", "start",
                                            "beginning", "outbreak", "onset", NULL};
        bool since_begun = false;
        for (size_t j = i + 1; tok_is(c, i, c->k->w.since) && j < se && j <= i + 6; j++) {
            for (const char *const *w = began; *w; w++) {
                since_begun |= tok_is_word(c, j, *w);
            }
        }
        bool dated_since = false;   /* "since 2009", "since March 2021", not "since the troops left" */
        for (size_t j = i + 1; tok_is(c, i, c->k->w.since) && j < se && j <= i + 3 && !dated_since; j++) {
            dated_since = (c->t[j].kind == TOK_NUM && c->t[j].end - c->t[j].start == 4) ||
                          (c->t[j].kind == TOK_WORD && (c->t[j].flags & TF_CAP) &&
                           month_from_name((str){c->text + c->t[j].start, (ptrdiff_t)(c->t[j].end - c->t[j].start)}));
        }
        bool superlative = false;
        for (size_t q = i; (dated_since || since_begun) && q > sb && q + 6 > i && !superlative; q--) {
            const token *u = &c->t[q - 1];
            size_t n = u->end - u->start;
            superlative = tok_is_word(c, q - 1, "first") || tok_is_word(c, q - 1, "worst") ||
                          tok_is_word(c, q - 1, "most") || tok_is_word(c, q - 1, "last") ||
                          (u->kind == TOK_WORD && n > 5 && memcmp(c->text + u->end - 3, "est", 3) == 0);
        }
        marks |= dated_since && !superlative ? AGG_SINCE : 0;
        marks |= since_begun && !superlative ? AGG_BEGUN : 0;
    }
    return marks;
}

/* Is the verb at i the bare verb of what another verb proposes or demands
 * ("proposed that the Council lift sanctions", "demanded that the troops
 * withdraw", "suggested the talks resume")? A mandative clause asks for the
 * act; it did not happen (test_story.c: proposals). */
static bool mandative_content(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
{
    static const char *const asks[] = {"propose", "suggest", "demand", "insist", "urge", "recommend", "request",
                                       "require", "order", "ask", "move", NULL};
    if (c->t[i].vform != VF_BASE || i < sb + 3 || tok_is(c, i - 1, c->k->w.to) || is_aux(c, i - 1) ||
        tok_has(c, i - 1, WC_MODAL)) {
        return false;
    }
    /* back over the clause's subject (an actor, or up to four words of a
     * noun phrase) to "that" or to the asking verb itself */
    size_t q = i;
    const mention *m = mv_ending_at(mv, i - 1);
    q = m ? m->tok_start : i - 1;
    for (int n = 0; !m && q > sb && n < 4 && c->t[q].kind == TOK_WORD && !c->t[q].isverb; n++) {
        q--;
    }
    if (q > sb && tok_is(c, q - 1, c->k->w.that)) {
        q--;
    }
    while (q > sb && (tok_adverb(c, q - 1) || tok_has(c, q - 1, WC_DATE_WORD) || tok_is(c, q - 1, c->k->w.on))) {
        q--;
    }
    if (q <= sb) {
        return false;
    }
    const token *v = &c->t[q - 1];
    for (const char *const *w = asks; *w && v->vlemma; w++) {
        if (v->vlemma == intern_find(&c->k->words, (str){(const uint8_t *)*w, (ptrdiff_t)strlen(*w)})) {
            return v->vform == VF_ED || v->vform == VF_S || v->vform == VF_ING;
        }
    }
    return false;
}

/* Is the act at i a state that has lasted months or longer: a perfect
 * verb group ("has been fighting", "have fought", "had occupied") with
 * "for" and a span of months, years, decades or generations after it in
 * its clause, up to ce ("which has been fighting the government for four
 * decades", "have occupied the region for years")? A long war or
 * occupation told as background, no event of a day (test_senses.c:
 * lasting states). */
static bool lasting_state(const truce_coder *c, size_t cb, size_t ce, size_t i)
{
    static const char *const spans[] = {"months", "years", "decade", "decades", "generations", "centuries", NULL};
    bool perfect = false;
    for (size_t q = i; q > cb && i - q < 4 && !perfect; q--) {
        perfect = (tok_is_word(c, q - 1, "been") && c->t[i].vform == VF_ING) ||
                  ((tok_is_word(c, q - 1, "has") || tok_is_word(c, q - 1, "have") || tok_is_word(c, q - 1, "had")) &&
                   c->t[i].vform == VF_ED);
    }
    /* "who for years fought Morocco", "for decades occupied": the span
     * right before the verb, whatever its tense */
    for (size_t q = i; q > cb && i - q < 5; q--) {
        if (tok_is(c, q - 1, c->k->w.for_)) {
            for (size_t r = q; r < i; r++) {
                if (tok_is_one_of(c, r, spans)) {
                    return true;
                }
            }
            break;
        }
        if (c->t[q - 1].kind != TOK_NUM && c->t[q - 1].kind != TOK_WORD) {
            break;
        }
    }
    for (size_t q = i + 1; perfect && q < ce; q++) {
        if (tok_punct(c, q, ',') || tok_has(c, q, WC_CLAUSE_END) || tok_is(c, q, c->k->w.that)) {
            break;   /* not a span of a clause after it ("where troops had been trapped for months") */
        }
        if (!tok_is(c, q, c->k->w.for_)) {
            continue;
        }
        for (size_t r = q + 1; r < ce && r <= q + 4; r++) {
            if (tok_is_one_of(c, r, spans)) {
                return true;
            }
            if (c->t[r].kind != TOK_NUM && c->t[r].kind != TOK_WORD) {
                break;
            }
        }
    }
    return false;
}

/* Does the sentence open with a span of years ("For years, he has
 * engaged in ...", "For decades, the group has ...") that the verb at v, in
 * the perfect, is the state of? (test_story.c: lasting states) */
static bool fronted_span(const truce_coder *c, size_t sb, size_t v)
{
    static const char *const spans[] = {"months", "years", "decade", "decades", "generations", NULL};
    size_t q = sb;
    while (q < v && (c->t[q].flags & TF_QUOTE_OPEN) && c->t[q].kind == TOK_PUNCT) {
        q++;
    }
    if (!tok_is(c, q, c->k->w.for_)) {
        return false;
    }
    size_t comma = q + 1;
    bool span = false;
    while (comma < v && comma < q + 5 && !tok_punct(c, comma, ',')) {
        span |= tok_is_one_of(c, comma, spans);
        comma++;
    }
    if (!span || !tok_punct(c, comma, ',')) {
        return false;
    }
    for (size_t r = v; r > comma + 1 && v - r < 4; r--) {
        if ((tok_is_word(c, r - 1, "has") || tok_is_word(c, r - 1, "have")) && c->t[v].vform == VF_ED) {
            return true;
        }
        if (tok_is_word(c, r - 1, "been") && c->t[v].vform == VF_ING) {
            return true;
        }
    }
    return false;
}

/* Is the verb at i in the perfect ("has patrolled", "have been
 * patrolling", "has been patrolled") with "since" after it in its clause,
 * up to ce, or opening the sentence at sb ("Since 2004, the airspace has
 * been patrolled by")? */
static bool patrol_since(const truce_coder *c, size_t sb, size_t ce, size_t i)
{
    bool perfect = i > 1 && ((tok_is_word(c, i - 1, "been") && c->t[i].vform != VF_NONE) ||
                             ((tok_is_word(c, i - 1, "has") || tok_is_word(c, i - 1, "have") ||
                               tok_is_word(c, i - 1, "had")) && c->t[i].vform == VF_ED));
    for (size_t q = tok_is(c, sb, c->k->w.since) ? sb : i + 1; perfect && q < ce && q < i + 16; q++) {
        if (tok_is(c, q, c->k->w.since)) {
            static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday", "yesterday", "dawn", "morning", "last", NULL};
            return q + 1 < ce && !tok_is_one_of(c, q + 1, days);   /* not "since Monday": a patrol of these days */
        }
    }
    return false;
}

/* Does the head's event sum up many acts (test_senses.c: aggregates)? A
 * number of acts counts unless the text dates the event to a recent day
 * ("on Tuesday, jets carried out 12 strikes"), as does a toll "since the
 * war began"; a "since" with a date when the event is background. Its
 * acts of force or coercion are no events. */
static bool aggregate(unsigned marks, const evctx *x)
{
    return (marks & (AGG_COUNT | AGG_PERIOD)) ||
           ((marks & (AGG_NUMBER | AGG_BEGUN)) && !(x->date_text && !x->historical)) ||
           ((marks & AGG_SINCE) && x->historical);
}

/* The head at token i of sentence s_index (tokens [sb, se)) through the
 * stages. A verb of saying fills *sp_out and sets *is_speech. */
static void sentence_head(truce_coder *c, const sinfo *si, size_t s_index, size_t sb, size_t se, size_t i,
                          const char *speaker_code, speech *sp_out, bool *is_speech, bool speech_only)
{
    *is_speech = false;
    head_ctx h;
    memset(&h, 0, sizeof h);
    h.s_index = s_index;
    h.sb = sb;
    h.se = se;
    h.i = i;
    h.speaker_code = speaker_code;
    if (!head_match(c, si, &h) || head_flagged(c, si, &h)) {
        return;
    }
    const pattern *p = h.p;
    if (!c->opt.literal && in_slogan(c, sb, i)) {
        coder_trace(c, "  \"%.*s\": inside a slogan (a sign, banner or chant), no event", TOKF(i));
        return;
    }
    if (speech_only && !(p->flags & VFLAG_SPEECH)) {
        return;   /* "announced Kenya had given ...": coded with the content it is in, later */
    }
    h.x = (evctx){s_index, TRUCE_NODAY, false, false, speaker_code, NULL, NULL,
                  (uint32_t)h.cb, (uint32_t)h.ce, (uint32_t)i, false, &si->mv, DP_DAY, false};
    h.x.loc = place_in_clause(c, &si->mv, h.cb, h.ce);
    size_t dv = !c->opt.literal && c->t[i].vform == VF_ING ? trailing_main_verb(c, &si->mv, sb, i) : SIZE_MAX;
    /* ", killing 12": dated, or held background, as the act it trails (trailing.c) */
    dates_event(c, si, dv != SIZE_MAX ? dv : i, &h.x, 0, 0, !(p->flags & VFLAG_SPEECH) && !speaker_code);
    if (!(p->flags & VFLAG_SPEECH) && code_root(p->code) >= 18 && code_root(p->code) <= 20) {
        dates_reported_violence(c, si, i, &h.x, speaker_code != NULL);
    }
    if (c->opt.literal) {
        /* as PETRARCH and TABARI: the pattern alone decides */
        h.v.negated = h.v.intent = h.v.threat = h.v.obligation = h.v.refusal = h.v.hypothetical = false;
        h.v.infinitive_of_noun = h.v.planned = h.v.possible = h.v.attempt = h.v.status = false;
    }
    static const char *const patrols[] = {"patrol", "patrols", "patrolled", "patrolling", "patroled", "patroling",
        NULL};
    if (!c->opt.literal && strcmp(p->code, "150") == 0 && tok_is_one_of(c, i, patrols) &&
        ((!h.v.passive && (c->t[i].vform == VF_BASE || c->t[i].vform == VF_S) && i > sb && !is_aux(c, i - 1) &&
          !tok_has(c, i - 1, WC_MODAL) && !tok_is(c, i - 1, c->k->w.to)) ||
         (h.v.passive && i > sb && (tok_is_word(c, i - 1, "is") || tok_is_word(c, i - 1, "are"))) ||
         patrol_since(c, sb, h.ce, i))) {
        /* "Chinese soldiers patrol the streets every day", "NATO jets
         * patrol the Baltic skies", "Kosovo is patrolled by NATO troops",
         * "the U.N. force has patrolled southern Lebanon since 1978": a
         * standing posture in the simple present or the perfect since a
         * time, no show of force of a day (test_senses.c: postures) */
        coder_trace(c, "  \"%.*s\": a patrol in the simple present, a standing posture", TOKF(i));
        return;
    }
    if (!c->opt.literal && !(p->flags & VFLAG_SPEECH) && mandative_content(c, &si->mv, sb, i)) {
        coder_trace(c, "  \"%.*s\": what another proposes or demands, not done", TOKF(i));
        return;
    }
    if (!c->opt.literal && code_root(p->code) >= 10 && fronted_span(c, sb, dv != SIZE_MAX ? dv : i)) {
        coder_trace(c, "  \"%.*s\": what has gone on for years, no event of a day", TOKF(i));
        return;
    }
    if (!c->opt.literal && code_root(p->code) >= 17 && lasting_state(c, h.cb, h.ce, i)) {
        coder_trace(c, "  \"%.*s\": a state lasting months or years, no event of a day", TOKF(i));
        return;
    }
    if (!c->opt.literal && code_root(p->code) >= 17 && aggregate(si->agg_marks, &h.x)) {
        coder_trace(c, "  \"%.*s\": a sum of many acts over a period, no event", TOKF(i));
        return;
    }
    if (h.v.hypothetical && !(h.v.intent && h.v.hyp_clause && !h.v.whether && !h.v.possible)) {
        return;   /* a condition, not a fact; "if X ..., we will Y" is an announcement */
    }
    if (p->flags & VFLAG_SPEECH) {
        *is_speech = speech_head(c, si, &h, sp_out);
        return;
    }
    if ((p->flags & VFLAG_ENDORSE) && !h.v.announced) {
        return;   /* only meaningful under a speaker (speech_content), or announced ("ready to support") */
    }
    if (h.v.attempt && code_root(p->code) >= 18 && attempt_coded(c, &si->mv, sb, se, i)) {
        coder_trace(c, "  \"%.*s\": an attempt its own pattern codes, not done", TOKF(i));
        return;
    }
    if (h.v.desire && match_infinitive_transform(c, i)) {
        h.v.desire = false;   /* a dictionary's transformation says what the wish is ("~ a (_ b ATTACK) WANT") */
    }
    if (!modality_apply(c->k, &h.v, p->code, h.code)) {
        return;
    }
    roles_code(c, si, &h);
}

/* The verbs of saying first, so that what is said knows its speaker; then
 * what each reports. Returns how many reports there are in sps. */
static size_t sentence_speech(truce_coder *c, sinfo *si, size_t s_index, const char *spk, speech sps[8])
{
    const sentence *s = &c->s[s_index];
    size_t sb = s->tok_start, se = s->tok_end, n_sp = 0;
    for (size_t i = sb; i < se && !c->stop; i++) {
        uint32_t l = c->t[i].vlemma;
        if (!l || l >= c->k->heads_cap || !(c->k->head_flags[l] & (VFLAG_SPEECH | VFLAG_SPEECH_SENSE)) || n_sp == 8) {
            continue;
        }
        bool is_sp = false;
        speech sp = {0};
        sentence_head(c, si, s_index, sb, se, i, spk, &sp, &is_sp, !c->opt.literal);
        if (is_sp) {
            sps[n_sp++] = sp;
        }
    }
    for (size_t k2 = 0; k2 < n_sp; k2++) {
        speech_content(c, si, s_index, &sps[k2]);
    }
    return n_sp;
}

/* TABARI's dominant verbs ("ATTEND [031!]"), coding all verbs: one that
 * gives an event gives the sentence's only events. True if one did. */
static bool sentence_dominant(truce_coder *c, sinfo *si, size_t s_index, const char *spk)
{
    const sentence *s = &c->s[s_index];
    size_t sb = s->tok_start, se = s->tok_end, before = c->n_events;
    for (size_t i = sb; i < se && !c->stop; i++) {
        pmatch dm;
        if (!mv_inside(&si->mv, i) && tabari_head_rank(c, si, sb, se, i, &dm) && dm.p->mark == '!') {
            bool is_sp;
            speech dummy;
            sentence_head(c, si, s_index, sb, se, i, spk, &dummy, &is_sp, false);
        }
    }
    return c->n_events > before;
}

/* Is token i a verb of denial whose "that" follows, right after it or
 * after a noun of report or claim ("denied that", "dismissed reports
 * that", "rejected claims that")? The "that", else 0. */
static size_t denied_that(const truce_coder *c, size_t i, size_t se)
{
    static const char *const deny[] = {"deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed",
        "dismissing", "reject", "rejects", "rejected", "rejecting", "refute", "refutes", "refuted", "rebut",
        "rebutted", "rebuts", NULL};
    static const char *const reports[] = {"reports", "report", "claims", "claim", "allegations", "allegation",
        "accusations", "accusation", "charges", "suggestions", "rumors", "rumours", "speculation", NULL};
    if (c->t[i].vform == VF_NONE || !tok_is_one_of(c, i, deny)) {
        return 0;
    }
    size_t q = i + 1;
    while (q < se && q < i + 4 && (tok_is(c, q, c->k->w.the) || tok_has(c, q, WC_MODIFIER))) {
        q++;
    }
    if (q < se && tok_is_one_of(c, q, reports)) {
        q++;
    }
    return q + 1 < se && tok_is(c, q, c->k->w.that) ? q : 0;
}

/* Where does what the allegation verb at a alleges end, when it is a
 * gerund after "of" or "for" ("accused the opposition of plotting a coup
 * and vowed to crack down on it")? A finite past verb after "and" cannot
 * go on the gerund: it is the accuser's own next act, and the claim ends
 * at the "and"; not a participle before its noun ("of killing civilians
 * and wounded soldiers"). e if none (test_senses.c: allegations). */
static size_t gerund_claim_end(const truce_coder *c, size_t a, size_t e)
{
    size_t q = a + 1;
    while (q + 1 < e && !((tok_is(c, q, c->k->w.of) || tok_is(c, q, c->k->w.for_)) && c->t[q + 1].vform == VF_ING)) {
        if (clause_stop(c, q) || tok_has(c, q, WC_BOUNDARY) || q > a + 8) {
            return e;
        }
        q++;
    }
    for (q += 2; q + 2 < e; q++) {
        if (!tok_is(c, q, c->k->w.and_)) {
            continue;
        }
        const token *v = &c->t[q + 1], *n = &c->t[q + 2];
        if (v->vlemma && v->vform == VF_ED && !(v->flags & TF_CAP) &&
            (tok_is(c, q + 2, c->k->w.to) || tok_has(c, q + 2, WC_DETERMINER) || (n->flags & TF_CAP) ||
             tok_adverb(c, q + 2) || is_prep(c, n->id) || tok_is(c, q + 2, c->k->w.that))) {
            return q;
        }
    }
    return e;
}

/* Is token i a noun that says what follows "that" is alleged: "the charge
 * that", "accusations that", "claims that" (not "reports that")? */
static bool allegation_noun(const truce_coder *c, size_t i)
{
    static const char *const nouns[] = {"charge", "charges", "accusation", "accusations", "allegation", "allegations",
        "claim", "claims", "suspicion", "suspicions", "assertion", "assertions", "rumor", "rumors", "rumour",
        "rumours", NULL};
    if (i == 0 || !tok_is_one_of(c, i, nouns)) {
        return false;
    }
    /* a noun here, not the verb ("witnesses claim that"): after a
     * determiner, a possessive, an adjective or the verb it is the object
     * of; not the sum of a clause before it (", a claim that Moscow
     * rejects": a relative) */
    const token *p = &c->t[i - 1];
    if ((tok_is(c, i - 1, c->k->w.a) || tok_is(c, i - 1, c->k->w.an)) && i > 1 && tok_punct(c, i - 2, ',')) {
        return false;
    }
    return c->t[i].vform == VF_NONE || tok_has(c, i - 1, WC_DETERMINER | WC_POSSESSIVE) ||
           (p->kind == TOK_WORD && !(p->flags & TF_CAP) && p->isverb && p->vform != VF_NONE && p->vform != VF_BASE) ||
           participle_lex_mostly(c, i - 1, LEX_MOSTLY_ADJ) || (p->vform == VF_ED && !p->isverb);
}

/* TABARI's weak verbs ("SAID [023?]"), when no other verb of the sentence
 * gave an event: by the same rule, the first that does in each clause
 * ("Mordor was reported ... and an Orc leader said ...": both). */
static void sentence_weak(truce_coder *c, sinfo *si, size_t s_index, const char *spk, const tabari_clauses *tc)
{
    const sentence *s = &c->s[s_index];
    size_t sb = s->tok_start, se = s->tok_end;
    size_t last_weak = SIZE_MAX;
    for (size_t w = 0; w < tc->n_weak && !c->stop; w++) {
        if (last_weak != SIZE_MAX && c->opt.tabari_code_by != 2 &&
            (c->opt.tabari_code_by == 1 || tabari_clause_begin(c, &si->mv, sb, tc->weak[w]) <= last_weak)) {
            continue;
        }
        bool is_sp;
        speech dummy;
        size_t before = c->n_events;
        sentence_head(c, si, s_index, sb, se, tc->weak[w], spk, &dummy, &is_sp, false);
        if (c->n_events > before) {
            last_weak = tc->weak[w];
        }
    }
}

void sentence_code(truce_coder *c, sinfo *si, size_t s_index)
{
    const sentence *s = &c->s[s_index];
    size_t sb = s->tok_start, se = s->tok_end;
    match_sentence_bloom(c, sb, se);
    si->agg_marks = c->opt.literal ? 0 : sentence_aggregate_marks(c, sb, se);
    if (c->opt.tabari && c->opt.flag_codes && (c->opt.complex_verbs || c->opt.complex_conj) &&
        tabari_complex(c, si, sb, se)) {
        return;
    }
    speech sps[8];
    c->n_xf = 0;
    const char *spk = si->quote_speaker[0] ? si->quote_speaker : NULL;
    size_t n_sp = sentence_speech(c, si, s_index, spk, sps);
    size_t sent_events = c->n_events;
    if (c->opt.tabari && c->opt.tabari_code_by == 2 && sentence_dominant(c, si, s_index, spk)) {
        return;
    }
    tabari_clauses tc = {0};
    size_t claim_b = 0, claim_e = 0;   /* the complement of "alleged that", "claimed" */
    for (size_t i = sb; i < se && !c->stop; i++) {
        if (!c->opt.literal && i >= claim_e && tok_has(c, i, WC_ALLEGATION) && c->t[i].vform != VF_NONE &&
            modality_analyse(c, &si->mv, i, sb).verb) {
            /* what is alleged or claimed is no fact: its verbs give no
             * event of their own (test_senses.c: allegations) */
            claim_b = i + 1;
            claim_e = roles_clause_end(c, i + 1 < se && tok_is(c, i + 1, c->k->w.that) ? i + 1 : i, se);
            claim_e = gerund_claim_end(c, i, claim_e);
        }
        size_t dt = !c->opt.literal && i >= claim_e ? denied_that(c, i, se) : 0;
        if (dt) {
            /* "denied that its troops had shelled the town", "dismissed
             * reports that police had killed protesters": what is denied
             * is no fact (test_senses.c: denials) */
            claim_b = dt + 1;
            claim_e = roles_clause_end(c, dt, se);
        }
        if (!c->opt.literal && i >= claim_e && i + 2 < se && tok_is(c, i + 1, c->k->w.that) && allegation_noun(c, i)) {
            /* "repeated its charge that India supports the separatists":
             * what the charge says is alleged too (test_senses.c: allegations) */
            claim_b = i + 2;
            claim_e = roles_clause_end(c, i + 1, se);
        }
        if (i >= claim_b && i < claim_e) {
            const pattern *cvp, *cnp;
            if (match_head_patterns(c, i, &cvp, &cnp)) {
                coder_trace(c, "  \"%.*s\": inside what is alleged or claimed, no event of its own", TOKF(i));
            }
            continue;
        }
        bool in_speech_verb = false;
        for (size_t k2 = 0; k2 < n_sp; k2++) {
            in_speech_verb |= sps[k2].verb == i;
        }
        if (in_speech_verb || xf_done(c, i) || match_governs_transform(c, i)) {
            continue;
        }
        const char *speaker = spk;
        size_t from = sb, lim = se;   /* content events stay inside their content: */
        for (size_t k2 = 0; k2 < n_sp; k2++) {
            if (i >= sps[k2].content_b && i < sps[k2].content_e) {
                speaker = sps[k2].code;
                lim = sps[k2].content_e;
                /* the reporting frame's subject is not the content's when
                 * the content names its own ("Officials say a rebel group
                 * attacked": never the officials); a pronoun there ("they
                 * killed") stands for the speaker (test_speech.c: sayer
                 * and content) */
                for (size_t xm = 0; xm < si->mv.n; xm++) {
                    const mention *m = &si->mv.v[xm];
                    if (m->tok_start >= sps[k2].content_b && m->tok_end <= i && !m->pronoun) {
                        from = sps[k2].content_b;
                        break;
                    }
                }
            }
        }
        const pattern *vp, *np;
        if (!match_head_patterns(c, i, &vp, &np)) {
            continue;
        }
        bool mood = false, in_sp = false;
        for (size_t k2 = 0; k2 < n_sp && !mood; k2++) {
            in_sp |= i >= sps[k2].content_b && i < sps[k2].content_e;
            mood = i >= sps[k2].content_b && i < sps[k2].content_e && others_mood(c, &si->mv, &sps[k2], i);
        }
        if (!in_sp && !mood) {
            speech unnamed = {0};   /* "Jane Roe, an analyst, told VOA that ...": no actor speaks */
            mood = unnamed_speech(c, &si->mv, sb, i, &unnamed) && others_mood(c, &si->mv, &unnamed, i);
        }
        if (mood) {
            coder_trace(c, "  \"%.*s\": another's state of mind as the speaker tells it, no act", TOKF(i));
            continue;
        }
        if (c->opt.tabari && tabari_defer(c, si, &tc, sb, lim, i)) {
            continue;
        }
        bool is_sp;
        speech dummy;
        size_t before = c->n_events;
        c->tab.last_target_end = 0;
        sentence_head(c, si, s_index, c->opt.literal ? sb : from, lim, i, speaker, &dummy, &is_sp, false);
        if (c->opt.tabari && c->n_events > before) {
            /* TABARI codes a clause once: its first verb that gives an
             * event */
            tc.coded_until = se;
            tc.last_coded = i;
        }
    }
    if (c->n_events == sent_events) {
        sentence_weak(c, si, s_index, spk, &tc);
    }
}
