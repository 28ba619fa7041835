/* cli.h — shared by the truce command's subcommands.
 *
 * A small reentrant option parser (its state lives in a struct, so each
 * subcommand parses its own argv) and the error-printing convention:
 * "truce CMD: what was wrong", exit 0 ok, 1 bad input, 2 usage, 3 internal.
 */
#ifndef TRUCE_CLI_H
#define TRUCE_CLI_H

#include <stdbool.h>
#include <stdio.h>

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

typedef struct {
    int argc;
    char **argv;
    int i;              /* next argument */
    const char *arg;    /* the option's value, if it takes one */
    bool only_args;     /* after "--" */
} opts;

/* Next option name ("--date", "-h") or NULL when only operands remain;
 * operands are collected by the caller via opts_operand(). */
void opts_init(opts *o, int argc, char **argv);
/* Returns 1 for an option (in *name), 0 for an operand (in *name), -1 at
 * the end. */
int opts_next(opts *o, const char **name);
/* The value of the current option: "--date=X" or the next argument. NULL
 * if missing. */
const char *opts_value(opts *o, const char *name);

/* "truce CMD: what was wrong" on stderr. */
void cli_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same, then "try 'truce help CMD'"; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The name in the NULL-terminated list cands that word (an option, or
 * "--opt=value") most likely misspells, or NULL when none is near enough:
 * a few edits away (transpositions count one), or the only name it begins. */
const char *cli_suggest(const char *word, const char *const *cands);
/* "truce CMD: unknown option 'X'; did you mean 'Y'?" (when one of known,
 * a NULL-terminated list, is near) and the help line; returns EXIT_USAGE. */
int cli_unknown_option(const char *cmd, const char *name, const char *const *known);
/* Whether the option name is opt, alone or as "opt=value". */
bool cli_opt_is(const char *name, const char *opt);

int cmd_code(int argc, char **argv);

/* The gazetteer (data.c). cli_gazetteer_path: where it is when the user
 * names none (--gazetteer): $TRUCE_GAZETTEER, $TRUCE_DATA/gazetteer.bin,
 * else the first readable of the places beside the executable and the
 * compiled-in data directory; malloc'd. NULL when out of memory (*from
 * set) or when none of them is there (*from == CLI_DATA_NONE, the places
 * tried listed in tried). */
enum { CLI_DATA_OPTION, CLI_DATA_ENV_FILE, CLI_DATA_ENV_DIR, CLI_DATA_FOUND, CLI_DATA_NONE };
char *cli_gazetteer_path(int *from, char *tried, size_t tried_cap);
/* Its bytes mapped read-only, or NULL (errno set) if it cannot be read or
 * is empty; unmapped by cli_gazetteer_free(). */
void *cli_gazetteer_read(const char *path, size_t *len);
void cli_gazetteer_free(void *blob, size_t len);
/* Find (path_opt, else cli_gazetteer_path), map and open the gazetteer.
 * EXIT_OK with g filled, or the exit code after printing what was wrong
 * and what to do (EXIT_USAGE for an unreadable --gazetteer, EXIT_INPUT for
 * one missing or broken). Release with cli_gazetteer_unload() (also after
 * a failure, or on a zeroed g). */
struct geo;
typedef struct {
    void *blob;
    size_t len;
    struct geo *geo;       /* a truce_geo */
    char *path;            /* where it was found (malloc'd) */
} cli_gazetteer;
int cli_gazetteer_load(const char *cmd, const char *path_opt, cli_gazetteer *g);
void cli_gazetteer_unload(cli_gazetteer *g);
int cmd_split(int argc, char **argv);
int cmd_dict(int argc, char **argv);

/* Read a whole stream into malloc'd memory. */
bool cli_read_all(FILE *f, char **out, size_t *len);
/* Load knowledge: built-in (if builtin) plus the dictionaries at paths;
 * problems printed one per line (print) or as a count. NULL on failure with
 * *exit_code set. */
struct truce_kb;
struct truce_kb *cli_open_kb(const char *cmd, const char *const *paths, size_t n, bool builtin,
                             bool print, size_t *n_errors, int *exit_code);
/* Close a kb from cli_open_kb (and unmap its image, if it has one). */
void cli_close_kb(struct truce_kb *kb);
int cmd_geo(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_db(int argc, char **argv);
/* `truce validate PROJECT.project`: a TABARI validation suite
 * (validate_tabari.c). */
int validate_tabari(const char *project, bool builtin, bool explain);

#endif
