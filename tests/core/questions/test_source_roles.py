"""Which type a source's role settles, on hand-written sentences."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.source_evidence import type_evidence
from tests.factories.claims import said_by


def _one(sentence: str, source: str, written: str, content: str) -> Analysis:
    text = f"Threat Case\n\n{sentence}\n"
    claim = said_by(text, source, content, "official", written)
    return Analysis(Article(text=text, body=[(13, len(text) - 1)]), [claim])


def test_a_us_attorney_for_a_district_is_official_only():
    content = "the case shows that free speech carries duties"
    analysis = _one(
        f"Jim Kerr, the U.S. Attorney for the Northern District of Ohio, said {content}.",
        "Jim Kerr",
        "Jim Kerr, the U.S. Attorney for the Northern District of Ohio",  # as the analyser has it
        content,
    )
    assert type_evidence(analysis, "Jim Kerr") == {"official"}


def test_the_accuseds_attorney_is_a_party_and_what_she_said_is_no_role():
    content = "her client never meant harm"
    analysis = _one(
        f"Roe's attorney, Ann Vale, said in an email to The Associated Press that {content}.",
        "Ann Vale",
        "Ann Vale",
        content,
    )
    assert type_evidence(analysis, "Ann Vale") == {"involved"}


def test_an_economist_at_a_firm_serving_companies_has_two_types():
    # DOMAIN 3: economists commenting are independent, companies and their people are
    # parties; one at a shipper hit by the trade war is both, so no source-type key.
    content = "the delays make for better theater"
    analysis = _one(
        f"Ivo Lind, the chief economist at Cargoline, which moves goods for companies, said "
        f"that {content}.",
        "Ivo Lind",
        "Ivo Lind, the chief economist at Cargoline, which moves goods for companies",
        content,
    )
    assert type_evidence(analysis, "Ivo Lind") == {"independent", "involved"}
