"""quizapp.services.progress: the expected pupils who have not submitted, and whether they
started."""

from __future__ import annotations

from flask import Flask
from sqlalchemy.orm import Session

from quizapp.models import Role
from quizapp.services import progress
from tests.factories.results import class_with_waiting_pupils, make_user


def test_class_members_and_joined_learners_without_a_submission(
    app: Flask, session: Session
) -> None:
    owner = make_user(session, "teacher", Role.INSTRUCTOR)
    qs = class_with_waiting_pupils(session, owner.id)
    waiting = progress.not_submitted(session, qs)
    assert [(p.name, p.status) for p in waiting] == [
        ("Fay", "in progress"),
        ("Gus", "not started"),
        ("Hal", "not started"),
    ]


def test_the_status_filter_keeps_one_kind(app: Flask, session: Session) -> None:
    owner = make_user(session, "teacher", Role.INSTRUCTOR)
    qs = class_with_waiting_pupils(session, owner.id)
    assert [p.name for p in progress.not_submitted(session, qs, status="in progress")] == ["Fay"]
