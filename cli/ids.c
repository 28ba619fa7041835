/* ids.c — the story ids of one run: an open-addressing hash set of
 * copied ids, each with where it was first read (see ids.h). */
#include "ids.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *id;           /* NULL: empty slot */
    size_t len;
    uint32_t where;     /* index in names */
    unsigned line;
} slot;

struct ids {
    slot *slots;
    size_t cap, n;      /* cap a power of two; n <= cap / 2 */
    char **names;       /* input names, each once in a row */
    size_t n_names, cap_names;
};

ids *ids_new(void)
{
    ids *s = calloc(1, sizeof *s);
    if (!s) {
        return NULL;
    }
    s->cap = 256;
    s->slots = calloc(s->cap, sizeof *s->slots);
    if (!s->slots) {
        free(s);
        return NULL;
    }
    return s;
}

void ids_free(ids *s)
{
    if (!s) {
        return;
    }
    for (size_t i = 0; i < s->cap; i++) {
        free(s->slots[i].id);
    }
    for (size_t i = 0; i < s->n_names; i++) {
        free(s->names[i]);
    }
    free(s->names);
    free(s->slots);
    free(s);
}

static uint64_t hash(const char *p, size_t len)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    }
    return h;
}

/* The slot holding id, or the empty slot where it would go. */
static slot *find(const ids *s, const char *id, size_t len)
{
    size_t i = (size_t)hash(id, len) & (s->cap - 1);
    while (s->slots[i].id && (s->slots[i].len != len || memcmp(s->slots[i].id, id, len) != 0)) {
        i = (i + 1) & (s->cap - 1);
    }
    return &s->slots[i];
}

static bool grow(ids *s)
{
    size_t cap = s->cap * 2;
    slot *old = s->slots, *fresh = calloc(cap, sizeof *fresh);
    if (!fresh) {
        return false;
    }
    size_t old_cap = s->cap;
    s->slots = fresh;
    s->cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i].id) {
            *find(s, old[i].id, old[i].len) = old[i];
        }
    }
    free(old);
    return true;
}

/* The index of the input name (inputs come one after another, so the last
 * one is nearly always it); UINT32_MAX when out of memory. */
static uint32_t name_index(ids *s, const char *where)
{
    if (s->n_names && strcmp(s->names[s->n_names - 1], where) == 0) {
        return (uint32_t)(s->n_names - 1);
    }
    if (s->n_names == s->cap_names) {
        size_t cap = s->cap_names ? s->cap_names * 2 : 16;
        char **p = realloc(s->names, cap * sizeof *p);
        if (!p) {
            return UINT32_MAX;
        }
        s->names = p;
        s->cap_names = cap;
    }
    char *copy = strdup(where);
    if (!copy || s->n_names >= UINT32_MAX) {
        free(copy);
        return UINT32_MAX;
    }
    s->names[s->n_names] = copy;
    return (uint32_t)s->n_names++;
}

static int insert(ids *s, slot *at, const char *id, size_t len, ids_place place)
{
    uint32_t w = name_index(s, place.where ? place.where : "");
    char *copy = malloc(len + 1);
    if (w == UINT32_MAX || !copy) {
        free(copy);
        return -1;
    }
    memcpy(copy, id, len);
    copy[len] = 0;
    *at = (slot){copy, len, w, place.line};
    if (++s->n > s->cap / 2 && !grow(s)) {
        return -1;   /* the id is in; the set is only fuller than it likes */
    }
    return 1;
}

int ids_claim(ids *s, const char *id, size_t len, ids_place at, ids_place *first)
{
    slot *x = find(s, id, len);
    if (x->id) {
        *first = (ids_place){s->names[x->where], x->line};
        return 0;
    }
    return insert(s, x, id, len, at);
}

char *ids_rename(ids *s, const char *id, size_t len, ids_place at)
{
    size_t cap = len + 24;
    char *name = malloc(cap);
    if (!name) {
        return NULL;
    }
    for (unsigned long k = 2;; k++) {
        int n = snprintf(name, cap, "%.*s#%lu", (int)len, id, k);
        slot *x = find(s, name, (size_t)n);
        if (!x->id) {
            if (insert(s, x, name, (size_t)n, at) < 0) {
                free(name);
                return NULL;
            }
            return name;
        }
    }
}
