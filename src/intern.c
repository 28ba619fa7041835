/* intern.c — the string table that turns words into dense uint32 ids.
 *
 * Open addressing with linear probing over ids; the strings live in the
 * owner's arena. Ids start at 1 so 0 can mean "unknown". Lookups never
 * write, so a loaded table is safe to share between threads.
 */
#include "base.h"

#include <stdlib.h>

uint64_t str_hash(str s)
{
    /* FNV-1a, 64-bit */
    uint64_t h = 0xcbf29ce484222325u;
    for (ptrdiff_t i = 0; i < s.len; i++) {
        h ^= s.p[i];
        h *= 0x100000001b3u;
    }
    return h;
}

bool intern_init(intern *t, arena *a)
{
    t->cap = 1u << 14;
    t->slots = calloc(t->cap, sizeof *t->slots);
    t->strs_cap = 1u << 12;
    t->strs = malloc(t->strs_cap * sizeof *t->strs);
    t->n = 0;
    t->a = a;
    if (!t->slots || !t->strs) {
        intern_free(t);
        return false;
    }
    t->strs[0] = (str){(const uint8_t *)"", 0};
    return true;
}

void intern_free(intern *t)
{
    free(t->slots);
    free(t->strs);
    t->slots = NULL;
    t->strs = NULL;
}

uint32_t intern_find(const intern *t, str s)
{
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)str_hash(s) & mask;; i = (i + 1) & mask) {
        uint32_t id = t->slots[i];
        if (!id) {
            return 0;
        }
        if (str_eq(t->strs[id], s)) {
            return id;
        }
    }
}

static bool grow(intern *t)
{
    size_t cap = t->cap * 2;
    uint32_t *slots = calloc(cap, sizeof *slots);
    if (!slots) {
        return false;
    }
    for (uint32_t id = 1; id <= t->n; id++) {
        size_t i = (size_t)str_hash(t->strs[id]) & (cap - 1);
        while (slots[i]) {
            i = (i + 1) & (cap - 1);
        }
        slots[i] = id;
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return true;
}

uint32_t intern_add(intern *t, str s)
{
    uint32_t id = intern_find(t, s);
    if (id) {
        return id;
    }
    if ((t->n + 1) * 2 >= t->cap && !grow(t)) {
        return 0;
    }
    if (t->n + 1 >= t->strs_cap) {
        str *ns = realloc(t->strs, 2 * (size_t)t->strs_cap * sizeof *ns);
        if (!ns) {
            return 0;
        }
        t->strs = ns;
        t->strs_cap *= 2;
    }
    char *copy = arena_strndup(t->a, (const char *)s.p, (size_t)s.len);
    if (!copy) {
        return 0;
    }
    id = ++t->n;
    t->strs[id] = (str){(const uint8_t *)copy, s.len};
    size_t mask = t->cap - 1;
    size_t i = (size_t)str_hash(s) & mask;
    while (t->slots[i]) {
        i = (i + 1) & mask;
    }
    t->slots[i] = id;
    return id;
}
