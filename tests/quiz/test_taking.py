"""A learner takes a quiz through the pages: join, answer, change, submit, feedback."""

from __future__ import annotations

import re
import threading

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Answer, Attempt, Role
from tests.factories.app import add_user, log_in
from tests.factories.bridge import (
    EXPLANATIONS,
    RIGHT_FORMS,
    S_UNSAFE,
    answer_everything,
    join_and_start,
    positions,
    published_set,
)


def _count(app: Flask, model: type, **where: int) -> int:
    with app.app_context():
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return db.session.scalar(query)


def _attempt(app: Flask, attempt_id: int) -> Attempt:
    with app.app_context():
        return db.session.get(Attempt, attempt_id)


def test_join_by_code_lists_the_set_and_its_settings(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app, time_limit_minutes=15, attempts_allowed=2)
    response = learner_client.post("/join", data={"code": " bridge1 "})
    assert response.location.endswith(f"/learn/sets/{built.set_id}")
    page = learner_client.get(response.location).get_data(as_text=True)
    assert "Time limit: 15 minutes" in page and "Attempts allowed: 2" in page
    assert "Start the quiz" in page
    assert "The bridge (BRIDGE1)" in learner_client.get("/learn/").get_data(as_text=True)


def test_the_article_is_in_view_cleaned_with_outlet_date_and_link(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    page = learner_client.get(f"/learn/attempts/{attempt_id}/1").get_data(as_text=True)
    assert "Riverside Gazette" in page and "2026-01-20" in page
    assert 'href="https://gazette.example/bridge"' in page
    assert S_UNSAFE in page
    assert "Home | News" not in page and "Photo: the old bridge" not in page  # boilerplate


def test_a_whole_quiz_gives_score_skills_discernment_and_highlighted_evidence(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    answer_everything(learner_client, app, attempt_id)
    response = learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    assert response.location.endswith(f"/learn/attempts/{attempt_id}/results")
    page = learner_client.get(response.location).get_data(as_text=True)
    assert "Score: 100%" in page
    assert re.search(r"Attribution</th>\s*<td>2</td><td>2</td>", page)
    assert re.search(r"Sourcing</th>\s*<td>1</td><td>1</td>", page)
    assert 'Discernment: <span class="value">+1.00' in page
    assert "Bias:" in page and "neither" in page
    for explanation in EXPLANATIONS:
        assert explanation in page
    assert re.search(
        r'<mark class="evidence"><span class="evidence-tag">Evidence</span> ' + re.escape(S_UNSAFE),
        page,
    )


def test_not_measurable_discernment_is_said_so_never_zero(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"})
    learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    page = learner_client.get(f"/learn/attempts/{attempt_id}/results").get_data(as_text=True)
    assert 'Discernment: <span class="value">not measurable' in page
    assert "Not measurable for this attempt" in page
    assert _attempt(app, attempt_id).discernment is None


def test_answers_can_be_changed_until_submitting(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    url = f"/learn/attempts/{attempt_id}/1"
    learner_client.post(url, data={"answer": "0"})
    page = learner_client.get(url).get_data(as_text=True)
    assert re.search(r'value="0" checked', page)
    learner_client.post(url, data={"answer": "1", "go": "prev"})
    assert re.search(r'value="1" checked', learner_client.get(url).get_data(as_text=True))
    assert _count(app, Answer, attempt_id=attempt_id) == 1


def test_sort_labels_are_kept_when_coming_back(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    url = f"/learn/attempts/{attempt_id}/4"
    learner_client.post(url, data={"s0": "disputed", "s1": "", "s2": "", "s3": "", "s4": ""})
    page = learner_client.get(url).get_data(as_text=True)
    first = page[page.index('name="s0"') : page.index('name="s1"')]
    assert '<option value="disputed" selected>' in first
    assert " selected" not in page[page.index('name="s1"') :].split("</select>")[0]


def test_resume_after_the_browser_is_closed(
    app: Flask, learner_id: int, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"})
    fresh = app.test_client()  # a new browser: no cookies
    log_in(fresh, "pupil")
    home = fresh.get("/learn/").get_data(as_text=True)
    assert f'href="/learn/attempts/{attempt_id}"' in home and "Resume" in home
    assert fresh.get(f"/learn/attempts/{attempt_id}").location.endswith(f"/{attempt_id}/2")
    again = fresh.post(f"/learn/sets/{built.set_id}/start")
    assert again.location.endswith(f"/learn/attempts/{attempt_id}")
    assert _count(app, Attempt) == 1


def test_a_double_posted_answer_is_counted_once(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    for _ in range(2):
        learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"})
    assert _count(app, Answer, attempt_id=attempt_id) == 1


def test_a_submitted_attempt_posted_twice_is_graded_once(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    answer_everything(learner_client, app, attempt_id)
    first = learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    before = _attempt(app, attempt_id)
    second = learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    after = _attempt(app, attempt_id)
    assert first.location == second.location
    assert (after.submitted_at, after.score) == (before.submitted_at, before.score)
    assert _count(app, Attempt) == 1


def test_concurrent_posts_of_one_answer_leave_one_row(app: Flask, learner_id: int) -> None:
    built = published_set(app)
    clients = []
    for _ in range(4):
        c = app.test_client()
        log_in(c, "pupil")
        clients.append(c)
    attempt_id = join_and_start(clients[0], built)
    statuses: list[int] = []
    barrier = threading.Barrier(len(clients))

    def post(c: FlaskClient) -> None:
        barrier.wait()
        for _ in range(3):
            statuses.append(
                c.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"}).status_code
            )

    threads = [threading.Thread(target=post, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(statuses) == {302}
    assert _count(app, Answer, attempt_id=attempt_id) == 1


def test_concurrent_submits_grade_once(app: Flask, learner_id: int) -> None:
    built = published_set(app)
    clients = []
    for _ in range(3):
        c = app.test_client()
        log_in(c, "pupil")
        clients.append(c)
    attempt_id = join_and_start(clients[0], built)
    answer_everything(clients[0], app, attempt_id)
    barrier = threading.Barrier(len(clients))
    statuses: list[int] = []

    def post(c: FlaskClient) -> None:
        barrier.wait()
        statuses.append(c.post(f"/learn/attempts/{attempt_id}/submit").status_code)

    threads = [threading.Thread(target=post, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [302, 302, 302]
    assert _attempt(app, attempt_id).score == 1.0


def test_another_learners_attempt_is_not_found(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    add_user(app, "other", Role.LEARNER)
    other = app.test_client()
    log_in(other, "other")
    for url in ("", "/1", "/review", "/results"):
        assert other.get(f"/learn/attempts/{attempt_id}{url}").status_code == 404
    assert other.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"}).status_code == 404
    assert other.post(f"/learn/attempts/{attempt_id}/submit").status_code == 404
    assert other.get(f"/learn/sets/{built.set_id}").status_code == 404
    assert other.post(f"/learn/sets/{built.set_id}/start").status_code == 404


def test_results_before_submitting_go_to_the_review(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    response = learner_client.get(f"/learn/attempts/{attempt_id}/results")
    assert response.location.endswith(f"/learn/attempts/{attempt_id}/review")
    review = learner_client.get(response.location).get_data(as_text=True)
    assert "5 questions are not answered" in review


def test_an_answer_after_submitting_is_refused(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    response = learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"})
    assert response.location.endswith("/results")
    assert _count(app, Answer, attempt_id=attempt_id) == 0


def test_history_shows_scores_over_time_and_the_counting_attempt(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app, attempts_allowed=0, grading="last")
    for forms in (RIGHT_FORMS, [{"answer": "0"}] * 3 + [{"s0": "attributed"}, {"answer": "0"}]):
        attempt_id = join_and_start(learner_client, built)
        answer_everything(learner_client, app, attempt_id, forms)
        learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    page = learner_client.get("/learn/history").get_data(as_text=True)
    assert page.count("Attempt ") >= 2 and "100%" in page and "0%" in page
    assert "<svg" in page and "Your scores over time, from 100% to 0%" in page
    rows = page.split("<tr>")[1:]
    assert "Yes" in rows[-1] and "Yes" not in rows[-2]  # grading "last"


def test_every_question_control_is_labelled(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    for n in range(1, len(positions(app, attempt_id)) + 1):
        page = learner_client.get(f"/learn/attempts/{attempt_id}/{n}").get_data(as_text=True)
        ids = re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', page)
        assert ids, n
        for control in ids:
            assert f'for="{control}"' in page, (n, control)
        assert "<legend" in page or n == 0


def test_background_autosave_saves_and_returns_no_page(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    headers = {"X-Requested-With": "fetch"}
    url = f"/learn/attempts/{attempt_id}/1"
    saved = learner_client.post(url, data={"answer": "1", "go": "stay"}, headers=headers)
    assert saved.status_code == 204 and saved.data == b""
    empty = learner_client.post(url, data={"go": "stay"}, headers=headers)
    assert empty.status_code == 409 and empty.data == b""
    assert _count(app, Answer, attempt_id=attempt_id) == 1


def test_background_autosave_never_locks_in_feedback_after_each_mode(
    app: Flask, learner_client: FlaskClient
) -> None:
    from quizapp.models import Feedback

    built = published_set(app, feedback=Feedback.AFTER_EACH)
    attempt_id = join_and_start(learner_client, built)
    response = learner_client.post(
        f"/learn/attempts/{attempt_id}/1",
        data={"answer": "1", "go": "stay"},
        headers={"X-Requested-With": "fetch"},
    )
    assert response.status_code == 409 and response.data == b""
    assert _count(app, Answer, attempt_id=attempt_id) == 0


def test_an_answer_post_survives_one_dropped_database_connection(
    app: Flask, learner_client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pool_pre_ping checks a connection before use, not one that dies mid-request."""
    from sqlalchemy.exc import OperationalError

    from quizapp.services import attempts

    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    upsert, drops = attempts._upsert_answer, []

    def dropped_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not drops:
            drops.append(1)
            lost = Exception("server closed the connection unexpectedly")
            raise OperationalError("INSERT", {}, lost, connection_invalidated=True)
        return upsert(*args, **kwargs)

    monkeypatch.setattr(attempts, "_upsert_answer", dropped_once)
    response = learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"})
    assert response.status_code == 302 and drops == [1]
    assert _count(app, Answer, attempt_id=attempt_id) == 1
