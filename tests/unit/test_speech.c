/* Unit tests for speech.c (and the parts of sentence.c that hand it what
 * is said): who says what, and what the speaker does by saying it. Whole
 * sentences, written here, through every stage; `must` is a substring the
 * events must contain ("" none), `must_not` one they must not contain
 * (NULL none; "" = no event at all). An event is SRC>TGT:CODE@DATE
 * (stage.h). */
#include "stage.h"

#include <string.h>

typedef struct {
    const char *text, *date;
    const char *must, *must_not;
} speech_case;

static const speech_case cases[] = {
    /* sayer and content: the reporting frame's subject is not the agent of
     * the act it reports; a pronoun there stands for the speaker */
    {"Army officials say a militant group has attacked farms near the river.", "2024-05-06", "", "MIL>"},
    {"The Kenyan police said they arrested five Somali smugglers.", "2024-05-06", "KENCOP>", NULL},
    /* fronted phrases: a comma before the speaker ends an opening phrase
     * when what is said follows the verb; "..., X told Reuters." ends a
     * quotation */
    {"After visiting the border, the Turkish defence minister said Syria must withdraw its forces.", "2024-05-06",
     "TURGOV>SYR:10", ":010"},
    {"The Syrian army has shelled the town of Idlib, Turkish officials told Reuters.", "2024-05-06", "SYRMIL>", NULL},
    /* announcements: the speaker's own act (its side: the state it speaks
     * for) is the event, with no plain statement beside it; another's act
     * keeps the statement; a newspaper does not speak for its state */
    {"The Brazilian foreign minister announced that Brazil would send $5 million in aid to Bolivia.", "2024-05-06",
     "BRA>BOL:033", ":010"},
    {"The Brazilian foreign minister said Bolivia would receive $5 million in aid from Argentina.", "2024-05-06",
     "BRAGOV>BOL:010", NULL},
    {"A Brazilian opposition newspaper reported that Brazil will send food aid to Haiti.", "2024-05-06", "BRAMED>", NULL},
    {"The Pakistani army said it killed six militants in a raid.", "2024-05-06", "PAKMIL>", "PAKMIL>:010"},
    /* sayings not yet said: a verb of saying only possible or expected */
    {"The Brazilian president is likely to respond to Bolivia next week.", "2024-05-06", "", ":010"},
    {"The Brazilian president is expected to announce that Brazil will send aid to Bolivia.", "2024-05-06", "", ":03"},
    {"The Brazilian president responded to Bolivia on Monday.", "2024-05-06", "BRAGOV>BOL:010", NULL},
    /* ... attempted or to come: "will try to speak to", "will talk to" */
    {"The Brazilian president will try to speak to his Bolivian counterpart on Friday.", "2024-05-06", "", ":010"},
    {"The Brazilian president will talk to Bolivia about the border next week.", "2024-05-06", "", ":010"},
    {"The Brazilian president spoke to his Bolivian counterpart on Friday.", "2024-05-06", "BRAGOV>BOLGOV:010", NULL},
    /* conditional threats: the speaker's side will or could act if another
     * does: a threat (13x) to the other, not the act, not a statement */
    {"A German diplomat added that sanctions could follow if Serbia recognised the breakaway region.", "2024-05-06",
     "DEUGOV>SRB:1312", ":010"},
    {"\"If Mexico does not stop the flow of migrants, we will impose tariffs on its cars,\" the American president said.",
     "2024-05-06", "USAGOV>MEX:13", ":010"},
    {"The French minister said sanctions were imposed on Syria last year.", "2024-05-06", "", ":13"},
    /* what the other "must" do if a condition holds is asked of it, no
     * threat of the speaker's; what "we must" do is one */
    {"\"If the Taliban are sincere, then they must stop attacking Afghan civilians,\" the Afghan defense minister said.",
     "2024-05-06", "", ":138"},
    {"\"If al-Shabab attacks our cities, we must strike back hard,\" the Somali defense minister said.", "2024-05-06",
     "SOMGOV>SOMREB:138", ":010"},
    /* the condition ends at the comma after its verb, not at a comma of
     * its subject's adjectives */
    {"\"If other unfair, long standing tariffs are not dropped by Mexico, I will double the tariffs on cars coming "
     "into the U.S.,\" the American president said.", "2024-05-06", "USAGOV>MEX:13", "USAGOV>USA:13"},
    {"\"If Mexico, as it promised, stops the flow of migrants, we will lift the tariffs,\" the American president said.",
     "2024-05-06", "", ":13"},
    /* accusations: saying another defies (112) or took part in a crime
     * (1121); not a crime word as the topic of a fight or an issue */
    {"The Canadian ambassador said Venezuela is openly defying the Organization of American States.", "2024-05-06",
     "CANGOV>VEN:112", "VEN>IGOOAS"},
    {"The Canadian ambassador said Venezuela is \xe2\x80\x9copenly\xe2\x80\x9d defying the Organization of American States.",
     "2024-05-06", "CANGOV>VEN:112", ":010"},
    {"The British ambassador said the Zambian finance minister took bribes from a mining firm.", "2024-05-06",
     "GBRGOV>ZMBGOV:1121", ":010"},
    {"The British ambassador said Zambia is serious about the fight against corruption.", "2024-05-06", "GBRGOV>ZMB:010",
     ":112"},
    /* addressees: what is told to an actor and names no one is a
     * statement to it; not to the media it is told through */
    {"The Botswana environment minister told the Botswana parliament on Thursday that hunting earned millions.",
     "2024-05-06", "BWAGOV>BWALEG:010", ":111"},
    {"\"The situation is catastrophic,\" the Kenyan foreign minister told the U.N. Security Council.", "2024-05-06",
     "KENGOV>IGOUNO:010", ":111"},
    {"The Kenyan foreign minister told Reuters that the talks were going well.", "2024-05-06", "", ":010"},
    {"The Kenyan foreign minister told the U.N. Security Council that the situation is unacceptable.", "2024-05-06",
     "KENGOV>IGOUNO:010", ":111"},
    /* judgments: calling another's act a mistake, a betrayal is a
     * criticism; "not a mistake" is none */
    {"The German foreign minister said Russia's decision was a serious mistake.", "2024-05-06", "DEUGOV>RUS:111",
     ":010"},
    {"The German foreign minister said Russia's move was not a mistake.", "2024-05-06", "DEUGOV>RUS:010", ":111"},
    {"A Taliban spokesman said the U.N. envoy's reports were biased and detrimental to Afghanistan.", "2024-05-06",
     ">IGOUNO:111", NULL},
    /* blame: saying another is responsible for a harm, behind it or to
     * blame for it accuses (112); responsible for a duty, or not behind
     * it, is a plain statement */
    {"The Russian foreign minister said Ukraine was behind the attack on the concert hall.", "2024-05-06",
     "RUSGOV>UKR:112", ":010"},
    {"The Kenyan minister said Somalia was responsible for the deaths of the soldiers.", "2024-05-06",
     "KENGOV>SOM:112", ":010"},
    {"The Kenyan minister said Somalia was responsible for security at the border.", "2024-05-06", "KENGOV>SOM:010",
     ":112"},
    {"The Russian foreign minister said Ukraine was not behind the attack.", "2024-05-06", "RUSGOV>UKR:010", ":112"},
    {"The Pakistani foreign minister said India bears responsibility for the attack.", "2024-05-06", "PAKGOV>IND:112",
     ":010"},
    /* demands: "(now) is (not) the time for Y to V" asks Y to act, or not
     * to; "there was no time for Y to V" asks nothing */
    {"\"Now is not the time for the European Union to lift sanctions on Syria,\" the British foreign secretary said.",
     "2024-05-06", "GBRGOV>IGOEUREEC:100", ":010"},
    {"The French foreign minister said there was no time for Iran to rebuild its army.", "2024-05-06", "", ":10"},
    {"The French foreign minister said it was the first time for Iran to rebuild its army.", "2024-05-06", "", ":10"},
    /* ... what an office holder says his own country must do is urged: an appeal, no demand;
     * another country, or the opposition of its own government, is asked to */
    {"A senior Spanish lawmaker said Spain must be ready to send warships to the Red Sea.", "2024-05-06",
     "ESPLEG>ESP:020", ":10"},
    {"A senior Spanish lawmaker said Morocco must withdraw its troops from the border.", "2024-05-06", "ESPLEG>MAR:10",
     ":020"},
    {"The Spanish opposition leader said Spain must hold new elections.", "2024-05-06", ":10", ":020"},
    /* announced appeals: the speaker's side saying it will appeal to
     * another appeals (02x), no plain statement; another's appeal
     * foretold by an onlooker, or one only possible, is none */
    {"The Spanish prime minister said he would urge the European Commission to reconsider the tariffs.", "2024-05-06",
     "ESPGOV>IGOEUREEC:02", ":010"},
    {"A Spanish analyst said the prime minister would urge the European Commission to reconsider the tariffs.",
     "2024-05-06", "", ":02"},
    {"The Spanish prime minister said he might urge the European Commission to reconsider the tariffs.", "2024-05-06",
     "", ":02"},
    /* saying another suppresses rights or represses (1721, 175) is a
     * criticism; not when denied, nor a ban reported by the one banned */
    {"The American spokesperson said China suppresses fundamental freedoms in Hong Kong.", "2024-05-06",
     "USAGOV>CHN:111", "USAGOV>CHN:010"},
    {"The American spokesperson said China does not suppress fundamental freedoms in Hong Kong.", "2024-05-06", "",
     ":111"},
    {"The UN rapporteur said the Taliban had barred him from entering Afghanistan.", "2024-05-06", "", ":111"},
    /* a warning that another's conduct is dangerous or illegal is a
     * criticism; a warning of a future act stays a warning */
    {"Japan warned that the military pact between China and Fiji is dangerous and illegal.", "2024-05-06", "JPN>CHN:111",
     ":130"},
    {"Japan warned that China will deploy troops to Fiji.", "2024-05-06", "JPN>CHN:130", ":111"},
    /* charges: what prosecutors say another did is no event of its own */
    {"Federal prosecutors said Iran hired two gangsters to attack a dissident in Paris.", "2024-05-06", "", "IRN>"},
    /* what one is accused of is the accusation's, no act of its own */
    {"Two Iranian agents were accused of planning to kidnap a journalist.", "2024-05-06", "", ":13"},
    {"Russia accused Ukraine of shelling the nuclear plant.", "2024-05-06", "RUS>UKR:112", "UKR>"},
    /* what '..., X alleged' closes is alleged, no act of its own; not an
     * act with "alleged" as an adjective, nor one before "X accused Y of" */
    {"\"The rebels have violated the truce and killed many civilians,\" the Sudanese army alleged in a statement.",
     "2024-05-06", "SDNMIL>:112", "REB>"},
    {"Russia expelled Polish diplomats over their alleged participation in a protest.", "2024-05-06", "RUS>", NULL},
    {"The Kenyan army shelled a rebel camp, after the Somali president accused Kenyan troops of war crimes.",
     "2024-05-06", "KENMIL>", NULL},
    /* senses of saying: a pattern of words after the head ("=charge that",
     * "=conclude that", "=issue * statement") is a verb of saying in that
     * sense only, not in every use of its verb (kb.c) */
    {"The Kenyan opposition charged that the vote was rigged.", "2024-05-06", "KENOPP>:112", ":173"},
    {"Ethiopia charged that Eritrean troops killed 12 civilians.", "2024-05-06", "ETH>ERIMIL:112", "ERIMIL>"},
    {"Kenyan police charged five Somali smugglers in Mombasa.", "2024-05-06", "KENCOP>SOMCRM:173", ":112"},
    {"A UN inquiry concluded that the Ethiopian army must stop attacks on civilians.", "2024-05-06",
     "IGOUNO>ETHMIL:10", ":010"},
    {"Ethiopia concluded a peace deal with Eritrea.", "2024-05-06", "ETH>ERI:057", ":010"},
    {"A Kenyan court ruled that the Kenyan government must release the opposition leader.", "2024-05-06",
     "KENJUD>KENGOV:105", NULL},
    {"Kenyan police found the bodies of 12 Somali fishermen.", "2024-05-06", "", ":010"},
    /* "released" is a verb of saying with a statement only: ", saying ..."
     * after a release is the releaser's own statement */
    {"Hamas released 20 Israeli hostages on Monday, saying Israel must end the war.", "2024-05-06",
     "PSEREBHMS>ISR:10", NULL},
    /* quoted content ends with its quotation: what follows is not said */
    {"Beijing always says that \"We never interfere,\" and yet Russia has invaded Ukraine.", "2024-05-06", "", "CHN>RUS"},
    {"Beijing always says that Russia has invaded Ukraine.", "2024-05-06", "CHN", NULL},
    /* addressee: the first one told; "told reporters during a news
     * conference with X" was not told to X; must keep "told Uganda" */
    {"\"We are ready,\" Kenyan President Jane Roe told reporters during a news conference with Ugandan Foreign "
     "Minister John Doe.", "2023-06-12", "", ">UGAGOV:010"},
    {"\"We are ready,\" Kenyan President William Ruto told Uganda on Monday.", "2023-06-12", "KENGOV>UGA:010", NULL},
    /* a verb of saying that closes its sentence ("..., charged the PKK.")
     * reports; its accusation is aimed at the doer of what it reports,
     * whose act is alleged; "police charged the leader" charges him */
    {"Peruvian troops burned several villages in the north, charged the Shining Path, which is fighting for a "
     "homeland.", "2024-05-06", "PERREB>PERMIL:112", ":19"},
    {"Peruvian troops burned several villages in the north, the Bolivian government charged.", "2024-05-06",
     "BOLGOV>PERMIL:112", NULL},
    {"The Bolivian government charged that Peruvian troops burned several villages.", "2024-05-06",
     "BOLGOV>PERMIL:112", NULL},
    {"Peruvian police charged the rebel leader.", "2024-05-06", "PERCOP>", ":112"},
    /* findings: what an inquiry or a government finds another did by
     * force or by arming others accuses it (112); a finding of aid does not */
    {"A U.N. panel concluded that Eritrea supplied weapons to the Somali rebels.", "2024-05-06", "IGOUNO>ERI:112",
     NULL},
    {"The Peruvian defense ministry has assessed that Bolivia shipped artillery shells to the rebels.", "2024-05-06",
     ">BOL:112", NULL},
    {"A U.N. panel concluded that Eritrea sent food aid to Somalia.", "2024-05-06", "", ":112"},
    /* moods: another's state of mind as the speaker tells it is no act of
     * the other's; the speaker's side's own mood is (sentence.c) */
    {"A Swedish historian told the BBC that Chile and Peru are concerned about Bolivian ambitions.", "2024-05-06", "",
     ":012"},
    {"Jane Roe, a fellow at a Chilean think tank, told VOA that Peru is concerned about Bolivian ambitions.",
     "2024-05-06", "", "PER>BOL:012"},
    {"The Peruvian foreign minister said Chile was concerned about Bolivian ambitions.", "2024-05-06", "", ":012"},
    {"The Peruvian foreign minister said Peru was concerned about Bolivian ambitions.", "2024-05-06", "PER>BOL:012",
     NULL},
    {"Peru is concerned about Bolivian ambitions, the Peruvian foreign minister said.", "2024-05-06", "PER>BOL:012",
     NULL},
    /* judgments of an act: "Y's act (of its phrase) is|was a [adjective]
     * violation, mistake, threat, step backwards" criticises Y; not when
     * negated, nor another's saying inside it, nor a word after a
     * preposition */
    {"The Iranian foreign minister said Israel's strike on the consulate in Damascus was a flagrant violation of the law.",
     "2024-05-06", "IRNGOV>ISR:111", ">ISR:010"},
    {"The Polish prime minister said Russia's plan to deploy nuclear missiles in Belarus is a threat to Europe.",
     "2024-05-06", "POLGOV>RUS:111", ">RUS:010"},
    {"The German chancellor said Hungary's veto of the aid package for Ukraine was a step backwards.", "2024-05-06",
     "DEUGOV>HUN:111", NULL},
    {"The German chancellor said Hungary's veto of the aid package for Ukraine was not a serious mistake.",
     "2024-05-06", "", ":111"},
    {"The German chancellor said Hungary's envoy argued the proposal was a serious mistake.", "2024-05-06", "",
     ">HUN:111"},
    {"The German chancellor said Hungary's veto of the package was a response to the illegal tariffs.", "2024-05-06",
     "", ">HUN:111"},
    /* "told|reminded Y that it|they must V": the pronoun stands for the one
     * told, who is asked to act (10x); not "would" (no demand), not "we",
     * nor when it is asked not to act */
    {"The American ambassador told Iran that it must stop enriching uranium.", "2024-05-06", "USAGOV>IRN:10",
     ">IRN:010"},
    {"Washington reminded Tehran that it must comply with the resolution.", "2024-05-06", "USAGOV>IRNGOV:105", NULL},
    {"The American ambassador told Iran that it would respond.", "2024-05-06", "", ":10"},
    {"The American ambassador told Iran that we must end the war.", "2024-05-06", "", ">IRN:10"},
    {"The American ambassador told Iran that it should not attack Israel.", "2024-05-06", "", ":10"},
    /* ruled out: "said Z is out of the question | off the table | not on
     * the agenda" rejects Z (12x, by Z's pattern); "not out of the
     * question" is a possibility, no rejection */
    {"The French president said lifting sanctions on Iran was out of the question.", "2024-05-06",
     "FRAGOV>IRN:12", ":010"},
    {"Greece said on Tuesday that any deal with Turkey was off the table.", "2024-05-06", "GRC>TUR:12", ":010"},
    {"The French president said lifting sanctions on Iran was not out of the question.", "2024-05-06", "",
     ":12"},
    /* talks must go on: "said talks with Y must continue" is the speaker's
     * intent to negotiate with Y (036); not when they must not */
    {"The Spanish prime minister said on Monday that negotiations with Morocco must continue.", "2024-05-06",
     "ESPGOV>MAR:036", ":010"},
    {"The Spanish prime minister said negotiations with Morocco should not continue.", "2024-05-06", "", ":036"},
    {"The Spanish prime minister said negotiations with Morocco had failed.", "2024-05-06", "", ":036"},
    /* praise of an act: "Y's act was a positive step | welcome | an
     * important step" (051); not when negated */
    {"The Kenyan president said Ethiopia's decision to free the prisoners was a positive step.", "2024-05-06",
     "KENGOV>ETH:051", ">ETH:010"},
    {"The Kenyan president said Ethiopia's offer to host the talks was an important step toward peace.",
     "2024-05-06", "KENGOV>ETH:051", NULL},
    {"The Kenyan president said Ethiopia's decision to free the prisoners was not a positive step.", "2024-05-06",
     "", ":051"},
    /* a price held out: "Y will pay a (heavy) price | pay dearly | would
     * regret it" said by a state is its threat (130); not negated, not an
     * analyst's forecast, not "pay compensation" */
    {"The Iranian foreign minister said Israel will pay a heavy price for the assassination.", "2024-05-06",
     "IRNGOV>ISR:130", ":010"},
    {"The Iranian foreign minister said Israel would regret the assassination.", "2024-05-06", "IRNGOV>ISR:130",
     NULL},
    {"The Iranian foreign minister said Israel will not pay a price.", "2024-05-06", "", ":130"},
    {"A Russian analyst said Israel would pay a heavy price.", "2024-05-06", "", ":130"},
    {"The Kenyan foreign minister said Somalia will pay the salaries of the soldiers.", "2024-05-06", "", ":130"},
    /* ... "will pay for this" (the deed, no bill), also in a second
     * predicate of the clause after "and"; not "pay for it with loans" */
    {"The Armenian defense minister said Baku would pay for this.", "2024-05-06", "ARMGOV>AZEGOV:130", NULL},
    {"The Armenian defense minister said Azerbaijan had crossed a red line and \"will pay for it.\"", "2024-05-06",
     "ARMGOV>AZE:130", NULL},
    {"The Armenian defense minister said France would pay for it with new credits.", "2024-05-06", "", ":130"},
    /* "bore responsibility" at the end of what is said blames too, and
     * claims nothing of Y's */
    {"The Iraqi prime minister told reporters that Turkey bore responsibility.", "2024-05-06", "IRQGOV>TUR:112",
     "TUR>:015"},
    {"The Iraqi prime minister said Turkey bore no responsibility.", "2024-05-06", "", ":112"},
    /* stoking strife is blamed on Y (112): "was escalating tensions",
     * "is fuelling violence"; not "could escalate tensions" */
    {"The Indian foreign ministry said Pakistan was fuelling violence in Kashmir.", "2024-05-06", "INDGOV>PAK:112",
     NULL},
    {"The Indian foreign ministry said Pakistan could escalate tensions in Kashmir.", "2024-05-06", "", ":112"},
    /* ... or obstructing peace: "was undermining the peace talks", whose
     * act is the blame's, no event of its own */
    {"The Qatari foreign minister said Israel was undermining the peace talks.", "2024-05-06", "QATGOV>ISR:112",
     "ISR>:16"},
    {"The Qatari foreign minister said Israel was supporting the peace talks.", "2024-05-06", "", ":112"},
    /* ... or another side plotting harm: "was preparing a new attack"; not
     * one's own forces, nor a proposal */
    {"The Georgian foreign ministry said Russia was preparing a new provocation.", "2024-05-06", "GEOGOV>RUS:112",
     NULL},
    {"The Georgian foreign ministry said Georgian troops were preparing a new offensive.", "2024-05-06", "",
     ":112"},
    {"The Georgian foreign ministry said Russia was preparing a proposal on the border.", "2024-05-06", "", ":112"},
    /* ... or using people as a weapon or shields */
    {"The Latvian interior minister said Belarus was using migrants as a weapon.", "2024-05-06", "LVAGOV>BLR",
     ":010"},
    {"The Latvian interior minister said Belarus was using new drones along the border.", "2024-05-06", "", ":112"},
    /* responsible for sabotage, attacks, violence: blame */
    {"Latvian officials said Russia was responsible for the sabotage.", "2024-05-06", ">RUS:112", NULL},
    /* the judgment of another's act in quotation marks */
    {"The Latvian foreign ministry said Russia's decision to close the border was \"reckless and selfish.\"",
     "2024-05-06", "LVAGOV>RUS:111", NULL},
    /* "Y will be destroyed | punished" held out by the other side: a threat */
    {"The Israeli defense minister said Hezbollah would be destroyed.", "2024-05-06", "ISRGOV>LBNREBHEZ:130", NULL},
    {"The Israeli defense minister said Hezbollah would be invited.", "2024-05-06", "", ":130"},
    /* a name of contempt after the copula is a criticism (grammar.tsv critical) */
    {"The Georgian foreign ministry said the Russian president was a warmonger.", "2024-05-06", "GEOGOV>RUSGOV:111",
     NULL},
    {"The Georgian foreign ministry said the Russian president was a guest.", "2024-05-06", "", ":111"},
    /* coordinated verbs of saying: "said Y was ... and warned that ...":
     * the warning is the speaker's, reporting its own clause */
    {"The Armenian prime minister said Azerbaijan was stoking tensions and warned that Armenia would not stand by.",
     "2024-05-06", "ARMGOV>AZE:112", NULL},
    {"The Armenian prime minister said Azerbaijan was stoking tensions and warned that Armenia would not stand by.",
     "2024-05-06", "ARMGOV>:130", NULL},
    /* warnings of the speaker's own act: its side will use force or will
     * not let it pass (130, no one named); not a forecast, nor its plight */
    {"The Greek defence minister warned that Athens would respond.", "2024-05-06", "GRCGOV>:130", NULL},
    {"The Greek defence minister warned that Greece will not tolerate any violation.", "2024-05-06", "GRCGOV>:130",
     NULL},
    /* ... said, not warned: resolve must show ("respond firmly", "to any",
     * "will not tolerate"); not "will respond to the letter" */
    {"\"Our forces will respond decisively to any attack,\" the Greek defence minister said.", "2024-05-06",
     "GRCGOV>:130", NULL},
    {"The Greek defence minister said Athens would not tolerate any violation.", "2024-05-06", "GRCGOV>:130", NULL},
    {"The Greek defence ministry said it would respond to the letter next week.", "2024-05-06", "", ":130"},
    {"The Greek defence minister warned that the economy would shrink.", "2024-05-06", "", ":130"},
    {"The Greek defence minister warned that Greece would run out of money.", "2024-05-06", "", ":130"},
    {"The Greek defence minister warned that Greece would not be able to pay.", "2024-05-06", "", ":130"},
    /* "Y made a (grave) mistake | committed an error": a criticism (111);
     * not "made no mistake", not "made progress" */
    {"The Greek foreign minister said Ankara had made a serious mistake in Cyprus.", "2024-05-06", "GRCGOV>TURGOV:111",
     NULL},
    {"The Greek foreign minister said Turkey committed a \"historic blunder.\"", "2024-05-06", "GRCGOV>TUR:111",
     NULL},
    {"The Greek foreign minister said Ankara had made no mistake in Cyprus.", "2024-05-06", "", ":111"},
    {"The Greek foreign minister said Ankara had made some progress on the migrant deal.", "2024-05-06", "", ":111"},
    /* blame with a degree: "bears full responsibility for" (112); no claim
     * of responsibility of the one blamed */
    {"The German chancellor said Russia bears full responsibility for the war.", "2024-05-06", "DEUGOV>RUS:112",
     "RUS>:015"},
    {"The Iranian foreign minister said Israel's strike on the embassy constitutes a flagrant violation of the law.",
     "2024-05-06", "IRNGOV>ISR:111", ">ISR:010"},
    {"The Iranian foreign minister said Israel's strike on the embassy amounts to a war crime.", "2024-05-06",
     "IRNGOV>ISR:111", ">ISR:010"},
    /* a response held out: "any attack by Y would be met with a response"
     * said by a state is its threat to Y (130); not when it would not be */
    {"The Iranian foreign minister said any Israeli attack would be met with a decisive response.", "2024-05-06",
     "IRNGOV>ISR:130", ":010"},
    {"The Iranian foreign minister said Israel's attack was met with silence.", "2024-05-06", "", ":130"},
    /* "is lying", "were groundless": criticism words too */
    {"The Russian foreign ministry said Ukraine was lying about the attack.", "2024-05-06", "RUSGOV>UKR:111", NULL},
    {"The French president issued a stern reminder on Saturday to Iraq that it must cooperate with the inspectors.",
     "2024-05-06", "FRAGOV>IRQ:10", NULL},
    {"The Iranian army chief said Iran was ready to respond to any aggression by Israel.", "2024-05-06",
     ">ISR:130", NULL},
    {"The Iranian army chief said Iran would not respond to any aggression by Israel.", "2024-05-06", "", ":130"},
    {"The Venezuelan president said that lifting sanctions on Colombia is out of question.", "2024-05-06",
     "VENGOV>COL:12", NULL},
    /* praise of a role, praise asked for: "Y played a constructive | key
     * role in the talks" and "Y should be commended for" praise Y (051); a
     * key role in an attack does not, nor "should be punished" */
    {"The Kenyan president said Ethiopia had played a constructive role in the peace talks.", "2024-05-06",
     "KENGOV>ETH:051", ":010"},
    {"The Kenyan president said Ethiopia played a key role in the attack on the border post.", "2024-05-06", "",
     ":051"},
    {"The Kenyan president said Ethiopia should be commended for its efforts.", "2024-05-06", "KENGOV>ETH:051",
     ":10"},
    {"The Kenyan president said Ethiopia should be punished for the attack.", "2024-05-06", "KENGOV>ETH:10",
     ":051"},
    /* a right denied: "Y has no right to V" criticises Y; "every right" does not */
    {"The Chinese foreign ministry said Japan had no right to interfere in the dispute.", "2024-05-06",
     "CHNGOV>JPN:111", NULL},
    {"The Chinese foreign ministry said Japan had every right to defend itself.", "2024-05-06", "", ":111"},
    /* time phrases: an actor in a time phrase naming an event ("ahead of a
     * meeting of the Council", "before Tuesday's meeting of X") is no party
     * a statement is said to or about; one spoken to right after the verb
     * is */
    {"The U.S. ambassador spoke ahead of a meeting of the U.N. Security Council requested by France.", "2024-05-06", "",
     ">IGOUNO"},
    {"The U.S. ambassador spoke to Russia's foreign minister before a meeting of the Syria contact group, but Syrian "
     "officials rejected the plan.", "2024-05-06", "USAGOV>RUSGOV:010", "USAGOV>SYR"},
    {"The French minister said on the sidelines of a summit with Iran that the talks had failed.", "2024-05-06", "",
     ">IRN"},
    {"The Japanese minister said during a visit to Beijing that China must release the detained workers.", "2024-05-06",
     "JPNGOV>CHN", NULL},
    {"The talks had failed, the French president said on Monday ahead of a summit with Iran.", "2024-05-06", "", ">IRN"},
    {"The talks had failed, the French president said in a statement before the visit of the Chinese president.",
     "2024-05-06", "", ">CHN"},
    {"The talks had failed, the French president told Iran after a meeting in Paris.", "2024-05-06", "FRAGOV>IRN:010",
     NULL},
    /* things, no parties: the origin of goods bought (unless sold to
     * another named), territory ceded or given up, a supplier the speaker
     * may turn to */
    {"Analysts say a purchase of Russian jets will have consequences for the alliance.", "2024-05-06", "", ">RUS"},
    {"Chinese officials said the sale of U.S. weapons to Taiwan threatens peace.", "2024-05-06", "CHNGOV>USA", NULL},
    {"British media reported that Britain will cede sovereignty of the Chagos Islands and lease back Diego Garcia.",
     "2024-05-06", "", ">IOT"},
    {"Mauritius argues it was forced to give up the Chagos Islands in 1968.", "2024-05-06", "", ">IOT"},
    {"Ankara is warning it could turn to Russia's fighter jets as an alternative.", "2024-05-06", "", ">RUS"},
    {"The Turkish minister warned that Russia will pay a price for the attack.", "2024-05-06", "TURGOV>RUS", NULL},
    /* demands: what another should be (a noun or place phrase after "be")
     * is no act asked of it; what it should be made or do is */
    {"The Russian minister said the Kazakh capital of Astana should be the venue for the talks.", "2024-05-06", "",
     ":100"},
    {"The Syrian president said all of Lebanon should be under Lebanese state authority.", "2024-05-06", "", ":100"},
    {"The U.S. envoy said Iran must be more transparent.", "2024-05-06", "USAGOV>IRN:100", NULL},
    {"The French minister said Iran should be held accountable for the attack.", "2024-05-06", "FRAGOV>IRN:10", NULL},
    {"As the Palestinian minister spoke, dozens of Cuban exiles demonstrated outside the embassy.", "2024-05-06", "",
     "PSEGOV>"},
    {"The U.S. president spoke at length about North Korea on Monday.", "2024-05-06", "USAGOV>PRK:010", NULL},
    {"The Japanese prime minister has spoken openly about the security challenges China poses to Japan.", "2024-05-06",
     "JPNGOV>CHN:010", NULL},
    /* nouns of saying: "a UN report" names a document; no one reports */
    {"Palestinian refugees demonstrated to protest a UN report which rejected charges that Israel committed "
     "massacres in the camp.", "2024-05-06", "", ">ISR:112"},
    {"The Americans report that Iran has enriched uranium.", "2024-05-06", "USA>IRN:010", NULL},
};

int main(void)
{
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const speech_case *sc = &cases[k];
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
    return STAGE_DONE("speech");
}
