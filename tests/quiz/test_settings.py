"""The instructor's settings, honoured: order, attempts, time limit, feedback, grading."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.models import Answer, Attempt, Feedback, Role, SetAccess, as_utc
from quizapp.services import attempt_history
from tests.factories.app import add_user, log_in
from tests.factories.bridge import (
    RIGHT_FORMS,
    answer_everything,
    join_and_start,
    positions,
    published_set,
)


def _attempt(app: Flask, attempt_id: int) -> Attempt:
    with app.app_context():
        return db.session.get(Attempt, attempt_id)


def test_fixed_order_is_the_sets_order(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app, shuffle=False)
    attempt_id = join_and_start(learner_client, built)
    assert positions(app, attempt_id) == [0, 1, 2, 3, 4]


def test_shuffled_order_differs_between_learners(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app, shuffle=True)
    orders = {tuple(positions(app, join_and_start(learner_client, built)))}
    for i in range(8):
        add_user(app, f"learner{i}", Role.LEARNER)
        c = app.test_client()
        log_in(c, f"learner{i}")
        orders.add(tuple(positions(app, join_and_start(c, built))))
    assert all(sorted(o) == [0, 1, 2, 3, 4] for o in orders)
    assert len(orders) > 1  # 9 learners, 120 orders: all equal has odds 1 in 120**8


def test_no_more_attempts_than_allowed(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app, attempts_allowed=1)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    refused = learner_client.post(f"/learn/sets/{built.set_id}/start")
    assert refused.location.endswith(f"/learn/sets/{built.set_id}")
    page = learner_client.get(refused.location).get_data(as_text=True)
    assert "used all the attempts" in page
    with app.app_context():
        assert db.session.query(Attempt).count() == 1


def test_time_limit_refuses_late_answers_and_submits(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app, time_limit_minutes=5)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"})
    page = learner_client.get(f"/learn/attempts/{attempt_id}/2").get_data(as_text=True)
    assert 'class="timer"' in page and 'Time left: <strong class="timer-value">4 min' in page
    with app.app_context():  # five minutes and a second later
        attempt = db.session.get(Attempt, attempt_id)
        attempt.started_at -= timedelta(minutes=6)
        attempt.deadline_at = as_utc(attempt.deadline_at) - timedelta(minutes=6)
        db.session.commit()
    late = learner_client.post(f"/learn/attempts/{attempt_id}/2", data={"answer": "1"})
    assert late.location.endswith(f"/learn/attempts/{attempt_id}/results")
    result = _attempt(app, attempt_id)
    assert result.submitted_at is not None
    assert as_utc(result.submitted_at) == as_utc(result.deadline_at)
    assert result.score == 0.2  # only the answer saved in time counts
    with app.app_context():
        assert db.session.query(Answer).count() == 1
    page = learner_client.get(late.location).get_data(as_text=True)
    assert "time ran out" in page


def test_an_overdue_attempt_is_submitted_on_any_next_request(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app, time_limit_minutes=5)
    attempt_id = join_and_start(learner_client, built)
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        attempt.deadline_at = as_utc(attempt.started_at) - timedelta(seconds=1)
        db.session.commit()
    learner_client.get("/learn/")
    assert _attempt(app, attempt_id).submitted_at is not None


def test_extra_minutes_lengthen_one_learners_limit(
    app: Flask, learner_client: FlaskClient, learner_id: int
) -> None:
    built = published_set(app, time_limit_minutes=10)
    learner_client.post("/join", data={"code": built.code})
    with app.app_context():
        db.session.get(SetAccess, (built.set_id, learner_id)).extra_minutes = 15
        db.session.commit()
    page = learner_client.get(f"/learn/sets/{built.set_id}").get_data(as_text=True)
    assert "Time limit: 25 minutes (including 15 extra minutes for you)" in page
    attempt_id = join_and_start(learner_client, built)
    attempt = _attempt(app, attempt_id)
    delta = as_utc(attempt.deadline_at) - as_utc(attempt.started_at)
    assert delta == timedelta(minutes=25)


def test_feedback_after_each_locks_the_answer(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app, feedback=Feedback.AFTER_EACH)
    attempt_id = join_and_start(learner_client, built)
    order = positions(app, attempt_id)
    url = f"/learn/attempts/{attempt_id}/1"
    wrong = {"answer": "0"} if order[0] != 3 else {"s0": "attributed"}
    learner_client.post(url, data={**wrong, "go": "check"})
    page = learner_client.get(url).get_data(as_text=True)
    assert "Your answer is final" in page and "<mark" in page
    assert 'type="radio"' not in page and "<select" not in page
    again = learner_client.post(url, data={**RIGHT_FORMS[order[0]], "go": "check"})
    assert again.location.endswith(f"{url}#question")
    with app.app_context():
        answer = db.session.query(Answer).one()
        assert answer.locked and not answer.correct


def test_feedback_after_submit_shows_nothing_until_then(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app, feedback=Feedback.AFTER_SUBMIT)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "0", "go": "next"})
    page = learner_client.get(f"/learn/attempts/{attempt_id}/1").get_data(as_text=True)
    assert "Your answer is final" not in page and 'type="radio"' in page


def _three_attempts(app: Flask, client: FlaskClient, grading: str) -> list[int]:
    built = published_set(app, code=f"G{grading.upper()}", attempts_allowed=3, grading=grading)
    ids = []
    for forms in (
        [{"answer": "0"}] * 3 + [{"s0": "attributed"}, {"answer": "1"}],  # 1 of 5
        RIGHT_FORMS,  # 5 of 5
        [{"answer": "1"}] * 3 + [{"s0": "attributed"}, {"answer": "0"}],  # 3 of 5
    ):
        attempt_id = join_and_start(client, built)
        answer_everything(client, app, attempt_id, forms)
        client.post(f"/learn/attempts/{attempt_id}/submit")
        ids.append(attempt_id)
    return ids


def test_best_last_or_first_attempt_counts(app: Flask, learner_client: FlaskClient) -> None:
    for grading, index in (("best", 1), ("last", 2), ("first", 0)):
        ids = _three_attempts(app, learner_client, grading)
        with app.app_context():
            tries = [db.session.get(Attempt, i) for i in ids]
            counted = attempt_history.counting_attempt(tries, grading)
        assert counted.id == ids[index], grading
