#!/usr/bin/env python3
"""Write everything the core makes of a set of articles to one JSON file, to compare two trees.

    python scripts/snapshot.py OUT.json [PATH ...]

With no PATH it takes the bundled articles (questions/articles, questions/practice-next) and,
where ../shared/eval exists, the seed gold article, the PolNeAR dev texts and every
realnews-dev page (.txt and .html). For each article it records the analysis, the generated
questions, what a learner's browser is shown of each (render), how each choice is graded,
the linter's problems, and the set as YAML and as GIFT. A refactoring that must not change
behaviour gives the same file before and after: ``cmp before.json after.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core.analysis import analyze_many  # noqa: E402
from quizapp.core.article import ArticleError, read_article  # noqa: E402
from quizapp.core.formats.gift import dump_gift  # noqa: E402
from quizapp.core.formats.question_set import QuestionSet  # noqa: E402
from quizapp.core.formats.question_set_dump import dump_question_set  # noqa: E402
from quizapp.core.questions.checks import set_problems  # noqa: E402
from quizapp.core.questions.generate import generate_questions  # noqa: E402
from quizapp.core.questions.registry import get_type  # noqa: E402

# The evaluation data beside a checkout (../shared/eval), or where QUIZAPP_EVAL says.
SHARED = Path(os.environ.get("QUIZAPP_EVAL", ROOT.parent / "shared" / "eval")).resolve()


def default_paths() -> list[Path]:
    found = sorted((ROOT / "questions" / "articles").glob("*.txt"))
    found += sorted((ROOT / "questions" / "practice-next").glob("*.txt"))
    if not SHARED.is_dir():
        print(f"snapshot: no evaluation data at {SHARED}: bundled articles only", file=sys.stderr)
    else:
        found += sorted((SHARED / "dev").glob("*.txt"))
        found += sorted((SHARED / "polnear-dev").rglob("*.txt"))
        found += sorted((SHARED / "realnews-dev").glob("*.txt"))
        found += sorted((SHARED / "realnews-dev").glob("*.html"))
    return found


def expand(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out += (
            sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".html")) if p.is_dir() else [p]
        )
    return out


def grades(qtype: Any, q: Any) -> list[Any]:
    if q.type == "sort_statements":
        responses: list[Any] = [q.answer, list(reversed(q.answer or []))]
    else:
        responses = list(range(len(q.choices))) + [None]
    out = []
    for r in responses:
        mark = qtype.grade(q, r)
        out.append([mark.correct, mark.score, [vars(j) for j in mark.judgements]])
    return out


def snapshot(path: Path, analysis: Any) -> dict[str, Any]:
    questions = generate_questions(analysis, seed=0)
    shown = []
    for q in questions:
        qtype = get_type(q.type)
        shown.append({"render": qtype.render(q), "grades": grades(qtype, q)})
    qs = QuestionSet(
        title=analysis.article.title or path.stem, article=analysis.article, questions=questions
    )
    return {
        "analysis": analysis.to_json(),
        "questions": [q.to_json() for q in questions],
        "shown": shown,
        "problems": set_problems(questions, analysis),
        "yaml": dump_question_set(qs),
        "gift": dump_gift(questions, title=qs.title),
    }


def _portable(text: str) -> str:
    """Paths without the checkout's or the data's place on disk, so that two checkouts (a
    worktree and main, say) give the same file when they make the same things."""
    return text.replace(f"{ROOT}/", "").replace(f"{SHARED}/", "eval/")


def main() -> int:
    # argparse, not sys.argv[1]: "--help" must print the usage, not become the output file.
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="the JSON file to write")
    parser.add_argument("paths", nargs="*", help="articles or folders (default: see above)")
    args = parser.parse_args()
    out_path = args.out
    paths = expand(args.paths) if args.paths else default_paths()
    articles, names, result = [], [], {}
    for p in paths:
        name = _portable(str(p.resolve()))
        try:
            articles.append(read_article(p))
            names.append((name, p))
        except ArticleError as exc:
            result[name] = {"error": str(exc)}
    for (name, p), analysis in zip(names, analyze_many(articles), strict=True):
        result[name] = snapshot(p, analysis)
    text = json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False)
    out_path.write_text(_portable(text))
    print(f"{len(result)} articles -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
