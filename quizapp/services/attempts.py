"""Attempts: starting, answering, submitting, resuming, time limits, the counting attempt.

Plain functions over a SQLAlchemy session; the learner's views and the instructor's results
both call them. The rules they keep:

- One answer per attempt and question: the database's UNIQUE(attempt_id, question_id)
  holds it, and an answer is written with one upsert (INSERT ... ON CONFLICT DO UPDATE,
  on SQLite and PostgreSQL alike) that leaves a locked answer alone, so a double-posted
  answer is one row.
- Submitting is one conditional UPDATE (``WHERE submitted_at IS NULL``): two submits that
  race grade the attempt once.
- A time limit is enforced here, on the server: the deadline is fixed at the start
  (limit plus the learner's extra minutes), answers after it are refused, and the attempt
  is submitted, as of its deadline, on the next request that touches it.
- Each answer is graded when it is recorded, with the question type's ``grade``; the key
  never leaves this module before the attempt is submitted (or, in feedback-after-each
  mode, before that answer is locked).
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import JSON, Row, String, bindparam, cast, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, contains_eager

from quizapp.core import scoring
from quizapp.core.questions import base as qbase
from quizapp.core.questions import registry
from quizapp.models import (
    Answer,
    Article,
    Assignment,
    Attempt,
    ClassMember,
    Feedback,
    Grading,
    Question,
    QuestionSet,
    SetAccess,
    SetStatus,
    User,
)

MAX_EXTRA_MINUTES = 24 * 60


class AttemptError(Exception):
    """A request the rules refuse; the message is written for the learner."""


class NoAccess(AttemptError):
    pass


class NoAttemptsLeft(AttemptError):
    pass


class NoQuestions(AttemptError):
    pass


class AttemptClosed(AttemptError):
    """The attempt is already submitted (by the learner or because time ran out)."""


class TimeUp(AttemptClosed):
    pass


class AnswerLocked(AttemptError):
    pass


class NotInAttempt(AttemptError):
    pass


def now_utc() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


# --- reading -------------------------------------------------------------------------


def is_window_open(assignment: Assignment, now: datetime) -> bool:
    """An assignment is open within [opens_at, closes_at); a missing date is no bound."""
    opens, closes = aware(assignment.opens_at), aware(assignment.closes_at)
    return (opens is None or opens <= now) and (closes is None or now < closes)


def has_access(
    session: Session, user: User, question_set: QuestionSet, now: datetime | None = None
) -> bool:
    """May the learner start an attempt now: the set is published, and it is assigned to
    one of their classes with its window (if any) open, or, assigned to none of them,
    they joined it by its code. A join code does not reopen a class's closed window."""
    if question_set.status != SetStatus.PUBLISHED:
        return False
    now = now or now_utc()
    assignments = list(
        session.scalars(
            select(Assignment)
            .join(ClassMember, ClassMember.class_id == Assignment.class_id)
            .where(Assignment.set_id == question_set.id, ClassMember.user_id == user.id)
        )
    )
    if assignments:
        return any(is_window_open(a, now) for a in assignments)
    return session.get(SetAccess, (question_set.id, user.id)) is not None


def attempts_of(
    session: Session, user: User | int, question_set: QuestionSet | int
) -> list[Attempt]:
    return list(
        session.scalars(
            select(Attempt)
            .where(Attempt.user_id == _id(user), Attempt.set_id == _id(question_set))
            .order_by(Attempt.number)
        )
    )


def unfinished_attempt(
    session: Session, user: User | int, question_set: QuestionSet | int
) -> Attempt | None:
    return session.scalar(
        select(Attempt)
        .where(
            Attempt.user_id == _id(user),
            Attempt.set_id == _id(question_set),
            Attempt.submitted_at.is_(None),
        )
        .order_by(Attempt.number.desc())
        .limit(1)
    )


def attempts_left(question_set: QuestionSet, attempts: Sequence[Attempt]) -> int | None:
    """How many more attempts may be started; None when there is no limit."""
    if not question_set.attempts_allowed:
        return None
    return max(0, question_set.attempts_allowed - len(attempts))


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
        _articles.c.published_on,
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
    published_on: str
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
        article = ArticleText(
            row.article_title, row.outlet, row.url, row.published_on, row.text, row.body
        )
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


def questions_of(session: Session, attempt: Attempt) -> list[Question]:
    """The attempt's questions in the order the learner sees them."""
    ids = [int(i) for i in attempt.question_ids]
    by_id = {q.id: q for q in session.scalars(select(Question).where(Question.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


def answers_by_question(session: Session, attempt: Attempt) -> dict[int, Answer]:
    return {
        a.question_id: a
        for a in session.scalars(select(Answer).where(Answer.attempt_id == attempt.id))
    }


def extra_minutes(session: Session, user_id: int, set_id: int) -> int:
    access = session.get(SetAccess, (set_id, user_id))
    return access.extra_minutes if access is not None else 0


def remaining_seconds(attempt: Attempt, now: datetime | None = None) -> int | None:
    deadline = aware(attempt.deadline_at)
    if deadline is None:
        return None
    return max(0, int((deadline - (now or now_utc())).total_seconds()))


# --- starting ------------------------------------------------------------------------


def deadline_for(
    question_set: QuestionSet, started_at: datetime, extra: int = 0
) -> datetime | None:
    if not question_set.time_limit_minutes:
        return None
    return aware(started_at) + timedelta(minutes=question_set.time_limit_minutes + max(0, extra))


def question_order(
    session: Session, question_set: QuestionSet, rng: random.Random | None = None
) -> list[int]:
    ids = list(
        session.scalars(
            select(Question.id)
            .where(Question.set_id == question_set.id, Question.retired.is_(False))
            .order_by(Question.position, Question.id)
        )
    )
    if question_set.shuffle:
        (rng or random.SystemRandom()).shuffle(ids)
    return ids


def start_attempt(
    session: Session,
    user: User,
    question_set: QuestionSet,
    now: datetime | None = None,
    rng: random.Random | None = None,
) -> Attempt:
    """Resume the learner's unfinished attempt, or start a new one if the set allows it.

    Two starts that race (a double click) make one attempt: the database refuses a second
    attempt with the same number, and the loser resumes the winner's.
    """
    now = now or now_utc()
    current = resume(session, user, question_set, now)
    if current is not None:
        return current
    if not has_access(session, user, question_set, now):
        raise NoAccess("This quiz is not open to you.")
    previous = attempts_of(session, user, question_set)
    if attempts_left(question_set, previous) == 0:
        raise NoAttemptsLeft("You have used all the attempts this quiz allows.")
    ids = question_order(session, question_set, rng)
    if not ids:
        raise NoQuestions("This quiz has no questions yet.")
    number = max((a.number for a in previous), default=0) + 1
    attempt = Attempt(
        set_id=question_set.id,
        user_id=user.id,
        number=number,
        question_ids=ids,
        started_at=now,
        deadline_at=deadline_for(
            question_set, now, extra_minutes(session, user.id, question_set.id)
        ),
    )
    try:
        with session.begin_nested():
            session.add(attempt)
    except IntegrityError:
        winner = unfinished_attempt(session, user, question_set)
        if winner is None:
            raise
        return winner
    return attempt


def resume(
    session: Session, user: User, question_set: QuestionSet, now: datetime | None = None
) -> Attempt | None:
    """The unfinished attempt, unless its time ran out (it is then submitted)."""
    attempt = unfinished_attempt(session, user, question_set)
    if attempt is None or expire_if_due(session, attempt, now):
        return None
    return attempt


# --- time ----------------------------------------------------------------------------


def is_overdue(attempt: Attempt, now: datetime | None = None) -> bool:
    deadline = aware(attempt.deadline_at)
    return deadline is not None and (now or now_utc()) > deadline


def expire_if_due(session: Session, attempt: Attempt, now: datetime | None = None) -> bool:
    """Submit an unfinished attempt whose deadline has passed; True when it was due."""
    if attempt.submitted_at is None and is_overdue(attempt, now):
        submit(session, attempt, at=aware(attempt.deadline_at))
        return True
    return False


# --- answering -----------------------------------------------------------------------


def core_question(question: Question | PageQuestion) -> qbase.Question:
    """The stored question as the core's dataclass, key included: for grading, rendering
    and the checks an edit or import runs; never sent to a learner as it is."""
    return qbase.Question(
        type=question.type,
        stem=question.stem,
        choices=list(question.choices or []),
        answer=question.answer,
        skills=list(question.skills or []),
        explanation=question.explanation or "",
        evidence=question.evidence or "",
        evidence_spans=[(int(a), int(b)) for a, b in question.evidence_spans or []],
        data=dict(question.data or {}),
    )


def question_type(name: str) -> qbase.QuestionType:
    """The registered type, or plain multiple choice for a name the registry lacks."""
    return registry.type_for(name)


def render(question: Question | PageQuestion) -> dict[str, Any]:
    """What the learner's browser may see of an unanswered question: never the key."""
    data = question_type(question.type).render(core_question(question))
    return {k: v for k, v in data.items() if k not in _KEY_FIELDS}


_KEY_FIELDS = {"answer", "explanation", "evidence", "evidence_spans", "claims", "data"}


def parse_response(question: Question | PageQuestion, form: Mapping[str, Any]) -> Any:
    """The learner's response, or None when they gave none (the type reads and checks it)."""
    kind = question_type(question.type)
    return kind.clean_response(kind.parse_response(form), list(question.choices or []))


def grade(question: Question | PageQuestion, response: Any) -> qbase.Mark:
    return question_type(question.type).grade(core_question(question), response)


def record_answer(
    session: Session,
    attempt: Attempt | AttemptQuestion,
    question: Question | PageQuestion,
    response: Any,
    now: datetime | None = None,
) -> Row[Any]:
    """Store (or replace) the learner's answer to one question of an unfinished attempt.

    ``attempt`` is the stored attempt or, on the answer post's hot path, the attempt and
    question read as plain data. Returns the stored row (columns as attributes).

    In feedback-after-each mode the answer is locked as it is stored: its key is about to
    be shown. Posting the same answer twice leaves one row; a locked answer is not changed.
    """
    now = now or now_utc()
    if attempt.submitted_at is not None:
        raise AttemptClosed("This attempt is already submitted.")
    if is_overdue(attempt, now):
        stored = attempt if isinstance(attempt, Attempt) else session.get(Attempt, attempt.id)
        expire_if_due(session, stored, now)
        raise TimeUp("Time is up: your attempt was submitted with the answers saved before.")
    if question.id not in {int(i) for i in attempt.question_ids}:
        raise NotInAttempt("That question is not part of this attempt.")
    if response is None:
        raise AttemptError("Choose an answer first.")
    mark = grade(question, response)
    feedback = (
        attempt.feedback if isinstance(attempt, AttemptQuestion) else attempt.question_set.feedback
    )
    lock = feedback == Feedback.AFTER_EACH
    values = {
        "response": response,
        "correct": bool(mark.correct),
        "score": float(mark.score),
        "judgements": [
            {"truly_verified": bool(j.truly_verified), "said_verified": bool(j.said_verified)}
            for j in mark.judgements
        ],
        "locked": lock,
        "answered_at": now,
    }
    answer = _upsert_answer(session, attempt.id, question.id, values)
    if answer is None:
        # Nothing stored: the answer is locked, or a submit closed the attempt since it
        # was read (the upsert itself refuses a closed attempt, so no late answer lands).
        if session.scalar(select(Attempt.submitted_at).where(Attempt.id == attempt.id)):
            raise AttemptClosed("This attempt is already submitted.")
        raise AnswerLocked("Your answer to this question is final: its feedback was shown.")
    return answer


def _upsert_answer(
    session: Session, attempt_id: int, question_id: int, values: dict[str, Any]
) -> Row[Any] | None:
    """INSERT, or UPDATE the existing row unless it is locked; None when nothing was stored
    (the answer was locked, or the attempt is submitted)."""
    params = {"attempt_id": attempt_id, "question_id": question_id, **values}
    # RETURNING the row (not rowcount: psycopg reports -1 for an upsert) saves a SELECT.
    return session.execute(
        _upsert_statement(session.get_bind().dialect.name),
        {f"new_{k}": v for k, v in params.items()},
    ).first()


_ANSWER_COLUMNS = (
    "attempt_id",
    "question_id",
    "response",
    "correct",
    "score",
    "judgements",
    "locked",
    "answered_at",
)


@functools.cache
def _upsert_statement(dialect: str) -> Any:
    """The answer upsert for a dialect, built once (see the hot path's statements above)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - the app supports SQLite and PostgreSQL only
        raise RuntimeError(f"unsupported database {dialect!r}")
    # On the table, not the mapped class: a plain Core statement skips the ORM's bulk
    # insert machinery, which rebuilt the statement on every answer.
    table = Answer.__table__
    attempts = Attempt.__table__
    params = {name: bindparam(f"new_{name}", type_=table.c[name].type) for name in _ANSWER_COLUMNS}
    # INSERT ... SELECT from the attempt row, only while it is open: the check and the write
    # are one statement (the hot path runs in autocommit), so no answer lands on a
    # submitted attempt. On PostgreSQL FOR SHARE waits for a submit holding the row and
    # then sees it closed; SQLite runs one writer at a time, so the check sees it anyway.
    values = [
        cast(p, p.type) if dialect == "postgresql" else p  # typed columns of a SELECT
        for p in params.values()
    ]
    open_attempt = select(*values).where(
        attempts.c.id == params["attempt_id"], attempts.c.submitted_at.is_(None)
    )
    if dialect == "postgresql":
        open_attempt = open_attempt.with_for_update(read=True)
    statement = insert(table).from_select(list(_ANSWER_COLUMNS), open_attempt)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.attempt_id, table.c.question_id],
        set_={name: statement.excluded[name] for name in _ANSWER_COLUMNS[2:]},
        where=table.c.locked.is_(False),
    )
    return statement.returning(*table.c)


# --- submitting and scoring ----------------------------------------------------------


def score_attempt(session: Session, attempt: Attempt) -> scoring.Score:
    answers = answers_by_question(session, attempt)
    items = []
    for question in questions_of(session, attempt):
        answer = answers.get(question.id)
        items.append(
            scoring.GradedItem(
                skills=list(question.skills or []),
                score=(answer.score or 0.0) if answer else 0.0,
                correct=bool(answer.correct) if answer else False,
                judgements=[
                    qbase.Judgement(bool(j["truly_verified"]), bool(j["said_verified"]))
                    for j in (answer.judgements if answer else [])
                ],
            )
        )
    return scoring.score(items)


def submit(session: Session, attempt: Attempt, at: datetime | None = None) -> bool:
    """Close the attempt, then grade it; True when this call did it, False when already done.

    Closing first is one conditional UPDATE: of two submits that race, exactly one finds
    the attempt open. It also takes the attempt's row (its write lock on SQLite), so an
    answer being saved finishes first and one arriving later finds the attempt closed:
    the answers graded next are exactly those that stand when this commits.
    """
    if attempt.submitted_at is not None:
        return False
    changed = session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id, Attempt.submitted_at.is_(None))
        .values(submitted_at=at or now_utc())
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed:
        result = score_attempt(session, attempt)
        session.execute(
            update(Attempt)
            .where(Attempt.id == attempt.id)
            .values(
                score=result.total,
                skill_scores={k: [v[0], v[1]] for k, v in result.skills.items()},
                discernment=result.discernment,
                bias=result.bias,
            )
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(Answer)
            .where(Answer.attempt_id == attempt.id)
            .values(locked=True)
            .execution_options(synchronize_session=False)
        )
    session.refresh(attempt)
    return changed == 1


# --- the attempt that counts ---------------------------------------------------------


class AttemptLike(Protocol):
    number: int
    score: float | None
    submitted_at: datetime | None


A = TypeVar("A", bound=AttemptLike)


def counting_attempt(attempts: Iterable[A], grading: Grading | str) -> A | None:
    """The submitted attempt whose score counts: best (the earliest of equal bests), last
    or first. Unfinished attempts never count; None when nothing is submitted."""
    done = [a for a in attempts if a.submitted_at is not None]
    if not done:
        return None
    rule = Grading(grading)
    if rule == Grading.FIRST:
        return min(done, key=lambda a: a.number)
    if rule == Grading.LAST:
        return max(done, key=lambda a: a.number)
    return min(done, key=lambda a: (-(a.score or 0.0), a.number))


# --- what a learner sees of their sets -----------------------------------------------


@dataclass
class SetOverview:
    question_set: QuestionSet
    attempts: list[Attempt]
    unfinished: Attempt | None
    counting: Attempt | None
    left: int | None  # None: no limit
    open_now: bool

    @property
    def can_start(self) -> bool:
        return self.open_now and self.unfinished is None and self.left != 0


def overview(
    session: Session, user: User, question_set: QuestionSet, now: datetime | None = None
) -> SetOverview:
    now = now or now_utc()
    unfinished = resume(session, user, question_set, now)
    attempts = attempts_of(session, user, question_set)
    return SetOverview(
        question_set=question_set,
        attempts=attempts,
        unfinished=unfinished,
        counting=counting_attempt(attempts, question_set.grading),
        left=attempts_left(question_set, attempts),
        open_now=has_access(session, user, question_set, now),
    )


def history(session: Session, user: User) -> list[Attempt]:
    """Every submitted attempt of the learner, oldest first."""
    return list(
        session.scalars(
            select(Attempt)
            .where(Attempt.user_id == user.id, Attempt.submitted_at.is_not(None))
            .order_by(Attempt.submitted_at, Attempt.id)
        )
    )


def attempts_of_user(session: Session, user: User) -> list[Attempt]:
    return list(
        session.scalars(
            select(Attempt)
            .where(Attempt.user_id == user.id)
            .order_by(Attempt.set_id, Attempt.number)
        )
    )


# --- extra time (set by the instructor) ----------------------------------------------


def set_extra_minutes(
    session: Session, question_set: QuestionSet, user_id: int, minutes: int
) -> SetAccess:
    """Give one learner extra minutes on a set's time limit, their running attempt too."""
    minutes = max(0, min(MAX_EXTRA_MINUTES, int(minutes)))
    access = session.get(SetAccess, (question_set.id, user_id))
    if access is None:
        access = SetAccess(set_id=question_set.id, user_id=user_id)
        session.add(access)
    access.extra_minutes = minutes
    running = unfinished_attempt(session, user_id, question_set)
    if running is not None and question_set.time_limit_minutes:
        running.deadline_at = deadline_for(question_set, running.started_at, minutes)
    session.flush()
    return access


def _id(obj: Any) -> int:
    return obj if isinstance(obj, int) else obj.id
