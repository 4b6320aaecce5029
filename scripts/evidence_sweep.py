#!/usr/bin/env python3
"""Generate a question set for every article under the given paths and count the defects
of the evidence shown under the questions.

    python scripts/evidence_sweep.py ../shared/eval/realnews-dev questions/articles

A defect is one of: a line that starts mid-sentence (a small letter, a closing quote or a
comma first), a line that does not end a sentence, a line whose quote marks do not pair
(a lone closing quote, a quote cut off while its paragraph goes on), a line that runs over
a line break, a headline glued on, a line shown twice or held inside another, and, for a question
whose key rests on the source, evidence that never names the source (only "he", "the
company" or a surname). --cache DIR keeps each analysis as JSON, so a change to question
generation alone is measured again in seconds (delete DIR after changing the analyser).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core.analysis import analyze_many  # noqa: E402
from quizapp.core.article import ArticleError, read_article  # noqa: E402
from quizapp.core.claims import Analysis  # noqa: E402
from quizapp.core.questions.evidence_cut import names_source, quote_marks, short_forms  # noqa: E402
from quizapp.core.questions.generate import generate_questions  # noqa: E402
from quizapp.core.questions.names import named_source  # noqa: E402
from quizapp.core.questions.registry import type_for  # noqa: E402
from quizapp.core.questions.suitability import not_news, too_long  # noqa: E402


def line_defects(line: str, goes_on: bool = False) -> list[str]:
    """What is wrong with one evidence line, as short labels; ``goes_on`` when its paragraph
    goes on after it in the article (a quote left open there was cut, not ended)."""
    found = []
    first = line.lstrip()[:1]
    if first.islower() or first in {"\u201d", ",", ";", ":", ".", ")"}:
        found.append("starts mid-sentence")
    if line.rstrip()[-1:] not in set(".!?\"')\u201d\u2019"):
        found.append("no sentence end")
    lone, left_open = quote_marks(line)
    if lone:
        found.append("a closing quote with no opening one")
    if left_open and goes_on:
        found.append("cut inside a quote")
    return found


def evidence_defects(question, analysis: Analysis) -> list[str]:
    text = analysis.article.text
    lines = [x for x in question.evidence.split("\n") if x.strip()]
    found = []
    for x in lines:
        at = text.find(x)
        rest = text[at + len(x) :].split("\n", 1)[0] if at >= 0 else ""
        goes_on = any(ch.isalnum() for ch in rest)
        found += [f"{d}: {x[:70]!r}" for d in line_defects(x, goes_on)]
    for s, e in question.evidence_spans:
        if "\n" in text[s:e].strip():
            found.append(f"runs over a line break: {text[s:e][:70]!r}")
    title = analysis.article.title.strip()
    if title and any(x.startswith(title) and x != title for x in lines):
        found.append(f"headline glued on: {title[:70]!r}")
    for i, x in enumerate(lines):
        if any(x in y for j, y in enumerate(lines) if j != i):
            found.append(f"shown twice or held in another line: {x[:70]!r}")
    if "source" in type_for(question.type).key_rests_on and question.claims:
        claim = analysis.claims[question.claims[0]]
        short = short_forms(claim.source, analysis.article.text)
        if not named_source(claim) or names_source(question.evidence, claim.source):
            pass
        elif any(names_source(question.evidence, w) for w in short):
            found.append(f"names the source by a short form only: {claim.source!r}")
        else:
            found.append(
                f"does not name the source: {claim.source!r} written {claim.source_text!r}"
            )
    return found


def analyses(paths: list[Path], cache: Path | None) -> list[tuple[Path, Analysis]]:
    out: dict[Path, Analysis] = {}
    todo = []
    for path in paths:
        stored = cache / (path.parent.name + "--" + path.name + ".json") if cache else None
        if stored and stored.exists():
            out[path] = Analysis.from_json(json.loads(stored.read_text()))
            continue
        try:
            article = read_article(path)
        except ArticleError:
            continue
        article.path = str(path)
        if not too_long(article):
            todo.append((path, article, stored))
    for start in range(0, len(todo), 25):
        batch = todo[start : start + 25]
        for (path, _, stored), analysis in zip(
            batch, analyze_many([a for _, a, _ in batch]), strict=True
        ):
            out[path] = analysis
            if stored:
                stored.parent.mkdir(parents=True, exist_ok=True)
                stored.write_text(json.dumps(analysis.to_json()))
    return [(p, out[p]) for p in paths if p in out]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    kinds = (".txt", ".html", ".htm")
    paths: list[Path] = []
    for p in map(Path, args.paths):
        if p.is_dir():
            paths += sorted(f for f in p.rglob("*") if f.suffix in kinds and f.is_file())
        else:
            paths.append(p)
    kinds_found: Counter[str] = Counter()
    questions = 0
    for path, analysis in analyses(paths, args.cache):
        if not_news(analysis):
            continue
        for n, q in enumerate(generate_questions(analysis), 1):
            questions += 1
            for defect in evidence_defects(q, analysis):
                kinds_found[defect.split(":")[0]] += 1
                if args.verbose:
                    print(f"{path.parent.name}/{path.name} #{n} [{q.type}] {defect}")
    total = sum(kinds_found.values())
    detail = ", ".join(f"{k} {n}" for k, n in kinds_found.most_common()) or "none"
    print(f"evidence: {len(paths)} articles, {questions} questions, {total} defects ({detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
