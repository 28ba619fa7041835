/* tabari.c — literal coding: TABARI's and PETRARCH's rules.
 *
 * With truce_options.tabari (and .literal), truce codes as TABARI and
 * PETRARCH do for their validation suites, where truce's own reading
 * differs: pronouns stand for the first actor before them (or the
 * previous sentence's, FORWARD), a clause is opened by "but", an "and" not
 * joining two actors or an "or" joining verbs, the source is the clause's
 * first actor, the target the first actor after the verb, DEFAULT actors,
 * compounds of roles, comma-delimited clauses left out, complex
 * sentences, dominant ('!') and weak ('?') verbs. The main path asks for
 * these by name; nothing here runs for truce's own coding.
 */
#include "coder.h"

#include <stdio.h>

/* TABARI's pronouns: "he", "it", "them" stand for the first actor named
 * before them in the sentence, a compound with all its members ("Elrond
 * and Gondor urged Bree to assist them"); with none there, for the first
 * actor of the story's previous sentence (TABARI's forwarding: "He has
 * also asked Gondor" after "Fornost President Umbardacil appealed").
 * "I" and "we" are left to the speaker. */
void tabari_pronouns(truce_coder *c, mvec *mv)
{
    for (size_t x = 0; x < mv->n; x++) {
        mention *m = &mv->v[x];
        if (!m->pronoun || m->first_person) {
            continue;
        }
        for (size_t y = 0; y < x && !m->ante; y++) {
            if (mv->v[y].code[0] && !mv->v[y].pronoun && mv->v[y].tok_end <= m->tok_start) {
                memcpy(m->code, mv->v[y].code, sizeof m->code);
                m->ante = (uint32_t)y + 1;
            }
        }
        if (!m->ante && c->tab.fwd_code[0]) {
            memcpy(m->code, c->tab.fwd_code, sizeof m->code);
        }
    }
}

/* TABARI: is token i a word of the verb dictionary, not after a
 * determiner? Then it is the verb ("Estonia armed Libya"), not a modifier
 * of the actor after it. */
bool tabari_verb_at(const truce_coder *c, size_t i)
{
    const pattern *vp, *np;
    return match_head_patterns(c, i, &vp, &np) && vp && !tok_has(c, i - 1, WC_DETERMINER);
}

/* TABARI: after a list's "and", a comma ends it ("Ithilen and Dagolath,
 * the Osgiliath newspaper said"): what follows is another actor. *g is
 * the last group number, raised for each new group. */
void tabari_regroup(const truce_coder *c, mvec *mv, uint32_t *pg)
{
    const kb *k = c->k;
    uint32_t g = *pg;
    for (size_t x = 1; c->opt.tabari && x < mv->n; x++) {
        if (mv->v[x].group != mv->v[x - 1].group || mv->v[x].member) {
            continue;
        }
        bool link_and = false, seen_and = false, link_comma = false;
        for (size_t q = mv->v[x - 1].tok_end; q < mv->v[x].tok_start; q++) {
            link_and |= tok_is(c, q, k->w.and_) || tok_is(c, q, k->w.nor);
            link_comma |= tok_punct(c, q, ',');
        }
        for (size_t y = x - 1; y > 0 && mv->v[y - 1].group == mv->v[x].group && !seen_and; y--) {
            for (size_t q = mv->v[y - 1].tok_end; q < mv->v[y].tok_start; q++) {
                seen_and |= !mv->v[y].member && (tok_is(c, q, k->w.and_) || tok_is(c, q, k->w.nor));
            }
        }
        if (!link_and && link_comma && seen_and) {
            uint32_t old_g = mv->v[x].group;
            ++g;
            for (size_t z = x; z < mv->n && mv->v[z].group == old_g; z++) {
                mv->v[z].group = g;
            }
        }
    }
    *pg = g;
}

/* TABARI: does the "or" (or "and") at u join verbs ("might affirm or
 * assail Arnor"), not words ("a real easy or pleasant place")? */
bool tabari_or_verb(const truce_coder *c, size_t u)
{
    const pattern *vp, *np;
    return u + 1 < c->nt && match_head_patterns(c, u + 1, &vp, &np) && vp;
}

/* TABARI: where the clause of the verb at head starts: after the last
 * "but", "or" joining verbs, or "and" not joining two actors, before it;
 * else sb. */
size_t tabari_clause_begin(const truce_coder *c, const mvec *mv, size_t sb, size_t head)
{
    for (size_t q = head; q > sb + 1; q--) {
        size_t u = q - 1;
        bool in_list = false;   /* "The ambassadors of Arnor, Osgiliath and Gondor" */
        for (size_t x = 0; x < mv->n && !in_list; x++) {
            in_list = mv->v[x].tok_start <= u && u < mv->v[x].tok_end &&
                      (mv->v[x].member || (x + 1 < mv->n && mv->v[x + 1].member));
        }
        if (in_list) {
            continue;
        }
        if (u > sb && u + 1 < head &&
            ((tok_has(c, u - 1, WC_TAB_NOUN) && tok_has(c, u + 1, WC_TAB_NOUN)) ||
             (tok_has(c, u - 1, WC_TAB_ADJ) && tok_has(c, u + 1, WC_TAB_ADJ)))) {
            continue;   /* "grim and bold": two words of one actor phrase */
        }
        /* an actor, or a role with no country ("Police and soldiers"),
         * right after the "and" */
        bool actor_next = false;
        for (size_t x = 0; x < mv->n && !actor_next; x++) {
            actor_next = mv->v[x].tok_start == u + 1 && (mv->v[x].code[0] || mv->v[x].sector[0]);
        }
        if (tok_is(c, u, c->k->w.but) || (tok_is(c, u, c->k->w.or_) && tabari_or_verb(c, u)) ||
            (tok_is(c, u, c->k->w.and_) && !(mv_ending_at(mv, u - 1) && actor_next))) {
            return q;
        }
    }
    return sb;
}

/* TABARI: where the clause of the verb at head ends: at "but", or at "or"
 * or "and" joining verbs; se if it goes on to the sentence's end. */
size_t tabari_clause_end(const truce_coder *c, size_t head, size_t se)
{
    for (size_t u = head + 1; u + 1 < se; u++) {
        /* "and" only before a verb: "an attack by sheep and evil awful
         * goats" is one clause */
        if (tok_is(c, u, c->k->w.but) ||
            ((tok_is(c, u, c->k->w.or_) || tok_is(c, u, c->k->w.and_)) && tabari_or_verb(c, u))) {
            return u;
        }
    }
    return se;
}

/* TABARI: the members of m's compound, roles with no country ("police
 * and security forces") each placed in the unknown country "---", which
 * CONVERT AGENT writes ~COP; members with no code at all are left out.
 * The list is in buf (cap entries). */
mlist tabari_role_group(const mvec *mv, const mention *m, mention *buf, size_t cap)
{
    mlist g = mv_group(mv, mv_index(mv, m));
    size_t n = 0;
    for (size_t q = 0; q < g.n && n < cap; q++) {
        const mention *x = &g.v[q];
        if (x->code[0]) {
            buf[n++] = *x;
        } else if (x->sector[0] && !x->pronoun) {
            roles_place_role(&buf[n++], x, NULL);
        }
    }
    return (mlist){buf, n};
}

/* TABARI: how well the head at i is coded: 2 by a pattern line, 1 only
 * by its verb line, 0 not at all. */
int tabari_head_rank(const truce_coder *c, const sinfo *si, size_t sb, size_t se, size_t i, pmatch *m)
{
    const pattern *vp, *np;
    if (!match_head_patterns(c, i, &vp, &np) || !vp || match_best(c, &si->mv, vp, i, sb, se, m) < 0) {
        return 0;
    }
    return m->p->verb_line ? 1 : 2;
}

/* Words (not punctuation) in tokens [b, e). */
static size_t words_in(const truce_coder *c, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t i = b; i < e; i++) {
        n += c->t[i].kind != TOK_PUNCT;
    }
    return n;
}

/* Comma-delimited clauses (truce_options.comma_clauses), as TABARI and
 * PETRARCH leave them out: each
 * sentence's clause between two commas, after its last comma or before its
 * first one, whose length is within the bounds for its place, is taken out
 * of the sentence's tokens with the comma that opens it (before the first:
 * that closes it). "Arnor is to restore ties with Gxndor, almost five years
 * after Calenardhon crowds burned its embassy, a senior official said":
 * with no actor left after the verb, nothing is coded. Works in place on
 * c->t, c->s. */
/* PETRARCH, which reads the parse, keeps the names of a list: "Mordor,
 * Rohan, Fornost and Bree", "Mordor, the Shire, Fornost": a comma between
 * two capitalised names. (TABARI's own rule, with tabari, is only the
 * "and" after a comma.) */
/* PETRARCH keeps a clause that is a predicate of the sentence's subject
 * (", attacked Rohan with swords"): one whose first word is a verb. */
static bool predicate_at(const truce_coder *c, size_t comma, size_t se)
{
    size_t q = comma + 1;
    while (q < se && tok_has(c, q, WC_ADVERB)) {
        q++;
    }
    return !c->opt.tabari && q < se && c->t[q].vlemma && c->t[q].vform != VF_NONE &&
           c->t[q].vform != VF_BASE && !(c->t[q].flags & (TF_CAP | TF_LEX_NOT_VERB));
}

static bool name_list(const truce_coder *c, size_t comma, size_t se)
{
    if (c->opt.tabari || comma == 0 || !(c->t[comma - 1].flags & TF_CAP)) {
        return false;
    }
    size_t q = comma + 1;
    if (q < se && tok_is(c, q, c->k->w.the)) {
        q++;
    }
    return q < se && c->t[q].kind == TOK_WORD && (c->t[q].flags & TF_CAP);
}

void tabari_commas(truce_coder *c)
{
    const truce_options *o = &c->opt;
    size_t w = 0;
    for (size_t k = 0; k < c->ns; k++) {
        size_t sb = c->s[k].tok_start, se = c->s[k].tok_end;
        size_t last = se;   /* the sentence's final punctuation stays */
        while (last > sb && c->t[last - 1].kind == TOK_PUNCT && !tok_punct(c, last - 1, ',')) {
            last--;
        }
        size_t cm[64], ncm = 0;   /* the commas */
        for (size_t i = sb; i < last && ncm < 64; i++) {
            if (tok_punct(c, i, ',')) {
                cm[ncm++] = i;
            }
        }
        size_t nw = w;
        size_t db[68], de[68], nd = 0;   /* [db, de) left out, in order */
        if (ncm) {
            size_t n = words_in(c, sb, cm[0]);
            if (n >= o->comma_bmin && n <= o->comma_bmax) {
                db[nd] = sb;
                de[nd++] = cm[0] + 1;
            }
        }
        /* between two commas, with the one opening it; not an item of a
         * list ("Evil Mordor, the awful Fornost, and good Gondor") */
        for (size_t j = 0; j + 1 < ncm; j++) {
            size_t n = words_in(c, cm[j] + 1, cm[j + 1]);
            bool list = (cm[j + 1] + 1 < se && (tok_is(c, cm[j + 1] + 1, c->k->w.and_) ||
                                                tok_is(c, cm[j + 1] + 1, c->k->w.or_))) ||
                        name_list(c, cm[j], se) || predicate_at(c, cm[j], se);
            if (n >= o->comma_min && n <= o->comma_max && !list) {
                db[nd] = cm[j];
                de[nd++] = cm[j + 1];
            }
        }
        if (ncm && last < se) {
            /* the last clause runs to the full stop, which TABARI counts
             * as one of its words (PETRARCH, on its parse, does not) */
            size_t n = words_in(c, cm[ncm - 1] + 1, last) + (c->opt.tabari ? 1 : 0);
            if (n >= o->comma_emin && n <= o->comma_emax && !name_list(c, cm[ncm - 1], se) &&
                !predicate_at(c, cm[ncm - 1], se)) {
                db[nd] = cm[ncm - 1];
                de[nd++] = last;
            }
        }
        size_t d = 0;
        for (size_t i = sb; i < se; i++) {
            while (d < nd && de[d] <= i) {
                d++;
            }
            if (d < nd && i >= db[d] && i < de[d]) {
                continue;
            }
            c->t[nw++] = c->t[i];
        }
        if (nd) {
            coder_trace(c, "sentence %zu: %zu comma-delimited clauses left out", k + 1, nd);
        }
        c->s[k].tok_start = (uint32_t)w;
        c->s[k].tok_end = (uint32_t)nw;
        w = nw;
    }
    c->nt = w;
}

/* TABARI's complexity test (COMPLEX: VERBS, CONJ): a sentence with too
 * many verbs, or conjunctions not joining two actors, is complex: not
 * coded, flagged. True if it is. */
bool tabari_complex(truce_coder *c, const sinfo *si, size_t sb, size_t se)
{
    /* TABARI's complexity test: too many verbs or conjunctions */
    size_t n_verbs = 0, n_conj = 0;
    pmatch hm;
    for (size_t i = sb; i < se; i++) {
        if ((tok_is(c, i, c->k->w.and_) || tok_is(c, i, c->k->w.or_) || tok_is(c, i, c->k->w.but)) &&
            !(i > sb && i + 1 < se && mv_ending_at(&si->mv, i - 1) &&
              mv_at(&si->mv, i + 1, false))) {
            n_conj++;   /* not one joining two actors */
        }
        if (((c->t[i].flags & TF_CAP) && i > sb) || mv_inside(&si->mv, i)) {
            continue;
        }
        if (i > sb && (tok_is(c, i - 1, c->k->w.the) || tok_is(c, i - 1, c->k->w.a) ||
                       tok_is(c, i - 1, c->k->w.an))) {
            continue;
        }
        n_verbs += tabari_head_rank(c, si, sb, se, i, &hm) > 0;
    }
    if ((c->opt.complex_verbs && n_verbs >= c->opt.complex_verbs) ||
        (c->opt.complex_conj && n_conj >= c->opt.complex_conj)) {
        coder_trace(c, "  complex: %zu verbs, %zu conjunctions", n_verbs, n_conj);
        c->flag = TRUCE_FLAG_COMPLEX;
        c->stop = true;
        return true;
    }
    return false;
}

/* Literal coding: a word WordNet or the lexicon would not read as a verb
 * here is one to TABARI and PETRARCH after a modal, an auxiliary or a
 * negation ("won't ever clash"), joined to a verb of its form ("to affirm
 * or cast doubt"), or as a TABARI stem not after a determiner. */
void tabari_literal_verb(const truce_coder *c, const mvec *mv, size_t sb, size_t i, const pattern *vp, vinfo *pv)
{
    const kb *k = c->k;
    vinfo v = *pv;
    if (!v.verb && c->opt.literal && (c->t[i].vform == VF_BASE || c->t[i].vform == VF_ING) &&
        !(i > sb && (c->t[i].flags & TF_CAP))) {
        /* literal coding: "won't ever clash", "did not even ever
         * clash", "would acting": a verb after a modal, an auxiliary
         * or a negation, with only lower-case words between */
        for (size_t q = i; q > sb && q + 6 > i; q--) {
            size_t r = q - 1;
            if (tok_has(c, r, WC_MODAL | WC_NEGATION) || is_aux(c, r) || tok_is(c, r, k->w.nt) ||
                tok_is_word(c, r, "wo") || tok_is_word(c, r, "ca")) {
                v.verb = true;
                v.group_start = r;
                break;
            }
            if (r == i - 1 && r > sb && (tok_is(c, r, k->w.or_) || tok_is(c, r, k->w.and_)) &&
                c->t[r - 1].vlemma && c->t[r - 1].vform == c->t[i].vform && !(c->t[r - 1].flags & TF_CAP)) {
                /* "to affirm or cast doubt": joined to a verb of its
                 * form */
                v.verb = true;
                v.group_start = i;
                break;
            }
            if (c->t[r].kind != TOK_WORD || (c->t[r].flags & TF_CAP) || mv_ending_at(mv, r) ||
                tok_has(c, r, WC_DETERMINER) || is_prep(c, c->t[r].id) ||
                (c->t[r].vlemma && c->t[r].vform != VF_NONE && !tok_has(c, r, WC_ADVERB))) {
                break;
            }
        }
    }
    if (!v.verb && (!c->t[i].vlemma || k->stems) && vp->stem && c->opt.literal &&
        !(i > sb && (c->t[i].flags & TF_CAP)) &&
        !(i > sb && (tok_is(c, i - 1, k->w.the) || tok_is(c, i - 1, k->w.a) ||
                     tok_is(c, i - 1, k->w.an)))) {
        /* a TABARI stem on a word WordNet does not know as a verb:
         * a verb unless capitalised or after a determiner, as TABARI */
        v.verb = true;
        v.group_start = i;
    }
    *pv = v;
}

/* TABARI: the source is the first actor before the verb in its clause,
 * which a conjunction opens ("... but Dagolath promised aid", "and then it
 * requested"), else in the sentence ("Arnxr is to restore ties with
 * Gondor, ... crowds burned down its embassy": GON); with the pattern's
 * target there, the first other actor. */
void tabari_source(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    const kb *k = c->k;
    const mvec *mv = &si->mv;
    size_t i = h->i, sb = h->sb, se = h->se, si_index = h->s_index;
    const pmatch *best = &h->best;
    size_t tcb = tabari_clause_begin(c, mv, sb, i);
    const mention *first = NULL;
    for (size_t pass = 0; pass < 2 && !first; pass++) {
        size_t from = pass ? sb : tcb;
        for (size_t xm = 0; xm < mv->n && !first; xm++) {
            const mention *m = &mv->v[xm];
            if (m->tok_end <= i && m->tok_start >= from && m->code[0] &&
                m != r->tm) {
                first = m;
            }
        }
        if (!first && !pass && tcb > sb && !r->tm) {
            /* a clause a conjunction opens, with no actor
             * before its verb: the source of the clause coded
             * before it ("... might affirm an attack by X or
             * assail Arnor"), else, none coded, its first actor
             * after the verb, the next its target ("Gondor
             * alleged and acknowledged that ... X ... Y": X/Y) */
            if (c->last_subject && c->last_subject_sent == si_index && c->last_subject->tok_end <= i) {
                first = c->last_subject;
            } else {
                size_t tce = tabari_clause_end(c, best->last_tok > i ? best->last_tok : i, se);
                for (size_t xm = 0; xm < mv->n && !first; xm++) {
                    if (mv->v[xm].tok_start > i && mv->v[xm].tok_start < tce && mv->v[xm].code[0]) {
                        first = &mv->v[xm];
                        r->src_after_verb = true;
                    }
                }
            }
            break;
        }
    }
    if (first) {
        r->sm = first;
    } else if (!r->tm && c->opt.default_source[0] && !c->opt.default_source_prior) {
        /* "DEFAULT: SOURCE [X]" without PRIOR: the default only
         * for a sentence with no actor; else its first, alone,
         * the next actor its target ("Fxrnost is to restore ties
         * with Gondor and Bree": GON/BRE) */
        for (size_t xm = 0; xm < mv->n && !first; xm++) {
            if (mv->v[xm].tok_start > i && mv->v[xm].tok_start < se && mv->v[xm].code[0]) {
                first = r->sm = &mv->v[xm];
                r->src_after_verb = true;
            }
        }
    }
    if (r->sm && !mv_inside(mv, r->sm->tok_end)) {
        /* "Ithilen's awful and cool minister Calimehtar warned":
         * an AND between two words that are not both of the
         * dictionary's <ADJECTIVE>s (or <NOUN>s) joins two
         * phrases, and TABARI codes the second ("Ithilen's
         * sheep and goats of Gondor": no compound, ITH) */
        for (size_t q = r->sm->tok_end + 1; q + 1 < i; q++) {
            if (!tok_is(c, q, k->w.and_) || c->t[q - 1].kind != TOK_WORD ||
                c->t[q + 1].kind != TOK_WORD || mv_inside(mv, q - 1) ||
                mv_inside(mv, q + 1) || (c->t[q + 1].flags & TF_CAP)) {
                continue;
            }
            bool both = (tok_has(c, q - 1, WC_TAB_NOUN) && tok_has(c, q + 1, WC_TAB_NOUN)) ||
                        (tok_has(c, q - 1, WC_TAB_ADJ) && tok_has(c, q + 1, WC_TAB_ADJ));
            const mention *second = NULL;
            for (size_t xm = 0; xm < mv->n && !second && !both; xm++) {
                const mention *m = &mv->v[xm];
                if (m->tok_start > q && m->tok_end <= i && m->code[0] && !m->pronoun && m != r->tm) {
                    second = m;
                }
            }
            if (second) {
                r->sm = second;
            }
            break;
        }
    }
    if (r->tm && (!r->sm || r->sm == r->tm)) {
        r->sm = NULL;
        for (size_t xm = 0; xm < mv->n && !r->sm; xm++) {
            const mention *m = &mv->v[xm];
            if (m->tok_start > i && m->tok_start < se && m->code[0] && !m->pronoun &&
                m->group != r->tm->group) {
                r->sm = m;
            }
        }
    }
}

/* TABARI: a pattern that passed over an actor (^) and left no actor after
 * the verb takes the first actor between the source and the verb that it
 * did not pass over ("Arnor was United Arab Emirates for Eriador warning",
 * $ ^ FOR *). */
const mention *tabari_skipped_target(const truce_coder *c, const sinfo *si, const head_ctx *h,
                                     const head_roles *r)
{
    (void)c;
    const mvec *mv = &si->mv;
    size_t i = h->i;
    const pmatch *best = &h->best;
    const mention *tm = NULL;
    mlist sg = mv_group(mv, mv_index(mv, r->sm));
    size_t from = sg.v[sg.n - 1].tok_end;
    for (size_t q = 0; q < mv->n && !tm; q++) {
        const mention *m = &mv->v[q];
        bool skipped = false;
        for (size_t z = 0; z < best->n_skip; z++) {
            skipped |= best->skip[z]->group == m->group;
        }
        if (m->code[0] && m->tok_start >= from && m->tok_end <= i && m->group != r->sm->group && !skipped &&
            !m->pronoun) {
            tm = m;
        }
    }
    return tm;
}

/* TABARI's targets: a pronoun that is the source is no target ("urged
 * Bree to assist it"); with no target after the verb, the next actor
 * after the source ("then it requested that Elrond assist": CAL/ELF),
 * else the second of a compound source ("Bree and Arnor are about to
 * restore ties": BRE/ARN). */
void tabari_target(const truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    size_t i = h->i, se = h->se;
    const pmatch *best = &h->best;
    if (r->tm && r->tm->pronoun && roles_code_in(r->src, r->tm->code)) {
        r->tm = NULL;   /* "urged Bree to assist it": it is the source */
    }
    if (!r->tm && !(r->dflt_tgt.code[0] && c->opt.default_target_after)) {
        /* TABARI: with no target after the verb, the next actor after
         * the source ("then it requested that Elrond assist": CAL/ELF),
         * else the second of a compound source ("Bree and Arnor are
         * about to restore ties": BRE/ARN) */
        size_t from = r->src.v[r->src.n - 1].tok_end > r->sm->tok_end ? r->src.v[r->src.n - 1].tok_end : r->sm->tok_end;
        size_t tce = tabari_clause_end(c, best->last_tok > i ? best->last_tok : i, se);
        for (size_t xm = 0; xm < mv->n && !r->tm; xm++) {
            const mention *m = &mv->v[xm];
            if (m->tok_start >= from && m->tok_start < tce && m->code[0] && !roles_code_in(r->src, m->code)) {
                r->tm = m;
            }
        }
        if (!r->tm && r->src.n > 1 && strcmp(r->src.v[0].code, r->src.v[1].code) != 0) {
            r->tm = &r->src.v[1];
            r->src.n = 1;
            r->lone_tgt = true;
        }
    }
}

/* Is the head at token i of a sentence starting at sb (its content up to lim) one
 * TABARI does not code now? An actor's word ("soldiers" is no "SOLD"), a
 * verb after the clause's coded verb with no conjunction between,
 * a subordinate code ("SAID [023?]") with a later verb of its own, a verb
 * line whose word a later verb's pattern takes in, and a weak verb (kept
 * in tc for last). */
bool tabari_defer(const truce_coder *c, const sinfo *si, tabari_clauses *tc, size_t sb, size_t lim, size_t i)
{
    if (mv_inside(&si->mv, i)) {
        return true;   /* TABARI: an actor's word ("soldiers") is no verb ("SOLD") */
    }
    if (i < tc->coded_until && c->opt.tabari_code_by != 2) {
        /* "... condemned the attack and promised aid": a conjunction
         * before this verb starts a new clause */
        bool conj = false;
        if (c->opt.tabari_code_by == 1) {
            return true;   /* CODE BY SENTENCE */
        }
        for (size_t q = i; q > tc->last_coded + 1 && q + 6 > i && !conj; q--) {
            conj = tok_is(c, q - 1, c->k->w.and_) || tok_is(c, q - 1, c->k->w.but) ||
                   (tok_is(c, q - 1, c->k->w.or_) && tabari_or_verb(c, q - 1));
        }
        if (!conj) {
            return true;
        }
    }
    pmatch hm;
    if (tabari_head_rank(c, si, sb, lim, i, &hm) && hm.p->subordinate) {
        /* TABARI's subordinate code ("SAID [023?]"): a later verb of
         * the sentence with a code of its own is coded instead */
        bool later = false;
        pmatch lm;
        for (size_t j = i + 1; j < lim && !later; j++) {
            later = !mv_inside(&si->mv, j) && tabari_head_rank(c, si, sb, lim, j, &lm) &&
                    !lm.p->subordinate && lm.p->code[0] != '-';
        }
        if (later) {
            return true;
        }
    }
    if (tabari_head_rank(c, si, sb, lim, i, &hm) == 1) {
        /* "Estonia said it would act now" with "- SAID WOULD * NOW":
         * a later verb whose pattern takes this verb's word in goes
         * first */
        bool later = false;
        for (size_t j = i + 1; j < lim && j < i + 12 && !later; j++) {
            if (tabari_head_rank(c, si, sb, lim, j, &hm) != 2) {
                continue;
            }
            for (int e = 0; e < hm.p->n_pre && !later; e++) {
                later = hm.p->pre[e].kind == PE_WORD && match_elem_fwd(c, i, i + 1, &hm.p->pre[e]);
            }
        }
        if (later) {
            return true;
        }
    }
    if (tabari_head_rank(c, si, sb, lim, i, &hm) && hm.p->mark == '?') {
        if (tc->n_weak < 8) {
            tc->weak[tc->n_weak++] = i;
        }
        return true;
    }
    return false;
}
