/* Unit tests for dates.c: date expressions, and each event's date. Each
 * block names the rule of dates.c it checks; the sentences are our own. */
#include "stage.h"

static const char *const prec_name[] = {"day", "week", "month", "year"};

/* The first date expression of the story's first sentence, as
 * "YYYY-MM-DD/precision", or "none". */
static const char *first_date(const char *text, const char *story_date)
{
    static char out[32];
    stage s;
    stage_open(&s, text, story_date);
    if (s.si.n_dates) {
        snprintf(out, sizeof out, "%s/%s", stage_day(s.si.dates[0].day), prec_name[s.si.dates[0].prec]);
    } else {
        snprintf(out, sizeof out, "none");
    }
    stage_close(&s);
    return out;
}

static bool date_is(const char *text, const char *story_date, const char *want)
{
    const char *got = first_date(text, story_date);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  \"%s\" (story %s): date %s, want %s\n", text, story_date, got, want);
        return false;
    }
    return true;
}

/* The date dates_event gives the head `word` (its first occurrence) of a
 * whole story (the first pass run over all its sentences), as
 * "YYYY-MM-DD/precision", "+h" when historical; "none+h" for background
 * with no date. With `said` (a word of the same sentence), what follows
 * that word is what was said (the exclusion range of reported speech);
 * with `said_before`, what comes before it up to the comma before it. */
/* What the coder passes dates_event for the head: false for a verb of
 * saying and what a speaker reports (sentence.c, speech.c). */
static bool inherit = true;

static const char *event_date2(const char *text, const char *story_date, const char *word, const char *said,
                               bool said_before)
{
    return stage_event_date(text, story_date, word, said, said_before, inherit);
}

static bool event_is2(const char *text, const char *story_date, const char *word, const char *said,
                      bool said_before, const char *want)
{
    const char *got = event_date2(text, story_date, word, said, said_before);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  \"%s\" (story %s), \"%s\": %s, want %s\n", text, story_date, word, got, want);
        return false;
    }
    return true;
}

static bool event_is(const char *text, const char *story_date, const char *word, const char *want)
{
    return event_is2(text, story_date, word, NULL, false, want);
}

/* dates_continues for sentences p and k of text. */
static bool continues(const char *text, size_t p, size_t k)
{
    stage s;
    stage_open(&s, text, "2021-05-06");
    bool r = dates_continues(s.c, p, k);
    stage_close(&s);
    return r;
}

int main(void)
{
    /* ---- expressions and their precision (dates_find) ---- */
    /* full dates: "On November 9, 2020", "9 November 2020", "March, 2016" */
    CHECK(date_is("On November 9, 2020, the leaders signed a statement.", "2021-05-06", "2020-11-09/day"));
    CHECK(date_is("The war began on 27 September 2020.", "2021-05-06", "2020-09-27/day"));
    CHECK(date_is("Syrian troops recaptured Palmyra in March, 2016.", "2021-05-06", "2016-03-01/month"));
    /* a month and day without a year: the latest on or before the story */
    CHECK(date_is("On January 11 the ministers met.", "2021-05-06", "2021-01-11/day"));
    CHECK(date_is("On 2 May, troops fired on the village.", "2021-05-06", "2021-05-02/day"));
    CHECK(date_is("On December 30 the ministers met.", "2021-05-06", "2020-12-30/day"));
    /* weekdays: the latest such day; "last" a week earlier on the same day */
    CHECK(date_is("Azerbaijani forces shelled Stepanakert on Thursday.", "2020-10-02", "2020-10-01/day"));
    CHECK(date_is("The talks resumed on Friday.", "2020-10-02", "2020-10-02/day"));
    CHECK(date_is("The talks resumed last Friday.", "2020-10-02", "2020-09-25/day"));
    /* relative days */
    CHECK(date_is("Rebels attacked the town yesterday.", "2020-10-02", "2020-10-01/day"));
    CHECK(date_is("Rebels attacked the town two days ago.", "2020-10-02", "2020-09-30/day"));
    /* weeks: the Monday of the week */
    CHECK(date_is("Rebels attacked the town last week.", "2020-10-02", "2020-09-21/week"));
    CHECK(date_is("Rebels attacked the town earlier this week.", "2020-10-02", "2020-09-28/week"));
    CHECK(date_is("Rebels attacked the town this week.", "2020-10-02", "2020-09-28/week"));
    CHECK(date_is("Rebels attacked the town two weeks ago.", "2020-10-02", "2020-09-14/week"));
    /* "a decade ago" ten years back; years or decades with no count, a
     * decade named ("in the 1990s"): long past, no date (datexpr.c:
     * find_count, "1990s") */
    CHECK(date_is("Rebels seized the town a decade ago.", "2024-05-10", "2014-01-01/year"));
    CHECK(event_is("Rebels seized the town years ago.", "2024-05-10", "seized", "none+h"));
    CHECK(event_is("Rebels seized the town in the late 1990s.", "2024-05-10", "seized", "none+h"));
    CHECK(event_is("Rebels seized 1990s buildings on Tuesday.", "2024-05-10", "seized", "2024-05-07/day"));
    CHECK(date_is("Rebels attacked the town over the weekend.", "2020-10-05", "2020-09-28/week"));
    CHECK(date_is("Rebels attacked the town this past weekend.", "2020-10-05", "2020-09-28/week"));
    CHECK(date_is("Rebels attacked the town over the past weekend.", "2020-10-05", "2020-09-28/week"));
    /* background periods: "in the past", "in recent years", "over the
     * years", "over the past two decades", "for the past several years"
     * frame background with no day
     * (datexpr.c: find_background); "in the past week", "in the past 24
     * hours", "in recent months" are recent */
    CHECK(event_is("Rebels attacked the town in the past.", "2020-10-05", "attacked", "none+h"));
    CHECK(event_is("In the past, rebels attacked the town.", "2020-10-05", "attacked", "none+h"));
    CHECK(event_is("Rebels have in the past attacked the town.", "2020-10-05", "attacked", "none+h"));
    CHECK(event_is("In recent years, rebels have attacked the town.", "2020-10-05", "attacked", "none+h"));
    CHECK(event_is("Over the years, rebels have attacked the town.", "2020-10-05", "attacked", "none+h"));
    CHECK(event_is("Over the past two decades, rebels attacked the town.", "2020-10-05", "attacked", "none+h"));
    CHECK(event_is("For the past several years, navies have patrolled the coast.", "2020-10-05", "patrolled",
                   "none+h"));
    CHECK(event_is("For the past two weeks, navies have patrolled the coast.", "2020-10-05", "patrolled",
                   "2020-10-05/day"));
    CHECK(event_is("In the past week, rebels attacked the town.", "2020-10-05", "attacked", "2020-10-05/day"));
    CHECK(event_is("In the past 24 hours, rebels attacked the town.", "2020-10-05", "attacked", "2020-10-05/day"));
    CHECK(event_is("In recent months, rebels attacked the town.", "2020-10-05", "attacked", "2020-10-05/day"));
    CHECK(event_is("Over the past two days, rebels attacked the town.", "2020-10-05", "attacked",
                   "2020-10-05/day"));
    /* months: the first day; "In June" the latest June, never decades back;
     * the story's own month is a month */
    CHECK(date_is("Rebels attacked the town last month.", "2019-11-25", "2019-10-01/month"));
    CHECK(date_is("Earlier this month, Trump hosted Erdogan.", "2019-11-25", "2019-11-01/month"));
    CHECK(date_is("Trump hosted Erdogan this month.", "2019-11-25", "2019-11-01/month"));
    CHECK(date_is("In March the army withdrew.", "2021-05-06", "2021-03-01/month"));
    CHECK(date_is("In June the army withdrew.", "2021-05-06", "2020-06-01/month"));
    CHECK(date_is("In May the army withdrew.", "2021-05-06", "2021-05-01/month"));
    CHECK(date_is("Earlier in December, Trump threatened North Korea.", "2019-12-18", "2019-12-01/month"));
    CHECK(date_is("Starmer won power in July last year.", "2025-03-10", "2024-07-01/month"));
    /* part of a month: about a week, from the 1st, 12th or 22nd (datexpr.c:
     * month_part, narrow_month); not past the story: the month */
    CHECK(date_is("The case went to court in mid-March.", "2021-04-02", "2021-03-12/week"));
    CHECK(date_is("The envoy toured the region in late August.", "2021-09-14", "2021-08-22/week"));
    CHECK(date_is("The envoy toured the region in early August 2019.", "2021-09-14", "2019-08-01/week"));
    CHECK(date_is("The truce collapsed at the end of June.", "2021-09-14", "2021-06-22/week"));
    CHECK(date_is("The truce collapsed at the end of the talks in June.", "2021-09-14", "2021-06-01/month"));
    CHECK(date_is("Rebels shelled the port in late September.", "2021-09-14", "2021-09-01/month"));
    /* ... and of last month or this one ("late last month", "the end of
     * last month"); not "earlier this month" */
    CHECK(date_is("Rebels shelled the port late last month.", "2021-09-14", "2021-08-22/week"));
    CHECK(date_is("The truce collapsed at the end of last month.", "2021-09-14", "2021-08-22/week"));
    CHECK(date_is("Rebels shelled the port early this month.", "2021-09-14", "2021-09-01/week"));
    /* part of a year: the month it most likely falls in (datexpr.c:
     * year_part, narrow_year): "late 2001", "late last year" November,
     * "mid-2019" June, "the end of last year" December, "early 2021"
     * January; not past the story, nor "earlier this year": the year */
    CHECK(date_is("The men were captured in late 2001.", "2021-09-14", "2001-11-01/month"));
    CHECK(date_is("The two leaders spoke by phone late last year.", "2021-04-16", "2020-11-01/month"));
    CHECK(date_is("Rebels took the town in mid-2019.", "2021-04-16", "2019-06-01/month"));
    CHECK(date_is("The truce collapsed at the end of last year.", "2021-04-16", "2020-12-01/month"));
    CHECK(date_is("Protests began in early 2021.", "2021-04-16", "2021-01-01/month"));
    CHECK(date_is("The two leaders spoke by phone earlier this year.", "2021-04-16", "2021-01-01/year"));
    CHECK(date_is("The two leaders spoke by phone last year.", "2021-04-16", "2020-01-01/year"));
    CHECK(date_is("Elections are due in late 2021.", "2021-04-16", "2021-01-01/year"));
    CHECK(date_is("Rebels shelled the port late this month.", "2021-09-14", "2021-09-01/month"));
    CHECK(date_is("Rebels shelled the port earlier this month.", "2021-09-14", "2021-09-01/month"));
    CHECK(date_is("Rebels shelled the port last month.", "2021-09-14", "2021-08-01/month"));
    /* "May" without a number or a time word is no month */
    CHECK(date_is("Armenia may respond to the shelling.", "2021-05-06", "none"));
    CHECK(date_is("May God protect us, the envoy said.", "2021-05-06", "none"));
    /* years */
    CHECK(date_is("The region was autonomous in 1988.", "2021-05-06", "1988-01-01/year"));
    /* (years from 1800: "annexed in 1898"; a number that is no year after
     * no time word is a count) */
    CHECK(date_is("The United States annexed the islands in 1898.", "2021-05-06", "1898-01-01/year"));
    CHECK(date_is("On March 8, 1862, the ironclad sank two warships.", "2021-05-06", "1862-03-08/day"));
    CHECK(date_is("The army sent 1850 soldiers to the islands.", "2021-05-06", "none"));
    CHECK(date_is("Kenya's High Court ruled in early 2017.", "2021-05-06", "2017-01-01/month"));
    CHECK(date_is("India helped Mauritius build an airstrip last year.", "2025-03-12", "2024-01-01/year"));
    CHECK(date_is("Exports rose earlier this year.", "2025-03-12", "2025-01-01/year"));
    /* "earlier in the week (month, year)" is earlier this week; "earlier
     * in the war" names no period */
    CHECK(date_is("Rebels shelled the port earlier in the week.", "2025-03-12", "2025-03-10/week"));
    CHECK(date_is("Exports rose earlier in the year.", "2025-03-12", "2025-01-01/year"));
    CHECK(date_is("Rebels shelled the port earlier in the war.", "2025-03-12", "none"));
    CHECK(date_is("Israel occupied it in the 1967 war.", "2021-05-06", "1967-01-01/year"));
    /* a year needs a word that makes it a time */
    CHECK(date_is("The Global Peace Index 2024 ranks Iceland first.", "2025-03-12", "none"));
    CHECK(date_is("Rebels killed 2009 people.", "2025-03-12", "none"));
    /* no story date: only what the text dates fully */
    CHECK(date_is("Rebels attacked the town on Thursday.", NULL, "none"));
    CHECK(date_is("On November 9, 2020, the leaders signed.", NULL, "2020-11-09/day"));

    /* ---- which event an expression dates (dates_event) ---- */
    /* the expression nearest the head; over 30 days before the story is
     * historical */
    CHECK(event_is("On November 9, 2020, Putin signed the statement.", "2021-05-06", "signed",
                   "2020-11-09/day+h"));
    CHECK(event_is("Rebels attacked the town last month.", "2019-11-25", "attacked", "2019-10-01/month"));
    /* a date phrase dates its clause, not the sentence: "after Trump said
     * last month ..." dates the saying, not the seeking */
    CHECK(event_is("Britain is seeking a deal after Trump said last month that he backed it.", "2025-03-10",
                   "seeking", "2025-03-10/day"));
    CHECK(event_is("Britain is seeking a deal after Trump said last month that he backed it.", "2025-03-10", "said",
                   "2025-02-01/month"));
    /* nor a relative clause's date the main verb */
    CHECK(event_is("The commander, who led the offensive in December 2024, said the army would stay.",
                   "2025-03-14", "said", "2025-03-14/day"));
    CHECK(event_is("The commander, who led the offensive in December 2024, said the army would stay.",
                   "2025-03-14", "led", "2024-12-01/month+h"));
    /* a clause with no date of its own takes the one it depends on */
    CHECK(event_is("On Friday the ministry said that troops had killed ten rebels.", "2020-10-02", "killed",
                   "2020-10-02/day"));
    CHECK(event_is("The ministry said on Friday that troops had killed ten rebels on Thursday.", "2020-10-03",
                   "killed", "2020-10-01/day"));
    /* before a noun it dates the noun; a verb only through its subject */
    CHECK(event_is("Officials recalled the 2004 bombing of the market.", "2021-05-06", "bombing",
                   "2004-01-01/year+h"));
    CHECK(event_is("Officials recalled the 2004 bombing of the market.", "2021-05-06", "recalled",
                   "2021-05-06/day"));
    /* a day named before a noun with no year, long before the story: a
     * year the text does not give */
    /* a well-known event's phrase (data/events.tsv) dates the noun it
     * names, a verb through its subject, and the clause after "in",
     * "during"; after "since" a period; after "after" nothing */
    CHECK(date_is("Officials recalled the October 7 attack.", "2025-03-12", "2023-10-07/day"));
    CHECK(date_is("Prices rose during the Arab Spring.", "2025-03-12", "2011-01-01/year"));
    CHECK(date_is("Officials recalled the spring attack.", "2025-03-12", "none"));
    CHECK(event_is("Hamas leaders planned the October 7 attack in Gaza.", "2025-03-12", "attack", "2023-10-07/day+h"));
    CHECK(event_is("Hamas leaders planned the October 7 attack in Gaza.", "2025-03-12", "planned", "2025-03-12/day"));
    CHECK(event_is("Two soldiers were killed in Russia's 2022 invasion of Ukraine.", "2025-03-12", "killed",
                   "2022-02-24/day+h"));
    CHECK(event_is("Exports to Ukraine have collapsed since the 2022 invasion.", "2025-03-12", "collapsed",
                   "2022-02-24/day+h"));
    CHECK(event_is("Security was tightened after the 9/11 attacks.", "2025-03-12", "tightened", "2025-03-12/day"));
    CHECK(event_is("The 9/11 attacks killed nearly 3,000 people.", "2025-03-12", "killed", "2001-09-11/day+h"));
    CHECK(event_is("Protesters marched through the capital during the Arab Spring.", "2025-03-12", "marched",
                   "2011-01-01/year+h"));
    CHECK(event_is("The October 7 attack was condemned by the council on Tuesday.", "2025-03-13", "condemned",
                   "2025-03-11/day"));
    CHECK(event_is("Rights groups condemned the Feb. 27 deportations.", "2025-03-11", "deportations",
                   "2025-02-27/day"));
    CHECK(event_is("The minister criticized Tuesday's announcement.", "2020-10-02", "criticized",
                   "2020-10-02/day"));
    CHECK(event_is("Tuesday's blasts killed twelve people.", "2020-10-02", "killed", "2020-09-29/day"));
    /* after "at", "in", "during" it is the clause's time again */
    CHECK(event_is("Russia's envoy dismissed the charges at Friday's meeting.", "2020-10-02", "dismissed",
                   "2020-10-02/day"));
    CHECK(event_is("Russia's envoy dismissed the charges at Thursday's meeting.", "2020-10-02", "dismissed",
                   "2020-10-01/day"));
    /* "since": a perfect's period, not a simple past's */
    CHECK(event_is("Rebels have shelled the town since March.", "2021-05-06", "shelled", "2021-03-01/month+h"));
    CHECK(event_is("Rebels shot down a helicopter, the first since March.", "2021-05-06", "shot",
                   "2021-05-06/day"));
    CHECK(event_is("Since 2009, hundreds have been killed in suicide attacks.", "2021-05-06", "attacks",
                   "2009-01-01/year+h"));
    /* since: a present perfect in a period since a time the text does not
     * date ("Since the coup, ...", "has since been freed") is background;
     * must not: a dated one ("Since January"), "Since then" (the story's
     * day, as a judge reads it) */
    CHECK(event_is("Since the coup, the army has arrested hundreds of critics.", "2021-05-06", "arrested", "none+h"));
    CHECK(event_is("The envoy was detained in March and has since been released.", "2021-05-06", "released",
                   "none+h"));
    CHECK(event_is("Since January, the army has shelled the town.", "2021-05-06", "shelled", "2021-01-01/month+h"));
    CHECK(event_is("The junta took power in 2019. Since then, the army has arrested hundreds of critics.",
                   "2021-05-06", "arrested", "2021-05-06/day"));
    /* a part of a war's span with no date ("In the first weeks of the war",
     * "at the start of the uprising") is background; must not: a dated one,
     * "the first weeks of talks" */
    CHECK(event_is("In the first weeks of the war, rebel fighters looted banks across the capital.", "2024-06-12",
                   "looted", "none+h"));
    CHECK(event_is("At the start of the uprising, police arrested hundreds of students.", "2024-06-12", "arrested",
                   "none+h"));
    CHECK(event_is("Early in the war, the army shelled the old town.", "2024-06-12", "shelled", "none+h"));
    CHECK(event_is("In the first weeks of the war in May 2023, rebel fighters looted banks.", "2024-06-12",
                   "looted", "2023-05-01/month+h"));
    CHECK(event_is("In the first weeks of the talks, the rebels released two hostages.", "2024-06-12", "released",
                   "2024-06-12/day"));
    /* a past act in a "since" clause with no date: background */
    CHECK(event_is("Trade has fallen since Russia invaded Ukraine.", "2025-03-12", "invaded", "none+h"));
    CHECK(event_is("Trade has fallen since Russia invaded Ukraine in 2022.", "2025-03-12", "invaded",
                   "2022-01-01/year+h"));
    CHECK(event_is("Trade has fallen since Russia invaded Ukraine.", "2025-03-12", "fallen", "2025-03-12/day"));
    CHECK(event_is("It was the first attack since the offensive began two months ago.", "2021-05-06", "was",
                   "2021-05-06/day"));
    /* "for years" with a perfect: a period with no date */
    CHECK(event_is("Iran has denied for years that it seeks a bomb.", "2025-03-13", "denied", "none+h"));
    /* (but "each for three months" is a turn's length, not a period up to
     * now: the "since" phrase dates the perfect; datexpr.c) */
    CHECK(event_is("Since their accession to the alliance in March 2004, the skies have been patrolled by members, "
                   "each for three months.", "2010-06-01", "patrolled", "2004-03-01/month+h"));
    CHECK(event_is("The skies have been patrolled by jets for three months.", "2010-06-01", "patrolled",
                   "2010-03-01/month+h"));
    CHECK(event_is("Iran denied that it seeks a bomb.", "2025-03-13", "denied", "2025-03-13/day"));
    /* a clause that fills a past period of a year or more ("a war that
     * lasted three years and killed ..."): background, no date
     * (datexpr.c: "lasted"); days are news; a clause of its own is not */
    CHECK(event_is("The accord ended a war that lasted more than three years and killed 9,000 people.", "2024-10-04",
                   "killed", "none+h"));
    CHECK(event_is("The siege lasted three days and killed 30 people.", "2024-10-04", "killed", "2024-10-04/day"));
    CHECK(event_is("The siege, which lasted two years, ended when troops stormed the city on Tuesday.", "2024-10-04",
                   "stormed", "2024-10-01/day"));
    /* an infinitive of a past verb in a "since" clause is background too
     * ("since the army began to support ..."); the infinitive is no noun */
    CHECK(event_is("Five soldiers have died since the army began to support the militia.", "2021-05-06", "support",
                   "none+h"));
    CHECK(event_is("The army began to support the militia on Tuesday.", "2021-05-06", "support", "2021-05-04/day"));
    /* relative: a past act of a relative clause is dated by an "after"
     * clause of its own, a month or longer and long past, not by the main
     * clause; the comma that ends the "after" clause ends the relative
     * too (dates.c: rel_after_date, dates_clauses_scan) */
    CHECK(event_is("The general, who resigned after the army was defeated in 2013, denied the charges on Thursday.",
                   "2021-05-20", "resigned", "2013-01-01/year+h"));
    CHECK(event_is("The general, who resigned after the army was defeated in 2013, denied the charges on Thursday.",
                   "2021-05-20", "denied", "2021-05-20/day"));
    CHECK(event_is("The general, who resigned after the army was defeated on Monday, denied the charges on Thursday.",
                   "2021-05-20", "resigned", "2021-05-20/day"));
    /* relative perfect: a present perfect of a relative clause runs up to
     * the story's day, not to the time of the clause it describes ("that"
     * right before a verb is a relative's subject, even after an -ing
     * noun); a past act of the relative takes the main clause's time */
    CHECK(event_is("Troops guarded the capital on Monday after the rivals agreed to end fighting that has killed "
                   "40 people.", "2021-05-06", "killed", "2021-05-06/day"));
    CHECK(event_is("Marchers rallied on Sunday against the militia, which has attacked three villages.",
                   "2021-05-06", "attacked", "2021-05-06/day"));
    CHECK(event_is("Marchers rallied on Sunday against the militia, which attacked three villages.",
                   "2021-05-06", "attacked", "2021-05-02/day"));
    CHECK(event_is("The minister said on Monday that the rebels have attacked three villages.", "2021-05-06",
                   "attacked", "2021-05-03/day"));
    /* a weekday's own rite ("after Friday prayers", "following the
     * weekly Friday prayer", "during Sunday mass") is held that day: what
     * is done after it is of that day; not another noun after the day
     * ("after Friday talks" is a bound), nor a plan (datexpr.c:
     * attachment; dateclause.c: opener) */
    CHECK(event_is("Thousands protested after Friday prayers in the capital.", "2021-05-11", "protested",
                   "2021-05-07/day"));
    CHECK(event_is("A car bomb exploded following the weekly Friday prayer as worshippers were leaving.",
                   "2021-05-11", "exploded", "2021-05-07/day"));
    CHECK(event_is("Thousands protested after Friday talks in the capital.", "2021-05-11", "protested",
                   "2021-05-11/day"));
    /* "that" after a verb before a noun and no verb group is a
     * determiner ("reiterated that denial ... Sunday morning": the day is
     * the verb's); before a clause, its time is the clause's
     * (dateclause.c: that_determiner) */
    CHECK(event_is("The minister reiterated that denial to reporters Sunday morning.", "2021-05-07", "reiterated",
                   "2021-05-02/day"));
    CHECK(event_is("The minister said that police in the city arrested two men on Sunday.", "2021-05-07", "said",
                   "2021-05-07/day"));
    CHECK(event_is("The minister said that police in the city arrested two men on Sunday.", "2021-05-07",
                   "arrested", "2021-05-02/day"));
    /* "semicolon": a past act that opens the clause after a semicolon,
     * with no time of its own, goes on with the time of the clause before
     * it; not a later verb of that clause (two sentences run together),
     * nor a colon's clause, nor a time of its own (datelink.c:
     * dates_semicolon_before) */
    CHECK(event_is("The riots left four dead on Monday; two protesters were shot by police.", "2021-05-07", "shot",
                   "2021-05-03/day"));
    CHECK(event_is("The riots left four dead on Monday; two men were wounded Police later shot three protesters.",
                   "2021-05-07", "shot", "2021-05-07/day"));
    CHECK(event_is("Police arrested five men on Monday: rebels attacked the town.", "2021-05-07", "attacked",
                   "2021-05-07/day"));
    CHECK(event_is("The riots left four dead on Monday; police shot two protesters on Tuesday.", "2021-05-07", "shot",
                   "2021-05-04/day"));
    /* and what a past act brought about, told after the semicolon by a
     * clause that opens with "this" ("this resulted in clashes on
     * Saturday"), dates it when that is a day of the past week; not
     * another clause's day (datelink.c: dates_consequence_date) */
    CHECK(event_is("Rebels stormed the army checkpoints; this resulted in fierce clashes on Saturday.", "2021-05-07",
                   "stormed", "2021-05-01/day"));
    CHECK(event_is("Rebels stormed the army checkpoints; the army shelled the port on Saturday.", "2021-05-07",
                   "stormed", "2021-05-07/day"));
    CHECK(event_is("Rebels stormed the army checkpoints; this resulted in a truce on June 12, 2019.", "2021-05-07",
                   "stormed", "2021-05-07/day"));
    /* a past progressive ("were patrolling ... when a bomb hit their
     * truck on Sunday") is of the time of its trailing "when" clause too;
     * not a contrast (dates.c: head_past_progressive) */
    CHECK(event_is("Soldiers were patrolling the road when a bomb hit their truck on Sunday.", "2021-05-07",
                   "patrolling", "2021-05-02/day"));
    CHECK(event_is("Soldiers were patrolling the road, while rebels on Sunday shelled the port.", "2021-05-07",
                   "patrolling", "2021-05-07/day"));
    /* a "before" clause after a past act, dated by a day of the past
     * week, bounds it hours before: that day; not a day of long ago (the
     * act may be weeks before), nor a "before" clause's day in a clause
     * of its own time (datelink.c: trailing_when_date) */
    CHECK(event_is("Troops killed 23 rebels before the rest withdrew from the town on Monday evening.", "2021-05-07",
                   "killed", "2021-05-03/day"));
    CHECK(event_is("The village was shelled by rebels before troops entered the province on June 12, 2019.",
                   "2021-05-07", "shelled", "2021-05-07/day"));
    CHECK(event_is("Troops killed 23 rebels on Tuesday before the rest withdrew from the town on Monday evening.",
                   "2021-05-07", "killed", "2021-05-04/day"));
    /* trailing when: a "when", "while" or "as" clause after a past act, its
     * day named, is the act's time too; not a time noun's "when", a
     * contrast after a comma, nor the time of a saying (dates.c:
     * trailing_when_date) */
    CHECK(event_is("Five guards were killed when gunmen stormed the prison early on Wednesday.", "2021-05-07",
                   "killed", "2021-05-05/day"));
    CHECK(event_is("A policeman was shot while driving to work Friday morning.", "2021-05-08", "shot",
                   "2021-05-07/day"));
    CHECK(event_is("Five guards were killed on the day when gunmen stormed the prison on Wednesday.", "2021-05-07",
                   "killed", "2021-05-07/day"));
    CHECK(event_is("Troops detained 30 suspects, while officials on Wednesday questioned a leader.", "2021-05-07",
                   "detained", "2021-05-07/day"));
    /* (the saying's day is no "when" clause's: the comma ends both
     * clauses, and the attribution's day dates what it reports, as in
     * "Gunmen killed two men, the army said Wednesday"; dateclause.c) */
    CHECK(event_is("A soldier was killed when his truck was hit by a bomb while conducting a patrol, the army "
                   "announced Wednesday.", "2021-05-07", "killed", "2021-05-05/day"));
    /* parenthetical: a time in a participle phrase set off by commas tells
     * of the noun before it, not of the clause's verb; a predicate after
     * a phrase ("X, backed by Y, attacked ... on Tuesday"), or a belief
     * about the act itself, still dates it (dates.c: parenthetical) */
    CHECK(event_is("The president, elected in 2015, condemned the attack.", "2021-05-06", "condemned",
                   "2021-05-06/day"));
    CHECK(event_is("Crowds marched for the release of the editor, arrested last month for sedition, local media "
                   "reported.", "2021-05-06", "marched", "2021-05-06/day"));
    CHECK(event_is("The president condemned the attack in 2015.", "2021-05-06", "condemned", "2015-01-01/year+h"));
    CHECK(event_is("Troops, backed by jets, attacked the camp on Tuesday, killing 20.", "2021-05-06", "backed",
                   "2021-05-04/day"));
    CHECK(event_is("Blasts, believed to have been set off on Tuesday, killed two people.", "2021-05-06", "killed",
                   "2021-05-04/day"));
    /* a noun phrase in apposition, set off by commas before the verb,
     * tells of its noun too ("the candidate in last week's vote"); not a
     * phrase that is a time itself (", a day after ..."), nor a time
     * outside it (dates.c: appositive) */
    CHECK(event_is("Omar Haddad, the opposition candidate in last week's vote, rejected the results.", "2021-05-06",
                   "rejected", "2021-05-06/day"));
    CHECK(event_is("Omar Haddad, a survivor of the raid on Monday, accused the army.", "2021-05-06", "accused",
                   "2021-05-06/day"));
    CHECK(event_is("Omar Haddad, the opposition candidate, rejected the results in last week's vote.", "2021-05-06",
                   "rejected", "2021-04-26/week"));
    CHECK(event_is("Jets struck the town on Monday. Rebels shelled the port, a day after elders in the town, pledged "
                   "loyalty.", "2021-05-06", "shelled", "2021-05-04/day"));
    /* incident relative: a past act "in", "during" an incident that a
     * relative clause says took place on a day is dated by it; a relative
     * of another noun, or of another verb, is not (dates.c:
     * incident_rel_date) */
    CHECK(event_is("Troops killed 20 militants in a three-day operation that ended on Tuesday.", "2021-05-06",
                   "killed", "2021-05-04/day"));
    CHECK(event_is("The rebels seized the town in an assault that started early Monday.", "2021-05-06", "seized",
                   "2021-05-03/day"));
    CHECK(event_is("Troops killed 20 militants in a raid on a camp that rebels built on Tuesday.", "2021-05-06",
                   "killed", "2021-05-06/day"));
    CHECK(event_is("Troops killed 20 militants in an operation that officials praised on Tuesday.", "2021-05-06",
                   "killed", "2021-05-06/day"));
    /* "past attacks": background */
    CHECK(event_is("Past attacks were claimed by Islamic State.", "2021-05-09", "attacks", "none+h"));
    CHECK(event_is("The attacks were claimed by Islamic State.", "2021-05-09", "attacks", "2021-05-09/day"));
    CHECK(event_is("The king mourned the victims of other recent bombings.", "2021-05-09", "bombings", "none+h"));
    CHECK(event_is("The king mourned the victims of the recent bombing.", "2021-05-09", "bombing", "2021-05-09/day"));
    /* a standing state named before a noun: background */
    CHECK(event_is("Al-Shabab, a U.S.-designated terrorist group, attacked the hotel on Tuesday.", "2025-03-13",
                   "designated", "none+h"));
    CHECK(event_is("The U.S. designated Al-Shabab a terrorist group on Tuesday.", "2025-03-13", "designated",
                   "2025-03-11/day"));
    /* background: a standing measure in the present perfect past the lead,
     * a habit in the perfect, a state, a past act "recently" done (no time
     * phrase): no date, historical; in the lead, or with a time phrase, or
     * another verb, it is news */
    CHECK(event_is("Rebels attacked a train on Tuesday. Troops freed the hostages. Both states have designated "
                   "the group a terrorist organisation.", "2025-03-13", "designated", "none+h"));
    CHECK(event_is("Rebels attacked a train on Tuesday. Troops freed the hostages. Both states have designated "
                   "the group a terrorist organisation on Wednesday.", "2025-03-13", "designated", "2025-03-12/day"));
    CHECK(event_is("Both states have designated the group a terrorist organisation.", "2025-03-13", "designated",
                   "2025-03-13/day"));
    CHECK(event_is("Rebels attacked a train on Tuesday. Troops freed the hostages. The rebels have killed twelve "
                   "soldiers.", "2025-03-13", "killed", "2025-03-13/day"));
    CHECK(event_is("The court charged him in May. Officials met in June. Washington has barred two other "
                   "ministers from entering the country.", "2021-05-22", "barred", "none+h"));
    CHECK(event_is("Beijing has long accused the island of separatism.", "2024-06-02", "accused", "none+h"));
    CHECK(event_is("Beijing has accused the island of separatism.", "2024-06-02", "accused", "2024-06-02/day"));
    /* a habit ("repeatedly", "often") in the perfect or the simple present,
     * and a standing charge past the lead: background; one act, a plan, or a
     * charge in the lead is news */
    CHECK(event_is("Since the coup, Western capitals have repeatedly called for elections.", "2025-03-14",
                   "called", "none+h"));
    CHECK(event_is("Western capitals have called for elections.", "2025-03-14", "called", "2025-03-14/day"));
    CHECK(event_is("The junta often rejects calls for elections.", "2025-03-14", "rejects", "none+h"));
    CHECK(event_is("The junta rejects calls for elections.", "2025-03-14", "rejects", "2025-03-14/day"));
    CHECK(event_is("The junta will often reject calls for elections.", "2025-03-14", "reject", "2025-03-14/day"));
    CHECK(event_is("Rebels attacked a convoy on Tuesday. Troops freed the drivers. Several states have accused "
                   "the regime of war crimes.", "2025-03-13", "accused", "none+h"));
    CHECK(event_is("Rebels attacked a convoy on Tuesday. Troops freed the drivers. Several states accused "
                   "the regime of war crimes.", "2025-03-13", "accused", "2025-03-13/day"));
    CHECK(event_is("The publisher stands accused of collusion with foreign forces.", "2025-03-13", "accused",
                   "none+h"));
    CHECK(event_is("The publisher was accused of collusion with foreign forces.", "2025-03-13", "accused",
                   "2025-03-13/day"));
    CHECK(event_is("The party remains banned from the election.", "2025-03-13", "banned", "none+h"));
    CHECK(event_is("Ethiopia remains committed to the peace process.", "2025-03-13", "committed", "2025-03-13/day"));
    CHECK(event_is("The president recently visited Beijing.", "2024-06-02", "visited", "none+h"));
    /* "previously", "formerly", "originally": before the news, in any
     * tense; with a time phrase, or a possibility, it is dated as usual */
    CHECK(event_is("The militia had previously attacked the convoy.", "2024-06-02", "attacked", "none+h"));
    CHECK(event_is("The town was originally captured by the militia.", "2024-06-02", "captured", "none+h"));
    CHECK(event_is("The militia previously attacked the convoy on Tuesday.", "2024-06-02", "attacked",
                   "2024-05-28/day"));
    CHECK(event_is("The militia attacked the convoy.", "2024-06-02", "attacked", "2024-06-02/day"));
    CHECK(event_is("The president visited Beijing.", "2024-06-02", "visited", "2024-06-02/day"));
    /* "past office": a past act of someone named by a past office
     * ("then-president", "the then president") in its clause is
     * background; one in another clause is not */
    CHECK(event_is("Then-president Obama imposed sanctions on the regime.", "2024-08-21", "imposed", "none+h"));
    CHECK(event_is("The then prime minister was wounded in the failed coup.", "2024-08-21", "wounded", "none+h"));
    CHECK(event_is("President Biden imposed sanctions on the regime.", "2024-08-21", "imposed", "2024-08-21/day"));
    CHECK(event_is("The senator, who backed then-president Obama, rejected the plan.", "2024-08-21", "rejected",
                   "2024-08-21/day"));
    /* "earlier utterance": an act told in a fronted utterance of the past
     * ("In an earlier statement", "In one of his recently published
     * assessments") is background; "In a statement", or one with its day,
     * is dated as usual */
    CHECK(event_is("In an earlier statement, the ministry accused the army of torture.", "2024-08-21", "accused",
                   "none+h"));
    CHECK(event_is("In one of his recently published assessments, the envoy accused the army of torture.",
                   "2024-08-21", "accused", "none+h"));
    CHECK(event_is("In a statement, the ministry accused the army of torture.", "2024-08-21", "accused",
                   "2024-08-21/day"));
    CHECK(event_is("In its assessment released on Monday, the panel accused the army of torture.", "2024-08-21",
                   "accused", "2024-08-19/day"));
    /* "relative background": a past act of a relative clause set off by a
     * comma, with no time of its own, describing a clause in the present
     * or the perfect, is background; not under a past clause, a saying,
     * a recent time of the clause it describes, nor a restrictive one */
    CHECK(event_is("The junta, which expelled French troops, is seeking Russian help.", "2024-06-02", "expelled",
                   "none+h"));
    CHECK(event_is("Raids in the capital, in which gunmen killed nine people, have put the police on alert.",
                   "2024-06-02", "killed", "none+h"));
    CHECK(event_is("The junta, which expelled French troops, met the Russian envoy.", "2024-06-02", "expelled",
                   "2024-06-02/day"));
    /* nor describing a relative clause in the present set off by commas
     * (the noun of a state: "the port, which remains a hub, which rebels
     * shelled,"), whatever the day of the main clause; a past one is the
     * main clause's time (dates.c: rel_background) */
    CHECK(event_is("Officials from the port, which remains a hub for the region, which rebels shelled, met the "
                   "president on Wednesday.", "2024-06-07", "shelled", "none+h"));
    CHECK(event_is("Officials from the port, which remained a hub for the region, which rebels shelled, met the "
                   "president on Wednesday.", "2024-06-07", "shelled", "2024-06-05/day"));
    CHECK(event_is("Officials from the port, which rebels shelled, met the president on Wednesday.", "2024-06-07",
                   "shelled", "2024-06-05/day"));
    CHECK(event_is("Officials say the junta, which expelled French troops, wants Russian help.", "2024-06-02",
                   "expelled", "2024-06-02/day"));
    CHECK(event_is("Nine people have died in shelling today, which also wounded 17 people.", "2024-06-02", "wounded",
                   "2024-06-02/day"));
    CHECK(event_is("The police have arrested the man who attacked the mosque.", "2024-06-02", "attacked",
                   "2024-06-02/day"));
    /* "since the noun": a date before a noun after "since" ("since the
     * 1991 Gulf War") starts the clause's period, as "since 1991" does,
     * and still dates its noun; a simple past is not dated by it */
    CHECK(event_is("U.N. monitors have patrolled the border since the 1991 Gulf War.", "2014-06-01", "patrolled",
                   "1991-01-01/year+h"));
    CHECK(event_is("Peacekeepers have patrolled the area ever since a 1994 truce.", "2014-06-01", "patrolled",
                   "1994-01-01/year+h"));
    CHECK(event_is("Rebels shot down a helicopter on Tuesday, the first since the 2009 offensive.", "2014-06-01",
                   "shot", "2014-05-27/day"));
    CHECK(event_is("Losses since the March 2003 invasion reached 2,000.", "2014-06-01", "invasion",
                   "2003-03-01/month+h"));
    /* "pluperfect": a past perfect the story tells itself, with no time of
     * its own, is background; what a speaker reports or denies, a past
     * perfect a "when" clause or a recent "by" phrase sets in the news's
     * time, and one with a time phrase are dated as usual */
    CHECK(event_is("The militia had captured the port in hopes of trading it for prisoners.", "2024-06-02",
                   "captured", "none+h"));
    CHECK(event_is("Aid workers met villagers who had protested against the mine.", "2024-06-02", "protested",
                   "none+h"));
    CHECK(event_is("By early 2003, the rebels had captured much of the country.", "2024-06-02", "captured",
                   "none+h"));
    CHECK(event_is("An army spokesman said the militia had captured the port.", "2024-06-02", "captured",
                   "2024-06-02/day"));
    CHECK(event_is("The minister denied that the militia had captured the port.", "2024-06-02", "captured",
                   "2024-06-02/day"));
    CHECK(event_is("According to the army, the militia had captured the port.", "2024-06-02", "captured",
                   "2024-06-02/day"));
    CHECK(event_is("Troops had barely entered the village when a mine exploded.", "2024-06-02", "entered",
                   "2024-06-02/day"));
    CHECK(event_is("By nightfall, troops had recaptured the town.", "2024-06-02", "recaptured", "2024-06-02/day"));
    CHECK(event_is("The militia had captured the port on Tuesday.", "2024-06-02", "captured", "2024-05-28/day"));
    CHECK(event_is("Prisoners still held by the militia had attacked the guards.", "2024-06-02", "attacked",
                   "none+h"));
    CHECK(event_is("Jets tested the newly acquired missile system on Monday.", "2019-11-27", "acquired", "none+h"));
    CHECK(event_is("Jets tested the missile system Ankara acquired on Monday.", "2019-11-27", "acquired",
                   "2019-11-25/day"));
    /* a bound dates nothing */
    CHECK(event_is("Before February 2022, Russia sold gas to Germany.", "2024-06-28", "sold", "2024-06-28/day"));
    CHECK(event_is("The envoy met rebels until 2019.", "2024-06-28", "met", "2024-06-28/day"));
    /* "DATE, when X": DATE dates X; "the 2015 deal, ..., which X": the
     * noun's date dates what it did */
    CHECK(event_is("In August 2022, when the president called for war, the town mobilised.", "2025-03-12", "called",
                   "2022-08-01/month+h"));
    CHECK(event_is("The 2015 deal, known as the JCPOA, which lifted sanctions, expired.", "2025-03-12", "lifted",
                   "2015-01-01/year+h"));
    /* a plan is not dated by the day it is for */
    CHECK(event_is("China will host talks with Iran on Friday.", "2025-03-13", "host", "2025-03-13/day"));
    CHECK(event_is("China hosted talks with Iran on Friday.", "2025-03-13", "hosted", "2025-03-07/day"));
    CHECK(event_is("Putin is due to meet Erdogan in Turkey in January.", "2019-11-25", "meet", "2019-11-25/day"));
    CHECK(event_is("The leaders will meet on December 30, 2021.", "2021-05-06", "meet", "2021-05-06/day"));
    /* future: a plan's weekday or month is the coming one, which dates no
     * event ("is set to vote Friday", "On Friday, X will join") */
    CHECK(date_is("The council is set to vote on Friday.", "2020-09-29", "2020-10-02/day"));
    CHECK(date_is("The council voted on Friday.", "2020-09-29", "2020-09-25/day"));
    CHECK(date_is("On Friday, the envoy will join the talks.", "2020-09-29", "2020-10-02/day"));
    CHECK(date_is("On Friday, the envoy joined the talks.", "2020-09-29", "2020-09-25/day"));
    CHECK(date_is("On Friday, the envoy said he would join the talks.", "2020-09-29", "2020-09-25/day"));
    CHECK(date_is("The envoy is expected to sign the deal in March.", "2021-05-06", "2022-03-01/month"));
    CHECK(date_is("The envoy signed the deal in March.", "2021-05-06", "2021-03-01/month"));
    CHECK(date_is("The leaders will meet on May 3.", "2021-05-06", "2022-05-03/day"));
    /* ... past the plan verb's object ("would take effect on July 1", "will
     * hold talks on Friday"), and a coordinated act is not dated by it;
     * must not: the same done ("took effect on July 1") */
    CHECK(date_is("The duties will take effect on July 1.", "2025-06-18", "2025-07-01/day"));
    CHECK(date_is("The duties took effect on July 1.", "2025-07-18", "2025-07-01/day"));
    CHECK(date_is("The duties took effect on July 1.", "2025-06-18", "2024-07-01/day"));
    CHECK(event_is("The ministry said the duties would take effect on July 1 and accused Kenyan firms of "
                   "dumping.", "2025-06-18", "accused", "2025-06-18/day"));
    /* a time set off by commas in the plan's clause */
    CHECK(date_is("I will substantially increase, on April 2nd, the tariffs on cars.", "2025-03-11",
                  "2025-04-02/day"));
    CHECK(date_is("The army shelled, on April 2nd, the northern town.", "2025-05-11", "2025-04-02/day"));
    CHECK(date_is("The army shelled, on April 2nd, the northern town.", "2025-03-11", "2024-04-02/day"));
    CHECK(date_is("In London, Monday, May contracts of crude shot up.", "2010-06-01", "2010-05-31/day"));
    CHECK(event_is("The bloc is set to vote Friday on tariffs that Germany fears could start a trade war.",
                   "2024-10-03", "fears", "2024-10-03/day"));
    CHECK(event_is("The bloc voted Friday on tariffs that Germany feared could start a trade war.",
                   "2024-10-03", "feared", "2024-09-27/day"));
    /* "declared Tuesday as ...": a day named, not a time */
    CHECK(event_is("The president declared Tuesday as a day of mourning.", "2021-05-09", "declared",
                   "2021-05-09/day"));
    /* what a speaker says is not dated by when it was said; but a time
     * right after the verb of saying dates the saying */
    CHECK(event_is2("The United States warned Wednesday that Iran was defying the council.", "2025-03-13",
                    "warned", "warned", false, "2025-03-12/day"));
    CHECK(event_is2("A spokesperson told VOA on Sunday that the talks failed.", "2025-03-11", "told", "told", false,
                    "2025-03-09/day"));
    CHECK(event_is2("Iran said troops killed ten people on Wednesday.", "2025-03-13", "said", "said", false,
                    "2025-03-13/day"));
    /* "Last month, X said ...": a phrase before the speaker is the
     * saying's time; "Troops killed ... on Tuesday, the army said" is what
     * was said */
    CHECK(event_is2("Last month, the president said the deal was vital.", "2025-03-10", "said", "said", true,
                    "2025-02-01/month"));
    CHECK(event_is2("Troops killed ten people on Tuesday, the army said.", "2020-10-02", "said", "said", true,
                    "2020-10-02/day"));
    CHECK(event_is2("A gunman told a court on Tuesday that he tried to kill the journalist.", "2025-03-12", "told",
                    "told", false, "2025-03-11/day"));
    CHECK(event_is2("Then on March 31, Philippine officials reported that ships were spotted.", "2021-04-16",
                    "reported", "reported", true, "2021-03-31/day"));
    CHECK(event_is2("He announced a \"separation\" from the United States in 2016.", "2021-04-16", "announced",
                    "announced", false, "2016-01-01/year+h"));
    /* ... but a noun and its time followed by a verb are what is said
     * ("indicated two attacks in 2015 had ..."), unless the verb tells
     * someone ("told reporters on Monday the army had ...") */
    CHECK(event_is2("Intelligence reports indicated two attacks in 2015 had involved refugees.", "2021-04-16",
                    "indicated", "indicated", false, "2021-04-16/day"));
    CHECK(event_is2("The general told reporters on Monday the army had withdrawn.", "2021-04-16", "told", "told",
                    false, "2021-04-12/day"));
    /* fronted: a participle opens no reported speech ("Asked ... Monday if
     * ..., X said"); a "when" clause before the main verb, or a "before" or
     * "after" one dated a week or longer, dates it */
    CHECK(event_is2("Asked by reporters while flying Monday to Riyadh if the army was ready, the minister said "
                    "the talks would go on.", "2025-03-14", "said", "Asked", true, "2025-03-10/day"));
    CHECK(event_is2("The army attacked the town on Monday if the envoy is right, the minister said.", "2025-03-14",
                    "said", "said", true, "2025-03-14/day"));
    CHECK(event_is("Before concluding his questioning in the trial last week, the prosecutor listed the "
                   "charges.", "2025-03-13", "listed", "2025-03-03/week"));
    CHECK(event_is("Before concluding his questioning in the trial on Monday, the prosecutor listed the "
                   "charges.", "2025-03-13", "listed", "2025-03-13/day"));
    CHECK(event_is("When the rebels attacked the town on Monday, the army fled.", "2025-03-13", "fled",
                   "2025-03-10/day"));
    CHECK(event_is("When the rebels attacked the town on Monday, the army will flee.", "2025-03-13", "flee",
                   "2025-03-13/day"));
    /* "said Monday the army ...": what was said starts after the day */
    CHECK(event_is("The envoy said Monday the army hopes to retake the town in talks Tuesday.", "2025-03-12",
                   "said", "2025-03-10/day"));
    /* what "said" reports with no "that" is a clause of its own */
    CHECK(event_is("He said the bloc was formed in 1993 to hurt America.", "2025-03-13", "formed",
                   "1993-01-01/year+h"));
    CHECK(event_is("He said the bloc was formed in 1993. Later, he threatened the bloc.", "2025-03-13", "threatened",
                   "2025-03-13/day"));
    /* a present perfect is not dated by a time long past, which is another
     * verb's */
    CHECK(event_is("Libya has offered to hand over two men suspected of blowing up a plane in 1988.", "2000-01-05",
                   "offered", "2000-01-05/day"));
    CHECK(event_is("Libya handed over two men suspected of blowing up a plane in 1988.", "2000-01-05", "handed",
                   "1988-01-01/year+h"));
    /* a time in a quotation dates what is quoted */
    CHECK(event_is("\"Last week, we signed a treaty,\" the envoy said, surrounded by diplomats.", "2024-06-28",
                   "surrounded", "2024-06-28/day"));
    CHECK(event_is("\"Last week, we signed a treaty,\" the envoy said, surrounded by diplomats.", "2024-06-28",
                   "signed", "2024-06-17/week"));
    /* no story date: no date */
    CHECK(event_is("Rebels attacked the town on Thursday.", NULL, "attacked", "none"));

    /* ---- days counted from another ---- */
    CHECK(event_is("On Tuesday, rebels seized the town. The next day, troops retook it.", "2020-10-02", "retook",
                   "2020-09-30/day"));
    CHECK(event_is("On Tuesday, rebels seized the town. Two days later, troops retook it.", "2020-10-02", "retook",
                   "2020-10-01/day"));
    CHECK(event_is("On Tuesday, rebels seized the town. A week earlier, troops had left it.", "2020-10-02", "left",
                   "2020-09-22/day"));
    CHECK(event_is("On Tuesday, rebels seized the town. Troops had left it the day before.", "2020-10-02", "left",
                   "2020-09-28/day"));
    CHECK(event_is("On Tuesday, rebels seized the town. Troops retook it 48 hours after the rebels seized it.",
                   "2020-10-02", "retook", "2020-10-01/day"));
    /* counted from the last date named, whatever its precision */
    CHECK(event_is("Last month, insurgents ambushed a bus. Days later, a bomb killed eleven miners.", "2025-03-12",
                   "killed", "2025-02-01/month"));
    /* "N years after X" with X undated: no date from a count that long */
    CHECK(event_is("In 2009 Albania joined NATO. Analysts questioned the decision to act eight years after he left "
                   "office.", "2021-05-22", "questioned", "2021-05-22/day"));
    /* "hours after X", X dated: X's date */
    CHECK(event_is("Police fired on protesters hours after Tuesday's attack.", "2020-10-02", "fired", "2020-09-29/day"));
    /* "the next day" with no day before it: none after the story */
    CHECK(event_is("Troops retook the town the next day.", "2020-10-02", "retook", "2020-10-02/day"));
    /* "N days after X": X is N days before the clause it depends on */
    CHECK(event_is("The deportations took place on Feb. 27. She visited the prisoners the day after they were "
                   "deported.", "2025-03-11", "visited", "2025-02-28/day"));
    CHECK(event_is("The deportations took place on Feb. 27. She visited the prisoners the day after they were "
                   "deported.", "2025-03-11", "deported", "2025-02-27/day"));
    /* ... after a day the sentence names before it, that day is the
     * clause's own: X is N days before it */
    CHECK(event_is("Rebels attacked a convoy on Tuesday, a day after troops shelled the town.", "2024-03-14",
                   "shelled", "2024-03-11/day"));
    CHECK(event_is("Rebels attacked a convoy on Tuesday, a day after troops shelled the town.", "2024-03-14",
                   "attacked", "2024-03-12/day"));
    CHECK(event_is("His comments come two days after Erdogan denounced Israel.", "2021-05-10", "denounced",
                   "2021-05-08/day"));
    /* "years after": "N months (years) after X" puts X in the month (year)
     * N before, not a day ("twenty" is a count too); weeks stay days */
    CHECK(event_is("Twenty years after French agents bombed the ship, the crew gathered in Auckland.", "2005-07-10",
                   "bombed", "1985-01-01/year+h"));
    CHECK(event_is("The crew gathered on Sunday, two years after French agents bombed the ship.", "2005-07-10",
                   "bombed", "2003-01-01/year+h"));
    CHECK(event_is("In April 2003, a month after American troops marched into Iraq, polls shifted.", "2005-07-10",
                   "marched", "2003-03-01/month+h"));
    CHECK(event_is("The crew gathered on Sunday, two weeks after French agents bombed the ship.", "2005-07-10",
                   "bombed", "2005-06-26/day"));

    /* ---- an earlier sentence's date (dates_story, dates_continues) ---- */
    /* a sentence that names no actor or place of the dated one, and has no
     * link to it, is not dated by it */
    CHECK(event_is("In 1995 gunmen bombed the market. Insurgents killed six people in the north.", "2021-05-06",
                   "killed", "2021-05-06/day"));
    CHECK(!continues("In 1995 gunmen bombed the market. Insurgents killed six people in the north.", 0, 1));
    /* a pronoun, a link word or a shared name continues it */
    CHECK(event_is("In 1995 gunmen bombed the market. They fled to the hills.", "2021-05-06", "fled",
                   "1995-01-01/year+h"));
    CHECK(event_is("In 1995 the militia bombed the market. Its fighters fled to the hills.", "2021-05-06", "fled",
                   "1995-01-01/year+h"));
    CHECK(event_is("In 1995 the militia bombed the market. It also seized the port.", "2021-05-06", "seized",
                   "1995-01-01/year+h"));
    CHECK(!continues("In 1995 the militia bombed the market. It emerged that police knew.", 0, 1));
    CHECK(event_is("On Tuesday, rebels attacked Ganja. Then militiamen burned the market.", "2020-10-02", "burned",
                   "2020-09-29/day"));
    CHECK(event_is("On Tuesday, rebels attacked Ganja. Militiamen also shelled Ganja airport.", "2020-10-02",
                   "shelled", "2020-09-29/day"));
    CHECK(continues("On Tuesday, rebels attacked Ganja. Militiamen also shelled Ganja airport.", 0, 1));
    /* the two: "The two leaders", "Both sides" after the sentence that
     * named them go on with its occasion; what they say of it, and another
     * subject, do not (datestory.c: the_two) */
    CHECK(event_is("The Kenyan president met the Ugandan president in Kampala on Monday. The two leaders signed a "
                   "trade pact.", "2021-05-06", "signed", "2021-05-03/day"));
    CHECK(event_is("The Kenyan president met the Ugandan president in Kampala on Monday. Both sides signed a "
                   "trade pact.", "2021-05-06", "signed", "2021-05-03/day"));
    CHECK(event_is("The Kenyan president met the Ugandan president in Kampala on Monday. The two leaders said they "
                   "would sign a trade pact.", "2021-05-06", "said", "2021-05-06/day"));
    CHECK(event_is("The Kenyan president met the Ugandan president in Kampala on Monday. Two rival ministers signed a "
                   "trade pact.", "2021-05-06", "signed", "2021-05-06/day"));
    /* "In response," links an act to the one before (datestory.c:
     * dates_continues); "In Kabul," does not */
    CHECK(event_is("Last month the envoy threatened to cut aid. In response, the army chief warned Washington.",
                   "2021-05-06", "warned", "2021-04-01/month"));
    CHECK(event_is("Last month the envoy threatened to cut aid. In Kabul, the army chief warned Washington.",
                   "2021-05-06", "warned", "2021-05-06/day"));
    /* response: an act that answers ("retaliated", "responded", "hit
     * back") goes on with the act told before it; another act does not */
    CHECK(event_is("Last week the president imposed tariffs on steel. The premier retaliated by raising duties on "
                   "cars.", "2021-05-06", "raising", "2021-04-26/week"));
    CHECK(event_is("Last week the president imposed tariffs on steel. The premier struck back with duties on cars.",
                   "2021-05-06", "struck", "2021-04-26/week"));
    CHECK(continues("Last week the president imposed tariffs on steel. The premier responded with duties on cars.",
                    0, 1));
    CHECK(event_is("Last week the president imposed tariffs on steel. The premier raised duties on cars.",
                   "2021-05-06", "raised", "2021-05-06/day"));
    CHECK(!continues("Last week the president imposed tariffs on steel. The premier raised duties on cars.", 0, 1));
    /* ... a saying too, past a quotation of several sentences (its middle
     * ones have no mark: still the quotation); "did not" tells no act */
    inherit = false;
    CHECK(event_is2("Earlier this month, the president threatened the rebels. He said, \"We will act. But we want "
                    "peace. We are ready.\" In response, the rebel chief warned the army.", "2021-05-20",
                    "warned", "warned", false, "2021-05-01/month"));
    CHECK(event_is2("Earlier this month, the president threatened the rebels. He said, \"We will act. But we want "
                    "peace. We are ready.\" The rebel chief warned the army.", "2021-05-20",
                    "warned", "warned", false, "2021-05-20/day"));
    inherit = true;
    CHECK(!continues("In 2019 the minister met Macron in Paris. The minister did not reply to questions.", 0, 1));
    /* its subject the saying of the sentence before ("The statement came
     * as ..."), not another ("A statement ...") */
    CHECK(event_is("Earlier this month, the army said it would fight on. The statement came as rebels shelled the "
                   "port.", "2021-05-20", "shelled", "2021-05-01/month"));
    CHECK(event_is("Earlier this month, the army said it would fight on. A statement came as rebels shelled the "
                   "port.", "2021-05-20", "shelled", "2021-05-20/day"));
    /* its subject a word of the dated sentence */
    CHECK(event_is("In 2018, officials offered to pay her relatives to lure her abroad. The relatives refused.",
                   "2025-03-12", "refused", "2018-01-01/year+h"));
    /* a present or perfect sentence ends it, and does not take it */
    CHECK(event_is("In February 2021, Iran stopped its commitments. The agency says it cannot verify them. Greece "
                   "and Iran supported the call.", "2025-03-13", "supported", "2025-03-13/day"));
    CHECK(event_is("In 2019, China signed a trade deal with Mauritius. China has expanded its trade with "
                   "Mauritius.", "2025-03-12", "expanded", "2025-03-12/day"));
    CHECK(!continues("In 2019, China signed a trade deal with Mauritius. China has expanded its trade with "
                     "Mauritius.", 0, 1));
    /* a quotation is the speaker's, not the story's sequence */
    CHECK(!continues("In 2019, China signed a deal. \"China helped us,\" the minister said.", 0, 1));
    /* a dated quotation ends the event told before; "X added" goes on with
     * what X said */
    CHECK(event_is("On Tuesday, rebels attacked Ganja. \"We will win,\" the minister said Wednesday. Rebels also "
                   "shelled Ganja.", "2020-10-02", "shelled", "2020-10-02/day"));
    CHECK(event_is("On Tuesday, the minister accused Armenia of shelling Ganja. The minister added that Armenia "
                   "had lied.", "2020-10-02", "added", "2020-09-29/day"));
    CHECK(event_is("\"We will win,\" the minister told reporters on Wednesday. The minister added that Armenia had "
                   "lied.", "2020-10-02", "added", "2020-09-30/day"));
    CHECK(event_is("\"We will win,\" the minister told reporters on Wednesday. The minister accused Armenia of lying.",
                   "2020-10-02", "accused", "2020-10-02/day"));
    /* the pronoun of the dated sentence stands for an actor the sentence
     * before it names */
    CHECK(event_is("Duterte moved closer to Beijing. He announced a separation in 2016, and the first vaccines "
                   "arrived in Manila on March 29. Duterte welcomed the vaccines.", "2021-04-16", "welcomed",
                   "2021-03-29/day"));
    CHECK(event_is("Duterte moved closer to Beijing. The first vaccines arrived in Manila on March 29. Duterte "
                   "welcomed the vaccines.", "2021-04-16", "welcomed", "2021-04-16/day"));
    /* "There," (or "At the time,") names the place or time the sentence
     * before it named, in any of its clauses */
    CHECK(event_is("The sides have been stuck since talks failed at the summit held in February. There, Kim "
                   "asked Trump for relief. Trump denied the request.", "2019-12-18", "asked", "2019-02-01/month+h"));
    CHECK(event_is("The sides have been stuck since talks failed at the summit held in February. There, Kim "
                   "asked Trump for relief. Trump denied the request.", "2019-12-18", "denied",
                   "2019-02-01/month+h"));
    CHECK(event_is("The sides have been stuck since talks failed at the summit held in February. Kim asked "
                   "Trump for relief.", "2019-12-18", "asked", "2019-12-18/day"));
    /* the same speaker's same occasion: a saying (and what it reports)
     * after a dated saying takes its date; another speaker's does not */
    inherit = false;
    CHECK(event_is2("The Israeli prime minister said Sunday the state would keep order. The Israeli leader told a "
                    "cabinet meeting "
                    "that he vowed to enforce the law.", "2021-05-10", "told", "told", false, "2021-05-09/day"));
    CHECK(event_is2("The Israeli prime minister said Sunday the state would keep order. The Israeli leader told a "
                    "cabinet meeting "
                    "that he vowed to enforce the law.", "2021-05-10", "vowed", "told", false, "2021-05-09/day"));
    CHECK(event_is2("The Israeli prime minister said Sunday the state would keep order. Rivka Cohen, of the Israeli "
                    "opposition, "
                    "told reporters the state failed.", "2021-05-10", "told", "told", false, "2021-05-10/day"));
    /* a quotation whose speaker, named after it, is the dated speaker
     * ('"...," he said', '"...," said the spokesperson'): the same
     * occasion (dates.c: quote_same_speaker); another speaker: not */
    CHECK(event_is2("The defence minister told reporters Tuesday the border would stay shut. \"We will not reopen it,\" the "
                    "minister said.", "2022-03-10", "said", "said", false, "2022-03-08/day"));
    CHECK(event_is2("The defence minister told reporters Tuesday the border would stay shut. \"We will not reopen it,\" he "
                    "said.", "2022-03-10", "said", "said", false, "2022-03-08/day"));
    CHECK(event_is2("The defence minister told reporters Tuesday the border would stay shut. \"It must reopen,\" said Omar "
                    "Haddad, of the traders' union.", "2022-03-10", "said", "said", false, "2022-03-10/day"));
    /* a date right after what a speaker issued dates the saying
     * ("issued a statement Monday"); its quotation follows */
    CHECK(event_is2("The ministry issued a statement Monday rejecting the claims. \"The report is false,\" the "
                    "ministry said.", "2022-03-10", "said", "said", false, "2022-03-07/day"));
    CHECK(event_is2("The ministry rejected the claims Monday as troops massed. \"The report is false,\" the "
                    "ministry said.", "2022-03-10", "said", "said", false, "2022-03-10/day"));
    /* what the same speaker reports, an infinitive too ("ready to
     * support": no noun, dates.c: head_noun); another speaker's: not */
    CHECK(event_is2("The agency told reporters on Monday the decision was wrong. The agency said it was ready to "
                    "support the talks.", "2021-04-02", "support", "said", false, "2021-03-29/day"));
    CHECK(event_is2("The agency told reporters on Monday the decision was wrong. Rivka Cohen, of the opposition, "
                    "said she was ready to support the talks.", "2021-04-02", "support", "said", false,
                    "2021-04-02/day"));
    /* a quotation no one is said to speak, right after the dated
     * speaker's, goes on with it (datestory.c: attributed) */
    CHECK(event_is2("In an interview on Tuesday, the lawyer, Omar Haddad, said the charges were false. \"We will "
                    "not appear,\" Haddad said. \"The minister will not cooperate with the court.\"",
                    "2022-03-10", "cooperate", NULL, false, "2022-03-08/day"));
    CHECK(event_is2("In an interview on Tuesday, the lawyer, Omar Haddad, said the charges were false. \"We will "
                    "not appear,\" said Rivka Cohen, of the opposition. \"The minister will not cooperate with "
                    "the court.\"", "2022-03-10", "cooperate", NULL, false, "2022-03-10/day"));
    inherit = true;
    /* "X added" right after a dated sentence goes on with its speaker; an
     * agentless past passive right after one tells what its act did
     * (datestory.c: dates_continues, agentless_passive) */
    CHECK(event_is("In a ruling in 2019, the tribunal found the strike unlawful. The judges added that the ministry "
                   "must pay damages.", "2022-03-10", "added", "2019-01-01/year+h"));
    CHECK(event_is("Ties collapsed in 2011 after soldiers raided the embassy. Four guards inside were wounded.",
                   "2022-03-10", "wounded", "2011-01-01/year+h"));
    CHECK(event_is("Ties collapsed in 2011 after soldiers raided the embassy. Four guards were wounded by gunmen "
                   "in the capital.", "2022-03-10", "wounded", "2022-03-10/day"));
    CHECK(event_is("Ties collapsed in 2011 after soldiers raided the embassy. The ministry wants new talks. Four "
                   "guards inside were wounded.", "2022-03-10", "wounded", "2022-03-10/day"));
    /* what a speaker issued, dated ("an article published in September",
     * "in an interview on Sunday"), is a dated saying its pronoun goes on
     * with (datestory.c: utterance_date); a building's date is not */
    inherit = false;
    CHECK(event_is2("The minister wrote an article published in September. He said the deterrence failed.",
                    "2024-10-04", "said", "said", false, "2024-09-01/month"));
    CHECK(event_is2("In an interview on Sunday, the minister praised the army. He said the deterrence failed.",
                    "2024-10-04", "said", "said", false, "2024-09-29/day"));
    CHECK(event_is2("The minister toured a bridge opened in September. He said the deterrence failed.",
                    "2024-10-04", "said", "said", false, "2024-10-04/day"));
    inherit = true;
    /* a date before a noun starts no sequence */
    CHECK(event_is("The chief praised the February 2020 pact. The Taliban attacked Kabul.", "2021-05-09",
                   "attacked", "2021-05-09/day"));
    /* restrictive relative: a relative with no comma ends where the main
     * verb group begins, so its time is not the main clause's; must not:
     * a second verb of the relative ("and killed"), a noun the tagger
     * reads as a verb ("by the Iraqi forces in November") */
    CHECK(event_is("Gunmen who abducted 20 students last month have released them.", "2024-07-12", "released",
                   "2024-07-12/day"));
    CHECK(event_is("Gunmen who abducted 20 students last month have released them.", "2024-07-12", "abducted",
                   "2024-06-01/month"));
    CHECK(event_is("The deal that was signed in 2015 collapsed on Monday.", "2021-05-06", "collapsed",
                   "2021-05-03/day"));
    CHECK(event_is("Gunmen who abducted and killed two teachers in March fled.", "2021-05-06", "killed",
                   "2021-03-01/month+h"));
    CHECK(event_is("Civilians were killed in the town that was captured by the Iraqi forces in November.",
                   "2010-06-01", "killed", "2010-06-01/day"));
    /* ---- incident: "killed in the attack" takes the date of the
     * incident an earlier sentence dated (dates.c: incident_ref) ---- */
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. Four guards were also killed in the attack.",
                   "2021-05-06", "killed", "2021-05-04/day"));
    CHECK(event_is("Tuesday's bombing of the market shocked the city. A rebel group quickly claimed responsibility "
                   "for the bombing.", "2021-05-06", "claimed", "2021-05-04/day"));
    CHECK(event_is("The convoy came under a rocket attack on Monday. Two drivers died during the initial attack.",
                   "2021-05-06", "died", "2021-05-03/day"));
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. During the raid, militants abducted two teachers.",
                   "2021-05-06", "abducted", "2021-05-04/day"));
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. In the attack's aftermath, militants abducted two "
                   "teachers.", "2021-05-06", "abducted", "2021-05-06/day"));
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. During the talks, militants abducted two teachers.",
                   "2021-05-06", "abducted", "2021-05-06/day"));
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. Soldiers repelled the attack.", "2021-05-06",
                   "repelled", "2021-05-04/day"));
    /* a reaction, an act with its own object, an indefinite or plural
     * incident, or no incident dated: the story's day */
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. The government condemned the attack.",
                   "2021-05-06", "condemned", "2021-05-06/day"));
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. Police arrested three suspects in the attack.",
                   "2021-05-06", "arrested", "2021-05-06/day"));
    CHECK(event_is("Gunmen attacked a bus in the north on Tuesday. Four guards were killed in an attack in the "
                   "south.", "2021-05-06", "killed", "2021-05-06/day"));
    CHECK(event_is("The talks ended on Tuesday. Four guards were killed in the attack.", "2021-05-06", "killed",
                   "2021-05-06/day"));
    /* an incident of long ago is not "the attack" of the story */
    CHECK(event_is("Gunmen bombed the market in 2017. Four guards were killed in the attack.", "2021-05-06",
                   "killed", "2021-05-06/day"));
    CHECK(event_is("Gunmen will attack the city on Friday, a commander warned. Four guards were killed in the "
                   "attack.", "2021-05-06", "killed", "2021-05-06/day"));
    /* a present is not dated by a time of its own clause over a week
     * past; a past is, and so is a present said on a day (dates.c:
     * clause_best) */
    CHECK(event_is("The ship was named in January articles as one of two ships Tehran is using to import fuel "
                   "from China.", "2025-03-14", "import", "2025-03-14/day"));
    CHECK(event_is("The ship was named in January articles as one of two ships Tehran used to import fuel from "
                   "China.", "2025-03-14", "import", "2025-01-01/month+h"));
    CHECK(event_is("In 1971, a nurse meets a reporter at a strike.", "2010-06-01", "meets", "1971-01-01/year+h"));
    inherit = false;
    CHECK(event_is("The spokesperson responded in a Jan. 23 briefing, asserting that China abides by its rules.",
                   "2025-03-14", "abides", "2025-01-23/day+h"));
    inherit = true;
    /* a comma that ends a clause inside the clause the sentence opens with
     * ends that one too: what follows is the main clause, whose date the
     * next sentence goes on with (dates.c: dates_clauses_scan) */
    CHECK(event_is("After weeks of denying it was planning to return the men it had held since arresting them in "
                   "2014, Thailand abruptly turned 40 of them over to China on Feb. 27. The United Nations strongly "
                   "condemned Thailand for the deportations.", "2025-03-11", "condemned", "2025-02-27/day"));
    CHECK(event_is("Thailand, which had held the men since arresting them in 2014, turned 40 of them over to China "
                   "on Feb. 27. The United Nations strongly condemned Thailand for the deportations.", "2025-03-11",
                   "condemned", "2025-02-27/day"));
    CHECK(event_is("After weeks of denying it was planning to return the men it had held since arresting them in "
                   "2014, Thailand abruptly turned 40 of them over to China on Feb. 27. Germany condemned the "
                   "deportations.", "2025-03-11", "condemned", "2025-03-11/day"));
    /* a quotation of a speaker the story dated a saying of (or a making
     * known: "disclosed") was said then; not another speaker's, nor when
     * the saying had no day (datestory.c: speaker_find) */
    {
        static const char *const said[][3] = {
            {"late Tuesday", "Mujahid", "AFGGOV>IGOUNO:010@2024-08-20"},
            {"", "Mujahid", "AFGGOV>IGOUNO:010@2024-08-21"},
            {"late Tuesday", "the Taliban", "AFGGOVTAL>IGOUNO:010@2024-08-21"},
        };
        for (size_t q = 0; q < sizeof said / sizeof *said; q++) {
            char text[512];
            snprintf(text, sizeof text, "The United Nations rapporteur confirmed Wednesday that the Taliban had "
                     "barred him. Taliban spokesperson Zabihullah Mujahid disclosed the decision to a broadcaster "
                     "%s. The rapporteur said the move was a step backwards. \"The United Nations spreads "
                     "propaganda in Afghanistan,\" %s said.", said[q][0], said[q][1]);
            const char *got = stage_code_titled("UN", text, "2024-08-21");
            if (!strstr(got, said[q][2])) {
                fprintf(stderr, "  speaker: %s / %s: %s, want %s\n", said[q][0], said[q][1], got, said[q][2]);
            }
            CHECK(strstr(got, said[q][2]) != NULL);
        }
    }
    /* ---- added: the same speaker's saying "added" on a day the text
     * gives dates the undated saying right before it (datestory.c:
     * added_to) ---- */
    {
        static const char *const lead = "The son of the publisher met officials in Washington this week. But a State "
                                        "Department spokesperson reaffirmed that the United States calls for the "
                                        "immediate release of Lai. ";
        static const char *const added[][2] = {
            {"\"His detention shows how China uses vague laws,\" the spokesperson added in a statement emailed to "
             "VOA on Wednesday.", "USA>:0253@2025-03-12"},
            {"The spokesperson added on Wednesday that China uses vague laws.", "USA>:0253@2025-03-12"},
            /* another speaker, or a saying not added to the one before */
            {"\"His detention shows how China uses vague laws,\" Senator Jane Roe added on Wednesday.",
             "USA>:0253@2025-03-13"},
            {"\"His detention shows how China uses vague laws,\" the spokesperson said in a statement emailed to "
             "VOA on Wednesday.", "USA>:0253@2025-03-13"},
        };
        for (size_t q = 0; q < sizeof added / sizeof *added; q++) {
            char text[512];
            snprintf(text, sizeof text, "%s%s", lead, added[q][0]);
            const char *got = stage_code_titled("Lai", text, "2025-03-13");
            if (!strstr(got, added[q][1])) {
                fprintf(stderr, "  added: \"%s\": %s, want %s\n", added[q][0], got, added[q][1]);
            }
            CHECK(strstr(got, added[q][1]) != NULL);
        }
    }
    /* ---- reported violence: an act of violence a speaker reports, or
     * told in the pluperfect, with no time of its own, is the recent
     * incident the story dated, not the day it is told (dates.c:
     * dates_reported_violence) ---- */
    CHECK(strstr(stage_code("Militants attacked a train in the south on Tuesday. The rebel group said it had killed "
                            "two police officers.", "2021-05-06"), ">---COP:190@2021-05-04") != NULL);
    CHECK(strstr(stage_code("Militants attacked a train in the south on Tuesday. Two police officers had been "
                            "killed, officials said.", "2021-05-06"), ">---COP:190@2021-05-04") != NULL);
    /* not the news told as such, a speaker's own words (the hours since),
     * nor an incident of long ago */
    CHECK(strstr(stage_code("Militants attacked a train in the south on Tuesday. Police killed two rebels.",
                            "2021-05-06"), ">---REB:190@2021-05-06") != NULL);
    CHECK(strstr(stage_code("Militants attacked a train in the south on Tuesday. \"We killed two police officers,\" "
                            "the rebel group said.", "2021-05-06"), ">---COP:190@2021-05-06") != NULL);
    CHECK(strstr(stage_code("Militants attacked a train in the south in 2019. The rebel group said it had killed "
                            "two police officers.", "2021-05-06"), ">---COP:190@2021-05-06") != NULL);
    /* an earlier incident told after the lead (what led to the news) does
     * not take the lead's place; a later one does, and is no lead's
     * (datestory.c: news) */
    CHECK(strstr(stage_code_titled("Siege", "Commandos raided the besieged school on Wednesday. Many pupils were "
                                   "freed. Gunmen attacked the school on Monday. Police said the commandos had "
                                   "killed two police officers.", "2021-05-07"),
                 ":190@2021-05-05") != NULL);
    CHECK(strstr(stage_code_titled("Siege", "Commandos raided the besieged school on Wednesday. Many pupils were "
                                   "freed. Gunmen attacked a checkpoint on Thursday. Police said the commandos had "
                                   "killed two police officers.", "2021-05-07"),
                 ":190@2021-05-07") != NULL);
    /* a plural incident ("Saturday's blasts") is an incident too, and the
     * lead's incident told again on its day is still the lead's */
    CHECK(strstr(stage_code_titled("Blasts", "Officials raised the toll from Saturday's blasts outside a school. The "
                                   "president condemned the bombing. Several schools closed. Residents said the "
                                   "blasts on Saturday shook the city. A spokesman said attackers detonated a car "
                                   "bomb during the rush hour.", "2021-05-06"), ":1832@2021-05-01") != NULL);
    /* a past perfect the story tells of violence after the lead's
     * incident is that incident ("pluperfect"), not background */
    CHECK(strstr(stage_code_titled("Train", "Militants attacked a passenger train in the south on Tuesday. Troops "
                                   "freed many hostages. Sixteen passengers had been killed.", "2021-05-06"),
                 ":190@2021-05-04") != NULL);
    /* nor is a sentence that names times of its own */
    CHECK(strstr(stage_code_titled("Train", "Militants attacked a train in the south on Tuesday. After a 2013 "
                                   "bombing killed 40 people, intelligence officials reported that the rebel group "
                                   "had killed two police officers.", "2021-05-06"), ">---COP:190@2021-05-06") != NULL);
    /* an incident told after the lead is not the news the story follows */
    CHECK(strstr(stage_code_titled("Police clash with protesters", "Police fired tear gas at protesters in "
                                   "Nairobi on Monday. The authorities later arrested 40 people. Insurgents attacked "
                                   "a checkpoint on Sunday. The rebel group said it had killed two police officers.",
                                   "2023-06-12"), "COP:190@2023-06-12") != NULL);
    /* "the toll from Saturday's blast" dates the blast (datexpr.c:
     * attachment), and so the incident */
    CHECK(strstr(stage_code("Officials raised the death toll from Saturday's blast outside a school. A spokesman "
                            "said attackers detonated a car bomb during the rush hour.", "2021-05-06"),
                 ":1832@2021-05-01") != NULL);
    CHECK(date_is("Officials raised the toll from Saturday's blast.", "2021-05-06", "2021-05-01/day"));
    /* an interview's transcript (labelled turns, the speaker changing
     * three times or more, two turns asking): a past act it tells with no time
     * of its own is background; one it dates keeps its date; a story that
     * only quotes a label or two is no transcript (datestory.c:
     * "interviews") */
    {
        static const char qa[] = "Reporters spoke with the envoy about his trip. Press: Whom did you meet? "
                                 "Nakamura: I met the new premier. The rebels shelled the port. Press: And then? "
                                 "Nakamura: On Monday, the army seized the bridge. Press: What next? Nakamura: "
                                 "Talks.";
        CHECK(event_is(qa, "2024-06-02", "shelled", "none+h"));
        CHECK(event_is(qa, "2024-06-02", "seized", "2024-05-27/day"));
        CHECK(event_is("Reporters spoke with the envoy about his trip. Press: Whom did you meet? The rebels "
                       "shelled the port.", "2024-06-02", "shelled", "2024-06-02/day"));
        CHECK(event_is("Update: the rebels shelled the port. Note: Police: Troops: none.", "2024-06-02", "shelled",
                       "2024-06-02/day"));
        /* (nor a page's links, labelled turns that ask nothing) */
        CHECK(event_is("Related: Talks stall. Watch: Crowds march. Related: Police arrest a man. Watch: The rebels "
                       "shelled the port.", "2024-06-02", "shelled", "2024-06-02/day"));
    }
    return STAGE_DONE("dates");
}
