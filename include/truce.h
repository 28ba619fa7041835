/* truce.h — the public API of libtruce.
 *
 * libtruce turns English news stories into political event data: who did
 * what to whom, when and where, coded in CAMEO with the Goldstein score,
 * QuadClass and PLOVER type beside it, each event backed by the sentence and
 * byte span that prove it.
 *
 * The library does no file or terminal I/O. It takes bytes (pointer +
 * length) and hands finished records to a sink the caller provides. It never
 * prints and never exits; every failure is a truce_status plus a
 * truce_error record the caller owns.
 *
 * Threads: a loaded truce_kb never changes after truce_kb_open() and may be
 * shared by any number of threads. A truce_coder belongs to one thread.
 */
#ifndef TRUCE_H
#define TRUCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TRUCE_VERSION "0.1.0"

typedef enum {
    TRUCE_OK = 0,
    TRUCE_ENOMEM = -1,   /* an allocation failed */
    TRUCE_EINPUT = -2,   /* the input is malformed (story, JSON, UTF-8) */
    TRUCE_EDATA = -3,    /* a knowledge or dictionary file is malformed */
    TRUCE_ELIMIT = -4,   /* a configured size limit was exceeded */
    TRUCE_EUSAGE = -5,   /* the caller passed a bad argument */
} truce_status;

/* What went wrong and where. `path` points at the caller's string (or a
 * static one) and lives as long as that does. line/col/offset are 1-based
 * for line and col, 0-based for offset; 0 (or -1 for offset) = not known. */
typedef struct {
    truce_status code;
    const char *path;
    uint32_t line, col;
    int64_t offset;
    char msg[200];
} truce_error;

/* A date as days since 1970-01-01 (proleptic Gregorian). */
typedef int32_t truce_day;
#define TRUCE_NODAY INT32_MIN

/* Parse "YYYY-MM-DD" of exactly len bytes. false if malformed or invalid. */
bool truce_day_parse(const char *s, size_t len, truce_day *out);
/* Write "YYYY-MM-DD" and a NUL into buf (at least 11 bytes). */
void truce_day_format(truce_day d, char buf[11]);

/* ---- Knowledge ------------------------------------------------------- */

typedef struct truce_kb truce_kb;

/* Load the built-in knowledge compiled into the library. On failure returns
 * NULL and fills *err (a broken built-in file names its path and line).
 * Free with truce_kb_close(). */
truce_kb *truce_kb_open(truce_error *err);
void truce_kb_close(truce_kb *kb);

/* A dictionary a user curates, in the PETRARCH/TABARI formats: actors
 * (phrase, "+SYNONYM", "[CODE date]" lines), agents ("PHRASE {PLURALS}
 * [~CODE]", "!SET! = a, b"), or CAMEO.2.0 verbs ("--- MEANING [CODE] ---"
 * blocks, verb lines, "- PRE * POST [CODE]" patterns). The format comes
 * from the name ("...actors...", "...agents...", "...verbs...",
 * "CAMEO...") or the content. The bytes are the caller's. */
typedef struct {
    const char *name;      /* as the user typed it; used in messages */
    const char *data;
    size_t len;
} truce_dict_file;

/* Called once per problem found in a dictionary: err->code is TRUCE_EDATA
 * for an error (the line is skipped) or TRUCE_OK for a warning. */
typedef void (*truce_dict_warn)(void *user, const truce_error *err);

/* Load knowledge: the built-in knowledge (if builtin) and then each user
 * dictionary. Problems in user dictionaries go to warn (may be NULL) and
 * are counted in *n_errors (may be NULL); the rest of each file is loaded.
 * NULL only when the built-in knowledge is broken or memory runs out. */
truce_kb *truce_kb_open_dicts(const truce_dict_file *files, size_t n_files, bool builtin,
                              truce_dict_warn warn, void *user, size_t *n_errors,
                              truce_error *err);

/* ---- Gazetteer -------------------------------------------------------- */

/* A compiled gazetteer (build/gazetteer.bin, made by tools/gen_gazetteer
 * from GeoNames, iso-codes and data/places.tsv). The blob is read in place:
 * it must be 4-byte aligned, stay valid and unchanged until
 * truce_geo_close(), and is owned by the caller. NULL with *err filled on
 * a bad image. Read-only once open; share it between threads. */
typedef struct geo truce_geo;
truce_geo *truce_geo_open(const void *blob, size_t len, truce_error *err);
void truce_geo_close(truce_geo *g);

/* What kind of place. */
typedef enum {
    TRUCE_GEO_CITY = 0,      /* a populated place (GeoNames P class) */
    TRUCE_GEO_ADMIN1 = 1,    /* a first-level subdivision (ISO 3166-2) */
    TRUCE_GEO_REGION = 2,    /* a named region (truce's data/places.tsv) */
    TRUCE_GEO_COUNTRY = 3,   /* an ISO 3166-1 country */
} truce_geo_feature;
/* Bits for truce_geo_resolve()'s `want`. */
#define TRUCE_GEO_WANT(f) (1u << (f))
#define TRUCE_GEO_WANT_ANY 0xFu
/* Flags of a place. */
enum {
    TRUCE_GEO_F_CAPITAL = 1,   /* a country's capital (GeoNames PPLC) */
    TRUCE_GEO_F_SEAT = 2,      /* seat of a first-level division (PPLA) */
    TRUCE_GEO_F_SEAT2 = 4,     /* seat of a lower division (PPLA2..4) */
    TRUCE_GEO_F_CURATED = 8,   /* from truce's data/places.tsv */
};
#define TRUCE_GEO_NONE UINT32_MAX   /* no place (e.g. admin1 unknown) */

/* One place of the gazetteer. The strings point into the gazetteer's blob
 * and live as long as it does. lat/lon are NAN when the gazetteer has no
 * coordinates (some subdivisions). */
typedef struct {
    uint32_t id;           /* index in the gazetteer (truce_geo_get) */
    const char *name;      /* as the data writes it: "Xankandi", "Donbas" */
    const char *admin1;    /* its subdivision's name (a subdivision's own
                            * name), "" when unknown */
    uint32_t admin1_id;    /* the subdivision's id, or TRUCE_GEO_NONE */
    char country[4];       /* ISO 3166-1 alpha-3, "" when none (Kashmir) */
    double lat, lon;       /* degrees (WGS84), NAN when unknown */
    uint32_t geonameid;    /* 0 when the place is not from GeoNames */
    uint32_t population;   /* 0 when unknown */
    truce_geo_feature feature;
    unsigned flags;        /* TRUCE_GEO_F_* */
} truce_place;

/* Number of places; ids run 0..n-1. */
uint32_t truce_geo_count(const truce_geo *g);
/* Place `id` into *out; false if id is out of range. */
bool truce_geo_get(const truce_geo *g, uint32_t id, truce_place *out);
/* "city", "admin1", "region", "country". */
const char *truce_geo_feature_name(truce_geo_feature f);
/* How many places carry the name (bytes as in the text), 0 if none: "not
 * a place" told from "a place, but ambiguous". */
size_t truce_geo_candidates(const truce_geo *g, const char *name, size_t len);
/* The one place a name (UTF-8 bytes as in the text, any case and accents)
 * most likely means, among the features in `want` (TRUCE_GEO_WANT bits),
 * given optional country hints (ISO3 codes of the story's actors or
 * countries). "Name, Context" ("Shusha, Azerbaijan") restricts the
 * candidates to that subdivision or country. False — don't know — when
 * nothing matches, when two places are about equally likely, or when the
 * best is a small place outside the hinted countries. Never allocates;
 * thread-safe. */
bool truce_geo_resolve(const truce_geo *g, const char *name, size_t len, const char *const *country_hints,
                       size_t n_hints, unsigned want, truce_place *out);

/* ---- Stories --------------------------------------------------------- */

/* One story. All strings are views (pointer + length, not NUL-terminated)
 * into memory the caller owns; they must stay valid while the story is
 * coded. `text` is the full story text; event spans are offsets into it. */
typedef struct {
    const char *id;        size_t id_len;
    const char *text;      size_t text_len;
    const char *title;     size_t title_len;   /* optional */
    const char *source;    size_t source_len;  /* optional */
    const char *url;       size_t url_len;     /* optional */
    truce_day date;        /* publication date, or TRUCE_NODAY */
    int date_from;         /* TRUCE_DATE_* where the story date came from */
    /* For plain-text wire stories: where the body starts, after the
     * headline, standfirst and dateline (0 = whole text is body). */
    size_t body_offset;
    const char *dateline_place; size_t dateline_place_len; /* optional */
    /* With truce_options.tabari: this story goes on from the one the same
     * coder coded last (TABARI's FORWARD: records that are sentences of
     * one story), so a pronoun opening it may stand for an actor named
     * there. */
    bool continues;
} truce_story;

enum { TRUCE_DATE_NONE, TRUCE_DATE_INPUT, TRUCE_DATE_DATELINE,
       TRUCE_DATE_OPTION };

/* Readers. Each parses one unit of input into a story whose strings point
 * into `buf` (and, for JSON, into storage owned by the reader state).
 *
 * truce_read_text: a plain-text wire story (headline, optional standfirst,
 *   dateline such as "YEREVAN, May 6./TASS/." or "WASHINGTON (Reuters) -",
 *   body). `default_date` (or TRUCE_NODAY) is used when the dateline has
 *   none; a dateline without a year takes the earliest year that keeps it on
 *   or after every full date the text gives, else default_date's year.
 * The id is left for the caller to set (e.g. the file name). */
truce_status truce_read_text(const char *buf, size_t len, truce_day default_date,
                             truce_story *out, truce_error *err);

/* A JSON Lines story reader. One JSON object per line with "id", "text",
 * optional "date" (YYYY-MM-DD), "title", "source", "url". The decoded
 * strings are owned by the reader and valid until the next call on it or
 * truce_jsonl_free(). */
typedef struct truce_jsonl truce_jsonl;
truce_jsonl *truce_jsonl_new(void);
void truce_jsonl_free(truce_jsonl *r);
truce_status truce_jsonl_parse(truce_jsonl *r, const char *line, size_t len,
                               truce_day default_date, truce_story *out,
                               truce_error *err);

/* Check that buf holds valid UTF-8 without NUL bytes. On failure returns
 * TRUCE_EINPUT with err->offset at the first bad byte. */
truce_status truce_utf8_check(const char *buf, size_t len, truce_error *err);

/* ---- Coding ---------------------------------------------------------- */

/* One coded event. Strings are NUL-terminated and owned by the coder; they
 * are valid only during the sink call. */
typedef struct {
    const char *event_id;         /* story_id-sentence-n: n counts the sentence's events from 1 */
    const char *story_id;
    uint32_t sentence;            /* 1-based index in the story */
    truce_day date;               /* the event's date, or TRUCE_NODAY */
    const char *date_source;      /* "text", "story" or "none" */
    /* How much of the date the text gives: "day"; "week" ("last week",
     * "two weeks ago": date is the Monday of that week); "month" ("in June",
     * "last month": date is its first day); "year" ("in 2019", "last year":
     * January 1). NULL when there is no date (date is TRUCE_NODAY: a
     * background act the text gives no date for, or a story without one). */
    const char *date_precision;
    const char *source, *source_country;   /* country NULL if not known */
    const char *target, *target_country;   /* target "" if none */
    const char *code, *root;
    int quad_class;
    double goldstein;
    const char *plover;           /* NULL for CAMEO 01x/02x (dropped in PLOVER) */
    const char *plover_mode;      /* "" if none */
    const char *location_name;    /* NULL if no location */
    const char *location_country;
    const char *location_admin1;  /* NULL if not known */
    const char *location_precision;  /* place, admin1, region, country, dateline */
    double lat, lon;              /* NAN if not known */
    uint32_t geonameid;           /* 0 if not known */
    size_t loc_start, loc_end;    /* the place's name in the story text; equal if none */
    const char *text;  size_t text_len;    /* the sentence */
    size_t span_start, span_end;  /* evidence, byte offsets in story text */
    const char *pattern;          /* "verbs.txt:123: =sign * ceasefire" */
    bool historical;
    /* How likely the event is right as coded (0-1): from how it was found
     * (pattern, actors resolved, modality, distance, reported speech),
     * calibrated on events judged by hand (README: Accuracy). */
    double confidence;
    const char *speaker;          /* the reporting actor for speech, or NULL */
    /* One of the pairs of a compound subject acting together or on each
     * other ("Armenia and Azerbaijan agreed"): PLOVER lists them all as
     * actors, with no recipient. */
    bool mutual;
    /* With an issues dictionary (PETRARCH's Phoenix.IssueCoding.txt): the
     * issues the sentence mentions, "CODE,n;CODE,n" in order of first
     * mention (n = times mentioned); NULL when there is none. */
    const char *issues;
} truce_event;

/* The caller's sink. Return 0 to go on, nonzero to stop coding the story. */
typedef int (*truce_sink)(void *user, const truce_event *ev);

typedef struct truce_coder truce_coder;

typedef struct {
    bool dedup;            /* drop repeats of (date, source, target, code) in a story */
    bool pairs_all;        /* compound actors: all ordered pairs (else i<j) */
    /* Code each verb as its pattern says, as PETRARCH and TABARI do:
     * negation, modality (intent, threat, obligation, refusal) and
     * hypotheticals do not change or stop the code; their patterns
     * (NOT_*, WILL *) decide. For their validation suites. */
    bool literal;
    /* TABARI's coding rules (with literal): each clause is coded once,
     * from its first verb that gives an event; the target is the first
     * actor after the verb, places included. */
    bool tabari;
    /* With tabari, which verbs are coded: 0 the first giving an event in
     * each clause (TABARI's CODE BY CLAUSE), 1 in each sentence (CODE BY
     * SENTENCE), 2 every one (CODE ALL). */
    uint8_t tabari_code_by;
    /* The actor coded when a verb has no source or no target (TABARI's
     * "DEFAULT: SOURCE [X] TARGET [Y]"); "" for none, the default. */
    char default_source[16], default_target[16];
    /* TABARI's PRIOR: the default source stands in whenever no actor comes
     * before the verb (else only when the sentence names none, its first
     * actor being the source); AFTER: the default target whenever none
     * comes after the verb (else only when no other actor is named). */
    bool default_source_prior, default_target_after;
    /* With tabari and flag_codes: a sentence with at least this many
     * verbs, or conjunctions outside actor lists, is complex (TABARI's
     * "COMPLEX: VERBS[5] CONJ[4]"): not coded, flagged. 0 = no limit. */
    uint8_t complex_verbs, complex_conj;
    /* With tabari and flag_codes: a sentence whose first verb giving a code
     * has no actor before it is complex (TABARI's "COMPLEX: NOACTPRIOR"). */
    bool complex_noactprior;
    /* Comma-delimited clauses are left out before coding when their
     * length in words is within bounds: between two commas comma_min..
     * comma_max, after the last comma comma_emin..comma_emax, before the
     * first comma comma_bmin..comma_bmax. TABARI's "COMMA: MIN = 2 MAX =
     * 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0" and PETRARCH's comma_*
     * options (2, 8, 2, 8, 0, 0) say so. Off when comma_clauses is false. */
    bool comma_clauses;
    uint8_t comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
    /* A dictionary code ### (a verb pattern's or a dated actor's) discards
     * the story and +++ marks it complex, as in TABARI: coding stops and
     * truce_coder_story_flag() says so. Without it ### is an actor code
     * like any other (as PETRARCH reads it) and ### or +++ verb patterns
     * are passed over. */
    bool flag_codes;
    size_t max_story_len;  /* 0 = no limit; default 10 MiB */
    uint32_t max_sentence_tokens; /* 0 = no limit */
    /* If set, called with one line of explanation per decision (actors
     * found, verbs considered and why they were or were not coded), for
     * users checking why an event was or was not coded. The line is valid
     * during the call only. */
    void (*trace)(void *user, const char *line);
    void *trace_user;
    /* If set, events get coordinates: the place named in the event's
     * clause, else the dateline's. Must outlive the coder. */
    const truce_geo *geo;
    /* Events whose confidence is below this (0-1) are not coded; 0 keeps
     * every event. */
    double min_confidence;
} truce_options;

void truce_options_default(truce_options *o);

/* A coder for one thread, over a shared kb. NULL on allocation failure. */
truce_coder *truce_coder_new(const truce_kb *kb, const truce_options *opt);
void truce_coder_free(truce_coder *c);

/* Code one story: every event goes to sink(user, ev) in story order.
 * *n_events receives the number emitted. Returns TRUCE_EINPUT with err
 * filled (offset = byte offset in the story text) for invalid UTF-8 or a
 * story over the limits; other stories are unaffected. */
truce_status truce_code_story(truce_coder *c, const truce_story *st,
                              truce_sink sink, void *user,
                              size_t *n_events, truce_error *err);

/* After truce_code_story: how many sentences were over
 * max_sentence_tokens and not coded, and (if any) the byte offset in the
 * story text where the first of them starts. */
size_t truce_coder_skipped(const truce_coder *c, size_t *first_offset);

/* What a dictionary's flag codes said of the story last coded by c (see
 * truce_options.flag_codes): the events already given to the sink stand;
 * the caller decides whether to keep them. */
typedef enum {
    TRUCE_FLAG_NONE = 0,
    TRUCE_FLAG_DISCARD,    /* a ### code: TABARI discards the story */
    TRUCE_FLAG_COMPLEX,    /* a +++ code: TABARI leaves the sentence uncoded */
} truce_story_flag;
truce_story_flag truce_coder_story_flag(const truce_coder *c);

/* One sentence as the coder sees it: 1-based index, 0-based paragraph,
 * [start, end) byte offsets in the story text. */
typedef struct {
    uint32_t index, paragraph;
    size_t start, end;
} truce_sentence;
typedef int (*truce_sentence_sink)(void *user, const truce_sentence *s);

/* Split a story into the sentences truce codes (headline, standfirst and
 * body; the dateline is left out), in order. Same errors as
 * truce_code_story. */
truce_status truce_split_story(truce_coder *c, const truce_story *st,
                               truce_sentence_sink sink, void *user,
                               truce_error *err);

/* One place named in a story, as the coder reads it (truce_find_places):
 * the same reading that places events, for every place name of the text.
 * Strings are NUL-terminated and valid during the sink call only. */
typedef struct {
    uint32_t sentence;          /* 1-based index in the story */
    size_t start, end;          /* the place phrase in the story text
                                 * ("Zaitseve, Donetsk oblast") */
    size_t name_start, name_end;/* the name in it ("Zaitseve") */
    const char *name;           /* the gazetteer's name of the place, or the
                                 * name as written when it does not know it */
    /* "place", "admin1", "region", "country": what the coordinates stand
     * for; NULL when nothing is known but the name (the text marks it a
     * place: "the village of X") */
    const char *precision;
    bool known;                 /* the gazetteer knows the name itself */
    /* true when place holds where it is: the name's own place (known), or,
     * for a name the gazetteer does not know, the subdivision or country
     * the text names beside it ("X, Donetsk oblast") */
    bool located;
    truce_place place;
    /* the text marks it a place (a preposition, a place noun, its type
     * word); false: a name only the gazetteer knows (a capital named as an
     * actor, a subject) */
    bool cued;
} truce_place_mention;
typedef int (*truce_place_sink)(void *user, const truce_place_mention *m);

/* Every place named in a story, in text order, to sink(user, m) (nonzero
 * stops), read as the coder reads the place of its events (same phrases,
 * same gazetteer decisions; not the choice among them, which depends on
 * the event): "in the village of X", "X oblast", "X, Province", "X's Y
 * district", "N km north of X"; common words ("Police", "North"), actors
 * and dates are not places. Hints: the countries given (ISO3), the
 * dateline's, and with text_hints the countries the story names. The coder
 * must have been made with truce_options.geo (else TRUCE_EUSAGE). Same
 * input errors as truce_code_story. */
truce_status truce_find_places(truce_coder *c, const truce_story *st, const char *const *country_hints,
                               size_t n_hints, bool text_hints, truce_place_sink sink, void *user,
                               truce_error *err);

/* ---- Writers --------------------------------------------------------- */

/* A growable output buffer. */
typedef struct {
    char *p;
    size_t len, cap;
    bool failed;           /* an allocation failed; contents are incomplete */
} truce_buf;

void truce_buf_free(truce_buf *b);
/* Append len bytes (a NUL is kept after them, not counted). On allocation
 * failure sets b->failed and appends nothing. */
void truce_buf_put(truce_buf *b, const char *s, size_t len);

/* Compiled knowledge. truce_kb_compile() appends an image of a loaded kb
 * (the built-in knowledge, user dictionaries, or both) to out; `info` is a
 * short description kept in the image (what it was compiled from).
 * truce_kb_open_image() opens such an image in place, in milliseconds: it
 * checks the header and a checksum, then rewrites the image's pointers
 * for its address (once; opening the same bytes again is cheap). The blob
 * must be 8-byte aligned and writable (a private mapping will do), stay
 * valid until truce_kb_close() of every kb opened on it, and is owned by
 * the caller. An image is refused, with a message saying to compile it
 * again, if another build of truce wrote it. The built-in knowledge is such
 * an image, made by the same compiler at build time. */
truce_status truce_kb_compile(const truce_kb *kb, const char *info, truce_buf *out, truce_error *err);
bool truce_kb_is_image(const void *p, size_t len);
truce_kb *truce_kb_open_image(void *blob, size_t len, truce_error *err);
/* The image's description, or NULL if kb was built from text. */
const char *truce_kb_info(const truce_kb *kb);

/* Append one event as a JSON object and a newline (the output contract of
 * DESIGN.md). */
void truce_write_jsonl(truce_buf *b, const truce_event *ev);
/* Append the TSV header line / one event as a TSV line. */
void truce_write_tsv_header(truce_buf *b);
void truce_write_tsv(truce_buf *b, const truce_event *ev);
/* The same fields as CSV (RFC 4180): comma-separated, a field holding a
 * comma, double quote, CR or LF is quoted with its quotes doubled, and
 * every line (the header too) ends in CRLF. */
void truce_write_csv_header(truce_buf *b);
void truce_write_csv(truce_buf *b, const truce_event *ev);

/* One event as a GDELT 2.0 Events ("export") record: the 61 tab-separated
 * columns GLOBALEVENTID ... SOURCEURL in GDELT's order, no header, so that
 * GDELT loaders and table schemas take truce's output as it is.
 * `seq` is the event's 1-based number within its story; `st` is the story
 * (its id, date and url; may be NULL). GLOBALEVENTID is a 63-bit hash of
 * (story id, sentence, seq): the same story always gives the same ids,
 * whatever the thread count. SQLDATE ... FractionDate are the event's date,
 * DATEADDED the story's (YYYYMMDD000000: truce has no clock time).
 * Actor Name, Ethnic and Religion columns are empty; Actor1Geo and
 * Actor2Geo are empty (Type 0): truce places the action only. ActionGeo
 * country and ADM1 codes are FIPS 10-4 (truce_fips_country). */
void truce_write_gdelt(truce_buf *b, const truce_event *ev, uint32_t seq, const truce_story *st);

/* The FIPS 10-4 country code (two letters) GDELT uses for places, for an
 * ISO 3166-1 alpha-3 code or CAMEO's KSV: "GM" for "DEU". NULL when the
 * code is unknown or FIPS 10-4 has none (BES, UMI). The string is static.
 * Thread-safe (the built-in table, data/fips.tsv, is read at first use). */
const char *truce_fips_country(const char *iso3);

/* One event as a line of the Phoenix dataset's 26 tab-separated columns
 * (EventID, Date, Year, Month, Day, SourceActorFull, SourceActorEntity,
 * SourceActorRole, SourceActorAttribute, TargetActorFull ... Attribute,
 * EventCode, EventRootCode, PentaClass, GoldsteinScore, Issues, Lat, Lon,
 * LocationName, StateName, CountryCode, SentenceID, URLs, NewsSources).
 * EventID is story-sentence-seq; Date is the event's date; url and
 * news_source (the story's, may be NULL) fill the last two columns. */
void truce_write_phoenix(truce_buf *b, const truce_event *ev, uint32_t seq, const char *url,
                         size_t url_len, const char *news_source, size_t news_source_len);

/* PLOVER records (JSON Lines, the PLOVER data model): where CAMEO coders
 * write one event per (source, target) pair, PLOVER keeps one record with
 * lists of actors and recipients, and puts everyone in `actor` for a joint
 * or mutual act. A writer takes a story's events in order and groups the
 * consecutive events of one act (same sentence, date, CAMEO code and
 * evidence span); events with no PLOVER type (CAMEO 01x/02x statements)
 * are left out. Feed it with truce_plover_add() from the sink, then call
 * truce_plover_end() after each story. */
typedef struct truce_plover truce_plover;
truce_plover *truce_plover_new(void);
void truce_plover_free(truce_plover *p);
/* Take one event (copied); a finished record goes to b. */
void truce_plover_add(truce_plover *p, truce_buf *b, const truce_event *ev);
/* Write the story's last record to b and start afresh. */
void truce_plover_end(truce_plover *p, truce_buf *b);

#ifdef __cplusplus
}
#endif
#endif
