/* Unit tests for roles.c: who is the source and who the target, one
 * construction each; and the events whole sentences give through every
 * stage. */
#include "stage.h"

static bool events_are(const char *text, const char *date, const char *want)
{
    const char *got = stage_code(text, date);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  \"%s\":\n    got  %s\n    want %s\n", text, got, want);
        return false;
    }
    return true;
}

int main(void)
{
    {
        /* the subject: the last mention before the verb in its clause */
        stage s;
        stage_open(&s, "Azerbaijani forces shelled Stepanakert.", "2020-10-02");
        size_t v = stage_tok(&s, "shelled");
        const mention *m = roles_subject(s.c, &s.si.mv, s.c->s[0].tok_start, v);
        CHECK(m && strcmp(m->code, "AZEMIL") == 0);
        stage_close(&s);
    }
    {
        /* the object: the first mention after the verb that is no place */
        stage s;
        stage_open(&s, "Russia accused Ukraine in Geneva.", "2020-10-02");
        size_t v = stage_tok(&s, "accused");
        const mention *m = roles_object(s.c, &s.si.mv, v, s.c->s[0].tok_end, true);
        CHECK(m && strcmp(m->code, "UKR") == 0);
        stage_close(&s);
    }
    {
        /* an aside set off by commas is not the verb's clause start */
        stage s;
        stage_open(&s, "The ministry, which runs the prisons, refused to comment.", "2020-10-02");
        size_t v = stage_tok(&s, "refused");
        CHECK(roles_clause_begin(s.c, s.c->s[0].tok_start, v) == s.c->s[0].tok_start);
        stage_close(&s);
    }
    {
        /* a role with no country as an actor of country cc, or of "---" */
        mention role = {0}, out;
        snprintf(role.sector, sizeof role.sector, "COP");
        CHECK(strcmp(roles_place_role(&out, &role, "IRQ")->code, "IRQCOP") == 0 &&
              strcmp(out.country, "IRQ") == 0);
        CHECK(strcmp(roles_place_role(&out, &role, NULL)->code, "---COP") == 0 && out.country[0] == 0);
    }
    /* whole sentences through every stage */
    /* active: subject acts on object */
    CHECK(events_are("Azerbaijani forces shelled Stepanakert on Thursday.", "2020-10-02",
                     "AZEMIL>AZEPRE:194@2020-10-01"));
    /* passive with an agent: the agent acts on the subject */
    CHECK(events_are("Armenian positions were shelled by Azerbaijani forces.", "2020-10-02",
                     "AZEMIL>ARM:194@2020-10-02"));
    /* violence with victims and no doer named: an unknown source */
    CHECK(strstr(stage_code("Three civilians were killed in a car bombing in Kabul.", "2020-10-02"),
                 ">AFGCVL:") != NULL);
    /* a fire is no one's act */
    CHECK(events_are("A fire killed 12 people in Kabul.", "2020-10-02", ""));
    /* a role takes the country of the place the text gives (here a
     * country: the unit tests have no gazetteer) */
    CHECK(events_are("Police arrested three protesters in Iraq.", "2020-10-02", "IRQCOP>IRQOPP:173@2020-10-02"));
    /* a compound subject of a joint act acts on each other */
    CHECK(strstr(stage_code("Armenia and Azerbaijan agreed to a ceasefire.", "2020-10-10"), "ARM>AZE:") != NULL);
    /* negated: nothing */
    CHECK(events_are("Russia did not attack Ukraine.", "2022-03-01", ""));
    /* "I" stands for the speaker */
    CHECK(strstr(stage_code("\"We will not attack Armenia,\" Aliyev said.", "2020-10-10"), "AZEGOV>ARM") != NULL);
    return STAGE_DONE("roles");
}
