"""The question types: one list, in the order a learner meets them in a generated set.

Adding a type means writing its module and adding its class to ``TYPES``. A test that needs
a type of its own puts it in with ``added`` and it is gone again when the test ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from quizapp.core.questions.authority_claim import AuthorityClaim
from quizapp.core.questions.base import Question, QuestionType
from quizapp.core.questions.claim_status import ClaimStatus
from quizapp.core.questions.conflicting_figures import ConflictingFigures
from quizapp.core.questions.cue_reading import CueReading
from quizapp.core.questions.multiple_choice import MultipleChoice
from quizapp.core.questions.sort_statements import SortStatements
from quizapp.core.questions.source_type import SourceType
from quizapp.core.questions.true_false import TrueFalse
from quizapp.core.questions.what_said import WhatSaid
from quizapp.core.questions.who_said import WhoSaid

# Who and what first, then status, then sourcing; plain multiple choice is never generated.
TYPES: tuple[type[QuestionType], ...] = (
    WhoSaid,
    WhatSaid,
    CueReading,
    ClaimStatus,
    TrueFalse,
    ConflictingFigures,
    AuthorityClaim,
    SourceType,
    SortStatements,
    MultipleChoice,
)

REGISTRY: dict[str, QuestionType] = {cls.name: cls() for cls in TYPES}


def get_type(name: str) -> QuestionType:
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown question type {name!r}") from None


def type_for(name: str) -> QuestionType:
    """The registered type, or plain multiple choice for a name the registry lacks (a stored
    question whose type was since removed is still shown and graded as a choice question)."""
    return REGISTRY.get(name) or REGISTRY["multiple_choice"]


def all_types() -> dict[str, QuestionType]:
    """The types by name, in ``TYPES`` order (then any a test added)."""
    return REGISTRY


@contextmanager
def added(cls: type[QuestionType]) -> Iterator[QuestionType]:
    """The registry with ``cls`` in it for the ``with`` block, as it was after."""
    if cls.name in REGISTRY:
        raise ValueError(f"a question type named {cls.name!r} is registered already")
    REGISTRY[cls.name] = kind = cls()
    try:
        yield kind
    finally:
        del REGISTRY[cls.name]


def validate_question(question: Question) -> list[str]:
    """All errors of a question, whatever its type (an unknown type is itself an error)."""
    if not isinstance(question.type, str) or question.type not in REGISTRY:
        return [f"type: unknown question type {question.type!r}"]
    return REGISTRY[question.type].validate(question)
