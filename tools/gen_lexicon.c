/* gen_lexicon.c — the part-of-speech lexicon truce compiles in, derived at
 * build time from the npm package en-lexicon (MIT; Brill's tagger lexicon,
 * tags in Penn Treebank style, most frequent first):
 *
 *     gen_lexicon node_modules/en-lexicon/dist/lexicon.js > lexicon.tsv
 *
 * Reads the lines `"word": "NN|VB|VBP",` of the package's lexicon object and
 * writes, for each lower-cased word of letters (with ' - .), one line
 * `word<TAB>mask`, sorted, where mask is a sum of the LEX_* bits below (the
 * same values as src/kb.h): what the word can be, and what it
 * mostly is. Case variants are merged (the lower-case entry decides what
 * the word mostly is).
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    LEX_NOUN = 1, LEX_PROPER = 2, LEX_VERB = 4, LEX_ADJ = 8, LEX_ADV = 16, LEX_FUNCTION = 32,
    /* the most frequent tag, in the top two bits */
    LEX_MOSTLY_NOUN = 64, LEX_MOSTLY_VERB = 128, LEX_MOSTLY_ADJ = 192, LEX_MOSTLY = 192,
};

typedef struct {
    char *word;
    unsigned mask;
    int lower;      /* the entry was written in lower case */
} entry;

static unsigned tag_bits(const char *tag, size_t n)
{
    if (n >= 2 && tag[0] == 'N' && tag[1] == 'N') {
        return n >= 3 && tag[2] == 'P' ? LEX_PROPER : LEX_NOUN;
    }
    if (n >= 2 && tag[0] == 'V' && tag[1] == 'B') {
        return LEX_VERB;
    }
    if (n >= 2 && tag[0] == 'J' && tag[1] == 'J') {
        return LEX_ADJ;
    }
    if (n >= 2 && tag[0] == 'R' && tag[1] == 'B') {
        return LEX_ADV;
    }
    static const char *const fn[] = {"IN", "DT", "PRP", "PRP$", "CC", "MD", "TO", "WDT", "WP",
                                     "WP$", "WRB", "EX", "PDT", "RP", "POS"};
    for (size_t i = 0; i < sizeof fn / sizeof *fn; i++) {
        if (strlen(fn[i]) == n && memcmp(fn[i], tag, n) == 0) {
            return LEX_FUNCTION;
        }
    }
    return 0;
}

static unsigned tags_mask(const char *tags)
{
    unsigned m = 0;
    int first = 1;
    const char *p = tags;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        unsigned b = tag_bits(p, n);
        if (first) {
            if (b & (LEX_NOUN | LEX_PROPER)) {
                m |= LEX_MOSTLY_NOUN;
            } else if (b & LEX_VERB) {
                m |= LEX_MOSTLY_VERB;
            } else if (b & LEX_ADJ) {
                m |= LEX_MOSTLY_ADJ;
            }
            first = 0;
        }
        m |= b;
        p += n + (e != NULL);
    }
    return m;
}

static int cmp(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(x->word, y->word);
    return c ? c : y->lower - x->lower;   /* the lower-case entry first */
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_lexicon LEXICON.JS > lexicon.tsv\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    entry *v = NULL;
    size_t n = 0, cap = 0;
    char line[4096];
    unsigned long lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        /* `    "word": "TAGS",` */
        char *q1 = strchr(line, '"');
        if (!q1) {
            continue;
        }
        char *q2 = strchr(q1 + 1, '"');
        if (!q2 || q2[1] != ':' || strchr(q1, '\\')) {
            continue;
        }
        char *q3 = strchr(q2 + 2, '"');
        char *q4 = q3 ? strchr(q3 + 1, '"') : NULL;
        if (!q4) {
            fprintf(stderr, "%s:%lu: expected \"word\": \"TAGS\", found %s", argv[1], lineno, line);
            return 1;
        }
        *q2 = *q4 = 0;
        const char *w = q1 + 1;
        int ok = *w != 0, lower = 1;
        for (const char *c = w; *c && ok; c++) {
            ok = isalpha((unsigned char)*c) || *c == '\'' || *c == '-' || *c == '.';
            lower = lower && !isupper((unsigned char)*c);
        }
        if (!ok || !isalpha((unsigned char)w[0])) {
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 1 << 16;
            v = realloc(v, cap * sizeof *v);
            if (!v) {
                fprintf(stderr, "gen_lexicon: out of memory\n");
                return 1;
            }
        }
        v[n].word = strdup(w);
        for (char *c = v[n].word; c && *c; c++) {
            *c = (char)tolower((unsigned char)*c);
        }
        v[n].mask = tags_mask(q3 + 1);
        v[n].lower = lower;
        if (!v[n].word) {
            fprintf(stderr, "gen_lexicon: out of memory\n");
            return 1;
        }
        n++;
    }
    fclose(f);
    if (n == 0) {
        fprintf(stderr, "%s: no lexicon entries found\n", argv[1]);
        return 1;
    }
    qsort(v, n, sizeof *v, cmp);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        unsigned m = v[i].mask;
        for (; j < n && strcmp(v[j].word, v[i].word) == 0; j++) {
            m |= v[j].mask & (LEX_NOUN | LEX_PROPER | LEX_VERB | LEX_ADJ | LEX_ADV | LEX_FUNCTION);
        }
        if (!v[i].lower) {
            m = (m & ~(unsigned)LEX_MOSTLY) | LEX_MOSTLY_NOUN;   /* only seen capitalised: a name */
        }
        printf("%s\t%u\n", v[i].word, m);
        for (size_t k = i; k < j; k++) {
            free(v[k].word);
        }
        i = j;
    }
    free(v);
    return 0;
}
