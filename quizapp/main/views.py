"""The home page and the health check."""

from __future__ import annotations

from flask import jsonify, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.wrappers import Response

from quizapp.extensions import csrf, db
from quizapp.main import bp
from quizapp.security import public


@bp.route("/")
@public
def home() -> str | Response:
    if current_user.is_authenticated:
        if current_user.is_instructor:
            return redirect(url_for("instructor.dashboard"))
        return redirect(url_for("quiz.home"))
    return render_template("home.html")


@bp.route("/health")
@public
@csrf.exempt
def health() -> tuple[Response, int]:
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return jsonify(status="error", database="unreachable"), 503
    return jsonify(status="ok", database="ok"), 200
