/* Unit tests for place.c: the place of an event and every place of a
 * story (truce_find_places), on a small gazetteer made here (not the full
 * data), one construction each, with a sentence that must give the place
 * and one that must not. The sentences are ours. */
#include "stage.h"

#include <math.h>

static geo *G;
static void *G_blob;

static uint32_t add(geo_builder *b, const char *name, const char *cc, uint32_t admin1, double lat,
                    double lon, uint32_t pop, geo_feature f, unsigned flags)
{
    geo_entry e = {name, cc, admin1, lat, lon, pop ? 1000000 + pop % 1000 : 0, pop, f, flags};
    uint32_t id = geo_builder_add(b, &e);
    CHECK(id != GEO_NONE);
    return id;
}

static void names(geo_builder *b, uint32_t id, const char *const *list)
{
    for (; *list; list++) {
        CHECK(geo_builder_name(b, id, *list, strlen(*list), true));
    }
}

/* The place words, as tools/gen_gazetteer adds data/places.tsv's @ lines. */
static void words(geo_builder *b, unsigned cls, const char *const *list)
{
    for (; *list; list++) {
        char w[64];
        snprintf(w, sizeof w, "@%s", *list);
        geo_entry e = {w, "", GEO_NONE, NAN, NAN, 0, cls, GEO_REGION, 0};
        CHECK(geo_builder_add(b, &e) != GEO_NONE);
    }
}

static void make_gazetteer(void)
{
    geo_builder *b = geo_builder_new();
    CHECK(b != NULL);
    add(b, "Ukraine", "UKR", GEO_NONE, 49, 32, 0, GEO_COUNTRY, 0);
    add(b, "Poland", "POL", GEO_NONE, 52, 19, 0, GEO_COUNTRY, 0);
    add(b, "Lebanon", "LBN", GEO_NONE, 33.8, 35.7, 0, GEO_COUNTRY, 0);
    add(b, "Iraq", "IRQ", GEO_NONE, 33, 43, 0, GEO_COUNTRY, 0);
    add(b, "Azerbaijan", "AZE", GEO_NONE, 40.3, 47.7, 0, GEO_COUNTRY, 0);
    add(b, "Democratic Republic of the Congo", "COD", GEO_NONE, -2, 23, 0, GEO_COUNTRY, 0);
    uint32_t don = add(b, "Donetsk", "UKR", GEO_NONE, 48.1, 37.8, 0, GEO_ADMIN1, 0);
    names(b, don, (const char *const[]){"Donetsk oblast", "Donetsk region", "Donetska oblast", NULL});
    uint32_t kha = add(b, "Kharkiv", "UKR", GEO_NONE, 49.6, 36.5, 0, GEO_ADMIN1, 0);
    names(b, kha, (const char *const[]){"Kharkiv oblast", "Kharkiv region", NULL});
    uint32_t sum = add(b, "Sumy", "UKR", GEO_NONE, 50.9, 34.8, 0, GEO_ADMIN1, 0);
    names(b, sum, (const char *const[]){"Sumy oblast", "Sumy region", NULL});
    uint32_t agd = add(b, "A\xc4\x9f" "dam", "AZE", GEO_NONE, 40.0, 46.9, 0, GEO_ADMIN1, 0);
    names(b, agd, (const char *const[]){"A\xc4\x9f" "dam district", "A\xc4\x9f" "dam rayon", NULL});
    uint32_t nkv = add(b, "North Kivu", "COD", GEO_NONE, -0.4, 29.3, 0, GEO_ADMIN1, 0);
    names(b, nkv, (const char *const[]){"North Kivu province", NULL});
    uint32_t nin = add(b, "Nineveh", "IRQ", GEO_NONE, 36.3, 43.0, 0, GEO_ADMIN1, 0);
    names(b, nin, (const char *const[]){"Nineveh governorate", "Nineveh province", NULL});
    uint32_t wpo = add(b, "West Pomerania", "POL", GEO_NONE, 53.5, 15.5, 0, GEO_ADMIN1, 0);
    add(b, "Donetsk", "UKR", don, 48.0, 37.8, 929063, GEO_CITY, GEO_F_SEAT);
    add(b, "Zaitseve", "UKR", don, 48.52675, 38.07086, 0, GEO_CITY, 0);
    add(b, "Zaitseve", "UKR", don, 48.39478, 38.02945, 0, GEO_CITY, 0);
    add(b, "Zaitseve", "UKR", GEO_NONE, 48.42832, 35.6728, 0, GEO_CITY, 0);
    add(b, "Avdiivka", "UKR", don, 48.13989, 37.74255, 35826, GEO_CITY, 0);
    add(b, "Kharkiv", "UKR", kha, 49.98, 36.25, 1433886, GEO_CITY, GEO_F_SEAT);
    add(b, "Sumy", "UKR", sum, 50.92, 34.80, 264753, GEO_CITY, GEO_F_SEAT);
    add(b, "Chernihiv", "UKR", GEO_NONE, 51.50, 31.30, 285234, GEO_CITY, GEO_F_SEAT);
    add(b, "A\xc4\x9f" "dam", "AZE", agd, 39.99, 46.93, 39451, GEO_CITY, GEO_F_SEAT);
    add(b, "Goma", "COD", nkv, -1.67, 29.23, 670000, GEO_CITY, GEO_F_SEAT);
    add(b, "Mosul", "IRQ", nin, 36.34, 43.12, 1739800, GEO_CITY, GEO_F_SEAT);
    add(b, "Police", "POL", wpo, 53.55, 14.57, 34350, GEO_CITY, 0);
    add(b, "Reading", "USA", GEO_NONE, 40.34, -75.93, 88082, GEO_CITY, 0);
    words(b, GEO_W_COMPASS, (const char *const[]){"north", "south", "east", "west", "northern",
                                                  "southern", "eastern", "western", NULL});
    words(b, GEO_W_ADMIN, (const char *const[]){"oblast", "region", "province", "governorate",
                                                "district", "rayon", NULL});
    words(b, GEO_W_SETTLEMENT, (const char *const[]){"village", "town", "city", NULL});
    words(b, GEO_W_AROUND, (const char *const[]){"outskirts", "countryside", "vicinity", NULL});
    words(b, GEO_W_BORDER, (const char *const[]){"border", NULL});
    size_t len;
    truce_error err = {0};
    CHECK(geo_builder_finish(b, &G_blob, &len, &err));
    geo_builder_free(b);
    G = geo_open(G_blob, len, &err);
    CHECK(G != NULL);
}

/* ---- events ---- */

typedef struct {
    char out[512];
} located;

static int loc_sink(void *user, const truce_event *ev)
{
    located *l = user;
    if (l->out[0]) {
        return 0;   /* the first event */
    }
    if (!ev->location_name) {
        snprintf(l->out, sizeof l->out, "-");
        return 0;
    }
    const char *t = ev->text;
    (void)t;
    snprintf(l->out, sizeof l->out, "%s|%s|%s|%s|%s", ev->location_name,
             ev->location_country ? ev->location_country : "", ev->location_admin1 ? ev->location_admin1 : "",
             ev->location_precision, isnan(ev->lat) ? "nocoords" : "coords");
    return 0;
}

/* Code text as a story of 2024-03-01 on the small gazetteer, each event
 * to sink; the sink's record, cleared first. */
static const char *code_on_gazetteer(const char *text, int (*sink)(void *, const truce_event *))
{
    static located l;
    memset(&l, 0, sizeof l);
    truce_options opt;
    truce_options_default(&opt);
    opt.geo = G;
    truce_coder *c = truce_coder_new(stage_kb(), &opt);
    truce_story st = {0};
    st.id = "t";
    st.id_len = 1;
    st.text = text;
    st.text_len = strlen(text);
    truce_day_parse("2024-03-01", 10, &st.date);
    size_t n;
    truce_error err = {0};
    truce_code_story(c, &st, sink, &l, &n, &err);
    truce_coder_free(c);
    return l.out;
}

/* The place of the first event of text: "name|country|admin1|precision|coords". */
static const char *event_place(const char *text)
{
    const char *out = code_on_gazetteer(text, loc_sink);
    return out[0] ? out : "(no event)";
}

/* The last event's source and place: "SOURCE@name". */
static int src_sink(void *user, const truce_event *ev)
{
    located *l = user;
    snprintf(l->out, sizeof l->out, "%s@%s", ev->source ? ev->source : "-",
             ev->location_name ? ev->location_name : "-");
    return 0;
}

static bool source_is(const char *text, const char *want)
{
    const char *got = code_on_gazetteer(text, src_sink);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  \"%s\":\n    got  %s\n    want %s\n", text, got, want);
        return false;
    }
    return true;
}

/* The last event's place: "name" or "-". */
static bool last_place_is(const char *text, const char *want)
{
    const char *got = code_on_gazetteer(text, src_sink);
    const char *at = strchr(got, '@');
    if (!at || strcmp(at + 1, want) != 0) {
        fprintf(stderr, "  \"%s\":\n    got  %s\n    want @%s\n", text, got, want);
        return false;
    }
    return true;
}

static bool place_is(const char *text, const char *want)
{
    const char *got = event_place(text);
    if (strncmp(got, want, strlen(want)) != 0) {
        fprintf(stderr, "  \"%s\":\n    got  %s\n    want %s...\n", text, got, want);
        return false;
    }
    return true;
}

/* ---- every place of a text ---- */

static int places_sink(void *user, const truce_place_mention *m)
{
    char *out = user;
    size_t n = strlen(out);
    snprintf(out + n, 1024 - n, "%s%s/%s", n ? ";" : "", m->name, m->precision ? m->precision : "name");
    return 0;
}

/* The places truce_find_places reads in text: "name/precision;..." */
static const char *places(const char *text)
{
    static char out[1024];
    out[0] = 0;
    truce_options opt;
    truce_options_default(&opt);
    opt.geo = G;
    truce_coder *c = truce_coder_new(stage_kb(), &opt);
    truce_story st = {0};
    st.id = "t";
    st.id_len = 1;
    st.text = text;
    st.text_len = strlen(text);
    st.date = TRUCE_NODAY;
    truce_error err = {0};
    CHECK(truce_find_places(c, &st, NULL, 0, true, places_sink, out, &err) == TRUCE_OK);
    truce_coder_free(c);
    return out;
}

static bool places_are(const char *text, const char *want)
{
    const char *got = places(text);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  \"%s\":\n    got  %s\n    want %s\n", text, got, want);
        return false;
    }
    return true;
}

int main(void)
{
    make_gazetteer();
    if (!G) {
        return DONE("place");
    }
    /* 1. subdivisions by their news spellings: type words, diacritics */
    CHECK(place_is("Artillery shelled villages in Donetsk oblast on Monday.", "Donetsk|UKR|Donetsk|admin1|coords"));
    CHECK(place_is("Troops shelled positions in the Agdam district.", "A\xc4\x9f" "dam|AZE|A\xc4\x9f" "dam|admin1"));
    CHECK(place_is("Rebels attacked a camp in North Kivu province.", "North Kivu|COD|North Kivu|admin1"));
    CHECK(place_is("Gunmen attacked a checkpoint in Nineveh governorate.", "Nineveh|IRQ|Nineveh|admin1"));
    /* must not: the bare name is the town, its subdivision has its type */
    CHECK(place_is("Artillery shelled Donetsk on Monday.", "Donetsk|UKR|Donetsk|place"));
    /* a town's admin1 is filled */
    CHECK(place_is("Gunmen attacked a checkpoint in Mosul.", "Mosul|IRQ|Nineveh|place"));

    /* 2. "Village, Province" decides; an unknown village falls back to
     * the province, with its precision */
    CHECK(place_is("Troops fired on a village near Zaitseve, Donetsk oblast.", "Zaitseve|UKR|Donetsk|place|coords"));
    CHECK(place_is("Troops shelled Krasnyi Lyman Druhyi, Donetsk oblast, on Monday.",
                   "Krasnyi Lyman Druhyi|UKR|Donetsk|admin1|coords"));
    /* must not: without the province the three Zaitseves are a guess */
    CHECK(place_is("Troops fired on a village near Zaitseve.", "-"));
    /* must not: a list is no "Town, Province" */
    CHECK(place_is("Russian forces shelled Kharkiv, Sumy and Chernihiv overnight.", "Kharkiv|UKR|Kharkiv|place"));

    /* 4. common words, role nouns, compass words and sentence starts */
    CHECK(places_are("Police arrested three protesters.", ""));
    CHECK(places_are("North of the river, troops dug in.", ""));
    CHECK(places_are("Reading the statement, the minister paused.", ""));
    /* must: a place word before it says it is a place */
    CHECK(places_are("Shelling hit the town of Police.", "Police/place"));
    CHECK(places_are("Rebels advanced in North Kivu.", "North Kivu/admin1"));

    /* 5b. an act's cause is no place of the act: "massed in X in protest of
     * police actions in Y" was in X, and a role of the crowd is of X */
    CHECK(place_is("Hundreds of people massed in front of the embassy in Mosul in protest of police actions "
                   "in Kharkiv.", "Mosul|IRQ|Nineveh|place"));
    CHECK(source_is("Ukrainian police beat protesters in Kharkiv on Sunday. On Monday, hundreds of people "
                    "massed in front of Ukraine's embassy in Mosul in protest of police actions in Kharkiv's "
                    "old town.", "IRQCVL@Mosul"));
    /* must not: a comma ends the cause phrase; the place after it is the act's */
    CHECK(source_is("Ukrainian police beat protesters in Kharkiv on Sunday. In protest at the beatings in Mosul, "
                    "hundreds of protesters gathered in front of the town hall in Kharkiv on Monday.", "UKROPP@Kharkiv"));
    /* must not: a comma ends the cause; the act's place after it counts */
    CHECK(place_is("In retaliation for their losses, rebels shelled Avdiivka in eastern Ukraine.",
                   "Avdiivka|UKR|Donetsk|place"));

    /* 5c. the story's incident (placeinc.c): an act dated as the incident
     * it refers to ("killed in the attack") with no place of its own takes
     * the incident's; must not: another incident, or a place of its own */
    CHECK(last_place_is("Gunmen attacked a checkpoint in Mosul on Tuesday. Four policemen were also killed in the "
                        "attack.", "Mosul"));
    CHECK(last_place_is("Gunmen attacked a checkpoint in Mosul on Tuesday. Four policemen were also killed in an "
                        "attack.", "-"));
    CHECK(last_place_is("Gunmen attacked a checkpoint in Mosul on Tuesday. Four policemen were also killed in the "
                        "attack in Kharkiv.", "Kharkiv"));

    /* 5d. an event left out as another's repeat gives it its place
     * (flush.c): the killing was in Mosul, so was the bombing that did it */
    CHECK(last_place_is("At least 60 people were killed in the town of Mosul on Friday, after Iraqi warplanes "
                        "bombarded the area.", "Mosul"));

    /* 5. place phrases */
    CHECK(place_is("Gunmen attacked the village of Kashkash in southern Lebanon.", "Kashkash|LBN||country"));
    CHECK(place_is("Gunmen attacked Kashkash village on Monday.", "Kashkash|||place|nocoords"));
    /* must not: a country that names a border is not where it was */
    CHECK(place_is("Gunmen attacked the village of Kashkash near the Lebanon border.", "Kashkash|||place|nocoords"));
    CHECK(place_is("Russian forces shelled positions on the outskirts of Avdiivka in eastern Ukraine.",
                   "Avdiivka|UKR|Donetsk|place"));
    /* must not: a small town outside the countries the sentence names is a
     * guess: the name only */
    CHECK(place_is("Russian forces shelled positions on the outskirts of Avdiivka.", "Avdiivka|||place|nocoords"));
    CHECK(place_is("A soldier was killed in an ambush 20 km north of Mosul.", "Mosul|IRQ"));
    CHECK(place_is("Troops exchanged fire along the line of contact near Avdiivka.", "Avdiivka|UKR"));
    CHECK(place_is("A car bomb killed three people in Mosul's Baaj district.", "Baaj|IRQ|Nineveh|place|coords"));
    CHECK(place_is("A policeman was killed in Avdiivka, 15 km north of Donetsk.", "Avdiivka|UKR"));
    /* must not: a possessor is not the place, nor a person's country */
    CHECK(place_is("Police arrested Poland's Jan Kowalski in Mosul.", "Mosul|IRQ"));
    /* must not: the source of a report is not where it happened */
    CHECK(place_is("Rebels shot two soldiers, according to officials in Mosul.", "-"));

    /* 6. truce_find_places reads the same phrases */
    CHECK(places_are("Troops fired on a village near Zaitseve, Donetsk oblast.", "Zaitseve/place"));
    CHECK(places_are("Gunmen attacked the village of Kashkash.", "Kashkash/name"));
    {
        /* no gazetteer: a usage error */
        truce_coder *c = truce_coder_new(stage_kb(), NULL);
        truce_story st = {.id = "t", .id_len = 1, .text = "In Mosul.", .text_len = 9, .date = TRUCE_NODAY};
        truce_error err = {0};
        char out[1024] = "";
        CHECK(truce_find_places(c, &st, NULL, 0, true, places_sink, out, &err) == TRUCE_EUSAGE);
        truce_coder_free(c);
    }
    geo_close(G);
    free(G_blob);
    return STAGE_DONE("place");
}
