/* trailing.c — trailing participle clauses: "Rebels shelled the town,
 * killing 12 people", "Beijing criticized the move, accusing Washington of
 * ...", "Trump raised the tariffs, doubling the levy".
 *
 * An -ing form right after the comma that closes a complete active clause
 * is a verb of its own: the clause's subject does it, to the -ing's own
 * object, with the modality of the clause's verb ("will strike ..., killing"
 * is as planned as the strike), dated as that verb. It is no verb after a
 * noun phrase alone ("the bill, banning imports, ..."), nor after a passive
 * clause ("three soldiers were killed, prompting ..." is no act of the
 * soldiers); violence that is the outcome of the clause's own violence
 * ("shelled the town, killing 12") is that act's victims, no second act. A verb
 * of saying (", saying the talks went well") is the subject's statement,
 * read by speech.c (trailing_speaker) like any other, so its words count
 * where they accuse, demand or threaten; after a verb of saying it only
 * goes on with the same statement (", adding that ..."). The match,
 * roles and emit stages then treat it as any other verb: sentence.c asks
 * here when modality.c finds no verb use (and for the date), roles.c for
 * its doer and a pronoun object, speech.c for a speaker.
 */
#include "coder.h"

/* The -ing form that the one at i is joined to by "and" ("killing 12 and
 * wounding 30"), else SIZE_MAX. */
static size_t joined_participle(const truce_coder *c, size_t sb, size_t i)
{
    size_t q = i;
    while (q > sb && i - q < 2 && tok_adverb(c, q - 1)) {
        q--;   /* "and seriously wounding" */
    }
    if (q <= sb + 3 || !tok_is(c, q - 1, c->k->w.and_)) {
        return SIZE_MAX;
    }
    for (size_t j = q - 1; j > sb && j + 10 > q; j--) {
        if (clause_stop(c, j - 1) || tok_punct(c, j - 1, ',')) {
            break;
        }
        if (c->t[j - 1].vform == VF_ING && c->t[j - 1].isverb && !(c->t[j - 1].flags & TF_CAP)) {
            return j - 1;
        }
    }
    return SIZE_MAX;
}

/* Is the -ing form at i the verb of a trailing participle clause? The
 * index of the verb of the clause it trails, else SIZE_MAX
 * (test_trailing.c). */
size_t trailing_main_verb(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
{
    const kb *k = c->k;
    const token *t = &c->t[i];
    if (c->opt.literal || c->opt.tabari || t->vform != VF_ING || !t->isverb || !t->vlemma ||
        (t->flags & TF_CAP) || mv_inside(mv, i)) {
        return SIZE_MAX;
    }
    bool saying = t->vlemma < k->heads_cap && (k->head_flags[t->vlemma] & VFLAG_SPEECH);
    /* what the clause's act brings about or how it is done, no act of
     * its doer's own: ", leaving 12 dead", ", allowing thousands to
     * flee", ", using drones", ", hoping to catch them"; and ", charging
     * that ..." accuses, where the verb's patterns would arrest */
    static const char *const results[] = {"leaving", "allowing", "using", "hoping", "charging", NULL};
    if (tok_is_one_of(c, i, results)) {
        return SIZE_MAX;
    }
    size_t q = i;
    while (q > sb && i - q < 2 && tok_adverb(c, q - 1)) {
        q--;   /* ", also killing", ", reportedly wounding" */
    }
    size_t j = joined_participle(c, sb, i);
    if (j != SIZE_MAX) {
        /* ", raiding their offices, arresting employees and shuttering
         * groups": a participle joined to a trailing one trails its clause */
        return tok_is_one_of(c, j, results) ? SIZE_MAX : trailing_main_verb(c, mv, sb, j);
    }
    if (q < sb + 3 || !tok_punct(c, q - 1, ',')) {
        return SIZE_MAX;
    }
    size_t comma = q - 1;
    /* the clause before the comma: its nearest verb in verb use, active
     * (none: "the bill, banning imports, ..." describes the bill) */
    for (size_t u = comma; u > sb; u--) {
        size_t v = u - 1;
        if (clause_stop(c, v)) {
            return SIZE_MAX;
        }
        const token *vt = &c->t[v];
        if (!vt->isverb || !vt->vlemma || vt->vform == VF_NONE || vt->vform == VF_ING || (vt->flags & TF_CAP) ||
            mv_inside(mv, v) || is_aux(c, v) || tok_has(c, v, WC_DATE_WORD | WC_DETERMINER) || tok_adverb(c, v)) {
            continue;
        }
        /* the POS lexicon's most frequent tag of the form: "with rockets,",
         * "near Aleppo," are no verbs */
        uint8_t lex = roles_tok_lex(c, v);
        if (lex && (lex & LEX_MOSTLY) != LEX_MOSTLY_VERB) {
            continue;
        }
        vinfo g = modality_analyse(c, mv, v, sb);
        if (!g.verb) {
            continue;
        }
        if (saying && vt->vlemma < k->heads_cap && (k->head_flags[vt->vlemma] & VFLAG_SPEECH)) {
            return SIZE_MAX;   /* "said on Monday, adding that": one statement going on */
        }
        return g.passive ? SIZE_MAX : v;
    }
    return SIZE_MAX;
}

/* Is the violence (`code`, roots 18-20) of the trailing participle at i
 * the outcome of a violent act (roots 18-20) of the clause it trails
 * ("shelled the town, killing 12 civilians", "detonated a bomb, injuring
 * three", "launched an offensive, targeting the airport")? Then the
 * clause's act is the event, its victims the participle's object
 * (targets.c), and the participle gives no second one; an abduction is an
 * act of another kind ("attacked the train, taking many hostages")
 * (test_trailing.c). */
static bool outcome_of_violence(const truce_coder *c, const mvec *mv, size_t sb, size_t v, const char *code)
{
    const pattern *vp, *np;
    pmatch pm;
    if (code_root(code) < 18 || strncmp(code, "181", 3) == 0 || !match_head_patterns(c, v, &vp, &np) || !vp) {
        return false;
    }
    /* a siege, a town taken or a truce broken kills no one by itself: "captured the town, killing
     * 200" is the capture and a killing by its takers (test_trailing.c: taking a town, killing) */
    return match_best(c, mv, vp, v, sb, roles_clause_end(c, v, c->nt), &pm) >= 0 && pm.p->code[0] != '-' &&
           code_root(pm.p->code) >= 18 && strncmp(pm.p->code, "191", 3) != 0 &&
           strncmp(pm.p->code, "192", 3) != 0 && strncmp(pm.p->code, "196", 3) != 0;
}

/* The -ing form that takes the infinitive at i with no object between
 * (", vowing to attack", ", pledging to try to free"): the infinitive's
 * doer is the -ing's, so a trailing one's is the clause's subject; else
 * SIZE_MAX. An object between ("forcing the army to evacuate") makes that
 * object the doer (agentof.c), so it is none here (test_trailing.c). */
static size_t governing_participle(const truce_coder *c, size_t sb, size_t i)
{
    if (c->t[i].vform != VF_BASE || i < sb + 2 || !tok_is(c, i - 1, c->k->w.to)) {
        return SIZE_MAX;
    }
    size_t t = i - 1;
    while (t >= sb + 2 && c->t[t - 1].vform == VF_BASE && tok_is(c, t - 2, c->k->w.to)) {
        t -= 2;   /* up a chain: "to try to free" */
    }
    size_t g = t;
    while (g > sb && t - g < 2 && tok_adverb(c, g - 1)) {
        g--;   /* "vowing again to attack" */
    }
    if (g == sb || c->t[g - 1].vform != VF_ING || !c->t[g - 1].isverb || (c->t[g - 1].flags & TF_CAP)) {
        return SIZE_MAX;
    }
    return g - 1;
}

/* The doer of the trailing participle at i, whose act is coded `code`:
 * the subject of the clause it trails ("Rebels shelled the town near the
 * army base, killing 12": the rebels, not the army), NULL when that clause
 * has no actor for subject ("a car bomb exploded near the hospital,
 * wounding two") or when the act is the outcome of the clause's own
 * violence (outcome_of_violence). A verbal act (an appeal, an accusation: roots 01-13)
 * after what a speaker reports is the speaker's ("Amnesty said the regime
 * used cluster munitions, accusing it of war crimes"). *trails says
 * whether i is a trailing participle at all, or an infinitive one takes
 * (governing_participle) (test_trailing.c). */
const mention *trailing_subject(const truce_coder *c, const mvec *mv, size_t sb, size_t i, const char *code,
                                bool *trails)
{
    const kb *k = c->k;
    size_t g = governing_participle(c, sb, i);
    size_t v = trailing_main_verb(c, mv, sb, g != SIZE_MAX ? g : i);
    *trails = v != SIZE_MAX;
    if (*trails && g != SIZE_MAX) {
        i = g;   /* ", vowing to attack": intended, no outcome of the clause's violence */
    }
    size_t j = *trails && g == SIZE_MAX ? joined_participle(c, sb, i) : SIZE_MAX;
    if (!*trails || (g == SIZE_MAX && outcome_of_violence(c, mv, sb, v, code)) ||
        (j != SIZE_MAX && outcome_of_violence(c, mv, sb, j, code))) {
        return NULL;   /* "..., killing 12 and wounding 30": one act, its victims */
    }
    if (code_root(code) <= 13) {
        /* the whole sentence: what a speaker reports is coded with sb at
         * its start, the speaker before it */
        size_t b, e;
        modality_sentence_span(c, i, &b, &e);
        sb = b < sb ? b : sb;
        for (size_t q = v; q > sb; q--) {
            const token *st = &c->t[q - 1];
            if (st->vlemma && st->vlemma < k->heads_cap && (k->head_flags[st->vlemma] & VFLAG_SPEECH) &&
                st->vform != VF_NONE && st->vform != VF_ING && !(st->flags & TF_CAP) && !mv_inside(mv, q - 1) &&
                modality_analyse(c, mv, q - 1, sb).verb) {
                v = q - 1;   /* the speaker's */
                break;
            }
        }
    }
    size_t cb = roles_clause_begin(c, sb, v);
    const mention *ctl = roles_controller(c, mv, cb, v);
    return ctl ? ctl : roles_subject(c, mv, cb, v);
}

/* The one a pronoun right after the trailing participle at i stands for:
 * the object of the clause it trails ("blamed India, accusing it of ...",
 * "shot the governor, killing him"), the first actor after that clause's
 * verb and before the comma; NULL when the -ing has no such pronoun or the
 * clause no such object (test_trailing.c). */
const mention *trailing_pronoun_object(const truce_coder *c, const mvec *mv, size_t sb, size_t i)
{
    static const char *const objects[] = {"it", "them", "him", "her", NULL};
    if (i + 1 >= c->nt || !tok_is_one_of(c, i + 1, objects)) {
        return NULL;
    }
    size_t v = trailing_main_verb(c, mv, sb, i);
    if (v == SIZE_MAX) {
        return NULL;
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start > v && m->tok_end < i && !m->pronoun && (m->code[0] || m->sector[0])) {
            for (size_t q = v + 1; q < m->tok_start; q++) {
                if (tok_punct(c, q, ',') || is_prep(c, c->t[q].id)) {
                    return NULL;   /* a phrase of place or time, no object */
                }
            }
            return m;
        }
    }
    return NULL;
}

/* The speaker of a trailing verb of saying at i (", saying the talks went
 * well", ", accusing ..." aside): the subject of the clause it trails, its
 * content after it; NULL when i is none or that clause has no actor for
 * subject (speech.c; test_trailing.c). */
const mention *trailing_speaker(const truce_coder *c, const mvec *mv, size_t sb, size_t i, bool *trails)
{
    size_t v = trailing_main_verb(c, mv, sb, i);
    *trails = v != SIZE_MAX;
    if (!*trails) {
        return NULL;
    }
    size_t cb = roles_clause_begin(c, sb, v);
    const mention *ctl = roles_controller(c, mv, cb, v);
    return ctl ? ctl : roles_subject(c, mv, cb, v);
}

/* An infinitive governed by a trailing participle of intent or threat
 * (", vowing to strike the United States", ", pledging to retaliate",
 * ", trying to storm the base"): announced, threatened or tried by the
 * clause's subject, not done. Sets the verb group's modality in *v; false
 * when the head at i is none such (test_trailing.c). */
bool trailing_infinitive(const truce_coder *c, const mvec *mv, size_t sb, size_t i, vinfo *v)
{
    static const char *const threats[] = {"vowing", "threatening", "swearing", NULL};
    static const char *const intents[] = {"pledging", "promising", "offering", "planning", "intending",
                                          "proposing", "agreeing", "preparing", NULL};
    static const char *const attempts[] = {"trying", "seeking", "attempting", NULL};
    size_t q = i;
    while (q > sb && i - q < 3 && tok_adverb(c, q - 1)) {
        q--;
    }
    if (q < sb + 2 || !tok_is(c, q - 1, c->k->w.to)) {
        return false;
    }
    size_t g = q - 2;   /* the governing -ing */
    bool threat = tok_is_one_of(c, g, threats), intent = tok_is_one_of(c, g, intents),
         attempt = tok_is_one_of(c, g, attempts);
    if (!(threat || intent || attempt) || trailing_main_verb(c, mv, sb, g) == SIZE_MAX) {
        return false;
    }
    v->verb = true;
    v->threat |= threat;
    v->intent |= intent;
    v->announced |= intent || threat;
    v->attempt |= attempt;
    return true;
}

/* The victims of violence at head whose doer is no actor, told by a
 * participle trailing its clause ("a roadside bomb exploded near a convoy
 * in Kidal, wounding three soldiers"): that participle's object, or NULL
 * (roles.c: unknown_doer; test_violence.c: incident notes). */
const mention *roles_trailing_victims(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t head)
{
    static const char *const harms[] = {"killing", "wounding", "injuring", NULL};
    for (size_t q = head + 1; q < se; q++) {
        if (tok_punct(c, q - 1, ',') && tok_is_one_of(c, q, harms) && trailing_main_verb(c, mv, sb, q) == head) {
            /* its own object, not an actor further on ("killing 14, a source from the ministry said") */
            const mention *m = roles_object(c, mv, q, roles_object_end(c, q, se), true);
            for (size_t p = q + 1; m && p < m->tok_start; p++) {
                m = p < q + 6 && c->t[p].kind != TOK_PUNCT ? m : NULL;
            }
            return m;
        }
    }
    return NULL;
}
