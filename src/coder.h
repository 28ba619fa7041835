/* coder.h — the coder's stages and the types they pass on, never installed.
 *
 * A story goes through the coder (coder.c) as tokens and sentences
 * (text.c); each sentence then through the stages, one module each:
 *
 *   dates.c     each event's date (date expressions: datexpr.c; across sentences: datestory.c)
 *   mentions.c  actor mentions: names, roles, pronouns (compounds.c: compounds)
 *   match.c     heads (verbs, event nouns) and their best pattern
 *   modality.c  the verb group: negation, passive, intent, threat, ...
 *   roles.c     who is the source and who the target (targets.c: the target;
 *               clause.c, agentof.c: the grammar of roles)
 *   speech.c    reported speech: the speaker's statement, praise, demands
 *   place.c     where the event happened (the gazetteer)
 *   emit.c      the event record, dedup, and pairs of compound actors
 *   flush.c     the sentence's events: means, repeats, out to the sink
 *   sentence.c  the orchestrator: match -> modality -> roles -> dates ->
 *               place -> emit, per head of a sentence
 *   tabari.c    TABARI's (and PETRARCH's) literal coding rules, which the
 *               main path calls only when truce_options.tabari or
 *               .literal ask for them
 *
 * Each stage reads what the earlier ones left in the story's arena through
 * const pointers (tokens, sentences, mentions) and fills its own results;
 * nothing is copied. The small token tests every stage uses are inline
 * here. Threads: a coder and all it holds belong to one thread.
 */
#ifndef TRUCE_CODER_H
#define TRUCE_CODER_H

#include "truce_int.h"

#include "geo.h"

/* ---- mentions ----------------------------------------------------------- */

typedef struct mention {
    uint32_t tok_start, tok_end;   /* token range */
    char code[16];                 /* resolved actor code, "" if unresolved */
    char country[4];               /* ISO3 or "" */
    bool person, plural, pronoun, first_person, needs_coref;
    bool placed;                   /* "demonstrators in Minsk": country from a place */
    bool member;                   /* a further member of a compound actor code "A/B" */
    bool commentator;              /* an analyst, professor, think tank: no story country */
    bool corefd;                   /* its code is an earlier actor's ("the minister") */
    bool unknown;                  /* a person named whom no knowledge codes (people.c) */
    char sector[8];                /* role of an actor without a country */
    uint8_t kind;                  /* AK_* of the head unit */
    uint32_t group;                /* compound group index */
    uint32_t prev_id;              /* word id of the token before it */
    /* TABARI pronouns: 1 + the index (in the sentence's mentions) of the
     * actor a pronoun stands for; 0 if none there */
    uint32_t ante;
    /* a user dictionary's actor: where its actor code (without the agent's
     * codes: "FOR" of "FORGOVPRS") sits in code */
    uint8_t actor_off, actor_len;
    /* a person the dictionaries date: his entry, for his code on a later
     * sentence's day (people.c, on_day); NULL if none */
    const actor_entry *named;
} mention;

/* A sentence's mentions, in text order (arena memory). */
typedef struct {
    mention *v;
    size_t n, cap;
} mvec;

/* A run of mentions: a compound group, or one mention. */
typedef struct {
    const mention *v;
    size_t n;
} mlist;

/* The longest actor-trie match at a token: one past its last token, and the
 * payload list of the trie node. */
typedef struct {
    uint32_t end;
    const actor_entry *e;
} unit;

/* ---- dates -------------------------------------------------------------- */

/* How much of a date the text gives: the day, the week ("last week", "two
 * weeks ago": its Monday), the month ("in June", "last month": its first
 * day), the year ("in 2019", "last year": January 1). DP_DAY is 0, so a
 * zeroed record says "day". */
enum { DP_DAY, DP_WEEK, DP_MONTH, DP_YEAR };

/* What a date expression is attached to (dates.c says how it is told):
 * the clause it stands in ("on Tuesday", "in 2019", "last week"), the noun
 * after it ("the 2004 bombing", "Tuesday's announcement"), the start of a
 * period ("since 2009"), or a bound that dates nothing ("before February
 * 2022", "by March", "until 2029"). */
enum { DA_CLAUSE, DA_NOUN, DA_SINCE, DA_BOUND };

typedef struct {
    uint32_t tok, tok_end;         /* its tokens [tok, tok_end) */
    truce_day day;                 /* the first day of the period */
    uint8_t prec;                  /* DP_* */
    uint8_t attach;                /* DA_* */
    bool deictic;                  /* the latest such day or month before the
                                    * story ("on Friday", "in June", "May 3"):
                                    * a plan's is a later one */
    bool full;                     /* the text gave the year */
    bool period;                   /* "lasted three years": a past period of a
                                    * year or more with no day; its clause is
                                    * background (day TRUCE_NODAY) */
} date_expr;

struct date_clauses;

/* What the first pass learns of each sentence, for the second. */
typedef struct {
    mvec mv;
    date_expr dates[16];
    size_t n_dates;
    /* the date of an earlier sentence's event this one continues (see
     * dates_continues), with its precision; TRUCE_NODAY if none */
    truce_day para_date;
    uint8_t para_prec;
    bool para_said;            /* para_date is when a quotation was said: only
                                * "X added" takes it */
    bool para_speech;          /* it goes on with what the same speaker said on
                                * para_date: its saying and what it reports
                                * take that date */
    bool para_link;            /* it opens with a link to the act before ("Then",
                                * "In response,"): a saying takes para_date too */
    bool para_background;      /* it goes on with an utterance of the past an earlier
                                * sentence told ("In an earlier statement, X said
                                * ... . He also accused ..."): its undated past
                                * acts are background (datestory.c) */
    /* the date of the latest violent incident an earlier sentence dated
     * ("Militants attacked a train on Tuesday", "Tuesday's bombing"), for
     * "killed in the attack" (dates.c: incident_ref); inc_known false: none */
    truce_day inc_date;
    uint8_t inc_prec;
    bool inc_known;
    bool inc_lead;             /* that incident was dated in the story's lead */
    truce_day news_date;       /* the incident the lead dated, unless a later one
                                * was told since (an earlier one told after the
                                * lead is its background): what a speaker's
                                * undated report of violence tells of
                                * (dates_reported_violence); TRUCE_NODAY: none */
    truce_day main_date;       /* the date of the sentence's main clause, for
                                * the actors' dated codes (TRUCE_NODAY: the story's) */
    const struct date_clauses *clauses;   /* its clauses (dates.c); NULL:
                                           * found when needed */
    char quote_speaker[16];
    unsigned agg_marks;        /* what makes it sum up many acts (sentence.c) */
} sinfo;

/* ---- matching ------------------------------------------------------------ */

typedef struct {
    const pattern *p;
    const mention *src, *tgt;   /* slot captures (first mention) */
    const mention *comp;        /* a % slot: a compound, each member both */
    size_t last_tok;            /* last token matched */
    size_t n_words;             /* tokens matched by word elements */
    const mention *skip[4];     /* actors a ^ passed over */
    size_t n_skip;
} pmatch;

/* ---- modality ------------------------------------------------------------ */

typedef struct {
    bool verb;          /* used as a verb */
    bool passive, negated, intent, threat, hypothetical;
    bool obligation;    /* "must", "should", "urged ... to": demanded, not done */
    bool refusal;       /* "refused to", "will not": rejected */
    bool infinitive_of_noun;   /* "the effort to return": no subject */
    bool announced;     /* an intent word ("ready to", "pledged to"), not a modal verb alone */
    bool planned;       /* "is scheduled to", "is due to": not (yet) done */
    bool possible;      /* "could", "might": possible, not done */
    bool attempt;       /* "is seeking to", "tried to" */
    bool status;        /* "is sanctioned by": a standing state */
    bool habit;         /* "routinely deny": a habit in the simple present (no verbal act) */
    bool conditioned;   /* an "if" or "unless" clause follows: "may halt ... if" */
    bool own_possible;  /* "X said it could retaliate": a possible act its own speaker names */
    bool cancelled;     /* "called off", "cancelled" later in the sentence */
    bool forecast;      /* "media reported that X will": a report's forecast, not X's word */
    bool purpose;       /* "sent troops to attack", "allowed police to search": not done */
    bool desire;        /* "wants to", "eager to": wished, not announced */
    bool wanted;        /* "wants Ukraine to withdraw": another's act wished for, none of
                         * its own (the wish is the wanter's demand: verbs.txt) */
    bool whether;       /* the hypothetical is "whether": a question, no condition */
    bool unvoiced;      /* a future act its doer is not said to announce ("German warships will
                         * patrol", "police said he was planning to attack"): a conflictual one
                         * is no threat (modality.c: voiced futures) */
    bool hyp_clause;    /* the "if" opens a clause before the verb's own ("If X goes on, we will act") */
    size_t group_start; /* first token of the verb group (aux etc.) */
} vinfo;

/* MODE_PLAN: the intent code of an act planned or attempted, none for a
 * conflictual one (where MODE_INTENT gives the threat) */
/* MODE_STATED: a future act the text states with no word of its doer's
 * ("Canada will raise tariffs on US steel"): the intent code, or for a
 * conflictual act the stated column (a threat for a measure against
 * another, none for an attack or a patrol the story forecasts) */
enum { MODE_INTENT, MODE_THREAT, MODE_DEMAND, MODE_REJECT, MODE_PLAN, MODE_STATED };

/* ---- events -------------------------------------------------------------- */

/* What every event of one head shares: its sentence, date, speaker, place
 * and clause. */
typedef struct {
    size_t sent;                  /* sentence index */
    truce_day date;               /* TRUCE_NODAY: background the text gives no date for */
    bool date_text;
    bool historical;
    const char *speaker;          /* for reporting */
    const mention *loc;           /* a place named in the event's clause */
    const char *rule;             /* provenance when no pattern fired */
    uint32_t cb, ce, head;        /* the event's clause and head, for places */
    bool unknown_source;          /* "civilians were killed": the attacker is not said */
    const mvec *mv;               /* the sentence's actors */
    uint8_t date_prec;            /* DP_* of date */
    bool incident;                /* dated as the story's incident it refers to ("killed in the
                                   * attack", violence a speaker reports): its place too */
} evctx;

/* A speech verb's report: who said it, and the tokens of what was said. */
typedef struct {
    size_t sent;
    size_t content_b, content_e;   /* tokens of the reported content */
    const mention *speaker;
    char code[16];
    size_t verb;
    const pattern *p;
} speech;

/* One head (a verb or event noun) on its way through the stages: where
 * it is, what the verb group says (modality), its best pattern and code,
 * and what its events share (date, place, speaker). */
typedef struct {
    size_t s_index;               /* the sentence */
    size_t sb, se;                /* its tokens (se: the content's end in reported speech) */
    size_t i;                     /* the head */
    size_t cb, ce;                /* the head's clause */
    vinfo v;
    pmatch best;
    const pattern *p;             /* best.p */
    char code[8];                 /* the code after modality */
    evctx x;
    const char *speaker_code;     /* the reporting speaker's code, or NULL */
} head_ctx;

/* Who acts on whom for one head (roles.c): the mentions chosen and the
 * lists coded, and the stand-in mentions they may point at. */
typedef struct head_roles {
    const mention *sm, *tm;       /* the source and target mentions chosen */
    mlist src, tgt;               /* the actors coded: groups, or one */
    mention dflt_src, dflt_tgt;   /* TABARI's DEFAULT, put at the verb */
    bool src_after_verb;          /* TABARI: the source found after the verb */
    bool lone_tgt;                /* tgt is tm alone, not its group */
    const char *role_cc;          /* the country a target role takes */
    mention place_target;         /* "arrived in Amman": the place's country */
    mention occupied;             /* "captured Kabul": the country's territory */
    mention located, tlocated;    /* roles placed in a country */
    mention fp;                   /* the speaker, standing for "I", "we" */
    mention sbuf[8], tbuf[8];     /* TABARI: compounds of roles */
    mlist src_roles, tgt_roles;
} head_roles;

/* TABARI's story state (truce_options.tabari): kept apart so the main path
 * reads without it. */
typedef struct {
    /* the actor code (agents left out) of the first actor named in the
     * story's last sentence, which a pronoun with no actor before it in
     * its own sentence stands for; "" if none */
    char fwd_code[16];
    size_t last_target_end;        /* the last coded verb's target ends here */
    /* DEFAULT: SOURCE [X] TARGET [Y] (opt.default_source and _target) as
     * mentions, made once; the head coder puts them at its verb */
    mention dflt_src, dflt_tgt;
} tabari_state;

/* A person the story has named (people.c). */
typedef struct {
    uint32_t first, last;          /* hashes of the name's first and last word */
    char code[16];                 /* its actor code, "" if none */
    char sector[8];                /* a role still without a country ("GOV") */
    bool commentator;
    const actor_entry *named;      /* his dated entry, if the dictionaries know him */
    truce_day day;                 /* the day code holds on */
} ctx_person;

/* What the story says about its actors (context.c, people.c): the country
 * it establishes, the sentence before's, the people it names. */
typedef struct {
    char country[4];               /* the story's country, "" if it establishes none */
    char headline_cc[4];           /* the headline's one country, "" if none or more */
    char prev_country[4];          /* the one country of the sentence before, "" if none */
    bool elsewhere;                /* this sentence places something in another country ... */
    char here[4];                  /* ... this one ("" if in more than one) */
    struct {
        char cc[4];
        uint32_t weight, n;        /* weighted, and how many mentions */
    } counts[24];                  /* countries named, weighted */
    size_t n_counts;
    ctx_person people[32];         /* the people named so far, the latest last */
    size_t n_people;
    ctx_person salient;            /* who "he" and "she" stand for ... */
    bool has_salient;              /* ... if anyone */
    char last_group[16];           /* the organisation named last: "the group" */
    char last_accuser[16];         /* the source of the story's last accusation (roles.c), "" if none */
    char last_asker[16];           /* ... of its last request, demand or offer */
    char last_attacker[16];        /* ... of its last act of force (targets_story.c) */
    char last_attack[8];           /* ... that act's code */
    char last_ask[16];             /* the source of the last request or offer coded ... */
    size_t last_ask_sent;          /* ... in this sentence of the story, + 1 (0: none) (targets_story.c) */
    struct {
        char accuser[16], accused[16];
    } accusations[8];              /* the story's last accusations, the latest last (targets.c) */
    size_t n_accusations;
    struct {
        char code[16];
        size_t sb;                 /* the first token of the sentence that named it */
        bool person;               /* a leader named, not a state ("both men" are people) */
    } leaders[4];                  /* the leaders named last (dyads.c: "both leaders") */
    size_t n_leaders;
    struct {
        char code[16];
        size_t sb;
    } parties[4];                  /* the actors of a country named last (people.c: "both sides") */
    size_t n_parties;
    size_t cur_sb, prev_sb;        /* this sentence's first token, the one before's */
    truce_day sent_day;            /* the day this sentence's people hold office on (people.c) */
    struct {
        uint32_t hash;             /* of the letters ("NISA") */
        mention m;                 /* the organisation they stand for */
    } aliases[16];                 /* the short names the story defined (acronyms.c) */
    size_t n_aliases;
} story_ctx;

struct truce_coder {
    const kb *k;
    truce_options opt;
    arena a;
    truce_buf scratch;
    tokcache *cache;               /* word forms seen by this coder */
    uint64_t bloom[16];            /* word ids of the current sentence */
    /* per story */
    const truce_story *st;
    const uint8_t *text;
    token *t;
    size_t nt;
    sentence *s;
    size_t ns;
    /* story state for coreference */
    char last_speaker[16];
    char last_person[16];
    char last_person_sector[8];
    char last_actor[16];
    char dl_name[64];              /* the dateline's place, title-cased */
    char dl_country[4];
    /* the place of the story's violent incident (its first act of force
     * placed in a town or a province), for the acts dated as that incident
     * with no place of their own (place.c: incident place) */
    struct {
        bool set;
        char name[64], country[4], admin1[64];
        const char *precision;
        double lat, lon;
        uint32_t geonameid;
    } inc_place;
    /* emitted keys for dedup */
    char (*seen)[48];
    size_t n_seen, cap_seen;
    truce_sink sink;
    void *user;
    size_t n_events;
    bool stop;
    /* a long story is coded a part at a time: where the part starts in the
     * story's text, and the sentences of the parts before it */
    size_t base;
    uint32_t sent_base;
    bool mutual;                   /* emitting the pairs of a joint act */
    bool two_sides;                /* emitting a pair of two mentions (emit.c: same_code_sides) */
    bool reciprocal;               /* ... one the text says is on each other ("their ties"): both ways */
    bool org_ids_ready;            /* org_ids filled (at first use) */
    uint32_t org_ids[64];          /* kb ids of org_heads' words (0: not in the kb) */
    size_t issues_sent;            /* 1 + the sentence whose issues ... */
    char issues_buf[512];          /* ... these are ("" = none) */
    size_t n_skipped;              /* sentences over max_sentence_tokens ... */
    size_t first_skipped;          /* ... and where the first one starts */
    truce_story_flag flag;         /* flag_codes: ### or +++ met */
    const mention *last_subject;   /* the last coded verb's source, in ... */
    size_t last_subject_sent;      /* ... this sentence */
    size_t xf_tok[8];              /* verbs of the sentence a transformation ... */
    size_t n_xf;                   /* ... has coded already */
    tabari_state tab;
    story_ctx ctx;
    /* the current sentence's events, held until it ends (emit_flush):
     * copies, their strings in held_a */
    truce_event *held;
    size_t n_held, cap_held;
    arena held_a;
    bool held_oom;
};

/* ---- token tests (every stage) ------------------------------------------ */

#define TOKF(i) (int)(c->t[i].end - c->t[i].start), (const char *)c->text + c->t[i].start

static inline bool tok_is(const truce_coder *c, size_t i, uint32_t id)
{
    return i < c->nt && id && c->t[i].id == id;
}

/* Is token i the lower-case word w (the text compared case-insensitively)?
 * Most calls fail on the first letter, most of the rest on the length. */
static inline bool tok_is_word(const truce_coder *c, size_t i, const char *w)
{
    if (i >= c->nt) {
        return false;
    }
    const token *t = &c->t[i];
    const uint8_t *s = c->text + t->start;
    uint8_t ch = s[0];
    if (ch >= 'A' && ch <= 'Z') {
        ch = (uint8_t)(ch + 32);
    }
    if (ch != (uint8_t)w[0] || t->end == t->start) {
        return false;
    }
    size_t n = t->end - t->start;
    if (n != strlen(w)) {
        return false;
    }
    for (size_t j = 1; j < n; j++) {
        ch = s[j];
        if (ch >= 'A' && ch <= 'Z') {
            ch = (uint8_t)(ch + 32);
        }
        if (ch != (uint8_t)w[j]) {
            return false;
        }
    }
    return true;
}

/* Is token i one of the lower-case words of the NULL-terminated list? */
static inline bool tok_is_one_of(const truce_coder *c, size_t i, const char *const *words)
{
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

static inline bool tok_punct(const truce_coder *c, size_t i, char ch)
{
    return i < c->nt && c->t[i].kind == TOK_PUNCT && c->text[c->t[i].start] == (uint8_t)ch;
}

static inline bool is_quote_tok(const truce_coder *c, size_t i)
{
    return i < c->nt && (c->t[i].flags & (TF_QUOTE_OPEN | TF_QUOTE_CLOSE));
}

/* Is token i a quotation mark of scare quotes around one lower-case word
 * ("was “inclined” to support", "is “flagrantly” defying"): no quotation
 * that opens or ends a clause? */
static inline bool quoted_word(const truce_coder *c, size_t i)
{
    const token *t = c->t;
    return i < c->nt && ((c->t[i].flags & TF_QUOTE_CLOSE && i >= 2 && t[i - 1].kind == TOK_WORD &&
                          !(t[i - 1].flags & TF_CAP) && (t[i - 2].flags & TF_QUOTE_OPEN)) ||
                         (c->t[i].flags & TF_QUOTE_OPEN && i + 2 < c->nt && t[i + 1].kind == TOK_WORD &&
                          !(t[i + 1].flags & TF_CAP) && (t[i + 2].flags & TF_QUOTE_CLOSE)));
}

static inline bool tok_has(const truce_coder *c, size_t i, uint64_t cls)
{
    return i < c->nt && (c->t[i].wclass & cls) != 0;
}

static inline bool is_be(const truce_coder *c, size_t i)
{
    return i < c->nt && c->t[i].vlemma && c->t[i].vlemma == c->k->w.be;
}

static inline bool is_aux(const truce_coder *c, size_t i)
{
    if (i >= c->nt) {
        return false;
    }
    uint32_t l = c->t[i].vlemma;
    return (l && (l == c->k->w.be || l == c->k->w.have || l == c->k->w.do_)) ||
           tok_has(c, i, WC_MODAL);
}

static inline bool tok_adverb(const truce_coder *c, size_t i)
{
    if (tok_has(c, i, WC_ADVERB)) {
        return true;
    }
    /* -ly words that are not verbs */
    const token *t = &c->t[i];
    size_t n = t->end - t->start;
    return t->kind == TOK_WORD && n > 4 && !t->isverb &&
           c->text[t->end - 2] == 'l' && c->text[t->end - 1] == 'y' && !(t->flags & TF_CAP);
}

static inline bool cap_word(const truce_coder *c, size_t i)
{
    return i < c->nt && c->t[i].kind == TOK_WORD && (c->t[i].flags & TF_CAP);
}

/* Is id a preposition (of, to, with, in, at, by, from, on, ...)? */
static inline bool is_prep(const truce_coder *c, uint32_t id)
{
    const kb *k = c->k;
    return id && (id == k->w.of || id == k->w.to || id == k->w.with || id == k->w.in ||
                  id == k->w.at || id == k->w.by || id == k->w.from || id == k->w.on ||
                  id == k->w.for_ || id == k->w.between || id == k->w.near ||
                  id == k->w.along || id == k->w.into || id == k->w.over ||
                  id == k->w.across || id == k->w.within || id == k->w.around ||
                  id == k->w.inside);
}

/* A clause ends at ; . ? ! : or a quotation mark. */
static inline bool clause_stop(const truce_coder *c, size_t i)
{
    return tok_punct(c, i, ';') || tok_punct(c, i, '.') || tok_punct(c, i, '?') ||
           tok_punct(c, i, '!') || tok_punct(c, i, ':') || is_quote_tok(c, i);
}

/* Has a transformation of this sentence coded the verb at i already? */
static inline bool xf_done(const truce_coder *c, size_t i)
{
    for (size_t q = 0; q < c->n_xf; q++) {
        if (c->xf_tok[q] == i) {
            return true;
        }
    }
    return false;
}

/* The CAMEO root of a code ("190" -> 19). */
static inline int code_root(const char *code)
{
    return (code[0] - '0') * 10 + (code[1] - '0');
}

/* ---- coder.c ---------------------------------------------------------- */

/* One line of explanation for --explain (truce_options.trace); nothing
 * without a trace callback. */
void coder_trace(const truce_coder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Tokens and sentences of a story (a part of it) into c->t and c->s, the
 * dateline's tokens left out and its place and country kept; the arena
 * reset. Every stage works on what this leaves (and the unit tests of the
 * stages start here). */
truce_status coder_prepare(truce_coder *c, const truce_story *st, truce_error *err);

/* ---- dates.c: date expressions and event dates ----------------------- */

/* The date expressions of tokens [b, e), resolved against ref (the story's
 * date, or TRUCE_NODAY) and, for "the next day", "two days later", "the day
 * before", against the last date the story named before b (anchor, of
 * precision anchor_prec; TRUCE_NODAY if none): at most cap into out;
 * returns the count. dates_find is dates_find_at without an anchor. */
size_t dates_find_at(const truce_coder *c, size_t b, size_t e, truce_day ref, truce_day anchor,
                     uint8_t anchor_prec, date_expr *out, size_t cap);
size_t dates_find(const truce_coder *c, size_t b, size_t e, truce_day ref, date_expr *out, size_t cap);
/* The event date of the head at token head of sentence x->sent into x
 * (date, date_prec, date_text, historical): the expression of the head's
 * clause nearest the head, else of the clause it depends on, outside
 * [excl_b, excl_e) — what a speaker said is not dated by when it was
 * said; but an expression right after the verb of saying (no finite verb
 * between) dates the saying, and a range before the verb with no finite
 * verb of its own ("Last month, X said") is no quotation; else (inherit,
 * a past act; or a verb "added") the date of the event the sentence
 * continues (si->para_date); else the story's. Background ("since the war
 * began", "past attacks", "a U.S.-designated group", "has denied for
 * years") has no date (TRUCE_NODAY) and is historical. Never after the
 * story; historical when its period ends over 30 days before it. */
void dates_event(const truce_coder *c, const sinfo *si, size_t head, evctx *x, size_t excl_b,
                 size_t excl_e, bool inherit);
/* An act of violence (the caller knows its code) a speaker reports ("the
 * group said it had blown up the tracks", "he said attackers detonated a
 * bomb": reported true) or told in the pluperfect ("had been killed"),
 * a past act the sentence gives no time for (x as dates_event left it:
 * the story's day, not from the text), is the recent incident the story
 * dated in its lead (si->inc_date, a day at most a week before the
 * story: the news the story follows up; not a later one), not the
 * day it is told: x takes that day. Otherwise x is unchanged. */
void dates_reported_violence(const truce_coder *c, const sinfo *si, size_t head, evctx *x, bool reported);
/* The first pass over a story's sentences: each one's date expressions
 * (si[k].dates), the date of its main clause (si[k].main_date), and the
 * date of an earlier event it continues (si[k].para_date), and the clauses
 * of those with dates (in the coder's arena). Sentences over
 * max_sentence_tokens get none. */
void dates_story(truce_coder *c, sinfo *si);
/* Does sentence k continue the event of sentence p (an earlier one)? See
 * dates.c for the rule. */
bool dates_continues(const truce_coder *c, size_t p, size_t k);

/* ---- mentions.c: actors of a sentence -------------------------------- */

/* Find the actor mentions of tokens [b, e) on day `day` into mv, grouped in
 * compounds. False if memory ran out. */
bool mentions_find(truce_coder *c, size_t b, size_t e, truce_day day, mvec *mv);
/* Is the noun phrase at token at, after b, an international body's appointee
 * ("the UN-appointed envoy", "United Nations-appointed special rapporteur
 * Jane Roe")? Its code into code. */
bool mentions_appointed(const truce_coder *c, const mvec *mv, size_t b, size_t at, truce_day day, char code[16]);
/* The longest actor-trie match at token i inside [i, e). */
bool mentions_unit(const truce_coder *c, size_t i, size_t e, unit *u);
/* The first entry of u's payload of the kind AK_*, or NULL. */
const actor_entry *mentions_unit_kind(const unit *u, int kind);
/* Is code an actor code that starts with a country (not IGO, REB, ...)? */
bool actor_is_country(const char *code);
/* Mentions by token: the one starting (end false) or ending (end true) at
 * tok with a code (or, pronouns, a pronoun). */
const mention *mv_at2(const mvec *mv, size_t tok, bool end, bool pronouns);
const mention *mv_at(const mvec *mv, size_t tok, bool end);
const mention *mv_ending_at(const mvec *mv, size_t tok);
/* Is token i inside a mention (pronouns aside)? */
/* A new mention at index `at` of mv (the ones after it move up), zeroed;
 * NULL if memory ran out (mvec.c). */
mention *mv_insert(truce_coder *c, mvec *mv, size_t at);
/* Does a coded actor after "with" end at token p ("with Sullivan speaking")? */
bool mv_with_actor_ending_at(const truce_coder *c, const mvec *mv, size_t sb, size_t p);
bool mv_inside(const mvec *mv, size_t i);
/* The compound group of the mention at index x. */
mlist mv_group(const mvec *mv, size_t x);
static inline size_t mv_index(const mvec *mv, const mention *m)
{
    return (size_t)(m - mv->v);
}

/* ---- compounds.c: which mentions act together ------------------------ */

/* Number the mentions of mv in groups: "A, B and C" (and "A, along with
 * B and C,") are one compound; returns the last group number used. */
uint32_t mentions_group_compounds(const truce_coder *c, mvec *mv);
/* Part a chain of mentions joined by commas only ("Russia, the ally of
 * Syria, said"): no compound; g is the last group number used. */
void mentions_split_comma_chains(const truce_coder *c, mvec *mv, uint32_t g);

/* ---- context.c: the story's actors ------------------------------------ */

/* The countries the story names (its headline, dateline, body) and the one
 * it establishes, into c->ctx; after coder_prepare. */
void context_story(truce_coder *c);
/* Before finding a sentence's mentions: the sentence before it (NULL for
 * the first). */
void context_sentence_begin(truce_coder *c, const mvec *prev);
/* Before coding the sentence of tokens [sb, se) and mentions cur: the
 * places it names. */
void context_sentence_places(truce_coder *c, const mvec *cur, size_t sb, size_t se);
/* The country a role with none of its own ("the authorities", "insurgents")
 * takes from the story when the text gives no place for it (the rule:
 * context.c); NULL if the story establishes none. */
const char *context_role_country(const truce_coder *c);
/* The same, whatever the sentence places: for people (people.c). */
const char *context_story_country(const truce_coder *c);
/* Does the story name cc once only (and not in its headline)? */
bool context_named_once(const truce_coder *c, const char *cc);
/* Where an event's completed codes live until the sink has it. */
typedef struct {
    char src[16], tgt[16], scc[4], tcc[4];
} ctx_bufs;
/* An event's actors of unknown country ("---REB") that its place has not
 * settled take the story's country (context_role_country); an event that
 * then has the same actor on both sides stands alone, and false if it is a
 * statement (no event). */
bool context_settle_event(const truce_coder *c, truce_event *ev, ctx_bufs *buf);

/* ---- names.c: names by their shape ------------------------------------ */

/* An organisation no dictionary knows, by the shape of its name at token j
 * inside [j, e): one past it (0 if none), its head noun's index into *head. */
size_t names_org(const truce_coder *c, size_t j, size_t e, size_t *head);
/* The code ("NGO") or sector ("GOV") a head noun gives its body; which. */
const char *names_org_code(size_t head);
bool names_org_is_code(size_t head);
/* A hyphenated word led by a country that did it ("Saudi-led"): the country. */
bool names_hyphen_country(const truce_coder *c, size_t j, char country[4]);
/* "an Iranian American journalist", "a Bangladeshi-American blogger",
 * "Cuban-Americans": the descent before "American" is no nationality;
 * the person is American. At token j (the hyphenated word, or "American"
 * after a country's adjective), before e: 1 before a person's role noun,
 * 2 for the people ("X-Americans"), else 0 (not "Chinese-American
 * trade"). */
int names_descent_american(const truce_coder *c, size_t j, size_t e);
/* A hyphenated word of a country at j ("Saudi-led"): its country and kind
 * (AK_ADJ) into country and *kind; American for "an Iranian-American
 * scholar", American people (AK_PEOPLE, *plural) for "Cuban-Americans".
 * False if the word is none. */
/* "BAGHDAD --", "BEIRUT, Lebanon --", "CAIRO (AP) -": a dateline inside
 * the text (a wire's slug before it) names where the story was filed, no
 * actor: its all-capitals capital or country mentions leave mv. */
void names_datelines(const truce_coder *c, mvec *mv, size_t e);
/* "a Turkish foreign policy adviser": the role noun up to three plain
 * nouns after token j, before e: its token, or 0. */
size_t names_role_past_nouns(const truce_coder *c, size_t j, size_t e);
/* "the Sudanese Congress Party", "the Kenyan Labour Party": after a
 * country's adjective, a name the actors know as another country's body
 * (India's Congress party) is that country's organisation of its kind:
 * its sector (names_org: OPP for a party) into sector and the token after
 * it; 0 if not so. u is the named unit at j. */
size_t names_adjective_org(const truce_coder *c, size_t j, size_t e, const unit *u, const char *country,
                           char sector[8]);
bool names_hyphen_nation(const truce_coder *c, size_t j, size_t e, char country[4], uint8_t *kind, bool *plural);
/* "ISIS-led attacks", "Hamas-led government": a hyphenated word of a
 * named group (no person) followed by "-led": the group, *kind AK_NAMED;
 * NULL if the word is none. */
const struct actor_entry *names_hyphen_led(const truce_coder *c, size_t j, uint8_t *kind);
/* Either of the two above at j: a country's hyphenated word into country,
 * or a group's "-led" into *named. */
bool names_hyphen_actor(const truce_coder *c, size_t j, size_t e, char country[4], uint8_t *kind, bool *plural,
                        const struct actor_entry **named);
/* Drop the mentions of [.., e) split from a "-backed" ("U.S.-backed"). */
void names_backed(const truce_coder *c, mvec *mv, size_t e);
/* Drop the mentions of [.., e) that are a sea's name ("South China Sea"). */
void names_waters(const truce_coder *c, mvec *mv, size_t e);

/* ---- people.c: the people a story names ------------------------------- */

/* After mentions.c has found the mentions of sentence tokens [sb, se):
 * people named with a title, an apposition or a verb of saying, surnames
 * of people named before, "he" and "she"; mv stays in text order. */
void people_sentence(truce_coder *c, size_t sb, size_t se, truce_day day, mvec *mv);

/* Is m "the government", "the cabinet" (a body, no person), and
 * pick, the person named last, of no country the story is about? Then it
 * is the story's own (people.c). */
bool people_foreign_body(const truce_coder *c, const mention *m, const char *pick);
/* The letters a story defines for an organisation ("the National
 * Intelligence and Security Agency (NISA)") and, in [sb, se), their later
 * use alone ("NISA said"), as that organisation (acronyms.c). */
void acronyms_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv);
/* The kin of an actor ("the family of the murdered soldier", "the
 * minister's son") as civilians of its country, in [sb, se) (kin.c). */
void kin_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv);
/* The armed men a person's possessive owns ("Saleh's forces": YEMMIL, one
 * actor), in [sb, se) (owners.c). */
void owners_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv);

/* "the two leaders", "both sides": the last two parties named, a
 * compound, in [sb, se) (dyads.c). */
void dyads_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv);

/* ---- match.c: heads and patterns ------------------------------------- */

/* The sentence's words into the coder's Bloom filter (pattern_possible). */
void match_sentence_bloom(truce_coder *c, size_t sb, size_t se);
/* The verb (*vp) and noun (*np) pattern lists headed by token i; false if
 * it heads none. */
bool match_head_patterns(const truce_coder *c, size_t i, const pattern **vp, const pattern **np);
/* The best pattern of list for the head at token i (most elements
 * matched; ties to the earlier line) within [sb, ce); its weight, or -1 if
 * none matches. */
int match_best(const truce_coder *c, const mvec *mv, const pattern *list, size_t i, size_t sb, size_t ce,
               pmatch *best);
/* How many tokens a word element matches from token i inside [i, end). */
size_t match_elem_fwd(const truce_coder *c, size_t i, size_t end, const pat_elem *pe);
/* A dictionary's transformation of the infinitive at token i ("wants to
 * attack"), or NULL. */
const transform *match_infinitive_transform(const truce_coder *c, size_t i);
/* Is the verb at i the governing verb of such a transformation? */
bool match_governs_transform(const truce_coder *c, size_t i);

/* ---- participle.c: verb forms that describe a noun ------------------ */
/* Is the lower-case word at p mostly of the POS lexicon's class `mostly`
 * (LEX_MOSTLY_NOUN, LEX_MOSTLY_ADJ)? */
bool participle_lex_mostly(const truce_coder *c, size_t p, uint8_t mostly);
/* The participle at i after the noun (phrase) ending at p: a reduced
 * relative of the sentence's subject ("An Iranian captured in X was ...")? */
bool participle_subject_relative(const truce_coder *c, const mvec *mv, size_t sb, size_t p, size_t i);
/* ... a description, no act ("the army, backed by X,", "gunmen suspected
 * to be", "a man accused of", "the U.S. and E.U. designated group")? */
bool participle_descriptive(const truce_coder *c, const mvec *mv, size_t sb, ptrdiff_t p, size_t i);
/* Is the -s form at i, before "of", a noun ("positions of")? */
bool participle_noun_before_of(const truce_coder *c, size_t i);
/* "two days back", "goes back to": "back" at i an adverb after p */
bool participle_adverb_back(const truce_coder *c, size_t p, size_t i);
/* "in two suicide blasts": the phrase ending at p is counted or a preposition's */
bool participle_counted_phrase(const truce_coder *c, size_t sb, size_t p);
/* "sought to take advantage": seeking to act, no request */
bool participle_seeking_to(const truce_coder *c, size_t i);
/* "shot back: ...", "shot back that": a retort */
bool participle_retort(const truce_coder *c, size_t i);
/* "tariffs on brandy imported from the EU": the participle at i, with
 * "from" or "into" after it, describes the common noun ending at p, the
 * object of a preposition after the clause's own verb */
bool participle_goods_from(const truce_coder *c, const mvec *mv, size_t sb, size_t p, size_t i);

/* ---- trailing.c: trailing participle clauses ------------------------- */

/* Is the -ing form at i the verb of a trailing clause (", killing 12")?
 * The index of the verb of the clause it trails, else SIZE_MAX. */
size_t trailing_main_verb(const truce_coder *c, const mvec *mv, size_t sb, size_t i);
/* Its doer, for an act coded `code`: the subject of the clause it trails,
 * or of the verb of saying before it for a verbal act (NULL if no actor);
 * *trails says whether i is one. */
const mention *trailing_subject(const truce_coder *c, const mvec *mv, size_t sb, size_t i, const char *code,
                                bool *trails);
/* The clause's object a pronoun right after it stands for ("blamed India,
 * accusing it of"), else NULL. */
const mention *trailing_pronoun_object(const truce_coder *c, const mvec *mv, size_t sb, size_t i);
/* The speaker of a trailing verb of saying (", saying ..."): the clause's
 * subject; *trails says whether i is one. */
const mention *trailing_speaker(const truce_coder *c, const mvec *mv, size_t sb, size_t i, bool *trails);
/* An infinitive a trailing participle of intent or threat governs (",
 * vowing to strike"): its modality into *v; false if i is none. */
bool trailing_infinitive(const truce_coder *c, const mvec *mv, size_t sb, size_t i, vinfo *v);

/* ---- modality.c: the verb group ------------------------------------- */

/* Is token i used as a verb here, and how: passive, negated, modality. */
vinfo modality_analyse(const truce_coder *c, const mvec *mv, size_t i, size_t sb);
/* The code of a pattern's code under a mode (data/modality.tsv) into out;
 * "" when the mode gives no event. */
void modality_code(const kb *k, const char *code, int mode, char out[8]);
/* modality.c's word tests, shared with voice.c: a verb of saying or
 * believing at q; the sentence [*b, *e) of token i; a finite verb of its own
 * between sb and p; a present "be" or "remain" at p; "no longer" ending at
 * p; the first token after u with adverbs passed over (i if none). */
bool modality_saying_verb(const truce_coder *c, size_t q);
void modality_sentence_span(const truce_coder *c, size_t i, size_t *b, size_t *e);
bool modality_verb_before(const truce_coder *c, size_t sb, size_t p);
bool modality_present_be(const truce_coder *c, size_t p);
bool modality_no_longer(const truce_coder *c, ptrdiff_t p, size_t sb);
size_t modality_next_word(const truce_coder *c, size_t u, size_t i);
/* voice.c: does the intent word at u govern the act at i (a modal, a
 * to-infinitive up to it: not "offers condolences to the families")? Is
 * the saying verb at u a passive report of a plan ("said by the army to
 * have planned")? Is the future act at i announced by its own doer? */
bool modality_intent_governs(const truce_coder *c, size_t u, size_t i);
bool modality_reported_infinitive(const truce_coder *c, size_t u, size_t i);
bool modality_voiced_future(const truce_coder *c, const mvec *mv, size_t i, size_t sb);
/* Is the future act at i one a news report forecasts ("media reported that X will", "according to
 * local media, X will", "X will reportedly"), not an announcement of its doer's? (voice.c) */
bool modality_reported_future(const truce_coder *c, const mvec *mv, size_t i);
/* The code the verb group v gives the pattern code pcode into out: the act
 * itself, an intent, a threat, a rejection; false (no event) when it is
 * negated, hypothetical, only demanded or the infinitive of a noun. */
bool modality_apply(const kb *k, const vinfo *v, const char *pcode, char out[8]);

/* ---- roles.c and clause.c: source and target --------------------------- */

/* Where the clause of the verb at head begins and ends. */
size_t roles_clause_begin(const truce_coder *c, size_t sb, size_t head);
size_t roles_clause_end(const truce_coder *c, size_t head, size_t se);
/* The subject before the verb at head in [cb, head), or NULL. */
const mention *roles_subject(const truce_coder *c, const mvec *mv, size_t cb, size_t head);
/* The object: the first mention after head before ce that is no place. */
const mention *roles_object(const truce_coder *c, const mvec *mv, size_t head, size_t ce, bool roles_ok);
/* A role with no country as an actor of country cc ("---" if NULL). */
const mention *roles_place_role(mention *out, const mention *role, const char *cc);
/* Violence (or an arrest, release, ...) with victims and no doer named: an
 * event of unknown source. False if it is not one. */
bool roles_victims(truce_coder *c, evctx *x, const mention *victims, const char *code, size_t head,
                   size_t last, const pattern *p);
/* Is code that of one of l's actors? */
bool roles_code_in(mlist l, const char *code);
/* Does the place mention m name a border ("near the Cameroon border")? */
bool roles_border(const truce_coder *c, const mention *m);
/* The object of a participle that trails the clause of the violence at
 * head ("..., wounding three soldiers"), or NULL (clause.c). */
const mention *roles_trailing_victims(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t head);
/* Where the object of the verb whose pattern ends at token after may be,
 * before ce (clause.c). */
size_t roles_object_end(const truce_coder *c, size_t after, size_t ce);
/* Does m own an act named by a noun ("India's construction of ports")
 * that is the subject of the verb at head (clause.c)? */
/* The code of a person's dated entry e on day d, in out; false if none
 * (mentions.c). */
bool mentions_resolve_named(const actor_entry *e, truce_day d, char out[16]);
bool roles_possessed_act(const truce_coder *c, const mention *m, size_t head);
/* "five", "hundred", "dozens": a number in words. */
bool roles_number_word(const truce_coder *c, size_t i);
/* "at the hands of" at token i: the doer of a passive follows (clause.c). */
bool roles_at_hands_of(const truce_coder *c, size_t i);
/* The part-of-speech lexicon's bits (LEX_*) of the lowercase word at token
 * i, 0 for others (clause.c). */
uint8_t roles_tok_lex(const truce_coder *c, size_t i);
/* Who a verb of saying's speaker spk stands for: itself, or (a role with
 * no country: "officials", "an analyst") a stand-in in the arena whose code
 * is the role's of the story's country ("KENGOV") or the commentator's
 * sector ("EDU"). NULL stays NULL. */
const mention *roles_speaker(truce_coder *c, const mention *spk);
/* What a statement of the speaker (code spk) whose content is tokens
 * [b, e) is about: the subject of what is said, else its object, if an
 * actor other than the speaker's own; not a name elsewhere in it ("said the
 * emir ran operations across Syria": none). NULL if none. */
const mention *roles_statement_about(const truce_coder *c, const mvec *mv, size_t b, size_t e, const char *spk);
/* Are tokens [b, e) before "..., X said" what X said (a clause or a
 * quotation), not a phrase of time or place ("This week, officials said")? */
bool roles_is_clause(const truce_coder *c, const mvec *mv, size_t b, size_t e);
/* "Jane Roe, an analyst, said": does the comma before the verb at token
 * verb close an apposition to a subject before it (not "..., said X")? */
bool roles_apposition_before(const truce_coder *c, const mvec *mv, size_t sb, size_t verb);
/* "..., said Jane Roe": the speaker named right after the verb of saying at
 * token verb (a person no knowledge codes too), or NULL. */
const mention *roles_inverted_speaker(const truce_coder *c, const mvec *mv, size_t verb);
/* Agents and targets the grammar of a clause gives (clause.c): the owner of
 * the operation an act happened in ("killed in a joint U.S.-Iraqi
 * operation"); the subject of a clause joined by "and" that used force;
 * whose act a non-finite verb is ("urged X to", "for refusing to"); the
 * actor "its offer" stands for; who made the charge "a charge X rejected"
 * sums up. NULL if none. */
const mention *roles_operation_agent(const truce_coder *c, const mvec *mv, size_t i, size_t ce);
const mention *roles_coordinated_agent(const truce_coder *c, const mvec *mv, size_t sb, size_t cb, size_t i);
/* The subject of a clause of time after the passive of force at i (its
 * code) whose verb is one of force ("were killed when gunmen opened
 * fire"); NULL if none (agentof.c). */
const mention *roles_when_agent(const truce_coder *c, const mvec *mv, size_t i, size_t ce, const char *code);
/* Whom the violence after the passive at i is blamed on ("killed by a
 * bomb blamed on militants"); NULL if none (agentof.c). */
const mention *roles_blamed_agent(const truce_coder *c, const mvec *mv, size_t i, size_t ce);
/* The other armed side of losses told "while" the other's are ("20
 * militants were killed, while four soldiers died"); NULL if none
 * (agentof.c). */
const mention *roles_clash_agent(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t i,
                                 const mention *victim);
const mention *roles_controller(const truce_coder *c, const mvec *mv, size_t cb, size_t i);
const mention *roles_possessor_of_object(const truce_coder *c, const mvec *mv, size_t sb, const mention *sm,
                                         size_t head, size_t oe);
const mention *roles_charge_owner(const truce_coder *c, const mvec *mv, size_t sb, const mention *sm, size_t head);
/* Is token i a dash ("-", an en or em dash)? */
bool roles_dash(const truce_coder *c, size_t i);
/* Find the source and target of the head h and code its events. */
void roles_code(truce_coder *c, const sinfo *si, head_ctx *h);
/* targets.c: the target of the head (r->tm), what it may not be, a
 * country's own state dropped; roles of other countries ("international
 * forces"); "were engaged in" (roles.c) */
void roles_find_target(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r);
void roles_check_target(truce_coder *c, const sinfo *si, head_ctx *h, head_roles *r);
void roles_drop_own_state(truce_coder *c, const head_ctx *h, head_roles *r);
void targets_note_accusation(truce_coder *c, const char *accuser, const char *accused);
bool roles_state_at_home(const char *src, const char *tgt);
bool roles_reporting_doer(const char *spk, const mention *victims, const char *code);
bool roles_reciprocal_object(const truce_coder *c, size_t i, size_t se);
bool roles_foreign_role(const truce_coder *c, const mention *m);
bool roles_state_participle(const truce_coder *c, size_t i);
bool roles_adjectival(const truce_coder *c, const mvec *mv, size_t sb, size_t i);
bool roles_clause_passive(const truce_coder *c, const mvec *mv, size_t sb, size_t i);
size_t roles_aside_before(const truce_coder *c, size_t sb, size_t i);

/* ---- speech.c: reported speech --------------------------------------- */

/* Does an addressee follow the verb of saying at i, then what is said
 * ("told Parliament Thursday that")? (addressee.c) */
bool speech_told_that(const truce_coder *c, const mvec *mv, size_t i, size_t se);
/* A legislature with no country told by a speaker of one ("the minister
 * told Parliament that"): the speaker's own, into out; NULL if none. */
const mention *speech_own_legislature(const truce_coder *c, const mvec *mv, const char *spk_code, size_t i,
                                      size_t se, mention *out);
/* Code the speech verb that heads h: the speaker's statement to an
 * addressee; fills *sp and returns true when the verb reports something
 * (its content is then read by speech_content). */
bool speech_head(truce_coder *c, const sinfo *si, const head_ctx *h, speech *sp);
/* Is the verb at q one of saying in the sense of a pattern of words that
 * follow it right after ("=charge that", "=point out"), and do they
 * ("charged that", "pointed out"; not "charged him with")?
 * VFLAG_SPEECH_SENSE (kb.h). */
bool speech_sense_at(const truce_coder *c, size_t q);
/* Events inside reported content: praise, demands, transformations, and
 * the statement itself. */
void speech_content(truce_coder *c, const sinfo *si, size_t s_index, const speech *sp);

/* ---- place.c: where -------------------------------------------------- */

/* A name read as a place (place_read): how the text marks it, and what
 * the gazetteer makes of it. */
enum { PK_NONE, PK_ADMIN, PK_SETTLEMENT, PK_CONTEXT, PK_INSIDE, PK_NEAR, PK_OWNER };
typedef struct {
    size_t b, ne;       /* tokens of the name itself ("Zaitseve") */
    size_t e;           /* one past the phrase ("Zaitseve, Donetsk oblast") */
    int kind;           /* PK_*: "X oblast", "X village", "X, Y", "X's Y",
                         * "X, 5 km north of Y", "X's Person" (no place) */
    bool known;         /* gp holds a place */
    bool fallback;      /* gp is not the name's own place but the one around
                         * it (the subdivision or country beside it, or the
                         * clause's best known place) */
    geo_place gp;
} place_hit;

/* One name the place stage reads as a place (a candidate of a clause). */
typedef struct {
    place_hit h;
    size_t q;       /* where the name starts */
    int tier;       /* how specific a place it is: 5000 the object of an
                     * act on the ground, 4000 a named facility, 3500 a
                     * place the text marks (the village of X, X town, X,
                     * Province), 3000 a town, 2000 a subdivision or
                     * region, 1000 a country */
    bool cued;      /* the text says it is a place (a preposition, a place
                     * noun, its own type word); else only the gazetteer */
} place_cand;

#define MAX_CANDS 48
/* The places named in the clause [cb, ce) of an event whose head is head
 * and code is code (head SIZE_MAX, code NULL: every place of the clause),
 * best first, into cand; returns how many. */
size_t place_candidates(const truce_coder *c, const mvec *mv, size_t cb, size_t ce, size_t head,
                        const char *code, const char *const *hints, size_t n_hints, place_cand *out,
                        size_t cap);
/* ---- placeinc.c: the place of the story's incident ------------------- */

/* Remember the place of ev, the story's first act of force placed in a
 * town or a province (x its context, code its CAMEO code). */
void place_incident_note(truce_coder *c, const evctx *x, const char *code, const truce_event *ev);
/* An act dated as the story's incident (x->incident) with no place of its
 * own (or only the dateline) takes the incident's: true if ev took it. */
bool place_incident_fill(const truce_coder *c, const evctx *x, truce_event *ev);

/* "place", "admin1", "region" or "country": the output's precision of f. */
const char *place_precision_name(geo_feature f);

/* What an event's location fields point into until the sink has it: the
 * place's name as written, the gazetteer's answer, actor codes settled by
 * the place. */
typedef struct {
    char locname[96];
    geo_place gp;
    char sfix[16], tfix[16], scfix[4], tcfix[4], tplace[4];
} place_bufs;

/* A country or capital named as a place in the clause [cb, ce) ("in
 * Armenia"), or NULL. */
const mention *place_in_clause(const truce_coder *c, const mvec *mv, size_t cb, size_t ce);
/* Is token i in the phrase of an act's cause ("in protest of police actions
 * in Jerusalem", "in response to strikes on Gaza"), whose places are not
 * the act's? cb: where its clause begins. */
bool in_cause_phrase(const truce_coder *c, size_t cb, size_t i);
/* The event's location into ev (name, country, admin1, coordinates,
 * precision, span), from the clause, the place mention or the dateline,
 * and the actors it settles. */
void place_event(const truce_coder *c, const evctx *x, const char *code, truce_event *ev, const char *sc,
                 const char *tc, place_bufs *buf);
/* Does the verb at i capture or seize (an occupation when its object is a
 * place)? */
bool place_occupies(const truce_coder *c, size_t i);

/* ---- emit.c: event records ------------------------------------------- */

/* One event for the sentence's list (deduplicated unless told
 * otherwise); emit_flush gives the list to the sink. */
/* Is what the verb at head takes (its object; the subject before its verb
 * group from group_start when passive) a place: a town, an island, a
 * city, region or country by name ("captured Vukovar", "Kisangani was
 * captured")? ce ends the clause. (test_senses.c: territory) */
bool emit_territory_object(const truce_coder *c, const mvec *mv, size_t head, size_t group_start, bool passive,
                           size_t ce);
void emit_event(truce_coder *c, const evctx *x, const char *src, const char *tgt, const char *code,
                size_t span_b, size_t span_e, const pattern *p);
/* Events for a source list x target list (a compound subject of a joint
 * act acting on each other). */
void emit_pairs(truce_coder *c, const evctx *x, mlist src, mlist tgt, const char *code, size_t span_b,
                size_t span_e, const pattern *p);
/* A copy of s in the held events' arena (emit.c; NULL stays NULL). */
const char *held_str(truce_coder *c, const char *s);

/* ---- flush.c: the sentence's held events go out ---------------------- */

/* At a sentence's end: leave out the held events another event of the
 * sentence makes redundant (default coding only), number the rest and give
 * them to the sink. False if out of memory (c->stop set). */
bool emit_flush(truce_coder *c);

/* ---- sentence.c: the orchestrator ------------------------------------ */

/* Code one sentence (index s_index) whose first-pass results are si. */
void sentence_code(truce_coder *c, sinfo *si, size_t s_index);

/* ---- tabari.c: literal coding (TABARI, PETRARCH) --------------------- */

/* TABARI's verbs of a sentence: where its last coded clause ends, and the
 * weak verbs ("SAID [023?]") kept for last. */
typedef struct {
    size_t coded_until, last_coded;
    size_t weak[8], n_weak;
} tabari_clauses;

/* mentions: pronouns stand for the first actor before them (or FORWARD,
 * the previous sentence's); a verb of the dictionary is no modifier of an
 * actor; after a list's "and", a comma ends it */
void tabari_pronouns(truce_coder *c, mvec *mv);
bool tabari_verb_at(const truce_coder *c, size_t i);
void tabari_regroup(const truce_coder *c, mvec *mv, uint32_t *g);
/* clauses: "but", an "or" joining verbs, an "and" not joining two actors */
bool tabari_or_verb(const truce_coder *c, size_t u);
size_t tabari_clause_begin(const truce_coder *c, const mvec *mv, size_t sb, size_t head);
size_t tabari_clause_end(const truce_coder *c, size_t head, size_t se);
/* comma-delimited clauses left out (truce_options.comma_clauses) */
void tabari_commas(truce_coder *c);
/* how well the head at i is coded: 2 a pattern line, 1 its verb line, 0 */
int tabari_head_rank(const truce_coder *c, const sinfo *si, size_t sb, size_t se, size_t i, pmatch *m);
/* COMPLEX: VERBS, CONJ: true (and the story flagged) if too complex */
bool tabari_complex(truce_coder *c, const sinfo *si, size_t sb, size_t se);
/* a head TABARI does not code now (see tabari.c) */
bool tabari_defer(const truce_coder *c, const sinfo *si, tabari_clauses *tc, size_t sb, size_t lim, size_t i);
/* verbs: a word used as a verb by literal coding only */
void tabari_literal_verb(const truce_coder *c, const mvec *mv, size_t sb, size_t i, const pattern *vp,
                         vinfo *v);
/* roles: TABARI's source, a target a ^ slot passed over, its targets */
void tabari_source(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);
const mention *tabari_skipped_target(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                     const head_roles *r);
void tabari_target(const truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r);
/* the members of m's compound, roles placed in the unknown country "---" */
mlist tabari_role_group(const mvec *mv, const mention *m, mention *buf, size_t cap);

#endif
