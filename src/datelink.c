/* datelink.c — dates a head takes from a clause linked to its own.
 *
 * dates.c finds the expression of the head's own clause (or of the clauses
 * it depends on); when there is none, a clause that depends on the head's
 * may give its time: a fronted "when" clause, or a "before"/"after" one
 * dated a week or longer ("Before concluding ... last week, the
 * prosecutor read out ..."), a trailing "when", "while" or "as" clause
 * ("were killed when gunmen stormed the prison on Wednesday"), a relative
 * clause that dates the incident the act was part of ("in an assault that
 * started early Monday"), or a toll's cause ("were killed in a car bomb
 * that exploded ... on Wednesday"), an "after" clause of a relative clause long past
 * ("who resigned after being defeated in 2013"). Tests: test_dates.c
 * ("fronted", "trailing when", "incident relative", "relative"),
 * test_dates_report.c.
 */
#include "dates.h"

/* The date of a "when" clause before the head that depends on its clause
 * cl, or of a "before" or "after" one if the date is a week or longer:
 * "Before concluding his cross-examination last week, the prosecutor read
 * out the charges" (tests/unit/test_dates.c: "fronted"). NULL if none. */
const date_expr *dates_fronted_clause_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                           const headinfo *h, uint8_t cl)
{
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        if (d->tok >= h->head || d->attach != DA_CLAUSE || d->day == TRUCE_NODAY ||
            (c->st->date != TRUCE_NODAY && d->day > c->st->date) || dates_quote_of(c, h->sb, d->tok) != h->quote ||
            (d->tok >= h->excl_b && d->tok < h->excl_e)) {
            continue;
        }
        const dclause *dc = &cs->cl[dates_clause_of(cs, d->tok)];
        if (dc->parent == cl && (dc->kind == CL_WHEN ||
                                 ((dc->kind == CL_BEFORE || dc->kind == CL_AFTER) && d->prec >= DP_WEEK))) {
            return d;
        }
    }
    return NULL;
}

/* Is date d, after the head, a day phrase of a clause of `kind` that
 * depends on the head's clause cl (in the head's quotation, not excluded,
 * not after the story)? The clause's opening word, else SIZE_MAX. */
static size_t later_clause_open(const truce_coder *c, const clauses *cs, const headinfo *h, uint8_t cl,
                                const date_expr *d, uint8_t kind)
{
    if (d->tok <= h->head || d->attach != DA_CLAUSE || d->day == TRUCE_NODAY ||
        (c->st->date != TRUCE_NODAY && d->day > c->st->date) || dates_quote_of(c, h->sb, d->tok) != h->quote ||
        (d->tok >= h->excl_b && d->tok < h->excl_e)) {
        return SIZE_MAX;
    }
    uint8_t dcl = dates_clause_of(cs, d->tok);
    if (cs->cl[dcl].kind != kind || cs->cl[dcl].parent != cl) {
        return SIZE_MAX;
    }
    size_t b = SIZE_MAX;
    for (size_t q = 0; q < cs->n_sp; q++) {
        if (cs->sp[q].cl == dcl && cs->sp[q].b < b) {
            b = cs->sp[q].b;
        }
    }
    return b;
}

/* Is the head a toll told in the passive, "were killed", "was wounded",
 * "died": the victims of the act an "after" clause tells ("14 people were
 * killed after a bomber attacked a court Friday": that day)? */
static bool casualty(const truce_coder *c, const headinfo *h)
{
    static const char *const hurt[] = {"killed", "wounded", "injured", "hurt", "shot", "stabbed", "murdered",
                                       "assassinated", NULL};
    if (tok_is_word(c, h->head, "died")) {
        return true;
    }
    size_t p = dates_before_adverbs(c, h->sb, h->head);
    return tok_is_one_of(c, h->head, hurt) && p > h->sb &&
           (tok_is_word(c, p - 1, "was") || tok_is_word(c, p - 1, "were"));
}

/* The date of a "when", "while" or "as" clause after the head that
 * depends on its clause cl: the same time ("Five people were killed when
 * gunmen attacked the town early on Wednesday", "was shot while driving to
 * work Friday morning", "killed 13 when the cult released it in March
 * 1995"), or the month or year of an "after" clause ("were captured after
 * they landed in July 1940"), or its day for a toll ("were killed after a
 * bomber attacked the court Friday"); not a time noun's "when" ("the day when
 * ..."), a contrast with a subject of its own (", while X on Saturday
 * questioned ..."; not ", while trying to cross on Tuesday", ", while
 * they were camping ... last week"), nor the time of a saying ("when
 * ..., the military announced Sunday") (test_dates.c: "trailing when";
 * test_dates_report.c). NULL if none. */
const date_expr *dates_trailing_when_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                          const headinfo *h, uint8_t cl)
{
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        size_t b = later_clause_open(c, cs, h, cl, d, CL_WHEN);
        bool bound = b == SIZE_MAX;
        if (b == SIZE_MAX && (d->prec >= DP_MONTH || casualty(c, h))) {
            /* "were captured after they landed in July 1940": the month
             * or the year of the act after which it came (a day may be
             * days before it) */
            b = later_clause_open(c, cs, h, cl, d, CL_AFTER);
        }
        if (b == SIZE_MAX && d->prec == DP_DAY && c->st->date != TRUCE_NODAY && d->day != TRUCE_NODAY &&
            c->st->date - d->day <= 7) {
            /* "killed 23 militants before the rest withdrew on Monday
             * evening": the day of the week that bounds the act, hours
             * before (not "destroyed before the alliance entered on June
             * 12" of another year: weeks before) */
            b = later_clause_open(c, cs, h, cl, d, CL_BEFORE);
        }
        if (bound && b != SIZE_MAX) {
            for (size_t q = b + 1; q < d->tok; q++) {
                if (tok_is_word(c, q, "following") || tok_is(c, q, c->k->w.after) ||
                    tok_is(c, q, c->k->w.before) || tok_is(c, q, c->k->w.since)) {
                    b = SIZE_MAX;   /* "after troops killed ... following a bombing in March" */
                    break;
                }
            }
        }
        if (b == SIZE_MAX || b <= h->head || dates_unit(c, b - 1, &(uint8_t){0}) >= 0 ||
            tok_is_word(c, b - 1, "time") || tok_is_word(c, b - 1, "moment") || tok_is_word(c, b - 1, "period")) {
            continue;
        }
        /* ", while X on Saturday questioned ...": a contrast, another act
         * (not ", while trying to ...", ", while they were camping ...":
         * the act's circumstances) */
        bool going = c->t[b + 1].vform == VF_ING;
        for (size_t q = b + 1; q + 1 < h->se && q < b + 6 && !going; q++) {
            going = is_be(c, q) && c->t[q + 1].vform == VF_ING && c->t[q + 1].isverb;
        }
        if (tok_is_word(c, b, "while") && tok_punct(c, b - 1, ',') && !going) {
            continue;
        }
        /* "..., the military announced Sunday": when it was told */
        size_t v = d->tok > h->sb && tok_is_word(c, d->tok - 1, "on") ? d->tok - 1 : d->tok;
        if ((v > h->sb && modality_saying_verb(c, v - 1)) ||
            (d->tok_end < h->se && modality_saying_verb(c, d->tok_end))) {
            continue;
        }
        return d;
    }
    return NULL;
}

/* The date of a relative clause that tells when the incident the head's
 * act was part of took place: "captured half the district in an assault
 * that started early Monday", "killed 20 militants during a three-day
 * operation that ended on Tuesday" (an incident noun after "in", "during"
 * or "amid", the relative's verb one of taking place; test_dates.c:
 * "incident relative"). NULL if none. */
const date_expr *dates_incident_rel_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                         const headinfo *h, uint8_t cl)
{
    static const char *const occur[] = {"took", "occurred", "happened", "began", "started", "ended", "erupted",
                                        "broke", "was", "were"};
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        size_t b = later_clause_open(c, cs, h, cl, d, CL_REL);   /* the relative's opening word */
        /* (a toll's cause told in the relative: "were killed in a car bomb
         * that exploded ... on Wednesday" ("bomb that" may be read as a
         * verb's "that"), "was shot dead by gunmen who opened fire on his
         * car Friday"; the relative's subject is its pronoun, not "the
         * city, which rebels captured") */
        bool toll = d->prec == DP_DAY && casualty(c, h);
        if (toll && b == SIZE_MAX) {
            b = later_clause_open(c, cs, h, cl, d, CL_THAT);
        }
        if (toll && b != SIZE_MAX) {
            size_t w = b + 1;
            while (w < h->se && tok_has(c, w, WC_ADVERB)) {
                w++;
            }
            toll = w < h->se && (is_aux(c, w) || (c->t[w].isverb && c->t[w].vform == VF_ED));
        }
        if (b == SIZE_MAX || b <= h->head + 2 || b + 1 >= h->se ||
            !(tok_is(c, b, c->k->w.that) || tok_is_word(c, b, "which") || (toll && tok_is_word(c, b, "who"))) ||
            !(toll || dates_incident_word(c, b - 1) || tok_is_word(c, b - 1, "operation") ||
              tok_is_word(c, b - 1, "clashes") || tok_is_word(c, b - 1, "fighting") ||
              tok_is_word(c, b - 1, "battle"))) {
            continue;
        }
        /* "in a three-day operation": the preposition at most four words
         * before the noun, nothing but modifiers between */
        bool in = false;
        for (size_t q = b - 1; q > h->head && q + 5 > b && !in; q--) {
            in = tok_is_word(c, q - 1, "in") || tok_is_word(c, q - 1, "during") || tok_is_word(c, q - 1, "amid") ||
                 (toll && (tok_is_word(c, q - 1, "by") || tok_is_word(c, q - 1, "from")));
            if (!in && (c->t[q - 1].kind != TOK_WORD || dates_finite(c, h->sb, q - 1))) {
                break;
            }
        }
        size_t v = b + 1;
        while (v < h->se && v < b + 3 && tok_has(c, v, WC_ADVERB)) {
            v++;
        }
        bool occurs = false;
        for (size_t q = 0; q < sizeof occur / sizeof *occur && v < h->se; q++) {
            occurs = occurs || tok_is_word(c, v, occur[q]);
        }
        if (in && (occurs || toll)) {
            return d;
        }
    }
    return NULL;
}

/* The date of an "after" clause that depends on relative clause cl, a
 * month or longer and long past: the time of the relative clause's past
 * act, background told of someone ("The general, who resigned after being
 * defeated in 2013, denied ...": 2013, not the main clause's day;
 * tests/unit/test_dates.c: "relative"). NULL if none. */
const date_expr *dates_rel_after_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                      const headinfo *h, uint8_t cl)
{
    truce_day story = c->st->date;
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        if (d->tok <= h->head || d->attach != DA_CLAUSE || d->day == TRUCE_NODAY || d->prec < DP_MONTH ||
            story == TRUCE_NODAY || story - dates_period_last(d->day, d->prec) <= 30 ||
            dates_quote_of(c, h->sb, d->tok) != h->quote) {
            continue;
        }
        const dclause *dc = &cs->cl[dates_clause_of(cs, d->tok)];
        if (dc->parent == cl && dc->kind == CL_AFTER) {
            return d;
        }
    }
    return NULL;
}

uint8_t dates_semicolon_before(const truce_coder *c, const clauses *cs, uint8_t cl, size_t sb, size_t head)
{
    if (cl == 0 || cl == NO_CLAUSE || cl >= cs->n_cl || cs->cl[cl].kind != CL_MAIN ||
        cs->cl[cl].parent != NO_CLAUSE) {
        return NO_CLAUSE;
    }
    size_t b = SIZE_MAX;
    for (size_t q = 0; q < cs->n_sp; q++) {
        if (cs->sp[q].cl == cl && cs->sp[q].b < b) {
            b = cs->sp[q].b;
        }
    }
    size_t semi = b == SIZE_MAX ? SIZE_MAX : tok_punct(c, b, ';') ? b : b > 0 && tok_punct(c, b - 1, ';') ? b - 1 : SIZE_MAX;
    if (semi == SIZE_MAX || semi == 0 || semi >= head) {
        return NO_CLAUSE;
    }
    /* the clause's first verb group is the head's (not a later one: "three
     * were wounded About 90 percent of the courts were destroyed", two
     * sentences run together) */
    size_t q = semi + 1;
    while (q < head && !dates_finite(c, sb, q)) {
        q++;
    }
    for (size_t r = q; r < head; r++) {
        if (!is_aux(c, r) && !tok_has(c, r, WC_ADVERB) && !tok_is_word(c, r, "been") && !tok_is_word(c, r, "not")) {
            return NO_CLAUSE;
        }
    }
    uint8_t p = dates_clause_of(cs, semi - 1);
    for (size_t hops = 0; p != NO_CLAUSE && cs->cl[p].parent != NO_CLAUSE && hops < MAX_CLAUSES; hops++) {
        p = cs->cl[p].parent;
    }
    return p;
}

/* Verbs by which a clause after a semicolon tells what the act before it
 * brought about: "resulted in", "would result in", "led to". */
static const char *const consequence_verbs[] = {"resulted", "result", "led", "lead", "sparked", "triggered",
                                                "prompted", "caused", NULL};

/* The main clause cl at the root of clause cl. */
static uint8_t clause_root(const clauses *cs, uint8_t cl)
{
    for (size_t hops = 0; cl != NO_CLAUSE && cs->cl[cl].parent != NO_CLAUSE && hops < MAX_CLAUSES; hops++) {
        cl = cs->cl[cl].parent;
    }
    return cl;
}

const date_expr *dates_consequence_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                        const headinfo *h, uint8_t cl)
{
    if (cl == NO_CLAUSE || cs->cl[cl].kind != CL_MAIN || cs->cl[cl].parent != NO_CLAUSE) {
        return NULL;
    }
    size_t semi = SIZE_MAX;
    for (size_t q = h->head + 1; q < h->se && semi == SIZE_MAX; q++) {
        if (tok_punct(c, q, ';')) {
            semi = q;
        } else if (tok_punct(c, q, ':') || is_quote_tok(c, q)) {
            return NULL;
        }
    }
    /* "this", "this attack", then "would" and the verb */
    if (semi == SIZE_MAX || semi + 3 >= h->se || !tok_is_word(c, semi + 1, "this")) {
        return NULL;
    }
    size_t v = semi + 2;
    if (!tok_is_one_of(c, v, consequence_verbs) && !tok_is_word(c, v, "would") && c->t[v].kind == TOK_WORD &&
        !c->t[v].isverb) {
        v++;   /* "this attack resulted" */
    }
    if (tok_is_word(c, v, "would")) {
        v++;
    }
    if (v >= h->se || !tok_is_one_of(c, v, consequence_verbs)) {
        return NULL;
    }
    uint8_t after = clause_root(cs, dates_clause_of(cs, semi + 1));
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        if (d->tok > v && d->attach == DA_CLAUSE && d->prec == DP_DAY && d->day != TRUCE_NODAY &&
            clause_root(cs, dates_clause_of(cs, d->tok)) == after && c->st->date != TRUCE_NODAY &&
            d->day <= c->st->date && c->st->date - d->day <= 7) {
            return d;
        }
    }
    return NULL;
}
