/* stage.h — what the unit tests of the coder's stages share: a coder on
 * the built-in knowledge, a story prepared as the coder prepares it
 * (coder_prepare: tokens and sentences), the mentions of a sentence, and
 * tokens found by their text. Each test then calls one stage's functions
 * (coder.h) and checks what they decide. */
#ifndef TRUCE_STAGE_H
#define TRUCE_STAGE_H

#include "coder.h"
#include "unit.h"

#include <stdlib.h>

typedef struct {
    truce_kb *kb;
    truce_coder *c;
    truce_story st;
    sinfo si;            /* sentence 0's dates and mentions */
} stage;

/* The built-in knowledge, opened once for the whole test program and
 * closed by STAGE_DONE. */
static truce_kb *stage_knowledge;

static inline truce_kb *stage_kb(void)
{
    if (!stage_knowledge) {
        truce_error err = {0};
        stage_knowledge = truce_kb_open(&err);
        if (!stage_knowledge) {
            fprintf(stderr, "cannot open the built-in knowledge: %s\n", err.msg);
            exit(2);
        }
    }
    return stage_knowledge;
}

/* The tally, with the knowledge closed (no leak for the sanitizers). */
#define STAGE_DONE(name) (truce_kb_close(stage_knowledge), stage_knowledge = NULL, DONE(name))

/* Prepare `text` (one paragraph; sentence 0 is the one tested) as a story
 * of date `date` (YYYY-MM-DD, or NULL), with its first sentence's dates
 * and mentions found. The text must outlive the stage. */
static inline void stage_open(stage *s, const char *text, const char *date)
{
    memset(s, 0, sizeof *s);
    s->kb = stage_kb();
    s->c = truce_coder_new(s->kb, NULL);
    s->st.id = "t";
    s->st.id_len = 1;
    s->st.text = text;
    s->st.text_len = strlen(text);
    s->st.date = TRUCE_NODAY;
    if (date) {
        truce_day_parse(date, strlen(date), &s->st.date);
    }
    truce_error err = {0};
    if (!s->c || coder_prepare(s->c, &s->st, &err) != TRUCE_OK || s->c->ns == 0) {
        fprintf(stderr, "cannot prepare \"%s\": %s\n", text, err.msg);
        exit(2);
    }
    const sentence *sn = &s->c->s[0];
    s->si.n_dates = dates_find(s->c, sn->tok_start, sn->tok_end, s->st.date, s->si.dates, 16);
    s->si.para_date = TRUCE_NODAY;
    mentions_find(s->c, sn->tok_start, sn->tok_end, s->st.date, &s->si.mv);
    match_sentence_bloom(s->c, sn->tok_start, sn->tok_end);
}

static inline void stage_close(stage *s)
{
    truce_coder_free(s->c);
}

/* The index of the first token whose text is `word` (as written), or
 * SIZE_MAX. */
static inline size_t stage_tok(const stage *s, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i < s->c->nt; i++) {
        const token *t = &s->c->t[i];
        if (t->end - t->start == n && memcmp(s->c->text + t->start, word, n) == 0) {
            return i;
        }
    }
    fprintf(stderr, "no token \"%s\"\n", word);
    return SIZE_MAX;
}

/* The date as YYYY-MM-DD in a static buffer ("none" for TRUCE_NODAY). */
static inline const char *stage_day(truce_day d)
{
    static char buf[4][11];
    static int k;
    char *b = buf[k++ & 3];
    if (d == TRUCE_NODAY) {
        return "none";
    }
    truce_day_format(d, b);
    return b;
}

/* Does the first sentence's mention that starts at token i carry code? */
static inline const mention *stage_mention(const stage *s, const char *word)
{
    size_t i = stage_tok(s, word);
    for (size_t x = 0; x < s->si.mv.n; x++) {
        if (s->si.mv.v[x].tok_start <= i && i < s->si.mv.v[x].tok_end) {
            return &s->si.mv.v[x];
        }
    }
    return NULL;
}

/* Every event of a whole story, as "SRC>TGT:CODE@DATE" joined by spaces,
 * into out (cap bytes). */
typedef struct {
    char *out;
    size_t cap, len;
} stage_events;

static inline int stage_sink(void *user, const truce_event *ev)
{
    stage_events *e = user;
    char date[11] = "none";
    if (ev->date != TRUCE_NODAY) {
        truce_day_format(ev->date, date);
    }
    int w = snprintf(e->out + e->len, e->cap - e->len, "%s%s>%s:%s@%s", e->len ? " " : "", ev->source,
                     ev->target, ev->code, date);
    if (w > 0 && (size_t)w < e->cap - e->len) {
        e->len += (size_t)w;
    }
    return 0;
}

/* Code `text` as a whole story of date `date` with a headline of its own
 * (as JSON Lines give one; none if title is NULL); the events as above. */
static inline const char *stage_code_titled(const char *title, const char *text, const char *date)
{
    static char out[2048];
    stage_events e = {out, sizeof out, 0};
    out[0] = 0;
    truce_coder *c = truce_coder_new(stage_kb(), NULL);
    truce_story st = {0};
    st.id = "t";
    st.id_len = 1;
    st.text = text;
    st.text_len = strlen(text);
    if (title) {
        st.title = title;
        st.title_len = strlen(title);
    }
    st.date = TRUCE_NODAY;
    if (date) {
        truce_day_parse(date, strlen(date), &st.date);
    }
    size_t n;
    truce_error err = {0};
    truce_code_story(c, &st, stage_sink, &e, &n, &err);
    truce_coder_free(c);
    return out;
}

/* Code `text` as a whole story of date `date`; the events as above. */
static inline const char *stage_code(const char *text, const char *date)
{
    return stage_code_titled(NULL, text, date);
}

/* The date dates_event gives the first head `word` of the story:
 * "YYYY-MM-DD/precision", "+h" when historical, "none+h" when undated. With
 * `said` (a verb of saying), the reported content is the clause before it
 * (said_before) or after it. `inherit`: whether a date of an earlier
 * sentence may carry (test_dates.c, test_dates_report.c). */
static inline const char *stage_event_date(const char *text, const char *story_date, const char *word,
                                           const char *said, bool said_before, bool inherit)
{
    static const char *const prec_name[] = {"day", "week", "month", "year"};
    static char out[48];
    stage s;
    stage_open(&s, text, story_date);
    sinfo *si = calloc(s.c->ns, sizeof *si);
    if (!si) {
        exit(2);
    }
    dates_story(s.c, si);
    size_t head = stage_tok(&s, word), k = 0;
    while (k + 1 < s.c->ns && s.c->s[k].tok_end <= head) {
        k++;
    }
    size_t eb = 0, ee = 0;
    if (said) {
        size_t v = stage_tok(&s, said);
        if (said_before) {
            eb = s.c->s[k].tok_start;
            ee = v;
            while (ee > eb && !tok_punct(s.c, ee - 1, ',')) {
                ee--;
            }
            ee = ee > eb ? ee - 1 : eb;
        } else {
            eb = v + 1;
            ee = s.c->s[k].tok_end;
        }
    }
    evctx x = {0};
    x.sent = k;
    dates_event(s.c, &si[k], head, &x, eb, ee, inherit);
    if (x.date == TRUCE_NODAY) {
        snprintf(out, sizeof out, "none%s", x.historical ? "+h" : "");
    } else {
        snprintf(out, sizeof out, "%s/%s%s", stage_day(x.date), prec_name[x.date_prec], x.historical ? "+h" : "");
    }
    free(si);
    stage_close(&s);
    return out;
}

#endif
