/* dates.c — when: date expressions and each event's date.
 *
 * Finds the date expressions of a sentence and resolves them against the
 * story's date: full dates ("On November 9, 2020", "9 November", "March,
 * 2016"), days ("on Thursday", "yesterday", "two days ago"), weeks ("last
 * week", "earlier this week", "over the weekend", "two weeks ago"), months
 * ("in June", "last month", "earlier this month", "July last year"), years
 * ("in 2019", "last year", "this year"), and days counted from another
 * ("the next day", "two days later", "the day before", "48 hours after").
 * Each has a precision (day, week, month, year) and is stored as the first
 * day of its period.
 *
 * Which event an expression dates is decided by where it stands (tests in
 * tests/unit/test_dates.c name these rules):
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
 *  - After "since" it starts a period: it dates a perfect ("has been",
 *    "have killed": the period is the act), not a simple past ("shot down
 *    a helicopter, the first since March"). After "before", "after",
 *    "until", "by", "from", "to", "as of" it is a bound and dates nothing.
 *  - A past act in a "since" clause with no date of its own ("since the
 *    war began", "since Russia invaded") is background: no date, and
 *    historical. "N days after X": X's events are N days before the clause
 *    "after" depends on. "DATE, when X": DATE dates X.
 *  - A plan ("will meet on Friday", "is due to travel in January") is not
 *    dated by the day it is planned for: that is after the story, so the
 *    plan takes the date of what it depends on, or the story's.
 *  - An expression right after a verb of saying dates the saying ("warned
 *    Wednesday that ...", "told VOA on Sunday ..."), though what follows is
 *    what was said.
 *
 * An event whose sentence has no date for it takes, if it is a past act,
 * the date of an earlier sentence's event it continues (dates_continues:
 * the rule is written there), else the story's. No event is dated after
 * its story; an event whose period ends over 30 days before the story is
 * historical. The sentence's tokens come from text.c and the coder.
 */
#include "coder.h"

/* ---- token tests --------------------------------------------------------- */

static bool tok_number(const truce_coder *c, size_t i, int *v, int maxdigits)
{
    if (i >= c->nt || c->t[i].kind != TOK_NUM) {
        return false;
    }
    const token *t = &c->t[i];
    size_t n = t->end - t->start;
    /* allow "6th", "1st" */
    int x = 0, digits = 0;
    size_t j = t->start;
    for (; j < t->end && c->text[j] >= '0' && c->text[j] <= '9'; j++) {
        if (++digits > maxdigits || digits > 9) {
            return false;   /* checked before the product can overflow */
        }
        x = x * 10 + (c->text[j] - '0');
    }
    if (digits == 0) {
        return false;
    }
    if (j < t->end) {
        size_t rest = t->end - j;
        if (rest != 2 || n > 4) {
            return false;
        }
    }
    *v = x;
    return true;
}

/* A year: four digits, 1900 to 2100, nothing after them. */
static bool tok_year(const truce_coder *c, size_t i, int *y)
{
    return i < c->nt && c->t[i].kind == TOK_NUM && c->t[i].end - c->t[i].start == 4 && tok_number(c, i, y, 4) &&
           *y >= 1900 && *y <= 2100;
}

/* Does token i start with the lower-case prefix p ("mid-")? */
static bool tok_prefix(const truce_coder *c, size_t i, const char *p, size_t *plen)
{
    const token *t = &c->t[i];
    size_t n = strlen(p);
    if (t->end - t->start <= n) {
        return false;
    }
    for (size_t j = 0; j < n; j++) {
        uint8_t ch = c->text[t->start + j];
        if (ch >= 'A' && ch <= 'Z') {
            ch = (uint8_t)(ch + 32);
        }
        if (ch != (uint8_t)p[j]) {
            return false;
        }
    }
    *plen = n;
    return true;
}

/* A month name (capitalised: "may" is a verb), or "mid-March",
 * "early-June"; 0 if none. *edge says which part of the month. */
static int tok_month(const truce_coder *c, size_t i, bool *edge)
{
    *edge = false;
    if (i >= c->nt || c->t[i].kind != TOK_WORD) {
        return 0;
    }
    const token *t = &c->t[i];
    size_t off = 0;
    if (tok_prefix(c, i, "mid-", &off) || tok_prefix(c, i, "early-", &off) || tok_prefix(c, i, "late-", &off)) {
        *edge = true;
    } else if (!(t->flags & TF_CAP)) {
        return 0;
    }
    /* "Sept." - the period may be a separate token */
    return month_from_name((str){c->text + t->start + off, (ptrdiff_t)(t->end - t->start - off)});
}

static int tok_weekday(const truce_coder *c, size_t i)
{
    if (i >= c->nt || c->t[i].kind != TOK_WORD || !(c->t[i].flags & TF_CAP)) {
        return -1;
    }
    return weekday_from_name((str){c->text + c->t[i].start, (ptrdiff_t)(c->t[i].end - c->t[i].start)});
}

/* A count in digits or small words: "3", "two", "a" ("a week ago"). */
static bool tok_count(const truce_coder *c, size_t i, int *v)
{
    static const char *const words[] = {"a", "an", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    if (tok_number(c, i, v, 3)) {
        return true;
    }
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        if (tok_is_word(c, i, words[k])) {
            *v = k < 2 ? 1 : (int)k - 1;
            return true;
        }
    }
    return false;
}

/* A unit of time at i: its length in days (hours and minutes: 0) and the
 * precision of a count of it; -1 if none. */
static int tok_unit(const truce_coder *c, size_t i, uint8_t *prec)
{
    static const struct { const char *w; int days; uint8_t prec; } units[] = {
        {"day", 1, DP_DAY}, {"days", 1, DP_DAY}, {"week", 7, DP_WEEK}, {"weeks", 7, DP_WEEK},
        {"month", 30, DP_MONTH}, {"months", 30, DP_MONTH}, {"year", 365, DP_YEAR}, {"years", 365, DP_YEAR},
        {"hour", 0, DP_DAY}, {"hours", 0, DP_DAY}, {"minutes", 0, DP_DAY}, {"night", 1, DP_DAY},
        {"morning", 1, DP_DAY}, {"decade", 3650, DP_YEAR}, {"decades", 3650, DP_YEAR}};
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        if (tok_is_word(c, i, units[k].w)) {
            *prec = units[k].prec;
            return units[k].days;
        }
    }
    return -1;
}

static bool tok_dash(const truce_coder *c, size_t i)
{
    /* a dash set off by spaces, not a hyphen ("U.S.-designated") */
    return i < c->nt && tok_is(c, i, c->k->w.dash) && (c->t[i].flags & TF_SPACE_BEFORE);
}

/* The word before i, skipping adverbs ("has also signed"). */
static size_t before_adverbs(const truce_coder *c, size_t b, size_t i)
{
    while (i > b && tok_has(c, i - 1, WC_ADVERB) && !tok_has(c, i - 1, WC_DATE_WORD)) {
        i--;
    }
    return i;
}

/* ---- periods ------------------------------------------------------------- */

static truce_day month_first(truce_day d, int add)
{
    int y, m, dd;
    day_to_ymd(d, &y, &m, &dd);
    int k = y * 12 + (m - 1) + add;
    return day_from_ymd(k / 12, k % 12 + 1, 1);
}

static truce_day year_first(truce_day d, int add)
{
    int y, m, dd;
    day_to_ymd(d, &y, &m, &dd);
    return day_from_ymd(y + add, 1, 1);
}

static truce_day week_first(truce_day d)
{
    return d - day_weekday(d);
}

/* The first day of the period of precision prec that holds d. */
static truce_day period_first(truce_day d, uint8_t prec)
{
    return prec == DP_WEEK ? week_first(d) : prec == DP_MONTH ? month_first(d, 0)
         : prec == DP_YEAR ? year_first(d, 0) : d;
}

/* The last day of the period that starts at d. */
static truce_day period_last(truce_day d, uint8_t prec)
{
    return prec == DP_WEEK ? d + 6 : prec == DP_MONTH ? month_first(d, 1) - 1
         : prec == DP_YEAR ? year_first(d, 1) - 1 : d;
}

/* Most recent day on or before ref with month m, day d. */
static truce_day recent_md(truce_day ref, int m, int d)
{
    int y, mm, dd;
    day_to_ymd(ref, &y, &mm, &dd);
    for (int k = 0; k < 2; k++, y--) {
        if (ymd_valid(y, m, d)) {
            truce_day x = day_from_ymd(y, m, d);
            if (x <= ref) {
                return x;
            }
        }
    }
    return TRUCE_NODAY;
}

/* The latest month m on or before ref's month (strictly before with
 * "last"), as its first day. */
static truce_day recent_month(truce_day ref, int m, bool strictly)
{
    int y, mm, dd;
    day_to_ymd(ref, &y, &mm, &dd);
    if (m > mm || (strictly && m == mm)) {
        y--;
    }
    return day_from_ymd(y, m, 1);
}

/* ---- expressions --------------------------------------------------------- */

/* How an expression of tokens [i, j) is attached, from the words around
 * it (the rules at the top of the file). */
static uint8_t attachment(const truce_coder *c, size_t b, size_t e, size_t i, size_t j)
{
    const kb *k = c->k;
    /* the preposition that governs it, past "early", "late", "mid", "the
     * end of", "the first half of" */
    size_t p = i;
    while (p > b && (tok_is_word(c, p - 1, "early") || tok_is_word(c, p - 1, "late") ||
                     tok_is_word(c, p - 1, "mid") || tok_is_word(c, p - 1, "the") ||
                     tok_is_word(c, p - 1, "end") || tok_is_word(c, p - 1, "beginning") ||
                     tok_is_word(c, p - 1, "start") || tok_is_word(c, p - 1, "middle") ||
                     tok_is_word(c, p - 1, "half") || tok_is_word(c, p - 1, "first") ||
                     tok_is_word(c, p - 1, "second") || (tok_is(c, p - 1, k->w.of) && p + 4 > i))) {
        if (tok_is_word(c, p - 1, "the") && p == i) {
            break;   /* "the 2004 bombing": see below */
        }
        p--;
    }
    size_t q = p > b ? p - 1 : SIZE_MAX;
    if (q != SIZE_MAX) {
        if (tok_is_word(c, q, "since") || ((tok_is_word(c, q, "starting") || tok_is_word(c, q, "beginning")) &&
                                           !tok_is_word(c, q + 1, "of"))) {
            return DA_SINCE;
        }
        if (tok_is_word(c, q, "in") && q > b &&
            (tok_is_word(c, q - 1, "starting") || tok_is_word(c, q - 1, "beginning"))) {
            return DA_SINCE;   /* "starting in May 2019" */
        }
        if (tok_is_word(c, q, "before") || tok_is_word(c, q, "after") || tok_is_word(c, q, "until") ||
            tok_is_word(c, q, "till") || tok_is_word(c, q, "by") || tok_is_word(c, q, "from") ||
            tok_is_word(c, q, "to") || tok_is_word(c, q, "through") || tok_is_word(c, q, "between") ||
            tok_is_word(c, q, "prior") || (tok_is_word(c, q, "of") && q > b && tok_is_word(c, q - 1, "as"))) {
            return DA_BOUND;
        }
    }
    /* "at Friday's meeting", "in the 2004 bombing": a time of the clause
     * again; else before a noun it dates the noun */
    size_t d = i > b && tok_has(c, i - 1, WC_DETERMINER) && !tok_is(c, i - 1, k->w.of) ? i - 1 : i;
    bool pp = d > b && (tok_is_word(c, d - 1, "in") || tok_is_word(c, d - 1, "during") ||
                        tok_is_word(c, d - 1, "on") || tok_is_word(c, d - 1, "at") ||
                        tok_is_word(c, d - 1, "throughout"));
    if (j < e && tok_is(c, j, k->w.s)) {
        return pp ? DA_CLAUSE : DA_NOUN;   /* "Tuesday's announcement", "last month's deportations" */
    }
    /* "the 2015 nuclear deal", "a 2013 agreement", "the Feb. 27
     * deportations": a determiner before, a word after */
    if (d < i && j < e && c->t[j].kind == TOK_WORD && !is_prep(c, c->t[j].id) &&
        !tok_has(c, j, WC_BOUNDARY | WC_CLAUSE_END) && !tok_is_word(c, j, "and")) {
        return pp ? DA_CLAUSE : DA_NOUN;
    }
    return DA_CLAUSE;
}

typedef struct {
    const truce_coder *c;
    size_t b, e;
    truce_day ref, anchor;
    date_expr *out;
    size_t n, cap;
} finder;

static bool head_plan(const truce_coder *c, size_t sb, size_t head);

/* Is the word at i mostly a noun, says the part-of-speech lexicon? */
static bool mostly_noun(const truce_coder *c, size_t i)
{
    uint8_t key[64];
    ptrdiff_t n = text_key(c->text + c->t[i].start, (ptrdiff_t)(c->t[i].end - c->t[i].start), key, sizeof key);
    return n > 0 && (kb_lex(c->k, key, n) & LEX_MOSTLY) == LEX_MOSTLY_NOUN;
}

/* Is the day or month at i, read as the latest before the story, what a
 * plan is for ("will convene a meeting ... on Friday", "is due to meet
 * Erdogan in January")? Then it is a later one, after the story. */
static bool planned(const truce_coder *c, size_t b, size_t i)
{
    for (size_t q = i; q > b && q + 12 > i; q--) {
        size_t v = q - 1;
        if (tok_punct(c, v, ',') || clause_stop(c, v) || tok_has(c, v, WC_BOUNDARY)) {
            return false;
        }
        if (c->t[v].isverb && c->t[v].vform != VF_NONE && !(c->t[v].flags & TF_CAP) && v > b &&
            !tok_has(c, v - 1, WC_DETERMINER) && !tok_is(c, v - 1, c->k->w.s) && !is_prep(c, c->t[v].id)) {
            if (tok_is(c, v - 1, c->k->w.to) && mostly_noun(c, v)) {
                continue;   /* "went to court": a noun after "to" is no infinitive */
            }
            return head_plan(c, b, v);
        }
    }
    return false;
}

static void add(finder *f, size_t i, size_t j, truce_day day, uint8_t prec, bool deictic, bool full)
{
    if (f->n == f->cap || day == TRUCE_NODAY || (deictic && planned(f->c, f->b, i))) {
        return;
    }
    date_expr *x = &f->out[f->n++];
    *x = (date_expr){(uint32_t)i, (uint32_t)j, period_first(day, prec), prec, DA_CLAUSE, deictic, full};
    x->attach = attachment(f->c, f->b, f->e, i, j);
}

/* The day a relative expression counts from: the last day named before it
 * in the sentence, else the last one the story named before it (the anchor),
 * else, counting back, the story's date. */
static truce_day anchor_day(const finder *f, int offset, uint8_t *prec)
{
    *prec = DP_DAY;
    for (size_t q = f->n; q > 0; q--) {
        const date_expr *x = &f->out[q - 1];
        if (x->attach != DA_BOUND && x->attach != DA_SINCE && x->day != TRUCE_NODAY && x->day <= f->ref) {
            *prec = x->prec;
            return x->day;
        }
    }
    if (f->anchor != TRUCE_NODAY) {
        return f->anchor;
    }
    return offset <= 0 ? f->ref : TRUCE_NODAY;
}

/* A day counted from the anchor: offset days, precision at least prec; not
 * after the story. */
static void add_relative(finder *f, size_t i, size_t j, int offset, uint8_t prec)
{
    uint8_t ap;
    truce_day a = anchor_day(f, offset, &ap);
    if (a == TRUCE_NODAY || a + offset > f->ref) {
        return;
    }
    add(f, i, j, a + offset, ap > prec ? ap : prec, false, false);
}

/* "Month ...": a full date, a day of the latest such month, a month with
 * its year, a month alone. Returns the end of the expression, or i. */
static size_t find_month(finder *f, size_t i, int m, bool edge)
{
    const truce_coder *c = f->c;
    size_t b = f->b, j = i + 1;
    int d, y;
    if (tok_punct(c, j, '.')) {
        j++;
    }
    if (!edge && tok_number(c, j, &d, 2) && d >= 1 && d <= 31) {
        size_t k2 = j + 1;
        if (tok_punct(c, k2, ',')) {
            k2++;
        }
        if (tok_year(c, k2, &y) && ymd_valid(y, m, d)) {
            add(f, i, k2 + 1, day_from_ymd(y, m, d), DP_DAY, false, true);
            return k2 + 1;
        }
        if (f->ref != TRUCE_NODAY) {
            add(f, i, j + 1, recent_md(f->ref, m, d), DP_DAY, true, false);
        }
        return j + 1;
    }
    size_t yj = j;
    if (tok_punct(c, yj, ',') && tok_year(c, yj + 1, &y)) {
        yj++;   /* "March, 2016" */
    }
    if (tok_year(c, yj, &y)) {
        add(f, i, yj + 1, day_from_ymd(y, m, 1), DP_MONTH, false, true);
        return yj + 1;
    }
    if (f->ref == TRUCE_NODAY) {
        return j;
    }
    /* "July last year", "March this year" */
    if (tok_is_word(c, j, "last") && tok_is_word(c, j + 1, "year")) {
        add(f, i, j + 2, month_first(year_first(f->ref, -1), m - 1), DP_MONTH, false, false);
        return j + 2;
    }
    if (tok_is_word(c, j, "this") && tok_is_word(c, j + 1, "year")) {
        add(f, i, j + 2, month_first(year_first(f->ref, 0), m - 1), DP_MONTH, false, false);
        return j + 2;
    }
    /* a month alone, after a word that makes it a time ("in March",
     * "early June", "since February", "last August") or before "'s": the
     * latest such month; "May" needs one, being also a verb */
    bool last = i > b && tok_is_word(c, i - 1, "last");
    bool timed = edge || last || (j < f->e && tok_is(c, j, c->k->w.s));
    static const char *const before[] = {"in", "early", "late", "mid", "since", "until", "by", "of",
                                         "this", "before", "after", "from", "to", "during", "between",
                                         "and", "till", "through"};
    for (size_t k = 0; i > b && !timed && k < sizeof before / sizeof *before; k++) {
        timed = tok_is_word(c, i - 1, before[k]);
    }
    if (timed) {
        add(f, last ? i - 1 : i, j, recent_month(f->ref, m, last), DP_MONTH, true, false);
    }
    return j;
}

/* "last week", "this month", "earlier this year", "over the weekend",
 * "later this week" (a plan: after the story). Returns the end or i. */
static size_t find_deictic(finder *f, size_t i)
{
    const truce_coder *c = f->c;
    truce_day ref = f->ref;
    size_t j = i;
    bool earlier = tok_is_word(c, j, "earlier"), later = tok_is_word(c, j, "later");
    if (earlier || later) {
        j++;
    }
    bool this_ = tok_is_word(c, j, "this"), last = tok_is_word(c, j, "last"), next = tok_is_word(c, j, "next");
    if (!this_ && !last && !next && !earlier && !later) {
        /* "over the weekend", "the weekend" */
        if (tok_is_word(c, j, "the") && tok_is_word(c, j + 1, "weekend")) {
            truce_day sat = ref - ((day_weekday(ref) + 2) % 7);   /* the latest Saturday */
            add(f, i, j + 2, sat, DP_WEEK, false, false);
            return j + 2;
        }
        return i;
    }
    if (!this_ && !last && !next) {
        return i;
    }
    size_t u = j + 1;
    if (this_ && (tok_is_word(c, u, "morning") || tok_is_word(c, u, "afternoon") || tok_is_word(c, u, "evening"))) {
        add(f, i, u + 1, ref, DP_DAY, false, false);
        return u + 1;
    }
    if (last && (tok_is_word(c, u, "night") || tok_is_word(c, u, "evening"))) {
        add(f, i, u + 1, ref - 1, DP_DAY, false, false);
        return u + 1;
    }
    if (later || next) {
        /* a plan: after the story, dating nothing but bounding it */
        if (tok_is_word(c, u, "week") || tok_is_word(c, u, "month") || tok_is_word(c, u, "year") ||
            tok_is_word(c, u, "weekend")) {
            add(f, i, u + 1, ref + (tok_is_word(c, u, "week") || tok_is_word(c, u, "weekend") ? 7 : 366),
                DP_DAY, false, false);
            return u + 1;
        }
        return i;
    }
    int back = last ? 1 : 0;
    if (tok_is_word(c, u, "week")) {
        add(f, i, u + 1, week_first(ref) - 7 * back, DP_WEEK, false, false);
    } else if (tok_is_word(c, u, "weekend")) {
        truce_day sat = ref - ((day_weekday(ref) + 2) % 7);
        if (last && ref - sat < 2) {
            sat -= 7;   /* on Saturday or Sunday, "last weekend" is the one before */
        }
        add(f, i, u + 1, sat, DP_WEEK, false, false);
    } else if (tok_is_word(c, u, "month")) {
        add(f, i, u + 1, month_first(ref, -back), DP_MONTH, false, false);
    } else if (tok_is_word(c, u, "year")) {
        add(f, i, u + 1, year_first(ref, -back), DP_YEAR, false, false);
    } else {
        return i;
    }
    return u + 1;
}

/* Days counted from another: "the next day", "the following morning",
 * "the day before", "the previous day", "that day", "later that day", "the
 * same day". Returns the end or i. */
static size_t find_anchored(finder *f, size_t i)
{
    const truce_coder *c = f->c;
    size_t j = i;
    int offset = 0;
    if (tok_is_word(c, j, "later") || tok_is_word(c, j, "earlier")) {
        j++;
        if (!tok_is_word(c, j, "that")) {
            return i;
        }
    }
    if (tok_is_word(c, j, "that") || tok_is_word(c, j, "the")) {
        bool that = tok_is_word(c, j, "that");
        size_t u = j + 1;
        if (!that) {
            if (tok_is_word(c, u, "next") || tok_is_word(c, u, "following")) {
                offset = 1;
                u++;
            } else if (tok_is_word(c, u, "previous")) {
                offset = -1;
                u++;
            } else if (tok_is_word(c, u, "same")) {
                u++;
            } else if (!(tok_is_word(c, u, "day") || tok_is_word(c, u, "night")) ||
                       !(tok_is_word(c, u + 1, "before") || tok_is_word(c, u + 1, "after"))) {
                return i;
            }
        }
        if (!(tok_is_word(c, u, "day") || tok_is_word(c, u, "night") || tok_is_word(c, u, "morning") ||
              tok_is_word(c, u, "evening") || tok_is_word(c, u, "afternoon"))) {
            return i;
        }
        size_t end = u + 1;
        if (!that && offset == 0 && !tok_is_word(c, u - 1, "same")) {
            /* "the day before", "the day after" (and after it a clause or
             * a phrase: see the clauses below) */
            offset = tok_is_word(c, u + 1, "before") ? -1 : 1;
            end = u + 2;
        }
        add_relative(f, i, end, offset, DP_DAY);
        return end;
    }
    return i;
}

/* A count of units: "two days ago", "two days later", "a week earlier",
 * "48 hours after"; "days later" without a count. Returns the end or i. */
static size_t find_count(finder *f, size_t i)
{
    const truce_coder *c = f->c;
    int n = 1;
    size_t u = i;
    bool counted = tok_count(c, i, &n);
    if (counted) {
        u = i + 1;
    } else if (tok_is_word(c, i, "several") || tok_is_word(c, i, "few")) {
        n = 3;
        u = i + 1;
    }
    uint8_t prec;
    int days = tok_unit(c, u, &prec);
    if (days < 0 || u + 1 >= f->e + 1) {
        return i;
    }
    size_t w = u + 1;
    bool vague = u == i || !counted;   /* "days later", "several weeks ago" */
    if (vague && prec < DP_YEAR && days > 0) {
        prec++;   /* "days later": about a week */
    }
    int span = days ? n * days : (n >= 24 ? n / 24 : 0);   /* "48 hours": two days */
    if (tok_is_word(c, w, "ago") && f->ref != TRUCE_NODAY) {
        truce_day ref = f->ref, d = ref - span;
        if (prec == DP_MONTH && !vague) {
            d = month_first(ref, -n);
        } else if (prec == DP_YEAR && !vague) {
            d = year_first(ref, -n);
        }
        add(f, i, w + 1, d, prec, false, false);
        return w + 1;
    }
    /* counted from a day: a day, unless the count is vague ("days later") */
    uint8_t rprec = vague ? prec : DP_DAY;
    if (tok_is_word(c, w, "later") || tok_is_word(c, w, "afterwards") || tok_is_word(c, w, "after")) {
        /* "two days after X": the clause it stands in is counted from the
         * last day named (X, most likely), if that is not after the story;
         * X's own clause is dated from it (clause_offset) */
        add_relative(f, i, w + 1, span, rprec);
        return w + 1;
    }
    if (tok_is_word(c, w, "earlier") || tok_is_word(c, w, "before")) {
        bool conj = tok_is_word(c, w, "before") && w + 1 < f->e && !tok_punct(c, w + 1, ',') &&
                    !tok_punct(c, w + 1, '.');
        if (!conj) {
            add_relative(f, i, w + 1, -span, rprec);
        }
        return w + 1;
    }
    return i;
}

size_t dates_find_at(const truce_coder *c, size_t b, size_t e, truce_day ref, truce_day anchor, date_expr *out,
                     size_t cap)
{
    finder f = {c, b, e, ref, anchor, out, 0, cap};
    for (size_t i = b; i < e && f.n < cap; i++) {
        const token *t = &c->t[i];
        if (t->kind == TOK_PUNCT) {
            continue;
        }
        bool edge;
        int m = tok_month(c, i, &edge), d, y;
        if (m) {
            i = find_month(&f, i, m, edge) - 1;
            continue;
        }
        /* "27 September 2020", "9 November" */
        if (tok_number(c, i, &d, 2) && d >= 1 && d <= 31 && (m = tok_month(c, i + 1, &edge)) != 0 && !edge) {
            size_t k2 = i + 2;
            if (tok_punct(c, k2, '.')) {
                k2++;
            }
            if (tok_punct(c, k2, ',') && tok_year(c, k2 + 1, &y)) {
                k2++;
            }
            if (tok_year(c, k2, &y) && ymd_valid(y, m, d)) {
                add(&f, i, k2 + 1, day_from_ymd(y, m, d), DP_DAY, false, true);
                i = k2;
            } else {
                if (ref != TRUCE_NODAY) {
                    add(&f, i, i + 2, recent_md(ref, m, d), DP_DAY, true, false);
                }
                i++;
            }
            continue;
        }
        /* a year after a word that makes it a time: "in 2019", "since
         * 2009", "in early 2017", "from 1963 to late 2024", "the 2004
         * bombing" */
        if (tok_year(c, i, &y)) {
            static const char *const cue[] = {"in", "since", "until", "by", "before", "after", "from", "to",
                                              "during", "of", "between", "and", "early", "late", "mid",
                                              "throughout", "till", "through", "starting", "beginning"};
            bool timed = i > b && tok_has(c, i - 1, WC_DETERMINER) && !tok_is(c, i - 1, c->k->w.of);
            for (size_t k = 0; i > b && !timed && k < sizeof cue / sizeof *cue; k++) {
                timed = tok_is_word(c, i - 1, cue[k]);
            }
            if (timed && tok_is_word(c, i - 1, "and")) {
                /* "in 2013 and 2015": only after another year */
                timed = f.n > 0 && f.out[f.n - 1].tok_end == i - 1 && f.out[f.n - 1].prec == DP_YEAR;
            }
            if (timed && !(i + 1 < e && tok_unit(c, i + 1, &(uint8_t){0}) >= 0)) {
                add(&f, i, i + 1, day_from_ymd(y, 1, 1), DP_YEAR, false, true);
            }
            continue;
        }
        size_t plen;
        if (t->kind == TOK_WORD && tok_prefix(c, i, "mid-", &plen) && i + 0 < e) {
            /* "mid-2019" */
            const uint8_t *p = c->text + t->start + plen;
            if (t->end - t->start == plen + 4) {
                int yy = 0;
                bool ok = true;
                for (int q = 0; q < 4; q++) {
                    ok &= p[q] >= '0' && p[q] <= '9';
                    yy = yy * 10 + (p[q] - '0');
                }
                if (ok && yy >= 1900 && yy <= 2100) {
                    add(&f, i, i + 1, day_from_ymd(yy, 1, 1), DP_YEAR, false, true);
                }
            }
            continue;
        }
        if (ref == TRUCE_NODAY) {
            continue;
        }
        int wd = tok_weekday(c, i);
        if (wd >= 0 && !(tok_is(c, i + 1, c->k->w.as) && i > b && c->t[i - 1].isverb && c->t[i - 1].vform != VF_NONE)) {
            /* ("declared Tuesday as a day of mourning": a day named, not a
             * time) */
            /* the latest such day; "last Friday" on a Friday the one before;
             * "next Friday" a plan */
            int back = (day_weekday(ref) - wd + 7) % 7;
            size_t from = i;
            if (i > b && tok_is_word(c, i - 1, "last")) {
                from = i - 1;
                if (back == 0) {
                    back = 7;
                }
            } else if (i > b && tok_is_word(c, i - 1, "next")) {
                back = -((wd - day_weekday(ref) + 7) % 7 ? (wd - day_weekday(ref) + 7) % 7 : 7);
            }
            add(&f, from, i + 1, ref - back, DP_DAY, back >= 0 && from == i, false);
            continue;
        }
        if (tok_is_word(c, i, "for") && i + 2 < e) {
            /* "has denied for years", "have fought for two decades": a
             * period up to now; a vague one has no date */
            int n = 0;
            size_t u = i + 1;
            bool counted = tok_count(c, u, &n) && n > 1;
            if (counted || tok_is_word(c, u, "many") || tok_is_word(c, u, "several")) {
                u++;
            }
            uint8_t prec;
            int days = tok_unit(c, u, &prec);
            if (days >= 30 && (u == i + 1 || !counted || prec == DP_YEAR || prec == DP_MONTH) && f.n < cap &&
                !tok_is(c, u + 1, c->k->w.of)) {
                truce_day d0 = !counted ? TRUCE_NODAY : prec == DP_MONTH ? month_first(ref, -n) : year_first(ref, -n);
                f.out[f.n++] = (date_expr){(uint32_t)i, (uint32_t)(u + 1), d0, DP_YEAR, DA_SINCE, false, false};
                f.out[f.n - 1].prec = counted ? prec : DP_YEAR;
                i = u;
                continue;
            }
        }
        if (tok_is_word(c, i, "yesterday")) {
            add(&f, i, i + 1, ref - 1, DP_DAY, false, false);
            continue;
        }
        if (tok_is_word(c, i, "today") || tok_is_word(c, i, "tonight")) {
            add(&f, i, i + 1, ref, DP_DAY, false, false);
            continue;
        }
        if (tok_is_word(c, i, "tomorrow")) {
            add(&f, i, i + 1, ref + 1, DP_DAY, false, false);
            continue;
        }
        size_t j = find_deictic(&f, i);
        if (j == i) {
            j = find_anchored(&f, i);
        }
        if (j == i) {
            j = find_count(&f, i);
        }
        if (j > i) {
            i = j - 1;
        }
    }
    return f.n;
}

size_t dates_find(const truce_coder *c, size_t b, size_t e, truce_day ref, date_expr *out, size_t cap)
{
    return dates_find_at(c, b, e, ref, TRUCE_NODAY, out, cap);
}

/* ---- clauses ------------------------------------------------------------- */

enum { CL_MAIN, CL_THAT, CL_REL, CL_WHEN, CL_AFTER, CL_BEFORE, CL_SINCE, CL_OTHER };

#define MAX_CLAUSES 24
#define MAX_SPANS 48
#define NO_CLAUSE 0xFF

typedef struct {
    uint8_t kind, parent;
    bool comma_ends;     /* a comma or a dash closes it */
    int16_t offset;      /* its events are this many days from its parent's */
    int8_t expr;         /* "DATE, when ...": the expression that dates it, -1 none */
} dclause;

typedef struct {
    uint32_t b, e;
    uint8_t cl;
} cspan;

typedef struct {
    dclause cl[MAX_CLAUSES];
    size_t n_cl;
    cspan sp[MAX_SPANS];
    size_t n_sp;
} clauses;

/* Does a clause with a verb of its own follow at i ("after the 40 were
 * deported", "since winning power"), not a phrase ("after the talks")? */
static bool verb_follows(const truce_coder *c, size_t i, size_t se)
{
    if (i < se && c->t[i].vform == VF_ING && c->t[i].isverb) {
        return true;   /* "since winning power" */
    }
    for (size_t q = i; q < se && q < i + 25; q++) {
        if (tok_punct(c, q, ',') || clause_stop(c, q) || tok_dash(c, q) || tok_has(c, q, WC_BOUNDARY)) {
            return false;
        }
        if (is_aux(c, q) && !tok_has(c, q, WC_DETERMINER)) {
            return true;
        }
        if (c->t[q].vform == VF_ED && c->t[q].isverb && q > i && !tok_has(c, q - 1, WC_DETERMINER) &&
            !tok_is(c, q - 1, c->k->w.s)) {
            return true;
        }
    }
    return false;
}

/* The kind of clause the word at i opens, or NO_CLAUSE. */
static uint8_t opener(const truce_coder *c, size_t sb, size_t i, size_t se)
{
    if (i == sb && !(tok_is_word(c, i, "after") || tok_is_word(c, i, "before") || tok_is_word(c, i, "since") ||
                     tok_is_word(c, i, "when") || tok_is_word(c, i, "while") || tok_is_word(c, i, "until") ||
                     tok_is_word(c, i, "although") || tok_is_word(c, i, "though") || tok_is_word(c, i, "because") ||
                     tok_is_word(c, i, "if") || tok_is_word(c, i, "as") || tok_is_word(c, i, "once"))) {
        return NO_CLAUSE;
    }
    if (tok_is(c, i, c->k->w.that)) {
        size_t p = before_adverbs(c, sb, i);
        if (p > sb && c->t[p - 1].isverb && c->t[p - 1].vform != VF_NONE &&
            !(p >= sb + 2 && tok_has(c, p - 2, WC_DETERMINER))) {
            return CL_THAT;
        }
        /* "that" before a noun is a determiner ("that day") */
        return i + 1 < se && c->t[i + 1].kind == TOK_WORD && !tok_has(c, i + 1, WC_DETERMINER) &&
               (c->t[i + 1].vform != VF_NONE || tok_has(c, i + 1, WC_PRONOUN | WC_MODAL)) ? CL_REL
             : i > sb && !c->t[i - 1].isverb ? CL_REL : NO_CLAUSE;
    }
    if (tok_is_word(c, i, "which") || tok_is_word(c, i, "who") || tok_is_word(c, i, "whom") ||
        tok_is_word(c, i, "whose") || tok_is_word(c, i, "where")) {
        return CL_REL;
    }
    if (tok_is_word(c, i, "when") || tok_is_word(c, i, "while") ||
        ((tok_is_word(c, i, "as") || tok_is_word(c, i, "once")) && (i == sb || tok_punct(c, i - 1, ',')))) {
        return verb_follows(c, i + 1, se) ? CL_WHEN : NO_CLAUSE;
    }
    if (tok_is_word(c, i, "after") || tok_is_word(c, i, "following")) {
        return verb_follows(c, i + 1, se) ? CL_AFTER : NO_CLAUSE;
    }
    if (tok_is_word(c, i, "before") || tok_is_word(c, i, "until") || tok_is_word(c, i, "till")) {
        return verb_follows(c, i + 1, se) ? CL_BEFORE : NO_CLAUSE;
    }
    if (tok_is_word(c, i, "since")) {
        return verb_follows(c, i + 1, se) ? CL_SINCE : NO_CLAUSE;
    }
    if (tok_is_word(c, i, "because") || tok_is_word(c, i, "although") || tok_is_word(c, i, "though") ||
        tok_is_word(c, i, "whereas") || tok_is_word(c, i, "unless") || tok_is_word(c, i, "if")) {
        return CL_OTHER;
    }
    return NO_CLAUSE;
}

/* Days from its parent of a clause that "N days after" (or "the day
 * before") opens at i: X happened N days before its parent. */
static int16_t clause_offset(const truce_coder *c, size_t sb, size_t i, uint8_t kind)
{
    if ((kind != CL_AFTER && kind != CL_BEFORE) || i < sb + 2) {
        return 0;
    }
    uint8_t prec;
    int days = tok_unit(c, i - 1, &prec), n = 1;
    if (days < 0) {
        return 0;
    }
    if (i >= sb + 2 && !tok_count(c, i - 2, &n)) {
        n = 1;
    }
    int span = days ? n * days : (n >= 24 ? n / 24 : 0);
    if (span > 400) {
        span = 400;
    }
    return (int16_t)(kind == CL_AFTER ? -span : span);
}

/* The clauses of sentence [sb, se) and the spans of tokens each holds. */
static void clauses_scan(const truce_coder *c, const sinfo *si, size_t sb, size_t se, clauses *cs)
{
    uint8_t stack[16];
    size_t depth = 1;
    cs->n_cl = 1;
    cs->n_sp = 0;
    cs->cl[0] = (dclause){CL_MAIN, NO_CLAUSE, false, 0, -1};
    stack[0] = 0;
    uint8_t cur = 0;
    size_t span_b = sb;
    for (size_t i = sb; i < se; i++) {
        uint8_t top = stack[depth - 1], next = top;
        if ((tok_punct(c, i, ';') || tok_punct(c, i, ':')) && cs->n_cl < MAX_CLAUSES) {
            /* a new clause of its own */
            cs->cl[cs->n_cl] = (dclause){CL_MAIN, NO_CLAUSE, false, 0, -1};
            stack[0] = (uint8_t)cs->n_cl++;
            depth = 1;
            next = stack[0];
        } else if ((tok_punct(c, i, ',') || tok_dash(c, i)) && depth > 1 && cs->cl[top].comma_ends) {
            /* the comma goes with the clause it closes; what follows is
             * its parent's again (a clause opened right before it is kept:
             * "which, ...") */
            depth--;
            next = stack[depth - 1];
            if (cur == top && span_b < i + 1) {
                /* keep the comma in the closed clause */
                if (cs->n_sp < MAX_SPANS) {
                    cs->sp[cs->n_sp++] = (cspan){(uint32_t)span_b, (uint32_t)(i + 1), cur};
                }
                span_b = i + 1;
                cur = next;
                continue;
            }
        } else {
            uint8_t kind = opener(c, sb, i, se);
            if (kind != NO_CLAUSE && cs->n_cl < MAX_CLAUSES && depth < 16) {
                dclause *d = &cs->cl[cs->n_cl];
                *d = (dclause){kind, top, kind != CL_THAT, clause_offset(c, sb, i, kind), -1};
                if (kind == CL_WHEN) {
                    /* "in August 2022, when ...": that date dates it */
                    size_t p = i > sb && tok_punct(c, i - 1, ',') ? i - 1 : i;
                    for (size_t x = 0; x < si->n_dates; x++) {
                        if (si->dates[x].tok_end == p) {
                            d->expr = (int8_t)x;
                        }
                    }
                } else if (kind == CL_REL && !tok_is_word(c, i, "where")) {
                    /* "the 2015 deal, known as the JCPOA, which provided
                     * ...": the noun's date dates what it did */
                    for (size_t x = 0; x < si->n_dates; x++) {
                        if (si->dates[x].attach == DA_NOUN && si->dates[x].tok_end < i &&
                            si->dates[x].tok_end + 20 > i) {
                            d->expr = (int8_t)x;
                        }
                    }
                }
                stack[depth++] = (uint8_t)cs->n_cl++;
                next = stack[depth - 1];
            }
        }
        if (next != cur) {
            if (i > span_b && cs->n_sp < MAX_SPANS) {
                cs->sp[cs->n_sp++] = (cspan){(uint32_t)span_b, (uint32_t)i, cur};
            }
            span_b = i;
            cur = next;
        }
    }
    if (se > span_b && cs->n_sp < MAX_SPANS) {
        cs->sp[cs->n_sp++] = (cspan){(uint32_t)span_b, (uint32_t)se, cur};
    } else if (cs->n_sp == MAX_SPANS) {
        cs->sp[MAX_SPANS - 1].e = (uint32_t)se;   /* the rest goes with the last */
    }
}

static uint8_t clause_of(const clauses *cs, size_t tok)
{
    for (size_t k = 0; k < cs->n_sp; k++) {
        if (tok >= cs->sp[k].b && tok < cs->sp[k].e) {
            return cs->sp[k].cl;
        }
    }
    return 0;
}

/* ---- the head ------------------------------------------------------------ */

/* The head used as a noun ("the attack", "Saturday's blasts")? */
static bool head_noun(const truce_coder *c, size_t sb, size_t head)
{
    if (c->t[head].vform == VF_NONE || !c->t[head].isverb) {
        return true;
    }
    if (head > sb && (tok_has(c, head - 1, WC_DETERMINER) || tok_is(c, head - 1, c->k->w.s) ||
                      is_prep(c, c->t[head - 1].id))) {
        return true;
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
    size_t p = before_adverbs(c, sb, head);
    if (p > sb && tok_is_word(c, p - 1, "been")) {
        p = before_adverbs(c, sb, p - 1);
    }
    return p > sb && is_aux(c, p - 1) ? p - 1 : SIZE_MAX;
}

/* A perfect: "has killed", "have been killed", "had fought". */
static bool head_perfect(const truce_coder *c, size_t sb, size_t head)
{
    size_t a = head_aux(c, sb, head);
    return a != SIZE_MAX && c->t[a].vlemma == c->k->w.have;
}

/* A plan or a possibility: "will meet", "is due to travel", "plans to
 * visit", "could attack". */
static bool head_plan(const truce_coder *c, size_t sb, size_t head)
{
    size_t p = before_adverbs(c, sb, head);
    if (p > sb && tok_has(c, p - 1, WC_MODAL)) {
        return true;
    }
    /* "is due to travel", "plans to visit", "agreed to meet", "is to
     * meet"; not "used tear gas to disperse", "failed to reach" */
    if (p > sb + 1 && tok_is(c, p - 1, c->k->w.to)) {
        size_t q = p - 2;
        return tok_has(c, q, WC_INTENT) || is_be(c, q) || tok_is_word(c, q, "due") ||
               tok_is_word(c, q, "scheduled") || tok_is_word(c, q, "slated") || tok_is_word(c, q, "about");
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

/* May expression x date the head at head (in the clause being looked at)? */
static bool expr_fits(const truce_coder *c, size_t sb, const date_expr *x, size_t head, bool noun, bool plan)
{
    truce_day story = c->st->date;
    if (x->day == TRUCE_NODAY && x->attach != DA_SINCE) {
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
            return false;
        }
        /* the noun after it ("the 2004 bombing"), or a verb's subject
         * ("Saturday's blasts killed") */
        for (size_t q = x->tok_end; q < head; q++) {
            if (tok_punct(c, q, ',') || clause_stop(c, q) || tok_dash(c, q) ||
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
static size_t quote_of(const truce_coder *c, size_t sb, size_t tok)
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

/* What the head is and where it stands, for dates_event. */
typedef struct {
    size_t sb, se, head, excl_b, excl_e, quote;
    bool noun, plan;
} headinfo;

/* Is the expression x, inside the range of what a verb of saying reports,
 * the date of the saying after all? "warned Wednesday that ...", "told
 * VOA's Korean Service on Monday ...": right after the verb, no verb
 * between. */
static bool dates_saying(const truce_coder *c, const headinfo *h, const date_expr *x)
{
    if (h->excl_b != h->head + 1 || x->tok > h->head + 8) {
        return false;
    }
    for (size_t q = h->head + 1; q < x->tok; q++) {
        if (c->t[q].kind != TOK_WORD || c->t[q].isverb || tok_is(c, q, c->k->w.that)) {
            return false;
        }
    }
    return true;
}

/* The expression of clause cl nearest the head that may date it, or NULL. */
static const date_expr *clause_best(const truce_coder *c, const sinfo *si, const clauses *cs, const headinfo *h,
                                    uint8_t cl)
{
    const date_expr *best = NULL;
    size_t bestd = SIZE_MAX;
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        if (clause_of(cs, d->tok) != cl) {
            continue;
        }
        /* what was said is not dated by when it was said */
        if (d->tok >= h->excl_b && d->tok < h->excl_e && !dates_saying(c, h, d)) {
            continue;
        }
        /* a time a speaker gives in a quotation dates what is quoted */
        size_t qd = quote_of(c, h->sb, d->tok);
        if (qd != SIZE_MAX && qd != h->quote) {
            continue;
        }
        if (!expr_fits(c, h->sb, d, h->head, h->noun, h->plan)) {
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
 * reports when it has no verb of its own: "Last month, Trump said ...",
 * "Speaking to lawmakers on Monday, Starmer said ..." are times of the
 * saying. */
static bool fronted_phrase(const truce_coder *c, size_t b, size_t e, size_t head)
{
    if (e > head || b >= e) {
        return false;
    }
    for (size_t q = b; q <= e && q < head; q++) {
        if (is_quote_tok(c, q)) {
            return false;
        }
    }
    for (size_t q = b; q < e; q++) {
        if (is_aux(c, q) || (c->t[q].isverb && (c->t[q].vform == VF_ED || c->t[q].vform == VF_S) &&
                             !(c->t[q].flags & TF_CAP) && q > b && !tok_has(c, q - 1, WC_DETERMINER) &&
                             !tok_is(c, q - 1, c->k->w.s) && !is_prep(c, c->t[q - 1].id))) {
            return false;
        }
    }
    return true;
}

/* A noun of past acts: "past attacks", "previous clashes". */
static bool past_noun(const truce_coder *c, size_t sb, size_t head)
{
    for (size_t q = head; q > sb && q + 3 > head; q--) {
        if (tok_is_word(c, q - 1, "past") || tok_is_word(c, q - 1, "previous") || tok_is_word(c, q - 1, "earlier") ||
            tok_is_word(c, q - 1, "prior")) {
            return true;
        }
    }
    return false;
}

void dates_event(const truce_coder *c, const sinfo *si, size_t head, evctx *x, size_t excl_b,
                 size_t excl_e, bool inherit)
{
    truce_day story = c->st->date;
    x->date = story;
    x->date_prec = DP_DAY;
    x->date_text = false;
    x->historical = false;
    size_t sent = x->sent < c->ns ? x->sent : 0;
    headinfo h = {c->ns ? c->s[sent].tok_start : 0, c->ns ? c->s[sent].tok_end : c->nt, head, excl_b, excl_e, 0,
                  false, false};
    if (head < h.sb || head >= h.se) {
        h.sb = 0;
        h.se = c->nt;
    }
    if (fronted_phrase(c, excl_b, excl_e, head)) {
        h.excl_b = h.excl_e = 0;
    }
    h.noun = head_noun(c, h.sb, head);
    h.plan = head_plan(c, h.sb, head);
    h.quote = quote_of(c, h.sb, head);
    clauses cs;
    clauses_scan(c, si, h.sb, h.se, &cs);
    uint8_t cl = clause_of(&cs, head), own = cl;
    int offset = 0;
    const date_expr *best = NULL;
    for (size_t hops = 0; cl != NO_CLAUSE && hops < MAX_CLAUSES; hops++) {
        if ((best = clause_best(c, si, &cs, &h, cl)) != NULL) {
            break;
        }
        const dclause *dc = &cs.cl[cl];
        if (dc->expr >= 0 && (size_t)dc->expr < si->n_dates && (h.noun || !h.plan) &&
            (dc->kind == CL_WHEN || h.noun || head_past(c, h.sb, head)) && si->dates[dc->expr].day != TRUCE_NODAY &&
            (story == TRUCE_NODAY || si->dates[dc->expr].day <= story)) {
            best = &si->dates[dc->expr];   /* "in 2009, when ...", "the 2015 deal, which ..." */
            break;
        }
        if (cl == own && ((dc->kind == CL_SINCE && (h.noun || head_past(c, h.sb, head))) ||
                          (h.noun && past_noun(c, h.sb, head)))) {
            /* "since the war began", "past attacks": background the text
             * gives no date for */
            x->date = TRUCE_NODAY;
            x->historical = true;
            return;
        }
        offset += dc->offset;
        cl = dc->parent;
    }
    if (best && best->day == TRUCE_NODAY) {
        x->date = TRUCE_NODAY;   /* "has denied for years" */
        x->historical = true;
        return;
    }
    if (best) {
        x->date = best->day;
        x->date_prec = best->prec;
        x->date_text = true;
        if (offset && best->prec == DP_DAY) {
            x->date += offset;
        }
    } else if (inherit && si->para_date != TRUCE_NODAY && !h.noun && head_past(c, h.sb, head)) {
        x->date = si->para_date;
        x->date_prec = si->para_prec;
        x->date_text = true;
    } else if (offset < 0 && story != TRUCE_NODAY) {
        /* "two days after X", the clause undated: X two days before the story */
        x->date = story + offset;
        x->date_text = true;
    }
    if (story != TRUCE_NODAY && x->date != TRUCE_NODAY) {
        if (x->date > story) {
            x->date = story;
            x->date_prec = DP_DAY;
            x->date_text = false;
        }
        if (story - period_last(x->date, x->date_prec) > 30) {
            x->historical = true;
        }
    }
}

/* ---- the story ----------------------------------------------------------- */

/* The first verb of the sentence's main clause, past any fronted clause or
 * phrase: its tense decides whether the sentence tells a past event. */
static size_t main_verb(const truce_coder *c, size_t sb, size_t se)
{
    for (size_t i = sb + 1; i < se && i < sb + 40; i++) {
        const token *t = &c->t[i];
        if (is_aux(c, i)) {
            return i;
        }
        if (!t->isverb || (t->flags & TF_CAP) || tok_has(c, i - 1, WC_DETERMINER) || tok_is(c, i - 1, c->k->w.s) ||
            (t->vform != VF_ED && t->vform != VF_S)) {
            continue;
        }
        if (t->vform == VF_S && mostly_noun(c, i)) {
            continue;   /* "the Armenian sides stopped": a plural, not a verb */
        }
        return i;
    }
    return SIZE_MAX;
}

/* A sentence that quotes a speaker: it is the speaker's, not the story's
 * sequence of events. */
static bool quoting(const truce_coder *c, size_t k)
{
    for (size_t i = c->s[k].tok_start; i < c->s[k].tok_end; i++) {
        if (is_quote_tok(c, i)) {
            return true;
        }
    }
    return false;
}

/* Is a capitalised word of sentence k (a name: an actor or a place) also in
 * sentence p? */
static bool shares_name(const truce_coder *c, size_t p, size_t k)
{
    size_t pb = c->s[p].tok_start, pe = c->s[p].tok_end;
    size_t kb0 = c->s[k].tok_start, ke = c->s[k].tok_end;
    for (size_t i = kb0; i < ke; i++) {
        const token *t = &c->t[i];
        if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || tok_has(c, i, WC_DATE_WORD) ||
            tok_has(c, i, WC_PRONOUN | WC_DETERMINER) || (i == kb0 && !t->actor)) {
            continue;
        }
        size_t n = t->end - t->start;
        for (size_t q = pb; q < pe; q++) {
            const token *u = &c->t[q];
            if ((u->flags & TF_CAP) && u->end - u->start == n && memcmp(c->text + u->start, c->text + t->start, n) == 0) {
                return true;
            }
        }
    }
    return false;
}

/* Sentence k continues the event of sentence p (which named its date, or
 * continued one that did) when it tells a past act, not what is now or
 * what a speaker says ("..." quoted), and one of these links them:
 *   - it opens with a word of sequence: "Then", "Later", "Afterwards",
 *     "Subsequently", "Shortly after", "At the time";
 *   - it opens with a pronoun ("He", "They", "Its"), which stands for an
 *     actor of p;
 *   - it names an actor or a place p names (a capitalised word of both).
 * So "In 1995 gunmen bombed the market. Insurgents killed six people in the
 * north." does not date the killing 1995; "... They fled to the hills."
 * dates the flight. (tests/unit/test_dates.c: dates_continues.) */
bool dates_continues(const truce_coder *c, size_t p, size_t k)
{
    size_t kb0 = c->s[k].tok_start, ke = c->s[k].tok_end;
    if (kb0 >= ke || is_quote_tok(c, kb0)) {
        return false;
    }
    size_t v = main_verb(c, kb0, ke);
    if (v == SIZE_MAX) {
        return false;
    }
    /* present, perfect or future: the story's now */
    if (tok_has(c, v, WC_MODAL) || c->t[v].vform == VF_S || tok_is_word(c, v, "is") || tok_is_word(c, v, "are") ||
        tok_is_word(c, v, "has") || tok_is_word(c, v, "have") || tok_is_word(c, v, "am") ||
        (c->t[v].vform == VF_BASE && !is_aux(c, v))) {
        return false;
    }
    static const char *const links[] = {"then", "later", "afterwards", "afterward", "subsequently", "shortly",
                                        "soon", "thereafter"};
    for (size_t q = 0; q < sizeof links / sizeof *links; q++) {
        if (tok_is_word(c, kb0, links[q])) {
            return true;
        }
    }
    if (tok_is_word(c, kb0, "at") && tok_is_word(c, kb0 + 1, "the") && tok_is_word(c, kb0 + 2, "time")) {
        return true;
    }
    static const char *const pronouns[] = {"he", "she", "they", "his", "her", "their"};
    for (size_t q = 0; q < sizeof pronouns / sizeof *pronouns; q++) {
        if (tok_is_word(c, kb0, pronouns[q])) {
            return true;
        }
    }
    return shares_name(c, p, k);
}

/* The date of the sentence's main clause: the expression of clause 0 (or a
 * clause of its own after ';') that dates the clause, not a noun or a
 * bound. NULL if none. */
static const date_expr *main_expr(const truce_coder *c, const sinfo *si, size_t sb, size_t se)
{
    clauses cs;
    clauses_scan(c, si, sb, se, &cs);
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        uint8_t cl = clause_of(&cs, d->tok);
        if (d->attach == DA_CLAUSE && cs.cl[cl].kind == CL_MAIN && d->day != TRUCE_NODAY &&
            (c->st->date == TRUCE_NODAY || d->day <= c->st->date)) {
            return d;
        }
    }
    return NULL;
}

void dates_story(const truce_coder *c, sinfo *si)
{
    truce_day ref = c->st->date, anchor = TRUCE_NODAY;
    /* the event being told: its date and precision, the sentence that last
     * named or continued it, and how many more sentences it may go on */
    truce_day narr = TRUCE_NODAY;
    uint8_t narr_prec = DP_DAY;
    size_t narr_sent = 0, left = 0;
    for (size_t k = 0; k < c->ns; k++) {
        size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
        si[k].para_date = TRUCE_NODAY;
        si[k].para_prec = DP_DAY;
        si[k].main_date = TRUCE_NODAY;
        if (c->opt.max_sentence_tokens && se - sb > c->opt.max_sentence_tokens) {
            si[k].n_dates = 0;
            narr = TRUCE_NODAY;
            continue;
        }
        if (k > 0 && c->s[k].paragraph != c->s[k - 1].paragraph) {
            narr = TRUCE_NODAY;   /* a new paragraph tells its own */
        }
        si[k].n_dates = dates_find_at(c, sb, se, ref, anchor, si[k].dates, 16);
        const date_expr *m = main_expr(c, &si[k], sb, se);
        if (m) {
            narr = m->day;
            narr_prec = m->prec;
            narr_sent = k;
            left = 3;
            si[k].main_date = m->day;
        } else if (narr != TRUCE_NODAY && quoting(c, k)) {
            /* a quotation neither continues the event nor ends it */
        } else if (narr != TRUCE_NODAY && left > 0 && dates_continues(c, narr_sent, k)) {
            si[k].para_date = narr;
            si[k].para_prec = narr_prec;
            si[k].main_date = narr;
            narr_sent = k;
            left--;
        } else {
            narr = TRUCE_NODAY;
        }
        for (size_t d = 0; d < si[k].n_dates; d++) {
            const date_expr *x = &si[k].dates[d];
            if (x->prec == DP_DAY && x->attach != DA_BOUND && x->attach != DA_SINCE &&
                (ref == TRUCE_NODAY || x->day <= ref)) {
                anchor = x->day;
            }
        }
    }
}
