/* mvec.c — a sentence's actor mentions by position (mentions.c finds
 * them): the one starting or ending at a token, its compound group, and
 * whether a token is inside one. */
#include "coder.h"

/* The mentions of group g starting at index x. */
mlist mv_group(const mvec *mv, size_t x)
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

const mention *mv_at2(const mvec *mv, size_t tok, bool end, bool pronouns)
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

const mention *mv_at(const mvec *mv, size_t tok, bool end)
{
    return mv_at2(mv, tok, end, false);
}

const mention *mv_ending_at(const mvec *mv, size_t tok)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (mv->v[x].tok_end == tok + 1) {
            return &mv->v[x];
        }
    }
    return NULL;
}

/* Is token i inside an actor mention? */
bool mv_inside(const mvec *mv, size_t i)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (mv->v[x].tok_start <= i && i < mv->v[x].tok_end && !mv->v[x].pronoun) {
            return true;
        }
    }
    return false;
}

/* "..., with Jake Sullivan speaking by phone with his counterpart": does a
 * coded actor after "with" end at token p (the subject of an absolute
 * construction, whose -ing verb follows)? */
bool mv_with_actor_ending_at(const truce_coder *c, const mvec *mv, size_t sb, size_t p)
{
    const mention *m = mv_ending_at(mv, p);
    return m && m->code[0] && !m->pronoun && m->tok_start > sb && tok_is_word(c, m->tok_start - 1, "with");
}

/* A new mention at index `at` of mv (the ones after it move up), zeroed;
 * NULL if memory ran out. */
mention *mv_insert(truce_coder *c, mvec *mv, size_t at)
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
    memmove(mv->v + at + 1, mv->v + at, (mv->n - at) * sizeof *mv->v);
    mv->n++;
    memset(&mv->v[at], 0, sizeof mv->v[at]);
    return &mv->v[at];
}
