#!/bin/sh
# run-report.sh — `truce report` and the progress line:
#   - a store made from repo data (data/examples/karabakh-ceasefire.txt and
#     tests/report/karabakh-2020.jsonl, stories written for this test)
#     gives a page with the five parts in order (timeline, ceasefire ledger,
#     dyads, map, evidence), the same bytes twice, with no reference to
#     anything outside the file (no script, link, image, frame, @import,
#     url() or href but to its own #ids) and content in every SVG;
#   - with Chromium installed (Debian's chromium, tools/install-deps.sh):
#     the page laid out at 1280 px has the five parts, each SVG drawn with
#     a size and shapes, no horizontal scrolling, no element or style that
#     loads anything; a full-page screenshot (kept as build/report-test.png
#     for a person to look at) holds them all; the page prints (PDF). Said
#     skipped where Chromium is missing;
#   - errors: a missing store, a file that is not a store, a store of schema
#     version 1 (tests/golden/store/v1.sql, where the sqlite3 program is), a
#     bad date, bad parties;
#   - the progress line of ingest and report: drawn on a terminal (the pty
#     helper's -e), never into a pipe or with -q.
# usage: run-report.sh TRUCE [PTY] [SHARED]   With SHARED (../shared), the
# page of a store of its Karabakh story and bench corpus is checked the
# same way and its screenshot kept as build/report-shared.png (make eval).
set -u
truce=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pty=${2:-}
shared=${3:-}
tmp=${TMPDIR:-/tmp}/truce-report.$$
mkdir -p "$tmp" build
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
skipped=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL report: $1" >&2; }

# --- the page, read as text ------------------------------------------------
static_checks() {   # static_checks PAGE LABEL
    page=$1
    label=$2
    # the five parts, in order
    order=$(grep -o '<section id="[a-z]*"' "$page" | sed 's/.*id="\([a-z]*\)"/\1/' | tr '\n' ' ')
    [ "$order" = "timeline ledger dyads map evidence " ] && ok || bad "$label: parts are '$order'"
    # nothing outside the file: no element that loads, no url() but to an
    # id, no href but to an id, no src at all
    if grep -Eiq '<(script|link|img|iframe|object|embed|image|use|video|audio|source|base)[ >/]|@import|src=|url\([^#)]|xlink:href|href="[^#]|href='"'" "$page"; then
        bad "$label: the page refers to something outside it:"
        grep -Eio '.{0,40}(<(script|link|img|iframe|object|embed|image|use|video|audio|source|base)[ >/]|@import|src=|url\([^#)]|xlink:href|href="[^#]).{0,40}' "$page" | head -3 >&2
    else
        ok
    fi
    # every SVG has shapes
    n_svg=$(grep -c '<svg' "$page")
    n_full=$(awk 'BEGIN { RS = "</svg>" } /<svg/ { s = substr($0, index($0, "<svg")); if (s ~ /<(rect|path|circle|polyline|line)[ >]/) n++ } END { print n + 0 }' "$page")
    [ "$n_svg" -ge 3 ] && [ "$n_svg" = "$n_full" ] && ok || bad "$label: $n_svg SVGs, $n_full with shapes"
    grep -q '<td>No event' "$page" && bad "$label: the evidence table is empty" || ok
}

# --- the page, laid out by Chromium ----------------------------------------
browser=""
for b in chromium chromium-browser; do
    if command -v "$b" > /dev/null 2>&1; then
        browser=$b
        break
    fi
done
# as the machine's notes say: headless, no sandbox (root), no GPU, nothing
# in the background that would reach for the network, a new profile
chrome() {
    ud=$(mktemp -d "$tmp/profile.XXXXXX")
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-default-apps --hide-scrollbars --user-data-dir="$ud" "$@" 2> "$tmp/chrome.err"
    rc=$?
    rm -rf "$ud"
    return $rc
}

# a script appended to a copy of the page measures what the browser drew
measure_js='<script>
addEventListener("load", function () {
  var out = [], ids = [];
  document.querySelectorAll("main > section").forEach(function (s) {
    var r = s.getBoundingClientRect();
    ids.push(s.id);
    out.push("section " + s.id + " " + Math.round(r.top + scrollY) + " " + Math.round(r.bottom + scrollY));
  });
  out.push("order " + ids.join(","));
  document.querySelectorAll("svg").forEach(function (g, i) {
    var r = g.getBoundingClientRect();
    out.push("svg " + i + " " + Math.round(r.width) + " " + Math.round(r.height) + " " +
             g.querySelectorAll("rect,path,circle,line,polyline").length);
  });
  var loads = document.querySelectorAll("[src],link,iframe,object,embed,image,use,img,video,audio,script").length - 1;
  var css = 0;
  for (var i = 0; i < document.styleSheets.length; i++) {
    var rules = document.styleSheets[i].cssRules;
    for (var j = 0; j < rules.length; j++) {
      if (/url\((?!#)|@import|@font-face/.test(rules[j].cssText)) css++;
    }
  }
  out.push("loads " + loads + " " + css);
  out.push("width " + document.documentElement.scrollWidth);
  out.push("height " + document.documentElement.scrollHeight);
  var p = document.createElement("pre");
  p.id = "truce-measure";
  p.textContent = out.join("\n");
  document.body.appendChild(p);
});
</script>'

browser_checks() {   # browser_checks PAGE LABEL PNG
    page=$1
    label=$2
    png=$3
    case $page in /*) ;; *) page=$PWD/$page ;; esac
    case $png in /*) ;; *) png=$PWD/$png ;; esac
    { sed '/^<\/body>$/,$d' "$page"; printf '%s\n</body>\n</html>\n' "$measure_js"; } > "$tmp/measure2.html"
    chrome --window-size=1280,900 --dump-dom "file://$tmp/measure2.html" > "$tmp/dom.html"
    sed -n '/<pre id="truce-measure">/,/<\/pre>/p' "$tmp/dom.html" | sed 's/<[^>]*>//g' > "$tmp/m"
    if ! grep -q '^order ' "$tmp/m"; then
        bad "$label: Chromium laid out nothing to measure"
        head -5 "$tmp/chrome.err" >&2
        return
    fi
    grep -qx 'order timeline,ledger,dyads,map,evidence' "$tmp/m" && ok || bad "$label: laid-out parts: $(grep '^order' "$tmp/m")"
    # each part has height; each SVG is drawn with a size and shapes
    awk '$1 == "section" && $4 - $3 < 60 { bad = 1 } END { exit bad }' "$tmp/m" && ok ||
        bad "$label: a part is nearly empty: $(grep '^section' "$tmp/m" | tr '\n' ';')"
    awk '$1 == "svg" && ($3 < 600 || $4 < 60 || $5 < 1) { bad = 1 } END { exit bad }' "$tmp/m" && ok ||
        bad "$label: an SVG drawn too small or empty: $(grep '^svg' "$tmp/m" | tr '\n' ';')"
    grep -qx 'loads 0 0' "$tmp/m" && ok || bad "$label: the laid-out page loads something: $(grep '^loads' "$tmp/m")"
    w=$(sed -n 's/^width //p' "$tmp/m")
    [ "${w:-9999}" -le 1280 ] && ok || bad "$label: wider than 1280 px ($w)"
    # the whole page in one screenshot: every part inside it
    h=$(sed -n 's/^height //p' "$tmp/m")
    last=$(awk '$1 == "section" { b = $4 } END { print b + 0 }' "$tmp/m")
    chrome --window-size="1280,$h" --screenshot="$png" "file://$page" > /dev/null
    if [ -s "$png" ]; then
        # the PNG's size from its header (IHDR: width, height at bytes 16-23)
        pw=$(od -An -tu1 -j16 -N4 "$png" | awk '{ print (($1 * 256 + $2) * 256 + $3) * 256 + $4 }')
        ph=$(od -An -tu1 -j20 -N4 "$png" | awk '{ print (($1 * 256 + $2) * 256 + $3) * 256 + $4 }')
        [ "$pw" = 1280 ] && [ "$ph" -ge "$last" ] && [ "$(wc -c < "$png")" -gt 50000 ] && ok ||
            bad "$label: screenshot $pw x $ph, $(wc -c < "$png") bytes; the parts end at $last"
    else
        bad "$label: no screenshot"
        head -5 "$tmp/chrome.err" >&2
    fi
    # on paper
    chrome --no-pdf-header-footer --print-to-pdf="$tmp/page.pdf" "file://$page" > /dev/null
    pages=$(grep -ac '/Type /Page$\|/Type /Page[^s]' "$tmp/page.pdf" 2> /dev/null)
    [ "${pages:-0}" -ge 2 ] && ok || bad "$label: printing gave ${pages:-no} pages"
}

# --- the test store ---------------------------------------------------------
db=$tmp/t.db
"$truce" ingest -q "$db" data/examples/karabakh-ceasefire.txt tests/report/karabakh-2020.jsonl || bad "ingest of the test stories"
"$truce" report "$db" -o "$tmp/r.html" --parties ARM,AZE --ceasefire 2020-11-10 --before 60 --after 60 2> "$tmp/err"
[ $? = 0 ] && grep -q "^truce report: wrote .*r.html" "$tmp/err" && ok || { bad "report failed"; cat "$tmp/err" >&2; }
static_checks "$tmp/r.html" "test store"
grep -q 'Rate ratio after / before: ' "$tmp/r.html" && ok || bad "the ledger has no rate ratio"
grep -q 'ceasefire 2020-11-10' "$tmp/r.html" && grep -q 'Incidents per week' "$tmp/r.html" && ok ||
    bad "the timeline does not count incidents per week with the ceasefire marked"
grep -q 'Ganja' "$tmp/r.html" && grep -q '3 in 3 stories, 3 sources' "$tmp/r.html" && ok ||
    bad "the evidence lacks the Ganja rockets, one incident reported in 3 stories by 3 sources"
grep -q '<mark>Armenian forces fired rockets</mark> at Ganja' "$tmp/r.html" && ok || bad "the evidence span is not marked"
# the ledger's numbers are truce monitor's
"$truce" monitor "$db" --parties ARM,AZE --ceasefire 2020-11-10 --before 60 --after 60 --format json > "$tmp/mon.json"
rr=$(sed -n 's/.*"rate_ratio":\([0-9.]*\).*/\1/p' "$tmp/mon.json" | awk '{ printf "%.2f", $1 }')
vb=$(sed -n 's/.*"before":{[^}]*"violent":\([0-9]*\),"stories":\([0-9]*\).*/\1 violent incidents, \2 stories/p' "$tmp/mon.json")
[ -n "$rr" ] && grep -q "Rate ratio after / before: $rr" "$tmp/r.html" && grep -q "$vb" "$tmp/r.html" && ok ||
    bad "the ledger's rate ratio ($rr) or before side ($vb) is not truce monitor's"
grep -q '194</span> Fight with artillery and tanks' "$tmp/r.html" && ok || bad "the evidence lacks the CAMEO codes' names"
# the same bytes again, and to stdout
"$truce" report -q "$db" -o - --parties ARM,AZE --ceasefire 2020-11-10 --before 60 --after 60 > "$tmp/r2.html"
cmp -s "$tmp/r.html" "$tmp/r2.html" && ok || bad "a second report (to stdout) differs"
# a filter narrows it; no ledger without parties
"$truce" report -q "$db" -o "$tmp/f.html" --dyad AZE,ARM --quad 4 --from 2020-09-01 --to 2020-12-31
grep -q 'No parties given' "$tmp/f.html" && grep -q -- '--dyad AZE,ARM --quad 4' "$tmp/f.html" && ok || bad "filters or the ledger's absence not shown"
static_checks "$tmp/f.html" "filtered"

if [ -n "$browser" ]; then
    browser_checks "$tmp/r.html" "test store" build/report-test.png
else
    skipped=$((skipped + 1))
    echo "report: chromium not installed, the browser checks skipped (sh tools/install-deps.sh installs it)"
fi

# --- errors -----------------------------------------------------------------
"$truce" report "$tmp/missing.db" -o "$tmp/x.html" 2> "$tmp/err"
[ $? = 1 ] && grep -q "missing.db" "$tmp/err" && [ ! -e "$tmp/x.html" ] && ok || bad "a missing store"
echo "not a database" > "$tmp/text.db"
"$truce" report "$tmp/text.db" -o "$tmp/x.html" 2> "$tmp/err"
[ $? = 1 ] && grep -q "text.db" "$tmp/err" && ok || { bad "a text file taken for a store"; cat "$tmp/err" >&2; }
if command -v sqlite3 > /dev/null 2>&1; then
    # a store of schema version 1: refused as truce query refuses it
    sqlite3 "$tmp/v1.db" < tests/golden/store/v1.sql
    "$truce" report "$tmp/v1.db" -o "$tmp/x.html" 2> "$tmp/err"
    [ $? = 1 ] && grep -q "schema version 1.*truce db migrate" "$tmp/err" && [ ! -e "$tmp/x.html" ] && ok ||
        { bad "a v1 store not refused"; cat "$tmp/err" >&2; }
fi
"$truce" report "$db" -o "$tmp/x.html" --ceasefire 2020-13-45 2> "$tmp/err"
[ $? = 2 ] && grep -q "ceasefire" "$tmp/err" && ok || bad "a bad --ceasefire date"
"$truce" report "$db" -o "$tmp/x.html" --parties ARM 2> "$tmp/err"
[ $? = 2 ] && grep -q "parties" "$tmp/err" && ok || bad "--parties without a comma"
"$truce" report "$db" --colour red 2> "$tmp/err"
[ $? = 2 ] && grep -q "unknown option" "$tmp/err" && ok || bad "an unknown option"

# --- the progress line -------------------------------------------------------
"$truce" ingest "$tmp/p.db" tests/report/karabakh-2020.jsonl 2> "$tmp/err"
grep -q "$(printf '\033')" "$tmp/err" && bad "a progress line written into a pipe" || ok
if [ -n "$pty" ] && [ -x "$pty" ] && "$pty" -e true > /dev/null 2>&1; then
    "$pty" -e "$truce" ingest "$tmp/p2.db" tests/report/karabakh-2020.jsonl > "$tmp/tty"
    grep -q "truce ingest: 28 stories, 0.0 MB, [0-9,]* stories/s, in 0:0" "$tmp/tty" && grep -q "$(printf '\033')\[K" "$tmp/tty" &&
        ok || { bad "no progress line on a terminal"; cat -A "$tmp/tty" | head -3 >&2; }
    "$pty" -e "$truce" code -q tests/report/karabakh-2020.jsonl > "$tmp/tty"
    grep -q "stories/s" "$tmp/tty" && bad "a progress line with -q" || ok
    "$pty" -e "$truce" report "$db" -o "$tmp/y.html" > "$tmp/tty"
    grep -q "truce report: writing the page (5 of 5)" "$tmp/tty" && grep -q "truce report: wrote" "$tmp/tty" && ok ||
        { bad "no report progress on a terminal"; cat -A "$tmp/tty" | head -3 >&2; }
else
    skipped=$((skipped + 1))
    echo "report: no pseudo-terminal here, the progress line's test skipped"
fi

# --- ../shared: its Karabakh story and the bench corpus (make eval) ---------
if [ -n "$shared" ]; then
    story=$shared/examples/tass-2021-05-06-karabakh.txt
    corpus=$shared/bench/newswire-sentences.jsonl
    if [ -r "$story" ] && [ -r "$corpus" ]; then
        "$truce" ingest -q "$tmp/s.db" "$story" "$corpus"
        "$truce" report -q "$tmp/s.db" -o build/report-shared.html --parties ARM,AZE --ceasefire 2020-11-10 --from 2010-05-01 --to 2021-05-31 &&
            ok || bad "report of the ../shared store"
        static_checks build/report-shared.html "../shared store"
        if [ -n "$browser" ]; then
            browser_checks build/report-shared.html "../shared store" build/report-shared.png
        fi
        echo "report: the ../shared store's page is build/report-shared.html, its screenshot build/report-shared.png"
    else
        echo "report: $story or $corpus not found, the ../shared page skipped"
    fi
fi

echo "report: $pass passed, $fail failed, $skipped skipped"
[ -z "${RESULTS:-}" ] || echo "$pass $fail" >> "$RESULTS"
[ $fail = 0 ]
