/* targets_check.c — the target the clause offers, checked.
 *
 * targets.c finds a target from the clause's grammar; this module checks
 * it and fills what is left: not the reporter of the act (", police
 * said"), not a capacity ("resigned as leader"), not one's own country
 * after a preposition, not those inside what is denied or said, not a
 * territory at stake ("sovereignty of X"), not the victims of condemned
 * violence; else the party of "with", the refuser of a proposal, the one
 * party a refusal answers, the one armed group a sentence names for the
 * unnamed attackers the state's force hits. Then, after roles are placed,
 * no state acts on its own country named as a place
 * (roles_drop_own_state).
 *
 * Tests: tests/unit/test_roles.c, tests/unit/test_targets.c.
 */
#include "coder.h"
#include "targets.h"

#include <stdio.h>

static const mention *sole_party(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r);

/* Is the role m of other countries ("international forces", "foreign
 * troops", "coalition forces", "Western diplomats")? */
bool roles_foreign_role(const truce_coder *c, const mention *m)
{
    static const char *const words[] = {"international", "foreign", "multinational", "coalition", "allied",
        "western", "overseas", "NATO-led", "U.S.-led", "UN", "U.N.", NULL};
    for (size_t q = m->tok_start > 2 ? m->tok_start - 2 : 0; q < m->tok_end; q++) {
        for (const char *const *w = words; *w; w++) {
            if (tok_is_word(c, q, *w) && !tok_is(c, q + 1, c->k->w.of)) {
                return true;   /* not "a coalition of rights groups" */
            }
        }
    }
    return false;
}

/* Is the noun phrase at token b after a preposition of place ("to the U.S.",
 * "in Kenya", "from China")? */
static bool place_prep(const truce_coder *c, size_t b)
{
    const kb *k = c->k;
    size_t q = b;
    if (q > 0 && tok_is(c, q - 1, k->w.the)) {
        q--;
    }
    if (q == 0) {
        return false;
    }
    uint32_t id = c->t[q - 1].id;
    return id && (id == k->w.to || id == k->w.into || id == k->w.in || id == k->w.from || id == k->w.at ||
                  id == k->w.inside || id == k->w.within || id == k->w.across);
}

/* Is the verb at i "blame" ("blamed the attacks on X": X is blamed)? */
static bool blames(const truce_coder *c, size_t i)
{
    return tok_is_word(c, i, "blame") || tok_is_word(c, i, "blamed") || tok_is_word(c, i, "blames") ||
           tok_is_word(c, i, "blaming");
}

/* Is m the territory in "sovereignty of/over m"? */
static bool sovereignty_of(const truce_coder *c, const mention *m)
{
    size_t q = m->tok_start;
    if (q > 0 && tok_is(c, q - 1, c->k->w.the)) {
        q--;
    }
    return q >= 2 && (tok_is(c, q - 1, c->k->w.of) || tok_is(c, q - 1, c->k->w.over)) &&
           tok_is_word(c, q - 2, "sovereignty");
}

/* Is m after "against" or "on" after a noun of violence ("violence
 * against civilians", "the attack on the town")? */
static bool victim_of_act(const truce_coder *c, const mention *m)
{
    size_t q = m->tok_start;
    if (q > 0 && tok_has(c, q - 1, WC_DETERMINER)) {
        q--;
    }
    if (q < 2 || !(tok_is_word(c, q - 1, "against") || tok_is(c, q - 1, c->k->w.on))) {
        return false;
    }
    size_t n = q - 2;
    if (tok_is_word(c, n, "violence") || tok_is_word(c, n, "aggression")) {
        return true;
    }
    const pattern *vp, *np;
    if (c->t[n].kind != TOK_WORD || !match_head_patterns(c, n, &vp, &np) || !np) {
        return false;
    }
    for (const pattern *p = np; p; p = p->next) {
        if (p->noun && code_root(p->code) >= 18) {
            return true;
        }
    }
    return false;
}

/* Is a a bare country and b its government or forces ("USA" and
 * "USAGOV")? Not its people: "Algerians demanded reforms from the
 * Algerian government" (the caller asks that a is a country's name and b
 * a person: "the United States ..., with its adviser X
 * speaking"). */
static bool own_state(const char *a, const char *b)
{
    if (!actor_is_country(a) || !actor_is_country(b) || strlen(a) != 3 || strncmp(a, b, 3) != 0) {
        return false;
    }
    return !strcmp(b + 3, "GOV") || !strcmp(b + 3, "MIL");
}

/* Are a and b one country's state: the same country, each the country
 * itself, its government or forces ("KENGOV" and "KEN"; not "KENOPP"
 * and "KENGOV", nor its former rulers "SDNELI")? */
static bool own_possessor(const char *a, const char *b)
{
    static const char *const state[] = {"", "GOV", "MIL", NULL};
    bool sa = false, sb = false;
    if (!actor_is_country(a) || !actor_is_country(b) || strlen(a) < 3 || strncmp(a, b, 3) != 0) {
        return false;
    }
    for (const char *const *q = state; *q; q++) {
        sa |= !strcmp(a + 3, *q);
        sb |= !strcmp(b + 3, *q);
    }
    return sa && sb;
}

/* Where m ends with the mentions of the same actor right after it ("the
 * Biden" "administration": one possessor, USAGOV). */
static size_t same_actor_end(const mvec *mv, const mention *m)
{
    size_t end = m->tok_end;
    if (m < mv->v || m >= mv->v + mv->n) {
        return end;   /* a place made for the event, in no sentence's list */
    }
    for (size_t x = mv_index(mv, m) + 1; x < mv->n && mv->v[x].tok_start == end; x++) {
        if (strcmp(mv->v[x].code, m->code) != 0) {
            break;
        }
        end = mv->v[x].tok_end;
    }
    return end;
}

/* Is there, in [b, e), a gerund right after the verb ("deny providing")
 * or an infinitive ("to provide"), no actor's word? */
static bool nonfinite_between(const truce_coder *c, const mvec *mv, size_t b, size_t e)
{
    size_t g = b;
    while (g < e && tok_adverb(c, g)) {
        g++;
    }
    for (size_t q = b; q < e; q++) {
        if (mv_inside(mv, q) || (c->t[q].flags & TF_CAP) || !c->t[q].isverb) {
            continue;
        }
        if ((q == g && c->t[q].vform == VF_ING) ||
            (c->t[q].vform == VF_BASE && q > b && tok_is(c, q - 1, c->k->w.to))) {
            return true;
        }
    }
    return false;
}

/* Is m the one an act is done for: after "in support of", "in defense of",
 * "on behalf of" ("carried out an airstrike in support of Afghan troops",
 * "spoke on behalf of the rebels")? The caller leaves a rally's ("marched
 * in support of X") to it: a rally is for whom it backs. */
static bool supported_party(const truce_coder *c, const mention *m)
{
    static const char *const in_words[] = {"support", "defense", "defence", "solidarity", "aid", NULL};
    size_t q = m->tok_start;
    while (q > 0 && tok_has(c, q - 1, WC_DETERMINER) && !tok_is(c, q - 1, c->k->w.of)) {
        q--;
    }
    if (q < 3 || !tok_is(c, q - 1, c->k->w.of)) {
        return false;
    }
    if (tok_is(c, q - 3, c->k->w.on)) {
        return tok_is_word(c, q - 2, "behalf");
    }
    for (const char *const *w = in_words; *w && tok_is(c, q - 3, c->k->w.in); w++) {
        if (tok_is_word(c, q - 2, *w)) {
            return true;
        }
    }
    return false;
}

/* "called on all parties to protect civilians", "urged the Commission not
 * to impose tariffs on China": a request or demand (roots 02, 10) whose
 * addressee is a noun phrase of no actor before its infinitive; those the
 * infinitive acts on are not whom it is made of (test_targets.c,
 * "unnamed addressee"). */
static bool unnamed_addressee(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    int root = code_root(h->code);
    if (c->opt.literal || !r->tm || (root != 2 && root != 10) || r->tm->tok_start <= h->i + 1) {
        return false;
    }
    size_t q = h->best.last_tok > h->i ? h->best.last_tok + 1 : h->i + 1, b = q;
    while (q < r->tm->tok_start && tok_has(c, q, WC_DETERMINER | WC_POSSESSIVE | WC_MODIFIER)) {
        q++;
    }
    /* the addressee's nouns: lower-case words, no actor's, no verb but
     * right after a determiner ("all parties") */
    size_t n = q;
    while (q < r->tm->tok_start && c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) &&
           (!c->t[q].isverb || c->t[q].vform == VF_S || (q == n && n > b)) &&
           !is_prep(c, c->t[q].id) && !mv_inside(&si->mv, q) && !tok_is(c, q, c->k->w.that) &&
           !tok_has(c, q, WC_DETERMINER | WC_DATE_WORD)) {
        q++;
    }
    if (q == n) {
        return false;
    }
    if (tok_is(c, q, c->k->w.not_)) {
        q++;
    }
    return q + 1 < r->tm->tok_start && tok_is(c, q, c->k->w.to) && c->t[q + 1].isverb &&
           c->t[q + 1].vform == VF_BASE;
}

/* "The Chinese side proposed a price, but the European side refused": a
 * rejection with no object of its own, after "but", is aimed at the
 * subject of the clause before (test_roles.c). NULL if not so. */
static const mention *refused_proposer(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                       const head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, sb = c->s[h->s_index].tok_start;
    if (code_root(h->code) != 12 || !r->sm || r->sm->pronoun || r->sm->tok_end > i || i + 1 >= c->nt ||
        c->t[i + 1].kind == TOK_WORD) {
        return NULL;   /* "refused." / "refused," only */
    }
    size_t q = r->sm->tok_start;
    while (q > sb && tok_has(c, q - 1, WC_DETERMINER)) {
        q--;
    }
    if (q <= sb || !tok_is(c, q - 1, c->k->w.but)) {
        return NULL;
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start >= sb && m->tok_end < q && (m->code[0] || m->sector[0]) && !m->pronoun &&
            !is_prep(c, m->prev_id) && strncmp(m->code, r->sm->code, 3) != 0) {
            return m;   /* the first actor: the clause before's subject */
        }
    }
    return NULL;
}

/* What the clause offers as the target, checked: a capacity ("resigned as
 * leader"), a place of no comment ("departure from China"), one's own
 * country after a preposition ("exports to the U.S."), those inside what
 * is denied or said, a territory at stake ("sovereignty of X"), the
 * victims of condemned violence. */
/* Is m the speaker of an attribution after a comma (", a police
 * spokesman said", ", police said", ", an official was quoted as
 * saying")? Whoever reports an act is no party to it (test_roles.c,
 * "attribution"). */
static bool attribution_speaker(const truce_coder *c, const mention *m, size_t se)
{
    size_t b = m->tok_start;
    while (b > 0 && tok_has(c, b - 1, WC_DETERMINER)) {
        b--;
    }
    if (b == 0 || !tok_punct(c, b - 1, ',')) {
        return false;
    }
    size_t q = m->tok_end;
    while (q < se && (tok_adverb(c, q) || is_be(c, q))) {
        q++;
    }
    uint32_t l = q < se ? c->t[q].vlemma : 0;
    return l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH) && c->t[q].isverb &&
           c->t[q].vform != VF_NONE && c->t[q].vform != VF_ING;
}

/* The sector of m: a named actor's ("SOMCOP": COP), else its role's. */
static const char *sector_of(const mention *m)
{
    return m->code[0] ? (strlen(m->code) >= 6 ? m->code + 3 : "") : m->sector;
}

/* "Security forces killed all six attackers who laid siege to a hotel and
 * later killed 50 al-Shabab militants": force by the state's side whose
 * victims are attackers the sentence does not name are the one armed group
 * it names, of the attackers' country (test_targets.c, "named attackers");
 * NULL if it names none or more than one. */
static const mention *named_attackers(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                      const head_roles *r)
{
    int root = code_root(h->code);
    if (c->opt.literal || !r->tm || !r->sm || root < 18 || root > 20 || r->tm->code[0] ||
        strcmp(r->tm->sector, "UAF") != 0) {
        return NULL;
    }
    const char *by = sector_of(r->sm);
    if (strncmp(by, "MIL", 3) && strncmp(by, "COP", 3) && strncmp(by, "GOV", 3) && strncmp(by, "SPY", 3)) {
        return NULL;
    }
    const mention *group = NULL;
    for (size_t x = 0; x < si->mv.n; x++) {
        const mention *m = &si->mv.v[x];
        if (m->pronoun || strlen(m->code) < 6 || strncmp(m->code + 3, "REB", 3) != 0) {
            continue;
        }
        if (group && strcmp(group->code, m->code) != 0) {
            return NULL;   /* two groups: neither */
        }
        group = m;
    }
    /* the attackers' own country's group, not one of another story run
     * on ("attackers in Baghdad ... since the PKK took up arms") */
    const char *cc = r->role_cc ? r->role_cc : context_role_country(c);
    return group && cc && !strncmp(group->code, cc, 3) ? group : NULL;
}

void roles_check_target(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    if (r->tm && !c->opt.literal && r->tm->tok_start > h->i && r->tm >= si->mv.v && r->tm < si->mv.v + si->mv.n &&
        attribution_speaker(c, r->tm, h->se)) {
        /* the act is in the reporter's country, if any: "agreed to set up
         * a centre in Tokyo, officials said" JPN */
        coder_trace(c, "  \"%.*s\": its target reports the act, no party to it", TOKF(h->i));
        const char *cc = r->tm->code[0] && actor_is_country(r->tm->code) ? r->tm->code
                         : !r->tm->code[0] ? r->role_cc : NULL;
        char own[4];
        snprintf(own, sizeof own, "%.3s", cc ? cc : "");
        if (cc) {
            targets_owner_target(r, own, r->tm->tok_start);
        } else {
            r->tm = NULL;
        }
    }
    if (!r->tm && !c->opt.literal) {
        r->tm = refused_proposer(c, si, h, r);
    }
    if (r->tm && !c->opt.literal && r->tm->tok_start > h->i && r->tm->prev_id == c->k->w.as && !r->tm->code[0]) {
        r->tm = NULL;   /* "resigned as leader of his party": a capacity, no one acted on */
    }
    if (r->tm && !c->opt.literal && code_root(h->code) == 1 && strlen(r->tm->code) == 3 &&
        r->tm->prev_id == c->k->w.from && r->tm->tok_start > h->i) {
        r->tm = NULL;   /* "no comment on the ship's departure from China": a place */
        /* "rejected Pakistan's allegation that ... from Afghan soil": the
         * one whose charge it is */
        const mention *o = mv_at(&si->mv, h->i + 1, false);
        static const char *const charges[] = {"allegation", "allegations", "accusation", "accusations", "claim",
            "claims", "charge", "charges", "assertion", "assertions", NULL};
        for (const char *const *w = charges; o && *w && !r->tm; w++) {
            if (tok_is(c, o->tok_end, c->k->w.s) && tok_is_word(c, o->tok_end + 1, *w) && o != r->sm) {
                r->tm = o;
            }
        }
    }
    if (r->tm && r->sm && !c->opt.literal && strlen(r->tm->code) == 3 && !strncmp(r->tm->code, r->sm->code, 3) &&
        strlen(r->sm->code) > 3 && r->tm->tok_start > h->i + 1 && actor_is_country(r->tm->code) &&
        r->tm->kind != AK_PEOPLE && place_prep(c, r->tm->tok_start) &&
        (r->tm->tok_end >= h->se || c->t[r->tm->tok_end].kind != TOK_WORD || is_prep(c, c->t[r->tm->tok_end].id) ||
         tok_is(c, r->tm->tok_end, c->k->w.and_))) {
        /* "levied tariffs on exports to the U.S. from 35 countries,
         * including the EU": one's own country after a preposition is a
         * place; the object goes on after it */
        size_t from = r->tm->tok_end - 1;
        r->tm = roles_object(c, &si->mv, from, roles_object_end(c, from, h->ce), true);
        if (!r->tm) {
            r->tm = targets_included_party(c, si, r, from, h->ce);
        }
    }
    if (r->tm && !c->opt.literal && (!strcmp(h->code, "010") || !strncmp(h->code, "016", 3)) &&
        r->tm->tok_start > h->i + 1 && nonfinite_between(c, &si->mv, h->i + 1, r->tm->tok_start)) {
        /* "deny providing sanctuary to fighters": those in what is denied
         * or said are not whom it answers; what is considered is aimed at
         * them ("considering sending aid to X") (test_roles.c, "content") */
        coder_trace(c, "  \"%.*s\": its target is inside what is said, not whom it is said to", TOKF(h->i));
        r->tm = NULL;
    }
    size_t pe;
    while (r->tm && r->sm && !c->opt.literal && r->tm->tok_start > h->i && r->tm->code[0] && !r->tm->pronoun &&
           (pe = same_actor_end(&si->mv, r->tm), tok_is(c, pe, c->k->w.s) || tok_punct(c, pe, '\'')) &&
           own_possessor(r->sm->code, r->tm->code)) {
        /* "reaffirmed Kenya's commitment to Uganda's security": the
         * subject's own state owning the object is no party to the act;
         * the one after it may be (test_roles.c, "own possessor"); "the
         * Biden administration's": a person and the body he heads, one
         * possessor */
        size_t from = pe;
        r->tm = roles_object(c, &si->mv, from, roles_object_end(c, from, h->ce), true);
    }
    if (r->tm && r->sm && !c->opt.literal && !strncmp(h->code, "016", 3) && r->tm->tok_start > h->i &&
        r->tm->code[0] && r->sm->code[0] && actor_is_country(r->tm->code) && actor_is_country(r->sm->code) &&
        !strncmp(r->tm->code, r->sm->code, 3)) {
        /* "The Kremlin denied that Russian forces targeted civilians": a
         * denial answers its accuser, not the denier's own side it
         * speaks for (test_targets.c, "own denied") */
        coder_trace(c, "  \"%.*s\": its target is the denier's own side", TOKF(h->i));
        r->tm = NULL;
    }
    targets_denial_answers(c, si, h, r);
    if (!r->tm || (r->sm && r->tm->code[0] && !strcmp(r->tm->code, r->sm->code))) {
        const mention *w = targets_with_party(c, si, h, r);
        r->tm = w ? w : r->tm;
    }
    if (!r->tm) {
        r->tm = targets_proposal_refuser(c, si, h, r);
    }
    if (r->tm && !c->opt.literal && code_root(h->code) < 11 && sovereignty_of(c, r->tm)) {
        /* "cede sovereignty of the islands to X": the territory at stake is
         * no party, nor are its other names ("and lease back Diego Garcia
         * from Mauritius"); the one after it may be (test_roles.c,
         * "sovereignty") */
        const mention *land = r->tm;
        size_t from = land->tok_end - 1;
        r->tm = roles_object(c, &si->mv, from, roles_object_end(c, from, h->ce), true);
        while (r->tm && land->code[0] && !strcmp(r->tm->code, land->code)) {
            from = r->tm->tok_end - 1;
            r->tm = roles_object(c, &si->mv, from, roles_object_end(c, from, h->ce), true);
        }
    }
    if (r->tm && !c->opt.literal && (code_root(h->code) == 11 || code_root(h->code) == 12) &&
        r->tm->tok_start > h->i + 1 && r->tm != h->best.tgt && h->best.last_tok + 1 < r->tm->tok_start &&
        !blames(c, h->i) && victim_of_act(c, r->tm)) {
        /* "condemns any violence against civilians": those the act was
         * done to are not whom the condemnation is aimed at (test_roles.c,
         * "victims") */
        coder_trace(c, "  \"%.*s\": its object is the victim of the act it condemns", TOKF(h->i));
        r->tm = NULL;
    }
    if (r->tm && !c->opt.literal && r->tm->tok_start > h->i && code_root(h->code) != 14 &&
        supported_party(c, r->tm)) {
        coder_trace(c, "  \"%.*s\": its object is the side it is done for, no target", TOKF(h->i));
        r->tm = NULL;
    }
    if (unnamed_addressee(c, si, h, r)) {
        coder_trace(c, "  \"%.*s\": made of a party it does not name; its infinitive's object is no target",
                    TOKF(h->i));
        r->tm = NULL;
    }
    targets_adjuncts(c, si, h, r);
    if (!r->tm) {
        r->tm = sole_party(c, si, h, r);
    }
    const mention *g = named_attackers(c, si, h, r);
    if (g) {
        coder_trace(c, "  \"%.*s\": its victims are the armed group the sentence names", TOKF(h->i));
        r->tm = g;
    }
    if (!r->tm && (g = targets_saying_party(c, si, h, r)) != NULL) {
        coder_trace(c, "  \"%.*s\": aimed at the one its \"saying\" clause says acts", TOKF(h->i));
        r->tm = g;
    }
    targets_condemned_incident(c, si, h, r);
    targets_asked_speaker(c, si, h, r);
    targets_coordinated_target(c, si, h, r);
    targets_note_attacker(c, h, r);
}

/* "The case went before the ICJ, though Kenya refused to attend the
 * hearing", "Moscow rejected the report": a refusal, rejection or
 * denunciation of a thing ("the hearing", "the delay") is aimed at the
 * one party other than the subject's side the sentence names before the
 * refusal's clause (not "Serbs, who hold part of Croatia, opposed the
 * plan", nor a place: "in Afghanistan"); NULL if none or more than one
 * (test_roles.c, "sole party"). */
static const mention *sole_party(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    int root = code_root(h->code);
    if (c->opt.literal || !r->sm || !r->sm->code[0] || r->sm->pronoun || (root != 11 && root != 12)) {
        return NULL;
    }
    size_t q = h->best.last_tok > h->i ? h->best.last_tok + 1 : h->i + 1;
    if (tok_is(c, q, c->k->w.to) && q + 1 < h->se && c->t[q + 1].isverb) {
        q += 2;   /* "refused to attend the hearing" */
    }
    if (q >= h->se || !tok_has(c, q, WC_DETERMINER | WC_POSSESSIVE) || mv_inside(&si->mv, q + 1)) {
        return NULL;   /* the thing refused, no actor: "the hearing" */
    }
    const mention *one = NULL;
    for (size_t x = 0; x < si->mv.n; x++) {
        const mention *m = &si->mv.v[x];
        if (!m->code[0] || m->pronoun || m->placed || m == r->sm || targets_same_side(m->code, r->sm->code) ||
            m->tok_end > h->cb || m->tok_start < c->s[h->s_index].tok_start ||
            (m->tok_start > 0 && tok_has(c, m->tok_start - 1, WC_LOCATIVE))) {
            continue;
        }
        if (one && !targets_same_side(one->code, m->code)) {
            return NULL;
        }
        one = one ? one : m;
    }
    return one;
}

/* Does the verb at i act on what its compound subject shares ("upgraded
 * their ties", "met each other", "relations between them", "exchanged
 * fire")? Then each acts
 * on the other, both ways (test_roles.c, "reciprocal"). */
bool roles_reciprocal_object(const truce_coder *c, size_t i, size_t se)
{
    static const char *const bonds[] = {"ties", "relations", "relationship", "cooperation", "partnership",
        "friendship", "links", "bonds", "alliance", "dialogue", NULL};
    if (tok_is_word(c, i, "exchanged") || tok_is_word(c, i, "exchange") || tok_is_word(c, i, "exchanging") ||
        tok_is_word(c, i, "exchanges")) {
        /* "India and Pakistan exchanged fire", "exchanged accusations":
         * each with the other, unless "with" names another */
        for (size_t q = i + 1; q < se && q < i + 8; q++) {
            if (tok_is(c, q, c->k->w.with) || tok_punct(c, q, ';') || tok_is(c, q, c->k->w.that)) {
                return false;
            }
        }
        return true;
    }
    for (size_t q = i + 1; q + 1 < se && q < i + 8; q++) {
        if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_is(c, q, c->k->w.that)) {
            return false;
        }
        if ((tok_is_word(c, q, "each") && tok_is_word(c, q + 1, "other")) ||
            (tok_is_word(c, q, "one") && tok_is_word(c, q + 1, "another")) ||
            (tok_is(c, q, c->k->w.between) && tok_is_word(c, q + 1, "them")) ||
            (i > 0 && tok_is_word(c, i - 1, "each") && tok_is(c, q, c->k->w.the) && tok_is_word(c, q + 1, "other"))) {
            /* "each accused the other" (golden recall-floating) */
            return true;
        }
        if (tok_is_word(c, q, "their") || tok_is_word(c, q, "bilateral")) {
            size_t n = q + 1;
            while (n < se && n < q + 3 && c->t[n].kind == TOK_WORD && !tok_has(c, n, WC_DETERMINER)) {
                for (const char *const *w = bonds; *w; w++) {
                    if (tok_is_word(c, n, *w)) {
                        return true;
                    }
                }
                n++;
            }
        }
    }
    return false;
}

/* Does the speaker spk, an armed force or police of a country, report an
 * act of its own in a passive with no agent: fighters of the other side
 * killed or captured ("the army said 16 militants were killed"), people
 * freed ("a military spokesman said 354 passengers were freed")? Not
 * civilians or its own men killed (test_roles.c, "reporting forces"). */
bool roles_reporting_doer(const char *spk, const mention *victims, const char *code)
{
    if (!spk || strlen(spk) < 6 || !actor_is_country(spk) ||
        !(!strncmp(spk + 3, "MIL", 3) || !strncmp(spk + 3, "COP", 3) || !strncmp(spk + 3, "SPY", 3)) ||
        victims->pronoun) {
        return false;
    }
    const char *vs = victims->code[0] ? (strlen(victims->code) >= 6 ? victims->code + 3 : "") : victims->sector;
    int root = code_root(code);
    if (root >= 18 && root <= 20) {
        return !strncmp(vs, "REB", 3) || !strncmp(vs, "INS", 3) || !strncmp(vs, "SEP", 3);
    }
    return !strncmp(code, "084", 3) && !strncmp(vs, "CVL", 3);
}

/* Is src a state's (government, forces, police, courts, legislature) and
 * tgt that state's own bare country ("SOMCOP", "SOM")? */
bool roles_state_at_home(const char *src, const char *tgt)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
    if (!src || !tgt || strlen(src) < 6 || strlen(tgt) != 3 || strncmp(src, tgt, 3) != 0 || !actor_is_country(tgt)) {
        return false;
    }
    for (const char *const *w = state; *w; w++) {
        if (!strncmp(src + 3, *w, 3)) {
            return true;
        }
    }
    return false;
}

/* After roles are placed: "the United States voiced concern ..., with its
 * adviser speaking": a country does not act on its own state; a state
 * does not act on its own country named as a place or an owner ("tariffs
 * on cars coming into the U.S.", "a declaration that will serve as Syria's
 * constitution"), unless the text makes it a party ("a fight between the
 * U.S. and Europe") (test_roles.c, "own state"); where the act is (see
 * roles_find_target, place.c) is another matter. */
void roles_drop_own_state(truce_coder *c, const head_ctx *h, head_roles *r)
{
    if (r->tm && r->sm && !c->opt.literal && r->tm != &r->place_target &&
        roles_state_at_home(r->sm->code, r->tm->code) &&
        (tok_is(c, r->tm->tok_end, c->k->w.s) || tok_punct(c, r->tm->tok_end, '\'') ||
         place_prep(c, r->tm->tok_start))) {
        coder_trace(c, "  \"%.*s\": its target is the source's own country, a place", TOKF(h->i));
        r->tm = NULL;
    }
    if (r->tm && r->sm && !c->opt.literal && r->sm->kind == AK_COUNTRY && !tok_is(c, r->sm->tok_end, c->k->w.s) &&
        r->tm->person && r->tm->kind == AK_NAMED && own_state(r->sm->code, r->tm->code)) {
        coder_trace(c, "  \"%.*s\": its target is the source's own state", TOKF(h->i));
        r->tm = NULL;
    }
}
