/* datetok.c — the words of date expressions, for datexpr.c: numbers
 * ("three", "20"), years, month and weekday names (also abbreviated,
 * "Sept.", "Wed."), counts of units ("two days"), and whether a word may
 * open an expression at all. Split out of datexpr.c (its size); tests in
 * tests/unit/test_dates.c.
 */
#include "dates.h"

/* ---- token tests --------------------------------------------------------- */

bool dates_number(const truce_coder *c, size_t i, int *v, int maxdigits)
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

/* A year: four digits, 1800 to 2100, nothing after them. */
bool dates_year(const truce_coder *c, size_t i, int *y)
{
    return i < c->nt && c->t[i].kind == TOK_NUM && c->t[i].end - c->t[i].start == 4 && dates_number(c, i, y, 4) &&
           *y >= 1800 && *y <= 2100;
}

/* Does token i start with the lower-case prefix p ("mid-")? */
bool dates_prefix(const truce_coder *c, size_t i, const char *p, size_t *plen)
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

/* Can a date expression start at word i? A number, a word of the
 * grammar's date-word class (months, weekdays, "last", "since", ...), a
 * hyphened word ("mid-2019", "early-June"), or one of the words below: a
 * cheap filter, as most words fail it. */
bool dates_may_start(const truce_coder *c, size_t i)
{
#define W(s) {s, sizeof s - 1}
    static const struct { const char *w; size_t len; } starts[] = {
        W("a"), W("an"), W("day"), W("days"), W("decade"), W("decades"), W("earlier"), W("eight"), W("eleven"),
        W("for"), W("few"), W("four"), W("five"), W("hour"), W("hours"), W("lasted"), W("lasting"), W("later"),
        W("month"), W("months"),
        W("minutes"), W("morning"), W("next"), W("nine"), W("night"), W("one"), W("several"), W("six"),
        W("seven"), W("the"), W("that"), W("this"), W("two"), W("three"), W("ten"), W("twelve"), W("tomorrow"),
        W("week"), W("weeks"), W("year"), W("years")};
#undef W
    const token *t = &c->t[i];
    const kb *k = c->k;
    if (t->kind == TOK_NUM) {
        return true;
    }
    if (t->kind != TOK_WORD) {
        return false;
    }
    if (t->wclass & (WC_DATE_WORD | WC_EVENT_START)) {
        /* "in", "since", "ago" only come before or after one; a
         * well-known event's phrase may start here */
        return t->id != k->w.in && t->id != k->w.since && t->id != k->w.ago;
    }
    /* the frequent words that may start one, by the word after them */
    if (t->id && (t->id == k->w.the || t->id == k->w.a || t->id == k->w.an || t->id == k->w.that ||
                  t->id == k->w.this || t->id == k->w.for_)) {
        uint8_t prec;
        size_t j = i + 1;
        if (j >= c->nt || c->t[j].kind != TOK_WORD) {
            return t->id == k->w.for_ && j < c->nt && c->t[j].kind == TOK_NUM;
        }
        if (dates_unit(c, j, &prec) >= 0 || tok_is_word(c, j, "weekend") ||
            (tok_is_word(c, j, "past") && tok_is_word(c, j + 1, "weekend"))) {
            return true;   /* "the day before", "a week ago", "this month", "for years", "this past weekend" */
        }
        if (t->id == k->w.the) {
            return tok_is_word(c, j, "next") || tok_is_word(c, j, "following") || tok_is_word(c, j, "previous") ||
                   tok_is_word(c, j, "same");
        }
        if (t->id == k->w.for_) {
            int v;
            return dates_count(c, j, &v) || tok_is_word(c, j, "many") || tok_is_word(c, j, "several");
        }
        return t->id == k->w.this && (tok_is_word(c, j, "afternoon") || tok_is_word(c, j, "evening"));
    }
    size_t n = t->end - t->start;
    if (n > 4 && n < 16 && (c->text[t->start + 3] == '-' || c->text[t->start + 4] == '-' ||
                            (n > 5 && c->text[t->start + 5] == '-'))) {
        return true;   /* "mid-2019", "early-June" (the hyphen inside the word) */
    }
    if (n > 8) {
        return false;
    }
    /* the first letters of the words above, by length: most words are
     * out at once */
    static const uint32_t first[9] = {0x0, 0x1, 0x1, 0xc4028, 0x14820a8, 0x14c3890, 0x81818, 0x41818, 0x80000};
    uint8_t ch = c->text[t->start] | 0x20;
    if (ch < 'a' || ch > 'z' || !(first[n] >> (ch - 'a') & 1)) {
        return false;
    }
    for (size_t q = 0; q < sizeof starts / sizeof *starts; q++) {
        if (starts[q].len == n && (uint8_t)starts[q].w[0] == ch && tok_is_word(c, i, starts[q].w)) {
            return true;
        }
    }
    return false;
}

/* A month name (capitalised: "may" is a verb), or "mid-March",
 * "early-June"; 0 if none. *edge says which part of the month. */
int dates_month(const truce_coder *c, size_t i, bool *edge)
{
    *edge = false;
    if (i >= c->nt || c->t[i].kind != TOK_WORD) {
        return 0;
    }
    const token *t = &c->t[i];
    size_t off = 0;
    uint8_t c0 = c->text[t->start];
    if ((t->flags & TF_CAP) ? !(t->wclass & WC_DATE_WORD) : (c0 != 'm' && c0 != 'e' && c0 != 'l')) {
        return 0;   /* a month is a date-word of the grammar */
    }
    if (!(t->flags & TF_CAP) &&
        (dates_prefix(c, i, "mid-", &off) || dates_prefix(c, i, "early-", &off) || dates_prefix(c, i, "late-", &off))) {
        *edge = true;
    } else if (!(t->flags & TF_CAP)) {
        return 0;
    }
    /* "Sept." - the period may be a separate token */
    return month_from_name((str){c->text + t->start + off, (ptrdiff_t)(t->end - t->start - off)});
}

int dates_weekday(const truce_coder *c, size_t i)
{
    if (i >= c->nt || c->t[i].kind != TOK_WORD || !(c->t[i].flags & TF_CAP) || !(c->t[i].wclass & WC_DATE_WORD)) {
        return -1;
    }
    return weekday_from_name((str){c->text + c->t[i].start, (ptrdiff_t)(c->t[i].end - c->t[i].start)});
}

/* A count in digits or small words: "3", "two", "a" ("a week ago"). */
bool dates_count(const truce_coder *c, size_t i, int *v)
{
    static const char *const words[] = {"a", "an", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"},
                      *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (i >= c->nt) {
        return false;
    }
    uint8_t c0 = c->text[c->t[i].start] | 0x20;
    if (c->t[i].kind == TOK_WORD && c0 != 'a' && c0 != 'o' && c0 != 't' && c0 != 'f' && c0 != 's' && c0 != 'e' &&
        c0 != 'n') {
        return false;
    }
    if (dates_number(c, i, v, 3)) {
        return true;
    }
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        if (tok_is_word(c, i, words[k])) {
            *v = k < 2 ? 1 : (int)k - 1;
            return true;
        }
    }
    for (size_t k = 0; k < sizeof tens / sizeof *tens; k++) {
        if (tok_is_word(c, i, tens[k])) {
            *v = 20 + 10 * (int)k;   /* "twenty years after" */
            return true;
        }
    }
    return false;
}
