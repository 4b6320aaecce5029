"""Shared benchmark plumbing: a scratch PostgreSQL database and a gunicorn on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get(
    "QUIZAPP_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
RESULTS = ROOT / "bench" / "results"


@contextmanager
def scratch_postgres() -> Iterator[str]:
    """A new, migrated PostgreSQL database, dropped afterwards."""
    from quizapp import migrate

    name = f"quizapp_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def scratch_sqlite() -> Iterator[str]:
    """A new, migrated SQLite database file, deleted afterwards."""
    import tempfile

    from quizapp import migrate

    with tempfile.TemporaryDirectory(prefix="quizapp_bench_") as tmp:
        url = f"sqlite:///{tmp}/load.db"
        engine = create_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def gunicorn(database_url: str, workers: int = 2, extra_env: dict[str, str] | None = None):
    """gunicorn serving bench.wsgi_app on a free loopback port; yields (base_url, process)."""
    port = free_port()
    instance = ROOT / "instance" / "bench"
    instance.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "QUIZAPP_INSTANCE_PATH": str(instance),
        "QUIZAPP_BIND": f"127.0.0.1:{port}",
        "QUIZAPP_WORKERS": str(workers),
        "PYTHONPATH": str(ROOT),
        **(extra_env or {}),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "python:quizapp.gunicorn_conf",
            "bench.wsgi_app:app",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # Generous: workers import the app (spaCy too) and a busy machine is slow at it.
        deadline = time.monotonic() + 180
        while True:
            try:
                if requests.get(base + "/health", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                stop(process)  # before reading: a running server's stderr never ends
                raise RuntimeError(
                    f"gunicorn did not start: {process.stderr.read().decode()[-2000:]}"
                )
            time.sleep(0.2)
        yield base, process
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    """Terminate a server or worker, killing it if it does not stop within 15 seconds."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def worker_pids(master_pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(master_pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]
