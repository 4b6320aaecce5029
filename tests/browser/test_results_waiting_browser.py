"""The results page lists the pupils who have not submitted, with a filter."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.extensions import db
from tests.factories.app import PASSWORD
from tests.factories.results import class_with_waiting_pupils

pytestmark = pytest.mark.browser


def test_not_started_and_in_progress_beside_the_pupils(
    app: Flask, instructor_id: int, live_server: str, page
) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        set_id = class_with_waiting_pupils(db.session, instructor_id).id
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/sets/{set_id}/results")

    waiting = page.locator("#waiting-table")
    expect(waiting.get_by_role("row")).to_have_count(4)  # header + Fay, Gus, Hal
    expect(waiting.get_by_role("row", name="Fay (fay) in progress")).to_be_visible()
    expect(waiting.get_by_role("row", name="Gus (gus) not started")).to_be_visible()

    page.get_by_label("Show").select_option("Not started")
    page.get_by_role("button", name="Filter").click()
    expect(waiting.get_by_role("row")).to_have_count(3)  # header + Gus, Hal
    expect(waiting.get_by_text("in progress")).to_have_count(0)
