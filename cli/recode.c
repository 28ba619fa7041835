/* recode.c — `truce ingest --recode`: code the stored stories again with the
 * current knowledge and options, in place.
 *
 * The stories coded otherwise whose text is stored are read in batches of
 * 256, coded (by -j threads), and each batch replaces their events in one
 * transaction: their incidents are counted again from the events at
 * commit. Each story then names the current coding, so a re-code killed at
 * any moment leaves a consistent store, and running it again goes on where
 * it stopped; a finished re-code finds nothing to do (idempotent). Stories
 * stored without text (an input that could not be read) take the current
 * coding as they are.
 */
#include "recode.h"

#include "cli.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RECODE_BATCH 256

typedef struct {
    store_stale_story st;
    char *id;                /* its own copy of the story id (the store's is reused) */
    char date[11];
    truce_buf out, cols;
    size_t n;
    truce_status rc;
    truce_error err;
} rjob;

typedef struct {
    rjob *jobs;
    size_t n;
    int stride, first;
    truce_coder *coder;
} rwork;

static int recode_sink(void *user, const truce_event *ev)
{
    rjob *j = user;
    size_t at = j->out.len;
    truce_write_jsonl(&j->out, ev);
    if (j->out.len > at) {
        store_columns(&j->cols, ev, j->out.p + at, j->out.len - at - 1);
    }
    return 0;
}

static void code_one(truce_coder *coder, rjob *j)
{
    truce_story st;
    memset(&st, 0, sizeof st);
    st.id = j->st.story_id;
    st.id_len = j->st.story_id_len;
    st.text = j->st.text;
    st.text_len = j->st.text_len;
    st.date = TRUCE_NODAY;
    if (j->st.date) {
        truce_day_parse(j->st.date, strlen(j->st.date), &st.date);
    }
    st.date_from = j->st.date_from;
    st.body_offset = j->st.body_offset;
    if (j->st.dateline_start >= 0 && (size_t)j->st.dateline_start + j->st.dateline_len <= j->st.text_len) {
        st.dateline_place = j->st.text + j->st.dateline_start;
        st.dateline_place_len = j->st.dateline_len;
    }
    j->rc = truce_code_story(coder, &st, recode_sink, j, &j->n, &j->err);
}

static void *work(void *arg)
{
    rwork *w = arg;
    for (size_t i = (size_t)w->first; i < w->n; i += (size_t)w->stride) {
        code_one(w->coder, &w->jobs[i]);
    }
    return NULL;
}

/* Store a coded batch in one transaction. */
static bool store_batch(const char *cmd, store *db, const char *path, rjob *jobs, size_t n, size_t *n_events)
{
    if (!store_begin(db)) {
        cli_error(cmd, "%s: cannot start a transaction: %s", path, store_errmsg(db));
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        rjob *j = &jobs[i];
        bool ok = !j->out.failed && !j->cols.failed;
        if (ok && j->rc != TRUCE_OK) {
            ok = store_recoded(db, j->st.rowid, "error", 0, j->err.msg, j->err.offset >= 0 ? j->err.offset : -1);
        } else if (ok) {
            ok = store_recoded(db, j->st.rowid, j->n ? "ok" : "no_event", j->n, NULL, -1);
            const char *p = j->out.p, *end = j->out.p + j->out.len;
            const char *c = j->cols.p, *c_end = j->cols.p + j->cols.len;
            for (unsigned seq = 0; ok && p < end; seq++) {
                const char *nl = memchr(p, '\n', (size_t)(end - p));
                size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
                ok = store_add_event(db, j->st.rowid, seq, p, len, &c, c_end);
                p += len + 1;
            }
            *n_events += j->n;
        }
        if (!ok) {
            cli_error(cmd, "%s: cannot store story %.*s coded again: %s", path, (int)j->st.story_id_len,
                      j->st.story_id, j->out.failed || j->cols.failed ? "out of memory" : store_errmsg(db));
            store_rollback(db);
            return false;
        }
    }
    if (!store_commit(db)) {
        cli_error(cmd, "%s: cannot commit: %s", path, store_errmsg(db));
        store_rollback(db);
        return false;
    }
    return true;
}

int recode_store(const char *cmd, store *db, const char *path, truce_kb *kb, const truce_options *opt, int jobs,
                 bool quiet)
{
    if (jobs < 1) {
        jobs = 1;
    }
    if (jobs > 64) {
        jobs = 64;
    }
    long total = store_stale_count(db);
    if (total < 0 || !store_begin(db) || store_settle_textless(db) < 0 || !store_commit(db)) {
        cli_error(cmd, "%s: cannot read the stories to code again: %s", path, store_errmsg(db));
        store_rollback(db);
        return EXIT_INTERNAL;
    }
    truce_coder *coders[64] = {0};
    rjob *batch = calloc(RECODE_BATCH, sizeof *batch);
    int rc = EXIT_OK;
    for (int t = 0; t < jobs; t++) {
        coders[t] = truce_coder_new(kb, opt);
        if (!coders[t]) {
            rc = EXIT_INTERNAL;
        }
    }
    if (!batch || rc != EXIT_OK) {
        cli_error(cmd, "out of memory");
        rc = EXIT_INTERNAL;
        goto done;
    }
    int64_t after = 0;
    size_t n_stories = 0, n_events = 0;
    for (;;) {
        size_t n = 0;
        int got = 0;
        while (n < RECODE_BATCH && (got = store_stale_next(db, after, &batch[n].st)) == 1) {
            rjob *j = &batch[n];
            after = j->st.rowid;
            j->id = malloc(j->st.story_id_len + 1);
            if (!j->id) {
                free(j->st.text);
                got = -1;
                break;
            }
            memcpy(j->id, j->st.story_id, j->st.story_id_len + 1);
            j->st.story_id = j->id;
            if (j->st.date) {
                snprintf(j->date, sizeof j->date, "%s", j->st.date);
                j->st.date = j->date;
            }
            n++;
        }
        if (got < 0) {
            if (got == -2) {
                cli_error(cmd, "%s: story %s: its stored text does not decompress ('truce db check %s')", path,
                          batch[n].st.story_id, path);
            } else {
                cli_error(cmd, "%s: cannot read the stories to code again: %s", path, store_errmsg(db));
            }
            rc = got == -2 ? EXIT_INPUT : EXIT_INTERNAL;
        }
        if (n && rc == EXIT_OK) {
            pthread_t tid[64];
            rwork w[64];
            int started = 0;
            for (int t = 1; t < jobs; t++) {
                w[t] = (rwork){batch, n, jobs, t, coders[t]};
                if (pthread_create(&tid[t], NULL, work, &w[t]) != 0) {
                    break;
                }
                started = t;
            }
            /* this thread codes its share, and the shares of threads that
             * could not start */
            for (size_t i = 0; i < n; i++) {
                if ((int)(i % (size_t)jobs) == 0 || (int)(i % (size_t)jobs) > started) {
                    code_one(coders[0], &batch[i]);
                }
            }
            for (int t = 1; t <= started; t++) {
                pthread_join(tid[t], NULL);
            }
            if (!store_batch(cmd, db, path, batch, n, &n_events)) {
                rc = EXIT_INTERNAL;
            }
            n_stories += n;
        }
        for (size_t i = 0; i < n; i++) {
            free(batch[i].st.text);
            free(batch[i].id);
            truce_buf_free(&batch[i].out);
            truce_buf_free(&batch[i].cols);
            memset(&batch[i], 0, sizeof batch[i]);
        }
        if (n < RECODE_BATCH || rc != EXIT_OK) {
            break;
        }
    }
    if (rc == EXIT_OK && !quiet) {
        fprintf(stderr, "truce %s: %zu stored stories coded again with this knowledge (%zu events)%s\n", cmd,
                n_stories, n_events, total == 0 ? ": none was coded otherwise" : "");
    }
done:
    for (int t = 0; t < jobs; t++) {
        truce_coder_free(coders[t]);
    }
    free(batch);
    return rc;
}
