"""quizapp.services.distractors: learners per option over the counting attempts."""

from __future__ import annotations

from flask import Flask
from sqlalchemy.orm import Session

from quizapp.models import Role
from quizapp.services import distractors, results
from tests.factories.results import hand_worked_set, make_user


def test_each_option_counts_the_learners_who_chose_it(app: Flask, session: Session) -> None:
    owner = make_user(session, "teacher", Role.INSTRUCTOR)
    qs = hand_worked_set(session, owner.id)
    questions = results.set_questions(session, qs.id)
    counts = distractors.option_counts(session, qs, questions)
    first = counts[0]
    assert [(o.letter, o.count, o.right) for o in first.options] == [
        ("A", 3, True),
        ("B", 2, False),
        ("C", 0, False),
    ]
    assert first.answered == 5
    assert [o.count for o in counts[2].options] == [1, 4, 0]
