/* cmd_monitor.c — `truce monitor DB --parties A,B --ceasefire DATE`: the
 * ceasefire ledger.
 *
 * Periods (weeks or days) are counted from the ceasefire's day, back over
 * --before days and on over --after. Per period: the stories the store
 * holds dated in it (the volume of reporting), the violent incidents
 * between the parties or inside the region (CAMEO roots 18-20 and the
 * violent codes of 14 and 17: 145 riots, 171 seizing or damaging property,
 * 175 violent repression), their rate per 100 stories, who accused whom
 * (11x: accusations and criticism, each direction its own), calls and
 * agreements involving a party (roots 02, 03, 04, 05, 08), deployments of
 * peacekeepers or monitors (074, 0861, 0862), and the sentences behind the
 * violent incidents most reported. Then the rates before and after the
 * ceasefire and their ratio, with an exact 95 % interval (the conditional
 * binomial test of two Poisson rates): counts normalised by the stories of
 * each side, so that a week with more reporting does not look more violent.
 * Counting is by incident unless --dedup says otherwise (README: Incidents).
 */
#include "cli.h"
#include "query.h"
#include "table.h"
#include "truce.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void help(FILE *f)
{
    fprintf(f,
        "usage: truce monitor [options] DB --parties A,B --ceasefire DATE\n"
        "\n"
        "The ceasefire ledger of a store made by 'truce ingest': per week (or day)\n"
        "before and after the ceasefire, the stories stored, the violent incidents\n"
        "between the parties or inside the region (CAMEO 18-20, 145, 171, 175) and\n"
        "their rate per 100 stories, who accused whom of violations (11x), calls and\n"
        "agreements involving a party (02, 03, 04, 05, 08), deployments of\n"
        "peacekeepers or monitors (074, 0861, 0862), and the sentences behind the\n"
        "incidents most reported; then the rate before and after, and their ratio\n"
        "with an exact 95 %% interval (two Poisson rates, normalised by the stories\n"
        "of each side).\n"
        "\n"
        "Options:\n"
        "  --parties A,B       the two sides: countries (ISO3) or actor codes\n"
        "  --ceasefire DATE    the day it took effect (YYYY-MM-DD): the first day after\n"
        "  --region NAME       also count what happened there, whoever did it: an\n"
        "                      event's place, subdivision or country (name or ISO3),\n"
        "                      and, when the gazetteer knows NAME, within --radius\n"
        "  --radius KM         around the region's point (default 50)\n"
        "  --before DAYS       days before the ceasefire (default 28)\n"
        "  --after DAYS        days from it on (default 28)\n"
        "  --by week|day       the period (default week, counted from the ceasefire)\n"
        "  --dedup MODE        incident (default): each happening once; story: once\n"
        "                      per story; none: every mention\n"
        "  --evidence N        sentences per period (default 3; 0: none)\n"
        "  --format FORMAT     table (the default on a terminal), json (the default\n"
        "                      otherwise), csv, tsv\n"
        "  --gazetteer PATH    the gazetteer for --region (default: as 'truce code')\n"
        "  --no-gazetteer      --region by name only\n"
        "\n"
        "Exit: 0 done, 1 the store cannot be read, 2 usage, 3 internal error.\n");
}

/* ---- the rate ratio's interval --------------------------------------------- */

/* P(X <= k) for X ~ Binomial(n, p) */
static double binom_cdf(long k, long n, double p)
{
    if (k < 0) {
        return 0;
    }
    if (k >= n) {
        return 1;
    }
    if (p <= 0) {
        return 1;
    }
    if (p >= 1) {
        return 0;
    }
    double s = 0, lp = log(p), lq = log1p(-p);
    for (long i = 0; i <= k; i++) {
        s += exp(lgamma((double)n + 1) - lgamma((double)i + 1) - lgamma((double)(n - i) + 1) + (double)i * lp +
                 (double)(n - i) * lq);
    }
    return s > 1 ? 1 : s;
}

/* Clopper-Pearson bounds of a binomial proportion, k of n, 95 % */
static void clopper_pearson(long k, long n, double *lo, double *hi)
{
    *lo = 0;
    *hi = 1;
    if (k > 0) {   /* P(X >= k | lo) = 0.025 */
        double a = 0, b = 1;
        for (int i = 0; i < 100; i++) {
            double m = (a + b) / 2;
            (1 - binom_cdf(k - 1, n, m) < 0.025 ? (a = m) : (b = m));
        }
        *lo = (a + b) / 2;
    }
    if (k < n) {   /* P(X <= k | hi) = 0.025 */
        double a = 0, b = 1;
        for (int i = 0; i < 100; i++) {
            double m = (a + b) / 2;
            (binom_cdf(k, n, m) > 0.025 ? (a = m) : (b = m));
        }
        *hi = (a + b) / 2;
    }
}

/* The ratio of the rate after (va in sa stories) to the rate before (vb in
 * sb), and its exact 95 % interval: given va + vb, va is binomial with
 * p = sa r / (sa r + sb), r the ratio. NAN where undefined, INFINITY for an
 * open upper end. */
static void rate_ratio(long va, long sa, long vb, long sb, double *rr, double *lo, double *hi)
{
    *rr = *lo = *hi = NAN;
    if (sa <= 0 || sb <= 0 || va + vb == 0) {
        return;
    }
    double f = (double)sb / (double)sa;
    *rr = vb ? ((double)va / (double)sa) / ((double)vb / (double)sb) : INFINITY;
    double pl, ph;
    clopper_pearson(va, va + vb, &pl, &ph);
    *lo = pl / (1 - pl) * f;
    *hi = ph >= 1 ? INFINITY : ph / (1 - ph) * f;
}

/* ---- the ledger -------------------------------------------------------------- */

#define N_CALL_ROOTS 5
static const char *const call_roots[N_CALL_ROOTS] = {"02", "03", "04", "05", "08"};
static const char *const violent_codes[] = {"18", "19", "20", "145", "171", "175"};
static const char *const deploy_codes[] = {"074", "0861", "0862"};

typedef struct {
    char by[48], against[48];
    long n;
} accusation;

typedef struct {
    int32_t start, end;          /* days, end exclusive */
    long stories, violent, violent_events, calls[N_CALL_ROOTS], calls_total, deployments;
    accusation acc[16];
    size_t n_acc;
} period;

typedef struct {
    period *p;
    size_t n;
    int32_t first;               /* the first day of the window */
    int32_t len;                 /* days per period */
} ledger;

static period *period_of(ledger *l, const char *date)
{
    int32_t d;
    if (!date || !query_day(date, &d) || d < l->first) {
        return NULL;
    }
    size_t i = (size_t)((d - l->first) / l->len);
    return i < l->n ? &l->p[i] : NULL;
}

/* a query_count by day, folded into the periods */
typedef struct {
    ledger *l;
    int what;                    /* 0 violent, 1..5 calls by root, 6 deployments */
} fold_ctx;

static int fold(void *user, const query_count_row *c)
{
    fold_ctx *x = user;
    period *p = period_of(x->l, c->key);
    if (!p) {
        return 0;
    }
    if (x->what == 0) {
        p->violent += c->count;
        p->violent_events += c->events;
    } else if (x->what <= N_CALL_ROOTS) {
        p->calls[x->what - 1] += c->count;
        p->calls_total += c->count;
    } else {
        p->deployments += c->count;
    }
    return 0;
}

/* accusations: each direction its own; under incident counting one per day
 * and direction, under story counting one per story too */
typedef struct {
    ledger *l;
    query_dedup dedup;
    /* seen keys: "DAY BY AGAINST [STORY]" */
    char (*seen)[160];
    size_t n_seen, cap_seen;
    bool failed;
} acc_ctx;

static void side_of(const char *actor, const char *country, char *out, size_t cap)
{
    snprintf(out, cap, "%s", country && *country ? country : actor && *actor ? actor : "-");
}

static int accuse(void *user, const query_event *e)
{
    acc_ctx *x = user;
    period *p = period_of(x->l, e->date);
    if (!p) {
        return 0;
    }
    char by[48], against[48], key[160];
    side_of(e->source, e->source_country, by, sizeof by);
    side_of(e->target, e->target_country, against, sizeof against);
    if (x->dedup != QUERY_DEDUP_NONE) {
        snprintf(key, sizeof key, "%s %s %s %lld", e->date, by, against,
                 x->dedup == QUERY_DEDUP_STORY ? (long long)e->story_rowid : 0LL);
        for (size_t i = 0; i < x->n_seen; i++) {
            if (strcmp(x->seen[i], key) == 0) {
                return 0;
            }
        }
        if (x->n_seen == x->cap_seen) {
            size_t cap = x->cap_seen ? x->cap_seen * 2 : 64;
            char (*ns)[160] = realloc(x->seen, cap * sizeof *ns);
            if (!ns) {
                x->failed = true;
                return 1;
            }
            x->seen = ns;
            x->cap_seen = cap;
        }
        memcpy(x->seen[x->n_seen++], key, sizeof key);
    }
    for (size_t i = 0; i < p->n_acc; i++) {
        if (strcmp(p->acc[i].by, by) == 0 && strcmp(p->acc[i].against, against) == 0) {
            p->acc[i].n++;
            return 0;
        }
    }
    if (p->n_acc < sizeof p->acc / sizeof *p->acc) {
        accusation *a = &p->acc[p->n_acc++];
        snprintf(a->by, sizeof a->by, "%s", by);
        snprintf(a->against, sizeof a->against, "%s", against);
        a->n = 1;
    }
    return 0;
}

/* ---- output ------------------------------------------------------------------ */

typedef struct {
    store *s;
    out_format fmt;
    table *t;
    bool first;
    bool failed;
} ev_out;

static void evidence_line(ev_out *o, const query_event *e, long mentions)
{
    char *m = query_marked_sentence(o->s, e);
    if (o->fmt == OUT_TABLE) {
        char line[4096];
        snprintf(line, sizeof line, "%s  %s%s%s%s [%ld mention%s]: %s", e->date ? e->date : "undated", e->story_id,
                 e->news_source ? " (" : "", e->news_source ? e->news_source : "", e->news_source ? ")" : "",
                 mentions, mentions == 1 ? "" : "s", m ? m : "");
        table_note(o->t, line);
    } else if (o->fmt == OUT_JSON) {
        fputs(o->first ? "" : ",", stdout);
        fputs("{\"event_id\":", stdout);
        json_out(stdout, e->event_id);
        fputs(",\"story_id\":", stdout);
        json_out(stdout, e->story_id);
        fputs(",\"date\":", stdout);
        json_out(stdout, e->date);
        printf(",\"incident\":\"%s\",\"mentions\":%ld,\"text\":", e->incident ? e->incident : "", mentions);
        json_out(stdout, m);
        fputs("}", stdout);
    }
    o->first = false;
    free(m);
}

static int ev_incident(void *user, const query_incident *i)
{
    evidence_line(user, &i->first, i->mentions);
    return 0;
}

static int ev_event(void *user, const query_event *e)
{
    evidence_line(user, e, e->mentions);
    return 0;
}

static void fmt_rate(char *out, size_t cap, long v, long s)
{
    if (s > 0) {
        snprintf(out, cap, "%.1f", 100.0 * (double)v / (double)s);
    } else {
        snprintf(out, cap, "n/a");
    }
}

static void fmt_ratio(char *out, size_t cap, double x)
{
    if (isnan(x)) {
        snprintf(out, cap, "n/a");
    } else if (isinf(x)) {
        snprintf(out, cap, "inf");
    } else {
        snprintf(out, cap, "%.2f", x);
    }
}

static void json_num(double x)
{
    if (isnan(x) || isinf(x)) {
        fputs("null", stdout);
    } else {
        printf("%.4g", x);
    }
}

static void acc_text(const period *p, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = 0;
    for (size_t i = 0; i < p->n_acc && n < cap; i++) {
        n += (size_t)snprintf(out + n, cap - n, "%s%s>%s %ld", i ? ", " : "", p->acc[i].by, p->acc[i].against,
                              p->acc[i].n);
    }
}

static void calls_text(const period *p, char *out, size_t cap)
{
    size_t n = (size_t)snprintf(out, cap, "%ld", p->calls_total);
    bool any = false;
    for (int r = 0; r < N_CALL_ROOTS && n < cap; r++) {
        if (p->calls[r]) {
            n += (size_t)snprintf(out + n, cap - n, "%s%s:%ld", any ? " " : " (", call_roots[r], p->calls[r]);
            any = true;
        }
    }
    if (any && n < cap) {
        snprintf(out + n, cap - n, ")");
    }
}

int cmd_monitor(int argc, char **argv)
{
    static const char *const known[] = {"--parties", "--ceasefire", "--region", "--radius", "--before", "--after",
                                        "--by", "--dedup", "--evidence", "--format", "--gazetteer",
                                        "--no-gazetteer", "-h", "--help", NULL};
    opts o;
    opts_init(&o, argc, argv);
    const char *name, *path = NULL, *parties = NULL, *ceasefire = NULL, *region = NULL, *gaz_path = NULL;
    const char *format = NULL;
    double radius = 50;
    long before = 28, after = 28, n_evidence = 3;
    bool by_day = false, no_gaz = false;
    query_dedup dedup = QUERY_DEDUP_INCIDENT;
    int k;
    while ((k = opts_next(&o, &name)) >= 0) {
        if (k == 0) {
            if (path) {
                return cli_usage_error("monitor", "one database at a time, found '%s' too", name);
            }
            path = name;
            continue;
        }
        if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            help(stdout);
            return EXIT_OK;
        }
        if (strcmp(name, "--no-gazetteer") == 0) {
            no_gaz = true;
            continue;
        }
        const char *opt = NULL;
        for (int i = 0; known[i]; i++) {
            if (cli_opt_is(name, known[i])) {
                opt = known[i];
            }
        }
        if (!opt || strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0 || strcmp(opt, "--no-gazetteer") == 0) {
            return cli_unknown_option("monitor", name, known);
        }
        const char *v = opts_value(&o, name);
        if (!v || !*v) {
            return cli_usage_error("monitor", "%s takes a value", opt);
        }
        char *end = NULL;
        if (!strcmp(opt, "--parties")) {
            parties = v;
        } else if (!strcmp(opt, "--ceasefire")) {
            int32_t d;
            if (!query_day(v, &d)) {
                return cli_usage_error("monitor", "--ceasefire takes a date YYYY-MM-DD, found '%s'", v);
            }
            ceasefire = v;
        } else if (!strcmp(opt, "--region")) {
            region = v;
        } else if (!strcmp(opt, "--radius")) {
            radius = strtod(v, &end);
            if (*end || !(radius > 0)) {
                return cli_usage_error("monitor", "--radius takes kilometres (a positive number), found '%s'", v);
            }
        } else if (!strcmp(opt, "--before") || !strcmp(opt, "--after") || !strcmp(opt, "--evidence")) {
            long x = strtol(v, &end, 10);
            bool ev = opt[2] == 'e';
            if (*end || x < (ev ? 0 : 1) || x > 3660) {
                return cli_usage_error("monitor", "%s takes a number of %s, found '%s'", opt,
                                       ev ? "sentences (0 or more)" : "days (1 to 3660)", v);
            }
            *(ev ? &n_evidence : opt[2] == 'b' ? &before : &after) = x;
        } else if (!strcmp(opt, "--by")) {
            if (strcmp(v, "week") && strcmp(v, "day")) {
                return cli_usage_error("monitor", "--by takes week or day, found '%s'", v);
            }
            by_day = v[0] == 'd';
        } else if (!strcmp(opt, "--dedup")) {
            if (strcmp(v, "none") && strcmp(v, "story") && strcmp(v, "incident")) {
                return cli_usage_error("monitor", "--dedup takes none, story or incident, found '%s'", v);
            }
            dedup = v[0] == 'n' ? QUERY_DEDUP_NONE : v[0] == 's' ? QUERY_DEDUP_STORY : QUERY_DEDUP_INCIDENT;
        } else if (!strcmp(opt, "--format")) {
            int fm = out_format_parse(v);
            if (fm < 0 || fm == OUT_JSONL) {
                return cli_usage_error("monitor", "--format takes table, json, csv or tsv, found '%s'", v);
            }
            format = v;
        } else if (!strcmp(opt, "--gazetteer")) {
            gaz_path = v;
        }
    }
    if (!path) {
        return cli_usage_error("monitor", "needs a database file: truce monitor DB --parties A,B --ceasefire DATE");
    }
    if (!parties || !ceasefire) {
        return cli_usage_error("monitor", "needs --parties A,B and --ceasefire DATE");
    }
    char pbuf[128], *pa = pbuf, *pb;
    snprintf(pbuf, sizeof pbuf, "%s", parties);
    for (char *c = pbuf; *c; c++) {
        *c = *c >= 'a' && *c <= 'z' ? (char)(*c - 'a' + 'A') : *c;
    }
    pb = strchr(pbuf, ',');
    if (!pb || !pb[1] || pb == pbuf || strchr(pb + 1, ',')) {
        return cli_usage_error("monitor", "--parties takes two sides, A,B, found '%s'", parties);
    }
    *pb++ = 0;
    out_format fmt = format ? (out_format)out_format_parse(format) : isatty(STDOUT_FILENO) ? OUT_TABLE : OUT_JSON;

    /* the region's point, from the gazetteer */
    bool near = false;
    double rlat = 0, rlon = 0;
    cli_gazetteer gaz = {0};
    if (region && !no_gaz) {
        int grc = cli_gazetteer_load("monitor", gaz_path, &gaz);
        if (grc != EXIT_OK) {
            return grc;
        }
        truce_place pl;
        if (truce_geo_resolve((const truce_geo *)gaz.geo, region, strlen(region), NULL, 0, TRUCE_GEO_WANT_ANY, &pl) &&
            !isnan(pl.lat) && !isnan(pl.lon)) {
            near = true;
            rlat = pl.lat;
            rlon = pl.lon;
        }
        cli_gazetteer_unload(&gaz);
    }

    char msg[1024];
    store *s = store_open(path, 0, msg, sizeof msg);
    if (!s) {
        cli_error("monitor", "%s", msg);
        return EXIT_INPUT;
    }
    int32_t c0;
    query_day(ceasefire, &c0);
    int32_t len = by_day ? 1 : 7;
    long nb = (before + len - 1) / len, na = (after + len - 1) / len;
    ledger l = {calloc((size_t)(nb + na), sizeof(period)), (size_t)(nb + na), c0 - (int32_t)(nb * len), len};
    long *per_day = calloc((size_t)((nb + na) * len), sizeof *per_day);
    int rc = EXIT_OK;
    char err[512] = "";
    acc_ctx ac = {&l, dedup, NULL, 0, 0, false};
    ev_out eo = {s, fmt, NULL, true, false};
    if (!l.p || !per_day) {
        cli_error("monitor", "out of memory");
        rc = EXIT_INTERNAL;
        goto done;
    }
    for (size_t i = 0; i < l.n; i++) {
        l.p[i].start = l.first + (int32_t)i * len;
        l.p[i].end = l.p[i].start + len;
    }
    char from[11], to[11];
    query_day_str(l.first, from);
    query_day_str(l.first + (int32_t)(l.n * (size_t)len) - 1, to);
    /* stories per period */
    if (query_stories_per_day(s, from, l.n * (size_t)len, per_day, err, sizeof err) < 0) {
        goto failed;
    }
    for (size_t i = 0; i < l.n * (size_t)len; i++) {
        l.p[i / (size_t)len].stories += per_day[i];
    }
    /* violent incidents between the parties or in the region */
    query_filter vf;
    query_filter_init(&vf);
    vf.from = from;
    vf.to = to;
    vf.dyad[0] = pa;
    vf.dyad[1] = pb;
    vf.or_region = region;
    vf.or_near = near;
    vf.region_lat = rlat;
    vf.region_lon = rlon;
    vf.region_km = radius;
    vf.dedup = dedup;
    for (size_t i = 0; i < sizeof violent_codes / sizeof *violent_codes; i++) {
        vf.codes[vf.n_codes++] = violent_codes[i];
    }
    fold_ctx fx = {&l, 0};
    if (query_count(s, &vf, QUERY_BY_DAY, fold, &fx, err, sizeof err) < 0) {
        goto failed;
    }
    /* accusations between the parties */
    query_filter af = vf;
    af.or_region = NULL;
    af.or_near = false;
    af.n_codes = 1;
    af.codes[0] = "11";
    af.dedup = QUERY_DEDUP_NONE;
    if (query_events(s, &af, accuse, &ac, err, sizeof err) < 0 || ac.failed) {
        goto failed;
    }
    /* calls and agreements involving a party (or in the region) */
    query_filter cf = vf;
    cf.dyad[0] = cf.dyad[1] = NULL;
    cf.sides[0] = pa;
    cf.sides[1] = pb;
    cf.n_sides = 2;
    cf.n_codes = 0;
    for (int r = 0; r < N_CALL_ROOTS; r++) {
        cf.roots[0] = call_roots[r];
        cf.n_roots = 1;
        fx.what = 1 + r;
        if (query_count(s, &cf, QUERY_BY_DAY, fold, &fx, err, sizeof err) < 0) {
            goto failed;
        }
    }
    /* deployments of peacekeepers or monitors */
    query_filter df = cf;
    df.n_roots = 0;
    for (size_t i = 0; i < sizeof deploy_codes / sizeof *deploy_codes; i++) {
        df.codes[df.n_codes++] = deploy_codes[i];
    }
    fx.what = 1 + N_CALL_ROOTS;
    if (query_count(s, &df, QUERY_BY_DAY, fold, &fx, err, sizeof err) < 0) {
        goto failed;
    }

    /* the two sides */
    long vb = 0, sb = 0, va = 0, sa = 0;
    for (size_t i = 0; i < l.n; i++) {
        bool aft = l.p[i].start >= c0;
        *(aft ? &va : &vb) += l.p[i].violent;
        *(aft ? &sa : &sb) += l.p[i].stories;
    }
    /* normalised by the stories of each side; when a side has none
     * dated in it (a store of other seasons' news), by its days */
    long days_b = nb * len, days_a = na * len;
    bool by_stories = sa > 0 && sb > 0;
    double rr, lo, hi;
    rate_ratio(va, by_stories ? sa : days_a, vb, by_stories ? sb : days_b, &rr, &lo, &hi);
    static const char *const dedup_names[] = {"mentions", "stories", "incidents"};
    char last_before[11], last[11];
    query_day_str(c0 - 1, last_before);
    query_day_str(l.first + (int32_t)(l.n * (size_t)len) - 1, last);

    if (fmt == OUT_TABLE) {
        printf("ceasefire ledger: %s and %s%s%s, ceasefire %s; %ld %s before, %ld after; counting %s\n", pa, pb,
               region ? ", region " : "", region ? region : "", ceasefire, nb, by_day ? "days" : "weeks", na,
               dedup_names[dedup]);
        static const char *const cols[] = {"period", "stories", "violent", "per 100", "accusations",
                                           "calls/agreements", "deployments"};
        eo.t = table_new(stdout, OUT_TABLE, cols, 7);
    } else if (fmt == OUT_CSV || fmt == OUT_TSV) {
        static const char *const cols[] = {"start", "end", "side", "stories", "violent", "violent_events",
                                           "per_100_stories", "accusations", "calls", "calls_02", "calls_03",
                                           "calls_04", "calls_05", "calls_08", "deployments", "rate_ratio",
                                           "ci95_low", "ci95_high"};
        eo.t = table_new(stdout, fmt, cols, 18);
    } else {
        printf("{\"parties\":[");
        json_out(stdout, pa);
        putchar(',');
        json_out(stdout, pb);
        printf("],\"ceasefire\":\"%s\",\"region\":", ceasefire);
        json_out(stdout, region);
        printf(",\"by\":\"%s\",\"counting\":\"%s\",\"periods\":[", by_day ? "day" : "week", dedup_names[dedup]);
    }
    for (size_t i = 0; i < l.n; i++) {
        period *p = &l.p[i];
        char st[11], en[11], stories[24], viol[24], rate[24], acc[512], calls[128], dep[24];
        query_day_str(p->start, st);
        query_day_str(p->end - 1, en);
        snprintf(stories, sizeof stories, "%ld", p->stories);
        snprintf(viol, sizeof viol, "%ld", p->violent);
        fmt_rate(rate, sizeof rate, p->violent, p->stories);
        acc_text(p, acc, sizeof acc);
        calls_text(p, calls, sizeof calls);
        snprintf(dep, sizeof dep, "%ld", p->deployments);
        const char *side = p->start >= c0 ? "after" : "before";
        if (fmt == OUT_TABLE) {
            char label[32];
            snprintf(label, sizeof label, "%s%s", st, p->start == c0 ? " *" : "");
            const char *cells[] = {label, stories, viol, rate, acc, calls, dep};
            table_row(eo.t, cells);
        } else if (fmt == OUT_CSV || fmt == OUT_TSV) {
            char ve[24], c[N_CALL_ROOTS][24], ct[24];
            snprintf(ve, sizeof ve, "%ld", p->violent_events);
            snprintf(ct, sizeof ct, "%ld", p->calls_total);
            for (int r = 0; r < N_CALL_ROOTS; r++) {
                snprintf(c[r], sizeof c[r], "%ld", p->calls[r]);
            }
            const char *cells[] = {st, en, side, stories, viol, ve, rate, acc, ct, c[0], c[1], c[2], c[3], c[4],
                                   dep, "", "", ""};
            table_row(eo.t, cells);
        } else {
            printf("%s{\"start\":\"%s\",\"end\":\"%s\",\"side\":\"%s\",\"stories\":%ld,\"violent\":%ld,"
                   "\"violent_events\":%ld,\"per_100_stories\":", i ? "," : "", st, en, side, p->stories, p->violent,
                   p->violent_events);
            json_num(p->stories ? 100.0 * (double)p->violent / (double)p->stories : NAN);
            fputs(",\"accusations\":[", stdout);
            for (size_t a = 0; a < p->n_acc; a++) {
                printf("%s{\"by\":", a ? "," : "");
                json_out(stdout, p->acc[a].by);
                fputs(",\"against\":", stdout);
                json_out(stdout, p->acc[a].against);
                printf(",\"count\":%ld}", p->acc[a].n);
            }
            printf("],\"calls\":{\"total\":%ld", p->calls_total);
            for (int r = 0; r < N_CALL_ROOTS; r++) {
                printf(",\"%s\":%ld", call_roots[r], p->calls[r]);
            }
            printf("},\"deployments\":%ld,\"evidence\":[", p->deployments);
        }
        /* the sentences behind the violent incidents most reported */
        if (n_evidence > 0 && p->violent > 0 && fmt != OUT_CSV && fmt != OUT_TSV) {
            query_filter ef = vf;
            ef.from = st;
            ef.to = en;
            ef.limit = (size_t)n_evidence;
            ef.by_confidence = true;
            eo.first = true;
            long n = dedup == QUERY_DEDUP_INCIDENT ? query_incidents(s, &ef, ev_incident, &eo, err, sizeof err)
                                                   : (ef.dedup = QUERY_DEDUP_STORY,
                                                      query_events(s, &ef, ev_event, &eo, err, sizeof err));
            if (n < 0) {
                goto failed;
            }
        }
        if (fmt == OUT_JSON) {
            fputs("]}", stdout);
        }
    }
    char rb[24], ra[24], rrs[24], los[24], his[24];
    fmt_rate(rb, sizeof rb, vb, sb);
    fmt_rate(ra, sizeof ra, va, sa);
    fmt_ratio(rrs, sizeof rrs, rr);
    fmt_ratio(los, sizeof los, lo);
    fmt_ratio(his, sizeof his, hi);
    if (fmt == OUT_TABLE) {
        table_end(eo.t);
        eo.t = NULL;
        static const char *const units[3][2] = {{"violent event", "violent events"},
                                                {"violent report (story and incident)", "violent reports (one per story and incident)"},
                                                {"violent incident", "violent incidents"}};
        printf("before  %s to %s: %ld %s in %ld stor%s (%ld days): %s per 100 stories\n", from, last_before, vb,
               units[dedup][vb != 1], sb, sb == 1 ? "y" : "ies", days_b, rb);
        printf("after   %s to %s: %ld %s in %ld stor%s (%ld days): %s per 100 stories\n", ceasefire, last, va,
               units[dedup][va != 1], sa, sa == 1 ? "y" : "ies", days_a, ra);
        printf("rate ratio after/before: %s (95%% CI %s to %s; exact conditional Poisson test, per %s)\n", rrs, los,
               his, by_stories ? "story" : "day: no story of the store is dated on one side");
    } else if (fmt == OUT_CSV || fmt == OUT_TSV) {
        char v1[24], s1[24], v2[24], s2[24];
        snprintf(v1, sizeof v1, "%ld", vb);
        snprintf(s1, sizeof s1, "%ld", sb);
        snprintf(v2, sizeof v2, "%ld", va);
        snprintf(s2, sizeof s2, "%ld", sa);
        const char *b1[] = {from, last_before, "before", s1, v1, "", rb, "", "", "", "", "", "", "", "", "", "", ""};
        const char *b2[] = {ceasefire, last, "after", s2, v2, "", ra, "", "", "", "", "", "", "", "", rrs, los, his};
        table_row(eo.t, b1);
        table_row(eo.t, b2);
        table_end(eo.t);
        eo.t = NULL;
    } else {
        printf("],\"before\":{\"from\":\"%s\",\"to\":\"%s\",\"violent\":%ld,\"stories\":%ld,\"per_100_stories\":", from,
               last_before, vb, sb);
        json_num(sb ? 100.0 * (double)vb / (double)sb : NAN);
        printf("},\"after\":{\"from\":\"%s\",\"to\":\"%s\",\"violent\":%ld,\"stories\":%ld,\"per_100_stories\":",
               ceasefire, last, va, sa);
        json_num(sa ? 100.0 * (double)va / (double)sa : NAN);
        printf("},\"normalised_by\":\"%s\",\"rate_ratio\":", by_stories ? "stories" : "days");
        json_num(rr);
        fputs(",\"ci95\":[", stdout);
        json_num(lo);
        putchar(',');
        json_num(hi);
        fputs("]}\n", stdout);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("monitor", "cannot write output");
        rc = EXIT_INTERNAL;
    }
    goto done;
failed:
    cli_error("monitor", "%s: %s", path, err[0] ? err : "out of memory");
    rc = EXIT_INTERNAL;
done:
    if (eo.t) {
        table_end(eo.t);
    }
    free(ac.seen);
    free(l.p);
    free(per_day);
    store_close(s);
    return rc;
}
