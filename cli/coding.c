/* coding.c — what codes a store's stories (see coding.h). */
#include "coding.h"

#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* TRUCE_BUILTIN_DIGEST: the SHA-256 of the built-in image, given by the
 * build (Makefile) */
#ifndef TRUCE_BUILTIN_DIGEST
#error "TRUCE_BUILTIN_DIGEST: the build gives the built-in image's SHA-256"
#endif

static uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

void coding_hash(const void *data, size_t len, char out[33])
{
    const unsigned char *p = data;
    uint64_t a = 0x9e3779b97f4a7c15ULL ^ (uint64_t)len, b = 0xc2b2ae3d27d4eb4fULL;
    size_t i = 0;
    for (; i + 16 <= len; i += 16) {
        uint64_t w0, w1;
        memcpy(&w0, p + i, 8);
        memcpy(&w1, p + i + 8, 8);
        a = rotl(a ^ (w0 * 0x87c37b91114253d5ULL), 31) * 0x4cf5ad432745937fULL;
        b = rotl(b ^ (w1 * 0x4cf5ad432745937fULL), 33) * 0x87c37b91114253d5ULL;
    }
    uint64_t t = 0;
    for (size_t k = 0; i + k < len; k++) {
        t |= (uint64_t)p[i + k] << (8 * (k & 7));
        if ((k & 7) == 7 || i + k + 1 == len) {
            a = rotl(a ^ mix(t + k), 27) * 0x52dce729ULL;
            t = 0;
        }
    }
    a = mix(a + b);
    b = mix(b ^ a);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}

static void append(char *buf, size_t cap, const char *fmt, const char *x, const char *y)
{
    size_t n = strlen(buf);
    if (n < cap) {
        snprintf(buf + n, cap - n, fmt, x, y);
    }
}

bool coding_of(store_coding *c, bool builtin, const char *const *dicts, size_t n_dicts, const void *gaz,
               size_t gaz_len, const truce_options *opt, const char **bad)
{
    memset(c, 0, sizeof *c);
    c->version = TRUCE_VERSION;
    /* the digest is over the parts' contents, in order; the parts text
     * names them for people */
    char all[4096] = "";
    if (builtin) {
        append(all, sizeof all, "builtin %s%s\n", TRUCE_BUILTIN_DIGEST, "");
        append(c->parts, sizeof c->parts, "%sbuilt-in %.12s", "", TRUCE_BUILTIN_DIGEST);
    }
    for (size_t i = 0; i < n_dicts; i++) {
        FILE *f = fopen(dicts[i], "rb");
        char *data = NULL;
        size_t len = 0;
        if (!f || !cli_read_all(f, &data, &len)) {
            int e = errno;
            if (f) {
                fclose(f);
            }
            *bad = dicts[i];
            errno = e;
            return false;
        }
        fclose(f);
        char h[33];
        coding_hash(data, len, h);
        free(data);
        append(all, sizeof all, "dict %s%s\n", h, "");
        append(c->parts, sizeof c->parts, "%sdict %s", c->parts[0] ? "; " : "", dicts[i]);
        append(c->parts, sizeof c->parts, " %.12s%s", h, "");
    }
    if (gaz) {
        char h[33];
        coding_hash(gaz, gaz_len, h);
        append(all, sizeof all, "gazetteer %s%s\n", h, "");
        append(c->parts, sizeof c->parts, "%sgazetteer %.12s", c->parts[0] ? "; " : "", h);
    } else {
        append(c->parts, sizeof c->parts, "%sno gazetteer%s", c->parts[0] ? "; " : "", "");
    }
    store_digest d;
    store_digest_of(all, strlen(all), &d);
    memcpy(c->knowledge, d.hex, sizeof c->knowledge);
    snprintf(c->options, sizeof c->options, "dedup=%s pairs=%s min-confidence=%g max-sentence-tokens=%u"
             " max-story-bytes=%zu", opt->dedup ? "on" : "off", opt->pairs_all ? "all" : "once", opt->min_confidence,
             opt->max_sentence_tokens, opt->max_story_len);
    return true;
}
