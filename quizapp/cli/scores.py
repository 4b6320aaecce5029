"""``quizapp export-scores SET_ID``: a set's scores (or answers) as CSV, streamed."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("export-scores")
@click.argument("set_id", type=int)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option("--answers", is_flag=True, help="One line per answer instead of per attempt.")
@click.option(
    "--bom/--no-bom", default=False, show_default=True, help="Start with a UTF-8 BOM (Excel)."
)
def export_scores(set_id: int, output: Path | None, answers: bool, bom: bool) -> None:
    """Write the scores of set SET_ID as CSV: one line per learner and submitted attempt
    (score, per-skill scores, discernment), or with --answers one line per answer."""
    from quizapp import create_app
    from quizapp.core.formats import scores_csv
    from quizapp.extensions import db
    from quizapp.models import QuestionSet
    from quizapp.services import results

    app = create_app()
    with app.app_context():
        question_set = db.session.get(QuestionSet, set_id)
        if question_set is None:
            raise click.ClickException(f"No question set with id {set_id}.")
        questions = results.set_questions(db.session, set_id)
        if answers:
            rows = _Counted(results.answer_rows(db.session, question_set, questions))
            lines = scores_csv.answers_csv(
                rows,
                bom=bom,
                rows_per_chunk=results.CSV_CHUNK_ROWS,
            )
        else:
            rows = _Counted(results.score_rows(db.session, question_set))
            lines = scores_csv.scores_csv(
                rows,
                results.set_skills(questions),
                bom=bom,
                rows_per_chunk=results.CSV_CHUNK_ROWS,
            )
        _write(lines, output)
    if output is not None:
        kind = "answer" if answers else "attempt"
        click.echo(f"{rows.count} {kind}(s) written to {output}.", err=True)


def _write(lines, output: Path | None) -> None:  # type: ignore[no-untyped-def]
    """Write chunk by chunk, never the whole file at once."""
    if output is None:
        # Bytes, so the CSV's CRLF line ends reach the pipe untranslated on any platform.
        stream = sys.stdout.buffer
        for chunk in lines:
            stream.write(chunk.encode("utf-8"))
        stream.flush()
        return
    with output.open("w", encoding="utf-8", newline="") as handle:
        for chunk in lines:
            handle.write(chunk)


class _Counted:
    """Counts the rows that pass through, for the closing message."""

    def __init__(self, rows) -> None:  # type: ignore[no-untyped-def]
        self.rows = rows
        self.count = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for row in self.rows:
            self.count += 1
            yield row
