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


BANK = (
    "Rates Held\n\n"
    "Treasury Secretary Ana Ruiz said the economy grew by 2 percent.\n\n"
    "Senator Tom Lee said the budget will pass in May.\n\n"
    "Mayor Mia Chen said the port will reopen in June.\n\n"
    "Jo Park, the president of the Federal Reserve Bank of Dover, said inflation slowed to"
    " 3 percent.\n\n"
    "Professor Ben Ode of Dover University said wages rose by 4 percent.\n"
)


def _bank_claim(source: str, written: str, kind: str, content: str):
    line = next(s for s in BANK.splitlines() if content in s)
    return build_claim(
        BANK,
        source=source,
        source_text=written,
        source_type=kind,
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )


def test_a_central_bank_is_neither_a_key_nor_a_choice_beside_independent_of_government():
    claims = [
        _bank_claim("Ana Ruiz", "Treasury Secretary Ana Ruiz", "official", "the economy grew"),
        _bank_claim("Tom Lee", "Senator Tom Lee", "official", "the budget will pass in May"),
        _bank_claim("Mia Chen", "Mayor Mia Chen", "official", "the port will reopen in June"),
        _bank_claim("Jo Park", "Jo Park", "official", "inflation slowed to 3 percent"),
        _bank_claim("Ben Ode", "Professor Ben Ode", "independent", "wages rose by 4 percent"),
    ]
    analysis = Analysis(Article(text=BANK, body=[(12, len(BANK))]), claims)
    questions = get_type("source_type").generate(analysis, random.Random(0))
    independence = [q for q in questions if "independent of the government" in q.stem]
    assert independence and all("Jo Park" not in q.choices for q in independence)
    assert not any("Jo Park" in q.stem for q in questions)
