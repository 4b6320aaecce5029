#!/usr/bin/env python3
"""List the generated questions whose shown statements a pupil cannot place without the
article (review.placed: "the admiration is mutual", "such fatalism", a quotation's "It has
..." or "they're going to ..."), and count them.

    python scripts/unplaced_sweep.py ../shared/eval/realnews-dev --only txt

A directory is searched for .txt and .html files as by question_sweep.py. Each such
question is printed with its article and stem; the last line gives the count over all
sets. Such a question is in a set only where nothing placed could take its turn
(set_fill.fill_up, measurable), so the count is what a strict teacher would still send
back for lost context.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from question_sweep import article_paths  # noqa: E402

from quizapp.core.analysis import analyze_many  # noqa: E402
from quizapp.core.article import ArticleError, read_article  # noqa: E402
from quizapp.core.questions.generate import generate_questions  # noqa: E402
from quizapp.core.questions.review import placed  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--only", choices=["txt", "html", "all"], default="all")
    args = ap.parse_args()
    articles = []
    for path in article_paths(args.paths, args.only):
        try:
            article = read_article(path)
        except ArticleError:
            continue
        article.path = str(path)
        articles.append(article)
    total = unplaced = 0
    for article, analysis in zip(articles, analyze_many(articles), strict=True):
        questions = generate_questions(analysis)
        total += len(questions)
        for q in questions:
            if not placed(q, analysis):
                unplaced += 1
                print(f"  {Path(article.path).name[:40]}: [{q.type}] {q.stem}")
    print(f"unplaced: {unplaced} of {total} questions in {len(articles)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
