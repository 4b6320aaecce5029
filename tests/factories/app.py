"""The test app, users and logging in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from quizapp import create_app, migrate
from quizapp.models import Role, User

ROOT = Path(__file__).resolve().parents[2]

# Cheap hashing in tests; one test checks the production parameters separately.
FAST_HASHING = {"ARGON2_TIME_COST": 1, "ARGON2_MEMORY_COST": 1024, "ARGON2_PARALLELISM": 1}
PASSWORD = "correct horse battery"


def add_user(app: Flask, username: str, role: Role, **kwargs: Any) -> int:
    from quizapp.extensions import db
    from quizapp.services import accounts

    with app.app_context():
        user = accounts.create_user(db.session, username, PASSWORD, role, **kwargs)
        db.session.commit()
        return user.id


def log_in(client: FlaskClient, username: str, password: str = PASSWORD) -> Any:
    return client.post("/auth/login", data={"username": username, "password": password})


def get_user(app: Flask, user_id: int) -> User:
    from quizapp.extensions import db

    with app.app_context():
        return db.session.get(User, user_id)


def make_app(database_url: str, tmp_path: Path, **config: Any) -> Flask:
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "INSTANCE_PATH": str(tmp_path / "instance"),
            "SECRET_KEY": "test-secret",
            "WTF_CSRF_ENABLED": False,
            "REDIS_URL": "",
            **FAST_HASHING,
            **config,
        }
    )
    if database_url.startswith("sqlite"):
        from quizapp.extensions import db

        with app.app_context():
            migrate.upgrade(db.engine)
    return app
