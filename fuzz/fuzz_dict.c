/* fuzz_dict.c — libFuzzer entry point for the dictionary readers: any
 * bytes as a PETRARCH actors, agents, verbs, discards or issues file, or a
 * TABARI .actors, .agents or .verbs file (the first byte picks which),
 * loaded on top of nothing but the grammar tables; then one sentence is
 * coded with what was loaded. */
#include "truce.h"

#include <stdlib.h>

static int drop(void *user, const truce_event *ev)
{
    (void)user;
    (void)ev;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    static const char *const names[] = {"fuzz.actors.txt", "fuzz.agents.txt", "fuzz.verbs.txt",
                                        "fuzz.discards.txt", "fuzz.issues.txt", "Fuzz.actors",
                                        "Fuzz.agents", "Fuzz.verbs"};
    truce_dict_file f = {names[data[0] % 8], (const char *)data + 1, size - 1};
    truce_error err;
    size_t n_errors;
    truce_kb *kb = truce_kb_open_dicts(&f, 1, false, NULL, NULL, &n_errors, &err);
    if (!kb) {
        return 0;
    }
    truce_coder *c = truce_coder_new(kb, NULL);
    if (c) {
        static const char text[] = "Gondor attacked Arnor with swords near the dam. The king met the "
                                   "rangers to discuss drinking water and health-care.";
        truce_story st = {0};
        st.id = "fuzz";
        st.id_len = 4;
        st.text = text;
        st.text_len = sizeof text - 1;
        st.date = TRUCE_NODAY;
        size_t n;
        truce_code_story(c, &st, drop, NULL, &n, &err);
        truce_coder_free(c);
    }
    truce_kb_close(kb);
    return 0;
}
