/* Unit tests for targets.c and targets_check.c: whom an act is aimed at,
 * one construction each, a sentence that must give the target and one that
 * must not; whole sentences through every stage (stage.h). */
#include "stage.h"

/* Does the story give an event that contains want ("SRC>TGT:CODE")? */
static bool has(const char *text, const char *want)
{
    const char *got = stage_code(text, "2024-03-12");
    if (!strstr(got, want)) {
        fprintf(stderr, "  \"%s\":\n    got  %s\n    want %s\n", text, got, want);
        return false;
    }
    return true;
}

/* ... and none that contains bad */
static bool lacks(const char *text, const char *bad)
{
    const char *got = stage_code(text, "2024-03-12");
    if (strstr(got, bad)) {
        fprintf(stderr, "  \"%s\":\n    got  %s\n    not  %s\n", text, got, bad);
        return false;
    }
    return true;
}

int main(void)
{
    /* including: an object naming a plural of parties and no actor is
     * aimed at the actor its ", including" names, past one's own country
     * named as a place; not a plural of things ("issues") */
    CHECK(has("Washington imposed tariffs on steel from 12 countries, including Canada, on Monday.",
              "USAGOV>CAN:163"));
    CHECK(has("Washington slapped duties on cars shipped to the United States from 20 countries, including "
              "the European Union.", "USAGOV>IGOEU"));
    CHECK(lacks("The minister discussed several issues, including Iran, on Monday.", ">IRN"));
    CHECK(lacks("Washington imposed tariffs on steel from 12 countries on Monday, Canada said.", "USAGOV>CAN:163"));

    /* purpose: force with no target of its own is aimed at whom its
     * infinitive of coercion or demand acts on; not an infinitive of
     * another kind, nor one of another clause */
    CHECK(has("Pyongyang has conducted six missile tests since May in an effort to pressure the United States.",
              "PRKGOV>USA:150"));
    CHECK(lacks("Pyongyang has conducted six missile tests since May in an effort to court the United States.",
                "PRKGOV>USA:150"));
    CHECK(lacks("Pyongyang has conducted six missile tests since May, and Seoul wants to pressure the United "
                "States.", "PRKGOV>USA"));

    /* held: force against what a side holds is aimed at the role whose
     * word comes before it; not a role named as a place beside the
     * victims, nor one in another clause */
    CHECK(has("Militants attacked an army checkpoint near Arish on Monday.", "---REB>---MIL:190"));
    CHECK(has("The army shelled rebel positions near the town on Monday.", "---MIL>---REB:194"));
    CHECK(lacks("A bomb killed three people near a police checkpoint in Kabul.", "COP"));
    CHECK(lacks("Rebels shelled the town on Monday, and the army abandoned its positions.", ">---MIL:194"));
    CHECK(lacks("Police shot a driver on Monday after he sped toward an army checkpoint.", "MIL:19"));
    CHECK(lacks("Kurdish fighters destroyed five IS-led army vehicles on Monday.", "---MIL:19"));

    /* under rule: a speech whose complement's victims undergo an act with
     * no agent is aimed at the one whose rule they are under; not a thing
     * they are under */
    CHECK(has("The U.N. envoy alleged that women under Taliban rule are being persecuted.", ">AFGGOVTAL:112"));
    CHECK(lacks("The U.N. envoy alleged that women under the new law are being persecuted.", "IGOUNO>A"));

    /* owned: force against a thing its owner's country names in a
     * hyphenated word is aimed at that country; not the doer's own */
    CHECK(has("Israeli commandos stormed the Sea Star, a Turkish-owned cargo ship, on Monday.", "ISRMIL>TUR:19"));
    CHECK(lacks("Israeli troops raided an Israeli-owned farm on Monday.", "ISRMIL>ISR"));
    /* ... and the holder of a "rebel-held" or "ISIS-controlled" place; not
     * the doer's own side */
    CHECK(has("Government jets shelled rebel-held areas of the city on Monday.", ">---REB:194"));
    CHECK(has("Warplanes bombed the ISIS-controlled town on Monday.", ">IMGMUSISI:195"));
    CHECK(lacks("Rebels shelled rebel-held areas of the city on Monday.", "---REB>---REB"));
    /* named attackers: the state's force on attackers the sentence does
     * not name hits the one armed group it names; must not: no group
     * named, or a group of another country than the attackers' */
    CHECK(has("Nigerian soldiers killed four gunmen who stormed a school in Maiduguri and later arrested 20 Boko "
              "Haram fighters.", "NGAMIL>NGAREB:190"));
    CHECK(lacks("Nigerian soldiers killed four gunmen who stormed a school in Maiduguri on Monday.",
                "NGAMIL>NGAREB"));
    CHECK(lacks("Kenyan police killed three attackers in Nairobi, and al-Shabab militants attacked a base in "
                "Somalia.", "KENCOP>SOMREB"));

    /* modifier with: a request or cooperative act whose object actor only
     * modifies a noun that goes on to "with" another party is aimed at
     * that party; not a "with" of the subject's own side */
    CHECK(has("Brazil requested WTO trade consultations with Argentina on Monday.", "BRA>ARG:02"));
    CHECK(lacks("Brazil requested WTO trade consultations with Argentina on Monday.", "BRA>IGOBUSWTO"));
    CHECK(lacks("Brazil requested WTO trade consultations with Brazilian exporters on Monday.", "BRA>BRA"));
    /* purpose with: the cooperation a purpose infinitive names is with
     * the party after "with" of the act it serves; not after another
     * finite verb, nor the subject's partner */
    CHECK(has("Qatar will host a meeting in Doha with Egypt on Sunday, to try to facilitate a new deal.",
              "QAT>EGY:039"));
    CHECK(lacks("Qatar held talks with Egypt on Sunday and said it would try to facilitate a new deal.",
                "QAT>EGY:039"));
    /* quoted accusation: an accusation with no object right after a
     * quotation is aimed at the quotation's subject; not the speaker's
     * own side, nor a quotation whose subject is a pronoun */
    CHECK(has("“The Russian army has repeatedly violated the truce,” Zelensky alleged on Monday.",
              "UKRGOV>RUS"));
    CHECK(lacks("“Ukraine has repeatedly defended the city,” Zelensky alleged on Monday.", "UKRGOV>UKR"));
    CHECK(has("“They have repeatedly violated the truce,” Zelensky alleged on Monday.", "UKRGOV>:112"));
    /* concern place: concern or optimism about a thing in a place is
     * about the place's country; not where it was voiced, nor the
     * speaker's own country */
    CHECK(has("Germany voiced concern over the violence in Venezuela on Monday.", "DEU>VEN:012"));
    CHECK(has("The EU warned of the danger of famine in Sudan on Monday.", ">SDN:012"));
    CHECK(lacks("Germany voiced concern in Caracas about the elections on Monday.", "DEU>VEN"));
    CHECK(lacks("Germany voiced concern over the flooding in Germany on Monday.", "DEU>DEU"));
    /* relative subject: an actor after "the" and a noun and before a
     * finite verb is the subject of a relative clause, no partner of a
     * cooperative act; the object of force it may be */
    CHECK(lacks("The G7 leaders agreed on Monday to jointly counter the threats Russia poses to Europe.", ">RUS:03"));
    CHECK(has("The G7 leaders agreed on Monday to jointly counter threats from Russia.", ">RUS:03"));
    CHECK(has("Rebels captured the territory the Syrian army controlled in Daraa on Monday.", "SYRMIL:19"));
    /* where people: force on a place that names no actor is aimed at
     * those its "where" clause puts there, past a speaker ("where police
     * said"); not the attackers' own side, nor a place with no one */
    CHECK(has("Gunmen attacked a market in Kano where Christian worshippers were shopping on Monday.", "CVL:190"));
    CHECK(has("Jets bombed a village where police said Taliban fighters were hiding.", ">AFGGOVTAL:19"));
    CHECK(lacks("Jets bombed a village where police said Taliban fighters were hiding.", ">---COP"));
    CHECK(has("Gunmen attacked a market where they had fought in 2019.", ":190"));
    CHECK(lacks("Gunmen attacked a market where they had fought in 2019.", ">---"));
    /* document topic: concern about a document its author's actor names
     * is about the actor after "about" or "on"; not without one */
    CHECK(has("Britain voiced concern about the IAEA report on Iran on Monday.", "GBR>IRN:012"));
    CHECK(lacks("Britain voiced concern about the IAEA report on Iran on Monday.", "GBR>IGOUNOIAE:012"));
    CHECK(has("Britain voiced concern about the IAEA report on Monday.", "GBR>IGOUNOIAE:012"));
    /* landmark: an actor after a compass word and "of" is a landmark a
     * place is measured from, no target; a place of its own may be */
    CHECK(lacks("U.N. peacekeepers arrived in Walungu, about 1,800 kilometers east of Kinshasa, on Monday.",
                ">CODGOV"));
    CHECK(lacks("Troops shelled a village 20 miles north of Kabul on Monday.", ">AFGGOV"));
    CHECK(has("Government troops shelled Kabul on Monday.", ">AFG"));
    /* taken from: taking a place from someone is aimed at that one; not
     * people "from" their unit, nor a place taken from no one named */
    CHECK(has("British forces captured Gibraltar from Spain in 1704.", ">ESP:192"));
    CHECK(lacks("British forces captured Gibraltar in 1704.", ">ESP"));
    CHECK(lacks("Rebels captured two soldiers from the Malian army on Monday.", "MLIMIL:192"));
    /* act's doer: disapproval of an act done to someone by someone is
     * aimed at the doer after "by"; not without one, nor the speaker's
     * own side */
    CHECK(has("Germany criticized the arrest of opposition leaders by Turkish police on Monday.", "DEU>TURCOP:111"));
    CHECK(lacks("Germany criticized the arrest of opposition leaders by Turkish police on Monday.", "DEU>---OPP"));
    CHECK(lacks("Germany criticized the arrest of opposition leaders in Ankara on Monday.", "DEU>TURCOP"));
    CHECK(lacks("The Turkish army criticized the killing of Kurdish rebels by Turkish soldiers on Monday.",
                "TURMIL>TURMIL"));
    /* exchanged: a compound subject that exchanges fire or accusations
     * acts on each other; not when "with" names another party */
    CHECK(has("India and Pakistan exchanged fire along the border on Monday.", "PAK>IND:19"));
    CHECK(has("India and Pakistan exchanged fire along the border on Monday.", "IND>PAK:19"));
    CHECK(lacks("Indian and Pakistani troops exchanged fire with militants on Monday.", "PAKMIL>INDMIL"));
    /* modifier with, of aid: aid given or cut whose giver modifies it is
     * aimed at whom it goes to; own modifier: a state's own country
     * modifying the object's noun is no party */
    CHECK(has("The U.S. Congress suspended U.S. military aid to Egypt on Monday.", "USALEG>EGY:16"));
    CHECK(lacks("The U.S. Congress suspended U.S. military aid to Egypt on Monday.", "USALEG>USAMIL"));
    CHECK(lacks("Washington cut U.S. funding for refugee schools on Monday.", "USAGOV>USA:"));
    /* owner adjective: force at what a nationality adjective owns is
     * aimed at that country; not at a place it names */
    CHECK(has("China's coast guard fired water cannon at Philippine vessels on Monday.", "CHNMIL>PHL:175"));
    CHECK(lacks("Chinese troops fired at the Indian border on Monday.", ">IND"));
    /* own denied: a denial answers its accuser, not the denier's own side
     * in what it denies; another side in it may be */
    CHECK(lacks("The Kremlin denied that Russian forces targeted civilians in Kharkiv.", "RUSGOV>RUSMIL"));
    CHECK(has("Kyiv accused Russia of shelling Kharkiv. The Kremlin denied that Russian forces targeted civilians "
              "in Kharkiv.", "RUSGOV>UKRGOV:016"));
    CHECK(has("Russia denied that Ukrainian forces had retaken the village.", "RUS>UKRMIL:016"));
    /* against: disapproval addressed "with" or "to" a body is aimed at
     * the one after "against"; not without "against" */
    CHECK(has("Lebanon filed a complaint with the U.N. Security Council against Israel on Monday.", "LBN>ISR:11"));
    CHECK(lacks("Lebanon filed a complaint with the U.N. Security Council against Israel on Monday.", "LBN>IGOUNO"));
    CHECK(has("Japan lodged a protest with China over the incursion on Monday.", "JPN>CHN:11"));
    /* owned, inside the pattern's words: "raided Serb-run offices" */
    CHECK(has("Kosovo police raided Serbian-run offices in the north on Monday.", "KSVCOP>SRB:17"));
    CHECK(lacks("Kosovo police raided Kosovo-run offices in the north on Monday.", "KSVCOP>KSV:17"));
    /* relative subject that only says something of the noun: no target
     * of any act */
    CHECK(lacks("Iran seized a tanker the U.S. Navy said was carrying Iraqi oil.", "IRN>USAMIL"));
    CHECK(has("Iran seized a tanker the U.S. Navy said was carrying Iraqi oil.", "IRN>:17"));
    /* captor: a demand for a release is aimed at the captor "held by"
     * names; without one, the captive as before */
    CHECK(has("The United States called for the release of two journalists, who are held by Russia.", "USA>RUS:0253"));
    CHECK(has("The EU called for Navalny's immediate release on Monday.", "IGOEUREEC>RUSELI:0253"));
    /* fronted place: what is said, asked or refused is not aimed at a
     * place set before the subject; force may be (place.c) */
    CHECK(lacks("In Paris, the North Vietnamese refused to change the terms of the agreement.", "VNM>FRA"));
    CHECK(has("In Paris, the North Vietnamese refused to change the terms of the agreement.", "VNM>:12"));
    /* concern place, after a pattern that ends on its topic: "warned of
     * famine in Gaza" */
    CHECK(has("The U.N. warned of a humanitarian crisis in Haiti on Monday.", "IGOUNO>HTI:012"));
    /* place then victim: force whose object is only where it happened
     * (after a preposition of place) hit whom the participle after it
     * names; not a party of another clause, nor past an object that is no
     * mere place ("an assault on Damascus") */
    CHECK(has("Rebel fighters launched an assault in rural Homs on Friday, targeting the Syrian army's positions "
              "near the airport.", "REB>SYRMIL:190"));
    CHECK(has("Syrian troops shelled villages near Damascus on Sunday, killing four Islamic State fighters.",
              "SYRMIL>IMGMUSISI:19"));
    CHECK(lacks("Rebel fighters launched an assault in rural Homs on Friday, as the Syrian army held positions "
                "near the airport.", ">SYRMIL"));
    CHECK(lacks("Rebel fighters launched an assault on Damascus on Friday, killing two soldiers.", ">---MIL"));
    /* ... a capital naming where the object is ("a Kabul hotel"), not a
     * capital that is the object itself */
    CHECK(has("Taliban militants bombed a Kabul hotel on Monday, killing nine civilians.", ">AFGCVL:18"));
    CHECK(lacks("Taliban militants bombed Kabul on Monday, killing nine civilians.", ">AFGCVL"));
    /* ... a role of the doer's own sector inside a place's name too */
    CHECK(has("Syrian troops launched an attack west of the Tiyas Military Airport on Monday, targeting the Islamic "
              "State's defenses.", "SYRMIL>IMGMUSISI:190"));
    CHECK(lacks("Syrian troops launched an attack west of the Tiyas Military Airport on Monday, and the Islamic State "
                "was targeting the city.", "SYRMIL>IMGMUSISI"));
    /* ... a nationality adjective of a place noun is such a place */
    CHECK(has("A suicide bomber blew himself up at a market in the northern Nigerian town of Potiskum on Monday, "
              "killing 12 civilians.", "CVL:1831"));
    CHECK(lacks("A suicide bomber blew himself up at a market in the northern Nigerian town of Potiskum on Monday, "
                "wounding himself.", "CVL:1831"));
    /* noun subject past a hyphenated participle of its modifier ("the
     * Saudi-led coalition"); not the object of another clause's verb */
    CHECK(has("An airstrike by the Saudi-led coalition on Sunday killed five Houthi fighters near the port.",
              "SAU>YEMREB:195"));
    CHECK(lacks("An airstrike by the Saudi-led coalition on Sunday prompted Houthi fighters to retreat from the port.",
                "SAU>YEMREB:19"));
    /* passive victims: force in a clause of time with no target of its
     * own hit the subject of the passive of violence the sentence opens
     * with, not a place after it; not when the clause's subject is a
     * pronoun (the victims themselves), nor in a clause after "and" */
    CHECK(has("Twelve civilians were killed on Monday when government warplanes bombed a market in the town.",
              "---MIL>---CVL:195"));
    CHECK(has("A policeman near the border was wounded when militants fired on his car.", "---REB>---COP:19"));
    CHECK(lacks("Four militants were killed when they attacked an army checkpoint.", "REB>---REB"));
    /* ... and a noun of violence after a preposition, its doer after "by" */
    CHECK(has("Seven civilians were killed in the village on Sunday amid aerial bombardment by government forces.",
              "MIL>---CVL:195"));
    CHECK(lacks("Seven civilians were killed in the village on Sunday, and aerial bombardment by government forces "
                "went on.", "MIL>---CVL"));
    CHECK(lacks("Twelve civilians were killed on Monday, and government warplanes later bombed a market in the town.",
                "MIL>---CVL"));
    /* place holder: force whose object is only a place is aimed at the
     * one "under the control of", "held by" or a hyphenated "-held" names
     * (past a modifier's "backed"); not past a party of its own, nor in
     * another clause after "but" */
    CHECK(has("Government troops launched an offensive in the south on Monday, targeting a village that is under the "
              "control of the rebels.", "MIL>---REB:190"));
    CHECK(has("Rebel fighters launched an attack in the north on Monday, targeting the army-held district of the city.",
              "REB>---MIL:190"));
    CHECK(has("Militants attacked a town on Monday which is under the control of the Iran backed Hezbollah.",
              "REB>LBNREBHEZ:190"));
    CHECK(has("Army troops destroyed a warehouse on Monday that belonged to the rebels.", "MIL>---REB:190"));
    CHECK(has("Rebels shelled the villages of the district and positions of government troops on Monday.",
              "REB>---MIL:194"));
    CHECK(lacks("Rebels shelled the villages of the district on Monday, as government troops abandoned the positions "
                "of the army.", "REB>---MIL:194"));
    CHECK(lacks("Army troops destroyed a warehouse on Monday, and the rebels said it belonged to them.", "MIL>---REB"));
    CHECK(lacks("Rebel fighters killed two Israeli soldiers in farms under Israeli control on Monday.", "REB>ISR:"));
    CHECK(lacks("Troops shelled the town on Monday, but the roads to it are still under rebel control.", ">---REB"));
    /* protest's demand: a protest that names only where it happened is
     * aimed at whom its demand or appeal (an infinitive of purpose, a
     * participle after a comma) is addressed to; not the party inside what
     * is asked, nor one of another clause */
    CHECK(has("Hundreds of Yemeni women demonstrated in Sanaa on Monday to demand that Germany release a jailed "
              "preacher.", "YEMCVL>DEU:141"));
    CHECK(has("Hundreds of Palestinians demonstrated near the border on Monday, calling on Egypt to open the crossing.",
              "PSE>EGY:141"));
    CHECK(lacks("Tens of thousands of protesters marched in Chicago on Saturday, demanding the withdrawal of troops from "
                "Syria.", ">SYRMIL:141"));
    CHECK(lacks("Hundreds of Yemenis demonstrated in Sanaa on Monday, and Germany later released a jailed preacher.",
                ">DEU:141"));
    /* place name: a role of no country inside a place's name is no
     * party; a role that heads its own noun phrase still is */
    CHECK(lacks("Gunmen attacked a village in Wukari local government area of Taraba State on Monday.", "GOV:190"));
    CHECK(has("Rebels attacked the local government offices in the area on Monday.", "REB>---GOV:190"));
    /* embassy: a protest at a country's embassy or consulate is aimed at
     * its government; not over the one it is "against" */
    CHECK(has("About 500 Kenyans demonstrated outside the Chinese embassy in Nairobi on Monday.", "KEN>CHNGOV:141"));
    CHECK(lacks("Hundreds of Serbs protested outside the US embassy on Monday against NATO's bombing campaign.",
                ">USAGOV:141"));
    /* supported party: force done "in support of" or "in defense of" a
     * side is not aimed at it; force on another side named as its
     * object still is, and a rally is for whom it backs */
    CHECK(lacks("French jets bombed the hills in support of Malian soldiers on Tuesday.", ">MLIMIL"));
    CHECK(has("French jets bombed Islamist fighters in support of Malian soldiers on Tuesday.", "FRAMIL>"));
    CHECK(lacks("French jets bombed Islamist fighters in support of Malian soldiers on Tuesday.", "FRAMIL>MLIMIL"));
    CHECK(has("French jets bombed the Malian soldiers near Gao on Tuesday.", "FRAMIL>MLIMIL"));
    /* unnamed addressee: a request made of a noun phrase of no actor
     * ("all sides") before its infinitive is not aimed at those its
     * infinitive acts on; one made of an actor is aimed at it */
    CHECK(lacks("The French president called on all sides to spare the refugees in Haiti on Sunday.", ">HTI"));
    CHECK(lacks("The Arab League urged the warring factions to protect civilians on Monday.", ">---CVL"));
    CHECK(has("The Arab League urged Libya to protect civilians on Monday.", "ARL>LBY:02"));
    CHECK(has("The Arab League urged the Libyan government to protect civilians on Monday.", ">LBYGOV:02"));

    /* incident: a condemnation of "the attack" the story told of, naming
     * no doer, is aimed at the doer of the story's last act of force; not
     * an act of another kind ("the air raids"), nor violence at large, nor
     * one whose doer it names */
    CHECK(has("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The African Union condemned the attack.",
              "AFU>SOMREB:111"));
    CHECK(lacks("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The African Union condemned the air "
                "raids.", "AFU>SOMREB"));
    CHECK(lacks("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The African Union condemned violence "
                "against civilians.", "AFU>SOMREB"));
    CHECK(has("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The African Union condemned the attack by "
              "Kenyan troops.", "AFU>KENMIL:111"));

    /* saying party: a criticism or rejection of a thing is aimed at the
     * actor its ", saying" clause says acts; not one a passive undergoes,
     * nor civilians */
    CHECK(has("The Cuban mission criticized the vote, saying Washington seeks to isolate Havana.", "CUB>USAGOV:111"));
    CHECK(lacks("The Cuban mission criticized the vote, saying Washington was isolated.", "CUB>USAGOV"));
    CHECK(has("Beijing rejected the findings, saying Japan had distorted the facts.", "CHNGOV>JPN:12"));
    CHECK(lacks("Beijing rejected the findings, saying Japanese civilians would suffer.", ">JPN"));

    /* asker at home: a bare refusal answers the story's last asker of
     * another side of the refuser's own country; not the refuser's own
     * side */
    CHECK(has("The Peruvian police asked the miners to leave the road. The miners refused.", ">PERCOP:12"));
    CHECK(lacks("The Peruvian government asked the miners to leave the road. The ministers refused.", "PERGOV>PERGOV"));
    CHECK(lacks("The Peruvian police asked the miners to leave the road. The police later refused.", "COP>PERCOP"));

    /* rejected it: a rejection of "it" answers whoever asked or offered
     * in the sentence before; not one sentences earlier */
    CHECK(has("Colombia proposed a truce on Monday. The rebels rejected it.", ">COL:12"));
    CHECK(lacks("Colombia proposed a truce on Monday. Venezuela hosted talks in Caracas. The rebels rejected it.",
                ">COL:12"));

    /* asked speaker: a request naming no addressee that another
     * country's state reports was made of that state; not one a
     * newspaper reports, nor one that names whom it asks */
    CHECK(has("The Greek government said Turkey had asked for talks on the islands.", "TUR>GRCGOV:02"));
    CHECK(lacks("A Turkish newspaper said Turkey had asked for talks on the islands.", "TUR>GRC"));
    CHECK(lacks("The Greek government said Turkey had asked Cyprus for talks on the islands.", "TUR>GRC"));

    /* denied it: a denial of "it" answers one who accused the denier's
     * side; not another country's accuser */
    CHECK(has("Serbia accused Kosovo of blocking the border. Pristina denied it.", ">SRB:016"));
    CHECK(lacks("Serbia accused Kosovo of blocking the border. Albania denied it.", ">SRB:016"));
    /* turned down: a refusal past its verb's particle ("turned down the
     * offer") answers the story's last asker as "rejected the offer" */
    CHECK(has("Serbia offered to reopen the border. Kosovo turned down the offer.", "KSV>SRB:12"));
    CHECK(lacks("Serbia offered to reopen the border. Kosovo turned down the offer from Albania.", "KSV>SRB:12"));

    /* coordinated: a verbal act coordinated by "and" with an earlier
     * verb of its subject's, naming no one, is aimed at that verb's
     * target; not after force, nor with an object of its own, nor a
     * participle */
    CHECK(has("Chile criticized Bolivia on Monday and asked for new talks.", "CHL>BOL:02"));
    CHECK(lacks("Chile bombed Bolivia on Monday and asked for new talks.", "CHL>BOL:02"));
    CHECK(lacks("Chile criticized Bolivia on Monday and called on its allies to protest.", "CHL>BOL:02"));

    /* ... nor a compound's agreement a third state reports: on each
     * other */
    CHECK(has("Chile and Bolivia agreed to a truce after talks in Lima, the Peruvian foreign minister said.",
              "CHL>BOL:03"));
    CHECK(lacks("Chile and Bolivia agreed to a truce after talks in Lima, the Peruvian foreign minister said.",
                "CHL>PERGOV:03"));

    /* rival sides: force with no object between members of one plural
     * role marked "rival" or "two" is the role on itself, placed where
     * the act is; must not: a plural role alone, nor one that clashed
     * "with" another */
    CHECK(has("Two rival militias fought in Tripoli on Tuesday.", "LBYREB>LBYREB:19"));
    CHECK(has("Rival gangs clashed in Kingston on Tuesday.", "JAMCRM>JAMCRM:19"));
    CHECK(lacks("Gangs clashed in Kingston on Tuesday.", "JAMCRM>JAMCRM"));
    CHECK(lacks("Rival gangs clashed with soldiers in Kingston on Tuesday.", "JAMCRM>JAMCRM"));

    return STAGE_DONE("targets");
}
