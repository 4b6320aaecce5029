"""axe-core (vendored in tests/browser/axe/) on every page a pupil or a teacher reaches, at a
desktop and a phone width: 0 violations of the WCAG 2.1 A and AA rules, or the test fails
naming each rule and element. The other browser tests reach the same pages through the
flows; this walk makes sure none is left out."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from sqlalchemy import select

from quizapp import models
from quizapp.extensions import db
from tests.browser.axe import problems_on
from tests.factories.app import PASSWORD
from tests.factories.bridge import published_set
from tests.factories.results import class_with_waiting_pupils
from tests.factories.seed import SEED_TEXT

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("fake_analyser")]


def log_in(page, base: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/auth/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()


FOUND: list[str] = []


def audit(page) -> None:  # type: ignore[no-untyped-def]
    """Check the page as it is; the test fails at its end with every page's problems."""
    FOUND.extend(problems_on(page))


def check(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    audit(page)


@pytest.fixture(autouse=True)
def no_violations():  # type: ignore[no-untyped-def]
    FOUND.clear()
    yield
    assert not FOUND, "axe-core found WCAG 2.1 A/AA violations:\n" + "\n".join(FOUND)


def test_public_pages(app: Flask, live_server: str, page) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    for path in ("/", "/auth/login", "/auth/register", "/privacy", f"/join/{built.code}"):
        check(page, live_server + path)
    page.goto(live_server + "/no-such-page")
    audit(page)


def test_every_page_a_pupil_reaches(app: Flask, learner_id: int, live_server: str, page) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    log_in(page, live_server, "pupil")
    check(page, live_server + "/learn/")
    check(page, f"{live_server}/join/{built.code}")
    page.get_by_role("button", name="Join this quiz").click()
    audit(page)  # the set page
    page.get_by_role("button", name=re.compile("Start")).click()
    attempt = page.url.split("/learn/attempts/")[1].split("/")[0]
    for n in range(1, 6):  # every question type of the set
        check(page, f"{live_server}/learn/attempts/{attempt}/{n}")
    check(page, f"{live_server}/learn/attempts/{attempt}/review")
    page.get_by_role("button", name="Submit my answers").click()
    page.get_by_role("heading", name="Your results").wait_for()
    audit(page)
    for path in ("/learn/history", "/learn/my-data", f"/learn/sets/{built.set_id}"):
        check(page, live_server + path)


def test_every_page_a_teacher_reaches(
    app: Flask, instructor_id: int, live_server: str, page
) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        results_set = class_with_waiting_pupils(db.session, instructor_id)
        results_id = results_set.id
        classroom = db.session.scalars(select(models.Classroom)).one()
        class_id = classroom.id
        pupil = db.session.scalars(select(models.User).where(models.User.username == "gus")).one()
        pupil_id = pupil.id
    built = published_set(app, owner_id=instructor_id)
    log_in(page, live_server, "teacher")
    base = live_server + "/teach"
    for path in ("/", "/library", "/articles/new", "/sets/new", "/import", "/classes", "/pupils"):
        check(page, base + path)

    page.goto(base + "/articles/new")
    page.get_by_label("Article text (paste it here)").fill(SEED_TEXT)
    page.get_by_role("button", name="Analyse the article").click()
    page.get_by_role("heading", name=re.compile("Claims found")).wait_for()
    audit(page)  # the article with its claims
    with app.app_context():
        question = db.session.scalars(
            select(models.Question).where(models.Question.set_id == built.set_id)
        ).first()
        question_id = question.id
    for path in (
        f"/sets/{built.set_id}",
        f"/questions/{question_id}/edit",
        f"/sets/{built.set_id}/questions/new",
        f"/sets/{built.set_id}/print",
        f"/sets/{built.set_id}/key",
        f"/sets/{built.set_id}/extra-time",
        f"/sets/{built.set_id}/regenerate",
        f"/sets/{results_id}/results",
        f"/sets/{results_id}/results/learners/{pupil_id - 2}",
        f"/classes/{class_id}",
        f"/pupils/{pupil_id}/delete",
        "/invitations",
    ):
        check(page, base + path)
    page.goto(f"{base}/classes/{class_id}")
    page.get_by_label("Pupils' names, one per line").fill("Nia Long\n")
    page.get_by_role("button", name="Add pupils and make login slips").click()
    page.get_by_role("heading", name=re.compile("Login slips")).wait_for()
    audit(page)
