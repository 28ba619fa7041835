/* fuzz_jsonl.c — libFuzzer entry point for the JSON Lines reader and the
 * coder: one input = one line; a parsed story is coded and its events
 * written as JSON and TSV. */
#include "truce.h"

#include <stdlib.h>

static truce_kb *kb;          /* loaded once per fuzzing process */
static truce_coder *coder;
static truce_jsonl *reader;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    truce_error err;
    kb = truce_kb_open(&err);
    coder = kb ? truce_coder_new(kb, NULL) : NULL;
    reader = truce_jsonl_new();
    if (!coder || !reader) {
        abort();
    }
    return 0;
}

static int write_event(void *user, const truce_event *ev)
{
    truce_buf *b = user;
    truce_write_jsonl(b, ev);
    truce_write_tsv(b, ev);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    truce_story st;
    truce_error err;
    if (truce_jsonl_parse(reader, (const char *)data, size, TRUCE_NODAY, &st, &err) != TRUCE_OK) {
        return 0;
    }
    if (!st.id) {
        st.id = "fuzz";
        st.id_len = 4;
    }
    truce_buf b = {0};
    size_t n;
    truce_code_story(coder, &st, write_event, &b, &n, &err);
    truce_buf_free(&b);
    return 0;
}
