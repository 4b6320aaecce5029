"""The public privacy page, on the main blueprint."""

from __future__ import annotations

from flask import current_app, render_template

from quizapp.main import bp
from quizapp.security import public


def retention_days() -> int | None:
    """QUIZAPP_RETENTION_DAYS: what ``quizapp purge`` uses when run without --older-than."""
    value = current_app.config.get("RETENTION_DAYS")
    try:
        days = int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
    return days if days and days > 0 else None


@bp.route("/privacy")
@public
def privacy() -> str:
    return render_template("privacy.html", retention_days=retention_days())
