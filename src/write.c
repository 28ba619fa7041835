/* write.c — output records: JSON Lines (the output contract) and TSV.
 *
 * Writers append to a truce_buf; the caller flushes it. JSON strings are
 * escaped per RFC 8259 (control characters as \u00XX; valid UTF-8 passes
 * through). Numbers are printed with fixed precision so the same event
 * always gives the same bytes.
 */
#include "truce_int.h"

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

void buf_puts(truce_buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

void buf_putc(truce_buf *b, char c)
{
    buf_put(b, &c, 1);
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

static void json_str(truce_buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[7];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
                u[4] = hex[c >> 4]; u[5] = hex[c & 15]; u[6] = 0;
                esc = u;
            }
        }
        if (esc) {
            buf_put(b, s + run, i - run);
            buf_puts(b, esc);
            run = i + 1;
        }
    }
    buf_put(b, s + run, len - run);
    buf_putc(b, '"');
}

static void json_cstr_or_null(truce_buf *b, const char *s)
{
    if (s) {
        json_str(b, s, strlen(s));
    } else {
        buf_puts(b, "null");
    }
}

void truce_write_jsonl(truce_buf *b, const truce_event *ev)
{
    char date[11];
    buf_puts(b, "{\"story_id\":");
    json_cstr_or_null(b, ev->story_id);
    buf_printf(b, ",\"sentence\":%u,\"date\":", ev->sentence);
    if (ev->date == TRUCE_NODAY) {
        buf_puts(b, "null");
    } else {
        truce_day_format(ev->date, date);
        json_str(b, date, 10);
    }
    buf_puts(b, ",\"date_source\":");
    json_cstr_or_null(b, ev->date_source);
    buf_puts(b, ",\"source\":");
    json_cstr_or_null(b, ev->source);
    buf_puts(b, ",\"source_country\":");
    json_cstr_or_null(b, ev->source_country);
    buf_puts(b, ",\"target\":");
    json_cstr_or_null(b, ev->target);
    buf_puts(b, ",\"target_country\":");
    json_cstr_or_null(b, ev->target_country);
    buf_puts(b, ",\"code\":");
    json_cstr_or_null(b, ev->code);
    buf_puts(b, ",\"root\":");
    json_cstr_or_null(b, ev->root);
    buf_printf(b, ",\"quad_class\":%d,\"goldstein\":%.1f,\"plover\":", ev->quad_class, ev->goldstein);
    json_cstr_or_null(b, ev->plover);
    buf_puts(b, ",\"location\":");
    if (ev->location_name) {
        buf_puts(b, "{\"name\":");
        json_cstr_or_null(b, ev->location_name);
        buf_puts(b, ",\"country\":");
        json_cstr_or_null(b, ev->location_country);
        buf_puts(b, ",\"admin1\":");
        json_cstr_or_null(b, ev->location_admin1);
        if (isnan(ev->lat) || isnan(ev->lon)) {
            buf_puts(b, ",\"lat\":null,\"lon\":null");
        } else {
            buf_printf(b, ",\"lat\":%.5f,\"lon\":%.5f", ev->lat, ev->lon);
        }
        buf_puts(b, ",\"precision\":");
        json_cstr_or_null(b, ev->location_precision);
        if (ev->geonameid) {
            buf_printf(b, ",\"geonameid\":%u", ev->geonameid);
        }
        if (ev->loc_end > ev->loc_start) {
            buf_printf(b, ",\"span\":[%zu,%zu]", ev->loc_start, ev->loc_end);
        }
        buf_puts(b, "}");
    } else {
        buf_puts(b, "null");
    }
    buf_puts(b, ",\"text\":");
    json_str(b, ev->text, ev->text_len);
    buf_printf(b, ",\"span\":[%zu,%zu],\"pattern\":", ev->span_start, ev->span_end);
    json_cstr_or_null(b, ev->pattern);
    buf_printf(b, ",\"historical\":%s}\n", ev->historical ? "true" : "false");
}

static void tsv_field(truce_buf *b, const char *s, size_t len)
{
    /* tabs and newlines inside a field become spaces: one record a line */
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            buf_put(b, s + run, i - run);
            buf_putc(b, ' ');
            run = i + 1;
        }
    }
    buf_put(b, s + run, len - run);
}

void truce_write_tsv_header(truce_buf *b)
{
    buf_puts(b, "story_id\tsentence\tdate\tdate_source\tsource\tsource_country\ttarget\t"
                "target_country\tcode\troot\tquad_class\tgoldstein\tplover\tlocation_name\t"
                "location_country\tlocation_admin1\tlat\tlon\tlocation_precision\tspan_start\t"
                "span_end\thistorical\tpattern\ttext\n");
}

void truce_write_tsv(truce_buf *b, const truce_event *ev)
{
    char date[11] = "";
    if (ev->date != TRUCE_NODAY) {
        truce_day_format(ev->date, date);
    }
    const char *f[] = {ev->story_id, NULL, date, ev->date_source, ev->source,
                       ev->source_country, ev->target, ev->target_country, ev->code, ev->root};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        if (i) {
            buf_putc(b, '\t');
        }
        if (i == 1) {
            buf_printf(b, "%u", ev->sentence);
        } else if (f[i]) {
            tsv_field(b, f[i], strlen(f[i]));
        }
    }
    buf_printf(b, "\t%d\t%.1f\t", ev->quad_class, ev->goldstein);
    if (ev->plover) {
        buf_puts(b, ev->plover);
    }
    buf_putc(b, '\t');
    if (ev->location_name) {
        tsv_field(b, ev->location_name, strlen(ev->location_name));
    }
    buf_putc(b, '\t');
    if (ev->location_country) {
        buf_puts(b, ev->location_country);
    }
    buf_putc(b, '\t');
    if (ev->location_admin1) {
        tsv_field(b, ev->location_admin1, strlen(ev->location_admin1));
    }
    buf_putc(b, '\t');
    if (ev->location_name && !isnan(ev->lat) && !isnan(ev->lon)) {
        buf_printf(b, "%.5f\t%.5f", ev->lat, ev->lon);
    } else {
        buf_putc(b, '\t');
    }
    buf_putc(b, '\t');
    if (ev->location_precision) {
        buf_puts(b, ev->location_precision);
    }
    buf_printf(b, "\t%zu\t%zu\t%s\t", ev->span_start, ev->span_end, ev->historical ? "true" : "false");
    tsv_field(b, ev->pattern, strlen(ev->pattern));
    buf_putc(b, '\t');
    tsv_field(b, ev->text, ev->text_len);
    buf_putc(b, '\n');
}
