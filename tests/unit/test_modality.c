/* Unit tests for modality.c: whether a word is used as a verb, and what the
 * verb group says of the act. */
#include "stage.h"

/* The verb group of `word` in `text`. */
static vinfo group_of(const char *text, const char *word)
{
    stage s;
    stage_open(&s, text, "2021-05-06");
    vinfo v = modality_analyse(s.c, &s.si.mv, stage_tok(&s, word), s.c->s[0].tok_start);
    stage_close(&s);
    return v;
}

/* The code modality_apply gives the pattern code pcode for `word`; "" for
 * no event. */
static const char *applied(const char *text, const char *word, const char *pcode)
{
    static char out[8];
    vinfo v = group_of(text, word);
    if (!modality_apply(stage_kb(), &v, pcode, out)) {
        out[0] = 0;
    }
    return out;
}

int main(void)
{
    vinfo v;
    /* a verb as a verb; the act itself */
    v = group_of("Azerbaijani forces shelled Stepanakert.", "shelled");
    CHECK(v.verb && !v.passive && !v.negated && !v.intent && !v.threat && !v.hypothetical);
    CHECK(strcmp(applied("Azerbaijani forces shelled Stepanakert.", "shelled", "194"), "194") == 0);
    /* words of the verb's spelling used otherwise: "the signed accord" (an
     * adjective), "the attacks" (a noun), "gunshot wounds" (the lexicon
     * knows it only as a noun) */
    CHECK(!group_of("They welcomed the signed accord.", "signed").verb);
    CHECK(!group_of("The attacks continued.", "attacks").verb);
    CHECK(!group_of("He died of gunshot wounds.", "wounds").verb);
    /* passive: "was shelled by" */
    v = group_of("Stepanakert was shelled by Azerbaijani forces.", "shelled");
    CHECK(v.verb && v.passive);
    /* negation: no event */
    v = group_of("Russia did not attack Ukraine.", "attack");
    CHECK(v.verb && v.negated);
    CHECK(applied("Russia did not attack Ukraine.", "attack", "190")[0] == 0);
    CHECK(group_of("Russia never attacked Ukraine.", "attacked").negated);
    /* intent: a cooperative act planned is its intent code (data/modality.tsv) */
    v = group_of("Armenia plans to meet Azerbaijan.", "meet");
    CHECK(v.verb && v.intent);
    CHECK(strcmp(applied("Armenia plans to meet Azerbaijan.", "meet", "040"), "036") == 0);
    CHECK(group_of("Russia will meet Turkey.", "meet").intent);
    /* a conflictual act announced for the future is a threat */
    CHECK(strcmp(applied("Russia will attack Ukraine.", "attack", "190"), "1384") == 0);
    /* threat */
    v = group_of("Russia threatened to attack Ukraine.", "attack");
    CHECK(v.verb && v.threat);
    CHECK(strcmp(applied("Russia threatened to attack Ukraine.", "attack", "190"), "1384") == 0);
    /* obligation: demanded, not done (the speaker's demand is speech.c's) */
    v = group_of("Russia must return the helicopter.", "return");
    CHECK(v.verb && v.obligation);
    CHECK(applied("Russia must return the helicopter.", "return", "0842")[0] == 0);
    /* refusal: a rejection code */
    v = group_of("Russia refused to release the prisoners.", "release");
    CHECK(v.verb && v.refusal);
    CHECK(strcmp(applied("Russia refused to release the prisoners.", "release", "0841"), "1243") == 0);
    /* hypothetical: "if ..." */
    CHECK(group_of("If Russia attacks Ukraine, NATO will respond.", "attacks").hypothetical);
    /* an infinitive of a noun ("the effort to return") has no subject */
    CHECK(group_of("The effort to return the refugees failed.", "return").infinitive_of_noun);
    CHECK(applied("The effort to return the refugees failed.", "return", "0842")[0] == 0);
    /* modality_code: the longest prefix of data/modality.tsv; '-' no event */
    char out[8];
    modality_code(stage_kb(), "057", MODE_INTENT, out);
    CHECK(strcmp(out, "032") == 0);
    modality_code(stage_kb(), "190", MODE_INTENT, out);
    CHECK(strcmp(out, "1384") == 0);   /* '-' intent: the threat */
    modality_code(stage_kb(), "190", MODE_DEMAND, out);
    CHECK(out[0] == 0);
    return STAGE_DONE("modality");
}
