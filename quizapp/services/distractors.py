"""How many learners chose each option of each question (the distractor analysis of
Moodle and Google Forms), over the counting attempts the rest of the results use."""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.models import Answer, QuestionSet
from quizapp.services.results import QuestionInfo, _counting


@dataclass(frozen=True)
class OptionCount:
    letter: str
    text: str
    count: int
    right: bool


@dataclass(frozen=True)
class QuestionOptions:
    question: QuestionInfo
    options: list[OptionCount]

    @property
    def answered(self) -> int:
        return sum(o.count for o in self.options)


def letter(index: int) -> str:
    return string.ascii_uppercase[index] if index < 26 else str(index + 1)


def option_counts(
    session: Session,
    question_set: QuestionSet,
    questions: Sequence[QuestionInfo],
    user_ids: Sequence[int] | None = None,
) -> list[QuestionOptions]:
    """Per question with one right choice: the learners who chose each option."""
    chosen = {q.id: Counter[int]() for q in questions if q.right is not None and q.choices}
    ranked, _ = _counting(question_set, user_ids)
    # Counted here, not in SQL: a JSON response cannot be grouped on PostgreSQL.
    rows = session.execute(
        select(Answer.question_id, Answer.response)
        .join(ranked, ranked.c.attempt_id == Answer.attempt_id)
        .where(ranked.c.rank == 1, Answer.question_id.in_(list(chosen)))
        .execution_options(yield_per=1000)
    )
    for question_id, response in rows:
        if isinstance(response, int) and not isinstance(response, bool):
            chosen[question_id][response] += 1
    return [
        QuestionOptions(
            q,
            [
                OptionCount(letter(i), str(text), chosen[q.id][i], i == q.right)
                for i, text in enumerate(q.choices)
            ],
        )
        for q in questions
        if q.id in chosen
    ]
