"""QuestionType.question_about: what a learner reads has no compound split where a line of
the article broke; the evidence stays the article's words."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim

# A text file wrapped by hand: a line breaks inside "self-fulfilling".
TEXT = (
    "Harbor fares\n\n"
    "Ana Ruiz said that the fare rise is a self-\nfulfilling plan for the harbor town.\n"
    "Tom Lee said that the ferry would run on Sundays from June.\n"
    "Mia Chen said that the harbor wall was repaired in 2019.\n"
)


def _claim(source: str, content: str, evidence: str):
    return build_claim(
        TEXT,
        source=source,
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def _questions():
    fares = "the fare rise is a self-\nfulfilling plan for the harbor town"
    claims = [
        _claim("Ana Ruiz", fares, f"Ana Ruiz said that {fares}."),
        _claim("Tom Lee", "the ferry would run on Sundays from June", TEXT.splitlines()[3]),
        _claim("Mia Chen", "the harbor wall was repaired in 2019", TEXT.splitlines()[4]),
    ]
    analysis = Analysis(article=Article(text=TEXT), claims=claims)
    return get_type("who_said").generate(analysis, random.Random(0))


def test_a_stem_shows_a_compound_split_at_a_line_break_whole():
    stem = next(q.stem for q in _questions() if q.claims == [0])
    assert stem == "Who said that the fare rise is a self-fulfilling plan for the harbor town?"


def test_the_evidence_stays_the_articles_words():
    evidence = next(q.evidence for q in _questions() if q.claims == [0])
    assert "self-\nfulfilling" in evidence
