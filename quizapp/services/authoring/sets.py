"""Question sets: created, set up, published with a join code, copied from the library,
deleted."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from quizapp import models, store
from quizapp.models import Feedback, Grading, SetStatus, utcnow
from quizapp.services.authoring import AuthoringError
from quizapp.services.authoring.questions import active_questions, touch, validate
from quizapp.store import question_row, question_to_core

# Join codes: no 0/O, 1/I/L, so a code read aloud or copied from a board is unambiguous.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


CODE_LENGTH = 6


def owned_set(session: Session, user: models.User, set_id: int) -> models.QuestionSet | None:
    qs = session.get(models.QuestionSet, set_id)
    return qs if qs is not None and qs.owner_id == user.id else None


def published_library(session: Session, user: models.User) -> list[models.QuestionSet]:
    """The sets ``user`` may copy into their drafts: the bundled examples (and other sets
    without an owner) first, then other instructors' published sets."""
    return list(
        session.scalars(
            select(models.QuestionSet)
            .where(
                or_(
                    models.QuestionSet.owner_id.is_(None),
                    and_(
                        models.QuestionSet.status == SetStatus.PUBLISHED,
                        models.QuestionSet.owner_id != user.id,
                    ),
                )
            )
            .order_by(
                models.QuestionSet.owner_id.is_not(None),
                models.QuestionSet.title,
                models.QuestionSet.id,
            )
        )
    )


def can_copy(question_set: models.QuestionSet, user: models.User) -> bool:
    """One's own sets, the library's examples (no owner) and colleagues' published sets."""
    return question_set.owner_id in (None, user.id) or question_set.is_published


def attempt_count(session: Session, qs: models.QuestionSet) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(models.Attempt).where(models.Attempt.set_id == qs.id)
        )
        or 0
    )


def create_set(
    session: Session, owner: models.User, title: str, description: str = ""
) -> models.QuestionSet:
    title = title.strip()
    if not title:
        raise AuthoringError("title: give the set a title")
    qs = models.QuestionSet(owner_id=owner.id, title=title[:300], description=description.strip())
    session.add(qs)
    session.flush()
    return qs


@dataclass
class Settings:
    title: str
    description: str = ""
    shuffle: bool = False
    attempts_allowed: int = 1
    time_limit_minutes: int | None = None
    feedback: str = Feedback.AFTER_SUBMIT.value
    grading: str = Grading.BEST.value


def update_settings(session: Session, qs: models.QuestionSet, s: Settings) -> None:
    errors = []
    if not s.title.strip():
        errors.append("title: give the set a title")
    if s.attempts_allowed < 0:
        errors.append("attempts allowed: 0 (no limit) or more")
    if s.time_limit_minutes is not None and not 1 <= s.time_limit_minutes <= 24 * 60:
        errors.append("time limit: between 1 and 1440 minutes, or empty for none")
    if s.feedback not in {f.value for f in Feedback}:
        errors.append("feedback: after each question or after submitting")
    if s.grading not in {g.value for g in Grading}:
        errors.append("grading: best, last or first attempt")
    if errors:
        raise AuthoringError(errors)
    qs.title = s.title.strip()[:300]
    qs.description = s.description.strip()
    qs.shuffle = s.shuffle
    qs.attempts_allowed = s.attempts_allowed
    qs.time_limit_minutes = s.time_limit_minutes
    qs.feedback = Feedback(s.feedback)
    qs.grading = Grading(s.grading)
    touch(qs)
    session.flush()


def new_join_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        taken = session.scalar(
            select(models.QuestionSet.id).where(models.QuestionSet.join_code == code)
        )
        if taken is None:
            return code


def publish(session: Session, qs: models.QuestionSet) -> str:
    """Publish a set whose questions are all valid; returns its join code."""
    active = active_questions(qs)
    if not active:
        raise AuthoringError("A set needs at least one question before it can be published.")
    errors = []
    for number, q in enumerate(active, start=1):
        errors += [f"question {number}: {e}" for e in validate(question_to_core(q))]
    if errors:
        raise AuthoringError(errors)
    if not qs.join_code:
        qs.join_code = new_join_code(session)
    qs.status = SetStatus.PUBLISHED
    qs.published_at = utcnow()
    touch(qs)
    session.flush()
    return qs.join_code


def unpublish(session: Session, qs: models.QuestionSet) -> None:
    """Back to draft: learners can no longer join or start it. The code is kept for later."""
    qs.status = SetStatus.DRAFT
    touch(qs)
    session.flush()


def copy_set(
    session: Session, source: models.QuestionSet, owner: models.User
) -> models.QuestionSet:
    """A draft copy of a published set (or of one's own), with its article and claims."""
    if not can_copy(source, owner):
        raise AuthoringError("Only a published set can be copied.")
    article = None
    claim_map: dict[int, int] = {}
    if source.article is not None:
        article = store.copy_article(source.article, owner.id)
        for copy in article.claims:
            copy.edited = False  # "corrected by you" is the copier's, not the colleague's
        pairs = [
            (c.id, copy) for c, copy in zip(source.article.claims, article.claims, strict=True)
        ]
        session.add(article)
        session.flush()
        claim_map = {old: new.id for old, new in pairs}
        for _, copy in pairs:
            copy.related = [claim_map[r] for r in copy.related or [] if r in claim_map]
    copy_set_row = models.QuestionSet(
        owner_id=owner.id,
        article=article,
        copied_from_id=source.id,
        title=f"Copy of {source.title}"[:300],
        description=source.description,
        generation_seed=source.generation_seed,
        shuffle=source.shuffle,
        attempts_allowed=source.attempts_allowed,
        time_limit_minutes=source.time_limit_minutes,
        feedback=source.feedback,
        grading=source.grading,
    )
    for position, q in enumerate(active_questions(source)):
        row = question_row(q, position, [claim_map[i] for i in q.claim_ids if i in claim_map])
        # A question built from claims belongs to the copy's claims: regenerating rebuilds it
        # from the copier's corrections. Only one added by hand (no claims) is kept as is.
        row.edited_by_hand = q.edited_by_hand and not q.claim_ids
        copy_set_row.questions.append(row)
    session.add(copy_set_row)
    session.flush()
    return copy_set_row


def delete_set(session: Session, qs: models.QuestionSet) -> None:
    if attempt_count(session, qs):
        raise AuthoringError("Learners have attempted this set: unpublish it instead.")
    session.delete(qs)
    session.flush()
