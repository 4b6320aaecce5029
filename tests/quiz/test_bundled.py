"""Every bundled set (real generated questions) can be taken and scores 100% when right."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp import models
from quizapp.extensions import db
from quizapp.services import set_files

ROOT = Path(__file__).resolve().parents[2]


def _right_form(question: models.Question) -> dict[str, str]:
    if isinstance(question.answer, list):
        return {f"s{i}": label for i, label in enumerate(question.answer)}
    return {"answer": str(question.answer)}


@pytest.fixture
def bundled(app: Flask) -> list[tuple[int, str]]:
    with app.app_context():
        set_files.load_bundled(db.session, ROOT / "questions")
        found = []
        for n, qs in enumerate(db.session.scalars(select(models.QuestionSet)), start=1):
            qs.status = models.SetStatus.PUBLISHED
            qs.join_code = f"BUNDLE{n}"
            found.append((qs.id, qs.join_code))
        db.session.commit()
    assert found, "no bundled set found"
    return found


def test_every_bundled_set_can_be_taken_and_right_answers_score_full_marks(
    app: Flask, learner_client: FlaskClient, bundled: list[tuple[int, str]]
) -> None:
    for set_id, code in bundled:
        learner_client.post("/join", data={"code": code})
        start = learner_client.post(f"/learn/sets/{set_id}/start")
        attempt_id = int(start.location.rsplit("/", 1)[-1])
        with app.app_context():
            attempt = db.session.get(models.Attempt, attempt_id)
            ids = [int(i) for i in attempt.question_ids]
            forms = [_right_form(db.session.get(models.Question, i)) for i in ids]
        for n, form in enumerate(forms, start=1):
            page = learner_client.get(f"/learn/attempts/{attempt_id}/{n}")
            assert page.status_code == 200, (code, n)
            assert "<mark" not in page.get_data(as_text=True)
            learner_client.post(f"/learn/attempts/{attempt_id}/{n}", data=form)
        learner_client.post(f"/learn/attempts/{attempt_id}/submit")
        results = learner_client.get(f"/learn/attempts/{attempt_id}/results")
        html = results.get_data(as_text=True)
        assert "Score: 100%" in html, code
        # Nearly every generated question finds its evidence in the article.
        items = html.count('class="result-item"')
        highlighted = len(
            re.findall(r'<div class="excerpt">\s*<p class="excerpt-label">In the', html)
        )
        assert highlighted >= items - 1, (code, highlighted, items)
