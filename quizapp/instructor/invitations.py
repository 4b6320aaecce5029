"""The admin's invitation pages: make a one-time link for a new instructor, list, revoke.

The link's token appears once, in the response to the POST that made it; the database keeps
only its SHA-256. The invited person uses the link on the auth blueprint's accept page.
"""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, render_template, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import SubmitField

from quizapp.extensions import db
from quizapp.instructor import bp
from quizapp.security import admin_required, no_store
from quizapp.services import invitations


class InviteForm(FlaskForm):
    submit = SubmitField("Make an invitation link")


def _invitations_page(form: InviteForm, link: str | None = None) -> Response:
    return no_store(
        make_response(
            render_template(
                "instructor/invitations.html",
                invitations=invitations.invitations_by(db.session, current_user),
                form=form,
                link=link,
                state=invitations.state,
            )
        )
    )


@bp.route("/invitations")
@admin_required
def invitations_page() -> Response:
    return _invitations_page(InviteForm())


@bp.route("/invitations", methods=["POST"])
@admin_required
def create_invitation() -> Response:
    form = InviteForm()
    if not form.validate_on_submit():
        return redirect(url_for("instructor.invitations_page"))
    _invitation, token = invitations.create_invitation(db.session, current_user)
    db.session.commit()
    link = url_for("auth.accept_invitation", token=token, _external=True)
    return _invitations_page(InviteForm(), link=link)


@bp.route("/invitations/<int:invitation_id>/revoke", methods=["POST"])
@admin_required
def revoke_invitation(invitation_id: int) -> Response:
    try:
        invitations.revoke(db.session, current_user, invitation_id)
    except LookupError:
        abort(404)
    db.session.commit()
    flash("The invitation link no longer works.", "success")
    return redirect(url_for("instructor.invitations_page"))
