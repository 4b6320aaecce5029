"""The app's extensions, created once here and bound to an app in ``create_app``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, scoped_session

csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to see that page."
login_manager.login_message_category = "info"


def _app_context_id() -> int:
    from flask import globals as flask_globals

    return id(flask_globals.app_ctx._get_current_object())


def make_engine(
    url: str,
    pool_size: int = 5,
    max_overflow: int = 5,
    echo: bool = False,
    autocommit: bool = False,
) -> Engine:
    """An engine for SQLite (WAL, foreign keys on) or PostgreSQL (pooled per worker)."""
    options: dict[str, Any] = {"isolation_level": "AUTOCOMMIT"} if autocommit else {}
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30}, **options)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets learners read while another request writes an answer.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            # Deleted rows (a learner's name and password hash) are overwritten, not
            # left readable in free pages of the file.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return create_engine(
        url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_pre_ping=True,
        **options,
    )


F = TypeVar("F", bound=Callable[..., Any])


def autocommit(view: F) -> F:
    """Mark a view whose session runs in autocommit mode (see ``Database``).

    Only for a view whose every write is one statement, safe on its own.
    """
    view.autocommit = True  # type: ignore[attr-defined]
    return view


def retry_on_disconnect(view: F) -> F:
    """Run the view once more when its database connection died under it.

    ``pool_pre_ping`` tests a connection as it leaves the pool, not one that dies while a
    request uses it (a database restart, a killed backend). Only for views that are safe
    to run twice, such as the answer post: its write is one idempotent upsert.
    """

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return view(*args, **kwargs)
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
            db.session.remove()  # the next statement checks out a fresh connection
            return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class Database:
    """One engine per app and one session per application context, removed at teardown.

    Views marked ``autocommit`` (the pages and answer posts a learner sends again and again
    while taking a quiz) get their session on the same pool in autocommit mode: no BEGIN,
    COMMIT or ROLLBACK round trips, and psycopg keeps its prepared statements, which it
    drops on every ROLLBACK (so a read-only request in a transaction re-planned every
    query). Their writes are single statements, safe on their own: an answer is one
    upsert, and an overdue attempt is closed by one conditional UPDATE (then its answers
    are locked). Every other view, the CLI, jobs and tests run in one transaction,
    committed or rolled back as a whole.
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
        if has_request_context():
            view = current_app.view_functions.get(request.endpoint or "")
            if getattr(view, "autocommit", False):
                engine = current_app.extensions["quizapp.autocommit_engine"]
        return Session(bind=engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        from flask import current_app

        return current_app.extensions["quizapp.engine"]

    def init_app(self, app: Flask) -> None:
        # Two pools: connections switched between autocommit and transactions on every
        # checkout cost a tenth of a quiz request.
        for key, autocommit in (("quizapp.engine", False), ("quizapp.autocommit_engine", True)):
            app.extensions[key] = make_engine(
                app.config["DATABASE_URL"],
                pool_size=app.config["DB_POOL_SIZE"],
                max_overflow=app.config["DB_MAX_OVERFLOW"],
                echo=app.config["SQLALCHEMY_ECHO"],
                autocommit=autocommit,
            )

        @app.teardown_appcontext
        def _remove_session(_exc: BaseException | None) -> None:
            self.session.remove()

    @staticmethod
    def dispose(app: Flask) -> None:
        """Close every pooled connection of the app's engines (tests, forked workers)."""
        app.extensions["quizapp.engine"].dispose()
        app.extensions["quizapp.autocommit_engine"].dispose()


db = Database()
