"""A set's questions: edited, added, deleted and moved by hand, and the set printed.

Every view is ``@instructor_required`` and looks its objects up through
``instructor.lookups``, so another instructor's ids give 404.
"""

from __future__ import annotations

from typing import Any

from flask import (
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.wrappers import Response

from quizapp import models, store
from quizapp.extensions import db
from quizapp.instructor import bp, forms, question_editor
from quizapp.instructor.lookups import (
    question_or_404,
    set_or_404,
)
from quizapp.security import instructor_required
from quizapp.services import attempts
from quizapp.services.authoring import AuthoringError, questions


@bp.route("/sets/<int:set_id>/print")
@instructor_required
def print_set(set_id: int) -> str:
    from quizapp.quiz.article_view import paragraph_spans

    qs = set_or_404(set_id)
    a = qs.article
    # One <p> per paragraph line of the body, the headline left to the heading: the body
    # spans alone ran the whole article into one paragraph, headline included.
    paragraphs = paragraph_spans(a.text, a.body, a.title) if a is not None else []
    return render_template(
        "instructor/print.html",
        qs=qs,
        questions=_printable(qs),
        key=False,
        article_paragraphs=paragraphs,
    )


@bp.route("/sets/<int:set_id>/key")
@instructor_required
def answer_key(set_id: int) -> str:
    qs = set_or_404(set_id)
    return render_template("instructor/print.html", qs=qs, questions=_printable(qs), key=True)


def _printable(qs: models.QuestionSet) -> list[dict[str, Any]]:
    """Each question with what its type's "print" partial shows of the key."""
    return [
        {"q": q, **attempts.question_type(q.type).printed(store.question_to_core(q))}
        for q in questions.active_questions(qs)
    ]


@bp.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
@instructor_required
def edit_question(question_id: int) -> str | Response | tuple[str, int]:
    q = question_or_404(question_id)
    qs = q.question_set
    if request.method == "POST":
        form = question_editor.posted_form()
        if form.validate_on_submit():
            try:
                new = question_editor.question_from_form(form, q)
                saved = questions.edit_question(db.session, q, new)
            except AuthoringError as error:
                db.session.rollback()
                general = question_editor.attach_errors(form, error.errors)
            else:
                db.session.commit()
                note = (
                    " Learners who already answered it keep their marks: they were graded"
                    " on the earlier version."
                    if saved.id != question_id
                    else ""
                )
                flash("Question saved." + note, "success")
                return redirect(url_for("instructor.question_set", set_id=qs.id) + f"#q{saved.id}")
        else:
            general = []
        return render_template(
            "instructor/question_form.html", form=form, qs=qs, q=q, general=general
        ), 422
    return render_template(
        "instructor/question_form.html",
        form=question_editor.question_form(q),
        qs=qs,
        q=q,
        general=[],
        answered=questions.has_answers(db.session, q),
    )


@bp.route("/sets/<int:set_id>/questions/new", methods=["GET", "POST"])
@instructor_required
def new_question(set_id: int) -> str | Response | tuple[str, int]:
    qs = set_or_404(set_id)
    form = question_editor.question_form()
    general: list[str] = []
    if form.validate_on_submit():
        try:
            saved = questions.add_question(
                db.session, qs, question_editor.question_from_form(form, None)
            )
        except AuthoringError as error:
            db.session.rollback()
            general = question_editor.attach_errors(form, error.errors)
        else:
            db.session.commit()
            flash("Question added.", "success")
            return redirect(url_for("instructor.question_set", set_id=qs.id) + f"#q{saved.id}")
        return render_template(
            "instructor/question_form.html", form=form, qs=qs, q=None, general=general
        ), 422
    status = 422 if request.method == "POST" else 200
    return render_template(
        "instructor/question_form.html", form=form, qs=qs, q=None, general=general
    ), status


@bp.route("/questions/<int:question_id>/delete", methods=["POST"])
@instructor_required
def delete_question(question_id: int) -> Response:
    q = question_or_404(question_id)
    set_id = q.set_id
    if forms.ActionForm().validate_on_submit():
        questions.delete_question(db.session, q)
        db.session.commit()
        flash("Question deleted.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id) + "#questions")


@bp.route("/questions/<int:question_id>/move", methods=["POST"])
@instructor_required
def move_question(question_id: int) -> Response:
    q = question_or_404(question_id)
    form = forms.MoveForm()
    if form.validate_on_submit() and form.direction.data in ("up", "down"):
        questions.move_question(db.session, q, -1 if form.direction.data == "up" else 1)
        db.session.commit()
    return redirect(url_for("instructor.question_set", set_id=q.set_id) + f"#q{q.id}")
