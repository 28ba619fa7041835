/* fuzz_story.c — libFuzzer entry point for the plain-text story reader and
 * the coder: any bytes as a wire story, coded with the built-in knowledge;
 * every event written as JSON, and every PLOVER record, must parse back
 * (jansson); every event written as a GDELT record is one line of exactly
 * 61 tab-separated columns. */
#include "truce.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static truce_kb *kb;          /* loaded once per fuzzing process */
static truce_coder *coder;
static truce_plover *plover;
static truce_buf records;     /* PLOVER records of the story */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    truce_error err;
    kb = truce_kb_open(&err);
    coder = kb ? truce_coder_new(kb, NULL) : NULL;
    plover = truce_plover_new();
    if (!coder || !plover) {
        abort();
    }
    return 0;
}

/* What the sink needs besides the event: its buffer, the story (for the
 * GDELT writer) and the event's number in the story. */
typedef struct {
    truce_buf b;
    const truce_story *st;
    uint32_t seq;
} fuzz_ctx;

/* One GDELT record: 60 tabs and one newline, at its end. */
static void check_gdelt(truce_buf *b, const truce_event *ev, uint32_t seq, const truce_story *st)
{
    b->len = 0;
    truce_write_gdelt(b, ev, seq, st);
    size_t tabs = 0, newlines = 0;
    for (size_t i = 0; i < b->len; i++) {
        tabs += b->p[i] == '\t';
        newlines += b->p[i] == '\n';
    }
    if (b->failed || tabs != 60 || newlines != 1 || b->p[b->len - 1] != '\n') {
        abort();
    }
}

static int check_event(void *user, const truce_event *ev)
{
    fuzz_ctx *x = user;
    truce_buf *b = &x->b;
    check_gdelt(b, ev, ++x->seq, x->st);
    b->len = 0;
    truce_write_jsonl(b, ev);
    json_error_t je;
    json_t *o = json_loadb(b->p, b->len, 0, &je);
    if (!o || !json_is_object(o) || json_object_size(o) != 21) {
        abort();   /* the writer produced something that is not our JSON */
    }
    json_decref(o);
    truce_plover_add(plover, &records, ev);
    return 0;
}

/* Every PLOVER record is one JSON object on its own line with an actor
 * list and one event. */
static void check_records(void)
{
    if (!records.len) {
        return;   /* no record (and maybe no buffer yet) */
    }
    const char *p = records.p, *end = records.p + records.len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            abort();
        }
        json_error_t je;
        json_t *o = json_loadb(p, (size_t)(nl - p), 0, &je);
        if (!o || !json_is_array(json_object_get(o, "actor")) ||
            json_array_size(json_object_get(o, "event")) != 1) {
            abort();
        }
        json_decref(o);
        p = nl + 1;
    }
    records.len = 0;
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
    fuzz_ctx x = {.st = &st};
    size_t n;
    truce_code_story(coder, &st, check_event, &x, &n, &err);
    truce_plover_end(plover, &records);
    check_records();
    truce_buf_free(&x.b);
    return 0;
}
