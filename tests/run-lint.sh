#!/bin/sh
# run-lint.sh LIBTRUCE.a — the shape of the code, checked (make lint):
#   1. libtruce.a exports only truce_* symbols (nm);
#   2. no include cycle among the headers of src/, and cli/ and fuzz/
#      include only the public header (and cli's own);
#   3. no file of src/ over 1,200 lines, no function over 200.
# Prints one line per problem and "lint: P passed, F failed"; appends
# "P F" to $RESULTS when set.
set -u
LIB=${1:-build/libtruce.a}
cd "$(dirname "$0")/.." || exit 1
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "lint: $*"; }

# 1. exported symbols
if [ -f "$LIB" ] && command -v nm >/dev/null 2>&1; then
    leaked=$(nm -g --defined-only "$LIB" | awk 'NF == 3 && $3 !~ /^truce_/ {print $3}' | sort -u)
    if [ -n "$leaked" ]; then
        bad "$LIB exports symbols without the truce_ prefix: $(echo $leaked | cut -c1-300)"
    else
        ok
    fi
else
    bad "$LIB not built (or no nm): cannot check its symbols"
fi

# 2. includes: the quoted includes of src/*.h form no cycle
cycles=$(for f in src/*.h; do
        sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f" | while read -r inc; do
            [ -f "src/$inc" ] && echo "$(basename "$f") $inc"
        done
    done | awk '
    { edge[$1] = edge[$1] " " $2; node[$1] = 1; node[$2] = 1 }
    function visit(n,   i, k, parts) {
        if (state[n] == 1) { cyc = cyc " " n; return }
        if (state[n] == 2) return
        state[n] = 1
        k = split(edge[n], parts, " ")
        for (i = 1; i <= k; i++) visit(parts[i])
        state[n] = 2
    }
    END { for (n in node) visit(n); print cyc }')
if [ -n "$(echo "$cycles" | tr -d ' ')" ]; then
    bad "include cycle among src/ headers through:$cycles"
else
    ok
fi
for f in cli/*.c cli/*.h fuzz/*.c; do
    [ -f "$f" ] || continue
    inner=$(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f" | while read -r inc; do
            case "$inc" in
            truce.h) ;;
            *) [ -f "cli/$inc" ] || echo "$inc" ;;
            esac
        done)
    if [ -n "$inner" ]; then
        bad "$f includes the library's internals: $inner (use include/truce.h)"
    else
        ok
    fi
done

# 3. sizes: files and functions of src/
for f in src/*.c; do
    n=$(wc -l < "$f")
    if [ "$n" -gt 1200 ]; then
        bad "$f has $n lines (over 1,200): split it by job"
    else
        ok
    fi
    long=$(awk '
        /^[A-Za-z].*\(/ && !/;[ \t]*$/ && !/^(typedef|static const|const struct)/ { start = NR; name = $0 }
        /^}/ { if (start && NR - start + 1 > 200) printf "%s:%d: %s (%d lines)\n", FILENAME, start, substr(name, 1, 60), NR - start + 1; start = 0 }
    ' "$f")
    if [ -n "$long" ]; then
        bad "function over 200 lines: $long"
    else
        ok
    fi
done

echo "lint: $pass passed, $fail failed"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ "$fail" = 0 ]
