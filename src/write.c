/* write.c — output records: JSON Lines (the output contract) and TSV.
 *
 * Writers append to a truce_buf; the caller flushes it. JSON strings are
 * escaped per RFC 8259 (control characters as \u00XX; valid UTF-8 passes
 * through). Numbers are printed with fixed precision so the same event
 * always gives the same bytes.
 */
#include "truce_int.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static bool buf_reserve(truce_buf *b, size_t extra)
{
    if (b->failed) {
        return false;
    }
    if (b->len + extra + 1 <= b->cap) {
        return true;
    }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra + 1) {
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

void buf_put(truce_buf *b, const char *s, size_t len)
{
    if (!buf_reserve(b, len)) {
        return;
    }
    memcpy(b->p + b->len, s, len);
    b->len += len;
    b->p[b->len] = 0;
}

void truce_buf_put(truce_buf *b, const char *s, size_t len)
{
    buf_put(b, s, len);
}

void buf_puts(truce_buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

void buf_putc(truce_buf *b, char c)
{
    buf_put(b, &c, 1);
}

void buf_printf(truce_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return;
    }
    if ((size_t)n < sizeof tmp) {
        buf_put(b, tmp, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n)) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void truce_buf_free(truce_buf *b)
{
    if (b) {
        free(b->p);
        b->p = NULL;
        b->len = b->cap = 0;
        b->failed = false;
    }
}

static void json_str(truce_buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[7];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
                u[4] = hex[c >> 4]; u[5] = hex[c & 15]; u[6] = 0;
                esc = u;
            }
        }
        if (esc) {
            buf_put(b, s + run, i - run);
            buf_puts(b, esc);
            run = i + 1;
        }
    }
    buf_put(b, s + run, len - run);
    buf_putc(b, '"');
}

static void json_cstr_or_null(truce_buf *b, const char *s)
{
    if (s) {
        json_str(b, s, strlen(s));
    } else {
        buf_puts(b, "null");
    }
}

void truce_write_jsonl(truce_buf *b, const truce_event *ev)
{
    char date[11];
    buf_puts(b, "{\"story_id\":");
    json_cstr_or_null(b, ev->story_id);
    buf_printf(b, ",\"sentence\":%u,\"date\":", ev->sentence);
    if (ev->date == TRUCE_NODAY) {
        buf_puts(b, "null");
    } else {
        truce_day_format(ev->date, date);
        json_str(b, date, 10);
    }
    buf_puts(b, ",\"date_source\":");
    json_cstr_or_null(b, ev->date_source);
    buf_puts(b, ",\"source\":");
    json_cstr_or_null(b, ev->source);
    buf_puts(b, ",\"source_country\":");
    json_cstr_or_null(b, ev->source_country);
    buf_puts(b, ",\"target\":");
    json_cstr_or_null(b, ev->target);
    buf_puts(b, ",\"target_country\":");
    json_cstr_or_null(b, ev->target_country);
    buf_puts(b, ",\"code\":");
    json_cstr_or_null(b, ev->code);
    buf_puts(b, ",\"root\":");
    json_cstr_or_null(b, ev->root);
    buf_printf(b, ",\"quad_class\":%d,\"goldstein\":%.1f,\"plover\":", ev->quad_class, ev->goldstein);
    json_cstr_or_null(b, ev->plover);
    buf_puts(b, ",\"location\":");
    if (ev->location_name) {
        buf_puts(b, "{\"name\":");
        json_cstr_or_null(b, ev->location_name);
        buf_puts(b, ",\"country\":");
        json_cstr_or_null(b, ev->location_country);
        buf_puts(b, ",\"admin1\":");
        json_cstr_or_null(b, ev->location_admin1);
        if (isnan(ev->lat) || isnan(ev->lon)) {
            buf_puts(b, ",\"lat\":null,\"lon\":null");
        } else {
            buf_printf(b, ",\"lat\":%.5f,\"lon\":%.5f", ev->lat, ev->lon);
        }
        buf_puts(b, ",\"precision\":");
        json_cstr_or_null(b, ev->location_precision);
        if (ev->geonameid) {
            buf_printf(b, ",\"geonameid\":%u", ev->geonameid);
        }
        if (ev->loc_end > ev->loc_start) {
            buf_printf(b, ",\"span\":[%zu,%zu]", ev->loc_start, ev->loc_end);
        }
        buf_puts(b, "}");
    } else {
        buf_puts(b, "null");
    }
    buf_puts(b, ",\"text\":");
    json_str(b, ev->text, ev->text_len);
    buf_printf(b, ",\"span\":[%zu,%zu],\"pattern\":", ev->span_start, ev->span_end);
    json_cstr_or_null(b, ev->pattern);
    buf_printf(b, ",\"historical\":%s}\n", ev->historical ? "true" : "false");
}

static void tsv_field(truce_buf *b, const char *s, size_t len)
{
    /* tabs and newlines inside a field become spaces: one record a line */
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            buf_put(b, s + run, i - run);
            buf_putc(b, ' ');
            run = i + 1;
        }
    }
    buf_put(b, s + run, len - run);
}

void truce_write_tsv_header(truce_buf *b)
{
    buf_puts(b, "story_id\tsentence\tdate\tdate_source\tsource\tsource_country\ttarget\t"
                "target_country\tcode\troot\tquad_class\tgoldstein\tplover\tlocation_name\t"
                "location_country\tlocation_admin1\tlat\tlon\tlocation_precision\tspan_start\t"
                "span_end\thistorical\tpattern\ttext\n");
}

void truce_write_tsv(truce_buf *b, const truce_event *ev)
{
    char date[11] = "";
    if (ev->date != TRUCE_NODAY) {
        truce_day_format(ev->date, date);
    }
    const char *f[] = {ev->story_id, NULL, date, ev->date_source, ev->source,
                       ev->source_country, ev->target, ev->target_country, ev->code, ev->root};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        if (i) {
            buf_putc(b, '\t');
        }
        if (i == 1) {
            buf_printf(b, "%u", ev->sentence);
        } else if (f[i]) {
            tsv_field(b, f[i], strlen(f[i]));
        }
    }
    buf_printf(b, "\t%d\t%.1f\t", ev->quad_class, ev->goldstein);
    if (ev->plover) {
        buf_puts(b, ev->plover);
    }
    buf_putc(b, '\t');
    if (ev->location_name) {
        tsv_field(b, ev->location_name, strlen(ev->location_name));
    }
    buf_putc(b, '\t');
    if (ev->location_country) {
        buf_puts(b, ev->location_country);
    }
    buf_putc(b, '\t');
    if (ev->location_admin1) {
        tsv_field(b, ev->location_admin1, strlen(ev->location_admin1));
    }
    buf_putc(b, '\t');
    if (ev->location_name && !isnan(ev->lat) && !isnan(ev->lon)) {
        buf_printf(b, "%.5f\t%.5f", ev->lat, ev->lon);
    } else {
        buf_putc(b, '\t');
    }
    buf_putc(b, '\t');
    if (ev->location_precision) {
        buf_puts(b, ev->location_precision);
    }
    buf_printf(b, "\t%zu\t%zu\t%s\t", ev->span_start, ev->span_end, ev->historical ? "true" : "false");
    tsv_field(b, ev->pattern, strlen(ev->pattern));
    buf_putc(b, '\t');
    tsv_field(b, ev->text, ev->text_len);
    buf_putc(b, '\n');
}

/* ---- Phoenix ------------------------------------------------------------ */

/* One actor as Phoenix's four columns: the full code; the entity (its
 * country, or IGO, NGO, IMG, MNC); the role (one of Phoenix's); the other
 * 3-letter codes joined by ';'. */
static void phoenix_actor(truce_buf *b, const char *code, const char *country)
{
    static const char *const roles[] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                        "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};
    size_t n = code ? strlen(code) : 0;
    tsv_field(b, code ? code : "", n);
    buf_putc(b, '\t');
    size_t at = 0;
    if (n >= 3 && ((country && strncmp(code, country, 3) == 0) || strncmp(code, "IGO", 3) == 0 ||
                   strncmp(code, "NGO", 3) == 0 || strncmp(code, "IMG", 3) == 0 ||
                   strncmp(code, "MNC", 3) == 0)) {
        buf_put(b, code, 3);
        at = 3;
    } else if (n >= 3 && strncmp(code, "---", 3) == 0) {
        at = 3;   /* a role of unknown country: no entity */
    }
    buf_putc(b, '\t');
    if (n >= at + 3) {
        for (size_t r = 0; r < sizeof roles / sizeof *roles; r++) {
            if (strncmp(code + at, roles[r], 3) == 0) {
                buf_put(b, code + at, 3);
                at += 3;
                break;
            }
        }
    }
    buf_putc(b, '\t');
    for (size_t k = at; k + 3 <= n; k += 3) {
        if (k > at) {
            buf_putc(b, ';');
        }
        buf_put(b, code + k, 3);
    }
}

void truce_write_phoenix(truce_buf *b, const truce_event *ev, uint32_t seq, const char *url,
                         size_t url_len, const char *news_source, size_t news_source_len)
{
    char date[11] = "";
    if (ev->date != TRUCE_NODAY) {
        truce_day_format(ev->date, date);
    }
    /* EventID, Date, Year, Month, Day */
    tsv_field(b, ev->story_id, strlen(ev->story_id));
    buf_printf(b, "-%u-%u\t", ev->sentence, seq);
    if (date[0]) {
        buf_printf(b, "%.4s%.2s%.2s\t%.4s\t%.2s\t%.2s\t", date, date + 5, date + 8, date, date + 5,
                   date + 8);
    } else {
        buf_puts(b, "\t\t\t\t");
    }
    phoenix_actor(b, ev->source, ev->source_country);
    buf_putc(b, '\t');
    phoenix_actor(b, ev->target, ev->target_country);
    /* PentaClass: 0 = 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16,
     * 4 = 14, 15, 17-20 */
    int r = ev->root ? atoi(ev->root) : 0;
    int penta = r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : (r <= 13 || r == 16) ? 3 : 4;
    buf_putc(b, '\t');
    buf_puts(b, ev->code ? ev->code : "");
    buf_putc(b, '\t');
    buf_puts(b, ev->root ? ev->root : "");
    buf_printf(b, "\t%d\t%.1f\t\t", penta, ev->goldstein);   /* Issues: none coded */
    if (ev->location_name && !isnan(ev->lat) && !isnan(ev->lon)) {
        buf_printf(b, "%.5f\t%.5f\t", ev->lat, ev->lon);
    } else {
        buf_puts(b, "\t\t");
    }
    if (ev->location_name) {
        tsv_field(b, ev->location_name, strlen(ev->location_name));
    }
    buf_putc(b, '\t');
    if (ev->location_name && ev->location_admin1) {
        tsv_field(b, ev->location_admin1, strlen(ev->location_admin1));
    }
    buf_putc(b, '\t');
    if (ev->location_name && ev->location_country) {
        buf_puts(b, ev->location_country);
    }
    /* SentenceID, URLs, NewsSources */
    buf_putc(b, '\t');
    tsv_field(b, ev->story_id, strlen(ev->story_id));
    buf_printf(b, "-%u\t", ev->sentence);
    if (url) {
        tsv_field(b, url, url_len);
    }
    buf_putc(b, '\t');
    if (news_source) {
        tsv_field(b, news_source, news_source_len);
    }
    buf_putc(b, '\n');
}

/* ---- PLOVER records ---------------------------------------------------- */

/* The act being gathered: the first event's fields (copied into `pool`,
 * kept as offsets so that the pool may grow), and the actors and
 * recipients of every event of the act, in order, without repeats. */
enum { PF_STORY, PF_DATE_SOURCE, PF_CODE, PF_PLOVER, PF_MODE, PF_LOC_NAME, PF_LOC_COUNTRY,
       PF_LOC_ADMIN1, PF_LOC_PRECISION, PF_TEXT, PF_PATTERN, PF_N };

struct truce_plover {
    bool open;                  /* an act is being gathered */
    uint32_t sentence;
    truce_day date;
    size_t span_start, span_end;
    int quad_class;
    double goldstein, lat, lon;
    uint32_t geonameid;
    bool historical, has_loc, mutual;
    size_t f[PF_N];             /* offsets of the fields in pool; SIZE_MAX = NULL */
    size_t flen[PF_N];
    truce_buf pool;
    /* actors and recipients: (code, country) offsets into pool */
    size_t (*who)[3];           /* code offset, country offset, 0 actor / 1 recipient */
    size_t n_who, cap_who;
    uint32_t last_sentence, seq; /* record numbers within a sentence */
};

truce_plover *truce_plover_new(void)
{
    return calloc(1, sizeof(truce_plover));
}

void truce_plover_free(truce_plover *p)
{
    if (p) {
        truce_buf_free(&p->pool);
        free(p->who);
        free(p);
    }
}

static size_t pool_add(truce_plover *p, const char *s, size_t *len)
{
    if (!s) {
        *len = 0;
        return SIZE_MAX;
    }
    size_t off = p->pool.len;
    *len = strlen(s);
    buf_put(&p->pool, s, *len);
    buf_putc(&p->pool, 0);
    return off;
}

static const char *pool_str(const truce_plover *p, size_t off)
{
    return off == SIZE_MAX || p->pool.failed ? NULL : p->pool.p + off;
}

/* Add a participant unless it is there already in that role. */
static void add_who(truce_plover *p, const char *code, const char *country, int role)
{
    for (size_t i = 0; i < p->n_who; i++) {
        if ((int)p->who[i][2] == role && strcmp(pool_str(p, p->who[i][0]), code) == 0) {
            return;
        }
    }
    if (p->n_who == p->cap_who) {
        size_t cap = p->cap_who ? p->cap_who * 2 : 8;
        size_t (*w)[3] = realloc(p->who, cap * sizeof *w);
        if (!w) {
            p->pool.failed = true;
            return;
        }
        p->who = w;
        p->cap_who = cap;
    }
    size_t len;
    p->who[p->n_who][0] = pool_add(p, code, &len);
    p->who[p->n_who][1] = pool_add(p, country, &len);
    p->who[p->n_who][2] = (size_t)role;
    if (!p->pool.failed) {
        p->n_who++;
    }
}

/* A PLOVER entity from a CAMEO actor code: the country (or IGO, NGO, ...)
 * as `code`, the first role as `sector`, the whole CAMEO code beside. */
static void plover_entity(truce_buf *b, const char *cameo, const char *country)
{
    size_t n = strlen(cameo);
    buf_puts(b, "{\"code\":");
    if (country) {
        json_str(b, country, strlen(country));
    } else if (n >= 3 && strncmp(cameo, "---", 3) != 0) {
        json_str(b, cameo, 3);
    } else {
        buf_puts(b, "null");
    }
    buf_puts(b, ",\"sector\":");
    if (n >= 6) {
        json_str(b, cameo + 3, 3);
    } else {
        buf_puts(b, "null");
    }
    buf_puts(b, ",\"cameo\":");
    json_str(b, cameo, n);
    buf_putc(b, '}');
}

static void plover_list(truce_buf *b, const truce_plover *p, int role)
{
    bool first = true;
    buf_putc(b, '[');
    for (size_t i = 0; i < p->n_who; i++) {
        /* in a mutual act everyone is an actor */
        if ((int)p->who[i][2] != role && !(p->mutual && role == 0)) {
            continue;
        }
        const char *code = pool_str(p, p->who[i][0]);
        bool seen = false;
        for (size_t k = 0; k < i && p->mutual; k++) {
            seen = seen || strcmp(pool_str(p, p->who[k][0]), code) == 0;
        }
        if (seen) {
            continue;
        }
        if (!first) {
            buf_putc(b, ',');
        }
        first = false;
        plover_entity(b, code, pool_str(p, p->who[i][1]));
    }
    buf_putc(b, ']');
}

/* PLOVER's location resolution: 5 sub-city ... 1 country. */
static int plover_resolution(const char *precision)
{
    if (!precision) {
        return 0;
    }
    if (strcmp(precision, "place") == 0 || strcmp(precision, "dateline") == 0) {
        return 4;
    }
    if (strcmp(precision, "admin1") == 0) {
        return 2;
    }
    return strcmp(precision, "country") == 0 ? 1 : 3;
}

static void plover_record(truce_plover *p, truce_buf *b)
{
    if (!p->open || p->pool.failed) {
        p->open = false;
        return;
    }
    const char *story = pool_str(p, p->f[PF_STORY]);
    if (p->sentence != p->last_sentence) {
        p->last_sentence = p->sentence;
        p->seq = 0;
    }
    p->seq++;
    char id[300], date[11];
    snprintf(id, sizeof id, "%s-%u-%u", story ? story : "", p->sentence, p->seq);
    buf_puts(b, "{\"id\":");
    json_str(b, id, strlen(id));
    buf_puts(b, ",\"date\":");
    if (p->date == TRUCE_NODAY) {
        buf_puts(b, "null");
    } else {
        truce_day_format(p->date, date);
        json_str(b, date, 10);
    }
    buf_puts(b, ",\"actor\":");
    plover_list(b, p, 0);
    bool any_recipient = false;
    for (size_t i = 0; i < p->n_who && !p->mutual; i++) {
        any_recipient = any_recipient || p->who[i][2] == 1;
    }
    if (any_recipient) {
        buf_puts(b, ",\"recipient\":");
        plover_list(b, p, 1);
    }
    buf_puts(b, ",\"event\":[");
    json_cstr_or_null(b, pool_str(p, p->f[PF_PLOVER]));
    buf_putc(b, ']');
    const char *mode = pool_str(p, p->f[PF_MODE]);
    if (mode && mode[0]) {
        buf_puts(b, ",\"mode\":[");
        json_cstr_or_null(b, mode);
        buf_putc(b, ']');
    }
    buf_printf(b, ",\"quad_code\":%d", p->quad_class);
    if (p->has_loc) {
        buf_puts(b, ",\"event_loc\":{\"resolved_place\":");
        json_cstr_or_null(b, pool_str(p, p->f[PF_LOC_NAME]));
        buf_puts(b, ",\"country_code\":");
        json_cstr_or_null(b, pool_str(p, p->f[PF_LOC_COUNTRY]));
        buf_puts(b, ",\"province\":");
        json_cstr_or_null(b, pool_str(p, p->f[PF_LOC_ADMIN1]));
        if (p->lat == p->lat && p->lon == p->lon) {
            buf_printf(b, ",\"lat\":%.5f,\"lon\":%.5f", p->lat, p->lon);
        }
        if (p->geonameid) {
            buf_printf(b, ",\"geonameid\":%u", p->geonameid);
        }
        buf_printf(b, ",\"resolution\":%d,\"precision\":",
                   plover_resolution(pool_str(p, p->f[PF_LOC_PRECISION])));
        json_cstr_or_null(b, pool_str(p, p->f[PF_LOC_PRECISION]));
        buf_putc(b, '}');
    }
    buf_puts(b, ",\"text\":");
    json_str(b, pool_str(p, p->f[PF_TEXT]), p->flen[PF_TEXT]);
    buf_printf(b, ",\"text_info\":{\"sequence\":%u,\"start\":%zu,\"end\":%zu,\"text_story\":",
               p->sentence, p->span_start, p->span_end);
    json_cstr_or_null(b, story);
    buf_puts(b, "},\"cite_info\":{\"coder\":\"truce " TRUCE_VERSION "\",\"codebook\":\"PLOVER (from CAMEO)\"}");
    buf_puts(b, ",\"cameo\":");
    json_cstr_or_null(b, pool_str(p, p->f[PF_CODE]));
    buf_printf(b, ",\"goldstein\":%.1f,\"date_source\":", p->goldstein);
    json_cstr_or_null(b, pool_str(p, p->f[PF_DATE_SOURCE]));
    buf_printf(b, ",\"historical\":%s,\"pattern\":", p->historical ? "true" : "false");
    json_cstr_or_null(b, pool_str(p, p->f[PF_PATTERN]));
    buf_puts(b, "}\n");
    p->open = false;
}

void truce_plover_add(truce_plover *p, truce_buf *b, const truce_event *ev)
{
    if (!ev->plover) {
        return;   /* a CAMEO statement: PLOVER has no such event */
    }
    const char *code = ev->code ? ev->code : "";
    if (p->open && !(p->sentence == ev->sentence && p->date == ev->date &&
                     p->span_start == ev->span_start && p->span_end == ev->span_end &&
                     p->mutual == ev->mutual &&
                     strcmp(pool_str(p, p->f[PF_CODE]), code) == 0 &&
                     strcmp(pool_str(p, p->f[PF_STORY]), ev->story_id ? ev->story_id : "") == 0)) {
        plover_record(p, b);
    }
    if (!p->open) {
        p->pool.len = 0;
        p->pool.failed = false;
        p->n_who = 0;
        p->open = true;
        p->sentence = ev->sentence;
        p->date = ev->date;
        p->span_start = ev->span_start;
        p->span_end = ev->span_end;
        p->quad_class = ev->quad_class;
        p->goldstein = ev->goldstein;
        p->lat = ev->lat;
        p->lon = ev->lon;
        p->geonameid = ev->geonameid;
        p->historical = ev->historical;
        p->mutual = ev->mutual;
        p->has_loc = ev->location_name != NULL;
        const char *fields[PF_N] = {
            [PF_STORY] = ev->story_id ? ev->story_id : "", [PF_DATE_SOURCE] = ev->date_source,
            [PF_CODE] = code, [PF_PLOVER] = ev->plover, [PF_MODE] = ev->plover_mode,
            [PF_LOC_NAME] = ev->location_name, [PF_LOC_COUNTRY] = ev->location_country,
            [PF_LOC_ADMIN1] = ev->location_admin1, [PF_LOC_PRECISION] = ev->location_precision,
            [PF_TEXT] = NULL, [PF_PATTERN] = ev->pattern,
        };
        for (int i = 0; i < PF_N; i++) {
            p->f[i] = pool_add(p, fields[i], &p->flen[i]);
        }
        /* the sentence is not NUL-terminated: copied by length */
        p->f[PF_TEXT] = p->pool.len;
        p->flen[PF_TEXT] = ev->text_len;
        buf_put(&p->pool, ev->text ? ev->text : "", ev->text ? ev->text_len : 0);
        buf_putc(&p->pool, 0);
    }
    if (ev->source && ev->source[0]) {
        add_who(p, ev->source, ev->source_country, 0);
    }
    if (ev->target && ev->target[0]) {
        add_who(p, ev->target, ev->target_country, 1);
    }
}

void truce_plover_end(truce_plover *p, truce_buf *b)
{
    plover_record(p, b);
    p->last_sentence = 0;
    p->seq = 0;
}
