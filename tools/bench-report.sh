#!/bin/sh
# bench-report.sh — `truce report` on a store of about a million events.
# usage: tools/bench-report.sh CORPUS.jsonl [TRUCE] [EVENTS]
#        tools/bench-report.sh --db STORE TRUCE EVENTS
# The first form makes the store by ingesting CORPUS many times, each pass
# under new story ids and dated one day later than the one before (so the
# events spread over weeks, as a season of news does), until it holds
# EVENTS events (default 1,000,000), and keeps it in build/bench-report.db
# for the next run (remove it to make it again). The second times a store
# made elsewhere (make bench: the store of its query timings). Then times
# the report: the default page, and with a ceasefire ledger. Prints one
# line each; the budget is 10 s (never asserted: a measurement, not a
# test).
set -eu
tmp=${TMPDIR:-/tmp}/truce-bench-report.$$
mkdir -p "$tmp" build
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ "${1:-}" = --db ]; then
    db=$2
    truce=$3
    events=$4
    corpus=""
else
    corpus=$1
    truce=${2:-./truce}
    want=${3:-1000000}
    db=build/bench-report.db
fi

count() {   # count DB: the events in a store
    if [ -f "$1" ]; then
        "$truce" db check "$1" 2> /dev/null | sed -n 's/.* \([0-9][0-9]*\) events.*/\1/p' | head -1
    fi
}
# the store's event count is kept beside it ('truce db check' reads it all)
have=$(cat "$db.events" 2> /dev/null || echo 0)
if [ -n "$corpus" ] && { [ ! -f "$db" ] || [ "$have" -lt "$want" ]; }; then
    rm -f "$db" "$db-wal" "$db-shm" "$db.events"
    # events one pass gives, then the passes needed
    "$truce" ingest -q "$tmp/one.db" "$corpus"
    per=$(count "$tmp/one.db")
    per=${per:-1}
    passes=$(( (want + per - 1) / per ))
    k=0
    while [ $k -lt "$passes" ]; do
        day=$(date -u -d "2010-06-01 + $k days" +%Y-%m-%d)
        sed "s/\"id\": *\"/&p$k-/; s/\"date\": *\"[0-9-]*\"/\"date\": \"$day\"/" "$corpus"
        k=$((k + 1))
    done > "$tmp/passes.jsonl"
    s=$(date +%s.%N)
    "$truce" ingest -q -j 2 "$db" "$tmp/passes.jsonl"
    e=$(date +%s.%N)
    rm -f "$tmp/passes.jsonl"
    count "$db" > "$db.events"
    echo "report bench: store of $passes passes of $(basename "$corpus") made in $(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.0f", e - s }') s"
fi
if [ -n "$corpus" ]; then
    events=$(cat "$db.events")
fi
mb=$(du -m "$db" | cut -f1)
timed() {   # timed LABEL ARGS...: seconds of truce report ARGS
    label=$1
    shift
    s=$(date +%s.%N)
    "$truce" report -q "$db" -o "$tmp/page.html" "$@"
    e=$(date +%s.%N)
    awk -v s="$s" -v e="$e" -v l="$label" -v ev="$events" -v mb="$mb" -v kb="$(( $(wc -c < "$tmp/page.html") / 1024 ))" 'BEGIN {
        printf "truce report, %s: %.2f s on %d events (store %d MB), page %d KB (budget 10 s)\n", l, e - s, ev, mb, kb }'
}
timed "default page"
timed "with the ledger (--parties SYR,ISR --ceasefire 2010-06-10)" --parties SYR,ISR --ceasefire 2010-06-10
