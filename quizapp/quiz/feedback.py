"""What a learner sees once a key may be shown: their answer, the right one, the
explanation and the evidence highlighted in the article.

Only two callers may build these: the results of a submitted attempt, and, in
feedback-after-each mode, a question whose answer is locked. Everything else the learner's
browser receives comes from ``attempts.render``, which never carries a key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quizapp import store
from quizapp.core import scoring
from quizapp.models import Answer, Article, Question
from quizapp.quiz.article_view import Paragraph, evidence_spans, paragraphs
from quizapp.services import attempts, question_pages


@dataclass
class QuestionFeedback:
    number: int
    stem: str
    label: str
    answered: bool
    correct: bool
    score: float
    # The learner's answer beside the right one, as the type's "feedback" partial shows it.
    answer: dict[str, Any] = field(default_factory=dict)
    partial: str = ""
    explanation: str = ""
    evidence: str = ""
    excerpt: list[Paragraph] = field(default_factory=list)
    article: list[Paragraph] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return scoring.verdict(self.answered, self.correct, self.score, self.answer.get("parts", 1))

    @property
    def verdict_class(self) -> str:
        if self.correct:
            return "ok"
        return "partial" if self.answered and self.score > 0 else "bad"


def feedback_for(
    question: Question | question_pages.PageQuestion,
    answer: Answer | question_pages.PageAnswer | None,
    article: Article | question_pages.ArticleText | None,
    number: int,
) -> QuestionFeedback:
    shown = attempts.render(question)
    kind = attempts.question_type(question.type)
    response = answer.response if answer is not None else None
    item = QuestionFeedback(
        number=number,
        stem=question.stem,
        label=str(shown.get("label", "")),
        answered=answer is not None,
        correct=bool(answer and answer.correct),
        score=float(answer.score or 0.0) if answer else 0.0,
        answer=kind.feedback(store.question_to_core(question), response),
        partial=kind.templates["feedback"],
        explanation=question.explanation or "",
        evidence=question.evidence or "",
    )
    if article is not None and article.text:
        marks = evidence_spans(article.text, question.evidence_spans, question.evidence)
        item.article = paragraphs(article.text, article.body, marks, article.title)
        item.excerpt = [p for p in item.article if p.marked]
    return item
