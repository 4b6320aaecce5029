from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_a_learner_registers_logs_out_logs_in_and_sees_home(live_server: str, page) -> None:
    page.goto(live_server + "/")
    page.get_by_role("link", name="Create a learner account").click()
    page.get_by_label("Username").fill("browser-pupil")
    page.get_by_label("Your name (as your teacher sees it)").fill("Bea Browser")
    page.get_by_label("Password", exact=True).fill("a good long password")
    page.get_by_label("Password again").fill("a good long password")
    page.get_by_role("button", name="Create account").click()
    assert page.get_by_role("heading", name="My quizzes").is_visible()

    page.get_by_role("button", name="Log out").click()
    assert page.get_by_role("heading", name="Log in").is_visible()
    page.get_by_label("Username").fill("browser-pupil")
    page.get_by_label("Password").fill("a good long password")
    page.get_by_role("button", name="Log in").click()

    assert page.get_by_role("heading", name="My quizzes").is_visible()
    assert page.get_by_text("Bea Browser").is_visible()
