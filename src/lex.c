/* lex.c — morphology, the part-of-speech lexicon and word classes.
 *
 * Answers, for a lower-case word key, what the knowledge base knows about
 * its form: the verb lemma and which form it is (WordNet's lemma list and
 * exception lists, then suffix rules, "re-" prefixes), the singular of a
 * plural noun, and the lexicon's tag mask (binary search over the
 * lexicon's sorted lines, read in place). It also indexes those lines and
 * names the word classes of data/grammar.tsv.
 *
 * The tables it reads (word ids, verb flags, exceptions, lexicon lines)
 * are filled by the loaders (kb_builtin.c, dict_verbs.c) and kb.c's
 * finish; this module only reads them, so it depends on the kb's shape
 * (kb.h) and the word table (base.h), not on the loaders or the tokenizer
 * (text.c calls it, never the other way round). Thread-safe: read-only.
 */
#include "kb.h"

#include <stdlib.h>

/* ---- morphology ---------------------------------------------------------- */

static uint32_t find_word(const kb *k, const uint8_t *s, ptrdiff_t n)
{
    return intern_find(&k->words, (str){s, n});
}

static bool verb_ok(const kb *k, uint32_t id)
{
    return id && id < k->heads_cap && k->is_verb[id];
}

static bool vowel(uint8_t ch)
{
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* Does s[0..n) end consonant-vowel-consonant (not w, x or y last)? */
static bool cvc(const uint8_t *s, ptrdiff_t n)
{
    uint8_t c3 = s[n - 1], v = s[n - 2], c1 = s[n - 3];
    return !vowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y' && vowel(v) && !vowel(c1) &&
           c3 >= 'a' && c3 <= 'z' && c1 >= 'a' && c1 <= 'z';
}

uint32_t kb_verb_lemma(const kb *k, const uint8_t *w, ptrdiff_t n, uint8_t *vform)
{
    *vform = VF_NONE;
    if (!k->vexc || n < 2 || n > 40) {
        return 0;
    }
    uint32_t id = find_word(k, w, n);
    if (id && id < k->heads_cap && k->vexc[id] && verb_ok(k, id) && k->vheads[id] &&
        !k->vheads[k->vexc[id]]) {
        /* "lay down arms": "lay" is also the past of "lie", but only the
         * verb "lay" has patterns; a past form that only a dictionary lists
         * as a verb of its own ("SAID", "LEFT") stays a past form */
        *vform = k->is_verb[id] & 1 ? VF_BASE : VF_ED;
        return id;
    }
    if (id && id < k->heads_cap && k->vexc[id]) {
        /* irregular: past/participle unless it ends in s */
        *vform = w[n - 1] == 's' ? VF_S : (n > 4 && memcmp(w + n - 3, "ing", 3) == 0 ? VF_ING : VF_ED);
        return k->vexc[id];
    }
    uint8_t buf[48];
    struct { const char *suf; const char *rep; uint8_t vf; } rules[] = {
        {"ies", "y", VF_S}, {"es", "", VF_S}, {"es", "e", VF_S}, {"s", "", VF_S},
        {"ied", "y", VF_ED}, {"ed", "", VF_ED}, {"ed", "e", VF_ED},
        {"ying", "ie", VF_ING}, {"ing", "", VF_ING}, {"ing", "e", VF_ING},
    };
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        ptrdiff_t sl = (ptrdiff_t)strlen(rules[r].suf), rl = (ptrdiff_t)strlen(rules[r].rep);
        if (n <= sl + 1 || memcmp(w + n - sl, rules[r].suf, (size_t)sl) != 0) {
            continue;
        }
        ptrdiff_t stem = n - sl;
        memcpy(buf, w, (size_t)stem);
        memcpy(buf + stem, rules[r].rep, (size_t)rl);
        uint32_t c = find_word(k, buf, stem + rl);
        /* "staged", "hoped", "fined": a stem ending consonant-vowel-
         * consonant would have doubled its last letter (hop -> hopped),
         * so the lemma is the one with a final e (stage, hope, fine) */
        if (verb_ok(k, c) && rl == 0 && rules[r].vf != VF_S && stem >= 3 && cvc(buf, stem)) {
            buf[stem] = 'e';
            uint32_t ce = find_word(k, buf, stem + 1);
            if (verb_ok(k, ce)) {
                *vform = rules[r].vf;
                return ce;
            }
        }
        if (verb_ok(k, c)) {
            *vform = rules[r].vf;
            return c;
        }
        /* doubled final consonant: stopped, shelling -> stop, shell? */
        if (rl == 0 && stem >= 3 && buf[stem - 1] == buf[stem - 2] &&
            (rules[r].vf == VF_ED || rules[r].vf == VF_ING)) {
            c = find_word(k, buf, stem - 1);
            if (verb_ok(k, c)) {
                *vform = rules[r].vf;
                return c;
            }
        }
    }
    if (verb_ok(k, id)) {
        *vform = VF_BASE;
        return id;
    }
    /* "reimposed", "re-imposed", "reopens": the verb without its prefix */
    if (n > 5 && w[0] == 'r' && w[1] == 'e') {
        ptrdiff_t skip = w[2] == '-' ? 3 : 2;
        return kb_verb_lemma(k, w + skip, n - skip, vform);
    }
    return 0;
}

uint32_t kb_noun_lemma(const kb *k, const uint8_t *w, ptrdiff_t n)
{
    if (!k->nexc || n < 3 || n > 40) {
        return 0;
    }
    uint32_t id = find_word(k, w, n);
    if (id && id < k->heads_cap && k->nexc[id]) {
        return k->nexc[id];
    }
    if (w[n - 1] != 's') {
        return 0;
    }
    uint8_t buf[48];
    if (n > 3 && memcmp(w + n - 3, "ies", 3) == 0) {
        memcpy(buf, w, (size_t)(n - 3));
        buf[n - 3] = 'y';
        uint32_t c = find_word(k, buf, n - 2);
        if (c) {
            return c;
        }
    }
    if (n > 2 && w[n - 2] == 'e') {
        uint32_t c = find_word(k, w, n - 2);
        if (c) {
            return c;
        }
    }
    return find_word(k, w, n - 1);
}

/* ---- the part-of-speech lexicon ---------------------------------------- */

/* Index the starts of the lexicon's sorted lines; the words are looked up
 * in place by binary search (kb_lex). */
bool lex_index(kb *k, const uint8_t *data, size_t len, const char *name, uint32_t *n_lines,
               truce_error *err)
{
    uint32_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += data[i] == '\n';
    }
    k->lex_line = malloc(((size_t)n + 2) * sizeof *k->lex_line);
    if (!k->lex_line) {
        err_set(err, TRUCE_ENOMEM, name, 0, 0, -1, "out of memory");
        return false;
    }
    k->lex_data = data;
    uint32_t line = 0;
    size_t i = 0;
    while (i < len) {
        const uint8_t *nl = memchr(data + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - data) : len;
        const uint8_t *tab = memchr(data + i, '\t', e - i);
        if (!tab || line == n + 1) {
            err_set(err, TRUCE_EDATA, name, line + 1, 1, (int64_t)i, "expected word<TAB>mask");
            return false;
        }
        k->lex_line[line++] = (uint32_t)i;
        i = e + 1;
    }
    k->lex_line[line] = (uint32_t)len;
    *n_lines = line;
    return true;
}

uint8_t kb_lex(const kb *k, const uint8_t *key, ptrdiff_t len)
{
    uint32_t lo = 0, hi = k->n_lex;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        /* compare the line's word (up to its tab) with the key */
        const uint8_t *w = k->lex_data + k->lex_line[mid];
        ptrdiff_t j = 0;
        while (j < len && w[j] != '\t' && w[j] == key[j]) {
            j++;
        }
        int c;
        if (w[j] == '\t') {
            c = j == len ? 0 : -1;   /* the word is a prefix of the key */
        } else if (j == len) {
            c = 1;                   /* the key is a prefix of the word */
        } else {
            c = w[j] < key[j] ? -1 : 1;
        }
        const uint8_t *tab = w + j;
        if (c == 0) {
            unsigned m = 0;
            for (const uint8_t *d = tab + 1; *d >= '0' && *d <= '9'; d++) {
                m = m * 10 + (unsigned)(*d - '0');
            }
            return (uint8_t)m;
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return 0;
}

/* ---- word classes (data/grammar.tsv) ----------------------------------- */

static const struct { const char *name; uint64_t bit; } wclasses[] = {
    {"determiner", WC_DETERMINER}, {"adverb", WC_ADVERB}, {"modal", WC_MODAL},
    {"intent", WC_INTENT}, {"threat", WC_THREAT}, {"obligation", WC_OBLIGATION},
    {"refusal", WC_REFUSAL}, {"negation", WC_NEGATION}, {"hypothetical", WC_HYPOTHETICAL},
    {"locative", WC_LOCATIVE}, {"boundary", WC_BOUNDARY}, {"clause-end", WC_CLAUSE_END},
    {"modifier", WC_MODIFIER}, {"place-noun", WC_PLACE_NOUN}, {"role-prep", WC_ROLE_PREP},
    {"control", WC_CONTROL}, {"ing-governor", WC_ING_GOVERNOR}, {"pronoun", WC_PRONOUN},
    {"speaker-pronoun", WC_SPEAKER_PRONOUN}, {"plural-pronoun", WC_PLURAL_PRONOUN},
    {"date-word", WC_DATE_WORD}, {"facility", WC_FACILITY},
    {"ethnic-people", WC_ETHNIC}, {"possessive", WC_POSSESSIVE},
    {"schedule", WC_SCHEDULE}, {"possibility", WC_POSSIBILITY}, {"allegation", WC_ALLEGATION},
    {"status", WC_STATUS}, {"attempt", WC_ATTEMPT}, {"cancel", WC_CANCEL}, {"critical", WC_CRITICAL},
    {"belief", WC_BELIEF}, {"commentator", WC_COMMENTATOR}, {"accuser", WC_ACCUSER},
    {"reading", WC_READING}, {"crime", WC_CRIME},
    {"standing", WC_STANDING}, {"habitual", WC_HABITUAL},
    {"incident", WC_INCIDENT}, {"utterance", WC_UTTERANCE},
    {"creature", WC_CREATURE}, {"condition", WC_CONDITION}, {"mishap", WC_MISHAP},
    {"same-participle", WC_SAME_PARTICIPLE}, {"class-exception", WC_CLASS_EXCEPTION},
    {"past-only", WC_PAST_ONLY}, {"hesitation", WC_HESITATION}, {"document", WC_DOCUMENT},
    {"report", WC_REPORT}, {"dispatch", WC_DISPATCH}, {"desire", WC_DESIRE},
    {"slogan", WC_SLOGAN}, {"declare", WC_DECLARE}, {"stateless-people", WC_STATELESS},
    {"held", WC_HELD},
};

uint64_t lex_class(str name)
{
    uint64_t bit = 0;
    for (size_t i = 0; i < sizeof wclasses / sizeof *wclasses; i++) {
        if (str_eq(name, (str){(const uint8_t *)wclasses[i].name, (ptrdiff_t)strlen(wclasses[i].name)})) {
            bit = wclasses[i].bit;
        }
    }
    return bit;
}
