"""Explanations say what a distancing word or a source's own rejection in the evidence means
(hedges.py), and the linter flags an explanation that passes over one."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.base import Question
from quizapp.core.questions.checks import explanation_problems
from quizapp.core.questions.evidence import status_note
from quizapp.core.questions.hedges import own_rejection, written_cue
from tests.factories.claims import build_claim

TEXT = (
    "Ferry clerk charged\n\n"
    '"We lost the tickets," Tom Lee allegedly told a clerk.\n\n'
    '"We counted every ticket," Ana Ruiz told the council.\n\n'
    "Ana Ruiz disputed the idea that the pier was unsafe.\n\n"
    "Tom Lee disputed the figure Ana Ruiz gave.\n"
)
BODY = [(TEXT.index('"We lost'), len(TEXT))]


def claim(source: str, content: str, evidence: str, cue: str = "told") -> Claim:
    return build_claim(
        TEXT,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


LOST = claim(
    "Tom Lee", "We lost the tickets", '"We lost the tickets," Tom Lee allegedly told a clerk.'
)
COUNTED = claim(
    "Ana Ruiz", "We counted every ticket", '"We counted every ticket," Ana Ruiz told the council.'
)


def analysis(*claims: Claim) -> Analysis:
    return Analysis(Article(text=TEXT, body=BODY), list(claims))


def test_a_distancing_word_before_the_cue_is_cited_with_it():
    assert written_cue(LOST, Article(text=TEXT)) == "allegedly told"


def test_a_cue_with_no_distancing_word_is_cited_as_it_is():
    assert written_cue(COUNTED, Article(text=TEXT)) == "told"


def test_the_status_note_says_that_not_even_the_attribution_is_confirmed():
    note = status_note(LOST, analysis(LOST))
    assert (
        "\u201callegedly\u201d" in note and "does not confirm even that Tom Lee said this" in note
    )


def test_the_status_note_of_a_plain_attribution_adds_nothing():
    assert "allegedly" not in status_note(COUNTED, analysis(COUNTED))


def test_the_source_rejecting_something_itself_is_found():
    evidence = "Ana Ruiz disputed the idea that the pier was unsafe."
    assert own_rejection(COUNTED, evidence) == "disputed"


@pytest.mark.parametrize(
    "word", ["denied", "rejected", "dismissed", "disputed", "refuted", "rebutted", "contradicted"]
)
def test_the_source_rejecting_something_itself_is_found_in_every_verb(word):
    evidence = f"Ana Ruiz {word} the idea that the pier was unsafe."
    assert own_rejection(COUNTED, evidence) == word


def test_another_source_rejecting_is_not_the_source_own():
    evidence = "Tom Lee disputed the figure Ana Ruiz gave."
    assert own_rejection(COUNTED, evidence) == ""


def test_the_linter_flags_an_explanation_passing_over_allegedly():
    q = Question(
        type="who_said",
        stem="Who said, \u201cWe lost the tickets\u201d?",
        explanation="The article attributes this to Tom Lee (\u201ctold\u201d). It is attributed.",
        evidence='"We lost the tickets," Tom Lee allegedly told a clerk.',
    )
    assert explanation_problems(q) == ["explanation: passes over 'allegedly told' in the evidence"]


def test_the_linter_flags_an_attributed_key_beside_an_unexplained_rejection():
    q = Question(
        type="claim_status",
        stem="How does the article present the words \u201cWe counted every ticket\u201d?",
        explanation="The article reports this as a claim by Ana Ruiz, so it is attributed.",
        evidence="Ana Ruiz disputed the idea that the pier was unsafe.",
    )
    assert explanation_problems(q) == [
        "explanation: an attributed key beside 'disputed', unexplained"
    ]


def test_the_linter_passes_explanations_that_say_why():
    q = Question(
        type="claim_status",
        stem="How does the article present the words \u201cWe lost the tickets\u201d?",
        explanation=status_note(LOST, analysis(LOST)),
        evidence='"We lost the tickets," Tom Lee allegedly told a clerk.',
    )
    assert explanation_problems(q) == []


def test_the_linter_flags_confirms_for_a_statement_in_the_outlets_own_voice():
    q = Question(
        type="true_false",
        stem="The article confirms that the pier was unsafe.",
        explanation="True. The outlet states this in its own voice, naming no source.",
    )
    assert explanation_problems(q) == [
        "stem: 'confirms' for what the outlet only states in its own voice"
    ]


def test_the_linter_passes_confirms_for_what_a_source_only_says():
    q = Question(
        type="true_false",
        stem="The article confirms that the pier was unsafe.",
        explanation="False. The article reports this as a claim by Ana Ruiz.",
    )
    assert explanation_problems(q) == []
