"""The one crossing between database rows and the core's objects.

Every service that needs a core ``Article``, ``Claim``, ``Analysis`` or ``Question`` from the
database, or a row from one, goes through here, so a field is named and converted in one
place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp import models
from quizapp.core import claims as core
from quizapp.core.questions import base as qbase

if TYPE_CHECKING:
    from quizapp.services.question_pages import PageQuestion


def article_to_core(article: models.Article) -> core.Article:
    return core.Article(
        text=article.text,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        date=article.published_on,
        path=f"article-{article.id}",
        body=[(int(s), int(e)) for s, e in article.body],
    )


def claim_to_core(claim: models.Claim) -> core.Claim:
    return core.Claim(
        source=claim.source,
        source_text=claim.source_text,
        source_type=claim.source_type,
        cue=claim.cue,
        cue_strength=claim.cue_strength,
        content=claim.content,
        status=claim.status,
        status_reason=claim.status_reason,
        evidence=claim.evidence,
        source_spans=[(int(s), int(e)) for s, e in claim.source_spans or []],
        cue_spans=[(int(s), int(e)) for s, e in claim.cue_spans or []],
        content_spans=[(int(s), int(e)) for s, e in claim.content_spans or []],
        evidence_span=tuple(claim.evidence_span) if claim.evidence_span else (0, 0),  # type: ignore[arg-type]
        figures=[core.figure_from_json(f) for f in claim.figures or []],
        related=list(claim.related or []),
        confidence=claim.confidence,
        checked=bool(claim.edited),
    )


def analysis_of(article: models.Article) -> core.Analysis:
    """The article's stored (possibly corrected) claims as a core Analysis."""
    claims = [claim_to_core(c) for c in article.claims]
    index_of = {row.id: i for i, row in enumerate(article.claims)}
    for index, (c, row) in enumerate(zip(claims, article.claims, strict=True)):
        c.related = [index_of[r] for r in row.related or [] if r in index_of and r != row.id]
        for f in c.figures:
            f.claim = index
    return core.Analysis(
        article=article_to_core(article),
        claims=claims,
        figures=[f for c in claims for f in c.figures],
    )


def claim_row(c: core.Claim, position: int) -> models.Claim:
    data = c.to_json()
    return models.Claim(
        position=position,
        source=c.source[:300],
        source_text=c.source_text[:300],
        source_type=c.source_type,
        cue=c.cue[:120],
        cue_strength=c.cue_strength,
        content=c.content,
        status=c.status,
        status_reason=c.status_reason,
        evidence=c.evidence,
        source_spans=data["source_spans"],
        cue_spans=data["cue_spans"],
        content_spans=data["content_spans"],
        evidence_span=data["evidence_span"],
        figures=data["figures"],
        related=list(c.related),
        confidence=c.confidence,
    )


def question_to_core(question: models.Question | PageQuestion) -> qbase.Question:
    """The stored question as the core's dataclass, key included: for grading, rendering
    and the checks an edit or import runs; never sent to a learner as it is."""
    return qbase.Question(
        type=question.type,
        stem=question.stem,
        choices=list(question.choices or []),
        answer=question.answer,
        skills=list(question.skills or []),
        explanation=question.explanation or "",
        evidence=question.evidence or "",
        evidence_spans=[(int(a), int(b)) for a, b in question.evidence_spans or []],
        data=dict(question.data or {}),
    )
