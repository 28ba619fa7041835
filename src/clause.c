/* clause.c — the grammar of roles: who is a verb's subject and object.
 *
 * What roles.c asks of a clause, written once: where a verb's clause begins
 * and ends and where its object may be (not past a comma that opens
 * another clause, a relative clause, a content noun's infinitive); its
 * subject (the last actor before it, not an object of another verb, a
 * bracketed aside, an apposition, a relative clause, a place, a person's
 * opponents or a quantity of an actor; after a verb of saying or thought,
 * what is said's subject; a person no knowledge codes blocks the actors
 * named before); its object (not a place, a list of towns, a border, the
 * subject's own forces); what a statement is about (the subject or
 * object of what is said, not a name elsewhere in it); who a verb of
 * saying's speaker is ("..., said X", "X, an analyst, said"); the one
 * "its offer" or "a charge X rejected" points to (agentof.c: the owner of
 * an operation, a joined clause's subject, the controller of an
 * infinitive). roles.c decides from these which actors an event has.
 *
 * Tests: tests/unit/test_roles.c.
 */
#include "coder.h"
#include "clause.h"

#include <stdio.h>

static bool place_before(const truce_coder *c, const mvec *mv, size_t cb, size_t comma);
/* Is m in a list of places: "the towns of X and Y", "near the X border"? */
bool clause_place_list(const truce_coder *c, const mention *m)
{
    for (size_t q = m->tok_start; q > 1 && q + 5 > m->tok_start; q--) {
        uint32_t sing = c->t[q - 2].nlemma;
        if (tok_is(c, q - 1, c->k->w.of) &&
            (tok_has(c, q - 2, WC_PLACE_NOUN) || (sing && (c->k->wclass[sing] & WC_PLACE_NOUN)))) {
            return true;   /* "the town of", "the towns of" */
        }
        if (!(cap_word(c, q - 1) || tok_is(c, q - 1, c->k->w.and_) || tok_is(c, q - 1, c->k->w.or_))) {
            break;   /* only the names of a list: "of Bocaranga and Bazoum" */
        }
    }
    return roles_border(c, m);
}

bool roles_border(const truce_coder *c, const mention *m)
{
    size_t q = m->tok_end;
    if (tok_is(c, q, c->k->w.s)) {
        q++;
    }
    return tok_is_word(c, q, "border") || tok_is_word(c, q, "borders") || tok_is_word(c, q, "frontier") ||
           tok_is_word(c, q, "border,");
}


/* "believe", "think", "expect": what follows them has its own subject
 * ("analysts believe the EU may make compromises"). */
static bool cognition(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"believe", "think", "expect", "hope", "know", "feel", "assume",
        "estimate", "suspect", "reckon", "fear", "worry", NULL};
    const token *t = &c->t[i];
    for (const char *const *w = words; *w; w++) {
        uint32_t id = intern_find(&c->k->words, (str){(const uint8_t *)*w, (ptrdiff_t)strlen(*w)});
        if (id && t->vlemma == id) {
            return true;
        }
    }
    return false;
}

/* "five", "dozens": a number in words (before an object: "killed five
 * soldiers and burned houses"). */
bool roles_number_word(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "fifteen", "twenty", "dozens", "hundreds", "thousands", "dozen", "scores",
        "hundred", "thousand", "million", "several",
        "at", "least", "some", "about", "nearly", "around", "more", "than", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

bool roles_at_hands_of(const truce_coder *c, size_t i)
{
    return tok_is(c, i, c->k->w.at) && tok_is_word(c, i + 1, "the") && tok_is_word(c, i + 2, "hands") &&
           tok_is(c, i + 3, c->k->w.of);
}

/* "opponents", "lawyer", "son": after a possessor, people other than it. */
static bool other_people(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"opponents", "opponent", "rivals", "rival", "critics", "enemies",
        "lawyer", "lawyers", "attorney", "attorneys", "son", "sons", "daughter", "daughters", "wife",
        "husband", "family", "successor", "predecessor", "victims", "accusers", "detractors", "challenger",
        "challengers", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* Does a place end right before the comma at token comma ("in the
 * capital, Bangui", "in Bosnia, X")? */
static bool place_before(const truce_coder *c, const mvec *mv, size_t cb, size_t comma)
{
    if (tok_has(c, comma - 1, WC_PLACE_NOUN)) {
        /* ... but "paid a visit to the capital, Port Louis": where one
         * goes to is the one visited (test_roles.c, "venue") */
        size_t q = comma - 1;
        while (q > cb && q + 4 > comma && !tok_is(c, q - 1, c->k->w.to) && !tok_has(c, q - 1, WC_LOCATIVE)) {
            q--;
        }
        return !(q > cb && tok_is(c, q - 1, c->k->w.to));
    }
    const mention *p = mv_ending_at(mv, comma - 1);
    size_t q = p ? p->tok_start : comma - 1;
    while (q > cb && q + 6 > comma && !tok_has(c, q - 1, WC_LOCATIVE) && !tok_punct(c, q - 1, ',')) {
        q--;
    }
    return p && q > cb && tok_has(c, q - 1, WC_LOCATIVE);
}

/* "the number of refugees", "Japan's population", "the share of
 * Chinese": a quantity of m, not m, is what the clause speaks of. */
static bool measure_of(const truce_coder *c, const mention *m)
{
    static const char *const words[] = {"number", "numbers", "total", "share", "percentage", "proportion",
        "population", "amount", "level", "levels", "rate", "count", "toll", "value", "price", "prices",
        "cost", "majority", "minority", "half", "third", "quarter", "fraction", NULL};
    size_t q = m->tok_start;
    if (q >= 2 && tok_is(c, q - 1, c->k->w.of)) {
        q -= 2;   /* "the number of refugees" */
        size_t d = q;
        while (d > 0 && tok_has(c, d - 1, WC_MODIFIER) && !tok_has(c, d - 1, WC_DETERMINER)) {
            d--;   /* "a large number of" */
        }
        if (d > 0 && (tok_is(c, d - 1, c->k->w.a) || tok_is_word(c, d - 1, "large") ||
                      tok_is_word(c, d - 1, "growing") || tok_is_word(c, d - 1, "small")) &&
            (tok_is_word(c, q, "number") || tok_is_word(c, q, "majority"))) {
            return false;   /* "a number of militants attacked": some of them, who act */
        }
    } else if (tok_is(c, m->tok_end, c->k->w.s)) {
        q = m->tok_end + 1;   /* "Japan's population" */
        while (q < c->nt && tok_has(c, q, WC_MODIFIER)) {
            q++;
        }
    } else {
        return false;
    }
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, q, *w)) {
            return true;
        }
    }
    return false;
}

/* "India's construction of ports underlines ...", "China's purchase of oil
 * shows ...": m owns an act named by a noun that is the subject of the
 * verb at head, so what the verb says is the act's, not m speaking
 * (test_roles.c, "possessed act"). Bodies and documents ("Russia's
 * government", "Iran's statement") are not acts. */
bool roles_possessed_act(const truce_coder *c, const mention *m, size_t head)
{
    static const char *const acts[] = {"construction", "purchase", "purchases", "decision", "move",
        "deployment", "invasion", "annexation", "withdrawal", "refusal", "acquisition", "buildup", "expansion",
        "involvement", "presence", "participation", "entry", "handling", "treatment", "failure", "use",
        "sale", "sales", "crackdown", "occupation", "policy", "policies", "action", "actions", "behavior",
        "behaviour", "conduct", "growth", "rise", "emergence", "investment", "investments", "arrest",
        "detention", "launch", "test", "tests", "build-up", "development", "decisions", "moves",
        "pursuit", "push", "choice", "absence", "victory", "defeat", "success", "economy", NULL};
    if (!tok_is(c, m->tok_end, c->k->w.s) && !tok_punct(c, m->tok_end, '\'')) {
        return false;
    }
    size_t q = m->tok_end + 1;
    while (q < head && q < m->tok_end + 4 && tok_has(c, q, WC_MODIFIER) && !tok_is_one_of(c, q, acts)) {
        q++;
    }
    return q < head && tok_is_one_of(c, q, acts) && !(c->t[q].flags & TF_CAP);
}

/* Is head a verb of saying whose subject is an act an actor owns, the
 * words after it up to head its noun phrase ("Turkey's decision to buy
 * Russian missiles underlines": not Russia either)? Then no one speaks
 * (test_roles.c, "possessed act"). */
static bool act_subject(const truce_coder *c, const mvec *mv, size_t cb, size_t head)
{
    uint32_t hl = c->t[head].vlemma;
    if (!hl || hl >= c->k->heads_cap || !(c->k->head_flags[hl] & VFLAG_SPEECH)) {
        return false;
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start < cb || m->tok_end >= head || !roles_possessed_act(c, m, head)) {
            continue;
        }
        for (size_t q = m->tok_end; q < head; q++) {
            if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || is_aux(c, q) ||
                (c->t[q].isverb && c->t[q].vform == VF_S && !mv_inside(mv, q))) {
                return false;   /* "Turkey's decision angered Greece, which says" */
            }
        }
        return true;
    }
    return false;
}

/* Is m inside an apposition between the subject and the verb at head:
 * ", a/an/the ... m ... ," after an actor ("Pakistan, a key U.S. ally,
 * has refused")? */
static bool in_apposition(const truce_coder *c, const mvec *mv, size_t cb, const mention *m, size_t head)
{
    size_t open = m->tok_start;
    while (open > cb && open + 12 > m->tok_start && !tok_punct(c, open - 1, ',') && !roles_dash(c, open - 1)) {
        open--;
    }
    /* "The army (SAA), backed by X and Y (Z), launched": a participle's aside too */
    bool participle = open + 1 < head && c->t[open].vform == VF_ED && !(c->t[open].flags & TF_CAP) &&
                      tok_is(c, open + 1, c->k->w.by);
    /* "Ahmed Chaudhry, director general of military public relations,
     * said": a person's title needs no article */
    bool title = open > cb + 1 && tok_punct(c, open - 1, ',') && c->t[open].kind == TOK_WORD &&
                 !(c->t[open].flags & TF_CAP) && c->t[open].vform == VF_NONE && !tok_has(c, open, WC_CLAUSE_END) &&
                 !is_prep(c, c->t[open].id) && open >= 2 && mv_ending_at(mv, open - 2) &&
                 mv_ending_at(mv, open - 2)->person;
    if (open <= cb + 1 || !(tok_punct(c, open - 1, ',') || (participle && roles_dash(c, open - 1))) ||
        !(tok_is(c, open, c->k->w.a) || tok_is(c, open, c->k->w.an) || tok_is(c, open, c->k->w.the) || participle ||
          title)) {
        return false;
    }
    size_t end = open - 2;
    if (participle && tok_punct(c, end, ')')) {
        while (end > cb && !tok_punct(c, end, '(')) {
            end--;   /* past the bracketed abbreviation: "The army (SAA)," */
        }
        end = end > cb ? end - 1 : end;
    }
    const mention *before = mv_ending_at(mv, end);
    if (!before || before->pronoun || !(before->code[0] || before->unknown || before->person)) {
        return false;
    }
    for (size_t q = m->tok_end; q < head; q++) {
        if (tok_punct(c, q, ',') || (participle && roles_dash(c, q))) {
            return true;
        }
    }
    return false;
}

/* Subject: the last mention (group) before the verb in its clause. */
/* "Berisha, who resigned ... as prime minister, rejected ...": the
 * relative clause [*rb, *re) set off by commas right before the verb at
 * head, and where the clause of its antecedent begins; false if none. */
static bool relative_before(const truce_coder *c, size_t cb, size_t head, size_t *rb, size_t *re, size_t *ab)
{
    size_t q = head;
    while (q > cb && tok_adverb(c, q - 1)) {
        q--;
    }
    if (q <= cb + 2 || !tok_punct(c, q - 1, ',')) {
        /* the verb's clause may have begun inside the relative clause */
        if (q < 2 || !tok_punct(c, q - 1, ',')) {
            return false;
        }
    }
    size_t close = q - 1;
    for (size_t r = close; r > 1 && r + 40 > close; r--) {
        if (clause_stop(c, r - 1) && !tok_punct(c, r - 1, ',')) {
            return false;
        }
        if ((tok_is(c, r - 1, c->k->w.who) || tok_is(c, r - 1, c->k->w.which)) && r >= 2 &&
            tok_punct(c, r - 2, ',')) {
            *rb = r - 2;
            *re = close;
            size_t a = r - 2;
            while (a > 0 && !clause_stop(c, a - 1) && !tok_has(c, a - 1, WC_BOUNDARY)) {
                a--;
            }
            *ab = a;
            return true;
        }
    }
    return false;
}

/* "Gunmen who abducted 20 students last month have released them": a
 * clause that begins inside a relative clause with no commas ("who",
 * "that", "which" right before its first verb), which opens its sentence
 * or clause, goes on to the main verb at head; its subject is the
 * relative's antecedent, not an actor in the relative clause (test_roles.c,
 * "restrictive relative"). NULL if there is none such. */
static const mention *restrictive_subject(const truce_coder *c, const mvec *mv, size_t cb, size_t head)
{
    if (cb < 2 || cb >= head ||
        !(tok_is(c, cb - 1, c->k->w.who) || tok_is(c, cb - 1, c->k->w.which) || tok_is(c, cb - 1, c->k->w.that) ||
          tok_is_word(c, cb - 1, "whom"))) {
        return NULL;
    }
    size_t rv = cb;
    const mention *own = mv_ending_at(mv, cb);
    for (size_t x = 0; x < mv->n && !own; x++) {
        own = mv->v[x].tok_start == cb ? &mv->v[x] : NULL;
    }
    if (own && own->tok_end < head && !own->pronoun && (own->code[0] || own->sector[0] || own->unknown)) {
        rv = own->tok_end;   /* "the farmers whom armed men kidnapped": the relative's own subject */
    }
    while (rv < head && (tok_adverb(c, rv) || is_aux(c, rv) || tok_has(c, rv, WC_NEGATION))) {
        rv++;
    }
    const token *t = &c->t[rv];
    if (rv >= head || !t->isverb || (t->vform != VF_ED && t->vform != VF_S) || mv_inside(mv, rv) ||
        (t->flags & TF_CAP)) {
        return NULL;
    }
    const mention *ante = mv_ending_at(mv, cb - 2);
    if (!ante || ante->pronoun || !(ante->code[0] || ante->sector[0] || ante->unknown) || ante->kind == AK_PEOPLE) {
        return NULL;   /* not "Somalis who fled the war": a people described (relative_subject) */
    }
    size_t a = ante->tok_start;
    if (a > 1 && (tok_is(c, a - 1, c->k->w.in) || tok_is(c, a - 1, c->k->w.from) || tok_is(c, a - 1, c->k->w.of))) {
        /* "Serbs in Croatia who opposed ...": the people the place is of */
        const mention *owner = mv_ending_at(mv, a - 2);
        if (owner && !owner->pronoun && (owner->code[0] || owner->sector[0] || owner->unknown) &&
            owner->kind != AK_PEOPLE) {
            ante = owner;
            a = ante->tok_start;
        } else if (!owner && tok_is(c, a - 1, c->k->w.of)) {
            /* "Members of the Kenyan opposition who boycotted the vote":
             * a few nouns of no actor before "of" are the actor's own */
            size_t n = a - 1;
            while (n > 0 && a - 1 - n < 3 && c->t[n - 1].kind == TOK_WORD && !mv_inside(mv, n - 1) &&
                   !(c->t[n - 1].isverb && c->t[n - 1].vform != VF_NONE) && !tok_has(c, n - 1, WC_BOUNDARY) &&
                   !is_prep(c, c->t[n - 1].id)) {
                n--;
            }
            if (n == a - 1) {
                return NULL;
            }
            a = n;
        } else {
            return NULL;
        }
    }
    uint32_t l = a > 0 ? c->t[a - 1].vlemma : 0;
    bool said = l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH) && c->t[a - 1].vform != VF_NONE &&
                c->t[a - 1].vform != VF_ING && !mv_inside(mv, a - 1);   /* "police said gunmen who ..." */
    if (a > 0 && !tok_punct(c, a - 1, ',') && !clause_stop(c, a - 1) && !tok_has(c, a - 1, WC_BOUNDARY) && !said) {
        return NULL;   /* "police arrested men who attacked a court and charged them" */
    }
    /* the main verb: finite, past an object of the relative's verb */
    const token *h = &c->t[head];
    bool aux = head > rv + 1 && is_aux(c, head - 1);
    if (head < rv + 2 || mv_inside(mv, head) || !(h->vform == VF_ED || h->vform == VF_S || aux)) {
        return NULL;
    }
    for (size_t q = rv + 1; q < head; q++) {
        if (tok_punct(c, q, ',') || tok_is(c, q, c->k->w.and_) || tok_has(c, q, WC_BOUNDARY) ||
            roles_dash(c, q)) {
            return NULL;   /* "rebels who seized the town and killed": one clause either way */
        }
    }
    return ante;
}

/* The subject a relative pronoun right before the verb at head gives
 * ("the rebels, who attacked Somalia", "a group that seized the town"):
 * its antecedent, or no one when it is no actor ("transfers of arms,
 * which are helping"); *found is false when there is no such pronoun. */
static const mention *relative_subject(const truce_coder *c, const mvec *mv, size_t cb, size_t head, bool *found)
{
    *found = false;
    /* "the rebels, who attacked Somalia", "a group that seized the
     * town": the relative pronoun's antecedent (test_roles.c) */
    size_t q = head;
    while (q > 1 && tok_adverb(c, q - 1)) {
        q--;
    }
    size_t qa = q;
    while (qa > 1 && (tok_adverb(c, qa - 1) || is_aux(c, qa - 1) || tok_has(c, qa - 1, WC_NEGATION))) {
        qa--;   /* "which are helping", "that has not" */
    }
    if (qa < q && qa > 1 && (tok_is(c, qa - 1, c->k->w.which) || tok_is(c, qa - 1, c->k->w.that))) {
        q = qa;
    }
    if (q > 1 && (tok_is(c, q - 1, c->k->w.who) || tok_is(c, q - 1, c->k->w.which) ||
                  tok_is(c, q - 1, c->k->w.that))) {
        size_t a = q - 1;
        if (a > 0 && tok_punct(c, a - 1, ',')) {
            a--;
        }
        const mention *ante = a > 0 ? mv_ending_at(mv, a - 1) : NULL;
        /* "... to Russia, which are helping": a plural verb is not a
         * country's (test_roles.c, "relative subject") */
        bool plural_verb = tok_is_word(c, q, "are") || tok_is_word(c, q, "were") || tok_is_word(c, q, "have") ||
                           (q == head && c->t[q].vform == VF_BASE);
        if (ante && plural_verb && !ante->plural && !tok_is(c, q - 1, c->k->w.who) &&
            (ante->kind == AK_COUNTRY || ante->kind == AK_CAPITAL || ante->person)) {
            ante = NULL;
        }
        /* not "Syrians who resisted the regime": a people described */
        if (ante && !ante->pronoun && (ante->code[0] || ante->sector[0] || ante->unknown) &&
            !(ante->kind == AK_PEOPLE && a == q - 1)) {
            *found = true;
            return ante;
        }
        if (!ante && !c->opt.literal) {
            /* "Canada and Belgium are among (the) countries that have
             * banned", "Peru is one of the few states that": the actor
             * the noun counts in (test_roles.c, "among those that") */
            size_t r = a;
            while (r > 0 && a - r < 5 && c->t[r - 1].kind == TOK_WORD && !mv_inside(mv, r - 1) &&
                   !tok_is_word(c, r - 1, "among") && !tok_is(c, r - 1, c->k->w.of)) {
                r--;
            }
            bool among = r > 1 && r < a && tok_is_word(c, r - 1, "among");
            bool one_of = r > 2 && r < a && tok_is(c, r - 1, c->k->w.of) && tok_is_word(c, r - 2, "one");
            size_t b = among ? r - 1 : one_of ? r - 2 : 0;
            if (b > 1 && is_be(c, b - 1)) {
                const mention *who = mv_ending_at(mv, b - 2);
                if (who && !who->pronoun && (who->code[0] || who->sector[0])) {
                    *found = true;
                    return who;
                }
            }
        }
        if (q - 1 > cb && !ante && !tok_is(c, q - 1, c->k->w.who)) {
            /* "transfers of arms to Russia, which are helping ...": a
             * relative clause about no actor has none for subject
             * (test_roles.c, "relative subject") */
            *found = true;
            return NULL;
        }
    }
    const mention *ante = restrictive_subject(c, mv, cb, head);
    *found = ante != NULL;
    return ante;
}

/* Between the actor m and the verb at head: a finite verb of saying, then
 * (past "that") a determiner and a noun phrase that no actor takes, right
 * up to head ("police say a car bomb exploded", "officials said the blast
 * killed"). Its subject is that noun phrase, not the speaker. */
static bool said_subject_not_actor(const truce_coder *c, const mvec *mv, const mention *m, size_t head)
{
    if (c->t[head].vform == VF_ING || c->t[head].vform == VF_NONE) {
        return false;   /* "issued a statement accusing X": the statement's own act */
    }
    size_t q = m->tok_end;
    while (q < head && tok_adverb(c, q)) {
        q++;
    }
    uint32_t l = q < head ? c->t[q].vlemma : 0;
    if (!l || l >= c->k->heads_cap || !(c->k->head_flags[l] & VFLAG_SPEECH) || c->t[q].vform == VF_NONE ||
        c->t[q].vform == VF_ING || mv_inside(mv, q) || (c->t[q].flags & TF_CAP)) {
        return false;
    }
    q++;
    if (q < head && tok_is(c, q, c->k->w.that)) {
        q++;
    }
    if (q >= head || !(tok_is(c, q, c->k->w.a) || tok_is(c, q, c->k->w.an) || tok_is(c, q, c->k->w.the))) {
        return false;
    }
    size_t words = 0;
    for (size_t k = q + 1; k < head; k++) {
        if (mv_inside(mv, k) || c->t[k].kind != TOK_WORD || (c->t[k].flags & TF_CAP) || is_aux(c, k) ||
            tok_has(c, k, WC_POSSESSIVE | WC_PRONOUN | WC_DOCUMENT | WC_UTTERANCE)) {
            if (is_aux(c, k) && k > q + 1) {
                continue;   /* "a bomb has exploded" */
            }
            return false;
        }
        words++;
    }
    return words > 0 && words < 5;
}

/* Is role a later mention than the actor after "of", past a comma and in
 * another list ("In the province of Damascus, rebels shelled", "North of
 * Baghdad, gunmen killed": the role is the subject, not the place; not
 * "positions of the troops, militia units and ...": one list)? */
static bool comma_between(const truce_coder *c, const mention *of, const mention *role)
{
    static const char *const compass[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", NULL};
    size_t w = of->tok_start >= 2 ? of->tok_start - 2 : 0;   /* the word before "of" */
    if (role->tok_start <= of->tok_end || role->group == of->group || of->tok_start < 2 ||
        !(tok_has(c, w, WC_PLACE_NOUN) || tok_is_one_of(c, w, compass))) {
        return false;   /* not "The Grand Mufti of Egypt, Sheikh X, said": a title */
    }
    for (size_t q = of->tok_end; q < role->tok_start; q++) {
        if (tok_punct(c, q, ',')) {
            return true;
        }
    }
    return false;
}

/* Is m in a phrase of place or path past its determiner ("an explosion
 * under a civilian vehicle killed", "ripped through a civilian car and
 * killed", "a car bomb at a police station killed"): no subject. Not
 * "of", "by", "from", "in", "with" ("fighters from a rebel group", "a
 * missile from an Israeli gunship": whose they are). */
static bool in_prep_phrase(const truce_coder *c, size_t cb, const mention *m)
{
    static const char *const where[] = {"under", "through", "toward", "towards", "behind", "beside", "against",
        "outside", "near", "at", "on", "into", "across", "along", "over", "inside", "within", "around", NULL};
    size_t p = m->tok_start;
    if (c->opt.literal || p < cb + 2 || !tok_has(c, p - 1, WC_DETERMINER) || is_prep(c, c->t[p - 1].id)) {
        return false;
    }
    return tok_is_one_of(c, p - 2, where);
}

/* "On Friday, masked gunmen shot", "Yesterday, rival militias clashed":
 * after an opening phrase of no verb, the word q right before the actor m
 * at the main clause's start (r == q, after its comma) describes it; it is
 * no verb whose object m is. */
static bool opens_after_phrase(const truce_coder *c, const mvec *mv, size_t cb, size_t r, size_t q,
                               const mention *m)
{
    const token *pv = &c->t[q];
    if (c->opt.literal || r <= cb + 1 || r != q || q + 1 != m->tok_start || !tok_punct(c, r - 1, ',') ||
        (pv->vform != VF_ED && pv->vform != VF_BASE) || (pv->flags & TF_CAP)) {
        return false;
    }
    for (size_t t = cb; t + 1 < r; t++) {
        if ((c->t[t].isverb && c->t[t].vform != VF_NONE && !mv_inside(mv, t) && !(c->t[t].flags & TF_CAP)) ||
            tok_punct(c, t, ',')) {
            return false;
        }
    }
    return true;
}

/* "Police in Georgia detained 40 people as thousands of protesters
 * rallied": a role right before the finite verb at head, after "as" or
 * "and" past another finite verb after the actor, is the subject of a
 * clause of its own; the actor is the other verb's (test_roles.c, "role of
 * another clause"). */
static bool another_verbs_subject(const truce_coder *c, const mvec *mv, const mention *best, const mention *role,
                                  size_t head)
{
    if (role->tok_start <= best->tok_end || role->pronoun || mv_inside(mv, head) ||
        !(c->t[head].vform == VF_ED || c->t[head].vform == VF_S)) {
        return false;
    }
    size_t q = role->tok_end;
    while (q < head && (tok_adverb(c, q) || is_aux(c, q) || tok_has(c, q, WC_NEGATION))) {
        q++;
    }
    size_t a = role->tok_start;
    while (a > best->tok_end + 1 && (tok_has(c, a - 1, WC_DETERMINER) || c->t[a - 1].kind == TOK_NUM)) {
        a--;
    }
    if (q != head || a <= best->tok_end + 1) {
        return false;
    }
    size_t link = a - 1;
    if (tok_is(c, link, c->k->w.and_)) {
        /* "Police fired tear gas and protesters threw stones": a clause
         * of its own, not "arrested students and protesters injured in
         * the clashes" (a participle of the list's) */
        const token *h = &c->t[head];
        bool comma = link > best->tok_end + 1 && tok_punct(c, link - 1, ',');
        if (!comma && h->vform == VF_ED && head == role->tok_end && head + 1 < c->nt &&
            (is_prep(c, c->t[head + 1].id) || tok_punct(c, head + 1, ',') || clause_stop(c, head + 1))) {
            return false;
        }
        link -= comma ? 1 : 0;
    } else if (!tok_is_word(c, link, "as")) {
        return false;   /* "as" opens a clause of time the boundary words leave out */
    }
    for (size_t k = best->tok_end; k < link; k++) {
        const token *t = &c->t[k];
        if (t->isverb && (t->vform == VF_ED || t->vform == VF_S) && !is_aux(c, k) && !mv_inside(mv, k) &&
            !(t->flags & TF_CAP)) {
            return true;   /* not "Police in Georgia, protesters ...": no verb between */
        }
        if (tok_punct(c, k, ',') || tok_is(c, k, c->k->w.and_)) {
            return false;   /* "the rebels, fighters and ...": a list, or an aside */
        }
    }
    return false;
}

const mention *roles_subject(const truce_coder *c, const mvec *mv, size_t cb, size_t head)
{
    const mention *best = NULL, *fallback = NULL, *roleonly = NULL, *nobody = NULL;
    size_t rel_b = 0, rel_e = 0, ante_b;
    if (!c->opt.literal) {
        bool found;
        const mention *rs = relative_subject(c, mv, cb, head, &found);
        if (found) {
            return rs;
        }
    }
    if (!c->opt.literal && relative_before(c, cb, head, &rel_b, &rel_e, &ante_b)) {
        cb = ante_b < cb ? ante_b : cb;   /* past "who ... ," to its antecedent */
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (rel_e > rel_b && m->tok_start > rel_b && m->tok_end <= rel_e) {
            continue;   /* inside the relative clause */
        }
        if (m->tok_end > head || m->tok_start < cb ||
            (!m->code[0] && !m->first_person && !m->sector[0] && !m->unknown)) {
            continue;
        }
        /* inside brackets ("... (the minister said) ...")? A closing
         * bracket after the mention with no opening one before it */
        bool bracket = false;
        int depth = 0;
        /* "The International Labour Office (ILO) said": a name glossed by
         * the bracket it fills is no aside */
        size_t from = m->tok_end;
        if (m->tok_start > cb && tok_punct(c, m->tok_start - 1, '(') && from < head &&
            tok_punct(c, from, ')')) {
            from++;
        }
        for (size_t q = from; q < head; q++) {
            if (tok_punct(c, q, '(') || tok_punct(c, q, '[')) {
                depth++;
            } else if (tok_punct(c, q, ')') || tok_punct(c, q, ']')) {
                if (depth == 0) {
                    bracket = true;
                    break;
                }
                depth--;
            }
        }
        if (bracket) {
            continue;
        }
        if (!c->opt.literal && in_apposition(c, mv, cb, m, head)) {
            continue;   /* "Pakistan, a key U.S. ally, has refused": not the U.S. */
        }
        if (!c->opt.literal && m->tok_start > cb + 1 && tok_punct(c, m->tok_start - 1, ',') &&
            tok_punct(c, m->tok_end, ',') && place_before(c, mv, cb, m->tok_start - 1)) {
            continue;   /* "met in the C.A.R.'s capital, Bangui, and signed": a place */
        }
        if (!c->opt.literal && measure_of(c, m)) {
            continue;   /* "the number of refugees declined": not the refugees */
        }
        if (!c->opt.literal && tok_is(c, m->tok_end, c->k->w.s) && m->tok_end + 1 < head &&
            other_people(c, m->tok_end + 1)) {
            continue;   /* "Berisha's opponents accused him": not Berisha (a country's
                         * drivers, a governor's office are its own) */
        }
        if (!c->opt.literal && m->kind == AK_COUNTRY && m->tok_start > cb && x > 0 &&
            mv->v[x - 1].tok_end == m->tok_start && mv->v[x - 1].code[0] && !mv->v[x - 1].pronoun &&
            !actor_is_country(mv->v[x - 1].code)) {
            continue;   /* "UNHCR Kenya received": the body's office there */
        }
        if (m->prev_id == c->k->w.of) {
            fallback = m;
            continue;
        }
        /* "fire by Azerbaijani troops hit ...", "attacks by militants
         * killed ...": the agent of an act named by a noun does it; not
         * "forces backed by Russia" (a participle's) (test_roles.c) */
        bool noun_agent = !c->opt.literal && m->prev_id == c->k->w.by && m->tok_start >= cb + 2 &&
                          c->t[m->tok_start - 2].kind == TOK_WORD && c->t[m->tok_start - 2].vform != VF_ED &&
                          !mv_inside(mv, m->tok_start - 2) && !tok_has(c, m->tok_start - 2, WC_DETERMINER) &&
                          (!(c->t[m->tok_start - 2].flags & TF_CAP) || m->tok_start - 2 == cb) &&
                          (m->code[0] || m->sector[0]);
        if ((is_prep(c, m->prev_id) && !noun_agent) || in_prep_phrase(c, cb, m)) {
            continue;
        }
        if (m->tok_start > cb) {
            /* right after a verb it is that verb's object ("to return
             * Nagorno-Karabakh", "killed 15 people and wounded 30"), not
             * a subject */
            size_t q = m->tok_start - 1;
            while (q > cb && q + 4 > m->tok_start &&
                   (c->t[q].kind == TOK_NUM || tok_has(c, q, WC_DETERMINER) || roles_number_word(c, q))) {
                q--;
            }
            const token *pv = &c->t[q];
            /* "Newly elected President X met ...": a participle that opens
             * the clause describes the subject */
            size_t r = q;
            while (r > cb && (tok_adverb(c, r - 1) || tok_has(c, r - 1, WC_DETERMINER) ||
                              (c->t[r - 1].end - c->t[r - 1].start > 4 &&
                               c->text[c->t[r - 1].end - 2] == 'l' && c->text[c->t[r - 1].end - 1] == 'y'))) {
                r--;
            }
            bool opener = (r == cb && pv->vform == VF_ED) || opens_after_phrase(c, mv, cb, r, q, m);
            /* "Russia said Ukraine attacked Georgia": after a verb of
             * saying, the actor right before this verb is its subject */
            /* ... and "officials say a rebel group known as 3R has
             * relaunched hostilities": the first actor after a verb of
             * saying is what is said's subject (test_roles.c, "said X
             * verb") */
            bool reported = pv->vlemma && pv->vlemma < c->k->heads_cap &&
                            ((c->k->head_flags[pv->vlemma] & VFLAG_SPEECH) || (!c->opt.literal && cognition(c, q))) &&
                            (m->code[0] || m->sector[0] || m->unknown) && !m->pronoun &&
                            c->t[head].vform != VF_NONE && (m->tok_end == head || !c->opt.literal);
            /* "its rival China expands", "a charge New Delhi rejected": a
             * word after a determiner is a noun, whatever else it may be */
            bool noun = false;
            for (size_t d = q; !c->opt.literal && d > cb && d + 3 > q; d--) {
                if (tok_has(c, d - 1, WC_DETERMINER | WC_POSSESSIVE) && !is_prep(c, c->t[d - 1].id)) {
                    noun = true;   /* "its superpower rival China" (not "for ignoring") */
                    break;
                }
                if (c->t[d - 1].vform != VF_NONE || c->t[d - 1].kind != TOK_WORD || mv_inside(mv, d - 1)) {
                    break;   /* "a suicide bomber killed": a subject before a verb */
                }
            }
            if (pv->vlemma && pv->vform != VF_NONE && !is_aux(c, q) &&
                !(pv->flags & TF_CAP) && !tok_has(c, q, WC_DETERMINER) && !opener && !reported && !noun) {
                continue;
            }
        }
        if (m->unknown) {
            nobody = m;   /* a person no knowledge codes (people.c) */
            continue;
        }
        if (!m->code[0] && !m->first_person) {
            roleonly = m;   /* "gunmen", "protesters": used if nothing better */
            continue;
        }
        best = m;
    }
    /* "Jane Roe, who met the president, said": the person named last is
     * the subject, though no one codes her; not the actor before her
     * (test_roles.c, "unknown person") */
    /* "Chaudhry said 354 passengers were freed": a role named after a verb
     * of saying that follows the actor is what is said's subject */
    if (best && roleonly && !c->opt.literal && roleonly->tok_start > best->tok_end) {
        for (size_t q = best->tok_end; q < roleonly->tok_start; q++) {
            uint32_t l = c->t[q].vlemma;
            if (l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH) && c->t[q].vform != VF_NONE &&
                !mv_inside(mv, q) && !(c->t[q].flags & TF_CAP)) {
                return nobody && nobody->tok_start > roleonly->tok_start ? nobody : roleonly;
            }
        }
    }
    /* "Speaking at a think tank in Washington, National Security Adviser
     * Jane Roe said": the role right before the verb, past a comma after
     * the actor, is the subject; the actor is in a phrase before it
     * (test_roles.c, "fronted phrase") */
    if (best && roleonly && !c->opt.literal && roleonly->tok_start > best->tok_end && !roleonly->pronoun) {
        size_t q = roleonly->tok_end;
        while (q < head && tok_adverb(c, q)) {
            q++;
        }
        bool comma = false, finite = false;
        for (size_t k = best->tok_end; k < roleonly->tok_start; k++) {
            comma |= tok_punct(c, k, ',');
        }
        for (size_t k = cb; k < roleonly->tok_start; k++) {
            /* a phrase, not a clause ("Trump is shifting ..., experts
             * said" is what was said) */
            finite |= !mv_inside(mv, k) && !(c->t[k].flags & TF_CAP) &&
                      ((c->t[k].isverb && c->t[k].vform == VF_S) || is_aux(c, k) || is_quote_tok(c, k));
        }
        comma &= !finite;
        if (q == head && comma && roleonly->tok_start > cb && tok_punct(c, roleonly->tok_start - 1, ',')) {
            best = NULL;
        }
    }
    if (best && roleonly && !c->opt.literal && another_verbs_subject(c, mv, best, roleonly, head)) {
        best = fallback = NULL;   /* "Police detained 40 people as protesters rallied" */
    }
    /* "Police say a parked car bomb has exploded": what is said has its
     * own subject, no actor, after the verb of saying; the speaker did not
     * do it (test_roles.c, "said + a subject no actor") */
    if (best && !c->opt.literal && said_subject_not_actor(c, mv, best, head)) {
        best = NULL;
        fallback = roleonly = nobody = NULL;
    }
    if (best && !c->opt.literal && act_subject(c, mv, cb, head)) {
        best = NULL;   /* "India's construction of ports underlines": no speaker */
        fallback = roleonly = nobody = NULL;
    }
    if (fallback && roleonly && !c->opt.literal && comma_between(c, fallback, roleonly)) {
        fallback = NULL;   /* "In the province of Damascus, rebels shelled" */
    }
    const mention *pick = best ? best : fallback ? fallback : roleonly;
    if (nobody && (!pick || pick->tok_start < nobody->tok_start)) {
        return nobody;
    }
    return pick;
}

size_t roles_clause_begin(const truce_coder *c, size_t sb, size_t head)
{
    for (size_t q = head; q > sb; q--) {
        size_t u = q - 1;
        if (u > sb && tok_has(c, u, WC_BOUNDARY)) {
            /* "The ministry, which runs the prisons, refused ...", "Estonia,
             * a small but strong country, has launched ...": a relative
             * clause or an apposition set off by commas before the verb is
             * an aside; the verb's clause goes on before it */
            size_t open = u;
            while (open > sb && open + 8 > u && !tok_punct(c, open - 1, ',') &&
                   !tok_has(c, open - 1, WC_BOUNDARY)) {
                open--;
            }
            bool relative = open == u && (tok_is_word(c, u, "which") || tok_is_word(c, u, "who"));
            bool apposition = open < u && open > sb + 1 && (c->t[open - 2].flags & TF_CAP) &&
                              (tok_is(c, open, c->k->w.a) || tok_is(c, open, c->k->w.an) ||
                               tok_is(c, open, c->k->w.the));
            bool closed = false;
            for (size_t r = u + 1; r < head; r++) {
                closed |= tok_punct(c, r, ',');
            }
            if (open > sb && tok_punct(c, open - 1, ',') && closed && (relative || apposition)) {
                q = open - 1;   /* next: the word before the comma */
                continue;
            }
        }
        if (tok_punct(c, u, ';') || tok_punct(c, u, ':') || (is_quote_tok(c, u) && !quoted_word(c, u)) ||
            tok_has(c, u, WC_BOUNDARY)) {
            /* "that" right after a verb opens a complement; either way the
             * clause starts after it */
            return q;
        }
    }
    return sb;
}

size_t roles_clause_end(const truce_coder *c, size_t head, size_t se)
{
    static const char *const sums[] = {"charge", "charges", "claim", "claims", "accusation", "accusations",
        "allegation", "allegations", "assertion", "assertions", NULL};
    for (size_t q = head + 1; q < se; q++) {
        if ((c->t[q].flags & TF_QUOTE_OPEN) && q > head + 1 && c->t[q - 1].kind == TOK_WORD) {
            /* "called for a “total war” against X": a few words quoted
             * inside the clause, with no verb or stop, are a noun phrase
             * (test_roles.c, "scare quotes") */
            size_t e = q + 1;
            bool phrase = true;
            while (e < se && e < q + 6 && !(c->t[e].flags & TF_QUOTE_CLOSE) && phrase) {
                phrase = c->t[e].kind == TOK_WORD && !(c->t[e].isverb && c->t[e].vform != VF_NONE &&
                                                      c->t[e].vform != VF_BASE);
                e++;
            }
            if (phrase && e < se && e > q + 1 && (c->t[e].flags & TF_QUOTE_CLOSE) && e + 1 < se &&
                c->t[e + 1].kind == TOK_WORD) {
                q = e;
                continue;
            }
        }
        if (tok_punct(c, q, ';') || tok_punct(c, q, ':') || is_quote_tok(c, q) ||
            tok_has(c, q, WC_CLAUSE_END)) {
            return q;
        }
        /* "accused X of the attack, a charge X rejected": a noun phrase
         * that sums the clause up opens another (charge_owner) */
        if (tok_punct(c, q, ',') && q + 2 < se && (tok_is(c, q + 1, c->k->w.a) || tok_is(c, q + 1, c->k->w.an))) {
            for (const char *const *w = sums; *w; w++) {
                if (tok_is_word(c, q + 2, *w)) {
                    return q;
                }
            }
        }
    }
    return se;
}

/* Object: first mention after the verb in its clause, not a location.  A
 * role with no country ("demonstrators") counts only when roles_ok (the
 * caller can place it) and it is not the subject's own ("its troops"). */
const mention *roles_object(const truce_coder *c, const mvec *mv, size_t head, size_t ce,
                                  bool roles_ok)
{
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start <= head || m->tok_start >= ce) {
            continue;
        }
        if (!m->code[0] && (!m->sector[0] || !roles_ok)) {
            continue;
        }
        if ((!m->code[0] || m->placed) && tok_has(c, m->tok_start - 1, WC_POSSESSIVE)) {
            /* "strengthened its forces in Crimea": the subject's own */
            continue;
        }
        if (!m->code[0] && m->tok_end == m->tok_start + 1 && m->tok_end < ce) {
            /* "military aid", "police station": a singular role word
             * before a common noun is its modifier */
            const token *t = &c->t[m->tok_start], *n = &c->t[m->tok_end];
            if (c->text[t->end - 1] != 's' && !m->plural && !t->nlemma && n->kind == TOK_WORD && !(n->flags & TF_CAP) &&
                !is_prep(c, n->id) && !tok_adverb(c, m->tok_end) &&
                !tok_has(c, m->tok_end, WC_DETERMINER | WC_CLAUSE_END | WC_BOUNDARY | WC_DATE_WORD) &&
                !tok_is_word(c, m->tok_end, "and") && !tok_is_word(c, m->tok_end, "or")) {
                continue;
            }
        }
        if (!c->opt.literal && m->unknown) {
            return NULL;   /* "banned him" of a person no one codes: no target */
        }
        /* "banned him from politics": a person people.c resolved */
        if (m->pronoun && !((c->opt.tabari || (!c->opt.literal && !m->first_person)) && m->code[0])) {
            continue;
        }
        if (!c->opt.literal && clause_place_list(c, m)) {
            continue;   /* "between the towns of Bocaranga and Bazoum" */
        }
        if (!c->opt.literal && m->tok_start > head + 2 && tok_punct(c, m->tok_start - 1, ',') &&
            place_before(c, mv, head, m->tok_start - 1)) {
            continue;   /* "met in the C.A.R.'s capital, Bangui": a place */
        }
        size_t pv = m->tok_start - 1;
        size_t pp = tok_is(c, pv, c->k->w.the) && pv > 0 ? pv - 1 : pv;
        /* "fired tear gas at protesters": people are aimed at, not places */
        /* ... people of a country too ("at Palestinian demonstrators"), not
         * its institutions ("at the Israeli foreign ministry") */
        bool people = strlen(m->code) > 3 && m->kind != AK_CAPITAL && m->kind != AK_COUNTRY &&
                      strncmp(m->code + 3, "GOV", 3) != 0 && strncmp(m->code + 3, "LEG", 3) != 0 &&
                      strncmp(m->code + 3, "JUD", 3) != 0 && actor_is_country(m->code);
        bool aimed = !c->opt.literal && tok_is(c, pp, c->k->w.at) && (m->kind == AK_AGENT || m->person || people) &&
                     !clause_place_list(c, m);
        if (!c->opt.tabari && !aimed &&
            (tok_has(c, pv, WC_LOCATIVE) || (tok_is(c, pv, c->k->w.the) && pv > 0 && tok_has(c, pv - 1, WC_LOCATIVE)))) {
            /* a place, not a target; TABARI takes the first actor after
             * the verb, wherever it is */
            continue;
        }
        if (!c->opt.literal && m->code[0] && !m->pronoun && tok_is(c, m->tok_end, c->k->w.s)) {
            /* "signed an agreement with Turkey's rival Greece": the one the
             * possessor's noun names is the object (test_roles.c,
             * "possessor's") */
            size_t q = m->tok_end + 1;
            while (q < ce && q < m->tok_end + 4 && c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) &&
                   !is_prep(c, c->t[q].id) && !mv_inside(mv, q) && !tok_has(c, q, WC_DETERMINER | WC_BOUNDARY) &&
                   !(c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED))) {
                q++;
            }
            const mention *n = q > m->tok_end + 1 && q < ce ? mv_at2(mv, q, false, false) : NULL;
            if (n && n->tok_start == q && n->code[0] && !n->pronoun && !n->unknown) {
                return n;
            }
        }
        /* stop at another finite verb with its own subject */
        return m;
    }
    return NULL;
}

/* The part-of-speech lexicon's bits (LEX_*) of the lowercase word at
 * token i (0 for others). */
uint8_t roles_tok_lex(const truce_coder *c, size_t i)
{
    const token *n = &c->t[i];
    uint8_t key[64];
    ptrdiff_t kl = n->kind == TOK_WORD && !(n->flags & TF_CAP)
                       ? text_key(c->text + n->start, (ptrdiff_t)(n->end - n->start), key, sizeof key)
                       : -1;
    return kl > 0 ? kb_lex(c->k, key, kl) : 0;
}

/* Nouns whose infinitive says what they are ("the decision to act"). */
bool clause_content_noun(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"decision", "agreement", "deal", "plan", "plans", "effort", "efforts",
        "bid", "attempt", "attempts", "move", "pledge", "promise", "commitment", "right", "ability",
        "willingness", "readiness", "intention", "proposal", "resolution", "order", "orders", "call", "calls",
        "request", "offer", "threat", "vow", "campaign", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* Does the comma at token q go on a list of nouns ("fired tear gas,
 * rubber bullets, and stun grenades at protesters"), not open a clause:
 * items of a few lowercase words, no actor, date, verb of a clause,
 * joined by commas and a last "and" or "or", then a preposition? Where
 * that preposition is, else 0 (test_roles.c, "object list"). */
static size_t object_list_end(const truce_coder *c, size_t q, size_t ce)
{
    bool joined = false;
    for (size_t items = 0; q < ce && items < 6; items++) {
        size_t b = q + 1;
        if (b < ce && (tok_is(c, b, c->k->w.and_) || tok_is(c, b, c->k->w.or_))) {
            joined = true;
            b++;
        }
        size_t e = b;   /* the item: a few lowercase words, no verb of a clause */
        while (e < ce && e < b + 4 && c->t[e].kind == TOK_WORD && !(c->t[e].flags & TF_CAP) && !c->t[e].actor &&
               !is_prep(c, c->t[e].id) && !tok_has(c, e, WC_DATE_WORD | WC_BOUNDARY | WC_CLAUSE_END | WC_DETERMINER) &&
               !tok_adverb(c, e) && !tok_is(c, e, c->k->w.and_) && !tok_is(c, e, c->k->w.or_) &&
               !(c->t[e].isverb && (c->t[e].vform == VF_S || c->t[e].vform == VF_ED || is_aux(c, e)))) {
            e++;
        }
        if (e == b || e >= ce) {
            return 0;
        }
        if (joined) {
            return is_prep(c, c->t[e].id) ? e : 0;
        }
        if (tok_is(c, e, c->k->w.and_) || tok_is(c, e, c->k->w.or_)) {
            q = e - 1;   /* "rubber bullets and stun grenades": the last item next */
        } else if (!tok_punct(c, e, ',')) {
            return 0;
        } else {
            q = e;
        }
    }
    return 0;
}

/* Where the object of the verb whose pattern ends at token after may be,
 * before ce: not past a comma that opens another clause ("rejected the
 * warrant, telling journalists ...", "bans fishing ..., and in January it
 * approved ...", "eased measures in Montenegro, as authorities in Croatia
 * ...", "which the administration pulled out of, called a meeting of the
 * Security Council") (test_roles.c, "object"). */
size_t roles_object_end(const truce_coder *c, size_t after, size_t ce)
{
    for (size_t q = after + 1; q + 1 < ce; q++) {
        if (tok_is(c, q, c->k->w.to) && c->t[q + 1].vform == VF_BASE && c->t[q + 1].isverb &&
            !(c->t[q + 1].flags & TF_CAP) && q > after && clause_content_noun(c, q - 1)) {
            return q;   /* "the decision to act against X", "an agreement to combat X" */
        }
        if (tok_is_word(c, q, "what") || tok_is_word(c, q, "where") || tok_is(c, q, c->k->w.which) ||
            tok_is(c, q, c->k->w.who) || tok_is_word(c, q, "whom") || tok_is(c, q, c->k->w.while_) ||
            tok_is(c, q, c->k->w.when) || tok_is(c, q, c->k->w.because) || tok_is_word(c, q, "although") ||
            tok_is_word(c, q, "whereas") || tok_is(c, q, c->k->w.unless) || tok_is_word(c, q, "until")) {
            return q;   /* "rejects ... what Beijing considers", "in Montenegro where 28 people" */
        }
        if ((tok_is_word(c, q, "after") || tok_is_word(c, q, "before") || tok_is_word(c, q, "since")) &&
            q + 1 < ce && c->t[q + 1].isverb && c->t[q + 1].vform == VF_ING) {
            return q;   /* "to strengthen ties after meeting with X": another act's (test_roles.c, "object") */
        }
        if (!tok_punct(c, q, ',')) {
            continue;
        }
        size_t n = q + 1;
        size_t le = object_list_end(c, q, ce);
        if (le) {
            q = le - 1;   /* "fired tear gas, rubber bullets, and stun grenades at X" */
            continue;
        }
        if (tok_is(c, n, c->k->w.and_) || tok_is(c, n, c->k->w.but) || tok_is(c, n, c->k->w.or_) ||
            tok_is(c, n, c->k->w.as) || tok_has(c, n, WC_BOUNDARY | WC_CLAUSE_END) ||
            (c->t[n].isverb && c->t[n].vform != VF_NONE && !tok_has(c, n, WC_DETERMINER) &&
             !(c->t[n].flags & TF_CAP) && !c->t[n].actor)) {
            return q;
        }
    }
    return ce;
}

/* Is token i a dash ("-", an en or em dash)? */
bool roles_dash(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    const uint8_t *p = c->text + t->start;
    return t->kind == TOK_PUNCT && ((t->end - t->start == 1 && p[0] == '-') ||
                                    (t->end - t->start == 3 && p[0] == 0xE2 && p[1] == 0x80 &&
                                     (p[2] == 0x93 || p[2] == 0x94)));
}

/* "The United States warned ..., as Tehran rejected its offer": "its"
 * (or "their") before the object stands for an actor named before in the
 * sentence, not the subject: the act is aimed at it. NULL if none. */
/* Where the sentence holding token i starts (sb if none does). */
static size_t sentence_start(const truce_coder *c, size_t i, size_t sb)
{
    for (size_t k = 0; k < c->ns; k++) {
        if (c->s[k].tok_start <= i && i < c->s[k].tok_end) {
            return c->s[k].tok_start;
        }
    }
    return sb;
}

const mention *roles_possessor_of_object(const truce_coder *c, const mvec *mv, size_t sb, const mention *sm,
                                         size_t head, size_t oe)
{
    size_t q = head + 1;
    while (q < oe && q < head + 3 && tok_adverb(c, q)) {
        q++;
    }
    if (!sm || q >= oe || !(tok_is(c, q, c->k->w.its) || tok_is(c, q, c->k->w.their))) {
        return NULL;
    }
    /* only what one answers another for: "its offer", not "its navy" */
    static const char *const nouns[] = {"offer", "offers", "proposal", "proposals", "plan", "plans", "call",
        "calls", "demand", "demands", "request", "requests", "appeal", "appeals", "invitation", "ultimatum",
        "decision", "claim", "claims", "state", "independence", "sovereignty", "terms", "conditions", "bid",
        "accusation", "accusations", "allegations", "charges", NULL};
    bool answer = false;
    for (size_t n = q + 1; n < oe && n < q + 4 && !answer; n++) {
        for (const char *const *w = nouns; *w && !answer; w++) {
            answer = tok_is_word(c, n, *w);
        }
    }
    if (!answer) {
        return NULL;
    }
    const mention *owner = NULL;
    sb = sentence_start(c, head, sb);   /* past what a speaker said: "X warned ..., as Y rejected its offer" */
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_end <= sm->tok_start && m->tok_start >= sb && m->code[0] && !m->pronoun && !m->person &&
            strncmp(m->code, sm->code, 3) != 0 && !is_prep(c, m->prev_id)) {
            owner = m;   /* the last such actor before the subject */
        }
    }
    return owner;
}

/* "Pakistan accused India of ..., a charge New Delhi rejected": the
 * rejection (or denial) of a charge is aimed at who made it, the subject
 * of the clause the charge sums up. NULL if it is no such construction. */
const mention *roles_charge_owner(const truce_coder *c, const mvec *mv, size_t sb, const mention *sm, size_t head)
{
    if (!sm) {
        return NULL;
    }
    /* the whole sentence, not only what its speaker said ("X reiterated
     * the claim that ..., a charge Y rejected": X's) */
    sb = sentence_start(c, sm->tok_start, sb);
    if (sm->tok_start < sb + 3) {
        return NULL;
    }
    size_t q = sm->tok_start;
    if (tok_is(c, q - 1, c->k->w.that)) {
        q--;
    }
    static const char *const nouns[] = {"charge", "claim", "accusation", "allegation", "assertion", "report", NULL};
    bool noun = false;
    for (const char *const *w = nouns; *w && !noun; w++) {
        noun = tok_is_word(c, q - 1, *w);
    }
    if (!noun || !(tok_is(c, q - 2, c->k->w.a) || tok_is(c, q - 2, c->k->w.the)) || !tok_punct(c, q - 3, ',')) {
        return NULL;
    }
    (void)head;
    const mention *owner = NULL;
    for (size_t x = 0; x < mv->n && !owner; x++) {
        if (mv->v[x].tok_start >= sb && mv->v[x].tok_end <= q - 3 && (mv->v[x].code[0] || mv->v[x].sector[0]) &&
            !mv->v[x].pronoun && !is_prep(c, mv->v[x].prev_id)) {
            owner = &mv->v[x];   /* the first actor: the clause's subject */
        }
    }
    return owner && owner != sm && owner->code[0] && strncmp(owner->code, sm->code, 3) != 0 ? owner : NULL;
}
