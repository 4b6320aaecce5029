"""Login slips never break a username or password across lines, on a phone or on paper.
A screenshot of each is left in test-artifacts/ to look at."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.models import Role
from quizapp.services import accounts
from tests.browser.steps import ARTIFACTS
from tests.factories.app import PASSWORD, add_user

pytestmark = pytest.mark.browser

LONGEST = "-".join(sorted(accounts._WORDS, key=len)[-3:]) + "99"  # the widest a slip gets

# How many line boxes each slip's username and password text takes.
LINES = """() => Array.from(document.querySelectorAll('.slip dd')).map(dd => {
  const range = document.createRange();
  range.selectNodeContents(dd);
  const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
  return [dd.textContent, tops.size, dd.scrollWidth <= dd.clientWidth + 1];
})"""


def test_slips_keep_each_password_on_one_line(
    app: Flask, live_server: str, browser, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(accounts, "generate_password", lambda words=3: LONGEST)
    add_user(app, "teacher", Role.INSTRUCTOR)
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server + "/teach/classes")
    page.get_by_label("Class name").fill("Year 8 Blue")
    page.get_by_role("button", name="Create class").click()
    names = "Maximiliana Featherstonehaugh\nBen Okoro\nCara Li\n"
    page.get_by_label("Pupils' names, one per line").fill(names)
    page.get_by_role("button", name="Add pupils and make login slips").click()
    expect(page.locator("li.slip")).to_have_count(3)
    expect(page.locator("dd.password").first).to_have_text(LONGEST)

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "slips-phone.png"), full_page=True)
    phone = page.evaluate(LINES)
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    page.screenshot(path=str(ARTIFACTS / "slips-print.png"), full_page=True)
    printed = page.evaluate(LINES)
    context.close()
    for text, lines, fits in phone + printed:
        assert lines == 1 and fits, f"{text!r} takes {lines} lines or overflows its slip"
