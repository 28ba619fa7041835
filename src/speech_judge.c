/* speech_judge.c — what the speaker's words say of another: accusations,
 * charges, blame and criticism read in what is said (speech.c codes the
 * statement by them). */
#include "coder.h"
#include "speech.h"

#include <stdio.h>
#include <string.h>

/* Is what the speaker says of `about` an accusation: that it defies or
 * violates (a content verb coded 128 whose subject it is, not negated, not
 * merely possible)? A report of another's criticism, rejection or threat
 * is a report, not an accusation.
 * "He said Iran is flagrantly defying the Council" (test_senses.c:
 * accusations). */
/* (`prefix` is the code of the act: "128" defies, an accusation; "1721"
 * suppresses rights and "175" represses, a criticism.) */
size_t speech_accuses(const truce_coder *c, const sinfo *si, const speech *sp, const mention *about,
                      const char *prefix)
{
    const mvec *mv = &si->mv;
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        const pattern *vp, *np;
        pmatch pm;
        if (!c->t[i].vlemma || !match_head_patterns(c, i, &vp, &np) || !vp) {
            continue;
        }
        vinfo v = modality_analyse(c, mv, i, sp->content_b);
        size_t from = speech_after_that(c, sp->content_b, i);
        if (!v.verb || v.negated || v.possible || v.hypothetical || v.planned ||
            match_best(c, mv, vp, i, from, roles_clause_end(c, i, sp->content_e), &pm) < 0) {
            continue;
        }
        const mention *subj = roles_subject(c, mv, from, i);
        if (strncmp(pm.p->code, prefix, strlen(prefix)) == 0 && subj &&
            mv_group(mv, mv_index(mv, subj)).v == mv_group(mv, mv_index(mv, about)).v) {
            return i;
        }
    }
    return SIZE_MAX;
}

/* Does the speaker charge `about` with a crime or corruption ("said the
 * former president was involved in corrupt acts", "accused of graft"): a
 * word of the grammar's "crime" class in the clause after it, not negated
 * (test_speech.c: crimes)? */
bool speech_charges_crime(const truce_coder *c, const speech *sp, const mention *about)
{
    bool verb = false;   /* said of it by a verb of its clause: "was involved in", "took" */
    for (size_t i = about->tok_end; i < sp->content_e && i < about->tok_end + 12; i++) {
        verb |= c->t[i].isverb && c->t[i].vform != VF_NONE;
        if (tok_has(c, i, WC_CRIME) && !(c->t[i].flags & TF_CAP)) {
            /* not the topic of a noun or a fight ("the issue of
             * corruption", "the fight against graft") */
            size_t q = i;
            while (q > about->tok_end && !is_prep(c, c->t[q - 1].id) && !tok_is_word(c, q - 1, "against") &&
                   !tok_is_word(c, q - 1, "about") &&
                   (tok_has(c, q - 1, WC_DETERMINER | WC_MODIFIER) ||
                    (c->t[q - 1].kind == TOK_WORD && !c->t[q - 1].vlemma))) {
                q--;
            }
            if (!verb || (q > about->tok_end &&
                          ((is_prep(c, c->t[q - 1].id) && !tok_is(c, q - 1, c->k->w.in) && !tok_is(c, q - 1, c->k->w.with)) ||
                           tok_is_word(c, q - 1, "against") || tok_is_word(c, q - 1, "about")))) {
                return false;
            }
            for (q = about->tok_end; q < i; q++) {
                if (tok_has(c, q, WC_NEGATION)) {
                    return false;
                }
            }
            return true;
        }
        if (tok_punct(c, i, ';') || tok_has(c, i, WC_CLAUSE_END)) {
            break;
        }
    }
    return false;
}

/* After the actor spoken of, at q: "(has|have|had) committed (grave)
 * abuses|atrocities|violations|war crimes|massacres|genocide" (or
 * "perpetrated"), not negated: what the speaker holds it to have done is an
 * accusation (test_speech.c: blame). The verb's index, else SIZE_MAX. */
size_t speech_committed_abuses(const truce_coder *c, const speech *sp, size_t q)
{
    static const char *const harms[] = {"abuses", "abuse", "atrocities", "atrocity", "violations", "crimes",
        "massacres", "massacre", "genocide", "torture", NULL};
    while (q < sp->content_e && (tok_is_word(c, q, "has") || tok_is_word(c, q, "have") || tok_is_word(c, q, "had") ||
                                 tok_adverb(c, q)) && !tok_has(c, q, WC_NEGATION)) {
        q++;
    }
    if (q >= sp->content_e || !(tok_is_word(c, q, "committed") || tok_is_word(c, q, "perpetrated"))) {
        return SIZE_MAX;
    }
    for (size_t r = q + 1; r < sp->content_e && r < q + 6; r++) {
        if (tok_is_one_of(c, r, harms)) {
            return q;   /* the verb: what it says was done is the accusation's, no fact */
        }
        if (c->t[r].kind != TOK_WORD || tok_has(c, r, WC_CLAUSE_END)) {
            break;
        }
    }
    return SIZE_MAX;
}

/* "said Kosovo was deliberately escalating tensions", "is stoking
 * violence", "was undermining mediation efforts", "was preparing a new
 * attack" (another side's): `about` (with auxiliaries and adverbs, not
 * "could") stokes strife, obstructs peace or plots harm, its doing
 * (speech_blames; test_speech.c: blame). */
static size_t escalates(const truce_coder *c, const speech *sp, const mention *about)
{
    static const char *const stoke[] = {"escalating", "escalate", "escalated", "escalates", "stoking", "stoke",
        "stoked", "stokes", "inflaming", "inflame", "inflamed", "inflames", "fueling", "fuelling", "fuel", "fueled",
        "fuelled", "fuels", "heightening", "heighten", "heightened", "heightens", "provoking", "provoked", NULL};
    static const char *const strife[] = {"tension", "tensions", "conflict", "violence", "hatred", "hostilities",
        "unrest", NULL};
    /* "is undermining mediation efforts", "was sabotaging the talks" */
    static const char *const obstruct[] = {"undermining", "undermine", "undermined", "undermines", "sabotaging",
        "sabotage", "sabotaged", "sabotages", "obstructing", "obstructed", "derailing", "derail", "derailed",
        "torpedoing", "torpedoed", NULL};
    static const char *const effort[] = {"efforts", "effort", "talks", "negotiations", "mediation", "peace",
        "ceasefire", "truce", "process", "stability", "dialogue", "diplomacy", NULL};
    size_t q = about->tok_end;
    while (q < sp->content_e && q < about->tok_end + 5 &&
           (is_aux(c, q) || tok_adverb(c, q) || is_quote_tok(c, q)) && !tok_has(c, q, WC_NEGATION | WC_POSSIBILITY)) {
        q++;
    }
    /* "was using migrants as a weapon | as human shields" */
    static const char *const uses[] = {"using", "used", "uses", "use", NULL};
    static const char *const weapon[] = {"weapon", "weapons", "shield", "shields", "pawn", "pawns", NULL};
    if (q + 3 < sp->content_e && tok_is_one_of(c, q, uses)) {
        for (size_t r = q + 1; r < sp->content_e && r < q + 6; r++) {
            if (tok_is_word(c, r, "as")) {
                for (size_t w = r + 1; w < sp->content_e && w < r + 4; w++) {
                    if (tok_is_one_of(c, w, weapon)) {
                        return q;
                    }
                }
                break;
            }
            if (c->t[r].kind != TOK_WORD || tok_has(c, r, WC_BOUNDARY)) {
                break;
            }
        }
    }
    /* "was preparing a new attack", "is plotting a coup": of another side */
    static const char *const plot[] = {"preparing", "planning", "plotting", NULL};
    static const char *const harm[] = {"attack", "attacks", "offensive", "invasion", "provocation", "provocations",
        "assault", "incursion", "coup", "aggression", NULL};
    bool stokes = q + 1 < sp->content_e && tok_is_one_of(c, q, stoke);
    bool plots = q + 1 < sp->content_e && tok_is_one_of(c, q, plot) && about->country[0] &&
                 strncmp(about->country, sp->code, 3) != 0;
    if (!stokes && !plots && !(q + 1 < sp->content_e && tok_is_one_of(c, q, obstruct))) {
        return SIZE_MAX;
    }
    /* the object: "the", a modifier ("mediation efforts", "the peace talks") */
    for (size_t r = q + 1; r < sp->content_e && r < q + 4; r++) {
        if (tok_is_one_of(c, r, stokes ? strife : plots ? harm : effort)) {
            return q;
        }
        if (c->t[r].kind != TOK_WORD || is_prep(c, c->t[r].id) || tok_has(c, r, WC_BOUNDARY) || c->t[r].isverb) {
            return SIZE_MAX;
        }
    }
    return SIZE_MAX;
}

/* The verb of what speech_blames holds `about` to have stoked or
 * obstructed ("was undermining mediation efforts"), SIZE_MAX if none: the
 * blame's, no act of its own (speech.c). */
size_t speech_blamed_act(const truce_coder *c, const speech *sp, const mention *about)
{
    return escalates(c, sp, about);
}

/* Does the speaker hold `about` to blame: "said Israel was responsible for
 * the deaths" (a harm: a word of the grammar's incident or crime class, a
 * death or killing), "said Ukraine was behind the attack", "is to blame
 * for", "bears responsibility for", not negated, or stokes strife ("was
 * escalating tensions") (test_speech.c: blame)? */
bool speech_blames(const truce_coder *c, const speech *sp, const mention *about)
{
    if (escalates(c, sp, about) != SIZE_MAX) {
        return true;
    }
    size_t q = about->tok_end;
    bool bears = q < sp->content_e && (tok_is_word(c, q, "bears") || tok_is_word(c, q, "bore") ||
                                       tok_is_word(c, q, "bear"));
    if (!bears) {
        /* "was", "is fully", "was directly", "will be held" */
        while (q < sp->content_e && q < about->tok_end + 3 &&
               (tok_has(c, q, WC_MODAL) || tok_adverb(c, q)) && !tok_has(c, q, WC_NEGATION)) {
            q++;
        }
        if (q >= sp->content_e || !is_be(c, q)) {
            return false;
        }
        q++;
        while (q < sp->content_e && (tok_adverb(c, q) || tok_is_word(c, q, "held")) && !tok_has(c, q, WC_NEGATION)) {
            q++;
        }
    } else {
        q++;
    }
    if (bears && q < sp->content_e && (tok_is_word(c, q, "responsibility") || tok_is_word(c, q, "blame")) &&
        (q + 1 >= sp->content_e || clause_stop(c, q + 1) || tok_punct(c, q + 1, ','))) {
        return true;   /* "told reporters that Israel bore responsibility." */
    }
    if (q + 1 >= sp->content_e) {
        return false;
    }
    if (bears) {
        /* "bears full responsibility", "bears the primary responsibility" */
        static const char *const degree[] = {"full", "sole", "direct", "primary", "the", "ultimate", "main",
            "entire", "complete", "historical", "all", NULL};
        while (q + 2 < sp->content_e && tok_is_one_of(c, q, degree)) {
            q++;
        }
        return (tok_is_word(c, q, "responsibility") || tok_is_word(c, q, "blame")) && tok_is_word(c, q + 1, "for");
    }
    if (tok_is_word(c, q, "responsible") && tok_is_word(c, q + 1, "for")) {
        /* for a harm ("the attack", "the deaths", "corruption"), not a
         * duty ("responsible for security at the border") */
        for (size_t r = q + 2; r < sp->content_e && r < q + 7; r++) {
            if (tok_has(c, r, WC_INCIDENT | WC_CRIME) || tok_is_word(c, r, "deaths") || tok_is_word(c, r, "death") ||
                tok_is_word(c, r, "killing") || tok_is_word(c, r, "killings") || tok_is_word(c, r, "sabotage") ||
                tok_is_word(c, r, "attacks") || tok_is_word(c, r, "bombings") || tok_is_word(c, r, "violence")) {
                return true;
            }
            if (c->t[r].kind != TOK_WORD || tok_has(c, r, WC_CLAUSE_END)) {
                break;
            }
        }
        return false;
    }
    return (tok_is_word(c, q, "behind") && c->t[q + 1].kind == TOK_WORD) ||
           (tok_is(c, q, c->k->w.to) && tok_is_word(c, q + 1, "blame")) ||
           (tok_is_word(c, q, "guilty") && tok_is(c, q + 1, c->k->w.of));
}

/* Is the verb of saying one of finding ("determined that", "concluded
 * that", "found that", "assessed that")? What an inquiry or a government
 * finds another did by force or by arming others is an accusation (112)
 * (test_speech.c: findings). */
bool speech_finding_speaks(const truce_coder *c, const speech *sp)
{
    static const char *const finds[] = {"determined", "determines", "concluded", "concludes", "found", "finds",
        "assessed", "assesses", "established", NULL};
    return tok_is_one_of(c, sp->verb, finds) && sp->verb + 1 < c->nt && tok_is(c, sp->verb + 1, c->k->w.that);
}

/* Is the speaker a prosecutor, an indictment or court papers ("federal
 * prosecutors said", "the indictment says")? What it says of another is a
 * charge (112) (test_speech.c: charges). */
bool speech_accuser_speaks(const truce_coder *c, const speech *sp)
{
    /* its phrase, and the title before a name ("federal prosecutor Jane
     * Doe") */
    for (size_t q = sp->speaker->tok_end; q > 0 && q + 4 > sp->speaker->tok_start; q--) {
        if (tok_has(c, q - 1, WC_ACCUSER)) {
            return true;
        }
        if (q - 1 < sp->speaker->tok_start && c->t[q - 1].kind != TOK_WORD) {
            break;
        }
    }
    return false;
}

/* "Israel's strike on the consulate was a flagrant violation of the law",
 * "Hungary's veto of the package was a serious mistake", "Russia's plan to
 * deploy missiles is a threat to Europe": the actor's act, a noun after
 * "'s" and its phrase (no verb of a clause of its own, no clause word),
 * then "is|was (a) [adjective]* NOUN" with a word of the grammar's
 * "critical" class, or a threat, crime or disaster, before any preposition
 * (-1, a criticism), or "positive", "welcome", "an important step" (1,
 * praise); else 0 (test_speech.c: judgments). */
/* "is", "was", "constitutes", "amounts to", "represents": what the act
 * is called follows */
static bool judging_copula(const truce_coder *c, size_t q)
{
    static const char *const calls[] = {"constitutes", "constituted", "constitute", "amounts", "amounted",
        "represents", "represented", NULL};
    return (is_be(c, q) && !(q > 0 && tok_is(c, q - 1, c->k->w.to))) || tok_is_one_of(c, q, calls);
}

/* "the strike by Israel was ...": `about` after "by" in a noun phrase that
 * opens what is said (a determiner, then words of no verb of a clause)? */
static bool acted_by(const truce_coder *c, const speech *sp, const mention *about)
{
    size_t b = sp->content_b;
    if (b < sp->content_e && tok_is(c, b, c->k->w.that)) {
        b++;
    }
    if (about->tok_start < b + 3 || !tok_is(c, about->tok_start - 1, c->k->w.by) || !tok_has(c, b, WC_DETERMINER)) {
        return false;
    }
    for (size_t q = b + 1; q + 1 < about->tok_start; q++) {
        if (c->t[q].kind != TOK_WORD || tok_has(c, q, WC_BOUNDARY | WC_MODAL | WC_NEGATION) ||
            (c->t[q].vlemma && c->t[q].vform == VF_ED && !tok_has(c, q - 1, WC_DETERMINER))) {
            return false;
        }
    }
    return true;
}

static int judged_act(const truce_coder *c, const speech *sp, const mention *about)
{
    static const char *const harms[] = {"threat", "crime", "crimes", "disaster", "catastrophe", "setback",
        "affront", "interference", "aggression", NULL};
    static const char *const goods[] = {"positive", "welcome", "commendable", "constructive", "encouraging",
        "praiseworthy", "laudable", "breakthrough", "milestone", "forward", NULL};
    static const char *const big[] = {"important", "significant", "major", "big", "good", "great", "crucial",
        "first", "concrete", "decisive", NULL};
    size_t q = about->tok_end;
    if (tok_is(c, q, c->k->w.s)) {
        q++;   /* "Israel's strike on the consulate" */
    } else if (!acted_by(c, sp, about)) {
        return 0;
    }
    if (q + 2 >= sp->content_e) {
        return 0;
    }
    for (; q < sp->content_e && q < about->tok_end + 16 && !judging_copula(c, q); q++) {
        /* a noun after "'s", a determiner, or a verb whose object it is
         * ("to send tanks") */
        bool noun_like = q == about->tok_end + 1 || tok_has(c, q - 1, WC_DETERMINER) ||
                         (c->t[q].vform == VF_S && c->t[q - 1].vlemma && c->t[q - 1].vform == VF_BASE);
        if (c->t[q].kind != TOK_WORD || tok_has(c, q, WC_BOUNDARY | WC_MODAL | WC_NEGATION) ||
            (c->t[q].vlemma && (c->t[q].vform == VF_ED || c->t[q].vform == VF_S) && !noun_like)) {
            return 0;   /* "Russia's envoy said the attack was ...": another's saying */
        }
    }
    if (q >= sp->content_e || !judging_copula(c, q)) {
        return 0;
    }
    if (tok_is(c, q + 1, c->k->w.to)) {
        q++;   /* "amounts to" */
    }
    for (size_t i = q + 1, n = 0; i < sp->content_e && n < 5; i++) {
        if (is_quote_tok(c, i)) {
            continue;   /* 'was "extremely selfish"' */
        }
        n++;
        if ((tok_has(c, i, WC_CRITICAL) || tok_is_one_of(c, i, harms)) && !(c->t[i].flags & TF_CAP)) {
            return -1;
        }
        if ((tok_is_one_of(c, i, goods) || (tok_is_one_of(c, i, big) && i + 1 < sp->content_e &&
                                             tok_is_word(c, i + 1, "step"))) &&
            !(c->t[i].flags & TF_CAP)) {
            return 1;   /* "a positive step", "welcome", "an important step" */
        }
        if (c->t[i].kind != TOK_WORD || tok_has(c, i, WC_NEGATION | WC_BOUNDARY) || is_prep(c, c->t[i].id) ||
            tok_is(c, i, c->k->w.to)) {
            return 0;   /* "is no mistake", "was a response to Ukraine's illegal ..." */
        }
    }
    return 0;
}

/* Does the speaker praise `about`'s act: "Y's decision to open the
 * crossing was a positive step | welcome | an important step" (051)?
 * (test_speech.c: judgments) */
bool speech_praises_act(const truce_coder *c, const speech *sp, const mention *about)
{
    return judged_act(c, sp, about) > 0;
}

/* "said Iran had made a big mistake", "said Moscow committed a grave
 * error": `about` (with "has", "had" and adverbs) made or committed a
 * mistake, error, blunder or miscalculation, not negated ("made no
 * mistake", "never made an error") (test_speech.c: criticism). */
static bool made_mistake(const truce_coder *c, const speech *sp, const mention *about)
{
    static const char *const made[] = {"made", "makes", "make", "making", "committed", "commits", NULL};
    static const char *const fault[] = {"mistake", "mistakes", "error", "errors", "blunder", "blunders",
        "miscalculation", "miscalculations", NULL};
    size_t q = about->tok_end;
    while (q < sp->content_e && q < about->tok_end + 4 &&
           (tok_is_word(c, q, "has") || tok_is_word(c, q, "had") || tok_is_word(c, q, "have") ||
            tok_is_word(c, q, "is") || tok_is_word(c, q, "was") || tok_adverb(c, q))) {
        if (tok_has(c, q, WC_NEGATION)) {
            return false;
        }
        q++;
    }
    if (q >= sp->content_e || !tok_is_one_of(c, q, made)) {
        return false;
    }
    for (size_t r = q + 1; r < sp->content_e && r < q + 6; r++) {
        if (tok_is_one_of(c, r, fault)) {
            return true;
        }
        if (tok_has(c, r, WC_NEGATION | WC_BOUNDARY) || (c->t[r].kind != TOK_WORD && !is_quote_tok(c, r)) ||
            is_prep(c, c->t[r].id)) {
            return false;   /* "made no mistake", "made progress in ..." */
        }
    }
    return false;
}

/* Does the speaker call `about` hostile, illegal, abusive (a word of the
 * grammar's "critical" class after it in what is said, not negated)? "He
 * contended that the EU is hostile and abusive" (test_senses.c:
 * criticism). */
bool speech_criticises(const truce_coder *c, const speech *sp, const mention *about)
{
    if (judged_act(c, sp, about) < 0) {
        return true;
    }
    /* "said Washington has no right to interfere": denied a right, a
     * criticism */
    size_t h = about->tok_end;
    if (h + 3 < sp->content_e && (tok_is_word(c, h, "has") || tok_is_word(c, h, "had") || tok_is_word(c, h, "have")) &&
        tok_is_word(c, h + 1, "no") && tok_is_word(c, h + 2, "right") && tok_is(c, h + 3, c->k->w.to)) {
        return true;
    }
    if (made_mistake(c, sp, about)) {
        return true;
    }
    bool copula = false;   /* "the EU is hostile": the word is said of it */
    /* "Israel's heinous and cruel attacks", "Israel, the cruel terrorist
     * state,": the words before the noun of what it does or is */
    size_t np = tok_is(c, about->tok_end, c->k->w.s) ? about->tok_end + 1
                : tok_punct(c, about->tok_end, ',') && (tok_is(c, about->tok_end + 1, c->k->w.the) ||
                                                        tok_is(c, about->tok_end + 1, c->k->w.a))
                    ? about->tok_end + 2 : SIZE_MAX;
    for (size_t i = np; i < sp->content_e && i < np + 5; i++) {
        if (tok_has(c, i, WC_CRITICAL) && !(c->t[i].flags & TF_CAP)) {
            return true;
        }
        if (!tok_is(c, i, c->k->w.and_) && !tok_punct(c, i, ',') && !tok_adverb(c, i)) {
            break;
        }
    }
    bool negated = false;   /* "was not a mistake", "is no provocation" */
    for (size_t i = about->tok_end; i < sp->content_e && i < about->tok_end + 8; i++) {
        negated |= copula && tok_has(c, i, WC_NEGATION);
        copula |= (is_be(c, i) && !tok_is(c, i - 1, c->k->w.to)) || tok_is_word(c, i, "remains") || tok_is_word(c, i, "remain") ||
                  tok_is_word(c, i, "became") || tok_is_word(c, i, "becomes");
        if (copula && !negated && tok_has(c, i, WC_CRITICAL) && !(c->t[i].flags & TF_CAP) && !tok_has(c, i - 1, WC_NEGATION) &&
            !tok_is(c, i - 1, c->k->w.to)) {
            return true;
        }
        if (tok_punct(c, i, ',') || tok_has(c, i, WC_BOUNDARY)) {
            break;
        }
    }
    return false;
}

/* Are the words at q, one after another, `words` (NULL-ended)? */
static bool words_at(const truce_coder *c, size_t q, size_t e, const char *const *words)
{
    for (; *words; words++, q++) {
        if (q >= e || !tok_is_word(c, q, *words)) {
            return false;
        }
    }
    return true;
}

/* "said lifting sanctions on Russia is out of the question", "said a
 * ceasefire was off the table", "said talks with Kyiv are not on the
 * agenda": the speaker rules out what the clause's subject names, a
 * rejection (12x by the act named before the copula, 120 when none has a
 * pattern); not "is not out of the question", a possibility. The code
 * into out (test_speech.c: ruled out). */
bool speech_rules_out(const truce_coder *c, const sinfo *si, const speech *sp, char out[8])
{
    static const char *const question[] = {"out", "of", "the", "question", NULL};
    static const char *const question2[] = {"out", "of", "question", NULL};   /* "is out of question" */
    static const char *const off[] = {"off", "the", "table", NULL};
    static const char *const on_table[] = {"on", "the", "table", NULL};
    static const char *const agenda[] = {"on", "the", "agenda", NULL};
    size_t cop = SIZE_MAX;
    for (size_t i = sp->content_b; i < sp->content_e && cop == SIZE_MAX; i++) {
        if (!is_be(c, i) || (i > sp->content_b && tok_is(c, i - 1, c->k->w.to))) {
            continue;
        }
        size_t q = i + 1;
        bool neg = false;
        while (q < sp->content_e && (tok_adverb(c, q) || tok_has(c, q, WC_NEGATION))) {
            neg |= tok_has(c, q, WC_NEGATION);
            q++;
        }
        if ((!neg && (words_at(c, q, sp->content_e, question) || words_at(c, q, sp->content_e, question2) ||
                      words_at(c, q, sp->content_e, off))) ||
            (neg && (words_at(c, q, sp->content_e, on_table) || words_at(c, q, sp->content_e, agenda)))) {
            cop = i;
        }
        if (tok_has(c, i, WC_BOUNDARY)) {
            break;
        }
    }
    if (cop == SIZE_MAX) {
        return false;
    }
    snprintf(out, 8, "120");
    for (size_t i = sp->content_b; i < cop; i++) {
        const pattern *vp, *np;
        pmatch pm;
        if (c->t[i].kind != TOK_WORD || !match_head_patterns(c, i, &vp, &np)) {
            continue;
        }
        const pattern *list = c->t[i].vform == VF_ING || !np ? vp : np;
        if (list && match_best(c, &si->mv, list, i, sp->content_b, cop, &pm) >= 0 && pm.p->code[0] != '-' &&
            !(pm.p->flags & VFLAG_SPEECH)) {
            char rej[8];
            modality_code(c->k, pm.p->code, MODE_REJECT, rej);
            if (rej[0] && code_root(rej) == 12) {
                memcpy(out, rej, 8);
            }
            break;
        }
    }
    return true;
}

/* "said talks with China must continue", "said dialogue with Moscow
 * should resume": the speaker's side, a party to the talks it speaks of
 * with `about`, wants them to go on: its intent to negotiate (036), no
 * demand of another; not "must not continue", nor talks between others
 * (test_speech.c: talks must go on). */
bool speech_talks_go_on(const truce_coder *c, const speech *sp, const mention *about)
{
    static const char *const talks[] = {"talks", "negotiations", "dialogue", "contacts", "consultations",
        "diplomacy", NULL};
    static const char *const go_on[] = {"continue", "resume", "proceed", "go", "restart", NULL};
    size_t w = about->tok_start;
    if (w > 0 && tok_is(c, w - 1, c->k->w.the)) {
        w--;
    }
    if (w < sp->content_b + 2 || !tok_is(c, w - 1, c->k->w.with) || !tok_is_one_of(c, w - 2, talks)) {
        return false;
    }
    for (size_t q = about->tok_end; q < sp->content_e && q < about->tok_end + 6; q++) {
        if (!(tok_has(c, q, WC_MODAL) && tok_has(c, q, WC_OBLIGATION))) {
            if (tok_punct(c, q, ',') || tok_has(c, q, WC_BOUNDARY) || c->t[q].isverb) {
                return false;
            }
            continue;
        }
        size_t r = q + 1;
        while (r < sp->content_e && tok_adverb(c, r)) {
            if (tok_has(c, r, WC_NEGATION)) {
                return false;
            }
            r++;
        }
        return r < sp->content_e && tok_is_one_of(c, r, go_on);
    }
    return false;
}

/* "said Israel will pay a heavy price for the attack", "said Washington
 * would regret it", "will pay dearly", "will pay for this", "had made a
 * mistake and will pay for it", "will be destroyed | punished": the speaker holds out a harm to
 * `about`, a threat (130); not negated, not "pay compensation" (test_speech.c:
 * warnings of a price). */
/* Where the predicate said of `about` starts: right after it, or after
 * "and" (and a quotation mark) in a second predicate of its clause ("Iran
 * had made a mistake and will pay for it": a modal right after "and", so
 * no subject of its own), no comma or clause word between; SIZE_MAX if
 * none (test_speech.c: warnings of a price). */
static size_t second_predicate(const truce_coder *c, const speech *sp, const mention *about)
{
    for (size_t r = about->tok_end; r < sp->content_e && r < about->tok_end + 14; r++) {
        if (tok_is(c, r, c->k->w.and_)) {
            size_t v = r + 1;
            while (v < sp->content_e && is_quote_tok(c, v)) {
                v++;
            }
            return v < sp->content_e && tok_has(c, v, WC_MODAL) ? v : SIZE_MAX;
        }
        if (tok_has(c, r, WC_BOUNDARY) || tok_punct(c, r, ',') || tok_punct(c, r, ';') || tok_punct(c, r, '.')) {
            return SIZE_MAX;
        }
    }
    return SIZE_MAX;
}

bool speech_price_warned(const truce_coder *c, const speech *sp, const mention *about)
{
    size_t q = about->tok_end;
    if (q < sp->content_e && !tok_has(c, q, WC_MODAL)) {
        q = second_predicate(c, sp, about);
    }
    if (q >= sp->content_e || !tok_has(c, q, WC_MODAL) || tok_has(c, q, WC_POSSIBILITY) ||
        tok_has(c, q, WC_OBLIGATION)) {
        return false;   /* "will", "would", "'ll"; not "could", "must" */
    }
    for (q++; q < sp->content_e && tok_adverb(c, q); q++) {
        if (tok_has(c, q, WC_NEGATION)) {
            return false;
        }
    }
    if (q + 1 >= sp->content_e) {
        return false;
    }
    if (tok_is_word(c, q, "regret")) {
        return true;
    }
    static const char *const undone[] = {"destroyed", "eliminated", "crushed", "annihilated", "punished", "wiped",
        NULL};
    if (tok_is(c, q, c->k->w.be) && tok_is_one_of(c, q + 1, undone)) {
        return true;   /* "Hamas will be destroyed", "will be punished" */
    }
    if (!tok_is_word(c, q, "pay")) {
        return false;
    }
    if (tok_is_word(c, q + 1, "dearly")) {
        return true;
    }
    static const char *const deed[] = {"it", "this", "that", NULL};
    if (tok_is(c, q + 1, c->k->w.for_) && tok_is_one_of(c, q + 2, deed) &&
        (q + 3 >= sp->content_e || clause_stop(c, q + 3) || tok_punct(c, q + 3, ','))) {
        return true;   /* "will pay for this": for the deed, no bill ("will pay for it with loans") */
    }
    for (size_t r = q + 1; r < sp->content_e && r < q + 5; r++) {
        if (tok_is_word(c, r, "price")) {
            return true;
        }
        if (c->t[r].kind != TOK_WORD) {
            break;
        }
    }
    return false;
}

/* "said any Israeli attack would be met with a decisive response", "said
 * Iran was ready to respond to any aggression by Israel", "will retaliate
 * against any attack": the speaker's side holds out force against any act
 * of `about`'s, a threat (130) (test_speech.c: responses held out). */
bool speech_response_warned(const truce_coder *c, const speech *sp)
{
    static const char *const acts[] = {"attack", "attacks", "aggression", "provocation", "provocations",
        "strike", "incursion", "violation", "invasion", "escalation", NULL};
    static const char *const answers[] = {"respond", "react", "retaliate", "reply", NULL};
    size_t any = SIZE_MAX, act = SIZE_MAX, answer = SIZE_MAX;
    for (size_t q = sp->content_b; q < sp->content_e; q++) {
        if (tok_has(c, q, WC_NEGATION) || tok_has(c, q, WC_HYPOTHETICAL)) {
            return false;   /* "would not respond", "if ..." */
        }
        if (tok_is_word(c, q, "any") && any == SIZE_MAX) {
            any = q;
        } else if (any != SIZE_MAX && act == SIZE_MAX && q < any + 4 && tok_is_one_of(c, q, acts)) {
            act = q;
        }
        if (answer == SIZE_MAX &&
            (tok_is_one_of(c, q, answers) || (tok_is_word(c, q, "met") && q + 1 < sp->content_e &&
                                               tok_is(c, q + 1, c->k->w.with) && q > sp->content_b &&
                                               is_be(c, q - 1)))) {
            answer = q;
        }
    }
    return any != SIZE_MAX && act != SIZE_MAX && answer != SIZE_MAX &&
           (answer < any ? any - answer < 6 : answer - act < 6);
}

/* Whose attack a response is held out against ("any Israeli attack", "any
 * aggression by Israel"): the actor in the phrase after "any", or after
 * its "by"; NULL if none (test_speech.c: responses held out). */
const mention *speech_response_target(const truce_coder *c, const speech *sp, const mvec *mv)
{
    for (size_t q = sp->content_b; q < sp->content_e; q++) {
        if (!tok_is_word(c, q, "any")) {
            continue;
        }
        for (size_t r = q + 1; r < sp->content_e && r < q + 6; r++) {
            const mention *m = mv_at2(mv, r, false, false);
            if (m && m->code[0] && !m->pronoun && (r < q + 3 || tok_is(c, r - 1, c->k->w.by))) {
                return m;
            }
            if (c->t[r].kind != TOK_WORD || tok_has(c, r, WC_BOUNDARY)) {
                break;
            }
        }
        return NULL;
    }
    return NULL;
}

/* "said Ethiopia had played a constructive | key | positive role in the
 * talks": the speaker praises `about`'s part (051); not a part in a harm
 * ("a key role in the attack": blame), not negated (test_speech.c:
 * praise of a role). */
bool speech_praises_role(const truce_coder *c, const speech *sp, const mention *about)
{
    static const char *const goods[] = {"constructive", "positive", "key", "important", "vital", "crucial",
        "significant", "pivotal", "leading", "instrumental", "great", "valuable", "central", NULL};
    static const char *const plays[] = {"played", "plays", "play", "playing", NULL};
    size_t q = about->tok_end;
    while (q < sp->content_e && q < about->tok_end + 3 &&
           (tok_is_word(c, q, "has") || tok_is_word(c, q, "had") || tok_is_word(c, q, "have") ||
            tok_is_word(c, q, "is") || tok_is_word(c, q, "was") || tok_adverb(c, q))) {
        if (tok_has(c, q, WC_NEGATION)) {
            return false;
        }
        q++;
    }
    if (q + 3 >= sp->content_e || !tok_is_one_of(c, q, plays)) {
        return false;
    }
    bool good = false;
    size_t r = q + 1;
    for (; r < sp->content_e && r < q + 5 && !tok_is_word(c, r, "role"); r++) {
        good |= tok_is_one_of(c, r, goods);
        if (c->t[r].kind != TOK_WORD) {
            return false;
        }
    }
    if (!good || r >= sp->content_e || !tok_is_word(c, r, "role")) {
        return false;
    }
    for (size_t h = r + 1; h < sp->content_e && h < r + 7; h++) {
        if (tok_has(c, h, WC_INCIDENT | WC_CRIME | WC_CRITICAL) || c->t[h].kind != TOK_WORD) {
            return !tok_has(c, h, WC_INCIDENT | WC_CRIME | WC_CRITICAL);   /* "a key role in the attack" */
        }
    }
    return true;
}

/* "warned that Belgrade would not stand by", "warned that the army will
 * respond": the first clause of what is warned has the speaker's own side
 * (its government, capital, forces, or "we", "it" for it) as subject, with
 * "will" or "would" (not "could", "may", "must") right after it, and force
 * or not letting it pass after that: a threat (130) that needs no one
 * named to be one; not a forecast of another's act ("warned that prices
 * would rise": no actor of the speaker's), nor of its own plight ("warned
 * that it would run out of funds"). `strict` for what is only said, not
 * warned: resolve must show ("will respond firmly", "to any attack"; "will
 * not stand by | tolerate")
 * (test_speech.c: warnings of the speaker's own act). */
bool speech_own_warning(const truce_coder *c, const speech *sp, const mvec *mv, bool strict)
{
    size_t b = sp->content_b;
    if (b < sp->content_e && tok_is(c, b, c->k->w.that)) {
        b++;
    }
    while (b < sp->content_e && is_quote_tok(c, b)) {
        b++;
    }
    bool ours = b + 1 < sp->content_e && tok_is_word(c, b, "our");   /* '"Our army will ...' */
    b += ours;
    const mention *m = mv_at2(mv, b, false, true);
    size_t q = b;
    if (ours) {
        while (q < sp->content_e && q < b + 3 && c->t[q].kind == TOK_WORD && !tok_has(c, q, WC_MODAL)) {
            q++;   /* "our armed forces" */
        }
    } else if (m && m->tok_start == b) {
        q = m->tok_end;
    }
    if (q == b || q >= sp->content_e || !sp->speaker || !sp->speaker->code[0]) {
        return false;
    }
    bool own = ours || (m->pronoun && (m->first_person || !m->code[0] || strcmp(m->code, sp->speaker->code) == 0)) ||
               (m->code[0] && !m->pronoun && strncmp(m->code, sp->speaker->code, 3) == 0);
    if (!own || !tok_has(c, q, WC_MODAL) || tok_has(c, q, WC_POSSIBILITY) || tok_has(c, q, WC_OBLIGATION)) {
        return false;
    }
    /* what it will do is force ("will respond", "would retaliate", "will
     * use force"), or what it will not do is let it pass ("would not
     * stand by", "will not tolerate"); not "would run out of funds" */
    static const char *const force[] = {"respond", "react", "retaliate", "strike", "hit", "punish", NULL};
    static const char *const let_pass[] = {"stand", "sit", "tolerate", "allow", "accept", "hesitate", "ignore",
        "remain", "permit", NULL};
    bool neg = false;
    for (q++; q < sp->content_e && (tok_adverb(c, q) || tok_has(c, q, WC_NEGATION)); q++) {
        neg |= tok_has(c, q, WC_NEGATION);
    }
    if (q >= sp->content_e) {
        return false;
    }
    if (neg) {
        return tok_is_one_of(c, q, let_pass) && (!strict || tok_is_word(c, q, "stand") || tok_is_word(c, q, "sit") ||
                                                 tok_is_word(c, q, "tolerate") || tok_is_word(c, q, "hesitate"));
    }
    bool forced = tok_is_one_of(c, q, force) ||
                  (tok_is_word(c, q, "use") && q + 1 < sp->content_e && tok_is_word(c, q + 1, "force"));
    if (!forced || !strict) {
        return forced;
    }
    /* only said, not warned: resolve in it ("firmly", "to any attack"),
     * not "will respond to the letter" */
    static const char *const firm[] = {"firmly", "decisively", "strongly", "forcefully", "resolutely", "harshly",
        "swiftly", "any", NULL};
    for (size_t r = q + 1; r < sp->content_e && r < q + 4; r++) {
        if (tok_is_one_of(c, r, firm)) {
            return true;
        }
    }
    return false;
}

/* Where what is said, starting at b, ends before "and" and a second verb
 * of saying or warning of the same speaker, a finite one with no subject
 * of its own, with its own "that" ("said Kurti was escalating tensions and
 * warned that ..."): that verb reports its own clause; not "and threatened
 * to", which may be the act of the content's subject ("said rebels seized
 * and threatened to kill"); else se (test_speech.c: coordinated verbs of
 * saying). */
size_t speech_coordinate_end(const truce_coder *c, size_t b, size_t se)
{
    for (size_t q = b + 1; q + 1 < se; q++) {
        if (!tok_is(c, q, c->k->w.and_) || tok_punct(c, q - 1, ',')) {
            continue;
        }
        size_t v = q + 1;
        while (v < se && tok_adverb(c, v) && !tok_has(c, v, WC_NEGATION)) {
            v++;
        }
        if (v < se && c->t[v].vform == VF_ED && !(c->t[v].flags & TF_CAP) &&
            (tok_has(c, v, WC_THREAT) || modality_saying_verb(c, v)) && v + 1 < se &&
            tok_is(c, v + 1, c->k->w.that)) {
            return q;
        }
    }
    return se;
}

/* The speaker of a verb of saying at i that follows "and" after what an
 * earlier verb of saying of the sentence reports ("Vucic said Kurti was
 * escalating tensions and warned that ...": Vucic warned): that verb's
 * subject; NULL if none (test_speech.c: coordinated verbs of saying). */
const mention *speech_coordinate_speaker(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i)
{
    size_t a = i;
    while (a > sb && tok_adverb(c, a - 1) && !tok_has(c, a - 1, WC_NEGATION)) {
        a--;
    }
    if (a <= sb + 2 || !tok_is(c, a - 1, c->k->w.and_)) {
        return NULL;
    }
    for (size_t j = a - 1; j-- > sb;) {
        if (c->t[j].vform != VF_ED || !modality_saying_verb(c, j) || (c->t[j].flags & TF_CAP)) {
            continue;
        }
        size_t b = j + 1 < se && tok_is(c, j + 1, c->k->w.that) ? j + 2 : j + 1;
        if (speech_coordinate_end(c, b, se) == a - 1) {
            const mention *m = roles_subject(c, mv, sb, j);
            return m && m->tok_end <= j ? m : NULL;
        }
    }
    return NULL;
}
