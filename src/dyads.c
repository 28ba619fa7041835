/* dyads.c — pairs named by a plural ("the two leaders", "both sides",
 * "the two governments"): one mention for each of the last two parties
 * named, a compound. Split from people.c, which calls it once a
 * sentence's people are named. Tests: tests/unit/test_roles.c ("dyad",
 * "both sides"). */
#include <stdio.h>
#include <string.h>

#include "truce_int.h"
#include "coder.h"

/* Is m a leader of a state ("Prime Minister X", "Modi": a person of a
 * country's government)? */
static bool leader(const mention *m)
{
    return m->person && !m->pronoun && strlen(m->code) == 6 && actor_is_country(m->code) &&
           !strcmp(m->code + 3, "GOV");
}

/* Is m a state named as such ("the Thai and Chinese governments",
 * "Russia", "Kyiv"): its government's code into out? */
static bool state_named(const mention *m, char out[16])
{
    if (m->person || m->pronoun || m->corefd || !m->code[0] || !actor_is_country(m->code) ||
        !(strlen(m->code) == 3 || !strcmp(m->code + 3, "GOV")) ||
        !(m->kind == AK_COUNTRY || m->kind == AK_ADJ || m->kind == AK_CAPITAL || !strcmp(m->code + 3, "GOV"))) {
        return false;
    }
    snprintf(out, 16, "%.3sGOV", m->code);
    return true;
}

/* Is state mention m where something happens ("met in Doha", "at
 * Kinshasa"), no party? */
static bool place_named(const truce_coder *c, const mention *m)
{
    return m->prev_id && (m->prev_id == c->k->w.in || m->prev_id == c->k->w.at || m->prev_id == c->k->w.near);
}

/* Mention k stands for the two codes two[1] (named first) and two[0]: it
 * takes the first, a copy inserted after it the second, a compound member;
 * both coded from the story, of no sector of their own. False when out of
 * memory. */
static bool make_pair(truce_coder *c, mvec *mv, size_t k, const char *const two[2])
{
    char a[16], b[16];
    snprintf(a, sizeof a, "%s", two[1]);   /* the one named first first */
    snprintf(b, sizeof b, "%s", two[0]);
    mention *second = mv_insert(c, mv, k + 1);
    if (!second) {
        return false;
    }
    mention *m = &mv->v[k];
    *second = *m;
    snprintf(m->code, sizeof m->code, "%s", a);
    snprintf(second->code, sizeof second->code, "%s", b);
    memcpy(m->country, a, 3);
    memcpy(second->country, b, 3);
    m->country[3] = second->country[3] = 0;
    m->sector[0] = second->sector[0] = 0;
    m->corefd = second->corefd = true;
    second->member = true;
    return true;
}

/* "Modi met Prime Minister X. Both leaders signed ...": "both leaders",
 * "the two presidents", "the prime ministers" are the last two leaders of
 * two states named in this sentence or the one before: one mention for
 * each, a compound (test_roles.c, "dyad"); "the two governments" after
 * "the Thai and Chinese governments" are theirs. */
static void dyads(truce_coder *c, size_t sb, mvec *mv)
{
    story_ctx *x = &c->ctx;
    if (sb != x->cur_sb || x->n_leaders == 0) {
        x->prev_sb = x->cur_sb;
        x->cur_sb = sb;
    }
    for (size_t k = 0; k < mv->n; k++) {
        mention *m = &mv->v[k];
        size_t b = m->tok_start;
        bool two_of = (b > sb && (tok_is_word(c, b - 1, "both") || tok_is_word(c, b - 1, "two"))) ||
                      tok_is_word(c, b, "both") || tok_is_word(c, b + 1, "two");
        /* "Both men praised the deal", "the two women": after two leaders
         * met, the people they are; not "two men" of no determiner */
        bool the_two = (b > sb && tok_is_word(c, b - 1, "both")) || tok_is_word(c, b, "both") ||
                       (b > sb + 1 && tok_is_word(c, b - 1, "two") && tok_is(c, b - 2, c->k->w.the)) ||
                       (tok_is(c, b, c->k->w.the) && tok_is_word(c, b + 1, "two"));
        bool men = the_two && !strcmp(m->sector, "CVL") &&
                   (tok_is_word(c, m->tok_end - 1, "men") || tok_is_word(c, m->tok_end - 1, "women"));
        if (m->code[0] || !m->plural || m->pronoun || (strcmp(m->sector, "GOV") != 0 && !men)) {
            continue;
        }
        bool cue = two_of ||
                   (tok_is(c, b, c->k->w.the) && (tok_is_word(c, m->tok_end - 1, "leaders") ||
                                                  tok_is_word(c, m->tok_end - 1, "presidents") ||
                                                  tok_is_word(c, m->tok_end - 1, "ministers")));
        if (!cue) {
            continue;
        }
        /* the last two of different states: this sentence's before it,
         * then those remembered from the sentence before */
        const char *two[2] = {NULL, NULL};
        char gov[2][16];
        size_t n = 0;
        for (size_t j = k; j > 0 && n < 2; j--) {
            const mention *o = &mv->v[j - 1];
            const char *cd = leader(o) ? o->code : state_named(o, gov[n]) && !place_named(c, o) && !men ? gov[n] : NULL;
            if (cd && (n == 0 || strncmp(two[0], cd, 3) != 0)) {
                two[n++] = cd;
            }
        }
        for (size_t j = x->n_leaders; j > 0 && n < 2; j--) {
            const char *cd = x->leaders[j - 1].code;
            if ((x->leaders[j - 1].sb == x->prev_sb || x->leaders[j - 1].sb == sb) &&
                (x->leaders[j - 1].person || !men) &&
                (n == 0 || strncmp(two[0], cd, 3) != 0)) {
                two[n++] = cd;
            }
        }
        if (n < 2) {
            continue;
        }
        if (!make_pair(c, mv, k, two)) {
            return;
        }
        k++;
    }
    for (size_t k = 0; k < mv->n; k++) {
        const mention *m = &mv->v[k];
        char gov[16];
        if (!(leader(m) && !m->corefd) && !(state_named(m, gov) && !place_named(c, m))) {
            continue;
        }
        if (x->n_leaders == sizeof x->leaders / sizeof x->leaders[0]) {
            memmove(x->leaders, x->leaders + 1, (x->n_leaders - 1) * sizeof x->leaders[0]);
            x->n_leaders--;
        }
        snprintf(x->leaders[x->n_leaders].code, sizeof x->leaders[0].code, "%s", leader(m) ? m->code : gov);
        x->leaders[x->n_leaders].sb = sb;
        x->leaders[x->n_leaders].person = leader(m);
        x->n_leaders++;
    }
}

/* Are codes a and b two parties, neither the other nor a part of it
 * (ARM and AZEMIL, SDNMIL and SDNREB; not SDN and SDNMIL)? */
static bool other_party(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    return strncmp(a, b, la < lb ? la : lb) != 0;
}

/* The parties of "both sides", "the two sides", "both parties", "the
 * warring parties", "both countries" at [i, i + 2) or [i, i + 3), else 0:
 * the phrase's length. */
static size_t sides_phrase(const truce_coder *c, size_t i, size_t se)
{
    static const char *const nouns[] = {"sides", "parties", "countries", "nations", NULL};
    size_t n = 0;
    if (tok_is_word(c, i, "both") || tok_is_word(c, i, "warring")) {
        n = 1;
    } else if (tok_is(c, i, c->k->w.the) && (tok_is_word(c, i + 1, "two") || tok_is_word(c, i + 1, "warring"))) {
        n = 2;
    }
    if (!n || i + n >= se) {
        return 0;
    }
    if (!tok_is_one_of(c, i + n, nouns)) {
        return 0;
    }
    /* not "both sides of the border", "the two countries' troops" */
    size_t after = i + n + 1;
    if (after < se && (tok_is(c, after, c->k->w.of) || tok_is(c, after, c->k->w.s) ||
                       (c->t[after].kind == TOK_PUNCT && !(c->t[after].flags & TF_SPACE_BEFORE) &&
                        (c->text[c->t[after].start] == '\'' || c->text[c->t[after].start] == 0xE2)))) {
        return 0;
    }
    return n + 1;
}

/* "Armenian and Azerbaijani forces clashed. Both sides accused each
 * other": "both sides", "the two countries", "the warring parties" are the
 * last two actors of different countries named in this sentence before
 * them or in the one before, one mention each, a compound (test_roles.c,
 * "both sides"); the actors of a country named last are remembered. */
static void sides(truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    story_ctx *x = &c->ctx;
    for (size_t i = sb; i < se; i++) {
        size_t len = sides_phrase(c, i, se);
        if (!len || mv_inside(mv, i + len - 1)) {
            continue;
        }
        const char *two[2] = {NULL, NULL};
        size_t n = 0, at = 0;
        while (at < mv->n && mv->v[at].tok_start < i) {
            at++;
        }
        for (size_t j = at; j > 0 && n < 2; j--) {
            const mention *o = &mv->v[j - 1];
            if (o->code[0] && o->country[0] && !o->pronoun && o->kind != AK_CAPITAL && o->prev_id != c->k->w.in &&
                o->prev_id != c->k->w.at && o->prev_id != c->k->w.near && (n == 0 || other_party(two[0], o->code))) {
                two[n++] = o->code;
            }
        }
        for (size_t j = x->n_parties; j > 0 && n < 2; j--) {
            const char *cd = x->parties[j - 1].code;
            if (x->parties[j - 1].sb == x->prev_sb && (n == 0 || other_party(two[0], cd))) {
                two[n++] = cd;
            }
        }
        if (n < 2) {
            continue;
        }
        mention *m = mv_insert(c, mv, at);
        if (!m) {
            return;
        }
        m->tok_start = (uint32_t)i;
        m->tok_end = (uint32_t)(i + len);
        m->plural = true;
        m->prev_id = i > sb ? c->t[i - 1].id : 0;
        if (!make_pair(c, mv, at, two)) {
            return;
        }
        i += len - 1;
    }
    for (size_t k = 0; k < mv->n; k++) {
        const mention *m = &mv->v[k];
        if (!m->code[0] || !m->country[0] || m->pronoun || m->corefd || m->member || m->kind == AK_CAPITAL ||
            m->prev_id == c->k->w.in || m->prev_id == c->k->w.at || m->prev_id == c->k->w.near) {
            continue;   /* not a place: "in Khartoum" */
        }
        if (x->n_parties == sizeof x->parties / sizeof x->parties[0]) {
            memmove(x->parties, x->parties + 1, (x->n_parties - 1) * sizeof x->parties[0]);
            x->n_parties--;
        }
        snprintf(x->parties[x->n_parties].code, sizeof x->parties[0].code, "%s", m->code);
        x->parties[x->n_parties].sb = sb;
        x->n_parties++;
    }
}

void dyads_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    dyads(c, sb, mv);
    sides(c, sb, se, mv);
}
