/* Unit tests for patc.c, the pattern compiler: a pattern written in
 * truce's notation (data/verbs.txt), in PETRARCH's CAMEO.2.0 syntax and in
 * TABARI's compiles to the same elements; elements fed one by one compile
 * as the line they make; errors name the element's column, in truce's
 * notation and in a TABARI file; a pattern its reader gives up adds no
 * words. */
#include "kb_build.h"
#include "unit.h"

#include <stdio.h>

static bool same_word(const kb *ka, uint32_t a, const kb *kb2, uint32_t b)
{
    if (a == PAT_GAP_ID || b == PAT_GAP_ID) {
        return a == b;
    }
    return str_eq(intern_str(&ka->words, a), intern_str(&kb2->words, b));
}

/* The same element, word for word, in two knowledge bases. */
static bool same_elem(const kb *ka, const pat_elem *a, const kb *kb2, const pat_elem *b)
{
    if (a->kind != b->kind || a->max_gap != b->max_gap || a->stem != b->stem || a->exact != b->exact ||
        a->n_alts != b->n_alts || !a->alt_lens != !b->alt_lens || !a->alt_stem != !b->alt_stem) {
        return false;
    }
    size_t words = a->n_alts;
    if (a->alt_lens) {
        words = 0;
        for (int i = 0; i < a->n_alts; i++) {
            if (a->alt_lens[i] != b->alt_lens[i]) {
                return false;
            }
            words += a->alt_lens[i];
        }
    }
    for (int i = 0; a->alt_stem && i < a->n_alts; i++) {
        if (a->alt_stem[i] != b->alt_stem[i]) {
            return false;
        }
    }
    for (size_t i = 0; i < words; i++) {
        if (!same_word(ka, a->alts[i], kb2, b->alts[i])) {
            return false;
        }
    }
    return true;
}

static bool same_pattern(const kb *ka, const pattern *a, const kb *kb2, const pattern *b)
{
    if (!a || !b || strcmp(a->code, b->code) != 0 || !same_word(ka, a->head, kb2, b->head) || a->stem != b->stem ||
        a->exact != b->exact || a->noun != b->noun || a->n_pre != b->n_pre || a->n_post != b->n_post ||
        a->weight != b->weight || strcmp(a->text, b->text) != 0) {
        return false;
    }
    for (int i = 0; i < a->n_pre; i++) {
        if (!same_elem(ka, &a->pre[i], kb2, &b->pre[i])) {
            return false;
        }
    }
    for (int i = 0; i < a->n_post; i++) {
        if (!same_elem(ka, &a->post[i], kb2, &b->post[i])) {
            return false;
        }
    }
    return true;
}

typedef struct {
    int n;
    truce_error e[8];
} reports;

static void keep(void *user, const truce_error *e)
{
    reports *r = user;
    if (r->n < 8) {
        r->e[r->n++] = *e;
    }
}

/* A kb of one dictionary file, without the built-in knowledge. */
static truce_kb *load(const char *name, const char *text, reports *r)
{
    truce_dict_file f = {name, text, strlen(text)};
    truce_error err = {0};
    r->n = 0;
    return truce_kb_open_dicts(&f, 1, false, keep, r, NULL, &err);
}

/* The pattern of head `head` that is not a verb line's own. */
static const pattern *find(const kb *k, const char *head)
{
    uint32_t id = intern_find(&k->words, str_of(head, strlen(head)));
    const pattern *p = id ? k->vheads[id] : NULL;
    while (p && p->verb_line) {
        p = p->next;
    }
    return p;
}

/* Compile text (truce's notation) at t.txt:1:col into B; the pattern, or
 * NULL with *err filled. */
static const pattern *compile(builder *B, const char *text, uint32_t col, truce_error *err)
{
    static const char code[8] = "190";
    *err = (truce_error){0};
    B->err = err;
    B->pats = NULL;
    bool ok = patc_compile(B, "t.txt", 1, col, code, NULL, str_of(text, strlen(text)), 0);
    return ok ? B->pats : NULL;
}

int main(void)
{
    reports r;
    truce_error err;
    /* a kb to compile truce's notation into: the tables, no patterns */
    truce_kb *k0 = truce_kb_open_dicts(NULL, 0, false, NULL, NULL, NULL, &err);
    CHECK(k0 != NULL);
    if (!k0) {
        return DONE("patc");
    }
    builder B = {0};
    B.k = k0;

    /* PETRARCH's CAMEO.2.0: "- $ * + WITH" in ATTACK's block is truce's
     * "$ =attack + with" */
    truce_kb *kp = load("t.verbs.txt", "####### VERB PATTERNS #######\n--- ATTACK [190] ---\nATTACK\n"
                                       "- $ * + WITH [190]\n", &r);
    const pattern *pp = kp ? find(kp, "attack") : NULL;
    const pattern *q = compile(&B, "$ =attack + with", 1, &err);
    CHECK(pp && q && r.n == 0);
    CHECK(same_pattern(kp, pp, k0, q));
    CHECK(pp && pp->n_pre == 1 && pp->pre[0].kind == PE_SRC && pp->n_post == 2 && pp->post[0].kind == PE_TGT &&
          pp->post[1].kind == PE_WORD && !pp->post[1].stem && !pp->post[1].exact);

    /* TABARI: a space lets words come between ("**"), a verb and a word are
     * stems ("~") unless '_' ends them, then they are the word as written
     * ("=") */
    truce_kb *kt = load("t.verbs", "ATTACK [190]\n- $ * + WITH_ [190]\n- $ * NEWWORDQQ &UNDEFINED [190]\n", &r);
    const pattern *pt = kt ? find(kt, "attack") : NULL;
    q = compile(&B, "$ ** =attack~ ** + ** with=", 1, &err);
    CHECK(pt && q);
    CHECK(same_pattern(kt, pt, k0, q));
    CHECK(pt && pt->stem && pt->n_post == 4 && pt->post[0].kind == PE_GAP && pt->post[0].max_gap == 40 &&
          pt->post[3].kind == PE_WORD && pt->post[3].exact);
    /* the reader gave up on the second pattern at its undefined synset,
     * after a word it had passed: nothing of it is in the kb */
    CHECK(r.n == 1 && r.e[0].line == 3 && r.e[0].col == 17);
    CHECK(kt && intern_find(&kt->words, S("newwordqq")) == 0);

    /* elements fed one by one, each with its column, compile as the line
     * they make (text for provenance included) */
    static const char *const els[] = {"$", "**", "=attack~", "**", "+", "**", "with="};
    patc pc;
    patc_begin(&pc, "t.txt", 1, 1);
    for (int i = 0; i < 7; i++) {
        CHECK(patc_put(&pc, i ? " " : "", str_of(els[i], strlen(els[i])), (uint32_t)(10 + i), false));
    }
    err = (truce_error){0};
    B.err = &err;
    B.pats = NULL;
    CHECK(pc.n_el == 7 && pc.el[6].col == 16 && patc_end(&B, &pc, "190\0\0\0\0", NULL, 0));
    CHECK(same_pattern(k0, B.pats, k0, q));

    /* patc_trim: blanks around the text go, and a '_' after it */
    patc_begin(&pc, "t.txt", 1, 1);
    CHECK(patc_put(&pc, " ", S(" =attack "), 3, false) && patc_put(&pc, " ", S("+ _"), 4, false));
    patc_trim(&pc);
    CHECK(pc.len == 10 && strcmp(pc.text, "=attack  +") == 0 && pc.n_el == 2 && pc.el[1].off == 9 &&
          pc.el[1].col == 4);

    /* errors name the element where its source wrote it */
    CHECK(!compile(&B, "$ =attack + |", 10, &err));
    CHECK(err.code == TRUCE_EDATA && err.line == 1 && err.col == 22 && strstr(err.msg, "alternatives a|b"));
    CHECK(!compile(&B, "$ =attack =strike", 5, &err));
    CHECK(err.col == 15 && strstr(err.msg, "one head"));
    CHECK(!compile(&B, "$ + with", 4, &err));   /* the whole pattern's fault: its column */
    CHECK(err.col == 4 && strstr(err.msg, "head element"));
    /* a TABARI pattern's error: the alternatives of 33 words at their '{'
     * (column 7, not 1), and the 65th element (X31 after the gaps) */
    char tab[2048];
    int n = snprintf(tab, sizeof tab, "ATTACK [190]\n- $ * { ");
    for (int i = 0; i < 33; i++) {
        n += snprintf(tab + n, sizeof tab - (size_t)n, "%sW%d", i ? "_" : "", i);
    }
    n += snprintf(tab + n, sizeof tab - (size_t)n, " | ENEMY } + [190]\n- $ *");
    for (int i = 0; i < 40; i++) {
        n += snprintf(tab + n, sizeof tab - (size_t)n, " X%d", i);
    }
    snprintf(tab + n, sizeof tab - (size_t)n, " [190]\n");
    truce_kb *ke = load("e.verbs", tab, &r);
    CHECK(ke && r.n == 2);
    CHECK(r.e[0].line == 2 && r.e[0].col == 7 && strstr(r.e[0].msg, "up to 32 words"));
    const char *x31 = strstr(strchr(strchr(tab, '\n') + 1, '\n') + 1, "X31");
    CHECK(r.e[1].line == 3 && x31 && r.e[1].col == (uint32_t)(x31 - strrchr(tab, '-')) + 1 &&
          strstr(r.e[1].msg, "at most 64"));

    truce_kb_close(ke);
    truce_kb_close(kt);
    truce_kb_close(kp);
    truce_kb_close(k0);
    return DONE("patc");
}
