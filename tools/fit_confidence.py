#!/usr/bin/env python3
"""fit_confidence.py — fit the weights of truce's event confidence on hand-judged events.

usage: tools/fit_confidence.py TRUCE STORIES.jsonl JUDGED.tsv [--l2 X] [--folds K] [--write data/confidence.tsv]

Codes STORIES with `TRUCE code -q --explain`, reads the features of each event's confidence from
the explanation ("event SRC>TGT CODE: confidence 0.85 ( bare dated )", one line per event in the
order the events are written), joins the events with JUDGED (a TSV with the columns story_id,
sentence, code, source, target and verdict, one line per judged event; verdict "correct" is a
signed event, anything else is not) and fits a logistic regression with an L2 penalty by gradient
descent (no dependencies). Prints the weights, the calibration by confidence band before and
after, with --folds K the calibration of each story's events under weights fitted on
the other stories only (K folds by story: what to expect on stories never seen), and with --write the weights as data/confidence.tsv ("feature TAB weight", bias first).

The features and their order are emit.c's (cf_names); a feature the judged events never show
keeps weight 0. Nothing here is tuned to single sentences: every judged event counts once.
"""
import csv
import json
import math
import re
import subprocess
import sys

FEATURES = ["rule", "bare", "noun", "modal", "no_source", "role_source", "role_target", "one_sided",
            "statement", "far", "very_far", "historical", "reported", "material_conflict",
            "verbal_conflict", "material_coop", "dated", "bare_source", "bare_target", "no_target", "lead"]
EVENT = re.compile(r"^  event (\S*)>(\S*) (\S+): confidence ([0-9.]+) \((.*)\)$")
LEFT_OUT = re.compile(r"^  event (\S*)>(\S*) (\S+): left out")


def events_with_features(truce, stories):
    p = subprocess.run([truce, "code", "-q", "--explain", stories], capture_output=True, check=False)
    p.stdout, p.stderr = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    if p.returncode not in (0, 1):
        sys.exit("fit_confidence: truce failed: " + p.stderr[:300])
    # events are held until their sentence ends; emit_flush may then leave
    # some out ("  event S>T C: left out, ..."): drop their features too
    feats, held = [], []
    for line in p.stderr.splitlines():
        m = EVENT.match(line)
        if m:
            held.append(((m.group(1), m.group(2), m.group(3)), m.group(5).split()))
            continue
        d = LEFT_OUT.match(line)
        if d:
            key = (d.group(1), d.group(2), d.group(3))
            for x in range(len(held) - 1, -1, -1):
                if held[x][0] == key:
                    del held[x]
                    break
            continue
        if line.startswith("sentence ") or not line.startswith("  "):
            feats += [f for _, f in held]
            held = []
    feats += [f for _, f in held]
    events = [json.loads(l) for l in p.stdout.splitlines()]
    if len(feats) != len(events):
        sys.exit(f"fit_confidence: {len(events)} events but {len(feats)} explained")
    return list(zip(events, feats))


def judged(path):
    out = {}
    for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"):
        out[(r["story_id"], r["sentence"], r["code"], r["source"], r["target"])] = r["verdict"] == "correct"
    return out


def fit(rows, l2, steps=20000, rate=0.1):
    w = [0.0] * (len(FEATURES) + 1)
    n = len(rows)
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in rows:
            z = w[0] + sum(w[k + 1] for k in x)
            p = 1 / (1 + math.exp(-z))
            grad[0] += p - y
            for k in x:
                grad[k + 1] += p - y
        for k in range(len(w)):
            w[k] -= rate * (grad[k] / n + (l2 * w[k] if k else 0))
    return w


def predict(w, x):
    return 1 / (1 + math.exp(-(w[0] + sum(w[k + 1] for k in x))))


def bands(rows, conf):
    out = []
    for lo, hi in ((0, .5), (.5, .65), (.65, .8), (.8, .9), (.9, 1.01)):
        sel = [y for (x, y), c in zip(rows, conf) if lo <= c < hi]
        if sel:
            out.append(f"  [{lo:.2f},{min(hi, 1):.2f}) {len(sel):4d} events, {100 * sum(sel) / len(sel):5.1f} % correct")
    return "\n".join(out)


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    truce, stories, jpath = argv[1:4]
    l2 = float(argv[argv.index("--l2") + 1]) if "--l2" in argv else 0.05
    J = judged(jpath)
    rows, before, stories_of = [], [], []
    for e, f in events_with_features(truce, stories):
        key = (e["story_id"], str(e["sentence"]), e["code"], e["source"], e["target"])
        if key in J:
            rows.append(([FEATURES.index(x) for x in f if x in FEATURES], J[key]))
            before.append(e["confidence"])
            stories_of.append(e["story_id"])
    if not rows:
        sys.exit("fit_confidence: no judged event among the events coded")
    w = fit(rows, l2)
    after = [predict(w, x) for x, _ in rows]
    print(f"{len(rows)} judged events, {100 * sum(y for _, y in rows) / len(rows):.1f} % correct")
    print("before (weights of the build):\n" + bands(rows, before))
    print("after (fitted):\n" + bands(rows, after))
    if "--folds" in argv:
        k = int(argv[argv.index("--folds") + 1])
        ids = sorted(set(stories_of))
        fold = {sid: i % k for i, sid in enumerate(ids)}
        held = [0.0] * len(rows)
        for f in range(k):
            wf = fit([r for r, sid in zip(rows, stories_of) if fold[sid] != f], l2)
            for i, (r, sid) in enumerate(zip(rows, stories_of)):
                if fold[sid] == f:
                    held[i] = predict(wf, r[0])
        print(f"held out ({k} folds by story):\n" + bands(rows, held))
    print("weights:")
    print(f"  bias\t{w[0]:.2f}")
    for k, name in enumerate(FEATURES):
        print(f"  {name}\t{w[k + 1]:.2f}")
    if "--write" in argv:
        path = argv[argv.index("--write") + 1]
        with open(path, "w", encoding="utf-8") as f:
            f.write("# The weights of truce's event confidence (a logistic model; see src/emit.c), fitted by\n"
                    "# tools/fit_confidence.py on hand-judged events of whole stories (README: Accuracy).\n"
                    "# feature\tweight\n")
            f.write(f"bias\t{w[0]:.3f}\n")
            for k, name in enumerate(FEATURES):
                f.write(f"{name}\t{w[k + 1]:.3f}\n")
        print("written", path)


if __name__ == "__main__":
    main(sys.argv)
