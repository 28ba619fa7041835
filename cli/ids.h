/* ids.h — the story ids of one run of truce code/ingest/split.
 *
 * Two stories of one run with the same id would give events that cannot
 * be told apart (the same GDELT GLOBALEVENTID, the same PLOVER id, one
 * story in the store). The CLI claims each story's id here, in input
 * order, and renames or refuses a story whose id was taken. Single
 * threaded: the reporting thread owns it.
 */
#ifndef TRUCE_CLI_IDS_H
#define TRUCE_CLI_IDS_H

#include <stddef.h>

typedef struct ids ids;

/* Where a story was read: its input's name (as the user typed it) and
 * line (0 for a text file). */
typedef struct {
    const char *where;
    unsigned line;
} ids_place;

/* An empty set, or NULL when out of memory. ids_free(NULL) does nothing. */
ids *ids_new(void);
void ids_free(ids *s);

/* Claim the id (len bytes) for the story read at `at`: 1 if it was free
 * (now taken), 0 if another story took it (*first says where that one
 * was read; its name lives as long as s), -1 when out of memory. */
int ids_claim(ids *s, const char *id, size_t len, ids_place at, ids_place *first);

/* The first free id of the form "ID#k" (k = 2, 3, ...), claimed for the
 * story read at `at`; malloc'd (the caller frees it), NULL when out of
 * memory. A later story that is really called "ID#2" is then renamed in
 * its turn, so ids stay unique and depend only on the input order. */
char *ids_rename(ids *s, const char *id, size_t len, ids_place at);

#endif
