"""Join codes: guessing is rate limited, and a code does not reopen a class's closed window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Assignment, Attempt, ClassMember, Classroom, SetAccess
from tests.factories.bridge import published_set


def test_guessing_join_codes_is_rate_limited(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    limit = int(app.config["JOIN_FAILURES"].split()[0])
    for n in range(limit):
        learner_client.post("/join", data={"code": f"WRONG{n}"})
    response = learner_client.post("/join", data={"code": built.code}, follow_redirects=True)
    assert "Too many wrong codes" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(SetAccess)) == 0


def test_the_public_join_page_is_rate_limited_per_address(app: Flask, client: FlaskClient) -> None:
    limit = int(app.config["JOIN_FAILURES"].split()[0])
    for n in range(limit):
        assert client.get(f"/join/WRONG{n}").status_code == 404
    assert client.get("/join/WRONGX").status_code == 429


def test_a_join_code_does_not_open_a_closed_class_window(
    app: Flask, learner_client: FlaskClient, learner_id: int, instructor_id: int
) -> None:
    built = published_set(app)
    now = datetime.now(UTC)
    with app.app_context():
        room = Classroom(name="7B", owner_id=instructor_id)
        db.session.add(room)
        db.session.flush()
        db.session.add(ClassMember(class_id=room.id, user_id=learner_id))
        db.session.add(
            Assignment(
                set_id=built.set_id,
                class_id=room.id,
                opens_at=now - timedelta(days=2),
                closes_at=now - timedelta(days=1),
            )
        )
        db.session.commit()
    assert learner_client.post("/join", data={"code": built.code}).status_code == 302
    learner_client.post(f"/learn/sets/{built.set_id}/start")
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Attempt)) == 0
