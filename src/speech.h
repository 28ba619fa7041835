/* speech.h — shared by speech.c and speech_judge.c (reported speech). */
#ifndef TRUCE_SPEECH_H
#define TRUCE_SPEECH_H

#include "coder.h"

/* Where the clause of the verb at i starts inside reported content that
 * starts at b: after the last "that" before it, else at b (speech.c). */
size_t speech_after_that(const truce_coder *c, size_t b, size_t i);

/* speech_judge.c: what the speaker says of `about` */
size_t speech_accuses(const truce_coder *c, const sinfo *si, const speech *sp, const mention *about,
                      const char *prefix);
bool speech_charges_crime(const truce_coder *c, const speech *sp, const mention *about);
size_t speech_committed_abuses(const truce_coder *c, const speech *sp, size_t q);
bool speech_blames(const truce_coder *c, const speech *sp, const mention *about);
size_t speech_blamed_act(const truce_coder *c, const speech *sp, const mention *about);
bool speech_finding_speaks(const truce_coder *c, const speech *sp);
bool speech_accuser_speaks(const truce_coder *c, const speech *sp);
bool speech_criticises(const truce_coder *c, const speech *sp, const mention *about);
bool speech_talks_go_on(const truce_coder *c, const speech *sp, const mention *about);
bool speech_price_warned(const truce_coder *c, const speech *sp, const mention *about);
bool speech_praises_act(const truce_coder *c, const speech *sp, const mention *about);
bool speech_response_warned(const truce_coder *c, const speech *sp);
const mention *speech_response_target(const truce_coder *c, const speech *sp, const mvec *mv);
bool speech_praises_role(const truce_coder *c, const speech *sp, const mention *about);
bool speech_own_warning(const truce_coder *c, const speech *sp, const mvec *mv, bool strict);
size_t speech_coordinate_end(const truce_coder *c, size_t b, size_t se);
const mention *speech_coordinate_speaker(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i);
bool speech_rules_out(const truce_coder *c, const sinfo *si, const speech *sp, char out[8]);

#endif
