"""Sides of a debate named by their stance (stances.py), on sentences written for these
tests: hand-built claims, no model."""

from __future__ import annotations

from quizapp.core.claims import Article
from quizapp.core.stances import opposed, stance
from quizapp.core.verification import assess_claims
from tests.factories.claims import reported as claim


def test_a_stance_names_its_side_and_what_it_stands_for():
    assert stance("the mayor's critics") == ("against", frozenset({"mayor"}))
    assert stance("Those in favor of the ban") == ("for", frozenset({"ban"}))
    assert stance("Supporters") == ("for", frozenset())


def test_a_source_named_otherwise_takes_no_stance():
    assert stance("Harbour Master Lena Park") is None


def test_critics_and_supporters_of_one_thing_are_opposed():
    assert opposed("critics of the toll", "supporters of the toll")


def test_supporters_of_two_things_are_opposed():
    assert opposed("those in favor of a recount", "the mayor's supporters")


def test_two_critics_are_one_side():
    assert not opposed("critics of the toll", "opponents")


def test_two_sides_saying_no_to_each_other_dispute_each_other():
    text = "Critics say the toll caused the jams. Supporters say the toll did not cause the jams."
    critics = claim("Critics", "say", "the toll caused the jams", evidence=text)
    supporters = claim("Supporters", "say", "the toll did not cause the jams", evidence=text)
    assess_claims([critics, supporters], Article(text=text))
    assert critics.status == supporters.status == "disputed"


def test_two_sides_making_different_points_do_not_dispute():
    text = "Supporters say the toll cuts jams. Critics say the toll costs drivers too much."
    supporters = claim("Supporters", "say", "the toll cuts jams", evidence=text)
    critics = claim("Critics", "say", "the toll costs drivers too much", evidence=text)
    assess_claims([supporters, critics], Article(text=text))
    assert supporters.status == critics.status == "attributed"
