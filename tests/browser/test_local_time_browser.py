"""The teacher reads submission times in the browser's own time zone."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.extensions import db
from tests.factories.app import PASSWORD
from tests.factories.results import hand_worked_set

pytestmark = pytest.mark.browser


def test_results_show_the_browsers_local_time(
    app: Flask, instructor_id: int, live_server: str, browser
) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        set_id = hand_worked_set(db.session, instructor_id).id
    context = browser.new_context(timezone_id="Asia/Tokyo", locale="en-GB")
    page = context.new_page()
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/sets/{set_id}/results")
    first = page.locator("time[data-local]").first
    expect(first).to_contain_text("GMT+9")
    utc = datetime.strptime(first.get_attribute("datetime") or "", "%Y-%m-%dT%H:%M:%SZ")
    shown = first.inner_text()
    context.close()
    assert shown == (utc + timedelta(hours=9)).strftime("%Y-%m-%d %H:%M") + " GMT+9"
