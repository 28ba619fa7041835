#!/bin/sh
# run-install.sh — an installed or copied truce finds its data, or says so:
#   - make install PREFIX=DIR puts the binary, gazetteer, examples, man
#     page, library and header in place (DESTDIR stages them elsewhere);
#   - the installed binary, run from another directory, codes the example
#     story to the same bytes as the build's truce, also after the prefix
#     is moved (it finds ../share/truce beside itself);
#   - a copy of it alone, whose data is gone, refuses to code and says where
#     it looked, unless --no-gazetteer; TRUCE_DATA points it at the data;
#   - make uninstall removes what install put.
# usage: run-install.sh B   (the build directory: B/truce, B/gazetteer.bin)
set -u
B=${1:-build}
MAKE=${MAKE:-make}
root=$(pwd)
truce=$root/$B/truce
tmp=${TMPDIR:-/tmp}/truce-install.$$
mkdir -p "$tmp/elsewhere" "$tmp/lonely" "$tmp/empty"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL install: $1" >&2; }
story=data/examples/karabakh-ceasefire.txt

"$MAKE" -s --no-print-directory install B="$B" PREFIX="$tmp/p" >"$tmp/make.log" 2>&1 || { cat "$tmp/make.log" >&2; bad "make install"; }
for f in bin/truce share/truce/gazetteer.bin share/truce/examples/karabakh-ceasefire.txt \
         share/man/man1/truce.1 lib/libtruce.a include/truce.h; do
    [ -f "$tmp/p/$f" ] || bad "make install did not install $f"
done
[ -x "$tmp/p/bin/truce" ] && cmp -s "$tmp/p/share/man/man1/truce.1" truce.1 && ok || bad "installed binary or man page"

# the reference: the build's truce in the source tree
"$truce" code "$story" > "$tmp/want.jsonl" 2>/dev/null
"$truce" code -q --format gdelt "$story" > "$tmp/want.gdelt" 2>/dev/null
[ -s "$tmp/want.jsonl" ] || bad "the build's truce coded nothing"

# the installed one, from another directory
(cd "$tmp/elsewhere" && "$tmp/p/bin/truce" code "$tmp/p/share/truce/examples/karabakh-ceasefire.txt") \
    > "$tmp/got.jsonl" 2> "$tmp/err"
[ $? = 0 ] && cmp -s "$tmp/got.jsonl" "$tmp/want.jsonl" && ok ||
    { bad "installed truce codes other bytes"; diff "$tmp/want.jsonl" "$tmp/got.jsonl" | head -5 >&2; cat "$tmp/err" >&2; }
(cd "$tmp/elsewhere" && "$tmp/p/bin/truce" code -q --format gdelt "$root/$story") > "$tmp/got.gdelt" 2>&1
cmp -s "$tmp/got.gdelt" "$tmp/want.gdelt" && ok || bad "installed truce writes other GDELT rows"

# the prefix moved: found beside the binary
mv "$tmp/p" "$tmp/q"
(cd "$tmp/elsewhere" && "$tmp/q/bin/truce" code "$root/$story") > "$tmp/got.jsonl" 2>/dev/null
cmp -s "$tmp/got.jsonl" "$tmp/want.jsonl" && ok || bad "a moved prefix: other bytes"

# a copy alone: its compiled-in data directory ($tmp/p) is gone
cp "$tmp/q/bin/truce" "$tmp/lonely/truce"
(cd "$tmp/elsewhere" && "$tmp/lonely/truce" code "$root/$story") > "$tmp/got.jsonl" 2> "$tmp/err"
rc=$?
[ $rc = 1 ] && [ ! -s "$tmp/got.jsonl" ] && grep -q "no gazetteer found (looked for $tmp/lonely/gazetteer.bin" "$tmp/err" &&
    grep -q "$tmp/p/share/truce/gazetteer.bin" "$tmp/err" && grep -q -- "--no-gazetteer" "$tmp/err" && ok ||
    { bad "a copy without its data coded silently or said too little (exit $rc)"; cat "$tmp/err" >&2; }
(cd "$tmp/elsewhere" && "$tmp/lonely/truce" code -q --no-gazetteer "$root/$story") > "$tmp/got.jsonl" 2> "$tmp/err"
[ $? = 0 ] && [ -s "$tmp/got.jsonl" ] && ! grep -q '"lat":[0-9-]' "$tmp/got.jsonl" && ok ||
    bad "--no-gazetteer: a copy codes without coordinates"
(cd "$tmp/elsewhere" && TRUCE_DATA="$tmp/q/share/truce" "$tmp/lonely/truce" code "$root/$story") > "$tmp/got.jsonl" 2>/dev/null
cmp -s "$tmp/got.jsonl" "$tmp/want.jsonl" && ok || bad "TRUCE_DATA: other bytes"
(cd "$tmp/elsewhere" && TRUCE_DATA="$tmp/empty" "$tmp/lonely/truce" code "$root/$story") > "$tmp/got.jsonl" 2> "$tmp/err"
[ $? = 1 ] && [ ! -s "$tmp/got.jsonl" ] && grep -q "$tmp/empty/gazetteer.bin (from \$TRUCE_DATA)" "$tmp/err" && ok ||
    { bad "TRUCE_DATA without a gazetteer"; cat "$tmp/err" >&2; }
(cd "$tmp/elsewhere" && "$tmp/lonely/truce" geo Stepanakert) > /dev/null 2> "$tmp/err"
[ $? = 1 ] && grep -q "no gazetteer found" "$tmp/err" && ok || bad "truce geo without its data"

# make uninstall; DESTDIR
"$MAKE" -s --no-print-directory uninstall B="$B" PREFIX="$tmp/q" >/dev/null 2>&1
[ ! -e "$tmp/q/bin/truce" ] && [ ! -e "$tmp/q/share/truce" ] && [ ! -e "$tmp/q/share/man/man1/truce.1" ] && ok ||
    bad "make uninstall left files"
"$MAKE" -s --no-print-directory install B="$B" PREFIX=/opt/truce DESTDIR="$tmp/stage" >"$tmp/make.log" 2>&1
[ -x "$tmp/stage/opt/truce/bin/truce" ] && [ -f "$tmp/stage/opt/truce/share/truce/gazetteer.bin" ] && ok ||
    { bad "make install DESTDIR="; cat "$tmp/make.log" >&2; }

echo "install: $pass passed, $fail failed"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
