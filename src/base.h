/* base.h — the base layer's internal interface: memory, strings, dates,
 * errors, output buffers and the token-id trie.
 *
 * Nothing here knows about words, actors or events: these are the tools
 * every other module of src/ builds on (arena.c, intern.c, date.c, err.c,
 * buf.c, trie.c), plus the table of files the build embeds. The knowledge
 * layer's types are in kb.h; truce_int.h includes both. Never installed.
 */
#ifndef TRUCE_BASE_H
#define TRUCE_BASE_H

#include "truce.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- arena.c ----------------------------------------------------------
 * A list of blocks; allocation bumps a pointer. Reset frees everything at
 * once. With -DTRUCE_ARENA_MALLOC every allocation is its own malloc so
 * ASan sees overruns. Not thread-safe: one arena per thread. */
typedef struct arena_block arena_block;
typedef struct {
    arena_block *head;
    size_t block_size;
    size_t total;          /* bytes handed out since the last reset */
    size_t limit;          /* 0 = none; allocations past it fail */
} arena;

void arena_init(arena *a, size_t block_size);
void arena_reset(arena *a);    /* keeps the first block for reuse */
void arena_free(arena *a);
/* Zeroed memory for count objects of size bytes, or NULL (overflow, limit
 * or out of memory). Valid until the next reset of a. */
void *arena_alloc(arena *a, size_t size, size_t align, size_t count);
#define NEW(a, T, n) ((T *)arena_alloc((a), sizeof(T), alignof(T), (n)))
char *arena_strndup(arena *a, const char *s, size_t len);

/* ---- str ---------------------------------------------------------------*/
typedef struct { const uint8_t *p; ptrdiff_t len; } str;
#define S(lit) ((str){(const uint8_t *)(lit), (ptrdiff_t)sizeof(lit) - 1})
static inline bool str_eq(str a, str b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, (size_t)a.len) == 0);
}
static inline str str_of(const char *s, size_t len) {
    return (str){(const uint8_t *)s, (ptrdiff_t)len};
}
uint64_t str_hash(str s);

/* ---- intern.c ----------------------------------------------------------
 * Maps strings to dense uint32 ids (1..n; 0 = unknown). Strings are copied
 * into the table's arena. Read-only (thread-safe) after loading. */
typedef struct {
    uint32_t *slots;       /* id or 0 */
    size_t cap;            /* power of two */
    str *strs;             /* strs[id] */
    uint32_t n, strs_cap;
    arena *a;
} intern;

bool intern_init(intern *t, arena *a);
void intern_free(intern *t);
/* Id of s, adding it if absent; 0 on allocation failure. */
uint32_t intern_add(intern *t, str s);
/* Id of s or 0 if absent. */
uint32_t intern_find(const intern *t, str s);
static inline str intern_str(const intern *t, uint32_t id) { return t->strs[id]; }

/* ---- buf.c -------------------------------------------------------------
 * The growable output buffer (truce_buf, public) and its appenders. A
 * failed allocation sets b->failed and makes later appends do nothing. */
void buf_put(truce_buf *b, const char *s, size_t len);
void buf_printf(truce_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* x with one decimal, as "%.1f" writes it */
void buf_fixed1(truce_buf *b, double x);

/* The writers' hot path, inline: a string (whose length the compiler
 * knows when it is a literal), a byte, a number's decimal digits. */
static inline void buf_puts(truce_buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

static inline void buf_putc(truce_buf *b, char c)
{
    buf_put(b, &c, 1);
}

/* Decimal digits of x, without printf. */
static inline void buf_uint(truce_buf *b, uint64_t x)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + x % 10);
        x /= 10;
    } while (x);
    buf_put(b, tmp + i, sizeof tmp - i);
}

/* ---- date.c ----------------------------------------------------------- */
truce_day day_from_ymd(int y, int m, int d);
void day_to_ymd(truce_day day, int *y, int *m, int *d);
int day_weekday(truce_day day);   /* 0 = Monday .. 6 = Sunday */
bool ymd_valid(int y, int m, int d);
/* Month number 1..12 for a month name or abbreviation (case-insensitive,
 * optional trailing '.'), else 0. */
int month_from_name(str s);
/* Weekday 0..6 for a weekday name, else -1. */
int weekday_from_name(str s);

/* ---- err.c ------------------------------------------------------------ */
/* Fill *err (if not NULL) with a code, where (path, 1-based line and
 * column, 0 = not known; byte offset, -1 = not known) and a message. */
void err_set(truce_error *err, truce_status code, const char *path,
             uint32_t line, uint32_t col, int64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* Quote up to n bytes of s into out, escaping non-printables. */
void err_quote(char *out, size_t cap, const uint8_t *s, size_t n);

/* ---- trie.c -------------------------------------------------------------
 * A trie over word ids: node 0 is the root, an edge is a (node, id) key in
 * one open-addressing table, and each node has a payload list (the
 * knowledge layer's actor entries, kb.h). Built at load, read-only (and
 * shared between threads) after it. */
struct actor_entry;

/* The actor trie's edge for a gap: in a TABARI actor phrase, words parted
 * by a space (not '_') may have other words between them ("PRINCE
 * DOL_AMROTH" matches "Prince of Dol Amroth"). No word has this id. */
#define TRIE_GAP_ID 0xFFFFFFFFu

typedef struct {
    uint32_t n_nodes, cap_nodes;
    struct actor_entry **payload;   /* per node */
    /* edges: open addressing on (node, id) */
    uint64_t *keys;
    uint32_t *vals;
    size_t edge_cap, n_edges;
} trie;

static inline uint64_t trie_edge_key(uint32_t node, uint32_t id)
{
    return ((uint64_t)node << 32) | id;
}

static inline size_t trie_edge_slot(uint64_t key, size_t cap)
{
    uint64_t h = key * 0x9E3779B97F4A7C15u;
    return (size_t)(h >> 20) & (cap - 1);
}

/* The child of node by word id, 0 if none (or id is 0). Hot: every token
 * and every step of an actor match walks it. */
static inline uint32_t trie_child(const trie *t, uint32_t node, uint32_t id)
{
    if (!id || !t->edge_cap) {
        return 0;
    }
    uint64_t k = trie_edge_key(node, id);
    for (size_t i = trie_edge_slot(k, t->edge_cap);; i = (i + 1) & (t->edge_cap - 1)) {
        if (t->vals[i] == 0) {
            return 0;
        }
        if (t->keys[i] == k) {
            return t->vals[i];
        }
    }
}

/* The node reached by ids[0..n), created as needed; 0 on allocation
 * failure. */
uint32_t trie_insert(trie *t, const uint32_t *ids, int n);
/* Free the tables (not the payload entries, which live in an arena). */
void trie_free(trie *t);

/* ---- embedded data (generated by tools/embed from data/ and packages) -- */
typedef struct { const char *name; const unsigned char *data; size_t len; } embedded_file;
extern const embedded_file truce_embedded[];
extern const size_t truce_n_embedded;

#endif
