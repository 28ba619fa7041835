/* report_html.c — the report's page: one HTML file, nothing outside it.
 *
 * Five parts, in this order, each a <section> with an id: the timeline,
 * the ceasefire ledger, the dyads, the map and the evidence. Charts are
 * inline SVG (svg.c, report_map.c), the style one inline <style>; there is
 * no script, no font, image or link to fetch, and the page reads on paper
 * (print CSS: A4, sections kept whole where they fit). Deterministic: the
 * same store and options give the same bytes (no clock on the page).
 */
#include "report_html.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

/* QuadClass 1-4: name and colour (blue for cooperation, orange/red for
 * conflict, darker for material). */
static const char *const quad_name[5] = {"", "Verbal cooperation", "Material cooperation", "Verbal conflict",
                                         "Material conflict"};
static const char *const quad_color[5] = {"#999", "#8fbfe0", "#2b6cb0", "#f4a259", "#c8372d"};

static const char css[] =
    ":root{--ink:#1d2329;--muted:#5d6b78;--rule:#d5dbe1;--bg:#fff}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:#f3f5f7;color:var(--ink);font:15px/1.45 system-ui,-apple-system,'Segoe UI',"
    "Roboto,'DejaVu Sans',Arial,sans-serif}\n"
    "main{max-width:1220px;margin:0 auto;padding:20px 24px 40px;background:var(--bg)}\n"
    "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:0 0 6px}\n"
    "header{border-bottom:2px solid var(--ink);padding-bottom:10px;margin-bottom:8px}\n"
    ".scope{color:var(--muted);margin:2px 0}\n"
    "nav a{color:var(--ink);margin-right:14px;text-decoration:none;border-bottom:1px dotted var(--muted)}\n"
    "section{padding:16px 0 18px;border-bottom:1px solid var(--rule)}\n"
    ".note{color:var(--muted);font-size:13px;margin:4px 0}\n"
    ".lead{margin:4px 0 8px}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:14px;font-size:13px;margin:6px 0}\n"
    ".legend span::before{content:'';display:inline-block;width:12px;height:12px;margin-right:5px;"
    "vertical-align:-1px;background:var(--c);border-radius:2px}\n"
    ".legend .ln::before{height:2px;vertical-align:3px;width:18px}\n"
    ".legend .mk::before{width:2px;height:14px;background:none;border-left:2px dashed var(--c)}\n"
    "svg.chart{display:block;width:100%;height:auto;font-size:12px}\n"
    "svg .grid{stroke:#e4e8ec;stroke-width:1}svg .axis-line{stroke:#7a8793;stroke-width:1}\n"
    "svg .tick{fill:#4a5560}svg .axis{fill:#4a5560;font-weight:600}\n"
    "svg .line{fill:none;stroke:#59636e;stroke-width:1.6;stroke-dasharray:0}\n"
    "svg .line-tick{fill:#59636e}\n"
    "svg .mark{stroke:#111;stroke-width:1.6;stroke-dasharray:5 3}svg .mark-label{font-weight:700;fill:#111}\n"
    "svg .label{fill:#1d2329;font-size:13px}svg .value{fill:#1d2329;font-size:12px}\n"
    "svg .sea{fill:#e9f1f7}svg .land{fill:#f4f1ea;stroke:#9aa3ab;stroke-width:0.6;fill-rule:evenodd}\n"
    "svg .land.hit{fill:#e6dcc3}svg .land:hover{fill:#ede4cf}\n"
    "svg .country{fill:#7c868f;font-size:12px;letter-spacing:0.5px;pointer-events:none}\n"
    "svg .pt{stroke:#fff;stroke-width:1;fill-opacity:0.8}svg .pt:hover{stroke:#000;stroke-width:2}\n"
    "svg .place{font-size:12px;font-weight:600;fill:#1d2329;paint-order:stroke;stroke:#fff;stroke-width:3px}\n"
    "svg .frame{fill:none;stroke:#9aa3ab}\n"
    "table{border-collapse:collapse;width:100%;font-size:13.5px}\n"
    "th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--rule)}\n"
    "th{background:#eef1f4;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "tr.cf td{border-top:2px dashed #111}td.d,.ledger td:first-child{white-space:nowrap}\n"
    ".q{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--c);margin-right:5px}\n"
    ".ev blockquote{margin:0 0 4px;padding-left:8px;border-left:3px solid var(--rule)}\n"
    ".ev mark{background:#fde9a8;color:inherit;padding:0 1px}\n"
    ".ev .sid{color:var(--muted);font-size:12px;font-family:ui-monospace,'DejaVu Sans Mono',monospace}\n"
    ".code{font-family:ui-monospace,'DejaVu Sans Mono',monospace}\n"
    ".summary{background:#f6f7f9;border-left:4px solid var(--ink);padding:8px 12px;margin:8px 0}\n"
    "footer{color:var(--muted);font-size:12px;padding-top:12px}\n"
    "@media print{@page{size:A4 landscape;margin:10mm}body{background:#fff;font-size:10.5pt}"
    "main{max-width:none;padding:0}nav{display:none}section{break-inside:avoid-page}"
    "#evidence{break-inside:auto}tr{break-inside:avoid}h2{break-after:avoid}"
    "table{font-size:9pt}a{text-decoration:none;color:inherit}}\n";

static void put(truce_buf *b, const char *s)
{
    truce_buf_put(b, s, strlen(s));
}

static void esc(truce_buf *b, const char *s)
{
    svg_escape(b, s ? s : "", (size_t)-1);
}

/* "1,234" */
static void num(truce_buf *b, double v)
{
    char d[32], out[48];
    snprintf(d, sizeof d, "%.0f", v);
    size_t n = strlen(d), o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && d[i - 1] != '-' && (n - i) % 3 == 0) {
            out[o++] = ',';
        }
        out[o++] = d[i];
    }
    out[o] = 0;
    put(b, out);
}

static void day(truce_buf *b, truce_day d)
{
    char s[11];
    if (d == TRUCE_NODAY) {
        put(b, "?");
        return;
    }
    truce_day_format(d, s);
    put(b, s);
}

static const char *unit_name(int unit)
{
    return unit == SVG_DAY ? "day" : unit == SVG_WEEK ? "week" : "month";
}

static void legend_quads(truce_buf *b, bool stories, const char *mark)
{
    put(b, "<div class=\"legend\">");
    for (int q = 4; q >= 1; q--) {
        svg_printf(b, "<span style=\"--c:%s\">%s</span>", quad_color[q], quad_name[q]);
    }
    if (stories) {
        put(b, "<span class=\"ln\" style=\"--c:#59636e\">stories published (right axis)</span>");
    }
    if (mark) {
        put(b, "<span class=\"mk\" style=\"--c:#111\">");
        esc(b, mark);
        put(b, "</span>");
    }
    put(b, "</div>\n");
}

static void timeline(truce_buf *b, const report_data *d, const report_opts *o)
{
    put(b, "<section id=\"timeline\">\n<h2>1. Timeline</h2>\n<p class=\"lead\">Incidents per ");
    put(b, unit_name(d->unit));
    put(b, " by QuadClass, stacked, from ");
    day(b, d->first);
    put(b, " to ");
    day(b, d->last);
    put(b, ": ");
    num(b, (double)d->n_incidents);
    put(b, " incidents (the events that report one happening, grouped across stories by the store's policy) "
           "from ");
    num(b, (double)d->n_events);
    put(b, " events; the line is the stories published each ");
    put(b, unit_name(d->unit));
    put(b, " (how much was reported).</p>\n");
    char mark[64] = "";
    if (o->ceasefire != TRUCE_NODAY) {
        char s[11];
        truce_day_format(o->ceasefire, s);
        snprintf(mark, sizeof mark, "ceasefire %s", s);
    }
    legend_quads(b, true, mark[0] ? mark : NULL);
    size_t n = d->n_bucket;
    truce_day *start = calloc(n ? n : 1, sizeof *start);
    double *v = calloc(n ? n * 4 : 1, sizeof *v), *line = calloc(n ? n : 1, sizeof *line);
    if (!start || !v || !line) {
        b->failed = true;
    } else {
        for (size_t i = 0; i < n; i++) {
            start[i] = d->bucket[i].start;
            for (int q = 0; q < 4; q++) {
                v[i * 4 + (size_t)q] = d->bucket[i].quad[3 - q];   /* material conflict at the bottom */
            }
            line[i] = d->bucket[i].stories;
        }
        static const char *const names[4] = {"Material conflict", "Verbal conflict", "Material cooperation",
                                             "Verbal cooperation"};
        const char *cols[4] = {quad_color[4], quad_color[3], quad_color[2], quad_color[1]};
        svg_bars c = {"Incidents per period by QuadClass", n, start, d->unit, 4, v, names, cols, line, "stories",
                      o->ceasefire, mark, "incidents", 320};
        svg_bars_draw(b, &c);
    }
    free(start);
    free(v);
    free(line);
    if (d->n_before || d->n_after || d->n_undated) {
        put(b, "<p class=\"note\">Not drawn: ");
        const char *sep = "";
        if (d->n_before) {
            num(b, (double)d->n_before);
            put(b, " events the text dates before ");
            day(b, d->first);
            put(b, " (background and history)");
            sep = "; ";
        }
        if (d->n_after) {
            put(b, sep);
            num(b, (double)d->n_after);
            put(b, " after ");
            day(b, d->last);
            sep = "; ";
        }
        if (d->n_undated) {
            put(b, sep);
            num(b, (double)d->n_undated);
            put(b, " without a date");
        }
        put(b, ". --from and --to choose the days.</p>\n");
    }
    put(b, "</section>\n");
}

static void rate(truce_buf *b, double v, double s)
{
    if (s > 0) {
        svg_printf(b, "%.1f", 100 * v / s);
    } else {
        put(b, "–");
    }
}

static void ledger(truce_buf *b, const report_data *d)
{
    const report_ledger *L = &d->ledger;
    put(b, "<section id=\"ledger\">\n<h2>2. Ceasefire ledger");
    if (!L->on) {
        put(b, "</h2>\n<p class=\"lead\">No parties given: <span class=\"code\">--parties A,B</span> (two countries "
               "or actor codes) and <span class=\"code\">--ceasefire YYYY-MM-DD</span> count the violent incidents "
               "between them and their accusations per period, before and after the ceasefire, as "
               "<span class=\"code\">truce monitor</span> does.</p>\n</section>\n");
        return;
    }
    put(b, ": ");
    esc(b, L->a);
    put(b, " and ");
    esc(b, L->b);
    put(b, "</h2>\n<p class=\"lead\">Counted as <span class=\"code\">truce monitor</span> counts them (the "
           "page's filters do not apply): violent incidents between the parties (CAMEO roots 18–20, 145, 171, "
           "175), each on the side of its first report's source; accusations and criticism (11x) of each by the "
           "other, one a day each way; calls, consultations and agreements of a party (02–05, 08); deployments "
           "of peacekeepers or monitors (074, 0861, 0862); per ");
    put(b, L->unit == 1 ? "day" : "week");
    put(b, L->ceasefire != TRUCE_NODAY ? " counted from the ceasefire day" : "");
    put(b, ". Rates are per 100 stories published, so a busier news ");
    put(b, L->unit == 1 ? "day" : "week");
    put(b, " does not look like more fighting.</p>\n");
    /* the before/after summary */
    if (L->ceasefire != TRUCE_NODAY) {
        put(b, "<p class=\"summary\">");
        put(b, "Before the ceasefire (");
        day(b, L->first);
        put(b, " – ");
        day(b, L->ceasefire - 1);
        put(b, "): ");
        num(b, L->v_before);
        put(b, " violent incidents, ");
        num(b, L->s_before);
        put(b, " stories (");
        rate(b, L->v_before, L->s_before);
        put(b, " per 100). After (");
        day(b, L->ceasefire);
        put(b, " – ");
        day(b, L->last);
        put(b, "): ");
        num(b, L->v_after);
        put(b, ", ");
        num(b, L->s_after);
        put(b, " stories (");
        rate(b, L->v_after, L->s_after);
        put(b, " per 100).<br>");
        if (!isnan(L->ratio)) {
            char r[32], lo[32], hi[32];
            /* two decimals, three for a small bound (0.004, not 0.00) */
            snprintf(r, sizeof r, isinf(L->ratio) ? "∞" : L->ratio < 0.1 ? "%.3f" : "%.2f", L->ratio);
            snprintf(lo, sizeof lo, L->lo < 0.1 ? "%.3f" : "%.2f", L->lo);
            snprintf(hi, sizeof hi, isinf(L->hi) ? "∞" : L->hi < 0.1 ? "%.3f" : "%.2f", L->hi);
            svg_printf(b, "<b>Rate ratio after / before: %s</b> (95 %% interval %s – %s, exact, two Poisson rates; "
                       "per %s).", r, lo, hi, L->by_days ? "day: a side has no story dated in it" : "story");
        } else {
            put(b, "No rate ratio: it needs a violent incident on at least one side.");
        }
        put(b, "</p>\n");
    }
    /* violations by side per period */
    size_t n = L->n_period;
    truce_day *start = calloc(n ? n : 1, sizeof *start);
    double *v = calloc(n ? n * 2 : 1, sizeof *v), *line = calloc(n ? n : 1, sizeof *line);
    char n0[80], n1[80], mark[64] = "";
    snprintf(n0, sizeof n0, "%s on %s", L->a, L->b);
    snprintf(n1, sizeof n1, "%s on %s", L->b, L->a);
    if (L->ceasefire != TRUCE_NODAY) {
        char s[11];
        truce_day_format(L->ceasefire, s);
        snprintf(mark, sizeof mark, "ceasefire %s", s);
    }
    put(b, "<div class=\"legend\">");
    svg_printf(b, "<span style=\"--c:#7b3294\">violent: ");
    esc(b, n0);
    svg_printf(b, "</span><span style=\"--c:#1b9e77\">violent: ");
    esc(b, n1);
    put(b, "</span><span class=\"ln\" style=\"--c:#59636e\">stories published (right axis)</span>");
    if (mark[0]) {
        put(b, "<span class=\"mk\" style=\"--c:#111\">");
        esc(b, mark);
        put(b, "</span>");
    }
    put(b, "</div>\n");
    if (!start || !v || !line) {
        b->failed = true;
    } else {
        for (size_t i = 0; i < n; i++) {
            start[i] = L->period[i].start;
            v[2 * i] = L->period[i].viol[0];
            v[2 * i + 1] = L->period[i].viol[1];
            line[i] = L->period[i].stories;
        }
        const char *names[2] = {n0, n1};
        static const char *const cols[2] = {"#7b3294", "#1b9e77"};
        svg_bars c = {"Violent incidents between the parties per period, by side", n, start,
                      L->unit == 1 ? SVG_DAY : SVG_WEEK, 2, v, names, cols, line, "stories", L->ceasefire, mark,
                      "violent incidents", 220};
        svg_bars_draw(b, &c);
    }
    free(start);
    free(v);
    free(line);
    /* the table */
    put(b, "<table class=\"ledger\">\n<thead><tr><th>");
    put(b, L->unit == 1 ? "Day" : "Week from");
    put(b, "</th><th class=\"n\">Stories</th><th class=\"n\">Violent ");
    esc(b, n0);
    put(b, "</th><th class=\"n\">Violent ");
    esc(b, n1);
    put(b, "</th><th class=\"n\">");
    esc(b, L->a);
    put(b, " accuses ");
    esc(b, L->b);
    put(b, "</th><th class=\"n\">");
    esc(b, L->b);
    put(b, " accuses ");
    esc(b, L->a);
    put(b, "</th><th class=\"n\">Calls, agreements</th><th class=\"n\">Deploy&shy;ments</th>"
           "<th class=\"n\">Violent per 100 stories</th></tr></thead>\n<tbody>\n");
    size_t n_empty = 0;
    for (size_t i = 0; i < n; i++) {
        const report_period *p = &L->period[i];
        bool cf = L->ceasefire != TRUCE_NODAY && p->start == L->ceasefire;
        if (!cf && !p->stories && !p->viol[0] && !p->viol[1] && !p->acc[0] && !p->acc[1] && !p->talk &&
            !p->deploy) {
            n_empty++;
            continue;   /* said under the table */
        }
        put(b, cf ? "<tr class=\"cf\"><td>" : "<tr><td>");
        day(b, p->start);
        if (cf) {
            put(b, " <b>ceasefire</b>");
        }
        svg_printf(b, "</td><td class=\"n\">%u</td><td class=\"n\">%u</td><td class=\"n\">%u</td>"
                   "<td class=\"n\">%u</td><td class=\"n\">%u</td><td class=\"n\">%u</td><td class=\"n\">%u</td>"
                   "<td class=\"n\">", p->stories, p->viol[0], p->viol[1], p->acc[0], p->acc[1], p->talk, p->deploy);
        rate(b, (double)p->viol[0] + p->viol[1], p->stories);
        put(b, "</td></tr>\n");
    }
    put(b, "</tbody></table>\n");
    if (n_empty) {
        svg_printf(b, "<p class=\"note\">%zu %s%s with no story and no event between the parties %s left out.</p>\n",
                   n_empty, L->unit == 1 ? "day" : "week", n_empty == 1 ? "" : "s", n_empty == 1 ? "is" : "are");
    }
    put(b, "</section>\n");
}

static void dyads(truce_buf *b, const report_data *d)
{
    put(b, "<section id=\"dyads\">\n<h2>3. Dyads</h2>\n<p class=\"lead\">The most active actor pairs, source "
           "→ target, by events; the colour is their mean Goldstein score (red −10, conflict; grey 0; blue +10, "
           "cooperation).</p>\n");
    size_t n = d->n_dyad;
    char (*names)[80] = calloc(n ? n : 1, sizeof *names);
    char (*notes)[40] = calloc(n ? n : 1, sizeof *notes);
    const char **np = calloc(n ? n : 1, sizeof *np), **tp = calloc(n ? n : 1, sizeof *tp);
    double *v = calloc(n ? n : 1, sizeof *v), *tone = calloc(n ? n : 1, sizeof *tone);
    if (!names || !notes || !np || !tp || !v || !tone) {
        b->failed = true;
    } else {
        for (size_t i = 0; i < n; i++) {
            snprintf(names[i], sizeof names[i], "%s → %s", d->dyad[i].source, d->dyad[i].target);
            snprintf(notes[i], sizeof notes[i], "(Goldstein %+.1f)", d->dyad[i].goldstein);
            np[i] = names[i];
            tp[i] = notes[i];
            v[i] = d->dyad[i].n;
            tone[i] = d->dyad[i].goldstein;
        }
        svg_hbars c = {"Most active actor pairs", n, np, v, tone, tp};
        svg_hbars_draw(b, &c);
    }
    free(names);
    free(notes);
    free(np);
    free(tp);
    free(v);
    free(tone);
    put(b, "</section>\n");
}

static void map(truce_buf *b, const report_data *d)
{
    put(b, "<section id=\"map\">\n<h2>4. Map</h2>\n<p class=\"lead\">");
    num(b, (double)d->n_located);
    put(b, " of ");
    num(b, (double)d->n_events);
    put(b, " events have a place; each circle is a place, coloured by QuadClass and sized by the events "
           "(mentions) there (hover for the name). Countries with events are shaded.");
    if (d->n_point == 3000) {
        put(b, " The 3,000 largest places are drawn.");
    }
    put(b, "</p>\n");
    legend_quads(b, false, NULL);
    svg_map m = {"Map of the located events", d->n_point, d->point, quad_color, quad_name, 8};
    svg_map_draw(b, &m);
    put(b, "</section>\n");
}

static void evidence(truce_buf *b, const report_data *d, const report_opts *o)
{
    put(b, "<section id=\"evidence\" class=\"ev\">\n<h2>5. Evidence</h2>\n<p class=\"lead\">");
    put(b, "The most reported incidents in the page's days (by their mentions the filters keep), each with its "
           "mentions, stories and news sources in the store, and two of the sentences that report it (from two "
           "stories when it has them), the evidence itself marked, and their stories' ids.</p>\n");
    put(b, "<table>\n<thead><tr><th>Date</th><th>Actors</th><th>Event</th><th>Place</th><th class=\"n\">"
           "Mentions</th><th>Evidence</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < d->n_inc; i++) {
        const report_incident *x = &d->inc[i];
        int q = x->quad >= 1 && x->quad <= 4 ? x->quad : 0;
        put(b, "<tr><td class=\"d\">");
        esc(b, x->date);
        put(b, "</td><td>");
        esc(b, x->source[0] ? x->source : "?");
        put(b, " → ");
        esc(b, x->target[0] ? x->target : "?");
        svg_printf(b, "</td><td><span class=\"q\" style=\"--c:%s\" title=\"%s\"></span><span class=\"code\">",
                   quad_color[q], quad_name[q]);
        esc(b, x->code);
        put(b, "</span> ");
        esc(b, o->kb ? truce_cameo_name(o->kb, x->code) : NULL);
        put(b, "</td><td>");
        esc(b, x->place[0] ? x->place : "–");
        if (x->country[0]) {
            put(b, " (");
            esc(b, x->country);
            put(b, ")");
        }
        svg_printf(b, "</td><td class=\"n\">%u", x->mentions);
        if (x->stories > 1) {
            svg_printf(b, " in %u stories", x->stories);
        }
        if (x->sources > 1) {
            svg_printf(b, ", %u sources", x->sources);
        }
        put(b, "</td><td>");
        for (int k = 0; k < x->n_text; k++) {
            put(b, "<blockquote>");
            if (x->mark_len[k]) {
                svg_escape(b, x->text[k], x->mark_at[k]);
                put(b, "<mark>");
                svg_escape(b, x->text[k] + x->mark_at[k], x->mark_len[k]);
                put(b, "</mark>");
                esc(b, x->text[k] + x->mark_at[k] + x->mark_len[k]);
            } else {
                esc(b, x->text[k]);
            }
            put(b, " <span class=\"sid\">");
            esc(b, x->story[k]);
            put(b, "</span></blockquote>");
        }
        put(b, "</td></tr>\n");
    }
    if (!d->n_inc) {
        put(b, "<tr><td colspan=\"6\">No event in the report's days.</td></tr>\n");
    }
    put(b, "</tbody></table>\n</section>\n");
}

void report_html(truce_buf *b, const report_data *d, const report_opts *o)
{
    put(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    esc(b, o->title);
    put(b, "</title>\n<style>\n");
    put(b, css);
    put(b, "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>");
    esc(b, o->title);
    put(b, "</h1>\n<p class=\"scope\">");
    num(b, (double)d->n_events);
    put(b, " events from ");
    day(b, d->first);
    put(b, " to ");
    day(b, d->last);
    put(b, "; the store ");
    esc(b, o->store_name);
    put(b, " holds ");
    num(b, (double)d->store_events);
    put(b, " events from ");
    num(b, (double)d->store_stories);
    put(b, " stories.");
    if (o->filters && o->filters[0]) {
        put(b, " Filters: <span class=\"code\">");
        esc(b, o->filters);
        put(b, "</span>.");
    }
    put(b, "</p>\n<nav><a href=\"#timeline\">1 Timeline</a><a href=\"#ledger\">2 Ceasefire ledger</a>"
           "<a href=\"#dyads\">3 Dyads</a><a href=\"#map\">4 Map</a><a href=\"#evidence\">5 Evidence</a></nav>\n"
           "</header>\n");
    timeline(b, d, o);
    ledger(b, d);
    dyads(b, d);
    map(b, d);
    evidence(b, d, o);
    put(b, "<footer>Made by truce " TRUCE_VERSION " from the store's schema ");
    esc(b, d->schema);
    put(b, ". Country shapes: ");
    esc(b, world_source);
    put(b, ", public domain. Events are coded by machine from news text: each is backed by its sentence; "
           "read the evidence before you count.</footer>\n</main>\n</body>\n</html>\n");
}
