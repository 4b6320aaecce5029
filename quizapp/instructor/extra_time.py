"""Extra time for one learner on one set (for example, an agreed accommodation).

The minutes are added to the set's time limit when that learner starts an attempt, and to
the deadline of an attempt they are taking now. Instructor-only, own sets only (another
instructor's set is a 404). Registered on the instructor blueprint.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import HiddenField, IntegerField, SubmitField
from wtforms.validators import DataRequired, InputRequired, NumberRange

from quizapp.extensions import db
from quizapp.instructor import bp
from quizapp.instructor.lookups import set_or_404
from quizapp.models import User
from quizapp.security import instructor_required
from quizapp.services import attempts, set_access


class ExtraTimeForm(FlaskForm):
    user_id = HiddenField(validators=[DataRequired()])
    minutes = IntegerField(
        "Extra minutes",
        validators=[InputRequired(), NumberRange(min=0, max=attempts.MAX_EXTRA_MINUTES)],
    )
    submit = SubmitField("Save")


@bp.route("/sets/<int:set_id>/extra-time", methods=["GET", "POST"])
@instructor_required
def extra_time(set_id: int) -> str | Response:
    question_set = set_or_404(set_id)
    learners = set_access.learners_with_access(db.session, question_set)
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
