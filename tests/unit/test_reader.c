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
    /* escapes are decoded; fields inside nested values are not the story's;
     * null is no value; the strings stay valid after every field is read */
    const char *j6 = "{\"meta\":{\"text\":\"no\",\"id\":\"no\"},\"id\":\"e\\u00e9\",\"title\":null,"
                     "\"tags\":[\"text\",{\"text\":1}],\"text\":\"A \\\"quote\\\"\\nline.\",\"n\":1.5,\"b\":true}";
    CHECK(truce_jsonl_parse(r, j6, strlen(j6), TRUCE_NODAY, &st, &err) == TRUCE_OK);
    CHECK(st.id_len == 3 && memcmp(st.id, "e\xc3\xa9", 3) == 0 && st.title == NULL);
    CHECK(st.text_len == 15 && memcmp(st.text, "A \"quote\"\nline.", 15) == 0);
    /* a key given twice, a field of the wrong type, an array, a scalar,
     * text after the object, a byte that is no UTF-8 (at its column) */
    const char *j7 = "{\"id\":\"f\",\"text\":\"x\",\"id\":\"g\"}";
    CHECK(truce_jsonl_parse(r, j7, strlen(j7), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT &&
          strstr(err.msg, "\"id\" is given twice") != NULL);
    const char *j8 = "{\"title\":3,\"text\":\"x\"}";
    CHECK(truce_jsonl_parse(r, j8, strlen(j8), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT &&
          strstr(err.msg, "\"title\" to be a string") != NULL);
    const char *j9 = "[1,2]";
    CHECK(truce_jsonl_parse(r, j9, strlen(j9), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT &&
          strstr(err.msg, "found an array") != NULL);
    const char *j10 = "\"text\"";
    CHECK(truce_jsonl_parse(r, j10, strlen(j10), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT &&
          strstr(err.msg, "found a scalar") != NULL);
    const char *j11 = "{\"text\":\"x\"} {}";
    CHECK(truce_jsonl_parse(r, j11, strlen(j11), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT);
    const char *j12 = "{\"text\":\"caf\xff\"}";
    CHECK(truce_jsonl_parse(r, j12, strlen(j12), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT && err.col == 13 &&
          strstr(err.msg, "0xff") != NULL);
    CHECK(truce_jsonl_parse(r, j5, strlen(j5), TRUCE_NODAY, &st, &err) == TRUCE_EINPUT &&
          err.col == strlen(j5) + 1 && strstr(err.msg, "ends before") != NULL);
    /* a long text, then a short one: the reader's buffer is reused */
    char big[20000];
    int bn = snprintf(big, sizeof big, "{\"id\":\"h\",\"text\":\"");
    for (int i = 0; i < 1800; i++) {
        bn += snprintf(big + bn, sizeof big - (size_t)bn, "word word ");
    }
    bn += snprintf(big + bn, sizeof big - (size_t)bn, "\"}");
    CHECK(truce_jsonl_parse(r, big, (size_t)bn, TRUCE_NODAY, &st, &err) == TRUCE_OK && st.text_len == 18000);
    CHECK(truce_jsonl_parse(r, j1, strlen(j1), TRUCE_NODAY, &st, &err) == TRUCE_OK && st.text_len == 6 &&
          st.id_len == 1 && st.id[0] == 'a');
    truce_jsonl_free(r);
    return DONE("reader");
}
