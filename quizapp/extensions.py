"""The app's extensions, created once here and bound to an app in ``create_app``."""

from __future__ import annotations

from typing import Any

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


class Database:
    """One engine per app and one session per application context, removed at teardown."""

    def __init__(self) -> None:
        self.session: scoped_session[Session] = scoped_session(
            self._new_session, scopefunc=_app_context_id
        )

    @staticmethod
    def _new_session() -> Session:
        # Bound to the current app's engine, so several apps (tests) can coexist.
        from flask import current_app

        return Session(bind=current_app.extensions["quizapp.engine"], expire_on_commit=False)

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

        @app.teardown_appcontext
        def _remove_session(_exc: BaseException | None) -> None:
            self.session.remove()


db = Database()
