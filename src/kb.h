/* kb.h — the knowledge layer's internal interface.
 *
 * Tokens and sentences (text.c), the knowledge base's in-memory shape (the
 * struct, actor entries, patterns, transformations, the CAMEO table),
 * morphology and the part-of-speech lexicon (lex.c), and compiled images
 * (kbfile.c, kbimage.c). Built on base.h; the coder reads these types and
 * never writes them. How the kb is loaded (the builder, the pattern
 * compiler, the dictionary readers) is kb_build.h's, private to the
 * loaders. Never installed.
 *
 * The kb's layout (with base.h's and truce.h's types in it) is what a
 * compiled image depends on: the Makefile stamps images with a checksum
 * of these headers (KB_LAYOUT), and kbfile.c must know every pointer field.
 */
#ifndef TRUCE_KB_H
#define TRUCE_KB_H

#include "base.h"

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
    uint64_t wclass;      /* the kb's WC_* bits of id, 0 if no id */
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
    uint32_t id, vlemma, nlemma, actor;
    uint64_t wclass;
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
/* The kb id of a dictionary word's key (text_key), adding it; 0 if the key
 * does not fit or memory runs out. */
uint32_t text_word_id(struct truce_kb *kb, str w);

/* ---- kb.c: the knowledge base's in-memory shape ----------------------- */

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

/* The gap between words of a pattern word element's alternative
 * ("austrian+florin"): the trie's gap id (base.h). */
#define PAT_GAP_ID TRIE_GAP_ID

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
    PE_CLASS,  /* :a|b: a noun of a word class (WC_*) heading its phrase; alts
                * hold the classes' bit numbers, n_alts of them (patc.c) */
};
typedef struct {
    uint8_t kind;
    uint8_t max_gap;
    bool stem;             /* one word, matched as a prefix (TABARI "RESTOR") */
    bool exact;            /* one word, matched as written, not by lemma (TABARI "RESOLUTION_") */
    bool np;               /* PE_GAP "*np": only words of the object's noun phrase, no
                            * preposition but "of" and no punctuation (match.c) */
    uint16_t n_alts;
    uint32_t *alts;        /* kb ids of the alternatives, one after another */
    uint8_t *alt_lens;     /* words per alternative; NULL: one word each */
    uint8_t *alt_stem;     /* per alternative, how its last word matches: ALT_LEMMA, ALT_STEM
                            * (TABARI "DOLLAR") or ALT_EXACT (TABARI "KRONER_"); NULL: by lemma */
} pat_elem;

enum { ALT_LEMMA, ALT_STEM, ALT_EXACT };

/* VFLAG_ARMED: the act is a military one only when an armed actor does it
 * or a territory is left ("withdrew from Gaza", not "withdrew from the
 * race"; emit.c: armed_act) */
/* VFLAG_NEGATIVE: the pattern is of the negated verb, whose negation is
 * its meaning ("will not tolerate violence" is a warning; sentence.c) */
/* VFLAG_TERRITORY: taking a place is taking territory ("captured Vukovar",
 * "seized the island", 192), anyone or anything else keeps the pattern's
 * code (sentence.c, emit.c: emit_territory_object) */
/* VFLAG_CROWD: a crowd's act (145: storming a building, clashing with
 * police); done by an armed actor it is an assault (190; emit.c: crowd_act).
 * VFLAG_VERBAL: a clash that between office holders alone is one of words
 * (110; emit.c: verbal_clash) */
/* VFLAG_SPEECH_SENSE (head_flags only): a pattern of the lemma with more
 * than its head is a verb of saying ("=charge that", "=issue * statement"),
 * the lemma is not (kb.c); VFLAG_SPEECH in head_flags: every use of the
 * lemma is one ("=say") */
enum { VFLAG_SPEECH = 1, VFLAG_ENDORSE = 2, VFLAG_ARMED = 4, VFLAG_NEGATIVE = 8, VFLAG_TERRITORY = 16,
       VFLAG_CROWD = 32, VFLAG_VERBAL = 64, VFLAG_SPEECH_SENSE = 128 };

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

/* What an event's confidence is computed from (emit.c): each 0 or 1, a
 * weight each in data/confidence.tsv, named there as in conf_names[]. */
enum {
    CONF_RULE,          /* no pattern fired: a rule of the coder's */
    CONF_BARE,          /* a pattern of its head alone */
    CONF_NOUN,          /* an event noun, not a verb */
    CONF_MODAL,         /* modality changed the pattern's code */
    CONF_NO_SOURCE,     /* the doer is not said */
    CONF_ROLE_SOURCE,   /* a source of unknown country ("---") */
    CONF_ROLE_TARGET,   /* a target of unknown country */
    CONF_ONE_SIDED,     /* no target where the code wants one */
    CONF_STATEMENT,     /* a plain statement or appeal (010, 020) */
    CONF_FAR,           /* the evidence spans over 15 tokens ... */
    CONF_VERY_FAR,      /* ... or over 25 */
    CONF_HISTORICAL,    /* background */
    CONF_REPORTED,      /* inside reported speech */
    CONF_MATERIAL_CONFLICT, CONF_VERBAL_CONFLICT, CONF_MATERIAL_COOP,   /* QuadClass 4, 3, 2 */
    CONF_DATED,         /* the text gives the date */
    CONF_BARE_SOURCE,   /* the source is a country alone, no sector */
    CONF_BARE_TARGET,   /* the target is a country alone */
    CONF_NO_TARGET,     /* no target at all */
    CONF_LEAD,          /* in the story's first three sentences */
    CONF_N
};
/* The features' names, CONF_N of them, as data/confidence.tsv and
 * --explain write them. */
extern const char *const conf_names[CONF_N];

#define KB_KNOWN_MAX 192   /* phrases of data/events.tsv */

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
    uint64_t *wclass;      /* by word id: WC_* bits */
    /* WordNet exceptions: form id -> lemma id (verbs), (nouns) */
    uint32_t *vexc, *nexc;
    cameo_info *cameo;
    uint32_t n_cameo;
    uint16_t cameo_index[50000];   /* by length*10000 + value: 1 + row, 0 = none */
    /* modality: code prefix -> intent code, threat code */
    struct { char prefix[8], intent[8], threat[8], demand[8], reject[8], stated[8]; } *modal;
    uint32_t n_modal;
    /* the weights of an event's confidence (data/confidence.tsv): the
     * bias, then one per CONF_* feature */
    double conf_w[CONF_N + 1];
    /* well-known events (data/events.tsv, read by dates.c): a phrase's word
     * ids, the day and precision (DP_*) of the event it names */
    struct { uint32_t ids[8]; truce_day day; uint8_t n, prec; } known[KB_KNOWN_MAX];
    uint32_t n_known;
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

/* ---- lex.c: morphology, the part-of-speech lexicon, word classes ------- */

/* What a word can be, from the lexicon (tools/gen_lexicon.c writes these
 * values): LEX_MOSTLY_* say what its most frequent tag is. */
enum {
    LEX_NOUN = 1, LEX_PROPER = 2, LEX_VERB = 4, LEX_ADJ = 8, LEX_ADV = 16, LEX_FUNCTION = 32,
    /* the most frequent tag, in the top two bits */
    LEX_MOSTLY_NOUN = 64, LEX_MOSTLY_VERB = 128, LEX_MOSTLY_ADJ = 192, LEX_MOSTLY = 192,
};
/* The LEX_* mask of a lower-cased key, 0 if the lexicon does not know it. */
uint8_t kb_lex(const kb *k, const uint8_t *key, ptrdiff_t len);
/* Index the lexicon's sorted "word<TAB>mask" lines data[0..len) (named
 * name) in k: k->lex_line[i] is where line i starts. The lines are read in
 * place, so data must outlive k. *n_lines gets the count, which the caller
 * puts in k->n_lex when the kb is built (loading needs no tags). False
 * with *err filled on a malformed line or out of memory. */
bool lex_index(kb *k, const uint8_t *data, size_t len, const char *name, uint32_t *n_lines,
               truce_error *err);

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
    /* what did not (yet) happen, and what is claimed or a standing state */
    WC_SCHEDULE = 1u << 26, WC_POSSIBILITY = 1u << 27, WC_ALLEGATION = 1u << 28,
    WC_STATUS = 1u << 29, WC_ATTEMPT = 1u << 30,
};
/* the bits past an enum's int range: macros of 64-bit constants */
#define WC_CANCEL (UINT64_C(1) << 31)
#define WC_CRITICAL (UINT64_C(1) << 32)   /* "hostile", "illegal": said of another, a criticism */
/* what a speaker believes, who reads or alleges, and what a crime is
 * (modality.c, speech.c) */
#define WC_BELIEF (UINT64_C(1) << 33)        /* "believe", "hope": the clause after is no fact */
#define WC_COMMENTATOR (UINT64_C(1) << 34)   /* "analysts": their reading is no act */
#define WC_ACCUSER (UINT64_C(1) << 35)       /* "prosecutors": what they say is a charge */
#define WC_READING (UINT64_C(1) << 36)       /* "seen (as)": a reading of an act */
#define WC_CRIME (UINT64_C(1) << 37)         /* "corruption": said of another, an accusation (1121) */
/* (dates.c) a measure whose present perfect is a standing state, not news:
 * "have designated X a terrorist group", "has barred" */
#define WC_STANDING (UINT64_C(1) << 43)
/* (dates.c) an adverb that makes a perfect a habit: "has long accused" */
#define WC_HABITUAL (UINT64_C(1) << 44)
/* (dates.c) the first word of a well-known event's phrase (data/events.tsv) */
#define WC_EVENT_START (UINT64_C(1) << 45)
/* (dates.c) a violent incident, as a noun or a verb ("the attack", "bombed"):
 * "killed in the attack" takes the date of the incident the story dated */
#define WC_INCIDENT (UINT64_C(1) << 49)
/* (dates.c) a noun of what a speaker issues ("a statement", "an interview"):
 * "issued a statement last week" dates a saying */
#define WC_UTTERANCE (UINT64_C(1) << 50)
/* noun classes for the ':class' element of verb patterns (match.c): the first
 * WordNet sense an animal or plant, or a condition, not an act (tools/wordnet.sh
 * writes them; data/grammar.tsv adds to them), and accidents and disasters */
#define WC_CREATURE (UINT64_C(1) << 38)
#define WC_CONDITION (UINT64_C(1) << 39)
#define WC_MISHAP (UINT64_C(1) << 40)
/* a word WordNet's first sense puts in one of these classes but news uses in
 * another sense ("drone": a bee in WordNet, an aircraft in the news) */
#define WC_CLASS_EXCEPTION (UINT64_C(1) << 42)
/* verbs whose past participle is their base form ("has put", "have cut") */
#define WC_SAME_PARTICIPLE (UINT64_C(1) << 41)
/* simple past forms that are never a past participle ("spoke", "took"):
 * no participle of a reduced relative ("Erdogan spoke by phone") */
#define WC_PAST_ONLY (UINT64_C(1) << 46)
/* verbs of hesitation: negated, they announce the act ("will not hesitate
 * to retaliate") */
#define WC_HESITATION (UINT64_C(1) << 47)
/* documents that say something ("a statement calling on", "a report
 * accusing") */
#define WC_DOCUMENT (UINT64_C(1) << 48)
/* news reports ("reported", "reports", "reportedly"): a future act a report
 * tells is a forecast, not its doer's announcement (modality.c) */
#define WC_REPORT (UINT64_C(1) << 51)
/* sending and permitting ("sent troops to attack", "were deployed to
 * fight", "allowed the police to search"): the infinitive after them is a
 * purpose or a permission, not an act done (modality.c) */
#define WC_DISPATCH (UINT64_C(1) << 52)
/* wishes ("wants to", "is eager to"): a cooperative act wished is its
 * intent; a conflictual one is no threat, which only a warning or a vow
 * makes (modality.c) */
#define WC_DESIRE (UINT64_C(1) << 53)
/* what a crowd displays or chants ("signs that said", "banners reading",
 * "chanting"): the words quoted after it are a slogan, no act of anyone
 * it names (sentence.c) */
#define WC_SLOGAN (UINT64_C(1) << 60)
/* intent words that are themselves a declaration ("promised to", "pledged
 * to", "agreed to"): a conflictual act under them is announced by its doer,
 * a threat in any tense, where a plan ("planned to", "was preparing to")
 * is one only when its doer states it (modality.c: voiced futures) */
#define WC_DECLARE (UINT64_C(1) << 54)
/* a people with no state of its own ("Kurdish", "Baloch"): its armed men
 * are no state's military (mentions.c) */
#define WC_STATELESS (UINT64_C(1) << 62)
/* what an armed side holds or moves in ("positions", "bases", "convoy"):
 * a role word before it owns it, and violence against it is aimed at that
 * role ("shelled rebel positions", "attacked an army checkpoint";
 * targets.c) */
#define WC_HELD (UINT64_C(1) << 57)

/* The WC_* bit of a class name of data/grammar.tsv ("determiner",
 * "clause-end"), 0 if there is none. */
uint64_t lex_class(str name);

/* Verb lemma of a lower-case word form (WordNet morphy), as a kb id, or 0;
 * *vform says which form it is (VF_*). */
uint32_t kb_verb_lemma(const kb *k, const uint8_t *key, ptrdiff_t len, uint8_t *vform);
/* Singular of a lower-case plural noun (WordNet exceptions, then -ies,
 * -es, -s), as a kb id, or 0. */
uint32_t kb_noun_lemma(const kb *k, const uint8_t *key, ptrdiff_t len);

/* ---- the CAMEO table (kb_builtin.c loads it) -------------------------- */

/* Index of a 2-4 digit code string in kb.cameo_index, or -1. */
static inline int cameo_slot(const char *code)
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

/* The CAMEO table's row of a code, or NULL. */
static inline const cameo_info *kb_cameo(const kb *k, const char *code)
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

/* ---- kbfile.c, kbimage.c ----------------------------------------------- */
/* The built-in knowledge's compiled image linked into the program, or NULL
 * (*len = 0) in the build tool that makes it. Writable: it is relocated in
 * place. */
uint8_t *truce_kb_image(size_t *len);
/* A kb on the built-in image (relocated once per process); NULL with *err
 * filled if the image is damaged. */
truce_kb *kb_open_builtin_image(truce_error *err);

#endif
