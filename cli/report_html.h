/* report_html.h — write `truce report`'s page from its data.
 *
 * One self-contained HTML document: inline CSS and SVG, no script and no
 * reference to anything outside the file (report_html.c).
 */
#ifndef TRUCE_REPORT_HTML_H
#define TRUCE_REPORT_HTML_H

#include "report_data.h"
#include "truce.h"

typedef struct {
    const char *title;         /* the page's title and heading */
    const char *store_name;    /* the store as the user named it */
    const char *filters;       /* the filter options as given, for the header, or NULL */
    truce_day ceasefire;       /* marked on the timeline, or TRUCE_NODAY */
    const truce_kb *kb;        /* the CAMEO codes' names, or NULL */
} report_opts;

/* Append the page to b (b->failed on an allocation failure). */
void report_html(truce_buf *b, const report_data *d, const report_opts *o);

#endif
