/* progress.h — a progress line on stderr for long runs.
 *
 * `truce code`, `truce ingest` and `truce report` call it as they go; it
 * draws one line, rewritten in place at most four times a second, only
 * when stderr is a terminal (never into a log or a pipe) and the run is
 * not quiet (-q):
 *
 *   truce ingest: 12,416 stories, 38.2 MB, 2,903 stories/s, 0:04, ETA 0:09 (31 %)
 *
 * The ETA is given when the inputs' size is known (regular files and
 * directories of them; not standard input). At the end the line is
 * replaced by the run's totals and a newline. Not thread-safe: one
 * thread (the one that reports) calls it.
 */
#ifndef TRUCE_PROGRESS_H
#define TRUCE_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    bool on;               /* drawing: stderr is a terminal, not quiet */
    const char *cmd;       /* "code", "ingest", "report" */
    double t0, last;       /* monotonic seconds: start, last drawn */
    uint64_t total;        /* bytes of the inputs, when known */
    bool size_unknown;     /* an input of unknown size (stdin, a pipe) */
    uint64_t items, bytes; /* as last given */
    bool drawn;            /* a line is on the terminal */
    bool paused;           /* cleared for other messages: redraw at the next update */
} progress;

/* Start; on only when stderr is a terminal and !quiet. */
void progress_start(progress *p, const char *cmd, bool quiet);
/* Count an input's bytes into the total: a regular file's size, a
 * directory's files (recursively); "-" or anything else makes the total
 * unknown (no ETA). */
void progress_input(progress *p, const char *path);
/* Stories (or items) and input bytes done so far; redraws when a quarter
 * of a second has passed since the last drawing. */
void progress_update(progress *p, uint64_t items, uint64_t bytes);
/* Clear the line (if drawn) so that messages can be written to stderr;
 * the next update draws it again. */
void progress_pause(progress *p);
/* A step of a run without a byte count (`truce report`): "what" is
 * drawn with the step's number of n (redrawn at once). */
void progress_step(progress *p, const char *what, unsigned step, unsigned n);
/* End: the totals and a newline, if on. */
void progress_end(progress *p);

#endif
