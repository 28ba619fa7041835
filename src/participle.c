/* participle.c — verb forms that describe a noun rather than tell an act.
 *
 * A participle after a noun can be the act of the clause ("Troops
 * captured the town") or a description of the noun: a reduced relative
 * of the subject ("An Iranian captured in Afghanistan was repatriated"),
 * an aside of standing support ("The army, backed by Russian jets,
 * attacked"), a stance ("a group opposed to the war"), what someone is
 * taken or charged to be ("gunmen suspected to be jihadists", "a man
 * accused of planting bombs"), an adjective
 * between a preposition's actors and their noun ("with the U.S. and E.U.
 * designated terrorist group"); and an -s form before "of" is a noun
 * ("positions of government troops"), and so is one after a counted
 * phrase or a preposition's ("killed in two suicide blasts"); "back"
 * after a time or a verb of going is an adverb ("goes back to 2019");
 * seeking to act is the infinitive's attempt, no request ("sought to
 * take advantage of the truce"). modality.c and sentence.c ask these
 * questions when they decide whether a word is used as a verb, and how.
 *
 * Tests: tests/unit/test_modality.c (reduced relatives, descriptive
 * participles, -s nouns), tests/golden/code/habits-asides.
 */
#include "coder.h"

bool participle_lex_mostly(const truce_coder *c, size_t p, uint8_t mostly)
{
    const token *t = &c->t[p];
    if (t->kind != TOK_WORD || (t->flags & TF_CAP)) {
        return false;
    }
    uint8_t key[64];
    ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lx = n > 0 ? kb_lex(c->k, key, n) : 0;
    return (lx & LEX_MOSTLY) == mostly && (mostly != LEX_MOSTLY_NOUN || (lx & LEX_NOUN));
}

/* lower-case words the POS lexicon knows mostly as nouns ("a ceremony
 * hosted by"), mostly as adjectives ("heavy clashes") */
static bool lex_noun(const truce_coder *c, size_t p)
{
    return participle_lex_mostly(c, p, LEX_MOSTLY_NOUN);
}

static bool lex_adj(const truce_coder *c, size_t p)
{
    return participle_lex_mostly(c, p, LEX_MOSTLY_ADJ);
}

/* Is the participle at i, after the noun or actor ending at p that opens
 * the clause, a reduced relative of its subject: "An Iranian captured in
 * Afghanistan was repatriated", "Three soldiers wounded on Monday have
 * died"? A preposition follows it, and the clause's own finite verb comes
 * later, after "be" or "have" with no relative pronoun or comma between.
 * Its noun is what was done to (a passive), not the doer (test_modality.c:
 * reduced relatives of the subject). */
bool participle_subject_relative(const truce_coder *c, const mvec *mv, size_t sb, size_t p, size_t i)
{
    if (i + 1 >= c->nt || !is_prep(c, c->t[i + 1].id) || tok_is(c, i + 1, c->k->w.by) ||
        tok_is(c, i + 1, c->k->w.to) || tok_is(c, i + 1, c->k->w.of)) {
        return false;
    }
    const mention *m = mv_ending_at(mv, p);
    if (!m && !(c->t[p].kind == TOK_WORD && c->t[p].nlemma && !c->t[p].isverb)) {
        return false;
    }
    size_t start = m ? m->tok_start : p;
    while (start > sb && (tok_has(c, start - 1, WC_DETERMINER | WC_MODIFIER) || c->t[start - 1].kind == TOK_NUM ||
                          roles_number_word(c, start - 1) ||
                          (c->t[start - 1].kind == TOK_WORD && lex_adj(c, start - 1)))) {
        start--;
    }
    if (start != sb) {
        return false;   /* only the noun phrase that opens the sentence */
    }
    for (size_t q = i + 2; q < c->nt && q < i + 9; q++) {
        if (tok_punct(c, q, ',') || clause_stop(c, q) || tok_is(c, q, c->k->w.who) || tok_is(c, q, c->k->w.which) ||
            tok_is(c, q, c->k->w.that) || tok_is(c, q, c->k->w.and_)) {
            return false;
        }
        if ((is_be(c, q) || tok_is(c, q, c->k->w.have) || tok_is_word(c, q, "has")) && q + 1 < c->nt &&
            c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP)) {
            /* "was repatriated", "have died", "were later freed" */
            size_t r = q + 1;
            while (r < c->nt && r < q + 3 && tok_adverb(c, r)) {
                r++;
            }
            return r < c->nt && c->t[r].kind == TOK_WORD && c->t[r].vform == VF_ED;
        }
    }
    return false;
}

/* Is the relation participle at i, right after the actor ending at p
 * that opens the clause, the adjective of the noun after it ("The U.S.
 * backed rebels of the Free Syrian Army fired", "Iranian backed militias
 * shelled")? So when the noun's phrase runs on to a finite verb of the
 * same clause; "The U.S. backed rebels in Syria." is the act
 * (test_modality.c: descriptive participles). */
static bool actor_adjective(const truce_coder *c, const mvec *mv, size_t sb, size_t p, size_t i)
{
    const mention *am = mv_ending_at(mv, p);
    if (!am || !am->code[0] || i + 1 >= c->nt || c->t[i + 1].kind != TOK_WORD || (c->t[i + 1].flags & TF_CAP) ||
        tok_has(c, i + 1, WC_DETERMINER | WC_POSSESSIVE) || !(lex_noun(c, i + 1) || lex_adj(c, i + 1))) {
        return false;
    }
    size_t b = am->tok_start;
    if (b > sb && tok_has(c, b - 1, WC_DETERMINER)) {
        b--;
    }
    if (b != sb && !tok_punct(c, b - 1, ',')) {
        return false;
    }
    for (size_t q = i + 2; q < c->nt && q < i + 12; q++) {
        if (tok_punct(c, q, ',') || clause_stop(c, q) || tok_has(c, q, WC_CLAUSE_END | WC_BOUNDARY)) {
            return false;
        }
        const token *t = &c->t[q];
        if (t->kind == TOK_WORD && t->isverb && !(t->flags & TF_CAP) && (t->vform == VF_ED || t->vform == VF_S) &&
            !tok_has(c, q - 1, WC_DETERMINER) && !is_prep(c, c->t[q - 1].id) && !lex_noun(c, q)) {
            return true;
        }
    }
    return false;
}

/* Is the participle at i a description of the noun phrase before it, not
 * an act: a standing relation in an aside ("The army, backed by Russian
 * jets, attacked ...", "rebels — armed by Iran —"), or what someone is
 * taken to be ("gunmen suspected to be militants", "a man believed to
 * be the leader"; test_modality.c: descriptive participles). */
bool participle_descriptive(const truce_coder *c, const mvec *mv, size_t sb, ptrdiff_t p, size_t i)
{
    static const char *const relation[] = {"backed", "supported", "sponsored", "funded", "financed", "armed",
        "equipped", "aided", "assisted", "allied", "aligned", "affiliated", "linked", "led", NULL};
    static const char *const taken[] = {"suspected", "believed", "thought", "alleged", "said", "reported",
        "known", "presumed", "considered", "understood", NULL};
    if (p < (ptrdiff_t)sb || i + 2 >= c->nt) {
        return false;
    }
    bool after_noun = mv_ending_at(mv, (size_t)p) || (c->t[p].kind == TOK_WORD && c->t[p].nlemma && !c->t[p].isverb);
    if (after_noun && tok_is(c, i + 1, c->k->w.to) && tok_is(c, i + 2, c->k->w.be) && tok_is_one_of(c, i, taken)) {
        return true;   /* "insurgents suspected to be members of" */
    }
    if ((after_noun || lex_noun(c, (size_t)p)) && tok_is_word(c, i, "opposed") && tok_is(c, i + 1, c->k->w.to)) {
        return true;   /* "a group opposed to Assad", "lawmakers opposed to the deal walked out": who they are */
    }
    static const char *const charged[] = {"accused", "charged", "suspected", "convicted", "indicted", "wanted",
        "sentenced", NULL};
    if (tok_is_one_of(c, i, charged) && (tok_is(c, i + 1, c->k->w.of) || tok_is(c, i + 1, c->k->w.in) || tok_is(c, i + 1, c->k->w.for_) ||
                   tok_is(c, i + 1, c->k->w.over) || tok_is_word(c, i + 1, "with"))) {
        const mention *r = mv_ending_at(mv, (size_t)p);
        if (lex_noun(c, (size_t)p) && (!mv_inside(mv, (size_t)p) || (r && !r->code[0]))) {
            return true;   /* "a man accused of making bombs was captured": who he is */
        }
    }
    /* "affiliated with the U.S. and E.U. designated terrorist group": a
     * participle between the actors of a preposition's object and their
     * noun, no determiner after it, is an adjective */
    const mention *am = mv_ending_at(mv, (size_t)p);
    if (am && i + 1 < c->nt && c->t[i + 1].kind == TOK_WORD && !(c->t[i + 1].flags & TF_CAP) &&
        !tok_has(c, i + 1, WC_DETERMINER | WC_POSSESSIVE) && !is_prep(c, c->t[i + 1].id) &&
        !tok_is(c, i + 1, c->k->w.and_) && !is_aux(c, i + 1) && (lex_noun(c, i + 1) || lex_adj(c, i + 1))) {
        size_t b = am->tok_start;
        while (b > sb) {
            const mention *pm = mv_ending_at(mv, b - 1);
            if (tok_has(c, b - 1, WC_DETERMINER) || tok_is(c, b - 1, c->k->w.and_)) {
                b--;
            } else if (pm) {
                b = pm->tok_start;
            } else {
                break;
            }
        }
        if (b > sb && b < am->tok_start && is_prep(c, c->t[b - 1].id) && !tok_is(c, b - 1, c->k->w.by)) {
            return true;
        }
    }
    if (tok_is_one_of(c, i, relation) && actor_adjective(c, mv, sb, (size_t)p, i)) {
        return true;   /* "The U.S. backed rebels of the FSA fired" */
    }
    bool aside = (tok_punct(c, (size_t)p, ',') || roles_dash(c, (size_t)p) || tok_has(c, (size_t)p, WC_BOUNDARY)) &&
                 p > (ptrdiff_t)sb && (mv_ending_at(mv, (size_t)p - 1) || tok_punct(c, (size_t)p - 1, ')'));
    if (!aside || !tok_is(c, i + 1, c->k->w.by)) {
        return false;
    }
    if (!tok_is_one_of(c, i, relation)) {
        return false;
    }
    /* the aside closes with a comma or dash before the clause goes on, or
     * closes the sentence ("an attack by Kurdish fighters, backed by
     * artillery.") */
    for (size_t q = i + 2; q < c->nt && q < i + 20; q++) {
        if (tok_punct(c, q, ',') || roles_dash(c, q) || tok_has(c, q, WC_BOUNDARY) || tok_punct(c, q, '.')) {
            return true;
        }
        if (clause_stop(c, q)) {
            return false;
        }
    }
    return false;
}

/* Is the -s form at i, right before "of", a noun ("positions of
 * government troops", "the attacks of the militia")? Few verbs take "of"
 * right after them ("warns of", "speaks of"; test_modality.c: -s nouns). */
bool participle_noun_before_of(const truce_coder *c, size_t i)
{
    static const char *const verbs[] = {"warns", "speaks", "talks", "complains", "consists", "approves", "disposes",
        "thinks", "hears", "knows", "learns", "dreams", "boasts", "smacks", "reeks", "tires", "despairs", "dies",
        "accuses", "informs", "reminds", "assures", "convinces", "robs", "deprives", "strips", "clears", NULL};
    if (i + 1 >= c->nt || !tok_is(c, i + 1, c->k->w.of)) {
        return false;
    }
    return !tok_is_one_of(c, i, verbs);
}

/* Is "back" at i the adverb after the plural-looking word at p: a time
 * ("two days back"), a verb of going or dating ("goes back to his
 * birthday", "dates back")? Not "Western powers back the plan"
 * (test_modality.c: back). */
bool participle_adverb_back(const truce_coder *c, size_t p, size_t i)
{
    static const char *const times[] = {"days", "weeks", "months", "years", "decades", "hours", "minutes",
        "centuries", "times", NULL};
    return tok_is_word(c, i, "back") &&
           (tok_is_one_of(c, p, times) || participle_lex_mostly(c, p, LEX_MOSTLY_VERB));
}

/* Does the lower-case phrase ending at p open with a preposition or a
 * count above one ("injured in suicide blasts", "two consecutive car
 * bombs")? Then the -s form after it ends the phrase: a noun, for a
 * plural subject would take the base form (test_modality.c: -s nouns
 * in a counted phrase). */
bool participle_counted_phrase(const truce_coder *c, size_t sb, size_t p)
{
    for (ptrdiff_t q = (ptrdiff_t)p; q >= (ptrdiff_t)sb && q > (ptrdiff_t)p - 5; q--) {
        const token *t = &c->t[q];
        if (t->kind == TOK_NUM) {
            return q < (ptrdiff_t)p;
        }
        if (t->kind != TOK_WORD || (t->flags & TF_CAP)) {
            return false;
        }
        if (is_prep(c, t->id)) {
            return q < (ptrdiff_t)p && !tok_is(c, (size_t)q, c->k->w.of);
        }
        if (roles_number_word(c, (size_t)q) && !tok_is_word(c, (size_t)q, "one")) {
            return q < (ptrdiff_t)p;
        }
        if (t->isverb && t->vform != VF_NONE) {
            return false;
        }
    }
    return false;
}

/* Is the verb at i "seek" before an infinitive ("had sought to take
 * advantage of the ceasefire")? Seeking to act is the infinitive's
 * attempt, no request of its own (not "tried to kill", whose patterns code
 * the attempt; test_senses.c: seeking to act). */
bool participle_seeking_to(const truce_coder *c, size_t i)
{
    static const char *const seeking[] = {"seek", "seeks", "sought", "seeking", NULL};
    return tok_is_one_of(c, i, seeking) && tok_is(c, i + 1, c->k->w.to) && i + 2 < c->nt && c->t[i + 2].vlemma &&
           c->t[i + 2].vform == VF_BASE;
}

/* Is the verb at i "shot back" before what was said ("shot back: ...",
 * "shot back that")? A retort, no shooting (test_senses.c: retorts). */
bool participle_retort(const truce_coder *c, size_t i)
{
    static const char *const shot[] = {"shoot", "shoots", "shot", "shooting", "fire", "fires", "fired", "firing", NULL};
    return tok_is_one_of(c, i, shot) && tok_is_word(c, i + 1, "back") && i + 2 < c->nt &&
           (tok_punct(c, i + 2, ':') || tok_is(c, i + 2, c->k->w.that) || (c->t[i + 2].flags & TF_QUOTE_OPEN));
}

/* Is the participle at i, with "from" or "into" after it, a reduced
 * relative of the common noun ending at p ("imposed tariffs on brandy
 * imported from the EU", "seized a cargo of weapons smuggled into Gaza")?
 * The noun (no actor: "said troops from X withdrew" has its subject)
 * is a preposition's object, and the nearest finite verb before it is the
 * clause's own, no verb of saying or believing, whose clause the noun
 * could open ("said soldiers in Gaza moved from"); no comma, "and" or
 * clause word between (test_modality.c: participles of a preposition's
 * object). */
bool participle_goods_from(const truce_coder *c, const mvec *mv, size_t sb, size_t p, size_t i)
{
    if (i + 1 >= c->nt || !(tok_is(c, i + 1, c->k->w.from) || tok_is(c, i + 1, c->k->w.into)) || p < sb ||
        mv_inside(mv, p) || c->t[p].kind != TOK_WORD || (c->t[p].flags & TF_CAP) ||
        !(lex_noun(c, p) || (c->t[p].nlemma && !c->t[p].isverb))) {
        return false;
    }
    size_t start = p;
    while (start > sb && !is_prep(c, c->t[start - 1].id) &&
           (tok_has(c, start - 1, WC_DETERMINER | WC_MODIFIER) || c->t[start - 1].kind == TOK_NUM ||
            lex_adj(c, start - 1) || lex_noun(c, start - 1))) {
        start--;
    }
    if (start <= sb || !is_prep(c, c->t[start - 1].id) || tok_is(c, start - 1, c->k->w.by)) {
        return false;
    }
    for (size_t q = start - 1; q > sb; q--) {
        const token *t = &c->t[q - 1];
        if (clause_stop(c, q - 1) || tok_punct(c, q - 1, ',') || tok_is(c, q - 1, c->k->w.and_) ||
            tok_has(c, q - 1, WC_BOUNDARY)) {
            return false;
        }
        if (t->isverb && t->vlemma && !(t->flags & TF_CAP) &&
            (t->vform == VF_ED || t->vform == VF_S || is_aux(c, q - 1))) {
            return !modality_saying_verb(c, q - 1);
        }
    }
    return false;
}
