#!/bin/sh
# run-docs.sh — the documentation cannot drift from the program:
#   - every ```console block of README.md is run: each "$ COMMAND" line
#     (./truce standing for the truce under test, run from the source tree)
#     must print exactly the lines that follow it, stdout and stderr
#     together; an output line starting with one space goes on the line
#     before it (long JSON lines are wrapped so), without that space;
#   - every ./truce command line of the README's ```sh blocks is known to
#     truce: no unknown command or option, no bad option value;
#   - truce.1 reads without a groff warning, names every command and every
#     option that `truce CMD --help` lists, and its table header is the one
#     --format tsv writes;
#   - `truce help CMD` prints `truce CMD --help`;
#   - reading a terminal, truce code/split/geo say how to end the input
#     (not with -q, nor when the input is not a terminal).
# usage: run-docs.sh TRUCE PTY [--update]   (PTY: the helper built from
# tests/pty.c). --update rewrites the output of README.md's console
# examples with what truce prints now (JSON lines over 110 bytes wrapped
# before a key), for review with git diff, as make golden-update does.
set -u
truce=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pty=${2:-}
update=${3:-}
tmp=${TMPDIR:-/tmp}/truce-docs.$$
mkdir -p "$tmp/run"
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL docs: $1" >&2; }

# --- README console examples -------------------------------------------------
# split each ```console block into case files: $tmp/ex.N.cmd, $tmp/ex.N.want
awk -v dir="$tmp" '
    /^```console[ \t]*$/ { inblock = 1; next }
    inblock && /^```[ \t]*$/ { inblock = 0; next }
    !inblock { next }
    /^\$ / { n++; printf "%s\n", substr($0, 3) > (dir "/ex." n ".cmd"); printf "" > (dir "/ex." n ".want"); next }
    n && /^ / { printf "%s", substr($0, 2) >> (dir "/ex." n ".want"); next }
    n { if (started[n]) printf "\n" >> (dir "/ex." n ".want"); printf "%s", $0 >> (dir "/ex." n ".want"); started[n] = 1 }
    END { for (i = 1; i <= n; i++) if (started[i]) printf "\n" >> (dir "/ex." i ".want"); print n + 0 > (dir "/ex.count") }
' README.md
n=$(cat "$tmp/ex.count")
[ "$n" -ge 3 ] && ok || bad "README.md has $n console examples, expected at least 3"
i=1
while [ "$i" -le "$n" ]; do
    cmd=$(sed "s|\./truce|\"$truce\"|g" "$tmp/ex.$i.cmd")
    LC_ALL=C sh -c "$cmd" > "$tmp/ex.$i.got" 2>&1 < /dev/null
    if cmp -s "$tmp/ex.$i.got" "$tmp/ex.$i.want"; then ok; else
        bad "README example $i differs: $(cat "$tmp/ex.$i.cmd")"
        diff "$tmp/ex.$i.want" "$tmp/ex.$i.got" | head -10 >&2
    fi
    i=$((i + 1))
done
if [ "$update" = --update ]; then
    # each example's lines replaced by what it printed, long JSON wrapped
    awk -v dir="$tmp" '
        function wrap(s,   out, cur, tok) {
            if (length(s) <= 110 || substr(s, 1, 1) != "{") return s
            out = ""; cur = ""
            while (match(s, /,"[a-z_]+":/)) {
                tok = substr(s, 1, RSTART); s = substr(s, RSTART + 1)
                if (cur != "" && length(cur) + length(tok) > 110) { out = out cur "\n "; cur = tok } else cur = cur tok
            }
            if (cur != "" && length(cur) + length(s) > 110) { out = out cur "\n "; cur = s } else cur = cur s
            return out cur
        }
        /^```console[ \t]*$/ { inblock = 1; print; next }
        inblock && /^```[ \t]*$/ { inblock = 0; print; next }
        inblock && /^\$ / {
            print; n++
            f = dir "/ex." n ".got"
            while ((getline line < f) > 0) print wrap(line)
            close(f); next
        }
        inblock { next }
        { print }
    ' README.md > "$tmp/README.new" && cat "$tmp/README.new" > README.md
    echo "README.md examples rewritten; review with git diff"
    exit 0
fi

# --- README command lines: only options truce knows ---------------------------
awk '/^```sh[ \t]*$/ { s = 1; next } s && /^```/ { s = 0 } s && /^\.\/truce / { print }' README.md |
    sed 's/[ \t][ \t]*#.*$//' > "$tmp/lines"
[ -s "$tmp/lines" ] && ok || bad "no ./truce lines in the README's sh blocks"
while IFS= read -r line; do
    cmd=$(printf '%s' "$line" | sed "s|\./truce|\"$truce\"|g")
    (cd "$tmp/run" && sh -c "$cmd" > /dev/null 2> "$tmp/err" < /dev/null)
    if grep -q "unknown option\|unknown command\|unknown subcommand\|takes \|did you mean" "$tmp/err"; then
        bad "README line not understood: $line"; head -2 "$tmp/err" >&2
    else ok; fi
done < "$tmp/lines"

# --- the manual -----------------------------------------------------------------
if command -v groff > /dev/null 2>&1; then
    groff -man -ww -z truce.1 > "$tmp/groff" 2>&1
    [ ! -s "$tmp/groff" ] && ok || { bad "groff warns about truce.1"; head -5 "$tmp/groff" >&2; }
else
    echo "docs: groff not installed, the man page's roff not checked (tools/install-deps.sh installs it)"
fi
# the page's text with roff's escaped hyphens as typed
sed 's/\\-/-/g; s/\\(dq/"/g' truce.1 > "$tmp/man.txt"
for c in code ingest db split geo dict validate help version; do
    grep -q "^\.SS \"truce $c" "$tmp/man.txt" && ok || bad "truce.1 has no section for truce $c"
done
for c in code ingest split geo dict validate db; do
    "$truce" "$c" --help > "$tmp/help" 2>&1 || bad "truce $c --help failed"
    "$truce" help "$c" > "$tmp/help2" 2>&1
    cmp -s "$tmp/help" "$tmp/help2" && ok || bad "truce help $c differs from truce $c --help"
    for o in $(grep -o -- '--[a-z][a-z0-9-]*[a-z0-9]\|^  -[a-z]\b\| -[a-z],' "$tmp/help" | tr -d ' ,' | sort -u); do
        grep -q -- "$o\b" "$tmp/man.txt" || bad "truce.1 does not describe $c's option $o"
    done
done
hdr=$("$truce" code -q --no-gazetteer --format tsv /dev/null 2>/dev/null | head -1 | tr '\t' ' ')
awk '/^\.SS "Tables/ { t = 1 } t && /^\.EX/ { on = 1; next } on && /^\.EE/ { exit }
     on { printf "%s%s", sep, $0; sep = " " }' "$tmp/man.txt" > "$tmp/mhdr"
[ "$(cat "$tmp/mhdr")" = "$hdr" ] && ok || { bad "truce.1's table columns are not those of --format tsv"; echo "$hdr" >&2; }

# --- a terminal on stdin ----------------------------------------------------------
if [ -n "$pty" ] && [ -x "$pty" ] && ! "$pty" true 2> /dev/null; then
    echo "docs: no pseudo-terminal on this machine: the terminal hints are not checked"
elif [ -n "$pty" ] && [ -x "$pty" ]; then
    "$pty" "$truce" code > /dev/null 2> "$tmp/err"
    [ $? = 0 ] && grep -q "^truce code: reading stories from the terminal: .*Ctrl-D" "$tmp/err" && ok ||
        { bad "truce code on a terminal gives no hint"; cat "$tmp/err" >&2; }
    "$pty" "$truce" split > /dev/null 2> "$tmp/err"
    grep -q "^truce split: reading stories from the terminal" "$tmp/err" && ok || bad "truce split on a terminal"
    "$pty" "$truce" geo > /dev/null 2> "$tmp/err"
    grep -q "^truce geo: reading the text from the terminal" "$tmp/err" && ok || bad "truce geo on a terminal"
    "$pty" "$truce" code -q > /dev/null 2> "$tmp/err"
    [ ! -s "$tmp/err" ] && ok || { bad "truce code -q on a terminal is not quiet"; cat "$tmp/err" >&2; }
    "$truce" code < /dev/null > /dev/null 2> "$tmp/err"
    ! grep -q "terminal" "$tmp/err" && ok || bad "a hint when stdin is not a terminal"
else
    bad "no pty helper given"
fi

echo "docs: $pass passed, $fail failed"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
