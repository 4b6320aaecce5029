"""Deleting a self-registered learner: an admin page, nobody else."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Role, User
from tests.factories.app import add_user, log_in


def _users(app: Flask) -> set[str]:
    with app.app_context():
        return set(db.session.scalars(select(User.username)))


def test_an_admin_lists_and_deletes_a_self_registered_learner(
    app: Flask, instructor_client: FlaskClient, learner_id: int
) -> None:
    assert "pupil" in instructor_client.get("/teach/learners").get_data(as_text=True)
    page = instructor_client.get(f"/teach/learners/{learner_id}/delete")
    assert page.status_code == 200 and "for good" in page.get_data(as_text=True)
    response = instructor_client.post(f"/teach/learners/{learner_id}/delete")
    assert response.status_code == 302
    assert "pupil" not in _users(app)


def test_an_instructor_who_is_not_admin_cannot_delete_learners(
    app: Flask, client: FlaskClient, learner_id: int
) -> None:
    add_user(app, "other", Role.INSTRUCTOR)
    log_in(client, "other")
    assert client.get("/teach/learners").status_code == 403
    assert client.post(f"/teach/learners/{learner_id}/delete").status_code == 403
    assert "pupil" in _users(app)


def test_an_admin_cannot_delete_an_instructor_here(
    app: Flask, instructor_client: FlaskClient, instructor_id: int
) -> None:
    assert instructor_client.post(f"/teach/learners/{instructor_id}/delete").status_code == 404
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) >= 1
