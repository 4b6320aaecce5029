"""Times on the pages in the reader's own time zone.

Every time is stored in UTC. A page shows it as ``<time datetime="...Z" data-local>`` with
the text in the school's zone (setting ``QUIZAPP_TIMEZONE``, default UTC), zone named;
``static/local-time.js`` then rewrites the text in the browser's own zone. So a teacher
reads local time with JavaScript, and the school's time without, never a bare UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Flask, current_app
from markupsafe import Markup

from quizapp.models import as_utc


def school_zone() -> ZoneInfo:
    """The school's zone (QUIZAPP_TIMEZONE, default UTC): dates typed by teachers are in it."""
    try:
        return ZoneInfo(str(current_app.config.get("TIMEZONE") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def when(value: datetime | None, date_only: bool = False) -> Markup:
    """A stored time as a ``<time>`` element that local-time.js shows in the browser's zone."""
    moment = as_utc(value)
    if moment is None:
        return Markup("")
    local = moment.astimezone(school_zone())
    text = local.strftime("%Y-%m-%d" if date_only else "%Y-%m-%d %H:%M")
    if not date_only:
        text += f" {local.tzname()}"
    iso = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    kind = "date" if date_only else "datetime"
    return Markup('<time datetime="{}" data-local="{}">{}</time>').format(iso, kind, text)


def init_app(app: Flask) -> None:
    app.add_template_filter(when, "when")
