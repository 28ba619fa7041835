/* Unit tests for dates.c: date expressions and each event's date. Each
 * block names the rule of dates.c it checks. */
#include "stage.h"

/* The first date expression of sentence 0, as YYYY-MM-DD, or "none". */
static const char *first_date(const char *text, const char *story_date, bool *historical)
{
    stage s;
    stage_open(&s, text, story_date);
    const char *d = s.si.n_dates ? stage_day(s.si.dates[0].day) : "none";
    if (historical) {
        *historical = s.si.n_dates && s.si.dates[0].historical_hint;
    }
    stage_close(&s);
    return d;
}

static bool date_is(const char *text, const char *story_date, const char *want)
{
    const char *got = first_date(text, story_date, NULL);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  \"%s\" (story %s): date %s, want %s\n", text, story_date, got, want);
        return false;
    }
    return true;
}

int main(void)
{
    bool hist = false;
    /* full dates: "On November 9, 2020", "9 November 2020", "March, 2016" */
    CHECK(date_is("On November 9, 2020, the leaders signed a statement.", "2021-05-06", "2020-11-09"));
    CHECK(date_is("The war began on 27 September 2020.", "2021-05-06", "2020-09-27"));
    /* a month and day without a year: the latest on or before the story */
    CHECK(date_is("On January 11 the ministers met.", "2021-05-06", "2021-01-11"));
    CHECK(date_is("On 2 May, troops fired on the village.", "2021-05-06", "2021-05-02"));
    CHECK(date_is("On December 30 the ministers met.", "2021-05-06", "2020-12-30"));
    /* weekdays: the latest such day on or before the story; "last" a week
     * earlier when it is the story's own weekday */
    CHECK(date_is("Azerbaijani forces shelled Stepanakert on Thursday.", "2020-10-02", "2020-10-01"));
    CHECK(date_is("The talks resumed on Friday.", "2020-10-02", "2020-10-02"));
    CHECK(date_is("The talks resumed last Friday.", "2020-10-02", "2020-09-25"));
    /* relative days */
    CHECK(date_is("Rebels attacked the town yesterday.", "2020-10-02", "2020-10-01"));
    CHECK(date_is("Rebels attacked the town two days ago.", "2020-10-02", "2020-09-30"));
    CHECK(date_is("Rebels attacked the town last week.", "2020-10-02", "2020-09-25"));
    /* a month alone: the latest such month, its first day; the story's
     * own month says nothing */
    CHECK(date_is("In March the army withdrew.", "2021-05-06", "2021-03-01"));
    CHECK(date_is("In June the army withdrew.", "2021-05-06", "2020-06-01"));
    CHECK(date_is("In May the army withdrew.", "2021-05-06", "none"));
    /* "May" without a number is no month */
    CHECK(date_is("Armenia may respond to the shelling.", "2021-05-06", "none"));
    /* background: "since February 1988", "in 1988", "the 1967 war" */
    CHECK(strcmp(first_date("The conflict has gone on since February 1988.", "2021-05-06", &hist),
                 "1988-02-01") == 0 && hist);
    CHECK(strcmp(first_date("The region was autonomous in 1988.", "2021-05-06", &hist), "1988-01-01") == 0 &&
          hist);
    CHECK(strcmp(first_date("Israel occupied it in the 1967 war.", "2021-05-06", &hist), "1967-01-01") == 0 &&
          hist);
    /* a time inside a "since" phrase starts a period: it dates nothing */
    CHECK(date_is("It was the first attack since the offensive began two months ago.", "2021-05-06", "none"));
    /* no story date: only full dates */
    CHECK(date_is("Rebels attacked the town on Thursday.", NULL, "none"));
    CHECK(date_is("On November 9, 2020, the leaders signed.", NULL, "2020-11-09"));

    /* dates_event: the expression nearest the head; a date after the story
     * is the story's; over 30 days before it is historical */
    {
        stage s;
        stage_open(&s, "On November 9, 2020, Putin signed the statement.", "2021-05-06");
        evctx x = {0};
        dates_event(s.c, &s.si, stage_tok(&s, "signed"), &x, 0, 0, true);
        CHECK(strcmp(stage_day(x.date), "2020-11-09") == 0 && x.date_text && x.historical);
        /* an expression inside [excl_b, excl_e) (a quotation) is not the date */
        dates_event(s.c, &s.si, stage_tok(&s, "signed"), &x, 0, stage_tok(&s, "Putin"), true);
        CHECK(strcmp(stage_day(x.date), "2021-05-06") == 0 && !x.date_text && !x.historical);
        stage_close(&s);
    }
    {
        /* a past act with no expression of its own takes the paragraph's
         * full date (inherit); a present one, and with inherit false, the
         * story's */
        stage s;
        stage_open(&s, "Russian peacekeepers deployed along the line.", "2021-05-06");
        truce_day_parse("2020-11-10", 10, &s.si.para_date);
        evctx x = {0};
        dates_event(s.c, &s.si, stage_tok(&s, "deployed"), &x, 0, 0, true);
        CHECK(strcmp(stage_day(x.date), "2020-11-10") == 0 && x.date_text && x.historical);
        dates_event(s.c, &s.si, stage_tok(&s, "deployed"), &x, 0, 0, false);
        CHECK(strcmp(stage_day(x.date), "2021-05-06") == 0 && !x.date_text);
        stage_close(&s);
    }
    {
        /* never after the story */
        stage s;
        stage_open(&s, "The leaders will meet on December 30, 2021.", "2021-05-06");
        evctx x = {0};
        dates_event(s.c, &s.si, stage_tok(&s, "meet"), &x, 0, 0, true);
        CHECK(strcmp(stage_day(x.date), "2021-05-06") == 0 && !x.date_text);
        stage_close(&s);
    }
    return STAGE_DONE("dates");
}
