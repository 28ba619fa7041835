/* trie.c — building the token-id trie (base.h).
 *
 * Phrases of word ids (actors, agents, discards, issues) are inserted once
 * at load: each node is an index, each edge a (node, id) key in one
 * open-addressing table that doubles when half full. The walk, trie_child,
 * is inline in base.h because the coder runs it for every token. What hangs
 * off a node (actor entries) is the knowledge layer's business.
 */
#include "base.h"

#include <stdlib.h>

static bool trie_grow_edges(trie *t)
{
    size_t cap = t->edge_cap ? t->edge_cap * 2 : 1u << 14;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return false;
    }
    for (size_t i = 0; i < t->edge_cap; i++) {
        if (t->vals[i]) {
            size_t j = trie_edge_slot(t->keys[i], cap);
            while (vals[j]) {
                j = (j + 1) & (cap - 1);
            }
            keys[j] = t->keys[i];
            vals[j] = t->vals[i];
        }
    }
    free(t->keys);
    free(t->vals);
    t->keys = keys;
    t->vals = vals;
    t->edge_cap = cap;
    return true;
}

uint32_t trie_insert(trie *t, const uint32_t *ids, int n)
{
    if (t->n_nodes == 0) {
        t->cap_nodes = 1024;
        t->payload = calloc(t->cap_nodes, sizeof *t->payload);
        if (!t->payload) {
            return 0;
        }
        t->n_nodes = 1;   /* node 0 is the root */
    }
    uint32_t node = 0;
    for (int i = 0; i < n; i++) {
        uint32_t next = trie_child(t, node, ids[i]);
        if (!next) {
            if ((t->n_edges + 1) * 2 >= t->edge_cap && !trie_grow_edges(t)) {
                return 0;
            }
            if (t->n_nodes == t->cap_nodes) {
                struct actor_entry **np = realloc(t->payload, 2 * t->cap_nodes * sizeof *np);
                if (!np) {
                    return 0;
                }
                memset(np + t->cap_nodes, 0, t->cap_nodes * sizeof *np);
                t->payload = np;
                t->cap_nodes *= 2;
            }
            next = t->n_nodes++;
            uint64_t k = trie_edge_key(node, ids[i]);
            size_t j = trie_edge_slot(k, t->edge_cap);
            while (t->vals[j]) {
                j = (j + 1) & (t->edge_cap - 1);
            }
            t->keys[j] = k;
            t->vals[j] = next;
            t->n_edges++;
        }
        node = next;
    }
    return node;
}

void trie_free(trie *t)
{
    free(t->payload);
    free(t->keys);
    free(t->vals);
    memset(t, 0, sizeof *t);
}
