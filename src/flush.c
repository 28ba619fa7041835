/* flush.c — the sentence's held events go out.
 *
 * At the end of a sentence (emit_flush): killings and woundings take the
 * code of the means the sentence names (casualty_means), an event another
 * event of the sentence already says is left out (redundant), giving it
 * its place and its victims' country if it has none, and the rest are
 * numbered and handed to the caller's sink in their order.
 */
#include "coder.h"

#include <stdio.h>
#include <string.h>

/* Is code the code of a named means of violence: a bombing (183x),
 * small arms, artillery, aerial weapons (193-195x), or mass-destruction
 * weapons (204x)? */
static bool means_code(const char *code)
{
    static const char *const means[] = {"183", "1831", "1832", "1833", "1834", "193", "194", "195", "1951",
                                        "1952", "2041", "2042", NULL};
    for (const char *const *m = means; *m; m++) {
        if (strcmp(code, *m) == 0) {
            return true;
        }
    }
    return false;
}

/* Is actor code b actor a, or a with its country not yet known ("---MIL"
 * beside "SYRMIL")? */
static bool same_or_unsettled(const char *b, const char *a)
{
    return strcmp(a, b) == 0 || (a[0] && !strncmp(b, "---", 3) && strlen(a) > 3 && !strcmp(b + 3, a + 3));
}

/* Is held event b made redundant by event a of the same sentence? */
static bool redundant(const truce_event *a, const truce_event *b)
{
    /* a meeting, a visit or a host with no counterpart beside an act of
     * another kind with one: the scene of the sentence's act ("attacked a
     * hotel where elders were meeting", "protested as the leaders met";
     * test_senses.c: scene meetings) */
    if (!b->target[0] && a->target[0] && memcmp(b->code, "04", 2) == 0 && memcmp(a->code, "04", 2) != 0 &&
        (strcmp(b->code, "040") == 0 || strcmp(b->code, "042") == 0 || strcmp(b->code, "043") == 0)) {
        return true;
    }
    /* the same act told once with its actors' countries unknown and once
     * with them settled ("7 civilians were killed as regime warplanes
     * bombarded the town": ---MIL>---CVL 190 beside SYRMIL>SYRCVL 195) */
    bool casualty_of_means = (!strcmp(b->code, "190") || !strcmp(b->code, "180")) && means_code(a->code);
    if (a->date == b->date && (strcmp(a->source, b->source) != 0 || strcmp(a->target, b->target) != 0) &&
        same_or_unsettled(b->source, a->source) && same_or_unsettled(b->target, a->target) &&
        (strcmp(a->code, b->code) == 0 || casualty_of_means ||
         (memcmp(a->code, b->code, 2) == 0 && strlen(b->code) == 3 && b->code[2] == '0'))) {
        return true;
    }
    /* the same act without its doer beside it with one ("Two civilians were
     * killed after the army shelled Duma": the killing is the shelling;
     * test_story.c) */
    if (!b->source[0] && a->source[0] && a->date == b->date &&
        (same_or_unsettled(a->target, b->target) || same_or_unsettled(b->target, a->target)) &&
        memcmp(a->code, b->code, 2) == 0 &&
        (strcmp(a->code, b->code) == 0 || (strlen(b->code) == 3 && b->code[2] == '0'))) {
        return true;
    }
    if (strcmp(a->source, b->source) != 0) {
        return false;
    }
    /* the same act without its target ("used its veto" twice, once with
     * whom against), unless it says more of the act than a ("killed in
     * airstrikes": 190 with the victims, 195 without) */
    bool generic = strlen(b->code) == 3 && b->code[2] == '0';
    if (!b->target[0] && a->target[0] && memcmp(a->code, b->code, 2) == 0 &&
        (generic || strcmp(a->code, b->code) == 0)) {
        return true;
    }
    /* generic force beside the specific act of the same source on the same
     * target ("began the day by striking ISIS positions": 190 and the air
     * force's 195) */
    if (strcmp(a->target, b->target) == 0 && (!strcmp(b->code, "190") || !strcmp(b->code, "180")) &&
        means_code(a->code)) {
        return true;
    }
    /* the same event twice, once coded by the means the sentence names
     * (casualty_means): the first stays */
    if (strcmp(a->target, b->target) == 0 && strcmp(a->code, b->code) == 0 && a->date == b->date) {
        return true;
    }
    /* a code beside a more specific code of its own for the same pair: one
     * act ("demonstrated on Monday to protest against the plan": 1411, no
     * 141 besides; test_story.c) */
    size_t bl = strlen(b->code);
    if (strcmp(a->target, b->target) == 0 && strlen(a->code) > bl && strncmp(a->code, b->code, bl) == 0) {
        return true;
    }
    /* the same event dated twice: the date the text gives wins, else the
     * first */
    if (strcmp(a->target, b->target) == 0 && strcmp(a->code, b->code) == 0 && a->date != b->date) {
        return strcmp(b->date_source, "text") != 0 || strcmp(a->date_source, "text") == 0;
    }
    /* a plain statement beside a more telling act of the same source to
     * the same party: the act is what was said ("X said it would send
     * troops to Y": the intent, no 010 besides; "X visited Y and told its
     * president that ...": two acts); or beside a telling act aimed at no
     * one the text names ("issued a statement condemning the attack on
     * Peru": the condemnation, not a statement to Peru; test_senses.c) */
    /* an intent to cooperate beside a threat of the same source to the
     * same party: what was vowed is the threat ("vowed to eliminate the
     * group": 1384, no 030; test_senses.c) */
    if (memcmp(b->code, "03", 2) == 0 && memcmp(a->code, "13", 2) == 0 &&
        (strcmp(a->target, b->target) == 0 || !b->target[0])) {
        return true;
    }
    return strcmp(b->code, "010") == 0 && strcmp(a->code, "010") != 0 &&
           (strncmp(a->target, b->target, 3) == 0 || !a->target[0]);
}

/* Is held event e a killing or a wounding ("were killed", "wounded",
 * "injured"), by its pattern's head? casualty: one coded with a generic
 * code (190, 180). */
static bool casualty_head(const truce_event *e)
{
    static const char *const heads[] = {"kill", "wound", "injure", NULL};
    const char *t = e->pattern ? strstr(e->pattern, ": ") : NULL;
    if (!t) {
        return false;
    }
    t += 2;
    const char *h = t[0] == '=' ? t : strstr(t, " =");
    if (!h) {
        return false;
    }
    h += h[0] == '=' ? 1 : 2;
    for (const char *const *w = heads; *w; w++) {
        size_t n = strlen(*w);
        if (strncmp(h, *w, n) == 0 && (h[n] == 0 || h[n] == '|' || h[n] == ' ')) {
            return true;
        }
    }
    return false;
}

static bool casualty(const truce_event *e)
{
    return (strcmp(e->code, "190") == 0 || strcmp(e->code, "180") == 0) && casualty_head(e);
}

/* Held event ev takes code (with its root, class, score and PLOVER type). */
static void recode(truce_coder *c, truce_event *ev, const char *code)
{
    const cameo_info *ci = kb_cameo(c->k, code);
    if (!ci) {
        return;
    }
    char root[3] = {code[0], code[1], 0};
    ev->code = held_str(c, code);
    ev->root = held_str(c, root);
    ev->quad_class = ci->quad;
    ev->goldstein = ci->goldstein;
    ev->plover = ci->plover[0] ? held_str(c, ci->plover) : NULL;
    ev->plover_mode = held_str(c, ci->mode);
}

/* The killings and woundings of a sentence are coded by the means it
 * names: "six civilians were killed and a dozen injured when an ISIS
 * fighter detonated a car bomb" (1832 for all three), "a soldier shot and
 * killed seven schoolgirls" (193), "five men were killed when gunmen opened
 * fire" (180), not 190 beside the specific act; an injury coded 180 beside
 * a killing of another code is the same act and takes its code. Only when
 * the killing has the act's doer or none, and is told within 60 bytes of
 * it; the repeats this makes are left out (redundant). (test_violence.c:
 * means) */
static void casualty_means(truce_coder *c)
{
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < c->n_held; i++) {
            truce_event *ev = &c->held[i];
            if (!casualty(ev) || (pass == 1 && strcmp(ev->code, "180") != 0)) {
                continue;
            }
            for (size_t j = 0; j < c->n_held; j++) {
                const truce_event *m = &c->held[j];
                bool doer = !ev->source[0] || strcmp(ev->source, m->source) == 0;
                /* the act's own words, not another clause's ("... shot and killed three
                 * women, two days after three children were killed in an attack") */
                size_t gap = m->span_start > ev->span_end ? m->span_start - ev->span_end
                             : ev->span_start > m->span_end ? ev->span_start - m->span_end : 0;
                /* the means, or unconventional violence ("killed when gunmen opened fire": 180) */
                bool irregular = (!strcmp(m->code, "180") || !strcmp(m->code, "186")) && !casualty_head(m);
                /* pass 1: an injury left 180 beside a killing of another code */
                bool killing = strcmp(m->code, "180") != 0 && code_root(m->code) >= 18 && code_root(m->code) <= 20 &&
                               casualty_head(m);
                bool fits = pass == 0 ? means_code(m->code) || irregular : killing;
                if (j != i && doer && fits && gap <= 60) {
                    coder_trace(c, "  event %s>%s %s: the sentence names its means: [%s]", ev->source, ev->target,
                                ev->code, m->code);
                    recode(c, ev, m->code);
                    break;
                }
            }
        }
    }
}

bool emit_flush(truce_coder *c)
{
    size_t n = c->n_held;
    bool rules = !c->opt.tabari && !c->opt.literal && c->opt.dedup;
    if (rules) {
        casualty_means(c);
    }
    for (size_t i = 0; rules && i < n; i++) {
        /* an event left out gives the one that says it its place, if that
         * has none ("60 people were killed in the town of X, after
         * warplanes bombarded the area": the bombing was in X) */
        const truce_event *ev = &c->held[i];
        for (size_t j = 0; j < n && ev->location_name && strcmp(ev->location_precision, "dateline") != 0; j++) {
            truce_event *a = &c->held[j];
            if (j != i && redundant(a, ev) && !(j > i && redundant(ev, a))) {
                /* (acts of one kind: not a meeting's place to a statement) */
                int ra = code_root(a->code), rb = code_root(ev->code);
                if ((ra == rb || (ra >= 18 && rb >= 18)) && !strncmp(a->target, "---", 3) && ev->target[0] &&
                    same_or_unsettled(a->target, ev->target)) {
                    a->target = ev->target;   /* the victims' country the repeat's place settled */
                    a->target_country = ev->target_country;
                }
                if ((ra == rb || (ra >= 18 && rb >= 18)) &&
                    (!a->location_name || !strcmp(a->location_precision, "dateline"))) {
                    a->location_name = ev->location_name;
                    a->location_country = ev->location_country;
                    a->location_admin1 = ev->location_admin1;
                    a->location_precision = ev->location_precision;
                    a->lat = ev->lat;
                    a->lon = ev->lon;
                    a->geonameid = ev->geonameid;
                    a->loc_start = ev->loc_start;
                    a->loc_end = ev->loc_end;
                }
                break;
            }
        }
    }
    uint32_t number = 0;
    for (size_t i = 0; i < n && !c->stop; i++) {
        truce_event *ev = &c->held[i];
        bool drop = false;
        for (size_t j = 0; rules && j < n && !drop; j++) {
            /* of two events each redundant beside the other, the first stays */
            drop = j != i && redundant(&c->held[j], ev) && !(j > i && redundant(ev, &c->held[j]));
        }
        if (drop) {
            c->n_events--;
            coder_trace(c, "  event %s>%s %s: left out, another event of the sentence says it", ev->source,
                        ev->target, ev->code);
            continue;
        }
        /* "story-sentence-n", n the event's number in its sentence */
        char eid[300];
        snprintf(eid, sizeof eid, "%s-%u-%u", ev->story_id, ev->sentence, ++number);
        ev->event_id = eid;
        if (c->sink(c->user, ev)) {
            c->stop = true;
        }
    }
    bool ok = !c->held_oom;
    c->n_held = 0;
    c->held_oom = false;
    arena_reset(&c->held_a);
    return ok;
}

