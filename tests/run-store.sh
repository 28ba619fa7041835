#!/bin/sh
# run-store.sh — `truce ingest` and `truce db` on small inputs:
#   - a first ingest stores every story read (events, no event, errors) and
#     `truce db export --status` matches tests/golden/store/export.out;
#   - ingesting the same inputs again adds nothing (same export, and the
#     summary says so), whatever the thread count;
#   - `truce db check` passes and prints the counts;
#   - a file that is not a store and a missing store are refused with a
#     message naming the file; ingest without a database is a usage error.
# usage: run-store.sh TRUCE [--update]
set -u
truce=$1
update=${2:-}
tmp=${TMPDIR:-/tmp}/truce-store.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL store: $1" >&2; }

in1=tests/golden/store/stories.jsonl
in2=data/examples/karabakh-ceasefire.txt
db=$tmp/s.db
"$truce" ingest -q "$db" "$in1" "$in2" 2> "$tmp/err"
[ $? = 1 ] && grep -q "stories.jsonl:3:" "$tmp/err" && ok || bad "first ingest: exit code 1 with the bad line named"
"$truce" db export --status "$db" > "$tmp/export"
if [ "$update" = --update ]; then
    cp "$tmp/export" tests/golden/store/export.out
fi
cmp -s "$tmp/export" tests/golden/store/export.out && ok || {
    bad "export differs from tests/golden/store/export.out"; diff tests/golden/store/export.out "$tmp/export" | head -5 >&2; }

# the same inputs again, with two threads: nothing added
"$truce" ingest -j 2 "$db" "$in1" "$in2" 2> "$tmp/err"
grep -q "0 stories added to .*, 4 already there, 1 stored with an error tried again" "$tmp/err" && ok ||
    { bad "second ingest added stories"; cat "$tmp/err" >&2; }
"$truce" db export --status "$db" | cmp -s - tests/golden/store/export.out && ok || bad "export changed after a second ingest"

"$truce" db check "$db" > "$tmp/check" 2>&1
[ $? = 0 ] && grep -q "^integrity: ok" "$tmp/check" &&
    grep -q "^stored: 5 stories: 3 with events, 1 with no event, 1 with errors" "$tmp/check" && ok ||
    { bad "db check"; cat "$tmp/check" >&2; }

# events have queryable columns: the export of one column's worth matches
# what `truce code` writes
"$truce" code -q "$in1" "$in2" 2>/dev/null > "$tmp/code"
"$truce" db export "$db" | cmp -s - "$tmp/code" && ok || bad "stored events differ from 'truce code' output"

# not a store / missing / another version
echo "not a database" > "$tmp/text.db"
"$truce" db check "$tmp/text.db" 2> "$tmp/err"
[ $? = 1 ] && grep -q "text.db" "$tmp/err" && ok || { bad "a text file taken for a store"; cat "$tmp/err" >&2; }
"$truce" ingest "$tmp/text.db" "$in1" 2> "$tmp/err"
[ $? = 1 ] && grep -q "text.db" "$tmp/err" && ok || { bad "ingest into a text file"; cat "$tmp/err" >&2; }
"$truce" db export "$tmp/missing.db" 2> "$tmp/err"
[ $? = 1 ] && grep -q "missing.db" "$tmp/err" && [ ! -e "$tmp/missing.db" ] && ok || bad "export of a missing store"
"$truce" ingest 2> "$tmp/err"
[ $? = 2 ] && grep -q "needs a database file" "$tmp/err" && ok || bad "ingest without a database"

echo "store: $pass passed, $fail failed"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
