/* data.c — where truce finds the data it does not compile in: the
 * gazetteer (gazetteer.bin, ~20 MB, read in place).
 *
 * The knowledge (dictionaries, FIPS table) is linked into the binary; the
 * gazetteer is not, so an installed or copied binary must find it, and
 * must never code without it silently. The places, in order:
 *   1. --gazetteer PATH
 *   2. $TRUCE_GAZETTEER, a file
 *   3. $TRUCE_DATA, a directory holding gazetteer.bin
 *   4. beside the executable (/proc/self/exe): gazetteer.bin,
 *      build/gazetteer.bin (a source tree), ../share/truce/gazetteer.bin
 *      (an installed prefix: PREFIX/bin/truce)
 *   5. the data directory compiled in (datadir.c): the build tree's, or
 *      make install's PREFIX/share/truce
 * A place named by the user (1-3) is the only one tried. When none is
 * found, the error lists where truce looked and what to do; coding
 * without coordinates takes --no-gazetteer.
 */
#include "cli.h"
#include "truce.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

extern const char cli_datadir[];

void *cli_gazetteer_read(const char *path, size_t *len)
{
    /* mapped read-only: the pages come from the page cache as they are
     * used, and processes share them */
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    void *p = NULL;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        errno = EISDIR;
    } else if (fstat(fd, &st) == 0 && st.st_size > 0) {
        p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            p = NULL;
        }
    } else if (fstat(fd, &st) == 0) {
        errno = EINVAL;   /* empty */
    }
    int e = errno;
    close(fd);
    errno = e;
    *len = p ? (size_t)st.st_size : 0;
    return p;
}

void cli_gazetteer_free(void *blob, size_t len)
{
    if (blob) {
        munmap(blob, len);
    }
}

/* dir + "/" + name, malloc'd (NULL when out of memory). */
static char *join(const char *dir, size_t dir_len, const char *name)
{
    size_t n = dir_len + 1 + strlen(name) + 1;
    char *p = malloc(n);
    if (p) {
        snprintf(p, n, "%.*s/%s", (int)dir_len, dir, name);
    }
    return p;
}

/* Append "path" to the list of places looked at. */
static void tried_add(char *tried, size_t cap, const char *path)
{
    size_t n = strlen(tried);
    if (n + 1 < cap) {
        snprintf(tried + n, cap - n, "%s%s", n ? ", " : "", path);
    }
}

char *cli_gazetteer_path(int *from, char *tried, size_t tried_cap)
{
    if (tried_cap) {
        tried[0] = 0;
    }
    const char *env = getenv("TRUCE_GAZETTEER");
    if (env && *env) {
        *from = CLI_DATA_ENV_FILE;
        return strdup(env);
    }
    env = getenv("TRUCE_DATA");
    if (env && *env) {
        *from = CLI_DATA_ENV_DIR;
        return join(env, strlen(env), "gazetteer.bin");
    }
    *from = CLI_DATA_FOUND;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        size_t dl = slash ? (size_t)(slash - exe) : 0;
        static const char *const beside[] = {"gazetteer.bin", "build/gazetteer.bin",
                                             "../share/truce/gazetteer.bin"};
        for (size_t i = 0; slash && i < sizeof beside / sizeof *beside; i++) {
            char *p = join(exe, dl, beside[i]);
            if (p && access(p, R_OK) == 0) {
                return p;
            }
            if (p) {
                tried_add(tried, tried_cap, p);
            }
            free(p);
        }
    }
    if (cli_datadir[0]) {
        char *p = join(cli_datadir, strlen(cli_datadir), "gazetteer.bin");
        if (p && access(p, R_OK) == 0) {
            return p;
        }
        if (p) {
            tried_add(tried, tried_cap, p);
        }
        free(p);
    }
    *from = CLI_DATA_NONE;
    return NULL;
}

int cli_gazetteer_load(const char *cmd, const char *path_opt, cli_gazetteer *g)
{
    memset(g, 0, sizeof *g);
    char tried[2048];
    int from = CLI_DATA_OPTION;
    char *path = path_opt ? strdup(path_opt) : cli_gazetteer_path(&from, tried, sizeof tried);
    if (!path && from != CLI_DATA_NONE) {
        cli_error(cmd, "out of memory");
        return EXIT_INTERNAL;
    }
    if (!path) {
        cli_error(cmd, "no gazetteer found (looked for %s); build it with 'make' (or install truce with "
                  "'make install'), set TRUCE_DATA to the directory holding gazetteer.bin or give "
                  "--gazetteer PATH; --no-gazetteer codes without coordinates", tried);
        return EXIT_INPUT;
    }
    g->blob = cli_gazetteer_read(path, &g->len);
    if (!g->blob) {
        const char *e = strerror(errno);
        switch (from) {
        case CLI_DATA_OPTION:
            free(path);
            return cli_usage_error(cmd, "--gazetteer %s: cannot read: %s", path_opt, e);
        case CLI_DATA_ENV_FILE:
            cli_error(cmd, "%s (from $TRUCE_GAZETTEER): cannot read: %s", path, e);
            break;
        case CLI_DATA_ENV_DIR:
            cli_error(cmd, "%s (from $TRUCE_DATA): cannot read: %s; TRUCE_DATA names the directory "
                      "holding gazetteer.bin (make install puts it in PREFIX/share/truce)", path, e);
            break;
        default:
            cli_error(cmd, "%s: cannot read the gazetteer: %s", path, e);
            break;
        }
        free(path);
        return EXIT_INPUT;
    }
    truce_error err = {0};
    g->geo = truce_geo_open(g->blob, g->len, &err);
    if (!g->geo) {
        cli_error(cmd, "%s: %s", path, err.msg);
        cli_gazetteer_free(g->blob, g->len);
        g->blob = NULL;
        free(path);
        return EXIT_INPUT;
    }
    g->path = path;
    return EXIT_OK;
}

void cli_gazetteer_unload(cli_gazetteer *g)
{
    truce_geo_close(g->geo);
    cli_gazetteer_free(g->blob, g->len);
    free(g->path);
    memset(g, 0, sizeof *g);
}
