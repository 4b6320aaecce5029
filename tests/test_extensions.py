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


def test_sqlite_overwrites_what_is_deleted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A deleted learner's name and hash do not stay readable in the file or its WAL."""
    from sqlalchemy import event, text

    from quizapp.extensions import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'q.db'}")

    def build_default_off(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA secure_delete=OFF")  # as many SQLite builds ship

    event.listen(engine, "connect", build_default_off, insert=True)
    secret = "zq-deleted-learner-name-zq" * 4
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE people (name TEXT)"))
        conn.execute(text("INSERT INTO people VALUES (:n), ('kept')"), {"n": secret})
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM people WHERE name = :n"), {"n": secret})
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert secret.encode() not in stored
