"""A learner's download of their own data (attempts and answers), as CSV or JSON."""

from __future__ import annotations

from flask import Response, render_template
from flask_login import current_user

from quizapp.extensions import db
from quizapp.quiz import bp
from quizapp.security import learner_required
from quizapp.services import privacy


def _download(body: str, mimetype: str, extension: str) -> Response:
    filename = f"quizapp-{current_user.username}.{extension}"
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/learn/my-data")
@learner_required
def my_data() -> str:
    data = privacy.export_own_data(db.session, current_user)
    return render_template("quiz/my_data.html", data=data)


@bp.route("/learn/my-data.json")
@learner_required
def my_data_json() -> Response:
    data = privacy.export_own_data(db.session, current_user)
    return _download(privacy.own_data_json(data), "application/json", "json")


@bp.route("/learn/my-data.csv")
@learner_required
def my_data_csv() -> Response:
    data = privacy.export_own_data(db.session, current_user)
    return _download(privacy.own_data_csv(data), "text/csv; charset=utf-8", "csv")
