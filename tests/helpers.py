"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from quizapp.models import Role, User

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
