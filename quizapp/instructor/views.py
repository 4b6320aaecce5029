"""The instructor's side."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user

from quizapp import sets
from quizapp.extensions import db
from quizapp.security import instructor_required

bp = Blueprint("instructor", __name__, url_prefix="/teach", template_folder="templates")


@bp.route("/")
@instructor_required
def dashboard() -> str:
    return render_template(
        "instructor/dashboard.html", sets=sets.sets_owned_by(db.session, current_user)
    )
from quizapp.instructor import results  # noqa: E402,F401
from quizapp.instructor import classes  # noqa: E402,F401
