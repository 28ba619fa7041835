/* datestory.c — when, across sentences: the dates of the story (the
 * latest date each sentence carries on, the speaker's occasion, the
 * latest incident) that dates.c gives an event its sentence leaves
 * undated. The rules are written in dates.c's opening comment and at each
 * function; tests in tests/unit/test_dates.c.
 */
#include "dates.h"

/* ---- the story ----------------------------------------------------------- */

/* A word of the grammar's incident class at q, or its plural ("blasts",
 * "bombings", "attacks"). */
bool dates_incident_word(const truce_coder *c, size_t q)
{
    if (tok_has(c, q, WC_INCIDENT)) {
        return true;
    }
    const token *t = &c->t[q];
    size_t n = t->end - t->start;
    uint8_t key[32];
    if (t->kind != TOK_WORD || n < 4 || n > sizeof key || c->text[t->end - 1] != 's' || !c->k->wclass) {
        return false;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        uint8_t ch = c->text[t->start + i];
        if (ch >= 0x80) {
            return false;
        }
        key[i] = ch >= 'A' && ch <= 'Z' ? (uint8_t)(ch + 32) : ch;
    }
    uint32_t id = intern_find(&c->k->words, (str){key, (ptrdiff_t)(n - 1)});
    return id && (c->k->wclass[id] & WC_INCIDENT) != 0;
}

/* Does the expression x of sentence [sb, se) date a violent incident: the
 * noun it stands before ("Tuesday's train hijacking", "the Feb. 27
 * bombing"), or an incident word of its own clause ("Militants attacked a
 * train on Tuesday", "came under a gun attack on Tuesday")? A plan, a
 * bound or a period dates none. */
static bool dates_incident(const truce_coder *c, const clauses *cs, size_t sb, size_t se, const date_expr *x)
{
    if (x->day == TRUCE_NODAY || (c->st->date != TRUCE_NODAY && x->day > c->st->date)) {
        return false;
    }
    if (x->attach == DA_NOUN) {
        for (size_t q = x->tok_end; q < se && q < x->tok_end + 4; q++) {
            if (q == x->tok_end && tok_is(c, q, c->k->w.s)) {
                continue;   /* "the previous day's blasts" */
            }
            if (c->t[q].kind != TOK_WORD || clause_stop(c, q) || is_prep(c, c->t[q].id)) {
                return false;
            }
            if (dates_incident_word(c, q)) {
                return true;   /* "Tuesday's bombing", "the previous day's blasts" */
            }
        }
        return false;
    }
    if (x->attach != DA_CLAUSE || !cs) {
        return false;
    }
    uint8_t cl = dates_clause_of(cs, x->tok);
    size_t qx = dates_quote_of(c, sb, x->tok);
    for (size_t q = sb; q < se; q++) {
        if (dates_incident_word(c, q) && dates_clause_of(cs, q) == cl && dates_quote_of(c, sb, q) == qx &&
            !(c->t[q].vform == VF_ED && dates_plan(c, sb, q))) {
            return true;
        }
    }
    return false;
}

/* The first verb of the sentence's main clause, past any fronted clause or
 * phrase: its tense decides whether the sentence tells a past event. */
static size_t main_verb(const truce_coder *c, size_t sb, size_t se)
{
    for (size_t i = sb + 1; i < se && i < sb + 40; i++) {
        const token *t = &c->t[i];
        if (is_aux(c, i)) {
            return i;
        }
        if (!t->isverb || (t->flags & TF_CAP) || tok_has(c, i - 1, WC_DETERMINER) || tok_is(c, i - 1, c->k->w.s) ||
            (t->vform != VF_ED && t->vform != VF_S && t->vform != VF_BASE) || tok_is(c, i - 1, c->k->w.to) ||
            is_prep(c, c->t[i - 1].id)) {
            continue;
        }
        if (t->vform != VF_ED && dates_mostly_noun(c, i)) {
            continue;   /* "the Armenian sides stopped": a plural, not a verb */
        }
        return i;
    }
    return SIZE_MAX;
}

/* A sentence that quotes a speaker ('"We accept it," he said'), or goes
 * on with a quotation opened before it: it is the speaker's, not the
 * story's sequence of events. A quoted phrase inside the reporter's
 * sentence ('said Berisha "was involved in corrupt acts"') is not. */
static bool quoting(const truce_coder *c, size_t k)
{
    size_t b = c->s[k].tok_start, e = c->s[k].tok_end;
    if (b < e && (c->t[b].flags & TF_QUOTE_OPEN)) {
        return true;
    }
    for (size_t i = b; i < e; i++) {
        if (c->t[i].flags & TF_QUOTE_OPEN) {
            return false;
        }
        if (c->t[i].flags & TF_QUOTE_CLOSE) {
            return true;   /* closes one opened before the sentence */
        }
    }
    return false;
}

/* Is a capitalised word of sentence k (a name: an actor or a place) also in
 * sentence p? */
static bool shares_name(const truce_coder *c, size_t p, size_t k)
{
    size_t pb = c->s[p].tok_start, pe = c->s[p].tok_end;
    size_t kb0 = c->s[k].tok_start, ke = c->s[k].tok_end;
    for (size_t i = kb0; i < ke; i++) {
        const token *t = &c->t[i];
        if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || tok_has(c, i, WC_DATE_WORD) ||
            tok_has(c, i, WC_PRONOUN | WC_DETERMINER) || (i == kb0 && !t->actor)) {
            continue;
        }
        size_t n = t->end - t->start;
        for (size_t q = pb; q < pe; q++) {
            const token *u = &c->t[q];
            if ((u->flags & TF_CAP) && u->end - u->start == n && memcmp(c->text + u->start, c->text + t->start, n) == 0) {
                return true;
            }
        }
    }
    return false;
}

/* Is the subject of sentence k, a noun before its main verb at v ("The
 * relatives refused"), a word of sentence p ("... to pay Alinejad's
 * relatives")? */
static bool shares_subject(const truce_coder *c, size_t p, size_t k, size_t v)
{
    size_t kb0 = c->s[k].tok_start, s = dates_before_adverbs(c, kb0, v);
    if (s <= kb0 || c->t[s - 1].kind != TOK_WORD || tok_has(c, s - 1, WC_PRONOUN | WC_DETERMINER) ||
        is_prep(c, c->t[s - 1].id) || !c->t[s - 1].id) {
        return false;
    }
    uint32_t id = c->t[s - 1].id;
    for (size_t q = c->s[p].tok_start; q < c->s[p].tok_end; q++) {
        if (c->t[q].id == id) {
            return true;
        }
    }
    return false;
}

/* Sentence k continues the event of sentence p (which named its date, or
 * continued one that did) when it tells a past act, not what is now or
 * what a speaker says ("..." quoted), and one of these links them:
 *   - it opens with a word of sequence: "Then", "Later", "Afterwards",
 *     "Subsequently", "Shortly after", "At the time", "In response,";
 *   - its main verb answers an act: "retaliated", "responded", "hit back";
 *   - it opens with a pronoun ("He", "They", "Its"), which stands for an
 *     actor of p;
 *   - it names an actor or a place p names (a capitalised word of both),
 *     or its subject is a word of p ("... to pay her relatives. The
 *     relatives refused."), or p opens with a pronoun and k names an
 *     actor of the sentence before p, whom the pronoun stands for
 *     ("Duterte ... . He announced ... on March 29. Duterte welcomed
 *     ...");
 *   - right after p: its main verb is "added" (p's speaker goes on: "The
 *     judges added that ..."), its subject is what p's speaker said ("The
 *     statement came as ..."), or it is a past passive that ends the
 *     sentence, with no agent, place or time of its own ("... stormed
 *     the ship in 2010. Nine activists aboard were killed."), or its
 *     subject is the pair p named, "The two leaders", "Both sides", not
 *     saying ("... met Y on Monday. The two leaders signed a pact.").
 * So "In 1995 gunmen bombed the market. Insurgents killed six people in the
 * north." does not date the killing 1995; "... They fled to the hills."
 * dates the flight. (tests/unit/test_dates.c: dates_continues.) */
/* The main verb of sentence k if it tells a past act, not what is now or
 * what a speaker says ("..." quoted); SIZE_MAX if not. */
static size_t past_main_verb(const truce_coder *c, size_t k)
{
    size_t kb0 = c->s[k].tok_start, ke = c->s[k].tok_end;
    if (kb0 >= ke || is_quote_tok(c, kb0)) {
        return SIZE_MAX;
    }
    size_t v = main_verb(c, kb0, ke);
    if (v == SIZE_MAX) {
        return SIZE_MAX;
    }
    /* "did not reply": no act */
    if (tok_is_word(c, v, "did") && v + 1 < ke && (tok_is_word(c, v + 1, "not") || tok_is_word(c, v + 1, "n't"))) {
        return SIZE_MAX;
    }
    /* present, perfect or future: the story's now */
    if (tok_has(c, v, WC_MODAL) || c->t[v].vform == VF_S || tok_is_word(c, v, "is") || tok_is_word(c, v, "are") ||
        tok_is_word(c, v, "has") || tok_is_word(c, v, "have") || tok_is_word(c, v, "am") ||
        (c->t[v].vform == VF_BASE && !is_aux(c, v))) {
        return SIZE_MAX;
    }
    return v;
}

/* Is the main verb v ("was", "were") of sentence k a past passive that
 * ends it, its subject opening it ("Nine activists aboard were killed.")? It
 * names no actor of its own: it tells what the act before it did. */
static bool agentless_passive(const truce_coder *c, size_t k, size_t v)
{
    size_t kb0 = c->s[k].tok_start, ke = c->s[k].tok_end;
    if (v <= kb0 || !(tok_is_word(c, v, "was") || tok_is_word(c, v, "were"))) {
        return false;
    }
    size_t w = v + 1;
    while (w < ke && tok_has(c, w, WC_ADVERB)) {
        w++;
    }
    if (w >= ke || c->t[w].vform != VF_ED) {
        return false;
    }
    for (size_t i = kb0; i < v; i++) {
        if (tok_punct(c, i, ',') || dates_dash(c, i)) {
            return false;
        }
    }
    /* nothing of its own after it: no agent, place, time or incident
     * ("were killed in an attack in the south") */
    for (w++; w < ke && tok_has(c, w, WC_ADVERB); w++) {
    }
    return w + 1 >= ke && c->t[w].kind != TOK_WORD;
}

static bool saying(const truce_coder *c, size_t v);

/* Does sentence k open with the pair the sentence before named as the
 * subject of its past main verb v: "The two leaders", "Both sides", "The
 * pair", "Both men" (the two of them go on with the occasion that
 * sentence told; not what they say of it: test_dates.c, "the two")? */
static bool the_two(const truce_coder *c, size_t k, size_t v)
{
    size_t kb0 = c->s[k].tok_start, n;
    if (tok_is_word(c, kb0, "both")) {
        n = kb0 + 1;
    } else if (tok_is_word(c, kb0, "the") && (tok_is_word(c, kb0 + 1, "two") || tok_is_word(c, kb0 + 1, "pair"))) {
        n = tok_is_word(c, kb0 + 1, "pair") ? kb0 + 1 : kb0 + 2;
    } else {
        return false;
    }
    /* at most two words of the noun ("The two foreign ministers"), then
     * the verb group */
    size_t s = dates_before_adverbs(c, kb0, v);
    return s >= n && s <= n + 2 && c->t[v].vform == VF_ED && !modality_saying_verb(c, v) && !saying(c, v);
}

/* Does sentence k open with a word that links it to the act before:
 * "Then", "Later", "At the time", "In response,"? */
static bool opens_with_link(const truce_coder *c, size_t k)
{
    size_t kb0 = c->s[k].tok_start;
    static const char *const links[] = {"then", "later", "afterwards", "afterward", "subsequently", "shortly",
                                        "soon", "thereafter"};
    for (size_t q = 0; q < sizeof links / sizeof *links; q++) {
        if (tok_is_word(c, kb0, links[q])) {
            return true;
        }
    }
    if (tok_is_word(c, kb0, "at") && tok_is_word(c, kb0 + 1, "the") && tok_is_word(c, kb0 + 2, "time")) {
        return true;
    }
    /* "In response, the army chief said ..." */
    return tok_is_word(c, kb0, "in") &&
           (tok_is_word(c, kb0 + 1, "response") || tok_is_word(c, kb0 + 1, "reply") ||
            tok_is_word(c, kb0 + 1, "retaliation")) &&
           tok_punct(c, kb0 + 2, ',');
}

/* Is the past main verb v of sentence k one of answering an act ("X
 * retaliated by ...", "Y responded with ...", "hit back")? The answer goes
 * on with the act told before it (test_dates.c: "response"). */
static bool answers(const truce_coder *c, size_t k, size_t v)
{
    if (v == SIZE_MAX || c->t[v].vform != VF_ED || v + 1 >= c->s[k].tok_end) {
        return false;
    }
    if (tok_is_word(c, v, "retaliated") || tok_is_word(c, v, "responded") || tok_is_word(c, v, "reacted")) {
        return true;
    }
    return (tok_is_word(c, v, "hit") || tok_is_word(c, v, "struck") || tok_is_word(c, v, "fired") ||
            tok_is_word(c, v, "shot")) &&
           tok_is_word(c, v + 1, "back");
}

bool dates_continues(const truce_coder *c, size_t p, size_t k)
{
    size_t kb0 = c->s[k].tok_start;
    size_t v = past_main_verb(c, k);
    if (v == SIZE_MAX) {
        return false;
    }
    if (opens_with_link(c, k) || answers(c, k, v)) {
        return true;
    }
    static const char *const pronouns[] = {"he", "she", "they", "his", "her", "their", "its"};
    for (size_t q = 0; q < sizeof pronouns / sizeof *pronouns; q++) {
        if (tok_is_word(c, kb0, pronouns[q])) {
            return true;
        }
    }
    /* "It also seized the port" (not "It was unclear", "It emerged
     * that": no one's act) */
    if (tok_is_word(c, kb0, "it") && dates_before_adverbs(c, kb0, v) == kb0 + 1 && !is_aux(c, v) &&
        !modality_saying_verb(c, v) && !tok_is_word(c, v, "emerged") && !tok_is_word(c, v, "seemed") &&
        !tok_is_word(c, v, "appeared")) {
        return true;
    }
    if (shares_name(c, p, k) || shares_subject(c, p, k, v)) {
        return true;
    }
    if (p + 1 == k && tok_is_word(c, v, "added")) {
        return true;   /* "The judges added that ...": p's speaker goes on */
    }
    if (p + 1 == k && (tok_is_word(c, kb0, "the") || tok_is_word(c, kb0, "this") || tok_is_word(c, kb0, "that") ||
                       tok_has(c, kb0, WC_POSSESSIVE)) &&
        tok_has(c, kb0 + 1, WC_UTTERANCE) && kb0 + 2 == dates_before_adverbs(c, kb0, v)) {
        return true;   /* "... said Sunday. The statement came as ...": p's saying */
    }
    if (p + 1 == k && agentless_passive(c, k, v)) {
        return true;   /* "... stormed the ship. Nine activists aboard were killed." */
    }
    if (p + 1 == k && the_two(c, k, v)) {
        return true;   /* "X met Y on Wednesday. The two leaders signed ...": their meeting */
    }
    /* p told of its actor by a pronoun ("He announced ... on March 29"):
     * k may name that actor, as the sentence before p did ("Duterte
     * welcomed the vaccines") */
    static const char *const subjects[] = {"he", "she", "they", "it", "his", "her", "their", "its"};
    size_t pb = c->s[p].tok_start;
    for (size_t q = 0; p > 0 && q < sizeof subjects / sizeof *subjects; q++) {
        if (tok_is_word(c, pb, subjects[q])) {
            return shares_name(c, p - 1, k);
        }
    }
    return false;
}

/* Is the verb at v one of saying ("said", "told"), by the dictionary's
 * speech patterns? */
static bool saying(const truce_coder *c, size_t v)
{
    uint32_t l = c->t[v].vlemma;
    return c->t[v].isverb && l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH);
}

/* Does the date expression m (of a sentence that starts at b) date what
 * a speaker issued: "in an interview on Sunday", "an article published
 * in September"? */
static bool utterance_date(const truce_coder *c, size_t b, const date_expr *m)
{
    size_t u = m->tok;
    if (u > b && (tok_is_word(c, u - 1, "on") || tok_is_word(c, u - 1, "in"))) {
        u--;
    }
    static const char *const issued[] = {"published", "released", "issued", "posted",
                                         "aired",     "broadcast", "emailed", "sent"};
    /* (and to whom: "a statement emailed to VOA on Wednesday") */
    size_t w = u;
    for (size_t n = 0; w > b + 3 && n < 3 && !tok_is(c, w - 1, c->k->w.to); n++) {
        w--;
    }
    w = w > b + 2 && w < u && tok_is(c, w - 1, c->k->w.to) ? w - 1 : u;
    for (size_t q = 0; w > b + 1 && q < sizeof issued / sizeof *issued; q++) {
        if (tok_is_word(c, w - 1, issued[q])) {
            u = w - 1;
            break;
        }
    }
    return u < m->tok && u > b && tok_has(c, u - 1, WC_UTTERANCE) && c->t[u - 1].vform != VF_ED;
}

/* Does the date expression m of sentence k date a saying: right after a
 * verb of saying ("said Sunday", "told reporters on Sunday"), or before
 * the sentence's main verb, one of saying ("On Sunday, the minister
 * said")? */
static bool dated_saying(const truce_coder *c, size_t k, const date_expr *m)
{
    size_t b = c->s[k].tok_start;
    for (size_t v = m->tok; v > b && v + 6 > m->tok; v--) {
        if (tok_punct(c, v - 1, ',') || tok_is(c, v - 1, c->k->w.that) || is_quote_tok(c, v - 1)) {
            break;
        }
        if (dates_finite(c, b, v - 1) && saying(c, v - 1)) {
            return true;
        }
        if (v == m->tok && tok_has(c, v - 1, WC_UTTERANCE) && c->t[v - 1].vform != VF_ED) {
            return true;   /* "issued a statement last week", "in an interview Sunday" */
        }
    }
    if (utterance_date(c, b, m)) {
        return true;
    }
    size_t v = main_verb(c, b, c->s[k].tok_end);
    return v != SIZE_MAX && m->tok < v && saying(c, v) && !quoting(c, k);
}

/* Do tokens [b, e) (a speaker's words) name the speaker of sentence p: a
 * name or noun of p, or a spokesperson? Not another speaker ("Sayim, of
 * the World Uyghur Congress"): a comma ends the words. */
static bool speaker_of(const truce_coder *c, size_t p, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        if (tok_punct(c, i, ',')) {
            return false;   /* "Sayim, of the congress, said" */
        }
        const token *t = &c->t[i];
        if (t->kind != TOK_WORD || tok_has(c, i, WC_DETERMINER | WC_PRONOUN) || is_prep(c, t->id) ||
            (!t->id && !(t->flags & TF_CAP))) {
            continue;   /* (a name the lexicon lacks has no id: its letters match) */
        }
        if (tok_is_word(c, i, "spokesperson") || tok_is_word(c, i, "spokesman") ||
            tok_is_word(c, i, "spokeswoman")) {
            return true;   /* "A spokesperson said": the voice of p's speaker */
        }
        for (size_t q = c->s[p].tok_start; q < c->s[p].tok_end; q++) {
            if ((t->id && c->t[q].id == t->id) || ((t->flags & TF_CAP) && (c->t[q].flags & TF_CAP) &&
                                        c->t[q].end - c->t[q].start == t->end - t->start &&
                                        memcmp(c->text + c->t[q].start, c->text + t->start, t->end - t->start) == 0)) {
                return true;
            }
        }
    }
    return false;
}

/* Do words [b, e) name p's speaker, or, when p opens with a pronoun ("It
 * issued a statement last week"), the actor the sentence before p names,
 * whom the pronoun stands for? */
static bool speaker_of_or_antecedent(const truce_coder *c, size_t p, size_t b, size_t e)
{
    if (speaker_of(c, p, b, e)) {
        return true;
    }
    static const char *const subjects[] = {"he", "she", "they", "it"};
    size_t pb = c->s[p].tok_start;
    for (size_t q = 0; p > 0 && q < sizeof subjects / sizeof *subjects; q++) {
        if (tok_is_word(c, pb, subjects[q])) {
            return speaker_of(c, p - 1, b, e);
        }
    }
    return false;
}

/* Is the subject of the verb of saying at v of sentence k a pronoun, or a
 * name or noun of sentence p ("Netanyahu said Sunday ... . The Israeli
 * leader told a cabinet meeting ...") or a spokesperson? Not another
 * speaker ("Sayim, of the World Uyghur Congress, said ..."). */
static bool same_speaker(const truce_coder *c, size_t p, size_t k, size_t v)
{
    size_t b = c->s[k].tok_start;
    if (tok_has(c, b, WC_PRONOUN | WC_SPEAKER_PRONOUN) && b + 1 == dates_before_adverbs(c, b, v)) {
        return true;   /* "He told reporters" */
    }
    return speaker_of_or_antecedent(c, p, b, v);
}

/* Is the speaker of quoting sentence k, named after its quotation ('"...,"
 * he said', '"...," Scholz said', '"...," said the spokesperson'), the
 * speaker of sentence p? */
static bool quote_same_speaker(const truce_coder *c, size_t p, size_t k)
{
    size_t b = c->s[k].tok_start, e = c->s[k].tok_end, q = SIZE_MAX;
    for (size_t i = b; i + 1 < e; i++) {
        /* (not a mark that ends the sentence: 'Haddad said. "' may hold
         * the mark that opens the next one) */
        if (c->t[i].flags & TF_QUOTE_CLOSE) {
            q = i;
        }
    }
    if (q == SIZE_MAX) {
        return false;
    }
    size_t sb = q + 1;
    if (sb < e && tok_punct(c, sb, ',')) {
        sb++;
    }
    for (size_t v = sb; v < e && v < sb + 8; v++) {
        if (tok_punct(c, v, ',') || is_quote_tok(c, v)) {
            return false;
        }
        if (!saying(c, v) || (c->t[v].vform != VF_ED && c->t[v].vform != VF_S)) {
            continue;
        }
        if (v > sb) {
            /* '"...," he said', '"...," the minister told reporters' */
            return (v == sb + 1 && tok_has(c, sb, WC_PRONOUN | WC_SPEAKER_PRONOUN)) ||
                   speaker_of_or_antecedent(c, p, sb, v);
        }
        /* '"...," said the spokesperson' */
        size_t se = v + 1;
        while (se < e && se < v + 7 && !tok_punct(c, se, ',') && !tok_punct(c, se, '.')) {
            se++;
        }
        return speaker_of_or_antecedent(c, p, v + 1, se);
    }
    return false;
}

/* The words that name the speaker of quoting sentence k ('"...," Mujahid
 * said', '"...," said the spokesperson') into [*b, *e); false if none. */
static bool quote_speaker_span(const truce_coder *c, size_t k, size_t *b, size_t *e)
{
    size_t kb0 = c->s[k].tok_start, ke = c->s[k].tok_end, q = SIZE_MAX;
    for (size_t i = kb0; i + 1 < ke; i++) {
        if (c->t[i].flags & TF_QUOTE_CLOSE) {
            q = i;
        }
    }
    if (q == SIZE_MAX) {
        return false;
    }
    size_t sb = q + 1 < ke && tok_punct(c, q + 1, ',') ? q + 2 : q + 1;
    for (size_t v = sb; v < ke && v < sb + 8; v++) {
        if (tok_punct(c, v, ',') || is_quote_tok(c, v)) {
            return false;
        }
        if (!saying(c, v) || (c->t[v].vform != VF_ED && c->t[v].vform != VF_S)) {
            continue;
        }
        if (v > sb) {
            *b = sb;
            *e = v;
            return true;
        }
        size_t se = v + 1;
        while (se < ke && se < v + 7 && !tok_punct(c, se, ',') && !tok_punct(c, se, '.')) {
            se++;
        }
        *b = v + 1;
        *e = se;
        return se > v + 1;
    }
    return false;
}

/* The last capitalised word of [b, e) that may be a speaker's name
 * ("Mujahid" of "Taliban spokesperson Zabihullah Mujahid"), not a day or
 * a pronoun; SIZE_MAX if none. */
static size_t name_word(const truce_coder *c, size_t b, size_t e)
{
    for (size_t i = e; i > b; i--) {
        const token *t = &c->t[i - 1];
        if (t->kind == TOK_WORD && (t->flags & TF_CAP) && t->end - t->start >= 3 &&
            !tok_has(c, i - 1, WC_DATE_WORD | WC_PRONOUN | WC_DETERMINER) && c->text[t->end - 1] != '.') {
            return i - 1;
        }
    }
    return SIZE_MAX;
}

/* Does a verb of saying of sentence k stand outside its quotations ('"...,"
 * Haddad said')? */
static bool attributed(const truce_coder *c, size_t k)
{
    size_t b = c->s[k].tok_start, e = c->s[k].tok_end;
    for (size_t i = b; i < e; i++) {
        if (c->t[i].isverb && saying(c, i) && dates_quote_of(c, b, i) == SIZE_MAX && !is_quote_tok(c, i)) {
            return true;
        }
    }
    return false;
}

/* Sentence k opens with "There," or "At the time," and tells a past act:
 * the place or the time the sentence before it named, in any of its
 * clauses ("... since talks failed at the summit held in February. There,
 * Kim asked Trump for relief."): that sentence's last date, or NULL
 * (tests/unit/test_dates.c: "there"). */
static const date_expr *place_link(const truce_coder *c, const sinfo *si, size_t k)
{
    size_t b = c->s[k].tok_start, e = c->s[k].tok_end;
    bool there = b + 1 < e && tok_is_word(c, b, "there") && tok_punct(c, b + 1, ',');
    bool time = b + 3 < e && tok_is_word(c, b, "at") && (tok_is_word(c, b + 1, "the") || tok_is_word(c, b + 1, "that")) &&
                tok_is_word(c, b + 2, "time") && tok_punct(c, b + 3, ',');
    if (k == 0 || !(there || time) || past_main_verb(c, k) == SIZE_MAX) {
        return NULL;
    }
    const sinfo *ps = &si[k - 1];
    for (size_t d = ps->n_dates; d > 0; d--) {
        const date_expr *x = &ps->dates[d - 1];
        if ((x->attach == DA_CLAUSE || x->attach == DA_NOUN) && x->day != TRUCE_NODAY &&
            (c->st->date == TRUCE_NODAY || x->day <= c->st->date)) {
            return x;
        }
    }
    return NULL;
}

/* The date of the sentence's main clause: the last expression of clause 0
 * (or a clause of its own after ';') that dates the clause, not a noun or
 * a bound (the time the sentence ends at: "announced ... in 2016, and
 * ... arrived on March 29"). NULL if none. */
static const date_expr *main_expr(const truce_coder *c, const sinfo *si, size_t sb, size_t se)
{
    if (si->n_dates == 0) {
        return NULL;
    }
    clauses own_cs;
    const clauses *csp = si->clauses;
    if (!csp) {
        dates_clauses_scan(c, si, sb, se, true, &own_cs);
        csp = &own_cs;
    }
    const clauses *const cs = csp;
    const date_expr *last = NULL, *issued = NULL;
    for (size_t k = 0; k < si->n_dates; k++) {
        const date_expr *d = &si->dates[k];
        uint8_t cl = dates_clause_of(cs, d->tok);
        if (d->attach != DA_CLAUSE || d->day == TRUCE_NODAY || (c->st->date != TRUCE_NODAY && d->day > c->st->date)) {
            continue;
        }
        if (cs->cl[cl].kind == CL_MAIN) {
            last = d;
        } else if (!issued && utterance_date(c, sb, d)) {
            issued = d;   /* "he wrote an article published in September" */
        }
    }
    return last ? last : issued;
}

/* Is sentence k, dated by m, the same speaker's saying "added" to sentence
 * p's, which has no date of its own ('... a spokesperson reaffirmed that
 * ... . "...," the spokesperson added in a statement emailed on
 * Wednesday')? Then p's saying was on m's day too (test_dates.c:
 * "added"). */
static bool added_to(const truce_coder *c, const sinfo *si, size_t p, size_t k, const date_expr *m, bool quotes)
{
    size_t b = c->s[k].tok_start, e = c->s[k].tok_end;
    if (si[p].n_dates || c->s[p].paragraph != c->s[k].paragraph || !attributed(c, p) || quoting(c, p) ||
        !dated_saying(c, k, m)) {
        return false;
    }
    size_t v = SIZE_MAX;
    for (size_t i = b; i < e && v == SIZE_MAX; i++) {
        if ((tok_is_word(c, i, "added") || tok_is_word(c, i, "adds")) && dates_quote_of(c, b, i) == SIZE_MAX &&
            !is_quote_tok(c, i)) {
            v = i;
        }
    }
    if (v == SIZE_MAX) {
        return false;
    }
    return quotes ? quote_same_speaker(c, p, k) : past_main_verb(c, k) == v && same_speaker(c, p, k, v);
}

/* A verb of saying at v, or of making known ("disclosed the decision to
 * TOLOnews", "wrote on X"). */
static bool communicates(const truce_coder *c, size_t v)
{
    return saying(c, v) || tok_is_word(c, v, "disclosed") || tok_is_word(c, v, "revealed") ||
           tok_is_word(c, v, "wrote") || tok_is_word(c, v, "posted") || tok_is_word(c, v, "briefed");
}

/* The speakers the story dated a saying of: the name, the day and the
 * sentence (see dates_story: a later undated quotation of the same name
 * was said then). */
typedef struct {
    uint32_t start, len;
    truce_day day;
    uint8_t prec;
    size_t sent;
} dated_speaker;

/* Remember the speaker named in [b, e) of sentence k as having spoken on
 * m's day. */
static void speaker_note(const truce_coder *c, dated_speaker *v, size_t *n, size_t cap, size_t b, size_t e, size_t k,
                         const date_expr *m)
{
    size_t w = name_word(c, b, e);
    if (w == SIZE_MAX) {
        return;
    }
    uint32_t len = c->t[w].end - c->t[w].start;
    size_t x = 0;
    while (x < *n && !(v[x].len == len && memcmp(c->text + v[x].start, c->text + c->t[w].start, len) == 0)) {
        x++;
    }
    if (x == *n) {
        if (*n == cap) {
            return;
        }
        (*n)++;
    }
    v[x] = (dated_speaker){c->t[w].start, len, m->day, m->prec, k};
}

/* The dated speaker named in [b, e), at most 12 sentences before k, or NULL. */
static const dated_speaker *speaker_find(const truce_coder *c, const dated_speaker *v, size_t n, size_t b, size_t e,
                                         size_t k)
{
    size_t w = name_word(c, b, e);
    if (w == SIZE_MAX) {
        return NULL;
    }
    uint32_t len = c->t[w].end - c->t[w].start;
    for (size_t x = 0; x < n; x++) {
        if (v[x].len == len && memcmp(c->text + v[x].start, c->text + c->t[w].start, len) == 0 && v[x].sent < k &&
            k - v[x].sent <= 12) {
            return &v[x];
        }
    }
    return NULL;
}

/* Sentence k with no date of its own and no quotation: if it tells an
 * utterance of the past ("In an earlier statement, X said ..."), or goes
 * on right after one that did, the one before told or went on with such
 * an utterance ("He also accused ...": its para_background), k; else
 * SIZE_MAX. bg_sent is the last one that did. */
static size_t background_link(const truce_coder *c, sinfo *si, size_t k, bool quotes, size_t bg_sent)
{
    if (si[k].n_dates || quotes) {
        return SIZE_MAX;
    }
    if (dates_earlier_utterance(c, c->s[k].tok_start, c->s[k].tok_end)) {
        return k;
    }
    if (bg_sent == SIZE_MAX || bg_sent + 1 != k || !dates_continues(c, bg_sent, k)) {
        return SIZE_MAX;
    }
    si[k].para_background = true;
    si[k].para_date = TRUCE_NODAY;
    si[k].para_speech = si[k].para_link = false;
    return k;
}

/* ---- interviews ----------------------------------------------------------- */

/* Does sentence k open with the label of a turn of an interview's
 * transcript: a capitalized word or two and a colon ("VOA:", "Armitage:"),
 * or a name, a comma and a title ("Richard Armitage, former deputy
 * secretary of state:")? Its first word's token in *lab. */
static bool turn_label(const truce_coder *c, size_t k, size_t *lab)
{
    size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
    if (sb + 2 >= se || c->t[sb].kind != TOK_WORD || !(c->t[sb].flags & TF_CAP)) {
        return false;
    }
    bool comma = false;
    for (size_t i = sb + 1; i < se && i < sb + 16; i++) {
        if (tok_punct(c, i, ':')) {
            *lab = sb;
            return i <= sb + 2 || (comma && i + 1 < se);
        }
        if (tok_punct(c, i, ',') && i <= sb + 3) {
            comma = true;
        } else if (c->t[i].kind != TOK_WORD && !tok_punct(c, i, '.')) {
            return false;
        }
    }
    return false;
}

/* The first sentence of an interview's transcript, SIZE_MAX if the story
 * is none: a dialogue of labelled turns ("VOA: What did you discuss?
 * Armitage: The obvious message we brought ..."), the speaker changing
 * three times or more and two turns or more asking a question (not a
 * page's "Related:" and "Watch:" links, nor a chronology's dates). */
static size_t transcript_start(const truce_coder *c)
{
    size_t first = SIZE_MAX, changes = 0, questions = 0, prev = SIZE_MAX;
    bool asked = false;   /* the current turn asks a question */
    for (size_t k = 0; k < c->ns; k++) {
        size_t lab;
        if (turn_label(c, k, &lab)) {
            if (first == SIZE_MAX) {
                first = k;
            } else if (c->t[lab].end - c->t[lab].start != c->t[prev].end - c->t[prev].start ||
                       memcmp(c->text + c->t[lab].start, c->text + c->t[prev].start,
                              c->t[lab].end - c->t[lab].start) != 0) {
                changes++;   /* (by the word's text: a name may have no id) */
            }
            prev = lab;
            asked = false;
        }
        if (prev != SIZE_MAX && !asked && c->s[k].tok_end > c->s[k].tok_start &&
            tok_punct(c, c->s[k].tok_end - 1, '?')) {
            asked = true;
            questions++;
        }
    }
    return changes >= 3 && questions >= 2 ? first : SIZE_MAX;
}

/* A sentence of an interview's transcript, published days after it was
 * held, that names no time: what its questions and answers tell in the
 * past ("Lai said ...", "the monies Congress voted for") is background,
 * not the story's day (test_dates.c: "interview"). TRUCE_NODAY: no date
 * goes on past it. */
static truce_day transcript_background(sinfo *s)
{
    s->para_background = true;
    s->para_date = TRUCE_NODAY;
    s->para_said = s->para_speech = s->para_link = false;
    return TRUCE_NODAY;
}

void dates_story(truce_coder *c, sinfo *si)
{
    truce_day ref = c->st->date, anchor = TRUCE_NODAY;
    dated_speaker spk[8];
    size_t n_spk = 0;
    uint8_t anchor_prec = DP_DAY;
    /* the event being told: its date and precision, the sentence that last
     * named or continued it, and how many more sentences it may go on */
    truce_day narr = TRUCE_NODAY;
    uint8_t narr_prec = DP_DAY;
    bool narr_said = false, narr_speech = false;
    size_t narr_sent = 0, left = 0;
    bool open_quote = false;   /* the last quotation mark so far opens one */
    /* the latest violent incident the story dated */
    truce_day inc = TRUCE_NODAY;
    uint8_t inc_prec = DP_DAY;
    bool inc_lead = false;
    /* the lead's incident (si->news_date) */
    truce_day news = TRUCE_NODAY;
    /* the sentence that last told or went on with an utterance of the
     * past ("In an earlier statement, X said ..."), SIZE_MAX if none */
    size_t bg_sent = SIZE_MAX;
    size_t qa = transcript_start(c);   /* an interview's first turn */
    for (size_t k = 0; k < c->ns; k++) {
        size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
        si[k].inc_known = inc != TRUCE_NODAY;
        si[k].inc_date = inc;
        si[k].inc_prec = inc_prec;
        si[k].inc_lead = inc_lead;
        si[k].news_date = news;
        si[k].para_date = TRUCE_NODAY;
        si[k].para_prec = DP_DAY;
        si[k].para_said = false;
        si[k].para_speech = false;
        si[k].para_link = false;
        si[k].para_background = false;
        si[k].main_date = TRUCE_NODAY;
        if (c->opt.max_sentence_tokens && se - sb > c->opt.max_sentence_tokens) {
            si[k].n_dates = 0;
            narr = TRUCE_NODAY;
            continue;
        }
        if (k > 0 && c->s[k].paragraph != c->s[k - 1].paragraph) {
            narr = TRUCE_NODAY;   /* a new paragraph tells its own */
            open_quote = false;
        }
        si[k].n_dates = dates_find_at(c, sb, se, ref, anchor, anchor_prec, si[k].dates, 16);
        dates_since_phrase(c, k, si[k].dates, si[k].n_dates);   /* "since the ouster two months ago" */
        dates_quote_now(c, k, si[k].dates, si[k].n_dates);      /* '"... yesterday," X said Monday' */
        dates_refine(c, k, si[k].dates, si[k].n_dates);        /* "last month": the day named later */
        si[k].clauses = NULL;
        if (si[k].n_dates || dates_has_clause_word(c, sb, se)) {
            /* once per sentence, not once per head */
            clauses *cs = NEW(&c->a, clauses, 1);
            if (cs) {
                dates_clauses_scan(c, &si[k], sb, se, true, cs);
                si[k].clauses = cs;
            }
        }
        const date_expr *m = main_expr(c, &si[k], sb, se);
        /* (a sentence with no quotation mark inside a quotation opened
         * before it: 'He continued, "And ... . But if we do, we'll use it.
         * If we have to, we'll do it."') */
        bool marks = false;
        for (size_t i = sb; i < se && !marks; i++) {
            marks = (c->t[i].flags & (TF_QUOTE_OPEN | TF_QUOTE_CLOSE)) != 0;
        }
        bool quotes = quoting(c, k) || (open_quote && !marks);
        for (size_t i = sb; i < se; i++) {
            if (c->t[i].flags & TF_QUOTE_OPEN) {
                open_quote = true;
            } else if (c->t[i].flags & TF_QUOTE_CLOSE) {
                open_quote = false;
            }
        }
        if (m) {
            si[k].main_date = m->day;
        }
        if (m) {
            /* (m dates the sentence's main clause: "Mujahid disclosed the
             * decision to TOLOnews late Tuesday") */
            size_t b = 0, e = 0, v = main_verb(c, sb, se);
            if (quotes ? dated_saying(c, k, m) && quote_speaker_span(c, k, &b, &e)
                       : v != SIZE_MAX && communicates(c, v) && dates_finite(c, sb, v) && (b = sb, e = v, true)) {
                speaker_note(c, spk, &n_spk, sizeof spk / sizeof *spk, b, e, k, m);
            }
        }
        if (m && k > 0 && added_to(c, si, k - 1, k, m, quotes)) {
            si[k - 1].para_date = si[k - 1].main_date = m->day;
            si[k - 1].para_prec = m->prec;
            si[k - 1].para_said = false;
            si[k - 1].para_speech = true;
        }
        if (quotes) {
            /* a quotation neither starts an event nor continues one; one
             * dated ('"...," X said Sunday') ends the one told before, and
             * its date goes on only to "X added" */
            if (m) {
                narr = m->day;
                narr_prec = m->prec;
                narr_sent = k;
                narr_said = true;
                narr_speech = dated_saying(c, k, m);
                left = 1;
            } else if (narr != TRUCE_NODAY && narr_speech && left > 0 && quote_same_speaker(c, narr_sent, k)) {
                /* 'X said Wednesday ... . "...," he said': the same
                 * speaker's same occasion (test_dates.c: "occasion") */
                si[k].para_date = narr;
                si[k].para_prec = narr_prec;
                si[k].para_said = true;
                si[k].para_speech = true;
                left--;
            } else if (narr != TRUCE_NODAY && narr_speech && k > 0 && (si[k - 1].para_speech || narr_sent == k - 1) &&
                       quoting(c, k) && !attributed(c, k)) {
                /* '"...," he said. "..."': a quotation no one is said to
                 * speak goes on with the speaker of the one before */
                si[k].para_date = narr;
                si[k].para_prec = narr_prec;
                si[k].para_said = true;
                si[k].para_speech = true;
            }
            size_t b = 0, e = 0;
            const dated_speaker *d = NULL;
            if (!m && si[k].para_date == TRUCE_NODAY && quote_speaker_span(c, k, &b, &e) &&
                (d = speaker_find(c, spk, n_spk, b, e, k)) != NULL) {
                /* 'Mujahid disclosed the decision late Tuesday. ... "...,"
                 * Mujahid said': the quotation of a speaker the story
                 * dated a saying of was said then (test_dates.c:
                 * "occasion") */
                si[k].para_date = d->day;
                si[k].para_prec = d->prec;
                si[k].para_said = true;
                si[k].para_speech = true;
            }
        } else if (m) {
            narr = m->day;
            narr_prec = m->prec;
            narr_sent = k;
            narr_said = false;
            narr_speech = dated_saying(c, k, m);
            left = 3;
        } else if (!quotes && (m = place_link(c, si, k)) != NULL) {
            narr = si[k].para_date = si[k].main_date = m->day;
            narr_prec = si[k].para_prec = m->prec;
            narr_sent = k;
            narr_said = narr_speech = false;
            left = 3;
        } else if (narr != TRUCE_NODAY && left > 0 && dates_continues(c, narr_sent, k)) {
            si[k].para_date = narr;
            si[k].para_prec = narr_prec;
            si[k].para_said = narr_said;
            /* "X said Sunday ... . The leader told a cabinet meeting that
             * ...": the same speaker's same occasion (test_dates.c:
             * "occasion") */
            size_t v = past_main_verb(c, k);
            si[k].para_speech = narr_speech && v != SIZE_MAX && saying(c, v) && same_speaker(c, narr_sent, k, v);
            /* "In response, X said", "X retaliated by ..." */
            si[k].para_link = opens_with_link(c, k) || answers(c, k, v);
            si[k].main_date = narr;
            narr_sent = k;
            left--;
        } else {
            narr = TRUCE_NODAY;
        }
        bg_sent = background_link(c, si, k, quotes, bg_sent);
        if (bg_sent == k) {
            narr = TRUCE_NODAY;   /* (its date does not go on past it) */
        }
        if (k >= qa && !si[k].n_dates) {
            narr = transcript_background(&si[k]);
        }
        for (size_t d = 0; d < si[k].n_dates; d++) {
            const date_expr *x = &si[k].dates[d];
            if (dates_incident(c, si[k].clauses, sb, se, x) &&
                (ref == TRUCE_NODAY || ref - dates_period_last(x->day, x->prec) <= 30)) {
                /* (a recent one: "the attack" is not one of long ago) */
                /* (the lead's incident told again on the same day is
                 * still the lead's) */
                inc_lead = dates_lead_sentence(c, k) || (inc_lead && x->day == inc && x->prec == inc_prec);
                if (inc_lead && x->prec == DP_DAY) {
                    news = x->day;
                } else if (!(news != TRUCE_NODAY && x->day < news)) {
                    /* (an incident told after the lead and before its
                     * news is what led to it: "The attack: the train came
                     * under fire on Tuesday" in a story of the rescue on
                     * Wednesday; a later one is news of its own) */
                    news = TRUCE_NODAY;
                }
                inc = x->day;
                inc_prec = x->prec;
            }
            /* the last date named: what "the next day", "days later" count from */
            if (x->attach != DA_BOUND && x->attach != DA_SINCE && x->day != TRUCE_NODAY &&
                (ref == TRUCE_NODAY || x->day <= ref)) {
                anchor = x->day;
                anchor_prec = x->prec;
            }
        }
    }
}
