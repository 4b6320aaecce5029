"""The public page where a person invited by an admin makes their instructor account.

The admin's side (making, listing and revoking links) is ``quizapp.instructor.invitations``.
"""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, render_template, url_for
from flask_login import current_user, login_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from quizapp.auth import bp
from quizapp.extensions import db
from quizapp.security import no_store, public
from quizapp.services import accounts, invitations


class AcceptForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(min=2, max=63)])
    display_name = StringField("Your name (as learners see it)", validators=[Length(max=120)])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=8, max=256)])
    confirm = PasswordField(
        "Password again", validators=[DataRequired(), EqualTo("password", "The passwords differ.")]
    )
    submit = SubmitField("Create instructor account")


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
    return no_store(make_response(render_template("auth/invitation_accept.html", form=form)))
