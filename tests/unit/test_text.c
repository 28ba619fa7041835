/* Unit tests for text.c: UTF-8 checks, keys, tokens, sentences. */
#include "truce_int.h"
#include "unit.h"

static int count_sentences(const truce_kb *knowledge, const char *s, sentence **out, token **tok, arena *a)
{
    ptrdiff_t n = text_tokenize(knowledge, (const uint8_t *)s, strlen(s), 0, a, NULL, tok);
    if (n <= 0) {
        return (int)n;
    }
    return (int)text_sentences((const uint8_t *)s, *tok, (size_t)n, a, out);
}

static bool tok_text(const char *s, const token *t, const char *want)
{
    return t->end - t->start == strlen(want) && memcmp(s + t->start, want, strlen(want)) == 0;
}

int main(void)
{
    truce_error err = {0};
    CHECK(truce_utf8_check("ok \xc3\xa9", 5, &err) == TRUCE_OK);
    CHECK(truce_utf8_check("bad \xff here", 10, &err) == TRUCE_EINPUT && err.offset == 4);
    CHECK(truce_utf8_check("nul \0 here", 10, &err) == TRUCE_EINPUT && err.offset == 4);
    CHECK(truce_utf8_check("cut \xe2\x80", 6, &err) == TRUCE_EINPUT && err.offset == 4);

    uint8_t key[64];
    ptrdiff_t n = text_key((const uint8_t *)"Armenia\xe2\x80\x99s", 11, key, sizeof key);
    CHECK(n == 9 && memcmp(key, "armenia's", 9) == 0);
    n = text_key((const uint8_t *)"e\xcc\x81", 3, key, sizeof key);      /* e + combining acute */
    CHECK(n == 1 && key[0] == 'e');                                         /* accents stripped */
    n = text_key((const uint8_t *)"\xc3\x89TAT", 5, key, sizeof key);
    CHECK(n == 4 && memcmp(key, "etat", 4) == 0);                           /* case fold */
    n = text_key((const uint8_t *)"Erdo\xc4\x9f" "an", 8, key, sizeof key);
    CHECK(n == 7 && memcmp(key, "erdogan", 7) == 0);
    n = text_key((const uint8_t *)"\xd7\xa9\xd7\x9c", 4, key, sizeof key); /* Hebrew letters stay */
    CHECK(n == 4 && memcmp(key, "\xd7\xa9\xd7\x9c", 4) == 0);

    truce_kb *knowledge = truce_kb_open(&err);
    CHECK(knowledge != NULL);
    if (!knowledge) {
        return DONE("text");
    }
    arena a;
    arena_init(&a, 1 << 16);
    token *t;
    sentence *s;
    const char *x = "Armenia's U.S. envoy didn't go. Gen. Smith met Mr. Lee on Jan. 5 in the U.S. The talks ended.";
    int ns = count_sentences(knowledge, x, &s, &t, &a);
    CHECK(ns == 3);
    CHECK(tok_text(x, &t[0], "Armenia"));
    CHECK(tok_text(x, &t[1], "'s"));
    CHECK(tok_text(x, &t[2], "U.S."));
    CHECK(tok_text(x, &t[4], "did"));
    CHECK(tok_text(x, &t[5], "n't"));
    /* a verb's contraction is a token of its own, read as its verb; names
     * with an apostrophe stay whole */
    const char *ct = "We\xe2\x80\x99ll strike. They're here. O'Neill met D'Alema.";
    ns = count_sentences(knowledge, ct, &s, &t, &a);
    CHECK(ns == 3);
    CHECK(tok_text(ct, &t[0], "We"));
    CHECK(tok_text(ct, &t[1], "\xe2\x80\x99ll"));
    CHECK(t[1].id == knowledge->w.will);
    CHECK(tok_text(ct, &t[2], "strike"));
    CHECK(tok_text(ct, &t[5], "'re"));
    CHECK(tok_text(ct, &t[8], "O'Neill"));
    CHECK(tok_text(ct, &t[10], "D'Alema"));
    const char *q = "\"I want peace. We are ready,\" the minister said. He left.\nNew paragraph here.";
    ns = count_sentences(knowledge, q, &s, &t, &a);
    CHECK(ns == 4);
    CHECK(t[0].flags & TF_QUOTE_OPEN);
    CHECK(s[3].paragraph == 1 && s[2].paragraph == 0);
    /* straight quotes: one left open (its closing mark missing) does not
     * turn the next ones inside out; ' "Now' opens, 'act." However'
     * closes, and each sentence stays its own */
    const char *sq = "He called it \"a disaster. Gause said, \"We act.\" However, talks failed. \"Now is the time,\" "
                     "he said. They left.";
    ns = count_sentences(knowledge, sq, &s, &t, &a);
    CHECK(ns == 5);
    /* a quoted subheading run into the sentence after it is a sentence
     * of its own; a quotation the sentence goes on with is not */
    const char *qh = "They cried. \xe2\x80\x98We need to monitor\xe2\x80\x99 The rights groups told VOA. "
                     "\xe2\x80\x98We are very concerned \xe2\x80\x99 In a statement, Thailand said so.";
    ns = count_sentences(knowledge, qh, &s, &t, &a);
    CHECK(ns == 5);
    const char *qh2 = "\xe2\x80\x98Nyet\xe2\x80\x99 is all he said. \xe2\x80\x9cWe are ready,\xe2\x80\x9d "
                      "Smith said. \"Peace now\" was the slogan of March.";
    ns = count_sentences(knowledge, qh2, &s, &t, &a);
    CHECK(ns == 3);
    /* a heading run into the sentence after it, as pages lose their
     * layout, belongs to no sentence: the story goes on after it */
    const char *rh = "Six were hurt. Airstrikes kill 50 militants Hours after the siege, the army struck again.";
    ns = count_sentences(knowledge, rh, &s, &t, &a);
    CHECK(ns == 2 && tok_text(rh, &t[s[1].tok_start], "Hours"));
    const char *rh2 = "Six were hurt. Media outlets closed On another front, the agency shut 12 websites.";
    ns = count_sentences(knowledge, rh2, &s, &t, &a);
    CHECK(ns == 2 && tok_text(rh2, &t[s[1].tok_start], "On"));
    /* must not: a name ("The Hague"), a long sentence, a capital after a
     * mark, or a word that does not open sentences */
    const char *rh3 = "Six were hurt. Rutte visited The Hague on Monday. Police arrested Smith Jones in Kenya.";
    ns = count_sentences(knowledge, rh3, &s, &t, &a);
    CHECK(ns == 3 && tok_text(rh3, &t[s[1].tok_start], "Rutte") && tok_text(rh3, &t[s[2].tok_start], "Police"));
    const char *rh4 = "Six were hurt. The army said that its soldiers and the police of the region were sent On "
                      "foot to the town.";
    ns = count_sentences(knowledge, rh4, &s, &t, &a);
    CHECK(ns == 2 && tok_text(rh4, &t[s[1].tok_start], "The"));
    /* a quotation after "U.S." opens a sentence */
    const char *us = "The general expects a gift to the U.S. \"What I would expect is a missile,\" he said.";
    ns = count_sentences(knowledge, us, &s, &t, &a);
    CHECK(ns == 2);
    const char *sq2 = "Gause said, \"We act.\" However, talks failed. \"Now is the time,\" he said.";
    ns = count_sentences(knowledge, sq2, &s, &t, &a);
    CHECK(ns == 3 && (t[s[1].tok_start].flags & (TF_QUOTE_OPEN | TF_QUOTE_CLOSE)) == 0 &&
          (t[s[2].tok_start].flags & TF_QUOTE_OPEN));
    const char *v = "Vladimir V. Putin signed it. Nagorno-Karabakh is 10.5 km away.";
    ns = count_sentences(knowledge, v, &s, &t, &a);
    CHECK(ns == 2);
    CHECK(tok_text(v, &t[s[1].tok_start], "Nagorno-Karabakh"));
    CHECK(tok_text(v, &t[s[1].tok_start + 2], "10.5"));
    /* offsets point into the original bytes */
    const char *u = "\xe2\x80\x9cPeace\xe2\x80\x9d \xe2\x80\x94 now.";
    ns = count_sentences(knowledge, u, &s, &t, &a);
    CHECK(ns == 1 && t[0].start == 0 && t[0].end == 3 && (t[0].flags & TF_QUOTE_OPEN));
    CHECK(tok_text(u, &t[1], "Peace"));
    CHECK(t[2].flags & TF_QUOTE_CLOSE);
    arena_free(&a);
    truce_kb_close(knowledge);
    return DONE("text");
}
