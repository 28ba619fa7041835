/* Whole sentences through every stage: what happened, in which sense, and
 * with which code (issue "What happened"). Each case is a construction, in
 * sentences written here: what the events must contain, and what they must
 * not. An event is written SRC>TGT:CODE@DATE (stage.h); `must` and
 * `must_not` are substrings of the sentence's events, "" for none. */
#include "stage.h"

typedef struct {
    const char *text, *date;
    const char *must;       /* a substring the events must contain ("" none) */
    const char *must_not;   /* a substring they must not contain (NULL none; "" = no event at all) */
} sense_case;

static const sense_case cases[] = {
    /* a month's name is no modal verb: the act happened */
    {"On 2 May, Russian troops fired on Ukrainian positions.", "2022-05-06", "RUSMIL>UKR:19", ":138"},
    {"Theresa May met Angela Merkel in Berlin.", "2018-05-06", "GBRGOV>DEUGOV:04", ":036"},
    /* a hyphenated adjective is no verb */
    {"The U.S.-backed militia rejected the offer.", "2020-05-06", "", ":051"},
    {"A Kremlin-designated group held a rally.", "2020-05-06", "", ":163"},
    /* an -s form after a preposition or an adjective is a noun */
    {"Russia imposed restrictions on imports from Georgia.", "2020-05-06", "RUS>GEO:", ":061"},
    {"Soldiers fired with small arms at the crowd in Iraq.", "2020-05-06", ":193", ":072"},
    /* -ing after "by": the means, done by the subject */
    {"Germany helped Greece by sending medical supplies.", "2020-05-06", "DEU>:07", NULL},
    /* seldom, rarely: not done */
    {"The Egyptian government seldom criticized Israel.", "2020-05-06", "", ":111"},
    {"Turkey rarely attacks Syrian Kurds.", "2020-05-06", "", ":19"},
    /* prisoners exchanging gunfire fight; a prisoner exchange is a release */
    {"Prisoners exchanged gunfire with Iraqi police.", "2020-05-06", ":193", ":0841"},
    {"Russia and Ukraine completed a prisoner exchange.", "2020-05-06", ":084", NULL},
    /* conferring an honour is praise, conferring with someone a meeting */
    {"France conferred its highest honour on the Indian prime minister.", "2020-05-06", "FRA>INDGOV:051", ":040"},
    {"The French foreign minister conferred with his Indian counterpart.", "2020-05-06", ":04", ":051"},
    /* committing abuses is no commitment; committing to reforms is */
    {"Government troops committed grave human rights abuses against civilians in Syria.", "2020-05-06", "", ":034"},
    {"Kenya committed to reforms of its police.", "2020-05-06", "KEN>", NULL},
    /* withdrawing from a deal or a body is no military retreat */
    {"The United States withdrew from the nuclear agreement with Iran.", "2019-05-06", "USA>", ":087"},
    {"Venezuela withdrew from the Organization of American States.", "2019-05-06", "VEN>IGOOAS:16", ":087"},
    {"Russia withdrew its troops from Syria.", "2019-05-06", "RUS", NULL},
    /* receiving money is no visit; receiving a delegation is */
    {"Ukraine received $5 million in aid from Japan.", "2022-05-06", "JPN>UKR:07", ":043"},
    {"The Mauritian prime minister received a delegation from India.", "2022-05-06", ":043", NULL},
    /* considering a proposal or an act is 014; considering someone a threat is not */
    {"Japan is considering sending aid to North Korea.", "2020-05-06", "JPN>PRK:014", NULL},
    {"Russia considers NATO a threat to its security.", "2020-05-06", "", ":014"},
    /* a tariff war, a legal battle, a war of words, a fight over the budget */
    {"The United States waged a tariff war against Canada.", "2025-05-06", "", ":19"},
    {"Canada and the United States are locked in a trade war.", "2025-05-06", "", ":19"},
    {"The two senators fought over the budget in Congress.", "2025-05-06", "", ":19"},
    {"Russian troops waged war against Ukraine.", "2022-05-06", "RUSMIL>UKR:19", NULL},
    /* a pattern does not reach into another clause */
    {"Nigeria will withdraw its force from Chad unless the rebels accept a ceasefire.", "1982-05-06", "", ":127"},
    /* an event noun as the topic of another noun is no event of its own;
     * after a verb or as a quantity it is */
    {"Kenya cited the ongoing threat of al-Shabab attacks on its territory.", "2020-05-06", "", ":19"},
    {"The United States credited Britain for its role in talks with Ukraine.", "2025-05-06", "USA>GBR:051", ":04"},
    /* declining numbers, dismissing concerns, ignoring requests for comment */
    {"The number of Somali refugees in Kenya declined sharply.", "2020-05-06", "", ":12"},
    {"Iran declined the offer of talks from the United States.", "2020-05-06", "IRN>USA:12", NULL},
    {"The Egyptian minister dismissed concerns about inflation.", "2020-05-06", "", ":12"},
    {"The Thai government ignored requests for comment from China.", "2020-05-06", ":011", ":12"},
    {"Five Kenyan soldiers were killed in an attack by Somali militants.", "2020-05-06", "SOMREB>", NULL},
    {"Washington announced $33 million in assistance to Mozambique.", "2020-05-06", ":07", NULL},
};

int main(void)
{
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const sense_case *sc = &cases[k];
        const char *got = stage_code(sc->text, sc->date);
        bool ok = strstr(got, sc->must) != NULL;
        if (sc->must_not) {
            ok = ok && (sc->must_not[0] ? strstr(got, sc->must_not) == NULL : got[0] == 0);
        }
        if (!ok) {
            fprintf(stderr, "  \"%s\": got \"%s\" (must \"%s\", must not \"%s\")\n", sc->text, got, sc->must,
                    sc->must_not ? sc->must_not : "");
        }
        CHECK(ok);
    }
    return STAGE_DONE("senses");
}
