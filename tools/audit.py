#!/usr/bin/env python3
"""audit.py — the working tools of the precision audit (developers' use; needs ../shared).

usage: tools/audit.py COMMAND ARGS...

  audit EVENTS [--faults FIELD] [--unjudged [--all-stories]]
        EVENTS (truce's JSON Lines for ../shared/dev/voa/stories.jsonl) joined with the hand
        judgments of eval/voa-judged.tsv: the shares of tools/eval.py for all, worked and
        held-out stories; --faults FIELD lists the judged events of worked stories whose
        FIELD (happened type src tgt date_ok place verdict) is faulty; --unjudged lists the
        events of judged stories with no judgment (--all-stories: of every story); events of
        held-out stories are counted, not shown (AUDIT_HELD=1 shows them, for judges only).
  bands EVENTS      fully correct share of judged events by confidence band.
  nearmiss EVENTS [-v]
        key events of worked stories that no event matches, and the nearest event (same
        root) with the keys it fails.
  benchdiff BEFORE AFTER
        events removed and added between two runs, grouped by story and sentence.
  tojudge EVENTS OUTDIR
        the unjudged events of judged stories as OUTDIR/sheet.md (each with its sentence and
        the story's id) and OUTDIR/keys.tsv, for a judge.
  merge NEW.tsv     rows of the 14 columns of eval/voa-judged.tsv (extra columns ignored)
        replace the rows of the same key or are added.
  bench-sample EVENTS OUTDIR [SEED]
        100 random events of a bench run: OUTDIR/sheet.md and OUTDIR/keys.tsv.
  bench-merge SAMPLE OUTDIR
        OUTDIR/keys.tsv joined with OUTDIR/judged.tsv (num happened type right_code src tgt
        verdict note) appended to eval/bench-judged.tsv as sample SAMPLE.

The environment variable JUDGED names another judgment file. Nothing here changes truce.
"""
import collections
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
VOA = os.path.join(SHARED, "dev", "voa")
JUDGED = os.environ.get("JUDGED", os.path.join(ROOT, "eval", "voa-judged.tsv"))
HELD = os.path.join(ROOT, "eval", "voa-held-out.txt")
BENCH_JUDGED = os.path.join(ROOT, "eval", "bench-judged.tsv")
BENCH = os.path.join(SHARED, "bench", "newswire-sentences.jsonl")
COLS = ["story_id", "sentence", "code", "source", "target", "date", "happened", "type",
        "right_code", "src", "tgt", "date_ok", "place", "verdict"]


def load_events(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def key(e):
    return (str(e["story_id"]), str(e["sentence"]), e["code"], e.get("source") or "",
            e.get("target") or "")


def load_judged():
    with open(JUDGED, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def held_out():
    if not os.path.exists(HELD):
        return set()
    with open(HELD, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def stories():
    with open(os.path.join(VOA, "stories.jsonl"), encoding="utf-8") as f:
        return {str(s["id"]): s for s in (json.loads(l) for l in f if l.strip())}


def pairs_of(events):
    rows = load_judged()
    judged = {(r["story_id"], r["sentence"], r["code"], r["source"], r["target"]): r for r in rows}
    sids = {r["story_id"] for r in rows}
    mine = [e for e in events if str(e["story_id"]) in sids]
    return [(e, judged.get(key(e))) for e in mine], sids


def fault(field, r, e):
    if field == "happened":
        return r["happened"] != "Y"
    if field == "type":
        return r["type"] not in ("exact", "root")
    if field == "src":
        return r["src"] != "right"
    if field == "tgt":
        return r["tgt"] not in ("right", "ok-empty")
    if field in ("date", "date_ok"):
        return str(e.get("date") or "") == r["date"] and r["date_ok"] != "right"
    if field == "place":
        return r["place"] not in ("right", "null-ok")
    return r["verdict"] != "correct"


def cmd_audit(argv):
    events = load_events(argv[0])
    pairs, sids = pairs_of(events)
    held = held_out()
    if "--unjudged" in argv:
        allst = "--all-stories" in argv
        done = {key(x) for x, y in pairs if y}
        hidden = 0
        for e, r in pairs if not allst else [(e, None) for e in events]:
            if r is None and key(e) not in done:
                if str(e["story_id"]) in held and not os.environ.get("AUDIT_HELD"):
                    hidden += 1
                    continue
                print("\t".join(key(e)) + "\t" + str(e.get("date")) + "\t" +
                      (e.get("text") or "")[:160])
        if hidden:
            print(f"({hidden} unjudged events of held-out stories not shown)")
        return
    if "--faults" in argv:
        field = argv[argv.index("--faults") + 1]
        for e, r in pairs:
            if r and e["story_id"] not in held and fault(field, r, e):
                print("\t".join(key(e)) + f"\t{e.get('date')}\t{r['right_code']}\t" +
                      (e.get("text") or "")[:200])
        return
    judged = [(e, r) for e, r in pairs if r]
    print(f"{len(judged)} of {len(pairs)} events of {len(sids)} judged stories judged")
    sys.path.insert(0, HERE)
    import eval as ev  # noqa: E402  (the shares make eval reports)
    ev.audit_lines("all", judged)
    if held:
        ev.audit_lines("worked", [x for x in judged if str(x[0]["story_id"]) not in held])
        ev.audit_lines("held-out", [x for x in judged if str(x[0]["story_id"]) in held])


def cmd_bands(argv):
    pairs, _ = pairs_of(load_events(argv[0]))
    held = held_out()
    for lo, hi in ((0, .5), (.5, .65), (.65, .8), (.8, 1.01)):
        sel = [(e, r) for e, r in pairs if r and lo <= e.get("confidence", 1) < hi]
        k = sum(1 for e, r in sel if r["verdict"] == "correct")
        h = [(e, r) for e, r in sel if str(e["story_id"]) in held]
        kh = sum(1 for e, r in h if r["verdict"] == "correct")
        print(f"[{lo:.2f},{min(hi, 1):.2f}) {k}/{len(sel)} = {100 * k / max(1, len(sel)):.1f} %"
              f"   held-out {kh}/{len(h)}")


def cmd_nearmiss(argv):
    sys.path.insert(0, VOA)
    import score  # noqa: E402  (the set's own matching rules)
    events = load_events(argv[0])
    verbose = "-v" in argv
    gold = json.load(open(os.path.join(VOA, "gold.json"), encoding="utf-8"))["stories"]
    held = held_out()
    by = collections.defaultdict(list)
    for e in events:
        by[str(e["story_id"])].append(e)
    miss = 0
    for sid, g in gold.items():
        if sid in held:
            continue
        for spec in g.get("must", []):
            if any(score.matches(spec, e) for e in by[sid]):
                continue
            miss += 1
            near = [e for e in by[sid] if score.root(e) in spec.get("roots", [])]
            print(f"{sid}: MISS {json.dumps(spec)}")
            for e in near[:4 if verbose else 2]:
                why = []
                if not score.dyad_ok(spec, e) and not (spec.get("either_direction") and
                                                      score.dyad_ok(spec, e, "target", "source")):
                    why.append("dyad")
                if spec.get("date") and str(e.get("date")) != spec["date"]:
                    why.append("date")
                print(f"    near s{e['sentence']} {e['code']} {e.get('source')}>{e.get('target')}"
                      f" {e.get('date')} fails {','.join(why) or 'date_within'}")
                if verbose:
                    print("      " + (e.get("text") or "")[:220])
    print(f"{miss} key events of worked stories missed")


def cmd_benchdiff(argv):
    a, b = load_events(argv[0]), load_events(argv[1])
    ka = collections.Counter(key(e) for e in a)
    kb = collections.Counter(key(e) for e in b)
    text = {}
    for e in a + b:
        text[(str(e["story_id"]), str(e["sentence"]))] = (e.get("text") or "")
    rem, add = ka - kb, kb - ka
    sents = sorted({k[:2] for k in rem} | {k[:2] for k in add})
    for s in sents:
        print(f"== {s[0]} s{s[1]}: {text.get(s, '')[:300]}")
        for k in rem:
            if k[:2] == s:
                print(f"  - {k[2]} {k[3]}>{k[4]}")
        for k in add:
            if k[:2] == s:
                print(f"  + {k[2]} {k[3]}>{k[4]}")
    print(f"removed {sum(rem.values())}, added {sum(add.values())}, sentences {len(sents)}")


def cmd_tojudge(argv):
    events = load_events(argv[0])
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    pairs, _ = pairs_of(events)
    todo = [e for e, r in pairs if r is None]
    st = stories()
    with open(os.path.join(out, "sheet.md"), "w", encoding="utf-8") as f, \
            open(os.path.join(out, "keys.tsv"), "w", encoding="utf-8") as k:
        k.write("\t".join(COLS[:6]) + "\n")
        for e in todo:
            sid = str(e["story_id"])
            f.write(f"## {sid} sentence {e['sentence']} (story date {st[sid]['date']}, title "
                    f"{st[sid].get('title', '')!r})\n")
            f.write(f"event: code {e['code']} source {e.get('source') or '-'} target "
                    f"{e.get('target') or '-'} date {e.get('date')} (precision {e.get('date_precision')}) place "
                    f"{(e.get('location') or {}).get('name') if isinstance(e.get('location'), dict) else e.get('location')}\n")
            f.write(f"sentence: {e.get('text') or ''}\n\n")
            k.write("\t".join(list(key(e)) + [str(e.get("date") or "")]) + "\n")
    print(f"{len(todo)} unjudged events -> {out}/sheet.md, {out}/keys.tsv")


def cmd_merge(argv):
    rows = load_judged()
    idx = {tuple(r[c] for c in COLS[:5]): i for i, r in enumerate(rows)}
    with open(argv[0], encoding="utf-8") as f:
        new = [r for r in csv.DictReader(f, delimiter="\t")]
    n_rep = n_add = 0
    for r in new:
        r = {c: (r.get(c) or "").strip() for c in COLS}
        k = tuple(r[c] for c in COLS[:5])
        if k in idx:
            rows[idx[k]] = r
            n_rep += 1
        else:
            idx[k] = len(rows)
            rows.append(r)
            n_add += 1
    with open(JUDGED, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLS, delimiter="\t", lineterminator="\n",
                           extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    print(f"{n_rep} replaced, {n_add} added, {len(rows)} rows")


def cmd_bench_sample(argv):
    events = load_events(argv[0])
    out = argv[1]
    seed = int(argv[2]) if len(argv) > 2 else 1
    os.makedirs(out, exist_ok=True)
    sample = random.Random(seed).sample(events, min(100, len(events)))
    with open(os.path.join(out, "sheet.md"), "w", encoding="utf-8") as f, \
            open(os.path.join(out, "keys.tsv"), "w", encoding="utf-8") as k:
        k.write("num\tstory_id\tsentence\tcode\tsource\ttarget\n")
        for i, e in enumerate(sample, 1):
            f.write(f"## {i}\nevent: code {e['code']} source {e.get('source') or '-'} target "
                    f"{e.get('target') or '-'}\nsentence: {e.get('text') or ''}\n\n")
            k.write(f"{i}\t" + "\t".join(key(e)) + "\n")
    print(f"{len(sample)} events -> {out}")


def cmd_bench_merge(argv):
    name, out = argv[0], argv[1]
    with open(os.path.join(out, "keys.tsv"), encoding="utf-8") as f:
        keys = {r["num"]: r for r in csv.DictReader(f, delimiter="\t")}
    with open(os.path.join(out, "judged.tsv"), encoding="utf-8") as f:
        judged = list(csv.DictReader(f, delimiter="\t"))
    cols = ["sample", "story_id", "sentence", "code", "source", "target", "happened", "type",
            "right_code", "src", "tgt", "verdict", "note"]
    with open(BENCH_JUDGED, "a", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t", lineterminator="\n",
                           extrasaction="ignore")
        for r in judged:
            k = keys[r["num"].strip()]
            row = dict(r, sample=name, **{c: k[c] for c in ("story_id", "sentence", "code",
                                                             "source", "target")})
            w.writerow({c: (row.get(c) or "").strip() for c in cols})
    print(f"{len(judged)} rows appended to {BENCH_JUDGED} as sample {name}")


def main(argv):
    cmds = {"audit": cmd_audit, "bands": cmd_bands, "nearmiss": cmd_nearmiss,
            "benchdiff": cmd_benchdiff, "tojudge": cmd_tojudge, "merge": cmd_merge,
            "bench-sample": cmd_bench_sample, "bench-merge": cmd_bench_merge}
    if len(argv) < 3 or argv[1] not in cmds:
        sys.exit(__doc__)
    if not os.path.isdir(VOA):
        sys.exit(f"audit: {VOA} not found: these tools need ../shared")
    cmds[argv[1]](argv[2:])


if __name__ == "__main__":
    main(sys.argv)
