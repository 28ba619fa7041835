/* kb.c — the knowledge base: opening, closing, and finishing a build.
 *
 * truce_kb_open() maps the built-in knowledge's compiled image (kbfile.c);
 * truce_kb_open_dicts() builds a kb from text: the tables every kb has and
 * the built-in knowledge (kb_builtin.c), then each user dictionary
 * (dict_read.c and its readers), then finish() turns the builder's lists
 * into the tables the coder reads (verb flags, WordNet exceptions, word
 * classes, patterns by head with their Bloom bits, speech verbs from
 * transformations). After that the kb is read-only and shared between
 * threads. Parsing any file is the loaders' business; reading the tables
 * is lex.c's (morphology, the lexicon) and kb.h's (the CAMEO table).
 */
#include "kb_build.h"

static bool finish(builder *B)
{
    kb *k = B->k;
    uint32_t n = k->words.n + 1;
    k->is_verb = calloc(n, 1);
    k->wclass = calloc(n, sizeof *k->wclass);
    if (!k->wclass) {
        err_set(B->err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return false;
    }
    for (size_t i = 0; i < B->n_wc; i++) {
        k->wclass[B->wc_ids[i]] |= B->wc_bits[i];
    }
    k->vexc = calloc(n, sizeof *k->vexc);
    k->nexc = calloc(n, sizeof *k->nexc);
    k->vheads = calloc(n, sizeof *k->vheads);
    k->head_flags = calloc(n, 1);
    k->nheads = calloc(n, sizeof *k->nheads);
    k->heads_cap = n;
    if (!k->is_verb || !k->vexc || !k->nexc || !k->vheads || !k->nheads || !k->head_flags) {
        err_set(B->err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return false;
    }
    for (size_t i = 0; i < B->n_verb_ids; i++) {
        k->is_verb[B->verb_ids[i]] = 1;
    }
    for (size_t i = 0; i < B->n_stem_forms; i++) {
        k->is_verb[B->stem_forms[i]] |= 4;
    }
    for (size_t i = 0; i < B->n_vexc; i++) {
        if (!k->vexc[B->vexc[i].form]) {
            k->vexc[B->vexc[i].form] = B->vexc[i].lemma;
        }
    }
    for (size_t i = 0; i < B->n_nexc; i++) {
        if (!k->nexc[B->nexc[i].form]) {
            k->nexc[B->nexc[i].form] = B->nexc[i].lemma;
        }
    }
    /* B->pats is in reverse file order; pushing each onto its head's list
     * restores file order. */
    for (pattern *p = B->pats, *next; p; p = next) {
        next = p->next;
        patc_need(p);
        pattern **list = p->noun ? &k->nheads[p->head] : &k->vheads[p->head];
        if (!p->noun) {
            k->is_verb[p->head] |= 2;   /* a pattern verb is a verb (2: not WordNet's) */
            uint8_t f = p->flags;
            if ((f & VFLAG_SPEECH) && (p->n_pre || p->n_post)) {
                /* "charge that", "issue * statement": a verb of saying in
                 * that pattern's sense only, not "charged him with murder",
                 * "issued a warrant" (test_speech.c: senses of saying) */
                f = (uint8_t)((f & ~VFLAG_SPEECH) | VFLAG_SPEECH_SENSE);
            }
            k->head_flags[p->head] |= f;
        }
        p->next = *list;
        *list = p;
    }
    /* a transformation "~ a (b c VERB2) SAY = ..." says that SAY reports
     * a clause: its verb is coded as a verb of saying (unless another
     * gives it an infinitive, "~ a (_ b ATTACK) WANT": then "wants B to
     * attack" is not a report) */
    for (const transform *t = k->transforms; t; t = t->next) {
        bool infinitive = false;
        for (const transform *u = k->transforms; u; u = u->next) {
            infinitive |= u->verb1 == t->verb1 && u->b == '_';
        }
        if (t->b != '_' && !infinitive && k->vheads[t->verb1]) {
            k->head_flags[t->verb1] |= VFLAG_SPEECH;
            for (pattern *p = k->vheads[t->verb1]; p; p = p->next) {
                p->flags |= VFLAG_SPEECH;
            }
        }
    }
    return true;
}

#define W(field, s) k->w.field = text_word_id(k, S(s))

/* The word ids the coder tests most (kb.w). */
static void common_words(kb *k)
{
    W(the, "the"); W(a, "a"); W(an, "an"); W(to, "to"); W(of, "of"); W(by, "by");
    W(and_, "and"); W(or_, "or"); W(nor, "nor"); W(not_, "not"); W(nt, "n't"); W(never, "never");
    W(no, "no"); W(s, "'s"); W(that, "that"); W(which, "which"); W(who, "who");
    W(said, "said"); W(according, "according"); W(with, "with"); W(between, "between");
    W(in, "in"); W(at, "at"); W(near, "near"); W(along, "along"); W(from, "from");
    W(on, "on"); W(be, "be"); W(have, "have"); W(do_, "do"); W(will, "will");
    W(would, "would"); W(shall, "shall"); W(may, "may"); W(might, "might");
    W(could, "could"); W(can, "can"); W(should, "should"); W(must, "must");
    W(comma, ","); W(period, "."); W(colon, ":"); W(semicolon, ";"); W(quote, "\"");
    W(lparen, "("); W(rparen, ")"); W(lbracket, "["); W(rbracket, "]"); W(dash, "-");
    W(former, "former"); W(also, "also"); W(since, "since"); W(last, "last");
    W(this, "this"); W(yesterday, "yesterday"); W(today, "today"); W(ago, "ago");
    W(when, "when"); W(while_, "while"); W(after, "after"); W(before, "before");
    W(if_, "if"); W(unless, "unless"); W(whether, "whether"); W(as, "as"); W(for_, "for");
    W(into, "into"); W(across, "across"); W(inside, "inside"); W(around, "around");
    W(within, "within"); W(over, "over"); W(his, "his"); W(her, "her"); W(its, "its");
    W(their, "their"); W(our, "our"); W(my, "my"); W(your, "your"); W(he, "he");
    W(she, "she"); W(they, "they"); W(we, "we"); W(i, "i"); W(it, "it"); W(but, "but");
    W(because, "because");
}

truce_kb *truce_kb_open(truce_error *err)
{
    size_t len;
    if (truce_kb_image(&len) && len) {
        return kb_open_builtin_image(err);
    }
    return truce_kb_open_dicts(NULL, 0, true, NULL, NULL, NULL, err);
}

truce_kb *truce_kb_open_dicts(const truce_dict_file *files, size_t n_files, bool builtin,
                              truce_dict_warn warn, void *user, size_t *n_errors,
                              truce_error *err)
{
    size_t errors = 0, warnings = 0;
    kb *k = calloc(1, sizeof *k);
    if (!k) {
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return NULL;
    }
    arena_init(&k->a, 1 << 20);
    if (!intern_init(&k->words, &k->a)) {
        free(k);
        err_set(err, TRUCE_ENOMEM, NULL, 0, 0, -1, "out of memory");
        return NULL;
    }
    builder B = {0};
    B.k = k;
    B.err = err;
    bool ok = kb_builtin_tables(&B);
    if (builtin) {
        ok = ok && kb_builtin_knowledge(&B);
    }
    for (size_t i = 0; ok && i < n_files; i++) {
        ok = dict_load(&B, &files[i], warn, user, &errors, &warnings);
        if (!ok) {
            err_set(err, TRUCE_ENOMEM, files[i].name, 0, 0, -1, "out of memory loading the dictionary");
        }
    }
    if (n_errors) {
        *n_errors = errors;
    }
    if (ok) {
        common_words(k);
        ok = finish(&B);
    } else if (err && err->code == TRUCE_OK) {
        err_set(err, TRUCE_EDATA, NULL, 0, 0, -1, "built-in knowledge is incomplete (a data file is missing)");
    }
    free(B.verb_ids);
    free(B.stem_forms);
    free(B.wc_ids);
    free(B.wc_bits);
    free(B.vexc);
    free(B.nexc);
    if (!ok) {
        truce_kb_close(k);
        return NULL;
    }
    k->n_lex = B.n_lex;
    return k;
}

void truce_kb_close(truce_kb *k)
{
    if (!k) {
        return;
    }
    if (k->image) {
        free(k);   /* everything else lives in the image */
        return;
    }
    trie_free(&k->actors);
    trie_free(&k->discards);
    trie_free(&k->issues);
    intern_free(&k->words);
    free(k->is_verb);
    free(k->lex_line);
    free(k->wclass);
    free(k->vexc);
    free(k->nexc);
    free(k->vheads);
    free(k->head_flags);
    free(k->nheads);
    arena_free(&k->a);
    free(k);
}

const char *truce_cameo_name(const truce_kb *k, const char *code)
{
    const cameo_info *c = k && code ? kb_cameo(k, code) : NULL;
    return c && c->name[0] ? c->name : NULL;
}
