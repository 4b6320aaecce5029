"""Seed a benchmark database: a published 20-question set built from the bundled seed set."""

from __future__ import annotations

import dataclasses

from bench.server import ROOT

QUESTIONS = 20
PASSWORD = "a long enough password"


def choice_questions(count: int = QUESTIONS) -> tuple[list, object]:
    """``count`` single-choice questions from the bundled set, repeated as needed."""
    from quizapp.core.formats.question_set import load_question_set

    bundle = ROOT / "questions"
    set_file = load_question_set(bundle / "sets" / "kremlin-losses.yaml", article_root=bundle)
    # Four choices each, so a simulated learner can pick any of 0..3.
    pool = [q for q in set_file.questions if len(q.choices) == 4 and isinstance(q.answer, int)]
    return [
        dataclasses.replace(pool[i % len(pool)], stem=f"{pool[i % len(pool)].stem} ({i + 1})")
        for i in range(count)
    ], set_file


def seed_set(database_url: str, learners: int, fast_hashing: bool = True) -> dict:
    """A published set of 20 questions and ``learners`` learner accounts who joined it."""
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import Role
    from quizapp.services import accounts, set_access, set_files
    from quizapp.services.authoring import sets

    config = {"DATABASE_URL": database_url, "INSTANCE_PATH": str(ROOT / "instance" / "bench")}
    if fast_hashing:  # the log-in benchmark measures real hashing; here it is set-up only
        config |= {"ARGON2_TIME_COST": 1, "ARGON2_MEMORY_COST": 1024}
    app = create_app(config)
    questions, set_file = choice_questions()
    with app.app_context():
        teacher = accounts.create_user(db.session, "bench-teacher", PASSWORD, Role.INSTRUCTOR)
        qs = set_files.save_set_file(
            db.session, dataclasses.replace(set_file, questions=questions), owner=teacher
        )
        qs.attempts_allowed = 0
        code = sets.publish(db.session, qs)
        users = []
        for i in range(learners):
            user = accounts.create_user(db.session, f"learner{i:03d}", PASSWORD, Role.LEARNER)
            set_access.join_set(db.session, user, qs)
            users.append(user.username)
        db.session.commit()
        info = {"set_id": qs.id, "code": code, "learners": users}
    db.dispose(app)
    return info
