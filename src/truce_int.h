/* truce_int.h — types shared inside src/, never installed.
 *
 * Arena, string views, the interning table, tokens and sentences, and the
 * knowledge base's in-memory shape. Dependencies point one way:
 * arena/str <- intern <- text <- kb <- code <- write.
 */
#ifndef TRUCE_INT_H
#define TRUCE_INT_H

#include "truce.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- arena.c ----------------------------------------------------------
 * A list of blocks; allocation bumps a pointer. Reset frees everything at
 * once. With -DTRUCE_ARENA_MALLOC every allocation is its own malloc so
 * ASan sees overruns. Not thread-safe: one arena per thread. */
typedef struct arena_block arena_block;
typedef struct {
    arena_block *head;
    size_t block_size;
    size_t total;          /* bytes handed out since the last reset */
    size_t limit;          /* 0 = none; allocations past it fail */
} arena;

void arena_init(arena *a, size_t block_size);
void arena_reset(arena *a);    /* keeps the first block for reuse */
void arena_free(arena *a);
/* Zeroed memory for count objects of size bytes, or NULL (overflow, limit
 * or out of memory). Valid until the next reset of a. */
void *arena_alloc(arena *a, size_t size, size_t align, size_t count);
#define NEW(a, T, n) ((T *)arena_alloc((a), sizeof(T), alignof(T), (n)))
char *arena_strndup(arena *a, const char *s, size_t len);

/* ---- str ---------------------------------------------------------------*/
typedef struct { const uint8_t *p; ptrdiff_t len; } str;
#define S(lit) ((str){(const uint8_t *)(lit), (ptrdiff_t)sizeof(lit) - 1})
static inline bool str_eq(str a, str b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, (size_t)a.len) == 0);
}
static inline str str_of(const char *s, size_t len) {
    return (str){(const uint8_t *)s, (ptrdiff_t)len};
}
uint64_t str_hash(str s);

/* ---- intern.c ----------------------------------------------------------
 * Maps strings to dense uint32 ids (1..n; 0 = unknown). Strings are copied
 * into the table's arena. Read-only (thread-safe) after loading. */
typedef struct {
    uint32_t *slots;       /* id or 0 */
    size_t cap;            /* power of two */
    str *strs;             /* strs[id] */
    uint32_t n, strs_cap;
    arena *a;
} intern;

bool intern_init(intern *t, arena *a);
void intern_free(intern *t);
/* Id of s, adding it if absent; 0 on allocation failure. */
uint32_t intern_add(intern *t, str s);
/* Id of s or 0 if absent. */
uint32_t intern_find(const intern *t, str s);
static inline str intern_str(const intern *t, uint32_t id) { return t->strs[id]; }

/* ---- buf (write.c) ---------------------------------------------------- */
void buf_put(truce_buf *b, const char *s, size_t len);
void buf_puts(truce_buf *b, const char *s);
void buf_putc(truce_buf *b, char c);
void buf_printf(truce_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_uint(truce_buf *b, uint64_t x);
void buf_fixed1(truce_buf *b, double x);

/* ---- date.c ----------------------------------------------------------- */
truce_day day_from_ymd(int y, int m, int d);
void day_to_ymd(truce_day day, int *y, int *m, int *d);
int day_weekday(truce_day day);   /* 0 = Monday .. 6 = Sunday */
bool ymd_valid(int y, int m, int d);
/* Month number 1..12 for a month name or abbreviation (case-insensitive,
 * optional trailing '.'), else 0. */
int month_from_name(str s);
/* Weekday 0..6 for a weekday name, else -1. */
int weekday_from_name(str s);

/* ---- text.c: tokens and sentences -------------------------------------- */
enum {
    TOK_WORD = 1, TOK_NUM, TOK_PUNCT,
};
enum {
    TF_CAP = 1,           /* first letter upper case */
    TF_UPPER = 2,         /* all letters upper case (and > 1 letter) */
    TF_QUOTE_OPEN = 4,    /* a quotation mark that opens */
    TF_QUOTE_CLOSE = 8,   /* a quotation mark that closes */
    TF_SPACE_BEFORE = 16, /* whitespace before the token */
    TF_LEX_NOT_VERB = 32, /* the POS lexicon knows the word, never as a verb */
    TF_HEADS = 64,        /* patterns may have the word for head (without it, none has) */
};
typedef struct {
    uint32_t start, end;  /* byte offsets in the story text */
    uint32_t id;          /* interned key in the kb, 0 if unknown */
    uint32_t vlemma;      /* kb id of the verb lemma if a verb form, else 0 */
    uint32_t nlemma;      /* kb id of the singular if a plural noun, else 0 */
    uint32_t actor;       /* the actor trie's node for this word from the root, 0 if none */
    uint32_t wclass;      /* the kb's WC_* bits of id, 0 if no id */
    uint8_t kind;
    uint8_t flags;
    uint8_t vform;        /* VF_* */
    uint8_t isverb;       /* the key (or its lemma) is a WordNet verb */
} token;
enum { VF_NONE, VF_BASE, VF_S, VF_ED, VF_ING };

typedef struct {
    uint32_t tok_start, tok_end;   /* token index range */
    uint32_t start, end;           /* byte range */
    uint32_t paragraph;            /* 0-based paragraph index */
} sentence;

/* Normalise one token's bytes to its lookup key: NFC, case-folded, accents
 * stripped, curly
 * quotes and apostrophes to ASCII, dashes to '-'. Writes into out (size
 * cap) and returns the length, or -1 if it does not fit. */
ptrdiff_t text_key(const uint8_t *s, ptrdiff_t len, uint8_t *out, ptrdiff_t cap);

/* A per-thread cache of what a token's bytes resolve to (key id, lemmas,
 * actor node, word classes, case flags), so the lookups and Unicode work
 * happen once per distinct word form, not once per token. Direct-mapped;
 * collisions overwrite. */
#define TOKCACHE_SIZE 65536
#define TOKCACHE_KEY 24
typedef struct {
    uint8_t len;           /* 0 = empty */
    uint8_t bytes[TOKCACHE_KEY];
    uint8_t flags, vform, isverb;
    uint32_t id, vlemma, nlemma, actor, wclass;
} tokcache_entry;
typedef struct {
    tokcache_entry e[TOKCACHE_SIZE];
} tokcache;

/* Tokenise text[0..len) starting at byte `from`; tokens are allocated from
 * a. Returns the count, or -1 on allocation failure. Keys are looked up
 * (never added) in kb's table. cache may be NULL. */
struct truce_kb;
ptrdiff_t text_tokenize(const struct truce_kb *kb, const uint8_t *text, size_t len,
                        size_t from, arena *a, tokcache *cache, token **out);
/* Split tokens into sentences (abbreviation- and quote-aware). */
ptrdiff_t text_sentences(const uint8_t *text, const token *t, size_t n,
                         arena *a, sentence **out);
/* Tokenise a dictionary phrase into kb ids, adding the words. Returns the
 * count (<= cap) or -1 on error. */
int text_phrase_ids(struct truce_kb *kb, str phrase, uint32_t *ids, int cap);

/* ---- kb.c ------------------------------------------------------------- */

/* Actor payloads hang off trie nodes. */
enum {
    AK_COUNTRY = 1,   /* a country's name: code = ISO3 */
    AK_ADJ,           /* adjective: "Armenian" */
    AK_PEOPLE,        /* nationals: "Armenians" */
    AK_CAPITAL,       /* "Yerevan", "the Kremlin": ISO3 + GOV */
    AK_NAMED,         /* a person or organisation with dated codes */
    AK_AGENT,         /* role noun: sector code */
    AK_PRONOUN,       /* he, she, they, we, I */
    AK_DISCARD,       /* a user dictionary's discard phrase: the sentence is not coded */
    AK_DISCARD_STORY, /* "+PHRASE": the story is not coded */
    AK_FLAG_DISCARD,  /* TABARI <TIME> "PHRASE [###]": the story is discarded (flag_codes) */
    AK_FLAG_COMPLEX,  /* TABARI <TIME> "PHRASE [+++]": the story is complex (flag_codes) */
    AK_ISSUE,         /* an issues dictionary's phrase: its sentence is about `issue` */
    AK_ISSUE_IGNORE,  /* "~PHRASE": its words count for no issue */
};

typedef struct {
    char code[16];
    truce_day from, to;   /* TRUCE_NODAY = open */
} dated_code;

typedef struct actor_entry {
    uint8_t kind;
    bool person;          /* a single human (for pronoun coreference) */
    bool plural;
    bool need_upper;      /* written in capitals (US, UK): match capitals only */
    bool lower_ok;        /* written starting in lower case (al-Qaeda, de Klerk) */
    bool first_match;     /* a user dictionary's entry: its first matching spell wins */
    bool prefix;          /* a user dictionary's agent "[NGO~]": its code goes first */
    bool stem;            /* TABARI: its last word matches any word beginning with it */
    bool bare;            /* TABARI "MOUSE=": the word as written, not even a plural s */
    bool commentator;     /* AK_AGENT: an analyst or academic (no story country) */
    char code[16];        /* country ISO3, or sector for agents */
    dated_code *spells;   /* AK_NAMED */
    uint32_t n_spells;
    uint32_t src_line;    /* where it was defined */
    const char *src_file;
    const char *issue;    /* AK_ISSUE: the issue code */
    struct actor_entry *next;
} actor_entry;

/* The actor trie's edge for a gap: in a TABARI actor phrase, words parted
 * by a space (not '_') may have other words between them ("PRINCE
 * DOL_AMROTH" matches "Prince of Dol Amroth"). No word has this id. */
#define TRIE_GAP_ID 0xFFFFFFFFu
/* The same in a pattern word element's alternative ("austrian+florin"). */
#define PAT_GAP_ID TRIE_GAP_ID

typedef struct {
    uint32_t n_nodes, cap_nodes;
    actor_entry **payload;   /* per node */
    /* edges: open addressing on (node, id) */
    uint64_t *keys;
    uint32_t *vals;
    size_t edge_cap, n_edges;
} trie;

/* A pattern element: a word or phrase (with alternatives), a gap, or an
 * actor slot. One representation for truce's own verbs.txt and for the
 * PETRARCH and TABARI verb dictionaries (whose syntax the reader
 * translates: `_` adjacency, a space a gap, `%` compound, `^` skip). */
enum {
    PE_WORD,   /* one of alts */
    PE_GAP,    /* skip 0..max_gap tokens (6 if 0) */
    PE_SRC,    /* $: the source actor */
    PE_TGT,    /* +: the target actor */
    PE_COMP,   /* %: a compound actor, each member source and target */
    PE_SKIP,   /* ^ (or @): an actor that is passed over */
};
typedef struct {
    uint8_t kind;
    uint8_t max_gap;
    bool stem;             /* one word, matched as a prefix (TABARI "RESTOR") */
    bool exact;            /* one word, matched as written, not by lemma (TABARI "RESOLUTION_") */
    uint16_t n_alts;
    uint32_t *alts;        /* kb ids of the alternatives, one after another */
    uint8_t *alt_lens;     /* words per alternative; NULL: one word each */
    uint8_t *alt_stem;     /* per alternative, how its last word matches: ALT_LEMMA, ALT_STEM
                            * (TABARI "DOLLAR") or ALT_EXACT (TABARI "KRONER_"); NULL: by lemma */
} pat_elem;

enum { ALT_LEMMA, ALT_STEM, ALT_EXACT };

enum { VFLAG_SPEECH = 1, VFLAG_ENDORSE = 2 };

/* A word id's bit in the coder's per-sentence Bloom filter of 1024 bits. */
#define PAT_BLOOM_BIT(id) (((id) * 2654435761u) >> 22)
#define PAT_NEED 6

typedef struct pattern {
    char code[8];
    char code2[8];         /* TABARI "[a:b]": b, the paired event target->source */
    uint32_t head;         /* word id of the head (verb lemma or noun form) */
    uint8_t flags;
    bool noun;             /* head is a noun */
    bool stem;             /* head is a TABARI stem: any word beginning with it */
    bool verb_line;        /* a dictionary's verb line ("ABANDON [345]"), not a "- " pattern */
    /* TABARI's mark after a verb line's code: '!' dominant ("ATTEND
     * [031!]": when it gives an event, the sentence's only one), '?' weak
     * ("SAID [023?]": coded only when no other verb of the sentence is);
     * 0 none */
    char mark;
    bool exact;            /* TABARI "BAN=": the head word as written, no other forms */
    uint8_t n_syn;         /* TABARI: synsets ("&CURRENCY") among its elements */
    bool subordinate;      /* TABARI "SAID [023?]": coded only when no later verb of its clause is */
    uint8_t n_pre, n_post;
    pat_elem *pre;         /* reversed: pre[0] is nearest the head */
    pat_elem *post;
    uint32_t line;
    const char *file;      /* where it was written, for provenance */
    const char *text;      /* the pattern as written, for provenance */
    int weight;            /* literal + slot elements */
    /* the sentence Bloom filter's bits (PAT_BLOOM_BIT) of words the pattern
     * cannot match without: one per one-word element, up to PAT_NEED. The
     * coder tests them before it reads the elements (pattern_possible) */
    uint8_t n_need;
    uint16_t need[PAT_NEED];
    struct pattern *next;  /* next pattern with the same head id */
} pattern;

/* A CAMEO.2.0 transformation "~ a (b c VERB2) VERB1 = x y CODE": when
 * actor a VERB1s (says, wants, attempts) that b VERB2s c, the event is
 * x -> y CODE instead. b and c are variables (letters), '.' anyone or
 * '_' nobody; VERB2 0 is Q, any verb; code "" is Q, VERB2's own code. */
typedef struct transform {
    uint32_t verb1, verb2;      /* verb lemma ids */
    char a, b, c, x, y;
    char code[8];
    uint32_t line;
    const char *file, *text;
    struct transform *next;
} transform;

typedef struct {
    char code[8];
    char name[96];
    double goldstein;
    int quad;
    char plover[16];
    char mode[24];
} cameo_info;

typedef struct truce_kb {
    arena a;
    intern words;
    trie actors;
    trie discards;         /* discard phrases (AK_DISCARD*, AK_FLAG_*), empty without a discard file */
    trie issues;           /* issue phrases (AK_ISSUE*), empty without an issues file */
    /* head id -> pattern list (verb heads by lemma, noun heads by form) */
    pattern **vheads;      /* indexed by word id; grown with words */
    pattern **nheads;
    uint8_t *head_flags;   /* by verb lemma id: VFLAG_* of any of its patterns */
    uint32_t heads_cap;
    bool stems;            /* some head is a stem (TABARI dictionaries) */
    bool actor_stems;      /* some actor ends in a stem (TABARI dictionaries) */
    /* TABARI actors written with a space ("ITHILEN TELEVISION") may have
     * words between theirs ("Ithilen state-run television"): the trie
     * holds them with this word id, which no text word has, where words may
     * come between; 0 if there is none */
    uint32_t actor_gap_id;
    uint8_t *is_verb;      /* by word id: 1 a WordNet verb lemma, 2 a pattern's head verb,
                            * 4 a TABARI verb form that is a stem (its verb in vexc) */
    uint32_t *wclass;      /* by word id: WC_* bits */
    /* WordNet exceptions: form id -> lemma id (verbs), (nouns) */
    uint32_t *vexc, *nexc;
    cameo_info *cameo;
    uint32_t n_cameo;
    uint16_t cameo_index[50000];   /* by length*10000 + value: 1 + row, 0 = none */
    /* modality: code prefix -> intent code, threat code */
    struct { char prefix[8], intent[8], threat[8], demand[8], reject[8]; } *modal;
    uint32_t n_modal;
    /* frequently used word ids */
    struct {
        uint32_t the, a, an, to, of, by, and_, or_, nor, not_, nt, never, no, s,
                 that, which, who, said, according, with, between, in, at,
                 near, along, from, on, be, have, do_, will, would, shall, may,
                 might, could, can, should, must, comma, period, colon,
                 semicolon, quote, lparen, rparen, lbracket, rbracket, dash,
                 former, also, since, last, this, yesterday, today, ago, when,
                 while_, after, before, if_, unless, whether, as, for_, into,
                 across, inside, around, within, over, his, her, its, their,
                 our, my, your, he, she, they, we, i, it, but, because;
    } w;
    /* the part-of-speech lexicon (lexicon.tsv, made at build time from npm
     * en-lexicon): sorted "word\tmask" lines, read in place; lex_line[i]
     * is where line i starts */
    const uint8_t *lex_data;
    uint32_t *lex_line;
    uint32_t n_lex;
    transform *transforms; /* from CAMEO.2.0 verb files, in file order */
    /* set when the kb was opened from a compiled image (kbfile.c): its
     * tables live in that image, and closing frees only the struct */
    const void *image;
} kb;
/* Every pointer field above is written by truce_kb_compile() (kbfile.c);
 * a pointer field added here must be added there too. */

/* What a word can be, from the lexicon (tools/gen_lexicon.c writes these
 * values): LEX_MOSTLY_* say what its most frequent tag is. */
enum {
    LEX_NOUN = 1, LEX_PROPER = 2, LEX_VERB = 4, LEX_ADJ = 8, LEX_ADV = 16, LEX_FUNCTION = 32,
    /* the most frequent tag, in the top two bits */
    LEX_MOSTLY_NOUN = 64, LEX_MOSTLY_VERB = 128, LEX_MOSTLY_ADJ = 192, LEX_MOSTLY = 192,
};
/* The LEX_* mask of a lower-cased key, 0 if the lexicon does not know it. */
uint8_t kb_lex(const kb *k, const uint8_t *key, ptrdiff_t len);

/* Word classes from data/grammar.tsv, a bit each, looked up by word id. */
enum {
    WC_DETERMINER = 1u << 0, WC_ADVERB = 1u << 1, WC_MODAL = 1u << 2,
    WC_INTENT = 1u << 3, WC_THREAT = 1u << 4, WC_OBLIGATION = 1u << 5,
    WC_REFUSAL = 1u << 6, WC_NEGATION = 1u << 7, WC_HYPOTHETICAL = 1u << 8,
    WC_LOCATIVE = 1u << 9, WC_BOUNDARY = 1u << 10, WC_CLAUSE_END = 1u << 11,
    WC_MODIFIER = 1u << 12, WC_PLACE_NOUN = 1u << 13, WC_ROLE_PREP = 1u << 14,
    WC_CONTROL = 1u << 15, WC_ING_GOVERNOR = 1u << 16, WC_PRONOUN = 1u << 17,
    WC_SPEAKER_PRONOUN = 1u << 18, WC_PLURAL_PRONOUN = 1u << 19,
    WC_DATE_WORD = 1u << 20, WC_FACILITY = 1u << 21, WC_ETHNIC = 1u << 22, WC_POSSESSIVE = 1u << 23,
    /* a TABARI actors file's <NOUN> and <ADJECTIVE> words */
    WC_TAB_NOUN = 1u << 24, WC_TAB_ADJ = 1u << 25,
};

const cameo_info *kb_cameo(const kb *k, const char *code);
/* Verb lemma of a lower-case word form (WordNet morphy), as a kb id, or 0. */
uint32_t kb_verb_lemma(const kb *k, const uint8_t *key, ptrdiff_t len, uint8_t *vform);
uint32_t kb_noun_lemma(const kb *k, const uint8_t *key, ptrdiff_t len);
/* Trie walk. */
uint32_t trie_child(const trie *t, uint32_t node, uint32_t id);

/* ---- kbfile.c, kbimage.c ----------------------------------------------- */
/* The built-in knowledge's compiled image linked into the program, or NULL
 * (*len = 0) in the build tool that makes it. Writable: it is relocated in
 * place. */
uint8_t *truce_kb_image(size_t *len);
/* A kb on the built-in image (relocated once per process); NULL with *err
 * filled if the image is damaged. */
truce_kb *kb_open_builtin_image(truce_error *err);

/* Embedded data (generated by tools/embed from data/ and the packages). */
typedef struct { const char *name; const unsigned char *data; size_t len; } embedded_file;
extern const embedded_file truce_embedded[];
extern const size_t truce_n_embedded;

/* error helper */
void err_set(truce_error *err, truce_status code, const char *path,
             uint32_t line, uint32_t col, int64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* Quote up to n bytes of s into out, escaping non-printables. */
void err_quote(char *out, size_t cap, const uint8_t *s, size_t n);

#endif
