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

/* The match stage: the head's patterns, whether a verb form is used as a
 * verb here (modality_analyse; literal coding as tabari.c says), and the
 * best pattern in its clause (PETRARCH's and TABARI's in the sentence).
 * False if none matches. */
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
        if (c->opt.literal) {
            tabari_literal_verb(c, mv, sb, i, vp, &v);
        }
    }
    if (v.verb && c->opt.tabari && i + 1 < se && tok_is(c, i + 1, k->w.s) && c->t[i].end == c->t[i + 1].start) {
        v.verb = false;   /* TABARI: "donate's" takes a noun's ending, so is no verb */
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
    const pattern *p = h->best.p;
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

/* The head at token i of sentence s_index (tokens [sb, se)) through the
 * stages. A verb of saying fills *sp_out and sets *is_speech. */
static void sentence_head(truce_coder *c, const sinfo *si, size_t s_index, size_t sb, size_t se, size_t i,
                          const char *speaker_code, speech *sp_out, bool *is_speech)
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
    h.x = (evctx){s_index, TRUCE_NODAY, false, false, speaker_code, NULL, NULL,
                  (uint32_t)h.cb, (uint32_t)h.ce, (uint32_t)i, false, &si->mv, DP_DAY};
    h.x.loc = place_in_clause(c, &si->mv, h.cb, h.ce);
    dates_event(c, si, i, &h.x, 0, 0, !(p->flags & VFLAG_SPEECH) && !speaker_code);
    if (c->opt.literal) {
        /* as PETRARCH and TABARI: the pattern alone decides */
        h.v.negated = h.v.intent = h.v.threat = h.v.obligation = h.v.refusal = h.v.hypothetical = false;
        h.v.infinitive_of_noun = false;
    }
    if (h.v.hypothetical) {
        return;
    }
    if (p->flags & VFLAG_SPEECH) {
        *is_speech = speech_head(c, si, &h, sp_out);
        return;
    }
    if (p->flags & VFLAG_ENDORSE) {
        return;   /* only meaningful under a speaker: see speech_content */
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
        if (!l || l >= c->k->heads_cap || !(c->k->head_flags[l] & VFLAG_SPEECH) || n_sp == 8) {
            continue;
        }
        bool is_sp = false;
        speech sp = {0};
        sentence_head(c, si, s_index, sb, se, i, spk, &sp, &is_sp);
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
            sentence_head(c, si, s_index, sb, se, i, spk, &dummy, &is_sp);
        }
    }
    return c->n_events > before;
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
        sentence_head(c, si, s_index, sb, se, tc->weak[w], spk, &dummy, &is_sp);
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
    for (size_t i = sb; i < se && !c->stop; i++) {
        bool in_speech_verb = false;
        for (size_t k2 = 0; k2 < n_sp; k2++) {
            in_speech_verb |= sps[k2].verb == i;
        }
        if (in_speech_verb || xf_done(c, i) || match_governs_transform(c, i)) {
            continue;
        }
        const char *speaker = spk;
        size_t lim = se;   /* content events stay inside their content */
        for (size_t k2 = 0; k2 < n_sp; k2++) {
            if (i >= sps[k2].content_b && i < sps[k2].content_e) {
                speaker = sps[k2].code;
                lim = sps[k2].content_e;
            }
        }
        const pattern *vp, *np;
        if (!match_head_patterns(c, i, &vp, &np)) {
            continue;
        }
        if (c->opt.tabari && tabari_defer(c, si, &tc, sb, lim, i)) {
            continue;
        }
        bool is_sp;
        speech dummy;
        size_t before = c->n_events;
        c->tab.last_target_end = 0;
        sentence_head(c, si, s_index, sb, lim, i, speaker, &dummy, &is_sp);
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
