/* Whole sentences through every stage: what happened, in which sense, and
 * with which code (issue "What happened"). Each case is a construction, in
 * sentences written here: what the events must contain, and what they must
 * not. An event is written SRC>TGT:CODE@DATE (stage.h); `must` and
 * `must_not` are substrings of the sentence's events, "" for none. */
#include "stage.h"

#include <math.h>
#include <string.h>

typedef struct {
    const char *text, *date;
    const char *must;       /* a substring the events must contain ("" none) */
    const char *must_not;   /* a substring they must not contain (NULL none; "" = no event at all) */
} sense_case;

static const sense_case cases[] = {
    /* a sentence's events together (emit_flush): no plain statement beside
     * the act the same source states to the same party; a killing in
     * airstrikes is one air raid on its victims, no 190 beside it */
    {"The Italian government announced a suspension of flights to Serbia.", "2020-05-06", "ITAGOV>SRB:160", ":010"},
    {"On 3 October, Armenian forces said they shot down an Azerbaijani drone.", "2020-10-06", "ARMMIL>AZE:190",
     ":010"},
    {"Dozens of Islamic State militants were killed in airstrikes by the Iraqi air force.", "2016-02-10",
     "IRQMIL>IMGMUSISI:195", ":190"},
    {"The Japanese prime minister visited India and told reporters that Japan would send aid to India.",
     "2020-05-06", "JPNGOV>IND:04", NULL},
    /* a month's name is no modal verb: the act happened */
    {"On 2 May, Russian troops fired on Ukrainian positions.", "2022-05-06", "RUSMIL>UKR:19", ":138"},
    {"Theresa May met Angela Merkel in Berlin.", "2018-05-06", "GBRGOV>DEUGOV:04", ":036"},
    /* a hyphenated adjective is no verb */
    {"The U.S.-backed militia rejected the offer.", "2020-05-06", "", ":051"},
    {"A Kremlin-designated group held a rally.", "2020-05-06", "", ":163"},
    /* an -s form after a preposition or an adjective is a noun */
    {"Russia imposed restrictions on imports from Georgia.", "2020-05-06", "RUS>GEO:", ":061"},
    /* accepting an annexation recognises it; never accepting it rejects */
    {"\"We will never accept the annexation,\" the Moldovan president said.", "2020-05-06", "MDAGOV>:120", ":054"},
    {"Belarus accepted the annexation of the region.", "2020-05-06", "BLR>:054", NULL},
    /* a veto announced is the veto; a possible one is none */
    {"Hungary will veto the package, the Hungarian foreign minister told a news conference.", "2020-05-06",
     "HUN>:129", NULL},
    {"Hungary may veto the package, an analyst said.", "2020-05-06", "", ":129"},
    /* a summons to protest is the protest (114), no demonstration */
    {"Vietnam summoned the Chinese ambassador to protest the seizure of its boats.", "2020-05-06", "VNM>CHNGOV:114",
     ":141"},
    {"Thousands of Vietnamese students protested the seizure of the boats.", "2020-05-06", ":14", NULL},
    /* ready to talk to another: intent to negotiate; talking to reporters is speech */
    {"The Ukrainian foreign minister said Kyiv was ready to talk to Moscow.", "2020-05-06", "UKRGOV>RUSGOV:036",
     NULL},
    {"The Ukrainian foreign minister talked to reporters in Kyiv.", "2020-05-06", "", ":04"},
    /* not seeking nuclear weapons is no appeal refused */
    {"The Iranian president said Iran would not seek nuclear weapons.", "2020-05-06", "", ":12"},
    /* security aid announced is military aid given (072), other aid 070 */
    {"Canada announced $50 million in security assistance for Moldova.", "2020-05-06", "CAN>MDA:072", NULL},
    {"Canada announced $50 million in assistance for Moldova.", "2020-05-06", "CAN>MDA:070", ":072"},
    /* defending one's sovereignty or interests is a stance, no act for
     * another (verbs.txt null pattern); defending a decision is 052 */
    {"\"We will defend our sovereignty,\" the Chinese president said.", "2020-05-06", "", ":03"},
    {"The Chinese president defended the decision.", "2020-05-06", "CHNGOV>:052", NULL},
    /* operations halted: an armed actor's de-escalation, an aid group's none */
    {"The Sudanese army suspended operations in Darfur.", "2020-05-06", "SDNMIL>:087", NULL},
    {"The charity suspended its operations after the attack on its staff.", "2020-05-06", "", ":087"},
    /* dismissed as a sham: a criticism; as baseless: a denial */
    {"The Iraqi foreign ministry dismissed the summit as a farce.", "2020-05-06", "IRQGOV>:111", NULL},
    {"The Iraqi foreign ministry dismissed the statement as empty rhetoric.", "2020-05-06", "IRQGOV>:111", NULL},
    {"The Iraqi foreign ministry dismissed the report as baseless.", "2020-05-06", ":016", ":111"},
    /* open to talks: intent to negotiate; open to trucks: none */
    {"Tehran remained open to talks with Washington.", "2020-05-06", "IRNGOV>USAGOV:036", NULL},
    {"The Turkish border crossing remained open to trucks.", "2020-05-06", "", ":036"},
    /* discussing a measure against another is weighing it (014), no
     * meeting with it; the one it is discussed with is the partner */
    {"Germany was discussing new sanctions on Belarus.", "2020-05-06", "DEU>BLR:014", ":040"},
    {"Germany discussed sanctions on Belarus with Poland.", "2020-05-06", "DEU>POL:040", ">BLR:040"},
    {"Germany discussed trade with Poland.", "2020-05-06", "DEU>POL:040", NULL},
    /* a participle describing a preposition's object: "on steel shipped from" */
    {"Japan raised duties on brandy imported from France.", "2020-05-06", "", ":061"},
    {"Japan imported brandy from France.", "2020-05-06", "JPN>FRA:061", NULL},
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
    /* territory: capturing a place by name, a town, an island or a share
     * of a country takes territory (192); capturing someone in a town or
     * near a city is an arrest (173), the town no object */
    {"Ethiopian troops captured Mekelle on Sunday.", "2021-05-06", "ETHMIL>:192", ":173"},
    {"Rebel fighters have captured more than a third of Mali.", "2012-05-06", "REB>MLI:192", ":173"},
    {"Kenyan soldiers captured the island after two days of fighting.", "2012-05-06", "KENMIL>:192", ":173"},
    {"Goma was captured by Congolese rebels in November.", "2012-12-06", "CODREB>:192", ":173"},
    {"Kenyan police captured the suspect in the coastal town of Lamu.", "2020-05-06", "KENCOP>:173", ":192"},
    {"Somali troops captured a top militant commander near the city of Kismayo.", "2020-05-06", ":173", ":192"},
    {"Kenyan police captured the Mombasa chief of the gang.", "2020-05-06", ":173", ":192"},
    /* ... a facility or a place by its class (grammar.tsv place-noun, facility): the prison, the garrison */
    {"Malian rebels captured the main prison in Gao on Sunday.", "2012-05-06", "MLIREB>:192", ":173"},
    {"Somali troops captured the old airport headquarters on Monday.", "2012-05-06", "SOMMIL>:192", ":173"},
    {"Somali troops captured the prison commander on Monday.", "2012-05-06", ":173", ":192"},
    {"Chinese firms captured 30 percent of the Kenyan smartphone market.", "2012-05-06", "", ":192"},
    {"Somali rebels seized four army posts near the border on Monday.", "2012-05-06", ":192", ":171"},
    /* ... a facility captured, told in the passive: territory; a person captured by armed men: abducted */
    {"The border checkpoint was captured by Malian rebels near Gao on Sunday.", "2012-05-06", "MLIREB>:192", ":18"},
    {"Dumont, 40, was captured by Malian rebels in Menaka on Sunday.", "2012-05-06", "MLIREB>:181", ":173"},
    {"Dumont, 40, was captured by Malian police in Menaka on Sunday.", "2012-05-06", "MLICOP>:173", ":181"},
    /* ... captured and annexed: territory, no arrest beside the annexation */
    {"Morocco captured and annexed the southern sector in 1979.", "2012-05-06", "MAR>:192", ":173"},
    {"Morocco captured and jailed the rebel commander in 1979.", "2012-05-06", ":173", ":192"},
    /* armed adjective: "armed" describing a noun arms no one; arming someone does */
    {"Kenyan troops shelled Somali rebel positions with tanks and armed personnel carriers.", "2012-05-06", "KENMIL",
     ":072"},
    {"The United Nations debated the protection of children in armed conflicts.", "2012-05-06", "", ":072"},
    {"Iran has been arming Houthi rebels in Yemen.", "2016-05-06", "IRN>YEMREB:072", NULL},
    /* captured on film: cameras and footage record, a silver medal is won; no capture */
    {"Television cameras captured the Kenyan president shaking hands with Odinga.", "2018-05-06", "", ":17"},
    {"Kenya captured the silver and Uganda took the bronze.", "2018-05-06", "", ":17"},
    {"Kenyan troops captured two Somali militants near the border.", "2018-05-06", "KENMIL>SOMREB:173", NULL},
    /* armed crowds: troops or gunmen storming a building, militants clashing
     * with police assault (190); protesters doing it riot (145) */
    {"Gunmen stormed the parliament building in Bamako on Tuesday.", "2012-05-06", ":190", ":145"},
    {"Malian rebels clashed with police in Gao on Tuesday.", "2012-05-06", "MLIREB>MLICOP:190", ":145"},
    {"Malian protesters stormed the parliament building in Bamako on Tuesday.", "2012-05-06", "MLIOPP>MLILEG:145",
     ":190"},
    /* demonstrated a quality: showing a strength or a danger is no protest */
    {"The Malian election demonstrated the strength of democracy in the region.", "2013-05-06", "", ":14"},
    {"Floods in Kenya demonstrated the dangers of deforestation.", "2013-05-06", "", ":14"},
    {"Thousands of Malians demonstrated in Bamako against the coup.", "2012-05-06", "MLI:141", NULL},
    /* ... a feeling or a state shown, or a clause: the verb's object, no protest */
    {"Eritrea demonstrated its anger by expelling the Ethiopian ambassador.", "2013-05-06", "", ":14"},
    {"The Kenyan study demonstrated that the new vaccine works.", "2013-05-06", "", ":14"},
    {"The two Malian leaders demonstrated they were still allies.", "2013-05-06", "", ":14"},
    {"Hundreds of Kenyan teachers demonstrated for better pay in Nairobi.", "2013-05-06", "KENEDU>", NULL},
    {"Kenyan students demonstrated their anger outside parliament in Nairobi.", "2013-05-06", "KENEDU>", NULL},
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
    /* scheduled, due, expected: planned, not done (an intent is the actor's own: "plans to") */
    {"The Indian prime minister is scheduled to travel to Mauritius on Wednesday.", "2025-03-10", "", ":042"},
    {"The Indian prime minister is due to visit Mauritius next week.", "2025-03-10", "", ":04"},
    {"Russian troops are expected to attack Kharkiv.", "2022-03-10", "", ":19"},
    /* possible: could, might, may; with a condition, a threat */
    {"Russia could impose restrictions on imports from Georgia.", "2020-05-06", "", ":1"},
    {"China might retaliate against Lithuania.", "2020-05-06", "", ":"},
    {"The European Union may halt its aid to Serbia if the fighting goes on.", "1992-05-06", ":13", NULL},
    /* attempted: a cooperative act is its intent, a conflictual one the act */
    {"Britain is seeking to finalize a deal with Mauritius.", "2025-03-10", "GBR>MUS:03", ":057"},
    {"Protesters tried to storm the Israeli embassy in Ankara.", "2021-05-10", ":1", NULL},
    /* a standing state is no act of the day */
    {"The tanker is sanctioned by the United States.", "2025-03-10", "", ":163"},
    {"The United States sanctioned the Iranian tanker on Monday.", "2025-03-10", "USA>IRN:16", NULL},
    /* planned, then called off */
    {"The two leaders were supposed to sign a deal, but it was called off.", "2020-05-06", "", ":0"},
    /* an event noun takes the modality of its verb */
    {"Chinese hackers may have launched cyber attacks on India.", "2020-05-06", "", ":1"},
    {"Russia did not launch attacks on Ukraine.", "2022-05-06", "", ":19"},
    {"Russia launched attacks on Ukraine.", "2022-05-06", "RUS>UKR:19", NULL},
    /* ... and a noun's aim ("the decision to launch") is none */
    {"The general's decision to launch an invasion of Georgia surprised the West.", "2022-05-06", "", ":192"},
    {"The Armenian army launched an invasion of Georgia.", "2022-05-06", ">GEO:192", NULL},
    /* a blockade others try to break or defy is no new blockade */
    {"A Greek flotilla tried to break a Turkish blockade of the island of Cyprus.", "2022-05-06", "", "TUR>"},
    {"Turkish warships enforced a Turkish blockade of the island of Cyprus.", "2022-05-06", ":191", NULL},
    /* what is alleged or claimed is no fact; a claim of one's own act of
     * force is a claim of responsibility */
    {"Iran alleged that the United States had violated the nuclear deal.", "2020-05-06", "IRN>USA:1", ":128"},
    {"The Taliban claimed that they had attacked the Afghan army base.", "2020-05-06", "AFGREBTAL>AFGMIL:015", ":19"},
    /* ... a gerund alleged ends where the accuser's own next verb follows "and"; a participle
     * before its noun goes on what is alleged */
    {"Iran accused the Kurdish opposition of plotting unrest and called for calm.", "2020-05-06", "IRN>---OPP:0252", NULL},
    {"Iran accused Israel of shelling villages and wounded children in Lebanon.", "2020-05-06", "IRN>ISR:112", ":19"},
    /* a sum of many acts over a period is no event; a day's strikes are */
    {"Since 2009, hundreds of people have been killed in Somali militant attacks.", "2025-03-12", "", ":1"},
    {"In 2024 Baloch militants killed 400 people in 500 attacks.", "2025-03-12", "", ":1"},
    {"On Tuesday, Israeli jets carried out several air strikes in Gaza.", "2024-03-14", "ISR", NULL},
    {"It was the deadliest attack in Britain since July 2005, when bombers killed 52 people in London.", "2017-05-23", ":1", NULL},
    /* "remain" and a participle: a standing state */
    {"Sudanese civilians remain unprotected, bombed, besieged and displaced.", "2025-03-13", "", ":1"},
    /* a verbal attack on a newspaper is criticism */
    {"The American president attacked the Wall Street Journal newspaper.", "2025-03-13", ":111", ":19"},
    /* "was not worried": reassurance, not pessimism */
    {"The Japanese finance minister was not worried about the tariffs.", "2025-03-13", "", ":012"},
    /* "if X, we will Y": an announcement, a threat for force; inside the
     * condition, nothing */
    {"If Europe imposes tariffs, the United States will impose sanctions on France.", "2025-03-13", "USA>FRA:13", NULL},
    {"The party will boycott the elections unless the Algerian president agrees to step down.", "1991-05-13", "", ":034"},
    /* calling for war against a group is a threat of force */
    {"The Somali president called for a total war against al-Shabab.", "2022-08-13", "SOMGOV>SOMREB:138", NULL},
    /* saying another defies or violates is an accusation; reporting it
     * rejected something is a report */
    {"The U.S. ambassador said Iran is flagrantly defying the Security Council.", "2025-03-13", "USAGOV>IRN:112", "USAGOV>IRN:010"},
    {"The United Nations said rebels rejected the proposal.", "2025-03-13", "", ":112"},
    /* headline acts: ultimatums, gatherings of protesters, re-arrests */
    {"Kenya gave the UN refugee agency 14 days to present a plan.", "2021-04-02", "KEN>IGOUNOREFHCR:139", ":010"},
    {"Belarusian demonstrators gathered in front of the town hall.", "2021-04-02", "BLROPP>:141", NULL},
    {"A protest by Armenian students took place in Yerevan.", "2021-04-02", "ARMEDU>ARM:141", NULL},
    {"Belarusian police re-arrested the opposition leader.", "2021-04-02", "BLRCOP>BLROPP:173", NULL},
    /* calling another hostile or illegal is a criticism; a court's name is not */
    {"The American president contended that the European Union is hostile and abusive.", "2025-03-13", "USAGOV>IGOEUREEC:111", ":010"},
    {"The UN team called for Myanmar generals to be referred to the International Criminal Court.", "2018-09-01", "", ":111"},
    /* ... words of outrage said of a named doer's act too; of a disaster or of no doer they are none */
    {"The Egyptian foreign minister said the Israeli raid on the clinic was appalling.", "2025-03-13", "EGYGOV>ISR:111", NULL},
    {"The Egyptian president said the Sudanese shelling of the market was a cowardly act.", "2025-03-13", "EGYGOV>SDN:111", NULL},
    {"The Egyptian president said the floods in Libya were horrific.", "2025-03-13", "", ":111"},
    {"The Egyptian foreign minister described the Israeli shelling as horrific.", "2025-03-13", "EGYGOV>ISR:111", NULL},
    {"The Egyptian foreign minister described the earthquake in Libya as horrific.", "2025-03-13", "", ":111"},
    /* an announced act of support is its intent; the statement beside it says nothing more */
    {"The UN refugee agency said it was ready to support Kenya.", "2021-04-02", "IGOUNOREFHCR>KEN:032", ":010"},
    {"The United States is inclined to approve the deal with Mauritius.", "2025-03-10", "USA>MUS:03", NULL},
    /* receiving intelligence is no visit; receiving weapons is the giver's aid */
    {"Ukraine is receiving intelligence from the United States.", "2025-03-10", "", ":043"},
    {"Ukraine received weapons from Germany.", "2023-03-10", "DEU>UKR:072", ":043"},
    /* a scheduled act is no one's act yet */
    {"Rubio is expected to meet Ukrainian officials in Jeddah.", "2025-03-10", "", ":03"},
    /* "what X considers": deeming, not considering an option */
    {"China rejects what Beijing considers illegal sanctions.", "2025-01-23", "", ":014"},
    /* force against no political actor (verbs.txt ':class' null patterns):
     * a condition fought, a creature killed, deaths in an accident; a fight
     * against an actor, or an actor's aggression, stays a fight */
    {"Firefighters battled the blazes across the Australian state.", "2019-12-07", "", ""},
    {"Afghan troops fought the rebels near the fire.", "2019-12-07", "AFGMIL>", NULL},
    {"The French president pledged to fight climate change with Germany.", "2019-12-09", "", ":1"},
    {"Nigeria vowed to fight poverty and corruption.", "2019-12-09", "", ""},
    {"Ukraine is fighting Russian aggression.", "2022-12-09", "UKR>RUS:19", NULL},
    {"Nigerian troops fought Boko Haram in the north.", "2019-12-09", "NGAMIL>NGAREB:19", NULL},
    {"Millions of dogs are killed for meat in Vietnam every year.", "2019-12-19", "", ""},
    {"A virus killed hundreds of pigs in China.", "2019-12-19", "", ""},
    {"Chinese soldiers were killed by Indian troops.", "2020-06-16", "INDMIL>CHNMIL:19", NULL},
    {"Five Afghan soldiers were killed in a plane crash in Kabul.", "2020-01-27", "", ":19"},
    {"Five Afghan soldiers were killed in an attack in Kabul.", "2020-01-27", ">AFGMIL:19", NULL},
    {"An earthquake killed 300 people in eastern Turkey.", "2020-01-27", "", ":19"},
    {"The helicopter crashed in Ghazni, resulting in all crew killed.", "2020-01-27", "", ""},
    {"Kenyan police killed two poachers.", "2020-01-27", "KENCOP>", NULL},
    /* verb forms that are no act (match.c verb_use_denied): a participle
     * before its noun, after "newly", a noun after "have", a noun modifier
     * of a subject; a description "equipped with" */
    {"Malian soldiers were transporting injured civilians to the hospital.", "2024-07-05", "", ":18"},
    {"Malian soldiers injured civilians in the village.", "2024-07-05", "MLIMIL>", NULL},
    {"The Kenyan army confronted armed fighters near the border.", "2024-07-05", "", ":07"},
    {"Iran has armed rebels in Yemen.", "2024-07-05", "IRN>:07", NULL},
    {"The rebel group has several hundred armed fighters.", "2024-07-05", "", ":07"},
    {"The Turkish army tested the newly acquired Russian system.", "2019-07-05", "", ":06"},
    {"A Japanese inspector detailed prohibited transfers of oil to North Korea.", "2024-07-05", "", ":172"},
    {"The Japanese government prohibited transfers of oil to North Korea.", "2024-07-05", "JPNGOV>", NULL},
    {"U.N. sanctions experts said Iran violated the embargo.", "2024-07-05", "", ":163"},
    {"The United States sanctions Iranian officials.", "2024-07-05", "USA>IRNGOV:163", NULL},
    {"Spain has wind power, and it also has gas.", "2019-07-05", "", ":204"},
    {"Israel has hit Hamas targets in Gaza.", "2024-07-05", "ISR>PSEREBHMS:19", NULL},
    {"An American plane equipped with radar flew over the Afghan base.", "2020-07-05", "", ":07"},
    {"Canada retaliated by announcing increased tariffs on U.S. exports.", "2025-03-10", ":163", NULL},
    /* loose patterns (verbs.txt): a word in another sense, or a pattern
     * that ignores its object */
    {"The Kenyan police spokesman said no passengers were killed.", "2025-03-13", "", ":12"},
    {"Iran said no to talks with the United States.", "2025-03-13", "IRN>USA:12", NULL},
    {"North Korea conducted three rounds of missile tests in May.", "2019-12-18", ":15", ":046"},
    {"Iran and the United States held a second round of talks in Oman.", "2025-04-18", ":046", NULL},
    {"The American president blocked the sale of fighter jets to Turkey.", "2019-11-25", ":121", ":144"},
    {"Kenyan protesters blocked the road to the parliament.", "2024-06-25", ":144", NULL},
    {"A roadside bomb killed three Pakistani soldiers.", "2025-02-01", ":1833", ":190"},
    {"Russian jets bombed the town and killed ten civilians.", "2022-03-01", ":19", ":18"},
    {"Seleka rebels seized power in the Central African Republic.", "2013-03-24", "", ":171"},
    {"Somali pirates seized a ship off the coast of Yemen.", "2013-03-24", ":171", NULL},
    {"The Canadian province is charging 20% more for electricity.", "2025-03-10", "", ":173"},
    {"A Pakistani officer stood with a rifle near the gate.", "2025-03-12", "", ":051"},
    {"Japan stands with Ukraine.", "2025-03-12", "JPN>UKR:051", NULL},
    {"The Japanese envoy was surrounded by representatives of fifty countries.", "2024-06-28", "", ":191"},
    {"Russian troops surrounded Kyiv.", "2022-03-01", "RUSMIL>UKRGOV:191", NULL},
    {"A shipment of vaccines from China arrived in Manila.", "2021-03-01", "", ":042"},
    {"The Chinese foreign minister arrived in Manila.", "2021-03-01", "CHNGOV>PHL:042", NULL},
    {"Mexico raised tariffs on cars exported to the United States.", "2025-03-03", "MEX>USA:163", ":061"},
    {"Mexico exported cars to the United States.", "2025-03-03", "MEX>USA:061", NULL},
    {"Japan wants to resist China's aggression in the Taiwan Strait.", "2024-08-01", "", ":19"},
    {"China's aggression against Taiwan continued on Monday.", "2024-08-01", "CHN>TWN:19", NULL},
    /* a drone is no bee, "down" no feathers, a capitalised name no plant */
    {"Ukrainian forces shot down drones over Kyiv.", "2023-01-27", ":19", NULL},
    {"Rebels attacked Ganja on Tuesday.", "2020-09-30", ":19", NULL},
    /* judgments of another's act: "called X unbearable", in scare quotes too */
    {"The German chancellor called Russian gas prices unacceptable.", "2023-01-27", "DEUGOV>RUS:111", NULL},
    {"The Greek prime minister called Turkish flights \"intolerable.\"", "2023-01-27", "GRCGOV>TUR:111", NULL},
    {"The Dutch minister described the Russian move as a \"sham\".", "2023-01-27", "NLDGOV>RUS:111", NULL},
    {"The Chilean president described the fires as a catastrophe.", "2023-01-27", "", ":111"},
    /* ... another's act with no actor in it ("called the decision
     * unjustified"), not an adjective of the object's own noun */
    {"Sweden called the ruling \"unwarranted\" on Monday.", "2023-01-27", "SWE>:111", NULL},
    {"The Swedish minister called the Hungarian veto irresponsible.", "2023-01-27", "SWEGOV>HUN:111", NULL},
    {"The Swedish minister called the illegal workers to a meeting.", "2023-01-27", "", ":111"},
    {"The Swedish minister called the decision a step forward.", "2023-01-27", "", ":111"},
    /* calling is no appeal: "called for talks" asks, "called a meeting good" names
     * (verbs.txt 02: "call" only with for/on/upon) */
    {"The Polish president called for talks with Belarus.", "2023-01-27", "POLGOV>BLR:026", NULL},
    {"Poland hosted the Czech premier for what he called a \"fruitful meeting.\"", "2023-01-27", "", ":026"},
    {"The Polish president called the talks with Belarus a failure.", "2023-01-27", "", ":026"},
    {"Poland and France called an emergency meeting of the Security Council.", "2023-01-27", ":026", NULL},
    /* a modal of another clause: "will react ..., although they spoke" */
    {"Nobody knows how Iran will react, although Iran and Oman signed a trade deal last week.", "2023-01-27",
     "IRN>OMN:057", ":03"},
    /* a simple past before "by" is the clause's verb, no reduced relative */
    {"The Chilean president spoke by phone with the Peruvian president.", "2023-01-27", "CHLGOV>PERGOV:041", NULL},
    {"The Chilean president spoke via videolink with the Peruvian president.", "2023-01-27", ":041", NULL},
    /* separated particles: "turned them down", "broke it up" */
    {"Poland made offers to Belarus, but Belarus turned them down.", "2023-01-27", "BLR>:12", NULL},
    {"Moroccan police broke up a terrorist cell in Fez.", "2023-01-27", "MARCOP>:173", NULL},
    {"Moroccan police broke up the rally in Fez.", "2023-01-27", "", ":173"},
    /* a participle after the subject that a passive verb follows: the subject was done to */
    {"Four Kenyan soldiers wounded in the raid have died.", "2023-01-27", ">KENMIL:19", "KENMIL>"},
    {"A Chilean captured in Peru was sent home on Tuesday.", "2023-01-27", "", "CHL>"},
    /* receiving protection is no hosting; undertaking a mediation is mediating; a sector is territory */
    {"Kenyan banks are receiving extra police protection.", "2023-01-27", "", ":043"},
    {"The Kenyan president undertook a mediation mission between Ethiopia and Somalia.", "2023-01-27", "KENGOV>ETH:045", ":039"},
    {"Kenyan troops captured the eastern sector of the Somali town.", "2023-01-27", "KENMIL>SOM:192", ":173"},
    /* regret over another's decision is disapproval; regret for one's own act an apology */
    {"Kenya expressed regret over Somalia's decision to close the border.", "2023-01-27", "KEN>SOM:111", ":055"},
    {"Kenya expressed regret for the deaths of Somali civilians.", "2023-01-27", ":055", ":111"},
    /* what a charge, claim or rumour says is alleged: no event of its own */
    {"Somalia repeated its charge that Kenya supports the rebels in Jubaland.", "2023-01-27", "SOM>KEN:112", "KEN>"},
    {"Crowds marched, reacting to unfounded rumours that Kenyan soldiers had detained a cleric.", "2023-01-27", "",
     ":173"},
    /* saying another committed abuses is accusing it; the abuses are the accusation's, no fact */
    {"Amnesty International said Kenyan police committed grave abuses in Nairobi.", "2023-01-27", "NGOHRIAMN>KENCOP:112", ":20"},
    {"Amnesty International said Kenyan police had not committed abuses in Nairobi.", "2023-01-27", "", ":112"},
    /* wanting another to act is demanding it, not the other's intent */
    {"Kenya wants Somalia to withdraw its troops from the border.", "2023-01-27", "KEN>SOM:10", "SOM>"},
    /* contractions: "we'll" is "we will" */
    {"\"We'll retaliate against any attack,\" the Kenyan foreign minister said.", "2023-01-27", "KENGOV>:13", NULL},
    /* a time before the infinitive: "decided on Thursday to" governs it as "decided to" */
    {"Kenya decided on Thursday to lift sanctions on Somalia.", "2023-01-27", "KEN>SOM:085", NULL},
    {"Kenya's talks on Thursday to lift sanctions on Somalia.", "2023-01-27", "", ":085"},
    /* travel to do: "to" before a verb is no destination */
    {"Somali pirates traveled to seize a Kenyan ship.", "2023-01-27", "", ":042"},
    {"The Kenyan president traveled to Somalia on Monday.", "2023-01-27", "KENGOV>SOM:042", NULL},
    /* coming back from a visit is no release */
    {"The Kenyan president returned from a visit to Somalia.", "2023-01-27", "", ":084"},
    {"Kenya returned the prisoners to Somalia on Monday.", "2023-01-27", "KEN>SOM:084", NULL},
    {"The artifacts were returned to Somalia by Kenyan officials.", "2023-01-27", "KENGOV>SOM:084", NULL},
    /* apposition in a gap: an actor's other name between commas inside the pattern */
    {"Kenya forced the U.N. refugee agency, UNHCR, out of the country.", "2023-01-27", "KEN>IGOUNOREFHCR:166", NULL},
    /* an act done "to protest" is a protest; a plan to protest is none */
    {"Kenyan shopkeepers closed their stores on Monday to protest against the new tax.", "2023-01-27", "KENBUS>:141", NULL},
    {"The Kenyan teachers union plans to protest against the new tax.", "2023-01-27", "", ":141"},
    /* scene meetings: a meeting with no counterpart beside another act */
    {"Al-Shabab gunmen attacked Somali soldiers at a hotel where elders were meeting.", "2023-01-27", ":19", ":040"},
    {"Somali elders were meeting in Mogadishu.", "2023-01-27", ":040", NULL},
    /* a vow to fight is a threat, not an intent to cooperate */
    {"Kenya vowed to fight al-Shabab.", "2023-01-27", "KEN>SOMREB:138", ":03"},
    {"Kenya vowed to help Somalia.", "2023-01-27", "KEN>SOM:03", NULL},
    /* an aside of support between dashes */
    {"The Malian army – backed by Russian mercenaries – attacked the town of Kidal.", "2023-01-27", "MLIMIL>", ":051"},
    /* an aside of support, a suspicion of identity: no support, no accusation */
    {"The Malian army, backed by Russian mercenaries, attacked the town of Kidal.", "2023-01-27", "MLIMIL>", ":051"},
    {"Gunmen suspected to be Malian jihadists attacked a village.", "2023-01-27", ":19", ":112"},
    /* what is said has its own subject, no actor: the speaker did not do it */
    {"Kenyan police said the blast killed a Somali trader.", "2023-01-27", ">SOMBUS:183", "KENCOP>SOMBUS:18"},
    {"Kenyan police say a parked car bomb has exploded in Nairobi.", "2023-01-27", "", "KENCOP>"},
    {"Kenyan police said they arrested a Somali trader.", "2023-01-27", "KENCOP>SOMBUS:173", NULL},
    /* day between verb and particle: "called Thursday on", "met yesterday with" */
    {"Jordan called Thursday on Egypt to reopen the border.", "2023-01-27", "JOR>EGY:02", NULL},
    {"The Kenyan president met yesterday with the Ugandan president.", "2023-01-27", "KENGOV>UGAGOV:04", NULL},
    {"Jordan called Thursday a day of mourning for Egypt.", "2023-01-27", "", ":02"},
    {"Kenya hopes to settle the dispute during talks Tuesday with Somali officials.", "2023-01-27", "", ":036"},
    /* not hesitating announces the act; hesitating holds it back */
    {"Ukraine will not hesitate to strike Russian bases.", "2023-01-27", ":138", ":19"},
    {"Ukraine hesitated to strike Russian bases.", "2023-01-27", "", ":19"},
    /* a court lifting its orders; cutting off energy */
    {"A Kenyan court lifted an injunction against the Kenyan government.", "2023-01-27", ":081", NULL},
    {"Ukraine lifted its troops in order to strike.", "2023-01-27", "", ":081"},
    {"Russia shut the gas off to Moldova on Monday.", "2023-01-27", "RUS>MDA:163", NULL},
    {"Canada will raise, on Monday, the tariffs on American steel.", "2023-01-27", "CAN>USA:131", NULL},
    /* documents released: no release of people */
    {"According to the Global Calm Index 2024 released by Hamas last week, Kenya is calm.", "2024-01-27", "", ":08"},
    {"According to a report, Israel released ten Palestinian prisoners on Monday.", "2024-01-27", "ISR>PSE", NULL},
    /* a statement or report issued, and what it does */
    {"The Chilean foreign ministry issued a statement condemning the attack on Peru.", "2024-01-27", "CHLGOV>:111", ":010"},  /* its condemnation is aimed at the attackers, not Peru */
    {"Chile welcomed a report accusing Peru of abuses.", "2024-01-27", "", ":112"},
    /* calling someone to do something by phone */
    {"The Chilean president called the Peruvian president to apologize for the remarks.", "2024-01-27",
     "CHLGOV>PERGOV:041", NULL},
    /* a noun a verb's pattern names is its object, no event of its own */
    {"Chile lifted EU sanctions on Peru.", "2024-01-27", "CHL>", ":163"},
    {"The Chilean president called for an end to attacks on Peru.", "2024-01-27", "", ":19"},
    {"Chile broke the Peruvian blockade of the port.", "2024-01-27", "", ":191"},
    {"Chile imposed sanctions on Peru.", "2024-01-27", "CHL>PER:163", NULL},
    {"Chilean troops launched attacks on Peru.", "2024-01-27", "CHLMIL>PER:19", NULL},
    {"Egypt reimposed the blockade of the Gaza Strip.", "2024-01-27", "EGY>PSE:191", NULL},
    /* a thing's deed ("which are helping") praises no one; a party's deed is praised */
    {"The Chilean envoy spoke ahead of a meeting requested by Argentina and Brazil to discuss arms transfers to Peru, "
     "which are helping fuel the war.", "2024-01-27", "", ":051"},
    {"The Chilean envoy said Argentine peacekeepers prevented violence in Peru.", "2024-01-27", "CHLGOV>ARGMIL:051", NULL},
    /* rejected charges: an accusation fronted by a relative clause is denied */
    {"Chile accused Peru of backing the rebels, a charge Peru quickly rejected.", "2024-01-27", "PER>CHL:016", ":120"},
    {"The charges against Chile were dropped, and Peru rejected the peace plan.", "2024-01-27", "PER>:12", ":016"},
    /* retaliation in kind: with tariffs is imposing them */
    {"The European Union retaliated with its own tariffs on American whiskey.", "2024-01-27", "IGOEUREEC>USA:163", ":170"},
    {"Chile retaliated against Peru.", "2024-01-27", "CHL>PER:17", NULL},
    /* scare quotes closed inside a pattern's gap */
    {"In August, the Chilean president called for a \u201ctotal war\u201d against Peru.", "2023-01-27", "CHLGOV>PER:138", NULL},
    {"The Chilean president called the talks a \u201ctotal failure\u201d against all hopes.", "2023-01-27", "", ":13"},
    /* stopping another's attacks is no de-escalation of one's own */
    {"The Chilean minister tweeted that it was time to stop Peru's heinous attacks.", "2023-01-27", "", ":087"},
    {"Peru halted its attacks on Chile.", "2023-01-27", "PER>CHL:087", NULL},
    /* arrivals: goods and waves of migrants are no visit; a minister's arrival is */
    {"Last winter a large wave of Haitians arrived in the Dominican Republic.", "2023-01-27", "", ":042"},
    {"The Chinese vaccine bought by the Bolivian health ministry arrived in La Paz.", "2023-01-27", "", ":042"},
    {"The Chilean foreign minister arrived in Lima on Monday.", "2023-01-27", "CHLGOV>PER:042", NULL},
    /* a purpose is no deed to praise */
    {"The Chilean envoy said Argentine peacekeepers were deployed to protect civilians in Peru.", "2024-01-27", "", ":051"},
    /* a war that killed thousands is no act of a day */
    {"Sri Lanka marked the end of a civil war with Tamil rebels that killed 100,000 civilians.", "2023-01-27", "", ":19"},
    {"Sri Lankan troops killed 70 Tamil rebels on Monday.", "2023-01-27", "LKAMIL>", NULL},
    /* attempts on lives: the attempt, not the killing; a crime's name in a list of charges, no attempt */
    {"Chilean gunmen attempted to kill the Peruvian president.", "2023-01-27", ":185", ":190"},
    {"Peruvian prosecutors said the Chilean gang members were charged with murder, attempted murder and robbery.",
     "2023-01-27", "", ":185"},
    /* stopping short of an act neither does it nor repels anything */
    {"Chilean troops stopped short of attacking the Peruvian town.", "2023-01-27", "", ":19"},
    {"Chilean troops stopped a Peruvian attack on the town.", "2023-01-27", ":19", NULL},
    /* a reputation or hopes damaged are no property damaged */
    {"The Chilean report is damaging the reputation of the Peruvian army.", "2023-01-27", "", ":17"},
    {"Chilean troops damaged a Peruvian bridge on Monday.", "2023-01-27", ":17", NULL},
    /* control handed over and prisoners moved to a jail deploy no forces */
    {"Chilean troops transferred control of the border post to Peruvian forces.", "2023-01-27", "", ":154"},
    {"The Peruvian rebel was transferred to a Chilean military prison on Monday.", "2023-01-27", "", ":154"},
    {"Chile transferred troops to the Peruvian border on Monday.", "2023-01-27", ":154", NULL},
    /* a stance after a noun describes it: "a group opposed to the war" opposes nothing that day */
    {"A Chilean group opposed to the Peruvian government held a rally in Santiago.", "2023-01-27", "", ":11"},
    {"Chilean lawmakers opposed to the treaty boycotted the vote.", "2023-01-27", "", ":11"},
    {"Chile is strongly opposed to the Peruvian plan.", "2023-01-27", "CHL>", NULL},
    /* rumours: what rumours suggest is not known to be done */
    {"Rumours suggest Chilean troops have attacked a Peruvian border post.", "2023-01-27", "", ":19"},
    {"Chilean troops attacked a Peruvian border post after rumours of smuggling.", "2023-01-27", "CHLMIL>", NULL},
    /* ... "attempt to murder" as an offence's name, after a preposition or a bracket: no killing */
    {"Chilean police booked the Peruvian trader for attempt to murder after a fight in Arica.", "2023-01-27", "",
     ":18"},
    {"Chilean prosecutors filed a case under Article 391 (attempt to murder) against the Peruvian trader.",
     "2023-01-27", "", ":18"},
    {"Chilean gunmen made an attempt to murder the Peruvian trader in Arica.", "2023-01-27", ":18", NULL},
    /* an attempt named by a noun is the attempt's own event */
    {"An attempt to assassinate the Peruvian governor was thwarted in Lima.", "2023-01-27", ":18", NULL},
    {"Churches across Chile held prayers for Peruvians injured in clashes with Bolivian police.", "2023-01-27", "", ":18"},
    /* the first to act did it */
    {"Poland was the first to reject the Russian plan.", "2024-01-27", "POL>RUS:12", NULL},
    /* a gathering in protest, past its place */
    {"Hundreds of Kenyan students massed in front of the French embassy in Nairobi in protest of the ban.",
     "2023-01-27", ":141", NULL},
    {"Hundreds of Kenyan students gathered in front of the French embassy in Nairobi for a concert.", "2023-01-27",
     "", ":14"},
    /* a conflictual act the speaker holds out is a threat; another's possible act is nothing */
    {"Beijing hinted that it could retaliate with tariffs on German cars.", "2023-01-27", "CHNGOV>DEU:13", NULL},
    {"Beijing hinted that Germany could retaliate with tariffs on Chinese cars.", "2023-01-27", "", ":13"},
    /* a state's force on its own protesters is repression (175); on rebels a fight */
    {"Chilean police fired live bullets to disperse the students in Santiago.", "2024-01-27", ":175", ":193"},
    {"Bolivian soldiers shot dead four demonstrators in La Paz.", "2024-01-27", "BOLMIL>BOLOPP:175", ":19"},
    {"Bolivian soldiers opened fire to scatter the crowd in La Paz.", "2024-01-27", ":175", ":19"},
    {"Bolivian soldiers shot dead four rebels near La Paz.", "2024-01-27", "BOLMIL>BOLREB:1", ":175"},
    {"Bolivian rebels fired on Peruvian protesters near the border.", "2024-01-27", ":19", ":175"},
    /* "withdraw from" with no military word: a retreat only of an armed
     * actor or from a place; leaving a body reduces relations; leaving a
     * race or a bid, nothing */
    {"Burkina Faso withdrew from ECOWAS.", "2024-01-27", "BFA>IGOWAFWAS:160", ":087"},
    {"The Chilean candidate withdrew from the race.", "2024-01-27", "", ""},
    {"Peru accused Chile of wrecking the deal by withdrawing in 2018.", "2024-01-27", "", ":087"},
    {"Chilean troops withdrew from the border town.", "2024-01-27", "CHLMIL>:0874", NULL},
    {"Israel withdrew from Gaza in 2005.", "2024-01-27", "ISR>PSE:0874", NULL},
    {"Bolivia withdrew from Arica in March.", "2024-01-27", "BOL>:0874", NULL},
    /* what the news media report someone will do is their forecast, not
     * the doer's intent; what they report done is done; the doer's own
     * word is its intent */
    {"Argentine media reported that Chile will hand the islands to Peru.", "2024-01-27", "ARGMED>", ":03"},
    {"According to Argentine newspapers, Chile will sign a trade deal with Peru.", "2024-01-27", "", ":03"},
    {"Chile will reportedly sign a trade deal with Peru.", "2024-01-27", "", ":03"},
    {"Argentine media reported that Chilean police arrested ten Peruvian journalists.", "2024-01-27", "CHLCOP>PERMED:173", NULL},
    {"The Chilean president said in his social media post that Chile will sign a trade deal with Peru.", "2024-01-27",
     "CHL>PER:03", NULL},
    /* "what X considers": deeming, with the deemer between */
    {"Peru condemned the imposition of what Lima considers unfair tariffs by Chile.", "2024-01-27", "", ":014"},
    {"Bolivia is considering new sanctions on Chile.", "2024-01-27", "BOL>CHL:014", NULL},
    /* the purpose of a sending, what a permission permits: not done */
    {"Peruvian troops were sent to attack the Chilean town.", "2024-01-27", "", ":19"},
    {"Peru sent special forces to attack the Chilean town.", "2024-01-27", "", ":19"},
    {"Bolivia deployed police to arrest the Chilean smugglers.", "2024-01-27", "", ":173"},
    {"The Peruvian court allowed the Chilean police to search the port.", "2024-01-27", "", ":17"},
    {"Peruvian troops attacked the Chilean town.", "2024-01-27", "PERMIL>CHL:19", NULL},
    /* a word in scare quotes stays in its verb group and clause */
    {"The Chilean president said he was \u201cinclined\u201d to support the deal with Peru.", "2024-01-27",
     "CHLGOV>PER:032", ":010"},
    /* the topic or the purpose of a noun is no act: "a deal on handing",
     * "a proposed deal to cede" */
    {"Bolivia is seeking to finalize a deal on handing the port to Peru.", "2024-01-27", "BOL>PER:03", ":033"},
    {"Chileans object to Peru's proposed deal to cede the islands.", "2024-01-27", "CHL>PER:11", ":035"},
    {"Peru plans to cede the islands to Chile.", "2024-01-27", "PER>CHL:035", NULL},
    /* a prosecutor's word, with the name after the title, is a charge */
    {"Federal prosecutor Jane Roe said Peru offered to pay two men to kill the journalist.", "2024-01-27", "", ":030"},
    /* a wish is no threat; a vow is */
    {"That is why the Chilean generals want to kill her.", "2024-01-27", "", ":13"},
    {"The Chilean generals vowed to kill the Peruvian president.", "2024-01-27", "CHLMIL>PERGOV:13", NULL},
    {"Chile wants to boost ties with Peru.", "2024-01-27", "CHL>PER:03", NULL},
    /* receiving a call, support or criticism: the caller, backer or critic acts */
    {"The Chilean president received a phone call from the Peruvian president.", "2024-01-27", "PERGOV>CHLGOV:041",
     ":043"},
    {"Chile drew sharp criticism from Peru over the arrests.", "2024-01-27", "PER>CHL:111", ":043"},
    {"Chile received a call for help.", "2024-01-27", "", ":043"},
    {"The Chilean president received the Peruvian foreign minister in Santiago.", "2024-01-27", "CHLGOV>PERGOV:043",
     NULL},
    /* a number before an -ed form a verb takes: a noun ("one shot at the title") */
    {"The Chilean runner has one shot at the title.", "2024-01-27", "", ""},
    {"Chilean police fired one shot at the Peruvian protesters.", "2024-01-27", ":1", NULL},
    /* not tolerating unrest or attacks is a warning; allowing them, none */
    {"The Chilean president said Chile will not allow violent riots in Santiago.", "2024-01-27", ":137", ":124"},
    {"Peru will not tolerate attacks on its border posts by Chile.", "2024-01-27", "PER>CHL:130", NULL},
    {"The Chilean police allowed violent riots in Santiago.", "2024-01-27", "", ":13"},
    /* an event noun after "victims of", and its conjuncts, is a topic; an
     * actor after a preposition is no subject of a verb after it */
    {"The Bolivian president declared a day of mourning for the victims of the La Paz attack and other recent "
     "bombings against civilians.", "2024-01-27", ":017", ":18"},
    {"Chilean rebels carried out the La Paz attack and other recent bombings against civilians.", "2024-01-27",
     "CHLREB>", NULL},
    /* a government passing a law praises no one; going along with a deal supports it */
    {"Bolivian authorities have approved a law to dismantle the old regime.", "2024-01-27", "", ":051"},
    {"The Chilean president said he would go along with the deal with Peru.", "2024-01-27", "CHLGOV>PER:032", NULL},
    /* hostile words before what an actor does criticise it */
    {"The Chilean minister tweeted that it was time to stop Peru's heinous and cruel raids.", "2024-01-27",
     "CHLGOV>PER:111", NULL},
    {"The Chilean minister said Peru's response to the brutal raids by rebels was measured.", "2024-01-27", "", ":111"},
    /* unable to act: not done */
    {"Peru was unable to reach an agreement with Chile.", "2024-01-27", "", ":057"},
    {"Peru was able to reach an agreement with Chile.", "2024-01-27", "PER>CHL:057", NULL},
    /* hostile words in an apposition of the actor criticise it */
    {"\"Peru, the cruel rogue state, raids our villages,\" the Chilean president said.", "2024-01-27",
     "CHLGOV>PER:111", NULL},
    /* "no longer" negates; no longer tolerating rallies warns of repression */
    {"The Chilean police will no longer tolerate rallies by the opposition.", "2024-01-27", "CHLCOP>CHLOPP:137", NULL},
    {"Chile no longer attacks Peruvian villages.", "2024-01-27", "", ":19"},
    /* denying a thing asked for refuses it; denying a charge denies */
    {"The Chilean court denied bail to the Peruvian opposition leader.", "2024-01-27", ":120", ":016"},
    {"Chile denied the allegations by Peru.", "2024-01-27", "CHL>PER:016", NULL},
    /* failing to renew an embargo: the embargo named by the verb's pattern is no act of its own */
    {"The United Nations failed to renew the arms embargo on Peru.", "2024-01-27", "", ":16"},
    {"The United Nations renewed the arms embargo on Peru.", "2024-01-27", "IGOUNO>PER:163", NULL},
    {"The Peruvian rebels attack the town every night.", "2024-01-27", "PERREB>", NULL},
    /* a resolution adopted says what its words say */
    {"The Bolivian parliament adopted a resolution condemning Chile.", "2024-01-27", ":111", ":051"},
    {"The Bolivian parliament adopted a resolution on climate change.", "2024-01-27", "", ""},
    /* a letter sent says what its -ing verb says */
    {"The Chilean president sent a letter calling on Peru to hold talks.", "2024-01-27", "CHLGOV>PER:02", NULL},
    /* agreeing at a summit is no agreement to meet */
    {"The Chilean and Peruvian presidents agreed at a summit in Lima to jointly address the drought.", "2024-01-27",
     ":030", ":036"},
    {"Chile and Peru agreed to hold a summit in Lima.", "2024-01-27", "CHL>PER:036", NULL},
    /* a yes-no question asks, a wh-question tells */
    {"Will Peru attack Chile again?", "2024-01-27", "", ""},
    {"\u201cDid Peru attack Chile on Monday?\u201d the Bolivian minister asked.", "2024-01-27", "", ":19"},
    {"Why did Peru attack Chile on Monday?", "2024-01-27", "PER>CHL:19", NULL},
    /* other senses read on newswire: a toll released, a blast that left people dead, fed up,
     * a holiday celebrated, a source's anonymity, a plea in court */
    {"At least 50 Peruvian soldiers were killed, according to a toll released on Saturday by the army.",
     "2024-01-27", "", ":084"},
    {"The Peruvian army released 20 Chilean prisoners on Monday.", "2024-01-27", "PERMIL>CHL", NULL},
    {"The Chilean military operation in Peru left 110 people dead.", "2024-01-27", "", ":087"},
    {"Chilean troops left the Peruvian town of Tacna on Monday.", "2024-01-27", "CHLMIL>PER:0874", NULL},
    {"Peruvian voters appeared fed up with the Chilean government.", "2024-01-27", "", ":07"},
    {"Peruvians celebrated the anniversary of the revolution in Lima.", "2024-01-27", "", ":051"},
    {"The Peruvian president celebrated the Chilean army for its courage.", "2024-01-27", "PERGOV>CHLMIL:051", NULL},
    {"Rebels attacked Lima, said a Peruvian official who asked not to be named.", "2024-01-27", "", ":02"},
    {"The Chilean suspect pleaded guilty to two charges in a Peruvian court.", "2024-01-27", "", ":02"},
    {"Chile pleaded with Peru to release the prisoners.", "2024-01-27", "CHL>PER:02", NULL},
    /* warnings given to another; a captive handed over to another's custody */
    {"Peru says it gave several warnings to the Chilean jet.", "2024-01-27", "PER>CHL:13", ":07"},
    {"Peru handed the Chilean suspect to Bolivian police.", "2024-01-27", "PER>BOLCOP:063", ":07"},
    {"Peru handed over aid to Bolivia.", "2024-01-27", "PER>BOL:07", NULL},
    {"Today the Peruvian government is fighting terror and corruption.", "2024-01-27", "", ":19"},
    {"The Chilean report destroyed the Peruvian president's strategy.", "2024-01-27", "", ":19"},
    {"Chilean troops destroyed a Peruvian base.", "2024-01-27", "CHLMIL>PER", NULL},
    {"Peruvian rebels launched a barrage of mortar shells and missiles into Lima.", "2024-01-27", ":194", ":150"},
    {"Peru's Carlos Checa captured the second starting spot for the race.", "2024-01-27", "", ":17"},
    {"The Peruvian rebel was captured by Chilean troops as he led an attack.", "2024-01-27", "CHLMIL>PERREB:17", NULL},
    {"Peru and Chile reached a consensus to exchange information on water.", "2024-01-27", "PER>CHL:030", ":019"},
    {"The United Nations sent 21 officers to Peru to investigate the killings.", "2024-01-27", "IGOUNO>PER:090",
     ":154"},
    {"Chile sent troops to Peru to fight the rebels.", "2024-01-27", "CHL>PER:154", NULL},
    /* a retort, a film shot, an apple shot off a pole */
    {"The Peruvian president shot back: \u201cChile cannot rule us.\u201d", "2024-01-27", "", ":19"},
    {"The Peruvian president shot back that Chile was out of touch.", "2024-01-27", "", ":19"},
    {"Peruvian troops shot back at the Chilean gunmen.", "2024-01-27", "PERMIL>CHLUAF:19", NULL},
    {"The Peruvian film was shot on location in Chile.", "2024-01-27", "", ":19"},
    {"A Peruvian director shot a documentary about Chile.", "2024-01-27", "", ":19"},
    {"A Peruvian film producer was shot dead by Chilean gunmen.", "2024-01-27", "CHLUAF>PER", NULL},
    /* a bracketed acronym after an actor in a slot */
    {"Chile has provided the Peruvian Armed Forces (PAF) with aircraft and weapons.", "2024-01-27", "CHL>PERMIL:072",
     NULL},
    /* a clash between office holders alone is one of words */
    {"The Peruvian president clashed with the Chilean president at the summit.", "2024-01-27", "PERGOV>CHLGOV:110",
     ":19"},
    {"Peruvian troops clashed with Chilean forces near Tacna.", "2024-01-27", "PERMIL>CHLMIL:190", NULL},
    /* prices that shot up rose */
    {"The cost of fuel, food and water shot up in Lima as Peruvian rebels approached.", "2024-01-27", "", ":19"},
    {"Peruvian gunmen shot up a bar in Lima.", "2024-01-27", "PERUAF>PER:18", NULL},
    {"Brent crude futures shot up on news of the Peruvian embargo.", "2024-01-27", "", ":19"},
    /* killed in a bombing: unconventional violence */
    {"Ten Peruvian civilians were killed in a car bomb blast in Lima.", "2024-01-27", ">PERCVL:1832", ":190"},
    {"Five Peruvian soldiers were killed by a roadside bomb near Cusco.", "2024-01-27", ">PERMIL:1833", ":190"},
    {"Six Peruvian police were killed in a suicide bombing in Lima.", "2024-01-27", ">PERCOP:1831", ":190"},
    {"Peruvian troops killed five rebels in Cusco.", "2024-01-27", "PERMIL>", ":18"},
    {"Five Peruvian civilians were killed in barrel bomb attacks on Cusco.", "2024-01-27", ">PERCVL:195", ":183"},
    /* territory taken by two coordinated verbs */
    {"Chile captured and annexed the port of Arica in 1880.", "2024-01-27", "CHL>:192", ":173"},
    {"Peruvian rebels captured and looted the town of Tacna.", "2024-01-27", "PERREB>:192", ":173"},
    {"A suicide bomber killed ten Peruvian soldiers in Lima.", "2024-01-27", ":1831", ":190"},
    {"Peruvian troops killed a suicide bomber in Lima.", "2024-01-27", "PERMIL>", ":183"},
    /* buildings occupied: a protest's sit-in, or armed men's territory */
    {"Syrian troops seized two building blocks near Aleppo airport.", "2024-01-27", "SYRMIL>:192", ":144"},
    {"Peruvian students occupied the university building in Lima.", "2024-01-27", ":144", ":192"},
    /* a truce brokered by a third party is mediated */
    {"Bolivia brokered a truce between Peru and Chile on Friday.", "2024-01-27", "BOL>PER:045", ":0871"},
    {"Peru and Chile declared a truce on Friday.", "2024-01-27", ":0871", ":045"},
    {"Brazil and Bolivia brokered a truce on Friday.", "2024-01-27", "BRA>:045", "BRA>BOL"},
    /* "thanks to" gives a cause */
    {"The Peruvian party won 19 seats, thanks to support from Chilean voters.", "2024-01-27", "", ":051"},
    {"The Peruvian president thanked Chile for its support.", "2024-01-27", "PERGOV>CHL:051", NULL},
    /* "back" after a time or a verb of going is an adverb */
    {"The Peruvian police raid goes back to 2019.", "2024-01-27", "", ":051"},
    {"The man was killed two days back, Peruvian police said.", "2024-01-27", "", ":051"},
    {"Peruvian rebels back the ceasefire with Chile.", "2024-01-27", "PERREB>CHL:051", NULL},
    /* a relation participle right after the actor that opens the clause
     * describes the noun after it; an aside closing the sentence too */
    {"The Chilean backed rebels of the Peruvian front shelled the town.", "2024-01-27", "", ":051"},
    {"Nine Peruvian rebels were killed in an attack by Chilean troops, backed by Bolivian artillery.", "2024-01-27",
     "CHLMIL>PERREB:19", ":051"},
    {"The Chilean army backed rebels in Peru.", "2024-01-27", "CHLMIL>PERREB:051", NULL},
    /* seeking to act is no request */
    {"The Peruvian mission sought to take advantage of the ceasefire with Chile.", "2024-01-27", "", ":02"},
    {"The Peruvian mission sought a ceasefire with Chile.", "2024-01-27", "PER>CHL:02", NULL},
    /* "as far as X is concerned" frames what follows; no concern voiced */
    {"As far as the Peruvian government is concerned, the border dispute is closed.", "2024-01-27", "", ":012"},
    {"The Peruvian government is concerned about the border dispute with Chile.", "2024-01-27", "PERGOV>CHL:012", NULL},
    /* reasons: what a criticism, accusation, praise or punishment is for
     * ("for refusing to V") is the judgment's, no event of its own; the
     * refusal said alone is one */
    {"The Ukrainian minister criticized Hungary for refusing to support the new sanctions.", "2024-05-06",
     "UKRGOV>HUN:111", ":12"},
    {"The European Union punished Hungary for refusing to support the new sanctions.", "2024-05-06", "", ":12"},
    {"The Ukrainian minister attacked the Hungarian government, a close ally of Moscow, for refusing to support the "
     "new sanctions.", "2024-05-06", "UKRGOV>HUNGOV:111", ":12"},
    {"The Ukrainian army attacked Russian positions near the town.", "2024-05-06", "UKRMIL>RUS:19", NULL},
    {"Hungary refused to support the new sanctions.", "2024-05-06", "HUN>:12", NULL},
    /* a name and an -s form after a verb whose pattern names them: no
     * finite verb ("ignored VOA requests for comment" asks nothing) */
    {"The two governments ignored Reuters requests for comment.", "2024-05-06", "", ":020"},
    {"Russia requests a meeting of the Security Council.", "2024-05-06", "RUS>IGOUNO:02", NULL},
    /* lasting states: a war or occupation that has lasted months or years
     * ("has been fighting for four decades") is background, no event of
     * a day; days of fighting, or a span in a later clause, still are */
    {"The rebel army, which has been fighting the Peruvian government for four decades, agreed to talks.",
     "2024-05-06", "", ":19"},
    {"Israel has occupied the Golan Heights for more than 50 years.", "2024-05-06", "", ":19"},
    {"The hostages were freed by the rebel front, which for decades fought Peru for independence.", "2024-05-06",
     "", ">PER:19"},
    {"Peruvian rebels attacked an army base for the first time in years.", "2024-05-06", "PERREB>PERMIL:19", NULL},
    {"Peruvian rebels have been fighting the army for three days in the town.", "2024-05-06", "PERREB>PERMIL:19", NULL},
    {"Dozens of fighters have been killed in the battle for the air base, where soldiers had been trapped for months.",
     "2024-05-06", ":19", NULL},
    /* incident notes: an event noun whose slots are roles of no country
     * yet ("a protest of 300 residents took place", "clashes between
     * troops and rebels") is an event; a count may stand before the
     * role; the place gives the country */
    {"On 3 May, a protest of 300 residents took place in Kisumu, Kenya.", "2024-05-06", "KENCVL>:141", NULL},
    {"On 3 May, a protest by several hundred residents took place in Kisumu, Kenya.", "2024-05-06", "KENCVL>:141",
     NULL},
    {"On 3 May, clashes broke out between troops and rebels in Kidal, Mali.", "2024-05-06", "MLIMIL>MLIREB:19", NULL},
    {"On 3 May, heavy shelling by government forces hit Kidal, Mali.", "2024-05-06", "MLIMIL>:194", NULL},
    /* "X is among (the) countries that V", "one of the few states that V":
     * X does it (clause.c) */
    {"Canada and Belgium are among countries that have banned imports of ivory.", "2024-05-06", "BEL>:163", NULL},
    {"Peru is one of the few countries that have imposed sanctions on Venezuela.", "2024-05-06", "PER>VEN:163",
     NULL},
    /* denials: what is denied ("denied that its troops had shelled",
     * "dismissed reports that police had killed") is no fact; the denial
     * is the event; an act denied in another clause is still told */
    {"Ethiopia denied that its troops had shelled the border town.", "2024-05-06", ":016", ":19"},
    {"The Kenyan government dismissed reports that police had killed protesters.", "2024-05-06", "KENGOV>", ":17"},
    {"Ethiopia's army shelled the border town on Monday, but the government denied it.", "2024-05-06", "ETHMIL>:19",
     NULL},
    /* event nouns undone: "the planned meeting", "talks ... were called
     * off", "the summit was postponed" are no meeting; "was held" is one */
    {"The planned meeting between the Kenyan and Somali presidents did not happen.", "2024-05-06", "", ":04"},
    {"The meeting between the Kenyan and Somali presidents was postponed.", "2024-05-06", "", ":04"},
    {"Talks between Kenya and Somalia were called off on Monday.", "2024-05-06", "", ":04"},
    {"The meeting between the Kenyan and Somali presidents was held in Nairobi.", "2024-05-06", ":04", NULL},
    /* a person's title in apposition needs no article: its nouns are not
     * the subject ("X, also a Bolivian war crimes suspect, criticized")
     * (clause.c) */
    {"Former Peruvian police chief Juan Perez, also a Bolivian war crimes suspect, criticized the Chilean president "
     "on Monday.", "2024-05-06", "PER", "BOL>"},
    /* postures: a patrol in the simple present is a standing posture ("some
     * 11,000 border guards patrol the border"), no show of force of a day;
     * a patrol told in the past or the progressive is one */
    {"Some 11,000 Russian border guards patrol the Tajik-Afghan border under a 1992 agreement.", "2024-05-06", "",
     ":150"},
    {"Chinese armed police patrol the streets every day.", "2024-05-06", "", ":150"},
    {"Russian troops patrolled the streets of Stepanakert on Monday.", "2024-05-06", ":150", NULL},
    {"Turkish troops are patrolling the Syrian border.", "2024-05-06", "TURMIL>:150", NULL},
    {"The U.N. force has patrolled southern Lebanon since 1978.", "2024-05-06", "", ":150"},
    {"Turkish troops have patrolled the border town since Monday.", "2024-05-06", "TURMIL>:150", NULL},
    /* ... and told in the present passive, or in the perfect after a fronted "since" */
    {"The buffer zone is patrolled by Turkish troops under a 1996 agreement.", "2024-05-06", "", ":150"},
    {"Since 2019, the Libyan coast has been patrolled by Turkish warships.", "2024-05-06", "", ":150"},
    {"The buffer zone was patrolled by Turkish troops on Monday.", "2024-05-06", "TURMIL>:150", NULL},
    {"Since Monday, Turkish troops have been patrolling the border town.", "2024-05-06", "TURMIL>:150", NULL},
    /* ... dikes and flooded towns patrolled in a flood: watching the water, no show of force */
    {"Thousands of Bangladeshi soldiers patrolled the river embankments as the floods rose.", "2024-05-06", "",
     ":150"},
    {"Bangladeshi troops patrolled flooded villages in boats on Monday.", "2024-05-06", "", ":150"},
    {"Bangladeshi troops patrolled the border villages on Monday.", "2024-05-06", "BGDMIL>:150", NULL},
    /* a war's toll counted in thousands is no massacre of a day; an armed group's killing of
     * thousands is */
    {"The civil war in Yemen has killed hundreds of thousands of people since 2015.", "2024-05-06", "", ":20"},
    {"The insurgency killed thousands of civilians in the north.", "2024-05-06", "", ":20"},
    {"Yemeni rebels have killed hundreds of villagers in the province.", "2024-05-06", ":202", NULL},
    {"Tribal violence in the Yemeni province has killed hundreds of people this year.", "2024-05-06", "", ":20"},
    {"The fighting in Yemen has killed more than 300 people since March.", "2024-05-06", "", ":19"},
    {"Fighting on Monday killed 12 Yemeni soldiers near the border.", "2024-05-06", ":190", NULL},
    {"The civil war that grew out of the Yemeni uprising has killed more than 150,000 people.", "2024-05-06", "", ":19"},
    {"Yemeni troops who fought in the war have killed 12 rebels.", "2024-05-06", ":190", NULL},
    /* protest purposes: a strike's aim is the strike's, one act; a shop closure's is a protest */
    {"Chilean dockers went on strike to protest the new port fees.", "2024-05-06", ":1432", ":141"},
    {"Chilean dockers went on strike on Monday.", "2024-05-06", ":143", NULL},
    {"Chilean inmates went on hunger strike to protest their transfer.", "2024-05-06", ":142", ":141"},
    {"Chilean shopkeepers closed their stores to protest against the fuel tax.", "2024-05-06", ":141", NULL},
    {"Chilean students marched through Santiago to protest the new education law.", "2024-05-06", ":1412", NULL},
    /* people rescued from kidnappers: an operation against the captors, no aid */
    {"Nigerian troops rescued 30 kidnapped schoolgirls in Zamfara.", "2024-05-06", "", ":07"},
    {"Nigerian police rescued two hostages from their abductors.", "2024-05-06", "", ":07"},
    {"Nigerian soldiers rescued 200 residents trapped by the floods.", "2024-05-06", ":073", NULL},
    /* a clash between rivals of one kind named once is force between them; a clash of leaders none */
    {"A clash between two rival militias in Misrata left six dead.", "2024-05-06", "REB>:190", NULL},
    {"Clashes between rival militias in Misrata left six dead.", "2024-05-06", "REB>:190", NULL},
    {"The clash between the two Libyan leaders over the budget deepened.", "2024-05-06", "", ":19"},
    /* a disease or a famine kills with no attacker */
    {"Dengue fever has killed 400 people in Nigeria this year.", "2024-05-06", "", ":19"},
    {"Nigerian bandits have killed 40 people in Zamfara this year.", "2024-05-06", "NGACRM>", NULL},
    /* a fire named with an article burned; fire of a named side is shots */
    {"A fire in a Nigerian mosque killed 12 worshippers.", "2024-05-06", "", ":19"},
    {"Nigerian army fire killed two rebels in Borno.", "2024-05-06", ":19", NULL},
    /* troops sent to help the victims of a disaster give aid; sent to help fight, force */
    {"Nigeria deployed troops to help flood victims in Borno.", "2024-05-06", ":073", ":15"},
    {"Nigeria deployed troops to help police fight bandits in Borno.", "2024-05-06", "NGA>", ":073"},
};

static int stage_sink_count(void *user, const truce_event *ev)
{
    (void)ev;
    ++*(int *)user;
    return 0;
}

/* The --explain line of the first event: "event ...: confidence C ( f1 f2 )" */
static void conf_trace(void *user, const char *line)
{
    char *out = user;
    const char *p = strstr(line, "confidence ");
    if (p && !out[0]) {
        snprintf(out, 400, "%s", p + 11);
    }
}

static int conf_sink(void *user, const truce_event *ev)
{
    if (*(double *)user < 0) {
        *(double *)user = ev->confidence;   /* the first event's, as conf_trace */
    }
    return 0;
}

/* data/confidence.tsv gives the kb its weights, and an event's confidence
 * is the logistic of the bias and the weights of the features --explain
 * lists for it. */
static void check_confidence(void)
{
    FILE *f = fopen("data/confidence.tsv", "r");
    CHECK(f != NULL);
    if (!f) {
        return;
    }
    const kb *k = (const kb *)stage_kb();
    char line[200];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char name[64];
        double w;
        if (line[0] == '#' || sscanf(line, "%63s %lf", name, &w) != 2) {
            continue;
        }
        int q = strcmp(name, "bias") == 0 ? 0 : -1;
        for (int j = 0; q < 0 && j < CONF_N; j++) {
            q = strcmp(conf_names[j], name) == 0 ? j + 1 : -1;
        }
        CHECK(q >= 0 && fabs(k->conf_w[q] - w) < 1e-9);
        n++;
    }
    fclose(f);
    CHECK(n == CONF_N + 1);
    char feats[400] = "";
    truce_options o;
    truce_options_default(&o);
    o.trace = conf_trace;
    o.trace_user = feats;
    truce_story st = {0};
    st.id = "c";
    st.id_len = 1;
    st.text = "The Russian government accused Ukraine of sabotage in Crimea.";
    st.text_len = strlen(st.text);
    truce_day_parse("2020-10-02", 10, &st.date);
    truce_coder *c = truce_coder_new(stage_kb(), &o);
    double got = -1;
    size_t ne = 0;
    truce_error err = {0};
    truce_code_story(c, &st, conf_sink, &got, &ne, &err);
    truce_coder_free(c);
    double conf = -1, z = k->conf_w[0];
    int used = 0;
    char *p = strchr(feats, '(');
    CHECK(ne >= 1 && sscanf(feats, "%lf", &conf) == 1 && p != NULL);
    for (char *tok = p ? strtok(p + 1, " )\n") : NULL; tok; tok = strtok(NULL, " )\n")) {
        for (int j = 0; j < CONF_N; j++) {
            if (strcmp(conf_names[j], tok) == 0) {
                z += k->conf_w[j + 1];
                used++;
            }
        }
    }
    CHECK(used >= 1);
    CHECK(fabs(got - 1.0 / (1.0 + exp(-z))) < 1e-9 && fabs(conf - got) < 0.006);
}

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
    /* truce_options.min_confidence leaves out events below it */
    {
        static int seen;
        truce_options o;
        truce_options_default(&o);
        truce_story st = {0};
        st.id = "m";
        st.id_len = 1;
        st.text = "Azerbaijani forces shelled Stepanakert on Thursday.";
        st.text_len = strlen(st.text);
        truce_day_parse("2020-10-02", 10, &st.date);
        size_t n = 0;
        truce_error err = {0};
        double cuts[2] = {0.0, 0.999};
        for (int k = 0; k < 2; k++) {
            o.min_confidence = cuts[k];
            truce_coder *c = truce_coder_new(stage_kb(), &o);
            seen = 0;
            truce_code_story(c, &st, stage_sink_count, &seen, &n, &err);
            CHECK(k == 0 ? n == 1 && seen == 1 : n == 0 && seen == 0);
            truce_coder_free(c);
        }
    }
    check_confidence();
    return STAGE_DONE("senses");
}
