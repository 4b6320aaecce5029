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

import random
from collections.abc import Iterable, Sized

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import all_types
from quizapp.core.questions.stem_sources import tidy_sources
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


def statements_offered(analysis: Analysis) -> tuple[int, int]:
    """How many statements of the article the article stands behind, and how many it only
    reports, a generated question can have a learner judge: those whose status is plain
    enough to key a status question on (claim_status, true/false, sort), with the sources
    named as generate_questions names them."""
    analysis = tidy_sources(analysis)
    kinds: dict[int, bool] = {}
    for qtype in all_types().values():
        if "status" not in qtype.key_rests_on:
            continue
        for q in qtype.generate(analysis, random.Random(0)):
            judged = qtype.judgements(q, q.answer)
            if len(judged) == len(q.claims):  # one judgement a claim, in order
                kinds.update((i, j.truly_verified) for i, j in zip(q.claims, judged, strict=True))
    behind = sum(kinds.values())
    return behind, len(kinds) - behind


_KINDS = ("the article stands behind", "the article only reports")


def discernment_note(questions: Iterable[Question], offered: tuple[int, int] | None = None) -> str:
    """Whether the set measures discernment, in numbers a teacher can act on; with what the
    article ``offered`` (statements_offered), whether a generated question could add what
    the set lacks, or only a question written by hand."""
    behind, reports = statement_kinds(questions)
    counts = (
        f"{_statements(behind)} the article stands behind and {_statements(reports)} it only"
        " reports"
    )
    if behind >= MIN_STATEMENTS and reports >= MIN_STATEMENTS:
        return f"Each learner's discernment is measured on {counts}."
    short = (
        f"Not enough items to measure discernment: the set has {counts}, and the score needs"
        f" {MIN_STATEMENTS} of each."
    )
    lacking = [n for n, have in enumerate((behind, reports)) if have < MIN_STATEMENTS]
    truly = [n for n in lacking if offered is not None and offered[n] < MIN_STATEMENTS]
    if offered is None or not truly:
        return (
            f"{short} Learners still get their marks; add a sort or true/false question to"
            " measure it."
        )
    few = " and ".join(f"{_offered(offered[n])} {_KINDS[n]}" for n in truly)
    # Said as what the generator is sure of, not as what the article holds: readers took
    # "the article itself has only 1 ..." for a false statement about an article full of them.
    return (
        f"{short} The generator is sure of the status of {few}, so no generated question can"
        " add one. Learners still get their marks; a question written by hand on another"
        " statement of the article would measure it."
    )


def _offered(n: int) -> str:
    return "no statement" if n == 0 else f"only {_statements(n)}"


def _statements(n: int) -> str:
    return f"{n} statement" if n == 1 else f"{n} statements"
