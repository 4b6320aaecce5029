"""Register, log in, log out, and accept an instructor invitation."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/auth", template_folder="templates")

# The routes: importing them registers them on ``bp``.
from quizapp.auth import invitations, views  # noqa: E402, F401
