/* dates.c — when: date expressions and each event's date.
 *
 * Finds the date expressions of a sentence ("On November 9, 2020", "9
 * November", "on Thursday", "yesterday", "last week", "two days ago", "in
 * March", "since February 1988", "in 1988", "the 1967 war") and resolves
 * them against the story's date; then dates each event by the expression
 * nearest its head, the paragraph's full date for a past act, or the
 * story's date, never after the story. Which clause an expression belongs
 * to, and what is background, is decided here; the sentence's tokens come
 * from text.c and the coder.
 *
 * Tests: tests/unit/test_dates.c (one block per rule), and the golden cases of
 * tests/golden/code/.
 */
#include "coder.h"

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

static int tok_month(const truce_coder *c, size_t i)
{
    if (i >= c->nt || c->t[i].kind != TOK_WORD || !(c->t[i].flags & TF_CAP)) {
        return 0;
    }
    size_t e = c->t[i].end;
    /* "Sept." - the period may be a separate token */
    return month_from_name((str){c->text + c->t[i].start, (ptrdiff_t)(e - c->t[i].start)});
}

/* "the first since Saddam's ouster two months ago", "the deadliest since
 * March": a time inside a "since" phrase starts a period; it does not date
 * the sentence's event. */
static bool since_before(const truce_coder *c, size_t b, size_t i)
{
    for (size_t q = i; q > b && q + 6 > i; q--) {
        if (tok_is_word(c, q - 1, "since")) {
            return true;
        }
    }
    return false;
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

/* Find date expressions in tokens [b, e). */
size_t dates_find(const truce_coder *c, size_t b, size_t e, truce_day ref, date_expr *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = b; i < e && n < cap; i++) {
        if (c->t[i].kind != TOK_NUM && !tok_has(c, i, WC_DATE_WORD) &&
            !(i + 2 < e && tok_is(c, i + 2, c->k->w.ago))) {
            continue;
        }
        int m = tok_month(c, i), d, y;
        size_t j = i + 1;
        if (tok_punct(c, j, '.')) {
            j++;
        }
        if (m) {
            /* "May" needs a number next to it to be a month */
            if (tok_number(c, j, &d, 2) && d >= 1 && d <= 31) {
                size_t k2 = j + 1;
                if (tok_punct(c, k2, ',')) {
                    k2++;
                }
                if (tok_number(c, k2, &y, 4) && y >= 1900 && y <= 2100 && ymd_valid(y, m, d)) {
                    out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, m, d), false, true};
                    i = k2;
                    continue;
                }
                if (ref != TRUCE_NODAY) {
                    truce_day x = recent_md(ref, m, d);
                    if (x != TRUCE_NODAY) {
                        out[n++] = (date_expr){(uint32_t)i, x, false, false};
                    }
                }
                i = j;
                continue;
            }
            if (tok_punct(c, j, ',') && c->t[j + 1 < c->nt ? j + 1 : j].kind == TOK_NUM &&
                c->t[j + 1].end - c->t[j + 1].start == 4) {
                j++;   /* "March, 2016" */
            }
            if (tok_number(c, j, &y, 4) && y >= 1900 && y <= 2100) {
                bool since = i > b && (tok_is_word(c, i - 1, "since") || tok_is_word(c, i - 1, "in"));
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, m, 1), since, true};
                i = j;
                continue;
            }
            /* "in March", "since February", "early June": a month alone is
             * the latest such month, dated to its first day; the story's
             * own month says no more than the story's date */
            if (ref != TRUCE_NODAY && i > b && !since_before(c, b, i) &&
                (tok_is_word(c, i - 1, "in") || tok_is_word(c, i - 1, "early") ||
                 tok_is_word(c, i - 1, "late") || tok_is_word(c, i - 1, "mid") ||
                 tok_is_word(c, i - 1, "last"))) {
                int yy, mm, dd;
                day_to_ymd(ref, &yy, &mm, &dd);
                if (m != mm) {
                    out[n++] = (date_expr){(uint32_t)i, day_from_ymd(m > mm ? yy - 1 : yy, m, 1), false, false};
                }
            }
            continue;
        }
        /* "27 September 2020", "9 November" */
        if (tok_number(c, i, &d, 2) && d >= 1 && d <= 31 && (m = tok_month(c, i + 1)) != 0) {
            size_t k2 = i + 2;
            if (tok_punct(c, k2, '.')) {
                k2++;
            }
            if (tok_punct(c, k2, ',')) {
                k2++;
            }
            if (tok_number(c, k2, &y, 4) && y >= 1900 && y <= 2100 && ymd_valid(y, m, d)) {
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, m, d), false, true};
                i = k2;
                continue;
            }
            if (ref != TRUCE_NODAY) {
                truce_day x = recent_md(ref, m, d);
                if (x != TRUCE_NODAY) {
                    out[n++] = (date_expr){(uint32_t)i, x, false, false};
                }
            }
            i++;
            continue;
        }
        /* "the 1967 war", "the 2008 Mumbai attacks": a past year marks
         * background, dated to its first day */
        if (c->t[i].kind == TOK_NUM && c->t[i].end - c->t[i].start == 4 && i > b &&
            tok_is(c, i - 1, c->k->w.the) && tok_number(c, i, &y, 4) && y >= 1900 &&
            ref != TRUCE_NODAY && day_from_ymd(y, 12, 31) < ref) {
            out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, 1, 1), true, true};
            continue;
        }
        /* "since 1988", "in 2014" */
        if ((tok_is_word(c, i, "since") || tok_is_word(c, i, "in")) && tok_number(c, i + 1, &y, 4) &&
            c->t[i + 1].end - c->t[i + 1].start == 4 && y >= 1900 && y <= 2100) {
            if (ref == TRUCE_NODAY || day_from_ymd(y, 12, 31) < ref) {
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, 1, 1), true, true};
            }
            i++;
            continue;
        }
        if (ref == TRUCE_NODAY) {
            continue;
        }
        int wd = c->t[i].kind == TOK_WORD && (c->t[i].flags & TF_CAP)
                 ? weekday_from_name((str){c->text + c->t[i].start, (ptrdiff_t)(c->t[i].end - c->t[i].start)})
                 : -1;
        if (wd >= 0) {
            int back = (day_weekday(ref) - wd + 7) % 7;
            if (i > b && tok_is_word(c, i - 1, "last") && back == 0) {
                back = 7;
            }
            out[n++] = (date_expr){(uint32_t)i, ref - back, false, false};
            continue;
        }
        if (tok_is_word(c, i, "yesterday")) {
            out[n++] = (date_expr){(uint32_t)i, ref - 1, false, false};
        } else if (tok_is_word(c, i, "today") || tok_is_word(c, i, "tonight")) {
            out[n++] = (date_expr){(uint32_t)i, ref, false, false};
        } else if (tok_is_word(c, i, "last") && i + 1 < e) {
            if (tok_is_word(c, i + 1, "week")) {
                out[n++] = (date_expr){(uint32_t)i, ref - 7, false, false};
            } else if (tok_is_word(c, i + 1, "night")) {
                out[n++] = (date_expr){(uint32_t)i, ref - 1, false, false};
            } else if (tok_is_word(c, i + 1, "month")) {
                int yy, mm, dd;
                day_to_ymd(ref, &yy, &mm, &dd);
                mm = mm == 1 ? 12 : mm - 1;
                yy = mm == 12 ? yy - 1 : yy;
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(yy, mm, 1), false, false};
            } else if (tok_is_word(c, i + 1, "year")) {
                int yy, mm, dd;
                day_to_ymd(ref, &yy, &mm, &dd);
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(yy - 1, 1, 1), true, false};
            }
        } else if (tok_count(c, i, &d) && i + 2 < e && tok_is_word(c, i + 2, "ago") && !since_before(c, b, i)) {
            int mult = tok_is_word(c, i + 1, "days") || tok_is_word(c, i + 1, "day") ? 1
                     : tok_is_word(c, i + 1, "weeks") || tok_is_word(c, i + 1, "week") ? 7
                     : tok_is_word(c, i + 1, "months") || tok_is_word(c, i + 1, "month") ? 30
                     : tok_is_word(c, i + 1, "years") || tok_is_word(c, i + 1, "year") ? 365 : 0;
            if (mult) {
                out[n++] = (date_expr){(uint32_t)i, ref - d * mult, mult >= 30, false};
            }
        }
    }
    return n;
}

/* The event's date: the date expression nearest the head, ignoring those in
 * [excl_b, excl_e) (a quotation's dates are not the date it was said);
 * else, for a past-tense act, a full date given earlier in the paragraph;
 * else the story date. A date after the story is the story date. */
void dates_event(const truce_coder *c, const sinfo *si, size_t head, evctx *x, size_t excl_b,
                 size_t excl_e, bool inherit)
{
    truce_day story = c->st->date;
    x->date = story;
    x->date_text = false;
    x->historical = false;
    const date_expr *best = NULL;
    size_t bestd = SIZE_MAX;
    for (size_t i = 0; i < si->n_dates; i++) {
        if (si->dates[i].tok >= excl_b && si->dates[i].tok < excl_e) {
            continue;
        }
        size_t d = si->dates[i].tok > head ? si->dates[i].tok - head : head - si->dates[i].tok;
        if (d < bestd) {
            bestd = d;
            best = &si->dates[i];
        }
    }
    if (best) {
        x->date = best->day;
        x->date_text = true;
        x->historical = best->historical_hint;
    } else if (inherit && si->para_date != TRUCE_NODAY && c->t[head].vform == VF_ED) {
        x->date = si->para_date;
        x->date_text = true;
    }
    if (story != TRUCE_NODAY && x->date != TRUCE_NODAY) {
        if (x->date > story) {
            x->date = story;
            x->date_text = false;
        }
        if (story - x->date > 30) {
            x->historical = true;
        }
    }
}
