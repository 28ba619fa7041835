/* code.c — the coder: sentences in, events out.
 *
 * For each story: tokens and sentences (text.c), then per sentence
 *   1. date expressions ("On November 9, 2020", "on Thursday", "since
 *      February 1988") resolved against the story date;
 *   2. actor mentions: longest match in the actor trie, composed into noun
 *      phrases ("Acting Foreign Minister of Armenia Ara Ayvazyan",
 *      "Russian peacekeepers"), dated codes resolved by the event date,
 *      pronouns and bare titles resolved to earlier actors of the story,
 *      compounds ("Putin, Aliyev and Pashinyan") grouped;
 *   3. heads: verbs (by WordNet lemma) and event nouns that have patterns;
 *      for a verb, its group: negation, modality (intent/threat), passive;
 *   4. subject, object and pattern slots, the best pattern per head;
 *   5. reported speech: the speaker's statement, and praise when the
 *      speaker reports a third party's good deed; quotations attributed to
 *      their speaker across sentences.
 * Events go to the caller's sink in story order. All per-story memory comes
 * from the coder's arena, reset per story.
 */
#include "truce_int.h"

#include "geo.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct mention {
    uint32_t tok_start, tok_end;   /* token range */
    char code[16];                 /* resolved actor code, "" if unresolved */
    char country[4];               /* ISO3 or "" */
    bool person, plural, pronoun, first_person, needs_coref;
    bool placed;                   /* "demonstrators in Minsk": country from a place */
    bool member;                   /* a further member of a compound actor code "A/B" */
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
} mention;

typedef struct {
    uint32_t tok;                  /* token index of the expression */
    truce_day day;
    bool historical_hint;          /* "since ...", "in 1988" */
    bool full;                     /* the text gave the year */
} date_expr;


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
    /* TABARI: the actor code (agents left out) of the first actor named in
     * the story's last sentence, which a pronoun with no actor before it
     * in its own sentence stands for; "" if none */
    char fwd_code[16];
    size_t last_target_end;        /* TABARI: the last coded verb's target ends here */
    /* TABARI's DEFAULT: SOURCE [X] TARGET [Y] (opt.default_source and
     * _target) as mentions, made once; code_head puts them at its verb */
    mention dflt_src, dflt_tgt;
};

void truce_options_default(truce_options *o)
{
    memset(o, 0, sizeof *o);
    o->dedup = true;
    /* a news story is rarely over a few hundred KB; past this it is
     * reported as an error and skipped, so memory stays bounded */
    o->max_story_len = 10u << 20;
}

truce_coder *truce_coder_new(const truce_kb *knowledge, const truce_options *opt)
{
    truce_coder *c = calloc(1, sizeof *c);
    if (!c) {
        return NULL;
    }
    c->k = knowledge;
    if (opt) {
        c->opt = *opt;
    } else {
        truce_options_default(&c->opt);
    }
    snprintf(c->dflt_src.code, sizeof c->dflt_src.code, "%s", c->opt.default_source);
    snprintf(c->dflt_tgt.code, sizeof c->dflt_tgt.code, "%s", c->opt.default_target);
    arena_init(&c->a, 1 << 20);
    c->cache = calloc(1, sizeof *c->cache);
    if (!c->cache) {
        free(c);
        return NULL;
    }
    return c;
}

void truce_coder_free(truce_coder *c)
{
    if (!c) {
        return;
    }
    arena_free(&c->a);
    free(c->cache);
    truce_buf_free(&c->scratch);
    free(c->seen);
    free(c);
}

/* ---- small helpers ---------------------------------------------------- */

static void trace(const truce_coder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void trace(const truce_coder *c, const char *fmt, ...)
{
    if (!c->opt.trace) {
        return;
    }
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    c->opt.trace(c->opt.trace_user, line);
}

#define TOKF(i) (int)(c->t[i].end - c->t[i].start), (const char *)c->text + c->t[i].start

static bool tok_is(const truce_coder *c, size_t i, uint32_t id)
{
    return i < c->nt && id && c->t[i].id == id;
}

static bool tok_is_word(const truce_coder *c, size_t i, const char *w)
{
    if (i >= c->nt) {
        return false;
    }
    /* compared as it goes: most calls fail on the first letter */
    const token *t = &c->t[i];
    size_t n = t->end - t->start, j = 0;
    for (; j < n && w[j]; j++) {
        uint8_t ch = c->text[t->start + j];
        if (ch >= 'A' && ch <= 'Z') {
            ch = (uint8_t)(ch + 32);
        }
        if (ch != (uint8_t)w[j]) {
            return false;
        }
    }
    return j == n && w[j] == 0;
}

static bool tok_punct(const truce_coder *c, size_t i, char ch)
{
    return i < c->nt && c->t[i].kind == TOK_PUNCT && c->text[c->t[i].start] == (uint8_t)ch;
}

static bool is_quote_tok(const truce_coder *c, size_t i)
{
    return i < c->nt && (c->t[i].flags & (TF_QUOTE_OPEN | TF_QUOTE_CLOSE));
}

static bool tok_has(const truce_coder *c, size_t i, uint32_t cls)
{
    return i < c->nt && (c->t[i].wclass & cls) != 0;
}

static bool is_be(const truce_coder *c, size_t i)
{
    return i < c->nt && c->t[i].vlemma && c->t[i].vlemma == c->k->w.be;
}

static bool is_aux(const truce_coder *c, size_t i)
{
    if (i >= c->nt) {
        return false;
    }
    uint32_t l = c->t[i].vlemma;
    return (l && (l == c->k->w.be || l == c->k->w.have || l == c->k->w.do_)) ||
           tok_has(c, i, WC_MODAL);
}

static bool tok_adverb(const truce_coder *c, size_t i)
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

/* ---- dates -------------------------------------------------------------- */

static bool tok_number(const truce_coder *c, size_t i, int *v, int maxdigits)
{
    if (i >= c->nt || c->t[i].kind != TOK_NUM) {
        return false;
    }
    const token *t = &c->t[i];
    size_t n = t->end - t->start;
    /* allow "6th", "1st" */
    int x = 0, digits = 0;
    size_t j = t->start;
    for (; j < t->end && c->text[j] >= '0' && c->text[j] <= '9'; j++) {
        if (++digits > maxdigits || digits > 9) {
            return false;   /* checked before the product can overflow */
        }
        x = x * 10 + (c->text[j] - '0');
    }
    if (digits == 0) {
        return false;
    }
    if (j < t->end) {
        size_t rest = t->end - j;
        if (rest != 2 || n > 4) {
            return false;
        }
    }
    *v = x;
    return true;
}

static int tok_month(const truce_coder *c, size_t i)
{
    if (i >= c->nt || c->t[i].kind != TOK_WORD || !(c->t[i].flags & TF_CAP)) {
        return 0;
    }
    size_t e = c->t[i].end;
    /* "Sept." - the period may be a separate token */
    return month_from_name((str){c->text + c->t[i].start, (ptrdiff_t)(e - c->t[i].start)});
}

/* "the first since Saddam's ouster two months ago", "the deadliest since
 * March": a time inside a "since" phrase starts a period; it does not date
 * the sentence's event. */
static bool since_before(const truce_coder *c, size_t b, size_t i)
{
    for (size_t q = i; q > b && q + 6 > i; q--) {
        if (tok_is_word(c, q - 1, "since")) {
            return true;
        }
    }
    return false;
}

/* A count in digits or small words: "3", "two", "a" ("a week ago"). */
static bool tok_count(const truce_coder *c, size_t i, int *v)
{
    static const char *const words[] = {"a", "an", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    if (tok_number(c, i, v, 3)) {
        return true;
    }
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        if (tok_is_word(c, i, words[k])) {
            *v = k < 2 ? 1 : (int)k - 1;
            return true;
        }
    }
    return false;
}

/* Most recent day on or before ref with month m, day d. */
static truce_day recent_md(truce_day ref, int m, int d)
{
    int y, mm, dd;
    day_to_ymd(ref, &y, &mm, &dd);
    for (int k = 0; k < 2; k++, y--) {
        if (ymd_valid(y, m, d)) {
            truce_day x = day_from_ymd(y, m, d);
            if (x <= ref) {
                return x;
            }
        }
    }
    return TRUCE_NODAY;
}

/* Find date expressions in tokens [b, e). */
static size_t find_dates(truce_coder *c, size_t b, size_t e, truce_day ref,
                         date_expr *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = b; i < e && n < cap; i++) {
        if (c->t[i].kind != TOK_NUM && !tok_has(c, i, WC_DATE_WORD) &&
            !(i + 2 < e && tok_is(c, i + 2, c->k->w.ago))) {
            continue;
        }
        int m = tok_month(c, i), d, y;
        size_t j = i + 1;
        if (tok_punct(c, j, '.')) {
            j++;
        }
        if (m) {
            /* "May" needs a number next to it to be a month */
            if (tok_number(c, j, &d, 2) && d >= 1 && d <= 31) {
                size_t k2 = j + 1;
                if (tok_punct(c, k2, ',')) {
                    k2++;
                }
                if (tok_number(c, k2, &y, 4) && y >= 1900 && y <= 2100 && ymd_valid(y, m, d)) {
                    out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, m, d), false, true};
                    i = k2;
                    continue;
                }
                if (ref != TRUCE_NODAY) {
                    truce_day x = recent_md(ref, m, d);
                    if (x != TRUCE_NODAY) {
                        out[n++] = (date_expr){(uint32_t)i, x, false, false};
                    }
                }
                i = j;
                continue;
            }
            if (tok_punct(c, j, ',') && c->t[j + 1 < c->nt ? j + 1 : j].kind == TOK_NUM &&
                c->t[j + 1].end - c->t[j + 1].start == 4) {
                j++;   /* "March, 2016" */
            }
            if (tok_number(c, j, &y, 4) && y >= 1900 && y <= 2100) {
                bool since = i > b && (tok_is_word(c, i - 1, "since") || tok_is_word(c, i - 1, "in"));
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, m, 1), since, true};
                i = j;
                continue;
            }
            /* "in March", "since February", "early June": a month alone is
             * the latest such month, dated to its first day; the story's
             * own month says no more than the story's date */
            if (ref != TRUCE_NODAY && i > b && !since_before(c, b, i) &&
                (tok_is_word(c, i - 1, "in") || tok_is_word(c, i - 1, "early") ||
                 tok_is_word(c, i - 1, "late") || tok_is_word(c, i - 1, "mid") ||
                 tok_is_word(c, i - 1, "last"))) {
                int yy, mm, dd;
                day_to_ymd(ref, &yy, &mm, &dd);
                if (m != mm) {
                    out[n++] = (date_expr){(uint32_t)i, day_from_ymd(m > mm ? yy - 1 : yy, m, 1), false, false};
                }
            }
            continue;
        }
        /* "27 September 2020", "9 November" */
        if (tok_number(c, i, &d, 2) && d >= 1 && d <= 31 && (m = tok_month(c, i + 1)) != 0) {
            size_t k2 = i + 2;
            if (tok_punct(c, k2, '.')) {
                k2++;
            }
            if (tok_punct(c, k2, ',')) {
                k2++;
            }
            if (tok_number(c, k2, &y, 4) && y >= 1900 && y <= 2100 && ymd_valid(y, m, d)) {
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, m, d), false, true};
                i = k2;
                continue;
            }
            if (ref != TRUCE_NODAY) {
                truce_day x = recent_md(ref, m, d);
                if (x != TRUCE_NODAY) {
                    out[n++] = (date_expr){(uint32_t)i, x, false, false};
                }
            }
            i++;
            continue;
        }
        /* "the 1967 war", "the 2008 Mumbai attacks": a past year marks
         * background, dated to its first day */
        if (c->t[i].kind == TOK_NUM && c->t[i].end - c->t[i].start == 4 && i > b &&
            tok_is(c, i - 1, c->k->w.the) && tok_number(c, i, &y, 4) && y >= 1900 &&
            ref != TRUCE_NODAY && day_from_ymd(y, 12, 31) < ref) {
            out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, 1, 1), true, true};
            continue;
        }
        /* "since 1988", "in 2014" */
        if ((tok_is_word(c, i, "since") || tok_is_word(c, i, "in")) && tok_number(c, i + 1, &y, 4) &&
            c->t[i + 1].end - c->t[i + 1].start == 4 && y >= 1900 && y <= 2100) {
            if (ref == TRUCE_NODAY || day_from_ymd(y, 12, 31) < ref) {
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(y, 1, 1), true, true};
            }
            i++;
            continue;
        }
        if (ref == TRUCE_NODAY) {
            continue;
        }
        int wd = c->t[i].kind == TOK_WORD && (c->t[i].flags & TF_CAP)
                 ? weekday_from_name((str){c->text + c->t[i].start, (ptrdiff_t)(c->t[i].end - c->t[i].start)})
                 : -1;
        if (wd >= 0) {
            int back = (day_weekday(ref) - wd + 7) % 7;
            if (i > b && tok_is_word(c, i - 1, "last") && back == 0) {
                back = 7;
            }
            out[n++] = (date_expr){(uint32_t)i, ref - back, false, false};
            continue;
        }
        if (tok_is_word(c, i, "yesterday")) {
            out[n++] = (date_expr){(uint32_t)i, ref - 1, false, false};
        } else if (tok_is_word(c, i, "today") || tok_is_word(c, i, "tonight")) {
            out[n++] = (date_expr){(uint32_t)i, ref, false, false};
        } else if (tok_is_word(c, i, "last") && i + 1 < e) {
            if (tok_is_word(c, i + 1, "week")) {
                out[n++] = (date_expr){(uint32_t)i, ref - 7, false, false};
            } else if (tok_is_word(c, i + 1, "night")) {
                out[n++] = (date_expr){(uint32_t)i, ref - 1, false, false};
            } else if (tok_is_word(c, i + 1, "month")) {
                int yy, mm, dd;
                day_to_ymd(ref, &yy, &mm, &dd);
                mm = mm == 1 ? 12 : mm - 1;
                yy = mm == 12 ? yy - 1 : yy;
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(yy, mm, 1), false, false};
            } else if (tok_is_word(c, i + 1, "year")) {
                int yy, mm, dd;
                day_to_ymd(ref, &yy, &mm, &dd);
                out[n++] = (date_expr){(uint32_t)i, day_from_ymd(yy - 1, 1, 1), true, false};
            }
        } else if (tok_count(c, i, &d) && i + 2 < e && tok_is_word(c, i + 2, "ago") && !since_before(c, b, i)) {
            int mult = tok_is_word(c, i + 1, "days") || tok_is_word(c, i + 1, "day") ? 1
                     : tok_is_word(c, i + 1, "weeks") || tok_is_word(c, i + 1, "week") ? 7
                     : tok_is_word(c, i + 1, "months") || tok_is_word(c, i + 1, "month") ? 30
                     : tok_is_word(c, i + 1, "years") || tok_is_word(c, i + 1, "year") ? 365 : 0;
            if (mult) {
                out[n++] = (date_expr){(uint32_t)i, ref - d * mult, mult >= 30, false};
            }
        }
    }
    return n;
}

/* ---- actors ------------------------------------------------------------- */

typedef struct {
    uint32_t end;          /* one past the last token */
    const actor_entry *e;  /* payload list */
} unit;

/* Longest trie match starting at token i within [i, e). */
static bool match_unit(const truce_coder *c, size_t i, size_t e, unit *u)
{
    const trie *tr = &c->k->actors;
    uint32_t node = 0;
    bool found = false;
    for (size_t j = i; j < e; j++) {
        if (j > i && j + 1 < e && tok_punct(c, j, '_') && node && c->t[j - 1].end == c->t[j].start &&
            c->t[j].end == c->t[j + 1].start) {
            continue;   /* "Dol_Amroth": an underscore joins the words of a name */
        }
        /* from the root, the token knows its node already */
        uint32_t next = node ? trie_child(tr, node, c->t[j].id) : c->t[j].actor;
        bool by_stem = false;
        uint32_t gap = !next && j > i && c->k->actor_gap_id ? trie_child(tr, node, c->k->actor_gap_id) : 0;
        size_t skipped = 0;
        for (size_t q = j + 1; gap && !next && q < e && q < j + 8 && !tok_punct(c, q - 1, ','); q++) {
            /* TABARI: words between those of an actor written with a
             * space ("Prince of Dol Amroth", "Al \"The Weasel\" Gore"), up
             * to three (quotes and brackets aside), not past a comma */
            skipped += c->t[q - 1].kind != TOK_PUNCT;
            if (skipped > 3) {
                break;
            }
            next = trie_child(tr, gap, c->t[q].id);
            if (next) {
                j = q;
            }
        }
        if (!next && c->k->actor_stems && c->t[j].kind == TOK_WORD) {
            /* TABARI stems: "ARGENTIN" for "Argentina", "ROHAN" for
             * "Rohans"; the longest one, ending a stem entry */
            uint8_t key[64];
            ptrdiff_t n = text_key(c->text + c->t[j].start, (ptrdiff_t)(c->t[j].end - c->t[j].start), key,
                                   sizeof key);
            for (ptrdiff_t len = n - 1; len >= 3 && !next; len--) {
                uint32_t id = intern_find(&c->k->words, (str){key, len});
                uint32_t cand = id ? trie_child(tr, node, id) : 0;
                /* an exact entry ("LIBYA_") still takes a plural s */
                bool plural = (n - len == 1 && key[len] == 's') || (n - len == 2 && !memcmp(key + len, "es", 2));
                for (const actor_entry *x = cand ? tr->payload[cand] : NULL; x; x = x->next) {
                    if (x->stem || (plural && x->first_match && x->kind == AK_NAMED && !x->bare)) {
                        next = cand;
                        by_stem = true;
                        break;
                    }
                }
            }
        }
        if (!next && j > i && (next = trie_child(tr, node, TRIE_GAP_ID)) != 0) {
            /* a TABARI name's space: the next word may come later in the
             * clause ("PRINCE DOL_AMROTH": "Prince of Dol Amroth") */
            size_t k = j, stop = j + 8 < e ? j + 8 : e;
            uint32_t after = 0;
            /* the words passed over are words, not punctuation */
            while (k < stop && !(after = trie_child(tr, next, c->t[k].id)) && c->t[k].kind == TOK_WORD) {
                k++;
            }
            next = after;
            j = k;
        }
        node = next;
        if (!node) {
            break;
        }
        const actor_entry *pl = tr->payload[node];
        if (!pl) {
            continue;
        }
        if (by_stem) {
            u->end = (uint32_t)(j + 1);
            u->e = pl;
            found = true;
            break;
        }
        /* capitals-only entries (US, UK) need capitals in the text */
        /* ... or the title case some papers give acronyms of four letters
         * or more ("Nato", "Farc", "Unicef") */
        bool upper_ok = (c->t[j].flags & TF_UPPER) || (c->t[i].flags & TF_UPPER) ||
                        (j > i) || c->text[c->t[j].start] == 'U' ||
                        ((c->t[j].flags & TF_CAP) && c->t[j].end - c->t[j].start >= 4);
        const actor_entry *ok = NULL;
        for (const actor_entry *x = pl; x; x = x->next) {
            /* names of countries, places, people and organisations are
             * proper nouns: "Turkey" the country, not "turkey" */
            if (x->kind != AK_AGENT && !x->lower_ok && !(c->t[i].flags & TF_CAP)) {
                continue;
            }
            if (!x->need_upper || (upper_ok && (c->t[i].flags & TF_CAP) &&
                                   (c->t[i].flags & TF_UPPER || c->t[i].end - c->t[i].start > 2))) {
                ok = pl;
                break;
            }
        }
        if (ok) {
            u->end = (uint32_t)(j + 1);
            u->e = ok;
            found = true;
        }
    }
    return found;
}

static const actor_entry *unit_kind(const unit *u, int kind)
{
    for (const actor_entry *x = u->e; x; x = x->next) {
        if (x->kind == kind) {
            return x;
        }
    }
    return NULL;
}

/* Resolve a named entry's code on day d. */
static bool resolve_named(const actor_entry *e, truce_day d, char out[16])
{
    if (e->first_match) {
        /* a user dictionary: the first date restriction that holds wins, in
         * file order; else the first undated code (the actor's default, as
         * the validation suites expect: "SAM_GAMGEE [HOB]" then dated
         * codes); none, no code */
        for (int pass = 0; pass < 2; pass++) {
            for (uint32_t i = 0; i < e->n_spells; i++) {
                const dated_code *s = &e->spells[i];
                bool open_s = s->from == TRUCE_NODAY && s->to == TRUCE_NODAY;
                if (pass == 1 ? open_s
                              : !open_s && d != TRUCE_NODAY && (s->from == TRUCE_NODAY || d >= s->from) &&
                                    (s->to == TRUCE_NODAY || d <= s->to)) {
                    if (!strcmp(s->code, "---")) {
                        return false;   /* TABARI's dated null code: no actor then */
                    }
                    memcpy(out, s->code, 16);
                    /* a dated null code: no actor on this date */
                    return strcmp(s->code, "---") != 0;
                }
            }
        }
        return false;
    }
    const dated_code *open = NULL;
    for (uint32_t i = 0; i < e->n_spells; i++) {
        const dated_code *s = &e->spells[i];
        if (s->from == TRUCE_NODAY && s->to == TRUCE_NODAY) {
            open = s;
            continue;
        }
        if (d == TRUCE_NODAY) {
            continue;
        }
        if ((s->from == TRUCE_NODAY || d >= s->from) && (s->to == TRUCE_NODAY || d <= s->to)) {
            memcpy(out, s->code, 16);
            return true;
        }
    }
    if (open) {
        memcpy(out, open->code, 16);
        return true;
    }
    if (e->n_spells == 0) {
        return false;
    }
    /* outside every spell: an elite of the country of the latest spell
     * before d, or of the first spell */
    const dated_code *best = &e->spells[0];
    if (d != TRUCE_NODAY) {
        /* if every spell starts after d, the person was not yet in office:
         * still the country's elite */
        for (uint32_t i = 0; i < e->n_spells; i++) {
            if (e->spells[i].to != TRUCE_NODAY && e->spells[i].to < d) {
                best = &e->spells[i];
            }
        }
    }
    snprintf(out, 16, "%.3sELI", best->code);
    return true;
}

static bool is_country_code(const kb *k, const char *code)
{
    (void)k;
    if (strlen(code) < 3) {
        return false;
    }
    static const char *const nonstate[] = {"IGO", "NGO", "IMG", "MNC", "UNO", "EUR",
        "ISM", "REB", "INS", "PKO", "AFR", "ASA", "WST", "SAS", "SEA", "MEA", "EAF",
        "WAF", "NAF", "CAS", "CAU", "LAM", "BLK", "BAL", "SCN", "CRB", "EEU", "MDT",
        "PGS", "NMR", "SAF", "CAF", "SAM", "NAM", "CHR", "MOS", "JEW", "BUD", "HIN",
        "ITH", "ATH", "CVL", "GOV", "MIL", "COP", "OPP", "---", NULL};
    for (const char *const *p = nonstate; *p; p++) {
        if (memcmp(code, *p, 3) == 0) {
            return false;
        }
    }
    return true;
}

typedef struct {
    mention *v;
    size_t n, cap;
} mvec;

static mention *m_push(truce_coder *c, mvec *mv)
{
    if (mv->n == mv->cap) {
        size_t cap = mv->cap ? mv->cap * 2 : 32;
        mention *nv = NEW(&c->a, mention, cap);
        if (!nv) {
            return NULL;
        }
        if (mv->n) {
            memcpy(nv, mv->v, mv->n * sizeof *nv);
        }
        mv->v = nv;
        mv->cap = cap;
    }
    mention *m = &mv->v[mv->n++];
    memset(m, 0, sizeof *m);
    return m;
}

static void set_country(mention *m)
{
    memset(m->country, 0, sizeof m->country);
}

/* Resolve a title without a country ("the top diplomat") or a pronoun. */
static void coref(truce_coder *c, mention *m, const char *sector)
{
    const char *pick = NULL;
    if (m->pronoun) {
        pick = c->last_speaker[0] ? c->last_speaker : (c->last_person[0] ? c->last_person : NULL);
    } else if (sector) {
        if (c->last_speaker[0] && strcmp(c->last_speaker + 3, sector) == 0) {
            pick = c->last_speaker;
        } else if (c->last_person[0] && strncmp(c->last_person + 3, sector, 3) == 0) {
            pick = c->last_person;
        }
    }
    if (pick) {
        memcpy(m->code, pick, 16);
    }
}

/* A hyphenated word whose first part is a country or its adjective, and
 * whose rest does not say someone else acted ("Saudi-led" yes;
 * "Russian-backed", "London-based" no): the country. */
static bool hyphen_country(const truce_coder *c, size_t j, char country[4])
{
    const token *t = &c->t[j];
    if (t->kind != TOK_WORD || t->id || !(t->flags & TF_CAP)) {
        return false;
    }
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start, h = 0;
    while (h < n && p[h] != '-') {
        h++;
    }
    if (h == 0 || h + 1 >= n) {
        return false;
    }
    static const char *const passive[] = {"backed", "supported", "sponsored", "funded",
        "armed", "allied", "based", "brokered", "made", "built", "held", "controlled",
        "occupied", "appointed", "installed", "trained", "aligned", "friendly", "owned",
        "run", "dominated", "inspired", "born", "educated", NULL};
    for (const char *const *q = passive; *q; q++) {
        size_t ql = strlen(*q);
        if (n - h - 1 == ql && memcmp(p + h + 1, *q, ql) == 0) {
            return false;
        }
    }
    uint8_t key[64];
    ptrdiff_t kl = text_key(p, (ptrdiff_t)h, key, sizeof key);
    if (kl <= 0) {
        return false;
    }
    uint32_t id = intern_find(&c->k->words, (str){key, kl});
    uint32_t node = trie_child(&c->k->actors, 0, id);
    for (const actor_entry *x = node ? c->k->actors.payload[node] : NULL; x; x = x->next) {
        if (x->kind == AK_ADJ || x->kind == AK_COUNTRY) {
            memcpy(country, x->code, 3);
            country[3] = 0;
            return true;
        }
    }
    return false;
}

/* A country or capital named at token j ("the" allowed before it): its
 * code into country, and the token after it; 0 if there is none. */
static size_t country_at(const truce_coder *c, size_t j, size_t e, char country[4])
{
    while (j < e && (tok_is(c, j, c->k->w.the) || c->t[j].kind == TOK_NUM ||
                     (tok_has(c, j, WC_MODIFIER) && !(c->t[j].flags & TF_CAP)))) {
        j++;   /* "from two American aid groups", "of the several" */
    }
    unit u;
    if (j >= e || !match_unit(c, j, e, &u)) {
        return 0;
    }
    const actor_entry *ce = unit_kind(&u, AK_COUNTRY);
    if (!ce) {
        ce = unit_kind(&u, AK_CAPITAL);
    }
    if (!ce) {
        ce = unit_kind(&u, AK_ADJ);   /* "doctors from two American aid groups" */
    }
    if (!ce) {
        return 0;
    }
    memcpy(country, ce->code, 3);
    country[3] = 0;
    return u.end;
}

/* Head nouns of organisations' names and what their unknown bearers are:
 * a sector for a body of some state ("the Ceasefire Violations Committee"),
 * NGO for a civil group ("the Civil Liberty Organization"). */
static const struct {
    const char *word, *sector, *code;
} org_heads[] = {
    {"front", "REB", NULL},        {"brigade", "REB", NULL},       {"brigades", "REB", NULL},
    {"army", "REB", NULL},         {"movement", "OPP", NULL},      {"party", "OPP", NULL},
    {"alliance", "OPP", NULL},     {"coalition", "OPP", NULL},     {"union", "LAB", NULL},
    {"federation", NULL, "NGO"},   {"confederation", "LAB", NULL}, {"syndicate", "LAB", NULL},
    {"ministry", "GOV", NULL},     {"department", "GOV", NULL},    {"commission", "GOV", NULL},
    {"committee", "GOV", NULL},    {"council", "GOV", NULL},       {"agency", "GOV", NULL},
    {"office", "GOV", NULL},       {"bureau", "GOV", NULL},        {"authority", "GOV", NULL},
    {"assembly", "LEG", NULL},     {"court", "JUD", NULL},         {"tribunal", "JUD", NULL},
    {"police", "COP", NULL},       {"guard", "MIL", NULL},         {"corps", "MIL", NULL},
    {"company", "BUS", NULL},      {"corporation", "BUS", NULL},   {"organization", NULL, "NGO"},
    {"organisation", NULL, "NGO"}, {"association", NULL, "NGO"},   {"society", NULL, "NGO"},
    {"foundation", NULL, "NGO"},   {"institute", NULL, "NGO"},     {"network", NULL, "NGO"},
    {"watch", NULL, "NGO"},        {"forum", NULL, "NGO"},
};

static bool cap_word(const truce_coder *c, size_t i)
{
    return i < c->nt && c->t[i].kind == TOK_WORD && (c->t[i].flags & TF_CAP);
}

/* An organisation no dictionary knows, by the shape of its name: two or more
 * capitalised words whose last, or the last before "of"/"for", is the head
 * noun of an organisation ("The Civil Liberty Organization", "the
 * Association of African Jurists", "Ogaden National Liberation Front").
 * Returns one past the name, 0 if there is none; sets *head. */
static size_t org_name(const truce_coder *c, size_t j, size_t e, size_t *head)
{
    size_t k = j, ncap = 0;
    while (k < e && k < j + 6 && cap_word(c, k)) {
        k++;
        ncap++;
    }
    if (!ncap) {
        return 0;
    }
    *head = SIZE_MAX;
    if (!c->org_ids_ready) {
        /* the head words by kb id, once per coder: a token is then
         * compared by its id (a word the kb lacks, by its letters) */
        truce_coder *w = (truce_coder *)c;
        for (size_t h = 0; h < sizeof org_heads / sizeof org_heads[0] && h < 64; h++) {
            const char *word = org_heads[h].word;
            w->org_ids[h] = intern_find(&c->k->words, (str){(const uint8_t *)word, (ptrdiff_t)strlen(word)});
        }
        w->org_ids_ready = true;
    }
    uint32_t last = c->t[k - 1].id;
    for (size_t h = 0; h < sizeof org_heads / sizeof org_heads[0]; h++) {
        if (h < 64 && c->org_ids[h] ? last == c->org_ids[h] : tok_is_word(c, k - 1, org_heads[h].word)) {
            *head = h;
            break;
        }
    }
    if (*head == SIZE_MAX) {
        return 0;
    }
    size_t end = k;
    /* "of the Sovereign State of Biafra", "for Human Rights" */
    while (end < e && (tok_is(c, end, c->k->w.of) || tok_is(c, end, c->k->w.for_))) {
        size_t q = end + 1;
        if (tok_is(c, q, c->k->w.the)) {
            q++;
        }
        size_t q0 = q;
        while (q < e && q < q0 + 5 && cap_word(c, q)) {
            q++;
        }
        if (q == q0) {
            break;
        }
        ncap += q - q0;
        end = q;
    }
    return ncap >= 2 ? end : 0;
}

/* Find actor mentions in sentence tokens [b, e). */
/* A user dictionary's actor with the agents around it, composed as
 * PETRARCH and TABARI do: "Arnor cleric" ARN+REL, "MSF Arnor" NGO+ARN
 * (a prefix agent "[NGO~]"), "An MSF Arnor diplomat" NGOARNGOV, "Gondor's
 * main opposition group" GONMOP, "the government of Gondor" GONGOV. Only
 * for entries of user dictionaries; truce's own actors go through
 * find_mentions' grammar. False if there is no such actor at j. */
static bool dict_compose(const truce_coder *c, size_t j, size_t e, truce_day day, bool former, char out[64],
                         uint32_t *endp, bool *plural, bool *person, uint8_t actor_at[2])
{
    const kb *k = c->k;
    char pre[16] = "", suf[16] = "", base[64] = "";
    bool named = false, of = false;
    size_t q = j, end = j;
    *plural = *person = false;
    for (int guard = 0; guard < 8 && q < e; guard++) {
        unit u;
        if (c->opt.tabari && named && !of && !former && q + 1 < e && tok_is_word(c, q, "former") &&
            match_unit(c, q + 1, e, &u) && unit_kind(&u, AK_AGENT)) {
            former = true;   /* "Arnor former security officials" */
            q++;
            continue;
        }
        if (!match_unit(c, q, e, &u)) {
            if (!named && (pre[0] || suf[0]) && !of &&
                (tok_is(c, q, k->w.of) || tok_is(c, q, k->w.in) || tok_is(c, q, k->w.from))) {
                of = true;   /* "the government of Gondor", "Soldiers from Gondor" */
                q++;
                if (q < e && tok_is(c, q, k->w.the)) {
                    q++;
                }
                continue;
            }
            break;
        }
        const actor_entry *n = unit_kind(&u, AK_NAMED), *a = unit_kind(&u, AK_AGENT);
        if (n && n->first_match && named && !of && end == q && (pre[0] || suf[0])) {
            /* "Bree Prime Minister Romendacil": the title's holder named
             * after it belongs to the same actor */
            q = u.end;
            end = q;
            continue;
        }
        if (n && n->first_match && !named) {
            char one[16];
            if (resolve_named(n, day, one)) {
                snprintf(base, sizeof base, "%s", one);
            }
            named = true;
            *person = n->person;
            q = u.end;
            end = q;
            if (of) {
                /* "Lawmakers in Fornost and Gondor": the role of each */
                while (q + 1 < e && base[0]) {
                    size_t r = q;
                    while (r < q + 2 && r < e && (tok_punct(c, r, ',') || tok_is(c, r, k->w.and_))) {
                        r++;
                    }
                    unit u2;
                    const actor_entry *n2;
                    if (r == q || !match_unit(c, r, e, &u2) || !(n2 = unit_kind(&u2, AK_NAMED)) ||
                        !n2->first_match || !resolve_named(n2, day, one) ||
                        strlen(base) + strlen(one) + 2 > sizeof base) {
                        break;
                    }
                    size_t bl = strlen(base);
                    snprintf(base + bl, sizeof base - bl, "/%s", one);
                    q = u2.end;
                    end = q;
                }
                break;
            }
            if (q < e && tok_is(c, q, k->w.s)) {
                q++;   /* "Gondor's government" */
            }
            continue;
        }
        if (a && a->first_match && !of) {
            char *dst = a->prefix ? pre : suf;
            size_t dl = strlen(dst);
            snprintf(dst + dl, 16 - dl, "%s", a->code);
            *plural = a->plural;
            q = u.end;
            end = named ? q : end;
            continue;
        }
        break;
    }
    if (!named || !base[0]) {
        return false;
    }
    /* an agent code the actor's code already has is not added again
     * ("the USA government": USAGOV, not USAGOVGOV) */
    const char *tail = strlen(base) > 3 ? base + 3 : base;
    for (int side = 0; side < 2; side++) {
        char *x = side ? suf : pre;
        if (x[0] && strstr(tail, x)) {
            x[0] = 0;
        }
    }
    if (former && c->opt.tabari) {
        /* TABARI: a former office holder is an elite of the actor ("former
         * Gondor prosecutors" GONELI; "former officials in the White
         * House" USAGOVELI) */
        snprintf(suf, sizeof suf, "ELI");
    }
    /* each member of a compound code "A/B" takes the agents; TABARI gives
     * them to the first of a list after "of" only ("The ambassadors of
     * Arnor, Osgiliath and Gondor": ARNGOV, OSG, GON) */
    size_t on = 0;
    out[0] = 0;
    actor_at[0] = (uint8_t)strlen(pre);
    actor_at[1] = (uint8_t)(strchr(base, '/') ? (size_t)(strchr(base, '/') - base) : strlen(base));
    for (const char *part = base, *slash; part; part = slash ? slash + 1 : NULL) {
        slash = strchr(part, '/');
        int pl = slash ? (int)(slash - part) : (int)strlen(part);
        bool bare = on && of && c->opt.tabari;
        int w = snprintf(out + on, 64 - on, "%s%s%.*s%s", on ? "/" : "", bare ? "" : pre, pl, part,
                         bare ? "" : suf);
        if (w < 0 || on + (size_t)w >= 64 || pl + strlen(pre) + strlen(suf) >= 16) {
            snprintf(out, 64, "%s", base);
            actor_at[0] = 0;
            break;
        }
        on += (size_t)w;
    }
    *endp = (uint32_t)end;
    return true;
}

/* TABARI's pronouns: "he", "it", "them" stand for the first actor named
 * before them in the sentence, a compound with all its members ("Elrond
 * and Gondor urged Bree to assist them"); with none there, for the first
 * actor of the story's previous sentence (TABARI's forwarding: "He has
 * also asked Gondor" after "Fornost President Umbardacil appealed").
 * "I" and "we" are left to the speaker. */
static void tabari_pronouns(truce_coder *c, mvec *mv)
{
    for (size_t x = 0; x < mv->n; x++) {
        mention *m = &mv->v[x];
        if (!m->pronoun || m->first_person) {
            continue;
        }
        for (size_t y = 0; y < x && !m->ante; y++) {
            if (mv->v[y].code[0] && !mv->v[y].pronoun && mv->v[y].tok_end <= m->tok_start) {
                memcpy(m->code, mv->v[y].code, sizeof m->code);
                m->ante = (uint32_t)y + 1;
            }
        }
        if (!m->ante && c->fwd_code[0]) {
            memcpy(m->code, c->fwd_code, sizeof m->code);
        }
    }
}

static bool head_patterns(const truce_coder *c, size_t i, const pattern **vp, const pattern **np);

/* TABARI: is token i a word of the verb dictionary, not after a
 * determiner? Then it is the verb ("Estonia armed Libya"), not a modifier
 * of the actor after it. */
static bool tabari_verb_at(const truce_coder *c, size_t i)
{
    const pattern *vp, *np;
    return head_patterns(c, i, &vp, &np) && vp && !tok_has(c, i - 1, WC_DETERMINER);
}

static bool find_mentions(truce_coder *c, size_t b, size_t e, truce_day day, mvec *mv)
{
    const kb *k = c->k;
    size_t i = b;
    while (i < e) {
        /* pronouns */
        /* TABARI also reads object pronouns as actors ("asked him") */
        bool object_pronoun = c->opt.tabari && (tok_is_word(c, i, "him") || tok_is_word(c, i, "her") ||
                                                tok_is_word(c, i, "them"));
        if (tok_has(c, i, WC_PRONOUN) || tok_has(c, i, WC_SPEAKER_PRONOUN) || object_pronoun) {
            mention *m = m_push(c, mv);
            if (!m) {
                return false;
            }
            m->tok_start = (uint32_t)i;
            m->tok_end = (uint32_t)i + 1;
            m->pronoun = true;
            m->person = true;
            /* "we", "I" and, in reported speech, "they" stand for the
             * speaker; resolved when the speaker is known */
            m->first_person = tok_has(c, i, WC_SPEAKER_PRONOUN);
            m->plural = tok_has(c, i, WC_PLURAL_PRONOUN) || tok_is_word(c, i, "them");
            m->kind = AK_PRONOUN;
            m->prev_id = i > b ? c->t[i - 1].id : 0;
            if (c->opt.tabari) {
                /* TABARI: third-person pronouns stand for an actor named
                 * before them (see tabari_pronouns); I and we still for
                 * the speaker */
                m->first_person = m->first_person && !tok_is_word(c, i, "it") && !tok_is_word(c, i, "they");
            } else if (!m->first_person) {
                coref(c, m, NULL);
            }
            for (size_t q = 0; c->opt.tabari && !m->code[0] && !m->first_person && q + 1 < mv->n; q++) {
                /* TABARI: a pronoun with nothing before it in the story
                 * stands for the sentence's first actor ("Gondor's Prime
                 * Minister Falastur said he regretted") */
                if (mv->v[q].code[0] && !mv->v[q].pronoun) {
                    memcpy(m->code, mv->v[q].code, sizeof m->code);
                }
                if (m->code[0]) {
                    break;
                }
            }
            i++;
            continue;
        }
        size_t start = i, j = i;
        bool former = false;
        /* "thousands of Iraqi Kurds", "hundreds of protesters" */
        while (j + 1 < e && tok_has(c, j, WC_MODIFIER) && tok_is(c, j + 1, k->w.of) &&
               (tok_is_word(c, j, "thousands") || tok_is_word(c, j, "hundreds") ||
                tok_is_word(c, j, "dozens") || tok_is_word(c, j, "millions") ||
                tok_is_word(c, j, "scores") || tok_is_word(c, j, "tens"))) {
            j += 2;
        }
        unit probe;
        while (j < e && tok_has(c, j, WC_MODIFIER) && !match_unit(c, j, e, &probe) &&
               !(c->opt.tabari && j > b && tabari_verb_at(c, j))) {
            /* "the acting minister" skips "the acting"; "New Zealand",
             * "First Lady" are names themselves */
            if (tok_is_word(c, j, "former")) {
                former = true;
            }
            j++;
        }
        if (tok_is_word(c, j, "former")) {
            former = true;
            j++;
        }
        {
            char dcode[64];
            uint32_t dend;
            bool dpl, dper;
            uint8_t actor_at[2];
            if (dict_compose(c, j, e, day, former, dcode, &dend, &dpl, &dper, actor_at)) {
                if (c->opt.flag_codes && !strcmp(dcode, "###")) {
                    /* TABARI: an actor coded ### on this date discards the
                     * story */
                    c->flag = TRUCE_FLAG_DISCARD;
                    c->stop = true;
                    trace(c, "  story flagged ### by an actor");
                } else if (!strcmp(dcode, "+++")) {
                    /* TABARI: an actor coded +++ makes its sentence
                     * complex (not coded); without flag codes it is no
                     * actor */
                    if (c->opt.flag_codes) {
                        c->flag = TRUCE_FLAG_COMPLEX;
                        c->stop = true;
                        trace(c, "  story flagged +++ by an actor");
                    }
                    dcode[0] = 0;
                }
                /* "[FRO/BIL/SAM]": one mention per member, one group */
                for (char *part = dcode, *slash; part; part = slash ? slash + 1 : NULL) {
                    slash = strchr(part, '/');
                    if (slash) {
                        *slash = 0;
                    }
                    mention *m = m_push(c, mv);
                    if (!m) {
                        return false;
                    }
                    m->member = part != dcode;
                    m->tok_start = (uint32_t)start;
                    m->tok_end = dend;
                    m->kind = AK_NAMED;
                    m->plural = dpl || slash || part != dcode;
                    m->person = dper;
                    m->prev_id = start > b ? c->t[start - 1].id : 0;
                    size_t pl = strnlen(part, sizeof m->code - 1);   /* codes are short: cut, as before */
                    memcpy(m->code, part, pl);
                    m->code[pl] = 0;
                    if (part == dcode && (size_t)actor_at[0] + actor_at[1] <= strlen(m->code)) {
                        m->actor_off = actor_at[0];
                        m->actor_len = actor_at[1];
                    }
                    set_country(m);
                    if (is_country_code(k, m->code)) {
                        memcpy(m->country, m->code, 3);
                    }
                    if (m->person && !m->plural) {
                        memcpy(c->last_person, m->code, 16);
                    }
                }
                i = dend > start ? dend : start + 1;
                continue;
            }
        }
        char country[4] = {0}, sector[8] = {0};
        const actor_entry *named = NULL, *agent = NULL;
        uint8_t kind = 0;
        bool plural = false, person = false, any = false;
        uint32_t end = (uint32_t)j;
        size_t guard = 0;
        while (j < e && guard++ < 8) {
            unit u;
            if (!country[0] && !named && !agent && hyphen_country(c, j, country)) {
                /* "Vietnamese-led forces", "Azerbaijani-Armenian talks" */
                kind = AK_ADJ;
                any = true;
                j++;
                end = (uint32_t)j;
                continue;
            }
            if (!match_unit(c, j, e, &u)) {
                /* "of Armenia" after a title */
                size_t ce_end;
                if (sector[0] && !country[0] && tok_is(c, j, k->w.of) &&
                    (ce_end = country_at(c, j + 1, e, country)) != 0) {
                    j = ce_end;
                    end = (uint32_t)j;
                    continue;
                }
                /* "a spokesman for the Taliban", "leader of Hamas": the
                 * group speaks through its people */
                if (sector[0] && !country[0] && !named &&
                    (tok_is(c, j, k->w.of) || tok_is(c, j, k->w.for_))) {
                    size_t jj = j + 1;
                    if (tok_is(c, jj, k->w.the)) {
                        jj++;
                    }
                    unit u2;
                    const actor_entry *ne;
                    if (jj < e && match_unit(c, jj, e, &u2) && (ne = unit_kind(&u2, AK_NAMED)) != NULL &&
                        !ne->person) {
                        named = ne;
                        kind = AK_NAMED;
                        person = false;
                        j = u2.end;
                        end = (uint32_t)j;
                        continue;
                    }
                }
                /* "Armenia's" */
                if (country[0] && !sector[0] && !named && tok_is(c, j, k->w.s)) {
                    j++;
                    while (j < e && tok_has(c, j, WC_MODIFIER)) {
                        j++;
                    }
                    continue;
                }
                if (tok_has(c, j, WC_MODIFIER) && any && !named) {
                    j++;
                    continue;
                }
                /* "Montenegro Municipality Association", "Nigerian Football
                 * Federation": an organisation of that country */
                size_t oh2, oe2;
                if (country[0] && !agent && !named && !sector[0] && (oe2 = org_name(c, j, e, &oh2)) != 0) {
                    snprintf(sector, sizeof sector, "%s",
                             org_heads[oh2].code ? org_heads[oh2].code : org_heads[oh2].sector);
                    kind = kind ? kind : AK_AGENT;
                    j = oe2;
                    end = (uint32_t)j;
                    break;
                }
                /* "German State Prosecutors", "Syrian Arab Army": up to two
                 * capitalised words between a country and its role */
                if (country[0] && !agent && !named && (c->t[j].flags & TF_CAP) && c->t[j].kind == TOK_WORD) {
                    size_t jj = j;
                    while (jj < e && jj < j + 2 && (c->t[jj].flags & TF_CAP) && c->t[jj].kind == TOK_WORD) {
                        jj++;
                    }
                    unit u3;
                    if (jj < e && match_unit(c, jj, e, &u3) && unit_kind(&u3, AK_AGENT) &&
                        !unit_kind(&u3, AK_NAMED)) {
                        j = jj;
                        continue;
                    }
                }
                break;
            }
            const actor_entry *x;
            if (country[0] && !agent && !named && (kind == AK_ADJ || kind == AK_COUNTRY) &&
                j == end && tok_has(c, j, WC_ETHNIC) &&
                ((x = unit_kind(&u, AK_PEOPLE)) || (x = unit_kind(&u, AK_ADJ))) &&
                strncmp(x->code, country, 3) != 0) {
                /* "Bosnian Serbs", "Kosovo Albanians": a minority is
                 * its country's people; "Bosnian Serb leaders" likewise */
                unit u4;
                bool role_next = u.end < e && match_unit(c, u.end, e, &u4) && unit_kind(&u4, AK_AGENT);
                if (x->kind == AK_PEOPLE && x->plural) {
                    kind = AK_PEOPLE;
                    plural = true;
                    any = true;
                    j = u.end;
                    end = (uint32_t)j;
                    continue;
                }
                if (role_next) {
                    any = true;
                    j = u.end;
                    end = (uint32_t)j;
                    continue;
                }
            }
            if ((x = unit_kind(&u, AK_NAMED)) && !named) {
                named = x;
                person = x->person;
                kind = AK_NAMED;
            } else if ((x = unit_kind(&u, AK_AGENT)) && named && !named->person && !agent) {
                /* "Houthi rebels", "Hamas militants": the group's own code */
                agent = x;
            } else if ((x = unit_kind(&u, AK_AGENT)) && agent && !named && j == end) {
                /* "government warplanes", "army officers": the last role
                 * noun is the head of the phrase; but a group's leader or
                 * official ("rebel leader") keeps the group's role */
                bool keep = strcmp(x->code, "GOV") == 0 && strcmp(sector, "GOV") != 0;
                agent = x;
                if (!keep) {
                    memcpy(sector, x->code, sizeof sector - 1);
                }
                plural = x->plural;
                person = x->person;
            } else if ((x = unit_kind(&u, AK_AGENT)) && !agent && !named) {
                agent = x;
                memcpy(sector, x->code, sizeof sector - 1);
                plural = x->plural;
                person = x->person;
                if (!kind || kind == AK_ADJ || kind == AK_COUNTRY) {
                    kind = kind ? kind : AK_AGENT;
                }
            } else if (!country[0] && !agent && !named &&
                       ((x = unit_kind(&u, AK_ADJ)) || (x = unit_kind(&u, AK_COUNTRY)) ||
                        (x = unit_kind(&u, AK_CAPITAL)) || (x = unit_kind(&u, AK_PEOPLE)))) {
                memcpy(country, x->code, 3);
                kind = x->kind;
                plural = x->plural;
                /* "Armenian and Azerbaijani leaders": the adjective
                 * alone ends this mention; grouping joins them */
            } else {
                break;
            }
            any = true;
            j = u.end;
            end = (uint32_t)j;
        }
        size_t oh, oe;
        if (!any && (oe = org_name(c, j, e, &oh)) != 0) {
            /* an organisation we do not know by name: its kind of body */
            mention *m = m_push(c, mv);
            if (!m) {
                return false;
            }
            m->tok_start = (uint32_t)start;
            m->tok_end = (uint32_t)oe;
            m->kind = AK_AGENT;
            m->prev_id = start > b ? c->t[start - 1].id : 0;
            if (org_heads[oh].code) {
                snprintf(m->code, sizeof m->code, "%s", org_heads[oh].code);
            } else {
                snprintf(m->sector, sizeof m->sector, "%s", org_heads[oh].sector);
                m->needs_coref = true;
            }
            set_country(m);
            i = oe;
            continue;
        }
        if (!any) {
            i = start + 1;
            continue;
        }
        /* "rebels in the Ivory Coast", "students throughout Indonesia",
         * "protesters from Belarus": a role takes the country it is in */
        bool placed = false;
        if (sector[0] && !country[0] && !named && end < e && tok_has(c, end, WC_ROLE_PREP)) {
            size_t ce_end = country_at(c, end + 1, e, country);
            if (ce_end) {
                end = (uint32_t)ce_end;
                placed = true;
            }
        }
        /* "Albanians in southern Serbia", "the Serbs of Croatia": a people
         * living as a minority elsewhere are that country's people */
        if (!placed && kind == AK_PEOPLE && country[0] && !sector[0] && !named && end > start &&
            end < e && tok_has(c, end - 1, WC_ETHNIC) && (tok_is(c, end, k->w.in) || tok_is(c, end, k->w.of))) {
            char cc[4];
            size_t ce_end = country_at(c, end + 1, e, cc);
            if (ce_end && strncmp(cc, country, 3) != 0) {
                memcpy(country, cc, sizeof cc);
                end = (uint32_t)ce_end;
                placed = true;
            }
        }
        mention *m = m_push(c, mv);
        if (!m) {
            return false;
        }
        m->placed = placed;
        m->tok_start = (uint32_t)start;
        /* do not include leading "the" etc. in evidence if nothing matched it */
        m->tok_end = end;
        m->kind = kind;
        m->plural = plural;
        m->person = person;
        m->prev_id = start > b ? c->t[start - 1].id : 0;
        if (named) {
            if (!resolve_named(named, day, m->code)) {
                m->code[0] = 0;
            }
            /* "Soldiers of Gondor", "Afghan soldiers" with a dictionary that
             * codes the country as a named actor: the country plus the role */
            if (sector[0] && strlen(m->code) == 3 && is_country_code(k, m->code)) {
                snprintf(m->code + 3, sizeof m->code - 3, "%s", sector);
            }
            /* the text's own title outranks the dates we know: "Iraqi
             * President Saddam Hussein" is IRQGOV whatever the date */
            if (m->code[0] && sector[0] && strcmp(m->code + 3, "ELI") == 0 && !former) {
                memcpy(m->code + 3, sector, strlen(sector) + 1);
                if (country[0]) {
                    memcpy(m->code, country, 3);
                }
            }
            if (former && m->code[0]) {
                memcpy(m->code + 3, "ELI", 4);
            }
        } else if (country[0] && sector[0]) {
            snprintf(m->code, sizeof m->code, "%s%s", country, former ? "ELI" : sector);
        } else if (country[0]) {
            if (kind == AK_CAPITAL) {
                snprintf(m->code, sizeof m->code, "%sGOV", country);
            } else {
                snprintf(m->code, sizeof m->code, "%s", country);
            }
        } else if (sector[0]) {
            m->needs_coref = true;
            memcpy(m->sector, sector, sizeof m->sector);
            /* "the minister" is the minister we were told about; plural
             * "officials" may be anyone's: the event's place decides */
            if (person && !plural) {
                coref(c, m, sector);
            }
        }
        set_country(m);
        if (m->code[0] && is_country_code(k, m->code)) {
            memcpy(m->country, m->code, 3);
        }
        if (m->code[0] && m->person && !m->plural) {
            memcpy(c->last_person, m->code, 16);
        }
        i = end > start ? end : start + 1;
    }
    /* group compounds: A , B and C */
    uint32_t g = 0;
    for (size_t x = 0; x < mv->n; x++) {
        if (x > 0) {
            mention *p = &mv->v[x - 1], *m = &mv->v[x];
            size_t gap_b = p->tok_end, gap_e = m->tok_start;
            /* "A, B and C"; in literal (dictionary) coding also "Evil
             * Mordor, the awful Fornost, and good Gondor": up to three
             * determiners or lower-case non-verbs before the next member */
            size_t n_link = 0, n_mod = 0;
            bool joined = gap_e > gap_b;
            for (size_t q = gap_b; joined && q < gap_e; q++) {
                /* "neither A nor B": TABARI's NOR joins a compound too */
                if (tok_punct(c, q, ',') || tok_is(c, q, k->w.and_) || (c->opt.tabari && tok_is(c, q, k->w.nor))) {
                    joined = n_mod == 0;   /* modifiers only after the link */
                    n_link++;
                } else if (n_link && c->opt.literal && (tok_has(c, q, WC_DETERMINER | WC_MODIFIER) ||
                                      (c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) &&
                                       !c->t[q].vlemma && !c->t[q].isverb))) {
                    n_mod++;
                } else {
                    joined = false;
                }
            }
            joined = joined && n_link >= 1 && n_link <= 2 && n_mod <= 3;
            if (!joined && c->opt.tabari && gap_e > gap_b) {
                /* TABARI: "the evil Arnor awful Gondor": actors parted by
                 * the dictionary's <ADJECTIVE>s only are one phrase's */
                bool adj = true;
                for (size_t q = gap_b; q < gap_e && adj; q++) {
                    adj = tok_has(c, q, WC_TAB_ADJ);
                }
                joined = adj;
            }
            /* ", and" or "and" or "," between: same group, unless the
             * comma closes an appositive (no "and" anywhere ahead) */
            if ((!joined || p->pronoun || m->pronoun) && !m->member) {
                g++;
            }
        }
        mv->v[x].group = g;
    }
    if (c->opt.tabari) {
        tabari_pronouns(c, mv);
    }
    if (c->opt.trace) {
        for (size_t x = 0; x < mv->n; x++) {
            const mention *m = &mv->v[x];
            size_t b0 = c->t[m->tok_start].start, b1 = c->t[m->tok_end - 1].end;
            trace(c, "  actor \"%.*s\" -> %s%s", (int)(b1 - b0), (const char *)c->text + b0,
                  m->code[0] ? m->code : (m->first_person ? "(the speaker)" : "(unresolved)"),
                  m->pronoun ? " [pronoun]" : "");
        }
    }
    /* TABARI: after a list's "and", a comma ends it ("Ithilen and
     * Dagolath, the Osgiliath newspaper said"): what follows is another
     * actor */
    for (size_t x = 1; c->opt.tabari && x < mv->n; x++) {
        if (mv->v[x].group != mv->v[x - 1].group || mv->v[x].member) {
            continue;
        }
        bool link_and = false, seen_and = false, link_comma = false;
        for (size_t q = mv->v[x - 1].tok_end; q < mv->v[x].tok_start; q++) {
            link_and |= tok_is(c, q, k->w.and_) || tok_is(c, q, k->w.nor);
            link_comma |= tok_punct(c, q, ',');
        }
        for (size_t y = x - 1; y > 0 && mv->v[y - 1].group == mv->v[x].group && !seen_and; y--) {
            for (size_t q = mv->v[y - 1].tok_end; q < mv->v[y].tok_start; q++) {
                seen_and |= !mv->v[y].member && (tok_is(c, q, k->w.and_) || tok_is(c, q, k->w.nor));
            }
        }
        if (!link_and && link_comma && seen_and) {
            uint32_t old_g = mv->v[x].group;
            ++g;
            for (size_t z = x; z < mv->n && mv->v[z].group == old_g; z++) {
                mv->v[z].group = g;
            }
        }
    }
    /* a comma-only chain with no "and" is not a compound */
    for (size_t x = 0; x < mv->n;) {
        size_t y = x;
        bool has_and = false;
        while (y < mv->n && mv->v[y].group == mv->v[x].group) {
            if (y > x) {
                for (size_t q = mv->v[y - 1].tok_end; q < mv->v[y].tok_start; q++) {
                    has_and |= tok_is(c, q, k->w.and_) || (c->opt.tabari && tok_is(c, q, k->w.nor));
                }
            }
            y++;
        }
        if (!has_and && y - x > 1) {
            for (size_t z = x + 1; z < y; z++) {
                mv->v[z].group = mv->v[z].member ? mv->v[z - 1].group : ++g;
            }
        }
        x = y;
    }
    return true;
}

/* ---- events ------------------------------------------------------------- */

typedef struct {
    const mention *v;
    size_t n;
} mlist;

/* The mentions of group g starting at index x. */
static mlist group_at(const mvec *mv, size_t x)
{
    size_t y = x;
    while (y < mv->n && mv->v[y].group == mv->v[x].group) {
        y++;
    }
    size_t b = x;
    while (b > 0 && mv->v[b - 1].group == mv->v[x].group) {
        b--;
    }
    return (mlist){mv->v + b, y - b};
}

typedef struct {
    const pattern *p;
    const mention *src, *tgt;   /* slot captures (first mention) */
    const mention *comp;        /* a % slot: a compound, each member both */
    size_t last_tok;            /* last token matched */
    size_t n_words;             /* tokens matched by word elements */
    const mention *skip[4];     /* actors a ^ passed over */
    size_t n_skip;
} pmatch;

/* Record an actor a ^ element passed over. */
static void note_skip(pmatch *m, const pat_elem *el, const mention *x)
{
    if (el->kind == PE_SKIP && m->n_skip < 4) {
        m->skip[m->n_skip++] = x;
    }
}

static bool word_match(const truce_coder *c, size_t i, const pat_elem *pe)
{
    if (i >= c->nt) {
        return false;
    }
    const token *t = &c->t[i];
    for (int a = 0; a < pe->n_alts; a++) {
        uint32_t w = pe->alts[a];
        if (t->id == w || t->vlemma == w || t->nlemma == w) {
            return true;
        }
    }
    return false;
}

static bool id_match(const token *t, uint32_t w)
{
    return t->id == w || t->vlemma == w || t->nlemma == w;
}

/* The longest alternative of a word element that occurs at tokens
 * [i, i+len) inside [i, end): its length, or 0. A one-word element (no
 * alt_lens) is word_match. */
/* Does token i begin with the word id w (a TABARI stem)? */
static bool stem_match(const truce_coder *c, size_t i, uint32_t w)
{
    const token *t = &c->t[i];
    if (t->id == w || t->vlemma == w || t->nlemma == w) {
        return true;
    }
    if (t->kind != TOK_WORD) {
        return false;
    }
    str sw = intern_str(&c->k->words, w);
    uint8_t key[64];
    ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    return n >= sw.len && sw.len > 0 && memcmp(key, sw.p, (size_t)sw.len) == 0;
}

/* Does token k hold word id w, matched as mode (ALT_*) says? */
static bool alt_tok(const truce_coder *c, size_t k, uint32_t w, int mode)
{
    return mode == ALT_STEM ? stem_match(c, k, w) : mode == ALT_EXACT ? c->t[k].id == w : id_match(&c->t[k], w);
}

/* Words a pattern alternative may pass over at a PAT_GAP_ID. */
#define ALT_GAP 8

/* One alternative ids[0..n) (its last word matched as last says, ALT_*) matched
 * from token i inside [i, end): the tokens it spans, or 0. At a
 * PAT_GAP_ID other words may come before the next word (the first
 * place it occurs is taken). */
static size_t alt_fwd(const truce_coder *c, size_t i, size_t end, const uint32_t *ids, size_t n, int last)
{
    size_t pos = i;
    if (end > c->nt) {
        end = c->nt;
    }
    for (size_t q = 0; q < n; q++) {
        bool gap = ids[q] == PAT_GAP_ID && q + 1 < n;
        q += gap;
        int stem = q + 1 == n ? last : ALT_LEMMA;
        size_t stop = gap ? (pos + ALT_GAP + 1 < end ? pos + ALT_GAP + 1 : end) : (pos + 1 < end ? pos + 1 : end);
        while (pos < stop && !alt_tok(c, pos, ids[q], stem) && gap && c->t[pos].kind == TOK_WORD) {
            pos++;
        }
        if (pos >= stop || !alt_tok(c, pos, ids[q], stem)) {
            return 0;
        }
        pos++;
    }
    return pos - i;
}

/* The same for an alternative that ends at token i, inside [begin, i]. */
static size_t alt_back(const truce_coder *c, ptrdiff_t i, ptrdiff_t begin, const uint32_t *ids, size_t n,
                       int last)
{
    ptrdiff_t pos = i;
    bool gap = false;
    for (size_t r = n; r-- > 0;) {
        if (ids[r] == PAT_GAP_ID) {
            gap = r + 1 < n;
            continue;
        }
        int stem = r + 1 == n ? last : ALT_LEMMA;
        ptrdiff_t stop = gap ? (pos - ALT_GAP - 1 > begin - 1 ? pos - ALT_GAP - 1 : begin - 1) : pos - 1;
        if (stop < begin - 1) {
            stop = begin - 1;
        }
        while (pos > stop && !alt_tok(c, (size_t)pos, ids[r], stem) && gap && c->t[pos].kind == TOK_WORD) {
            pos--;
        }
        if (pos <= stop || !alt_tok(c, (size_t)pos, ids[r], stem)) {
            return 0;
        }
        pos--;
        gap = false;
    }
    return (size_t)(i - pos);
}

static size_t elem_fwd(const truce_coder *c, size_t i, size_t end, const pat_elem *pe)
{
    if (pe->stem) {
        return i < end && i < c->nt && stem_match(c, i, pe->alts[0]) ? 1 : 0;
    }
    if (pe->exact) {
        return i < end && i < c->nt && c->t[i].id == pe->alts[0] ? 1 : 0;
    }
    if (!pe->alt_lens && !pe->alt_stem) {
        return i < end && word_match(c, i, pe) ? 1 : 0;
    }
    size_t best = 0, o = 0;
    for (int a = 0; a < pe->n_alts; o += pe->alt_lens ? pe->alt_lens[a] : 1, a++) {
        size_t n = pe->alt_lens ? pe->alt_lens[a] : 1;
        size_t len = alt_fwd(c, i, end, pe->alts + o, n, pe->alt_stem ? pe->alt_stem[a] : ALT_LEMMA);
        if (len > best) {
            best = len;
        }
    }
    return best;
}

/* The same, for an alternative that ends at token i (inside [begin, i]). */
static size_t elem_back(const truce_coder *c, ptrdiff_t i, ptrdiff_t begin, const pat_elem *pe)
{
    if (i < begin) {
        return 0;
    }
    if (pe->stem) {
        return stem_match(c, (size_t)i, pe->alts[0]) ? 1 : 0;
    }
    if (pe->exact) {
        return c->t[i].id == pe->alts[0] ? 1 : 0;
    }
    if (!pe->alt_lens && !pe->alt_stem) {
        return word_match(c, (size_t)i, pe) ? 1 : 0;
    }
    size_t best = 0, o = 0;
    for (int a = 0; a < pe->n_alts; o += pe->alt_lens ? pe->alt_lens[a] : 1, a++) {
        size_t n = pe->alt_lens ? pe->alt_lens[a] : 1;
        size_t len = alt_back(c, i, begin, pe->alts + o, n, pe->alt_stem ? pe->alt_stem[a] : ALT_LEMMA);
        if (len > best) {
            best = len;
        }
    }
    return best;
}

static const mention *mention_at2(const mvec *mv, size_t tok, bool end, bool pronouns)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (!mv->v[x].code[0] && !(pronouns && mv->v[x].pronoun)) {
            continue;
        }
        if (!end && mv->v[x].tok_start == tok) {
            return &mv->v[x];
        }
        if (end && mv->v[x].tok_end == tok + 1) {
            return &mv->v[x];
        }
    }
    return NULL;
}

static const mention *mention_at(const mvec *mv, size_t tok, bool end)
{
    return mention_at2(mv, tok, end, false);
}

static void bloom_add(truce_coder *c, uint32_t id)
{
    if (id) {
        uint32_t b = PAT_BLOOM_BIT(id);
        c->bloom[b >> 6] |= 1ull << (b & 63);
    }
}

/* Can every word element of the pattern occur in this sentence? A cheap
 * test that spares the matcher most patterns. */
static bool pattern_possible(const truce_coder *c, const pattern *p)
{
    /* first the one-word elements, kept in the pattern itself */
    for (int k = 0; k < p->n_need; k++) {
        if (!((c->bloom[p->need[k] >> 6] >> (p->need[k] & 63)) & 1)) {
            return false;
        }
    }
    for (int side = 0; side < 2; side++) {
        const pat_elem *el = side ? p->pre : p->post;
        int n = side ? p->n_pre : p->n_post;
        for (int k = 0; k < n; k++) {
            if (el[k].kind != PE_WORD || el[k].stem || el[k].alt_stem) {
                continue;   /* stems match words the filter does not hold */
            }
            bool any = false;
            size_t o = 0;
            for (int a = 0; a < el[k].n_alts && !any; a++) {
                uint32_t b = PAT_BLOOM_BIT(el[k].alts[o]);
                any = (c->bloom[b >> 6] >> (b & 63)) & 1;
                o += el[k].alt_lens ? el[k].alt_lens[a] : 1;
            }
            if (!any) {
                return false;
            }
        }
    }
    return true;
}

static bool clause_stop(const truce_coder *c, size_t i)
{
    return tok_punct(c, i, ';') || tok_punct(c, i, '.') || tok_punct(c, i, '?') ||
           tok_punct(c, i, '!') || tok_punct(c, i, ':') || is_quote_tok(c, i);
}

/* The slot a slot element fills; NULL for ^ (an actor passed over). */
static const mention **slot_of(pmatch *m, const pat_elem *el)
{
    switch (el->kind) {
    case PE_SRC:
        return &m->src;
    case PE_TGT:
        return &m->tgt;
    case PE_COMP:
        return &m->comp;
    default:
        return NULL;
    }
}

/* Match post-elements from token pos; returns true and fills m. */
static bool match_post(const truce_coder *c, const mvec *mv, const pat_elem *el, int n,
                       size_t pos, size_t end, pmatch *m)
{
    if (n == 0) {
        return true;
    }
    /* skip a determiner before words and slots */
    switch (el->kind) {
    case PE_GAP: {
        size_t max = el->max_gap ? el->max_gap : 6;
        for (size_t skip = 0; skip <= max && pos + skip <= end; skip++) {
            if (skip > 0 && clause_stop(c, pos + skip - 1)) {
                break;
            }
            /* a word must come next: only try where it (or "the" + it) is */
            if (n > 1 && el[1].kind == PE_WORD && !elem_fwd(c, pos + skip, end, &el[1]) &&
                !elem_fwd(c, pos + skip + 1, end, &el[1])) {
                continue;
            }
            if (match_post(c, mv, el + 1, n - 1, pos + skip, end, m)) {
                return true;
            }
        }
        return false;
    }
    case PE_WORD: {
        size_t len = elem_fwd(c, pos, end, el);
        if (len) {
            m->last_tok = pos + len - 1;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + len, end, m)) {
                return true;
            }
            m->n_words -= len;
            return false;
        }
        if (pos < end && (tok_is(c, pos, c->k->w.the) || tok_is(c, pos, c->k->w.a) ||
                          tok_is(c, pos, c->k->w.an)) && (len = elem_fwd(c, pos + 1, end, el)) != 0) {
            m->last_tok = pos + len;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + 1 + len, end, m)) {
                return true;
            }
            m->n_words -= len;
        }
        return false;
    }
    case PE_SRC:
    case PE_TGT:
    case PE_COMP:
    case PE_SKIP: {
        size_t p = pos;
        for (int tries = 0; tries < 3 && p < end; tries++, p++) {
            /* TABARI: a pronoun fills a slot ("SAID $ *": "said he
             * regretted"), resolved when the event is coded */
            const mention *x = mention_at2(mv, p, false, c->opt.tabari);
            if (x) {
                const mention **slot = slot_of(m, el);
                const mention *save = slot ? *slot : NULL;
                if (slot) {
                    *slot = x;
                }
                m->last_tok = x->tok_end - 1;
                if (match_post(c, mv, el + 1, n - 1, x->tok_end, end, m)) {
                    note_skip(m, el, x);
                    return true;
                }
                if (slot) {
                    *slot = save;
                }
                return false;
            }
            /* only determiners/modifiers may come before the actor */
            if (!tok_has(c, p, WC_MODIFIER | WC_DETERMINER)) {
                return false;
            }
        }
        return false;
    }
    }
    return false;
}

static bool match_pre(const truce_coder *c, const mvec *mv, const pat_elem *el, int n,
                      ptrdiff_t pos, ptrdiff_t begin, pmatch *m)
{
    if (n == 0) {
        return true;
    }
    switch (el->kind) {
    case PE_GAP: {
        ptrdiff_t max = el->max_gap ? el->max_gap : 6;
        for (ptrdiff_t skip = 0; skip <= max && pos - skip >= begin - 1; skip++) {
            if (match_pre(c, mv, el + 1, n - 1, pos - skip, begin, m)) {
                return true;
            }
        }
        return false;
    }
    case PE_WORD: {
        size_t len = elem_back(c, pos, begin, el);
        if (len) {
            m->n_words += len;
            if (match_pre(c, mv, el + 1, n - 1, pos - (ptrdiff_t)len, begin, m)) {
                return true;
            }
            m->n_words -= len;
        }
        return false;
    }
    case PE_SRC:
    case PE_TGT:
    case PE_COMP:
    case PE_SKIP:
        /* "Russia's invasion of Ukraine": the possessive is the actor */
        if (pos > begin && tok_is(c, (size_t)pos, c->k->w.s)) {
            pos--;
        }
        if (pos >= begin) {
            const mention *x = mention_at2(mv, (size_t)pos, true, c->opt.tabari);
            if (x) {
                const mention **slot = slot_of(m, el);
                const mention *save = slot ? *slot : NULL;
                if (slot) {
                    *slot = x;
                }
                if (match_pre(c, mv, el + 1, n - 1, (ptrdiff_t)x->tok_start - 1, begin, m)) {
                    note_skip(m, el, x);
                    return true;
                }
                if (slot) {
                    *slot = save;
                }
            }
        }
        return false;
    }
    return false;
}

/* The best pattern of list for the head at token i (most elements
 * matched; ties to the earlier line); its weight, or -1 if none matches. */
static int best_pattern(const truce_coder *c, const mvec *mv, const pattern *list, size_t i,
                        size_t sb, size_t ce, pmatch *best)
{
    int best_w = -1;
    memset(best, 0, sizeof *best);
    for (const pattern *p = list; p; p = p->next) {
        if (!pattern_possible(c, p)) {
            continue;
        }
        if (!c->opt.flag_codes && (p->code[0] == '#' || p->code[0] == '+')) {
            continue;   /* TABARI's ### and +++ patterns mean nothing here */
        }
        pmatch m = {0};
        m.p = p;
        m.last_tok = i;
        if (!match_post(c, mv, p->post, p->n_post, i + 1, ce, &m)) {
            continue;
        }
        size_t last = m.last_tok;
        if (!match_pre(c, mv, p->pre, p->n_pre, (ptrdiff_t)i - 1, (ptrdiff_t)sb, &m)) {
            continue;
        }
        m.last_tok = last;
        /* a dictionary's pattern lines outrank its verb lines ("BREAK_DOWN
         * [1717]" gives way to "- * TREATY [161]"), as in PETRARCH and
         * TABARI; then the most elements matched */
        int w = p->verb_line ? p->weight : p->weight + 1000;
        /* TABARI: of patterns with as many elements, the one that matched
         * more words ("RESIST { TO THE END OF THE EARTH | ... }" over
         * "RESIST { TO THE END | ... }"), then the one with fewer synsets
         * ("* DOLLAR" over "* &CURRENCY") */
        if (w > best_w || (w == best_w && c->opt.tabari &&
                           (m.n_words > best->n_words ||
                            (m.n_words == best->n_words && p->n_syn < best->p->n_syn)))) {
            *best = m;
            best_w = w;
        }
    }
    return best_w;
}

/* Verb analysis. */
typedef struct {
    bool verb;          /* used as a verb */
    bool passive, negated, intent, threat, hypothetical;
    bool obligation;    /* "must", "should", "urged ... to": demanded, not done */
    bool refusal;       /* "refused to", "will not": rejected */
    bool infinitive_of_noun;   /* "the effort to return": no subject */
    size_t group_start; /* first token of the verb group (aux etc.) */
} vinfo;

static const mention *mention_ending_at(const mvec *mv, size_t tok)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (mv->v[x].tok_end == tok + 1) {
            return &mv->v[x];
        }
    }
    return NULL;
}

static bool is_prep(const truce_coder *c, uint32_t id);

/* Is the actor ending at token p a modifier of what follows ("US
 * sanctions", "military aid") rather than a subject? A country adjective,
 * or a bare singular role with no country. */
static bool adjectival_before(const mvec *mv, size_t p)
{
    const mention *m = mention_ending_at(mv, p);
    /* "US sanctions" (a bare adjective), "military aid" (a bare role); not
     * "U.S. military gives", a whole actor */
    return m && ((m->kind == AK_ADJ && strlen(m->code) <= 3) ||
                 (m->kind == AK_AGENT && !m->country[0] && !m->plural));
}

static vinfo analyse_verb(const truce_coder *c, const mvec *mv, size_t i, size_t sb)
{
    vinfo v = {0};
    const token *t = &c->t[i];
    v.group_start = i;
    if (!t->vlemma) {
        return v;
    }
    if ((t->flags & TF_LEX_NOT_VERB) && (t->vform == VF_BASE || t->vform == VF_S) &&
        !(i > sb && (tok_is(c, i - 1, c->k->w.to) || is_aux(c, i - 1)))) {
        /* the POS lexicon has seen the word only as a noun, adjective or
         * name ("gunshot wounds", "the convoy"): not a verb, unless "to" or
         * an auxiliary asks for one ("to broker peace") */
        return v;
    }
    /* previous tokens, skipping adverbs */
    ptrdiff_t p = (ptrdiff_t)i - 1;
    while (p >= (ptrdiff_t)sb && tok_adverb(c, (size_t)p)) {
        if (tok_is(c, (size_t)p, c->k->w.not_) || tok_is(c, (size_t)p, c->k->w.nt) ||
            tok_is(c, (size_t)p, c->k->w.never)) {
            v.negated = true;
        }
        p--;
    }
    bool det = p >= (ptrdiff_t)sb && tok_has(c, (size_t)p, WC_DETERMINER);
    bool to = p >= (ptrdiff_t)sb && tok_is(c, (size_t)p, c->k->w.to);
    bool aux = p >= (ptrdiff_t)sb && is_aux(c, (size_t)p);
    bool cap_mid = (t->flags & TF_CAP) && i > sb && !(c->t[i - 1].flags & TF_QUOTE_OPEN);
    if (cap_mid && !(t->flags & TF_UPPER)) {
        return v;     /* a name, not a verb */
    }
    switch (t->vform) {
    case VF_ED:
        /* "the signed accord", "on alleged abuses": adjectives */
        v.verb = !det && !(p >= (ptrdiff_t)sb && is_prep(c, c->t[p].id));
        if (p >= (ptrdiff_t)sb && is_be(c, (size_t)p)) {
            v.passive = true;
        } else if (v.verb && p >= (ptrdiff_t)sb && tok_is(c, i + 1, c->k->w.by) && !aux &&
                   (mention_ending_at(mv, (size_t)p) || c->t[p].nlemma)) {
            /* "forces backed by Russia continued ...": a participle that
             * describes a noun; the sentence's verb comes later */
            v.verb = false;
        } else if (v.verb && p >= (ptrdiff_t)sb) {
            /* "were killed and over 70 wounded": a participle coordinated
             * with a passive is passive too */
            for (ptrdiff_t q = p; q > (ptrdiff_t)sb && q > p - 5; q--) {
                if (tok_is(c, (size_t)q, c->k->w.and_) || tok_punct(c, (size_t)q, ',')) {
                    ptrdiff_t b = q - 2;   /* "were (reportedly) killed and" */
                    while (b > (ptrdiff_t)sb && tok_adverb(c, (size_t)b)) {
                        b--;
                    }
                    if (c->t[q - 1].vform == VF_ED && b >= (ptrdiff_t)sb && is_be(c, (size_t)b)) {
                        v.passive = true;
                    }
                    break;
                }
                if (c->t[q].isverb && c->t[q].vform != VF_NONE && !tok_has(c, (size_t)q, WC_DETERMINER)) {
                    break;
                }
            }
        }
        break;
    case VF_S:
        /* "the attacks", "of talks", "held talks", "the Ghazni attacks",
         * "US sanctions", "conceded to demands": nouns */
        v.verb = !det && !to && !(p >= (ptrdiff_t)sb && tok_is(c, (size_t)p, c->k->w.of)) &&

                 !(p >= (ptrdiff_t)sb && adjectival_before(mv, (size_t)p)) &&
                 !(p >= (ptrdiff_t)sb && c->t[p].isverb && c->t[p].vlemma && !is_aux(c, (size_t)p) &&
                   c->t[p].vform != VF_NONE && !(c->t[p].flags & TF_CAP)) &&
                 !(p > (ptrdiff_t)sb && tok_has(c, (size_t)p - 1, WC_DETERMINER) &&
                   !mention_ending_at(mv, (size_t)p));
        break;
    case VF_ING:
        v.verb = p >= (ptrdiff_t)sb && (is_be(c, (size_t)p) || tok_has(c, (size_t)p, WC_ING_GOVERNOR));
        break;
    case VF_BASE:
        /* a bare base form is a verb after to, an auxiliary, a pronoun, a
         * plural noun ("the rebels attack") or an actor that opens its
         * clause ("The Pentagon said it hit ...", "Iran hit back"), not
         * after the object of another verb ("return Nagorno-Karabakh back") */
        v.verb = !det && (to || aux ||
                 (p >= (ptrdiff_t)sb && (tok_has(c, (size_t)p, WC_PLURAL_PRONOUN | WC_PRONOUN | WC_SPEAKER_PRONOUN) ||
                                        (c->t[p].kind == TOK_WORD && c->t[p].nlemma &&
                                         c->text[c->t[p].end - 1] == 's'))));
        if (!v.verb && !det && p >= (ptrdiff_t)sb && !adjectival_before(mv, (size_t)p)) {
            const mention *m = mention_ending_at(mv, (size_t)p);
            if (m && (m->tok_start == sb || !c->t[m->tok_start - 1].isverb ||
                      is_aux(c, m->tok_start - 1))) {
                v.verb = !(m->tok_start > sb && c->t[m->tok_start - 1].vlemma &&
                           !is_aux(c, m->tok_start - 1));
            }
        }
        if (!v.verb && !det && p >= (ptrdiff_t)sb && (c->t[p].flags & TF_CAP) &&
            !(t->flags & TF_CAP)) {
            /* "Jewish settlers in the West Bank city of Hebron set fire":
             * a plural subject whose phrase runs up to the verb */
            for (ptrdiff_t q = p; q >= (ptrdiff_t)sb && q > p - 10; q--) {
                const mention *m = mention_ending_at(mv, (size_t)q);
                if (m && m->plural && (m->tok_start == sb || !c->t[m->tok_start - 1].isverb)) {
                    v.verb = true;
                    break;
                }
                if ((c->t[q].isverb && c->t[q].vform != VF_NONE && !(c->t[q].flags & TF_CAP)) ||
                    tok_punct(c, (size_t)q, ',') || tok_has(c, (size_t)q, WC_CLAUSE_END | WC_BOUNDARY)) {
                    break;
                }
            }
        }
        if (!det && p >= (ptrdiff_t)sb && is_be(c, (size_t)p)) {
            /* "has been put under investigation", "was hit": a participle
             * spelt like the base form */
            v.verb = v.passive = true;
        }
        if (i == sb) {
            v.verb = false;   /* headline imperatives and nouns */
        }
        break;
    default:
        break;
    }
    if (!v.verb) {
        return v;
    }
    if (to) {
        /* governed by a verb or adjective? */
        ptrdiff_t q = p - 1;
        while (q >= (ptrdiff_t)sb && tok_adverb(c, (size_t)q)) {
            q--;
        }
        if (q >= (ptrdiff_t)sb) {
            const token *g = &c->t[q];
            bool gov = g->isverb || tok_has(c, (size_t)q, WC_INTENT) || tok_has(c, (size_t)q, WC_THREAT) ||
                       tok_has(c, (size_t)q, WC_CONTROL);
            if (!gov && !(g->flags & TF_QUOTE_OPEN)) {
                v.infinitive_of_noun = true;
            }
        }
    }
    /* scan back over the verb group and the clause for modality */
    size_t stop = i > 12 ? i - 12 : 0;
    if (stop < sb) {
        stop = sb;
    }
    bool past_that = false;
    for (ptrdiff_t q = (ptrdiff_t)i - 1; q >= (ptrdiff_t)stop; q--) {
        size_t u = (size_t)q;
        if (tok_punct(c, u, ';') || tok_punct(c, u, ':') || is_quote_tok(c, u)) {
            break;
        }
        if (tok_is(c, u, c->k->w.that)) {
            /* "I want to note that the peacekeepers prevented ...": a wish
             * before "that" is about the saying, not the clause after it
             * (a demand or a threat still governs it: "demanding that
             * Egypt open the crossing") */
            past_that = true;
        }
        if (tok_has(c, u, WC_OBLIGATION)) {
            v.obligation = true;
        } else if (tok_has(c, u, WC_MODAL | WC_INTENT) && !past_that) {
            v.intent = true;
        }
        if (tok_has(c, u, WC_THREAT)) {
            v.threat = true;
        }
        if (tok_has(c, u, WC_REFUSAL) && i - u <= 4) {
            v.refusal = true;
        }
        if (tok_has(c, u, WC_HYPOTHETICAL)) {
            v.hypothetical = true;
        }
        if (tok_has(c, u, WC_NEGATION) && i - u <= 4) {
            v.negated = true;
        }
        /* a finite verb of its own closes the group */
        if (c->t[u].isverb && c->t[u].vform == VF_ED && q < (ptrdiff_t)i - 1 &&
            !tok_has(c, u, WC_INTENT | WC_THREAT | WC_OBLIGATION | WC_REFUSAL | WC_CONTROL) &&
            !is_aux(c, u)) {
            break;
        }
    }
    return v;
}

enum { MODE_INTENT, MODE_THREAT, MODE_DEMAND, MODE_REJECT };

/* Apply modality to a code (data/modality.tsv): "" = no event. */
static void modal_code(const kb *k, const char *code, int mode, char out[8])
{
    size_t best = 0;
    const char *res = NULL;
    for (uint32_t i = 0; i < k->n_modal; i++) {
        size_t n = strlen(k->modal[i].prefix);
        if (n > best && strncmp(code, k->modal[i].prefix, n) == 0) {
            best = n;
            res = mode == MODE_THREAT ? k->modal[i].threat : mode == MODE_INTENT ? k->modal[i].intent
                : mode == MODE_DEMAND ? k->modal[i].demand : k->modal[i].reject;
            /* a conflictual act announced for the future is a threat */
            if (mode == MODE_INTENT && strcmp(res, "-") == 0) {
                res = k->modal[i].threat;
            }
        }
    }
    if (!res || strcmp(res, "-") == 0) {
        out[0] = 0;
    } else if (strcmp(res, "=") == 0) {
        snprintf(out, 8, "%s", code);
    } else {
        snprintf(out, 8, "%s", res);
    }
}

typedef struct {
    size_t sent;                  /* sentence index */
    truce_day date;
    bool date_text;
    bool historical;
    const char *speaker;          /* for reporting */
    const mention *loc;           /* a place named in the event's clause */
    const char *rule;             /* provenance when no pattern fired */
    uint32_t cb, ce, head;        /* the event's clause and head, for places */
    bool unknown_source;          /* "civilians were killed": the attacker is not said */
    const mvec *mv;               /* the sentence's actors */
} evctx;

/* The place of an event, from the gazetteer: every capitalised name after a
 * place preposition in the event's clause ("in the Belarus capital Minsk",
 * "at the Bardo Museum in Tunis", "near the Kissufim crossing") that the
 * gazetteer resolves; the most specific wins (a city over a region over a
 * country), then the one nearest after the verb. Dates ("in August") and
 * people are not places. */
/* A lower-case word inside a place name: "Umm al-Fahm", "Dar es Salaam",
 * "Sidi bel Abbes" (a particle followed by a capitalised word, or an al-/el-
 * prefix). */
static bool name_particle(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start;
    if (n > 3 && (memcmp(p, "al-", 3) == 0 || memcmp(p, "el-", 3) == 0 || memcmp(p, "ad-", 3) == 0 ||
                  memcmp(p, "as-", 3) == 0 || memcmp(p, "ar-", 3) == 0)) {
        return true;
    }
    static const char *const particles[] = {"al", "el", "es", "bin", "ibn", "de", "del", "da",
        "do", "dos", "du", "la", "le", "van", "von", "der", "bel", "bou", "abu", NULL};
    if (i + 1 < c->nt && (c->t[i + 1].flags & TF_CAP)) {
        for (const char *const *w = particles; *w; w++) {
            if (tok_is_word(c, i, *w)) {
                return true;
            }
        }
    }
    return false;
}

static size_t mv_n(const evctx *x)
{
    return x->mv ? x->mv->n : 0;
}

/* The verb at i is one whose object may be a place as well as a person
 * ("captured Goma", "seized the airport", "raided the Moscow
 * headquarters"; "arrested" only people). */
static bool takes_places(const truce_coder *c, size_t i)
{
    str lemma = c->t[i].vlemma ? intern_str(&c->k->words, c->t[i].vlemma) : S("");
    return str_eq(lemma, S("capture")) || str_eq(lemma, S("seize")) || str_eq(lemma, S("recapture")) ||
           str_eq(lemma, S("raid")) || str_eq(lemma, S("storm")) || str_eq(lemma, S("search"));
}

/* capture and seize (not raid or search) of a place is its occupation */
static bool occupies(const truce_coder *c, size_t i)
{
    str lemma = c->t[i].vlemma ? intern_str(&c->k->words, c->t[i].vlemma) : S("");
    return str_eq(lemma, S("capture")) || str_eq(lemma, S("seize")) || str_eq(lemma, S("recapture"));
}

static bool choose_place(const truce_coder *c, const evctx *x, const char *code,
                         const char *const *hints, size_t n_hints, geo_place *out,
                         size_t *pb, size_t *pe)
{
    /* the object of a visit, an attack, an occupation is where it happens;
     * the object of an accusation or a meeting is an actor */
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    bool spatial = root == 4 || root >= 14;
    /* an arrest, a deportation, a repression, an abduction, an assault on
     * a person, an assassination, a meeting other than a visit: its object
     * is a person ("Police arrested Ali"), never the place */
    bool person_object = ((root == 17 && (code[2] == '3' || code[2] == '4' || code[2] == '5')) ||
                          (root == 18 && (code[2] == '1' || code[2] == '2' || code[2] == '5' || code[2] == '6')) ||
                          (root == 4 && strcmp(code, "042") != 0)) &&
                         !takes_places(c, x->head);
    const geo *g = c->opt.geo;
    int best = -1000000;
    bool in_region = false;
    bool named_place = false;   /* after "the village of", "the town of" */
    bool object = false;        /* the verb's object: "shelled Stepanakert" */
    for (size_t q = x->cb; q < x->ce; q++) {
        if (q == x->head + 1 && c->t[x->head].vlemma) {
            /* the object of "shelled", "captured", "patrolled" may be a place */
            in_region = object = true;
        }
        if (tok_has(c, q, WC_LOCATIVE) || (tok_has(c, q, WC_PLACE_NOUN) && tok_is(c, q + 1, c->k->w.of))) {
            in_region = true;
            object = false;
            named_place = tok_has(c, q, WC_PLACE_NOUN);
            if (named_place) {
                q++;   /* skip "of" */
            }
            continue;
        }
        if (q > x->head && (tok_has(c, q, WC_BOUNDARY) || tok_is(c, q, c->k->w.as))) {
            break;   /* "... as leaders gathered in Istanbul": another clause */
        }
        if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_has(c, q, WC_BOUNDARY) ||
            (c->t[q].isverb && c->t[q].vform == VF_ED && !(c->t[q].flags & TF_CAP)) ||
            (object && is_prep(c, c->t[q].id))) {
            in_region = object = false;
            continue;
        }
        if (!in_region || c->t[q].kind != TOK_WORD || !(c->t[q].flags & TF_CAP) ||
            tok_has(c, q, WC_DATE_WORD)) {
            continue;
        }
        if (object && person_object) {
            in_region = object = false;
            continue;
        }
        size_t e = q;
        while (e < x->ce && c->t[e].kind == TOK_WORD && e - q < 5 && !tok_has(c, e, WC_DATE_WORD) &&
               ((c->t[e].flags & TF_CAP) || (e > q && name_particle(c, e)))) {
            e++;
        }
        /* "the south Baghdad neighbourhood of Al-Bayaa", "the Red Sea island
         * of Hanish": the place is the one named after "of" */
        if (e + 1 < x->ce && tok_has(c, e, WC_PLACE_NOUN) && tok_is(c, e + 1, c->k->w.of)) {
            q = e - 1;
            continue;
        }
        /* an actor is not a place: "by U.S. forces", "the SDF shelling" */
        if (q > 0 && tok_is(c, q - 1, c->k->w.by)) {
            q = e - 1;
            continue;
        }
        bool actorish = false;
        for (size_t xm = 0; xm < mv_n(x); xm++) {
            const mention *m = &x->mv->v[xm];
            if (m->tok_start <= q && q < m->tok_end &&
                (m->kind == AK_ADJ || m->kind == AK_PEOPLE || m->kind == AK_AGENT ||
                 (m->kind == AK_NAMED && (m->person || !m->country[0] ||
                                          (strlen(m->code) > 3 && strcmp(m->code + 3, "PRE") != 0))))) {
                actorish = true;
            }
        }
        if (actorish) {
            q = e - 1;
            continue;
        }
        /* "the village of Kashkash": a place even if the gazetteer does not
         * know it (name only, no coordinates); it outranks what is nearby */
        if (named_place && q > 1 && tok_is(c, q - 1, c->k->w.of) && tok_has(c, q - 2, WC_PLACE_NOUN)) {
            geo_place p;
            size_t b0 = c->t[q].start, b1 = c->t[e - 1].end;
            if (!geo_resolve(g, (const char *)c->text + b0, b1 - b0, hints, n_hints, &p)) {
                memset(&p, 0, sizeof p);
                p.name = NULL;   /* filled by the caller from the text */
                p.lat = p.lon = NAN;
                p.feature = GEO_CITY;
            }
            int dist = q > x->head ? (int)(q - x->head) : 100 + (int)(x->head - q);
            int score = 3500 - dist;   /* above a city nearby, below a named facility */
            if (score > best) {
                best = score;
                *out = p;
                *pb = q;
                *pe = e;
            }
            q = e - 1;
            continue;
        }
        /* "the Kissufim crossing", "Tahrir Square": a named facility or
         * locality, the most specific place there is, known or not */
        bool facility_inside = e > q + 1 && tok_has(c, e - 1, WC_FACILITY);
        if ((e < x->ce && tok_has(c, e, WC_FACILITY) && !(c->t[e].flags & TF_CAP)) || facility_inside) {
            geo_place p;
            size_t b0 = c->t[q].start, b1 = c->t[e - 1].end;
            if (!geo_resolve(g, (const char *)c->text + b0, b1 - b0, hints, n_hints, &p)) {
                memset(&p, 0, sizeof p);
                p.name = NULL;
                p.lat = p.lon = NAN;
                p.feature = GEO_CITY;
            }
            int dist = q > x->head ? (int)(q - x->head) : 100 + (int)(x->head - q);
            int score = 4000 - dist;
            if (score > best) {
                best = score;
                *out = p;
                *pb = q;
                *pe = e;
            }
            q = e - 1;
            continue;
        }
        /* try the longest run first, then shorter prefixes ("Bardo Museum");
         * "Western Afghanistan", "South Lebanon": the place after a compass
         * word when the whole is not known */
        for (size_t e2 = e; e2 > q; e2--) {
            geo_place p;
            size_t b0 = c->t[q].start, b1 = c->t[e2 - 1].end;
            if (!geo_resolve(g, (const char *)c->text + b0, b1 - b0, hints, n_hints, &p) &&
                !(e2 > q + 1 && tok_has(c, q, WC_MODIFIER) &&
                  geo_resolve(g, (const char *)c->text + c->t[q + 1].start, b1 - c->t[q + 1].start, hints,
                              n_hints, &p))) {
                continue;
            }
            int spec = p.feature == GEO_CITY ? 3 : p.feature == GEO_COUNTRY ? 1 : 2;
            int dist = q > x->head ? (int)(q - x->head) : 100 + (int)(x->head - q);
            int score = (object && spatial ? 5 : spec) * 1000 - dist;
            if (score > best) {
                best = score;
                *out = p;
                *pb = q;
                *pe = e2;
            }
            break;
        }
        q = e - 1;
    }
    return best > -1000000;
}

/* An event's actor of unknown country ("---COP") as one of country cc. */
static void settle_actor(const char **code, const char **country, char buf[16], char cbuf[4],
                         const char *cc)
{
    snprintf(buf, 16, "%.3s%s", cc, *code + 3);
    memcpy(cbuf, cc, 3);
    cbuf[3] = 0;
    *code = buf;
    *country = cbuf;
}

/* One step of an issue phrase: the token as written, else its singular,
 * else its verb lemma ("n:teacher" matches "teachers", "v:educate"
 * "educated"). */
static uint32_t issue_step(const trie *tr, uint32_t node, const token *t)
{
    uint32_t next;
    if (t->id && (next = trie_child(tr, node, t->id)) != 0) {
        return next;
    }
    if (t->nlemma && (next = trie_child(tr, node, t->nlemma)) != 0) {
        return next;
    }
    if (t->vlemma && (next = trie_child(tr, node, t->vlemma)) != 0) {
        return next;
    }
    return 0;
}

/* The issues sentence k mentions, from an issues dictionary: the longest
 * phrase at each word, an ignore phrase's words counting for none;
 * "CODE,n;CODE,n" in order of first mention, or NULL. Kept for the
 * sentence's other events. */
static const char *sentence_issues(truce_coder *c, size_t k)
{
    const trie *tr = &c->k->issues;
    if (!tr->n_nodes || k >= c->ns) {
        return NULL;
    }
    if (c->issues_sent != k + 1) {
        c->issues_sent = k + 1;
        const char *code[24];
        unsigned count[24];
        size_t n = 0;
        size_t i = c->s[k].tok_start, e = c->s[k].tok_end;
        while (i < e) {
            uint32_t node = 0;
            const actor_entry *best = NULL;
            size_t best_end = i + 1;
            for (size_t j = i; j < e; j++) {
                node = issue_step(tr, node, &c->t[j]);
                if (!node) {
                    break;
                }
                if (tr->payload[node]) {
                    best = tr->payload[node];
                    best_end = j + 1;
                }
            }
            bool ignore = false;
            for (const actor_entry *x = best; x; x = x->next) {
                ignore |= x->kind == AK_ISSUE_IGNORE;
            }
            for (const actor_entry *x = best; x && !ignore; x = x->next) {
                size_t m = 0;
                while (m < n && strcmp(code[m], x->issue) != 0) {
                    m++;
                }
                if (m == n && n < 24) {
                    code[n] = x->issue;
                    count[n++] = 0;
                }
                if (m < n) {
                    count[m]++;
                }
            }
            i = best ? best_end : i + 1;
        }
        size_t len = 0;
        c->issues_buf[0] = 0;
        for (size_t m = 0; m < n; m++) {
            int w = snprintf(c->issues_buf + len, sizeof c->issues_buf - len, "%s%s,%u", m ? ";" : "",
                             code[m], count[m]);
            if (w < 0 || (size_t)w >= sizeof c->issues_buf - len) {
                c->issues_buf[len] = 0;   /* a whole entry or none */
                break;
            }
            len += (size_t)w;
        }
    }
    return c->issues_buf[0] ? c->issues_buf : NULL;
}

static void emit(truce_coder *c, const evctx *x, const char *src, const char *tgt,
                 const char *code, size_t span_b, size_t span_e, const pattern *p)
{
    if (c->stop || !src || (!src[0] && !x->unknown_source) || !code[0]) {
        return;
    }
    if (tgt && strcmp(src, tgt) == 0) {
        return;
    }
    const kb *k = c->k;
    const cameo_info *ci = kb_cameo(k, code);
    static const cameo_info unlisted = {{0}, {0}, 0.0, 0, {0}, {0}};
    if (!ci && !p) {
        return;
    }
    if (!ci) {
        /* a user dictionary's code outside the CAMEO list (WEIS codes of
         * the old validation suites): no Goldstein score, no class */
        ci = &unlisted;
    }
    /* "date|src|tgt|code", cut at 47 bytes (built by hand: this runs for
     * every event) */
    char key[48];
    size_t kl = 0;
    {
        char num[12];
        size_t nl = 0;
        uint32_t dv = (uint32_t)x->date;   /* its bits, which is all a key needs */
        do {
            num[nl++] = (char)('0' + dv % 10);
            dv /= 10;
        } while (dv);
        while (nl && kl < sizeof key - 1) {
            key[kl++] = num[--nl];
        }
        const char *parts[3] = {src, tgt ? tgt : "", code};
        for (int q = 0; q < 3; q++) {
            if (kl < sizeof key - 1) {
                key[kl++] = '|';
            }
            for (const char *ch = parts[q]; *ch && kl < sizeof key - 1; ch++) {
                key[kl++] = *ch;
            }
        }
        key[kl] = 0;
    }
    if (c->opt.dedup) {
        for (size_t i = 0; i < c->n_seen; i++) {
            if (strcmp(c->seen[i], key) == 0) {
                return;
            }
        }
        if (c->n_seen == c->cap_seen) {
            size_t cap = c->cap_seen ? c->cap_seen * 2 : 64;
            char (*ns)[48] = realloc(c->seen, cap * sizeof *ns);
            if (!ns) {
                return;
            }
            c->seen = ns;
            c->cap_seen = cap;
        }
        memcpy(c->seen[c->n_seen++], key, sizeof key);
    }
    const sentence *s = &c->s[x->sent];
    char root[3] = {code[0], code[1], 0};
    char sc[4] = {0}, tc[4] = {0};
    if (is_country_code(k, src)) {
        memcpy(sc, src, 3);
    }
    if (tgt && tgt[0] && is_country_code(k, tgt)) {
        memcpy(tc, tgt, 3);
    }
    char pat[160];
    if (p) {
        /* "file:line: text", cut at 159 bytes */
        size_t pl = 0;
        char num[12];
        size_t nl = 0;
        uint32_t lv = p->line;
        do {
            num[nl++] = (char)('0' + lv % 10);
            lv /= 10;
        } while (nl < sizeof num && lv);
        for (const char *ch = p->file; *ch && pl < sizeof pat - 1; ch++) {
            pat[pl++] = *ch;
        }
        if (pl < sizeof pat - 1) {
            pat[pl++] = ':';
        }
        while (nl && pl < sizeof pat - 1) {
            pat[pl++] = num[--nl];
        }
        for (const char *ch = ": "; *ch && pl < sizeof pat - 1; ch++) {
            pat[pl++] = *ch;
        }
        for (const char *ch = p->text; *ch && pl < sizeof pat - 1; ch++) {
            pat[pl++] = *ch;
        }
        pat[pl] = 0;
    } else {
        snprintf(pat, sizeof pat, "rule: %s", x->rule ? x->rule : "?");
    }
    truce_event ev;
    memset(&ev, 0, sizeof ev);
    char idbuf[256];
    size_t idl = c->st->id && c->st->id_len ? c->st->id_len : 0;
    if (idl > sizeof idbuf - 1) {
        idl = sizeof idbuf - 1;
    }
    if (idl) {
        memcpy(idbuf, c->st->id, idl);
    }
    idbuf[idl] = 0;
    ev.story_id = idbuf;
    ev.sentence = (uint32_t)x->sent + 1;
    ev.date = x->date;
    ev.date_source = x->date == TRUCE_NODAY ? "none" : x->date_text ? "text" : "story";
    ev.source = src;
    ev.source_country = sc[0] ? sc : NULL;
    ev.target = tgt ? tgt : "";
    ev.target_country = tc[0] ? tc : NULL;
    ev.code = code;
    ev.root = root;
    ev.quad_class = ci->quad;
    ev.goldstein = ci->goldstein;
    ev.plover = ci->plover[0] ? ci->plover : NULL;
    ev.plover_mode = ci->mode;
    ev.text = (const char *)c->text + s->start;
    ev.text_len = s->end - s->start;
    ev.span_start = c->t[span_b].start;
    ev.span_end = c->t[span_e].end;
    ev.pattern = pat;
    ev.historical = x->historical;
    ev.speaker = x->speaker;
    char locname[96];
    ev.lat = ev.lon = NAN;
    const geo *g = c->opt.geo;
    const char *hints[3];
    size_t n_hints = 0;
    if (sc[0]) {
        hints[n_hints++] = sc;
    }
    if (tc[0] && strcmp(tc, sc) != 0) {
        hints[n_hints++] = tc;
    }
    if (c->dl_country[0] && (!n_hints || strcmp(c->dl_country, hints[0]) != 0)) {
        hints[n_hints++] = c->dl_country;
    }
    geo_place gp;
    bool placed = false;
    size_t pb = 0, pe = 0;
    if (g && x->ce > x->cb && choose_place(c, x, code, hints, n_hints, &gp, &pb, &pe)) {
        placed = true;
        ev.loc_start = c->t[pb].start;
        ev.loc_end = c->t[pe - 1].end;
    }
    if (!placed) {
        pb = pe = 0;
        if (x->loc) {
            pb = x->loc->tok_start;
            while (pb + 1 < x->loc->tok_end && tok_has(c, pb, WC_MODIFIER)) {
                pb++;
            }
            pe = x->loc->tok_end;
        }
    }
    if (!placed && pe > pb) {
        size_t b0 = c->t[pb].start, b1 = c->t[pe - 1].end;
        ev.loc_start = b0;
        ev.loc_end = b1;
        {
            snprintf(locname, sizeof locname, "%.*s", (int)(b1 - b0), (const char *)c->text + b0);
            ev.location_name = locname;
            ev.location_country = x->loc->country[0] ? x->loc->country : NULL;
            ev.location_precision = x->loc->kind == AK_COUNTRY ? "country" : "place";
        }
    }
    if (placed && !gp.name) {
        size_t b0 = c->t[pb].start, b1 = c->t[pe - 1].end;
        snprintf(locname, sizeof locname, "%.*s", (int)(b1 - b0), (const char *)c->text + b0);
        gp.name = locname;
        gp.admin1 = NULL;
        gp.country[0] = 0;   /* the gazetteer does not know it: no guess */
    }
    if (placed) {
        ev.location_name = gp.name;
        ev.location_country = gp.country[0] ? gp.country : NULL;
        ev.location_admin1 = gp.admin1 && gp.admin1[0] ? gp.admin1 : NULL;
        ev.lat = gp.lat;
        ev.lon = gp.lon;
        ev.geonameid = gp.geonameid;
        ev.location_precision = gp.feature == GEO_CITY ? "place" : gp.feature == GEO_ADMIN1 ? "admin1"
                              : gp.feature == GEO_REGION ? "region" : "country";
    } else if (!ev.location_name && c->dl_name[0]) {
        /* the dateline, as the place of last resort */
        ev.location_name = c->dl_name;
        ev.location_country = c->dl_country[0] ? c->dl_country : NULL;
        ev.location_precision = "dateline";
        if (g && geo_resolve(g, c->st->dateline_place, c->st->dateline_place_len, hints, n_hints, &gp)) {
            ev.location_name = gp.name;
            ev.location_country = gp.country[0] ? gp.country : ev.location_country;
            ev.location_admin1 = gp.admin1 && gp.admin1[0] ? gp.admin1 : NULL;
            ev.lat = gp.lat;
            ev.lon = gp.lon;
            ev.geonameid = gp.geonameid;
        }
    }
    /* "Police arrested three protesters in Mosul": an actor of unknown
     * country takes the country of the place the text gives the event */
    char sfix[16], tfix[16], scfix[4], tcfix[4];
    if (ev.location_country && strcmp(ev.location_precision, "dateline") != 0 &&
        strlen(ev.location_country) == 3) {
        if (strncmp(ev.source, "---", 3) == 0) {
            settle_actor(&ev.source, &ev.source_country, sfix, scfix, ev.location_country);
        }
        if (strncmp(ev.target, "---", 3) == 0) {
            settle_actor(&ev.target, &ev.target_country, tfix, tcfix, ev.location_country);
        }
    }
    /* "Paramilitary police patrolled the streets of Lusaka": police act at
     * home, in the country of those they act on (not TABARI's rule) */
    if (!c->opt.tabari && strncmp(ev.source, "---COP", 6) == 0 && ev.target_country && ev.target[0] &&
        strncmp(ev.target, "---", 3) != 0) {
        settle_actor(&ev.source, &ev.source_country, sfix, scfix, ev.target_country);
    }
    /* "lifted the state of emergency in West Darfur", "demonstrated in
     * Kirkuk": an act on the ground (aid, yielding, threats, protest,
     * force, repression, violence) with no other target is aimed at the
     * country the text places it in, the actor's own included */
    char tplace[4];
    if (!ev.target[0] && ev.location_country && strcmp(ev.location_precision, "dateline") != 0 &&
        strlen(ev.location_country) == 3 && is_country_code(k, ev.location_country)) {
        int r = (code[0] - '0') * 10 + (code[1] - '0');
        if (r == 7 || r == 8 || r == 13 || r == 14 || r == 15 || r >= 17) {
            memcpy(tplace, ev.location_country, 4);
            ev.target = tplace;
            ev.target_country = tplace;
        }
    }
    ev.mutual = c->mutual;
    ev.issues = sentence_issues(c, x->sent);
    /* a part of a long story: offsets and sentence numbers in the story */
    ev.sentence += c->sent_base;
    ev.span_start += c->base;
    ev.span_end += c->base;
    ev.loc_start += c->base;
    ev.loc_end += c->base;
    c->n_events++;
    if (c->sink(c->user, &ev)) {
        c->stop = true;
    }
}

/* Emit events for a source list × target list. */
static void emit_unit_pairs(truce_coder *c, const evctx *x, mlist src, size_t i0, size_t i1, mlist tgt,
                            size_t j0, size_t j1, const char *code, size_t span_b, size_t span_e,
                            const pattern *p);

static void emit_pairs(truce_coder *c, const evctx *x, mlist src, mlist tgt,
                       const char *code, size_t span_b, size_t span_e, const pattern *p)
{
    if (src.n == 0) {
        return;
    }
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    if (tgt.n == 0) {
        /* "Armenia and Azerbaijan agreed", "... clashed": a compound subject
         * of a reciprocal act acts on each other; of anything else
         * ("the US and Britain declined to comment", "Hamas and Islamic
         * Jihad launched an attack": a fight with an object), each acts
         * alone */
        bool mutual = r == 3 || r == 4 || r == 6 || (r == 19 && (!p || p->n_post == 0)) ||
                      strcmp(code, "057") == 0;
        if (src.n > 1 && mutual) {
            c->mutual = true;
            for (size_t i = 0; i < src.n; i++) {
                for (size_t j = 0; j < src.n; j++) {
                    if (i == j || (!c->opt.pairs_all && j < i)) {
                        continue;
                    }
                    if (src.v[i].code[0] && src.v[j].code[0]) {
                        emit(c, x, src.v[i].code, src.v[j].code, code, span_b, span_e, p);
                    }
                }
            }
            c->mutual = false;
            return;
        }
        /* one-sided events, as PLOVER and GDELT record them ("X declared a
         * ceasefire", "X demanded elections"); a statement needs someone
         * it is addressed to or about */
        if (strcmp(code, "010") != 0) {
            for (size_t i = 0; i < src.n; i++) {
                if (src.v[i].code[0]) {
                    emit(c, x, src.v[i].code, "", code, span_b, span_e, p);
                }
            }
        }
        return;
    }
    /* by actors as the text names them ("Mordor, the Shire and Bree"), a
     * coded compound's members ("THE_SHIRE [FRO/BIL/SAM]") innermost: for
     * each source actor, each target actor, then their members, in
     * TABARI's order */
    for (size_t i0 = 0, i1; i0 < src.n; i0 = i1) {
        for (i1 = i0 + 1; i1 < src.n && src.v[i1].member; i1++) {
        }
        for (size_t j0 = 0, j1; j0 < tgt.n; j0 = j1) {
            for (j1 = j0 + 1; j1 < tgt.n && tgt.v[j1].member; j1++) {
            }
            emit_unit_pairs(c, x, src, i0, i1, tgt, j0, j1, code, span_b, span_e, p);
        }
    }
}

/* The pairs of source members [i0, i1) and target members [j0, j1). */
static void emit_unit_pairs(truce_coder *c, const evctx *x, mlist src, size_t i0, size_t i1, mlist tgt,
                            size_t j0, size_t j1, const char *code, size_t span_b, size_t span_e,
                            const pattern *p)
{
    for (size_t i = i0; i < i1; i++) {
        for (size_t j = j0; j < j1; j++) {
            if ((src.v[i].code[0] || x->unknown_source) && tgt.v[j].code[0]) {
                if (strcmp(src.v[i].code, tgt.v[j].code) == 0) {
                    /* "Erakat expressed pessimism about the (Palestinian)
                     * government": no other party; the act stands alone */
                    if (tgt.n == 1 && strcmp(code, "010") != 0) {
                        emit(c, x, src.v[i].code, "", code, span_b, span_e, p);
                    }
                    continue;
                }
                emit(c, x, src.v[i].code, tgt.v[j].code, code, span_b, span_e, p);
            }
        }
    }
}

/* Is code that of one of l's actors? */
static bool code_in(mlist l, const char *code)
{
    for (size_t x = 0; x < l.n; x++) {
        if (!strcmp(l.v[x].code, code)) {
            return true;
        }
    }
    return false;
}

static bool is_prep(const truce_coder *c, uint32_t id)
{
    const kb *k = c->k;
    return id && (id == k->w.of || id == k->w.to || id == k->w.with || id == k->w.in ||
                  id == k->w.at || id == k->w.by || id == k->w.from || id == k->w.on ||
                  id == k->w.for_ || id == k->w.between || id == k->w.near ||
                  id == k->w.along || id == k->w.into || id == k->w.over ||
                  id == k->w.across || id == k->w.within || id == k->w.around ||
                  id == k->w.inside);
}

/* Subject: the last mention (group) before the verb in its clause. */
static const mention *find_subject(const truce_coder *c, const mvec *mv, size_t cb, size_t head)
{
    const mention *best = NULL, *fallback = NULL, *roleonly = NULL;
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_end > head || m->tok_start < cb ||
            (!m->code[0] && !m->first_person && !m->sector[0])) {
            continue;
        }
        /* inside brackets ("... (the minister said) ...")? A closing
         * bracket after the mention with no opening one before it */
        bool bracket = false;
        int depth = 0;
        /* "The International Labour Office (ILO) said": a name glossed by
         * the bracket it fills is no aside */
        size_t from = m->tok_end;
        if (m->tok_start > cb && tok_punct(c, m->tok_start - 1, '(') && from < head &&
            tok_punct(c, from, ')')) {
            from++;
        }
        for (size_t q = from; q < head; q++) {
            if (tok_punct(c, q, '(') || tok_punct(c, q, '[')) {
                depth++;
            } else if (tok_punct(c, q, ')') || tok_punct(c, q, ']')) {
                if (depth == 0) {
                    bracket = true;
                    break;
                }
                depth--;
            }
        }
        if (bracket) {
            continue;
        }
        if (m->prev_id == c->k->w.of) {
            fallback = m;
            continue;
        }
        if (is_prep(c, m->prev_id)) {
            continue;
        }
        if (m->tok_start > cb) {
            /* right after a verb it is that verb's object ("to return
             * Nagorno-Karabakh", "killed 15 people and wounded 30"), not
             * a subject */
            size_t q = m->tok_start - 1;
            while (q > cb && q + 4 > m->tok_start &&
                   (c->t[q].kind == TOK_NUM || tok_has(c, q, WC_DETERMINER))) {
                q--;
            }
            const token *pv = &c->t[q];
            /* "Newly elected President X met ...": a participle that opens
             * the clause describes the subject */
            size_t r = q;
            while (r > cb && (tok_adverb(c, r - 1) || tok_has(c, r - 1, WC_DETERMINER) ||
                              (c->t[r - 1].end - c->t[r - 1].start > 4 &&
                               c->text[c->t[r - 1].end - 2] == 'l' && c->text[c->t[r - 1].end - 1] == 'y'))) {
                r--;
            }
            bool opener = r == cb && pv->vform == VF_ED;
            /* "Russia said Ukraine attacked Georgia": after a verb of
             * saying, the actor right before this verb is its subject */
            bool reported = pv->vlemma && pv->vlemma < c->k->heads_cap &&
                            (c->k->head_flags[pv->vlemma] & VFLAG_SPEECH) && m->tok_end == head &&
                            m->code[0] && !m->pronoun && c->t[head].vform != VF_NONE;
            if (pv->vlemma && pv->vform != VF_NONE && !is_aux(c, q) &&
                !(pv->flags & TF_CAP) && !tok_has(c, q, WC_DETERMINER) && !opener && !reported) {
                continue;
            }
        }
        if (!m->code[0] && !m->first_person) {
            roleonly = m;   /* "gunmen", "protesters": used if nothing better */
            continue;
        }
        best = m;
    }
    if (best) {
        return best;
    }
    return fallback ? fallback : roleonly;
}

static bool head_patterns(const truce_coder *c, size_t i, const pattern **vp, const pattern **np);

/* TABARI: does the "or" (or "and") at u join verbs ("might affirm or
 * assail Arnor"), not words ("a real easy or pleasant place")? */
static bool or_verb(const truce_coder *c, size_t u)
{
    const pattern *vp, *np;
    return u + 1 < c->nt && head_patterns(c, u + 1, &vp, &np) && vp;
}

/* TABARI: where the clause of the verb at head starts: after the last
 * "but", "or" joining verbs, or "and" not joining two actors, before it;
 * else sb. */
static size_t tabari_clause_begin(const truce_coder *c, const mvec *mv, size_t sb, size_t head)
{
    for (size_t q = head; q > sb + 1; q--) {
        size_t u = q - 1;
        bool in_list = false;   /* "The ambassadors of Arnor, Osgiliath and Gondor" */
        for (size_t x = 0; x < mv->n && !in_list; x++) {
            in_list = mv->v[x].tok_start <= u && u < mv->v[x].tok_end &&
                      (mv->v[x].member || (x + 1 < mv->n && mv->v[x + 1].member));
        }
        if (in_list) {
            continue;
        }
        if (u > sb && u + 1 < head &&
            ((tok_has(c, u - 1, WC_TAB_NOUN) && tok_has(c, u + 1, WC_TAB_NOUN)) ||
             (tok_has(c, u - 1, WC_TAB_ADJ) && tok_has(c, u + 1, WC_TAB_ADJ)))) {
            continue;   /* "grim and bold": two words of one actor phrase */
        }
        /* an actor, or a role with no country ("Police and soldiers"),
         * right after the "and" */
        bool actor_next = false;
        for (size_t x = 0; x < mv->n && !actor_next; x++) {
            actor_next = mv->v[x].tok_start == u + 1 && (mv->v[x].code[0] || mv->v[x].sector[0]);
        }
        if (tok_is(c, u, c->k->w.but) || (tok_is(c, u, c->k->w.or_) && or_verb(c, u)) ||
            (tok_is(c, u, c->k->w.and_) && !(mention_ending_at(mv, u - 1) && actor_next))) {
            return q;
        }
    }
    return sb;
}

/* TABARI: where the clause of the verb at head ends: at "but", or at "or"
 * or "and" joining verbs; se if it goes on to the sentence's end. */
static size_t tabari_clause_end(const truce_coder *c, size_t head, size_t se)
{
    for (size_t u = head + 1; u + 1 < se; u++) {
        /* "and" only before a verb: "an attack by sheep and evil awful
         * goats" is one clause */
        if (tok_is(c, u, c->k->w.but) ||
            ((tok_is(c, u, c->k->w.or_) || tok_is(c, u, c->k->w.and_)) && or_verb(c, u))) {
            return u;
        }
    }
    return se;
}

static size_t clause_begin(const truce_coder *c, size_t sb, size_t head)
{
    for (size_t q = head; q > sb; q--) {
        size_t u = q - 1;
        if (u > sb && tok_has(c, u, WC_BOUNDARY)) {
            /* "The ministry, which runs the prisons, refused ...", "Estonia,
             * a small but strong country, has launched ...": a relative
             * clause or an apposition set off by commas before the verb is
             * an aside; the verb's clause goes on before it */
            size_t open = u;
            while (open > sb && open + 8 > u && !tok_punct(c, open - 1, ',') &&
                   !tok_has(c, open - 1, WC_BOUNDARY)) {
                open--;
            }
            bool relative = open == u && (tok_is_word(c, u, "which") || tok_is_word(c, u, "who"));
            bool apposition = open < u && open > sb + 1 && (c->t[open - 2].flags & TF_CAP) &&
                              (tok_is(c, open, c->k->w.a) || tok_is(c, open, c->k->w.an) ||
                               tok_is(c, open, c->k->w.the));
            bool closed = false;
            for (size_t r = u + 1; r < head; r++) {
                closed |= tok_punct(c, r, ',');
            }
            if (open > sb && tok_punct(c, open - 1, ',') && closed && (relative || apposition)) {
                q = open - 1;   /* next: the word before the comma */
                continue;
            }
        }
        if (tok_punct(c, u, ';') || tok_punct(c, u, ':') || is_quote_tok(c, u) ||
            tok_has(c, u, WC_BOUNDARY)) {
            /* "that" right after a verb opens a complement; either way the
             * clause starts after it */
            return q;
        }
    }
    return sb;
}

static size_t clause_end(const truce_coder *c, size_t head, size_t se)
{
    for (size_t q = head + 1; q < se; q++) {
        if (tok_punct(c, q, ';') || tok_punct(c, q, ':') || is_quote_tok(c, q) ||
            tok_has(c, q, WC_CLAUSE_END)) {
            return q;
        }
    }
    return se;
}

/* Object: first mention after the verb in its clause, not a location.  A
 * role with no country ("demonstrators") counts only when roles_ok (the
 * caller can place it) and it is not the subject's own ("its troops"). */
static const mention *find_object(const truce_coder *c, const mvec *mv, size_t head, size_t ce,
                                  bool roles_ok)
{
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start <= head || m->tok_start >= ce) {
            continue;
        }
        if (!m->code[0] && (!m->sector[0] || !roles_ok)) {
            continue;
        }
        if ((!m->code[0] || m->placed) && tok_has(c, m->tok_start - 1, WC_POSSESSIVE)) {
            /* "strengthened its forces in Crimea": the subject's own */
            continue;
        }
        if (!m->code[0] && m->tok_end == m->tok_start + 1 && m->tok_end < ce) {
            /* "military aid", "police station": a singular role word
             * before a common noun is its modifier */
            const token *t = &c->t[m->tok_start], *n = &c->t[m->tok_end];
            if (c->text[t->end - 1] != 's' && n->kind == TOK_WORD && !(n->flags & TF_CAP) &&
                !is_prep(c, n->id) && !tok_adverb(c, m->tok_end) &&
                !tok_has(c, m->tok_end, WC_DETERMINER | WC_CLAUSE_END | WC_BOUNDARY | WC_DATE_WORD) &&
                !tok_is_word(c, m->tok_end, "and") && !tok_is_word(c, m->tok_end, "or")) {
                continue;
            }
        }
        if (m->pronoun && !(c->opt.tabari && m->code[0])) {
            continue;
        }
        size_t pv = m->tok_start - 1;
        if (!c->opt.tabari &&
            (tok_has(c, pv, WC_LOCATIVE) || (tok_is(c, pv, c->k->w.the) && pv > 0 && tok_has(c, pv - 1, WC_LOCATIVE)))) {
            /* a place, not a target; TABARI takes the first actor after
             * the verb, wherever it is */
            continue;
        }
        /* stop at another finite verb with its own subject */
        return m;
    }
    return NULL;
}

static size_t mindex(const mvec *mv, const mention *m)
{
    return (size_t)(m - mv->v);
}

/* A dictionary's transformation of an infinitive ("~ a (_ b ATTACK) WANT
 * = a b 138": "X wants to attack Y", "X attempted to assassinate Y"): the
 * verb before "to" governs the one at i. */
static const transform *infinitive_transform(const truce_coder *c, size_t i)
{
    const kb *k = c->k;
    size_t q = i;
    if (!k->transforms) {
        return NULL;
    }
    while (q > 0 && tok_has(c, q - 1, WC_ADVERB)) {
        q--;
    }
    if (q < 2 || !tok_is(c, q - 1, k->w.to)) {
        return NULL;
    }
    q--;
    while (q > 0 && tok_has(c, q - 1, WC_ADVERB)) {
        q--;
    }
    uint32_t gov = q ? c->t[q - 1].vlemma : 0;
    for (const transform *t = k->transforms; gov && t; t = t->next) {
        if (t->b == '_' && t->verb1 == gov && (!t->verb2 || t->verb2 == c->t[i].vlemma)) {
            return t;
        }
    }
    return NULL;
}

/* The verb at i is the governing verb of an infinitive transformation
 * ("wants" in "wants to attack"): the transformation is its event. */
static bool governs_transform(const truce_coder *c, size_t i)
{
    if (!c->k->transforms || !c->t[i].vlemma) {
        return false;
    }
    size_t j = i + 1;
    while (j < c->nt && tok_has(c, j, WC_ADVERB)) {
        j++;
    }
    if (j >= c->nt || !tok_is(c, j, c->k->w.to)) {
        return false;
    }
    j++;
    while (j < c->nt && tok_has(c, j, WC_ADVERB)) {
        j++;
    }
    return j < c->nt && infinitive_transform(c, j) != NULL;
}

static bool transformed(const truce_coder *c, size_t i)
{
    for (size_t q = 0; q < c->n_xf; q++) {
        if (c->xf_tok[q] == i) {
            return true;
        }
    }
    return false;
}

typedef struct {
    size_t sent;
    size_t content_b, content_e;   /* tokens of the reported content */
    const mention *speaker;
    char code[16];
    size_t verb;
    const pattern *p;
} speech;

/* ---- the story ---------------------------------------------------------- */

typedef struct {
    mvec mv;
    date_expr dates[16];
    size_t n_dates;
    truce_day para_date;       /* inherited from earlier in the paragraph */
    char quote_speaker[16];
} sinfo;

/* The event's date: the date expression nearest the head, ignoring those in
 * [excl_b, excl_e) (a quotation's dates are not the date it was said);
 * else, for a past-tense act, a full date given earlier in the paragraph;
 * else the story date. A date after the story is the story date. */
static void sentence_date(truce_coder *c, sinfo *si, size_t head, evctx *x,
                          size_t excl_b, size_t excl_e, bool inherit)
{
    truce_day story = c->st->date;
    x->date = story;
    x->date_text = false;
    x->historical = false;
    const date_expr *best = NULL;
    size_t bestd = SIZE_MAX;
    for (size_t i = 0; i < si->n_dates; i++) {
        if (si->dates[i].tok >= excl_b && si->dates[i].tok < excl_e) {
            continue;
        }
        size_t d = si->dates[i].tok > head ? si->dates[i].tok - head : head - si->dates[i].tok;
        if (d < bestd) {
            bestd = d;
            best = &si->dates[i];
        }
    }
    if (best) {
        x->date = best->day;
        x->date_text = true;
        x->historical = best->historical_hint;
    } else if (inherit && si->para_date != TRUCE_NODAY && c->t[head].vform == VF_ED) {
        x->date = si->para_date;
        x->date_text = true;
    }
    if (story != TRUCE_NODAY && x->date != TRUCE_NODAY) {
        if (x->date > story) {
            x->date = story;
            x->date_text = false;
        }
        if (story - x->date > 30) {
            x->historical = true;
        }
    }
}

/* Is w[stem, n) a verb ending TABARI accepts after a stem ("restor" +
 * "ed", "depart" + "en"; not "departx")? A doubled last letter may come
 * first ("stop" + "ped"). */
static bool verb_ending(const uint8_t *w, ptrdiff_t stem, ptrdiff_t n)
{
    static const char *const endings[] = {"", "e", "s", "es", "d", "ed", "en", "ing", "ies", "ied", NULL};
    for (int pass = 0; pass < 2; pass++) {
        ptrdiff_t b = stem;
        if (pass == 1) {
            if (stem < 1 || stem >= n || w[stem] != w[stem - 1]) {
                break;
            }
            b++;
        }
        for (const char *const *e = endings; *e; e++) {
            size_t el = strlen(*e);
            if ((ptrdiff_t)el == n - b && memcmp(w + b, *e, el) == 0) {
                return true;
            }
        }
    }
    return false;
}

static bool head_patterns(const truce_coder *c, size_t i, const pattern **vp, const pattern **np)
{
    const kb *k = c->k;
    const token *t = &c->t[i];
    if (!(t->flags & TF_HEADS)) {
        *vp = *np = NULL;   /* no pattern has it for head (tok_finish in text.c) */
        return false;
    }
    *vp = t->vlemma && t->vlemma < k->heads_cap ? k->vheads[t->vlemma] : NULL;
    if (*vp && (*vp)->exact && t->id != t->vlemma) {
        *vp = NULL;   /* TABARI "BAN=": "baning" is not the verb */
    }
    if (t->id && t->id != t->vlemma && t->id < k->heads_cap && k->vheads[t->id] && t->vlemma) {
        /* a dictionary that lists a form as a verb of its own ("LEFT
         * [032:033]" beside "LEAVE [012]"): the form's patterns */
        *vp = k->vheads[t->id];
    }
    if (!*vp && k->stems && t->kind == TOK_WORD) {
        /* TABARI stems: "RESTOR" heads "restore", "restored"; the
         * longest stem the word begins with */
        uint8_t key[64];
        ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
        for (ptrdiff_t len = n; len >= 3 && !*vp; len--) {
            uint32_t id = intern_find(&k->words, (str){key, len});
            if (id && id < k->heads_cap && k->vheads[id] &&
                (len == n || (k->vheads[id]->stem && (!(k->is_verb[id] & 1) || verb_ending(key, len, n))))) {
                /* a stem that is a whole verb ("DEPART") takes verb endings
                 * only ("departed", not "departx"); a cut one ("RESTOR",
                 * "RESUM") any */
                *vp = k->vheads[id];
            }
            if (!*vp && id && len < n && id < k->heads_cap && (k->is_verb[id] & 4) && k->vexc[id] &&
                k->vexc[id] < k->heads_cap) {
                *vp = k->vheads[k->vexc[id]];   /* a stem form ("ACTUALITY": "actualityss") */
            }
        }
    }
    *np = NULL;
    if (t->id && t->id < k->heads_cap) {
        *np = k->nheads[t->id];
    }
    if (!*np && t->nlemma && t->nlemma < k->heads_cap) {
        *np = k->nheads[t->nlemma];
    }
    return *vp || *np;
}

/* A role with no country of its own ("police", "rebels") as an actor of
 * country cc, or of Phoenix's unknown country "---" when cc is NULL. */
static const mention *place_role(mention *out, const mention *role, const char *cc)
{
    *out = *role;
    snprintf(out->code, sizeof out->code, "%.3s%s", cc ? cc : "---", role->sector);
    if (cc) {
        memcpy(out->country, cc, 3);
    }
    out->country[cc ? 3 : 0] = 0;
    return out;
}

/* TABARI: the members of m's compound, roles with no country ("police
 * and security forces") each placed in the unknown country "---", which
 * CONVERT AGENT writes ~COP; members with no code at all are left out.
 * The list is in buf (cap entries). */
static mlist place_group(const mvec *mv, const mention *m, mention *buf, size_t cap)
{
    mlist g = group_at(mv, mindex(mv, m));
    size_t n = 0;
    for (size_t q = 0; q < g.n && n < cap; q++) {
        const mention *x = &g.v[q];
        if (x->code[0]) {
            buf[n++] = *x;
        } else if (x->sector[0] && !x->pronoun) {
            place_role(&buf[n++], x, NULL);
        }
    }
    return (mlist){buf, n};
}

/* Violence with victims but no attacker named ("three civilians were killed
 * in a car bombing") is still an event: an unknown source, the victims as
 * target (a role of unknown country as "---CVL"). False if it is not
 * violence (roots 18-20) or the victims are not an actor. */
/* Words naming a cause of death or damage that is no one's act: "a fire
 * killed 12 people", "floods destroyed homes" are no attacks, while "a car
 * bomb killed", "the war has killed" and "a gunman shot" are. */
static const char *const harmless_causes[] = {
    "fire", "fires", "blaze", "blazes", "wildfire", "wildfires", "flood", "floods", "flooding",
    "earthquake", "earthquakes", "quake", "tremor", "storm", "storms", "hurricane", "typhoon",
    "cyclone", "tornado", "landslide", "landslides", "mudslide", "avalanche", "tsunami",
    "eruption", "volcano", "lightning", "heatwave", "heat", "cold", "drought", "famine",
    "crash", "crashes", "collision", "accident", "accidents", "derailment", "stampede",
    "collapse", "disease", "diseases", "virus", "outbreak", "epidemic", "pandemic", "cholera",
    "malaria", "ebola", "covid", "covid-19", "coronavirus", "overdose", "overdoses", "cancer",
    "flu", "influenza", "pollution", "smog", "hunger", "starvation", NULL};

static bool harmless_cause_in(const truce_coder *c, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++) {
        for (const char *const *w = harmless_causes; *w; w++) {
            if (tok_is_word(c, q, *w)) {
                return true;
            }
        }
    }
    return false;
}

static bool emit_victims(truce_coder *c, evctx *x, const mention *victims, const char *code,
                         size_t head, size_t last, const pattern *p)
{
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    /* violence, releases ("two Russians were released from captivity"),
     * investigations, arrests and expulsions ("a US national has been put
     * under investigation", "was arrested in Lebanon"): what was done to
     * them is news whoever did it */
    bool release = strncmp(code, "084", 3) == 0 || r == 9 || strncmp(code, "173", 3) == 0 ||
                   strncmp(code, "174", 3) == 0;
    if ((r < 18 && !release) || !victims || victims->pronoun || (!victims->code[0] && !victims->sector[0]) ||
        c->opt.literal) {
        return false;   /* literal coding (PETRARCH, TABARI): no event without a source */
    }
    x->unknown_source = true;
    x->rule = NULL;
    mention nobody, role;
    memset(&nobody, 0, sizeof nobody);
    if (r < 18 && strncmp(code, "084", 3) != 0) {
        /* "was arrested in Lebanon", "put under investigation in Italy":
         * the state where it happened did it; with no such place there is
         * no one to code ("was extradited to the United States") */
        if (!x->loc || !x->loc->country[0] || x->loc->tok_start < head ||
            strncmp(x->loc->country, victims->code, 3) == 0) {
            return false;
        }
        snprintf(nobody.code, sizeof nobody.code, "%s", x->loc->country);
        memcpy(nobody.country, x->loc->country, sizeof nobody.country);
        x->unknown_source = false;
    }
    if (!victims->code[0]) {
        place_role(&role, victims, NULL);
    }
    emit_pairs(c, x, (mlist){&nobody, 1},
               victims->code[0] ? group_at(x->mv, mindex(x->mv, victims)) : (mlist){&role, 1}, code,
               victims->tok_start < head ? victims->tok_start : head, last, p);
    return true;
}

static bool mention_inside(const mvec *mv, size_t i);

static void code_head(truce_coder *c, sinfo *si, size_t si_index, size_t sb, size_t se,
                      size_t i, const char *speaker_code, speech *sp_out, bool *is_speech)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    const pattern *vp, *np;
    *is_speech = false;
    if (!head_patterns(c, i, &vp, &np)) {
        return;
    }
    vinfo v = {0};
    if (vp) {
        v = analyse_verb(c, mv, i, sb);
        if (!v.verb && c->opt.literal && (c->t[i].vform == VF_BASE || c->t[i].vform == VF_ING) &&
            !(i > sb && (c->t[i].flags & TF_CAP))) {
            /* literal coding: "won't ever clash", "did not even ever
             * clash", "would acting": a verb after a modal, an auxiliary
             * or a negation, with only lower-case words between */
            for (size_t q = i; q > sb && q + 6 > i; q--) {
                size_t r = q - 1;
                if (tok_has(c, r, WC_MODAL | WC_NEGATION) || is_aux(c, r) || tok_is(c, r, k->w.nt) ||
                    tok_is_word(c, r, "wo") || tok_is_word(c, r, "ca")) {
                    v.verb = true;
                    v.group_start = r;
                    break;
                }
                if (r == i - 1 && r > sb && (tok_is(c, r, k->w.or_) || tok_is(c, r, k->w.and_)) &&
                    c->t[r - 1].vlemma && c->t[r - 1].vform == c->t[i].vform && !(c->t[r - 1].flags & TF_CAP)) {
                    /* "to affirm or cast doubt": joined to a verb of its
                     * form */
                    v.verb = true;
                    v.group_start = i;
                    break;
                }
                if (c->t[r].kind != TOK_WORD || (c->t[r].flags & TF_CAP) || mention_ending_at(mv, r) ||
                    tok_has(c, r, WC_DETERMINER) || is_prep(c, c->t[r].id) ||
                    (c->t[r].vlemma && c->t[r].vform != VF_NONE && !tok_has(c, r, WC_ADVERB))) {
                    break;
                }
            }
        }
        if (!v.verb && (!c->t[i].vlemma || k->stems) && vp->stem && c->opt.literal &&
            !(i > sb && (c->t[i].flags & TF_CAP)) &&
            !(i > sb && (tok_is(c, i - 1, k->w.the) || tok_is(c, i - 1, k->w.a) ||
                         tok_is(c, i - 1, k->w.an)))) {
            /* a TABARI stem on a word WordNet does not know as a verb:
             * a verb unless capitalised or after a determiner, as TABARI */
            v.verb = true;
            v.group_start = i;
        }
    }
    if (v.verb && c->opt.tabari && i + 1 < se && tok_is(c, i + 1, k->w.s) && c->t[i].end == c->t[i + 1].start) {
        v.verb = false;   /* TABARI: "donate's" takes a noun's ending, so is no verb */
    }
    const pattern *list = v.verb ? vp : np;
    if (!list) {
        trace(c, "  \"%.*s\": not used as a verb here", TOKF(i));
        return;
    }
    if (!v.verb) {
        /* a noun head: not after "no", not a verb form in verb use */
        if (i > sb && (tok_is(c, i - 1, k->w.no) || tok_is_word(c, i - 1, "without"))) {
            return;
        }
        if (c->t[i].flags & TF_CAP && i > sb) {
            return;
        }
    }
    size_t cb = clause_begin(c, sb, i);
    size_t ce = clause_end(c, i, se);
    pmatch best;
    /* PETRARCH and TABARI patterns span the sentence, not the clause */
    int best_w = best_pattern(c, mv, list, i, sb, c->opt.literal ? se : ce, &best);
    const token *ht = &c->t[i];
    if (best_w < 0 && v.verb && list == vp && ht->vlemma && ht->vlemma < k->heads_cap &&
        k->vheads[ht->vlemma] && k->vheads[ht->vlemma] != vp) {
        /* the form's own patterns ("CALLED_ON") did not match: the
         * lemma's ("CALL") */
        best_w = best_pattern(c, mv, k->vheads[ht->vlemma], i, sb, c->opt.literal ? se : ce, &best);
    }
    if (best_w < 0) {
        trace(c, "  \"%.*s\": no pattern of this %s matches", TOKF(i), v.verb ? "verb" : "noun");
        return;
    }
    const pattern *p = best.p;
    trace(c, "  \"%.*s\": pattern %s:%u %s [%s]%s%s%s%s%s%s", TOKF(i), p->file, p->line, p->text, p->code,
          v.negated ? " negated" : "", v.passive ? " passive" : "", v.intent ? " intent" : "",
          v.threat ? " threat" : "", v.obligation ? " obligation" : "", v.hypothetical ? " hypothetical" : "");
    if (p->code[0] == '-') {
        /* a null pattern: "fight the epidemic" is no fight */
        return;
    }
    if (c->opt.tabari && c->opt.flag_codes && c->opt.complex_noactprior) {
        /* TABARI's NOACTPRIOR: a coded verb with no actor before it makes
         * the sentence complex (only the first can have none) */
        bool prior = false;
        for (size_t xm = 0; xm < mv->n && !prior; xm++) {
            prior = mv->v[xm].tok_end <= i && mv->v[xm].tok_start >= sb && (mv->v[xm].code[0] || mv->v[xm].sector[0]);
        }
        if (!prior) {
            c->flag = TRUCE_FLAG_COMPLEX;
            c->stop = true;
            trace(c, "  complex: no actor before \"%.*s\"", TOKF(i));
            return;
        }
    }
    if (!strcmp(p->code, "###") || !strcmp(p->code, "+++")) {
        /* TABARI's discard and complex codes */
        if (c->opt.flag_codes) {
            c->flag = p->code[0] == '#' ? TRUCE_FLAG_DISCARD : TRUCE_FLAG_COMPLEX;
            c->stop = true;
            trace(c, "  story flagged %s by %s:%u", p->code, p->file, p->line);
        }
        return;
    }
    evctx x = {si_index, TRUCE_NODAY, false, false, speaker_code, NULL, NULL,
               (uint32_t)cb, (uint32_t)ce, (uint32_t)i, false, mv};
    for (size_t xm = 0; xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        if (m->tok_start > cb && m->tok_start < ce && m->country[0] && !m->person &&
            (m->kind == AK_COUNTRY || m->kind == AK_CAPITAL || m->kind == AK_NAMED) &&
            (tok_has(c, m->tok_start - 1, WC_LOCATIVE) ||
             (m->tok_start > 1 && tok_is(c, m->tok_start - 1, k->w.the) &&
              tok_has(c, m->tok_start - 2, WC_LOCATIVE)) ||
             (m->tok_start > 1 && tok_is(c, m->tok_start - 1, k->w.of) &&
              tok_has(c, m->tok_start - 2, WC_PLACE_NOUN)))) {
            x.loc = m;
            break;
        }
    }
    sentence_date(c, si, i, &x, 0, 0, !(p->flags & VFLAG_SPEECH) && !speaker_code);
    if (c->opt.literal) {
        /* as PETRARCH and TABARI: the pattern alone decides */
        v.negated = v.intent = v.threat = v.obligation = v.refusal = v.hypothetical = false;
        v.infinitive_of_noun = false;
    }
    if (v.hypothetical) {
        return;
    }
    if (p->flags & VFLAG_SPEECH) {
        /* speaker: subject before, or inverted after ("says X") */
        const mention *spk = find_subject(c, mv, cb, i);
        size_t content_b = sb, content_e = sb;
        bool final = i > sb && (tok_punct(c, i - 1, ',') || is_quote_tok(c, i - 1));
        if (!final && spk) {
            /* "..., X said": the comma/quote before the speaker */
            size_t q = spk->tok_start;
            while (q > sb && mv->v[mindex(mv, spk)].group == spk->group && q > sb &&
                   !(tok_punct(c, q - 1, ',') || is_quote_tok(c, q - 1))) {
                if (q - 1 < sb) {
                    break;
                }
                if (c->t[q - 1].kind == TOK_WORD && !tok_has(c, q - 1, WC_MODIFIER) &&
                    !tok_has(c, q - 1, WC_DETERMINER) && !(c->t[q - 1].flags & TF_CAP) &&
                    !tok_is(c, q - 1, k->w.s)) {
                    break;
                }
                q--;
            }
            if (q > sb && (tok_punct(c, q - 1, ',') || is_quote_tok(c, q - 1))) {
                final = true;
                content_e = q - 1;
            }
        } else if (final) {
            content_e = i - 1;
            /* inverted subject after the verb */
            spk = NULL;
            for (size_t xm = 0; xm < mv->n; xm++) {
                if (mv->v[xm].tok_start > i && mv->v[xm].tok_start <= i + 4 && mv->v[xm].code[0]) {
                    spk = &mv->v[xm];
                    break;
                }
            }
        }
        if (!final) {
            content_b = i + 1;
            content_e = se;
            if (tok_is(c, content_b, k->w.that)) {
                content_b++;
            }
        }
        if (final) {
            while (content_e > sb && (tok_punct(c, content_e - 1, ',') || is_quote_tok(c, content_e - 1))) {
                content_e--;
            }
        }
        if (!spk || v.negated) {
            return;
        }
        *is_speech = true;
        sp_out->sent = si_index;
        sp_out->content_b = content_b;
        sp_out->content_e = content_e;
        sp_out->speaker = spk;
        memcpy(sp_out->code, spk->code, 16);
        if (!sp_out->code[0] && spk->sector[0] && !spk->pronoun) {
            /* "Communist rebels said they will release ...": a speaker
             * of unknown country still stands for "they" */
            snprintf(sp_out->code, sizeof sp_out->code, "---%s", spk->sector);
        }
        sp_out->verb = i;
        sp_out->p = p;
        memcpy(c->last_speaker, spk->code, 16);
        /* the addressee: "told X", "with X" right after the verb */
        const mention *to = NULL;
        size_t tb = i + 1, te = final ? clause_end(c, i, se) : content_b;
        if (final) {
            tb = spk->tok_end > i ? spk->tok_end : i + 1;
            for (size_t q = tb; q < te; q++) {
                if (tok_punct(c, q, ',')) {
                    te = q;
                    break;
                }
            }
        }
        for (size_t xm = 0; xm < mv->n; xm++) {
            const mention *m = &mv->v[xm];
            if (m->tok_start >= tb && m->tok_start < te && m->code[0] && m != spk &&
                strcmp(m->code, spk->code) != 0 && strncmp(m->code, spk->code, 3) != 0) {
                to = m;
                break;
            }
        }
        if (to) {
            evctx sx = x;
            sx.speaker = NULL;
            sentence_date(c, si, i, &sx, content_b, content_e, false);
            size_t a = spk->tok_start < i ? spk->tok_start : i;
            size_t bnd = to->tok_end - 1 > i ? to->tok_end - 1 : i;
            emit_pairs(c, &sx, (mlist){spk, 1}, group_at(mv, mindex(mv, to)), p->code, a, bnd, p);
            sp_out->speaker = spk;
            sp_out->code[15] = 0;
            sp_out->content_e = sp_out->content_e;   /* unchanged */
            sp_out->p = NULL;   /* statement already emitted */
        }
        return;
    }
    if (p->flags & VFLAG_ENDORSE) {
        return;   /* only meaningful under a speaker: see code_content */
    }
    if (v.infinitive_of_noun && !v.intent && !v.threat) {
        return;
    }
    char code[8];
    snprintf(code, sizeof code, "%s", p->code);
    if (v.refusal || (v.negated && v.intent)) {
        /* "refused to release", "will not meet": a rejection */
        modal_code(k, p->code, MODE_REJECT, code);
    } else if (v.negated) {
        return;
    } else if (v.obligation) {
        /* "Y must return the helicopter", said by X: coded as X's demand by
         * code_content; without a speaker, nothing was done */
        return;
    } else if (v.threat) {
        modal_code(k, p->code, MODE_THREAT, code);
    } else if (v.intent) {
        modal_code(k, p->code, MODE_INTENT, code);
    }
    if (!code[0]) {
        return;
    }
    /* source and target */
    mlist src = {0}, tgt = {0};
    const mention *sm = best.src, *tm = best.tgt;
    mention dflt_src = c->dflt_src, dflt_tgt = c->dflt_tgt;   /* TABARI's DEFAULT */
    bool src_after_verb = false;  /* the source found after the verb */
    dflt_src.tok_start = dflt_tgt.tok_start = (uint32_t)i;
    dflt_src.tok_end = dflt_tgt.tok_end = (uint32_t)i + 1;
    if (best.comp) {
        /* a % slot: the members of a compound act on each other ("A and B
         * agreed"); beside a $ or + slot it fills the other role */
        mlist g = group_at(mv, mindex(mv, best.comp));
        if (g.n > 1 && !sm && !tm) {
            size_t a = g.v[0].tok_start < i ? g.v[0].tok_start : i;
            size_t bnd = best.last_tok > i ? best.last_tok : i;
            if (g.v[g.n - 1].tok_end - 1 > bnd) {
                bnd = g.v[g.n - 1].tok_end - 1;
            }
            if (c->opt.tabari && p->code2[0] && strcmp(code, p->code) == 0) {
                /* TABARI's order: each pair, then its paired event */
                for (size_t s1 = 0; s1 < g.n; s1++) {
                    for (size_t t1 = 0; t1 < g.n; t1++) {
                        if (s1 != t1) {
                            emit_pairs(c, &x, (mlist){g.v + s1, 1}, (mlist){g.v + t1, 1}, code, a, bnd, p);
                            emit_pairs(c, &x, (mlist){g.v + t1, 1}, (mlist){g.v + s1, 1}, p->code2, a, bnd, p);
                        }
                    }
                }
                return;
            }
            emit_pairs(c, &x, g, g, code, a, bnd, p);
            if (p->code2[0] && strcmp(code, p->code) == 0 && strcmp(p->code2, code) != 0) {
                emit_pairs(c, &x, g, g, p->code2, a, bnd, p);
            }
            return;
        }
        if (!sm) {
            sm = best.comp;
        } else if (!tm) {
            tm = best.comp;
        }
    }
    if (!sm && v.passive && c->opt.tabari) {
        /* TABARI sees a passive only in "was VERBed by X" */
        bool by = false;
        for (size_t q = i + 1; q < ce && q < i + 4; q++) {
            by |= tok_is(c, q, k->w.by);
        }
        v.passive = by;
    }
    if (!sm) {
        if (v.passive) {
            /* "was shelled by X": X is the source, the subject the target;
             * "was accused of taking bribes by X" too, up to a comma or
             * another participle ("killed in a town held by rebels") */
            for (size_t q = i + 1; q < ce && q < i + 12; q++) {
                if (tok_punct(c, q, ',') || (q > i + 1 && c->t[q].isverb && c->t[q].vform == VF_ED)) {
                    break;
                }
                if (tok_is(c, q, k->w.by)) {
                    sm = mention_at(mv, q + 1, false);
                    if (!sm && tok_has(c, q + 1, WC_MODIFIER)) {
                        sm = mention_at(mv, q + 2, false);
                    }
                    break;
                }
            }
            if (!tm) {
                tm = find_subject(c, mv, cb, i);
            }
            if (!sm && tm && tm->code[0] &&
                (strcmp(code, "074") == 0 || strncmp(code, "153", 3) == 0 || strncmp(code, "154", 3) == 0)) {
                /* "Russian peacekeepers were deployed along the line": the
                 * forces deployed stand for those who deploy them; the
                 * target is the place's country (see emit) */
                sm = tm;
                tm = NULL;
            }
            if (!sm) {
                /* "three civilians were killed in a car bombing": violence
                 * with victims but no attacker named is still an event */
                if (!emit_victims(c, &x, tm, code, i, best.last_tok > i ? best.last_tok : i, p)) {
                    trace(c, "  \"%.*s\": passive, no agent", TOKF(i));
                }
                return;
            }
        } else {
            sm = find_subject(c, mv, cb, i);
            if (!sm && v.verb && !strcmp(code, p->code) && i > cb && (code[0] - '0') * 10 + (code[1] - '0') >= 18 &&
                (c->t[i].vform == VF_ED || c->t[i].vform == VF_S ||
                 (c->t[i].vform == VF_BASE && tok_is(c, i - 1, k->w.to))) &&
                c->t[i - 1].kind == TOK_WORD && !harmless_cause_in(c, cb, i)) {
                /* "A car bomb killed 12 soldiers", "an attempt to kill the
                 * governor": violence whose doer is no actor still has its
                 * victims, named in the same phrase; not a fire or a flood */
                const mention *victims = tm ? tm : find_object(c, mv, i, ce, true);
                for (size_t q = i + 1; victims && q < victims->tok_start; q++) {
                    if (tok_punct(c, q, ',') || is_quote_tok(c, q)) {
                        victims = NULL;
                    }
                }
                if (!victims && x.loc && x.loc->kind == AK_COUNTRY && x.loc->tok_start > i) {
                    /* "a bomb destroyed an office in southwestern France":
                     * the country it happened in, as for other acts on the
                     * ground with no target named */
                    victims = x.loc;
                }
                if (victims && emit_victims(c, &x, victims, code, i, best.last_tok > i ? best.last_tok : i, p)) {
                    return;
                }
            }
            if (c->opt.tabari) {
                /* TABARI: the source is the first actor before the verb
                 * in its clause, which a conjunction opens ("... but
                 * Dagolath promised aid", "and then it requested"), else
                 * in the sentence ("Arnxr is to restore ties with Gondor,
                 * ... crowds burned down its embassy": GON); with the
                 * pattern's target there, the first other actor */
                size_t tcb = tabari_clause_begin(c, mv, sb, i);
                const mention *first = NULL;
                for (size_t pass = 0; pass < 2 && !first; pass++) {
                    size_t from = pass ? sb : tcb;
                    for (size_t xm = 0; xm < mv->n && !first; xm++) {
                        const mention *m = &mv->v[xm];
                        if (m->tok_end <= i && m->tok_start >= from && m->code[0] &&
                            m != tm) {
                            first = m;
                        }
                    }
                    if (!first && !pass && tcb > sb && !tm) {
                        /* a clause a conjunction opens, with no actor
                         * before its verb: the source of the clause coded
                         * before it ("... might affirm an attack by X or
                         * assail Arnor"), else, none coded, its first actor
                         * after the verb, the next its target ("Gondor
                         * alleged and acknowledged that ... X ... Y": X/Y) */
                        if (c->last_subject && c->last_subject_sent == si_index && c->last_subject->tok_end <= i) {
                            first = c->last_subject;
                        } else {
                            size_t tce = tabari_clause_end(c, best.last_tok > i ? best.last_tok : i, se);
                            for (size_t xm = 0; xm < mv->n && !first; xm++) {
                                if (mv->v[xm].tok_start > i && mv->v[xm].tok_start < tce && mv->v[xm].code[0]) {
                                    first = &mv->v[xm];
                                    src_after_verb = true;
                                }
                            }
                        }
                        break;
                    }
                }
                if (first) {
                    sm = first;
                } else if (!tm && c->opt.default_source[0] && !c->opt.default_source_prior) {
                    /* "DEFAULT: SOURCE [X]" without PRIOR: the default only
                     * for a sentence with no actor; else its first, alone,
                     * the next actor its target ("Fxrnost is to restore ties
                     * with Gondor and Bree": GON/BRE) */
                    for (size_t xm = 0; xm < mv->n && !first; xm++) {
                        if (mv->v[xm].tok_start > i && mv->v[xm].tok_start < se && mv->v[xm].code[0]) {
                            first = sm = &mv->v[xm];
                            src_after_verb = true;
                        }
                    }
                }
                if (sm && !mention_inside(mv, sm->tok_end)) {
                    /* "Ithilen's awful and cool minister Calimehtar warned":
                     * an AND between two words that are not both of the
                     * dictionary's <ADJECTIVE>s (or <NOUN>s) joins two
                     * phrases, and TABARI codes the second ("Ithilen's
                     * sheep and goats of Gondor": no compound, ITH) */
                    for (size_t q = sm->tok_end + 1; q + 1 < i; q++) {
                        if (!tok_is(c, q, k->w.and_) || c->t[q - 1].kind != TOK_WORD ||
                            c->t[q + 1].kind != TOK_WORD || mention_inside(mv, q - 1) ||
                            mention_inside(mv, q + 1) || (c->t[q + 1].flags & TF_CAP)) {
                            continue;
                        }
                        bool both = (tok_has(c, q - 1, WC_TAB_NOUN) && tok_has(c, q + 1, WC_TAB_NOUN)) ||
                                    (tok_has(c, q - 1, WC_TAB_ADJ) && tok_has(c, q + 1, WC_TAB_ADJ));
                        const mention *second = NULL;
                        for (size_t xm = 0; xm < mv->n && !second && !both; xm++) {
                            const mention *m = &mv->v[xm];
                            if (m->tok_start > q && m->tok_end <= i && m->code[0] && !m->pronoun && m != tm) {
                                second = m;
                            }
                        }
                        if (second) {
                            sm = second;
                        }
                        break;
                    }
                }
                if (tm && (!sm || sm == tm)) {
                    sm = NULL;
                    for (size_t xm = 0; xm < mv->n && !sm; xm++) {
                        const mention *m = &mv->v[xm];
                        if (m->tok_start > i && m->tok_start < se && m->code[0] && !m->pronoun &&
                            m->group != tm->group) {
                            sm = m;
                        }
                    }
                }
            }
            if (c->opt.literal && i > sb && tok_is(c, i - 1, k->w.and_) && c->last_subject &&
                c->last_subject_sent == si_index && c->last_subject->tok_end <= i) {
                /* "X condemned the attack ... and promised aid": the
                 * verbs share their subject */
                sm = c->last_subject;
            }
            if (c->opt.literal && tm && tm->tok_start < i && (!sm || sm == tm) &&
                (c->t[i].vform == VF_ED || c->t[i].vform == VF_S)) {
                /* "X noted that + regretted ...": the source comes
                 * before the pattern's target, in the sentence */
                sm = find_subject(c, mv, sb, tm->tok_start);
            }
            if (!sm && dflt_src.code[0]) {
                sm = &dflt_src;
            }
            if (!sm) {
                trace(c, "  \"%.*s\": no source actor before it in its clause", TOKF(i));
                return;
            }
            if (!v.verb) {
                /* "15 civilians were killed in the attack": the subject of
                 * a passive is the noun's victim, not its doer */
                for (size_t q = sm->tok_end; q + 1 < i; q++) {
                    size_t q2 = q + 1;
                    while (q2 + 1 < i && tok_adverb(c, q2)) {
                        q2++;
                    }
                    if (is_be(c, q) && c->t[q2].vform == VF_ED) {
                        if (tm || !emit_victims(c, &x, sm, code, i, best.last_tok > i ? best.last_tok : i, p)) {
                            trace(c, "  \"%.*s\": its subject is a passive's, not the doer", TOKF(i));
                        }
                        return;
                    }
                }
            }
        }
    }
    mention place_target;   /* "arrived in Amman": the place's country */
    /* a target role with no country of its own takes the event's place, the
     * dateline's country, or that of a source acting at home ("Egyptian
     * police opened fire on demonstrators"); an army's victims need not be
     * its own people */
    const char *ss = strlen(sm->code) >= 6 ? sm->code + 3 : "";
    bool home = !strncmp(ss, "COP", 3) || !strncmp(ss, "GOV", 3) || !strncmp(ss, "JUD", 3);
    const char *role_cc = x.loc && x.loc->country[0] ? x.loc->country
                        : c->dl_country[0] ? c->dl_country
                        : home && sm->country[0] ? sm->country : NULL;
    if (!tm && !v.passive) {
        size_t after = best.last_tok > i ? best.last_tok : i;
        /* "demanded Friday that ...", "said firmly that ..." */
        size_t th = i + 1;
        while (th < se && th < i + 4 && (tok_adverb(c, th) ||
               (tok_has(c, th, WC_DATE_WORD) && (c->t[th].flags & TF_CAP)))) {
            th++;
        }
        if (th < se && tok_is(c, th, k->w.that)) {
            /* "demanded that the US cancel ...": the complement's subject
             * is the one the demand is made of */
            size_t e2 = clause_end(c, th, se);
            tm = find_object(c, mv, th, e2, true);
        } else {
            /* literal (dictionary) coding: the object starts before the
             * next comma, as a parse's verb phrase would end there (TABARI
             * leaves out comma-delimited clauses instead: comma_clauses) */
            size_t oe = ce;
            for (size_t q = after + 1; c->opt.literal && !c->opt.tabari && q < ce; q++) {
                if (tok_punct(c, q, ',')) {
                    oe = q;
                    break;
                }
            }
            if (c->opt.tabari) {
                /* TABARI: the target is in the verb's clause, which goes
                 * on past the pattern ("shot and wounded Gondor") */
                size_t tce = tabari_clause_end(c, after, se);
                oe = tce < oe ? tce : oe;
            }
            tm = find_object(c, mv, i, oe, true);
            if (!tm && after > i) {
                tm = find_object(c, mv, after, oe, true);
            }
            if (!tm && c->opt.tabari && oe == ce && ce < se && tok_is(c, ce, k->w.that)) {
                /* TABARI: "expressed hopes on Thursday that Osgiliath ...":
                 * the first actor after the verb, past THAT */
                tm = find_object(c, mv, ce, clause_end(c, ce, se), true);
            }
        }
        if (!tm && after > i && !c->opt.literal) {
            tm = find_object(c, mv, after, ce, true);
        }
        if (tm && tm == sm && c->opt.tabari && after > i) {
            /* "contribute a million peso Bree to Gondor" (* PESO_$): the
             * target is after the pattern's source */
            tm = find_object(c, mv, after, ce, true);
        }
        if (tm && tm == sm) {
            tm = NULL;
        }
        if (!tm && c->opt.tabari && best.n_skip && sm && sm->tok_end <= i) {
            /* TABARI: a pattern that passed over an actor (^) and left no
             * actor after the verb takes the first actor between the
             * source and the verb that it did not pass over ("Arnor was
             * United Arab Emirates for Eriador warning", $ ^ FOR *) */
            mlist sg = group_at(mv, mindex(mv, sm));
            size_t from = sg.v[sg.n - 1].tok_end;
            for (size_t q = 0; q < mv->n && !tm; q++) {
                const mention *m = &mv->v[q];
                bool skipped = false;
                for (size_t z = 0; z < best.n_skip; z++) {
                    skipped |= best.skip[z]->group == m->group;
                }
                if (m->code[0] && m->tok_start >= from && m->tok_end <= i && m->group != sm->group && !skipped &&
                    !m->pronoun) {
                    tm = m;
                }
            }
        }
        /* "lifted the curfew in Montenegro", "arrived in Amman": with no
         * other target, the place the act was aimed at */
        if (!tm && x.loc && x.loc != sm && x.loc->country[0] &&
            group_at(mv, mindex(mv, sm)).n == 1 && strncmp(x.loc->country, sm->code, 3) != 0) {
            place_target = *x.loc;
            /* literal coding: the place's own dictionary code ("Michel
             * Delving" SHRGOV), else its country */
            snprintf(place_target.code, sizeof place_target.code, "%s",
                     c->opt.literal && x.loc->code[0] ? x.loc->code : x.loc->country);
            tm = &place_target;
        }
    }
    /* "M23 rebels captured Goma", "the Taliban captured Kabul": a seizure
     * or capture whose object is a place (one the gazetteer knows, or a
     * country or capital named as an actor) is an occupation of territory,
     * not an arrest; the territory is the country's */
    mention occupied;
    if (!c->opt.literal && (!strcmp(code, "173") || !strcmp(code, "171")) && !v.passive && occupies(c, i)) {
        size_t q = i + 1;
        if (q < ce && tok_has(c, q, WC_DETERMINER)) {
            q++;
        }
        while (q < ce && tok_has(c, q, WC_MODIFIER)) {
            q++;   /* "eastern Jerusalem" */
        }
        if (tm && tm != &place_target && tm->tok_start == q &&
            (tm->kind == AK_CAPITAL || tm->kind == AK_COUNTRY) && tm->country[0]) {
            trace(c, "  \"%.*s\": its object is a place: occupation of territory [192]", TOKF(i));
            snprintf(code, sizeof code, "192");
            occupied = *tm;
            snprintf(occupied.code, sizeof occupied.code, "%.3s", tm->country);
            tm = &occupied;
        } else if (c->opt.geo && (!tm || tm == &place_target)) {
            size_t qe = q;
            while (qe < ce && qe < q + 4 && c->t[qe].kind == TOK_WORD && (c->t[qe].flags & TF_CAP) &&
                   !mention_inside(mv, qe)) {
                qe++;
            }
            geo_place gp;
            if (qe > q && (qe == ce || c->t[qe].kind == TOK_PUNCT || !(c->t[qe].flags & TF_CAP)) &&
                geo_resolve(c->opt.geo, (const char *)c->text + c->t[q].start, c->t[qe - 1].end - c->t[q].start,
                            NULL, 0, &gp) &&
                (gp.feature == GEO_CITY || gp.feature == GEO_ADMIN1 || gp.feature == GEO_REGION)) {
                trace(c, "  \"%.*s\": its object is a place: occupation of territory [192]", TOKF(i));
                snprintf(code, sizeof code, "192");
            }
        }
    }
    /* "Protesters blocked streets in Hong Kong", "Gunmen killed ..." under a
     * KABUL dateline: a role with no country takes the event's place, else
     * the dateline's country */
    mention located;
    mention sbuf[8], tbuf[8];   /* TABARI: compounds of roles */
    mlist src_roles = {0}, tgt_roles = {0};
    if (!sm->code[0] && sm->sector[0] && c->opt.tabari && group_at(mv, mindex(mv, sm)).n > 1) {
        src_roles = place_group(mv, sm, sbuf, 8);
    }
    if (!sm->code[0] && sm->sector[0]) {
        const char *cc = x.loc && x.loc->country[0] ? x.loc->country : (c->dl_country[0] ? c->dl_country : NULL);
        for (size_t q = 0; !cc && q < mv->n; q++) {
            /* "Police dispersed demonstrators in Minsk": the place named
             * with the other party */
            if (mv->v[q].placed && mv->v[q].country[0]) {
                cc = mv->v[q].country;
            }
        }
        /* else, as Phoenix does, "---" for the unknown country: "Rebels
         * freed prisoners" is an event whoever the rebels are */
        sm = place_role(&located, sm, cc);
    }
    mention tlocated;   /* "police dispersed demonstrators in Monrovia" */
    if (tm && !tm->code[0] && tm->sector[0] && !tm->pronoun) {
        const char *cc = role_cc;
        /* unplaced: an actor with a country after it is the better target
         * ("gave military aid to Mozambique"); else "---" as Phoenix does,
         * which the event's place may settle (see emit) */
        const mention *next = cc || c->opt.tabari ? NULL : find_object(c, mv, tm->tok_end - 1, ce, false);
        if (c->opt.tabari && group_at(mv, mindex(mv, tm)).n > 1) {
            /* TABARI: the roles are the target, each of them */
            tgt_roles = place_group(mv, tm, tbuf, 8);
        }
        if (next && next != sm) {
            tm = next;
        } else {
            tm = place_role(&tlocated, tm, cc);
        }
    }
    mention fp;   /* the speaker, standing for "I", "we", "they", "it" */
    memset(&fp, 0, sizeof fp);
    if (speaker_code) {
        memcpy(fp.code, speaker_code, 16);
    }
    if (sm->pronoun && sm->first_person) {
        if (!speaker_code || !speaker_code[0]) {
            return;
        }
        src = (mlist){&fp, 1};
    } else if (src_roles.n) {
        src = src_roles;
    } else if (sm == &located || sm == &dflt_src) {
        src = (mlist){sm, 1};
    } else if (sm->pronoun) {
        /* a TABARI pronoun stands for its actor, a compound for all */
        src = sm->ante ? group_at(mv, sm->ante - 1) : (mlist){sm, 1};
    } else {
        src = group_at(mv, mindex(mv, sm));
    }
    bool lone_tgt = false;
    if (src_after_verb) {
        src = (mlist){sm, 1};
        tm = NULL;
        for (size_t xm = mindex(mv, sm) + 1; xm < mv->n && !tm; xm++) {
            if (mv->v[xm].code[0] && strcmp(mv->v[xm].code, sm->code) != 0) {
                tm = &mv->v[xm];
                lone_tgt = true;
            }
        }
    } else if (c->opt.tabari && !v.passive && src.n && sm >= mv->v && sm < mv->v + mv->n) {
        if (tm && tm->pronoun && code_in(src, tm->code)) {
            tm = NULL;   /* "urged Bree to assist it": it is the source */
        }
        if (!tm && !(dflt_tgt.code[0] && c->opt.default_target_after)) {
            /* TABARI: with no target after the verb, the next actor after
             * the source ("then it requested that Elrond assist": CAL/ELF),
             * else the second of a compound source ("Bree and Arnor are
             * about to restore ties": BRE/ARN) */
            size_t from = src.v[src.n - 1].tok_end > sm->tok_end ? src.v[src.n - 1].tok_end : sm->tok_end;
            size_t tce = tabari_clause_end(c, best.last_tok > i ? best.last_tok : i, se);
            for (size_t xm = 0; xm < mv->n && !tm; xm++) {
                const mention *m = &mv->v[xm];
                if (m->tok_start >= from && m->tok_start < tce && m->code[0] && !code_in(src, m->code)) {
                    tm = m;
                }
            }
            if (!tm && src.n > 1 && strcmp(src.v[0].code, src.v[1].code) != 0) {
                tm = &src.v[1];
                src.n = 1;
                lone_tgt = true;
            }
        }
    }
    if (!tm && dflt_tgt.code[0]) {
        tm = &dflt_tgt;
    }
    if (tm) {
        tgt = lone_tgt || tm == &place_target || tm == &tlocated || tm == &dflt_tgt || tm == &occupied ? (mlist){tm, 1}
            : tm->pronoun ? (tm->ante ? group_at(mv, tm->ante - 1) : (mlist){tm, 1})
            : group_at(mv, mindex(mv, tm));
    }
    if (tgt_roles.n && tm == &tlocated) {
        tgt = tgt_roles;
    }
    size_t a = sm->tok_start < i ? sm->tok_start : i;
    if (src.v != sm && src.n && src.v[0].tok_start < a && src.v[0].tok_end <= i) {
        a = src.v[0].tok_start;
    }
    size_t bnd = best.last_tok > i ? best.last_tok : i;
    if (tm && tm->tok_end - 1 > bnd) {
        bnd = tm->tok_end - 1;
    }
    if (sm->tok_end - 1 > bnd) {
        bnd = sm->tok_end - 1;
    }
    c->last_target_end = tm ? tm->tok_end : 0;
    if (!c->opt.tabari || tgt.n) {
        /* TABARI: the subject of a clause coded (with a target) */
        c->last_subject = sm >= mv->v && sm < mv->v + mv->n ? sm : NULL;
        c->last_subject_sent = si_index;
    }
    if (c->opt.tabari && p->code2[0] && tgt.n && strcmp(code, p->code) == 0) {
        /* TABARI's order: each pair, then its paired event */
        for (size_t s1 = 0; s1 < src.n; s1++) {
            for (size_t t1 = 0; t1 < tgt.n; t1++) {
                emit_pairs(c, &x, (mlist){src.v + s1, 1}, (mlist){tgt.v + t1, 1}, code, a, bnd, p);
                emit_pairs(c, &x, (mlist){tgt.v + t1, 1}, (mlist){src.v + s1, 1}, p->code2, a, bnd, p);
            }
        }
        return;
    }
    const transform *tf = infinitive_transform(c, i);
    if (tf && (tf->c == '_' ? !tgt.n : tf->c == '.' || tgt.n)) {
        /* the transformation's event instead: a is the source, c the
         * target */
        char rule[200];
        snprintf(rule, sizeof rule, "%s:%u: %s", tf->file, tf->line, tf->text);
        trace(c, "  \"%.*s\": transformation %s", TOKF(i), rule);
        mlist xs = tf->x == tf->a ? src : tgt, ys = tf->y == tf->a ? src : tf->y == tf->c ? tgt : (mlist){0};
        if (tf->code[0]) {
            snprintf(code, sizeof code, "%s", tf->code);
        }
        x.rule = rule;
        emit_pairs(c, &x, xs, ys, code, a, bnd, NULL);
        return;
    }
    emit_pairs(c, &x, src, tgt, code, a, bnd, p);
    if (p->code2[0] && tgt.n && strcmp(code, p->code) == 0) {
        /* TABARI's paired code "[032:033]": the target's side of the act
         * ("X visited Y": Y received X) */
        emit_pairs(c, &x, tgt, src, p->code2, a, bnd, p);
    }
}

/* Where the clause of the verb at i starts inside reported content that
 * starts at b: after the last "that" before it ("I want to note that the
 * peacekeepers prevented ..."), else at b. */
static size_t after_that(const truce_coder *c, size_t b, size_t i)
{
    for (size_t q = i; q > b + 1; q--) {
        if (tok_is(c, q - 1, c->k->w.that)) {
            return q;
        }
    }
    return b;
}

/* Events inside reported content: endorse verbs make the speaker praise the
 * doer; others are coded as events of their own. */
static void code_content(truce_coder *c, sinfo *si, size_t s_index, const speech *sp)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    bool praised = false;
    const mention *about = NULL;
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        uint32_t l = c->t[i].vlemma;
        if (!l || l >= k->heads_cap || !(k->head_flags[l] & VFLAG_ENDORSE)) {
            continue;
        }
        const pattern *vp = k->vheads[l];
        vinfo v = analyse_verb(c, mv, i, sp->content_b);
        /* a deed, not a promise, a condition or a demand ("is willing to
         * help", "must help"): those are coded as the act's own events */
        if (!v.verb || v.negated || v.intent || v.threat || v.hypothetical || v.obligation || v.refusal) {
            continue;
        }
        /* "I want to note that the peacekeepers prevented ...": the deed's
         * subject is in the clause after the last "that" */
        size_t from = after_that(c, sp->content_b, i);
        const mention *subj = find_subject(c, mv, from, i);
        if (!subj || !subj->code[0] || strcmp(subj->code, sp->code) == 0) {
            continue;
        }
        if (subj->pronoun) {
            continue;
        }
        const pattern *p = vp;
        while (p && !(p->flags & VFLAG_ENDORSE)) {
            p = p->next;
        }
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
        sentence_date(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        size_t a = sp->speaker->tok_start < subj->tok_start ? sp->speaker->tok_start : subj->tok_start;
        size_t b = sp->speaker->tok_end - 1 > i ? sp->speaker->tok_end - 1 : i;
        if (sp->verb > b) {
            b = sp->verb;
        }
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, group_at(mv, mindex(mv, subj)), "051", a, b, p);
        praised = true;
        about = subj;
    }
    /* "X said Y must Z" where Z has no pattern of its own: X demands
     * something of Y (CAMEO 100) */
    for (size_t i = sp->content_b; i < sp->content_e; i++) {
        if (!tok_has(c, i, WC_OBLIGATION) || !tok_has(c, i, WC_MODAL)) {
            continue;
        }
        size_t vtok = i + 1;
        bool neg = false;
        while (vtok < sp->content_e && tok_has(c, vtok, WC_ADVERB)) {
            neg |= tok_has(c, vtok, WC_NEGATION);
            vtok++;
        }
        if (neg) {
            continue;   /* "should not be politicized": not a demand to act */
        }
        if (vtok >= sp->content_e || tok_has(c, vtok, WC_NEGATION)) {
            continue;
        }
        const mention *subj = find_subject(c, mv, sp->content_b, i);
        if (!subj || !subj->code[0] || subj->pronoun || strcmp(subj->code, sp->code) == 0) {
            continue;
        }
        /* what is demanded: the verb's own pattern, as a demand (10x) */
        char dcode[8] = "100";
        const pattern *vp2, *np2, *dp = NULL;
        pmatch pm;
        if (head_patterns(c, vtok, &vp2, &np2) && vp2 &&
            best_pattern(c, mv, vp2, vtok, sp->content_b, clause_end(c, vtok, sp->content_e), &pm) >= 0 &&
            !(pm.p->flags & (VFLAG_SPEECH | VFLAG_ENDORSE)) && pm.p->code[0] != '-') {
            modal_code(k, pm.p->code, MODE_DEMAND, dcode);
            if (!dcode[0]) {
                snprintf(dcode, sizeof dcode, "100");
            }
            dp = pm.p;
        }
        evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
        sentence_date(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
        size_t a = sp->speaker->tok_start < subj->tok_start ? sp->speaker->tok_start : subj->tok_start;
        size_t b = vtok > sp->verb ? vtok : sp->verb;
        if (sp->speaker->tok_end - 1 > b) {
            b = sp->speaker->tok_end - 1;
        }
        trace(c, "  \"%.*s\": the speaker demands it of the subject [%s]", TOKF(i), dcode);
        x.rule = "X said Y must/should act (demand)";
        emit_pairs(c, &x, (mlist){sp->speaker, 1}, group_at(mv, mindex(mv, subj)), dcode, a, b, dp);
        praised = true;   /* the demand is the statement */
    }
    /* the dictionary's transformations of what is said ("~ a (b . ATTACK)
     * SAY = a b 112": X says Y attacked: X accuses Y) */
    for (const transform *t = k->transforms; t; t = t->next) {
        if (t->verb1 != c->t[sp->verb].vlemma || t->b == '_') {
            continue;
        }
        for (size_t i = sp->content_b; i < sp->content_e && c->n_xf < 8; i++) {
            uint32_t l = c->t[i].vlemma;
            const pattern *vp, *np;
            if (!l || (t->verb2 && l != t->verb2) || transformed(c, i) || !head_patterns(c, i, &vp, &np) ||
                !vp) {
                continue;
            }
            size_t ce = clause_end(c, i, sp->content_e);
            pmatch pm;
            int w = best_pattern(c, mv, vp, i, sp->content_b, ce, &pm);
            if (w < 0 && l < k->heads_cap && k->vheads[l] && k->vheads[l] != vp) {
                w = best_pattern(c, mv, k->vheads[l], i, sp->content_b, ce, &pm);   /* the lemma's */
            }
            if (w < 0 || pm.p->code[0] == '-' || (pm.p->flags & (VFLAG_SPEECH | VFLAG_ENDORSE))) {
                continue;
            }
            size_t from = after_that(c, sp->content_b, i);
            /* a deed said to be done: not a word used as a noun, not a
             * promise, a threat, a condition or a denial (those keep
             * their own codes) */
            vinfo vi = analyse_verb(c, mv, i, from);
            if (!vi.verb || (!c->opt.literal && (vi.negated || vi.intent || vi.threat || vi.hypothetical ||
                                                 vi.obligation || vi.refusal))) {
                continue;
            }
            const mention *subj = find_subject(c, mv, from, i), *obj = find_object(c, mv, i, ce, false);
            for (size_t xm = 0; xm < mv->n; xm++) {
                /* "it", "we" in what X says stand for X */
                const mention *m = &mv->v[xm];
                if (m->pronoun && m->tok_start >= from && m->tok_end <= i &&
                    (!subj || m->tok_start > subj->tok_start)) {
                    subj = m;
                }
            }
            if (subj && (subj->pronoun || !subj->code[0])) {
                subj = subj->pronoun ? sp->speaker : NULL;
            }
            if (obj && !obj->code[0]) {
                obj = NULL;
            }
            const mention *bound[3] = {sp->speaker, NULL, NULL};   /* a, b, c */
            const mention *got[2] = {subj, obj};
            const char want[2] = {t->b, t->c};
            bool ok = true;
            for (int v = 0; v < 2 && ok; v++) {
                if (want[v] == '_') {
                    ok = !got[v];
                } else if (want[v] != '.') {
                    ok = got[v] != NULL;
                    /* a variable met again is the same actor */
                    if (ok && want[v] == t->a) {
                        ok = strcmp(got[v]->code, sp->speaker->code) == 0;
                    } else if (ok && v == 1 && want[1] == t->b && subj) {
                        ok = strcmp(got[1]->code, subj->code) == 0;
                    }
                    bound[v + 1] = got[v];
                }
            }
            if (!ok) {
                continue;
            }
            const mention *xm = t->x == t->a ? bound[0] : t->x == t->b ? bound[1] : bound[2];
            const mention *ym = t->y == t->a ? bound[0] : t->y == t->b ? bound[1] : bound[2];
            if (!xm || !ym) {
                continue;
            }
            char rule[200];
            snprintf(rule, sizeof rule, "%s:%u: %s", t->file, t->line, t->text);
            trace(c, "  \"%.*s\": transformation %s", TOKF(i), rule);
            evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
            sentence_date(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
            x.rule = rule;
            size_t a = sp->speaker->tok_start < sp->verb ? sp->speaker->tok_start : sp->verb;
            size_t b = i > sp->speaker->tok_end - 1 ? i : sp->speaker->tok_end - 1;
            if (obj && obj->tok_end - 1 > b) {
                b = obj->tok_end - 1;
            }
            emit_pairs(c, &x, (mlist){xm, 1}, (mlist){ym, 1}, t->code[0] ? t->code : pm.p->code, a, b, NULL);
            c->xf_tok[c->n_xf++] = i;
            praised = true;   /* the transformation is the statement */
        }
    }
    /* the statement itself, about the first other actor in the content */
    if (sp->p && !praised) {
        for (size_t xm = 0; xm < mv->n; xm++) {
            const mention *m = &mv->v[xm];
            if (m->tok_start >= sp->content_b && m->tok_end <= sp->content_e && m->code[0] &&
                !m->pronoun && strcmp(m->code, sp->code) != 0 &&
                (!m->country[0] || strncmp(m->country, sp->code, 3) != 0) &&
                !tok_has(c, m->tok_start ? m->tok_start - 1 : 0, WC_LOCATIVE)) {
                about = m;
                break;
            }
        }
        if (about) {
            evctx x = {s_index, TRUCE_NODAY, false, false, NULL, NULL, NULL, 0, 0, 0, false, mv};
            sentence_date(c, si, sp->verb, &x, sp->content_b, sp->content_e, false);
            size_t a = sp->content_b < sp->speaker->tok_start ? sp->content_b : sp->speaker->tok_start;
            size_t b = sp->content_e > sp->speaker->tok_end ? sp->content_e : sp->speaker->tok_end;
            if (sp->verb + 1 > b) {
                b = sp->verb + 1;
            }
            emit_pairs(c, &x, (mlist){sp->speaker, 1}, (mlist){about, 1}, sp->p->code, a, b - 1, sp->p);
        }
    }
    (void)k;
}

/* Is token i inside an actor mention? */
static bool mention_inside(const mvec *mv, size_t i)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (mv->v[x].tok_start <= i && i < mv->v[x].tok_end && !mv->v[x].pronoun) {
            return true;
        }
    }
    return false;
}

/* TABARI: how well the head at i is coded: 2 by a pattern line, 1 only
 * by its verb line, 0 not at all. */
static int head_rank(const truce_coder *c, const sinfo *si, size_t sb, size_t se, size_t i, pmatch *m)
{
    const pattern *vp, *np;
    if (!head_patterns(c, i, &vp, &np) || !vp || best_pattern(c, &si->mv, vp, i, sb, se, m) < 0) {
        return 0;
    }
    return m->p->verb_line ? 1 : 2;
}

static void code_sentence(truce_coder *c, sinfo *si, size_t s_index)
{
    const sentence *s = &c->s[s_index];
    size_t sb = s->tok_start, se = s->tok_end;
    memset(c->bloom, 0, sizeof c->bloom);
    for (size_t i = sb; i < se; i++) {
        bloom_add(c, c->t[i].id);
        bloom_add(c, c->t[i].vlemma);
        bloom_add(c, c->t[i].nlemma);
    }
    if (c->opt.tabari && c->opt.flag_codes && (c->opt.complex_verbs || c->opt.complex_conj)) {
        /* TABARI's complexity test: too many verbs or conjunctions */
        size_t n_verbs = 0, n_conj = 0;
        pmatch hm;
        for (size_t i = sb; i < se; i++) {
            if ((tok_is(c, i, c->k->w.and_) || tok_is(c, i, c->k->w.or_) || tok_is(c, i, c->k->w.but)) &&
                !(i > sb && i + 1 < se && mention_ending_at(&si->mv, i - 1) &&
                  mention_at(&si->mv, i + 1, false))) {
                n_conj++;   /* not one joining two actors */
            }
            if (((c->t[i].flags & TF_CAP) && i > sb) || mention_inside(&si->mv, i)) {
                continue;
            }
            if (i > sb && (tok_is(c, i - 1, c->k->w.the) || tok_is(c, i - 1, c->k->w.a) ||
                           tok_is(c, i - 1, c->k->w.an))) {
                continue;
            }
            n_verbs += head_rank(c, si, sb, se, i, &hm) > 0;
        }
        if ((c->opt.complex_verbs && n_verbs >= c->opt.complex_verbs) ||
            (c->opt.complex_conj && n_conj >= c->opt.complex_conj)) {
            trace(c, "  complex: %zu verbs, %zu conjunctions", n_verbs, n_conj);
            c->flag = TRUCE_FLAG_COMPLEX;
            c->stop = true;
            return;
        }
    }
    speech sps[8];
    size_t n_sp = 0, coded_until = 0, last_coded = 0;
    c->n_xf = 0;
    const char *spk = si->quote_speaker[0] ? si->quote_speaker : NULL;
    /* first the speech verbs, so content events know their speaker */
    for (size_t i = sb; i < se && !c->stop; i++) {
        uint32_t l = c->t[i].vlemma;
        if (!l || l >= c->k->heads_cap || !(c->k->head_flags[l] & VFLAG_SPEECH) || n_sp == 8) {
            continue;
        }
        bool is_sp = false;
        speech sp = {0};
        code_head(c, si, s_index, sb, se, i, spk, &sp, &is_sp);
        if (is_sp) {
            sps[n_sp++] = sp;
        }
    }
    for (size_t k2 = 0; k2 < n_sp; k2++) {
        code_content(c, si, s_index, &sps[k2]);
    }
    size_t sent_events = c->n_events;
    if (c->opt.tabari && c->opt.tabari_code_by == 2) {
        /* TABARI's dominant verbs ("ATTEND [031!]"): coding all verbs,
         * one that gives an event gives the sentence's only events */
        for (size_t i = sb; i < se && !c->stop; i++) {
            pmatch dm;
            if (!mention_inside(&si->mv, i) && head_rank(c, si, sb, se, i, &dm) && dm.p->mark == '!') {
                bool is_sp;
                speech dummy;
                code_head(c, si, s_index, sb, se, i, spk, &dummy, &is_sp);
            }
        }
        if (c->n_events > sent_events) {
            return;
        }
    }
    size_t weak[8], n_weak = 0;   /* TABARI's weak verbs ("SAID [023?]"), for last */
    for (size_t i = sb; i < se && !c->stop; i++) {
        bool in_speech_verb = false;
        for (size_t k2 = 0; k2 < n_sp; k2++) {
            in_speech_verb |= sps[k2].verb == i;
        }
        if (in_speech_verb || transformed(c, i) || governs_transform(c, i)) {
            continue;
        }
        const char *speaker = spk;
        size_t lim = se;   /* content events stay inside their content */
        for (size_t k2 = 0; k2 < n_sp; k2++) {
            if (i >= sps[k2].content_b && i < sps[k2].content_e) {
                speaker = sps[k2].code;
                lim = sps[k2].content_e;
            }
        }
        const pattern *vp, *np;
        if (!head_patterns(c, i, &vp, &np)) {
            continue;
        }
        bool is_sp;
        speech dummy;
        if (c->opt.tabari && mention_inside(&si->mv, i)) {
            continue;   /* TABARI: an actor's word ("soldiers") is no verb ("SOLD") */
        }
        if (c->opt.tabari && i < coded_until && c->opt.tabari_code_by != 2) {
            /* "... condemned the attack and promised aid": a conjunction
             * before this verb starts a new clause */
            bool conj = false;
            if (c->opt.tabari_code_by == 1) {
                continue;   /* CODE BY SENTENCE */
            }
            for (size_t q = i; q > last_coded + 1 && q + 6 > i && !conj; q--) {
                conj = tok_is(c, q - 1, c->k->w.and_) || tok_is(c, q - 1, c->k->w.but) ||
                       (tok_is(c, q - 1, c->k->w.or_) && or_verb(c, q - 1));
            }
            if (!conj) {
                continue;
            }
        }
        pmatch hm;
        if (c->opt.tabari && head_rank(c, si, sb, lim, i, &hm) && hm.p->subordinate) {
            /* TABARI's subordinate code ("SAID [023?]"): a later verb of
             * the sentence with a code of its own is coded instead */
            bool later = false;
            pmatch lm;
            for (size_t j = i + 1; j < lim && !later; j++) {
                later = !mention_inside(&si->mv, j) && head_rank(c, si, sb, lim, j, &lm) &&
                        !lm.p->subordinate && lm.p->code[0] != '-';
            }
            if (later) {
                continue;
            }
        }
        if (c->opt.tabari && head_rank(c, si, sb, lim, i, &hm) == 1) {
            /* "Estonia said it would act now" with "- SAID WOULD * NOW":
             * a later verb whose pattern takes this verb's word in goes
             * first */
            bool later = false;
            for (size_t j = i + 1; j < lim && j < i + 12 && !later; j++) {
                if (head_rank(c, si, sb, lim, j, &hm) != 2) {
                    continue;
                }
                for (int e = 0; e < hm.p->n_pre && !later; e++) {
                    later = hm.p->pre[e].kind == PE_WORD && elem_fwd(c, i, i + 1, &hm.p->pre[e]);
                }
            }
            if (later) {
                continue;
            }
        }
        if (c->opt.tabari && head_rank(c, si, sb, lim, i, &hm) && hm.p->mark == '?') {
            if (n_weak < 8) {
                weak[n_weak++] = i;
            }
            continue;
        }
        size_t before = c->n_events;
        c->last_target_end = 0;
        code_head(c, si, s_index, sb, lim, i, speaker, &dummy, &is_sp);
        if (c->opt.tabari && c->n_events > before) {
            /* TABARI codes a clause once: its first verb that gives an
             * event */
            coded_until = se;
            last_coded = i;
        }
    }
    /* the weak verbs, when no other gave an event: by the same rule, the
     * first that does in each clause ("Mordor was reported ... and an Orc
     * leader said ...": both) */
    bool weak_ok = c->n_events == sent_events;
    size_t last_weak = SIZE_MAX;
    for (size_t w = 0; w < n_weak && weak_ok && !c->stop; w++) {
        if (last_weak != SIZE_MAX && c->opt.tabari_code_by != 2 &&
            (c->opt.tabari_code_by == 1 || tabari_clause_begin(c, &si->mv, sb, weak[w]) <= last_weak)) {
            continue;
        }
        bool is_sp;
        speech dummy;
        size_t before = c->n_events;
        code_head(c, si, s_index, sb, se, weak[w], spk, &dummy, &is_sp);
        if (c->n_events > before) {
            last_weak = weak[w];
        }
    }
}

/* Tokens and sentences of a story, into c->t and c->s. */
static truce_status prepare(truce_coder *c, const truce_story *st, truce_error *err)
{
    arena_reset(&c->a);
    c->issues_sent = 0;
    c->st = st;
    c->text = (const uint8_t *)st->text;
    if (c->base == 0) {
        /* a new story (a later part of a long one keeps what came before:
         * events already coded, the last actors named, the dateline) */
        c->n_seen = 0;
        c->last_speaker[0] = c->last_person[0] = c->last_actor[0] = 0;
        c->dl_name[0] = c->dl_country[0] = 0;
        if (!st->continues) {
            c->fwd_code[0] = 0;
        }
    }
    if (c->opt.max_story_len && st->text_len > c->opt.max_story_len) {
        err_set(err, TRUCE_ELIMIT, NULL, 0, 0, (int64_t)c->opt.max_story_len,
                "story of %zu bytes is over the limit of %zu bytes", st->text_len, c->opt.max_story_len);
        return TRUCE_ELIMIT;
    }
    if (st->text_len > UINT32_MAX - 1) {
        err_set(err, TRUCE_ELIMIT, NULL, 0, 0, 0, "story of %zu bytes is over 4 GiB", st->text_len);
        return TRUCE_ELIMIT;
    }
    truce_status urc = truce_utf8_check(st->text, st->text_len, err);
    if (urc != TRUCE_OK) {
        return urc;
    }
    token *t;
    ptrdiff_t nt = text_tokenize(c->k, c->text, st->text_len, 0, &c->a, c->cache, &t);
    if (nt < 0) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory tokenising the story");
        return TRUCE_ENOMEM;
    }
    /* drop the dateline's tokens: [dateline start, body start) */
    size_t dl_b = st->body_offset, dl_e = st->body_offset;
    if (st->dateline_place_len && st->dateline_place >= st->text &&
        st->dateline_place < st->text + st->text_len) {
        dl_b = (size_t)(st->dateline_place - st->text);
    }
    /* the dateline's place, as the location of last resort */
    for (ptrdiff_t i = 0; i < nt && st->dateline_place_len; i++) {
        if (t[i].start >= dl_b && t[i].start < dl_e) {
            c->t = t;
            c->nt = (size_t)nt;
            unit u;
            size_t pe = (size_t)(st->dateline_place - st->text) + st->dateline_place_len;
            size_t n = 0;
            for (size_t b = 0; b < st->dateline_place_len && n + 2 < sizeof c->dl_name; b++) {
                uint8_t ch = (uint8_t)st->dateline_place[b];
                bool first = b == 0 || st->dateline_place[b - 1] == ' ' || st->dateline_place[b - 1] == '-';
                c->dl_name[n++] = (char)(!first && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
            c->dl_name[n] = 0;
            size_t e2 = (size_t)i;
            while (e2 < (size_t)nt && t[e2].end <= pe) {
                e2++;
            }
            if (match_unit(c, (size_t)i, e2, &u)) {
                const actor_entry *ce = unit_kind(&u, AK_CAPITAL);
                if (!ce) {
                    ce = unit_kind(&u, AK_COUNTRY);
                }
                if (ce) {
                    memcpy(c->dl_country, ce->code, 3);
                    c->dl_country[3] = 0;
                }
            }
            break;
        }
    }
    size_t w = 0;
    for (ptrdiff_t i = 0; i < nt; i++) {
        if (t[i].start >= dl_b && t[i].start < dl_e) {
            continue;
        }
        t[w++] = t[i];
    }
    c->t = t;
    c->nt = w;
    sentence *s;
    ptrdiff_t ns = c->nt ? text_sentences(c->text, c->t, c->nt, &c->a, &s) : 0;
    if (ns < 0) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory splitting sentences");
        return TRUCE_ENOMEM;
    }
    c->s = s;
    c->ns = (size_t)ns;
    return TRUCE_OK;
}

truce_status truce_split_story(truce_coder *c, const truce_story *st,
                               truce_sentence_sink sink, void *user,
                               truce_error *err)
{
    c->base = 0;
    truce_status rc = prepare(c, st, err);
    if (rc != TRUCE_OK) {
        return rc;
    }
    for (size_t k = 0; k < c->ns; k++) {
        truce_sentence s = {(uint32_t)k + 1, c->s[k].paragraph, c->s[k].start, c->s[k].end};
        if (sink(user, &s)) {
            break;
        }
    }
    return TRUCE_OK;
}

/* Stories longer than this are coded a part at a time, each part ending at
 * a line break (else a space), so that the coder's memory follows the part
 * (about 60 bytes per byte of text), not the story. */
#define PART_BYTES ((size_t)1 << 20)

static size_t part_end(const char *text, size_t len, size_t b)
{
    if (len - b <= PART_BYTES) {
        return len;
    }
    size_t e = b + PART_BYTES;
    for (size_t i = e; i > b + PART_BYTES / 2; i--) {
        if (text[i - 1] == '\n') {
            return i;
        }
    }
    for (size_t i = e; i > b + PART_BYTES / 2; i--) {
        if (text[i - 1] == ' ') {
            return i;
        }
    }
    while (e > b + 1 && ((uint8_t)text[e] & 0xC0) == 0x80) {
        e--;   /* never inside a UTF-8 sequence */
    }
    return e;
}

static truce_status code_part(truce_coder *c, const truce_story *st, truce_error *err);

size_t truce_coder_skipped(const truce_coder *c, size_t *first_offset)
{
    if (first_offset) {
        *first_offset = c->n_skipped ? c->first_skipped : 0;
    }
    return c->n_skipped;
}

truce_story_flag truce_coder_story_flag(const truce_coder *c)
{
    return c ? c->flag : TRUCE_FLAG_NONE;
}

truce_status truce_code_story(truce_coder *c, const truce_story *st,
                              truce_sink sink, void *user, size_t *n_events,
                              truce_error *err)
{
    *n_events = 0;
    c->sink = sink;
    c->user = user;
    c->n_events = 0;
    c->stop = false;
    c->base = 0;
    c->sent_base = 0;
    c->n_skipped = 0;
    c->flag = TRUCE_FLAG_NONE;
    if (c->opt.max_story_len && st->text_len > c->opt.max_story_len) {
        err_set(err, TRUCE_ELIMIT, NULL, 0, 0, (int64_t)c->opt.max_story_len,
                "story of %zu bytes is over the limit of %zu bytes", st->text_len, c->opt.max_story_len);
        return TRUCE_ELIMIT;
    }
    truce_status rc = TRUCE_OK;
    truce_story part = *st;
    for (size_t b = 0; b < st->text_len || b == 0;) {
        size_t e = part_end(st->text, st->text_len, b);
        part.text = st->text + b;
        part.text_len = e - b;
        if (b > 0) {
            part.body_offset = 0;
            part.dateline_place = NULL;
            part.dateline_place_len = 0;
        } else if (part.body_offset > part.text_len) {
            part.body_offset = part.text_len;
        }
        c->base = b;
        rc = code_part(c, &part, err);
        if (rc != TRUCE_OK) {
            if (err->offset >= 0) {
                err->offset += (int64_t)b;
            }
            break;
        }
        c->sent_base += (uint32_t)c->ns;
        if (c->stop || e == b) {
            break;
        }
        b = e;
    }
    c->base = 0;
    *n_events = c->n_events;
    return rc;
}

/* Words (not punctuation) in tokens [b, e). */
static size_t words_in(const truce_coder *c, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t i = b; i < e; i++) {
        n += c->t[i].kind != TOK_PUNCT;
    }
    return n;
}

/* Comma-delimited clauses (truce_options.comma_clauses), as TABARI and
 * PETRARCH leave them out: each
 * sentence's clause between two commas, after its last comma or before its
 * first one, whose length is within the bounds for its place, is taken out
 * of the sentence's tokens with the comma that opens it (before the first:
 * that closes it). "Arnor is to restore ties with Gxndor, almost five years
 * after Calenardhon crowds burned its embassy, a senior official said":
 * with no actor left after the verb, nothing is coded. Works in place on
 * c->t, c->s. */
/* PETRARCH, which reads the parse, keeps the names of a list: "Mordor,
 * Rohan, Fornost and Bree", "Mordor, the Shire, Fornost": a comma between
 * two capitalised names. (TABARI's own rule, with tabari, is only the
 * "and" after a comma.) */
/* PETRARCH keeps a clause that is a predicate of the sentence's subject
 * (", attacked Rohan with swords"): one whose first word is a verb. */
static bool predicate_at(const truce_coder *c, size_t comma, size_t se)
{
    size_t q = comma + 1;
    while (q < se && tok_has(c, q, WC_ADVERB)) {
        q++;
    }
    return !c->opt.tabari && q < se && c->t[q].vlemma && c->t[q].vform != VF_NONE &&
           c->t[q].vform != VF_BASE && !(c->t[q].flags & (TF_CAP | TF_LEX_NOT_VERB));
}

static bool name_list(const truce_coder *c, size_t comma, size_t se)
{
    if (c->opt.tabari || comma == 0 || !(c->t[comma - 1].flags & TF_CAP)) {
        return false;
    }
    size_t q = comma + 1;
    if (q < se && tok_is(c, q, c->k->w.the)) {
        q++;
    }
    return q < se && c->t[q].kind == TOK_WORD && (c->t[q].flags & TF_CAP);
}

static void tabari_commas(truce_coder *c)
{
    const truce_options *o = &c->opt;
    size_t w = 0;
    for (size_t k = 0; k < c->ns; k++) {
        size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
        size_t last = se;   /* the sentence's final punctuation stays */
        while (last > sb && c->t[last - 1].kind == TOK_PUNCT && !tok_punct(c, last - 1, ',')) {
            last--;
        }
        size_t cm[64], ncm = 0;   /* the commas */
        for (size_t i = sb; i < last && ncm < 64; i++) {
            if (tok_punct(c, i, ',')) {
                cm[ncm++] = i;
            }
        }
        size_t nw = w;
        size_t db[68], de[68], nd = 0;   /* [db, de) left out, in order */
        if (ncm) {
            size_t n = words_in(c, sb, cm[0]);
            if (n >= o->comma_bmin && n <= o->comma_bmax) {
                db[nd] = sb;
                de[nd++] = cm[0] + 1;
            }
        }
        /* between two commas, with the one opening it; not an item of a
         * list ("Evil Mordor, the awful Fornost, and good Gondor") */
        for (size_t j = 0; j + 1 < ncm; j++) {
            size_t n = words_in(c, cm[j] + 1, cm[j + 1]);
            bool list = (cm[j + 1] + 1 < se && (tok_is(c, cm[j + 1] + 1, c->k->w.and_) ||
                                                tok_is(c, cm[j + 1] + 1, c->k->w.or_))) ||
                        name_list(c, cm[j], se) || predicate_at(c, cm[j], se);
            if (n >= o->comma_min && n <= o->comma_max && !list) {
                db[nd] = cm[j];
                de[nd++] = cm[j + 1];
            }
        }
        if (ncm && last < se) {
            /* the last clause runs to the full stop, which TABARI counts
             * as one of its words (PETRARCH, on its parse, does not) */
            size_t n = words_in(c, cm[ncm - 1] + 1, last) + (c->opt.tabari ? 1 : 0);
            if (n >= o->comma_emin && n <= o->comma_emax && !name_list(c, cm[ncm - 1], se) &&
                !predicate_at(c, cm[ncm - 1], se)) {
                db[nd] = cm[ncm - 1];
                de[nd++] = last;
            }
        }
        size_t d = 0;
        for (size_t i = sb; i < se; i++) {
            while (d < nd && de[d] <= i) {
                d++;
            }
            if (d < nd && i >= db[d] && i < de[d]) {
                continue;
            }
            c->t[nw++] = c->t[i];
        }
        if (nd) {
            trace(c, "sentence %zu: %zu comma-delimited clauses left out", k + 1, nd);
        }
        c->s[k].tok_start = (uint32_t)w;
        c->s[k].tok_end = (uint32_t)nw;
        w = nw;
    }
    c->nt = w;
}

static truce_status code_part(truce_coder *c, const truce_story *st, truce_error *err)
{
    truce_status rc = prepare(c, st, err);
    if (rc != TRUCE_OK) {
        return rc;
    }
    c->last_subject = NULL;   /* a mention of this part's arena */
    sinfo *si = NEW(&c->a, sinfo, c->ns ? c->ns : 1);
    if (!si) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return TRUCE_ENOMEM;
    }
    /* a user dictionary's discards: "+PHRASE" anywhere drops the story;
     * a bare phrase drops its sentence (marked for pass 2) */
    bool *drop = NULL;
    if (c->k->discards.n_nodes) {
        drop = NEW(&c->a, bool, c->ns ? c->ns : 1);
        if (!drop) {
            err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
            return TRUCE_ENOMEM;
        }
        for (size_t k = 0; k < c->ns; k++) {
            for (size_t i = c->s[k].tok_start; i < c->s[k].tok_end; i++) {
                uint32_t node = 0;
                for (size_t j = i; j < c->s[k].tok_end; j++) {
                    node = trie_child(&c->k->discards, node, c->t[j].id);
                    if (!node) {
                        break;
                    }
                    const actor_entry *x = c->k->discards.payload[node];
                    for (; x; x = x->next) {
                        if (x->kind == AK_FLAG_DISCARD || x->kind == AK_FLAG_COMPLEX) {
                            /* TABARI's time phrases coded ### or +++ */
                            if (c->opt.flag_codes) {
                                trace(c, "story flagged %s: %s:%u", x->kind == AK_FLAG_DISCARD ? "###" : "+++",
                                      x->src_file, x->src_line);
                                c->flag = x->kind == AK_FLAG_DISCARD ? TRUCE_FLAG_DISCARD : TRUCE_FLAG_COMPLEX;
                                c->stop = true;
                                return TRUCE_OK;
                            }
                            continue;
                        }
                        if (x->kind == AK_DISCARD_STORY) {
                            trace(c, "story discarded: %s:%u", x->src_file, x->src_line);
                            c->flag = TRUCE_FLAG_DISCARD;
                            c->stop = true;   /* the story's later parts too */
                            return TRUCE_OK;
                        }
                        if (!drop[k]) {
                            trace(c, "sentence %zu discarded: %s:%u", k + 1, x->src_file, x->src_line);
                        }
                        drop[k] = true;
                    }
                }
            }
        }
    }
    /* the comma-delimited clauses go after the discards are found: a
     * discard phrase in such a clause ("..., kan wa ma kan, ...") still
     * counts */
    if (c->opt.comma_clauses) {
        tabari_commas(c);
    }
    /* pass 1: dates, mentions, speakers of quotations */
    truce_day para_date = TRUCE_NODAY;
    uint32_t para = UINT32_MAX;
    for (size_t k = 0; k < c->ns; k++) {
        size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
        if (c->opt.max_sentence_tokens && se - sb > c->opt.max_sentence_tokens) {
            si[k].n_dates = 0;
            si[k].para_date = TRUCE_NODAY;
            continue;
        }
        if (c->s[k].paragraph != para) {
            para = c->s[k].paragraph;
            para_date = TRUCE_NODAY;
        }
        si[k].para_date = para_date;
        si[k].n_dates = find_dates(c, sb, se, st->date, si[k].dates, 16);
        for (size_t d = 0; d < si[k].n_dates; d++) {
            if (si[k].dates[d].full && st->date != TRUCE_NODAY && st->date - si[k].dates[d].day > 30) {
                para_date = si[k].dates[d].day;
            }
        }
    }
    /* quotation spans -> speaker: computed while coding, in order; a quote
     * that opens in sentence k and closes in sentence m takes the speaker
     * found in m (or in k when the attribution precedes it). */
    for (size_t k = 0; k < c->ns && !c->stop; k++) {
        size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
        if (c->opt.max_sentence_tokens && se - sb > c->opt.max_sentence_tokens) {
            if (c->n_skipped++ == 0) {
                c->first_skipped = c->base + c->s[k].start;
            }
            trace(c, "sentence %zu: %zu tokens, over the limit of %u: not coded", k + 1, se - sb,
                  c->opt.max_sentence_tokens);
            continue;
        }
        truce_day d = st->date;
        if (si[k].n_dates) {
            d = si[k].dates[0].day;
        } else if (si[k].para_date != TRUCE_NODAY) {
            d = si[k].para_date;
        }
        trace(c, "sentence %zu: %.*s", k + 1,
              (int)(c->s[k].end - c->s[k].start > 200 ? 200 : c->s[k].end - c->s[k].start),
              (const char *)c->text + c->s[k].start);
        if (!find_mentions(c, sb, se, d, &si[k].mv)) {
            err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
            return TRUCE_ENOMEM;
        }
        if (drop && drop[k]) {
            continue;
        }
        /* quote speaker: if this sentence is inside a quotation that
         * closes in a later sentence, look ahead for its attribution */
        si[k].quote_speaker[0] = 0;
        bool inside_prev = k > 0 && si[k - 1].quote_speaker[0] && !(c->t[sb].flags & TF_QUOTE_OPEN);
        /* quotation marks opened and closed within the sentence (a quoted
         * name, “Jund Al-Aqsa”) leave the outer quotation as it was; a
         * closing mark with none open before it in the sentence ends it */
        int depth = 0;
        bool closed_outer = false;
        for (size_t i = sb; i < se; i++) {
            if (c->t[i].flags & TF_QUOTE_OPEN) {
                depth++;
            }
            if (c->t[i].flags & TF_QUOTE_CLOSE) {
                if (depth > 0) {
                    depth--;
                } else {
                    closed_outer = true;
                }
            }
        }
        bool open_here = depth > 0, inside = open_here || (inside_prev && !closed_outer);
        if (inside_prev) {
            memcpy(si[k].quote_speaker, si[k - 1].quote_speaker, 16);
        }
        code_sentence(c, &si[k], k);
        if (c->opt.tabari) {
            /* the next sentence's pronouns may stand for this one's first
             * actor, without its agents (see tabari_pronouns) */
            c->fwd_code[0] = 0;
            for (size_t x = 0; x < si[k].mv.n; x++) {
                const mention *m = &si[k].mv.v[x];
                if (m->code[0] && !m->pronoun) {
                    size_t len = m->actor_len ? m->actor_len : strlen(m->code);
                    snprintf(c->fwd_code, sizeof c->fwd_code, "%.*s", (int)len, m->code + m->actor_off);
                    break;
                }
            }
        }
        if (open_here) {
            /* the speaker of the quotation is named where it closes; use
             * the last speaker as the best guess until then */
            if (c->last_speaker[0]) {
                memcpy(si[k].quote_speaker, c->last_speaker, 16);
            }
        } else if (!inside) {
            /* the quotation closed here (or was never open): the next
             * sentence is the reporter's again */
            si[k].quote_speaker[0] = 0;
        }
    }
    return TRUCE_OK;
}
