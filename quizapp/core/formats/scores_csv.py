"""Scores as CSV for a spreadsheet or a gradebook: safe cells, streamed rows.

- UTF-8, a header row, CRLF line ends (RFC 4180), ISO 8601 dates in UTC.
- A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
  prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it as a
  formula (OWASP's advice against CSV injection). Numbers are written as numbers, a
  negative discernment included, so a spreadsheet can still add them up.
- Rows go out one line at a time (:func:`csv_lines`), so a large export never sits in memory.

Plain data in, plain text out: no Flask, no database.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from quizapp.core.statistics import skill_share

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # lets Excel recognise UTF-8; other readers skip it
DECIMALS = 4


def safe_text(text: str) -> str:
    """Text a spreadsheet will not take for a formula."""
    if text.startswith(DANGEROUS_FIRST):
        return "'" + text
    return text


def format_number(value: float | int) -> str:
    """A number as a spreadsheet reads it: no exponent, at most four decimals."""
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return ""
    rounded = round(value, DECIMALS)
    if rounded == 0:
        return "0"
    text = f"{rounded:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return text


def iso_datetime(value: datetime) -> str:
    """ISO 8601 in UTC to the second; a naive value (SQLite) is taken to be UTC already."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cell(value: Any) -> str:
    """One CSV cell: numbers stay numbers, dates become ISO text, other text is made safe."""
    # The common exact types first: this runs for every cell of a large export.
    kind = type(value)
    if kind is str:
        return "'" + value if value.startswith(DANGEROUS_FIRST) else value
    if value is None:
        return ""
    if kind is bool:
        return "1" if value else "0"
    if kind is float or kind is int:
        return format_number(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, datetime):
        return iso_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    return safe_text(str(value))


def csv_lines(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    bom: bool = False,
    rows_per_chunk: int = 1,
) -> Iterator[str]:
    """The header, then the rows as CSV text, each cell passed through :func:`cell`.

    Each string yielded holds ``rows_per_chunk`` lines (the header alone comes first), so a
    web response or a file gets a few large writes instead of one per row, while memory
    stays bounded by the chunk.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def take() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow([cell(v) for v in header])
    yield (BOM if bom else "") + take()
    pending = 0
    for row in rows:
        writer.writerow([cell(v) for v in row])
        pending += 1
        if pending >= rows_per_chunk:
            yield take()
            pending = 0
    if pending:
        yield take()


def describe_response(response: Any, choices: Sequence[Any] = ()) -> str:
    """A learner's response as readable text: a choice index becomes the choice itself."""
    if response is None:
        return ""
    if isinstance(response, bool):
        return "true" if response else "false"
    if isinstance(response, int):
        if 0 <= response < len(choices):
            return str(choices[response])
        return str(response)
    if isinstance(response, str):
        return response
    if isinstance(response, list | tuple):
        return "; ".join(describe_response(r) for r in response)
    return json.dumps(response, ensure_ascii=False, sort_keys=True)


# --- the two exports ------------------------------------------------------------------------

SKILL_ORDER = ("attribution", "verification", "sourcing")


def order_skills(skills: Iterable[str]) -> list[str]:
    """The known skills in their usual order, then any others alphabetically."""
    found = set(skills)
    return [s for s in SKILL_ORDER if s in found] + sorted(found - set(SKILL_ORDER))


@dataclass(frozen=True)
class AttemptRow:
    """One submitted attempt, as the scores export writes it."""

    learner: str
    name: str
    set_title: str
    attempt: int
    counted: bool
    started: datetime | None
    submitted: datetime | None
    score: float | None
    skill_scores: dict[str, Any]
    discernment: float | None
    questions: int | None = None  # questions the attempt showed: one mark each

    @property
    def marks(self) -> float | None:
        """Marks earned, as the pupil's results page says them ("5.6 of 8 marks")."""
        if self.score is None or not self.questions:
            return None
        return self.score * self.questions

    @property
    def percent(self) -> float | None:
        return None if self.score is None else self.score * 100


def scores_header(skills: Sequence[str]) -> list[str]:
    return [
        "learner",
        "name",
        "set",
        "attempt",
        "counted",
        "started",
        "submitted",
        "score",
        "marks",
        "out_of",
        "percent",
        *skills,
        "discernment",
    ]


def scores_row(row: AttemptRow, skills: Sequence[str]) -> list[Any]:
    return [
        row.learner,
        row.name,
        row.set_title,
        row.attempt,
        row.counted,
        row.started,
        row.submitted,
        row.score,
        None if row.marks is None else round(row.marks, 2),
        row.questions if row.marks is not None else None,
        None if row.percent is None else round(row.percent, 1),
        *(skill_share(row.skill_scores.get(s)) for s in skills),
        row.discernment,
    ]


def scores_csv(
    rows: Iterable[AttemptRow], skills: Sequence[str], bom: bool = False, rows_per_chunk: int = 1
) -> Iterator[str]:
    """Scores per learner and attempt: score and per-skill shares are 0..1; the same score
    also as marks out of the questions shown (one mark each) and as a percent, for a
    gradebook that takes either."""
    return csv_lines(
        scores_header(skills),
        (scores_row(r, skills) for r in rows),
        bom=bom,
        rows_per_chunk=rows_per_chunk,
    )


@dataclass(frozen=True)
class AnswerRow:
    """One answer of a submitted attempt, as the answers export writes it."""

    learner: str
    name: str
    set_title: str
    attempt: int
    question_number: int
    question_id: int
    question: str
    response: Any
    choices: Sequence[Any]
    correct: bool | None
    score: float | None


ANSWERS_HEADER = [
    "learner",
    "name",
    "set",
    "attempt",
    "question_number",
    "question_id",
    "question",
    "answer",
    "correct",
    "score",
]


def answers_csv(
    rows: Iterable[AnswerRow], bom: bool = False, rows_per_chunk: int = 1
) -> Iterator[str]:
    """One line per answer: the answer as the learner saw it, correct as 1/0, score 0..1."""
    return csv_lines(
        ANSWERS_HEADER,
        (
            [
                r.learner,
                r.name,
                r.set_title,
                r.attempt,
                r.question_number,
                r.question_id,
                r.question,
                describe_response(r.response, r.choices),
                r.correct,
                r.score,
            ]
            for r in rows
        ),
        bom=bom,
        rows_per_chunk=rows_per_chunk,
    )
