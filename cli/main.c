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
    {"code", cmd_code, "code news stories into CAMEO/PLOVER events (JSON Lines, TSV, CSV, GDELT, Phoenix, PLOVER)"},
    {"ingest", cmd_ingest, "code stories into a SQLite store, idempotent and safe to kill (truce ingest DB FILE...)"},
    {"db", cmd_db, "check a store or export its events (truce db check|export DB)"},
    {"split", cmd_split, "show a story's date, dateline and sentences as truce reads them"},
    {"geo", cmd_geo, "find place names in text and show how the gazetteer resolves them"},
    {"dict", cmd_dict, "check or compile dictionaries (truce dict check FILE..., truce dict compile -o OUT FILE...)"},
    {"validate", cmd_validate, "run a PETRARCH unit-test record file and count the records passed"},
    {"help", cmd_help, "show this help"},
    {"version", cmd_version, "print the version"},
};

/* The commands' names, for suggestions. */
static const char *const command_names[] = {"code", "ingest", "db", "split", "geo", "dict", "validate",
                                            "help", "version", NULL};

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

bool cli_opt_is(const char *name, const char *opt)
{
    size_t n = strlen(opt);
    return strncmp(name, opt, n) == 0 && (name[n] == 0 || name[n] == '=');
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

/* The help topic for a command's usage errors: "dict" for "dict", nothing
 * for "help" itself. */
static void try_help(const char *cmd)
{
    if (cmd && *cmd && strcmp(cmd, "help") != 0) {
        fprintf(stderr, "try 'truce help %s'\n", cmd);
    } else {
        fputs("try 'truce help'\n", stderr);
    }
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "truce %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    try_help(cmd);
    return EXIT_USAGE;
}

/* Optimal string alignment distance (Levenshtein plus transpositions) of
 * a and b, or cap + 1 when it is over cap. Words here are short: names
 * longer than 63 bytes are not compared. */
static size_t edit_distance(const char *a, const char *b, size_t cap)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 63 || m > 63) {
        return cap + 1;
    }
    size_t d[64][64];
    for (size_t i = 0; i <= n; i++) {
        d[i][0] = i;
    }
    for (size_t j = 0; j <= m; j++) {
        d[0][j] = j;
    }
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t x = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < x) {
                x = d[i][j - 1] + 1;
            }
            if (d[i - 1][j - 1] + cost < x) {
                x = d[i - 1][j - 1] + cost;
            }
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < x) {
                x = d[i - 2][j - 2] + 1;
            }
            d[i][j] = x;
        }
    }
    return d[n][m] > cap ? cap + 1 : d[n][m];
}

const char *cli_suggest(const char *word, const char *const *cands)
{
    /* "--fromat=tsv": the name before '=' */
    char w[64];
    size_t wl = strcspn(word, "=");
    if (wl == 0 || wl >= sizeof w) {
        return NULL;
    }
    memcpy(w, word, wl);
    w[wl] = 0;
    size_t letters = wl - strspn(w, "-");
    /* near enough to be a slip of the keyboard: one edit in a short
     * name, two in a longer one, three in a long one */
    size_t cap = letters <= 4 ? 1 : letters <= 8 ? 2 : 3;
    const char *best = NULL, *prefix_of = NULL;
    size_t best_d = cap + 1, n_prefix = 0;
    for (size_t i = 0; cands[i]; i++) {
        size_t d = edit_distance(w, cands[i], cap);
        if (d < best_d) {
            best_d = d;
            best = cands[i];
        }
        if (letters >= 3 && strncmp(cands[i], w, wl) == 0) {
            prefix_of = cands[i];
            n_prefix++;
        }
    }
    if (best) {
        return best;
    }
    /* "--max-story" for "--max-story-bytes": an unambiguous beginning */
    return n_prefix == 1 ? prefix_of : NULL;
}

int cli_unknown_option(const char *cmd, const char *name, const char *const *known)
{
    const char *s = cli_suggest(name, known);
    if (s) {
        fprintf(stderr, "truce %s: unknown option '%s'; did you mean '%s'?\n", cmd, name, s);
    } else {
        fprintf(stderr, "truce %s: unknown option '%s'\n", cmd, name);
    }
    try_help(cmd);
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
        "'truce help <command>' (or 'truce <command> --help') describes a command's\n"
        "options; 'man truce' describes them all, with exit codes and output fields.\n"
        "Example: truce code story.txt     truce code --date 2020-10-02 < stories.jsonl\n");
}

static int cmd_help(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "help") != 0 && strcmp(argv[1], "version") != 0) {
        for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
            if (strcmp(argv[1], commands[i].name) == 0 && commands[i].fn != cmd_help) {
                char *args[] = {argv[1], "--help", NULL};
                return commands[i].fn(2, args);
            }
        }
        const char *s = cli_suggest(argv[1], command_names);
        if (s) {
            return cli_usage_error("help", "no command '%s'; did you mean '%s'?", argv[1], s);
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
    const char *s = cli_suggest(argv[1], command_names);
    if (s) {
        fprintf(stderr, "truce: unknown command '%s'; did you mean '%s'?\ntry 'truce help'\n", argv[1], s);
    } else {
        fprintf(stderr, "truce: unknown command '%s'\ntry 'truce help'\n", argv[1]);
    }
    return EXIT_USAGE;
}
