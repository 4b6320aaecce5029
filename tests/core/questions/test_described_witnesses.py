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


WITNESSES = (
    "Fire At The Depot\n\n"
    "Harbor County's fire office said that 12 people had been hurt in the blaze.\n\n"
    "A Reuters journalist near the depot reported seeing smoke over the harbour.\n\n"
    "A nurse at the clinic told Channel9 that she treated four children for burns.\n\n"
    "A driver at the depot told a colleague that he saw the fire start in the yard.\n"
)


def _told(text: str, source: str, content: str, written: str = "") -> Claim:
    line = next(s for s in text.splitlines() if content in s)
    return build_claim(
        text,
        source=source,
        source_text=written or source,
        source_type="anonymous",
        cue="told",
        cue_strength="report",
        content=f"that {content}",
        status="attributed",
        evidence=line,
    )


def _witnesses() -> Analysis:
    office = said_by(
        WITNESSES, "Harbor County's fire office", "12 people had been hurt in the blaze"
    )
    reuters = build_claim(
        WITNESSES,
        source="A Reuters journalist near the depot",
        source_type="media",
        cue="reported",
        cue_strength="report",
        content="seeing smoke over the harbour",
        status="attributed",
        evidence="A Reuters journalist near the depot reported seeing smoke over the harbour.",
    )
    nurse = _told(WITNESSES, "A nurse at the clinic", "she treated four children for burns")
    driver = _told(WITNESSES, "A driver at the depot", "he saw the fire start in the yard")
    return Analysis(
        Article(text=WITNESSES, body=[(19, len(WITNESSES))]), [office, reuters, nurse, driver]
    )


def test_she_after_the_cue_is_the_speaker_the_stem_asks_for():
    # Before, "she treated ..." was a pronoun the stem could not resolve: no question.
    keyed = _who_said(_witnesses())
    question = keyed["A nurse at the clinic"]
    assert question.stem == "Who told Channel9 that she treated four children for burns?"
    # Only a person says "she treated": a reporter who saw the smoke is one, the office not.
    assert "A Reuters journalist near the depot" in question.choices
    assert "Harbor County's fire office" not in question.choices


def test_he_after_a_person_spoken_to_may_be_that_person_and_is_not_asked():
    assert "A driver at the depot" not in _who_said(_witnesses())  # "told a colleague that he"


def test_a_reporter_who_tells_what_they_saw_is_a_wrong_choice_for_another_witness():
    keyed = _who_said(_witnesses())
    assert "A Reuters journalist near the depot" in keyed["Harbor County's fire office"].choices


def test_a_reporter_who_passes_on_what_others_said_is_no_wrong_choice():
    relayed = WITNESSES.replace(
        "reported seeing smoke over the harbour", "reported that officials said the yard was shut"
    )
    analysis = _witnesses()
    analysis = Analysis(Article(text=relayed, body=analysis.article.body), list(analysis.claims))
    analysis.claims[1] = build_claim(
        relayed,
        source="A Reuters journalist near the depot",
        source_type="media",
        cue="reported",
        cue_strength="report",
        content="officials said the yard was shut",
        status="attributed",
        evidence="A Reuters journalist near the depot reported that officials said the yard was"
        " shut.",
    )
    choices = _who_said(analysis)["Harbor County's fire office"].choices
    assert "A Reuters journalist near the depot" not in choices
