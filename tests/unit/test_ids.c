/* test_ids.c — the run's story ids (cli/ids.c): a taken id is reported
 * with where it was first read; renaming picks the first free ID#k and
 * claims it; the set grows past its first size. */
#include "../../cli/ids.h"
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    ids *s = ids_new();
    CHECK(s != NULL);
    ids_place first = {0};
    CHECK(ids_claim(s, "a", 1, (ids_place){"x.jsonl", 1}, &first) == 1);
    CHECK(ids_claim(s, "b", 1, (ids_place){"x.jsonl", 2}, &first) == 1);
    CHECK(ids_claim(s, "a", 1, (ids_place){"y.jsonl", 7}, &first) == 0);
    CHECK(strcmp(first.where, "x.jsonl") == 0 && first.line == 1);
    /* ids are bytes with a length: "a" is not "a\0" nor "ab" */
    CHECK(ids_claim(s, "ab", 1, (ids_place){"y.jsonl", 8}, &first) == 0);
    CHECK(ids_claim(s, "ab", 2, (ids_place){"y.jsonl", 8}, &first) == 1);
    char *r1 = ids_rename(s, "a", 1, (ids_place){"y.jsonl", 7});
    CHECK(r1 && strcmp(r1, "a#2") == 0);
    char *r2 = ids_rename(s, "a", 1, (ids_place){"y.jsonl", 9});
    CHECK(r2 && strcmp(r2, "a#3") == 0);
    /* a story really called "a#2" comes later: it is the one renamed */
    CHECK(ids_claim(s, "a#2", 3, (ids_place){"z.txt", 0}, &first) == 0);
    CHECK(strcmp(first.where, "y.jsonl") == 0 && first.line == 7);
    char *r3 = ids_rename(s, "a#2", 3, (ids_place){"z.txt", 0});
    CHECK(r3 && strcmp(r3, "a#2#2") == 0);
    free(r1);
    free(r2);
    free(r3);
    /* many ids: the table grows and keeps them all */
    char id[32];
    int fresh = 0;
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(id, sizeof id, "story-%d", i);
        fresh += ids_claim(s, id, (size_t)n, (ids_place){"big.jsonl", (unsigned)i + 1}, &first) == 1;
    }
    CHECK(fresh == 5000);
    int n = snprintf(id, sizeof id, "story-%d", 4321);
    CHECK(ids_claim(s, id, (size_t)n, (ids_place){"again.jsonl", 1}, &first) == 0);
    CHECK(strcmp(first.where, "big.jsonl") == 0 && first.line == 4322);
    ids_free(s);
    ids_free(NULL);
    return DONE("ids");
}
