"""``quizapp export-scores``: the CSV on standard output or in a file, on both engines."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask

from quizapp.cli import main
from quizapp.extensions import db
from quizapp.models import Role
from tests.factories.results import hand_worked_set, make_user


@pytest.fixture
def set_id(app: Flask, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(tmp_path / "instance"))
    with app.app_context():
        owner = make_user(db.session, "owner", Role.INSTRUCTOR)
        return hand_worked_set(db.session, owner.id).id


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["export-scores", *args], catch_exceptions=False)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_scores_go_to_standard_output_one_row_per_attempt(set_id: int) -> None:
    result = _run(str(set_id))
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert [r["learner"] for r in rows] == ["ann", "bob", "cat", "dan", "eve"]
    assert list(rows[0])[-4:] == ["attribution", "verification", "sourcing", "discernment"]
    assert rows[0]["score"] == "1"


def test_answers_go_to_a_file_with_o(set_id: int, tmp_path: Path) -> None:
    target = tmp_path / "answers.csv"
    result = _run(str(set_id), "--answers", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "20 answer(s) written" in result.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"learner,") and b"\r\n" in raw
    rows = _rows(raw.decode("utf-8"))
    assert len(rows) == 20
    assert {r["correct"] for r in rows} == {"0", "1"}


def test_bom_is_added_on_request(set_id: int) -> None:
    assert _run(str(set_id), "--bom").stdout_bytes.startswith(b"\xef\xbb\xbflearner,")


def test_an_unknown_set_is_an_error(set_id: int) -> None:
    result = _run(str(set_id + 1000))
    assert result.exit_code == 1
    assert "No question set with id" in result.output
