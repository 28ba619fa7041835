/* dict_read.c — user dictionaries: which format, and which reader.
 *
 * Users' knowledge comes in the formats PETRARCH and TABARI read: actors
 * (a phrase line, "+SYNONYM" lines, "[CODE date]" lines), agents ("PHRASE
 * {PLURALS} [~CODE]", "!SET! = a, b"), discards, issues, and verb files
 * (CAMEO.2.0 synsets, "--- MEANING [CODE] ---" blocks, verb lines, "- PRE *
 * POST [CODE]" patterns; TABARI's .verbs). This module tells which kind a
 * file is (by its name, then its content), whether it is TABARI's own
 * (';' comments), and hands it to its reader (dict_actors.c,
 * dict_verbs.c), which read its lines with dict_lines.c's tools. A bad
 * line is reported (file:line:col) and skipped; the rest is loaded. What
 * the entries become is the readers' business.
 */
#include "kb_build.h"

#include <stdio.h>
#include <strings.h>

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
