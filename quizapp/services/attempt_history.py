"""Which attempt counts (best, last or first, as the set says), and a learner's sets and
history: the same rule for the learner's pages and the instructor's results."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.models import (
    Attempt,
    Grading,
    QuestionSet,
    User,
)
from quizapp.services.attempts import attempts_left, attempts_of, has_access, now_utc, resume


class AttemptLike(Protocol):
    number: int
    score: float | None
    submitted_at: datetime | None


A = TypeVar("A", bound=AttemptLike)


def counting_attempt(attempts: Iterable[A], grading: Grading | str) -> A | None:
    """The submitted attempt whose score counts: best (the earliest of equal bests), last
    or first. Unfinished attempts never count; None when nothing is submitted."""
    done = [a for a in attempts if a.submitted_at is not None]
    if not done:
        return None
    rule = Grading(grading)
    if rule == Grading.FIRST:
        return min(done, key=lambda a: a.number)
    if rule == Grading.LAST:
        return max(done, key=lambda a: a.number)
    return min(done, key=lambda a: (-(a.score or 0.0), a.number))


@dataclass
class SetOverview:
    question_set: QuestionSet
    attempts: list[Attempt]
    unfinished: Attempt | None
    counting: Attempt | None
    left: int | None  # None: no limit
    open_now: bool

    @property
    def can_start(self) -> bool:
        return self.open_now and self.unfinished is None and self.left != 0


def overview(
    session: Session, user: User, question_set: QuestionSet, now: datetime | None = None
) -> SetOverview:
    now = now or now_utc()
    unfinished = resume(session, user, question_set, now)
    attempts = attempts_of(session, user, question_set)
    return SetOverview(
        question_set=question_set,
        attempts=attempts,
        unfinished=unfinished,
        counting=counting_attempt(attempts, question_set.grading),
        left=attempts_left(question_set, attempts),
        open_now=has_access(session, user, question_set, now),
    )


def history(session: Session, user: User) -> list[Attempt]:
    """Every submitted attempt of the learner, oldest first."""
    return list(
        session.scalars(
            select(Attempt)
            .where(Attempt.user_id == user.id, Attempt.submitted_at.is_not(None))
            .order_by(Attempt.submitted_at, Attempt.id)
        )
    )


def attempts_of_user(session: Session, user: User) -> list[Attempt]:
    return list(
        session.scalars(
            select(Attempt)
            .where(Attempt.user_id == user.id)
            .order_by(Attempt.set_id, Attempt.number)
        )
    )
