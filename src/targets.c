/* targets.c — whom an act is aimed at: the target of an event.
 *
 * roles.c finds the source; this module the target, from the clause's
 * grammar (clause.c): the object after the verb, the complement's subject
 * after "that" (not the victim of a passive complement: "alleged that
 * women are being persecuted"), the object of the verb a violence noun is
 * the subject of ("airstrikes ... have killed 50 militants"), the owner of
 * "an offer from X", the subject of a threat's "if" or "unless", the story's
 * last accuser or asker for "denies the allegations" and "denied the
 * request", a place the act was aimed at (not the venue of a meeting).
 * Then it checks what it found: no capacity, no territory at stake, no
 * victim of condemned violence, no one inside what is denied, no
 * country's own state.
 *
 * Tests: tests/unit/test_roles.c.
 */
#include "coder.h"
#include "targets.h"

#include <stdio.h>

/* Codes of meeting or talking, whose place is a venue: root 04 but
 * visits (042, 043). */
static bool venue_code(const char *code)
{
    return code_root(code) == 4 && strncmp(code, "042", 3) != 0 && strncmp(code, "043", 3) != 0;
}

/* "Airstrikes by the army have killed 50 militants": violence named by a
 * noun that is the subject of a verb of violence hit that verb's object
 * (test_roles.c, "noun subject"). NULL if not so. */
static const mention *noun_subject_target(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                          const head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, ce = h->ce;
    if (i > h->cb && c->t[i - 1].isverb && c->t[i - 1].vform != VF_NONE && !mv_inside(mv, i - 1) &&
        !(c->t[i - 1].flags & TF_CAP) && !(i - 1 > h->cb && tok_has(c, i - 2, WC_DETERMINER))) {
        return NULL;   /* "launched airstrikes": an object, not a subject */
    }
    for (size_t q = i + 1; q < ce && q < i + 20; q++) {
        if (tok_punct(c, q, ',') || tok_has(c, q, WC_BOUNDARY | WC_CLAUSE_END)) {
            return NULL;
        }
        if (mv_inside(mv, q) || !c->t[q].isverb || (c->t[q].flags & TF_CAP) ||
            (c->t[q].start > 0 && c->text[c->t[q].start - 1] == '-') ||   /* "the U.S.-led coalition" */
            !(c->t[q].vform == VF_S || c->t[q].vform == VF_ED || is_aux(c, q)) ||
            (!is_aux(c, q) && (roles_tok_lex(c, q) & LEX_MOSTLY) == LEX_MOSTLY_NOUN)) {
            continue;   /* "international partners": a noun */
        }
        size_t v = q;
        while (v + 1 < ce && (is_aux(c, v) || tok_adverb(c, v + 1)) && (c->t[v + 1].isverb || tok_adverb(c, v + 1))) {
            v++;
        }
        const pattern *vp, *np;
        pmatch pm;
        if (!c->t[v].vlemma || !match_head_patterns(c, v, &vp, &np) || !vp ||
            match_best(c, mv, vp, v, h->cb, ce, &pm) < 0 || code_root(pm.p->code) < 18) {
            return NULL;
        }
        const mention *m = roles_object(c, mv, v, roles_object_end(c, v, ce), true);
        return m && m != r->sm && !m->pronoun ? m : NULL;
    }
    return NULL;
}

/* "alleged that women are being persecuted", "said that the rebels were
 * attacked by X": a complement's subject that undergoes its verb is the
 * victim, not whom the speech is aimed at; its agent is, when named, else
 * the one whose rule the victims are under (test_roles.c, "passive
 * complement"). m itself if not so. */
static const mention *passive_complement(const truce_coder *c, const mvec *mv, const mention *m, size_t e)
{
    size_t q = m->tok_end;
    while (q < e && q < m->tok_end + 8 && !is_be(c, q) && !clause_stop(c, q) && !tok_punct(c, q, ',') &&
           !(c->t[q].isverb && c->t[q].vform != VF_NONE && !mv_inside(mv, q) && !(c->t[q].flags & TF_CAP) &&
             !is_aux(c, q) && (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN)) {
        q++;   /* "women and girls under Taliban rule “are", "have been", "will be" */
    }
    while (q < e && is_quote_tok(c, q)) {
        q++;
    }
    if (q >= e || !is_be(c, q) || tok_is_word(c, q, "be")) {
        return m;   /* "demanded that X be released": the one to act */
    }
    size_t v = q + 1;
    while (v < e && (tok_adverb(c, v) || is_be(c, v) || tok_is_word(c, v, "being"))) {
        v++;
    }
    if (v >= e || !c->t[v].isverb || c->t[v].vform != VF_ED || mv_inside(mv, v) || roles_state_participle(c, v)) {
        return m;
    }
    for (size_t b = v + 1; b + 1 < e && b < v + 6; b++) {
        if (tok_is(c, b, c->k->w.by)) {
            const mention *a = mv_at(mv, b + 1, false);
            return a && a->code[0] ? a : NULL;
        }
    }
    /* "women under Taliban rule are being persecuted": with no agent, the
     * one whose rule or hold the victims are under (test_targets.c,
     * "under rule") */
    static const char *const holds[] = {"rule", "control", "occupation", "custody", "siege", "regime",
        "administration", "authority", "detention", NULL};
    for (size_t b = m->tok_end; b + 2 < q; b++) {
        if (!tok_is_word(c, b, "under")) {
            continue;
        }
        size_t d = b + 1;
        while (d < q && tok_has(c, d, WC_DETERMINER)) {
            d++;
        }
        const mention *o = mv_at(mv, d, false);
        o = o ? o : mv_at(mv, b + 1, false);
        if (!o || o->pronoun || o->tok_end >= q) {
            return NULL;
        }
        size_t n = o->tok_end + (tok_is(c, o->tok_end, c->k->w.s) || tok_punct(c, o->tok_end, '\''));
        for (const char *const *w = holds; *w; w++) {
            if (tok_is_word(c, n, *w)) {
                return o;
            }
        }
        return NULL;
    }
    return NULL;
}

/* "threatened to stop talks if the United States deploys missiles",
 * "will strike unless Israel rescinds ...": a threat is aimed at the one
 * its condition asks to act (test_roles.c, "condition"). NULL if none. */
static const mention *condition_subject(const truce_coder *c, const mvec *mv, const mention *sm, size_t i,
                                        size_t se)
{
    for (size_t q = i + 1; q + 1 < se && q < i + 30; q++) {
        if (tok_punct(c, q, ';') || tok_punct(c, q, '.')) {
            return NULL;
        }
        if (!tok_is(c, q, c->k->w.if_) && !tok_is(c, q, c->k->w.unless)) {
            continue;
        }
        size_t b = q + 1;
        const mention *m = mv_at(mv, b, false);
        while (!m && b < se && b < q + 3 && tok_has(c, b, WC_DETERMINER)) {
            m = mv_at(mv, ++b, false);
        }
        if (!m) {
            for (size_t x = 0; x < mv->n && !m; x++) {
                if (mv->v[x].tok_start == b && mv->v[x].pronoun) {
                    m = &mv->v[x];
                }
            }
        }
        if (m && !m->pronoun && m->code[0] && m != sm && strncmp(m->code, sm->code[0] ? sm->code : sm->country, 3) != 0) {
            size_t v = m->tok_end;   /* its verb right after it, active */
            bool passive = v + 1 < se && is_be(c, v) && c->t[v + 1].vform == VF_ED;
            if (v < se && !passive && (c->t[v].isverb || is_aux(c, v) || tok_adverb(c, v))) {
                return m;
            }
        }
        return NULL;
    }
    return NULL;
}

/* Are a and b one party: of one country (two countries' codes), else one
 * code the start of the other ("IGOUNO", "IGOUNOKID")? */
static bool same_party(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (!na || !nb) {
        return false;
    }
    if (actor_is_country(a) && actor_is_country(b)) {
        return strncmp(a, b, 3) == 0;
    }
    return strncmp(a, b, na < nb ? na : nb) == 0;
}

/* An accusation the story makes (roles.c, speech.c), for a denial later
 * on: the last accuser, and who accused whom (test_roles.c, "accuser"). */
void targets_note_accusation(truce_coder *c, const char *accuser, const char *accused)
{
    story_ctx *x = &c->ctx;
    if (!accuser || !accuser[0] || accuser[0] == '-') {
        return;
    }
    snprintf(x->last_accuser, sizeof x->last_accuser, "%s", accuser);
    size_t cap = sizeof x->accusations / sizeof x->accusations[0];
    if (x->n_accusations == cap) {
        memmove(x->accusations, x->accusations + 1, (cap - 1) * sizeof x->accusations[0]);
        x->n_accusations--;
    }
    snprintf(x->accusations[x->n_accusations].accuser, sizeof x->accusations[0].accuser, "%s", accuser);
    snprintf(x->accusations[x->n_accusations].accused, sizeof x->accusations[0].accused, "%s",
             accused ? accused : "");
    x->n_accusations++;
}

/* Is b one of a's own country, with no other sector ("AFG", "AFGGOV";
 * not "AFGGOV", "AFGREB")? */
static bool one_side(const char *a, const char *b)
{
    if (strlen(a) < 3 || strlen(b) < 3 || strncmp(a, b, 3) != 0) {
        return false;
    }
    return !a[3] || !b[3] || strncmp(a + 3, b + 3, 3) == 0;
}

/* Are a and b one side: one country's same sector (two countries'
 * codes; a role of no known country "---REB" is of any), else one party? */
bool targets_same_side(const char *a, const char *b)
{
    if ((!strncmp(a, "---", 3) && strlen(b) > 3) || (!strncmp(b, "---", 3) && strlen(a) > 3)) {
        return strlen(a) > 3 && strlen(b) > 3 && !strncmp(a + 3, b + 3, 3);
    }
    return actor_is_country(a) && actor_is_country(b) ? one_side(a, b) : same_party(a, b);
}

/* Are the asker and the refuser one side: targets_same_side, but a
 * country and a sector of its own outside its state ("COL" and "COLREB",
 * "KEN" and "KENOPP") are two? */
static bool asker_side(const char *asker, const char *refuser)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
    const char *bare = strlen(asker) == 3 ? refuser : strlen(refuser) == 3 ? asker : NULL;
    if (bare && strlen(bare) >= 6 && !strncmp(asker, refuser, 3)) {
        for (const char *const *w = state; *w; w++) {
            if (!strncmp(bare + 3, *w, 3)) {
                return true;
            }
        }
        return false;
    }
    return targets_same_side(asker, refuser);
}

/* Whom a denial by denier answers: the last one the story said accused
 * the denier's side ("Islamabad accused Kabul ... Kabul denies", "the
 * government accused the rebels ... the rebels deny"), else its last
 * accuser of another country; "" if none. */
static const char *accuser_of_side(const truce_coder *c, const char *denier)
{
    for (size_t n = c->ctx.n_accusations; n-- > 0;) {
        const char *by = c->ctx.accusations[n].accuser, *of = c->ctx.accusations[n].accused;
        if (targets_same_side(of, denier) && !targets_same_side(by, denier)) {
            return by;
        }
    }
    return "";
}

static const char *accuser_of(const truce_coder *c, const char *denier)
{
    const char *by = accuser_of_side(c, denier);
    if (by[0]) {
        return by;
    }
    const char *last = c->ctx.last_accuser;
    return strlen(denier) >= 3 && !strncmp(last, denier, 3) ? "" : last;
}

/* The code of the one who denies: its own, else (a role: "a spokesman",
 * "the insurgent group") its sector of its country, or of the country its
 * role takes (see settle_roles), in buf. */
static const char *denier_code(const truce_coder *c, const head_ctx *h, const mention *sm, char buf[16])
{
    if (sm->code[0]) {
        return sm->code;
    }
    const char *cc = sm->country[0] ? sm->country
                     : h->x.loc && h->x.loc->country[0] ? h->x.loc->country
                     : c->dl_country[0] ? c->dl_country
                     : context_role_country(c);
    snprintf(buf, 16, "%.3s%.6s", cc ? cc : "---", sm->sector);
    return buf;
}

/* Is q a word that ends what a charge says ("the accusations that X did,
 * while responding to ...")? */
static bool content_end(const truce_coder *c, size_t q)
{
    return tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_is_word(c, q, "while") ||
           tok_is_word(c, q, "during") || tok_is_word(c, q, "after") || tok_is_word(c, q, "when") ||
           tok_is_word(c, q, "because") || tok_is_word(c, q, "before");
}

/* The first actor the clause names after the verb at i but m's group and
 * the owner of the charge, NULL if none ("rejected the accusations while
 * responding to a statement by X" names whose they are). What the charge
 * at cw says ("accusations it is getting weapons from X", "claims that X
 * ...") names no one it answers. */
static const mention *other_in_sentence(const truce_coder *c, const mvec *mv, const mention *m, size_t i,
                                        size_t ce, const char *owner, size_t cw)
{
    size_t oe = ce;   /* not ", saying it condemns violence against X" */
    for (size_t q = i + 1; q + 1 < ce; q++) {
        if (tok_punct(c, q, ',') && c->t[q + 1].isverb && c->t[q + 1].vform == VF_ING) {
            oe = q;
            break;
        }
    }
    size_t cb = cw + 1, ke = cw + 1;   /* what the charge says: [cb, ke) */
    bool pron = false;
    for (size_t x = 0; x < mv->n; x++) {
        pron |= mv->v[x].pronoun && mv->v[x].tok_start == cw + 1;
    }
    if (cw > i && cw + 1 < ce && (tok_is(c, cw + 1, c->k->w.that) || mv_at(mv, cw + 1, false) || pron ||
                                  tok_has(c, cw + 1, WC_DETERMINER | WC_POSSESSIVE))) {
        ke = cw + 2;
        while (ke < ce && !content_end(c, ke)) {
            ke++;
        }
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *o = &mv->v[x];
        if (o != m && o->tok_start > i && o->tok_start < oe && o->group != m->group && !o->pronoun &&
            (o->code[0] || o->sector[0] || o->unknown) && !(o->tok_start >= cb && o->tok_start < ke) &&
            !(o->code[0] && targets_same_side(o->code, owner))) {
            return o;
        }
    }
    return NULL;
}

/* Is the word at q a charge ("allegations"): 1, a request or offer
 * ("request", "offer"): 2, else 0? */
static int charge_word(const truce_coder *c, size_t q)
{
    /* ... and a court's or prosecutor's measures against one, answered as
     * charges are ("rejected the arrest warrant", "the verdict") */
    static const char *const charges[] = {"allegation", "allegations", "accusation", "accusations", "claim",
        "claims", "charge", "charges", "involvement", "wrongdoing", "warrant", "warrants", "verdict", "verdicts",
        "indictment", "indictments", "conviction", "proceedings", NULL};
    static const char *const asks[] = {"request", "requests", "offer", "offers", "proposal", "proposals",
        "demand", "demands", "appeal", "appeals", "plea", "call", "calls", "resolution", "ultimatum", NULL};
    for (const char *const *w = charges; *w; w++) {
        if (tok_is_word(c, q, *w)) {
            return 1;
        }
    }
    for (const char *const *w = asks; *w; w++) {
        if (tok_is_word(c, q, *w)) {
            return 2;
        }
    }
    return 0;
}

/* Is the verb at i's object a charge of no one named ("denies the
 * allegations", "rejected these accusations", "reject claims that"): 1;
 * a request or offer ("denied the request", "refused the offer"): 2; else
 * 0. *cw is the charge's word. */
static int charge_object(const truce_coder *c, size_t i, size_t ce, size_t *cw)
{
    size_t q = i + 1;
    while (q < ce && q < i + 4 && (tok_has(c, q, WC_DETERMINER | WC_MODIFIER) || tok_adverb(c, q))) {
        q++;
    }
    if (q + 1 < ce && !charge_word(c, q) && charge_word(c, q + 1) == 1 && c->t[q].kind == TOK_WORD &&
        !(c->t[q].flags & TF_CAP)) {
        q++;   /* "the arrest warrant", "the corruption charges" */
    }
    if (q >= ce || tok_is(c, q + 1, c->k->w.of) || tok_is(c, q + 1, c->k->w.by) || tok_is(c, q + 1, c->k->w.from)) {
        return 0;
    }
    *cw = q;
    return charge_word(c, q);
}

/* The target a story gives: owner, a code ("USA"), made a one-token
 * mention at i. */
void targets_owner_target(head_roles *r, const char *owner, size_t i)
{
    memset(&r->place_target, 0, sizeof r->place_target);
    snprintf(r->place_target.code, sizeof r->place_target.code, "%s", owner);
    if (actor_is_country(owner)) {
        memcpy(r->place_target.country, owner, 3);
    }
    r->place_target.tok_start = (uint32_t)i;
    r->place_target.tok_end = (uint32_t)i + 1;
    r->tm = &r->place_target;
}

/* A rejection's or denial's target the clause leaves unnamed: the owner
 * of "an offer from X", the subject of a threat's condition
 * (test_roles.c, "owner", "condition"). */
static void target_from_story(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r, size_t ce)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, se = h->se;
    if (!r->tm && !c->opt.literal && (!strncmp(h->code, "016", 3) || code_root(h->code) == 12)) {
        /* "rejected a fresh offer from Afghanistan", "denied the
         * allegations by X": the one whose it is (test_roles.c,
         * "owner") */
        size_t q = i + 1;
        while (q < ce && q < i + 5 && !charge_word(c, q) &&
               (tok_has(c, q, WC_DETERMINER | WC_MODIFIER) || tok_adverb(c, q) ||
                (c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) && !is_prep(c, c->t[q].id) &&
                 !c->t[q].isverb))) {
            q++;
        }
        if (q + 2 < ce && charge_word(c, q) && (tok_is(c, q + 1, k->w.from) || tok_is(c, q + 1, k->w.by))) {
            const mention *o = mv_at(mv, q + 2, false);
            if (o && o->code[0] && !o->pronoun && o != r->sm) {
                r->tm = o;
            }
        }
    }
    if (!r->tm && !c->opt.literal && code_root(h->code) == 13) {
        r->tm = condition_subject(c, mv, r->sm, i, se);
    }
}

/* Is what the verb at i denies said after it, not named: "deny providing
 * sanctuary to X", "denied that ...", "— which Moscow denied."? Not a
 * standing position ("has denied for years that ..."), which answers no
 * one accuser. */
static bool denied_act(const truce_coder *c, size_t i, size_t se)
{
    if (!(tok_is_word(c, i, "deny") || tok_is_word(c, i, "denies") || tok_is_word(c, i, "denied") ||
          tok_is_word(c, i, "denying"))) {
        return false;
    }
    size_t q = i + 1;
    while (q < se && tok_adverb(c, q)) {
        q++;
    }
    return q >= se || c->t[q].kind != TOK_WORD || tok_is(c, q, c->k->w.that) ||
           (c->t[q].isverb && c->t[q].vform == VF_ING && !(c->t[q].flags & TF_CAP));
}

/* Is the mention o after "by" ("a statement by the Taliban chief")? */
static bool after_by(const truce_coder *c, const mention *o)
{
    size_t q = o->tok_start;
    while (q > 0 && tok_has(c, q - 1, WC_DETERMINER)) {
        q--;
    }
    return q > 0 && tok_is(c, q - 1, c->k->w.by);
}

/* "will convene a meeting in Beijing with Iran and Russia", "join X for
 * talks with Ukrainian officials", "held an exercise with three
 * countries": a cooperative act (roots 03-06) with no other party after
 * its verb is with the one after "with" in its clause (test_roles.c,
 * "with"). NULL if none. */
const mention *targets_with_party(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    int root = code_root(h->code);
    if (c->opt.literal || root < 3 || root > 6 || !r->sm) {
        return NULL;
    }
    size_t i = h->i, e = roles_clause_end(c, i, h->se);
    for (size_t q = i + 1; q < e; q++) {
        if (content_end(c, q) || tok_is_word(c, q, "as")) {
            e = q;   /* "to strengthen ties after meeting with X": another act's */
        }
    }
    for (size_t x = 0; x < si->mv.n; x++) {
        const mention *m = &si->mv.v[x];
        if (m->tok_start <= i || m->tok_start >= e || m->pronoun || !m->code[0]) {
            continue;
        }
        size_t q = m->tok_start;
        while (q > i + 1 && tok_has(c, q - 1, WC_DETERMINER)) {
            q--;
        }
        if (q > i + 1 && tok_is(c, q - 1, c->k->w.with) && !targets_same_side(m->code, r->sm->code[0] ? r->sm->code : "")) {
            return m;
        }
    }
    return NULL;
}

/* "The Chinese side proposed a price, but the European side refused": a
 * proposal or request (roots 02, 03) with no target of its own is aimed at
 * whoever refuses it after "but" (test_roles.c, "refuser"; the refusal's
 * own target is the proposer: refused_proposer). NULL if none. */
const mention *targets_proposal_refuser(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                       const head_roles *r)
{
    int root = code_root(h->code);
    if (c->opt.literal || (root != 2 && root != 3) || !r->sm) {
        return NULL;
    }
    for (size_t q = h->i + 1; q + 2 < h->se; q++) {
        if (tok_punct(c, q, '.') || tok_punct(c, q, ';')) {
            return NULL;
        }
        if (!tok_is(c, q, c->k->w.but)) {
            continue;
        }
        size_t b = q + 1;
        while (b < h->se && tok_has(c, b, WC_DETERMINER)) {
            b++;
        }
        const mention *m = NULL;
        for (size_t x = 0; x < si->mv.n && !m; x++) {
            if (si->mv.v[x].tok_start >= q + 1 && si->mv.v[x].tok_start <= b && !si->mv.v[x].pronoun &&
                (si->mv.v[x].code[0] || si->mv.v[x].sector[0])) {
                m = &si->mv.v[x];
            }
        }
        if (!m || (m->code[0] && r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
            return NULL;
        }
        /* its verb: right after it, or past an adverb or its head noun
         * ("the European side refused") */
        for (size_t v = m->tok_end; v < h->se && v < m->tok_end + 3 && c->t[v].kind == TOK_WORD; v++) {
            const pattern *vp, *np;
            pmatch pm;
            if (c->t[v].vlemma && match_head_patterns(c, v, &vp, &np) && vp &&
                match_best(c, &si->mv, vp, v, q + 1, roles_clause_end(c, v, h->se), &pm) >= 0) {
                return code_root(pm.p->code) == 12 ? m : NULL;
            }
        }
        return NULL;
    }
    return NULL;
}

/* A denial or rejection whose target the clause leaves unnamed: "Beijing
 * denies the allegations", "Kabul routinely denies providing sanctuary to
 * militants", "which Moscow denied" answer whoever the story said accused
 * the denier ("Kyiv denied it." only one who accused the denier's side),
 * "Trump denied the request" the story's last asker, "Hamas rejected
 * it." the asker of the sentence before; "denied the accusations while
 * responding to a statement by X" answers X (test_roles.c, "accuser",
 * "asker"; test_targets.c, "denied it", "rejected it"). */
void targets_denial_answers(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    size_t i = h->i, cw = i;
    if (r->tm || c->opt.literal || !r->sm || r->sm->pronoun ||
        !(!strncmp(h->code, "016", 3) || code_root(h->code) == 12 || code_root(h->code) == 5)) {
        return;
    }
    size_t vi = i;   /* "turned down the offer": past the verb's particle */
    if (h->best.last_tok == i + 1 && c->t[i + 1].kind == TOK_WORD && !tok_has(c, i + 1, WC_DETERMINER) &&
        !charge_word(c, i + 1)) {
        vi = i + 1;
    }
    int ask = charge_object(c, vi, h->ce, &cw);   /* 1: "the allegations", 2: "the request" */
    size_t lt = h->best.last_tok;
    if (!ask && lt > i + 1 && lt + 1 < h->se && charge_word(c, lt) && !tok_is(c, lt + 1, c->k->w.of) &&
        !tok_is(c, lt + 1, c->k->w.by) && !tok_is(c, lt + 1, c->k->w.from)) {
        cw = lt;   /* "turned down the offer": the pattern's own charge word */
        ask = charge_word(c, lt);
    }
    if (!ask && code_root(h->code) == 12 && (i + 1 >= h->se || c->t[i + 1].kind != TOK_WORD)) {
        ask = 2;   /* "The relatives refused.": what was asked of them */
    }
    const char *asker = c->ctx.last_asker;
    size_t ie = i + 2;   /* past "it": "rejected it outright." */
    while (ie < h->se && tok_adverb(c, ie)) {
        ie++;
    }
    bool it_denied = false;
    if (!ask && !strncmp(h->code, "016", 3) && (ie >= h->se || c->t[ie].kind != TOK_WORD) &&
        (tok_is(c, i + 1, c->k->w.it) || tok_is(c, i + 1, c->k->w.this) || tok_is_word(c, i + 1, "that"))) {
        /* "Russia accused Ukraine of shelling the plant. Kyiv denied it.":
         * an accusation of the denier's side the story told of */
        it_denied = true;
        ask = 1;
    }
    if (!ask && code_root(h->code) == 12 && tok_is(c, i + 1, c->k->w.it) &&
        (ie >= h->se || c->t[ie].kind != TOK_WORD) && c->ctx.last_ask[0] &&
        c->ctx.last_ask_sent == c->sent_base + h->s_index) {
        /* "Israel proposed a truce. Hamas rejected it.": what the
         * sentence before asked or offered */
        ask = 2;
        asker = c->ctx.last_ask;
    }
    if (code_root(h->code) == 5 && ask != 2) {
        return;   /* "supported the call", "welcomed the proposal": its maker's */
    }
    bool act = !ask && !strncmp(h->code, "016", 3) && denied_act(c, i, h->se);
    if (!ask && !act) {
        return;
    }
    char dbuf[16];
    const char *denier = denier_code(c, h, r->sm, dbuf);
    const char *owner = ask == 2 ? asker : it_denied ? accuser_of_side(c, denier) : accuser_of(c, denier);
    size_t q = r->sm->tok_start, sb = c->s[h->s_index].tok_start;
    while (q > sb && tok_has(c, q - 1, WC_DETERMINER)) {
        q--;
    }
    if (act && q > sb && tok_is_word(c, q - 1, "which")) {
        /* "X detailed transfers in a report — which Moscow denied": the
         * sentence's subject made what is denied */
        owner = "";
        for (size_t x = 0; x < si->mv.n && !owner[0]; x++) {
            const mention *m = &si->mv.v[x];
            if (m->tok_start >= sb && m->tok_start < q && m->code[0] && !m->pronoun) {
                owner = targets_same_side(m->code, denier) ? "-" : m->code;
            }
        }
        owner = owner[0] == '-' ? "" : owner;
    }
    /* what is denied ("providing sanctuary to X") names no one it answers */
    const mention *o = act ? NULL : other_in_sentence(c, &si->mv, r->sm, i, h->se, owner, cw);
    if (o && after_by(c, o) && o->code[0] && !targets_same_side(o->code, denier)) {
        coder_trace(c, "  \"%.*s\": answers the one the charge is by", TOKF(i));
        r->tm = o;
    } else if (!o && owner[0] && (ask != 2 || !asker_side(owner, denier))) {
        /* "The police asked the protesters to leave. The protesters
         * refused.": one country's other side is no one's own */
        coder_trace(c, "  \"%.*s\": answers the story's %s %s", TOKF(i), ask == 2 ? "asker" : "accuser", owner);
        targets_owner_target(r, owner, i);
    }
}

/* "have intensified attacks ..., inflicting heavy casualties on
 * government forces", "shelled the area, killing three soldiers":
 * violence with no target of its own hit the object of a participle of
 * violence that follows it after a comma (test_roles.c, "participle").
 * NULL if none. */
const mention *targets_violent_participle(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                          const head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, se = h->se;
    for (size_t q = i + 1; q + 2 < se && q < i + 25; q++) {
        if (tok_punct(c, q, ';') || tok_punct(c, q, '.') || is_quote_tok(c, q)) {
            return NULL;
        }
        if (!tok_punct(c, q, ',') || !c->t[q + 1].isverb || c->t[q + 1].vform != VF_ING || mv_inside(mv, q + 1)) {
            continue;
        }
        size_t v = q + 1;
        const pattern *vp, *np;
        pmatch pm;
        size_t ve = roles_clause_end(c, v, se);
        if (!c->t[v].vlemma || !match_head_patterns(c, v, &vp, &np) || !vp ||
            match_best(c, mv, vp, v, q + 1, ve, &pm) < 0 || code_root(pm.p->code) < 18) {
            return NULL;
        }
        const mention *m = roles_object(c, mv, v, roles_object_end(c, v, ve), true);
        return m && m != r->sm && !m->pronoun ? m : NULL;
    }
    return NULL;
}

/* "levied tariffs on steel from 35 countries, including the EU", "killed
 * 12 people, including two soldiers": an object that names no actor but a
 * plural of parties ("countries", "companies", "people") is aimed at the
 * actor its ", including" (", notably",
 * ", among them", ", such as") names (test_targets.c, "including"). NULL
 * if none. */
const mention *targets_included_party(const truce_coder *c, const sinfo *si, const head_roles *r, size_t after,
                                      size_t ce)
{
    static const char *const parties[] = {"countries", "nations", "states", "governments", "members", "allies",
        "partners", "neighbors", "neighbours", "companies", "firms", "banks", "groups", "organizations",
        "organisations", "parties", "people", "entities", "officials", "leaders", "economies", "exporters",
        "producers", "suppliers", "militias", "factions", "powers", NULL};
    size_t oe = roles_object_end(c, after, ce);
    if (oe + 2 >= ce || oe <= after + 1 || !tok_punct(c, oe, ',')) {
        return NULL;
    }
    bool plural = false;
    for (size_t q = after + 1; q < oe; q++) {
        const mention *pm = mv_at(&si->mv, q, false);
        size_t pq = q > 0 && tok_is(c, q - 1, c->k->w.the) ? q - 1 : q;
        if (pm && pm->tok_end <= oe && pq > 0 &&
            (tok_has(c, pq - 1, WC_LOCATIVE) || tok_is(c, pq - 1, c->k->w.to) || tok_is(c, pq - 1, c->k->w.from))) {
            q = pm->tok_end - 1;   /* "exports to the U.S.": a place */
            continue;
        }
        if (mv_inside(&si->mv, q) || tok_punct(c, q, ';') || is_quote_tok(c, q) ||
            (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) && !(c->t[q].flags & TF_CAP) &&
             (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN)) {
            return NULL;   /* an actor of its own, or another clause */
        }
        for (const char *const *w = parties; q + 1 == oe && *w; w++) {
            plural |= tok_is_word(c, q, *w);
        }
    }
    size_t b = oe + 1;
    if (tok_is_word(c, b, "including") || tok_is_word(c, b, "notably") || tok_is_word(c, b, "especially") ||
        tok_is_word(c, b, "particularly")) {
        b++;
    } else if ((tok_is_word(c, b, "among") && tok_is_word(c, b + 1, "them")) ||
               (tok_is_word(c, b, "such") && tok_is(c, b + 1, c->k->w.as))) {
        b += 2;
    } else {
        return NULL;
    }
    size_t d = b;
    while (d < ce && tok_has(c, d, WC_DETERMINER)) {
        d++;
    }
    const mention *m = NULL;
    for (size_t x = 0; plural && x < si->mv.n && !m; x++) {
        if (si->mv.v[x].tok_start >= b && si->mv.v[x].tok_start <= d) {
            m = &si->mv.v[x];   /* "the EU", "two soldiers" */
        }
    }
    if (!m || m->pronoun || m->unknown || m == r->sm || (!m->code[0] && !m->sector[0]) ||
        (m->code[0] && r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
        return NULL;
    }
    return m;
}

/* "conducted 13 rounds of missile tests in an effort to pressure the
 * U.S.", "held drills to intimidate Taiwan": a show or use of force (roots
 * 13-20) with no target of its own is aimed at whom its purpose, an
 * infinitive of demand, coercion or threat (a pattern of root 10-13 or
 * 16-17),
 * acts on (test_targets.c, "purpose"). NULL if none. */
static const mention *purpose_target(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    const mvec *mv = &si->mv;
    int root = code_root(h->code);
    if (root < 13 || !r->sm) {
        return NULL;
    }
    for (size_t q = h->i + 1; q + 2 < h->se && q < h->i + 25; q++) {
        if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_punct(c, q, '.') || is_quote_tok(c, q) ||
            tok_is(c, q, c->k->w.that) || tok_is(c, q, c->k->w.and_) || tok_is(c, q, c->k->w.but) ||
            (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) && !(c->t[q].flags & TF_CAP) &&
             !mv_inside(mv, q) && (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN)) {
            return NULL;   /* another clause: "... after X threatened to punish Y" */
        }
        if (!tok_is(c, q, c->k->w.to) || !c->t[q + 1].isverb || c->t[q + 1].vform != VF_BASE ||
            (c->t[q + 1].flags & TF_CAP) || mv_inside(mv, q + 1)) {
            continue;
        }
        size_t v = q + 1;
        const pattern *vp, *np;
        pmatch pm;
        size_t ve = roles_clause_end(c, v, h->se);
        if (!c->t[v].vlemma || !match_head_patterns(c, v, &vp, &np) || !vp ||
            match_best(c, mv, vp, v, q + 1, ve, &pm) < 0) {
            return NULL;
        }
        int pr = code_root(pm.p->code);
        if (!(pr >= 10 && pr <= 13) && pr != 16 && pr != 17) {
            return NULL;   /* "to free the hostages", "to protect civilians": no one coerced */
        }
        const mention *m = roles_object(c, mv, v, roles_object_end(c, v, ve), false);
        if (!m || m == r->sm || m->pronoun || !m->code[0] ||
            (r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
            return NULL;
        }
        return m;
    }
    return NULL;
}

/* "shelled rebel positions", "attacked an army checkpoint", "raided
 * militant hideouts": force with no target of its own whose object is
 * what a side holds (grammar.tsv's class held) after a role's word is
 * aimed at that role, which roles_object leaves as the noun's modifier
 * (test_targets.c, "held"). NULL if none. */
static const mention *holder_target(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r,
                                    size_t after, size_t ce)
{
    if (code_root(h->code) < 17 || !r->sm) {
        return NULL;
    }
    size_t oe = roles_object_end(c, after, ce);
    for (size_t x = 0; x < si->mv.n; x++) {
        const mention *m = &si->mv.v[x];
        if (m->tok_start <= h->i || m->tok_end >= oe || m->pronoun || m == r->sm || (!m->code[0] && !m->sector[0]) ||
            !tok_has(c, m->tok_end, WC_HELD) || (c->t[m->tok_end].flags & TF_CAP)) {
            continue;
        }
        if (m->code[0] && r->sm->code[0] && targets_same_side(m->code, r->sm->code)) {
            return NULL;   /* "stormed their own positions" */
        }
        size_t ms = m->tok_start;
        if (ms > 0 && c->t[ms - 1].kind == TOK_WORD && memchr(c->text + c->t[ms - 1].start, '-',
                                                                c->t[ms - 1].end - c->t[ms - 1].start)) {
            return NULL;   /* "IS-led military vehicles": the compound's */
        }
        for (size_t q = after + 1; q < ms; q++) {
            if ((tok_has(c, q, WC_PRONOUN) && !tok_has(c, q, WC_POSSESSIVE)) || tok_is_word(c, q, "after") || tok_is_word(c, q, "before") ||
                tok_is(c, q, c->k->w.when) || tok_is(c, q, c->k->w.while_) ||
                (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) && !(c->t[q].flags & TF_CAP) &&
                 !mv_inside(&si->mv, q) && (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN &&
                 (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_ADJ)) {
                return NULL;   /* "shot X after he drove toward a military checkpoint" */
            }
        }
        return m;
    }
    return NULL;
}

/* The owner a hyphenated word at token j names, when its second part is
 * one of words ("Turkish-owned", "rebel-held", "ISIS-controlled"): a
 * country, a role of no country ("---REB") if roles, or a named group of
 * one code, into code (16 bytes). */
bool targets_hyphen_owner(const truce_coder *c, size_t j, const char *const *words, bool roles, char code[16])
{
    const token *t = &c->t[j];
    if (t->kind != TOK_WORD) {
        return false;
    }
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start, hy = 0;
    while (hy < n && p[hy] != '-') {
        hy++;
    }
    bool own = false;
    for (const char *const *w = words; *w && hy + 1 < n; w++) {
        own |= n - hy - 1 == strlen(*w) && !memcmp(p + hy + 1, *w, strlen(*w));
    }
    uint8_t key[64];
    ptrdiff_t kl = own && hy > 0 ? text_key(p, (ptrdiff_t)hy, key, sizeof key) : -1;
    uint32_t id = kl > 0 ? intern_find(&c->k->words, (str){key, kl}) : 0;
    uint32_t node = id ? trie_child(&c->k->actors, 0, id) : 0;
    for (const actor_entry *x = node ? c->k->actors.payload[node] : NULL; x; x = x->next) {
        if ((x->kind == AK_ADJ || x->kind == AK_COUNTRY) && actor_is_country(x->code) && (p[0] & 0x80 || (p[0] >= 'A' && p[0] <= 'Z'))) {
            snprintf(code, 16, "%.3s", x->code);
            return true;
        }
        if (roles && x->kind == AK_AGENT && strlen(x->code) == 3 && !x->commentator) {
            snprintf(code, 16, "---%s", x->code);   /* "rebel-held": ---REB */
            return true;
        }
        if (roles && x->kind == AK_NAMED && x->n_spells == 1 && x->spells[0].code[0]) {
            snprintf(code, 16, "%s", x->spells[0].code);   /* "ISIS-held" */
            return true;
        }
    }
    return false;
}

/* "stormed the Mavi Marmara, a Turkish-owned ship", "shelled rebel-held
 * areas", "bombed the ISIS-controlled town": force or seizure (roots
 * 17-20) whose object names no actor but the owner or holder of what it
 * hits in a hyphenated word is aimed at that owner (test_targets.c,
 * "owned"). Sets r->tm; false if none. */
static bool owned_target(const truce_coder *c, const head_ctx *h, head_roles *r, size_t after, size_t ce)
{
    static const char *const owned[] = {"owned", "operated", "registered", NULL};
    static const char *const held[] = {"held", "controlled", "occupied", "run", "dominated", "besieged", NULL};
    if (code_root(h->code) < 17 || !r->sm) {
        return false;
    }
    const char *own = r->sm->code[0] ? r->sm->code : r->sm->country;
    size_t oe = roles_object_end(c, after, ce);
    for (size_t q = h->i + 1; q < oe && q < after + 12; q++) {   /* within the pattern too: "raided Serb-run offices" */
        char code[16];
        if (q > after && c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) &&
            !(c->t[q].flags & TF_CAP)) {
            return false;   /* another clause (the pattern's own words are not: "escalated attacks on") */
        }
        if ((targets_hyphen_owner(c, q, owned, false, code) || targets_hyphen_owner(c, q, held, true, code)) &&
            !(strlen(code) >= 3 && actor_is_country(code) && !strncmp(code, own, 3)) &&
            !targets_same_side(code, own)) {
            targets_owner_target(r, code, q);
            return true;
        }
    }
    return false;
}

/* "In Paris, the North Vietnamese refused to change the terms": is the
 * event's place set off by a comma at the start of the sentence, before
 * the subject of what is said, asked or refused (roots 02-12 but
 * meetings)? Then it is where it happened, not at whom (test_targets.c,
 * "fronted place"). */
static bool fronted_place(const truce_coder *c, const head_ctx *h, const head_roles *r)
{
    const mention *loc = h->x.loc;
    int root = code_root(h->code);
    if (c->opt.literal || root < 2 || root > 12 || root == 4 || !loc || !r->sm ||
        loc->tok_start > c->s[h->s_index].tok_start + 3 || loc->tok_end >= r->sm->tok_start || r->sm->tok_end > h->i) {
        return false;
    }
    for (size_t q = loc->tok_end; q < r->sm->tok_start; q++) {
        if (tok_punct(c, q, ',')) {
            return true;
        }
    }
    return false;
}

/* The target: the object after the verb (the complement's subject after
 * "that"), else the place the act was aimed at. */
void roles_find_target(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, se = h->se, ce = h->ce;
    evctx *x = &h->x;
    vinfo *v = &h->v;
    const pmatch *best = &h->best;
    /* a target role with no country of its own takes the event's place, the
     * dateline's country, or that of a source acting at home ("Egyptian
     * police opened fire on demonstrators"); an army's victims need not be
     * its own people */
    const char *ss = strlen(r->sm->code) >= 6 ? r->sm->code + 3 : "";
    bool home = !strncmp(ss, "COP", 3) || !strncmp(ss, "GOV", 3) || !strncmp(ss, "JUD", 3);
    if (!c->opt.literal && ce < se && (c->t[ce].flags & TF_QUOTE_OPEN) && ce > i + 1 && is_prep(c, c->t[ce - 1].id)) {
        /* "impose the tariff on “all wines ... coming out of France": an
         * object quoted after its preposition is still the object */
        size_t q = ce + 1;
        while (q < se && !(c->t[q].flags & TF_QUOTE_CLOSE) && !tok_punct(c, q, '.') && !tok_punct(c, q, ';')) {
            q++;
        }
        ce = q;
    } else if (!c->opt.literal && ce < se && (c->t[ce].flags & TF_QUOTE_OPEN) && ce > i) {
        /* "exert “maximum pressure” on Iran": a few words quoted in the
         * object, no clause of their own, do not end it */
        size_t q = ce;
        bool verb = false;
        while (q < se && q < ce + 5 && !(c->t[q].flags & TF_QUOTE_CLOSE)) {
            verb |= (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) &&
                     !(c->t[q].flags & TF_CAP)) || mv_inside(mv, q);   /* nor a quoted actor: “Chinese nationals” */
            q++;
        }
        if (q < se && (c->t[q].flags & TF_QUOTE_CLOSE) && !verb && q + 1 < se) {
            ce = roles_clause_end(c, q + 1, se);
        }
    }
    /* ... but a government's statement about a role ("Washington alleges
     * the insurgent group ...") is about the country the story is of, not
     * the government's own (test_roles.c, "home") */
    const char *story_cc = c->opt.literal ? NULL : context_role_country(c);
    if (home && story_cc && r->sm->country[0] && strncmp(story_cc, r->sm->country, 3) != 0 &&
        strncmp(ss, "COP", 3) != 0) {
        home = false;
    }
    r->role_cc = x->loc && x->loc->country[0] && !roles_border(c, x->loc) ? x->loc->country
                        : c->dl_country[0] ? c->dl_country
                        : home && r->sm->country[0] ? r->sm->country : NULL;
    if (!r->tm && !v->passive) {
        size_t after = best->last_tok > i ? best->last_tok : i;
        /* "demanded Friday that ...", "said firmly that ..." */
        size_t th = i + 1;
        while (th < se && th < i + 4 && (tok_adverb(c, th) ||
               (tok_has(c, th, WC_DATE_WORD) && (c->t[th].flags & TF_CAP)))) {
            th++;
        }
        if (!c->opt.literal && !tok_is(c, th, k->w.that) && after > i) {
            size_t t2 = after + 1;   /* "insisted on its demands that X grant ...", "its demand today that" */
            while (t2 < se && t2 < after + 4 && (tok_adverb(c, t2) || tok_has(c, t2, WC_DATE_WORD))) {
                t2++;
            }
            if (tok_is(c, t2, k->w.that)) {
                th = t2;
            }
        }
        if (th < se && tok_is(c, th, k->w.that)) {
            /* "demanded that the US cancel ...": the complement's subject
             * is the one the demand is made of */
            size_t e2 = roles_clause_end(c, th, se);
            r->tm = roles_object(c, mv, th, e2, true);
            if (r->tm && !c->opt.literal) {
                r->tm = passive_complement(c, mv, r->tm, se);   /* past a quotation mark */
            }
        } else {
            /* literal (dictionary) coding: the object starts before the
             * next comma, as a parse's verb phrase would end there (TABARI
             * leaves out comma-delimited clauses instead: comma_clauses) */
            size_t oe = ce;
            for (size_t q = after + 1; c->opt.literal && !c->opt.tabari && q < ce; q++) {
                if (tok_punct(c, q, ',')) {
                    oe = q;
                    break;
                }
            }
            if (c->opt.tabari) {
                /* TABARI: the target is in the verb's clause, which goes
                 * on past the pattern ("shot and wounded Gondor") */
                size_t tce = tabari_clause_end(c, after, se);
                oe = tce < oe ? tce : oe;
            }
            if (!c->opt.literal) {
                /* not past a comma that opens another clause, even where
                 * the pattern's words go on ("called for shuttering Dadaab,
                 * after intelligence reports ...") */
                size_t oh = roles_object_end(c, i, oe);
                oe = roles_object_end(c, after, oe);
                oe = oh < oe ? oh : oe;
            }
            r->tm = roles_object(c, mv, i, oe, true);
            if (!r->tm && after > i) {
                r->tm = roles_object(c, mv, after, oe, true);
            }
            if (!r->tm && c->opt.tabari && oe == ce && ce < se && tok_is(c, ce, k->w.that)) {
                /* TABARI: "expressed hopes on Thursday that Osgiliath ...":
                 * the first actor after the verb, past THAT */
                r->tm = roles_object(c, mv, ce, roles_clause_end(c, ce, se), true);
            }
        }
        if (!r->tm && after > i && !c->opt.literal) {
            size_t oh = roles_object_end(c, i, ce), oa = roles_object_end(c, after, ce);
            r->tm = roles_object(c, mv, after, oh < oa ? oh : oa, true);
        }
        if (!r->tm && !c->opt.literal) {
            r->tm = roles_charge_owner(c, mv, h->sb, r->sm, i);
        }
        target_from_story(c, si, h, r, ce);
        if (!r->tm && !c->opt.literal) {
            /* "strengthened its forces in Lebanon": aimed at the place of
             * the subject's own forces */
            for (size_t xm = 0; xm < mv->n && !r->tm; xm++) {
                const mention *m = &mv->v[xm];
                if (m->placed && m->tok_start > i && m->tok_start < roles_object_end(c, after, ce) &&
                    tok_has(c, m->tok_start - 1, WC_POSSESSIVE) && m->country[0] &&
                    strncmp(m->country, r->sm->code, 3) != 0) {
                    r->place_target = *m;
                    snprintf(r->place_target.code, sizeof r->place_target.code, "%.3s", m->country);
                    r->tm = &r->place_target;
                }
            }
        }
        if (r->tm && !c->opt.literal && (tok_is(c, r->tm->tok_end, k->w.s) || tok_punct(c, r->tm->tok_end, '\''))) {
            /* "a fight with the United States' biggest trading partners —
             * Mexico, Canada": the possessed are the object, when named */
            size_t oe2 = roles_object_end(c, after, ce);
            for (size_t xm = mv_index(mv, r->tm) + 1; xm < mv->n; xm++) {
                const mention *m = &mv->v[xm];
                if (m->tok_start >= oe2) {
                    break;
                }
                if (m->code[0] && !m->pronoun && m != r->sm && m->tok_start <= r->tm->tok_end + 8 &&
                    strncmp(m->code, r->tm->code, 3) != 0 && !is_prep(c, m->prev_id) &&
                    (tok_punct(c, m->tok_start - 1, '-') || tok_punct(c, m->tok_start - 1, ':') ||
                     tok_punct(c, m->tok_start - 1, ',') || roles_dash(c, m->tok_start - 1))) {
                    r->tm = m;
                    break;
                }
            }
        }
        if (!r->tm && !c->opt.literal) {
            r->tm = roles_possessor_of_object(c, mv, h->sb, r->sm, i, roles_object_end(c, after, ce));
        }
        if (!r->tm && !c->opt.literal) {
            r->tm = targets_included_party(c, si, r, after, ce);
        }
        if (!r->tm && !c->opt.literal) {
            r->tm = purpose_target(c, si, h, r);
        }
        if (!r->tm && !c->opt.literal) {
            r->tm = holder_target(c, si, h, r, after, ce);
        }
        if (!r->tm && !c->opt.literal) {
            owned_target(c, h, r, after, ce);
        }
        if ((!r->tm || r->tm == r->sm) && !c->opt.literal && !v->verb && code_root(h->code) >= 18) {
            r->tm = noun_subject_target(c, si, h, r);
        }
        if ((!r->tm || r->tm == r->sm) && !c->opt.literal && code_root(h->code) >= 18) {
            r->tm = targets_violent_participle(c, si, h, r);
        }
        if (r->tm && r->tm == r->sm && c->opt.tabari && after > i) {
            /* "contribute a million peso Bree to Gondor" (* PESO_$): the
             * target is after the pattern's source */
            r->tm = roles_object(c, mv, after, ce, true);
        }
        r->tm = r->tm == r->sm ? NULL : r->tm;
        if (!r->tm && c->opt.tabari && best->n_skip && r->sm && r->sm->tok_end <= i) {
            r->tm = tabari_skipped_target(c, si, h, r);
        }
        /* "lifted the curfew in Montenegro", "arrived in Amman": with no
         * other target, the place the act was aimed at */
        /* ... but what one says or declines to say is aimed at no place
         * ("had no comment on the ship's departure from China") */
        /* ... nor where people meet or talk ("met Kim at the Singapore
         * summit"): the place is the venue, not the other party; visits
         * are to it (test_roles.c, "venue") */
        /* ... nor a place set before the subject of what is said, asked
         * or refused (fronted_place) */
        /* ... nor one role's two sides ("rival gangs clashed": targets_held.c) */
        if (!r->tm && !targets_rival_sides(c, h, r) && x->loc && x->loc != r->sm && x->loc->country[0] &&
            !fronted_place(c, h, r) && mv_group(mv, mv_index(mv, r->sm)).n == 1 &&
            strncmp(x->loc->country, r->sm->code, 3) != 0 &&
            (c->opt.literal || (code_root(h->code) != 1 && !venue_code(h->code)))) {
            r->place_target = *x->loc;
            /* literal coding: the place's own dictionary code ("Michel
             * Delving" SHRGOV), else its country */
            snprintf(r->place_target.code, sizeof r->place_target.code, "%s",
                     c->opt.literal && x->loc->code[0] ? x->loc->code : x->loc->country);
            r->tm = &r->place_target;
        }
    }
}
