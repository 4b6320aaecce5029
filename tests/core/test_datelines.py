"""A dateline ("BUFFALO, N.Y. —") is never a source nor part of one, nor a choice."""

from __future__ import annotations

from quizapp.core.claims import Article, Claim
from quizapp.core.datelines import dateline_places, trim_datelines
from quizapp.core.questions.base import Question
from quizapp.core.questions.checks import dateline_problems

TEXT = (
    "Ferry fares rise\n\n"
    "HARBOR CITY, Maine \u2014 Hours before the vote, Mayor Ana Ruiz praised the plan,"
    " saying it would pay for the new pier.\n\n"
    "U.S.-Canada ferry talks resumed, Tom Lee said.\n"
)


def claim(source: str, cue: str, content: str) -> Claim:
    start, cue_at, content_at = TEXT.index(source), TEXT.index(cue), TEXT.index(content)
    sentence = TEXT.index("HARBOR CITY")
    return Claim(
        source=source,
        source_text=source,
        source_type="",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence_span=(sentence, TEXT.index("pier.") + 5),
        source_spans=[(start, start + len(source))],
        cue_spans=[(cue_at, cue_at + len(cue))],
        content_spans=[(content_at, content_at + len(content))],
    )


def test_a_source_span_starting_on_the_dateline_starts_after_it():
    praised = claim(
        "HARBOR CITY, Maine \u2014 Hours before the vote, Mayor Ana Ruiz", "praised", "the plan"
    )
    trim_datelines([praised], Article(text=TEXT))
    assert praised.source_text == "Hours before the vote, Mayor Ana Ruiz"


def test_a_source_span_that_is_only_the_dateline_takes_the_sentence_subject():
    praised = claim(
        "HARBOR CITY, Maine \u2014 Hours before the vote, Mayor Ana Ruiz", "praised", "the plan"
    )
    saying = claim("HARBOR CITY, Maine", "saying", "it would pay for the new pier")
    trim_datelines([saying, praised], Article(text=TEXT))
    assert saying.source_text == "Hours before the vote, Mayor Ana Ruiz"


def test_a_source_span_with_no_dateline_is_kept():
    text = TEXT
    start = text.index("U.S.-Canada")
    lee = Claim(
        source="U.S.-Canada ferry talks",
        source_text="U.S.-Canada ferry talks",
        source_type="",
        cue="said",
        cue_strength="report",
        content="",
        status="attributed",
        source_spans=[(start, start + len("U.S.-Canada ferry talks"))],
    )
    trim_datelines([lee], Article(text=text))
    assert lee.source_text == "U.S.-Canada ferry talks"


def test_the_places_of_datelines():
    assert dateline_places(TEXT) == {"HARBOR CITY"}
    assert dateline_places("WASHINGTON (AP) \u2014 The Senate voted.") == {"WASHINGTON"}
    assert dateline_places("The Senate voted \u2014 again.") == set()


def test_the_linter_flags_a_dateline_offered_as_a_speaker():
    q = Question(
        type="who_said",
        stem="Who said, \u201cThe pier is paid for\u201d?",
        choices=["Ana Ruiz", "HARBOR CITY", "Tom Lee"],
        answer=0,
    )
    assert dateline_problems(q, TEXT) == ["a dateline's place as a source: 'HARBOR CITY'"]


def test_the_linter_passes_a_place_named_in_a_sentence():
    q = Question(
        type="who_said",
        stem="Who said that Harbor City will pay for the pier?",
        choices=["Ana Ruiz", "Tom Lee"],
        answer=0,
    )
    assert dateline_problems(q, TEXT) == []
