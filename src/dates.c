/* dates.c — when: each event's date.
 *
 * The date expressions of a sentence (datexpr.c) are resolved against the
 * story's date; which event an expression dates is decided here, by where
 * it stands (tests in tests/unit/test_dates.c name these rules):
 *
 *  - It dates the clause it stands in, not the sentence: "Britain is
 *    seeking a deal after Trump said last month ..." dates the saying, not
 *    the seeking. A clause is opened by "that", "which", "who", "when",
 *    "while", "after", "before", "since", "until", "because", ... (the
 *    last four only when a verb follows: "after the talks" is a phrase of
 *    the clause it stands in) and closed by the end of the sentence, a
 *    semicolon, or (all but "that" after a verb) a comma or a dash. A head
 *    with no expression in its clause takes that of the clause it depends
 *    on ("X said on Friday that troops had killed ..."), but not from
 *    clauses that depend on it.
 *  - Before a noun it dates that noun ("the 2004 bombing", "Tuesday's
 *    announcement", "the Feb. 27 deportations"), and a verb only through
 *    its subject ("Saturday's blasts killed 63"). After "in", "during" it
 *    is a time of the clause again ("killed in the 2004 bombing").
 *  - After "since" (also "since the 1991 Gulf War": the noun's date) it
 *    starts a period: it dates a perfect ("has been",
 *    "have killed": the period is the act), not a simple past ("shot down
 *    a helicopter, the first since March"). After "before", "after",
 *    "until", "by", "from", "to", "as of" it is a bound and dates nothing.
 *  - A past act in a "since" clause with no date of its own ("since the
 *    war began", "since Russia invaded") is background: no date, and
 *    historical. "N days after X": X's events are N days before the clause
 *    "after" depends on ("six months", "20 years after X": X's month,
 *    year). "DATE, when X": DATE dates X.
 *  - A plan ("will meet on Friday", "is due to travel in January") is not
 *    dated by the day it is planned for: that is after the story, so the
 *    plan takes the date of what it depends on, or the story's.
 *  - An expression right after a verb of saying dates the saying ("warned
 *    Wednesday that ...", "told VOA on Sunday ..."), though what follows is
 *    what was said.
 *
 *  - A "when" clause before the main verb (or a "before"/"after" one
 *    dated a week or longer), or a "when", "while", "as" clause after a
 *    past act with its day ("were killed when gunmen stormed the prison
 *    on Wednesday"), dates the main clause ("Before concluding
 *    ... last week, the prosecutor read out ..."); a fronted participle
 *    ("Asked ... Monday if ..., Rubio said") is the saying's time. These
 *    linked clauses, and the relative ones below, are read in datelink.c.
 *  - Background with no time phrase has no date and is historical: a
 *    standing measure in the present perfect past the lead ("have
 *    designated X a terrorist group"), a habit ("has long accused"), a
 *    state ("stands accused"), "recently visited", "newly acquired"
 *    (background_state, attributive_participle), "recent bombings"
 *    (past_noun), a past perfect the story tells itself ("Israel had
 *    captured Sinai in that war"; not what a speaker reports, nor one a
 *    "when" clause sets in the news's time: told_pluperfect; violence
 *    after the lead's incident is that incident, dates_reported_violence),
 *    an act told in an utterance of the past ("In an earlier statement,
 *    X said": earlier_utterance), a past act of someone named by a past
 *    office ("Then-prime minister X was wounded": past_office).
 *    A clause that fills a past period of a year or more,
 *    or long ago with no year ("a war that lasted three years and killed
 *    ...", "years ago", "in the 1990s"), is background too.
 *  - A present perfect of a relative clause ("fighting that has killed
 *    100 people") runs up to the story's day, not to the time of the
 *    clause it describes. A time in a participle phrase set off by commas
 *    ("The president, elected in 2015, condemned ...") tells of the noun
 *    before it (parenthetical). A past act "in" an incident a relative
 *    clause dates ("in an assault that started early Monday") takes that
 *    day (incident_rel_date). A past act "previously", "formerly",
 *    "originally" done, with no time of its own, is background.
 *  - A past act of a relative clause set off by a comma, with no time of
 *    its own, that describes a clause in the present or the perfect ("The
 *    junta, which expelled French troops, is seeking Russian help") is
 *    background (rel_background).
 *  - A relative clause's past act with an "after" clause of its own dated
 *    a month or longer, long past, takes that date, not the main clause's
 *    ("The general, who resigned after being defeated in 2013, denied
 *    ... Thursday").
 *  - A time in a noun phrase in apposition, set off by commas before the
 *    verb ("X, the candidate in last week's elections, rejected ..."),
 *    tells of its noun (appositive). A relative clause's past act that
 *    describes the noun of a relative clause in the present ("Britain and
 *    France, which remain parties to the deal, which Washington pulled
 *    out of, called a meeting Wednesday") is background (rel_background).
 *  - A trailing "before" clause dated by a day of the past week dates the
 *    past act it follows ("killed 23 before the rest withdrew on Monday
 *    evening"). After a semicolon, the past act that opens the clause
 *    goes on with the time of the clause before it ("... four dead on
 *    Monday; two were killed by police"); a clause after it that opens
 *    with "this" and tells what the act brought about dates it ("X
 *    stormed the base; this resulted in a battle on Saturday"; datelink.c).
 *    A past progressive takes its trailing "when" clause's time as a
 *    simple past does ("were patrolling ... when a bomb hit their truck
 *    on Sunday"). A weekday's own rite ("after Friday prayers") dates the
 *    clause it stands in (datexpr.c). "that" after a verb, before a noun
 *    and no verb group, is a determiner ("reiterated that denial ...
 *    Sunday morning": the verb's day; dateclause.c).
 *  - In an interview's transcript (labelled turns of a dialogue, "VOA:
 *    ... ? Armitage: ..."), a past act with no time of its own is
 *    background (datestory.c: transcript_start). A month's or a week's
 *    time after an occasion's noun ("During a visit ... last month") takes
 *    the one day the story names for that noun (daterefine.c).
 *
 * An event whose sentence has no date for it takes, if it is a past act,
 * the date of an earlier sentence's event it continues (dates_continues:
 * the rule is written there, in datestory.c; "There," takes the sentence
 * before's date; a saying of the same speaker after a dated one takes its
 * date, and so does what it reports; so does a saying after a link word,
 * "In response, X said", and an act that answers ("X retaliated by
 * raising duties"); a saying the same speaker "added" to on a day
 * takes that day), else the story's; "killed in the attack", "During the
 * raid, ..." take the date of the latest recent incident the story dated,
 * and so does an act of violence a speaker reports or the pluperfect
 * tells ("the group said it had blown up the tracks") in a sentence that
 * names no time, if the story's lead dated that incident, and no later
 * one was told since (an earlier one told after the lead is what led to
 * it; dates_reported_violence). A present ("is using", "says") is not dated
 * by a time of its own clause over a week past. No event
 * is dated after its story; an event whose period ends over 30 days before the story is
 * historical. The sentence's tokens come from text.c and the coder.
 */
#include "dates.h"


/* ---- the head ------------------------------------------------------------ */

/* The head used as a noun ("the attack", "Saturday's blasts")? */
static bool head_noun(const truce_coder *c, size_t sb, size_t head)
{
    if (c->t[head].vform == VF_NONE || !c->t[head].isverb) {
        return true;
    }
    bool floated = head > sb + 1 &&
                   (tok_is_word(c, head - 1, "both") || tok_is_word(c, head - 1, "all") || tok_is_word(c, head - 1, "each")) &&
                   (is_aux(c, head - 2) || (c->t[head - 2].flags & TF_CAP) || tok_has(c, head - 2, WC_PRONOUN));
    if (head > sb && !floated && (tok_has(c, head - 1, WC_DETERMINER) || tok_is(c, head - 1, c->k->w.s) ||
                                  is_prep(c, c->t[head - 1].id))) {
        /* ("have both designated", "X and Y all offered": a quantifier
         * floated after the auxiliary or the subject; golden recall-floating) */
        /* (but "ready to support": an infinitive) */
        return !(c->t[head].vform == VF_BASE && tok_is(c, head - 1, c->k->w.to));
    }
    /* "in suicide attacks", "past attacks": a plural after a modifier
     * that follows a preposition, or after an adjective of time */
    if (c->t[head].vform == VF_S && head > sb && c->t[head - 1].kind == TOK_WORD && !c->t[head - 1].isverb &&
        !tok_has(c, head - 1, WC_PRONOUN) &&
        ((head > sb + 1 && (is_prep(c, c->t[head - 2].id) || tok_has(c, head - 2, WC_DETERMINER) ||
                            tok_is_word(c, head - 2, "and") || tok_is_word(c, head - 2, "or"))) ||
         head == sb + 1 || tok_is_word(c, head - 1, "past") || tok_is_word(c, head - 1, "previous"))) {
        return true;
    }
    return false;
}

/* The auxiliary of the verb group of head ("has", "had", "will"), skipping
 * adverbs and "been"; SIZE_MAX if none. */
static size_t head_aux(const truce_coder *c, size_t sb, size_t head)
{
    size_t p = dates_before_adverbs(c, sb, head);
    if (p > sb && tok_is_word(c, p - 1, "been")) {
        p = dates_before_adverbs(c, sb, p - 1);
    }
    return p > sb && is_aux(c, p - 1) ? p - 1 : SIZE_MAX;
}

/* A perfect: "has killed", "have been killed", "had fought". */
static bool head_perfect(const truce_coder *c, size_t sb, size_t head)
{
    size_t a = head_aux(c, sb, head);
    return a != SIZE_MAX && c->t[a].vlemma == c->k->w.have;
}

/* A present perfect: "has killed", "have been detained" (not "had"). */
static bool head_present_perfect(const truce_coder *c, size_t sb, size_t head)
{
    size_t a = head_aux(c, sb, head);
    return c->t[head].vform == VF_ED && a != SIZE_MAX && (tok_is_word(c, a, "has") || tok_is_word(c, a, "have"));
}

/* Is the present perfect at head set in a period since a time the text
 * does not date: "Since then, the junta has expelled ...", "Since the
 * coup, the army has arrested ..." (a phrase opening the sentence, no
 * verb and no date in it: "Since January, ..." dates the period's start,
 * and a "since" clause is read in dates_event), or "has since been
 * freed"? Background, no day of its own: 1; else 0 (test_dates.c:
 * "since"). */
static bool undated_since(const truce_coder *c, const sinfo *si, size_t sb, size_t head)
{
    if (head <= sb + 2 || c->t[head].vform != VF_ED) {
        return false;
    }
    size_t a = head - 1;
    if (tok_is_word(c, a, "been") && a > sb + 1) {
        a--;
    }
    if (tok_is_word(c, a, "since") && (tok_is_word(c, a - 1, "has") || tok_is_word(c, a - 1, "have"))) {
        return true;   /* "has since been released", "have since fled" */
    }
    if (!tok_is_word(c, sb, "since") || !head_present_perfect(c, sb, head)) {
        return false;
    }
    size_t q = sb + 1;
    while (q < head && q < sb + 9 && !tok_punct(c, q, ',')) {
        if (c->t[q].isverb && c->t[q].vform != VF_NONE && !(c->t[q].flags & TF_CAP)) {
            return false;   /* a clause: "Since the war began, ..." */
        }
        q++;
    }
    if (q >= head || !tok_punct(c, q, ',')) {
        return false;
    }
    for (size_t k = 0; k < si->n_dates; k++) {
        if (si->dates[k].tok >= sb && si->dates[k].tok < q) {
            return false;   /* "Since January, ..." */
        }
    }
    /* "Since then, ...": a time the sentence before gave, or the story's
     * (a judge reads "Since then, protesters have demanded" as news) */
    return !(q == sb + 2 && tok_is_word(c, sb + 1, "then"));
}

/* A plan or a possibility: "will meet", "is due to travel", "is set to
 * vote", "plans to visit", "could attack". */
bool dates_plan(const truce_coder *c, size_t sb, size_t head)
{
    size_t p = dates_before_adverbs(c, sb, head);
    if (p > sb && tok_has(c, p - 1, WC_MODAL)) {
        return true;
    }
    /* "is due to travel", "plans to visit", "agreed to meet", "is to
     * meet"; not "used tear gas to disperse", "failed to reach" */
    if (p > sb + 1 && tok_is(c, p - 1, c->k->w.to)) {
        size_t q = p - 2;
        /* (the grammar's schedule words: "is set to vote", "is expected to
         * meet", "is poised to sign") */
        return tok_has(c, q, WC_INTENT | WC_SCHEDULE) || is_be(c, q) || tok_is_word(c, q, "about");
    }
    return false;
}

/* A past act: "killed", "had killed" (not "has killed": it is news). */
static bool head_past(const truce_coder *c, size_t sb, size_t head)
{
    if (c->t[head].vform != VF_ED) {
        return false;
    }
    size_t a = head_aux(c, sb, head);
    if (a == SIZE_MAX) {
        return true;
    }
    return tok_is_word(c, a, "had") || tok_is_word(c, a, "was") || tok_is_word(c, a, "were");
}

/* A past progressive: "were patrolling", "was driving". */
static bool head_past_progressive(const truce_coder *c, size_t sb, size_t head)
{
    if (c->t[head].vform != VF_ING || !c->t[head].isverb) {
        return false;
    }
    size_t p = dates_before_adverbs(c, sb, head);
    return p > sb && (tok_is_word(c, p - 1, "was") || tok_is_word(c, p - 1, "were"));
}

/* A gerund saying how a past act was done: "retaliated by raising
 * duties" (the act is the past verb's). */
static bool by_past(const truce_coder *c, size_t sb, size_t head)
{
    return c->t[head].vform == VF_ING && head >= sb + 2 && tok_is_word(c, head - 1, "by") &&
           c->t[head - 2].vform == VF_ED && dates_finite(c, sb, head - 2);
}

/* A present: "says", "is holding", "is using to import" (the verb a "to"
 * infinitive depends on). */
static bool head_present(const truce_coder *c, size_t sb, size_t head)
{
    size_t v = head;
    if (c->t[v].vform == VF_BASE && v > sb + 1 && tok_is(c, v - 1, c->k->w.to)) {
        v -= 2;   /* "is using to import" */
    }
    if (!c->t[v].isverb) {
        return false;
    }
    if (c->t[v].vform == VF_S) {
        return dates_finite(c, sb, v);
    }
    if (c->t[v].vform == VF_ING) {
        size_t p = dates_before_adverbs(c, sb, v);
        return p > sb && (tok_is_word(c, p - 1, "is") || tok_is_word(c, p - 1, "are") || tok_is_word(c, p - 1, "am"));
    }
    return false;
}

/* May expression x date the head at head (in the clause being looked at)? */
static bool expr_fits(const truce_coder *c, size_t sb, const date_expr *x, size_t head, bool noun, bool plan)
{
    truce_day story = c->st->date;
    if (x->period) {
        return !plan;   /* "a war that lasted three years and killed ...": background */
    }
    if (x->day == TRUCE_NODAY && x->attach != DA_SINCE && x->attach != DA_NOUN) {
        return false;
    }
    if (story != TRUCE_NODAY && x->day != TRUCE_NODAY && x->day > story) {
        return false;   /* after the story: a plan's day, dating nothing */
    }
    if (plan && x->deictic && x->tok > head) {
        return false;   /* "will meet on Friday": next Friday */
    }
    switch (x->attach) {
    case DA_CLAUSE:
        /* "has offered ... in 1988": a present perfect is not dated by a
         * time long past (that is another verb's, "blowing up a plane in
         * 1988") */
        if (!noun && story != TRUCE_NODAY && story - dates_period_last(x->day, x->prec) > 30) {
            size_t a = head_aux(c, sb, head);
            if (a != SIZE_MAX && (tok_is_word(c, a, "has") || tok_is_word(c, a, "have"))) {
                return false;
            }
        }

        return true;
    case DA_SINCE:
        if (!noun) {
            return head_perfect(c, sb, head);
        }
        /* "have been killed in suicide attacks since 2009" */
        for (size_t q = x->tok_end < head ? x->tok_end : sb; q < head; q++) {
            if (is_aux(c, q) && c->t[q].vlemma == c->k->w.have) {
                return true;
            }
        }
        return false;
    case DA_NOUN:
        if (x->tok_end > head) {
            /* a well-known event's phrase names its own noun: "the October
             * 7 attack" (data/events.tsv) */
            return head >= x->tok && x->day != TRUCE_NODAY;
        }
        /* the noun after it ("the 2004 bombing"), or a verb's subject
         * ("Saturday's blasts killed") */
        for (size_t q = x->tok_end; q < head; q++) {
            if (tok_punct(c, q, ',') || clause_stop(c, q) || dates_dash(c, q) ||
                (!noun && q > x->tok_end + 1 && c->t[q].isverb && c->t[q].vform == VF_ED &&
                 !(c->t[q].flags & TF_CAP))) {
                return false;
            }
        }
        return noun ? head - x->tok_end <= 4 : head - x->tok_end <= 8;
    default:
        return false;
    }
}

/* The quotation a token stands in (the index of its opening mark), or
 * SIZE_MAX. */
size_t dates_quote_of(const truce_coder *c, size_t sb, size_t tok)
{
    size_t open = SIZE_MAX;
    for (size_t q = sb; q < tok; q++) {
        if (c->t[q].flags & TF_QUOTE_OPEN) {
            open = q;
        } else if (c->t[q].flags & TF_QUOTE_CLOSE) {
            open = SIZE_MAX;
        }
    }
    return open;
}

/* A finite verb at q ("killed", "says", "was"), not a participle or noun
 * ("the proposed deal", "Armenian sides", "a court"). */
bool dates_finite(const truce_coder *c, size_t sb, size_t q)
{
    const token *t = &c->t[q];
    if (is_aux(c, q) && !tok_has(c, q, WC_DETERMINER)) {
        return true;
    }
    if (!t->isverb || (t->flags & TF_CAP) || (t->vform != VF_ED && t->vform != VF_S)) {
        return false;
    }
    if (q > sb && (tok_has(c, q - 1, WC_DETERMINER) || tok_is(c, q - 1, c->k->w.s) || is_prep(c, c->t[q - 1].id))) {
        return false;
    }
    return t->vform == VF_ED || !dates_mostly_noun(c, q);
}

/* A verb of saying whose first object is whom it tells: "told VOA",
 * "informed the council", "assured reporters", "briefed lawmakers". */
static bool tells_someone(const truce_coder *c, size_t v)
{
    static const char *const tell[] = {"told", "tells", "tell", "informed", "assured", "reminded", "briefed",
                                       "warned", "notified", "urged", "asked"};
    for (size_t q = 0; q < sizeof tell / sizeof *tell; q++) {
        if (tok_is_word(c, v, tell[q])) {
            return true;
        }
    }
    return false;
}

/* Is the expression x, inside the range of what a verb of saying reports,
 * the date of the saying after all? "warned Wednesday that ...", "told
 * VOA's Korean Service on Monday ...": right after the verb, no verb
 * between. */
static bool dates_saying(const truce_coder *c, const headinfo *h, const date_expr *x)
{
    if (h->excl_b != h->head + 1 || x->tok > h->head + 15) {
        return false;
    }
    bool open = false;
    for (size_t q = h->head + 1; q < x->tok; q++) {
        if (c->t[q].flags & (TF_QUOTE_OPEN | TF_QUOTE_CLOSE)) {
            /* a quoted word ('announced a "separation" in 2016') */
            open = (c->t[q].flags & TF_QUOTE_OPEN) != 0;
            continue;
        }
        if (tok_is(c, q, c->k->w.that) || tok_punct(c, q, ',') || clause_stop(c, q) || dates_finite(c, h->sb, q)) {
            return false;
        }
    }
    if (open) {
        return false;
    }
    if (x->tok > h->head + 1 && !tells_someone(c, h->head)) {
        /* "reports indicated two attacks in 2013 had involved ...": a
         * noun and its time, then a verb, are what is said (its
         * subject), not whom it was said to ("told VOA on Monday the
         * army had ..."; test_dates.c: "said Monday") */
        for (size_t q = x->tok_end; q < h->se && q < x->tok_end + 12; q++) {
            if (tok_is(c, q, c->k->w.that) || tok_punct(c, q, ',') || clause_stop(c, q) || is_quote_tok(c, q)) {
                break;
            }
            if (dates_finite(c, h->sb, q)) {
                return false;
            }
        }
    }
    return true;
}

/* Is [l, r), set off by commas, a noun phrase in apposition to the noun
 * before it, right before the clause's finite verb: "Maria Lopez, the
 * candidate in last week's elections, rejected the results", "Ahmed, a
 * survivor of the raid on Monday, told VOA ..."? A time in it tells of
 * the noun, not of the verb (test_dates.c: "parenthetical"). It opens
 * with a determiner or a possessive, holds no finite verb, and names no
 * unit of time before the time xt (", a day after X," is a time itself). */
static bool appositive(const truce_coder *c, const headinfo *h, size_t l, size_t xt, size_t r)
{
    if (!(tok_has(c, l, WC_DETERMINER | WC_POSSESSIVE)) || c->t[l - 2].kind != TOK_WORD ||
        tok_has(c, l - 2, WC_ADVERB) || c->t[l - 2].isverb) {
        return false;
    }
    for (size_t q = l; q < r; q++) {
        uint8_t prec;
        if (is_quote_tok(c, q) || (c->t[q].isverb && c->t[q].vform != VF_NONE && dates_finite(c, h->sb, q)) ||
            (q < xt && dates_unit(c, q, &prec) >= 0)) {
            return false;   /* (", a day after elders pledged ...": a time itself) */
        }
    }
    size_t v = r + 1;
    while (v < h->se && tok_has(c, v, WC_ADVERB)) {
        v++;
    }
    return v < h->se && dates_finite(c, h->sb, v);
}

/* Does expression x stand in a phrase set off by commas that opens with a
 * past participle ("The president, elected in 2015, condemned ...", "the
 * group, founded in 1993 by exiles, attacked ...", "the release of X,
 * arrested earlier this month, ..."), with the head outside it? Then it
 * tells of the noun before, not when the head happened. The participle
 * takes no object ("X, backed by Y, launched an assault on Wednesday":
 * a predicate), is no belief ("Explosions, believed to have been set off
 * on Wednesday, killed ...": the act itself), and the clause has its
 * finite verb before the phrase or right after it (test_dates.c:
 * "parenthetical"). Or a noun phrase in apposition (appositive). */
static bool parenthetical(const truce_coder *c, const headinfo *h, const date_expr *x)
{
    size_t l = x->tok, r = x->tok_end;
    while (l > h->sb && !tok_punct(c, l - 1, ',') && !clause_stop(c, l - 1) && x->tok - l < 12) {
        l--;
    }
    while (r < h->se && !tok_punct(c, r, ',') && !clause_stop(c, r) && r - x->tok_end < 12) {
        r++;
    }
    if (l <= h->sb + 1 || !tok_punct(c, l - 1, ',') || r + 1 >= h->se || !tok_punct(c, r, ',') ||
        (h->head >= l - 1 && h->head <= r)) {
        return false;
    }
    if (x->tok > l + 1 && appositive(c, h, l, x->tok, r)) {
        return true;   /* "X, the candidate in last week's elections, rejected" */
    }
    size_t p = l;
    while (p < x->tok && tok_has(c, p, WC_ADVERB)) {
        p++;   /* ", later elected in 2015," */
    }
    if (p >= x->tok || !c->t[p].isverb || c->t[p].vform != VF_ED || (c->t[p].flags & TF_CAP) ||
        tok_has(c, p, WC_BELIEF | WC_READING | WC_REPORT)) {
        return false;
    }
    /* no object: a preposition, an adverb or the time right after it */
    if (!(p + 1 == x->tok || is_prep(c, c->t[p + 1].id) || tok_has(c, p + 1, WC_ADVERB))) {
        return false;
    }
    /* the clause's finite verb right after the phrase ("..., condemned") */
    size_t v = r + 1;
    while (v < h->se && tok_has(c, v, WC_ADVERB)) {
        v++;
    }
    if (v < h->se && dates_finite(c, h->sb, v)) {
        return true;
    }
    /* or before it, not in a relative clause ("X, which is ..., fled") */
    bool rel = false;
    for (size_t q = h->sb; q + 1 < l; q++) {
        if (q == h->sb || tok_punct(c, q - 1, ',')) {
            rel = tok_is_word(c, q, "which") || tok_is_word(c, q, "who") || tok_is_word(c, q, "whom") ||
                  tok_is_word(c, q, "whose") || tok_is_word(c, q, "where") || tok_is(c, q, c->k->w.that);
        }
        if (!rel && dates_finite(c, h->sb, q)) {
            return true;
        }
    }
    return false;
}

/* The expression of clause cl nearest the head that may date it, or NULL. */
static const date_expr *clause_best(const truce_coder *c, const sinfo *si, const clauses *cs, const headinfo *h,
                                    uint8_t cl)
{
    const date_expr *best = NULL;
    size_t bestd = SIZE_MAX;
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        if (dates_clause_of(cs, d->tok) != cl) {
            continue;
        }
        /* what was said is not dated by when it was said */
        if (d->tok >= h->excl_b && d->tok < h->excl_e && !dates_saying(c, h, d)) {
            continue;
        }
        /* a time a speaker gives in a quotation dates what is quoted */
        size_t qd = dates_quote_of(c, h->sb, d->tok);
        if (qd != SIZE_MAX && qd != h->quote) {
            continue;
        }
        if (!expr_fits(c, h->sb, d, h->head, h->noun, h->plan) || (d->attach == DA_CLAUSE && parenthetical(c, h, d))) {
            continue;
        }
        /* "ships named in January articles that Tehran is using to
         * import ...": a present is not dated by a time of its own clause
         * over a week past (one of the clause it depends on is the time it
         * was said: "asserting on Jan. 23 that China abides by ...") */
        if (d->attach == DA_CLAUSE && !h->noun && cl == dates_clause_of(cs, h->head) &&
            !(d->tok < h->head && d->tok <= h->sb + 2) &&   /* (but "In 1971, a nurse meets ...") */
            c->st->date != TRUCE_NODAY && d->day != TRUCE_NODAY &&
            c->st->date - dates_period_last(d->day, d->prec) > 7 && head_present(c, h->sb, h->head)) {
            continue;
        }
        size_t dist = d->tok > h->head ? d->tok - h->head : h->head - d->tok;
        if (d->attach == DA_NOUN && !h->noun) {
            dist += 1000;   /* a subject's date only when the clause has none */
        }
        if (dist < bestd) {
            bestd = dist;
            best = d;
        }
    }
    return best;
}

/* What a verb of saying reports before it, "..., X said", is not what it
 * reports when it has no verb of its own ("Last month, Trump said ...")
 * or opens with a participle ("Speaking to lawmakers on Monday, Starmer
 * said ...", "Asked on Monday whether ..., he said"): times of the
 * saying. */
static bool fronted_phrase(const truce_coder *c, size_t sb, size_t b, size_t e, size_t head)
{
    if (e > head || b >= e) {
        return false;
    }
    if (b == sb && c->t[b].isverb && (c->t[b].vform == VF_ED || c->t[b].vform == VF_ING) &&
        !is_quote_tok(c, b)) {
        /* "Asked by VOA while en route Monday if ..., Rubio said": a
         * participle opens no reported speech (tests/unit/test_dates.c:
         * "fronted") */
        return true;
    }
    for (size_t q = b; q <= e && q < head; q++) {
        if (is_quote_tok(c, q)) {
            return false;
        }
    }
    for (size_t q = b; q < e; q++) {
        if (dates_finite(c, b, q)) {
            return false;
        }
    }
    return true;
}

/* A standing state named before a noun, not an act of the news: "a
 * U.S.-designated terrorist group", "Iran-backed militias" (the word
 * after it a noun), "the newly acquired missiles". */
static bool attributive_participle(const truce_coder *c, size_t sb, size_t head)
{
    if (head > sb && c->t[head].vform == VF_ED && tok_is_word(c, head - 1, "newly")) {
        return true;   /* "the newly acquired missiles" */
    }
    return head > sb + 1 && c->t[head].vform == VF_ED && tok_is(c, head - 1, c->k->w.dash) &&
           !(c->t[head - 1].flags & TF_SPACE_BEFORE) && !(c->t[head].flags & TF_SPACE_BEFORE) &&
           head + 1 < c->nt && c->t[head + 1].kind == TOK_WORD && !c->t[head + 1].isverb;
}

/* A noun of past acts: "past attacks", "previous clashes", "recent
 * bombings" (test_dates.c: "past attacks"). */
static bool past_noun(const truce_coder *c, size_t sb, size_t head)
{
    for (size_t q = head; q > sb && q + 3 > head; q--) {
        if (tok_is_word(c, q - 1, "past") || tok_is_word(c, q - 1, "previous") || tok_is_word(c, q - 1, "earlier") ||
            tok_is_word(c, q - 1, "prior")) {
            return true;
        }
        if (tok_is_word(c, q - 1, "recent") && c->text[c->t[head].end - 1] == 's') {
            return true;   /* "recent bombings", not "the recent bombing" */
        }
    }
    return false;
}

/* A past act of a relative clause set off by a comma that tells the story
 * of someone or something ("Kabila, who seized Congo in a war, faces
 * ...", "Attacks in Paris, in which gunmen killed 17 people, have put
 * Europe on alert"), with no time of its own, when the clause it
 * describes is in the present or the perfect ("faces", "have put", "is"):
 * background, not the news's day (test_dates.c: "relative background").
 * Not when that clause is past (the act is then told with it: "The
 * gunman, who fled the scene, was arrested on Monday"), a saying ("Police
 * say the man, who attacked ..."), or speech. */
static bool rel_background(const truce_coder *c, const sinfo *si, const clauses *cs, const headinfo *h,
                           uint8_t own, const evctx *x)
{
    if (own == 0 || cs->cl[own].parent != 0 || x->speaker || h->quote != SIZE_MAX ||
        c->t[h->head].vform != VF_ED || head_aux(c, h->sb, h->head) != SIZE_MAX) {
        return false;
    }
    size_t b = SIZE_MAX;
    for (size_t q = 0; q < cs->n_sp; q++) {
        if (cs->sp[q].cl == own && cs->sp[q].b < b) {
            b = cs->sp[q].b;
        }
    }
    if (b == SIZE_MAX || b <= h->sb + 1 || b >= h->head ||
        !(tok_is_word(c, b, "who") || tok_is_word(c, b, "which") || tok_is_word(c, b, "whom"))) {
        return false;
    }
    size_t p = is_prep(c, c->t[b - 1].id) ? b - 1 : b;   /* ", in which" */
    if (p <= h->sb + 1 || !tok_punct(c, p - 1, ',')) {
        return false;
    }
    /* the clause of the noun it describes: the main one, or a relative
     * clause set off by commas before it ("Britain and France, which
     * remain parties to the deal, which Washington pulled out of, called
     * a meeting Wednesday": the act is the deal's past, whatever the
     * meeting's day) */
    uint8_t par = dates_clause_of(cs, p - 2);
    if (par != 0 && (par == NO_CLAUSE || par == own || cs->cl[par].kind != CL_REL)) {
        return false;
    }
    for (size_t k = 0; k < si->n_dates && par == 0; k++) {
        const date_expr *d = &si->dates[k];
        if (dates_clause_of(cs, d->tok) == 0 && d->attach == DA_CLAUSE && d->day != TRUCE_NODAY &&
            c->st->date != TRUCE_NODAY && c->st->date - dates_period_last(d->day, d->prec) <= 7) {
            return false;   /* "killed by shelling today, which also wounded 17": the same incident */
        }
    }
    /* the described clause's first finite verb */
    for (size_t q = h->sb; q < h->se; q++) {
        if (dates_clause_of(cs, q) != par || (q > h->sb && tok_is(c, q - 1, c->k->w.to))) {
            continue;
        }
        if (is_quote_tok(c, q) || (modality_saying_verb(c, q) && c->t[q].isverb &&
                                   !(q > h->sb && tok_has(c, q - 1, WC_DETERMINER)))) {
            return false;   /* ("Officials say the junta, which ...") */
        }
        bool state = tok_is_word(c, q, "is") || tok_is_word(c, q, "are") || tok_is_word(c, q, "has") ||
                     tok_is_word(c, q, "have") || tok_is_word(c, q, "remains") ||
                     /* ("which remain parties": the tagger's noun) */
                     (tok_is_word(c, q, "remain") && q > h->sb && tok_is_word(c, q - 1, "which"));
        if (!state && !dates_finite(c, h->sb, q)) {
            continue;
        }
        return state || (c->t[q].vform == VF_S && !is_aux(c, q));
    }
    return false;
}

/* Is sentence k one of the story's lead, its first two after the
 * headline? The lead tells the news; background comes after it. */
bool dates_lead_sentence(const truce_coder *c, size_t k)
{
    size_t body = c->st ? c->st->body_offset : 0, n = 0;
    for (size_t j = 0; j < k && j < c->ns; j++) {
        if (c->t[c->s[j].tok_start].start >= body) {
            n++;
        }
    }
    return n < 2;
}

/* A state or a past the text tells as background, with no time phrase for
 * it (tests/unit/test_dates.c: "background"):
 *   - a standing measure in the present perfect past the lead ("Both
 *     states have designated the group a terrorist organisation", "has
 *     barred three other officials": the grammar's standing class);
 *   - a habit in the perfect ("has long accused", "have always said",
 *     "has repeatedly called for") or the simple present ("routinely
 *     deny"); a standing charge past the lead ("have accused X of ...");
 *   - a state: "stands accused of", "remains banned" (not a stance,
 *     "remains committed to peace");
 *   - a past act "recently" done ("Putin recently visited China"), or
 *     "previously", "formerly", "originally" ("had previously accused").
 * "has killed 12 people", "has barred the envoy on Tuesday" are news. */
static bool background_state(const truce_coder *c, size_t sb, size_t sent, size_t head)
{
    if (c->t[head].isverb && (c->t[head].vform == VF_S || c->t[head].vform == VF_BASE) && head > sb &&
        tok_has(c, head - 1, WC_HABITUAL) && !tok_is_word(c, head - 1, "long")) {
        /* a habit in the simple present: "routinely deny", "often
         * accuses" (not "will often meet", "to regularly visit") */
        size_t p = head - 1;
        return !(p > sb && (tok_has(c, p - 1, WC_MODAL) || tok_is(c, p - 1, c->k->w.to) || is_aux(c, p - 1)));
    }
    if (c->t[head].vform != VF_ED || !c->t[head].isverb) {
        return false;
    }
    size_t p = dates_before_adverbs(c, sb, head);
    bool habit = false;
    for (size_t q = head; q > sb && q + 4 > head; q--) {
        if (tok_has(c, q - 1, WC_HABITUAL)) {
            habit = true;
            p = dates_before_adverbs(c, sb, q - 1);
            break;
        }
        if (!tok_has(c, q - 1, WC_ADVERB)) {
            break;
        }
    }
    if (p > sb && (tok_is_word(c, p - 1, "has") || tok_is_word(c, p - 1, "have"))) {
        return habit || (tok_has(c, head, WC_STANDING) && !dates_lead_sentence(c, sent));
    }
    if (p > sb && (tok_is_word(c, p - 1, "stands") || tok_is_word(c, p - 1, "stand") ||
                   tok_is_word(c, p - 1, "remains") || tok_is_word(c, p - 1, "remain"))) {
        /* "stands accused", "remains banned"; not a stance, "remains
         * committed to peace" */
        return tok_has(c, head, WC_STANDING | WC_STATUS) || tok_is_word(c, head, "accused") ||
               tok_is_word(c, head, "charged") || tok_is_word(c, head, "indicted");
    }
    /* "previously accused", "had formerly ruled", "was originally
     * captured": before the news, whatever the tense */
    if (head > sb && (tok_is_word(c, head - 1, "previously") || tok_is_word(c, head - 1, "formerly") ||
                      tok_is_word(c, head - 1, "originally"))) {
        return !(head > sb + 1 && tok_has(c, head - 2, WC_MODAL));
    }
    /* "recently visited", "visited China recently" (a simple past) */
    bool recent = (head > sb && tok_is_word(c, head - 1, "recently")) ||
                  (head + 1 < c->nt && tok_is_word(c, head + 1, "recently"));
    return recent && (p == sb || !is_aux(c, p - 1));
}

/* Does a date expression at token q end over 30 days before the story
 * ("By early 2003, ...")? */
static bool long_past_at(const truce_coder *c, const sinfo *si, size_t q)
{
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        if (d->tok >= q && d->tok <= q + 1 && d->day != TRUCE_NODAY && c->st->date != TRUCE_NODAY &&
            c->st->date - dates_period_last(d->day, d->prec) > 30) {
            return true;
        }
    }
    return false;
}

/* A past perfect the story tells itself, with no time of its own: "Israel
 * had captured Sinai in that war", "Hezbollah had captured the four in hopes
 * of ...", "The mission had sought to take advantage of the ceasefire": an
 * act before the news, background (test_dates.c: "pluperfect"). Not what a
 * speaker reports ("police said gunmen had stormed the hotel", "according
 * to the army, ...", a quotation: a verb of saying anywhere in the sentence
 * keeps the act the news), nor one a "when", "as" or "while" clause, or a
 * "by" phrase, sets in the news's time ("The soldiers had been patrolling
 * when a bomb exploded", "By nightfall, troops had retaken the town"). */
static bool told_pluperfect(const truce_coder *c, const sinfo *si, size_t sb, size_t se, size_t head,
                            const char *speaker)
{
    if (speaker || c->t[head].vform != VF_ED || !c->t[head].isverb || head_noun(c, sb, head) ||
        dates_plan(c, sb, head) || dates_quote_of(c, sb, head) != SIZE_MAX) {
        return false;
    }
    /* ("Putin denied that Russian forces had struck a bus": reported) */
    static const char *const avowal[] = {"deny", "denied", "denies", "denying", "admit", "admitted", "admits",
                                         "acknowledge", "acknowledged", "acknowledges", "confirm", "confirmed",
                                         "confirms", "insist", "insisted", "insists", NULL},
                      *const light[] = {"held", "holds", "made", "makes", "gave", "gives", NULL};
    size_t a = head_aux(c, sb, head);
    if (a == SIZE_MAX || !tok_is_word(c, a, "had")) {
        return false;
    }
    for (size_t q = sb; q < se; q++) {
        /* (a finite verb that reports, not "held", "made": "prisoners
         * still held by Israel") */
        bool finite = dates_finite(c, sb, q) && !tok_is_one_of(c, q, light);
        if (is_quote_tok(c, q) || tok_is(c, q, c->k->w.according) ||
            (finite && (modality_saying_verb(c, q) || tok_has(c, q, WC_ALLEGATION) || tok_is_one_of(c, q, avowal))) ||
            (q > head && (tok_is_word(c, q, "when") || tok_is_word(c, q, "while") ||
                             (tok_is(c, q, c->k->w.as) && tok_punct(c, q - 1, ',')))) ||
            (q < a && tok_is_word(c, q, "by") && (q == sb || tok_punct(c, q - 1, ',')) &&
             !long_past_at(c, si, q + 1))) {
            return false;
        }
    }
    return true;
}

/* Does the head follow a fronted phrase that sets it in an utterance of
 * the past: "In an earlier statement, X said", "In one of his recently
 * published assessments, X accused", "In previous reports, ..." (an
 * utterance of the grammar's class and a word of the past before the
 * comma that ends the phrase)? The act is background, not the news's day
 * (test_dates.c: "earlier utterance"); "In a statement, X said" is news. */
bool dates_earlier_utterance(const truce_coder *c, size_t sb, size_t head)
{
    static const char *const past[] = {"earlier", "previous", "prior", "recent", "recently", "past", "former",
                                       NULL};
    if (!(tok_is_word(c, sb, "in") || tok_is_word(c, sb, "during"))) {
        return false;
    }
    bool utter = false, before = false;
    for (size_t q = sb + 1; q < head && q < sb + 12; q++) {
        if (tok_punct(c, q, ',')) {
            return utter && before;
        }
        /* (a participle is the phrase's: "In a report published on ...") */
        if (clause_stop(c, q) || is_quote_tok(c, q) || (dates_finite(c, sb, q) && c->t[q].vform != VF_ED)) {
            return false;
        }
        utter = utter || tok_has(c, q, WC_UTTERANCE);
        before = before || tok_is_one_of(c, q, past);
    }
    return false;
}

/* Does clause own of sentence [sb, se) name someone by a past office ("Then-prime
 * minister Arthur Robinson was wounded", "the then president")? Its past
 * acts are of that time: background (test_dates.c: "past office"). */
static bool past_office(const truce_coder *c, const clauses *cs, uint8_t own, size_t sb, size_t se)
{
    for (size_t q = sb; q < se; q++) {
        const token *t = &c->t[q];
        if (dates_clause_of(cs, q) != own) {
            continue;   /* ("captured states which went for then-president Bush") */
        }
        if (t->kind == TOK_WORD && t->end - t->start > 5 && (c->text[t->start] | 0x20) == 't' &&
            (c->text[t->start + 1] | 0x20) == 'h' && (c->text[t->start + 2] | 0x20) == 'e' &&
            (c->text[t->start + 3] | 0x20) == 'n' && c->text[t->start + 4] == '-') {
            return true;   /* "then-president" */
        }
        if (q + 2 < se && tok_is_word(c, q, "the") && tok_is_word(c, q + 1, "then") && c->t[q + 2].kind == TOK_WORD &&
            !is_aux(c, q + 2) && c->t[q + 2].vform != VF_ED) {
            return true;   /* "the then president" */
        }
    }
    return false;
}

/* A definite incident noun at q: "the attack", "the initial bombing",
 * "this raid" (a singular noun of the grammar's incident class after
 * "the", "this" or "that" and at most two modifiers); not "an attack",
 * "attacks", "the attacked convoy". */
static bool definite_incident(const truce_coder *c, size_t q, size_t se)
{
    if (q >= se || !(tok_is_word(c, q, "the") || tok_is_word(c, q, "this") || tok_is_word(c, q, "that"))) {
        return false;
    }
    for (size_t i = q + 1; i < se && i < q + 4; i++) {
        if (c->t[i].kind != TOK_WORD || is_prep(c, c->t[i].id) || tok_has(c, i, WC_BOUNDARY)) {
            return false;
        }
        if (tok_has(c, i, WC_INCIDENT)) {
            return c->t[i].vform != VF_ED;
        }
    }
    return false;
}

/* Does the head refer to a violent incident an earlier sentence dated?
 * A past act "in", "during" or "amid" the incident ("Five guards were
 * also killed in the attack", "died during the raid"; or a phrase that
 * opens the sentence: "During the raid, militants abducted"), a claim of it
 * ("claimed responsibility for the bombing"), its fighting off ("repelled
 * the attack"), or the noun itself ("the
 * attack"). Not an act with an object before the phrase ("arrested three
 * suspects in the attack"), nor a reaction ("condemned the attack"): those
 * may come days later (tests/unit/test_dates.c: "incident"). */
static bool incident_ref(const truce_coder *c, size_t sb, size_t se, size_t head, bool noun)
{
    if (noun) {
        if (!tok_has(c, head, WC_INCIDENT) || c->t[head].vform == VF_ED) {
            return false;
        }
        for (size_t q = head; q > sb && q + 4 > head; q--) {
            if (definite_incident(c, q - 1, se)) {
                return true;
            }
        }
        return false;
    }
    if (!head_past(c, sb, head)) {
        return false;
    }
    if ((tok_is_word(c, sb, "in") || tok_is_word(c, sb, "during")) && definite_incident(c, sb + 1, se)) {
        /* "In the attack, the gunmen killed four guards", "During the
         * raid, militants abducted two teachers": a phrase that opens the
         * sentence, closed by a comma before the head */
        for (size_t i = sb + 2; i < head && i < sb + 10; i++) {
            if (tok_is(c, i, c->k->w.s) || is_quote_tok(c, i)) {
                return false;   /* "In the attack's aftermath, ..." */
            }
            if (tok_punct(c, i, ',')) {
                return true;
            }
        }
    }
    size_t q = head + 1;
    while (q < se && q < head + 3 && tok_has(c, q, WC_ADVERB)) {
        q++;
    }
    if (tok_is_word(c, head, "claimed") && tok_is_word(c, q, "responsibility") && tok_is_word(c, q + 1, "for")) {
        return definite_incident(c, q + 2, se);
    }
    /* "repelled the attack", "foiled the assault": fought off in it */
    static const char *const fought_off[] = {"repelled", "repulsed", "foiled", "thwarted", NULL};
    if (tok_is_one_of(c, head, fought_off) && definite_incident(c, q, se)) {
        return true;
    }
    return (tok_is_word(c, q, "in") || tok_is_word(c, q, "during") || tok_is_word(c, q, "amid")) &&
           definite_incident(c, q + 1, se);
}

void dates_event(const truce_coder *c, const sinfo *si, size_t head, evctx *x, size_t excl_b,
                 size_t excl_e, bool inherit)
{
    truce_day story = c->st->date;
    x->date = story;
    x->date_prec = DP_DAY;
    x->date_text = false;
    x->historical = false;
    x->incident = false;
    size_t sent = x->sent < c->ns ? x->sent : 0;
    headinfo h = {c->ns ? c->s[sent].tok_start : 0, c->ns ? c->s[sent].tok_end : c->nt, head, excl_b, excl_e, 0,
                  false, false};
    if (head < h.sb || head >= h.se) {
        h.sb = 0;
        h.se = c->nt;
    }
    if (fronted_phrase(c, h.sb, excl_b, excl_e, head)) {
        h.excl_b = h.excl_e = 0;
    }
    if (attributive_participle(c, h.sb, head)) {
        x->date = TRUCE_NODAY;   /* "a U.S.-designated group": a standing state */
        x->historical = true;
        return;
    }
    h.noun = head_noun(c, h.sb, head);
    h.plan = dates_plan(c, h.sb, head);
    h.quote = dates_quote_of(c, h.sb, head);
    truce_day eday;
    uint8_t eprec;
    if (dates_chronology(c, si, h.sb, h.se, head, &eday, &eprec)) {
        x->date = eday;   /* "1996 - Iraq captures Irbil" (datereport.c) */
        x->date_prec = eprec;
        x->date_text = true;
        x->historical = story != TRUCE_NODAY && story - dates_period_last(x->date, x->date_prec) > 30;
        return;
    }
    if (!h.noun && !h.plan && (undated_since(c, si, h.sb, head) || (head_past(c, h.sb, head) && !si->n_dates &&
                                                                     dates_war_period(c, h.sb, head)))) {
        x->date = TRUCE_NODAY;   /* "Since the coup, the army has arrested ...", "has since freed" */
        x->historical = true;
        return;
    }
    clauses own_cs;
    const clauses *csp = si->clauses;
    if (!csp) {
        /* (a relative clause before the head is read for rel_background) */
        bool rel = false;
        for (size_t q = h.sb; q < head && !rel; q++) {
            rel = tok_is_word(c, q, "who") || tok_is_word(c, q, "which");
        }
        dates_clauses_scan(c, si, h.sb, h.se, si->n_dates || rel || dates_has_clause_word(c, h.sb, h.se), &own_cs);
        csp = &own_cs;
    }
    const clauses *const cs = csp;
    uint8_t cl = dates_clause_of(cs, head), own = cl;
    int offset = 0;
    uint8_t oprec = DP_DAY;   /* "two years after X": X's date is a year's */
    const date_expr *best = NULL;
    for (size_t hops = 0; cl != NO_CLAUSE && hops < MAX_CLAUSES; hops++) {
        if ((best = clause_best(c, si, cs, &h, cl)) != NULL) {
            break;
        }
        const dclause *dc = &cs->cl[cl];
        if (dc->expr >= 0 && (size_t)dc->expr < si->n_dates && (h.noun || !h.plan) &&
            (dc->kind == CL_WHEN || h.noun || head_past(c, h.sb, head)) && si->dates[dc->expr].day != TRUCE_NODAY &&
            (story == TRUCE_NODAY || si->dates[dc->expr].day <= story)) {
            best = &si->dates[dc->expr];   /* "in 2009, when ...", "the 2015 deal, which ..." */
            break;
        }
        if (cl == own && ((dc->kind == CL_SINCE && (h.noun || head_past(c, h.sb, head) ||
                                                    (head > h.sb + 1 && tok_is(c, head - 1, c->k->w.to) &&
                                                     c->t[head - 2].vform == VF_ED))) ||
                          (h.noun && past_noun(c, h.sb, head)))) {
            /* "since the war began", "past attacks": background the text
             * gives no date for */
            x->date = TRUCE_NODAY;
            x->historical = true;
            return;
        }
        if (cl == own && dc->kind == CL_REL && !h.noun && !h.plan && head_past(c, h.sb, head) &&
            (best = dates_rel_after_date(c, si, cs, &h, own)) != NULL) {
            break;   /* "The general, who resigned after being defeated in 2013, ..." */
        }
        if (cl == own && dc->kind == CL_REL && !h.noun && !h.plan && rel_background(c, si, cs, &h, own, x)) {
            x->date = TRUCE_NODAY;   /* "Kabila, who seized Congo in a war, faces ..." */
            x->historical = true;
            return;
        }
        if (cl == own && dc->kind == CL_REL && !h.noun && head_present_perfect(c, h.sb, head)) {
            /* "Police patrolled the city on Wednesday after fighting that
             * has killed about 100 people": a present perfect of a
             * relative clause runs up to the story's day, not to the time
             * of the clause it describes (test_dates.c: "relative
             * perfect") */
            break;
        }
        offset += dc->offset;
        if (dc->offset && dc->oprec > oprec) {
            oprec = dc->oprec;
        }
        cl = dc->parent;
    }
    if (!best && offset == 0 && !h.noun && !h.plan && head_past(c, h.sb, head)) {
        uint8_t prev = dates_semicolon_before(c, cs, own, h.sb, head);   /* "... on Monday; two were killed" */
        if (prev != NO_CLAUSE) {
            best = clause_best(c, si, cs, &h, prev);
        }
        if (!best && cs->cl[own].kind == CL_MAIN) {
            best = dates_consequence_date(c, si, cs, &h, own);   /* "...; this resulted in ... on Saturday" */
        }
    }
    if (best && best->day == TRUCE_NODAY) {
        x->date = TRUCE_NODAY;   /* "has denied for years" */
        x->historical = true;
        return;
    }
    if (!best && offset == 0 && cs->cl[own].kind == CL_MAIN && !h.plan && !h.noun && head_past(c, h.sb, head)) {
        best = dates_fronted_clause_date(c, si, cs, &h, own);
        if (!best) {
            best = dates_incident_rel_date(c, si, cs, &h, own);
        }
        if (!best) {
            best = dates_trailing_when_date(c, si, cs, &h, own);
        }
    } else if (!best && offset == 0 && cs->cl[own].kind == CL_MAIN && !h.plan && !h.noun &&
               head_past_progressive(c, h.sb, head)) {
        /* "Soldiers were patrolling the road when a bomb hit their truck
         * on Sunday": the same time */
        best = dates_trailing_when_date(c, si, cs, &h, own);
    } else if (!best && offset == 0 && cs->cl[own].kind == CL_THAT && !h.plan && !h.noun && head_past(c, h.sb, head)) {
        best = dates_trailing_when_date(c, si, cs, &h, own);   /* "said nine were killed when gunmen attacked on Monday" */
    }
    if (!best && offset == 0 && !h.noun &&
        (background_state(c, h.sb, sent, head) ||
         (!h.plan && (dates_earlier_utterance(c, h.sb, head) ||
                      (head_past(c, h.sb, head) && h.quote == SIZE_MAX &&
                       (past_office(c, cs, own, h.sb, h.se) ||
                        /* "Reuters has reported that X offered" */
                        (!dates_lead_sentence(c, sent) && !(si->inc_known && incident_ref(c, h.sb, h.se, head, false)) &&
                         dates_reported_earlier(c, si, h.sb, head)))))) ||
         /* (and what it offered to do: "offered to host the talks") */
         (h.plan && h.quote == SIZE_MAX && !dates_lead_sentence(c, sent) && dates_reported_earlier(c, si, h.sb, head)))) {
        x->date = TRUCE_NODAY;   /* "have designated X a terrorist group" */
        x->historical = true;
        return;
    }
    if (best) {
        x->date = best->day;
        x->date_prec = best->prec;
        x->date_text = true;
        if (offset && oprec > DP_DAY) {
            /* "on Sunday, 20 years after X": X's year */
            x->date_prec = oprec > best->prec ? oprec : best->prec;
            x->date = dates_period_first(x->date + offset, x->date_prec);
        } else if (offset && best->prec == DP_DAY) {
            x->date += offset;
        }
    } else if (offset < 0 && story != TRUCE_NODAY) {
        /* "two days after X", the clause undated: X two days before the
         * story; "20 years after X": X in the year 20 years before */
        x->date = dates_period_first(story + offset, oprec);
        x->date_prec = oprec;
        x->date_text = true;
    } else if (si->inc_known && incident_ref(c, h.sb, h.se, head, h.noun)) {
        /* "were killed in the attack": the attack's day */
        x->incident = true;
        x->date = si->inc_date;
        x->date_prec = si->inc_prec;
        x->date_text = true;
    } else if (offset == 0 && (cs->cl[own].kind == CL_MAIN || cs->cl[own].kind == CL_REL) &&
               told_pluperfect(c, si, h.sb, h.se, head, x->speaker)) {
        x->date = TRUCE_NODAY;   /* "Israel had captured Sinai in that war" */
        x->historical = true;
        return;
    } else if (si->para_background && offset == 0 && !h.noun && !h.plan && head_past(c, h.sb, head)) {
        x->date = TRUCE_NODAY;   /* "In an earlier statement, X said ... . He also accused ..." */
        x->historical = true;
        return;
    } else if (((inherit && !si->para_said) || tok_is_word(c, head, "added") || si->para_speech || si->para_link) &&
               si->para_date != TRUCE_NODAY &&
               ((!h.noun && (head_past(c, h.sb, head) || si->para_speech)) ||
                (si->para_link && by_past(c, h.sb, head)))) {
        /* (a verb of saying is dated by its own sentence, but "X added"
         * goes on with what X said before) */
        x->date = si->para_date;
        x->date_prec = si->para_prec;
        x->date_text = true;
    }
    if (story != TRUCE_NODAY && x->date != TRUCE_NODAY) {
        if (x->date > story) {
            x->date = story;
            x->date_prec = DP_DAY;
            x->date_text = false;
        }
        if (story - dates_period_last(x->date, x->date_prec) > 30) {
            x->historical = true;
        }
    }
}

void dates_reported_violence(const truce_coder *c, const sinfo *si, size_t head, evctx *x, bool reported)
{
    truce_day story = c->st->date, inc = si->news_date;
    size_t sent = x->sent < c->ns ? x->sent : 0;
    size_t sb = c->ns ? c->s[sent].tok_start : 0, se = c->ns ? c->s[sent].tok_end : c->nt;
    /* a pluperfect the story tells ("Sixteen passengers had been
     * killed"), background in general, is the news when it is violence
     * after the lead's incident (test_dates.c: "pluperfect") */
    bool plup = x->date == TRUCE_NODAY && x->historical && !x->date_text && head >= sb && head < se &&
                told_pluperfect(c, si, sb, se, head, x->speaker) && !background_state(c, sb, sent, head);
    /* (a sentence that names times of its own, "After an August 2013
     * attack killed 1,429 people, ... reported that Assad's forces had
     * launched the attack", is not told of the story's incident) */
    if (x->date_text || (x->historical && !plup) || story == TRUCE_NODAY || (x->date != story && !plup) ||
        inc == TRUCE_NODAY || si->n_dates || inc >= story || story - inc > 7) {
        return;
    }
    if (head < sb || head_noun(c, sb, head) || dates_plan(c, sb, head) || !head_past(c, sb, head) ||
        dates_quote_of(c, sb, head) != SIZE_MAX) {
        /* (a speaker's own words, '"our soldiers shot dead two
         * militants," he said', tell of the hours since: the day said) */
        return;
    }
    /* "said it killed 33", or "had been killed": the act is before the
     * telling; "police killed two men" with no link to the incident is
     * the story's news */
    size_t a = head_aux(c, sb, head);
    if (!reported && !(a != SIZE_MAX && tok_is_word(c, a, "had"))) {
        return;
    }
    x->date = inc;
    x->date_prec = DP_DAY;
    x->date_text = true;
    x->historical = false;
    x->incident = true;
}
