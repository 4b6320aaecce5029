"""JSON endpoints for the browser's enhancements."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api")

# The routes: importing them registers them on ``bp``.
from quizapp.api import views  # noqa: E402, F401
