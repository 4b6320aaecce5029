"""``quizapp purge``: the retention setting, meant for a daily cron job (docs/privacy.md)."""

from __future__ import annotations

from datetime import timedelta

import click


@click.command("purge")
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(min=1),
    default=None,
    metavar="DAYS",
    help="Delete attempts started more than DAYS days ago. Default: QUIZAPP_RETENTION_DAYS.",
)
@click.option("--dry-run", is_flag=True, help="Count what would be deleted; delete nothing.")
def purge(days: int | None, dry_run: bool) -> None:
    """Delete attempts (and their answers) older than the retention period."""
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.services import privacy

    app = create_app()
    with app.app_context():
        if days is None:
            from quizapp.main.privacy import retention_days

            days = retention_days()
        if days is None:
            raise click.UsageError("Give --older-than DAYS, or set QUIZAPP_RETENTION_DAYS.")
        report = privacy.purge(db.session, timedelta(days=days), dry_run=dry_run)
        if dry_run:
            db.session.rollback()
        else:
            db.session.commit()
    verb = "Would delete" if dry_run else "Deleted"
    click.echo(f"{verb} what started before {report.cutoff.isoformat(timespec='seconds')}:")
    for table, count in report.counts().items():
        click.echo(f"  {table}: {count}")
