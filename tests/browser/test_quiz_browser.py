"""A learner takes a quiz in Debian's Chromium: join by code, answer, submit, feedback."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Answer, Attempt
from tests.browser.steps import SORT, answer_all, join, log_in
from tests.factories.bridge import S_UNSAFE, published_set

pytestmark = pytest.mark.browser


def counts(app: Flask) -> tuple[int, int, list[tuple[object, float | None]]]:
    with app.app_context():
        attempts = db.session.execute(select(Attempt.submitted_at, Attempt.score)).all()
        return (
            db.session.scalar(select(func.count()).select_from(Attempt)),
            db.session.scalar(select(func.count()).select_from(Answer)),
            [tuple(a) for a in attempts],
        )


def test_join_answer_submit_and_see_the_highlight_and_scores(
    app: Flask, learner_id: int, live_server: str, page
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    log_in(page, live_server)
    join(page, built.code.lower())
    expect(page.get_by_role("region", name="Town council approves a new bridge")).to_be_visible()
    assert page.locator("mark").count() == 0  # no highlight while answering
    answer_all(page)
    page.get_by_role("button", name="Submit my answers").click()
    page.get_by_role("heading", name="Your results").wait_for()
    expect(page.get_by_role("heading", name="Score: 100%")).to_be_visible()
    expect(page.locator("#discernment").get_by_text("+1.00")).to_be_visible()
    expect(page.locator("#bias")).to_be_visible()
    skills = page.get_by_role("table", name="Per skill")
    assert re.search(r"Attribution\s+2\s+2", skills.inner_text())
    first = page.locator("article.result-item").first
    mark = first.locator(".excerpt mark.evidence")
    assert S_UNSAFE in mark.text_content() and "Evidence" in mark.text_content()
    # The highlight does not rely on colour: it carries a word and an outline.
    assert mark.evaluate("m => getComputedStyle(m).outlineStyle") == "dashed"


def test_resume_after_closing_the_browser(
    app: Flask, learner_id: int, live_server: str, browser
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    context = browser.new_context()
    page = context.new_page()
    log_in(page, live_server)
    join(page, built.code)
    page.get_by_label("Tom Berg", exact=True).check()
    page.get_by_role("button", name="Save and next").click()
    page.get_by_label("False", exact=True).check()
    page.get_by_role("button", name="Save and next").click()
    # Let the navigation land before reloading, or the reload races it.
    expect(page.get_by_text("Question 3 of 5")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Question 3 of 5")).to_be_visible()
    context.close()  # the browser is gone, cookies and all

    context = browser.new_context()
    page = context.new_page()
    log_in(page, live_server)
    page.get_by_role("link", name=re.compile("Resume")).click()
    expect(page.get_by_text("Question 3 of 5 · 2 answered")).to_be_visible()
    page.get_by_role("button", name="1 (answered), save and go").click()
    expect(page.get_by_label("Tom Berg", exact=True)).to_be_checked()
    context.close()
    assert counts(app)[:2] == (1, 2)


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_a_double_click_on_submit_counts_once(
    app: Flask, learner_id: int, live_server: str, browser, javascript: bool
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    log_in(page, live_server)
    join(page, built.code)
    answer_all(page)
    page.get_by_role("button", name="Submit my answers").dblclick()
    page.get_by_role("heading", name="Your results").wait_for()
    expect(page.get_by_role("heading", name="Score: 100%")).to_be_visible()
    context.close()
    n_attempts, n_answers, rows = counts(app)
    assert (n_attempts, n_answers) == (1, 5)
    assert rows[0][0] is not None and rows[0][1] == 1.0


def test_a_double_click_on_save_keeps_one_answer(
    app: Flask, learner_id: int, live_server: str, browser
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server)
    join(page, built.code)
    page.get_by_label("Tom Berg", exact=True).check()
    page.get_by_role("button", name="Save and next").dblclick()
    page.get_by_text("Question 2 of 5").wait_for()
    context.close()
    assert counts(app)[:2] == (1, 1)


def test_a_quiz_with_the_keyboard_alone_without_javascript(
    app: Flask, learner_id: int, live_server: str, browser
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server)
    join(page, built.code)
    page.get_by_label("Ana Lopez").focus()
    page.keyboard.press("ArrowDown")  # radio group: the next choice, Tom Berg
    expect(page.get_by_label("Tom Berg", exact=True)).to_be_checked()
    page.keyboard.press("Enter")  # submits with the form's first button: save and next
    page.get_by_text("Question 2 of 5 · 1 answered").wait_for()
    context.close()
    with app.app_context():
        assert db.session.scalar(select(Answer.response)) == 1


def test_readable_at_phone_width(app: Flask, learner_id: int, live_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    log_in(page, live_server)
    join(page, built.code)
    pages = [page.url]
    page.goto(page.url.rsplit("/", 1)[0] + "/4")
    pages.append(page.url)
    for url in pages:
        page.goto(url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, url
        # The question comes first, its first answer on the first screen; the article
        # follows in a box no taller than the screen (tests/browser/test_phone_question_browser.py).
        first = page.locator(".question-form input[type=radio], .question-form select").first
        assert first.bounding_box()["y"] < 740
        panel = page.locator(".article-panel").bounding_box()
        assert panel["y"] > first.bounding_box()["y"] and panel["height"] <= 740 * 0.8
    context.close()


def test_a_choice_is_saved_without_pressing_save(
    app: Flask, learner_id: int, live_server: str, browser
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app)
    context = browser.new_context()
    page = context.new_page()
    log_in(page, live_server)
    join(page, built.code)
    page.get_by_label("Tom Berg", exact=True).check()
    page.get_by_role("status").filter(has_text="Saved.").wait_for()
    context.close()  # closed without pressing a button
    with app.app_context():
        assert db.session.scalar(select(Answer.response)) == 1


def test_when_time_runs_out_the_attempt_is_submitted(
    app: Flask, learner_id: int, live_server: str, page
) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    built = published_set(app, time_limit_minutes=5)
    log_in(page, live_server)
    join(page, built.code)
    expect(page.get_by_role("timer")).to_be_visible()
    with app.app_context():
        attempt = db.session.scalars(select(Attempt)).one()
        attempt.deadline_at = datetime.now(UTC) + timedelta(seconds=4)
        db.session.commit()
    page.reload()
    page.get_by_label("Tom Berg", exact=True).check()  # saved in the background, in time
    page.get_by_role("heading", name="Your results").wait_for(timeout=15_000)
    expect(page.get_by_text("(time ran out)")).to_be_visible()
    expect(page.get_by_role("heading", name="Score: 20%")).to_be_visible()


def test_a_late_background_save_never_overwrites_the_saved_answer(
    app: Flask, learner_id: int, live_server: str, browser
) -> None:  # type: ignore[no-untyped-def]
    # Each label of a sort set is autosaved as it changes. Here every background save waits,
    # and any still waiting when the button's save reaches the server go in after it, newest
    # first, as a busy server may take them.
    built = published_set(app)
    context = browser.new_context()
    page = context.new_page()
    held = []

    def send(route) -> None:  # type: ignore[no-untyped-def]
        route.fulfill(response=route.fetch(max_redirects=0))

    def hold_background_saves(route) -> None:  # type: ignore[no-untyped-def]
        if route.request.headers.get("x-requested-with") == "fetch":
            held.append(route)
        elif route.request.method == "POST":
            saved = route.fetch(max_redirects=0)
            while held:
                send(held.pop())
            route.fulfill(response=saved)
        else:
            route.continue_()

    log_in(page, live_server)
    join(page, built.code)
    for _ in range(3):
        page.get_by_role("button", name="Save and next").click()
    page.get_by_text("Question 4 of 5").wait_for()
    page.route("**/learn/attempts/**", hold_background_saves)
    for statement, label in SORT.items():
        page.get_by_label(statement).select_option(label)
    page.get_by_role("button", name="Save and next").click()
    while not page.get_by_text("Question 5 of 5").is_visible():
        if held:  # a button that waits for the save in flight
            send(held.pop())
        page.wait_for_timeout(100)
    page.unroute("**/learn/attempts/**")
    page.get_by_role("button", name="Save and go back").click()
    for statement, label in SORT.items():
        expect(page.get_by_label(statement)).to_have_value(label)
    context.close()
