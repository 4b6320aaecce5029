"""Sources the article describes but does not name, in "who said it?": keyed in the
article's words, and offered as wrong choices where named sources are too few."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.described_sources import description, is_one_person
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.unnamed_sources import described_others, unnamed_key
from quizapp.core.questions.who_said import _initials_in
from tests.factories.claims import build_claim, said_by

TEXT = (
    "Plant Closure Hearing\n\n"
    '"We will keep the plant open until the end of the year," Mayor Ana Ruiz said.\n'
    "Union leader Tom Lee said that the workers suffered burns in the boiler room.\n"
    "Two people briefed on the talks said that the buyer wants the land for housing.\n"
    "A nurse at the clinic said that three workers were treated for burns last week.\n"
    "A driver at the depot said that the trucks stopped running on Monday morning.\n"
    "Senior author Dana Cole said that the survey found leaks in every street.\n"
    "The authors of the survey said that the pipes under the market are the oldest.\n"
    "But they wrote that the new mains would last for another fifty years.\n"
)


def _claim(source: str, kind: str, content: str, written: str = "") -> Claim:
    return said_by(TEXT, source, content, kind, written)


RUIZ = _claim(
    "Ana Ruiz",
    "official",
    "We will keep the plant open until the end of the year",
    "Mayor Ana Ruiz",
)
LEE = _claim(
    "Tom Lee", "involved", "the workers suffered burns in the boiler room", "Union leader Tom Lee"
)
BRIEFED = _claim(
    "Two people briefed on the talks", "anonymous", "the buyer wants the land for housing"
)
NURSE = _claim(
    "A nurse at the clinic", "anonymous", "three workers were treated for burns last week"
)
DRIVER = _claim(
    "A driver at the depot", "anonymous", "the trucks stopped running on Monday morning"
)
COLE = _claim(
    "Dana Cole", "independent", "the survey found leaks in every street", "Senior author Dana Cole"
)
AUTHORS = _claim(
    "The authors of the survey", "independent", "the pipes under the market are the oldest"
)


def hearing(*claims: Claim) -> Analysis:
    return Analysis(Article(text=TEXT, body=[(23, len(TEXT))]), list(claims))


def who_said(analysis: Analysis) -> dict[str, list[str]]:
    questions = get_type("who_said").generate(analysis, random.Random(0))
    return {q.choices[q.answer]: q.choices for q in questions}


def test_a_description_of_people_is_shown_in_the_articles_words():
    assert description(AUTHORS) == "The authors of the survey"
    assert description(NURSE) == "A nurse at the clinic"
    study = _claim("a survey", "independent", "the pipes under the market are the oldest")
    assert description(study) == ""  # a document, not people: no "who"
    assert description(RUIZ) == ""  # named
    assert is_one_person("A nurse at the clinic")
    assert not is_one_person("Two people briefed on the talks")


def test_a_quote_with_one_other_named_source_gets_an_unnamed_one_as_a_wrong_choice():
    # Before, "Who said, '...'?" with one other name was not asked: no third choice.
    choices = who_said(hearing(RUIZ, LEE, BRIEFED))["Ana Ruiz"]
    assert sorted(choices) == ["Ana Ruiz", "Tom Lee", "Two people briefed on the talks"]


def test_a_claim_by_an_unnamed_source_is_keyed_in_the_articles_words():
    choices = who_said(hearing(RUIZ, LEE, BRIEFED))["Two people briefed on the talks"]
    assert {"Ana Ruiz", "Tom Lee"} <= set(choices)


def test_an_unnamed_source_that_makes_the_keys_point_is_no_wrong_choice():
    # The nurse also speaks of burns: offered for Lee's words, a learner could be right.
    assert described_others(hearing(LEE, NURSE, DRIVER), 0, False) == ["A driver at the depot"]


def test_an_unnamed_group_the_key_belongs_to_is_no_wrong_choice():
    # "Senior author Dana Cole" is one of "the authors of the survey".
    assert described_others(hearing(COLE, AUTHORS, DRIVER), 0, False) == ["A driver at the depot"]


def test_only_one_person_may_be_offered_for_words_in_the_first_person_singular():
    assert described_others(hearing(LEE, BRIEFED, DRIVER), 0, True) == ["A driver at the depot"]


def test_an_unnamed_source_is_not_keyed_on_a_sentence_before_its_own():
    two = _claim(
        "A driver at the depot", "anonymous", "the trucks stopped running on Monday morning"
    )
    two.content = "The depot closed. The trucks stopped running on Monday morning"
    assert unnamed_key(hearing(two), 0) == ""
    assert unnamed_key(hearing(DRIVER), 0) == "A driver at the depot"


def test_a_name_whose_initials_the_stem_holds_is_no_wrong_choice():
    stem = "Who told TRD that the buyer wants the land for housing?"
    assert _initials_in("The Real Deal New York", stem)
    assert _initials_in("Real Deal", stem)
    assert not _initials_in("Tom Lee", stem)


def test_a_named_member_of_an_unnamed_group_is_no_wrong_choice_for_it():
    # Dana Cole is a senior author: for the authors' words, she would be right too.
    analysis = hearing(COLE, AUTHORS, RUIZ, LEE)
    keyed = get_type("who_said").generate(analysis, random.Random(0))
    authors = [q for q in keyed if q.claims == [1]]
    assert authors and "Dana Cole" not in authors[0].choices


def test_they_is_an_unnamed_group_when_the_group_is_described_just_before():
    they = build_claim(
        TEXT,
        source="The authors of the survey",
        source_text="they",
        source_type="independent",
        cue="wrote",
        cue_strength="report",
        content="the new mains would last for another fifty years",
        status="attributed",
        evidence="But they wrote that the new mains would last for another fifty years.",
    )
    assert unnamed_key(hearing(AUTHORS, they), 1) == "The authors of the survey"
