/* targets_story.c — targets a reaction takes from the story before it or
 * from what its speaker goes on to say: the doer of the story's last act
 * of force for a condemnation of "the attack" (targets_condemned_incident),
 * noted as each act of force is coded (targets_note_attacker, which notes
 * each request or offer too, for "X rejected it." after it); the one a
 * ", saying" clause says acts (targets_saying_party); the state that
 * reports a request of no addressee (targets_asked_speaker); the target
 * of an earlier verb of the subject coordinated by "and"
 * (targets_coordinated_target).
 *
 * Called by roles_check_target (targets_check.c).
 *
 * Tests: tests/unit/test_targets.c ("incident", "saying party", "rejected
 * it", "asked speaker", "coordinated").
 */
#include "coder.h"
#include "targets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void targets_note_attacker(truce_coder *c, const head_ctx *h, const head_roles *r)
{
    int root = code_root(h->code);
    if (!c->opt.literal && (root == 2 || root == 3 || root == 10) && r->sm && !r->sm->pronoun && r->sm->code[0] &&
        strncmp(r->sm->code, "---", 3) != 0 && !h->v.passive) {
        snprintf(c->ctx.last_ask, sizeof c->ctx.last_ask, "%s", r->sm->code);
        c->ctx.last_ask_sent = c->sent_base + h->s_index + 1;
    }
    if (c->opt.literal || root < 18 || root > 20 || !r->sm || r->sm->pronoun || !r->sm->code[0] ||
        !strncmp(r->sm->code, "---", 3) || h->v.passive) {
        return;
    }
    snprintf(c->ctx.last_attacker, sizeof c->ctx.last_attacker, "%s", r->sm->code);
    snprintf(c->ctx.last_attack, sizeof c->ctx.last_attack, "%s", h->code);
}

/* Is the word at n a noun of force that names the act code: "attack"
 * (190) any, else one of its kind ("bombing" a bombing)?
 * Not "violence", which may be anyone's. */
static bool force_noun(const truce_coder *c, size_t n, const char *code)
{
    const pattern *vp, *np;
    if (c->t[n].kind != TOK_WORD || (c->t[n].flags & TF_CAP) || !match_head_patterns(c, n, &vp, &np) || !np) {
        return false;
    }
    for (const pattern *p = np; p; p = p->next) {
        if (p->noun && code_root(p->code) >= 18 && code_root(p->code) <= 20 &&
            (!strcmp(p->code, "190") || !strncmp(p->code, code, 3))) {
            return true;
        }
    }
    return false;
}

/* Does the word at q end as an adjective does ("deadly", "heinous",
 * "brutal", "horrific", "violent", "terrorist", "coordinated")? */
static bool adjective_like(const truce_coder *c, size_t q)
{
    static const char *const ends[] = {"ly", "ous", "ful", "ent", "ic", "al", "ist", "ed", NULL};
    size_t n = c->t[q].end - c->t[q].start;
    const char *w = (const char *)c->text + c->t[q].start;
    for (const char *const *e = ends; *e; e++) {
        size_t k = strlen(*e);
        if (n > k + 2 && !memcmp(w + n - k, *e, k)) {
            return true;
        }
    }
    return false;
}

/* The noun of force the object of the verb at i names as one the story
 * told of, one of the story's last act's kind (code): "the attack", "the
 * deadly assault", "these air strikes"; 0 if none. */
static size_t told_incident(const truce_coder *c, const sinfo *si, size_t i, size_t se, const char *code)
{
    size_t q = i + 1;
    while (q < se && tok_adverb(c, q)) {
        q++;
    }
    bool definite = tok_is(c, q, c->k->w.the) || tok_is_word(c, q, "this") || tok_is_word(c, q, "these") ||
                    tok_is_word(c, q, "that") || tok_is_word(c, q, "those") || tok_is_word(c, q, "such");
    if (!definite) {
        return 0;
    }
    q++;
    size_t n = q;   /* the noun phrase's head: its last word */
    while (n + 1 < se && n < q + 3 && c->t[n + 1].kind == TOK_WORD && !(c->t[n + 1].flags & TF_CAP) &&
           !is_prep(c, c->t[n + 1].id) && !tok_is(c, n + 1, c->k->w.that) && !tok_is(c, n + 1, c->k->w.and_) &&
           !(c->t[n + 1].isverb && c->t[n + 1].vform != VF_S && c->t[n + 1].vform != VF_BASE) &&
           !tok_has(c, n + 1, WC_DETERMINER)) {
        n++;
    }
    for (size_t w = q; w <= n; w++) {
        if (c->t[w].kind != TOK_WORD || mv_inside(&si->mv, w)) {
            return 0;
        }
    }
    /* "the air strikes": a noun after another names a kind of its own,
     * which the story's act need not be */
    for (size_t w = q; w < n; w++) {
        if (!tok_has(c, w, WC_MODIFIER) && !adjective_like(c, w)) {
            return 0;
        }
    }
    return force_noun(c, n, code) ? n : 0;
}

const mention *targets_condemned_incident(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    const char *doer = c->ctx.last_attacker;
    if (c->opt.literal || code_root(h->code) != 11 || !doer[0] || !r->sm || !r->sm->code[0] || h->v.passive ||
        targets_same_side(doer, r->sm->code)) {
        return NULL;
    }
    size_t n = told_incident(c, si, h->i, h->se, c->ctx.last_attack);
    if (!n) {
        return NULL;
    }
    /* "condemned the attack by X": the doer the sentence names; "the
     * attack on X", "the killing of X": the victims, no party to it */
    if (r->tm && r->tm != &r->place_target && r->tm->tok_start > n && r->tm->tok_start <= n + 3 &&
        tok_is(c, r->tm->tok_start - 1, c->k->w.by)) {
        return NULL;
    }
    bool victims = r->tm && r->tm->tok_start > n && r->tm->tok_start <= n + 4;
    if (r->tm && r->tm != &r->place_target && !victims) {
        return NULL;
    }
    coder_trace(c, "  \"%.*s\": condemns the story's act of force: aimed at its doer %s", TOKF(h->i), doer);
    targets_owner_target(r, doer, n);
    return r->tm;
}

/* Is the word at v, after a subject, an active finite verb: "seeks",
 * "had staged", "is trying", "will pay"; not a passive ("was killed",
 * "would be punished") nor a copula ("was biased")? */
static bool active_finite(const truce_coder *c, size_t v, size_t se)
{
    while (v < se && tok_adverb(c, v)) {
        v++;
    }
    if (v >= se || c->t[v].kind != TOK_WORD || (c->t[v].flags & TF_CAP)) {
        return false;
    }
    if (is_be(c, v)) {
        return v + 1 < se && c->t[v + 1].isverb && c->t[v + 1].vform == VF_ING;
    }
    if (is_aux(c, v)) {
        size_t n = v + 1;
        while (n < se && tok_adverb(c, n)) {
            n++;
        }
        if (n < se && is_be(c, n)) {
            return n + 1 < se && c->t[n + 1].isverb && c->t[n + 1].vform == VF_ING;
        }
        return n < se && c->t[n].isverb && !(c->t[n].flags & TF_CAP);
    }
    return c->t[v].isverb && (c->t[v].vform == VF_S || c->t[v].vform == VF_ED);
}

const mention *targets_saying_party(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    int root = code_root(h->code);
    if (c->opt.literal || r->tm || !r->sm || !r->sm->code[0] || r->sm->pronoun || h->v.passive ||
        !(root == 11 || root == 12 || !strncmp(h->code, "016", 3))) {
        return NULL;
    }
    size_t q = h->i + 1;
    while (q + 1 < h->se && q < h->i + 16 && !(tok_punct(c, q, ',') && tok_is_word(c, q + 1, "saying"))) {
        if (tok_punct(c, q, ';') || tok_punct(c, q, '.') || tok_punct(c, q, ':') || tok_is(c, q, c->k->w.that) ||
            tok_is(c, q, c->k->w.and_) || tok_is(c, q, c->k->w.but) ||
            (mv_inside(&si->mv, q) && !(q == h->i + 1 && tok_is(c, q, c->k->w.it)))) {
            return NULL;   /* the object names an actor ("it" none), or another clause comes first */
        }
        q++;
    }
    if (q + 1 >= h->se || !tok_is_word(c, q + 1, "saying")) {
        return NULL;
    }
    size_t b = q + 2;
    for (size_t t = b; t < h->se && t < b + 10 && !tok_punct(c, t, ','); t++) {
        if (tok_is(c, t, c->k->w.that)) {
            b = t + 1;   /* "saying on social media that ..." */
            break;
        }
    }
    while (b < h->se && (c->t[b].kind != TOK_WORD || tok_has(c, b, WC_DETERMINER)) && !mv_inside(&si->mv, b)) {
        b++;   /* an opening quotation mark, "the" */
    }
    const mention *m = NULL;
    for (size_t x = 0; x < si->mv.n && !m; x++) {
        m = si->mv.v[x].tok_start == b ? &si->mv.v[x] : NULL;
    }
    if (!m || !m->code[0] || m->pronoun || m->placed || targets_same_side(m->code, r->sm->code) ||
        (strlen(m->code) >= 6 && !strncmp(m->code + 3, "CVL", 3)) || !active_finite(c, m->tok_end, h->se)) {
        return NULL;
    }
    return m;
}

void targets_asked_speaker(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
    int root = code_root(h->code);
    const char *spk = h->speaker_code;
    if (c->opt.literal || r->tm || !spk || !r->sm || !r->sm->code[0] || r->sm->pronoun || h->v.passive ||
        (root != 2 && root != 10) || !actor_is_country(spk) || !actor_is_country(r->sm->code) ||
        !strncmp(spk, r->sm->code, 3)) {
        return;
    }
    if (r->sm >= si->mv.v && r->sm < si->mv.v + si->mv.n && mv_group(&si->mv, mv_index(&si->mv, r->sm)).n > 1) {
        return;   /* "A and B agreed ..., X said": on each other */
    }
    bool st = strlen(spk) == 3;
    for (const char *const *w = state; *w && !st; w++) {
        st = !strncmp(spk + 3, *w, 3);
    }
    if (st) {
        coder_trace(c, "  \"%.*s\": a request or offer the state it was made of reports: aimed at %s", TOKF(h->i), spk);
        targets_owner_target(r, spk, h->i);
    }
}

void targets_coordinated_target(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    int root = code_root(h->code);
    if (c->opt.literal || r->tm || !r->sm || !r->sm->code[0] || r->sm->pronoun || h->v.passive || root < 1 ||
        root > 14 || h->i < 2 || c->t[h->i].vform == VF_ING) {
        return;   /* not a participle: "shouting support ... and denouncing X" */
    }
    if (r->sm >= si->mv.v && r->sm < si->mv.v + si->mv.n && mv_group(&si->mv, mv_index(&si->mv, r->sm)).n > 1) {
        return;   /* a compound subject acts on each other */
    }
    size_t o = h->best.last_tok > h->i ? h->best.last_tok + 1 : h->i + 1;
    if (tok_has(c, o, WC_POSSESSIVE)) {
        return;   /* an object of its own: "and called on her supporters" */
    }
    size_t q = h->i - 1;   /* "denied the request and asked instead for ...": "and" right before the verb */
    while (q > 0 && (tok_adverb(c, q) || is_aux(c, q))) {
        q--;
    }
    if (!tok_is(c, q, c->k->w.and_) || r->sm->tok_end > q) {
        return;
    }
    for (size_t x = c->n_held; x-- > 0;) {
        const truce_event *ev = &c->held[x];
        int er = ev->root ? atoi(ev->root) : 0;
        if (ev->span_start >= c->t[h->i].start || strcmp(ev->source, r->sm->code) != 0) {
            continue;
        }
        if (!ev->target[0] || er < 1 || er > 14) {
            return;   /* the verb before it aimed at no one, or coerced or used force */
        }
        coder_trace(c, "  \"%.*s\": coordinated with a verb of its subject's: aimed at its target %s", TOKF(h->i),
                    ev->target);
        targets_owner_target(r, ev->target, h->i);
        return;
    }
}
