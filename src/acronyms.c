/* acronyms.c — the short names a story gives its organisations.
 *
 * News names an organisation in full once and then by the letters it
 * defines: "the National Intelligence and Security Agency (NISA)",
 * "Somalia's intelligence agency, or NISA," and later "NISA said". The
 * dictionaries cannot know every agency's letters, but the story says
 * them. This module keeps them for the story (story_ctx.aliases):
 *
 *   - a definition is a word of capitals (2 to 8 letters) in brackets
 *     right after an organisation's name, or after ", or" following it;
 *     the name may run on past the actor the dictionaries found, through
 *     capitalised words and "and", "of", "for" ("Somalia's National
 *     Intelligence and Security Agency (NISA)");
 *   - a later word of those capitals that no dictionary resolves is that
 *     organisation, in this sentence and the ones after.
 *
 * People never define letters this way; a person's mention is not taken.
 * Also the short names of bodies ("the Commission" after "the EU").
 * Tests: tests/unit/test_story.c, tests/unit/test_roles.c. */
#include "coder.h"

#include <string.h>

/* Is token i a word of 2 to 8 capital letters ("NISA", "RSF")? */
static bool capitals(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    size_t n = t->end - t->start;
    if (t->kind != TOK_WORD || n < 2 || n > 8) {
        return false;
    }
    for (size_t k = 0; k < n; k++) {
        uint8_t ch = c->text[t->start + k];
        if (ch < 'A' || ch > 'Z') {
            return false;
        }
    }
    return true;
}

static uint32_t word_hash(const truce_coder *c, size_t i)
{
    uint32_t h = 2166136261u;
    for (uint32_t k = c->t[i].start; k < c->t[i].end; k++) {
        h = (h ^ c->text[k]) * 16777619u;
    }
    return h ? h : 1;
}

/* The coded organisation whose name ends at token e - 1, running back
 * over capitalised words and "and", "of", "for", "the" (at most six
 * tokens) to the actor the dictionaries found; NULL if none. */
static const mention *named_before(const truce_coder *c, const mvec *mv, size_t sb, size_t e)
{
    size_t q = e;
    const mention *role = NULL;   /* "Security Agency": a role, unless a coded name runs on before it */
    for (int steps = 0; q > sb && steps < 7; steps++) {
        const mention *m = mv_ending_at(mv, q - 1);
        if (m && !m->pronoun && (m->person || m->first_person)) {
            return NULL;
        }
        if (m && !m->pronoun && m->code[0]) {
            return m;
        }
        if (m && !m->pronoun && m->sector[0] && !role) {
            role = m;
        }
        if (m && !m->pronoun) {
            q = m->tok_start;   /* "Security Agency", which no dictionary knows */
            continue;
        }
        const token *t = &c->t[q - 1];
        bool glue = tok_is_word(c, q - 1, "and") || tok_is(c, q - 1, c->k->w.of) || tok_is_word(c, q - 1, "for") ||
                    tok_is(c, q - 1, c->k->w.the);
        if (t->kind != TOK_WORD || (!(t->flags & TF_CAP) && !glue)) {
            return role;
        }
        q--;
    }
    return role;
}

static void define(truce_coder *c, size_t i, const mention *m)
{
    story_ctx *x = &c->ctx;
    uint32_t h = word_hash(c, i);
    size_t k = 0;
    while (k < x->n_aliases && x->aliases[k].hash != h) {
        k++;
    }
    if (k == x->n_aliases) {
        if (k == sizeof x->aliases / sizeof x->aliases[0]) {
            return;   /* a story of many agencies: the first ones */
        }
        x->n_aliases++;
    }
    x->aliases[k].hash = h;
    x->aliases[k].m = *m;
    coder_trace(c, "  \"%.*s\" stands for %s", (int)(c->t[i].end - c->t[i].start), (const char *)c->text + c->t[i].start,
                m->code[0] ? m->code : m->sector);
}

/* Mention index where a mention starting at token i goes (text order). */
static size_t slot(const mvec *mv, size_t i)
{
    size_t at = 0;
    while (at < mv->n && mv->v[at].tok_start < i) {
        at++;
    }
    return at;
}

/* The capitalised head words of a body's name, by which a story may go on
 * to call it ("the European Commission ... the Commission"). */
static const char *const body_heads[] = {"commission", "council", "court", "parliament", "assembly", "committee",
                                         "tribunal", NULL};

/* A hash of a head word, of its letters in lower case (no acronym's,
 * whose hashes are of capitals). */
static uint32_t head_hash(const uint8_t *w, size_t n)
{
    uint32_t h = 2166136261u ^ 0x5bd1e995u;
    for (size_t k = 0; k < n; k++) {
        h = (h ^ (uint8_t)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k])) * 16777619u;
    }
    return h ? h : 1;
}

/* Does the dictionary name a body "<name of m> <head>" or "<first word of
 * m> <head>" ("EU" + "Commission", "European Union": "European
 * Commission") of m's own kind (its first three letters)? Its code into
 * out. */
static bool body_of(const truce_coder *c, const mention *m, const char *head, char out[16])
{
    const trie *tr = &c->k->actors;
    uint8_t key[32];
    ptrdiff_t kl = text_key((const uint8_t *)head, (ptrdiff_t)strlen(head), key, sizeof key);
    uint32_t wid = kl > 0 ? intern_find(&c->k->words, (str){key, kl}) : 0;
    size_t s = m->tok_start + (tok_is(c, m->tok_start, c->k->w.the) ? 1 : 0);
    for (int whole = 1; wid && s < m->tok_end && whole >= 0; whole--) {
        uint32_t node = c->t[s].actor;
        for (size_t q = s + 1; whole && node && q < m->tok_end; q++) {
            node = trie_child(tr, node, c->t[q].id);
        }
        node = node ? trie_child(tr, node, wid) : 0;
        for (const actor_entry *x = node ? tr->payload[node] : NULL; x; x = x->next) {
            if (x->kind == AK_NAMED && mentions_resolve_named(x, c->ctx.sent_day, out) && out[0] &&
                !strncmp(out, m->code, 3)) {
                return true;
            }
        }
    }
    return false;
}

/* "the European Commission", "the EU" (whose body the dictionary knows as
 * "EU Commission"): a coded organisation, not a person nor a country,
 * gives the story its bodies' short names: a later "the Commission" that
 * no dictionary resolves is that body (test_roles.c, "the body's short
 * name"). */
static void define_bodies(truce_coder *c, const mvec *mv)
{
    story_ctx *x = &c->ctx;
    for (size_t k = 0; k < mv->n; k++) {
        const mention *m = &mv->v[k];
        if (m->kind != AK_NAMED || m->person || m->pronoun || m->corefd || strlen(m->code) < 6) {
            continue;
        }
        for (const char *const *w = body_heads; *w; w++) {
            mention b = *m;
            bool own = tok_is_word(c, m->tok_end - 1, *w) && (c->t[m->tok_end - 1].flags & TF_CAP);
            if (!own && !body_of(c, m, *w, b.code)) {
                continue;
            }
            uint32_t h = head_hash((const uint8_t *)*w, strlen(*w));
            size_t a = 0;
            while (a < x->n_aliases && x->aliases[a].hash != h) {
                a++;
            }
            if (a == sizeof x->aliases / sizeof x->aliases[0]) {
                return;
            }
            x->n_aliases += a == x->n_aliases;
            x->aliases[a].hash = h;
            x->aliases[a].m = b;
        }
    }
}

/* "the Commission": a body's head word alone, capitalised, after "the",
 * with no name running on ("the Commission for Refugees", "the Council of
 * Europe") and inside no mention, stands for the body the story named
 * with it. */
static void use_bodies(truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    story_ctx *x = &c->ctx;
    for (size_t i = sb + 1; i < se && x->n_aliases; i++) {
        bool head = false;
        for (const char *const *w = body_heads; *w && !head; w++) {
            head = tok_is_word(c, i, *w);
        }
        if (!head || !(c->t[i].flags & TF_CAP) || !tok_is(c, i - 1, c->k->w.the) ||
            (i + 1 < se && (cap_word(c, i + 1) || tok_is(c, i + 1, c->k->w.of) || tok_is(c, i + 1, c->k->w.for_) ||
                            tok_is(c, i + 1, c->k->w.on)))) {
            continue;
        }
        /* a role the word alone makes ("the Court": JUD of no country) is
         * the body too; any other mention there keeps its reading */
        mention *role = NULL;
        bool other = false;
        for (size_t k = 0; k < mv->n; k++) {
            mention *o = &mv->v[k];
            if (o->tok_start <= i && i < o->tok_end) {
                bool bare = !o->code[0] && o->sector[0] && !o->country[0] && !o->pronoun && o->tok_end == i + 1 &&
                            o->tok_start + 1 >= i;
                role = bare ? o : role;
                other |= !bare;
            }
        }
        if (other || (!role && mv_inside(mv, i - 1))) {
            continue;
        }
        uint32_t h = head_hash(c->text + c->t[i].start, c->t[i].end - c->t[i].start);
        for (size_t k = 0; k < x->n_aliases; k++) {
            if (x->aliases[k].hash != h) {
                continue;
            }
            mention *m = role ? role : mv_insert(c, mv, slot(mv, i - 1));
            if (!m) {
                return;
            }
            *m = x->aliases[k].m;
            m->tok_start = (uint32_t)(i - 1);
            m->tok_end = (uint32_t)i + 1;
            m->prev_id = i - 1 > sb ? c->t[i - 2].id : 0;
            m->group = 0;
            m->corefd = true;
            break;
        }
    }
}

void acronyms_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    story_ctx *x = &c->ctx;
    if (c->opt.literal || c->opt.tabari) {
        return;
    }
    /* definitions: "... Agency (NISA)", "... Agency, or NISA,": the
     * letters there are the name before them, no second actor */
    size_t defined[8], n_defined = 0;
    for (size_t i = sb + 2; i < se; i++) {
        if (!capitals(c, i)) {
            continue;
        }
        const mention *known = mv_at(mv, i, false);
        if (known && (known->code[0] || known->sector[0])) {
            continue;   /* letters the dictionaries know */
        }
        size_t e = 0;
        if (tok_punct(c, i - 1, '(') && i + 1 < se && tok_punct(c, i + 1, ')')) {
            e = i - 1;
        } else if (tok_is_word(c, i - 1, "or") && tok_punct(c, i - 2, ',') && i + 1 < se &&
                   (tok_punct(c, i + 1, ',') || tok_punct(c, i + 1, ')'))) {
            e = i - 2;
        }
        const mention *m = e > sb ? named_before(c, mv, sb, e) : NULL;
        if (m) {
            define(c, i, m);
        }
        if (m && n_defined < 8) {
            defined[n_defined++] = i;
        }
    }
    use_bodies(c, sb, se, mv);
    define_bodies(c, mv);
    /* uses: the letters alone, which no dictionary resolves */
    for (size_t i = sb; i < se && x->n_aliases; i++) {
        if (!capitals(c, i)) {
            continue;
        }
        mention *own = NULL;
        bool inside = false;
        for (size_t x2 = 0; x2 < mv->n; x2++) {
            mention *o = &mv->v[x2];
            if (!o->pronoun && o->tok_start <= i && i < o->tok_end) {
                inside = o->code[0] || o->sector[0] || o->tok_start != i || o->tok_end != i + 1;
                own = o;
            }
        }
        if (inside) {
            continue;   /* part of a longer name, or resolved already */
        }
        bool def = false;
        for (size_t d = 0; d < n_defined && !def; d++) {
            def = defined[d] == i;
        }
        uint32_t h = def ? 0 : word_hash(c, i);
        for (size_t k = 0; k < x->n_aliases && !def; k++) {
            if (x->aliases[k].hash != h) {
                continue;
            }
            mention *m = own;
            if (!m && (m = mv_insert(c, mv, slot(mv, i))) == NULL) {
                return;
            }
            *m = x->aliases[k].m;
            m->tok_start = (uint32_t)i;
            m->tok_end = (uint32_t)i + 1;
            m->prev_id = i > sb ? c->t[i - 1].id : 0;
            m->group = 0;
            break;
        }
    }
}
