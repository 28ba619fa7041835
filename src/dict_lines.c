/* dict_lines.c — the user dictionary readers' common tools.
 *
 * Lines as PETRARCH and TABARI read them (a '#' comment, "<!-- -->"
 * blocks, TABARI's ';' comments), trimming, dictionary phrases in
 * capitals with '_' ("WORDS_LIKE_THIS") as the tokenizer reads them, and
 * the report of a problem at file:line:col to the caller's warn callback,
 * counted, and a verb pattern's compilation with its error reported.
 * Which reader gets a file is dict_read.c's business, what a line means
 * the readers' (dict_actors.c, dict_verbs.c, dict_tabari.c).
 */
#include "kb_build.h"

#include <stdarg.h>
#include <stdio.h>

void dict_report(dctx *d, bool error, uint32_t line, uint32_t col, const char *fmt, ...)
{
    if (error) {
        d->n_errors++;
    } else {
        d->n_warnings++;
    }
    if (!d->warn) {
        return;
    }
    truce_error e = {0};
    e.code = error ? TRUCE_EDATA : TRUCE_OK;
    e.path = d->path;
    e.line = line;
    e.col = col;
    e.offset = -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.msg, sizeof e.msg, fmt, ap);
    va_end(ap);
    d->warn(d->user, &e);
}

bool dict_next(dlines *L)
{
    while (L->p < L->end) {
        str ln = take_line(&L->p, L->end);
        const uint8_t *b = ln.p, *e = ln.p + ln.len;
        L->line++;
        L->raw = (str){b, e - b};
        const uint8_t *q = b;
        if (L->in_comment) {
            const uint8_t *c = b;
            while (c + 2 < e && !(c[0] == '-' && c[1] == '-' && c[2] == '>')) {
                c++;
            }
            if (c + 2 < e) {
                L->in_comment = false;
            }
            continue;
        }
        if (e - b >= 4 && memcmp(b, "<!--", 4) == 0) {
            const uint8_t *c = b + 4;
            while (c + 2 < e && !(c[0] == '-' && c[1] == '-' && c[2] == '>')) {
                c++;
            }
            L->in_comment = !(c + 2 < e);
            continue;
        }
        /* TABARI: '#' comments out a whole line only ("ENT [### <890101]") */
        const uint8_t *hash = L->semi ? (b < e && *b == '#' ? b : NULL) : memchr(q, '#', (size_t)(e - q));
        const uint8_t *te = hash ? hash : e;
        const uint8_t *semi = L->semi ? memchr(q, ';', (size_t)(te - q)) : NULL;
        if (semi) {
            te = semi;
        }
        while (te > b && (te[-1] == ' ' || te[-1] == '\t' || te[-1] == '\r')) {
            te--;
        }
        L->text = (str){b, te - b};
        return true;
    }
    return false;
}

str dict_trim(str s)
{
    while (s.len && (s.p[0] == ' ' || s.p[0] == '\t')) {
        s.p++;
        s.len--;
    }
    while (s.len && (s.p[s.len - 1] == ' ' || s.p[s.len - 1] == '\t' || s.p[s.len - 1] == '_')) {
        s.len--;
    }
    return s;
}

str dict_phrase(str s, char *buf, size_t cap)
{
    size_t n = 0;
    for (ptrdiff_t i = 0; i < s.len && n + 1 < cap; i++) {
        uint8_t c = s.p[i];
        buf[n++] = (char)(c == '_' ? ' ' : (c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    while (n && buf[n - 1] == ' ') {
        n--;
    }
    buf[n] = 0;
    return (str){(const uint8_t *)buf, (ptrdiff_t)n};
}

bool dict_add_pattern(dctx *d, const patc *pc, const char *code, const char *code2)
{
    builder *B = d->B;
    truce_error e = {0};
    truce_error *saved = B->err;
    B->err = &e;
    bool r = patc_end(B, pc, code, code2, 0);
    B->err = saved;
    if (!r && e.code == TRUCE_ENOMEM) {
        return false;
    }
    if (!r) {
        dict_report(d, true, pc->line, e.col, "%s", e.msg);
    }
    return true;
}
