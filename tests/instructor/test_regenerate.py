"""The regenerate route: a set with attempts is only regenerated once the teacher confirms."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from quizapp import models
from quizapp.extensions import db
from quizapp.services.authoring import claims, questions, sets
from tests.factories.authoring import analysed, answer_all


def answered_set(app: Flask, teacher_id: int, learner_id: int, dropped_claim: bool) -> int:
    with app.app_context():
        article, qs = analysed(db.session, db.session.get(models.User, teacher_id))
        sets.publish(db.session, qs)
        answer_all(
            db.session, questions.active_questions(qs), db.session.get(models.User, learner_id)
        )
        if dropped_claim:
            claims.delete_claim(db.session, article.claims[1])
            db.session.commit()
        return qs.id


def retired(app: Flask, set_id: int) -> int:
    with app.app_context():
        return sum(q.retired for q in db.session.get(models.QuestionSet, set_id).questions)


def test_an_unconfirmed_post_only_asks(
    app: Flask, instructor_client: FlaskClient, instructor_id: int, learner_id: int
) -> None:
    set_id = answered_set(app, instructor_id, learner_id, dropped_claim=True)
    response = instructor_client.post(f"/teach/sets/{set_id}/regenerate")
    assert response.status_code == 200
    assert "Learners have made 1 attempt" in response.get_data(as_text=True)
    assert retired(app, set_id) == 0


def test_a_confirmed_post_regenerates(
    app: Flask, instructor_client: FlaskClient, instructor_id: int, learner_id: int
) -> None:
    set_id = answered_set(app, instructor_id, learner_id, dropped_claim=True)
    response = instructor_client.post(f"/teach/sets/{set_id}/regenerate", data={"confirmed": "yes"})
    assert response.status_code == 302
    assert retired(app, set_id) > 0


def test_the_set_page_links_to_the_question_when_pupils_answered(
    app: Flask, instructor_client: FlaskClient, instructor_id: int, learner_id: int
) -> None:
    set_id = answered_set(app, instructor_id, learner_id, dropped_claim=False)
    page = instructor_client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert f'href="/teach/sets/{set_id}/regenerate"' in page
