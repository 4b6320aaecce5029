"""What kind of source: an unnamed source is asked about by a claim that reads as a stem."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim

TEXT = (
    "Port Deal Talks\n\n"
    "But it may grow into a far larger deal than either side planned if the mayor agrees to"
    " the demands of the harbor board to cut the fees on every ship in port, people familiar"
    " with the talks say.\n\n"
    "Two people briefed on the talks said the port will add a second ferry line next spring.\n"
)


LONG = TEXT.splitlines()[2].split(", people")[0]


def _unnamed(source: str, cue: str, content: str, confidence: float):
    line = next(s for s in TEXT.splitlines() if content in s)
    return build_claim(
        TEXT,
        source=source,
        source_type="anonymous",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
        confidence=confidence,
    )


def test_an_unnamed_source_is_asked_about_by_its_next_claim_when_the_surest_reads_badly():
    # The surest claim opens with "But it ..." and runs on with no comma: no stem can
    # restate it, nor show the words it begins with.
    claims = [
        _unnamed("people familiar with the talks", "say", LONG, 0.9),
        _unnamed(
            "Two people briefed on the talks",
            "said",
            "the port will add a second ferry line next spring",
            0.8,
        ),
    ]
    analysis = Analysis(Article(text=TEXT, body=[(17, len(TEXT))]), claims)
    (question,) = get_type("source_type").generate(analysis, random.Random(0))
    assert question.claims == [1]
    assert "the port will add a second ferry line next spring" in question.stem
