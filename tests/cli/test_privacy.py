"""``quizapp purge``: the retention command, run as cron would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from quizapp import migrate
from quizapp.cli import main
from quizapp.extensions import make_engine
from quizapp.models import Answer, Attempt, Question, QuestionSet, Role, SetStatus, User


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("QUIZAPP_INSTANCE_PATH", str(tmp_path / "instance"))
    engine = create_engine(database_url)
    migrate.upgrade(engine)
    engine.dispose()
    return database_url


def _seed(url: str, ages_in_days: list[float]) -> None:
    engine = make_engine(url)
    now = datetime.now(UTC)
    with Session(engine) as session:
        user = User(username="pupil", password_hash="x", role=Role.LEARNER)
        qs = QuestionSet(title="Set", status=SetStatus.PUBLISHED)
        qs.questions = [Question(type="true_false", stem="Q?", answer=True)]
        session.add_all([user, qs])
        session.flush()
        for number, days in enumerate(ages_in_days, start=1):
            attempt = Attempt(
                set_id=qs.id,
                user_id=user.id,
                number=number,
                started_at=now - timedelta(days=days),
            )
            attempt.answers = [Answer(question_id=qs.questions[0].id, response=True)]
            session.add(attempt)
        session.commit()
    engine.dispose()


def _counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with engine.connect() as conn:
        attempts = conn.execute(select(func.count()).select_from(Attempt)).scalar()
        answers = conn.execute(select(func.count()).select_from(Answer)).scalar()
    engine.dispose()
    return attempts, answers


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_purge_deletes_old_attempts_and_reports_counts(cli_env: str) -> None:
    _seed(cli_env, [400, 200, 10, 0])
    result = _run("purge", "--older-than", "180")
    assert result.exit_code == 0, result.output
    assert "Deleted" in result.output
    assert "attempts: 2" in result.output
    assert "answers: 2" in result.output
    assert _counts(cli_env) == (2, 2)


def test_purge_dry_run_deletes_nothing(cli_env: str) -> None:
    _seed(cli_env, [400, 0])
    result = _run("purge", "--older-than", "180", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Would delete" in result.output
    assert "attempts: 1" in result.output
    assert _counts(cli_env) == (2, 2)


def test_purge_uses_the_retention_setting(cli_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(cli_env, [40, 0])
    monkeypatch.setenv("QUIZAPP_RETENTION_DAYS", "30")
    result = _run("purge")
    assert result.exit_code == 0, result.output
    assert _counts(cli_env) == (1, 1)


def test_purge_without_a_period_refuses(cli_env: str) -> None:
    result = CliRunner().invoke(main, ["purge"])
    assert result.exit_code == 2
    assert "--older-than" in result.output


def test_purge_refuses_zero_days(cli_env: str) -> None:
    result = CliRunner().invoke(main, ["purge", "--older-than", "0"])
    assert result.exit_code == 2
