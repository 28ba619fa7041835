/* targets.h — what targets.c and targets_check.c share (internal).
 *
 * Tests: tests/unit/test_roles.c, tests/unit/test_targets.c.
 */
#ifndef TRUCE_TARGETS_H
#define TRUCE_TARGETS_H

#include "coder.h"

/* Are a and b one side: one country's same sector (a role of no known
 * country "---REB" is of any), the country and its own sector ("AFG",
 * "AFGGOV"), else one party? */
bool targets_same_side(const char *a, const char *b);

/* Make the owner code (of an allegation, a request) the target, at token i. */
void targets_owner_target(head_roles *r, const char *owner, size_t i);

/* "Rival gangs clashed": one plural role's force on itself (targets_held.c). */
bool targets_rival_sides(truce_coder *c, const head_ctx *h, head_roles *r);

/* A denial or rejection whose target the clause leaves unnamed: the
 * story's accuser or asker (sets r->tm). */
void targets_denial_answers(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);

/* The party after "with" of a cooperative act (roots 03-06); NULL if none. */
const mention *targets_with_party(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r);

/* The one who refuses a proposal or request after "but"; NULL if none. */
const mention *targets_proposal_refuser(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                        const head_roles *r);

/* "tariffs on steel from 35 countries, including the EU": the actor after
 * ", including" when the object after token after names a plural of
 * parties and no actor; NULL if none. */
const mention *targets_included_party(const truce_coder *c, const sinfo *si, const head_roles *r, size_t after,
                                      size_t ce);

/* "shelled the area, killing three soldiers": the object of a participle
 * of violence after a comma that follows the verb (targets.c); NULL if
 * none. */
const mention *targets_violent_participle(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                          const head_roles *r);

/* "25 civilians were killed when warplanes bombed the town": force in a
 * clause of time with no target of its own hit the subject of the passive
 * of violence the sentence opens with (targets_victims.c); NULL if none. */
const mention *targets_passive_victims(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                       const head_roles *r);

/* The owner a hyphenated word at token j names, when its second part is
 * one of words ("Turkish-owned", "rebel-held", "ISIS-controlled"): a
 * country, a role of no country ("---REB") if roles, or a named group of
 * one code, into code (16 bytes) (targets.c). */
bool targets_hyphen_owner(const truce_coder *c, size_t j, const char *const *words, bool roles, char code[16]);

/* "targeting the town, which is under the control of ISIS", "targeting
 * the jihadist-held district": force whose object is a place aimed at
 * the one who holds it (targets_held.c; sets r->tm). */
void targets_place_holder(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);

/* "demonstrated in Sanaa to demand that Germany release a preacher": a
 * protest that names only where it happened is aimed at whom its demand
 * or appeal is addressed to (targets_protest.c); NULL if none. */
const mention *targets_protest_demand(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                      const head_roles *r);

/* "demonstrated outside the Japanese embassy": a protest at a country's
 * embassy is aimed at its government (targets_protest.c; sets r->tm). */
void targets_protest_embassy(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);

/* After the target is chosen: one an object's modifier, an adjunct ("with",
 * "against", "by", "from", "where"), a landmark or a quotation gives or
 * takes away (targets_adjunct.c; sets r->tm). */
void targets_adjuncts(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);

/* "criticized the meeting, saying Washington seeks to weaponize the
 * council": a criticism, rejection or denial of a thing is aimed at the
 * actor its ", saying" clause says acts (not victims, nor a passive's);
 * NULL if none (targets_story.c). */
const mention *targets_saying_party(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r);

/* "The Thai government said China had asked for the return of 45
 * nationals": a request or demand naming no addressee (one subject's, not
 * a compound's), reported by another
 * country's state, was made of that state (targets_story.c; sets r->tm). */
void targets_asked_speaker(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);

/* "Trump denied the request and asked instead for full
 * denuclearization": a verbal act (roots 01-14) coordinated by "and" with
 * an earlier verb of its subject's, naming no one, is aimed at that
 * verb's target when it was a verbal act too (targets_story.c; sets
 * r->tm). */
void targets_coordinated_target(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);

/* Note the doer of an act of force just coded, for a condemnation of "the
 * attack" later on, and the source of a request or offer, for a
 * rejection of "it" in the next sentence (targets_story.c). */
void targets_note_attacker(truce_coder *c, const head_ctx *h, const head_roles *r);

/* "The UN chief condemned the attack": a condemnation of an act of force
 * the story told of, naming no doer, is aimed at the doer of the story's
 * last act of force, not its victims (targets_story.c; sets r->tm). NULL
 * if not so. */
const mention *targets_condemned_incident(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);

#endif
