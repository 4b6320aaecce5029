"""Background jobs: article analysis runs in a Huey worker, never in a web worker.

The queue is a Huey instance built from the app's config, once per app:

- ``REDIS_URL`` set: ``RedisHuey`` (production, several web workers and job workers);
- otherwise ``SqliteHuey`` with its file in the instance folder (``instance/jobs.db``);
- ``JOBS_IMMEDIATE`` (env ``QUIZAPP_JOBS_IMMEDIATE``; on by default when ``TESTING``):
  tasks run at once, in the calling process, with an in-memory queue.

The web process only enqueues: importing this module, building the queue and enqueueing
never import spaCy. ``quizapp worker`` (``quizapp.cli.jobs_cli``) runs the consumer, which
builds its own app and runs each task inside an app context of that app.
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any

from flask import Flask, current_app
from huey import Huey, RedisHuey, SqliteHuey
from sqlalchemy import select, update

from quizapp.extensions import db
from quizapp.models import AnalysisState, Article

log = logging.getLogger(__name__)

TASK_NAME = "quizapp.analyse_article"
STEPS = {
    "queued": "Starting in a moment",
    "reading": "Reading the article",
    "parsing": "Loading the language model and parsing the article",
    "claims": "Finding claims, sources and their status",
    "questions": "Writing the draft questions",
    "done": "Done",
    "failed": "Failed",
}


def immediate(app: Flask) -> bool:
    value = app.config.get("JOBS_IMMEDIATE")
    if value is None:
        return bool(app.config.get("TESTING"))
    return bool(value)


def make_huey(app: Flask) -> Huey:
    # results=False: the article row is the job's result; nothing piles up in the queue.
    name = app.config.get("JOBS_QUEUE_NAME", "quizapp")
    if app.config.get("REDIS_URL"):
        huey: Huey = RedisHuey(
            name, url=app.config["REDIS_URL"], immediate=immediate(app), results=False
        )
    else:
        path = app.config.get("JOBS_SQLITE_PATH") or f"{app.instance_path}/jobs.db"
        if not immediate(app):
            from pathlib import Path

            Path(path).parent.mkdir(parents=True, exist_ok=True)
        huey = SqliteHuey(name, filename=path, immediate=immediate(app), results=False)
    _register(huey, app)
    return huey


def get_huey(app: Flask | None = None) -> Huey:
    """The app's queue, built on first use and kept in ``app.extensions``."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    huey = app.extensions.get("quizapp.huey")
    if huey is None:
        huey = app.extensions["quizapp.huey"] = make_huey(app)
    return huey


def _register(huey: Huey, app: Flask) -> None:
    @huey.task(name=TASK_NAME)
    def analyse_article_task(article_id: int) -> str:
        # The task builds its own app context: a worker has no request, and in immediate
        # mode the request's session must not see a half-done analysis.
        with app.app_context():
            return run_analysis(article_id)

    app.extensions["quizapp.analyse_task"] = analyse_article_task


def analyse_article(article_id: int, app: Flask | None = None) -> Any:
    """Enqueue the analysis of a stored article (call after the article is committed)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        huey = get_huey(app)
        set_progress(article_id, "queued", app)
        huey.put(f"queued_at:{article_id}", time.time())
        return app.extensions["quizapp.analyse_task"](article_id)
    except Exception as error:  # noqa: BLE001 - the queue is down: say so on the page
        log.error("could not enqueue article %s", article_id, exc_info=True)
        with app.app_context():
            article = db.session.get(Article, article_id)
            if article is not None and article.analysis_state == AnalysisState.QUEUED:
                article.analysis_state = AnalysisState.FAILED
                article.analysis_error = f"The job queue could not be reached ({error})."[:2000]
                db.session.commit()
        return None


def set_progress(article_id: int, step: str, app: Flask | None = None) -> None:
    try:
        get_huey(app).put(f"progress:{article_id}", step)
    except Exception:  # noqa: BLE001 - progress is a nicety; the state column is the truth
        log.warning("could not record progress for article %s", article_id, exc_info=True)


def progress(article_id: int, app: Flask | None = None) -> str:
    try:
        step = get_huey(app).get(f"progress:{article_id}", peek=True)
    except Exception:  # noqa: BLE001
        step = None
    return step if isinstance(step, str) else ""


STALE_AFTER_SECONDS = 15 * 60

# A worker process (``quizapp worker``) has an id and says it is alive every few seconds;
# an analysis records which worker runs it. When that worker stops saying so (kill -9, out
# of memory, a power cut) the analysis is lost: it is queued again, at most MAX_TRIES times,
# then marked failed with a message and the page's retry button.
WORKER_ID: str | None = None  # set by the worker command; None in a web process
HEARTBEAT_SECONDS = 5
WORKER_GONE_AFTER_SECONDS = 30
MAX_TRIES = 3


def _peek(key: str, app: Flask | None = None) -> Any:
    try:
        return get_huey(app).get(key, peek=True)
    except Exception:  # noqa: BLE001 - the queue is down: nothing known
        return None


def heartbeat(app: Flask, worker_id: str) -> None:
    get_huey(app).put(f"alive:{worker_id}", time.time())


def is_lost(article_id: int, app: Flask | None = None) -> bool:
    """Was this article's analysis started by a worker that is no longer alive?"""
    worker = _peek(f"running_on:{article_id}", app)
    if not isinstance(worker, str):
        return False  # not started by a worker (or long ago): the age check decides
    seen = _peek(f"alive:{worker}", app)
    return not isinstance(seen, int | float) or time.time() - seen > WORKER_GONE_AFTER_SECONDS


def recover_lost(app: Flask) -> list[int]:
    """Queue again each running analysis whose worker died; fail it after MAX_TRIES.

    Every worker runs this at start and now and then: the conditional UPDATE lets only one
    of them take each lost analysis. Returns the ids queued again.
    """
    huey = get_huey(app)
    requeued = []
    with app.app_context():
        running = db.session.scalars(
            select(Article.id).where(Article.analysis_state == AnalysisState.RUNNING)
        ).all()
        for article_id in running:
            if not is_lost(article_id, app):
                continue
            tries = (_peek(f"tries:{article_id}", app) or 0) + 1
            failed = tries >= MAX_TRIES
            message = (
                f"The worker stopped while analysing this article, {tries} times (perhaps"
                " out of memory); try again, or try a shorter article."
            )
            taken = db.session.execute(
                update(Article)
                .where(Article.id == article_id, Article.analysis_state == AnalysisState.RUNNING)
                .values(
                    analysis_state=AnalysisState.FAILED if failed else AnalysisState.QUEUED,
                    analysis_error=message if failed else "",
                )
            ).rowcount
            db.session.commit()
            if not taken:
                continue  # another worker took it
            huey.get(f"running_on:{article_id}")  # (a get without peek removes the key)
            if failed:
                huey.get(f"tries:{article_id}")
                set_progress(article_id, "failed", app)
                log.error("article %s: %s", article_id, message)
            else:
                huey.put(f"tries:{article_id}", tries)
                requeued.append(article_id)
    for article_id in requeued:
        log.warning("article %s: its worker died; analysing it again", article_id)
        analyse_article(article_id, app)
    return requeued


# An idle Huey worker polling a SQLite queue backs off to ``max_delay`` between looks (10 s
# by default): a teacher's first analysis then waits that long. Half a second is cheap.
# (A Redis queue blocks on BRPOP instead and starts a job at once.)
WORKER_MAX_POLL_SECONDS = 0.5


def make_consumer(huey: Huey, workers: int = 1) -> Any:
    """The worker's consumer: threads, polling at most WORKER_MAX_POLL_SECONDS apart."""
    return huey.create_consumer(
        workers=workers,
        worker_type="thread",
        initial_delay=0.05,
        max_delay=WORKER_MAX_POLL_SECONDS,
    )


def is_stale(article_id: int, app: Flask | None = None) -> bool:
    """Queued or running for longer than any analysis takes, or running on a worker that
    died: it may be queued again."""
    if is_lost(article_id, app):
        return True
    try:
        queued_at = get_huey(app).get(f"queued_at:{article_id}", peek=True)
    except Exception:  # noqa: BLE001
        queued_at = None
    if not isinstance(queued_at, int | float):
        return True  # queued before this was recorded, or the queue lost it
    return time.time() - queued_at > STALE_AFTER_SECONDS


def run_analysis(article_id: int) -> str:
    """The job itself, inside an app context: analyse, store claims, generate the draft."""
    from quizapp import store
    from quizapp.services.authoring import articles

    session = db.session
    article = session.get(Article, article_id)
    if article is None:
        return "missing"
    article.analysis_state = AnalysisState.RUNNING
    article.analysis_error = ""
    session.commit()
    if WORKER_ID is not None:
        get_huey().put(f"running_on:{article_id}", WORKER_ID)
    try:
        set_progress(article_id, "reading")
        core_article = store.article_to_core(article)
        from quizapp.core.questions.suitability import not_news, too_long

        # A text that cannot make a quiz gets a plain sentence, not a draft of guesses;
        # an over-long one before the minutes of parsing.
        message = too_long(core_article)
        if message:
            return _refuse(article, message)
        set_progress(article_id, "parsing")
        from quizapp.core import analysis as analysis_module

        result = analysis_module.analyze(core_article)
        message = not_news(result)
        if message:
            return _refuse(article, message)
        set_progress(article_id, "questions")
        articles.store_analysis(session, article, result)
        session.commit()
    except Exception as error:  # noqa: BLE001 - the page must say why, whatever went wrong
        session.rollback()
        log.error("analysis of article %s failed:\n%s", article_id, traceback.format_exc())
        article = session.get(Article, article_id)
        if article is not None:
            article.analysis_state = AnalysisState.FAILED
            article.analysis_error = f"{type(error).__name__}: {error}"[:2000]
            session.commit()
        set_progress(article_id, "failed")
        _finished(article_id)
        return "failed"
    set_progress(article_id, "done")
    _finished(article_id)
    return "done"


def _refuse(article: Article, message: str) -> str:
    """End the job with the plain message the instructor reads instead of a quiz."""
    article.analysis_state = AnalysisState.FAILED
    article.analysis_error = message[:2000]
    db.session.commit()
    set_progress(article.id, "failed")
    _finished(article.id)
    return "refused"


def _finished(article_id: int) -> None:
    """The analysis ended (either way): no worker holds it, and its crash count restarts."""
    try:
        huey = get_huey()
        huey.get(f"running_on:{article_id}")
        huey.get(f"tries:{article_id}")
    except Exception:  # noqa: BLE001 - bookkeeping only
        log.warning("could not clear the job keys of article %s", article_id, exc_info=True)
