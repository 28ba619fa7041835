/* fuzz_xml.c — libFuzzer entry point for PETRARCH's XML input
 * (cli/read_xml.c, libxml2): any bytes as an XML file; every sentence read
 * is coded with the built-in knowledge; every error names a line. */
#include "../cli/read_xml.h"
#include "truce.h"

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

static int count_event(void *user, const truce_event *ev)
{
    truce_buf *b = user;
    b->len = 0;
    truce_write_jsonl(b, ev);
    if (!b->len || b->p[b->len - 1] != '\n') {
        abort();
    }
    return 0;
}

static void story(void *user, const truce_story *st, unsigned line)
{
    (void)line;
    if (!st->id || !st->text) {
        abort();   /* a sentence read always has an id and a text */
    }
    truce_buf b = {0};
    size_t n;
    truce_error err;
    truce_code_story(coder, st, count_event, &b, &n, &err);
    truce_buf_free(&b);
    (*(size_t *)user)++;
}

static void error(void *user, const char *id, unsigned line, unsigned col, const char *msg)
{
    (void)user;
    (void)id;
    (void)line;
    (void)col;
    if (!msg || !msg[0]) {
        abort();   /* every error says what was wrong */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n = 0;
    xml_reader rd = {story, error, &n};
    size_t read = xml_read((const char *)data, size, TRUCE_NODAY, &rd);
    if (read < n) {
        abort();
    }
    return 0;
}
