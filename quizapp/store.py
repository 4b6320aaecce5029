"""The one crossing between database rows and the core's objects.

Every service that needs a core ``Article``, ``Claim``, ``Analysis``, ``Question`` or set
file from the database, or rows from one, goes through here, so each field is named and
converted in one place. A field has one name on both sides (``Article.date`` is stored in
the ``published_on`` column). One pair differs on purpose: a core ``Question.claims`` holds
indices into its analysis's claims, a ``models.Question.claim_ids`` holds database ids
(indices would go stale when claims are corrected); ``question_row`` takes the ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.core import claims as core
from quizapp.core.questions import base as qbase

if TYPE_CHECKING:
    from quizapp.core.formats.question_set import QuestionSet as SetFile


class StoredQuestion(Protocol):
    """What every shape of a question has: a row, the quiz's plain ``PageQuestion`` and the
    core's dataclass."""

    type: str
    stem: str
    choices: Any
    answer: Any
    skills: Any
    explanation: str
    evidence: str
    evidence_spans: Any
    data: Any


def _spans(value: Sequence[Sequence[int]] | None) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in value or []]


def _copy_columns(row: Any, leave_out: set[str]) -> dict[str, Any]:
    """Every mapped column of ``row`` but ``leave_out``, lists copied: a new row's values."""
    values = {}
    for attribute in inspect(type(row)).column_attrs:
        if attribute.key not in leave_out:
            value = getattr(row, attribute.key)
            values[attribute.key] = list(value) if isinstance(value, list) else value
    return values


# --------------------------------------------------------------------------- articles


def article_to_core(article: models.Article) -> core.Article:
    return core.Article(
        text=article.text,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        date=article.date,
        path=f"article-{article.id}",
        body=_spans(article.body),
    )


def article_text(article: models.Article) -> core.Article:
    """Only the text and body of an article, for the span helpers (``in_body``,
    ``sentence_span``): the article page asks them once per highlighted piece."""
    return core.Article(text=article.text, body=_spans(article.body))


def article_row(article: core.Article, *, original: str, **columns: Any) -> models.Article:
    """A new row for a core article; ``columns`` gives the rest (owner, analysis state)."""
    return models.Article(
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        date=article.date,
        original=original,
        text=article.text,
        body=[list(s) for s in article.body],
        **columns,
    )


def copy_article(article: models.Article, owner_id: int) -> models.Article:
    """A copy of an article and its claims for another owner (claim ids are the copy's own:
    ``related`` is remapped by the caller once they exist)."""
    copy = models.Article(
        **_copy_columns(article, {"id", "owner_id", "created_at"}), owner_id=owner_id
    )
    for claim in article.claims:
        copy.claims.append(models.Claim(**_copy_columns(claim, {"id", "article_id"})))
    return copy


# --------------------------------------------------------------------------- claims


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
        source_spans=_spans(claim.source_spans),
        cue_spans=_spans(claim.cue_spans),
        content_spans=_spans(claim.content_spans),
        evidence_span=tuple(claim.evidence_span) if claim.evidence_span else (0, 0),  # type: ignore[arg-type]
        figures=[core.figure_from_json(f) for f in claim.figures or []],
        related=list(claim.related or []),
        confidence=claim.confidence,
        checked=bool(claim.edited),
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


def figures_json(figures: Sequence[core.Figure], claim_position: int) -> list[dict[str, Any]]:
    """A claim's figures as its ``figures`` column holds them, pointing at the claim."""
    return [{**asdict(f), "span": list(f.span), "claim": claim_position} for f in figures]


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


def replace_claims(session: Session, article: models.Article, analysis: core.Analysis) -> None:
    """The article's claims become the analysis's: ``analysis_of`` gives them back."""
    for claim in list(article.claims):
        article.claims.remove(claim)
    session.flush()
    rows = [claim_row(c, position) for position, c in enumerate(analysis.claims)]
    article.claims.extend(rows)
    session.flush()
    # ``related`` is stored as Claim ids: indices would go stale when claims are corrected.
    for i, (row, c) in enumerate(zip(rows, analysis.claims, strict=True)):
        row.related = [rows[j].id for j in c.related if 0 <= j < len(rows) and j != i]


# --------------------------------------------------------------------------- questions


def question_to_core(question: StoredQuestion) -> qbase.Question:
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
        evidence_spans=_spans(question.evidence_spans),
        data=dict(question.data or {}),
    )


def question_row(
    q: StoredQuestion, position: int, claim_ids: Sequence[int] = ()
) -> models.Question:
    """A new row for a question (the core's dataclass, or another row to copy)."""
    return models.Question(
        position=position,
        type=q.type,
        stem=q.stem,
        choices=list(q.choices),
        answer=q.answer,
        skills=list(q.skills),
        explanation=q.explanation,
        evidence=q.evidence,
        evidence_spans=[list(s) for s in q.evidence_spans],
        claim_ids=list(claim_ids),
        data=dict(q.data),
    )


# --------------------------------------------------------------------------- set files


def to_set_file(question_set: models.QuestionSet) -> SetFile:
    """A stored set as the core's set file: its article's text and its current questions."""
    from quizapp.core.formats.question_set import QuestionSet as SetFile

    article = question_set.article
    return SetFile(
        title=question_set.title,
        description=question_set.description or "",
        # No path: the file carries the article's text, never a name of this database.
        article=replace(article_to_core(article), path="") if article is not None else None,
        # Claim ids are the database's, meaningless in a file: the questions travel without.
        questions=[question_to_core(q) for q in question_set.questions if not q.retired],
    )
