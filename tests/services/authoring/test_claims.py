"""Claims corrected: edited words move their spans, a missed claim added from selected or
quoted words, a wrong one deleted, related claims followed."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from quizapp import store
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    claims,
    questions,
    regeneration,
)
from quizapp.services.authoring.articles import ArticleInput
from quizapp.services.authoring.claims import ClaimInput
from tests.factories.authoring import analysed
from tests.factories.seed import SEED_TEXT, seed_analysis


def test_edited_claim_status_changes_the_answer_key(session: Session, teacher) -> None:
    article, qs = analysed(session, teacher)
    putin = next(c for c in article.claims if c.source == "Vladimir Putin")
    for claim in [c for c in article.claims if c.source not in ("Vladimir Putin", "Dmitry Peskov")]:
        claims.delete_claim(session, claim)
    claims.edit_claim(
        session,
        putin,
        ClaimInput(
            source="Vladimir Putin",
            cue="stated",
            content=putin.content,
            status="disputed",
            source_type="official",
        ),
    )
    regeneration.regenerate(session, qs)
    session.commit()
    status_qs = [q for q in qs.questions if q.type == "claim_status" and putin.id in q.claim_ids]
    assert status_qs, "a status question about the corrected claim"
    q = status_qs[0]
    assert q.data["statuses"][q.answer] == "disputed"


def test_edited_content_moves_the_highlight_to_the_new_words(session: Session, teacher) -> None:
    article, _ = analysed(session, teacher)
    claim = next(c for c in article.claims if c.source == "Andrei Belousov")
    data = ClaimInput("Andrei Belousov", "announced", "army recruitment plan", "attributed")
    claims.edit_claim(session, claim, data)
    (s, e) = claim.content_spans[0]
    assert article.text[s:e] == "army recruitment plan" and claim.edited


def test_claim_with_a_bad_status_is_refused(session: Session, teacher) -> None:
    article, _ = analysed(session, teacher)
    with pytest.raises(AuthoringError, match="status"):
        claims.edit_claim(session, article.claims[0], ClaimInput("X", "said", "Y", "true"))


def test_added_claim_from_selected_words_gets_sentence_and_spans(session: Session, teacher) -> None:
    article, _ = analysed(session, teacher)
    words = "more than 36,000 citizens joined volunteer units"
    start = article.text.index(words)
    claim = claims.add_claim(
        session,
        article,
        ClaimInput(source="Dmitry Medvedev", cue="reported", status="attributed"),
        span=(start, start + len(words)),
    )
    assert claim.content == words
    assert "In addition, more than 36,000" in claim.evidence and claim.figures
    assert claim.figures[0]["text"] == "more than 36,000"
    assert claim.cue_spans and article.text[slice(*claim.cue_spans[0])] == "reported"
    assert [c.position for c in article.claims] == list(range(len(article.claims)))


def test_added_claim_by_quoting_words_without_javascript(session: Session, teacher) -> None:
    article, _ = analysed(session, teacher)
    claim = claims.add_claim(
        session,
        article,
        ClaimInput("Vladimir Putin", "said", "There are even  students who take academic leave"),
    )
    assert claim.content == "There are even students who take academic leave"


def test_added_claim_must_quote_the_article(session: Session, teacher) -> None:
    article, _ = analysed(session, teacher)
    with pytest.raises(AuthoringError, match="not in the article"):
        claims.add_claim(session, article, ClaimInput("A", "said", "words nobody wrote"))


def test_added_claim_may_not_come_from_boilerplate(session: Session, teacher) -> None:
    article, _ = analysed(session, teacher)
    with pytest.raises(AuthoringError, match="body"):
        claims.add_claim(session, article, ClaimInput("A", "said", "Svetlana Dzhabbarova"))


def test_deleted_claim_leaves_no_generated_question(session: Session, teacher) -> None:
    article, qs = analysed(session, teacher)
    csis = next(c for c in article.claims if c.source.startswith("Center"))
    claims.delete_claim(session, csis)
    regeneration.regenerate(session, qs)
    session.commit()
    assert all(csis.id not in q.claim_ids for q in questions.active_questions(qs))
    assert all("1.2 million" not in q.stem for q in questions.active_questions(qs))


def test_locate_prefers_the_occurrence_nearest_the_claim() -> None:
    text = "Peskov said A. Later, Peskov said B."
    assert claims.locate(text, "Peskov", near=(22, 35)) == (22, 28)
    assert claims.locate(text, "nobody") is None


def test_quoted_words_are_taken_from_the_body_when_boilerplate_has_them_too(
    session: Session, teacher
) -> None:
    article, _ = analysed(session, teacher)
    first = article.text.index("Peskov said")
    article.body = [[first + 20, len(article.text)]]  # the first occurrence is boilerplate now
    claim = claims.add_claim(session, article, ClaimInput("Peskov", "said", "Peskov said"))
    assert claim.content_spans[0][0] == article.text.index("Peskov said", first + 1)


def test_related_claims_follow_corrections(session: Session, teacher) -> None:
    article = articles.create_article(session, teacher, ArticleInput(text=SEED_TEXT))
    analysis = seed_analysis(store.article_to_core(article))
    analysis.claims[1].related = [0]  # Peskov's words dispute the CSIS estimate
    analysis.claims[3].related = [1]
    qs = articles.store_analysis(session, article, analysis)
    assert store.analysis_of(article).claims[1].related == [0]
    claims.delete_claim(session, article.claims[0])
    rebuilt = store.analysis_of(article)
    assert rebuilt.claims[0].related == [] and rebuilt.claims[2].related == [0]
    regeneration.regenerate(session, qs)
    session.commit()
    assert questions.active_questions(qs)
