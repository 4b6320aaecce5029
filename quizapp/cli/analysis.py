"""``quizapp analyze FILE...``: show the attributions of articles, as a table or as JSON.

All inputs are read and checked before anything is printed, so a bad file leaves stdout
empty: one line on stderr and exit status 2. Flask is never imported here, and spaCy only
once every input has been read.
"""

from __future__ import annotations

import json
import sys
import textwrap
import warnings
from collections.abc import Sequence

import click

from quizapp.core.article import ArticleEncodingWarning, ArticleError, read_article
from quizapp.core.claims import Analysis, Article

BAD_INPUT = 2
NO_MODEL = 1


@click.command("analyze")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON object for one file, JSON Lines (one object per file) for several.",
)
def analyze(files: Sequence[str], as_json: bool) -> None:
    """Show who claims what in FILE... (.txt or .html; - reads standard input)."""
    articles = _read_all(files)
    analyses = _analyse(articles)
    if as_json:
        for analysis in analyses:
            click.echo(json.dumps(analysis.to_json(), ensure_ascii=False))
    else:
        click.echo("\n\n".join(render_table(a) for a in analyses))


def _read_all(files: Sequence[str]) -> list[Article]:
    articles = []
    stdin_used = False
    for name in files:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                if name == "-":
                    if stdin_used:
                        _fail("- (standard input) can be given only once")
                    stdin_used = True
                    article = read_article(sys.stdin.buffer.read(), name="-")
                else:
                    article = read_article(name)
            except ArticleError as exc:
                _fail(str(exc))
        for warning in caught:
            if issubclass(warning.category, ArticleEncodingWarning):
                click.echo(f"quizapp analyze: warning: {warning.message}", err=True)
            else:  # not ours to reword: show it as Python would
                warnings.warn_explicit(
                    warning.message, warning.category, warning.filename, warning.lineno
                )
        articles.append(article)
    return articles


def _analyse(articles: list[Article]) -> list[Analysis]:
    from quizapp.core.analysis import analyze_many
    from quizapp.core.nlp import ModelNotFound

    try:
        if len(articles) > 1 and sys.stderr.isatty():
            with click.progressbar(length=len(articles), label="analysing", file=sys.stderr) as bar:
                return analyze_many(articles, progress=bar.update)
        return analyze_many(articles)
    except ModelNotFound as exc:
        click.echo(f"quizapp analyze: {exc}", err=True)
        sys.exit(NO_MODEL)


def _fail(message: str) -> None:
    click.echo(f"quizapp analyze: {message}", err=True)
    sys.exit(BAD_INPUT)


def render_table(analysis: Analysis) -> str:
    """A readable listing: one block per claim, status and source type first."""
    article = analysis.article
    lines = [f"{article.path}: {article.title or '(no title)'}"]
    attributed = [c for c in analysis.claims if c.status != "unattributed"]
    own = len(analysis.claims) - len(attributed)
    lines.append(
        f"{_count(len(attributed), 'attribution')}, "
        f"{_count(own, 'statement')} in the outlet's own voice"
    )
    for i, claim in enumerate(analysis.claims, 1):
        who = claim.source or "(no source)"
        if claim.source_text and claim.source_text.strip() != who:
            who += f' ("{claim.source_text.strip()}")'
        head = f"{i:>3}. {claim.status:<12} {claim.source_type:<11} {who}"
        if claim.cue:
            head += f" | {claim.cue} ({claim.cue_strength})"
        lines.append(head)
        content = " ".join(claim.content.split())
        lines.extend(
            textwrap.wrap(
                content,
                96,
                initial_indent=" " * 8,
                subsequent_indent=" " * 8,
                break_on_hyphens=False,  # "short-\nterm" copied reads "short- term"
            )
        )
        if claim.status in ("disputed", "corroborated"):
            lines.append(" " * 8 + claim.status_reason)
    return "\n".join(lines)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
