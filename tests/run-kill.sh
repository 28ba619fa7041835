#!/bin/sh
# run-kill.sh — the store survives SIGKILL. 20 rounds: an ingest is killed
# (SIGKILL) at a random moment, `truce db check` must find the database
# consistent; the re-run is killed too, checked again; a last run completes,
# and the store must then hold exactly what an ingest never killed holds
# (same stories with the same statuses, same events: none lost, none twice).
# The corpus is generated from tests/golden/code/cases.in and the bundled
# example, with bad JSON lines among them (error stories are stored too).
# Kill moments are drawn between 0 and the time an unkilled ingest took;
# how many kills landed mid-ingest is printed (no timing is asserted).
# usage: run-kill.sh TRUCE [ROUNDS]
set -u
truce=$1
rounds=${2:-20}
tmp=${TMPDIR:-/tmp}/truce-kill.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0

corpus=$tmp/corpus.jsonl
example=$(tr '\n' ' ' < data/examples/karabakh-ceasefire.txt | sed 's/\\/\\\\/g; s/"/\\"/g')
i=0
while [ $i -lt 200 ]; do
    sed "s/\"id\":\"\([^\"]*\)\"/\"id\":\"\1-$i\"/" tests/golden/code/cases.in
    printf '{"id":"example-%d","date":"2021-05-06","text":"%s"}\n' $i "$example"
    printf '{"id":"broken-%d","date":"2021-05-06","text":"unterminated\n' $i
    i=$((i + 1))
done > "$corpus"
stories=$(wc -l < "$corpus")

# the reference: one ingest, never killed
start=$(date +%s%N)
"$truce" ingest -q "$tmp/ref.db" "$corpus" 2>/dev/null
rc=$?
end=$(date +%s%N)
if [ $rc -gt 1 ]; then
    echo "kill: reference ingest failed with exit code $rc" >&2
    [ -z "${RESULTS:-}" ] || echo "0 1" >> "$RESULTS"
    exit 1
fi
"$truce" db export --status "$tmp/ref.db" > "$tmp/ref.out"
ms=$(( (end - start) / 1000000 + 1 ))

# sleep a random fraction of the reference run (in ms), as seconds
pause() {
    awk -v ms="$ms" -v seed="$1" 'BEGIN { srand(seed); for (i = 0; i < 8; i++) rand(); printf "%.3f", rand() * ms / 1000 }'
}

# start an ingest, kill it after pause $1; print how many stories it had stored
killed_ingest() {
    "$truce" ingest -q -j "$2" "$tmp/k.db" "$corpus" 2>/dev/null &
    pid=$!
    sleep "$(pause "$1")"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    [ -f "$tmp/k.db" ] || { echo 0; return 0; }
    "$truce" db check "$tmp/k.db" > "$tmp/check.out" 2>&1 || return 1
    sed -n 's/^stored: \([0-9]*\) stories.*/\1/p' "$tmp/check.out"
}

mid=0
r=1
while [ $r -le "$rounds" ]; do
    rm -f "$tmp"/k.db*
    jobs=$(( r % 2 + 1 ))
    ok=1
    n1=$(killed_ingest $((r * 7919)) $jobs) || ok=0
    n2=$(killed_ingest $((r * 104729)) $jobs) || ok=0
    if [ $ok = 1 ]; then
        for n in $n1 $n2; do
            [ "$n" -gt 0 ] && [ "$n" -lt "$stories" ] && mid=$((mid + 1))
        done
        "$truce" ingest -q -j $jobs "$tmp/k.db" "$corpus" 2>/dev/null
        "$truce" db check "$tmp/k.db" > "$tmp/check.out" 2>&1 || ok=0
        "$truce" db export --status "$tmp/k.db" > "$tmp/k.out" || ok=0
        cmp -s "$tmp/ref.out" "$tmp/k.out" || ok=0
    fi
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL kill round $r (after kills at $n1 and $n2 stories stored):" >&2
        head -5 "$tmp/check.out" >&2
        diff "$tmp/ref.out" "$tmp/k.out" 2>/dev/null | head -5 >&2
    fi
    r=$((r + 1))
done
echo "kill: $pass passed, $fail failed ($stories stories; $mid of $((rounds * 2)) kills landed mid-ingest)"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
