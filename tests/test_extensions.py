"""The per-request session: autocommit for views marked so, one transaction otherwise."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.extensions import autocommit, db
from quizapp.models import User


def _probe(app: Flask) -> FlaskClient:
    """Routes reporting the isolation level their session ran with ("None": the default)."""

    def make_view() -> Callable[[], str]:
        def view() -> str:
            db.session.scalar(select(User.id).limit(1))
            return str(db.session.connection().get_execution_options().get("isolation_level"))

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
    assert client.get("/_probe/0").text == "None"
    assert client.post("/_probe/0").text == "None"


def test_outside_a_request_the_session_runs_in_a_transaction(app: Flask) -> None:
    with app.app_context():
        db.session.scalar(select(User.id).limit(1))
        assert db.session.connection().get_execution_options().get("isolation_level") is None
        db.session.remove()
