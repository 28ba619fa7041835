/* recode.h — `truce ingest --recode`: code the stored stories again with the
 * current knowledge, in place (recode.c). */
#ifndef TRUCE_RECODE_H
#define TRUCE_RECODE_H

#include "store.h"

/* Code again every story of db coded with other knowledge or options, in
 * batches (one transaction each; kill-safe, idempotent), with jobs
 * threads. The store's coding must be taken (store_use_coding with recode).
 * Messages name cmd and path; a summary on stderr unless quiet. Returns an
 * exit code. */
int recode_store(const char *cmd, store *db, const char *path, truce_kb *kb, const truce_options *opt, int jobs,
                 bool quiet);

#endif
