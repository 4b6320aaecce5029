"""An instructor's question sets: the dashboard and library, a set's page and settings,
publishing, regenerating, exporting, copying, deleting and importing set files."""

from __future__ import annotations

from flask import (
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from werkzeug.utils import secure_filename
from werkzeug.wrappers import Response

from quizapp import models, store
from quizapp.core.questions.suitability import (
    discernment_note,
    draft_note,
    statements_offered,
)
from quizapp.extensions import db
from quizapp.instructor import bp, forms
from quizapp.instructor.lookups import (
    flash_errors,
    set_or_404,
)
from quizapp.security import instructor_required
from quizapp.services import set_access
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    imports,
    questions,
    regeneration,
    sets,
)


@bp.route("/")
@instructor_required
def dashboard() -> str:
    return render_template(
        "instructor/dashboard.html",
        sets=set_access.sets_owned_by(db.session, current_user),
        articles=articles.articles_owned_by(db.session, current_user),
    )


@bp.route("/library")
@instructor_required
def library() -> str:
    return render_template(
        "instructor/library.html",
        sets=sets.published_library(db.session, current_user),
        form=forms.ActionForm(),
    )


@bp.route("/sets/new", methods=["GET", "POST"])
@instructor_required
def new_set() -> str | Response | tuple[str, int]:
    form = forms.SetForm()
    if form.validate_on_submit():
        qs = sets.create_set(
            db.session, current_user, form.title.data or "", form.description.data or ""
        )
        db.session.commit()
        flash("Set created. Add its questions.", "success")
        return redirect(url_for("instructor.question_set", set_id=qs.id))
    status = 422 if request.method == "POST" else 200
    return render_template("instructor/set_new.html", form=form), status


def _settings_form(qs: models.QuestionSet) -> forms.SettingsForm:
    form = forms.SettingsForm(formdata=None)
    form.title.data = qs.title
    form.description.data = qs.description
    form.shuffle.data = qs.shuffle
    form.attempts_allowed.data = qs.attempts_allowed
    form.time_limit_minutes.data = qs.time_limit_minutes
    form.feedback.data = qs.feedback.value
    form.grading.data = qs.grading.value
    return form


def render_set(qs: models.QuestionSet, settings: forms.SettingsForm | None = None) -> str:
    active = questions.active_questions(qs)
    return render_template(
        "instructor/set.html",
        qs=qs,
        questions=active,
        # A draft generated from an article that is too short to be a quiz says so.
        few_note=draft_note(len(active)) if qs.article is not None else "",
        # Whether the set gives each learner enough statements of each kind for discernment.
        measure_note=_measure_note(qs, active),
        settings=settings or _settings_form(qs),
        action=forms.ActionForm(),
        attempts=sets.attempt_count(db.session, qs),
        stale=regeneration.stale_questions(qs),
        answered=questions.answered_ids(db.session, qs),
        # The claims each question rests on, with the analyser's confidence in them.
        claims={c.id: (n, c) for n, c in enumerate(qs.article.claims, 1)} if qs.article else {},
        join_url=(
            url_for("quiz.join_landing", code=qs.join_code, _external=True)
            if qs.join_code
            else None
        ),
    )


def _measure_note(qs: models.QuestionSet, active: list[models.Question]) -> str:
    """Whether the set measures discernment; for a set made from an article, whether a
    generated question could add what it lacks (the article's own statements)."""
    if not active:
        return ""
    offered = statements_offered(store.analysis_of(qs.article)) if qs.article else None
    return discernment_note([store.question_to_core(q) for q in active], offered)


@bp.route("/sets/<int:set_id>")
@instructor_required
def question_set(set_id: int) -> str:
    return render_set(set_or_404(set_id))


@bp.route("/sets/<int:set_id>/settings", methods=["POST"])
@instructor_required
def set_settings(set_id: int) -> str | Response | tuple[str, int]:
    qs = set_or_404(set_id)
    form = forms.SettingsForm()
    if not form.validate_on_submit():
        return render_set(qs, form), 422
    try:
        sets.update_settings(
            db.session,
            qs,
            sets.Settings(
                title=form.title.data or "",
                description=form.description.data or "",
                shuffle=bool(form.shuffle.data),
                attempts_allowed=form.attempts_allowed.data or 0,
                time_limit_minutes=form.time_limit_minutes.data,
                feedback=form.feedback.data,
                grading=form.grading.data,
            ),
        )
    except AuthoringError as error:
        db.session.rollback()
        flash_errors(error)
        return redirect(url_for("instructor.question_set", set_id=set_id) + "#settings")
    db.session.commit()
    flash("Settings saved.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id) + "#settings")


@bp.route("/sets/<int:set_id>/publish", methods=["POST"])
@instructor_required
def publish(set_id: int) -> Response:
    qs = set_or_404(set_id)
    if forms.ActionForm().validate_on_submit():
        try:
            code = sets.publish(db.session, qs)
        except AuthoringError as error:
            db.session.rollback()
            flash_errors(error)
        else:
            db.session.commit()
            flash(f"Published. Learners join with the code {code}.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id))


@bp.route("/sets/<int:set_id>/unpublish", methods=["POST"])
@instructor_required
def unpublish(set_id: int) -> Response:
    qs = set_or_404(set_id)
    if forms.ActionForm().validate_on_submit():
        sets.unpublish(db.session, qs)
        db.session.commit()
        flash("Unpublished: learners can no longer start it.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id))


@bp.route("/sets/<int:set_id>/regenerate", methods=["GET", "POST"])
@instructor_required
def regenerate(set_id: int) -> str | Response:
    """Pupils who answered keep their marks either way, but the teacher is asked first."""
    qs = set_or_404(set_id)
    form = forms.ActionForm()
    attempts = sets.attempt_count(db.session, qs)
    confirmed = request.form.get("confirmed") == "yes"
    if request.method == "GET" or (attempts and not confirmed):
        return render_template(
            "instructor/regenerate_confirm.html", qs=qs, attempts=attempts, form=form
        )
    if form.validate_on_submit():
        try:
            report = regeneration.regenerate(db.session, qs)
        except AuthoringError as error:
            db.session.rollback()
            flash_errors(error)
        else:
            db.session.commit()
            flash(
                f"Regenerated from the claims: {report.added} new or changed question(s),"
                f" {report.unchanged} unchanged, {report.kept} edited by hand kept.",
                "success",
            )
    return redirect(url_for("instructor.question_set", set_id=set_id))


@bp.route("/sets/<int:set_id>/export.yaml", defaults={"fmt": "yaml"})
@bp.route("/sets/<int:set_id>/export.gift", defaults={"fmt": "gift"})
@instructor_required
def export_set(set_id: int, fmt: str) -> Response:
    """The set as a file to download: quizapp's YAML (article included) or GIFT for Moodle."""
    from quizapp.services import set_files

    qs = set_or_404(set_id)
    response = Response(set_files.export_text(qs, fmt), mimetype="text/plain")
    response.headers["Content-Type"] = "text/plain; charset=utf-8"
    name = secure_filename(qs.title) or f"set-{qs.id}"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.route("/sets/<int:set_id>/copy", methods=["POST"])
@instructor_required
def copy_set(set_id: int) -> Response:
    source = db.session.get(models.QuestionSet, set_id)
    if source is None or not sets.can_copy(source, current_user):
        abort(404)
    if not forms.ActionForm().validate_on_submit():
        return redirect(url_for("instructor.library"))
    copy = sets.copy_set(db.session, source, current_user)
    db.session.commit()
    flash(f"Copied into your drafts as “{copy.title}”.", "success")
    return redirect(url_for("instructor.question_set", set_id=copy.id))


@bp.route("/sets/<int:set_id>/delete", methods=["POST"])
@instructor_required
def delete_set(set_id: int) -> Response:
    qs = set_or_404(set_id)
    if forms.ActionForm().validate_on_submit():
        try:
            sets.delete_set(db.session, qs)
        except AuthoringError as error:
            db.session.rollback()
            flash_errors(error)
            return redirect(url_for("instructor.question_set", set_id=set_id))
        db.session.commit()
        flash("Set deleted.", "success")
    return redirect(url_for("instructor.dashboard"))


@bp.route("/import", methods=["GET", "POST"])
@instructor_required
def import_sets() -> str | Response | tuple[str, int]:
    form = forms.ImportForm()
    if form.validate_on_submit():
        uploads = [
            imports.Upload(f.filename or "upload", f.read())
            for f in (form.files.data or [])
            if f and f.filename
        ]
        notes: list[str] = []
        try:
            created = imports.import_files(db.session, current_user, uploads, notes)
        except AuthoringError as error:
            db.session.rollback()
            return render_template("instructor/import.html", form=form, errors=error.errors), 422
        db.session.commit()
        flash(f"Imported {len(created)} set(s) as drafts.", "success")
        for note in notes:
            flash(note, "info")
        if len(created) == 1:
            return redirect(url_for("instructor.question_set", set_id=created[0].id))
        return redirect(url_for("instructor.dashboard"))
    status = 422 if request.method == "POST" else 200
    return render_template("instructor/import.html", form=form, errors=[]), status
