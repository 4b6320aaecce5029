"""quizapp.store, the one crossing between rows and core objects: what goes in as a core
object comes back out the same, and a copy carries every column (both engines)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from flask import Flask
from sqlalchemy import inspect
from sqlalchemy.orm import Session

from quizapp import models, store
from quizapp.models import Role
from tests.factories.app import add_user
from tests.factories.authoring import analysed, mc
from tests.factories.seed import seed_analysis


@pytest.fixture
def teacher(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "teach", Role.INSTRUCTOR))


def test_a_stored_analysis_reads_back_with_its_words_spans_and_related_claims(
    session: Session, teacher
) -> None:
    article, _ = analysed(session, teacher)
    stored = seed_analysis(store.article_to_core(article))
    stored.claims[0].related, stored.claims[1].related = [1], [0]
    store.replace_claims(session, article, stored)
    session.flush()
    read = store.analysis_of(article)
    assert read.claims[0].related == [1]
    assert len(read.claims) == len(stored.claims) > 0
    for back, original in zip(read.claims, stored.claims, strict=True):
        assert (back.source, back.cue, back.content, back.status) == (
            original.source,
            original.cue,
            original.content,
            original.status,
        )
        assert back.content_spans == original.content_spans
        assert back.evidence_span == original.evidence_span
        assert back.related == original.related
        assert [f.value for f in back.figures] == [f.value for f in original.figures]


def test_an_articles_date_is_stored_in_the_published_on_column(session: Session, teacher) -> None:
    article, _ = analysed(session, teacher)
    assert "published_on" in models.Article.__table__.c
    assert "date" not in models.Article.__table__.c
    assert store.article_to_core(article).date == article.date == "2026-01-28"


def test_a_question_row_reads_back_as_the_same_core_question() -> None:
    question = replace(mc(), evidence="Peskov said it.", evidence_spans=[(3, 9)], claims=[0])
    row = store.question_row(question, position=4, claim_ids=[17])
    assert (row.position, row.claim_ids) == (4, [17])
    # The row keeps database ids, not the analysis's indices: those come back empty.
    assert store.question_to_core(row) == replace(question, claims=[])


def test_a_copied_article_has_every_column_and_claim_but_ids_and_owner(
    app: Flask, session: Session, teacher
) -> None:
    article, _ = analysed(session, teacher)
    other = session.get(models.User, add_user(app, "other", Role.INSTRUCTOR))
    copy = store.copy_article(article, other.id)
    session.add(copy)
    session.flush()
    assert copy.owner_id == other.id and copy.id != article.id
    for attribute in inspect(models.Article).column_attrs:
        if attribute.key not in {"id", "owner_id", "created_at"}:
            assert getattr(copy, attribute.key) == getattr(article, attribute.key), attribute.key
    assert len(copy.claims) == len(article.claims) > 0
    for new, old in zip(copy.claims, article.claims, strict=True):
        assert new.id != old.id and new.article_id == copy.id
        for attribute in inspect(models.Claim).column_attrs:
            if attribute.key not in {"id", "article_id"}:
                assert getattr(new, attribute.key) == getattr(old, attribute.key), attribute.key
