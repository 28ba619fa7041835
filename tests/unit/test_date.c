/* Unit tests for date.c: civil day numbers, weekdays, parsing, names. */
#include "truce_int.h"
#include "unit.h"

int main(void)
{
    CHECK(day_from_ymd(1970, 1, 1) == 0);
    CHECK(day_from_ymd(2000, 3, 1) - day_from_ymd(2000, 2, 28) == 2);   /* leap year */
    CHECK(day_from_ymd(1900, 3, 1) - day_from_ymd(1900, 2, 28) == 1);   /* not leap */
    for (truce_day d = -800000; d < 800000; d += 997) {
        int y, m, dd;
        day_to_ymd(d, &y, &m, &dd);
        CHECK(day_from_ymd(y, m, dd) == d);
    }
    CHECK(day_weekday(day_from_ymd(2021, 5, 6)) == 3);     /* a Thursday */
    CHECK(day_weekday(day_from_ymd(2020, 10, 2)) == 4);    /* a Friday */
    truce_day d;
    CHECK(truce_day_parse("2020-11-09", 10, &d) && d == day_from_ymd(2020, 11, 9));
    CHECK(!truce_day_parse("2021-02-29", 10, &d));
    CHECK(!truce_day_parse("2021-13-01", 10, &d));
    CHECK(!truce_day_parse("2021-1-01", 9, &d));
    CHECK(!truce_day_parse("20x1-01-01", 10, &d));
    char buf[11];
    truce_day_format(day_from_ymd(2020, 9, 27), buf);
    CHECK(strcmp(buf, "2020-09-27") == 0);
    CHECK(month_from_name(S("September")) == 9);
    CHECK(month_from_name(S("Sept.")) == 9);
    CHECK(month_from_name(S("OCT")) == 10);
    CHECK(month_from_name(S("Mayday")) == 0);
    CHECK(weekday_from_name(S("Thursday")) == 3);
    CHECK(weekday_from_name(S("thurs")) == -1);
    return DONE("date");
}
