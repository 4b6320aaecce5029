#!/usr/bin/env python3
"""Score extract_claims directly on a PolNeAR-format dir, as /work/shared/eval/polnear.py does.

    python scripts/eval_attribution.py ../shared/eval/polnear-dev [--speed] [--models DIR]

The matching helpers (overlaps, trimmed, one_to_one, prf, load_corpus) are imported from the
scorer itself, so the numbers are the scorer's. Parsed Docs come from the DocBin cache of
train_attribution.py; --speed parses the texts again to time the bare parse against the
extraction.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_attribution as ta  # noqa: E402

from quizapp.core import attribution, attribution_features  # noqa: E402
from quizapp.core.claims import Article  # noqa: E402


def score(pn, corpus, preds):
    roles = {
        "source": ("Source", "source_spans"),
        "cue": ("Cue", "cue_spans"),
        "content": ("Content", "content_spans"),
    }
    count = {r: [0, 0, 0, 0] for r in roles}
    rel = [0, 0, 0, 0]
    misses = []
    for (path, gold), claims in zip(corpus, preds, strict=True):
        text = path.read_text(encoding="utf-8")
        for role, (gname, key) in roles.items():
            g = {tuple(s) for r in gold for s in r.get(gname, [])}
            p = {tuple(s) for c in claims for s in getattr(c, key)}
            c = count[role]
            c[0] += sum(pn.overlaps([s], g) for s in p)
            c[1] += len(p)
            c[2] += sum(pn.overlaps([s], p) for s in g)
            c[3] += len(g)

        def hit(claim, r):  # noqa: B023 (called only inside this iteration)
            if not (
                pn.overlaps(claim.cue_spans, r["Cue"])
                and pn.overlaps(claim.content_spans, r["Content"])
            ):
                return False
            return not r.get("Source") or pn.overlaps(claim.source_spans, r["Source"])

        pairs = pn.one_to_one(len(claims), len(gold), lambda i, j: hit(claims[i], gold[j]))  # noqa: B023
        rel[0] += len(pairs)
        rel[1] += len(claims)
        rel[2] += len(pairs)
        rel[3] += len(gold)
        used = set(pairs.values())
        for i, c in enumerate(claims):
            if i not in used:
                misses.append(("FP", path.name, c.source_text, c.cue, c.content[:150]))
        for j, r in enumerate(gold):
            if j not in pairs:
                cue = " ".join(text[s:e] for s, e in r["Cue"])
                src = " ".join(text[s:e] for s, e in r.get("Source", []))
                con = " ".join(text[s:e] for s, e in r["Content"])
                misses.append(("FN", path.name, src, cue, con[:150]))
    out = {}
    for role, c in count.items():
        out[role] = pn.prf(*c)
    out["relation"] = pn.prf(*rel)
    return out, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--models", type=Path, default=None)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--speed", action="store_true", help="time a fresh parse against extraction")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a module constant of attribution.py (tuning)",
    )
    ap.add_argument("--curve", action="store_true", help="P/R at confidence cut-offs")
    ap.add_argument("--dump", type=Path, default=None, help="write FP/FN lines here")
    args = ap.parse_args()
    if args.models:
        attribution.CUE_MODEL = args.models / "attribution-cue.crfsuite"
        attribution.ROLE_MODEL = args.models / "attribution-role.crfsuite"
    if args.threshold is not None:
        attribution.CUE_THRESHOLD = args.threshold
    for item in args.set:
        name, _, value = item.partition("=")
        mod = attribution if hasattr(attribution, name) else attribution_features
        setattr(mod, name, type(getattr(mod, name))(eval(value)))
    pn = ta.polnear_module(args.dir)
    corpus = pn.load_corpus(args.dir, args.limit)
    docs, nlp = ta.parsed_docs([p for p, _ in corpus])
    words = sum(len(d.text.split()) for d in docs)
    parse_s = None
    if args.speed:
        texts = [d.text for d in docs]
        t, c = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=16))
        parse_s, parse_cpu = time.perf_counter() - t, time.process_time() - c
    articles = [Article(text=d.text) for d in docs]
    attribution.extract_claims(docs[0], articles[0])  # load the taggers outside the timing
    t, c = time.perf_counter(), time.process_time()
    preds = attribution.extract_claims_many(docs, articles)
    extract_s, extract_cpu = time.perf_counter() - t, time.process_time() - c
    res, misses = score(pn, corpus, preds)
    for role in ("source", "cue", "content"):
        p, r, f = res[role]
        print(f"{role:8s} overlap P {p:.3f} R {r:.3f} F1 {f:.3f}")
    p, r, f = res["relation"]
    n_gold = sum(len(g) for _, g in corpus)
    print(
        f"relations: precision {p:.3f} recall {r:.3f} F1 {f:.3f} "
        f"({len(corpus)} articles, {n_gold} gold, {sum(map(len, preds))} predicted)"
    )
    print(f"extraction: {extract_s:.2f} s for {words} words ({words / extract_s:.0f} words/s)")
    if parse_s:
        print(
            f"bare parse: {parse_s:.2f} s ({words / parse_s:.0f} words/s); "
            f"extraction adds {100 * extract_s / parse_s:.1f}% of parse time"
        )
        # CPU time is the fairer ratio on a shared, busy machine.
        print(
            f"CPU time: parse {parse_cpu:.2f} s, extraction {extract_cpu:.2f} s "
            f"= {100 * extract_cpu / parse_cpu:.1f}% of parse"
        )
    if args.curve:
        for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
            kept = [[c for c in cs if c.confidence >= t] for cs in preds]
            p, r, f = score(pn, corpus, kept)[0]["relation"]
            print(f"  confidence >= {t:.1f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.dump:
        args.dump.write_text("\n".join("\t".join(m) for m in misses), encoding="utf-8")


if __name__ == "__main__":
    main()
