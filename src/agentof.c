/* agentof.c — agents a clause names away from the verb's subject: the
 * owner of an operation ("killed in a joint U.S.-Iraqi operation", "amid
 * shelling by pro-Assad forces"), the user of a weapon ("as a missile
 * launched by X hit a bus"), the
 * subject of a clause joined to the verb's, the controller of an
 * infinitive. The rest of the grammar of roles is clause.c's.
 *
 * Tests: tests/unit/test_roles.c.
 */
#include "coder.h"

#include <stdio.h>
#include <string.h>

/* Nouns of a military operation: its owner did the act ("killed in a
 * joint U.S.-Iraqi operation", "in an Israeli airstrike"). */
static bool operation_noun(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"operation", "operations", "raid", "raids", "strike", "strikes",
        "airstrike", "airstrikes", "air strike", "attack", "attacks", "offensive", "assault", "ambush",
        "bombardment", "bombing", "shelling", "drone", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* The actor whose operation it was: "in a joint U.S.-Iraqi operation"
 * after the participle at i, up to the end of the clause; NULL if none. */
static bool battle_noun(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"battle", "battles", "clash", "clashes", "fighting", "firefight",
        "gunfight", "gunbattle", "skirmish", "skirmishes", "shootout", "exchange", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* A role or named actor starting at token p, no pronoun; NULL if none. */
static const mention *actor_at(const mvec *mv, size_t p)
{
    for (size_t x = 0; x < mv->n; x++) {
        const mention *o = &mv->v[x];
        if (o->tok_start == p && (o->code[0] || o->sector[0]) && !o->pronoun && !o->commentator) {
            return o;
        }
    }
    return NULL;
}

/* Is token p a hyphenated word or part of one ("pro-regime")? */
static bool hyphened(const truce_coder *c, size_t p)
{
    const token *t = &c->t[p];
    if (tok_punct(c, p, '-') || (p + 1 < c->nt && tok_punct(c, p + 1, '-') && c->t[p + 1].start == t->end)) {
        return true;
    }
    return t->kind == TOK_WORD && memchr(c->text + t->start, '-', t->end - t->start) != NULL;
}

static const mention *by_agent(const truce_coder *c, const mvec *mv, size_t b, size_t ce);

/* "in military operations by the Kurdish forces", "in an operation
 * carried out by ISIL fighters": the operation noun within a few tokens
 * of r, its own agent after "by"; NULL if none. */
static const mention *operation_by(const truce_coder *c, const mvec *mv, size_t r, size_t ce)
{
    size_t t = r;
    while (t < ce && t < r + 4 && !operation_noun(c, t)) {
        t++;
    }
    if (t >= ce || !operation_noun(c, t)) {
        return NULL;
    }
    /* "artillery shelling and air strikes by the regime forces" */
    while (t + 2 < ce && (tok_is(c, t + 1, c->k->w.and_) || tok_is(c, t + 1, c->k->w.or_))) {
        size_t u = t + 2;
        while (u < ce && u < t + 4 && !operation_noun(c, u) && c->t[u].kind == TOK_WORD &&
               !is_prep(c, c->t[u].id) && !mv_inside(mv, u)) {   /* "air", "rocket" */
            u++;
        }
        if (u >= ce || !operation_noun(c, u)) {
            break;
        }
        t = u;
    }
    size_t b = t + 1;
    if (b < ce && (tok_is(c, b, c->k->w.on) || tok_is_word(c, b, "against"))) {
        /* "an attack on Buwa village in Ibi area by suspected herdsmen": past
         * its target, up to a comma or a verb ("on a road built by") */
        size_t e = b + 1;
        while (e < ce && e < b + 12 && !tok_punct(c, e, ',') && !tok_is(c, e, c->k->w.by) &&
               !(c->t[e].isverb && (c->t[e].vform == VF_ED || c->t[e].vform == VF_ING) &&
                 !mv_inside(mv, e) && !(c->t[e].flags & TF_CAP)) &&
               !tok_is_word(c, e, "who") && !tok_is_word(c, e, "which") && !tok_is_word(c, e, "that")) {
            e++;
        }
        if (e < ce && tok_is(c, e, c->k->w.by)) {
            b = e;
        }
    }
    if (b < ce && (tok_is_word(c, b, "carried") || tok_is_word(c, b, "conducted") ||
                   tok_is_word(c, b, "launched") || tok_is_word(c, b, "staged"))) {
        b += tok_is_word(c, b + 1, "out") ? 2 : 1;
    }
    if (b >= ce || !tok_is(c, b, c->k->w.by)) {
        return NULL;
    }
    return by_agent(c, mv, b, ce);
}

/* The actor after the "by" at b ("by the Kurdish forces", "by suspected
 * members of Boko Haram"); NULL if none. */
static const mention *by_agent(const truce_coder *c, const mvec *mv, size_t b, size_t ce)
{
    for (size_t p = b + 1, lim = b + 6; p < ce && p < lim; p++) {
        const mention *m = actor_at(mv, p);
        if (m) {
            return m;
        }
        if (tok_is_word(c, p, "suspected") || tok_is_word(c, p, "alleged")) {
            continue;   /* "by suspected Fulani herdsmen" */
        }
        if ((tok_is_word(c, p, "members") || tok_is_word(c, p, "fighters") || tok_is_word(c, p, "militants")) &&
            tok_is(c, p + 1, c->k->w.of)) {
            p++, lim += 2;   /* "by suspected members of Boko Haram" */
            continue;
        }
        if (!tok_has(c, p, WC_DETERMINER | WC_MODIFIER) && !(c->t[p].flags & TF_CAP) && !hyphened(c, p)) {
            break;
        }
    }
    return NULL;
}

/* Past what may stand between an owner ending at e and its operation
 * noun: its abbreviation in brackets ("an Islamic State (ISIS) suicide
 * bombing"), a coalition it leads ("the U.S.-led international
 * coalition's airstrikes"). */
static size_t past_owner_tail(const truce_coder *c, size_t e, size_t ce)
{
    if (e + 2 < ce && tok_punct(c, e, '(')) {
        size_t k = e + 1;
        while (k < ce && k < e + 4 && !tok_punct(c, k, ')')) {
            k++;
        }
        if (k < ce && tok_punct(c, k, ')')) {
            e = k + 1;
        }
    }
    size_t k = e + (e < ce && tok_punct(c, e, '-'));
    if (k < ce && (tok_is_word(c, k, "led") || tok_is_word(c, k, "backed"))) {
        for (size_t t = k + 1; t < ce && t < k + 4; t++) {
            if (tok_is_word(c, t, "coalition")) {
                e = t + 1;
                break;
            }
        }
    }
    return e;
}

/* The owner of an operation after the preposition at q ("in a joint
 * U.S.-Iraqi operation", "amid shelling by pro-Assad forces"); NULL if
 * none. */
static const mention *operation_owner(const truce_coder *c, const mvec *mv, size_t q, size_t ce)
{
    size_t r = q + 1;
    while (r < ce && r < q + 5 && (tok_has(c, r, WC_DETERMINER | WC_MODIFIER) || tok_adverb(c, r) ||
                                  tok_is_word(c, r, "joint"))) {
        r++;
    }
    const mention *by = operation_by(c, mv, r, ce);
    if (by) {
        return by;   /* "in a military operation carried out by ISIL fighters" */
    }
    const mention *m = mv_at(mv, r, false);
    for (size_t x = 0; x < mv->n && !m; x++) {
        /* "in a government airstrike", "in a rebel attack": a role's;
         * not "in a military operation", "a security operation",
         * "artillery attacks": the kind of operation, not whose */
        const mention *o = &mv->v[x];
        if (o->tok_start > q && o->tok_start <= r && (o->code[0] || o->sector[0]) && !o->pronoun &&
            !o->commentator &&   /* "in the army's offensive": from its "the" */
            !tok_is_word(c, r, "military") && !tok_is_word(c, r, "security") &&
            !tok_is_word(c, r, "artillery")) {
            m = o;
        }
    }
    if (m && !m->pronoun) {
        size_t e = past_owner_tail(c, m->tok_end, ce);
        for (size_t t = e; t < ce && t < e + 3; t++) {
            if (operation_noun(c, t)) {
                return m;
            }
        }
    }
    return NULL;
}

/* Does a clause of its own begin at q: "who", "which", "while", ";", an
 * auxiliary other than "be" ("and thousands have fled"; not "on 25 May")?
 * Not "and dozens were injured", a passive sharing the phrases after it. */
static bool operation_clause_end(const truce_coder *c, size_t q)
{
    static const char *const words[] = {"who", "which", "that", "while", "whereas", "but", "because",
        "although", "when", "as", "after", "before", "since", "until", "said", "says", NULL};
    bool aux = (is_aux(c, q) && !is_be(c, q)) || tok_is(c, q, c->k->w.have);
    if (tok_punct(c, q, ';') || tok_punct(c, q, ':') || (aux && !(c->t[q].flags & TF_CAP))) {
        return true;
    }
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, q, *w)) {
            return true;
        }
    }
    return false;
}

/* "killed as a missile launched by pro-Assad warplanes hit a bus",
 * "under mortar shells fired by the YPG", "by a bomb planted by the
 * Taliban": a weapon's user after the participle at i, up to a clause of
 * its own; NULL if none. */
static const mention *weapon_by(const truce_coder *c, const mvec *mv, size_t i, size_t ce)
{
    static const char *const weapons[] = {"missile", "missiles", "rocket", "rockets", "shell", "shells",
        "mortar", "mortars", "bomb", "bombs", "grenade", "grenades", "projectile", "projectiles", "mine",
        "mines", "explosives", "bullet", "bullets", NULL};
    static const char *const uses[] = {"fired", "launched", "dropped", "planted", "thrown", "lobbed",
        "hurled", "detonated", NULL};
    for (size_t q = i + 1; q + 2 < ce && q < i + 12; q++) {
        if (tok_punct(c, q, ';') || tok_is_word(c, q, "who") || tok_is_word(c, q, "which") ||
            tok_is_word(c, q, "while") || tok_is_word(c, q, "said")) {
            return NULL;
        }
        bool weapon = false, use = false;
        for (const char *const *w = weapons; *w && !weapon; w++) {
            weapon = tok_is_word(c, q, *w);
        }
        for (const char *const *w = uses; *w && weapon && !use; w++) {
            use = tok_is_word(c, q + 1, *w);
        }
        if (use && tok_is(c, q + 2, c->k->w.by)) {
            return by_agent(c, mv, q + 2, ce);
        }
    }
    return NULL;
}

const mention *roles_operation_agent(const truce_coder *c, const mvec *mv, size_t i, size_t ce)
{
    /* "were killed and fifteen others wounded on Tuesday in an airstrike":
     * the phrase after the gapped participle is the first's too */
    if (i + 2 < ce && tok_is(c, i + 1, c->k->w.and_)) {
        for (size_t g = i + 2; g < ce && g < i + 6; g++) {
            if (c->t[g].isverb && c->t[g].vform == VF_ED) {
                i = is_aux(c, g - 1) ? i : g;   /* not "and millions have fled" */
                break;
            }
        }
    }
    /* "killed in the attack and the ensuing battle with militants": the
     * other side of the fight */
    for (size_t q = i + 1; q + 2 < ce && q < i + 14; q++) {
        if (battle_noun(c, q) && tok_is(c, q + 1, c->k->w.with)) {
            const mention *m = mv_at2(mv, q + 2, false, false);
            if (!m && tok_has(c, q + 2, WC_DETERMINER | WC_MODIFIER)) {
                m = mv_at2(mv, q + 3, false, false);
            }
            if (!m) {
                for (size_t x = 0; x < mv->n && !m; x++) {
                    if (mv->v[x].tok_start == q + 2 && mv->v[x].sector[0] && !mv->v[x].pronoun) {
                        m = &mv->v[x];   /* "with militants": a role */
                    }
                }
            }
            /* "during clashes with Islamic divisions and fighters of the
             * FSA": past words no actor, up to a comma, verb or preposition */
            for (size_t p = q + 2; !m && p < ce && p < q + 8; p++) {
                if (tok_punct(c, p, ',') || (p > q + 2 && is_prep(c, c->t[p].id) && !tok_is(c, p, c->k->w.of)) ||
                    (c->t[p].isverb && c->t[p].vform != VF_NONE && !mv_inside(mv, p))) {
                    break;
                }
                m = actor_at(mv, p);
            }
            if (m) {
                return m;
            }
        }
    }
    /* "killed on Wednesday in al-Thawra, south of Damascus, amid artillery
     * shelling by pro-Assad forces": any such phrase of the clause, up
     * to a clause of its own ("who", "while") */
    for (size_t q = i + 1; q < ce && q < i + 24; q++) {
        if (operation_clause_end(c, q)) {
            break;
        }
        if (!(tok_is(c, q, c->k->w.in) || tok_is_word(c, q, "during") || tok_is_word(c, q, "under") ||
              tok_is_word(c, q, "amid") || tok_is_word(c, q, "amidst") ||
              (tok_is(c, q, c->k->w.to) && tok_is_word(c, q - 1, "due")))) {   /* "due to shelling by X" */
            continue;
        }
        const mention *m = operation_owner(c, mv, q, ce);
        if (m && (q < i + 4 || m->kind != AK_CAPITAL)) {
            return m;   /* far off, not "in a Baghdad bombing": a place's */
        }
    }
    return weapon_by(c, mv, i, ce);
}

/* "The police returned fire and a gang leader was killed": the victims of
 * a passive with no agent, in a clause joined by "and" to one whose
 * subject used force, are that subject's. NULL if there is none. */
const mention *roles_coordinated_agent(const truce_coder *c, const mvec *mv, size_t sb, size_t cb, size_t i)
{
    size_t q = i;
    while (q > sb && q > cb && !tok_is(c, q - 1, c->k->w.and_)) {
        q--;
    }
    if (q <= sb + 1 || !tok_is(c, q - 1, c->k->w.and_)) {
        return NULL;
    }
    size_t and_tok = q - 1;
    const mention *victim = roles_subject(c, mv, cb, i);
    if (victim && victim->tok_start < and_tok) {
        return NULL;   /* "both the Seleka and anti-Balaka being accused": one subject, not two clauses */
    }
    for (size_t v = sb; v < and_tok; v++) {
        const pattern *vp, *np;
        bool force = tok_is_word(c, v, "fire") || tok_is_word(c, v, "fired");
        if (!force && c->t[v].isverb && c->t[v].vform != VF_NONE && !is_aux(c, v) &&
            match_head_patterns(c, v, &vp, &np) && vp) {
            for (const pattern *pt = vp; pt && !force; pt = pt->next) {
                force = code_root(pt->code) >= 18 && pt->code[0] != '-';
            }
        }
        size_t pb = v;
        while (pb > sb && tok_adverb(c, pb - 1)) {
            pb--;
        }
        if (force && pb > sb && is_be(c, pb - 1)) {
            return NULL;   /* "civilians were killed and others injured": passives both */
        }
        if (force) {
            const mention *s = roles_subject(c, mv, sb, v);
            return s && s->code[0] + s->sector[0] > 0 && !s->pronoun ? s : NULL;
        }
    }
    return NULL;
}


/* Is the verb at v an act of force: "fired", a pattern of violence
 * (roots 18 to 20) that matches there within [b, e) ("opened fire on",
 * "blew himself up", "attacked"; not "went", whose "go to war" is not
 * there)? */
static bool force_verb(const truce_coder *c, const mvec *mv, size_t v, size_t b, size_t e)
{
    if (tok_is_word(c, v, "fired")) {
        return true;
    }
    const pattern *vp, *np;
    if (!c->t[v].isverb || c->t[v].vform == VF_NONE || is_aux(c, v) || !match_head_patterns(c, v, &vp, &np) ||
        !vp) {
        return false;
    }
    pmatch pm;
    memset(&pm, 0, sizeof pm);
    return match_best(c, mv, vp, v, b, e, &pm) >= 0 && pm.p && code_root(pm.p->code) >= 18 && pm.p->code[0] != '-';
}

/* "Ten people were killed when gunmen opened fire on a bus", "... and
 * six wounded after rebels attacked the town" (or "after their car was
 * stopped by gunmen": an armed agent of a passive): the victims of a passive
 * of force (code) with no agent are those of the subject of a clause of
 * time right after it ("when", "after", "as"), if that clause's verb
 * is one of force in the past. Not past a comma, nor a pronoun ("when
 * they attacked": the victims' own side), nor a civilian ("when a man
 * opened fire": who he was is not said), nor "as a result of"; a capture
 * "after" another act is no part of it ("was captured after his fighters
 * attacked"). The subject is the clause's first actor when a phrase
 * follows it ("after soldiers in pursuit of rebels attacked"). NULL if
 * there is none. */
static bool armed_side(const mention *m);

const mention *roles_when_agent(const truce_coder *c, const mvec *mv, size_t i, size_t ce, const char *code)
{
    int root = code_root(code);
    if (root < 17) {
        return NULL;
    }
    bool capture = root == 17 || strncmp(code, "181", 3) == 0;
    size_t q = i + 1;
    while (q < ce && q < i + 16 && !tok_is_word(c, q, "when") && !tok_is_word(c, q, "as") &&
           !(tok_is_word(c, q, "after") && !capture)) {
        if (c->t[q].kind == TOK_PUNCT && !tok_punct(c, q, '[') && !tok_punct(c, q, ']') &&
            !tok_punct(c, q, '(') && !tok_punct(c, q, ')')) {
            return NULL;   /* not past a comma: "was captured last week, as the rebels ..." */
        }
        if (tok_is_word(c, q, "who") || tok_is_word(c, q, "which") || tok_is_word(c, q, "while") ||
            tok_is_word(c, q, "said") || tok_is_word(c, q, "says") || tok_is_word(c, q, "after")) {
            return NULL;
        }
        q++;
    }
    if (q + 2 >= ce || q >= i + 16) {
        return NULL;
    }
    /* the clause's verb: the first verb after its subject, past an
     * abbreviation in brackets ("the Islamic State (ISIS) pounded") and
     * what the subject is taken to be ("gunmen suspected to be members
     * of Boko Haram attacked") */
    size_t v = q + 2;
    while (v < ce && v < q + 14) {
        bool bracket = tok_punct(c, v, '(') || tok_punct(c, v, ')');
        /* ... and a participle of its phrase ("a bomber affiliated with
         * IS detonated", "gunmen armed with rifles attacked") */
        bool taken = c->t[v].isverb && !mv_inside(mv, v) &&
                     ((c->t[v].vform == VF_ED && v + 1 < ce && is_prep(c, c->t[v + 1].id) &&
                       !force_verb(c, mv, v, q + 1, ce)) ||
                      (c->t[v].vform == VF_BASE && tok_is(c, v - 1, c->k->w.to)));
        if (c->t[v].kind == TOK_PUNCT && !bracket) {
            return NULL;
        }
        bool noun = tok_has(c, v - 1, WC_DETERMINER) && !is_prep(c, c->t[v - 1].id);   /* "a number of" */
        if (!bracket && !taken && !noun && !mv_inside(mv, v) && c->t[v].isverb && c->t[v].vform != VF_NONE &&
            !(c->t[v].flags & TF_CAP)) {
            break;
        }
        v++;
    }
    if (v + 2 < ce && v < q + 14 && is_be(c, v) && c->t[v + 1].isverb && c->t[v + 1].vform == VF_ED &&
        tok_is(c, v + 2, c->k->w.by)) {
        /* "after their car was stopped by gunmen": the passive's armed
         * agent */
        const mention *a = by_agent(c, mv, v + 2, ce);
        return armed_side(a) ? a : NULL;
    }
    bool past = c->t[v].vform == VF_ED || (c->t[v].vform == VF_BASE && tok_has(c, v, WC_SAME_PARTICIPLE));
    if (v >= ce || v >= q + 14 || !past || is_aux(c, v) || !force_verb(c, mv, v, q + 1, ce)) {
        return NULL;   /* "when their convoy was hit", "after talks failed" */
    }
    const mention *s = roles_subject(c, mv, q + 1, v);
    const mention *first = NULL;
    for (size_t x = 0; x < mv->n && !first; x++) {
        if (mv->v[x].tok_start > q && mv->v[x].tok_start < v) {
            first = &mv->v[x];
        }
    }
    if (s && first && first->tok_start < s->tok_start) {
        for (size_t t = first->tok_end; t < s->tok_start; t++) {
            if (is_prep(c, c->t[t].id) && !tok_is(c, t, c->k->w.of)) {
                s = first;   /* "soldiers in pursuit of Boko Haram insurgents" */
                break;
            }
        }
    }
    if (!s || s->tok_start <= q || s->pronoun || !(s->code[0] || s->sector[0]) || s->commentator ||
        strcmp(s->sector, "CVL") == 0 || (strlen(s->code) == 6 && strcmp(s->code + 3, "CVL") == 0)) {
        return NULL;
    }
    return s;
}

/* "killed by a roadside bomb blamed on Taliban militants", "in an
 * attack attributed to rebels": the one the act is laid at, after the
 * passive at i, up to a clause of its own; NULL if none. */
const mention *roles_blamed_agent(const truce_coder *c, const mvec *mv, size_t i, size_t ce)
{
    for (size_t q = i + 1; q + 2 < ce && q < i + 16; q++) {
        if (tok_punct(c, q, ';') || tok_is_word(c, q, "who") || tok_is_word(c, q, "which") ||
            tok_is_word(c, q, "while") || tok_is_word(c, q, "said") || tok_is_word(c, q, "says")) {
            return NULL;
        }
        bool laid = (tok_is_word(c, q, "blamed") && tok_is(c, q + 1, c->k->w.on)) ||
                    (tok_is_word(c, q, "attributed") && tok_is(c, q + 1, c->k->w.to));
        if (!laid) {
            continue;
        }
        for (size_t p = q + 2; p < ce && p < q + 6; p++) {
            const mention *m = actor_at(mv, p);
            if (m) {
                return m;
            }
            if (!tok_has(c, p, WC_DETERMINER | WC_MODIFIER) && !tok_is_word(c, p, "suspected")) {
                return NULL;
            }
        }
        return NULL;
    }
    return NULL;
}

/* An armed side: forces, rebels, police, gunmen, a named armed group? */
static bool armed_side(const mention *m)
{
    static const char *const armed[] = {"MIL", "REB", "COP", "UAF", "SPY", "RAD", NULL};
    if (!m || m->pronoun || m->commentator || (!m->code[0] && !m->sector[0])) {
        return false;
    }
    if (!strncmp(m->code, "IMG", 3)) {
        return true;
    }
    const char *sec = m->code[0] && strlen(m->code) >= 6 ? m->code + 3 : m->sector;
    for (const char *const *w = armed; *w; w++) {
        if (!strncmp(sec, *w, 3)) {
            return true;
        }
    }
    return false;
}

/* Is token q a word of losses: "killed", "wounded", "lost", "died"? */
static bool loss_word(const truce_coder *c, size_t q)
{
    static const char *const words[] = {"killed", "wounded", "injured", "lost", "died", "dead", NULL};
    return tok_is_one_of(c, q, words);
}

/* The first armed actor in [b, e) that a word of losses follows. */
static const mention *losing_side(const truce_coder *c, const mvec *mv, size_t b, size_t e)
{
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start < b || m->tok_end > e || !armed_side(m)) {
            continue;
        }
        for (size_t q = m->tok_end; q < e && q < m->tok_end + 6; q++) {
            if (loss_word(c, q)) {
                return m;
            }
        }
        return NULL;
    }
    return NULL;
}

/* "At least 20 ISIS militants were killed in the clashes, while four SDF
 * fighters lost their lives": two armed sides' losses in one sentence,
 * joined by "while" or "whereas", are each other's doing. For the passive
 * of violence at i with no agent, whose victim is the armed side victim,
 * the other side; NULL if the sentence [sb, se) tells no such losses, or
 * both are one side. */
const mention *roles_clash_agent(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i,
                                 const mention *victim)
{
    if (!armed_side(victim)) {
        return NULL;
    }
    const mention *other = NULL;
    for (size_t q = sb + 1; q + 1 < se && !other; q++) {
        if (!tok_punct(c, q - 1, ',') || !(tok_is_word(c, q, "while") || tok_is_word(c, q, "whereas"))) {
            continue;
        }
        if (q > i) {
            other = q < i + 20 ? losing_side(c, mv, q + 1, se) : NULL;   /* the losses after "while" */
        } else if (victim->tok_start > q) {
            other = losing_side(c, mv, sb, q - 1);   /* the head is in the "while" clause */
        }
        if (!other) {
            return NULL;
        }
    }
    if (!other || other == victim) {
        return NULL;
    }
    /* one side, or maybe one: the same code, or the same role where one
     * has no country yet ("IS militants ... the FSA": both rebels) */
    const char *os = other->code[0] && strlen(other->code) >= 6 ? other->code + 3 : other->sector;
    const char *vs = victim->code[0] && strlen(victim->code) >= 6 ? victim->code + 3 : victim->sector;
    if ((other->code[0] && !strcmp(other->code, victim->code)) ||
        ((!other->code[0] || !victim->code[0]) && os[0] && !strncmp(os, vs, 3))) {
        return NULL;
    }
    return other;
}

/* Whose act a non-finite verb is (test_roles.c, "control"): "China will
 * convene a meeting ..., to try to facilitate a deal" (the governing
 * verb's subject), "urged the Taliban to lift the ban" (the object right
 * after the governing verb), "attacked the newspaper for refusing to
 * support" (a gerund after "for": the governing verb's object). NULL when
 * it is none of these. */
const mention *roles_controller(const truce_coder *c, const mvec *mv, size_t cb, size_t i)
{
    size_t t = i;
    if (c->t[i].vform == VF_ING && i > cb + 1 && (tok_is(c, i - 1, c->k->w.for_) || tok_is(c, i - 1, c->k->w.by))) {
        size_t g = i - 1;
        while (g > cb && !(c->t[g - 1].isverb && c->t[g - 1].vform != VF_NONE && c->t[g - 1].vform != VF_ING &&
                           !mv_inside(mv, g - 1) && !(c->t[g - 1].flags & TF_CAP) && !is_aux(c, g - 1))) {
            g--;
        }
        if (tok_is(c, i - 1, c->k->w.by)) {
            /* "helped Greece by sending": the means is the subject's; "blamed
             * X for disrupting the deal by withdrawing": the gerund's before
             * it, whoever did that */
            size_t v = i - 1;
            while (v > cb && !(c->t[v - 1].isverb && c->t[v - 1].vform != VF_NONE && !mv_inside(mv, v - 1) &&
                               !(c->t[v - 1].flags & TF_CAP) && !is_aux(c, v - 1) &&
                               !(v >= 2 && tok_has(c, v - 2, WC_DETERMINER) && !is_prep(c, c->t[v - 2].id)))) {
                v--;   /* not "the deal" */
            }
            if (v > cb && c->t[v - 1].vform == VF_ING) {
                return roles_controller(c, mv, cb, v - 1);
            }
            const mention *s = g > cb ? roles_subject(c, mv, cb, g - 1) : NULL;
            return s && (s->code[0] || s->sector[0] || s->first_person) ? s : NULL;
        }
        return g > cb ? roles_object(c, mv, g - 1, i - 1, true) : NULL;
    }
    if (c->t[i].vform != VF_BASE || i <= cb + 1 || !tok_is(c, i - 1, c->k->w.to)) {
        return NULL;
    }
    /* up a chain of infinitives: "to try to facilitate" */
    t = i - 1;
    while (t >= cb + 2 && c->t[t - 1].vform == VF_BASE && tok_is(c, t - 2, c->k->w.to)) {
        t -= 2;
    }
    size_t g = t;
    while (g > cb && !(c->t[g - 1].isverb && c->t[g - 1].vform != VF_NONE && !mv_inside(mv, g - 1) &&
                       !(c->t[g - 1].flags & TF_CAP) && !tok_has(c, g - 1, WC_DETERMINER) &&
                       !(g >= 2 && tok_has(c, g - 2, WC_DETERMINER) && !is_prep(c, c->t[g - 2].id)))) {
        g--;
    }
    if (g <= cb) {
        return NULL;
    }
    size_t gv = g - 1;
    /* "urged the Taliban to": the object right after the governing verb */
    const mention *obj = mv_ending_at(mv, t - 1);
    if (obj && !obj->pronoun && (obj->code[0] || obj->sector[0])) {
        size_t q = obj->tok_start;
        while (q > gv + 1 && tok_has(c, q - 1, WC_DETERMINER | WC_MODIFIER)) {
            q--;
        }
        if (q == gv + 1) {
            return obj;
        }
    }
    if (is_aux(c, gv) || is_be(c, gv)) {
        return NULL;
    }
    if (c->t[gv].vform == VF_ING) {
        const mention *up = roles_controller(c, mv, cb, gv);   /* "for refusing to support" */
        if (up) {
            return up;
        }
    }
    const mention *s = roles_subject(c, mv, cb, gv);
    return s && (s->code[0] || s->sector[0] || s->first_person || s->unknown) ? s : NULL;
}
