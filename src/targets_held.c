/* targets_held.c — force aimed at whoever holds the place it hits:
 *
 *   - "launched an offensive in rural Hama, targeting the village of X,
 *     which is under the control of ISIS", "shelled districts held by the
 *     rebels", "struck areas under rebel control": force (roots 18-20)
 *     with no target, or only a place (a country or capital, a role word
 *     inside a place's name: "the Handarat Refugee Camp"), is aimed at the
 *     one its object's "under the control of", "under X control", "held
 *     by", "controlled by", "manned by", "belonging to" or "in the hands
 *     of" names ("struck a checkpoint manned by rebels");
 *   - "..., targeting the jihadist-held district of X": the holder a
 *     hyphenated word names at the head of the object of the verb or of a
 *     participle after a comma ("rebel-held", "ISIS-controlled").
 *
 * Not the doer's own side, not what another clause (a subject and its
 * verb) says, not a place after "from" ("attacked from rebel-held
 * villages").
 *
 * Called by targets_adjuncts (targets_adjunct.c).
 *
 * Tests: tests/unit/test_targets.c, "place holder".
 */
#include "coder.h"
#include "targets.h"

#include <stdio.h>

/* The mention starting at token q with a code or a role, past determiners;
 * NULL if none. */
static const mention *party_at(const truce_coder *c, const mvec *mv, size_t q, size_t se)
{
    size_t d = q;
    while (d < se && tok_has(c, d, WC_DETERMINER)) {
        d++;
    }
    for (size_t x = 0; x < mv->n; x++) {
        const mention *m = &mv->v[x];
        if (m->tok_start >= q && m->tok_start <= d && !m->pronoun && (m->code[0] || m->sector[0])) {
            size_t e = m->tok_end;
            if (e + 1 < se && c->t[e].isverb && c->t[e].vform == VF_ED && !(c->t[e].flags & TF_CAP)) {
                /* "the U.S. backed Syrian Democratic Forces": the backed */
                return x + 1 < mv->n && mv->v[x + 1].tok_start <= e + 2 ? party_at(c, mv, mv->v[x + 1].tok_start, se)
                                                                        : NULL;
            }
            return m;
        }
    }
    return NULL;
}

/* The holder a phrase at q names: "positions of X" (grammar.tsv's class
 * held), "under the control of X", "under X's
 * control", "under rebel control", "held by X", "controlled by X", "owned,
 * run, manned, operated or used by X", "belonging to X", "in the hands of X";
 * NULL if none. */
static const mention *holder_at(const truce_coder *c, const mvec *mv, size_t q, size_t se)
{
    const kb *k = c->k;
    if (q + 3 >= se) {
        return NULL;
    }
    if (tok_is_word(c, q, "under")) {
        if (tok_is(c, q + 1, k->w.the) && tok_is_word(c, q + 2, "control") && tok_is(c, q + 3, k->w.of)) {
            return party_at(c, mv, q + 4, se);
        }
        const mention *m = party_at(c, mv, q + 1, se);
        size_t n = m ? m->tok_end : q;
        n += m && (tok_is(c, n, k->w.s) || tok_punct(c, n, '\''));
        return m && tok_is_word(c, n, "control") ? m : NULL;
    }
    if (tok_has(c, q, WC_HELD) && !(c->t[q].flags & TF_CAP) && tok_is(c, q + 1, k->w.of)) {
        return party_at(c, mv, q + 2, se);   /* "positions of government troops" */
    }
    static const char *const by[] = {"held", "controlled", "owned", "run", "manned", "operated", "used", NULL};
    for (const char *const *w = by; *w; w++) {
        if (tok_is_word(c, q, *w) && tok_is(c, q + 1, k->w.by)) {
            return party_at(c, mv, q + 2, se);
        }
    }
    if ((tok_is_word(c, q, "belonging") || tok_is_word(c, q, "belonged") || tok_is_word(c, q, "belongs")) &&
        tok_is(c, q + 1, k->w.to)) {
        return party_at(c, mv, q + 2, se);
    }
    if (tok_is(c, q, k->w.in) && tok_is(c, q + 1, k->w.the) && tok_is_word(c, q + 2, "hands") &&
        tok_is(c, q + 3, k->w.of)) {
        return party_at(c, mv, q + 4, se);
    }
    return NULL;
}

/* Is the role m a word inside a place's name ("the Handarat Refugee
 * Camp"): a capitalised word not of a mention right before or after it? */
static bool inside_name(const truce_coder *c, const mvec *mv, const mention *m, size_t sb, size_t se)
{
    if (m->code[0] && strlen(m->code) == 3) {
        return false;
    }
    bool before = m->tok_start > sb + 1 && c->t[m->tok_start - 1].kind == TOK_WORD &&
                  (c->t[m->tok_start - 1].flags & TF_CAP) && !mv_inside(mv, m->tok_start - 1);
    bool after = m->tok_end < se && c->t[m->tok_end].kind == TOK_WORD && (c->t[m->tok_end].flags & TF_CAP) &&
                 !mv_inside(mv, m->tok_end);
    return before || after;
}

/* Is q a verb of another clause with its own subject ("..., and the
 * rebels held the town")? */
static bool own_clause(const truce_coder *c, const mvec *mv, size_t q)
{
    const token *t = &c->t[q];
    if (!t->isverb || (t->flags & TF_CAP) || mv_inside(mv, q) || !(t->vform == VF_S || t->vform == VF_ED) ||
        (roles_tok_lex(c, q) & LEX_MOSTLY) == LEX_MOSTLY_NOUN) {
        return false;
    }
    return q > 0 && (mv_ending_at(mv, q - 1) || tok_has(c, q - 1, WC_PRONOUN)) && !tok_is(c, q - 1, c->k->w.that) &&
           !tok_is(c, q - 1, c->k->w.which) && !tok_is(c, q - 1, c->k->w.who);   /* a relative clause is the object's */
}

/* The holder a hyphenated word at the head of the object after token v
 * names ("targeting the jihadist-held district"), into code, its token
 * into *at; false if none. */
static bool hyphen_holder(const truce_coder *c, size_t v, size_t se, char code[16], size_t *at)
{
    static const char *const held[] = {"held", "controlled", "occupied", "run", "dominated", "besieged", NULL};
    for (size_t q = v + 1; q < se && q < v + 5; q++) {
        if (targets_hyphen_owner(c, q, held, true, code)) {
            *at = q;
            return true;
        }
        if (!tok_has(c, q, WC_DETERMINER | WC_MODIFIER) && !tok_adverb(c, q) &&
            !(c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) && !c->t[q].isverb)) {
            return false;   /* "strategic", "key" go; a preposition, a verb end it */
        }
    }
    return false;
}

void targets_place_holder(truce_coder *c, const sinfo *si, const head_ctx *h, head_roles *r)
{
    const mvec *mv = &si->mv;
    const mention *t = r->tm;
    if (c->opt.literal || code_root(h->code) < 18 || !r->sm || (t && t->tok_start <= h->i)) {
        return;
    }
    size_t sb = c->s[h->s_index].tok_start, se = h->se;
    /* a party of its own ("killed soldiers in the farms under Israeli
     * control") stays, but for one the hyphenated holder comes before
     * ("targeting the jihadist-held parts of X, Y and Z") */
    bool party = t && !(t->kind == AK_CAPITAL || t->kind == AK_COUNTRY || inside_name(c, mv, t, sb, se));
    const char *own = r->sm->code[0] ? r->sm->code : "";
    for (size_t q = h->i; q < se && q < h->i + 60; q++) {
        if (tok_punct(c, q, ';') || tok_punct(c, q, '.') || is_quote_tok(c, q) || tok_is(c, q, c->k->w.but) ||
            tok_is(c, q, c->k->w.while_) || (q > h->i && own_clause(c, mv, q))) {
            return;   /* another clause: "... but the roads are still under rebel control" */
        }
        char code[16] = "";
        const mention *m = party ? NULL : holder_at(c, mv, q, se);
        bool head = q == h->i || (tok_punct(c, q - 1, ',') && c->t[q].isverb && c->t[q].vform == VF_ING);
        size_t hy = 0;
        if (m && !m->code[0] && m->sector[0]) {
            snprintf(code, sizeof code, "---%s", m->sector);
        } else if (m) {
            snprintf(code, sizeof code, "%s", m->code);
        } else if (!(head && !tok_is(c, q + 1, c->k->w.from) && hyphen_holder(c, q, se, code, &hy) &&
                     (!party || hy < t->tok_start))) {
            continue;
        }
        if (!code[0] || m == r->sm || (own[0] && targets_same_side(code, own))) {
            return;
        }
        coder_trace(c, "  \"%.*s\": aimed at the one who holds the place it hits", TOKF(h->i));
        if (m) {
            r->tm = m;
        } else {
            targets_owner_target(r, code, q);
        }
        return;
    }
}

/* "Rival gangs clashed in Port-au-Prince", "two militias fought on
 * Monday": force with no object between members of one plural role
 * marked as two sides ("rival", "two") is the role on itself, placed
 * where the act is, else the dateline's or the story's country (a role of
 * no country has no side to hold); false if not so (test_targets.c,
 * "rival sides"). */
bool targets_rival_sides(truce_coder *c, const head_ctx *h, head_roles *r)
{
    const mention *m = r->sm;
    if (c->opt.literal || c->opt.tabari || r->tm || !m || code_root(h->code) != 19 || !m->plural || m->code[0] ||
        !m->sector[0] || m->pronoun || m->tok_end > h->i || m->tok_end + 1 < h->i) {
        return false;
    }
    bool rival = (m->tok_start > 0 && tok_is_word(c, m->tok_start - 1, "rival")) ||
                 tok_is_word(c, m->tok_start, "rival") || tok_is_word(c, m->tok_start, "two") ||
                 (m->tok_start > 0 && tok_is_word(c, m->tok_start - 1, "two"));
    if (!rival || (h->i + 1 < h->se && (tok_is(c, h->i + 1, c->k->w.with) || tok_is_word(c, h->i + 1, "against")))) {
        return false;   /* "rival gangs clashed with police": the police */
    }
    const char *cc = r->role_cc ? r->role_cc : context_story_country(c);
    if (!cc || strlen(cc) < 3 || !strncmp(cc, "---", 3)) {
        return false;
    }
    mention out;
    roles_place_role(&out, m, cc);
    r->place_target = out;
    r->place_target.tok_start = m->tok_end;   /* the other side: no mention of its own */
    r->place_target.tok_end = m->tok_end + 1;
    r->tm = &r->place_target;
    return true;
}
