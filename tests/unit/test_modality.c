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

/* Does `word` give a threat (13x) for pcode? */
static bool own_possible_code(const char *text, const char *word, const char *pcode)
{
    const char *r = applied(text, word, pcode);
    return strncmp(r, "13", 2) == 0;
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
    /* a conflictual act announced for the future by its doer is a threat;
     * the story's own forecast is none (see voiced futures below) */
    CHECK(strcmp(applied("Russia said it will attack Ukraine.", "attack", "190"), "1384") == 0);
    CHECK(applied("Russia will attack Ukraine.", "attack", "190")[0] == 0);
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
    /* likely, probably: a forecast, no event; an act said plainly is one */
    CHECK(applied("The tribunal is likely to convict the opposition leader.", "convict", "173")[0] == 0);
    CHECK(applied("Spain will probably expand its trade with Chile.", "expand", "061")[0] == 0);
    CHECK(strcmp(applied("The tribunal convicted the opposition leader.", "convicted", "173"), "173") == 0);
    /* "is preparing to launch"; "under pressure to resign"; a trip "in a
     * move to strengthen ties" (the noun's purpose) */
    CHECK(applied("The Thai premier is expected to visit Laos in June, in a move to strengthen regional ties.",
                  "strengthen", "050")[0] == 0);
    CHECK(applied("Iran appears to be preparing to launch a satellite.", "launch", "150")[0] == 0);
    CHECK(applied("The mayor has been under pressure to resign.", "resign", "0831")[0] == 0);
    CHECK(strcmp(applied("The mayor resigned under pressure.", "resigned", "0831"), "0831") == 0);
    /* beliefs: what is believed, hoped or thought is no act; "hopes to"
     * is its subject's own intent; "suspected militants" is an adjective */
    CHECK(group_of("Farmers believe the rebels have left the valley.", "left").possible);
    CHECK(applied("He hopes the United States and Mexico can coordinate their efforts.", "coordinate", "050")[0] == 0);
    CHECK(applied("There is little reason to think that Putin and Macron will meet soon.", "meet", "040")[0] == 0);
    CHECK(strcmp(applied("Chile hopes to meet Peru.", "meet", "040"), "036") == 0);
    CHECK(!group_of("Suspected militants attacked a police post.", "attacked").possible);
    /* acts held back: "from" V-ing after a verb of stopping, "stopped short of" V-ing; not a later verb */
    CHECK(group_of("Chile tried to stop its citizens from going to fight in Peru.", "fight").possible);
    CHECK(group_of("Peru barred its soldiers from going to fight in Chile.", "fight").possible);
    CHECK(!group_of("Chilean troops returned from patrolling the border and attacked the town.", "attacked").possible);
    CHECK(!group_of("Police stopped him from entering before he detonated the bomb.", "detonated").possible);
    /* ... a participle of belief trailing a clause: "thinking they had been invaded" */
    CHECK(group_of("Villagers ran to the hills, thinking they had been invaded.", "invaded").possible);
    CHECK(group_of("Villagers ran to the hills, fearing the army would attack them.", "attack").possible);
    CHECK(!group_of("Villagers ran to the hills after the army attacked them.", "attacked").possible);
    /* readings and charges: analysts' readings, court papers, "allegedly",
     * "seen as"; not an expert's own view */
    CHECK(group_of("Analysts point out that Chile backs the new base.", "backs").possible);
    CHECK(group_of("According to analysts, Peru wants to deepen ties with Chile.", "deepen").possible);
    CHECK(group_of("Iranian agents allegedly offered money to the guards, according to court documents.", "offered").possible);
    CHECK(group_of("Moscow is courting Ankara in a move widely seen as attempting to split NATO.", "attempting").possible ||
          group_of("Moscow is courting Ankara in a move widely seen as attempting to split NATO.", "split").possible);
    CHECK(!group_of("In what was described as a surprise, Chile recalled its envoy.", "recalled").possible);
    CHECK(!group_of("A Chilean expert says he is worried that Peru will close the border.", "says").possible);
    /* "have to" after a modal: needed, not done; "had to" was done; "we
     * have to ask" is the speaker's own act */
    CHECK(group_of("If talks fail, Japan will have to take steps to defend itself.", "take").obligation);
    CHECK(!group_of("Thousands had to flee the town.", "flee").obligation);
    CHECK(!group_of("We have to ask European countries for help.", "ask").obligation);
    /* an object with "no": nothing was given; not "had no comment" nor a
     * verb of saying */
    CHECK(group_of("The spokesman offered no evidence for the claim.", "offered").negated);
    CHECK(!group_of("The ministry had no comment on the report.", "had").negated);
    CHECK(!group_of("The army said no soldiers were hurt.", "said").negated);
    /* a general comparative ("the more X does, the more ...") is no act */
    CHECK(group_of("The more Russia threatens Moldova, the more aid Europe sends.", "threatens").possible);
    /* an infinitive of a noun is its purpose, even after a modal; an
     * intent noun of the phrase governs it */
    CHECK(applied("Peru would support a planned deal between Chile and Bolivia to hand over the port.", "hand", "0331")[0] == 0);
    CHECK(strcmp(applied("I reiterate my willingness and readiness to travel to Lima.", "travel", "042"), "036") == 0);
    /* a name's capitalised word does not close the group: "demanded that
     * the United States recognise" is demanded, not done */
    CHECK(group_of("Palestinians demanded that the United States recognise their state.", "recognise").obligation);
    /* a coordinated clause with its own subject has its own modality; a
     * coordinated verb shares its group's */
    CHECK(group_of("The envoy should keep the offer open, and continue to meet Chilean officials.", "meet").obligation);
    CHECK(!group_of("The mayor has been under pressure to quit, and some have urged him to cut ties.", "urged").planned);
    /* an adverb in quotation marks stays in the verb group */
    CHECK(group_of("Iran is \"flagrantly\" defying the Council.", "defying").verb);
    /* own possibilities: a conflictual act the speaker says it could do is a
     * threat; another's possible act, a belief, a cooperative one: nothing */
    CHECK(own_possible_code("Greece hinted that it could retaliate against Turkey.", "retaliate", "170"));
    CHECK(own_possible_code("Greece said it may impose sanctions on Turkey.", "impose", "163"));
    CHECK(!own_possible_code("Greece said Turkey could impose sanctions on Cyprus.", "impose", "163"));
    CHECK(!own_possible_code("Greece believes it could impose sanctions on Turkey.", "impose", "163"));
    CHECK(!own_possible_code("Greece said it could send aid to Turkey.", "send", "070"));
    CHECK(!own_possible_code("Greece said it could not retaliate against Turkey.", "retaliate", "170"));
    /* documents that act: an -ing verb after an issued document is the issuer's act */
    CHECK(group_of("Amnesty issued a statement urging Chile to free the activists.", "urging").verb);
    CHECK(group_of("Amnesty released a long report accusing Chile of abuses.", "accusing").verb);
    CHECK(!group_of("Chile welcomed a report accusing Peru of abuses.", "accusing").verb);
    CHECK(!group_of("Chile read the statement accusing Peru of abuses.", "accusing").verb);
    /* -s nouns: the subject of a modal or auxiliary, the object of a verb after an actor */
    CHECK(!group_of("Under the deal, U.N. sanctions can return if Chile cheats.", "sanctions").verb);
    CHECK(!group_of("Past attacks were claimed by rebels.", "attacks").verb);
    CHECK(group_of("A war that Germany fears could break out.", "fears").verb);
    CHECK(!group_of("Chile will lift EU sanctions on Peru.", "sanctions").verb);
    CHECK(group_of("The United States sanctions Iranian officials.", "sanctions").verb);
    CHECK(group_of("Trump said Iran attacks ships in the Gulf.", "attacks").verb);
    /* topics: "negotiations on ceding" is no act, "insisted on ceding" is one */
    CHECK(!group_of("Chile held negotiations on ceding the islands.", "ceding").verb);
    CHECK(group_of("Chile insisted on ceding the islands.", "ceding").verb);
    CHECK(!group_of("Negotiations between Chile and Peru on ceding the islands went on.", "ceding").verb);
    CHECK(group_of("Chile insisted on Monday on ceding the islands.", "ceding").verb);
    /* participles of a preposition's object describe it; a subject's participle is its verb */
    CHECK(!group_of("Churches held prayers for Peruvians injured in clashes with Bolivian police.", "injured").verb);
    CHECK(group_of("A first group of Peruvian troops arrived in Bolivia on Monday.", "arrived").verb);
    /* ... with "from" or "into" after it too ("goods imported from"), but
     * not after a verb of saying, whose clause the noun may open */
    CHECK(!group_of("Canada raised duties on steel shipped from Mexico.", "shipped").verb);
    CHECK(!group_of("Customs officers found cocaine in bananas smuggled into the port.", "smuggled").verb);
    CHECK(group_of("Canada shipped steel from Mexico.", "shipped").verb);
    CHECK(group_of("The mayor said soldiers in the north moved into the city.", "moved").verb);
    CHECK(group_of("Police raided the warehouse, and the smugglers escaped into the hills.", "escaped").verb);
    /* wanted of another: the infinitive is no act of its object's */
    CHECK(group_of("Kenya wants Somalia to withdraw its troops.", "withdraw").wanted);
    CHECK(!group_of("Kenya wants to withdraw its troops.", "withdraw").wanted);
    /* descriptive participles: a standing relation in an aside, what one is taken to be */
    CHECK(!group_of("The Malian army, backed by Russian mercenaries, attacked the town.", "backed").verb);
    CHECK(group_of("Russia backed the Malian army in the offensive.", "backed").verb);
    CHECK(!group_of("Gunmen suspected to be jihadists attacked the village.", "suspected").verb);
    CHECK(group_of("Mali suspected the jihadists of the attack.", "suspected").verb);
    /* an -s form before "of" is a noun, but for the few verbs that take it */
    CHECK(!group_of("Rebels shelled the villages and positions of government troops.", "positions").verb);
    CHECK(group_of("Iran warns of a harsh response.", "warns").verb);
    /* reduced relatives of the subject: its noun is what was done to */
    CHECK(group_of("A Chilean captured in Peru was sent home on Tuesday.", "captured").passive);
    CHECK(group_of("Four Kenyan soldiers wounded in the raid have died.", "wounded").passive);
    CHECK(!group_of("Kenyan troops attacked in the morning and were repelled.", "attacked").passive);
    CHECK(!group_of("Kenyan troops captured in the town a militant who was wanted.", "captured").passive);
    CHECK(!group_of("Kenyan troops attacked in the morning, but were repelled.", "attacked").passive);
    /* negation words in names: "Doctors Without Borders" */
    CHECK(!group_of("The charity Doctors Without Borders welcomed the decision.", "welcomed").negated);
    CHECK(group_of("The charity did not welcome the decision.", "welcome").negated);
    CHECK(group_of("No country recognized the government.", "recognized").negated);
    /* the first to act: the infinitive is the doer's act, not a noun's purpose */
    CHECK(!group_of("Poland was the first to reject the plan.", "reject").infinitive_of_noun);
    CHECK(group_of("Poland backed the effort to recognize Kosovo.", "recognize").infinitive_of_noun);
    CHECK(group_of("Poland backed the first effort to recognize Kosovo.", "recognize").infinitive_of_noun);
    /* a modal of another clause stops at its subordinator */
    CHECK(!group_of("Nobody knows how Iran will react, although Iran and Oman signed a deal.", "signed").intent);
    CHECK(group_of("Iran will sign the deal although Oman objects.", "sign").intent);
    /* not hesitating announces the act; hesitating holds it back */
    v = group_of("Ukraine will not hesitate to strike Russian bases.", "strike");
    CHECK(v.intent && !v.negated);
    v = group_of("Ukraine hesitated to strike Russian bases.", "strike");
    CHECK(v.possible && !v.intent);
    /* a simple past before "by" is the clause's verb, no reduced relative */
    CHECK(group_of("Erdogan spoke by phone with Macron.", "spoke").verb);
    CHECK(!group_of("Forces backed by Russia attacked the town.", "backed").verb);
    /* modality_code: the longest prefix of data/modality.tsv; '-' no event */
    char out[8];
    modality_code(stage_kb(), "057", MODE_INTENT, out);
    CHECK(strcmp(out, "032") == 0);
    modality_code(stage_kb(), "190", MODE_INTENT, out);
    CHECK(strcmp(out, "1384") == 0);   /* '-' intent: the threat */
    modality_code(stage_kb(), "190", MODE_DEMAND, out);
    CHECK(out[0] == 0);
    /* forecasts: a future act the news media, a report or "according to"
     * the media tell is not the doer's word (modality.c: reported_future) */
    CHECK(group_of("Kenyan media reported that Somalia will close the border.", "close").forecast);
    CHECK(applied("Kenyan media reported that Somalia will close the border.", "close", "0862")[0] == 0);
    CHECK(group_of("Reuters reported that Somalia would close the border.", "close").forecast);
    CHECK(group_of("According to Kenyan newspapers, Somalia will close the border.", "close").forecast);
    CHECK(!group_of("The Somali president said Somalia will close the border.", "close").forecast);
    CHECK(!group_of("The Kenyan newspaper reported that it would close its office.", "close").forecast);
    CHECK(!group_of("Kenyan media reported that Somalia closed the border.", "closed").forecast);
    /* purposes: the infinitive after a sending or a permission (and its
     * object) is not done (modality.c: purpose_of) */
    CHECK(group_of("Kenyan troops were deployed to fight the rebels.", "fight").purpose);
    CHECK(applied("Kenyan troops were deployed to fight the rebels.", "fight", "190")[0] == 0);
    CHECK(group_of("Kenya sent forces to attack the rebels.", "attack").purpose);
    CHECK(group_of("Kenya allowed Somali police to search the camp.", "search").purpose);
    CHECK(!group_of("Kenyan troops continued to fight the rebels.", "fight").purpose);
    CHECK(!group_of("Kenyan troops sent by Nairobi tried to attack the rebels.", "attack").purpose);
    /* wishes: a conflictual act wished is no threat (modality.c: desire) */
    v = group_of("The rebels want to kill the minister.", "kill");
    CHECK(v.desire && v.intent);
    CHECK(applied("The rebels want to kill the minister.", "kill", "186")[0] == 0);
    CHECK(strcmp(applied("Kenya wants to meet Somalia.", "meet", "040"), "036") == 0);
    CHECK(strcmp(applied("The rebels vowed to kill the minister.", "kill", "186"), "1383") == 0);
    /* quoted words: "was “inclined” to" is in the group */
    CHECK(group_of("Kenya was \u201cinclined\u201d to meet Somalia.", "meet").announced);
    /* "no longer": a negation in the group */
    CHECK(group_of("Kenya will no longer send troops to Somalia.", "send").negated);
    CHECK(!group_of("Kenya will send troops to Somalia for longer.", "send").negated);
    /* a letter sent acts by its -ing verb; troops sent do not */
    CHECK(group_of("Kenya sent a letter calling on Somalia to talk.", "calling").verb);
    CHECK(!group_of("Kenya sent troops calling on Somalia to talk.", "calling").verb);
    /* questions: a yes-no question is no fact (modality.c: yes_no_question) */
    CHECK(group_of("Will Kenya attack Somalia again?", "attack").possible);
    CHECK(!group_of("Why did Kenya attack Somalia?", "attack").possible);
    CHECK(!group_of("Kenya attacked Somalia, and who can blame it?", "attacked").possible);
    /* past spelt as the base: "a bomb hit a convoy", not "a box office hit" */
    CHECK(group_of("A Russian missile hit a hospital in the city.", "hit").verb);
    CHECK(!group_of("The film was a box office hit in the city.", "hit").verb);
    /* voiced futures: a future conflictual act is a threat when its doer
     * announces it (a speaker it stands for, "we", an intent word that
     * declares, a plan it holds now), not when the story or a third party
     * tells of it (modality.c: voiced_future) */
    CHECK(strcmp(applied("Russia said it would strike Kyiv.", "strike", "190"), "1384") == 0);
    CHECK(strcmp(applied("Putin said Russia would strike Kyiv.", "strike", "190"), "1384") == 0);
    CHECK(strcmp(applied("Russia will strike Kyiv, Putin said on Monday.", "strike", "190"), "1384") == 0);
    CHECK(strcmp(applied("\u201cWe will strike Kyiv,\u201d Putin said.", "strike", "190"), "1384") == 0);
    CHECK(strcmp(applied("Iran promised to attack Israel.", "attack", "190"), "1384") == 0);
    CHECK(strcmp(applied("Israel is ready to strike Iran.", "strike", "190"), "1384") == 0);
    /* a second predicate of the doer's ("was patient and would strike"):
     * its subject is the first predicate's; an analyst's forecast is none */
    CHECK(strcmp(applied("Putin said Russia had been patient and would strike Kyiv.", "strike", "190"), "1384") == 0);
    CHECK(applied("Analysts said Russia was weak and would strike Kyiv.", "strike", "190")[0] == 0);
    /* a show of force (15x) its doer announces threatens no one: no event;
     * threatened, it is the threat; an attack announced still is one */
    CHECK(applied("The army said it will patrol the border.", "patrol", "150")[0] == 0);
    CHECK(applied("Ankara said it would deploy troops along the frontier.", "deploy", "152")[0] == 0);
    CHECK(strcmp(applied("Ankara threatened to deploy troops along the frontier.", "deploy", "152"), "138") == 0);
    CHECK(strcmp(applied("The rebels vowed to attack the garrison.", "attack", "190"), "1384") == 0);
    CHECK(strcmp(applied("Greece plans to impose restrictions on Turkish imports.", "impose", "170"), "132") == 0);
    CHECK(strcmp(applied("Greece, like other members, plans to impose restrictions on imports.", "impose", "170"),
                 "132") == 0);
    CHECK(strcmp(applied("The man said he would kill the judge.", "kill", "186"), "1383") == 0);
    /* stated with no word of its doer's: a measure against another is still
     * the threat it signals (data/modality.tsv: stated); a forecast attack
     * or patrol is none */
    CHECK(strcmp(applied("The United States will impose sanctions on Iran.", "impose", "163"), "1312") == 0);
    CHECK(applied("The new law will restrict the activities of opposition groups.", "restrict", "172")[0] == 0);
    CHECK(applied("Police will arrest the protest leaders next week.", "arrest", "173")[0] == 0);
    modality_code(stage_kb(), "190", MODE_STATED, out);
    CHECK(out[0] == 0);
    modality_code(stage_kb(), "040", MODE_STATED, out);
    CHECK(strcmp(out, "036") == 0);
    CHECK(strcmp(applied("Ukraine will not hesitate to strike Russian bases.", "strike", "190"), "1384") == 0);
    CHECK(strcmp(applied("If Iran attacks, Israel will strike its oil fields.", "strike", "190"), "1384") == 0);
    CHECK(applied("German warships will patrol the Baltic Sea.", "patrol", "150")[0] == 0);
    CHECK(applied("The army will patrol the border.", "patrol", "150")[0] == 0);
    CHECK(applied("Police boats will patrol the coast to prevent smuggling.", "patrol", "150")[0] == 0);
    CHECK(applied("The Syrian army will launch an offensive on Idlib next week.", "launch", "190")[0] == 0);
    CHECK(applied("Ukraine said Russia would strike Kyiv.", "strike", "190")[0] == 0);
    CHECK(applied("Police said he was planning to attack the embassy.", "attack", "190")[0] == 0);
    CHECK(applied("The man was arrested after an investigation found he was planning to attack landmarks.",
                  "attack", "190")[0] == 0);
    CHECK(applied("Military intelligence suggests that the rebels plan to storm the town.", "storm", "190")[0] == 0);
    CHECK(applied("The rebels had planned to attack the convoy.", "attack", "190")[0] == 0);
    CHECK(applied("Pilgrims planning to join the rally were shot.", "join", "141")[0] == 0);
    CHECK(applied("The police would occasionally raid the bars.", "raid", "190")[0] == 0);
    /* a plan others report ("said by the army to have planned") is their
     * claim; a hedged report of an act is still the act */
    CHECK(applied("A leader said by the army to have planned and ordered a string of bombings was held.",
                  "ordered", "195")[0] == 0);
    CHECK(strcmp(applied("Armed bandits are reported to have killed 36 people.", "killed", "190"), "190") == 0);
    /* a past form coordinated after the infinitive's verb is done, not planned */
    CHECK(strcmp(applied("The bomber planned to attack the convoy and detonated the device.", "detonated", "183"),
                 "183") == 0);
    CHECK(applied("The bomber planned to attack the convoy and detonated the device.", "attack", "190")[0] == 0);
    /* an intent word governs an infinitive, not a noun's "to" */
    CHECK(!group_of("Defence offers its condolences to the families of the soldiers killed there.", "killed").intent);
    CHECK(strcmp(applied("The rebels ambushed the convoy after they had planned the raid.", "ambushed", "190"),
                 "190") == 0);
    /* be to: arranged, not done; "is to" after a subject of its own only
     * ("the aim is to" is no subject doing the act either) */
    CHECK(applied("The council was to lift the curfew on Friday.", "lift", "0813")[0] == 0);
    CHECK(applied("The hostages are to be freed next week.", "freed", "084")[0] == 0);
    CHECK(applied("Ukraine is to host talks with Poland.", "host", "043")[0] == 0);
    CHECK(strcmp(applied("The council lifted the curfew on Friday.", "lifted", "0813"), "0813") == 0);
    CHECK(strcmp(applied("Rebels who were to be freed were shot.", "shot", "193"), "193") == 0);
    CHECK(strcmp(applied("He said the army was to blame for the killings.", "blame", "112"), "112") == 0);
    /* -s nouns in a counted phrase or after a preposition */
    CHECK(!group_of("Six people were killed in two consecutive suicide blasts in Kabul.", "blasts").verb);
    CHECK(!group_of("Nine people died in suicide blasts near the base.", "blasts").verb);
    CHECK(group_of("The Afghan president blasts Pakistan over the raid.", "blasts").verb);
    CHECK(group_of("After two raids, the Afghan president blasts Pakistan.", "blasts").verb);
    CHECK(group_of("The mission sought a truce.", "sought").verb);
    /* "back" as an adverb */
    CHECK(!group_of("His memory of the raid goes back to 2019.", "back").verb);
    CHECK(!group_of("He was killed two days back.", "back").verb);
    CHECK(group_of("The rebels back the truce.", "back").verb);
    /* a habit in the simple present is no act of a day */
    CHECK(applied("The rebels routinely deny holding hostages.", "deny", "016")[0] == 0);
    CHECK(applied("Moscow often accuses Kyiv of shelling the plant.", "accuses", "112")[0] == 0);
    CHECK(strcmp(applied("Moscow accuses Kyiv of shelling the plant.", "accuses", "112"), "112") == 0);
    CHECK(strcmp(applied("The rebels have repeatedly denied holding hostages.", "denied", "016"), "016") == 0);
    CHECK(strcmp(applied("Soldiers routinely beat up detainees.", "beat", "1821"), "1821") == 0);
    /* a participle after a preposition's noun the lexicon knows mostly as one */
    CHECK(!group_of("Washington asked Hanoi to return to the talks with the terms offered in October.", "offered").verb);
    CHECK(group_of("Washington asked Hanoi to return to the talks, which it offered in October.", "offered").verb);
    /* neglect to: not done */
    CHECK(applied("The ministry neglected to inform the embassy.", "inform", "010")[0] == 0);
    CHECK(strcmp(applied("The ministry informed the embassy.", "informed", "010"), "010") == 0);
    /* coordinated verbs: a base verb after "and" ("and continue putting",
     * "and lift") shares the modal of the first, past a long phrase; a verb
     * of its own tense does not */
    CHECK(group_of("Activists said Western governments should keep their offers open for the refugees the junta still "
                   "holds, and continue putting pressure on the junta.", "putting").obligation);
    CHECK(group_of("The minister said Israel must stop the offensive in the south of the territory and the raids on "
                   "the camps and withdraw its troops.", "withdraw").obligation);
    CHECK(group_of("The rebels launched an offensive to retake the valley and expel the army from the villages.",
                   "expel").infinitive_of_noun);
    CHECK(!group_of("The ministers will not halt the strikes and withdraw the troops.", "withdraw").obligation);
    CHECK(group_of("The ministers will not halt the strikes and withdraw the troops.", "withdraw").negated);
    CHECK(!group_of("The parties and leaders met.", "leaders").verb);
    /* "in order to", "so as to": the aim, not done */
    CHECK(group_of("The army launched an offensive in order to recapture the town.", "recapture").purpose);
    CHECK(group_of("The army shelled the hills so as to drive out the rebels.", "drive").purpose);
    CHECK(!group_of("The army recaptured the town in order.", "recaptured").purpose);
    CHECK(!group_of("The rebels attacked the convoy near the border with the neighbouring country on Monday, and "
                    "looted the trucks.", "looted").obligation);
    /* "aims to": a plan (as "plans to"), not an attempt in progress; "tried to" still one */
    CHECK(group_of("The rebels aim to seize the capital.", "seize").intent);
    CHECK(strcmp(applied("The rebels aim to seize the capital.", "seize", "192"), "192") != 0);
    CHECK(strcmp(applied("The rebels are aiming to seize the capital.", "seize", "192"), "192") != 0);
    CHECK(strcmp(applied("The rebels tried to seize the capital.", "seize", "192"), "192") == 0);
    /* "stands accused of": a standing state, as "remains banned" */
    CHECK(group_of("The former minister stands accused of treason.", "accused").status);
    CHECK(applied("The former minister stands accused of treason.", "accused", "1125")[0] == 0);
    CHECK(!group_of("The prosecutor accused the former minister of treason.", "accused").status);
    /* provisions: what a deal, plan or law "calls for" or "requires" is no
     * appeal of its parties; a state's or a resolution's call is one */
    CHECK(group_of("The agreement between Armenia and Azerbaijan calls for the release of all prisoners.", "calls").status);
    CHECK(!group_of("After the deal Armenia called for the release of all prisoners.", "called").status);
    CHECK(!group_of("Armenia called for the release of all prisoners.", "called").status);
    return STAGE_DONE("modality");
}
