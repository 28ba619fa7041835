/* cmd_code.c — `truce code`: stories in, events out.
 *
 * Reads files, directories (recursively, in byte order of names) or stdin;
 * detects JSON Lines (.jsonl/.ndjson/.json, or text starting with '{') or a
 * plain-text wire story; codes each story; writes JSON Lines or TSV to
 * stdout. Every story read is accounted for: with --status a status record
 * follows each story's events, and the summary on stderr counts stories
 * read, with events, with none, and with errors. A bad story never stops
 * the others; the exit code is 1 if any story or input had an error.
 */
#include "cli.h"
#include "ids.h"
#include "read_csv.h"
#include "read_xml.h"
#include "store.h"
#include "truce.h"

#include <dirent.h>
#include <stdarg.h>
#include <pthread.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    const char *dicts[64];  /* --dict FILE */
    size_t n_dicts;
    bool no_builtin;        /* --no-builtin: only the --dict dictionaries */
    const char *gazetteer;  /* --gazetteer, or NULL for the default; "" = none */
    const char *format;     /* jsonl, tsv, csv, plover, phoenix or gdelt */
    truce_day date;
    bool status;
    const char *status_file; /* --status-file */
    /* --csv-text COL (and --csv-id, --csv-date): every input is a CSV
     * table with a story per row; a column by header name or number */
    const char *csv_text, *csv_id, *csv_date;
    char csv_sep;            /* --csv-sep, or 0: TAB for .tsv names, else ',' */
    bool csv_no_header;      /* --csv-no-header: columns by number only */
    bool quiet;
    truce_options opt;
} code_opts;

/* One story waiting in a batch: its own copy of the input, and its
 * results once a worker has coded it. */
typedef struct {
    truce_story st;          /* views into mem */
    char *mem;               /* owned copy of the story's bytes */
    const char *where;       /* input name (owned by the run's name list) */
    unsigned line;           /* JSON Lines line number, or 0 for a text file */
    size_t text_base;        /* offset of the text in mem (text files) */
    size_t mem_len;
    truce_buf out;
    truce_status rc;
    truce_error err;
    size_t n;
    const char *format;
    int kind;                /* JOB_* */
    char *line_msg;          /* JOB_PARSE_ERROR, JOB_MESSAGE: the stderr line */
    char *where_copy;        /* owned copy of where */
    char *id_copy;           /* owned copy of a JSON story's id */
    truce_day default_date;  /* JOB_JSON: --date */
    long long offset;        /* JOB_PARSE_ERROR: byte offset for the status record */
    bool want_digest;        /* ingest: digest the input bytes, keep title/source/url */
    store_digest digest;     /* SHA-256 of the story's input bytes */
    char *meta_copy;         /* ingest: owned copy of a JSON story's title, source, url */
    truce_buf cols;          /* ingest: the events' columns for the store */
    truce_plover *plover;    /* --format plover: the worker's record writer */
    uint32_t phx_sentence, phx_seq;  /* --format phoenix: the last event's sentence, its number */
    size_t n_skipped, first_skipped; /* sentences over --max-sentence-tokens, the first's offset */
    uint32_t n_written;      /* --format gdelt: events written for this story */
    bool from_json;          /* read from a JSON Lines record (j->mem holds it) */
    char *force_id;          /* the id the run gave it in place of a taken one (owned) */
} job;

enum { JOB_STORY, JOB_PARSE_ERROR, JOB_MESSAGE, JOB_JSON };

typedef struct {
    truce_kb *kb;
    truce_coder *coder;
    truce_coder **workers;   /* one coder per thread (workers[0] == coder) */
    truce_jsonl **readers;   /* one JSON reader per thread */
    truce_plover **plovers;  /* --format plover: one record writer per thread */
    /* -j N > 1: N worker threads code one batch while this thread reads
     * the next and reports the one before, in input order */
    job *spare;              /* the other batch buffer */
    job *inflight;           /* the batch the workers are coding */
    size_t inflight_n, next, done;
    bool quit;
    pthread_t tid[64];
    int n_threads;
    pthread_mutex_t lock;
    pthread_cond_t work_cv, done_cv;
    bool sync_ready;         /* lock and conditions initialised */
    int jobs;                /* -j */
    job *batch;
    size_t n_batch, batch_bytes;
    truce_jsonl *jr;
    code_opts o;
    truce_buf out;
    size_t n_read, n_events_total, n_with, n_none, n_err;
    bool split;             /* `truce split`: sentences, not events */
    const char *cmd;
    store *db;              /* `truce ingest`: the store, else NULL */
    const char *db_path;
    bool db_failed;         /* a batch could not be stored: stop reading */
    size_t n_new, n_known;  /* ingest: stories added, stories already stored */
    size_t n_retried;       /* ingest: stories stored with an error, tried again */
    const char *cur_name;   /* the input being read, for queued errors */
    FILE *status_out;       /* status records: NULL for stdout, else stderr or --status-file */
    size_t root_len;        /* the input being read is below a directory named "DIR/": its length */
    long long base_off;     /* bytes skipped at the start of the input (a byte-order mark) */
    ids *ids;               /* the story ids of the run so far */
    bool dup_refuse;        /* --duplicate-ids refuse */
    size_t n_renamed;       /* stories whose id was taken, coded under a new one */
    size_t n_undated;       /* stories coded without a date */
    /* the reporting thread's own coder (and readers) for a story coded
     * again under a new id; made when first needed */
    truce_coder *re_coder;
    truce_jsonl *re_reader;
    truce_plover *re_plover;
} run;

static void help(FILE *f)
{
    fprintf(f,
        "usage: truce code [options] [FILE|DIR|-]...\n"
        "\n"
        "Code English news stories into political events: CAMEO code, Goldstein\n"
        "score, QuadClass and PLOVER type, source and target actors, the event's\n"
        "own date, and the sentence and byte span that prove it.\n"
        "\n"
        "Input (auto-detected per file; stdin when no FILE is given):\n"
        "  plain-text wire story   headline, optional standfirst, dateline such as\n"
        "                          'YEREVAN, May 6./TASS/.' or 'WASHINGTON (Reuters) -';\n"
        "                          its id is the file name without extension (below a\n"
        "                          DIR: the path relative to DIR, e.g. a/story)\n"
        "  JSON Lines              one object per line: id, date (YYYY-MM-DD), text,\n"
        "                          optional title, source, url\n"
        "  PETRARCH XML            <Sentence id date source><Text>: each sentence a story\n"
        "  CSV tables              with --csv-text: a story per row\n"
        "  directories             every file below them, in name order\n"
        "\n"
        "Options:\n"
        "  --format FORMAT         jsonl (default): one object per event, one event per\n"
        "                          (source, target) pair, as CAMEO coders write them;\n"
        "                          tsv: the same as tab-separated columns with a header;\n"
        "                          csv: the same as CSV (RFC 4180) with a header;\n"
        "                          plover: PLOVER records, one per act, with lists of\n"
        "                          actors and recipients (everyone an actor in a joint\n"
        "                          act), event, mode, quad_code, event_loc, text_info;\n"
        "                          phoenix: the Phoenix dataset's 26 tab-separated columns;\n"
        "                          gdelt: GDELT 2.0 Events records, 61 tab-separated\n"
        "                          columns, no header (places with FIPS 10-4 codes)\n"
        "  --date YYYY-MM-DD       story date where the input gives none (a story without\n"
        "                          one is reported on stderr and counted)\n"
        "  --status                after each story, a status record:\n"
        "                          {\"story_id\",\"status\":\"ok|no_event|error\",\"events\",\"error\",\"offset\"}\n"
        "                          on stdout for jsonl and plover, on stderr for the tables\n"
        "                          (tsv, csv, gdelt, phoenix), so it cannot break them\n"
        "  --status-file FILE      write the status records to FILE instead\n"
        "  --duplicate-ids MODE    a story whose id an earlier story of the run has:\n"
        "                          rename (default: coded as ID#2, said on stderr) or\n"
        "                          refuse (an error, not coded)\n"
        "  --csv-text COL          read every input as a CSV table with a story per row,\n"
        "                          its text in column COL (a header name or a number)\n"
        "  --csv-id COL            the row's story id (default FILE:LINE)\n"
        "  --csv-date COL          the row's date: YYYY-MM-DD, YYYYMMDD, 'D Month YYYY'\n"
        "  --csv-sep CHAR          the field separator (default ',', TAB for .tsv; 'tab')\n"
        "  --csv-no-header         the first row is a story; columns are numbers\n"
        "  --no-dedup              keep repeats of (date, source, target, code) in a story\n"
        "  -j, --jobs N            code with N threads (output identical to -j 1)\n"
        "  --dict FILE             also use a dictionary in the PETRARCH/TABARI formats\n"
        "                          (actors, agents, discards, verbs) or a TABARI .project\n"
        "                          naming them; repeatable. Or one compiled image (truce\n"
        "                          dict compile), which holds all the knowledge there is\n"
        "  --no-builtin            use only the --dict dictionaries\n"
        "  --gazetteer PATH        the gazetteer for places and coordinates (default:\n"
        "                          $TRUCE_GAZETTEER, $TRUCE_DATA/gazetteer.bin, else beside\n"
        "                          truce or where 'make install' put it; a missing one is\n"
        "                          an error)\n"
        "  --no-gazetteer          code without the gazetteer: no coordinates\n"
        "  --explain               on stderr, why each sentence gave its events: the actors\n"
        "                          found, the verbs considered, the pattern that fired or why none\n"
        "  --pairs all             compound actors: every ordered pair (default: each pair once)\n"
        "  --max-story-bytes N     skip (with an error record) stories longer than N bytes\n"
        "                          (default 10485760; 0 = no limit)\n"
        "  --max-sentence-tokens N do not code sentences longer than N tokens (a story\n"
        "                          with such sentences gets a warning on stderr)\n"
        "  --min-confidence X      leave out events whose confidence is below X (0-1;\n"
        "                          default 0, every event)\n"
        "  -q, --quiet             no summary on stderr\n"
        "  -h, --help              this help\n"
        "\n"
        "Output (JSON Lines): event_id, story_id, sentence, date, date_source\n"
        "(text|story|none), date_precision (day|week|month|year), source,\n"
        "source_country, target, target_country, code, root,\n"
        "quad_class, goldstein, plover, location, text, span, pattern, historical,\n"
        "confidence.\n"
        "Exit status: 0 ok, 1 some input had errors, 2 usage, 3 internal error.\n"
        "More: man truce (or man ./truce.1 in the source tree).\n");
}

static void split_help(FILE *f)
{
    fprintf(f,
        "usage: truce split [options] [FILE|DIR|-]...\n"
        "\n"
        "Show how truce reads stories: one record per story (id, date and where it\n"
        "came from, headline, dateline place, where the body starts), then one per\n"
        "sentence (index, paragraph, byte span, text). Takes the input options of\n"
        "'truce code' (--date, --max-story-bytes, --duplicate-ids, --csv-text,\n"
        "--csv-id, --csv-date, --csv-sep, --csv-no-header, -q).\n");
}

static void ingest_help(FILE *f)
{
    fprintf(f,
        "usage: truce ingest [options] DB FILE|DIR|-...\n"
        "\n"
        "Code stories like 'truce code' and keep them in the SQLite database DB\n"
        "(created if missing): every story read, with its status (ok, no_event,\n"
        "error and the error's message and byte offset), and every event as the\n"
        "JSON object 'truce code' writes, with columns over it for queries.\n"
        "\n"
        "A story is known by its id and the SHA-256 of its input bytes: ingesting\n"
        "the same input again adds nothing (a story stored with an error is tried\n"
        "again). Each batch of stories is one transaction, so an ingest killed at\n"
        "any moment leaves a consistent database; run it again to go on.\n"
        "Give the input (- for standard input): without one, ingest is a usage error.\n"
        "\n"
        "Options: those of 'truce code' (--dict, --date, -j, --gazetteer, --pairs,\n"
        "--max-story-bytes, --max-sentence-tokens, --duplicate-ids, --csv-text,\n"
        "--csv-id, --csv-date, --csv-sep, --csv-no-header, -q) and --status (also\n"
        "print the status records on stdout) or --status-file FILE.\n"
        "\n"
        "Tables: stories (story_id, digest, input, line, date, title, source, url,\n"
        "status, events, error, offset, ingested_at) and events (story, seq, json,\n"
        "and date, source, source_country, target, target_country, code, root,\n"
        "quad_class, goldstein, plover, location_name, location_country, lat, lon).\n"
        "'truce db check DB' checks a store; 'truce db export DB' prints its events.\n"
        "Exit: 0 all stored, 1 some story had an error, 2 usage, 3 the database failed.\n");
}

static void explain_line(void *user, const char *line)
{
    (void)user;
    fprintf(stderr, "%s\n", line);
}

static int sink(void *user, const truce_event *ev)
{
    job *j = user;
    if (j->want_digest) {
        store_columns(&j->cols, ev);   /* ingest: the store's columns too */
    }
    if (strcmp(j->format, "tsv") == 0) {
        truce_write_tsv(&j->out, ev);
    } else if (strcmp(j->format, "csv") == 0) {
        truce_write_csv(&j->out, ev);
    } else if (strcmp(j->format, "gdelt") == 0) {
        /* GLOBALEVENTIDs hash the event's number within its story: the
         * job is one story, so they do not depend on -j */
        truce_write_gdelt(&j->out, ev, ++j->n_written, &j->st);
    } else if (strcmp(j->format, "phoenix") == 0) {
        /* EventIDs count the events of a sentence */
        j->phx_seq = ev->sentence == j->phx_sentence ? j->phx_seq + 1 : 1;
        j->phx_sentence = ev->sentence;
        truce_write_phoenix(&j->out, ev, j->phx_seq, j->st.url, j->st.url_len, j->st.source,
                            j->st.source_len);
    } else if (j->plover) {
        truce_plover_add(j->plover, &j->out, ev);
    } else {
        truce_write_jsonl(&j->out, ev);
    }
    return 0;
}

static void flush(run *r)
{
    if (r->out.len) {
        fwrite(r->out.p, 1, r->out.len, stdout);
        r->out.len = 0;
    }
}

/* JSON string for status records (ids and messages are short). */
static void put_json_str(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            fputc('\\', f);
            fputc(c, f);
        } else if (c < 0x20) {
            fprintf(f, "\\u%04x", c);
        } else {
            fputc(c, f);
        }
    }
    fputc('"', f);
}

/* A story's status record: on stdout after its events (JSON Lines and
 * PLOVER output, ingest --status), on stderr beside a table, whose loaders
 * a JSON line would break (tsv, csv, gdelt, phoenix), or in the
 * --status-file. */
static void status_record(run *r, const char *id, size_t id_len, const char *status,
                          size_t events, const char *error, long long offset)
{
    if (!r->o.status) {
        return;
    }
    FILE *f = r->status_out ? r->status_out : stdout;
    if (f == stdout) {
        flush(r);
    }
    fputs("{\"story_id\":", f);
    put_json_str(f, id, id_len);
    fprintf(f, ",\"status\":\"%s\",\"events\":%zu,\"error\":", status, events);
    if (error) {
        put_json_str(f, error, strlen(error));
    } else {
        fputs("null", f);
    }
    if (offset >= 0) {
        fprintf(f, ",\"offset\":%lld}\n", offset);
    } else {
        fputs(",\"offset\":null}\n", f);
    }
}

/* Line and column (1-based) of byte offset off in buf. */
static void line_col(const char *buf, size_t len, size_t off, unsigned *line, unsigned *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off && i < len; i++) {
        if (buf[i] == '\n') {
            (*line)++;
            *col = 1;
        } else {
            (*col)++;
        }
    }
}

typedef struct {
    run *r;
    const truce_story *st;
} split_ctx;

static int sentence_sink(void *user, const truce_sentence *s)
{
    split_ctx *x = user;
    printf("{\"sentence\":%u,\"paragraph\":%u,\"span\":[%zu,%zu],\"text\":", s->index,
           s->paragraph, s->start, s->end);
    put_json_str(stdout, x->st->text + s->start, s->end - s->start);
    fputs("}\n", stdout);
    return 0;
}

static void split_header(const truce_story *st)
{
    static const char *const from[] = {"none", "input", "dateline", "option"};
    char d[11] = "";
    fputs("{\"story_id\":", stdout);
    put_json_str(stdout, st->id, st->id_len);
    if (st->date != TRUCE_NODAY) {
        truce_day_format(st->date, d);
        printf(",\"date\":\"%s\"", d);
    } else {
        fputs(",\"date\":null", stdout);
    }
    printf(",\"date_from\":\"%s\",\"title\":", from[st->date_from & 3]);
    if (st->title) {
        put_json_str(stdout, st->title, st->title_len);
    } else {
        fputs("null", stdout);
    }
    fputs(",\"dateline\":", stdout);
    if (st->dateline_place_len) {
        put_json_str(stdout, st->dateline_place, st->dateline_place_len);
    } else {
        fputs("null", stdout);
    }
    printf(",\"body_offset\":%zu}\n", st->body_offset);
}

/* `truce ingest`: store one story read (coded, or with an error) and its
 * events, inside the batch's transaction. A story the store has already
 * (same id, same input bytes) adds nothing. */
static void store_job(run *r, job *j, const char *status, const char *error, long long offset)
{
    if (!r->db || r->db_failed) {
        return;
    }
    const truce_story *st = &j->st;
    if (!j->want_digest) {
        /* an input error found while reading (no bytes of a story to
         * digest): known by its id and message */
        size_t n = st->id_len + strlen(j->err.msg) + 1;
        char *k = malloc(n + 1);
        if (!k) {
            r->db_failed = true;
            cli_error(r->cmd, "%s: out of memory", r->db_path);
            return;
        }
        snprintf(k, n + 1, "%.*s\n%s", (int)st->id_len, st->id, j->err.msg);
        store_digest_of(k, n, &j->digest);
        free(k);
    }
    char date[11];
    if (st->date != TRUCE_NODAY && j->kind == JOB_STORY) {
        truce_day_format(st->date, date);
    }
    store_story rec = {
        .story_id = st->id, .story_id_len = st->id_len, .digest = &j->digest,
        .input = strcmp(j->where, "-") == 0 ? "stdin" : j->where, .line = j->line,
        .date = st->date != TRUCE_NODAY && j->kind == JOB_STORY ? date : NULL,
        .title = j->kind == JOB_STORY ? st->title : NULL, .title_len = st->title_len,
        .source = j->kind == JOB_STORY ? st->source : NULL, .source_len = st->source_len,
        .url = j->kind == JOB_STORY ? st->url : NULL, .url_len = st->url_len,
        .status = status, .events = j->kind == JOB_STORY && j->rc == TRUCE_OK ? j->n : 0,
        .error = error, .offset = offset,
    };
    int64_t id;
    int added = store_add_story(r->db, &rec, &id);
    if (added > 0) {
        const char *p = j->out.p, *end = j->out.p + j->out.len;
        const char *c = j->cols.p, *c_end = j->cols.p + j->cols.len;
        unsigned seq = 0;
        while (rec.events && p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
            if (!store_add_event(r->db, id, seq++, p, len, &c, c_end)) {
                added = -1;
                break;
            }
            p += len + 1;
        }
    }
    if (added < 0) {
        cli_error(r->cmd, "%s: cannot store story %.*s: %s", r->db_path, (int)st->id_len, st->id,
                  store_errmsg(r->db));
        r->db_failed = true;
    } else if (added == 2) {
        r->n_retried++;
    } else if (added) {
        r->n_new++;
    } else {
        r->n_known++;
    }
}

static void code_job(truce_coder *coder, truce_jsonl *reader, truce_plover *plover, job *j);

/* Whether a story has text to code (an empty one needs no date). Only the
 * length is read: a JSON story's text pointer is stale by report time. */
static bool has_text(const truce_story *st)
{
    return st->text_len > 0;
}

/* "FILE:LINE" (or "FILE" for a text file) of a place a story was read. */
static void place_str(ids_place p, char *out, size_t cap)
{
    const char *w = strcmp(p.where, "-") == 0 ? "stdin" : p.where;
    if (p.line) {
        snprintf(out, cap, "%s:%u", w, p.line);
    } else {
        snprintf(out, cap, "%s", w);
    }
}

/* Code a story again under the id the run gave it, with the reporting
 * thread's own coder: the events carry the id (and GDELT's and PLOVER's
 * event ids derive from it). Takes new_id. */
static void recode(run *r, job *j, char *new_id)
{
    free(j->force_id);
    j->force_id = new_id;
    j->out.len = 0;
    j->cols.len = 0;
    j->n = 0;
    j->n_written = 0;
    j->phx_sentence = j->phx_seq = 0;
    j->rc = TRUCE_OK;
    memset(&j->err, 0, sizeof j->err);
    if (j->from_json) {
        /* parsed again from its line: the worker's reader has moved on */
        j->kind = JOB_JSON;
        free(j->id_copy);
        free(j->meta_copy);
        j->id_copy = j->meta_copy = NULL;
    } else {
        j->st.id = new_id;
        j->st.id_len = strlen(new_id);
    }
    if (!r->re_coder) {
        r->re_coder = truce_coder_new(r->kb, &r->o.opt);
        r->re_reader = truce_jsonl_new();
        r->re_plover = r->plovers ? truce_plover_new() : NULL;
    }
    if (!r->re_coder || !r->re_reader || (r->plovers && !r->re_plover)) {
        j->kind = JOB_STORY;
        j->rc = TRUCE_ENOMEM;
        snprintf(j->err.msg, sizeof j->err.msg, "out of memory coding it again under its new id");
        j->err.offset = -1;
        j->out.len = j->cols.len = 0;
        return;
    }
    code_job(r->re_coder, r->re_reader, r->re_plover, j);
}

/* Claim the story's id for the run, in input order (so the outcome is the
 * same for any -j). A story whose id an earlier story of the run has is
 * coded again as ID#2 (ID#3, ...) and said so, or, with --duplicate-ids
 * refuse, becomes an error and gives no events. */
static void claim_id(run *r, job *j)
{
    ids_place first, at = {j->where, j->line};
    int c = ids_claim(r->ids, j->st.id, j->st.id_len, at, &first);
    if (c != 0) {
        if (c < 0) {
            cli_error(r->cmd, "out of memory keeping the story ids");
        }
        return;
    }
    char here[300], there[300];
    place_str(at, here, sizeof here);
    place_str(first, there, sizeof there);
    if (r->dup_refuse && j->kind == JOB_STORY) {
        j->rc = TRUCE_EINPUT;
        snprintf(j->err.msg, sizeof j->err.msg, "duplicate story id, taken by the story at %.120s; not coded"
                 " (--duplicate-ids refuse)", there);
        j->err.offset = -1;
        j->out.len = j->cols.len = 0;
        j->n = 0;
        return;
    }
    char *nid = ids_rename(r->ids, j->st.id, j->st.id_len, at);
    if (!nid) {
        cli_error(r->cmd, "out of memory keeping the story ids");
        return;
    }
    r->n_renamed++;
    cli_error(r->cmd, "%s: story %.*s: id taken by the story at %s; %s as %s%s", here, (int)j->st.id_len,
              j->st.id, there, j->kind == JOB_STORY ? "coded" : "reported", nid,
              r->dup_refuse ? "" : " (--duplicate-ids refuse refuses such stories)");
    if (j->kind == JOB_STORY) {
        recode(r, j, nid);
    } else {
        free(j->force_id);
        j->force_id = nid;
        j->st.id = nid;
        j->st.id_len = strlen(nid);
    }
}

/* Report one coded story, in input order: its events, its error or
 * status record, the counts. */
static void report(run *r, job *j)
{
    const truce_story *st = &j->st;
    if (j->kind == JOB_STORY || j->kind == JOB_PARSE_ERROR) {
        claim_id(r, j);
    }
    if (j->kind != JOB_STORY) {
        fprintf(stderr, "truce %s: %s\n", r->cmd, j->line_msg ? j->line_msg : "out of memory");
        r->n_err++;
        if (j->kind == JOB_PARSE_ERROR) {
            r->n_read++;
            status_record(r, st->id, st->id_len, "error", 0, j->err.msg, j->offset);
            store_job(r, j, "error", j->err.msg, j->offset);
        }
        return;
    }
    if (j->out.failed || j->cols.failed) {
        j->rc = TRUCE_ENOMEM;
        snprintf(j->err.msg, sizeof j->err.msg, "out of memory writing its events");
        j->err.offset = -1;
    } else if (j->out.len && !r->db) {
        fwrite(j->out.p, 1, j->out.len, stdout);
    }
    r->n_read++;
    if (j->rc != TRUCE_OK) {
        r->n_err++;
        long long off = j->err.offset >= 0 ? j->err.offset : -1;
        if (off < 0) {
            /* not at a place in its text (a taken id, memory) */
            if (j->line) {
                cli_error(r->cmd, "%s:%u: story %.*s: %s", j->where, j->line, (int)st->id_len, st->id, j->err.msg);
            } else {
                cli_error(r->cmd, "%s: story %.*s: %s", j->where, (int)st->id_len, st->id, j->err.msg);
            }
        } else if (j->line) {
            cli_error(r->cmd, "%s:%u: story %.*s: %s (byte %lld of its text)", j->where, j->line,
                      (int)st->id_len, st->id, j->err.msg, off);
        } else {
            unsigned l = 0, c = 0;
            if (off >= 0) {
                line_col(j->mem, j->mem_len, j->text_base + (size_t)off, &l, &c);
            }
            cli_error(r->cmd, "%s:%u:%u: %s (byte %lld)", j->where, l, c, j->err.msg, off);
        }
        status_record(r, st->id, st->id_len, "error", 0, j->err.msg, off);
        store_job(r, j, "error", j->err.msg, off);
        return;
    }
    if (j->n_skipped) {
        /* what the limit left out is said, never silently dropped */
        if (j->line) {
            cli_error(r->cmd, "%s:%u: story %.*s: %zu sentence%s over --max-sentence-tokens %u not coded"
                      " (the first at byte %zu of its text)", j->where, j->line, (int)st->id_len, st->id,
                      j->n_skipped, j->n_skipped == 1 ? "" : "s", r->o.opt.max_sentence_tokens, j->first_skipped);
        } else {
            unsigned l = 0, c = 0;
            line_col(j->mem, j->mem_len, j->text_base + j->first_skipped, &l, &c);
            cli_error(r->cmd, "%s:%u:%u: %zu sentence%s over --max-sentence-tokens %u not coded (the first at byte %zu)",
                      j->where, l, c, j->n_skipped, j->n_skipped == 1 ? "" : "s", r->o.opt.max_sentence_tokens,
                      j->first_skipped);
        }
    }
    if (st->date == TRUCE_NODAY && has_text(st)) {
        /* said once per story, and counted: its events are dated only by
         * their own sentences ("on 9 November 2020"), the rest are null */
        r->n_undated++;
        if (j->line) {
            cli_error(r->cmd, "%s:%u: story %.*s: no date (%s and no --date): events not dated by their own "
                      "sentence have date null", j->where, j->line, (int)st->id_len, st->id,
                      r->o.csv_text ? "no --csv-date column value" : j->from_json
                      ? "no \"date\" field, no dateline with a date" : "no date in the input");
        } else {
            cli_error(r->cmd, "%s: no date (no dateline with a date and no --date): events not dated by their own "
                      "sentence have date null", strcmp(j->where, "-") == 0 ? "stdin" : j->where);
        }
    }
    r->n_events_total += j->n;
    if (j->n) {
        r->n_with++;
    } else {
        r->n_none++;
    }
    status_record(r, st->id, st->id_len, j->n ? "ok" : "no_event", j->n, NULL, -1);
    store_job(r, j, j->n ? "ok" : "no_event", NULL, -1);
}

typedef struct {
    run *r;
    truce_coder *coder;
    truce_jsonl *reader;
    truce_plover *plover;
} worker;

/* Code one job. A JSON Lines record is parsed here, in the worker, so
 * reading scales with the threads too; a record that does not parse becomes
 * a parse-error job, reported in its place. */
static void code_job(truce_coder *coder, truce_jsonl *reader, truce_plover *plover, job *j)
{
    j->plover = plover;
    if (j->want_digest && j->mem) {
        store_digest_of(j->mem, j->mem_len, &j->digest);
    }
    if (j->kind == JOB_JSON) {
        truce_story st;
        truce_error err = {0};
        char fallback[64];
        truce_status rc = truce_jsonl_parse(reader, j->mem, j->mem_len, j->default_date, &st, &err);
        snprintf(fallback, sizeof fallback, "%s:%u", strcmp(j->where, "-") == 0 ? "stdin" : j->where, j->line);
        const char *id = j->force_id ? j->force_id : st.id ? st.id : fallback;
        size_t id_len = j->force_id ? strlen(j->force_id) : st.id ? st.id_len : strlen(fallback);
        j->from_json = true;
        j->id_copy = malloc(id_len + 1);
        if (j->id_copy) {
            memcpy(j->id_copy, id, id_len);
            j->id_copy[id_len] = 0;
        }
        if (rc != TRUCE_OK) {
            char line[600];
            if (err.col) {
                snprintf(line, sizeof line, "%s:%u:%u: %s", j->where, j->line, err.col, err.msg);
            } else {
                snprintf(line, sizeof line, "%s:%u: story %.*s: %s", j->where, j->line, (int)id_len, id, err.msg);
            }
            j->kind = JOB_PARSE_ERROR;
            j->line_msg = strdup(line);
            j->offset += err.col ? err.col - 1 : 0;
            snprintf(j->err.msg, sizeof j->err.msg, "%s", err.msg);
            j->st.id = j->id_copy ? j->id_copy : "";
            j->st.id_len = j->id_copy ? id_len : 0;
            return;
        }
        j->st = st;
        j->st.id = j->id_copy ? j->id_copy : "";
        j->st.id_len = j->id_copy ? id_len : 0;
        j->kind = JOB_STORY;
        if (j->want_digest) {
            /* the reader's strings last until its next record: the store
             * needs title, source and url after that */
            size_t n = st.title_len + st.source_len + st.url_len + 3;
            j->meta_copy = malloc(n);
            if (j->meta_copy) {
                char *q = j->meta_copy;
                const char **f[] = {&j->st.title, &j->st.source, &j->st.url};
                size_t lens[] = {st.title_len, st.source_len, st.url_len};
                for (size_t k = 0; k < 3; k++) {
                    if (*f[k]) {
                        memcpy(q, *f[k], lens[k]);
                        *f[k] = q;
                    }
                    q[lens[k]] = 0;
                    q += lens[k] + 1;
                }
            } else {
                j->st.title = j->st.source = j->st.url = NULL;
            }
        }
    }
    j->rc = truce_code_story(coder, &j->st, sink, j, &j->n, &j->err);
    j->n_skipped = truce_coder_skipped(coder, &j->first_skipped);
    if (j->plover) {
        truce_plover_end(j->plover, &j->out);
    }
}

static void *work(void *arg)
{
    worker *w = arg;
    run *r = w->r;
    pthread_mutex_lock(&r->lock);
    for (;;) {
        while (!r->quit && r->next >= r->inflight_n) {
            pthread_cond_wait(&r->work_cv, &r->lock);
        }
        if (r->next >= r->inflight_n) {
            break;   /* quit, and nothing left */
        }
        job *j = &r->inflight[r->next++];
        pthread_mutex_unlock(&r->lock);
        if (j->kind == JOB_STORY || j->kind == JOB_JSON) {
            code_job(w->coder, w->reader, w->plover, j);
        }
        pthread_mutex_lock(&r->lock);
        if (++r->done == r->inflight_n) {
            pthread_cond_signal(&r->done_cv);
        }
    }
    pthread_mutex_unlock(&r->lock);
    return NULL;
}

/* Report a coded batch in input order and free it. */
static void report_jobs(run *r, job *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        report(r, &b[i]);
        truce_buf_free(&b[i].out);
        free(b[i].mem);
        free(b[i].line_msg);
        free(b[i].where_copy);
        free(b[i].id_copy);
        free(b[i].meta_copy);
        free(b[i].force_id);
        truce_buf_free(&b[i].cols);
    }
    fflush(stdout);
}

/* Report a batch; when ingesting, as one transaction, so a kill at any
 * moment leaves whole batches stored and nothing half-stored. */
static void report_batch(run *r, job *b, size_t n)
{
    bool tx = r->db && !r->db_failed && n;
    if (tx && !store_begin(r->db)) {
        cli_error(r->cmd, "%s: cannot start a transaction: %s", r->db_path, store_errmsg(r->db));
        r->db_failed = true;
        tx = false;
    }
    report_jobs(r, b, n);
    if (tx && !r->db_failed && !store_commit(r->db)) {
        cli_error(r->cmd, "%s: cannot commit: %s", r->db_path, store_errmsg(r->db));
        r->db_failed = true;
    }
    if (tx && r->db_failed) {
        store_rollback(r->db);
    }
}

/* Wait for the workers' batch, then report it. */
static void finish_inflight(run *r)
{
    if (!r->inflight_n) {
        return;
    }
    pthread_mutex_lock(&r->lock);
    while (r->done < r->inflight_n) {
        pthread_cond_wait(&r->done_cv, &r->lock);
    }
    job *b = r->inflight;
    size_t n = r->inflight_n;
    r->inflight_n = r->next = r->done = 0;
    pthread_mutex_unlock(&r->lock);
    report_batch(r, b, n);
    r->spare = b;
}

/* Code the queued batch. With one thread: here, then report it. With more:
 * hand it to the workers and report the previous one while they work, so
 * reading, coding and writing overlap; the output is the same bytes in the
 * same order whatever the thread count. */
static void run_batch(run *r)
{
    if (r->n_threads == 0) {
        for (size_t i = 0; i < r->n_batch; i++) {
            if (r->batch[i].kind == JOB_STORY || r->batch[i].kind == JOB_JSON) {
                code_job(r->coder, r->readers[0], r->plovers ? r->plovers[0] : NULL, &r->batch[i]);
            }
        }
        report_batch(r, r->batch, r->n_batch);
        r->n_batch = 0;
        r->batch_bytes = 0;
        return;
    }
    /* wait for the batch in flight (its report overlaps nothing yet) */
    pthread_mutex_lock(&r->lock);
    while (r->inflight_n && r->done < r->inflight_n) {
        pthread_cond_wait(&r->done_cv, &r->lock);
    }
    job *prev = r->inflight_n ? r->inflight : NULL;
    size_t prev_n = r->inflight_n;
    /* submit the new one */
    r->inflight = r->batch;
    r->inflight_n = r->n_batch;
    r->next = r->done = 0;
    pthread_cond_broadcast(&r->work_cv);
    pthread_mutex_unlock(&r->lock);
    /* fill the other buffer next; report the previous batch meanwhile */
    r->batch = prev ? prev : r->spare;
    if (prev) {
        report_batch(r, prev, prev_n);
    }
    r->n_batch = 0;
    r->batch_bytes = 0;
}

#define BATCH_STORIES 256
#define BATCH_BYTES (32u << 20)

/* Point a view of the original input into the job's copy. */
static void rebase(const char **p, size_t len, const char *from, size_t from_len, char *to)
{
    if (*p && len && *p >= from && *p + len <= from + from_len) {
        *p = to + (*p - from);
    }
}

/* Queue an input error, reported in order with the stories around it. A
 * parse error (kind JOB_PARSE_ERROR) is a story that could not be read: it
 * counts as read, with an error, and gets a status record. */
static void queue_message(run *r, int kind, const char *id, size_t id_len, const char *status_msg,
                          long long offset, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
static void queue_message(run *r, int kind, const char *id, size_t id_len, const char *status_msg,
                          long long offset, const char *fmt, ...)
{
    job *j = &r->batch[r->n_batch];
    memset(j, 0, sizeof *j);
    j->kind = kind;
    j->offset = offset;
    char line[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    j->line_msg = strdup(line);
    /* a story that could not be read is stored with its input's name,
     * that of the input being read (set while it is) */
    j->where_copy = strdup(kind == JOB_PARSE_ERROR && r->cur_name ? r->cur_name : "?");
    j->where = j->where_copy ? j->where_copy : "?";
    if (status_msg) {
        snprintf(j->err.msg, sizeof j->err.msg, "%s", status_msg);
    }
    j->mem = malloc(id_len + 1);
    if (j->mem) {
        memcpy(j->mem, id, id_len);
        j->mem[id_len] = 0;
        j->st.id = j->mem;
        j->st.id_len = id_len;
    } else {
        j->st.id = "";
    }
    r->n_batch++;
    if (r->n_batch == BATCH_STORIES || r->split) {
        run_batch(r);   /* `truce split` reports as it reads */
    }
}

/* Queue a story. Its strings are copied: `base`/`base_len` is the input
 * buffer the story points into (a text file), or NULL for a JSON story
 * whose strings are copied one by one. */
static void code_one(run *r, const truce_story *st, const char *where, unsigned line,
                     const char *buf, size_t buf_len, size_t text_base)
{
    if (r->split) {
        truce_error err = {0};
        /* ids as `truce code` gives them */
        ids_place first, at = {where, line};
        truce_story renamed = *st;
        char *nid = NULL;
        if (ids_claim(r->ids, st->id, st->id_len, at, &first) == 0) {
            char here[300], there[300];
            place_str(at, here, sizeof here);
            place_str(first, there, sizeof there);
            if (r->dup_refuse) {
                r->n_read++;
                r->n_err++;
                cli_error(r->cmd, "%s: story %.*s: duplicate story id, taken by the story at %s; not read"
                          " (--duplicate-ids refuse)", here, (int)st->id_len, st->id, there);
                return;
            }
            nid = ids_rename(r->ids, st->id, st->id_len, at);
            if (nid) {
                cli_error(r->cmd, "%s: story %.*s: id taken by the story at %s; read as %s", here,
                          (int)st->id_len, st->id, there, nid);
                renamed.id = nid;
                renamed.id_len = strlen(nid);
                st = &renamed;
            }
        }
        split_ctx x = {r, st};
        split_header(st);
        r->n_read++;
        if (truce_split_story(r->coder, st, sentence_sink, &x, &err) != TRUCE_OK) {
            r->n_err++;
            cli_error(r->cmd, "%s: story %.*s: %s (byte %lld)", where, (int)st->id_len, st->id,
                      err.msg, (long long)err.offset);
        }
        free(nid);
        return;
    }
    job *j = &r->batch[r->n_batch];
    memset(j, 0, sizeof *j);
    j->st = *st;
    j->where_copy = strdup(where);
    j->where = j->where_copy ? j->where_copy : "?";
    j->line = line;
    j->format = r->o.format;
    j->text_base = text_base;
    j->want_digest = r->db != NULL;
    if (buf) {
        /* a text file: copy it whole (and the id after it) */
        j->mem = malloc(buf_len + st->id_len + 2);
        if (j->mem) {
            memcpy(j->mem, buf, buf_len);
            j->mem[buf_len] = 0;
            memcpy(j->mem + buf_len + 1, st->id, st->id_len);
            j->mem[buf_len + 1 + st->id_len] = 0;
            j->mem_len = buf_len;
            rebase(&j->st.text, st->text_len, buf, buf_len, j->mem);
            rebase(&j->st.title, st->title_len, buf, buf_len, j->mem);
            rebase(&j->st.dateline_place, st->dateline_place_len, buf, buf_len, j->mem);
            j->st.id = j->mem + buf_len + 1;
        }
    } else {
        size_t total = st->id_len + st->text_len + st->title_len + st->source_len + st->url_len + 5;
        j->mem = malloc(total);
        if (j->mem) {
            char *q = j->mem;
            const char **fields[] = {&j->st.id, &j->st.text, &j->st.title, &j->st.source, &j->st.url};
            size_t lens[] = {st->id_len, st->text_len, st->title_len, st->source_len, st->url_len};
            for (size_t k = 0; k < 5; k++) {
                const char *src = *fields[k];
                if (src) {
                    memcpy(q, src, lens[k]);
                    q[lens[k]] = 0;
                    if (k == 1 && j->st.dateline_place) {
                        j->st.dateline_place = q + (j->st.dateline_place - src);
                    }
                    *fields[k] = q;
                }
                q += lens[k] + 1;
            }
        }
    }
    if (!j->mem) {
        j->rc = TRUCE_ENOMEM;
        snprintf(j->err.msg, sizeof j->err.msg, "out of memory copying the story");
        j->err.offset = -1;
        j->st.text = "";
        j->st.text_len = 0;
    }
    r->n_batch++;
    r->batch_bytes += j->mem_len + st->text_len;
    if (r->n_batch == BATCH_STORIES || r->batch_bytes >= BATCH_BYTES) {
        run_batch(r);
    }
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* A text story's id: its file name without the extension, or, for a file
 * found below a directory the user named, its path relative to that
 * directory without the extension ("a/story" for DIR/a/story.txt), so
 * that a/story.txt and b/story.txt stay apart. root_len: the length of
 * "DIR/", or 0 for a file named itself. */
static void story_id_from_path(const char *path, size_t root_len, char *out, size_t cap)
{
    const char *b;
    if (root_len && root_len < strlen(path)) {
        b = path + root_len;
    } else {
        b = strrchr(path, '/');
        b = b ? b + 1 : path;
    }
    snprintf(out, cap, "%s", b);
    char *base = strrchr(out, '/');
    base = base ? base + 1 : out;
    char *dot = strrchr(base, '.');
    if (dot && dot != base) {
        *dot = 0;
    }
}

/* One JSON Lines record (without its newline) at byte file_off of the input. */
static void code_jsonl_line(run *r, const char *name, unsigned line, const char *p, size_t len,
                            long long file_off)
{
    if (!r->split) {
        job *j = &r->batch[r->n_batch];
        memset(j, 0, sizeof *j);
        j->kind = JOB_JSON;
        j->format = r->o.format;
        j->want_digest = r->db != NULL;
        j->line = line;
        j->offset = file_off;
        j->default_date = r->o.date;
        j->where_copy = strdup(name);
        j->where = j->where_copy ? j->where_copy : "?";
        j->mem = malloc(len + 1);
        if (!j->mem) {
            free(j->where_copy);
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s:%u: out of memory", name, line);
            return;
        }
        memcpy(j->mem, p, len);
        j->mem[len] = 0;
        j->mem_len = len;
        r->n_batch++;
        r->batch_bytes += len;
        if (r->n_batch == BATCH_STORIES || r->batch_bytes >= BATCH_BYTES) {
            run_batch(r);
        }
        return;
    }
    truce_story st;
    truce_error err = {0};
    char fallback[64];
    if (truce_jsonl_parse(r->jr, p, len, r->o.date, &st, &err) != TRUCE_OK) {
        snprintf(fallback, sizeof fallback, "%s:%u", name, line);
        const char *id = st.id ? st.id : fallback;
        size_t id_len = st.id ? st.id_len : strlen(fallback);
        long long off = file_off + (err.col ? err.col - 1 : 0);
        if (err.col) {
            queue_message(r, JOB_PARSE_ERROR, id, id_len, err.msg, off, "%s:%u:%u: %s",
                          name, line, err.col, err.msg);
        } else {
            queue_message(r, JOB_PARSE_ERROR, id, id_len, err.msg, off, "%s:%u: story %.*s: %s",
                          name, line, (int)id_len, id, err.msg);
        }
        return;
    }
    if (!st.id) {
        snprintf(fallback, sizeof fallback, "%s:%u", strcmp(name, "-") == 0 ? "stdin" : name, line);
        st.id = fallback;
        st.id_len = strlen(fallback);
    }
    code_one(r, &st, name, line, NULL, 0, 0);
}

/* JSON Lines from a stream, one record at a time, so memory stays bounded
 * by the batch whatever the input's size. head/head_len: bytes already read
 * from f (to detect the format). */
static void read_jsonl_stream(run *r, const char *name, FILE *f, const char *head, size_t head_len)
{
    char *cur = NULL;      /* the line being assembled */
    size_t cur_len = 0, cur_cap = 0;
    char *chunk = NULL;
    size_t chunk_cap = 0;
    unsigned line = 0;
    long long off = r->base_off;   /* file offset of cur */
    bool first = true;
    for (;;) {
        const char *src;
        ssize_t n;
        if (first) {
            src = head;
            n = (ssize_t)head_len;
            first = false;
        } else {
            n = getline(&chunk, &chunk_cap, f);
            if (n < 0) {
                break;
            }
            src = chunk;
        }
        size_t b = 0;
        while (b < (size_t)n) {
            const char *nl = memchr(src + b, '\n', (size_t)n - b);
            size_t e = nl ? (size_t)(nl - src) : (size_t)n;
            if (cur_len + (e - b) + 1 > cur_cap) {
                size_t cap = cur_cap ? cur_cap : 4096;
                while (cap < cur_len + (e - b) + 1) {
                    cap *= 2;
                }
                char *q = realloc(cur, cap);
                if (!q) {
                    queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s:%u: out of memory reading a line",
                                  name, line + 1);
                    free(cur);
                    free(chunk);
                    return;
                }
                cur = q;
                cur_cap = cap;
            }
            memcpy(cur + cur_len, src + b, e - b);
            cur_len += e - b;
            if (!nl) {
                break;
            }
            line++;
            size_t le = cur_len;
            if (le && cur[le - 1] == '\r') {
                le--;
            }
            size_t k = 0;
            while (k < le && (cur[k] == ' ' || cur[k] == '\t')) {
                k++;
            }
            if (k < le) {
                code_jsonl_line(r, name, line, cur, le, off);
            }
            off += (long long)cur_len + 1;
            cur_len = 0;
            b = e + 1;
        }
    }
    if (cur_len) {
        line++;
        code_jsonl_line(r, name, line, cur, cur_len, off);
    }
    if (ferror(f)) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: read error: %s", name, strerror(errno));
    }
    free(cur);
    free(chunk);
}

typedef struct {
    run *r;
    const char *name;
} xml_ctx;

static void xml_story(void *user, const truce_story *st, unsigned line)
{
    xml_ctx *x = user;
    code_one(x->r, st, x->name, line, NULL, 0, 0);
}

static void xml_error(void *user, const char *id, unsigned line, unsigned col, const char *msg)
{
    xml_ctx *x = user;
    if (id) {
        /* one sentence that cannot be coded: an error record of its own */
        queue_message(x->r, JOB_PARSE_ERROR, id, strlen(id), msg, -1, "%s:%u: story %s: %s", x->name,
                      line, id, msg);
    } else {
        /* the XML is broken here: what follows is not read */
        char where[64];
        snprintf(where, sizeof where, "%s:%u", strcmp(x->name, "-") == 0 ? "stdin" : x->name, line);
        queue_message(x->r, JOB_PARSE_ERROR, where, strlen(where), msg, -1, "%s:%u:%u: %s; the rest of the file is not read",
                      x->name, line, col, msg);
    }
}

static void read_buffer(run *r, const char *name, const char *buf, size_t len)
{
    if (xml_looks_like(name, buf, len)) {
        xml_ctx x = {r, name};
        xml_reader rd = {xml_story, xml_error, &x};
        xml_read(buf, len, r->o.date, &rd);
        return;
    }
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) {
        i++;
    }
    bool jsonl = ends_with(name, ".jsonl") || ends_with(name, ".ndjson") ||
                 ends_with(name, ".json") || (i < len && buf[i] == '{');
    if (!jsonl) {
        truce_story st;
        truce_error err = {0};
        char id[256];
        story_id_from_path(strcmp(name, "-") == 0 ? "stdin" : name, r->root_len, id, sizeof id);
        if (len == 0 || i == len) {
            /* an empty file is a story with nothing in it */
            memset(&st, 0, sizeof st);
            st.id = id;
            st.id_len = strlen(id);
            st.date = r->o.date;
            st.text = "";
            code_one(r, &st, name, 0, buf, len, 0);
            return;
        }
        if (truce_read_text(buf, len, r->o.date, &st, &err) != TRUCE_OK) {
            unsigned l = 0, c = 0;
            if (err.offset >= 0) {
                line_col(buf, len, (size_t)err.offset, &l, &c);
            }
            queue_message(r, JOB_PARSE_ERROR, id, strlen(id), err.msg, err.offset,
                          "%s:%u:%u: %s (byte %lld)", name, l, c, err.msg, (long long)err.offset);
            return;
        }
        st.id = id;
        st.id_len = strlen(id);
        code_one(r, &st, name, 0, buf, len, (size_t)(st.text - buf));
        return;
    }
    unsigned line = 0;
    size_t b = 0;
    while (b < len) {
        size_t e = b;
        while (e < len && buf[e] != '\n') {
            e++;
        }
        line++;
        size_t le = e;
        if (le > b && buf[le - 1] == '\r') {
            le--;
        }
        bool blank = true;
        for (size_t k = b; k < le; k++) {
            if (buf[k] != ' ' && buf[k] != '\t') {
                blank = false;
                break;
            }
        }
        if (!blank) {
            code_jsonl_line(r, name, line, buf + b, le - b, (long long)b);
        }
        b = e + 1;
    }
}

/* The readers, with the name of the input they read kept for the errors
 * they queue (valid while they run). */
static void code_buffer(run *r, const char *name, const char *buf, size_t len)
{
    r->cur_name = name;
    read_buffer(r, name, buf, len);
    r->cur_name = NULL;
}

static void code_jsonl_stream(run *r, const char *name, FILE *f, const char *head, size_t head_len)
{
    r->cur_name = name;
    read_jsonl_stream(r, name, f, head, head_len);
    r->cur_name = NULL;
}

bool cli_read_all(FILE *f, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    if (!p) {
        return false;
    }
    for (;;) {
        if (n == cap) {
            char *q = realloc(p, cap * 2);
            if (!q) {
                free(p);
                return false;
            }
            p = q;
            cap *= 2;
        }
        size_t k = fread(p + n, 1, cap - n, f);
        n += k;
        if (k == 0) {
            break;
        }
    }
    if (ferror(f)) {
        free(p);
        return false;
    }
    *out = p;
    *len = n;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- CSV input ------------------------------------------------------------ */

/* The bytes already read from f (to detect the format), then the rest. */
typedef struct {
    const char *head;
    size_t head_len, head_pos;
    FILE *f;
} csv_source;

static size_t csv_feed(void *user, char *buf, size_t cap)
{
    csv_source *x = user;
    if (x->head_pos < x->head_len) {
        size_t n = x->head_len - x->head_pos < cap ? x->head_len - x->head_pos : cap;
        memcpy(buf, x->head + x->head_pos, n);
        x->head_pos += n;
        return n;
    }
    return x->f ? fread(buf, 1, cap, x->f) : 0;
}

static bool ends_with_ci(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    if (n < m) {
        return false;
    }
    for (size_t i = 0; i < m; i++) {
        char c = s[n - m + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != suf[i]) {
            return false;
        }
    }
    return true;
}

static char csv_sep_for(const run *r, const char *name)
{
    return r->o.csv_sep ? r->o.csv_sep : ends_with_ci(name, ".tsv") ? '\t' : ',';
}

/* Whether field f names column col (ASCII case and spaces around it aside). */
static bool column_is(const csv_field *f, const char *col)
{
    size_t b = 0, e = f->len, n = strlen(col);
    while (b < e && (f->p[b] == ' ' || f->p[b] == '\t')) {
        b++;
    }
    while (e > b && (f->p[e - 1] == ' ' || f->p[e - 1] == '\t')) {
        e--;
    }
    if (e - b != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char x = f->p[b + i], y = col[i];
        if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y)) {
            return false;
        }
    }
    return true;
}

/* "a, b, c" from a header record (cut short), for messages. */
static void list_columns(const csv_record *h, char *out, size_t cap)
{
    out[0] = 0;
    size_t n = 0;
    for (size_t i = 0; i < h->n && n + 8 < cap; i++) {
        int k = snprintf(out + n, cap - n, "%s%.40s", i ? ", " : "", h->f[i].p);
        if (k < 0 || (size_t)k >= cap - n) {
            snprintf(out + n, cap - n, ", ...");
            break;
        }
        n += (size_t)k;
        if (i == 15 && i + 1 < h->n) {
            snprintf(out + n, cap - n, ", ... (%zu columns)", h->n);
            break;
        }
    }
}

/* The index of column col (a header name, else a 1-based number), or -1
 * with a message in msg (what the header holds, the name it may mean). */
static long find_column(const csv_record *h, bool have_header, const char *opt, const char *col,
                        char *msg, size_t cap)
{
    if (have_header) {
        for (size_t i = 0; i < h->n; i++) {
            if (column_is(&h->f[i], col)) {
                return (long)i;
            }
        }
    }
    if (strspn(col, "0123456789") == strlen(col)) {
        long k = atol(col);
        if (k >= 1 && (size_t)k <= h->n) {
            return k - 1;
        }
        snprintf(msg, cap, "%s %s: the first line has %zu columns", opt, col, h->n);
        return -1;
    }
    const char **names = calloc(h->n + 1, sizeof *names);
    const char *near = NULL;
    if (names) {
        for (size_t i = 0; i < h->n; i++) {
            names[i] = h->f[i].p;
        }
        near = cli_suggest(col, names);
    }
    char cols[400];
    list_columns(h, cols, sizeof cols);
    snprintf(msg, cap, "%s %s: no such column%s%s%s; the header has: %s", opt, col, near ? " (did you mean '" : "",
             near ? near : "", near ? "'?)" : "", cols);
    free(names);
    return -1;
}

static const char *const month_names[] = {"january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"};

/* A month's number from its name or its first three letters (any case), or 0. */
static int month_of(const char *p, size_t n)
{
    char w[16];
    if (n < 3 || n >= sizeof w) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        w[i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
    }
    w[n] = 0;
    if (n > 3 && w[n - 1] == '.') {
        w[--n] = 0;
    }
    for (int m = 0; m < 12; m++) {
        if (strcmp(w, month_names[m]) == 0 || (n == 3 && strncmp(w, month_names[m], 3) == 0) ||
            (n == 4 && m == 8 && strcmp(w, "sept") == 0)) {
            return m + 1;
        }
    }
    return 0;
}

static bool all_digits(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return false;
        }
    }
    return n > 0;
}

/* A date as tables write them: YYYY-MM-DD (a time after it is left
 * out), YYYY/MM/DD, YYYYMMDD (GDELT's SQLDATE; DATEADDED's 14 digits too),
 * "D Month YYYY" (ACLED), "Month D, YYYY". */
static bool csv_date(const char *s, size_t len, truce_day *out)
{
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t')) {
        len--;
    }
    char iso[11];
    if (len >= 10 && all_digits(s, 4) && (s[4] == '-' || s[4] == '/') && s[7] == s[4] && all_digits(s + 5, 2) &&
        all_digits(s + 8, 2) && (len == 10 || s[10] == 'T' || s[10] == ' ')) {
        snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s, s + 5, s + 8);
        return truce_day_parse(iso, 10, out);
    }
    if ((len == 8 || len == 14) && all_digits(s, len)) {
        snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
        return truce_day_parse(iso, 10, out);
    }
    /* three words: day, month and year in either order of the first two */
    const char *w[3];
    size_t wl[3], n = 0, i = 0;
    while (i < len && n < 4) {
        while (i < len && (s[i] == ' ' || s[i] == ',')) {
            i++;
        }
        if (i == len) {
            break;
        }
        size_t b = i;
        while (i < len && s[i] != ' ' && s[i] != ',') {
            i++;
        }
        if (n < 3) {
            w[n] = s + b;
            wl[n] = i - b;
        }
        n++;
    }
    if (n != 3 || !all_digits(w[2], wl[2]) || wl[2] != 4) {
        return false;
    }
    int m = month_of(w[1], wl[1]), d = 0;
    if (m && all_digits(w[0], wl[0]) && wl[0] <= 2) {
        d = atoi(w[0]);
    } else if ((m = month_of(w[0], wl[0])) && all_digits(w[1], wl[1]) && wl[1] <= 2) {
        d = atoi(w[1]);
    } else {
        return false;
    }
    snprintf(iso, sizeof iso, "%.4s-%02d-%02d", w[2], m, d);
    return truce_day_parse(iso, 10, out);
}

/* A JSON string into b (the bytes are valid UTF-8). */
static void buf_json_str(truce_buf *b, const char *p, size_t len)
{
    truce_buf_put(b, "\"", 1);
    size_t run_start = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '"' || c == '\\' || c < 0x20) {
            truce_buf_put(b, p + run_start, i - run_start);
            char e[8];
            int n = c == '"' ? snprintf(e, sizeof e, "\\\"") : c == '\\' ? snprintf(e, sizeof e, "\\\\")
                  : snprintf(e, sizeof e, "\\u%04x", c);
            truce_buf_put(b, e, (size_t)n);
            run_start = i + 1;
        }
    }
    truce_buf_put(b, p + run_start, len - run_start);
    truce_buf_put(b, "\"", 1);
}

/* A table with a story per row: the header (unless --csv-no-header) names
 * the columns; each row becomes the JSON Lines record {"id","date","text"}
 * and is coded as such (so a story codes the same from CSV and JSON
 * Lines: datelines, dates, errors), at its line of the file. */
static void read_csv_stream(run *r, const char *name, FILE *f, const char *head, size_t head_len)
{
    csv_source src = {head, head_len, 0, f};
    size_t max = r->o.opt.max_story_len ? r->o.opt.max_story_len * 2 + (1u << 16) : 0;
    csv_reader *cr = csv_new(csv_sep_for(r, name), max, csv_feed, &src);
    truce_buf json = {0};
    if (!cr) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: out of memory", name);
        return;
    }
    long col_text = -1, col_id = -1, col_date = -1;
    bool have_cols = false;
    csv_record rec;
    csv_error err;
    int rc;
    while ((rc = csv_next(cr, &rec, &err)) != 0) {
        if (rc == -2) {
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: out of memory reading a record", name);
            break;
        }
        if (rc < 0) {
            char id[64];
            snprintf(id, sizeof id, "%s:%u", strcmp(name, "-") == 0 ? "stdin" : name, err.line);
            queue_message(r, JOB_PARSE_ERROR, id, strlen(id), err.msg, r->base_off + err.offset,
                          "%s:%u:%u: %s", name, err.line, err.col, err.msg);
            continue;
        }
        if (!have_cols) {
            char msg[600];
            bool header = !r->o.csv_no_header;
            col_text = find_column(&rec, header, "--csv-text", r->o.csv_text, msg, sizeof msg);
            if (col_text >= 0 && r->o.csv_id) {
                col_id = find_column(&rec, header, "--csv-id", r->o.csv_id, msg, sizeof msg);
            }
            if (col_text >= 0 && (!r->o.csv_id || col_id >= 0) && r->o.csv_date) {
                col_date = find_column(&rec, header, "--csv-date", r->o.csv_date, msg, sizeof msg);
            }
            if (col_text < 0 || (r->o.csv_id && col_id < 0) || (r->o.csv_date && col_date < 0)) {
                queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s:%u: %s", name, rec.line, msg);
                break;
            }
            have_cols = true;
            if (header) {
                continue;
            }
        }
        /* the row's id, for its messages */
        char fallback[64];
        snprintf(fallback, sizeof fallback, "%s:%u", strcmp(name, "-") == 0 ? "stdin" : name, rec.line);
        const csv_field *fid = col_id >= 0 && (size_t)col_id < rec.n && rec.f[col_id].len ? &rec.f[col_id] : NULL;
        truce_error uerr = {0};
        if (fid && truce_utf8_check(fid->p, fid->len, &uerr) != TRUCE_OK) {
            queue_message(r, JOB_PARSE_ERROR, fallback, strlen(fallback), uerr.msg, r->base_off + rec.offset,
                          "%s:%u:%u: story id: %s (byte %lld of the id)", name, fid->line, fid->col, uerr.msg,
                          (long long)uerr.offset);
            continue;
        }
        const char *id = fid ? fid->p : fallback;
        size_t id_len = fid ? fid->len : strlen(fallback);
        if ((size_t)col_text >= rec.n) {
            char m[200];
            snprintf(m, sizeof m, "the row has %zu field%s, the text is in field %ld (--csv-text %s)", rec.n,
                     rec.n == 1 ? "" : "s", col_text + 1, r->o.csv_text);
            queue_message(r, JOB_PARSE_ERROR, id, id_len, m, r->base_off + rec.offset, "%s:%u: story %.*s: %s",
                          name, rec.line, (int)id_len, id, m);
            continue;
        }
        const csv_field *ft = &rec.f[col_text];
        if (truce_utf8_check(ft->p, ft->len, &uerr) != TRUCE_OK) {
            queue_message(r, JOB_PARSE_ERROR, id, id_len, uerr.msg, r->base_off + rec.offset,
                          "%s:%u: story %.*s: %s (byte %lld of its text)", name, ft->line, (int)id_len, id,
                          uerr.msg, (long long)uerr.offset);
            continue;
        }
        truce_day day = TRUCE_NODAY;
        const csv_field *fd = col_date >= 0 && (size_t)col_date < rec.n ? &rec.f[col_date] : NULL;
        if (fd && fd->len && !csv_date(fd->p, fd->len, &day)) {
            char m[200];
            snprintf(m, sizeof m, "expected the date as YYYY-MM-DD, YYYYMMDD or 'D Month YYYY', found '%.40s'",
                     fd->p);
            queue_message(r, JOB_PARSE_ERROR, id, id_len, m, r->base_off + rec.offset,
                          "%s:%u:%u: story %.*s: %s", name, fd->line, fd->col, (int)id_len, id, m);
            continue;
        }
        json.len = 0;
        truce_buf_put(&json, "{", 1);
        if (fid) {
            truce_buf_put(&json, "\"id\":", 5);
            buf_json_str(&json, fid->p, fid->len);
            truce_buf_put(&json, ",", 1);
        }
        if (day != TRUCE_NODAY) {
            char d[11];
            truce_day_format(day, d);
            truce_buf_put(&json, "\"date\":\"", 8);
            truce_buf_put(&json, d, 10);
            truce_buf_put(&json, "\",", 2);
        }
        truce_buf_put(&json, "\"text\":", 7);
        buf_json_str(&json, ft->p, ft->len);
        truce_buf_put(&json, "}", 1);
        if (json.failed) {
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s:%u: out of memory", name, rec.line);
            break;
        }
        code_jsonl_line(r, name, rec.line, json.p, json.len, r->base_off + rec.offset);
    }
    if (f && ferror(f)) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: read error: %s", name, strerror(errno));
    }
    truce_buf_free(&json);
    csv_free(cr);
}

/* A .csv or .tsv file given without --csv-text: say how to read it, with
 * the columns its first line names. */
static void csv_hint(run *r, const char *name, const char *head, size_t head_len)
{
    csv_source src = {head, head_len, 0, NULL};
    csv_reader *cr = csv_new(csv_sep_for(r, name), 0, csv_feed, &src);
    csv_record rec;
    csv_error err;
    char cols[400] = "";
    const char *text_col = NULL;
    if (cr && csv_next(cr, &rec, &err) == 1) {
        list_columns(&rec, cols, sizeof cols);
        static const char *const likely[] = {"text", "notes", "body", "content", "story", "article"};
        for (size_t i = 0; i < rec.n && !text_col; i++) {
            for (size_t k = 0; k < sizeof likely / sizeof *likely && !text_col; k++) {
                if (column_is(&rec.f[i], likely[k])) {
                    text_col = likely[k];
                }
            }
        }
    }
    queue_message(r, JOB_MESSAGE, "", 0, NULL, -1,
                  "%s: a CSV table, not a story: name the column that holds the story text with --csv-text COL "
                  "(and the id and date with --csv-id COL, --csv-date COL)%s%s%s%s%s",
                  name, text_col ? ", e.g. --csv-text " : "", text_col ? text_col : "", cols[0] ? "; its columns: " : "",
                  cols, cols[0] ? "" : "");
    csv_free(cr);
}

/* The first byte that is not white space, from i; len if none. */
static size_t skip_space(const char *p, size_t len, size_t i)
{
    while (i < len && (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t')) {
        i++;
    }
    return i;
}

/* Input that is none of the formats truce reads, though it looks like
 * one: a JSON array, a JSON object over several lines, UTF-16. Says what
 * to do and returns true; false if the input may be read. */
static bool wrong_input(run *r, const char *name, const char *head, size_t hn, bool jsonl)
{
    const char *shown = strcmp(name, "-") == 0 ? "stdin" : name;
    const char *file = strcmp(name, "-") == 0 ? "FILE" : name;
    if (hn >= 2 && (((unsigned char)head[0] == 0xff && (unsigned char)head[1] == 0xfe) ||
                    ((unsigned char)head[0] == 0xfe && (unsigned char)head[1] == 0xff))) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1,
                      "%s: UTF-16 text (it begins with the byte-order mark %02X %02X); truce reads UTF-8: convert "
                      "it with iconv -f UTF-16 -t UTF-8 %s", shown, (unsigned char)head[0], (unsigned char)head[1],
                      file);
        return true;
    }
    size_t i = skip_space(head, hn, 0);
    if (i < hn && head[i] == '[') {
        size_t k = skip_space(head, hn, i + 1);
        bool json_name = ends_with_ci(name, ".json") || ends_with_ci(name, ".jsonl") || ends_with_ci(name, ".ndjson");
        if (json_name || (k < hn && (head[k] == '{' || head[k] == ']'))) {
            unsigned line = 1, col = 1;
            line_col(head, hn, i, &line, &col);
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1,
                          "%s:%u:%u: a JSON array; truce reads JSON Lines, one object per line: convert it with "
                          "jq -c '.[]' %s > stories.jsonl", shown, line, col, file);
            return true;
        }
    }
    if (jsonl && i < hn && head[i] == '{') {
        size_t k = i + 1;
        while (k < hn && (head[k] == ' ' || head[k] == '\t' || head[k] == '\r')) {
            k++;
        }
        if (k < hn && head[k] == '\n') {
            unsigned line = 1, col = 1;
            line_col(head, hn, i, &line, &col);
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1,
                          "%s:%u:%u: a JSON object over several lines; JSON Lines has one object per line: convert "
                          "it with jq -c . %s > stories.jsonl", shown, line, col, file);
            return true;
        }
    }
    return false;
}

/* Code what f holds: JSON Lines streamed record by record, a CSV table
 * (--csv-text) row by row, or one plain-text story read whole. A UTF-8
 * byte-order mark at the start is passed over; input in a format truce
 * does not read is refused with a message saying what to do. */
static void code_stream(run *r, const char *name, FILE *f)
{
    static const size_t head_cap = 1 << 16;
    char *head = malloc(head_cap);
    if (!head) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: out of memory", name);
        return;
    }
    size_t hn = fread(head, 1, head_cap, f);
    bool more = hn == head_cap;
    r->base_off = 0;
    if (hn >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0) {
        /* spreadsheets and Windows editors write one; it is no text */
        memmove(head, head + 3, hn - 3);
        hn -= 3;
        r->base_off = 3;
    }
    if (r->o.csv_text) {
        read_csv_stream(r, name, f, head, hn);
        free(head);
        r->base_off = 0;
        return;
    }
    size_t i = skip_space(head, hn, 0);
    bool jsonl = ends_with(name, ".jsonl") || ends_with(name, ".ndjson") ||
                 ends_with(name, ".json") || (i < hn && head[i] == '{');
    if (wrong_input(r, name, head, hn, jsonl)) {
        free(head);
        r->base_off = 0;
        return;
    }
    if (ends_with_ci(name, ".csv") || ends_with_ci(name, ".tsv")) {
        csv_hint(r, name, head, hn);
        free(head);
        r->base_off = 0;
        return;
    }
    if (jsonl) {
        code_jsonl_stream(r, name, f, head, hn);
        free(head);
        r->base_off = 0;
        return;
    }
    r->base_off = 0;
    char *rest = NULL;
    size_t rn = 0;
    if (more && !cli_read_all(f, &rest, &rn)) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: cannot read: %s", name, strerror(errno));
        free(head);
        return;
    }
    if (rn) {
        char *all = realloc(head, hn + rn);
        if (!all) {
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: out of memory", name);
            free(head);
            free(rest);
            return;
        }
        head = all;
        memcpy(head + hn, rest, rn);
        hn += rn;
    }
    free(rest);
    if (ferror(f)) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: cannot read: %s", name, strerror(errno));
    } else {
        code_buffer(r, name, head, hn);
    }
    free(head);
}

/* Code a file, every file below a directory (in byte order of names), or
 * stdin ("-"). root_len: the length of "DIR/" when path is below a
 * directory the user named, else 0 (story ids are relative to it). */
static void code_path(run *r, const char *path, int depth, size_t root_len)
{
    if (strcmp(path, "-") == 0) {
        r->root_len = 0;
        code_stream(r, "-", stdin);
        return;
    }
    struct stat sb;
    if (stat(path, &sb) != 0) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: cannot open: %s", path, strerror(errno));
        return;
    }
    if (S_ISDIR(sb.st_mode)) {
        if (depth > 32) {
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: directories nested too deep", path);
            return;
        }
        DIR *d = opendir(path);
        if (!d) {
            queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: cannot open directory: %s", path, strerror(errno));
            return;
        }
        /* "DIR/x", not "DIR//x", when the user typed "DIR/" */
        size_t pl = strlen(path);
        while (pl > 1 && path[pl - 1] == '/') {
            pl--;
        }
        if (depth == 0) {
            root_len = pl + 1;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *de;
        while ((de = readdir(d))) {
            if (de->d_name[0] == '.') {
                continue;
            }
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                char **nn = realloc(names, cap * sizeof *nn);
                if (!nn) {
                    break;
                }
                names = nn;
            }
            size_t l = pl + strlen(de->d_name) + 2;
            names[n] = malloc(l);
            if (!names[n]) {
                break;
            }
            snprintf(names[n], l, "%.*s/%s", (int)pl, path, de->d_name);
            n++;
        }
        closedir(d);
        qsort(names, n, sizeof *names, cmp_str);
        for (size_t i = 0; i < n; i++) {
            code_path(r, names[i], depth + 1, root_len);
            free(names[i]);
        }
        free(names);
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        queue_message(r, JOB_MESSAGE, "", 0, NULL, -1, "%s: cannot open: %s", path, strerror(errno));
        return;
    }
    r->root_len = root_len;
    code_stream(r, path, f);
    r->root_len = 0;
    fclose(f);
}

/* Close the --status-file; false (said on stderr) if it could not be
 * written. */
static bool close_status(run *r)
{
    if (!r->status_out || r->status_out == stderr) {
        return true;
    }
    bool ok = !ferror(r->status_out);
    ok = fclose(r->status_out) == 0 && ok;
    r->status_out = NULL;
    if (!ok) {
        cli_error(r->cmd, "%s: cannot write the status records: %s", r->o.status_file, strerror(errno));
    }
    return ok;
}

/* The options of code, ingest and split, all the same. */
static const char *const code_options[] = {
    "--format", "--date", "--status", "--status-file", "--no-dedup", "-j", "--jobs", "--dict",
    "--no-builtin", "--gazetteer", "--no-gazetteer", "--explain", "--pairs", "--max-story-bytes",
    "--max-sentence-tokens", "--duplicate-ids", "--csv-text", "--csv-id", "--csv-date", "--csv-sep",
    "--csv-no-header", "--min-confidence", "-q", "--quiet", "-h", "--help", NULL};

/* One option of code, ingest or split. -1 when taken, else the exit code
 * to return now (help printed, or a usage error). */
static int parse_option(run *r, opts *o, const char *name)
{
    const char *cmd = r->cmd;
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
        if (r->db_path || strcmp(cmd, "ingest") == 0) {
            ingest_help(stdout);
        } else if (r->split) {
            split_help(stdout);
        } else {
            help(stdout);
        }
        return EXIT_OK;
    }
    if (cli_opt_is(name, "--format")) {
        const char *v = opts_value(o, name);
        if (!v || (strcmp(v, "jsonl") && strcmp(v, "tsv") && strcmp(v, "csv") && strcmp(v, "plover") &&
                   strcmp(v, "phoenix") && strcmp(v, "gdelt"))) {
            return cli_usage_error(cmd, "--format takes jsonl, tsv, csv, plover, phoenix or gdelt, found '%s'",
                                   v ? v : "nothing");
        }
        r->o.format = v;
    } else if (cli_opt_is(name, "--date")) {
        const char *v = opts_value(o, name);
        if (!v || !truce_day_parse(v, strlen(v), &r->o.date)) {
            return cli_usage_error(cmd, "--date takes YYYY-MM-DD, found '%s'", v ? v : "nothing");
        }
    } else if (strcmp(name, "--status") == 0) {
        r->o.status = true;
    } else if (cli_opt_is(name, "--status-file")) {
        const char *v = opts_value(o, name);
        if (!v || !*v) {
            return cli_usage_error(cmd, "--status-file takes a file name");
        }
        r->o.status_file = v;
        r->o.status = true;
    } else if (strcmp(name, "-j") == 0 || cli_opt_is(name, "--jobs")) {
        const char *v = opts_value(o, name);
        char *end;
        long x = v ? strtol(v, &end, 10) : 0;
        if (!v || *end || x < 1 || x > 64) {
            return cli_usage_error(cmd, "%s takes a number of threads from 1 to 64, found '%s'",
                                   name[1] == 'j' ? "-j" : "--jobs", v ? v : "nothing");
        }
        r->jobs = (int)x;
    } else if (cli_opt_is(name, "--gazetteer")) {
        const char *v = opts_value(o, name);
        if (!v || !*v) {
            return cli_usage_error(cmd, "--gazetteer takes a path");
        }
        r->o.gazetteer = v;
    } else if (cli_opt_is(name, "--dict")) {
        const char *v = opts_value(o, name);
        if (!v || r->o.n_dicts == 64) {
            return cli_usage_error(cmd, "--dict takes a dictionary file (at most 64)");
        }
        /* a dictionary the command line names and that is not there is a
         * usage error, as a bad option is: nothing was coded */
        FILE *f = fopen(v, "rb");
        if (!f) {
            return cli_usage_error(cmd, "--dict %s: cannot read: %s", v, strerror(errno));
        }
        fclose(f);
        r->o.dicts[r->o.n_dicts++] = v;
    } else if (cli_opt_is(name, "--duplicate-ids")) {
        const char *v = opts_value(o, name);
        if (!v || (strcmp(v, "rename") && strcmp(v, "refuse"))) {
            return cli_usage_error(cmd, "--duplicate-ids takes rename or refuse, found '%s'", v ? v : "nothing");
        }
        r->dup_refuse = strcmp(v, "refuse") == 0;
    } else if (cli_opt_is(name, "--csv-text") || cli_opt_is(name, "--csv-id") || cli_opt_is(name, "--csv-date")) {
        const char *v = opts_value(o, name);
        size_t nl = strcspn(name, "=");
        if (!v || !*v) {
            return cli_usage_error(cmd, "%.*s takes a column: its name in the header line or its number (1 = first)",
                                   (int)nl, name);
        }
        *(name[6] == 't' ? &r->o.csv_text : name[6] == 'i' ? &r->o.csv_id : &r->o.csv_date) = v;
    } else if (cli_opt_is(name, "--csv-sep")) {
        const char *v = opts_value(o, name);
        if (v && strcmp(v, "tab") == 0) {
            v = "\t";
        }
        if (!v || strlen(v) != 1 || *v == '"' || *v == '\n' || *v == '\r') {
            return cli_usage_error(cmd, "--csv-sep takes one character (, ; | or tab), found '%s'", v ? v : "nothing");
        }
        r->o.csv_sep = *v;
    } else if (strcmp(name, "--csv-no-header") == 0) {
        r->o.csv_no_header = true;
    } else if (strcmp(name, "--no-builtin") == 0) {
        r->o.no_builtin = true;
    } else if (strcmp(name, "--no-gazetteer") == 0) {
        r->o.gazetteer = "";
    } else if (strcmp(name, "--explain") == 0) {
        r->o.opt.trace = explain_line;
    } else if (strcmp(name, "--no-dedup") == 0) {
        r->o.opt.dedup = false;
    } else if (strcmp(name, "-q") == 0 || strcmp(name, "--quiet") == 0) {
        r->o.quiet = true;
    } else if (cli_opt_is(name, "--min-confidence")) {
        const char *v = opts_value(o, name);
        char *end = NULL;
        double x = v ? strtod(v, &end) : -1;
        if (!v || !*v || *end || !(x >= 0 && x <= 1)) {
            return cli_usage_error(cmd, "--min-confidence takes a number from 0 to 1, found '%s'", v ? v : "nothing");
        }
        r->o.opt.min_confidence = x;
    } else if (cli_opt_is(name, "--pairs")) {
        const char *v = opts_value(o, name);
        if (!v || (strcmp(v, "all") && strcmp(v, "once"))) {
            return cli_usage_error(cmd, "--pairs takes all or once, found '%s'", v ? v : "nothing");
        }
        r->o.opt.pairs_all = strcmp(v, "all") == 0;
    } else if (cli_opt_is(name, "--max-story-bytes") || cli_opt_is(name, "--max-sentence-tokens")) {
        bool story = cli_opt_is(name, "--max-story-bytes");
        const char *v = opts_value(o, name);
        char *end;
        unsigned long long x = v && *v >= '0' && *v <= '9' ? strtoull(v, &end, 10) : 0;
        if (!v || *v < '0' || *v > '9' || *end || (x == 0 && !story)) {
            return cli_usage_error(cmd, "%s takes a %snumber, found '%s'",
                                   story ? "--max-story-bytes" : "--max-sentence-tokens",
                                   story ? "" : "positive ", v ? v : "nothing");
        }
        if (story) {
            r->o.opt.max_story_len = (size_t)x;
        } else {
            r->o.opt.max_sentence_tokens = (uint32_t)(x > UINT32_MAX ? UINT32_MAX : x);
        }
    } else {
        return cli_unknown_option(cmd, name, code_options);
    }
    return -1;
}

static int code_main(int argc, char **argv, bool split, bool ingest)
{
    run r;
    memset(&r, 0, sizeof r);
    r.split = split;
    r.cmd = split ? "split" : ingest ? "ingest" : "code";
    r.o.format = "jsonl";
    r.o.date = TRUCE_NODAY;
    truce_options_default(&r.o.opt);
    opts o;
    opts_init(&o, argc, argv);
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    size_t n_in = 0;
    if (!inputs) {
        cli_error(r.cmd, "out of memory");
        return EXIT_INTERNAL;
    }
    const char *name;
    int k;
    int rc = EXIT_OK;
    while ((k = opts_next(&o, &name)) >= 0) {
        if (k == 0) {
            if (ingest && !r.db_path) {
                r.db_path = name;
            } else {
                inputs[n_in++] = name;
            }
            continue;
        }
        int u = parse_option(&r, &o, name);
        if (u >= 0) {
            free(inputs);
            return u;
        }
    }
    if (ingest && !r.db_path) {
        free(inputs);
        return cli_usage_error(r.cmd, "needs a database file: truce ingest DB [FILE|DIR|-]...");
    }
    if (ingest && n_in == 0) {
        free(inputs);
        return cli_usage_error(r.cmd, "%s: nothing to ingest: give FILE|DIR..., or - to read standard input",
                               r.db_path);
    }
    if (ingest && strcmp(r.o.format, "jsonl") != 0) {
        free(inputs);
        return cli_usage_error(r.cmd, "--format is for 'truce code'; the store keeps JSON events");
    }
    if (r.o.no_builtin && !r.o.n_dicts) {
        free(inputs);
        return cli_usage_error(r.cmd, "--no-builtin needs at least one --dict");
    }
    if (!r.o.csv_text && (r.o.csv_id || r.o.csv_date || r.o.csv_sep || r.o.csv_no_header)) {
        free(inputs);
        return cli_usage_error(r.cmd, "%s needs --csv-text COL, the column holding the story text",
                               r.o.csv_id ? "--csv-id" : r.o.csv_date ? "--csv-date" : r.o.csv_sep ? "--csv-sep"
                               : "--csv-no-header");
    }
    if (r.o.csv_no_header) {
        const char *cols[] = {r.o.csv_text, r.o.csv_id, r.o.csv_date};
        for (int c = 0; c < 3; c++) {
            if (cols[c] && (strspn(cols[c], "0123456789") != strlen(cols[c]) || atoi(cols[c]) < 1)) {
                free(inputs);
                return cli_usage_error(r.cmd, "--csv-no-header: columns are numbers (1 = first), found '%s'", cols[c]);
            }
        }
    }
    if (r.o.status_file) {
        r.status_out = fopen(r.o.status_file, "w");
        if (!r.status_out) {
            free(inputs);
            return cli_usage_error(r.cmd, "--status-file %s: cannot write: %s", r.o.status_file, strerror(errno));
        }
    } else if (r.o.status && !ingest && strcmp(r.o.format, "jsonl") && strcmp(r.o.format, "plover")) {
        r.status_out = stderr;   /* a JSON line would break the table */
    }
    size_t dict_errors;
    int kb_rc;
    r.kb = cli_open_kb(r.cmd, r.o.dicts, r.o.n_dicts, !r.o.no_builtin, false, &dict_errors, &kb_rc);
    if (!r.kb) {
        close_status(&r);
        free(inputs);
        return kb_rc;
    }
    if (r.jobs < 1) {
        r.jobs = 1;
    }
    /* coordinates from the gazetteer: never silently without it (a copy
     * of the binary that cannot find it says so); --no-gazetteer codes
     * without coordinates */
    cli_gazetteer gaz = {0};
    if (!r.split && !(r.o.gazetteer && !r.o.gazetteer[0])) {
        int grc = cli_gazetteer_load(r.cmd, r.o.gazetteer, &gaz);
        if (grc != EXIT_OK) {
            cli_close_kb(r.kb);
            close_status(&r);
            free(inputs);
            return grc;
        }
        r.o.opt.geo = gaz.geo;
    }
    if (r.o.opt.trace) {
        r.jobs = 1;   /* explanations come in story order from one thread */
    }
    if (ingest) {
        char msg[512];
        r.db = store_open(r.db_path, true, msg, sizeof msg);
        if (!r.db) {
            cli_error(r.cmd, "%s", msg);
            cli_gazetteer_unload(&gaz);
            cli_close_kb(r.kb);
            close_status(&r);
            free(inputs);
            return EXIT_INPUT;
        }
    }
    r.coder = truce_coder_new(r.kb, &r.o.opt);
    r.jr = truce_jsonl_new();
    r.ids = ids_new();
    r.batch = calloc(BATCH_STORIES, sizeof *r.batch);
    r.spare = calloc(BATCH_STORIES, sizeof *r.spare);
    r.workers = calloc((size_t)r.jobs, sizeof *r.workers);
    r.readers = calloc((size_t)r.jobs, sizeof *r.readers);
    bool workers_ok = r.workers != NULL && r.readers != NULL;
    if (strcmp(r.o.format, "plover") == 0) {
        r.plovers = calloc((size_t)r.jobs, sizeof *r.plovers);
        for (int t = 0; r.plovers && t < r.jobs; t++) {
            r.plovers[t] = truce_plover_new();
            workers_ok = workers_ok && r.plovers[t];
        }
        workers_ok = workers_ok && r.plovers;
    }
    if (workers_ok) {
        r.workers[0] = r.coder;
        r.readers[0] = r.jr;
        for (int t = 1; t < r.jobs; t++) {
            r.workers[t] = truce_coder_new(r.kb, &r.o.opt);
            r.readers[t] = truce_jsonl_new();
            workers_ok = workers_ok && r.workers[t] && r.readers[t];
        }
    }
    if (!r.coder || !r.jr || !r.ids || !r.batch || !r.spare || !workers_ok) {
        cli_error(r.cmd, "out of memory");
        rc = EXIT_INTERNAL;
        goto done;
    }
    if (strcmp(r.o.format, "tsv") == 0) {
        truce_write_tsv_header(&r.out);
        flush(&r);
    } else if (strcmp(r.o.format, "csv") == 0) {
        truce_write_csv_header(&r.out);
        flush(&r);
    }
    pthread_mutex_init(&r.lock, NULL);
    pthread_cond_init(&r.work_cv, NULL);
    pthread_cond_init(&r.done_cv, NULL);
    r.sync_ready = true;
    worker wk[64];
    if (r.jobs > 1 && !r.split) {
        for (int t = 0; t < r.jobs && t < 64; t++) {
            wk[t] = (worker){&r, r.workers[t], r.readers[t], r.plovers ? r.plovers[t] : NULL};
            if (pthread_create(&r.tid[r.n_threads], NULL, work, &wk[t]) == 0) {
                r.n_threads++;
            }
        }
    }
    if (n_in == 0) {
        inputs[n_in++] = "-";
        if (isatty(STDIN_FILENO) && !r.o.quiet) {
            fprintf(stderr, "truce %s: reading stories from the terminal: type or paste one and end it with "
                    "Ctrl-D, or give FILE... ('truce help %s')\n", r.cmd, r.cmd);
        }
    }
    for (size_t i = 0; i < n_in && !r.db_failed; i++) {
        code_path(&r, inputs[i], 0, 0);
    }
    run_batch(&r);
    finish_inflight(&r);
    flush(&r);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error(r.cmd, "cannot write output: %s", strerror(errno));
        rc = EXIT_INTERNAL;
        goto done;
    }
    if (r.db_failed) {
        cli_error(r.cmd, "%s: stopped; the batches committed before the failure are stored, run again to go on",
                  r.db_path);
        rc = EXIT_INTERNAL;
        goto done;
    }
    if (!r.o.quiet) {
        /* what the summary may add: stories without a date, ids renamed */
        char more[160] = "";
        size_t ml = 0;
        if (r.n_undated) {
            ml += (size_t)snprintf(more + ml, sizeof more - ml, "; %zu without a date", r.n_undated);
        }
        if (r.n_renamed && ml < sizeof more) {
            snprintf(more + ml, sizeof more - ml, "; %zu with a taken id renamed", r.n_renamed);
        }
        if (r.db) {
            fprintf(stderr, "truce ingest: %zu stories read, %zu with events, %zu with no event, %zu with errors%s;"
                    " %zu events; %zu stories added to %s, %zu already there, %zu stored with an error tried again\n",
                    r.n_read, r.n_with, r.n_none, r.n_err, more, r.n_events_total, r.n_new, r.db_path, r.n_known,
                    r.n_retried);
        } else if (r.split) {
            fprintf(stderr, "truce split: %zu stories read, %zu with errors%s\n", r.n_read, r.n_err, more);
        } else {
            fprintf(stderr, "truce %s: %zu stories read, %zu with events, %zu with no event, %zu with errors%s; "
                    "%zu events\n", r.cmd, r.n_read, r.n_with, r.n_none, r.n_err, more, r.n_events_total);
        }
    }
    rc = r.n_err ? EXIT_INPUT : EXIT_OK;
done:
    if (r.n_threads) {
        pthread_mutex_lock(&r.lock);
        r.quit = true;
        pthread_cond_broadcast(&r.work_cv);
        pthread_mutex_unlock(&r.lock);
        for (int t = 0; t < r.n_threads; t++) {
            pthread_join(r.tid[t], NULL);
        }
    }
    if (r.sync_ready) {
        pthread_mutex_destroy(&r.lock);
        pthread_cond_destroy(&r.work_cv);
        pthread_cond_destroy(&r.done_cv);
    }
    truce_jsonl_free(r.jr);
    if (r.workers) {
        for (int t = 1; t < r.jobs; t++) {
            truce_coder_free(r.workers[t]);
        }
        free(r.workers);
    }
    if (r.readers) {
        for (int t = 1; t < r.jobs; t++) {
            truce_jsonl_free(r.readers[t]);
        }
        free(r.readers);
    }
    if (r.plovers) {
        for (int t = 0; t < r.jobs; t++) {
            truce_plover_free(r.plovers[t]);
        }
        free(r.plovers);
    }
    free(r.batch);
    free(r.spare);
    truce_coder_free(r.coder);
    truce_coder_free(r.re_coder);
    truce_jsonl_free(r.re_reader);
    truce_plover_free(r.re_plover);
    ids_free(r.ids);
    cli_gazetteer_unload(&gaz);
    cli_close_kb(r.kb);
    store_close(r.db);
    truce_buf_free(&r.out);
    if (!close_status(&r) && rc == EXIT_OK) {
        rc = EXIT_INTERNAL;
    }
    free(inputs);
    return rc;
}

int cmd_code(int argc, char **argv)
{
    return code_main(argc, argv, false, false);
}

int cmd_split(int argc, char **argv)
{
    return code_main(argc, argv, true, false);
}

int cmd_ingest(int argc, char **argv)
{
    return code_main(argc, argv, false, true);
}
