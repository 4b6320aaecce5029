"""Every ``quizapp`` command: its --help, then one real run on a temporary database.

The group imports each command's module only when the command is named, so a command
whose module is missing breaks only when someone types it: this file names them all.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, select

from quizapp.cli import COMMANDS, main
from quizapp.models import QuestionSet

ROOT = Path(__file__).resolve().parents[2]
QUIZAPP = str(Path(sys.executable).parent / "quizapp")
PASSWORD = "a long enough password\n"
GIFT = """// a small Moodle file
::Capital:: Which city is the capital of France? {=Paris ~Lyon ~Marseille}

::Essay:: Describe your journey to school. {}
"""


def _run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def _command_paths() -> list[list[str]]:
    """Every command, and every sub-command of a group, as the words that name it."""
    paths = []
    for name in sorted(COMMANDS):
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None, name
        paths.append([name])
        for sub in getattr(command, "commands", {}):
            paths.append([name, sub])
    return paths


def test_the_group_help_lists_every_command() -> None:
    result = _run("--help")
    assert result.exit_code == 0, result.output
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("words", _command_paths(), ids=" ".join)
def test_every_command_has_help(words: list[str]) -> None:
    result = _run(*words, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: main {' '.join(words)}") or "Usage:" in result.output


# --- one real run each ---------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A migrated SQLite database with one instructor and the bundled sets."""
    values = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'quizapp.db'}",
        "QUIZAPP_INSTANCE_PATH": str(tmp_path / "instance"),
        "SECRET_KEY": "test-secret",
        "REDIS_URL": "",
        "QUIZAPP_ARGON2_MEMORY_COST": "1024",
        "QUIZAPP_ARGON2_TIME_COST": "1",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    assert _run("db", "upgrade").exit_code == 0
    result = _run("create-instructor", "head", "--password-stdin", stdin=PASSWORD)
    assert result.exit_code == 0, result.output
    assert _run("load-bundled", str(ROOT / "questions")).exit_code == 0
    return values


def _sets(env: dict[str, str]) -> list[tuple[str, int | None]]:
    """(title, owner id) of every stored set."""
    engine = create_engine(env["DATABASE_URL"])
    with engine.connect() as conn:
        rows = conn.execute(select(QuestionSet.title, QuestionSet.owner_id)).all()
    engine.dispose()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_db_create_instructor_and_load_bundled_leave_four_sets(env: dict[str, str]) -> None:
    assert len(_sets(env)) == 4


def test_import_reads_yaml_and_gift_and_notes_what_it_skips(
    env: dict[str, str], tmp_path: Path
) -> None:
    gift = tmp_path / "geography.gift"
    gift.write_text(GIFT, encoding="utf-8")
    result = _run(
        "import", str(ROOT / "questions" / "sets" / "practice-mill-fire.yaml"), str(gift),
        "--owner", "head", "--articles", str(ROOT / "questions"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"{gift}:4: skipped (essay" in result.stderr
    sets = _sets(env)
    assert ("geography", 1) in sets
    assert len(sets) == 6


def test_import_of_a_bad_file_imports_nothing(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\nquestions: 3\n", encoding="utf-8")
    good = ROOT / "questions" / "sets" / "practice-mill-fire.yaml"
    result = _run("import", str(good), str(bad))
    assert result.exit_code == 1
    assert "bad.yaml:2" in result.output
    assert len(_sets(env)) == 4


@pytest.mark.parametrize("fmt", ["yaml", "gift"])
def test_export_writes_a_file_that_imports_again(
    env: dict[str, str], tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"out.{fmt}"
    result = _run("export", "1", "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert _run("import", str(target)).exit_code == 0
    assert len(_sets(env)) == 5


def test_export_to_standard_output(env: dict[str, str]) -> None:
    result = _run("export", "1")
    assert result.exit_code == 0
    assert result.stdout.startswith("title: ")


def test_export_of_an_unknown_set_says_so(env: dict[str, str]) -> None:
    result = _run("export", "99")
    assert result.exit_code == 1 and "No question set with id 99" in result.output


def test_export_scores_and_purge_run(env: dict[str, str]) -> None:
    scores = _run("export-scores", "1")
    assert scores.exit_code == 0 and scores.stdout.startswith("learner,")
    purge = _run("purge", "--older-than", "30", "--dry-run")
    assert purge.exit_code == 0 and "Would delete" in purge.output


@pytest.mark.slow
def test_analyze_and_generate_run(env: dict[str, str], tmp_path: Path) -> None:
    article = ROOT / "questions" / "articles" / "practice-mill-fire-2026-03-04.txt"
    analysed = _run("analyze", "--json", str(article))
    assert analysed.exit_code == 0 and '"claims"' in analysed.stdout
    target = tmp_path / "draft.yaml"
    generated = _run("generate", str(article), "-o", str(target))
    assert generated.exit_code == 0, generated.output
    assert _run("import", str(target)).exit_code == 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [QUIZAPP, *args],
        env={**os.environ, **env},
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return output


def test_serve_answers_health(env: dict[str, str], tmp_path: Path) -> None:
    port = _free_port()
    server = _start(["serve", "--port", str(port)], env, tmp_path)
    try:
        status = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and status is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health") as reply:  # noqa: S310
                    status = reply.status
            except OSError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                time.sleep(0.2)
    finally:
        output = _stop(server)
    assert status == 200, output


def test_worker_starts_on_the_queue_and_stops_on_sigterm(
    env: dict[str, str], tmp_path: Path
) -> None:
    """The worker running a real analysis is tests/test_jobs.py's slow test."""
    worker = _start(["worker"], {**env, "QUIZAPP_JOBS_IMMEDIATE": "false"}, tmp_path)
    try:
        assert worker.stdout is not None
        first = worker.stdout.readline()
    finally:
        output = _stop(worker)
    assert first.startswith("quizapp worker: queue 'quizapp'"), first + output
    assert worker.returncode is not None
