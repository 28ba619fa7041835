/* Unit tests for datereport.c: a past act that a report in the perfect
 * tells ("has reported that X offered"), past the lead and with no time of
 * its own, is background; and daterefine.c: "deported ... last month"
 * takes the day the story names for "the Feb. 27 deportations"; and
 * dateclause.c: a comma that ends an adverbial clause inside another ends
 * both; a chronology's entry, "1996 - Iraq captures Irbil" (datereport.c).
 * The sentences are our own. */
#include "stage.h"

/* The date dates_event gives the first head `word` of the story, as in
 * test_dates.c (stage.h: stage_event_date). */
static const char *event_date(const char *text, const char *story_date, const char *word)
{
    return stage_event_date(text, story_date, word, NULL, false, true);
}

static bool event_is(const char *text, const char *story_date, const char *word, const char *want)
{
    const char *got = event_date(text, story_date, word);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  \"%s\" (story %s), \"%s\": %s, want %s\n", text, story_date, word, got, want);
        return false;
    }
    return true;
}

#define LEAD "Police detained two activists in the capital on Monday. The activists denied the charges. "

int main(void)
{
    /* a report in the present or past perfect, past the lead: what it
     * tells of came before it, on a day the text does not give */
    CHECK(event_is(LEAD "The news agency has reported that Norway and Chile offered to host the talks.", "2025-03-12",
                   "offered", "none+h"));
    CHECK(event_is(LEAD "Rights groups have said that soldiers shot the protesters.", "2025-03-12", "shot",
                   "none+h"));
    CHECK(event_is(LEAD "The ministry has told reporters that troops were attacked near the border.", "2025-03-12",
                   "attacked", "none+h"));
    CHECK(event_is(LEAD "The newspaper had reported that the envoy met rebel leaders.", "2025-03-12", "met",
                   "none+h"));
    /* not a report in the simple past (the news), one with its own day, an
     * act with its own day, an act the lead tells, a present perfect act */
    CHECK(event_is(LEAD "The news agency reported that Norway and Chile offered to host the talks.", "2025-03-12",
                   "offered", "2025-03-12/day"));
    CHECK(event_is(LEAD "The news agency has reported that Norway offered on Sunday to host the talks.",
                   "2025-03-12", "offered", "2025-03-09/day"));
    CHECK(event_is(LEAD "The news agency reported on Tuesday that Norway offered to host the talks.", "2025-03-12",
                   "offered", "2025-03-11/day"));
    CHECK(event_is("The news agency has reported that Norway offered to host the talks.", "2025-03-12", "offered",
                   "2025-03-12/day"));
    CHECK(event_is(LEAD "The news agency has reported that Norway has offered to host the talks.", "2025-03-12",
                   "offered", "2025-03-12/day"));
    /* nor in a sentence that names a time (it may set the act in it) */
    CHECK(event_is(LEAD "Police have confirmed that nine people were killed when gunmen attacked the town on "
                   "Wednesday.", "2025-03-14", "killed", "2025-03-12/day"));
    /* (a "when" clause's day dates the reported act it follows) */
    CHECK(event_is("Police said nine people were killed when gunmen attacked the town on Wednesday.", "2025-03-14",
                   "killed", "2025-03-12/day"));
    CHECK(event_is("Police said on Thursday that nine people were killed when gunmen attacked the town.",
                   "2025-03-14", "killed", "2025-03-13/day"));
    /* (what the act was to do goes with it: "offered to host") */
    CHECK(event_is(LEAD "The news agency has reported that Norway offered to host the talks.", "2025-03-12", "host",
                   "none+h"));
    /* nor a plan it tells of */
    CHECK(event_is(LEAD "The news agency has reported that Norway will host the talks.", "2025-03-12", "host",
                   "2025-03-12/day"));
    /* nested adverbial clauses end at one comma: the attribution after it
     * is the main clause's again, and its day dates the act it reports */
    CHECK(event_is("A soldier was killed when a bomb hit his truck while on patrol near the border, the army "
                   "announced Sunday.", "2025-03-12", "killed", "2025-03-09/day"));
    CHECK(event_is("A soldier was killed when a bomb hit his truck while on patrol near the border.", "2025-03-12",
                   "killed", "2025-03-12/day"));
    /* (a relative inside an adverbial clause ends alone: the clause goes
     * on after it) */
    CHECK(event_is("A soldier was killed when gunmen, who hid in the hills, attacked his truck on Sunday.",
                   "2025-03-12", "killed", "2025-03-09/day"));
    /* trailing when: the clause's week, month or year dates the act too,
     * and ", while" with a participle is no contrast (dates.c:
     * trailing_when_date) */
    CHECK(event_is("Nerve gas killed 13 people when a cult released it in the subway in March 1995.", "2010-06-01",
                   "killed", "1995-03-01/month+h"));
    CHECK(event_is("A civilian was killed when a bomber detonated a car near the convoy last week.", "2010-06-02",
                   "killed", "2010-05-24/week"));
    CHECK(event_is("Nine militants were killed near the border, while trying to cross into Turkey on Tuesday.",
                   "2010-06-04", "killed", "2010-06-01/day"));
    CHECK(event_is("Troops detained 30 suspects, while officials on Tuesday questioned a leader.", "2010-06-04",
                   "detained", "2010-06-04/day"));
    CHECK(event_is("Troops detained 30 suspects on the day when officials questioned a leader in March.",
                   "2010-06-04", "detained", "2010-06-04/day"));
    /* "since May": the month, no modal that opens a clause (dateclause.c) */
    CHECK(event_is("Rebels have shelled the town since May.", "2021-06-10", "shelled", "2021-05-01/month"));
    CHECK(event_is("The army has increased pressure by shelling the town since May in an effort to force a "
                   "surrender.", "2021-06-10", "shelling", "2021-05-01/month"));
    CHECK(event_is("Trade has fallen since exports may have been halted.", "2021-06-10", "fallen", "2021-06-10/day"));
    /* an "after" clause's month or year dates the act after it (not its
     * day, not a bound inside it); ", while" with a progressive is the
     * act's circumstance, no contrast (datelink.c) */
    CHECK(event_is("The saboteurs were captured after they landed on the coast in July 1940.", "2010-06-04",
                   "captured", "1940-07-01/month+h"));
    CHECK(event_is("Police arrested three men after gunmen attacked the base on Monday.", "2010-06-04", "arrested",
                   "2010-06-04/day"));
    /* (a toll in the passive is the victims of the act after which it is
     * told: that day) */
    CHECK(event_is("At least 14 people were killed after a bomber attacked a court on Monday.", "2010-06-04",
                   "killed", "2010-05-31/day"));
    CHECK(event_is("Two soldiers died after rebels shelled their base on Monday.", "2010-06-04", "died",
                   "2010-05-31/day"));
    CHECK(event_is("Troops killed two men after rebels shelled their base on Monday.", "2010-06-04", "killed",
                   "2010-06-04/day"));
    /* (and of its cause told in a relative clause whose subject is its
     * pronoun; not a relative of another subject, nor an active act) */
    CHECK(event_is("Eight officers were killed in a car bomb that exploded near the building on Wednesday.",
                   "2010-06-03", "killed", "2010-06-02/day"));
    CHECK(event_is("A police officer was shot dead by gunmen who opened fire on his car Friday.", "2010-06-03",
                   "shot", "2010-05-28/day"));
    CHECK(event_is("Eight officers were killed in the city, which rebels captured on Wednesday.", "2010-06-03",
                   "killed", "2010-06-03/day"));
    CHECK(event_is("Police arrested men who attacked the bank on Wednesday.", "2010-06-03", "arrested",
                   "2010-06-03/day"));
    CHECK(event_is("Residents protested after troops killed eight civilians following a bombing in March.",
                   "2010-06-04", "protested", "2010-06-04/day"));
    CHECK(event_is("Soldiers shot two tourists, while they were camping on a beach last week.", "2010-06-04", "shot",
                   "2010-05-24/week"));
    /* a weekday after a verb, then "as" and a clause, is a time ("was shot
     * Monday as he sat in his shop"); "as" and a noun names the day
     * (datexpr.c) */
    CHECK(event_is("A trader was shot Monday as he sat in his shop.", "2010-06-04", "shot", "2010-05-31/day"));
    CHECK(event_is("A helicopter was shot down Friday as troops battled gunmen.", "2010-06-03", "shot",
                   "2010-05-28/day"));
    CHECK(event_is("The president declared Tuesday as a day of mourning.", "2010-06-04", "declared",
                   "2010-06-04/day"));
    /* "chronology": "1996 - Iraq captures Irbil": the year dates the
     * entry's act (its first finite verb), historical */
    CHECK(event_is("1996 - Rebels capture the provincial capital after a siege.", "2010-06-01", "capture",
                   "1996-01-01/year+h"));
    CHECK(event_is("1857 - The fortress is captured by the rebels.", "2010-06-01", "captured", "1857-01-01/year+h"));
    CHECK(event_is("Highlights in history on this date: 1795 - Artillery shoots down rebels in Paris.", "2010-06-01",
                   "shoots", "1795-01-01/year+h"));
    CHECK(event_is("November 22: A former minister is shot dead in Barcelona.", "2010-06-01", "shot",
                   "2009-11-22/day+h"));
    CHECK(event_is("Monday: Rebels attacked the town and troops said they killed 12 fighters.", "2010-06-04",
                   "killed", "2010-06-04/day"));
    /* not an act of a later finite verb, of another sentence run into it,
     * one the sentence dates itself, a year after the story, a number */
    CHECK(event_is("1986 - Rebels seize the town, and officials said soldiers attacked the camp.", "2010-06-01",
                   "attacked", "2010-06-01/day"));
    CHECK(event_is("1943 - Allied forces capture The militia has killed thousands of civilians.", "2010-06-01",
                   "killed", "2010-06-01/day"));
    CHECK(event_is("1998 - The rebels on Monday captured the airport.", "2010-06-01", "captured", "2010-05-31/day"));
    CHECK(event_is("2012 - Rebels capture the provincial capital.", "2010-06-01", "capture", "2010-06-01/day"));
    CHECK(event_is("Rebels freed 1996 prisoners - the largest release in years.", "2010-06-01", "freed",
                   "2010-06-01/day"));
    /* what goes on with an utterance of the past is background too ("In
     * an earlier statement, X said ... . He also accused ..."); not
     * another's act, nor one with its own day (datestory.c) */
    CHECK(event_is("The envoy urged the rulers to reverse their decision on Wednesday. In an earlier statement, the "
                   "envoy criticized curbs on women. He also accused the rulers of crimes against humanity.",
                   "2024-08-21", "accused", "none+h"));
    CHECK(event_is("The envoy urged the rulers to reverse their decision on Wednesday. In an earlier statement, the "
                   "envoy criticized curbs on women. Police arrested two protesters in the capital.", "2024-08-21",
                   "arrested", "2024-08-21/day"));
    CHECK(event_is("The envoy urged the rulers to reverse their decision on Wednesday. In an earlier statement, the "
                   "envoy criticized curbs on women. He also accused the rulers on Tuesday of crimes against "
                   "humanity.", "2024-08-21", "accused", "2024-08-20/day"));
    /* "--" and " _ " are dashes: the clause they set off ends there
     * (dateclause.c) */
    CHECK(event_is("Israel captured the West Bank -- which the Palestinians claim for a state -- in the 1967 war.",
                   "2010-06-01", "captured", "1967-01-01/year+h"));
    CHECK(event_is("Israel captured the West Bank _ which the Palestinians claim for a state _ in the 1967 war.",
                   "2010-06-01", "captured", "1967-01-01/year+h"));
    /* a time after the noun of a "since" phrase (up to ten words after
     * "since") starts its period: it dates a perfect, not a simple past
     * (daterefine.c) */
    CHECK(event_is("Fighters shot down a helicopter, the first aircraft downed since the ouster two months ago.",
                   "2010-06-01", "shot", "2010-06-01/day"));
    CHECK(event_is("More than 40 soldiers have been killed since the ouster two months ago.", "2010-06-01", "killed",
                   "2010-04-01/month+h"));
    CHECK(event_is("Fighters shot down a helicopter two months ago.", "2010-06-01", "shot", "2010-04-01/month+h"));
    /* (a longer noun phrase too: "since the launch of the operation
     * against the rebels on May 17"; not a time past a verb of its own) */
    CHECK(event_is("More than 40 soldiers have been killed since the launch of the big operation against the rebels "
                   "on March 17.", "2010-06-01", "killed", "2010-03-17/day+h"));
    CHECK(event_is("More than 40 soldiers have been killed since the rebels began the operation in the north on May "
                   "17.", "2010-06-01", "killed", "2010-06-01/day"));
    /* a quotation's "yesterday" is its speaker's, told from the day of
     * the saying; not in reported speech (the writer's), nor with an
     * undated saying (daterefine.c) */
    CHECK(event_is("\"Our forces attacked the rebel camp yesterday,\" the army spokesman said on Monday.",
                   "2025-03-14", "attacked", "2025-03-09/day"));
    CHECK(event_is("The army spokesman said on Monday that troops attacked the rebel camp yesterday.", "2025-03-14",
                   "attacked", "2025-03-13/day"));
    CHECK(event_is("\"Our forces attacked the rebel camp yesterday,\" the army spokesman said.", "2025-03-14",
                   "attacked", "2025-03-13/day"));
    /* "refine": a month's or a week's past act takes the one day the
     * story names in that period before a noun of its family */
    CHECK(event_is("Authorities deported 40 refugees to China last month. Rights groups condemned the Feb. 27 "
                   "deportations.", "2025-03-11", "deported", "2025-02-27/day"));
    CHECK(event_is("Rebels attacked the convoy last week. Officials said Tuesday's attack killed nine.",
                   "2025-03-10", "attacked", "2025-03-04/day"));
    /* not a day that dates a clause (maybe another act of the kind), two
     * days, a day outside the period, a saying, a noun of another family */
    CHECK(event_is("Rebels captured the town last week. Troops captured the airport on Wednesday.", "2025-03-14",
                   "captured", "2025-03-03/week"));
    CHECK(event_is("Authorities deported 40 refugees to China last month. Rights groups condemned the Feb. 3 "
                   "deportations and the Feb. 27 deportations.", "2025-03-11", "deported", "2025-02-01/month"));
    CHECK(event_is("Authorities deported 40 refugees to China last month. Rights groups condemned the Jan. 27 "
                   "deportations.", "2025-03-11", "deported", "2025-02-01/month"));
    CHECK(event_is("The minister said last month that talks would resume. Reporters recalled the Feb. 5 "
                   "saying.", "2025-03-11", "said", "2025-02-01/month"));
    CHECK(event_is("Authorities deported 40 refugees to China last month. Rights groups condemned the Feb. 27 "
                   "protests.", "2025-03-11", "deported", "2025-02-01/month"));
    /* an occasion's noun a month's or a week's time follows in its
     * phrase ("During a visit to Paris last month, X signed") takes the
     * one day the story names for that noun ("during the visit on Feb.
     * 12"); not two days, another noun, nor a noun of utterance, whose
     * speaker matters (daterefine.c: occasion_noun) */
    CHECK(event_is("During a visit to Paris last month, the minister signed a trade deal. Crowds cheered him "
                   "during the visit on Feb. 12.", "2025-03-11", "signed", "2025-02-12/day"));
    CHECK(event_is("During a visit to Paris last month, the minister signed a trade deal. Crowds cheered him "
                   "during the visit on Feb. 12 and booed him after the visit on Feb. 20.", "2025-03-11", "signed",
                   "2025-02-01/month"));
    CHECK(event_is("During a visit to Paris last month, the minister signed a trade deal. Crowds cheered him "
                   "during the summit on Feb. 12.", "2025-03-11", "signed", "2025-02-01/month"));
    CHECK(event_is("In a statement last month, the ministry condemned the raid. The army replied in a statement "
                   "on Feb. 12.", "2025-03-11", "condemned", "2025-02-01/month"));
    return STAGE_DONE("dates report");
}
