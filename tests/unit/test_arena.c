/* Unit tests for arena.c and intern.c. */
#include "truce_int.h"
#include "unit.h"

int main(void)
{
    arena a;
    arena_init(&a, 4096);
    int *x = NEW(&a, int, 10);
    CHECK(x != NULL);
    for (int i = 0; i < 10; i++) {
        CHECK(x[i] == 0);   /* zeroed */
    }
    double *big = NEW(&a, double, 100000);   /* larger than a block */
    CHECK(big != NULL && ((uintptr_t)big % alignof(double)) == 0);
    CHECK(arena_alloc(&a, SIZE_MAX / 2, 1, 4) == NULL);   /* overflow */
    a.limit = 1000;
    arena_reset(&a);
    CHECK(NEW(&a, char, 900) != NULL);
    CHECK(NEW(&a, char, 200) == NULL);   /* over the limit */
    a.limit = 0;
    char *s = arena_strndup(&a, "hello world", 5);
    CHECK(s && strcmp(s, "hello") == 0);

    intern t;
    CHECK(intern_init(&t, &a));
    uint32_t id1 = intern_add(&t, S("peace"));
    uint32_t id2 = intern_add(&t, S("war"));
    CHECK(id1 && id2 && id1 != id2);
    CHECK(intern_add(&t, S("peace")) == id1);
    CHECK(intern_find(&t, S("war")) == id2);
    CHECK(intern_find(&t, S("truce")) == 0);
    char w[16];
    for (int i = 0; i < 50000; i++) {   /* growth keeps every id */
        snprintf(w, sizeof w, "w%d", i);
        intern_add(&t, (str){(const uint8_t *)w, (ptrdiff_t)strlen(w)});
    }
    CHECK(intern_find(&t, S("w49999")) != 0);
    CHECK(intern_find(&t, S("peace")) == id1);
    CHECK(str_eq(intern_str(&t, id2), S("war")));
    intern_free(&t);
    arena_free(&a);
    return DONE("arena+intern");
}
