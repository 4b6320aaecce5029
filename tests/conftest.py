"""Fixtures: an app with a temporary database, on SQLite and on PostgreSQL.

Every test that takes ``app`` (or ``client``, ``session``...) runs once per engine. The
PostgreSQL variants skip with the reason when no server answers, unless
QUIZAPP_REQUIRE_POSTGRES=1 (set by .ci/run), which turns that skip into a failure.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from quizapp import migrate
from quizapp.extensions import db
from quizapp.models import Base, Role
from tests.factories.app import add_user, log_in, make_app
from tests.factories.seed import fake_analyze

PG_ADMIN_URL = os.environ.get(
    "QUIZAPP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("QUIZAPP_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def postgres_url(worker_id: str) -> Iterator[str]:
    """A fresh database for this test process, migrated once, dropped at the end."""
    worker = re.sub(r"\W", "", worker_id)
    name = f"quizapp_test_{worker}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # noqa: BLE001 - any failure to reach the server means the same
        admin.dispose()
        reason = f"PostgreSQL not reachable at {make_url(PG_ADMIN_URL)!r}: {error}".splitlines()[0]
        if REQUIRE_POSTGRES:
            pytest.fail(reason + " (QUIZAPP_REQUIRE_POSTGRES=1)")
        pytest.skip(reason)
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def database_url(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'quizapp.db'}"
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    engine = create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = make_app(database_url, tmp_path)
    yield app
    db.dispose(app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def session(app: Flask) -> Iterator[Session]:
    from quizapp.extensions import db

    with app.app_context():
        yield db.session


@pytest.fixture
def instructor_id(app: Flask) -> int:
    return add_user(app, "teacher", Role.INSTRUCTOR, display_name="Ms Teacher", is_admin=True)


@pytest.fixture
def learner_id(app: Flask) -> int:
    return add_user(app, "pupil", Role.LEARNER, display_name="Pat Pupil")


@pytest.fixture
def instructor_client(app: Flask, instructor_id: int) -> FlaskClient:
    client = app.test_client()
    assert log_in(client, "teacher").status_code == 302
    return client


@pytest.fixture
def learner_client(app: Flask, learner_id: int) -> FlaskClient:
    client = app.test_client()
    assert log_in(client, "pupil").status_code == 302
    return client


@pytest.fixture
def fake_analyser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis job uses the hand-written seed claims instead of spaCy."""
    from quizapp.core import analysis

    monkeypatch.setattr(analysis, "analyze", fake_analyze)
