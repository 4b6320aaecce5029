"""Build results test data straight through the models: sets, questions, attempts, answers."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.models import (
    Answer,
    Assignment,
    Attempt,
    ClassMember,
    Classroom,
    Grading,
    Question,
    QuestionSet,
    Role,
    SetAccess,
    SetStatus,
    User,
)

SKILL_CYCLE = ("attribution", "verification", "sourcing")
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
_codes = itertools.count(1)


def make_user(session: Session, username: str, role: Role = Role.LEARNER, **kwargs: Any) -> User:
    """A user without password hashing (these tests never log them in)."""
    user = User(username=username, password_hash="x", role=role, **kwargs)
    session.add(user)
    session.flush()
    return user


def make_set(
    session: Session,
    owner_id: int,
    n_questions: int = 4,
    title: str = "Who said it?",
    grading: Grading = Grading.BEST,
    attempts_allowed: int = 0,
) -> QuestionSet:
    qs = QuestionSet(
        owner_id=owner_id,
        title=title,
        status=SetStatus.PUBLISHED,
        join_code=f"R{next(_codes):05d}",
        grading=grading,
        attempts_allowed=attempts_allowed,
        published_at=START,
    )
    session.add(qs)
    session.flush()
    for i in range(n_questions):
        session.add(
            Question(
                set_id=qs.id,
                position=i,
                type="who_said",
                stem=f"Question {i + 1}: who said it?",
                choices=["the mayor", "the police", "the outlet"],
                answer=0,
                skills=[SKILL_CYCLE[i % len(SKILL_CYCLE)]],
            )
        )
    session.flush()
    session.refresh(qs)
    return qs


def make_attempt(
    session: Session,
    question_set: QuestionSet,
    user: User,
    scores: Sequence[float | None],
    number: int = 1,
    submitted: bool = True,
    discernment: float | None = None,
    responses: Sequence[Any] | None = None,
) -> Attempt:
    """An attempt with one answer per score (None: question left without an answer)."""
    questions = [q for q in question_set.questions if not q.retired]
    started = START + timedelta(days=number, minutes=user.id)
    skill_scores: dict[str, list[float]] = {}
    answered = [(q, s) for q, s in zip(questions, scores, strict=False)]
    for q, s in answered:
        for skill in q.skills:
            acc = skill_scores.setdefault(skill, [0, 0])
            acc[0] += s or 0
            acc[1] += 1
    total = sum(s or 0 for _, s in answered)
    attempt = Attempt(
        set_id=question_set.id,
        user_id=user.id,
        number=number,
        question_ids=[q.id for q, _ in answered],
        started_at=started,
        submitted_at=started + timedelta(minutes=12) if submitted else None,
        score=total / len(answered) if submitted and answered else None,
        skill_scores=skill_scores if submitted else {},
        discernment=discernment,
    )
    session.add(attempt)
    session.flush()
    for i, (q, s) in enumerate(answered):
        if s is None:
            continue
        response = responses[i] if responses else (0 if s >= 1 else 1)
        session.add(
            Answer(
                attempt_id=attempt.id,
                question_id=q.id,
                response=response,
                correct=s >= 1,
                score=float(s),
            )
        )
    session.flush()
    return attempt


# The hand-worked example of tests/core/test_statistics.py, as learners' attempts.
HAND_MATRIX = {
    "ann": (1, 1, 1, 1),
    "bob": (1, 1, 0.5, 1),
    "cat": (1, 0, 0, 1),
    "dan": (0, 1, 0, 1),
    "eve": (0, 0, 0.5, 1),
}


def hand_worked_set(session: Session, owner_id: int) -> QuestionSet:
    qs = make_set(session, owner_id, n_questions=4)
    for name, scores in HAND_MATRIX.items():
        user = make_user(session, name, display_name=name.title())
        make_attempt(session, qs, user, scores, discernment=0.5 if name != "eve" else None)
    session.commit()
    return qs


def many_attempts(session: Session, owner_id: int, n: int, prefix: str = "p") -> QuestionSet:
    """A set with ``n`` learners, one submitted attempt each, with varied answers."""
    qs = make_set(session, owner_id, n_questions=4)
    for i in range(n):
        user = make_user(session, f"{prefix}{i:05d}")
        scores = [(i >> k) & 1 for k in range(4)]
        make_attempt(session, qs, user, scores, discernment=((i % 5) - 2) / 2)
    session.commit()
    return qs


def class_with_waiting_pupils(session: Session, owner_id: int) -> QuestionSet:
    """The hand-worked set assigned to a class of the five who submitted, plus Fay, who has
    started, and Gus, who has not; and Hal, who joined by code and has not started."""
    qs = hand_worked_set(session, owner_id)
    classroom = Classroom(name="Year 8 Blue", owner_id=owner_id)
    session.add(classroom)
    session.flush()
    fay = make_user(session, "fay", display_name="Fay")
    make_user(session, "gus", display_name="Gus")
    hal = make_user(session, "hal", display_name="Hal")
    learners = session.scalars(select(User).where(User.role == Role.LEARNER)).all()
    for user in learners:
        if user.id != hal.id:
            session.add(ClassMember(class_id=classroom.id, user_id=user.id))
    session.add(Assignment(set_id=qs.id, class_id=classroom.id))
    session.add(SetAccess(set_id=qs.id, user_id=hal.id))
    make_attempt(session, qs, fay, [1, None, None, None], submitted=False)
    session.commit()
    return qs
