"""The queries behind the results pages and the score exports.

Every function issues a fixed number of statements whatever the number of attempts: the
counting attempt of each learner is chosen in SQL with a window function, item figures are
summed in SQL (one row per question), and the rows the pages or exports walk through are
streamed with ``yield_per``. The figures themselves come from :mod:`quizapp.core.statistics`.

Only submitted attempts count. Nothing is cached: a learner deleted a moment ago (their
attempts and answers cascade) is simply absent from the next figure.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    Subquery,
    and_,
    case,
    cast,
    func,
    select,
    text,
    true,
    union,
)
from sqlalchemy.orm import Session

from quizapp.core import statistics
from quizapp.core.formats.scores_csv import (
    AnswerRow,
    AttemptRow,
    order_skills,
)
from quizapp.core.questions.registry import type_for
from quizapp.models import Answer, Attempt, Grading, Question, QuestionSet, User

STREAM_ROWS = 1000  # rows fetched at a time when streaming
CSV_CHUNK_ROWS = 200  # CSV lines sent per write when exporting


def _stream(session: Session, statement: Any) -> Any:
    """Rows fetched ``STREAM_ROWS`` at a time (a server-side cursor on PostgreSQL).

    PostgreSQL plans a cursor for its first 10% of rows by default, and with stale table
    statistics (right after a bulk load) that fast-start plan took 5.8 s instead of 0.3 s
    for 10,000 attempts. Every row is read here, so the planner is told so.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL cursor_tuple_fraction = 1.0"))
    return session.execute(statement, execution_options={"yield_per": STREAM_ROWS})


# --- which attempt counts -------------------------------------------------------------------


def ranked_attempts(
    set_id: int, grading: Grading | str, user_ids: Sequence[int] | None = None
) -> Subquery:
    """Submitted attempts of a set with ``rank`` (1: the one that counts) and ``tries``.

    ``user_ids`` (e.g. ``quizapp.services.classes.learner_ids_in_class``) keeps only those learners.
    """
    grading = Grading(grading)
    if grading == Grading.LAST:
        order: tuple[Any, ...] = (Attempt.number.desc(),)
    elif grading == Grading.FIRST:
        order = (Attempt.number.asc(),)
    else:
        order = (func.coalesce(Attempt.score, 0.0).desc(), Attempt.number.asc())
    return (
        select(
            Attempt.id.label("attempt_id"),
            Attempt.user_id.label("user_id"),
            func.row_number().over(partition_by=Attempt.user_id, order_by=order).label("rank"),
            func.count().over(partition_by=Attempt.user_id).label("tries"),
        )
        .where(Attempt.set_id == set_id, Attempt.submitted_at.is_not(None))
        .where(*_only(user_ids))
        .subquery("ranked")
    )


def _only(user_ids: Sequence[int] | None) -> list[Any]:
    """The filter on learners, or none when ``user_ids`` is None (all learners)."""
    return [] if user_ids is None else [Attempt.user_id.in_(list(user_ids))]


def _counting(
    question_set: QuestionSet, user_ids: Sequence[int] | None = None
) -> tuple[Subquery, Select[Any]]:
    ranked = ranked_attempts(question_set.id, question_set.grading, user_ids)
    return ranked, select(ranked.c.attempt_id).where(ranked.c.rank == 1)


# --- questions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    number: int  # 1.. in the set's order, retired questions included
    stem: str
    type: str
    retired: bool
    choices: list[Any]
    skills: list[str]
    parts: int = 1  # the parts of its key (QuestionType.answer_parts), its mark shared
    right: int | None = None  # the right choice's index, for a question with one


def set_questions(session: Session, set_id: int) -> list[QuestionInfo]:
    """Every question of the set (retired ones too: old attempts point at them), numbered."""
    rows = session.execute(
        select(
            Question.id,
            Question.stem,
            Question.type,
            Question.retired,
            Question.choices,
            Question.skills,
            Question.answer,
        )
        .where(Question.set_id == set_id)
        .order_by(Question.position, Question.id)
    )
    return [
        QuestionInfo(
            r.id,
            i,
            r.stem,
            r.type,
            r.retired,
            list(r.choices or []),
            list(r.skills or []),
            type_for(r.type).answer_parts(r.answer),
            r.answer if isinstance(r.answer, int) and not isinstance(r.answer, bool) else None,
        )
        for i, r in enumerate(rows, start=1)
    ]


# --- the set's results ----------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    question: QuestionInfo
    stats: statistics.ItemStatistics


@dataclass(frozen=True)
class LearnerRow:
    user_id: int
    username: str
    name: str
    tries: int
    attempt_number: int
    score: float | None
    discernment: float | None
    submitted_at: datetime | None


@dataclass
class SetResults:
    question_set: QuestionSet
    summary: statistics.SetSummary
    submitted_attempts: int
    skill_means: dict[str, statistics.Figure]
    items: list[ItemRow]
    learners: list[LearnerRow]
    page: int = 1
    pages: int = 1
    per_page: int = 50
    questions: list[QuestionInfo] = field(default_factory=list)

    @property
    def learner_count(self) -> int:
        return self.summary.attempts


def item_score_expression() -> Any:
    """An answer's score: its stored (partial) score, else 1 when correct and 0 when not."""
    return func.coalesce(Answer.score, case((Answer.correct.is_(True), 1.0), else_=0.0))


def _shown_questions(session: Session, counting: Select[Any]) -> Subquery:
    """(attempt_id, question_id) for every question each counting attempt showed.

    From ``Attempt.question_ids`` (unnested in SQL: ``json_each`` on SQLite,
    ``json_array_elements_text`` on PostgreSQL), united with the questions answered, so an
    attempt stored without its question list still counts its answers.
    """
    element: Any
    if session.get_bind().dialect.name == "postgresql":
        element = (
            func.json_array_elements_text(Attempt.question_ids)
            .table_valued("value")
            .lateral("shown_id")
        )
    else:  # SQLite's table-valued functions see the columns to their left without LATERAL
        element = func.json_each(Attempt.question_ids).table_valued("value").alias("shown_id")
    listed = (
        select(Attempt.id.label("attempt_id"), cast(element.c.value, Integer).label("question_id"))
        .select_from(Attempt)
        .join(element, true())
        .where(Attempt.id.in_(counting))
    )
    answered = select(Answer.attempt_id, Answer.question_id).where(Answer.attempt_id.in_(counting))
    return union(listed, answered).subquery("shown")


def item_sums(
    session: Session, question_set: QuestionSet, user_ids: Sequence[int] | None = None
) -> dict[int, statistics.PairSums]:
    """(item score, rest-of-test score) sums per question over the counting attempts.

    One aggregate query: every question an attempt showed counts, a question left without
    an answer scoring 0 (as it does in the attempt's score, and as Moodle counts it). The
    rest of the test is the attempt's total (summed in a subquery) minus the item, so
    discrimination never needs the answers in Python.
    """
    _, counting = _counting(question_set, user_ids)
    shown = _shown_questions(session, counting)
    x = _score_or_zero()
    totals = (
        select(
            Answer.attempt_id.label("attempt_id"), func.sum(item_score_expression()).label("total")
        )
        .where(Answer.attempt_id.in_(counting))
        .group_by(Answer.attempt_id)
        .subquery("totals")
    )
    total = func.coalesce(totals.c.total, 0.0)
    rest = total - x
    rows = session.execute(
        select(
            shown.c.question_id,
            func.count(),
            func.sum(x),
            func.sum(x * x),
            func.sum(rest),
            func.sum(rest * rest),
            func.sum(x * rest),
        )
        .select_from(shown)
        .outerjoin(
            Answer,
            and_(
                Answer.attempt_id == shown.c.attempt_id, Answer.question_id == shown.c.question_id
            ),
        )
        .outerjoin(totals, totals.c.attempt_id == shown.c.attempt_id)
        .group_by(shown.c.question_id)
    )
    return {
        qid: statistics.PairSums(int(n), float(sx), float(sxx), float(sy), float(syy), float(sxy))
        for qid, n, sx, sxx, sy, syy, sxy in rows
    }


def _score_or_zero() -> Any:
    """An answer's score, or 0 where the outer join found no answer."""
    return case(
        (Answer.id.is_(None), 0.0),
        else_=item_score_expression(),
    )


def _summary_of_counting(session: Session, ranked: Subquery) -> tuple[statistics.SetSummary, int]:
    """The figures over each learner's counting attempt, and how many attempts were submitted
    in all (every try, not only the ones that count)."""
    summary = statistics.SetSummary()
    submitted = 0
    stream = _stream(
        session,
        select(Attempt.score, Attempt.skill_scores, Attempt.discernment, ranked.c.tries)
        .join(ranked, ranked.c.attempt_id == Attempt.id)
        .where(ranked.c.rank == 1),
    )
    for score, skill_scores, discernment, tries in stream:
        summary.add(score, skill_scores, discernment)
        submitted += int(tries)
    return summary, submitted


def _item_rows(
    session: Session,
    question_set: QuestionSet,
    questions: Sequence[QuestionInfo],
    user_ids: Sequence[int] | None,
) -> list[ItemRow]:
    """A row per question; a retired question only where someone answered it."""
    sums = item_sums(session, question_set, user_ids)
    return [
        ItemRow(q, statistics.item_from_sums(q.id, sums.get(q.id, statistics.PairSums())))
        for q in questions
        if q.id in sums or not q.retired
    ]


def _learner_rows(session: Session, ranked: Subquery, page: int, per_page: int) -> list[LearnerRow]:
    """One page of learners, by username, each with their counting attempt."""
    return [
        LearnerRow(
            r.user_id,
            r.username,
            r.display_name or r.username,
            int(r.tries),
            r.number,
            r.score,
            r.discernment,
            r.submitted_at,
        )
        for r in session.execute(
            select(
                User.id.label("user_id"),
                User.username,
                User.display_name,
                ranked.c.tries,
                Attempt.number,
                Attempt.score,
                Attempt.discernment,
                Attempt.submitted_at,
            )
            .join(ranked, ranked.c.attempt_id == Attempt.id)
            .join(User, User.id == Attempt.user_id)
            .where(ranked.c.rank == 1)
            .order_by(User.username, User.id)
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
    ]


def set_results(
    session: Session,
    question_set: QuestionSet,
    page: int = 1,
    per_page: int = 50,
    user_ids: Sequence[int] | None = None,
) -> SetResults:
    """Everything the results page shows, in four queries whatever the number of attempts."""
    questions = set_questions(session, question_set.id)
    ranked, _ = _counting(question_set, user_ids)
    summary, submitted = _summary_of_counting(session, ranked)
    items = _item_rows(session, question_set, questions, user_ids)
    pages = max(1, math.ceil(summary.attempts / per_page))
    page = min(max(page, 1), pages)
    return SetResults(
        question_set=question_set,
        summary=summary,
        submitted_attempts=submitted,
        skill_means=summary.skill_means(set_skills(questions)),
        items=items,
        learners=_learner_rows(session, ranked, page, per_page),
        page=page,
        pages=pages,
        per_page=per_page,
        questions=questions,
    )


# --- exports --------------------------------------------------------------------------------


def set_skills(questions: Sequence[QuestionInfo]) -> list[str]:
    return order_skills(s for q in questions for s in q.skills)


def score_rows(
    session: Session, question_set: QuestionSet, user_ids: Sequence[int] | None = None
) -> Iterator[AttemptRow]:
    """Every submitted attempt of the set, learner by learner, streamed from one query."""
    ranked = ranked_attempts(question_set.id, question_set.grading, user_ids)
    stream = _stream(
        session,
        select(
            User.username,
            User.display_name,
            Attempt.number,
            ranked.c.rank,
            Attempt.started_at,
            Attempt.submitted_at,
            Attempt.score,
            Attempt.skill_scores,
            Attempt.discernment,
            Attempt.question_ids,
        )
        .join(ranked, ranked.c.attempt_id == Attempt.id)
        .join(User, User.id == Attempt.user_id)
        .order_by(User.username, User.id, Attempt.number),
    )
    title = question_set.title
    for r in stream:
        yield AttemptRow(
            learner=r.username,
            name=r.display_name or r.username,
            set_title=title,
            attempt=r.number,
            counted=r.rank == 1,
            started=r.started_at,
            submitted=r.submitted_at,
            score=r.score,
            skill_scores=dict(r.skill_scores or {}),
            discernment=r.discernment,
            questions=len(r.question_ids or []) or None,
        )


def answer_rows(
    session: Session,
    question_set: QuestionSet,
    questions: Sequence[QuestionInfo],
    user_ids: Sequence[int] | None = None,
) -> Iterator[AnswerRow]:
    """Every answer of every submitted attempt of the set, streamed from one query."""
    by_id = {q.id: q for q in questions}
    stream = _stream(
        session,
        select(
            User.username,
            User.display_name,
            Attempt.number,
            Answer.question_id,
            Answer.response,
            Answer.correct,
            Answer.score,
        )
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(User, User.id == Attempt.user_id)
        .join(Question, Question.id == Answer.question_id)
        .where(Attempt.set_id == question_set.id, Attempt.submitted_at.is_not(None))
        .where(*_only(user_ids))
        .order_by(User.username, User.id, Attempt.number, Question.position, Question.id),
    )
    title = question_set.title
    missing = QuestionInfo(0, 0, "", "", False, [], [])
    for username, display_name, number, question_id, response, correct, score in stream:
        q = by_id.get(question_id, missing)
        yield AnswerRow(
            learner=username,
            name=display_name or username,
            set_title=title,
            attempt=number,
            question_number=q.number,
            question_id=question_id,
            question=q.stem,
            response=response,
            choices=q.choices,
            correct=correct,
            score=score,
        )
