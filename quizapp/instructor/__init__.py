"""The instructor's side: articles, sets, classes, results, learners and invitations."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("instructor", __name__, url_prefix="/teach", template_folder="templates")

# The routes: importing them registers them on ``bp``.
from quizapp.instructor import (  # noqa: E402, F401
    articles,
    claims,
    classes,
    extra_time,
    invitations,
    learners,
    questions,
    results,
    sets,
)
