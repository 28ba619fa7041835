/* dict_tabari.c — the TABARI / PETRARCH-1 pattern syntax, and synsets.
 *
 * In TABARI's .verbs files and PETRARCH-1's verb files a space between
 * pattern words lets other words come between them, '_' asks for the next
 * word right after (or, ending a word, for the word as written), a word is
 * a stem unless '_' ends it, "{A | B}" gives alternatives, and "&SYNSET"
 * any member of a synset, whose members may carry actor slots ("+PESO_$").
 * This module writes such a pattern into the pattern compiler (patc.c)
 * element by element, each with the column its source wrote it at; it
 * expands synsets into the compiler's alternatives (for CAMEO.2.0 files
 * too), and turns a TABARI verb phrase's words into elements. The verb
 * file's lines, blocks and codes are dict_verbs.c's business.
 */
#include "kb_build.h"

#include <stdio.h>
#include <strings.h>

static const dsyn *dfind_syn(const dsyn *syns, int n_syns, const char *label, size_t n)
{
    for (int i = 0; i < n_syns; i++) {
        if (strlen(syns[i].label) == n && strncasecmp(syns[i].label, label, n) == 0) {
            return &syns[i];
        }
    }
    return NULL;
}

bool dict_alts(const dsyn *syns, int n_syns, const char *in, size_t n, bool stem, bool open, char *out, size_t cap,
               const char **bad, size_t *bad_len)
{
    char pre[256], post[256];
    size_t amp = 0;
    while (amp < n && in[amp] != '&') {
        amp++;
    }
    const dsyn *sy = NULL;
    size_t le = amp;
    if (amp < n) {
        le = amp + 1;
        while (le < n && ((in[le] >= 'A' && in[le] <= 'Z') || (in[le] >= 'a' && in[le] <= 'z') ||
                          (in[le] >= '0' && in[le] <= '9'))) {
            le++;
        }
        sy = dfind_syn(syns, n_syns, in + amp, le - amp);
        if (!sy || !sy->phrases[0]) {
            *bad = in + amp;
            *bad_len = le - amp;
            return false;
        }
    }
    snprintf(pre, sizeof pre, "%.*s", (int)amp, in);
    snprintf(post, sizeof post, "%.*s", (int)(n - le), in + le);
    const char *members = sy ? sy->phrases : "";
    const char *m = members;
    do {
        const char *me = strchr(m, '|');
        size_t ml = me ? (size_t)(me - m) : strlen(m);
        char raw[640], word[640];
        /* a member that is a stem stays one when nothing follows it */
        bool mem_stem = sy && ml && m[ml - 1] == '~' && !post[0];
        snprintf(raw, sizeof raw, "%s_%.*s_%s", pre, (int)ml, m, post);
        /* normalise: lower case, one '_' between words, no stem marks;
         * with open, a space (or a member's '+') between words becomes
         * '+': TABARI lets other words come there ("+AUSTRIAN FLORIN") */
        size_t wn = 0;
        for (size_t q = 0; raw[q] && wn + 2 < sizeof word; q++) {
            char ch = raw[q];
            if (ch == ' ' || ch == '_' || ch == '~' || ch == '=' || ch == '$' || ch == '!' || ch == '+') {
                bool gap = open && (ch == ' ' || ch == '+');
                if (wn && word[wn - 1] != '_' && word[wn - 1] != '+') {
                    word[wn++] = gap ? '+' : '_';
                } else if (wn && gap) {
                    word[wn - 1] = '+';
                }
                continue;
            }
            word[wn++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        while (wn && (word[wn - 1] == '_' || word[wn - 1] == '+')) {
            wn--;
        }
        word[wn] = 0;
        if (wn) {
            size_t ol = strlen(out);
            if (ol + wn + 3 >= cap) {
                *bad = NULL;
                return false;
            }
            /* TABARI: the last word a stem ("DOLLAR" for "dollars"), else,
             * in a synset, the word as written ("KRONER_") */
            snprintf(out + ol, cap - ol, "%s%s%s", ol ? "|" : "", word, stem || mem_stem ? "~" : open && sy ? "=" : "");
        }
        m = me ? me + 1 : NULL;
    } while (m);
    return true;
}

/* Where the bytes of a TABARI pattern body were written in its line: body
 * offset o is at column col + o, except that a synset member spliced into
 * the body at [at, at + n) stands where its "&SYNSET" was, and what
 * follows it shifts by shift (dict_slot_patterns). */
typedef struct {
    uint32_t col;
    ptrdiff_t at, n, shift;
} dcols;

static uint32_t dcol(const dcols *m, ptrdiff_t o)
{
    if (o < m->at) {
        return m->col + (uint32_t)o;
    }
    if (o < m->at + m->n) {
        return m->col + (uint32_t)m->at;
    }
    return m->col + (uint32_t)(o - m->n + m->shift);
}

/* The alternatives "{ GENEVA_ | INTERNATIONAL }" between body[i] '{' and
 * body[j] '}' into item (truce's "a|b"). False as dalts. */
static bool dbraces(const dsyn *syns, int n_syns, str body, ptrdiff_t i, ptrdiff_t j, bool stems, char *item,
                    size_t cap, const char **bad, size_t *bad_len)
{
    ptrdiff_t a = i + 1;
    for (ptrdiff_t q = i + 1; q <= j; q++) {
        if (q == j || body.p[q] == '|') {
            str alt = {body.p + a, q - a};
            while (alt.len && (alt.p[0] == ' ' || alt.p[0] == '_')) {
                alt.p++, alt.len--;
            }
            while (alt.len && alt.p[alt.len - 1] == ' ') {
                alt.len--;
            }
            bool exact = alt.len && alt.p[alt.len - 1] == '_';
            while (alt.len && (alt.p[alt.len - 1] == ' ' || alt.p[alt.len - 1] == '_')) {
                alt.len--;
            }
            if (alt.len && !dict_alts(syns, n_syns, (const char *)alt.p, (size_t)alt.len, stems && !exact, stems,
                                      item, cap, bad, bad_len)) {
                return false;
            }
            a = q + 1;
        }
    }
    return true;
}

/* Write a TABARI / PETRARCH-1 pattern ("+ KNOWN_ * IN_ $", "SUGGESTED_+
 * * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS") into pc element by
 * element in truce's notation, each at its column (cols), "*" becoming the
 * head alternatives `verbs` ("=a|b"). Returns the column (1-based in body)
 * of a fault and fills why, or 0. */
static uint32_t dtab_pattern(const dsyn *syns, int n_syns, str body, const dcols *cols, const char *verbs,
                             bool stems, patc *pc, char *why, size_t why_cap, bool *head_done)
{
    *head_done = false;
    ptrdiff_t i = 0;
    bool first = true, after_syn = false;
    while (i < body.len) {
        bool adj = false;
        while (i < body.len && (body.p[i] == ' ' || body.p[i] == '\t' || body.p[i] == '_')) {
            /* "IN_*": the next word right after; "IN_ *": '_' only says
             * IN is the word as written, the space lets words come between */
            adj = body.p[i] == '_';
            i++;
        }
        if (after_syn && stems) {
            adj = false;   /* TABARI: "&NEGATVAUXVRB_EVER" lets words come before EVER */
        }
        after_syn = body.p[i < body.len ? i : body.len - 1] == '&';
        if (i >= body.len) {
            break;
        }
        ptrdiff_t b = i;
        char item[4096] = "";
        const char *bad = NULL;
        size_t bad_len = 0;
        uint8_t ch = body.p[i];
        if (ch == '{') {
            ptrdiff_t j = i + 1;
            while (j < body.len && body.p[j] != '}') {
                j++;
            }
            if (j >= body.len) {
                snprintf(why, why_cap, "expected '}' to close the alternatives, found end of line");
                return (uint32_t)b + 1;
            }
            if (!dbraces(syns, n_syns, body, i, j, stems, item, sizeof item, &bad, &bad_len)) {
                goto fault;
            }
            /* "{ GENEVA_ | ... }_CONVENTIONS": '_' right after the brace */
            i = j + 1;
        } else if (ch == '&') {
            ptrdiff_t j = i + 1;
            while (j < body.len && body.p[j] != ' ' && body.p[j] != '_' && body.p[j] != '\t') {
                j++;
            }
            if (!dict_alts(syns, n_syns, (const char *)body.p + i, (size_t)(j - i), false, stems, item, sizeof item,
                           &bad, &bad_len)) {
                goto fault;
            }
            i = j;
        } else if ((ch == '*' || ch == '$' || ch == '+' || ch == '%' || ch == '^' || ch == '@') &&
                   (i + 1 == body.len || body.p[i + 1] == ' ' || body.p[i + 1] == '_' ||
                    body.p[i + 1] == '\t')) {
            if (ch == '*') {
                if (*head_done) {
                    snprintf(why, why_cap, "expected one '*' for the verb, found a second");
                    return (uint32_t)b + 1;
                }
                snprintf(item, sizeof item, "%s", verbs);
                *head_done = true;
            } else {
                item[0] = (char)ch;
                item[1] = 0;
            }
            i++;
        } else {
            ptrdiff_t j = i;
            while (j < body.len && body.p[j] != ' ' && body.p[j] != '_' && body.p[j] != '\t' &&
                   body.p[j] != '{') {
                j++;
            }
            if (!dict_alts(syns, n_syns, (const char *)body.p + i, (size_t)(j - i), false, stems, item, sizeof item,
                           &bad, &bad_len)) {
                goto fault;
            }
            /* TABARI: a word is a stem unless '_' follows it; then it is
             * the word as written ("RESOLUTION_") */
            if (stems && item[0] && !strchr(item, '|') && !strchr(item, '_') && !strchr(item, '+') &&
                strlen(item) + 2 < sizeof item) {
                strcat(item, (!(j < body.len && body.p[j] == '_') || body.p[j - 1] == '~') ? "~" : "=");
            }
            i = j;
        }
        if (!item[0]) {
            continue;   /* a stem mark alone */
        }
        if (pc->len + strlen(item) + 8 >= PATC_TEXT) {
            snprintf(why, why_cap, "expected a shorter pattern, found one of over %d bytes", PATC_TEXT);
            return (uint32_t)b + 1;
        }
        /* a space between words: "**", any words may come there */
        if (!first && !adj) {
            patc_put_str(pc, " ", "**", dcol(cols, b));
        }
        patc_put_str(pc, first ? "" : " ", item, dcol(cols, b));
        first = false;
        continue;
    fault:
        if (bad) {
            snprintf(why, why_cap, "expected a synset defined before, found \"%.*s\"", (int)bad_len, bad);
            return (uint32_t)(bad - (const char *)body.p) + 1;
        }
        snprintf(why, why_cap, "expected fewer alternatives, found more than fit");
        return (uint32_t)b + 1;
    }
    return 0;
}

uint32_t dict_tab_pattern(const dsyn *syns, int n_syns, str body, uint32_t col, const char *verbs, bool stems,
                          patc *pc, char *why, size_t why_cap, bool *head_done)
{
    dcols cols = {col, PTRDIFF_MAX, 0, 0};
    return dtab_pattern(syns, n_syns, body, &cols, verbs, stems, pc, why, why_cap, head_done);
}

void dict_verb_post(str vw, char *out, size_t cap, bool *head_gap)
{
    ptrdiff_t i = 0;
    while (i < vw.len && vw.p[i] != ' ' && vw.p[i] != '\t' && vw.p[i] != '_') {
        i++;
    }
    size_t n = 0;
    bool first = true;
    out[0] = 0;
    while (i < vw.len && n + 8 < cap) {
        bool gap = false;
        while (i < vw.len && (vw.p[i] == ' ' || vw.p[i] == '\t' || vw.p[i] == '_')) {
            gap |= vw.p[i] != '_';
            i++;
        }
        if (i >= vw.len) {
            break;
        }
        if (first) {
            *head_gap = gap;
        } else {
            n += (size_t)snprintf(out + n, cap - n, "%s", gap ? " ** " : " ");
        }
        first = false;
        while (i < vw.len && vw.p[i] != ' ' && vw.p[i] != '\t' && vw.p[i] != '_' && n + 2 < cap) {
            uint8_t ch = vw.p[i++];
            out[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        out[n] = 0;
    }
}

bool dict_slot_patterns(dctx *d, const dsyn *syns, int n_syns, str rest, uint32_t col, const char *verbs,
                        uint32_t line, const char *code, const char *code2, uint8_t n_syn)
{
    patc *pc = malloc(sizeof *pc);
    if (!pc) {
        return false;
    }
    bool ok = true;
    for (ptrdiff_t a = 0; a < rest.len; a++) {
        if (rest.p[a] != '&') {
            continue;
        }
        ptrdiff_t le = a + 1;
        while (le < rest.len && (((rest.p[le] | 32) >= 'a' && (rest.p[le] | 32) <= 'z') ||
                                 (rest.p[le] >= '0' && rest.p[le] <= '9'))) {
            le++;
        }
        const dsyn *sy = dfind_syn(syns, n_syns, (const char *)rest.p + a, (size_t)(le - a));
        if (!sy || !sy->slots[0]) {
            continue;
        }
        for (const char *m = sy->slots, *me; m; m = me ? me + 1 : NULL) {
            me = strchr(m, '|');
            int ml = me ? (int)(me - m) : (int)strlen(m);
            char body[1024], why[160];
            bool head_done = false;
            int bn = snprintf(body, sizeof body, "%.*s%.*s%.*s", (int)a, (const char *)rest.p, ml, m,
                              (int)(rest.len - le), (const char *)rest.p + le);
            dcols cols = {col, a, ml, le - a};
            patc_begin(pc, d->path, line, col);
            if (bn < 0 || (size_t)bn >= sizeof body ||
                dtab_pattern(syns, n_syns, (str){(const uint8_t *)body, bn}, &cols, verbs, d->semi, pc, why,
                             sizeof why, &head_done) ||
                !head_done) {
                continue;   /* the line's own pattern has been checked */
            }
            const pattern *before = d->B->pats;
            ok = dict_add_pattern(d, pc, code, code2) && ok;
            for (pattern *q = d->B->pats; q && q != before; q = q->next) {
                q->n_syn = n_syn ? n_syn - 1 : 0;
            }
        }
    }
    free(pc);
    return ok;
}
