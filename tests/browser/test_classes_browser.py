"""A teacher makes a class from a pasted list, prints the slips, assigns a set; a pupil logs
in with a slip's password and sees the set. Every request stays on quizapp's own host."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.extensions import db
from quizapp.models import Question, QuestionSet, Role, SetStatus
from tests.factories.app import PASSWORD, add_user

pytestmark = pytest.mark.browser


def _published_set(app: Flask, owner_id: int) -> None:
    with app.app_context():
        question_set = QuestionSet(
            owner_id=owner_id,
            title="Who said the river flooded?",
            status=SetStatus.PUBLISHED,
            join_code="RIVER1",
            published_at=datetime.now(UTC),
        )
        question_set.questions = [
            Question(
                position=0,
                type="true_false",
                stem="The mayor said the river flooded.",
                choices=["True", "False"],
                answer=0,
                skills=["attribution"],
            ),
            Question(
                position=1,
                type="true_false",
                stem="The article shows that the river flooded.",
                choices=["True", "False"],
                answer=1,
                skills=["verification"],
            ),
        ]
        db.session.add(question_set)
        db.session.commit()


def test_a_class_from_a_pasted_list_to_a_pupil_seeing_the_set(
    app: Flask, live_server: str, page
) -> None:
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR, display_name="Ms Teacher")
    _published_set(app, teacher_id)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(live_server + "/teach/classes")
    page.get_by_label("Class name").fill("Year 8 Blue")
    page.get_by_role("button", name="Create class").click()
    expect(page.get_by_role("heading", name="Year 8 Blue")).to_be_visible()

    page.get_by_label("Pupils' names, one per line").fill("Amira Khan\nBen Okoro\nCara Li\n")
    page.get_by_role("button", name="Add pupils and make login slips").click()
    expect(page.get_by_role("heading", name="Login slips for Year 8 Blue")).to_be_visible()
    slips = page.locator("li.slip")
    expect(slips).to_have_count(3)
    username = slips.nth(0).locator("dd.username").inner_text()
    password = slips.nth(0).locator("dd.password").inner_text()
    assert username == "amira.k"

    # Printing: the site's header and instructions go, the three slips stay.
    page.emulate_media(media="print")
    expect(page.locator("header.site")).to_be_hidden()
    expect(page.get_by_role("heading", name="Login slips for Year 8 Blue")).to_be_hidden()
    for i in range(3):
        expect(slips.nth(i)).to_be_visible()
    assert page.pdf(format="A4").startswith(b"%PDF")
    page.emulate_media(media="screen")

    page.get_by_role("link", name="Back to Year 8 Blue").click()
    page.get_by_label("Published set").select_option(label="Who said the river flooded?")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("cell", name="Who said the river flooded?", exact=True)).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()

    expect(page.get_by_role("heading", name="My quizzes")).to_be_visible()
    expect(page.get_by_role("link", name="Who said the river flooded?")).to_be_visible()
    assert [url for url in requested if not url.startswith(live_server)] == []
