/* fuzz_csv.c — libFuzzer entry point for the CSV reader (cli/read_csv.c):
 * any bytes as a CSV file, read with each separator, fed in pieces of
 * every size the first byte picks. Every record's fields lie inside the
 * reader's buffer and are NUL-terminated; every error names a line and
 * column within the input and says what was wrong; the reader ends. */
#include "../cli/read_csv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const uint8_t *p;
    size_t len, pos, piece;
} src;

static size_t feed(void *user, char *buf, size_t cap)
{
    src *s = user;
    size_t n = s->len - s->pos;
    if (n > cap) {
        n = cap;
    }
    if (n > s->piece) {
        n = s->piece;
    }
    memcpy(buf, s->p + s->pos, n);
    s->pos += n;
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char seps[] = {',', ';', '\t', '|'};
    size_t lines = 1;
    for (size_t i = 0; i < size; i++) {
        lines += data[i] == '\n';
    }
    for (size_t k = 0; k < sizeof seps; k++) {
        src s = {data, size, 0, size ? (size_t)data[0] % 17 + 1 : 1};
        csv_reader *r = csv_new(seps[k], k == 3 ? 64 : 0, feed, &s);
        if (!r) {
            abort();
        }
        csv_record rec;
        csv_error err;
        int rc;
        size_t records = 0;
        while ((rc = csv_next(r, &rec, &err)) != 0) {
            if (rc == -2) {
                abort();   /* no allocation fails here */
            }
            if (rc < 0) {
                if (!err.msg[0] || err.line < 1 || err.line > lines || err.col < 1 || err.offset < 0 ||
                    (size_t)err.offset > size) {
                    abort();
                }
                continue;
            }
            if (rec.n == 0 || rec.line < 1 || rec.line > lines || (size_t)rec.offset >= size) {
                abort();
            }
            for (size_t i = 0; i < rec.n; i++) {
                if (rec.f[i].p[rec.f[i].len] != 0 || rec.f[i].line < rec.line || rec.f[i].len > size) {
                    abort();
                }
            }
            if (++records > size) {
                abort();   /* each record takes at least one byte */
            }
        }
        csv_free(r);
    }
    return 0;
}
