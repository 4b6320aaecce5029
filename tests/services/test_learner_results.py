"""One learner's attempts at a set (services/learner_results.py)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from quizapp.models import Grading, Role, User
from quizapp.services.learner_results import learner_results
from tests.factories.results import make_attempt, make_set, make_user


@pytest.fixture
def owner(session: Session) -> User:
    user = make_user(session, "owner", Role.INSTRUCTOR)
    session.commit()
    return user


def test_learner_results_list_attempts_with_skills_and_mark_the_one_that_counts(
    session, owner
) -> None:
    qs = make_set(session, owner.id, grading=Grading.LAST)
    pupil = make_user(session, "pupil")
    make_attempt(session, qs, pupil, [1, 1, 1, 1], number=1)
    make_attempt(session, qs, pupil, [1, 0, 0.5, 0], number=2)
    session.commit()
    res = learner_results(session, qs, pupil.id)
    assert [v.counts for v in res.attempts] == [False, True]
    assert res.attempts[1].skills["verification"] == (0.0, 1, 0.0)
    assert res.attempts[1].skills["attribution"] == (1.0, 2, 0.5)
    assert [a.question.number for a in res.attempts[1].answers] == [1, 2, 3, 4]


def test_learner_results_are_none_for_someone_without_an_attempt_at_the_set(session, owner) -> None:
    qs = make_set(session, owner.id)
    other = make_set(session, owner.id, title="Other")
    pupil = make_user(session, "pupil")
    make_attempt(session, other, pupil, [1, 1, 1, 1])
    session.commit()
    assert learner_results(session, qs, pupil.id) is None
