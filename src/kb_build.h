/* kb_build.h — the knowledge loaders' shared internals.
 *
 * What kb.c (the struct's lifecycle and finish), kb_builtin.c (the data/
 * files), patc.c (the pattern compiler) and the dictionary readers
 * (dict_read.c, dict_actors.c, dict_verbs.c) share while a kb is being
 * built: the builder with its growing lists, small text helpers, and each
 * module's entry points. Nothing here outlives loading, and nothing outside
 * those modules includes it; the loaded kb's shape is kb.h's.
 */
#ifndef TRUCE_KB_BUILD_H
#define TRUCE_KB_BUILD_H

#include "kb.h"

#include <stdlib.h>

/* ---- the builder (kb.c) ------------------------------------------------ */

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
    uint32_t *wc_ids;
    uint64_t *wc_bits;
    size_t n_wc, cap_wc, n_wcb, cap_wcb;
    truce_error *err;
    uint32_t n_lex;        /* lexicon lines, set in the kb when it is built */
} builder;

static inline bool push_u32(uint32_t **v, size_t *n, size_t *cap, uint32_t x)
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

static inline bool push_u64(uint64_t **v, size_t *n, size_t *cap, uint64_t x)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 1024;
        uint64_t *nv = realloc(*v, nc * sizeof *nv);
        if (!nv) {
            return false;
        }
        *v = nv;
        *cap = nc;
    }
    (*v)[(*n)++] = x;
    return true;
}

static inline bool push_exc(exc_pair **v, size_t *n, size_t *cap, exc_pair x)
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

/* ---- text helpers ------------------------------------------------------ */

/* The line at *p (without its newline); *p moves past it. */
static inline str take_line(const uint8_t **p, const uint8_t *end)
{
    const uint8_t *b = *p, *e = b;
    while (e < end && *e != '\n') {
        e++;
    }
    *p = e < end ? e + 1 : e;
    return (str){b, e - b};
}

static inline str trim(str s)
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

static inline bool valid_code(str s)
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

/* ---- patc.c: the pattern compiler -------------------------------------
 *
 * The readers of every syntax (data/verbs.txt, PETRARCH's CAMEO.2.0,
 * TABARI's .verbs) write a pattern into a patc element by element, each
 * in truce's notation (data/README.md: a word's alternatives "a|b_c~",
 * the head "=a|b", a gap "*" or "**", a slot "$" "+" "%" "^") with the
 * column where their source wrote it; patc_end compiles it, all or
 * nothing, so a pattern a reader gives up halfway adds no words. */

enum { PATC_TEXT = 8192, PATC_ELEMS = 80 };

typedef struct {
    const char *file;
    uint32_t line;
    uint32_t col;              /* where the pattern starts: errors about it whole */
    size_t len;                /* of text */
    int n_el;
    bool more;                 /* elements past PATC_ELEMS (64 is the limit) */
    struct {
        uint32_t off, len;     /* in text */
        uint32_t col;          /* where the source wrote it */
    } el[PATC_ELEMS];
    char text[PATC_TEXT];      /* the pattern in truce's notation, for provenance */
} patc;

/* Start a pattern written at file:line, from column col. */
void patc_begin(patc *pc, const char *file, uint32_t line, uint32_t col);
/* Append to the pattern's text sep (blanks, or "" first) and frag, one or
 * more elements parted by spaces, written at column col of the source
 * (verbatim: frag is the source's own text, and each element's column is
 * col plus its offset). False, with nothing appended, if the text would
 * pass PATC_TEXT bytes. */
bool patc_put(patc *pc, const char *sep, str frag, uint32_t col, bool verbatim);
/* Cut blanks around the pattern's text, and '_' after it. */
void patc_trim(patc *pc);
/* Compile the pattern for CAMEO code `code` (and TABARI's paired code
 * code2, or NULL) with flags (VFLAG_*): one record per head alternative
 * onto B->pats. False with B->err filled on an error (nothing is added):
 * at the column of the element at fault, or of the pattern if it is the
 * whole pattern's. */
bool patc_end(builder *B, const patc *pc, const char *code, const char *code2, uint8_t flags);
/* patc_put of a C string, not verbatim. */
static inline bool patc_put_str(patc *pc, const char *sep, const char *el, uint32_t col)
{
    return patc_put(pc, sep, (str){(const uint8_t *)el, (ptrdiff_t)strlen(el)}, col, false);
}
/* patc_begin, patc_put(text verbatim) and patc_end in one: a pattern
 * written in truce's notation at file:line:col. */
bool patc_compile(builder *B, const char *file, uint32_t line, uint32_t col, const char *code,
                  const char *code2, str text, uint8_t flags);
/* Fill p->need, the Bloom bits of its one-word elements. */
void patc_need(pattern *p);

/* ---- kb_builtin.c: the data/ files ------------------------------------- */

/* The tables every kb has, with or without the built-in knowledge: WordNet
 * lemmas and exceptions, the lexicon, the CAMEO table, word classes,
 * modality. False with B->err filled (or left empty if a file is missing). */
bool kb_builtin_tables(builder *B);
/* The built-in knowledge: countries, actors and people, agents, verb
 * patterns. False as kb_builtin_tables. */
bool kb_builtin_knowledge(builder *B);

/* ---- dict_*.c: user dictionaries (PETRARCH and TABARI formats) ---------- */

typedef struct {
    builder *B;
    const char *path;
    truce_dict_warn warn;
    void *user;
    size_t n_errors, n_warnings;
    bool warned_yy;
    bool semi;             /* TABARI files: ';' starts a comment */
} dctx;

typedef struct {
    const uint8_t *p, *end;
    uint32_t line;
    str text;      /* the line, comment cut, right-trimmed */
    str raw;
    bool in_comment;
    bool semi;             /* cut at ';' as well as '#' (TABARI) */
} dlines;

/* dict_read.c: load one user dictionary into B; problems go to warn and
 * are added to the counts. False only when memory runs out. */
bool dict_load(builder *B, const truce_dict_file *f, truce_dict_warn warn, void *user,
               size_t *n_errors, size_t *n_warnings);

/* dict_lines.c: count a problem at line:col and pass it to the caller's
 * warn. */
void dict_report(dctx *d, bool error, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Next line; PETRARCH cuts a line at its first '#', skips "<!-- -->". */
bool dict_next(dlines *L);
/* s without blanks around it (nor a trailing '_'). */
str dict_trim(str s);
/* "WORDS_LIKE_THIS" -> "words like this" (into buf, NUL-terminated). */
str dict_phrase(str s, char *buf, size_t cap);

/* Compile a user verb dictionary's pattern; a bad one is reported where
 * its bad element was written and skipped. False only when memory runs
 * out. */
bool dict_add_pattern(dctx *d, const patc *pc, const char *code, const char *code2);

/* dict_tabari.c: synsets ("&CURRENCY" and its "+" members) and the TABARI
 * / PETRARCH-1 pattern syntax. */
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
/* Append to out (truce alternatives "a|b_c") the phrase in[0..n) as
 * words joined by '_', lower case, stem marks (~ = $ ! trailing _) cut; a
 * synset "&X" inside it gives one alternative per member; with open, a
 * space between words is a gap ('+'). False if a synset is unknown (its
 * name in *bad) or out is full (*bad NULL). */
bool dict_alts(const dsyn *syns, int n_syns, const char *in, size_t n, bool stem, bool open, char *out, size_t cap,
               const char **bad, size_t *bad_len);
/* Write a TABARI / PETRARCH-1 pattern body (its '*' becoming the head
 * alternatives verbs, "=a|b"), written from column col, into pc; with
 * stems, TABARI's own files' stems. Returns the column (1-based in body)
 * of a fault and fills why, or 0; *head_done: it had its '*'. */
uint32_t dict_tab_pattern(const dsyn *syns, int n_syns, str body, uint32_t col, const char *verbs, bool stems,
                          patc *pc, char *why, size_t why_cap, bool *head_done);
/* The patterns a TABARI pattern line `rest` (from column col) gives
 * through the synset members with an actor slot ("* &CURRENCY" and
 * "+PESO_$": "* PESO_$"), one per member, with n_syn - 1 synsets. False
 * only when memory runs out. */
bool dict_slot_patterns(dctx *d, const dsyn *syns, int n_syns, str rest, uint32_t col, const char *verbs,
                        uint32_t line, const char *code, const char *code2, uint8_t n_syn);
/* The words after the head of a TABARI verb phrase vw ("DEATH TOLL
 * RISEN", "BREAK_DOWN") in truce's pattern syntax: lower case, a space
 * becoming " ** " (words may come between), '_' a plain " " (the next
 * word right after). *head_gap: a space follows the head. */
void dict_verb_post(str vw, char *out, size_t cap, bool *head_gap);

/* The readers of each kind of file (false only when memory runs out). */
bool dict_load_actors(dctx *d, const uint8_t *data, size_t len);
bool dict_load_agents(dctx *d, const uint8_t *data, size_t len);
bool dict_load_discards(dctx *d, const uint8_t *data, size_t len);
bool dict_load_issues(dctx *d, const uint8_t *data, size_t len);
bool dict_load_verbs(dctx *d, const uint8_t *data, size_t len);

#endif
