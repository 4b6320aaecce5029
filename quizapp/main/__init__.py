"""The home page, the health check and the privacy page."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("main", __name__)

# The routes: importing them registers them on ``bp``.
from quizapp.main import privacy, views  # noqa: E402, F401
