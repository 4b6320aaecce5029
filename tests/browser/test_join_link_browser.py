"""The link a teacher copies reaches a pupil's quiz: by registering, or by logging in."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.models import Role
from tests.factories.app import PASSWORD, add_user
from tests.factories.bridge import published_set

pytestmark = pytest.mark.browser


def copied_join_link(browser, base: str, set_id: int) -> str:  # type: ignore[no-untyped-def]
    """What the teacher sees on the set page and copies into a message to the class."""
    context = browser.new_context()
    teacher = context.new_page()
    teacher.goto(base + "/auth/login")
    teacher.get_by_label("Username").fill("teacher")
    teacher.get_by_label("Password").fill(PASSWORD)
    teacher.get_by_role("button", name="Log in").click()
    teacher.goto(f"{base}/teach/sets/{set_id}")
    link = teacher.locator("#join-link").inner_text()
    context.close()
    return link


def take_the_first_question(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_text("Question 1 of 5")).to_be_visible()
    page.get_by_label("Tom Berg", exact=True).check()
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_text("Question 2 of 5")).to_be_visible()


def test_a_new_pupil_registers_from_the_link_and_lands_in_the_quiz(
    app: Flask, live_server: str, browser, page
) -> None:  # type: ignore[no-untyped-def]
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    built = published_set(app, owner_id=teacher_id)
    link = copied_join_link(browser, live_server, built.set_id)
    assert link.endswith(f"/join/{built.code}")

    page.goto(link)
    page.get_by_role("link", name="create an account").click()
    expect(page.get_by_label("Quiz code (optional)")).to_have_value(built.code)
    page.get_by_label("Username").fill("new-pupil")
    page.get_by_label("Password", exact=True).fill("a good long password")
    page.get_by_label("Password again").fill("a good long password")
    page.get_by_role("button", name="Create account").click()

    expect(page.get_by_text("You joined “The bridge (BRIDGE1)”")).to_be_visible()
    take_the_first_question(page)


def test_a_pupil_with_an_account_logs_in_from_the_link_and_joins(
    app: Flask, learner_id: int, live_server: str, browser, page
) -> None:  # type: ignore[no-untyped-def]
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    built = published_set(app, owner_id=teacher_id)
    link = copied_join_link(browser, live_server, built.set_id)

    page.goto(link)
    page.get_by_role("link", name="log in", exact=True).click()
    page.get_by_label("Username").fill("pupil")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("button", name="Join this quiz").click()

    expect(page.get_by_text("You joined “The bridge (BRIDGE1)”")).to_be_visible()
    take_the_first_question(page)
