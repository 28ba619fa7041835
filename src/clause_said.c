/* clause_said.c — the grammar of roles in what was said: what a
 * statement is about (the subject or object of what is said, not a name
 * elsewhere in it), and who a verb of saying's speaker is ("..., said X",
 * "X, an analyst, said"). Split from clause.c.
 *
 * Tests: tests/unit/test_roles.c, tests/unit/test_speech.c.
 */
#include "coder.h"
#include "clause.h"

#include <string.h>

/* Can what was said be about m: not a place ("across Syria", "from Hong
 * Kong", "the towns of X and Y"), not an agent ("reported by the IAEA"),
 * not a word modifying a noun ("the IAEA report about Iran")? */
static bool about_ok(const truce_coder *c, const mention *m)
{
    size_t p = m->tok_start;
    bool place = m->kind == AK_COUNTRY || m->kind == AK_CAPITAL;
    size_t lp = p;
    while (lp > 0 && lp + 2 > p && c->t[lp - 1].kind == TOK_WORD && !(c->t[lp - 1].flags & TF_CAP) &&
           !tok_is(c, lp - 1, c->k->w.the) && !is_prep(c, c->t[lp - 1].id) && !c->t[lp - 1].isverb &&
           (tok_has(c, lp - 1, WC_MODIFIER) || (roles_tok_lex(c, lp - 1) & LEX_MOSTLY) == LEX_MOSTLY_ADJ ||
            (roles_tok_lex(c, lp - 1) & LEX_MOSTLY) == LEX_MOSTLY_NOUN)) {
        lp--;   /* "in southeast Europe": a place past its compass word */
    }
    if (lp < p && lp > 0 && tok_has(c, lp - 1, WC_LOCATIVE)) {
        return false;
    }
    if (p > 0 && (tok_has(c, p - 1, WC_LOCATIVE) || tok_is(c, p - 1, c->k->w.by) ||
                  (place && is_prep(c, c->t[p - 1].id) && !tok_is(c, p - 1, c->k->w.on) &&
                   !tok_is(c, p - 1, c->k->w.with) && !tok_is_word(c, p - 1, "against") &&
                   !tok_is(c, p - 1, c->k->w.to) && !tok_is(c, p - 1, c->k->w.of)))) {
        return false;
    }
    if (clause_place_list(c, m)) {
        return false;
    }
    size_t sv = p > 0 && tok_is(c, p - 1, c->k->w.the) ? p - 1 : p;
    if (sv >= 2 && (tok_is(c, sv - 1, c->k->w.of) || tok_is(c, sv - 1, c->k->w.over)) &&
        tok_is_word(c, sv - 2, "sovereignty")) {
        return false;   /* "will cede sovereignty of the islands": the territory at stake */
    }
    /* a word before a noun modifies it ("the IAEA report"); nouns are
     * what the part-of-speech lexicon says is mostly one */
    const token *n = m->tok_end < c->nt ? &c->t[m->tok_end] : NULL;
    if ((m->kind == AK_ADJ || (m->kind == AK_PEOPLE && !m->plural)) && n && n->kind == TOK_WORD && !(n->flags & TF_CAP) &&
        !is_prep(c, n->id) && !tok_has(c, m->tok_end, WC_BOUNDARY | WC_CLAUSE_END | WC_DATE_WORD) &&
        !(n->isverb && n->vform != VF_NONE && n->vform != VF_BASE) && !tok_adverb(c, m->tok_end) &&
        !(roles_tok_lex(c, m->tok_end) & LEX_FUNCTION)) {
        return false;   /* "a Russian anti-aircraft system": an adjective of a thing (test_roles.c, "statement") */
    }
    if (m->tok_end >= c->nt || m->plural || m->kind == AK_PEOPLE || tok_is(c, m->tok_end, c->k->w.s)) {
        return true;
    }
    uint8_t key[64];
    ptrdiff_t kl = n->kind == TOK_WORD && !(n->flags & TF_CAP)
                       ? text_key(c->text + n->start, (ptrdiff_t)(n->end - n->start), key, sizeof key)
                       : -1;
    uint8_t lex = kl > 0 ? kb_lex(c->k, key, kl) : 0;
    if ((lex & LEX_MOSTLY) == LEX_MOSTLY_NOUN && !(lex & LEX_FUNCTION)) {
        return false;
    }
    /* "a fight for our European future,": a noun the lexicon reads mostly
     * as an adjective still heads the phrase when its phrase ends there
     * (test_roles.c, "statement") */
    size_t ne = m->tok_end + 1;
    bool head = ne >= c->nt || c->t[ne].kind == TOK_PUNCT || is_prep(c, c->t[ne].id) || tok_is_word(c, ne, "and") ||
                tok_is_word(c, ne, "or") || tok_has(c, ne, WC_CLAUSE_END | WC_BOUNDARY);
    return !((lex & LEX_NOUN) && !(lex & LEX_FUNCTION) && !n->isverb && head);
}

/* Does a time phrase naming an event start at q ("ahead of a meeting of
 * the U.N. Security Council", "during talks with Iran", "at the end of a
 * summit", "before Tuesday's vote")? Where it ends (the next comma,
 * semicolon, clause word or "that"), else 0: an actor in it is no party
 * the statement is said to or about (test_speech.c: time phrases). */
static size_t event_adjunct_end(const truce_coder *c, size_t q, size_t e)
{
    static const char *const starts[] = {"before", "after", "during", "following", "at", NULL};
    static const char *const events[] = {"meeting", "meetings", "talks", "summit", "session", "visit", "conference",
                                         "vote", "election", "elections", "referendum", "hearing", "debate", "trip",
                                         "tour", "ceremony", "forum", "gathering", "negotiations", "consultations",
                                         "briefing", "sidelines", "assembly", NULL};
    size_t n = q;
    if (tok_is_word(c, q, "ahead") && tok_is(c, q + 1, c->k->w.of)) {
        n = q + 2;
    } else if (tok_is_one_of(c, q, starts) || (tok_is(c, q, c->k->w.on) && tok_is_word(c, q + 2, "sidelines"))) {
        n = q + 1;
    }
    if (n == q) {
        return 0;
    }
    for (size_t r = n; r < e && r < n + 5; r++) {
        if (!tok_is_one_of(c, r, events)) {
            if (tok_has(c, r, WC_CLAUSE_END | WC_BOUNDARY) || tok_punct(c, r, ',') || tok_punct(c, r, ';') ||
                (c->t[r].isverb && c->t[r].vform != VF_NONE && !(c->t[r].flags & TF_CAP))) {
                return 0;
            }
        } else {
            size_t x = r + 1;
            while (x < e && !tok_punct(c, x, ',') && !tok_punct(c, x, ';') && !tok_has(c, x, WC_CLAUSE_END | WC_BOUNDARY) &&
                   !tok_is(c, x, c->k->w.that)) {
                x++;
            }
            return x;
        }
    }
    return 0;
}

bool clause_in_event_adjunct(const truce_coder *c, const mention *m, size_t b)
{
    for (size_t q = b; q < m->tok_start; q++) {
        if (event_adjunct_end(c, q, m->tok_end) >= m->tok_end) {
            return true;
        }
    }
    return false;
}

/* Is m no party but a thing's: the origin of goods traded ("a purchase of
 * Russian jets will ...", with no buyer "to" another named: "the sale of
 * U.S. weapons to Taiwan" makes the seller one), the territory ceded,
 * leased or given up ("will cede the Chagos Islands", "lease back Diego
 * Garcia"), or a supplier or alternative the speaker may turn to ("could
 * turn to Russia's SU-35 as an alternative") (test_speech.c: things, no
 * parties)? */
static bool thing_of(const truce_coder *c, const mention *m, size_t e)
{
    static const char *const trade[] = {"purchase", "purchases", "sale", "sales", "delivery", "deliveries",
                                        "import", "imports", "export", "exports", "shipment", "shipments",
                                        "acquisition", "procurement", "supply", "supplies", NULL};
    static const char *const cede[] = {"cede", "cedes", "ceded", "ceding", "lease", "leases", "leased", "leasing",
                                       "relinquish", "relinquishes", "relinquished", "relinquishing", "surrender",
                                       "surrenders", "surrendered", "surrendering", NULL};
    static const char *const give[] = {"give", "gives", "gave", "giving", "given", "hand", "hands", "handed",
                                       "handing", NULL};
    static const char *const turn[] = {"turn", "turns", "turned", "turning", NULL};
    size_t p = m->tok_start;
    if (p > 0 && tok_is(c, p - 1, c->k->w.the)) {
        p--;
    }
    if (m->kind == AK_ADJ && p >= 2 && tok_is(c, p - 1, c->k->w.of) && tok_is_one_of(c, p - 2, trade)) {
        for (size_t q = m->tok_end; q < e && q < m->tok_end + 4; q++) {
            if (tok_is(c, q, c->k->w.to) && q + 1 < e && !c->t[q + 1].isverb) {
                return false;   /* "the sale of U.S. weapons to Taiwan": the seller is a party */
            }
        }
        return true;
    }
    if (p >= 2 && (tok_is(c, p - 1, c->k->w.to) || tok_is_word(c, p - 1, "towards")) && tok_is_one_of(c, p - 2, turn)) {
        return true;   /* "turn to Russia's jets", "could turn to China" */
    }
    if (m->kind != AK_COUNTRY && m->kind != AK_CAPITAL) {
        return false;
    }
    if (p >= 2 && (tok_is(c, p - 1, c->k->w.of) || tok_is(c, p - 1, c->k->w.over)) &&
        (tok_is_word(c, p - 2, "control") || tok_is_word(c, p - 2, "sovereignty"))) {
        p -= 2;   /* "hand over control of the islands" */
        if (p > 0 && tok_is(c, p - 1, c->k->w.the)) {
            p--;
        }
    }
    if (p > 0 && (tok_is_word(c, p - 1, "back") || tok_is_word(c, p - 1, "up") || tok_is_word(c, p - 1, "over"))) {
        return p >= 2 && (tok_is_one_of(c, p - 2, cede) || tok_is_one_of(c, p - 2, give));
    }
    return p > 0 && tok_is_one_of(c, p - 1, cede);
}

/* Is m of the speaker (code spk) or its country? */
static bool speaker_own(const mention *m, const char *spk)
{
    return !strcmp(m->code, spk) || (m->country[0] && !strncmp(m->country, spk, 3));
}

/* The actor a subject phrase with no actor of its own is about: "(the)
 * negotiations with Iran", "the war against Ukraine", "sanctions on
 * Russia" before the verb at v: a noun phrase from b (no verb, comma or
 * clause word), the actor right after "with", "against", "on" or
 * "between", and only words from it to the verb (test_speech.c: talks
 * must go on). */
static const mention *subject_topic(const truce_coder *c, const mvec *mv, size_t b, size_t v)
{
    static const char *const preps[] = {"with", "against", "on", "between", NULL};
    for (size_t q = b; q + 1 < v && q < b + 5; q++) {
        if (c->t[q].kind != TOK_WORD || tok_has(c, q, WC_BOUNDARY | WC_CLAUSE_END) || mv_inside(mv, q) ||
            (c->t[q].isverb && c->t[q].vform != VF_NONE)) {
            return NULL;
        }
        if (q == b || !tok_is_one_of(c, q, preps)) {
            continue;
        }
        const mention *m = mv_at2(mv, q + 1, false, false);
        if (!m || !m->code[0] || m->pronoun || m->unknown || m->tok_end > v) {
            return NULL;
        }
        for (size_t r = m->tok_end; r < v; r++) {
            if (c->t[r].kind != TOK_WORD || tok_has(c, r, WC_BOUNDARY | WC_CLAUSE_END)) {
                return NULL;
            }
        }
        return m;
    }
    return NULL;
}

const mention *roles_statement_about(const truce_coder *c, const mvec *mv, size_t b, size_t e, const char *spk)
{
    /* what was said starts after "that" ("contended in a post that ...");
     * an actor right before it is who it was said to ("told Greece that") */
    bool said_that = false;
    for (size_t q = b; q < e && q < b + 12; q++) {
        /* not a pronoun or determiner: "would pay for that.", "said Iran
         * would pay for that attack" (test_roles.c, "statement") */
        bool pronoun = q + 1 >= e || tok_punct(c, q + 1, '.') || tok_punct(c, q + 1, ';') || tok_punct(c, q + 1, '?') ||
                       tok_punct(c, q + 1, '!') ||
                       (q > b && is_prep(c, c->t[q - 1].id) && !tok_is(c, q - 1, c->k->w.in));
        if (tok_is(c, q, c->k->w.that) && !pronoun) {
            said_that = true;
            const mention *to = mv_ending_at(mv, q - 1);
            if (q > b && to && to->tok_start == b && to->code[0] && !to->pronoun && !speaker_own(to, spk)) {
                return to;
            }
            b = q + 1;
            break;
        }
    }
    if (!said_that && b + 1 < e && (tok_is(c, b, c->k->w.to) || tok_is(c, b, c->k->w.with))) {
        /* "spoke to Russia's foreign minister before the meeting, but ...":
         * said to whom right after the verb (test_speech.c: time phrases) */
        const mention *to = mv_at2(mv, tok_is(c, b + 1, c->k->w.the) ? b + 2 : b + 1, false, false);
        if (to && to->code[0] && !to->pronoun && !to->unknown && !speaker_own(to, spk)) {
            return to;
        }
    }
    if (!said_that && event_adjunct_end(c, b, e)) {
        return NULL;   /* "spoke ahead of a meeting of the Council requested by X": said when, not to or of whom */
    }
    while (b < e && is_quote_tok(c, b)) {
        b++;
    }
    /* "As reported by the IAEA, Tehran continues ...": past a clause
     * that opens what was said */
    /* ... or a phrase that opens it ("instead of calling for X, Japan
     * will ...") (test_roles.c, "statement") */
    if (b < e && (tok_has(c, b, WC_BOUNDARY) || tok_is(c, b, c->k->w.as) || tok_is_word(c, b, "instead") ||
                  tok_is_word(c, b, "despite") || tok_is_word(c, b, "besides") ||
                  (is_prep(c, c->t[b].id) && !tok_is(c, b, c->k->w.of)))) {
        for (size_t q = b + 1; q + 1 < e && q < b + 20; q++) {
            if (tok_punct(c, q, ',')) {
                b = q + 1;
                break;
            }
        }
    }
    /* its first verb group, and the group's last verb ("will continue",
     * "is"); a verb after "that", "which" or "who" is a relative clause's
     * ("the sea that stretches from Hong Kong"): what was said has none */
    size_t v = b;
    bool relative = false;
    while (v < e && !(c->t[v].isverb && c->t[v].vform != VF_NONE && !mv_inside(mv, v) &&
                      !(c->t[v].flags & TF_CAP) && !tok_has(c, v, WC_DETERMINER))) {
        relative |= tok_is(c, v, c->k->w.that) || tok_is(c, v, c->k->w.which) || tok_is(c, v, c->k->w.who);
        v++;
    }
    if (relative) {
        v = e;
    }
    if (v < e) {
        size_t g = v;
        while (is_aux(c, g) && g + 1 < e && (c->t[g + 1].isverb || tok_adverb(c, g + 1)) && !mv_inside(mv, g + 1)) {
            g++;
        }
        /* its subject, else its object: "said the emir ran operations
         * across Syria" is about no actor (test_roles.c, "statement") */
        const mention *m = roles_subject(c, mv, b, v);
        if (m && m->code[0] && !m->pronoun && !m->unknown && thing_of(c, m, e)) {
            return NULL;   /* "a purchase of Russian jets will ...": about the purchase, no party */
        }
        if (m && m->code[0] && !m->pronoun && !m->unknown && !speaker_own(m, spk) &&
            !tok_has(c, m->tok_start ? m->tok_start - 1 : 0, WC_LOCATIVE)) {
            mlist grp = mv_group(mv, mv_index(mv, m));
            return grp.v[0].code[0] && !speaker_own(&grp.v[0], spk) ? &grp.v[0] : m;   /* "A and B agreed" */
        }
        if (!m && (m = subject_topic(c, mv, b, v)) != NULL && !speaker_own(m, spk) && about_ok(c, m)) {
            return m;   /* "said negotiations with Iran must continue" */
        }
        for (size_t x = 0; x < mv->n; x++) {
            m = &mv->v[x];
            if (m->tok_start <= g || m->tok_end > e) {
                continue;
            }
            bool stop = false;
            for (size_t q = g + 1; q < m->tok_start && !stop; q++) {
                stop = tok_has(c, q, WC_CLAUSE_END | WC_BOUNDARY) || tok_punct(c, q, ';') || tok_punct(c, q, ',');
                /* "said the agency needs money to provide support to
                 * children": an infinitive of purpose after the object
                 * says what for, not whom the statement is about */
                stop |= q > g + 1 && tok_is(c, q, c->k->w.to) && q + 1 < e && c->t[q + 1].isverb &&
                        c->t[q + 1].vform == VF_BASE && !(c->t[q + 1].flags & TF_CAP) && !clause_content_noun(c, q - 1) &&
                        !mv_inside(mv, q - 1) && (roles_tok_lex(c, q - 1) & LEX_MOSTLY) == LEX_MOSTLY_NOUN;
            }
            if (stop) {
                return NULL;   /* "..., including Cameroon": another clause's */
            }
            if (m->code[0] && !m->pronoun && !m->unknown && !speaker_own(m, spk) && about_ok(c, m) &&
                !thing_of(c, m, e) && !clause_in_event_adjunct(c, m, g + 1)) {
                return m;
            }
        }
        return NULL;
    }
    /* no verb: an actor not in a place phrase ("about Iran's programme") */
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start >= b && m->tok_end <= e && m->code[0] && !m->pronoun && !m->unknown &&
            !speaker_own(m, spk) && about_ok(c, m) && !thing_of(c, m, e) && !clause_in_event_adjunct(c, m, b)) {
            return m;
        }
    }
    return NULL;
}

bool roles_is_clause(const truce_coder *c, const mvec *mv, size_t b, size_t e)
{
    /* "This week, officials said": a time or place phrase before the
     * comma is no reported content */
    for (size_t q = b; q < e; q++) {
        if (is_quote_tok(c, q) ||
            (c->t[q].isverb && c->t[q].vform != VF_NONE && !mv_inside(mv, q) && !tok_has(c, q, WC_DETERMINER) &&
             (q > b || !(c->t[q].flags & TF_CAP)))) {
            return true;
        }
    }
    return false;
}

bool roles_apposition_before(const truce_coder *c, const mvec *mv, size_t sb, size_t verb)
{
    /* "Jane Roe, an analyst at a think tank, said ...": the comma before
     * the verb closes an apposition to the subject before it, which is no
     * "..., said X" (test_match.c, "people") */
    if (verb < sb + 3 || !tok_punct(c, verb - 1, ',')) {
        return false;
    }
    for (size_t p = verb - 2; p > sb && p + 32 > verb; p--) {
        if (is_quote_tok(c, p) || clause_stop(c, p)) {
            return false;
        }
        if (tok_punct(c, p, ',')) {
            size_t pe = p;   /* "The Union of Teachers (NUT), the umbrella union, announced" */
            if (pe > sb + 3 && tok_punct(c, pe - 1, ')') && tok_punct(c, pe - 3, '(')) {
                pe -= 3;
            }
            const mention *m = mv_ending_at(mv, pe - 1);
            /* "..., the envoy to the UN, Jane Roe, said": a name no one
             * codes is a noun phrase too */
            const mention *n = mv_at2(mv, p + 1, false, false);
            for (size_t x = 0; !n && x < mv->n; x++) {
                if (mv->v[x].tok_start == p + 1 && mv->v[x].unknown) {
                    n = &mv->v[x];
                }
            }
            bool noun_phrase = tok_is(c, p + 1, c->k->w.a) || tok_is(c, p + 1, c->k->w.an) ||
                               tok_is(c, p + 1, c->k->w.the) || n || tok_has(c, p + 1, WC_MODIFIER);
            return m && !m->pronoun && (m->person || m->unknown || m->code[0]) && noun_phrase;
        }
    }
    return false;
}

const mention *roles_inverted_speaker(const truce_coder *c, const mvec *mv, size_t verb)
{
    for (size_t xm = 0; xm < mv->n; xm++) {
        const mention *m = &mv->v[xm];
        /* "..., said Jane Roe": a person no one codes is still the speaker
         * (people.c), who is then no one's */
        if (m->tok_start > verb && m->tok_start <= verb + 4 && (m->code[0] || m->unknown || m->sector[0])) {
            /* not "..., said Kabul was failing", "said neither X nor Y
             * has": that is what was said */
            if (tok_is_word(c, m->tok_start - 1, "neither") || tok_is_word(c, m->tok_start - 1, "either") ||
                tok_is_word(c, m->tok_start - 1, "both")) {
                return NULL;
            }
            size_t n = m->tok_end;
            if (n < c->nt && c->t[n].isverb && (c->t[n].vform == VF_S || c->t[n].vform == VF_ED) &&
                !(c->t[n].flags & TF_CAP) && !mv_inside(mv, n)) {
                return NULL;
            }
            return m;
        }
    }
    return NULL;
}
