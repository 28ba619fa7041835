/* dates.h — what the two halves of the dates stage share, never installed:
 * datexpr.c finds date expressions, dates.c decides which event each one
 * dates. The stage's interface to the coder is in coder.h. */
#ifndef TRUCE_DATES_H
#define TRUCE_DATES_H

#include "coder.h"

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
/* The last day of the period of precision prec that starts at d. */
truce_day dates_period_last(truce_day d, uint8_t prec);
/* Is the verb at head a plan or a possibility ("will meet", "is due to
 * travel"), in the sentence that starts at sb? */
bool dates_plan(const truce_coder *c, size_t sb, size_t head);

#endif
