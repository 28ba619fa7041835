/* speech.c — what was said: reported speech.
 *
 * A verb of saying (a pattern flagged as speech in data/verbs.txt) gives
 * its speaker (the subject, or "..., X said") a statement to an addressee
 * ("told X") or about the first other actor of what was said; the content
 * is then read for what the speaker does by saying it: praise of a third
 * party's good deed ("the peacekeepers prevented violence"), a demand ("Y
 * must return ..."), or a dictionary's transformation ("X says Y attacked
 * Z": X accuses Y). Events inside the content that stand on their own are
 * coded by the sentence's other heads, with the speaker standing for "I"
 * and "we".
 */
#include "coder.h"
#include "clause.h"
#include "speech.h"

#include <stdio.h>


/* Where the clause of the verb at i starts inside reported content that
 * starts at b: after the last "that" before it ("I want to note that the
 * peacekeepers prevented ..."), else at b. */
size_t speech_after_that(const truce_coder *c, size_t b, size_t i)
{
    for (size_t q = i; q > b + 1; q--) {
        if (tok_is(c, q - 1, c->k->w.that)) {
            return q;
        }
    }
    return b;
}

/* speech_sense_at (coder.h): the pattern's words after the head, one
 * after another, no gap nor actor (test_speech.c: senses of saying). */
bool speech_sense_at(const truce_coder *c, size_t q)
{
    const kb *k = c->k;
    uint32_t l = c->t[q].vlemma;
    if (!l || l >= k->heads_cap || !(k->head_flags[l] & VFLAG_SPEECH_SENSE) || c->t[q].vform == VF_NONE) {
        return false;
    }
    for (const pattern *p = k->vheads[l]; p; p = p->next) {
        if (!(p->flags & VFLAG_SPEECH) || p->n_pre || !p->n_post) {
            continue;
        }
        size_t r = q + 1;
        bool ok = true;
        for (size_t j = 0; j < p->n_post && ok; j++, r++) {
            const pat_elem *e = &p->post[j];
            ok = e->kind == PE_WORD && !e->alt_lens && r < c->nt;
            bool any = false;
            for (size_t a = 0; ok && a < e->n_alts; a++) {
                any |= c->t[r].id == e->alts[a] || c->t[r].vlemma == e->alts[a];
            }
            ok = ok && any;
        }
        if (ok) {
            return true;
        }
    }
    return false;
}

/* Is code a state's: a country, its government, forces, police,
 * intelligence, legislature or courts (not its media, opposition, rebels
 * or people)? */
static bool state_code(const char *code)
{
    static const char *const state[] = {"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD", NULL};
    if (!actor_is_country(code)) {
        return false;
    }
    for (const char *const *w = state; *w; w++) {
        if (strncmp(code + 3, *w, 3) == 0 && (!**w || strlen(code) == 6)) {
            return true;
        }
    }
    return false;
}

/* Where the speaker spoke: its own clause, not what it reports ("X said
 * in Beijing that ...", "..., X told reporters in Kabul"), for the place
 * of the events a statement gives. */
static void speaker_clause(const truce_coder *c, const speech *sp, const mvec *mv, evctx *x)
{
    const sentence *s = &c->s[sp->sent];
    size_t cb, ce;
    if (sp->content_b > sp->verb) {
        cb = roles_clause_begin(c, s->tok_start, sp->verb);
        ce = sp->content_b;
        /* "said in Beijing on Monday that": the phrases before "that" are
         * the saying's */
        for (size_t q = ce; q < sp->content_e && q < sp->verb + 10; q++) {
            if (tok_is(c, q, c->k->w.that)) {
                ce = q;
                break;
            }
            if (c->t[q].kind == TOK_PUNCT && !tok_punct(c, q, ',')) {
                break;
            }
        }
    } else {
        cb = sp->content_e;
        ce = roles_clause_end(c, sp->verb, s->tok_end);
    }
    if (ce > cb && sp->verb >= cb && sp->verb < ce) {
        x->cb = (uint32_t)cb;
        x->ce = (uint32_t)ce;
        x->head = (uint32_t)sp->verb;
        x->loc = place_in_clause(c, mv, cb, ce);
    }
}

/* Is m the speaker or its side: "I", "we", a pronoun resolved to the
 * speaker, the speaker's own code, or its country ("Indian officials said
 * New Delhi would ...")? */
static bool same_side(const speech *sp, const mention *m)
{
    if (m->pronoun && m->first_person) {
        return true;
    }
    if (!m->code[0] || !sp->code[0]) {
        return false;
    }
    return strcmp(m->code, sp->code) == 0 ||
           (state_code(m->code) && state_code(sp->code) && strncmp(m->code, sp->code, 3) == 0);
}

/* Does what is said follow the verb of saying at i ("said that ...",
 * 'said "...', "said Berisha was ...")? Then a comma before its speaker
 * ends a fronted phrase ("In announcing the sanctions, X said Y was
 * ..."), not a quotation (test_speech.c: fronted phrases); "..., officials
 * told Reuters." says nothing after it. */
static bool content_follows(const truce_coder *c, const mvec *mv, size_t i, size_t se)
{
    if (i + 1 >= se) {
        return false;
    }
    size_t th = i + 1;   /* "said Wednesday that", "said on Friday that", "said today that" */
    while (th < se && th < i + 4 &&
           (tok_adverb(c, th) || (tok_has(c, th, WC_DATE_WORD) && ((c->t[th].flags & TF_CAP) ||
                                                                    tok_is(c, th, c->k->w.yesterday) ||
                                                                    tok_is(c, th, c->k->w.today))) ||
            (tok_is(c, th, c->k->w.on) && th + 1 < se && tok_has(c, th + 1, WC_DATE_WORD)))) {
        th++;
    }
    if (tok_is(c, th, c->k->w.that) || (c->t[i + 1].flags & TF_QUOTE_OPEN)) {
        return true;
    }
    size_t at = th;   /* "said on Wednesday it had killed ..." */
    if (tok_is_word(c, at, "neither") || tok_is_word(c, at, "either") || tok_is_word(c, at, "both")) {
        at++;   /* "said neither Trump nor Kim has ..." */
    }
    const mention *m = mv_at2(mv, at, false, true);
    if (m && at > th) {
        mlist g = mv_group(mv, mv_index(mv, m));
        m = &g.v[g.n - 1];
    }
    for (size_t q = m ? m->tok_end : se; q < se && q < m->tok_end + 3; q++) {
        if (c->t[q].kind == TOK_PUNCT && !is_quote_tok(c, q)) {
            break;
        }
        if (c->t[q].isverb && c->t[q].vform != VF_NONE && !(c->t[q].flags & TF_CAP)) {
            return true;   /* "said Berisha was ..." */
        }
    }
    return false;
}

/* Is the verb of saying at i only possible, expected, attempted or to
 * come in its own group ("is likely to respond", "could say", "is expected
 * to announce", "will try to speak to", "tried to call", "will tell"):
 * nothing said yet (test_speech.c: sayings not yet said)? */
static bool unsaid(const truce_coder *c, size_t sb, size_t i)
{
    static const char *const future[] = {"will", "shall", "'ll", NULL};
    for (size_t q = i; q > sb && q + 5 > i; q--) {
        size_t u = q - 1;
        if (tok_has(c, u, WC_POSSIBILITY | WC_SCHEDULE) || tok_is_one_of(c, u, future) ||
            (tok_has(c, u, WC_ATTEMPT | WC_INTENT) && tok_is(c, u + 1, c->k->w.to))) {
            return true;
        }
        if (!(tok_is(c, u, c->k->w.to) || is_aux(c, u) || tok_adverb(c, u))) {
            return false;
        }
    }
    return false;
}

/* "to protest a UN report which rejected ...": a verb of saying in its
 * base form after an actor after "a" or "an" is a noun (a singular
 * subject would take "reports") (test_speech.c: nouns of saying). */
static bool indefinite_noun(const truce_coder *c, const mvec *mv, size_t i)
{
    const mention *m = i > 0 ? mv_ending_at(mv, i - 1) : NULL;
    size_t d = m ? m->tok_start : i;
    return c->t[i].vform == VF_BASE && m && d > 0 && (tok_is_word(c, d - 1, "a") || tok_is_word(c, d - 1, "an"));
}

bool speech_head(truce_coder *c, const sinfo *si, const head_ctx *h, speech *sp_out)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, sb = h->sb, se = h->se, cb = h->cb, si_index = h->s_index;
    const pattern *p = h->p;
    /* speaker: subject before, or inverted after ("says X") */
    const mention *spk = roles_subject(c, mv, cb, i);
    size_t content_b = sb, content_e = sb;
    /* "..., X said" reports what came before; not "X, minister of the
     * environment, told Parliament that ...", whose content follows the
     * addressee */
    bool final = i > sb && (tok_punct(c, i - 1, ',') || is_quote_tok(c, i - 1)) &&
                 !roles_apposition_before(c, mv, sb, i) && !speech_told_that(c, mv, i, se);
    bool trails = false;   /* "X met Y, saying ...": X says what follows (trailing.c) */
    const mention *tspk = c->t[i].vform == VF_ING ? trailing_speaker(c, mv, sb, i, &trails) : NULL;
    if (trails) {
        spk = tspk;
        final = false;
    }
    if (!final && spk && !trails && !content_follows(c, mv, i, se)) {
        /* "..., X said": the comma/quote before the speaker */
        size_t q = spk->tok_start;
        while (q > sb && mv->v[mv_index(mv, spk)].group == spk->group && q > sb &&
               !(tok_punct(c, q - 1, ',') || is_quote_tok(c, q - 1))) {
            if (q - 1 < sb) {
                break;
            }
            if (c->t[q - 1].kind == TOK_WORD && !tok_has(c, q - 1, WC_MODIFIER) &&
                !tok_has(c, q - 1, WC_DETERMINER) && !(c->t[q - 1].flags & TF_CAP) &&
                !tok_is(c, q - 1, k->w.s)) {
                break;
            }
            q--;
        }
        if (q > sb && (tok_punct(c, q - 1, ',') || is_quote_tok(c, q - 1)) && roles_is_clause(c, mv, sb, q - 1)) {
            final = true;
            content_e = q - 1;
        }
    } else if (final) {
        content_e = i - 1;
        /* inverted subject after the verb */
        spk = roles_inverted_speaker(c, mv, i);
    }
    if (!final) {
        content_b = i + 1;
        content_e = se;
        if (tok_is(c, content_b, k->w.that)) {
            content_b++;
        }
        content_e = speech_coordinate_end(c, content_b, se);
        if (content_b < se && (c->t[content_b].flags & TF_QUOTE_OPEN)) {
            /* 'says that "We respect ...," and here, ...': what is said
             * ends with its quotation (test_speech.c: quoted content) */
            for (size_t q = content_b + 1; q < se; q++) {
                if (c->t[q].flags & TF_QUOTE_CLOSE) {
                    content_e = q + 1;
                    break;
                }
            }
        }
    }
    if (final) {
        while (content_e > sb && (tok_punct(c, content_e - 1, ',') || is_quote_tok(c, content_e - 1))) {
            content_e--;
        }
    }
    const mention *co = final ? NULL : speech_coordinate_speaker(c, mv, sb, se, i);
    spk = co ? co : spk;   /* "said Y was ... and warned that": the first verb's speaker warns */
    if (!spk || h->v.negated || unsaid(c, sb, i) || indefinite_noun(c, mv, i)) {
        return false;
    }
    spk = roles_speaker(c, spk);   /* a role's, a commentator's code */
    sp_out->sent = si_index;
    sp_out->content_b = content_b;
    sp_out->content_e = content_e;
    sp_out->speaker = spk;
    memcpy(sp_out->code, spk->code, 16);
    if (!sp_out->code[0] && spk->sector[0] && !spk->pronoun) {
        /* "Communist rebels said they will release ...": a speaker
         * of unknown country still stands for "they" */
        snprintf(sp_out->code, sizeof sp_out->code, "---%s", spk->sector);
    }
    sp_out->verb = i;
    sp_out->p = p;
    memcpy(c->last_speaker, spk->code, 16);
    /* the addressee: "told X", "with X" right after the verb */
    const mention *to = NULL;
    size_t tb = i + 1, te = final ? roles_clause_end(c, i, se) : content_b;
    if (final) {
        tb = spk->tok_end > i ? spk->tok_end : i + 1;
        for (size_t q = tb; q < te; q++) {
            if (tok_punct(c, q, ',')) {
                te = q;
                break;
            }
        }
    }
    for (size_t xm = 0; xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        if (m->tok_start >= tb && m->tok_start < te && m->code[0] && m != spk &&
            strcmp(m->code, spk->code) != 0 && strncmp(m->code, spk->code, 3) != 0) {
            /* "..., X said after a meeting with Y": Y is in a time phrase,
             * not told (test_speech.c: time phrases) */
            to = clause_in_event_adjunct(c, m, tb) ? NULL : m;
            break;
        }
    }
    for (size_t xm = 0; to && xm < mv->n; xm++) {
        /* the addressee is the first one told: "told reporters during a
         * news conference with X" was told to reporters, not to X
         * (test_speech.c, "addressee") */
        const mention *m = &mv->v[xm];
        if (m->tok_start >= tb && m->tok_start < to->tok_start && m != spk && !m->code[0] && !m->pronoun &&
            (m->sector[0] || m->unknown)) {
            to = NULL;
        }
    }
    mention own;   /* "told Parliament that": the speaker's own legislature */
    if (!to && !c->opt.literal) {
        to = speech_own_legislature(c, mv, sp_out->code, i, se, &own);
    }
    if (to) {
        evctx sx = h->x;
        sx.speaker = NULL;
        dates_event(c, si, i, &sx, content_b, content_e, false);
        size_t a = spk->tok_start < i ? spk->tok_start : i;
        size_t bnd = to->tok_end - 1 > i ? to->tok_end - 1 : i;
        emit_pairs(c, &sx, (mlist){spk, 1}, to == &own ? (mlist){to, 1} : mv_group(mv, mv_index(mv, to)), p->code, a,
                   bnd, p);
        sp_out->speaker = spk;
        sp_out->code[15] = 0;
        sp_out->content_e = sp_out->content_e;   /* unchanged */
        sp_out->p = NULL;   /* statement already emitted */
    }
    return true;
    return true;
}

/* "X said the peacekeepers prevented violence": X praises the doer of a
 * good deed (an endorse verb) it reports. */
static bool speech_praise(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    bool praised = false;
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        uint32_t l = c->t[i].vlemma;
        if (!l || l >= k->heads_cap || !(k->head_flags[l] & VFLAG_ENDORSE)) {
            continue;
        }
        const pattern *vp = k->vheads[l];
        vinfo v = modality_analyse(c, mv, i, sp->content_b);
        /* a deed, not a promise, a condition or a demand ("is willing to
         * help", "must help"): those are coded as the act's own events */
        if (!v.verb || v.negated || v.intent || v.threat || v.hypothetical || v.obligation || v.refusal ||
            v.planned || v.possible || v.status) {
            continue;
        }
        /* "I want to note that the peacekeepers prevented ...": the deed's
         * subject is in the clause after the last "that" */
        size_t from = speech_after_that(c, sp->content_b, i);
        size_t g = i;
        while (g > from && (is_aux(c, g - 1) || tok_adverb(c, g - 1))) {
            g--;
        }
        if (g > from && tok_is(c, g - 1, k->w.which)) {
            continue;   /* "arms transfers, which are helping drive the war": a thing's deed, no one praised */
        }
        if (g > from && tok_is(c, g - 1, k->w.to)) {
            continue;   /* "deployed to protect civilians", "in the interest of both to ensure": a purpose, no deed */
        }
        const mention *subj = roles_subject(c, mv, from, i);
        if (!subj || !subj->code[0] || strcmp(subj->code, sp->code) == 0) {
            continue;
        }
        if (subj->pronoun) {
            continue;
        }
        const pattern *p = vp;
        while (p && !(p->flags & VFLAG_ENDORSE)) {
            p = p->next;
        }
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv, DP_DAY, false};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        speaker_clause(c, sp, mv, &x);
        size_t a = sp->speaker->tok_start < subj->tok_start ? sp->speaker->tok_start : subj->tok_start;
        size_t b = sp->speaker->tok_end - 1 > i ? sp->speaker->tok_end - 1 : i;
        if (sp->verb > b) {
            b = sp->verb;
        }
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, mv_group(mv, mv_index(mv, subj)), "051", a, b, p);
        praised = true;
    }
    return praised;
}

/* "The Taliban claimed that they had attacked the school": a claim of
 * one's own act of force is a claim of responsibility (015) for it, aimed
 * at the act's target; the act itself, only claimed, is no event
 * (sentence.c). True if there is one (test_senses.c: claims). */
static bool speech_claim(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const mvec *mv = &si->mv;
    if (!tok_has(c, sp->verb, WC_ALLEGATION)) {
        return false;
    }
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        const pattern *vp, *np;
        pmatch pm;
        if (!c->t[i].vlemma || !match_head_patterns(c, i, &vp, &np) || !vp) {
            continue;
        }
        vinfo v = modality_analyse(c, mv, i, sp->content_b);
        size_t ce = roles_clause_end(c, i, sp->content_e);
        if (!v.verb || v.negated || v.possible || v.planned || v.hypothetical ||
            match_best(c, mv, vp, i, sp->content_b, ce, &pm) < 0 || code_root(pm.p->code) < 18 ||
            pm.p->code[0] == '-') {
            continue;
        }
        const mention *subj = roles_subject(c, mv, sp->content_b, i);
        if (!subj || !(subj->pronoun || strcmp(subj->code, sp->code) == 0)) {
            continue;
        }
        const mention *obj = pm.tgt ? pm.tgt : roles_object(c, mv, i, ce, false);
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv, DP_DAY, false};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        speaker_clause(c, sp, mv, &x);
        x.rule = "X claimed it did Y (claim of responsibility)";
        size_t a = sp->speaker->tok_start < sp->verb ? sp->speaker->tok_start : sp->verb;
        size_t b = obj && obj->tok_end - 1 > i ? obj->tok_end - 1 : i;
        coder_trace(c, "  \"%.*s\": the speaker claims its own act [015]", TOKF(i));
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, obj && obj->code[0] ? mv_group(mv, mv_index(mv, obj)) : (mlist){0},
                   "015", a, b, NULL);
        return true;
    }
    return false;
}

/* "X said Y must Z" where Z has no pattern of its own: X demands
 * something of Y (CAMEO 100; the act's own demand code where it has one). */
/* "It is time for Iran to ...", "Now is not the time for the Council
 * to ...": the speaker asks the actor after "for" to act, or not to (a
 * demand). Sets *subj, *vtok (the verb after "to") and *neg (the time is
 * denied: the act itself is not what is asked); false when token i does
 * not begin the construction (test_speech.c: demands). */
static bool time_for(const truce_coder *c, const mvec *mv, const speech *sp, size_t i, const mention **subj,
                     size_t *vtok, bool *neg)
{
    if (!tok_is_word(c, i, "time") || i + 2 >= sp->content_e || !tok_is_word(c, i + 1, "for")) {
        return false;
    }
    /* "is time", "is the time", "is high time", "is not the time" */
    size_t q = i;
    *neg = false;
    while (q > sp->content_b && q + 4 > i && !is_be(c, q - 1)) {
        /* "not", never "no": "there was no time for Y to" is no demand */
        bool is_not = tok_is_word(c, q - 1, "not") || tok_is_word(c, q - 1, "n't");
        if (!tok_is(c, q - 1, c->k->w.the) && !is_not && !tok_is_word(c, q - 1, "high")) {
            return false;
        }
        *neg |= is_not;
        q--;
    }
    if (q == sp->content_b || !is_be(c, q - 1)) {
        return false;
    }
    for (size_t xm = 0; xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        if (m->tok_start == i + 2 ||
            (m->tok_start == i + 3 && tok_is(c, i + 2, c->k->w.the))) {
            if (m->tok_end + 1 < sp->content_e && tok_is(c, m->tok_end, c->k->w.to) && c->t[m->tok_end + 1].vlemma) {
                *subj = m;
                *vtok = m->tok_end + 1;
                return true;
            }
        }
    }
    return false;
}

static const mention *addressee(const truce_coder *c, const speech *sp, const mvec *mv);

/* "told Iran that it must comply", "reminded Kenya that they should",
 * "issued a reminder to Iraq that it must": the pronoun subject of what
 * is demanded, right after "that", stands for the one told, not the
 * speaker (test_speech.c: demands). */
static const mention *demanded_of(const truce_coder *c, const speech *sp, const mvec *mv, const mention *subj)
{
    size_t at = subj->tok_start;   /* "that" before it, the one told before that */
    if (!subj->pronoun || !(tok_is_word(c, at, "it") || tok_is_word(c, at, "they")) || at == 0 ||
        !tok_is(c, at - 1, c->k->w.that)) {
        return subj;
    }
    const mention *m = addressee(c, sp, mv);
    if (!m && at >= 3) {
        /* "issued a stern reminder to Iraq that it must": the one it went to */
        m = mv_ending_at(mv, at - 2);
        m = m && m->tok_start > 0 && tok_is(c, m->tok_start - 1, c->k->w.to) && !m->pronoun && m->code[0] &&
                    strcmp(m->code, sp->code) != 0 && m->tok_start > sp->verb
                ? m : NULL;
    }
    return m && m->tok_end + 1 == at ? m : subj;
}

static bool speech_demand(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    bool praised = false;
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        const mention *subj = NULL;
        size_t vtok = i + 1;
        bool neg = false, timed = time_for(c, mv, sp, i, &subj, &vtok, &neg);
        if (timed) {
            /* "not the time for Y to V": asked not to; what is asked is no
             * act of V's own (100) */
        } else if (!tok_has(c, i, WC_OBLIGATION) || !tok_has(c, i, WC_MODAL)) {
            continue;
        } else {
            while (vtok < sp->content_e && tok_has(c, vtok, WC_ADVERB)) {
                neg |= tok_has(c, vtok, WC_NEGATION);
                vtok++;
            }
            if (neg) {
                continue;   /* "should not be politicized": not a demand to act */
            }
            if (vtok >= sp->content_e || tok_has(c, vtok, WC_NEGATION)) {
                continue;
            }
            if (is_be(c, vtok) && vtok + 1 < sp->content_e &&
                (tok_has(c, vtok + 1, WC_DETERMINER) || is_prep(c, c->t[vtok + 1].id) ||
                 tok_is_word(c, vtok + 1, "under") || tok_is_word(c, vtok + 1, "outside"))) {
                /* "Astana should be the venue", "all Syria should be under
                 * state authority": what Y should be, no act asked of it
                 * (test_speech.c: demands) */
                continue;
            }
            subj = roles_subject(c, mv, sp->content_b, i);
            subj = subj ? demanded_of(c, sp, mv, subj) : NULL;
        }
        if (!subj || !subj->code[0] || subj->pronoun || strcmp(subj->code, sp->code) == 0) {
            continue;
        }
        /* what is demanded: the verb's own pattern, as a demand (10x) */
        char dcode[8] = "100";
        const pattern *vp2, *np2, *dp = NULL;
        pmatch pm;
        if (!neg && match_head_patterns(c, vtok, &vp2, &np2) && vp2 &&
            match_best(c, mv, vp2, vtok, sp->content_b, roles_clause_end(c, vtok, sp->content_e), &pm) >= 0 &&
            !(pm.p->flags & (VFLAG_SPEECH | VFLAG_ENDORSE)) && pm.p->code[0] != '-') {
            modality_code(k, pm.p->code, MODE_DEMAND, dcode);
            if (!dcode[0]) {
                snprintf(dcode, sizeof dcode, "100");
            }
            dp = pm.p;
        }
        static const char *const lauded[] = {"commended", "praised", "applauded", "lauded", "congratulated",
            "thanked", "credited", "saluted", NULL};
        bool praise = !timed && vtok + 1 < sp->content_e && is_be(c, vtok) && tok_is_one_of(c, vtok + 1, lauded);
        if (praise) {
            snprintf(dcode, sizeof dcode, "051");   /* "Y should be commended for": praise, no demand */
            dp = NULL;
        } else if (!timed && strlen(subj->code) == 3 && strncmp(subj->code, sp->code, 3) == 0 &&
                   (!strcmp(sp->code + 3, "GOV") || !strcmp(sp->code + 3, "LEG"))) {
            /* "a British MP said the UK must be ready to ...": what an office holder says his own
             * country should do is urged, an appeal (020), no demand (test_speech.c: demands) */
            snprintf(dcode, sizeof dcode, "020");
        }
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv, DP_DAY, false};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        speaker_clause(c, sp, mv, &x);
        size_t a = sp->speaker->tok_start < subj->tok_start ? sp->speaker->tok_start : subj->tok_start;
        size_t b = vtok > sp->verb ? vtok : sp->verb;
        if (sp->speaker->tok_end - 1 > b) {
            b = sp->speaker->tok_end - 1;
        }
        coder_trace(c, "  \"%.*s\": the speaker demands it of the subject [%s]", TOKF(i), dcode);
        x.rule = praise  ? "X said Y should be commended (praise)"
                 : timed ? "X said it is (not) time for Y to act (demand)"
                         : "X said Y must/should act (demand)";
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, mv_group(mv, mv_index(mv, subj)), dcode, a, b, dp);
        praised = true;   /* the demand is the statement */
    }
    return praised;
}

/* "The official added that sanctions could follow if Ankara activated
 * the system", "If Canada does not drop its tariffs, I will raise mine,"
 * Trump said: a conflictual act the speaker's side could or will take if
 * another acts (or fails to) is the speaker's threat (13x) to that other,
 * the actor of the condition; the act itself is no event (test_speech.c:
 * conditional threats). */
static bool speech_condition(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t h = SIZE_MAX;
    for (size_t q = sp->content_b; q < sp->content_e && h == SIZE_MAX; q++) {
        if (tok_has(c, q, WC_HYPOTHETICAL) && !tok_is(c, q, k->w.whether)) {
            h = q;
        }
    }
    if (h == SIZE_MAX) {
        return false;
    }
    /* the condition: from the "if" to its comma (a condition first) or to
     * the end of what is said; the consequence: the rest */
    size_t cond_e = sp->content_e, cons_b = sp->content_b, cons_e = h;
    bool first = true;
    for (size_t q = sp->content_b; q < h; q++) {
        first &= c->t[q].kind == TOK_PUNCT || is_quote_tok(c, q);
    }
    if (first) {
        /* the comma after the condition's verb: "If other egregious, long
         * time Tariffs are not dropped by Canada, I will ..." (a comma of
         * its subject's adjectives is not its end; test_speech.c:
         * conditional threats) */
        size_t first_comma = SIZE_MAX;
        bool verb = false;
        for (size_t q = h + 1; q < sp->content_e; q++) {
            verb |= (c->t[q].isverb && c->t[q].vform != VF_NONE && !(c->t[q].flags & TF_CAP)) || is_be(c, q) ||
                    is_aux(c, q);
            if (tok_punct(c, q, ',') && first_comma == SIZE_MAX) {
                first_comma = q;
            }
            if (tok_punct(c, q, ',') && verb) {
                cond_e = q;
                break;
            }
        }
        if (cond_e == sp->content_e) {
            cond_e = first_comma == SIZE_MAX ? sp->content_e : first_comma;
        }
        if (cond_e == sp->content_e) {
            return false;
        }
        cons_b = cond_e + 1;
        cons_e = sp->content_e;
    }
    const mention *other = NULL;
    for (size_t xm = 0; xm < mv->n && !other; xm++) {
        const mention *m = &mv->v[xm];
        if (m->tok_start > h && m->tok_end <= cond_e && m->code[0] && !m->pronoun && !same_side(sp, m)) {
            other = m;
        }
    }
    bool modal = false;
    for (size_t q = cons_b; q < cons_e; q++) {
        modal |= tok_has(c, q, WC_MODAL | WC_POSSIBILITY | WC_THREAT);
    }
    if (!other || !modal) {
        return false;
    }
    /* "if the Taliban are sincere, then they must stop killing": what the
     * other must do is asked of it, no threat (not "we must strike back") */
    size_t q = cons_b;
    while (q < cons_e && (c->t[q].kind == TOK_PUNCT || tok_is_word(c, q, "then"))) {
        q++;
    }
    if (q + 1 < cons_e && (tok_is_word(c, q, "they") || tok_is_word(c, q, "he") || tok_is_word(c, q, "she") ||
                           tok_is_word(c, q, "it")) &&
        tok_has(c, q + 1, WC_OBLIGATION)) {
        return false;
    }
    for (size_t i = cons_b; i < cons_e; i++) {
        const pattern *vp, *np;
        pmatch pm;
        if (!match_head_patterns(c, i, &vp, &np)) {
            continue;
        }
        vinfo v = modality_analyse(c, mv, i, cons_b);
        const pattern *list = v.verb ? vp : np;
        if (!v.verb && vp && i + 1 < cons_e && tok_has(c, i + 1, WC_MODAL)) {
            list = vp;   /* "sanctions could follow": the act's noun, subject of the modal, stands for it */
        }
        size_t ce = roles_clause_end(c, i, cons_e);
        if (!list || v.negated || match_best(c, mv, list, i, cons_b, ce, &pm) < 0 || pm.p->code[0] == '-' ||
            (pm.p->flags & (VFLAG_SPEECH | VFLAG_ENDORSE)) || code_root(pm.p->code) < 13) {
            continue;
        }
        /* the act is the speaker's side's, or no one's ("sanctions could
         * follow"), not a third party's */
        const mention *subj = roles_subject(c, mv, cons_b, i);
        if (subj && !subj->pronoun && !same_side(sp, subj)) {
            continue;
        }

        char code[8];
        modality_code(k, pm.p->code, MODE_THREAT, code);
        if (!code[0]) {
            continue;
        }
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv, DP_DAY, false};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        speaker_clause(c, sp, mv, &x);
        x.rule = "X said it would act if Y did (conditional threat)";
        coder_trace(c, "  \"%.*s\": the speaker's side would act if another did: a threat [%s]", TOKF(i), code);
        size_t a = sp->speaker->tok_start < sp->content_b ? sp->speaker->tok_start : sp->content_b;
        size_t b = sp->content_e > sp->speaker->tok_end ? sp->content_e - 1 : sp->speaker->tok_end - 1;
        if (sp->verb > b) {
            b = sp->verb;
        }
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, mv_group(mv, mv_index(mv, other)), code, a, b, NULL);
        if (c->n_xf < 8) {
            c->xf_tok[c->n_xf++] = i;   /* the threatened act is the threat's, no event of its own */
        }
        return true;
    }
    return false;
}

/* The dictionary's transformations of what is said ("~ a (b . ATTACK)
 * SAY = a b 112": X says Y attacked: X accuses Y). */
static bool speech_transforms(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    bool praised = false;
    for (const transform *t = k->transforms; t; t = t->next) {
        if (t->verb1 != c->t[sp->verb].vlemma || t->b == '_') {
            continue;
        }
        for (size_t i = sp->content_b; i < sp->content_e && c->n_xf < 8; i++) {
            uint32_t l = c->t[i].vlemma;
            const pattern *vp, *np;
            if (!l || (t->verb2 && l != t->verb2) || xf_done(c, i) || !match_head_patterns(c, i, &vp, &np) ||
                !vp) {
                continue;
            }
            size_t ce = roles_clause_end(c, i, sp->content_e);
            pmatch pm;
            int w = match_best(c, mv, vp, i, sp->content_b, ce, &pm);
            if (w < 0 && l < k->heads_cap && k->vheads[l] && k->vheads[l] != vp) {
                w = match_best(c, mv, k->vheads[l], i, sp->content_b, ce, &pm);   /* the lemma's */
            }
            if (w < 0 || pm.p->code[0] == '-' || (pm.p->flags & (VFLAG_SPEECH | VFLAG_ENDORSE))) {
                continue;
            }
            size_t from = speech_after_that(c, sp->content_b, i);
            /* a deed said to be done: not a word used as a noun, not a
             * promise, a threat, a condition or a denial (those keep
             * their own codes) */
            vinfo vi = modality_analyse(c, mv, i, from);
            if (!vi.verb || (!c->opt.literal && (vi.negated || vi.intent || vi.threat || vi.hypothetical ||
                                                 vi.obligation || vi.refusal || vi.planned || vi.possible ||
                                                 vi.status))) {
                continue;
            }
            const mention *subj = roles_subject(c, mv, from, i), *obj = roles_object(c, mv, i, ce, false);
            for (size_t xm = 0; xm < mv->n; xm++) {
                /* "it", "we" in what X says stand for X */
                const mention *m = &mv->v[xm];
                if (m->pronoun && m->tok_start >= from && m->tok_end <= i &&
                    (!subj || m->tok_start > subj->tok_start)) {
                    subj = m;
                }
            }
            if (subj && (subj->pronoun || !subj->code[0])) {
                subj = subj->pronoun ? sp->speaker : NULL;
            }
            if (obj && !obj->code[0]) {
                obj = NULL;
            }
            const mention *bound[3] = {sp->speaker, NULL, NULL};   /* a, b, c */
            const mention *got[2] = {subj, obj};
            const char want[2] = {t->b, t->c};
            bool ok = true;
            for (int v = 0; v < 2 && ok; v++) {
                if (want[v] == '_') {
                    ok = !got[v];
                } else if (want[v] != '.') {
                    ok = got[v] != NULL;
                    /* a variable met again is the same actor */
                    if (ok && want[v] == t->a) {
                        ok = strcmp(got[v]->code, sp->speaker->code) == 0;
                    } else if (ok && v == 1 && want[1] == t->b && subj) {
                        ok = strcmp(got[1]->code, subj->code) == 0;
                    }
                    bound[v + 1] = got[v];
                }
            }
            if (!ok) {
                continue;
            }
            const mention *xm = t->x == t->a ? bound[0] : t->x == t->b ? bound[1] : bound[2];
            const mention *ym = t->y == t->a ? bound[0] : t->y == t->b ? bound[1] : bound[2];
            if (!xm || !ym) {
                continue;
            }
            char rule[200];
            snprintf(rule, sizeof rule, "%s:%u: %s", t->file, t->line, t->text);
            coder_trace(c, "  \"%.*s\": transformation %s", TOKF(i), rule);
            evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv, DP_DAY, false};
            dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
            speaker_clause(c, sp, mv, &x);
            x.rule = rule;
            size_t a = sp->speaker->tok_start < sp->verb ? sp->speaker->tok_start : sp->verb;
            size_t b = i > sp->speaker->tok_end - 1 ? i : sp->speaker->tok_end - 1;
            if (obj && obj->tok_end - 1 > b) {
                b = obj->tok_end - 1;
            }
            emit_pairs(c, &x, (mlist){xm, 1}, (mlist){ym, 1}, t->code[0] ? t->code : pm.p->code, a, b, NULL);
            c->xf_tok[c->n_xf++] = i;
            praised = true;   /* the transformation is the statement */
        }
    }
    return praised;
}

/* Is the verb at token i, inside what sp reports, an act of the speaker's
 * own side ("said it was ready to support", "said he would urge") with a
 * pattern of its own? Its verb group into *v and its best pattern into *pm
 * (own_act, own_appeal). */
static bool own_side_verb(const truce_coder *c, const sinfo *si, const speech *sp, size_t i, vinfo *v, pmatch *pm)
{
    const mvec *mv = &si->mv;
    const pattern *vp, *np;
    if (!c->t[i].vlemma || !match_head_patterns(c, i, &vp, &np) || !vp) {
        return false;
    }
    size_t from = speech_after_that(c, sp->content_b, i);
    const mention *subj = roles_subject(c, mv, from, i);
    if (!subj || !same_side(sp, subj)) {
        return false;
    }
    *v = modality_analyse(c, mv, i, sp->content_b);
    return v->verb && match_best(c, mv, vp, i, from, roles_clause_end(c, i, sp->content_e), pm) >= 0 &&
           !(pm->p->flags & VFLAG_SPEECH);
}

/* Does the speaker announce an act of its own ("said it was ready to
 * support Kenya", "said we will meet them")? Its act is coded as the
 * sentence's event; a plain statement beside it says nothing more
 * (test_senses.c: announcements). */
static bool own_act(const truce_coder *c, const sinfo *si, const speech *sp)
{
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        vinfo v;
        pmatch pm;
        char code[8];
        if (own_side_verb(c, si, sp, i, &v, &pm) && !v.hypothetical && pm.p->code[0] != '-' &&
            !((pm.p->flags & VFLAG_ENDORSE) && !v.announced) && modality_apply(c->k, &v, pm.p->code, code)) {
            return true;   /* its own act, which gives an event of its own */
        }
    }
    return false;
}

/* Does the speaker say its side will appeal to another ("said he would
 * urge the Commission to reconsider", "said it will ask Russia to veto")?
 * The appeal it announces is its pattern (02x), coded in place of the
 * plain statement; the appeal's token in *at. Not a wish, a possibility,
 * a condition or another's forecast (test_speech.c: announced appeals). */
static const pattern *own_appeal(const truce_coder *c, const sinfo *si, const speech *sp, size_t *at)
{
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        vinfo v;
        pmatch pm;
        if (own_side_verb(c, si, sp, i, &v, &pm) && v.intent && !v.negated && !v.hypothetical && !v.possible &&
            !v.conditioned && !v.forecast && !v.desire && !v.refusal && strncmp(pm.p->code, "02", 2) == 0) {
            *at = i;
            return pm.p;
        }
    }
    return NULL;
}

/* Whom the speaker tells what it says ("told the Botswana parliament
 * that ...", "..., he told the Security Council"): the actor right after
 * the verb of saying, when what is said names no one. Not the speaker
 * itself, nor the media it speaks through ("told Reuters") (test_speech.c:
 * addressees). */
static const mention *addressee(const truce_coder *c, const speech *sp, const mvec *mv)
{
    static const char *const tells[] = {"told", "tells", "tell", "telling", "reminded", "reminds", "remind",
        "reminding", NULL};
    size_t q = sp->verb + 1;
    if (!tok_is_one_of(c, sp->verb, tells)) {
        return NULL;
    }
    const mention *m = mv_at2(mv, q, false, false);
    if (!m || m->pronoun || !m->code[0] || strcmp(m->code, sp->code) == 0 ||
        (strlen(m->code) >= 6 && strncmp(m->code + 3, "MED", 3) == 0) || strncmp(m->code, "MED", 3) == 0) {
        return NULL;
    }
    return m;
}

/* Whom an accusation that names no one as its topic accuses: the doer
 * of the first act in what is said ("the PKK charged that Turkish forces
 * bombed villages": the Turkish forces), not the speaker's own side
 * (test_speech.c: senses of saying). */
static const mention *accused_doer(const truce_coder *c, const sinfo *si, const speech *sp)
{
    const mvec *mv = &si->mv;
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        const pattern *vp, *np;
        if (!c->t[i].vlemma || c->t[i].vform == VF_NONE || mv_inside(mv, i) || !match_head_patterns(c, i, &vp, &np) ||
            !vp || !modality_analyse(c, mv, i, sp->content_b).verb) {
            continue;
        }
        const mention *subj = roles_subject(c, mv, sp->content_b, i);
        if (subj && !subj->pronoun && subj->code[0] && !same_side(sp, subj)) {
            return subj;
        }
        return NULL;
    }
    return NULL;
}

/* Is the verb of saying "speak" or "talk", which takes no clause? */
static bool spoken_of(const truce_coder *c, const speech *sp)
{
    static const char *const verbs[] = {"speak", "speaks", "spoke", "speaking", "spoken", "talk", "talks",
                                        "talked", "talking", NULL};
    return tok_is_one_of(c, sp->verb, verbs);
}

/* Is m in a phrase after the verb at v that "to", "with", "about", "of",
 * "on", "against" or "for" opens ("spoke openly about the challenges
 * China poses"), with no comma or clause word between? */
static bool spoken_prep(const truce_coder *c, size_t v, const mention *m)
{
    static const char *const preps[] = {"to", "with", "about", "of", "on", "against", "for", "toward", "towards", NULL};
    for (size_t q = m->tok_start; q > v + 1; q--) {
        if (tok_is_one_of(c, q - 1, preps)) {
            return true;
        }
        if (tok_punct(c, q - 1, ',') || tok_has(c, q - 1, WC_BOUNDARY | WC_CLAUSE_END)) {
            return false;
        }
    }
    return false;
}

static void speech_statement(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const mvec *mv = &si->mv;
    if (strcmp(sp->p->code, "010") == 0 && own_act(c, si, sp)) {
        coder_trace(c, "  the speaker announces an act of its own: no plain statement beside it");
        return;
    }
    /* what is said is about its subject or object, not a name elsewhere
     * in it (clause.c) */
    const mention *about = c->opt.literal ? NULL : roles_statement_about(c, mv, sp->content_b, sp->content_e, sp->code);
    if (about && spoken_of(c, sp) && about->tok_start > sp->verb && !spoken_prep(c, sp->verb, about)) {
        /* "As he spoke, several dozen militants demonstrated": "speak"
         * and "talk" report no clause; only one spoken to, with or about
         * is theirs (test_speech.c: time phrases) */
        coder_trace(c, "  \"%.*s\" takes no clause: the actor after it is no party to it", TOKF(sp->verb));
        about = NULL;
    }
    for (size_t xm = 0; c->opt.literal && xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        if (m->tok_start >= sp->content_b && m->tok_end <= sp->content_e && m->code[0] &&
            !m->pronoun && strcmp(m->code, sp->code) != 0 &&
            (!m->country[0] || strncmp(m->country, sp->code, 3) != 0) &&
            !tok_has(c, m->tok_start ? m->tok_start - 1 : 0, WC_LOCATIVE)) {
            about = m;
            break;
        }
    }
    bool addressed = false;   /* told to whom, about no one: a plain statement to it */
    if (!about && !c->opt.literal) {
        about = addressee(c, sp, mv);
        addressed = about != NULL;
    }
    if (!about && !c->opt.literal && strcmp(sp->p->code, "010") == 0 && state_code(sp->code) &&
        speech_response_warned(c, sp)) {
        about = speech_response_target(c, sp, mv);   /* "ready to respond to any aggression by Israel" */
        about = about && !same_side(sp, about) ? about : NULL;
    }
    if (!about && !c->opt.literal && code_root(sp->p->code) == 11) {
        about = accused_doer(c, si, sp);   /* "charged that Turkish forces bombed villages" */
    }
    /* '"Our army will respond firmly to any provocation," the minister
     * said': its side's resolve held out, a threat of no one named */
    bool resolve = !about && !c->opt.literal && strcmp(sp->p->code, "010") == 0 && state_code(sp->code) &&
                   speech_own_warning(c, sp, mv, true);
    if (!about && !c->opt.literal &&
        (code_root(sp->p->code) == 11 || resolve ||
         (strcmp(sp->p->code, "130") == 0 && speech_own_warning(c, sp, mv, false)))) {
        /* "the opposition charged that the vote was rigged": an accusation
         * that names no one is still one (as "alleged that" is); so is a
         * warning of the speaker's own act ("warned that Belgrade would
         * not stand by") */
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv, DP_DAY, false};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        speaker_clause(c, sp, mv, &x);
        size_t a = sp->speaker->tok_start < sp->verb ? sp->speaker->tok_start : sp->verb;
        x.rule = resolve ? "X said its side will respond to any act (threat)" : NULL;
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, (mlist){0}, resolve ? "130" : sp->p->code, a, sp->verb,
                   resolve ? NULL : sp->p);
        return;
    }
    if (about) {
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv, DP_DAY, false};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        speaker_clause(c, sp, mv, &x);
        size_t a = sp->content_b < sp->speaker->tok_start ? sp->content_b : sp->speaker->tok_start;
        size_t b = sp->content_e > sp->speaker->tok_end ? sp->content_e : sp->speaker->tok_end;
        if (sp->verb + 1 > b) {
            b = sp->verb + 1;
        }
        const char *code = sp->p->code;
        bool plain = strcmp(code, "010") == 0 && !addressed;
        bool warned = strcmp(code, "130") == 0 && !addressed;
        /* "warned that Iran was defying the Council" accuses too */
        size_t acc = plain || warned ? speech_accuses(c, si, sp, about, "128") : SIZE_MAX;
        const pattern *ap = NULL;
        size_t ap_tok = 0;
        char ruled[8];
        if (acc != SIZE_MAX) {
            code = "112";
            x.rule = "X said Y defies or violates (accusation)";
            coder_trace(c, "  the speaker says the actor it speaks of defies or violates: an accusation [112]");
            if (c->n_xf < 8) {
                c->xf_tok[c->n_xf++] = acc;   /* what it is accused of is the accusation's, no fact */
            }
        } else if (plain && (acc = speech_committed_abuses(c, sp, about->tok_end)) != SIZE_MAX) {
            code = "112";
            x.rule = "X said Y committed abuses or crimes (accusation)";
            coder_trace(c, "  the speaker says the actor it speaks of committed abuses: an accusation [112]");
            if (c->n_xf < 8) {
                c->xf_tok[c->n_xf++] = acc;
            }
        } else if (plain && speech_blames(c, sp, about)) {
            code = "112";
            x.rule = "X said Y was responsible for or behind it (accusation)";
            coder_trace(c, "  the speaker holds the actor it speaks of to blame: an accusation [112]");
            if (c->n_xf < 8 && about->tok_end < sp->content_e &&
                (tok_is_word(c, about->tok_end, "bears") || tok_is_word(c, about->tok_end, "bore") ||
                 tok_is_word(c, about->tok_end, "bear"))) {
                c->xf_tok[c->n_xf++] = about->tok_end;   /* "bears responsibility": no claim of its own */
            }
            if (c->n_xf < 8 && (acc = speech_blamed_act(c, sp, about)) != SIZE_MAX) {
                c->xf_tok[c->n_xf++] = acc;   /* "was undermining the talks": the blame's, no act of its own */
            }
        } else if (plain && speech_charges_crime(c, sp, about)) {
            code = "1121";
            x.rule = "X said Y was involved in crime or corruption (accusation)";
            coder_trace(c, "  the speaker charges the actor it speaks of with a crime: an accusation [1121]");
        } else if (plain && speech_finding_speaks(c, sp) && !same_side(sp, about) &&
                   (speech_accuses(c, si, sp, about, "072") != SIZE_MAX || speech_accuses(c, si, sp, about, "17") != SIZE_MAX ||
                    speech_accuses(c, si, sp, about, "18") != SIZE_MAX || speech_accuses(c, si, sp, about, "19") != SIZE_MAX ||
                    speech_accuses(c, si, sp, about, "20") != SIZE_MAX)) {
            code = "112";
            x.rule = "X found that Y used force or supplied arms (accusation)";
            coder_trace(c, "  the speaker's finding says the actor it speaks of used force or supplied arms: an accusation [112]");
        } else if (plain && speech_accuser_speaks(c, sp)) {
            code = "112";
            x.rule = "a prosecutor said Y did (a charge)";
            coder_trace(c, "  a prosecutor or court papers say what another did: a charge [112]");
        } else if (plain && (ap = own_appeal(c, si, sp, &ap_tok)) != NULL && about->tok_start > ap_tok) {
            code = ap->code;
            x.rule = "X said it would appeal to Y (appeal)";
            coder_trace(c, "  the speaker announces an appeal of its own to the actor it speaks of [%s]", code);
        } else if (plain && state_code(sp->code) && !same_side(sp, about) && speech_response_warned(c, sp)) {
            code = "130";
            x.rule = "X said any attack by Y would be met with a response (threat)";
            coder_trace(c, "  the speaker holds out a response to any attack of the actor it speaks of: a threat [130]");
        } else if (plain && state_code(sp->code) && !same_side(sp, about) && speech_price_warned(c, sp, about)) {
            code = "130";
            x.rule = "X said Y will pay a price (threat)";
            coder_trace(c, "  the speaker says the actor it speaks of will pay or regret: a threat [130]");
        } else if (plain && !same_side(sp, about) &&
                   (speech_praises_act(c, sp, about) || speech_praises_role(c, sp, about))) {
            code = "051";
            x.rule = "X said Y's act was a positive step (praise)";
            coder_trace(c, "  the speaker calls the act of the actor it speaks of a positive step: praise [051]");
        } else if (plain && speech_talks_go_on(c, sp, about)) {
            code = "036";
            x.rule = "X said talks with Y must continue (intent to negotiate)";
            coder_trace(c, "  the speaker wants its talks with the actor it speaks of to go on: intent to negotiate [036]");
        } else if (plain && speech_rules_out(c, si, sp, ruled)) {
            code = ruled;
            x.rule = "X said Y is out of the question (rejection)";
            coder_trace(c, "  the speaker rules out what it speaks of: a rejection [%s]", code);
        } else if ((plain || warned) &&
                   (speech_criticises(c, sp, about) || speech_accuses(c, si, sp, about, "1721") != SIZE_MAX ||
                    speech_accuses(c, si, sp, about, "175") != SIZE_MAX)) {
            /* "warned that the cooperation is dangerous and illegal": a
             * criticism, not a threat (test_speech.c: criticism) */
            code = "111";
            x.rule = "X said Y is hostile, illegal, ... (criticism)";
            coder_trace(c, "  the speaker calls the actor it speaks of hostile, illegal, ...: a criticism [111]");
        }
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, (mlist){about, 1}, code, a, b - 1,
                   code == sp->p->code ? sp->p : ap && code == ap->code ? ap : NULL);
        if (code_root(code) == 11 && sp->code[0] && sp->code[0] != '-') {
            /* who accused whom, for a denial of "the allegations" later on (targets.c) */
            targets_note_accusation(c, sp->code, about->code);
        }
    }
}

/* "Ethiopia charged that Eritrean troops killed 12 civilians": what a verb
 * of saying that accuses (a speech pattern of root 11, "=charge that")
 * reports is the accusation's, no fact: its acts give no event of their
 * own, as what is alleged (sentence.c) (test_speech.c: senses of saying). */
static void accused_acts(truce_coder *c, const sinfo *si, const speech *sp)
{
    if (c->opt.literal || !sp->p || code_root(sp->p->code) != 11) {
        return;
    }
    for (size_t i = sp->content_b; i < sp->content_e && c->n_xf < 8; i++) {
        const pattern *vp, *np;
        if (c->t[i].vlemma && match_head_patterns(c, i, &vp, &np) && vp &&
            modality_analyse(c, &si->mv, i, sp->content_b).verb) {
            coder_trace(c, "  \"%.*s\": what the speaker accuses another of, no event of its own", TOKF(i));
            c->xf_tok[c->n_xf++] = i;
        }
    }
}

void speech_content(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    accused_acts(c, si, sp);
    bool praised = speech_claim(c, si, s_index, sp);
    praised |= speech_condition(c, si, s_index, sp);
    praised |= speech_praise(c, si, s_index, sp);
    praised |= speech_demand(c, si, s_index, sp);
    praised |= speech_transforms(c, si, s_index, sp);
    if (sp->p && !praised) {
        speech_statement(c, si, s_index, sp);
    }
}
