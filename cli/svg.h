/* svg.h — the report's charts, drawn by truce as inline SVG.
 *
 * Everything is appended to a truce_buf (an allocation failure sets its
 * `failed` flag, checked once by the caller). Charts use a viewBox and
 * scale to their container's width, on screen and on paper; their text
 * is in the page's font; colours are given by the caller. Numbers are
 * printed with one decimal at most, so the same data gives the same
 * bytes.
 */
#ifndef TRUCE_SVG_H
#define TRUCE_SVG_H

#include <stdarg.h>
#include <stddef.h>

#include "truce.h"

/* printf into b. */
void svg_printf(truce_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text for HTML or SVG: & < > " ' escaped, C0 controls but tab and
 * newline dropped, invalid UTF-8 replaced by U+FFFD. len (size_t)-1: up
 * to the NUL. */
void svg_escape(truce_buf *b, const char *s, size_t len);

/* An axis from 0 to max with about n ticks at 1, 2 or 5 times a power
 * of ten: *step, and the axis top (a multiple of it, >= max). */
double svg_nice_step(double max, int n, double *top);

/* Bars over time, stacked in layers: the timeline (QuadClass per day,
 * week or month) and the ledger (violations by side per period). */
enum { SVG_DAY = 1, SVG_WEEK = 7, SVG_MONTH = 30 };
typedef struct {
    const char *label;         /* aria-label of the chart */
    size_t n;                  /* bars */
    const truce_day *start;    /* each bar's first day */
    int unit;                  /* SVG_DAY, SVG_WEEK, SVG_MONTH */
    size_t k;                  /* layers, bottom first */
    const double *v;           /* v[i * k + j]: bar i, layer j */
    const char *const *layer_name;
    const char *const *color;  /* CSS colours, one per layer */
    const double *line;        /* a second series drawn as a line on its own axis (stories), or NULL */
    const char *line_name;     /* its axis title */
    truce_day mark;            /* a day marked by a vertical line, or TRUCE_NODAY */
    const char *mark_label;
    const char *y_name;        /* the left axis' title */
    int height;                /* viewBox height; width is 1160 */
} svg_bars;
void svg_bars_draw(truce_buf *b, const svg_bars *c);

/* Ranked horizontal bars with a label and a number, each bar coloured by
 * a value on a diverging scale (mean Goldstein, -10 red to +10 blue). */
typedef struct {
    const char *label;
    size_t n;
    const char *const *name;   /* row labels */
    const double *v;           /* bar lengths (counts) */
    const double *tone;        /* -10..10, the bar's colour */
    const char *const *note;   /* text after the number (or NULL) */
} svg_hbars;
void svg_hbars_draw(truce_buf *b, const svg_hbars *c);

/* The map (report_map.c): Natural Earth's countries (world.h), zoomed
 * to the points' extent (the world when there are none), the countries
 * where points are shaded, and each point a circle coloured by its
 * QuadClass and sized by its count, its place name on hover (an SVG
 * title) and beside the largest few. */
typedef struct {
    double lat, lon;
    int quad;                  /* 1-4 */
    double count;              /* events (or mentions) there */
    const char *name;          /* place name, shown on hover */
    const char *country;       /* ISO 3166-1 alpha-3, or "" */
} svg_point;
typedef struct {
    const char *label;
    size_t n;
    const svg_point *pt;       /* drawn largest first */
    const char *const *quad_color;   /* [1..4] */
    const char *const *quad_name;    /* [1..4] */
    int n_labels;              /* place names written beside the largest points */
} svg_map;
void svg_map_draw(truce_buf *b, const svg_map *m);

/* The diverging colour of a Goldstein score, as "#rrggbb" into out[8]. */
void svg_goldstein_color(double g, char out[8]);

#endif
