# ruff: noqa
# fmt: off
# Copied unchanged from the project's shared evaluation kit (shared/eval/score.py, beside
# the repository) so that the gold tests run in a clone without ../shared. Keep it in step
# with that file; only these header lines differ, and lint and format skip it to keep it so.

#!/usr/bin/env python3
"""Score an attribution analyser against gold annotations.

Usage:
  score.py [--cmd "quizapp analyze --json"] [--min-f1 X] GOLD.json [GOLD.json ...]

For each gold file the command is run with the article's path appended; it must
print one JSON object with a list "claims", each claim holding at least
"source", "cue", "content" and "status" (attributed | corroborated | disputed |
unattributed). Claims with status "unattributed" (the outlet's own statements)
are left out of the scores.

A predicted claim may stand for a gold claim when
  - its source names the same party: the words of the predicted source contain
    the words of one of the gold aliases, or the other way round, and
  - its content (at most 600 characters) contains one of the gold anchors.
Predicted claims are paired one to one (a maximum matching) with the gold
claims' anchors, so one long claim cannot stand for several gold claims, while a
gold claim whose anchors lie in different sentences may be found as one claim
or as one claim per anchor. Recall counts gold claims with at least one pair,
precision paired predicted claims; status and cue must agree on every pair. A "forbidden" string (boilerplate) found in a
predicted source or content is reported as a hit.
"""
import argparse
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

STOP = {"the", "a", "an"}
CUE_FORMS = {"say": "said", "says": "said", "saying": "said", "tell": "told",
             "tells": "told", "telling": "told"}
MAX_CONTENT = 600


def words(text):
    text = re.sub(r"['\u2019]s\b", "", (text or "").lower())
    return {w for w in re.findall(r"[\w.-]+", text) if w not in STOP}


def same_party(predicted, aliases):
    p = words(predicted)
    if not p:
        return False
    return any((a := words(alias)) and (a <= p or p <= a) for alias in aliases)


def squash(text):
    return re.sub(r"\s+", " ", (text or "").replace("\u2019", "'")).strip().lower()


def cue_stem(cue):
    c = squash(cue)
    c = CUE_FORMS.get(c, c)
    for suffix in ("ed", "d", "s", "ing"):
        if c.endswith(suffix) and len(c) - len(suffix) >= 4:
            return c[: -len(suffix)]
    return c


def matches(pred, gold):
    content = squash(pred.get("content"))
    if not content or len(content) > MAX_CONTENT:
        return False
    if not same_party(pred.get("source", ""), gold["source"]):
        return False
    return any(squash(a) in content for a in gold["anchors"])


def one_to_one(n_pred, n_gold, fits):
    """Maximum matching between predictions and gold items, each used at most once.

    fits(i, j) says whether prediction i may stand for gold item j. Returns {gold j: prediction i}.
    """
    owner = {}

    def place(i, seen):
        for j in range(n_gold):
            if j not in seen and fits(i, j):
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(n_pred):
        place(i, set())
    return owner


def run_analyser(cmd, article):
    out = subprocess.run(shlex.split(cmd) + [str(article)], capture_output=True,
                         text=True, timeout=300)
    if out.returncode != 0:
        raise RuntimeError(f"{cmd} {article} exited {out.returncode}: {out.stderr.strip()[-500:]}")
    return json.loads(out.stdout)["claims"]


def attributions(claims):
    """The outlet's own statements (status "unattributed") are not attributions: not scored here."""
    return [c for c in claims if c.get("status") != "unattributed"]


def score_one(gold_path, cmd):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    article = (Path(gold_path).parent / gold["article"]).resolve()
    everything = run_analyser(cmd, article)
    preds = attributions(everything)
    # A gold claim whose anchors stand in different sentences may be found as one claim or as
    # several, one per anchor: predictions are paired one to one with (gold claim, anchor) units.
    units = [(j, a) for j, g in enumerate(gold["claims"]) for a in g["anchors"]]
    pairs = one_to_one(len(preds), len(units),
                       lambda i, u: matches(preds[i], {**gold["claims"][units[u][0]], "anchors": [units[u][1]]}))
    found = {}
    for u, i in pairs.items():
        found.setdefault(units[u][0], []).append(preds[i])
    status_ok = sum(all(p.get("status") == gold["claims"][j]["status"] for p in ps) for j, ps in found.items())
    cue_ok = sum(all(cue_stem(p.get("cue", "")).startswith(cue_stem(gold["claims"][j]["cue"])[:4]) for p in ps)
                 for j, ps in found.items())
    forbidden = [f for f in gold.get("forbidden", []) for p in everything
                 if f.lower() in (str(p.get("content", "")) + " " + str(p.get("source", ""))).lower()]
    return dict(name=Path(gold_path).name, gold=len(gold["claims"]), pred=len(preds),
                tp_pred=len(pairs), tp_gold=len(found), status_ok=status_ok,
                cue_ok=cue_ok, forbidden=len(forbidden),
                missed=[gold["claims"][i]["anchors"][0] for i in range(len(gold["claims"]))
                        if i not in found])


def ratio(a, b):
    return a / b if b else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--cmd", default="quizapp analyze --json")
    ap.add_argument("--min-f1", type=float, default=None)
    ap.add_argument("--verbose", action="store_true", help="list missed gold claims")
    args = ap.parse_args()
    rows = [score_one(g, args.cmd) for g in args.gold]
    for r in rows:
        print(f"{r['name']}: gold {r['gold']} pred {r['pred']} matched-gold {r['tp_gold']} "
              f"matched-pred {r['tp_pred']} status-ok {r['status_ok']} cue-ok {r['cue_ok']} "
              f"forbidden {r['forbidden']}")
        if args.verbose and r["missed"]:
            print("   missed:", "; ".join(r["missed"]))
    g = sum(r["gold"] for r in rows)
    p = sum(r["pred"] for r in rows)
    tg = sum(r["tp_gold"] for r in rows)
    tp = sum(r["tp_pred"] for r in rows)
    prec, rec = ratio(tp, p), ratio(tg, g)
    f1 = ratio(2 * prec * rec, prec + rec)
    print(f"claims: precision {prec:.3f} recall {rec:.3f} F1 {f1:.3f} "
          f"status-accuracy {ratio(sum(r['status_ok'] for r in rows), tg):.3f} "
          f"cue-accuracy {ratio(sum(r['cue_ok'] for r in rows), tg):.3f} "
          f"forbidden-hits {sum(r['forbidden'] for r in rows)} over {len(rows)} articles")
    if args.min_f1 is not None and f1 < args.min_f1:
        sys.exit(1)


if __name__ == "__main__":
    main()
