/* fuzz_story.c — libFuzzer entry point for the plain-text story reader and
 * the coder: any bytes as a wire story, coded with the built-in knowledge;
 * every event written as JSON must parse back (jansson). */
#include "truce.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static truce_kb *kb;          /* loaded once per fuzzing process */
static truce_coder *coder;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    truce_error err;
    kb = truce_kb_open(&err);
    coder = kb ? truce_coder_new(kb, NULL) : NULL;
    if (!coder) {
        abort();
    }
    return 0;
}

static int check_event(void *user, const truce_event *ev)
{
    truce_buf *b = user;
    b->len = 0;
    truce_write_jsonl(b, ev);
    json_error_t je;
    json_t *o = json_loadb(b->p, b->len, 0, &je);
    if (!o || !json_is_object(o) || json_object_size(o) != 18) {
        abort();   /* the writer produced something that is not our JSON */
    }
    json_decref(o);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    truce_story st;
    truce_error err;
    if (truce_read_text((const char *)data, size, TRUCE_NODAY, &st, &err) != TRUCE_OK) {
        return 0;
    }
    st.id = "fuzz";
    st.id_len = 4;
    truce_buf b = {0};
    size_t n;
    truce_code_story(coder, &st, check_event, &b, &n, &err);
    truce_buf_free(&b);
    return 0;
}
