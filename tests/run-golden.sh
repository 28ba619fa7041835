#!/bin/sh
# run-golden.sh — golden tests: each tests/golden/<suite>/<case>.in is run
# through truce and its stdout compared with <case>.out. Optional files:
#   <case>.args  the command line (default "code -q"); {} stands for the
#                input file name, else the name is appended; a leading !
#                means the line is used as it is (no input file)
#   <case>.err   expected stderr       <case>.rc   expected exit code (default 0)
# usage: run-golden.sh TRUCE [--update]
set -u
truce=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
update=${2:-}
pass=0
fail=0
tmp=${TMPDIR:-/tmp}/truce-golden.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
for in in tests/golden/*/*.in; do
    dir=$(dirname "$in")
    name=$(basename "$in" .in)
    args="code -q"
    [ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
    case "$args" in
        "!"*) cmd=${args#!} ;;
        *"{}"*) cmd=$(printf '%s' "$args" | sed "s|{}|$name.in|g") ;;
        *) cmd="$args $name.in" ;;
    esac
    want_rc=0
    [ -f "$dir/$name.rc" ] && want_rc=$(cat "$dir/$name.rc")
    (cd "$dir" && LC_ALL=C eval "\"$truce\" $cmd" >"$tmp/out" 2>"$tmp/err" </dev/null; echo $? >"$tmp/rc")
    rc=$(cat "$tmp/rc")
    if [ "$update" = "--update" ]; then
        cp "$tmp/out" "$dir/$name.out"
        if [ -f "$dir/$name.err" ] || [ "$rc" != 0 ]; then cp "$tmp/err" "$dir/$name.err"; fi
        if [ "$rc" != 0 ]; then echo "$rc" > "$dir/$name.rc"; else rm -f "$dir/$name.rc"; fi
        continue
    fi
    ok=1
    if ! cmp -s "$tmp/out" "$dir/$name.out" 2>/dev/null; then
        ok=0
        echo "FAIL $dir/$name: stdout differs" >&2
        diff -u "$dir/$name.out" "$tmp/out" 2>&1 | head -30 >&2
    fi
    if [ -f "$dir/$name.err" ] && ! cmp -s "$tmp/err" "$dir/$name.err"; then
        ok=0
        echo "FAIL $dir/$name: stderr differs" >&2
        diff -u "$dir/$name.err" "$tmp/err" 2>&1 | head -10 >&2
    fi
    if [ "$rc" != "$want_rc" ]; then
        ok=0
        echo "FAIL $dir/$name: exit code $rc, expected $want_rc" >&2
        head -5 "$tmp/err" >&2
    fi
    if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
[ "$update" = "--update" ] && { echo "golden files rewritten; review with git diff"; exit 0; }
echo "golden: $pass passed, $fail failed"
[ -n "${RESULTS:-}" ] && echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
