"""Pupils' data: the retention purge and a learner's download of their own data."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from quizapp.core.formats.scores_csv import safe_text
from quizapp.models import (
    Answer,
    Attempt,
    ClassMember,
    Classroom,
    Question,
    QuestionSet,
    SetAccess,
    User,
)


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    attempts: int
    answers: int
    dry_run: bool

    def counts(self) -> dict[str, int]:
        return {"attempts": self.attempts, "answers": self.answers}


def purge(
    session: Session, older_than: timedelta, *, now: datetime | None = None, dry_run: bool = False
) -> PurgeReport:
    """Delete every attempt started before ``now - older_than``, with its answers.

    Answers go by the database's ON DELETE CASCADE; they are counted first for the report.
    """
    if older_than < timedelta(0):
        raise ValueError("older_than must not be negative")
    cutoff = (now or datetime.now(UTC)) - older_than
    old = select(Attempt.id).where(Attempt.started_at < cutoff)
    attempts = session.scalar(select(func.count()).select_from(old.subquery())) or 0
    answers = (
        session.scalar(select(func.count()).select_from(Answer).where(Answer.attempt_id.in_(old)))
        or 0
    )
    if not dry_run and attempts:
        session.execute(
            delete(Attempt).where(Attempt.started_at < cutoff),
            execution_options={"synchronize_session": False},
        )
        session.expire_all()
    return PurgeReport(cutoff=cutoff, attempts=attempts, answers=answers, dry_run=dry_run)


# --- a learner's own data ----------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _own_answers(session: Session, attempts: Sequence[Row[Any]]) -> dict[int, list[dict[str, Any]]]:
    """Each attempt's answers, by attempt id, in the order they were given."""
    answers_by_attempt: dict[int, list[dict[str, Any]]] = {a.id: [] for a, _ in attempts}
    if not answers_by_attempt:
        return answers_by_attempt
    rows = session.execute(
        select(Answer, Question.stem)
        .join(Question, Question.id == Answer.question_id)
        .where(Answer.attempt_id.in_(list(answers_by_attempt)))
        .order_by(Answer.attempt_id, Answer.answered_at, Answer.id)
    )
    # An unfinished attempt's marks would give the key away (quizapp.services.attempts): only a
    # graded (submitted) attempt, or an answer locked after its feedback, shows its marks.
    graded = {a.id for a, _ in attempts if a.submitted_at is not None or a.score is not None}
    for answer, stem in rows:
        shown = answer.attempt_id in graded or answer.locked
        answers_by_attempt[answer.attempt_id].append(
            {
                "question_id": answer.question_id,
                "question": stem,
                "response": answer.response,
                "correct": answer.correct if shown else None,
                "score": answer.score if shown else None,
                "answered_at": _iso(answer.answered_at),
            }
        )
    return answers_by_attempt


def _own_account(user: User) -> dict[str, Any]:
    """The account as the learner sees it: no password hash (see export_own_data)."""
    return {
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "role": user.role.value,
        "created_at": _iso(user.created_at),
        "last_login_at": _iso(user.last_login_at),
    }


def _own_attempt(attempt: Attempt, title: str, answers: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": attempt.id,
        "set": title,
        "number": attempt.number,
        "started_at": _iso(attempt.started_at),
        "submitted_at": _iso(attempt.submitted_at),
        "score": attempt.score,
        "skill_scores": attempt.skill_scores,
        "discernment": attempt.discernment,
        "bias": attempt.bias,
        "answers": answers,
    }


def export_own_data(session: Session, user: User) -> dict[str, Any]:
    """Everything stored about a learner: account, classes, joined sets, attempts, answers.

    The password hash is left out: it is not the learner's to read and of no use to them.
    """
    classes = session.execute(
        select(Classroom.name, ClassMember.joined_at)
        .join(ClassMember, ClassMember.class_id == Classroom.id)
        .where(ClassMember.user_id == user.id)
        .order_by(Classroom.name)
    )
    joined = session.execute(
        select(QuestionSet.title, SetAccess.joined_at)
        .join(SetAccess, SetAccess.set_id == QuestionSet.id)
        .where(SetAccess.user_id == user.id)
        .order_by(SetAccess.joined_at)
    )
    attempts = session.execute(
        select(Attempt, QuestionSet.title)
        .join(QuestionSet, QuestionSet.id == Attempt.set_id)
        .where(Attempt.user_id == user.id)
        .order_by(Attempt.started_at, Attempt.id)
    ).all()
    answers_by_attempt = _own_answers(session, attempts)
    return {
        "account": _own_account(user),
        "classes": [{"name": name, "joined_at": _iso(at)} for name, at in classes],
        "joined_sets": [{"title": title, "joined_at": _iso(at)} for title, at in joined],
        "attempts": [
            _own_attempt(attempt, title, answers_by_attempt[attempt.id])
            for attempt, title in attempts
        ],
    }


def own_data_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


CSV_COLUMNS = [
    "attempt_id",
    "set",
    "attempt_number",
    "started_at",
    "submitted_at",
    "attempt_score",
    "question_id",
    "question",
    "response",
    "correct",
    "answer_score",
    "answered_at",
]


def _safe_cell(value: Any) -> Any:
    """Never let a spreadsheet read a cell as a formula (CSV injection): the results
    export's rule, ``scores_csv.safe_text``, so both downloads behave alike."""
    return safe_text(value) if isinstance(value, str) else value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def own_data_csv(data: dict[str, Any]) -> str:
    """One row per answer (an attempt without answers still gets a row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for attempt in data["attempts"]:
        head = [
            attempt["id"],
            attempt["set"],
            attempt["number"],
            attempt["started_at"],
            attempt["submitted_at"],
            attempt["score"],
        ]
        answers = attempt["answers"] or [None]
        for answer in answers:
            tail = (
                [
                    answer["question_id"],
                    answer["question"],
                    answer["response"],
                    answer["correct"],
                    answer["score"],
                    answer["answered_at"],
                ]
                if answer
                else [None] * 6
            )
            writer.writerow([_safe_cell(_cell(v)) for v in head + tail])
    return out.getvalue()
