/* The right code for violence and force (issue 13, "What happened"):
 * conventional military force (19x) against unconventional violence
 * (18x), and the means a sentence names. Whole sentences, written here,
 * through every stage: what the events must contain and what they must not
 * (an event is SRC>TGT:CODE@DATE, stage.h; "" for none). */
#include "stage.h"

#include <string.h>

typedef struct {
    const char *text, *date;
    const char *must;       /* a substring the events must contain ("" none) */
    const char *must_not;   /* a substring they must not contain (NULL none; "" = no event at all) */
} violence_case;

static const violence_case cases[] = {
    /* means: a killing or a wounding takes the code of the means its
     * sentence names (verbs.txt, violence13; emit.c: casualty_means), and
     * no generic 190 beside it */
    {"Four fishermen were killed in an Israeli air strike on Khan Younis on Monday.", "2014-07-15", ":195",
     ":190"},
    {"Eleven insurgents were killed along with their commander in an airstrike by the Afghan air force.",
     "2019-03-10", "AFGMIL>---REB:195", ":190"},
    {"Three farmers were wounded by army shelling near Kadugli on Sunday.", "2012-05-08", ":194", ":190"},
    {"Eight shoppers were killed when a car bomb exploded outside a market in Kirkuk.", "2007-02-04", ":1832",
     ":190"},
    {"Two policemen died and nine were wounded when a roadside bomb hit their patrol near Ghazni.",
     "2010-06-04", ":1833", ":190"},
    {"Nine worshippers were killed and thirty injured when an ISIS gunman detonated a car bomb outside a mosque.",
     "2016-06-04", ":1832", ":180"},
    {"Six villagers were killed by Russian warplanes near Maarat al-Numan on Tuesday.", "2019-12-04", ":195",
     ":190"},
    {"A Russian airstrike killed seven civilians in Idlib on Friday.", "2019-12-08", ":195", ":190"},
    {"The explosion killed five passengers on a minibus in Quetta.", "2013-01-12", ":183", ":190"},
    {"A Burundian soldier shot and killed two farmers near Bujumbura.", "2015-09-02", ":193", ":190"},
    /* an injury beside a killing is the same act: no 180 of its own */
    {"Seven Nigerian soldiers were killed and ten others were injured in fighting near Maiduguri.",
     "2015-04-02", ":190", ":180"},
    /* a killing beside another act of the sentence's, not its means:
     * the kill keeps its code */
    {"Rebels killed four soldiers near Goma while government jets bombed rebel bases in Rutshuru.", "2013-08-02",
     "---REB>---MIL:190", NULL},
    /* aircraft in a "when" clause are often the victims: no air raid */
    {"Twelve soldiers were killed when their helicopter was shot down near Fallujah.", "2004-01-03", ":19",
     ":195"},
    /* irregular force: gunmen, assailants or a civilian killing or
     * shooting the unarmed is unconventional violence (180), an
     * official's killing a targeted one (186); gunmen fighting soldiers
     * and soldiers shooting civilians stay force (emit.c: irregular_force) */
    {"Gunmen shot dead six farm workers on a ranch in Sinaloa on Sunday.", "2016-05-09", "UAF>---LAB:180",
     ":193"},
    {"Masked gunmen killed eleven passengers on a bus in Zamfara.", "2020-05-09", "UAF>---CVL:180", ":190"},
    {"A young man killed a judge in Mosul on Tuesday.", "2016-05-09", ":186", ":190"},
    {"Gunmen attacked an army checkpoint near Arish on Monday.", "2016-05-09", ":190", ":180"},
    {"Egyptian soldiers shot dead two smugglers near Rafah.", "2016-05-09", "EGYMIL>---CRM:193", ":180"},
    /* a bombing by a rebel group or gunmen is no air raid; by jets it is */
    {"Tamil rebels bombed a railway station in Colombo on Friday.", "2006-05-09", "LKAREB>LKA:183", ":195"},
    {"Sri Lankan jets bombed rebel bases near Kilinochchi on Friday.", "2006-05-09", ":195", ":183"},
    /* sabotaging a process is no property destroyed; a pipeline is */
    {"Rebels sabotaged the peace process in Darfur, the mediators said.", "2012-05-09", "", ":1712"},
    {"Rebels sabotaged an oil pipeline near Kirkuk on Monday.", "2012-05-09", ":1712", NULL},
    /* force on people at a protest is repression (175) whoever they are;
     * on robbers it stays force (emit.c: repression, protest_scene) */
    {"Troops shot dead four people during protests in Conakry.", "2009-09-30", ":175", ":193"},
    {"Police killed two students at a rally in Nairobi on Monday.", "2017-09-30", ":175", ":190"},
    {"Police killed two robbers in Nairobi on Monday.", "2017-09-30", ":190", ":175"},
    /* a raid on a house by armed men or rebels is no arrest (180); by
     * police it is (173) */
    {"Armed men raided a teacher's house in Kaduna on Sunday.", "2019-09-30", ":180", ":173"},
    {"Police raided the opposition leader's house in Harare on Friday.", "2019-09-30", ":173", ":180"},
    /* territory: farms, blocks and land captured by troops are taken
     * (192), no property confiscated (1711) nor anyone arrested (173);
     * farms seized by a government are confiscated */
    {"Government troops captured several farms near Douma on Monday.", "2016-09-30", ":192", ":1711"},
    {"The army seized several blocks in the Jobar district.", "2016-09-30", ":192", ":171"},
    {"Russian troops captured the land around Bakhmut in 2023.", "2024-09-30", ":192", ":173"},
    {"Zimbabwe's government seized white-owned farms in 2000.", "2004-09-30", ":1711", ":192"},
    /* an injury is force like a wound (190), by gunmen unconventional (180) */
    {"Four Malian soldiers were injured near Gao on Monday.", "2019-09-30", ":190", ":180"},
    {"Gunmen injured four villagers in Zamfara on Monday.", "2019-09-30", "UAF>---CVL:180", ":190"},
    /* hit or targeted by aircraft: an air raid; by troops, force */
    {"Two hospitals were targeted on Tuesday by the Syrian Air Force.", "2016-09-30", ":195", ":190"},
    {"Two villages were targeted on Tuesday by Syrian troops.", "2016-09-30", ":190", ":195"},
    /* hostages or prisoners killed by their captors are executed (1823);
     * hostage takers killed by police are not */
    {"Islamic State militants killed three American hostages in Raqqa.", "2016-09-30", ":1823", ":190"},
    {"Philippine police killed the hostage takers in Manila.", "2010-09-30", ":190", ":1823"},
    {"Three ISIS fighters were killed and two others were taken as hostages in Mosul.", "2016-09-30", ":190",
     ":1823"},
    /* an explosion of gas or a boiler is an accident: no bombing */
    {"A methane gas blast killed 63 miners in Donetsk on Tuesday.", "2016-09-30", "", ":183"},
    {"Twelve workers were killed in a gas explosion at a factory in Tianjin.", "2016-09-30", "", ":183"},
    /* generic force beside the means the same doer used is that means */
    {"The Syrian and Russian air forces began the day by striking ISIS positions near Al-Bab.", "2016-09-30",
     "RUSMIL>IMGMUSISI:195", ":190"},
    /* bombarded by warplanes or an air force: an air raid; by troops, shelling */
    {"Syrian warplanes bombarded the town of Tafas on Friday.", "2016-09-30", ":195", ":194"},
    {"Syrian troops bombarded the town of Tafas on Friday.", "2016-09-30", ":194", ":195"},
    /* killed or wounded with a knife: physical assault, no military force */
    {"Three people were killed in a knife attack in Solingen on Friday.", "2024-08-30", ":1823", ":190"},
    {"A man wounded two police officers with a knife in Paris.", "2024-08-30", ":182", ":190"},
    /* force aircraft do is an air raid; aircraft backing troops or shot
     * down are no doers */
    {"Syrian helicopter gunships targeted the village of Kafr al-Zeit on Monday.", "2016-09-30", ":195", ":190"},
    {"US B-52 bombers struck Taliban positions near Kunduz.", "2001-11-30", ":195", ":190"},
    {"Syrian troops backed by Russian jets attacked the town of Saraqeb.", "2016-09-30", ":190", ":195"},
    {"A Syrian helicopter was shot down by rebels near Idlib.", "2016-09-30", ":190", ":195"},
    {"Two suicide bombers attacked a police station in Quetta.", "2016-09-30", ":1831", ":195"},
    /* gunmen opening fire on unarmed people: unconventional violence, and
     * so are the killings it causes; soldiers opening fire on rebels fight */
    {"Five men were killed when unidentified gunmen opened fire on a bar in Naples.", "2016-09-30", ":180",
     ":193"},
    {"Malian soldiers opened fire on rebels near Kidal.", "2016-09-30", ":193", ":180"},
    /* soldiers or civilians captured by rebels or gunmen are abducted
     * (181); militants captured by troops are detained (173) */
    {"Hezbollah guerrillas captured three Israeli soldiers near the border.", "2006-07-30", "LBNREBHEZ>ISRMIL:181",
     ":173"},
    {"Kenyan troops captured two Somali militants near the border.", "2018-05-06", "KENMIL>SOMREB:173", ":181"},
    /* an official shot dead by gunmen: assassinated (186); shot, assaulted (180) */
    {"Gunmen shot dead the mayor of Acapulco on Monday.", "2016-09-30", ":186", ":193"},
    {"Gunmen shot the mayor of Acapulco on Monday.", "2016-09-30", ":180", ":186"},
    /* "murder" naming a charge is no killing */
    {"Police booked attempt to murder cases against the two men.", "2016-09-30", "", ":1823"},
    {"Gunmen murdered a priest in Kaduna on Sunday.", "2016-09-30", ":1823", NULL},
    /* destruction done by missiles or jets is an air raid; by troops, destruction */
    {"U.S. missiles destroyed the house of an al-Qaida commander in Somalia.", "2008-05-01", ":195", ":1712"},
    {"Israeli troops destroyed a building in Jenin on Monday.", "2008-05-01", ":1712", ":195"},
    /* violence whose doer is no actor: the victims a participle trailing
     * its clause names are its target (clause.c: roles_trailing_victims);
     * an accident's are no one's */
    {"A roadside bomb exploded near an army convoy in Gao, Mali, wounding four Malian soldiers.", "2024-05-20",
     ">MLIMIL:1833", ":190"},
    {"A bomb exploded in a market in Quetta, Pakistan, on Monday, killing six people, police said.", "2024-05-20",
     ">PAKCVL:183", ":190"},
    {"A gas cylinder exploded in a restaurant in Nairobi, Kenya, killing four people.", "2024-05-20", "", ""},
    {"A truck crashed into a bus in Nairobi, Kenya, killing six people.", "2024-05-20", "", ""},
    /* incident notes: a means of violence as the subject of hit, strike or
     * target takes the means' code (verbs.txt, violence14) */
    {"An IED struck a police vehicle in Wajir, Kenya, killing three officers.", "2024-05-20", ">KENCOP:1833",
     ":190"},
    {"Sudanese military airstrikes hit a village in Darfur on Friday.", "2024-05-20", "SDNMIL>:195", ":190"},
    {"Two car bombs struck a market in Hilla, Iraq, killing nine people.", "2024-05-20", ">IRQCVL:1832", ":183@"},
    {"The explosion destroyed a police vehicle near Khost, killing two officers.", "2024-05-20", ":183",
     ":1712"},
    /* ... and so do plural means whose "hit" reads as a present ("rockets hit"); storms do not */
    {"Two rockets hit a market in Kirkuk, Iraq, killing five people.", "2024-05-20", ">IRQCVL:194", ":190"},
    {"Bombs hit a bus station in Mosul, Iraq, killing nine civilians.", "2024-05-20", ">IRQCVL:183", ":190"},
    {"Storms hit villages in Bangladesh, killing 12 people.", "2024-05-20", "", ""},
    /* ... not another sense of "hit", nor a bomb defused or found */
    {"A powerful storm hit the village of Sagaing in Myanmar on Friday.", "2024-05-20", "", ""},
    {"Western sanctions hit the Iranian economy hard last year.", "2024-05-20", "", ""},
    {"The new Bollywood film was a hit in India.", "2024-05-20", "", ""},
    {"Kenyan police defused a bomb near a school in Garissa, Kenya.", "2024-05-20", "", ":183"},
    {"A bomb was found near a school in Kabul on Monday.", "2024-05-20", "", ""},
    /* a mob that lynches is the country's civilians; a thief, a criminal
     * (agents.tsv); a mob boss sentenced is no crowd's act */
    {"A mob lynched a suspected thief in Kampala, Uganda, on Sunday.", "2024-05-20", "UGACVL>UGACRM:1823", NULL},
    {"The mob boss was sentenced to life in prison in New York.", "2024-05-20", "", "CVL>"},
    /* people seized are detained by a state's forces, abducted by others;
     * weapons seized stay seized property (emit.c) */
    {"Peruvian troops seized dozens of people in a raid in Lima.", "2024-05-06", ":173", ":171"},
    {"Gunmen seized 20 villagers near the Peruvian border town.", "2024-05-06", ":181", ":171"},
    {"Peruvian troops seized weapons in a raid in Lima.", "2024-05-06", ":171", NULL},
    /* violence15: a name no actor after an active "captured" is a town a
     * state's forces take (192), a person armed men take (181); three
     * names are a person's, and police arrest (emit.c: captured_name; with
     * the gazetteer, golden code/violence-captured-names: here, with none,
     * any such name is a place, roles.c) */
    {"Ethiopian forces captured Burdhubo on Monday after heavy fighting.", "2024-05-06", ":192", ":173"},
    {"Kenyan troops captured Kudhaa on Monday.", "2024-05-06", "KENMIL>:192", ":173"},
    {"The Peruvian army captured two rebel commanders in Ayacucho.", "2024-05-06", ":173", ":192"},
    {"Ugandan troops captured Okello's deputy near the border.", "2024-05-06", ":173", ":192"},
    /* ... and so is a person armed men take named by a pronoun or a country's people */
    {"Rebels captured him near the border on Monday.", "2024-05-06", "REB>:181", ":173"},
    {"Iraqi troops captured him near the base.", "2024-05-06", "IRQMIL>:173", ":181"},
    /* ... a building bombed by no one named, and nothing of the air, is a
     * bombing (183); with warplanes it stays an air raid (emit.c: passive_no_air) */
    {"The US embassy in Nairobi was bombed in 1998, killing 213 people.", "2024-05-06", ">USAGOV:183", ":195"},
    {"The US embassy in Nairobi was bombed by warplanes on Monday.", "2024-05-06", "", ":183"},
    {"Israeli jets bombed a Hamas base in Gaza on Monday.", "2024-05-06", ":195", ":183"},
    {"Air India Flight 182 was bombed off the coast of Ireland in 1985.", "2024-05-06", ">IND:183", ":195"},
    {"French secret agents bombed the Greenpeace ship in Auckland harbour.", "2024-05-06", ":183", ":195"},
    /* ... an airstrike or an air raid as the subject is aerial force (195), even of a word
     * of another code ("bombed" by rebels is 183); not one the act follows (emit.c: aircraft_before) */
    {"An Iraqi airstrike near Ramadi killed ten Islamic State militants on Monday.", "2024-05-06", ":195", ":190"},
    {"A Turkish air raid against PKK bases bombed two villages on Monday.", "2024-05-06", ":195", ":183"},
    {"Following the Russian airstrikes, the jihadist rebels stormed army positions.", "2024-05-06", ":190", ":195"},
    /* ... entering or marching into a town is taken territory (192) only for an armed actor or
     * into a country (verbs.txt: armed) */
    {"Rebel fighters entered the town on Monday after heavy fighting.", "2024-05-06", "REB>:192", NULL},
    {"Russian troops marched into Ukraine in February.", "2024-05-06", ">UKR:192", NULL},
    {"The mortgage bankers marched into large sections of our cities.", "2024-05-06", "", ":192"},
    {"The president himself entered the city on Monday.", "2024-05-06", "", ":192"},
    /* ... peacekeepers deployed or patrolling keep the peace (074), no show of force (emit.c) */
    {"U.N. peacekeepers patrolled the streets of the capital on Sunday.", "2024-05-06", "IGOUNOPKO>:074", ":150"},
    {"UN peacekeepers have been deployed to protect civilians in Mali.", "2024-05-06", ":074", ":154"},
    {"Malian troops patrolled the streets of the capital on Sunday.", "2024-05-06", "MLIMIL>:150", ":074"},
    /* ... a means that destroys names the code as for a killing (verbs.txt, violence15) */
    {"A car bomb destroyed the Iraqi police headquarters on Monday.", "2024-05-06", ":1832", ":190"},
    {"A homemade bomb destroyed a real estate agency in France on Saturday.", "2024-05-06", ":183", ":190"},
    {"The main school in Chakothi was mostly destroyed by shelling.", "2024-05-06", ":194", ":190"},
    {"Hours after the bombing, U.S. forces destroyed a factory in Baghdad.", "2024-05-06", "", ":183"},
    /* ... the toll of a war in the perfect is no act of a day; a day's killing in it still is */
    {"More than 160,000 people have been killed in Syria's civil war.", "2024-05-06", "", ""},
    {"Thousands of children have been killed during the war in Yemen.", "2024-05-06", "", ""},
    {"More than 9,000 people have been killed since the uprising against the Burmese junta.", "2024-05-06", "",
     ""},
    {"Some 4,000 civilians have been killed throughout the crisis in the Sahel.", "2024-05-06", "", ""},
    {"Three soldiers were killed in clashes with rebels in Syria on Monday.", "2024-05-06", ":190", NULL},
    {"Three Burmese soldiers have been killed since Sunday in clashes with rebels.", "2024-05-06", ":190", NULL},
    /* ... and with the war as the subject (verbs.txt): "the war has killed", "the insurgency killed" */
    {"The war in Yemen has killed more than 150,000 people.", "2024-05-06", "", ""},
    {"The Kurdish insurgency killed 40,000 people in Turkey.", "2024-05-06", "", ""},
    {"Turkish troops have killed 40 Kurdish rebels in Hakkari.", "2024-05-06", "TURMIL>", NULL},
    /* a bomb as the subject of a killing is the means: its code, not force (verbs.txt: bombs that kill) */
    {"A car bomb killed nine shoppers outside a market in Kirkuk on Monday.", "2024-05-06", ":1832", ":190"},
    {"A suicide bombing at a police academy in Kabul killed 20 policemen.", "2024-05-06", ":1831", ":190"},
    {"A roadside bomb wounded three Malian soldiers near Gao.", "2024-05-06", ":1833", ":190"},
    {"Russian bombing killed 20 civilians in Idlib on Monday.", "2024-05-06", "", ":183"},
    /* ... a nuclear device detonated is a weapons test (150), no bombing (verbs.txt) */
    {"India detonated three underground nuclear devices on Monday.", "2024-05-06", "IND>:150", ":183"},
    {"China's first atomic bomb was detonated in 1964.", "2024-05-06", "", ":183"},
    {"Rebels detonated a bomb near a police station in Peshawar, Pakistan.", "2024-05-06", ":183", ":150"},
};

int main(void)
{
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const violence_case *vc = &cases[k];
        const char *got = stage_code(vc->text, vc->date);
        bool ok = strstr(got, vc->must) != NULL;
        if (vc->must_not) {
            ok = ok && (vc->must_not[0] ? strstr(got, vc->must_not) == NULL : got[0] == 0);
        }
        if (!ok) {
            fprintf(stderr, "  \"%s\": got \"%s\" (must \"%s\", must not \"%s\")\n", vc->text, got, vc->must,
                    vc->must_not ? vc->must_not : "");
        }
        CHECK(ok);
    }
    return STAGE_DONE("violence");
}
