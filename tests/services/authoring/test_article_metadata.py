"""An uploaded .html page fills in the article's outlet, date and address from its
metadata; what the teacher typed in the form wins."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.models import Role
from quizapp.services.authoring import articles
from quizapp.services.authoring.articles import ArticleInput
from tests.factories.app import add_user

PAGE = b"""<!doctype html><html><head><title>Council raises fares</title>
<meta property="og:site_name" content="Valley Herald">
<meta property="og:url" content="https://herald.example/fares">
<meta property="article:published_time" content="2026-03-04T08:00:00Z">
</head><body><article><h1>Council raises fares</h1>
<p>The council voted on Monday to raise bus fares by 25 cents from April.</p>
<p>Paul Ortega, the transit director, said the authority would lose money otherwise.</p>
</article></body></html>"""


@pytest.fixture
def teacher(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "teach", Role.INSTRUCTOR))


def test_outlet_date_and_url_come_from_the_page(session: Session, teacher) -> None:
    article = articles.create_article(
        session, teacher, ArticleInput(raw=PAGE, filename="fares.html")
    )
    assert article.outlet == "Valley Herald"
    assert article.date == "2026-03-04"
    assert article.url == "https://herald.example/fares"


def test_the_form_wins_over_the_page(session: Session, teacher) -> None:
    article = articles.create_article(
        session,
        teacher,
        ArticleInput(raw=PAGE, filename="fares.html", outlet="My Paper", date="2026-03-05"),
    )
    assert (article.outlet, article.date) == ("My Paper", "2026-03-05")
