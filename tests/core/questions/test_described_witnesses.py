"""A short article with one official body under two names and two sources it only
describes ("A Reuters journalist near the dam", "A nurse at the clinic"): who said it is
asked of the described ones too, and one body is never offered as two choices."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.described_sources import description
from quizapp.core.questions.distractors import one_name_each
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim, said_by

TEXT = (
    "Flood At The Dam\n\n"
    "Harbor County's water safety office said that 40 homes had been flooded overnight.\n\n"
    "Chief Inspector Lena Moss's office said that the river rose two metres in an hour.\n\n"
    "A Reuters journalist near the dam reported hearing sirens across the valley.\n\n"
    "A Harbor County official said that the spillway gates had jammed at midnight.\n\n"
    "A nurse at the clinic said that she treated four children for cuts and bruises.\n"
)

OFFICE = said_by(TEXT, "Harbor County's water safety office", "40 homes had been flooded overnight")
MOSS = said_by(TEXT, "Chief Inspector Lena Moss's office", "the river rose two metres in an hour")
NURSE = said_by(
    TEXT, "A nurse at the clinic", "she treated four children for cuts and bruises", "anonymous"
)

ENGINEER = said_by(
    TEXT, "A Harbor County official", "the spillway gates had jammed at midnight", "anonymous"
)


def _journalist(written: str = "A Reuters journalist near the dam") -> Claim:
    return build_claim(
        TEXT,
        source=written,
        source_type="media",
        cue="reported",
        cue_strength="report",
        content="hearing sirens across the valley",
        status="attributed",
        evidence="A Reuters journalist near the dam reported hearing sirens across the valley.",
    )


def flood(*claims: Claim) -> Analysis:
    return Analysis(Article(text=TEXT, body=[(18, len(TEXT))]), list(claims))


def _who_said(analysis: Analysis) -> dict[str, list[str]]:
    questions = get_type("who_said").generate(analysis, random.Random(0))
    return {q.choices[q.answer]: q for q in questions}


def test_a_description_too_long_to_offer_loses_where_the_source_was():
    # Seven words: before, no description, so no question could rest on the claim.
    long = _journalist("A Reuters journalist in the flooded area")
    assert description(long) == "A Reuters journalist"
    assert description(_journalist()) == "A Reuters journalist near the dam"
    named_place = _journalist("A Reuters journalist at the Hoover Dam site")
    assert description(named_place) == ""  # a named place says whose: it stays, too long


def test_who_reported_hearing_is_asked_in_the_cues_frame():
    analysis = flood(OFFICE, MOSS, _journalist(), NURSE)
    question = _who_said(analysis)["A Reuters journalist near the dam"]
    assert question.stem == "Who reported hearing sirens across the valley?"


def test_one_body_under_two_names_is_never_two_choices():
    assert one_name_each(
        ["Harbor County's water safety office", "Chief Inspector Lena Moss's office", "Tom Lee"]
    ) == ["Harbor County's water safety office", "Tom Lee"]
    analysis = flood(OFFICE, MOSS, _journalist(), NURSE)
    for question in _who_said(analysis).values():
        offices = [c for c in question.choices if c.endswith("office")]
        assert len(offices) <= 1, question.choices


def test_a_described_source_that_may_be_of_a_named_choice_is_not_offered_beside_it():
    # "A Harbor County official" may speak for Harbor County's office: one side, two choices.
    analysis = flood(OFFICE, _journalist(), ENGINEER, NURSE)
    choices = _who_said(analysis)["A Reuters journalist near the dam"].choices
    assert "Harbor County's water safety office" in choices
    assert "A Harbor County official" not in choices
    assert "A nurse at the clinic" in choices
