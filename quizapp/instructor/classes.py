"""Classes on the instructor's side: pupils, login slips, assignments.

Every route looks its class or pupil up through ``quizapp.services.classes``, which raises
``NotYours`` for anything that is not the current instructor's: that is a 404 here.
Pages that show plain passwords (the slips) are rendered straight from the POST that made
them, with ``Cache-Control: no-store``: the passwords are in no database row, cookie or URL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy.exc import IntegrityError
from werkzeug.wrappers import Response
from wtforms import (
    DateTimeLocalField,
    HiddenField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional

from quizapp.extensions import db
from quizapp.instructor import bp
from quizapp.local_time import school_zone
from quizapp.security import instructor_required, throttle
from quizapp.services import accounts, classes

F = TypeVar("F", bound=Callable[..., Any])


class ClassForm(FlaskForm):
    name = StringField("Class name", validators=[DataRequired(), Length(max=classes.MAX_NAME)])
    submit = SubmitField("Create class")


class PupilsForm(FlaskForm):
    names = TextAreaField(
        "Pupils' names, one per line",
        description="Paste a column from a spreadsheet, or type a single name.",
        validators=[DataRequired(), Length(max=30_000)],
    )
    submit = SubmitField("Add pupils and make login slips")


class ExistingPupilForm(FlaskForm):
    # Checked by ownership in quizapp.services.classes, not against the rendered list.
    user_id = SelectField("One of your pupils", coerce=int, validate_choice=False, choices=[])
    submit = SubmitField("Add to this class")


class AssignForm(FlaskForm):
    set_id = SelectField("Published set", coerce=int)
    opens_at = DateTimeLocalField("Opens (optional)", validators=[Optional()])
    closes_at = DateTimeLocalField("Closes (optional)", validators=[Optional()])
    submit = SubmitField("Assign")


class ConfirmForm(FlaskForm):
    confirm = HiddenField(default="yes")
    submit = SubmitField("Delete")


def _owned(view: F) -> F:
    """Turn ``NotYours`` into 404, so another instructor's ids look like missing ones."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            return view(*args, **kwargs)
        except classes.NotYours:
            db.session.rollback()
            abort(404)

    return wrapped  # type: ignore[return-value]


def _typed_zone() -> ZoneInfo:
    """The zone the teacher typed the times in: their browser's (posted by local-time.js as
    ``tz``), else the school's."""
    name = request.form.get("tz", "")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return school_zone()


def _to_utc(local: datetime | None) -> datetime | None:
    if local is None:
        return None
    return local.replace(tzinfo=_typed_zone()).astimezone(UTC)


def _slips_response(
    classroom: classes.Classroom, slips: list[classes.Slip], known: list[str] | None = None
) -> Response:
    response = make_response(
        render_template(
            "instructor/slips.html",
            classroom=classroom,
            slips=slips,
            known=known or [],
            login_url=url_for("auth.login", _external=True),
        )
    )
    # Plain passwords: keep them out of the browser cache, history restore and referrers.
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.route("/classes")
@instructor_required
def class_list() -> str:
    return render_template(
        "instructor/classes.html",
        classes=classes.classes_of(db.session, current_user),
        form=ClassForm(),
    )


@bp.route("/classes", methods=["POST"])
@instructor_required
def create_class() -> str | Response:
    form = ClassForm()
    if form.validate_on_submit():
        try:
            classroom = classes.create_class(db.session, current_user, form.name.data or "")
        except classes.ClassError as error:
            form.name.errors.append(str(error))
        else:
            db.session.commit()
            flash(f"Class “{classroom.name}” created. Now add its pupils.", "success")
            return redirect(url_for("instructor.class_detail", class_id=classroom.id))
    return render_template(
        "instructor/classes.html", classes=classes.classes_of(db.session, current_user), form=form
    )


def _class_page(
    classroom: classes.Classroom,
    pupils_form: PupilsForm | None = None,
    assign_form: AssignForm | None = None,
) -> str:
    session = db.session
    existing = ExistingPupilForm()
    existing.user_id.choices = [
        (p.id, f"{p.display_name} ({p.username})")
        for p in classes.own_pupils_not_in(session, current_user, classroom)
    ]
    assign = assign_form or AssignForm()
    assign.set_id.choices = [
        (s.id, s.title) for s in classes.assignable_sets(session, current_user)
    ]
    return render_template(
        "instructor/class.html",
        classroom=classroom,
        pupils=classes.members(session, classroom),
        assignments=classes.assignments_of(session, classroom),
        pupils_form=pupils_form or PupilsForm(),
        existing_form=existing,
        assign_form=assign,
        confirm_form=ConfirmForm(),
        zone=school_zone().key,
    )


@bp.route("/classes/<int:class_id>")
@instructor_required
@_owned
def class_detail(class_id: int) -> str:
    return _class_page(classes.get_class(db.session, current_user, class_id))


@bp.route("/classes/<int:class_id>/delete", methods=["POST"])
@instructor_required
@_owned
def delete_class(class_id: int) -> Response:
    classroom = classes.get_class(db.session, current_user, class_id)
    name = classroom.name
    classes.delete_class(db.session, current_user, class_id)
    db.session.commit()
    flash(f"Class “{name}” deleted. Its pupils' accounts are still there.", "success")
    return redirect(url_for("instructor.class_list"))


@bp.route("/classes/<int:class_id>/pupils", methods=["POST"])
@instructor_required
@_owned
def add_pupils(class_id: int) -> str | Response:
    classroom = classes.get_class(db.session, current_user, class_id)
    form = PupilsForm()
    if not form.validate_on_submit():
        return _class_page(classroom, pupils_form=form)
    try:
        names = classes.parse_names(form.names.data or "")
        names, known = classes.split_known_names(db.session, classroom, names)
        if known and not names:
            raise classes.ClassError(
                "All of these pupils are already in the class. To add another pupil with "
                "the same name as one in the class, make the name differ (add an initial)."
            )
        slips = classes.add_pupils(db.session, current_user, classroom, names)
        db.session.commit()
    except (classes.ClassError, accounts.AccountError) as error:
        db.session.rollback()
        form.names.errors.append(str(error))
        return _class_page(classroom, pupils_form=form)
    except IntegrityError:
        # Another teacher took one of the same usernames at the same moment.
        db.session.rollback()
        form.names.errors.append("Two accounts were made at once. Please send the list again.")
        return _class_page(classroom, pupils_form=form)
    return _slips_response(classroom, slips, known)


@bp.route("/classes/<int:class_id>/pupils/existing", methods=["POST"])
@instructor_required
@_owned
def add_existing_pupil(class_id: int) -> Response:
    classroom = classes.get_class(db.session, current_user, class_id)
    form = ExistingPupilForm()
    if form.validate_on_submit() and form.user_id.data:
        pupil = classes.add_existing_pupil(db.session, current_user, classroom, form.user_id.data)
        db.session.commit()
        flash(f"{pupil.display_name} added to {classroom.name}.", "success")
    return redirect(url_for("instructor.class_detail", class_id=class_id))


@bp.route("/classes/<int:class_id>/pupils/<int:user_id>/reset", methods=["POST"])
@instructor_required
@_owned
def reset_pupil_password(class_id: int, user_id: int) -> Response:
    classroom = classes.get_class(db.session, current_user, class_id)
    slip = classes.reset_password(db.session, current_user, class_id, user_id)
    db.session.commit()
    return _slips_response(classroom, [slip])


@bp.route("/classes/<int:class_id>/pupils/<int:user_id>/remove", methods=["POST"])
@instructor_required
@_owned
def remove_pupil(class_id: int, user_id: int) -> Response:
    classroom = classes.get_class(db.session, current_user, class_id)
    pupil = classes.pupil_in_class(db.session, current_user, class_id, user_id)
    name = pupil.display_name
    classes.remove_from_class(db.session, current_user, class_id, user_id)
    db.session.commit()
    flash(f"{name} is no longer in {classroom.name}. The account is still there.", "success")
    return redirect(url_for("instructor.class_detail", class_id=class_id))


@bp.route("/pupils")
@instructor_required
def pupils() -> str:
    return render_template(
        "instructor/class_pupils.html",
        pupils=classes.own_pupils(db.session, current_user),
    )


@bp.route("/pupils/<int:user_id>/unlock", methods=["POST"])
@instructor_required
@_owned
def unlock_pupil(user_id: int) -> Response:
    """Let a pupil log in again at once after wrong passwords throttled them."""
    pupil = classes.own_pupil(db.session, current_user, user_id)
    if ConfirmForm().validate_on_submit():
        throttle().unlock(pupil.username)
        flash(f"{pupil.username} can log in again.", "success")
    return redirect(url_for("instructor.pupils"))


@bp.route("/pupils/<int:user_id>/delete")
@instructor_required
@_owned
def confirm_delete_pupil(user_id: int) -> str:
    pupil = classes.own_pupil(db.session, current_user, user_id)
    return render_template(
        "instructor/class_delete_pupil.html",
        pupil=pupil,
        summary=classes.pupil_summary(db.session, pupil),
        form=ConfirmForm(),
    )


@bp.route("/pupils/<int:user_id>/delete", methods=["POST"])
@instructor_required
@_owned
def delete_pupil(user_id: int) -> Response:
    form = ConfirmForm()
    if not form.validate_on_submit():
        return redirect(url_for("instructor.confirm_delete_pupil", user_id=user_id))
    username = classes.delete_pupil(db.session, current_user, user_id)
    db.session.commit()
    flash(f"The account {username} and all its answers are deleted.", "success")
    return redirect(url_for("instructor.pupils"))


@bp.route("/classes/<int:class_id>/assignments", methods=["POST"])
@instructor_required
@_owned
def assign_set(class_id: int) -> str | Response:
    classroom = classes.get_class(db.session, current_user, class_id)
    form = AssignForm()
    form.set_id.choices = [
        (s.id, s.title) for s in classes.assignable_sets(db.session, current_user)
    ]
    if not form.validate_on_submit():
        return _class_page(classroom, assign_form=form)
    try:
        classes.assign_set(
            db.session,
            current_user,
            classroom,
            form.set_id.data,
            opens_at=_to_utc(form.opens_at.data),
            closes_at=_to_utc(form.closes_at.data),
        )
    except classes.ClassError as error:
        db.session.rollback()
        form.closes_at.errors = [*form.closes_at.errors, str(error)]
        return _class_page(classroom, assign_form=form)
    db.session.commit()
    flash(f"Set assigned to {classroom.name}.", "success")
    return redirect(url_for("instructor.class_detail", class_id=class_id))


@bp.route("/classes/<int:class_id>/assignments/<int:assignment_id>/delete", methods=["POST"])
@instructor_required
@_owned
def unassign_set(class_id: int, assignment_id: int) -> Response:
    classes.unassign(db.session, current_user, class_id, assignment_id)
    db.session.commit()
    flash("The set is no longer assigned to this class.", "success")
    return redirect(url_for("instructor.class_detail", class_id=class_id))
