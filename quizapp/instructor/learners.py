"""Self-registered learners, for the admin: no instructor created them, so no class page
can delete them; the admin can (and ``quizapp delete-learner`` can)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from quizapp.extensions import db
from quizapp.instructor import bp
from quizapp.instructor.classes import ConfirmForm
from quizapp.models import Role, User
from quizapp.security import admin_required
from quizapp.services import accounts


def _learner(user_id: int) -> User:
    """A self-registered learner; a pupil an instructor made is theirs to delete (404)."""
    user = db.session.get(User, user_id)
    if user is None or user.role != Role.LEARNER or user.created_by_id is not None:
        abort(404)
    return user


@bp.route("/learners")
@admin_required
def self_registered() -> str:
    return render_template(
        "instructor/learners.html", learners=accounts.self_registered_learners(db.session)
    )


@bp.route("/learners/<int:user_id>/delete")
@admin_required
def confirm_delete_learner(user_id: int) -> str:
    learner = _learner(user_id)
    return render_template(
        "instructor/learner_delete.html",
        learner=learner,
        summary=accounts.learner_summary(db.session, learner),
        form=ConfirmForm(),
    )


@bp.route("/learners/<int:user_id>/delete", methods=["POST"])
@admin_required
def delete_learner(user_id: int) -> Response:
    _learner(user_id)
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for("instructor.confirm_delete_learner", user_id=user_id))
    username = accounts.delete_learner(db.session, user_id)
    db.session.commit()
    flash(f"The account {username} and all its answers are deleted.", "success")
    return redirect(url_for("instructor.self_registered"))
