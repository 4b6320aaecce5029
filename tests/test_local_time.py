"""Times are written for the reader's zone: the school's on the server, the browser's in JS."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from quizapp.local_time import when
from tests.factories.app import make_app

MOMENT = datetime(2026, 3, 1, 14, 5, tzinfo=UTC)


def test_a_time_is_shown_in_the_school_zone_with_its_name(tmp_path: Path) -> None:
    app = make_app(f"sqlite:///{tmp_path / 'q.db'}", tmp_path, TIMEZONE="Europe/Berlin")
    with app.app_context():
        html = str(when(MOMENT))
    assert (
        html
        == '<time datetime="2026-03-01T14:05:00Z" data-local="datetime">2026-03-01 15:05 CET</time>'
    )


def test_a_naive_stored_time_is_utc_and_no_time_is_empty(tmp_path: Path) -> None:
    app = make_app(f"sqlite:///{tmp_path / 'q.db'}", tmp_path)
    with app.app_context():
        assert "2026-03-01 14:05 UTC" in str(when(MOMENT.replace(tzinfo=None)))
        assert str(when(None)) == ""
