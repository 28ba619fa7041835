/* context.c — what the whole story says about its actors.
 *
 * A careful coder reads a sentence with the story around it: "the
 * authorities" of a story about Pakistan are Pakistan's, "the minister"
 * is the minister named before, "he" is the man the story was just
 * quoting, and "Bennett" is the Richard Bennett introduced at the top,
 * not another Bennett of the dictionaries. This module keeps that story
 * state for the coder (struct story_ctx in coder.h):
 *
 *   - the country the story establishes (context_story), which roles with
 *     no country of their own take (context_role_country);
 *   - the people it names (people.c), and who "he" and "she" stand for.
 *
 * The rule for a role's country, written once here and used by roles.c
 * and speech.c (tests: tests/unit/test_roles.c, "story country"):
 *
 *   1. the place the text gives the act ("police in Minsk", "in Kabul"),
 *      and the dateline's country, come first (roles.c, place.c); a
 *      sentence that places anything in another country than the story's
 *      ("the mayor of Goma", "in Mosul", "in the southern Somali town
 *      of") gives its roles that country, if it names only one, else none;
 *   2. else the one country the headline names;
 *   3. else the one country named in the sentence before;
 *   4. else the story's country: the one country the story names, or the
 *      one it names most, at least three times (headline mentions count
 *      three, the first sentence's two) and twice as often as any other
 *      (countries, their adjectives, peoples and capitals, named groups
 *      such as the Taliban, and places the gazetteer knows after "in");
 *   5. else the one country a sentence places something in by name ("in
 *      Thailand's custody"; not a place only the gazetteer knows);
 *   6. else none: Phoenix's unknown country "---".
 *
 * Commentators (analysts, professors, think tanks) never take it: the
 * experts quoted on a country are seldom its own.
 */
#include "coder.h"

#include <stdio.h>

/* Count the countries mentioned in tokens [b, e) of the coder's current
 * tokens, each with weight w (first the sentence's first, and so on). */
static void count_one(story_ctx *x, const char *cc, uint32_t add)
{
    size_t k = 0;
    while (k < x->n_counts && memcmp(x->counts[k].cc, cc, 3) != 0) {
        k++;
    }
    if (k == x->n_counts && k < sizeof x->counts / sizeof x->counts[0]) {
        memcpy(x->counts[k].cc, cc, 3);
        x->counts[k].cc[3] = 0;
        x->counts[k].weight = x->counts[k].n = 0;
        x->n_counts++;
    }
    if (k < x->n_counts) {
        x->counts[k].weight += add;
        x->counts[k].n++;
    }
}

/* A place the gazetteer knows, named after "in", "at", "near", "of",
 * "from" ("in Brooklyn", "near Sibi", "the mayor of Goma"): its country
 * into cc; the token after it, or 0. hints: the countries the sentence's
 * actors name (n_hints of them), which a small place needs to be known
 * ("Afghan troops killed 70 insurgents in Uruzgan"). */
static size_t gazetteer_place(const truce_coder *c, size_t j, size_t e, bool of, const char *const *hints,
                              size_t n_hints, char cc[4])
{
    if (!c->opt.geo || j == 0 || !cap_word(c, j) ||
        !(tok_has(c, j - 1, WC_LOCATIVE) || (of && (tok_is(c, j - 1, c->k->w.of) || tok_is(c, j - 1, c->k->w.from))))) {
        return 0;
    }
    size_t k = j;
    while (k < e && k < j + 3 && cap_word(c, k) && !tok_has(c, k, WC_DATE_WORD)) {
        k++;
    }
    for (; k > j; k--) {
        geo_place gp;
        const char *name = (const char *)c->text + c->t[j].start;
        size_t len = c->t[k - 1].end - c->t[j].start;
        /* the hints only where the name alone is not known: a hint of
         * a glued line's other country must not hide the place's own
         * ("at Sopore town", "in Texas") */
        if ((geo_resolve(c->opt.geo, name, len, NULL, 0, &gp) ||
             (n_hints && geo_resolve(c->opt.geo, name, len, hints, n_hints, &gp))) &&
            gp.country[0] && actor_is_country(gp.country)) {
            memcpy(cc, gp.country, 4);
            return k;
        }
    }
    return 0;
}

static void count_countries(truce_coder *c, size_t b, size_t e, uint32_t w, uint32_t w_first_sent,
                            size_t first_sent_end)
{
    story_ctx *x = &c->ctx;
    for (size_t j = b; j < e;) {
        uint32_t add = j < first_sent_end ? w_first_sent : w;
        unit u;
        if (!c->t[j].actor || !mentions_unit(c, j, e, &u)) {
            char gc[4];
            size_t ge = gazetteer_place(c, j, e, false, NULL, 0, gc);
            if (ge) {
                count_one(x, gc, add);
                j = ge;
            } else {
                j++;
            }
            continue;
        }
        const char *cc = NULL;
        for (const actor_entry *a = u.e; a && !cc; a = a->next) {
            if (a->kind == AK_COUNTRY || a->kind == AK_ADJ || a->kind == AK_PEOPLE || a->kind == AK_CAPITAL) {
                cc = a->code;
            } else if (a->kind == AK_NAMED && !a->first_match && !a->person && a->n_spells &&
                       actor_is_country(a->spells[0].code)) {
                /* "the Taliban", "al-Shabab": their country; not people,
                 * who are often quoted abroad */
                cc = a->spells[0].code;
            }
        }
        if (cc) {
            count_one(x, cc, add);
        }
        j = u.end > j ? u.end : j + 1;
    }
}

/* The headline's countries (a headline of its own, not a line of the
 * text), counted three times each. */
static void count_headline(truce_coder *c)
{
    const truce_story *st = c->st;
    if (!st->title || !st->title_len ||
        (st->title >= st->text && st->title < st->text + st->text_len)) {
        return;   /* a plain text's first line: its first sentence */
    }
    token *tt;
    ptrdiff_t n = text_tokenize(c->k, (const uint8_t *)st->title, st->title_len, 0, &c->a, c->cache, &tt);
    if (n <= 0) {
        return;
    }
    /* mentions_unit reads the coder's tokens: the headline's for a while */
    token *t0 = c->t;
    size_t nt0 = c->nt;
    const uint8_t *text0 = c->text;
    c->t = tt;
    c->nt = (size_t)n;
    c->text = (const uint8_t *)st->title;
    size_t before = c->ctx.n_counts;
    count_countries(c, 0, (size_t)n, 3, 3, 0);
    c->ctx.headline_cc[0] = 0;
    if (c->ctx.n_counts == before + 1 && before == 0) {
        memcpy(c->ctx.headline_cc, c->ctx.counts[0].cc, 4);
    }
    c->t = t0;
    c->nt = nt0;
    c->text = text0;
}

void context_story(truce_coder *c)
{
    story_ctx *x = &c->ctx;
    x->n_counts = 0;
    x->country[0] = x->headline_cc[0] = x->prev_country[0] = x->here[0] = 0;
    x->elsewhere = false;
    if (c->opt.literal) {
        return;   /* a user dictionary's coding: the sentence alone */
    }
    count_headline(c);
    size_t first_end = c->ns ? c->s[0].tok_end : 0;
    count_countries(c, 0, c->nt, 1, 2, first_end);
    /* the headline's one country; else the story's one country; else the
     * one it names most, at least three times and twice any other */
    const char *pick = NULL;
    if (x->headline_cc[0]) {
        pick = x->headline_cc;
    } else if (x->n_counts == 1) {
        pick = x->counts[0].cc;
    } else if (x->n_counts > 1) {
        size_t top = 0;
        for (size_t k = 1; k < x->n_counts; k++) {
            if (x->counts[k].weight > x->counts[top].weight) {
                top = k;
            }
        }
        uint32_t second = 0;
        for (size_t k = 0; k < x->n_counts; k++) {
            if (k != top && x->counts[k].weight > second) {
                second = x->counts[k].weight;
            }
        }
        if (x->counts[top].weight >= 3 && x->counts[top].weight >= 2 * second) {
            pick = x->counts[top].cc;
        }
    }
    if (pick) {
        memcpy(x->country, pick, 4);
    }
    if (c->opt.trace) {
        char buf[256];
        size_t n = 0;
        buf[0] = 0;
        for (size_t k = 0; k < x->n_counts && n + 10 < sizeof buf; k++) {
            n += (size_t)snprintf(buf + n, sizeof buf - n, " %s:%u", x->counts[k].cc, x->counts[k].weight);
        }
        coder_trace(c, "story country: %s (headline %s;%s)", x->country[0] ? x->country : "none",
                    x->headline_cc[0] ? x->headline_cc : "none", buf);
    }
}

/* The one country the mentions of a sentence name ("" if none or more). */
static void sentence_country(const mvec *mv, char out[4])
{
    out[0] = 0;
    for (size_t k = 0; k < mv->n; k++) {
        const mention *m = &mv->v[k];
        if (!m->country[0] || m->pronoun) {
            continue;
        }
        if (out[0] && memcmp(out, m->country, 3) != 0) {
            out[0] = 0;
            return;
        }
        memcpy(out, m->country, 4);
    }
}

void context_sentence_begin(truce_coder *c, const mvec *prev)
{
    story_ctx *x = &c->ctx;
    if (prev) {
        sentence_country(prev, x->prev_country);
    } else {
        x->prev_country[0] = 0;
    }
    x->elsewhere = false;
    x->here[0] = 0;
}

/* Is m a country's adjective that names where something is: "in the
 * southern Somali town of Janaale", "near the Iraqi capital", after a
 * locative, a determiner and up to two lower-case adjectives, and before
 * a place noun (town, city, province, capital...)? Not "in Somali
 * politics", nor "near the Syrian border" (no place noun). */
static bool adjective_of_place(const truce_coder *c, const mention *m, size_t sb, size_t se)
{
    if (m->kind != AK_ADJ || m->tok_end >= se || !tok_has(c, m->tok_end, WC_PLACE_NOUN)) {
        return false;
    }
    size_t q = m->tok_start, n_adj = 0;
    while (q > sb && !tok_has(c, q - 1, WC_LOCATIVE)) {
        size_t p = q - 1;
        if (tok_has(c, p, WC_DETERMINER | WC_MODIFIER)) {
            q--;
            continue;
        }
        if (n_adj < 2 && c->t[p].kind == TOK_WORD && !(c->t[p].flags & TF_CAP) && !c->t[p].isverb &&
            participle_lex_mostly(c, p, LEX_MOSTLY_ADJ)) {
            n_adj++;
            q--;
            continue;
        }
        return false;
    }
    return q > sb && tok_has(c, q - 1, WC_LOCATIVE);
}

/* Is token p a lower-case adjective that may stand between a locative and
 * a country's name: one the lexicon knows as an adjective ("northern",
 * "war-torn"), or as nothing else but a noun ("oil"), or "neighbouring",
 * which it knows only as a verb; not a gerund ("in helping Iraq"). */
static bool place_adjective(const truce_coder *c, size_t p)
{
    const token *t = &c->t[p];
    if (t->kind != TOK_WORD || (t->flags & TF_CAP) || is_prep(c, t->id) || tok_has(c, p, WC_DATE_WORD)) {
        return false;
    }
    if (tok_is_word(c, p, "neighbouring") || tok_is_word(c, p, "neighboring") || tok_has(c, p, WC_MODIFIER)) {
        return true;
    }
    uint8_t key[64];
    ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lx = n > 0 ? kb_lex(c->k, key, n) : 0;
    return (lx & LEX_ADJ) || (lx && !(lx & (LEX_VERB | LEX_FUNCTION | LEX_ADV)));
}

/* Does a locative stand before token j, right before it or before up to
 * two adjectives ("in Mali", "in neighbouring Mali", "in war-torn
 * eastern Congo"; test_roles.c: story country)? */
static bool locative_before(const truce_coder *c, size_t sb, size_t j)
{
    size_t q = j, n_adj = 0;
    while (q > sb && !tok_has(c, q - 1, WC_LOCATIVE)) {
        size_t p = q - 1;
        if (n_adj < 2 && place_adjective(c, p)) {
            n_adj++;
            q--;
            continue;
        }
        return false;
    }
    return q > sb;
}

void context_sentence_places(truce_coder *c, const mvec *cur, size_t sb, size_t se)
{
    story_ctx *x = &c->ctx;
    /* "Rebels attacked police in Mosul" in a story about Russia, "police
     * arrested the mayor of Goma": a sentence that places something in
     * another country is not the story's; its roles are of that country
     * (if it names one only) */
    const char *cc = context_story_country(c);
    bool home = false, other = false;
    const char *hints[8];
    size_t n_hints = 0;
    for (size_t k = 0; k < cur->n && n_hints < 8; k++) {
        if (actor_is_country(cur->v[k].country) && !cur->v[k].pronoun) {
            hints[n_hints++] = cur->v[k].country;
        }
    }
    x->elsewhere = false;
    x->here[0] = 0;
    /* ... and in a story of no one country, a sentence that places
     * something in one ("who remain in Thailand's custody since
     * authorities deported ...") gives its roles that country */
    size_t listed = SIZE_MAX;   /* the token after a country placed so: "in Iraq and Syria" lists both */
    for (size_t j = sb; !c->opt.literal && j < se; j++) {
        char gc[4] = "";
        const mention *m = mv_at(cur, j, false);
        bool in_list = j == listed + 1 && (tok_is(c, listed, c->k->w.and_) || tok_punct(c, listed, ','));
        if (m && m->country[0] && j > sb && (locative_before(c, sb, j) || in_list) && !roles_border(c, m) &&
            (m->kind == AK_COUNTRY || m->kind == AK_CAPITAL)) {   /* a place, not "the Palestinian uprising" */
            memcpy(gc, m->country, 4);
            listed = m->tok_end;
        } else if (m && m->country[0] && j > sb + 1 && (m->kind == AK_COUNTRY || m->kind == AK_CAPITAL) &&
                   tok_is(c, j - 1, c->k->w.of) && tok_has(c, j - 2, WC_PLACE_NOUN) && !roles_border(c, m)) {
            memcpy(gc, m->country, 4);   /* "from the province of Kosovo", "the capital of Kenya" */
        } else if (m && m->country[0] && j > sb && !m->pronoun && adjective_of_place(c, m, sb, se)) {
            memcpy(gc, m->country, 4);   /* "in the southern Somali town of" */
        } else if (!m && !mv_inside(cur, j) && cc) {
            gazetteer_place(c, j, se, true, hints, n_hints, gc);   /* (with no story country, the country's own name only) */
        }
        if (gc[0] && in_cause_phrase(c, sb, j)) {
            continue;   /* "massed in Istanbul in protest of police actions in Jerusalem" */
        }
        if (gc[0] && cc && !memcmp(gc, cc, 3)) {
            home = true;   /* "in northeastern C.A.R., near the Cameroon border" */
        } else if (gc[0] && !other) {
            memcpy(x->here, gc, 4);
            other = true;
        } else if (gc[0] && memcmp(x->here, gc, 3) != 0) {
            x->here[0] = 0;   /* two other countries: neither */
        }
    }
    x->elsewhere = other && !home;
    if (!x->elsewhere) {
        x->here[0] = 0;
    }
    if (x->elsewhere || home) {
        coder_trace(c, "  places: %s", x->elsewhere ? (x->here[0] ? x->here : "two other countries") : "the story's");
    }
}

const char *context_story_country(const truce_coder *c)
{
    if (c->opt.literal) {
        return NULL;
    }
    if (c->ctx.headline_cc[0]) {
        return c->ctx.headline_cc;
    }
    if (c->ctx.prev_country[0]) {
        return c->ctx.prev_country;
    }
    return c->ctx.country[0] ? c->ctx.country : NULL;
}

const char *context_role_country(const truce_coder *c)
{
    if (c->ctx.elsewhere) {
        return c->ctx.here[0] ? c->ctx.here : NULL;
    }
    return context_story_country(c);
}

/* An actor of unknown country ("---GOV") as one of cc. */
static void settle(const char **code, const char **country, char buf[16], char cbuf[4], const char *cc)
{
    snprintf(buf, 16, "%.3s%s", cc, *code + 3);
    memcpy(cbuf, cc, 3);
    cbuf[3] = 0;
    *code = buf;
    *country = cbuf;
}

bool context_named_once(const truce_coder *c, const char *cc)
{
    const story_ctx *x = &c->ctx;
    if (!strcmp(x->headline_cc, cc)) {
        return false;
    }
    for (size_t k = 0; k < x->n_counts; k++) {
        if (!memcmp(x->counts[k].cc, cc, 3)) {
            return x->counts[k].n <= 1;
        }
    }
    return true;
}

/* Is the other party (code, country) of cc one that acts abroad: the
 * country as a whole ("Britain called for sanctions against companies"),
 * its nationals ("two Chinese engineers"), its armed forces or spies
 * ("Israeli troops killed three gunmen")? What is done to or by a
 * government, a court, the police, rebels, the opposition or civilians is
 * mostly done by their own people ("Islamic fundamentalists demanded the
 * resignation of the Algerian president", "Rebels in the Ivory Coast
 * dismissed an appeal from the president"). */
static bool other_party_only(const char *code, const char *country, const char *cc)
{
    if (!country || strcmp(country, cc) != 0) {
        return false;
    }
    static const char *const abroad[] = {"MIL", "SPY", "UAF", NULL};
    for (const char *const *q = abroad; *q; q++) {
        if (strlen(code) >= 6 && !strncmp(code + 3, *q, 3)) {
            return true;
        }
    }
    return strlen(code) == 3;
}

bool context_settle_event(const truce_coder *c, truce_event *ev, ctx_bufs *buf)
{
    const char *cc = context_role_country(c);
    if (!cc) {
        return true;
    }
    /* a country the story names only for the other party of the act
     * makes the role its own unless that party acts abroad (see
     * other_party_only) */
    bool src_role = !strncmp(ev->source, "---", 3) && ev->source[3];
    bool tgt_role = !strncmp(ev->target, "---", 3) && ev->target[3];
    bool once = context_named_once(c, cc);
    bool src_ok = src_role && !(once && other_party_only(ev->target, ev->target_country, cc));
    bool tgt_ok = tgt_role && !(once && other_party_only(ev->source, ev->source_country, cc));
    if (src_ok) {
        settle(&ev->source, &ev->source_country, buf->src, buf->scc, cc);
    }
    if (tgt_ok) {
        settle(&ev->target, &ev->target_country, buf->tgt, buf->tcc, cc);
    }
    /* ... but force between two armed sides of one code is no act alone:
     * "the SDF entered the town against the militant group" (SYRREB on
     * both sides: two groups; golden targets-places) */
    int root = (ev->code[0] - '0') * 10 + (ev->code[1] - '0');
    bool two_sides = tgt_ok && !src_ok && root >= 18 && strlen(ev->source) >= 6 &&
                     (!strncmp(ev->source + 3, "REB", 3) || !strncmp(ev->source + 3, "INS", 3));
    if ((src_ok || tgt_ok) && !two_sides && !strcmp(ev->source, ev->target)) {
        /* "opposition parties in Nepal struck over the arrest of
         * activists": no other party; the act stands alone, a statement
         * about no one is none */
        if (!strcmp(ev->code, "010")) {
            return false;
        }
        ev->target = "";
        ev->target_country = NULL;
    }
    return true;
}
