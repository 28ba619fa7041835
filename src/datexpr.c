/* datexpr.c — date expressions: what a sentence says of when.
 *
 * Finds the date expressions of a sentence and resolves them against the
 * story's date: full dates ("On November 9, 2020", "9 November", "March,
 * 2016"), days ("on Thursday", "yesterday", "two days ago"), weeks ("last
 * week", "earlier this week", "over the weekend", "two weeks ago"), months
 * ("in June", "last month", "earlier this month", "July last year"; "mid-March",
 * "late September": about a week), years
 * ("in 2019", "last year", "this year"; "late 2001", "mid-2019": a month),
 * periods up to now ("for years"),
 * past periods of a year or more with no day ("a war that lasted three
 * years", "years ago", "in the 1990s", "in the past", "in recent years",
 * "over the years": its clause is background),
 * and days counted from another ("the next day", "two days later", "the day
 * before", "48 hours after"). Each has a precision (day, week, month, year)
 * and is stored as the first day of its period; a day or month alone is
 * the latest before the story, unless a plan is for it ("will meet on
 * Friday", "On Tuesday, X will join", "is set to vote Friday": then the
 * first such day on or after the story's, which dates no event). What each is attached to (its clause,
 * the noun after it, a period's start, a bound) is read from the words
 * around it; which event it dates is decided in dates.c.
 *
 * Tests: tests/unit/test_dates.c.
 */
#include "dates.h"

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
truce_day dates_period_first(truce_day d, uint8_t prec)
{
    return prec == DP_WEEK ? week_first(d) : prec == DP_MONTH ? month_first(d, 0)
         : prec == DP_YEAR ? year_first(d, 0) : d;
}

/* The last day of the period that starts at d. */
truce_day dates_period_last(truce_day d, uint8_t prec)
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
    /* a weekday's own rite ("after Friday prayers", "following the weekly
     * Friday prayer", "during Sunday mass"): held that day, so what is
     * done after or during it is of that day too */
    static const char *const rites[] = {"prayers", "prayer", "mass", "sermon", "service", "services", NULL};
    if (j == i + 1 && j < e && dates_weekday(c, i) >= 0 && tok_is_one_of(c, j, rites)) {
        return DA_CLAUSE;
    }
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
        /* (but "the toll from Saturday's blasts" names the blasts' day:
         * a noun's date, below) */
        bool noun_from = tok_is_word(c, q, "from") && j < e && tok_is(c, j, k->w.s);
        if (tok_is_word(c, q, "before") || tok_is_word(c, q, "after") || tok_is_word(c, q, "until") ||
            tok_is_word(c, q, "till") || tok_is_word(c, q, "by") || (tok_is_word(c, q, "from") && !noun_from) ||
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
    uint8_t anchor_prec;
    date_expr *out;
    size_t n, cap;
} finder;

/* Is the day or month at i, read as the latest before the story, what a
 * plan is for ("will convene a meeting ... on Friday", "is due to meet
 * Erdogan in January")? Then it is a later one, after the story. */
static bool planned(const truce_coder *c, size_t b, size_t e, size_t i)
{
    size_t q = i;
    bool aside = false;
    for (; q > b && q + 12 > i; q--) {
        size_t v = q - 1;
        if (tok_punct(c, v, ',') && !aside && q + 1 >= i) {
            /* a time set off by commas: "will increase, on April 2, the
             * tariffs" (test_dates.c: "future") */
            aside = true;
            continue;
        }
        if (tok_punct(c, v, ',') || clause_stop(c, v) || tok_has(c, v, WC_BOUNDARY)) {
            return false;
        }
        if (c->t[v].isverb && c->t[v].vform != VF_NONE && !(c->t[v].flags & TF_CAP) && v > b &&
            !tok_has(c, v - 1, WC_DETERMINER) && !tok_is(c, v - 1, c->k->w.s) && !is_prep(c, c->t[v].id)) {
            if (dates_plan(c, b, v)) {
                return true;
            }
            if (v >= b + 2 && tok_is_word(c, v - 2, "will") && c->t[v - 1].end - c->t[v - 1].start > 2 &&
                memcmp(c->text + c->t[v - 1].end - 2, "ly", 2) == 0) {
                return true;   /* "will substantially increase": an adverb the lexicon lacks */
            }
            if (tok_is(c, v - 1, c->k->w.to) && dates_mostly_noun(c, v)) {
                continue;   /* "went to court": a noun after "to" is no infinitive */
            }
            if (c->t[v - 1].isverb && c->t[v - 1].vform != VF_NONE && dates_mostly_noun(c, v)) {
                continue;   /* "would take effect on July 1", "will hold talks on Friday": the verb's object */
            }
            return false;
        }
    }
    if (q > b + 1 || aside) {
        return false;
    }
    /* fronted ("On Tuesday, Rubio will join the talks"): the verb group of
     * the clause after its comma (tests/unit/test_dates.c: "future") */
    size_t k = i + 1;
    while (k < e && k < i + 4 && !tok_punct(c, k, ',')) {
        k++;
    }
    for (size_t v = k + 1; k < e && tok_punct(c, k, ',') && v < e && v < k + 12; v++) {
        if (tok_punct(c, v, ',') || clause_stop(c, v) || tok_has(c, v, WC_BOUNDARY)) {
            return false;
        }
        if (tok_has(c, v, WC_MODAL)) {
            return true;
        }
        if (is_aux(c, v) || (c->t[v].isverb && (c->t[v].vform == VF_ED || c->t[v].vform == VF_S) &&
                             !(c->t[v].flags & TF_CAP) && !tok_has(c, v - 1, WC_DETERMINER))) {
            return v + 2 < e && tok_is(c, v + 2, c->k->w.to) && dates_plan(c, b, v + 3);
        }
    }
    return false;
}

/* The day of a plan ("will vote on Friday", "is due to meet in January",
 * "will sign on May 3"): the first such day or month on or after the
 * story's, not the latest before it. */
static truce_day planned_day(truce_day ref, truce_day day, uint8_t prec, bool weekday)
{
    if (day >= ref || ref == TRUCE_NODAY) {
        return day;
    }
    if (weekday) {
        return day + 7;
    }
    int y, m, d, ry, rm, rd;
    day_to_ymd(day, &y, &m, &d);
    day_to_ymd(ref, &ry, &rm, &rd);
    if (prec == DP_MONTH && y == ry && m == rm) {
        return day;   /* "in March", in March */
    }
    return ymd_valid(y + 1, m, d) ? day_from_ymd(y + 1, m, d) : day;
}

static void add(finder *f, size_t i, size_t j, truce_day day, uint8_t prec, bool deictic, bool full)
{
    if (f->n == f->cap || day == TRUCE_NODAY) {
        return;
    }
    if (deictic && planned(f->c, f->b, f->e, i)) {
        /* after the story: it dates nothing, but is no past day either */
        day = planned_day(f->ref, day, prec, dates_weekday(f->c, i) >= 0);
    }
    date_expr *x = &f->out[f->n++];
    *x = (date_expr){(uint32_t)i, (uint32_t)j, dates_period_first(day, prec), prec, DA_CLAUSE, deictic, full, false};
    x->attach = attachment(f->c, f->b, f->e, i, j);
    if (x->attach == DA_NOUN && deictic && prec == DP_DAY && f->ref - x->day > 60) {
        /* "the October 7 attack", "the September 11 attacks": a day of a
         * year the text does not give, not the latest such day */
        x->day = TRUCE_NODAY;
    }
    if (x->attach == DA_NOUN && x->day != TRUCE_NODAY && i > f->b + 1 && tok_has(f->c, i - 1, WC_DETERMINER) &&
        tok_is_word(f->c, i - 2, "since") && f->n < f->cap) {
        /* "have patrolled the border since the 1991 Gulf War": the
         * noun's date, and the start of the clause's period too
         * (test_dates.c: "since the noun") */
        f->out[f->n] = *x;
        f->out[f->n++].attach = DA_SINCE;
    }
}

/* The day a relative expression counts from: the last date named before it
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
        *prec = f->anchor_prec;
        return f->anchor;
    }
    return offset <= 0 ? f->ref : TRUCE_NODAY;
}

/* The date of what "after" at j names ("two days after Tuesday's attack",
 * "hours after ending this week's siege"), up to the end of its phrase;
 * TRUCE_NODAY if it names none. */
static truce_day object_date(const finder *f, size_t j, uint8_t *prec)
{
    size_t e = j;
    while (e < f->e && e < j + 20 && !tok_punct(f->c, e, ',') && !clause_stop(f->c, e)) {
        e++;
    }
    date_expr x[4];
    size_t n = dates_find_at(f->c, j, e, f->ref, TRUCE_NODAY, DP_DAY, x, 4);
    for (size_t q = 0; q < n; q++) {
        if (x[q].attach != DA_BOUND && x[q].attach != DA_SINCE && x[q].day != TRUCE_NODAY && x[q].day <= f->ref) {
            *prec = x[q].prec;
            return x[q].day;
        }
    }
    return TRUCE_NODAY;
}

/* A day counted from the anchor: offset days, precision at least prec; not
 * after the story. With after_at, the tokens from there name what it is
 * counted from ("two days after X"): X's date if it has one, else the
 * anchor only if it is a day and the count a few days (X is most likely
 * the day last named); else nothing (X is dated from the clause, see
 * clause_offset in dates.c). */
static void add_relative(finder *f, size_t i, size_t j, int offset, uint8_t prec, size_t after_at)
{
    uint8_t ap;
    truce_day a = TRUCE_NODAY;
    if (after_at) {
        a = object_date(f, after_at, &ap);
        uint8_t dp;
        truce_day day = anchor_day(f, offset, &dp);
        if (a != TRUCE_NODAY && ap != DP_DAY && dp == DP_DAY && day != TRUCE_NODAY && day >= a &&
            day <= dates_period_last(a, ap)) {
            /* "hours after ending this week's siege", the siege's day named
             * before: that day */
            a = day;
            ap = DP_DAY;
        }
        if (a == TRUCE_NODAY) {
            if (f->n > 0) {
                /* "attacked on Tuesday, a day after troops shelled the
                 * town": the day named before is this clause's own; the
                 * count dates what "after" tells (clause_offset) */
                return;
            }
            a = anchor_day(f, offset, &ap);
            if (ap != DP_DAY || offset > 7 || offset < -7) {
                return;
            }
        }
    } else {
        a = anchor_day(f, offset, &ap);
    }
    if (a == TRUCE_NODAY || a + offset > f->ref) {
        return;
    }
    add(f, i, j, a + offset, ap > prec ? ap : prec, false, false);
}

/* Does "after" or "before" at w take an object ("after the attack")? */
static size_t conj_at(const finder *f, size_t w)
{
    return w + 1 < f->e && f->c->t[w + 1].kind == TOK_WORD ? w + 1 : 0;
}

/* The part of the month the words at month token i name: "early June",
 * "early-June", "the beginning of June" 0 (its first day), "mid-March",
 * "the middle of March" 11, "late September", "the end of September" 21
 * (days after the first); -1 for the whole month. */
static int month_part(const truce_coder *c, size_t b, size_t i, bool edge)
{
    static const struct {
        const char *w, *pre;
        int off;
    } parts[] = {{"early", "early-", 0}, {"mid", "mid-", 11}, {"late", "late-", 21}},
      ofs[] = {{"beginning", NULL, 0}, {"start", NULL, 0}, {"middle", NULL, 11}, {"end", NULL, 21}};
    size_t plen;
    for (size_t q = 0; q < sizeof parts / sizeof *parts; q++) {
        if (edge ? dates_prefix(c, i, parts[q].pre, &plen) : (i > b && tok_is_word(c, i - 1, parts[q].w))) {
            return parts[q].off;
        }
    }
    for (size_t q = 0; !edge && i > b + 1 && q < sizeof ofs / sizeof *ofs; q++) {
        if (tok_is(c, i - 1, c->k->w.of) && tok_is_word(c, i - 2, ofs[q].w)) {
            return ofs[q].off;
        }
    }
    return -1;
}

/* A month's part (month_part) narrows the month expression just added to
 * about a week: the 1st, 12th or 22nd, week precision ("late September":
 * the 22nd to the 28th), unless that is after the story (test_dates.c:
 * "part of a month"). */
static void narrow_month(finder *f, size_t n0, int part)
{
    if (part < 0 || f->n != n0 + 1 || f->out[n0].prec != DP_MONTH || f->out[n0].day == TRUCE_NODAY) {
        return;
    }
    date_expr *x = &f->out[n0];
    truce_day d = x->day + part;
    if (f->ref == TRUCE_NODAY || d <= f->ref) {
        x->day = d;
        x->prec = DP_WEEK;
    }
}

/* The part of the year the words before the year expression at i name,
 * as the month it most likely falls in (months after January): "early
 * 2021", "the beginning of last year" 0, "mid-2019", "the middle of 2019"
 * 5 (June), "late 2001", "late last year" 10 (November, amid October to
 * December), "the end of last year" 11; -1 for the whole year. */
static int year_part(const truce_coder *c, size_t b, size_t i)
{
    static const struct {
        const char *w;
        int off;
    } parts[] = {{"early", 0}, {"mid", 5}, {"late", 10}}, ofs[] = {{"beginning", 0}, {"start", 0}, {"middle", 5},
                                                                  {"end", 11}};
    for (size_t q = 0; i > b && q < sizeof parts / sizeof *parts; q++) {
        if (tok_is_word(c, i - 1, parts[q].w)) {
            return parts[q].off;
        }
    }
    for (size_t q = 0; i > b + 1 && q < sizeof ofs / sizeof *ofs; q++) {
        if (tok_is(c, i - 1, c->k->w.of) && tok_is_word(c, i - 2, ofs[q].w)) {
            return ofs[q].off;
        }
    }
    return -1;
}

/* A year's part (year_part) narrows the year expression just added to
 * its month, month precision ("late 2001": November 2001), unless that is
 * after the story (test_dates.c: "part of a year"). */
static void narrow_year(finder *f, size_t n0, int part)
{
    if (part < 0 || f->n != n0 + 1 || f->out[n0].prec != DP_YEAR || f->out[n0].day == TRUCE_NODAY) {
        return;
    }
    date_expr *x = &f->out[n0];
    truce_day d = month_first(x->day, part);
    if (f->ref == TRUCE_NODAY || d <= f->ref) {
        x->day = d;
        x->prec = DP_MONTH;
    }
}

/* "Month ...": a full date, a day of the latest such month, a month with
 * its year, a month alone. Returns the end of the expression, or i. */
static size_t find_month(finder *f, size_t i, int m, bool edge)
{
    int part = month_part(f->c, f->b, i, edge);
    size_t n0 = f->n;
    const truce_coder *c = f->c;
    size_t b = f->b, j = i + 1;
    int d, y;
    if (tok_punct(c, j, '.')) {
        j++;
    }
    if (!edge && dates_number(c, j, &d, 2) && d >= 1 && d <= 31) {
        size_t k2 = j + 1;
        if (tok_punct(c, k2, ',')) {
            k2++;
        }
        if (dates_year(c, k2, &y) && ymd_valid(y, m, d)) {
            add(f, i, k2 + 1, day_from_ymd(y, m, d), DP_DAY, false, true);
            return k2 + 1;
        }
        if (f->ref != TRUCE_NODAY) {
            add(f, i, j + 1, recent_md(f->ref, m, d), DP_DAY, true, false);
        }
        return j + 1;
    }
    size_t yj = j;
    if (tok_punct(c, yj, ',') && dates_year(c, yj + 1, &y)) {
        yj++;   /* "March, 2016" */
    }
    if (dates_year(c, yj, &y)) {
        add(f, i, yj + 1, day_from_ymd(y, m, 1), DP_MONTH, false, true);
        narrow_month(f, n0, part);
        return yj + 1;
    }
    if (f->ref == TRUCE_NODAY) {
        return j;
    }
    /* "July last year", "March this year" */
    if (tok_is_word(c, j, "last") && tok_is_word(c, j + 1, "year")) {
        add(f, i, j + 2, month_first(year_first(f->ref, -1), m - 1), DP_MONTH, false, false);
        narrow_month(f, n0, part);
        return j + 2;
    }
    if (tok_is_word(c, j, "this") && tok_is_word(c, j + 1, "year")) {
        add(f, i, j + 2, month_first(year_first(f->ref, 0), m - 1), DP_MONTH, false, false);
        narrow_month(f, n0, part);
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
        narrow_month(f, n0, part);
    }
    return j;
}

/* A well-known event's phrase at i (data/events.tsv: "the October 7
 * attack", "Russia's 2022 invasion of Ukraine", "the Arab Spring"): a date
 * expression of the event's day, month or year, attached as any other
 * (after "in", "during", "on", "at" a time of its clause, after "since" a
 * period's start, after "before", "after" a bound) but naming a thing, not
 * a time, where nothing governs it: it dates the noun it names, and a verb
 * through its subject ("the October 7 attack killed ..."). The longest
 * phrase wins. Returns the end or i. */
static size_t find_known(finder *f, size_t i)
{
    const truce_coder *c = f->c;
    const kb *k = c->k;
    size_t best = i, bk = 0;
    for (size_t q = 0; q < k->n_known; q++) {
        size_t n = k->known[q].n;
        if (k->known[q].ids[0] != c->t[i].id || i + n > f->e || i + n <= best) {
            continue;
        }
        size_t w = 1;
        while (w < n && c->t[i + w].id == k->known[q].ids[w]) {
            w++;
        }
        if (w == n) {
            best = i + n;
            bk = q;
        }
    }
    if (best == i || f->n == f->cap) {
        return i;
    }
    date_expr *x = &f->out[f->n++];
    *x = (date_expr){(uint32_t)i, (uint32_t)best, k->known[bk].day, k->known[bk].prec, DA_CLAUSE, false, true, false};
    /* the word that governs it, past "the", "Russia's" */
    size_t p = i > f->b && (tok_has(c, i - 1, WC_DETERMINER) || tok_is(c, i - 1, k->w.s)) ? i - 1 : i;
    if (p > f->b + 1 && tok_is(c, p, k->w.s)) {
        p--;   /* "in Russia's 2022 invasion" */
    }
    x->attach = DA_NOUN;
    if (p > f->b) {
        size_t q = p - 1;
        if (tok_is_word(c, q, "in") || tok_is_word(c, q, "during") || tok_is_word(c, q, "on") ||
            tok_is_word(c, q, "at") || tok_is_word(c, q, "throughout")) {
            x->attach = DA_CLAUSE;
        } else if (tok_is_word(c, q, "since")) {
            x->attach = DA_SINCE;
        } else if (tok_is_word(c, q, "before") || tok_is_word(c, q, "after") || tok_is_word(c, q, "until") ||
                   tok_is_word(c, q, "following") || tok_is_word(c, q, "to")) {
            x->attach = DA_BOUND;
        }
    }
    return best;
}

/* "last week", "this month", "earlier this year", "over the weekend",
 * "later this week" (a plan: after the story). Returns the end or i. */
static size_t find_deictic(finder *f, size_t i)
{
    const truce_coder *c = f->c;
    truce_day ref = f->ref;
    size_t j = i;
    uint8_t c0 = c->text[c->t[i].start] | 0x20;
    if (c0 != 'e' && c0 != 'l' && c0 != 't' && c0 != 'n') {
        return i;
    }
    bool earlier = tok_is_word(c, j, "earlier"), later = tok_is_word(c, j, "later");
    if (earlier || later) {
        j++;
    }
    if (earlier && tok_is(c, j, c->k->w.in) && tok_is(c, j + 1, c->k->w.the) &&
        (tok_is_word(c, j + 2, "week") || tok_is_word(c, j + 2, "month") || tok_is_word(c, j + 2, "year"))) {
        j++;   /* "earlier in the week": earlier this week */
    }
    bool this_ = tok_is_word(c, j, "this") || (earlier && tok_is(c, j, c->k->w.the));
    bool last = tok_is_word(c, j, "last"), next = tok_is_word(c, j, "next");
    if (!this_ && !last && !next && !earlier && !later) {
        /* "over the weekend", "the weekend" */
        size_t w = tok_is_word(c, j + 1, "past") ? j + 2 : j + 1;   /* "the past weekend" */
        if (tok_is_word(c, j, "the") && tok_is_word(c, w, "weekend")) {
            truce_day sat = ref - ((day_weekday(ref) + 2) % 7);   /* the latest Saturday */
            add(f, i, w + 1, sat, DP_WEEK, false, false);
            return w + 1;
        }
        return i;
    }
    if (!this_ && !last && !next) {
        return i;
    }
    size_t u = j + 1;
    if (this_ && tok_is_word(c, u, "past") && tok_is_word(c, u + 1, "weekend")) {
        /* "this past weekend": the latest one */
        add(f, i, u + 2, ref - ((day_weekday(ref) + 2) % 7), DP_WEEK, false, false);
        return u + 2;
    }
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
        /* "late last month", "the end of last month": about a week */
        size_t n0 = f->n;
        add(f, i, u + 1, month_first(ref, -back), DP_MONTH, false, false);
        narrow_month(f, n0, earlier ? -1 : month_part(c, f->b, j, false));
    } else if (tok_is_word(c, u, "year")) {
        size_t n0 = f->n;
        add(f, i, u + 1, year_first(ref, -back), DP_YEAR, false, false);
        narrow_year(f, n0, earlier ? -1 : year_part(c, f->b, j));
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
    uint8_t c0 = c->text[c->t[i].start] | 0x20;
    if (c0 != 'e' && c0 != 'l' && c0 != 't') {
        return i;
    }
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
            if (offset > 0) {
                add_relative(f, i, end, offset, DP_DAY, conj_at(f, u + 1));
                return end;
            }
        }
        add_relative(f, i, end, offset, DP_DAY, 0);
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
    uint8_t up;
    if (dates_unit(c, i + 1, &up) < 0 && dates_unit(c, i, &up) < 0) {
        return i;   /* no unit of time here: most words */
    }
    bool counted = dates_count(c, i, &n);
    if (counted) {
        u = i + 1;
    } else if (tok_is_word(c, i, "several") || tok_is_word(c, i, "few")) {
        n = 3;
        u = i + 1;
    }
    uint8_t prec;
    int days = dates_unit(c, u, &prec);
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
        if (vague && days >= 365) {
            /* "years ago", "decades ago", "a few years ago": long past,
             * no year the text gives */
            if (f->n < f->cap) {
                f->out[f->n++] = (date_expr){(uint32_t)i, (uint32_t)(w + 1), TRUCE_NODAY, DP_YEAR, DA_CLAUSE,
                                             false, false, true};
            }
            return w + 1;
        }
        if (prec == DP_MONTH && !vague) {
            d = month_first(ref, -n);
        } else if (prec == DP_YEAR && !vague) {
            d = year_first(ref, -n * (days / 365));   /* "a decade ago": ten years */
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
        add_relative(f, i, w + 1, span, rprec, tok_is_word(c, w, "after") ? conj_at(f, w) : 0);
        return w + 1;
    }
    if (tok_is_word(c, w, "earlier") || tok_is_word(c, w, "before")) {
        bool conj = tok_is_word(c, w, "before") && w + 1 < f->e && !tok_punct(c, w + 1, ',') &&
                    !tok_punct(c, w + 1, '.');
        if (!conj) {
            add_relative(f, i, w + 1, -span, rprec, 0);
        }
        return w + 1;
    }
    return i;
}

/* A period of years up to now that frames background, with no day: "in the
 * past" (not "in the past week"), "in recent years", "over the years", "in
 * the past two decades", "for the past several years" (test_dates.c:
 * "background periods"). */
static size_t find_background(finder *f, size_t i)
{
    const truce_coder *c = f->c;
    if (i + 2 >= f->e || !(tok_is(c, i, c->k->w.in) || tok_is_word(c, i, "over") || tok_is_word(c, i, "during") ||
                           tok_is_word(c, i, "for"))) {
        return i;
    }
    size_t u = i + 1, end = 0;
    uint8_t prec;
    bool the = tok_is(c, u, c->k->w.the);
    if (tok_is_word(c, u + the, "recent") || tok_is_word(c, u + the, "previous") || tok_is_word(c, u + the, "past") ||
        (the && tok_is_word(c, u + 1, "last"))) {
        u += the + 1;
        int n = 2;
        bool counted = dates_count(c, u, &n) || tok_is_word(c, u, "few") || tok_is_word(c, u, "several");
        int days = dates_unit(c, u + counted, &prec);
        if (days >= 365 && (n > 1 || days > 365) && c->text[c->t[u + counted].end - 1] == 's') {
            end = u + counted + 1;   /* "in recent years", "over the past two decades" */
        } else if (i + 3 < f->e && the && !counted && days < 0 && tok_is(c, i, c->k->w.in) &&
                   tok_is_word(c, i + 2, "past") && !tok_is_word(c, u, "couple")) {
            end = u;   /* "in the past," */
        }
    } else if (the && tok_is_word(c, i, "over") && tok_is_word(c, i + 2, "years")) {
        end = i + 3;   /* "over the years" */
    }
    if (!end || f->n >= f->cap) {
        return i;
    }
    f->out[f->n++] = (date_expr){(uint32_t)i, (uint32_t)end, TRUCE_NODAY, DP_YEAR, DA_CLAUSE, false, false, true};
    return end;
}

size_t dates_find_at(const truce_coder *c, size_t b, size_t e, truce_day ref, truce_day anchor,
                     uint8_t anchor_prec, date_expr *out, size_t cap)
{
    finder f = {c, b, e, ref, anchor, anchor_prec, out, 0, cap};
    for (size_t i = b; i < e && f.n < cap; i++) {
        const token *t = &c->t[i];
        size_t j0 = find_background(&f, i);
        if (j0 > i) {
            i = j0 - 1;
            continue;
        }
        if (t->kind == TOK_PUNCT || !dates_may_start(c, i)) {
            continue;
        }
        if (t->wclass & WC_EVENT_START) {
            size_t j = find_known(&f, i);
            if (j > i) {
                i = j - 1;
                continue;
            }
        }
        bool edge;
        int m = dates_month(c, i, &edge), d, y;
        if (m) {
            i = find_month(&f, i, m, edge) - 1;
            continue;
        }
        /* "27 September 2020", "9 November" */
        if (dates_number(c, i, &d, 2) && d >= 1 && d <= 31 && (m = dates_month(c, i + 1, &edge)) != 0 && !edge) {
            size_t k2 = i + 2;
            if (tok_punct(c, k2, '.')) {
                k2++;
            }
            if (tok_punct(c, k2, ',') && dates_year(c, k2 + 1, &y)) {
                k2++;
            }
            if (dates_year(c, k2, &y) && ymd_valid(y, m, d)) {
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
        if (dates_year(c, i, &y)) {
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
            if (timed && !(i + 1 < e && dates_unit(c, i + 1, &(uint8_t){0}) >= 0)) {
                size_t n0 = f.n;
                add(&f, i, i + 1, day_from_ymd(y, 1, 1), DP_YEAR, false, true);
                narrow_year(&f, n0, year_part(c, b, i));
            }
            continue;
        }
        size_t plen;
        if (t->kind == TOK_WORD && (c->text[t->start] | 0x20) == 'm' && dates_prefix(c, i, "mid-", &plen)) {
            /* "mid-2019" */
            const uint8_t *p = c->text + t->start + plen;
            if (t->end - t->start == plen + 4) {
                int yy = 0;
                bool ok = true;
                for (int q = 0; q < 4; q++) {
                    ok &= p[q] >= '0' && p[q] <= '9';
                    yy = yy * 10 + (p[q] - '0');
                }
                if (ok && yy >= 1800 && yy <= 2100) {
                    size_t n0 = f.n;
                    add(&f, i, i + 1, day_from_ymd(yy, 1, 1), DP_YEAR, false, true);
                    narrow_year(&f, n0, 5);
                }
            }
            continue;
        }
        if (t->kind == TOK_NUM && t->end - t->start == 5 && (c->text[t->end - 1] | 0x20) == 's' &&
            c->text[t->end - 2] == '0' && (c->text[t->start] == '1' || c->text[t->start] == '2') && i > b + 1) {
            /* "in the 1990s", "during the early 2000s", "since the 1980s":
             * a decade, long past, with no year of its own */
            size_t q = i - 1;
            if (tok_is_word(c, q, "early") || tok_is_word(c, q, "mid") || tok_is_word(c, q, "late")) {
                q--;
            }
            if (q > b && tok_is_word(c, q, "the")) {
                bool since = tok_is_word(c, q - 1, "since");
                if (since || tok_is_word(c, q - 1, "in") || tok_is_word(c, q - 1, "during") ||
                    tok_is_word(c, q - 1, "throughout") || tok_is_word(c, q - 1, "through")) {
                    f.out[f.n++] = (date_expr){(uint32_t)(q - 1), (uint32_t)(i + 1), TRUCE_NODAY, DP_YEAR,
                                               since ? DA_SINCE : DA_CLAUSE, false, false, !since};
                }
            }
            continue;
        }
        if ((tok_is_word(c, i, "lasted") || tok_is_word(c, i, "lasting")) && i + 2 < e && f.n < cap) {
            /* "a war that lasted more than three years": a period of a
             * year or more, with no day, that its clause fills */
            size_t u = i + 1;
            if (tok_is_word(c, u, "for")) {
                u++;
            }
            if ((tok_is_word(c, u, "more") || tok_is_word(c, u, "less")) && tok_is_word(c, u + 1, "than")) {
                u += 2;
            } else if (tok_is_word(c, u, "over") || tok_is_word(c, u, "nearly") || tok_is_word(c, u, "almost") ||
                       tok_is_word(c, u, "about") || tok_is_word(c, u, "some") || tok_is_word(c, u, "roughly")) {
                u++;
            }
            int n = 0;
            if (dates_count(c, u, &n)) {
                u++;
            }
            uint8_t prec;
            if (u < e && dates_unit(c, u, &prec) >= 365) {
                f.out[f.n++] = (date_expr){(uint32_t)i, (uint32_t)(u + 1), TRUCE_NODAY, DP_YEAR, DA_CLAUSE,
                                           false, false, true};
                i = u;
                continue;
            }
        }
        if (ref == TRUCE_NODAY) {
            continue;
        }
        int wd = dates_weekday(c, i);
        if (wd >= 0 && !(tok_is(c, i + 1, c->k->w.as) && i > b && c->t[i - 1].isverb && c->t[i - 1].vform != VF_NONE &&
                         !dates_verb_follows(c, i + 2, e))) {
            /* ("declared Tuesday as a day of mourning": a day named, not a
             * time; "was shot Monday as he sat in his shop" is one) */
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
        if (tok_is_word(c, i, "for") && i + 2 < e && !(i > b && tok_is_word(c, i - 1, "each"))) {
            /* "has denied for years", "have fought for two decades": a
             * period up to now; a vague one has no date (not "patrolled
             * by members, each for three months": a turn's length) */
            int n = 0;
            size_t u = i + 1;
            bool counted = dates_count(c, u, &n) && n > 1;
            if (counted || tok_is_word(c, u, "many") || tok_is_word(c, u, "several")) {
                u++;
            }
            uint8_t prec;
            int days = dates_unit(c, u, &prec);
            if (days >= 30 && (u == i + 1 || !counted || prec == DP_YEAR || prec == DP_MONTH) && f.n < cap &&
                !tok_is(c, u + 1, c->k->w.of)) {
                truce_day d0 = !counted ? TRUCE_NODAY : prec == DP_MONTH ? month_first(ref, -n) : year_first(ref, -n);
                f.out[f.n++] = (date_expr){(uint32_t)i, (uint32_t)(u + 1), d0, DP_YEAR, DA_SINCE, false, false, false};
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
    return dates_find_at(c, b, e, ref, TRUCE_NODAY, DP_DAY, out, cap);
}
