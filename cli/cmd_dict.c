/* cmd_dict.c — `truce dict check`: read dictionaries users curate
 * (PETRARCH/TABARI actors, agents, discards, CAMEO.2.0 and TABARI verbs, or
 * a TABARI .project naming them) and report every problem as
 * FILE:LINE:COL: what was wrong; exit 1 if any was an error.
 * `truce dict compile -o OUT`: the same knowledge as one compiled image,
 * which --dict maps in place. Also the shared loader behind
 * `truce code --dict` (text dictionaries or an image).
 */
#include "cli.h"
#include "truce.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* Images opened by cli_open_kb, to unmap when their kb is closed. */
static struct {
    truce_kb *kb;
    void *map;
    size_t len;
} mapped[4];

/* Whether the file at path begins like a compiled image; false (errno
 * set) if it cannot be read. */
static bool is_image(const char *path, bool *image)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return false;
    }
    char head[16];
    size_t n = fread(head, 1, sizeof head, f);
    bool err = ferror(f);
    fclose(f);
    *image = truce_kb_is_image(head, n);
    return !err;
}

/* Map an image privately (its pointers are relocated in the private copy
 * of the pages that hold them; the rest stays shared with the page
 * cache) and open it. */
static truce_kb *open_image(const char *cmd, const char *path, int *exit_code)
{
    size_t slot = 0;
    while (slot < sizeof mapped / sizeof *mapped && mapped[slot].kb) {
        slot++;
    }
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        cli_error(cmd, "%s: cannot read: %s", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
        }
        *exit_code = EXIT_INPUT;
        return NULL;
    }
    size_t len = (size_t)st.st_size;
    void *map = len ? mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    int map_errno = errno;
    close(fd);
    if (map == MAP_FAILED || slot == sizeof mapped / sizeof *mapped) {
        cli_error(cmd, "%s: cannot map: %s", path, len ? strerror(map_errno) : "empty file");
        if (map != MAP_FAILED) {
            munmap(map, len);
        }
        *exit_code = EXIT_INPUT;
        return NULL;
    }
    truce_error err = {0};
    truce_kb *kb = truce_kb_open_image(map, len, &err);
    if (!kb) {
        if (err.offset >= 0) {
            cli_error(cmd, "%s: byte %lld: %s", path, (long long)err.offset, err.msg);
        } else {
            cli_error(cmd, "%s: %s", path, err.msg);
        }
        munmap(map, len);
        *exit_code = err.code == TRUCE_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
        return NULL;
    }
    mapped[slot].kb = kb;
    mapped[slot].map = map;
    mapped[slot].len = len;
    return kb;
}

void cli_close_kb(truce_kb *kb)
{
    truce_kb_close(kb);
    for (size_t i = 0; kb && i < sizeof mapped / sizeof *mapped; i++) {
        if (mapped[i].kb == kb) {
            munmap(mapped[i].map, mapped[i].len);
            mapped[i].kb = NULL;
        }
    }
}

truce_kb *cli_open_kb(const char *cmd, const char *const *paths_in, size_t n_in, bool builtin, bool print,
                      size_t *n_errors, int *exit_code)
{
    /* a compiled image is all the knowledge there is */
    *n_errors = 0;
    for (size_t i = 0; i < n_in; i++) {
        bool image = false;
        if (!is_image(paths_in[i], &image)) {
            cli_error(cmd, "%s: cannot read: %s", paths_in[i], strerror(errno));
            *exit_code = EXIT_INPUT;
            return NULL;
        }
        if (!image) {
            continue;
        }
        if (n_in > 1) {
            cli_error(cmd, "%s: a compiled image holds all its knowledge and cannot be combined with other "
                      "dictionaries; compile them together (truce dict compile -o OUT FILE...)", paths_in[i]);
            *exit_code = EXIT_USAGE;
            return NULL;
        }
        *exit_code = EXIT_OK;
        return open_image(cmd, paths_in[i], exit_code);
    }
    if (n_in == 0 && builtin) {
        truce_error err = {0};
        truce_kb *kb = truce_kb_open(&err);
        *exit_code = EXIT_OK;
        if (!kb) {
            cli_error(cmd, "%s%s%s", err.path ? err.path : "", err.path ? ": " : "", err.msg);
            *exit_code = EXIT_INTERNAL;
        }
        return kb;
    }
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
        "       truce dict compile -o OUT [--no-builtin] [--strict] [FILE...]\n"
        "\n"
        "check: read dictionaries in the PETRARCH/TABARI formats (actors with dated\n"
        "codes, agents, discards, issues, CAMEO.2.0 and TABARI verb files, or a TABARI\n"
        ".project naming them) as 'truce code --dict' does, and print every problem as\n"
        "FILE:LINE:COL: error|warning: what was wrong. A line with an error is skipped;\n"
        "the rest of the file is used. Exit status 1 if there were errors. Given a\n"
        "compiled image, say what it was compiled from.\n"
        "\n"
        "compile: load the built-in knowledge (unless --no-builtin) and the FILEs, as\n"
        "'truce code --dict' does, and write them as one compiled image to OUT, which\n"
        "'truce code --dict OUT' maps and uses in milliseconds. Problems are printed as\n"
        "by check; lines with errors are left out of the image (with --strict, any error\n"
        "means no image and exit status 1). An image is tied to the build of truce that\n"
        "wrote it; another build refuses it and asks for it to be compiled again.\n");
}

static void help(FILE *f);

static int dict_check(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            help(stdout);
            return EXIT_OK;
        }
        if (argv[i][0] == '-' && argv[i][1]) {
            static const char *const known[] = {"--help", "-h", NULL};
            return cli_unknown_option("dict", argv[i], known);
        }
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
    const char *info = truce_kb_info(kb);
    if (info) {
        printf("%s: compiled knowledge image: %s\n", argv[2], info);
    }
    cli_close_kb(kb);
    return n_errors ? EXIT_INPUT : EXIT_OK;
}

/* Write all of b to path through a temporary file renamed into place, so
 * that OUT is never a partial image. */
static bool write_file(const char *path, const truce_buf *b)
{
    size_t pl = strlen(path) + 8;
    char *tmp = malloc(pl);
    if (!tmp) {
        return false;
    }
    snprintf(tmp, pl, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(b->p, 1, b->len, f) == b->len;
    ok = f && fclose(f) == 0 && ok;
    int e = errno;
    if (ok && rename(tmp, path) != 0) {
        e = errno;
        ok = false;
    }
    if (!ok) {
        remove(tmp);
    }
    free(tmp);
    errno = e;
    return ok;
}

static int dict_compile(int argc, char **argv)
{
    opts o;
    opts_init(&o, argc - 1, argv + 1);
    const char *out = NULL, *name;
    bool builtin = true, strict = false;
    const char **files = calloc((size_t)argc, sizeof *files);
    size_t n = 0;
    int r;
    if (!files) {
        cli_error("dict", "out of memory");
        return EXIT_INTERNAL;
    }
    while ((r = opts_next(&o, &name)) >= 0) {
        if (r == 0) {
            files[n++] = name;
        } else if (!strcmp(name, "-o") || !strcmp(name, "--output")) {
            if (!(out = opts_value(&o, name))) {
                free(files);
                return cli_usage_error("dict", "%s needs a file name", name);
            }
        } else if (!strcmp(name, "--no-builtin")) {
            builtin = false;
        } else if (!strcmp(name, "--strict")) {
            strict = true;
        } else {
            static const char *const known[] = {"-o", "--output", "--no-builtin", "--strict", NULL};
            free(files);
            return cli_unknown_option("dict", name, known);
        }
    }
    if (!out) {
        free(files);
        return cli_usage_error("dict", "compile needs -o OUT");
    }
    if (!builtin && n == 0) {
        free(files);
        return cli_usage_error("dict", "compile --no-builtin needs at least one dictionary file");
    }
    size_t n_errors;
    int rc;
    truce_kb *kb = cli_open_kb("dict", files, n, builtin, true, &n_errors, &rc);
    if (!kb) {
        free(files);
        return rc;
    }
    if (truce_kb_info(kb)) {
        cli_close_kb(kb);
        cli_error("dict", "%s is already compiled", files[0]);
        free(files);
        return EXIT_USAGE;
    }
    rc = EXIT_OK;
    if (strict && n_errors) {
        cli_error("dict", "%zu errors: no image written (--strict)", n_errors);
        rc = EXIT_INPUT;
    } else {
        /* what the image holds, for `truce dict check IMAGE` */
        truce_buf info = {0};
        truce_buf_put(&info, "truce " TRUCE_VERSION ":", strlen("truce " TRUCE_VERSION ":"));
        if (builtin) {
            truce_buf_put(&info, " built-in knowledge", strlen(" built-in knowledge"));
        }
        for (size_t i = 0; i < n; i++) {
            truce_buf_put(&info, i || builtin ? " + " : " ", i || builtin ? 3 : 1);
            truce_buf_put(&info, files[i], strlen(files[i]));
        }
        truce_buf img = {0};
        truce_error err = {0};
        if (info.failed || truce_kb_compile(kb, info.p, &img, &err) != TRUCE_OK) {
            cli_error("dict", "%s", info.failed ? "out of memory" : err.msg);
            rc = EXIT_INTERNAL;
        } else if (!write_file(out, &img)) {
            cli_error("dict", "%s: cannot write: %s", out, strerror(errno));
            rc = EXIT_INPUT;
        } else {
            fprintf(stderr, "truce dict: %s: %zu bytes%s\n", out, img.len,
                    n_errors ? " (lines with errors left out)" : "");
        }
        truce_buf_free(&img);
        truce_buf_free(&info);
    }
    cli_close_kb(kb);
    free(files);
    return rc;
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        if (argc < 2) {
            return cli_usage_error("dict", "expected a subcommand: check or compile");
        }
        help(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "check") == 0) {
        return dict_check(argc, argv);
    }
    if (strcmp(argv[1], "compile") == 0) {
        return dict_compile(argc, argv);
    }
    static const char *const subs[] = {"check", "compile", NULL};
    const char *s = cli_suggest(argv[1], subs);
    if (s) {
        return cli_usage_error("dict", "unknown subcommand '%s'; did you mean '%s'?", argv[1], s);
    }
    return cli_usage_error("dict", "unknown subcommand '%s' (expected check or compile)", argv[1]);
}
