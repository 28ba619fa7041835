/* reader.c — story readers: plain-text wire stories and JSON Lines.
 *
 * A plain-text story is a headline line, an optional standfirst, then a
 * dateline that opens the body: "YEREVAN, May 6./TASS/. ...",
 * "WASHINGTON (Reuters) - ...", "MOSCOW, Oct 2 (Reuters) - ...",
 * "KYIV, Ukraine (AP) — ...". The dateline gives the place, the day and
 * month (and sometimes the year) and the agency. A dateline without a year
 * takes the earliest year that keeps it on or after every full date the
 * story itself gives (a story recounting 27 Sep and 9 Nov 2020 dated
 * "May 6" is from 2021), else the year of the default date.
 *
 * JSON Lines stories are parsed with yajl. Neither reader touches files:
 * they take bytes and fill a truce_story of views.
 */
#include "base.h"

#include <yajl/yajl_parse.h>
#include <stdio.h>
#include <stdlib.h>

static bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* Skip spaces (ASCII and U+00A0). */
static size_t skip_sp(const uint8_t *p, size_t i, size_t e)
{
    while (i < e) {
        if (p[i] == ' ' || p[i] == '\t') {
            i++;
        } else if (i + 1 < e && p[i] == 0xC2 && p[i + 1] == 0xA0) {
            i += 2;
        } else {
            break;
        }
    }
    return i;
}

/* A dash separator: "-", "--", en or em dash. Returns bytes consumed. */
static size_t dash_at(const uint8_t *p, size_t i, size_t e)
{
    if (i < e && p[i] == '-') {
        size_t j = i;
        while (j < e && p[j] == '-') {
            j++;
        }
        return j - i;
    }
    if (i + 2 < e && p[i] == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0x93 || p[i + 2] == 0x94)) {
        return 3;
    }
    return 0;
}

typedef struct {
    size_t place_b, place_e;     /* the place, e.g. YEREVAN */
    int month, day, year;        /* 0 if absent */
    size_t body;                 /* first byte of the body */
} dateline;

/* Parse a dateline at p[b..e) (one line). */
static bool parse_dateline(const uint8_t *p, size_t b, size_t e, dateline *d)
{
    memset(d, 0, sizeof *d);
    size_t i = skip_sp(p, b, e);
    size_t pb = i;
    int upper = 0;
    /* PLACE: capitals, spaces, hyphens, periods, apostrophes; no lower case */
    while (i < e && (is_upper(p[i]) || p[i] == ' ' || p[i] == '-' || p[i] == '.' ||
                     p[i] == '\'' || p[i] >= 0x80)) {
        if (p[i] >= 0x80) {
            /* accept non-ASCII letters in place names (e.g. BOGOTÁ) but
             * stop at a dash */
            if (dash_at(p, i, e)) {
                break;
            }
        }
        if (is_upper(p[i])) {
            upper++;
        }
        i++;
    }
    size_t pe = i;
    while (pe > pb && (p[pe - 1] == ' ' || p[pe - 1] == '.')) {
        pe--;
    }
    if (upper < 3 || pe <= pb || (i < e && is_lower(p[i]))) {
        return false;
    }
    /* the place must be followed by ',', '(' or a dash */
    i = skip_sp(p, pe, e);
    bool any = false;
    /* ", Country" (capitalised words) or ", Month Day[, Year]" */
    if (i < e && p[i] == ',') {
        size_t j = skip_sp(p, i + 1, e);
        size_t wb = j;
        while (j < e && (is_upper(p[j]) || is_lower(p[j]))) {
            j++;
        }
        int m = month_from_name((str){p + wb, (ptrdiff_t)(j - wb)});
        if (m && j < e && p[j] == '.') {
            j++;
        }
        size_t k = skip_sp(p, j, e);
        if (m && k < e && is_digit(p[k])) {
            int day = 0;
            while (k < e && is_digit(p[k]) && day < 100) {
                day = day * 10 + (p[k++] - '0');
            }
            if (day < 1 || day > 31) {
                return false;
            }
            d->month = m;
            d->day = day;
            /* ", 2021" */
            size_t q = k;
            if (q < e && p[q] == ',') {
                q = skip_sp(p, q + 1, e);
                int y = 0, nd = 0;
                while (q < e && is_digit(p[q]) && nd < 5) {
                    y = y * 10 + (p[q++] - '0');
                    nd++;
                }
                if (nd == 4) {
                    d->year = y;
                    k = q;
                }
            }
            i = k;
            any = true;
        } else if (wb < j && is_upper(p[wb])) {
            /* ", Ukraine" — capitalised words up to '(' or a dash */
            while (j < e && p[j] != '(' && !dash_at(p, j, e) && p[j] != ',') {
                j++;
            }
            i = j;
            if (i < e && p[i] == ',') {
                /* a second comma: maybe a date follows */
                dateline inner;
                size_t save = i;
                (void)inner;
                i = save;
            }
        } else {
            return false;
        }
    }
    i = skip_sp(p, i, e);
    if (i < e && p[i] == '.') {
        i++;
    }
    /* "/TASS/." */
    if (i < e && p[i] == '/') {
        size_t j = i + 1;
        while (j < e && p[j] != '/' && j - i < 40) {
            j++;
        }
        if (j < e && p[j] == '/') {
            i = j + 1;
            if (i < e && p[i] == '.') {
                i++;
            }
            any = true;
        }
    }
    i = skip_sp(p, i, e);
    /* "(Reuters)" */
    if (i < e && p[i] == '(') {
        size_t j = i + 1;
        while (j < e && p[j] != ')' && j - i < 40) {
            j++;
        }
        if (j < e && p[j] == ')') {
            i = skip_sp(p, j + 1, e);
            any = true;
        }
    }
    size_t dl = dash_at(p, i, e);
    if (dl) {
        i = skip_sp(p, i + dl, e);
        any = true;
    } else if (i < e && p[i] == ':') {
        i = skip_sp(p, i + 1, e);
    }
    if (!any) {
        return false;
    }
    d->place_b = pb;
    d->place_e = pe;
    d->body = i;
    return true;
}

/* Latest full date (Month D, YYYY or D Month YYYY) in the text. */
static truce_day latest_full_date(const uint8_t *p, size_t n)
{
    truce_day best = TRUCE_NODAY;
    size_t i = 0;
    /* words: runs of letters or digits */
    size_t wb[3] = {0}, we[3] = {0};
    int have = 0;
    while (i < n) {
        while (i < n && !(is_upper(p[i]) || is_lower(p[i]) || is_digit(p[i]))) {
            i++;
        }
        size_t b = i;
        while (i < n && (is_upper(p[i]) || is_lower(p[i]) || is_digit(p[i]))) {
            i++;
        }
        if (b == i) {
            break;
        }
        /* shift the window */
        wb[0] = wb[1]; we[0] = we[1];
        wb[1] = wb[2]; we[1] = we[2];
        wb[2] = b; we[2] = i;
        if (have < 3) {
            have++;
        }
        if (have < 3 || we[2] - wb[2] != 4 || !is_digit(p[wb[2]])) {
            continue;
        }
        int y = 0;
        for (size_t k = wb[2]; k < we[2]; k++) {
            if (!is_digit(p[k])) {
                y = -1;
                break;
            }
            y = y * 10 + (p[k] - '0');
        }
        if (y < 1900 || y > 2100) {
            continue;
        }
        int m = 0, d = 0;
        for (int form = 0; form < 2; form++) {
            size_t mi = form == 0 ? 0 : 1, di = form == 0 ? 1 : 0;
            int mm = month_from_name((str){p + wb[mi], (ptrdiff_t)(we[mi] - wb[mi])});
            int dd = 0;
            bool ok = mm && we[di] - wb[di] <= 2;
            for (size_t k = wb[di]; ok && k < we[di]; k++) {
                if (!is_digit(p[k])) {
                    ok = false;
                } else {
                    dd = dd * 10 + (p[k] - '0');
                }
            }
            if (ok && ymd_valid(y, mm, dd)) {
                m = mm;
                d = dd;
                break;
            }
        }
        if (m) {
            truce_day x = day_from_ymd(y, m, d);
            if (best == TRUCE_NODAY || x > best) {
                best = x;
            }
        }
    }
    return best;
}

/* Resolve a dateline's day and month (and maybe year) to a date. */
static truce_day dateline_day(const dateline *d, const uint8_t *text, size_t n,
                              truce_day default_date)
{
    if (!d->month) {
        return TRUCE_NODAY;
    }
    if (d->year) {
        return ymd_valid(d->year, d->month, d->day) ? day_from_ymd(d->year, d->month, d->day) : TRUCE_NODAY;
    }
    truce_day floor = latest_full_date(text, n);
    if (floor != TRUCE_NODAY) {
        int y, m, dd;
        day_to_ymd(floor, &y, &m, &dd);
        for (int k = 0; k < 2; k++, y++) {
            if (ymd_valid(y, d->month, d->day) && day_from_ymd(y, d->month, d->day) >= floor) {
                return day_from_ymd(y, d->month, d->day);
            }
        }
    }
    if (default_date != TRUCE_NODAY) {
        int y, m, dd;
        day_to_ymd(default_date, &y, &m, &dd);
        if (ymd_valid(y, d->month, d->day)) {
            return day_from_ymd(y, d->month, d->day);
        }
    }
    return TRUCE_NODAY;
}

/* Find a dateline among the first lines; fills the story's dateline and
 * body fields. Returns the dateline's date or TRUCE_NODAY. */
static truce_day find_dateline(const char *buf, size_t len, bool headline_first,
                               truce_day default_date, truce_story *out, bool *found)
{
    const uint8_t *p = (const uint8_t *)buf;
    size_t b = 0;
    *found = false;
    for (int line = 0; line < 4 && b < len; line++) {
        size_t e = b;
        while (e < len && p[e] != '\n') {
            e++;
        }
        dateline d;
        if ((line > 0 || !headline_first) && parse_dateline(p, b, e, &d)) {
            out->dateline_place = buf + d.place_b;
            out->dateline_place_len = d.place_e - d.place_b;
            out->body_offset = d.body;
            *found = true;
            return dateline_day(&d, p, len, default_date);
        }
        b = e + 1;
    }
    return TRUCE_NODAY;
}

truce_status truce_read_text(const char *buf, size_t len, truce_day default_date,
                             truce_story *out, truce_error *err)
{
    memset(out, 0, sizeof *out);
    out->date = TRUCE_NODAY;
    truce_status rc = truce_utf8_check(buf, len, err);
    if (rc != TRUCE_OK) {
        return rc;
    }
    /* a UTF-8 byte order mark is not text */
    size_t off = 0;
    if (len >= 3 && (uint8_t)buf[0] == 0xEF && (uint8_t)buf[1] == 0xBB && (uint8_t)buf[2] == 0xBF) {
        off = 3;
    }
    out->text = buf + off;
    out->text_len = len - off;
    const uint8_t *p = (const uint8_t *)out->text;
    size_t n = out->text_len;
    /* the headline: the first non-empty line, unless it is the dateline */
    size_t e = 0;
    while (e < n && p[e] != '\n') {
        e++;
    }
    bool found;
    dateline d;
    bool first_is_dateline = parse_dateline(p, 0, e, &d) && d.body < e;
    if (!first_is_dateline) {
        out->title = out->text;
        out->title_len = e;
        while (out->title_len && (out->title[out->title_len - 1] == '\r' || out->title[out->title_len - 1] == ' ')) {
            out->title_len--;
        }
    }
    truce_day day = find_dateline(out->text, n, !first_is_dateline, default_date, out, &found);
    if (day != TRUCE_NODAY) {
        out->date = day;
        out->date_from = TRUCE_DATE_DATELINE;
    } else if (default_date != TRUCE_NODAY) {
        out->date = default_date;
        out->date_from = TRUCE_DATE_OPTION;
    }
    return TRUCE_OK;
}

/* ---- JSON Lines ------------------------------------------------------- */

/* A line is parsed by yajl's event parser (no tree is built): the fields
 * the story needs are copied as they pass, at the object's top level;
 * anything else (nested objects, other fields) is checked and skipped. */

enum { F_ID, F_TEXT, F_TITLE, F_SOURCE, F_URL, F_DATE, F_N };
static const char *const field_names[F_N] = {"id", "text", "title", "source", "url", "date"};
enum { V_ABSENT, V_NULL, V_STRING, V_INTEGER, V_OTHER };

struct truce_jsonl {
    char *buf;             /* the copied strings, NUL-terminated each */
    size_t n, cap;
    char **keys;           /* the top level's keys (for duplicates) */
    size_t *key_len;
    size_t n_keys, cap_keys;
    /* while parsing */
    int depth;             /* 1 inside the line's object */
    int top;               /* what the line is: 0 not yet, 1 object, 2 array, 3 scalar */
    int field;             /* the top-level field whose value comes next, -1 another */
    bool oom;
    const char *dup;       /* a key given twice */
    size_t dup_len;
    struct { int kind; size_t off, len; long long ival; } v[F_N];
    char idbuf[32];
};

truce_jsonl *truce_jsonl_new(void)
{
    return calloc(1, sizeof(truce_jsonl));
}

void truce_jsonl_free(truce_jsonl *r)
{
    if (!r) {
        return;
    }
    for (size_t i = 0; i < r->n_keys; i++) {
        free(r->keys[i]);
    }
    free(r->keys);
    free(r->key_len);
    free(r->buf);
    free(r);
}

/* A value at depth d: the line itself (d 0) or a top-level field's (d 1). */
static void value_seen(truce_jsonl *r, int top_kind, int kind)
{
    if (r->depth == 0 && !r->top) {
        r->top = top_kind;
    } else if (r->depth == 1 && r->field >= 0) {
        r->v[r->field].kind = kind;
    }
}

static int j_null(void *u)
{
    value_seen(u, 3, V_NULL);
    return 1;
}

static int j_bool(void *u, int b)
{
    (void)b;
    value_seen(u, 3, V_OTHER);
    return 1;
}

static int j_integer(void *u, long long x)
{
    truce_jsonl *r = u;
    value_seen(r, 3, V_INTEGER);
    if (r->depth == 1 && r->field >= 0) {
        r->v[r->field].ival = x;
    }
    return 1;
}

static int j_double(void *u, double x)
{
    (void)x;
    value_seen(u, 3, V_OTHER);
    return 1;
}

static int j_string(void *u, const unsigned char *s, size_t len)
{
    truce_jsonl *r = u;
    value_seen(r, 3, V_STRING);
    if (r->depth != 1 || r->field < 0) {
        return 1;
    }
    if (r->n + len + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->n + len + 1) {
            cap *= 2;
        }
        char *b = realloc(r->buf, cap);
        if (!b) {
            r->oom = true;
            return 0;
        }
        r->buf = b;
        r->cap = cap;
    }
    memcpy(r->buf + r->n, s, len);
    r->buf[r->n + len] = 0;
    r->v[r->field].off = r->n;
    r->v[r->field].len = len;
    r->n += len + 1;
    return 1;
}

static int j_start_map(void *u)
{
    truce_jsonl *r = u;
    value_seen(r, 1, V_OTHER);
    r->depth++;
    return 1;
}

static int j_key(void *u, const unsigned char *s, size_t len)
{
    truce_jsonl *r = u;
    if (r->depth != 1) {
        return 1;
    }
    r->field = -1;
    for (int f = 0; f < F_N; f++) {
        if (strlen(field_names[f]) == len && memcmp(field_names[f], s, len) == 0) {
            r->field = f;
        }
    }
    for (size_t i = 0; i < r->n_keys; i++) {
        if (r->key_len[i] == len && memcmp(r->keys[i], s, len) == 0) {
            r->dup = r->keys[i];
            r->dup_len = len;
            return 0;
        }
    }
    if (r->n_keys == r->cap_keys) {
        size_t cap = r->cap_keys ? r->cap_keys * 2 : 16;
        char **k = realloc(r->keys, cap * sizeof *k);
        if (k) {
            r->keys = k;
        }
        size_t *kl = k ? realloc(r->key_len, cap * sizeof *kl) : NULL;
        if (!kl) {
            r->oom = true;
            return 0;
        }
        r->key_len = kl;
        r->cap_keys = cap;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        r->oom = true;
        return 0;
    }
    memcpy(copy, s, len);
    copy[len] = 0;
    r->keys[r->n_keys] = copy;
    r->key_len[r->n_keys++] = len;
    return 1;
}

static int j_end(void *u)
{
    truce_jsonl *r = u;
    r->depth--;
    return 1;
}

static int j_start_array(void *u)
{
    truce_jsonl *r = u;
    value_seen(r, 2, V_OTHER);
    r->depth++;
    return 1;
}

static const yajl_callbacks jsonl_callbacks = {
    j_null, j_bool, j_integer, j_double, NULL, j_string, j_start_map, j_key, j_end, j_start_array, j_end,
};

/* Field f as a string: false if absent or null; false with *bad set and
 * err filled if it is no string. */
static bool get_str(const truce_jsonl *r, int f, const char **s, size_t *len, truce_error *err, bool *bad)
{
    if (r->v[f].kind == V_ABSENT || r->v[f].kind == V_NULL) {
        return false;
    }
    if (r->v[f].kind != V_STRING) {
        err_set(err, TRUCE_EINPUT, NULL, 0, 0, -1, "expected \"%s\" to be a string", field_names[f]);
        *bad = true;
        return false;
    }
    *s = r->buf + r->v[f].off;
    *len = r->v[f].len;
    return true;
}

/* Parse one line into r's fields: false with err filled if it is no JSON
 * object or has a key twice. */
static bool jsonl_scan(truce_jsonl *r, const char *line, size_t len, truce_error *err)
{
    for (size_t i = 0; i < r->n_keys; i++) {
        free(r->keys[i]);
    }
    r->n_keys = 0;
    r->n = 0;
    r->depth = r->top = 0;
    r->field = -1;
    r->oom = false;
    r->dup = NULL;
    memset(r->v, 0, sizeof r->v);
    yajl_handle h = yajl_alloc(&jsonl_callbacks, NULL, r);
    if (!h) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return false;
    }
    yajl_status st = yajl_parse(h, (const unsigned char *)line, len);
    bool st_at_end = false;   /* the error came at the end of the input */
    if (st == yajl_status_ok) {
        st = yajl_complete_parse(h);
        st_at_end = true;
    }
    bool ok = st == yajl_status_ok;
    if (!ok) {
        size_t at = yajl_get_bytes_consumed(h);
        if (r->oom) {
            err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        } else if (r->dup) {
            char q[40];
            err_quote(q, sizeof q, (const uint8_t *)r->dup, r->dup_len > 20 ? 20 : r->dup_len);
            err_set(err, TRUCE_EINPUT, NULL, 0, (uint32_t)at + 1, (int64_t)at, "invalid JSON: the key \"%s\" is given twice", q);
        } else {
            /* yajl's message ("parse error: premature EOF", "lexical
             * error: invalid char in json text"), without its prefix; at
             * the end of the line if the input ran out; at the bad byte if
             * it is no UTF-8 */
            truce_error u = {0};
            if (truce_utf8_check(line, len, &u) != TRUCE_OK && u.offset >= 0 && (size_t)u.offset < len) {
                at = (size_t)u.offset;
                err_set(err, TRUCE_EINPUT, NULL, 0, (uint32_t)at + 1, (int64_t)at,
                        "invalid JSON: byte 0x%02x is no UTF-8", (unsigned)(uint8_t)line[at]);
            } else {
                unsigned char *m = yajl_get_error(h, 0, (const unsigned char *)line, len);
                const char *msg = m ? (const char *)m : "";
                if (strncmp(msg, "parse error: ", 13) == 0 || strncmp(msg, "lexical error: ", 15) == 0) {
                    msg = strchr(msg, ':') + 2;
                }
                size_t ml = strlen(msg);
                while (ml && (msg[ml - 1] == '\n' || msg[ml - 1] == ' ' || msg[ml - 1] == '.')) {
                    ml--;
                }
                if (st_at_end) {
                    at = len;
                    if (strncmp(msg, "premature EOF", 13) == 0) {
                        msg = "the line ends before its object does";
                        ml = strlen(msg);
                    }
                }
                err_set(err, TRUCE_EINPUT, NULL, 0, (uint32_t)at + 1, (int64_t)at, "invalid JSON: %.*s", (int)ml,
                        msg);
                yajl_free_error(h, m);
            }
        }
    } else if (r->top != 1) {
        err_set(err, TRUCE_EINPUT, NULL, 0, 1, 0, "expected a JSON object per line, found %s",
                r->top == 2 ? "an array" : r->top == 3 ? "a scalar" : "nothing");
        ok = false;
    }
    yajl_free(h);
    return ok;
}

truce_status truce_jsonl_parse(truce_jsonl *r, const char *line, size_t len,
                               truce_day default_date, truce_story *out,
                               truce_error *err)
{
    memset(out, 0, sizeof *out);
    out->date = TRUCE_NODAY;
    if (!jsonl_scan(r, line, len, err)) {
        return err->code;
    }
    bool bad = false;
    if (r->v[F_ID].kind == V_STRING) {
        out->id = r->buf + r->v[F_ID].off;
        out->id_len = r->v[F_ID].len;
    } else if (r->v[F_ID].kind == V_INTEGER) {
        snprintf(r->idbuf, sizeof r->idbuf, "%lld", r->v[F_ID].ival);
        out->id = r->idbuf;
        out->id_len = strlen(r->idbuf);
    }
    if (!get_str(r, F_TEXT, &out->text, &out->text_len, err, &bad)) {
        if (!bad) {
            err_set(err, TRUCE_EINPUT, NULL, 0, 0, -1, "expected a \"text\" field, found none");
        }
        return TRUCE_EINPUT;
    }
    get_str(r, F_TITLE, &out->title, &out->title_len, err, &bad);
    get_str(r, F_SOURCE, &out->source, &out->source_len, err, &bad);
    get_str(r, F_URL, &out->url, &out->url_len, err, &bad);
    const char *ds;
    size_t dl;
    if (get_str(r, F_DATE, &ds, &dl, err, &bad)) {
        /* accept "YYYY-MM-DD" and a longer ISO timestamp */
        truce_day d;
        if (dl >= 10 && (dl == 10 || ds[10] == 'T' || ds[10] == ' ') && truce_day_parse(ds, 10, &d)) {
            out->date = d;
            out->date_from = TRUCE_DATE_INPUT;
        } else {
            char q[40];
            err_quote(q, sizeof q, (const uint8_t *)ds, dl > 20 ? 20 : dl);
            err_set(err, TRUCE_EINPUT, NULL, 0, 0, -1, "expected \"date\" as YYYY-MM-DD, found \"%s\"", q);
            return TRUCE_EINPUT;
        }
    }
    if (bad) {
        return TRUCE_EINPUT;
    }
    truce_status rc = truce_utf8_check(out->text, out->text_len, err);
    if (rc != TRUCE_OK) {
        return rc;
    }
    /* a dateline at the start of the text */
    dateline d;
    const uint8_t *p = (const uint8_t *)out->text;
    size_t e = 0;
    while (e < out->text_len && p[e] != '\n') {
        e++;
    }
    if (parse_dateline(p, 0, e, &d) && d.body < e) {
        out->dateline_place = out->text + d.place_b;
        out->dateline_place_len = d.place_e - d.place_b;
        out->body_offset = d.body;
        if (out->date == TRUCE_NODAY) {
            truce_day x = dateline_day(&d, p, out->text_len, default_date);
            if (x != TRUCE_NODAY) {
                out->date = x;
                out->date_from = TRUCE_DATE_DATELINE;
            }
        }
    }
    if (out->date == TRUCE_NODAY && default_date != TRUCE_NODAY) {
        out->date = default_date;
        out->date_from = TRUCE_DATE_OPTION;
    }
    return TRUCE_OK;
}
