/* buf.c — the growable output buffer (truce_buf) and its appenders.
 *
 * Writers, the knowledge image compiler and the CLI append bytes, strings,
 * numbers and formatted text to one buffer that grows by doubling and is
 * always NUL-terminated; the caller flushes it. An allocation failure sets
 * b->failed and makes later appends do nothing, so callers check once at
 * the end. What the bytes mean (JSON, TSV, images) is the writers' business.
 */
#include "base.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static bool buf_reserve(truce_buf *b, size_t extra)
{
    if (b->failed) {
        return false;
    }
    if (b->len + extra + 1 <= b->cap) {
        return true;
    }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra + 1) {
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

void buf_put(truce_buf *b, const char *s, size_t len)
{
    if (!buf_reserve(b, len)) {
        return;
    }
    memcpy(b->p + b->len, s, len);
    b->len += len;
    b->p[b->len] = 0;
}

void truce_buf_put(truce_buf *b, const char *s, size_t len)
{
    buf_put(b, s, len);
}

/* x with one decimal, as "%.1f" writes the one-decimal scores of the
 * CAMEO table (-10.0 .. 10.0) */
void buf_fixed1(truce_buf *b, double x)
{
    long long t = llround(x * 10.0);
    if (t < 0) {
        buf_putc(b, '-');
        t = -t;
    }
    buf_uint(b, (uint64_t)(t / 10));
    buf_putc(b, '.');
    buf_putc(b, (char)('0' + t % 10));
}

void buf_printf(truce_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return;
    }
    if ((size_t)n < sizeof tmp) {
        buf_put(b, tmp, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n)) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void truce_buf_free(truce_buf *b)
{
    if (b) {
        free(b->p);
        b->p = NULL;
        b->len = b->cap = 0;
        b->failed = false;
    }
}
