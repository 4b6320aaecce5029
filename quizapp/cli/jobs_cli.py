"""``quizapp worker``: the Huey consumer that runs article analyses."""

from __future__ import annotations

import logging

import click


@click.command("worker")
@click.option("--workers", "-w", default=1, show_default=True, help="Worker threads.")
@click.option("--verbose", "-v", is_flag=True, help="Log every task.")
def worker(workers: int, verbose: bool) -> None:
    """Run the job queue's worker (article analysis). Loads the language model once."""
    from quizapp import create_app
    from quizapp.jobs import get_huey, immediate, make_consumer

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
    consumer.run()
