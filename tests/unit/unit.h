/* unit.h — a tiny check harness for unit tests: CHECK counts and reports
 * failures with file:line; DONE prints the tally and sets the exit code. */
#ifndef TRUCE_UNIT_H
#define TRUCE_UNIT_H
#include <stdio.h>
static int unit_fails, unit_checks;
#define CHECK(cond) do { unit_checks++; if (!(cond)) { unit_fails++; \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define DONE(name) (fprintf(stderr, "%s: %d checks, %d failed\n", name, unit_checks, unit_fails), unit_fails != 0)
#endif
