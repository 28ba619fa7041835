/* cmd_dict.c — `truce dict check`: read dictionaries users curate
 * (PETRARCH/TABARI actors, agents, discards, CAMEO.2.0 and TABARI verbs, or
 * a TABARI .project naming them) and report every problem as
 * FILE:LINE:COL: what was wrong; exit 1 if any was an error. Also the
 * shared loader behind `truce code --dict`.
 */
#include "cli.h"
#include "truce.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *cmd;
    bool print;
    size_t n_warnings;
} dict_report;

static truce_kb *open_kb(const char *cmd, const char *const *paths, size_t n, bool builtin, bool print,
                         size_t *n_errors, int *exit_code);

static void on_problem(void *user, const truce_error *e)
{
    dict_report *r = user;
    if (e->code == TRUCE_OK) {
        r->n_warnings++;
    }
    if (!r->print) {
        return;
    }
    if (e->line) {
        fprintf(stderr, "%s:%u:%u: %s: %s\n", e->path, e->line, e->col,
                e->code == TRUCE_OK ? "warning" : "error", e->msg);
    } else {
        fprintf(stderr, "%s: %s: %s\n", e->path, e->code == TRUCE_OK ? "warning" : "error", e->msg);
    }
}

/* A TABARI project file names its dictionaries: "<actorsfile> X",
 * "<verbsfile> Y", "<agentsfile> Z" (relative to the project). Appends
 * their paths (malloc'd) to out; false if the project cannot be read. */
static bool project_dicts(const char *path, char **out, size_t *n, size_t cap)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return false;
    }
    const char *slash = strrchr(path, '/');
    int dl = slash ? (int)(slash - path + 1) : 0;
    char line[4096];
    static const char *const keys[] = {"<actorsfile>", "<verbsfile>", "<agentsfile>"};
    while (fgets(line, sizeof line, f)) {
        for (int k = 0; k < 3; k++) {
            size_t kl = strlen(keys[k]);
            if (strncmp(line, keys[k], kl) != 0) {
                continue;
            }
            char *v = line + kl;
            while (*v == ' ' || *v == '\t') {
                v++;
            }
            v[strcspn(v, " \t\r\n")] = 0;
            if (*v && *n < cap) {
                size_t len = (size_t)dl + strlen(v) + 1;
                char *p = malloc(len);
                if (p) {
                    snprintf(p, len, "%.*s%s", dl, path, v);
                    out[(*n)++] = p;
                }
            }
        }
    }
    fclose(f);
    return true;
}

truce_kb *cli_open_kb(const char *cmd, const char *const *paths_in, size_t n_in, bool builtin, bool print,
                      size_t *n_errors, int *exit_code)
{
    /* a TABARI .project stands for the dictionaries it names */
    size_t n = 0, cap = n_in * 3 + 1;
    char **owned = calloc(cap, sizeof *owned);
    const char **paths = calloc(cap, sizeof *paths);
    if (!owned || !paths) {
        free(owned);
        free(paths);
        cli_error(cmd, "out of memory");
        *exit_code = EXIT_INTERNAL;
        return NULL;
    }
    size_t n_owned = 0;
    for (size_t i = 0; i < n_in; i++) {
        size_t l = strlen(paths_in[i]);
        if (l > 8 && !strcmp(paths_in[i] + l - 8, ".project")) {
            size_t before = n_owned;
            if (!project_dicts(paths_in[i], owned, &n_owned, cap)) {
                cli_error(cmd, "%s: cannot read: %s", paths_in[i], strerror(errno));
                for (size_t j = 0; j < n_owned; j++) {
                    free(owned[j]);
                }
                free(owned);
                free(paths);
                *exit_code = EXIT_INPUT;
                return NULL;
            }
            for (size_t j = before; j < n_owned; j++) {
                paths[n++] = owned[j];
            }
        } else {
            paths[n++] = paths_in[i];
        }
    }
    truce_kb *kb = open_kb(cmd, paths, n, builtin, print, n_errors, exit_code);
    for (size_t j = 0; j < n_owned; j++) {
        free(owned[j]);
    }
    free(owned);
    free(paths);
    return kb;
}

static truce_kb *open_kb(const char *cmd, const char *const *paths, size_t n, bool builtin, bool print,
                         size_t *n_errors, int *exit_code)
{
    truce_dict_file *files = calloc(n ? n : 1, sizeof *files);
    char **bufs = calloc(n ? n : 1, sizeof *bufs);
    truce_kb *kb = NULL;
    *exit_code = EXIT_OK;
    *n_errors = 0;
    if (!files || !bufs) {
        cli_error(cmd, "out of memory");
        *exit_code = EXIT_INTERNAL;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        FILE *f = fopen(paths[i], "rb");
        size_t len = 0;
        if (!f || !cli_read_all(f, &bufs[i], &len)) {
            cli_error(cmd, "%s: cannot read: %s", paths[i], strerror(errno));
            if (f) {
                fclose(f);
            }
            *exit_code = EXIT_INPUT;
            goto out;
        }
        fclose(f);
        files[i] = (truce_dict_file){paths[i], bufs[i], len};
    }
    dict_report rep = {cmd, print, 0};
    truce_error err = {0};
    kb = truce_kb_open_dicts(files, n, builtin, on_problem, &rep, n_errors, &err);
    if (!kb) {
        cli_error(cmd, "%s%s%s", err.path ? err.path : "", err.path ? ": " : "", err.msg);
        *exit_code = EXIT_INTERNAL;
    } else if (n && !print && (*n_errors || rep.n_warnings)) {
        fprintf(stderr, "truce %s: dictionaries: %zu lines skipped as errors, %zu warnings (details: truce dict check)\n",
                cmd, *n_errors, rep.n_warnings);
    } else if (print) {
        fprintf(stderr, "truce %s: %zu errors, %zu warnings\n", cmd, *n_errors, rep.n_warnings);
    }
out:
    for (size_t i = 0; bufs && i < n; i++) {
        free(bufs[i]);
    }
    free(bufs);
    free(files);
    return kb;
}

static void help(FILE *f)
{
    fprintf(f,
        "usage: truce dict check FILE...\n"
        "\n"
        "Read dictionaries in the PETRARCH/TABARI formats (actors with dated codes,\n"
        "agents, discards, CAMEO.2.0 and TABARI verb files, or a TABARI .project\n"
        "naming them) as 'truce code --dict' does, and print every\n"
        "problem as FILE:LINE:COL: error|warning: what was wrong. A line with an error\n"
        "is skipped; the rest of the file is used. Exit status 1 if there were errors.\n");
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        if (argc < 2) {
            return cli_usage_error("dict", "expected a subcommand: check");
        }
        help(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "check") != 0) {
        return cli_usage_error("dict", "unknown subcommand '%s' (expected check)", argv[1]);
    }
    if (argc < 3) {
        return cli_usage_error("dict", "check needs at least one dictionary file");
    }
    size_t n_errors;
    int rc;
    truce_kb *kb = cli_open_kb("dict", (const char *const *)argv + 2, (size_t)argc - 2, false, true,
                               &n_errors, &rc);
    if (!kb) {
        return rc;
    }
    truce_kb_close(kb);
    return n_errors ? EXIT_INPUT : EXIT_OK;
}
