/* table.c — rows out (see table.h). */
#include "table.h"

#include <stdlib.h>
#include <string.h>

struct table {
    FILE *f;
    out_format fmt;
    size_t n_cols;
    /* a table: every cell kept (row-major), notes as rows of one cell
     * marked by a NULL first pointer in kind */
    char **cells;
    unsigned char *note;   /* per kept row: 1 when it is a note */
    size_t n_rows, cap;
    size_t *width;
    char **head;           /* TSV, CSV: the header, written before the first row */
    bool failed;
};

/* characters (not bytes) of a UTF-8 string */
static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++) {
        n += ((unsigned char)*s & 0xC0) != 0x80;
    }
    return n;
}

/* s cut to at most max characters, "..." ending a cut one (malloc'd) */
static char *cut(const char *s, size_t max)
{
    if (chars(s) <= max) {
        return strdup(s);
    }
    size_t n = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (n == max - 3) {
                break;
            }
            n++;
        }
    }
    char *o = malloc(i + 4);
    if (o) {
        memcpy(o, s, i);
        memcpy(o + i, "...", 4);
    }
    return o;
}

static void put_sep_value(FILE *f, out_format fmt, const char *v)
{
    if (fmt == OUT_TSV) {
        for (; *v; v++) {
            fputc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, f);
        }
        return;
    }
    if (!strpbrk(v, ",\"\r\n")) {
        fputs(v, f);
        return;
    }
    fputc('"', f);
    for (; *v; v++) {
        if (*v == '"') {
            fputc('"', f);
        }
        fputc(*v, f);
    }
    fputc('"', f);
}

static void put_line(FILE *f, out_format fmt, const char *const *cells, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i) {
            fputc(fmt == OUT_TSV ? '\t' : ',', f);
        }
        put_sep_value(f, fmt, cells[i] ? cells[i] : "");
    }
    fputs(fmt == OUT_CSV ? "\r\n" : "\n", f);
}

static bool keep_row(table *t, const char *const *cells, size_t n, bool note)
{
    if (t->n_rows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        char **c = realloc(t->cells, cap * t->n_cols * sizeof *c);
        if (!c) {
            t->failed = true;
            return false;
        }
        t->cells = c;
        unsigned char *nt = realloc(t->note, cap);
        if (!nt) {
            t->failed = true;
            return false;
        }
        t->note = nt;
        t->cap = cap;
    }
    char **row = t->cells + t->n_rows * t->n_cols;
    for (size_t i = 0; i < t->n_cols; i++) {
        const char *v = i < n && cells[i] ? cells[i] : "";
        row[i] = note || i + 1 == t->n_cols ? strdup(v) : cut(v, TABLE_MAX_CELL);
        if (!row[i]) {
            for (size_t k = 0; k < i; k++) {
                free(row[k]);
            }
            t->failed = true;
            return false;
        }
        if (!note) {
            size_t w = chars(row[i]);
            t->width[i] = w > t->width[i] ? w : t->width[i];
        }
    }
    t->note[t->n_rows++] = note;
    return true;
}

table *table_new(FILE *f, out_format fmt, const char *const *cols, size_t n_cols)
{
    table *t = calloc(1, sizeof *t);
    if (!t || !(t->width = calloc(n_cols ? n_cols : 1, sizeof *t->width))) {
        free(t);
        return NULL;
    }
    t->f = f;
    t->fmt = fmt;
    t->n_cols = n_cols;
    if (fmt == OUT_TABLE) {
        keep_row(t, cols, n_cols, false);
        return t;
    }
    t->head = calloc(n_cols ? n_cols : 1, sizeof *t->head);
    for (size_t i = 0; t->head && i < n_cols; i++) {
        t->head[i] = strdup(cols[i]);
        t->failed = t->failed || !t->head[i];
    }
    t->failed = t->failed || !t->head;
    return t;
}

/* TSV, CSV: the header, once */
static void put_head(table *t)
{
    if (t->head) {
        put_line(t->f, t->fmt, (const char *const *)t->head, t->n_cols);
        for (size_t i = 0; i < t->n_cols; i++) {
            free(t->head[i]);
        }
        free(t->head);
        t->head = NULL;
    }
}

bool table_row(table *t, const char *const *cells)
{
    if (t->fmt != OUT_TABLE) {
        put_head(t);
        put_line(t->f, t->fmt, cells, t->n_cols);
        return true;
    }
    return keep_row(t, cells, t->n_cols, false);
}

bool table_note(table *t, const char *line)
{
    if (t->fmt != OUT_TABLE) {
        return true;
    }
    const char *cells[1] = {line};
    return keep_row(t, cells, 1, true);
}

void table_discard(table *t)
{
    if (!t) {
        return;
    }
    for (size_t r = 0; r < t->n_rows; r++) {
        for (size_t i = 0; i < t->n_cols; i++) {
            free(t->cells[r * t->n_cols + i]);
        }
    }
    t->n_rows = 0;
    for (size_t i = 0; t->head && i < t->n_cols; i++) {
        free(t->head[i]);
    }
    free(t->head);
    t->head = NULL;
    table_end(t);
}

bool table_end(table *t)
{
    if (!t) {
        return false;
    }
    put_head(t);
    bool ok = !t->failed;
    for (size_t r = 0; r < t->n_rows; r++) {
        char **row = t->cells + r * t->n_cols;
        if (t->note[r]) {
            fprintf(t->f, "> %s\n", row[0]);
        } else {
            for (size_t i = 0; i < t->n_cols; i++) {
                bool last = i + 1 == t->n_cols;
                fputs(row[i], t->f);
                if (!last) {
                    for (size_t k = chars(row[i]); k < t->width[i] + 2; k++) {
                        fputc(' ', t->f);
                    }
                }
            }
            fputc('\n', t->f);
        }
        for (size_t i = 0; i < t->n_cols; i++) {
            free(row[i]);
        }
    }
    free(t->cells);
    free(t->note);
    free(t->width);
    free(t);
    return ok;
}

void json_out(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            fputc('\\', f);
            fputc(c, f);
        } else if (c == '\n') {
            fputs("\\n", f);
        } else if (c < 0x20) {
            fprintf(f, "\\u%04x", c);
        } else {
            fputc(c, f);
        }
    }
    fputc('"', f);
}

int out_format_parse(const char *s)
{
    static const char *const names[] = {"table", "tsv", "csv", "jsonl", "json"};
    for (int i = 0; i < 5; i++) {
        if (strcmp(s, names[i]) == 0) {
            return i;
        }
    }
    return -1;
}
