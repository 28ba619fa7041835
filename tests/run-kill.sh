#!/bin/sh
# run-kill.sh — the store survives SIGKILL. 20 rounds, each in two parts:
#   ingest: an ingest is killed (SIGKILL) at a random moment, `truce db
#     check` must find the database consistent (incidents included); the
#     re-run is killed too, checked again; a last run completes, and the
#     store must then hold exactly what an ingest never killed holds (same
#     stories with the same statuses, same events, same incidents: none
#     lost, none twice);
#   re-code: the same store is coded again with other knowledge and options
#     (--recode --dict ... --min-confidence 0.8), killed at a random moment,
#     checked, killed again, checked, then completed: it must hold exactly
#     what a fresh ingest with that knowledge holds.
# The corpus is generated from tests/golden/code/cases.in and the bundled
# example, with bad JSON lines among them (error stories are stored too).
# Kill moments are drawn between 0 and the time an unkilled run took; how
# many kills landed mid-run is printed (no timing is asserted).
# usage: run-kill.sh TRUCE [ROUNDS]
set -u
truce=$1
rounds=${2:-20}
tmp=${TMPDIR:-/tmp}/truce-kill.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
other="--dict tests/golden/dict/fixture.actors.txt --min-confidence 0.8"

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

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# what a store holds: its stories, statuses and events, then its incidents
snapshot() {
    "$truce" db export --status "$1" && "$truce" query "$1" --incidents --format jsonl
}

# the references: one ingest never killed, with each coding; and how long
# an ingest and a re-code take
start=$(now_ms)
"$truce" ingest -q "$tmp/ref.db" "$corpus" 2>/dev/null
rc=$?
ms=$(( $(now_ms) - start + 1 ))
# shellcheck disable=SC2086
"$truce" ingest -q $other "$tmp/ref2.db" "$corpus" 2>/dev/null
rc2=$?
if [ $rc -gt 1 ] || [ $rc2 -gt 1 ]; then
    echo "kill: reference ingest failed with exit code $rc, $rc2" >&2
    [ -z "${RESULTS:-}" ] || echo "0 1" >> "$RESULTS"
    exit 1
fi
snapshot "$tmp/ref.db" > "$tmp/ref.out"
snapshot "$tmp/ref2.db" > "$tmp/ref2.out"
cp "$tmp/ref.db" "$tmp/rc.db"
start=$(now_ms)
# shellcheck disable=SC2086
"$truce" ingest -q --recode $other "$tmp/rc.db" 2>/dev/null
ms_rc=$(( $(now_ms) - start + 1 ))

# sleep a random fraction of a reference run (in ms), as seconds
pause() {
    awk -v ms="$2" -v seed="$1" 'BEGIN { srand(seed); for (i = 0; i < 8; i++) rand(); printf "%.3f", rand() * ms / 1000 }'
}

# start a run (its arguments after the first two), kill it after pause $1
# of $2 ms; check the store; print how many stories it holds, or how many
# are still to code again (a re-code)
killed() {
    seed=$1
    span=$2
    shift 2
    "$truce" "$@" 2>/dev/null &
    pid=$!
    sleep "$(pause "$seed" "$span")"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    [ -f "$tmp/k.db" ] || { echo 0; return 0; }
    "$truce" db check "$tmp/k.db" > "$tmp/check.out" 2>&1 || return 1
    if grep -q "^stale: " "$tmp/check.out"; then
        sed -n 's/^stale: \([0-9]*\) stories.*/\1/p' "$tmp/check.out"
    else
        sed -n 's/^stored: \([0-9]*\) stories.*/\1/p' "$tmp/check.out"
    fi
}

mid=0
r=1
while [ $r -le "$rounds" ]; do
    rm -f "$tmp"/k.db*
    jobs=$(( r % 2 + 1 ))
    ok=1
    what=ingest
    cmp_ref=$tmp/ref.out
    n1=$(killed $((r * 7919)) $ms ingest -q -j $jobs "$tmp/k.db" "$corpus") || ok=0
    n2=$(killed $((r * 104729)) $ms ingest -q -j $jobs "$tmp/k.db" "$corpus") || ok=0
    if [ $ok = 1 ]; then
        for n in ${n1:-0} ${n2:-0}; do
            [ "$n" -gt 0 ] && [ "$n" -lt "$stories" ] && mid=$((mid + 1))
        done
        "$truce" ingest -q -j $jobs "$tmp/k.db" "$corpus" 2>/dev/null
        "$truce" db check "$tmp/k.db" > "$tmp/check.out" 2>&1 || ok=0
        snapshot "$tmp/k.db" > "$tmp/k.out" || ok=0
        cmp -s "$tmp/ref.out" "$tmp/k.out" || ok=0
    fi
    if [ $ok = 1 ]; then
        what=re-code
        # shellcheck disable=SC2086
        n3=$(killed $((r * 15485863)) $ms_rc ingest -q --recode -j $jobs $other "$tmp/k.db") || ok=0
        # shellcheck disable=SC2086
        n4=$(killed $((r * 32452843)) $ms_rc ingest -q --recode -j $jobs $other "$tmp/k.db") || ok=0
        if [ $ok = 1 ]; then
            for n in ${n3:-0} ${n4:-0}; do
                [ "$n" -gt 0 ] && [ "$n" -lt "$stories" ] && mid=$((mid + 1))
            done
            # shellcheck disable=SC2086
            "$truce" ingest -q --recode -j $jobs $other "$tmp/k.db" 2>/dev/null
            "$truce" db check "$tmp/k.db" > "$tmp/check.out" 2>&1 || ok=0
            snapshot "$tmp/k.db" > "$tmp/k.out" || ok=0
            cmp_ref=$tmp/ref2.out
            cmp -s "$tmp/ref2.out" "$tmp/k.out" || ok=0
        fi
    fi
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL kill round $r, $what:" >&2
        head -5 "$tmp/check.out" >&2
        diff "$cmp_ref" "$tmp/k.out" 2>/dev/null | head -5 >&2
    fi
    r=$((r + 1))
done
echo "kill: $pass passed, $fail failed ($stories stories; ingest and re-code; $mid of $((rounds * 4)) kills landed mid-run)"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
