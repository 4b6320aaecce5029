"""What every instructor page needs: the current instructor's own objects, or 404 (so
another instructor's ids look like missing ones), and an authoring error's messages flashed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import (
    abort,
    flash,
)
from flask_login import current_user
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.extensions import db
from quizapp.services.authoring import (
    AuthoringError,
    articles,
    claims,
    questions,
    sets,
)

T = TypeVar("T")


def owned_or_404(find: Callable[[Session, models.User, int], T | None], object_id: int) -> T:
    """The current instructor's object; 404 otherwise, so others' ids look like missing ones."""
    found = find(db.session, current_user, object_id)
    if found is None:
        abort(404)
    return found


def set_or_404(set_id: int) -> models.QuestionSet:
    return owned_or_404(sets.owned_set, set_id)


def article_or_404(article_id: int) -> models.Article:
    return owned_or_404(articles.owned_article, article_id)


def claim_or_404(claim_id: int) -> models.Claim:
    return owned_or_404(claims.owned_claim, claim_id)


def question_or_404(question_id: int) -> models.Question:
    return owned_or_404(questions.owned_question, question_id)


def flash_errors(error: AuthoringError) -> None:
    for message in error.errors:
        flash(message, "error")
