"""Regenerating a set pupils answered: the teacher is asked first, and unchanged questions
stay the same questions (no "(replaced by an edit)" in the results)."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp import models
from quizapp.extensions import db
from quizapp.models import Role
from quizapp.services.authoring import questions, sets
from tests.factories.app import PASSWORD, add_user
from tests.factories.authoring import analysed, answer_all

pytestmark = pytest.mark.browser


def answered_published_set(app: Flask) -> int:
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    pupil_id = add_user(app, "pupil", Role.LEARNER)
    with app.app_context():
        _, qs = analysed(db.session, db.session.get(models.User, teacher_id))
        sets.publish(db.session, qs)
        db.session.commit()
        answer_all(
            db.session, questions.active_questions(qs), db.session.get(models.User, pupil_id)
        )
        return qs.id


def test_regenerating_an_answered_set_asks_first_and_keeps_unchanged_questions(
    app: Flask, live_server: str, page
) -> None:  # type: ignore[no-untyped-def]
    set_id = answered_published_set(app)
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/sets/{set_id}")

    page.get_by_role("link", name="Regenerate from the claims…").click()
    expect(page.get_by_role("heading", name=re.compile("^Regenerate"))).to_be_visible()
    expect(page.get_by_text("Learners have made 1 attempt at this set")).to_be_visible()
    page.get_by_role("button", name="Regenerate the questions").click()

    expect(page.get_by_text("0 new or changed question(s)")).to_be_visible()
    page.goto(f"{live_server}/teach/sets/{set_id}/results")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text("(replaced by an edit)")).to_have_count(0)
