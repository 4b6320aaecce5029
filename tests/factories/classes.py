"""An instructor's published set and a learner's attempt, through the services (classes,
privacy)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizapp.models import (
    Answer,
    Attempt,
    Question,
    QuestionSet,
    Role,
    SetStatus,
    User,
)
from quizapp.services import accounts
from tests.factories.app import PASSWORD


def make_user(session: Session, username: str, role: Role = Role.INSTRUCTOR, **kw) -> User:
    user = accounts.create_user(session, username, PASSWORD, role, **kw)
    session.commit()
    return user


def make_published_set(
    session: Session, owner: User, title: str = "Who said it?", code: str | None = "ABC123"
) -> QuestionSet:
    question_set = QuestionSet(
        owner_id=owner.id,
        title=title,
        status=SetStatus.PUBLISHED,
        join_code=code,
        published_at=datetime.now(UTC),
    )
    question_set.questions = [
        Question(position=i, type="true_false", stem=f"Question {i}?", answer=True)
        for i in range(2)
    ]
    session.add(question_set)
    session.commit()
    return question_set


def make_attempt(
    session: Session, user: User, question_set: QuestionSet, started_at: datetime | None = None
) -> Attempt:
    number = (
        session.scalar(
            select(func.count())
            .select_from(Attempt)
            .where(Attempt.user_id == user.id, Attempt.set_id == question_set.id)
        )
        or 0
    ) + 1
    attempt = Attempt(
        set_id=question_set.id,
        user_id=user.id,
        number=number,
        started_at=started_at or datetime.now(UTC),
        score=0.5,
    )
    attempt.answers = [
        Answer(question_id=q.id, response=True, correct=True, score=1.0)
        for q in question_set.questions
    ]
    session.add(attempt)
    session.commit()
    return attempt
