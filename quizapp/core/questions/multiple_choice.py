"""Plain multiple choice: hand-made questions and GIFT imports that name no quizapp type."""

from __future__ import annotations

from quizapp.core.questions.base import QuestionType


class MultipleChoice(QuestionType):
    name = "multiple_choice"
    label = "Multiple choice"
    skills = ()
    quota = 0  # never generated: the generator has a specific type for every question
    gift_default = True  # a GIFT choice question that names no quizapp type
