/* patc.c — the pattern compiler: verb and noun patterns into pattern records.
 *
 * The one compiler every syntax feeds: truce's own data/verbs.txt (written
 * in the compiler's notation, data/README.md), PETRARCH's CAMEO.2.0 verb
 * files and TABARI's .verbs files (dict_verbs.c). A reader writes a
 * pattern into a patc element by element: "=a|b" the head, "*" and "**"
 * gaps, "$" "+" "%" "^" slots, "a|b_c" a word's alternatives with "~"
 * stems, "=" exact forms and "+" gaps inside an alternative, each with the
 * column where its source wrote it. patc_end turns each element into word
 * ids (through the tokenizer, text.c), checks the pattern's shape, and
 * files one record per head alternative on the builder's list; an error
 * names the element's file:line:col and adds nothing. kb.c's finish
 * indexes the records by head and fills their Bloom bits (patc_need).
 * Reading the source syntaxes is the readers' business, and matching
 * patterns against sentences the coder's.
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

/* ---- writing a pattern --------------------------------------------------- */

void patc_begin(patc *pc, const char *file, uint32_t line, uint32_t col)
{
    pc->file = file;
    pc->line = line;
    pc->col = col;
    pc->len = 0;
    pc->n_el = 0;
    pc->more = false;
    pc->text[0] = 0;
}

bool patc_put(patc *pc, const char *sep, str frag, uint32_t col, bool verbatim)
{
    size_t sl = strlen(sep);
    if (pc->len + sl + (size_t)frag.len + 1 > sizeof pc->text) {
        return false;
    }
    memcpy(pc->text + pc->len, sep, sl);
    pc->len += sl;
    size_t at = pc->len;
    memcpy(pc->text + at, frag.p, (size_t)frag.len);
    pc->len += (size_t)frag.len;
    pc->text[pc->len] = 0;
    /* the elements: parted by spaces, as the notation has them */
    FOR_PARTS(frag, ' ', el) {
        if (pc->n_el == PATC_ELEMS) {
            pc->more = true;
            continue;
        }
        ptrdiff_t o = el.p - frag.p;
        pc->el[pc->n_el].off = (uint32_t)(at + (size_t)o);
        pc->el[pc->n_el].len = (uint32_t)el.len;
        pc->el[pc->n_el].col = verbatim ? col + (uint32_t)o : col;
        pc->n_el++;
    }
    return true;
}

void patc_trim(patc *pc)
{
    size_t lo = 0, hi = pc->len;
    while (lo < hi && (pc->text[lo] == ' ' || pc->text[lo] == '\t')) {
        lo++;
    }
    while (hi > lo && (pc->text[hi - 1] == ' ' || pc->text[hi - 1] == '\t' || pc->text[hi - 1] == '_')) {
        hi--;
    }
    int n = 0;
    for (int i = 0; i < pc->n_el; i++) {
        size_t b = pc->el[i].off, e = b + pc->el[i].len;
        size_t cb = b < lo ? lo : b, ce = e > hi ? hi : e;
        if (ce <= cb || (ce - cb == 1 && pc->text[cb] == '-')) {
            continue;   /* trimmed away, or left a lone '-' (no element) */
        }
        pc->el[n].off = (uint32_t)(cb - lo);
        pc->el[n].len = (uint32_t)(ce - cb);
        pc->el[n].col = pc->el[i].col;
        n++;
    }
    pc->n_el = n;
    memmove(pc->text, pc->text + lo, hi - lo);
    pc->len = hi - lo;
    pc->text[pc->len] = 0;
}

/* ---- compiling ------------------------------------------------------------ */

/* The head element "=a|b" (el without its '=', "#n" for a noun) of p
 * into *headel with its stem and exact masks. */
static bool compile_head(builder *B, const pat_where *W, str el, pattern *p, pat_elem *headel,
                         uint32_t *head_stems, uint32_t *head_exact)
{
    str h = {el.p + 1, el.len - 1};
    if (h.len > 2 && h.p[h.len - 2] == '#' && h.p[h.len - 1] == 'n') {
        p->noun = true;
        h.len -= 2;
    }
    if (!h.len || !parse_alts(B, W, h, headel, head_stems, head_exact)) {
        return h.len ? false : pbad(B, W, "expected a word after '='");
    }
    if (headel->alt_lens) {
        return pbad(B, W, "expected single words as the head, found \"%.*s\"", (int)el.len, (const char *)el.p);
    }
    return true;
}

/* ":creature|condition": a noun of one of these word classes (lex.c's
 * names) heading its phrase; pe->alts holds the classes' bit numbers. */
static bool compile_class(builder *B, const pat_where *W, str names, pat_elem *pe)
{
    uint32_t bits[8];
    int n = 0;
    FOR_PARTS(names, '|', name) {
        uint64_t bit = lex_class(name);
        if (n == 8) {
            return pbad(B, W, "expected at most 8 classes after ':', found more");
        }
        if (!bit) {
            return pbad(B, W, "expected a word class such as creature or condition after ':', found \"%.*s\"",
                        (int)(name.len > 30 ? 30 : name.len), (const char *)name.p);
        }
        uint32_t b = 0;
        while (!((bit >> b) & 1)) {
            b++;
        }
        bits[n++] = b;
    }
    pe->kind = PE_CLASS;
    pe->alts = NEW(&B->k->a, uint32_t, n ? n : 1);
    if (!pe->alts) {
        err_set(B->err, TRUCE_ENOMEM, W->file, W->line, 0, -1, "out of memory");
        return false;
    }
    memcpy(pe->alts, bits, (size_t)n * sizeof *bits);
    pe->n_alts = (uint16_t)n;
    return n > 0 || pbad(B, W, "expected a word class after ':'");
}

/* Any other element: a gap, a slot, a word class, or a word's alternatives. */
static bool compile_elem(builder *B, const pat_where *W, str el, pat_elem *pe)
{
    memset(pe, 0, sizeof *pe);
    if (str_eq(el, S("*"))) {
        pe->kind = PE_GAP;
    } else if (str_eq(el, S("*np"))) {
        pe->kind = PE_GAP;   /* words of the object's noun phrase only */
        pe->np = true;
    } else if (str_eq(el, S("**"))) {
        pe->kind = PE_GAP;   /* TABARI's space: any words between */
        pe->max_gap = 40;
    } else if (str_eq(el, S("$"))) {
        pe->kind = PE_SRC;
    } else if (str_eq(el, S("+"))) {
        pe->kind = PE_TGT;
    } else if (str_eq(el, S("%"))) {
        pe->kind = PE_COMP;
    } else if (str_eq(el, S("^")) || str_eq(el, S("@"))) {
        pe->kind = PE_SKIP;
    } else if (el.len > 1 && el.p[0] == ':' && el.p[1] >= 'a' && el.p[1] <= 'z') {
        return compile_class(B, W, (str){el.p + 1, el.len - 1}, pe);
    } else {
        pe->kind = PE_WORD;
        uint32_t stems, exacts;
        if (!parse_alts(B, W, el, pe, &stems, &exacts)) {
            return false;
        }
        pe->stem = pe->n_alts == 1 && !pe->alt_lens && (stems & 1);
        pe->exact = pe->n_alts == 1 && !pe->alt_lens && (exacts & 1);
    }
    return true;
}

/* p's elements around the head into p->pre (reversed) and p->post, then
 * one pattern record per head alternative onto B->pats. */
static bool file_pattern(builder *B, const pat_where *W, pattern *p, pat_elem *els, int n, int head,
                         const pat_elem *headel, uint32_t head_stems, uint32_t head_exact)
{
    kb *k = B->k;
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
    for (int a = 0; a < headel->n_alts; a++) {
        pattern *q = p;
        if (a > 0) {
            q = NEW(&k->a, pattern, 1);
            if (!q) {
                err_set(B->err, TRUCE_ENOMEM, W->file, W->line, 0, -1, "out of memory");
                return false;
            }
            *q = *p;
        }
        q->head = headel->alts[a];
        q->stem = a < 32 && (head_stems >> a) & 1;
        q->exact = a < 32 && (head_exact >> a) & 1;
        k->stems |= q->stem;
        q->next = B->pats;
        B->pats = q;
    }
    return true;
}

bool patc_end(builder *B, const patc *pc, const char *code, const char *code2, uint8_t flags)
{
    kb *k = B->k;
    pat_where w = {pc->file, pc->line, pc->col};
    pattern *p = NEW(&k->a, pattern, 1);
    pat_elem *els = NEW(&k->a, pat_elem, 64);
    char *txt = arena_strndup(&k->a, pc->text, pc->len);
    if (!p || !els || !txt) {
        err_set(B->err, TRUCE_ENOMEM, w.file, w.line, 0, -1, "out of memory");
        return false;
    }
    memcpy(p->code, code, sizeof p->code);
    if (code2) {
        snprintf(p->code2, sizeof p->code2, "%s", code2);
    }
    p->line = pc->line;
    p->file = pc->file;
    p->text = txt;
    p->flags = flags;
    int n = 0, head = -1;
    pat_elem headel = {0};
    uint32_t head_stems = 0, head_exact = 0;
    for (int e = 0; e <= pc->n_el; e++) {
        if (e == pc->n_el && !pc->more) {
            break;
        }
        /* errors name the element, where its source wrote it */
        w.col = e < pc->n_el ? pc->el[e].col : pc->col;
        /* (more than PATC_ELEMS elements stop here, at the 65th) */
        if (n == 64 || e == pc->n_el) {
            return pbad(B, &w, "expected at most 64 elements in a pattern");
        }
        str el = {(const uint8_t *)pc->text + pc->el[e].off, pc->el[e].len};
        if (el.p[0] == '=') {
            if (head >= 0) {
                return pbad(B, &w, "expected one head (=word), found a second \"%.*s\"", (int)el.len,
                            (const char *)el.p);
            }
            if (!compile_head(B, &w, el, p, &headel, &head_stems, &head_exact)) {
                return false;
            }
            head = n;
            continue;   /* the head is not stored among the elements */
        }
        if (!compile_elem(B, &w, el, &els[n])) {
            return false;
        }
        if (els[n++].kind != PE_GAP) {
            p->weight++;
        }
    }
    w.col = pc->col;
    if (head < 0) {
        return pbad(B, &w, "expected a head element marked with '=', found none in \"%s\"", txt);
    }
    return file_pattern(B, &w, p, els, n, head, &headel, head_stems, head_exact);
}

bool patc_compile(builder *B, const char *file, uint32_t line, uint32_t col, const char *code,
                  const char *code2, str text, uint8_t flags)
{
    patc *pc = malloc(sizeof *pc);
    if (!pc) {
        err_set(B->err, TRUCE_ENOMEM, file, line, 0, -1, "out of memory");
        return false;
    }
    patc_begin(pc, file, line, col);
    bool ok = patc_put(pc, "", text, col, true);
    if (!ok) {
        err_set(B->err, TRUCE_EDATA, file, line, col, -1, "expected a pattern of under %d bytes", PATC_TEXT);
    }
    ok = ok && patc_end(B, pc, code, code2, flags);
    free(pc);
    return ok;
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
