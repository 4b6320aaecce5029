"""The per-request session: autocommit for views marked so, one transaction otherwise."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, current_app
from flask.testing import FlaskClient
from sqlalchemy import insert, select

from quizapp.extensions import autocommit, db
from quizapp.models import Role, User


def _mode() -> str:
    autocommit_engine = current_app.extensions["quizapp.autocommit_engine"]
    return "AUTOCOMMIT" if db.session.get_bind() is autocommit_engine else "transaction"


def _probe(app: Flask) -> FlaskClient:
    """Routes reporting which engine their session ran on."""

    def make_view() -> Callable[[], str]:
        def view() -> str:
            db.session.scalar(select(User.id).limit(1))
            return _mode()

        return view

    for marked in (True, False):
        app.add_url_rule(
            f"/_probe/{int(marked)}",
            endpoint=f"probe{int(marked)}",
            view_func=autocommit(make_view()) if marked else make_view(),
            methods=["GET", "POST"],
        )
    app.config["WTF_CSRF_ENABLED"] = False
    return app.test_client()


def test_a_marked_view_runs_in_autocommit(app: Flask) -> None:
    client = _probe(app)
    assert client.get("/_probe/1").text == "AUTOCOMMIT"
    assert client.post("/_probe/1").text == "AUTOCOMMIT"


def test_an_unmarked_view_runs_in_a_transaction(app: Flask) -> None:
    client = _probe(app)
    assert client.get("/_probe/0").text == "transaction"
    assert client.post("/_probe/0").text == "transaction"


def test_outside_a_request_the_session_runs_in_a_transaction(app: Flask) -> None:
    with app.app_context():
        assert _mode() == "transaction"
        db.session.remove()


def test_the_autocommit_engine_commits_each_statement(app: Flask) -> None:
    autocommit_engine = app.extensions["quizapp.autocommit_engine"]
    with autocommit_engine.connect() as conn:
        conn.execute(insert(User).values(username="ac", password_hash="x", role=Role.LEARNER))
        # No commit: the row is already there for any other connection.
        with app.extensions["quizapp.engine"].connect() as other:
            assert other.scalar(select(User.id).where(User.username == "ac")) is not None
