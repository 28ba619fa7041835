/* people.c — the people a story names, and who "he" and "she" are.
 *
 * The dictionaries know heads of state and ministers; news quotes many more
 * people: spokesmen, lawyers, analysts, officials named once with their
 * title. After mentions.c has found a sentence's actors, and before they
 * are grouped into compounds, this module:
 *
 *   1. makes a person of a name the dictionaries lack when the text says it
 *      is one: a title before it ("Treasury Secretary Jane Roe", "Mr.
 *      Roe"), a verb of saying beside it ("Roe says", "said Jane Roe",
 *      "according to Jane Roe"), or an apposition ("Jane Roe, an analyst at
 *      a think tank in Germany"; "the family's lawyer, Jane Roe,"). The
 *      title or the apposition gives the person a role and a country (a
 *      commentator's sector alone, data/agents.tsv); else the person is one
 *      no knowledge codes (mention.unknown): no event is coded with it as
 *      an actor, and roles.c does not pass over it to an actor named before;
 *   2. keeps a given name from being read as part of another person's
 *      surname entry: "Richard Roe" is not the "Roe" the dictionaries know
 *      when they have no "Richard Roe";
 *   3. remembers each person by name, so that a surname later in the story
 *      ("Roe said") is that person, whoever else of the name the
 *      dictionaries know;
 *   4. resolves "he" and "she": to a subject person named before the
 *      pronoun in its sentence ("Roe said he would ..."), else to the story's
 *      salient person: the last one quoted (beside a verb of saying) or,
 *      failing that, the first subject person of the last sentence that had
 *      one.
 *
 * Only for truce's own knowledge: literal (dictionary) coding reads names
 * as its dictionaries do. Tests: tests/unit/test_match.c ("people").
 */
#include "coder.h"

#include <stdio.h>

/* A token's folded text, hashed: names no dictionary has have no word id. */
static uint32_t tok_hash(const truce_coder *c, size_t i)
{
    uint8_t key[64];
    ptrdiff_t n = text_key(c->text + c->t[i].start, (ptrdiff_t)(c->t[i].end - c->t[i].start), key, sizeof key);
    uint32_t h = 2166136261u;
    for (ptrdiff_t k = 0; k < n; k++) {
        h = (h ^ key[k]) * 16777619u;
    }
    return h ? h : 1;
}

/* Does token i's text start with "al-" or "el-" and a capital ("al-Sharaa")? */
static bool al_name(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    const uint8_t *p = c->text + t->start;
    return t->kind == TOK_WORD && t->end - t->start > 4 && (p[0] == 'a' || p[0] == 'e') && p[1] == 'l' &&
           p[2] == '-' && p[3] >= 'A' && p[3] <= 'Z';
}

/* Could token i be a word of a person's name: a capitalised word that is
 * not a function word, a date, an acronym or an inflected verb form? */
static bool name_word(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    if (al_name(c, i)) {
        return true;
    }
    if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_UPPER)) {
        return false;
    }
    uint32_t allowed = WC_MODIFIER | WC_TAB_NOUN | WC_TAB_ADJ | WC_ETHNIC;
    return !(t->wclass & ~allowed) && t->vform != VF_ED && t->vform != VF_ING;
}

/* A lower-case particle inside a name ("bin", "van der", "dos"). */
static bool particle(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"al", "bin", "ibn", "de", "da", "van", "von", "der", "del", "la", "le",
                                        "dos", "das", "el", "abu", "ben", "di", "du", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w) && !(c->t[i].flags & TF_CAP)) {
            return true;
        }
    }
    return false;
}

/* A particle in either case ("El Bashir", "Al Thani"). */
static bool particle_any(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"al", "el", "bin", "ibn", "abu", "ben", "de", "van", "von", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* "Mr.", "Mrs.", "Ms.", "Dr." before a name. */
static bool honorific(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", NULL};
    for (const char *const *w = words; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* One past a name that starts at token i (up to four words, particles
 * between them), i if none; no word of it in a mention. */
static size_t name_end(const truce_coder *c, const mvec *mv, size_t i, size_t e)
{
    if (i >= e || !name_word(c, i) || mv_inside(mv, i) || (i > 0 && tok_is(c, i - 1, c->k->w.the))) {
        return i;   /* "the Baghdad International Airport": no person's */
    }
    size_t j = i + 1, words = 1;
    while (j < e && words < 4) {
        if (name_word(c, j) && !mv_inside(mv, j)) {
            j++;
        } else if (j + 1 < e && particle(c, j) && name_word(c, j + 1) && !mv_inside(mv, j + 1)) {
            j += 2;
        } else {
            break;
        }
        words++;
    }
    if (tok_has(c, j - 1, WC_FACILITY | WC_PLACE_NOUN) || tok_is_word(c, j - 1, "sea") ||
        tok_is_word(c, j - 1, "strait") || tok_is_word(c, j - 1, "gulf") || tok_is_word(c, j - 1, "ocean")) {
        return i;   /* "Manila Bay", "Kiseljak Airport", "South China Sea": a place */
    }
    return j;
}

/* Is token i a verb of saying used as a verb ("said", "says", "told")? */
static bool speech_verb(const truce_coder *c, size_t i)
{
    uint32_t l = c->t[i].vlemma;
    return l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH) && c->t[i].vform != VF_NONE &&
           !(c->t[i].flags & TF_CAP);
}

/* Does m end in a word for a body, not a person ("the court", "the
 * ministry")? */
static bool body_word(const truce_coder *c, const mention *m)
{
    static const char *const bodies[] = {"government", "court", "ministry", "parliament", "assembly", "council",
        "cabinet", "administration", "authority", "presidency", "regime", "junta", "party", "coalition",
        "commission", "committee", "agency", "office", "department", "bureau", "judiciary", "prosecution",
        "legislature", "senate", "congress", "house", "chamber", "embassy", "consulate", "mission",
        "delegation", "leadership", "tribunal", "palace", "state", "media", "police", "army", "military",
        "group", "force", "forces", "service", "association", "union", "company", "network", NULL};
    for (const char *const *w = bodies; *w; w++) {
        if (tok_is_word(c, m->tok_end - 1, *w)) {
            return true;
        }
    }
    return false;
}

/* Is m a title for one person ("the minister", "Treasury Secretary",
 * "Dodik's lawyer", "Cambodian journalist"), with no name of its own? */
static bool person_title(const truce_coder *c, const mention *m)
{
    if (!m || m->pronoun || m->plural || m->unknown || m->kind == AK_PRONOUN || m->kind == AK_CAPITAL ||
        body_word(c, m) || !(m->sector[0] || strlen(m->code) > 3)) {
        return false;
    }
    if (m->kind != AK_NAMED) {
        return true;
    }
    /* "a spokesman for the Taliban": a body's title for one person */
    for (size_t q = m->tok_start; !m->person && q < m->tok_end; q++) {
        unit u;
        const actor_entry *a;
        if (c->t[q].actor && mentions_unit(c, q, m->tok_end, &u) && (a = mentions_unit_kind(&u, AK_AGENT)) &&
            !a->plural) {
            return true;
        }
    }
    return false;
}

/* The mention ending at token end (one past), or NULL. */
static mention *ending_at(mvec *mv, size_t end)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (mv->v[x].tok_end == end && !mv->v[x].pronoun) {
            return &mv->v[x];
        }
    }
    return NULL;
}

/* The person the story knows by the name [b, e): its surname (and given
 * name, when both are written); NULL if none. */
static const ctx_person *known_person(const truce_coder *c, size_t b, size_t e)
{
    const story_ctx *x = &c->ctx;
    uint32_t last = tok_hash(c, e - 1), first = e - b > 1 ? tok_hash(c, b) : 0;
    for (size_t k = x->n_people; k-- > 0;) {
        const ctx_person *p = &x->people[k];
        if (p->last == last && (!first || p->first == first || p->first == p->last)) {
            return p;
        }
    }
    return NULL;
}

/* Remember the person named [b, e) as mention m says. */
static void remember(truce_coder *c, const mention *m, size_t b, size_t e)
{
    story_ctx *x = &c->ctx;
    uint32_t last = tok_hash(c, e - 1), first = tok_hash(c, b);
    size_t k = 0;
    while (k < x->n_people && !(x->people[k].last == last && x->people[k].first == first)) {
        k++;
    }
    if (k == x->n_people) {
        if (k == sizeof x->people / sizeof x->people[0]) {
            memmove(x->people, x->people + 1, (k - 1) * sizeof *x->people);   /* the oldest goes */
            k--;
        } else {
            x->n_people++;
        }
    }
    ctx_person *p = &x->people[k];
    memset(p, 0, sizeof *p);
    p->last = last;
    p->first = first;
    memcpy(p->code, m->code, sizeof p->code);
    memcpy(p->sector, m->sector, sizeof p->sector);
    p->commentator = m->commentator;
    p->named = m->named;
    p->day = c->ctx.sent_day;
}

/* A person the dictionaries know, named in full ("Lai Ching-te", "Naftali
 * Bennett"): the story may go on by surname alone ("Dr. Lai", "President
 * Lai", "Bennett"), which the dictionaries need not have. */
static void remember_named(truce_coder *c, const mention *m)
{
    size_t b = m->tok_start, e = m->tok_end;
    if (m->kind != AK_NAMED || !m->person || m->pronoun || m->unknown || m->plural || !m->code[0] || e - b < 2) {
        return;
    }
    remember(c, m, e - 2, e);   /* given name and surname */
    if (e - b >= 3 && name_word(c, e - 3) && name_word(c, e - 2) && name_word(c, e - 1) &&
        c->t[e - 3].end - c->t[e - 3].start > 1 && c->t[e - 2].end - c->t[e - 2].start > 1 &&
        !memchr(c->text + c->t[e - 2].start, '.', c->t[e - 2].end - c->t[e - 2].start) &&
        (e - 3 == b || !name_word(c, e - 4))) {
        /* "Kim Jong Un", "Lee Jae Myung": a family name first, by which
         * the story goes on ("Trump met Kim") (test_roles.c, "family
         * name") */
        remember(c, m, e - 3, e - 2);
    }
    /* a hyphenated given name follows the surname: "Lai Ching-te", "Kim
     * Jong-un" */
    const token *g = &c->t[e - 1];
    if (g->kind == TOK_WORD && memchr(c->text + g->start, '-', g->end - g->start) && name_word(c, e - 2)) {
        remember(c, m, e - 2, e - 1);
    }
}

/* The person's code, role and kind into mention m. */
static void as_person(mention *m, const ctx_person *p)
{
    memcpy(m->code, p->code, sizeof m->code);
    memcpy(m->sector, p->sector, sizeof m->sector);
    m->commentator = p->commentator;
    m->named = p->named;
    m->unknown = !p->code[0] && !p->sector[0];
    m->needs_coref = !p->code[0] && p->sector[0];
    m->country[0] = 0;
    if (m->code[0] && actor_is_country(m->code)) {
        memcpy(m->country, m->code, 3);
        m->country[3] = 0;
    }
    m->person = true;
    m->plural = false;
    m->kind = AK_NAMED;
}

/* What an apposition after a name says it is ("Jane Roe, an analyst at a
 * think tank in Germany": DEUEDU; "Jane Roe, a member of parliament": LEG,
 * of the story's country), from the mentions in [b, e); false if it
 * names no role. */
static bool apposition(const truce_coder *c, const mvec *mv, size_t b, size_t e, ctx_person *out)
{
    memset(out, 0, sizeof *out);
    const mention *role = NULL;
    size_t x = 0;
    while (x < mv->n && mv->v[x].tok_start < b) {
        x++;
    }
    /* the role: the first mention, near the comma ("an emeritus professor",
     * "a spokesperson for UNHCR"), a role or a body, not a country alone
     * ("X, a director of the U.S.-Japan initiative") nor another person
     * ("X, Y's son") */
    if (x < mv->n && mv->v[x].tok_start < e && mv->v[x].tok_start <= b + 5 && !mv->v[x].pronoun &&
        !mv->v[x].unknown && !mv->v[x].corefd && !(mv->v[x].person && mv->v[x].kind == AK_NAMED) &&
        mv->v[x].kind != AK_CAPITAL && mv->v[x].kind != AK_COUNTRY &&
        (mv->v[x].sector[0] || strlen(mv->v[x].code) > 3) && !tok_is(c, mv->v[x].tok_end, c->k->w.s)) {
        role = &mv->v[x];   /* not a possessor: "the women's rights director" */
    }
    if (!role) {
        return false;
    }
    /* "president of Acme Company", "a spokesperson for the agency": a
     * title of no country of its own belongs to the body after it */
    if (!role->code[0] && !role->commentator && x + 1 < mv->n && mv->v[x + 1].tok_start < e &&
        (tok_is(c, role->tok_end, c->k->w.of) || tok_is(c, role->tok_end, c->k->w.at) ||
         tok_is(c, role->tok_end, c->k->w.for_)) &&
        mv->v[x + 1].tok_start <= role->tok_end + 2 && !mv->v[x + 1].pronoun && !mv->v[x + 1].unknown &&
        (mv->v[x + 1].code[0] || mv->v[x + 1].sector[0]) && !mv->v[x + 1].person &&
        !(tok_is(c, role->tok_end, c->k->w.for_) && strlen(mv->v[x + 1].code) == 3)) {
        /* ... but "the special representative for North Korea" is a
         * portfolio: the country is the one dealt with, not the
         * employer (test_roles.c, "portfolio") */
        x++;
        role = &mv->v[x];
    }
    out->commentator = role->commentator;
    if (role->code[0] && !role->commentator) {
        memcpy(out->code, role->code, sizeof out->code);
        return true;
    }
    memcpy(out->sector, role->sector, sizeof out->sector);
    /* its country: one named after it in the apposition ("a lawmaker in
     * Kenya's National Assembly", "a professor ... in Australia") */
    for (size_t y = x + 1; y < mv->n && mv->v[y].tok_start < e; y++) {
        const mention *m = &mv->v[y];
        if (m->country[0] && !m->pronoun && m->tok_start > 0 &&
            !(m->tok_start == role->tok_end + 1 && tok_is(c, role->tok_end, c->k->w.for_)) &&
            (tok_has(c, m->tok_start - 1, WC_LOCATIVE) || tok_is(c, m->tok_start - 1, c->k->w.from))) {
            snprintf(out->code, sizeof out->code, "%.3s%s", m->country, role->sector);
            out->sector[0] = 0;
            return true;
        }
    }
    if (out->commentator) {
        memcpy(out->code, role->sector, sizeof out->sector);   /* "EDU" */
        out->sector[0] = 0;
    }
    return true;
}

/* Where an apposition that starts at token b ends: the next comma, the end
 * of its clause or a verb of saying, at most 16 tokens on. */
static size_t apposition_end(const truce_coder *c, size_t b, size_t se)
{
    size_t q = b;
    while (q < se && q < b + 16 && !tok_punct(c, q, ',') && !clause_stop(c, q) && !speech_verb(c, q) &&
           !tok_has(c, q, WC_BOUNDARY)) {
        q++;
    }
    return q;
}

/* "Richard Roe" where the dictionaries know a "Roe" but no "Richard Roe":
 * not their Roe. The one-word person mention at index x becomes the name. */
static void given_name(truce_coder *c, mvec *mv, size_t sb, size_t x)
{
    mention *m = &mv->v[x];
    size_t b = m->tok_start;
    if (m->kind != AK_NAMED || !m->person || m->pronoun || m->unknown || m->tok_end != b + 1 || b <= sb ||
        !name_word(c, b - 1) || mv_inside(mv, b - 1) || honorific(c, b - 1) || particle_any(c, b - 1)) {
        return;
    }
    const trie *tr = &c->k->actors;
    uint32_t node = c->t[b - 1].actor ? trie_child(tr, c->t[b - 1].actor, c->t[b].id) : 0;
    if (node && tr->payload[node]) {
        return;   /* "Naftali Bennett": the dictionaries' own */
    }
    /* "General Qamar Bajwa" in a story that names Pakistan: the
     * dictionaries' Bajwa, whatever his given name is spelt; a Bennett in a
     * story that never names Israel is someone else */
    for (size_t k = 0; m->country[0] && k < c->ctx.n_counts; k++) {
        if (!memcmp(c->ctx.counts[k].cc, m->country, 3)) {
            return;
        }
    }
    const ctx_person *p = known_person(c, b - 1, b + 1);
    m->tok_start = (uint32_t)(b - 1);
    m->prev_id = b - 1 > sb ? c->t[b - 2].id : 0;
    ctx_person none = {0};
    as_person(m, p ? p : &none);
    if (!p) {
        remember(c, m, b - 1, b + 1);
    }
}

/* A person's code from a title or apposition: a role of no country yet
 * ("GOV") takes the story's (context.c; not a place the sentence names:
 * "a Pakistani general on bases in Afghanistan"); commentators keep none. */
static void person_country(const truce_coder *c, ctx_person *p)
{
    const char *cc = context_story_country(c);
    /* a country the story names once may be only the other party's: "Jane
     * Roe called for sanctions against Nigeria" (the rest at emit time) */
    if (!p->code[0] && p->sector[0] && !p->commentator && cc && !context_named_once(c, cc)) {
        snprintf(p->code, sizeof p->code, "%.3s%s", cc, p->sector);
        p->sector[0] = 0;
    }
}

/* What a mention says of a person: its code, else its role. */
static void from_title(const mention *m, ctx_person *p)
{
    memset(p, 0, sizeof *p);
    if (!m->corefd) {
        memcpy(p->code, m->code, sizeof p->code);
    }
    if (!p->code[0]) {
        memcpy(p->sector, m->sector, sizeof p->sector);
    }
    p->commentator = m->commentator;
}

/* Is token e the start of a finite verb ("Jane Roe founded ...")? */
static bool finite_verb(const truce_coder *c, size_t e, size_t se)
{
    while (e < se && tok_adverb(c, e)) {
        e++;
    }
    return e < se && c->t[e].isverb && (c->t[e].vform == VF_S || c->t[e].vform == VF_ED) &&
           !(c->t[e].flags & TF_CAP);
}

/* "the family's lawyer, Jane Roe, said", "Somalia's ambassador to Kenya,
 * Jane Roe, accuses": the title before the comma before the name at b
 * (the one nearest the comma that is no possessor), or NULL. */
static const mention *title_before(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t b, size_t e)
{
    if (b < sb + 2 || !tok_punct(c, b - 1, ',') ||
        !(e >= se || tok_punct(c, e, ',') || speech_verb(c, e) || finite_verb(c, e, se))) {
        return NULL;
    }
    size_t from = b - 1;
    while (from > sb && !tok_punct(c, from - 1, ',') && !clause_stop(c, from - 1)) {
        from--;
    }
    const mention *best = NULL, *owner = NULL;
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start >= from && m->tok_end < b && person_title(c, m) && !tok_is(c, m->tok_end, c->k->w.s)) {
            best = m;
        }
        /* "The EU's chief Brexit negotiator, Michel Barnier,": a body's
         * person, though the title is no role we know */
        if (!owner && m->tok_start >= from && m->tok_end < b && tok_is(c, m->tok_end, c->k->w.s) &&
            m->code[0] && !m->person && !m->pronoun && !m->unknown) {
            owner = m;
        }
    }
    return best ? best : owner;
}

/* A country the person named [b, e) speaks for: an official of no country
 * of his own (a "GOV" title) whose words open with a country as their
 * subject, as diplomats speak of theirs ("Deputy Ambassador Geng Shuang
 * said China opposes ...", "“China calls on ...,” Deputy Ambassador Geng
 * Shuang said"): its code into cc; false if none. */
static bool spoken_country(const truce_coder *c, const mvec *mv, size_t sb, size_t se, size_t e, char cc[4])
{
    if (e >= se || !speech_verb(c, e)) {
        return false;
    }
    size_t q = e + 1;   /* "... said China opposes" */
    if (q < se && tok_is(c, q, c->k->w.that)) {
        q++;
    }
    const mention *m = mv_at(mv, q, false);
    if (!m && (c->t[sb].flags & TF_QUOTE_OPEN)) {
        m = mv_at(mv, sb + 1, false);   /* "“China calls on ...,” X said" */
    }
    /* a stance in the present, as one states one's own ("opposes",
     * "firmly supports"), not a report of another's acts ("Russia
     * violated", "Russia rejects") */
    static const char *const stance[] = {"calls", "opposes", "supports", "urges", "welcomes", "believes", "hopes",
        "stands", "remains", "insists", "appreciates", "respects", "values", "attaches", "maintains", "advocates",
        "firmly", "always", "resolutely", "strongly", NULL};
    if (!m || m->pronoun || m->kind != AK_COUNTRY || strlen(m->code) != 3 || !actor_is_country(m->code) ||
        m->tok_end >= se || !tok_is_one_of(c, m->tok_end, stance)) {
        return false;
    }
    memcpy(cc, m->code, 4);
    return true;
}

/* The name [b, e) as a person (steps 1 and 3 above); returns where to go
 * on, or b + 1 if it is none. */
static void on_day(const truce_coder *c, mention *m, const ctx_person *p);

static size_t person_at(truce_coder *c, mvec *mv, size_t sb, size_t se, truce_day day, size_t b, size_t e)
{
    const ctx_person *known = known_person(c, b, e);
    char body[16];
    bool appointed = e - b >= 2 && mentions_appointed(c, mv, sb, b, day, body);
    for (size_t x = 0; x < mv->n; x++) {
        mention *m = &mv->v[x];
        if (m->tok_start == e && m->kind == AK_NAMED && m->person && !m->pronoun && !m->unknown && e - b <= 2) {
            /* "President Omar El Bashir": given names before a surname the
             * dictionaries know are that person's */
            m->tok_start = (uint32_t)b;
            m->prev_id = b > sb ? c->t[b - 1].id : 0;
            return e;
        }
    }
    if (b > sb && !title_before(c, mv, sb, se, b, e) &&
        (tok_has(c, b - 1, WC_LOCATIVE) || tok_is(c, b - 1, c->k->w.from) || tok_is(c, b - 1, c->k->w.to) ||
         tok_has(c, b - 1, WC_PLACE_NOUN) || tok_is(c, b - 1, c->k->w.of))) {
        return b + 1;   /* "in Pattani, said ...", "the town of Yala": a place */
    }
    ctx_person ap;
    /* "Jane Roe, an analyst at ...": an apposition is a noun phrase ("Jane
     * Roe, accuses ..." is none) */
    bool appos = e - b >= 2 && e + 1 < se && tok_punct(c, e, ',') && c->t[e + 1].vform != VF_S &&
                 c->t[e + 1].vform != VF_ED && apposition(c, mv, e + 1, apposition_end(c, e + 1, se), &ap);
    const mention *before = title_before(c, mv, sb, se, b, e);
    /* the title: right before the name, or before "for Interior" ("the
     * Minister for Interior Jane Roe") */
    mention *title = b > sb ? ending_at(mv, b) : NULL;
    for (size_t q = b - 1; !title && e - b >= 2 && q > sb + 1 && q + 4 > b && cap_word(c, q); q--) {
        if (tok_is(c, q - 1, c->k->w.of) || tok_is(c, q - 1, c->k->w.for_)) {
            title = ending_at(mv, q - 1);   /* "Minister for Interior" + name */
            break;
        }
    }
    mention *org = title && title->kind == AK_NAMED && !title->person && title->code[0] ? title : NULL;
    if (org && !known) {
        /* "Arab League Secretary General Jane Roe": the body's person */
        ctx_person p = {0};
        memcpy(p.code, org->code, sizeof p.code);
        size_t at = mv_index(mv, org) + 1;
        mention *m = mv_insert(c, mv, at);
        if (!m) {
            return e;
        }
        m->tok_start = (uint32_t)b;
        m->tok_end = (uint32_t)e;
        m->prev_id = c->t[b - 1].id;
        as_person(m, &p);
        remember(c, m, b, e);
        return e;
    }
    if (title && person_title(c, title) && (!known || (known->code[0] && !title->code[0]))) {
        /* "Treasury Secretary Jane Roe": the title's person, a new one, not
         * the one "the secretary" stood for before; an apposition may say
         * more ("The court's president, Judge Jane Roe,") */
        ctx_person p;
        from_title(title, &p);
        if (known) {
            p = *known;   /* "President Lai" after "Lai Ching-te" */
        } else if (!p.code[0] && appos && ap.code[0]) {
            p = ap;
        } else if (!p.code[0] && before && before->code[0] && !before->corefd) {
            from_title(before, &p);
        }
        char spk[4];
        if (!p.code[0] && !strcmp(p.sector, "GOV") && spoken_country(c, mv, sb, se, e, spk)) {
            snprintf(p.code, sizeof p.code, "%.3s%s", spk, p.sector);   /* a diplomat's own country */
            p.sector[0] = 0;
        }
        person_country(c, &p);
        title->tok_end = (uint32_t)e;
        as_person(title, &p);
        if (!known) {
            remember(c, title, b, e);
        }
        return e;
    }
    bool mr = b > sb && honorific(c, b - 1);
    /* beside a verb of saying, a one-word name is no word the lexicon
     * knows as a common one ("Mudane says"; not "As reported", "Mission
     * said") */
    bool proper = e - b >= 2;   /* "said John Doe": two names are a name */
    for (size_t q = b; q < e && !proper; q++) {
        uint8_t key[64];
        ptrdiff_t kl = text_key(c->text + c->t[q].start, (ptrdiff_t)(c->t[q].end - c->t[q].start), key, sizeof key);
        uint8_t lex = kl > 0 ? kb_lex(c->k, key, kl) : 0;
        proper = !lex || !(lex & (LEX_NOUN | LEX_VERB | LEX_ADJ | LEX_ADV | LEX_FUNCTION));
    }
    bool say_after = proper && e < se &&
                     (speech_verb(c, e) || (tok_punct(c, e, ',') && e + 1 < se && speech_verb(c, e + 1)));
    bool say_before = proper && b > sb && speech_verb(c, b - 1);
    bool according = b > sb + 1 && tok_is(c, b - 1, c->k->w.to) && tok_is(c, b - 2, c->k->w.according);
    /* "Jane Roe founded a company", "Jane Roe's agency focuses on ...": two
     * names opening a clause, and a verb or a possessive */
    bool opens = b == sb || tok_punct(c, b - 1, ',') || is_quote_tok(c, b - 1) || tok_has(c, b - 1, WC_BOUNDARY);
    bool subject = e - b >= 2 && opens && (finite_verb(c, e, se) || (b == sb && tok_is(c, e, c->k->w.s)));
    if (!known && !mr && !say_after && !say_before && !according && !appos && !before && !subject && !appointed) {
        return b + 1;
    }
    size_t at = 0;
    while (at < mv->n && mv->v[at].tok_start < b) {
        at++;
    }
    mention *m = mv_insert(c, mv, at);
    if (!m) {
        return e;
    }
    m->tok_start = (uint32_t)b;
    m->tok_end = (uint32_t)e;
    m->prev_id = b > sb ? c->t[b - 1].id : 0;
    ctx_person p = {0};
    if (appointed) {
        memcpy(p.code, body, sizeof p.code);   /* "UN-appointed special rapporteur Jane Roe" */
    } else if (appos) {
        p = ap;
    } else if (before) {
        from_title(before, &p);
    } else if (known) {
        p = *known;
    }
    if (appos || before) {
        person_country(c, &p);
    }
    as_person(m, &p);
    if (known && !appointed && !appos && !before) {
        on_day(c, m, known);
    }
    if (appointed || appos || before || !known) {
        remember(c, m, b, e);
    }
    return e;
}

/* m, named as the person p the story named before: his code on this
 * sentence's day where it is another ("Prime Minister Ishiba" in an
 * October story; "Ishiba visited Taiwan in August", before he took office,
 * is no government's) (test_roles.c, "office on the day"). */
static void on_day(const truce_coder *c, mention *m, const ctx_person *p)
{
    char code[16];
    truce_day d = c->ctx.sent_day;
    if (!p->named || d == TRUCE_NODAY || d == p->day || !mentions_resolve_named(p->named, d, code) ||
        !strcmp(code, m->code)) {
        return;
    }
    memcpy(m->code, code, sizeof m->code);
    m->country[0] = 0;
    if (actor_is_country(m->code)) {
        memcpy(m->country, m->code, 3);
        m->country[3] = 0;
    }
}

/* A surname the story has given a person ("Roe") that the dictionaries
 * also know as another's: the story's. */
static void surname(truce_coder *c, mention *m)
{
    if (m->kind != AK_NAMED || !m->person || m->pronoun || m->tok_end != m->tok_start + 1) {
        return;
    }
    const ctx_person *p = known_person(c, m->tok_start, m->tok_end);
    if (p) {
        as_person(m, p);
        on_day(c, m, p);
    }
}

/* Can m be what "he" or "she" stands for: a person named (by the
 * dictionaries or here), or a title for one, not a body ("the court
 * said", "the ministry")? */
static bool a_person(const truce_coder *c, const mention *m)
{
    if (m->plural || m->pronoun || m->first_person) {
        return false;
    }
    return (m->kind == AK_NAMED && m->person) || person_title(c, m);
}

/* Is m in a subject's place: not after a preposition, not a possessor
 * ("Roe's lawyer")? */
static bool subject_place(const truce_coder *c, const mention *m)
{
    return !is_prep(c, m->prev_id) && !tok_is(c, m->tok_end, c->k->w.s);
}

/* A person mention as the salient person. */
static void make_salient(truce_coder *c, const mention *m)
{
    ctx_person *s = &c->ctx.salient;
    memset(s, 0, sizeof *s);
    memcpy(s->code, m->code, sizeof s->code);
    if (!m->code[0]) {
        memcpy(s->sector, m->sector, sizeof s->sector);
    }
    s->commentator = m->commentator;
    c->ctx.has_salient = true;
}

/* Is a inside a quotation that closes before the pronoun at p ("“It is
 * in the interest of Trump ...,” he added": not Trump)? Not a speaker
 * before the quotation ("Roe said “we will win,” and he added"). */
static bool quoted_before(const truce_coder *c, const mention *a, size_t p)
{
    for (size_t q = a->tok_end; q < p; q++) {
        if (c->t[q].flags & TF_QUOTE_OPEN) {
            return false;
        }
        if (c->t[q].flags & TF_QUOTE_CLOSE) {
            return true;
        }
    }
    return false;
}

/* "he", "she": a subject person before it in the sentence, not one the
 * quotation before it names, else the salient person (step 4). */
static void pronouns(truce_coder *c, mvec *mv)
{
    for (size_t x = 0; x < mv->n; x++) {
        mention *m = &mv->v[x];
        if (!m->pronoun || m->first_person || m->plural) {
            continue;
        }
        const mention *ante = NULL;
        for (size_t y = 0; y < x && !ante; y++) {
            const mention *a = &mv->v[y];
            if (a->kind == AK_NAMED && a_person(c, a) && subject_place(c, a) && !quoted_before(c, a, m->tok_start)) {
                ante = a;
            }
        }
        ctx_person p = {0};
        if (ante) {
            memcpy(p.code, ante->code, sizeof p.code);
            if (!ante->code[0]) {
                memcpy(p.sector, ante->sector, sizeof p.sector);
            }
            p.commentator = ante->commentator;
        } else if (c->ctx.has_salient) {
            p = c->ctx.salient;
        } else {
            continue;   /* nothing before it: as mentions.c said */
        }
        uint8_t kind = m->kind;
        as_person(m, &p);
        m->kind = kind;
        m->pronoun = true;
        m->unknown = !m->code[0] && !m->sector[0];
    }
}

/* The sentence's salient person: one beside a verb of saying, else its
 * first subject person. */
static void salience(truce_coder *c, const mvec *mv, size_t sb, size_t se)
{
    const mention *first = NULL, *quoted = NULL, *owner = NULL;
    for (size_t x = 0; x < mv->n && !quoted; x++) {
        const mention *m = &mv->v[x];
        if (!(a_person(c, m) || (m->pronoun && !m->first_person && !m->plural))) {
            continue;
        }
        size_t e = m->tok_end;
        while (e < se && tok_punct(c, e, ',')) {
            e++;
        }
        /* not a possessor: "who held Palmer's post" is no saying of his,
         * "said Palmer's spokesman" the spokesman's */
        bool owns = tok_is(c, m->tok_end, c->k->w.s) || tok_punct(c, m->tok_end, '\'');
        if (!owns && ((e < se && speech_verb(c, e)) || (m->tok_start > 0 && speech_verb(c, m->tok_start - 1)))) {
            quoted = m;
        } else if (!first && subject_place(c, m)) {
            first = m;
        } else if (m->tok_start == sb && tok_is(c, m->tok_end, c->k->w.s)) {
            owner = m;   /* "Jane Roe's agency focuses on ...": the sentence is about her */
        }
    }
    if (quoted || first || owner) {
        make_salient(c, quoted ? quoted : first ? first : owner);
    }
}

/* "Turkey has not sent troops, its defence ministry said": a role after
 * "its" or "their" that is a subject (a verb follows it) is of the
 * country named before it in the sentence. */
static void possessed_roles(const truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    for (size_t x = 0; x < mv->n; x++) {
        mention *m = &mv->v[x];
        size_t p = m->tok_start;
        if (m->code[0] || !m->sector[0] || m->pronoun || m->commentator || p <= sb) {
            continue;
        }
        if (!(tok_is(c, p - 1, c->k->w.its) || tok_is(c, p - 1, c->k->w.their)) &&
            !(tok_is(c, p, c->k->w.its) || tok_is(c, p, c->k->w.their))) {
            continue;
        }
        if (!(m->tok_end < se && (finite_verb(c, m->tok_end, se) || speech_verb(c, m->tok_end)))) {
            continue;
        }
        for (size_t y = 0; y < x; y++) {
            const mention *a = &mv->v[y];   /* the clause's subject: the first named */
            if (a->country[0] && !a->pronoun && !a->person) {
                snprintf(m->code, sizeof m->code, "%.3s%s", a->country, m->sector);
                memcpy(m->country, a->country, 4);
                m->needs_coref = false;
                break;
            }
        }
    }
}

/* "A spokesman for Afghan President Ashraf Ghani", "an aide to the
 * Defence Minister", "a leader of Britain's opposition party": a
 * spokesman, aide, adviser or leader of no country speaks for the office
 * holder or body named right after "for", "of" or "to" (the named groups,
 * "a spokesman for the Taliban", are mentions.c's); a country alone ("a
 * spokesman for Kenya") is its government's, a role of no country ("for
 * the rebels") lends its role. Before people are named (an
 * apposition's title) and after (their offices). */
static void speaks_for(const truce_coder *c, size_t se, mvec *mv)
{
    static const char *const titles[] = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
        "advisor", "leader", NULL};
    for (size_t x = 0; x + 1 < mv->n; x++) {
        mention *m = &mv->v[x];
        size_t p = m->tok_end;
        if (m->code[0] || !m->sector[0] || m->pronoun || m->commentator || p + 1 >= se) {
            continue;
        }
        bool title = false;
        for (const char *const *w = titles; *w && !title; w++) {
            title = tok_is_word(c, p - 1, *w);
        }
        /* "the shadow justice secretary for Britain's opposition party",
         * "a director at Human Rights Watch": a post in a body (not "to":
         * an envoy to X is another's) */
        static const char *const posts[] = {"secretary", "director", "head", "chief", "official", "officials",
                                            "member", "members", NULL};
        bool post = !title && tok_is_one_of(c, p - 1, posts) &&
                    (tok_is(c, p, c->k->w.for_) || tok_is(c, p, c->k->w.of) || tok_is_word(c, p, "at"));
        if (!post && (!title || !(tok_is(c, p, c->k->w.for_) || tok_is(c, p, c->k->w.of) || tok_is(c, p, c->k->w.to)))) {
            continue;
        }
        const mention *a = &mv->v[x + 1];   /* "for the Afghan army": with its "the" or without */
        size_t at = a->tok_start + (tok_is(c, a->tok_start, c->k->w.the) ? 1 : 0);
        if (at != p + 1 + (tok_is(c, p + 1, c->k->w.the) ? 1 : 0) || a->pronoun || a->commentator) {
            continue;
        }
        if (!a->code[0] && a->sector[0]) {
            if (!post) {
                memcpy(m->sector, a->sector, sizeof m->sector);   /* "a spokesman for the rebels" */
            }
            continue;
        }
        if (!a->country[0] || !a->code[0]) {
            continue;
        }
        if (strlen(a->code) == 3) {
            snprintf(m->code, sizeof m->code, "%.3s%s", a->country, m->sector);
        } else {
            memcpy(m->code, a->code, sizeof m->code);
        }
        memcpy(m->country, a->country, 4);
        m->needs_coref = false;
    }
}

/* "Al-Shabab attacked a base. The group said ...": "the group" (or "the
 * organization", "the movement") is the organisation named last in the
 * story, not a state; then the sentence's own organisations are
 * remembered (test_match.c, "people"). */
static void the_group(truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    static const char *const words[] = {"group", "organization", "organisation", "movement", NULL};
    for (size_t i = sb + 1; c->ctx.last_group[0] && i < se; i++) {
        bool w = false;
        for (const char *const *q = words; *q && !w; q++) {
            w = tok_is_word(c, i, *q);
        }
        if (!w || !tok_is(c, i - 1, c->k->w.the) || mv_inside(mv, i) || mv_inside(mv, i - 1)) {
            continue;
        }
        size_t at = 0;
        while (at < mv->n && mv->v[at].tok_start < i - 1) {
            at++;
        }
        mention *m = mv_insert(c, mv, at);
        if (!m) {
            return;
        }
        m->tok_start = (uint32_t)(i - 1);
        m->tok_end = (uint32_t)(i + 1);
        m->prev_id = i - 1 > sb ? c->t[i - 2].id : 0;
        m->kind = AK_NAMED;
        m->corefd = true;
        memcpy(m->code, c->ctx.last_group, sizeof m->code);
        if (actor_is_country(m->code)) {
            memcpy(m->country, m->code, 3);
        }
    }
    /* ... unless an actor of another country acts in the sentence (a place
     * "in Kenya" may be where the body acted) */
    bool other = false;
    for (size_t x = 0; actor_is_country(c->ctx.last_group) && x < mv->n && !other; x++) {
        const mention *m = &mv->v[x];
        other = m->country[0] && strncmp(m->country, c->ctx.last_group, 3) != 0 && !m->pronoun &&
                !(m->tok_start > sb && tok_has(c, m->tok_start - 1, WC_LOCATIVE));
    }
    for (size_t x = 0; !other && c->ctx.last_group[0] && strlen(c->ctx.last_group) > 3 && x < mv->n; x++) {
        /* "the International Court of Justice ruled ... The judges added":
         * a role of no country, after "the", of the role the body last
         * named holds, is that body (test_story.c: the body's role) */
        mention *m = &mv->v[x];
        static const char *const bodies[] = {"court", "tribunal", "group", "militia", "movement", "agency", NULL};
        if (!m->code[0] && m->sector[0] && !m->pronoun && !m->commentator && !m->placed && !m->person &&
            (m->plural || tok_is_one_of(c, m->tok_end - 1, bodies)) &&
            tok_is(c, m->tok_start, c->k->w.the) && strstr(c->ctx.last_group + 3, m->sector)) {
            memcpy(m->code, c->ctx.last_group, sizeof m->code);
            m->corefd = true;
            if (actor_is_country(m->code)) {
                memcpy(m->country, m->code, 3);
                m->country[3] = 0;
            }
        }
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        /* a named body of no state ("al-Shabab" SOMREB, "Human Rights
         * Watch" NGO), not a government's */
        if (m->kind == AK_NAMED && !m->person && !m->pronoun && !m->corefd && strlen(m->code) > 3 &&
            strncmp(m->code + 3, "GOV", 3) != 0 && strncmp(m->code + 3, "MIL", 3) != 0) {
            memcpy(c->ctx.last_group, m->code, sizeof c->ctx.last_group);
        }
    }
}

/* "Qatar offered to mediate between the government and the rebels" in a
 * story about Congo, after a Rwandan leader was named: "the government",
 * "the cabinet" is a body, not the person named last; of a foreign person
 * it is the story's country's; not "his government", nor "the regime",
 * "the administration", which name a leader's own (test_roles.c, "the
 * story's government"). */
bool people_foreign_body(const truce_coder *c, const mention *m, const char *pick)
{
    static const char *const bodies[] = {"government", "cabinet", NULL};
    const char *cc = context_story_country(c);
    if (c->opt.literal || m->pronoun || !m->tok_end || !tok_is_one_of(c, m->tok_end - 1, bodies) || !cc ||
        strlen(cc) < 3 || !actor_is_country(pick) || tok_has(c, m->tok_start, WC_POSSESSIVE) ||
        (m->tok_start > 0 && tok_has(c, m->tok_start - 1, WC_POSSESSIVE))) {
        return false;
    }
    return strncmp(pick, cc, 3) != 0;
}

void people_sentence(truce_coder *c, size_t sb, size_t se, truce_day day, mvec *mv)
{
    if (c->opt.literal || c->opt.tabari) {
        return;
    }
    c->ctx.sent_day = day;
    acronyms_sentence(c, sb, se, mv);
    kin_sentence(c, sb, se, mv);
    for (size_t x = 0; x < mv->n; x++) {
        given_name(c, mv, sb, x);
        surname(c, &mv->v[x]);
        remember_named(c, &mv->v[x]);
        mention *m = &mv->v[x];
        ctx_person p = {0};
        if (m->unknown && !m->code[0] && m->tok_end - m->tok_start >= 2 &&
            mentions_appointed(c, mv, sb, m->tok_start, day, p.code)) {
            /* "UN-appointed special rapporteur Richard Bennett" */
            as_person(m, &p);
            remember(c, m, m->tok_start, m->tok_end);
        }
    }
    speaks_for(c, se, mv);
    for (size_t i = sb; i < se;) {
        size_t e = name_end(c, mv, i, se);
        i = e > i ? person_at(c, mv, sb, se, day, i, e) : i + 1;
    }
    possessed_roles(c, sb, se, mv);
    owners_sentence(c, sb, se, mv);
    speaks_for(c, se, mv);
    the_group(c, sb, se, mv);
    dyads_sentence(c, sb, se, mv);
    pronouns(c, mv);
    salience(c, mv, sb, se);
}
