"""A set's questions edited by hand, with versions: an answered question is retired for an
edited copy, never changed."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models, store
from quizapp.services import attempts
from quizapp.services.authoring import (
    AuthoringError,
    questions,
    sets,
)
from tests.factories.authoring import analysed, answer, mc


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
