"""Regenerating a set's questions from its article's (corrected) claims, keeping what the
instructor made or edited and every question a learner answered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from quizapp import models
from quizapp.services.authoring import AuthoringError
from quizapp.services.authoring.questions import (
    active_questions,
    answered_ids,
    apply_order,
    touch,
)
from quizapp.store import analysis_of, question_row

if TYPE_CHECKING:
    from quizapp.store import StoredQuestion


@dataclass
class RegenerateReport:
    kept: int = 0  # edited or added by hand
    unchanged: int = 0  # generated again word for word: the same row, answers and all
    added: int = 0
    removed: int = 0
    stale: list[int] = field(default_factory=list)  # kept questions whose claims are gone


def regenerate(
    session: Session, qs: models.QuestionSet, *, require_claims: bool = True
) -> RegenerateReport:
    """Rebuild the generated questions from the article's (corrected) claims.

    Every question edited or added by hand is kept where it was, and so is every generated
    question that comes out the same; the others are replaced (retired when answered,
    deleted otherwise), so learners' answers stay on the questions they saw.
    """
    from quizapp.core.questions.generate import generate_questions

    article = qs.article
    if article is None:
        raise AuthoringError("This set has no article to generate questions from.")
    if require_claims and not article.claims:
        # A bundled or imported set's article has no claims: regenerating would empty it.
        raise AuthoringError(
            "The article has no claims to generate questions from: analyse it again or add"
            " claims on the article page first."
        )
    report = RegenerateReport()
    claim_ids = [c.id for c in article.claims]
    generated = generate_questions(analysis_of(article), seed=qs.generation_seed)
    active = active_questions(qs)
    kept = [q for q in active if q.edited_by_hand]
    stems = {q.stem.strip().casefold() for q in kept}
    previous = {_content_key(q): q for q in active if not q.edited_by_hand}
    order: list[models.Question] = []
    for g in generated:
        if g.stem.strip().casefold() in stems:
            continue
        ids = [claim_ids[i] for i in g.claims if 0 <= i < len(claim_ids)]
        same = previous.pop(_content_key(g), None)
        if same is not None:
            same.claim_ids = ids
            report.unchanged += 1
            order.append(same)
        else:
            row = question_row(g, 0, ids)
            qs.questions.append(row)
            report.added += 1
            order.append(row)
    _drop_replaced(session, qs, list(previous.values()))
    report.removed = len(previous)
    for q in sorted(kept, key=lambda q: q.position):
        order.insert(min(q.position, len(order)), q)
    session.flush()
    apply_order(qs, order)
    report.kept = len(kept)
    present = set(claim_ids)
    report.stale = [q.id for q in kept if q.claim_ids and not set(q.claim_ids) <= present]
    touch(qs)
    session.flush()
    return report


def _content_key(q: StoredQuestion) -> str:
    """What a learner sees and is graded on: equal keys are the same question."""
    import json

    return json.dumps(
        [
            q.type,
            q.stem,
            list(q.choices or []),
            q.answer,
            list(q.skills or []),
            q.explanation or "",
            q.evidence or "",
            [[int(a), int(b)] for a, b in q.evidence_spans or []],
            q.data or {},
        ],
        sort_keys=True,
        ensure_ascii=False,
    )


def _drop_replaced(
    session: Session, qs: models.QuestionSet, replaced: list[models.Question]
) -> None:
    """Answered questions are retired (their marks stay); the others are deleted."""
    answered = answered_ids(session, qs)
    for q in replaced:
        if q.id in answered:
            q.retired = True
        else:
            qs.questions.remove(q)
            session.delete(q)


def stale_questions(qs: models.QuestionSet) -> set[int]:
    """Active questions built from claims that have since been deleted."""
    if qs.article is None:
        return set()
    present = {c.id for c in qs.article.claims}
    return {q.id for q in active_questions(qs) if q.claim_ids and not set(q.claim_ids) <= present}
