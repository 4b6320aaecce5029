"""An instructor gives one learner extra time on a set (instructor-only, own sets only)."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.models import Attempt, Role, SetAccess, as_utc
from tests.factories.app import add_user, log_in
from tests.factories.bridge import join_and_start, published_set


def _extra(app: Flask, set_id: int, user_id: int) -> int | None:
    with app.app_context():
        access = db.session.get(SetAccess, (set_id, user_id))
        return None if access is None else access.extra_minutes


def test_the_instructor_lists_learners_and_sets_their_minutes(
    app: Flask,
    instructor_id: int,
    instructor_client: FlaskClient,
    learner_id: int,
    learner_client: FlaskClient,
) -> None:
    built = published_set(app, owner_id=instructor_id, time_limit_minutes=10)
    attempt_id = join_and_start(learner_client, built)
    url = f"/teach/sets/{built.set_id}/extra-time"
    page = instructor_client.get(url).get_data(as_text=True)
    assert "Pat Pupil" in page and f'for="minutes-{learner_id}"' in page
    response = instructor_client.post(url, data={"user_id": learner_id, "minutes": 20})
    assert response.status_code == 302
    assert _extra(app, built.set_id, learner_id) == 20
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        length = as_utc(attempt.deadline_at) - as_utc(attempt.started_at)
    assert length == timedelta(minutes=30)  # the running attempt is extended too
    assert "now has 20 extra minutes" in instructor_client.get(url).get_data(as_text=True)


def test_another_instructors_set_is_not_found(
    app: Flask, instructor_id: int, learner_id: int, learner_client: FlaskClient
) -> None:
    built = published_set(app, owner_id=instructor_id, time_limit_minutes=10)
    join_and_start(learner_client, built)
    add_user(app, "other-teacher", Role.INSTRUCTOR)
    other = app.test_client()
    log_in(other, "other-teacher")
    url = f"/teach/sets/{built.set_id}/extra-time"
    assert other.get(url).status_code == 404
    assert other.post(url, data={"user_id": learner_id, "minutes": 20}).status_code == 404
    assert _extra(app, built.set_id, learner_id) == 0


def test_a_learner_without_access_cannot_be_given_time(
    app: Flask, instructor_id: int, instructor_client: FlaskClient, learner_id: int
) -> None:
    built = published_set(app, owner_id=instructor_id, time_limit_minutes=10)
    url = f"/teach/sets/{built.set_id}/extra-time"
    assert (
        instructor_client.post(url, data={"user_id": learner_id, "minutes": 5}).status_code == 404
    )
    assert _extra(app, built.set_id, learner_id) is None


def test_out_of_range_minutes_are_refused(
    app: Flask,
    instructor_id: int,
    instructor_client: FlaskClient,
    learner_id: int,
    learner_client: FlaskClient,
) -> None:
    built = published_set(app, owner_id=instructor_id, time_limit_minutes=10)
    learner_client.post("/join", data={"code": built.code})
    url = f"/teach/sets/{built.set_id}/extra-time"
    for minutes in (-5, 100000, "soon"):
        response = instructor_client.post(url, data={"user_id": learner_id, "minutes": minutes})
        assert response.status_code == 200
    assert _extra(app, built.set_id, learner_id) == 0


def test_learners_cannot_give_themselves_time(
    app: Flask, instructor_id: int, learner_id: int, learner_client: FlaskClient
) -> None:
    built = published_set(app, owner_id=instructor_id, time_limit_minutes=10)
    learner_client.post("/join", data={"code": built.code})
    url = f"/teach/sets/{built.set_id}/extra-time"
    assert learner_client.post(url, data={"user_id": learner_id, "minutes": 60}).status_code == 403
    assert _extra(app, built.set_id, learner_id) == 0
