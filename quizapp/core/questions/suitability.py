"""Whether a text should be turned into a quiz at all, with a plain message when not.

Three checks, each giving a sentence a teacher reads instead of a quiz:
- ``too_long``: before any analysis (a long text costs minutes of parsing and no news
  article needs it). The limit is on the article body's words.
- ``not_news``: after analysis, a text with (almost) no attributions (a recipe, a gardening
  column, a list of numbers) has nothing to teach about attribution; a quiz made from it
  would be made of guesses.
- ``too_few``: after generation, fewer than ``MIN_QUESTIONS`` questions the generator is sure
  of make no quiz (one question is a test of luck, not of reading).

And one note on a set that is a quiz: ``discernment_note``, whether its questions give a
learner enough statements of each kind for the discernment score (DOMAIN section 5).
"""

from __future__ import annotations

from collections.abc import Iterable, Sized

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import all_types
from quizapp.core.scoring import MIN_STATEMENTS

MAX_QUIZ_WORDS = 12_000
"""Longest body a quiz is generated from: a long feature runs to 5,000-6,000 words (the
longest of the PolNeAR articles has 5,513), so twice that is still an article; beyond it
the text is a report, a book chapter or a page of many articles."""

MIN_ATTRIBUTIONS = 2
"""Fewest attributions with a named source a text needs to be quizzed on: with fewer there
is no "who said it" to ask and no other source to make a fair wrong choice from."""


def too_long(article: Article) -> str:
    """A message when the article is over the limit, else ""."""
    n = len(article.body_text().split())
    if n <= MAX_QUIZ_WORDS:
        return ""
    return (
        f"This text has {n:,} words; quizzes are made from articles of up to"
        f" {MAX_QUIZ_WORDS:,} words. Paste a single article, or a part of this one."
    )


def not_news(analysis: Analysis) -> str:
    """A message when the analysis found too few attributions for a quiz, else ""."""
    from quizapp.core.questions.names import named_source

    named = [c for c in analysis.claims if c.status != "unattributed" and named_source(c)]
    if len(named) >= MIN_ATTRIBUTIONS:
        return ""
    found = "no statement" if not named else "only one statement"
    return (
        f"This text does not read like a news report: the analysis found {found} that it"
        " attributes to a named source, so there is nothing to ask about who said what. No"
        " quiz was made; try a news article that quotes or reports its sources."
    )


NOTHING_SURE = (
    "The analysis found attributions in this text but none it is sure enough of to build a"
    " question a teacher could publish unchanged (a question needs a named source, a clear"
    " statement and other sources to choose from). No quiz was made; the claims can still be"
    " checked and corrected by hand."
)


MIN_QUESTIONS = 3
"""Fewest generated questions that make a quiz: with one or two, a learner's score says
more about luck than about reading, and the sort and true/false measures have no items."""


def too_few(questions: Sized) -> str:
    """A message when the generator was sure of fewer than ``MIN_QUESTIONS`` questions."""
    n = len(questions)
    if n >= MIN_QUESTIONS:
        return ""
    if n == 0:
        return NOTHING_SURE
    return (
        f"The analysis was sure enough of only {'one question' if n == 1 else f'{n} questions'}"
        f" in this text; a quiz needs at least {MIN_QUESTIONS}. No quiz was made; the claims"
        " can be checked and corrected by hand, or questions added to the draft by hand."
    )


def draft_note(n: int) -> str:
    """What a draft generated from an article says when it is too short to publish: the
    draft stays (the teacher may add to it), but nobody should mistake it for a quiz."""
    if n >= MIN_QUESTIONS:
        return ""
    made = "no question" if n == 0 else "one question" if n == 1 else f"only {n} questions"
    return (
        f"The analysis was sure enough of {made} in this article; a quiz needs at least"
        f" {MIN_QUESTIONS}. Check and correct the article's claims and regenerate, or add"
        " questions by hand before publishing."
    )


def statement_kinds(questions: Iterable[Question]) -> tuple[int, int]:
    """How many statements a learner judges in these questions that the article stands
    behind and how many it only reports: the items of the discernment score, by the key."""
    types = all_types()
    behind = reports = 0
    for q in questions:
        qtype = types.get(q.type)
        for judgement in qtype.judgements(q, q.answer) if qtype is not None else []:
            behind += judgement.truly_verified
            reports += not judgement.truly_verified
    return behind, reports


def discernment_note(questions: Iterable[Question]) -> str:
    """Whether the set measures discernment, in numbers a teacher can act on."""
    behind, reports = statement_kinds(questions)
    counts = (
        f"{_statements(behind)} the article stands behind and {_statements(reports)} it only"
        " reports"
    )
    if behind >= MIN_STATEMENTS and reports >= MIN_STATEMENTS:
        return f"Each learner's discernment is measured on {counts}."
    return (
        f"Not enough items to measure discernment: the set has {counts}, and the score needs"
        f" {MIN_STATEMENTS} of each. Learners still get their marks; add a sort or"
        " true/false question to measure it."
    )


def _statements(n: int) -> str:
    return f"{n} statement" if n == 1 else f"{n} statements"
