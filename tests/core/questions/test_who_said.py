"""Who said it: a quotation with one other source to offer is asked as a restated clause."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.who_said import OUTLET_CHOICE
from tests.factories.claims import build_claim, said_by

TEXT = (
    "Sleep Study\n\n"
    'Researcher Ana Pires said: "Sleep loss in teenagers is linked to poorer grades at school."\n\n'
    "Economist Tom Berg said that the clinic will need more funding next year.\n"
)


def _sleep_study(quote: str) -> Analysis:
    text = TEXT.replace("Sleep loss in teenagers is linked to poorer grades at school", quote)
    pires = build_claim(
        text,
        source="Ana Pires",
        source_text="Researcher Ana Pires",
        source_type="independent",
        cue="said",
        cue_strength="report",
        content=quote,
        status="attributed",
        evidence=next(line for line in text.splitlines() if quote in line),
    )
    berg = said_by(
        text,
        "Tom Berg",
        "the clinic will need more funding next year",
        "independent",
        "Economist Tom Berg",
    )
    return Analysis(Article(text=text, body=[(13, len(text))]), [pires, berg])


def _asked_of_pires(analysis: Analysis) -> list:
    questions = get_type("who_said").generate(analysis, random.Random(0))
    return [q for q in questions if q.claims == [0]]


def test_a_quotation_with_one_other_source_is_asked_as_a_clause_with_the_outlets_voice():
    (question,) = _asked_of_pires(
        _sleep_study("Sleep loss in teenagers is linked to poorer grades at school")
    )
    assert question.stem == (
        "Who said that sleep loss in teenagers is linked to poorer grades at school?"
    )
    assert sorted(question.choices) == sorted(["Ana Pires", "Tom Berg", OUTLET_CHOICE])


def test_a_quotation_in_the_first_person_is_not_restated_as_a_clause():
    assert (
        _asked_of_pires(_sleep_study("We found that sleep loss is linked to poorer grades")) == []
    )


def test_a_closing_which_aside_is_left_out_of_the_stem():
    # The cue's frame cuts the object at "as well as", which leaves the aside closing it.
    seen = (
        "seeing water near the old mill, which the town rebuilt in 1990 after a fire, "
        "as well as seeing boats on the road"
    )
    text = (
        f"Harbor Flood\n\nEngineer Tom Berg reported {seen}.\n\n"
        "Mayor Ann Lee said that the harbor road will reopen on Monday.\n"
    )
    claims = [
        said_by(text, "Tom Berg", seen, "independent", "Engineer Tom Berg", cue="reported"),
        said_by(text, "Ann Lee", "the harbor road will reopen on Monday", "official",
                "Mayor Ann Lee"),
    ]  # fmt: skip
    analysis = Analysis(Article(text=text, body=[(14, len(text))]), claims)
    (question,) = _asked_of_pires(analysis)
    assert question.stem == "Who reported seeing water near the old mill?"
