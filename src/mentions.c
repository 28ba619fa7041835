/* mentions.c — who: the actor mentions of a sentence.
 *
 * Longest match over token ids in the knowledge's actor trie (countries,
 * adjectives, capitals, people with dated codes, organisations, role
 * nouns), composed into noun phrases ("Acting Foreign Minister of Armenia
 * Ara Ayvazyan" ARMGOV, "Russian peacekeepers" RUSMIL, "Bosnian Serbs"),
 * organisations no dictionary knows by the shape of their names
 * (names.c), pronouns and bare titles resolved to the story's last speaker or
 * person, user dictionaries' actors composed with their agents as
 * PETRARCH and TABARI do, and compounds ("Putin, Aliyev and Pashinyan")
 * grouped. Which mention is the source or the target of an event is left
 * to roles.c.
 *
 * Tests: tests/unit/test_match.c (one block per rule), and the golden cases of
 * tests/golden/code/.
 */
#include "coder.h"

#include <stdio.h>

/* Longest trie match starting at token i within [i, e). */
bool mentions_unit(const truce_coder *c, size_t i, size_t e, unit *u)
{
    const trie *tr = &c->k->actors;
    uint32_t node = 0;
    bool found = false;
    for (size_t j = i; j < e; j++) {
        if (j > i && j + 1 < e && tok_punct(c, j, '_') && node && c->t[j - 1].end == c->t[j].start &&
            c->t[j].end == c->t[j + 1].start) {
            continue;   /* "Dol_Amroth": an underscore joins the words of a name */
        }
        /* from the root, the token knows its node already */
        uint32_t next = node ? trie_child(tr, node, c->t[j].id) : c->t[j].actor;
        bool by_stem = false;
        uint32_t gap = !next && j > i && c->k->actor_gap_id ? trie_child(tr, node, c->k->actor_gap_id) : 0;
        size_t skipped = 0;
        for (size_t q = j + 1; gap && !next && q < e && q < j + 8 && !tok_punct(c, q - 1, ','); q++) {
            /* TABARI: words between those of an actor written with a
             * space ("Prince of Dol Amroth", "Al \"The Weasel\" Gore"), up
             * to three (quotes and brackets aside), not past a comma */
            skipped += c->t[q - 1].kind != TOK_PUNCT;
            if (skipped > 3) {
                break;
            }
            next = trie_child(tr, gap, c->t[q].id);
            if (next) {
                j = q;
            }
        }
        if (!next && c->k->actor_stems && c->t[j].kind == TOK_WORD) {
            /* TABARI stems: "ARGENTIN" for "Argentina", "ROHAN" for
             * "Rohans"; the longest one, ending a stem entry */
            uint8_t key[64];
            ptrdiff_t n = text_key(c->text + c->t[j].start, (ptrdiff_t)(c->t[j].end - c->t[j].start), key,
                                   sizeof key);
            for (ptrdiff_t len = n - 1; len >= 3 && !next; len--) {
                uint32_t id = intern_find(&c->k->words, (str){key, len});
                uint32_t cand = id ? trie_child(tr, node, id) : 0;
                /* an exact entry ("LIBYA_") still takes a plural s */
                bool plural = (n - len == 1 && key[len] == 's') || (n - len == 2 && !memcmp(key + len, "es", 2));
                for (const actor_entry *x = cand ? tr->payload[cand] : NULL; x; x = x->next) {
                    if (x->stem || (plural && x->first_match && x->kind == AK_NAMED && !x->bare)) {
                        next = cand;
                        by_stem = true;
                        break;
                    }
                }
            }
        }
        if (!next && j > i && (next = trie_child(tr, node, TRIE_GAP_ID)) != 0) {
            /* a TABARI name's space: the next word may come later in the
             * clause ("PRINCE DOL_AMROTH": "Prince of Dol Amroth") */
            size_t k = j, stop = j + 8 < e ? j + 8 : e;
            uint32_t after = 0;
            /* the words passed over are words, not punctuation */
            while (k < stop && !(after = trie_child(tr, next, c->t[k].id)) && c->t[k].kind == TOK_WORD) {
                k++;
            }
            next = after;
            j = k;
        }
        node = next;
        if (!node) {
            break;
        }
        const actor_entry *pl = tr->payload[node];
        if (!pl) {
            continue;
        }
        if (by_stem) {
            u->end = (uint32_t)(j + 1);
            u->e = pl;
            found = true;
            break;
        }
        /* capitals-only entries (US, UK) need capitals in the text */
        /* ... or the title case some papers give acronyms of four letters
         * or more ("Nato", "Farc", "Unicef") */
        bool upper_ok = (c->t[j].flags & TF_UPPER) || (c->t[i].flags & TF_UPPER) ||
                        (j > i) || c->text[c->t[j].start] == 'U' ||
                        ((c->t[j].flags & TF_CAP) && c->t[j].end - c->t[j].start >= 4);
        const actor_entry *ok = NULL;
        for (const actor_entry *x = pl; x; x = x->next) {
            /* names of countries, places, people and organisations are
             * proper nouns: "Turkey" the country, not "turkey" */
            if (x->kind != AK_AGENT && !x->lower_ok && !(c->t[i].flags & TF_CAP)) {
                continue;
            }
            if (!x->need_upper || (upper_ok && (c->t[i].flags & TF_CAP) &&
                                   (c->t[i].flags & TF_UPPER || c->t[i].end - c->t[i].start > 2))) {
                ok = pl;
                break;
            }
        }
        if (ok) {
            u->end = (uint32_t)(j + 1);
            u->e = ok;
            found = true;
        }
    }
    return found;
}

const actor_entry *mentions_unit_kind(const unit *u, int kind)
{
    for (const actor_entry *x = u->e; x; x = x->next) {
        if (x->kind == kind) {
            return x;
        }
    }
    return NULL;
}

static bool resolve_named(const actor_entry *e, truce_day d, char out[16]);

bool mentions_resolve_named(const actor_entry *e, truce_day d, char out[16])
{
    return resolve_named(e, d, out);
}

/* Resolve a named entry's code on day d. */
static bool resolve_named(const actor_entry *e, truce_day d, char out[16])
{
    if (e->first_match) {
        /* a user dictionary: the first date restriction that holds wins, in
         * file order; else the first undated code (the actor's default, as
         * the validation suites expect: "SAM_GAMGEE [HOB]" then dated
         * codes); none, no code */
        for (int pass = 0; pass < 2; pass++) {
            for (uint32_t i = 0; i < e->n_spells; i++) {
                const dated_code *s = &e->spells[i];
                bool open_s = s->from == TRUCE_NODAY && s->to == TRUCE_NODAY;
                if (pass == 1 ? open_s
                              : !open_s && d != TRUCE_NODAY && (s->from == TRUCE_NODAY || d >= s->from) &&
                                    (s->to == TRUCE_NODAY || d <= s->to)) {
                    if (!strcmp(s->code, "---")) {
                        return false;   /* TABARI's dated null code: no actor then */
                    }
                    memcpy(out, s->code, 16);
                    /* a dated null code: no actor on this date */
                    return strcmp(s->code, "---") != 0;
                }
            }
        }
        return false;
    }
    const dated_code *open = NULL;
    for (uint32_t i = 0; i < e->n_spells; i++) {
        const dated_code *s = &e->spells[i];
        if (s->from == TRUCE_NODAY && s->to == TRUCE_NODAY) {
            open = s;
            continue;
        }
        if (d == TRUCE_NODAY) {
            continue;
        }
        if ((s->from == TRUCE_NODAY || d >= s->from) && (s->to == TRUCE_NODAY || d <= s->to)) {
            memcpy(out, s->code, 16);
            return true;
        }
    }
    if (open) {
        memcpy(out, open->code, 16);
        return true;
    }
    if (e->n_spells == 0) {
        return false;
    }
    if (d == TRUCE_NODAY) {
        /* a story of no date is most likely today's news: the spell that
         * runs on, else the latest to end ("the Taliban" in power now, not
         * an elite) */
        const dated_code *last = &e->spells[0];
        for (uint32_t i = 1; i < e->n_spells; i++) {
            const dated_code *s = &e->spells[i];
            if (last->to != TRUCE_NODAY && (s->to == TRUCE_NODAY || s->to > last->to)) {
                last = s;
            }
        }
        memcpy(out, last->code, 16);
        return true;
    }
    /* outside every spell: an elite of the country of the latest spell
     * before d, or of the first spell */
    const dated_code *best = &e->spells[0];
    if (d != TRUCE_NODAY) {
        /* if every spell starts after d, the person was not yet in office:
         * still the country's elite */
        for (uint32_t i = 0; i < e->n_spells; i++) {
            if (e->spells[i].to != TRUCE_NODAY && e->spells[i].to < d) {
                best = &e->spells[i];
            }
        }
    }
    snprintf(out, 16, "%.3sELI", best->code);
    return true;
}

bool actor_is_country(const char *code)
{
    if (strlen(code) < 3) {
        return false;
    }
    static const char *const nonstate[] = {"IGO", "NGO", "IMG", "MNC", "UNO", "EUR",
        "ISM", "REB", "INS", "PKO", "AFR", "ASA", "WST", "SAS", "SEA", "MEA", "EAF",
        "WAF", "NAF", "CAS", "CAU", "LAM", "BLK", "BAL", "SCN", "CRB", "EEU", "MDT",
        /* not "CAF" and "NAM": the Central African Republic and Namibia
         * (CAMEO's Central Africa is "CFR", North America "NMR") */
        "PGS", "NMR", "SAF", "CFR", "SAM", "CHR", "MOS", "JEW", "BUD", "HIN",
        "ITH", "ATH", "CVL", "GOV", "MIL", "COP", "OPP", "---",
        /* sectors alone: a commentator of no country is "EDU" */
        "EDU", "BUS", "MED", "HLH", "HRI", "LAB", "LEG", "JUD", "REF", "REL", "ELI", "SPY",
        "AGR", "CRM", "ENV", "SET", "UAF", "RAD", NULL};
    for (const char *const *p = nonstate; *p; p++) {
        if (memcmp(code, *p, 3) == 0) {
            return false;
        }
    }
    return true;
}

static mention *m_push(truce_coder *c, mvec *mv)
{
    return mv_insert(c, mv, mv->n);
}

static void set_country(mention *m)
{
    memset(m->country, 0, sizeof m->country);
}

/* Resolve a title without a country ("the top diplomat") or a pronoun. */
static void coref(truce_coder *c, mention *m, const char *sector)
{
    const char *pick = NULL;
    if (m->pronoun) {
        pick = c->last_speaker[0] ? c->last_speaker : (c->last_person[0] ? c->last_person : NULL);
    } else if (sector) {
        if (c->last_speaker[0] && strcmp(c->last_speaker + 3, sector) == 0) {
            pick = c->last_speaker;
        } else if (c->last_person[0] && strncmp(c->last_person + 3, sector, 3) == 0) {
            pick = c->last_person;
        }
    }
    if (pick && !people_foreign_body(c, m, pick)) {
        memcpy(m->code, pick, 16);
        m->corefd = true;
    }
}


/* A country or capital named at token j ("the" allowed before it): its
 * code into country, and the token after it; 0 if there is none. */
static size_t country_at(const truce_coder *c, size_t j, size_t e, char country[4])
{
    while (j < e && (tok_is(c, j, c->k->w.the) || c->t[j].kind == TOK_NUM ||
                     (tok_has(c, j, WC_MODIFIER) && !(c->t[j].flags & TF_CAP)))) {
        j++;   /* "from two American aid groups", "of the several" */
    }
    unit u;
    if (j >= e || !mentions_unit(c, j, e, &u)) {
        return 0;
    }
    const actor_entry *ce = mentions_unit_kind(&u, AK_COUNTRY);
    if (!ce) {
        ce = mentions_unit_kind(&u, AK_CAPITAL);
    }
    if (!ce) {
        ce = mentions_unit_kind(&u, AK_ADJ);   /* "doctors from two American aid groups" */
    }
    if (!ce) {
        return 0;
    }
    memcpy(country, ce->code, 3);
    country[3] = 0;
    return u.end;
}


/* Find actor mentions in sentence tokens [b, e). */
/* A user dictionary's actor with the agents around it, composed as
 * PETRARCH and TABARI do: "Arnor cleric" ARN+REL, "MSF Arnor" NGO+ARN
 * (a prefix agent "[NGO~]"), "An MSF Arnor diplomat" NGOARNGOV, "Gondor's
 * main opposition group" GONMOP, "the government of Gondor" GONGOV. Only
 * for entries of user dictionaries; truce's own actors go through
 * find_mentions' grammar. False if there is no such actor at j. */
static bool dict_compose(const truce_coder *c, size_t j, size_t e, truce_day day, bool former, char out[64],
                         uint32_t *endp, bool *plural, bool *person, uint8_t actor_at[2])
{
    const kb *k = c->k;
    char pre[16] = "", suf[16] = "", base[64] = "";
    bool named = false, of = false;
    size_t q = j, end = j;
    *plural = *person = false;
    for (int guard = 0; guard < 8 && q < e; guard++) {
        unit u;
        if (c->opt.tabari && named && !of && !former && q + 1 < e && tok_is_word(c, q, "former") &&
            mentions_unit(c, q + 1, e, &u) && mentions_unit_kind(&u, AK_AGENT)) {
            former = true;   /* "Arnor former security officials" */
            q++;
            continue;
        }
        if (!mentions_unit(c, q, e, &u)) {
            if (!named && (pre[0] || suf[0]) && !of &&
                (tok_is(c, q, k->w.of) || tok_is(c, q, k->w.in) || tok_is(c, q, k->w.from))) {
                of = true;   /* "the government of Gondor", "Soldiers from Gondor" */
                q++;
                if (q < e && tok_is(c, q, k->w.the)) {
                    q++;
                }
                continue;
            }
            break;
        }
        const actor_entry *n = mentions_unit_kind(&u, AK_NAMED), *a = mentions_unit_kind(&u, AK_AGENT);
        if (n && n->first_match && named && !of && end == q && (pre[0] || suf[0])) {
            /* "Bree Prime Minister Romendacil": the title's holder named
             * after it belongs to the same actor */
            q = u.end;
            end = q;
            continue;
        }
        if (n && n->first_match && !named) {
            char one[16];
            if (resolve_named(n, day, one)) {
                snprintf(base, sizeof base, "%s", one);
            }
            named = true;
            *person = n->person;
            q = u.end;
            end = q;
            if (of) {
                /* "Lawmakers in Fornost and Gondor": the role of each */
                while (q + 1 < e && base[0]) {
                    size_t r = q;
                    while (r < q + 2 && r < e && (tok_punct(c, r, ',') || tok_is(c, r, k->w.and_))) {
                        r++;
                    }
                    unit u2;
                    const actor_entry *n2;
                    if (r == q || !mentions_unit(c, r, e, &u2) || !(n2 = mentions_unit_kind(&u2, AK_NAMED)) ||
                        !n2->first_match || !resolve_named(n2, day, one) ||
                        strlen(base) + strlen(one) + 2 > sizeof base) {
                        break;
                    }
                    size_t bl = strlen(base);
                    snprintf(base + bl, sizeof base - bl, "/%s", one);
                    q = u2.end;
                    end = q;
                }
                break;
            }
            if (q < e && tok_is(c, q, k->w.s)) {
                q++;   /* "Gondor's government" */
            }
            continue;
        }
        if (a && a->first_match && !of) {
            char *dst = a->prefix ? pre : suf;
            size_t dl = strlen(dst);
            snprintf(dst + dl, 16 - dl, "%s", a->code);
            *plural = a->plural;
            q = u.end;
            end = named ? q : end;
            continue;
        }
        break;
    }
    if (!named || !base[0]) {
        return false;
    }
    /* an agent code the actor's code already has is not added again
     * ("the USA government": USAGOV, not USAGOVGOV) */
    const char *tail = strlen(base) > 3 ? base + 3 : base;
    for (int side = 0; side < 2; side++) {
        char *x = side ? suf : pre;
        if (x[0] && strstr(tail, x)) {
            x[0] = 0;
        }
    }
    if (former && c->opt.tabari) {
        /* TABARI: a former office holder is an elite of the actor ("former
         * Gondor prosecutors" GONELI; "former officials in the White
         * House" USAGOVELI) */
        snprintf(suf, sizeof suf, "ELI");
    }
    /* each member of a compound code "A/B" takes the agents; TABARI gives
     * them to the first of a list after "of" only ("The ambassadors of
     * Arnor, Osgiliath and Gondor": ARNGOV, OSG, GON) */
    size_t on = 0;
    out[0] = 0;
    actor_at[0] = (uint8_t)strlen(pre);
    actor_at[1] = (uint8_t)(strchr(base, '/') ? (size_t)(strchr(base, '/') - base) : strlen(base));
    for (const char *part = base, *slash; part; part = slash ? slash + 1 : NULL) {
        slash = strchr(part, '/');
        int pl = slash ? (int)(slash - part) : (int)strlen(part);
        bool bare = on && of && c->opt.tabari;
        int w = snprintf(out + on, 64 - on, "%s%s%.*s%s", on ? "/" : "", bare ? "" : pre, pl, part,
                         bare ? "" : suf);
        if (w < 0 || on + (size_t)w >= 64 || pl + strlen(pre) + strlen(suf) >= 16) {
            snprintf(out, 64, "%s", base);
            actor_at[0] = 0;
            break;
        }
        on += (size_t)w;
    }
    *endp = (uint32_t)end;
    return true;
}

/* A pronoun at token i (he, she, they, we, I; with TABARI also him, her,
 * them): a mention, resolved to the story's last speaker or person, or
 * (TABARI) to an actor named before it. 1 if there is one, 0 if not, -1
 * if memory ran out. */
static int mention_pronoun(truce_coder *c, mvec *mv, size_t b, size_t i)
{
    /* TABARI also reads object pronouns as actors ("asked him") */
    bool object_pronoun = c->opt.tabari && (tok_is_word(c, i, "him") || tok_is_word(c, i, "her") ||
                                            tok_is_word(c, i, "them"));
    /* truce: "banned him from politics", "told her that": a person (and
     * "her" before no noun: not "her home"), resolved in people.c */
    object_pronoun |= !c->opt.literal &&
                      (tok_is_word(c, i, "him") ||
                       (tok_is_word(c, i, "her") &&
                        (i + 1 >= c->nt || c->t[i + 1].kind == TOK_PUNCT || is_prep(c, c->t[i + 1].id) ||
                         tok_has(c, i + 1, WC_DETERMINER | WC_CLAUSE_END | WC_BOUNDARY))));
    if (!(tok_has(c, i, WC_PRONOUN) || tok_has(c, i, WC_SPEAKER_PRONOUN) || object_pronoun)) {
        return 0;
    }
    mention *m = m_push(c, mv);
    if (!m) {
        return -1;
    }
    m->tok_start = (uint32_t)i;
    m->tok_end = (uint32_t)i + 1;
    m->pronoun = true;
    m->person = true;
    /* "we", "I" and, in reported speech, "they" stand for the
     * speaker; resolved when the speaker is known */
    m->first_person = tok_has(c, i, WC_SPEAKER_PRONOUN);
    m->plural = tok_has(c, i, WC_PLURAL_PRONOUN) || tok_is_word(c, i, "them");
    m->kind = AK_PRONOUN;
    m->prev_id = i > b ? c->t[i - 1].id : 0;
    if (!c->opt.literal && m->first_person && (tok_is_word(c, i, "they") || tok_is_word(c, i, "it")) && i > b + 3 &&
        tok_is(c, i - 1, c->k->w.that)) {
        /* "the Taliban's announcement that they will ...": the owner of
         * the noun the clause tells, not the speaker */
        size_t q = i - 2;
        while (q > b + 1 && q + 4 > i && c->t[q].kind == TOK_WORD && !(c->t[q].flags & TF_CAP) &&
               !tok_is(c, q, c->k->w.s)) {
            q--;
        }
        const mention *own = tok_is(c, q, c->k->w.s) && q < i - 2 ? mv_ending_at(mv, q - 1) : NULL;
        if (own && own->code[0] && !own->pronoun) {
            memcpy(m->code, own->code, sizeof m->code);
            memcpy(m->country, own->country, sizeof m->country);
            m->first_person = false;
            m->corefd = true;
        }
    }
    if (c->opt.tabari) {
        /* TABARI: third-person pronouns stand for an actor named
         * before them (see tabari_pronouns); I and we still for
         * the speaker */
        m->first_person = m->first_person && !tok_is_word(c, i, "it") && !tok_is_word(c, i, "they");
    } else if (!m->first_person) {
        coref(c, m, NULL);
    }
    for (size_t q = 0; c->opt.tabari && !m->code[0] && !m->first_person && q + 1 < mv->n; q++) {
        /* TABARI: a pronoun with nothing before it in the story
         * stands for the sentence's first actor ("Gondor's Prime
         * Minister Falastur said he regretted") */
        if (mv->v[q].code[0] && !mv->v[q].pronoun) {
            memcpy(m->code, mv->v[q].code, sizeof m->code);
        }
        if (m->code[0]) {
            break;
        }
    }
    return 1;
}

/* A user dictionary's actor at token j (mention from start), composed with
 * its agents (dict_compose): one mention per member of a compound code
 * "[FRO/BIL/SAM]", one group. 1 if there is one (*next: where the next
 * mention may start), 0 if not, -1 if memory ran out. */
static int mention_dict(truce_coder *c, mvec *mv, size_t b, size_t start, size_t j, size_t e, truce_day day,
                        bool former, size_t *next)
{
    char dcode[64];
    uint32_t dend;
    bool dpl, dper;
    uint8_t actor_at[2];
    if (!dict_compose(c, j, e, day, former, dcode, &dend, &dpl, &dper, actor_at)) {
        return 0;
    }
    if (c->opt.flag_codes && !strcmp(dcode, "###")) {
        /* TABARI: an actor coded ### on this date discards the
         * story */
        c->flag = TRUCE_FLAG_DISCARD;
        c->stop = true;
        coder_trace(c, "  story flagged ### by an actor");
    } else if (!strcmp(dcode, "+++")) {
        /* TABARI: an actor coded +++ makes its sentence
         * complex (not coded); without flag codes it is no
         * actor */
        if (c->opt.flag_codes) {
            c->flag = TRUCE_FLAG_COMPLEX;
            c->stop = true;
            coder_trace(c, "  story flagged +++ by an actor");
        }
        dcode[0] = 0;
    }
    /* "[FRO/BIL/SAM]": one mention per member, one group */
    for (char *part = dcode, *slash; part; part = slash ? slash + 1 : NULL) {
        slash = strchr(part, '/');
        if (slash) {
            *slash = 0;
        }
        mention *m = m_push(c, mv);
        if (!m) {
            return -1;
        }
        m->member = part != dcode;
        m->tok_start = (uint32_t)start;
        m->tok_end = dend;
        m->kind = AK_NAMED;
        m->plural = dpl || slash || part != dcode;
        m->person = dper;
        m->prev_id = start > b ? c->t[start - 1].id : 0;
        size_t pl = strnlen(part, sizeof m->code - 1);   /* codes are short: cut, as before */
        memcpy(m->code, part, pl);
        m->code[pl] = 0;
        if (part == dcode && (size_t)actor_at[0] + actor_at[1] <= strlen(m->code)) {
            m->actor_off = actor_at[0];
            m->actor_len = actor_at[1];
        }
        set_country(m);
        if (actor_is_country(m->code)) {
            memcpy(m->country, m->code, 3);
        }
        if (m->person && !m->plural) {
            memcpy(c->last_person, m->code, 16);
        }
    }
    *next = dend > start ? dend : start + 1;
    return 1;
}

/* A noun phrase of truce's own knowledge, as it is composed word by word:
 * a country (or its adjective, capital, people), a named actor, role
 * nouns; where it ends. */
typedef struct {
    char country[4], sector[8];
    const actor_entry *named, *agent;
    uint8_t kind;                  /* AK_* of its head */
    bool plural, person, any;
    uint32_t end;                  /* one past its last token */
    size_t j;                      /* where composing stopped */
} phrase;

/* Compose the phrase that starts at token j inside [j, e). */
/* "an adviser to the Turkish president": after an aide's title at j - 1,
 * "to" a state's government role; that state into country and the token
 * after the role, else 0 (not "an envoy to Russia": another country's). */
static size_t aide_to(const truce_coder *c, size_t j, size_t e, char country[4])
{
    unit ua;
    char lc[4];
    size_t ce_end;
    const actor_entry *x;
    if (j == 0 || !tok_is(c, j, c->k->w.to) ||
        !(tok_is_word(c, j - 1, "adviser") || tok_is_word(c, j - 1, "advisor") || tok_is_word(c, j - 1, "aide")) ||
        (ce_end = country_at(c, j + 1, e, lc)) == 0 || !mentions_unit(c, ce_end, e, &ua) ||
        (x = mentions_unit_kind(&ua, AK_AGENT)) == NULL || strcmp(x->code, "GOV") != 0) {
        return 0;
    }
    memcpy(country, lc, sizeof lc);
    return ua.end;
}

/* "of Armenia" at j after a title: the country into country and the
 * token after it, else 0; not "a leader of Britain's opposition party":
 * the possessor of the next noun, whose title it is not (test_roles.c,
 * "title of a possessor"). */
static size_t title_of(const truce_coder *c, size_t j, size_t e, char country[4])
{
    char cc[4];
    size_t ce_end;
    if (!tok_is(c, j, c->k->w.of) || (ce_end = country_at(c, j + 1, e, cc)) == 0 ||
        (ce_end < e && tok_is(c, ce_end, c->k->w.s))) {
        return 0;
    }
    memcpy(country, cc, sizeof cc);
    return ce_end;
}

static void compose_phrase(const truce_coder *c, size_t j, size_t e, phrase *ph)
{
    const kb *k = c->k;
    char country[4] = {0}, sector[8] = {0};
    const actor_entry *named = NULL, *agent = NULL;
    uint8_t kind = 0;
    bool plural = false, person = false, any = false;
    uint32_t end = (uint32_t)j;
    size_t guard = 0;
    while (j < e && guard++ < 8) {
        unit u;
        if (!country[0] && !named && !agent && names_hyphen_actor(c, j, e, country, &kind, &plural, &named)) {
            /* "Vietnamese-led forces", "Azerbaijani-Armenian talks", "ISIS-led attacks" */
            any = true;
            j++;
            end = (uint32_t)j;
            continue;
        }
        if (!mentions_unit(c, j, e, &u)) {
            /* "of Armenia" after a title */
            size_t ce_end;
            if (sector[0] && !country[0] && (ce_end = title_of(c, j, e, country)) != 0) {
                j = ce_end;
                end = (uint32_t)j;
                continue;
            }
            /* "an adviser to the Turkish president": an aide to a state's
             * leader or government is of that state (not "an envoy to
             * Russia": another country's) */
            if (!strcmp(sector, "GOV") && !country[0] && !named && (ce_end = aide_to(c, j, e, country)) != 0) {
                j = ce_end;
                end = (uint32_t)j;
                continue;
            }
            /* "a spokesman for the Taliban", "leader of Hamas": the
             * group speaks through its people */
            if (sector[0] && !country[0] && !named &&
                (tok_is(c, j, k->w.of) || tok_is(c, j, k->w.for_))) {
                size_t jj = j + 1;
                if (tok_is(c, jj, k->w.the)) {
                    jj++;
                }
                unit u2;
                const actor_entry *ne;
                if (jj < e && mentions_unit(c, jj, e, &u2) && (ne = mentions_unit_kind(&u2, AK_NAMED)) != NULL &&
                    !ne->person) {
                    named = ne;
                    kind = AK_NAMED;
                    person = false;
                    j = u2.end;
                    end = (uint32_t)j;
                    continue;
                }
            }
            /* "Armenia's" */
            if (country[0] && !sector[0] && !named && tok_is(c, j, k->w.s)) {
                j++;
                while (j < e && tok_has(c, j, WC_MODIFIER)) {
                    j++;
                }
                continue;
            }
            if (tok_has(c, j, WC_MODIFIER) && any && !named) {
                j++;
                continue;
            }
            /* "Montenegro Municipality Association", "Nigerian Football
             * Federation": an organisation of that country */
            size_t oh2, oe2;
            if (country[0] && !agent && !named && !sector[0] && (oe2 = names_org(c, j, e, &oh2)) != 0) {
                snprintf(sector, sizeof sector, "%s",
                         names_org_code(oh2));
                kind = kind ? kind : AK_AGENT;
                j = oe2;
                end = (uint32_t)j;
                break;
            }
            /* "German State Prosecutors", "Syrian Arab Army": up to two
             * capitalised words between a country and its role */
            if (country[0] && !agent && !named && (c->t[j].flags & TF_CAP) && c->t[j].kind == TOK_WORD) {
                /* the nearest role: "Chinese Commerce Minister Wang" */
                size_t jj = j, to = 0;
                while (!to && jj < e && jj < j + 2 && (c->t[jj].flags & TF_CAP) && c->t[jj].kind == TOK_WORD) {
                    jj++;
                    unit u3;
                    if (jj < e && mentions_unit(c, jj, e, &u3) && mentions_unit_kind(&u3, AK_AGENT) &&
                        !mentions_unit_kind(&u3, AK_NAMED)) {
                        to = jj;
                    }
                }
                if (to) {
                    j = to;
                    continue;
                }
            }
            /* "a Turkish foreign policy adviser", "a Kenyan security
             * official": up to three lower-case nouns between a country
             * and its role (test_match.c, "people") */
            size_t to;
            if (country[0] && !agent && !named && !sector[0] && !c->opt.literal && (to = names_role_past_nouns(c, j, e))) {
                j = to;
                continue;
            }
            break;
        }
        const actor_entry *x;
        if (country[0] && !agent && !named && kind == AK_ADJ && j == end && !c->opt.literal &&
            strcmp(country, "USA") != 0 && names_descent_american(c, j, e) == 1) {
            memcpy(country, "USA", 4);   /* "an Iranian American journalist": American */
            j = u.end;
            end = (uint32_t)j;
            continue;
        }
        if (country[0] && !agent && !named && (kind == AK_ADJ || kind == AK_COUNTRY) &&
            j == end && tok_has(c, j, WC_ETHNIC) &&
            ((x = mentions_unit_kind(&u, AK_PEOPLE)) || (x = mentions_unit_kind(&u, AK_ADJ))) &&
            strncmp(x->code, country, 3) != 0) {
            /* "Bosnian Serbs", "Kosovo Albanians": a minority is
             * its country's people; "Bosnian Serb leaders" likewise */
            unit u4;
            bool role_next = u.end < e && mentions_unit(c, u.end, e, &u4) && mentions_unit_kind(&u4, AK_AGENT);
            if (x->kind == AK_PEOPLE && x->plural) {
                kind = AK_PEOPLE;
                plural = true;
                any = true;
                j = u.end;
                end = (uint32_t)j;
                continue;
            }
            if (role_next) {
                any = true;
                j = u.end;
                end = (uint32_t)j;
                continue;
            }
        }
        size_t oe3 = country[0] && kind == AK_ADJ && !named && !agent && !sector[0] && !c->opt.literal
                         ? names_adjective_org(c, j, e, &u, country, sector) : 0;
        if (oe3) {   /* "the Sudanese Congress Party": Sudan's, not India's of the name */
            kind = AK_AGENT, end = (uint32_t)(j = oe3);
            break;
        }
        if ((x = mentions_unit_kind(&u, AK_NAMED)) && !named) {
            named = x;
            person = x->person;
            kind = AK_NAMED;
        } else if ((x = mentions_unit_kind(&u, AK_AGENT)) && named && !named->person && !agent) {
            /* "Houthi rebels", "Hamas militants": the group's own code */
            agent = x;
        } else if ((x = mentions_unit_kind(&u, AK_AGENT)) && agent && !named && j == end) {
            /* "government warplanes", "army officers": the last role
             * noun is the head of the phrase; but a group's leader or
             * official ("rebel leader") keeps the group's role */
            bool keep = strcmp(x->code, "GOV") == 0 && strcmp(sector, "GOV") != 0;
            /* ... and a non-state group's commander is the group's
             * ("militant commander", "rebel soldiers") */
            keep |= strcmp(x->code, "MIL") == 0 && (!strcmp(sector, "REB") || !strcmp(sector, "INS") ||
                                                     !strcmp(sector, "UAF") || !strcmp(sector, "SEP") ||
                                                     !strcmp(sector, "CRM"));
            agent = x;
            if (!keep) {
                memcpy(sector, x->code, sizeof sector - 1);
            }
            plural = x->plural;
            person = x->person;
        } else if ((x = mentions_unit_kind(&u, AK_AGENT)) && !agent && !named) {
            agent = x;
            memcpy(sector, x->code, sizeof sector - 1);
            plural = x->plural;
            person = x->person;
            if (!kind || kind == AK_ADJ || kind == AK_COUNTRY) {
                kind = kind ? kind : AK_AGENT;
            }
        } else if (!country[0] && !agent && !named &&
                   ((x = mentions_unit_kind(&u, AK_ADJ)) || (x = mentions_unit_kind(&u, AK_COUNTRY)) ||
                    (x = mentions_unit_kind(&u, AK_CAPITAL)) || (x = mentions_unit_kind(&u, AK_PEOPLE)))) {
            memcpy(country, x->code, 3);
            kind = x->kind;
            plural = x->plural;
            /* "Armenian and Azerbaijani leaders": the adjective
             * alone ends this mention; grouping joins them */
        } else {
            break;
        }
        any = true;
        j = u.end;
        end = (uint32_t)j;
    }
    memcpy(ph->country, country, sizeof ph->country);
    memcpy(ph->sector, sector, sizeof ph->sector);
    ph->named = named;
    ph->agent = agent;
    ph->kind = kind;
    ph->plural = plural;
    ph->person = person;
    ph->any = any;
    ph->end = end;
    ph->j = j;
}

/* "Iran's U.N. ambassador attended, but his U.N. mission criticized it":
 * after "his", "her", "its" or "their", a body's mission or envoy is of
 * the country of the last actor named before it in the sentence (tokens
 * from b); its country into country (unchanged if none). */
static void possessor_country(const truce_coder *c, const mvec *mv, size_t b, size_t start, char country[4])
{
    const kb *k = c->k;
    if (start <= b || !(tok_is(c, start - 1, k->w.his) || tok_is(c, start - 1, k->w.her) ||
                        tok_is(c, start - 1, k->w.its) || tok_is(c, start - 1, k->w.their))) {
        return;
    }
    for (size_t x = mv->n; x-- > 0;) {
        const mention *a = &mv->v[x];
        if (a->tok_start < b || a->tok_end > start) {
            continue;
        }
        if (!a->pronoun && !a->commentator && a->code[0] && actor_is_country(a->code)) {
            memcpy(country, a->code, 3);
            country[3] = 0;
            return;
        }
    }
}

/* The mention of a phrase composed from token start (compose_phrase), or
 * of an organisation known only by the shape of its name; its code
 * resolved on day `day`. 1 if there is one, 0 if not (*next: where the
 * next mention may start, either way), -1 if memory ran out. */
static int mention_phrase(truce_coder *c, mvec *mv, size_t b, size_t e, size_t start, truce_day day,
                          bool former, const phrase *ph, size_t *next)
{
    const kb *k = c->k;
    char country[4], sector[8];
    memcpy(country, ph->country, sizeof country);
    memcpy(sector, ph->sector, sizeof sector);
    const actor_entry *named = ph->named;
    uint8_t kind = ph->kind;
    bool plural = ph->plural, person = ph->person, any = ph->any;
    uint32_t end = ph->end;
    size_t j = ph->j;
    size_t oh, oe;
    if (!any && (oe = names_org(c, j, e, &oh)) != 0) {
        /* an organisation we do not know by name: its kind of body */
        mention *m = m_push(c, mv);
        if (!m) {
            return -1;
        }
        m->tok_start = (uint32_t)start;
        m->tok_end = (uint32_t)oe;
        m->kind = AK_AGENT;
        m->prev_id = start > b ? c->t[start - 1].id : 0;
        if (names_org_is_code(oh)) {
            snprintf(m->code, sizeof m->code, "%s", names_org_code(oh));
        } else {
            snprintf(m->sector, sizeof m->sector, "%s", names_org_code(oh));
            m->needs_coref = true;
        }
        set_country(m);
        *next = oe;
        return 1;
    }
    if (!any) {
        *next = start + 1;
        return 0;
    }
    /* "ethnic Albanians demonstrated in Serbia", "ethnic Turks in
     * Sweden": a minority is of the country it lives in, which the place
     * or the story gives, not of its kin state (test_match.c) */
    if (!c->opt.literal && !named && country[0] && (kind == AK_PEOPLE || kind == AK_ADJ) &&
        ((start > b && tok_is_word(c, start - 1, "ethnic")) || tok_is_word(c, start, "ethnic"))) {
        country[0] = 0;
        if (!sector[0]) {
            memcpy(sector, "CVL", 4);
        }
        kind = AK_AGENT;
    }
    /* "Kurdish forces", "Baloch soldiers": the armed men of a people with
     * no state are an armed group, not the military of the country the
     * place or the story gives (test_roles.c, "stateless") */
    if (!c->opt.literal && !named && !country[0] && !strcmp(sector, "MIL") && start > b &&
        tok_has(c, start - 1, WC_STATELESS)) {
        memcpy(sector, "REB", 4);
    }
    /* "rebels in the Ivory Coast", "students throughout Indonesia",
     * "protesters from Belarus": a role takes the country it is in */
    bool placed = false;
    static const char *const based[] = {"based", "stationed", "operating", "hiding", "sheltering", NULL};
    size_t pe = end + 1 < e && tok_is_one_of(c, end, based) ? end + 1 : end;   /* "militants based in X" */
    if (sector[0] && !country[0] && !named && pe < e && tok_has(c, pe, WC_ROLE_PREP)) {
        size_t ce_end = country_at(c, pe + 1, e, country);
        if (ce_end) {
            end = (uint32_t)ce_end;
            placed = true;
        }
    }
    /* "Albanians in southern Serbia", "the Serbs of Croatia": a people
     * living as a minority elsewhere are that country's people */
    if (!placed && kind == AK_PEOPLE && country[0] && !sector[0] && !named && end > start &&
        end < e && tok_has(c, end - 1, WC_ETHNIC) && (tok_is(c, end, k->w.in) || tok_is(c, end, k->w.of))) {
        char cc[4];
        size_t ce_end = country_at(c, end + 1, e, cc);
        if (ce_end && strncmp(cc, country, 3) != 0) {
            memcpy(country, cc, sizeof cc);
            end = (uint32_t)ce_end;
            placed = true;
        }
    }
    mention *m = m_push(c, mv);
    if (!m) {
        return -1;
    }
    m->placed = placed;
    /* "analysts", "a professor": commentators (data/agents.tsv) */
    m->commentator = ph->agent && ph->agent->commentator && !named;
    m->tok_start = (uint32_t)start;
    /* do not include leading "the" etc. in evidence if nothing matched it */
    m->tok_end = end;
    m->kind = kind;
    m->plural = plural;
    m->person = person;
    m->prev_id = start > b ? c->t[start - 1].id : 0;
    if (named) {
        if (!resolve_named(named, day, m->code)) {
            m->code[0] = 0;
        }
        m->named = person ? named : NULL;
        /* "Soldiers of Gondor", "Afghan soldiers" with a dictionary that
         * codes the country as a named actor: the country plus the role */
        if (sector[0] && strlen(m->code) == 3 && actor_is_country(m->code)) {
            snprintf(m->code + 3, sizeof m->code - 3, "%s", sector);
        }
        /* the text's own title outranks the dates we know: "Iraqi
         * President Saddam Hussein" is IRQGOV whatever the date */
        if (m->code[0] && sector[0] && strcmp(m->code + 3, "ELI") == 0 && !former) {
            memcpy(m->code + 3, sector, strlen(sector) + 1);
            if (country[0]) {
                memcpy(m->code, country, 3);
            }
        }
        /* "Britain's U.N. ambassador", "the Iranian U.N. mission": a
         * country's envoy to a body is the country's (test_match.c) */
        if (m->code[0] && country[0] && !strncmp(m->code, "IGO", 3) && ph->agent &&
            !strcmp(ph->agent->code, "GOV")) {
            snprintf(m->code, sizeof m->code, "%sGOV", country);
        }
        if (m->code[0] && !country[0] && !strncmp(m->code, "IGO", 3) && end < e &&
            (ph->agent ? !strcmp(ph->agent->code, "GOV")
                       : tok_is_word(c, end, "mission") || tok_is_word(c, end, "delegation"))) {
            possessor_country(c, mv, b, start, country);   /* "his U.N. mission" */
        }
        if (m->code[0] && country[0] && !strncmp(m->code, "IGO", 3) && ph->agent &&
            !strcmp(ph->agent->code, "GOV")) {
            snprintf(m->code, sizeof m->code, "%sGOV", country);
        }
        if (m->code[0] && country[0] && !strncmp(m->code, "IGO", 3) && !ph->agent && end < e &&
            (tok_is_word(c, end, "mission") || tok_is_word(c, end, "delegation"))) {
            snprintf(m->code, sizeof m->code, "%sGOV", country);   /* "Iran's U.N. mission" */
            end++;
            m->tok_end = end;
        }
        if (former && m->code[0]) {
            memcpy(m->code + 3, "ELI", 4);
        }
    } else if (country[0] && sector[0]) {
        /* "Pakistan's representative to the United Nations" is no
         * legislator: a country's envoy to a body is its government's */
        size_t to = end + (end < e && tok_is(c, end, k->w.to) ? 1 : 0);
        to += to > end && to < e && tok_is(c, to, k->w.the) ? 1 : 0;
        unit ub;
        const actor_entry *body;
        char bc[16];
        if (!strcmp(sector, "LEG") && to > end && to < e && mentions_unit(c, to, e, &ub) &&
            (body = mentions_unit_kind(&ub, AK_NAMED)) != NULL && resolve_named(body, day, bc) &&
            !strncmp(bc, "IGO", 3)) {
            memcpy(sector, "GOV", 4);
        }
        snprintf(m->code, sizeof m->code, "%s%s", country, former ? "ELI" : sector);
    } else if (country[0]) {
        if (kind == AK_CAPITAL) {
            snprintf(m->code, sizeof m->code, "%sGOV", country);
        } else {
            snprintf(m->code, sizeof m->code, "%s", country);
        }
    } else if (sector[0] && mentions_appointed(c, mv, b, start, day, m->code)) {
        /* "the UN-appointed envoy" */
    } else if (sector[0] && !c->opt.literal && !plural && mv->n >= 2 && mv->v[mv->n - 2].tok_end == start &&
               mv->v[mv->n - 2].person && strlen(mv->v[mv->n - 2].code) == 6 &&
               !strcmp(mv->v[mv->n - 2].code + 3, "GOV") && actor_is_country(mv->v[mv->n - 2].code)) {
        /* "the Biden administration": the body of the person named right
         * before it, not the last government the story spoke of
         * (test_roles.c, "person's body") */
        snprintf(m->code, sizeof m->code, "%.3s%s", mv->v[mv->n - 2].code, sector);
    } else if (sector[0]) {
        m->code[0] = 0;
        m->needs_coref = true;
        memcpy(m->sector, sector, sizeof m->sector);
        /* "the minister" is the minister we were told about; plural
         * "officials" may be anyone's: the event's place decides */
        /* ... but "a spokesperson", "as prime minister" name no one met
         * before (test_match.c, "people") */
        bool indefinite = tok_is(c, start, k->w.a) || tok_is(c, start, k->w.an) ||
                          (start > b && (tok_is(c, start - 1, k->w.as) || tok_is(c, start - 1, k->w.a) ||
                                         tok_is(c, start - 1, k->w.an)));
        if (person && !plural && (!indefinite || c->opt.literal)) {
            coref(c, m, sector);
        }
    }
    set_country(m);
    if (m->code[0] && actor_is_country(m->code)) {
        memcpy(m->country, m->code, 3);
    }
    if (m->code[0] && m->person && !m->plural) {
        memcpy(c->last_person, m->code, 16);
    }
    *next = end > start ? end : start + 1;
    return 1;
}

/* "United Nations-appointed special rapporteur Jane Roe", "the UN-appointed
 * envoy": a body's appointee within four words before token at is the
 * body's (an international body's only: "Russian-installed officials" are
 * not Russia's state). Its code into code. */
bool mentions_appointed(const truce_coder *c, const mvec *mv, size_t b, size_t at, truce_day day, char code[16])
{
    static const char *const how[] = {"appointed", "mandated", "commissioned", NULL};
    for (size_t q = at; q > b && q + 5 > at; q--) {
        const token *t = &c->t[q - 1];
        if (t->kind != TOK_WORD) {
            return false;
        }
        const uint8_t *p = c->text + t->start;
        size_t n = t->end - t->start, h = n;
        while (h > 0 && p[h - 1] != '-') {
            h--;
        }
        bool ok = false;
        for (const char *const *w = how; h > 0 && *w && !ok; w++) {
            ok = n - h == strlen(*w) && !memcmp(p + h, *w, n - h);
        }
        if (!ok) {
            continue;
        }
        code[0] = 0;
        if (h == 1) {   /* "U.N." "-appointed" */
            const mention *m = mv_ending_at(mv, q - 2);
            if (q - 1 > b && m && m->code[0]) {
                snprintf(code, 16, "%s", m->code);
            }
        } else {
            uint8_t key[64];
            ptrdiff_t kl = text_key(p, (ptrdiff_t)(h - 1), key, sizeof key);
            uint32_t id = kl > 0 ? intern_find(&c->k->words, (str){key, kl}) : 0;
            const trie *tr = &c->k->actors;
            uint32_t node = 0;
            if (id && q - 1 > b && c->t[q - 2].id && (c->t[q - 2].flags & TF_CAP)) {
                uint32_t n0 = trie_child(tr, 0, c->t[q - 2].id);   /* "United" "Nations-appointed" */
                node = n0 ? trie_child(tr, n0, id) : 0;
            }
            if (!node && id) {
                node = trie_child(tr, 0, id);   /* "UN-appointed" */
            }
            for (const actor_entry *x = node ? tr->payload[node] : NULL; x && !code[0]; x = x->next) {
                if (x->kind == AK_NAMED && !x->person && !resolve_named(x, day, code)) {
                    code[0] = 0;
                }
            }
        }
        return !strncmp(code, "IGO", 3);
    }
    return false;
}

bool mentions_find(truce_coder *c, size_t b, size_t e, truce_day day, mvec *mv)
{
    const kb *k = c->k;
    size_t i = b;
    while (i < e) {
        int got = mention_pronoun(c, mv, b, i);
        if (got) {
            if (got < 0) {
                return false;
            }
            i++;
            continue;
        }
        size_t start = i, j = i;
        bool former = false;
        /* "thousands of Iraqi Kurds", "hundreds of protesters" */
        while (j + 1 < e && tok_has(c, j, WC_MODIFIER) && tok_is(c, j + 1, k->w.of) &&
               (tok_is_word(c, j, "thousands") || tok_is_word(c, j, "hundreds") ||
                tok_is_word(c, j, "dozens") || tok_is_word(c, j, "millions") ||
                tok_is_word(c, j, "scores") || tok_is_word(c, j, "tens"))) {
            j += 2;
        }
        unit probe;
        while (j < e && tok_has(c, j, WC_MODIFIER) && !mentions_unit(c, j, e, &probe) &&
               !(c->opt.tabari && j > b && tabari_verb_at(c, j))) {
            /* "the acting minister" skips "the acting"; "New Zealand",
             * "First Lady" are names themselves */
            if (tok_is_word(c, j, "former")) {
                former = true;
            }
            j++;
        }
        if (tok_is_word(c, j, "former")) {
            former = true;
            j++;
        }
        got = mention_dict(c, mv, b, start, j, e, day, former, &i);
        if (got < 0) {
            return false;
        }
        if (got) {
            continue;
        }
        phrase ph;
        compose_phrase(c, j, e, &ph);
        if (mention_phrase(c, mv, b, e, start, day, former, &ph, &i) < 0) {
            return false;
        }
    }
    names_waters(c, mv, e);
    names_backed(c, mv, e);
    names_datelines(c, mv, e);
    people_sentence(c, b, e, day, mv);   /* people named, "he" and "she" */
    uint32_t g = mentions_group_compounds(c, mv);
    if (c->opt.tabari) {
        tabari_pronouns(c, mv);
    }
    if (c->opt.trace) {
        for (size_t x = 0; x < mv->n; x++) {
            const mention *m = &mv->v[x];
            size_t b0 = c->t[m->tok_start].start, b1 = c->t[m->tok_end - 1].end;
            coder_trace(c, "  actor \"%.*s\" -> %s%s", (int)(b1 - b0), (const char *)c->text + b0,
                        m->code[0] ? m->code : (m->first_person ? "(the speaker)" : "(unresolved)"),
                        m->pronoun ? " [pronoun]" : "");
        }
    }
    if (c->opt.tabari) {
        tabari_regroup(c, mv, &g);
    }
    mentions_split_comma_chains(c, mv, g);
    return true;
}
