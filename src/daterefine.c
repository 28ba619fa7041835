/* daterefine.c — the day of an act the story names elsewhere.
 *
 * A lead often dates an act by its month or week ("authorities deported
 * 40 others to China last month") and another sentence names the same
 * act by its day ("the Feb. 27 deportations", "Tuesday's attack"). An
 * expression of a week or a month that dates a past verb takes that day
 * when the story names exactly one day within its period before a noun of
 * the same family (the verb's stem: "deport-", "attack-", "seiz-"):
 * "deported ... last month" is 27 February. A day that dates a clause
 * ("Troops captured Y on Wednesday") may be another act of the kind
 * ("Rebels captured X last week"), and does not count. Not a verb of
 * saying: who spoke matters more than the word. Two different days
 * named for the family in the period, or none, leave it as it is. Each
 * sentence is read by dates_find (no anchors: a day the text names
 * itself). Tests: tests/unit/test_dates_report.c ("refine").
 */
#include "dates.h"

/* The stem of the word at i into out (lower case), at most cap - 1
 * bytes: a past verb without "ed", "d" or "ied" ("deported" "deport",
 * "seized" "seiz", "carried" "carr"); another word as it is. Its length. */
static size_t stem(const truce_coder *c, size_t i, char *out, size_t cap)
{
    const token *t = &c->t[i];
    size_t n = (size_t)(t->end - t->start);
    if (t->kind != TOK_WORD || n + 1 > cap) {
        return 0;
    }
    for (size_t j = 0; j < n; j++) {
        uint8_t ch = c->text[t->start + j];
        out[j] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    if (t->isverb && t->vform == VF_ED) {
        if (n > 4 && out[n - 2] == 'e' && out[n - 1] == 'd') {
            n -= out[n - 3] == 'i' ? 3 : 2;
        }
    }
    out[n] = '\0';
    return n;
}

/* The word an expression dates: the noun after it ("the Feb. 27
 * deportations", "Tuesday's attack"), or the past verb before it in the
 * same clause ("deported 40 others to China last month"); SIZE_MAX if
 * none. */
static size_t dated_word(const truce_coder *c, size_t sb, size_t se, const date_expr *d)
{
    if (d->attach == DA_NOUN) {
        size_t i = d->tok_end;
        if (i < se && tok_is(c, i, c->k->w.s)) {
            i++;
        }
        return i < se && c->t[i].kind == TOK_WORD ? i : SIZE_MAX;
    }
    if (d->attach != DA_CLAUSE) {
        return SIZE_MAX;
    }
    for (size_t q = d->tok; q > sb && q + 10 > d->tok; q--) {
        size_t i = q - 1;
        if (c->t[i].kind == TOK_PUNCT || is_quote_tok(c, i) || tok_has(c, i, WC_BOUNDARY)) {
            return SIZE_MAX;
        }
        if (c->t[i].isverb && c->t[i].vform == VF_ED && dates_finite(c, sb, i)) {
            return i;
        }
    }
    return SIZE_MAX;
}

/* The noun of an occasion a time of the clause follows in its phrase:
 * "During a visit by Starmer to the White House last month", "during the
 * visit on Feb. 27" (a noun right after a determiner after "during",
 * "at", "after", "before" or "in", at most eight words before the time,
 * with no finite verb between); not a noun of utterance, whose speaker
 * matters ("in a statement last month"). SIZE_MAX if none. */
static size_t occasion_noun(const truce_coder *c, size_t sb, const date_expr *d)
{
    static const char *const preps[] = {"during", "at", "after", "before", "in", NULL};
    if (d->attach != DA_CLAUSE) {
        return SIZE_MAX;
    }
    for (size_t q = d->tok; q > sb + 2 && q + 9 > d->tok; q--) {
        size_t i = q - 1;
        if (c->t[i].kind != TOK_WORD || is_quote_tok(c, i) || tok_has(c, i, WC_BOUNDARY) ||
            (c->t[i].isverb && c->t[i].vform != VF_NONE && dates_finite(c, sb, i))) {
            return SIZE_MAX;
        }
        if (tok_has(c, i - 1, WC_DETERMINER) && tok_is_one_of(c, i - 2, preps)) {
            return tok_has(c, i, WC_UTTERANCE | WC_DETERMINER) ? SIZE_MAX : i;
        }
    }
    return SIZE_MAX;
}

/* Does the word at o name an act of the family of stem s (length n)?
 * A past verb of the same stem, or a noun that starts with it
 * ("deportations", "attack", "seizure"). */
static bool same_family(const truce_coder *c, const char *s, size_t n, size_t o)
{
    char w[40];
    size_t m = stem(c, o, w, sizeof w);
    if (n < 4 || m < n) {
        return false;
    }
    if (c->t[o].isverb && c->t[o].vform == VF_ED) {
        return m == n && memcmp(w, s, n) == 0;
    }
    return memcmp(w, s, n) == 0 && m <= n + 6;
}

void dates_refine(const truce_coder *c, size_t sent, date_expr *d, size_t n)
{
    if (c->ns > 400) {
        return;   /* (a bound on the work for a long story) */
    }
    size_t sb = c->s[sent].tok_start, se = c->s[sent].tok_end;
    truce_day ref = c->st->date;
    for (size_t x = 0; x < n; x++) {
        if ((d[x].prec != DP_WEEK && d[x].prec != DP_MONTH) || d[x].day == TRUCE_NODAY) {
            continue;
        }
        size_t v = dated_word(c, sb, se, &d[x]);
        bool occasion = false;
        if (v == SIZE_MAX && (v = occasion_noun(c, sb, &d[x])) != SIZE_MAX) {
            occasion = true;   /* "During a visit ... last month": the day of "the visit on Feb. 27" */
        }
        char s[40];
        size_t sn = v == SIZE_MAX ? 0 : stem(c, v, s, sizeof s);
        if (sn < 4 || (!occasion && (!c->t[v].isverb || c->t[v].vform != VF_ED || modality_saying_verb(c, v)))) {
            /* (a past act: not "next month's vote"; nor a saying, which
             * is its speaker's: "Trump said last month" is not "Starmer
             * said on Feb. 5") */
            continue;
        }
        truce_day first = d[x].day, last = dates_period_last(d[x].day, d[x].prec), found = TRUCE_NODAY;
        bool two = false;
        for (size_t k = 0; k < c->ns && !two; k++) {
            size_t ob = c->s[k].tok_start, oe = c->s[k].tok_end;
            date_expr o[16];
            size_t no = k == sent ? 0 : dates_find(c, ob, oe, ref, o, 16);
            for (size_t y = 0; y < no; y++) {
                size_t w = SIZE_MAX;
                if (o[y].prec == DP_DAY && o[y].day >= first && o[y].day <= last) {
                    w = o[y].attach == DA_NOUN ? dated_word(c, ob, oe, &o[y]) : occasion_noun(c, ob, &o[y]);
                }
                if (w != SIZE_MAX && same_family(c, s, sn, w)) {
                    two = found != TRUCE_NODAY && found != o[y].day;
                    found = o[y].day;
                }
            }
        }
        if (!two && found != TRUCE_NODAY) {
            d[x].day = found;
            d[x].prec = DP_DAY;
        }
    }
}

/* "the first aircraft downed since Saddam's ouster two months ago": a
 * time after the noun of a "since" phrase is that noun's, the start of
 * the period, not a time of the clause (it dates a perfect, "have been
 * killed since the ouster two months ago", and no simple past), up to
 * ten words after "since" ("since the launch of the Mosul operation on
 * 17 October"). The phrase has no verb of its own ("since the offensive began two months
 * ago" is a clause: dateclause.c). */
void dates_since_phrase(const truce_coder *c, size_t sent, date_expr *d, size_t n)
{
    size_t sb = c->s[sent].tok_start;
    for (size_t x = 0; x < n; x++) {
        if (d[x].attach != DA_CLAUSE || d[x].day == TRUCE_NODAY) {
            continue;
        }
        for (size_t q = d[x].tok; q > sb && q + 11 > d[x].tok; q--) {
            size_t i = q - 1;
            if (tok_is(c, i, c->k->w.since)) {
                if (i + 1 < d[x].tok) {
                    d[x].attach = DA_SINCE;   /* (not "since two months ago": that is the expression) */
                }
                break;
            }
            if ((c->t[i].kind != TOK_WORD && !tok_is(c, i, c->k->w.s)) || is_quote_tok(c, i) ||
                tok_has(c, i, WC_BOUNDARY) ||
                (c->t[i].isverb && c->t[i].vform != VF_NONE && (is_aux(c, i) || dates_finite(c, sb, i)))) {
                break;
            }
        }
    }
}

/* Is expression d told from its speaker's now: "yesterday", "today",
 * "tonight", "last night", "this morning", "two days ago" (a day)? */
static bool now_relative(const truce_coder *c, const date_expr *d)
{
    if (d->prec != DP_DAY || d->day == TRUCE_NODAY) {
        return false;
    }
    size_t b = d->tok, e = d->tok_end;
    return tok_is_word(c, b, "yesterday") || tok_is_word(c, b, "today") || tok_is_word(c, b, "tonight") ||
           (tok_is_word(c, b, "last") && b + 1 < e && tok_is_word(c, b + 1, "night")) ||
           (tok_is_word(c, b, "this") && b + 1 < e &&
            (tok_is_word(c, b + 1, "morning") || tok_is_word(c, b + 1, "afternoon") ||
             tok_is_word(c, b + 1, "evening"))) ||
           tok_is_word(c, e - 1, "ago");
}

void dates_quote_now(const truce_coder *c, size_t sent, date_expr *d, size_t n)
{
    size_t sb = c->s[sent].tok_start;
    truce_day story = c->st->date, said = TRUCE_NODAY;
    if (story == TRUCE_NODAY) {
        return;
    }
    /* the day of the saying outside the quotation: '..., X said on
     * Monday', 'X told reporters Monday: "..."' */
    for (size_t x = 0; x < n && said == TRUCE_NODAY; x++) {
        size_t v = d[x].tok > sb && tok_is_word(c, d[x].tok - 1, "on") ? d[x].tok - 1 : d[x].tok;
        if (d[x].prec == DP_DAY && d[x].attach == DA_CLAUSE && d[x].day != TRUCE_NODAY && d[x].day < story &&
            dates_quote_of(c, sb, d[x].tok) == SIZE_MAX && v > sb &&
            (modality_saying_verb(c, v - 1) || (v > sb + 1 && modality_saying_verb(c, v - 2)))) {
            said = d[x].day;
        }
    }
    for (size_t x = 0; x < n && said != TRUCE_NODAY; x++) {
        if (dates_quote_of(c, sb, d[x].tok) != SIZE_MAX && now_relative(c, &d[x])) {
            d[x].day -= story - said;   /* the speaker's yesterday */
        }
    }
}

bool dates_war_period(const truce_coder *c, size_t sb, size_t head)
{
    static const char *const edge[] = {"first", "early", "earliest", "opening", "initial", "final", "closing",
                                       "last", NULL};
    static const char *const span[] = {"days", "weeks", "months", "years", "hours", "stages", "phase", "phases",
                                       "day", "week", "month", "year", NULL};
    static const char *const start[] = {"start", "beginning", "outbreak", "onset", "height", "end", NULL};
    static const char *const wars[] = {"war", "conflict", "fighting", "crisis", "uprising", "revolution",
                                       "occupation", "invasion", "pandemic", "siege", "offensive", "insurgency",
                                       "civil", NULL};
    for (size_t i = sb; i + 4 < head && i < sb + 40; i++) {
        if ((tok_is_word(c, i, "early") || tok_is_word(c, i, "late")) && tok_is(c, i + 1, c->k->w.in) &&
            tok_is(c, i + 2, c->k->w.the) && tok_is_one_of(c, i + 3, wars)) {
            return true;   /* "early in the war" */
        }
        if (!(tok_is(c, i, c->k->w.in) || tok_is_word(c, i, "during") || tok_is_word(c, i, "at")) ||
            !tok_is(c, i + 1, c->k->w.the)) {
            continue;
        }
        size_t q = i + 2;
        if (tok_is_one_of(c, q, edge)) {
            q++;
            while (q < head && (c->t[q].kind == TOK_NUM || tok_is_word(c, q, "few") || tok_is_word(c, q, "two") ||
                                tok_is_word(c, q, "three"))) {
                q++;   /* "the first few weeks", "the first two months" */
            }
            if (!tok_is_one_of(c, q, span)) {
                continue;
            }
        } else if (!tok_is_one_of(c, q, start)) {
            continue;
        }
        if (q + 3 < head && tok_is(c, q + 1, c->k->w.of) && tok_is(c, q + 2, c->k->w.the) &&
            tok_is_one_of(c, q + 3, wars)) {
            return true;
        }
    }
    return false;
}

