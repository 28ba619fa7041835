/* owners.c — the armed men a person's name owns ("Saleh's forces", "Sadr's
 * militiamen", "Kagame's troops"): a role of no country after a person's
 * possessive is that person's side, not the person. A state's leader owns
 * his country's forces (YEMMIL, not YEMGOV, whose act the shelling is not);
 * a leader of no state (a rebel or militia chief, a cleric) owns an armed
 * group of his country (IRQREB). Countries' own ("Syria's army") are
 * composed by mentions.c. Called from people.c once a sentence's people are
 * named. Tests: tests/unit/test_roles.c ("owned forces"). */
#include <stdio.h>
#include <string.h>

#include "truce_int.h"
#include "coder.h"

/* Sectors of armed men a leader can own. */
static bool armed_sector(const char *s)
{
    static const char *const armed[] = {"MIL", "COP", "REB", "UAF", "SPY", NULL};
    for (const char *const *w = armed; *w; w++) {
        if (!strncmp(s, *w, 3)) {
            return true;
        }
    }
    return false;
}

/* Sectors of a state's people: their forces are the state's. */
static bool state_sector(const char *s)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", NULL};
    for (const char *const *w = state; *w; w++) {
        if (!strncmp(s, *w, 3)) {
            return true;
        }
    }
    return false;
}

void owners_sentence(truce_coder *c, size_t sb, size_t se, mvec *mv)
{
    if (c->opt.literal || c->opt.tabari) {
        return;
    }
    for (size_t x = 1; x < mv->n; x++) {
        mention *m = &mv->v[x];
        const mention *o = &mv->v[x - 1];
        size_t p = m->tok_start;
        if (m->code[0] || !armed_sector(m->sector) || m->pronoun || p < sb + 2 || p >= se ||
            !tok_is(c, p - 1, c->k->w.s) || o->tok_end != p - 1 || !o->person || o->pronoun ||
            strlen(o->code) < 6 || !actor_is_country(o->code)) {
            continue;
        }
        /* a state's person: the country's forces; else the person's group */
        char code[16];
        snprintf(code, sizeof code, "%.3s%s", o->code, state_sector(o->code + 3) ? m->sector : "REB");
        memcpy(m->code, code, sizeof m->code);
        memcpy(m->country, code, 3);
        m->country[3] = 0;
        m->sector[0] = 0;
        m->needs_coref = false;
        m->tok_start = o->tok_start;   /* one actor: the owner's possessive is part of it */
        memmove(&mv->v[x - 1], &mv->v[x], (mv->n - x) * sizeof mv->v[0]);
        mv->n--;
        x--;
    }
}
