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
# a 50 MB story: skipped with an error record naming the limit, nothing else lost
big=${TMPDIR:-/tmp}/truce-big.$$.txt
{ echo "A very long story"; awk 'BEGIN { for (i = 0; i < 500000; i++) print "Russia met China in Moscow on Monday, officials said." }'; } > "$big"
printf '{"id":"after","date":"2021-01-01","text":"Iran accused Israel of sabotage."}\n' > "$big.jsonl"
"$truce" code -q --status "$big" "$big.jsonl" > /tmp/truce-corpus.$$ 2> /tmp/truce-corpus-err.$$
rc=$?
if [ $rc = 1 ] && grep -q '"status":"error"' /tmp/truce-corpus.$$ && grep -q 'over the limit' /tmp/truce-corpus-err.$$ &&
   grep -q '"story_id":"after","status":"ok"' /tmp/truce-corpus.$$; then
    pass=$((pass + 1))
else
    fail=$((fail + 1))
    echo "FAIL 50 MB story: exit code $rc" >&2
    head -3 /tmp/truce-corpus-err.$$ >&2
fi
rm -f "$big" "$big.jsonl"
# a story of 2.4 MB is coded in parts of 1 MiB: every event is there, with
# sentence numbers and byte spans in the whole story
long=${TMPDIR:-/tmp}/truce-long.$$.txt
{ echo "Long story"; echo; awk 'BEGIN { for (i = 0; i < 30000; i++) printf "Iran accused Israel of sabotage at the Natanz site on Monday, paragraph %d.\n\n", i }'; } > "$long"
"$truce" code -q --status --no-dedup "$long" > /tmp/truce-corpus.$$ 2> /tmp/truce-corpus-err.$$
rc=$?
last=$(tail -2 /tmp/truce-corpus.$$ | head -1)
span=$(echo "$last" | sed 's/.*"span":\[\([0-9]*\),\([0-9]*\)\].*/\1 \2/')
said=$(tail -c +$(( ${span% *} + 1 )) "$long" | head -c $(( ${span#* } - ${span% *} )))
if [ $rc = 0 ] && grep -q '"status":"ok","events":30000,' /tmp/truce-corpus.$$ &&
   echo "$last" | grep -q '"sentence":30001,' && [ "$said" = "Iran accused Israel of sabotage" ]; then
    pass=$((pass + 1))
else
    fail=$((fail + 1))
    echo "FAIL story coded in parts: exit code $rc, last event span '$said'" >&2
    tail -1 /tmp/truce-corpus.$$ >&2
fi
rm -f "$long"
# an unreadable file in a directory: reported, the others coded
dir=${TMPDIR:-/tmp}/truce-dir.$$
mkdir -p "$dir"
printf '{"id":"a","date":"2021-01-01","text":"Iran accused Israel of sabotage."}\n' > "$dir/a.jsonl"
printf '{"id":"c","date":"2021-01-01","text":"Israel accused Iran of sabotage."}\n' > "$dir/c.jsonl"
ln -s "$dir/missing-target" "$dir/b.jsonl"
"$truce" code -q --status "$dir" > /tmp/truce-corpus.$$ 2> /tmp/truce-corpus-err.$$
rc=$?
if [ $rc = 1 ] && [ "$(grep -c '"status":"ok"' /tmp/truce-corpus.$$)" = 2 ] && grep -q 'b.jsonl: cannot open' /tmp/truce-corpus-err.$$; then
    pass=$((pass + 1))
else
    fail=$((fail + 1))
    echo "FAIL unreadable file in a directory: exit code $rc" >&2
    head -3 /tmp/truce-corpus-err.$$ >&2
fi
rm -rf "$dir"
rm -f /tmp/truce-corpus.$$ /tmp/truce-corpus-err.$$
echo "corpus: $pass passed, $fail failed"
[ -n "${RESULTS:-}" ] && echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
