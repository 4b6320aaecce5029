"""The app's extensions, created once here and bound to an app in ``create_app``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, scoped_session

csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to see that page."
login_manager.login_message_category = "info"


def _app_context_id() -> int:
    from flask import globals as flask_globals

    return id(flask_globals.app_ctx._get_current_object())


def make_engine(url: str, pool_size: int = 5, max_overflow: int = 5, echo: bool = False) -> Engine:
    """An engine for SQLite (WAL, foreign keys on) or PostgreSQL (pooled per worker)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets learners read while another request writes an answer.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return create_engine(
        url, echo=echo, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True
    )


READING_METHODS = frozenset({"GET", "HEAD"})
F = TypeVar("F", bound=Callable[..., Any])


def autocommit_reads(view: F) -> F:
    """Mark a view whose GET only reads: its session runs in autocommit (see Database)."""
    view.autocommit_reads = True  # type: ignore[attr-defined]
    return view


class Database:
    """One engine per app and one session per application context, removed at teardown.

    The GET of a view marked ``autocommit_reads`` (the pages a learner loads again and
    again while taking a quiz) gets its session on the same pool in autocommit mode: no
    BEGIN and ROLLBACK round trips, and psycopg keeps its prepared statements, which it
    drops on every ROLLBACK (so a read-only request in a transaction re-planned every
    query). Such a view may write only what is safe statement by statement: submitting an
    overdue attempt is one conditional UPDATE, then the locking of its answers. Every other
    request, the CLI, jobs and tests run in one transaction, committed or rolled back.
    """

    def __init__(self) -> None:
        self.session: scoped_session[Session] = scoped_session(
            self._new_session, scopefunc=_app_context_id
        )

    @staticmethod
    def _new_session() -> Session:
        # Bound to the current app's engine, so several apps (tests) can coexist.
        from flask import current_app, has_request_context, request

        engine = current_app.extensions["quizapp.engine"]
        if has_request_context() and request.method in READING_METHODS:
            view = current_app.view_functions.get(request.endpoint or "")
            if getattr(view, "autocommit_reads", False):
                engine = current_app.extensions["quizapp.reading_engine"]
        return Session(bind=engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        from flask import current_app

        return current_app.extensions["quizapp.engine"]

    def init_app(self, app: Flask) -> None:
        engine = make_engine(
            app.config["DATABASE_URL"],
            pool_size=app.config["DB_POOL_SIZE"],
            max_overflow=app.config["DB_MAX_OVERFLOW"],
            echo=app.config["SQLALCHEMY_ECHO"],
        )
        app.extensions["quizapp.engine"] = engine
        app.extensions["quizapp.reading_engine"] = engine.execution_options(
            isolation_level="AUTOCOMMIT"
        )

        @app.teardown_appcontext
        def _remove_session(_exc: BaseException | None) -> None:
            self.session.remove()


db = Database()
