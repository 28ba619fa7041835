/* err.c — filling the caller's error record.
 *
 * Every module reports a problem the same way: a truce_error with a status,
 * where it was (input name, line, column, byte offset) and a message saying
 * what was expected and what was found. This module fills the record and
 * quotes bad bytes safely; printing it is the CLI's job.
 */
#include "base.h"

#include <stdarg.h>
#include <stdio.h>

void err_quote(char *out, size_t cap, const uint8_t *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 5 < cap; i++) {
        uint8_t c = s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            out[o++] = (char)c;
        } else {
            o += (size_t)snprintf(out + o, cap - o, "\\x%02x", c);
        }
    }
    if (cap) {
        out[o < cap ? o : cap - 1] = 0;
    }
}

void err_set(truce_error *err, truce_status code, const char *path,
             uint32_t line, uint32_t col, int64_t offset, const char *fmt, ...)
{
    if (!err) {
        return;
    }
    err->code = code;
    err->path = path;
    err->line = line;
    err->col = col;
    err->offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}
