#!/bin/sh
# run-parallel.sh — `truce code` is a stream filter, so GNU parallel can
# shard it: a JSON Lines file cut into blocks of records (parallel --pipe
# --keep-order), each block coded by its own truce process, gives the same
# bytes as one process, as JSON Lines, GDELT rows and status records. (Each
# story must carry its own id: a story without one is named by its line,
# which a block counts from its own start.) Skipped, and said so, when GNU
# parallel is not installed (tools/install-deps.sh installs it).
# usage: run-parallel.sh TRUCE
set -u
truce=$1
tmp=${TMPDIR:-/tmp}/truce-parallel.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL parallel: $1" >&2; }

if ! command -v parallel > /dev/null 2>&1 || ! parallel --version 2>/dev/null | grep -q "GNU parallel"; then
    echo "parallel: GNU parallel not installed, skipped (tools/install-deps.sh installs it)"
    [ -z "${RESULTS:-}" ] || echo "0 0" >> "$RESULTS"
    exit 0
fi

# a few hundred stories with ids of their own: the golden cases and the
# store's stories, each copy under a new id
in=$tmp/in.jsonl
i=0
while [ $i -lt 10 ]; do
    cat tests/golden/code/cases.in tests/golden/store/incidents.jsonl |
        sed "s/\"id\":\"\([^\"]*\)\"/\"id\":\"\1-$i\"/"
    i=$((i + 1))
done > "$in"

for fmt in jsonl gdelt; do
    "$truce" code -q --status --format $fmt "$in" > "$tmp/one.$fmt" 2> "$tmp/one.err"
    # blocks of 60 records, 4 processes at a time, output in input order
    parallel --pipe --keep-order -N 60 -j 4 "$truce" code -q --status --format $fmt < "$in" \
        > "$tmp/many.$fmt" 2> "$tmp/many.err"
    [ -s "$tmp/one.$fmt" ] && cmp -s "$tmp/one.$fmt" "$tmp/many.$fmt" && ok ||
        { bad "--format $fmt: parallel shards differ from one process"; diff "$tmp/one.$fmt" "$tmp/many.$fmt" | head -5 >&2; }
done
# by size, not by count: blocks of about 16 kB, cut between records
parallel --pipe --keep-order --block 16k -j 2 "$truce" code -q < "$in" > "$tmp/blocks.jsonl" 2>/dev/null
"$truce" code -q "$in" 2>/dev/null | cmp -s - "$tmp/blocks.jsonl" && ok || bad "--block 16k differs from one process"

echo "parallel: $pass passed, $fail failed"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
