"""An analysed article with its draft set, a hand-made question, and an attempt that answers
every question (authoring and regeneration)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from quizapp import models, store
from quizapp.core.questions.base import Question
from quizapp.services.authoring import articles
from quizapp.services.authoring.articles import ArticleInput
from tests.factories.seed import SEED_TEXT, seed_analysis


def analysed(session: Session, owner: models.User) -> tuple[models.Article, models.QuestionSet]:
    article = articles.create_article(
        session, owner, ArticleInput(text=SEED_TEXT, outlet="Example News", date="2026-01-28")
    )
    qs = articles.store_analysis(session, article, seed_analysis(store.article_to_core(article)))
    session.commit()
    return article, qs


def mc(stem: str = "Who said it?", answer: int = 0) -> Question:
    return Question(
        type="multiple_choice",
        stem=stem,
        choices=["Peskov", "Putin", "CSIS"],
        answer=answer,
        skills=["attribution"],
        explanation="Peskov said it.",
    )


def answer_all(session: Session, questions: list[models.Question], learner) -> None:
    """One submitted attempt that answered every question."""
    attempt = models.Attempt(
        set_id=questions[0].set_id,
        user_id=learner.id,
        question_ids=[q.id for q in questions],
        score=1.0,
    )
    session.add(attempt)
    session.flush()
    for q in questions:
        session.add(models.Answer(attempt_id=attempt.id, question_id=q.id, response=0))
    session.commit()


def answer(session: Session, question: models.Question, learner: models.User) -> None:
    attempt = models.Attempt(
        set_id=question.set_id, user_id=learner.id, question_ids=[question.id], score=1.0
    )
    session.add(attempt)
    session.flush()
    session.add(
        models.Answer(attempt_id=attempt.id, question_id=question.id, response=0, correct=True)
    )
    session.commit()
