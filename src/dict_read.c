/* dict_read.c — user dictionaries: which format, which reader, and lines.
 *
 * Users' knowledge comes in the formats PETRARCH and TABARI read: actors
 * (a phrase line, "+SYNONYM" lines, "[CODE date]" lines), agents ("PHRASE
 * {PLURALS} [~CODE]", "!SET! = a, b"), discards, issues, and verb files
 * (CAMEO.2.0 synsets, "--- MEANING [CODE] ---" blocks, verb lines, "- PRE *
 * POST [CODE]" patterns; TABARI's .verbs). This module tells which kind a
 * file is (by its name, then its content), hands it to its reader
 * (dict_actors.c, dict_verbs.c), and gives the readers their common tools:
 * the line reader (comments, TABARI's ';'), trimming, phrases, and the
 * report of a problem. A bad line is reported (file:line:col) and skipped;
 * the rest is loaded. What the entries become is the readers' business.
 */
#include "kb_build.h"

#include <stdarg.h>
#include <stdio.h>
#include <strings.h>

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

/* Which format is this dictionary? By name first, then by content. */
static int dformat(const char *name, const uint8_t *p, size_t n)
{
    char low[256];
    snprintf(low, sizeof low, "%s", name);
    for (char *q = low; *q; q++) {
        *q = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
    }
    if (strstr(low, "agent")) {
        return 2;
    }
    if (strstr(low, "verb") || strstr(low, "cameo")) {
        return 3;
    }
    if (strstr(low, "discard")) {
        return 4;
    }
    if (strstr(low, "issue")) {
        return 5;
    }
    if (strstr(low, "preposition") || strstr(low, "option") || strstr(low, "project")) {
        return 0;
    }
    if (strstr(low, "actor")) {
        return 1;
    }
    /* content: verb blocks, agent codes, or actor records */
    for (size_t i = 0; i + 3 < n; i++) {
        if ((i == 0 || p[i - 1] == '\n') && p[i] == '-' && p[i + 1] == '-' && p[i + 2] == '-') {
            return 3;
        }
        if (p[i] == '[' && p[i + 1] == '~') {
            return 2;
        }
    }
    return 1;
}

bool dict_load(builder *B, const truce_dict_file *f, truce_dict_warn warn, void *user,
               size_t *n_errors, size_t *n_warnings)
{
    /* entries and patterns keep the file's name for provenance: a copy,
     * since the caller's string may not outlive the kb */
    const char *name = arena_strndup(&B->k->a, f->name, strlen(f->name));
    if (!name) {
        return false;
    }
    dctx d = {B, name, warn, user, 0, 0, false, false};
    /* TABARI's own files (.verbs, .actors, .agents) put comments after ';' */
    size_t nl = strlen(f->name);
    static const char *const tabari_ext[] = {".verbs", ".actors", ".agents", NULL};
    for (const char *const *x = tabari_ext; *x; x++) {
        size_t xl = strlen(*x);
        d.semi |= nl > xl && strcasecmp(f->name + nl - xl, *x) == 0;
    }
    int fmt = dformat(f->name, (const uint8_t *)f->data, f->len);
    bool ok = true;
    switch (fmt) {
    case 1:
        ok = dict_load_actors(&d, (const uint8_t *)f->data, f->len);
        break;
    case 2:
        ok = dict_load_agents(&d, (const uint8_t *)f->data, f->len);
        break;
    case 3:
        ok = dict_load_verbs(&d, (const uint8_t *)f->data, f->len);
        break;
    case 4:
        ok = dict_load_discards(&d, (const uint8_t *)f->data, f->len);
        break;
    case 5:
        ok = dict_load_issues(&d, (const uint8_t *)f->data, f->len);
        break;
    default:
        dict_report(&d, false, 0, 0, "preposition and option files are not used; skipped");
        break;
    }
    *n_errors += d.n_errors;
    *n_warnings += d.n_warnings;
    return ok;
}
