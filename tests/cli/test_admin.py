from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select

from quizapp.cli import main
from quizapp.models import QuestionSet, Role, User


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("QUIZAPP_ARGON2_MEMORY_COST", "1024")
    monkeypatch.setenv("QUIZAPP_ARGON2_TIME_COST", "1")
    return database_url


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def test_db_upgrade_then_create_instructor(cli_env: str):
    assert _run("db", "upgrade").exit_code == 0
    result = _run(
        "create-instructor",
        "Head",
        "--name",
        "Ms Head",
        "--password-stdin",
        stdin="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    engine = create_engine(cli_env)
    with engine.connect() as conn:
        row = conn.execute(select(User.username, User.role, User.is_admin)).one()
    engine.dispose()
    assert row == ("head", Role.INSTRUCTOR, True)


def test_create_instructor_refuses_a_short_password(cli_env: str):
    _run("db", "upgrade")
    result = _run("create-instructor", "head", "--password-stdin", stdin="short\n")
    assert result.exit_code == 1
    assert "at least 8 characters" in result.output


def test_db_upgrade_twice_changes_nothing(cli_env: str):
    assert _run("db", "upgrade").exit_code == 0
    assert _run("db", "upgrade").exit_code == 0


def test_load_bundled_twice_creates_nothing_twice(cli_env: str):
    root = Path(__file__).resolve().parents[2] / "questions"
    _run("db", "upgrade")
    first = _run("load-bundled", str(root))
    assert first.exit_code == 0, first.output
    second = _run("load-bundled", str(root))
    assert second.exit_code == 0, second.output
    assert "0 set(s) loaded" in second.output
    engine = create_engine(cli_env)
    with engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(QuestionSet)).scalar()
    engine.dispose()
    assert count == len(list((root / "sets").glob("*.yaml")))


def test_delete_learner_removes_a_self_registered_learner(cli_env: str):
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.services import accounts

    assert _run("db", "upgrade").exit_code == 0
    app = create_app()
    with app.app_context():
        accounts.create_user(db.session, "Solo.Kid", "a long enough password", Role.LEARNER)
        db.session.commit()
    db.dispose(app)
    refused = _run("delete-learner", "solo.kid", stdin="n\n")
    assert refused.exit_code == 1
    result = _run("delete-learner", " Solo.Kid ", "--yes")
    assert result.exit_code == 0, result.output
    assert "deleted" in result.output
    engine = create_engine(cli_env)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(User)) == 0
    engine.dispose()
    assert _run("delete-learner", "solo.kid", "--yes").exit_code == 1
