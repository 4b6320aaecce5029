"""In Chromium, with a real (SQLite) job queue: the page shows the analysis job waiting,
then, once a worker has run it, the claims: by polling with JavaScript, and by the
<meta refresh> fallback with JavaScript off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.extensions import db
from quizapp.services import jobs
from tests.factories.app import PASSWORD, make_app
from tests.factories.seed import SEED_TEXT

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("fake_analyser")]


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    """Jobs wait in the queue (no immediate mode) until the test plays the worker."""
    app = make_app(database_url, tmp_path, JOBS_IMMEDIATE=False)
    yield app
    db.dispose(app)


def submit_article(page, live_server: str) -> None:
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server + "/teach/articles/new")
    page.get_by_label("Article text (paste it here)").fill(SEED_TEXT)
    page.get_by_role("button", name="Analyse the article").click()
    expect(page.locator(".job-label")).to_have_text("Starting in a moment")


def run_worker_once(app: Flask) -> None:
    huey = jobs.get_huey(app)
    huey.execute(huey.dequeue())


def test_the_page_follows_the_job_by_polling(
    app: Flask, instructor_id: int, live_server: str, page
) -> None:
    submit_article(page, live_server)
    page.wait_for_timeout(1000)  # a poll or two while the job waits
    expect(page.locator(".job-label")).to_have_text("Starting in a moment")
    run_worker_once(app)
    expect(page.get_by_role("heading", name="Claims found (6)")).to_be_visible()


def test_without_javascript_the_page_refreshes_itself(
    app: Flask, instructor_id: int, live_server: str, browser
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        submit_article(page, live_server)
        run_worker_once(app)
        expect(page.get_by_role("heading", name="Claims found (6)")).to_be_visible(timeout=10_000)
    finally:
        context.close()
