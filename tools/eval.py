#!/usr/bin/env python3
"""eval.py — truce's accuracy on the open dev sets in ../shared/dev.

usage: tools/eval.py SHARED_DIR [TRUCE]

- PLOVER gold standard records (dev/plover_gsr): event type (truce's `plover`
  field; the GSR's old labels DEMAND->REQUEST, DISAPPROVE->ACCUSE,
  INVESTIGATE->ACCUSE, FIGHT->ASSAULT), source and target countries, each
  alone and both on the same event (of the sentences whose gold names a
  source country and a target country).
- ConfliBERT CAMEO training sentences (dev/conflibert_cameo): pentaclass
  agreement, with the Phoenix pentaclass of each CAMEO root as
  domain/cameo_codes.tsv gives it (0 statements/appeals 01-02, 1 verbal
  cooperation 03-05, 2 material cooperation 06-08, 3 verbal conflict 09-13
  and 16, 4 material conflict 14-15 and 17-20). Their NER twin
  (cameo_ner_train.txt) marks the source and target spans: the event's
  source (target) is right when it is the code truce gives an actor inside
  the gold span (exact, and by country; sentences whose span holds no actor
  truce codes are left out). Its coders often mark the place of the act as
  the target ("deployed troops to Mali"), so read the target figure as a
  comparison between builds, not an absolute.

- Whole stories (dev/voa): key events found and wrong events by the set's
  own score.py.

- Event locations (dev/event_location, the 496 adjudicated RELABEL
  records): for the event truce finds on the gold verb, whether the place
  it names in the text (location.span) is one of the gold location spans.

Each sentence is coded alone as a JSON Lines story. Where truce finds several
events, the sentence's event is the first one that is not a plain statement
(CAMEO 010, what every verb of saying gives), else the first. A sentence with no event counts as wrong.
Nothing here is tuned to single sentences: these are measurements.
"""
import collections
import csv
import json
import re
import os
import subprocess
import sys

OLD = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO country codes that differ from ISO 3166-1 alpha-3
CAMEO_ISO = {"JAP": "JPN", "ROM": "ROU", "GER": "DEU", "UK": "GBR", "SUD": "SDN", "YUG": "SRB",
             "TAW": "TWN", "BUL": "BGR", "SIN": "SGP", "PHI": "PHL", "ZAI": "COD", "CON": "COG",
             "KSV": "XKX", "BAN": "BGD", "BRU": "BRN", "EGP": "EGY", "PAL": "PSE", "USR": "RUS"}


def run_truce(truce, stories):
    """stories: list of (id, date, text) -> {id: [events]}"""
    inp = "".join(json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in stories)
    p = subprocess.run([truce, "code", "-q", "--no-dedup"], input=inp.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if p.returncode not in (0, 1):
        sys.exit("eval: truce failed: " + p.stderr.decode(errors="replace")[:500])
    out = collections.defaultdict(list)
    for line in p.stdout.decode().splitlines():
        e = json.loads(line)
        out[e["story_id"]].append(e)
    return out


def dump(name, rows):
    """With EVAL_DUMP=DIR, one line per sentence (id, gold, got, text) into
    DIR/NAME.tsv, to compare two builds sentence by sentence."""
    d = os.environ.get("EVAL_DUMP")
    if not d:
        return
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".tsv"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in r) + "\n")


def main_event(events):
    for e in events:
        if e["code"] != "010":
            return e
    return events[0] if events else None


PENTA = {}   # CAMEO root -> Phoenix pentaclass, from ../shared/domain/cameo_codes.tsv


def load_pentaclass(shared):
    path = os.path.join(shared, "domain/cameo_codes.tsv")
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        ci, ri, pi = head.index("code"), head.index("root"), head.index("phoenix_pentaclass")
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row[ci]) == 2 and row[pi].strip().isdigit():
                PENTA[row[ri]] = int(row[pi])


def pentaclass(root):
    return PENTA[root]


def pct(a, b):
    return f"{100.0 * a / b:5.1f} % ({a}/{b})" if b else "  n/a"


def gold_countries(actors):
    if not actors or not isinstance(actors, list):
        return set()
    s = set()
    for a in actors:
        c = (a.get("code") or "")[:3].upper()
        c = CAMEO_ISO.get(c, c)
        if len(c) == 3 and c not in ("IGO", "NGO", "IMG", "MNC", "UNO", "EUR", "---"):
            s.add(c)
    return s


def eval_plover(shared, truce):
    path = os.path.join(shared, "dev/plover_gsr/PLOVER_GSR_CAMEO.txt")
    recs = [r for r in json.load(open(path, encoding="utf-8")) if r.get("event") not in (None, "DOCUMENT")]
    # ids are not unique in the GSR file: number the records
    stories = [("%d:%s" % (n, r["id"]), r.get("date") or "2000-01-01", r["text"]) for n, r in enumerate(recs)]
    ev = run_truce(truce, stories)
    by_type = collections.defaultdict(lambda: [0, 0])
    ok = covered = 0
    src_ok = src_n = tgt_ok = tgt_n = 0
    both_ok = both_n = 0
    confusion = collections.Counter()
    out = []
    for n, r in enumerate(recs):
        gold = OLD.get(r["event"], r["event"])
        e = main_event(ev.get("%d:%s" % (n, r["id"]), []))
        got = e["plover"] if e else None
        out.append((n, gold, got, e["code"] if e else "-", (e["source"], e["target"]) if e else "-", r["text"][:300]))
        if e:
            covered += 1
        by_type[gold][1] += 1
        if got == gold:
            ok += 1
            by_type[gold][0] += 1
        else:
            confusion[(gold, got)] += 1
        gs, gt = gold_countries(r.get("source")), gold_countries(r.get("target"))
        if gs:
            src_n += 1
            src_ok += bool(e and e["source_country"] in gs)
        if gt:
            tgt_n += 1
            tgt_ok += bool(e and e["target_country"] in gt)
        if gs and gt:
            # the same event: both countries right at once
            both_n += 1
            both_ok += bool(e and e["source_country"] in gs and e["target_country"] in gt)
    dump("plover", out)
    n = len(recs)
    print(f"PLOVER GSR ({n} sentences)")
    print(f"  event type     {pct(ok, n)}   (sentences with any event: {pct(covered, n)})")
    print(f"  source country {pct(src_ok, src_n)}")
    print(f"  target country {pct(tgt_ok, tgt_n)}")
    print(f"  source and target, same event {pct(both_ok, both_n)}   (sentences whose gold names both countries)")
    print("  by type:")
    for t in sorted(by_type):
        a, b = by_type[t]
        print(f"    {t:10s} {pct(a, b)}")
    print("  most frequent confusions (gold -> truce):")
    for (g, t), k in confusion.most_common(8):
        print(f"    {g:10s} -> {str(t):10s} {k}")
    return ok / n if n else 0


def eval_conflibert(shared, truce):
    path = os.path.join(shared, "dev/conflibert_cameo/cameo_class_train.tsv")
    rows = []
    for i, line in enumerate(open(path, encoding="utf-8")):
        line = line.rstrip("\n")
        if "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        if label.strip().isdigit():
            rows.append((f"c{i}", text, int(label)))
    ev = run_truce(truce, [(i, "2018-01-01", t) for i, t, _ in rows])
    ok = covered = 0
    per = collections.defaultdict(lambda: [0, 0])
    confusion = collections.Counter()
    out = []
    for i, text, label in rows:
        e = main_event(ev.get(i, []))
        got = pentaclass(e["root"]) if e else None
        out.append((i, label, got, e["code"] if e else "-", (e["source"], e["target"]) if e else "-", text))
        covered += e is not None
        per[label][1] += 1
        if got == label:
            ok += 1
            per[label][0] += 1
        else:
            confusion[(label, got)] += 1
    dump("conflibert", out)
    n = len(rows)
    print(f"ConfliBERT CAMEO pentaclass ({n} sentences)")
    print(f"  agreement      {pct(ok, n)}   (sentences with any event: {pct(covered, n)})")
    names = ["0 statement", "1 verbal coop", "2 material coop", "3 verbal conflict", "4 material conflict"]
    for k in range(5):
        a, b = per[k]
        print(f"    {names[k]:20s} {pct(a, b)}")
    print("  most frequent confusions (gold -> truce):")
    for (g, t), k in confusion.most_common(6):
        print(f"    {g} -> {t}  {k}")
    return ok / n if n else 0


def conflibert_spans(shared):
    """The ConfliBERT NER file: one token and tag a line (B-S/I-S source,
    B-T/I-T target), sentences apart by blank lines -> [(text, [S spans],
    [T spans])], the spans as their tokens joined."""
    path = os.path.join(shared, "dev/conflibert_cameo/cameo_ner_train.txt")
    out, toks, tags = [], [], []

    def flush():
        if toks:
            spans = {"S": [], "T": []}
            cur, kind = [], None
            for w, t in zip(toks + [""], tags + ["O"]):
                if cur and not (t.startswith("I-") and t[2:] == kind):
                    spans[kind].append(" ".join(cur))
                    cur, kind = [], None
                if t.startswith("B-") and t[2:] in spans:
                    cur, kind = [w], t[2:]
                elif t.startswith("I-") and t[2:] == kind:
                    cur.append(w)
            out.append((" ".join(toks), spans["S"], spans["T"]))
        toks.clear()
        tags.clear()
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if len(f) != 2:
            flush()
            continue
        toks.append(f[0])
        tags.append(f[1])
    flush()
    return out


def squash(s):
    return "".join(s.lower().split())


def eval_conflibert_roles(shared, truce):
    """Who did it to whom on the ConfliBERT sentences: the source and target
    spans a coder marked, against the actors truce found in them (its
    --explain "actor" lines): the event's source is right when it is the
    code truce gives a mention inside the gold source span (a role's
    country completed from the story counts). Sentences whose gold span
    holds no actor truce codes are left out (that is recognition, not
    roles)."""
    path = os.path.join(shared, "dev/conflibert_cameo/cameo_ner_train.txt")
    if not os.path.exists(path):
        return
    sents = conflibert_spans(shared)
    inp = "".join(json.dumps({"id": f"n{i}", "date": "2018-01-01", "text": t}) + "\n"
                  for i, (t, _, _) in enumerate(sents))
    p = subprocess.run([truce, "code", "-q", "--no-dedup", "--explain"], input=inp.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    ev = collections.defaultdict(list)
    for line in p.stdout.decode().splitlines():
        e = json.loads(line)
        ev[e["story_id"]].append(e)
    actors, cur = [], None
    for line in p.stderr.decode("utf-8", "replace").splitlines():
        if line.startswith("story country:"):
            cur = []
            actors.append(cur)
        elif line.startswith("  actor \"") and cur is not None:
            m = re.match(r'  actor "(.*)" -> (\S+)', line)
            if m and m.group(2) != "(unresolved)":
                cur.append((squash(m.group(1)), m.group(2)))
    if len(actors) != len(sents):
        print(f"ConfliBERT roles: {len(actors)} explanations for {len(sents)} sentences; not scored")
        return

    def codes(spans, found):
        out = set()
        for g in spans:
            g = squash(g)
            for a, code in found:
                if a and (a in g or g in a):
                    out.add(code)
        return out

    def right(got, want):
        return any(got == w or (w.startswith("---") and got[3:] == w[3:] and got[3:]) for w in want)

    def country(got, want):
        return any(got[:3] == w[:3] and not w.startswith("---") for w in want) or right(got, want)
    n = {"S": [0, 0], "T": [0, 0]}
    nc = {"S": 0, "T": 0}
    both = [0, 0]
    for i, (text, S, T) in enumerate(sents):
        e = main_event(ev.get(f"n{i}", []))
        if not e:
            continue
        s_codes, t_codes = codes(S, actors[i]), codes(T, actors[i])
        if s_codes:
            n["S"][1] += 1
            n["S"][0] += right(e["source"] or "", s_codes)
            nc["S"] += country(e["source"] or "", s_codes)
        if t_codes:
            n["T"][1] += 1
            n["T"][0] += right(e["target"] or "", t_codes)
            nc["T"] += country(e["target"] or "", t_codes)
        if s_codes and t_codes:
            both[1] += 1
            both[0] += right(e["source"] or "", s_codes) and right(e["target"] or "", t_codes)
    print(f"ConfliBERT source and target spans ({len(sents)} sentences; events whose gold span "
          "holds an actor truce codes)")
    print(f"  source         {pct(*n['S'])}   (its country: {pct(nc['S'], n['S'][1])})")
    print(f"  target         {pct(*n['T'])}   (its country: {pct(nc['T'], n['T'][1])})")
    print(f"  both, same event {pct(*both)}")


def eval_location(shared, truce):
    import io
    import zipfile
    path = os.path.join(shared, "dev/event_location/labeled_text.jsonl.zip")
    with zipfile.ZipFile(path) as z:
        name = [n for n in z.namelist() if n.endswith("labeled_text.jsonl") and "MACOSX" not in n][0]
        data = json.load(io.TextIOWrapper(z.open(name), encoding="utf-8"))
    recs = [r for r in data if r.get("source") == "RELABEL" and r.get("answer") == "accept"]
    stories = [(f"loc{i}", "2010-01-01", r["text"]) for i, r in enumerate(recs)]
    ev = run_truce(truce, stories)
    n_events = placed = correct = gold_with_loc = 0
    for i, r in enumerate(recs):
        text = r["text"]
        verbs = [sp for sp in r.get("spans", []) if sp["label"] == "VERB"]
        # Some records give a span's text (and offsets that do not point at
        # it); others only offsets. Compare places by their text.
        golds = []
        for sp in r.get("spans", []):
            if sp["label"] == "LOCATION":
                g = sp.get("text") or text[sp["start"]:sp["end"]]
                if g.strip():
                    golds.append(g.strip().lower())
        if not verbs:
            continue
        vtext = verbs[0].get("text") or text[verbs[0]["start"]:verbs[0]["end"]]
        vstart = verbs[0]["start"] if text[verbs[0]["start"]:verbs[0]["end"]] == vtext else text.find(vtext)
        if vstart < 0:
            continue
        vb = len(text[:vstart].encode())
        ve = vb + len(vtext.encode())
        gold_with_loc += bool(golds)
        mine = [e for e in ev.get(f"loc{i}", []) if e["span"][0] <= vb and ve <= e["span"][1]]
        if not mine:
            continue
        n_events += 1
        loc = mine[0].get("location") or {}
        if "span" not in loc:
            continue
        placed += 1
        bs, be = loc["span"]
        mine_text = text.encode()[bs:be].decode(errors="ignore").strip().lower()
        if any(mine_text and (mine_text in g or g in mine_text) for g in golds):
            correct += 1
    print(f"Event location, RELABEL gold ({len(recs)} sentences, {gold_with_loc} with a gold place)")
    print(f"  events found on the gold verb      {n_events}")
    print(f"  of those, placed from the text     {pct(placed, n_events)}")
    print(f"  placed events whose place is gold  {pct(correct, placed)}")


def eval_voa(shared, truce):
    """Whole stories (dev/voa): key events found and wrong events, as the
    set's own score.py counts them, and how confidence sorts the events."""
    stories = os.path.join(shared, "dev/voa/stories.jsonl")
    gold = os.path.join(shared, "dev/voa/gold.json")
    score = os.path.join(shared, "dev/voa/score.py")
    if not (os.path.exists(stories) and os.path.exists(score)):
        print("VOA whole stories: not found, skipped")
        return
    p = subprocess.run([truce, "code", "-q", stories], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    q = subprocess.run([sys.executable, score, gold, "-"], input=p.stdout, stdout=subprocess.PIPE, check=False)
    lines = q.stdout.decode(errors="replace").splitlines()
    events = [json.loads(l) for l in p.stdout.decode().splitlines()]
    print(f"VOA whole stories ({len(set(e['story_id'] for e in events))} of 59 with events)")
    print("  " + (lines[-1] if lines else "score.py printed nothing"))
    for cut in (0.5, 0.7, 0.8):
        n = sum(e.get("confidence", 1) >= cut for e in events)
        print(f"  events with confidence >= {cut}: {n}")
    audit_voa(events)


JUDGED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval", "voa-judged.tsv")


def audit_voa(events):
    """The precision audit: each event of the judged stories joined with this project's hand
    judgment of it (eval/voa-judged.tsv: key story_id, sentence, code, source, target; what
    happened, whether its type, source, target, date and place are right, and the verdict).
    An event nobody judged (a new one) is counted apart; a judged date holds only for the date
    it was made for."""
    if not os.path.exists(JUDGED):
        return
    with open(JUDGED, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    judged = {(r["story_id"], r["sentence"], r["code"], r["source"], r["target"]): r for r in rows}
    stories = {r["story_id"] for r in rows}
    mine = [e for e in events if e["story_id"] in stories]
    pairs = []
    for e in mine:
        r = judged.get((e["story_id"], str(e["sentence"]), e["code"], e["source"] or "", e["target"] or ""))
        if r:
            pairs.append((e, r))
    n = len(pairs)
    if not n:
        return
    held_path = os.path.join(os.path.dirname(JUDGED), "voa-held-out.txt")
    held = set()
    if os.path.exists(held_path):
        with open(held_path, encoding="utf-8") as f:
            held = {l.strip() for l in f if l.strip() and not l.startswith("#")}
    print(f"  judged audit ({len(stories)} stories, {n} of their {len(mine)} events judged by hand, "
          f"eval/voa-judged.tsv)")
    for name, part in (("all", None), ("worked", False), ("held out", True)):
        if part is not None and not held:
            continue
        sel = pairs if part is None else [x for x in pairs if (x[0]["story_id"] in held) == part]
        audit_lines(name, sel)


def audit_lines(name, pairs):
    """The audit's shares of one set of (event, judgment) pairs."""
    def share(test, of=None):
        sel = pairs if of is None else [x for x in pairs if of(x)]
        k = sum(1 for x in sel if test(x))
        return f"{100 * k / len(sel):5.1f} % ({k}/{len(sel)})" if sel else "-"
    print(f"   {name} ({len(pairs)} events)")
    print("    happened                     " + share(lambda x: x[1]["happened"] == "Y"))
    print("    type root right              " + share(lambda x: x[1]["type"] in ("exact", "root")))
    print("    source right                 " + share(lambda x: x[1]["src"] == "right"))
    print("    target right or rightly none " + share(lambda x: x[1]["tgt"] in ("right", "ok-empty")))
    print("    date right                   " + share(lambda x: x[1]["date_ok"] == "right",
                                                      lambda x: str(x[0].get("date") or "") == x[1]["date"]))
    print("    place right or rightly none  " + share(lambda x: x[1]["place"] in ("right", "null-ok")))
    print("    fully correct                " + share(lambda x: x[1]["verdict"] == "correct"))
    print("    correct or actor partly      " + share(lambda x: x[1]["verdict"] in ("correct", "partial")))


BENCH_JUDGED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval", "bench-judged.tsv")


def eval_bench_judged(shared, truce):
    """Precision on unseen newswire: random samples of the events a build printed for
    ../shared/bench (glued sentences of unrelated stories), each judged by hand against its
    sentence alone (eval/bench-judged.tsv: the sample's name, the event's key story_id,
    sentence, code, source, target, and the judgment). Reports each sample as judged, and how
    many of this build's events carry a judgment."""
    bench = os.path.join(shared, "bench/newswire-sentences.jsonl")
    if not os.path.exists(BENCH_JUDGED):
        return
    with open(BENCH_JUDGED, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")]
    print("Bench newswire, judged samples (eval/bench-judged.tsv; each event against its sentence alone)")
    samples = collections.OrderedDict()
    for r in rows:
        samples.setdefault(r["sample"], []).append(r)
    for name, sel in samples.items():
        n = len(sel)
        def share(test):
            k = sum(1 for r in sel if test(r))
            return f"{100 * k / n:5.1f} % ({k}/{n})"
        print(f"  sample {name}: {n} events")
        print("    happened                     " + share(lambda r: r["happened"] == "Y"))
        print("    type root right              " + share(lambda r: r["type"] in ("exact", "root")))
        print("    source right                 " + share(lambda r: r["src"] in ("right", "ok-unknown")))
        print("    target right or rightly none " + share(lambda r: r["tgt"] in ("right", "ok-empty", "ok-unknown")))
        print("    fully correct                " + share(lambda r: r["verdict"] == "correct"))
        print("    correct or actor partly      " + share(lambda r: r["verdict"] in ("correct", "partial")))
    if not os.path.exists(bench):
        return
    p = subprocess.run([truce, "code", "-q", bench], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    judged = {(r["story_id"], r["sentence"], r["code"], r["source"], r["target"]): r for r in rows}
    events = [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]
    hit = [judged[k] for k in ((e["story_id"], str(e["sentence"]), e["code"], e["source"] or "",
                                e["target"] or "") for e in events) if k in judged]
    if hit:
        k = sum(1 for r in hit if r["verdict"] == "correct")
        print(f"  this build: {len(events)} events, {len(hit)} of them judged, "
              f"{100 * k / len(hit):.1f} % of those fully correct")


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    truce = sys.argv[2] if len(sys.argv) > 2 else "./truce"
    if not os.path.isdir(os.path.join(shared, "dev")):
        print(f"eval: {shared}/dev not found: the dev sets live in ../shared, which this "
              "checkout does not have; nothing to evaluate.")
        return 0
    load_pentaclass(shared)
    eval_plover(shared, truce)
    print()
    eval_conflibert(shared, truce)
    print()
    eval_conflibert_roles(shared, truce)
    print()
    eval_location(shared, truce)
    print()
    eval_voa(shared, truce)
    print()
    eval_bench_judged(shared, truce)
    return 0


if __name__ == "__main__":
    sys.exit(main())
