/* match.c — what: heads and their best pattern.
 *
 * A head is a verb (by its WordNet lemma, or a form a dictionary lists of
 * its own, or a TABARI stem) or an event noun that some pattern has for
 * head. Its patterns (data/verbs.txt and users' PETRARCH/TABARI files, all
 * compiled by patc.c into one shape) are matched around it: word elements
 * with alternatives, gaps, and the source, target, compound and skipped
 * actor slots filled by the sentence's mentions; the best pattern is the
 * one with the most elements (pattern lines over verb lines), ties to the
 * earlier line. A per-sentence Bloom filter of word ids spares the matcher
 * most patterns. CAMEO.2.0 transformations of infinitives ("wants to
 * attack") are found here too. Whether the word is used as a verb, and
 * what the verb group says of the act, is modality.c's.
 *
 * Tests: tests/unit/test_match.c (one block per rule), and the golden cases of
 * tests/golden/code/.
 */
#include "coder.h"

/* Record an actor a ^ element passed over. */
static void note_skip(pmatch *m, const pat_elem *el, const mention *x)
{
    if (el->kind == PE_SKIP && m->n_skip < 4) {
        m->skip[m->n_skip++] = x;
    }
}

/* Is token i matched to the pattern word w by its verb lemma alone as a
 * participle that describes the noun after a determiner ("the warring
 * parties" is no "war", "the attacking forces" no "attack")? Then it is no
 * form of that word (test_patc.c: participles before nouns). */
static bool modifier_by_lemma(const truce_coder *c, size_t i, uint32_t w)
{
    const token *t = &c->t[i];
    return t->vlemma == w && t->id != w && t->nlemma != w && (t->vform == VF_ING || t->vform == VF_ED) && i > 0 &&
           tok_has(c, i - 1, WC_DETERMINER | WC_POSSESSIVE) && !is_prep(c, c->t[i - 1].id) && i + 1 < c->nt &&
           c->t[i + 1].kind == TOK_WORD && !is_prep(c, c->t[i + 1].id) &&
           !tok_has(c, i + 1, WC_DETERMINER | WC_CLAUSE_END | WC_BOUNDARY) && !tok_adverb(c, i + 1);
}

static bool word_match(const truce_coder *c, size_t i, const pat_elem *pe)
{
    if (i >= c->nt) {
        return false;
    }
    const token *t = &c->t[i];
    for (int a = 0; a < pe->n_alts; a++) {
        uint32_t w = pe->alts[a];
        if ((t->id == w || t->vlemma == w || t->nlemma == w) && !modifier_by_lemma(c, i, w)) {
            return true;
        }
    }
    return false;
}

static bool id_match(const token *t, uint32_t w)
{
    return t->id == w || t->vlemma == w || t->nlemma == w;
}

/* The longest alternative of a word element that occurs at tokens
 * [i, i+len) inside [i, end): its length, or 0. A one-word element (no
 * alt_lens) is word_match. */
/* Does token i begin with the word id w (a TABARI stem)? */
static bool stem_match(const truce_coder *c, size_t i, uint32_t w)
{
    const token *t = &c->t[i];
    if (t->id == w || t->vlemma == w || t->nlemma == w) {
        return true;
    }
    if (t->kind != TOK_WORD) {
        return false;
    }
    str sw = intern_str(&c->k->words, w);
    uint8_t key[64];
    ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    return n >= sw.len && sw.len > 0 && memcmp(key, sw.p, (size_t)sw.len) == 0;
}

/* Does token k hold word id w, matched as mode (ALT_*) says? */
static bool alt_tok(const truce_coder *c, size_t k, uint32_t w, int mode)
{
    return mode == ALT_STEM ? stem_match(c, k, w) : mode == ALT_EXACT ? c->t[k].id == w
                                                   : id_match(&c->t[k], w) && !modifier_by_lemma(c, k, w);
}

/* Words a pattern alternative may pass over at a PAT_GAP_ID. */
#define ALT_GAP 8

/* One alternative ids[0..n) (its last word matched as last says, ALT_*) matched
 * from token i inside [i, end): the tokens it spans, or 0. At a
 * PAT_GAP_ID other words may come before the next word (the first
 * place it occurs is taken). */
static size_t alt_fwd(const truce_coder *c, size_t i, size_t end, const uint32_t *ids, size_t n, int last)
{
    size_t pos = i;
    if (end > c->nt) {
        end = c->nt;
    }
    for (size_t q = 0; q < n; q++) {
        bool gap = ids[q] == PAT_GAP_ID && q + 1 < n;
        q += gap;
        int stem = q + 1 == n ? last : ALT_LEMMA;
        size_t stop = gap ? (pos + ALT_GAP + 1 < end ? pos + ALT_GAP + 1 : end) : (pos + 1 < end ? pos + 1 : end);
        while (pos < stop && !alt_tok(c, pos, ids[q], stem) && gap && c->t[pos].kind == TOK_WORD) {
            pos++;
        }
        if (pos >= stop || !alt_tok(c, pos, ids[q], stem)) {
            return 0;
        }
        pos++;
    }
    return pos - i;
}

/* The same for an alternative that ends at token i, inside [begin, i]. */
static size_t alt_back(const truce_coder *c, ptrdiff_t i, ptrdiff_t begin, const uint32_t *ids, size_t n,
                       int last)
{
    ptrdiff_t pos = i;
    bool gap = false;
    for (size_t r = n; r-- > 0;) {
        if (ids[r] == PAT_GAP_ID) {
            gap = r + 1 < n;
            continue;
        }
        int stem = r + 1 == n ? last : ALT_LEMMA;
        ptrdiff_t stop = gap ? (pos - ALT_GAP - 1 > begin - 1 ? pos - ALT_GAP - 1 : begin - 1) : pos - 1;
        if (stop < begin - 1) {
            stop = begin - 1;
        }
        while (pos > stop && !alt_tok(c, (size_t)pos, ids[r], stem) && gap && c->t[pos].kind == TOK_WORD) {
            pos--;
        }
        if (pos <= stop || !alt_tok(c, (size_t)pos, ids[r], stem)) {
            return 0;
        }
        pos--;
        gap = false;
    }
    return (size_t)(i - pos);
}

size_t match_elem_fwd(const truce_coder *c, size_t i, size_t end, const pat_elem *pe)
{
    if (pe->stem) {
        return i < end && i < c->nt && stem_match(c, i, pe->alts[0]) ? 1 : 0;
    }
    if (pe->exact) {
        return i < end && i < c->nt && c->t[i].id == pe->alts[0] ? 1 : 0;
    }
    if (!pe->alt_lens && !pe->alt_stem) {
        return i < end && word_match(c, i, pe) ? 1 : 0;
    }
    size_t best = 0, o = 0;
    for (int a = 0; a < pe->n_alts; o += pe->alt_lens ? pe->alt_lens[a] : 1, a++) {
        size_t n = pe->alt_lens ? pe->alt_lens[a] : 1;
        size_t len = alt_fwd(c, i, end, pe->alts + o, n, pe->alt_stem ? pe->alt_stem[a] : ALT_LEMMA);
        if (len > best) {
            best = len;
        }
    }
    return best;
}

/* The same, for an alternative that ends at token i (inside [begin, i]). */
static size_t elem_back(const truce_coder *c, ptrdiff_t i, ptrdiff_t begin, const pat_elem *pe)
{
    if (i < begin) {
        return 0;
    }
    if (pe->stem) {
        return stem_match(c, (size_t)i, pe->alts[0]) ? 1 : 0;
    }
    if (pe->exact) {
        return c->t[i].id == pe->alts[0] ? 1 : 0;
    }
    if (!pe->alt_lens && !pe->alt_stem) {
        return word_match(c, (size_t)i, pe) ? 1 : 0;
    }
    size_t best = 0, o = 0;
    for (int a = 0; a < pe->n_alts; o += pe->alt_lens ? pe->alt_lens[a] : 1, a++) {
        size_t n = pe->alt_lens ? pe->alt_lens[a] : 1;
        size_t len = alt_back(c, i, begin, pe->alts + o, n, pe->alt_stem ? pe->alt_stem[a] : ALT_LEMMA);
        if (len > best) {
            best = len;
        }
    }
    return best;
}

static void bloom_add(truce_coder *c, uint32_t id)
{
    if (id) {
        uint32_t b = PAT_BLOOM_BIT(id);
        c->bloom[b >> 6] |= 1ull << (b & 63);
    }
}

/* Can every word element of the pattern occur in this sentence? A cheap
 * test that spares the matcher most patterns. */
static bool pattern_possible(const truce_coder *c, const pattern *p)
{
    /* first the one-word elements, kept in the pattern itself */
    for (int k = 0; k < p->n_need; k++) {
        if (!((c->bloom[p->need[k] >> 6] >> (p->need[k] & 63)) & 1)) {
            return false;
        }
    }
    for (int side = 0; side < 2; side++) {
        const pat_elem *el = side ? p->pre : p->post;
        int n = side ? p->n_pre : p->n_post;
        for (int k = 0; k < n; k++) {
            if (el[k].kind != PE_WORD || el[k].stem) {
                continue;   /* stems match words the filter does not hold */
            }
            bool any = false;
            size_t o = 0;
            for (int a = 0; a < el[k].n_alts && !any; a++) {
                uint32_t b = PAT_BLOOM_BIT(el[k].alts[o]);
                /* a stem alternative ("dollar~") may match any word; an
                 * exact one ("bomb=") is a word the filter holds */
                any = ((c->bloom[b >> 6] >> (b & 63)) & 1) ||
                      (el[k].alt_stem && el[k].alt_stem[a] == ALT_STEM && (!el[k].alt_lens || el[k].alt_lens[a] == 1));
                o += el[k].alt_lens ? el[k].alt_lens[a] : 1;
            }
            if (!any) {
                return false;
            }
        }
    }
    return true;
}

/* ---- word classes (":creature", ":condition|mishap") --------------------- */

/* Is token i a word (or the plural of a word) of one of el's classes? */
static bool class_word(const truce_coder *c, size_t i, const pat_elem *el)
{
    const token *t = &c->t[i];
    if (t->kind != TOK_WORD) {
        return false;
    }
    uint64_t w = t->wclass;
    if (t->nlemma && t->nlemma < c->k->heads_cap) {
        w |= c->k->wclass[t->nlemma];   /* "blazes", "dogs": the singular's */
    }
    if ((t->flags & TF_CAP) && !(t->flags & TF_UPPER) && i > 0 && !clause_stop(c, i - 1)) {
        w &= ~WC_CREATURE;   /* a name ("attacked Ganja"), not a plant or an animal */
    }
    bool in = false;
    for (int a = 0; a < el->n_alts && !in; a++) {
        in = (w >> el->alts[a]) & 1;
    }
    if (!in || (w & WC_CLASS_EXCEPTION)) {
        return false;
    }
    /* a noun: not a word the lexicon knows mostly as an adjective, adverb
     * or particle ("shot down": WordNet's first "down" is feathers) */
    uint8_t key[64];
    ptrdiff_t len = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lx = len > 0 ? kb_lex(c->k, key, len) : 0;
    return !lx || ((lx & LEX_MOSTLY) != 0 && (lx & LEX_MOSTLY) != LEX_MOSTLY_ADJ);
}

/* Lower-case function words that end a noun phrase or begin another. */
static bool np_stop(const truce_coder *c, size_t i)
{
    const kb *k = c->k;
    uint32_t id = c->t[i].id;
    return is_prep(c, id) || is_aux(c, i) ||
           tok_has(c, i, WC_BOUNDARY | WC_CLAUSE_END | WC_PRONOUN | WC_SPEAKER_PRONOUN | WC_PLURAL_PRONOUN |
                             WC_MODAL | WC_NEGATION | WC_LOCATIVE | WC_ROLE_PREP) ||
           id == k->w.and_ || id == k->w.or_ || id == k->w.nor || id == k->w.but || id == k->w.that ||
           id == k->w.which || id == k->w.who || id == k->w.as || id == k->w.when || id == k->w.while_ ||
           id == k->w.if_ || id == k->w.unless;
}

/* May token i stand before the head of a noun phrase (a determiner, a
 * number, an adjective or a noun modifier)? */
static bool np_premodifier(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    if (t->kind == TOK_NUM || tok_has(c, i, WC_DETERMINER | WC_MODIFIER | WC_POSSESSIVE)) {
        return true;
    }
    /* a plural noun heads its own phrase ("positions belonging to") */
    return t->kind == TOK_WORD && !np_stop(c, i) && !tok_adverb(c, i) && !t->nlemma;
}

/* Does the noun phrase go on after token h ("security forces": "security"
 * is no head), a lower-case noun coming next? */
static bool np_goes_on(const truce_coder *c, size_t h, size_t end)
{
    size_t n = h + 1;
    if (n >= end || n >= c->nt) {
        return false;
    }
    const token *t = &c->t[n];
    if (t->kind != TOK_WORD || (t->flags & TF_CAP) || np_stop(c, n) || tok_adverb(c, n) ||
        tok_has(c, n, WC_DETERMINER)) {
        return false;
    }
    if (t->vform == VF_ED || (t->vform == VF_S && !t->nlemma)) {
        return false;   /* "poverty killed", "hunger kills": the verb */
    }
    uint8_t key[64];
    ptrdiff_t len = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lx = len > 0 ? kb_lex(c->k, key, len) : 0;
    /* a word the lexicon does not know may be a noun too */
    return !lx || ((lx & LEX_NOUN) && (lx & LEX_MOSTLY) != LEX_MOSTLY_VERB);
}

/* Is the class word at h the head of its phrase, with no actor in it nor
 * in an "of" phrase after it ("the advance of the rebels")? */
static bool class_head(const truce_coder *c, const mvec *mv, size_t h, size_t end)
{
    if (np_goes_on(c, h, end) || mv_inside(mv, h)) {
        return false;
    }
    if (h + 1 < end && tok_is(c, h + 1, c->k->w.of)) {
        for (size_t q = h + 2; q < end && q < h + 6 && !clause_stop(c, q); q++) {
            if (mv_inside(mv, q)) {
                return false;
            }
            if (!np_premodifier(c, q)) {
                break;
            }
        }
    }
    return true;
}

/* May token i be passed over by a "*np" gap, inside the noun phrase of a
 * verb's object ("seized the strategic northern town", "took control of
 * the city")? No punctuation, no preposition but "of", no clause word, no
 * verb form after the first word. (test_senses.c: territory) */
static bool np_gap_word(const truce_coder *c, size_t i)
{
    static const char *const prep[] = {"by", "to", "with", "during", "after", "before", "for", "on", "into",
                                       "onto", "amid", "over", "under", "against", "between", "as", NULL};
    const token *t = &c->t[i];
    if (tok_is(c, i, c->k->w.of) || tok_is(c, i, c->k->w.s)) {
        return true;   /* "control of", "Croatia's" */
    }
    if (tok_punct(c, i, ',') && i + 1 < c->nt && c->t[i + 1].kind == TOK_WORD && !(c->t[i + 1].flags & TF_CAP) &&
        (roles_tok_lex(c, i + 1) & LEX_MOSTLY) == LEX_MOSTLY_ADJ) {
        return true;   /* "the small, mountainous territory" */
    }
    if (t->kind == TOK_PUNCT || np_stop(c, i) || tok_has(c, i, WC_LOCATIVE | WC_ROLE_PREP | WC_BOUNDARY)) {
        return false;
    }
    for (const char *const *w = prep; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return false;
        }
    }
    return true;
}

/* A quantity before "of" ("thousands of dogs"): the head comes after it. */
static bool quantity(const truce_coder *c, size_t i)
{
    static const char *const q[] = {"hundreds", "thousands", "millions", "billions", "dozens", "scores",
                                    "tens", "herds", "flocks", "packs", NULL};
    if (c->t[i].kind == TOK_NUM) {
        return true;
    }
    for (const char *const *w = q; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* A class element from token i forward: determiners, numbers, adjectives
 * and noun modifiers, then a word of the class that heads the phrase
 * ("a plane crash", "the deadly blazes"; not "security forces", not
 * "Russian aggression", whose modifier is an actor). The tokens it
 * spans, or 0. (test_senses.c: force against no political actor) */
static size_t class_fwd(const truce_coder *c, const mvec *mv, size_t i, size_t end, const pat_elem *el)
{
    if (end > c->nt) {
        end = c->nt;
    }
    for (size_t h = i; h < end && h < i + 6; h++) {
        if (mv_inside(mv, h)) {
            return 0;
        }
        if (class_word(c, h, el) && class_head(c, mv, h, end)) {
            return h - i + 1;
        }
        if (!np_premodifier(c, h) && !quantity(c, h) && !(h > i && tok_is(c, h, c->k->w.of) && quantity(c, h - 1))) {
            return 0;
        }
    }
    return 0;
}

/* The same backward: the class word at token i heads its phrase, and no
 * actor modifies it ("An earthquake killed"; not "Syrian shelling"). */
static bool class_back(const truce_coder *c, const mvec *mv, ptrdiff_t i, ptrdiff_t begin, const pat_elem *el)
{
    if (i < begin || !class_word(c, (size_t)i, el) || !class_head(c, mv, (size_t)i, c->nt)) {
        return false;
    }
    for (ptrdiff_t q = i - 1; q >= begin && q > i - 6 && np_premodifier(c, (size_t)q); q--) {
        if (mv_inside(mv, (size_t)q)) {
            return false;
        }
    }
    return true;
}

/* A mention of a role with no code yet that starts at tok ("residents",
 * "herders"): its country comes from the story when the event is coded
 * (roles.c), as for a verb's subject. It fills the slots of an event
 * noun ("clashes between troops and rebels", "a protest by residents")
 * and a verb's explicit source ("by $"), not a verb's object. */
static const mention *role_at(const mvec *mv, size_t tok)
{
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start == tok && !m->code[0] && m->sector[0] && !m->pronoun && !m->unknown && !m->person) {
            return m;
        }
    }
    return NULL;
}

/* The slot a slot element fills; NULL for ^ (an actor passed over). */
static const mention **slot_of(pmatch *m, const pat_elem *el)
{
    switch (el->kind) {
    case PE_SRC:
        return &m->src;
    case PE_TGT:
        return &m->tgt;
    case PE_COMP:
        return &m->comp;
    default:
        return NULL;
    }
}

/* Is token i an object pronoun, which may stand between a phrasal verb and
 * its particle ("turned them down")? */
static bool object_pronoun(const truce_coder *c, size_t i)
{
    static const char *const w[] = {"them", "it", "him", "her", "you", "us", "me", "this", "these", "those", NULL};
    for (const char *const *p = w; *p; p++) {
        if (tok_is_word(c, i, *p)) {
            return true;
        }
    }
    return false;
}

/* Is token i an adverb particle of a phrasal verb that may follow its
 * object ("broke it up"; not "on", "in": "called them on Monday")? */
static bool particle(const truce_coder *c, size_t i)
{
    static const char *const w[] = {"up", "down", "out", "off", "back", "away", "over", NULL};
    for (const char *const *p = w; *p; p++) {
        if (tok_is_word(c, i, *p)) {
            return true;
        }
    }
    return false;
}

/* Does an opening quotation mark at i quote a few words only ("called it
 * “unbearable.”", "as “a strategic disaster”"), which a pattern may read
 * through? (test_senses.c: scare quotes) */
static bool scare_quote(const truce_coder *c, size_t i)
{
    if (i >= c->nt || !(c->t[i].flags & TF_QUOTE_OPEN)) {
        return false;
    }
    for (size_t q = i + 1; q < c->nt && q <= i + 6; q++) {
        if (c->t[q].flags & TF_QUOTE_CLOSE) {
            return q > i + 1;
        }
        if (c->t[q].kind != TOK_WORD &&
            !((tok_punct(c, q, '.') || tok_punct(c, q, ',')) && q + 1 < c->nt && (c->t[q + 1].flags & TF_QUOTE_CLOSE))) {
            return false;
        }
    }
    return false;
}

/* Does the closing quotation mark at i close scare quotes ("called for a
 * “total war” against")? */
static bool scare_close(const truce_coder *c, size_t i)
{
    if (i >= c->nt || !(c->t[i].flags & TF_QUOTE_CLOSE)) {
        return false;
    }
    for (size_t o = i; o > 0 && o + 7 > i; o--) {
        if (c->t[o - 1].flags & TF_QUOTE_OPEN) {
            return scare_quote(c, o - 1);
        }
    }
    return false;
}

/* A clause end at ce that opens scare quotes does not end the pattern's
 * reach: the quoted words and what follows up to the next clause end are
 * read too ("called the plan “a betrayal” of voters"). */
static size_t scare_end(const truce_coder *c, size_t ce)
{
    while (scare_quote(c, ce)) {
        size_t q = ce + 1;
        while (!(c->t[q].flags & TF_QUOTE_CLOSE)) {
            q++;   /* scare_quote found it within six tokens */
        }
        for (ce = q + 1; ce < c->nt && !clause_stop(c, ce) && !tok_has(c, ce, WC_CLAUSE_END); ce++) {
        }
    }
    return ce;
}

/* Match post-elements from token pos; returns true and fills m. */
/* A day named between a verb and its particle or object: "called
 * Thursday on the Arabs to ...", "met yesterday with the envoy" (test_senses.c:
 * day between verb and particle). */
static bool day_adverb(const truce_coder *c, size_t i)
{
    if (i >= c->nt || !tok_has(c, i, WC_DATE_WORD)) {
        return false;
    }
    if (tok_is(c, i, c->k->w.yesterday) || tok_is(c, i, c->k->w.today)) {
        return true;
    }
    const token *t = &c->t[i];
    return (t->flags & TF_CAP) && weekday_from_name((str){c->text + t->start, (ptrdiff_t)(t->end - t->start)}) >= 0;
}

/* Is the comma at q the opening of an actor's apposition inside a gap,
 * an actor right before it and another right after it that a comma closes
 * ("forced the U.N. refugee agency, UNHCR, out of the country")? The
 * closing comma's index, else 0 (test_senses.c: apposition in a gap). */
static size_t match_apposition_end(const truce_coder *c, const mvec *mv, size_t q)
{
    if (!tok_punct(c, q, ',') || q == 0 || !mv_ending_at(mv, q - 1) || q + 2 >= c->nt) {
        return 0;
    }
    const mention *m = mv_at(mv, q + 1, false);
    if (!m || m->tok_start != q + 1 || m->tok_end >= c->nt || !tok_punct(c, m->tok_end, ',')) {
        return 0;
    }
    return m->tok_end;
}

/* Is token q the opening bracket of a short aside after an actor ("the
 * Lebanese Armed Forces (LAF) with", "Hayat Tahrir al-Sham (HTS) of")?
 * Returns the closing bracket's index, else 0 (test_senses.c: bracketed
 * acronyms in a slot). */
static size_t match_bracket_end(const truce_coder *c, size_t q)
{
    if (!tok_punct(c, q, '(')) {
        return 0;
    }
    for (size_t r = q + 1; r < c->nt && r <= q + 6; r++) {
        if (tok_punct(c, r, ')')) {
            return r > q + 1 ? r : 0;
        }
        if (c->t[r].kind == TOK_PUNCT) {
            return 0;
        }
    }
    return 0;
}

/* Is token i a bare verb that makes the "to" before it an infinitive's
 * ("traveled to seize"), not a preposition ("traveled to Kenya")? A
 * visit's pattern that ends in "to" wants a destination ("gave X 14 days
 * to" does not; test_senses.c: travel to do). */
static bool infinitive_after(const truce_coder *c, size_t i)
{
    if (i >= c->nt) {
        return false;
    }
    const token *t = &c->t[i];
    return t->kind == TOK_WORD && t->isverb && t->vform == VF_BASE && !(t->flags & (TF_CAP | TF_LEX_NOT_VERB)) &&
           !tok_has(c, i, WC_DETERMINER);
}

static bool match_post(const truce_coder *c, const mvec *mv, const pat_elem *el, int n,
                       size_t pos, size_t end, pmatch *m)
{
    if (n == 0) {
        return true;
    }
    /* skip a determiner before words and slots */
    switch (el->kind) {
    case PE_GAP: {
        size_t max = el->max_gap ? el->max_gap : 6;
        size_t past = 0, bonus = 0;   /* an actor's apposition passed over: its closing comma, length */
        for (size_t skip = 0; skip <= max + bonus && pos + skip <= end; skip++) {
            if (skip > 0 && pos + skip - 1 > past && !c->opt.literal) {
                size_t close = match_apposition_end(c, mv, pos + skip - 1);
                if (close && close < end) {
                    /* "forced the U.N. refugee agency, UNHCR, out of": the
                     * apposition does not count against the gap */
                    bonus += close - (pos + skip - 1) + 1;
                    past = close;
                    skip = close - pos;
                    continue;
                }
            }
            if (skip > 0 && pos + skip - 1 != past && clause_stop(c, pos + skip - 1) && !scare_quote(c, pos + skip - 1) &&
                !scare_close(c, pos + skip - 1)) {
                break;
            }
            if (skip > 0 && pos + skip - 1 != past && !c->opt.literal && tok_has(c, pos + skip - 1, WC_BOUNDARY) &&
                !tok_is(c, pos + skip - 1, c->k->w.that)) {
                /* "will withdraw its force from Chad unless X arranged a
                 * ceasefire": truce's own patterns do not reach into
                 * another clause ("that" aside: "demanded that ...") */
                break;
            }
            if (skip > 0 && pos + skip - 1 != past && !c->opt.literal && tok_punct(c, pos + skip - 1, ',') &&
                pos + skip < end && c->t[pos + skip].isverb && c->t[pos + skip].vform == VF_ED &&
                !(c->t[pos + skip].flags & TF_CAP) && !mv_inside(mv, pos + skip) &&
                !(pos + skip + 1 < end && tok_is(c, pos + skip + 1, c->k->w.by))) {
                /* "which the administration pulled out of, called a meeting":
                 * a comma, then another clause's verb */
                break;
            }
            if (skip > 0 && el->np && !np_gap_word(c, pos + skip - 1)) {
                break;   /* "captured the suspect in the town": the town is no object */
            }
            /* a word must come next: only try where it (or "the" + it) is */
            if (n > 1 && el[1].kind == PE_WORD && !match_elem_fwd(c, pos + skip, end, &el[1]) &&
                !match_elem_fwd(c, pos + skip + 1, end, &el[1])) {
                continue;
            }
            if (match_post(c, mv, el + 1, n - 1, pos + skip, end, m)) {
                return true;
            }
        }
        return false;
    }
    case PE_WORD: {
        size_t len = match_elem_fwd(c, pos, end, el);
        if (len && n == 1 && len == 1 && m->p && m->p->code[0] == '0' && m->p->code[1] == '4' &&
            tok_is(c, pos, c->k->w.to) && infinitive_after(c, pos + 1)) {
            len = 0;   /* "the furthest pirates have traveled to seize a ship": no destination */
        }
        if (len) {
            m->last_tok = pos + len - 1;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + len, end, m)) {
                return true;
            }
            m->n_words -= len;
            return false;
        }
        if (pos < end && (tok_is(c, pos, c->k->w.the) || tok_is(c, pos, c->k->w.a) ||
                          tok_is(c, pos, c->k->w.an)) && (len = match_elem_fwd(c, pos + 1, end, el)) != 0) {
            m->last_tok = pos + len;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + 1 + len, end, m)) {
                return true;
            }
            m->n_words -= len;
        }
        if (scare_quote(c, pos) && (len = match_elem_fwd(c, pos + 1, end, el)) != 0) {
            m->last_tok = pos + len;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + 1 + len, end, m)) {
                return true;
            }
            m->n_words -= len;
        }
        if (m->n_words == 0 && pos == m->last_tok + 1 && pos > 1 && c->t[pos - 1].vlemma && day_adverb(c, pos) &&
            !is_prep(c, c->t[pos - 2].id) && !tok_has(c, pos - 2, WC_DETERMINER | WC_POSSESSIVE) &&
            !tok_is_word(c, pos - 2, "during") && !tok_is_word(c, pos - 2, "amid") &&
            (len = match_elem_fwd(c, pos + 1, end, el)) != 0) {
            m->last_tok = pos + len;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + 1 + len, end, m)) {
                return true;
            }
            m->n_words -= len;
        }
        if (m->n_words == 0 && pos == m->last_tok + 1 && pos > 0 && c->t[pos - 1].vlemma && pos + 1 < end &&
            object_pronoun(c, pos) && particle(c, pos + 1) && (len = match_elem_fwd(c, pos + 1, end, el)) == 1) {
            /* a phrasal verb's particle after a pronoun object: "turned
             * them down", "broke it up", "kick you out" (test_senses.c:
             * separated particles) */
            m->last_tok = pos + 1;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + 2, end, m)) {
                return true;
            }
            m->n_words -= len;
        }
        return false;
    }
    case PE_CLASS: {
        size_t len = class_fwd(c, mv, pos, end, el);
        if (len) {
            m->last_tok = pos + len - 1;
            m->n_words += len;
            if (match_post(c, mv, el + 1, n - 1, pos + len, end, m)) {
                return true;
            }
            m->n_words -= len;
        }
        return false;
    }
    case PE_SRC:
    case PE_TGT:
    case PE_COMP:
    case PE_SKIP: {
        size_t p = pos;
        for (int tries = 0; tries < 3 && p < end; tries++, p++) {
            /* TABARI: a pronoun fills a slot ("SAID $ *": "said he
             * regretted"), resolved when the event is coded */
            const mention *x = mv_at2(mv, p, false, c->opt.tabari);
            if (!x && !c->opt.literal && el->kind != PE_SKIP && m->p &&
                (m->p->noun || el->kind == PE_SRC || (el->kind == PE_TGT && m->src))) {
                x = role_at(mv, p);   /* "a protest by residents": a role of no country yet */
            }
            if (x) {
                const mention **slot = slot_of(m, el);
                const mention *save = slot ? *slot : NULL;
                if (slot) {
                    *slot = x;
                }
                m->last_tok = x->tok_end - 1;
                if (match_post(c, mv, el + 1, n - 1, x->tok_end, end, m)) {
                    note_skip(m, el, x);
                    return true;
                }
                size_t close = c->opt.literal ? 0 : match_apposition_end(c, mv, x->tok_end);
                if (!close && !c->opt.literal) {
                    close = match_bracket_end(c, x->tok_end);   /* "the Lebanese Armed Forces (LAF) with" */
                }
                if (close && close < end && match_post(c, mv, el + 1, n - 1, close + 1, end, m)) {
                    note_skip(m, el, x);   /* "forced the U.N. agency, UNHCR, out of" */
                    return true;
                }
                /* a compound fills the slot whole: "credited Britain and
                 * France for" (test_match.c: compound slots) */
                mlist g = mv_group(mv, mv_index(mv, x));
                size_t gend = g.v[g.n - 1].tok_end;
                if (el->kind != PE_SKIP && gend > x->tok_end && gend < end) {
                    m->last_tok = gend - 1;
                    if (match_post(c, mv, el + 1, n - 1, gend, end, m)) {
                        note_skip(m, el, x);
                        return true;
                    }
                }
                if (slot) {
                    *slot = save;
                }
                return false;
            }
            /* only determiners/modifiers may come before the actor, and
             * a count ("of 300 residents", "by several hundred people") */
            static const char *const counts[] = {"several", "hundred", "hundreds", "thousand", "thousands",
                "dozen", "dozens", "scores", "some", "many", NULL};
            if (!tok_has(c, p, WC_MODIFIER | WC_DETERMINER) &&
                (c->opt.literal || (c->t[p].kind != TOK_NUM && !tok_is_one_of(c, p, counts)))) {
                return false;
            }
        }
        return false;
    }
    }
    return false;
}

static bool match_pre(const truce_coder *c, const mvec *mv, const pat_elem *el, int n,
                      ptrdiff_t pos, ptrdiff_t begin, pmatch *m)
{
    if (n == 0) {
        return true;
    }
    switch (el->kind) {
    case PE_GAP: {
        ptrdiff_t max = el->max_gap ? el->max_gap : 6;
        for (ptrdiff_t skip = 0; skip <= max && pos - skip >= begin - 1; skip++) {
            if (match_pre(c, mv, el + 1, n - 1, pos - skip, begin, m)) {
                return true;
            }
        }
        return false;
    }
    case PE_WORD: {
        size_t len = elem_back(c, pos, begin, el);
        if (len) {
            m->n_words += len;
            if (match_pre(c, mv, el + 1, n - 1, pos - (ptrdiff_t)len, begin, m)) {
                return true;
            }
            m->n_words -= len;
        }
        return false;
    }
    case PE_CLASS:
        if (class_back(c, mv, pos, begin, el)) {
            m->n_words++;
            if (match_pre(c, mv, el + 1, n - 1, pos - 1, begin, m)) {
                return true;
            }
            m->n_words--;
        }
        return false;
    case PE_SRC:
    case PE_TGT:
    case PE_COMP:
    case PE_SKIP:
        /* "Russia's invasion of Ukraine": the possessive is the actor */
        if (pos > begin && tok_is(c, (size_t)pos, c->k->w.s)) {
            pos--;
        }
        if (pos >= begin) {
            const mention *x = mv_at2(mv, (size_t)pos, true, c->opt.tabari);
            if (x) {
                const mention **slot = slot_of(m, el);
                const mention *save = slot ? *slot : NULL;
                if (slot) {
                    *slot = x;
                }
                if (match_pre(c, mv, el + 1, n - 1, (ptrdiff_t)x->tok_start - 1, begin, m)) {
                    note_skip(m, el, x);
                    return true;
                }
                if (slot) {
                    *slot = save;
                }
            }
        }
        return false;
    }
    return false;
}

/* Is token i a lower-case noun the lexicon knows (mostly) as one? */
static bool lex_noun(const truce_coder *c, size_t i)
{
    const token *t = &c->t[i];
    if (t->kind != TOK_WORD || (t->flags & TF_CAP) || np_stop(c, i) || tok_has(c, i, WC_DETERMINER)) {
        return false;
    }
    uint8_t key[64];
    ptrdiff_t len = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
    uint8_t lx = len > 0 ? kb_lex(c->k, key, len) : 0;
    return (lx & LEX_NOUN) && (lx & LEX_MOSTLY) == LEX_MOSTLY_NOUN;
}

/* Is token i a number or a quantifier in words ("several hundred")? */
static bool number_word(const truce_coder *c, size_t i)
{
    static const char *const q[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                                    "millions", "several", "many", "few", NULL};
    for (const char *const *w = q; *w; w++) {
        if (tok_is_word(c, i, *w)) {
            return true;
        }
    }
    return false;
}

/* Is the actor at token i one no dictionary codes ("experts")? */
static bool uncoded_at(const mvec *mv, size_t i)
{
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start <= i && i < m->tok_end && m->code[0]) {
            return false;
        }
    }
    return true;
}

/* Why the verb form at i, which modality.c took for a verb, is no verb
 * here; NULL if it is one (test_senses.c: verb forms that are no act):
 * - a participle before a noun, after a verb or a number: "transporting
 *   injured civilians", "confronted armed fighters", "several hundred armed
 *   fighters" (not "Russia has armed rebels", not "gunmen who attacked
 *   killed civilians"); after "newly": "the newly acquired system";
 * - a base form after "have" that is no participle: "it also has gas",
 *   "Kenya has control" ("have put", "has cut": same-participle);
 * - an -s or base form before a noun that a finite verb follows: the
 *   noun modifier of a subject ("U.N. sanctions experts said"). */
static const char *verb_use_denied(const truce_coder *c, const mvec *mv, size_t i, size_t sb)
{
    const kb *k = c->k;
    const token *t = &c->t[i];
    if (t->vform == VF_NONE || t->vform == VF_ING || i + 1 >= c->nt) {
        return NULL;
    }
    ptrdiff_t p = (ptrdiff_t)i - 1;
    while (p >= (ptrdiff_t)sb && tok_adverb(c, (size_t)p)) {
        p--;
    }
    /* the cheap tests first: the lexicon is read only where they pass */
    if (t->vform == VF_ED && p >= (ptrdiff_t)sb) {
        const token *pt = &c->t[p];
        bool after_verb = pt->kind == TOK_WORD && pt->isverb && pt->vlemma && pt->vform != VF_NONE &&
                          !(pt->flags & TF_CAP) && !is_aux(c, (size_t)p) &&
                          !(p > (ptrdiff_t)sb && (tok_is(c, (size_t)p - 1, k->w.who) ||
                                                  tok_is(c, (size_t)p - 1, k->w.that) ||
                                                  tok_is(c, (size_t)p - 1, k->w.which)));
        /* a count right before it ("two wounded soldiers"), not a date's
         * day or year ("on September 13 formally charged") */
        bool count = p == (ptrdiff_t)i - 1 && !(pt->flags & TF_CAP) &&
                     ((pt->kind == TOK_NUM && pt->end - pt->start < 4) ||
                      (pt->kind == TOK_WORD && !pt->vlemma && number_word(c, (size_t)p))) &&
                     !(p > (ptrdiff_t)sb && tok_has(c, (size_t)p - 1, WC_DATE_WORD));
        if ((after_verb || count) && (lex_noun(c, i + 1) || (mv_at(mv, i + 1, false) && !mv_inside(mv, i))) &&
            (count || (!mv_inside(mv, (size_t)p) && !lex_noun(c, (size_t)p)))) {
            return "a participle before its noun";
        }
    }
    if (t->vform == VF_ED && i > sb && (c->text[c->t[i - 1].start] | 0x20) == 'n' && tok_is_word(c, i - 1, "newly")) {
        return "a participle after \"newly\"";   /* "the newly acquired system" */
    }
    if (t->vform == VF_BASE && p >= (ptrdiff_t)sb && c->t[p].vlemma == k->w.have && !tok_has(c, i, WC_SAME_PARTICIPLE) &&
        !tok_is(c, i + 1, k->w.to)) {
        return "a noun after \"have\"";
    }
    if ((t->vform == VF_S || t->vform == VF_BASE) && i + 2 < c->nt) {
        size_t q = i + 2;
        while (q < c->nt && tok_adverb(c, q)) {
            q++;
        }
        const token *v = q < c->nt ? &c->t[q] : NULL;
        if (v && v->kind == TOK_WORD && !(v->flags & TF_CAP) &&
            ((v->vlemma && (v->vform == VF_ED || v->vform == VF_S)) || tok_has(c, q, WC_MODAL)) &&
            !(v->vform == VF_S && lex_noun(c, q)) && lex_noun(c, i + 1) &&
            (!mv_inside(mv, i + 1) || uncoded_at(mv, i + 1))) {
            return "a noun modifier of a subject";
        }
    }
    return NULL;
}

/* Does p's first word after its head name the word after token i ("raise *
 * tariffs": "announcing increased tariffs" is an act on tariffs, while
 * "=injure" would make "injured civilians" its victims)? */
static bool names_next_word(const truce_coder *c, const pattern *p, size_t i, size_t ce)
{
    int k = p->n_post > 0 && p->post[0].kind == PE_GAP ? 1 : 0;
    return k < p->n_post && p->post[k].kind == PE_WORD && match_elem_fwd(c, i + 1, ce, &p->post[k]) > 0;
}

/* "were killed when a car bomb exploded": a pattern that names the "when"
 * (or "while") its head's clause ends at reads on into the clause that
 * word opens, to that clause's end (verbs.txt, violence13: the means of a
 * killing; test_violence.c: means). Else ce as it was. */
static size_t when_clause_end(const truce_coder *c, const pattern *p, size_t ce, size_t pce)
{
    if (c->opt.literal || c->opt.tabari || pce != ce || ce >= c->nt ||
        !(tok_is_word(c, ce, "when") || tok_is_word(c, ce, "while"))) {
        return pce;
    }
    bool named = false;
    for (int e = 0; e < p->n_post && !named; e++) {
        const pat_elem *el = &p->post[e];
        for (int a = 0; el->kind == PE_WORD && !el->alt_lens && a < el->n_alts && !named; a++) {
            named = el->alts[a] == c->t[ce].id;
        }
    }
    if (!named) {
        return pce;
    }
    for (size_t k = 0; k < c->ns; k++) {
        if (c->s[k].tok_start <= ce && ce < c->s[k].tok_end) {
            return roles_clause_end(c, ce, c->s[k].tok_end);
        }
    }
    return pce;
}

/* The best pattern of list for the head at token i (most elements
 * matched; ties to the earlier line); its weight, or -1 if none matches. */
int match_best(const truce_coder *c, const mvec *mv, const pattern *list, size_t i,
                        size_t sb, size_t ce, pmatch *best)
{
    int best_w = -1;
    int denied = -1;   /* is the head no verb here (verb_use_denied)? once */
    memset(best, 0, sizeof *best);
    if (!c->opt.literal) {
        ce = scare_end(c, ce);
    }
    for (const pattern *p = list; p; p = p->next) {
        if (!pattern_possible(c, p)) {
            continue;
        }
        if (!p->noun && !c->opt.literal && !c->opt.tabari) {
            if (denied < 0) {
                const char *why = verb_use_denied(c, mv, i, sb);
                denied = why != NULL;
                if (why) {
                    coder_trace(c, "  \"%.*s\": %s, not a verb", TOKF(i), why);
                }
            }
            if (denied && !names_next_word(c, p, i, ce)) {
                continue;
            }
        }
        if (!c->opt.flag_codes && (p->code[0] == '#' || p->code[0] == '+')) {
            continue;   /* TABARI's ### and +++ patterns mean nothing here */
        }
        pmatch m = {0};
        m.p = p;
        m.last_tok = i;
        /* "maintained that ...", "charged that ...": a pattern that ends in
         * "that" reads the "that" the clause ends at (verbs.txt; golden
         * code/recall-senses) */
        const pat_elem *end_el = p->n_post ? &p->post[p->n_post - 1] : NULL;
        size_t pce = !c->opt.literal && end_el && end_el->kind == PE_WORD && end_el->n_alts == 1 && !end_el->alt_lens &&
                     end_el->alts[0] == c->k->w.that && ce < c->nt && tok_is(c, ce, c->k->w.that) ? ce + 1 : ce;
        pce = when_clause_end(c, p, ce, pce);
        if (!match_post(c, mv, p->post, p->n_post, i + 1, pce, &m)) {
            continue;
        }
        size_t last = m.last_tok;
        if (!match_pre(c, mv, p->pre, p->n_pre, (ptrdiff_t)i - 1, (ptrdiff_t)sb, &m)) {
            continue;
        }
        m.last_tok = last;
        /* a dictionary's pattern lines outrank its verb lines ("BREAK_DOWN
         * [1717]" gives way to "- * TREATY [161]"), as in PETRARCH and
         * TABARI; then the most elements matched */
        int w = p->verb_line ? p->weight : p->weight + 1000;
        /* TABARI: of patterns with as many elements, the one that matched
         * more words ("RESIST { TO THE END OF THE EARTH | ... }" over
         * "RESIST { TO THE END | ... }"), then the one with fewer synsets
         * ("* DOLLAR" over "* &CURRENCY") */
        if (w > best_w || (w == best_w && c->opt.tabari &&
                           (m.n_words > best->n_words ||
                            (m.n_words == best->n_words && p->n_syn < best->p->n_syn)))) {
            *best = m;
            best_w = w;
        }
    }
    return best_w;
}

/* The sentence's words into the coder's Bloom filter (pattern_possible). */
void match_sentence_bloom(truce_coder *c, size_t sb, size_t se)
{
    memset(c->bloom, 0, sizeof c->bloom);
    for (size_t i = sb; i < se; i++) {
        bloom_add(c, c->t[i].id);
        bloom_add(c, c->t[i].vlemma);
        bloom_add(c, c->t[i].nlemma);
    }
}

/* Is w[stem, n) a verb ending TABARI accepts after a stem ("restor" +
 * "ed", "depart" + "en"; not "departx")? A doubled last letter may come
 * first ("stop" + "ped"). */
static bool verb_ending(const uint8_t *w, ptrdiff_t stem, ptrdiff_t n)
{
    static const char *const endings[] = {"", "e", "s", "es", "d", "ed", "en", "ing", "ies", "ied", NULL};
    for (int pass = 0; pass < 2; pass++) {
        ptrdiff_t b = stem;
        if (pass == 1) {
            if (stem < 1 || stem >= n || w[stem] != w[stem - 1]) {
                break;
            }
            b++;
        }
        for (const char *const *e = endings; *e; e++) {
            size_t el = strlen(*e);
            if ((ptrdiff_t)el == n - b && memcmp(w + b, *e, el) == 0) {
                return true;
            }
        }
    }
    return false;
}

bool match_head_patterns(const truce_coder *c, size_t i, const pattern **vp, const pattern **np)
{
    const kb *k = c->k;
    const token *t = &c->t[i];
    if (!(t->flags & TF_HEADS)) {
        *vp = *np = NULL;   /* no pattern has it for head (tok_finish in text.c) */
        return false;
    }
    *vp = t->vlemma && t->vlemma < k->heads_cap ? k->vheads[t->vlemma] : NULL;
    if (*vp && (*vp)->exact && t->id != t->vlemma) {
        *vp = NULL;   /* TABARI "BAN=": "baning" is not the verb */
    }
    if (t->id && t->id != t->vlemma && t->id < k->heads_cap && k->vheads[t->id] && t->vlemma) {
        /* a dictionary that lists a form as a verb of its own ("LEFT
         * [032:033]" beside "LEAVE [012]"): the form's patterns */
        *vp = k->vheads[t->id];
    }
    if (!*vp && k->stems && t->kind == TOK_WORD) {
        /* TABARI stems: "RESTOR" heads "restore", "restored"; the
         * longest stem the word begins with */
        uint8_t key[64];
        ptrdiff_t n = text_key(c->text + t->start, (ptrdiff_t)(t->end - t->start), key, sizeof key);
        for (ptrdiff_t len = n; len >= 3 && !*vp; len--) {
            uint32_t id = intern_find(&k->words, (str){key, len});
            if (id && id < k->heads_cap && k->vheads[id] &&
                (len == n || (k->vheads[id]->stem && (!(k->is_verb[id] & 1) || verb_ending(key, len, n))))) {
                /* a stem that is a whole verb ("DEPART") takes verb endings
                 * only ("departed", not "departx"); a cut one ("RESTOR",
                 * "RESUM") any */
                *vp = k->vheads[id];
            }
            if (!*vp && id && len < n && id < k->heads_cap && (k->is_verb[id] & 4) && k->vexc[id] &&
                k->vexc[id] < k->heads_cap) {
                *vp = k->vheads[k->vexc[id]];   /* a stem form ("ACTUALITY": "actualityss") */
            }
        }
    }
    *np = NULL;
    if (t->id && t->id < k->heads_cap) {
        *np = k->nheads[t->id];
    }
    if (!*np && t->nlemma && t->nlemma < k->heads_cap) {
        *np = k->nheads[t->nlemma];
    }
    return *vp || *np;
}

/* A dictionary's transformation of an infinitive ("~ a (_ b ATTACK) WANT
 * = a b 138": "X wants to attack Y", "X attempted to assassinate Y"): the
 * verb before "to" governs the one at i. */
const transform *match_infinitive_transform(const truce_coder *c, size_t i)
{
    const kb *k = c->k;
    size_t q = i;
    if (!k->transforms) {
        return NULL;
    }
    while (q > 0 && tok_has(c, q - 1, WC_ADVERB)) {
        q--;
    }
    if (q < 2 || !tok_is(c, q - 1, k->w.to)) {
        return NULL;
    }
    q--;
    while (q > 0 && tok_has(c, q - 1, WC_ADVERB)) {
        q--;
    }
    uint32_t gov = q ? c->t[q - 1].vlemma : 0;
    for (const transform *t = k->transforms; gov && t; t = t->next) {
        if (t->b == '_' && t->verb1 == gov && (!t->verb2 || t->verb2 == c->t[i].vlemma)) {
            return t;
        }
    }
    return NULL;
}

/* The verb at i is the governing verb of an infinitive transformation
 * ("wants" in "wants to attack"): the transformation is its event. */
bool match_governs_transform(const truce_coder *c, size_t i)
{
    if (!c->k->transforms || !c->t[i].vlemma) {
        return false;
    }
    size_t j = i + 1;
    while (j < c->nt && tok_has(c, j, WC_ADVERB)) {
        j++;
    }
    if (j >= c->nt || !tok_is(c, j, c->k->w.to)) {
        return false;
    }
    j++;
    while (j < c->nt && tok_has(c, j, WC_ADVERB)) {
        j++;
    }
    return j < c->nt && match_infinitive_transform(c, j) != NULL;
}
