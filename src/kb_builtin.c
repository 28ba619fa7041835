/* kb_builtin.c — loads truce's built-in knowledge from the embedded data/ files.
 *
 * The build embeds data/ (countries, people, actors, agents, verb patterns,
 * CAMEO table, modality, word classes) and the lists it derives from
 * packages (ISO 3166 names from iso-codes; verb lemmas and irregular forms
 * from WordNet; the part-of-speech lexicon from npm) into the library.
 * This module reads those TAB-separated files line by line into the
 * builder: actor phrases into the trie, patterns through the pattern
 * compiler (patc.c), the CAMEO and modality tables, WordNet lists for
 * kb.c's finish, the lexicon for lex.c. Users' dictionaries in the
 * PETRARCH and TABARI formats are the dict_*.c readers' business.
 *
 * Every malformed line is reported as file:line:col with what was expected
 * and what was found; the built-in data must load without one.
 */
#include "kb_build.h"

#include <stdarg.h>
#include <stdio.h>

/* ---- line reader ------------------------------------------------------ */

typedef struct {
    const char *path;
    const uint8_t *p, *end;
    uint32_t line;
    str fields[8];
    uint32_t cols[8];
    int nf;
} lines;

/* Next non-blank, non-comment line split on TABs; false at the end. */
static bool next_line(lines *L)
{
    while (L->p < L->end) {
        str ln = take_line(&L->p, L->end);
        const uint8_t *b = ln.p, *e = ln.p + ln.len;
        L->line++;
        if (e > b && e[-1] == '\r') {
            e--;
        }
        if (e == b || *b == '#') {
            continue;
        }
        bool blank = true;
        for (const uint8_t *q = b; q < e; q++) {
            if (*q != ' ' && *q != '\t') {
                blank = false;
                break;
            }
        }
        if (blank) {
            continue;
        }
        L->nf = 0;
        const uint8_t *f = b;
        for (const uint8_t *q = b;; q++) {
            if (q == e || *q == '\t') {
                if (L->nf < 8) {
                    L->fields[L->nf] = (str){f, q - f};
                    L->cols[L->nf] = (uint32_t)(f - b) + 1;
                    L->nf++;
                }
                if (q == e) {
                    break;
                }
                f = q + 1;
            }
        }
        return true;
    }
    return false;
}

static bool bad(truce_error *err, const lines *L, int field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool bad(truce_error *err, const lines *L, int field, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    err_set(err, TRUCE_EDATA, L->path, L->line, field >= 0 ? L->cols[field] : 1, -1, "%s", msg);
    return false;
}

static bool parse_date_field(str s, truce_day *out)
{
    s = trim(s);
    if (s.len == 0) {
        *out = TRUCE_NODAY;
        return true;
    }
    return truce_day_parse((const char *)s.p, (size_t)s.len, out);
}

/* ---- actors and agents ------------------------------------------------ */

static bool all_upper(str s)
{
    int letters = 0;
    for (ptrdiff_t i = 0; i < s.len; i++) {
        if (s.p[i] >= 'a' && s.p[i] <= 'z') {
            return false;
        }
        if (s.p[i] >= 'A' && s.p[i] <= 'Z') {
            letters++;
        }
    }
    return letters >= 2 && s.len <= 4;
}

/* Add phrase as an actor like proto: after the entries the phrase has
 * (file order), or before them when first (a name countries.tsv gives
 * one country that the ISO names give another: "Congo" is DR Congo in
 * the news, not the ISO short name's Republic of the Congo). */
static bool add_actor_at(builder *B, const lines *L, int field, str phrase, actor_entry proto, bool first);

static bool add_actor(builder *B, const lines *L, int field, str phrase,
                      actor_entry proto)
{
    return add_actor_at(B, L, field, phrase, proto, false);
}

static bool add_actor_at(builder *B, const lines *L, int field, str phrase, actor_entry proto, bool first)
{
    kb *k = B->k;
    uint32_t ids[32];
    int n = text_phrase_ids(k, phrase, ids, 32);
    if (n <= 0) {
        return bad(B->err, L, field, "expected a phrase of 1 to 32 words, found \"%.*s\"",
                   (int)(phrase.len > 60 ? 60 : phrase.len), (const char *)phrase.p);
    }
    uint32_t node = trie_insert(&k->actors, ids, n);
    actor_entry *e = NEW(&k->a, actor_entry, 1);
    if (!node || !e) {
        err_set(B->err, TRUCE_ENOMEM, L->path, L->line, 0, -1, "out of memory");
        return false;
    }
    *e = proto;
    e->need_upper = all_upper(phrase);
    e->lower_ok = phrase.len > 0 && phrase.p[0] >= 'a' && phrase.p[0] <= 'z';
    e->src_file = L->path;
    e->src_line = L->line;
    /* keep file order within a node: append */
    actor_entry **pp = &k->actors.payload[node];
    while (*pp && !first) {
        pp = &(*pp)->next;
    }
    e->next = *pp;
    *pp = e;
    return true;
}

static bool load_iso(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf < 3 || L.fields[0].len != 3) {
            return bad(B->err, &L, 0, "expected alpha3 TAB alpha2 TAB names, found %d fields", L.nf);
        }
        actor_entry e = {0};
        e.kind = AK_COUNTRY;
        memcpy(e.code, L.fields[0].p, 3);
        for (int i = 2; i < L.nf; i++) {
            if (L.fields[i].len && !add_actor(B, &L, i, L.fields[i], e)) {
                return false;
            }
        }
    }
    return true;
}

static bool load_countries(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf != 5) {
            return bad(B->err, &L, L.nf ? L.nf - 1 : 0,
                       "expected 5 TAB-separated fields (ISO3, adjectives, people, capitals, other names), found %d", L.nf);
        }
        if (!valid_code(L.fields[0]) || L.fields[0].len != 3) {
            return bad(B->err, &L, 0, "expected a 3-letter country code, found \"%.*s\"",
                       (int)L.fields[0].len, (const char *)L.fields[0].p);
        }
        static const uint8_t kinds[5] = {0, AK_ADJ, AK_PEOPLE, AK_CAPITAL, AK_COUNTRY};
        for (int i = 1; i < 5; i++) {
            FOR_PARTS(L.fields[i], ';', part) {
                actor_entry e = {0};
                e.kind = kinds[i];
                e.plural = i == 2 && part.p[part.len - 1] == 's';
                memcpy(e.code, L.fields[0].p, 3);
                if (!add_actor_at(B, &L, i, part, e, i == 4)) {
                    return false;
                }
            }
        }
    }
    return true;
}

/* names TAB code TAB from TAB to TAB note; lines for the same names merge
 * into one entry with several spells. */
static bool load_named(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    while (next_line(&L)) {
        if (L.nf < 2 || L.nf > 5) {
            return bad(B->err, &L, 0, "expected names TAB code [TAB from TAB to TAB note], found %d fields", L.nf);
        }
        str code = trim(L.fields[1]);
        if (!valid_code(code)) {
            return bad(B->err, &L, 1, "expected an actor code (3-15 capitals or digits), found \"%.*s\"",
                       (int)(code.len > 40 ? 40 : code.len), (const char *)code.p);
        }
        dated_code dc;
        memset(&dc, 0, sizeof dc);
        memcpy(dc.code, code.p, (size_t)code.len);
        dc.from = dc.to = TRUCE_NODAY;
        if (L.nf > 2 && !parse_date_field(L.fields[2], &dc.from)) {
            return bad(B->err, &L, 2, "expected a date YYYY-MM-DD or nothing, found \"%.*s\"",
                       (int)(L.fields[2].len > 20 ? 20 : L.fields[2].len), (const char *)L.fields[2].p);
        }
        if (L.nf > 3 && !parse_date_field(L.fields[3], &dc.to)) {
            return bad(B->err, &L, 3, "expected a date YYYY-MM-DD or nothing, found \"%.*s\"",
                       (int)(L.fields[3].len > 20 ? 20 : L.fields[3].len), (const char *)L.fields[3].p);
        }
        if (dc.from != TRUCE_NODAY && dc.to != TRUCE_NODAY && dc.to < dc.from) {
            return bad(B->err, &L, 3, "expected an end date on or after the start date");
        }
        bool person = f->name && strncmp(f->name, "people/", 7) == 0;
        FOR_PARTS(L.fields[0], ';', part) {
            uint32_t ids[32];
            int n = text_phrase_ids(k, part, ids, 32);
            if (n <= 0) {
                return bad(B->err, &L, 0, "expected a name of 1 to 32 words");
            }
            uint32_t node = trie_insert(&k->actors, ids, n);
            if (!node) {
                return bad(B->err, &L, 0, "out of memory");
            }
            /* the same name in this file, or in any of the people files,
             * is the same actor: it gets another spell */
            actor_entry *e = k->actors.payload[node];
            while (e && !(e->kind == AK_NAMED &&
                          (e->src_file == f->name ||
                           (person && strncmp(e->src_file, "people/", 7) == 0)))) {
                e = e->next;
            }
            if (!e) {
                actor_entry proto = {0};
                proto.kind = AK_NAMED;
                proto.person = person;
                if (!add_actor(B, &L, 0, part, proto)) {
                    return false;
                }
                e = k->actors.payload[node];
                while (e->next) {
                    e = e->next;
                }
            }
            dated_code *ns = NEW(&k->a, dated_code, e->n_spells + 1);
            if (!ns) {
                return bad(B->err, &L, 0, "out of memory");
            }
            if (e->n_spells) {
                memcpy(ns, e->spells, e->n_spells * sizeof *ns);
            }
            ns[e->n_spells++] = dc;
            e->spells = ns;
        }
    }
    return true;
}

static bool load_agents(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf < 2) {
            return bad(B->err, &L, 0, "expected phrases TAB sector [TAB note [TAB commentator]], found %d field", L.nf);
        }
        str sec = trim(L.fields[1]);
        if (!valid_code(sec) || sec.len > 9) {
            return bad(B->err, &L, 1, "expected a sector code such as GOV or MIL, found \"%.*s\"",
                       (int)(sec.len > 20 ? 20 : sec.len), (const char *)sec.p);
        }
        /* "commentator": an analyst or academic (see data/README.md) */
        str flag = L.nf > 3 ? trim(L.fields[3]) : (str){NULL, 0};
        bool commentator = flag.len == 11 && memcmp(flag.p, "commentator", 11) == 0;
        if (flag.len && !commentator) {
            return bad(B->err, &L, 3, "expected \"commentator\" or nothing, found \"%.*s\"",
                       (int)(flag.len > 20 ? 20 : flag.len), (const char *)flag.p);
        }
        FOR_PARTS(L.fields[0], ';', part) {
            actor_entry e = {0};
            e.kind = AK_AGENT;
            memcpy(e.code, sec.p, (size_t)sec.len);
            e.plural = part.p[part.len - 1] == 's' && part.len > 3;
            /* plurals without an s ("killed 23 people as well as ...") */
            static const char *const irregular[] = {"people", "police", "personnel", "clergy", "children",
                                                    "men", "women", "youth", "staff", "militia", NULL};
            for (const char *const *w = irregular; *w && !e.plural; w++) {
                e.plural = (size_t)part.len == strlen(*w) && memcmp(part.p, *w, part.len) == 0;
            }
            e.commentator = commentator;
            /* singular human roles take part in pronoun coreference */
            e.person = !e.plural && (memcmp(sec.p, "GOV", 3) == 0 || memcmp(sec.p, "ELI", 3) == 0 ||
                                     memcmp(sec.p, "OPP", 3) == 0 || memcmp(sec.p, "JUD", 3) == 0 ||
                                     memcmp(sec.p, "LEG", 3) == 0 || commentator);
            if (!add_actor(B, &L, 0, part, e)) {
                return false;
            }
        }
    }
    return true;
}

/* ---- patterns and tables ---------------------------------------------- */

static bool load_verbs(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    while (next_line(&L)) {
        if (L.nf < 2 || L.nf > 3) {
            return bad(B->err, &L, 0, "expected code TAB pattern [TAB flags], found %d fields", L.nf);
        }
        str code = trim(L.fields[0]);
        char cbuf[8] = {0};
        if (code.len < 2 || code.len > 4) {
            return bad(B->err, &L, 0, "expected a CAMEO code of 2 to 4 digits or ---, found \"%.*s\"",
                       (int)(code.len > 10 ? 10 : code.len), (const char *)code.p);
        }
        memcpy(cbuf, code.p, (size_t)code.len);
        if (strcmp(cbuf, "---") != 0 && !kb_cameo(k, cbuf)) {
            return bad(B->err, &L, 0, "expected a code of the CAMEO list or ---, found \"%s\"", cbuf);
        }
        uint8_t flags = 0;
        if (L.nf == 3) {
            FOR_PARTS(L.fields[2], ',', fl) {
                if (str_eq(fl, S("speech"))) {
                    flags |= VFLAG_SPEECH;
                } else if (str_eq(fl, S("endorse"))) {
                    flags |= VFLAG_ENDORSE;
                } else if (str_eq(fl, S("armed"))) {
                    flags |= VFLAG_ARMED;
                } else if (str_eq(fl, S("negative"))) {
                    flags |= VFLAG_NEGATIVE;
                } else if (str_eq(fl, S("territory"))) {
                    flags |= VFLAG_TERRITORY;
                } else if (str_eq(fl, S("crowd"))) {
                    flags |= VFLAG_CROWD;
                } else if (str_eq(fl, S("verbal"))) {
                    flags |= VFLAG_VERBAL;
                } else {
                    return bad(B->err, &L, 2, "expected flag speech, endorse, armed, negative, territory, crowd or verbal, found \"%.*s\"",
                               (int)fl.len, (const char *)fl.p);
                }
            }
        }
        if (!patc_compile(B, L.path, L.line, L.cols[1], cbuf, NULL, L.fields[1], flags)) {
            return false;
        }
    }
    return true;
}

static bool load_cameo(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    size_t cap = 512;
    k->cameo = NEW(&k->a, cameo_info, cap);
    if (!k->cameo) {
        return bad(B->err, &L, 0, "out of memory");
    }
    while (next_line(&L)) {
        if (L.nf != 6) {
            return bad(B->err, &L, 0, "expected 6 fields (code, name, goldstein, quad, plover, mode), found %d", L.nf);
        }
        if (k->n_cameo == cap) {
            return bad(B->err, &L, 0, "expected at most %zu codes", cap);
        }
        cameo_info *c = &k->cameo[k->n_cameo++];
        snprintf(c->code, sizeof c->code, "%.*s", (int)L.fields[0].len, (const char *)L.fields[0].p);
        int slot = cameo_slot(c->code);
        if (slot < 0 || slot >= 50000) {
            return bad(B->err, &L, 0, "expected a CAMEO code of 2 to 4 digits, found \"%s\"", c->code);
        }
        k->cameo_index[slot] = (uint16_t)k->n_cameo;
        snprintf(c->name, sizeof c->name, "%.*s", (int)L.fields[1].len, (const char *)L.fields[1].p);
        char num[32];
        snprintf(num, sizeof num, "%.*s", (int)L.fields[2].len, (const char *)L.fields[2].p);
        char *end;
        c->goldstein = strtod(num, &end);
        if (end == num || *end) {
            return bad(B->err, &L, 2, "expected a Goldstein score, found \"%s\"", num);
        }
        if (L.fields[3].len != 1 || L.fields[3].p[0] < '1' || L.fields[3].p[0] > '4') {
            return bad(B->err, &L, 3, "expected a QuadClass 1-4");
        }
        c->quad = L.fields[3].p[0] - '0';
        if (!(L.fields[4].len == 1 && L.fields[4].p[0] == '-')) {
            snprintf(c->plover, sizeof c->plover, "%.*s", (int)L.fields[4].len, (const char *)L.fields[4].p);
        }
        if (!(L.fields[5].len == 1 && L.fields[5].p[0] == '-')) {
            snprintf(c->mode, sizeof c->mode, "%.*s", (int)L.fields[5].len, (const char *)L.fields[5].p);
        }
    }
    return true;
}

static bool load_modality(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    size_t cap = 256;
    k->modal = arena_alloc(&k->a, sizeof *k->modal, 8, cap);
    if (!k->modal) {
        return bad(B->err, &L, 0, "out of memory");
    }
    while (next_line(&L)) {
        if (L.nf != 6 || k->n_modal == cap) {
            return bad(B->err, &L, L.nf ? L.nf - 1 : 0,
                       "expected prefix TAB intent TAB threat TAB demand TAB reject TAB stated, found %d fields",
                       L.nf);
        }
        for (int i = 0; i < 6; i++) {
            if (L.fields[i].len < 1 || L.fields[i].len > 4) {
                return bad(B->err, &L, i, "expected a code, '=' or '-'");
            }
        }
        char *cols[6] = {k->modal[k->n_modal].prefix, k->modal[k->n_modal].intent,
                         k->modal[k->n_modal].threat, k->modal[k->n_modal].demand,
                         k->modal[k->n_modal].reject, k->modal[k->n_modal].stated};
        for (int i = 0; i < 6; i++) {
            snprintf(cols[i], 8, "%.*s", (int)L.fields[i].len, (const char *)L.fields[i].p);
        }
        for (int i = 1; i < 6; i++) {
            const char *c = cols[i];
            /* "none" (intent only): no event, and no threat when announced */
            if (strcmp(c, "-") && strcmp(c, "=") && !(i == 1 && !strcmp(c, "none")) && !kb_cameo(k, c)) {
                return bad(B->err, &L, i, "expected a CAMEO code, '=' or '-'%s, found \"%s\"",
                           i == 1 ? " or 'none'" : "", c);
            }
        }
        k->n_modal++;
    }
    return true;
}

const char *const conf_names[CONF_N] = {
    "rule", "bare", "noun", "modal", "no_source", "role_source", "role_target", "one_sided", "statement",
    "far", "very_far", "historical", "reported", "material_conflict", "verbal_conflict", "material_coop",
    "dated", "bare_source", "bare_target", "no_target", "lead"};

/* A decimal number such as -0.75 (read here, not by strtod, so that a
 * program's locale cannot change it). */
static bool parse_weight(str s, double *out)
{
    ptrdiff_t i = 0;
    double sign = 1, v = 0, scale = 1;
    bool digits = false;
    if (i < s.len && (s.p[i] == '-' || s.p[i] == '+')) {
        sign = s.p[i++] == '-' ? -1 : 1;
    }
    for (; i < s.len && s.p[i] >= '0' && s.p[i] <= '9'; i++, digits = true) {
        v = v * 10 + (s.p[i] - '0');
    }
    if (i < s.len && s.p[i] == '.') {
        for (i++; i < s.len && s.p[i] >= '0' && s.p[i] <= '9'; i++, digits = true) {
            scale /= 10;
            v += (s.p[i] - '0') * scale;
        }
    }
    *out = sign * v;
    return digits && i == s.len && v < 100;
}

/* data/confidence.tsv: feature TAB weight, "bias" first or anywhere; a
 * feature not listed weighs 0, one listed twice is an error */
static bool load_confidence(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    bool seen[CONF_N + 1] = {0};
    while (next_line(&L)) {
        if (L.nf != 2) {
            return bad(B->err, &L, L.nf ? L.nf - 1 : 0, "expected feature TAB weight, found %d fields", L.nf);
        }
        int q = -1;
        if (L.fields[0].len == 4 && memcmp(L.fields[0].p, "bias", 4) == 0) {
            q = 0;
        }
        for (int n = 0; q < 0 && n < CONF_N; n++) {
            if ((ptrdiff_t)strlen(conf_names[n]) == L.fields[0].len && memcmp(conf_names[n], L.fields[0].p, L.fields[0].len) == 0) {
                q = n + 1;
            }
        }
        if (q < 0) {
            return bad(B->err, &L, 0, "expected bias or a feature such as no_source or far, found \"%.*s\"",
                       (int)(L.fields[0].len > 30 ? 30 : L.fields[0].len), (const char *)L.fields[0].p);
        }
        if (seen[q]) {
            return bad(B->err, &L, 0, "\"%.*s\" has a weight already", (int)L.fields[0].len,
                       (const char *)L.fields[0].p);
        }
        seen[q] = true;
        if (!parse_weight(L.fields[1], &k->conf_w[q])) {
            return bad(B->err, &L, 1, "expected a weight such as -0.75, found \"%.*s\"",
                       (int)(L.fields[1].len > 30 ? 30 : L.fields[1].len), (const char *)L.fields[1].p);
        }
    }
    return true;
}

/* data/grammar.tsv: class TAB words */
static bool load_grammar(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        if (L.nf != 2) {
            return bad(B->err, &L, 0, "expected class TAB words, found %d fields", L.nf);
        }
        uint64_t bit = lex_class(L.fields[0]);
        if (!bit) {
            return bad(B->err, &L, 0, "expected a word class such as determiner or modal, found \"%.*s\"",
                       (int)(L.fields[0].len > 30 ? 30 : L.fields[0].len), (const char *)L.fields[0].p);
        }
        FOR_PARTS(L.fields[1], ';', w) {
            uint32_t id = text_word_id(B->k, w);
            if (!id || !push_u32(&B->wc_ids, &B->n_wc, &B->cap_wc, id) ||
                !push_u64(&B->wc_bits, &B->n_wcb, &B->cap_wcb, bit)) {
                return bad(B->err, &L, 1, "out of memory");
            }
        }
    }
    return true;
}

/* data/events.tsv: date TAB precision TAB phrases (';'-separated): the
 * well-known events dates.c reads as date expressions; the first word of
 * each phrase gets WC_EVENT_START */
static bool load_events(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    kb *k = B->k;
    static const char *const precs[] = {"day", "week", "month", "year"};
    while (next_line(&L)) {
        if (L.nf != 3) {
            return bad(B->err, &L, L.nf ? L.nf - 1 : 0, "expected date TAB precision TAB phrases, found %d fields",
                       L.nf);
        }
        truce_day day;
        if (!parse_date_field(L.fields[0], &day) || day == TRUCE_NODAY) {
            return bad(B->err, &L, 0, "expected a date such as 2001-09-11");
        }
        int prec = -1;
        for (int q = 0; q < 4; q++) {
            if (str_eq(trim(L.fields[1]), (str){(const uint8_t *)precs[q], (ptrdiff_t)strlen(precs[q])}) && q != 1) {
                prec = q;
            }
        }
        int y, m, d;
        day_to_ymd(day, &y, &m, &d);
        if (prec < 0 || (prec >= 2 && d != 1) || (prec == 3 && m != 1)) {
            return bad(B->err, &L, 1, prec < 0 ? "expected day, month or year"
                                               : "a month or year is written as its first day");
        }
        FOR_PARTS(L.fields[2], ';', w) {
            w = trim(w);
            uint32_t ids[8];
            int n = w.len ? text_phrase_ids(k, w, ids, 8) : 0;
            if (n <= 0) {
                return bad(B->err, &L, 2, "expected a phrase of 1 to 8 words, found \"%.*s\"",
                           (int)(w.len > 30 ? 30 : w.len), (const char *)w.p);
            }
            if (ids[0] == text_word_id(k, S("the")) || ids[0] == text_word_id(k, S("a")) ||
                ids[0] == text_word_id(k, S("an"))) {
                return bad(B->err, &L, 2, "a phrase may not start with an article: \"%.*s\"",
                           (int)(w.len > 30 ? 30 : w.len), (const char *)w.p);
            }
            if (k->n_known == KB_KNOWN_MAX) {
                return bad(B->err, &L, 2, "over %d phrases", KB_KNOWN_MAX);
            }
            k->known[k->n_known].day = day;
            k->known[k->n_known].prec = (uint8_t)prec;
            k->known[k->n_known].n = (uint8_t)n;
            memcpy(k->known[k->n_known].ids, ids, (size_t)n * sizeof *ids);
            k->n_known++;
            if (!push_u32(&B->wc_ids, &B->n_wc, &B->cap_wc, ids[0]) ||
                !push_u64(&B->wc_bits, &B->n_wcb, &B->cap_wcb, WC_EVENT_START)) {
                return bad(B->err, &L, 2, "out of memory");
            }
        }
    }
    return true;
}

/* WordNet index.verb lemmas (one per line) */
static bool load_wn_verbs(builder *B, const embedded_file *f)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        uint32_t id = text_word_id(B->k, L.fields[0]);
        if (!id || !push_u32(&B->verb_ids, &B->n_verb_ids, &B->cap_verb_ids, id)) {
            return bad(B->err, &L, 0, "out of memory");
        }
    }
    return true;
}

/* WordNet *.exc: "form lemma [lemma...]" separated by spaces */
static bool load_wn_exc(builder *B, const embedded_file *f, bool verb)
{
    lines L = {f->name, f->data, f->data + f->len, 0, {{0}}, {0}, 0};
    while (next_line(&L)) {
        str line = L.fields[0];
        const uint8_t *sp = memchr(line.p, ' ', (size_t)line.len);
        if (!sp) {
            return bad(B->err, &L, 0, "expected \"form lemma\"");
        }
        str form = {line.p, sp - line.p};
        str rest = {sp + 1, line.len - (sp + 1 - line.p)};
        const uint8_t *sp2 = memchr(rest.p, ' ', (size_t)rest.len);
        if (sp2) {
            rest.len = sp2 - rest.p;
        }
        if (memchr(form.p, '_', (size_t)form.len)) {
            continue;
        }
        exc_pair e = {text_word_id(B->k, form), text_word_id(B->k, rest)};
        if (!e.form || !e.lemma ||
            !(verb ? push_exc(&B->vexc, &B->n_vexc, &B->cap_vexc, e)
                   : push_exc(&B->nexc, &B->n_nexc, &B->cap_nexc, e))) {
            return bad(B->err, &L, 0, "out of memory");
        }
    }
    return true;
}

/* The part-of-speech lexicon (lex.c indexes it). */
static bool load_lexicon(builder *B, const embedded_file *f)
{
    return lex_index(B->k, f->data, f->len, f->name, &B->n_lex, B->err);
}

static const embedded_file *find_file(const char *name)
{
    for (size_t i = 0; i < truce_n_embedded; i++) {
        if (strcmp(truce_embedded[i].name, name) == 0) {
            return &truce_embedded[i];
        }
    }
    return NULL;
}

bool kb_builtin_tables(builder *B)
{
    bool ok = true;
    /* order matters: the CAMEO table before the verbs that cite it */
    const embedded_file *f;
    ok = ok && (f = find_file("wordnet/verbs.txt")) && load_wn_verbs(B, f);
    ok = ok && (f = find_file("wordnet/verb.exc")) && load_wn_exc(B, f, true);
    ok = ok && (f = find_file("wordnet/noun.exc")) && load_wn_exc(B, f, false);
    ok = ok && (f = find_file("lexicon.tsv")) && load_lexicon(B, f);
    ok = ok && (f = find_file("cameo.tsv")) && load_cameo(B, f);
    ok = ok && (f = find_file("grammar.tsv")) && load_grammar(B, f);
    ok = ok && (f = find_file("events.tsv")) && load_events(B, f);
    /* WordNet's noun classes (tools/wordnet.sh), in grammar.tsv's format */
    ok = ok && (f = find_file("wordnet/classes.tsv")) && load_grammar(B, f);
    ok = ok && (f = find_file("modality.tsv")) && load_modality(B, f);
    ok = ok && (f = find_file("confidence.tsv")) && load_confidence(B, f);
    return ok;
}

bool kb_builtin_knowledge(builder *B)
{
    bool ok = true;
    const embedded_file *f;
    ok = ok && (f = find_file("iso3166.tsv")) && load_iso(B, f);
    ok = ok && (f = find_file("countries.tsv")) && load_countries(B, f);
    ok = ok && (f = find_file("actors.tsv")) && load_named(B, f);
    for (size_t i = 0; ok && i < truce_n_embedded; i++) {
        if (strncmp(truce_embedded[i].name, "people/", 7) == 0) {
            ok = load_named(B, &truce_embedded[i]);
        }
    }
    ok = ok && (f = find_file("agents.tsv")) && load_agents(B, f);
    ok = ok && (f = find_file("verbs.txt")) && load_verbs(B, f);
    return ok;
}
