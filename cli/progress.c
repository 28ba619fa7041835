/* progress.c — a progress line on stderr for long runs (see progress.h).
 *
 * The line is drawn with a carriage return and "erase to end of line"
 * (ESC [ K), which every terminal emulator understands; it is written
 * only to a terminal, so a log never holds these bytes.
 */
#include "progress.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void progress_start(progress *p, const char *cmd, bool quiet)
{
    memset(p, 0, sizeof *p);
    p->cmd = cmd;
    p->on = !quiet && isatty(STDERR_FILENO);
    p->t0 = p->last = now();
}

/* Add the size of the regular files at and below path; false if some
 * input's size cannot be known. */
static bool add_size(progress *p, const char *path, int depth)
{
    struct stat sb;
    if (stat(path, &sb) != 0) {
        return true;   /* the run says it cannot read it; it adds nothing */
    }
    if (S_ISREG(sb.st_mode)) {
        p->total += (uint64_t)sb.st_size;
        return true;
    }
    if (!S_ISDIR(sb.st_mode) || depth > 32) {
        return false;
    }
    DIR *d = opendir(path);
    if (!d) {
        return true;
    }
    struct dirent *de;
    char sub[4096];
    bool ok = true;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') {
            continue;   /* as the readers skip hidden files */
        }
        int n = snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
        if (n > 0 && (size_t)n < sizeof sub) {
            ok = add_size(p, sub, depth + 1) && ok;
        }
    }
    closedir(d);
    return ok;
}

void progress_input(progress *p, const char *path)
{
    if (!p->on) {
        return;
    }
    if (strcmp(path, "-") == 0 || !add_size(p, path, 0)) {
        p->size_unknown = true;
    }
}

/* n with thousands separators. */
static void thousands(char *out, size_t cap, uint64_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%llu", (unsigned long long)n);
    size_t o = 0;
    for (int i = 0; i < len && o + 2 < cap; i++) {
        if (i && (len - i) % 3 == 0) {
            out[o++] = ',';
        }
        out[o++] = digits[i];
    }
    out[o] = 0;
}

/* Seconds as m:ss or h:mm:ss. */
static void clock_str(char *out, size_t cap, double s)
{
    unsigned long t = s > 0 ? (unsigned long)(s + 0.5) : 0;
    if (t >= 3600) {
        snprintf(out, cap, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60, t % 60);
    } else {
        snprintf(out, cap, "%lu:%02lu", t / 60, t % 60);
    }
}

static void draw(progress *p, double t, bool final)
{
    char items[32], el[32], eta[64] = "", rate[32];
    double dt = t - p->t0;
    thousands(items, sizeof items, p->items);
    clock_str(el, sizeof el, dt);
    thousands(rate, sizeof rate, dt > 0 ? (uint64_t)(p->items / dt + 0.5) : 0);
    if (!final && !p->size_unknown && p->total && p->bytes && dt > 0.5) {
        double f = (double)p->bytes / (double)p->total;
        f = f > 0.99 ? 0.99 : f;
        char left[32];
        clock_str(left, sizeof left, dt / f - dt);
        snprintf(eta, sizeof eta, ", ETA %s (%d %%)", left, (int)(f * 100));
    }
    fprintf(stderr, "\r\033[Ktruce %s: %s stories, %.1f MB, %s stories/s, %s%s%s", p->cmd, items,
            (double)p->bytes / 1e6, rate, final ? "in " : "", el, eta);
    if (final) {
        fputc('\n', stderr);
    }
    fflush(stderr);
    p->drawn = !final;
    p->last = t;
}

void progress_update(progress *p, uint64_t items, uint64_t bytes)
{
    if (!p->on) {
        return;
    }
    p->items = items;
    p->bytes = bytes;
    double t = now();
    if (t - p->last >= 0.25 || p->paused) {
        p->paused = false;
        draw(p, t, false);
    }
}

void progress_pause(progress *p)
{
    if (p->on && p->drawn) {
        fputs("\r\033[K", stderr);
        p->drawn = false;
        p->paused = true;
    }
}

void progress_step(progress *p, const char *what, unsigned step, unsigned n)
{
    if (!p->on) {
        return;
    }
    char el[32];
    double t = now();
    clock_str(el, sizeof el, t - p->t0);
    fprintf(stderr, "\r\033[Ktruce %s: %s (%u of %u), %s", p->cmd, what, step, n, el);
    fflush(stderr);
    p->drawn = true;
    p->last = t;
}

void progress_end(progress *p)
{
    if (!p->on) {
        return;
    }
    if (strcmp(p->cmd, "report") == 0) {
        if (p->drawn) {
            fputs("\r\033[K", stderr);   /* the command says what it wrote */
            fflush(stderr);
        }
    } else {
        draw(p, now(), true);
    }
    p->drawn = false;
}
