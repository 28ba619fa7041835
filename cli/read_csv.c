/* read_csv.c — the streaming RFC 4180 reader (see read_csv.h).
 *
 * One pass over the bytes, a byte at a time from a refilled buffer; the
 * fields of the record being read are decoded into one growing buffer,
 * and their starts kept as indices until the record ends (the buffer may
 * move while it grows). Line, column and offset advance with each byte
 * read, never by rescanning. Covered by tests/golden/errors/csv-*.in and
 * fuzz/fuzz_csv.c.
 */
#include "read_csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t start, len;
    uint32_t line, col;
} field_at;

struct csv_reader {
    char sep;
    size_t max_record;
    csv_read_fn read;
    void *user;
    char in[1 << 16];
    size_t pos, end;
    bool eof, stop;        /* input ended; or an error ended it */
    uint32_t line, col;    /* of the next byte */
    int64_t offset;
    char *data;            /* the record's decoded fields */
    size_t len, cap;
    field_at *at;
    csv_field *fields;
    size_t n, cap_fields;
    bool failed;           /* out of memory */
};

csv_reader *csv_new(char sep, size_t max_record, csv_read_fn read, void *user)
{
    csv_reader *r = calloc(1, sizeof *r);
    if (!r) {
        return NULL;
    }
    r->sep = sep;
    r->max_record = max_record;
    r->read = read;
    r->user = user;
    r->line = r->col = 1;
    return r;
}

void csv_free(csv_reader *r)
{
    if (!r) {
        return;
    }
    free(r->data);
    free(r->at);
    free(r->fields);
    free(r);
}

/* The next byte without taking it, or -1 at the end. */
static int peek(csv_reader *r)
{
    if (r->pos == r->end) {
        if (r->eof) {
            return -1;
        }
        r->end = r->read(r->user, r->in, sizeof r->in);
        r->pos = 0;
        if (r->end == 0) {
            r->eof = true;
            return -1;
        }
    }
    return (unsigned char)r->in[r->pos];
}

/* Take the next byte (there is one: peek said so). */
static int take(csv_reader *r)
{
    int c = (unsigned char)r->in[r->pos++];
    r->offset++;
    if (c == '\n') {
        r->line++;
        r->col = 1;
    } else {
        r->col++;
    }
    return c;
}

static void put(csv_reader *r, char c)
{
    if (r->len + 2 > r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 4096;
        char *p = realloc(r->data, cap);
        if (!p) {
            r->failed = true;
            return;
        }
        r->data = p;
        r->cap = cap;
    }
    r->data[r->len++] = c;
}

static void begin_field(csv_reader *r)
{
    if (r->n == r->cap_fields) {
        size_t cap = r->cap_fields ? r->cap_fields * 2 : 32;
        field_at *a = realloc(r->at, cap * sizeof *a);
        if (!a) {
            r->failed = true;
            return;
        }
        r->at = a;
        csv_field *f = realloc(r->fields, cap * sizeof *f);
        if (!f) {
            r->failed = true;
            return;
        }
        r->fields = f;
        r->cap_fields = cap;
    }
    r->at[r->n++] = (field_at){r->len, 0, r->line, r->col};
}

static void end_field(csv_reader *r)
{
    field_at *a = &r->at[r->n - 1];
    a->len = r->len - a->start;
    put(r, 0);   /* each field NUL-terminated, for the caller's messages */
}

/* A printable rendering of byte c for messages. */
static void show_byte(int c, char out[12])
{
    if (c >= 0x20 && c < 0x7f) {
        snprintf(out, 12, "'%c'", c);
    } else {
        snprintf(out, 12, "0x%02x", (unsigned)c & 0xffu);
    }
}

/* Skip to the end of the line (after an error), so reading can go on. */
static void skip_line(csv_reader *r)
{
    int c;
    while ((c = peek(r)) >= 0) {
        take(r);
        if (c == '\n') {
            return;
        }
    }
}

static int fail(csv_reader *r, csv_error *err, uint32_t line, uint32_t col, int64_t offset, const char *msg)
{
    err->line = line;
    err->col = col;
    err->offset = offset;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    (void)r;
    return -1;
}

int csv_next(csv_reader *r, csv_record *rec, csv_error *err)
{
    if (r->stop) {
        return 0;
    }
    /* blank lines are not records */
    int c;
    while ((c = peek(r)) == '\n' || c == '\r') {
        take(r);
    }
    if (c < 0) {
        return 0;
    }
    r->len = 0;
    r->n = 0;
    rec->line = r->line;
    rec->offset = r->offset;
    int64_t rec_start = r->offset;
    for (;;) {
        begin_field(r);
        if (r->failed) {
            return -2;
        }
        if (peek(r) == '"') {
            uint32_t ql = r->line, qc = r->col;
            int64_t qo = r->offset;
            take(r);
            for (;;) {
                c = peek(r);
                if (c < 0) {
                    r->stop = true;
                    char m[160];
                    snprintf(m, sizeof m, "the quote opened at line %u, column %u is never closed", ql, qc);
                    return fail(r, err, ql, qc, qo, m);
                }
                take(r);
                if (c == '"') {
                    if (peek(r) != '"') {
                        break;
                    }
                    take(r);
                }
                put(r, (char)c);
                if (r->max_record && (size_t)(r->offset - rec_start) > r->max_record) {
                    r->stop = true;
                    char m[160];
                    snprintf(m, sizeof m, "record longer than %zu bytes (is the quote opened at line %u, "
                             "column %u closed?)", r->max_record, ql, qc);
                    return fail(r, err, rec->line, 1, rec_start, m);
                }
            }
            c = peek(r);
            if (c >= 0 && c != r->sep && c != '\n' && c != '\r') {
                char b[12], sep[12], m[160];
                show_byte(c, b);
                show_byte((unsigned char)r->sep, sep);
                snprintf(m, sizeof m, "expected %s or the end of the line after the closing quote, found %s "
                         "(a quote inside a quoted field is written twice: \"\")", sep, b);
                uint32_t l = r->line, col = r->col;
                int64_t o = r->offset;
                skip_line(r);
                return fail(r, err, l, col, o, m);
            }
        } else {
            while ((c = peek(r)) >= 0 && c != r->sep && c != '\n' && c != '\r') {
                put(r, (char)take(r));
                if (r->max_record && (size_t)(r->offset - rec_start) > r->max_record) {
                    r->stop = true;
                    char m[160];
                    snprintf(m, sizeof m, "record longer than %zu bytes", r->max_record);
                    return fail(r, err, rec->line, 1, rec_start, m);
                }
            }
        }
        end_field(r);
        if (r->failed) {
            return -2;
        }
        c = peek(r);
        if (c == r->sep) {
            take(r);
            continue;
        }
        if (c == '\r') {
            take(r);
            if (peek(r) == '\n') {
                take(r);
            }
        } else if (c == '\n') {
            take(r);
        }
        break;
    }
    for (size_t i = 0; i < r->n; i++) {
        r->fields[i] = (csv_field){r->data + r->at[i].start, r->at[i].len, r->at[i].line, r->at[i].col};
    }
    rec->f = r->fields;
    rec->n = r->n;
    return 1;
}
