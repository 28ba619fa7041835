/* targets_adjunct.c — targets that a clause's modifiers and adjuncts give
 * or take away, after targets.c and targets_check.c have chosen one:
 *
 *   - "requested WTO dispute consultations with the U.S.", "suspended
 *     U.S. military aid to Egypt": an actor that only modifies the
 *     object's noun is not the party of a request, a cooperative act or
 *     aid when the noun goes on to name one after "with" (aid: "to");
 *   - "cut U.S. funding for ...": a state's own country modifying the
 *     object's noun is no party;
 *   - "convened a meeting with Iran to facilitate a deal": a purpose
 *     infinitive's cooperation is with the party of the act it serves;
 *   - "arrived in a town 20 km east of Kinshasa": a landmark a place is
 *     measured from is no target;
 *   - "fired water cannon at Philippine vessels": force at what a
 *     nationality adjective owns is aimed at that country;
 *   - "called for the release of X, who is held by Russia": a demand for
 *     a release is aimed at the captor;
 *   - "filed a complaint with the Security Council against Israel": aimed
 *     at the one after "against", not the body addressed;
 *   - "condemned the killing of protesters by security forces": aimed at
 *     the act's doer after "by";
 *   - "captured East Jerusalem from Jordan": taking a place from someone
 *     is aimed at that one;
 *   - "concerned about the IAEA report about Iran": concern about a
 *     document is about what it is about, not its author;
 *   - "to address the challenges China brings": the subject of a relative
 *     clause without "that" is not the object;
 *   - "voiced concern over the violence in Israel": concern about a thing
 *     in a place is about the place's country;
 *   - "attacked a hotel where officials were meeting": force on a place is
 *     aimed at those its "where" clause puts there;
 *   - "“X has violated the deal,” Y alleged": an accusation with no object
 *     after a quotation is aimed at the subject of what is quoted;
 *   - "attacked a village in Bama Local Government Area": a role inside a
 *     place's name is no party;
 *   - "launched an offensive in rural Aleppo, targeting army positions":
 *     force whose object is only where it happened hit whom the
 *     participle after it names.
 *
 * Called by roles_check_target (targets_check.c) before sole_party.
 *
 * Tests: tests/unit/test_targets.c, one comment per rule above ("modifier
 * with", "purpose with", "landmark", "captor", "owner adjective", "against", "act's
 * doer", "taken from", "document topic", "relative subject", "concern
 * place", "where people", "quoted accusation", "place then victim", "place name").
 */
#include "coder.h"
#include "targets.h"

#include <stdio.h>

/* Verbs of saying or believing after an actor: "where the military said
 * militants were", "a tanker the U.S. Navy said was carrying". */
static bool saying_word(const truce_coder *c, size_t q)
{
    static const char *const says[] = {"said", "says", "say", "claimed", "claims", "reported", "believed",
        "believe", "believes", "alleged", "suspected", "thought", "told", "suspects", "thinks", NULL};
    for (const char *const *w = says; *w; w++) {
        if (tok_is_word(c, q, *w)) {
            return true;
        }
    }
    return false;
}

/* Is token q a lowercase word that can go on a noun phrase after a
 * modifier ("dispute", "consultations"), not a preposition, conjunction,
 * determiner or finite verb? */
static bool np_word(const truce_coder *c, size_t q)
{
    const token *t = &c->t[q];
    return t->kind == TOK_WORD && !(t->flags & TF_CAP) && !is_prep(c, t->id) && !tok_is(c, q, c->k->w.and_) &&
           !is_aux(c, q) &&
           !tok_is_word(c, q, "or") && !tok_is(c, q, c->k->w.that) && !tok_adverb(c, q) &&
           !tok_has(c, q, WC_DETERMINER | WC_CLAUSE_END | WC_BOUNDARY | WC_DATE_WORD) &&
           !(t->isverb && (t->vform == VF_S || t->vform == VF_ED || t->vform == VF_ING) &&
             (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN);   /* "funding" */
}

/* "Canada requested WTO dispute consultations with the U.S.", "held NATO
 * drills with Poland": a request or cooperative act (roots 02-06) whose
 * object actor only modifies a noun that goes on to "with" another party
 * is aimed at that party; so is aid given or cut (roots 07, 16) whose
 * giver modifies it, to whom it goes ("suspended U.S. military aid to
 * Egypt") (test_targets.c, "modifier with"). NULL if none. */
static const mention *modifier_with(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    static const char *const aid[] = {"aid", "assistance", "funding", "funds", "loans", "loan", "support", "arms",
        "weapons", "supplies", "shipments", "exports", "sales", NULL};
    const mention *m = r->tm;
    int root = code_root(h->code);
    bool giving = root == 7 || root == 16;   /* "suspended U.S. military aid to Egypt" */
    if (((root < 2 || root > 6) && !giving) || !m || !r->sm || m->pronoun || !m->code[0] || m->tok_start <= h->i ||
        m->tok_end >= h->se || !np_word(c, m->tok_end)) {
        return NULL;
    }
    size_t q = m->tok_end;
    bool gift = false;
    while (q < h->se && q < m->tok_end + 4 && np_word(c, q) && !mv_inside(&si->mv, q)) {
        for (const char *const *w = aid; *w; w++) {
            gift |= tok_is_word(c, q, *w);
        }
        q++;
    }
    if (q + 1 >= h->se || !(giving ? gift && (tok_is(c, q, c->k->w.to) || tok_is(c, q, c->k->w.for_))
                                   : tok_is(c, q, c->k->w.with))) {
        return NULL;
    }
    q++;
    const mention *w = mv_at(&si->mv, q, false);
    while (!w && q + 1 < h->se && tok_has(c, q, WC_DETERMINER)) {
        w = mv_at(&si->mv, ++q, false);
    }
    if (!w || w->pronoun || !w->code[0] || w == r->sm || !strcmp(w->code, m->code) ||
        (r->sm->code[0] && targets_same_side(w->code, r->sm->code))) {
        return NULL;
    }
    return w;
}

/* The subject of the quotation that ends at token close (the quotation
 * mark): its first actor, with only adverbs, determiners and commas
 * before it, when a verb follows it; NULL if none. */
static const mention *quoted_subject(const truce_coder *c, const mvec *mv, size_t sb, size_t close)
{
    size_t open = close;
    while (open > sb && !(c->t[open - 1].flags & TF_QUOTE_OPEN)) {
        open--;
    }
    if (open <= sb || open >= close) {
        return NULL;
    }
    size_t q = open;   /* first token inside */
    while (q < close && !mv_inside(mv, q) &&
           (tok_adverb(c, q) || tok_punct(c, q, ',') || tok_has(c, q, WC_DETERMINER) ||
            (q == open && c->t[q].kind == TOK_WORD && c->t[q].end - c->t[q].start > 4 &&
             c->text[c->t[q].end - 2] == 'l' && c->text[c->t[q].end - 1] == 'y' && tok_punct(c, q + 1, ',')))) {
        q++;   /* "Unfortunately, the American side ..." */
    }
    const mention *m = NULL;
    for (size_t x = 0; x < mv->n && !m; x++) {
        if (mv->v[x].tok_start <= q && mv->v[x].tok_end > q) {
            m = &mv->v[x];
        }
    }
    if (!m || m->pronoun || !m->code[0] || m->tok_end >= close) {
        return NULL;
    }
    size_t v = m->tok_end;
    if (v < close && c->t[v].kind == TOK_WORD && !(c->t[v].flags & TF_CAP) &&
        !(c->t[v].isverb && (c->t[v].vform == VF_S || c->t[v].vform == VF_ED)) && !is_prep(c, c->t[v].id) &&
        !tok_adverb(c, v) && !is_aux(c, v) && !mv_inside(mv, v)) {
        v++;   /* "the American side": the head noun of the actor's phrase */
    }
    while (v < close && v < m->tok_end + 4 && tok_adverb(c, v)) {
        v++;
    }
    if (v >= close || !c->t[v].isverb || (c->t[v].flags & TF_CAP) || mv_inside(mv, v) ||
        !(c->t[v].vform == VF_S || c->t[v].vform == VF_ED || is_aux(c, v))) {
        return NULL;
    }
    return m;
}

/* "“The American side has violated the agreement,” Akhundzada alleged":
 * an accusation or complaint (roots 11, 12) with no object whose speaker
 * comes right after a quotation is aimed at the quotation's subject, not
 * the speaker's own side (test_targets.c, "quoted accusation"). NULL if
 * none. */
static const mention *quoted_accused(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    int root = code_root(h->code);
    if (!r->sm || r->sm->pronoun || (root != 11 && root != 12) || h->i < 3 ||
        (r->tm && (r->tm->tok_start < h->i || strcmp(r->tm->code, r->sm->code) != 0))) {
        /* none yet, or only the speaker again ("in a statement he issued") */
        return NULL;
    }
    size_t k = r->sm->tok_end == h->i ? r->sm->tok_start : r->sm->tok_start == h->i + 1 ? h->i : (size_t)-1;
    if (k == (size_t)-1 || k < 2 || !(c->t[k - 1].flags & TF_QUOTE_CLOSE) || !tok_punct(c, k - 2, ',')) {
        return NULL;
    }
    size_t q = r->sm->tok_end == h->i ? h->i + 1 : r->sm->tok_end;
    while (q < h->se && tok_adverb(c, q)) {
        q++;
    }
    if (q < h->se && !tok_punct(c, q, '.') && !tok_punct(c, q, ',') && !is_prep(c, c->t[q].id)) {
        return NULL;   /* "..., X charged Y with ...": an object of its own */
    }
    const mention *m = quoted_subject(c, &si->mv, c->s[h->s_index].tok_start, k - 1);
    if (!m || m == r->sm || (r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
        return NULL;
    }
    return m;
}

/* "will convene a meeting in Beijing with Iran and Russia on Friday, to
 * try to facilitate a deal", "held talks with Hamas to negotiate a truce":
 * a cooperative act (roots 03-06) named by a purpose infinitive with no
 * party of its own is with the party of the act it is the purpose of,
 * after "with" between the subject and it; not a partner of the subject's
 * ("China, together with Russia, tried to ...") (test_targets.c, "purpose
 * with"). NULL if none. */
static const mention *purpose_with(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    static const char *const tries[] = {"try", "seek", "help", "aim", "attempt", "hope", "work", NULL};
    int root = code_root(h->code);
    size_t j = h->i;
    if (root < 3 || root > 6 || !r->sm || r->sm->tok_end >= h->i || c->t[h->i].vform != VF_BASE || j < 2 ||
        !tok_is(c, j - 1, c->k->w.to)) {
        return NULL;
    }
    j--;
    while (j >= 2 && tok_is(c, j - 2, c->k->w.to)) {
        bool t = false;
        for (const char *const *w = tries; *w; w++) {
            t |= tok_is_word(c, j - 1, *w);
        }
        if (!t) {
            break;
        }
        j -= 2;   /* "to try to facilitate" */
    }
    for (size_t q = j; q > r->sm->tok_end + 1; q--) {
        size_t u = q - 1;
        if (tok_punct(c, u, ';') || tok_punct(c, u, ':') || is_quote_tok(c, u) || tok_is(c, u, c->k->w.that) ||
            tok_is(c, u, c->k->w.to) || tok_has(c, u, WC_BOUNDARY) ||
            (c->t[u].isverb && (c->t[u].vform == VF_S || c->t[u].vform == VF_ED) && !(c->t[u].flags & TF_CAP) &&
             !mv_inside(&si->mv, u) && (roles_tok_lex(c, u) & LEX_MOSTLY) != LEX_MOSTLY_NOUN)) {
            /* another clause or infinitive: its own ("held talks with Iran
             * and said it would try to ...") */
            return NULL;
        }
        if (!tok_is(c, u, c->k->w.with)) {
            continue;
        }
        if (tok_punct(c, u - 1, ',') || tok_is_word(c, u - 1, "along") || tok_is_word(c, u - 1, "together")) {
            return NULL;   /* the subject's partner */
        }
        size_t p = u + 1;
        const mention *w = mv_at(&si->mv, p, false);
        while (!w && p + 1 < j && tok_has(c, p, WC_DETERMINER)) {
            w = mv_at(&si->mv, ++p, false);
        }
        if (!w || w->pronoun || !w->code[0] || w == r->sm ||
            (r->sm->code[0] && targets_same_side(w->code, r->sm->code))) {
            return NULL;
        }
        return w;
    }
    return NULL;
}

/* "voiced concern over the violence in Israel", "warned of the danger of
 * famine in Sudan", "is optimistic about the talks in Geneva": concern or
 * optimism (012, 013) about a thing with no actor of its own, in a place
 * after "in", is about that place's country; not the speaker's own, nor
 * where it was voiced ("voiced concern in Geneva about ..."), nor a place
 * in another clause (test_targets.c, "concern place"). Sets r->tm; false
 * if none. */
static bool concern_place(const truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    if ((strncmp(h->code, "012", 3) != 0 && strncmp(h->code, "013", 3) != 0) || !r->sm) {
        return false;
    }
    static const char *const feelings[] = {"concern", "concerns", "alarm", "fear", "fears", "worry", "worries",
        "doubt", "doubts", "pessimism", "optimism", "hope", "hopes", "confidence", "anxiety", "skepticism",
        "scepticism", "misgivings", "apprehension", NULL};
    size_t last = h->best.last_tok > h->i ? h->best.last_tok : h->i;
    size_t q = last + 1;
    bool topic = last > h->i;   /* "warned of famine in Gaza": the pattern's own last word is the topic */
    for (const char *const *w = feelings; *w && topic; w++) {
        topic = !tok_is_word(c, last, *w);
    }
    if (q < h->se && topic) {
        /* "warned of famine in Gaza", "of a humanitarian crisis in
         * Haiti": the place after the topic */
    } else if (q >= h->se ||
               !(is_prep(c, c->t[q].id) || tok_is_word(c, q, "about") || tok_is_word(c, q, "over") ||
                 tok_is_word(c, q, "regarding") || tok_is_word(c, q, "concerning")) ||
               tok_has(c, q, WC_LOCATIVE) || tok_is_word(c, q, "in")) {
        return false;   /* "voiced concern in Geneva", "concern that ..." */
    }
    for (size_t e = q + 14; q < h->se && q < e; q++) {
        if (tok_punct(c, q, ',') || tok_punct(c, q, ';') || tok_punct(c, q, ':') || is_quote_tok(c, q) ||
            tok_is(c, q, c->k->w.that) || tok_has(c, q, WC_CLAUSE_END | WC_BOUNDARY) ||
            (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) && !(c->t[q].flags & TF_CAP) &&
             !mv_inside(&si->mv, q) && (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN)) {
            return false;
        }
        if (!(tok_is_word(c, q, "in") || tok_is_word(c, q, "across") || tok_is_word(c, q, "inside") ||
              tok_is_word(c, q, "throughout"))) {
            continue;
        }
        size_t p = q + 1;
        const mention *m = mv_at(&si->mv, p, false);
        while (!m && p < q + 3 && p + 1 < h->se && (tok_has(c, p, WC_DETERMINER) || (roles_tok_lex(c, p) & LEX_MOSTLY) == LEX_MOSTLY_ADJ)) {
            m = mv_at(&si->mv, ++p, false);   /* "in the war-torn country of", "in eastern Congo" */
        }
        const char *cc = NULL;
        if (m && !m->pronoun && m->country[0] &&
            (m->kind == AK_COUNTRY || m->kind == AK_CAPITAL || m->placed || strlen(m->code) == 3)) {
            cc = m->country;
        } else if (!m && h->x.loc && h->x.loc->tok_start > q && h->x.loc->tok_start <= q + 3 &&
                   h->x.loc->country[0]) {
            cc = h->x.loc->country;   /* "the fighting in Rafah": a place the gazetteer knows */
        }
        if (!cc) {
            return false;   /* "concern about the people in the camps" */
        }
        const char *own = r->sm->code[0] ? r->sm->code : r->sm->country;
        if (!strncmp(cc, own, 3) || (r->sm->country[0] && !strncmp(cc, r->sm->country, 3))) {
            return false;   /* its own country's troubles: no one else's */
        }
        char code[4];
        snprintf(code, sizeof code, "%.3s", cc);
        targets_owner_target(r, code, m ? m->tok_start : h->x.loc->tok_start);
        return true;
    }
    return false;
}

/* "agreed to address the challenges China brings to the region", "pledged
 * to counter the threats Russia poses": an actor right after "the" (or a
 * possessive) and a common noun and right before a finite verb is the
 * subject of a relative clause without "that" on the noun, what it does,
 * not the partner of a cooperative act (roots 03-08); of force or
 * disapproval it may be ("captured the territory the army controlled",
 * "condemned the attacks Russia launched"), but not when it only says
 * something of the noun ("seized a tanker the U.S. Navy said was carrying
 * Iraqi oil") (test_targets.c, "relative subject"). */
static bool relative_subject(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    const mention *m = r->tm;
    int root = code_root(h->code);
    if (!m || m == &r->place_target || m->pronoun || m->tok_start <= h->i + 2 || m->tok_end >= h->se) {
        return false;
    }
    bool said = saying_word(c, m->tok_end);   /* "seized a tanker the U.S. Navy said was ...": of any act */
    if ((root < 3 || root > 8) && !said) {
        return false;
    }
    size_t b = m->tok_start - 1;
    const token *t = &c->t[b];
    if (t->kind != TOK_WORD || (t->flags & TF_CAP) || is_prep(c, t->id) || mv_inside(&si->mv, b) ||
        tok_has(c, b, WC_DETERMINER | WC_POSSESSIVE | WC_CLAUSE_END | WC_BOUNDARY | WC_DATE_WORD) || tok_adverb(c, b) ||
        tok_is(c, b, c->k->w.that) || tok_is(c, b, c->k->w.and_) || tok_is_word(c, b, "or") ||
        !(roles_tok_lex(c, b) & LEX_NOUN)) {
        return false;
    }
    if (!tok_has(c, b - 1, WC_DETERMINER | WC_POSSESSIVE) || tok_is_word(c, b - 1, "two")) {
        return false;   /* a noun after "the", "its": "the challenges China brings" */
    }
    size_t v = m->tok_end;
    while (v < h->se && v < m->tok_end + 3 && tok_adverb(c, v)) {
        v++;
    }
    const token *vt = &c->t[v];
    return v < h->se && vt->isverb && !(vt->flags & TF_CAP) && !mv_inside(&si->mv, v) &&
           (vt->vform == VF_S || vt->vform == VF_ED || is_aux(c, v)) &&
           (roles_tok_lex(c, v) & LEX_MOSTLY) != LEX_MOSTLY_NOUN;
}

/* "attacked a hotel where elders and security officials were meeting",
 * "shelled a market where people were shopping": force (roots 18-20)
 * with no target of its own on a place that names no actor is aimed at
 * those its "where" clause puts there (test_targets.c, "where people").
 * NULL if none. */
static const mention *where_people(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    if (code_root(h->code) < 18 || !r->sm ||
        (r->tm && r->tm != &r->place_target && r->tm->kind != AK_CAPITAL && r->tm->kind != AK_COUNTRY)) {
        return NULL;   /* a target of its own; a place ("a hotel in Mogadishu where") is none */
    }
    size_t q = h->best.last_tok > h->i ? h->best.last_tok + 1 : h->i + 1;
    for (size_t e = q + 10; q < h->se && q < e; q++) {
        if (tok_is_word(c, q, "where")) {
            break;
        }
        if (tok_punct(c, q, ';') || tok_punct(c, q, ':') || is_quote_tok(c, q) || tok_is(c, q, c->k->w.that) ||
            tok_has(c, q, WC_CLAUSE_END) ||
            (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) && !(c->t[q].flags & TF_CAP) &&
             !mv_inside(&si->mv, q) && (roles_tok_lex(c, q) & LEX_MOSTLY) != LEX_MOSTLY_NOUN)) {
            return NULL;
        }
    }
    if (q + 2 >= h->se || !tok_is_word(c, q, "where") || (r->tm && r->tm->tok_start > q)) {
        return NULL;
    }
    for (int round = 0; round < 2; round++) {
        size_t p = q + 1;   /* "where traditional elders", "said that the militants" */
        while (p < q + 4 && p + 1 < h->se && !mv_inside(&si->mv, p) &&
               (tok_has(c, p, WC_DETERMINER) || tok_is(c, p, c->k->w.that) ||
                ((roles_tok_lex(c, p) & LEX_MOSTLY) == LEX_MOSTLY_ADJ && !(c->t[p].flags & TF_CAP)) ||
                (c->t[p].kind == TOK_WORD && (c->t[p].flags & TF_CAP) && mv_inside(&si->mv, p + 1) &&
                 !mv_inside(&si->mv, p)))) {
            p++;   /* "where Christian worshippers" */
        }
        const mention *m = NULL;
        for (size_t x = 0; x < si->mv.n && !m; x++) {
            if (si->mv.v[x].tok_start == p) {
                m = &si->mv.v[x];
            }
        }
        if (!m || m->pronoun || m == r->sm) {
            return NULL;
        }
        size_t v = m->tok_end;
        while (v < h->se && v < m->tok_end + 8 && !c->t[v].isverb && !is_aux(c, v)) {
            const mention *n = NULL;
            for (size_t x = 0; x < si->mv.n && !n; x++) {
                n = si->mv.v[x].tok_start == v ? &si->mv.v[x] : NULL;
            }
            if (!n && !tok_is(c, v, c->k->w.and_) && !tok_punct(c, v, ',') &&
                !((roles_tok_lex(c, v) & LEX_MOSTLY) == LEX_MOSTLY_ADJ && !(c->t[v].flags & TF_CAP))) {
                return NULL;
            }
            if (n && !n->pronoun && !m->code[0] && !m->sector[0]) {
                m = n;   /* "elders and security officials": the first a code or role names */
            }
            v = n ? n->tok_end : v + 1;
        }
        if ((!m->code[0] && !m->sector[0]) ||
            (m->code[0] && r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
            return NULL;
        }
        if (v >= h->se || !(is_aux(c, v) || c->t[v].vform == VF_S || c->t[v].vform == VF_ED)) {
            return NULL;
        }
        if (!saying_word(c, v)) {
            return m;
        }
        q = v;   /* "where the military said militants were running a camp": those it speaks of */
    }
    return NULL;
}

/* "concerned about the latest IAEA report about Iran's production",
 * "voiced alarm at a U.N. report on Myanmar": concern or optimism (012,
 * 013) about a document whose author is the object's actor is about the
 * one the document is about, when an actor follows "about", "on" or
 * "into" (test_targets.c, "document topic"). NULL if none. */
static const mention *document_topic(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    const mention *m = r->tm;
    if ((strncmp(h->code, "012", 3) != 0 && strncmp(h->code, "013", 3) != 0) || !m || !r->sm || m->pronoun ||
        m == &r->place_target || m->tok_start <= h->i) {
        return NULL;
    }
    size_t q = m->tok_end;
    if (tok_is(c, q, c->k->w.s) || tok_punct(c, q, '\'')) {
        q++;   /* "the IAEA's report" */
    }
    if (q + 2 >= h->se || !tok_has(c, q, WC_DOCUMENT | WC_UTTERANCE) || (c->t[q].flags & TF_CAP)) {
        return NULL;
    }
    q++;
    if (!(tok_is_word(c, q, "about") || tok_is(c, q, c->k->w.on) || tok_is_word(c, q, "into") ||
          tok_is_word(c, q, "regarding") || tok_is_word(c, q, "concerning"))) {
        return NULL;
    }
    q++;
    const mention *w = mv_at(&si->mv, q, false);
    while (!w && q + 1 < h->se && q < m->tok_end + 6 && tok_has(c, q, WC_DETERMINER)) {
        w = mv_at(&si->mv, ++q, false);
    }
    if (!w || w->pronoun || w == r->sm || !strcmp(w->code, m->code) ||
        (r->sm->code[0] && targets_same_side(w->code, r->sm->code))) {
        return NULL;
    }
    return w;
}

/* "arrived in Walungu, about 1,800 kilometers east of Kinshasa", "a
 * village 20 miles north of the capital": an actor after a compass word
 * and "of" is a landmark a place is measured from, not whom the act is
 * aimed at (test_targets.c, "landmark"). */
static bool landmark(const truce_coder *c, const mention *m, size_t after)
{
    static const char *const compass[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "north-east", "north-west", "south-east", "south-west", NULL};
    if (!m || m->pronoun || m->tok_start <= after + 2) {
        return false;
    }
    size_t q = m->tok_start - 1;
    if (tok_is(c, q, c->k->w.the)) {
        q--;
    }
    if (!tok_is(c, q, c->k->w.of) || q < 1) {
        return false;
    }
    for (const char *const *w = compass; *w; w++) {
        if (tok_is_word(c, q - 1, *w) && !(c->t[q - 1].flags & TF_CAP)) {
            return true;
        }
    }
    return false;
}

/* "Israel captured East Jerusalem from Jordan", "retook Mosul from the
 * Islamic State": taking a place (occupation, 192; seizure or capture, 171,
 * 173, which occupation() in roles.c may make 192) from
 * someone is aimed at whom it is taken from, not at the place; not people
 * "from" their unit or country ("captured soldiers from the 5th brigade")
 * (test_targets.c, "taken from"). NULL if none. */
static const mention *taken_from(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    const mention *m = r->tm;
    if ((strncmp(h->code, "192", 3) != 0 && strncmp(h->code, "171", 3) != 0 && strncmp(h->code, "173", 3) != 0) ||
        !m || !r->sm || m->pronoun ||
        m == &r->place_target || m->tok_start <= h->i || m->person || m->kind == AK_AGENT) {
        return NULL;
    }
    size_t q = m->tok_end;
    while (q < h->se && q < m->tok_end + 4 && (c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) &&
                                              !is_prep(c, c->t[q].id) && !c->t[q].isverb)) {
        q++;
    }
    if (q + 1 >= h->se || !tok_is(c, q, c->k->w.from)) {
        return NULL;
    }
    q++;
    const mention *w = mv_at(&si->mv, q, false);
    while (!w && q + 1 < h->se && q < m->tok_end + 8 && tok_has(c, q, WC_DETERMINER)) {
        w = mv_at(&si->mv, ++q, false);
    }
    if (!w || w->pronoun || w == r->sm || !strncmp(w->code, m->code, 3) ||
        (r->sm->code[0] && targets_same_side(w->code, r->sm->code))) {
        return NULL;
    }
    return w;
}

/* The actor starting at p (determiners before it passed over, up to end)
 * that is another party than the source, or NULL. */
static const mention *other_party_at(const truce_coder *c, const sinfo *si, const head_roles *r, size_t p,
                                     size_t end)
{
    const mention *y = NULL;
    while (!y && p < end) {
        for (size_t x = 0; x < si->mv.n && !y; x++) {
            y = si->mv.v[x].tok_start == p ? &si->mv.v[x] : NULL;
        }
        if (!y && !tok_has(c, p, WC_DETERMINER)) {
            break;
        }
        p++;
    }
    if (!y || y->pronoun || y == r->sm || (!y->code[0] && !y->sector[0]) ||
        (y->code[0] && r->sm->code[0] && targets_same_side(y->code, r->sm->code))) {
        return NULL;
    }
    return y;
}

/* "condemned the killing of protesters by security forces", "criticized
 * the arrest of opposition leaders by Turkish police": disapproval or
 * rejection (roots 11, 12) of an act done to someone by someone is aimed
 * at the doer after "by", not at those it was done to (test_targets.c,
 * "act's doer"). NULL if none. */
static const mention *act_doer(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    static const char *const acts[] = {"killing", "killings", "arrest", "arrests", "detention", "detentions",
        "execution", "executions", "torture", "abduction", "abductions", "deportation", "deportations",
        "expulsion", "treatment", "mistreatment", "persecution", "jailing", "imprisonment", "beating",
        "beatings", "murder", "murders", "slaughter", "harassment", "shooting", "shootings", "bombing",
        "bombings", "massacre", "attack", "attacks", "shelling", "use", NULL};
    int root = code_root(h->code);
    if ((root != 11 && root != 12) || !r->sm || (r->tm && r->tm->tok_start <= h->i)) {
        return NULL;
    }
    size_t after = h->best.last_tok > h->i ? h->best.last_tok : h->i;
    size_t q = after + 1;
    while (q < h->se && q < after + 4 && (tok_has(c, q, WC_DETERMINER | WC_POSSESSIVE) ||
                                          (roles_tok_lex(c, q) & LEX_MOSTLY) == LEX_MOSTLY_ADJ)) {
        q++;   /* "the brutal killing" */
    }
    bool act = false;
    for (const char *const *w = acts; *w && q < h->se; w++) {
        act |= tok_is_word(c, q, *w);
    }
    if (!act || !tok_is(c, q + 1, c->k->w.of)) {
        return NULL;   /* "condemned the attack by X": the object already */
    }
    size_t oe = roles_object_end(c, q, h->ce);
    for (size_t b = q + 2; b + 1 < oe && b < q + 14; b++) {
        if (tok_punct(c, b, ',') || tok_is(c, b, c->k->w.that) ||
            (c->t[b].isverb && (c->t[b].vform == VF_S || c->t[b].vform == VF_ED) && !(c->t[b].flags & TF_CAP) &&
             !mv_inside(&si->mv, b) && !tok_is(c, b + 1, c->k->w.by))) {
            return NULL;   /* another clause: not the act's doer */
        }
        if (!tok_is(c, b, c->k->w.by)) {
            continue;
        }
        return other_party_at(c, si, r, b + 1, oe < b + 3 ? oe : b + 3);
    }
    return NULL;
}

/* "fired water cannon at Philippine vessels", "shot at Israeli
 * soldiers' vehicles": force or coercion (roots 17-20) with no target
 * aimed "at" or "on" what a nationality adjective owns is aimed at that
 * country; not at a place ("at the Syrian border") (test_targets.c,
 * "owner adjective"). Sets r->tm; false if none. */
static bool owner_adjective(const truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    static const char *const places[] = {"border", "borders", "coast", "coastline", "side", "territory",
        "waters", "airspace", "soil", "frontier", "capital", "city", "town", "village", "province", "region",
        "embassy", "consulate", NULL};
    if (code_root(h->code) < 17 || r->tm || !r->sm) {
        return false;
    }
    size_t after = h->best.last_tok > h->i ? h->best.last_tok : h->i;
    size_t oe = roles_object_end(c, after, h->ce);
    for (size_t q = after + 1; q + 2 < oe && q < after + 8; q++) {
        if (!(tok_is(c, q, c->k->w.at) || tok_is(c, q, c->k->w.on))) {
            continue;
        }
        size_t p = q + 1;
        while (p + 1 < oe && tok_has(c, p, WC_DETERMINER)) {
            p++;
        }
        const mention *m = mv_at(&si->mv, p, false);
        if (!m || m->kind != AK_ADJ || strlen(m->code) != 3 || !actor_is_country(m->code) || m->tok_end >= oe ||
            !np_word(c, m->tok_end)) {
            return false;
        }
        for (const char *const *w = places; *w; w++) {
            if (tok_is_word(c, m->tok_end, *w)) {
                return false;   /* "at the Syrian border": a place */
            }
        }
        const char *own = r->sm->code[0] ? r->sm->code : r->sm->country;
        if (!strncmp(m->code, own, 3)) {
            return false;
        }
        targets_owner_target(r, m->code, m->tok_start);
        return true;
    }
    return false;
}

/* "filed a complaint with the U.N. Security Council against Israel",
 * "lodged a protest with the U.N. against Russia": disapproval or
 * rejection (roots 11, 12) whose object is the body it is addressed to is
 * aimed at the one after "against" (test_targets.c, "against"). NULL if
 * none. */
static const mention *against_party(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    const mention *m = r->tm;
    int root = code_root(h->code);
    if ((root != 11 && root != 12) || !m || !r->sm || m == &r->place_target || m->tok_start <= h->i + 1 ||
        !(tok_is(c, m->tok_start - 1, c->k->w.with) || tok_is(c, m->tok_start - 1, c->k->w.to) ||
          (tok_is(c, m->tok_start - 1, c->k->w.the) &&
           (tok_is(c, m->tok_start - 2, c->k->w.with) || tok_is(c, m->tok_start - 2, c->k->w.to))))) {
        return NULL;   /* only a body addressed "with" or "to" */
    }
    size_t oe = roles_object_end(c, m->tok_end - 1, h->ce);
    for (size_t q = m->tok_end; q + 1 < oe && q < m->tok_end + 6; q++) {
        if (tok_punct(c, q, ',') || tok_is(c, q, c->k->w.that) || mv_inside(&si->mv, q) ||
            (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) && !(c->t[q].flags & TF_CAP))) {
            return NULL;
        }
        if (!tok_is_word(c, q, "against")) {
            continue;
        }
        size_t p = q + 1;
        const mention *y = mv_at(&si->mv, p, false);
        while (!y && p + 1 < oe && tok_has(c, p, WC_DETERMINER)) {
            y = mv_at(&si->mv, ++p, false);
        }
        if (!y || y->pronoun || y == r->sm || (r->sm->code[0] && targets_same_side(y->code, r->sm->code))) {
            return NULL;
        }
        return y;
    }
    return NULL;
}

/* "called for the release of Evan Gershkovich, who is held by Russia",
 * "demanded the release of all prisoners detained by the junta": a demand
 * for a release (0253, 1053) is aimed at the captor "held by" names, not
 * at the captive (test_targets.c, "captor"). NULL if none. */
static const mention *captor(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    static const char *const held[] = {"held", "detained", "jailed", "imprisoned", "kidnapped", "abducted",
        "captured", "seized", "kept", NULL};
    if ((strncmp(h->code, "0253", 4) != 0 && strncmp(h->code, "1053", 4) != 0) || !r->sm ||
        (r->tm && r->tm->tok_start <= h->i)) {
        return NULL;
    }
    size_t after = h->best.last_tok > h->i ? h->best.last_tok : h->i;
    for (size_t q = after + 1; q + 2 < h->se && q < after + 20; q++) {
        if (tok_punct(c, q, ';') || is_quote_tok(c, q) || tok_is(c, q, c->k->w.that) ||
            (c->t[q].isverb && (c->t[q].vform == VF_S || c->t[q].vform == VF_ED) && !(c->t[q].flags & TF_CAP) &&
             !is_aux(c, q) && !mv_inside(&si->mv, q) && !tok_is(c, q + 1, c->k->w.by))) {
            return NULL;   /* another clause */
        }
        bool h_word = false;
        for (const char *const *w = held; *w; w++) {
            h_word |= tok_is_word(c, q, *w);
        }
        if (!h_word || !tok_is(c, q + 1, c->k->w.by)) {
            continue;
        }
        return other_party_at(c, si, r, q + 2, h->se < q + 5 ? h->se : q + 5);
    }
    return NULL;
}

/* "launched an offensive in rural Aleppo, targeting army positions",
 * "shelled villages near Homs, killing five rebels": force (roots 18-20)
 * whose object is only where it happened, a country or capital after a
 * preposition of place, hit whom a participle of violence after a comma
 * names, when it names a party other than the doer's side (test_targets.c,
 * "place then victim"). NULL if not so. */
static const mention *victim_past_place(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                        const head_roles *r)
{
    const mention *t = r->tm;
    bool adj_place = t && t->kind == AK_ADJ && t->tok_end < h->se && tok_has(c, t->tok_end, WC_PLACE_NOUN);
    /* ... or a role of the doer's own sector after a preposition ("west of
     * the T-4 Military Airport"): a force does not attack its own side */
    const char *ss = r->sm && strlen(r->sm->code) >= 6 ? r->sm->code + 3 : r->sm ? r->sm->sector : "";
    bool own_role = t && !t->code[0] && t->sector[0] && ss[0] && !strncmp(t->sector, ss, 3);
    if (code_root(h->code) < 18 || !r->sm || !t || t == &r->place_target || t->pronoun || t->tok_start <= h->i ||
        !(t->kind == AK_CAPITAL || t->kind == AK_COUNTRY || adj_place || own_role)) {
        return NULL;   /* ... or an adjective of a place noun: "in the Nigerian city of" */
    }
    bool prep = false;
    for (size_t q = h->i + 1; q < t->tok_start; q++) {
        if (tok_punct(c, q, ',') || mv_inside(&si->mv, q)) {
            return NULL;   /* another actor before the place, or another clause */
        }
        prep |= tok_has(c, q, WC_LOCATIVE) || tok_is(c, q, c->k->w.of);
    }
    /* ... or a capital naming where the object is ("destroyed a Baghdad
     * restaurant, killing eight people") */
    size_t n = t->tok_end;
    prep |= t->kind == AK_CAPITAL && n < h->se && c->t[n].kind == TOK_WORD && !(c->t[n].flags & TF_CAP) &&
            !c->t[n].isverb && !is_prep(c, c->t[n].id) && !mv_inside(&si->mv, n);
    const mention *m = prep ? targets_violent_participle(c, si, h, r) : NULL;
    if (!m || m == t || m->kind == AK_CAPITAL || m->kind == AK_COUNTRY || m->tok_start < t->tok_end ||
        (!m->code[0] && !m->sector[0]) || (m->code[0] && r->sm->code[0] && targets_same_side(m->code, r->sm->code))) {
        return NULL;
    }
    return m;
}

/* "attacked a village in Bama Local Government Area", "in Wukari local
 * government area": a role of no country whose words, between capitalised
 * words no actor's, go on to a place noun, is the name of a place, no party
 * (test_targets.c, "place name"). */
static bool role_in_place_name(const truce_coder *c, const sinfo *si, const head_ctx *h, const head_roles *r)
{
    const mention *m = r->tm;
    if (!m || m == &r->place_target || m->pronoun || m->code[0] || !m->sector[0] || m->tok_start <= h->i ||
        m->tok_end >= h->se || !tok_has(c, m->tok_end, WC_PLACE_NOUN)) {
        return false;
    }
    size_t b = m->tok_start;
    bool before = b > c->s[h->s_index].tok_start + 1 && c->t[b - 1].kind == TOK_WORD &&
                  (c->t[b - 1].flags & TF_CAP) && !mv_inside(&si->mv, b - 1);
    bool caps = true;
    for (size_t q = b; q <= m->tok_end; q++) {
        caps &= c->t[q].kind == TOK_WORD && (c->t[q].flags & TF_CAP);
    }
    return before || caps;
}

void targets_adjuncts(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    if (c->opt.literal) {
        return;
    }
    if (role_in_place_name(c, si, h, r)) {
        coder_trace(c, "  \"%.*s\": its object's role is inside a place's name", TOKF(h->i));
        r->tm = NULL;
    }
    const mention *w = modifier_with(c, si, h, r);
    if (w) {
        coder_trace(c, "  \"%.*s\": its object's actor modifies a noun with another party", TOKF(h->i));
        r->tm = w;
    }
    if (!r->tm || (r->sm && r->tm->code[0] && !strcmp(r->tm->code, r->sm->code))) {
        const mention *p = purpose_with(c, si, h, r);
        if (p) {
            coder_trace(c, "  \"%.*s\": the purpose of an act with the party after \"with\"", TOKF(h->i));
            r->tm = p;
        }
    }
    if (r->tm && r->sm && r->tm != &r->place_target && !r->tm->pronoun && r->tm->tok_start > h->i &&
        r->tm->tok_end < h->se && code_root(h->code) != 15 && roles_state_at_home(r->sm->code, r->tm->code) &&
        np_word(c, r->tm->tok_end) &&
        !mv_inside(&si->mv, r->tm->tok_end)) {
        /* "Washington cut U.S. funding for UNRWA", "troops captured the
         * mastermind of an attack on an Israeli kibbutz": a state's own
         * country modifying the object's noun is no party to the act; a
         * patrol's is the place patrolled (roles.c, patrolled_place) */
        coder_trace(c, "  \"%.*s\": its target is its own country modifying a noun", TOKF(h->i));
        r->tm = NULL;
    }
    if (r->tm && r->tm != &r->place_target && code_root(h->code) != 14 && code_root(h->code) != 15 &&
        landmark(c, r->tm, h->i)) {
        /* not of protest and patrols, which a capital's country or
         * government a landmark names is mostly about ("patrolled near a
         * village west of Katmandu": the role's own country, roles.c) */
        coder_trace(c, "  \"%.*s\": its target is a landmark a place is measured from", TOKF(h->i));
        r->tm = NULL;
    }
    if (owner_adjective(c, si, h, r)) {
        coder_trace(c, "  \"%.*s\": aimed at the country whose adjective owns its object", TOKF(h->i));
    }
    typedef const mention *(*finder)(const truce_coder *, const sinfo *, const head_ctx *, const head_roles *);
    static const struct {
        finder find;
        const char *why;
    } before[] = {
        {captor, "aimed at the captor of those whose release it asks"},
        {against_party, "aimed at the one after \"against\", not the body addressed"},
        {act_doer, "aimed at the doer of the act it disapproves of"},
        {taken_from, "a place taken from someone is aimed at that one"},
        {document_topic, "about what the document of its object's actor is about"},
        {victim_past_place, "its object is where; the participle after it names whom"},
    }, after[] = {
        {where_people, "aimed at those its place's \"where\" clause puts there"},
        {quoted_accused, "aimed at the subject of the quotation before it"},
        {targets_passive_victims, "aimed at the victims of the passive the sentence opens with"},
        {targets_protest_demand, "a protest aimed at whom its demand is addressed to"},
    };
    for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
        const mention *m = before[k].find(c, si, h, r);
        if (m) {
            coder_trace(c, "  \"%.*s\": %s", TOKF(h->i), before[k].why);
            r->tm = m;
        }
    }
    if (relative_subject(c, si, h, r)) {
        coder_trace(c, "  \"%.*s\": its object's actor is the subject of a relative clause", TOKF(h->i));
        r->tm = NULL;
    }
    if ((!r->tm || (r->sm && r->sm->code[0] && r->tm->code[0] && targets_same_side(r->tm->code, r->sm->code))) &&
        concern_place(c, si, h, r)) {
        coder_trace(c, "  \"%.*s\": concern about a thing in a place, its country's", TOKF(h->i));
    }
    targets_place_holder(c, si, h, r);
    targets_protest_embassy(c, si, h, r);
    for (size_t k = 0; k < sizeof after / sizeof after[0]; k++) {
        const mention *m = after[k].find(c, si, h, r);
        if (m) {
            coder_trace(c, "  \"%.*s\": %s", TOKF(h->i), after[k].why);
            r->tm = m;
        }
    }
}
