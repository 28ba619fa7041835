/* roles.c — who did it to whom: the source and target of an event.
 *
 * From the pattern's slots first ($ source, + target, % a compound acting
 * on itself); else from the clause (its grammar: clause.c): the agent of a
 * passive ("was shelled by X", "were either killed or captured by X", "the
 * army, supported by Y, attacked", "killed in a joint U.S.-Iraqi
 * operation", "killed in the battle with militants", "returned fire and a
 * gang leader was killed"), the agent after an event noun ("fire by
 * Azerbaijani troops"), the subject before the verb, whose act a
 * non-finite verb is ("to try to facilitate", "for refusing to"), the
 * object after it, the complement's subject ("demanded that the US ..."),
 * who a rejected charge or "its offer" belongs to, a place the act was
 * aimed at. The victim of a passive is never its doer. Violence with victims
 * and no doer named has an unknown source. Roles with no country
 * ("police", "rebels") take the country of the event's place, the
 * dateline's, or their counterpart's; else "---", which the story's country
 * settles when the event is emitted (context.c); commentators keep their
 * sector alone. "I" and "we" stand for the speaker. Then the events are
 * coded, one per pair, with TABARI's paired codes and CAMEO.2.0
 * transformations of infinitives. TABARI's own rules for sources and
 * targets are in tabari.c.
 *
 * Tests: tests/unit/test_roles.c (one block per rule), and the golden cases of
 * tests/golden/code/.
 */
#include "coder.h"

#include <stdio.h>

/* Is code that of one of l's actors? */
bool roles_code_in(mlist l, const char *code)
{
    for (size_t x = 0; x < l.n; x++) {
        if (!strcmp(l.v[x].code, code)) {
            return true;
        }
    }
    return false;
}

/* A role with no country of its own ("police", "rebels") as an actor of
 * country cc, or of Phoenix's unknown country "---" when cc is NULL. */
const mention *roles_place_role(mention *out, const mention *role, const char *cc)
{
    *out = *role;
    if (role->commentator) {
        /* "analysts say": a commentator of no country is its sector alone,
         * which neither the place nor the story's country settles: those
         * quoted are seldom of the country they speak of (context.c) */
        snprintf(out->code, sizeof out->code, "%s", role->sector);
        out->country[0] = 0;
        return out;
    }
    snprintf(out->code, sizeof out->code, "%.3s%s", cc ? cc : "---", role->sector);
    if (cc) {
        memcpy(out->country, cc, 3);
    }
    out->country[cc ? 3 : 0] = 0;
    return out;
}

const mention *roles_speaker(truce_coder *c, const mention *spk)
{
    if (!spk || spk->code[0] || !spk->sector[0] || spk->pronoun) {
        return spk;
    }
    /* "Officials said", "the minister told reporters": a role of the
     * story's country (context.c); a commentator's sector ("EDU") */
    mention *st = NEW(&c->a, mention, 1);
    if (!st) {
        return spk;
    }
    /* a country named once may be the other party's only ("Leftist
     * rebels said they will release two Chinese engineers"); a speaker of
     * no known country is no one to code a statement of */
    const char *cc = context_role_country(c);
    if (!spk->commentator && (!cc || context_named_once(c, cc))) {
        return spk;
    }
    roles_place_role(st, spk, cc);
    return st;
}

/* Violence with victims but no attacker named ("three civilians were killed
 * in a car bombing") is still an event: an unknown source, the victims as
 * target (a role of unknown country as "---CVL"). False if it is not
 * violence (roots 18-20) or the victims are not an actor. */
/* Words naming a cause of death or damage that is no one's act: "a fire
 * killed 12 people", "floods destroyed homes" are no attacks, while "a car
 * bomb killed", "the war has killed" and "a gunman shot" are. */
static const char *const harmless_causes[] = {
    "fire", "fires", "blaze", "blazes", "wildfire", "wildfires", "flood", "floods", "flooding",
    "earthquake", "earthquakes", "quake", "tremor", "storm", "storms", "hurricane", "typhoon",
    "cyclone", "tornado", "landslide", "landslides", "mudslide", "avalanche", "tsunami",
    "eruption", "volcano", "lightning", "heatwave", "heat", "cold", "drought", "famine",
    "crash", "crashes", "collision", "accident", "accidents", "derailment", "stampede",
    "collapse", "disease", "diseases", "virus", "outbreak", "epidemic", "pandemic", "cholera",
    "malaria", "ebola", "covid", "covid-19", "coronavirus", "overdose", "overdoses", "cancer",
    "flu", "influenza", "pollution", "smog", "hunger", "starvation", NULL};

static bool harmless_cause_in(const truce_coder *c, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++) {
        for (const char *const *w = harmless_causes; *w; w++) {
            if (tok_is_word(c, q, *w)) {
                return true;
            }
        }
    }
    return false;
}

bool roles_victims(truce_coder *c, evctx *x, const mention *victims, const char *code,
                         size_t head, size_t last, const pattern *p)
{
    int r = code_root(code);
    /* violence, releases ("two Russians were released from captivity"),
     * investigations, arrests and expulsions ("a US national has been put
     * under investigation", "was arrested in Lebanon"): what was done to
     * them is news whoever did it */
    bool release = strncmp(code, "084", 3) == 0 || r == 9 || strncmp(code, "173", 3) == 0 ||
                   strncmp(code, "174", 3) == 0;
    if ((r < 18 && !release) || !victims || victims->pronoun || (!victims->code[0] && !victims->sector[0]) ||
        c->opt.literal) {
        return false;   /* literal coding (PETRARCH, TABARI): no event without a source */
    }
    x->unknown_source = true;
    x->rule = NULL;
    mention nobody, role;
    memset(&nobody, 0, sizeof nobody);
    if (r < 18 && strncmp(code, "084", 3) != 0) {
        /* "was arrested in Lebanon", "put under investigation in Italy":
         * the state where it happened did it; with no such place there is
         * no one to code ("was extradited to the United States") */
        if (!x->loc || !x->loc->country[0] || x->loc->tok_start < head ||
            strncmp(x->loc->country, victims->code, 3) == 0 ||
            (!c->opt.literal && x->loc->tok_start >= roles_object_end(c, head, x->ce))) {
            return false;   /* "captured ..., or are hiding outside Iraq": another clause's place */
        }
        snprintf(nobody.code, sizeof nobody.code, "%s", x->loc->country);
        memcpy(nobody.country, x->loc->country, sizeof nobody.country);
        x->unknown_source = false;
    }
    if (!victims->code[0]) {
        roles_place_role(&role, victims, NULL);
    }
    emit_pairs(c, x, (mlist){&nobody, 1},
               victims->code[0] ? mv_group(x->mv, mv_index(x->mv, victims)) : (mlist){&role, 1}, code,
               victims->tok_start < head ? victims->tok_start : head, last, p);
    return true;
}

/* The slots the best pattern filled, and TABARI's defaults at the verb. */
static void roles_init(truce_coder *c, head_ctx *h, head_roles *r)
{
    memset(r, 0, sizeof *r);
    r->sm = h->best.src;
    r->tm = h->best.tgt;
    r->dflt_src = c->tab.dflt_src;   /* TABARI's DEFAULT */
    r->dflt_tgt = c->tab.dflt_tgt;
    r->dflt_src.tok_start = r->dflt_tgt.tok_start = (uint32_t)h->i;
    r->dflt_src.tok_end = r->dflt_tgt.tok_end = (uint32_t)h->i + 1;
}

/* A % slot: the members of a compound act on each other ("A and B
 * agreed"), coded here (false: done); beside a $ or + slot it fills the
 * other role. */
static bool compound_slot(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i;
    const pattern *p = h->p;
    char *code = h->code;
    evctx *x = &h->x;
    const pmatch *best = &h->best;
    /* a % slot: the members of a compound act on each other ("A and B
     * agreed"); beside a $ or + slot it fills the other role */
    mlist g = mv_group(mv, mv_index(mv, best->comp));
    if (g.n > 1 && !r->sm && !r->tm) {
        size_t a = g.v[0].tok_start < i ? g.v[0].tok_start : i;
        size_t bnd = best->last_tok > i ? best->last_tok : i;
        if (g.v[g.n - 1].tok_end - 1 > bnd) {
            bnd = g.v[g.n - 1].tok_end - 1;
        }
        if (c->opt.tabari && p->code2[0] && strcmp(code, p->code) == 0) {
            /* TABARI's order: each pair, then its paired event */
            for (size_t s1 = 0; s1 < g.n; s1++) {
                for (size_t t1 = 0; t1 < g.n; t1++) {
                    if (s1 != t1) {
                        emit_pairs(c, x, (mlist){g.v + s1, 1}, (mlist){g.v + t1, 1}, code, a, bnd, p);
                        emit_pairs(c, x, (mlist){g.v + t1, 1}, (mlist){g.v + s1, 1}, p->code2, a, bnd, p);
                    }
                }
            }
            return false;
        }
        emit_pairs(c, x, g, g, code, a, bnd, p);
        if (p->code2[0] && strcmp(code, p->code) == 0 && strcmp(p->code2, code) != 0) {
            emit_pairs(c, x, g, g, p->code2, a, bnd, p);
        }
        return false;
    }
    if (!r->sm) {
        r->sm = best->comp;
    } else if (!r->tm) {
        r->tm = best->comp;
    }
    return true;
}

/* The voice the clause shows where the verb group alone does not
 * (test_roles.c, "passive"): "were either killed or captured" (a form of
 * "be" before participles joined by "or", "and", "either"); "the army,
 * supported by Russian jets, attacked ..." and "the militant leader is
 * dead, killed in a joint operation" (a participle after a comma, with
 * its agent or place after it, not an object: "..., killed five people"
 * is active). */
/* "transporting injured civilians", "several hundred armed fighters": a
 * participle between a verb or a number and the actor it describes. */
static bool adjectival(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
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

/* "were engaged in ethnic cleansing", "is involved in": a state, active. */
static bool state_participle(const truce_coder *c, size_t i)
{
    return (tok_is_word(c, i, "engaged") || tok_is_word(c, i, "involved") || tok_is_word(c, i, "embroiled") ||
            tok_is_word(c, i, "locked") || tok_is_word(c, i, "bogged")) &&
           (tok_is(c, i + 1, c->k->w.in) || tok_is_word(c, i + 1, "down"));
}

static bool clause_passive(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
{
    if (c->t[i].vform != VF_ED) {
        return false;
    }
    for (size_t q = i, n = 0; q > sb && n < 6; q--, n++) {
        size_t p = q - 1;
        if (is_be(c, p)) {
            return true;
        }
        if (!(tok_adverb(c, p) || tok_is_word(c, p, "either") || tok_is(c, p, c->k->w.or_) ||
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
        (tok_is(c, i + 1, c->k->w.in) || tok_is(c, i + 1, c->k->w.by) || tok_is_word(c, i + 1, "during"))) {
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
    for (size_t q = sb; q < p && !clause; q++) {
        clause = c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED || is_aux(c, q)) &&
                 !(c->t[q].flags & TF_CAP) && !tok_has(c, q, WC_DETERMINER);
    }
    return clause && (tok_is(c, i + 1, c->k->w.in) || tok_is_word(c, i + 1, "during"));
}

/* "was shelled by X": X is the source, the subject the target. False
 * when the head is done with (coded as violence of unknown source, or no
 * agent). */
static bool source_passive(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, cb = h->cb, ce = h->ce;
    const pattern *p = h->p;
    char *code = h->code;
    evctx *x = &h->x;
    const pmatch *best = &h->best;
    /* "was shelled by X": X is the source, the subject the target;
     * "was accused of taking bribes by X" too, up to a comma or
     * another participle ("killed in a town held by rebels") */
    for (size_t q = i + 1; q < ce && q < i + 12; q++) {
        /* ... but "were killed or captured by X": the participles share it */
        bool joined = q > i + 1 && (tok_is(c, q - 1, k->w.or_) || tok_is(c, q - 1, k->w.and_)) && q == i + 2;
        if (tok_punct(c, q, ',') && !c->opt.literal) {
            /* "has been accused of misusing funds, much of it embezzled, by
             * Haitian officials": past an aside to its agent */
            size_t r2 = q + 1;
            while (r2 < ce && r2 < q + 14 && !tok_punct(c, r2, ',')) {
                r2++;
            }
            if (r2 + 1 < ce && tok_punct(c, r2, ',') && tok_is(c, r2 + 1, k->w.by)) {
                q = r2;
                continue;
            }
        }
        if (tok_punct(c, q, ',') || (q > i + 1 && c->t[q].isverb && c->t[q].vform == VF_ED && !joined)) {
            break;
        }
        if (tok_is(c, q, k->w.by)) {
            r->sm = mv_at(mv, q + 1, false);
            if (!r->sm && tok_has(c, q + 1, WC_MODIFIER)) {
                r->sm = mv_at(mv, q + 2, false);
            }
            break;
        }
    }
    if (!r->sm && !c->opt.literal) {
        /* "killed in a joint U.S.-Iraqi operation"; "returned fire and a
         * gang leader was killed" */
        r->sm = roles_operation_agent(c, mv, i, ce);
        if (!r->sm) {
            r->sm = roles_coordinated_agent(c, mv, h->sb, cb, i);
        }
    }
    if (!r->tm) {
        r->tm = roles_subject(c, mv, cb, i);
        if (r->tm && r->tm == r->sm) {
            r->tm = NULL;
        }

    }
    if (!r->sm && r->tm && r->tm->code[0] &&
        (strcmp(code, "074") == 0 || strncmp(code, "153", 3) == 0 || strncmp(code, "154", 3) == 0)) {
        /* "Russian peacekeepers were deployed along the line": the
         * forces deployed stand for those who deploy them; the
         * target is the place's country (see emit) */
        r->sm = r->tm;
        r->tm = NULL;
    }
    if (!r->sm) {
        /* "three civilians were killed in a car bombing": violence
         * with victims but no attacker named is still an event */
        if (!roles_victims(c, x, r->tm, code, i, best->last_tok > i ? best->last_tok : i, p)) {
            coder_trace(c, "  \"%.*s\": passive, no agent", TOKF(i));
        }
        return false;
    }
    return true;
}

/* "A car bomb killed 12 soldiers", "an attempt to kill the governor":
 * violence whose doer is no actor, with its victims named in the same
 * phrase (not a fire or a flood); true if it was coded so. */
static bool unknown_doer(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, cb = h->cb, ce = h->ce;
    const pattern *p = h->p;
    char *code = h->code;
    evctx *x = &h->x;
    vinfo *v = &h->v;
    const pmatch *best = &h->best;
    if (!r->sm && v->verb && !strcmp(code, p->code) && i > cb && code_root(code) >= 18 &&
        (c->t[i].vform == VF_ED || c->t[i].vform == VF_S ||
         (c->t[i].vform == VF_BASE && tok_is(c, i - 1, k->w.to))) &&
        c->t[i - 1].kind == TOK_WORD && !harmless_cause_in(c, cb, i)) {
        /* "A car bomb killed 12 soldiers", "an attempt to kill the
         * governor": violence whose doer is no actor still has its
         * victims, named in the same phrase; not a fire or a flood */
        const mention *victims = r->tm ? r->tm : roles_object(c, mv, i, ce, true);
        for (size_t q = i + 1; victims && q < victims->tok_start; q++) {
            if (tok_punct(c, q, ',') || is_quote_tok(c, q)) {
                victims = NULL;
            }
        }
        if (!victims && x->loc && x->loc->kind == AK_COUNTRY && x->loc->tok_start > i) {
            /* "a bomb destroyed an office in southwestern France":
             * the country it happened in, as for other acts on the
             * ground with no target named */
            victims = x->loc;
        }
        if (victims && roles_victims(c, x, victims, code, i, best->last_tok > i ? best->last_tok : i, p)) {
            return true;
        }
    }
    return false;
}


/* The subject of an active verb (TABARI: its own rules), else the
 * default source. False when the head is done with. */
static bool source_active(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, sb = h->sb, cb = h->cb, si_index = h->s_index;
    const pattern *p = h->p;
    char *code = h->code;
    evctx *x = &h->x;
    vinfo *v = &h->v;
    const pmatch *best = &h->best;
    r->sm = roles_subject(c, mv, cb, i);
    if (!c->opt.literal) {
        const mention *ctl = roles_controller(c, mv, cb, i);
        if (ctl) {
            r->sm = ctl;
        }
    }
    if (!c->opt.literal && i > cb) {
        /* "al-Shabab attacks", "Russian airstrikes", "the threat of
         * al-Shabab terrorist attacks": an actor right before an act named
         * by a noun did it (test_roles.c) */
        const mention *adj = mv_ending_at(mv, i - 1);
        if (adj && !adj->pronoun && !adj->unknown && (adj->code[0] || adj->sector[0]) &&
            !tok_is(c, i - 1, c->k->w.s) && (!v->verb || (adj->prev_id == k->w.of && c->t[i].vform == VF_S))) {
            r->sm = adj;
        }
    }
    if (!c->opt.literal && r->sm && r->sm->tok_end <= i) {
        /* "analysts say, continued negotiations will be needed": an act in
         * what was said with no subject of its own is not the speaker's */
        for (size_t q = r->sm->tok_end; q < i; q++) {
            uint32_t l = c->t[q].vlemma;
            bool opens = false;   /* "say, ...", "say that ...": not "announced a suspension" */
            for (size_t q2 = q + 1; q2 < i && !opens; q2++) {
                opens = tok_punct(c, q2, ',') || tok_is(c, q2, k->w.that);
            }
            if (l && l < k->heads_cap && (k->head_flags[l] & VFLAG_SPEECH) && c->t[q].vform != VF_NONE &&
                !mv_inside(mv, q) && opens) {
                r->sm = NULL;
                break;
            }
        }
    }
    if (unknown_doer(c, si, h, r)) {
        return false;
    }
    if (c->opt.tabari) {
        tabari_source(c, si, h, r);
    }
    if (c->opt.literal && i > sb && tok_is(c, i - 1, k->w.and_) && c->last_subject &&
        c->last_subject_sent == si_index && c->last_subject->tok_end <= i) {
        /* "X condemned the attack ... and promised aid": the
         * verbs share their subject */
        r->sm = c->last_subject;
    }
    if (c->opt.literal && r->tm && r->tm->tok_start < i && (!r->sm || r->sm == r->tm) &&
        (c->t[i].vform == VF_ED || c->t[i].vform == VF_S)) {
        /* "X noted that + regretted ...": the source comes
         * before the pattern's target, in the sentence */
        r->sm = roles_subject(c, mv, sb, r->tm->tok_start);
    }
    if (!r->sm && r->dflt_src.code[0]) {
        r->sm = &r->dflt_src;
    }
    if (!r->sm) {
        coder_trace(c, "  \"%.*s\": no source actor before it in its clause", TOKF(i));
        return false;
    }
    if (!v->verb) {
        /* "15 civilians were killed in the attack": the subject of
         * a passive is the noun's victim, not its doer */
        for (size_t q = r->sm->tok_end; q + 1 < i; q++) {
            size_t q2 = q + 1;
            while (q2 + 1 < i && tok_adverb(c, q2)) {
                q2++;
            }
            if (is_be(c, q) && c->t[q2].vform == VF_ED) {
                if (r->tm || !roles_victims(c, x, r->sm, code, i, best->last_tok > i ? best->last_tok : i, p)) {
                    coder_trace(c, "  \"%.*s\": its subject is a passive's, not the doer", TOKF(i));
                }
                return false;
            }
        }
    }
    return true;
}


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
 * victim, not whom the speech is aimed at; its agent is, when named
 * (test_roles.c, "passive complement"). m itself if not so. */
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
    if (v >= e || !c->t[v].isverb || c->t[v].vform != VF_ED || mv_inside(mv, v) || state_participle(c, v)) {
        return m;
    }
    for (size_t b = v + 1; b + 1 < e && b < v + 6; b++) {
        if (tok_is(c, b, c->k->w.by)) {
            const mention *a = mv_at(mv, b + 1, false);
            return a && a->code[0] ? a : NULL;
        }
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

/* Does the clause name no actor after the verb at i but m's group
 * ("rejected the accusations while responding to a statement by X" names
 * whose they are)? */
static bool alone_in_sentence(const truce_coder *c, const mvec *mv, const mention *m, size_t i, size_t ce)
{
    size_t oe = ce;   /* not ", saying it condemns violence against X" */
    for (size_t q = i + 1; q + 1 < ce; q++) {
        if (tok_punct(c, q, ',') && c->t[q + 1].isverb && c->t[q + 1].vform == VF_ING) {
            oe = q;
            break;
        }
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *o = &mv->v[x];
        if (o != m && o->tok_start > i && o->tok_start < oe && o->group != m->group && !o->pronoun &&
            (o->code[0] || o->sector[0] || o->unknown)) {
            return false;
        }
    }
    return true;
}

/* Is the word at q a charge ("allegations"): 1, a request or offer
 * ("request", "offer"): 2, else 0? */
static int charge_word(const truce_coder *c, size_t q)
{
    static const char *const charges[] = {"allegation", "allegations", "accusation", "accusations", "claim",
        "claims", "charge", "charges", "involvement", "wrongdoing", NULL};
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
 * 0. */
static int charge_object(const truce_coder *c, size_t i, size_t ce)
{
    size_t q = i + 1;
    while (q < ce && q < i + 4 && (tok_has(c, q, WC_DETERMINER | WC_MODIFIER) || tok_adverb(c, q))) {
        q++;
    }
    if (q >= ce || tok_is(c, q + 1, c->k->w.of) || tok_is(c, q + 1, c->k->w.by) || tok_is(c, q + 1, c->k->w.from)) {
        return 0;
    }
    return charge_word(c, q);
}

/* The target: the object after the verb (the complement's subject after
 * "that"), else the place the act was aimed at. */
static void find_target(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
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
        const char *denier = r->sm->code[0] ? r->sm->code : r->sm->country;
        int ask = 0;   /* 1: "the allegations", 2: "the request" */
        const char *owner = !r->tm && !c->opt.literal && (!strncmp(h->code, "016", 3) || code_root(h->code) == 12) &&
                                    !r->sm->pronoun && (ask = charge_object(c, i, ce)) != 0
                                ? (ask == 1 ? c->ctx.last_accuser : c->ctx.last_asker)
                                : NULL;
        if (owner && owner[0] && (strlen(denier) < 3 || strncmp(owner, denier, 3) != 0) &&
            alone_in_sentence(c, mv, r->sm, i, se)) {
            /* "Beijing denies the allegations", "Trump denied the request":
             * those the story said made them, when this sentence names no
             * one (test_roles.c, "accuser") */
            memset(&r->place_target, 0, sizeof r->place_target);
            snprintf(r->place_target.code, sizeof r->place_target.code, "%s", owner);
            if (actor_is_country(owner)) {
                memcpy(r->place_target.country, owner, 3);
            }
            r->place_target.tok_start = (uint32_t)i;
            r->place_target.tok_end = (uint32_t)i + 1;
            r->tm = &r->place_target;
        }
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
        if ((!r->tm || r->tm == r->sm) && !c->opt.literal && !v->verb && code_root(h->code) >= 18) {
            r->tm = noun_subject_target(c, si, h, r);
        }
        if (r->tm && r->tm == r->sm && c->opt.tabari && after > i) {
            /* "contribute a million peso Bree to Gondor" (* PESO_$): the
             * target is after the pattern's source */
            r->tm = roles_object(c, mv, after, ce, true);
        }
        if (r->tm && r->tm == r->sm) {
            r->tm = NULL;
        }
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
        if (!r->tm && x->loc && x->loc != r->sm && x->loc->country[0] &&
            mv_group(mv, mv_index(mv, r->sm)).n == 1 && strncmp(x->loc->country, r->sm->code, 3) != 0 &&
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

/* "M23 rebels captured Goma", "the Taliban captured Kabul": a seizure
 * or capture whose object is a place (one the gazetteer knows, or a
 * country or capital named as an actor) is an occupation of territory,
 * not an arrest; the territory is the country's. */
static void occupation(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, ce = h->ce;
    char *code = h->code;
    vinfo *v = &h->v;
    if (!c->opt.literal && (!strcmp(code, "173") || !strcmp(code, "171")) && !v->passive && place_occupies(c, i)) {
        size_t q = i + 1;
        if (q < ce && tok_has(c, q, WC_DETERMINER)) {
            q++;
        }
        while (q < ce && tok_has(c, q, WC_MODIFIER)) {
            q++;   /* "eastern Jerusalem" */
        }
        if (r->tm && r->tm != &r->place_target && r->tm->tok_start == q &&
            (r->tm->kind == AK_CAPITAL || r->tm->kind == AK_COUNTRY) && r->tm->country[0]) {
            coder_trace(c, "  \"%.*s\": its object is a place: occupation of territory [192]", TOKF(i));
            snprintf(code, sizeof h->code, "192");
            r->occupied = *r->tm;
            snprintf(r->occupied.code, sizeof r->occupied.code, "%.3s", r->tm->country);
            r->tm = &r->occupied;
        } else if (c->opt.geo && (!r->tm || r->tm == &r->place_target)) {
            size_t qe = q;
            while (qe < ce && qe < q + 4 && c->t[qe].kind == TOK_WORD && (c->t[qe].flags & TF_CAP) &&
                   !mv_inside(mv, qe)) {
                qe++;
            }
            geo_place gp;
            if (qe > q && (qe == ce || c->t[qe].kind == TOK_PUNCT || !(c->t[qe].flags & TF_CAP)) &&
                geo_resolve(c->opt.geo, (const char *)c->text + c->t[q].start, c->t[qe - 1].end - c->t[q].start,
                            NULL, 0, &gp) &&
                (gp.feature == GEO_CITY || gp.feature == GEO_ADMIN1 || gp.feature == GEO_REGION)) {
                coder_trace(c, "  \"%.*s\": its object is a place: occupation of territory [192]", TOKF(i));
                snprintf(code, sizeof h->code, "192");
            }
        }
    }
}

/* Is the role m of other countries ("international forces", "foreign
 * troops", "coalition forces", "Western diplomats")? */
static bool foreign_role(const truce_coder *c, const mention *m)
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

/* "Protesters blocked streets in Hong Kong", "Gunmen killed ..." under a
 * KABUL dateline: a role with no country takes the event's place, else
 * the dateline's country, else Phoenix's unknown "---", which the place
 * the gazetteer finds for the event (place.c), else the story's country
 * (context.c) settle when the event is emitted. */
static void settle_roles(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t ce = h->ce;
    evctx *x = &h->x;
    if (!r->sm->code[0] && r->sm->sector[0] && c->opt.tabari && mv_group(mv, mv_index(mv, r->sm)).n > 1) {
        r->src_roles = tabari_role_group(mv, r->sm, r->sbuf, 8);
    }
    if (!r->sm->code[0] && r->sm->sector[0]) {
        const char *cc = x->loc && x->loc->country[0] && !roles_border(c, x->loc) ? x->loc->country
                         : (c->dl_country[0] ? c->dl_country : NULL);
        for (size_t q = 0; !cc && q < mv->n; q++) {
            /* "Police dispersed demonstrators in Minsk": the place named
             * with the other party */
            if (mv->v[q].placed && mv->v[q].country[0]) {
                cc = mv->v[q].country;
            }
        }
        /* else, as Phoenix does, "---" for the unknown country: "Rebels
         * freed prisoners" is an event whoever the rebels are */
        r->sm = roles_place_role(&r->located, r->sm, cc);
    }
    if (r->tm && !r->tm->code[0] && r->tm->sector[0] && !r->tm->pronoun && !c->opt.literal &&
        foreign_role(c, r->tm)) {
        /* "a cease-fire with international forces": no country the story
         * or the place gives is theirs (test_roles.c, "foreign role") */
        r->tm = NULL;
    }
    if (r->tm && !r->tm->code[0] && r->tm->sector[0] && !r->tm->pronoun) {
        const char *cc = r->role_cc;
        /* unplaced: an actor with a country after it is the better target
         * ("gave military aid to Mozambique"); else "---" as Phoenix does,
         * which the event's place may settle (see emit) */
        const mention *next = cc || c->opt.tabari ? NULL : roles_object(c, mv, r->tm->tok_end - 1, ce, false);
        if (c->opt.tabari && mv_group(mv, mv_index(mv, r->tm)).n > 1) {
            /* TABARI: the roles are the target, each of them */
            r->tgt_roles = tabari_role_group(mv, r->tm, r->tbuf, 8);
        }
        for (size_t q = r->tm->tok_end; next && q < next->tok_start; q++) {
            if (tok_punct(c, q, ',') || q >= r->tm->tok_end + 8) {
                next = NULL;   /* "with civilians to go back ..., after ... C.A.R. forces" */
            }
        }
        if (next && next != r->sm) {
            r->tm = next;
        } else {
            r->tm = roles_place_role(&r->tlocated, r->tm, cc);
        }
    }
}

/* The actors coded on each side: groups, the speaker for "I" and "we",
 * a TABARI pronoun's antecedent. False when there is no one. */
static bool side_lists(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    vinfo *v = &h->v;
    const char *speaker_code = h->speaker_code;
    memset(&r->fp, 0, sizeof r->fp);
    if (speaker_code) {
        memcpy(r->fp.code, speaker_code, 16);
    }
    if (r->sm->pronoun && r->sm->first_person) {
        if (!speaker_code || !speaker_code[0]) {
            return false;
        }
        r->src = (mlist){&r->fp, 1};
    } else if (r->src_roles.n) {
        r->src = r->src_roles;
    } else if (r->sm == &r->located || r->sm == &r->dflt_src) {
        r->src = (mlist){r->sm, 1};
    } else if (r->sm->pronoun) {
        /* a TABARI pronoun stands for its actor, a compound for all */
        r->src = r->sm->ante ? mv_group(mv, r->sm->ante - 1) : (mlist){r->sm, 1};
    } else {
        r->src = mv_group(mv, mv_index(mv, r->sm));
    }
    if (r->src_after_verb) {
        r->src = (mlist){r->sm, 1};
        r->tm = NULL;
        for (size_t xm = mv_index(mv, r->sm) + 1; xm < mv->n && !r->tm; xm++) {
            if (mv->v[xm].code[0] && strcmp(mv->v[xm].code, r->sm->code) != 0) {
                r->tm = &mv->v[xm];
                r->lone_tgt = true;
            }
        }
    } else if (c->opt.tabari && !v->passive && r->src.n && r->sm >= mv->v && r->sm < mv->v + mv->n) {
        tabari_target(c, si, h, r);
    }
    if (!r->tm && r->dflt_tgt.code[0]) {
        r->tm = &r->dflt_tgt;
    }
    if (r->tm) {
        r->tgt = r->lone_tgt || r->tm == &r->place_target || r->tm == &r->tlocated || r->tm == &r->dflt_tgt || r->tm == &r->occupied ? (mlist){r->tm, 1}
            : r->tm->pronoun ? (r->tm->ante ? mv_group(mv, r->tm->ante - 1) : (mlist){r->tm, 1})
            : mv_group(mv, mv_index(mv, r->tm));
    }
    if (r->tgt_roles.n && r->tm == &r->tlocated) {
        r->tgt = r->tgt_roles;
    }
    return true;
}

/* The head's events: its evidence span, TABARI's paired codes, a
 * transformation of an infinitive, or the pairs as they are. */
static void code_events(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, si_index = h->s_index;
    const pattern *p = h->p;
    char *code = h->code;
    evctx *x = &h->x;
    const pmatch *best = &h->best;
    size_t a = r->sm->tok_start < i ? r->sm->tok_start : i;
    if (r->src.v != r->sm && r->src.n && r->src.v[0].tok_start < a && r->src.v[0].tok_end <= i) {
        a = r->src.v[0].tok_start;
    }
    size_t bnd = best->last_tok > i ? best->last_tok : i;
    if (r->tm && r->tm->tok_end - 1 > bnd) {
        bnd = r->tm->tok_end - 1;
    }
    if (r->sm->tok_end - 1 > bnd) {
        bnd = r->sm->tok_end - 1;
    }
    c->tab.last_target_end = r->tm ? r->tm->tok_end : 0;
    if (!c->opt.tabari || r->tgt.n) {
        /* TABARI: the subject of a clause coded (with a target) */
        c->last_subject = r->sm >= mv->v && r->sm < mv->v + mv->n ? r->sm : NULL;
        c->last_subject_sent = si_index;
    }
    if (c->opt.tabari && p->code2[0] && r->tgt.n && strcmp(code, p->code) == 0) {
        /* TABARI's order: each pair, then its paired event */
        for (size_t s1 = 0; s1 < r->src.n; s1++) {
            for (size_t t1 = 0; t1 < r->tgt.n; t1++) {
                emit_pairs(c, x, (mlist){r->src.v + s1, 1}, (mlist){r->tgt.v + t1, 1}, code, a, bnd, p);
                emit_pairs(c, x, (mlist){r->tgt.v + t1, 1}, (mlist){r->src.v + s1, 1}, p->code2, a, bnd, p);
            }
        }
        return;
    }
    const transform *tf = match_infinitive_transform(c, i);
    if (tf && (tf->c == '_' ? !r->tgt.n : tf->c == '.' || r->tgt.n)) {
        /* the transformation's event instead: a is the source, c the
         * target */
        char rule[200];
        snprintf(rule, sizeof rule, "%s:%u: %s", tf->file, tf->line, tf->text);
        coder_trace(c, "  \"%.*s\": transformation %s", TOKF(i), rule);
        mlist xs = tf->x == tf->a ? r->src : r->tgt, ys = tf->y == tf->a ? r->src : tf->y == tf->c ? r->tgt : (mlist){0};
        if (tf->code[0]) {
            snprintf(code, sizeof h->code, "%s", tf->code);
        }
        x->rule = rule;
        emit_pairs(c, x, xs, ys, code, a, bnd, NULL);
        return;
    }
    emit_pairs(c, x, r->src, r->tgt, code, a, bnd, p);
    if (p->code2[0] && r->tgt.n && strcmp(code, p->code) == 0) {
        /* TABARI's paired code "[032:033]": the target's side of the act
         * ("X visited Y": Y received X) */
        emit_pairs(c, x, r->tgt, r->src, p->code2, a, bnd, p);
    }
}

/* "hold Iran accountable through sanctions", "pressed Kenya via tariffs":
 * an act named after "through" or "via" is the means of the verb before
 * it, done by that verb's subject, not by its object (test_roles.c); true
 * if that subject is no one named (no event). */
static bool means_agent(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, cb = h->cb;
    if (c->opt.literal || !r->sm || r->sm->tok_end >= i) {
        return false;
    }
    size_t q = i;
    while (q > cb && q + 4 > i && c->t[q - 1].kind == TOK_WORD && !c->t[q - 1].isverb && !mv_inside(mv, q - 1) &&
           !is_prep(c, c->t[q - 1].id) && !tok_is_word(c, q - 1, "through") && !tok_is_word(c, q - 1, "via")) {
        q--;
    }
    if (q <= cb + 1 || !(tok_is_word(c, q - 1, "through") || tok_is_word(c, q - 1, "via"))) {
        return false;
    }
    size_t g = q - 1;
    while (g > cb && !(c->t[g - 1].isverb && c->t[g - 1].vform != VF_NONE && !mv_inside(mv, g - 1) &&
                       !(c->t[g - 1].flags & TF_CAP))) {
        g--;
    }
    if (g <= cb || r->sm->tok_start < g) {
        return false;   /* the source is not the verb's object */
    }
    const mention *a = roles_controller(c, mv, cb, g - 1);
    if (!a) {
        a = roles_subject(c, mv, cb, g - 1);
    }
    if (!a || !(a->code[0] || a->sector[0] || a->first_person)) {
        coder_trace(c, "  \"%.*s\": the means of \"%.*s\", whose subject is no one named", TOKF(i), TOKF(g - 1));
        return true;
    }
    if (a != r->sm) {
        coder_trace(c, "  \"%.*s\": the means of \"%.*s\", done by its subject", TOKF(i), TOKF(g - 1));
        if (!r->tm) {
            r->tm = r->sm;   /* what the verb did to its object, the means did */
        }
        r->sm = a;
    }
    return false;
}

/* "civilians were displaced by fighting between rebels and the army": an
 * act named after the "by" of a passive is not its subject's; its own
 * "between X and Y" says who (test_roles.c). True if no one does (no
 * event). */
static bool passive_agent_noun(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, cb = h->cb;
    if (c->opt.literal || !r->sm || r->sm->tok_end > i || i <= cb + 1) {
        return false;
    }
    size_t q = i;
    while (q > cb && q + 3 > i && c->t[q - 1].kind == TOK_WORD && !c->t[q - 1].isverb && !mv_inside(mv, q - 1) &&
           !tok_is(c, q - 1, c->k->w.by)) {
        q--;
    }
    if (q <= cb || !tok_is(c, q - 1, c->k->w.by)) {
        return false;
    }
    bool passive = false;   /* "were displaced (this week) by" */
    for (size_t p = q - 1; p > cb && p + 6 > q && !passive; p--) {
        passive = c->t[p - 1].vform == VF_ED && p >= 2 && (is_be(c, p - 2) || (p >= 3 && is_be(c, p - 3)));
    }
    if (!passive || r->sm->tok_end > q - 1) {
        return false;
    }
    const mention *a = NULL, *b = NULL;
    if (i + 2 < h->se && tok_is(c, i + 1, c->k->w.between)) {
        for (size_t x = 0; x < mv->n; x++) {
            const mention *m = &mv->v[x];
            if (!a && m->tok_start > i + 1 && m->tok_start <= i + 3 && (m->code[0] || m->sector[0])) {
                a = m;
            } else if (a && !b && m->tok_start > a->tok_end && tok_is(c, a->tok_end, c->k->w.and_) &&
                       m->tok_start <= a->tok_end + 3 && (m->code[0] || m->sector[0])) {
                b = m;
            }
        }
    }
    if (a && b) {
        r->sm = a;
        r->tm = b;
        return false;
    }
    coder_trace(c, "  \"%.*s\": the agent of a passive, not its subject's act", TOKF(i));
    return true;
}

/* "Taliban leaders remain under sanctions", "the town came under attack":
 * what the subject is under was done to it, by no one the clause names
 * (violence is still coded, its doer unknown: roles_victims). True if so. */
static bool under_it(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i;
    if (c->opt.literal || !r->sm || r->sm->tok_end >= i) {
        return false;
    }
    size_t q = i;   /* "under international terrorism sanctions" (a noun, whatever its form) */
    while (q > r->sm->tok_end && q + 4 > i && c->t[q - 1].kind == TOK_WORD && !c->t[q - 1].isverb &&
           !mv_inside(mv, q - 1) && !tok_is_word(c, q - 1, "under") && !is_prep(c, c->t[q - 1].id)) {
        q--;
    }
    if (q <= r->sm->tok_end || !tok_is_word(c, q - 1, "under") || tok_punct(c, r->sm->tok_end, ',')) {
        return false;
    }
    if (r->tm || !roles_victims(c, &h->x, r->sm, h->code, i, h->best.last_tok > i ? h->best.last_tok : i, h->p)) {
        coder_trace(c, "  \"%.*s\": its subject is under it, not its doer", TOKF(i));
    }
    return true;
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

void roles_code(truce_coder *c, const sinfo *si, head_ctx *h)
{
    head_roles r;
    roles_init(c, h, &r);
    if (h->best.comp && !compound_slot(c, si, h, &r)) {
        return;
    }
    if (!c->opt.literal && !h->v.passive && h->v.verb && clause_passive(c, &si->mv, h->sb, h->i)) {
        h->v.passive = true;   /* "were either killed or captured", ", killed in" */
    }
    if (!c->opt.literal && h->v.passive && state_participle(c, h->i)) {
        h->v.passive = false;   /* "Serb forces were engaged in ethnic cleansing" */
    }
    if (!c->opt.literal && h->v.verb && adjectival(c, &si->mv, h->sb, h->i)) {
        coder_trace(c, "  \"%.*s\": a participle before a noun, no act", TOKF(h->i));
        return;
    }
    if (!r.sm && h->v.passive && c->opt.tabari) {
        /* TABARI sees a passive only in "was VERBed by X" */
        bool by = false;
        for (size_t q = h->i + 1; q < h->ce && q < h->i + 4; q++) {
            by |= tok_is(c, q, c->k->w.by);
        }
        h->v.passive = by;
    }
    if (!r.sm && !(h->v.passive ? source_passive(c, si, h, &r) : source_active(c, si, h, &r))) {
        return;
    }
    if (under_it(c, si, h, &r) || passive_agent_noun(c, si, h, &r)) {
        return;
    }
    if (means_agent(c, si, h, &r)) {
        return;
    }
    find_target(c, si, h, &r);
    if (!r.tm && !c->opt.literal) {
        r.tm = refused_proposer(c, si, h, &r);
    }
    if (r.tm && !c->opt.literal && r.tm->tok_start > h->i && r.tm->prev_id == c->k->w.as && !r.tm->code[0]) {
        r.tm = NULL;   /* "resigned as leader of his party": a capacity, no one acted on */
    }
    if (r.tm && !c->opt.literal && code_root(h->code) == 1 && strlen(r.tm->code) == 3 &&
        r.tm->prev_id == c->k->w.from && r.tm->tok_start > h->i) {
        r.tm = NULL;   /* "no comment on the ship's departure from China": a place */
        /* "rejected Pakistan's allegation that ... from Afghan soil": the
         * one whose charge it is */
        const mention *o = mv_at(&si->mv, h->i + 1, false);
        static const char *const charges[] = {"allegation", "allegations", "accusation", "accusations", "claim",
            "claims", "charge", "charges", "assertion", "assertions", NULL};
        for (const char *const *w = charges; o && *w && !r.tm; w++) {
            if (tok_is(c, o->tok_end, c->k->w.s) && tok_is_word(c, o->tok_end + 1, *w) && o != r.sm) {
                r.tm = o;
            }
        }
    }
    if (r.tm && r.sm && !c->opt.literal && strlen(r.tm->code) == 3 && !strncmp(r.tm->code, r.sm->code, 3) &&
        strlen(r.sm->code) > 3 && r.tm->tok_start > h->i + 1 && actor_is_country(r.tm->code) &&
        r.tm->kind != AK_PEOPLE && place_prep(c, r.tm->tok_start) &&
        (r.tm->tok_end >= h->se || c->t[r.tm->tok_end].kind != TOK_WORD || is_prep(c, c->t[r.tm->tok_end].id) ||
         tok_is(c, r.tm->tok_end, c->k->w.and_))) {
        /* "levied tariffs on exports to the U.S. from 35 countries,
         * including the EU": one's own country after a preposition is a
         * place; the object goes on after it */
        size_t from = r.tm->tok_end - 1;
        r.tm = roles_object(c, &si->mv, from, roles_object_end(c, from, h->ce), true);
    }
    if (r.tm && !c->opt.literal && (!strcmp(h->code, "010") || !strncmp(h->code, "016", 3)) &&
        r.tm->tok_start > h->i + 1 &&
        nonfinite_between(c, &si->mv, h->i + 1, r.tm->tok_start)) {
        /* "deny providing sanctuary to fighters": those in what is denied
         * or said are not whom it answers; what is considered is aimed at
         * them ("considering sending aid to X") (test_roles.c, "content") */
        coder_trace(c, "  \"%.*s\": its target is inside what is said, not whom it is said to", TOKF(h->i));
        r.tm = NULL;
    }
    if (r.tm && !c->opt.literal && code_root(h->code) < 11 && sovereignty_of(c, r.tm)) {
        /* "cede sovereignty of the islands to X": the territory at stake is
         * no party; the one after it may be (test_roles.c, "sovereignty") */
        size_t from = r.tm->tok_end - 1;
        r.tm = roles_object(c, &si->mv, from, roles_object_end(c, from, h->ce), true);
    }
    if (r.tm && !c->opt.literal && (code_root(h->code) == 11 || code_root(h->code) == 12) &&
        r.tm->tok_start > h->i + 1 && r.tm != h->best.tgt && h->best.last_tok + 1 < r.tm->tok_start &&
        !blames(c, h->i) && victim_of_act(c, r.tm)) {
        /* "condemns any violence against civilians": those the act was
         * done to are not whom the condemnation is aimed at (test_roles.c,
         * "victims") */
        coder_trace(c, "  \"%.*s\": its object is the victim of the act it condemns", TOKF(h->i));
        r.tm = NULL;
    }
    occupation(c, si, h, &r);
    settle_roles(c, si, h, &r);
    if (r.tm && r.sm && !c->opt.literal && r.sm->kind == AK_COUNTRY && !tok_is(c, r.sm->tok_end, c->k->w.s) &&
        r.tm->person && r.tm->kind == AK_NAMED && own_state(r.sm->code, r.tm->code)) {
        /* "the United States voiced concern ..., with its adviser
         * speaking": a country does not act on its own state (test_roles.c,
         * "own state") */
        coder_trace(c, "  \"%.*s\": its target is the source's own state", TOKF(h->i));
        r.tm = NULL;
    }
    if (side_lists(c, si, h, &r)) {
        code_events(c, si, h, &r);
        if (!c->opt.literal && !strncmp(h->code, "112", 3) && r.src.n && r.src.v[0].code[0] &&
            r.src.v[0].code[0] != '-') {
            /* who accused, for a denial of "the allegations" later on */
            snprintf(c->ctx.last_accuser, sizeof c->ctx.last_accuser, "%s", r.src.v[0].code);
        }
        int root = code_root(h->code);
        if (!c->opt.literal && (root == 2 || root == 3 || root == 10) && r.src.n && r.src.v[0].code[0] &&
            r.src.v[0].code[0] != '-') {
            /* who asked or offered, for a refusal of "the request" later on */
            snprintf(c->ctx.last_asker, sizeof c->ctx.last_asker, "%s", r.src.v[0].code);
        }
    }
}
