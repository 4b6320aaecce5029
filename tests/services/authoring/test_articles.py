"""Articles: a paste or an upload read and stored (an .html page's metadata fills in the
outlet, date and address; what the teacher typed wins), and its analysis stored as claims and
a draft set."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.core.article import read_article
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    questions,
)
from quizapp.services.authoring.articles import ArticleInput
from tests.factories.authoring import analysed
from tests.factories.seed import SEED, SEED_TEXT

PAGE = b"""<!doctype html><html><head><title>Council raises fares</title>
<meta property="og:site_name" content="Valley Herald">
<meta property="og:url" content="https://herald.example/fares">
<meta property="article:published_time" content="2026-03-04T08:00:00Z">
</head><body><article><h1>Council raises fares</h1>
<p>The council voted on Monday to raise bus fares by 25 cents from April.</p>
<p>Paul Ortega, the transit director, said the authority would lose money otherwise.</p>
</article></body></html>"""


def test_pasted_article_keeps_text_and_body_for_spans(session: Session, teacher) -> None:
    article = articles.create_article(session, teacher, ArticleInput(text=SEED_TEXT, title="T"))
    assert article.text == read_article(SEED).text
    assert article.body and article.analysis_state == models.AnalysisState.QUEUED


def test_html_upload_is_read_as_an_article(session: Session, teacher) -> None:
    html = b"<html><head><title>Headline</title></head><body><article><h1>Headline</h1>"
    html += b"<p>The minister said that prices rose by 5 percent last year.</p>"
    html += b"</article></body></html>"
    article = articles.create_article(
        session, teacher, ArticleInput(raw=html, filename="news.html")
    )
    assert "prices rose" in article.text and "<p>" not in article.text


def test_unreadable_upload_is_a_clear_error(session: Session, teacher) -> None:
    with pytest.raises(AuthoringError, match="binary"):
        articles.create_article(
            session, teacher, ArticleInput(raw=b"%PDF-1.4 \x00\x01", filename="a.txt")
        )


def test_upload_of_another_kind_of_file_is_refused(session: Session, teacher) -> None:
    with pytest.raises(AuthoringError, match=r"\.txt or \.html"):
        articles.create_article(session, teacher, ArticleInput(raw=b"x", filename="a.docx"))


def test_store_analysis_saves_claims_and_a_draft_set(session: Session, teacher) -> None:
    article, qs = analysed(session, teacher)
    assert [c.source for c in article.claims][:2] == [
        "Dmitry Peskov",
        "Center for Strategic and International Studies",
    ]
    assert article.analysis_state == models.AnalysisState.DONE
    assert qs.status == models.SetStatus.DRAFT and qs.owner_id == teacher.id
    # 5: a set asks about each statement once (set_mix.py); main had 8 with repeats
    assert len(questions.active_questions(qs)) >= 5
    ids = {c.id for c in article.claims}
    assert all(set(q.claim_ids) <= ids for q in qs.questions)


def test_only_web_addresses_are_kept_as_the_article_url(session: Session, teacher) -> None:
    with pytest.raises(AuthoringError, match="URL"):
        articles.create_article(
            session, teacher, ArticleInput(text=SEED_TEXT, url="javascript://%0Aalert(1)")
        )


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
