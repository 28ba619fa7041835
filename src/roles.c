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

static const mention *capital_as_place(const truce_coder *c, const mention *m, const char *code, mention *out);

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
        /* "was captured in Kenya": the place says where, not who; the
         * doer stays unknown. No place, no event ("was extradited") */
        if (!x->loc || !x->loc->country[0] || x->loc->tok_start < head ||
            strncmp(x->loc->country, victims->code, 3) == 0 ||
            (!c->opt.literal && x->loc->tok_start >= roles_object_end(c, head, x->ce))) {
            return false;   /* "captured ..., or are hiding outside Iraq": another clause's place */
        }
    }
    if (!victims->code[0]) {
        roles_place_role(&role, victims, NULL);
    } else if (capital_as_place(c, victims, code, &role) == &role) {
        victims = &role;   /* "a bomb destroyed a Baghdad restaurant": IRQ */
    }
    emit_pairs(c, x, (mlist){&nobody, 1},
               !victims->code[0] || victims == &role ? (mlist){&role, 1} : mv_group(x->mv, mv_index(x->mv, victims)), code,
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


/* A number of doers or its hedge at p: "by about 130 guerrillas", "by
 * four police officers". */
static bool passive_by_count(const truce_coder *c, size_t p)
{
    bool hedge = tok_is_word(c, p, "about") || tok_is_word(c, p, "some") || tok_is_word(c, p, "around") ||
                 tok_is_word(c, p, "nearly") || tok_is_word(c, p, "roughly");
    return c->t[p].kind == TOK_NUM || roles_number_word(c, p) ||
           (hedge && p + 1 < c->nt && c->t[p + 1].kind == TOK_NUM);
}

/* A word that may describe the doer between "by" and its role noun ("by
 * masked gunmen", "by a renegade soldier", "by the Kurdish forces"): a
 * word, not a preposition, a conjunction or a verb's "-ing" (whose object
 * the actor after it would be: "by attacking police posts"). Only taken
 * when an actor begins right after it (passive_by_agent). */
static bool passive_by_describer(const truce_coder *c, size_t p)
{
    const token *t = &c->t[p];
    if (t->kind != TOK_WORD) {
        return false;
    }
    /* "by pro-regime snipers"; not "by ISIL-linked snipers", whose
     * link the role alone misreads */
    bool hyphen = memchr(c->text + t->start, '-', t->end - t->start) != NULL;
    if (hyphen) {
        return !(t->flags & TF_CAP) && t->end - t->start > 4 && memcmp(c->text + t->start, "pro-", 4) == 0;
    }
    /* an adjective ("by Islamist militants", "by the Kurdish forces") or
     * a participle ("masked"), not a noun ("by coalition forces", "gun
     * men": a kind of doer the role alone misreads) nor a name's part
     * ("by IS militants", "by AP Television News") */
    uint8_t key[64];
    ptrdiff_t kl = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lex = kl > 0 ? kb_lex(c->k, key, kl) : 0;
    bool participle = t->isverb && t->vform == VF_ED && !(t->flags & TF_CAP);
    if (tok_has(c, p, WC_STATELESS)) {
        return true;
    }
    if (t->flags & TF_UPPER) {
        return false;
    }
    if ((t->flags & TF_CAP) && !lex && p + 1 < c->nt && c->t[p + 1].kind == TOK_WORD &&
        !(c->t[p + 1].flags & TF_CAP) && !tok_is(c, p + 1, c->k->w.s)) {
        return true;   /* "by Fulani herdsmen": a people no lexicon knows */
    }
    if ((!(lex & LEX_ADJ) && !participle) || (lex & LEX_FUNCTION)) {
        return false;
    }
    return t->kind == TOK_WORD && !is_prep(c, t->id) && !tok_is(c, p, c->k->w.and_) &&
           !tok_is(c, p, c->k->w.or_) && !(t->isverb && t->vform == VF_ING) && !tok_adverb(c, p) &&
           !tok_has(c, p, WC_PRONOUN | WC_POSSESSIVE);
}

/* The actor after a passive's "by", past a determiner or modifier ("by a
 * former mayor"): a named actor, or, for force and violence (roots 17 to
 * 20: "captured by police", "killed by the army"), a role of no country,
 * which settle_roles places as it does a subject. A role is no doer of
 * other deeds, which its "by" seldom names ("asked by a reporter", "was
 * demonstrated by the air force"), nor is a commentator of any. */
static const mention *passive_by_agent(const truce_coder *c, const mvec *mv, size_t q, size_t ce,
                                       const char *code)
{
    bool roles_ok = !c->opt.literal && code_root(code) >= 17;
    bool described = c->opt.literal;   /* one describing word at most */
    for (size_t p = q, lim = q + 3; p < ce && p < lim; p++) {
        if (p + 2 < ce && !mv_inside(mv, p) && tok_punct(c, p + 1, '-') && c->t[p + 1].start == c->t[p].end &&
            c->t[p + 2].start == c->t[p + 1].end) {
            p += 2, lim += 2;   /* "by U.S.-allied Afghan forces": past what names_backed left */
            continue;
        }
        for (size_t x = 0; x < mv->n; x++) {
            const mention *m = &mv->v[x];
            if (m->tok_start == p && !m->pronoun &&
                (m->code[0] || (m->sector[0] && !m->commentator && roles_ok))) {
                return m;
            }
        }
        /* "by a group of gunmen", "by members of a militia" */
        static const char *const groups[] = {"group", "groups", "band", "bands", "gang", "gangs", "members",
            "unit", "units", "squad", "squads", NULL};
        if (!c->opt.literal && tok_is_one_of(c, p, groups) && tok_is(c, p + 1, c->k->w.of) && !mv_inside(mv, p)) {
            p++, lim += 2;
            continue;
        }
        /* "shot by suspected insurgents", "by unidentified gunmen": what
         * the doer is taken to be still names the doer; so do their
         * number and its hedge ("by about 130 guerrillas") */
        if (!tok_has(c, p, WC_MODIFIER) && !tok_has(c, p, WC_DETERMINER) && !tok_is_word(c, p, "suspected") &&
            !tok_is_word(c, p, "alleged") && !tok_is_word(c, p, "unidentified") && !tok_is_word(c, p, "unknown") &&
            !passive_by_count(c, p)) {
            /* "by masked gunmen", "by four undercover police officers":
             * a word describing the doer, right before its actor */
            if (!passive_by_describer(c, p) || described) {
                break;
            }
            described = true;
            lim++;
        }
    }
    return NULL;
}

/* Is [b, e) the bare subject of a gapped passive ("and six others
 * wounded", "and over 200 houses razed"): no preposition, no
 * participle of a clause of its own ("and transferred to hospitals
 * installed by")? */
static bool gapped_subject(const truce_coder *c, const mvec *mv, size_t b, size_t e)
{
    for (size_t t = b; t < e; t++) {
        if (c->t[t].kind == TOK_PUNCT || is_prep(c, c->t[t].id) ||
            (c->t[t].isverb && (c->t[t].vform == VF_ED || c->t[t].vform == VF_ING) && !mv_inside(mv, t))) {
            return false;
        }
    }
    return true;
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
    bool gapped_seen = false;
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
            if (q + 2 < ce && tok_adverb(c, q + 1) && tok_is(c, q + 2, k->w.by)) {
                continue;   /* "was killed, apparently by Palestinian militants" */
            }
        }
        /* "were killed and six others wounded by bandits": a gapped
         * passive shares its "by" with the first */
        bool gapped = !gapped_seen && !c->opt.literal && q > i + 2 && q < i + 7 && tok_is(c, i + 1, k->w.and_) &&
                      !is_aux(c, q - 1) && !tok_is(c, q - 1, k->w.and_) && !mv_inside(mv, q) &&
                      gapped_subject(c, mv, i + 2, q);
        /* "was killed after being ambushed by X": violence whose doer the
         * passive after it names */
        if (!c->opt.literal && code_root(code) >= 18 && tok_is_word(c, q, "after") &&
            tok_is_word(c, q + 1, "being") && q + 2 < ce && c->t[q + 2].isverb && c->t[q + 2].vform == VF_ED) {
            q += 2;
            continue;
        }
        if (tok_punct(c, q, ',') || (q > i + 1 && c->t[q].isverb && c->t[q].vform == VF_ED && !joined && !gapped)) {
            break;
        }
        if (c->t[q].isverb && c->t[q].vform == VF_ED && gapped) {
            gapped_seen = true;
        }
        if (tok_is(c, q, k->w.by)) {
            r->sm = passive_by_agent(c, mv, q + 1, ce, code);
            break;
        }
        if (!c->opt.literal && roles_at_hands_of(c, q)) {
            r->sm = passive_by_agent(c, mv, q + 4, ce, code);   /* "killed at the hands of X" */
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
        if (!r->sm) {
            r->sm = roles_when_agent(c, mv, i, h->se, code);   /* "were killed when gunmen opened fire" */
        }
        if (!r->sm && code_root(code) >= 18) {
            r->sm = roles_blamed_agent(c, mv, i, h->se);   /* "by a bomb blamed on militants" */
        }
        if (!r->sm && code_root(code) >= 18) {
            /* "20 militants were killed, while four soldiers died" */
            r->sm = roles_clash_agent(c, mv, h->sb, h->se, i, roles_subject(c, mv, cb, i));
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
    if (!r->sm && !c->opt.literal && r->tm && roles_reporting_doer(h->speaker_code, r->tm, code)) {
        /* "the army said 16 militants were killed", "a military spokesman
         * said 354 passengers were freed": forces report their own act */
        memset(&r->located, 0, sizeof r->located);
        snprintf(r->located.code, sizeof r->located.code, "%s", h->speaker_code);
        memcpy(r->located.country, h->speaker_code, 3);
        r->located.tok_start = (uint32_t)i;
        r->located.tok_end = (uint32_t)i + 1;
        r->sm = &r->located;
        coder_trace(c, "  \"%.*s\": passive, done by the forces who report it", TOKF(i));
        return true;
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
         (c->t[i].vform == VF_BASE && (tok_is(c, i - 1, k->w.to) || (v->group_start == i && !v->negated &&
                                                                     c->text[c->t[i - 1].end - 1] == 's')))) &&
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
        if (!victims) {
            victims = roles_trailing_victims(c, mv, h->sb, h->se, i);   /* "exploded ..., wounding two" */
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
    size_t aside = c->opt.literal ? i : roles_aside_before(c, cb, i);
    if (aside < i && r->sm && r->sm->tok_start > aside) {
        r->sm = roles_subject(c, mv, cb, aside);   /* not "Palestinian" of ", many waving Palestinian flags," */
    }
    bool trails = false;   /* ", killing 12": the doer of the clause it trails (trailing.c) */
    if (!c->opt.literal) {
        const mention *ctl = roles_controller(c, mv, cb, i);
        if (ctl) {
            r->sm = ctl;
        }
        const mention *ts = trailing_subject(c, mv, sb, i, code, &trails);
        if (trails) {
            coder_trace(c, "  \"%.*s\": trails a clause; its doer: %s", TOKF(i),
                        ts ? ts->code : "none (or the outcome of the clause's violence)");
            r->sm = ts;
            r->tm = r->tm ? r->tm : trailing_pronoun_object(c, mv, sb, i);   /* "accusing it of" */
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
    if (!c->opt.literal && r->sm && r->sm->tok_end <= i && !trails) {
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
    if (!c->opt.literal && h->p && (h->p->flags & VFLAG_TERRITORY) && !strcmp(code, h->p->code) &&
        emit_territory_object(c, mv, i, v->group_start, v->passive, ce)) {
        /* "captured 70 percent of Bosnia", "seized the island", "Goma was
         * captured" (verbs.txt "territory") */
        coder_trace(c, "  \"%.*s\": what is taken is a place: territory [192]", TOKF(i));
        snprintf(code, sizeof h->code, "192");
    }
}

/* "Troops patrolled the streets of Monrovia", "shelling south of Baghdad",
 * "a car bomb destroyed a Baghdad restaurant": a capital city on the
 * receiving end of force (roots 15, 17, 18-20) is a place, its country's, not
 * its government as in "Moscow said" (which a capital also is). Only a
 * name the gazetteer knows as a capital or a large city: a seat of
 * government ("the Kremlin", "the White House") stays the government, and
 * so does "the Kabul government" (tests/golden/code/actors-capital-place).
 * m itself when it is no such place, else out, its country. */
static const mention *capital_as_place(const truce_coder *c, const mention *m, const char *code, mention *out)
{
    int root = code_root(code);
    /* coercion too ("police captured suspects east of Caracas"), but not
     * sanctions or expulsions ("expelled diplomats from Moscow") */
    bool coerce = root == 17 && strncmp(code, "172", 3) != 0 && strncmp(code, "174", 3) != 0;
    if (c->opt.literal || !c->opt.geo || !m || m->kind != AK_CAPITAL || !m->country[0] ||
        (root != 15 && root < 18 && !coerce) || strlen(m->code) != 6 || strcmp(m->code + 3, "GOV") != 0) {
        return m;
    }
    size_t q = m->tok_start;
    if (q + 1 < m->tok_end && tok_has(c, q, WC_DETERMINER)) {
        q++;
    }
    const char *hint[1] = {m->country};
    geo_place gp;
    size_t len = c->t[m->tok_end - 1].end - c->t[q].start;
    if (!geo_resolve(c->opt.geo, (const char *)c->text + c->t[q].start, len, hint, 1, &gp) ||
        gp.feature != GEO_CITY || strcmp(gp.country, m->country) != 0 ||
        !((gp.flags & GEO_F_CAPITAL) || gp.population >= 100000)) {
        return m;
    }
    *out = *m;
    snprintf(out->code, sizeof out->code, "%.3s", m->country);
    return out;
}

static void capital_place(truce_coder *c, head_ctx *h, head_roles *r)
{
    const mention *m = capital_as_place(c, r->tm, h->code, &r->occupied);
    if (m != r->tm) {
        coder_trace(c, "  \"%.*s\": a capital hit is a place, its country's", TOKF(h->i));
        r->tm = m;
    }
}

/* "Soldiers and police patrolled Katmandu", "troops patrolled the streets
 * of Monrovia", "police patrol Haiti": the place a role of no country
 * patrols or is deployed in (root 15), a capital or a country named as the
 * verb's object, is the role's own, as the event's place is (settle_roles),
 * before the story's country; not peacekeepers, "troops from 18
 * countries", "international" or "foreign" forces, nor a country after a
 * preposition ("the border with Pakistan") (tests/golden/code/actors-capital-place). */
static bool patrolled_place(const truce_coder *c, const head_ctx *h, const head_roles *r)
{
    const mention *t = r->tm;
    if (c->opt.literal || code_root(h->code) != 15 || !t || !t->country[0] || strlen(t->code) != 3 ||
        roles_foreign_role(c, r->sm)) {
        return false;
    }
    for (size_t q = r->sm->tok_start; q < r->sm->tok_end; q++) {
        const char *w = (const char *)c->text + c->t[q].start;
        if (c->t[q].end - c->t[q].start >= 9 && (w[0] | 0x20) == 'p' && !strncmp(w + 1, "eacekeep", 8)) {
            return false;   /* peacekeepers are foreign */
        }
    }
    if (r->sm->tok_end < h->i && tok_is(c, r->sm->tok_end, c->k->w.from)) {
        return false;   /* "troops from 18 countries" */
    }
    if (t == &r->occupied) {
        return true;   /* a capital as a place (capital_place) */
    }
    return t->kind == AK_COUNTRY && t->tok_start == h->i + 1;
}

/* Is the actor from token q on the owner of the role that ends before b
 * ("aid workers from a British charity", "soldiers into Somalia",
 * "people on the Pakistani side", "militias including the YPG"): only
 * prepositions of belonging or direction between, and no participle but
 * one after a determiner ("a worker from the ruling party")? Not an
 * actor that a phrase or clause after the role is about ("journalists
 * covering a protest against the Russian president", "civilians during a
 * march against the Iranian government", "soldiers guarding an
 * embassy"): the role stays the target. A role word before a noun is no
 * actor ("military aid to Mozambique", "military drills encircling
 * Taiwan"): the actor after it is (test_roles.c, "role's owner").
 * Asked of the victims of force and the objects of conflict and
 * criticism (roots 11 and up); the forces one sends, mobilises or
 * deploys, and the people one deports, go where the actor after them
 * is ("mobilized reservists for a war against Iraq"). */
static bool role_owner_after(const truce_coder *c, size_t b, size_t q)
{
    const kb *k = c->k;
    if (b < q && c->t[b].kind == TOK_WORD && !(c->t[b].flags & TF_CAP) &&
        (roles_tok_lex(c, b) & LEX_MOSTLY) == LEX_MOSTLY_NOUN && c->t[b].vform != VF_ING) {
        return true;
    }
    for (size_t p = b; p < q; p++) {
        if (tok_is_word(c, p, "including")) {
            continue;
        }
        if ((c->t[p].vform == VF_ING || c->t[p].vform == VF_ED) && !(p > b && tok_has(c, p - 1, WC_DETERMINER))) {
            return false;
        }
        if (is_prep(c, c->t[p].id) ||
            ((roles_tok_lex(c, p) & LEX_FUNCTION) && !tok_has(c, p, WC_DETERMINER | WC_POSSESSIVE))) {
            if (!(tok_is(c, p, k->w.to) || tok_is(c, p, k->w.from) || tok_is(c, p, k->w.of) ||
                                 tok_is(c, p, k->w.for_) || tok_is(c, p, k->w.at) || tok_is(c, p, k->w.into) ||
                                 tok_is(c, p, k->w.on))) {
                return false;
            }
        }
    }
    return true;
}

/* "offered to mediate between the government and the rebels": a target
 * compound after "between" with a role of no code first is each of its
 * members, the roles placed in country cc (else "---", which the
 * event's place or the story settles), not its coded members alone nor
 * its first role alone; a foreign role ("international forces") stays
 * out (test_roles.c, "role group"). */
static void role_group_target(truce_coder *c, const mvec *mv, head_roles *r, const mention *tm, const char *cc)
{
    if (c->opt.tabari || c->opt.literal || !tm || tm < mv->v || tm >= mv->v + mv->n || tm->tok_start == 0 ||
        !tok_is(c, tm->tok_start - 1, c->k->w.between)) {
        return;
    }
    mlist g = mv_group(mv, mv_index(mv, tm));
    size_t n = 0, end = tm->tok_start;
    bool role = false;
    for (size_t q = 0; q < g.n && n < 8; q++) {
        const mention *x = &g.v[q];
        if (x->tok_start < tm->tok_start) {
            continue;
        }
        /* only members joined right after one another by "and" or "or" */
        if (x != tm && !(x->tok_start == end + 1 && (tok_is_word(c, end, "and") || tok_is_word(c, end, "or")))) {
            break;
        }
        end = x->tok_end;
        if (x == r->sm || x->pronoun || (end < c->nt && c->t[end].kind == TOK_WORD && !(c->t[end].flags & TF_CAP) &&
                                         !c->t[end].isverb && (roles_tok_lex(c, end) & LEX_NOUN) &&
                                         !(roles_tok_lex(c, end) & LEX_FUNCTION))) {
            return;   /* "civilian and police targets": words of a noun after them */
        }
        if (x->code[0]) {
            r->tbuf[n++] = *x;
        } else if (x->sector[0] && !roles_foreign_role(c, x)) {
            roles_place_role(&r->tbuf[n++], x, cc);
            role = true;
        }
    }
    if (role && n > 1) {
        r->tgt_roles = (mlist){r->tbuf, n};
    }
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
        if (!cc && patrolled_place(c, h, r)) {
            cc = r->tm->country;   /* "Troops patrolled Katmandu": NPLMIL */
        }
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
        roles_foreign_role(c, r->tm)) {
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
        int root = code_root(h->code);
        if (next && root >= 11 && root != 15 && strncmp(h->code, "174", 3) != 0 &&
            !role_owner_after(c, r->tm->tok_end, next->tok_start)) {
            next = NULL;
        }
        if (next && next != r->sm) {
            r->tm = next;
        } else {
            if (code_root(h->code) < 18) {
                role_group_target(c, mv, r, r->tm, cc);   /* (force between two sides: each on the other) */
            }
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
    if (r->tgt_roles.n && (r->tm == &r->tlocated || !c->opt.tabari)) {
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
    if (g <= cb) {
        return false;
    }
    if (r->sm->tok_start < g) {
        /* the source is the verb's subject already: what the verb did to
         * its object, the means did */
        if (!r->tm && r->sm == roles_subject(c, mv, cb, g - 1)) {
            r->tm = roles_object(c, mv, g - 1, q - 1, true);
        }
        return false;
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

void roles_code(truce_coder *c, const sinfo *si, head_ctx *h)
{
    head_roles r;
    roles_init(c, h, &r);
    if (h->best.comp && !compound_slot(c, si, h, &r)) {
        return;
    }
    if (!c->opt.literal && !h->v.passive && h->v.verb && roles_clause_passive(c, &si->mv, h->sb, h->i)) {
        h->v.passive = true;   /* "were either killed or captured", ", killed in" */
    }
    if (!c->opt.literal && h->v.passive && roles_state_participle(c, h->i)) {
        h->v.passive = false;   /* "Serb forces were engaged in ethnic cleansing" */
    }
    if (!c->opt.literal && h->v.verb && roles_adjectival(c, &si->mv, h->sb, h->i)) {
        coder_trace(c, "  \"%.*s\": a participle before a noun, no act", TOKF(h->i));
        return;
    }
    if (!r.sm && h->v.passive && c->opt.literal) {
        /* TABARI and PETRARCH see a passive only in "was VERBed by X":
         * "The Philippines was criticized over its dispute with Eriador"
         * is coded as active, PHL>ERI (PETRARCH's unit-test records) */
        bool by = false;
        for (size_t q = h->i + 1; q < h->ce && q < h->i + 4; q++) {
            by |= tok_is(c, q, c->k->w.by);
        }
        h->v.passive = by;
    }
    if (!r.sm && !(h->v.passive ? source_passive(c, si, h, &r) : source_active(c, si, h, &r))) {
        return;
    }
    if (!c->opt.literal && !h->v.passive && code_root(h->code) == 1 && r.sm->tok_end <= h->i &&
        roles_possessed_act(c, r.sm, h->i)) {
        /* "India's construction of ports underlines ...": an act says it,
         * not its owner (test_roles.c, "possessed act") */
        coder_trace(c, "  \"%.*s\": its subject is an act of %s's, not a speaker", TOKF(h->i), r.sm->code);
        return;
    }
    if (under_it(c, si, h, &r) || passive_agent_noun(c, si, h, &r)) {
        return;
    }
    if (means_agent(c, si, h, &r)) {
        return;
    }
    roles_find_target(c, si, h, &r);
    roles_check_target(c, si, h, &r);
    occupation(c, si, h, &r);
    capital_place(c, h, &r);
    settle_roles(c, si, h, &r);
    roles_drop_own_state(c, h, &r);
    if (side_lists(c, si, h, &r)) {
        /* "India and Mauritius upgraded their ties": each on the other */
        /* ... each a coded actor: a role of no code ("opposition armed
         * groups") can be no one's target, and each acts alone then */
        bool coded = true;
        for (size_t k = 0; k < r.src.n; k++) {
            coded &= r.src.v[k].code[0] != 0;
        }
        c->reciprocal = !c->opt.literal && r.src.n > 1 && !r.tgt.n && coded && roles_reciprocal_object(c, h->i, h->se);
        code_events(c, si, h, &r);
        c->reciprocal = false;
        bool court = r.src.n && strlen(r.src.v[0].code) >= 6 && !strncmp(r.src.v[0].code + 3, "JUD", 3) &&
                     (!strncmp(h->code, "116", 3) || !strncmp(h->code, "173", 3));
        if (!c->opt.literal && (code_root(h->code) == 11 || court) && r.src.n && r.src.v[0].code[0] &&
            r.src.v[0].code[0] != '-') {
            /* who accused whom, for a denial of "the allegations" later on;
             * a court's or prosecutor's sentence, arrest order or charge
             * for a rejection of "the arrest warrant" (test_roles.c,
             * "accuser") */
            targets_note_accusation(c, r.src.v[0].code, r.tgt.n ? r.tgt.v[0].code : NULL);
        }
        int root = code_root(h->code);
        if (!c->opt.literal && (root == 2 || root == 3 || root == 10) && r.src.n && r.src.v[0].code[0]) {
            /* who asked or offered, for a refusal of "the request" later on;
             * a role of no country too ("Officials offered ..."), which the
             * story's context settles as it does the asker's own events */
            snprintf(c->ctx.last_asker, sizeof c->ctx.last_asker, "%s", r.src.v[0].code);
        }
    }
}
