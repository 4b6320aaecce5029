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
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Row, bindparam, cast, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quizapp.core import scoring
from quizapp.core.questions import base as qbase
from quizapp.core.questions import registry
from quizapp.models import (
    Answer,
    Assignment,
    Attempt,
    ClassMember,
    Feedback,
    Question,
    QuestionSet,
    SetAccess,
    SetStatus,
    User,
    as_utc,
)
from quizapp.services.question_pages import AttemptQuestion, PageQuestion
from quizapp.store import question_to_core

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


def is_window_open(assignment: Assignment, now: datetime) -> bool:
    """An assignment is open within [opens_at, closes_at); a missing date is no bound."""
    opens, closes = as_utc(assignment.opens_at), as_utc(assignment.closes_at)
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
    deadline = as_utc(attempt.deadline_at)
    if deadline is None:
        return None
    return max(0, int((deadline - (now or now_utc())).total_seconds()))


def deadline_for(
    question_set: QuestionSet, started_at: datetime, extra: int = 0
) -> datetime | None:
    if not question_set.time_limit_minutes:
        return None
    return as_utc(started_at) + timedelta(minutes=question_set.time_limit_minutes + max(0, extra))


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


def is_overdue(attempt: Attempt, now: datetime | None = None) -> bool:
    deadline = as_utc(attempt.deadline_at)
    return deadline is not None and (now or now_utc()) > deadline


def expire_if_due(session: Session, attempt: Attempt, now: datetime | None = None) -> bool:
    """Submit an unfinished attempt whose deadline has passed; True when it was due."""
    if attempt.submitted_at is None and is_overdue(attempt, now):
        submit(session, attempt, at=as_utc(attempt.deadline_at))
        return True
    return False


def question_type(name: str) -> qbase.QuestionType:
    """The registered type, or plain multiple choice for a name the registry lacks."""
    return registry.type_for(name)


def render(question: Question | PageQuestion) -> dict[str, Any]:
    """What the learner's browser may see of an unanswered question: never the key."""
    data = question_type(question.type).render(question_to_core(question))
    return {k: v for k, v in data.items() if k not in _KEY_FIELDS}


_KEY_FIELDS = {"answer", "explanation", "evidence", "evidence_spans", "claims", "data"}


def parse_response(question: Question | PageQuestion, form: Mapping[str, Any]) -> Any:
    """The learner's response, or None when they gave none (the type reads and checks it)."""
    kind = question_type(question.type)
    return kind.clean_response(kind.parse_response(form), list(question.choices or []))


def grade(question: Question | PageQuestion, response: Any) -> qbase.Mark:
    return question_type(question.type).grade(question_to_core(question), response)


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
