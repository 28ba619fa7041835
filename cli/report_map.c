/* report_map.c — the report's map as inline SVG (see svg.h, svg_map).
 *
 * Projection: equirectangular, with longitudes shrunk by the cosine of the
 * view's middle latitude, which keeps shapes right over the regional
 * extents a monitor looks at (and is simple enough to check by eye). The
 * view is the box of the places of 90 % of the events with a margin,
 * widened to the chart's aspect (places outside are named at its foot);
 * the world when there is no point.
 *
 * Country outlines come from world.h (Natural Earth 1:50m). Each drawn
 * country is one path (all its rings, even-odd fill, so lakes and
 * enclaves are holes). To keep the page small, a point closer than
 * 1 unit to the last one drawn is skipped, and points far outside the
 * view are pulled onto a frame around it (the fill stays right, and runs
 * of them collapse into one).
 */
#include "svg.h"
#include "world.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define W 1160
#define H 580
#define PI 3.14159265358979323846

typedef struct {
    double lon_c, lat_c, coslat, k;   /* view centre, cos(lat_c), units per degree of latitude */
    double west, south, east, north;  /* the view, degrees */
} view;

static void project(const view *v, double lon, double lat, double *x, double *y)
{
    *x = W / 2.0 + (lon - v->lon_c) * v->coslat * v->k;
    *y = H / 2.0 - (lat - v->lat_c) * v->k;
}

typedef struct {
    double v, w;
} weighted;

static int cmp_weighted(const void *a, const void *b)
{
    const weighted *x = a, *y = b;
    return x->v < y->v ? -1 : x->v > y->v;
}

/* The values at the lo and hi quantiles of the weights (x sorted here). */
static void quantiles(weighted *x, size_t n, double lo, double hi, double *vlo, double *vhi)
{
    qsort(x, n, sizeof *x, cmp_weighted);
    double total = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        total += x[i].w;
    }
    *vlo = x[0].v;
    *vhi = x[n - 1].v;
    bool have_lo = false;
    for (size_t i = 0; i < n; i++) {
        run += x[i].w;
        if (!have_lo && run >= lo * total) {
            *vlo = x[i].v;
            have_lo = true;
        }
        if (run >= hi * total) {
            *vhi = x[i].v;
            break;
        }
    }
}

/* The view around the places of 90 % of the events (a lone far place,
 * such as talks abroad, does not shrink the region to a dot; it is named
 * under the map), or the world when there is none. */
static void fit(view *v, const svg_map *m)
{
    double w = -180, e = 180, s = -56, n = 84;
    weighted *x = m->n ? malloc(m->n * sizeof *x) : NULL;
    if (x) {
        for (size_t i = 0; i < m->n; i++) {
            x[i] = (weighted){m->pt[i].lon, m->pt[i].count};
        }
        quantiles(x, m->n, 0.05, 0.95, &w, &e);
        for (size_t i = 0; i < m->n; i++) {
            x[i] = (weighted){m->pt[i].lat, m->pt[i].count};
        }
        quantiles(x, m->n, 0.05, 0.95, &s, &n);
        free(x);
    }
    double lat_span = n - s, lat_c = (n + s) / 2;
    /* a margin of a fifth each side, and at least 6 degrees of latitude */
    lat_span = fmax(lat_span * 1.4, 6);
    v->lat_c = fmax(fmin(lat_c, 80), -80);
    v->coslat = cos(v->lat_c * PI / 180);
    if (v->coslat < 0.2) {
        v->coslat = 0.2;
    }
    double lon_span = fmax((e - w) * 1.4, 6 / v->coslat);
    v->lon_c = (w + e) / 2;
    /* widen the narrower side to the chart's aspect */
    if (lon_span * v->coslat / lat_span < (double)W / H) {
        lon_span = lat_span * W / H / v->coslat;
    } else {
        lat_span = lon_span * v->coslat * H / W;
    }
    if (lon_span > 360) {
        lon_span = 360;
        v->lon_c = 0;
        lat_span = fmin(lat_span, 170);
    }
    v->k = H / lat_span;
    v->west = v->lon_c - lon_span / 2;
    v->east = v->lon_c + lon_span / 2;
    v->south = v->lat_c - lat_span / 2;
    v->north = v->lat_c + lat_span / 2;
}

/* Whether country c has an event point (its code in the list). */
static bool listed(const char *iso3, char (*codes)[4], size_t n)
{
    if (!iso3[0]) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (strcmp(codes[i], iso3) == 0) {
            return true;
        }
    }
    return false;
}

typedef struct {
    double x, y;
    bool any;
} pen;

static void emit(truce_buf *b, pen *p, double x, double y, bool first)
{
    /* pull far points onto a frame 40 units outside the view */
    x = fmax(-40, fmin(W + 40, x));
    y = fmax(-40, fmin(H + 40, y));
    if (!first && fabs(x - p->x) < 1.0 && fabs(y - p->y) < 1.0) {
        return;
    }
    svg_printf(b, first ? "M%.1f %.1f" : p->any ? " %.1f %.1f" : "L%.1f %.1f", x, y);
    p->any = !first;
    p->x = x;
    p->y = y;
}

/* Draw country c as one path, its longitudes moved by shift degrees; its
 * label point (the middle of its largest ring's box, projected) in *lx,
 * *ly and that ring's projected width. Rings that cross the antimeridian
 * (Fiji, Chukotka: Natural Earth's rings jump from 180 to -180) are drawn
 * unbroken past it, and a ring around a pole (Antarctica) is closed along
 * the pole's latitude. Returns the farthest its longitudes went beyond
 * +-180 (+ east, - west), so the caller can draw it again a turn away. */
static double draw_country(truce_buf *b, const view *v, const world_country *c, const char *cls, double shift,
                           double *lx, double *ly, double *lw)
{
    svg_printf(b, "<path class=\"%s\" d=\"", cls);
    double best = -1, beyond = 0;
    for (uint32_t r = c->ring; r < c->ring + c->n_rings; r++) {
        pen p = {0, 0, false};
        bool first = true;
        double bx0 = 1e9, by0 = 1e9, bx1 = -1e9, by1 = -1e9;
        double turn = 0, prev = 0, lon0 = 0, lat_sum = 0, x = 0, y = 0;
        long n_pts = 0;
        for (uint32_t k = world_ring[r]; k < world_ring[r + 1]; k++) {
            int32_t ref = world_ring_arc[k];
            uint32_t a = (uint32_t)(ref < 0 ? ~ref : ref);
            uint32_t n = world_arc[a + 1] - world_arc[a];
            /* the first point of an arc after the first is the last of
             * the one before */
            for (uint32_t i = k == world_ring[r] ? 0 : 1; i < n; i++) {
                uint32_t pi = ref < 0 ? world_arc[a + 1] - 1 - i : world_arc[a] + i;
                double lon = world_xy[2 * pi] / 100.0, lat = world_xy[2 * pi + 1] / 100.0;
                if (n_pts) {
                    turn += lon - prev > 180 ? -360 : lon - prev < -180 ? 360 : 0;
                } else {
                    lon0 = lon;
                }
                prev = lon;
                double ul = lon + turn;
                beyond = ul > 180 && ul - 180 > beyond ? ul - 180 : ul < -180 && ul + 180 < beyond ? ul + 180 : beyond;
                project(v, ul + shift, lat, &x, &y);
                bx0 = fmin(bx0, x), by0 = fmin(by0, y), bx1 = fmax(bx1, x), by1 = fmax(by1, y);
                emit(b, &p, x, y, first);
                first = false;
                lat_sum += lat;
                n_pts++;
            }
        }
        if (turn != 0 && n_pts) {
            /* around a pole: along it, back to the start */
            double pole = lat_sum < 0 ? -90 : 90;
            double px, py;
            project(v, prev + turn + shift, pole, &px, &py);
            emit(b, &p, px, py, false);
            project(v, lon0 + shift, pole, &px, &py);
            emit(b, &p, px, py, false);
        }
        svg_printf(b, "Z");
        double area = (bx1 - bx0) * (by1 - by0);
        if (area > best && turn == 0) {
            best = area;
            *lx = (bx0 + bx1) / 2;
            *ly = (by0 + by1) / 2;
            *lw = bx1 - bx0;
        }
    }
    svg_printf(b, "\"><title>");
    svg_escape(b, c->name, (size_t)-1);
    svg_printf(b, "</title></path>\n");
    return beyond;
}

void svg_map_draw(truce_buf *b, const svg_map *m)
{
    view v;
    fit(&v, m);
    /* the countries where events are */
    char codes[256][4];
    size_t n_codes = 0;
    for (size_t i = 0; i < m->n && n_codes < 256; i++) {
        const char *c = m->pt[i].country;
        if (c && strlen(c) == 3 && !listed(c, codes, n_codes)) {
            memcpy(codes[n_codes++], c, 4);
        }
    }
    svg_printf(b, "<svg class=\"chart map\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
    svg_escape(b, m->label, (size_t)-1);
    svg_printf(b, "\">\n<rect class=\"sea\" x=\"0\" y=\"0\" width=\"%d\" height=\"%d\"/>\n", W, H);
    /* countries whose box meets the view (with a margin) */
    double mx = (v.east - v.west) * 0.1, my = (v.north - v.south) * 0.1;
    struct {
        double x, y, w;
        const char *name;
    } labels[64];
    size_t n_labels = 0;
    for (uint32_t i = 0; i < world_n_countries; i++) {
        const world_country *c = &world_countries[i];
        if (c->box[2] / 100.0 < v.west - mx || c->box[0] / 100.0 > v.east + mx ||
            c->box[3] / 100.0 < v.south - my || c->box[1] / 100.0 > v.north + my) {
            continue;
        }
        double lx = 0, ly = 0, lw = 0, lx2, ly2, lw2;
        const char *cls = listed(c->iso3, codes, n_codes) ? "land hit" : "land";
        double beyond = draw_country(b, &v, c, cls, 0, &lx, &ly, &lw);
        if (beyond != 0) {
            /* the part past the antimeridian, again a turn away */
            draw_country(b, &v, c, cls, beyond > 0 ? -360 : 360, &lx2, &ly2, &lw2);
        }
        if (lw > 70 && lx > 30 && lx < W - 30 && ly > 16 && ly < H - 10 && n_labels < 64) {
            labels[n_labels].x = lx;
            labels[n_labels].y = ly;
            labels[n_labels].w = lw;
            labels[n_labels].name = c->name;
            n_labels++;
        }
    }
    for (size_t i = 0; i < n_labels; i++) {
        svg_printf(b, "<text class=\"country\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", labels[i].x,
                   labels[i].y);
        svg_escape(b, labels[i].name, (size_t)-1);
        svg_printf(b, "</text>\n");
    }
    /* the points: largest first, so small ones stay on top */
    for (size_t i = 0; i < m->n; i++) {
        const svg_point *p = &m->pt[i];
        double x, y;
        project(&v, p->lon, p->lat, &x, &y);
        double r = fmin(3 + 2.5 * sqrt(p->count), 22);
        int q = p->quad >= 1 && p->quad <= 4 ? p->quad : 1;
        svg_printf(b, "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>", x, y, r,
                   m->quad_color[q]);
        svg_escape(b, p->name && p->name[0] ? p->name : "(unnamed place)", (size_t)-1);
        if (p->country && p->country[0]) {
            svg_printf(b, " (%s)", p->country);
        }
        svg_printf(b, ": %.0f event%s, ", p->count, p->count == 1 ? "" : "s");
        svg_escape(b, m->quad_name[q], (size_t)-1);
        svg_printf(b, "</title></circle>\n");
    }
    /* the names of the largest few, each where it overlaps no name
     * already written (7 units a character is the font's widest) */
    double box[16][4];
    int n_box = 0;
    for (size_t i = 0; i < m->n && n_box < m->n_labels && n_box < 16; i++) {
        const svg_point *p = &m->pt[i];
        if (!p->name || !p->name[0]) {
            continue;
        }
        double x, y;
        project(&v, p->lon, p->lat, &x, &y);
        double r = fmin(3 + 2.5 * sqrt(p->count), 22);
        double bx0 = x + r + 3, by0 = y - 8, bx1 = bx0 + 7.0 * (double)strlen(p->name), by1 = y + 6;
        bool clash = bx1 > W || by0 < 0 || by1 > H;
        for (int k = 0; k < n_box && !clash; k++) {
            clash = bx0 < box[k][2] && box[k][0] < bx1 && by0 < box[k][3] && box[k][1] < by1;
        }
        if (clash) {
            continue;
        }
        box[n_box][0] = bx0, box[n_box][1] = by0, box[n_box][2] = bx1, box[n_box][3] = by1;
        n_box++;
        svg_printf(b, "<text class=\"place\" x=\"%.1f\" y=\"%.1f\">", bx0, y + 4);
        svg_escape(b, p->name, (size_t)-1);
        svg_printf(b, "</text>\n");
    }
    /* the places outside the view, named */
    size_t n_out = 0;
    double ev_out = 0;
    truce_buf names = {0};
    for (size_t i = 0; i < m->n; i++) {
        const svg_point *p = &m->pt[i];
        double x, y;
        project(&v, p->lon, p->lat, &x, &y);
        if (x >= 0 && x <= W && y >= 0 && y <= H) {
            continue;
        }
        if (n_out < 4) {
            svg_escape(&names, n_out ? ", " : "", (size_t)-1);
            svg_escape(&names, p->name && p->name[0] ? p->name : "(unnamed)", (size_t)-1);
            svg_printf(&names, " (%.0f)", p->count);
        }
        n_out++;
        ev_out += p->count;
    }
    if (n_out) {
        svg_printf(b, "<text class=\"place\" x=\"10\" y=\"%d\">Outside this view: %.*s%s", H - 10,
                   (int)names.len, names.p ? names.p : "", n_out > 4 ? " and more" : "");
        svg_printf(b, "; %zu place%s, %.0f event%s</text>\n", n_out, n_out == 1 ? "" : "s", ev_out,
                   ev_out == 1 ? "" : "s");
    }
    truce_buf_free(&names);
    svg_printf(b, "<rect class=\"frame\" x=\"0.5\" y=\"0.5\" width=\"%d\" height=\"%d\"/>\n</svg>\n", W - 1, H - 1);
}
