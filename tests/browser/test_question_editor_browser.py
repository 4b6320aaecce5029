"""The question editor: the right answer is picked beside its choice; choices are added and
removed with buttons (instructor.js), and without them by filling or emptying rows."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from quizapp import models
from quizapp.extensions import db
from tests.factories.app import PASSWORD

pytestmark = pytest.mark.browser


def test_add_remove_and_pick_the_right_choice(
    app: Flask, instructor_id: int, live_server: str, page
) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server + "/teach/sets/new")
    page.get_by_label("Title").fill("By hand")
    page.get_by_role("button", name="Create the set").click()
    page.get_by_role("link", name="Add a question").click()

    page.get_by_label("Question (stem)").fill("Who estimated the losses?")
    for n, text in enumerate(["Peskov", "Putin", "Medvedev", "Belousov"], start=1):
        page.get_by_label(f"Choice {n}", exact=True).fill(text)
    page.get_by_role("button", name="Add a choice").click()
    page.get_by_label("Choice 5", exact=True).fill("CSIS")
    page.get_by_label("right answer: choice 5").check()
    page.get_by_role("button", name="Remove choice 2").click()
    expect(page.get_by_label("Choice 2", exact=True)).to_be_hidden()
    page.get_by_label("attribution").check()
    page.get_by_role("button", name="Save the question").click()
    expect(page.get_by_text("Question added.")).to_be_visible()

    with app.app_context():
        q = db.session.scalars(select(models.Question)).one()
        assert q.choices == ["Peskov", "Medvedev", "Belousov", "CSIS"]
        assert q.choices[q.answer] == "CSIS"
