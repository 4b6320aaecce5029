"""A teacher exports a set from its page, as YAML and as GIFT, and the files import again."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from quizapp.core.formats.gift import load_gift
from quizapp.core.formats.question_set import load_question_set
from tests.factories.app import PASSWORD
from tests.factories.bridge import published_set

pytestmark = pytest.mark.browser


def test_export_yaml_and_gift_from_the_set_page(
    app: Flask, instructor_id: int, live_server: str, page, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    built = published_set(app, owner_id=instructor_id)
    page.goto(live_server + "/auth/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server}/teach/sets/{built.set_id}")

    saved = {}
    for fmt, name in (("yaml", "Export as YAML"), ("gift", "Export as GIFT (Moodle)")):
        with page.expect_download() as info:
            page.get_by_role("link", name=name).click()
        download = info.value
        assert download.suggested_filename == f"The_bridge_BRIDGE1.{fmt}"
        saved[fmt] = tmp_path / download.suggested_filename
        download.save_as(saved[fmt])

    set_file = load_question_set(saved["yaml"])
    assert set_file.title == "The bridge (BRIDGE1)" and len(set_file.questions) == 5
    assert set_file.article is not None and "Mayor Ana Lopez" in set_file.article.text
    gift = load_gift(saved["gift"])
    assert len(gift.questions) == 5 and not gift.skipped
