/* cmd_db.c — `truce db`: look after a store made by `truce ingest`.
 *
 *   truce db check DB          SQLite's integrity check and the store's own
 *                              invariants; prints the counts; exit 1 on any
 *                              problem
 *   truce db export [--status] DB
 *                              every event as JSON Lines, in ingest order
 *                              (with --status, each story's status record
 *                              after its events)
 */
#include "cli.h"
#include "store.h"

#include <stdio.h>
#include <string.h>

static void help(FILE *f)
{
    fprintf(f,
        "usage: truce db check DB\n"
        "       truce db export [--status] DB\n"
        "\n"
        "check   run SQLite's integrity check on a store made by 'truce ingest', and\n"
        "        its own invariants (each story's event count, no story stored\n"
        "        twice, statuses); print the counts; exit 1 on any problem\n"
        "export  print every stored event as JSON Lines, in ingest order; with\n"
        "        --status, each story's status record follows its events\n");
}

int cmd_db(int argc, char **argv)
{
    opts o;
    opts_init(&o, argc, argv);
    const char *name, *what = NULL, *path = NULL;
    bool statuses = false;
    int k;
    while ((k = opts_next(&o, &name)) >= 0) {
        if (k == 0) {
            if (!what) {
                what = name;
            } else if (!path) {
                path = name;
            } else {
                return cli_usage_error("db", "one database at a time, found '%s' too", name);
            }
        } else if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            help(stdout);
            return EXIT_OK;
        } else if (strcmp(name, "--status") == 0) {
            statuses = true;
        } else {
            static const char *const known[] = {"--status", "--help", "-h", NULL};
            return cli_unknown_option("db", name, known);
        }
    }
    if (!what || (strcmp(what, "check") && strcmp(what, "export"))) {
        static const char *const subs[] = {"check", "export", NULL};
        const char *s = what ? cli_suggest(what, subs) : NULL;
        if (s) {
            return cli_usage_error("db", "expected check or export, found '%s'; did you mean '%s'?", what, s);
        }
        return cli_usage_error("db", "expected check or export, found '%s'", what ? what : "nothing");
    }
    if (!path) {
        return cli_usage_error("db", "%s needs a database file", what);
    }
    char msg[512];
    store *s = store_open(path, false, msg, sizeof msg);
    if (!s) {
        cli_error("db", "%s", msg);
        return EXIT_INPUT;
    }
    int rc = EXIT_OK;
    if (strcmp(what, "check") == 0) {
        long n = store_check(s, stdout);
        if (n < 0) {
            cli_error("db", "%s: check failed: %s", path, store_errmsg(s));
            rc = EXIT_INTERNAL;
        } else if (n > 0) {
            cli_error("db", "%s: %ld problems", path, n);
            rc = EXIT_INPUT;
        }
    } else if (!store_export(s, stdout, statuses)) {
        cli_error("db", "%s: export failed: %s", path, store_errmsg(s));
        rc = EXIT_INTERNAL;
    }
    if (fflush(stdout) != 0 && rc == EXIT_OK) {
        cli_error("db", "cannot write output");
        rc = EXIT_INTERNAL;
    }
    store_close(s);
    return rc;
}
