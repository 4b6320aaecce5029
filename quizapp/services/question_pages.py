"""The quiz's hot path: an attempt and its n-th question as plain data, in one query.

Every page and every answer of every learner runs these statements, built once here with
bound parameters: building a select and its cache key on each request cost more than
running it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Row, String, bindparam, cast, func, select
from sqlalchemy.orm import Session, contains_eager

from quizapp.models import (
    Answer,
    Article,
    Attempt,
    Feedback,
    Question,
    QuestionSet,
)

# The quiz's hot path (every page and every answer of every learner) runs statements built
# once, here, with bound parameters: building a select and its cache key on each request
# cost more than running it. Article.original (the text as received) is never needed.
_ATTEMPT = (
    select(Attempt)
    .join(Attempt.question_set)
    .outerjoin(QuestionSet.article)
    .where(Attempt.id == bindparam("attempt_id"))
    .options(
        contains_eager(Attempt.question_set)
        .contains_eager(QuestionSet.article)
        .defer(Article.original)
    )
)


# The question at an index of Attempt.question_ids, found by the database (JSON indexing
# works alike on SQLite and PostgreSQL), so the attempt and its question come in one query.
_QUESTION_AT = (
    Question.id == Attempt.question_ids[bindparam("index", type_=JSON.JSONIndexType())].as_integer()
)


_ANSWER_TO_IT = (Answer.attempt_id == Attempt.id) & (Answer.question_id == Question.id)


_ANSWERED = (
    select(func.aggregate_strings(cast(Answer.question_id, String), ","))
    .where(Answer.attempt_id == Attempt.id)
    .correlate(Attempt)
    .scalar_subquery()
)


_attempts, _sets, _articles = Attempt.__table__, QuestionSet.__table__, Article.__table__


_questions, _answers = Question.__table__, Answer.__table__


# A question of an attempt as plain columns, not ORM objects: building the mapped objects
# cost a quarter more than the query itself. Only what is read is fetched.
_ATTEMPT_QUESTION_COLUMNS = (
    _attempts.c.id,
    _attempts.c.user_id,
    _attempts.c.question_ids,
    _attempts.c.deadline_at,
    _attempts.c.submitted_at,
    _sets.c.feedback,
    _questions.c.id.label("question_id"),
    _questions.c.type,
    _questions.c.stem,
    _questions.c.choices,
    _questions.c.answer,
    _questions.c.skills,
    _questions.c.explanation,
    _questions.c.evidence,
    _questions.c.evidence_spans,
    _questions.c.data,
)


_ATTEMPT_QUESTION = (
    select(*_ATTEMPT_QUESTION_COLUMNS)
    .select_from(
        _attempts.join(_sets, _sets.c.id == _attempts.c.set_id).outerjoin(_questions, _QUESTION_AT)
    )
    .where(_attempts.c.id == bindparam("attempt_id"))
)


_QUESTION_PAGE = (
    select(
        *_ATTEMPT_QUESTION_COLUMNS,
        _sets.c.title.label("set_title"),
        _articles.c.id.label("article_id"),
        _articles.c.title.label("article_title"),
        _articles.c.outlet,
        _articles.c.url,
        _articles.c.published_on.label("date"),
        _articles.c.text,
        _articles.c.body,
        _answers.c.id.label("answer_id"),
        _answers.c.response,
        _answers.c.correct,
        _answers.c.score,
        _answers.c.locked,
        _ANSWERED.label("answered"),
    )
    .select_from(
        _attempts.join(_sets, _sets.c.id == _attempts.c.set_id)
        .outerjoin(_articles, _articles.c.id == _sets.c.article_id)
        .outerjoin(_questions, _QUESTION_AT)
        .outerjoin(_answers, _ANSWER_TO_IT)
    )
    .where(_attempts.c.id == bindparam("attempt_id"))
)


@dataclass(frozen=True)
class ArticleText:
    title: str
    outlet: str
    url: str
    date: str
    text: str
    body: list[Any]


@dataclass(frozen=True)
class PageQuestion:
    """A question as stored, key included: for grading, ``render`` and, once allowed,
    feedback."""

    id: int
    type: str
    stem: str
    choices: list[Any]
    answer: Any
    skills: list[Any]
    explanation: str
    evidence: str
    evidence_spans: list[Any]
    data: dict[str, Any]


@dataclass(frozen=True)
class PageAnswer:
    response: Any
    correct: bool | None
    score: float | None
    locked: bool


@dataclass(frozen=True)
class AttemptQuestion:
    """An attempt and its n-th question as plain data: what saving an answer needs.

    ``question`` is None when the attempt has no n-th question.
    """

    id: int  # the attempt's
    user_id: int
    question_ids: list[Any]
    deadline_at: datetime | None
    submitted_at: datetime | None
    feedback: Feedback
    question: PageQuestion | None


@dataclass(frozen=True)
class QuestionPage(AttemptQuestion):
    """What a question page shows besides: the set's title, the article, the learner's
    answer to this question and the ids of every question answered so far."""

    set_title: str
    article: ArticleText | None
    answer: PageAnswer | None
    answered: frozenset[int]


def _question(row: Row[Any], n: int) -> PageQuestion | None:
    if not 1 <= n <= len(row.question_ids) or row.question_id is None:
        return None
    return PageQuestion(
        row.question_id,
        row.type,
        row.stem,
        row.choices,
        row.answer,
        row.skills,
        row.explanation,
        row.evidence,
        row.evidence_spans,
        row.data,
    )


def _attempt_question(row: Row[Any], n: int) -> dict[str, Any]:
    """The fields of ``AttemptQuestion`` from a row of either hot-path statement."""
    return {
        "id": row.id,
        "user_id": row.user_id,
        "question_ids": row.question_ids,
        "deadline_at": row.deadline_at,
        "submitted_at": row.submitted_at,
        "feedback": row.feedback,
        "question": _question(row, n),
    }


def load_attempt_question(session: Session, attempt_id: int, n: int) -> AttemptQuestion | None:
    """The attempt and its n-th question (from 1), for saving an answer: one query."""
    params = {"attempt_id": attempt_id, "index": max(0, n - 1)}
    row = session.execute(_ATTEMPT_QUESTION, params).first()
    return AttemptQuestion(**_attempt_question(row, n)) if row is not None else None


def load_question_page(session: Session, attempt_id: int, n: int) -> QuestionPage | None:
    """The attempt's n-th question (from 1) with all its page shows, in one query."""
    params = {"attempt_id": attempt_id, "index": max(0, n - 1)}
    row = session.execute(_QUESTION_PAGE, params).first()
    if row is None:
        return None
    fields = _attempt_question(row, n)
    answer = None
    if fields["question"] is not None and row.answer_id is not None:
        answer = PageAnswer(row.response, row.correct, row.score, row.locked)
    article = None
    if row.article_id is not None:
        article = ArticleText(row.article_title, row.outlet, row.url, row.date, row.text, row.body)
    return QuestionPage(
        **fields,
        set_title=row.set_title,
        article=article,
        answer=answer,
        answered=frozenset(int(i) for i in row.answered.split(","))
        if row.answered
        else frozenset(),
    )


def load_attempt(session: Session, attempt_id: int) -> Attempt | None:
    """An attempt with its set and article, in one query: every quiz page needs all three."""
    return session.scalar(_ATTEMPT, {"attempt_id": attempt_id})
