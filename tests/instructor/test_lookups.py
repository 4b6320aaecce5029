"""Another instructor's ids on every instructor route: 404, and nothing changes.

The routes are read from the URL map, so a new instructor route is covered without a new
test; an int argument this test cannot fill fails it, on purpose."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp import models, store
from quizapp.extensions import db
from quizapp.models import Base, Role
from quizapp.services.authoring import articles, questions, sets
from tests.factories.app import add_user
from tests.factories.seed import SEED_TEXT, seed_analysis


def _other_world(app: Flask) -> dict[str, int]:
    """Everything another instructor owns, one of each kind."""
    other_id = add_user(app, "other-teacher", Role.INSTRUCTOR, is_admin=True)
    pupil_id = add_user(app, "other-pupil", Role.LEARNER)
    with app.app_context():
        s = db.session
        s.get(models.User, pupil_id).created_by_id = other_id
        other = s.get(models.User, other_id)
        article = articles.create_article(s, other, articles.ArticleInput(text=SEED_TEXT))
        qs = articles.store_analysis(s, article, seed_analysis(store.article_to_core(article)))
        classroom = models.Classroom(name="Other class", owner_id=other_id)
        s.add(classroom)
        s.flush()
        s.add(models.ClassMember(class_id=classroom.id, user_id=pupil_id))
        assignment = models.Assignment(set_id=qs.id, class_id=classroom.id)
        invitation = models.Invitation(
            token_hash="x" * 64,
            created_by_id=other_id,
            expires_at=datetime.now(UTC) + timedelta(days=1),
        )
        s.add_all([assignment, invitation])
        q = questions.active_questions(qs)[0]
        attempt = models.Attempt(
            set_id=qs.id,
            user_id=pupil_id,
            question_ids=[q.id],
            submitted_at=datetime.now(UTC),
            score=1.0,
        )
        s.add(attempt)
        s.flush()
        s.add(models.Answer(attempt_id=attempt.id, question_id=q.id, response=0, correct=True))
        s.commit()
        return {
            "set_id": qs.id,
            "article_id": article.id,
            "claim_id": article.claims[0].id,
            "question_id": q.id,
            "class_id": classroom.id,
            "user_id": pupil_id,
            "assignment_id": assignment.id,
            "invitation_id": invitation.id,
        }


def _snapshot(app: Flask) -> dict[str, int]:
    with app.app_context():
        return {
            t.name: db.session.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }


def _fingerprint(app: Flask, ids: dict[str, int]) -> tuple:
    with app.app_context():
        qs = db.session.get(models.QuestionSet, ids["set_id"])
        claim = db.session.get(models.Claim, ids["claim_id"])
        return (
            qs.title,
            qs.status,
            qs.shuffle,
            [(q.id, q.position, q.stem, q.retired) for q in qs.questions],
            (claim.source, claim.status, claim.content),
        )


FORM = {
    "title": "Taken over",
    "text": SEED_TEXT,
    "stem": "Hijacked?",
    "type": "multiple_choice",
    "choices-0": "a",
    "choices-1": "b",
    "answer": "1",
    "skills": "attribution",
    "direction": "up",
    "attempts_allowed": "3",
    "feedback": "after_each",
    "grading": "last",
    "new-content": "Peskov said",
    "names": "Someone New",
    "minutes": "30",
}


def test_another_instructors_ids_give_404_on_every_instructor_route(
    app: Flask, instructor_client: FlaskClient
) -> None:
    ids = _other_world(app)
    before, print_before = _snapshot(app), _fingerprint(app, ids)
    checked, leaks = 0, []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("instructor.") or not rule.arguments:
            continue
        fixed = dict(rule.defaults or {})  # export.yaml / export.gift carry their format
        missing = set(rule.arguments) - set(ids) - set(fixed)
        assert not missing, f"{rule.rule}: no other-instructor id for {missing}"
        url = app.url_map.bind("localhost").build(
            rule.endpoint, {**fixed, **{n: ids[n] for n in rule.arguments if n not in fixed}}
        )
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            response = instructor_client.open(url, method=method, data=FORM)
            checked += 1
            if response.status_code != 404:
                leaks.append((method, rule.rule, response.status_code))
    assert leaks == []
    assert checked >= 25
    assert _snapshot(app) == before and _fingerprint(app, ids) == print_before


def test_progress_page_does_not_show_another_instructors_articles(
    app: Flask, instructor_client: FlaskClient
) -> None:
    ids = _other_world(app)
    response = instructor_client.get(f"/teach/articles/progress?ids={ids['article_id']}")
    assert response.status_code == 404


def test_a_published_set_of_another_instructor_may_be_copied_but_not_edited(
    app: Flask, instructor_client: FlaskClient
) -> None:
    ids = _other_world(app)
    with app.app_context():
        qs = db.session.get(models.QuestionSet, ids["set_id"])
        sets.publish(db.session, qs)
        db.session.commit()
    assert instructor_client.get(f"/teach/sets/{ids['set_id']}").status_code == 404
    assert instructor_client.post(f"/teach/sets/{ids['set_id']}/unpublish").status_code == 404
    assert instructor_client.post(f"/teach/sets/{ids['set_id']}/copy").status_code == 302
