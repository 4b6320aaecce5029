"""cue_verb: a cue as a "who" stem in its own frame writes it."""

from __future__ import annotations

import pytest

from quizapp.core.questions.cue_verbs import cue_verb, named_claim, takes_object


@pytest.mark.parametrize(
    ("cue", "written"),
    [
        ("accused", ("accuse", "accused")),
        ("also accused", ("accuse", "accused")),
        ("repeatedly calling for", ("call for", "called for")),
        ("are urging", ("urge", "is urging")),
        ("has denounced", ("denounce", "has denounced")),
        ("blames", ("blame", "blames")),
    ],
)
def test_a_framed_cue_as_the_stem_writes_it(cue, written):
    assert cue_verb(cue) == written


@pytest.mark.parametrize("cue", ["did not call for", "would urge", "is accused", "said", "urge"])
def test_a_cue_the_stem_cannot_frame(cue):
    assert cue_verb(cue) is None


def test_what_follows_an_accusation_is_its_object_what_follows_a_report_may_be_a_clause():
    assert takes_object("accused", "")
    assert not takes_object("accused", "that")
    assert not takes_object("reported", "")


def test_an_accusation_without_what_of_has_no_noun_phrase():
    assert named_claim("accuse", "the harbor board") is None


def test_a_call_has_no_noun_for_a_status_stem():
    assert named_claim("call for", "an inquiry into the fire") is None


def test_an_accusation_running_into_a_second_act_has_no_noun_phrase():
    thing = "the harbor board of hiding costs and chided them for the delays"
    assert named_claim("accuse", thing) is None
