/* svg.c — the report's bar charts as inline SVG (see svg.h).
 *
 * Two kinds: bars over time, stacked by layer, with a line on a second
 * axis and a marked day (the timeline, the ledger); and ranked horizontal
 * bars (the dyads). The map is in report_map.c. Coordinates are in a
 * viewBox 1160 wide; the page scales it.
 */
#include "svg.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define W 1160

void svg_printf(truce_buf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        truce_buf_put(b, small, (size_t)n);
        return;
    }
    /* longer than the stack buffer: make room in b, then print there */
    size_t at = b->len;
    char pad[256];
    memset(pad, ' ', sizeof pad);
    for (size_t left = (size_t)n; left && !b->failed;) {
        size_t k = left < sizeof pad ? left : sizeof pad;
        truce_buf_put(b, pad, k);
        left -= k;
    }
    if (b->failed) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(b->p + at, (size_t)n + 1, fmt, ap);   /* the buffer keeps a byte for the NUL */
    va_end(ap);
}

/* The length of the valid UTF-8 sequence at s (of at most n bytes), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t k = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (k == 0 || k > n) {
        return 0;
    }
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
        (c == 0xF4 && s[1] > 0x8F)) {
        return 0;   /* overlong, surrogate, past U+10FFFF */
    }
    return k;
}

void svg_escape(truce_buf *b, const char *s, size_t len)
{
    if (!s) {
        return;
    }
    if (len == (size_t)-1) {
        len = strlen(s);
    }
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0;   /* bytes copied as they are, pending */
    for (size_t i = 0; i < len;) {
        unsigned c = p[i];
        const char *rep = NULL;
        size_t adv = 1;
        if (c == '&') {
            rep = "&amp;";
        } else if (c == '<') {
            rep = "&lt;";
        } else if (c == '>') {
            rep = "&gt;";
        } else if (c == '"') {
            rep = "&quot;";
        } else if (c == '\'') {
            rep = "&#39;";
        } else if (c < 0x20 && c != '\t' && c != '\n') {
            rep = "";
        } else if (c == 0x7F) {
            rep = "";
        } else if (c >= 0x80) {
            adv = utf8_len(p + i, len - i);
            if (!adv) {
                rep = "\xEF\xBF\xBD";
                adv = 1;
            }
        }
        if (rep) {
            truce_buf_put(b, s + i - run, run);
            truce_buf_put(b, rep, strlen(rep));
            run = 0;
        } else {
            run += adv;
        }
        i += adv;
    }
    truce_buf_put(b, s + len - run, run);
}

double svg_nice_step(double max, int n, double *top)
{
    if (!(max > 0)) {
        max = 1;
    }
    double raw = max / (n > 0 ? n : 1);
    double p = pow(10, floor(log10(raw)));
    double step = raw <= p ? p : raw <= 2 * p ? 2 * p : raw <= 5 * p ? 5 * p : 10 * p;
    if (step < 1) {
        step = 1;   /* counts */
    }
    *top = ceil(max / step) * step;
    return step;
}

static const char *const month_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* year, month (1-12) and day of d. */
static void ymd(truce_day d, int *y, int *m, int *dd)
{
    char s[11];
    truce_day_format(d, s);
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *dd = (s[8] - '0') * 10 + (s[9] - '0');
}

/* The day after bar i's last day. */
static truce_day bar_end(const svg_bars *c, size_t i)
{
    if (i + 1 < c->n) {
        return c->start[i + 1];
    }
    if (c->unit == SVG_MONTH) {
        int y, m, d;
        ymd(c->start[i], &y, &m, &d);
        static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int n = len[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
        return c->start[i] + n - d + 1;
    }
    return c->start[i] + c->unit;
}

/* The x of day d on the bars' axis (x0, bar width bw), or -1 outside. */
static double day_x(const svg_bars *c, truce_day d, double x0, double bw)
{
    for (size_t i = 0; i < c->n; i++) {
        truce_day e = bar_end(c, i);
        if (d >= c->start[i] && d < e) {
            return x0 + bw * ((double)i + (double)(d - c->start[i]) / (double)(e - c->start[i]));
        }
    }
    return -1;
}

void svg_bars_draw(truce_buf *b, const svg_bars *c)
{
    const int H = c->height > 120 ? c->height : 300;
    const double ml = 56, mr = c->line ? 56 : 16, mt = 24, mb = 34;
    const double pw = W - ml - mr, ph = H - mt - mb;
    double max = 0, lmax = 0;
    for (size_t i = 0; i < c->n; i++) {
        double s = 0;
        for (size_t j = 0; j < c->k; j++) {
            s += c->v[i * c->k + j];
        }
        max = s > max ? s : max;
        if (c->line && c->line[i] > lmax) {
            lmax = c->line[i];
        }
    }
    double top, ltop = 1;
    double step = svg_nice_step(max, 5, &top);
    double lstep = c->line ? svg_nice_step(lmax, 5, &ltop) : 1;
    svg_printf(b, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
    svg_escape(b, c->label, (size_t)-1);
    svg_printf(b, "\">\n");
    /* grid and left axis */
    for (double t = 0; t <= top + 1e-9; t += step) {
        double y = mt + ph - ph * t / top;
        svg_printf(b, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                   "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>\n",
                   ml, y, ml + pw, y, ml - 6, y + 4, t);
    }
    if (c->y_name) {
        svg_printf(b, "<text class=\"axis\" x=\"%.1f\" y=\"14\">", ml - 50);
        svg_escape(b, c->y_name, (size_t)-1);
        svg_printf(b, "</text>\n");
    }
    /* bars */
    double bw = c->n ? pw / (double)c->n : pw;
    double gap = bw >= 4 ? (bw >= 12 ? 2 : 1) : 0;
    for (size_t i = 0; i < c->n; i++) {
        double y = mt + ph;
        char day[11];
        truce_day_format(c->start[i], day);
        for (size_t j = 0; j < c->k; j++) {
            double v = c->v[i * c->k + j];
            if (v <= 0) {
                continue;
            }
            double h = ph * v / top;
            y -= h;
            svg_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                       "<title>%s %s: %.0f</title></rect>\n",
                       ml + bw * (double)i + gap / 2, y, bw - gap > 0.6 ? bw - gap : 0.6, h, c->color[j], day,
                       c->layer_name[j], v);
        }
    }
    /* the line on its own axis */
    if (c->line && c->n) {
        svg_printf(b, "<polyline class=\"line\" points=\"");
        for (size_t i = 0; i < c->n; i++) {
            svg_printf(b, "%.1f,%.1f ", ml + bw * ((double)i + 0.5), mt + ph - ph * c->line[i] / ltop);
        }
        svg_printf(b, "\"/>\n");
        for (double t = 0; t <= ltop + 1e-9; t += lstep) {
            svg_printf(b, "<text class=\"tick line-tick\" x=\"%.1f\" y=\"%.1f\">%.0f</text>\n", ml + pw + 6,
                       mt + ph - ph * t / ltop + 4, t);
        }
        svg_printf(b, "<text class=\"axis line-tick\" x=\"%.1f\" y=\"14\" text-anchor=\"end\">", (double)W);
        svg_escape(b, c->line_name ? c->line_name : "", (size_t)-1);
        svg_printf(b, "</text>\n");
    }
    /* x axis: about ten date labels */
    svg_printf(b, "<line class=\"axis-line\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", ml, mt + ph,
               ml + pw, mt + ph);
    size_t every = c->n > 10 ? (c->n + 9) / 10 : 1;
    int last_year = 0;
    for (size_t i = 0; i < c->n; i += every) {
        int y, m, d;
        ymd(c->start[i], &y, &m, &d);
        char lab[32];
        if (c->unit == SVG_MONTH) {
            snprintf(lab, sizeof lab, y != last_year ? "%s %d" : "%s", month_abbr[m - 1], y);
        } else if (y != last_year) {
            snprintf(lab, sizeof lab, "%d %s %d", d, month_abbr[m - 1], y);
        } else {
            snprintf(lab, sizeof lab, "%d %s", d, month_abbr[m - 1]);
        }
        last_year = y;
        double x = ml + bw * (double)i;
        svg_printf(b, "<line class=\"axis-line\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                   "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                   x, mt + ph, x, mt + ph + 5, x, mt + ph + 18, lab);
    }
    /* the marked day */
    if (c->mark != TRUCE_NODAY) {
        double x = day_x(c, c->mark, ml, bw);
        if (x >= 0) {
            /* the label right of the line, or left of it near the right edge */
            bool left = x > ml + pw - 170;
            svg_printf(b, "<line class=\"mark\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                       "<text class=\"mark-label\" x=\"%.1f\" y=\"%.1f\"%s>", x, mt - 4, x, mt + ph,
                       left ? x - 4 : x + 4, mt + 8, left ? " text-anchor=\"end\"" : "");
            svg_escape(b, c->mark_label ? c->mark_label : "", (size_t)-1);
            svg_printf(b, "</text>\n");
        }
    }
    svg_printf(b, "</svg>\n");
}

void svg_goldstein_color(double g, char out[8])
{
    /* red (-10) through grey (0) to blue (+10) */
    static const double neg[3] = {200, 40, 40}, mid[3] = {150, 150, 150}, pos[3] = {40, 90, 200};
    double t = g < -10 ? -1 : g > 10 ? 1 : g / 10;
    const double *to = t < 0 ? neg : pos;
    double a = fabs(t);
    int rgb[3];
    for (int i = 0; i < 3; i++) {
        rgb[i] = (int)lround(mid[i] + (to[i] - mid[i]) * a);
    }
    snprintf(out, 8, "#%02x%02x%02x", rgb[0] & 255, rgb[1] & 255, rgb[2] & 255);
}

void svg_hbars_draw(truce_buf *b, const svg_hbars *c)
{
    const double row = 24, ml = 260, mr = 230, mt = 8;
    const double pw = W - ml - mr;
    int H = (int)(mt + row * (double)(c->n ? c->n : 1) + 8);
    double max = 0;
    for (size_t i = 0; i < c->n; i++) {
        max = c->v[i] > max ? c->v[i] : max;
    }
    svg_printf(b, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
    svg_escape(b, c->label, (size_t)-1);
    svg_printf(b, "\">\n");
    if (!c->n) {
        svg_printf(b, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">none</text>\n", ml, mt + 16);
    }
    for (size_t i = 0; i < c->n; i++) {
        double y = mt + row * (double)i;
        double w = max > 0 ? pw * c->v[i] / max : 0;
        char col[8];
        svg_goldstein_color(c->tone[i], col);
        svg_printf(b, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", ml - 8, y + 16);
        svg_escape(b, c->name[i], (size_t)-1);
        svg_printf(b, "</text><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                   ml, y + 3, w > 1 ? w : 1, row - 6, col);
        svg_escape(b, c->name[i], (size_t)-1);
        svg_printf(b, ": %.0f, mean Goldstein %.1f</title></rect>"
                   "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%.0f", c->v[i], c->tone[i], ml + w + 6, y + 16, c->v[i]);
        if (c->note && c->note[i]) {
            svg_printf(b, " ");
            svg_escape(b, c->note[i], (size_t)-1);
        }
        svg_printf(b, "</text>\n");
    }
    svg_printf(b, "</svg>\n");
}
