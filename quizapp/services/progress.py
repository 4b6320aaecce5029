"""Who has not submitted a set yet: the pupils a teacher expects, beside the results.

The expected pupils are the members of the classes the set is assigned to and the learners
who joined it by code or link (with ``user_ids``, a class filter: that class's learners).
Each one without a submitted attempt is *in progress* (an attempt started) or *not started*.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, select, union
from sqlalchemy.orm import Session

from quizapp.models import Assignment, Attempt, ClassMember, QuestionSet, Role, SetAccess, User

NOT_STARTED = "not started"
IN_PROGRESS = "in progress"
STATUSES = (NOT_STARTED, IN_PROGRESS)


@dataclass(frozen=True)
class PupilProgress:
    user_id: int
    username: str
    name: str
    status: str  # NOT_STARTED or IN_PROGRESS


def not_submitted(
    session: Session,
    question_set: QuestionSet,
    user_ids: Sequence[int] | None = None,
    status: str | None = None,
) -> list[PupilProgress]:
    """Expected pupils without a submitted attempt, by name; ``status`` keeps only one kind."""
    if user_ids is not None:
        expected = select(User.id).where(User.id.in_(list(user_ids)))
    else:
        expected = union(
            select(ClassMember.user_id)
            .join(Assignment, Assignment.class_id == ClassMember.class_id)
            .where(Assignment.set_id == question_set.id),
            select(SetAccess.user_id).where(SetAccess.set_id == question_set.id),
            select(Attempt.user_id).where(Attempt.set_id == question_set.id),
        )
    # One query: each expected learner with how many attempts they have and submitted.
    rows = session.execute(
        select(
            User.id,
            User.username,
            User.display_name,
            func.count(Attempt.id),
            func.count(Attempt.submitted_at),
        )
        .outerjoin(Attempt, and_(Attempt.user_id == User.id, Attempt.set_id == question_set.id))
        .where(User.id.in_(expected), User.role == Role.LEARNER)
        .group_by(User.id, User.username, User.display_name)
        .order_by(User.display_name, User.username)
    )
    out = []
    for user_id, username, display_name, tries, submitted in rows:
        if submitted:
            continue
        kind = IN_PROGRESS if tries else NOT_STARTED
        if status in (None, kind):
            out.append(PupilProgress(user_id, username, display_name or username, kind))
    return out
