/* clause.h — shared by clause.c and clause_said.c (the grammar of roles). */
#ifndef TRUCE_CLAUSE_H
#define TRUCE_CLAUSE_H

#include "coder.h"

/* Is the word at i a noun whose infinitive says what it is ("the decision
 * to act", "a deal to hand over")? (clause.c) */
bool clause_content_noun(const truce_coder *c, size_t i);

/* Is m one of a list of places ("the towns of X and Y")? (clause.c) */
bool clause_place_list(const truce_coder *c, const mention *m);

/* Is m inside a time phrase naming an event ("ahead of a meeting of X",
 * "after talks with X", "before the visit of X") that starts in [b, m)?
 * (clause_said.c) */
bool clause_in_event_adjunct(const truce_coder *c, const mention *m, size_t b);

#endif
