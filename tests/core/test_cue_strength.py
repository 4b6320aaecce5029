"""Cue strength: report, estimate, doubt or assertion, read from the cue as written."""

from __future__ import annotations

import pytest

from quizapp.core.cue_strength import cue_strength, tidy_cue


@pytest.mark.parametrize(
    "cue, strength",
    [
        ("said", "report"),
        ("told", "report"),
        ("noted", "report"),
        ("according to", "report"),
        ("estimated", "estimate"),
        ("projected", "estimate"),
        ("calculated", "estimate"),
        ("claimed", "doubt"),
        ("alleged", "doubt"),
        ("insisted", "doubt"),
        ("confirmed", "assertion"),
        ("showed", "assertion"),
        ("found", "assertion"),
        ("proved", "assertion"),
        ("has claimed", "doubt"),
        ("said in a statement", "report"),
    ],
)
def test_cue_strength(cue, strength):
    assert cue_strength(cue) == strength


def test_tidy_cue_drops_leading_adverbs():
    assert tidy_cue("also noted") == "noted"
    assert tidy_cue(" according to ") == "according to"
