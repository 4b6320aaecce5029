"""Sources a question may name: the article's acronym for a body names that body."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.source_checks import pronoun_problems, source_problems
from tests.factories.claims import build_claim

TEXT = (
    "River Water Is Safe, Agency Says\n\n"
    "The National Water Safety Agency tested the river on Monday. Later the NWSA said that"
    " the river water was safe to drink. It has also acknowledged that two wells upstream"
    " were polluted.\n"
)

AGENCY = "National Water Safety Agency"


def _agency(written: str, content: str, evidence: str):
    # The stem's name is the one spelt out (stem_sources.tidy_sources): the article's own
    # words for the source stay in source_text.
    return build_claim(
        TEXT,
        source=AGENCY,
        source_text=written,
        source_type="official",
        cue="said" if written != "It" else "acknowledged",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def _said():
    return _agency(
        "the NWSA",
        "the river water was safe to drink",
        "Later the NWSA said that the river water was safe to drink.",
    )


def test_a_body_named_by_its_acronym_is_the_head_of_the_words():
    assert source_problems(_said()) == []


def test_a_pronoun_after_the_acronym_stands_for_the_body_spelt_out():
    it = _agency(
        "It",
        "two wells upstream were polluted",
        "It has also acknowledged that two wells upstream were polluted.",
    )
    analysis = Analysis(Article(text=TEXT, body=[(34, len(TEXT))]), [_said(), it])
    assert pronoun_problems(analysis, 1) == []
