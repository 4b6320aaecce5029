"""On a phone the question comes first, the article is one tap away, and the article box
keeps its scroll position from question to question. Leaves test-artifacts/question-phone.png."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.steps import ARTIFACTS, join
from tests.browser.steps import log_in as pupil_logs_in
from tests.factories.bridge import published_set

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}


def test_question_first_article_one_tap_away_scroll_kept(
    app: Flask, learner_id: int, live_server: str, browser
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    pupil_logs_in(page, live_server)
    join(page, built.code)

    first_choice = page.get_by_label("Ana Lopez", exact=True)
    expect(first_choice).to_be_visible()
    box = first_choice.bounding_box()
    assert box is not None and box["y"] + box["height"] < PHONE["height"] * 0.75
    article = page.locator(".quiz-layout > .article-panel")
    assert article.bounding_box()["y"] > box["y"]  # type: ignore[index]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "question-phone.png"))

    page.get_by_role("link", name="Read the article").tap()
    expect(
        page.get_by_role("heading", name="Town council approves a new bridge")
    ).to_be_in_viewport()
    room = article.evaluate("el => el.scrollHeight - el.clientHeight")
    assert room >= 90, "the article is longer than its box on a phone"
    article.evaluate("el => { el.scrollTop = 90; }")
    page.wait_for_timeout(400)  # quiz.js keeps the position a moment after scrolling stops
    page.get_by_label("Tom Berg", exact=True).check()
    page.get_by_role("button", name="Save and next").click()
    expect(page.get_by_text("Question 2 of 5")).to_be_visible()
    kept = article.evaluate("el => el.scrollTop")
    context.close()
    assert kept == 90
