/* arena.c — bump allocation in blocks, freed all at once.
 *
 * One arena per story (reset between stories) and one per knowledge base.
 * Built with -DTRUCE_ARENA_MALLOC, each allocation is a separate malloc so
 * AddressSanitizer sees overruns; the interface is the same.
 */
#include "base.h"

#include <stdint.h>
#include <stdlib.h>

struct arena_block {
    arena_block *next;
    size_t cap, used;
    alignas(max_align_t) unsigned char data[];
};

void arena_init(arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size < 4096 ? 4096 : block_size;
    a->total = 0;
    a->limit = 0;
}

static void free_chain(arena_block *b)
{
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
}

void arena_reset(arena *a)
{
#ifdef TRUCE_ARENA_MALLOC
    free_chain(a->head);
    a->head = NULL;
#else
    /* Keep the last block in the chain (the first allocated, normally the
     * standard size) so steady-state coding does not call malloc. */
    arena_block *b = a->head, *keep = NULL;
    while (b) {
        arena_block *next = b->next;
        if (!next && b->cap == a->block_size) {
            keep = b;
        } else {
            free(b);
        }
        b = next;
    }
    if (keep) {
        keep->used = 0;
        keep->next = NULL;
    }
    a->head = keep;
#endif
    a->total = 0;
}

void arena_free(arena *a)
{
    free_chain(a->head);
    a->head = NULL;
    a->total = 0;
}

void *arena_alloc(arena *a, size_t size, size_t align, size_t count)
{
    if (count && size > SIZE_MAX / count) {
        return NULL;
    }
    size_t n = size * count;
    if (n == 0) {
        n = 1;
    }
    if (a->limit && (n > a->limit || a->total > a->limit - n)) {
        return NULL;
    }
#ifdef TRUCE_ARENA_MALLOC
    (void)align;
    arena_block *b = malloc(sizeof *b + n);
    if (!b) {
        return NULL;
    }
    b->cap = n;
    b->used = n;
    b->next = a->head;
    a->head = b;
    a->total += n;
    memset(b->data, 0, n);
    return b->data;
#else
    arena_block *b = a->head;
    if (b) {
        size_t off = (b->used + align - 1) & ~(align - 1);
        if (off <= b->cap && n <= b->cap - off) {
            b->used = off + n;
            a->total += n;
            void *p = b->data + off;
            memset(p, 0, n);
            return p;
        }
    }
    size_t cap = a->block_size;
    if (n + align > cap) {
        cap = n + align;
    }
    arena_block *nb = malloc(sizeof *nb + cap);
    if (!nb) {
        return NULL;
    }
    nb->cap = cap;
    nb->used = 0;
    /* Keep the standard-size reusable block at the tail: new blocks go in
     * front, so the chain's last block is the oldest. */
    nb->next = a->head;
    a->head = nb;
    size_t off = 0;
    nb->used = off + n;
    a->total += n;
    memset(nb->data, 0, n);
    return nb->data;
#endif
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, 1, 1, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = 0;
    }
    return p;
}
