/* Unit tests for trailing.c: trailing participle clauses ("Rebels shelled
 * the town, killing 12 civilians"). Whole sentences, written here, through
 * every stage; `must` is a substring the events must contain ("" none),
 * `must_not` one they must not contain (NULL none; "" = no event at all).
 * An event is SRC>TGT:CODE@DATE (stage.h). */
#include "stage.h"

#include <string.h>

typedef struct {
    const char *text, *date;
    const char *must, *must_not;
} trailing_case;

static const trailing_case cases[] = {
    /* the doer of the clause it trails does the -ing's act to its object */
    {"Kenyan police raided the newspaper offices, arresting five Somali journalists.", "2024-05-08",
     "KENCOP>SOMMED:173", NULL},
    /* violence that is the outcome of the clause's own violence is that
     * act's, its victims the act's target: one event, not two */
    {"Rebels shelled the town on Monday, killing 12 civilians.", "2024-05-08", "---REB>---CVL:194", ":190"},
    {"Chadian troops ambushed a convoy of Sudanese rebels, wounding dozens of fighters.", "2024-05-08",
     "TCDMIL>SDNREB:19", "TCDMIL>---REB"},
    {"Gunmen attacked a bus in northern Kenya on Monday, taking ten passengers hostage.", "2024-05-08", ":181", NULL},
    /* dated as the clause it trails: "On Feb. 28, ..., arresting" */
    {"On Feb. 28, Kenyan police raided the newspaper offices, arresting five Somali journalists.", "2024-05-08",
     "KENCOP>SOMMED:173@2024-02-28", "@2024-05-08"},
    /* a participle joined by "and" to a trailing one trails the clause
     * too; violence after violence is the same act's victims */
    {"Kenyan police raided the newspaper offices, arresting five journalists and seizing their computers.",
     "2024-05-08", "KENCOP>:171", NULL},
    {"A Somali suicide bomber blew himself up in a Mogadishu market, killing 12 civilians and wounding 30.",
     "2024-05-08", ":1831", ":180"},
    /* smoke grenades a crowd throws are no bombing (verbs.txt) */
    {"Polish union members marched through Warsaw, throwing smoke grenades.", "2024-05-08", "POLLAB>POL:145", ":183"},
    /* what a trailing participle of threat or intent governs is threatened
     * or announced, not done */
    {"North Korea fired two missiles on Monday, vowing to strike the United States.", "2024-05-08", "PRK>USA:138",
     "PRK>USA:190"},
    {"Iran condemned the strike, pledging to retaliate against Israel.", "2024-05-08", "IRN>ISR:13", "IRN>ISR:170"},
    /* nouns before the comma are no verbs of the clause ("with rockets") */
    {"Sudanese rebels shelled the hospital with heavy rockets, killing three nurses.", "2024-05-08", "SDNREB>", "HLH>"},
    {"The Indian foreign ministry criticised the Chinese drills, accusing Beijing of provocation.", "2024-05-08",
     "INDGOV>CHNGOV:112", NULL},
    /* what is taken in a fight is territory, buildings too (verbs.txt) */
    {"Malian troops stormed the town, capturing several buildings from the rebels.", "2024-05-08", "MLIMIL>---REB:192",
     ":173"},
    /* a town taken, a siege laid kill no one by themselves: the killing after them is the
     * takers' own act (trailing.c: outcome_of_violence) */
    {"Malian rebels captured the town of Gao on Monday, killing 12 soldiers.", "2024-05-08", "MLIREB>MLIMIL:190",
     NULL},
    {"Malian rebels shelled the town of Gao on Monday, killing 12 soldiers.", "2024-05-08", "MLIREB>MLIMIL:194",
     "MLIREB>MLIMIL:190"},
    /* not the actor nearest the -ing, but the clause's subject */
    {"Gunmen attacked a bus near the Kenyan army base, killing five passengers.", "2024-05-08", "UAF>", "MIL>---CVL"},
    /* a pronoun right after the -ing stands for the clause's object */
    {"Egypt condemned Ethiopia, accusing it of violating the agreement.", "2024-05-08", "EGY>ETH:112", "EGY>:112"},
    /* a verbal act after what a speaker reports is the speaker's */
    {"The Syrian Observatory said Turkish drones hit the town, calling on Russia to intervene.", "2024-05-08",
     ">RUS:02", "TUR>RUS:02"},
    /* a verb of saying is the clause's subject's statement: no second act
     * where it names no one, what its words do where they accuse or demand */
    {"Kenyan and Somali officials met in Nairobi on Monday, saying talks went well.", "2024-05-08", "", ":010"},
    {"China criticized the U.S. arms sale to Taiwan, saying Washington was violating its commitments.", "2024-05-08",
     "CHN>USAGOV:112", NULL},
    {"Iran condemned the strike, saying Israel must stop its attacks.", "2024-05-08", "IRN>ISR:105", "IRN>ISR:087"},
    /* after a noun phrase alone it describes the noun */
    {"The Kenyan bill, banning imports of Chinese steel, was debated on Monday.", "2024-05-08", "", ":163"},
    /* after a passive clause it is no act of the passive's subject */
    {"Five Kenyan soldiers were ambushed on Monday, forcing the army to evacuate the base.", "2024-05-08", "",
     "KENMIL>KENMIL"},
    /* a result or a means, no act of its own */
    {"Ugandan troops captured the town, leaving the rebels without a base.", "2024-05-08", "", ":087"},
    /* the -ing forms of vows, pledges and promises are intent and threat
     * words (grammar.tsv), and the infinitive such an -ing takes is done
     * by the clause's subject: intended or threatened, not done */
    {"Hamas issued a statement on Monday, vowing to attack Israel.", "2024-05-08", "PSEREBHMS>ISR:138", ":030"},
    {"Kenyan officials met Somali elders on Monday, pledging to release the prisoners.", "2024-05-08", ":0353",
     ":0841"},
    {"Kenya freed 20 Somali prisoners on Monday after promising talks with Somalia.", "2024-05-08",
     "KEN>SOMCVL:0841", ":0353"},
    /* an object between the -ing and the infinitive does it (agentof.c) */
    {"Ugandan troops captured the town, forcing the rebels to flee to Congo.", "2024-05-08", "", "UGAMIL>COD"},
    /* a doer that is no actor gives no event */
    {"A car bomb exploded near the Baghdad hospital, wounding two Iraqi policemen.", "2024-05-08", "", "HLH>"},
};

int main(void)
{
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const trailing_case *tc = &cases[k];
        const char *got = stage_code(tc->text, tc->date);
        bool ok = strstr(got, tc->must) != NULL;
        if (tc->must_not) {
            ok = ok && (tc->must_not[0] ? strstr(got, tc->must_not) == NULL : got[0] == 0);
        }
        if (!ok) {
            fprintf(stderr, "  FAIL \"%s\": got \"%s\" (must \"%s\", must not \"%s\")\n", tc->text, got, tc->must,
                    tc->must_not ? tc->must_not : "");
        }
        CHECK(ok);
    }
    return STAGE_DONE("trailing");
}
