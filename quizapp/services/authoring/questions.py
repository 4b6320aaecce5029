"""A set's questions edited by hand, with versions: a question that has answers is never
changed. Editing it retires it (``Question.retired``) and inserts an edited copy at the same
position, and deleting it only retires it, so every attempt keeps the exact questions it was
graded on; learners who start later get the copy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.models import utcnow
from quizapp.services.authoring import AuthoringError
from quizapp.services.authoring.claims import locate
from quizapp.store import question_row

if TYPE_CHECKING:
    from quizapp.core.questions.base import Question


def owned_question(session: Session, user: models.User, question_id: int) -> models.Question | None:
    q = session.get(models.Question, question_id)
    if q is None or q.retired or q.question_set.owner_id != user.id:
        return None
    return q


def active_questions(qs: models.QuestionSet) -> list[models.Question]:
    """The questions a new attempt gets, in order (retired versions left out)."""
    return [q for q in qs.questions if not q.retired]


def validate(q: Question, article: models.Article | None = None) -> list[str]:
    """The checks a file import runs: the question type's own, then, for a set with an
    article, that the evidence is the article's words and its spans fit the text."""
    from quizapp.core.questions.registry import validate_question

    errors = validate_question(q)
    if errors or article is None:
        return errors
    for line in q.evidence.split("\n") if q.evidence else []:
        if line.strip() and not has_words(line):
            return [f"evidence: quote the article's words, not only {line.strip()[:10]!r}"]
        if line.strip() and line.strip() not in article.text:
            return [f"evidence: not found word for word in the article: {line.strip()[:60]!r}"]
    if any(end > len(article.text) for _, end in q.evidence_spans):
        return ["evidence_spans: a span ends after the article text"]
    return []


def evidence_spans_for(
    article: models.Article | None, evidence: str, old_spans: Sequence[Sequence[int]] = ()
) -> list[list[int]]:
    """Where each line of ``evidence`` stands in the article, nearest the old spans."""
    if article is None:
        return []
    old = [(int(s), int(e)) for s, e in old_spans or []]
    near = (min(s for s, _ in old), max(e for _, e in old)) if old else None
    spans = []
    for line in (evidence or "").splitlines():
        if has_words(line) and (span := locate(article.text, line, near)) is not None:
            spans.append(list(span))
    return spans


def has_words(text: str) -> bool:
    """A letter or a digit: a lone quote mark or dash is no evidence."""
    return any(ch.isalnum() for ch in text)


def has_answers(session: Session, question: models.Question) -> bool:
    return bool(session.scalar(select(exists().where(models.Answer.question_id == question.id))))


def answered_ids(session: Session, qs: models.QuestionSet) -> set[int]:
    ids = [q.id for q in qs.questions]
    if not ids:
        return set()
    return set(
        session.scalars(
            select(models.Answer.question_id).where(models.Answer.question_id.in_(ids)).distinct()
        )
    )


def touch(qs: models.QuestionSet) -> None:
    qs.updated_at = utcnow()


def edit_question(session: Session, question: models.Question, new: Question) -> models.Question:
    """Apply an edited core Question. Answered questions are retired for an edited copy."""
    qs = question.question_set
    errors = validate(new, qs.article)
    if errors:
        raise AuthoringError(errors)
    target = question
    if has_answers(session, question):
        question.retired = True
        target = question_row(question, question.position, question.claim_ids)
        qs.questions.append(target)
    target.type = new.type
    target.stem = new.stem
    target.choices = list(new.choices)
    target.answer = new.answer
    target.skills = list(new.skills)
    target.explanation = new.explanation
    old_evidence, old_spans = question.evidence or "", list(question.evidence_spans or [])
    target.evidence = new.evidence
    if new.evidence_spans and old_evidence.strip() == (new.evidence or "").strip():
        target.evidence_spans = [list(s) for s in new.evidence_spans]
    else:
        # Edited evidence: the spans follow the new words, or feedback marks the old sentence.
        target.evidence_spans = evidence_spans_for(qs.article, new.evidence, old_spans)
    target.data = dict(new.data)
    target.edited_by_hand = True
    touch(qs)
    session.flush()
    _renumber(qs)
    return target


def add_question(session: Session, qs: models.QuestionSet, new: Question) -> models.Question:
    errors = validate(new, qs.article)
    if errors:
        raise AuthoringError(errors)
    position = max((q.position for q in qs.questions), default=-1) + 1
    row = question_row(new, position, [])
    if not row.evidence_spans:
        row.evidence_spans = evidence_spans_for(qs.article, new.evidence)
    row.edited_by_hand = True
    qs.questions.append(row)
    touch(qs)
    session.flush()
    return row


def delete_question(session: Session, question: models.Question) -> None:
    """Remove a question from the set; one with answers is only retired, never deleted."""
    qs = question.question_set
    if has_answers(session, question):
        question.retired = True
    else:
        qs.questions.remove(question)
        session.delete(question)
    touch(qs)
    session.flush()
    _renumber(qs)


def move_question(session: Session, question: models.Question, offset: int) -> None:
    """Move a question up (-1) or down (+1) among the set's active questions."""
    qs = question.question_set
    active = active_questions(qs)
    index = active.index(question)
    target = max(0, min(len(active) - 1, index + offset))
    active.insert(target, active.pop(index))
    apply_order(qs, active)
    touch(qs)
    session.flush()


def reorder(session: Session, qs: models.QuestionSet, ids: Sequence[int]) -> None:
    """Put the active questions in the order of ``ids`` (any left out keep their order)."""
    active = active_questions(qs)
    by_id = {q.id: q for q in active}
    ordered = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    ordered += [q for q in active if q not in ordered]
    apply_order(qs, ordered)
    touch(qs)
    session.flush()


def apply_order(qs: models.QuestionSet, active: list[models.Question]) -> None:
    retired = [q for q in qs.questions if q.retired]
    for position, q in enumerate(active):
        q.position = position
    # Retired versions keep a position after the active ones; they are never shown.
    for offset, q in enumerate(retired):
        q.position = len(active) + offset
    qs.questions.sort(key=lambda q: (q.retired, q.position))


def _renumber(qs: models.QuestionSet) -> None:
    active = sorted(active_questions(qs), key=lambda q: (q.position, q.id or 0))
    apply_order(qs, active)
