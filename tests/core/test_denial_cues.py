"""Denials the parse shows (denial_cues.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from quizapp.core.attribution import extract_claims
from quizapp.core.denial_cues import is_denial


def verb(parsed, text: str, word: str):
    _, doc = parsed(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
def test_ruling_out_a_part_in_something_is_a_denial(parsed):
    assert is_denial(
        verb(parsed, "The navy has ruled out sabotage involvement in the fire.", "ruled")
    )


@pytest.mark.slow
def test_denying_a_clause_is_a_denial(parsed):
    text = "The bakery denied that its flour had been contaminated."
    assert is_denial(verb(parsed, text, "denied"))


@pytest.mark.slow
def test_dismissing_something_said_is_a_denial(parsed):
    text = "The harbour authority dismissed the reports about the leaking tanks."
    assert is_denial(verb(parsed, text, "dismissed"))


@pytest.mark.slow
def test_rejecting_a_bill_is_a_vote_not_a_denial(parsed):
    assert not is_denial(
        verb(parsed, "The council rejected the parking bill on Tuesday.", "rejected")
    )


@pytest.mark.slow
def test_denying_someone_something_is_a_decision_not_a_denial(parsed):
    assert not is_denial(verb(parsed, "The judge denied the driver bail.", "denied"))


@pytest.mark.slow
def test_a_passive_denial_names_no_one_who_denies(parsed):
    text = "Any involvement in the fire was denied on Monday."
    assert not is_denial(verb(parsed, text, "denied"))


@pytest.mark.slow
def test_a_denial_the_tagger_is_unsure_of_is_still_a_claim(parsed):
    # "has ruled out" is far under the cue tagger's threshold: the parse finds it.
    article, doc = parsed(
        "The rebels said they had downed the drone. The army has ruled out rebel involvement"
        " in the crash."
    )
    denial = [c for c in extract_claims(doc, article) if c.cue == "ruled out"]
    assert [(c.source_text, c.content) for c in denial] == [
        ("The army", "rebel involvement in the crash")
    ]
    assert denial[0].confidence >= 0.5  # sure enough to key a dispute on


@pytest.mark.slow
def test_a_denial_someone_calls_for_is_not_made(parsed):
    text = "The harbour board must reject the claims about the leaking tanks."
    assert not is_denial(verb(parsed, text, "reject"))


@pytest.mark.slow
def test_a_denial_inside_someone_s_words_is_theirs_to_report(parsed):
    text = "Omar Reed said the navy had ruled out any involvement in the fire."
    assert not is_denial(verb(parsed, text, "ruled"))
