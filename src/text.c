/* text.c — UTF-8 checking, normalisation, tokens and sentences.
 *
 * The story text is never copied or rewritten: tokens are byte ranges into
 * it, and each token's lookup key (NFC, case-folded, ASCII quotes and
 * dashes) is computed on the fly into a small buffer and looked up in the
 * knowledge base's word table. Sentence splitting knows abbreviations
 * (U.S., Gen., Mr., Jan., No.), initials, quotations and paragraphs.
 *
 * Each token also gets what the knowledge base says of its key (word id,
 * actor trie node, word classes, verb and noun lemmas and the lexicon's
 * verdict, from lex.c), cached per word form. The loaders use the same
 * tokenizer to turn dictionary phrases into word ids (text_phrase_ids,
 * text_word_id), the one place where text adds words to the kb. Which
 * phrases are actors or patterns is the loaders' and the coder's business.
 *
 * Unicode properties and normalisation come from utf8proc.
 */
#include "kb.h"

#include <utf8proc.h>

truce_status truce_utf8_check(const char *buf, size_t len, truce_error *err)
{
    const uint8_t *p = (const uint8_t *)buf;
    size_t i = 0;
    while (i < len) {
        /* eight ASCII bytes, none of them NUL, at a time: a byte of 0x80 or
         * more has its top bit set in w, and the first NUL in w - 0x01...01 */
        uint64_t w;
        if (i + 8 <= len && (memcpy(&w, p + i, 8),
                             ((w | (w - 0x0101010101010101u)) & 0x8080808080808080u) == 0)) {
            i += 8;
            continue;
        }
        if (p[i] < 0x80) {
            if (p[i] == 0) {
                err_set(err, TRUCE_EINPUT, NULL, 0, 0, (int64_t)i,
                        "NUL byte in text");
                return TRUCE_EINPUT;
            }
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n < 0) {
            char q[40];
            err_quote(q, sizeof q, p + i, len - i < 4 ? len - i : 4);
            err_set(err, TRUCE_EINPUT, NULL, 0, 0, (int64_t)i,
                    "invalid UTF-8 byte sequence \"%s\"", q);
            return TRUCE_EINPUT;
        }
        i += (size_t)n;
    }
    return TRUCE_OK;
}

/* Map typographic variants to the ASCII forms dictionaries use. */
static utf8proc_int32_t fold_punct(utf8proc_int32_t c, void *data)
{
    (void)data;
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC: case 0x0060: case 0x00B4:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
        return '-';
    default:
        return c;
    }
}

ptrdiff_t text_key(const uint8_t *s, ptrdiff_t len, uint8_t *out, ptrdiff_t cap)
{
    bool ascii = true;
    for (ptrdiff_t i = 0; i < len; i++) {
        if (s[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        if (len > cap) {
            return -1;
        }
        for (ptrdiff_t i = 0; i < len; i++) {
            uint8_t c = s[i];
            out[i] = (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : (c == '`' ? '\'' : c);
        }
        return len;
    }
    utf8proc_int32_t buf[256];
    /* NFC, case folded, and without accents (Erdoğan = Erdogan, Bogotá =
     * Bogota): news and dictionaries spell names both ways */
    utf8proc_ssize_t n = utf8proc_decompose_custom(s, len, buf, 256,
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
        fold_punct, NULL);
    if (n < 0 || n > 256) {
        return -1;
    }
    n = utf8proc_reencode(buf, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n < 0 || n > cap) {
        return -1;
    }
    memcpy(out, buf, (size_t)n);
    return n;
}

static bool is_space_cp(utf8proc_int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') {
        return true;
    }
    if (cp < 0x80) {
        return false;
    }
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP || cp == 0xFEFF || cp == 0x200B;
}

static bool is_word_cp(utf8proc_int32_t cp)
{
    if (cp < 0x80) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9');
    }
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

static bool is_apos(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
static bool is_hyph(utf8proc_int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* Decode one code point at p[i]; invalid bytes decode as U+FFFD of length 1
 * (the caller has checked UTF-8 already; this only keeps us safe). */
static utf8proc_int32_t decode(const uint8_t *p, size_t len, size_t i, size_t *n)
{
    if (p[i] < 0x80) {
        *n = 1;
        return p[i];
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k < 1) {
        *n = 1;
        return 0xFFFD;
    }
    *n = (size_t)k;
    return cp;
}

typedef struct {
    token *v;
    size_t n, cap;
    arena *a;
} tokvec;

static token *tok_push(tokvec *tv)
{
    if (tv->n == tv->cap) {
        size_t cap = tv->cap ? tv->cap * 2 : 256;
        token *nv = NEW(tv->a, token, cap);
        if (!nv) {
            return NULL;
        }
        if (tv->n) {
            memcpy(nv, tv->v, tv->n * sizeof *nv);
        }
        tv->v = nv;
        tv->cap = cap;
    }
    return &tv->v[tv->n++];
}

static bool kb_heads(pattern *const *heads, uint32_t cap, uint32_t id)
{
    return id && id < cap && heads[id];
}

/* Fill a token's key-derived fields: id, lemmas, actor node, word classes,
 * case flags, TF_HEADS. */
static void tok_finish_uncached(const kb *k, const uint8_t *text, token *t)
{
    uint8_t key[256];
    ptrdiff_t n = text_key(text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    if (n < 0) {
        return;
    }
    if (n >= 2 && n <= 3 && key[0] == '\'') {
        /* a contraction is its verb: "'ll" will, "'re" are, "'ve" have,
         * "'m" am, "'d" would */
        static const char *const full[][2] = {{"'ll", "will"}, {"'re", "are"}, {"'ve", "have"}, {"'m", "am"},
                                              {"'d", "would"}};
        for (size_t x = 0; x < sizeof full / sizeof full[0]; x++) {
            if ((size_t)n == strlen(full[x][0]) && memcmp(key, full[x][0], (size_t)n) == 0) {
                n = (ptrdiff_t)strlen(full[x][1]);
                memcpy(key, full[x][1], (size_t)n);
                break;
            }
        }
    }
    t->id = intern_find(&k->words, (str){key, n});
    t->actor = trie_child(&k->actors, 0, t->id);
    t->wclass = t->id && k->wclass ? k->wclass[t->id] : 0;   /* none while the kb is built */
    if (t->kind == TOK_WORD) {
        int letters = 0, upper = 0;
        bool first = true;
        for (size_t i = t->start; i < t->end;) {
            size_t cl = 1;
            uint8_t b = text[i];
            bool letter, up;
            if (b < 0x80) {
                letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
                up = b >= 'A' && b <= 'Z';
            } else {
                utf8proc_int32_t cp = decode(text, t->end, i, &cl);
                utf8proc_category_t cat = utf8proc_category(cp);
                letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
                up = utf8proc_isupper(cp);
            }
            if (first && up) {
                t->flags |= TF_CAP;
            }
            first = false;
            letters += letter;
            upper += letter && up;
            i += cl;
        }
        if (letters > 1 && upper == letters) {
            t->flags |= TF_UPPER;
        }
        t->vlemma = kb_verb_lemma(k, key, n, &t->vform);
        /* the lexicon only decides for words WordNet says can be verbs */
        uint8_t lex = t->vlemma ? kb_lex(k, key, n) : 0;
        if (lex && !(lex & LEX_VERB)) {
            t->flags |= TF_LEX_NOT_VERB;
        }
        t->isverb = (t->id && t->id < k->heads_cap && k->is_verb[t->id]) || t->vlemma ? 1 : 0;
        t->nlemma = kb_noun_lemma(k, key, n);
    }
    /* the heads of patterns, as head_patterns in code.c looks for them
     * (a TABARI stem may head any word); none while the kb is built */
    bool stem = k->stems && t->kind == TOK_WORD;
    if (k->vheads && (stem || kb_heads(k->vheads, k->heads_cap, t->vlemma) ||
                      kb_heads(k->vheads, k->heads_cap, t->id) || kb_heads(k->nheads, k->heads_cap, t->id) ||
                      kb_heads(k->nheads, k->heads_cap, t->nlemma))) {
        t->flags |= TF_HEADS;
    }
}

/* Fill a token's key-derived fields: id, lemmas, case flags. */
static void tok_finish(const kb *k, const uint8_t *text, tokcache *cache, token *t)
{
    size_t len = t->end - t->start;
    if (!cache || len > TOKCACHE_KEY) {
        tok_finish_uncached(k, text, t);
        return;
    }
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h = (h ^ text[t->start + i]) * 16777619u;
    }
    h ^= t->kind;
    tokcache_entry *e = &cache->e[h & (TOKCACHE_SIZE - 1)];
    if (e->len == len && memcmp(e->bytes, text + t->start, len) == 0 && e->vform != 0xff) {
        t->id = e->id;
        t->vlemma = e->vlemma;
        t->nlemma = e->nlemma;
        t->actor = e->actor;
        t->wclass = e->wclass;
        t->vform = e->vform;
        t->isverb = e->isverb;
        t->flags |= e->flags;
        return;
    }
    uint8_t keep = t->flags;
    t->flags = 0;
    tok_finish_uncached(k, text, t);
    e->len = (uint8_t)len;
    memcpy(e->bytes, text + t->start, len);
    e->id = t->id;
    e->vlemma = t->vlemma;
    e->nlemma = t->nlemma;
    e->actor = t->actor;
    e->wclass = t->wclass;
    e->vform = t->vform;
    e->isverb = t->isverb;
    e->flags = t->flags & (TF_CAP | TF_UPPER | TF_LEX_NOT_VERB | TF_HEADS);
    t->flags |= keep;
}

/* The length of a verb's contraction starting with the apostrophe at
 * p[j] ("'ll", "'re", "'ve", "'m", "'d", "’ll"...) that ends a word; 0 if
 * none. */
static size_t contraction_len(const uint8_t *p, size_t len, size_t j)
{
    size_t m, m2;
    if (j >= len || !is_apos(decode(p, len, j, &m)) || j + m >= len) {
        return 0;
    }
    size_t q = j + m;
    size_t n = 0;
    uint8_t a = (uint8_t)(p[q] | 0x20), b = q + 1 < len ? (uint8_t)(p[q + 1] | 0x20) : 0;
    if ((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e')) {
        n = 2;
    } else if (a == 'm' || a == 'd') {
        n = 1;
    }
    if (!n || (q + n < len && is_word_cp(decode(p, len, q + n, &m2)))) {
        return 0;
    }
    return m + n;
}

/* The end of the word or number token that starts at p[i] with code point
 * cp of n bytes: initialisms (U.S.), internal hyphens and apostrophes,
 * digit separators; 's and n't are left for tokens of their own. *kind is
 * TOK_WORD or TOK_NUM. */
static size_t word_end(const uint8_t *p, size_t len, size_t i, size_t n, utf8proc_int32_t cp, uint8_t *kind)
{
    bool digits = cp >= '0' && cp <= '9';
    size_t j = i + n;
    /* Initialisms: U.S. U.N. E.U. a.m. */
    if (j < len && p[j] == '.' && j + 1 < len && !digits) {
        size_t q = j, m2;
        bool init = n == 1 || (cp >= 0x80 ? false : true);
        init = init && j - i == 1;
        size_t end = j;
        while (init && q + 1 < len && p[q] == '.') {
            utf8proc_int32_t c2 = decode(p, len, q + 1, &m2);
            if (is_word_cp(c2) && !(c2 >= '0' && c2 <= '9') && m2 == 1 &&
                q + 2 < len && p[q + 2] == '.') {
                q += 3;
                end = q;
            } else {
                break;
            }
        }
        if (end > j) {
            *kind = TOK_WORD;
            return end;
        }
    }
    while (j < len) {
        size_t m;
        utf8proc_int32_t c = decode(p, len, j, &m);
        if (is_word_cp(c)) {
            j += m;
            continue;
        }
        /* internal hyphen, apostrophe (not 's / n't), digit separators */
        if (j + m < len) {
            size_t m2;
            utf8proc_int32_t c2 = decode(p, len, j + m, &m2);
            if (is_hyph(c) && is_word_cp(c2)) {
                j += m;
                continue;
            }
            if (digits && (c == '.' || c == ',' || c == ':') && c2 >= '0' && c2 <= '9') {
                j += m;
                continue;
            }
            if (is_apos(c) && is_word_cp(c2) && !digits) {
                /* split 's and n't off */
                bool s_suffix = (c2 == 's' || c2 == 'S');
                size_t after = j + m + m2;
                bool ends = after >= len || !is_word_cp(decode(p, len, after, &m2));
                if (s_suffix && ends) {
                    break;
                }
                if ((c2 == 't' || c2 == 'T') && j > i && (p[j - 1] == 'n' || p[j - 1] == 'N') && ends) {
                    break;
                }
                if (contraction_len(p, len, j) && !digits) {
                    break;   /* "we'll", "they're", "I'm": the verb is a token of its own */
                }
                j += m;
                continue;
            }
        }
        break;
    }
    /* n't: move the n into the next token */
    if (j - i > 2 && (p[j - 1] == 'n' || p[j - 1] == 'N') && j < len) {
        size_t m, m2;
        utf8proc_int32_t c = decode(p, len, j, &m);
        if (is_apos(c) && j + m < len &&
            (p[j + m] == 't' || p[j + m] == 'T')) {
            size_t after = j + m + 1;
            if (after >= len || !is_word_cp(decode(p, len, after, &m2))) {
                j--;
            }
        }
    }
    *kind = digits ? TOK_NUM : TOK_WORD;
    return j;
}

ptrdiff_t text_tokenize(const kb *k, const uint8_t *p, size_t len, size_t from,
                        arena *a, tokcache *cache, token **out)
{
    tokvec tv = {NULL, 0, 0, a};
    size_t i = from;
    bool space_before = true;
    bool in_dquote = false;
    while (i < len) {
        size_t n;
        utf8proc_int32_t cp = decode(p, len, i, &n);
        if (is_space_cp(cp)) {
            space_before = true;
            i += n;
            continue;
        }
        token *t = tok_push(&tv);
        if (!t) {
            return -1;
        }
        t->start = (uint32_t)i;
        t->flags = space_before ? TF_SPACE_BEFORE : 0;
        space_before = false;
        if ((cp == 'n' || cp == 'N') && i + 2 < len && (p[i + 1] == '\'' ||
            (i + 4 < len && p[i + 1] == 0xE2 && p[i + 2] == 0x80 && p[i + 3] == 0x99))) {
            /* n't after "did", "does", "is": its own token */
            size_t at = p[i + 1] == '\'' ? i + 2 : i + 4, m2;
            if (at < len && (p[at] == 't' || p[at] == 'T') &&
                (at + 1 >= len || !is_word_cp(decode(p, len, at + 1, &m2)))) {
                t->kind = TOK_WORD;
                t->end = (uint32_t)(at + 1);
                tok_finish(k, p, cache, t);
                i = at + 1;
                continue;
            }
        }
        if (is_word_cp(cp)) {
            uint8_t kind;
            size_t e = word_end(p, len, i, n, cp, &kind);
            t->kind = kind;
            t->end = (uint32_t)e;
            tok_finish(k, p, cache, t);
            i = e;
            continue;
        }
        /* 's and n't as tokens of their own; so are "'ll", "'re", "'ve",
         * "'m", "'d" after a word ("we'll retaliate": "we" "'ll" "retaliate") */
        size_t cl = tv.n > 1 && !(t->flags & TF_SPACE_BEFORE) && t[-1].kind == TOK_WORD ? contraction_len(p, len, i) : 0;
        if (cl) {
            t->kind = TOK_WORD;
            t->end = (uint32_t)(i + cl);
            tok_finish(k, p, cache, t);
            i = t->end;
            continue;
        }
        if (is_apos(cp) && i + n < len) {
            size_t m2;
            utf8proc_int32_t c2 = decode(p, len, i + n, &m2);
            if ((c2 == 's' || c2 == 'S') && (i + n + 1 >= len ||
                !is_word_cp(decode(p, len, i + n + 1, &m2)))) {
                t->kind = TOK_WORD;
                t->end = (uint32_t)(i + n + 1);
                tok_finish(k, p, cache, t);
                i = t->end;
                continue;
            }
        }
        t->kind = TOK_PUNCT;
        size_t j = i + n;
        /* runs: ... -- */
        if ((cp == '.' || cp == '-') && j < len && p[j] == (uint8_t)cp) {
            while (j < len && p[j] == (uint8_t)cp) {
                j++;
            }
        }
        t->end = (uint32_t)j;
        if (cp == 0x201C || cp == 0x00AB) {
            t->flags |= TF_QUOTE_OPEN;
        } else if (cp == 0x201D || cp == 0x00BB) {
            t->flags |= TF_QUOTE_CLOSE;
        } else if (cp == '"') {
            /* Straight quotes: open after space or at start, unless we are
             * inside a quotation and this one is followed by space/punct. */
            bool next_space = j >= len || p[j] == ' ' || p[j] == '\n' ||
                              p[j] == ',' || p[j] == '.' || p[j] == ';';
            bool next_word = j < len && !next_space && p[j] != '\r' && p[j] != '\t' && p[j] != '"';
            if ((t->flags & TF_SPACE_BEFORE) && next_word) {
                /* ' "Now' opens a quotation whatever came before: a
                 * quotation left open by a mark the text lacks (or one
                 * taken the wrong way) does not turn the next one inside
                 * out (test_text.c: "straight quotes") */
                t->flags |= TF_QUOTE_OPEN;
            } else if (!(t->flags & TF_SPACE_BEFORE) && next_space) {
                t->flags |= TF_QUOTE_CLOSE;   /* 'table." However' */
            } else if (in_dquote && (next_space || !(t->flags & TF_SPACE_BEFORE))) {
                t->flags |= TF_QUOTE_CLOSE;
            } else if (!in_dquote) {
                t->flags |= TF_QUOTE_OPEN;
            } else {
                t->flags |= TF_QUOTE_CLOSE;
            }
        }
        if (t->flags & TF_QUOTE_OPEN) {
            in_dquote = true;
        } else if (t->flags & TF_QUOTE_CLOSE) {
            in_dquote = false;
        }
        tok_finish(k, p, cache, t);
        i = j;
    }
    *out = tv.v;
    return (ptrdiff_t)tv.n;
}

/* Abbreviations after which a period does not end a sentence. */
static bool is_abbrev(const uint8_t *s, size_t len)
{
    static const char *const list[] = {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt",
        "sgt", "cmdr", "adm", "gov", "sen", "rep", "st", "jr", "sr", "prof",
        "rev", "hon", "pres", "sec", "gens", "messrs", "mt", "ft", "no",
        "nos", "vs", "v", "inc", "corp", "co", "ltd", "dept", "univ", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "approx", "fig", "al", "brig", "cpl", "pvt", "supt",
        "insp", "det", "amb", "rt", "u.s", "u.n", "u.k", "e.u",
    };
    char low[16];
    if (len == 0 || len >= sizeof low) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    low[len] = 0;
    for (size_t i = 0; i < sizeof list / sizeof *list; i++) {
        if (list[i][0] == low[0] && strcmp(low, list[i]) == 0) {
            return true;
        }
    }
    return false;
}

static bool newline_between(const uint8_t *text, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        if (text[i] == '\n') {
            return true;
        }
    }
    return false;
}

static bool is_closer(const uint8_t *text, const token *t)
{
    if (t->kind != TOK_PUNCT) {
        return false;
    }
    uint8_t c = text[t->start];
    return (t->flags & TF_QUOTE_CLOSE) || c == ')' || c == ']' || c == '\'' ||
           (t->end - t->start == 3 && c == 0xE2 && text[t->start + 2] == 0x99);
}

/* A mark that opens a quotation: a double one, or a left single quotation
 * mark (U+2018) that starts a word ("‘We are ready’"). */
static bool is_opener(const uint8_t *text, const token *t, const token *nx)
{
    if (t->flags & TF_QUOTE_OPEN) {
        return true;
    }
    return t->kind == TOK_PUNCT && t->end - t->start == 3 && text[t->start] == 0xE2 &&
           text[t->start + 1] == 0x80 && text[t->start + 2] == 0x98 && nx && !(nx->flags & TF_SPACE_BEFORE);
}

/* Does the quotation that opens sentence [b, i] close at i with no
 * punctuation of its own, a capitalised word after it: a quoted
 * subheading run into the sentence after it ("‘We are very
 * concerned’ In a statement, ...")? A quotation the sentence goes on
 * with ('"Nyet" is all he said') is not. */
static bool quoted_heading(const uint8_t *text, const token *t, size_t n, size_t b, size_t i)
{
    if (i + 1 >= n || i < b + 2 || i > b + 16 || !is_opener(text, &t[b], &t[b + 1]) || !is_closer(text, &t[i]) ||
        t[i - 1].kind != TOK_WORD || t[i + 1].kind != TOK_WORD || !(t[i + 1].flags & TF_CAP) ||
        !(t[i + 1].flags & TF_SPACE_BEFORE)) {
        return false;
    }
    for (size_t q = b + 1; q < i; q++) {
        if (t[q].kind == TOK_PUNCT) {
            return false;   /* a quotation with a comma or a mark of its own: speech */
        }
    }
    return true;
}

/* Is [b, i] a heading run into the sentence after it, as pages lose
 * their layout ("... injured 60 others. Airstrikes kill 50 militants Hours
 * after ending the siege, the agency said ...")? A capitalised start, two
 * to eight words and numbers with no mark between them, a lower-case word
 * last, then a capitalised word that opens sentences and never a name
 * ("Hours", "On", "Since", "The") before a lower-case one. */
static bool run_in_heading(const uint8_t *text, const token *t, size_t n, size_t b, size_t i)
{
    static const char *const openers[] = {"the", "a", "an", "on", "in", "at", "since", "after", "before", "when",
        "while", "hours", "days", "weeks", "months", "years", "last", "earlier", "but", "however", "meanwhile",
        "according", "as", "during", "despite", "following", "although", "though", "if", "this", "these", "those",
        "there", "it", "he", "she", "they", "we", "separately", "amid", "until", "some", "many", "most", "officials",
        "for", "with", NULL};
    if (i < b + 1 || i > b + 7 || i + 2 >= n || !(t[b].flags & TF_CAP) || t[b].kind != TOK_WORD ||
        t[i].kind != TOK_WORD || (t[i].flags & TF_CAP) || !(t[i + 1].flags & TF_CAP) ||
        t[i + 1].kind != TOK_WORD || !(t[i + 1].flags & TF_SPACE_BEFORE) || (t[i + 1].flags & TF_UPPER) ||
        (t[i + 2].flags & TF_CAP) || (t[i + 2].kind != TOK_WORD && t[i + 2].kind != TOK_NUM)) {
        return false;
    }
    for (size_t q = b; q <= i; q++) {
        if (t[q].kind != TOK_WORD && t[q].kind != TOK_NUM) {
            return false;
        }
    }
    uint8_t key[16];
    ptrdiff_t kl = text_key(text + t[i + 1].start, t[i + 1].end - t[i + 1].start, key, sizeof key - 1);
    for (const char *const *w = openers; kl > 0 && *w; w++) {
        if ((size_t)kl == strlen(*w) && memcmp(key, *w, (size_t)kl) == 0) {
            return true;
        }
    }
    return false;
}

ptrdiff_t text_sentences(const uint8_t *text, const token *t, size_t n,
                         arena *a, sentence **out)
{
    size_t cap = 16, ns = 0;
    sentence *v = NEW(a, sentence, cap);
    if (!v) {
        return -1;
    }
    uint32_t para = 0;
    size_t begin = 0;
    for (size_t i = 0; i < n; i++) {
        bool cut_after = false;
        bool para_break = false;
        if (i + 1 < n && newline_between(text, t[i].end, t[i + 1].start)) {
            cut_after = true;
            para_break = true;
        } else if (t[i].kind == TOK_PUNCT) {
            uint8_t c = text[t[i].start];
            if (c == '.' || c == '!' || c == '?') {
                size_t j = i;
                while (j + 1 < n && is_closer(text, &t[j + 1]) &&
                       !newline_between(text, t[j].end, t[j + 1].start)) {
                    j++;
                }
                bool boundary;
                if (j + 1 >= n) {
                    boundary = true;
                } else {
                    const token *nx = &t[j + 1];
                    boundary = (nx->flags & TF_CAP) || nx->kind == TOK_NUM ||
                               is_opener(text, nx, j + 2 < n ? &t[j + 2] : NULL) ||
                               (nx->kind == TOK_PUNCT && text[nx->start] == '(');
                    if (!(nx->flags & TF_SPACE_BEFORE) && !is_opener(text, nx, j + 2 < n ? &t[j + 2] : NULL)) {
                        boundary = false;   /* "/TASS/." "3.5" */
                    }
                }
                /* abbreviation or initial before the period */
                if (boundary && c == '.' && i > begin && t[i - 1].end == t[i].start &&
                    t[i - 1].kind == TOK_WORD) {
                    const uint8_t *w = text + t[i - 1].start;
                    size_t wl = t[i - 1].end - t[i - 1].start;
                    if (is_abbrev(w, wl) || (wl == 1 && (t[i - 1].flags & TF_CAP))) {
                        boundary = false;
                    }
                }
                if (boundary) {
                    i = j;
                    cut_after = true;
                    if (i + 1 < n && newline_between(text, t[i].end, t[i + 1].start)) {
                        para_break = true;
                    }
                }
            }
        } else if (t[i].kind == TOK_WORD && text[t[i].end - 1] == '.' &&
                   t[i].end - t[i].start > 2 && i + 1 < n) {
            /* "... in the U.S. The next day" */
            const token *nx = &t[i + 1];
            static const char *const starters[] = {"the", "a", "he", "she", "it",
                "they", "we", "i", "but", "in", "on", "this", "that", "there"};
            if ((nx->flags & TF_QUOTE_OPEN) && (nx->flags & TF_SPACE_BEFORE) && i + 2 < n &&
                (t[i + 2].flags & TF_CAP) && t[i + 2].kind == TOK_WORD) {
                cut_after = true;   /* '... to the U.S. "What I would expect ..."' */
            } else if (nx->flags & TF_CAP) {
                uint8_t key[16];
                ptrdiff_t kl = text_key(text + nx->start, nx->end - nx->start, key, sizeof key - 1);
                for (size_t s = 0; kl > 0 && s < sizeof starters / sizeof *starters; s++) {
                    if ((size_t)kl == strlen(starters[s]) && memcmp(key, starters[s], (size_t)kl) == 0) {
                        cut_after = true;
                    }
                }
            }
        }
        if (!cut_after && quoted_heading(text, t, n, begin, i)) {
            cut_after = true;
        }
        if (!cut_after && run_in_heading(text, t, n, begin, i)) {
            begin = i + 1;   /* no sentence: a heading tells again what the story tells */
            continue;
        }
        if (cut_after || i + 1 == n) {
            if (ns == cap) {
                sentence *nv = NEW(a, sentence, cap * 2);
                if (!nv) {
                    return -1;
                }
                memcpy(nv, v, ns * sizeof *v);
                v = nv;
                cap *= 2;
            }
            v[ns].tok_start = (uint32_t)begin;
            v[ns].tok_end = (uint32_t)(i + 1);
            v[ns].start = t[begin].start;
            v[ns].end = t[i].end;
            v[ns].paragraph = para;
            ns++;
            begin = i + 1;
            if (para_break) {
                para++;
            }
        }
    }
    *out = v;
    return (ptrdiff_t)ns;
}

/* ---- dictionary words ---------------------------------------------------- */

uint32_t text_word_id(kb *k, str w)
{
    uint8_t key[256];
    ptrdiff_t n = text_key(w.p, w.len, key, sizeof key);
    if (n < 0) {
        return 0;
    }
    return intern_add(&k->words, (str){key, n});
}

int text_phrase_ids(kb *k, str phrase, uint32_t *ids, int cap)
{
    arena tmp;
    arena_init(&tmp, 1 << 12);
    token *t;
    ptrdiff_t n = text_tokenize(k, phrase.p, (size_t)phrase.len, 0, &tmp, NULL, &t);
    if (n < 0 || n > cap) {
        arena_free(&tmp);
        return -1;
    }
    for (ptrdiff_t i = 0; i < n; i++) {
        ids[i] = text_word_id(k, (str){phrase.p + t[i].start, t[i].end - t[i].start});
        if (!ids[i]) {
            arena_free(&tmp);
            return -1;
        }
    }
    arena_free(&tmp);
    return (int)n;
}
