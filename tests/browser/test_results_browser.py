"""An instructor opens a set's results in Chromium and downloads the scores CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import expect

from quizapp.extensions import db
from tests.factories.app import PASSWORD
from tests.factories.results import hand_worked_set

pytestmark = pytest.mark.browser


def test_instructor_sees_results_and_downloads_the_scores_csv(
    app: Flask, instructor_id: int, live_server: str, page
) -> None:
    with app.app_context():
        set_id = hand_worked_set(db.session, instructor_id).id

    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/sets/{set_id}/results")

    expect(page.get_by_role("heading", name="Results: Who said it?")).to_be_visible()
    expect(page.get_by_role("img", name="Distribution of scores")).to_be_visible()
    items = page.get_by_role("table", name="Figures per question (the data of the two charts)")
    assert items.get_by_role("row").count() == 5  # header + four questions
    assert "very easy" in items.get_by_role("row").nth(4).inner_text()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download scores (CSV)").click()
    download = download_info.value
    assert download.suggested_filename == f"set-{set_id}-scores.csv"
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["learner"], r["score"]) for r in rows] == [
        ("ann", "1"),
        ("bob", "0.875"),
        ("cat", "0.5"),
        ("dan", "0.5"),
        ("eve", "0.375"),
    ]

    page.get_by_role("link", name="Bob").click()
    expect(page.get_by_role("heading", name="Bob (bob)")).to_be_visible()
    expect(page.get_by_role("table", name="Attempts and per-skill scores")).to_be_visible()
