"""The results pages and CSV downloads as an instructor sees them."""

from __future__ import annotations

import csv
import io
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event

from quizapp.extensions import db
from quizapp.models import Grading, Role
from tests.factories.app import add_user, log_in
from tests.factories.results import (
    hand_worked_set,
    make_attempt,
    make_set,
    make_user,
    many_attempts,
)


def _build(app: Flask, build, *args):  # type: ignore[no-untyped-def]
    with app.app_context():
        return build(db.session, *args).id


@pytest.fixture
def hand_set(app: Flask, instructor_id: int) -> int:
    return _build(app, hand_worked_set, instructor_id)


def _csv(response) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    return list(csv.DictReader(io.StringIO(response.get_data().decode("utf-8-sig"))))


def test_results_page_shows_the_figures_with_their_n(instructor_client, hand_set) -> None:
    html = instructor_client.get(f"/teach/sets/{hand_set}/results").get_data(as_text=True)
    assert "Results: Who said it?" in html
    assert "65%" in html  # mean score of the hand-worked example
    assert "0.29" in html and "0.43" in html  # discrimination of Q1 and Q3
    assert "not yet meaningful" in html  # five answers each


def test_a_question_everyone_got_right_is_flagged_very_easy(instructor_client, hand_set) -> None:
    html = instructor_client.get(f"/teach/sets/{hand_set}/results").get_data(as_text=True)
    row = re.search(r"<th scope=\"row\">Q4</th>(.*?)</tr>", html, re.S).group(1)
    assert "very easy" in row


def test_charts_are_inline_svg_with_title_desc_and_a_table_beside(
    instructor_client, hand_set
) -> None:
    html = instructor_client.get(f"/teach/sets/{hand_set}/results").get_data(as_text=True)
    # Score histogram, facility, discrimination, and one per question for its options.
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 3 + 4
    assert '<title id="score-histogram-title">' in html
    assert '<desc id="discrimination-chart-desc">' in html
    assert 'id="distribution-table"' in html and 'id="items-table"' in html
    # The charts need no script: the page's only one is the static local-time.js.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/local-time.js" defer>']
    assert "https://" not in html


def test_a_negative_discrimination_is_flagged_on_the_page(app, instructor_client) -> None:
    def build(session, owner_id):  # type: ignore[no-untyped-def]
        qs = make_set(session, owner_id, n_questions=3)
        # Q3 right only for the weak learners: its discrimination is negative.
        for i, scores in enumerate([(1, 1, 0), (1, 1, 0), (0, 0, 1), (1, 0, 1), (0, 0, 1)]):
            make_attempt(session, qs, make_user(session, f"n{i}"), scores)
        session.commit()
        return qs

    set_id = _build(app, build, _teacher_id(app))
    html = instructor_client.get(f"/teach/sets/{set_id}/results").get_data(as_text=True)
    row = re.search(r"<th scope=\"row\">Q3</th>(.*?)</tr>", html, re.S).group(1)
    assert "negative: check the key" in row


def _teacher_id(app: Flask) -> int:
    from sqlalchemy import select

    from quizapp.models import User

    with app.app_context():
        return db.session.scalar(select(User.id).where(User.username == "teacher"))


def test_learner_page_lists_attempts_with_per_skill_scores(app, instructor_client) -> None:
    def build(session, owner_id):  # type: ignore[no-untyped-def]
        qs = make_set(session, owner_id, grading=Grading.LAST)
        pupil = make_user(session, "kim", display_name="Kim Learner")
        make_attempt(session, qs, pupil, [1, 1, 1, 1], number=1)
        make_attempt(session, qs, pupil, [1, 0, 0, 0], number=2)
        session.commit()
        return qs.id, pupil.id

    with app.app_context():
        set_id, user_id = build(db.session, _teacher_id(app))
    response = instructor_client.get(f"/teach/sets/{set_id}/results/learners/{user_id}")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Kim Learner" in html
    table = re.search(r'<table id="attempts-table">(.*?)</table>', html, re.S).group(1)
    assert [h for h in ("attribution", "verification", "sourcing") if h in table] == [
        "attribution",
        "verification",
        "sourcing",
    ]
    assert '50% <span class="muted">(1/2)</span>' in table  # attribution in attempt 2
    assert table.count("<strong>yes</strong>") == 1
    assert "<td>the police</td>" in html  # a wrong answer, as the learner saw it


def test_scores_csv_downloads_one_row_per_submitted_attempt(instructor_client, hand_set) -> None:
    response = instructor_client.get(f"/teach/sets/{hand_set}/scores.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = _csv(response)
    assert [r["learner"] for r in rows] == ["ann", "bob", "cat", "dan", "eve"]
    assert rows[1]["score"] == "0.875"
    assert rows[0]["started"].endswith("Z")
    assert rows[4]["discernment"] == ""


def test_scores_csv_is_streamed(instructor_client, hand_set) -> None:
    response = instructor_client.get(f"/teach/sets/{hand_set}/scores.csv", buffered=False)
    assert response.is_streamed
    response.close()


def test_answers_csv_has_the_answer_given_and_whether_it_was_right(
    instructor_client, hand_set
) -> None:
    rows = _csv(instructor_client.get(f"/teach/sets/{hand_set}/answers.csv"))
    assert len(rows) == 20
    first = rows[0]
    assert (first["learner"], first["question_number"], first["answer"], first["correct"]) == (
        "ann",
        "1",
        "the mayor",
        "1",
    )
    assert {r["score"] for r in rows} == {"0", "0.5", "1"}


def test_a_name_that_looks_like_a_formula_is_neutralised_in_the_download(
    app, instructor_client
) -> None:
    def build(session, owner_id):  # type: ignore[no-untyped-def]
        qs = make_set(session, owner_id, title='=HYPERLINK("x")')
        make_attempt(
            session,
            qs,
            make_user(session, "mal", display_name="@SUM(A1)"),
            [1, 0, 0, 0],
            discernment=-0.5,
        )
        session.commit()
        return qs

    set_id = _build(app, build, _teacher_id(app))
    row = _csv(instructor_client.get(f"/teach/sets/{set_id}/scores.csv"))[0]
    assert row["name"] == "'@SUM(A1)"
    assert row["set"] == '\'=HYPERLINK("x")'
    assert row["discernment"] == "-0.5"


@pytest.fixture
def other_teacher(app: Flask) -> FlaskClient:
    add_user(app, "other", Role.INSTRUCTOR, is_admin=False)
    client = app.test_client()
    assert log_in(client, "other").status_code == 302
    return client


@pytest.mark.parametrize(
    "path",
    ["/results", "/results/learners/{user}", "/scores.csv", "/answers.csv"],
)
def test_another_instructor_gets_404_on_every_results_route(
    app, other_teacher, hand_set, path
) -> None:
    from sqlalchemy import select

    from quizapp.models import User

    with app.app_context():
        user = db.session.scalar(select(User.id).where(User.username == "ann"))
    url = f"/teach/sets/{hand_set}" + path.format(user=user)
    assert other_teacher.get(url).status_code == 404


def test_the_owner_gets_404_for_a_learner_who_never_tried_the_set(
    app, instructor_client, hand_set
) -> None:
    def build(session, owner_id):  # type: ignore[no-untyped-def]
        other = make_set(session, owner_id, title="Other")
        pupil = make_user(session, "elsewhere")
        make_attempt(session, other, pupil, [1, 1, 1, 1])
        session.commit()
        return pupil

    pupil_id = _build(app, build, _teacher_id(app))
    url = f"/teach/sets/{hand_set}/results/learners/{pupil_id}"
    assert instructor_client.get(url).status_code == 404


def test_a_missing_set_is_404(instructor_client) -> None:
    assert instructor_client.get("/teach/sets/999999/results").status_code == 404


def test_a_learner_is_refused(learner_client, hand_set) -> None:
    assert learner_client.get(f"/teach/sets/{hand_set}/results").status_code == 403


def _count_queries(app: Flask, client: FlaskClient, url: str) -> int:
    engine = app.extensions["quizapp.engine"]
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        response = client.get(url)
        response.get_data()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert response.status_code == 200
    return len(statements)


@pytest.mark.parametrize("suffix", ["/results", "/scores.csv", "/answers.csv"])
def test_query_count_is_the_same_for_5_and_50_attempts(app, instructor_client, suffix) -> None:
    owner = _teacher_id(app)
    small = _build(app, many_attempts, owner, 5, "s")
    large = _build(app, many_attempts, owner, 50, "l")
    counts = [
        _count_queries(app, instructor_client, f"/teach/sets/{set_id}{suffix}")
        for set_id in (small, large)
    ]
    assert counts[0] == counts[1]
    assert counts[0] <= 10


def test_learners_table_is_paged(app, instructor_client) -> None:
    set_id = _build(app, many_attempts, _teacher_id(app), 60, "q")
    html = instructor_client.get(f"/teach/sets/{set_id}/results?page=2").get_data(as_text=True)
    assert "page 2 of 2" in html
    assert "q00050" in html and "q00049" not in html


def test_learner_page_query_count_does_not_grow_with_attempts(app, instructor_client) -> None:
    def build(session, owner_id, tries):  # type: ignore[no-untyped-def]
        qs = make_set(session, owner_id, title=f"Set {tries}")
        pupil = make_user(session, f"tries{tries}")
        for n in range(1, tries + 1):
            make_attempt(session, qs, pupil, [1, n % 2, 0, 1], number=n)
        session.commit()
        return qs.id, pupil.id

    owner = _teacher_id(app)
    counts = []
    for tries in (2, 8):
        with app.app_context():
            set_id, user_id = build(db.session, owner, tries)
        url = f"/teach/sets/{set_id}/results/learners/{user_id}"
        counts.append(_count_queries(app, instructor_client, url))
    assert counts[0] == counts[1]
