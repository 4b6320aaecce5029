"""Question generation: one module per question type, registered by name (see base.py)."""

from quizapp.core.questions.base import (
    REGISTRY,
    Judgement,
    Mark,
    Question,
    QuestionType,
    all_types,
    get_type,
    validate_question,
)

__all__ = [
    "REGISTRY",
    "Judgement",
    "Mark",
    "Question",
    "QuestionType",
    "all_types",
    "get_type",
    "validate_question",
]
