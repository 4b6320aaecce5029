"""One learner's attempts at a set, for the instructor's page on that learner: each
attempt with its per-skill scores, its answers as the learner gave them, and which attempt
counts (the same rule as the results and the exports: attempt_history.counting_attempt).

Three statements whatever the number of attempts: the attempts, the set's questions, and
the answers of all the attempts at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.core import scoring, statistics
from quizapp.core.formats.scores_csv import describe_response, order_skills
from quizapp.models import Answer, Attempt, QuestionSet, User
from quizapp.services.attempt_history import counting_attempt
from quizapp.services.results import QuestionInfo, set_questions


@dataclass(frozen=True)
class AnswerView:
    question: QuestionInfo | None
    response: Any
    correct: bool | None
    score: float | None

    @property
    def verdict(self) -> str:
        """The pupil's own words for this mark (quizapp.core.scoring.verdict)."""
        parts = self.question.parts if self.question else 1
        return scoring.verdict(True, self.correct, self.score, parts)

    @property
    def given(self) -> str:
        """The answer as the learner saw it (a choice index becomes the choice's text)."""
        return describe_response(self.response, self.question.choices if self.question else ())


@dataclass
class AttemptView:
    attempt: Attempt
    counts: bool
    skills: dict[str, tuple[float, int, float]]  # skill: (right, asked, share)
    answers: list[AnswerView] = field(default_factory=list)


@dataclass
class LearnerResults:
    question_set: QuestionSet
    user: User
    attempts: list[AttemptView]
    skills: list[str]


def learner_results(
    session: Session, question_set: QuestionSet, user_id: int
) -> LearnerResults | None:
    """A learner's attempts at this set with their per-skill scores and answers.

    None when the learner has no attempt at this set: an instructor sees the results of
    their own sets' learners only.
    """
    attempts = list(
        session.scalars(
            select(Attempt)
            .where(Attempt.set_id == question_set.id, Attempt.user_id == user_id)
            .order_by(Attempt.number)
        )
    )
    if not attempts:
        return None
    user = session.get(User, user_id)
    if user is None:
        return None
    questions = {q.id: q for q in set_questions(session, question_set.id)}
    by_attempt: dict[int, list[AnswerView]] = {a.id: [] for a in attempts}
    for answer in session.execute(
        select(
            Answer.attempt_id, Answer.question_id, Answer.response, Answer.correct, Answer.score
        ).where(Answer.attempt_id.in_(list(by_attempt)))
    ):
        by_attempt[answer.attempt_id].append(
            AnswerView(
                questions.get(answer.question_id), answer.response, answer.correct, answer.score
            )
        )
    counting = counting_attempt(attempts, question_set.grading)
    skills = order_skills(
        [s for a in attempts for s in (a.skill_scores or {})]
        + [s for q in questions.values() for s in q.skills]
    )
    views = []
    for attempt in attempts:
        answers = by_attempt[attempt.id]
        answers.sort(key=lambda a: a.question.number if a.question else 0)
        views.append(
            AttemptView(
                attempt=attempt,
                counts=attempt is counting,
                skills=_skill_cells(attempt.skill_scores or {}),
                answers=answers,
            )
        )
    return LearnerResults(question_set, user, views, skills)


def _skill_cells(skill_scores: dict[str, Any]) -> dict[str, tuple[float, int, float]]:
    cells = {}
    for skill, right_asked in skill_scores.items():
        share = statistics.skill_share(right_asked)
        if share is None:
            continue
        right, asked = right_asked
        cells[skill] = (float(right), int(asked), share)
    return cells
