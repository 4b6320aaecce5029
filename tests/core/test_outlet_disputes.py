"""The outlet's own voice setting contrary evidence against a claim (outlet_disputes.py),
on sentences written for these tests: hand-built claims, no model."""

from __future__ import annotations

from quizapp.core.claims import Article, Claim
from quizapp.core.verification import assess_claims
from tests.factories.claims import build_claim, own_voice


def said(text: str, source: str, content: str, evidence: str, cue: str = "said") -> Claim:
    return build_claim(
        text,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def test_the_outlet_correcting_a_claim_in_fact_disputes_it():
    first = "Mayor Lena Park said the bridge had been inspected every year."
    second = "In fact, city records show the bridge was last inspected in 2009."
    text = f"{first} {second}"
    mayor = said(text, "Lena Park", "the bridge had been inspected every year", first)
    assess_claims([mayor, own_voice(text, second)], Article(text=text))
    assert mayor.status == "disputed"
    assert mayor.related == [1]
    assert "the article itself" in mayor.status_reason


def test_the_outlet_adding_a_fact_does_not_dispute_a_claim():
    first = "Mayor Lena Park said the bridge had been inspected every year."
    second = "The bridge was built in 1961 and carries 9,000 cars a day."
    text = f"{first} {second}"
    mayor = said(text, "Lena Park", "the bridge had been inspected every year", first)
    assess_claims([mayor, own_voice(text, second)], Article(text=text))
    assert mayor.status == "attributed"


def test_the_outlet_answering_a_conceded_claim_with_a_negation_disputes_it():
    text = (
        "While Mayor Lena Park said the bridge was inspected every year, no inspection of"
        " the bridge has been filed since 2009."
    )
    mayor = said(text, "Lena Park", "the bridge was inspected every year", text)
    assess_claims([mayor], Article(text=text))
    assert mayor.status == "disputed"


def test_a_main_clause_someone_else_says_is_no_outlet_dispute():
    text = (
        "While Mayor Lena Park said the bridge was inspected every year, Omar Reed said"
        " he had not seen an inspector on the bridge."
    )
    mayor = said(text, "Lena Park", "the bridge was inspected every year", text)
    reed = said(text, "Omar Reed", "he had not seen an inspector on the bridge", text)
    assess_claims([mayor, reed], Article(text=text))
    assert "the article itself" not in mayor.status_reason
