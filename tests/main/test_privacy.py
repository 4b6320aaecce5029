"""The privacy page, a learner's own-data download, no third-party requests, and a deleted
pupil gone from every page and export."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.models import User
from tests.factories.app import make_app
from tests.factories.classes import make_attempt, make_published_set

ROOT = Path(__file__).resolve().parents[2]


def test_the_privacy_page_is_public(client: FlaskClient) -> None:
    response = client.get("/privacy")
    assert response.status_code == 200
    assert "What quizapp keeps about you" in response.get_data(as_text=True)


def test_the_privacy_page_names_what_is_stored(client: FlaskClient) -> None:
    page = client.get("/privacy").get_data(as_text=True)
    for stored in ("username", "e-mail address", "argon2id", "attempt", "answer", "cookie"):
        assert stored in page, stored


def test_the_privacy_page_names_the_retention_command(client: FlaskClient) -> None:
    assert "quizapp purge --older-than DAYS" in client.get("/privacy").get_data(as_text=True)


def test_the_privacy_page_states_a_configured_retention(database_url: str, tmp_path: Path):
    app = make_app(database_url, tmp_path, RETENTION_DAYS=365)
    page = app.test_client().get("/privacy").get_data(as_text=True)
    db.dispose(app)
    assert "365 days" in page


def _learner_with_an_attempt(app: Flask, learner_id: int, instructor_id: int) -> None:
    with app.app_context():
        teacher = db.session.get(User, instructor_id)
        make_attempt(
            db.session, db.session.get(User, learner_id), make_published_set(db.session, teacher)
        )


def test_a_learner_downloads_their_data_as_json(
    app: Flask, learner_client: FlaskClient, learner_id: int, instructor_id: int
) -> None:
    _learner_with_an_attempt(app, learner_id, instructor_id)
    response = learner_client.get("/learn/my-data.json")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == 'attachment; filename="quizapp-pupil.json"'
    data = json.loads(response.get_data(as_text=True))
    assert data["account"]["username"] == "pupil"
    assert len(data["attempts"][0]["answers"]) == 2


def test_a_learner_downloads_their_data_as_csv(
    app: Flask, learner_client: FlaskClient, learner_id: int, instructor_id: int
) -> None:
    _learner_with_an_attempt(app, learner_id, instructor_id)
    response = learner_client.get("/learn/my-data.csv")
    assert response.mimetype == "text/csv"
    lines = response.get_data(as_text=True).splitlines()
    assert lines[0].startswith("attempt_id,set,")
    assert len(lines) == 3


def test_the_my_data_page_links_both_downloads(learner_client: FlaskClient) -> None:
    page = learner_client.get("/learn/my-data").get_data(as_text=True)
    assert "/learn/my-data.csv" in page
    assert "/learn/my-data.json" in page


# A page that loads a script, style, image, font or frame from another site tells that site
# who is reading. Links (<a href>) are fine: nothing loads until someone follows them.
EXTERNAL_LOAD = re.compile(
    r"""(?:\bsrc\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:@import\s+["']?\s*(?:url\()?\s*["']?(?:https?:)?//)""",
    re.IGNORECASE,
)


def test_no_template_or_stylesheet_loads_anything_from_another_site() -> None:
    files = [
        *ROOT.glob("quizapp/**/templates/**/*.html"),
        *ROOT.glob("quizapp/static/**/*.css"),
        *ROOT.glob("quizapp/static/**/*.js"),
    ]
    assert files
    offenders = [str(f.relative_to(ROOT)) for f in files if EXTERNAL_LOAD.search(f.read_text())]
    assert offenders == []


def test_no_script_talks_to_another_site() -> None:
    scripts = list(ROOT.glob("quizapp/static/**/*.js"))
    offenders = [
        str(f.relative_to(ROOT))
        for f in scripts
        if re.search(r"""["'`](?:https?:)?//""", f.read_text())
    ]
    assert offenders == []


def test_a_deleted_pupil_is_in_no_results_page_or_export(
    app: Flask, instructor_client: FlaskClient, instructor_id: int
) -> None:
    instructor_client.post("/teach/classes", data={"name": "Year 8"})
    with app.app_context():
        from sqlalchemy import select

        from quizapp.models import Classroom

        class_id = db.session.scalar(select(Classroom.id))
    instructor_client.post(f"/teach/classes/{class_id}/pupils", data={"names": "Amira Khan"})
    with app.app_context():
        teacher = db.session.get(User, instructor_id)
        amira = db.session.scalar(select(User).where(User.username == "amira.k"))
        question_set = make_published_set(db.session, teacher)
        attempt = make_attempt(db.session, amira, question_set)
        attempt.submitted_at = datetime.now(UTC)
        db.session.commit()
        set_id, amira_id = question_set.id, amira.id
    pages = [
        f"/teach/sets/{set_id}/results",
        f"/teach/sets/{set_id}/scores.csv",
        f"/teach/sets/{set_id}/answers.csv",
        f"/teach/classes/{class_id}",
        "/teach/pupils",
    ]
    before = [instructor_client.get(p).get_data(as_text=True) for p in pages]
    assert all("amira.k" in text for text in before)
    instructor_client.post(  # following the redirect shows (and uses up) the flash message
        f"/teach/pupils/{amira_id}/delete", data={"confirm": "yes"}, follow_redirects=True
    )
    after = {}
    for p in pages:
        response = instructor_client.get(p)
        after[p] = (response.status_code, response.get_data(as_text=True))  # streamed: read now
    assert {p: status for p, (status, _) in after.items()} == dict.fromkeys(pages, 200)
    leaks = {p: re.findall(r".{80}amira\.k.{80}", text, re.S) for p, (_, text) in after.items()}
    assert {p: v for p, v in leaks.items() if v} == {}
    assert (
        instructor_client.get(f"/teach/sets/{set_id}/results/learners/{amira_id}").status_code
        == 404
    )
