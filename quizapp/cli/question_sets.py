"""``quizapp generate``: a draft question set for an article, as JSON or a set file."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click


@click.command("generate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the article and questions as JSON.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a question-set file (.yaml, or .gift for Moodle).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Choice order and picks.")
@click.option("--title", default="", help="Set title (default: the article's title).")
def generate(file: Path, as_json: bool, output: Path | None, seed: int, title: str) -> None:
    """Analyse FILE and generate questions about what it attributes and what it verifies."""
    # The analyser loads spaCy: import it only when a command needs it.
    from quizapp.core.analysis import analyze
    from quizapp.core.article import read_article
    from quizapp.core.formats.question_set import QuestionSet, save_question_set
    from quizapp.core.questions.generate import generate_questions

    article = read_article(file)
    article.path = os.path.normpath(str(file))
    analysis = analyze(article)
    questions = generate_questions(analysis, seed=seed)
    if as_json or output is None:
        doc = {
            "article": {
                "path": article.path,
                "title": article.title,
                "outlet": article.outlet,
                "url": article.url,
                "date": article.date,
            },
            "questions": [q.to_json() for q in questions],
        }
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    if output is not None:
        name = title or article.title or file.stem
        if output.suffix == ".gift":
            from quizapp.core.formats.gift import save_gift

            save_gift(questions, output, title=name)
        else:
            if not Path(article.path).resolve().is_relative_to(output.parent.resolve()):
                # An import reads an article path only inside the set file's directory.
                article.path = ""
            qs = QuestionSet(
                title=name,
                description=f"Generated from {file.name} (seed {seed}); review before use.",
                article=article,
                questions=questions,
            )
            save_question_set(qs, output)
        click.echo(f"wrote {len(questions)} questions to {output}", err=True)
