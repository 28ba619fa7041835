/* Unit tests for lex.c: verb and noun lemmas (WordNet lists, exceptions,
 * suffix rules, "re-"), the part-of-speech lexicon (kb_lex over the
 * built-in lexicon and over a small one indexed here), and word classes. */
#include "kb.h"
#include "unit.h"

#include <stdlib.h>

/* Is the verb lemma of form w the word want, as form vf? */
static bool vlemma(const kb *k, const char *w, const char *want, uint8_t vf)
{
    uint8_t got_vf = 0xff;
    uint32_t id = kb_verb_lemma(k, (const uint8_t *)w, (ptrdiff_t)strlen(w), &got_vf);
    if (!want) {
        return id == 0 && got_vf == VF_NONE;
    }
    str s = id ? intern_str(&k->words, id) : S("");
    return id && str_eq(s, str_of(want, strlen(want))) && got_vf == vf;
}

static bool nlemma(const kb *k, const char *w, const char *want)
{
    uint32_t id = kb_noun_lemma(k, (const uint8_t *)w, (ptrdiff_t)strlen(w));
    if (!want) {
        return id == 0;
    }
    return id && str_eq(intern_str(&k->words, id), str_of(want, strlen(want)));
}

static uint8_t lex(const kb *k, const char *w)
{
    return kb_lex(k, (const uint8_t *)w, (ptrdiff_t)strlen(w));
}

static uint32_t wclass(const kb *k, const char *w)
{
    uint32_t id = intern_find(&k->words, str_of(w, strlen(w)));
    return id ? k->wclass[id] : 0;
}

int main(void)
{
    truce_error err = {0};
    truce_kb *k = truce_kb_open(&err);
    CHECK(k != NULL);
    if (!k) {
        return DONE("lex");
    }
    /* verbs: regular suffixes, WordNet's exceptions, doubled consonants,
     * the final e of a consonant-vowel-consonant stem, "re-" */
    CHECK(vlemma(k, "attacked", "attack", VF_ED));
    CHECK(vlemma(k, "says", "say", VF_S));
    CHECK(vlemma(k, "flies", "fly", VF_S));
    CHECK(vlemma(k, "meeting", "meet", VF_ING));
    CHECK(vlemma(k, "went", "go", VF_ED));            /* verb.exc */
    CHECK(vlemma(k, "is", "be", VF_S));               /* an exception ending in s */
    CHECK(vlemma(k, "stopped", "stop", VF_ED));       /* doubled final consonant */
    CHECK(vlemma(k, "shelling", "shell", VF_ING));
    CHECK(vlemma(k, "hoped", "hope", VF_ED));         /* hop would be hopped */
    CHECK(vlemma(k, "staged", "stage", VF_ED));
    CHECK(vlemma(k, "reattacked", "attack", VF_ED));  /* without its prefix */
    CHECK(vlemma(k, "re-attacked", "attack", VF_ED));
    CHECK(vlemma(k, "attack", "attack", VF_BASE));
    /* "lay" is the past of "lie", but only "lay" has patterns */
    CHECK(vlemma(k, "lay", "lay", VF_BASE));
    CHECK(vlemma(k, "xyzzy", NULL, VF_NONE));
    CHECK(vlemma(k, "a", NULL, VF_NONE));             /* too short to try */

    /* nouns: noun.exc, -ies, -es, -s */
    CHECK(nlemma(k, "children", "child"));
    CHECK(nlemma(k, "men", "man"));
    CHECK(nlemma(k, "countries", "country"));
    CHECK(nlemma(k, "buses", "bus"));
    CHECK(nlemma(k, "talks", "talk"));
    CHECK(nlemma(k, "police", NULL));
    CHECK(nlemma(k, "xyzzys", NULL));

    /* the built-in lexicon (Brill's, from npm en-lexicon) */
    CHECK(lex(k, "the") & LEX_FUNCTION);
    CHECK(lex(k, "quickly") & LEX_ADV);
    CHECK((lex(k, "attack") & (LEX_NOUN | LEX_VERB)) == (LEX_NOUN | LEX_VERB));
    CHECK((lex(k, "attack") & LEX_MOSTLY) == LEX_MOSTLY_NOUN);
    CHECK((lex(k, "run") & LEX_MOSTLY) == LEX_MOSTLY_VERB);
    CHECK(!(lex(k, "peace") & LEX_VERB));
    CHECK(lex(k, "xyzzy") == 0);
    CHECK(lex(k, "") == 0);

    /* word classes: the names of data/grammar.tsv, and the words' bits */
    CHECK(lex_class(S("determiner")) == WC_DETERMINER);
    CHECK(lex_class(S("clause-end")) == WC_CLAUSE_END);
    CHECK(lex_class(S("ethnic-people")) == WC_ETHNIC);
    CHECK(lex_class(S("determiners")) == 0);
    CHECK(lex_class(S("")) == 0);
    CHECK(wclass(k, "the") & WC_DETERMINER);
    CHECK(wclass(k, "will") & WC_MODAL);
    CHECK(wclass(k, "because") & WC_CLAUSE_END);
    CHECK(!(wclass(k, "attack") & WC_MODAL));
    truce_kb_close(k);

    /* a lexicon of our own, indexed and searched in place: prefixes of
     * one another, the first and the last line */
    static const char small[] = "arm\t4\narmed\t8\narmenia\t66\nz\t1\n";
    kb *t = calloc(1, sizeof *t);
    uint32_t n = 0;
    CHECK(t && lex_index(t, (const uint8_t *)small, sizeof small - 1, "small", &n, &err) && n == 4);
    if (t && n == 4) {
        t->n_lex = n;
        CHECK(lex(t, "arm") == 4);
        CHECK(lex(t, "armed") == 8);
        CHECK(lex(t, "armenia") == 66);
        CHECK(lex(t, "z") == 1);
        CHECK(lex(t, "ar") == 0);
        CHECK(lex(t, "arme") == 0);
        CHECK(lex(t, "armenian") == 0);
        CHECK(lex(t, "a") == 0 && lex(t, "zz") == 0);
    }
    if (t) {
        free(t->lex_line);
        free(t);
    }
    /* a line without its TAB is refused, with its line number */
    static const char broken[] = "arm\t4\narmed 8\n";
    t = calloc(1, sizeof *t);
    err = (truce_error){0};
    CHECK(t && !lex_index(t, (const uint8_t *)broken, sizeof broken - 1, "broken", &n, &err));
    CHECK(err.code == TRUCE_EDATA && err.line == 2 && err.offset == 6 && strcmp(err.path, "broken") == 0);
    if (t) {
        free(t->lex_line);
        free(t);
    }
    return DONE("lex");
}
