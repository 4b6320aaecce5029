"""The instructor's side: thin views over ``quizapp.services.authoring``.

Every view is ``@instructor_required`` and looks its objects up through the
``authoring.owned_*`` functions, so another instructor's ids give 404.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import (
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from markupsafe import Markup, escape
from sqlalchemy.orm import Session
from werkzeug.utils import secure_filename
from werkzeug.wrappers import Response

from quizapp import models
from quizapp.extensions import db
from quizapp.instructor import bp, forms, question_editor
from quizapp.models import AnalysisState
from quizapp.security import instructor_required
from quizapp.services import attempts, authoring, jobs, set_access
from quizapp.services.authoring import ArticleInput, AuthoringError, ClaimInput

PENDING = (AnalysisState.QUEUED, AnalysisState.RUNNING)


# --------------------------------------------------------------------------- lookups


T = TypeVar("T")


def _owned_or_404(find: Callable[[Session, models.User, int], T | None], object_id: int) -> T:
    """The current instructor's object; 404 otherwise, so others' ids look like missing ones."""
    found = find(db.session, current_user, object_id)
    if found is None:
        abort(404)
    return found


def _set(set_id: int) -> models.QuestionSet:
    return _owned_or_404(authoring.owned_set, set_id)


def _article(article_id: int) -> models.Article:
    return _owned_or_404(authoring.owned_article, article_id)


def _claim(claim_id: int) -> models.Claim:
    return _owned_or_404(authoring.owned_claim, claim_id)


def _question(question_id: int) -> models.Question:
    return _owned_or_404(authoring.owned_question, question_id)


def _flash_errors(error: AuthoringError) -> None:
    for message in error.errors:
        flash(message, "error")


# --------------------------------------------------------------------------- dashboard


@bp.route("/")
@instructor_required
def dashboard() -> str:
    return render_template(
        "instructor/dashboard.html",
        sets=set_access.sets_owned_by(db.session, current_user),
        articles=authoring.articles_owned_by(db.session, current_user),
    )


@bp.route("/library")
@instructor_required
def library() -> str:
    return render_template(
        "instructor/library.html",
        sets=authoring.published_library(db.session, current_user),
        form=forms.ActionForm(),
    )


# --------------------------------------------------------------------------- articles


@bp.route("/articles/new", methods=["GET", "POST"])
@instructor_required
def new_article() -> str | Response | tuple[str, int]:
    # Before the form reads the body: saved pages are larger than any other upload.
    request.max_content_length = current_app.config["ARTICLE_UPLOAD_MAX_LENGTH"]
    form = forms.ArticleForm()
    if form.validate_on_submit():
        uploads = [f for f in (form.files.data or []) if f and f.filename]
        meta = {
            "title": form.title.data or "",
            "outlet": form.outlet.data or "",
            "url": form.url.data or "",
            "date": form.date.data or "",
        }
        inputs = [
            ArticleInput(raw=f.read(), filename=f.filename or "", **meta) for f in uploads
        ] or [ArticleInput(text=form.text.data or "", **meta)]
        if len(inputs) > 1:
            for item in inputs:
                item.title = ""  # one title cannot fit several files: each finds its own
        created, errors = [], []
        for item in inputs:
            try:
                created.append(authoring.create_article(db.session, current_user, item))
            except AuthoringError as error:
                errors += error.errors
        if errors:
            db.session.rollback()  # all the files, or none
            for message in dict.fromkeys(errors):
                target = form.files if uploads else form.text
                if message.startswith("URL:"):
                    target, message = form.url, message.removeprefix("URL: ")
                target.errors = [*target.errors, message]
            return render_template("instructor/article_new.html", form=form), 422
        db.session.commit()
        for article in created:
            jobs.analyse_article(article.id)
        if len(created) == 1:
            return redirect(url_for("instructor.article", article_id=created[0].id))
        ids = ",".join(str(a.id) for a in created)
        return redirect(url_for("instructor.article_progress", ids=ids))
    status = 422 if request.method == "POST" else 200
    return render_template("instructor/article_new.html", form=form), status


def _status(article: models.Article) -> dict[str, Any]:
    step = jobs.progress(article.id)
    state = article.analysis_state.value
    if state in ("done", "failed"):
        step = state
    qs = authoring.set_of_article(db.session, article)
    return {
        "id": article.id,
        "title": article.title,
        "state": state,
        "step": step or state,
        "label": jobs.STEPS.get(step or state, state),
        "error": article.analysis_error if state == "failed" else "",
        "finished": state in ("done", "failed"),
        "article_url": url_for("instructor.article", article_id=article.id),
        "set_url": url_for("instructor.question_set", set_id=qs.id) if qs else None,
    }


@bp.route("/articles/<int:article_id>")
@instructor_required
def article(article_id: int) -> str:
    a = _article(article_id)
    if a.analysis_state in PENDING or a.analysis_state == AnalysisState.FAILED:
        return render_template(
            "instructor/article_progress.html",
            statuses=[_status(a)],
            refresh=a.analysis_state in PENDING,
            form=forms.ActionForm(),
            single=a,
            stale=a.analysis_state in PENDING and jobs.is_stale(a.id),
        )
    qs = authoring.set_of_article(db.session, a)
    pages = max(1, -(-len(a.claims) // CLAIMS_PER_PAGE))
    page = min(max(request.args.get("page", 1, type=int) or 1, 1), pages)
    first = (page - 1) * CLAIMS_PER_PAGE
    shown = a.claims[first : first + CLAIMS_PER_PAGE]
    return render_template(
        "instructor/article.html",
        article=a,
        question_set=qs,
        article_html=_article_html(_segments(a)),
        claims=shown,
        first=first,
        page=page,
        pages=pages,
        claim_forms={c.id: _claim_form(c) for c in shown},
        uses=_claim_uses(qs),
        new_claim=forms.NewClaimForm(prefix="new"),
        action=forms.ActionForm(),
    )


# A long article's claims come a page at a time: one form per claim is what costs (a 6,000
# word article had 312 claims, 1.4 to 2.2 s and 120,000 px on one page).
CLAIMS_PER_PAGE = 20


def _claim_url(article_id: int, claim: models.Claim | None, anchor: str = "") -> str:
    """The article page that lists ``claim``, at its anchor."""
    page = claim.position // CLAIMS_PER_PAGE + 1 if claim is not None else 1
    args = {"page": page} if page > 1 else {}
    target = url_for("instructor.article", article_id=article_id, **args)
    return target + (anchor or (f"#claim-{claim.id}" if claim is not None else "#claims"))


@bp.route("/articles/progress")
@instructor_required
def article_progress() -> str:
    ids = _ids(request.args.get("ids", ""))
    owned = [authoring.owned_article(db.session, current_user, i) for i in ids]
    articles = [a for a in owned if a is not None]
    if not articles:
        abort(404)
    statuses = [_status(a) for a in articles]
    return render_template(
        "instructor/article_progress.html",
        statuses=statuses,
        refresh=not all(s["finished"] for s in statuses),
        form=forms.ActionForm(),
        single=None,
    )


def _ids(value: str) -> list[int]:
    return [int(x) for x in value.split(",") if x.strip().isdigit()][:200]


@bp.route("/articles/<int:article_id>/status")
@instructor_required
def article_status(article_id: int) -> Response:
    response = jsonify(_status(_article(article_id)))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/articles/<int:article_id>/analyse", methods=["POST"])
@instructor_required
def reanalyse(article_id: int) -> Response:
    a = _article(article_id)
    form = forms.ActionForm()
    pending = a.analysis_state in PENDING
    if form.validate_on_submit() and (not pending or jobs.is_stale(a.id)):
        a.analysis_state = AnalysisState.QUEUED
        a.analysis_error = ""
        db.session.commit()
        jobs.analyse_article(a.id)
    return redirect(url_for("instructor.article", article_id=a.id))


def _claim_uses(qs: models.QuestionSet | None) -> dict[int, int]:
    """How many of the draft's questions each claim id feeds."""
    uses: dict[int, int] = {}
    for q in authoring.active_questions(qs) if qs is not None else []:
        for claim_id in set(q.claim_ids or []):
            uses[claim_id] = uses.get(claim_id, 0) + 1
    return uses


def _claim_form(claim: models.Claim) -> forms.ClaimForm:
    form = forms.ClaimForm(prefix=f"c{claim.id}", formdata=None)
    form.source.data = claim.source
    form.cue.data = claim.cue
    form.content.data = claim.content
    form.status.data = claim.status
    form.source_type.data = claim.source_type
    return form


def _segments(article: models.Article) -> list[dict[str, Any]]:
    """The article text cut where highlights start and end, for the template.

    Each segment knows its offset (so a selection maps back to the text) and the claim
    parts covering it; a label marks where each highlighted part begins. One sweep over
    the cut points, so hundreds of claims cost no more than their marks.
    """
    text = article.text
    marks: list[tuple[int, int, int, str]] = []  # start, end, claim number, role
    for number, c in enumerate(article.claims, start=1):
        for role, spans in (
            ("content", c.content_spans),
            ("source", c.source_spans),
            ("cue", c.cue_spans),
        ):
            for s, e in spans or []:
                if 0 <= s < e <= len(text):
                    marks.append((s, e, number, role))
    cuts = {0, len(text)}
    for s, e, _, _ in marks:
        cuts.update((s, e))
    for s, e in article.body:
        cuts.update((s, e))
    starting: dict[int, list[tuple[int, int, str]]] = {}
    for index, (s, _, n, r) in enumerate(marks):
        starting.setdefault(s, []).append((index, n, r))
    ending: dict[int, list[int]] = {}
    for index, (_, e, _, _) in enumerate(marks):
        ending.setdefault(e, []).append(index)
    rank = {"cue": 0, "source": 1, "content": 2}
    active: dict[int, tuple[int, str]] = {}
    points = sorted(cuts)
    segments = []
    for s, e in zip(points, points[1:], strict=False):
        for index in ending.get(s, ()):
            active.pop(index, None)
        for index, n, r in starting.get(s, ()):
            active[index] = (n, r)
        covering = active.values()
        segments.append(
            {
                "start": s,
                "text": text[s:e],
                "role": min((r for _, r in covering), key=rank.__getitem__, default=""),
                "claims": sorted({n for n, _ in covering}),
                "labels": sorted((n, r) for _, n, r in starting.get(s, ())),
                "body": authoring.in_body(article, s, e),
            }
        )
    return segments


def _article_html(segments: list[dict[str, Any]]) -> Markup:
    """The marked-up article text, built here: a template loop over thousands of segments
    was most of a long article's page time. Every piece of text is escaped."""
    out = []
    for seg in segments:
        for n, role in seg["labels"]:
            out.append(f'<span class="hl-tag hl-tag-{role}" data-skip>[{n} {role}]</span>')
        text = escape(seg["text"])
        start = seg["start"]
        if seg["role"]:
            claims = " ".join(str(n) for n in seg["claims"])
            out.append(
                f'<mark class="hl hl-{seg["role"]}" data-claims="{claims}">'
                f'<span data-start="{start}">{text}</span></mark>'
            )
        elif not seg["body"]:
            out.append(f'<span class="boiler" data-start="{start}">{text}</span>')
        else:
            out.append(f'<span data-start="{start}">{text}</span>')
    return Markup("".join(out))  # noqa: S704 - roles and numbers are ours, text escaped


@bp.route("/articles/<int:article_id>/claims", methods=["POST"])
@instructor_required
def add_claim(article_id: int) -> Response:
    a = _article(article_id)
    form = forms.NewClaimForm(prefix="new")
    if not form.validate_on_submit():
        flash("Quote the claim's words exactly as the article writes them.", "error")
        return redirect(url_for("instructor.article", article_id=a.id) + "#add-claim")
    span = None
    if (form.start.data or "").isdigit() and (form.end.data or "").isdigit():
        s, e = int(form.start.data), int(form.end.data)
        quoted = " ".join((form.content.data or "").split())
        if 0 <= s < e <= len(a.text) and " ".join(a.text[s:e].split()) == quoted:
            span = (s, e)
    data = ClaimInput(
        source=form.source.data or "",
        cue=form.cue.data or "",
        content=form.content.data or "",
        status=form.status.data,
        source_type=form.source_type.data,
    )
    try:
        added = authoring.add_claim(db.session, a, data, span=span)
    except AuthoringError as error:
        db.session.rollback()
        _flash_errors(error)
        return redirect(url_for("instructor.article", article_id=a.id) + "#add-claim")
    db.session.commit()
    flash("Claim added. Regenerate the questions to use it.", "success")
    return redirect(_claim_url(a.id, added))


@bp.route("/claims/<int:claim_id>", methods=["POST"])
@instructor_required
def edit_claim(claim_id: int) -> Response:
    claim = _claim(claim_id)
    article_id = claim.article_id
    form = forms.ClaimForm(prefix=f"c{claim.id}")
    if not form.validate_on_submit():
        flash("A claim needs its content.", "error")
        return redirect(_claim_url(article_id, claim))
    data = ClaimInput(
        source=form.source.data or "",
        cue=form.cue.data or "",
        content=form.content.data or "",
        status=form.status.data,
        source_type=form.source_type.data,
    )
    try:
        authoring.edit_claim(db.session, claim, data)
    except AuthoringError as error:
        db.session.rollback()
        _flash_errors(error)
    else:
        db.session.commit()
        flash("Claim saved. Regenerate the questions to use it.", "success")
    return redirect(_claim_url(article_id, db.session.get(models.Claim, claim_id)))


@bp.route("/claims/<int:claim_id>/delete", methods=["POST"])
@instructor_required
def delete_claim(claim_id: int) -> Response:
    claim = _claim(claim_id)
    article_id = claim.article_id
    if forms.ActionForm().validate_on_submit():
        authoring.delete_claim(db.session, claim)
        db.session.commit()
        flash("Claim deleted. Regenerate the questions to drop its questions.", "success")
    return redirect(url_for("instructor.article", article_id=article_id) + "#claims")


# --------------------------------------------------------------------------- sets


@bp.route("/sets/new", methods=["GET", "POST"])
@instructor_required
def new_set() -> str | Response | tuple[str, int]:
    form = forms.SetForm()
    if form.validate_on_submit():
        qs = authoring.create_set(
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


def _render_set(qs: models.QuestionSet, settings: forms.SettingsForm | None = None) -> str:
    return render_template(
        "instructor/set.html",
        qs=qs,
        questions=authoring.active_questions(qs),
        settings=settings or _settings_form(qs),
        action=forms.ActionForm(),
        attempts=authoring.attempt_count(db.session, qs),
        stale=authoring.stale_questions(qs),
        answered=authoring.answered_ids(db.session, qs),
        # The claims each question rests on, with the analyser's confidence in them.
        claims={c.id: (n, c) for n, c in enumerate(qs.article.claims, 1)} if qs.article else {},
        join_url=(
            url_for("quiz.join_landing", code=qs.join_code, _external=True)
            if qs.join_code
            else None
        ),
    )


@bp.route("/sets/<int:set_id>")
@instructor_required
def question_set(set_id: int) -> str:
    return _render_set(_set(set_id))


@bp.route("/sets/<int:set_id>/settings", methods=["POST"])
@instructor_required
def set_settings(set_id: int) -> str | Response | tuple[str, int]:
    qs = _set(set_id)
    form = forms.SettingsForm()
    if not form.validate_on_submit():
        return _render_set(qs, form), 422
    try:
        authoring.update_settings(
            db.session,
            qs,
            authoring.Settings(
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
        _flash_errors(error)
        return redirect(url_for("instructor.question_set", set_id=set_id) + "#settings")
    db.session.commit()
    flash("Settings saved.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id) + "#settings")


@bp.route("/sets/<int:set_id>/publish", methods=["POST"])
@instructor_required
def publish(set_id: int) -> Response:
    qs = _set(set_id)
    if forms.ActionForm().validate_on_submit():
        try:
            code = authoring.publish(db.session, qs)
        except AuthoringError as error:
            db.session.rollback()
            _flash_errors(error)
        else:
            db.session.commit()
            flash(f"Published. Learners join with the code {code}.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id))


@bp.route("/sets/<int:set_id>/unpublish", methods=["POST"])
@instructor_required
def unpublish(set_id: int) -> Response:
    qs = _set(set_id)
    if forms.ActionForm().validate_on_submit():
        authoring.unpublish(db.session, qs)
        db.session.commit()
        flash("Unpublished: learners can no longer start it.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id))


@bp.route("/sets/<int:set_id>/regenerate", methods=["GET", "POST"])
@instructor_required
def regenerate(set_id: int) -> str | Response:
    """Pupils who answered keep their marks either way, but the teacher is asked first."""
    qs = _set(set_id)
    form = forms.ActionForm()
    attempts = authoring.attempt_count(db.session, qs)
    confirmed = request.form.get("confirmed") == "yes"
    if request.method == "GET" or (attempts and not confirmed):
        return render_template(
            "instructor/regenerate_confirm.html", qs=qs, attempts=attempts, form=form
        )
    if form.validate_on_submit():
        try:
            report = authoring.regenerate(db.session, qs)
        except AuthoringError as error:
            db.session.rollback()
            _flash_errors(error)
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

    qs = _set(set_id)
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
    if source is None or not authoring.can_copy(source, current_user):
        abort(404)
    if not forms.ActionForm().validate_on_submit():
        return redirect(url_for("instructor.library"))
    copy = authoring.copy_set(db.session, source, current_user)
    db.session.commit()
    flash(f"Copied into your drafts as “{copy.title}”.", "success")
    return redirect(url_for("instructor.question_set", set_id=copy.id))


@bp.route("/sets/<int:set_id>/delete", methods=["POST"])
@instructor_required
def delete_set(set_id: int) -> Response:
    qs = _set(set_id)
    if forms.ActionForm().validate_on_submit():
        try:
            authoring.delete_set(db.session, qs)
        except AuthoringError as error:
            db.session.rollback()
            _flash_errors(error)
            return redirect(url_for("instructor.question_set", set_id=set_id))
        db.session.commit()
        flash("Set deleted.", "success")
    return redirect(url_for("instructor.dashboard"))


@bp.route("/sets/<int:set_id>/print")
@instructor_required
def print_set(set_id: int) -> str:
    from quizapp.quiz.article_view import paragraph_spans

    qs = _set(set_id)
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
    qs = _set(set_id)
    return render_template("instructor/print.html", qs=qs, questions=_printable(qs), key=True)


def _printable(qs: models.QuestionSet) -> list[dict[str, Any]]:
    """Each question with what its type's "print" partial shows of the key."""
    return [
        {"q": q, **attempts.question_type(q.type).printed(attempts.core_question(q))}
        for q in authoring.active_questions(qs)
    ]


# --------------------------------------------------------------------------- questions


@bp.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
@instructor_required
def edit_question(question_id: int) -> str | Response | tuple[str, int]:
    q = _question(question_id)
    qs = q.question_set
    if request.method == "POST":
        form = question_editor.posted_form()
        if form.validate_on_submit():
            try:
                new = question_editor.question_from_form(form, q)
                saved = authoring.edit_question(db.session, q, new)
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
        answered=authoring.has_answers(db.session, q),
    )


@bp.route("/sets/<int:set_id>/questions/new", methods=["GET", "POST"])
@instructor_required
def new_question(set_id: int) -> str | Response | tuple[str, int]:
    qs = _set(set_id)
    form = question_editor.question_form()
    general: list[str] = []
    if form.validate_on_submit():
        try:
            saved = authoring.add_question(
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
    q = _question(question_id)
    set_id = q.set_id
    if forms.ActionForm().validate_on_submit():
        authoring.delete_question(db.session, q)
        db.session.commit()
        flash("Question deleted.", "success")
    return redirect(url_for("instructor.question_set", set_id=set_id) + "#questions")


@bp.route("/questions/<int:question_id>/move", methods=["POST"])
@instructor_required
def move_question(question_id: int) -> Response:
    q = _question(question_id)
    form = forms.MoveForm()
    if form.validate_on_submit() and form.direction.data in ("up", "down"):
        authoring.move_question(db.session, q, -1 if form.direction.data == "up" else 1)
        db.session.commit()
    return redirect(url_for("instructor.question_set", set_id=q.set_id) + f"#q{q.id}")


# --------------------------------------------------------------------------- imports


@bp.route("/import", methods=["GET", "POST"])
@instructor_required
def import_sets() -> str | Response | tuple[str, int]:
    form = forms.ImportForm()
    if form.validate_on_submit():
        uploads = [
            authoring.Upload(f.filename or "upload", f.read())
            for f in (form.files.data or [])
            if f and f.filename
        ]
        notes: list[str] = []
        try:
            created = authoring.import_files(db.session, current_user, uploads, notes)
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
