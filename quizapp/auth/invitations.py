"""Inviting instructors: the admin's invitation pages (instructor blueprint) and the public
page where the invited person makes their account (auth blueprint).

The link's token appears once, in the response to the POST that made it; the database keeps
only its SHA-256.
"""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, render_template, url_for
from flask_login import current_user, login_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from quizapp import accounts, invitations
from quizapp.auth.views import bp
from quizapp.extensions import db
from quizapp.instructor.views import bp as instructor_bp
from quizapp.security import admin_required, public


class InviteForm(FlaskForm):
    submit = SubmitField("Make an invitation link")


class AcceptForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(min=2, max=63)])
    display_name = StringField("Your name (as learners see it)", validators=[Length(max=120)])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=8, max=256)])
    confirm = PasswordField(
        "Password again", validators=[DataRequired(), EqualTo("password", "The passwords differ.")]
    )
    submit = SubmitField("Create instructor account")


def _no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _invitations_page(form: InviteForm, link: str | None = None) -> Response:
    return _no_store(
        make_response(
            render_template(
                "auth/invitations.html",
                invitations=invitations.invitations_by(db.session, current_user),
                form=form,
                link=link,
                state=invitations.state,
            )
        )
    )


@instructor_bp.route("/invitations")
@admin_required
def invitations_page() -> Response:
    return _invitations_page(InviteForm())


@instructor_bp.route("/invitations", methods=["POST"])
@admin_required
def create_invitation() -> Response:
    form = InviteForm()
    if not form.validate_on_submit():
        return redirect(url_for("instructor.invitations_page"))
    _invitation, token = invitations.create_invitation(db.session, current_user)
    db.session.commit()
    link = url_for("auth.accept_invitation", token=token, _external=True)
    return _invitations_page(InviteForm(), link=link)


@instructor_bp.route("/invitations/<int:invitation_id>/revoke", methods=["POST"])
@admin_required
def revoke_invitation(invitation_id: int) -> Response:
    try:
        invitations.revoke(db.session, current_user, invitation_id)
    except LookupError:
        abort(404)
    db.session.commit()
    flash("The invitation link no longer works.", "success")
    return redirect(url_for("instructor.invitations_page"))


@bp.route("/invitation/<token>", methods=["GET", "POST"])
@public
def accept_invitation(token: str) -> Response:
    if current_user.is_authenticated:
        flash("Log out first to use an invitation link for a new account.", "info")
        return redirect(url_for("main.home"))
    if invitations.find_usable(db.session, token) is None:
        abort(404, "This invitation link is not valid: it was used or has expired.")
    form = AcceptForm()
    if form.validate_on_submit():
        try:
            user = invitations.accept(
                db.session,
                token,
                form.username.data or "",
                form.password.data or "",
                display_name=form.display_name.data or "",
            )
        except accounts.AccountError as error:
            db.session.rollback()
            form.username.errors.append(str(error))
        except invitations.InvitationError as error:
            db.session.rollback()
            abort(404, str(error))
        else:
            db.session.commit()
            login_user(user)
            flash("Welcome! Your instructor account is ready.", "success")
            return redirect(url_for("instructor.dashboard"))
    return _no_store(make_response(render_template("auth/invitation_accept.html", form=form)))
