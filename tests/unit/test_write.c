/* Unit tests for write.c: JSON output always parses back (jansson), with
 * the contract's fields, whatever bytes the sentence holds. */
#include "truce_int.h"
#include "unit.h"

#include <jansson.h>
#include <math.h>

int main(void)
{
    truce_event ev;
    memset(&ev, 0, sizeof ev);
    const char text[] = "Quote \" back\\slash \t tab \x01 ctl \xc3\xa9 done";
    ev.story_id = "s\"1";
    ev.sentence = 2;
    ev.date = day_from_ymd(2020, 11, 9);
    ev.date_source = "text";
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
    ev.lat = ev.lon = NAN;
    truce_buf b = {0};
    truce_write_jsonl(&b, &ev);
    CHECK(b.len > 0 && b.p[b.len - 1] == '\n');
    json_error_t je;
    json_t *o = json_loadb(b.p, b.len, 0, &je);
    CHECK(o != NULL);
    if (o) {
        static const char *const fields[] = {"story_id", "sentence", "date", "date_source",
            "source", "source_country", "target", "target_country", "code", "root",
            "quad_class", "goldstein", "plover", "location", "text", "span", "pattern",
            "historical"};
        CHECK(json_object_size(o) == sizeof fields / sizeof *fields);
        for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
            CHECK(json_object_get(o, fields[i]) != NULL);
        }
        CHECK(strcmp(json_string_value(json_object_get(o, "text")), text) == 0);
        CHECK(strcmp(json_string_value(json_object_get(o, "code")), "057") == 0);
        CHECK(strcmp(json_string_value(json_object_get(o, "date")), "2020-11-09") == 0);
        CHECK(json_is_null(json_object_get(o, "target_country")));
        CHECK(json_is_null(json_object_get(o, "location")));
        json_decref(o);
    }
    b.len = 0;
    truce_write_tsv(&b, &ev);
    int tabs = 0, newlines = 0;
    for (size_t i = 0; i < b.len; i++) {
        tabs += b.p[i] == '\t';
        newlines += b.p[i] == '\n';
    }
    CHECK(tabs == 23 && newlines == 1);   /* 24 columns, one line */
    truce_buf_free(&b);
    return DONE("write");
}
