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

void cli_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int cmd_code(int argc, char **argv);

/* The gazetteer image: its default path ($TRUCE_GAZETTEER, else
 * gazetteer.bin or build/gazetteer.bin beside the binary; malloc'd), and
 * its bytes mapped read-only, or NULL if it cannot be read or is empty;
 * unmapped by cli_gazetteer_free(). */
char *cli_gazetteer_path(void);
void *cli_gazetteer_read(const char *path, size_t *len);
void cli_gazetteer_free(void *blob, size_t len);
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
