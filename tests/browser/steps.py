"""What a learner does in the browser, step by step, shared by the browser tests; and where
a failing test leaves its screenshot."""

from __future__ import annotations

import re
from pathlib import Path

from tests.factories.app import PASSWORD

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

SORT = {
    "1. The bridge would cost": "corroborated",
    "2. The old bridge was unsafe": "disputed",
    "3. Traffic on the old bridge": "attributed",
    "4. The town grew": "corroborated",
    "5. The council voted": "unattributed",
}


def log_in(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/auth/login")
    page.get_by_label("Username").fill("pupil")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="My quizzes").wait_for()


def join(page, code: str) -> None:  # type: ignore[no-untyped-def]
    page.get_by_label("Quiz code").fill(code)
    page.get_by_role("button", name="Join").click()
    page.get_by_role("button", name=re.compile("Start")).click()
    page.get_by_text("Question 1 of 5").wait_for()
    # quiz.js is deferred: a choice made before it runs is not autosaved (CI saw this under load).
    page.wait_for_load_state()


def answer_all(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_label("Tom Berg", exact=True).check()
    page.get_by_role("button", name="Save and next").click()
    page.get_by_label("False", exact=True).check()
    page.get_by_role("button", name="Save and next").click()
    page.get_by_label("A point that an independent source").check()
    page.get_by_role("button", name="Save and next").click()
    for statement, label in SORT.items():
        page.get_by_label(statement).select_option(label)
    page.get_by_role("button", name="Save and next").click()
    page.get_by_label("the Regional Audit Office").check()
    page.get_by_role("button", name="Save and review").click()
    page.get_by_role("heading", name="Review your answers").wait_for()
