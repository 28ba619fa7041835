#!/bin/sh
# run-unit.sh — run each unit test program; each prints its own count and
# exits nonzero on failure.
set -u
pass=0
fail=0
for t in "$@"; do
    if "$t"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $t" >&2; fi
done
echo "unit: $pass passed, $fail failed"
[ -n "${RESULTS:-}" ] && echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
