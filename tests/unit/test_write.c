/* Unit tests for write.c: JSON output always parses back (jansson), with
 * the contract's fields, whatever bytes the sentence holds; CSV quoting;
 * the FIPS 10-4 table and the GDELT record's 61 columns. */
#include "truce_int.h"
#include "unit.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>

int main(void)
{
    truce_event ev;
    memset(&ev, 0, sizeof ev);
    const char text[] = "Quote \" back\\slash \t tab \x01 ctl \xc3\xa9 done";
    ev.event_id = "s\"1-2-1";
    ev.story_id = "s\"1";
    ev.sentence = 2;
    ev.date = day_from_ymd(2020, 11, 9);
    ev.date_source = "text";
    ev.date_precision = "day";
    ev.source = "RUSGOV";
    ev.source_country = "RUS";
    ev.target = "";
    ev.target_country = NULL;
    ev.code = "057";
    ev.root = "05";
    ev.quad_class = 1;
    ev.goldstein = 8.0;
    ev.plover = "SUPPORT";
    ev.text = text;
    ev.text_len = sizeof text - 1;
    ev.span_start = 3;
    ev.span_end = 9;
    ev.pattern = "verbs.txt:1: =sign";
    ev.confidence = 0.873;
    ev.lat = ev.lon = NAN;
    truce_buf b = {0};
    truce_write_jsonl(&b, &ev);
    CHECK(b.len > 0 && b.p[b.len - 1] == '\n');
    json_error_t je;
    json_t *o = json_loadb(b.p, b.len, 0, &je);
    CHECK(o != NULL);
    if (o) {
        static const char *const fields[] = {"event_id", "story_id", "sentence", "date", "date_source",
            "date_precision", "source", "source_country", "target", "target_country", "code", "root",
            "quad_class", "goldstein", "plover", "location", "text", "span", "pattern",
            "historical", "confidence"};
        CHECK(json_object_size(o) == sizeof fields / sizeof *fields);
        for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
            CHECK(json_object_get(o, fields[i]) != NULL);
        }
        CHECK(strcmp(json_string_value(json_object_get(o, "text")), text) == 0);
        CHECK(strcmp(json_string_value(json_object_get(o, "code")), "057") == 0);
        CHECK(strcmp(json_string_value(json_object_get(o, "date")), "2020-11-09") == 0);
        CHECK(strcmp(json_string_value(json_object_get(o, "date_precision")), "day") == 0);
        CHECK(json_is_null(json_object_get(o, "target_country")));
        CHECK(json_is_null(json_object_get(o, "location")));
        CHECK(strcmp(json_string_value(json_object_get(o, "event_id")), "s\"1-2-1") == 0);
        CHECK(fabs(json_real_value(json_object_get(o, "confidence")) - 0.87) < 1e-9);
        json_decref(o);
    }
    b.len = 0;
    truce_write_tsv(&b, &ev);
    int tabs = 0, newlines = 0;
    for (size_t i = 0; i < b.len; i++) {
        tabs += b.p[i] == '\t';
        newlines += b.p[i] == '\n';
    }
    CHECK(tabs == 26 && newlines == 1);   /* 27 columns, one line */

    /* CSV (RFC 4180): the text has a quote and a tab; the story id a quote */
    b.len = 0;
    truce_write_csv(&b, &ev);
    CHECK(strncmp(b.p, "\"s\"\"1-2-1\",\"s\"\"1\",2,2020-11-09,text,day,RUSGOV,RUS,,,057,05,1,8.0,SUPPORT,", 73) == 0);
    CHECK(strstr(b.p, ",false,0.87,verbs.txt:1: =sign,") != NULL);
    CHECK(strstr(b.p, ",\"Quote \"\" back\\slash \t tab \x01 ctl \xc3\xa9 done\"\r\n") != NULL);
    CHECK(b.len >= 2 && b.p[b.len - 2] == '\r' && b.p[b.len - 1] == '\n');
    const char nl_text[] = "one, two\nthree";
    ev.text = nl_text;
    ev.text_len = sizeof nl_text - 1;
    ev.story_id = "plain";
    ev.event_id = "plain-2-1";
    b.len = 0;
    truce_write_csv(&b, &ev);
    CHECK(strncmp(b.p, "plain-2-1,plain,2,", 18) == 0);
    CHECK(strstr(b.p, ",\"one, two\nthree\"\r\n") != NULL);
    b.len = 0;
    truce_write_csv_header(&b);
    CHECK(strncmp(b.p, "event_id,story_id,sentence,date,date_source,date_precision,", 59) == 0 &&
          strstr(b.p, ",confidence,pattern,text\r\n") != NULL);

    /* a background act with no date: null date and precision (JSON), empty
     * fields (CSV) */
    ev.date = TRUCE_NODAY;
    ev.date_source = "none";
    ev.date_precision = NULL;
    ev.story_id = "bg";
    ev.event_id = "bg-2-1";
    b.len = 0;
    truce_write_jsonl(&b, &ev);
    o = json_loadb(b.p, b.len, 0, &je);
    CHECK(o && json_is_null(json_object_get(o, "date")) && json_is_null(json_object_get(o, "date_precision")));
    json_decref(o);
    b.len = 0;
    truce_write_csv(&b, &ev);
    CHECK(strncmp(b.p, "bg-2-1,bg,2,,none,,RUSGOV,", 26) == 0);
    /* a month: its first day, "month" */
    ev.date = day_from_ymd(2020, 11, 1);
    ev.date_source = "text";
    ev.date_precision = "month";
    b.len = 0;
    truce_write_jsonl(&b, &ev);
    CHECK(strstr(b.p, "\"date\":\"2020-11-01\",\"date_source\":\"text\",\"date_precision\":\"month\"") != NULL);
    /* PLOVER records carry it beside date_source */
    truce_plover *pl = truce_plover_new();
    CHECK(pl != NULL);
    b.len = 0;
    truce_plover_add(pl, &b, &ev);
    truce_plover_end(pl, &b);
    CHECK(strstr(b.p, "\"date\":\"2020-11-01\"") != NULL &&
          strstr(b.p, "\"date_source\":\"text\",\"date_precision\":\"month\"") != NULL);
    truce_plover_free(pl);
    ev.date = day_from_ymd(2020, 11, 9);
    ev.date_precision = "day";

    /* FIPS 10-4 where it differs from ISO, and where it has no code */
    static const char *const fips[][2] = {
        {"DEU", "GM"}, {"GBR", "UK"}, {"AUT", "AU"}, {"AUS", "AS"}, {"CHN", "CH"}, {"CHE", "SZ"},
        {"RUS", "RS"}, {"SRB", "RI"}, {"ESP", "SP"}, {"JPN", "JA"}, {"KOR", "KS"}, {"PRK", "KN"},
        {"IRQ", "IZ"}, {"ISR", "IS"}, {"ISL", "IC"}, {"UKR", "UP"}, {"ARM", "AM"}, {"AZE", "AJ"},
        {"KSV", "KV"}, {"USA", "US"}, {"FRA", "FR"}, {"ZAF", "SF"}, {"SSD", "OD"}, {"ZWE", "ZI"},
        {"ABW", "AA"}, {"ZMB", "ZA"}, {"PSE", "WE"}, {"BES", NULL}, {"UMI", NULL}, {"XXX", NULL},
        {"deu", NULL}, {"DE", NULL}, {"", NULL}};
    for (size_t i = 0; i < sizeof fips / sizeof *fips; i++) {
        const char *got = truce_fips_country(fips[i][0]);
        CHECK(fips[i][1] ? got && strcmp(got, fips[i][1]) == 0 : got == NULL);
        if (fips[i][1] && (!got || strcmp(got, fips[i][1]) != 0)) {
            fprintf(stderr, "  fips %s: %s\n", fips[i][0], got ? got : "NULL");
        }
    }
    CHECK(truce_fips_country(NULL) == NULL);
    /* every line of data/fips.tsv is read, and every ISO 3166-1 code of
     * iso-codes (and KSV) has a line */
    const embedded_file *ff = NULL, *iso = NULL;
    for (size_t i = 0; i < truce_n_embedded; i++) {
        if (strcmp(truce_embedded[i].name, "fips.tsv") == 0) {
            ff = &truce_embedded[i];
        } else if (strcmp(truce_embedded[i].name, "iso3166.tsv") == 0) {
            iso = &truce_embedded[i];
        }
    }
    CHECK(ff != NULL && iso != NULL);
    size_t n_lines = 0, n_none = 0;
    for (const unsigned char *p = ff ? ff->data : NULL, *end = ff ? p + ff->len : NULL; p && p < end;) {
        const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
        const unsigned char *e = nl ? nl : end;
        if (e > p && p[0] != '#') {
            char code[4] = {0};
            memcpy(code, p, e - p >= 3 ? 3 : (size_t)(e - p));
            const char *got = truce_fips_country(code);
            bool none = e - p > 5 && p[4] == '-';
            CHECK(none ? got == NULL : got && e - p > 6 && memcmp(got, p + 4, 2) == 0 && p[6] == '\t');
            n_lines++;
            n_none += none;
        }
        p = e + 1;
    }
    CHECK(n_lines == 250 && n_none == 2);
    for (const unsigned char *p = iso ? iso->data : NULL, *end = iso ? p + iso->len : NULL; p && p < end;) {
        const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
        const unsigned char *e = nl ? nl : end;
        if (e - p > 3 && p[0] != '#') {
            char code[4] = {(char)p[0], (char)p[1], (char)p[2], 0};
            bool none = strcmp(code, "BES") == 0 || strcmp(code, "UMI") == 0;
            CHECK(none || truce_fips_country(code) != NULL);
            if (!none && !truce_fips_country(code)) {
                fprintf(stderr, "  no FIPS code for %s\n", code);
            }
        }
        p = e + 1;
    }

    /* GDELT: 61 columns, FIPS place codes, the same id for the same event */
    const char text2[] = "Rebels attacked police in Mosul.";
    ev.text = text2;
    ev.text_len = sizeof text2 - 1;
    ev.story_id = "s1";
    ev.sentence = 1;
    ev.source = "IGOWSTNAT";
    ev.source_country = NULL;
    ev.target = "DEUGOVMIL";
    ev.target_country = "DEU";
    ev.code = "0251";
    ev.root = "02";
    ev.location_name = "Berlin";
    ev.location_country = "DEU";
    ev.location_admin1 = "Land Berlin";
    ev.location_precision = "place";
    ev.lat = 52.52437;
    ev.lon = 13.41053;
    ev.geonameid = 2950159;
    truce_story st;
    memset(&st, 0, sizeof st);
    st.id = "s1";
    st.id_len = 2;
    st.url = "https://example.org/x";
    st.url_len = strlen(st.url);
    st.date = day_from_ymd(2020, 11, 10);
    b.len = 0;
    truce_write_gdelt(&b, &ev, 1, &st);
    const char *col[61];
    size_t ncol = 0;
    char *line = b.p;
    CHECK(b.len > 0 && b.p[b.len - 1] == '\n');
    b.p[b.len - 1] = 0;
    for (char *p = line; ncol < 61;) {
        col[ncol++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) {
            break;
        }
        *tab = 0;
        p = tab + 1;
    }
    CHECK(ncol == 61);
    if (ncol == 61) {
        CHECK(strtoull(col[0], NULL, 10) > 0 && strtoull(col[0], NULL, 10) <= INT64_MAX);
        CHECK(strcmp(col[1], "20201109") == 0 && strcmp(col[2], "202011") == 0);
        CHECK(strcmp(col[3], "2020") == 0 && strcmp(col[4], "2020.8466") == 0);
        CHECK(strcmp(col[5], "IGOWSTNAT") == 0 && strcmp(col[7], "") == 0);
        CHECK(strcmp(col[8], "NAT") == 0 && strcmp(col[12], "IGO") == 0 && strcmp(col[13], "") == 0);
        CHECK(strcmp(col[15], "DEUGOVMIL") == 0 && strcmp(col[17], "DEU") == 0);
        CHECK(strcmp(col[18], "") == 0 && strcmp(col[22], "GOV") == 0 && strcmp(col[23], "MIL") == 0);
        CHECK(strcmp(col[25], "1") == 0 && strcmp(col[26], "0251") == 0);
        CHECK(strcmp(col[27], "025") == 0 && strcmp(col[28], "02") == 0);
        CHECK(strcmp(col[35], "0") == 0 && strcmp(col[43], "0") == 0);
        CHECK(strcmp(col[51], "4") == 0 && strcmp(col[52], "Berlin, Land Berlin, Germany") == 0);
        CHECK(strcmp(col[53], "GM") == 0 && strcmp(col[54], "GM") == 0);
        CHECK(strcmp(col[56], "52.5244") == 0 && strcmp(col[57], "13.4105") == 0);
        CHECK(strcmp(col[58], "2950159") == 0 && strcmp(col[59], "20201110000000") == 0);
        CHECK(strcmp(col[60], "https://example.org/x") == 0);
    }
    char id1[32];
    snprintf(id1, sizeof id1, "%s", ncol ? col[0] : "");
    b.len = 0;
    truce_write_gdelt(&b, &ev, 1, &st);
    CHECK(strncmp(b.p, id1, strlen(id1)) == 0 && b.p[strlen(id1)] == '\t');
    b.len = 0;
    truce_write_gdelt(&b, &ev, 2, &st);
    CHECK(strncmp(b.p, id1, strlen(id1)) != 0);
    /* no place, no story: the columns are all there, empty */
    ev.location_name = NULL;
    ev.date = TRUCE_NODAY;
    b.len = 0;
    truce_write_gdelt(&b, &ev, 1, NULL);
    tabs = newlines = 0;
    for (size_t i = 0; i < b.len; i++) {
        tabs += b.p[i] == '\t';
        newlines += b.p[i] == '\n';
    }
    CHECK(tabs == 60 && newlines == 1 && b.p[b.len - 1] == '\n');
    truce_buf_free(&b);
    return DONE("write");
}
