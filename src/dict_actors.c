/* dict_actors.c — user dictionaries of actors, agents, discards and issues.
 *
 * PETRARCH's and TABARI's actor files (names with "+SYNONYM" lines and
 * dated codes "[CODE >YYMMDD]", TABARI's gaps, stems and "=" words, its
 * <NOUN> and <ADJECTIVE> sections), agent files ("PHRASE {PLURALS}
 * [~CODE]", "!SET!" substitutions), discard files and issue files (PETRARCH's
 * Phoenix.IssueCoding.txt) become actor entries in the kb's tries (actors,
 * discards, issues) with where they were written. Lines come from
 * dict_read.c, phrases become word ids through the tokenizer (text.c);
 * what an entry means in a sentence is the coder's business.
 */
#include "kb_build.h"

#include <stdio.h>
#include <strings.h>

/* A TABARI actor name with a space between its words ("ITHILEN
 * TELEVISION", "PRINCE DOL_AMROTH"; '_' joins words that must follow each
 * other) is also entered with the gap word (kb.actor_gap_id) at each space,
 * a copy of e as its entry. False only when out of memory. */
static bool dgap_phrase(dctx *d, str name, const actor_entry *e)
{
    kb *k = d->B->k;
    uint32_t ids[40];
    int n = 0, parts = 0;
    ptrdiff_t b = 0;
    while (b < name.len && n < 32) {
        while (b < name.len && name.p[b] == ' ') {
            b++;
        }
        ptrdiff_t q = b;
        while (q < name.len && name.p[q] != ' ') {
            q++;
        }
        if (q == b) {
            break;
        }
        char buf[256];
        str ph = dict_phrase((str){name.p + b, q - b}, buf, sizeof buf);
        int m = ph.len ? text_phrase_ids(k, ph, ids + n + (parts > 0), 32 - n - 1) : 0;
        if (m <= 0) {
            return true;   /* not a phrase truce reads */
        }
        if (parts++ > 0) {
            if (!k->actor_gap_id) {
                k->actor_gap_id = intern_add(&k->words, (str){(const uint8_t *)"\x01gap", 4});
                if (!k->actor_gap_id) {
                    return false;
                }
            }
            ids[n++] = k->actor_gap_id;
        }
        n += m;
        b = q;
    }
    if (parts < 2) {
        return true;
    }
    uint32_t node = trie_insert(&k->actors, ids, n);
    actor_entry *ge = NEW(&k->a, actor_entry, 1);
    if (!node || !ge) {
        return false;
    }
    *ge = *e;
    ge->next = NULL;
    actor_entry **pp = &k->actors.payload[node];
    while (*pp) {
        pp = &(*pp)->next;
    }
    *pp = ge;
    return true;
}

/* YYMMDD or YYYYMMDD. */
static bool ddate(dctx *d, uint32_t line, const uint8_t *p, size_t n, truce_day *out)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return false;
        }
        v = v * 10 + (p[i] - '0');
    }
    int y, m, dd;
    if (n == 6) {
        y = v / 10000;
        y += y <= 30 ? 2000 : 1900;
        if (!d->warned_yy) {
            d->warned_yy = true;
            dict_report(d, false, line, 1, "two-digit years read as 19YY (31-99) or 20YY (00-30)");
        }
    } else if (n == 8) {
        y = v / 10000;
    } else {
        return false;
    }
    m = (v / 100) % 100;
    dd = v % 100;
    if (!ymd_valid(y, m, dd)) {
        return false;
    }
    *out = day_from_ymd(y, m, dd);
    return true;
}

/* Parse the "[CODE date]" groups of a line into spells. */
static size_t dspells(dctx *d, uint32_t line, str t, dated_code *out, size_t cap)
{
    size_t n = 0;
    for (ptrdiff_t i = 0; i < t.len; i++) {
        if (t.p[i] != '[') {
            continue;
        }
        ptrdiff_t j = i + 1;
        while (j < t.len && t.p[j] != ']') {
            j++;
        }
        if (j >= t.len) {
            dict_report(d, true, line, (uint32_t)i + 1, "expected ']' to close the code, found end of line");
            return n;
        }
        str in = dict_trim((str){t.p + i + 1, j - i - 1});
        ptrdiff_t k = 0;
        while (k < in.len && in.p[k] != ' ') {
            k++;
        }
        str code = {in.p, k};
        str date = dict_trim((str){in.p + k, in.len - k});
        if (str_eq(code, S("---")) && date.len == 0) {
            /* the null code: deliberately no actor. A dated one ("[---
             * <950630] [DOL]") is kept: in its time the phrase is no actor
             * (resolve_named). TABARI's +++ is kept too: with flag_codes
             * the actor marks its sentence complex, else it is no actor */
            i = j;
            continue;
        }
        bool null_code = str_eq(code, S("---"));
        bool discard = str_eq(code, S("###")) || str_eq(code, S("+++"));   /* TABARI: the story's flag */
        /* "[FRO/BIL/SAM]": a compound actor, one code per member */
        bool parts_ok = code.len <= 15 && !str_eq(code, S("---"));
        for (ptrdiff_t a = 0, b = 0; parts_ok && b <= code.len; b++) {
            if (b == code.len || code.p[b] == '/') {
                parts_ok = valid_code((str){code.p + a, b - a});
                a = b + 1;
            }
        }
        if (!parts_ok && !discard && !null_code) {
            dict_report(d, true, line, (uint32_t)i + 2, "expected an actor code in capitals, found \"%.*s\"",
                        (int)(code.len > 20 ? 20 : code.len), (const char *)code.p);
            i = j;
            continue;
        }
        dated_code dc;
        memset(&dc, 0, sizeof dc);
        memcpy(dc.code, code.p, (size_t)code.len);
        dc.from = dc.to = TRUCE_NODAY;
        bool ok = true;
        truce_day a, b;
        if (date.len == 0) {
            /* undated */
        } else if (date.p[0] == '<' || date.p[0] == '>') {
            str dd = dict_trim((str){date.p + 1, date.len - 1});   /* "> 140608" too */
            ok = ddate(d, line, dd.p, (size_t)dd.len, &a);
            if (date.p[0] == '<') {
                dc.to = a - 1;
            } else {
                dc.from = a;
            }
        } else {
            const uint8_t *dash = memchr(date.p, '-', (size_t)date.len);
            str d1 = dash ? dict_trim((str){date.p, dash - date.p}) : date;
            str d2 = dash ? dict_trim((str){dash + 1, date.p + date.len - dash - 1}) : date;
            ok = dash && ddate(d, line, d1.p, (size_t)d1.len, &a) && ddate(d, line, d2.p, (size_t)d2.len, &b);
            if (ok) {
                dc.from = a;
                dc.to = b - 1;
            }
        }
        if (!ok) {
            dict_report(d, true, line, (uint32_t)(date.p - t.p) + 1,
                        "expected a date restriction <DATE, >DATE or DATE-DATE (YYMMDD or YYYYMMDD), found \"%.*s\"",
                        (int)(date.len > 30 ? 30 : date.len), (const char *)date.p);
        } else if (n < cap) {
            out[n++] = dc;
        }
        i = j;
    }
    return n;
}

/* A TABARI actor name's word ids, with TRIE_GAP_ID where a space parts
 * two words: there TABARI lets other words come between ("PRINCE
 * DOL_AMROTH": "Prince of Dol Amroth"); '_' joins adjacent words. The
 * number of ids, or -1 if the name has none or more than cap. */
static int dgapped_ids(kb *k, str name, uint32_t *ids, int cap)
{
    int n = 0;
    ptrdiff_t i = 0;
    while (i < name.len) {
        while (i < name.len && (name.p[i] == ' ' || name.p[i] == '\t')) {
            i++;
        }
        ptrdiff_t b = i;
        while (i < name.len && name.p[i] != ' ' && name.p[i] != '\t') {
            i++;
        }
        if (i == b) {
            break;
        }
        char buf[256];
        str ph = dict_phrase((str){name.p + b, i - b}, buf, sizeof buf);
        if (!ph.len) {
            continue;
        }
        if (n > 0) {
            if (n == cap) {
                return -1;
            }
            ids[n++] = TRIE_GAP_ID;
        }
        int m = text_phrase_ids(k, ph, ids + n, cap - n);
        if (m <= 0) {
            return -1;
        }
        n += m;
    }
    return n ? n : -1;
}

static bool dflush_actor(dctx *d, const uint8_t *data_end, str *names, uint32_t *name_lines, size_t n_names,
                         dated_code *spells,
                         size_t n_spells)
{
    builder *B = d->B;
    kb *k = B->k;
    if (!n_names) {
        return true;
    }
    if (!n_spells) {
        dict_report(d, false, name_lines[0], 1, "actor \"%.*s\" has no code; skipped",
                    (int)(names[0].len > 40 ? 40 : names[0].len), (const char *)names[0].p);
        return true;
    }
    dated_code *sp = NEW(&k->a, dated_code, n_spells);
    if (!sp) {
        return false;
    }
    memcpy(sp, spells, n_spells * sizeof *sp);
    for (size_t i = 0; i < n_names; i++) {
        char buf[256];
        str nm = names[i];
        while (nm.len && nm.p[nm.len - 1] == '=') {
            nm.len--;   /* TABARI's "MOUSE=": the word as it is */
        }
        str ph = dict_phrase(nm, buf, sizeof buf);
        if (!ph.len) {
            continue;
        }
        uint32_t ids[32];
        int n = d->semi ? dgapped_ids(k, nm, ids, 32) : text_phrase_ids(k, ph, ids, 32);
        if (n <= 0) {
            dict_report(d, true, name_lines[i], 1, "expected a phrase of 1 to 32 words");
            continue;
        }
        uint32_t node = trie_insert(&k->actors, ids, n);
        actor_entry *e = NEW(&k->a, actor_entry, 1);
        if (!node || !e) {
            return false;
        }
        e->kind = AK_NAMED;
        e->first_match = true;
        /* TABARI: the last word is a stem ("ARGENTIN") unless a '_' ends
         * the name ("FORCES_") */
        const uint8_t *after = names[i].p + names[i].len;
        e->bare = d->semi && ((names[i].len && names[i].p[names[i].len - 1] == '=') ||
                              (after < data_end && *after == '='));
        e->stem = d->semi && !e->bare && !(after < data_end && *after == '_');
        k->actor_stems |= e->stem;
        e->lower_ok = true;   /* these dictionaries are written in capitals */
        e->spells = sp;
        e->n_spells = (uint32_t)n_spells;
        e->src_file = d->path;
        e->src_line = name_lines[i];
        actor_entry **pp = &k->actors.payload[node];
        while (*pp) {
            pp = &(*pp)->next;
        }
        *pp = e;
        if (d->semi && n > 1 && !dgap_phrase(d, nm, e)) {
            return false;
        }
        if (d->semi && n > 1) {
            /* TABARI reads a hyphen in the text as a word break: "AL_GORE"
             * is also "Al-Gore", which truce keeps as one word */
            char hy[256];
            snprintf(hy, sizeof hy, "%.*s", (int)ph.len, (const char *)ph.p);
            for (char *q = hy; *q; q++) {
                *q = *q == ' ' ? '-' : *q;
            }
            uint32_t hid[2];
            if (text_phrase_ids(k, (str){(const uint8_t *)hy, ph.len}, hid, 2) == 1) {
                uint32_t hnode = trie_insert(&k->actors, hid, 1);
                actor_entry *he = NEW(&k->a, actor_entry, 1);
                if (!hnode || !he) {
                    return false;
                }
                *he = *e;
                he->stem = false;
                he->next = NULL;
                pp = &k->actors.payload[hnode];
                while (*pp) {
                    pp = &(*pp)->next;
                }
                *pp = he;
            }
        }
    }
    return true;
}

bool dict_load_actors(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    str names[512];
    uint32_t name_lines[512];
    dated_code spells[64];
    size_t n_names = 0, n_spells = 0;
    uint64_t in_section = 0;   /* WC_TAB_NOUN or WC_TAB_ADJ inside a section */
    while (dict_next(&L)) {
        str t = L.text;
        if (t.len == 0) {
            continue;
        }
        if (t.p[0] == '<') {
            /* TABARI's <NOUN> and <ADJECTIVE> sections list words for its
             * parser, not actors: kept as word classes */
            if (t.len >= 6 && strncasecmp((const char *)t.p, "<NOUN>", 6) == 0) {
                in_section = WC_TAB_NOUN;
            } else if (t.len >= 11 && strncasecmp((const char *)t.p, "<ADJECTIVE>", 11) == 0) {
                in_section = WC_TAB_ADJ;
            } else if (t.len > 1 && t.p[1] == '/') {
                in_section = 0;
            }
            continue;
        }
        if (in_section) {
            char buf[128];
            str w = dict_phrase(dict_trim(t), buf, sizeof buf);
            uint32_t id = w.len && !memchr(w.p, ' ', (size_t)w.len) ? text_word_id(d->B->k, w) : 0;
            if (id && (!push_u32(&d->B->wc_ids, &d->B->n_wc, &d->B->cap_wc, id) ||
                       !push_u64(&d->B->wc_bits, &d->B->n_wcb, &d->B->cap_wcb, in_section))) {
                return false;
            }
            continue;
        }
        str lead = dict_trim(t);
        if (lead.len == 0) {
            continue;
        }
        if (lead.p[0] == '+') {
            if (!n_names) {
                dict_report(d, true, L.line, 1, "expected an actor before the synonym, found \"+\" first");
                continue;
            }
            str syn = dict_trim((str){lead.p + 1, lead.len - 1});
            const uint8_t *br = memchr(syn.p, '[', (size_t)syn.len);
            if (br) {
                n_spells += dspells(d, L.line, (str){br, syn.p + syn.len - br}, spells + n_spells,
                                    64 - n_spells);
                syn = dict_trim((str){syn.p, br - syn.p});
            }
            if (syn.len && n_names < 512) {
                names[n_names] = syn;
                name_lines[n_names++] = L.line;
            }
            continue;
        }
        if (lead.p[0] == '[') {
            if (!n_names) {
                dict_report(d, true, L.line, 1, "expected an actor before its code, found \"[\" first");
                continue;
            }
            n_spells += dspells(d, L.line, lead, spells + n_spells, 64 - n_spells);
            continue;
        }
        /* a new actor */
        if (!dflush_actor(d, data + len, names, name_lines, n_names, spells, n_spells)) {
            return false;
        }
        n_names = n_spells = 0;
        const uint8_t *br = memchr(lead.p, '[', (size_t)lead.len);
        str name = dict_trim((str){lead.p, br ? br - lead.p : lead.len});
        if (br) {
            n_spells += dspells(d, L.line, (str){br, lead.p + lead.len - br}, spells, 64);
        }
        if (name.len) {
            names[n_names] = name;
            name_lines[n_names++] = L.line;
        }
    }
    return dflush_actor(d, data + len, names, name_lines, n_names, spells, n_spells);
}

/* Agents: "PHRASE {PLURALS} [~CODE]" and "!SET! = a, b, c". */
typedef struct {
    char name[32];
    str members[24];
    int n;
} dset;

static bool dadd_agent(dctx *d, uint32_t line, const char *phrase, const char *sector, bool plural,
                       bool prefix)
{
    actor_entry e = {0};
    e.kind = AK_AGENT;
    e.first_match = true;   /* a user dictionary's agent: composed as PETRARCH does */
    e.prefix = prefix;
    snprintf(e.code, sizeof e.code, "%s", sector);
    e.plural = plural;
    e.person = !plural && (strcmp(sector, "GOV") == 0 || strcmp(sector, "ELI") == 0);
    uint32_t ids[32];
    int n = text_phrase_ids(d->B->k, (str){(const uint8_t *)phrase, (ptrdiff_t)strlen(phrase)}, ids, 32);
    if (n <= 0) {
        dict_report(d, true, line, 1, "expected an agent phrase of 1 to 32 words");
        return true;
    }
    kb *k = d->B->k;
    uint32_t node = trie_insert(&k->actors, ids, n);
    actor_entry *x = NEW(&k->a, actor_entry, 1);
    if (!node || !x) {
        return false;
    }
    *x = e;
    x->src_file = d->path;
    x->src_line = line;
    actor_entry **pp = &k->actors.payload[node];
    while (*pp) {
        pp = &(*pp)->next;
    }
    *pp = x;
    return true;
}

static void dplural(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n > 1 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2])) {
        snprintf(out, cap, "%.*sies", (int)(n - 1), w);
    } else if (n && (w[n - 1] == 's' || w[n - 1] == 'x' || (n > 1 && w[n - 1] == 'h' && strchr("cs", w[n - 2])))) {
        snprintf(out, cap, "%ses", w);
    } else {
        snprintf(out, cap, "%ss", w);
    }
}

bool dict_load_agents(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    dset sets[32];
    int n_sets = 0;
    while (dict_next(&L)) {
        str t = dict_trim(L.text);
        if (t.len == 0 || t.p[0] == '<') {
            continue;
        }
        if (t.p[0] == '!' && memchr(t.p, '=', (size_t)t.len)) {
            const uint8_t *eq = memchr(t.p, '=', (size_t)t.len);
            const uint8_t *close = memchr(t.p + 1, '!', (size_t)t.len - 1);
            if (!eq || !close || close > eq || n_sets == 32) {
                dict_report(d, true, L.line, 1, "expected !NAME! = word, word, ...");
                continue;
            }
            dset *st = &sets[n_sets++];
            snprintf(st->name, sizeof st->name, "%.*s", (int)(close - t.p + 1), (const char *)t.p);
            st->n = 0;
            str rest = {eq + 1, t.p + t.len - eq - 1};
            FOR_PARTS(rest, ',', m) {
                if (st->n < 24) {
                    st->members[st->n++] = m;
                }
            }
            continue;
        }
        const uint8_t *br = memchr(t.p, '[', (size_t)t.len);
        const uint8_t *cb = br ? memchr(br, ']', (size_t)(t.p + t.len - br)) : NULL;
        if (!br || !cb) {
            dict_report(d, true, L.line, 1, "expected PHRASE [~CODE], found no code in brackets");
            continue;
        }
        char sector[16] = {0};
        size_t sn = 0;
        /* "[~GOV]" follows the actor's code, "[NGO~]" goes before it */
        const uint8_t *fc = br + 1;
        while (fc < cb && *fc == ' ') {
            fc++;
        }
        bool prefix = fc < cb && *fc != '~' && memchr(fc, '~', (size_t)(cb - fc));
        for (const uint8_t *q = br + 1; q < cb && sn + 1 < sizeof sector; q++) {
            if (*q != '~' && *q != ' ') {
                sector[sn++] = (char)*q;
            }
        }
        if (!valid_code((str){(const uint8_t *)sector, (ptrdiff_t)sn}) || sn > 9) {
            dict_report(d, true, L.line, (uint32_t)(br - t.p) + 2,
                        "expected an agent code such as ~GOV, found \"%.*s\"",
                        (int)(cb - br - 1), (const char *)br + 1);
            continue;
        }
        const uint8_t *brace = memchr(t.p, '{', (size_t)(br - t.p));
        str phrase = dict_trim((str){t.p, (brace ? brace : br) - t.p});
        bool no_plural = false;
        str plurals = {0};
        if (brace) {
            const uint8_t *bc = memchr(brace, '}', (size_t)(br - brace));
            if (!bc) {
                dict_report(d, true, L.line, (uint32_t)(brace - t.p) + 1, "expected '}' to close the plurals");
                continue;
            }
            plurals = dict_trim((str){brace + 1, bc - brace - 1});
            no_plural = plurals.len == 0;
        }
        /* expand one !SET! in the phrase */
        char base[256];
        str ph = dict_phrase(phrase, base, sizeof base);
        const char *bang = strchr(base, '!');
        int variants = 1;
        dset *st = NULL;
        if (bang) {
            const char *bang2 = strchr(bang + 1, '!');
            for (int s2 = 0; bang2 && s2 < n_sets; s2++) {
                size_t nl = strlen(sets[s2].name);
                if ((size_t)(bang2 - bang + 1) == nl && strncasecmp(bang, sets[s2].name, nl) == 0) {
                    st = &sets[s2];
                }
            }
            if (!st) {
                dict_report(d, true, L.line, 1, "expected a substitution set defined before, found \"%.*s\"",
                            (int)(bang2 ? bang2 - bang + 1 : 1), bang);
                continue;
            }
            variants = st->n;
        }
        (void)ph;
        for (int v = 0; v < variants; v++) {
            char word[256];
            if (st) {
                const char *bang2 = strchr(bang + 1, '!');
                char mem[64];
                str mm = dict_phrase(st->members[v], mem, sizeof mem);
                snprintf(word, sizeof word, "%.*s%.*s%s", (int)(bang - base), base, (int)mm.len,
                         (const char *)mm.p, bang2 + 1);
            } else {
                snprintf(word, sizeof word, "%s", base);
            }
            if (!dadd_agent(d, L.line, word, sector, false, prefix)) {
                return false;
            }
            if (st || no_plural) {
                continue;   /* set members carry their own plurals */
            }
            if (plurals.len) {
                FOR_PARTS(plurals, ' ', pl) {
                    char pb[128];
                    dict_phrase(pl, pb, sizeof pb);
                    if (!dadd_agent(d, L.line, pb, sector, true, prefix)) {
                        return false;
                    }
                }
            } else {
                char pw[300];
                dplural(word, pw, sizeof pw);
                if (!dadd_agent(d, L.line, pw, sector, true, prefix)) {
                    return false;
                }
            }
        }
    }
    return true;
}

/* Discards: one phrase a line; "+PHRASE" discards the whole story, a
 * bare phrase the sentence it is in. */
bool dict_load_discards(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    kb *k = d->B->k;
    while (dict_next(&L)) {
        str t = dict_trim(L.text);
        if (t.len == 0 || t.p[0] == '<') {
            continue;
        }
        bool story = t.p[0] == '+';
        if (story) {
            t = dict_trim((str){t.p + 1, t.len - 1});
        }
        char buf[256];
        str ph = dict_phrase(t, buf, sizeof buf);
        uint32_t ids[32];
        int n = ph.len ? text_phrase_ids(k, ph, ids, 32) : 0;
        if (n <= 0) {
            dict_report(d, true, L.line, 1, "expected a discard phrase of 1 to 32 words, found \"%.*s\"",
                        (int)(t.len > 40 ? 40 : t.len), (const char *)t.p);
            continue;
        }
        uint32_t node = trie_insert(&k->discards, ids, n);
        actor_entry *e = NEW(&k->a, actor_entry, 1);
        if (!node || !e) {
            return false;
        }
        e->kind = story ? AK_DISCARD_STORY : AK_DISCARD;
        e->src_file = d->path;
        e->src_line = L.line;
        e->next = k->discards.payload[node];
        k->discards.payload[node] = e;
    }
    return true;
}

/* Issues (PETRARCH's Phoenix.IssueCoding.txt): "PHRASE [CODE]" lines in
 * <ISSUE CATEGORY=...> blocks. "n:WORD" and "v:WORD" stand for the word's
 * noun or verb forms (the coder matches a token by its form, its singular
 * or its verb lemma, so every word gets them); '+' inside a word gives both
 * the spaced and the hyphenated spelling ("pre+k": "pre k", "pre-k");
 * "~PHRASE" or "~~PHRASE" is a phrase whose words count for no issue ("a
 * head start" is not the Head Start programme). */
bool dict_load_issues(dctx *d, const uint8_t *data, size_t len)
{
    dlines L = {data, data + len, 0, {0}, {0}, false, d->semi};
    kb *k = d->B->k;
    str category = {NULL, 0};   /* <ISSUE CATEGORY="X">: a line's code when it has none */
    while (dict_next(&L)) {
        str t = dict_trim(L.text);
        if (t.len == 0) {
            continue;
        }
        if (t.p[0] == '<') {
            static const char tag[] = "CATEGORY=\"";
            const uint8_t *q = NULL;
            for (ptrdiff_t x = 0; x + (ptrdiff_t)sizeof tag - 1 <= t.len && !q; x++) {
                if (memcmp(t.p + x, tag, sizeof tag - 1) == 0) {
                    q = t.p + x;
                }
            }
            if (q) {
                q += sizeof tag - 1;
                const uint8_t *qe = memchr(q, '"', (size_t)(t.p + t.len - q));
                category = qe ? (str){q, qe - q} : (str){NULL, 0};
            } else if (t.len > 1 && t.p[1] == '/') {
                category = (str){NULL, 0};
            }
            continue;
        }
        bool ignore = t.p[0] == '~';
        while (t.len && t.p[0] == '~') {
            t = (str){t.p + 1, t.len - 1};
        }
        str code = {NULL, 0};
        const uint8_t *lb = memchr(t.p, '[', (size_t)t.len);
        if (lb) {
            const uint8_t *rb = memchr(lb, ']', (size_t)(t.p + t.len - lb));
            if (!rb || rb == lb + 1) {
                dict_report(d, true, L.line, (uint32_t)(lb - L.raw.p) + 1,
                            "expected [CODE] after the phrase, found \"%.*s\"",
                            (int)(t.p + t.len - lb > 40 ? 40 : t.p + t.len - lb), (const char *)lb);
                continue;
            }
            code = (str){lb + 1, rb - lb - 1};
            t = dict_trim((str){t.p, lb - t.p});
        } else if (!ignore && category.len) {
            dict_report(d, false, L.line, 1, "\"%.*s\" has no [CODE]; its category's, %.*s, is used",
                        (int)(t.len > 40 ? 40 : t.len), (const char *)t.p, (int)category.len,
                        (const char *)category.p);
            code = category;
        } else if (!ignore) {
            dict_report(d, true, L.line, 1, "expected PHRASE [CODE], found \"%.*s\"",
                        (int)(t.len > 40 ? 40 : t.len), (const char *)t.p);
            continue;
        }
        /* the phrase without n: and v:, lower case; where the '+' are */
        char base[256];
        size_t n = 0;
        int plus[8], n_plus = 0;
        bool too_many = false;
        for (ptrdiff_t i = 0; i < t.len && n + 1 < sizeof base; i++) {
            uint8_t c = t.p[i];
            bool word_start = i == 0 || t.p[i - 1] == ' ';
            if (word_start && i + 1 < t.len && (c == 'n' || c == 'v') && t.p[i + 1] == ':') {
                i++;
                continue;
            }
            if (c == '+') {
                if (n_plus == 8) {
                    too_many = true;
                    break;
                }
                plus[n_plus++] = (int)n;
            }
            base[n++] = (char)(c == '_' ? ' ' : (c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        base[n] = 0;
        if (too_many || n == 0) {
            dict_report(d, true, L.line, 1, "expected an issue phrase with at most 8 '+', found \"%.*s\"",
                        (int)(t.len > 40 ? 40 : t.len), (const char *)t.p);
            continue;
        }
        const char *issue = code.len ? arena_strndup(&k->a, (const char *)code.p, (size_t)code.len) : NULL;
        if (code.len && !issue) {
            return false;
        }
        /* every spelling: each '+' a space or a hyphen */
        for (int v = 0; v < (1 << n_plus); v++) {
            char ph[256];
            memcpy(ph, base, n + 1);
            for (int b = 0; b < n_plus; b++) {
                ph[plus[b]] = (v >> b) & 1 ? '-' : ' ';
            }
            uint32_t ids[32];
            int nw = text_phrase_ids(k, (str){(const uint8_t *)ph, (ptrdiff_t)n}, ids, 32);
            if (nw <= 0) {
                dict_report(d, true, L.line, 1, "expected an issue phrase of 1 to 32 words, found \"%s\"", ph);
                break;
            }
            uint32_t node = trie_insert(&k->issues, ids, nw);
            actor_entry *e = NEW(&k->a, actor_entry, 1);
            if (!node || !e) {
                return false;
            }
            e->kind = ignore ? AK_ISSUE_IGNORE : AK_ISSUE;
            e->issue = issue;
            e->src_file = d->path;
            e->src_line = L.line;
            e->next = k->issues.payload[node];
            k->issues.payload[node] = e;
        }
    }
    return true;
}
