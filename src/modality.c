/* modality.c — did it happen: the verb group.
 *
 * Whether a word with verb patterns is used as a verb here (the POS
 * lexicon, the words before it: "the signed accord", "the attacks", "US
 * sanctions" are no verbs), whether it is passive, and what its group and
 * clause say of the act: negated ("did not attack"), intended or announced
 * ("plans to meet"), threatened, demanded ("must return"), refused,
 * hypothetical ("if ..."). modality_apply turns that into the code of the
 * event: the act itself, CAMEO's intent, threat or rejection codes
 * (data/modality.tsv), or no event at all.
 *
 * Tests: tests/unit/test_modality.c (one block per rule), and the golden cases of
 * tests/golden/code/.
 */
#include "coder.h"

#include <stdio.h>

/* May the actor m be the subject of a verb after it: it opens its clause,
 * or follows an auxiliary; not a verb's object, nor a preposition's ("for
 * the victims of the Kabul attack")? */
static bool subject_actor(const truce_coder *c, const mention *m, size_t sb)
{
    return m && (m->tok_start == sb || !c->t[m->tok_start - 1].isverb || is_aux(c, m->tok_start - 1)) &&
           !(m->tok_start > sb && is_prep(c, c->t[m->tok_start - 1].id));
}

/* Is token p a number ("one", "12") that a verb before it takes as its
 * object's count ("has one shot at the title"), so the -ed form after it
 * is a noun? */
static bool counted_noun(const truce_coder *c, size_t p)
{
    static const char *const not_count[] = {"at", "least", "some", "about", "nearly", "around", "more", "than", NULL};
    bool number = c->t[p].kind == TOK_NUM || roles_number_word(c, p);
    for (const char *const *w = not_count; number && *w; w++) {
        number = !tok_is_word(c, p, *w);
    }
    const token *g = &c->t[p - 1];
    return number && g->kind == TOK_WORD && g->vlemma && g->vform != VF_NONE && !is_be(c, p - 1) &&
           !(g->flags & TF_CAP);
}

/* Is the verb at i in a yes-no question ("Will Russia attack Ukraine?",
 * "“Did Iran fire the missile?” he asked"): asked, not told? A question
 * mark after it in its sentence, and an auxiliary or a modal first in the
 * question (a wh-question, "Why did Russia attack?", tells that it did).
 * (test_modality.c: questions) */
static bool yes_no_question(const truce_coder *c, size_t i)
{
    size_t b, e, q = i + 1;
    modality_sentence_span(c, i, &b, &e);
    while (q < e && !tok_punct(c, q, '?') && !tok_punct(c, q, ';') && !(c->t[q].flags & TF_QUOTE_CLOSE)) {
        q++;
    }
    if (q >= e || !tok_punct(c, q, '?')) {
        return false;
    }
    size_t s = i;
    while (s > b && !(c->t[s - 1].flags & TF_QUOTE_OPEN) && !tok_punct(c, s - 1, ':')) {
        s--;
    }
    return s < i && (is_aux(c, s) || tok_has(c, s, WC_MODAL) || c->t[s].vlemma == c->k->w.be ||
                     c->t[s].vlemma == c->k->w.have || tok_is_word(c, s, "did") || tok_is_word(c, s, "does") ||
                     tok_is_word(c, s, "do"));
}

/* Is the actor ending at token p a modifier of what follows ("US
 * sanctions", "military aid") rather than a subject? A country adjective,
 * or a bare singular role with no country. */
static bool adjectival_before(const mvec *mv, size_t p)
{
    const mention *m = mv_ending_at(mv, p);
    /* "US sanctions" (a bare adjective), "military aid" (a bare role); not
     * "U.S. military gives", a whole actor */
    return m && ((m->kind == AK_ADJ && strlen(m->code) <= 3) ||
                 (m->kind == AK_AGENT && !m->country[0] && !m->plural));
}

/* Is token u a month's name ("May" in "On 2 May", "May 6"), not the modal
 * verb? Capitalised inside the sentence, or before a number at its start
 * (test_modality.c: a month is no modal). */
static bool month_at(const truce_coder *c, size_t u, size_t sb)
{
    const token *t = &c->t[u];
    if (t->kind != TOK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_UPPER) || !(t->wclass & WC_DATE_WORD) ||
        !month_from_name((str){c->text + t->start, (ptrdiff_t)(t->end - t->start)})) {
        return false;
    }
    return u > sb || (u + 1 < c->nt && c->t[u + 1].kind == TOK_NUM);
}

/* Is token p a lower-case word the POS lexicon knows mostly as an
 * adjective ("small arms", "heavy clashes")? */
static bool lex_adjective(const truce_coder *c, size_t p)
{
    return participle_lex_mostly(c, p, LEX_MOSTLY_ADJ);
}

/* Do the lower-case words ending at token p (up to three, none a verb
 * form nor an actor) follow a verb ("launched cyber attacks", "held
 * several rounds of talks")? Then the -s form after them is the verb's
 * object, a noun. */
static bool object_of_verb(const truce_coder *c, const mvec *mv, size_t sb, size_t p)
{
    size_t q = p + 1;
    while (q > sb && p + 1 - q < 3 && c->t[q - 1].kind == TOK_WORD && !(c->t[q - 1].flags & TF_CAP) &&
           (!c->t[q - 1].vlemma || c->t[q - 1].vform == VF_NONE) && !mv_ending_at(mv, q - 1) &&
           !is_prep(c, c->t[q - 1].id) && !tok_has(c, q - 1, WC_BOUNDARY | WC_PRONOUN | WC_SPEAKER_PRONOUN)) {
        q--;
    }
    if (q == p + 1 || q <= sb) {
        return false;
    }
    const token *t = &c->t[q - 1];
    return t->isverb && t->vlemma && t->vform != VF_NONE && !is_aux(c, q - 1) && !(t->flags & TF_CAP);
}

/* Is there a finite verb of its own between sb and p ("Kenya insisted
 * on", not "Negotiations between Kenya and Somalia on")? */
bool modality_verb_before(const truce_coder *c, size_t sb, size_t p)
{
    for (size_t q = p; q > sb; q--) {
        const token *t = &c->t[q - 1];
        if (clause_stop(c, q - 1)) {
            return false;
        }
        /* a base form after its subject too ("Mosques across Turkey
         * broadcast prayers"), not after a determiner ("a first patch") */
        bool finite = t->vform == VF_ED || t->vform == VF_S || is_aux(c, q - 1) ||
                      (t->vform == VF_BASE && q - 1 > sb && c->t[q - 2].kind == TOK_WORD &&
                       !tok_has(c, q - 2, WC_DETERMINER | WC_MODIFIER));
        if (t->isverb && t->vlemma && finite && !(t->flags & TF_CAP)) {
            return true;
        }
    }
    return false;
}

/* Is the participle at i right after an actor or noun (ending at p) that
 * is a preposition's object, with "in", "during", "at" or "near" after it
 * ("in support of Palestinians injured in clashes")? */
static bool prep_object_participle(const truce_coder *c, const mvec *mv, size_t sb, size_t p, size_t i)
{
    if (i + 1 >= c->nt || !(tok_is(c, i + 1, c->k->w.in) || tok_is(c, i + 1, c->k->w.at) ||
                            tok_is(c, i + 1, c->k->w.near) || tok_is_word(c, i + 1, "during"))) {
        return false;
    }
    const mention *m = mv_ending_at(mv, p);
    size_t start = m ? m->tok_start : p;
    if (!m && !(c->t[p].kind == TOK_WORD && c->t[p].nlemma &&
                (!c->t[p].isverb || participle_lex_mostly(c, p, LEX_MOSTLY_NOUN)))) {
        return false;   /* "with the terms offered in October": a noun the lexicon knows mostly as one */
    }
    while (start > sb && !is_prep(c, c->t[start - 1].id) &&
           (tok_has(c, start - 1, WC_DETERMINER | WC_MODIFIER) || c->t[start - 1].kind == TOK_NUM)) {
        start--;
    }
    /* and a finite verb before it, the clause's own ("A first group of
     * troops arrived in" is that verb) */
    return start > sb && is_prep(c, c->t[start - 1].id) && !tok_is(c, start - 1, c->k->w.by) &&
           modality_verb_before(c, sb, start - 1);
}

/* Is the -s form at i a noun, the subject of the modal or auxiliary right
 * after it ("U.N. sanctions can snap back", "the attacks have stopped")? A
 * finite verb is followed by neither. (test_modality.c: -s nouns) */
static bool subject_noun(const truce_coder *c, size_t i)
{
    /* not a verb whose object a relative clause took ("a war that Germany
     * fears could break out", "what he says will happen") */
    return i + 1 < c->nt && (tok_has(c, i + 1, WC_MODAL) || is_aux(c, i + 1)) && !modality_saying_verb(c, i) &&
           !tok_has(c, i, WC_BELIEF);
}

/* Does the actor ending at p follow a verb whose object it begins
 * ("reimposing U.N. sanctions", "lifted EU sanctions"): the -s form after
 * it is a noun; not after a verb of saying or believing ("said Iran
 * attacks ships"). (test_modality.c: -s nouns) */
static bool actor_object_of_verb(const truce_coder *c, const mvec *mv, size_t sb, size_t p)
{
    const mention *m = mv_ending_at(mv, p);
    if (!m || m->tok_start <= sb || m->pronoun) {
        return false;
    }
    size_t q = m->tok_start - 1;
    const token *t = &c->t[q];
    return t->isverb && t->vlemma && t->vform != VF_NONE && !is_aux(c, q) && !(t->flags & TF_CAP) &&
           !modality_saying_verb(c, q) && !tok_has(c, q, WC_THREAT | WC_INTENT | WC_OBLIGATION);
}

/* A list of participles and adjectives ending at the comma or "and" at p,
 * after "be" or "remain" ("were killed, wounded and", "remain unseen,
 * unprotected, bombed,"): the participle after it is passive, and after
 * "remain" a state. True if there is one. */
static bool participle_list(const truce_coder *c, size_t sb, size_t p, vinfo *v)
{
    for (size_t q = p; q > sb && p - q < 14; q--) {
        size_t u = q - 1;
        if (tok_is_word(c, u, "remain") || tok_is_word(c, u, "remains") || tok_is_word(c, u, "remained")) {
            v->passive = v->status = true;
            return true;
        }
        if (is_be(c, u)) {
            v->passive = true;
            return true;
        }
        if (!(tok_punct(c, u, ',') || tok_is(c, u, c->k->w.and_) ||
              (c->t[u].kind == TOK_WORD && !(c->t[u].flags & TF_CAP) && (c->t[u].vform == VF_ED || !c->t[u].vlemma)))) {
            return false;
        }
    }
    return false;
}

/* Is token p a present form of "be" or "remain" ("is", "are", "remains")? */
bool modality_present_be(const truce_coder *c, size_t p)
{
    return tok_is_word(c, p, "is") || tok_is_word(c, p, "are") || tok_is_word(c, p, "remain") ||
           tok_is_word(c, p, "remains") || tok_is_word(c, p, "am");
}

/* Does an actor named after a preposition end at token p ("the threat of
 * al-Shabab attacks", "in Russian strikes")? An -s form after it is a
 * noun the actor modifies. */
static bool actor_after_prep(const truce_coder *c, const mvec *mv, size_t sb, size_t p)
{
    const mention *m = mv_ending_at(mv, p);
    size_t q = m ? m->tok_start : p;
    while (q > sb && tok_has(c, q - 1, WC_DETERMINER | WC_MODIFIER) && !is_prep(c, c->t[q - 1].id)) {
        q--;
    }
    return m && q > sb && is_prep(c, c->t[q - 1].id) && !tok_is(c, q - 1, c->k->w.by);
}

/* The tokens [*b, *e) of the sentence token i is in. */
void modality_sentence_span(const truce_coder *c, size_t i, size_t *b, size_t *e)
{
    size_t lo = 0, hi = c->ns;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->s[mid].tok_end <= i) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    *b = lo < c->ns ? c->s[lo].tok_start : 0;
    *e = lo < c->ns ? c->s[lo].tok_end : c->nt;
}

/* Is token q a verb of saying or believing ("say", "point out",
 * "believe", "show")? */
bool modality_saying_verb(const truce_coder *c, size_t q)
{
    const kb *k = c->k;
    uint32_t l = c->t[q].vlemma;
    return q < c->nt && c->t[q].vform != VF_NONE &&
           (tok_has(c, q, WC_BELIEF) || (l && l < k->heads_cap && (k->head_flags[l] & VFLAG_SPEECH)) ||
            speech_sense_at(c, q) ||
            tok_is_word(c, q, "show") || tok_is_word(c, q, "shows") || tok_is_word(c, q, "showed"));
}

/* Is an actor other than a pronoun named between tokens a and b (the
 * subject of what a commentator says: not "the expert says he is
 * pessimistic", his own view)? */
static bool named_between(const mvec *mv, size_t a, size_t b)
{
    for (size_t x = 0; x < mv->n; x++) {
        if (mv->v[x].tok_start > a && mv->v[x].tok_end <= b && !mv->v[x].pronoun) {
            return true;
        }
    }
    return false;
}

/* Is the act at i, in its sentence, what analysts read into events, what
 * a prosecutor charges or another alleges, not a fact the text gives? "According to analysts,
 * X wants ...", "according to court documents", "Analysts point out that X
 * backs ...", "A prosecutor said X offered ...", "X did Y, analysts say"
 * (test_modality.c: readings). */
static bool attributed_reading(const truce_coder *c, const mvec *mv, size_t i)
{
    size_t b, e;
    modality_sentence_span(c, i, &b, &e);
    for (size_t q = i + 1; q < e; q++) {
        /* '"The rebels violated the truce," the army alleged': an
         * allegation verb (not a verb of saying: "claimed" may claim one's
         * own act) after a comma, with the act before it */
        uint32_t l = c->t[q].vlemma;
        if (tok_has(c, q, WC_ALLEGATION) && (c->t[q].vform == VF_ED || c->t[q].vform == VF_S) &&
            !(l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH)) &&
            mv_ending_at(mv, q - 1) &&
            (q + 1 >= e || (c->t[q + 1].kind == TOK_PUNCT && !(c->t[q + 1].flags & TF_QUOTE_OPEN)) ||
             (is_prep(c, c->t[q + 1].id) && !tok_is(c, q + 1, c->k->w.of)) || tok_has(c, q + 1, WC_DATE_WORD))) {
            /* its subject right before it and no object after it ("the
             * army alleged in a statement"), not "their alleged
             * participation", "accused Syrian troops of" */
            for (size_t r = q; r > i + 1 && r + 7 > q; r--) {
                if (tok_punct(c, r - 1, ',')) {
                    return true;
                }
                if (c->t[r - 1].isverb && c->t[r - 1].vform != VF_NONE && !(c->t[r - 1].flags & TF_CAP) &&
                    r - 1 != q) {
                    break;
                }
            }
        }
    }
    for (size_t q = b; q < e; q++) {
        if (!tok_has(c, q, WC_COMMENTATOR | WC_ACCUSER)) {
            if (tok_is(c, q, c->k->w.according) && tok_is(c, q + 1, c->k->w.to)) {
                /* "according to (federal) court documents" */
                for (size_t r = q + 2; r < e && r < q + 7; r++) {
                    if (tok_has(c, r, WC_COMMENTATOR | WC_ACCUSER)) {
                        return true;
                    }
                }
            }
            continue;
        }
        if (q == i) {
            continue;
        }
        /* its own verb of saying right after it ("analysts point out"), or
         * before it after a comma (", say analysts") */
        size_t r = q + 1, cap_end = q + 1;
        while (cap_end < e && cap_end < q + 5 && c->t[cap_end].kind == TOK_WORD && (c->t[cap_end].flags & TF_CAP)) {
            cap_end++;   /* the name after the title: "federal prosecutor Jane Doe said" */
        }
        r = cap_end;
        while (r < e && r < cap_end + 2 && (tok_adverb(c, r) || tok_is(c, r, c->k->w.have) || is_aux(c, r))) {
            r++;
        }
        if (r < e && r < i && modality_saying_verb(c, r) && named_between(mv, r, i)) {
            return true;   /* "analysts say X backs ..." */
        }
        if (q > i && ((r < e && modality_saying_verb(c, r) && tok_punct(c, q - 1, ',')) ||
                      (q >= 2 && modality_saying_verb(c, q - 1) && tok_punct(c, q - 2, ','))) &&
            named_between(mv, b > 0 ? b - 1 : 0, i)) {
            return true;   /* "X backs ..., analysts say", "..., say analysts" */
        }
    }
    return false;
}

/* Does the belief word at u ("believe", "hopes", "is thought") govern the
 * verb at i, so that the act is believed, hoped or feared, not done? A
 * clause of its own after it ("they believe the rebels have left", "she
 * hopes the two can work together", "reason to think that they will
 * meet"), or "is believed to". Not "suspected militants attacked" (an
 * adjective), nor "hopes to meet" (its subject's own intent) (test_modality.c:
 * beliefs). */
static bool belief_over(const truce_coder *c, size_t u, size_t i, size_t sb)
{
    if (u + 1 >= i) {
        return false;
    }
    size_t q = u;
    while (q > sb && tok_adverb(c, q - 1)) {
        q--;
    }
    bool be_before = q > sb && is_be(c, q - 1);
    if (tok_is(c, u + 1, c->k->w.to)) {
        return be_before && c->t[u].vform == VF_ED;   /* "is believed to have attacked" */
    }
    if (tok_is(c, u + 1, c->k->w.that)) {
        return true;   /* "believe that ..." */
    }
    if (is_prep(c, c->t[u + 1].id) || c->t[u + 1].kind == TOK_PUNCT) {
        return false;  /* "fears of an attack", "as expected, ..." */
    }
    if (c->t[u].vform == VF_ED && !be_before) {
        /* "suspected militants": an adjective, unless a subject or "have"
         * comes before it */
        return q > sb && !tok_has(c, q - 1, WC_DETERMINER) && c->t[q - 1].kind == TOK_WORD &&
               (tok_has(c, q - 1, WC_PRONOUN | WC_PLURAL_PRONOUN | WC_SPEAKER_PRONOUN) ||
                c->t[q - 1].vlemma == c->k->w.have || (c->t[q - 1].nlemma && !c->t[q - 1].vlemma));
    }
    return c->t[u].vform != VF_NONE && !(q > sb && tok_has(c, q - 1, WC_DETERMINER)) &&
           !(q > sb && c->t[q - 1].kind == TOK_NUM) && q > sb;
}

/* Are tokens p-1, p "no longer" ("will no longer tolerate"): a negation
 * in the verb group? */
bool modality_no_longer(const truce_coder *c, ptrdiff_t p, size_t sb)
{
    return p > (ptrdiff_t)sb && tok_is_word(c, (size_t)p, "longer") && tok_is(c, (size_t)p - 1, c->k->w.no);
}

/* Is token p a quotation mark around an adverb of the verb group at i
 * ("is “flagrantly” defying")? */
static bool quoted_adverb(const truce_coder *c, size_t p, size_t sb, size_t i)
{
    return is_quote_tok(c, p) && ((p > sb && tok_adverb(c, p - 1) && !is_quote_tok(c, p - 1)) ||
                                  (p + 1 < i && tok_adverb(c, p + 1)));
}

/* Is token p a quotation mark around one word of a modality class, which
 * stays in the verb group ("was “inclined” to support", "‘vowed’ to
 * retaliate"; test_modality.c: quoted words)? */
static bool quoted_modal(const truce_coder *c, size_t p, size_t sb, size_t i)
{
    const uint64_t cls = WC_INTENT | WC_THREAT | WC_REFUSAL | WC_SCHEDULE | WC_ATTEMPT | WC_OBLIGATION;
    return is_quote_tok(c, p) &&
           ((p >= sb + 2 && tok_has(c, p - 1, cls) && is_quote_tok(c, p - 2)) ||
            (p + 2 < i && tok_has(c, p + 1, cls) && is_quote_tok(c, p + 2)));
}

/* Is there a comma between tokens a and b? */
static bool comma_between(const truce_coder *c, size_t a, size_t b)
{
    for (size_t q = a + 1; q < b; q++) {
        if (tok_punct(c, q, ',')) {
            return true;
        }
    }
    return false;
}

/* The first token after u, adverbs passed over (i if none before i). */
size_t modality_next_word(const truce_coder *c, size_t u, size_t i)
{
    size_t q = u + 1;
    while (q < i && tok_adverb(c, q)) {
        q++;
    }
    return q;
}

/* Is the modal at u ("could", "may", "might") said by its own subject:
 * "Beijing hinted that it could retaliate", "Iran said it may respond"?
 * A pronoun right before it, and a verb of saying right before that
 * (with or without "that"). (test_modality.c: own possibilities) */
static bool own_possibility(const truce_coder *c, size_t u, size_t sb)
{
    if (!tok_has(c, u, WC_MODAL) || u < sb + 2 ||
        !tok_has(c, u - 1, WC_SPEAKER_PRONOUN | WC_PLURAL_PRONOUN | WC_PRONOUN) ||
        tok_is(c, u - 1, c->k->w.i) || tok_is_word(c, u - 1, "you")) {
        return false;
    }
    size_t q = u - 2;
    if (tok_is(c, q, c->k->w.that) && q > sb) {
        q--;
    }
    return modality_saying_verb(c, q) && !tok_has(c, q, WC_BELIEF);
}

/* Is the word p a document its issuer says something by, right after a
 * verb of issuing ("issued a statement calling on", "released a joint
 * report accusing"): the -ing verb after it is the issuer's act. The
 * issuing verbs are verbs of saying with a document (verbs.txt: "=issue|release|publish *
 * statement speech"). (test_modality.c: documents that act) */
static bool issued_document(const truce_coder *c, size_t p, size_t sb)
{
    if (!tok_has(c, p, WC_DOCUMENT)) {
        return false;
    }
    for (size_t q = p; q > sb && q + 4 > p; q--) {
        uint32_t l = c->t[q - 1].vlemma;   /* "issue" is a verb of saying with a document only (kb.c) */
        bool issuing = l && l < c->k->heads_cap && (c->k->head_flags[l] & VFLAG_SPEECH_SENSE) &&
                       c->t[q - 1].vform != VF_NONE;
        if ((modality_saying_verb(c, q - 1) && !tok_has(c, q - 1, WC_BELIEF)) || issuing ||
            (tok_has(c, q - 1, WC_DISPATCH) && c->t[q - 1].vform != VF_NONE) || tok_is_word(c, q - 1, "wrote")) {
            return true;   /* "issued a statement", "sent a letter threatening" */
        }
        if (c->t[q - 1].kind != TOK_WORD || tok_has(c, q - 1, WC_BOUNDARY | WC_CLAUSE_END)) {
            return false;
        }
    }
    return false;
}

/* Is the word q before an infinitive "first", "last" or "only" after "the",
 * whose infinitive is the doer's act ("was the first to reject the plan";
 * not "the first plan to", a noun's purpose)? */
static bool ordinal_doer(const truce_coder *c, size_t q, size_t sb)
{
    return q > sb && (tok_is_word(c, q, "first") || tok_is_word(c, q, "last") || tok_is_word(c, q, "only")) &&
           tok_is(c, q - 1, c->k->w.the);
}

/* Is the word at q, spelt like a verb, a noun of a noun phrase: after a
 * determiner or a possessive, with at most a participle or an adjective
 * between ("Britain's proposed deal to cede", "a deal to", not "agreed to
 * deal")? */
static bool noun_in_phrase(const truce_coder *c, size_t q, size_t sb)
{
    if (c->t[q].kind != TOK_WORD || c->t[q].vform == VF_ED || c->t[q].vform == VF_ING) {
        return false;
    }
    size_t r = q;
    while (r > sb && r + 2 > q && c->t[r - 1].kind == TOK_WORD && !(c->t[r - 1].flags & TF_CAP) &&
           (c->t[r - 1].vform == VF_ED || lex_adjective(c, r - 1)) && !tok_has(c, r - 1, WC_DETERMINER)) {
        r--;
    }
    return r > sb && (tok_has(c, r - 1, WC_DETERMINER | WC_POSSESSIVE) || tok_is_word(c, r - 1, "'s")) &&
           !tok_is(c, r - 1, c->k->w.of) && !tok_is_word(c, r - 1, "for");
}

/* Is the infinitive whose "to" follows token q the purpose of a sending
 * or what a permission permits: a verb of the "dispatch" class at q or a
 * few words before it, its object between ("Russia sent special forces to
 * attack", "troops were deployed to fight", "allowed the police to
 * search", "moved troops to the border to attack"), or "in order to", "so
 * as to"? The act is not done (test_modality.c: purposes). */
static bool purpose_of(const truce_coder *c, size_t q, size_t sb)
{
    if (q > sb && ((tok_is_word(c, q, "order") && tok_is(c, q - 1, c->k->w.in)) ||
                   (tok_is(c, q, c->k->w.as) && tok_is_word(c, q - 1, "so")))) {
        return true;   /* "launched an assault in order to seize the base": its aim */
    }
    for (size_t r = q + 1; r > sb && r + 8 > q; r--) {
        size_t u = r - 1;
        if (tok_has(c, u, WC_DISPATCH) && c->t[u].vform != VF_NONE && !(c->t[u].flags & TF_CAP) &&
            !(u > sb && tok_has(c, u - 1, WC_DETERMINER))) {   /* not "in a rush to" */
            return true;
        }
        if (clause_stop(c, u) || tok_punct(c, u, ',') || tok_has(c, u, WC_BOUNDARY | WC_CLAUSE_END) ||
            tok_is(c, u, c->k->w.by) || (u < q && c->t[u].vform == VF_ED && !is_be(c, u) && !is_aux(c, u))) {
            return false;
        }
    }
    return false;
}

/* Is the verb at i, after "to", a protest ("to protest", "to demonstrate
 * against", "to picket")? Done as what the clause did, not planned. */
static bool protest_purpose(const truce_coder *c, size_t i)
{
    static const char *const words[] = {"protest", "demonstrate", "picket", NULL};
    return tok_is_one_of(c, i, words);
}

/* The token before a time phrase that ends at q ("decided on Thursday
 * to", "agreed last week to", "said Monday night it"): a day's name, a
 * month, a number, "yesterday", "today", "week" and the "on", "last" or
 * "this" before them; q itself if none ends there (test_modality.c: a
 * time before the infinitive). */
static ptrdiff_t before_time(const truce_coder *c, size_t sb, ptrdiff_t q)
{
    ptrdiff_t r = q;
    while (r >= (ptrdiff_t)sb &&
           ((tok_has(c, (size_t)r, WC_DATE_WORD) && ((c->t[r].flags & TF_CAP) || tok_is(c, (size_t)r, c->k->w.yesterday) ||
                                                    tok_is(c, (size_t)r, c->k->w.today))) ||
            c->t[r].kind == TOK_NUM || tok_is_word(c, (size_t)r, "week") || tok_is_word(c, (size_t)r, "night") ||
            tok_is_word(c, (size_t)r, "morning"))) {
        r--;
    }
    if (r == q) {
        return q;
    }
    if (r >= (ptrdiff_t)sb && (tok_is(c, (size_t)r, c->k->w.on) || tok_is(c, (size_t)r, c->k->w.last) ||
                               tok_is(c, (size_t)r, c->k->w.this))) {
        r--;
    }
    return r;
}

/* Is the verb at i the infinitive of what the verb of wishing at u wants
 * of another: "wants Ukraine to withdraw", "wanted the rebels to lay down
 * their arms"? A short noun phrase, no verb in it, then "to" right before
 * i (test_modality.c: wanted of another). */
static bool wanted_of(const truce_coder *c, size_t u, size_t i)
{
    if (i < u + 3 || i > u + 7 || !tok_is(c, i - 1, c->k->w.to)) {
        return false;
    }
    for (size_t q = u + 1; q + 1 < i; q++) {
        const token *t = &c->t[q];
        if (t->kind != TOK_WORD || (t->isverb && t->vform != VF_NONE && !(t->flags & TF_CAP) && !t->nlemma &&
                                    !tok_has(c, q, WC_DETERMINER | WC_POSSESSIVE))) {
            return false;
        }
    }
    return true;
}

/* What the group and clause before the verb at i say of its act:
 * negation, intent, threat, obligation, refusal, hypothesis; and whether an
 * infinitive ("to return") belongs to a noun ("the effort to return"). p
 * is the token before the verb (adverbs passed over), to whether it is
 * "to". */

/* Is token u "from" after a verb of holding back ("tried to stop its citizens from going to
 * fight", "barred them from entering"), or "of" after "short" ("stopped short of attacking"),
 * with the -ing form at u + 1 leading to the act at i: held back, not done? (test_modality.c:
 * acts held back) */
static bool held_back(const truce_coder *c, size_t u, size_t i, size_t sb)
{
    static const char *const stop[] = {"stop", "stops", "stopped", "stopping", "prevent", "prevents", "prevented",
        "preventing", "bar", "bars", "barred", "barring", "ban", "bans", "banned", "banning", "keep", "keeps", "kept",
        "keeping", "deter", "deters", "deterred", "deterring", "refrain", "refrains", "refrained", "refraining",
        "prohibit", "prohibits", "prohibited", "prohibiting", "block", "blocks", "blocked", "blocking", "restrain",
        "restrains", "restrained", "dissuade", "dissuaded", "discourage", "discouraged", "forbid", "forbade",
        "forbidden", "abstain", "abstained", "desist", "desisted", NULL};
    if (c->t[u + 1].vform != VF_ING || !(i == u + 1 || (i == u + 3 && tok_is(c, u + 2, c->k->w.to)))) {
        return false;   /* the act is the -ing or its infinitive ("from going to fight"), no later verb */
    }
    if (tok_is(c, u, c->k->w.of)) {
        return u > sb && tok_is_word(c, u - 1, "short");
    }
    if (!tok_is(c, u, c->k->w.from)) {
        return false;
    }
    for (size_t q = u; q > sb && q + 8 > u; q--) {
        if (tok_is_one_of(c, q - 1, stop)) {
            return true;
        }
        if (clause_stop(c, q - 1)) {
            return false;
        }
    }
    return false;
}
/* Is the verb at i the base form right after "and" (", and withdraw"),
 * or an -ing after such a verb of going on ("and continue putting", "and
 * keep pressing")? */
static bool base_conjunct(const truce_coder *c, size_t i, size_t sb)
{
    size_t j = i;
    if (c->t[i].vform == VF_ING && i > sb && c->t[i - 1].vform == VF_BASE &&
        (tok_is_word(c, i - 1, "continue") || tok_is_word(c, i - 1, "keep") || tok_is_word(c, i - 1, "stop") ||
         tok_is_word(c, i - 1, "start") || tok_is_word(c, i - 1, "begin"))) {
        j = i - 1;
    } else if (c->t[i].vform != VF_BASE) {
        return false;
    }
    return j > sb + 1 && tok_is(c, j - 1, c->k->w.and_) && !(c->t[j].flags & TF_CAP);
}

static void group_modality(const truce_coder *c, size_t i, size_t sb, ptrdiff_t p, bool to, vinfo *pv)
{
    vinfo v = *pv;
    if (to) {
        /* governed by a verb or adjective? */
        ptrdiff_t q = p - 1;
        while (q >= (ptrdiff_t)sb && tok_adverb(c, (size_t)q)) {
            q--;
        }
        q = before_time(c, sb, q);   /* "decided on Thursday to ease" */
        if (q >= (ptrdiff_t)sb) {
            const token *g = &c->t[q];
            bool gov = (g->isverb && !noun_in_phrase(c, (size_t)q, sb)) || tok_has(c, (size_t)q, WC_INTENT) ||
                       tok_has(c, (size_t)q, WC_THREAT) || tok_has(c, (size_t)q, WC_CONTROL);
            if (!gov && ordinal_doer(c, (size_t)q, sb)) {
                gov = true;   /* "was the first to reject": done (test_modality.c: the first to act) */
            }
            v.purpose = purpose_of(c, (size_t)q, sb);
            if (!gov && protest_purpose(c, i)) {
                /* "shopkeepers closed their stores on Monday to protest
                 * against the tax": the act was the protest (test_modality.c:
                 * protest purposes) */
                gov = true;
                v.purpose = false;
            }
            if (!gov && !(g->flags & TF_QUOTE_OPEN)) {
                v.infinitive_of_noun = true;
                /* "my willingness and availability to travel": an intent
                 * noun of the phrase right before governs it */
                for (ptrdiff_t r = q; r >= (ptrdiff_t)sb && r > q - 3; r--) {
                    /* not a participle before it: "Britain's proposed deal to cede" */
                    if (tok_has(c, (size_t)r, WC_INTENT | WC_THREAT) &&
                        !(r < q && c->t[r].vform == VF_ED && c->t[r + 1].kind == TOK_WORD)) {
                        v.infinitive_of_noun = false;
                    }
                }
            }
        }
    }
    /* scan back over the verb group and the clause for modality; a verb
     * coordinated by "and" in its base form ("should keep their offers
     * open for the refugees it holds, and continue putting pressure on",
     * "must stop the war and lift the blockade") shares the modal of the
     * first, however long that one's phrase (test_modality.c:
     * coordinated verbs) */
    size_t stop = i > (base_conjunct(c, i, sb) ? 24 : 12) ? i - (base_conjunct(c, i, sb) ? 24 : 12) : 0;
    if (stop < sb) {
        stop = sb;
    }
    bool past_that = false;
    /* "hesitated to strike": held back, no act; "will not hesitate to
     * strike": announced (test_modality.c: hesitation) */
    ptrdiff_t hesitation = -1;
    bool hesitation_negated = false;
    for (ptrdiff_t q = (ptrdiff_t)i - 1; q >= (ptrdiff_t)stop; q--) {
        size_t u = (size_t)q;
        if (tok_punct(c, u, ';') || tok_punct(c, u, ':') || (is_quote_tok(c, u) && !quoted_adverb(c, u, sb, i) &&
                                                                      !quoted_modal(c, u, sb, i))) {
            break;
        }
        if ((tok_is(c, u, c->k->w.and_) || tok_is(c, u, c->k->w.but)) && u > sb && tok_punct(c, u - 1, ',') &&
            !(c->t[u + 1].isverb && c->t[u + 1].vform != VF_NONE && !(c->t[u + 1].flags & TF_CAP))) {
            break;   /* ", and some have called on him": a clause of its own (not ", and continue ...") */
        }
        if (tok_has(c, u, WC_CLAUSE_END) && !tok_is(c, u, c->k->w.that) && !tok_has(c, u, WC_HYPOTHETICAL)) {
            /* "will react, although they spoke by phone", "who would
             * attack": the clause opens here, its modals are its own
             * (test_senses.c: a modal of another clause) */
            break;
        }
        if (month_at(c, u, sb)) {
            continue;   /* "On 2 May, troops fired": a date, not "may" */
        }
        if (tok_is(c, u, c->k->w.that)) {
            /* "I want to note that the peacekeepers prevented ...": a wish
             * before "that" is about the saying, not the clause after it
             * (a demand or a threat still governs it: "demanding that
             * Egypt open the crossing") */
            past_that = true;
        }
        if (held_back(c, u, i, sb)) {
            v.possible = true;   /* "stopped them from going to fight", "stopped short of attacking": not done */
        }
        if (tok_has(c, u, WC_BELIEF) && belief_over(c, u, i, sb)) {
            v.possible = true;   /* "they believe the rebels have left": believed, not done */
        }
        if (tok_is_word(c, u, "far") && u > sb && tok_is(c, u - 1, c->k->w.as) && tok_is(c, u + 1, c->k->w.as) &&
            (tok_is_word(c, i, "concerned") || tok_is_word(c, i + 1, "concerned") || tok_is_word(c, i, "goes") ||
             tok_is_word(c, i, "know"))) {
            v.possible = true;   /* "as far as Moscow is concerned": a frame, no act (test_modality.c) */
        }
        if (modality_reported_infinitive(c, u, i)) {
            v.possible = true;   /* "said by the army to have planned and ordered": a claim */
        }
        if (tok_has(c, u, WC_READING) && tok_is(c, u + 1, c->k->w.as) && i - u <= 6 && !comma_between(c, u, i)) {
            v.possible = true;   /* "a move widely seen as attempting to": a reading */
        }
        if ((tok_is_word(c, u, "more") || tok_is_word(c, u, "less")) && u > sb && tok_is(c, u - 1, c->k->w.the) &&
            (u - 1 == sb || tok_punct(c, u - 2, ',') || tok_has(c, u - 2, WC_BOUNDARY))) {
            v.possible = true;   /* "the more X bullies Y, the more ...": a general rule, no act */
        }
        if (c->t[u].vlemma == c->k->w.have && tok_is(c, u + 1, c->k->w.to) && !tok_is_word(c, u, "had") &&
            !(u > sb && (tok_is(c, u - 1, c->k->w.we) || tok_is(c, u - 1, c->k->w.i)))) {
            /* "will have to take steps": needed, not done ("had to flee"
             * was; "we have to ask" is the speaker's own act) */
            v.obligation = true;
        }
        if (tok_has(c, u, WC_ALLEGATION) && c->t[u].vform == VF_NONE && !c->t[u].vlemma) {
            v.possible = true;   /* "allegedly offered": a claim */
        }
        if (tok_has(c, u, WC_POSSIBILITY) && !past_that) {
            v.possible = true;   /* "could impose", "might retaliate" */
            v.own_possible |= own_possibility(c, u, sb);
        } else if (tok_has(c, u, WC_SCHEDULE) && !past_that && tok_is(c, u + 1, c->k->w.to)) {
            v.planned = true;    /* "is scheduled to travel", "is due to visit" */
        } else if (is_be(c, u) && !past_that && tok_is(c, u + 1, c->k->w.to) &&
                   ((u + 2 == i && c->t[i].vform == VF_BASE && !tok_is_word(c, i, "blame")) ||
                    (u + 3 == i && is_be(c, u + 2)))) {
            /* "the government was to lift the curfew", "Iran is to host
             * the talks", "the prisoners are to be freed": arranged, not
             * done; not "Israel is to blame", an accusation (test_modality.c:
             * be to) */
            v.planned = true;
        } else if (tok_has(c, u, WC_ATTEMPT) && !past_that && tok_is(c, u + 1, c->k->w.to)) {
            v.attempt = true;    /* "is seeking to finalise", "tried to storm" */
        } else if (tok_has(c, u, WC_OBLIGATION)) {
            v.obligation = true;
        } else if (tok_has(c, u, WC_MODAL | WC_INTENT) && !past_that && modality_intent_governs(c, u, i)) {
            v.intent = true;
            v.announced |= tok_has(c, u, WC_INTENT);
        }
        if (tok_has(c, u, WC_THREAT)) {
            v.threat = true;
        }
        v.desire |= tok_has(c, u, WC_DESIRE) && !past_that && tok_is(c, u + 1, c->k->w.to);
        v.wanted |= tok_has(c, u, WC_DESIRE) && c->t[u].vform != VF_NONE && !past_that && wanted_of(c, u, i);
        if (tok_has(c, u, WC_REFUSAL) && i - u <= 4) {
            v.refusal = true;
        }
        if (tok_has(c, u, WC_HYPOTHETICAL)) {
            v.hypothetical = true;
            v.whether |= tok_is(c, u, c->k->w.whether);
            for (size_t r = u + 1; r < i; r++) {
                v.hyp_clause |= tok_punct(c, r, ',');
            }
        }
        if (tok_has(c, u, WC_HESITATION) && hesitation < 0 && tok_is(c, u + 1, c->k->w.to)) {
            hesitation = q;
        }
        if (tok_has(c, u, WC_NEGATION) && hesitation > q && modality_next_word(c, u, i) == (size_t)hesitation) {
            hesitation_negated = true;   /* "will not hesitate to": no negation of the act */
        } else if (tok_has(c, u, WC_NEGATION) && i - u <= 4 && !((c->t[u].flags & TF_CAP) && u > sb)) {
            /* not a name's word: "Reporters Without Borders welcomed"
             * (test_modality.c: negation words in names) */
            v.negated = true;
        }
        /* a finite verb of its own closes the group (not a name's word:
         * "the United States") */
        if (c->t[u].isverb && c->t[u].vform == VF_ED && q < (ptrdiff_t)i - 1 && !(c->t[u].flags & TF_CAP) &&
            !tok_has(c, u, WC_INTENT | WC_THREAT | WC_OBLIGATION | WC_REFUSAL | WC_CONTROL | WC_SCHEDULE |
                           WC_ATTEMPT) &&
            !is_aux(c, u)) {
            break;
        }
    }
    if (hesitation_negated) {
        v.intent = v.announced = true;
    } else if (hesitation >= 0) {
        v.possible = true;
    }
    *pv = v;
}

/* Whose word a future act at i is: a news report's forecast ("media
 * reported that X will"), or no word of its doer's at all (voice.c); a
 * conditional ("X will act if Y does") holds the act out to another. */
static void future_voice(const truce_coder *c, const mvec *mv, size_t i, size_t sb, vinfo *v)
{
    v->forecast = !c->opt.literal && v->intent && !v->announced && !v->threat && modality_reported_future(c, mv, i);
    v->unvoiced = !c->opt.literal && v->intent && !v->threat && !v->conditioned && !v->hyp_clause &&
                  !modality_voiced_future(c, mv, i, sb);
}

/* Is "hit" or "hurt" at i, after a singular noun p whose phrase opens
 * with a determiner, followed by a determiner, a number or an actor, the
 * past of a clause's verb ("a roadside bomb hit a convoy", "the blast
 * hurt two children") rather than a noun compound ("a box office hit")?
 * (test_modality.c: past spelt as the base) */
static bool past_like_base(const truce_coder *c, const mvec *mv, size_t sb, size_t p, size_t i)
{
    static const char *const same[] = {"hit", "hurt", NULL};
    if (!tok_is_one_of(c, i, same) || i + 1 >= c->nt || c->t[p].kind != TOK_WORD || is_aux(c, p) ||
        (c->t[p].flags & TF_CAP) || c->text[c->t[p].end - 1] == 's' || tok_has(c, p, WC_DETERMINER | WC_PRONOUN)) {
        return false;
    }
    bool opened = false;
    for (size_t q = p; q > sb && p - q < 4 && !opened; q--) {
        opened = tok_has(c, q - 1, WC_DETERMINER);
        if (!opened && c->t[q - 1].kind != TOK_WORD) {
            return false;
        }
    }
    return opened && (tok_has(c, i + 1, WC_DETERMINER) || c->t[i + 1].kind == TOK_NUM || mv_at2(mv, i + 1, false, false));
}

/* The -ed form at i, p the word before it (past adverbs), det and aux
 * whether p is a determiner or an auxiliary: a verb (active or passive),
 * an adjective or a noun ("the signed accord"), a participle describing a
 * noun (participle.c). */
static void ed_form(const truce_coder *c, const mvec *mv, size_t i, size_t sb, ptrdiff_t p, bool det, bool aux,
                    vinfo *v)
{
    /* "the signed accord", "on alleged abuses", "has one shot at": adjectives, nouns */
    v->verb = !det && !(p >= (ptrdiff_t)sb && is_prep(c, c->t[p].id)) && !(p > (ptrdiff_t)sb && counted_noun(c, (size_t)p));
    if (p >= (ptrdiff_t)sb && is_be(c, (size_t)p)) {
        v->passive = true;
        /* "the tanker is sanctioned by the Treasury", "the group
         * remains banned": a state, not an act of the day */
        v->status = tok_has(c, i, WC_STATUS) && modality_present_be(c, (size_t)p);
    } else if (p >= (ptrdiff_t)sb && (tok_is_word(c, (size_t)p, "remain") || tok_is_word(c, (size_t)p, "remains") ||
                                      tok_is_word(c, (size_t)p, "stands") || tok_is_word(c, (size_t)p, "stand") ||
                                      tok_is_word(c, (size_t)p, "stood")) &&
               !tok_has(c, i, WC_INTENT)) {
        /* "civilians remain besieged", "he stands accused of sedition": a
         * standing state (not "remains committed to", an intent) */
        v->passive = v->status = true;
    } else if (v->verb && !aux && participle_descriptive(c, mv, sb, p, i)) {
        v->verb = false;   /* "The army, backed by Russian jets, attacked" */
    } else if (v->verb && p >= (ptrdiff_t)sb && tok_is(c, i + 1, c->k->w.by) && !aux &&
               !tok_has(c, i, WC_PAST_ONLY) &&
               (mv_ending_at(mv, (size_t)p) || c->t[p].nlemma || participle_lex_mostly(c, (size_t)p, LEX_MOSTLY_NOUN))) {
        /* "forces backed by Russia continued ...": a participle that
         * describes a noun; the sentence's verb comes later (not a
         * simple past: "Erdogan spoke by phone"; test_modality.c:
         * past-only forms) */
        v->verb = false;
    } else if (v->verb && p >= (ptrdiff_t)sb && !aux && !tok_has(c, i, WC_PAST_ONLY) &&
               participle_subject_relative(c, mv, sb, (size_t)p, i)) {
        v->passive = true;   /* "An Iranian captured in Afghanistan was repatriated" */
    } else if (v->verb && p >= (ptrdiff_t)sb && !tok_has(c, i, WC_PAST_ONLY) &&
               (prep_object_participle(c, mv, sb, (size_t)p, i) || participle_goods_from(c, mv, sb, (size_t)p, i))) {
        /* "prayers in support of Palestinians injured in clashes": the
         * participle describes a preposition's object; the clause's
         * subject did not injure them, and the clause names no one who
         * did (test_modality.c: participles of a preposition's object) */
        v->verb = false;
    } else if (v->verb && p >= (ptrdiff_t)sb && (tok_punct(c, (size_t)p, ',') || tok_is(c, (size_t)p, c->k->w.and_)) &&
               participle_list(c, sb, (size_t)p, v)) {
        /* "civilians remain unseen, unprotected, bombed, besieged":
         * a participle in a list after "be" or "remain" */
    } else if (v->verb && p >= (ptrdiff_t)sb) {
        /* "were killed and over 70 wounded": a participle coordinated
         * with a passive is passive too */
        for (ptrdiff_t q = p; q > (ptrdiff_t)sb && q > p - 5; q--) {
            if (tok_is(c, (size_t)q, c->k->w.and_) || tok_punct(c, (size_t)q, ',')) {
                ptrdiff_t b = q - 2;   /* "were (reportedly) killed and" */
                while (b > (ptrdiff_t)sb && tok_adverb(c, (size_t)b)) {
                    b--;
                }
                if (c->t[q - 1].vform == VF_ED && b >= (ptrdiff_t)sb && is_be(c, (size_t)b)) {
                    v->passive = true;
                }
                break;
            }
            if (c->t[q].isverb && c->t[q].vform != VF_NONE && !tok_has(c, (size_t)q, WC_DETERMINER)) {
                break;
            }
        }
    }
}

/* Is the base form at i, after "and" at p and before its object ("and
 * lift the blockade", "and withdraw its troops"), a second verb after a
 * modal or "to" and the first verb's phrase ("must stop the offensive and
 * lift the blockade", "to halt its strikes and withdraw its troops")? The
 * first verb's token, whose modality it shares, else SIZE_MAX
 * (test_modality.c: coordinated verbs). */
static size_t base_after_and(const truce_coder *c, size_t sb, size_t p, size_t i)
{
    if (!tok_is(c, p, c->k->w.and_) || i + 1 >= c->nt || !tok_has(c, i + 1, WC_DETERMINER) ||
        tok_is(c, i + 1, c->k->w.of)) {
        return SIZE_MAX;
    }
    for (size_t q = p; q > sb && q + 20 > p; q--) {
        size_t u = q - 1, r = q;
        if (tok_punct(c, u, ';') || tok_punct(c, u, ':') || tok_has(c, u, WC_CLAUSE_END | WC_BOUNDARY)) {
            return SIZE_MAX;
        }
        if (!(tok_has(c, u, WC_MODAL) || tok_is(c, u, c->k->w.to))) {
            continue;
        }
        while (r < p && tok_adverb(c, r)) {
            r++;
        }
        return r < p && c->t[r].vlemma && c->t[r].vform == VF_BASE && !(c->t[r].flags & TF_CAP) ? r : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Is token q a quantifier floated after its subject or auxiliary ("Canada
 * and the United States all offered", "the two both urged", "were all
 * killed"), not a determiner of the word after it? (golden
 * recall-floating) */
static bool floating_quantifier(const truce_coder *c, const mvec *mv, size_t q)
{
    if (!tok_is_word(c, q, "both") && !tok_is_word(c, q, "all") && !tok_is_word(c, q, "each")) {
        return false;
    }
    return q > 0 && (is_aux(c, q - 1) || mv_at2(mv, q - 1, true, true) != NULL);
}

/* Is the verb at i what a text provides, its subject a deal, plan, law or
 * bill ("the agreement calls for the release of all hostages", "the plan
 * requires Israel to withdraw"): a provision, no appeal or demand of its
 * parties (a resolution's, a statement's call stays its issuer's)?
 * (test_modality.c: provisions) */
static bool provision(const truce_coder *c, const mvec *mv, size_t i, size_t sb)
{
    static const char *const texts[] = {"agreement", "agreements", "deal", "deals", "accord", "accords", "plan",
        "plans", "treaty", "pact", "proposal", "proposals", "bill", "bills", "law", "laws", "legislation",
        "framework", "ceasefire", "cease-fire", "truce", "roadmap", "blueprint", "draft", "constitution",
        "package", "decree", "deal's", "initiative", NULL};
    static const char *const calls[] = {"calls", "call", "called", "calling", NULL};
    static const char *const requires[] = {"requires", "require", "required", "stipulates", "stipulated",
        "envisages", "envisaged", "envisions", NULL};
    if (!(tok_is_one_of(c, i, calls) && i + 1 < c->nt && tok_is_word(c, i + 1, "for")) &&
        !tok_is_one_of(c, i, requires)) {
        return false;
    }
    size_t p = i;
    while (p > sb && (tok_adverb(c, p - 1) || tok_is_word(c, p - 1, "also"))) {
        p--;
    }
    /* its subject's head, past the phrase after it ("the agreement between
     * Israel and Hamas calls for") */
    for (size_t q = p; q > sb && q + 9 > p; q--) {
        size_t u = q - 1;
        if (tok_is_one_of(c, u, texts) && !mv_inside(mv, u) && !(c->t[u].flags & TF_CAP)) {
            return true;
        }
        const mention *m = mv_ending_at(mv, u);
        if (m && m->tok_start > sb && !is_prep(c, c->t[m->tok_start - 1].id) &&
            !tok_is(c, m->tok_start - 1, c->k->w.and_)) {
            return false;   /* "After the deal Egypt called for": Egypt calls */
        }
        if (c->t[u].kind != TOK_WORD || tok_has(c, u, WC_BOUNDARY | WC_CLAUSE_END) ||
            (!mv_inside(mv, u) && c->t[u].isverb && c->t[u].vform != VF_NONE && !(c->t[u].flags & TF_CAP))) {
            return false;
        }
    }
    return false;
}

vinfo modality_analyse(const truce_coder *c, const mvec *mv, size_t i, size_t sb)
{
    vinfo v = {0};
    const token *t = &c->t[i];
    v.group_start = i;
    if (!t->vlemma) {
        return v;
    }
    if ((t->flags & TF_LEX_NOT_VERB) && (t->vform == VF_BASE || t->vform == VF_S) &&
        !(i > sb && (tok_is(c, i - 1, c->k->w.to) || is_aux(c, i - 1)))) {
        /* the POS lexicon has seen the word only as a noun, adjective or
         * name ("gunshot wounds", "the convoy"): not a verb, unless "to" or
         * an auxiliary asks for one ("to broker peace") */
        return v;
    }
    if (i > sb + 1 && tok_punct(c, i - 1, '-') && !(c->t[i - 1].flags & TF_SPACE_BEFORE) &&
        !(t->flags & TF_SPACE_BEFORE)) {
        /* "the U.S.-backed forces", "a Kremlin-designated group": the
         * second half of a hyphenated adjective is no verb
         * (test_modality.c: hyphenated participles) */
        return v;
    }
    /* previous tokens, skipping adverbs */
    ptrdiff_t p = (ptrdiff_t)i - 1;
    /* an adverb in quotation marks ("is “flagrantly” defying") is still
     * in the group (test_modality.c: quoted adverbs) */
    while (p >= (ptrdiff_t)sb && (tok_adverb(c, (size_t)p) || quoted_adverb(c, (size_t)p, sb, i) || modality_no_longer(c, p, sb) ||
                                   (p > (ptrdiff_t)sb && floating_quantifier(c, mv, (size_t)p)))) {
        if (tok_is(c, (size_t)p, c->k->w.not_) || tok_is(c, (size_t)p, c->k->w.nt) ||
            tok_is(c, (size_t)p, c->k->w.never) || modality_no_longer(c, p, sb)) {
            v.negated = true;
            p -= modality_no_longer(c, p, sb);   /* "no longer" */
        }
        p--;
    }
    bool det = p >= (ptrdiff_t)sb && tok_has(c, (size_t)p, WC_DETERMINER);
    bool to = p >= (ptrdiff_t)sb && tok_is(c, (size_t)p, c->k->w.to);
    bool aux = p >= (ptrdiff_t)sb && is_aux(c, (size_t)p);
    bool cap_mid = (t->flags & TF_CAP) && i > sb && !(c->t[i - 1].flags & TF_QUOTE_OPEN);
    if (cap_mid && !(t->flags & TF_UPPER)) {
        return v;     /* a name, not a verb */
    }
    switch (t->vform) {
    case VF_ED:
        ed_form(c, mv, i, sb, p, det, aux, &v);
        break;
    case VF_S:
        /* "the attacks", "of talks", "held talks", "the Ghazni attacks",
         * "US sanctions", "conceded to demands", "restrictions on
         * imports": nouns (after a preposition: test_modality.c); "is",
         * "was", "has" never are ("the minister is concerned") */
        v.verb = tok_is_word(c, i, "is") || tok_is_word(c, i, "was") || tok_is_word(c, i, "has") ||
                 tok_is_word(c, i, "does");
        v.verb = v.verb || (!det && !to && !(p >= (ptrdiff_t)sb && is_prep(c, c->t[p].id)) &&
                 !(p >= (ptrdiff_t)sb && lex_adjective(c, (size_t)p) && !mv_ending_at(mv, (size_t)p)) &&
                 !(p >= (ptrdiff_t)sb && actor_after_prep(c, mv, sb, (size_t)p)) &&
                 !(p >= (ptrdiff_t)sb && object_of_verb(c, mv, sb, (size_t)p)) &&
                 !(p >= (ptrdiff_t)sb && adjectival_before(mv, (size_t)p)) &&
                 !(p >= (ptrdiff_t)sb && c->t[p].isverb && c->t[p].vlemma && !is_aux(c, (size_t)p) &&
                   c->t[p].vform != VF_NONE && !(c->t[p].flags & TF_CAP)) &&
                 !(p > (ptrdiff_t)sb && tok_has(c, (size_t)p - 1, WC_DETERMINER) &&
                   !mv_ending_at(mv, (size_t)p)) &&
                 !subject_noun(c, i) && !(p >= (ptrdiff_t)sb && actor_object_of_verb(c, mv, sb, (size_t)p)) &&
                 !participle_noun_before_of(c, i) && !(p >= (ptrdiff_t)sb && participle_counted_phrase(c, sb, (size_t)p)));
        break;
    case VF_ING:
        v.verb = p >= (ptrdiff_t)sb && (is_be(c, (size_t)p) || tok_has(c, (size_t)p, WC_ING_GOVERNOR) ||
                                        issued_document(c, (size_t)p, sb) || mv_with_actor_ending_at(c, mv, sb, (size_t)p));
        if (v.verb && tok_is(c, (size_t)p, c->k->w.on) && p > (ptrdiff_t)sb &&
            ((c->t[p - 1].kind == TOK_WORD && c->t[p - 1].nlemma && !c->t[p - 1].isverb &&
              !(c->t[p - 1].flags & TF_CAP)) ||
             /* "a deal on handing": a noun after a determiner */
             (c->t[p - 1].kind == TOK_WORD && !(c->t[p - 1].flags & TF_CAP) && c->t[p - 1].vform != VF_ED &&
              p - 1 > (ptrdiff_t)sb && tok_has(c, (size_t)p - 2, WC_DETERMINER) && !tok_is(c, (size_t)p - 2, c->k->w.of)) ||
             !modality_verb_before(c, sb, (size_t)p))) {
            /* "negotiations on ceding sovereignty", "talks between X and Y
             * on ceding": the topic of a noun, not an act ("insisted on
             * ceding" is one; test_modality.c: topics) */
            v.verb = false;
        }
        if (!v.verb && p > (ptrdiff_t)sb && tok_is(c, (size_t)p, c->k->w.by) && c->t[p - 1].vform != VF_ED &&
            !is_be(c, (size_t)p - 1)) {
            /* "helped Africa by donating supplies": the means, done by the
             * clause's subject; not "killed by shelling", whose -ing is the
             * agent of a passive (test_modality.c) */
            v.verb = true;
        }
        break;
    case VF_BASE:
        /* a bare base form is a verb after to, an auxiliary, a pronoun, a
         * plural noun ("the rebels attack") or an actor that opens its
         * clause ("The Pentagon said it hit ...", "Iran hit back"), not
         * after the object of another verb ("return Nagorno-Karabakh back") */
        v.verb = !det && (to || aux ||
                 (p >= (ptrdiff_t)sb && (tok_has(c, (size_t)p, WC_PLURAL_PRONOUN | WC_PRONOUN | WC_SPEAKER_PRONOUN) ||
                                        (c->t[p].kind == TOK_WORD && c->t[p].nlemma &&
                                         c->text[c->t[p].end - 1] == 's' && !participle_adverb_back(c, (size_t)p, i)))));
        size_t first = !v.verb && !det && p > (ptrdiff_t)sb ? base_after_and(c, sb, (size_t)p, i) : SIZE_MAX;
        if (first != SIZE_MAX) {
            /* "must stop the offensive and lift the blockade", "launched
             * an assault to retake the town and expel the rebels": the
             * first verb's demand, purpose, negation ... */
            vinfo w = modality_analyse(c, mv, first, sb);
            if (w.verb) {
                return w;
            }
        }
        if (!v.verb && !det && p > (ptrdiff_t)sb && past_like_base(c, mv, sb, (size_t)p, i)) {
            v.verb = true;   /* "a roadside bomb hit a convoy": the past, spelt as the base */
        }
        if (!v.verb && !det && p >= (ptrdiff_t)sb && !adjectival_before(mv, (size_t)p)) {
            const mention *m = mv_ending_at(mv, (size_t)p);
            if (subject_actor(c, m, sb)) {
                v.verb = !(m->tok_start > sb && c->t[m->tok_start - 1].vlemma &&
                           !is_aux(c, m->tok_start - 1));
            }
        }
        if (!v.verb && !det && p >= (ptrdiff_t)sb && (c->t[p].flags & TF_CAP) &&
            !(t->flags & TF_CAP)) {
            /* "Jewish settlers in the West Bank city of Hebron set fire":
             * a plural subject whose phrase runs up to the verb */
            for (ptrdiff_t q = p; q >= (ptrdiff_t)sb && q > p - 10; q--) {
                const mention *m = mv_ending_at(mv, (size_t)q);
                if (m && m->plural && subject_actor(c, m, sb)) {
                    v.verb = true;
                    break;
                }
                if ((c->t[q].isverb && c->t[q].vform != VF_NONE && !(c->t[q].flags & TF_CAP)) ||
                    tok_punct(c, (size_t)q, ',') || tok_has(c, (size_t)q, WC_CLAUSE_END | WC_BOUNDARY)) {
                    break;
                }
            }
        }
        if (!det && p >= (ptrdiff_t)sb && is_be(c, (size_t)p)) {
            /* "has been put under investigation", "was hit": a participle
             * spelt like the base form */
            v.verb = v.passive = true;
        }
        if (i == sb) {
            v.verb = false;   /* headline imperatives and nouns */
        }
        break;
    default:
        break;
    }
    if (!v.verb) {
        return v;
    }
    group_modality(c, i, sb, p, to, &v);
    if ((t->vform == VF_S || t->vform == VF_BASE) && i > sb && tok_has(c, i - 1, WC_HABITUAL) &&
        !tok_is_word(c, i - 1, "long") && !to && !(i - 1 > sb && (tok_has(c, i - 2, WC_MODAL) || is_aux(c, i - 2) ||
                                                                   tok_is(c, i - 2, c->k->w.to)))) {
        /* "the Taliban routinely deny", "Russia often accuses": a habit of
         * words in the simple present, no act of a day ("will often meet" and "has
         * repeatedly denied" are acts; the force a habit reports is,
         * as background: "soldiers routinely beat detainees";
         * test_modality.c: habits) */
        v.habit = true;
    }
    /* what analysts read into it, or a prosecutor charges; a yes-no question */
    v.possible |= !c->opt.literal && (attributed_reading(c, mv, i) || yes_no_question(c, i));
    if (tok_is(c, i + 1, c->k->w.no) && !v.passive && t->vlemma != c->k->w.have && t->vlemma != c->k->w.be &&
        !(t->vlemma < c->k->heads_cap &&
                                                         (c->k->head_flags[t->vlemma] & VFLAG_SPEECH))) {
        /* "offered no evidence", "gave no details": nothing was (test_modality.c:
         * objects with "no"); not "said no one was hurt" */
        v.negated = true;
    }
    for (size_t q = i + 1; q < c->nt && q < i + 25 && !clause_stop(c, q); q++) {
        if (tok_has(c, q, WC_HYPOTHETICAL) && !tok_is_word(c, q, "whether")) {
            v.conditioned = true;   /* "may halt its mediation if ..." */
        }
        if (tok_has(c, q, WC_CANCEL) && (!tok_is_word(c, q, "off") || (c->t[q - 1].vlemma &&
                                                                      tok_is_word(c, q - 1, "called")))) {
            v.cancelled = true;     /* "were to sign a deal, but it was called off" */
        }
    }
    if (v.verb && !c->opt.literal && provision(c, mv, i, sb)) {
        v.status = true;   /* "the agreement calls for the release of": what it provides */
    }
    future_voice(c, mv, i, sb, &v);
    return v;
}
