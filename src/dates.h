/* dates.h — what the parts of the dates stage share, never installed:
 * datexpr.c finds date expressions, dateclause.c finds a sentence's
 * clauses, dates.c decides which event each expression dates, datestory.c
 * carries dates across the story's sentences. The stage's interface to the coder is in coder.h. */
#ifndef TRUCE_DATES_H
#define TRUCE_DATES_H

#include "coder.h"

/* The clauses of a sentence (dateclause.c): each one's kind, the clause it
 * depends on, and the spans of tokens it holds. */
enum { CL_MAIN, CL_THAT, CL_REL, CL_WHEN, CL_AFTER, CL_BEFORE, CL_SINCE, CL_OTHER };

#define MAX_CLAUSES 24
#define MAX_SPANS 32
#define NO_CLAUSE 0xFF

typedef struct {
    uint8_t kind, parent;
    bool comma_ends;     /* a comma or a dash closes it */
    int16_t offset;      /* its events are this many days from its parent's */
    int8_t expr;         /* "DATE, when ...": the expression that dates it, -1 none */
    uint8_t oprec;       /* the precision of offset: "two years after" DP_YEAR */
} dclause;

typedef struct {
    uint32_t b, e;
    uint8_t cl;
} cspan;

typedef struct date_clauses {
    dclause cl[MAX_CLAUSES];
    size_t n_cl;
    cspan sp[MAX_SPANS];
    size_t n_sp;
} clauses;

/* What the head is and where it stands, for dates_event and datelink.c. */
typedef struct {
    size_t sb, se, head, excl_b, excl_e, quote;
    bool noun, plan;
} headinfo;

/* The day of what the act of main clause cl brought about, told after a
 * semicolon by a clause that opens with "this" ("X stormed the base;
 * this resulted in a battle on Saturday": the storming's day too;
 * datelink.c, test_dates.c: "semicolon"), NULL if none. */
const date_expr *dates_consequence_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                        const headinfo *h, uint8_t cl);

/* The main clause before a semicolon that main clause cl goes on from
 * ("The riots left four dead on Monday; two were killed by police": its
 * past act with no time of its own is the first one's; datelink.c,
 * test_dates.c: "semicolon"), NO_CLAUSE if cl opens with none or the
 * head at head is not the first verb group of cl. */
uint8_t dates_semicolon_before(const truce_coder *c, const clauses *cs, uint8_t cl, size_t sb, size_t head);

/* Dates a head takes from a clause linked to cl, its own (datelink.c;
 * NULL if none): a fronted "when" clause (or "before"/"after" dated a
 * week or longer), a trailing "when", "while", "as" clause, a relative
 * clause that dates the incident the act was in, an "after" clause of a
 * relative clause long past. */
const date_expr *dates_fronted_clause_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                           const headinfo *h, uint8_t cl);
const date_expr *dates_trailing_when_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                          const headinfo *h, uint8_t cl);
const date_expr *dates_incident_rel_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                         const headinfo *h, uint8_t cl);
const date_expr *dates_rel_after_date(const truce_coder *c, const sinfo *si, const clauses *cs,
                                      const headinfo *h, uint8_t cl);

/* A count in digits or small words at i ("3", "two", "a"). */
bool dates_count(const truce_coder *c, size_t i, int *v);
/* A unit of time at i: its length in days (hours: 0) and the precision of
 * a count of it; -1 if none. */
int dates_unit(const truce_coder *c, size_t i, uint8_t *prec);
/* A dash set off by spaces (not a hyphen). */
bool dates_dash(const truce_coder *c, size_t i);
/* The token after the last word before i that is not an adverb. */
size_t dates_before_adverbs(const truce_coder *c, size_t b, size_t i);
/* Is the word at i mostly a noun, says the part-of-speech lexicon? */
bool dates_mostly_noun(const truce_coder *c, size_t i);
/* The first day of the period of precision prec that holds d. */
truce_day dates_period_first(truce_day d, uint8_t prec);
/* The last day of the period of precision prec that starts at d. */
truce_day dates_period_last(truce_day d, uint8_t prec);
/* Is the verb at head a plan or a possibility ("will meet", "is due to
 * travel"), in the sentence that starts at sb? */
bool dates_plan(const truce_coder *c, size_t sb, size_t head);
/* The clauses of sentence [sb, se) and the spans of tokens each holds
 * (dateclause.c); needed false: one main clause. */
void dates_clauses_scan(const truce_coder *c, const sinfo *si, size_t sb, size_t se, bool needed, clauses *cs);
/* Has sentence [sb, se) a word that opens a clause dated by itself
 * ("since", "after", "before")? */
bool dates_has_clause_word(const truce_coder *c, size_t sb, size_t se);
/* The clause that holds token tok (0, the main one, if none). */
uint8_t dates_clause_of(const clauses *cs, size_t tok);
/* The quotation a token stands in (its opening mark), or SIZE_MAX. */
size_t dates_quote_of(const truce_coder *c, size_t sb, size_t tok);
/* Is sentence k one of the story's lead, its first two after the
 * headline? (dates.c) */
bool dates_lead_sentence(const truce_coder *c, size_t k);
/* A word of the grammar's incident class at q, or its plural ("attack",
 * "blasts"). (datestory.c) */
bool dates_incident_word(const truce_coder *c, size_t q);
/* Is the past act at head the first act a report in the perfect tells,
 * "has reported that X offered ..." (or what it was to do: "offered to
 * host") (datereport.c)? */
bool dates_reported_earlier(const truce_coder *c, const sinfo *si, size_t sb, size_t head);
/* The words of date expressions (datetok.c; datexpr.c reads them). */
bool dates_number(const truce_coder *c, size_t i, int *v, int maxdigits);
bool dates_year(const truce_coder *c, size_t i, int *y);
bool dates_prefix(const truce_coder *c, size_t i, const char *p, size_t *plen);
bool dates_may_start(const truce_coder *c, size_t i);
int dates_month(const truce_coder *c, size_t i, bool *edge);
int dates_weekday(const truce_coder *c, size_t i);

/* Give a week's or a month's expression of sentence sent that dates a
 * past verb ("deported ... last month") the one day the story names in
 * that period for a word of the verb's family ("the Feb. 27
 * deportations"); d holds the sentence's n expressions (daterefine.c). */
void dates_refine(const truce_coder *c, size_t sent, date_expr *d, size_t n);
/* Is sentence [sb, se) a chronology's entry, "1996 - Iraq captures
 * Irbil", "November 22: X is shot dead", and head its act? Then *day and
 * *prec are its date (datereport.c). */
bool dates_chronology(const truce_coder *c, const sinfo *si, size_t sb, size_t se, size_t head, truce_day *day,
                      uint8_t *prec);
/* Does a clause with a verb of its own follow at i, before se ("as he
 * sat", "after the 40 were deported"), not a phrase ("as a day of
 * mourning", "after the talks")? (dateclause.c) */
bool dates_verb_follows(const truce_coder *c, size_t i, size_t se);
/* Does the head follow a fronted phrase that sets it in an utterance of
 * the past, "In an earlier statement, X said" (dates.c)? */
bool dates_earlier_utterance(const truce_coder *c, size_t sb, size_t head);
/* A time after the noun of a "since" phrase of sentence sent ("since
 * Saddam's ouster two months ago") starts the period: DA_SINCE
 * (daterefine.c). */
void dates_since_phrase(const truce_coder *c, size_t sent, date_expr *d, size_t n);
/* A quotation's "yesterday", "today", "two days ago" of sentence sent is
 * told from the day its saying is dated ('"We struck them yesterday," X
 * said on Monday': Sunday) (daterefine.c). */
void dates_quote_now(const truce_coder *c, size_t sent, date_expr *d, size_t n);
/* Does a phrase before the head set it in a part of a war's span the text
 * gives no date for: "In the first weeks of the war", "during the early
 * months of the conflict", "at the start of the uprising" (daterefine.c)?
 * Background then, as "since the war began" is. */
bool dates_war_period(const truce_coder *c, size_t sb, size_t head);
/* A finite verb at q, not a participle or noun. */
bool dates_finite(const truce_coder *c, size_t sb, size_t q);

#endif
