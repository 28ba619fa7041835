/* kbfile.c — compiled knowledge images: write a loaded knowledge base as
 * one file, and open such a file in place in milliseconds.
 *
 * An image is the knowledge base's own memory laid out in one block: the
 * kb struct, the word table, the actor tries and their entries, the
 * patterns, the tables. Every pointer is written as an offset from the
 * start of the image and listed in a relocation table; opening adds the
 * image's address to each listed field (and records that address, so that
 * opening the same bytes again, or a moved copy, adjusts by the
 * difference). Nothing is parsed and nothing is allocated but the kb
 * struct itself.
 *
 *   header    magic "TRUCEKB\0", format version, layout stamp (a checksum
 *             of truce.h, base.h and kb.h, so an image from another build
 *             is refused),
 *             sizes, a checksum of everything after the header, where
 *             the kb struct, the relocations and the description are
 *   objects   8-byte aligned, pointers as offsets
 *   relocs    uint64 offsets of the pointer fields
 *
 * The writer knows every pointer field of the kb (kb.h, base.h); a field
 * added there must be added here, or the image test fails (it compares
 * coding with the text-built and the image-built knowledge).
 *
 * The checksum detects a damaged or truncated file; an image is trusted
 * like a shared library is: a deliberately forged one is not guarded
 * against.
 */
#include "kb.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef TRUCE_KB_LAYOUT
#define TRUCE_KB_LAYOUT 0
#endif

_Static_assert(sizeof(void *) == 8, "images assume 64-bit pointers");

#define IMG_MAGIC "TRUCEKB"
enum { IMG_VERSION = 1 };

typedef struct {
    char magic[8];
    uint32_t version;
    uint32_t layout;       /* TRUCE_KB_LAYOUT of the writer */
    uint64_t size;         /* of the whole image */
    uint64_t checksum;     /* of bytes [sizeof header, size) before relocation */
    uint64_t base;         /* address the pointers are relative to: 0 in a file */
    uint64_t kb_off;
    uint64_t reloc_off, n_relocs;
    uint64_t info_off;     /* NUL-terminated description */
    uint32_t sizes[6];     /* sizeof kb, actor_entry, pattern, pat_elem, cameo_info, dated_code */
} img_header;

static void img_sizes(uint32_t s[6])
{
    s[0] = sizeof(kb);
    s[1] = sizeof(actor_entry);
    s[2] = sizeof(pattern);
    s[3] = sizeof(pat_elem);
    s[4] = sizeof(cameo_info);
    s[5] = sizeof(dated_code);
}

/* A checksum over 8-byte words in four lanes (fast enough to run on every
 * open of a file: several GB/s), then the tail bytes. */
static uint64_t img_checksum(const uint8_t *p, size_t n)
{
    const uint64_t M = 0x9e3779b97f4a7c15u;
    uint64_t h[4] = {0x243f6a8885a308d3u, 0x13198a2e03707344u, 0xa4093822299f31d0u, 0x082efa98ec4e6c89u};
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        for (int l = 0; l < 4; l++) {
            uint64_t w;
            memcpy(&w, p + i + 8 * l, 8);
            h[l] = (h[l] ^ w) * M;
            h[l] ^= h[l] >> 29;
        }
    }
    uint64_t r = (uint64_t)n;
    for (; i < n; i++) {
        r = (r ^ p[i]) * 0x100000001b3u;
    }
    for (int l = 0; l < 4; l++) {
        r = (r ^ h[l]) * M;
        r ^= r >> 31;
    }
    return r;
}

/* ---- writing ----------------------------------------------------------- */

typedef struct {
    truce_buf b;
    uint64_t *rel;
    size_t n_rel, cap_rel;
    /* objects already written, by their address: strings and entries
     * shared between owners are written once */
    const void **mkey;
    uint64_t *mval;
    size_t mcap, mn;
    bool oom;
} writer;

static uint64_t w_put(writer *w, const void *p, size_t n, size_t align)
{
    static const char zeros[64];
    size_t pad = (align - w->b.len % align) % align;
    buf_put(&w->b, zeros, pad);
    uint64_t off = w->b.len;
    if (n && p) {
        buf_put(&w->b, p, n);
    } else {
        for (size_t left = n; left;) {
            size_t k = left < sizeof zeros ? left : sizeof zeros;
            buf_put(&w->b, zeros, k);
            left -= k;
        }
    }
    if (w->b.failed) {
        w->oom = true;
        return 0;
    }
    return off;
}

/* Make the pointer field at `field` point at `target` (0: NULL). */
static void w_set(writer *w, uint64_t field, uint64_t target)
{
    if (w->oom) {
        return;
    }
    memcpy(w->b.p + field, &target, 8);
    if (!target) {
        return;
    }
    if (w->n_rel == w->cap_rel) {
        size_t nc = w->cap_rel ? 2 * w->cap_rel : 4096;
        uint64_t *nr = realloc(w->rel, nc * sizeof *nr);
        if (!nr) {
            w->oom = true;
            return;
        }
        w->rel = nr;
        w->cap_rel = nc;
    }
    w->rel[w->n_rel++] = field;
}

static size_t m_slot(const writer *w, const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15u;
    return (size_t)(h >> 20) & (w->mcap - 1);
}

static uint64_t m_find(const writer *w, const void *p)
{
    if (!w->mcap) {
        return 0;
    }
    for (size_t i = m_slot(w, p);; i = (i + 1) & (w->mcap - 1)) {
        if (!w->mkey[i]) {
            return 0;
        }
        if (w->mkey[i] == p) {
            return w->mval[i];
        }
    }
}

static void m_add(writer *w, const void *p, uint64_t off)
{
    if ((w->mn + 1) * 2 > w->mcap) {
        size_t nc = w->mcap ? 2 * w->mcap : 1u << 14;
        const void **nk = calloc(nc, sizeof *nk);
        uint64_t *nv = calloc(nc, sizeof *nv);
        if (!nk || !nv) {
            free(nk);
            free(nv);
            w->oom = true;
            return;
        }
        const void **ok = w->mkey;
        uint64_t *ov = w->mval;
        size_t oc = w->mcap;
        w->mkey = nk;
        w->mval = nv;
        w->mcap = nc;
        for (size_t i = 0; i < oc; i++) {
            if (ok[i]) {
                size_t j = m_slot(w, ok[i]);
                while (w->mkey[j]) {
                    j = (j + 1) & (nc - 1);
                }
                w->mkey[j] = ok[i];
                w->mval[j] = ov[i];
            }
        }
        free(ok);
        free(ov);
    }
    size_t i = m_slot(w, p);
    while (w->mkey[i]) {
        i = (i + 1) & (w->mcap - 1);
    }
    w->mkey[i] = p;
    w->mval[i] = off;
    w->mn++;
}

/* A NUL-terminated string, written once however many fields point at it. */
static uint64_t w_str(writer *w, const char *s)
{
    if (!s) {
        return 0;
    }
    uint64_t off = m_find(w, s);
    if (!off) {
        off = w_put(w, s, strlen(s) + 1, 1);
        m_add(w, s, off);
    }
    return off;
}

/* An array that has exactly one owner. */
static uint64_t w_array(writer *w, const void *p, size_t n, size_t align)
{
    return p && n ? w_put(w, p, n, align) : 0;
}

static uint64_t w_entries(writer *w, const actor_entry *e)
{
    /* a chain: write each entry, then point the previous one's `next` at it */
    uint64_t first = 0, prev_next = 0;
    for (; e; e = e->next) {
        uint64_t off = m_find(w, e);
        bool seen = off != 0;
        if (!seen) {
            off = w_put(w, e, sizeof *e, 8);
            m_add(w, e, off);
        }
        if (prev_next) {
            w_set(w, prev_next, off);
        } else {
            first = off;
        }
        if (seen || w->oom) {
            break;   /* the rest of the chain is written already */
        }
        w_set(w, off + offsetof(actor_entry, spells),
              w_array(w, e->spells, e->n_spells * sizeof *e->spells, 8));
        w_set(w, off + offsetof(actor_entry, src_file), w_str(w, e->src_file));
        w_set(w, off + offsetof(actor_entry, issue), w_str(w, e->issue));
        prev_next = off + offsetof(actor_entry, next);
        w_set(w, prev_next, 0);
    }
    return first;
}

static void w_trie(writer *w, uint64_t field, const trie *t)
{
    uint64_t payload = w_array(w, t->payload, t->n_nodes * sizeof *t->payload, 8);
    w_set(w, field + offsetof(trie, payload), payload);
    for (uint32_t i = 0; payload && i < t->n_nodes && !w->oom; i++) {
        w_set(w, payload + 8 * (uint64_t)i, t->payload[i] ? w_entries(w, t->payload[i]) : 0);
    }
    uint32_t cap_nodes = t->n_nodes;
    if (!w->oom) {
        memcpy(w->b.p + field + offsetof(trie, cap_nodes), &cap_nodes, sizeof cap_nodes);
    }
    w_set(w, field + offsetof(trie, keys), w_array(w, t->keys, t->edge_cap * sizeof *t->keys, 8));
    w_set(w, field + offsetof(trie, vals), w_array(w, t->vals, t->edge_cap * sizeof *t->vals, 4));
}

static uint64_t w_elems(writer *w, const pat_elem *pe, size_t n)
{
    uint64_t arr = w_array(w, pe, n * sizeof *pe, 8);
    for (size_t i = 0; arr && i < n && !w->oom; i++) {
        uint64_t f = arr + i * sizeof *pe;
        size_t words = pe[i].n_alts;
        if (pe[i].alt_lens) {
            words = 0;
            for (size_t j = 0; j < pe[i].n_alts; j++) {
                words += pe[i].alt_lens[j];
            }
        }
        w_set(w, f + offsetof(pat_elem, alts), w_array(w, pe[i].alts, words * sizeof *pe[i].alts, 4));
        w_set(w, f + offsetof(pat_elem, alt_lens), w_array(w, pe[i].alt_lens, pe[i].n_alts, 1));
        w_set(w, f + offsetof(pat_elem, alt_stem), w_array(w, pe[i].alt_stem, pe[i].n_alts, 1));
    }
    return arr;
}

static uint64_t w_patterns(writer *w, const pattern *p)
{
    uint64_t first = 0, prev_next = 0;
    for (; p && !w->oom; p = p->next) {
        uint64_t off = m_find(w, p);
        bool seen = off != 0;
        if (!seen) {
            off = w_put(w, p, sizeof *p, 8);
            m_add(w, p, off);
        }
        if (prev_next) {
            w_set(w, prev_next, off);
        } else {
            first = off;
        }
        if (seen || w->oom) {
            break;
        }
        w_set(w, off + offsetof(pattern, pre), w_elems(w, p->pre, p->n_pre));
        w_set(w, off + offsetof(pattern, post), w_elems(w, p->post, p->n_post));
        w_set(w, off + offsetof(pattern, file), w_str(w, p->file));
        w_set(w, off + offsetof(pattern, text), w_str(w, p->text));
        prev_next = off + offsetof(pattern, next);
        w_set(w, prev_next, 0);
    }
    return first;
}

static uint64_t w_transforms(writer *w, const transform *t)
{
    uint64_t first = 0, prev_next = 0;
    for (; t && !w->oom; t = t->next) {
        uint64_t off = w_put(w, t, sizeof *t, 8);
        if (prev_next) {
            w_set(w, prev_next, off);
        } else {
            first = off;
        }
        w_set(w, off + offsetof(transform, file), w_str(w, t->file));
        w_set(w, off + offsetof(transform, text), w_str(w, t->text));
        prev_next = off + offsetof(transform, next);
        w_set(w, prev_next, 0);
    }
    return first;
}

static uint64_t w_heads(writer *w, pattern *const *heads, uint32_t n)
{
    uint64_t arr = w_array(w, heads, (size_t)n * sizeof *heads, 8);
    for (uint32_t i = 0; arr && i < n && !w->oom; i++) {
        w_set(w, arr + 8 * (uint64_t)i, heads[i] ? w_patterns(w, heads[i]) : 0);
    }
    return arr;
}

truce_status truce_kb_compile(const truce_kb *k, const char *info, truce_buf *out, truce_error *err)
{
    if (k->words.n + 1 != k->heads_cap) {
        err_set(err, TRUCE_EUSAGE, NULL, 0, 0, -1, "the knowledge base is not complete");
        return TRUCE_EUSAGE;
    }
    writer w = {0};
    img_header h = {0};
    w_put(&w, &h, sizeof h, 8);
    uint64_t K = w_put(&w, k, sizeof *k, 64);
    uint32_t n = k->heads_cap;
    if (!w.oom) {
        /* nothing of the writer's arena or tables' growth survives */
        kb *ko = (kb *)(void *)(w.b.p + K);
        memset(&ko->a, 0, sizeof ko->a);
        ko->words.a = NULL;
        ko->words.strs_cap = k->words.n + 1;
        ko->image = NULL;
    }
    /* the word table: strings first, then the array pointing at them */
    w_set(&w, K + offsetof(kb, words.slots),
          w_array(&w, k->words.slots, k->words.cap * sizeof *k->words.slots, 4));
    uint64_t strs = w_array(&w, k->words.strs, ((size_t)k->words.n + 1) * sizeof *k->words.strs, 8);
    w_set(&w, K + offsetof(kb, words.strs), strs);
    for (uint32_t id = 0; strs && id <= k->words.n && !w.oom; id++) {
        str s = k->words.strs[id];
        /* interned strings are NUL-terminated (arena_strndup); keep the NUL */
        w_set(&w, strs + id * sizeof(str) + offsetof(str, p), w_put(&w, s.p, (size_t)s.len + 1, 1));
    }
    w_trie(&w, K + offsetof(kb, actors), &k->actors);
    w_trie(&w, K + offsetof(kb, discards), &k->discards);
    w_trie(&w, K + offsetof(kb, issues), &k->issues);
    w_set(&w, K + offsetof(kb, vheads), w_heads(&w, k->vheads, n));
    w_set(&w, K + offsetof(kb, nheads), w_heads(&w, k->nheads, n));
    w_set(&w, K + offsetof(kb, head_flags), w_array(&w, k->head_flags, n, 1));
    w_set(&w, K + offsetof(kb, is_verb), w_array(&w, k->is_verb, n, 1));
    w_set(&w, K + offsetof(kb, wclass), w_array(&w, k->wclass, n * sizeof *k->wclass, 8));
    w_set(&w, K + offsetof(kb, vexc), w_array(&w, k->vexc, n * sizeof *k->vexc, 4));
    w_set(&w, K + offsetof(kb, nexc), w_array(&w, k->nexc, n * sizeof *k->nexc, 4));
    w_set(&w, K + offsetof(kb, cameo), w_array(&w, k->cameo, k->n_cameo * sizeof *k->cameo, 8));
    w_set(&w, K + offsetof(kb, modal), w_array(&w, k->modal, k->n_modal * sizeof *k->modal, 8));
    w_set(&w, K + offsetof(kb, transforms), w_transforms(&w, k->transforms));
    if (k->lex_line) {
        size_t lex_len = k->lex_line[k->n_lex];
        /* the lexicon's lines, with a NUL after the last */
        uint64_t data = w_put(&w, k->lex_data, lex_len, 1);
        w_put(&w, NULL, 1, 1);
        w_set(&w, K + offsetof(kb, lex_data), data);
        w_set(&w, K + offsetof(kb, lex_line),
              w_array(&w, k->lex_line, ((size_t)k->n_lex + 1) * sizeof *k->lex_line, 4));
    }
    h.info_off = w_str(&w, info ? info : "");
    h.reloc_off = w_put(&w, w.rel, w.n_rel * sizeof *w.rel, 8);
    h.n_relocs = w.n_rel;
    truce_status rc = TRUCE_OK;
    if (w.oom) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory writing the image");
        rc = TRUCE_ENOMEM;
    } else {
        memcpy(h.magic, IMG_MAGIC, sizeof IMG_MAGIC);
        h.version = IMG_VERSION;
        h.layout = TRUCE_KB_LAYOUT;
        h.size = w.b.len;
        h.kb_off = K;
        img_sizes(h.sizes);
        h.checksum = img_checksum((const uint8_t *)w.b.p + sizeof h, w.b.len - sizeof h);
        memcpy(w.b.p, &h, sizeof h);
        truce_buf_put(out, w.b.p, w.b.len);
        if (out->failed) {
            err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory writing the image");
            rc = TRUCE_ENOMEM;
        }
    }
    truce_buf_free(&w.b);
    free(w.rel);
    free(w.mkey);
    free(w.mval);
    return rc;
}

/* ---- opening ----------------------------------------------------------- */

bool truce_kb_is_image(const void *p, size_t len)
{
    return len >= sizeof IMG_MAGIC && memcmp(p, IMG_MAGIC, sizeof IMG_MAGIC) == 0;
}

/* Check the header (and, for a pristine image, the checksum) and relocate
 * the pointers to blob's address. Returns the kb inside the image. */
static kb *img_relocate(uint8_t *blob, size_t len, bool verify, const char *name, truce_error *err)
{
    img_header h;
    uint32_t sizes[6];
    img_sizes(sizes);
    if ((uintptr_t)blob % 8) {
        err_set(err, TRUCE_EUSAGE, name, 0, 0, -1, "a knowledge image must be 8-byte aligned in memory");
        return NULL;
    }
    if (len < sizeof h || !truce_kb_is_image(blob, len)) {
        err_set(err, TRUCE_EDATA, name, 0, 0, 0, "not a compiled knowledge image (expected \"TRUCEKB\" at byte 0)");
        return NULL;
    }
    memcpy(&h, blob, sizeof h);
    if (h.version != IMG_VERSION || h.layout != TRUCE_KB_LAYOUT || memcmp(h.sizes, sizes, sizeof sizes) != 0) {
        err_set(err, TRUCE_EDATA, name, 0, 0, 8,
                "compiled by another build of truce (format %u, layout %08x; this build reads format %u, layout %08x): "
                "compile it again with `truce dict compile`",
                h.version, h.layout, (unsigned)IMG_VERSION, (unsigned)TRUCE_KB_LAYOUT);
        return NULL;
    }
    if (h.size != len) {
        err_set(err, TRUCE_EDATA, name, 0, 0, (int64_t)len,
                "truncated or padded: the header says %llu bytes, found %zu",
                (unsigned long long)h.size, len);
        return NULL;
    }
    if (h.kb_off < sizeof h || h.kb_off > len - sizeof(kb) || h.kb_off % 8 ||
        h.reloc_off > len || h.n_relocs > (len - h.reloc_off) / 8 || h.reloc_off % 8 || h.info_off < sizeof h ||
        h.info_off >= len || !memchr(blob + h.info_off, 0, len - h.info_off)) {
        err_set(err, TRUCE_EDATA, name, 0, 0, 16, "damaged header");
        return NULL;
    }
    if (h.base == 0 && verify) {
        uint64_t sum = img_checksum(blob + sizeof h, len - sizeof h);
        if (sum != h.checksum) {
            err_set(err, TRUCE_EDATA, name, 0, 0, -1, "damaged: the checksum does not match the contents");
            return NULL;
        }
    }
    uint64_t base = (uint64_t)(uintptr_t)blob;
    if (h.base != base) {
        /* check every relocation before changing anything */
        const uint8_t *rel = blob + h.reloc_off;
        for (uint64_t i = 0; i < h.n_relocs; i++) {
            uint64_t f, v;
            memcpy(&f, rel + 8 * i, 8);
            if (f % 8 || f < sizeof h || f > len - 8 || (f >= h.reloc_off && f < h.reloc_off + 8 * h.n_relocs)) {
                err_set(err, TRUCE_EDATA, name, 0, 0, (int64_t)(h.reloc_off + 8 * i), "damaged relocation table");
                return NULL;
            }
            memcpy(&v, blob + f, 8);
            if (v - h.base >= len) {
                err_set(err, TRUCE_EDATA, name, 0, 0, (int64_t)f, "damaged: a pointer leads outside the image");
                return NULL;
            }
        }
        for (uint64_t i = 0; i < h.n_relocs; i++) {
            uint64_t f, v;
            memcpy(&f, rel + 8 * i, 8);
            memcpy(&v, blob + f, 8);
            v = v - h.base + base;
            memcpy(blob + f, &v, 8);
        }
        h.base = base;
        memcpy(blob, &h, sizeof h);
    }
    kb *k = (kb *)(void *)(blob + h.kb_off);
    if (!k->words.cap || (k->words.cap & (k->words.cap - 1)) || k->words.n >= k->words.cap ||
        k->heads_cap != k->words.n + 1 || !k->words.strs || !k->vheads || !k->nheads) {
        err_set(err, TRUCE_EDATA, name, 0, 0, (int64_t)h.kb_off, "damaged: the word table is inconsistent");
        return NULL;
    }
    return k;
}

static truce_kb *img_open(uint8_t *blob, size_t len, bool verify, const char *name, truce_error *err)
{
    const kb *in = img_relocate(blob, len, verify, name, err);
    if (!in) {
        return NULL;
    }
    kb *k = malloc(sizeof *k);
    if (!k) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return NULL;
    }
    memcpy(k, in, sizeof *k);
    memset(&k->a, 0, sizeof k->a);
    k->words.a = &k->a;
    k->image = blob;
    return k;
}

truce_kb *truce_kb_open_image(void *blob, size_t len, truce_error *err)
{
    return img_open(blob, len, true, "knowledge image", err);
}

const char *truce_kb_info(const truce_kb *k)
{
    if (!k->image) {
        return NULL;
    }
    img_header h;
    memcpy(&h, k->image, sizeof h);
    return (const char *)k->image + h.info_off;
}

/* The built-in knowledge's image, made at build time by tools/kbc (which
 * runs this same compiler over data/) and linked in by src/kbimage.c; it
 * is relocated in place once per process. */
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;
static truce_error builtin_err;
static const kb *builtin_kb;

static void builtin_relocate(void)
{
    size_t len;
    uint8_t *blob = truce_kb_image(&len);
    /* part of the program: no checksum to verify on each start */
    builtin_kb = img_relocate(blob, len, false, "built-in knowledge image", &builtin_err);
}

truce_kb *kb_open_builtin_image(truce_error *err)
{
    pthread_once(&builtin_once, builtin_relocate);
    if (!builtin_kb) {
        if (err) {
            *err = builtin_err;
        }
        return NULL;
    }
    size_t len;
    uint8_t *blob = truce_kb_image(&len);
    return img_open(blob, len, false, "built-in knowledge image", err);
}
