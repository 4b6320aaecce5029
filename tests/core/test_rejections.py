"""Which cues reject what they introduce (rejections.py): every form of each verb of
rejecting, on the cue as a sentence would write it."""

from __future__ import annotations

import pytest

from quizapp.core.lexicon import REJECTING_VERBS
from quizapp.core.rejections import rejecting_words

FORMS = {
    "deny": "deny denies denied denying",
    "reject": "reject rejects rejected rejecting",
    "dismiss": "dismiss dismisses dismissed dismissing",
    "dispute": "dispute disputes disputed disputing",
    "refute": "refute refutes refuted refuting",
    "rebut": "rebut rebuts rebutted rebutting",
}


def test_the_forms_cover_every_verb_of_rejecting():
    assert set(FORMS) == REJECTING_VERBS


@pytest.mark.parametrize(
    "cue",
    [form for forms in FORMS.values() for form in forms.split()]
    + ["contradict", "contradicts", "contradicted", "has flatly denied", "ruled out"],
)
def test_every_form_of_a_verb_of_rejecting_is_a_rejecting_cue(cue):
    # "Dock workers dismiss the claim": the present, the plural, is as much a rejection as
    # "dismissed"; so is "rebutted", its consonant doubled.
    assert rejecting_words(cue)


@pytest.mark.parametrize("cue", ["said", "discussed", "addressed", "admitted", "countered"])
def test_other_cues_reject_nothing(cue):
    assert not rejecting_words(cue)
