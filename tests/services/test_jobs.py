"""The job queue: Huey from config, the analysis task, its states, and a web process that
never imports spaCy."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from flask import Flask
from huey import RedisHuey, SqliteHuey
from sqlalchemy import select

from quizapp import models
from quizapp.core.questions.set_fill import MIN_PUBLISHED
from quizapp.extensions import db
from quizapp.models import AnalysisState, Role
from quizapp.services import jobs
from quizapp.services.authoring import articles, questions
from tests.factories.app import ROOT, add_user, log_in, make_app
from tests.factories.seed import SEED_TEXT


@pytest.fixture
def queued_app(database_url: str, tmp_path: Path) -> Flask:
    """Jobs go through a real SQLite queue file, as in production without Redis."""
    app = make_app(database_url, tmp_path, JOBS_IMMEDIATE=False)
    yield app
    db.dispose(app)


def test_default_queue_is_sqlite_in_the_instance_folder(tmp_path: Path) -> None:
    app = make_app(f"sqlite:///{tmp_path / 'q.db'}", tmp_path, JOBS_IMMEDIATE=False)
    huey = jobs.get_huey(app)
    assert isinstance(huey, SqliteHuey) and not huey.immediate
    assert huey.storage.filename == str(Path(app.instance_path) / "jobs.db")
    assert jobs.get_huey(app) is huey


def test_redis_url_selects_redis(tmp_path: Path) -> None:
    app = make_app(
        f"sqlite:///{tmp_path / 'q.db'}",
        tmp_path,
        JOBS_IMMEDIATE=False,
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert isinstance(jobs.get_huey(app), RedisHuey)


def test_tests_run_jobs_immediately(app: Flask) -> None:
    assert jobs.get_huey(app).immediate


@pytest.mark.usefixtures("fake_analyser")
def test_submitted_article_waits_in_the_queue_until_a_worker_runs_it(queued_app: Flask) -> None:
    app = queued_app
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    response = client.post("/teach/articles/new", data={"text": SEED_TEXT})
    page = client.get(response.location).get_data(as_text=True)
    assert 'http-equiv="refresh"' in page and "Starting in a moment" in page
    huey = jobs.get_huey(app)
    assert huey.pending_count() == 1
    with app.app_context():
        article = db.session.scalars(select(models.Article)).one()
        assert article.analysis_state == AnalysisState.QUEUED
    huey.execute(huey.dequeue())  # what the consumer does
    status = client.get(f"/teach/articles/{article.id}/status").get_json()
    assert status["state"] == "done" and status["set_url"]
    with app.app_context():
        qs = db.session.scalars(select(models.QuestionSet)).one()
        assert qs.article_id == article.id and len(qs.questions) >= MIN_PUBLISHED


def test_a_failing_analysis_is_reported_with_its_reason(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.core import analysis

    def broken(article, extract=None):
        raise RuntimeError("model file missing")

    monkeypatch.setattr(analysis, "analyze", broken)
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    response = client.post("/teach/articles/new", data={"text": SEED_TEXT})
    page = client.get(response.location).get_data(as_text=True)
    assert "model file missing" in page and "Try the analysis again" in page
    with app.app_context():
        article = db.session.scalars(select(models.Article)).one()
        assert article.analysis_state == AnalysisState.FAILED
        assert db.session.scalars(select(models.QuestionSet)).all() == []


@pytest.mark.usefixtures("fake_analyser")
def test_run_analysis_moves_through_the_states(app: Flask) -> None:
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    with app.app_context():
        teacher = db.session.get(models.User, teacher_id)
        article = articles.create_article(
            db.session, teacher, articles.ArticleInput(text=SEED_TEXT)
        )
        db.session.commit()
        assert jobs.run_analysis(article.id) == "done"
        assert jobs.progress(article.id) == "done"
        assert jobs.run_analysis(10_000) == "missing"


WEB_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from quizapp import create_app, migrate
    from quizapp.extensions import db
    from quizapp.models import Role
    from tests.factories.app import FAST_HASHING, add_user, log_in

    tmp = Path({tmp!r})
    app = create_app({{"TESTING": True, "DATABASE_URL": f"sqlite:///{{tmp / 'w.db'}}",
        "INSTANCE_PATH": str(tmp / "instance"), "SECRET_KEY": "x",
        "WTF_CSRF_ENABLED": False, "JOBS_IMMEDIATE": False, "REDIS_URL": "", **FAST_HASHING}})
    with app.app_context():
        migrate.upgrade(db.engine)
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    text = Path({seed!r}).read_text()
    response = client.post("/teach/articles/new", data={{"text": text}})
    assert response.status_code == 302, response.status_code
    assert client.get(response.location).status_code == 200
    assert client.get(response.location + "/status").get_json()["state"] == "queued"
    print("spacy" in sys.modules)
    """
)


def test_the_web_process_never_imports_spacy(tmp_path: Path) -> None:
    from tests.factories.seed import SEED

    script = WEB_PROCESS.format(root=str(ROOT), tmp=str(tmp_path), seed=str(SEED))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_worker_command_is_registered() -> None:
    from click.testing import CliRunner

    from quizapp.cli import main

    result = CliRunner().invoke(main, ["worker", "--help"])
    assert result.exit_code == 0 and "job queue" in result.output


@pytest.mark.slow
def test_the_real_analyser_builds_claims_and_a_draft_for_the_seed(app: Flask) -> None:
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    article_url = client.post("/teach/articles/new", data={"text": SEED_TEXT}).location
    page = client.get(article_url).get_data(as_text=True)
    with app.app_context():
        article = db.session.scalars(select(models.Article)).one()
        assert article.analysis_state == AnalysisState.DONE, article.analysis_error
        assert "Dmitry Peskov" in {c.source for c in article.claims}
        assert f"Claims found ({len(article.claims)})" in page
        qs = articles.set_of_article(db.session, article)
        assert len(questions.active_questions(qs)) >= 5
    set_page = client.get(f"/teach/sets/{qs.id}")
    assert set_page.status_code == 200
    assert client.post(f"/teach/sets/{qs.id}/publish").status_code == 302
    with app.app_context():
        assert db.session.get(models.QuestionSet, qs.id).is_published


def test_an_unreachable_queue_marks_the_article_failed(queued_app: Flask) -> None:
    app = queued_app

    def refuse(article_id: int) -> None:
        raise ConnectionError("Connection refused")

    jobs.get_huey(app)
    app.extensions["quizapp.analyse_task"] = refuse
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    response = client.post("/teach/articles/new", data={"text": SEED_TEXT})
    page = client.get(response.location).get_data(as_text=True)
    assert "job queue could not be reached" in page and "Try the analysis again" in page


@pytest.mark.slow
def test_quizapp_worker_runs_a_queued_analysis(
    queued_app: Flask, database_url: str, tmp_path: Path
) -> None:
    """The real thing: ``quizapp worker`` in its own process picks the job from the queue."""
    import os
    import signal
    import time

    app = queued_app
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    with app.app_context():
        teacher = db.session.get(models.User, teacher_id)
        article = articles.create_article(
            db.session, teacher, articles.ArticleInput(text=SEED_TEXT)
        )
        db.session.commit()
        article_id = article.id
    jobs.analyse_article(article_id, app)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "QUIZAPP_INSTANCE_PATH": app.instance_path,
        "SECRET_KEY": "test-secret",
        "QUIZAPP_JOBS_IMMEDIATE": "false",
        "REDIS_URL": "",
    }
    worker = subprocess.Popen(
        [str(Path(sys.executable).parent / "quizapp"), "worker"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        state = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with app.app_context():
                state = db.session.get(models.Article, article_id).analysis_state
            if state in (AnalysisState.DONE, AnalysisState.FAILED):
                break
            time.sleep(0.5)
    finally:
        worker.send_signal(signal.SIGINT)
        try:
            output, _ = worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            output, _ = worker.communicate()
    assert state == AnalysisState.DONE, output[-3000:]
    with app.app_context():
        qs = db.session.scalars(select(models.QuestionSet)).one()
        assert qs.article_id == article_id and qs.questions


def test_a_job_no_worker_picks_up_can_be_queued_again(
    queued_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = queued_app
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    article_url = client.post("/teach/articles/new", data={"text": SEED_TEXT}).location
    assert "Queue the analysis again" not in client.get(article_url).get_data(as_text=True)
    client.post(article_url + "/analyse")
    assert jobs.get_huey(app).pending_count() == 1  # not queued twice while fresh
    monkeypatch.setattr(jobs, "STALE_AFTER_SECONDS", -1)
    assert "Queue the analysis again" in client.get(article_url).get_data(as_text=True)
    client.post(article_url + "/analyse")
    assert jobs.get_huey(app).pending_count() == 2


@pytest.fixture
def redis_url() -> str:
    import redis

    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis not reachable at {url}: {error}")
    return url


@pytest.mark.usefixtures("fake_analyser")
def test_with_redis_the_job_goes_through_redis(
    database_url: str, tmp_path: Path, redis_url: str
) -> None:
    import uuid

    app = make_app(
        database_url,
        tmp_path,
        JOBS_IMMEDIATE=False,
        REDIS_URL=redis_url,
        JOBS_QUEUE_NAME=f"quizapp-test-{uuid.uuid4().hex[:8]}",
    )
    huey = jobs.get_huey(app)
    try:
        assert isinstance(huey, RedisHuey)
        add_user(app, "teacher", Role.INSTRUCTOR)
        client = app.test_client()
        log_in(client, "teacher")
        article_url = client.post("/teach/articles/new", data={"text": SEED_TEXT}).location
        assert huey.pending_count() == 1
        huey.execute(huey.dequeue())
        assert client.get(article_url + "/status").get_json()["state"] == "done"
    finally:
        huey.storage.flush_all()
        db.dispose(app)


def test_an_idle_worker_starts_a_queued_job_within_a_second(tmp_path: Path) -> None:
    """A SQLite queue is polled: after a long idle spell the worker still looks every
    WORKER_MAX_POLL_SECONDS, not every 10 s (Huey's default backoff)."""
    import threading
    import time

    huey = SqliteHuey("idle-test", filename=str(tmp_path / "jobs.db"), results=False)
    ran = threading.Event()

    @huey.task()
    def mark() -> None:
        ran.set()

    consumer = jobs.make_consumer(huey)
    consumer.start()
    try:
        for worker, _ in consumer.worker_threads:
            worker.delay = 10**6  # as after a long idle spell: capped by max_delay
        time.sleep(0.3)  # the worker is asleep on that capped delay now
        queued_at = time.monotonic()
        mark()
        assert ran.wait(timeout=5)
        waited = time.monotonic() - queued_at
    finally:
        consumer.stop(graceful=True)
    assert waited < 1.0


def test_text_that_is_not_news_gets_a_plain_message_instead_of_a_quiz(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.core import analysis
    from quizapp.core.claims import Analysis

    monkeypatch.setattr(analysis, "analyze", lambda article, extract=None: Analysis(article))
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    response = client.post("/teach/articles/new", data={"text": "Tomatoes\n\nWater them."})
    page = client.get(response.location).get_data(as_text=True)
    assert "does not read like a news report" in page
    with app.app_context():
        assert db.session.scalars(select(models.QuestionSet)).all() == []


def test_over_long_text_gets_a_plain_message_before_the_analysis(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.core import analysis
    from quizapp.core.questions import suitability

    def no_analysis(article, extract=None):
        raise AssertionError("an over-long text must not be analysed")

    monkeypatch.setattr(analysis, "analyze", no_analysis)
    monkeypatch.setattr(suitability, "MAX_QUIZ_WORDS", 40)
    add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    text = "Council Meets\n\n" + "The council met again today. " * 20
    response = client.post("/teach/articles/new", data={"text": text})
    page = client.get(response.location).get_data(as_text=True)
    assert "quizzes are made from articles of up to 40 words" in page


def _running_article(app: Flask, worker_id: str) -> int:
    """An article a worker had started analysing (the state a kill -9 leaves behind)."""
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    with app.app_context():
        teacher = db.session.get(models.User, teacher_id)
        article = articles.create_article(
            db.session, teacher, articles.ArticleInput(text=SEED_TEXT)
        )
        article.analysis_state = AnalysisState.RUNNING
        db.session.commit()
        jobs.get_huey(app).put(f"running_on:{article.id}", worker_id)
        jobs.get_huey(app).put(f"queued_at:{article.id}", time.time())  # just queued
        return article.id


def test_an_analysis_whose_worker_died_is_queued_again(queued_app: Flask) -> None:
    article_id = _running_article(queued_app, "a-worker-killed-9")
    jobs.recover_lost(queued_app)
    with queued_app.app_context():
        assert db.session.get(models.Article, article_id).analysis_state == AnalysisState.QUEUED
    assert jobs.get_huey(queued_app).pending_count() == 1


def test_an_analysis_that_keeps_killing_its_worker_is_marked_failed(queued_app: Flask) -> None:
    article_id = _running_article(queued_app, "a-worker-killed-9")
    for _ in range(jobs.MAX_TRIES - 1):  # crashes queued again; the last one fails
        jobs.recover_lost(queued_app)
        with queued_app.app_context():  # the next worker takes it, and dies again
            db.session.get(models.Article, article_id).analysis_state = AnalysisState.RUNNING
            db.session.commit()
        jobs.get_huey(queued_app).put(f"running_on:{article_id}", "killed-again")
    jobs.recover_lost(queued_app)
    with queued_app.app_context():
        article = db.session.get(models.Article, article_id)
        assert article.analysis_state == AnalysisState.FAILED
        assert "worker stopped" in article.analysis_error
    client = queued_app.test_client()
    log_in(client, "teacher")
    page = client.get(f"/teach/articles/{article_id}").get_data(as_text=True)
    assert "Try the analysis again" in page


def test_an_analysis_on_a_live_worker_is_left_alone(queued_app: Flask) -> None:
    article_id = _running_article(queued_app, "alive")
    jobs.heartbeat(queued_app, "alive")
    jobs.recover_lost(queued_app)
    with queued_app.app_context():
        assert db.session.get(models.Article, article_id).analysis_state == AnalysisState.RUNNING
    assert not jobs.is_stale(article_id, queued_app)


def test_a_lost_analysis_can_be_queued_again_at_once(queued_app: Flask) -> None:
    article_id = _running_article(queued_app, "a-worker-killed-9")
    assert jobs.is_stale(article_id, queued_app)


def test_serve_restarts_a_worker_that_died() -> None:
    import threading

    from quizapp.cli.admin import supervise

    started: list[subprocess.Popen] = []
    stop = threading.Event()

    def start() -> subprocess.Popen:
        child = subprocess.Popen([sys.executable, "-c", "pass"])  # dies at once
        started.append(child)
        if len(started) >= 3:
            stop.set()
        return child

    supervise(start, stop, pause=0.05)
    assert len(started) >= 3
