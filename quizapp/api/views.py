"""JSON endpoints for the browser's enhancements. Same roles and CSRF as the pages."""

from __future__ import annotations

from flask import jsonify
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.api import bp
from quizapp.security import signed_in


@bp.route("/me")
@signed_in
def me() -> Response:
    return jsonify(
        username=current_user.username, name=current_user.name, role=current_user.role.value
    )
