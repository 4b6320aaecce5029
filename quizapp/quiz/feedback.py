"""What a learner sees once a key may be shown: their answer, the right one, the
explanation and the evidence highlighted in the article.

Only two callers may build these: the results of a submitted attempt, and, in
feedback-after-each mode, a question whose answer is locked. Everything else the learner's
browser receives comes from ``attempts.render``, which never carries a key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quizapp.core import scoring
from quizapp.core.questions.base import STATUS_LABELS
from quizapp.models import Answer, Article, Question
from quizapp.quiz.article_view import Paragraph, evidence_spans, paragraphs
from quizapp.services import attempts


@dataclass
class SortRow:
    statement: str
    yours: str | None
    right: str
    ok: bool


@dataclass
class QuestionFeedback:
    number: int
    stem: str
    label: str
    answered: bool
    correct: bool
    score: float
    yours: str | None = None
    right: str = ""
    rows: list[SortRow] = field(default_factory=list)
    explanation: str = ""
    evidence: str = ""
    excerpt: list[Paragraph] = field(default_factory=list)
    article: list[Paragraph] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        parts = len(self.rows) or 1
        return scoring.verdict(self.answered, self.correct, self.score, parts)

    @property
    def verdict_class(self) -> str:
        if self.correct:
            return "ok"
        return "partial" if self.answered and self.score > 0 else "bad"


def _choice_text(question: Question, value: Any) -> str | None:
    choices = question.choices or []
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(choices):
        return str(choices[value])
    return None if value is None else str(value)


def label_text(label: str | None) -> str:
    return label if label else "no label"


def feedback_for(
    question: Question | attempts.PageQuestion,
    answer: Answer | attempts.PageAnswer | None,
    article: Article | attempts.ArticleText | None,
    number: int,
) -> QuestionFeedback:
    shown = attempts.render(question)
    response = answer.response if answer is not None else None
    item = QuestionFeedback(
        number=number,
        stem=question.stem,
        label=str(shown.get("label", "")),
        answered=answer is not None,
        correct=bool(answer and answer.correct),
        score=float(answer.score or 0.0) if answer else 0.0,
        explanation=question.explanation or "",
        evidence=question.evidence or "",
    )
    statements = (question.data or {}).get("statements")
    if isinstance(statements, list) and isinstance(question.answer, list):
        given = list(response or []) if isinstance(response, list) else []
        given += [None] * (len(statements) - len(given))
        item.rows = [
            SortRow(str(s), g, str(k), g == k)
            for s, g, k in zip(statements, given, question.answer, strict=False)
        ]
    else:
        item.yours = _choice_text(question, response)
        item.right = _choice_text(question, question.answer) or ""
    if article is not None and article.text:
        marks = evidence_spans(article.text, question.evidence_spans, question.evidence)
        item.article = paragraphs(article.text, article.body, marks, article.title)
        item.excerpt = [p for p in item.article if p.marked]
    return item


def status_help() -> dict[str, str]:
    return dict(STATUS_LABELS)
