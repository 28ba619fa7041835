/* modality_code.c — what the modality of a verb group (modality.c) makes
 * of the act's code: the act itself, CAMEO's intent, threat, demand or
 * rejection codes (data/modality.tsv), or no event at all.
 */
#include "coder.h"

#include <stdio.h>
#include <string.h>

/* Apply modality to a code (data/modality.tsv): "" = no event. */
void modality_code(const kb *k, const char *code, int mode, char out[8])
{
    size_t best = 0;
    const char *res = NULL;
    for (uint32_t i = 0; i < k->n_modal; i++) {
        size_t n = strlen(k->modal[i].prefix);
        if (n > best && strncmp(code, k->modal[i].prefix, n) == 0) {
            best = n;
            res = mode == MODE_THREAT ? k->modal[i].threat : mode == MODE_INTENT ? k->modal[i].intent
                : mode == MODE_DEMAND ? k->modal[i].demand : k->modal[i].reject;
            /* "none": no intent code, and announced it is no threat either
             * (a show of force: "the army said it will patrol the border") */
            bool none = strcmp(k->modal[i].intent, "none") == 0;
            if (mode == MODE_PLAN) {
                res = k->modal[i].intent;   /* '-': none */
            }
            if (mode == MODE_STATED) {
                /* stated with no word of its doer's (test_modality.c: voiced futures) */
                res = strcmp(k->modal[i].intent, "-") != 0 && !none ? k->modal[i].intent : k->modal[i].stated;
            }
            /* a conflictual act announced for the future is a threat */
            if (mode == MODE_INTENT && strcmp(res, "-") == 0) {
                res = k->modal[i].threat;
            }
        }
    }
    if (!res || strcmp(res, "-") == 0 || strcmp(res, "none") == 0) {
        out[0] = 0;
    } else if (strcmp(res, "=") == 0) {
        snprintf(out, 8, "%s", code);
    } else {
        snprintf(out, 8, "%s", res);
    }
}

bool modality_apply(const kb *k, const vinfo *v, const char *pcode, char out[8])
{
    if (v->infinitive_of_noun) {
        /* "a deal to hand over the islands", "troops to help": the noun's
         * purpose, not an act; a modal before the noun is its verb's, not
         * this one's ("would support a deal to hand over") */
        return false;
    }
    if (v->possible && v->own_possible && !v->conditioned && !v->threat && !v->refusal && !v->negated &&
        !v->status && !v->hypothetical) {
        /* "China said it could retaliate": a conflictual act its speaker
         * holds out is a threat; a cooperative one, no event (test_modality.c:
         * own possibilities) */
        modality_code(k, pcode, MODE_INTENT, out);
        return strncmp(out, "13", 2) == 0;
    }
    if (v->habit && code_root(pcode) <= 13) {
        return false;   /* "Moscow often accuses Kyiv": a habit of words (test_modality.c: habits) */
    }
    if (v->status || (v->possible && !v->threat && !v->refusal && !v->conditioned)) {
        return false;   /* a standing state; a possibility (test_modality.c) */
    }
    if (v->possible && v->conditioned && !v->threat && !v->refusal && !v->negated) {
        /* "may halt its mediation if ...": a conditional announcement, an
         * intent (a threat for a conflictual act) */
        modality_code(k, pcode, MODE_INTENT, out);
        return out[0] != 0;
    }
    if (v->forecast || v->purpose || v->wanted) {
        /* "media reported that X will": the report's forecast, no act of
         * X's; "troops were sent to attack": the sending's purpose */
        return false;
    }
    if (v->desire && v->intent && !v->threat && !v->refusal && !v->negated && !v->obligation && !v->possible &&
        !v->hypothetical) {
        /* "wants to boost ties": its intent; "wants to kill her": wished,
         * no threat (test_modality.c: wishes) */
        modality_code(k, pcode, MODE_PLAN, out);
        return out[0] != 0;
    }
    if (v->cancelled && (v->planned || v->intent || v->attempt)) {
        return false;   /* planned, then called off */
    }
    snprintf(out, 8, "%s", pcode);
    if (v->planned && !v->intent && !v->threat && !v->refusal) {
        return false;   /* "is scheduled to travel", "is expected to meet": no one's act yet */
    }
    if ((v->planned || v->attempt) && !v->negated && !v->refusal && !v->threat) {
        /* planned or attempted: a cooperative act is its intent (03x); a
         * planned conflictual one no event, an attempted one the act */
        char intent[8];
        modality_code(k, pcode, MODE_PLAN, intent);
        if (intent[0]) {
            memcpy(out, intent, 8);
            return true;
        }
        return v->attempt;
    }
    if (v->refusal || (v->negated && v->intent)) {
        /* "refused to release", "will not meet": a rejection */
        modality_code(k, pcode, MODE_REJECT, out);
    } else if (v->negated) {
        return false;
    } else if (v->obligation) {
        /* "Y must return the helicopter", said by X: coded as X's demand by
         * speech_content; without a speaker, nothing was done */
        return false;
    } else if (v->threat) {
        modality_code(k, pcode, MODE_THREAT, out);
    } else if (v->intent) {
        /* a conflictual act its doer is not said to announce is no threat
         * (test_modality.c: voiced futures) */
        modality_code(k, pcode, v->unvoiced ? MODE_STATED : MODE_INTENT, out);
    }
    return out[0] != 0;
}
