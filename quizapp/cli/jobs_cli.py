"""``quizapp worker``: the Huey consumer that runs article analyses."""

from __future__ import annotations

import logging
import threading
import time
import uuid

import click


@click.command("worker")
@click.option("--workers", "-w", default=1, show_default=True, help="Worker threads.")
@click.option("--verbose", "-v", is_flag=True, help="Log every task.")
def worker(workers: int, verbose: bool) -> None:
    """Run the job queue's worker (article analysis). Loads the language model once."""
    from quizapp import create_app
    from quizapp.services import jobs
    from quizapp.services.jobs import get_huey, immediate, make_consumer

    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app = create_app()
    if immediate(app):
        raise click.UsageError("JOBS_IMMEDIATE is on: tasks run in the web process, no worker.")
    huey = get_huey(app)
    consumer = make_consumer(huey, workers)
    click.echo(
        f"quizapp worker: queue {huey.name!r} ({type(huey.storage).__name__}), {workers} worker(s)"
    )
    jobs.WORKER_ID = uuid.uuid4().hex
    threading.Thread(target=_keep_alive, args=(app, jobs.WORKER_ID), daemon=True).start()
    consumer.run()


def _keep_alive(app, worker_id: str) -> None:  # type: ignore[no-untyped-def]
    """Say this worker is alive; now and then, take back what dead workers left running."""
    from quizapp.services import jobs

    beats = 0
    while True:
        try:
            jobs.heartbeat(app, worker_id)
            if beats % 6 == 0:  # at start, then every 30 seconds
                jobs.recover_lost(app)
        except Exception:  # noqa: BLE001 - the queue or database is down: try again later
            logging.getLogger(__name__).warning("heartbeat failed", exc_info=True)
        beats += 1
        time.sleep(jobs.HEARTBEAT_SECONDS)
