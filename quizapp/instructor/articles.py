"""An instructor's articles: pasted or uploaded, the analysis's progress, the article page
with its claims marked in the text."""

from __future__ import annotations

from typing import Any

from flask import (
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from markupsafe import Markup, escape
from werkzeug.wrappers import Response

from quizapp import models
from quizapp.extensions import db
from quizapp.instructor import bp, forms
from quizapp.instructor.claims import CLAIMS_PER_PAGE, claim_form, claim_uses
from quizapp.instructor.lookups import article_or_404
from quizapp.models import AnalysisState
from quizapp.security import instructor_required
from quizapp.services import jobs
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    claims,
)
from quizapp.services.authoring.articles import ArticleInput

PENDING = (AnalysisState.QUEUED, AnalysisState.RUNNING)


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
                created.append(articles.create_article(db.session, current_user, item))
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
    qs = articles.set_of_article(db.session, article)
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
    a = article_or_404(article_id)
    if a.analysis_state in PENDING or a.analysis_state == AnalysisState.FAILED:
        return render_template(
            "instructor/article_progress.html",
            statuses=[_status(a)],
            refresh=a.analysis_state in PENDING,
            form=forms.ActionForm(),
            single=a,
            stale=a.analysis_state in PENDING and jobs.is_stale(a.id),
        )
    qs = articles.set_of_article(db.session, a)
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
        claim_forms={c.id: claim_form(c) for c in shown},
        uses=claim_uses(qs),
        new_claim=forms.NewClaimForm(prefix="new"),
        action=forms.ActionForm(),
    )


# A long article's claims come a page at a time: one form per claim is what costs (a 6,000
# word article had 312 claims, 1.4 to 2.2 s and 120,000 px on one page).


@bp.route("/articles/progress")
@instructor_required
def article_progress() -> str:
    ids = _ids(request.args.get("ids", ""))
    owned = [articles.owned_article(db.session, current_user, i) for i in ids]
    found = [a for a in owned if a is not None]
    if not found:
        abort(404)
    statuses = [_status(a) for a in found]
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
    response = jsonify(_status(article_or_404(article_id)))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/articles/<int:article_id>/analyse", methods=["POST"])
@instructor_required
def reanalyse(article_id: int) -> Response:
    a = article_or_404(article_id)
    form = forms.ActionForm()
    pending = a.analysis_state in PENDING
    if form.validate_on_submit() and (not pending or jobs.is_stale(a.id)):
        a.analysis_state = AnalysisState.QUEUED
        a.analysis_error = ""
        db.session.commit()
        jobs.analyse_article(a.id)
    return redirect(url_for("instructor.article", article_id=a.id))


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
                "body": claims.in_body(article, s, e),
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
            numbers = " ".join(str(n) for n in seg["claims"])
            out.append(
                f'<mark class="hl hl-{seg["role"]}" data-claims="{numbers}">'
                f'<span data-start="{start}">{text}</span></mark>'
            )
        elif not seg["body"]:
            out.append(f'<span class="boiler" data-start="{start}">{text}</span>')
        else:
            out.append(f'<span data-start="{start}">{text}</span>')
    return Markup("".join(out))  # noqa: S704 - roles and numbers are ours, text escaped
