"""A teacher's edit of a question's evidence is what the pupil's feedback marks."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.models import Role
from tests.browser.steps import answer_all, join
from tests.browser.steps import log_in as pupil_logs_in
from tests.factories.app import PASSWORD, add_user
from tests.factories.bridge import P2, S_UNSAFE, published_set

pytestmark = pytest.mark.browser

S_REJECTED = P2[len(S_UNSAFE) + 1 :]  # "The engineering firm Delta Structures rejected ..."


def teacher_edits_evidence(page, base: str, question_id: int, evidence: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{base}/teach/questions/{question_id}/edit")
    page.get_by_label("Evidence: the article's sentence(s), one per line").fill(evidence)
    page.get_by_role("button", name="Save").click()


def test_the_pupils_feedback_marks_the_edited_evidence(
    app: Flask, learner_id: int, live_server: str, browser, page
) -> None:  # type: ignore[no-untyped-def]
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    built = published_set(app, owner_id=teacher_id)
    teacher = browser.new_page()
    teacher_edits_evidence(teacher, live_server, built.question_ids[0], S_REJECTED)
    expect(teacher.get_by_role("heading", name="The bridge (BRIDGE1)")).to_be_visible()
    teacher.close()

    pupil_logs_in(page, live_server)
    join(page, built.code)
    answer_all(page)
    page.get_by_role("button", name="Submit my answers").click()
    first = page.locator("article.result-item").first
    marked = first.locator("mark.evidence")
    expect(marked.first).to_contain_text("Delta Structures rejected that claim")
    expect(first.locator("mark.evidence", has_text="Tom Berg claimed")).to_have_count(0)


def test_a_lone_quote_mark_is_refused_as_evidence(app: Flask, live_server: str, page) -> None:  # type: ignore[no-untyped-def]
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    built = published_set(app, owner_id=teacher_id)
    teacher_edits_evidence(page, live_server, built.question_ids[0], "“")
    expect(page.get_by_text("quote the article's words")).to_be_visible()
