/* dict_verbs.c — user verb dictionaries: CAMEO.2.0 (PETRARCH2) and TABARI.
 *
 * Reads PETRARCH's CAMEO.2.0 verb files and the older TABARI / PETRARCH-1
 * syntax (TABARI's own .verbs files): synsets ("&CURRENCY" and its "+"
 * members), "--- MEANING [CODE] ---" blocks, verb lines with irregular
 * forms, "- PRE * POST [CODE]" patterns, CAMEO.2.0 transformations ("~ a (b
 * c VERB2) VERB1 = x y CODE"), and TABARI's <TIME> flags. Each pattern is
 * written into the pattern compiler (patc.c) element by element, in its
 * notation and with the column of the source element it comes from, so
 * that a compiler error points into the dictionary's own line; verb forms
 * go to the builder's exception lists (lex.c reads them once the kb is
 * built). Lines come from dict_read.c; what a pattern matches is the
 * coder's business.
 */
#include "kb_build.h"

#include <stdio.h>
#include <strings.h>

/* Compile one pattern of a user verb dictionary. A bad pattern is
 * reported where its bad element was written and skipped; false only when
 * memory runs out. */
static bool dadd_pattern(dctx *d, const patc *pc, const char *code, const char *code2)
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

/* Append one element (or several parted by spaces) to a pattern. */
static void dput(patc *pc, const char *sep, const char *el, uint32_t col)
{
    patc_put(pc, sep, (str){(const uint8_t *)el, (ptrdiff_t)strlen(el)}, col, false);
}

/* Verb dictionaries: CAMEO.2.0 (PETRARCH2) and the older TABARI /
 * PETRARCH-1 syntax, where a space between pattern words allows words
 * between them, '_' asks for the next word right after, and "{A | B}"
 * gives alternatives. */
typedef struct {
    char label[48];
    char heads[2048];      /* "a|b|c" head words of the members */
    char phrases[4096];    /* "a|b_c|d": the members in full, '_' joining words */
    char slots[512];       /* TABARI members with an actor slot ("PESO_$"), as written, '|' between */
} dsyn;

static const dsyn *dfind_syn(const dsyn *syns, int n_syns, const char *label, size_t n)
{
    for (int i = 0; i < n_syns; i++) {
        if (strlen(syns[i].label) == n && strncasecmp(syns[i].label, label, n) == 0) {
            return &syns[i];
        }
    }
    return NULL;
}

/* Append to out (truce alternatives "a|b_c") the phrase in[0..n) as
 * words joined by '_', lower case, stem marks (~ = $ ! trailing _) cut; a
 * synset "&X" inside it gives one alternative per member. False if a
 * synset is unknown (its name in *bad) or out is full. */
static bool dalts(const dsyn *syns, int n_syns, const char *in, size_t n, bool stem, bool open, char *out,
                  size_t cap, const char **bad, size_t *bad_len)
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
 * follows it shifts by shift (dslot_patterns). */
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
            if (alt.len && !dalts(syns, n_syns, (const char *)alt.p, (size_t)alt.len, stems && !exact, stems, item,
                                  cap, bad, bad_len)) {
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
            if (!dalts(syns, n_syns, (const char *)body.p + i, (size_t)(j - i), false, stems, item, sizeof item, &bad,
                       &bad_len)) {
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
            if (!dalts(syns, n_syns, (const char *)body.p + i, (size_t)(j - i), false, stems, item, sizeof item, &bad,
                       &bad_len)) {
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
            dput(pc, " ", "**", dcol(cols, b));
        }
        dput(pc, first ? "" : " ", item, dcol(cols, b));
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

/* "~ a (b c VERB2) VERB1 = x y CODE" (t starts at the '~'). */
static bool dtransform(dctx *d, uint32_t line, str t)
{
    /* tokens: the brackets and '=' stand alone */
    str tok[16];
    int n = 0;
    for (ptrdiff_t i = 1; i < t.len && n < 16;) {
        uint8_t ch = t.p[i];
        if (ch == ' ' || ch == '\t') {
            i++;
            continue;
        }
        ptrdiff_t j = i + 1;
        if (ch != '(' && ch != ')' && ch != '=') {
            while (j < t.len && t.p[j] != ' ' && t.p[j] != '\t' && t.p[j] != '(' && t.p[j] != ')' &&
                   t.p[j] != '=') {
                j++;
            }
        }
        tok[n++] = (str){t.p + i, j - i};
        i = j;
    }
    static const char *const shape = "a ( b c VERB2 ) VERB1 = x y CODE";
    bool ok = n == 11 && tok[1].len == 1 && tok[1].p[0] == '(' && tok[5].len == 1 && tok[5].p[0] == ')' &&
              tok[7].len == 1 && tok[7].p[0] == '=';
    const int vars[] = {0, 2, 3, 8, 9};
    for (int v = 0; ok && v < 5; v++) {
        str x = tok[vars[v]];
        ok = x.len == 1 && ((x.p[0] >= 'a' && x.p[0] <= 'z') || ((v == 1 || v == 2) && (x.p[0] == '.' || x.p[0] == '_')));
    }
    if (!ok) {
        dict_report(d, true, line, 1, "expected a transformation %s", shape);
        return true;
    }
    char a = (char)tok[0].p[0], b = (char)tok[2].p[0], c = (char)tok[3].p[0];
    for (int v = 3; v < 5; v++) {
        char x = (char)tok[vars[v]].p[0];
        if (x != a && x != b && x != c) {
            char names[8] = {a, 0};
            for (int q = 0; q < 2; q++) {
                char y = q ? c : b;
                if (y >= 'a' && y <= 'z' && !strchr(names, y)) {
                    size_t nl = strlen(names);
                    names[nl] = ',';
                    names[nl + 1] = y;
                    names[nl + 2] = 0;
                }
            }
            dict_report(d, true, line, (uint32_t)(tok[vars[v]].p - t.p) + 1,
                        "expected a variable of the left side (one of %s), found '%c'", names, x);
            return true;
        }
    }
    char code[8] = "";
    str cs = tok[10];
    if (!(cs.len == 1 && cs.p[0] == 'Q')) {
        if (cs.len >= (ptrdiff_t)sizeof code || !valid_code(cs)) {
            dict_report(d, true, line, (uint32_t)(cs.p - t.p) + 1, "expected a CAMEO code or Q, found \"%.*s\"",
                        (int)cs.len, (const char *)cs.p);
            return true;
        }
        memcpy(code, cs.p, (size_t)cs.len);
        if (!kb_cameo(d->B->k, code)) {
            dict_report(d, false, line, (uint32_t)(cs.p - t.p) + 1,
                        "code \"%s\" is not in the CAMEO list; used as written",
                        code);
        }
    }
    uint32_t verbs[2];
    for (int v = 0; v < 2; v++) {
        str w = tok[v ? 6 : 4];
        if (!v && w.len == 1 && w.p[0] == 'Q') {
            verbs[v] = 0;
            continue;
        }
        char low[64];
        if (w.len >= (ptrdiff_t)sizeof low) {
            dict_report(d, true, line, (uint32_t)(w.p - t.p) + 1, "expected a verb, found a word of %td bytes", w.len);
            return true;
        }
        for (ptrdiff_t q = 0; q < w.len; q++) {
            low[q] = (char)(w.p[q] >= 'A' && w.p[q] <= 'Z' ? w.p[q] + 32 : w.p[q]);
        }
        /* written in its base form, as the verb lines are: the lemma */
        uint32_t id = text_word_id(d->B->k, (str){(const uint8_t *)low, w.len});
        if (!id) {
            return false;
        }
        verbs[v] = id;
    }
    kb *k = d->B->k;
    transform *x = NEW(&k->a, transform, 1);
    char *text = x ? arena_strndup(&k->a, (const char *)t.p, (size_t)t.len) : NULL;
    if (!text) {
        return false;
    }
    x->verb2 = verbs[0];
    x->verb1 = verbs[1];
    x->a = a;
    x->b = b;
    x->c = c;
    x->x = (char)tok[8].p[0];
    x->y = (char)tok[9].p[0];
    memcpy(x->code, code, sizeof code);
    x->line = line;
    x->file = d->path;
    x->text = text;
    transform **tail = &k->transforms;
    while (*tail) {
        tail = &(*tail)->next;
    }
    *tail = x;
    return true;
}

/* A TABARI <TIME> line "PHRASE [###]" or "PHRASE [+++]" (its code at br):
 * the phrase, in the discards trie, flags the story. False only when memory
 * runs out. */
static bool dtime_flag(dctx *d, uint32_t line, str t, const uint8_t *br)
{
    kb *k = d->B->k;
    char buf[256];
    str ph = dict_phrase(dict_trim((str){t.p, br - t.p}), buf, sizeof buf);
    uint32_t ids[32];
    int n = ph.len ? text_phrase_ids(k, ph, ids, 32) : 0;
    if (n <= 0) {
        dict_report(d, true, line, 1, "expected a time phrase of 1 to 32 words before its code");
        return true;
    }
    uint32_t node = trie_insert(&k->discards, ids, n);
    actor_entry *e = NEW(&k->a, actor_entry, 1);
    if (!node || !e) {
        return false;
    }
    e->kind = br[1] == '#' ? AK_FLAG_DISCARD : AK_FLAG_COMPLEX;
    e->src_file = d->path;
    e->src_line = line;
    e->next = k->discards.payload[node];
    k->discards.payload[node] = e;
    return true;
}

/* The words after the head of a TABARI verb phrase vw ("DEATH TOLL
 * RISEN", "BREAK_DOWN") in truce's pattern syntax: lower case, a space
 * becoming " ** " (words may come between), '_' a plain " " (the next
 * word right after). *head_gap: a space follows the head. */
static void dverb_post(str vw, char *out, size_t cap, bool *head_gap)
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

/* The patterns a TABARI pattern line `rest` gives through the synset
 * members with an actor slot ("* &CURRENCY" and "+PESO_$": "* PESO_$"),
 * one per member, with n_syn - 1 synsets. False only when memory runs
 * out. */
static bool dslot_patterns(dctx *d, const dsyn *syns, int n_syns, str rest, uint32_t col, const char *verbs,
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
            ok = dadd_pattern(d, pc, code, code2) && ok;
            for (pattern *q = d->B->pats; q && q != before; q = q->next) {
                q->n_syn = n_syn ? n_syn - 1 : 0;
            }
        }
    }
    free(pc);
    return ok;
}

/* ---- the verb file reader ----------------------------------------------
 *
 * dict_load_verbs reads a file line by line and hands each kind of line
 * to its handler; vfile is what they share: the synsets, the current
 * block's code and verbs, the last verb (for irregular forms). */

typedef struct {
    dctx *d;
    dlines L;
    dsyn *syns;                /* 256 */
    int n_syns;
    dsyn *cur_syn;             /* the synset whose members are being read */
    char block_code[8], block_code2[8];
    char verbs[4096];          /* "=a|b|c" heads of the current block */
    char last_head[128];       /* the last verb line's verb (irregular forms) */
    bool tab;                  /* the TABARI / PETRARCH-1 syntax, not CAMEO.2.0 */
    bool blocks;               /* the file has "--- BLOCK ---" lines */
    bool in_syn, in_time;
} vfile;

/* A pattern or verb line's code: [c], [a:b] (active a), [:b] passive only,
 * or its block's. */
typedef struct {
    char code[8], code2[8];
    char mark;                 /* TABARI's '!' or '?' after the code, or 0 */
    bool subordinate;          /* TABARI "[023?]" */
    bool null_code;            /* [---], none, or TABARI's [###] or [+++] */
    bool flag_code;            /* TABARI's [###] or [+++] */
    const uint8_t *br;         /* the code's '[', or NULL */
    str body;                  /* the line before its code */
} vcode;

/* The TABARI / PETRARCH-1 syntax has no CAMEO.2.0 phrase groups "(PREP
 * ...)" and no "VERB PATTERNS" section; TABARI's own files have no "---
 * BLOCK ---" lines either: each verb line starts a block. */
static void vsyntax(const uint8_t *data, size_t len, bool *cameo2, bool *blocks)
{
    *cameo2 = *blocks = false;
    for (size_t q = 0; q + 3 < len; q++) {
        if (q == 0 || data[q - 1] == '\n') {
            if (data[q] == '-' && data[q + 1] == '-' && data[q + 2] == '-') {
                *blocks = true;
            }
            if (data[q] == '-' && data[q + 1] == ' ') {
                for (size_t r = q; r < len && data[r] != '\n' && data[r] != '#'; r++) {
                    *cameo2 |= data[r] == '(';
                }
            }
            if (len - q > 20 && memcmp(data + q, "####### VERB PATTERNS", 21) == 0) {
                *cameo2 = true;
            }
        }
    }
}

/* TABARI sections: <SYNSETS> is read as any synset; of <TIME> (time-shift
 * phrases) only the flags (vtime_line). */
static void vsection(vfile *v, str t)
{
    if (t.len >= 6 && strncasecmp((const char *)t.p, "<TIME>", 6) == 0) {
        v->in_time = true;
    } else if (t.len >= 7 && strncasecmp((const char *)t.p, "</TIME>", 7) == 0) {
        v->in_time = false;
    }
}

/* A line in <TIME>: of the time phrases truce reads those coded ### and
 * +++: they discard the story or mark it complex. False only when memory
 * runs out. */
static bool vtime_line(vfile *v, str t)
{
    const uint8_t *br = memchr(t.p, '[', (size_t)t.len);
    return !(br && t.p[0] != '-' && br + 4 <= t.p + t.len &&
             (!memcmp(br + 1, "###", 3) || !memcmp(br + 1, "+++", 3)) && !dtime_flag(v->d, v->L.line, t, br));
}

/* "&LABEL": a synset definition (before the patterns) or a use in a line */
static void vsynset(vfile *v, str t)
{
    if (v->n_syns < 256) {
        dsyn *sy = v->cur_syn = &v->syns[v->n_syns++];
        snprintf(sy->label, sizeof sy->label, "%.*s", (int)t.len, (const char *)t.p);
        while (strlen(sy->label) && (sy->label[strlen(sy->label) - 1] == '_' ||
                                     sy->label[strlen(sy->label) - 1] == ' ')) {
            sy->label[strlen(sy->label) - 1] = 0;
        }
        v->in_syn = true;
    }
}

/* "+MEMBER" of the current synset; in full for the TABARI syntax
 * ("+AUSTRIAN FLORIN", "+&TIETYPES_MEMOS") */
static void vsyn_member(vfile *v, str t)
{
    dctx *d = v->d;
    dsyn *cur_syn = v->cur_syn;
    const char *bad = NULL;
    size_t bad_len = 0;
    str mem = dict_trim((str){t.p + 1, t.len - 1});
    /* the member as written ends in '_' ("+KRONER_"): the word
     * itself, no stem (dtrim has cut that '_') */
    str rawm = v->L.text;
    while (rawm.len && (rawm.p[rawm.len - 1] == ' ' || rawm.p[rawm.len - 1] == '\t')) {
        rawm.len--;
    }
    bool mstem = d->semi && mem.len && rawm.len && !strchr("_$=", rawm.p[rawm.len - 1]);
    if (d->semi && (memchr(mem.p, '$', (size_t)mem.len) || memchr(mem.p, '+', (size_t)mem.len))) {
        /* "+PESO_$": the member and an actor slot; its patterns are
         * written out where the synset is used */
        size_t sl = strlen(cur_syn->slots);
        if (sl + (size_t)mem.len + 2 < sizeof cur_syn->slots) {
            snprintf(cur_syn->slots + sl, sizeof cur_syn->slots - sl, "%s%.*s", sl ? "|" : "",
                     (int)mem.len, (const char *)mem.p);
        }
        return;
    }
    if (mem.len && !dalts(v->syns, v->n_syns, (const char *)mem.p, (size_t)mem.len, mstem, d->semi,
                          cur_syn->phrases, sizeof cur_syn->phrases, &bad, &bad_len)) {
        if (bad) {
            dict_report(d, true, v->L.line, (uint32_t)(bad - (const char *)t.p) + 1,
                        "expected a synset defined before, found \"%.*s\"", (int)bad_len, bad);
        } else {
            dict_report(d, true, v->L.line, 1, "expected fewer synset members, found more than fit");
        }
    }
    char buf[128];
    str m = dict_phrase((str){t.p + 1, t.len - 1}, buf, sizeof buf);
    const char *last = strrchr(buf, ' ');
    last = last ? last + 1 : buf;
    if (m.len && strlen(cur_syn->heads) + strlen(last) + 2 < sizeof cur_syn->heads) {
        if (cur_syn->heads[0]) {
            strcat(cur_syn->heads, "|");
        }
        strcat(cur_syn->heads, last);
    }
}

/* The forms in forms ("BANS BANNED") of the verb v->last_head, into the
 * builder's exceptions; with stems, a form not ended by '_' is a stem too
 * ("ACTUALITY": "actualityss"). plus: a form with '+' is no form. False
 * when memory runs out (the other forms are added all the same). */
static bool vforms(vfile *v, str forms, bool stems, bool plus)
{
    builder *B = v->d->B;
    bool ok = true;
    FOR_PARTS(forms, ' ', fm) {
        char fb[128];
        str fw = dict_phrase(fm, fb, sizeof fb);
        exc_pair e = {text_word_id(B->k, fw), text_word_id(B->k, (str){(const uint8_t *)v->last_head,
                                                                (ptrdiff_t)strlen(v->last_head)})};
        if (fw.len && !strchr(fb, ' ') && !(plus && strchr(fb, '+')) && e.form && e.lemma &&
            !push_exc(&B->vexc, &B->n_vexc, &B->cap_vexc, e)) {
            ok = false;
        }
        if (stems && fw.len && !strchr(fb, ' ') && e.form && e.lemma && fm.p[fm.len - 1] != '_' &&
            !push_u32(&B->stem_forms, &B->n_stem_forms, &B->cap_stem_forms, e.form)) {
            ok = false;
        }
    }
    return ok;
}

/* --- MEANING [CODE] --- */
static void vblock(vfile *v, str t)
{
    const uint8_t *br = memchr(t.p, '[', (size_t)t.len);
    const uint8_t *cb = br ? memchr(br, ']', (size_t)(t.p + t.len - br)) : NULL;
    v->block_code[0] = v->block_code2[0] = 0;
    v->verbs[0] = 0;
    v->cur_syn = NULL;
    if (br && cb && cb - br - 1 < (ptrdiff_t)sizeof v->block_code) {
        snprintf(v->block_code, sizeof v->block_code, "%.*s", (int)(cb - br - 1), (const char *)br + 1);
        char *colon = strchr(v->block_code, ':');
        if (colon) {
            /* [active:passive]: the active code; in the TABARI
             * syntax [a:b] pairs a with b, the target's side */
            if (v->tab) {
                snprintf(v->block_code2, sizeof v->block_code2, "%s", colon + 1);
            }
            *colon = 0;
        }
    }
}

/* The code in brackets "[c]" br..cb of a line into c. */
static void vcode_parse(const vfile *v, const uint8_t *br, const uint8_t *cb, vcode *c)
{
    str s = dict_trim((str){br + 1, cb - br - 1});
    if (v->tab && s.len > 1 && (s.p[s.len - 1] == '!' || s.p[s.len - 1] == '?')) {
        c->mark = (char)s.p[s.len - 1];
    }
    c->subordinate = v->tab && v->d->semi && s.len && s.p[s.len - 1] == '?';
    const uint8_t *colon = memchr(s.p, ':', (size_t)s.len);
    if (colon) {
        if (v->tab) {
            str c2 = dict_trim((str){colon + 1, s.p + s.len - colon - 1});
            while (c2.len && !((c2.p[c2.len - 1] >= '0' && c2.p[c2.len - 1] <= '9') ||
                               (c2.p[c2.len - 1] >= 'A' && c2.p[c2.len - 1] <= 'Z'))) {
                c2.len--;
            }
            snprintf(c->code2, sizeof c->code2, "%.*s", (int)(c2.len > 7 ? 7 : c2.len), (const char *)c2.p);
        }
        s.len = colon - s.p;
    }
    while (s.len && !((s.p[s.len - 1] >= '0' && s.p[s.len - 1] <= '9') ||
                      (s.p[s.len - 1] >= 'A' && s.p[s.len - 1] <= 'Z') ||
                      (s.p[s.len - 1] >= 'a' && s.p[s.len - 1] <= 'z') ||
                      s.p[s.len - 1] == '-' || s.p[s.len - 1] == '#' || s.p[s.len - 1] == '+')) {
        s.len--;   /* "[080!]": a stray character; "[174K]" is a code */
    }
    snprintf(c->code, sizeof c->code, "%.*s", (int)(s.len > 7 ? 7 : s.len), (const char *)s.p);
}

/* The code of line t, checked; false (the line reported and skipped) if
 * it is malformed. */
static bool vline_code(vfile *v, str t, vcode *c)
{
    dctx *d = v->d;
    memset(c, 0, sizeof *c);
    c->body = t;
    for (ptrdiff_t i = t.len - 1; i >= 0; i--) {
        if (t.p[i] == '[') {
            c->br = t.p + i;
            break;
        }
    }
    const uint8_t *br = c->br;
    if (br) {
        const uint8_t *cb = memchr(br, ']', (size_t)(t.p + t.len - br));
        if (!cb) {
            dict_report(d, true, v->L.line, (uint32_t)(br - t.p) + 1, "expected ']' to close the code");
            return false;
        }
        vcode_parse(v, br, cb, c);
        c->body = dict_trim((str){t.p, br - t.p});
    } else {
        snprintf(c->code, sizeof c->code, "%s", v->block_code);
        snprintf(c->code2, sizeof c->code2, "%s", v->block_code2);
    }
    /* [---] is the null code; TABARI's [###] (discard) and [+++]
     * (complex) stop the verb from being coded as well */
    const char *code = c->code;
    c->null_code = code[0] == 0 || code[0] == '-' || code[0] == '+' || code[0] == '#';
    if (!c->null_code && !kb_cameo(d->B->k, code)) {
        bool word = true;
        for (const char *q = code; *q; q++) {
            word &= (*q >= '0' && *q <= '9') || (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z');
        }
        if (!word) {
            dict_report(d, true, v->L.line, br ? (uint32_t)(br - t.p) + 2 : 1,
                        "expected a code of the CAMEO list, found \"%s\"", code);
            return false;
        }
        /* the old suites use WEIS codes: kept, as their tests expect */
        dict_report(d, false, v->L.line, br ? (uint32_t)(br - t.p) + 2 : 1,
                    "code \"%s\" is not in the CAMEO list; used as written", code);
    }
    for (const char *q = c->code2; *q; q++) {
        if (!((*q >= '0' && *q <= '9') || (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z'))) {
            c->code2[0] = 0;
            break;
        }
    }
    /* TABARI's [###] (discard the story) and [+++] (a complex
     * sentence) are kept: the coder flags the story (see
     * truce_coder_story_flag) or, by default, codes nothing */
    c->flag_code = !strcmp(code, "###") || !strcmp(code, "+++");
    return true;
}

/* A TABARI / PETRARCH-1 pattern line "- PRE * POST [CODE]". False only
 * when memory runs out. */
static bool vtab_pattern(vfile *v, str t, vcode *c)
{
    dctx *d = v->d;
    if (!v->verbs[0] || c->code[0] == 0) {
        return true;
    }
    if (c->null_code && !c->flag_code) {
        snprintf(c->code, sizeof c->code, "---");
    }
    char why[160];
    bool head_done;
    /* the body with its final '_' ("- * OFF_"): only blanks cut */
    str rest = {c->body.p + 1, (c->br ? c->br : t.p + t.len) - c->body.p - 1};
    while (rest.len && (rest.p[0] == ' ' || rest.p[0] == '\t')) {
        rest.p++, rest.len--;
    }
    while (rest.len && (rest.p[rest.len - 1] == ' ' || rest.p[rest.len - 1] == '\t')) {
        rest.len--;
    }
    uint32_t rest_col = (uint32_t)(rest.p - t.p) + 1;
    dcols cols = {rest_col, PTRDIFF_MAX, 0, 0};
    patc *pc = malloc(sizeof *pc);
    if (!pc) {
        return false;
    }
    patc_begin(pc, d->path, v->L.line, rest_col);
    uint32_t col = dtab_pattern(v->syns, v->n_syns, rest, &cols, v->verbs, d->semi, pc, why, sizeof why, &head_done);
    if (col || !head_done) {
        if (col) {
            dict_report(d, true, v->L.line, rest_col - 1 + col, "%s", why);
        } else {
            dict_report(d, true, v->L.line, 1, "expected '*' for the verb in the pattern");
        }
        free(pc);
        return true;
    }
    const char *code2 = c->code2[0] && !c->null_code ? c->code2 : NULL;
    const pattern *before = d->B->pats;
    bool ok = dadd_pattern(d, pc, c->code, code2);
    free(pc);
    /* its synsets, for the choice between patterns (best_pattern) */
    uint8_t n_syn = 0;
    for (ptrdiff_t q = 0; q < rest.len; q++) {
        n_syn += rest.p[q] == '&' && n_syn < 255;
    }
    for (pattern *q = d->B->pats; q && q != before; q = q->next) {
        q->n_syn = n_syn;
    }
    return dslot_patterns(d, v->syns, v->n_syns, rest, rest_col, v->verbs, v->L.line, c->code, code2, n_syn) && ok;
}

/* The heads of synset &label (lw), or NULL. */
static const char *vsyn_heads(const vfile *v, const char *lw)
{
    const char *alts = NULL;
    for (int s2 = 0; s2 < v->n_syns; s2++) {
        if (strcasecmp(lw, v->syns[s2].label) == 0) {
            alts = v->syns[s2].heads;
        }
    }
    return alts;
}

/* A CAMEO.2.0 group at rest[i] ('{' or '('), up to its close at rest[j]:
 * "{MOD HEAD}", a noun phrase (its head), "(PREP NOUN)" (the preposition
 * and the noun, which may come after the object), either with a synset
 * inside ("(WITH &WEAPON)", "(FOR {FIGHTER &AIRCRAFT})"). Appends it to
 * pc at column col; false if reported. */
static bool vgroup(vfile *v, str t, str rest, ptrdiff_t i, ptrdiff_t j, patc *pc, uint32_t col, bool *full)
{
    uint8_t c0 = rest.p[i];
    str inner = dict_trim((str){rest.p + i + 1, (j < rest.len ? j : rest.len) - i - 1});
    char buf[4096];
    dict_phrase(inner, buf, sizeof buf);
    for (char *r = buf, *w2 = buf;; r++) {
        if (*r != '{' && *r != '}') {
            *w2++ = *r;
        }
        if (!*r) {
            break;
        }
    }
    char *first = buf, *last = strrchr(buf, ' ');
    const char *lw = last ? last + 1 : first;
    if (lw[0] == '&') {
        const char *alts = vsyn_heads(v, lw);
        if (!alts || !alts[0] || strlen(alts) + 256 >= sizeof buf) {
            dict_report(v->d, true, v->L.line, (uint32_t)(rest.p + i - t.p) + 1,
                        "expected a synset defined before, found \"%s\"", lw);
            return false;
        }
        char tmp[4096];
        snprintf(tmp, sizeof tmp, "%s", alts);
        if (last) {
            snprintf(last + 1, sizeof buf - (size_t)(last + 1 - buf), "%s", tmp);
        } else {
            snprintf(buf, sizeof buf, "%s", tmp);
        }
        last = strrchr(buf, ' ');
    }
    /* " * PREP * NOUN": a prepositional phrase may follow the object */
    char *sp = c0 == '(' ? strchr(buf, ' ') : NULL;
    if (sp) {
        *sp = 0;
    }
    const char *noun = c0 == '(' ? (sp ? last + 1 : NULL) : (last ? last + 1 : first);
    const char *els[4] = {"*", c0 == '(' ? first : noun, "*", noun};
    for (int e = 0; e < (c0 == '(' && sp ? 4 : 2); e++) {
        *full = *full || !patc_put(pc, " ", (str){(const uint8_t *)els[e], (ptrdiff_t)strlen(els[e])}, col, false);
    }
    return true;
}

/* A CAMEO.2.0 pattern line "- PRE * POST [CODE]"; [---] makes a null
 * pattern that, when it matches best, stops the verb from being coded.
 * False only when memory runs out. */
static bool vcameo_pattern(vfile *v, str t, vcode *c)
{
    dctx *d = v->d;
    if (!v->verbs[0] || c->code[0] == 0) {
        return true;
    }
    if (c->null_code) {
        snprintf(c->code, sizeof c->code, "---");
    }
    bool head_done = false, full = false, failed = false;
    str rest = dict_trim((str){c->body.p + 1, c->body.len - 1});
    patc *pc = malloc(sizeof *pc);
    if (!pc) {
        return false;
    }
    patc_begin(pc, d->path, v->L.line, (uint32_t)(rest.p - t.p) + 1);
    for (ptrdiff_t i = 0; i < rest.len && !full && pc->len + 64 < PATC_TEXT;) {
        while (i < rest.len && (rest.p[i] == ' ' || rest.p[i] == '\t')) {
            i++;
        }
        if (i >= rest.len) {
            break;
        }
        uint8_t c0 = rest.p[i];
        uint32_t col = (uint32_t)(rest.p + i - t.p) + 1;
        ptrdiff_t j = i;
        if (c0 == '{' || c0 == '(') {
            uint8_t close = c0 == '{' ? '}' : ')';
            while (j < rest.len && rest.p[j] != close) {
                j++;
            }
            if (!vgroup(v, t, rest, i, j, pc, col, &full)) {
                failed = true;
                break;
            }
            i = j + 1;
            continue;
        }
        while (j < rest.len && rest.p[j] != ' ' && rest.p[j] != '\t') {
            j++;
        }
        str w = {rest.p + i, j - i};
        i = j;
        const char *el = NULL;
        char buf[256];
        if (str_eq(w, S("*"))) {
            el = v->verbs;
            head_done = true;
        } else if (str_eq(w, S("^"))) {
            el = "*";
        } else if (str_eq(w, S("$")) || str_eq(w, S("+"))) {
            el = w.p[0] == '$' ? "$" : "+";
        } else if (str_eq(w, S("%"))) {
            /* compound marker: not used */
        } else if (w.p[0] == '&') {
            for (int s2 = 0; s2 < v->n_syns; s2++) {
                size_t ll = strlen(v->syns[s2].label);
                str lw = dict_trim(w);
                if ((size_t)lw.len == ll && memcmp(lw.p, v->syns[s2].label, ll) == 0) {
                    el = v->syns[s2].heads;
                }
            }
            if (!el || !el[0]) {
                dict_report(d, true, v->L.line, col, "expected a synset defined before, found \"%.*s\"", (int)w.len,
                            (const char *)w.p);
                failed = true;
                break;
            }
        } else {
            dict_phrase(w, buf, sizeof buf);
            el = buf[0] ? buf : NULL;
        }
        if (el) {
            full = full || !patc_put(pc, " ", (str){(const uint8_t *)el, (ptrdiff_t)strlen(el)}, col, false);
        }
    }
    bool ok = true;
    if (failed || !pc->len || !head_done || full || pc->len >= PATC_TEXT - 64) {
        if (!failed && (pc->len || full) && !head_done) {
            dict_report(d, true, v->L.line, 1, "expected '*' for the verb in the pattern");
        }
    } else {
        patc_trim(pc);
        ok = dadd_pattern(d, pc, c->code, NULL);
    }
    free(pc);
    return ok;
}

/* A verb line's verb vw ("+CORDON_OFF", "WIRE_+TAP", "DEATH TOLL RISEN",
 * "BAN=") as truce's head with TABARI's marks ("restor~", "ban="), and the
 * words before and after it; *head_gap: a space (not '_') after the head
 * word. False if it has no head truce reads. */
static bool vverb_words(const vfile *v, str vw, char head[128], char pre[128], char post[128], bool *head_gap)
{
    bool semi = v->d->semi;
    char buf[256];
    dict_phrase(vw, buf, sizeof buf);
    char *plus = strchr(buf, '+');
    pre[0] = post[0] = 0;
    *head_gap = false;
    if (plus) {
        char *hs = plus + 1, *he = strchr(hs, ' ');
        snprintf(pre, 128, "%.*s", (int)(plus - buf), buf);
        snprintf(head, 128, "%.*s", (int)(he ? he - hs : (ptrdiff_t)strlen(hs)), hs);
        if (he) {
            snprintf(post, 128, "%s", he + 1);
        }
    } else {
        char *sp = strchr(buf, ' ');
        snprintf(head, 128, "%.*s", (int)(sp ? sp - buf : (ptrdiff_t)strlen(buf)), buf);
        if (sp) {
            snprintf(post, 128, "%s", sp + 1);
        }
        if (sp && semi) {
            /* TABARI: "DEATH TOLL RISEN" lets words come between its
             * words ("death toll has risen"), "BREAK_DOWN" not */
            dverb_post(vw, post, 128, head_gap);
        }
    }
    for (size_t hl = strlen(head); hl && strchr("=~!$_", head[hl - 1]); hl--) {
        head[hl - 1] = 0;   /* TABARI's stem marks: BAN=, ARM_ */
    }
    if (!head[0] || strchr(head, '&')) {
        return false;
    }
    /* TABARI: a verb is a stem ("RESTOR") unless written with a
     * final '_' ("ARM_") */
    if (semi && !pre[0] && (!post[0] || *head_gap) &&
        !(!post[0] && vw.len && (vw.p[vw.len - 1] == '_' || vw.p[vw.len - 1] == '=')) &&
        strlen(head) + 2 < 128) {
        strcat(head, "~");   /* "DEATH TOLL RISEN": DEATH a stem too */
    } else if (semi && !pre[0] && !post[0] && vw.len && vw.p[vw.len - 1] == '=' && strlen(head) + 2 < 128) {
        strcat(head, "=");   /* "BAN=": this form only */
    }
    return true;
}

/* A verb line: VERB {IRREGULAR FORMS} [CODE]; "+" marks the verb of a
 * phrase (+CORDON_OFF, WIRE_+TAP). It adds the verb to its block's verbs
 * and, unless its code is null, a pattern of its own. False only when
 * memory runs out. */
static bool vverb_line(vfile *v, vcode *c)
{
    dctx *d = v->d;
    builder *B = d->B;
    str body = c->body;
    const uint8_t *brace = memchr(body.p, '{', (size_t)body.len);
    str vw = dict_trim((str){body.p, brace ? brace - body.p : body.len});
    char head[128], pre[128], post[128];
    bool head_gap;
    if (!vverb_words(v, vw, head, pre, post, &head_gap)) {
        return true;
    }
    if (v->tab && !v->blocks) {
        /* TABARI: a verb line starts the block of its patterns */
        v->verbs[0] = 0;
        snprintf(v->block_code, sizeof v->block_code, "%s", c->code);
        snprintf(v->block_code2, sizeof v->block_code2, "%s", c->code2);
    }
    snprintf(v->last_head, sizeof v->last_head, "%s", head);
    v->last_head[strcspn(v->last_head, "~=")] = 0;
    bool ok = true;
    if (brace) {
        /* "BAN {BANS BANNED}": the forms of a verb WordNet may not know */
        const uint8_t *cb = memchr(brace, '}', (size_t)(body.p + body.len - brace));
        str forms = {brace + 1, (cb ? cb : body.p + body.len) - brace - 1};
        ok = vforms(v, forms, false, true);
    }
    /* the block's verbs are the heads of its patterns; a TABARI verb
     * phrase ("CALLED_ON") is the '*' of its own patterns */
    char *verbs = v->verbs;
    if (v->tab && !v->blocks && (pre[0] || post[0])) {
        snprintf(verbs, sizeof v->verbs, "%s%s=%s%s%s", pre, pre[0] ? " " : "", head,
                 post[0] ? (head_gap ? " ** " : " ") : "", post);
    } else if (!pre[0] && !post[0] && strlen(verbs) + strlen(head) + 2 < sizeof v->verbs) {
        if (!verbs[0]) {
            snprintf(verbs, sizeof v->verbs, "=%s", head);
        } else {
            strcat(verbs, "|");
            strcat(verbs, head);
        }
    }
    if (c->null_code && !c->flag_code) {
        return ok;
    }
    /* its own pattern: "pre =head post" ("**" where words may come) */
    uint32_t col = (uint32_t)(vw.p - c->body.p) + 1;
    char head_el[130];
    snprintf(head_el, sizeof head_el, "=%s", head);
    patc pc;
    patc_begin(&pc, d->path, v->L.line, col);
    if (pre[0]) {
        dput(&pc, "", pre, col);
    }
    dput(&pc, pre[0] ? " " : "", head_el, col);
    if (post[0]) {
        if (head_gap) {
            dput(&pc, " ", "**", col);
        }
        dput(&pc, " ", post, col);
    }
    pattern *before = B->pats;
    ok = dadd_pattern(d, &pc, c->code, c->code2[0] ? c->code2 : NULL) && ok;
    for (pattern *q = B->pats; q && q != before; q = q->next) {
        q->verb_line = true;   /* only the patterns this line added */
        q->mark = c->mark;
        q->subordinate = c->subordinate;
    }
    return ok;
}

/* One line of a verb file; false only when memory runs out. */
static bool vline(vfile *v, str t)
{
    if (t.p[0] == '<') {
        vsection(v, t);
        return true;
    }
    if (v->in_time) {
        return vtime_line(v, t);
    }
    if (t.p[0] == '&' && !(t.len > 1 && t.p[1] == '&')) {
        vsynset(v, t);
        return true;
    }
    if (t.p[0] == '+' && v->cur_syn && (v->in_syn || !v->verbs[0])) {
        vsyn_member(v, t);
        return true;
    }
    v->in_syn = false;
    if (t.p[0] == '{' && v->last_head[0]) {
        /* TABARI: "{ ACTING_ ACTXD_ ACTUALITY }", the forms of the verb
         * above */
        const uint8_t *cb = memchr(t.p, '}', (size_t)t.len);
        return vforms(v, (str){t.p + 1, (cb ? cb : t.p + t.len) - t.p - 1}, v->d->semi, false);
    }
    if (t.len >= 3 && memcmp(t.p, "---", 3) == 0) {
        vblock(v, t);
        return true;
    }
    if (t.p[0] == '~') {
        return dtransform(v->d, v->L.line, t);
    }
    if (t.p[0] == '#' || (t.len > 1 && t.p[0] == '&' && t.p[1] == '&')) {
        return true;
    }
    vcode c;
    if (!vline_code(v, t, &c)) {
        return true;
    }
    if (t.p[0] == '-') {
        return v->tab ? vtab_pattern(v, t, &c) : vcameo_pattern(v, t, &c);
    }
    return vverb_line(v, &c);
}

bool dict_load_verbs(dctx *d, const uint8_t *data, size_t len)
{
    vfile v;
    memset(&v, 0, sizeof v);
    v.syns = calloc(256, sizeof *v.syns);
    if (!v.syns) {
        return false;
    }
    v.d = d;
    v.L = (dlines){data, data + len, 0, {0}, {0}, false, d->semi};
    bool cameo2;
    vsyntax(data, len, &cameo2, &v.blocks);
    v.tab = !cameo2;
    bool ok = true;
    while (ok && dict_next(&v.L)) {
        str t = dict_trim(v.L.text);
        if (t.len) {
            ok = vline(&v, t);
        }
    }
    free(v.syns);
    return ok;
}
