"""quizapp.services.authoring: articles, claim corrections, regeneration, question edits with
versioning, publishing, copying and file imports, over a real session (both engines)."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models, store
from quizapp.core.article import read_article
from quizapp.models import Role
from quizapp.services import attempts
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    claims,
    imports,
    questions,
    regeneration,
    sets,
)
from quizapp.services.authoring.articles import ArticleInput
from quizapp.services.authoring.claims import ClaimInput
from tests.factories.app import add_user
from tests.factories.authoring import analysed, mc
from tests.factories.seed import SEED, SEED_TEXT, seed_analysis


@pytest.fixture
def teacher(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "teach", Role.INSTRUCTOR))


@pytest.fixture
def other(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "other", Role.INSTRUCTOR))


def answer(session: Session, question: models.Question, learner: models.User) -> None:
    attempt = models.Attempt(
        set_id=question.set_id, user_id=learner.id, question_ids=[question.id], score=1.0
    )
    session.add(attempt)
    session.flush()
    session.add(
        models.Answer(attempt_id=attempt.id, question_id=question.id, response=0, correct=True)
    )
    session.commit()


@pytest.fixture
def learner(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "learn", Role.LEARNER))


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
    assert len(questions.active_questions(qs)) >= 8
    ids = {c.id for c in article.claims}
    assert all(set(q.claim_ids) <= ids for q in qs.questions)


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


def test_editing_an_unanswered_question_changes_it_in_place(session: Session, teacher) -> None:
    _, qs = analysed(session, teacher)
    q = questions.active_questions(qs)[0]
    new = store.question_to_core(q)
    new.explanation = "Better explanation."
    assert questions.edit_question(session, q, new) is q
    assert q.edited_by_hand and not q.retired


def test_editing_an_answered_question_retires_it_for_a_copy(
    session: Session, teacher, learner
) -> None:
    _, qs = analysed(session, teacher)
    q = questions.active_questions(qs)[0]
    old_stem, old_answer = q.stem, q.answer
    answer(session, q, learner)
    new = store.question_to_core(q)
    new.answer = (q.answer + 1) % len(q.choices)
    copy = questions.edit_question(session, q, new)
    session.commit()
    assert copy.id != q.id and q.retired and not copy.retired
    assert (q.stem, q.answer) == (old_stem, old_answer)
    assert questions.active_questions(qs)[0] is copy
    graded = session.scalar(select(models.Answer))
    assert graded.question_id == q.id and graded.correct is True


def test_deleting_an_answered_question_only_retires_it(session: Session, teacher, learner) -> None:
    _, qs = analysed(session, teacher)
    q = questions.active_questions(qs)[0]
    answer(session, q, learner)
    questions.delete_question(session, q)
    session.commit()
    assert q.retired and session.get(models.Question, q.id) is not None
    assert q not in questions.active_questions(qs)


def test_invalid_question_is_refused_with_the_types_errors(session: Session, teacher) -> None:
    qs = sets.create_set(session, teacher, "Hand-made")
    with pytest.raises(AuthoringError) as info:
        questions.add_question(session, qs, mc(answer=7))
    assert any(e.startswith("answer:") for e in info.value.errors)
    assert qs.questions == []


def test_move_and_reorder_questions(session: Session, teacher) -> None:
    qs = sets.create_set(session, teacher, "Hand-made")
    a, b, c = (questions.add_question(session, qs, mc(f"Q{i}?")) for i in range(3))
    questions.move_question(session, c, -1)
    assert questions.active_questions(qs) == [a, c, b]
    questions.reorder(session, qs, [b.id, a.id])
    assert questions.active_questions(qs) == [b, a, c]


def test_publish_gives_an_unambiguous_unique_code(session: Session, teacher) -> None:
    codes = set()
    for i in range(5):
        qs = sets.create_set(session, teacher, f"S{i}")
        questions.add_question(session, qs, mc())
        codes.add(sets.publish(session, qs))
        assert qs.is_published
    assert len(codes) == 5
    assert not any(ch in code for code in codes for ch in "0O1IL")


def test_publishing_an_empty_set_is_refused(session: Session, teacher) -> None:
    qs = sets.create_set(session, teacher, "Empty")
    with pytest.raises(AuthoringError, match="at least one question"):
        sets.publish(session, qs)


def test_unpublish_keeps_the_code_for_next_time(session: Session, teacher) -> None:
    qs = sets.create_set(session, teacher, "S")
    questions.add_question(session, qs, mc())
    code = sets.publish(session, qs)
    sets.unpublish(session, qs)
    assert qs.status == models.SetStatus.DRAFT
    assert sets.publish(session, qs) == code


def test_settings_are_validated(session: Session, teacher) -> None:
    qs = sets.create_set(session, teacher, "S")
    with pytest.raises(AuthoringError, match="time limit"):
        sets.update_settings(session, qs, sets.Settings("S", time_limit_minutes=0))
    sets.update_settings(
        session,
        qs,
        sets.Settings("S2", shuffle=True, attempts_allowed=0, time_limit_minutes=20,
                           feedback="after_each", grading="last"),
    )  # fmt: skip
    assert (qs.title, qs.shuffle, qs.attempts_allowed, qs.time_limit_minutes) == ("S2", True, 0, 20)
    assert qs.feedback == models.Feedback.AFTER_EACH and qs.grading == models.Grading.LAST


def test_copy_of_a_published_set_is_my_draft_with_its_own_article(
    session: Session, teacher, other
) -> None:
    article, qs = analysed(session, other)
    sets.publish(session, qs)
    copy = sets.copy_set(session, qs, teacher)
    session.commit()
    assert copy.owner_id == teacher.id and copy.status == models.SetStatus.DRAFT
    assert copy.copied_from_id == qs.id and copy.article_id != article.id
    assert copy.article.owner_id == teacher.id
    assert len(copy.article.claims) == len(article.claims)
    assert [q.stem for q in copy.questions] == [q.stem for q in questions.active_questions(qs)]
    copied_claims = {c.id for c in copy.article.claims}
    assert all(set(q.claim_ids) <= copied_claims for q in copy.questions)


def test_a_draft_of_another_instructor_cannot_be_copied(session: Session, teacher, other) -> None:
    qs = sets.create_set(session, other, "Private")
    with pytest.raises(AuthoringError, match="published"):
        sets.copy_set(session, qs, teacher)


def test_ownership_lookups_refuse_other_instructors(session: Session, teacher, other) -> None:
    article, qs = analysed(session, other)
    assert sets.owned_set(session, teacher, qs.id) is None
    assert articles.owned_article(session, teacher, article.id) is None
    assert claims.owned_claim(session, teacher, article.claims[0].id) is None
    assert questions.owned_question(session, teacher, qs.questions[0].id) is None
    assert sets.owned_set(session, other, qs.id) is qs


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


def test_a_learner_starting_after_an_edit_gets_the_edited_copy(
    session: Session, teacher, learner
) -> None:

    _, qs = analysed(session, teacher)
    sets.publish(session, qs)
    q = questions.active_questions(qs)[0]
    answer(session, q, learner)
    new = store.question_to_core(q)
    new.stem = "Edited after learners answered?"
    copy = questions.edit_question(session, q, new)
    session.commit()
    order = attempts.question_order(session, qs)
    assert copy.id in order and q.id not in order


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


def test_only_web_addresses_are_kept_as_the_article_url(session: Session, teacher) -> None:
    with pytest.raises(AuthoringError, match="URL"):
        articles.create_article(
            session, teacher, ArticleInput(text=SEED_TEXT, url="javascript://%0Aalert(1)")
        )


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
