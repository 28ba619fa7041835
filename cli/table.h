/* table.h — rows out, for `truce query` and `truce monitor`: an aligned
 * table for a terminal, TSV, or CSV (RFC 4180), and JSON strings.
 *
 * A table is kept until table_end() (its columns' widths are those of its
 * widest cells, each cut at TABLE_MAX_CELL characters but the last column);
 * TSV and CSV rows are written as they come, the header with the first. Lines added with table_note()
 * follow the row before them (evidence under an event), in a table only.
 */
#ifndef TRUCE_TABLE_H
#define TRUCE_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { OUT_TABLE, OUT_TSV, OUT_CSV, OUT_JSONL, OUT_JSON } out_format;

#define TABLE_MAX_CELL 48

typedef struct table table;
/* NULL when out of memory. The column names are copied. */
table *table_new(FILE *f, out_format fmt, const char *const *cols, size_t n_cols);
/* One row of n_cols cells (NULL is an empty cell). false when out of memory. */
bool table_row(table *t, const char *const *cells);
/* A line under the last row, printed "> LINE" (a table only). */
bool table_note(table *t, const char *line);
/* Print what is kept (a TSV or CSV header with no row under it too), free
 * the table; false if a write or an allocation failed along the way. */
bool table_end(table *t);
/* Free the table and print nothing more (after an error). */
void table_discard(table *t);

/* A JSON string (with its quotes) for s, or null for NULL. */
void json_out(FILE *f, const char *s);
/* The name of a format, from --format: jsonl, json, tsv, csv, table; -1 if
 * unknown. */
int out_format_parse(const char *s);

#endif
