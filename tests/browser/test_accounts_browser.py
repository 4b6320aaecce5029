from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_a_learner_registers_logs_out_logs_in_and_sees_home(live_server: str, page) -> None:
    page.goto(live_server + "/")
    page.get_by_role("link", name="Create a learner account").click()
    page.get_by_label("Username").fill("browser-pupil")
    page.get_by_label("Your name (as your teacher sees it)").fill("Bea Browser")
    page.get_by_label("Password", exact=True).fill("a good long password")
    page.get_by_label("Password again").fill("a good long password")
    page.get_by_role("button", name="Create account").click()
    # expect() waits for the page: a busy machine must not race the assertion.
    expect(page.get_by_role("heading", name="My quizzes")).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    page.get_by_label("Username").fill("browser-pupil")
    page.get_by_label("Password").fill("a good long password")
    page.get_by_role("button", name="Log in").click()

    expect(page.get_by_role("heading", name="My quizzes")).to_be_visible()
    expect(page.get_by_text("Bea Browser")).to_be_visible()
