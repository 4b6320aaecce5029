"""Register, log in, log out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user
from sqlalchemy import update
from werkzeug.wrappers import Response

from quizapp.auth import bp
from quizapp.auth.forms import LoginForm, RegisterForm
from quizapp.extensions import db
from quizapp.models import QuestionSet, Role, User, utcnow
from quizapp.security import burn_password_check, public, signed_in, throttle, verify_password
from quizapp.services import accounts, set_access


def _safe_next(target: str | None) -> str | None:
    """Only same-site paths: an open redirect would let a phishing link borrow our log-in."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


@bp.route("/login", methods=["GET", "POST"])
@public
def login() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        username = form.username.data or ""
        address = request.remote_addr or "unknown"
        if throttle().blocked(username, address):
            flash("Too many failed log-ins. Wait a few minutes, then try again.", "error")
            return render_template("auth/login.html", form=form), 429
        user = accounts.find_user(db.session, username)
        if user is None:
            burn_password_check(form.password.data or "")
            ok = False
        else:
            ok = verify_password(user, form.password.data or "")
        if ok and user is not None:
            throttle().succeeded(username, address)
            user.last_login_at = utcnow()
            db.session.commit()
            login_user(user)
            return redirect(_safe_next(request.args.get("next")) or url_for("main.home"))
        throttle().failed(username, address)
        flash("That username and password do not match.", "error")
        status = 401
    return render_template("auth/login.html", form=form), status


@bp.route("/register", methods=["GET", "POST"])
@public
def register() -> str | Response:
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = RegisterForm(join_code=request.args.get("code", ""))
    if form.validate_on_submit():
        try:
            user = accounts.create_user(
                db.session,
                form.username.data or "",
                form.password.data or "",
                Role.LEARNER,
                display_name=form.display_name.data or "",
                email=form.email.data,
            )
        except accounts.AccountError as error:
            db.session.rollback()
            form.username.errors.append(str(error))
        else:
            joined = _join_by_code(user, form.join_code.data or "")
            db.session.commit()
            login_user(user)
            flash("Welcome! Your account is ready.", "success")
            if joined is not None:
                flash(f"You joined “{joined.title}”.", "success")
                return redirect(url_for("quiz.set_page", set_id=joined.id))
            if (form.join_code.data or "").strip():
                flash("No open quiz has that code. Check it with your teacher.", "error")
            return redirect(url_for("main.home"))
    return render_template("auth/register.html", form=form)


def _join_by_code(user: User, code: str) -> QuestionSet | None:
    """The published set the code opens, joined by ``user``; None for no code or a wrong one."""
    question_set = set_access.find_published_by_code(db.session, code) if code.strip() else None
    if question_set is not None:
        set_access.join_set(db.session, user, question_set)
    return question_set


@bp.route("/logout", methods=["POST"])
@signed_in
def logout() -> Response:
    # One UPDATE, so two log-outs at once both count; the cookie's token then matches no one.
    db.session.execute(
        update(User)
        .where(User.id == current_user.id)
        .values(session_version=User.session_version + 1)
    )
    db.session.commit()
    logout_user()
    flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))
