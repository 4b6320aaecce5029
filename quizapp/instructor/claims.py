"""Correcting the analysis: a claim added from selected words, edited or deleted."""

from __future__ import annotations

from flask import (
    flash,
    redirect,
    url_for,
)
from werkzeug.wrappers import Response

from quizapp import models
from quizapp.extensions import db
from quizapp.instructor import bp, forms
from quizapp.instructor.lookups import (
    article_or_404,
    claim_or_404,
    flash_errors,
)
from quizapp.security import instructor_required
from quizapp.services.authoring import (
    AuthoringError,
    claims,
    questions,
)
from quizapp.services.authoring.claims import ClaimInput

CLAIMS_PER_PAGE = 20


def claim_url(article_id: int, claim: models.Claim | None, anchor: str = "") -> str:
    """The article page that lists ``claim``, at its anchor."""
    page = claim.position // CLAIMS_PER_PAGE + 1 if claim is not None else 1
    args = {"page": page} if page > 1 else {}
    target = url_for("instructor.article", article_id=article_id, **args)
    return target + (anchor or (f"#claim-{claim.id}" if claim is not None else "#claims"))


def claim_uses(qs: models.QuestionSet | None) -> dict[int, int]:
    """How many of the draft's questions each claim id feeds."""
    uses: dict[int, int] = {}
    for q in questions.active_questions(qs) if qs is not None else []:
        for claim_id in set(q.claim_ids or []):
            uses[claim_id] = uses.get(claim_id, 0) + 1
    return uses


def claim_form(claim: models.Claim) -> forms.ClaimForm:
    form = forms.ClaimForm(prefix=f"c{claim.id}", formdata=None)
    form.source.data = claim.source
    form.cue.data = claim.cue
    form.content.data = claim.content
    form.status.data = claim.status
    form.source_type.data = claim.source_type
    return form


def _claim_input(form: forms.ClaimForm) -> ClaimInput:
    return ClaimInput(
        source=form.source.data or "",
        cue=form.cue.data or "",
        content=form.content.data or "",
        status=form.status.data,
        source_type=form.source_type.data,
    )


@bp.route("/articles/<int:article_id>/claims", methods=["POST"])
@instructor_required
def add_claim(article_id: int) -> Response:
    a = article_or_404(article_id)
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
    data = _claim_input(form)
    try:
        added = claims.add_claim(db.session, a, data, span=span)
    except AuthoringError as error:
        db.session.rollback()
        flash_errors(error)
        return redirect(url_for("instructor.article", article_id=a.id) + "#add-claim")
    db.session.commit()
    flash("Claim added. Regenerate the questions to use it.", "success")
    return redirect(claim_url(a.id, added))


@bp.route("/claims/<int:claim_id>", methods=["POST"])
@instructor_required
def edit_claim(claim_id: int) -> Response:
    claim = claim_or_404(claim_id)
    article_id = claim.article_id
    form = forms.ClaimForm(prefix=f"c{claim.id}")
    if not form.validate_on_submit():
        flash("A claim needs its content.", "error")
        return redirect(claim_url(article_id, claim))
    data = _claim_input(form)
    try:
        claims.edit_claim(db.session, claim, data)
    except AuthoringError as error:
        db.session.rollback()
        flash_errors(error)
    else:
        db.session.commit()
        flash("Claim saved. Regenerate the questions to use it.", "success")
    return redirect(claim_url(article_id, db.session.get(models.Claim, claim_id)))


@bp.route("/claims/<int:claim_id>/delete", methods=["POST"])
@instructor_required
def delete_claim(claim_id: int) -> Response:
    claim = claim_or_404(claim_id)
    article_id = claim.article_id
    if forms.ActionForm().validate_on_submit():
        claims.delete_claim(db.session, claim)
        db.session.commit()
        flash("Claim deleted. Regenerate the questions to drop its questions.", "success")
    return redirect(url_for("instructor.article", article_id=article_id) + "#claims")
