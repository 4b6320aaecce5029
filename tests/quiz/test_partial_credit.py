"""Partial credit in one vocabulary: what the pupil reads is what the teacher reads."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from quizapp.core import scoring
from tests.factories.bridge import (
    RIGHT_FORMS,
    answer_everything,
    join_and_start,
    positions,
    published_set,
    questions,
)

SORT_POSITION = 3


def three_of_five_forms() -> list[dict[str, str]]:
    """Every answer right but the sort question, which gets 3 of its 5 labels right."""
    key = questions()[SORT_POSITION]["answer"]
    wrong = {f"s{i}": label for i, label in enumerate(key)}
    wrong["s0"], wrong["s1"] = key[1], key[0]  # two labels swapped: 3 of 5 right
    forms = list(RIGHT_FORMS)
    forms[SORT_POSITION] = wrong
    return forms


def test_pupil_and_teacher_both_read_partly_right_3_of_5(
    app: Flask,
    learner_client: FlaskClient,
    instructor_client: FlaskClient,
    instructor_id: int,
    learner_id: int,
) -> None:
    built = published_set(app, owner_id=instructor_id)
    attempt_id = join_and_start(learner_client, built)
    assert positions(app, attempt_id)
    answer_everything(learner_client, app, attempt_id, three_of_five_forms())
    learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    pupil = learner_client.get(f"/learn/attempts/{attempt_id}/results").get_data(as_text=True)
    teacher = instructor_client.get(
        f"/teach/sets/{built.set_id}/results/learners/{learner_id}"
    ).get_data(as_text=True)
    for page in (pupil, teacher):
        assert "Partly right: 3 of 5" in page
        assert scoring.MARKS_NOTE in page.replace("&#39;", "'")
    assert "wrong" not in teacher.split("<h2>Answers</h2>")[1].lower()


def test_the_question_navigation_shows_answered_not_a_tick(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/1", data={**RIGHT_FORMS[0], "go": "next"})
    page = learner_client.get(f"/learn/attempts/{attempt_id}/2").get_data(as_text=True)
    assert "✓" not in page
    assert "(answered)" in page
    assert "answered (saved; right or wrong shows after you submit)" in page
