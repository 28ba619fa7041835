/* kb.c — loads truce's built-in knowledge into memory.
 *
 * The build embeds data/ (countries, people, actors, agents, verb patterns,
 * CAMEO table, modality) and the lists it derives from Debian packages
 * (ISO 3166 names from iso-codes; verb lemmas and irregular forms from
 * WordNet) into the library. This module parses them once into: a word
 * table, a token-id trie of actor phrases, verb/noun pattern lists by head,
 * WordNet morphology tables, and the CAMEO code table. After loading the kb
 * is read-only and shared between threads.
 *
 * Every malformed line is reported as file:line:col with what was expected
 * and what was found.
 */
#include "truce_int.h"

#include <stdarg.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>

void err_quote(char *out, size_t cap, const uint8_t *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 5 < cap; i++) {
        uint8_t c = s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            out[o++] = (char)c;
        } else {
            o += (size_t)snprintf(out + o, cap - o, "\\x%02x", c);
        }
    }
    if (cap) {
        out[o < cap ? o : cap - 1] = 0;
    }
}

void err_set(truce_error *err, truce_status code, const char *path,
             uint32_t line, uint32_t col, int64_t offset, const char *fmt, ...)
{
    if (!err) {
        return;
    }
    err->code = code;
    err->path = path;
    err->line = line;
    err->col = col;
    err->offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
}

/* ---- trie ------------------------------------------------------------- */

static uint64_t edge_key(uint32_t node, uint32_t id)
{
    return ((uint64_t)node << 32) | id;
}

static size_t edge_slot(uint64_t key, size_t cap)
{
    uint64_t h = key * 0x9E3779B97F4A7C15u;
    return (size_t)(h >> 20) & (cap - 1);
}

uint32_t trie_child(const trie *t, uint32_t node, uint32_t id)
{
    if (!id || !t->edge_cap) {
        return 0;
    }
    uint64_t k = edge_key(node, id);
    for (size_t i = edge_slot(k, t->edge_cap);; i = (i + 1) & (t->edge_cap - 1)) {
        if (t->vals[i] == 0) {
            return 0;
        }
        if (t->keys[i] == k) {
            return t->vals[i];
        }
    }
}

static bool trie_grow_edges(trie *t)
{
    size_t cap = t->edge_cap ? t->edge_cap * 2 : 1u << 14;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return false;
    }
    for (size_t i = 0; i < t->edge_cap; i++) {
        if (t->vals[i]) {
            size_t j = edge_slot(t->keys[i], cap);
            while (vals[j]) {
                j = (j + 1) & (cap - 1);
            }
            keys[j] = t->keys[i];
            vals[j] = t->vals[i];
        }
    }
    free(t->keys);
    free(t->vals);
    t->keys = keys;
    t->vals = vals;
    t->edge_cap = cap;
    return true;
}

/* Node reached by ids[0..n), created as needed; 0 on allocation failure. */
static uint32_t trie_insert(trie *t, const uint32_t *ids, int n)
{
    if (t->n_nodes == 0) {
        t->cap_nodes = 1024;
        t->payload = calloc(t->cap_nodes, sizeof *t->payload);
        if (!t->payload) {
            return 0;
        }
        t->n_nodes = 1;   /* node 0 is the root */
    }
    uint32_t node = 0;
    for (int i = 0; i < n; i++) {
        uint32_t next = trie_child(t, node, ids[i]);
        if (!next) {
            if ((t->n_edges + 1) * 2 >= t->edge_cap && !trie_grow_edges(t)) {
                return 0;
            }
            if (t->n_nodes == t->cap_nodes) {
                actor_entry **np = realloc(t->payload, 2 * t->cap_nodes * sizeof *np);
                if (!np) {
                    return 0;
                }
                memset(np + t->cap_nodes, 0, t->cap_nodes * sizeof *np);
                t->payload = np;
                t->cap_nodes *= 2;
            }
            next = t->n_nodes++;
            uint64_t k = edge_key(node, ids[i]);
            size_t j = edge_slot(k, t->edge_cap);
            while (t->vals[j]) {
                j = (j + 1) & (t->edge_cap - 1);
            }
            t->keys[j] = k;
            t->vals[j] = next;
            t->n_edges++;
        }
        node = next;
    }
    return node;
}

static void trie_free(trie *t)
{
    free(t->payload);
    free(t->keys);
    free(t->vals);
    memset(t, 0, sizeof *t);
}

/* ---- line reader ------------------------------------------------------ */

typedef struct {
    const char *path;
    const uint8_t *p, *end;
    uint32_t line;
    str fields[8];
    uint32_t cols[8];
    int nf;
} lines;

/* The line at *p (without its newline); *p moves past it. */
static str take_line(const uint8_t **p, const uint8_t *end)
{
    const uint8_t *b = *p, *e = b;
    while (e < end && *e != '\n') {
        e++;
    }
    *p = e < end ? e + 1 : e;
    return (str){b, e - b};
}

/* Next non-blank, non-comment line split on TABs; false at the end. */
static bool next_line(lines *L)
{
    while (L->p < L->end) {
        str ln = take_line(&L->p, L->end);
        const uint8_t *b = ln.p, *e = ln.p + ln.len;
        L->line++;
        if (e > b && e[-1] == '\r') {
            e--;
        }
        if (e == b || *b == '#') {
            continue;
        }
        bool blank = true;
        for (const uint8_t *q = b; q < e; q++) {
            if (*q != ' ' && *q != '\t') {
                blank = false;
                break;
            }
        }
        if (blank) {
            continue;
        }
        L->nf = 0;
        const uint8_t *f = b;
        for (const uint8_t *q = b;; q++) {
            if (q == e || *q == '\t') {
                if (L->nf < 8) {
                    L->fields[L->nf] = (str){f, q - f};
                    L->cols[L->nf] = (uint32_t)(f - b) + 1;
                    L->nf++;
                }
                if (q == e) {
                    break;
                }
                f = q + 1;
            }
        }
        return true;
    }
    return false;
}

static bool bad(truce_error *err, const lines *L, int field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool bad(truce_error *err, const lines *L, int field, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    err_set(err, TRUCE_EDATA, L->path, L->line, field >= 0 ? L->cols[field] : 1, -1, "%s", msg);
    return false;
}

static str trim(str s)
{
    while (s.len && (s.p[0] == ' ')) {
        s.p++;
        s.len--;
    }
    while (s.len && (s.p[s.len - 1] == ' ')) {
        s.len--;
    }
    return s;
}

/* Split s on sep; calls fn for each trimmed non-empty part. */
#define FOR_PARTS(s, sep, part)                                                  \
    for (const uint8_t *part##_b = (s).p, *part##_e = (s).p + (s).len,           \
                       *part##_q = part##_b;                                     \
         part##_q <= part##_e; part##_q++)                                       \
        if (part##_q == part##_e || *part##_q == (sep))                          \
            for (str part = trim((str){part##_b, part##_q - part##_b}),          \
                     *part##_once = &part;                                       \
                 part##_once; part##_once = NULL, part##_b = part##_q + 1)       \
                if (part.len > 0 && !(part.len == 1 && part.p[0] == '-'))

static bool parse_date_field(str s, truce_day *out)
{
    s = trim(s);
    if (s.len == 0) {
        *out = TRUCE_NODAY;
        return true;
    }
    return truce_day_parse((const char *)s.p, (size_t)s.len, out);
}

static bool valid_code(str s)
{
    if (s.len < 3 || s.len > 15) {
        return false;
    }
    for (ptrdiff_t i = 0; i < s.len; i++) {
        if (!((s.p[i] >= 'A' && s.p[i] <= 'Z') || (s.p[i] >= '0' && s.p[i] <= '9'))) {
            return false;
        }
    }
    return true;
}

/* ---- building --------------------------------------------------------- */

typedef struct {
    uint32_t form, lemma;
} exc_pair;

typedef struct {
    kb *k;
    /* growing lists resolved at the end */
    uint32_t *verb_ids;
    size_t n_verb_ids, cap_verb_ids;
    uint32_t *stem_forms;          /* TABARI verb forms without '_' ("ACTUALITY"): stems */
    size_t n_stem_forms, cap_stem_forms;
    exc_pair *vexc, *nexc;
    size_t n_vexc, n_nexc, cap_vexc, cap_nexc;
    pattern *pats;         /* linked through ->next in file order (reversed) */
    uint32_t *wc_ids, *wc_bits;
    size_t n_wc, cap_wc, n_wcb, cap_wcb;
    truce_error *err;
    uint32_t n_lex;        /* lexicon lines, set in the kb when it is built */
} builder;

static bool push_u32(uint32_t **v, size_t *n, size_t *cap, uint32_t x)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 1024;
        uint32_t *nv = realloc(*v, nc * sizeof *nv);
        if (!nv) {
            return false;
        }
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = x;
    return true;
}

static bool push_exc(exc_pair **v, size_t *n, size_t *cap, exc_pair x)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 1024;
        exc_pair *nv = realloc(*v, nc * sizeof *nv);
        if (!nv) {
            return false;
        }
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = x;
    return true;
}

static uint32_t word_id(kb *k, str w)
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
        ids[i] = word_id(k, (str){phrase.p + t[i].start, t[i].end - t[i].start});
        if (!ids[i]) {
            arena_free(&tmp);
            return -1;
        }
    }
    arena_free(&tmp);
    return (int)n;
}

static bool all_upper(str s)
{
    int letters = 0;
    for (ptrdiff_t i = 0; i < s.len; i++) {
        if (s.p[i] >= 'a' && s.p[i] <= 'z') {
            return false;
        }
        if (s.p[i] >= 'A' && s.p[i] <= 'Z') {
            letters++;
        }
    }
    return letters >= 2 && s.len <= 4;
}

static bool add_actor(builder *B, const lines *L, int field, str phrase,
                      actor_entry proto)
{
    kb *k = B->k;
    uint32_t ids[32];
    int n = text_phrase_ids(k, phrase, ids, 32);
    if (n <= 0) {
        return bad(B->err, L, field, "expected a phrase of 1 to 32 words, found \"%.*s\"",
                   (int)(phrase.len > 60 ? 60 : phrase.len), (const char *)phrase.p);
    }
    uint32_t node = trie_insert(&k->actors, ids, n);
    actor_entry *e = NEW(&k->a, actor_entry, 1);
    if (!node || !e) {
        err_set(B->err, TRUCE_ENOMEM, L->path, L->line, 0, -1, "out of memory");
        return false;
    }
    *e = proto;
    e->need_upper = all_upper(phrase);
    e->lower_ok = phrase.len > 0 && phrase.p[0] >= 'a' && phrase.p[0] <= 'z';
    e->src_file = L->path;
    e->src_line = L->line;
    /* keep file order within a node: append */
    actor_entry **pp = &k->actors.payload[node];
    while (*pp) {
        pp = &(*pp)->next;
    }
    *pp = e;
    return true;
}

static bool load_iso(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf < 3 || L.fields[0].len != 3) {
            return bad(B->err, &L, 0, "expected alpha3 TAB alpha2 TAB names, found %d fields", L.nf);
        }
        actor_entry e = {0};
        e.kind = AK_COUNTRY;
        memcpy(e.code, L.fields[0].p, 3);
        for (int i = 2; i < L.nf; i++) {
            if (L.fields[i].len && !add_actor(B, &L, i, L.fields[i], e)) {
                return false;
            }
        }
    }
    return true;
}

static bool load_countries(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf != 5) {
            return bad(B->err, &L, L.nf ? L.nf - 1 : 0,
                       "expected 5 TAB-separated fields (ISO3, adjectives, people, capitals, other names), found %d", L.nf);
        }
        if (!valid_code(L.fields[0]) || L.fields[0].len != 3) {
            return bad(B->err, &L, 0, "expected a 3-letter country code, found \"%.*s\"",
                       (int)L.fields[0].len, (const char *)L.fields[0].p);
        }
        static const uint8_t kinds[5] = {0, AK_ADJ, AK_PEOPLE, AK_CAPITAL, AK_COUNTRY};
        for (int i = 1; i < 5; i++) {
            FOR_PARTS(L.fields[i], ';', part) {
                actor_entry e = {0};
                e.kind = kinds[i];
                e.plural = i == 2 && part.p[part.len - 1] == 's';
                memcpy(e.code, L.fields[0].p, 3);
                if (!add_actor(B, &L, i, part, e)) {
                    return false;
                }
            }
        }
    }
    return true;
}

/* names TAB code TAB from TAB to TAB note; lines for the same names merge
 * into one entry with several spells. */
static bool load_named(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    while (next_line(&L)) {
        if (L.nf < 2 || L.nf > 5) {
            return bad(B->err, &L, 0, "expected names TAB code [TAB from TAB to TAB note], found %d fields", L.nf);
        }
        str code = trim(L.fields[1]);
        if (!valid_code(code)) {
            return bad(B->err, &L, 1, "expected an actor code (3-15 capitals or digits), found \"%.*s\"",
                       (int)(code.len > 40 ? 40 : code.len), (const char *)code.p);
        }
        dated_code dc;
        memset(&dc, 0, sizeof dc);
        memcpy(dc.code, code.p, (size_t)code.len);
        dc.from = dc.to = TRUCE_NODAY;
        if (L.nf > 2 && !parse_date_field(L.fields[2], &dc.from)) {
            return bad(B->err, &L, 2, "expected a date YYYY-MM-DD or nothing, found \"%.*s\"",
                       (int)(L.fields[2].len > 20 ? 20 : L.fields[2].len), (const char *)L.fields[2].p);
        }
        if (L.nf > 3 && !parse_date_field(L.fields[3], &dc.to)) {
            return bad(B->err, &L, 3, "expected a date YYYY-MM-DD or nothing, found \"%.*s\"",
                       (int)(L.fields[3].len > 20 ? 20 : L.fields[3].len), (const char *)L.fields[3].p);
        }
        if (dc.from != TRUCE_NODAY && dc.to != TRUCE_NODAY && dc.to < dc.from) {
            return bad(B->err, &L, 3, "expected an end date on or after the start date");
        }
        bool person = f->name && strncmp(f->name, "people/", 7) == 0;
        FOR_PARTS(L.fields[0], ';', part) {
            uint32_t ids[32];
            int n = text_phrase_ids(k, part, ids, 32);
            if (n <= 0) {
                return bad(B->err, &L, 0, "expected a name of 1 to 32 words");
            }
            uint32_t node = trie_insert(&k->actors, ids, n);
            if (!node) {
                return bad(B->err, &L, 0, "out of memory");
            }
            /* the same name in this file, or in any of the people files,
             * is the same actor: it gets another spell */
            actor_entry *e = k->actors.payload[node];
            while (e && !(e->kind == AK_NAMED &&
                          (e->src_file == f->name ||
                           (person && strncmp(e->src_file, "people/", 7) == 0)))) {
                e = e->next;
            }
            if (!e) {
                actor_entry proto = {0};
                proto.kind = AK_NAMED;
                proto.person = person;
                if (!add_actor(B, &L, 0, part, proto)) {
                    return false;
                }
                e = k->actors.payload[node];
                while (e->next) {
                    e = e->next;
                }
            }
            dated_code *ns = NEW(&k->a, dated_code, e->n_spells + 1);
            if (!ns) {
                return bad(B->err, &L, 0, "out of memory");
            }
            if (e->n_spells) {
                memcpy(ns, e->spells, e->n_spells * sizeof *ns);
            }
            ns[e->n_spells++] = dc;
            e->spells = ns;
        }
    }
    return true;
}

static bool load_agents(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf < 2) {
            return bad(B->err, &L, 0, "expected phrases TAB sector [TAB note [TAB commentator]], found %d field", L.nf);
        }
        str sec = trim(L.fields[1]);
        if (!valid_code(sec) || sec.len > 9) {
            return bad(B->err, &L, 1, "expected a sector code such as GOV or MIL, found \"%.*s\"",
                       (int)(sec.len > 20 ? 20 : sec.len), (const char *)sec.p);
        }
        /* "commentator": an analyst or academic (see data/README.md) */
        str flag = L.nf > 3 ? trim(L.fields[3]) : (str){NULL, 0};
        bool commentator = flag.len == 11 && memcmp(flag.p, "commentator", 11) == 0;
        if (flag.len && !commentator) {
            return bad(B->err, &L, 3, "expected \"commentator\" or nothing, found \"%.*s\"",
                       (int)(flag.len > 20 ? 20 : flag.len), (const char *)flag.p);
        }
        FOR_PARTS(L.fields[0], ';', part) {
            actor_entry e = {0};
            e.kind = AK_AGENT;
            memcpy(e.code, sec.p, (size_t)sec.len);
            e.plural = part.p[part.len - 1] == 's' && part.len > 3;
            /* plurals without an s ("killed 23 people as well as ...") */
            static const char *const irregular[] = {"people", "police", "personnel", "clergy", "children",
                                                    "men", "women", "youth", "staff", "militia", NULL};
            for (const char *const *w = irregular; *w && !e.plural; w++) {
                e.plural = (size_t)part.len == strlen(*w) && memcmp(part.p, *w, part.len) == 0;
            }
            e.commentator = commentator;
            /* singular human roles take part in pronoun coreference */
            e.person = !e.plural && (memcmp(sec.p, "GOV", 3) == 0 || memcmp(sec.p, "ELI", 3) == 0 ||
                                     memcmp(sec.p, "OPP", 3) == 0 || memcmp(sec.p, "JUD", 3) == 0 ||
                                     memcmp(sec.p, "LEG", 3) == 0 || commentator);
            if (!add_actor(B, &L, 0, part, e)) {
                return false;
            }
        }
    }
    return true;
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
static bool parse_alts(builder *B, const lines *L, str el, pat_elem *pe, uint32_t *stem_mask,
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
            return bad(B->err, L, 1, "expected at most 256 alternatives, found more");
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
            ids[n_ids] = word_id(B->k, alt);
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
            return bad(B->err, L, 1, "expected a word or a phrase of up to 32 words, found \"%.*s\"",
                       (int)(alt.len > 60 ? 60 : alt.len), (const char *)alt.p);
        }
        multi |= n > 1;
        lens[n_alts++] = (uint8_t)n;
        n_ids += (size_t)n;
    }
    if (n_alts == 0) {
        return bad(B->err, L, 1, "expected a word or alternatives a|b, found \"%.*s\"",
                   (int)el.len, (const char *)el.p);
    }
    pe->alts = NEW(&B->k->a, uint32_t, n_ids);
    pe->alt_lens = multi ? NEW(&B->k->a, uint8_t, n_alts) : NULL;
    if (!pe->alts || (multi && !pe->alt_lens)) {
        err_set(B->err, TRUCE_ENOMEM, L->path, L->line, 0, -1, "out of memory");
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
            err_set(B->err, TRUCE_ENOMEM, L->path, L->line, 0, -1, "out of memory");
            return false;
        }
        memcpy(pe->alt_stem, stemv, n_alts);
    }
    return true;
}

/* One pattern in truce's syntax (data/README.md) for CAMEO code cbuf (and
 * TABARI's paired code code2, or NULL), as written at L's current line;
 * errors name field 1 of L. */
static bool add_pattern2(builder *B, const lines *L, const char *cbuf, const char *code2, str text,
                         uint8_t flags)
{
    kb *k = B->k;
    pattern *p = NEW(&k->a, pattern, 1);
    pat_elem *els = NEW(&k->a, pat_elem, 64);
    char *txt = arena_strndup(&k->a, (const char *)text.p, (size_t)text.len);
    if (!p || !els || !txt) {
        err_set(B->err, TRUCE_ENOMEM, L->path, L->line, 0, -1, "out of memory");
        return false;
    }
    memcpy(p->code, cbuf, sizeof p->code);
    if (code2) {
        snprintf(p->code2, sizeof p->code2, "%s", code2);
    }
    p->line = L->line;
    p->file = L->path;
    p->text = txt;
    p->flags = flags;
    int n = 0, head = -1;
    pat_elem headel = {0};
    uint32_t head_stems = 0, head_exact = 0;
    FOR_PARTS(text, ' ', el) {
        if (n == 64) {
            return bad(B->err, L, 1, "expected at most 64 elements in a pattern");
        }
        pat_elem pe = {0};
        if (el.p[0] == '=') {
            if (head >= 0) {
                return bad(B->err, L, 1, "expected one head (=word), found a second \"%.*s\"",
                           (int)el.len, (const char *)el.p);
            }
            str h = {el.p + 1, el.len - 1};
            if (h.len > 2 && h.p[h.len - 2] == '#' && h.p[h.len - 1] == 'n') {
                p->noun = true;
                h.len -= 2;
            }
            if (!h.len || !parse_alts(B, L, h, &headel, &head_stems, &head_exact)) {
                return h.len ? false : bad(B->err, L, 1, "expected a word after '='");
            }
            if (headel.alt_lens) {
                return bad(B->err, L, 1, "expected single words as the head, found \"%.*s\"",
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
            if (!parse_alts(B, L, el, &pe, &stems, &exacts)) {
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
        return bad(B->err, L, 1, "expected a head element marked with '=', found none in \"%s\"", txt);
    }
    p->n_pre = (uint8_t)head;
    p->n_post = (uint8_t)(n - head);
    p->pre = NEW(&k->a, pat_elem, head ? head : 1);
    if (!p->pre) {
        err_set(B->err, TRUCE_ENOMEM, L->path, L->line, 0, -1, "out of memory");
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
                err_set(B->err, TRUCE_ENOMEM, L->path, L->line, 0, -1, "out of memory");
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

static bool add_pattern(builder *B, const lines *L, const char *cbuf, str text, uint8_t flags)
{
    return add_pattern2(B, L, cbuf, NULL, text, flags);
}

static bool load_verbs(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    while (next_line(&L)) {
        if (L.nf < 2 || L.nf > 3) {
            return bad(B->err, &L, 0, "expected code TAB pattern [TAB flags], found %d fields", L.nf);
        }
        str code = trim(L.fields[0]);
        char cbuf[8] = {0};
        if (code.len < 2 || code.len > 4) {
            return bad(B->err, &L, 0, "expected a CAMEO code of 2 to 4 digits or ---, found \"%.*s\"",
                       (int)(code.len > 10 ? 10 : code.len), (const char *)code.p);
        }
        memcpy(cbuf, code.p, (size_t)code.len);
        if (strcmp(cbuf, "---") != 0 && !kb_cameo(k, cbuf)) {
            return bad(B->err, &L, 0, "expected a code of the CAMEO list or ---, found \"%s\"", cbuf);
        }
        uint8_t flags = 0;
        if (L.nf == 3) {
            FOR_PARTS(L.fields[2], ',', fl) {
                if (str_eq(fl, S("speech"))) {
                    flags |= VFLAG_SPEECH;
                } else if (str_eq(fl, S("endorse"))) {
                    flags |= VFLAG_ENDORSE;
                } else {
                    return bad(B->err, &L, 2, "expected flag speech or endorse, found \"%.*s\"",
                               (int)fl.len, (const char *)fl.p);
                }
            }
        }
        if (!add_pattern(B, &L, cbuf, L.fields[1], flags)) {
            return false;
        }
    }
    return true;
}

/* Index of a 2-4 digit code string, or -1. */
static int cameo_slot(const char *code)
{
    int v = 0, n = 0;
    for (; code[n]; n++) {
        if (code[n] < '0' || code[n] > '9' || n >= 4) {
            return -1;
        }
        v = v * 10 + (code[n] - '0');
    }
    return n < 2 ? -1 : n * 10000 + v;
}

static bool load_cameo(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    size_t cap = 512;
    k->cameo = NEW(&k->a, cameo_info, cap);
    if (!k->cameo) {
        return bad(B->err, &L, 0, "out of memory");
    }
    while (next_line(&L)) {
        if (L.nf != 6) {
            return bad(B->err, &L, 0, "expected 6 fields (code, name, goldstein, quad, plover, mode), found %d", L.nf);
        }
        if (k->n_cameo == cap) {
            return bad(B->err, &L, 0, "expected at most %zu codes", cap);
        }
        cameo_info *c = &k->cameo[k->n_cameo++];
        snprintf(c->code, sizeof c->code, "%.*s", (int)L.fields[0].len, (const char *)L.fields[0].p);
        int slot = cameo_slot(c->code);
        if (slot < 0 || slot >= 50000) {
            return bad(B->err, &L, 0, "expected a CAMEO code of 2 to 4 digits, found \"%s\"", c->code);
        }
        k->cameo_index[slot] = (uint16_t)k->n_cameo;
        snprintf(c->name, sizeof c->name, "%.*s", (int)L.fields[1].len, (const char *)L.fields[1].p);
        char num[32];
        snprintf(num, sizeof num, "%.*s", (int)L.fields[2].len, (const char *)L.fields[2].p);
        char *end;
        c->goldstein = strtod(num, &end);
        if (end == num || *end) {
            return bad(B->err, &L, 2, "expected a Goldstein score, found \"%s\"", num);
        }
        if (L.fields[3].len != 1 || L.fields[3].p[0] < '1' || L.fields[3].p[0] > '4') {
            return bad(B->err, &L, 3, "expected a QuadClass 1-4");
        }
        c->quad = L.fields[3].p[0] - '0';
        if (!(L.fields[4].len == 1 && L.fields[4].p[0] == '-')) {
            snprintf(c->plover, sizeof c->plover, "%.*s", (int)L.fields[4].len, (const char *)L.fields[4].p);
        }
        if (!(L.fields[5].len == 1 && L.fields[5].p[0] == '-')) {
            snprintf(c->mode, sizeof c->mode, "%.*s", (int)L.fields[5].len, (const char *)L.fields[5].p);
        }
    }
    return true;
}

static bool load_modality(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    size_t cap = 256;
    k->modal = arena_alloc(&k->a, sizeof *k->modal, 8, cap);
    if (!k->modal) {
        return bad(B->err, &L, 0, "out of memory");
    }
    while (next_line(&L)) {
        if (L.nf != 5 || k->n_modal == cap) {
            return bad(B->err, &L, L.nf ? L.nf - 1 : 0,
                       "expected prefix TAB intent TAB threat TAB demand TAB reject, found %d fields", L.nf);
        }
        for (int i = 0; i < 5; i++) {
            if (L.fields[i].len < 1 || L.fields[i].len > 4) {
                return bad(B->err, &L, i, "expected a code, '=' or '-'");
            }
        }
        char *cols[5] = {k->modal[k->n_modal].prefix, k->modal[k->n_modal].intent,
                         k->modal[k->n_modal].threat, k->modal[k->n_modal].demand,
                         k->modal[k->n_modal].reject};
        for (int i = 0; i < 5; i++) {
            snprintf(cols[i], 8, "%.*s", (int)L.fields[i].len, (const char *)L.fields[i].p);
        }
        for (int i = 1; i < 5; i++) {
            const char *c = cols[i];
            if (strcmp(c, "-") && strcmp(c, "=") && !kb_cameo(k, c)) {
                return bad(B->err, &L, i, "expected a CAMEO code, found \"%s\"", c);
            }
        }
        k->n_modal++;
    }
    return true;
}

static const struct { const char *name; uint32_t bit; } wclasses[] = {
    {"determiner", WC_DETERMINER}, {"adverb", WC_ADVERB}, {"modal", WC_MODAL},
    {"intent", WC_INTENT}, {"threat", WC_THREAT}, {"obligation", WC_OBLIGATION},
    {"refusal", WC_REFUSAL}, {"negation", WC_NEGATION}, {"hypothetical", WC_HYPOTHETICAL},
    {"locative", WC_LOCATIVE}, {"boundary", WC_BOUNDARY}, {"clause-end", WC_CLAUSE_END},
    {"modifier", WC_MODIFIER}, {"place-noun", WC_PLACE_NOUN}, {"role-prep", WC_ROLE_PREP},
    {"control", WC_CONTROL}, {"ing-governor", WC_ING_GOVERNOR}, {"pronoun", WC_PRONOUN},
    {"speaker-pronoun", WC_SPEAKER_PRONOUN}, {"plural-pronoun", WC_PLURAL_PRONOUN},
    {"date-word", WC_DATE_WORD}, {"facility", WC_FACILITY},
    {"ethnic-people", WC_ETHNIC}, {"possessive", WC_POSSESSIVE},
};

/* data/grammar.tsv: class TAB words */
static bool load_grammar(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf != 2) {
            return bad(B->err, &L, 0, "expected class TAB words, found %d fields", L.nf);
        }
        uint32_t bit = 0;
        for (size_t i = 0; i < sizeof wclasses / sizeof *wclasses; i++) {
            if (str_eq(L.fields[0], (str){(const uint8_t *)wclasses[i].name,
                                          (ptrdiff_t)strlen(wclasses[i].name)})) {
                bit = wclasses[i].bit;
            }
        }
        if (!bit) {
            return bad(B->err, &L, 0, "expected a word class such as determiner or modal, found \"%.*s\"",
                       (int)(L.fields[0].len > 30 ? 30 : L.fields[0].len), (const char *)L.fields[0].p);
        }
        FOR_PARTS(L.fields[1], ';', w) {
            uint32_t id = word_id(B->k, w);
            if (!id || !push_u32(&B->wc_ids, &B->n_wc, &B->cap_wc, id) ||
                !push_u32(&B->wc_bits, &B->n_wcb, &B->cap_wcb, bit)) {
                return bad(B->err, &L, 1, "out of memory");
            }
        }
    }
    return true;
}

/* WordNet index.verb lemmas (one per line) */
static bool load_wn_verbs(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        uint32_t id = word_id(B->k, L.fields[0]);
        if (!id || !push_u32(&B->verb_ids, &B->n_verb_ids, &B->cap_verb_ids, id)) {
            return bad(B->err, &L, 0, "out of memory");
        }
    }
    return true;
}

/* WordNet *.exc: "form lemma [lemma...]" separated by spaces */
static bool load_wn_exc(builder *B, const embedded_file *f, bool verb)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        str line = L.fields[0];
        const uint8_t *sp = memchr(line.p, ' ', (size_t)line.len);
        if (!sp) {
            return bad(B->err, &L, 0, "expected \"form lemma\"");
        }
        str form = {line.p, sp - line.p};
        str rest = {sp + 1, line.len - (sp + 1 - line.p)};
        const uint8_t *sp2 = memchr(rest.p, ' ', (size_t)rest.len);
        if (sp2) {
            rest.len = sp2 - rest.p;
        }
        if (memchr(form.p, '_', (size_t)form.len)) {
            continue;
        }
        exc_pair e = {word_id(B->k, form), word_id(B->k, rest)};
        if (!e.form || !e.lemma ||
            !(verb ? push_exc(&B->vexc, &B->n_vexc, &B->cap_vexc, e)
                   : push_exc(&B->nexc, &B->n_nexc, &B->cap_nexc, e))) {
            return bad(B->err, &L, 0, "out of memory");
        }
    }
    return true;
}

/* The part-of-speech lexicon: index the starts of its sorted lines; the
 * words are looked up in place by binary search (kb_lex). */
static bool load_lexicon(builder *B, const embedded_file *f)
{
    kb *k = B->k;
    uint32_t n = 0;
    for (size_t i = 0; i < f->len; i++) {
        n += f->data[i] == '\n';
    }
    k->lex_line = malloc(((size_t)n + 2) * sizeof *k->lex_line);
    if (!k->lex_line) {
        err_set(B->err, TRUCE_ENOMEM, f->name, 0, 0, -1, "out of memory");
        return false;
    }
    k->lex_data = (const uint8_t *)f->data;
    uint32_t line = 0;
    size_t i = 0;
    while (i < f->len) {
        const unsigned char *nl = memchr(f->data + i, '\n', f->len - i);
        size_t e = nl ? (size_t)(nl - f->data) : f->len;
        const unsigned char *tab = memchr(f->data + i, '\t', e - i);
        if (!tab || line == n + 1) {
            err_set(B->err, TRUCE_EDATA, f->name, line + 1, 1, (int64_t)i, "expected word<TAB>mask");
            return false;
        }
        k->lex_line[line++] = (uint32_t)i;
        i = e + 1;
    }
    k->lex_line[line] = (uint32_t)f->len;
    B->n_lex = line;   /* in use once the kb is built: loading needs no tags */
    return true;
}

uint8_t kb_lex(const kb *k, const uint8_t *key, ptrdiff_t len)
{
    uint32_t lo = 0, hi = k->n_lex;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        /* compare the line's word (up to its tab) with the key */
        const uint8_t *w = k->lex_data + k->lex_line[mid];
        ptrdiff_t j = 0;
        while (j < len && w[j] != '\t' && w[j] == key[j]) {
            j++;
        }
        int c;
        if (w[j] == '\t') {
            c = j == len ? 0 : -1;   /* the word is a prefix of the key */
        } else if (j == len) {
            c = 1;                   /* the key is a prefix of the word */
        } else {
            c = w[j] < key[j] ? -1 : 1;
        }
        const uint8_t *tab = w + j;
        if (c == 0) {
            unsigned m = 0;
            for (const uint8_t *d = tab + 1; *d >= '0' && *d <= '9'; d++) {
                m = m * 10 + (unsigned)(*d - '0');
            }
            return (uint8_t)m;
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return 0;
}

/* ---- user dictionaries: PETRARCH and TABARI formats ------------------
 *
 * Actors (a phrase line, "+SYNONYM" lines, "[CODE date]" lines), agents
 * ("PHRASE {PLURALS} [~CODE]", "!SET! = a, b"), and CAMEO.2.0 verb files
 * (synsets, "--- MEANING [CODE] ---" blocks, verb lines, "- PRE * POST
 * [CODE]" patterns) are read as they are and turned into truce's own
 * entries and patterns. A bad line is reported (file:line:col) and
 * skipped; the rest is loaded. */

typedef struct {
    builder *B;
    const char *path;
    truce_dict_warn warn;
    void *user;
    size_t n_errors, n_warnings;
    bool warned_yy;
    bool semi;             /* TABARI files: ';' starts a comment */
} dctx;

static void dreport(dctx *d, bool error, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void dreport(dctx *d, bool error, uint32_t line, uint32_t col, const char *fmt, ...)
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

typedef struct {
    const uint8_t *p, *end;
    uint32_t line;
    str text;      /* the line, comment cut, right-trimmed */
    str raw;
    bool in_comment;
    bool semi;             /* cut at ';' as well as '#' (TABARI) */
} dlines;

/* Next line; PETRARCH cuts a line at its first '#', skips "<!-- -->". */
static bool dnext(dlines *L)
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

static str dtrim(str s)
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

/* "WORDS_LIKE_THIS" -> "words like this" (into buf, NUL-terminated). */
static str dphrase(str s, char *buf, size_t cap)
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

/* A TABARI actor name with a space between its words ("ITHILEN
 * TELEVISION", "PRINCE DOL_AMROTH"; '_' joins words that must follow each
 * other) is also entered with the gap word (kb.actor_gap_id) at each space,
 * a copy of e as its entry. False only when out of memory. */
static bool dgap_phrase(dctx *d, str name, const actor_entry *e)
{
    kb *k = d->B->k;
    uint32_t ids[40];
    int n = 0, parts = 0;
    ptrdiff_t b = 0;
    while (b < name.len && n < 32) {
        while (b < name.len && name.p[b] == ' ') {
            b++;
        }
        ptrdiff_t q = b;
        while (q < name.len && name.p[q] != ' ') {
            q++;
        }
        if (q == b) {
            break;
        }
        char buf[256];
        str ph = dphrase((str){name.p + b, q - b}, buf, sizeof buf);
        int m = ph.len ? text_phrase_ids(k, ph, ids + n + (parts > 0), 32 - n - 1) : 0;
        if (m <= 0) {
            return true;   /* not a phrase truce reads */
        }
        if (parts++ > 0) {
            if (!k->actor_gap_id) {
                k->actor_gap_id = intern_add(&k->words, (str){(const uint8_t *)"\x01gap", 4});
                if (!k->actor_gap_id) {
                    return false;
                }
            }
            ids[n++] = k->actor_gap_id;
        }
        n += m;
        b = q;
    }
    if (parts < 2) {
        return true;
    }
    uint32_t node = trie_insert(&k->actors, ids, n);
    actor_entry *ge = NEW(&k->a, actor_entry, 1);
    if (!node || !ge) {
        return false;
    }
    *ge = *e;
    ge->next = NULL;
    actor_entry **pp = &k->actors.payload[node];
    while (*pp) {
        pp = &(*pp)->next;
    }
    *pp = ge;
    return true;
}

/* YYMMDD or YYYYMMDD. */
static bool ddate(dctx *d, uint32_t line, const uint8_t *p, size_t n, truce_day *out)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return false;
        }
        v = v * 10 + (p[i] - '0');
    }
    int y, m, dd;
    if (n == 6) {
        y = v / 10000;
        y += y <= 30 ? 2000 : 1900;
        if (!d->warned_yy) {
            d->warned_yy = true;
            dreport(d, false, line, 1, "two-digit years read as 19YY (31-99) or 20YY (00-30)");
        }
    } else if (n == 8) {
        y = v / 10000;
    } else {
        return false;
    }
    m = (v / 100) % 100;
    dd = v % 100;
    if (!ymd_valid(y, m, dd)) {
        return false;
    }
    *out = day_from_ymd(y, m, dd);
    return true;
}

/* Parse the "[CODE date]" groups of a line into spells. */
static size_t dspells(dctx *d, uint32_t line, str t, dated_code *out, size_t cap)
{
    size_t n = 0;
    for (ptrdiff_t i = 0; i < t.len; i++) {
        if (t.p[i] != '[') {
            continue;
        }
        ptrdiff_t j = i + 1;
        while (j < t.len && t.p[j] != ']') {
            j++;
        }
        if (j >= t.len) {
            dreport(d, true, line, (uint32_t)i + 1, "expected ']' to close the code, found end of line");
            return n;
        }
        str in = dtrim((str){t.p + i + 1, j - i - 1});
        ptrdiff_t k = 0;
        while (k < in.len && in.p[k] != ' ') {
            k++;
        }
        str code = {in.p, k};
        str date = dtrim((str){in.p + k, in.len - k});
        if (str_eq(code, S("---")) && date.len == 0) {
            /* the null code: deliberately no actor. A dated one ("[---
             * <950630] [DOL]") is kept: in its time the phrase is no actor
             * (resolve_named). TABARI's +++ is kept too: with flag_codes
             * the actor marks its sentence complex, else it is no actor */
            i = j;
            continue;
        }
        bool null_code = str_eq(code, S("---"));
        bool discard = str_eq(code, S("###")) || str_eq(code, S("+++"));   /* TABARI: the story's flag */
        /* "[FRO/BIL/SAM]": a compound actor, one code per member */
        bool parts_ok = code.len <= 15 && !str_eq(code, S("---"));
        for (ptrdiff_t a = 0, b = 0; parts_ok && b <= code.len; b++) {
            if (b == code.len || code.p[b] == '/') {
                parts_ok = valid_code((str){code.p + a, b - a});
                a = b + 1;
            }
        }
        if (!parts_ok && !discard && !null_code) {
            dreport(d, true, line, (uint32_t)i + 2, "expected an actor code in capitals, found \"%.*s\"",
                    (int)(code.len > 20 ? 20 : code.len), (const char *)code.p);
            i = j;
            continue;
        }
        dated_code dc;
        memset(&dc, 0, sizeof dc);
        memcpy(dc.code, code.p, (size_t)code.len);
        dc.from = dc.to = TRUCE_NODAY;
        bool ok = true;
        truce_day a, b;
        if (date.len == 0) {
            /* undated */
        } else if (date.p[0] == '<' || date.p[0] == '>') {
            str dd = dtrim((str){date.p + 1, date.len - 1});   /* "> 140608" too */
            ok = ddate(d, line, dd.p, (size_t)dd.len, &a);
            if (date.p[0] == '<') {
                dc.to = a - 1;
            } else {
                dc.from = a;
            }
        } else {
            const uint8_t *dash = memchr(date.p, '-', (size_t)date.len);
            str d1 = dash ? dtrim((str){date.p, dash - date.p}) : date;
            str d2 = dash ? dtrim((str){dash + 1, date.p + date.len - dash - 1}) : date;
            ok = dash && ddate(d, line, d1.p, (size_t)d1.len, &a) && ddate(d, line, d2.p, (size_t)d2.len, &b);
            if (ok) {
                dc.from = a;
                dc.to = b - 1;
            }
        }
        if (!ok) {
            dreport(d, true, line, (uint32_t)(date.p - t.p) + 1,
                    "expected a date restriction <DATE, >DATE or DATE-DATE (YYMMDD or YYYYMMDD), found \"%.*s\"",
                    (int)(date.len > 30 ? 30 : date.len), (const char *)date.p);
        } else if (n < cap) {
            out[n++] = dc;
        }
        i = j;
    }
    return n;
}

/* A TABARI actor name's word ids, with TRIE_GAP_ID where a space parts
 * two words: there TABARI lets other words come between ("PRINCE
 * DOL_AMROTH": "Prince of Dol Amroth"); '_' joins adjacent words. The
 * number of ids, or -1 if the name has none or more than cap. */
static int dgapped_ids(kb *k, str name, uint32_t *ids, int cap)
{
    int n = 0;
    ptrdiff_t i = 0;
    while (i < name.len) {
        while (i < name.len && (name.p[i] == ' ' || name.p[i] == '\t')) {
            i++;
        }
        ptrdiff_t b = i;
        while (i < name.len && name.p[i] != ' ' && name.p[i] != '\t') {
            i++;
        }
        if (i == b) {
            break;
        }
        char buf[256];
        str ph = dphrase((str){name.p + b, i - b}, buf, sizeof buf);
        if (!ph.len) {
            continue;
        }
        if (n > 0) {
            if (n == cap) {
                return -1;
            }
            ids[n++] = TRIE_GAP_ID;
        }
        int m = text_phrase_ids(k, ph, ids + n, cap - n);
        if (m <= 0) {
            return -1;
        }
        n += m;
    }
    return n ? n : -1;
}

static bool dflush_actor(dctx *d, const uint8_t *data_end, str *names, uint32_t *name_lines, size_t n_names,
                         dated_code *spells,
                         size_t n_spells)
{
    builder *B = d->B;
    kb *k = B->k;
    if (!n_names) {
        return true;
    }
    if (!n_spells) {
        dreport(d, false, name_lines[0], 1, "actor \"%.*s\" has no code; skipped",
                (int)(names[0].len > 40 ? 40 : names[0].len), (const char *)names[0].p);
        return true;
    }
    dated_code *sp = NEW(&k->a, dated_code, n_spells);
    if (!sp) {
        return false;
    }
    memcpy(sp, spells, n_spells * sizeof *sp);
    for (size_t i = 0; i < n_names; i++) {
        char buf[256];
        str nm = names[i];
        while (nm.len && nm.p[nm.len - 1] == '=') {
            nm.len--;   /* TABARI's "MOUSE=": the word as it is */
        }
        str ph = dphrase(nm, buf, sizeof buf);
        if (!ph.len) {
            continue;
        }
        uint32_t ids[32];
        int n = d->semi ? dgapped_ids(k, nm, ids, 32) : text_phrase_ids(k, ph, ids, 32);
        if (n <= 0) {
            dreport(d, true, name_lines[i], 1, "expected a phrase of 1 to 32 words");
            continue;
        }
        uint32_t node = trie_insert(&k->actors, ids, n);
        actor_entry *e = NEW(&k->a, actor_entry, 1);
        if (!node || !e) {
            return false;
        }
        e->kind = AK_NAMED;
        e->first_match = true;
        /* TABARI: the last word is a stem ("ARGENTIN") unless a '_' ends
         * the name ("FORCES_") */
        const uint8_t *after = names[i].p + names[i].len;
        e->bare = d->semi && ((names[i].len && names[i].p[names[i].len - 1] == '=') ||
                              (after < data_end && *after == '='));
        e->stem = d->semi && !e->bare && !(after < data_end && *after == '_');
        k->actor_stems |= e->stem;
        e->lower_ok = true;   /* these dictionaries are written in capitals */
        e->spells = sp;
        e->n_spells = (uint32_t)n_spells;
        e->src_file = d->path;
        e->src_line = name_lines[i];
        actor_entry **pp = &k->actors.payload[node];
        while (*pp) {
            pp = &(*pp)->next;
        }
        *pp = e;
        if (d->semi && n > 1 && !dgap_phrase(d, nm, e)) {
            return false;
        }
        if (d->semi && n > 1) {
            /* TABARI reads a hyphen in the text as a word break: "AL_GORE"
             * is also "Al-Gore", which truce keeps as one word */
            char hy[256];
            snprintf(hy, sizeof hy, "%.*s", (int)ph.len, (const char *)ph.p);
            for (char *q = hy; *q; q++) {
                *q = *q == ' ' ? '-' : *q;
            }
            uint32_t hid[2];
            if (text_phrase_ids(k, (str){(const uint8_t *)hy, ph.len}, hid, 2) == 1) {
                uint32_t hnode = trie_insert(&k->actors, hid, 1);
                actor_entry *he = NEW(&k->a, actor_entry, 1);
                if (!hnode || !he) {
                    return false;
                }
                *he = *e;
                he->stem = false;
                he->next = NULL;
                pp = &k->actors.payload[hnode];
                while (*pp) {
                    pp = &(*pp)->next;
                }
                *pp = he;
            }
        }
    }
    return true;
}

static bool dload_actors(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    str names[512];
    uint32_t name_lines[512];
    dated_code spells[64];
    size_t n_names = 0, n_spells = 0;
    uint32_t in_section = 0;   /* WC_TAB_NOUN or WC_TAB_ADJ inside a section */
    while (dnext(&L)) {
        str t = L.text;
        if (t.len == 0) {
            continue;
        }
        if (t.p[0] == '<') {
            /* TABARI's <NOUN> and <ADJECTIVE> sections list words for its
             * parser, not actors: kept as word classes */
            if (t.len >= 6 && strncasecmp((const char *)t.p, "<NOUN>", 6) == 0) {
                in_section = WC_TAB_NOUN;
            } else if (t.len >= 11 && strncasecmp((const char *)t.p, "<ADJECTIVE>", 11) == 0) {
                in_section = WC_TAB_ADJ;
            } else if (t.len > 1 && t.p[1] == '/') {
                in_section = 0;
            }
            continue;
        }
        if (in_section) {
            char buf[128];
            str w = dphrase(dtrim(t), buf, sizeof buf);
            uint32_t id = w.len && !memchr(w.p, ' ', (size_t)w.len) ? word_id(d->B->k, w) : 0;
            if (id && (!push_u32(&d->B->wc_ids, &d->B->n_wc, &d->B->cap_wc, id) ||
                       !push_u32(&d->B->wc_bits, &d->B->n_wcb, &d->B->cap_wcb, in_section))) {
                return false;
            }
            continue;
        }
        str lead = dtrim(t);
        if (lead.len == 0) {
            continue;
        }
        if (lead.p[0] == '+') {
            if (!n_names) {
                dreport(d, true, L.line, 1, "expected an actor before the synonym, found \"+\" first");
                continue;
            }
            str syn = dtrim((str){lead.p + 1, lead.len - 1});
            const uint8_t *br = memchr(syn.p, '[', (size_t)syn.len);
            if (br) {
                n_spells += dspells(d, L.line, (str){br, syn.p + syn.len - br}, spells + n_spells,
                                    64 - n_spells);
                syn = dtrim((str){syn.p, br - syn.p});
            }
            if (syn.len && n_names < 512) {
                names[n_names] = syn;
                name_lines[n_names++] = L.line;
            }
            continue;
        }
        if (lead.p[0] == '[') {
            if (!n_names) {
                dreport(d, true, L.line, 1, "expected an actor before its code, found \"[\" first");
                continue;
            }
            n_spells += dspells(d, L.line, lead, spells + n_spells, 64 - n_spells);
            continue;
        }
        /* a new actor */
        if (!dflush_actor(d, data + len, names, name_lines, n_names, spells, n_spells)) {
            return false;
        }
        n_names = n_spells = 0;
        const uint8_t *br = memchr(lead.p, '[', (size_t)lead.len);
        str name = dtrim((str){lead.p, br ? br - lead.p : lead.len});
        if (br) {
            n_spells += dspells(d, L.line, (str){br, lead.p + lead.len - br}, spells, 64);
        }
        if (name.len) {
            names[n_names] = name;
            name_lines[n_names++] = L.line;
        }
    }
    return dflush_actor(d, data + len, names, name_lines, n_names, spells, n_spells);
}

/* Agents: "PHRASE {PLURALS} [~CODE]" and "!SET! = a, b, c". */
typedef struct {
    char name[32];
    str members[24];
    int n;
} dset;

static bool dadd_agent(dctx *d, uint32_t line, const char *phrase, const char *sector, bool plural,
                       bool prefix)
{
    actor_entry e = {0};
    e.kind = AK_AGENT;
    e.first_match = true;   /* a user dictionary's agent: composed as PETRARCH does */
    e.prefix = prefix;
    snprintf(e.code, sizeof e.code, "%s", sector);
    e.plural = plural;
    e.person = !plural && (strcmp(sector, "GOV") == 0 || strcmp(sector, "ELI") == 0);
    uint32_t ids[32];
    int n = text_phrase_ids(d->B->k, (str){(const uint8_t *)phrase, (ptrdiff_t)strlen(phrase)}, ids, 32);
    if (n <= 0) {
        dreport(d, true, line, 1, "expected an agent phrase of 1 to 32 words");
        return true;
    }
    kb *k = d->B->k;
    uint32_t node = trie_insert(&k->actors, ids, n);
    actor_entry *x = NEW(&k->a, actor_entry, 1);
    if (!node || !x) {
        return false;
    }
    *x = e;
    x->src_file = d->path;
    x->src_line = line;
    actor_entry **pp = &k->actors.payload[node];
    while (*pp) {
        pp = &(*pp)->next;
    }
    *pp = x;
    return true;
}

static void dplural(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n > 1 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2])) {
        snprintf(out, cap, "%.*sies", (int)(n - 1), w);
    } else if (n && (w[n - 1] == 's' || w[n - 1] == 'x' || (n > 1 && w[n - 1] == 'h' && strchr("cs", w[n - 2])))) {
        snprintf(out, cap, "%ses", w);
    } else {
        snprintf(out, cap, "%ss", w);
    }
}

static bool dload_agents(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    dset sets[32];
    int n_sets = 0;
    while (dnext(&L)) {
        str t = dtrim(L.text);
        if (t.len == 0 || t.p[0] == '<') {
            continue;
        }
        if (t.p[0] == '!' && memchr(t.p, '=', (size_t)t.len)) {
            const uint8_t *eq = memchr(t.p, '=', (size_t)t.len);
            const uint8_t *close = memchr(t.p + 1, '!', (size_t)t.len - 1);
            if (!eq || !close || close > eq || n_sets == 32) {
                dreport(d, true, L.line, 1, "expected !NAME! = word, word, ...");
                continue;
            }
            dset *st = &sets[n_sets++];
            snprintf(st->name, sizeof st->name, "%.*s", (int)(close - t.p + 1), (const char *)t.p);
            st->n = 0;
            str rest = {eq + 1, t.p + t.len - eq - 1};
            FOR_PARTS(rest, ',', m) {
                if (st->n < 24) {
                    st->members[st->n++] = m;
                }
            }
            continue;
        }
        const uint8_t *br = memchr(t.p, '[', (size_t)t.len);
        const uint8_t *cb = br ? memchr(br, ']', (size_t)(t.p + t.len - br)) : NULL;
        if (!br || !cb) {
            dreport(d, true, L.line, 1, "expected PHRASE [~CODE], found no code in brackets");
            continue;
        }
        char sector[16] = {0};
        size_t sn = 0;
        /* "[~GOV]" follows the actor's code, "[NGO~]" goes before it */
        const uint8_t *fc = br + 1;
        while (fc < cb && *fc == ' ') {
            fc++;
        }
        bool prefix = fc < cb && *fc != '~' && memchr(fc, '~', (size_t)(cb - fc));
        for (const uint8_t *q = br + 1; q < cb && sn + 1 < sizeof sector; q++) {
            if (*q != '~' && *q != ' ') {
                sector[sn++] = (char)*q;
            }
        }
        if (!valid_code((str){(const uint8_t *)sector, (ptrdiff_t)sn}) || sn > 9) {
            dreport(d, true, L.line, (uint32_t)(br - t.p) + 2, "expected an agent code such as ~GOV, found \"%.*s\"",
                    (int)(cb - br - 1), (const char *)br + 1);
            continue;
        }
        const uint8_t *brace = memchr(t.p, '{', (size_t)(br - t.p));
        str phrase = dtrim((str){t.p, (brace ? brace : br) - t.p});
        bool no_plural = false;
        str plurals = {0};
        if (brace) {
            const uint8_t *bc = memchr(brace, '}', (size_t)(br - brace));
            if (!bc) {
                dreport(d, true, L.line, (uint32_t)(brace - t.p) + 1, "expected '}' to close the plurals");
                continue;
            }
            plurals = dtrim((str){brace + 1, bc - brace - 1});
            no_plural = plurals.len == 0;
        }
        /* expand one !SET! in the phrase */
        char base[256];
        str ph = dphrase(phrase, base, sizeof base);
        const char *bang = strchr(base, '!');
        int variants = 1;
        dset *st = NULL;
        if (bang) {
            const char *bang2 = strchr(bang + 1, '!');
            for (int s2 = 0; bang2 && s2 < n_sets; s2++) {
                size_t nl = strlen(sets[s2].name);
                if ((size_t)(bang2 - bang + 1) == nl && strncasecmp(bang, sets[s2].name, nl) == 0) {
                    st = &sets[s2];
                }
            }
            if (!st) {
                dreport(d, true, L.line, 1, "expected a substitution set defined before, found \"%.*s\"",
                        (int)(bang2 ? bang2 - bang + 1 : 1), bang);
                continue;
            }
            variants = st->n;
        }
        (void)ph;
        for (int v = 0; v < variants; v++) {
            char word[256];
            if (st) {
                const char *bang2 = strchr(bang + 1, '!');
                char mem[64];
                str mm = dphrase(st->members[v], mem, sizeof mem);
                snprintf(word, sizeof word, "%.*s%.*s%s", (int)(bang - base), base, (int)mm.len,
                         (const char *)mm.p, bang2 + 1);
            } else {
                snprintf(word, sizeof word, "%s", base);
            }
            if (!dadd_agent(d, L.line, word, sector, false, prefix)) {
                return false;
            }
            if (st || no_plural) {
                continue;   /* set members carry their own plurals */
            }
            if (plurals.len) {
                FOR_PARTS(plurals, ' ', pl) {
                    char pb[128];
                    dphrase(pl, pb, sizeof pb);
                    if (!dadd_agent(d, L.line, pb, sector, true, prefix)) {
                        return false;
                    }
                }
            } else {
                char pw[300];
                dplural(word, pw, sizeof pw);
                if (!dadd_agent(d, L.line, pw, sector, true, prefix)) {
                    return false;
                }
            }
        }
    }
    return true;
}

/* Discards: one phrase a line; "+PHRASE" discards the whole story, a
 * bare phrase the sentence it is in. */
static bool dload_discards(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    kb *k = d->B->k;
    while (dnext(&L)) {
        str t = dtrim(L.text);
        if (t.len == 0 || t.p[0] == '<') {
            continue;
        }
        bool story = t.p[0] == '+';
        if (story) {
            t = dtrim((str){t.p + 1, t.len - 1});
        }
        char buf[256];
        str ph = dphrase(t, buf, sizeof buf);
        uint32_t ids[32];
        int n = ph.len ? text_phrase_ids(k, ph, ids, 32) : 0;
        if (n <= 0) {
            dreport(d, true, L.line, 1, "expected a discard phrase of 1 to 32 words, found \"%.*s\"",
                    (int)(t.len > 40 ? 40 : t.len), (const char *)t.p);
            continue;
        }
        uint32_t node = trie_insert(&k->discards, ids, n);
        actor_entry *e = NEW(&k->a, actor_entry, 1);
        if (!node || !e) {
            return false;
        }
        e->kind = story ? AK_DISCARD_STORY : AK_DISCARD;
        e->src_file = d->path;
        e->src_line = L.line;
        e->next = k->discards.payload[node];
        k->discards.payload[node] = e;
    }
    return true;
}

/* Issues (PETRARCH's Phoenix.IssueCoding.txt): "PHRASE [CODE]" lines in
 * <ISSUE CATEGORY=...> blocks. "n:WORD" and "v:WORD" stand for the word's
 * noun or verb forms (the coder matches a token by its form, its singular
 * or its verb lemma, so every word gets them); '+' inside a word gives both
 * the spaced and the hyphenated spelling ("pre+k": "pre k", "pre-k");
 * "~PHRASE" or "~~PHRASE" is a phrase whose words count for no issue ("a
 * head start" is not the Head Start programme). */
static bool dload_issues(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    kb *k = d->B->k;
    str category = {NULL, 0};   /* <ISSUE CATEGORY="X">: a line's code when it has none */
    while (dnext(&L)) {
        str t = dtrim(L.text);
        if (t.len == 0) {
            continue;
        }
        if (t.p[0] == '<') {
            static const char tag[] = "CATEGORY=\"";
            const uint8_t *q = NULL;
            for (ptrdiff_t x = 0; x + (ptrdiff_t)sizeof tag - 1 <= t.len && !q; x++) {
                if (memcmp(t.p + x, tag, sizeof tag - 1) == 0) {
                    q = t.p + x;
                }
            }
            if (q) {
                q += sizeof tag - 1;
                const uint8_t *qe = memchr(q, '"', (size_t)(t.p + t.len - q));
                category = qe ? (str){q, qe - q} : (str){NULL, 0};
            } else if (t.len > 1 && t.p[1] == '/') {
                category = (str){NULL, 0};
            }
            continue;
        }
        bool ignore = t.p[0] == '~';
        while (t.len && t.p[0] == '~') {
            t = (str){t.p + 1, t.len - 1};
        }
        str code = {NULL, 0};
        const uint8_t *lb = memchr(t.p, '[', (size_t)t.len);
        if (lb) {
            const uint8_t *rb = memchr(lb, ']', (size_t)(t.p + t.len - lb));
            if (!rb || rb == lb + 1) {
                dreport(d, true, L.line, (uint32_t)(lb - L.raw.p) + 1, "expected [CODE] after the phrase, found \"%.*s\"",
                        (int)(t.p + t.len - lb > 40 ? 40 : t.p + t.len - lb), (const char *)lb);
                continue;
            }
            code = (str){lb + 1, rb - lb - 1};
            t = dtrim((str){t.p, lb - t.p});
        } else if (!ignore && category.len) {
            dreport(d, false, L.line, 1, "\"%.*s\" has no [CODE]; its category's, %.*s, is used",
                    (int)(t.len > 40 ? 40 : t.len), (const char *)t.p, (int)category.len,
                    (const char *)category.p);
            code = category;
        } else if (!ignore) {
            dreport(d, true, L.line, 1, "expected PHRASE [CODE], found \"%.*s\"",
                    (int)(t.len > 40 ? 40 : t.len), (const char *)t.p);
            continue;
        }
        /* the phrase without n: and v:, lower case; where the '+' are */
        char base[256];
        size_t n = 0;
        int plus[8], n_plus = 0;
        bool too_many = false;
        for (ptrdiff_t i = 0; i < t.len && n + 1 < sizeof base; i++) {
            uint8_t c = t.p[i];
            bool word_start = i == 0 || t.p[i - 1] == ' ';
            if (word_start && i + 1 < t.len && (c == 'n' || c == 'v') && t.p[i + 1] == ':') {
                i++;
                continue;
            }
            if (c == '+') {
                if (n_plus == 8) {
                    too_many = true;
                    break;
                }
                plus[n_plus++] = (int)n;
            }
            base[n++] = (char)(c == '_' ? ' ' : (c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        base[n] = 0;
        if (too_many || n == 0) {
            dreport(d, true, L.line, 1, "expected an issue phrase with at most 8 '+', found \"%.*s\"",
                    (int)(t.len > 40 ? 40 : t.len), (const char *)t.p);
            continue;
        }
        const char *issue = code.len ? arena_strndup(&k->a, (const char *)code.p, (size_t)code.len) : NULL;
        if (code.len && !issue) {
            return false;
        }
        /* every spelling: each '+' a space or a hyphen */
        for (int v = 0; v < (1 << n_plus); v++) {
            char ph[256];
            memcpy(ph, base, n + 1);
            for (int b = 0; b < n_plus; b++) {
                ph[plus[b]] = (v >> b) & 1 ? '-' : ' ';
            }
            uint32_t ids[32];
            int nw = text_phrase_ids(k, (str){(const uint8_t *)ph, (ptrdiff_t)n}, ids, 32);
            if (nw <= 0) {
                dreport(d, true, L.line, 1, "expected an issue phrase of 1 to 32 words, found \"%s\"", ph);
                break;
            }
            uint32_t node = trie_insert(&k->issues, ids, nw);
            actor_entry *e = NEW(&k->a, actor_entry, 1);
            if (!node || !e) {
                return false;
            }
            e->kind = ignore ? AK_ISSUE_IGNORE : AK_ISSUE;
            e->issue = issue;
            e->src_file = d->path;
            e->src_line = L.line;
            e->next = k->issues.payload[node];
            k->issues.payload[node] = e;
        }
    }
    return true;
}

/* Add one pattern of a user verb dictionary. A bad pattern is reported at
 * its line and skipped; false only when memory runs out. */
static bool dadd_pattern(dctx *d, uint32_t line, const lines *fake, const char *code, const char *code2,
                         str pat)
{
    builder *B = d->B;
    truce_error e = {0};
    truce_error *saved = B->err;
    B->err = &e;
    bool r = add_pattern2(B, fake, code, code2, pat, 0);
    B->err = saved;
    if (!r && e.code == TRUCE_ENOMEM) {
        return false;
    }
    if (!r) {
        dreport(d, true, line, 1, "%s", e.msg);
    }
    return true;
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

/* Translate a TABARI / PETRARCH-1 pattern ("+ KNOWN_ * IN_ $", "SUGGESTED_+
 * * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS") into truce's syntax,
 * "*" becoming the head alternatives `verbs` ("=a|b"). Returns the column
 * (1-based in body) of a fault and fills why, or 0. */
static uint32_t dtab_pattern(const dsyn *syns, int n_syns, str body, const char *verbs, bool stems,
                             char *out, size_t cap, char *why, size_t why_cap, bool *head_done)
{
    size_t on = 0;
    out[0] = 0;
    *head_done = false;
    ptrdiff_t i = 0;
    bool first = true, after_syn = false;
    while (i < body.len) {
        bool adj = false, sep = false;
        while (i < body.len && (body.p[i] == ' ' || body.p[i] == '\t' || body.p[i] == '_')) {
            /* "IN_*": the next word right after; "IN_ *": '_' only says
             * IN is the word as written, the space lets words come between */
            adj = body.p[i] == '_';
            sep = true;
            i++;
        }
        if (after_syn && stems) {
            adj = false;   /* TABARI: "&NEGATVAUXVRB_EVER" lets words come before EVER */
        }
        after_syn = body.p[i < body.len ? i : body.len - 1] == '&';
        if (i >= body.len) {
            break;
        }
        (void)sep;
        ptrdiff_t b = i;
        char item[4096] = "";
        const char *bad = NULL;
        size_t bad_len = 0;
        uint8_t ch = body.p[i];
        bool tail_adj = false;
        if (ch == '{') {
            ptrdiff_t j = i + 1;
            while (j < body.len && body.p[j] != '}') {
                j++;
            }
            if (j >= body.len) {
                snprintf(why, why_cap, "expected '}' to close the alternatives, found end of line");
                return (uint32_t)b + 1;
            }
            /* alternatives split on '|' */
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
                    if (alt.len && !dalts(syns, n_syns, (const char *)alt.p, (size_t)alt.len, stems && !exact, stems,
                                          item, sizeof item, &bad, &bad_len)) {
                        goto fault;
                    }
                    a = q + 1;
                }
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
        (void)tail_adj;
        if (!item[0]) {
            continue;   /* a stem mark alone */
        }
        size_t il = strlen(item);
        if (on + il + 8 >= cap) {
            snprintf(why, why_cap, "expected a shorter pattern, found one of over %zu bytes", cap);
            return 1;
        }
        on += (size_t)snprintf(out + on, cap - on, "%s%s", first ? "" : (adj ? " " : " ** "), item);
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
        dreport(d, true, line, 1, "expected a transformation %s", shape);
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
            dreport(d, true, line, (uint32_t)(tok[vars[v]].p - t.p) + 1,
                    "expected a variable of the left side (one of %s), found '%c'", names, x);
            return true;
        }
    }
    char code[8] = "";
    str cs = tok[10];
    if (!(cs.len == 1 && cs.p[0] == 'Q')) {
        if (cs.len >= (ptrdiff_t)sizeof code || !valid_code(cs)) {
            dreport(d, true, line, (uint32_t)(cs.p - t.p) + 1, "expected a CAMEO code or Q, found \"%.*s\"",
                    (int)cs.len, (const char *)cs.p);
            return true;
        }
        memcpy(code, cs.p, (size_t)cs.len);
        if (!kb_cameo(d->B->k, code)) {
            dreport(d, false, line, (uint32_t)(cs.p - t.p) + 1, "code \"%s\" is not in the CAMEO list; used as written",
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
            dreport(d, true, line, (uint32_t)(w.p - t.p) + 1, "expected a verb, found a word of %td bytes", w.len);
            return true;
        }
        for (ptrdiff_t q = 0; q < w.len; q++) {
            low[q] = (char)(w.p[q] >= 'A' && w.p[q] <= 'Z' ? w.p[q] + 32 : w.p[q]);
        }
        /* written in its base form, as the verb lines are: the lemma */
        uint32_t id = word_id(d->B->k, (str){(const uint8_t *)low, w.len});
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
    str ph = dphrase(dtrim((str){t.p, br - t.p}), buf, sizeof buf);
    uint32_t ids[32];
    int n = ph.len ? text_phrase_ids(k, ph, ids, 32) : 0;
    if (n <= 0) {
        dreport(d, true, line, 1, "expected a time phrase of 1 to 32 words before its code");
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
static bool dslot_patterns(dctx *d, const dsyn *syns, int n_syns, str rest, const char *verbs, uint32_t line,
                           const lines *fake, const char *code, const char *code2, uint8_t n_syn)
{
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
            char body[1024], pat[8192], why[160];
            bool head_done = false;
            int bn = snprintf(body, sizeof body, "%.*s%.*s%.*s", (int)a, (const char *)rest.p, ml, m,
                              (int)(rest.len - le), (const char *)rest.p + le);
            if (bn < 0 || (size_t)bn >= sizeof body ||
                dtab_pattern(syns, n_syns, (str){(const uint8_t *)body, bn}, verbs, d->semi, pat, sizeof pat, why,
                             sizeof why, &head_done) ||
                !head_done) {
                continue;   /* the line's own pattern has been checked */
            }
            const pattern *before = d->B->pats;
            ok = dadd_pattern(d, line, fake, code, code2, (str){(const uint8_t *)pat, (ptrdiff_t)strlen(pat)}) && ok;
            for (pattern *q = d->B->pats; q && q != before; q = q->next) {
                q->n_syn = n_syn ? n_syn - 1 : 0;
            }
        }
    }
    return ok;
}

static bool dload_verbs(dctx *d, const uint8_t *data, size_t len)
{
    builder *B = d->B;
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    dsyn *syns = calloc(256, sizeof *syns);
    if (!syns) {
        return false;
    }
    int n_syns = 0;
    dsyn *cur_syn = NULL;
    char block_code[8] = "", block_code2[8] = "";
    char verbs[4096] = "";         /* "=a|b|c" heads of the current block */
    char last_head[128] = "";      /* the last verb line's verb (irregular forms) */
    bool ok = true;
    /* The TABARI / PETRARCH-1 syntax has no CAMEO.2.0 phrase groups
     * "(PREP ...)" and no "VERB PATTERNS" section; TABARI's own files have
     * no "--- BLOCK ---" lines either: each verb line starts a block. */
    bool cameo2 = false, blocks = false;
    for (size_t q = 0; q + 3 < len; q++) {
        if (q == 0 || data[q - 1] == '\n') {
            if (data[q] == '-' && data[q + 1] == '-' && data[q + 2] == '-') {
                blocks = true;
            }
            if (data[q] == '-' && data[q + 1] == ' ') {
                for (size_t r = q; r < len && data[r] != '\n' && data[r] != '#'; r++) {
                    cameo2 |= data[r] == '(';
                }
            }
            if (len - q > 20 && memcmp(data + q, "####### VERB PATTERNS", 21) == 0) {
                cameo2 = true;
            }
        }
    }
    bool tab = !cameo2, in_syn = false, in_time = false;
    while (ok && dnext(&L)) {
        str t = dtrim(L.text);
        if (t.len == 0) {
            continue;
        }
        lines fake = {d->path, NULL, NULL, L.line, {{0}}, {1, 1, 1, 1, 1, 1, 1, 1}, 0};
        if (t.p[0] == '<') {
            /* TABARI sections: <SYNSETS> is read as any synset; <TIME>
             * (time-shift phrases) is not used */
            if (t.len >= 6 && strncasecmp((const char *)t.p, "<TIME>", 6) == 0) {
                in_time = true;
            } else if (t.len >= 7 && strncasecmp((const char *)t.p, "</TIME>", 7) == 0) {
                in_time = false;
            }
            continue;
        }
        if (in_time) {
            /* of the time phrases truce reads those coded ### and +++: they
             * discard the story or mark it complex */
            const uint8_t *br = memchr(t.p, '[', (size_t)t.len);
            if (br && t.p[0] != '-' && br + 4 <= t.p + t.len &&
                (!memcmp(br + 1, "###", 3) || !memcmp(br + 1, "+++", 3)) && !dtime_flag(d, L.line, t, br)) {
                ok = false;
            }
            continue;
        }
        if (t.p[0] == '&' && !(t.len > 1 && t.p[1] == '&')) {
            /* a synset definition (before the patterns) or a use in a line */
            if (n_syns < 256) {
                cur_syn = &syns[n_syns++];
                snprintf(cur_syn->label, sizeof cur_syn->label, "%.*s", (int)t.len, (const char *)t.p);
                while (strlen(cur_syn->label) && (cur_syn->label[strlen(cur_syn->label) - 1] == '_' ||
                                                  cur_syn->label[strlen(cur_syn->label) - 1] == ' ')) {
                    cur_syn->label[strlen(cur_syn->label) - 1] = 0;
                }
                in_syn = true;
            }
            continue;
        }
        if (t.p[0] == '+' && cur_syn && (in_syn || !verbs[0])) {
            /* a member; in full for the TABARI syntax ("+AUSTRIAN FLORIN",
             * "+&TIETYPES_MEMOS") */
            const char *bad = NULL;
            size_t bad_len = 0;
            str mem = dtrim((str){t.p + 1, t.len - 1});
            /* the member as written ends in '_' ("+KRONER_"): the word
             * itself, no stem (dtrim has cut that '_') */
            str rawm = L.text;
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
                continue;
            }
            if (mem.len && !dalts(syns, n_syns, (const char *)mem.p, (size_t)mem.len, mstem, d->semi, cur_syn->phrases,
                                  sizeof cur_syn->phrases, &bad, &bad_len)) {
                if (bad) {
                    dreport(d, true, L.line, (uint32_t)(bad - (const char *)t.p) + 1,
                            "expected a synset defined before, found \"%.*s\"", (int)bad_len, bad);
                } else {
                    dreport(d, true, L.line, 1, "expected fewer synset members, found more than fit");
                }
            }
            char buf[128];
            str m = dphrase((str){t.p + 1, t.len - 1}, buf, sizeof buf);
            const char *last = strrchr(buf, ' ');
            last = last ? last + 1 : buf;
            if (m.len && strlen(cur_syn->heads) + strlen(last) + 2 < sizeof cur_syn->heads) {
                if (cur_syn->heads[0]) {
                    strcat(cur_syn->heads, "|");
                }
                strcat(cur_syn->heads, last);
            }
            continue;
        }
        in_syn = false;
        if (t.p[0] == '{' && last_head[0]) {
            /* TABARI: "{ ACTING_ ACTXD_ ACTUALITY }", the forms of the verb
             * above */
            const uint8_t *cb = memchr(t.p, '}', (size_t)t.len);
            str forms = {t.p + 1, (cb ? cb : t.p + t.len) - t.p - 1};
            FOR_PARTS(forms, ' ', fm) {
                char fb[128];
                str fw = dphrase(fm, fb, sizeof fb);
                exc_pair e = {word_id(B->k, fw), word_id(B->k, (str){(const uint8_t *)last_head,
                                                                        (ptrdiff_t)strlen(last_head)})};
                if (fw.len && !strchr(fb, ' ') && e.form && e.lemma &&
                    !push_exc(&B->vexc, &B->n_vexc, &B->cap_vexc, e)) {
                    ok = false;
                }
                /* a form not ended by '_' is a stem too ("ACTUALITY":
                 * "actualityss") */
                if (d->semi && fw.len && !strchr(fb, ' ') && e.form && e.lemma && fm.p[fm.len - 1] != '_' &&
                    !push_u32(&B->stem_forms, &B->n_stem_forms, &B->cap_stem_forms, e.form)) {
                    ok = false;
                }
            }
            continue;
        }
        if (t.len >= 3 && memcmp(t.p, "---", 3) == 0) {
            /* --- MEANING [CODE] --- */
            const uint8_t *br = memchr(t.p, '[', (size_t)t.len);
            const uint8_t *cb = br ? memchr(br, ']', (size_t)(t.p + t.len - br)) : NULL;
            block_code[0] = block_code2[0] = 0;
            verbs[0] = 0;
            cur_syn = NULL;
            if (br && cb && cb - br - 1 < (ptrdiff_t)sizeof block_code) {
                snprintf(block_code, sizeof block_code, "%.*s", (int)(cb - br - 1), (const char *)br + 1);
                char *colon = strchr(block_code, ':');
                if (colon) {
                    /* [active:passive]: the active code; in the TABARI
                     * syntax [a:b] pairs a with b, the target's side */
                    if (tab) {
                        snprintf(block_code2, sizeof block_code2, "%s", colon + 1);
                    }
                    *colon = 0;
                }
            }
            continue;
        }
        if (t.p[0] == '~') {
            if (!dtransform(d, L.line, t)) {
                free(syns);
                return false;
            }
            continue;
        }
        if (t.p[0] == '#' || (t.len > 1 && t.p[0] == '&' && t.p[1] == '&')) {
            continue;
        }
        /* the code of a line: [c], [a:b] (active a), [:b] passive only */
        const uint8_t *br = NULL;
        for (ptrdiff_t i = t.len - 1; i >= 0; i--) {
            if (t.p[i] == '[') {
                br = t.p + i;
                break;
            }
        }
        char code[8] = "", code2[8] = "";
        char mark = 0;
        str body = t;
        bool subordinate = false;   /* TABARI "[023?]" */
        if (br) {
            const uint8_t *cb = memchr(br, ']', (size_t)(t.p + t.len - br));
            if (!cb) {
                dreport(d, true, L.line, (uint32_t)(br - t.p) + 1, "expected ']' to close the code");
                continue;
            }
            str c = dtrim((str){br + 1, cb - br - 1});
            if (tab && c.len > 1 && (c.p[c.len - 1] == '!' || c.p[c.len - 1] == '?')) {
                mark = (char)c.p[c.len - 1];
            }
            subordinate = tab && d->semi && c.len && c.p[c.len - 1] == '?';
            const uint8_t *colon = memchr(c.p, ':', (size_t)c.len);
            if (colon) {
                if (tab) {
                    str c2 = dtrim((str){colon + 1, c.p + c.len - colon - 1});
                    while (c2.len && !((c2.p[c2.len - 1] >= '0' && c2.p[c2.len - 1] <= '9') ||
                                       (c2.p[c2.len - 1] >= 'A' && c2.p[c2.len - 1] <= 'Z'))) {
                        c2.len--;
                    }
                    snprintf(code2, sizeof code2, "%.*s", (int)(c2.len > 7 ? 7 : c2.len), (const char *)c2.p);
                }
                c.len = colon - c.p;
            }
            while (c.len && !((c.p[c.len - 1] >= '0' && c.p[c.len - 1] <= '9') ||
                              (c.p[c.len - 1] >= 'A' && c.p[c.len - 1] <= 'Z') ||
                              (c.p[c.len - 1] >= 'a' && c.p[c.len - 1] <= 'z') ||
                              c.p[c.len - 1] == '-' || c.p[c.len - 1] == '#' || c.p[c.len - 1] == '+')) {
                c.len--;   /* "[080!]": a stray character; "[174K]" is a code */
            }
            snprintf(code, sizeof code, "%.*s", (int)(c.len > 7 ? 7 : c.len), (const char *)c.p);
            body = dtrim((str){t.p, br - t.p});
        } else {
            snprintf(code, sizeof code, "%s", block_code);
            snprintf(code2, sizeof code2, "%s", block_code2);
        }
        /* [---] is the null code; TABARI's [###] (discard) and [+++]
         * (complex) stop the verb from being coded as well */
        bool null_code = code[0] == 0 || code[0] == '-' || code[0] == '+' || code[0] == '#';
        if (!null_code && !kb_cameo(B->k, code)) {
            bool word = true;
            for (const char *q = code; *q; q++) {
                word &= (*q >= '0' && *q <= '9') || (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z');
            }
            if (!word) {
                dreport(d, true, L.line, br ? (uint32_t)(br - t.p) + 2 : 1,
                        "expected a code of the CAMEO list, found \"%s\"", code);
                continue;
            }
            /* the old suites use WEIS codes: kept, as their tests expect */
            dreport(d, false, L.line, br ? (uint32_t)(br - t.p) + 2 : 1,
                    "code \"%s\" is not in the CAMEO list; used as written", code);
        }
        for (const char *q = code2; *q; q++) {
            if (!((*q >= '0' && *q <= '9') || (*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z'))) {
                code2[0] = 0;
                break;
            }
        }
        /* TABARI's [###] (discard the story) and [+++] (a complex
         * sentence) are kept: the coder flags the story (see
         * truce_coder_story_flag) or, by default, codes nothing */
        bool flag_code = !strcmp(code, "###") || !strcmp(code, "+++");
        if (t.p[0] == '-' && tab) {
            if (!verbs[0] || code[0] == 0) {
                continue;
            }
            if (null_code && !flag_code) {
                snprintf(code, sizeof code, "---");
            }
            char pat[8192], why[160];
            bool head_done;
            /* the body with its final '_' ("- * OFF_"): only blanks cut */
            str rest = {body.p + 1, (br ? br : t.p + t.len) - body.p - 1};
            while (rest.len && (rest.p[0] == ' ' || rest.p[0] == '\t')) {
                rest.p++, rest.len--;
            }
            while (rest.len && (rest.p[rest.len - 1] == ' ' || rest.p[rest.len - 1] == '\t')) {
                rest.len--;
            }
            uint32_t col = dtab_pattern(syns, n_syns, rest, verbs, d->semi, pat, sizeof pat, why, sizeof why,
                                        &head_done);
            if (col) {
                dreport(d, true, L.line, (uint32_t)(rest.p - t.p) + col, "%s", why);
                continue;
            }
            if (!head_done) {
                dreport(d, true, L.line, 1, "expected '*' for the verb in the pattern");
                continue;
            }
            const pattern *before = d->B->pats;
            ok = dadd_pattern(d, L.line, &fake, code, code2[0] && !null_code ? code2 : NULL,
                              (str){(const uint8_t *)pat, (ptrdiff_t)strlen(pat)}) && ok;
            /* its synsets, for the choice between patterns (best_pattern) */
            uint8_t n_syn = 0;
            for (ptrdiff_t q = 0; q < rest.len; q++) {
                n_syn += rest.p[q] == '&' && n_syn < 255;
            }
            for (pattern *q = d->B->pats; q && q != before; q = q->next) {
                q->n_syn = n_syn;
            }
            ok = dslot_patterns(d, syns, n_syns, rest, verbs, L.line, &fake, code,
                                code2[0] && !null_code ? code2 : NULL, n_syn) && ok;
            continue;
        }
        if (t.p[0] == '-') {
            /* - PRE * POST [CODE]; [---] makes a null pattern that, when it
             * matches best, stops the verb from being coded */
            if (!verbs[0] || code[0] == 0) {
                continue;
            }
            if (null_code) {
                snprintf(code, sizeof code, "---");
            }
            char pat[8192];
            size_t pn = 0;
            bool head_done = false;
            str rest = dtrim((str){body.p + 1, body.len - 1});
            for (ptrdiff_t i = 0; i < rest.len && pn + 64 < sizeof pat;) {
                while (i < rest.len && (rest.p[i] == ' ' || rest.p[i] == '\t')) {
                    i++;
                }
                if (i >= rest.len) {
                    break;
                }
                uint8_t c0 = rest.p[i];
                ptrdiff_t j = i;
                if (c0 == '{' || c0 == '(') {
                    uint8_t close = c0 == '{' ? '}' : ')';
                    while (j < rest.len && rest.p[j] != close) {
                        j++;
                    }
                    str inner = dtrim((str){rest.p + i + 1, (j < rest.len ? j : rest.len) - i - 1});
                    /* {MOD HEAD}: a noun phrase, head last; (PREP NOUN) */
                    char buf[4096];
                    dphrase(inner, buf, sizeof buf);
                    /* "(FOR {FIGHTER &AIRCRAFT})": a noun phrase inside */
                    for (char *r = buf, *w2 = buf;; r++) {
                        if (*r != '{' && *r != '}') {
                            *w2++ = *r;
                        }
                        if (!*r) {
                            break;
                        }
                    }
                    char *first = buf, *last = strrchr(buf, ' ');
                    /* "(WITH &WEAPON)": a synset inside the phrase */
                    const char *lw = last ? last + 1 : first;
                    if (lw[0] == '&') {
                        const char *alts = NULL;
                        for (int s2 = 0; s2 < n_syns; s2++) {
                            if (strcasecmp(lw, syns[s2].label) == 0) {
                                alts = syns[s2].heads;
                            }
                        }
                        if (!alts || !alts[0] || strlen(alts) + 256 >= sizeof buf) {
                            dreport(d, true, L.line, (uint32_t)(rest.p + i - t.p) + 1,
                                    "expected a synset defined before, found \"%s\"", lw);
                            pn = 0;
                            break;
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
                    if (c0 == '(') {
                        char *sp = strchr(buf, ' ');
                        /* a prepositional phrase may follow the object */
                        if (sp) {
                            *sp = 0;
                            pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " * %s * %s", first, last + 1);
                        } else {
                            pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " * %s", first);
                        }
                    } else {
                        pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " * %s", last ? last + 1 : first);
                    }
                    i = j + 1;
                    continue;
                }
                while (j < rest.len && rest.p[j] != ' ' && rest.p[j] != '\t') {
                    j++;
                }
                str w = {rest.p + i, j - i};
                i = j;
                if (str_eq(w, S("*"))) {
                    pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " %s", verbs);
                    head_done = true;
                } else if (str_eq(w, S("^"))) {
                    pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " *");
                } else if (str_eq(w, S("$")) || str_eq(w, S("+"))) {
                    pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " %.*s", (int)w.len, (const char *)w.p);
                } else if (str_eq(w, S("%"))) {
                    /* compound marker: not used */
                } else if (w.p[0] == '&') {
                    const char *alts = NULL;
                    for (int s2 = 0; s2 < n_syns; s2++) {
                        size_t ll = strlen(syns[s2].label);
                        str lw = dtrim(w);
                        if ((size_t)lw.len == ll && memcmp(lw.p, syns[s2].label, ll) == 0) {
                            alts = syns[s2].heads;
                        }
                    }
                    if (!alts || !alts[0]) {
                        dreport(d, true, L.line, (uint32_t)(w.p - t.p) + 1, "expected a synset defined before, found \"%.*s\"",
                                (int)w.len, (const char *)w.p);
                        pn = 0;
                        break;
                    }
                    pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " %s", alts);
                } else {
                    char buf[256];
                    dphrase(w, buf, sizeof buf);
                    if (buf[0]) {
                        pn += (size_t)snprintf(pat + pn, sizeof pat - pn, " %s", buf);
                    }
                }
            }
            if (!pn || !head_done || pn >= sizeof pat - 64) {
                if (pn && !head_done) {
                    dreport(d, true, L.line, 1, "expected '*' for the verb in the pattern");
                }
                continue;
            }
            ok = dadd_pattern(d, L.line, &fake, code, NULL, dtrim((str){(const uint8_t *)pat, (ptrdiff_t)pn})) && ok;
            continue;
        }
        /* a verb line: VERB {IRREGULAR FORMS} [CODE]; "+" marks the verb of
         * a phrase (+CORDON_OFF, WIRE_+TAP) */
        const uint8_t *brace = memchr(body.p, '{', (size_t)body.len);
        str vw = dtrim((str){body.p, brace ? brace - body.p : body.len});
        char buf[256];
        dphrase(vw, buf, sizeof buf);
        char *plus = strchr(buf, '+');
        char head[128], pre[128] = "", post[128] = "";
        bool head_gap = false;   /* a space (not '_') after the head word */
        if (plus) {
            char *hs = plus + 1, *he = strchr(hs, ' ');
            snprintf(pre, sizeof pre, "%.*s", (int)(plus - buf), buf);
            snprintf(head, sizeof head, "%.*s", (int)(he ? he - hs : (ptrdiff_t)strlen(hs)), hs);
            if (he) {
                snprintf(post, sizeof post, "%s", he + 1);
            }
        } else {
            char *sp = strchr(buf, ' ');
            snprintf(head, sizeof head, "%.*s", (int)(sp ? sp - buf : (ptrdiff_t)strlen(buf)), buf);
            if (sp) {
                snprintf(post, sizeof post, "%s", sp + 1);
            }
            if (sp && d->semi) {
                /* TABARI: "DEATH TOLL RISEN" lets words come between its
                 * words ("death toll has risen"), "BREAK_DOWN" not */
                dverb_post(vw, post, sizeof post, &head_gap);
            }
        }
        for (size_t hl = strlen(head); hl && strchr("=~!$_", head[hl - 1]); hl--) {
            head[hl - 1] = 0;   /* TABARI's stem marks: BAN=, ARM_ */
        }
        if (!head[0] || strchr(head, '&')) {
            continue;
        }
        /* TABARI: a verb is a stem ("RESTOR") unless written with a
         * final '_' ("ARM_") */
        if (d->semi && !pre[0] && (!post[0] || head_gap) &&
            !(!post[0] && vw.len && (vw.p[vw.len - 1] == '_' || vw.p[vw.len - 1] == '=')) &&
            strlen(head) + 2 < sizeof head) {
            strcat(head, "~");   /* "DEATH TOLL RISEN": DEATH a stem too */
        } else if (d->semi && !pre[0] && !post[0] && vw.len && vw.p[vw.len - 1] == '=' &&
                   strlen(head) + 2 < sizeof head) {
            strcat(head, "=");   /* "BAN=": this form only */
        }
        if (tab && !blocks) {
            /* TABARI: a verb line starts the block of its patterns */
            verbs[0] = 0;
            snprintf(block_code, sizeof block_code, "%s", code);
            snprintf(block_code2, sizeof block_code2, "%s", code2);
        }
        snprintf(last_head, sizeof last_head, "%s", head);
        last_head[strcspn(last_head, "~=")] = 0;
        if (brace) {
            /* "BAN {BANS BANNED}": the forms of a verb WordNet may not know */
            const uint8_t *cb = memchr(brace, '}', (size_t)(body.p + body.len - brace));
            str forms = {brace + 1, (cb ? cb : body.p + body.len) - brace - 1};
            FOR_PARTS(forms, ' ', fm) {
                char fb[128];
                str fw = dphrase(fm, fb, sizeof fb);
                exc_pair e = {word_id(B->k, fw), word_id(B->k, (str){(const uint8_t *)last_head,
                                                                        (ptrdiff_t)strlen(last_head)})};
                if (fw.len && !strchr(fb, ' ') && !strchr(fb, '+') && e.form && e.lemma &&
                    !push_exc(&B->vexc, &B->n_vexc, &B->cap_vexc, e)) {
                    ok = false;
                }
            }
        }
        /* the block's verbs are the heads of its patterns; a TABARI verb
         * phrase ("CALLED_ON") is the '*' of its own patterns */
        if (tab && !blocks && (pre[0] || post[0])) {
            snprintf(verbs, sizeof verbs, "%s%s=%s%s%s", pre, pre[0] ? " " : "", head,
                     post[0] ? (head_gap ? " ** " : " ") : "", post);
        } else if (!pre[0] && !post[0] && strlen(verbs) + strlen(head) + 2 < sizeof verbs) {
            if (!verbs[0]) {
                snprintf(verbs, sizeof verbs, "=%s", head);
            } else {
                strcat(verbs, "|");
                strcat(verbs, head);
            }
        }
        if (null_code && !flag_code) {
            continue;
        }
        char pat[512];
        snprintf(pat, sizeof pat, "%s%s=%s%s%s", pre, pre[0] ? " " : "", head,
                 post[0] ? (head_gap ? " ** " : " ") : "", post);
        pattern *before = B->pats;
        ok = dadd_pattern(d, L.line, &fake, code, code2[0] ? code2 : NULL,
                          (str){(const uint8_t *)pat, (ptrdiff_t)strlen(pat)}) && ok;
        for (pattern *q = B->pats; q && q != before; q = q->next) {
            q->verb_line = true;   /* only the patterns this line added */
            q->mark = mark;
            q->subordinate = subordinate;
        }
    }
    free(syns);
    return ok;
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

static bool dload(builder *B, const truce_dict_file *f, truce_dict_warn warn, void *user,
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
        ok = dload_actors(&d, (const uint8_t *)f->data, f->len);
        break;
    case 2:
        ok = dload_agents(&d, (const uint8_t *)f->data, f->len);
        break;
    case 3:
        ok = dload_verbs(&d, (const uint8_t *)f->data, f->len);
        break;
    case 4:
        ok = dload_discards(&d, (const uint8_t *)f->data, f->len);
        break;
    case 5:
        ok = dload_issues(&d, (const uint8_t *)f->data, f->len);
        break;
    default:
        dreport(&d, false, 0, 0, "preposition and option files are not used; skipped");
        break;
    }
    *n_errors += d.n_errors;
    *n_warnings += d.n_warnings;
    return ok;
}

static const embedded_file *find_file(const char *name)
{
    for (size_t i = 0; i < truce_n_embedded; i++) {
        if (strcmp(truce_embedded[i].name, name) == 0) {
            return &truce_embedded[i];
        }
    }
    return NULL;
}

/* The Bloom bits of a pattern's one-word elements (pattern.need): the
 * words, as pattern_possible in code.c reads them, that a sentence must
 * hold for the pattern to match. */
static void pattern_need(pattern *p)
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

static bool finish(builder *B)
{
    kb *k = B->k;
    uint32_t n = k->words.n + 1;
    k->is_verb = calloc(n, 1);
    k->wclass = calloc(n, sizeof *k->wclass);
    if (!k->wclass) {
        err_set(B->err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return false;
    }
    for (size_t i = 0; i < B->n_wc; i++) {
        k->wclass[B->wc_ids[i]] |= B->wc_bits[i];
    }
    k->vexc = calloc(n, sizeof *k->vexc);
    k->nexc = calloc(n, sizeof *k->nexc);
    k->vheads = calloc(n, sizeof *k->vheads);
    k->head_flags = calloc(n, 1);
    k->nheads = calloc(n, sizeof *k->nheads);
    k->heads_cap = n;
    if (!k->is_verb || !k->vexc || !k->nexc || !k->vheads || !k->nheads || !k->head_flags) {
        err_set(B->err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return false;
    }
    for (size_t i = 0; i < B->n_verb_ids; i++) {
        k->is_verb[B->verb_ids[i]] = 1;
    }
    for (size_t i = 0; i < B->n_stem_forms; i++) {
        k->is_verb[B->stem_forms[i]] |= 4;
    }
    for (size_t i = 0; i < B->n_vexc; i++) {
        if (!k->vexc[B->vexc[i].form]) {
            k->vexc[B->vexc[i].form] = B->vexc[i].lemma;
        }
    }
    for (size_t i = 0; i < B->n_nexc; i++) {
        if (!k->nexc[B->nexc[i].form]) {
            k->nexc[B->nexc[i].form] = B->nexc[i].lemma;
        }
    }
    /* B->pats is in reverse file order; pushing each onto its head's list
     * restores file order. */
    for (pattern *p = B->pats, *next; p; p = next) {
        next = p->next;
        pattern_need(p);
        pattern **list = p->noun ? &k->nheads[p->head] : &k->vheads[p->head];
        if (!p->noun) {
            k->is_verb[p->head] |= 2;   /* a pattern verb is a verb (2: not WordNet's) */
            k->head_flags[p->head] |= p->flags;
        }
        p->next = *list;
        *list = p;
    }
    /* a transformation "~ a (b c VERB2) SAY = ..." says that SAY reports
     * a clause: its verb is coded as a verb of saying (unless another
     * gives it an infinitive, "~ a (_ b ATTACK) WANT": then "wants B to
     * attack" is not a report) */
    for (const transform *t = k->transforms; t; t = t->next) {
        bool infinitive = false;
        for (const transform *u = k->transforms; u; u = u->next) {
            infinitive |= u->verb1 == t->verb1 && u->b == '_';
        }
        if (t->b != '_' && !infinitive && k->vheads[t->verb1]) {
            k->head_flags[t->verb1] |= VFLAG_SPEECH;
            for (pattern *p = k->vheads[t->verb1]; p; p = p->next) {
                p->flags |= VFLAG_SPEECH;
            }
        }
    }
    return true;
}

#define W(field, s) k->w.field = word_id(k, S(s))

truce_kb *truce_kb_open(truce_error *err)
{
    size_t len;
    if (truce_kb_image(&len) && len) {
        return kb_open_builtin_image(err);
    }
    return truce_kb_open_dicts(NULL, 0, true, NULL, NULL, NULL, err);
}

truce_kb *truce_kb_open_dicts(const truce_dict_file *files, size_t n_files, bool builtin,
                              truce_dict_warn warn, void *user, size_t *n_errors,
                              truce_error *err)
{
    size_t errors = 0, warnings = 0;
    kb *k = calloc(1, sizeof *k);
    if (!k) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return NULL;
    }
    arena_init(&k->a, 1 << 20);
    if (!intern_init(&k->words, &k->a)) {
        free(k);
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return NULL;
    }
    builder B = {0};
    B.k = k;
    B.err = err;
    bool ok = true;
    /* order matters: the CAMEO table before the verbs that cite it */
    const embedded_file *f;
    ok = ok && (f = find_file("wordnet/verbs.txt")) && load_wn_verbs(&B, f);
    ok = ok && (f = find_file("wordnet/verb.exc")) && load_wn_exc(&B, f, true);
    ok = ok && (f = find_file("wordnet/noun.exc")) && load_wn_exc(&B, f, false);
    ok = ok && (f = find_file("lexicon.tsv")) && load_lexicon(&B, f);
    ok = ok && (f = find_file("cameo.tsv")) && load_cameo(&B, f);
    ok = ok && (f = find_file("grammar.tsv")) && load_grammar(&B, f);
    ok = ok && (f = find_file("modality.tsv")) && load_modality(&B, f);
    if (builtin) {
        ok = ok && (f = find_file("iso3166.tsv")) && load_iso(&B, f);
        ok = ok && (f = find_file("countries.tsv")) && load_countries(&B, f);
        ok = ok && (f = find_file("actors.tsv")) && load_named(&B, f);
        for (size_t i = 0; ok && i < truce_n_embedded; i++) {
            if (strncmp(truce_embedded[i].name, "people/", 7) == 0) {
                ok = load_named(&B, &truce_embedded[i]);
            }
        }
        ok = ok && (f = find_file("agents.tsv")) && load_agents(&B, f);
        ok = ok && (f = find_file("verbs.txt")) && load_verbs(&B, f);
    }
    for (size_t i = 0; ok && i < n_files; i++) {
        ok = dload(&B, &files[i], warn, user, &errors, &warnings);
        if (!ok) {
            err_set(err, TRUCE_ENOMEM, files[i].name, 0, 0, -1, "out of memory loading the dictionary");
        }
    }
    if (n_errors) {
        *n_errors = errors;
    }
    if (ok) {
        W(the, "the"); W(a, "a"); W(an, "an"); W(to, "to"); W(of, "of"); W(by, "by");
        W(and_, "and"); W(or_, "or"); W(nor, "nor"); W(not_, "not"); W(nt, "n't"); W(never, "never");
        W(no, "no"); W(s, "'s"); W(that, "that"); W(which, "which"); W(who, "who");
        W(said, "said"); W(according, "according"); W(with, "with"); W(between, "between");
        W(in, "in"); W(at, "at"); W(near, "near"); W(along, "along"); W(from, "from");
        W(on, "on"); W(be, "be"); W(have, "have"); W(do_, "do"); W(will, "will");
        W(would, "would"); W(shall, "shall"); W(may, "may"); W(might, "might");
        W(could, "could"); W(can, "can"); W(should, "should"); W(must, "must");
        W(comma, ","); W(period, "."); W(colon, ":"); W(semicolon, ";"); W(quote, "\"");
        W(lparen, "("); W(rparen, ")"); W(lbracket, "["); W(rbracket, "]"); W(dash, "-");
        W(former, "former"); W(also, "also"); W(since, "since"); W(last, "last");
        W(this, "this"); W(yesterday, "yesterday"); W(today, "today"); W(ago, "ago");
        W(when, "when"); W(while_, "while"); W(after, "after"); W(before, "before");
        W(if_, "if"); W(unless, "unless"); W(whether, "whether"); W(as, "as"); W(for_, "for");
        W(into, "into"); W(across, "across"); W(inside, "inside"); W(around, "around");
        W(within, "within"); W(over, "over"); W(his, "his"); W(her, "her"); W(its, "its");
        W(their, "their"); W(our, "our"); W(my, "my"); W(your, "your"); W(he, "he");
        W(she, "she"); W(they, "they"); W(we, "we"); W(i, "i"); W(it, "it"); W(but, "but");
        W(because, "because");
        ok = finish(&B);
    } else if (err && err->code == TRUCE_OK) {
        err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "built-in knowledge is incomplete (a data file is missing)");
    }
    free(B.verb_ids);
    free(B.stem_forms);
    free(B.wc_ids);
    free(B.wc_bits);
    free(B.vexc);
    free(B.nexc);
    if (!ok) {
        truce_kb_close(k);
        return NULL;
    }
    k->n_lex = B.n_lex;
    return k;
}

void truce_kb_close(truce_kb *k)
{
    if (!k) {
        return;
    }
    if (k->image) {
        free(k);   /* everything else lives in the image */
        return;
    }
    trie_free(&k->actors);
    trie_free(&k->discards);
    trie_free(&k->issues);
    intern_free(&k->words);
    free(k->is_verb);
    free(k->lex_line);
    free(k->wclass);
    free(k->vexc);
    free(k->nexc);
    free(k->vheads);
    free(k->head_flags);
    free(k->nheads);
    arena_free(&k->a);
    free(k);
}

const cameo_info *kb_cameo(const kb *k, const char *code)
{
    int slot = cameo_slot(code);
    if (slot >= 0 && slot < 50000 && k->cameo_index[slot]) {
        return &k->cameo[k->cameo_index[slot] - 1];
    }
    /* binary search would need a sorted table; the file is in code order
     * but 2-digit roots sort before their children, so scan (300 rows,
     * used at load time and once per event). */
    for (uint32_t i = 0; i < k->n_cameo; i++) {
        if (strcmp(k->cameo[i].code, code) == 0) {
            return &k->cameo[i];
        }
    }
    return NULL;
}

/* ---- morphology ------------------------------------------------------- */

static uint32_t find_word(const kb *k, const uint8_t *s, ptrdiff_t n)
{
    return intern_find(&k->words, (str){s, n});
}

static bool verb_ok(const kb *k, uint32_t id)
{
    return id && id < k->heads_cap && k->is_verb[id];
}

static bool vowel(uint8_t ch)
{
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* Does s[0..n) end consonant-vowel-consonant (not w, x or y last)? */
static bool cvc(const uint8_t *s, ptrdiff_t n)
{
    uint8_t c3 = s[n - 1], v = s[n - 2], c1 = s[n - 3];
    return !vowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y' && vowel(v) && !vowel(c1) &&
           c3 >= 'a' && c3 <= 'z' && c1 >= 'a' && c1 <= 'z';
}

uint32_t kb_verb_lemma(const kb *k, const uint8_t *w, ptrdiff_t n, uint8_t *vform)
{
    *vform = VF_NONE;
    if (!k->vexc || n < 2 || n > 40) {
        return 0;
    }
    uint32_t id = find_word(k, w, n);
    if (id && id < k->heads_cap && k->vexc[id] && verb_ok(k, id) && k->vheads[id] &&
        !k->vheads[k->vexc[id]]) {
        /* "lay down arms": "lay" is also the past of "lie", but only the
         * verb "lay" has patterns; a past form that only a dictionary lists
         * as a verb of its own ("SAID", "LEFT") stays a past form */
        *vform = k->is_verb[id] & 1 ? VF_BASE : VF_ED;
        return id;
    }
    if (id && id < k->heads_cap && k->vexc[id]) {
        /* irregular: past/participle unless it ends in s */
        *vform = w[n - 1] == 's' ? VF_S : (n > 4 && memcmp(w + n - 3, "ing", 3) == 0 ? VF_ING : VF_ED);
        return k->vexc[id];
    }
    uint8_t buf[48];
    struct { const char *suf; const char *rep; uint8_t vf; } rules[] = {
        {"ies", "y", VF_S}, {"es", "", VF_S}, {"es", "e", VF_S}, {"s", "", VF_S},
        {"ied", "y", VF_ED}, {"ed", "", VF_ED}, {"ed", "e", VF_ED},
        {"ying", "ie", VF_ING}, {"ing", "", VF_ING}, {"ing", "e", VF_ING},
    };
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        ptrdiff_t sl = (ptrdiff_t)strlen(rules[r].suf), rl = (ptrdiff_t)strlen(rules[r].rep);
        if (n <= sl + 1 || memcmp(w + n - sl, rules[r].suf, (size_t)sl) != 0) {
            continue;
        }
        ptrdiff_t stem = n - sl;
        memcpy(buf, w, (size_t)stem);
        memcpy(buf + stem, rules[r].rep, (size_t)rl);
        uint32_t c = find_word(k, buf, stem + rl);
        /* "staged", "hoped", "fined": a stem ending consonant-vowel-
         * consonant would have doubled its last letter (hop -> hopped),
         * so the lemma is the one with a final e (stage, hope, fine) */
        if (verb_ok(k, c) && rl == 0 && rules[r].vf != VF_S && stem >= 3 && cvc(buf, stem)) {
            buf[stem] = 'e';
            uint32_t ce = find_word(k, buf, stem + 1);
            if (verb_ok(k, ce)) {
                *vform = rules[r].vf;
                return ce;
            }
        }
        if (verb_ok(k, c)) {
            *vform = rules[r].vf;
            return c;
        }
        /* doubled final consonant: stopped, shelling -> stop, shell? */
        if (rl == 0 && stem >= 3 && buf[stem - 1] == buf[stem - 2] &&
            (rules[r].vf == VF_ED || rules[r].vf == VF_ING)) {
            c = find_word(k, buf, stem - 1);
            if (verb_ok(k, c)) {
                *vform = rules[r].vf;
                return c;
            }
        }
    }
    if (verb_ok(k, id)) {
        *vform = VF_BASE;
        return id;
    }
    /* "reimposed", "re-imposed", "reopens": the verb without its prefix */
    if (n > 5 && w[0] == 'r' && w[1] == 'e') {
        ptrdiff_t skip = w[2] == '-' ? 3 : 2;
        return kb_verb_lemma(k, w + skip, n - skip, vform);
    }
    return 0;
}

uint32_t kb_noun_lemma(const kb *k, const uint8_t *w, ptrdiff_t n)
{
    if (!k->nexc || n < 3 || n > 40) {
        return 0;
    }
    uint32_t id = find_word(k, w, n);
    if (id && id < k->heads_cap && k->nexc[id]) {
        return k->nexc[id];
    }
    if (w[n - 1] != 's') {
        return 0;
    }
    uint8_t buf[48];
    if (n > 3 && memcmp(w + n - 3, "ies", 3) == 0) {
        memcpy(buf, w, (size_t)(n - 3));
        buf[n - 3] = 'y';
        uint32_t c = find_word(k, buf, n - 2);
        if (c) {
            return c;
        }
    }
    if (n > 2 && w[n - 2] == 'e') {
        uint32_t c = find_word(k, w, n - 2);
        if (c) {
            return c;
        }
    }
    return find_word(k, w, n - 1);
}
