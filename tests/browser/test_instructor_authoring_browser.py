"""In Chromium: paste the seed article, correct the claims (selecting words), review and
edit the draft, publish; then a learner joins with the code, takes the quiz and sees the
instructor's edited question graded.

The analysis runs immediately with the hand-written seed claims (no spaCy in the test)."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from quizapp import models
from quizapp.extensions import db
from quizapp.models import Role
from tests.factories.app import PASSWORD, add_user
from tests.factories.seed import SEED_TEXT

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("fake_analyser")]

SELECT_WORDS = """(words) => {
  const article = document.getElementById('article-text');
  for (const span of article.querySelectorAll('[data-start]')) {
    const node = span.firstChild;
    if (!node || node.nodeType !== 3) continue;
    const at = node.textContent.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    article.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    return true;
  }
  return false;
}"""


def log_in(page, live_server: str, username: str) -> None:
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_article_to_published_set_to_a_learners_result(
    app: Flask, instructor_id: int, live_server: str, page
) -> None:
    page.on("dialog", lambda dialog: dialog.accept())
    log_in(page, live_server, "teacher")
    page.get_by_role("link", name="New set from an article").click()
    page.get_by_label("Article text (paste it here)").fill(SEED_TEXT)
    page.get_by_label("Outlet").fill("Example News")
    page.get_by_role("button", name="Analyse the article").click()

    heading = "Kremlin Dismisses US Think Tank Report on Russian Losses in Ukraine Conflict"
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.get_by_role("heading", name="Claims found (6)")).to_be_visible()

    # Correct the analysis: select the missed claim's words in the article.
    words = "more than 36,000 citizens joined volunteer units"
    assert page.evaluate(SELECT_WORDS, words)
    assert page.get_by_label(re.compile("^Content")).last.input_value() == words
    assert "Selected for a new claim" in page.locator("#selection-note").inner_text()
    page.locator("#new-claim").get_by_label("Source (who claims it)").fill("Dmitry Medvedev")
    page.locator("#new-claim").get_by_label("Cue (the words that attribute it)").fill("reported")
    page.get_by_role("button", name="Add the claim").click()
    expect(page.get_by_role("heading", name="Claims found (7)")).to_be_visible()
    expect(page.get_by_text("[7 content]")).to_be_visible()

    # Review and edit the draft.
    page.get_by_role("link", name=re.compile("Review the draft set")).click()
    expect(page.get_by_role("heading", name="Questions")).to_be_visible()
    page.get_by_role("link", name="Edit question 1", exact=True).click()
    page.get_by_label("Question (stem)").fill(
        "Which organisation estimated the losses at 1.2 million?"
    )
    page.get_by_role("button", name="Save the question").click()
    expect(
        page.get_by_text("Which organisation estimated the losses at 1.2 million?")
    ).to_be_visible()
    expect(page.get_by_text("Question saved.")).to_be_visible()

    page.get_by_role("button", name="Publish").click()
    code = page.locator("#join-code").inner_text()
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{6}", code)
    with app.app_context():
        qs = db.session.scalars(select(models.QuestionSet)).one()
        first = next(q for q in qs.questions if not q.retired and q.position == 0)
        right_choice = first.choices[first.answer]
    page.get_by_role("button", name="Log out").click()

    # A learner joins with the code and takes the quiz.
    add_user(app, "pupil", Role.LEARNER)
    log_in(page, live_server, "pupil")
    page.get_by_label("Quiz code").fill(code)
    page.get_by_role("button", name="Join").click()
    page.get_by_role("button", name="Start the quiz").click()
    expect(
        page.get_by_text("Which organisation estimated the losses at 1.2 million?")
    ).to_be_visible()
    page.get_by_label(right_choice, exact=True).check()
    total = int(re.search(r"Question 1 of (\d+)", page.content()).group(1))
    for n in range(1, total + 1):
        expect(page.get_by_text(f"Question {n} of {total}")).to_be_visible()
        radios = page.locator("input[type=radio][name=answer]")
        if radios.count() and not page.locator("input[name=answer]:checked").count():
            radios.first.check()
        for select_box in page.locator("select[name^=s]").all():
            select_box.select_option(index=1)
        page.get_by_role("button", name=re.compile("^Save and (next|review)$")).click()
    expect(page.get_by_role("heading", name="Review your answers")).to_be_visible()
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_role("heading", name="Your results")).to_be_visible()
    first_result = page.locator("article.result-item").first
    expect(first_result.locator(".stem")).to_have_text(
        "Which organisation estimated the losses at 1.2 million?"
    )
    expect(first_result.locator(".feedback")).to_have_class(re.compile(r"\bok\b"))


def test_authoring_pages_fit_a_phone_screen(
    app: Flask, instructor_id: int, live_server: str, browser
) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        log_in(page, live_server, "teacher")
        page.goto(live_server + "/teach/articles/new")
        page.get_by_label("Article text (paste it here)").fill(SEED_TEXT)
        page.get_by_role("button", name="Analyse the article").click()
        expect(page.get_by_role("heading", name="Claims found (6)")).to_be_visible()
        urls = [page.url]
        page.get_by_role("link", name=re.compile("Review the draft set")).click()
        urls.append(page.url)
        set_url = page.url
        urls += [set_url + "/print", set_url + "/key", live_server + "/teach/"]
        for url in urls:
            page.goto(url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{url} is {overflow}px wider than the phone"
    finally:
        context.close()
