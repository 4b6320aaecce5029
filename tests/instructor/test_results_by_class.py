"""Results filtered by class: the results page and both CSV exports take ``?class=ID``."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Classroom, Role, User
from quizapp.services import classes
from tests.factories.app import add_user, log_in
from tests.factories.classes import make_attempt, make_published_set


@pytest.fixture
def two_classes(app: Flask, instructor_id: int) -> dict[str, int]:
    """Amira in "Blue", Ben in "Red", both with a submitted attempt at one set."""
    with app.app_context():
        session = db.session
        teacher = session.get(User, instructor_id)
        blue = classes.create_class(session, teacher, "Blue")
        red = classes.create_class(session, teacher, "Red")
        classes.add_pupils(session, teacher, blue, ["Amira Khan"])
        classes.add_pupils(session, teacher, red, ["Ben Okoro"])
        session.commit()
        question_set = make_published_set(session, teacher)
        for username in ("amira.k", "ben.o"):
            pupil = session.scalar(select(User).where(User.username == username))
            attempt = make_attempt(session, pupil, question_set)
            attempt.submitted_at = datetime.now(UTC)
        session.commit()
        return {"blue": blue.id, "red": red.id, "set": question_set.id}


@pytest.mark.parametrize(
    "path",
    ["/teach/sets/{set}/results", "/teach/sets/{set}/scores.csv", "/teach/sets/{set}/answers.csv"],
)
def test_a_class_filter_shows_only_that_classes_learners(
    instructor_client: FlaskClient, two_classes: dict[str, int], path: str
) -> None:
    url = path.format(**two_classes)
    everyone = instructor_client.get(url).get_data(as_text=True)
    blue = instructor_client.get(f"{url}?class={two_classes['blue']}").get_data(as_text=True)
    assert "amira.k" in everyone and "ben.o" in everyone
    assert "amira.k" in blue
    assert "ben.o" not in blue


def test_the_results_page_offers_the_instructors_classes(
    instructor_client: FlaskClient, two_classes: dict[str, int]
) -> None:
    page = instructor_client.get(f"/teach/sets/{two_classes['set']}/results").get_data(True)
    assert 'name="class"' in page
    assert "Class Blue" in page and "Class Red" in page


def test_the_csv_links_keep_the_class_filter(
    instructor_client: FlaskClient, two_classes: dict[str, int]
) -> None:
    blue = two_classes["blue"]
    page = instructor_client.get(f"/teach/sets/{two_classes['set']}/results?class={blue}")
    assert f"scores.csv?class={blue}" in page.get_data(as_text=True)


def test_another_instructors_class_is_404(
    app: Flask, instructor_client: FlaskClient, two_classes: dict[str, int]
) -> None:
    other_id = add_user(app, "other", Role.INSTRUCTOR)
    with app.app_context():
        theirs = classes.create_class(db.session, db.session.get(User, other_id), "Theirs")
        db.session.commit()
        theirs_id = theirs.id
    for path in ("results", "scores.csv", "answers.csv"):
        url = f"/teach/sets/{two_classes['set']}/{path}?class={theirs_id}"
        assert instructor_client.get(url).status_code == 404, path


def test_the_owner_of_a_class_cannot_filter_another_instructors_set(
    app: Flask, two_classes: dict[str, int]
) -> None:
    add_user(app, "other", Role.INSTRUCTOR)
    other = app.test_client()
    log_in(other, "other")
    with app.app_context():
        blue = db.session.get(Classroom, two_classes["blue"]).id
    url = f"/teach/sets/{two_classes['set']}/results?class={blue}"
    assert other.get(url).status_code == 404
