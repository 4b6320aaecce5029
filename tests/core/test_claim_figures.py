"""The figures in a claim: value, qualifier and what each counts; what is no figure."""

from __future__ import annotations

from quizapp.core.claim_figures import extract_figures
from tests.factories.claims import reported as claim


def test_figures_with_qualifier_value_and_counted_thing():
    c = claim(
        "Andrei Belousov",
        "said",
        "on December 24 nearly 410,000 Russians and more than 36,000 citizens joined, "
        "1.2 million killed and wounded, 18 percent of buses, in 2025",
    )
    figures = {f.text: f for f in extract_figures(c, "")}
    assert set(figures) == {"nearly 410,000", "more than 36,000", "1.2 million", "18 percent"}
    assert figures["nearly 410,000"].value == 410_000
    assert figures["nearly 410,000"].qualifier == "nearly"
    assert figures["nearly 410,000"].counts == "Russians"
    assert figures["1.2 million"].value == 1_200_000
    assert figures["1.2 million"].counts == "killed and wounded"
    assert figures["18 percent"].counts == "buses"


def test_times_and_model_numbers_are_not_figures():
    c = claim("Laura Brennan", "said", "the call came at 2:14 about an F-35 and the 13th floor")
    assert extract_figures(c, "") == []


def test_a_label_number_is_no_figure():
    analysts = claim("analysts", "said", "the Phase 1 deal covers only the easiest issues")
    (found,) = [analysts]
    assert extract_figures(found, found.content) == []
