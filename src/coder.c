/* coder.c — the coder: stories in, events out.
 *
 * A coder belongs to one thread and codes one story at a time: its tokens
 * and sentences (text.c), the dateline's place and country, then two
 * passes over the sentences. The first finds each sentence's date
 * expressions (dates.c) and the full dates a paragraph carries, and the
 * story's actor context is read (context.c: the country it establishes);
 * the second finds each sentence's actor mentions (mentions.c, people.c:
 * the people it names), keeps track of quotations and
 * their speakers across sentences, and codes it (sentence.c). A user
 * dictionary's discard phrases drop a sentence or the story first, and
 * literal coding leaves comma-delimited clauses out (tabari.c). A long
 * story is coded a part of about 1 MiB at a time, so memory follows the
 * part, not the story. All per-story memory comes from the coder's arena,
 * reset per part; events go to the caller's sink in story order.
 */
#include "coder.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

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
    snprintf(c->tab.dflt_src.code, sizeof c->tab.dflt_src.code, "%s", c->opt.default_source);
    snprintf(c->tab.dflt_tgt.code, sizeof c->tab.dflt_tgt.code, "%s", c->opt.default_target);
    arena_init(&c->a, 1 << 20);
    arena_init(&c->held_a, 1 << 14);
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
    free(c->held);
    arena_free(&c->held_a);
    free(c);
}

void coder_trace(const truce_coder *c, const char *fmt, ...)
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

/* Tokens and sentences of a story, into c->t and c->s. */
truce_status coder_prepare(truce_coder *c, const truce_story *st, truce_error *err)
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
        c->inc_place.set = false;
        c->ctx.n_people = 0;
        c->ctx.n_aliases = 0;
        c->ctx.has_salient = false;
        c->ctx.last_group[0] = 0;
        c->ctx.last_accuser[0] = c->ctx.last_asker[0] = c->ctx.last_attacker[0] = c->ctx.last_ask[0] = 0;
        c->ctx.last_ask_sent = 0;
        c->ctx.n_accusations = 0;
        c->ctx.n_leaders = 0;
        c->ctx.n_parties = 0;
        c->ctx.cur_sb = c->ctx.prev_sb = 0;
        if (!st->continues) {
            c->tab.fwd_code[0] = 0;
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
            if (mentions_unit(c, (size_t)i, e2, &u)) {
                const actor_entry *ce = mentions_unit_kind(&u, AK_CAPITAL);
                if (!ce) {
                    ce = mentions_unit_kind(&u, AK_COUNTRY);
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
    truce_status rc = coder_prepare(c, st, err);
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

/* A user dictionary's discards: "+PHRASE" anywhere drops the story, a
 * bare phrase its sentence (marked in drop); with flag_codes, TABARI's
 * time phrases coded ### or +++ flag the story. True if the story stops
 * here. */
static bool find_discards(truce_coder *c, bool *drop)
{
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
                            coder_trace(c, "story flagged %s: %s:%u", x->kind == AK_FLAG_DISCARD ? "###" : "+++",
                                  x->src_file, x->src_line);
                            c->flag = x->kind == AK_FLAG_DISCARD ? TRUCE_FLAG_DISCARD : TRUCE_FLAG_COMPLEX;
                            c->stop = true;
                            return true;
                        }
                        continue;
                    }
                    if (x->kind == AK_DISCARD_STORY) {
                        coder_trace(c, "story discarded: %s:%u", x->src_file, x->src_line);
                        c->flag = TRUCE_FLAG_DISCARD;
                        c->stop = true;   /* the story's later parts too */
                        return true;
                    }
                    if (!drop[k]) {
                        coder_trace(c, "sentence %zu discarded: %s:%u", k + 1, x->src_file, x->src_line);
                    }
                    drop[k] = true;
                }
            }
        }
    }
    return false;
}

/* The first pass: each sentence's date expressions, the date of its main
 * clause, and the date of an earlier sentence's event it continues (see
 * dates_story and dates_continues in dates.c). */
static void date_pass(truce_coder *c, sinfo *si)
{
    dates_story(c, si);
}

/* Quotation marks opened and closed within sentence [sb, se) (a quoted
 * name, "Jund Al-Aqsa") leave the outer quotation as it was; a closing
 * mark with none open before it in the sentence ends it. Returns the
 * depth left open; *closed_outer says whether an outer one closed. */
static int quote_depth(const truce_coder *c, size_t sb, size_t se, bool *closed_outer)
{
    int depth = 0;
    *closed_outer = false;
    for (size_t i = sb; i < se; i++) {
        if (c->t[i].flags & TF_QUOTE_OPEN) {
            depth++;
        }
        if (c->t[i].flags & TF_QUOTE_CLOSE) {
            if (depth > 0) {
                depth--;
            } else {
                *closed_outer = true;
            }
        }
    }
    return depth;
}

/* The second pass: mentions, quotations and their speakers, coding. */
static truce_status code_pass(truce_coder *c, const truce_story *st, sinfo *si, const bool *drop,
                              truce_error *err)
{
    /* quotation spans -> speaker: computed while coding, in order; a quote
     * that opens in sentence k and closes in sentence m takes the speaker
     * found in m (or in k when the attribution precedes it). */
    for (size_t k = 0; k < c->ns && !c->stop; k++) {
        size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
        if (c->opt.max_sentence_tokens && se - sb > c->opt.max_sentence_tokens) {
            if (c->n_skipped++ == 0) {
                c->first_skipped = c->base + c->s[k].start;
            }
            coder_trace(c, "sentence %zu: %zu tokens, over the limit of %u: not coded", k + 1, se - sb,
                  c->opt.max_sentence_tokens);
            continue;
        }
        /* the actors' dated codes hold on the day of the sentence's main
         * clause */
        truce_day d = si[k].main_date != TRUCE_NODAY ? si[k].main_date : st->date;
        if (c->opt.trace) {
            /* the sentence, cut at 200 bytes but never inside a character */
            size_t len = c->s[k].end - c->s[k].start;
            if (len > 200) {
                len = 200;
                while (len > 0 && (c->text[c->s[k].start + len] & 0xC0) == 0x80) {
                    len--;
                }
            }
            coder_trace(c, "sentence %zu: %.*s", k + 1, (int)len, (const char *)c->text + c->s[k].start);
        }
        context_sentence_begin(c, k > 0 ? &si[k - 1].mv : NULL);
        if (!mentions_find(c, sb, se, d, &si[k].mv)) {
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
        bool closed_outer;
        int depth = quote_depth(c, sb, se, &closed_outer);
        bool open_here = depth > 0, inside = open_here || (inside_prev && !closed_outer);
        if (inside_prev) {
            memcpy(si[k].quote_speaker, si[k - 1].quote_speaker, 16);
        }
        context_sentence_places(c, &si[k].mv, sb, se);
        sentence_code(c, &si[k], k);
        if (!emit_flush(c)) {
            err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
            return TRUCE_ENOMEM;
        }
        if (c->opt.tabari) {
            /* the next sentence's pronouns may stand for this one's first
             * actor, without its agents (see tabari_pronouns) */
            c->tab.fwd_code[0] = 0;
            for (size_t x = 0; x < si[k].mv.n; x++) {
                const mention *m = &si[k].mv.v[x];
                if (m->code[0] && !m->pronoun) {
                    size_t len = m->actor_len ? m->actor_len : strlen(m->code);
                    snprintf(c->tab.fwd_code, sizeof c->tab.fwd_code, "%.*s", (int)len, m->code + m->actor_off);
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

static truce_status code_part(truce_coder *c, const truce_story *st, truce_error *err)
{
    truce_status rc = coder_prepare(c, st, err);
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
        if (find_discards(c, drop)) {
            return TRUCE_OK;
        }
    }
    /* the comma-delimited clauses go after the discards are found: a
     * discard phrase in such a clause ("..., kan wa ma kan, ...") still
     * counts */
    if (c->opt.comma_clauses) {
        tabari_commas(c);
    }
    date_pass(c, si);
    context_story(c);
    return code_pass(c, st, si, drop, err);
}
