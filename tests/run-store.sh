#!/bin/sh
# run-store.sh — the store: `truce ingest`, `truce db`, `truce query`,
# `truce monitor` on small inputs:
#   - a first ingest stores every story read (events, no event, errors) and
#     `truce db export --status` matches tests/golden/store/export.out;
#   - ingesting the same inputs again adds nothing (same export, and the
#     summary says so), whatever the thread count;
#   - `truce db check` passes and prints the counts;
#   - the stored events are `truce code`'s, byte for byte;
#   - a store coded with other knowledge or options is refused; --recode
#     codes it again in place, to what a fresh ingest with them stores, and
#     a second --recode finds nothing to do;
#   - incidents: duplicate reports of one happening in several stories
#     (tests/golden/store/incidents.jsonl, written here) are one incident
#     with its counts of mentions, stories and sources
#     (tests/golden/store/incidents.out), the same ids and counts whatever
#     the ingest order and -j;
#   - the queries of tests/golden/store/queries.txt and the ledgers of
#     monitor.txt print tests/golden/store/queries.out and monitor.out;
#   - a store of schema version 1 (tests/golden/store/v1.sql, made by truce
#     before this schema; needs the sqlite3 program) is refused by ingest
#     and query with a message naming 'truce db migrate', checked as it is,
#     migrated, checked, exported as before, and re-ingesting its input
#     stores the stories' text;
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
g=tests/golden/store

# golden FILE GOT: compare (or, with --update, rewrite)
golden() {
    if [ "$update" = --update ]; then
        cp "$2" "$1"
    fi
    cmp -s "$2" "$1" && ok || { bad "$1 differs"; diff "$1" "$2" | head -10 >&2; }
}

in1=$g/stories.jsonl
in2=data/examples/karabakh-ceasefire.txt
db=$tmp/s.db
"$truce" ingest -q "$db" "$in1" "$in2" 2> "$tmp/err"
[ $? = 1 ] && grep -q "stories.jsonl:3:" "$tmp/err" && ok || bad "first ingest: exit code 1 with the bad line named"
"$truce" db export --status "$db" > "$tmp/export"
golden $g/export.out "$tmp/export"

# the same inputs again, with two threads: nothing added
"$truce" ingest -j 2 "$db" "$in1" "$in2" 2> "$tmp/err"
grep -q "0 stories added to .*, 4 already there, 1 stored with an error tried again" "$tmp/err" && ok ||
    { bad "second ingest added stories"; cat "$tmp/err" >&2; }
"$truce" db export --status "$db" | cmp -s - $g/export.out && ok || bad "export changed after a second ingest"

"$truce" db check "$db" > "$tmp/check" 2>&1
[ $? = 0 ] && grep -q "^integrity: ok" "$tmp/check" &&
    grep -q "^stored: 5 stories: 3 with events, 1 with no event, 1 with errors; 17 events; 16 incidents" "$tmp/check" &&
    ok || { bad "db check"; cat "$tmp/check" >&2; }

# the stored events are what `truce code` writes, byte for byte
"$truce" code -q "$in1" "$in2" 2>/dev/null > "$tmp/code"
"$truce" db export "$db" | cmp -s - "$tmp/code" && ok || bad "stored events differ from 'truce code' output"

# --- what codes the store: refused, then coded again -------------------------
"$truce" ingest -q --min-confidence 0.6 "$db" "$in1" 2> "$tmp/err"
[ $? = 1 ] && grep -q "coded with other options.*--recode" "$tmp/err" && ok ||
    { bad "other options not refused"; cat "$tmp/err" >&2; }
"$truce" ingest -q --dict tests/golden/dict/fixture.actors.txt "$db" "$in1" 2> "$tmp/err"
[ $? = 1 ] && grep -q "coded with other knowledge.*fixture.actors.txt.*--recode" "$tmp/err" && ok ||
    { bad "other knowledge not refused"; cat "$tmp/err" >&2; }
"$truce" ingest --recode --min-confidence 0.6 "$db" 2> "$tmp/err"
[ $? = 0 ] && grep -q "4 stored stories coded again" "$tmp/err" && ok || { bad "--recode"; cat "$tmp/err" >&2; }
"$truce" ingest -q --min-confidence 0.6 "$tmp/fresh.db" "$in1" "$in2" 2>/dev/null
"$truce" db export --status "$tmp/fresh.db" > "$tmp/fresh"
"$truce" db export --status "$db" | cmp -s - "$tmp/fresh" && ok || bad "--recode stores other events than a fresh ingest"
"$truce" query "$tmp/fresh.db" --incidents --format jsonl > "$tmp/fresh.inc"
"$truce" query "$db" --incidents --format jsonl | cmp -s - "$tmp/fresh.inc" && ok ||
    bad "--recode leaves other incidents than a fresh ingest"
"$truce" ingest --recode --min-confidence 0.6 "$db" 2> "$tmp/err"
grep -q "0 stored stories coded again.*none was coded otherwise" "$tmp/err" && ok || bad "a second --recode recoded"
"$truce" db check "$db" > "$tmp/check" 2>&1 && ok || { bad "db check after --recode"; cat "$tmp/check" >&2; }

# --- incidents: one happening reported by several stories --------------------
inc=$g/incidents.jsonl
"$truce" ingest -q "$tmp/inc.db" "$inc" 2>/dev/null
"$truce" query "$tmp/inc.db" --incidents --format jsonl > "$tmp/inc.out"
golden $g/incidents.out "$tmp/inc.out"
# the Kharkiv shelling of 13 March: 5 mentions in 4 stories of 3 sources
grep -q '"date":"2022-03-13","actor_a":"RUS","actor_b":"UKR","root":"19".*"mentions":5,"stories":4,"sources":3' \
    "$tmp/inc.out" && ok || bad "the Kharkiv shelling is not one incident of 5 mentions, 4 stories, 3 sources"
# the same ids and counts, ingested backwards with two threads, or one story at a time
awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }' "$inc" > "$tmp/rev.jsonl"
"$truce" ingest -q -j 2 "$tmp/rev.db" "$tmp/rev.jsonl" 2>/dev/null
"$truce" query "$tmp/rev.db" --incidents --format jsonl | cmp -s - "$tmp/inc.out" && ok ||
    bad "incidents differ when ingested in another order with -j 2"
i=1
while [ $i -le 8 ]; do
    sed -n "${i}p" "$inc" > "$tmp/one.jsonl"
    "$truce" ingest -q "$tmp/one.db" "$tmp/one.jsonl" 2>/dev/null
    i=$((i + 1))
done
"$truce" query "$tmp/one.db" --incidents --format jsonl | cmp -s - "$tmp/inc.out" && ok ||
    bad "incidents differ when stories are ingested one run each"
"$truce" db check "$tmp/one.db" > "$tmp/check" 2>&1 && ok || { bad "db check of incidents"; cat "$tmp/check" >&2; }

# --- queries and ledgers ----------------------------------------------------------
# each line of queries.txt: a store (inc: the incidents' stories, s: the
# first store) and the arguments of truce query
: > "$tmp/queries.out"
while IFS= read -r line; do
    case $line in '#'*|'') continue ;; esac
    which=${line%% *}
    args=${line#* }
    [ "$which" = inc ] && d=$tmp/inc.db || d=$tmp/fresh.db
    printf '$ truce query %s %s\n' "$which" "$args" >> "$tmp/queries.out"
    eval "set -- $args"
    "$truce" query "$d" "$@" > "$tmp/q" 2>&1
    rc=$?
    sed "s|$tmp/[a-z]*\.db|DB|g" "$tmp/q" >> "$tmp/queries.out"
    echo "[exit $rc]" >> "$tmp/queries.out"
done < $g/queries.txt
golden $g/queries.out "$tmp/queries.out"
: > "$tmp/monitor.out"
while IFS= read -r line; do
    case $line in '#'*|'') continue ;; esac
    printf '$ truce monitor inc %s\n' "$line" >> "$tmp/monitor.out"
    eval "set -- $line"
    "$truce" monitor "$tmp/inc.db" "$@" > "$tmp/q" 2>&1
    rc=$?
    sed "s|$tmp/[a-z]*\.db|DB|g" "$tmp/q" >> "$tmp/monitor.out"
    echo "[exit $rc]" >> "$tmp/monitor.out"
done < $g/monitor.txt
golden $g/monitor.out "$tmp/monitor.out"

# --- a store of schema version 1 ---------------------------------------------------
if command -v sqlite3 > /dev/null 2>&1; then
    sqlite3 "$tmp/v1.db" < $g/v1.sql
    "$truce" ingest -q "$tmp/v1.db" "$in1" 2> "$tmp/err"
    [ $? = 1 ] && grep -q "schema version 1.*truce db migrate" "$tmp/err" && ok || { bad "ingest into a v1 store"; cat "$tmp/err" >&2; }
    "$truce" query "$tmp/v1.db" 2> "$tmp/err"
    [ $? = 1 ] && grep -q "schema version 1.*truce db migrate" "$tmp/err" && ok || bad "query of a v1 store"
    "$truce" db check "$tmp/v1.db" > "$tmp/check" 2>&1
    [ $? = 0 ] && grep -q "^schema: version 1" "$tmp/check" && ok || { bad "db check of a v1 store"; cat "$tmp/check" >&2; }
    "$truce" db migrate "$tmp/v1.db" > "$tmp/mig" 2>&1
    [ $? = 0 ] && grep -q "schema version 1 to 2: 5 stories, 17 events, 16 incidents" "$tmp/mig" && ok ||
        { bad "db migrate"; cat "$tmp/mig" >&2; }
    "$truce" db check "$tmp/v1.db" > "$tmp/check" 2>&1
    [ $? = 0 ] && grep -q "^no text: 4 stories" "$tmp/check" && ok || { bad "db check after migrate"; cat "$tmp/check" >&2; }
    # the events v1.sql holds (coded by the truce of its day), as migrated
    "$truce" db export --status "$tmp/v1.db" > "$tmp/v1export"
    golden $g/export-v1.out "$tmp/v1export"
    "$truce" ingest "$tmp/v1.db" "$in1" "$in2" 2> "$tmp/err"
    grep -q "4 kept without their text (schema 1) coded again" "$tmp/err" && ok || { bad "re-ingest after migrate"; cat "$tmp/err" >&2; }
    "$truce" db check "$tmp/v1.db" > "$tmp/check" 2>&1
    [ $? = 0 ] && ! grep -q "^no text" "$tmp/check" && ok || { bad "texts after re-ingest"; cat "$tmp/check" >&2; }
    "$truce" db migrate "$tmp/v1.db" 2>&1 | grep -q "at schema version 2 already" && ok || bad "migrate of a v2 store"
else
    echo "store: sqlite3 not installed, the schema 1 migration not tested (tools/install-deps.sh installs it)"
fi

# not a store / missing / another version
echo "not a database" > "$tmp/text.db"
"$truce" db check "$tmp/text.db" 2> "$tmp/err"
[ $? = 1 ] && grep -q "text.db" "$tmp/err" && ok || { bad "a text file taken for a store"; cat "$tmp/err" >&2; }
"$truce" ingest "$tmp/text.db" "$in1" 2> "$tmp/err"
[ $? = 1 ] && grep -q "text.db" "$tmp/err" && ok || { bad "ingest into a text file"; cat "$tmp/err" >&2; }
"$truce" db export "$tmp/missing.db" 2> "$tmp/err"
[ $? = 1 ] && grep -q "missing.db" "$tmp/err" && [ ! -e "$tmp/missing.db" ] && ok || bad "export of a missing store"
"$truce" query "$tmp/missing.db" 2> "$tmp/err"
[ $? = 1 ] && grep -q "missing.db" "$tmp/err" && [ ! -e "$tmp/missing.db" ] && ok || bad "query of a missing store"
"$truce" ingest 2> "$tmp/err"
[ $? = 2 ] && grep -q "needs a database file" "$tmp/err" && ok || bad "ingest without a database"

echo "store: $pass passed, $fail failed"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
