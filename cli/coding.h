/* coding.h — what codes a store's stories (store_coding): the truce
 * version, a digest of the knowledge — the built-in image (its SHA-256,
 * taken when the build made it), every --dict file and the gazetteer —
 * and the options that change events. `truce ingest` records it in the
 * store and refuses a store coded otherwise unless --recode. */
#ifndef TRUCE_CODING_H
#define TRUCE_CODING_H

#include "store.h"

/* Describe the coding of a run: builtin (the built-in knowledge is
 * loaded), the --dict files (read again for their digest), the gazetteer's
 * bytes (NULL: none), the options. false (errno set, *bad the file) when a
 * dictionary cannot be read. */
bool coding_of(store_coding *c, bool builtin, const char *const *dicts, size_t n_dicts, const void *gaz,
               size_t gaz_len, const truce_options *opt, const char **bad);

/* A 128-bit digest of len bytes as 32 hex digits and a NUL (not
 * cryptographic: it tells one version of a file from another, at memory
 * speed, which matters for the 28 MB gazetteer read at every ingest). */
void coding_hash(const void *data, size_t len, char out[33]);

#endif
