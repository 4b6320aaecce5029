"""The results page shows, per question, how many learners chose each option: a chart and
its table."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.extensions import db
from tests.factories.app import PASSWORD
from tests.factories.results import hand_worked_set

pytestmark = pytest.mark.browser


def test_options_chosen_chart_and_table(
    app: Flask, instructor_id: int, live_server: str, page
) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        set_id = hand_worked_set(db.session, instructor_id).id
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/sets/{set_id}/results")

    expect(page.get_by_role("img", name="Q1: learners per option")).to_be_visible()
    table = page.get_by_role("table", name="Learners per option, Q1 (n = 5)")
    rows = table.get_by_role("row")
    expect(rows).to_have_count(4)  # header + three options
    expect(rows.nth(1)).to_have_text("A (right)the mayor360%")
    expect(rows.nth(2)).to_have_text("Bthe police240%")
    expect(rows.nth(3)).to_have_text("Cthe outlet00%")
