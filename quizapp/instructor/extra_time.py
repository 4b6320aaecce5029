"""Extra time for one learner on one set (for example, an agreed accommodation).

The minutes are added to the set's time limit when that learner starts an attempt, and to
the deadline of an attempt they are taking now. Instructor-only, own sets only (another
instructor's set is a 404). Registered on the instructor blueprint.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import HiddenField, IntegerField, SubmitField
from wtforms.validators import DataRequired, InputRequired, NumberRange

from quizapp.extensions import db
from quizapp.instructor import bp
from quizapp.instructor.lookups import set_or_404
from quizapp.models import Assignment, ClassMember, QuestionSet, Role, SetAccess, User
from quizapp.security import instructor_required
from quizapp.services import attempts


class ExtraTimeForm(FlaskForm):
    user_id = HiddenField(validators=[DataRequired()])
    minutes = IntegerField(
        "Extra minutes",
        validators=[InputRequired(), NumberRange(min=0, max=attempts.MAX_EXTRA_MINUTES)],
    )
    submit = SubmitField("Save")


def learners_with_access(question_set: QuestionSet) -> list[tuple[User, int]]:
    """(learner, extra minutes) for everyone who joined the set or is in a class it is
    assigned to, by name."""
    joined = select(SetAccess.user_id).where(SetAccess.set_id == question_set.id)
    assigned = (
        select(ClassMember.user_id)
        .join(Assignment, Assignment.class_id == ClassMember.class_id)
        .where(Assignment.set_id == question_set.id)
    )
    users = db.session.scalars(
        select(User)
        .where(User.role == Role.LEARNER, User.id.in_(joined.union(assigned)))
        .order_by(User.display_name, User.username)
    )
    return [(u, attempts.extra_minutes(db.session, u.id, question_set.id)) for u in users]


@bp.route("/sets/<int:set_id>/extra-time", methods=["GET", "POST"])
@instructor_required
def extra_time(set_id: int) -> str | Response:
    question_set = set_or_404(set_id)
    learners = learners_with_access(question_set)
    form = ExtraTimeForm()
    if form.validate_on_submit():
        allowed = {u.id for u, _ in learners}
        try:
            user_id = int(form.user_id.data or "")
        except ValueError:
            abort(404)
        if user_id not in allowed:
            abort(404)
        attempts.set_extra_minutes(db.session, question_set, user_id, form.minutes.data or 0)
        db.session.commit()
        name = db.session.get(User, user_id).name  # type: ignore[union-attr]
        flash(f"{name} now has {form.minutes.data} extra minutes on this set.", "success")
        return redirect(url_for("instructor.extra_time", set_id=set_id))
    if form.is_submitted():
        for errors in form.errors.values():
            for message in errors:
                flash(message, "error")
    return render_template(
        "instructor/extra_time.html",
        question_set=question_set,
        learners=learners,
        form=form,
    )
