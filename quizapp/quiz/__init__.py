"""The learner's side: joining, taking a quiz, feedback, and their own data."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("quiz", __name__, template_folder="templates")

# The routes: importing them registers them on ``bp``.
from quizapp.quiz import my_data, views  # noqa: E402, F401
