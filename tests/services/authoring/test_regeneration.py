"""Regenerating a set: a copy uses its own corrected claims; a set pupils answered keeps
the questions that come out the same."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from quizapp import models, store
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    claims,
    imports,
    questions,
    regeneration,
    sets,
)
from quizapp.services.authoring.claims import ClaimInput
from tests.factories.authoring import analysed, answer_all, mc
from tests.factories.seed import SEED_TEXT, seed_analysis


def dispute(session: Session, claim: models.Claim) -> None:
    claims.edit_claim(
        session,
        claim,
        ClaimInput(claim.source, claim.cue, claim.content, "disputed", claim.source_type),
    )


def status_answer(qs: models.QuestionSet, claim_id: int) -> str:
    found = [
        q
        for q in questions.active_questions(qs)
        if q.type == "claim_status" and claim_id in q.claim_ids
    ]
    assert found, "a status question about the claim"
    return found[0].data["statuses"][found[0].answer]


def test_a_copy_regenerates_questions_its_colleague_had_edited(
    session: Session, teacher, other
) -> None:
    _, source = analysed(session, other)
    for q in questions.active_questions(source):
        q.edited_by_hand = True  # the colleague reviewed every question by hand
    sets.publish(session, source)
    copy = sets.copy_set(session, source, teacher)
    session.commit()
    assert not any(c.edited for c in copy.article.claims)
    for claim in list(copy.article.claims):
        if claim.source not in ("Vladimir Putin", "Dmitry Peskov"):
            claims.delete_claim(session, claim)
    putin = next(c for c in copy.article.claims if c.source == "Vladimir Putin")
    dispute(session, putin)
    regeneration.regenerate(session, copy)
    session.commit()
    assert status_answer(copy, putin.id) == "disputed"


def test_a_question_added_by_hand_survives_the_copys_regeneration(
    session: Session, teacher, other
) -> None:
    _, source = analysed(session, other)
    added = questions.add_question(session, source, mc("The colleague's own question?"))
    sets.publish(session, source)
    copy = sets.copy_set(session, source, teacher)
    regeneration.regenerate(session, copy)
    session.commit()
    assert added.stem in [q.stem for q in questions.active_questions(copy)]


def test_regenerating_without_changes_keeps_every_answered_question(
    session: Session, teacher, learner
) -> None:
    _, qs = analysed(session, teacher)
    sets.publish(session, qs)
    before = questions.active_questions(qs)
    answer_all(session, before, learner)
    report = regeneration.regenerate(session, qs)
    session.commit()
    assert questions.active_questions(qs) == before
    assert not any(q.retired for q in qs.questions)
    assert (report.unchanged, report.added, report.removed) == (len(before), 0, 0)


def test_a_corrected_claim_retires_only_the_questions_that_changed(
    session: Session, teacher, learner
) -> None:
    article, qs = analysed(session, teacher)
    sets.publish(session, qs)
    before = questions.active_questions(qs)
    answer_all(session, before, learner)
    putin = next(c for c in article.claims if c.source == "Vladimir Putin")
    dispute(session, putin)
    report = regeneration.regenerate(session, qs)
    session.commit()
    retired = [q for q in qs.questions if q.retired]
    assert retired and len(retired) == report.removed < len(before)
    assert report.unchanged == len(before) - report.removed
    assert {q.id for q in retired} <= {q.id for q in before}


def test_an_article_without_claims_is_not_regenerated_into_nothing(
    session: Session, teacher
) -> None:
    article, qs = analysed(session, teacher)
    for claim in list(article.claims):
        claims.delete_claim(session, claim)
    count = len(questions.active_questions(qs))
    with pytest.raises(AuthoringError, match="no claims"):
        regeneration.regenerate(session, qs)
    assert len(questions.active_questions(qs)) == count


# --- evidence edits -------------------------------------------------------------------------


def test_edited_evidence_moves_the_spans_to_the_new_sentence(session: Session, teacher) -> None:
    article, qs = analysed(session, teacher)
    question = questions.active_questions(qs)[0]
    new = store.question_to_core(question)
    sentence = next(line for line in article.text.splitlines() if "Medvedev" in line).strip()
    new.evidence = sentence
    saved = questions.edit_question(session, question, new)
    (start, end), *_ = saved.evidence_spans
    assert article.text[start:end] == sentence


def test_unchanged_evidence_keeps_its_spans(session: Session, teacher) -> None:
    _, qs = analysed(session, teacher)
    question = questions.active_questions(qs)[0]
    spans = [list(s) for s in question.evidence_spans]
    new = store.question_to_core(question)
    new.stem = "Reworded?"
    assert questions.edit_question(session, question, new).evidence_spans == spans


def test_a_lone_quote_mark_is_not_evidence(session: Session, teacher) -> None:
    _, qs = analysed(session, teacher)
    question = questions.active_questions(qs)[0]
    new = store.question_to_core(question)
    new.evidence = "”"
    with pytest.raises(AuthoringError, match="quote the article's words"):
        questions.edit_question(session, question, new)


def test_feedback_ignores_a_span_over_a_lone_quote_mark() -> None:
    from quizapp.quiz.article_view import evidence_spans

    text = "He said “yes.” Then he left."
    quote = text.index("”")
    assert evidence_spans(text, [[quote, quote + 1]], "Then he left.") == [(15, 28)]


def test_regenerate_keeps_questions_edited_by_hand(session: Session, teacher) -> None:
    article, qs = analysed(session, teacher)
    first = questions.active_questions(qs)[2]
    edited = store.question_to_core(first)
    edited.stem = "My own wording of this question?"
    kept = questions.edit_question(session, first, edited)
    added = questions.add_question(session, qs, mc())
    claims.delete_claim(session, article.claims[-1])
    report = regeneration.regenerate(session, qs)
    session.commit()
    active = questions.active_questions(qs)
    assert kept in active and added in active and report.kept == 2
    assert active.index(kept) == 2
    assert [q.position for q in active] == list(range(len(active)))


def test_imported_questions_survive_regeneration(session: Session, teacher) -> None:
    import yaml

    yaml_text = yaml.safe_dump(
        {
            "title": "Imported",
            "article": {"text": SEED_TEXT},
            "questions": [
                {
                    "type": "multiple_choice",
                    "stem": "My own imported question?",
                    "choices": ["A", "B"],
                    "answer": 0,
                    "skills": ["attribution"],
                }
            ],
        }
    )
    (qs,) = imports.import_files(
        session, teacher, [imports.Upload("mine.yaml", yaml_text.encode())]
    )
    articles.store_analysis(session, qs.article, seed_analysis(store.article_to_core(qs.article)))
    stems = [q.stem for q in questions.active_questions(qs)]
    assert "My own imported question?" in stems and len(stems) > 5
