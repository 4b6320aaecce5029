#!/usr/bin/env python3
"""Generate a question set for every article under the given paths and count the outcomes.

    python scripts/question_sweep.py ../shared/eval/realnews-dev ../shared/eval/polnear-dev

A directory is searched (recursively) for .txt and .html files; --only txt or html keeps
one kind. Each article ends in exactly one of: a set (its questions counted, by type, and
checked with checks.set_problems, the structural and English linter), a message (unreadable,
too long, not news: the teacher gets a sentence instead of a quiz) or a crash (a traceback:
always a bug). Articles are analysed in batches with analyze_many (one spaCy stream);
question generation runs strict, so a type failing on an article counts as a crash.
Exit status 1 when anything crashed, or with --min-questions N when an article that got a
set has fewer than N questions, or with --lint when a question fails the linter.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core.analysis import analyze_many  # noqa: E402
from quizapp.core.article import ArticleError, read_article  # noqa: E402
from quizapp.core.questions import gates  # noqa: E402
from quizapp.core.questions.checks import set_problems  # noqa: E402
from quizapp.core.questions.generate import generate_questions  # noqa: E402
from quizapp.core.questions.set_mix import reuse, set_keys, spoiled  # noqa: E402
from quizapp.core.questions.suitability import (  # noqa: E402
    not_news,
    statement_kinds,
    too_few,
    too_long,
)
from quizapp.core.scoring import MIN_STATEMENTS  # noqa: E402


def article_paths(paths: list[str], only: str) -> list[Path]:
    kinds = {"txt": (".txt",), "html": (".html", ".htm"), "all": (".txt", ".html", ".htm")}[only]
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.suffix in kinds and f.is_file())
        else:
            found.append(p)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--only", choices=["txt", "html", "all"], default="all")
    ap.add_argument("--batch", type=int, default=25)
    ap.add_argument("--min-questions", type=int, default=0)
    ap.add_argument("--lint", action="store_true", help="fail on any linter problem")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--per-set", action="store_true", help="a line per set: its keys")
    args = ap.parse_args()
    paths = article_paths(args.paths, args.only)
    tally: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    messages: Counter[str] = Counter()
    few, lint, crashes = [], [], []
    held_back = low_confidence = 0
    readable = []
    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as exc:
            messages["unreadable"] += 1
            if args.verbose:
                print(f"  {path.name}: message: {exc}")
            continue
        except Exception:  # noqa: BLE001 - a crash is what this script counts
            crashes.append((path, traceback.format_exc()))
            continue
        article.path = str(path)
        if too_long(article):
            messages["too long"] += 1
            continue
        readable.append(article)
    for start in range(0, len(readable), args.batch):
        batch = readable[start : start + args.batch]
        for article, analysis in zip(batch, _analyse(batch, crashes), strict=True):
            if analysis is None:
                continue
            path = Path(article.path)
            try:
                if not_news(analysis):
                    messages["not news"] += 1
                    if args.verbose:
                        print(f"  {path.name}: message: not news")
                    continue
                questions = generate_questions(analysis, strict=True)
                problems = set_problems(questions, analysis)
            except Exception:  # noqa: BLE001
                crashes.append((path, traceback.format_exc()))
                continue
            if too_few(questions):
                messages["nothing sure" if not questions else "too few sure"] += 1
                continue
            tally["sets"] += 1
            keys = set_keys(questions, analysis)
            tally.update(keys)
            behind, reports = statement_kinds(questions)
            given, repeated = reuse(questions, analysis)
            outright = spoiled(questions, analysis)
            if args.per_set:
                print(
                    f"  {path.name}: {len(questions)} questions, discernment items {behind}"
                    f" stands behind / {reports} only reports, {given} give away"
                    f" ({outright} outright), {repeated} same lesson, " + _keys_line(keys)
                )
            tally["questions"] += len(questions)
            tally["measurable"] += min(behind, reports) >= MIN_STATEMENTS
            by_type.update(q.type for q in questions)
            tally["given away"] += given
            tally["outright"] += outright
            tally["same lesson"] += repeated
            if args.verbose and (given or repeated):
                print(f"  {path.name}: {given} give away, {repeated} same lesson")
            held_back += gates.held_back(analysis)
            low_confidence += sum(
                1
                for c in analysis.claims
                if c.status != "unattributed" and c.confidence < gates.MIN_CONFIDENCE
            )
            if len(questions) < args.min_questions:
                few.append(f"{path.name} ({len(questions)})")
            lint += [f"{path.name}: {p}" for p in problems]
    for path, trace in crashes:
        print(f"  {path}: CRASH\n" + "\n".join("    " + t for t in trace.splitlines()[-4:]))
    for line in lint[: 50 if args.verbose else 10]:
        print(f"  lint: {line}")
    types = ", ".join(f"{t} {n}" for t, n in sorted(by_type.items()))
    said = ", ".join(f"{k} {n}" for k, n in sorted(messages.items())) or "none"
    print(
        f"sweep: {len(paths)} articles: {tally['sets']} sets"
        f" ({tally['measurable']} measuring discernment), {sum(messages.values())} messages"
        f" ({said}), {len(crashes)} crashes; {tally['questions']} questions ({types});"
        f" {tally['given away']} pairs where one question gives another away"
        f" ({tally['outright']} outright, before it is answered),"
        f" {tally['same lesson']} pairs with the same lesson (type and key);"
        f" {_keys_line(tally)};"
        f" {len(lint)} linter problems; {held_back} attributions held back by the gates"
        f" ({low_confidence} for confidence under {gates.MIN_CONFIDENCE});"
        f" {len(few)} sets under {args.min_questions} questions"
        + (f": {', '.join(few)}" if few else "")
    )
    bad = crashes or (args.lint and lint) or few
    return 1 if bad else 0


def _keys_line(keys: Counter[str]) -> str:
    return (
        f"true_false {keys['tf true']} True / {keys['tf false']} False,"
        f" {keys['own voice']} own-voice keys, {keys['sort lopsided']} sorts with one label"
        " on more than half"
    )


def _analyse(batch: list, crashes: list) -> list:
    """analyze_many on the batch; when it fails, one article at a time to find the culprit."""
    try:
        return analyze_many(batch)
    except Exception:  # noqa: BLE001
        out = []
        for article in batch:
            try:
                out.append(analyze_many([article])[0])
            except Exception:  # noqa: BLE001
                crashes.append((Path(article.path), traceback.format_exc()))
                out.append(None)
        return out


if __name__ == "__main__":
    sys.exit(main())
