/* names.c — names by their shape: an organisation no dictionary knows
 * ("the Civil Liberty Organization": its kind of body), a country's name
 * that is a sea's ("South China Sea": no actor), a hyphenated word led by
 * a country ("Saudi-led": that country's; "Russian-backed": not).
 *
 * Used by mentions.c; tests: tests/unit/test_match.c.
 */
#include "coder.h"

#include <stdio.h>

#include <stdint.h>
#include <string.h>

/* Head nouns of organisations' names and what their unknown bearers are:
 * a sector for a body of some state ("the Ceasefire Violations Committee"),
 * NGO for a civil group ("the Civil Liberty Organization"). */
static const struct {
    const char *word, *sector, *code;
} org_heads[] = {
    {"front", "REB", NULL},        {"brigade", "REB", NULL},       {"brigades", "REB", NULL},
    {"army", "REB", NULL},         {"movement", "OPP", NULL},      {"party", "OPP", NULL},
    {"alliance", "OPP", NULL},     {"coalition", "OPP", NULL},     {"union", "LAB", NULL},
    {"federation", NULL, "NGO"},   {"confederation", "LAB", NULL}, {"syndicate", "LAB", NULL},
    {"ministry", "GOV", NULL},     {"department", "GOV", NULL},    {"commission", "GOV", NULL},
    {"committee", "GOV", NULL},    {"council", "GOV", NULL},       {"agency", "GOV", NULL},
    {"office", "GOV", NULL},       {"bureau", "GOV", NULL},        {"authority", "GOV", NULL},
    {"assembly", "LEG", NULL},     {"court", "JUD", NULL},         {"tribunal", "JUD", NULL},
    {"police", "COP", NULL},       {"guard", "MIL", NULL},         {"corps", "MIL", NULL},
    {"company", "BUS", NULL},      {"corporation", "BUS", NULL},   {"organization", NULL, "NGO"},
    {"organisation", NULL, "NGO"}, {"association", NULL, "NGO"},   {"society", NULL, "NGO"},
    {"foundation", NULL, "NGO"},   {"institute", NULL, "NGO"},     {"network", NULL, "NGO"},
    {"watch", NULL, "NGO"},        {"forum", NULL, "NGO"},         {"business", "BUS", NULL},
};

/* Words of trade and industry: a council, institute, federation or
 * alliance whose name has one is a business group ("the Distilled Spirits
 * Council", "the American Petroleum Institute", "the National Retail
 * Federation"), not a state's body or a civil group (test_roles.c,
 * "business group"). */
static const char *const trade_words[] = {"industry", "industries", "business", "businesses", "trade",
    "commerce", "manufacturers", "manufacturing", "producers", "exporters", "importers", "bankers", "banking",
    "retail", "retailers", "spirits", "petroleum", "automotive", "automobile", "steel", "chemical",
    "chemistry", "pharmaceutical", "insurance", "shipping", "mining", NULL};

/* The head index of "business" when a word of [j, k) is one of trade's
 * and the head h names a council, committee, federation, institute or
 * alliance; else h. */
static size_t trade_head(const truce_coder *c, size_t j, size_t k, size_t h)
{
    static const char *const bodies[] = {"council", "committee", "commission", "federation", "institute",
        "alliance", "coalition", "association", "organization", "organisation", "forum", "network", NULL};
    bool body = false;
    for (const char *const *b = bodies; *b && !body; b++) {
        body = strcmp(org_heads[h].word, *b) == 0;
    }
    for (size_t q = j; body && q < k; q++) {
        for (const char *const *w = trade_words; *w; w++) {
            if (tok_is_word(c, q, *w)) {
                for (size_t x = 0; x < sizeof org_heads / sizeof org_heads[0]; x++) {
                    if (!strcmp(org_heads[x].word, "business")) {
                        return x;
                    }
                }
            }
        }
    }
    return h;
}

/* An organisation no dictionary knows, by the shape of its name: two or more
 * capitalised words whose last, or the last before "of"/"for", is the head
 * noun of an organisation ("The Civil Liberty Organization", "the
 * Association of African Jurists", "Ogaden National Liberation Front").
 * Returns one past the name, 0 if there is none; sets *head. */
size_t names_org(const truce_coder *c, size_t j, size_t e, size_t *head)
{
    size_t k = j, ncap = 0;
    while (k < e && k < j + 6 && cap_word(c, k)) {
        k++;
        ncap++;
    }
    if (!ncap) {
        return 0;
    }
    *head = SIZE_MAX;
    if (!c->org_ids_ready) {
        /* the head words by kb id, once per coder: a token is then
         * compared by its id (a word the kb lacks, by its letters) */
        truce_coder *w = (truce_coder *)c;
        for (size_t h = 0; h < sizeof org_heads / sizeof org_heads[0] && h < 64; h++) {
            const char *word = org_heads[h].word;
            w->org_ids[h] = intern_find(&c->k->words, (str){(const uint8_t *)word, (ptrdiff_t)strlen(word)});
        }
        w->org_ids_ready = true;
    }
    uint32_t last = c->t[k - 1].id;
    for (size_t h = 0; h < sizeof org_heads / sizeof org_heads[0]; h++) {
        if (h < 64 && c->org_ids[h] ? last == c->org_ids[h] : tok_is_word(c, k - 1, org_heads[h].word)) {
            *head = h;
            break;
        }
    }
    if (*head == SIZE_MAX) {
        return 0;
    }
    size_t end = k;
    /* "of the Sovereign State of Biafra", "for Human Rights" */
    while (end < e && (tok_is(c, end, c->k->w.of) || tok_is(c, end, c->k->w.for_))) {
        size_t q = end + 1;
        if (tok_is(c, q, c->k->w.the)) {
            q++;
        }
        size_t q0 = q;
        while (q < e && q < q0 + 5 && cap_word(c, q)) {
            q++;
        }
        if (q == q0) {
            break;
        }
        ncap += q - q0;
        end = q;
    }
    *head = trade_head(c, j, end, *head);
    return ncap >= 2 ? end : 0;
}

const char *names_org_code(size_t head)
{
    return org_heads[head].code ? org_heads[head].code : org_heads[head].sector;
}

bool names_org_is_code(size_t head)
{
    return org_heads[head].code != NULL;
}

/* What a hyphenated word after a name says others did with it
 * ("Russian-backed", "London-based"): the name did not act. */
static const char *const hyphen_passive[] = {"backed", "supported", "sponsored", "funded",
    "armed", "allied", "based", "brokered", "made", "built", "held", "controlled",
    "occupied", "appointed", "installed", "trained", "aligned", "friendly", "owned",
    "run", "dominated", "inspired", "born", "educated", NULL};

/* A hyphenated word whose first part is a country or its adjective, and
 * whose rest does not say someone else acted ("Saudi-led" yes;
 * "Russian-backed", "London-based" no): the country. */
bool names_hyphen_country(const truce_coder *c, size_t j, char country[4])
{
    const token *t = &c->t[j];
    if (t->kind != TOK_WORD || t->id || !(t->flags & TF_CAP)) {
        return false;
    }
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start, h = 0;
    while (h < n && p[h] != '-') {
        h++;
    }
    if (h == 0 || h + 1 >= n) {
        return false;
    }
    for (const char *const *q = hyphen_passive; *q; q++) {
        size_t ql = strlen(*q);
        if (n - h - 1 == ql && memcmp(p + h + 1, *q, ql) == 0) {
            return false;
        }
    }
    uint8_t key[64];
    ptrdiff_t kl = text_key(p, (ptrdiff_t)h, key, sizeof key);
    if (kl <= 0) {
        return false;
    }
    uint32_t id = intern_find(&c->k->words, (str){key, kl});
    uint32_t node = trie_child(&c->k->actors, 0, id);
    for (const actor_entry *x = node ? c->k->actors.payload[node] : NULL; x; x = x->next) {
        if (x->kind == AK_ADJ || x->kind == AK_COUNTRY) {
            memcpy(country, x->code, 3);
            country[3] = 0;
            return true;
        }
    }
    return false;
}

/* Is the unit at j a role noun of people of no state organ ("journalist",
 * "scholars", "activist"), not of joint forces ("Filipino-American
 * troops") or offices? */
static bool person_role_at(const truce_coder *c, size_t j, size_t e)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", NULL};
    unit u;
    const actor_entry *x;
    if (j >= e || !mentions_unit(c, j, e, &u) || (x = mentions_unit_kind(&u, AK_AGENT)) == NULL ||
        mentions_unit_kind(&u, AK_NAMED)) {
        return false;
    }
    for (const char *const *q = state; *q; q++) {
        if (!strncmp(x->code, *q, 3)) {
            return false;
        }
    }
    return true;
}

int names_descent_american(const truce_coder *c, size_t j, size_t e)
{
    const token *t = &c->t[j];
    if (t->kind != TOK_WORD || !(t->flags & TF_CAP)) {
        return 0;
    }
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start;
    char cc[4];
    if (n > 10 && !memcmp(p + n - 10, "-Americans", 10) && names_hyphen_country(c, j, cc)) {
        return 2;   /* "Cuban-Americans marched" */
    }
    if (n > 9 && !memcmp(p + n - 9, "-American", 9) && names_hyphen_country(c, j, cc)) {
        return person_role_at(c, j + 1, e) ? 1 : 0;   /* "a Bangladeshi-American blogger" */
    }
    if (tok_is_word(c, j, "american") && j > 0 && person_role_at(c, j + 1, e)) {
        return 1;   /* "an Iranian American journalist" (the caller saw the adjective) */
    }
    return 0;
}

const struct actor_entry *names_hyphen_led(const truce_coder *c, size_t j, uint8_t *kind)
{
    const token *t = &c->t[j];
    if (c->opt.literal || t->kind != TOK_WORD || t->id || !(t->flags & TF_CAP) || t->end - t->start < 6) {
        return NULL;
    }
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start;
    if (memcmp(p + n - 4, "-led", 4) != 0) {
        return NULL;   /* not "ISIS-linked", "Hamas-backed": ties, not the act */
    }
    uint8_t key[64];
    ptrdiff_t kl = text_key(p, (ptrdiff_t)(n - 4), key, sizeof key);
    uint32_t id = kl > 0 ? intern_find(&c->k->words, (str){key, kl}) : 0;
    uint32_t node = id ? trie_child(&c->k->actors, 0, id) : 0;
    for (const actor_entry *x = node ? c->k->actors.payload[node] : NULL; x; x = x->next) {
        if (x->kind == AK_NAMED && !x->person) {
            *kind = AK_NAMED;
            return x;
        }
    }
    return NULL;
}

bool names_hyphen_nation(const truce_coder *c, size_t j, size_t e, char country[4], uint8_t *kind, bool *plural)
{
    if (!names_hyphen_country(c, j, country)) {
        return false;
    }
    *kind = AK_ADJ;
    int us = c->opt.literal ? 0 : names_descent_american(c, j, e);
    if (us) {
        memcpy(country, "USA", 4);
        *kind = us == 2 ? AK_PEOPLE : AK_ADJ;
        *plural = us == 2;
    }
    return true;
}

/* "pro-Assad forces", "pro-Ouattara demonstrators": the supporters of a
 * country's leader are of his country (not of a country an adjective
 * names: "pro-Russian separatists" are Ukraine's). */
static bool hyphen_pro_leader(const truce_coder *c, size_t j, char country[4])
{
    const token *t = &c->t[j];
    const uint8_t *p = c->text + t->start;
    size_t n = t->end - t->start;
    if (c->opt.literal || t->kind != TOK_WORD || n < 6 || (p[0] != 'p' && p[0] != 'P') || p[1] != 'r' ||
        p[2] != 'o' || p[3] != '-' || p[4] < 'A' || p[4] > 'Z') {
        return false;
    }
    uint8_t key[64];
    ptrdiff_t kl = text_key(p + 4, (ptrdiff_t)(n - 4), key, sizeof key);
    uint32_t id = kl > 0 ? intern_find(&c->k->words, (str){key, kl}) : 0;
    uint32_t node = id ? trie_child(&c->k->actors, 0, id) : 0;
    for (const actor_entry *x = node ? c->k->actors.payload[node] : NULL; x; x = x->next) {
        char code[16];
        if (x->kind == AK_NAMED && x->person && mentions_resolve_named(x, c->ctx.sent_day, code) &&
            actor_is_country(code)) {
            memcpy(country, code, 3);
            country[3] = 0;
            return true;
        }
    }
    return false;
}

bool names_hyphen_actor(const truce_coder *c, size_t j, size_t e, char country[4], uint8_t *kind, bool *plural,
                        const struct actor_entry **named)
{
    if (names_hyphen_nation(c, j, e, country, kind, plural)) {
        return true;
    }
    if (hyphen_pro_leader(c, j, country)) {
        *kind = AK_ADJ;
        return true;
    }
    *named = names_hyphen_led(c, j, kind);
    return *named != NULL;
}

/* "South China Sea claims", "in the Taiwan Strait", "the Persian Gulf": a
 * country's name in a sea's is a place, no actor (test_match.c). */
void names_waters(const truce_coder *c, mvec *mv, size_t e)
{
    static const char *const words[] = {"sea", "seas", "strait", "straits", "gulf", "ocean", "channel", NULL};
    if (c->opt.literal) {
        return;
    }
    size_t n = 0;
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        bool water = false;
        for (const char *const *w = words; !m->pronoun && m->tok_end < e && *w && !water; w++) {
            water = tok_is_word(c, m->tok_end, *w) &&
                    ((c->t[m->tok_end].flags & TF_CAP) || tok_is_word(c, m->tok_end, "seas")) &&
                    (m->kind == AK_COUNTRY || m->kind == AK_ADJ || m->kind == AK_PEOPLE) && !m->sector[0] &&
                    strlen(m->code) == 3;
        }
        if (!water) {
            mv->v[n++] = *m;
        }
    }
    mv->n = n;
}

/* "U.S.-backed forces", "U.N.-brokered truce": a name the lexer split
 * from its "-backed" is no actor, as "Russian-backed" is none
 * (names_hyphen_country); its mentions leave mv. */
void names_backed(const truce_coder *c, mvec *mv, size_t e)
{
    if (c->opt.literal) {
        return;
    }
    size_t n = 0;
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        size_t h = m->tok_end;
        bool backed = false;
        if (!m->pronoun && h + 1 < e && tok_punct(c, h, '-') && c->t[h].start == c->t[h - 1].end &&
            c->t[h + 1].start == c->t[h].end) {
            for (const char *const *q = hyphen_passive; *q && !backed; q++) {
                backed = tok_is_word(c, h + 1, *q) && strcmp(*q, "born") != 0;   /* "U.S.-born": American */
            }
        }
        if (!backed) {
            mv->v[n++] = *m;
        }
    }
    mv->n = n;
}

/* Are the letters of token i all capitals, three or more ("BAGHDAD",
 * "CITY"; not "U.S." nor "UN")? */
static bool shouted(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    size_t n = 0;
    if (t->kind != TOK_WORD) {
        return false;
    }
    for (size_t q = t->start; q < t->end; q++) {
        uint8_t ch = c->text[q];
        if (ch >= 'a' && ch <= 'z') {
            return false;
        }
        n += ch >= 'A' && ch <= 'Z';
    }
    return n >= 3;
}

/* Is token i a dash: "-", "--", an en or em dash? */
static bool dash_tok(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    size_t n = t->end - t->start;
    const uint8_t *p = c->text + t->start;
    return t->kind == TOK_PUNCT && ((n == 1 && p[0] == '-') || (n == 2 && p[0] == '-' && p[1] == '-') ||
                                    (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94)));
}

void names_datelines(const truce_coder *c, mvec *mv, size_t e)
{
    if (c->opt.literal) {
        return;
    }
    size_t n = 0;
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        bool all = !m->pronoun && (m->kind == AK_CAPITAL || m->kind == AK_COUNTRY);
        for (size_t q = m->tok_start; all && q < m->tok_end; q++) {
            all = shouted(c, q);
        }
        size_t q = m->tok_end;
        if (all && q + 1 < e && tok_punct(c, q, ',')) {
            q++;   /* "BEIRUT, Lebanon --" */
            while (q < e && q < m->tok_end + 5 && c->t[q].kind == TOK_WORD && (c->t[q].flags & TF_CAP)) {
                q++;
            }
        }
        if (all && q < e && tok_punct(c, q, '(')) {
            while (q < e && q < m->tok_end + 8 && !tok_punct(c, q, ')')) {
                q++;   /* "CAIRO (AP) --" */
            }
            q++;
        }
        if (!(all && q < e && dash_tok(c, q))) {
            mv->v[n++] = *m;
        }
    }
    mv->n = n;
}

/* Is token i a lower-case word that may modify a noun after it, mostly a
 * noun or an adjective in the lexicon ("foreign", "policy", "security"):
 * no verb, preposition, determiner, conjunction or boundary? */
static bool plain_noun(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    uint8_t lex = roles_tok_lex(c, i), most = lex & LEX_MOSTLY;
    return t->kind == TOK_WORD && !(t->flags & TF_CAP) && !t->isverb && !t->vlemma && !is_prep(c, t->id) &&
           !(lex & LEX_FUNCTION) && (most == LEX_MOSTLY_NOUN || most == LEX_MOSTLY_ADJ) &&
           !tok_has(c, i, WC_DETERMINER | WC_BOUNDARY | WC_CLAUSE_END | WC_PRONOUN | WC_DATE_WORD) &&
           !tok_is(c, i, c->k->w.and_) && !tok_is(c, i, c->k->w.or_) && !tok_is(c, i, c->k->w.s);
}

/* The role noun up to three such words after token j, before e: its
 * token, or 0 ("foreign policy adviser"). */
size_t names_role_past_nouns(const truce_coder *c, size_t j, size_t e)
{
    for (size_t jj = j; jj < e && jj < j + 3 && plain_noun(c, jj); jj++) {
        unit u3;
        if (jj + 1 < e && mentions_unit(c, jj + 1, e, &u3) && mentions_unit_kind(&u3, AK_AGENT) &&
            !mentions_unit_kind(&u3, AK_NAMED)) {
            return jj + 1;
        }
    }
    return 0;
}


size_t names_adjective_org(const truce_coder *c, size_t j, size_t e, const unit *u, const char *country, char sector[8])
{
    const actor_entry *x = mentions_unit_kind(u, AK_NAMED);
    size_t oh, oe;
    if (!x || x->person || !x->n_spells || !actor_is_country(x->spells[0].code) ||
        !strncmp(x->spells[0].code, country, 3) || (oe = names_org(c, j, e, &oh)) == 0 || oe < u->end) {
        return 0;
    }
    snprintf(sector, 8, "%s", names_org_code(oh));
    return oe;
}
