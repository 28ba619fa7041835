/* cmd_report.c — `truce report DB -o FILE`: one self-contained HTML page
 * of a store: the timeline, the ceasefire ledger, the dyads, the map and
 * the evidence.
 *
 * Reads the store with report_data_load() (SQL, read-only), writes the
 * page with report_html() into memory, then to FILE through a temporary
 * file renamed over it, so a reader never sees half a page.
 */
#include "cli.h"
#include "progress.h"
#include "report_data.h"
#include "report_html.h"
#include "truce.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void help(FILE *f)
{
    fprintf(f,
        "usage: truce report DB -o FILE [options]\n"
        "\n"
        "Write one self-contained HTML page about a store made by 'truce ingest': a\n"
        "timeline of incidents by QuadClass with the stories published, the ceasefire\n"
        "ledger between two parties, the most active actor pairs, a map of the located\n"
        "events on Natural Earth's countries (compiled into truce), and the evidence:\n"
        "the most reported incidents with their sentences and story ids. Charts are\n"
        "inline SVG; the page needs no network, no script and no other file, and\n"
        "prints on A4.\n"
        "\n"
        "  -o, --output FILE       the page to write ('-' for stdout)\n"
        "  --title TEXT            the page's title (default: from the parties or the store)\n"
        "  --parties A,B           the ledger's two parties: countries (ISO alpha-3) or\n"
        "                          actor codes (ARM matches ARMGOV, ARMMIL)\n"
        "  --ceasefire YYYY-MM-DD  the ceasefire's first day: marked on the timeline;\n"
        "                          the ledger compares the rates before and after it\n"
        "  --before DAYS           days before the ceasefire (default 28), as truce monitor\n"
        "  --after DAYS            days from the ceasefire on (default 28)\n"
        "  --by week|day           the ledger's periods (default week)\n"
        "Filters (the events shown):\n"
        "  --from YYYY-MM-DD       first day (default: the ledger's window, else the\n"
        "                          stories' days and the 90 days before the first)\n"
        "  --to YYYY-MM-DD         last day\n"
        "  --country ISO3          events with this country as source, target or place\n"
        "  --actor CODE            events with an actor whose code starts with CODE\n"
        "  --dyad A,B              events of A on B or B on A (countries or actor codes)\n"
        "  --code CODE             CAMEO codes starting with CODE (19: all of 19x)\n"
        "  --root NN               one CAMEO root (01-20)\n"
        "  --quad N                one QuadClass (1-4)\n"
        "  --place NAME            events placed at NAME (or in that subdivision or country)\n"
        "  --min-confidence X      events whose confidence is at least X (0-1)\n"
        "  -q, --quiet             no progress line and no summary on stderr\n"
        "  -h, --help              this help\n"
        "\n"
        "The ledger counts as 'truce monitor' does, by incident; the page's filters do\n"
        "not apply to it. A store of schema 1 is refused: 'truce db migrate DB' first.\n"
        "\n"
        "Exit status: 0 ok, 1 not a store or cannot write FILE, 2 usage, 3 internal error.\n");
}

static const char *const report_options[] = {"--output", "--title", "--parties", "--ceasefire", "--before",
                                             "--after", "--by", "--from", "--to", "--country", "--actor", "--dyad",
                                             "--code", "--root", "--quad", "--place", "--min-confidence",
                                             "--quiet", "--help", NULL};

/* A whole number of days, 0 to 100 years. */
static bool days_arg(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v < 0 || v > 36600) {
        return false;
    }
    *out = (int)v;
    return true;
}

/* The last path component of p. */
static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s && s[1] ? s + 1 : p;
}

static bool write_file(const char *path, const truce_buf *b, char *err, size_t cap)
{
    if (strcmp(path, "-") == 0) {
        if (fwrite(b->p, 1, b->len, stdout) != b->len || fflush(stdout) != 0) {
            snprintf(err, cap, "cannot write to stdout: %s", strerror(errno));
            return false;
        }
        return true;
    }
    char tmp[4096];
    int n = snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    if (n < 0 || (size_t)n >= sizeof tmp) {
        snprintf(err, cap, "%s: name too long", path);
        return false;
    }
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        snprintf(err, cap, "%s: cannot write: %s", path, strerror(errno));
        return false;
    }
    bool ok = fwrite(b->p, 1, b->len, f) == b->len;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        snprintf(err, cap, "%s: cannot write: %s", path, strerror(errno));
        remove(tmp);
        return false;
    }
    return true;
}

int cmd_report(int argc, char **argv)
{
    opts o;
    opts_init(&o, argc, argv);
    const char *name, *db = NULL, *out = NULL, *title = NULL;
    report_filter f = {0};
    report_ledger_opts lo = {NULL, TRUCE_NODAY, 28, 28, false};
    const char *ceasefire = NULL;
    bool quiet = false;
    char filters[1024] = "";
    size_t fl = 0;
    int k;
    while ((k = opts_next(&o, &name)) >= 0) {
        if (k == 0) {
            if (db) {
                return cli_usage_error("report", "one store at a time, found '%s' too", name);
            }
            db = name;
            continue;
        }
        if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            help(stdout);
            return EXIT_OK;
        }
        if (strcmp(name, "-q") == 0 || strcmp(name, "--quiet") == 0) {
            quiet = true;
            continue;
        }
        /* every other option takes a value */
        static const char *const with_value[] = {"-o", "--output", "--title", "--parties", "--ceasefire",
                                                 "--before", "--after", "--by", "--from", "--to", "--country", "--actor",
                                                 "--dyad", "--code", "--root", "--quad", "--place",
                                                 "--min-confidence", NULL};
        const char *opt = NULL;
        for (size_t i = 0; with_value[i]; i++) {
            if (cli_opt_is(name, with_value[i])) {
                opt = with_value[i];
            }
        }
        if (!opt) {
            return cli_unknown_option("report", name, report_options);
        }
        const char *v = opts_value(&o, name);
        if (!v || !*v) {
            return cli_usage_error("report", "%s needs a value", opt);
        }
        bool filter = false;
        if (strcmp(opt, "-o") == 0 || strcmp(opt, "--output") == 0) {
            out = v;
        } else if (strcmp(opt, "--title") == 0) {
            title = v;
        } else if (strcmp(opt, "--parties") == 0) {
            lo.parties = v;
        } else if (strcmp(opt, "--ceasefire") == 0) {
            ceasefire = v;
            if (!truce_day_parse(v, strlen(v), &lo.ceasefire)) {
                return cli_usage_error("report", "--ceasefire: expected a date YYYY-MM-DD, found '%s'", v);
            }
        } else if (strcmp(opt, "--before") == 0 || strcmp(opt, "--after") == 0) {
            if (!days_arg(v, opt[2] == 'b' ? &lo.before : &lo.after)) {
                return cli_usage_error("report", "%s: expected a number of days, found '%s'", opt, v);
            }
        } else if (strcmp(opt, "--by") == 0) {
            if (strcmp(v, "week") != 0 && strcmp(v, "day") != 0) {
                return cli_usage_error("report", "--by: expected week or day, found '%s'", v);
            }
            lo.by_day = v[0] == 'd';
        } else if (strcmp(opt, "--quad") == 0) {
            if (strlen(v) != 1 || v[0] < '1' || v[0] > '4') {
                return cli_usage_error("report", "--quad: expected a QuadClass 1-4, found '%s'", v);
            }
            f.quad = v[0] - '0';
            filter = true;
        } else if (strcmp(opt, "--min-confidence") == 0) {
            char *end;
            f.min_confidence = strtod(v, &end);
            if (end == v || *end || f.min_confidence < 0 || f.min_confidence > 1) {
                return cli_usage_error("report", "--min-confidence: expected a number from 0 to 1, found '%s'", v);
            }
            filter = true;
        } else {
            filter = true;
            const char **slot = strcmp(opt, "--from") == 0 ? &f.from : strcmp(opt, "--to") == 0 ? &f.to
                              : strcmp(opt, "--country") == 0 ? &f.country : strcmp(opt, "--actor") == 0 ? &f.actor
                              : strcmp(opt, "--dyad") == 0 ? &f.dyad : strcmp(opt, "--code") == 0 ? &f.code
                              : strcmp(opt, "--root") == 0 ? &f.root : &f.place;
            *slot = v;
        }
        if (filter && fl < sizeof filters) {
            int n = snprintf(filters + fl, sizeof filters - fl, "%s%s %s", fl ? " " : "", opt, v);
            fl += n > 0 ? (size_t)n : 0;
        }
    }
    if (!db) {
        return cli_usage_error("report", "needs a store: truce report DB -o FILE");
    }
    if (!out) {
        if (isatty(STDOUT_FILENO)) {
            return cli_usage_error("report", "where should the page go? give -o FILE (or -o - for stdout)");
        }
        out = "-";
    }
    if (f.root && (strlen(f.root) != 2 || atoi(f.root) < 1 || atoi(f.root) > 20)) {
        return cli_usage_error("report", "--root: expected a CAMEO root 01-20, found '%s'", f.root);
    }
    if (access(db, R_OK) != 0) {
        cli_error("report", "%s: cannot read the store: %s", db, strerror(errno));
        return EXIT_INPUT;
    }
    progress prog;
    progress_start(&prog, "report", quiet);
    report_data d;
    char err[512] = "";
    int rc = report_data_load(db, &f, &lo, &d, &prog, err, sizeof err);
    if (rc != EXIT_OK) {
        progress_end(&prog);
        report_data_free(&d);
        if (rc == EXIT_USAGE) {
            return cli_usage_error("report", "%s", err);
        }
        cli_error("report", "%s", err);
        return rc;
    }
    /* the CAMEO codes' names come from the built-in knowledge */
    truce_error kerr = {0};
    truce_kb *kb = truce_kb_open(&kerr);
    char auto_title[256];
    if (!title) {
        if (lo.parties) {
            char a[64] = "";
            snprintf(a, sizeof a, "%s", lo.parties);
            char *comma = strchr(a, ',');
            if (comma) {
                *comma = 0;
            }
            snprintf(auto_title, sizeof auto_title, "Ceasefire monitor: %s and %s%s%s", a,
                     comma ? comma + 1 : "", ceasefire ? ", ceasefire of " : "", ceasefire ? ceasefire : "");
        } else {
            snprintf(auto_title, sizeof auto_title, "Events in %s", base_name(db));
        }
        title = auto_title;
    }
    report_opts ro = {title, base_name(db), filters, lo.ceasefire, kb};
    truce_buf page = {0};
    report_html(&page, &d, &ro);
    progress_end(&prog);
    if (page.failed) {
        cli_error("report", "out of memory writing the page");
        rc = EXIT_INTERNAL;
    } else if (!write_file(out, &page, err, sizeof err)) {
        cli_error("report", "%s", err);
        rc = EXIT_INPUT;
    } else if (!quiet) {
        char a[11], b[11];
        truce_day_format(d.first, a);
        truce_day_format(d.last, b);
        fprintf(stderr, "truce report: wrote %s (%zu KB): %llu events from %s to %s, %zu dyads, %zu places, "
                "%zu incidents with evidence%s\n", strcmp(out, "-") ? out : "stdout", (page.len + 1023) / 1024,
                (unsigned long long)d.n_events, a, b, d.n_dyad, d.n_point, d.n_inc,
                d.ledger.on ? ", the ledger" : "");
    }
    truce_buf_free(&page);
    truce_kb_close(kb);
    report_data_free(&d);
    return rc;
}
