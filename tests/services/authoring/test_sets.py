"""Sets: publishing with a join code, settings, copying from the library, ownership."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    claims,
    questions,
    sets,
)
from tests.factories.authoring import analysed, mc


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
