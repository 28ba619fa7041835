#!/bin/sh
# run-corpus.sh — feed every file of tests/corpus/ to `truce code --status`;
# each must end with exit code 0 or 1 (a story error), never a crash or a
# sanitizer report, and every story read must be accounted for.
# usage: run-corpus.sh TRUCE
set -u
truce=$1
pass=0
fail=0
for f in tests/corpus/*; do
    [ -f "$f" ] || continue
    "$truce" code -q --status -j 2 "$f" > /tmp/truce-corpus.$$ 2> /tmp/truce-corpus-err.$$
    rc=$?
    if [ $rc -gt 1 ]; then
        fail=$((fail + 1))
        echo "FAIL $f: exit code $rc" >&2
        head -5 /tmp/truce-corpus-err.$$ >&2
    else
        pass=$((pass + 1))
    fi
done
rm -f /tmp/truce-corpus.$$ /tmp/truce-corpus-err.$$
echo "corpus: $pass passed, $fail failed"
[ -n "${RESULTS:-}" ] && echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
