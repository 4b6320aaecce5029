"""Commands that need the app and its database."""

from __future__ import annotations

import getpass
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import click


def _app():  # type: ignore[no-untyped-def]
    from quizapp import create_app

    return create_app()


@click.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@click.option("--revision", default="heads", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply the Alembic migrations."""
    from quizapp import migrate
    from quizapp.extensions import db as database

    app = _app()
    with app.app_context():
        migrate.upgrade(database.engine, revision)
    click.echo(f"Database at {revision}: {_display_url(app.config['DATABASE_URL'])}")


def _display_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@click.command("create-instructor")
@click.argument("username")
@click.option("--name", "display_name", default="", help="Name shown to learners.")
@click.option("--admin/--no-admin", default=True, show_default=True, help="May invite others.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_instructor(username: str, display_name: str, admin: bool, password_stdin: bool) -> None:
    """Create an instructor account (the first one comes from here)."""
    from quizapp.extensions import db as database
    from quizapp.models import Role
    from quizapp.services import accounts

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise click.UsageError("The passwords differ.")
    app = _app()
    with app.app_context():
        try:
            user = accounts.create_user(
                database.session,
                username,
                password,
                Role.INSTRUCTOR,
                display_name=display_name,
                is_admin=admin,
            )
        except accounts.AccountError as error:
            raise click.ClickException(str(error)) from error
        database.session.commit()
        click.echo(f"Instructor {user.username!r} created.")


@click.command("load-bundled")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), default="questions")
def load_bundled(directory: Path) -> None:
    """Load the bundled question sets; sets loaded before are left alone."""
    from quizapp.extensions import db as database
    from quizapp.services import set_files

    app = _app()
    with app.app_context():
        report = set_files.load_bundled(database.session, directory)
        database.session.commit()
    for title in report.created:
        click.echo(f"loaded: {title}")
    click.echo(f"{len(report.created)} set(s) loaded, {len(report.unchanged)} already there.")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option(
    "--with-worker/--no-worker",
    default=False,
    help="Also run the background job worker (article analysis) as a child process.",
)
def serve(host: str, port: int, with_worker: bool) -> None:
    """Serve the app with Flask's server (for one machine; see README for production)."""
    import signal
    import subprocess

    app = _app()
    stop = threading.Event()
    supervisor = None
    # SIGTERM (kill, a service manager) must reach the finally below and stop the worker too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if with_worker:
        command = [sys.executable, "-c", "from quizapp.cli import main; main()", "worker"]
        supervisor = threading.Thread(
            target=supervise, args=(lambda: subprocess.Popen(command), stop), daemon=True
        )
        supervisor.start()
    try:
        app.run(host=host, port=port, debug=False, use_reloader=False, threaded=True)
    finally:
        stop.set()
        if supervisor is not None:
            supervisor.join(timeout=15)


def supervise(
    start: Callable[[], subprocess.Popen], stop: threading.Event, pause: float = 2.0
) -> None:
    """Run the child ``start`` makes, and start it again whenever it dies, until ``stop``.

    A worker killed (out of memory, kill -9) would otherwise leave analyses queued for
    ever; the new one also takes back what the dead one was running.
    """
    child = start()
    try:
        while not stop.wait(pause):
            if child.poll() is not None:
                click.echo(
                    f"the job worker exited ({child.returncode}); starting it again", err=True
                )
                child = start()
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()


@click.command("delete-learner")
@click.argument("username")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete_learner(username: str, yes: bool) -> None:
    """Delete learner USERNAME (a self-registered one too) with all their answers."""
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import Role
    from quizapp.services import accounts

    app = create_app()
    with app.app_context():
        user = accounts.find_user(db.session, username)
        if user is None or user.role != Role.LEARNER:
            name = accounts.normalise_username(username)
            raise click.ClickException(f"No learner named {name!r}.")
        summary = accounts.learner_summary(db.session, user)
        if not yes:
            click.confirm(
                f"Delete {user.username} with {summary['attempts']} attempt(s) and their answers?",
                abort=True,
            )
        name = accounts.delete_learner(db.session, user.id)
        db.session.commit()
    click.echo(f"{name} deleted, with {summary['attempts']} attempt(s) and their answers.")
