/* dateclause.c — the clauses of a sentence, for the dates stage: which
 * words open a clause ("that", "which", "when", "after", "since", ... and
 * "said" with no "that"), what kind it is, where a comma or a quotation
 * mark closes it, and the days an "N days after" clause lies from its
 * parent; and the token tests the dates stage shares (units of time,
 * dashes, adverbs, nouns). dates.c decides which clause's time dates an
 * event; the rules are written in its opening comment. Tests in
 * tests/unit/test_dates.c.
 */
#include "dates.h"

/* ---- token tests (shared with datexpr.c and dates.c) ---------------------- */

/* A unit of time at i: its length in days (hours and minutes: 0) and the
 * precision of a count of it; -1 if none. */
int dates_unit(const truce_coder *c, size_t i, uint8_t *prec)
{
    static const struct { const char *w; int days; uint8_t prec; } units[] = {
        {"day", 1, DP_DAY}, {"days", 1, DP_DAY}, {"week", 7, DP_WEEK}, {"weeks", 7, DP_WEEK},
        {"month", 30, DP_MONTH}, {"months", 30, DP_MONTH}, {"year", 365, DP_YEAR}, {"years", 365, DP_YEAR},
        {"hour", 0, DP_DAY}, {"hours", 0, DP_DAY}, {"minutes", 0, DP_DAY}, {"night", 1, DP_DAY},
        {"morning", 1, DP_DAY}, {"decade", 3650, DP_YEAR}, {"decades", 3650, DP_YEAR}};
    if (i >= c->nt || c->t[i].kind != TOK_WORD) {
        return -1;
    }
    /* by first letter and length, as most words are none of these */
    size_t n = c->t[i].end - c->t[i].start;
    uint8_t c0 = c->text[c->t[i].start] | 0x20;
    if (n < 3 || n > 7 || (c0 != 'd' && c0 != 'w' && c0 != 'm' && c0 != 'y' && c0 != 'h' && c0 != 'n')) {
        return -1;
    }
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        if ((uint8_t)units[k].w[0] != c0) {
            continue;
        }
        if (tok_is_word(c, i, units[k].w)) {
            *prec = units[k].prec;
            return units[k].days;
        }
    }
    return -1;
}

bool dates_dash(const truce_coder *c, size_t i)
{
    /* a dash set off by spaces, not a hyphen ("U.S.-designated"); the
     * wires' "--" and old AP's "_" are dashes too ("Gaza _ which the
     * Palestinians claim _ in the 1967 war") */
    if (i >= c->nt || !(c->t[i].flags & TF_SPACE_BEFORE)) {
        return false;
    }
    const token *t = &c->t[i];
    const uint8_t *p = c->text + t->start;
    return tok_is(c, i, c->k->w.dash) ||
           (t->kind == TOK_PUNCT && ((t->end - t->start == 2 && p[0] == '-' && p[1] == '-') ||
                                     (t->end - t->start == 1 && p[0] == '_')));
}

/* The word before i, skipping adverbs ("has also signed"). */
size_t dates_before_adverbs(const truce_coder *c, size_t b, size_t i)
{
    while (i > b && ((tok_has(c, i - 1, WC_ADVERB) && !tok_has(c, i - 1, WC_DATE_WORD)) ||
                     /* "have both designated", "were all killed": a quantifier floated
                      * after the auxiliary (golden recall-floating) */
                     (i > b + 1 && is_aux(c, i - 2) &&
                      (tok_is_word(c, i - 1, "both") || tok_is_word(c, i - 1, "all") || tok_is_word(c, i - 1, "each"))))) {
        i--;
    }
    return i;
}

/* Is the word at i mostly a noun, says the part-of-speech lexicon? */
bool dates_mostly_noun(const truce_coder *c, size_t i)
{
    uint8_t key[64];
    ptrdiff_t n = text_key(c->text + c->t[i].start, (ptrdiff_t)(c->t[i].end - c->t[i].start), key, sizeof key);
    return n > 0 && (kb_lex(c->k, key, n) & LEX_MOSTLY) == LEX_MOSTLY_NOUN;
}

/* ---- clauses ------------------------------------------------------------- */


/* Does a clause with a verb of its own follow at i ("after the 40 were
 * deported", "since winning power"), not a phrase ("after the talks")? */
static bool verb_follows(const truce_coder *c, size_t i, size_t se)
{
    if (i < se && c->t[i].vform == VF_ING && c->t[i].isverb) {
        return true;   /* "since winning power" */
    }
    for (size_t q = i; q < se && q < i + 25; q++) {
        if (tok_punct(c, q, ',') || clause_stop(c, q) || dates_dash(c, q) || tok_has(c, q, WC_BOUNDARY)) {
            return false;
        }
        if (is_aux(c, q) && !tok_has(c, q, WC_DETERMINER) &&
            !(tok_is_word(c, q, "may") && (c->t[q].flags & TF_CAP))) {
            return true;   /* (not the month: "since May in an effort to ...") */
        }
        if (c->t[q].vform == VF_ED && c->t[q].isverb && q > i && !tok_has(c, q - 1, WC_DETERMINER) &&
            !tok_is(c, q - 1, c->k->w.s)) {
            return true;
        }
    }
    return false;
}

/* Is "that" at i, after a verb, the determiner of a noun ("reiterated
 * that denial to the American people Sunday morning", "rejected that
 * claim on Monday"), not a clause ("said that police in the city
 * arrested ...")? A common noun follows, and no verb group up to the
 * next comma or the end of the sentence. */
static bool that_determiner(const truce_coder *c, size_t sb, size_t i, size_t se)
{
    size_t n = i + 1;
    if (n >= se || c->t[n].kind != TOK_WORD || (c->t[n].flags & TF_CAP) || c->t[n].vform != VF_NONE ||
        tok_has(c, n, WC_DETERMINER | WC_PRONOUN | WC_MODAL | WC_ADVERB | WC_BOUNDARY) || is_prep(c, c->t[n].id) ||
        is_aux(c, n)) {
        return false;
    }
    for (size_t q = n + 1; q < se && !tok_punct(c, q, ',') && !tok_punct(c, q, ';') && !is_quote_tok(c, q); q++) {
        if (dates_finite(c, sb, q) || tok_has(c, q, WC_MODAL) || (c->t[q].isverb && c->t[q].vform == VF_ING)) {
            return false;
        }
    }
    return true;
}

/* The kind of clause the word at i opens, or NO_CLAUSE. */
static uint8_t opener(const truce_coder *c, size_t sb, size_t i, size_t se)
{
    /* most words open nothing: the grammar's boundary words, "as",
     * "once", "whose", "following", "till" may */
    if (c->t[i].kind != TOK_WORD) {
        return NO_CLAUSE;
    }
    if (!tok_has(c, i, WC_BOUNDARY) && !tok_is(c, i, c->k->w.as)) {
        uint8_t c0 = c->text[c->t[i].start] | 0x20;
        if ((c0 != 'o' && c0 != 'w' && c0 != 'f' && c0 != 't') ||
            !(tok_is_word(c, i, "once") || tok_is_word(c, i, "whose") || tok_is_word(c, i, "following") ||
              tok_is_word(c, i, "till"))) {
            return NO_CLAUSE;
        }
    }
    if (i == sb && !(tok_is_word(c, i, "after") || tok_is_word(c, i, "before") || tok_is_word(c, i, "since") ||
                     tok_is_word(c, i, "when") || tok_is_word(c, i, "while") || tok_is_word(c, i, "until") ||
                     tok_is_word(c, i, "although") || tok_is_word(c, i, "though") || tok_is_word(c, i, "because") ||
                     tok_is_word(c, i, "if") || tok_is_word(c, i, "as") || tok_is_word(c, i, "once"))) {
        return NO_CLAUSE;
    }
    if (tok_is(c, i, c->k->w.that)) {
        size_t p = dates_before_adverbs(c, sb, i);
        if (p > sb && c->t[p - 1].isverb && c->t[p - 1].vform != VF_NONE &&
            !(p >= sb + 2 && tok_has(c, p - 2, WC_DETERMINER))) {
            /* a verb right after "that" has no subject of its own: "that"
             * is the subject, a relative ("to end fighting that has killed
             * 100 people"), not "said that" */
            bool rel = i + 1 < se && (is_aux(c, i + 1) || tok_has(c, i + 1, WC_MODAL)) &&
                       !tok_has(c, i + 1, WC_DETERMINER) && c->t[p - 1].vform == VF_ING;
            if (!rel && that_determiner(c, sb, i, se)) {
                return NO_CLAUSE;   /* "reiterated that denial ... Sunday morning" */
            }
            return rel ? CL_REL : CL_THAT;
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
        static const char *const rites[] = {"prayers", "prayer", "mass", "sermon", "service", "services", NULL};
        for (size_t q = i + 1; q + 1 < se && q < i + 4 && c->t[q].kind == TOK_WORD; q++) {
            if (dates_weekday(c, q) >= 0 && tok_is_one_of(c, q + 1, rites)) {
                return NO_CLAUSE;   /* "after (the weekly) Friday prayers as he was leaving": a phrase */
            }
        }
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

/* Does what was said start at i, right after "said", "says", "added",
 * "noted", "wrote" with no "that" ("said it was formed in 1993", "added
 * Berisha had used power")? (Other verbs of saying take an object first:
 * "announced a separation in 2016", "told reporters".) */
static bool said_before(const truce_coder *c, size_t sb, size_t i)
{
    if (i <= sb || i + 1 >= c->nt) {
        return false;
    }
    const token *t = &c->t[i];
    size_t v = i - 1;
    if (v > sb && tok_has(c, v, WC_DATE_WORD) && c->t[v].vform == VF_NONE &&
        ((c->t[v].flags & TF_CAP) || tok_is_word(c, v, "yesterday") || tok_is_word(c, v, "today"))) {
        /* "said Monday the United States hopes ...", "said on Monday the
         * army ..." (tests/unit/test_dates.c: "said Monday") */
        v -= tok_is_word(c, v - 1, "on") && v > sb + 1 ? 2 : 1;
    }
    if (c->t[v].vform != VF_ED && c->t[v].vform != VF_S) {
        return false;
    }
    if (!tok_is_word(c, v, "said") && !tok_is_word(c, v, "says") && !tok_is_word(c, v, "added") &&
        !tok_is_word(c, v, "adds") && !tok_is_word(c, v, "noted") && !tok_is_word(c, v, "wrote")) {
        return false;
    }
    return t->kind == TOK_WORD && !tok_has(c, i, WC_DATE_WORD) && !is_prep(c, t->id) &&
           (tok_has(c, i, WC_PRONOUN | WC_SPEAKER_PRONOUN | WC_DETERMINER) || (t->flags & TF_CAP));
}

/* Is the "that" at i the complement of a verb a time phrase follows ("said
 * on Monday that ...", "warned last week that ...": the time phrase ends
 * right before it), not a relative after a noun? (test_dates.c: "relative
 * perfect") */
static bool said_date_that(const truce_coder *c, const sinfo *si, size_t sb, size_t i)
{
    for (size_t x = 0; x < si->n_dates; x++) {
        const date_expr *d = &si->dates[x];
        if (d->tok_end != i || d->attach != DA_CLAUSE) {
            continue;
        }
        size_t v = d->tok;
        if (v > sb && tok_is_word(c, v - 1, "on")) {
            v--;
        }
        return v > sb && c->t[v - 1].isverb && (c->t[v - 1].vform == VF_ED || c->t[v - 1].vform == VF_S) &&
               dates_finite(c, sb, v - 1);
    }
    return false;
}

/* Days from its parent of a clause that "N days after" (or "the day
 * before") opens at i: X happened N days before its parent; *prec the
 * precision that leaves ("six months after X": a month, "20 years after
 * X": a year; test_dates.c: "years after"). */
static int16_t clause_offset(const truce_coder *c, size_t sb, size_t i, uint8_t kind, uint8_t *prec)
{
    *prec = DP_DAY;
    if ((kind != CL_AFTER && kind != CL_BEFORE) || i < sb + 2) {
        return 0;
    }
    int days = dates_unit(c, i - 1, prec), n = 1;
    if (days < 0) {
        *prec = DP_DAY;
        return 0;
    }
    if (i >= sb + 2 && !dates_count(c, i - 2, &n)) {
        n = 1;
    }
    /* ("20 years after": about 20 years, a year of precision) */
    int span = days ? n * days + (days >= 365 ? n * days / 1460 : 0) : (n >= 24 ? n / 24 : 0);
    if (span > 30000) {
        span = 30000;
    }
    if (*prec < DP_MONTH) {
        *prec = DP_DAY;   /* "two weeks after": a day, 14 before */
    }
    return (int16_t)(kind == CL_AFTER ? -span : span);
}

/* A word of a finite verb group: an auxiliary, a modal, or a verb in the
 * past or the third person (not capitalised: "Police"). */
static bool verb_group_word(const truce_coder *c, size_t i)
{
    return is_aux(c, i) || tok_has(c, i, WC_MODAL) ||
           (c->t[i].isverb && (c->t[i].vform == VF_ED || c->t[i].vform == VF_S) && !(c->t[i].flags & TF_CAP));
}

/* Does the relative clause top (opened with no comma before it, so with
 * no comma to end it) end at i, where a second finite verb group begins:
 * one that follows no verb, adverb, "and", "or", "but" or comma after the
 * relative's own verb group ("Gunmen who abducted 20 students last month
 * have released them", "The deal that was signed in 2015 collapsed";
 * not "who abducted and killed", "who was arrested")? */
static bool restrictive_rel_ends(const truce_coder *c, const clauses *cs, uint8_t top, const bool *rel_verb,
                                 size_t sb, size_t i)
{
    if (cs->cl[top].kind != CL_REL || !rel_verb[top] || cs->cl[top].comma_ends == false || i <= sb + 1 ||
        !verb_group_word(c, i) || (!is_aux(c, i) && !tok_has(c, i, WC_MODAL) && dates_mostly_noun(c, i))) {
        return false;   /* (not a noun the tagger reads as a verb: "by the Iraqi forces in November") */
    }
    size_t p = i - 1;
    while (p > sb && tok_adverb(c, p)) {
        p--;
    }
    if (c->t[p].kind == TOK_PUNCT || c->t[p].isverb || is_aux(c, p) || tok_has(c, p, WC_MODAL | WC_PRONOUN) ||
        tok_is(c, p, c->k->w.and_) || tok_is_word(c, p, "or") || tok_is_word(c, p, "but") ||
        tok_is(c, p, c->k->w.to) || is_prep(c, c->t[p].id) || tok_has(c, p, WC_BOUNDARY | WC_DETERMINER)) {
        return false;
    }
    /* the relative opened with no comma before it */
    for (size_t q = i; q > sb; q--) {
        if (tok_is_word(c, q - 1, "who") || tok_is_word(c, q - 1, "which") || tok_is(c, q - 1, c->k->w.that)) {
            size_t o = q - 1;   /* the pronoun, or the preposition before it ("in which") */
            if (o > sb && is_prep(c, c->t[o - 1].id)) {
                o--;
            }
            return o > sb && !tok_punct(c, o - 1, ',') && !dates_dash(c, o - 1);
        }
    }
    return false;
}

/* The clauses of sentence [sb, se) and the spans of tokens each holds. */
void dates_clauses_scan(const truce_coder *c, const sinfo *si, size_t sb, size_t se, bool needed, clauses *cs)
{
    if (!needed) {
        /* no date in the sentence and no clause that dates by itself:
         * one clause */
        cs->n_cl = 1;
        cs->cl[0] = (dclause){CL_MAIN, NO_CLAUSE, false, 0, -1, DP_DAY};
        cs->n_sp = 1;
        cs->sp[0] = (cspan){(uint32_t)sb, (uint32_t)se, 0};
        return;
    }
    uint8_t stack[16];
    bool fronted[MAX_CLAUSES] = {false};   /* opened by the sentence's first word */
    size_t depth = 1;
    cs->n_cl = 1;
    cs->n_sp = 0;
    cs->cl[0] = (dclause){CL_MAIN, NO_CLAUSE, false, 0, -1, DP_DAY};
    stack[0] = 0;
    uint8_t cur = 0;
    size_t span_b = sb, quote_depth = 1;
    bool rel_verb[MAX_CLAUSES] = {false};   /* a relative's own verb group was seen */
    for (size_t i = sb; i < se; i++) {
        uint8_t top = stack[depth - 1], next = top;
        bool rel_group = depth > 1 && cs->cl[top].kind == CL_REL && verb_group_word(c, i);
        if (c->t[i].flags & TF_QUOTE_OPEN) {
            quote_depth = depth;
        } else if ((c->t[i].flags & TF_QUOTE_CLOSE) && depth > quote_depth) {
            /* a closing quotation mark ends the clauses opened inside
             * the quotation: '"They know that ...," an official told
             * reporters on Wednesday' */
            depth = quote_depth;
            next = stack[depth - 1];
        }
        if ((tok_punct(c, i, ';') || tok_punct(c, i, ':')) && cs->n_cl < MAX_CLAUSES) {
            /* a new clause of its own */
            cs->cl[cs->n_cl] = (dclause){CL_MAIN, NO_CLAUSE, false, 0, -1, DP_DAY};
            stack[0] = (uint8_t)cs->n_cl++;
            depth = 1;
            next = stack[0];
        } else if ((tok_punct(c, i, ',') || dates_dash(c, i)) && depth > 1 && cs->cl[top].comma_ends) {
            /* the comma goes with the clause it closes; what follows is
             * its parent's again (a clause opened right before it is kept:
             * "which, ...") */
            depth--;
            /* (an adverbial clause inside another ends it too: "was killed
             * when a bomb hit their vehicle while on patrol, the military
             * announced Sunday") */
            bool adverbial = cs->cl[top].kind >= CL_WHEN;
            while (depth > 1 &&
                   (cs->cl[stack[depth - 1]].kind == CL_REL || fronted[stack[depth - 1]] ||
                    (adverbial && cs->cl[stack[depth - 1]].kind >= CL_WHEN)) &&
                   cs->cl[stack[depth - 1]].comma_ends) {
                /* "X, who resigned after being defeated in 2013, rejected":
                 * the relative ends too; "After weeks of denying it held
                 * them since 2014, Thailand turned them over on Feb. 27":
                 * so does a clause the sentence opens with */
                depth--;
            }
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
        } else if (depth > 1 && restrictive_rel_ends(c, cs, top, rel_verb, sb, i)) {
            /* "Gunmen who abducted 20 students last month have released
             * them": a relative with no comma ends where the main verb
             * group begins (test_dates.c: "restrictive relative") */
            depth--;
            next = stack[depth - 1];
        } else {
            uint8_t kind = opener(c, sb, i, se);
            if (kind == CL_REL && said_date_that(c, si, sb, i)) {
                kind = CL_THAT;   /* "said on Monday that ..." */
            }
            if (kind == NO_CLAUSE && said_before(c, sb, i)) {
                kind = CL_THAT;   /* "He said it was formed in 1993" */
            }
            if (kind != NO_CLAUSE && cs->n_cl < MAX_CLAUSES && depth < 16) {
                dclause *d = &cs->cl[cs->n_cl];
                uint8_t oprec;
                int16_t off = clause_offset(c, sb, i, kind, &oprec);
                *d = (dclause){kind, top, kind != CL_THAT, off, -1, oprec};
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
                fronted[cs->n_cl] = i == sb;
                stack[depth++] = (uint8_t)cs->n_cl++;
                next = stack[depth - 1];
            }
        }
        if (rel_group && next == top) {
            rel_verb[top] = true;
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

/* Has sentence [sb, se) a word that opens a clause dated by itself,
 * "since", "after", "before" ("since the war began", "two days after X")?
 * Without one, and without date expressions, its clauses date nothing. */
bool dates_has_clause_word(const truce_coder *c, size_t sb, size_t se)
{
    const kb *k = c->k;
    for (size_t i = sb; i < se; i++) {
        uint32_t id = c->t[i].id;
        if (id && (id == k->w.since || id == k->w.after || id == k->w.before)) {
            return true;
        }
    }
    return false;
}

uint8_t dates_clause_of(const clauses *cs, size_t tok)
{
    for (size_t k = 0; k < cs->n_sp; k++) {
        if (tok >= cs->sp[k].b && tok < cs->sp[k].e) {
            return cs->sp[k].cl;
        }
    }
    return 0;
}

bool dates_verb_follows(const truce_coder *c, size_t i, size_t se)
{
    return verb_follows(c, i, se);
}
