/* datereport.c — acts a report of the past tells, with no time of their own.
 *
 * "The Reuters news agency has reported that Australia, Canada and the
 * United States offered to resettle the refugees": the report runs up to
 * the story's day (a present perfect), but the offer it tells of came
 * before it, on a day the text does not give. Such an act, past the lead
 * and in a sentence that names no time, is background: no
 * date, historical (dates.c calls dates_reported_earlier for a past act
 * it found no date for). "Reuters reported on Monday that ...", "has
 * reported that X attacked Y on Sunday" and "X reported that Y attacked
 * Z" (a simple past: the news) are dated as usual.
 * Tests: tests/unit/test_dates_report.c.
 */
#include "dates.h"

/* Verbs that report what others did (the grammar's speech class covers
 * "said", "told"; these are the reporters' and investigators' own). */
static const char *const report_verbs[] = {"reported", "said", "confirmed", "acknowledged", "claimed", "alleged",
                                           "stated", "announced", "revealed", "disclosed", "admitted", "written",
                                           "noted", "found", "shown", "documented", "told", NULL};

/* Is the verb at v a report in the present perfect or the past perfect
 * ("has reported", "have previously said", "had told reporters")? */
static bool perfect_report(const truce_coder *c, size_t sb, size_t v)
{
    if (c->t[v].vform != VF_ED || !c->t[v].isverb ||
        !(tok_is_one_of(c, v, report_verbs) || modality_saying_verb(c, v))) {
        return false;
    }
    size_t p = dates_before_adverbs(c, sb, v);
    return p > sb && (tok_is_word(c, p - 1, "has") || tok_is_word(c, p - 1, "have") || tok_is_word(c, p - 1, "had"));
}

bool dates_reported_earlier(const truce_coder *c, const sinfo *si, size_t sb, size_t head)
{
    /* (a sentence that names a time may set the act in it: "have
     * confirmed that 98 people were killed when gunmen attacked the town
     * early on Wednesday") */
    if (head > sb + 2 && c->t[head].vform == VF_BASE && tok_is(c, head - 1, c->k->w.to) &&
        c->t[head - 2].vform == VF_ED) {
        head -= 2;   /* "offered to host the talks": the offer */
    }
    if (si->n_dates || c->t[head].vform != VF_ED || !c->t[head].isverb || head <= sb) {
        return false;
    }
    /* the report's "that" before the head, with no verb between it and
     * the head: the head is the first act of what is reported ("has
     * reported that Australia, Canada and the United States all
     * offered") */
    for (size_t q = head; q > sb && q + 30 > head; q--) {
        size_t i = q - 1;
        if (c->t[i].kind == TOK_PUNCT && (tok_punct(c, i, ';') || tok_punct(c, i, ':'))) {
            return false;
        }
        if (is_quote_tok(c, i)) {
            return false;
        }
        if (tok_is(c, i, c->k->w.that)) {
            /* the report right before "that", or a hearer between
             * ("has told reporters that") */
            if (i > sb && perfect_report(c, sb, i - 1)) {
                return true;
            }
            for (size_t v = i - 1; v > sb + 1 && v + 3 > i; v--) {
                if (tok_is_word(c, v - 1, "told") && perfect_report(c, sb, v - 1)) {
                    return true;
                }
            }
            return false;
        }
        if (i + 1 < head && c->t[i].isverb && c->t[i].vform != VF_NONE && !is_aux(c, i) && dates_finite(c, sb, i)) {
            return false;   /* another act comes first */
        }
    }
    return false;
}

/* Where a chronology's entry starts and its date: a year of four digits
 * (not after the story's) and a dash set off by spaces, at the sentence's
 * start or after a colon ("1996 - Iraq captures Irbil", "Highlights in
 * history on this date: 1795 - ..."), in a sentence that names no other
 * time; or the sentence's one date expression that opens it, then a colon
 * or a dash ("November 22: X is shot dead"). The token after the date and
 * its mark, else SIZE_MAX. */
static size_t entry_date(const truce_coder *c, const sinfo *si, size_t sb, size_t head, truce_day *day,
                         uint8_t *prec)
{
    const date_expr *d = si->n_dates == 1 ? &si->dates[0] : NULL;
    if (d && d->tok == sb && d->attach == DA_CLAUSE && d->day != TRUCE_NODAY && d->tok_end + 1 < head &&
        (tok_punct(c, d->tok_end, ':') || dates_dash(c, d->tok_end))) {
        *day = d->day;
        *prec = d->prec;
        return d->tok_end + 1;
    }
    for (size_t p = sb; p + 2 < head && !si->n_dates; p++) {
        const token *t = &c->t[p];
        if ((p > sb && !tok_punct(c, p - 1, ':')) || t->kind != TOK_NUM || t->end - t->start != 4 ||
            !(dates_dash(c, p + 1) || (tok_punct(c, p + 1, '-') && (c->t[p + 1].flags & TF_SPACE_BEFORE)))) {
            continue;
        }
        int y = 0, sy = 0, sm, sd;
        for (size_t j = 0; j < 4; j++) {
            uint8_t ch = c->text[t->start + j];
            y = ch >= '0' && ch <= '9' ? y * 10 + (ch - '0') : -1000000;
        }
        if (c->st->date != TRUCE_NODAY) {
            day_to_ymd(c->st->date, &sy, &sm, &sd);
        }
        if (y < 1000 || (c->st->date != TRUCE_NODAY && y > sy)) {
            return SIZE_MAX;
        }
        *day = day_from_ymd(y, 1, 1);
        *prec = DP_YEAR;
        return p + 2;
    }
    return SIZE_MAX;
}

/* A chronology's entry (entry_date): "1996 - Iraq captures Irbil in
 * northern Iraq", "1857 - Delhi, held by mutineers, is captured by the
 * British", "November 22: X is shot dead". Its date dates the entry's
 * act: its first finite verb and what hangs on it ("destroys villages,
 * killing 40"), not an act of a later finite verb. */
bool dates_chronology(const truce_coder *c, const sinfo *si, size_t sb, size_t se, size_t head, truce_day *day,
                      uint8_t *prec)
{
    if (head >= se) {
        return false;
    }
    size_t e0 = entry_date(c, si, sb, head, day, prec);
    if (e0 == SIZE_MAX) {
        return false;
    }
    /* the head's own verb group starts at its auxiliaries ("is
     * captured", "have already killed") */
    size_t g = head;
    while (g > e0 && (is_aux(c, g - 1) || tok_adverb(c, g - 1))) {
        g--;
    }
    size_t finite = 0;
    for (size_t q = e0; q < g; q++) {
        if (tok_punct(c, q, ';') || tok_punct(c, q, ':') || is_quote_tok(c, q)) {
            return false;
        }
        bool verb = is_aux(c, q) || (c->t[q].isverb && c->t[q].vform != VF_ING && c->t[q].vform != VF_NONE &&
                                     dates_finite(c, sb, q));
        if (verb && !(q > e0 && is_aux(c, q - 1))) {
            finite++;
        }
        /* (a verb then a capitalised determiner, pronoun, preposition,
         * verb form ("Following") or number starts another sentence:
         * "1943 - Allied forces capture The regime ... have killed" is
         * two, run together) */
        if (c->t[q].isverb && q + 1 < g && (c->t[q + 1].flags & TF_CAP) &&
            (tok_has(c, q + 1, WC_DETERMINER | WC_PRONOUN) || is_prep(c, c->t[q + 1].id) ||
             c->t[q + 1].vform != VF_NONE || c->t[q + 1].kind == TOK_NUM || dates_count(c, q + 1, &(int){0}))) {
            return false;
        }
    }
    return finite <= (g < head || dates_finite(c, sb, head) ? 0u : 1u);
}
