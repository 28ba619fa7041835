/* main.c — the truce command: a table of subcommands.
 *
 * truce <command> [options] [args]. `truce help` and `-h` print usage to
 * stdout; misuse prints one line and "try 'truce help'" to stderr and
 * exits 2.
 */
#include "cli.h"
#include "truce.h"

#include <stdarg.h>
#include <string.h>

typedef struct {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *help;
} command;

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

static const command commands[] = {
    {"code", cmd_code, "code news stories into CAMEO/PLOVER events (JSON Lines or TSV)"},
    {"ingest", cmd_ingest, "code stories into a SQLite store, idempotent and safe to kill (truce ingest DB FILE...)"},
    {"db", cmd_db, "check a store or export its events (truce db check|export DB)"},
    {"split", cmd_split, "show a story's date, dateline and sentences as truce reads them"},
    {"geo", cmd_geo, "find place names in text and show how the gazetteer resolves them"},
    {"dict", cmd_dict, "check or compile dictionaries (truce dict check FILE..., truce dict compile -o OUT FILE...)"},
    {"validate", cmd_validate, "run a PETRARCH unit-test record file and count the records passed"},
    {"help", cmd_help, "show this help"},
    {"version", cmd_version, "print the version"},
};

void opts_init(opts *o, int argc, char **argv)
{
    o->argc = argc;
    o->argv = argv;
    o->i = 1;
    o->arg = NULL;
    o->only_args = false;
}

int opts_next(opts *o, const char **name)
{
    if (o->i >= o->argc) {
        return -1;
    }
    const char *a = o->argv[o->i++];
    if (!o->only_args && strcmp(a, "--") == 0) {
        o->only_args = true;
        return opts_next(o, name);
    }
    if (!o->only_args && a[0] == '-' && a[1] != 0) {
        *name = a;
        return 1;
    }
    *name = a;
    return 0;
}

const char *opts_value(opts *o, const char *name)
{
    const char *eq = strchr(name, '=');
    if (eq) {
        return eq + 1;
    }
    if (o->i < o->argc) {
        return o->argv[o->i++];
    }
    return NULL;
}

void cli_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "truce %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "truce %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\ntry 'truce help'\n");
    va_end(ap);
    return EXIT_USAGE;
}

static void usage(FILE *f)
{
    fprintf(f,
        "truce %s — English news stories in, political event data out\n"
        "\n"
        "usage: truce <command> [options] [args]\n"
        "\n"
        "commands:\n", TRUCE_VERSION);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].help);
    }
    fprintf(f,
        "\n"
        "'truce <command> --help' describes a command's options.\n"
        "Example: truce code story.txt     truce code --date 2020-10-02 < stories.jsonl\n");
}

static int cmd_help(int argc, char **argv)
{
    if (argc > 1) {
        for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
            if (strcmp(argv[1], commands[i].name) == 0 && commands[i].fn != cmd_help) {
                char *args[] = {argv[1], "--help", NULL};
                return commands[i].fn(2, args);
            }
        }
        return cli_usage_error("help", "no command '%s'", argv[1]);
    }
    usage(stdout);
    return EXIT_OK;
}

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("truce %s\n", TRUCE_VERSION);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        return cmd_version(0, NULL);
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        if (strcmp(argv[1], commands[i].name) == 0) {
            return commands[i].fn(argc - 1, argv + 1);
        }
    }
    fprintf(stderr, "truce: unknown command '%s'\ntry 'truce help'\n", argv[1]);
    return EXIT_USAGE;
}
