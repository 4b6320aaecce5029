"""``quizapp generate``: a draft question set for an article, readable, as JSON or a set file.

A text that cannot be quizzed gets one plain line instead of a set: unreadable input or a
text over the length limit (exit 2, before any analysis), a text that is not a news report
(exit 0, with an empty set in --json so scripts can count it).
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Any

import click

BAD_INPUT = 2


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
    from quizapp.core.article import ArticleError, read_article
    from quizapp.core.questions.generate import generate_questions
    from quizapp.core.questions.suitability import not_news, too_few, too_long

    try:
        article = read_article(file)
    except ArticleError as exc:
        _fail(str(exc))
    article.path = os.path.normpath(str(file))
    message = too_long(article)
    if message:
        _fail(f"{article.path}: {message}")
    analysis = analyze(article)
    message = not_news(analysis)
    questions = [] if message else generate_questions(analysis, seed=seed)
    if not message:
        message = too_few(questions)
        if message:
            questions = []
    if message:
        click.echo(f"quizapp generate: {article.path}: {message}", err=True)
    if as_json:
        doc: dict[str, Any] = {
            "article": {
                "path": article.path,
                "title": article.title,
                "outlet": article.outlet,
                "url": article.url,
                "date": article.date,
            },
            "questions": [q.to_json() for q in questions],
        }
        if message:
            doc["message"] = message
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif output is None and questions:
        click.echo(render_questions(analysis, questions))
    if output is not None and questions:
        _write_set(output, questions, article, title or article.title or file.stem, file, seed)


def _write_set(output: Path, questions: list, article: Any, name: str, file: Path, seed: int):
    from quizapp.core.formats.question_set import QuestionSet
    from quizapp.core.formats.question_set_dump import save_question_set

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


def _fail(message: str) -> None:
    click.echo(f"quizapp generate: {message}", err=True)
    sys.exit(BAD_INPUT)


def render_questions(analysis: Any, questions: list) -> str:
    """The set as a teacher reads it: stem, choices with the key marked, evidence, and the
    claims each question rests on with the analyser's confidence."""
    from quizapp.core.questions.registry import type_for
    from quizapp.core.questions.suitability import discernment_note, statements_offered

    article = analysis.article
    lines = [
        f"{article.path}: {article.title or '(no title)'}",
        f"{len(questions)} questions. {discernment_note(questions, statements_offered(analysis))}",
    ]
    for n, q in enumerate(questions, 1):
        lines.append("")
        why = "; ".join(q.data.get("check_why", []))
        check = (
            f" CHECK THIS ONE ({why}):"
            if why
            else " CHECK THIS ONE:"
            if q.data.get("check")
            else ""
        )
        # Never broken after a hyphen: a reader who copies "short-\nterm" gets "short- term".
        lines.extend(_wrap(f"{n}. [{q.type}]{check} {q.stem}", subsequent_indent="   "))
        lines.extend(type_for(q.type).listing(q))
        for ev in q.evidence.split("\n"):
            lines.extend(_wrap(f"evidence: {ev}", initial_indent="   ", subsequent_indent=" " * 6))
        rests = ", ".join(
            f"#{i + 1} {analysis.claims[i].confidence:.2f}"
            for i in q.claims
            if 0 <= i < len(analysis.claims)
        )
        if rests:
            lines.append(f"   claims (confidence): {rests}")
    return "\n".join(lines)


def _wrap(text: str, **indents: str) -> list[str]:
    """Lines of at most 96 characters, broken at spaces only (not after a hyphen)."""
    return textwrap.wrap(text, 96, break_on_hyphens=False, **indents)
