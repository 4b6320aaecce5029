"""The instructor's forms with CSRF protection on, as in production: every form the pages
render carries a token the server accepts (prefixed forms included)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp import models
from quizapp.extensions import db
from quizapp.models import Role
from tests.factories.app import PASSWORD, add_user, make_app
from tests.factories.seed import SEED_TEXT

pytestmark = pytest.mark.usefixtures("fake_analyser")


@pytest.fixture
def csrf_app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = make_app(database_url, tmp_path, WTF_CSRF_ENABLED=True)
    yield app
    db.dispose(app)


def token(html: str, name: str = "csrf_token") -> str:
    match = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]+)"', html) or re.search(
        rf'value="([^"]+)"[^>]*name="{re.escape(name)}"', html
    )
    assert match, f"no {name} in the page"
    return match.group(1)


def logged_in(app: Flask) -> FlaskClient:
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    page = client.get("/auth/login").get_data(as_text=True)
    data = {"username": "teacher", "password": PASSWORD, "csrf_token": token(page)}
    assert client.post("/auth/login", data=data).status_code == 302
    return client


def test_the_authoring_forms_work_with_csrf_protection(csrf_app: Flask) -> None:
    client = logged_in(csrf_app)
    page = client.get("/teach/articles/new").get_data(as_text=True)
    response = client.post(
        "/teach/articles/new", data={"text": SEED_TEXT, "csrf_token": token(page)}
    )
    assert response.status_code == 302
    article_url = response.location
    page = client.get(article_url).get_data(as_text=True)
    with csrf_app.app_context():
        article = db.session.scalars(select(models.Article)).one()
        claim_id = article.claims[0].id
        set_id = db.session.scalars(select(models.QuestionSet.id)).one()

    words = "There are even students who take academic leave"
    added = client.post(
        f"/teach/articles/{article.id}/claims",
        data={
            "new-csrf_token": token(page, "new-csrf_token"),
            "new-content": words,
            "new-source": "Vladimir Putin",
            "new-cue": "said",
            "new-status": "attributed",
            "new-source_type": "official",
        },
    )
    assert added.status_code == 302
    edited = client.post(
        f"/teach/claims/{claim_id}",
        data={
            f"c{claim_id}-csrf_token": token(page, f"c{claim_id}-csrf_token"),
            f"c{claim_id}-source": "Dmitry Peskov",
            f"c{claim_id}-cue": "said",
            f"c{claim_id}-content": "Any statements made by other organizations",
            f"c{claim_id}-status": "attributed",
            f"c{claim_id}-source_type": "official",
        },
    )
    assert edited.status_code == 302
    set_page = client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    published = client.post(f"/teach/sets/{set_id}/publish", data={"csrf_token": token(set_page)})
    assert published.status_code == 302
    with csrf_app.app_context():
        assert db.session.get(models.QuestionSet, set_id).is_published
        contents = {c.content for c in db.session.get(models.Article, article.id).claims}
        assert words in contents and "Any statements made by other organizations" in contents
