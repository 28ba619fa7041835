/* read_csv.h — a streaming CSV reader (RFC 4180), for stories kept in a
 * table: ACLED and GDELT exports, spreadsheets.
 *
 * Fields are separated by one byte (',' by default; ';', TAB, '|' too);
 * records end in CRLF, LF or CR. A field in double quotes may hold the
 * separator, line breaks and doubled quotes (""), which stand for one; a
 * quote inside an unquoted field is taken as it is. A blank line is not a
 * record. The reader tracks the line, column (bytes, 1-based) and byte
 * offset where each field starts, so errors say where they are: bytes
 * after a closing quote, a quote never closed, a record over the size
 * limit. Bytes are not decoded: checking UTF-8 is the caller's.
 *
 * The reader pulls its bytes through a callback, so it reads a file of
 * any size in bounded memory (one record at a time). Not thread-safe: one
 * reader per thread.
 */
#ifndef TRUCE_CLI_READ_CSV_H
#define TRUCE_CLI_READ_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Fill buf with up to cap bytes; 0 at the end of the input. */
typedef size_t (*csv_read_fn)(void *user, char *buf, size_t cap);

typedef struct csv_reader csv_reader;

typedef struct {
    const char *p;         /* the field's bytes, quotes undone (NUL after them) */
    size_t len;
    uint32_t line, col;    /* where the field starts in the input, 1-based */
} csv_field;

typedef struct {
    const csv_field *f;    /* n fields, valid until the next csv_next() */
    size_t n;
    uint32_t line;         /* where the record starts */
    int64_t offset;        /* its byte offset in the input */
} csv_record;

typedef struct {
    uint32_t line, col;
    int64_t offset;
    char msg[160];
} csv_error;

/* A reader of records separated by sep, none longer than max_record bytes
 * (0 = no limit); NULL when out of memory. csv_free(NULL) does nothing. */
csv_reader *csv_new(char sep, size_t max_record, csv_read_fn read, void *user);
void csv_free(csv_reader *r);

/* The next record: 1 (in *rec), 0 at the end of the input, -1 for a
 * malformed one (*err says what and where; the reader goes on at the next
 * line, except after an unclosed quote or an over-long record, which end
 * the input), -2 when out of memory. */
int csv_next(csv_reader *r, csv_record *rec, csv_error *err);

#endif
