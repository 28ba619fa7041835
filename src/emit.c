/* emit.c — the event record.
 *
 * Fills the truce_event of the output contract (CAMEO code with its root,
 * QuadClass, Goldstein score and PLOVER type from the kb's table; actor
 * countries; the sentence and evidence span; the pattern that fired as
 * "file:line: text"; date and historical flag from dates.c; the place from
 * place.c; the issues the sentence mentions), drops a story's repeats of
 * (date, source, target, code), and hands it to the caller's sink. For a
 * compound subject or object, one event per pair; the members of a joint
 * act ("Armenia and Azerbaijan agreed") act on each other.
 */
#include "coder.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* One step of an issue phrase: the token as written, else its singular,
 * else its verb lemma ("n:teacher" matches "teachers", "v:educate"
 * "educated"). */
static uint32_t issue_step(const trie *tr, uint32_t node, const token *t)
{
    uint32_t next;
    if (t->id && (next = trie_child(tr, node, t->id)) != 0) {
        return next;
    }
    if (t->nlemma && (next = trie_child(tr, node, t->nlemma)) != 0) {
        return next;
    }
    if (t->vlemma && (next = trie_child(tr, node, t->vlemma)) != 0) {
        return next;
    }
    return 0;
}

/* The issues sentence k mentions, from an issues dictionary: the longest
 * phrase at each word, an ignore phrase's words counting for none;
 * "CODE,n;CODE,n" in order of first mention, or NULL. Kept for the
 * sentence's other events. */
static const char *sentence_issues(truce_coder *c, size_t k)
{
    const trie *tr = &c->k->issues;
    if (!tr->n_nodes || k >= c->ns) {
        return NULL;
    }
    if (c->issues_sent != k + 1) {
        c->issues_sent = k + 1;
        const char *code[24];
        unsigned count[24];
        size_t n = 0;
        size_t i = c->s[k].tok_start, e = c->s[k].tok_end;
        while (i < e) {
            uint32_t node = 0;
            const actor_entry *best = NULL;
            size_t best_end = i + 1;
            for (size_t j = i; j < e; j++) {
                node = issue_step(tr, node, &c->t[j]);
                if (!node) {
                    break;
                }
                if (tr->payload[node]) {
                    best = tr->payload[node];
                    best_end = j + 1;
                }
            }
            bool ignore = false;
            for (const actor_entry *x = best; x; x = x->next) {
                ignore |= x->kind == AK_ISSUE_IGNORE;
            }
            for (const actor_entry *x = best; x && !ignore; x = x->next) {
                size_t m = 0;
                while (m < n && strcmp(code[m], x->issue) != 0) {
                    m++;
                }
                if (m == n && n < 24) {
                    code[n] = x->issue;
                    count[n++] = 0;
                }
                if (m < n) {
                    count[m]++;
                }
            }
            i = best ? best_end : i + 1;
        }
        size_t len = 0;
        c->issues_buf[0] = 0;
        for (size_t m = 0; m < n; m++) {
            int w = snprintf(c->issues_buf + len, sizeof c->issues_buf - len, "%s%s,%u", m ? ";" : "",
                             code[m], count[m]);
            if (w < 0 || (size_t)w >= sizeof c->issues_buf - len) {
                c->issues_buf[len] = 0;   /* a whole entry or none */
                break;
            }
            len += (size_t)w;
        }
    }
    return c->issues_buf[0] ? c->issues_buf : NULL;
}

/* Has the story given this (date, source, target, code) already? If not,
 * it is remembered (with dedup on); true also when memory runs out, so the
 * event is dropped rather than given twice later. */
static bool seen_before(truce_coder *c, const evctx *x, const char *src, const char *tgt, const char *code)
{
    /* "date|src|tgt|code", cut at 47 bytes (built by hand: this runs for
     * every event) */
    char key[48];
    size_t kl = 0;
    {
        char num[12];
        size_t nl = 0;
        uint32_t dv = (uint32_t)x->date;   /* its bits, which is all a key needs */
        do {
            num[nl++] = (char)('0' + dv % 10);
            dv /= 10;
        } while (dv);
        while (nl && kl < sizeof key - 1) {
            key[kl++] = num[--nl];
        }
        const char *parts[3] = {src, tgt ? tgt : "", code};
        for (int q = 0; q < 3; q++) {
            if (kl < sizeof key - 1) {
                key[kl++] = '|';
            }
            for (const char *ch = parts[q]; *ch && kl < sizeof key - 1; ch++) {
                key[kl++] = *ch;
            }
        }
        key[kl] = 0;
    }
    if (c->opt.dedup) {
        for (size_t i = 0; i < c->n_seen; i++) {
            if (strcmp(c->seen[i], key) == 0) {
                return true;
            }
        }
        if (c->n_seen == c->cap_seen) {
            size_t cap = c->cap_seen ? c->cap_seen * 2 : 64;
            char (*ns)[48] = realloc(c->seen, cap * sizeof *ns);
            if (!ns) {
                return true;
            }
            c->seen = ns;
            c->cap_seen = cap;
        }
        memcpy(c->seen[c->n_seen++], key, sizeof key);
    }
    return false;
}

/* The provenance of an event: "file:line: text" of its pattern (cut at
 * 159 bytes), or "rule: ..." when no pattern fired. */
static void pattern_text(const evctx *x, const pattern *p, char pat[160])
{
    if (p) {
        /* "file:line: text", cut at 159 bytes */
        size_t pl = 0;
        char num[12];
        size_t nl = 0;
        uint32_t lv = p->line;
        do {
            num[nl++] = (char)('0' + lv % 10);
            lv /= 10;
        } while (nl < sizeof num && lv);
        for (const char *ch = p->file; *ch && pl < 160 - 1; ch++) {
            pat[pl++] = *ch;
        }
        if (pl < 160 - 1) {
            pat[pl++] = ':';
        }
        while (nl && pl < 160 - 1) {
            pat[pl++] = num[--nl];
        }
        for (const char *ch = ": "; *ch && pl < 160 - 1; ch++) {
            pat[pl++] = *ch;
        }
        for (const char *ch = p->text; *ch && pl < 160 - 1; ch++) {
            pat[pl++] = *ch;
        }
        pat[pl] = 0;
    } else {
        snprintf(pat, 160, "rule: %s", x->rule ? x->rule : "?");
    }
}

/* How likely an event is right as coded: a logistic model over how it was
 * found. Each feature (CONF_* in kb.h) is 0 or 1; the weights, bias first,
 * come from data/confidence.tsv, fitted on events of whole stories judged
 * by hand (tools/fit_confidence.py, README: Accuracy), each saying how
 * much the feature moves the odds that a careful coder signs the event. */

/* Does a code of this root want a target (a meeting, an accusation, an
 * attack)? */
static bool wants_target(int root)
{
    return root == 3 || root == 4 || root == 5 || root == 6 || root == 11 || root == 12 || root == 13 ||
           root == 16 || root == 19;
}

static double event_confidence(const kb *k, const evctx *x, const char *src, const char *tgt, const char *code,
                               size_t span_b, size_t span_e, const pattern *p, int quad, bool lead,
                               uint32_t *features)
{
    bool f[CONF_N] = {0};
    int root = code_root(code);
    f[CONF_RULE] = !p;
    f[CONF_BARE] = p && p->n_pre + p->n_post == 0;
    f[CONF_NOUN] = p && p->noun;
    f[CONF_MODAL] = p && strcmp(p->code, code) != 0;
    f[CONF_NO_SOURCE] = !src[0];
    f[CONF_ROLE_SOURCE] = strncmp(src, "---", 3) == 0;
    f[CONF_ROLE_TARGET] = tgt && strncmp(tgt, "---", 3) == 0;
    f[CONF_ONE_SIDED] = (!tgt || !tgt[0]) && wants_target(root);
    f[CONF_STATEMENT] = strcmp(code, "010") == 0 || strcmp(code, "020") == 0;
    size_t span = span_e >= span_b ? span_e - span_b + 1 : 0;
    f[CONF_FAR] = span > 15 && span <= 25;
    f[CONF_VERY_FAR] = span > 25;
    f[CONF_HISTORICAL] = x->historical;
    f[CONF_REPORTED] = x->speaker != NULL;
    f[CONF_MATERIAL_CONFLICT] = quad == 4;
    f[CONF_VERBAL_CONFLICT] = quad == 3;
    f[CONF_MATERIAL_COOP] = quad == 2;
    f[CONF_DATED] = x->date_text;
    f[CONF_BARE_SOURCE] = strlen(src) == 3 && strcmp(src, "---") != 0;
    f[CONF_BARE_TARGET] = tgt && strlen(tgt) == 3 && strcmp(tgt, "---") != 0;
    f[CONF_NO_TARGET] = !tgt || !tgt[0];
    f[CONF_LEAD] = lead;
    double z = k->conf_w[0];
    *features = 0;
    for (int q = 0; q < CONF_N; q++) {
        z += f[q] ? k->conf_w[q + 1] : 0;
        *features |= f[q] ? 1u << q : 0;
    }
    return 1.0 / (1.0 + exp(-z));
}

/* For --explain (and for fitting the weights): the event and the features
 * its confidence comes from. */
static void trace_confidence(const truce_coder *c, const char *src, const char *tgt, const char *code,
                             double conf, uint32_t features)
{
    char line[400];
    size_t n = 0;
    line[0] = 0;
    for (int k = 0; k < CONF_N && n + 24 < sizeof line; k++) {
        if (features & (1u << k)) {
            n += (size_t)snprintf(line + n, sizeof line - n, " %s", conf_names[k]);
        }
    }
    coder_trace(c, "  event %s>%s %s: confidence %.2f (%s )", src, tgt ? tgt : "", code, conf, line);
}

/* A copy of s in the held events' arena ("" for NULL stays NULL). */
const char *held_str(truce_coder *c, const char *s)
{
    if (!s) {
        return NULL;
    }
    char *p = arena_strndup(&c->held_a, s, strlen(s));
    if (!p) {
        c->held_oom = true;
        return "";
    }
    return p;
}

/* Keep ev (whose strings live on the caller's stack) until the sentence
 * ends. */
static void hold(truce_coder *c, const truce_event *ev)
{
    if (c->n_held == c->cap_held) {
        size_t cap = c->cap_held ? c->cap_held * 2 : 16;
        truce_event *nh = realloc(c->held, cap * sizeof *nh);
        if (!nh) {
            c->held_oom = true;
            c->stop = true;
            return;
        }
        c->held = nh;
        c->cap_held = cap;
    }
    truce_event *h = &c->held[c->n_held++];
    *h = *ev;
    /* every string but the sentence's text (the story's own bytes) */
    h->story_id = held_str(c, ev->story_id);
    h->date_source = held_str(c, ev->date_source);
    h->date_precision = held_str(c, ev->date_precision);
    h->source = held_str(c, ev->source);
    h->source_country = held_str(c, ev->source_country);
    h->target = held_str(c, ev->target);
    h->target_country = held_str(c, ev->target_country);
    h->code = held_str(c, ev->code);
    h->root = held_str(c, ev->root);
    h->plover = held_str(c, ev->plover);
    h->plover_mode = held_str(c, ev->plover_mode);
    h->location_name = held_str(c, ev->location_name);
    h->location_country = held_str(c, ev->location_country);
    h->location_admin1 = held_str(c, ev->location_admin1);
    h->location_precision = held_str(c, ev->location_precision);
    h->pattern = held_str(c, ev->pattern);
    h->speaker = held_str(c, ev->speaker);
    h->issues = held_str(c, ev->issues);
    h->event_id = NULL;
    c->n_events++;
}

/* Is the actor code's sector (after its country, "---" for none) one of
 * the three-letter codes in list ("COP MIL")? */
static bool sector_in(const char *a, const char *list)
{
    if (!a || strlen(a) < 6) {
        return false;
    }
    for (const char *l = list; *l; l += l[3] ? 4 : 3) {
        if (strncmp(a + 3, l, 3) == 0) {
            return true;
        }
    }
    return false;
}

/* Does the clause of x's head, after it, set the act at a protest ("during
 * protests", "at a rally", "on a crowd of demonstrators")? */
static bool protest_scene(const truce_coder *c, const evctx *x)
{
    static const char *const scene[] = {"protest", "protests", "protesters", "protestors", "demonstration",
                                        "demonstrations", "demonstrators", "rally", "rallies", "riot", "riots",
                                        "rioters", "sit-in", "vigil", "marchers", NULL};
    for (size_t q = x->head + 1; q < x->ce && q < c->nt && q < x->head + 12; q++) {
        if (tok_is_one_of(c, q, scene) && !(q > 0 && tok_is_word(c, q - 1, "to"))) {
            return true;   /* not "in order to protest" */
        }
    }
    return false;
}

/* Force a state's police, troops or government use on its own protesters
 * or opposition ("police fired on demonstrators", "security forces killed
 * three protesters", or anyone at a protest: "shot dead five people during
 * protests") is violent repression (CAMEO 175), not a fight or an
 * attack (18x, 19x): the PLOVER and CAMEO coders' COERCE. Bombings,
 * shelling and air strikes stay what they are. (test_senses.c: repression) */
static const char *repression(const char *src, const char *tgt, const char *code, bool protest)
{
    static const char *const force[] = {"180", "182", "1821", "1822", "1823", "190", "193"};
    bool hit = false;
    for (size_t k = 0; k < sizeof force / sizeof force[0]; k++) {
        hit |= strcmp(code, force[k]) == 0;
    }
    if (hit && protest && sector_in(src, "COP MIL GOV SPY") && (!tgt || !tgt[0] || sector_in(tgt, "CVL OPP EDU LAB"))) {
        return "175";   /* "troops shot dead five people during protests" */
    }
    if (strcmp(code, "145") == 0 && sector_in(src, "COP MIL SPY") && tgt && sector_in(tgt, "CVL OPP EDU LAB")) {
        return "175";   /* "riot police clashed with protesters": the state's side of a riot is repression */
    }
    if (!hit || !sector_in(src, "COP MIL GOV SPY") || !sector_in(tgt, "OPP") ||
        (strncmp(src, "---", 3) != 0 && strncmp(tgt, "---", 3) != 0 && strncmp(src, tgt, 3) != 0)) {
        return code;
    }
    return "175";
}

/* Is what the head leaves ("withdrew from Kherson", "pulled out of the
 * town of Bakhmut") a place the gazetteer knows as a city or region (or,
 * with no gazetteer, a capitalised name no actor)? */
static bool left_place(const truce_coder *c, const evctx *x)
{
    size_t q = x->head + 1, e = x->ce < c->nt ? x->ce : c->nt;
    while (q < e && q < x->head + 4 && !tok_is_word(c, q, "from") && !tok_is_word(c, q, "of")) {
        q++;
    }
    q++;
    while (q < e && (tok_is(c, q, c->k->w.the) || tok_has(c, q, WC_PLACE_NOUN) || tok_is_word(c, q, "of") ||
                     tok_has(c, q, WC_MODIFIER))) {
        q++;   /* "the town of", "eastern" */
    }
    size_t qe = q;
    while (qe < e && qe < q + 4 && c->t[qe].kind == TOK_WORD && (c->t[qe].flags & TF_CAP) && !mv_inside(x->mv, qe)) {
        qe++;
    }
    if (qe == q) {
        return false;
    }
    if (!c->opt.geo) {
        return true;
    }
    geo_place gp;
    return geo_resolve(c->opt.geo, (const char *)c->text + c->t[q].start, c->t[qe - 1].end - c->t[q].start, NULL, 0,
                       &gp) &&
           (gp.feature == GEO_CITY || gp.feature == GEO_ADMIN1 || gp.feature == GEO_REGION);
}

/* Is the name of tokens [q, qe) a place the gazetteer knows (a city, a
 * region, a country: among the countries the sentence names), or a country
 * or capital the actors know, ending its noun phrase ("the West Bank chief"
 * is a person)? */
static bool place_name(const truce_coder *c, const mvec *mv, size_t q, size_t qe, size_t e)
{
    if (roles_tok_lex(c, q) & LEX_FUNCTION) {
        return false;   /* "At least three ..." in a headline's capitals */
    }
    if (qe < e && c->t[qe].kind == TOK_WORD && !(c->t[qe].flags & TF_CAP) && !tok_has(c, qe, WC_DATE_WORD) &&
        !(roles_tok_lex(c, qe) & (LEX_FUNCTION | LEX_ADV | LEX_VERB))) {
        return false;   /* a noun goes on: "the West Bank supremo" */
    }
    if (qe < e && tok_is(c, qe, c->k->w.s)) {
        return false;   /* "another of Iraq's most wanted" */
    }
    const mention *m = mv_at(mv, q, false);
    if (m) {
        return (m->kind == AK_COUNTRY || m->kind == AK_CAPITAL) && !m->sector[0] && !m->person && !m->plural &&
               m->tok_end == qe;
    }
    if (!c->opt.geo) {
        return true;   /* with no gazetteer, a capitalised name no actor (as left_place) */
    }
    const char *hints[8];
    size_t nh = 0;
    for (size_t j = 0; j < mv->n && nh < 8; j++) {
        if (mv->v[j].country[0]) {
            hints[nh++] = mv->v[j].country;
        }
    }
    geo_place gp;
    return geo_resolve(c->opt.geo, (const char *)c->text + c->t[q].start, c->t[qe - 1].end - c->t[q].start, hints, nh,
                       &gp) &&
           (gp.feature == GEO_CITY || gp.feature == GEO_ADMIN1 || gp.feature == GEO_REGION ||
            gp.feature == GEO_COUNTRY);
}

/* May token q stand before the head of a taken place ("the strategic
 * northern", "most of", "a third of", "more than half of", "the small,
 * mountainous")? */
static bool territory_premodifier(const truce_coder *c, size_t q, size_t e)
{
    static const char *const w[] = {"of", "most", "much", "part", "parts", "half", "all", "rest", "remainder",
                                    "control", "majority", "percent", "third", "quarter", "portion", "swathes",
                                    "swaths", "chunk", "more", "than", "about", "nearly", "almost", NULL};
    if (c->t[q].kind == TOK_NUM) {
        return true;
    }
    if (c->t[q].flags & TF_CAP) {
        return false;   /* "the West Bank": the name */
    }
    if (tok_has(c, q, WC_DETERMINER | WC_MODIFIER) && !tok_has(c, q, WC_POSSESSIVE)) {
        return true;
    }
    for (const char *const *p = w; *p; p++) {
        if (tok_is_word(c, q, *p)) {
            return true;
        }
    }
    if (tok_punct(c, q, ',')) {
        return q + 1 < e && territory_premodifier(c, q + 1, e) && c->t[q + 1].kind == TOK_WORD;
    }
    uint8_t lx = roles_tok_lex(c, q);
    return c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) && (lx & LEX_MOSTLY) == LEX_MOSTLY_ADJ;
}

bool emit_territory_object(const truce_coder *c, const mvec *mv, size_t head, size_t group_start, bool passive,
                           size_t ce)
{
    size_t e = ce < c->nt ? ce : c->nt;
    if (passive) {
        /* "Vukovar was captured by", "Eastern Slavonia, captured by the
         * Serbs,": the name just before the verb group */
        size_t t = group_start;
        while (t > 0 && (is_aux(c, t - 1) || tok_adverb(c, t - 1))) {
            t--;   /* "has reportedly been captured" */
        }
        if (t == 0) {
            return false;
        }
        t--;
        if (t > 0 && tok_punct(c, t, ',')) {
            t--;
        }
        if (tok_has(c, t, WC_PLACE_NOUN | WC_FACILITY) && !(c->t[t].flags & TF_CAP)) {
            return true;   /* "the town was captured", "the checkpoint was captured" */
        }
        size_t b = t + 1;
        while (b > 0 && b + 4 > t + 1 && c->t[b - 1].kind == TOK_WORD && (c->t[b - 1].flags & TF_CAP)) {
            b--;
        }
        if (b > t) {
            return false;
        }
        /* the name is the whole subject: not "X of Nicaragua", "members
         * stationed at Fort Bliss, Texas," nor "who was raised in the
         * United States," */
        size_t p = b;
        if (p > 0 && tok_has(c, p - 1, WC_DETERMINER)) {
            p--;
        }
        if (p > 0 && !tok_has(c, p - 1, WC_BOUNDARY | WC_CLAUSE_END) && !tok_punct(c, p - 1, '.') &&
            !is_quote_tok(c, p - 1)) {
            return false;
        }
        return place_name(c, mv, b, t + 1, t + 1);
    }
    size_t q = head + 1;
    if (q + 1 < e && tok_is(c, q, c->k->w.and_) && c->t[q + 1].isverb && c->t[q + 1].vform == c->t[head].vform &&
        !(c->t[q + 1].flags & TF_CAP)) {
        q += 2;   /* "captured and annexed the eastern sector": the object both verbs share */
    }
    while (q < e && q < head + 8 && territory_premodifier(c, q, e)) {
        q++;
    }
    if (q >= e || c->t[q].kind != TOK_WORD) {
        return false;
    }
    if (!(c->t[q].flags & TF_CAP)) {
        /* "seized the island", "captured two villages" */
        return tok_has(c, q, WC_PLACE_NOUN) && !(q + 1 < e && tok_is(c, q + 1, c->k->w.s));
    }
    size_t qe = q;
    while (qe < e && qe < q + 4 && c->t[qe].kind == TOK_WORD && (c->t[qe].flags & TF_CAP)) {
        qe++;
    }
    return place_name(c, mv, q, qe, e);
}

/* Is the head of pattern p one of words ("kill", "shoot")? */
static bool head_is(const truce_coder *c, const pattern *p, const char *const *words)
{
    if (!p || !p->head || p->head > c->k->words.n) {
        return false;
    }
    str h = intern_str(&c->k->words, p->head);
    for (const char *const *w = words; *w; w++) {
        if ((size_t)h.len == strlen(*w) && memcmp(h.p, *w, (size_t)h.len) == 0) {
            return true;
        }
    }
    return false;
}

/* Do aircraft, missiles or an air raid do the act at x's head ("jets sent by the alliance bombed the airport",
 * "an Iraqi airstrike killed", "a Turkish air raid against PKK bases bombed"): such a noun among the eight words
 * before it in its clause, no passive between ("the helicopter was shot down") and no preposition before the
 * noun ("troops backed by Russian jets"). 2 for a drone, 1 another aircraft, 0 none. */
static int aircraft_before(const truce_coder *c, const evctx *x)
{
    static const char *const planes[] = {"jet", "jets", "plane", "planes", "warplane", "warplanes", "aircraft",
                                         "helicopter", "helicopters", "gunship", "gunships", "drone", "drones",
                                         "bombers", "missile", "missiles", "airstrike", "airstrikes", NULL};
    static const char *const raids[] = {"raid", "raids", "strike", "strikes", NULL};   /* after "air" */
    for (size_t q = x->head; q > 0 && q + 8 > x->head && q - 1 < c->nt; q--) {
        size_t a = q - 1;
        if (clause_stop(c, a) || tok_has(c, a, WC_BOUNDARY) || is_be(c, a)) {
            return 0;
        }
        bool air = tok_is_one_of(c, a, planes) || (a > 0 && tok_is_word(c, a - 1, "air") && tok_is_one_of(c, a, raids));
        if (!air || (a > 0 && tok_is_word(c, a - 1, "suicide"))) {
            continue;   /* suicide bombers are no aircraft */
        }
        size_t b = a;
        bool after = false;   /* "Following the Russian airstrikes, rebels stormed" */
        while (b > 0 && b + 5 > a && !is_prep(c, c->t[b - 1].id) && !clause_stop(c, b - 1) &&
               !(after = tok_is_word(c, b - 1, "following") && (c->t[b - 1].flags & TF_CAP))) {
            b--;
        }
        if (b > 0 && b + 5 > a && (is_prep(c, c->t[b - 1].id) || after)) {
            return 0;   /* "backed by Russian jets" */
        }
        return tok_is_word(c, a, "drone") || tok_is_word(c, a, "drones") ? 2 : 1;
    }
    return 0;
}

/* "shot dead", "gunned down ... to death": a shooting that kills, within
 * five words after the head */
static bool shot_dead(const truce_coder *c, const evctx *x)
{
    for (size_t q = x->head + 1; q < c->nt && q < x->head + 6 && q < x->ce; q++) {
        if (tok_is_word(c, q, "dead") || (tok_is_word(c, q, "death") && tok_is_word(c, q - 1, "to"))) {
            return true;
        }
    }
    return false;
}

/* A passive ("the embassy was bombed") whose clause names nothing of the air */
static bool passive_no_air(const truce_coder *c, const evctx *x)
{
    static const char *const air[] = {"air", "aerial", "airstrike", "airstrikes", "warplane", "warplanes", "jet",
                                      "jets", "plane", "planes", "aircraft", "helicopter", "helicopters",
                                      "gunships", "bombers", "drone", "drones", "missile", "missiles", NULL};
    size_t q = x->cb;
    while (q < x->ce && q < c->nt && !(tok_is_one_of(c, q, air) && !(c->t[q].flags & TF_CAP))) {   /* "Air India" */
        q++;
    }
    return x->head > 0 && is_be(c, x->head - 1) && (q >= x->ce || q >= c->nt);
}

/* Is whom the head takes a person: a pronoun ("captured him"), or a passive's subject ("Shalit was captured")? */
static bool taken_pronoun(const truce_coder *c, const evctx *x)
{
    static const char *const obj[] = {"him", "her", "them", NULL}, *const subj[] = {"he", "she", "they", NULL};
    size_t h = x->head, t = h;
    while (t > 0 && (is_aux(c, t - 1) || is_be(c, t - 1) || tok_adverb(c, t - 1))) {
        t--;
    }
    return (h + 1 < c->nt && tok_is_one_of(c, h + 1, obj)) ||
           (t < h && t > 0 && (tok_is_one_of(c, t - 1, subj) || is_be(c, h - 1)));
}

/* The words of a capitalised name no actor, date or speaker after an active capture ("forces
 * captured Ganta", "the FARC captured Diaz", not "capture Reuters reported"); else 0 */
static size_t captured_name(const truce_coder *c, const evctx *x)
{
    size_t h = x->head, e = x->ce < c->nt ? x->ce : c->nt, q = h + 1;
    if (h == 0 || h >= e || is_aux(c, h - 1) || is_be(c, h - 1)) {
        return 0;   /* "were captured March 23 by" */
    }
    q += q < e && tok_is(c, q, c->k->w.the);
    size_t qe = q;
    while (qe < e && qe < q + 4 && c->t[qe].kind == TOK_WORD && (c->t[qe].flags & TF_CAP) &&
           !mv_inside(x->mv, qe) && !tok_has(c, qe, WC_DATE_WORD) && !(roles_tok_lex(c, qe) & LEX_FUNCTION)) {
        qe++;
    }
    bool on = qe < e && (tok_is(c, qe, c->k->w.s) || (c->t[qe].kind == TOK_WORD && ((c->t[qe].flags & TF_CAP) ||
                                                   (roles_tok_lex(c, qe) & (LEX_VERB | LEX_FUNCTION)) == LEX_VERB)));
    return on ? 0 : qe - q;   /* not "Garang's deputy", "Reuters reported", nor a name that goes on */
}

/* Violence done by no force: gunmen, assailants, criminals, or a civilian
 * who shoots or kills unarmed people ("gunmen shot dead five farm
 * workers", "an unknown assailant shot and wounded the education chief",
 * "a truck driver shot ten students"), is unconventional violence (180),
 * the killing of an official by them a targeted one (186), no military
 * force (190, 193); on soldiers, police or fighters it stays a fight. A
 * bombing by a rebel group, gunmen, spies or an Islamist network ("the group
 * bombed police headquarters") is no air raid (195) but a bombing (183);
 * a state's or its forces' is an air raid, whatever is bombed, and so is
 * any force or destruction aircraft or missiles do (aircraft_before). A raid on a house by any of
 * them is no arrest (173) but an assault (180), and people they capture are abducted (181)
 * (test_violence.c: irregular force). */
static const char *irregular_force(const truce_coder *c, const evctx *x, const pattern *p, const char *src,
                                   const char *tgt, const char *code)
{
    static const char *const shoot[] = {"kill", "shoot", "wound", "injure", "hurt", "gun", "open", "fire", NULL};
    static const char *const kill[] = {"kill", NULL};
    static const char *const bomb[] = {"bomb", NULL};
    if (!p || strcmp(code, p->code) != 0) {
        return code;
    }
    tgt = tgt ? tgt : "";
    bool armed_target = tgt && tgt[0] && sector_in(tgt, "MIL REB COP UAF SPY");
    bool state = sector_in(src, "MIL") || (strlen(src) == 3 && actor_is_country(src));
    int aircraft = aircraft_before(c, x);
    if ((!strcmp(code, "190") || !strcmp(code, "1712")) && aircraft) {
        return aircraft == 2 ? "1952" : "195";   /* "gunships targeted the village", "missiles destroyed the house" */
    }
    if (!strcmp(code, "195") && head_is(c, p, bomb) &&
        (sector_in(src, "REB UAF CRM CVL SPY") || !strncmp(src, "IMG", 3)) && !aircraft) {
        return "183";
    }
    if (!strcmp(code, "195") && head_is(c, p, bomb) && !src[0] && passive_no_air(c, x)) {
        return "183";   /* "the US embassy was bombed": by no one named, from nothing in the air */
    }
    if (!strncmp(code, "183", 3) && head_is(c, p, bomb) && state) {
        return "195";   /* "US Marines bombed a mosque": an air raid, no bombing of a market */
    }
    static const char *const raid[] = {"raid", NULL};
    if (!strcmp(code, "173") && head_is(c, p, raid) &&
        (sector_in(src, "UAF CRM CVL REB") || !strncmp(src, "IMG", 3))) {
        return "180";   /* "armed men raided her house": no arrest by anyone's law */
    }
    static const char *const seize[] = {"seize", "grab", "snatch", NULL};
    if (!strcmp(code, "171") && head_is(c, p, seize) && tgt && strlen(tgt) >= 6 &&
        sector_in(tgt, "CVL OPP EDU MED LAB REF AGR HLH ELI BUS")) {
        /* "troops seized dozens of people": people are detained, or taken
         * by armed men; no property confiscated */
        return sector_in(src, "MIL COP SPY GOV JUD") || (strlen(src) == 3 && actor_is_country(src)) ? "173" : "181";
    }
    if ((!strcmp(code, "150") || !strcmp(code, "154")) && strstr(src, "PKO")) {
        return "074";   /* "U.N. peacekeepers were deployed to protect civilians", "patrolled Bangui": peacekeeping */
    }
    static const char *const capture[] = {"capture", "seize", "detain", NULL};
    bool taken = !strcmp(code, "173") && head_is(c, p, capture);
    bool armed_men = sector_in(src, "UAF CRM REB") || !strncmp(src, "IMG", 3);
    if (taken && armed_men &&
        (strlen(tgt) >= 6 || (strlen(tgt) == 3 && actor_is_country(tgt)) || (!tgt[0] && taken_pronoun(c, x)))) {
        return "181";   /* "Hezbollah captured three Israeli soldiers", "captured him": no one's arrest */
    }
    size_t name = taken && !tgt[0] ? captured_name(c, x) : 0;
    if (name) {   /* a town a state's forces take ("captured Burdhubo"; three names: a person), a person armed men do */
        return state ? (name < 3 ? "192" : code) : armed_men && !sector_in(src, "CRM") ? "181" : code;
    }
    if ((strcmp(code, "190") != 0 && strcmp(code, "193") != 0) || !head_is(c, p, shoot) || armed_target) {
        return code;
    }
    /* a civilian's act needs a victim with a role ("a man shot a judge"): a
     * country alone as its target is a place a misread subject acts on
     * ("people were wounded during fighting in Iraq") */
    bool irregular = sector_in(src, "UAF CRM") || (sector_in(src, "CVL") && tgt && strlen(tgt) >= 6);
    if (!irregular) {
        return code;
    }
    return tgt && sector_in(tgt, "GOV JUD LEG") && (head_is(c, p, kill) || shot_dead(c, x)) ? "186" : "180";
}

/* A military act the pattern names without a military word (verbs.txt's
 * "armed" flag: "withdraw from"): done by an armed actor, or leaving a
 * country, it is that act; a state or anyone else leaving an organisation
 * reduces relations (160); leaving anything else (a race, a deal, a bid)
 * is none (""). (test_senses.c: withdrawing) */
static const char *armed_act(const truce_coder *c, const evctx *x, const pattern *p, const char *src,
                             const char *tgt, const char *code)
{
    if (!p || !(p->flags & VFLAG_ARMED) || sector_in(src, "MIL REB COP SPY UAF") ||
        (tgt && strlen(tgt) == 3 && actor_is_country(tgt)) || left_place(c, x)) {
        return code;
    }
    if (tgt && strncmp(tgt, "IGO", 3) == 0 && strcmp(code, p->code) == 0) {
        return "160";
    }
    return "";
}

/* A clash or an attack (verbs.txt "verbal") between office holders
 * alone, with no force of either side ("the two presidents clashed in the
 * Oval Office", "the minister had clashed with the president", "the
 * minister attacked the government"), is one of words: disapproval
 * (110) or criticism (111), no assault. (test_senses.c: verbal clashes) */
static const char *verbal_clash(const pattern *p, const char *src, const char *tgt, const char *code)
{
    static const char *const office = "GOV ELI LEG JUD PTY";
    if (!p || !(p->flags & VFLAG_VERBAL) || strcmp(code, p->code) != 0 || !sector_in(src, office) ||
        (tgt && tgt[0] && !sector_in(tgt, office))) {
        return code;
    }
    /* "the minister attacked the government for ...": a criticism (111);
     * a clash of words, disapproval (110) */
    if (strstr(p->text, "clash")) {
        return "110";
    }
    return tgt && tgt[0] ? "111" : code;   /* an attack of words has someone it is aimed at */
}

/* "China protested the move", "the foreign ministry protested the
 * decision": a state named as such, its government, legislature or court,
 * or an intergovernmental body, as the subject right before the verb
 * "protest", is complaining officially (114), no demonstration (14x); not
 * a people or a crowd ("Hundreds of Palestinians protested"), nor a
 * purpose ("marched to protest"). (test_story.c) */
static const char *state_protest(const truce_coder *c, const evctx *x, const char *src, const char *code)
{
    if (code_root(code) != 14 || !src || !x->mv || x->head >= c->nt || x->head == 0 ||
        c->t[x->head].vlemma != intern_find(&c->k->words, S("protest"))) {
        return code;
    }
    size_t q = x->head;
    while (q > 0 && tok_adverb(c, q - 1)) {
        q--;
    }
    const mention *m = q > 0 ? mv_ending_at(x->mv, q - 1) : NULL;
    static const char *const crowd[] = {"hundreds", "thousands", "dozens", "scores", "tens", "some", "several",
                                        "many", NULL};
    if (!m || strcmp(m->code, src) != 0 || (m->tok_start > 0 && tok_is(c, m->tok_start - 1, c->k->w.of)) ||
        c->t[m->tok_start].kind == TOK_NUM || tok_is_one_of(c, m->tok_start, crowd)) {
        return code;   /* (and not "hundreds of officials", "200 lawmakers") */
    }
    bool state = ((m->kind == AK_COUNTRY || m->kind == AK_CAPITAL) && strlen(src) == 3) ||
                 sector_in(src, "GOV LEG JUD") || !strncmp(src, "IGO", 3);
    return state ? "114" : code;
}

/* A crowd's act (verbs.txt "crowd": storming a building, clashing with
 * police, occupying a square) done by an armed actor ("troops stormed the buildings", "gunmen
 * stormed the palace", "militants clashed with police"), or by police on
 * armed men, is an assault (190), no riot (145); on protesters it stays
 * the crowd's clash (repression decides). (test_senses.c: armed crowds) */
static const char *crowd_act(const pattern *p, const char *src, const char *tgt, const char *code)
{
    if (!p || !(p->flags & VFLAG_CROWD) || strcmp(code, p->code) != 0 || sector_in(tgt, "OPP CVL")) {
        return code;
    }
    if (sector_in(src, "MIL REB UAF SPY") || (sector_in(src, "COP") && sector_in(tgt, "MIL REB UAF SPY"))) {
        /* buildings or a square occupied by armed men: territory taken */
        return strcmp(p->code, "144") == 0 ? "192" : "190";
    }
    return code;
}

/* May an act of code have one actor code on both sides: force between two
 * armed groups or gangs of one country, or of one movement ("clashes
 * between M23 and Wazalendo fighters": CODREB on both; "killed by fellow
 * ISIS militants"), not a state's organs, civilians (most often a victim
 * read as the doer too), nor any act but force? (test_story.c) */
static bool same_code_sides(const char *code, const char *act)
{
    if (code_root(act) < 18 || strlen(code) < 6 || !strncmp(code, "---", 3)) {
        return false;   /* (two roles of no country are one side as often as not) */
    }
    if (!strncmp(code, "IMG", 3)) {
        return true;
    }
    static const char *const armed[] = {"REB", "INS", "UAF", "CRM", NULL};
    for (const char *const *s = armed; *s; s++) {
        if (!strncmp(code + 3, *s, 3)) {
            return true;
        }
    }
    return false;
}

void emit_event(truce_coder *c, const evctx *x, const char *src, const char *tgt, const char *code,
                size_t span_b, size_t span_e, const pattern *p)
{
    if (c->stop || !src || (!src[0] && !x->unknown_source) || !code[0]) {
        return;
    }
    if (tgt && strcmp(src, tgt) == 0 && (c->mutual || !c->two_sides || !same_code_sides(src, code))) {
        return;   /* (one mention, or two members of a compound, of one code are one side) */
    }
    const char *found = code;   /* the confidence is of how it was found */
    if (!c->opt.literal && !c->opt.tabari) {
        code = armed_act(c, x, p, src, tgt, code);
        if (!code[0]) {
            coder_trace(c, "  %s>%s %s: no armed actor and no country left: no military act", src,
                        tgt ? tgt : "", found);
            return;
        }
        code = crowd_act(p, src, tgt, code);
        code = verbal_clash(p, src, tgt, code);
        code = state_protest(c, x, src, code);
        if (code != found) {
            coder_trace(c, "  %s>%s %s: a crowd's act by armed men: an assault [190]", src, tgt ? tgt : "", found);
        }
        const char *before = code;
        code = irregular_force(c, x, p, src, tgt, code);
        if (code != before) {
            coder_trace(c, "  %s>%s %s: who acts, with what, on whom or what, decides the code [%s]", src,
                        tgt ? tgt : "", before, code);
        }
        before = code;
        code = repression(src, tgt, code, protest_scene(c, x));
        if (code != before) {
            coder_trace(c, "  %s>%s %s: a state's force on its own protesters: repression [175]", src, tgt, found);
        }
    }
    const kb *k = c->k;
    const cameo_info *ci = kb_cameo(k, code);
    static const cameo_info unlisted = {{0}, {0}, 0.0, 0, {0}, {0}};
    if (!ci && !p) {
        return;
    }
    if (!ci) {
        /* a user dictionary's code outside the CAMEO list (WEIS codes of
         * the old validation suites): no Goldstein score, no class */
        ci = &unlisted;
    }
    uint32_t features;
    bool lead = x->sent + c->sent_base < 3;   /* a news story's lead says its main events */
    double confidence = event_confidence(c->k, x, src, tgt, found, span_b, span_e, p, ci->quad, lead, &features);
    if (confidence < c->opt.min_confidence) {
        return;   /* before dedup: a surer report of the same event may follow */
    }
    if (seen_before(c, x, src, tgt, code)) {
        return;
    }
    if (c->opt.trace) {
        trace_confidence(c, src, tgt, code, confidence, features);
    }
    const sentence *s = &c->s[x->sent];
    char root[3] = {code[0], code[1], 0};
    char sc[4] = {0}, tc[4] = {0};
    if (actor_is_country(src)) {
        memcpy(sc, src, 3);
    }
    if (tgt && tgt[0] && actor_is_country(tgt)) {
        memcpy(tc, tgt, 3);
    }
    char pat[160];
    pattern_text(x, p, pat);
    truce_event ev;
    memset(&ev, 0, sizeof ev);
    char idbuf[256];
    size_t idl = c->st->id && c->st->id_len ? c->st->id_len : 0;
    if (idl > sizeof idbuf - 1) {
        idl = sizeof idbuf - 1;
    }
    if (idl) {
        memcpy(idbuf, c->st->id, idl);
    }
    idbuf[idl] = 0;
    ev.story_id = idbuf;
    ev.sentence = (uint32_t)x->sent + 1;
    ev.confidence = confidence;
    ev.date = x->date;
    ev.date_source = x->date == TRUCE_NODAY ? "none" : x->date_text ? "text" : "story";
    static const char *const precision[] = {[DP_DAY] = "day", [DP_WEEK] = "week", [DP_MONTH] = "month",
                                            [DP_YEAR] = "year"};
    ev.date_precision = x->date == TRUCE_NODAY || x->date_prec > DP_YEAR ? NULL : precision[x->date_prec];
    ev.source = src;
    ev.source_country = sc[0] ? sc : NULL;
    ev.target = tgt ? tgt : "";
    ev.target_country = tc[0] ? tc : NULL;
    ev.code = code;
    ev.root = root;
    ev.quad_class = ci->quad;
    ev.goldstein = ci->goldstein;
    ev.plover = ci->plover[0] ? ci->plover : NULL;
    ev.plover_mode = ci->mode;
    ev.text = (const char *)c->text + s->start;
    ev.text_len = s->end - s->start;
    ev.span_start = c->t[span_b].start;
    ev.span_end = c->t[span_e].end;
    ev.pattern = pat;
    ev.historical = x->historical;
    ev.speaker = x->speaker;
    /* roles the story's context settles (context.c), then those the
     * event's place does */
    ctx_bufs cbuf;
    if (!context_settle_event(c, &ev, &cbuf)) {
        return;   /* roles of the story's country: the same actor on both sides */
    }

    place_bufs pbuf;
    place_event(c, x, code, &ev, sc, tc, &pbuf);
    place_incident_note(c, x, code, &ev);
    ev.mutual = c->mutual;
    ev.issues = sentence_issues(c, x->sent);
    /* a part of a long story: offsets and sentence numbers in the story */
    ev.sentence += c->sent_base;
    ev.span_start += c->base;
    ev.span_end += c->base;
    ev.loc_start += c->base;
    ev.loc_end += c->base;
    hold(c, &ev);
}

/* Emit events for a source list × target list. */
static void emit_unit_pairs(truce_coder *c, const evctx *x, mlist src, size_t i0, size_t i1, mlist tgt,
                            size_t j0, size_t j1, const char *code, size_t span_b, size_t span_e,
                            const pattern *p);

/* Does the fight at token i have an object that is no battle ("attacked
 * rebel positions", "shelled the town"; not "fought a war", "clashed on
 * Monday", "fought each other")? Its doers then act on it together
 * (test_roles.c, "joint attack"). */
static bool fight_has_object(const truce_coder *c, size_t i)
{
    static const char *const battles[] = {"war", "wars", "battle", "battles", "fight", "fights", "clashes",
        "skirmishes", "duel", "gunbattle", "firefight", "each", "one", "another", NULL};
    size_t q = i + 1;
    while (q < c->nt && tok_adverb(c, q)) {
        q++;
    }
    if (q >= c->nt || c->t[q].kind != TOK_WORD || is_prep(c, c->t[q].id) || tok_has(c, q, WC_DATE_WORD) ||
        tok_is(c, q, c->k->w.and_) || tok_is_one_of(c, q, battles)) {
        return false;
    }
    while (q + 1 < c->nt && tok_has(c, q, WC_DETERMINER | WC_MODIFIER)) {
        q++;
    }
    return !tok_is_one_of(c, q, battles);
}

void emit_pairs(truce_coder *c, const evctx *x, mlist src, mlist tgt,
                       const char *code, size_t span_b, size_t span_e, const pattern *p)
{
    if (src.n == 0) {
        return;
    }
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    if (tgt.n == 0) {
        /* "Armenia and Azerbaijan agreed", "... clashed": a compound subject
         * of a reciprocal act acts on each other; of anything else
         * ("the US and Britain declined to comment", "Hamas and Islamic
         * Jihad launched an attack": a fight with an object), each acts
         * alone */
        bool mutual = c->reciprocal || r == 3 || (r == 4 && strcmp(code, "045") != 0) || r == 6 ||
                      (r == 19 && (!p || p->n_post == 0)) || strcmp(code, "057") == 0;
        /* (a mediation, 045, is done together by its brokers, not to each other;
         * an offer, promise or proposal by two is made to a third: "China
         * and Russia proposed that the Council lift sanctions") */
        if (mutual && r == 3 && !c->reciprocal && !c->opt.literal && x->head < c->nt && c->t[x->head].vlemma) {
            static const char *const offers[] = {"offer", "promise", "pledge", "vow", "propose", "suggest", NULL};
            for (const char *const *w = offers; *w && mutual; w++) {
                mutual = c->t[x->head].vlemma != intern_find(&c->k->words, (str){(const uint8_t *)*w, (ptrdiff_t)strlen(*w)});
            }
        }
        /* "Australia, Canada and the US all offered", "Israel and Hamas
         * each claimed": each acts alone (golden recall-floating) */
        if (mutual && !c->reciprocal && x->head > 0 && x->head < c->nt &&
            (tok_is_word(c, x->head - 1, "all") || tok_is_word(c, x->head - 1, "each"))) {
            mutual = false;
        }
        if (mutual && r == 19 && !c->reciprocal && !c->opt.literal && x->head > 0 && x->head + 1 < c->nt &&
            fight_has_object(c, x->head)) {
            mutual = false;   /* "French and Malian troops attacked rebel positions": both on it */
        }
        if (src.n > 1 && mutual) {
            c->mutual = true;
            for (size_t i = 0; i < src.n; i++) {
                for (size_t j = 0; j < src.n; j++) {
                    if (i == j || (!c->opt.pairs_all && !c->reciprocal && j < i)) {
                        continue;
                    }
                    if (src.v[i].code[0] && src.v[j].code[0]) {
                        emit_event(c, x, src.v[i].code, src.v[j].code, code, span_b, span_e, p);
                    }
                }
            }
            c->mutual = false;
            return;
        }
        /* one-sided events, as PLOVER and GDELT record them ("X declared a
         * ceasefire", "X demanded elections"); a statement needs someone
         * it is addressed to or about */
        if (strcmp(code, "010") != 0) {
            for (size_t i = 0; i < src.n; i++) {
                if (src.v[i].code[0]) {
                    emit_event(c, x, src.v[i].code, "", code, span_b, span_e, p);
                }
            }
        }
        return;
    }
    /* by actors as the text names them ("Mordor, the Shire and Bree"), a
     * coded compound's members ("THE_SHIRE [FRO/BIL/SAM]") innermost: for
     * each source actor, each target actor, then their members, in
     * TABARI's order */
    for (size_t i0 = 0, i1; i0 < src.n; i0 = i1) {
        for (i1 = i0 + 1; i1 < src.n && src.v[i1].member; i1++) {
        }
        for (size_t j0 = 0, j1; j0 < tgt.n; j0 = j1) {
            for (j1 = j0 + 1; j1 < tgt.n && tgt.v[j1].member; j1++) {
            }
            emit_unit_pairs(c, x, src, i0, i1, tgt, j0, j1, code, span_b, span_e, p);
        }
    }
}

/* The pairs of source members [i0, i1) and target members [j0, j1). */
static void emit_unit_pairs(truce_coder *c, const evctx *x, mlist src, size_t i0, size_t i1, mlist tgt,
                            size_t j0, size_t j1, const char *code, size_t span_b, size_t span_e,
                            const pattern *p)
{
    for (size_t i = i0; i < i1; i++) {
        for (size_t j = j0; j < j1; j++) {
            if ((src.v[i].code[0] || x->unknown_source) && tgt.v[j].code[0]) {
                bool two = src.v[i].tok_start != tgt.v[j].tok_start && same_code_sides(src.v[i].code, code);
                if (strcmp(src.v[i].code, tgt.v[j].code) == 0 && !two) {
                    /* "Erakat expressed pessimism about the (Palestinian)
                     * government": no other party; the act stands alone */
                    if (tgt.n == 1 && strcmp(code, "010") != 0) {
                        emit_event(c, x, src.v[i].code, "", code, span_b, span_e, p);
                    }
                    continue;
                }
                c->two_sides = two;
                emit_event(c, x, src.v[i].code, tgt.v[j].code, code, span_b, span_e, p);
                c->two_sides = false;
            }
        }
    }
}
