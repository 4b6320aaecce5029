"""Question sets as the web app sees them: lookup, access and joining."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from quizapp.models import (
    Assignment,
    ClassMember,
    QuestionSet,
    Role,
    SetAccess,
    SetStatus,
    User,
)
from quizapp.services.attempts import extra_minutes


def normalise_code(code: str) -> str:
    return "".join(code.split()).upper()


def find_published_by_code(session: Session, code: str) -> QuestionSet | None:
    return session.scalar(
        select(QuestionSet).where(
            QuestionSet.join_code == normalise_code(code),
            QuestionSet.status == SetStatus.PUBLISHED,
        )
    )


def join_set(session: Session, user: User, question_set: QuestionSet) -> SetAccess:
    """Give a learner access to a published set; joining twice changes nothing."""
    access = session.get(SetAccess, (question_set.id, user.id))
    if access is None:
        access = SetAccess(set_id=question_set.id, user_id=user.id)
        session.add(access)
        session.flush()
    return access


def sets_open_to(session: Session, user: User) -> list[QuestionSet]:
    """Published sets a learner joined, or that are assigned to one of their classes."""
    joined = select(SetAccess.set_id).where(SetAccess.user_id == user.id)
    now = datetime.now(UTC)
    # An assignment is open within [opens_at, closes_at); a missing date is no bound.
    assigned = (
        select(Assignment.set_id)
        .join(ClassMember, ClassMember.class_id == Assignment.class_id)
        .where(
            ClassMember.user_id == user.id,
            or_(Assignment.opens_at.is_(None), Assignment.opens_at <= now),
            or_(Assignment.closes_at.is_(None), Assignment.closes_at > now),
        )
    )
    return list(
        session.scalars(
            select(QuestionSet)
            .where(
                QuestionSet.status == SetStatus.PUBLISHED,
                or_(QuestionSet.id.in_(joined), QuestionSet.id.in_(assigned)),
            )
            .order_by(QuestionSet.title)
        )
    )


def sets_owned_by(session: Session, user: User) -> list[QuestionSet]:
    return list(
        session.scalars(
            select(QuestionSet)
            .where(QuestionSet.owner_id == user.id)
            .order_by(QuestionSet.updated_at.desc())
        )
    )


def learners_with_access(session: Session, question_set: QuestionSet) -> list[tuple[User, int]]:
    """(learner, extra minutes) for everyone who joined the set or is in a class it is
    assigned to, by name."""
    joined = select(SetAccess.user_id).where(SetAccess.set_id == question_set.id)
    assigned = (
        select(ClassMember.user_id)
        .join(Assignment, Assignment.class_id == ClassMember.class_id)
        .where(Assignment.set_id == question_set.id)
    )
    users = session.scalars(
        select(User)
        .where(User.role == Role.LEARNER, User.id.in_(joined.union(assigned)))
        .order_by(User.display_name, User.username)
    )
    return [(u, extra_minutes(session, u.id, question_set.id)) for u in users]
