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

#include <stdio.h>


/* Where the clause of the verb at i starts inside reported content that
 * starts at b: after the last "that" before it ("I want to note that the
 * peacekeepers prevented ..."), else at b. */
static size_t after_that(const truce_coder *c, size_t b, size_t i)
{
    for (size_t q = i; q > b + 1; q--) {
        if (tok_is(c, q - 1, c->k->w.that)) {
            return q;
        }
    }
    return b;
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
    bool final = i > sb && (tok_punct(c, i - 1, ',') || is_quote_tok(c, i - 1)) &&
                 !roles_apposition_before(c, mv, sb, i);
    if (!final && spk) {
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
    }
    if (final) {
        while (content_e > sb && (tok_punct(c, content_e - 1, ',') || is_quote_tok(c, content_e - 1))) {
            content_e--;
        }
    }
    if (!spk || h->v.negated) {
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
            to = m;
            break;
        }
    }
    if (to) {
        evctx sx = h->x;
        sx.speaker = NULL;
        dates_event(c, si, i, &sx, content_b, content_e, false);
        size_t a = spk->tok_start < i ? spk->tok_start : i;
        size_t bnd = to->tok_end - 1 > i ? to->tok_end - 1 : i;
        emit_pairs(c, &sx, (mlist){spk, 1}, mv_group(mv, mv_index(mv, to)), p->code, a, bnd, p);
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
        if (!v.verb || v.negated || v.intent || v.threat || v.hypothetical || v.obligation || v.refusal) {
            continue;
        }
        /* "I want to note that the peacekeepers prevented ...": the deed's
         * subject is in the clause after the last "that" */
        size_t from = after_that(c, sp->content_b, i);
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
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
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

/* "X said Y must Z" where Z has no pattern of its own: X demands
 * something of Y (CAMEO 100; the act's own demand code where it has one). */
static bool speech_demand(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    bool praised = false;
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        if (!tok_has(c, i, WC_OBLIGATION) || !tok_has(c, i, WC_MODAL)) {
            continue;
        }
        size_t vtok = i + 1;
        bool neg = false;
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
        const mention *subj = roles_subject(c, mv, sp->content_b, i);
        if (!subj || !subj->code[0] || subj->pronoun || strcmp(subj->code, sp->code) == 0) {
            continue;
        }
        /* what is demanded: the verb's own pattern, as a demand (10x) */
        char dcode[8] = "100";
        const pattern *vp2, *np2, *dp = NULL;
        pmatch pm;
        if (match_head_patterns(c, vtok, &vp2, &np2) && vp2 &&
            match_best(c, mv, vp2, vtok, sp->content_b, roles_clause_end(c, vtok, sp->content_e), &pm) >= 0 &&
            !(pm.p->flags & (VFLAG_SPEECH | VFLAG_ENDORSE)) && pm.p->code[0] != '-') {
            modality_code(k, pm.p->code, MODE_DEMAND, dcode);
            if (!dcode[0]) {
                snprintf(dcode, sizeof dcode, "100");
            }
            dp = pm.p;
        }
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        size_t a = sp->speaker->tok_start < subj->tok_start ? sp->speaker->tok_start : subj->tok_start;
        size_t b = vtok > sp->verb ? vtok : sp->verb;
        if (sp->speaker->tok_end - 1 > b) {
            b = sp->speaker->tok_end - 1;
        }
        coder_trace(c, "  \"%.*s\": the speaker demands it of the subject [%s]", TOKF(i), dcode);
        x.rule = "X said Y must/should act (demand)";
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, mv_group(mv, mv_index(mv, subj)), dcode, a, b, dp);
        praised = true;   /* the demand is the statement */
    }
    return praised;
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
            size_t from = after_that(c, sp->content_b, i);
            /* a deed said to be done: not a word used as a noun, not a
             * promise, a threat, a condition or a denial (those keep
             * their own codes) */
            vinfo vi = modality_analyse(c, mv, i, from);
            if (!vi.verb || (!c->opt.literal && (vi.negated || vi.intent || vi.threat || vi.hypothetical ||
                                                 vi.obligation || vi.refusal))) {
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
            evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
            dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
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

/* The statement itself, about the first other actor in the content. */
static void speech_statement(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    const mvec *mv = &si->mv;
    const mention *about = c->opt.literal ? NULL : roles_statement_about(c, mv, sp->content_b, sp->content_e, sp->code);
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
    if (about) {
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
        dates_event(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        size_t a = sp->content_b < sp->speaker->tok_start ? sp->content_b : sp->speaker->tok_start;
        size_t b = sp->content_e > sp->speaker->tok_end ? sp->content_e : sp->speaker->tok_end;
        if (sp->verb + 1 > b) {
            b = sp->verb + 1;
        }
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, (mlist){about, 1}, sp->p->code, a, b - 1, sp->p);
    }
}

void speech_content(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp)
{
    bool praised = speech_praise(c, si, s_index, sp);
    praised |= speech_demand(c, si, s_index, sp);
    praised |= speech_transforms(c, si, s_index, sp);
    if (sp->p && !praised) {
        speech_statement(c, si, s_index, sp);
    }
}
