/* write.c — output records: JSON Lines (the output contract), TSV and CSV,
 * the Phoenix and GDELT 2.0 column layouts, and PLOVER records.
 *
 * Writers append to a truce_buf; the caller flushes it. JSON strings are
 * escaped per RFC 8259 (control characters as \u00XX; valid UTF-8 passes
 * through). Numbers are printed with fixed precision so the same event
 * always gives the same bytes.
 *
 * The module's one piece of static state is the FIPS 10-4 table of the
 * GDELT writer, filled once from the embedded data/fips.tsv (pthread_once)
 * and read-only after that: every writer may run in any thread.
 */
#include "base.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* The bytes a JSON string escapes: control characters, '"', '\\' and DEL. */
static const bool json_escaped[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

static void json_str(truce_buf *b, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!json_escaped[c]) {
            continue;   /* copied with its run */
        }
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

/* A number of [0, 1] with two decimals ("0.87"), as "%.2f" writes it. */
static void put_unit2(truce_buf *b, double x)
{
    long t = x <= 0 ? 0 : x >= 1 ? 100 : lround(x * 100.0);
    char s[4] = {(char)('0' + t / 100), '.', (char)('0' + t / 10 % 10), (char)('0' + t % 10)};
    buf_put(b, s, 4);
}

void truce_write_jsonl(truce_buf *b, const truce_event *ev)
{
    char date[11];
    buf_puts(b, "{\"event_id\":");
    json_cstr_or_null(b, ev->event_id);
    buf_puts(b, ",\"story_id\":");
    json_cstr_or_null(b, ev->story_id);
    buf_puts(b, ",\"sentence\":");
    buf_uint(b, ev->sentence);
    buf_puts(b, ",\"date\":");
    if (ev->date == TRUCE_NODAY) {
        buf_puts(b, "null");
    } else {
        truce_day_format(ev->date, date);
        json_str(b, date, 10);
    }
    buf_puts(b, ",\"date_source\":");
    json_cstr_or_null(b, ev->date_source);
    buf_puts(b, ",\"date_precision\":");
    json_cstr_or_null(b, ev->date_precision);
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
    buf_puts(b, ",\"quad_class\":");
    buf_uint(b, ev->quad_class > 0 ? (uint64_t)ev->quad_class : 0);
    buf_puts(b, ",\"goldstein\":");
    buf_fixed1(b, ev->goldstein);
    buf_puts(b, ",\"plover\":");
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
            buf_puts(b, ",\"span\":[");
            buf_uint(b, ev->loc_start);
            buf_putc(b, ',');
            buf_uint(b, ev->loc_end);
            buf_putc(b, ']');
        }
        buf_puts(b, "}");
    } else {
        buf_puts(b, "null");
    }
    buf_puts(b, ",\"text\":");
    json_str(b, ev->text, ev->text_len);
    buf_puts(b, ",\"span\":[");
    buf_uint(b, ev->span_start);
    buf_putc(b, ',');
    buf_uint(b, ev->span_end);
    buf_puts(b, "],\"pattern\":");
    json_cstr_or_null(b, ev->pattern);
    buf_puts(b, ev->historical ? ",\"historical\":true" : ",\"historical\":false");
    buf_puts(b, ",\"confidence\":");
    put_unit2(b, ev->confidence);
    if (ev->issues) {
        /* "CODE,n;CODE,n" as {"CODE":n,...}; only with an issues dictionary */
        buf_puts(b, ",\"issues\":{");
        const char *p = ev->issues;
        bool first = true;
        while (*p) {
            const char *comma = strchr(p, ',');
            const char *end = strchr(p, ';');
            if (!end) {
                end = p + strlen(p);
            }
            if (!comma || comma > end) {
                break;
            }
            if (!first) {
                buf_putc(b, ',');
            }
            first = false;
            json_str(b, p, (size_t)(comma - p));
            buf_printf(b, ":%ld", strtol(comma + 1, NULL, 10));
            p = *end ? end + 1 : end;
        }
        buf_putc(b, '}');
    }
    buf_puts(b, "}\n");
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

/* The contract's fields as one delimited line: TSV (tabs and line breaks
 * in a field become spaces) or CSV (RFC 4180 quoting, CRLF). */
typedef struct {
    truce_buf *b;
    bool csv;
    bool first;
} row;

static void csv_field(truce_buf *b, const char *s, size_t len)
{
    bool quote = false;
    for (size_t i = 0; i < len && !quote; i++) {
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    }
    if (!quote) {
        buf_put(b, s, len);
        return;
    }
    buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"') {
            buf_put(b, s + run, i + 1 - run);   /* the quote, and then its double */
            run = i;
        }
    }
    buf_put(b, s + run, len - run);
    buf_putc(b, '"');
}

static void row_put(row *r, const char *s, size_t len)
{
    if (!r->first) {
        buf_putc(r->b, r->csv ? ',' : '\t');
    }
    r->first = false;
    if (r->csv) {
        csv_field(r->b, s, len);
    } else {
        tsv_field(r->b, s, len);
    }
}

/* A field from a C string; NULL is an empty field. */
static void row_str(row *r, const char *s)
{
    row_put(r, s ? s : "", s ? strlen(s) : 0);
}

static void row_printf(row *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void row_printf(row *r, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    row_put(r, tmp, n < 0 ? 0 : (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static const char *const contract_fields[] = {
    "event_id", "story_id", "sentence", "date", "date_source", "date_precision", "source", "source_country", "target",
    "target_country", "code", "root", "quad_class", "goldstein", "plover", "location_name",
    "location_country", "location_admin1", "lat", "lon", "location_precision", "span_start",
    "span_end", "historical", "confidence", "pattern", "text"};

static void contract_header(truce_buf *b, bool csv)
{
    row r = {b, csv, true};
    for (size_t i = 0; i < sizeof contract_fields / sizeof *contract_fields; i++) {
        row_str(&r, contract_fields[i]);
    }
    buf_puts(b, csv ? "\r\n" : "\n");
}

static void contract_row(truce_buf *b, const truce_event *ev, bool csv)
{
    row r = {b, csv, true};
    char date[11] = "";
    if (ev->date != TRUCE_NODAY) {
        truce_day_format(ev->date, date);
    }
    row_str(&r, ev->event_id);
    row_str(&r, ev->story_id);
    row_printf(&r, "%u", ev->sentence);
    row_str(&r, date);
    row_str(&r, ev->date_source);
    row_str(&r, ev->date_precision);
    row_str(&r, ev->source);
    row_str(&r, ev->source_country);
    row_str(&r, ev->target);
    row_str(&r, ev->target_country);
    row_str(&r, ev->code);
    row_str(&r, ev->root);
    row_printf(&r, "%d", ev->quad_class);
    row_printf(&r, "%.1f", ev->goldstein);
    row_str(&r, ev->plover);
    row_str(&r, ev->location_name);
    row_str(&r, ev->location_country);
    row_str(&r, ev->location_admin1);
    if (ev->location_name && !isnan(ev->lat) && !isnan(ev->lon)) {
        row_printf(&r, "%.5f", ev->lat);
        row_printf(&r, "%.5f", ev->lon);
    } else {
        row_str(&r, NULL);
        row_str(&r, NULL);
    }
    row_str(&r, ev->location_precision);
    row_printf(&r, "%zu", ev->span_start);
    row_printf(&r, "%zu", ev->span_end);
    row_str(&r, ev->historical ? "true" : "false");
    row_printf(&r, "%.2f", ev->confidence);
    row_str(&r, ev->pattern);
    row_put(&r, ev->text ? ev->text : "", ev->text ? ev->text_len : 0);
    buf_puts(b, csv ? "\r\n" : "\n");
}

void truce_write_tsv_header(truce_buf *b)
{
    contract_header(b, false);
}

void truce_write_tsv(truce_buf *b, const truce_event *ev)
{
    contract_row(b, ev, false);
}

void truce_write_csv_header(truce_buf *b)
{
    contract_header(b, true);
}

void truce_write_csv(truce_buf *b, const truce_event *ev)
{
    contract_row(b, ev, true);
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
    buf_printf(b, "\t%d\t%.1f\t", penta, ev->goldstein);
    if (ev->issues) {
        tsv_field(b, ev->issues, strlen(ev->issues));   /* Phoenix's own "CODE,n;CODE,n" */
    }
    buf_putc(b, '\t');
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

/* ---- GDELT 2.0 Events ------------------------------------------------- */

/* The FIPS 10-4 table (data/fips.tsv, embedded): read once, at first use,
 * into a table sorted by ISO code, and read-only after that, so any number
 * of threads may look codes up. */
typedef struct {
    char iso[4], fips[3];   /* fips "" = FIPS 10-4 has no code */
    const char *name;       /* into the embedded file: lives forever */
    size_t name_len;
} fips_entry;

static fips_entry fips_table[320];
static size_t fips_n;
static pthread_once_t fips_once = PTHREAD_ONCE_INIT;

static bool upper3(const char *p, size_t len, size_t n)
{
    if (len != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 'A' || p[i] > 'Z') {
            return false;
        }
    }
    return true;
}

static int fips_cmp(const void *a, const void *b)
{
    return strcmp(((const fips_entry *)a)->iso, ((const fips_entry *)b)->iso);
}

/* Lines are ISO3 TAB FIPS TAB NAME, FIPS '-' for none; '#' comments.
 * A line of another shape is skipped: tests/unit/test_write.c checks that
 * every line of the file is read. */
static void fips_load(void)
{
    const embedded_file *f = NULL;
    for (size_t i = 0; i < truce_n_embedded && !f; i++) {
        if (strcmp(truce_embedded[i].name, "fips.tsv") == 0) {
            f = &truce_embedded[i];
        }
    }
    const char *p = f ? (const char *)f->data : NULL, *end = f ? p + f->len : NULL;
    while (p && p < end && fips_n < sizeof fips_table / sizeof *fips_table) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        const char *t1 = memchr(p, '\t', (size_t)(e - p));
        const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(e - t1 - 1)) : NULL;
        if (t2 && upper3(p, (size_t)(t1 - p), 3) &&
            (upper3(t1 + 1, (size_t)(t2 - t1 - 1), 2) || (t2 - t1 == 2 && t1[1] == '-'))) {
            fips_entry *x = &fips_table[fips_n++];
            memcpy(x->iso, p, 3);
            if (t1[1] != '-') {
                memcpy(x->fips, t1 + 1, 2);
            }
            x->name = t2 + 1;
            x->name_len = (size_t)(e - t2 - 1);
        }
        p = e + 1;
    }
    qsort(fips_table, fips_n, sizeof *fips_table, fips_cmp);
}

static const fips_entry *fips_find(const char *iso3)
{
    if (!iso3 || strlen(iso3) != 3) {
        return NULL;
    }
    pthread_once(&fips_once, fips_load);
    fips_entry key;
    memcpy(key.iso, iso3, 4);
    return bsearch(&key, fips_table, fips_n, sizeof *fips_table, fips_cmp);
}

const char *truce_fips_country(const char *iso3)
{
    const fips_entry *x = fips_find(iso3);
    return x && x->fips[0] ? x->fips : NULL;
}

/* US states (and DC) by name, for GDELT's US ADM1 codes ("USTX"): truce's
 * admin1 is a name, and only for the US does GDELT's ADM1 code follow from
 * it without a FIPS admin1 table (the state's postal code). */
static const char *const us_states[][2] = {
    {"Alabama", "AL"}, {"Alaska", "AK"}, {"Arizona", "AZ"}, {"Arkansas", "AR"},
    {"California", "CA"}, {"Colorado", "CO"}, {"Connecticut", "CT"}, {"Delaware", "DE"},
    {"District of Columbia", "DC"}, {"Florida", "FL"}, {"Georgia", "GA"}, {"Hawaii", "HI"},
    {"Idaho", "ID"}, {"Illinois", "IL"}, {"Indiana", "IN"}, {"Iowa", "IA"}, {"Kansas", "KS"},
    {"Kentucky", "KY"}, {"Louisiana", "LA"}, {"Maine", "ME"}, {"Maryland", "MD"},
    {"Massachusetts", "MA"}, {"Michigan", "MI"}, {"Minnesota", "MN"}, {"Mississippi", "MS"},
    {"Missouri", "MO"}, {"Montana", "MT"}, {"Nebraska", "NE"}, {"Nevada", "NV"},
    {"New Hampshire", "NH"}, {"New Jersey", "NJ"}, {"New Mexico", "NM"}, {"New York", "NY"},
    {"North Carolina", "NC"}, {"North Dakota", "ND"}, {"Ohio", "OH"}, {"Oklahoma", "OK"},
    {"Oregon", "OR"}, {"Pennsylvania", "PA"}, {"Rhode Island", "RI"}, {"South Carolina", "SC"},
    {"South Dakota", "SD"}, {"Tennessee", "TN"}, {"Texas", "TX"}, {"Utah", "UT"},
    {"Vermont", "VT"}, {"Virginia", "VA"}, {"Washington", "WA"}, {"West Virginia", "WV"},
    {"Wisconsin", "WI"}, {"Wyoming", "WY"},
};

static const char *us_state_code(const char *name)
{
    for (size_t i = 0; name && i < sizeof us_states / sizeof *us_states; i++) {
        if (strcmp(name, us_states[i][0]) == 0) {
            return us_states[i][1];
        }
    }
    return NULL;
}

/* Codes GDELT files as actor types (Type1..3Code): CAMEO's roles and
 * sectors, the international kinds (IGO, NGO, IMG, MNC, NGM, INT, UIS),
 * peacekeepers and settlers, and the sector codes truce's own agents use
 * (REL, PPL; PRE for partly recognised entities). */
static const char gdelt_types[] =
    "GOV MIL REB OPP PTY COP JUD SPY INS SEP UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI "
    "LAB LEG MED REF MOD RAD IGO NGO IMG MNC NGM INT UIS PKO SET REL PPL PRE ";
/* CAMEO's regions (they are neither a group nor a type) and religions
 * (GDELT's religion columns are left empty: truce does not split them out) */
static const char gdelt_skip[] =
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS "
    "SEA SAF WAF WST MUS MOS CHR JEW BUD HIN SHI SUN CTH PRO DOX SIK SFI DRZ ALE ";

static bool code_in(const char *list, const char *c3)
{
    for (const char *p = list; *p; p += 4) {
        if (strncmp(p, c3, 3) == 0) {
            return true;
        }
    }
    return false;
}

/* One actor's 10 columns: Code, Name (empty: truce keeps no actor text),
 * CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
 * Type1Code..Type3Code. The code is read in 3-letter parts after its
 * country: types in order, and the last part that is neither a type, a
 * region nor a religion as the known group ("IGOUNO" -> UNO, type IGO;
 * "IGOWSTNAT" -> NAT; "PSEREBHMS" -> HMS, type REB). */
static void gdelt_actor(truce_buf *b, const char *code, const char *country)
{
    size_t n = code ? strlen(code) : 0;
    const char *types[3] = {NULL, NULL, NULL}, *group = NULL;
    size_t n_types = 0, at = 0;
    if (n >= 3 && ((country && strncmp(code, country, 3) == 0) || strncmp(code, "---", 3) == 0)) {
        at = 3;
    }
    for (; at + 3 <= n; at += 3) {
        const char *c3 = code + at;
        if (code_in(gdelt_types, c3)) {
            if (n_types < 3) {
                types[n_types++] = c3;
            }
        } else if (at > 0 && !code_in(gdelt_skip, c3)) {
            group = c3;
        }
    }
    tsv_field(b, code ? code : "", n);
    buf_puts(b, "\t\t");   /* Name */
    if (country) {
        tsv_field(b, country, strlen(country));
    }
    buf_putc(b, '\t');
    if (group) {
        tsv_field(b, group, 3);
    }
    buf_puts(b, "\t\t\t\t");   /* Ethnic, Religion1, Religion2 */
    for (size_t i = 0; i < 3; i++) {
        if (types[i]) {
            buf_put(b, types[i], 3);
        }
        if (i < 2) {
            buf_putc(b, '\t');
        }
    }
}

/* A deterministic GLOBALEVENTID: FNV-1a over (story id, sentence, event
 * number), mixed (splitmix64's finaliser) and cut to 63 bits, never 0. The
 * ids of one story do not depend on other stories or on threads; two events
 * collide with probability 2^-63 a pair (about 5% for 10^9 events, GDELT's
 * whole history). */
static uint64_t gdelt_id(const char *story_id, uint32_t sent, uint32_t seq)
{
    uint64_t h = 14695981039346656037u;
    size_t n = story_id ? strlen(story_id) : 0;
    for (size_t i = 0; i <= n; i++) {   /* the NUL too: ends the id */
        h = (h ^ (unsigned char)(i < n ? story_id[i] : 0)) * 1099511628211u;
    }
    uint32_t nums[2] = {sent, seq};
    for (size_t k = 0; k < 2; k++) {
        for (int s = 0; s < 32; s += 8) {
            h = (h ^ ((nums[k] >> s) & 0xff)) * 1099511628211u;
        }
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9u;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebu;
    h ^= h >> 31;
    h &= 0x7fffffffffffffffu;
    return h ? h : 1;
}

/* GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world
 * city (any place below a state: a city, a landmark, one of our regions),
 * 5 world state (admin1). */
static int gdelt_geo_type(const truce_event *ev)
{
    const char *p = ev->location_precision ? ev->location_precision : "place";
    bool us = ev->location_country && strcmp(ev->location_country, "USA") == 0;
    if (strcmp(p, "country") == 0) {
        return 1;
    }
    if (strcmp(p, "admin1") == 0) {
        return us ? 2 : 5;
    }
    return us ? 3 : 4;
}

/* ActionGeo's 8 columns, from the event's place: Type, FullName (place,
 * admin1, country, as GDELT writes it), CountryCode and ADM1Code (FIPS),
 * ADM2Code (empty), Lat, Long, FeatureID (GeoNames id; FIPS code for a
 * country). Type 0 and the rest empty when the event has no place. */
static void gdelt_action_geo(truce_buf *b, const truce_event *ev)
{
    if (!ev->location_name) {
        buf_puts(b, "0\t\t\t\t\t\t\t");
        return;
    }
    int type = gdelt_geo_type(ev);
    const fips_entry *c = fips_find(ev->location_country);
    const char *fips = c && c->fips[0] ? c->fips : NULL;
    /* FIPS 10-4 keeps the Gaza Strip (GZ) apart from the West Bank (WE) */
    if (c && strcmp(c->iso, "PSE") == 0 &&
        (strncmp(ev->location_name, "Gaza", 4) == 0 ||
         (ev->location_admin1 && strncmp(ev->location_admin1, "Gaza", 4) == 0))) {
        fips = "GZ";
    }
    buf_printf(b, "%d\t", type);
    /* FullName */
    if (type == 1 && c) {
        tsv_field(b, c->name, c->name_len);
    } else {
        tsv_field(b, ev->location_name, strlen(ev->location_name));
        const char *admin1 = type == 2 || type == 5 ? NULL : ev->location_admin1;
        if (admin1 && strcmp(admin1, ev->location_name) != 0) {
            buf_puts(b, ", ");
            tsv_field(b, admin1, strlen(admin1));
        }
        if (c && type != 1) {
            buf_puts(b, ", ");
            tsv_field(b, c->name, c->name_len);
        }
    }
    buf_putc(b, '\t');
    if (fips) {
        buf_puts(b, fips);
    }
    buf_putc(b, '\t');
    /* ADM1Code: FIPS country + FIPS admin1; truce knows admin1 by name
     * only, so the country code alone, except for US states (postal) */
    const char *state = NULL;
    if (fips && strcmp(fips, "US") == 0) {
        state = us_state_code(type == 2 ? ev->location_name : ev->location_admin1);
    }
    if (fips) {
        buf_puts(b, fips);
        if (state) {
            buf_puts(b, state);
        }
    }
    buf_puts(b, "\t\t");   /* ADM2Code: truce has no GAUL codes */
    if (!isnan(ev->lat) && !isnan(ev->lon)) {
        buf_printf(b, "%.4f\t%.4f\t", ev->lat, ev->lon);
    } else {
        buf_puts(b, "\t\t");
    }
    if (ev->geonameid) {
        buf_printf(b, "%u", ev->geonameid);
    } else if (type == 1 && fips) {
        buf_puts(b, fips);
    }
}

void truce_write_gdelt(truce_buf *b, const truce_event *ev, uint32_t seq, const truce_story *st)
{
    /* GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate */
    buf_printf(b, "%llu\t", (unsigned long long)gdelt_id(ev->story_id, ev->sentence, seq));
    if (ev->date != TRUCE_NODAY) {
        int y, m, d;
        day_to_ymd(ev->date, &y, &m, &d);
        /* GDELT's FractionDate counts months of 30 days in a year of 365
         * (2015-02-18 -> 2015.1315), as its files do */
        buf_printf(b, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", y, m, d, y, m, y,
                   y + ((m - 1) * 30 + d) / 365.0);
    } else {
        buf_puts(b, "\t\t\t\t");
    }
    gdelt_actor(b, ev->source, ev->source_country);
    buf_putc(b, '\t');
    gdelt_actor(b, ev->target, ev->target_country);
    /* IsRootEvent: GDELT marks the events of the lead paragraph; truce,
     * those of the story's first sentence */
    const char *code = ev->code ? ev->code : "";
    size_t code_len = strlen(code);
    buf_printf(b, "\t%d\t", ev->sentence == 1);
    tsv_field(b, code, code_len);
    buf_putc(b, '\t');
    tsv_field(b, code, code_len < 3 ? code_len : 3);   /* EventBaseCode */
    buf_putc(b, '\t');
    if (ev->root) {
        tsv_field(b, ev->root, strlen(ev->root));
    }
    /* QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles
     * (one story: 1 each), AvgTone (truce measures no tone: 0) */
    buf_printf(b, "\t%d\t%.1f\t1\t1\t1\t0\t", ev->quad_class, ev->goldstein);
    /* Actor1Geo, Actor2Geo: truce places the action, not the actors */
    buf_puts(b, "0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t");
    gdelt_action_geo(b, ev);
    /* DATEADDED: the story's date; truce's input has no clock time, so
     * the time of day is 000000 */
    buf_putc(b, '\t');
    if (st && st->date != TRUCE_NODAY) {
        int y, m, d;
        day_to_ymd(st->date, &y, &m, &d);
        buf_printf(b, "%04d%02d%02d000000", y, m, d);
    }
    buf_putc(b, '\t');
    if (st && st->url) {
        tsv_field(b, st->url, st->url_len);
    }
    buf_putc(b, '\n');
}

/* ---- PLOVER records ---------------------------------------------------- */

/* The act being gathered: the first event's fields (copied into `pool`,
 * kept as offsets so that the pool may grow), and the actors and
 * recipients of every event of the act, in order, without repeats. */
enum { PF_STORY, PF_DATE_SOURCE, PF_DATE_PRECISION, PF_CODE, PF_PLOVER, PF_MODE, PF_LOC_NAME, PF_LOC_COUNTRY,
       PF_LOC_ADMIN1, PF_LOC_PRECISION, PF_TEXT, PF_PATTERN, PF_N };

struct truce_plover {
    bool open;                  /* an act is being gathered */
    uint32_t sentence;
    truce_day date;
    size_t span_start, span_end;
    int quad_class;
    double goldstein, lat, lon, confidence;
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
    buf_puts(b, ",\"date_precision\":");
    json_cstr_or_null(b, pool_str(p, p->f[PF_DATE_PRECISION]));
    buf_printf(b, ",\"historical\":%s,\"confidence\":%.2f,\"pattern\":", p->historical ? "true" : "false",
               p->confidence);
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
        p->confidence = ev->confidence;
        p->lat = ev->lat;
        p->lon = ev->lon;
        p->geonameid = ev->geonameid;
        p->historical = ev->historical;
        p->mutual = ev->mutual;
        p->has_loc = ev->location_name != NULL;
        const char *fields[PF_N] = {
            [PF_STORY] = ev->story_id ? ev->story_id : "", [PF_DATE_SOURCE] = ev->date_source,
            [PF_DATE_PRECISION] = ev->date_precision,
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
