/* Unit tests for reader.c: datelines, year inference, JSON Lines. */
#include "truce_int.h"
#include "unit.h"

static truce_day ymd(int y, int m, int d) { return day_from_ymd(y, m, d); }

int main(void)
{
    truce_story st;
    truce_error err = {0};
    const char *a = "Headline here\nYEREVAN, May 6./TASS/. Body text on Thursday. It recalled September 27, 2020 and November 9, 2020.";
    CHECK(truce_read_text(a, strlen(a), TRUCE_NODAY, &st, &err) == TRUCE_OK);
    CHECK(st.date == ymd(2021, 5, 6));                       /* year inferred */
    CHECK(st.date_from == TRUCE_DATE_DATELINE);
    CHECK(st.dateline_place_len == 7 && memcmp(st.dateline_place, "YEREVAN", 7) == 0);
    CHECK(memcmp(st.text + st.body_offset, "Body", 4) == 0);
    CHECK(st.title_len == 13);

    const char *b = "Title\nWASHINGTON (Reuters) - The body.";
    CHECK(truce_read_text(b, strlen(b), ymd(2019, 3, 4), &st, &err) == TRUCE_OK);
    CHECK(st.date == ymd(2019, 3, 4) && st.date_from == TRUCE_DATE_OPTION);
    CHECK(memcmp(st.text + st.body_offset, "The body", 8) == 0);

    const char *c = "Title\nStandfirst line.\nMOSCOW, Oct 2 (Reuters) - Body.";
    CHECK(truce_read_text(c, strlen(c), ymd(2020, 12, 1), &st, &err) == TRUCE_OK);
    CHECK(st.date == ymd(2020, 10, 2));                      /* year from --date */

    const char *d = "Title\nKYIV, Ukraine (AP) \xe2\x80\x94 Body.";
    CHECK(truce_read_text(d, strlen(d), TRUCE_NODAY, &st, &err) == TRUCE_OK);
    CHECK(st.dateline_place_len == 4 && memcmp(st.text + st.body_offset, "Body", 4) == 0);

    const char *e = "Title\nNo dateline in this story at all.";
    CHECK(truce_read_text(e, strlen(e), TRUCE_NODAY, &st, &err) == TRUCE_OK);
    CHECK(st.date == TRUCE_NODAY && st.body_offset == 0);

    const char *f = "Title\nbad \xc3 byte";
    CHECK(truce_read_text(f, strlen(f), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT && err.offset == 10);

    truce_jsonl *r = truce_jsonl_new();
    const char *j1 = "{\"id\":\"a\",\"date\":\"2020-10-02\",\"text\":\"Hello.\"}";
    CHECK(truce_jsonl_parse(r, j1, strlen(j1), TRUCE_NODAY, &st, &err) == TRUCE_OK);
    CHECK(st.id_len == 1 && st.date == ymd(2020, 10, 2) && st.text_len == 6);
    const char *j2 = "{\"id\":7,\"text\":\"x\"}";
    CHECK(truce_jsonl_parse(r, j2, strlen(j2), ymd(2001, 1, 1), &st, &err) == TRUCE_OK);
    CHECK(st.id_len == 1 && st.id[0] == '7' && st.date == ymd(2001, 1, 1));
    const char *j3 = "{\"id\":\"b\",\"date\":\"2020-02-30\",\"text\":\"x\"}";
    CHECK(truce_jsonl_parse(r, j3, strlen(j3), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT);
    const char *j4 = "{\"id\":\"c\"}";
    CHECK(truce_jsonl_parse(r, j4, strlen(j4), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT);
    const char *j5 = "{\"id\":\"d\", \"text\": ";
    CHECK(truce_jsonl_parse(r, j5, strlen(j5), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT && err.col > 0);
    truce_jsonl_free(r);
    return DONE("reader");
}
