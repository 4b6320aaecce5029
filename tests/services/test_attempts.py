"""Attempts as plain functions over a session: start, answer, submit, time, counting."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quizapp.models import (
    Answer,
    Assignment,
    Attempt,
    ClassMember,
    Classroom,
    Feedback,
    Grading,
    Question,
    QuestionSet,
    SetAccess,
    User,
    as_utc,
)
from quizapp.services import attempt_history, attempts, question_pages
from tests.factories.bridge import EXPLANATIONS, RIGHT_FORMS, make_set

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def setup(session: Session, learner_id: int, join: bool = True, **settings):  # type: ignore[no-untyped-def]
    built = make_set(session, **settings)
    user = session.get(User, learner_id)
    if join:
        session.add(SetAccess(set_id=built.set_id, user_id=learner_id))
        session.commit()
    return built, user, session.get(QuestionSet, built.set_id)


def answer_all(session: Session, attempt: Attempt, forms=RIGHT_FORMS) -> None:  # type: ignore[no-untyped-def]
    for question, form in zip(
        attempts.questions_of(session, attempt),
        _forms_by_position(session, attempt, forms),
        strict=True,
    ):
        attempts.record_answer(
            session, attempt, question, attempts.parse_response(question, form), T0
        )
    session.commit()


def _forms_by_position(session: Session, attempt: Attempt, forms):  # type: ignore[no-untyped-def]
    return [forms[q.position] for q in attempts.questions_of(session, attempt)]


def answer_count(session: Session, attempt: Attempt) -> int:
    return session.scalar(select(func.count()).where(Answer.attempt_id == attempt.id))


def test_start_keeps_the_set_order_and_resumes_the_same_attempt(
    session: Session, learner_id: int
) -> None:
    built, user, qset = setup(session, learner_id)
    first = attempts.start_attempt(session, user, qset, T0)
    session.commit()
    assert first.question_ids == built.question_ids
    again = attempts.start_attempt(session, user, qset, T0 + timedelta(hours=5))
    assert again.id == first.id
    assert session.scalar(select(func.count()).select_from(Attempt)) == 1


def test_shuffle_orders_questions_per_learner(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id, shuffle=True)
    attempt = attempts.start_attempt(session, user, qset, T0, rng=random.Random(3))
    expected = list(built.question_ids)
    random.Random(3).shuffle(expected)
    assert attempt.question_ids == expected != built.question_ids


def test_retired_questions_are_not_asked(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id)
    session.get(Question, built.question_ids[0]).retired = True
    session.commit()
    attempt = attempts.start_attempt(session, user, qset, T0)
    assert attempt.question_ids == built.question_ids[1:]


def test_a_learner_without_access_cannot_start(session: Session, learner_id: int) -> None:
    _, user, qset = setup(session, learner_id, join=False)
    with pytest.raises(attempts.NoAccess):
        attempts.start_attempt(session, user, qset, T0)


def test_a_draft_set_cannot_be_started_even_when_joined(session: Session, learner_id: int) -> None:
    _, user, qset = setup(session, learner_id, published=False)
    with pytest.raises(attempts.NoAccess):
        attempts.start_attempt(session, user, qset, T0)


def test_an_assignment_gives_access_only_inside_its_window(
    session: Session, learner_id: int, instructor_id: int
) -> None:
    built, user, qset = setup(session, learner_id, join=False)
    room = Classroom(name="7B", owner_id=instructor_id)
    session.add(room)
    session.flush()
    session.add(ClassMember(class_id=room.id, user_id=learner_id))
    session.add(
        Assignment(
            set_id=built.set_id, class_id=room.id, opens_at=T0, closes_at=T0 + timedelta(days=1)
        )
    )
    session.commit()
    assert not attempts.has_access(session, user, qset, T0 - timedelta(minutes=1))
    assert attempts.has_access(session, user, qset, T0 + timedelta(hours=1))
    assert not attempts.has_access(session, user, qset, T0 + timedelta(days=2))


def test_attempts_allowed_is_honoured(session: Session, learner_id: int) -> None:
    _, user, qset = setup(session, learner_id, attempts_allowed=2)
    for number in (1, 2):
        attempt = attempts.start_attempt(session, user, qset, T0)
        assert attempt.number == number
        assert attempts.submit(session, attempt, T0)
        session.commit()
    with pytest.raises(attempts.NoAttemptsLeft):
        attempts.start_attempt(session, user, qset, T0)


def test_no_limit_on_attempts_when_zero(session: Session, learner_id: int) -> None:
    _, user, qset = setup(session, learner_id, attempts_allowed=0)
    for _ in range(4):
        attempts.submit(session, attempts.start_attempt(session, user, qset, T0), T0)
        session.commit()
    assert len(attempts.attempts_of(session, user, qset)) == 4


def test_an_answer_is_graded_when_recorded(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    question = session.get(Question, built.question_ids[1])  # true/false, key False
    answer = attempts.record_answer(session, attempt, question, 0, T0)
    assert (answer.correct, answer.score) == (False, 0.0)
    assert answer.judgements == [{"truly_verified": False, "said_verified": True}]


def test_a_double_posted_answer_is_one_row_with_the_last_response(
    session: Session, learner_id: int
) -> None:
    built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    question = session.get(Question, built.question_ids[0])
    attempts.record_answer(session, attempt, question, 1, T0)
    attempts.record_answer(session, attempt, question, 1, T0)
    changed = attempts.record_answer(session, attempt, question, 2, T0)
    session.commit()
    assert answer_count(session, attempt) == 1
    assert (changed.response, changed.correct) == (2, False)


def test_the_database_refuses_a_second_answer_row(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    row = {"attempt_id": attempt.id, "question_id": built.question_ids[0], "response": 1}
    session.execute(insert(Answer).values(**row))
    with pytest.raises(IntegrityError):
        session.execute(insert(Answer).values(**row))
    session.rollback()


def test_feedback_after_each_locks_the_answer(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id, feedback=Feedback.AFTER_EACH)
    attempt = attempts.start_attempt(session, user, qset, T0)
    question = session.get(Question, built.question_ids[0])
    first = attempts.record_answer(session, attempt, question, 0, T0)
    assert first.locked
    with pytest.raises(attempts.AnswerLocked):
        attempts.record_answer(session, attempt, question, 1, T0)
    session.commit()
    kept = session.scalar(select(Answer).where(Answer.attempt_id == attempt.id))
    assert (kept.response, kept.correct, answer_count(session, attempt)) == (0, False, 1)


def test_a_question_outside_the_attempt_is_refused(session: Session, learner_id: int) -> None:
    _, user, qset = setup(session, learner_id)
    other = make_set(session, code="OTHER1")
    attempt = attempts.start_attempt(session, user, qset, T0)
    with pytest.raises(attempts.NotInAttempt):
        attempts.record_answer(
            session, attempt, session.get(Question, other.question_ids[0]), 1, T0
        )


def test_all_right_scores_one_with_full_discernment(session: Session, learner_id: int) -> None:
    _, user, qset = setup(session, learner_id, shuffle=True)
    attempt = attempts.start_attempt(session, user, qset, T0)
    answer_all(session, attempt)
    assert attempts.submit(session, attempt, T0)
    session.commit()
    assert attempt.score == 1.0
    assert attempt.skill_scores == {
        "attribution": [2, 2],
        "verification": [3, 3],
        "sourcing": [1, 1],
    }
    assert attempt.discernment == 1.0
    assert attempt.bias == pytest.approx(0.0, abs=0.3)


def test_calling_everything_verified_gives_discernment_zero(
    session: Session, learner_id: int
) -> None:
    _, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    believer = [
        {"answer": "1"},
        {"answer": "0"},  # "the article confirms": True
        {"answer": "1"},  # corroborated
        {f"s{i}": "corroborated" for i in range(5)},
        {"answer": "1"},
    ]
    answer_all(session, attempt, believer)
    attempts.submit(session, attempt, T0)
    assert attempt.discernment == 0
    assert attempt.bias < 0  # quick to call things verified


def test_a_blank_label_is_not_a_judgement(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id)
    sort = session.get(Question, built.question_ids[3])
    response = attempts.parse_response(sort, {"s0": "corroborated", "s1": "", "s2": "x"})
    assert response == ["corroborated", None, None]
    assert attempts.parse_response(sort, {"s0": "", "s1": ""}) is None
    attempt = attempts.start_attempt(session, user, qset, T0)
    answer = attempts.record_answer(session, attempt, sort, response, T0)
    assert answer.judgements == [{"truly_verified": True, "said_verified": True}]


def test_an_unanswered_question_counts_as_asked(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    attempts.record_answer(session, attempt, session.get(Question, built.question_ids[0]), 1, T0)
    attempts.submit(session, attempt, T0)
    assert attempt.score == pytest.approx(1 / 5)
    assert attempt.discernment is None  # nothing judged: not measurable, not 0


def test_submitting_twice_grades_once(session: Session, learner_id: int) -> None:
    _, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    answer_all(session, attempt)
    assert attempts.submit(session, attempt, T0) is True
    session.commit()
    assert attempts.submit(session, attempt, T0 + timedelta(minutes=3)) is False
    assert as_utc(attempt.submitted_at) == T0


def test_two_sessions_racing_to_submit_grade_once(app, learner_id: int) -> None:  # type: ignore[no-untyped-def]
    from quizapp.extensions import db

    with app.app_context():
        built, user, qset = setup(db.session, learner_id)
        attempt_id = attempts.start_attempt(db.session, user, qset, T0).id
        db.session.commit()
        engine = db.engine
    with Session(engine) as one, Session(engine) as two:
        a1, a2 = one.get(Attempt, attempt_id), two.get(Attempt, attempt_id)
        assert a1.submitted_at is None and a2.submitted_at is None
        won_one = attempts.submit(one, a1, T0)
        one.commit()
        won_two = attempts.submit(two, a2, T0 + timedelta(seconds=1))
        two.commit()
    assert (won_one, won_two) == (True, False)


def test_after_submit_no_answer_is_taken(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    attempts.submit(session, attempt, T0)
    with pytest.raises(attempts.AttemptClosed):
        attempts.record_answer(
            session, attempt, session.get(Question, built.question_ids[0]), 1, T0
        )


def test_time_limit_with_extra_minutes_sets_the_deadline(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id, time_limit_minutes=10)
    session.get(SetAccess, (built.set_id, learner_id)).extra_minutes = 5
    attempt = attempts.start_attempt(session, user, qset, T0)
    assert as_utc(attempt.deadline_at) == T0 + timedelta(minutes=15)
    assert attempts.remaining_seconds(attempt, T0 + timedelta(minutes=14)) == 60


def test_an_answer_after_the_deadline_is_refused_and_the_attempt_submitted(
    session: Session, learner_id: int
) -> None:
    built, user, qset = setup(session, learner_id, time_limit_minutes=10)
    attempt = attempts.start_attempt(session, user, qset, T0)
    first = session.get(Question, built.question_ids[0])
    attempts.record_answer(session, attempt, first, 1, T0 + timedelta(minutes=9))
    session.commit()
    late = session.get(Question, built.question_ids[4])
    with pytest.raises(attempts.TimeUp):
        attempts.record_answer(session, attempt, late, 1, T0 + timedelta(minutes=11))
    session.commit()
    assert as_utc(attempt.submitted_at) == T0 + timedelta(minutes=10)
    assert attempt.score == pytest.approx(1 / 5)
    assert answer_count(session, attempt) == 1


def test_resuming_after_the_deadline_submits_and_starts_afresh(
    session: Session, learner_id: int
) -> None:
    _, user, qset = setup(session, learner_id, time_limit_minutes=10, attempts_allowed=2)
    old = attempts.start_attempt(session, user, qset, T0)
    session.commit()
    new = attempts.start_attempt(session, user, qset, T0 + timedelta(hours=1))
    assert new.id != old.id and new.number == 2
    session.refresh(old)
    assert old.submitted_at is not None


def test_extra_time_extends_a_running_attempt(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id, time_limit_minutes=10)
    attempt = attempts.start_attempt(session, user, qset, T0)
    attempts.set_extra_minutes(session, qset, learner_id, 20)
    session.commit()
    assert as_utc(attempt.deadline_at) == T0 + timedelta(minutes=30)
    question = session.get(Question, built.question_ids[0])
    attempts.record_answer(session, attempt, question, 1, T0 + timedelta(minutes=25))


def _attempt(number: int, score: float | None, done: bool = True) -> SimpleNamespace:
    return SimpleNamespace(number=number, score=score, submitted_at=T0 if done else None)


@pytest.mark.parametrize(
    ("grading", "expected"),
    [(Grading.BEST, 2), (Grading.LAST, 4), (Grading.FIRST, 1), ("best", 2)],
)
def test_counting_attempt(grading: Grading, expected: int) -> None:
    tries = [_attempt(1, 0.4), _attempt(2, 0.8), _attempt(3, 0.8), _attempt(4, 0.6)]
    tries.append(_attempt(5, None, done=False))
    assert attempt_history.counting_attempt(tries, grading).number == expected


def test_counting_attempt_ignores_unfinished_ones() -> None:
    assert attempt_history.counting_attempt([_attempt(1, None, done=False)], Grading.BEST) is None
    assert attempt_history.counting_attempt([], Grading.LAST) is None


def test_render_never_carries_a_key(session: Session, learner_id: int) -> None:
    built, _, _ = setup(session, learner_id)
    for qid in built.question_ids:
        shown = attempts.render(session.get(Question, qid))
        text = repr(shown)
        assert "answer" not in shown and "explanation" not in shown
        assert not any(e in text for e in EXPLANATIONS)
        assert "statuses" not in text and "asks" not in text


def test_one_query_loads_a_question_page(session: Session, learner_id: int) -> None:
    built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    second = session.get(Question, attempt.question_ids[1])
    attempts.record_answer(session, attempt, second, 0, T0)
    session.commit()
    # What the page must show, read before the rows leave the session: a detached row
    # may not load what it has not loaded yet (the article), whatever ran before.
    attempt_id, ids = attempt.id, list(attempt.question_ids)
    title, stem, text = qset.title, second.stem, qset.article.text
    session.expunge_all()
    page = question_pages.load_question_page(session, attempt_id, 2)
    assert page is not None
    assert (page.id, page.user_id, page.set_title) == (attempt_id, learner_id, title)
    assert page.question.id == ids[1]
    assert page.question.stem == stem
    assert page.answer is not None and page.answer.response == 0
    assert page.answered == frozenset({ids[1]})
    assert page.article is not None and page.article.text == text
    first = question_pages.load_question_page(session, attempt_id, 1)
    assert (first.question.id, first.answer) == (ids[0], None)


@pytest.mark.parametrize("n", [0, -1, 99])
def test_a_page_outside_the_attempt_has_no_question(
    session: Session, learner_id: int, n: int
) -> None:
    _built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    session.commit()
    page = question_pages.load_question_page(session, attempt.id, n)
    assert page is not None and (page.question, page.answer) == (None, None)
    target = question_pages.load_attempt_question(session, attempt.id, n)
    assert target is not None and target.question is None


def test_an_unknown_attempt_has_no_page(session: Session) -> None:
    assert question_pages.load_question_page(session, 12345, 1) is None
    assert question_pages.load_attempt_question(session, 12345, 1) is None


def test_an_answer_is_recorded_from_plain_data(session: Session, learner_id: int) -> None:
    _built, user, qset = setup(session, learner_id)
    attempt = attempts.start_attempt(session, user, qset, T0)
    session.commit()
    page = question_pages.load_attempt_question(session, attempt.id, 1)
    saved = attempts.record_answer(session, page, page.question, 1, T0)
    session.commit()
    assert (saved.question_id, saved.response) == (attempt.question_ids[0], 1)
    assert answer_count(session, attempt) == 1


def test_an_overdue_page_submits_the_attempt_instead_of_answering(
    session: Session, learner_id: int
) -> None:
    _built, user, qset = setup(session, learner_id, time_limit_minutes=10)
    attempt = attempts.start_attempt(session, user, qset, T0)
    session.commit()
    page = question_pages.load_attempt_question(session, attempt.id, 1)
    with pytest.raises(attempts.TimeUp):
        attempts.record_answer(session, page, page.question, 1, T0 + timedelta(minutes=11))
    session.commit()
    assert session.get(Attempt, attempt.id).submitted_at is not None
    assert answer_count(session, attempt) == 0


def test_an_answer_read_before_submit_is_not_saved_after_it(app, learner_id: int) -> None:  # type: ignore[no-untyped-def]
    """The answer post read the attempt open; a submit commits before its upsert runs."""
    from quizapp.extensions import db

    with app.app_context():
        _built, user, qset = setup(db.session, learner_id)
        attempt_id = attempts.start_attempt(db.session, user, qset, T0).id
        db.session.commit()
        page = question_pages.load_attempt_question(db.session, attempt_id, 1)
        db.session.commit()
        engine = db.engine
    with Session(engine) as other:
        attempts.submit(other, other.get(Attempt, attempt_id), T0)
        other.commit()
    with Session(engine) as late, pytest.raises(attempts.AttemptClosed):
        attempts.record_answer(late, page, page.question, 1, T0)
    with Session(engine) as check:
        assert check.scalar(select(func.count()).where(Answer.attempt_id == attempt_id)) == 0


def test_submit_grades_the_answers_that_stand_when_it_commits(  # type: ignore[no-untyped-def]
    app, learner_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An answer racing the submit either counts in its score or is refused: never saved
    uncounted (the stored score must equal the score of the stored answers)."""
    import threading

    from quizapp.extensions import db

    with app.app_context():
        _built, user, qset = setup(db.session, learner_id)
        attempt_id = attempts.start_attempt(db.session, user, qset, T0).id
        db.session.commit()
        page = question_pages.load_attempt_question(db.session, attempt_id, 1)
        right = attempts.parse_response(
            page.question,
            _forms_by_position(db.session, db.session.get(Attempt, attempt_id), RIGHT_FORMS)[0],
        )
        db.session.commit()
        engine = db.engine
    outcome: list[object] = []

    def answer() -> None:
        with Session(engine) as racer:
            try:
                outcome.append(attempts.record_answer(racer, page, page.question, right, T0))
                racer.commit()
            except attempts.AttemptClosed as closed:
                outcome.append(closed)

    grade = attempts.score_attempt

    def grade_then_race(session: Session, attempt: Attempt):  # type: ignore[no-untyped-def]
        result = grade(session, attempt)
        racer = threading.Thread(target=answer)
        racer.start()
        racer.join(timeout=2)  # done, or waiting for the submit to commit
        return result

    monkeypatch.setattr(attempts, "score_attempt", grade_then_race)
    with Session(engine) as submitter:
        assert attempts.submit(submitter, submitter.get(Attempt, attempt_id), T0)
        submitter.commit()
    monkeypatch.setattr(attempts, "score_attempt", grade)
    deadline = datetime.now(UTC) + timedelta(seconds=60)
    while not outcome and datetime.now(UTC) < deadline:
        threading.Event().wait(0.05)
    with Session(engine) as check:
        stored = check.get(Attempt, attempt_id)
        assert outcome, "the racing answer never finished"
        assert stored.score == attempts.score_attempt(check, stored).total
