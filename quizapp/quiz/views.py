"""The learner's side: the sets open to them and joining a set by its code."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp import sets
from quizapp.extensions import db
from quizapp.quiz.forms import JoinForm
from quizapp.security import learner_required, public

bp = Blueprint("quiz", __name__, template_folder="templates")


@bp.route("/learn/")
@learner_required
def home() -> str:
    return render_template(
        "quiz/home.html", sets=sets.sets_open_to(db.session, current_user), form=JoinForm()
    )


@bp.route("/join/<code>")
@public
def join_landing(code: str) -> str:
    question_set = sets.find_published_by_code(db.session, code)
    if question_set is None:
        abort(404, "No open quiz has that code. Check it with your teacher.")
    return render_template("quiz/join.html", question_set=question_set, form=JoinForm(code=code))


@bp.route("/join", methods=["POST"])
@learner_required
def join() -> Response:
    form = JoinForm()
    if not form.validate_on_submit():
        flash("Type the code your teacher gave you.", "error")
        return redirect(url_for("quiz.home"))
    question_set = sets.find_published_by_code(db.session, form.code.data or "")
    if question_set is None:
        flash("No open quiz has that code. Check it with your teacher.", "error")
        return redirect(url_for("quiz.home"))
    sets.join_set(db.session, current_user, question_set)
    db.session.commit()
    flash(f"You joined “{question_set.title}”.", "success")
    return redirect(url_for("quiz.home"))
