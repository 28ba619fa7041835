/* patc.c — the pattern compiler: verb and noun patterns into pattern records.
 *
 * One compiler for every syntax: truce's own data/verbs.txt is written in
 * its notation (data/README.md: "=head", "*" and "**" gaps, "$" "+" "%"
 * "^" slots, "a|b_c" alternatives, "~" stems, "=" exact forms, "+"
 * gaps inside an alternative), and the PETRARCH and TABARI verb readers
 * (dict_verbs.c) translate into it. It turns each element into word ids
 * (through the tokenizer, text.c), checks the pattern's shape, and files
 * one record per head alternative on the builder's list; kb.c's finish
 * indexes them by head and fills their Bloom bits (patc_need). Matching
 * patterns against sentences is the coder's business.
 *
 * Errors say what was expected and what was found, at the pattern's
 * file:line:col.
 */
#include "kb_build.h"

#include <stdarg.h>
#include <stdio.h>

typedef struct {
    const char *file;
    uint32_t line, col;
} pat_where;

static bool pbad(builder *B, const pat_where *W, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool pbad(builder *B, const pat_where *W, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    err_set(B->err, TRUCE_EDATA, W->file, W->line, W->col, -1, "%s", msg);
    return false;
}

/* Is w a plain word (letters, digits, '-') that is one token as it is? */
static bool plain_word(str w)
{
    for (ptrdiff_t i = 0; i < w.len; i++) {
        uint8_t ch = w.p[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch >= 0x80)) {
            return false;
        }
    }
    return w.len > 0 && w.p[0] != '-' && w.p[w.len - 1] != '-';
}

/* "a|b_c|d": alternatives, each a word or, joined by '_', a phrase that
 * must occur word for word. */
static bool parse_alts(builder *B, const pat_where *W, str el, pat_elem *pe, uint32_t *stem_mask,
                       uint32_t *exact_mask)
{
    uint32_t ids[256];
    uint8_t lens[256], stemv[256];
    size_t n_ids = 0, n_alts = 0;
    bool multi = false, any_stem = false;
    *stem_mask = 0;
    if (exact_mask) {
        *exact_mask = 0;
    }
    FOR_PARTS(el, '|', alt) {
        if (n_alts == 256) {
            return pbad(B, W, "expected at most 256 alternatives, found more");
        }
        stemv[n_alts] = 0;
        if (alt.len > 1 && alt.p[alt.len - 1] == '~') {
            /* "restor~": a stem, any word beginning with it (TABARI) */
            alt.len--;
            if (n_alts < 32) {
                *stem_mask |= 1u << n_alts;
            }
            stemv[n_alts] = ALT_STEM;
            any_stem = true;
        } else if (alt.len > 1 && alt.p[alt.len - 1] == '=') {
            /* "ban=": this form only (TABARI); a head's flag */
            alt.len--;
            if (exact_mask && n_alts < 32) {
                *exact_mask |= 1u << n_alts;
            }
            stemv[n_alts] = ALT_EXACT;
            any_stem = true;
        }
        int n;
        if (plain_word(alt)) {
            ids[n_ids] = text_word_id(B->k, alt);
            n = ids[n_ids] ? 1 : -1;
        } else {
            /* "austrian+florin": '+' lets other words come between (a
             * TABARI space), PAT_GAP_ID in the ids */
            n = 0;
            FOR_PARTS(alt, '+', part) {
                if (n < 0) {
                    continue;   /* a part failed */
                }
                char buf[512];
                size_t bn = 0;
                for (ptrdiff_t q = 0; q < part.len && bn + 1 < sizeof buf; q++) {
                    buf[bn++] = part.p[q] == '_' ? ' ' : (char)part.p[q];
                }
                int room = (int)(sizeof ids / sizeof *ids - n_ids) - n - (n > 0);
                int m = room > 0 ? text_phrase_ids(B->k, (str){(const uint8_t *)buf, (ptrdiff_t)bn},
                                                   ids + n_ids + n + (n > 0), room)
                                 : -1;
                if (m <= 0) {
                    n = -1;
                    continue;
                }
                if (n > 0) {
                    ids[n_ids + n++] = PAT_GAP_ID;
                }
                n += m;
            }
        }
        if (n <= 0 || n > 32) {
            return pbad(B, W, "expected a word or a phrase of up to 32 words, found \"%.*s\"",
                        (int)(alt.len > 60 ? 60 : alt.len), (const char *)alt.p);
        }
        multi |= n > 1;
        lens[n_alts++] = (uint8_t)n;
        n_ids += (size_t)n;
    }
    if (n_alts == 0) {
        return pbad(B, W, "expected a word or alternatives a|b, found \"%.*s\"",
                    (int)el.len, (const char *)el.p);
    }
    pe->alts = NEW(&B->k->a, uint32_t, n_ids);
    pe->alt_lens = multi ? NEW(&B->k->a, uint8_t, n_alts) : NULL;
    if (!pe->alts || (multi && !pe->alt_lens)) {
        err_set(B->err, TRUCE_ENOMEM, W->file, W->line, 0, -1, "out of memory");
        return false;
    }
    memcpy(pe->alts, ids, n_ids * sizeof *ids);
    if (multi) {
        memcpy(pe->alt_lens, lens, n_alts);
    }
    pe->n_alts = (uint16_t)n_alts;
    pe->alt_stem = NULL;
    if (any_stem && (multi || n_alts > 1)) {
        /* "dollar~|swiss_franc~|kroner=": the last word of each a stem,
         * or as written */
        pe->alt_stem = NEW(&B->k->a, uint8_t, n_alts);
        if (!pe->alt_stem) {
            err_set(B->err, TRUCE_ENOMEM, W->file, W->line, 0, -1, "out of memory");
            return false;
        }
        memcpy(pe->alt_stem, stemv, n_alts);
    }
    return true;
}

/* One pattern in truce's syntax (data/README.md) for CAMEO code cbuf (and
 * TABARI's paired code code2, or NULL), as written at W. */
static bool compile(builder *B, const pat_where *W, const char *cbuf, const char *code2, str text,
                    uint8_t flags)
{
    kb *k = B->k;
    pattern *p = NEW(&k->a, pattern, 1);
    pat_elem *els = NEW(&k->a, pat_elem, 64);
    char *txt = arena_strndup(&k->a, (const char *)text.p, (size_t)text.len);
    if (!p || !els || !txt) {
        err_set(B->err, TRUCE_ENOMEM, W->file, W->line, 0, -1, "out of memory");
        return false;
    }
    memcpy(p->code, cbuf, sizeof p->code);
    if (code2) {
        snprintf(p->code2, sizeof p->code2, "%s", code2);
    }
    p->line = W->line;
    p->file = W->file;
    p->text = txt;
    p->flags = flags;
    int n = 0, head = -1;
    pat_elem headel = {0};
    uint32_t head_stems = 0, head_exact = 0;
    FOR_PARTS(text, ' ', el) {
        if (n == 64) {
            return pbad(B, W, "expected at most 64 elements in a pattern");
        }
        pat_elem pe = {0};
        if (el.p[0] == '=') {
            if (head >= 0) {
                return pbad(B, W, "expected one head (=word), found a second \"%.*s\"",
                            (int)el.len, (const char *)el.p);
            }
            str h = {el.p + 1, el.len - 1};
            if (h.len > 2 && h.p[h.len - 2] == '#' && h.p[h.len - 1] == 'n') {
                p->noun = true;
                h.len -= 2;
            }
            if (!h.len || !parse_alts(B, W, h, &headel, &head_stems, &head_exact)) {
                return h.len ? false : pbad(B, W, "expected a word after '='");
            }
            if (headel.alt_lens) {
                return pbad(B, W, "expected single words as the head, found \"%.*s\"",
                            (int)el.len, (const char *)el.p);
            }
            head = n;
            continue;   /* the head is not stored among the elements */
        }
        if (str_eq(el, S("*"))) {
            pe.kind = PE_GAP;
        } else if (str_eq(el, S("**"))) {
            pe.kind = PE_GAP;   /* TABARI's space: any words between */
            pe.max_gap = 40;
        } else if (str_eq(el, S("$"))) {
            pe.kind = PE_SRC;
        } else if (str_eq(el, S("+"))) {
            pe.kind = PE_TGT;
        } else if (str_eq(el, S("%"))) {
            pe.kind = PE_COMP;
        } else if (str_eq(el, S("^")) || str_eq(el, S("@"))) {
            pe.kind = PE_SKIP;
        } else {
            pe.kind = PE_WORD;
            uint32_t stems, exacts;
            if (!parse_alts(B, W, el, &pe, &stems, &exacts)) {
                return false;
            }
            pe.stem = pe.n_alts == 1 && !pe.alt_lens && (stems & 1);
            pe.exact = pe.n_alts == 1 && !pe.alt_lens && (exacts & 1);
        }
        els[n++] = pe;
        if (pe.kind != PE_GAP) {
            p->weight++;
        }
    }
    if (head < 0) {
        return pbad(B, W, "expected a head element marked with '=', found none in \"%s\"", txt);
    }
    p->n_pre = (uint8_t)head;
    p->n_post = (uint8_t)(n - head);
    p->pre = NEW(&k->a, pat_elem, head ? head : 1);
    if (!p->pre) {
        err_set(B->err, TRUCE_ENOMEM, W->file, W->line, 0, -1, "out of memory");
        return false;
    }
    for (int i = 0; i < head; i++) {
        p->pre[i] = els[head - 1 - i];
    }
    p->post = els + head;
    /* one pattern record per head alternative */
    for (int a = 0; a < headel.n_alts; a++) {
        pattern *q = p;
        if (a > 0) {
            q = NEW(&k->a, pattern, 1);
            if (!q) {
                err_set(B->err, TRUCE_ENOMEM, W->file, W->line, 0, -1, "out of memory");
                return false;
            }
            *q = *p;
        }
        q->head = headel.alts[a];
        q->stem = a < 32 && (head_stems >> a) & 1;
        q->exact = a < 32 && (head_exact >> a) & 1;
        k->stems |= q->stem;
        q->next = B->pats;
        B->pats = q;
    }
    return true;
}

bool patc_compile(builder *B, const char *file, uint32_t line, uint32_t col, const char *code,
                  const char *code2, str text, uint8_t flags)
{
    pat_where w = {file, line, col};
    return compile(B, &w, code, code2, text, flags);
}

/* The Bloom bits of a pattern's one-word elements (pattern.need): the
 * words, as pattern_possible in code.c reads them, that a sentence must
 * hold for the pattern to match. */
void patc_need(pattern *p)
{
    p->n_need = 0;
    for (int side = 0; side < 2; side++) {
        const pat_elem *el = side ? p->pre : p->post;
        int n = side ? p->n_pre : p->n_post;
        for (int i = 0; i < n && p->n_need < PAT_NEED; i++) {
            if (el[i].kind == PE_WORD && !el[i].stem && !el[i].alt_stem && el[i].n_alts == 1) {
                p->need[p->n_need++] = (uint16_t)PAT_BLOOM_BIT(el[i].alts[0]);
            }
        }
    }
}
