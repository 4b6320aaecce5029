"""Wrong answers to "who said it?" a learner could believe: the article's other main
speakers, of the same kind as the right one, never an outlet that only reported, never a
name built on the right one."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.distractors import (
    belongs_to,
    is_person,
    looks_like_person,
    rank_sources,
    speaks_as_one_person,
)
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim, said_by

TEXT = (
    "Hearing On The Canal Contract\n\n"
    "Envoy Rita Salo said that the canal contract was signed in March.\n"
    "Salo said that the envoy office kept every record of the talks.\n"
    "Salo said that the contract had no secret clause at all.\n"
    "Adviser Omar Pike said that the contract was signed in April instead.\n"
    "Pike said that the adviser team never saw the final draft.\n"
    '"I warned the minister twice about the canal deal," Pike said.\n'
    "Clerk Lena Vos said that the hearing would resume on Friday.\n"
    "Pike's lawyer said that the question was outside the hearing's scope.\n"
    "Brightwater Shipping said that its ships would use the canal next year.\n"
    "The Daily Courier reported that the hearing lasted nine hours.\n"
)


def _said(source: str, kind: str, content: str, cue: str = "said") -> Claim:
    line = next(s for s in TEXT.splitlines() if content in s)
    return build_claim(
        TEXT,
        source=source,
        source_text=source,
        source_type=kind,
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )


def hearing() -> Analysis:
    claims = [
        _said("Rita Salo", "official", "the canal contract was signed in March"),
        _said("Rita Salo", "official", "the envoy office kept every record of the talks"),
        _said("Rita Salo", "official", "the contract had no secret clause at all"),
        _said("Omar Pike", "official", "the contract was signed in April instead"),
        _said("Omar Pike", "official", "the adviser team never saw the final draft"),
        _said("Omar Pike", "official", "I warned the minister twice about the canal deal"),
        _said("Lena Vos", "official", "the hearing would resume on Friday"),
        _said("Pike's lawyer", "involved", "the question was outside the hearing's scope"),
        _said("Brightwater Shipping", "involved", "its ships would use the canal next year"),
        _said("The Daily Courier", "media", "the hearing lasted nine hours", cue="reported"),
    ]
    return Analysis(Article(text=TEXT, body=[(30, len(TEXT))]), claims)


NAMES = ["Rita Salo", "Omar Pike", "Lena Vos", "Pike's lawyer", "Brightwater Shipping",
         "The Daily Courier"]  # fmt: skip


def test_the_other_main_speaker_comes_first():
    analysis = hearing()
    wrong = rank_sources(analysis, analysis.claims[3], [n for n in NAMES if n != "Omar Pike"])
    assert wrong[0] == "Rita Salo"  # three claims, against one for each other name


def test_an_outlet_that_only_reported_is_no_distractor_for_a_speaker():
    analysis = hearing()
    wrong = rank_sources(analysis, analysis.claims[0], [n for n in NAMES if n != "Rita Salo"])
    assert "The Daily Courier" not in wrong


def test_an_outlet_may_be_a_distractor_for_another_outlet():
    analysis = hearing()
    key = _said("Harbor Radio", "media", "the hearing lasted nine hours", cue="reported")
    assert "The Daily Courier" in rank_sources(analysis, key, ["The Daily Courier", "Lena Vos"])


def test_a_name_built_on_the_right_one_is_no_distractor():
    analysis = hearing()
    wrong = rank_sources(analysis, analysis.claims[3], [n for n in NAMES if n != "Omar Pike"])
    assert "Pike's lawyer" not in wrong
    assert belongs_to("Pike's lawyer", "Omar Pike")
    assert not belongs_to("Pike's lawyer", "Rita Salo")


def test_a_first_person_quote_gets_only_people_as_distractors():
    analysis = hearing()
    others = [n for n in NAMES if n != "Omar Pike"]
    wrong = rank_sources(analysis, analysis.claims[5], others, first_person=True)
    assert "Brightwater Shipping" not in wrong
    assert wrong and all(looks_like_person(n) for n in wrong)


def test_a_description_only_makes_up_the_second_distractor():
    analysis = hearing()
    key = analysis.claims[6]  # Lena Vos
    assert "Pike's lawyer" not in rank_sources(analysis, key, ["Rita Salo", "Omar Pike",
                                                               "Pike's lawyer"])  # fmt: skip
    assert rank_sources(analysis, key, ["Rita Salo", "Pike's lawyer"]) == [
        "Rita Salo",
        "Pike's lawyer",
    ]


def test_first_person_singular():
    assert speaks_as_one_person("I warned the minister twice")
    assert speaks_as_one_person("My role was the official channel")
    assert not speaks_as_one_person("We will not cut a single class")
    assert not speaks_as_one_person("The contract had no secret clause")


def test_people_and_bodies():
    assert looks_like_person("Omar Pike")
    assert looks_like_person("Sui-Lee Wee")
    assert not looks_like_person("Brightwater")  # one word: could be a company
    assert not looks_like_person("Finance Department")
    assert not looks_like_person("Pike's lawyer")


def test_who_said_offers_no_company_for_a_first_person_quote():
    analysis = hearing()
    questions = get_type("who_said").generate(analysis, random.Random(0))
    quote = next(q for q in questions if "I warned the minister" in q.stem)
    assert quote.choices[quote.answer] == "Omar Pike"
    assert "Brightwater Shipping" not in quote.choices
    assert "Rita Salo" in quote.choices


def test_a_name_after_a_team_and_role_is_a_person():
    assert looks_like_person("Harbors DL Sam Oduya")
    assert not looks_like_person("Sam Oduya LLC")


def test_a_one_word_source_the_article_calls_she_is_a_person():
    analysis = hearing()
    analysis.claims.append(
        build_claim(
            TEXT,
            source="Vos",
            source_text="She",
            source_type="official",
            cue="said",
            cue_strength="report",
            content="the hearing would resume on Friday",
            status="attributed",
            evidence="Clerk Lena Vos said that the hearing would resume on Friday.",
        )
    )
    assert is_person(analysis, "Vos")
    assert not is_person(analysis, "Brightwater")


def test_a_place_speaking_for_its_government_is_no_distractor_beside_an_official():
    text = (
        "Talks On Tariffs\n\n"
        "The commerce ministry of Veldia said that tariffs must go first.\n"
        "Kesh said that it wants a bigger deal.\n"
        "Analyst Mara Quist said that the talks may stall.\n"
    )
    claims = [
        said_by(
            text,
            "Veldia's commerce ministry",
            "tariffs must go first",
            "official",
            written="The commerce ministry of Veldia",
        ),
        said_by(text, "Kesh", "it wants a bigger deal", "official"),
        said_by(text, "Mara Quist", "the talks may stall", "independent"),
    ]
    analysis = Analysis(Article(text=text, body=[(18, len(text))]), claims)
    wrong = rank_sources(analysis, claims[0], ["Kesh", "Mara Quist"])
    assert wrong == ["Mara Quist"]  # "Kesh" may be the ministry's capital
    assert "Veldia's commerce ministry" not in rank_sources(
        analysis, claims[1], ["Veldia's commerce ministry", "Mara Quist"]
    )


def test_a_one_word_surname_the_article_names_in_full_stays_a_distractor():
    text = (
        "Talks On Tariffs\n\n"
        "Minister Ivo Brandt said that tariffs must go first.\n"
        "Brandt said that the talks would go on.\n"
        "The trade office said that it wants a bigger deal.\n"
    )
    claims = [
        said_by(text, "Brandt", "the talks would go on", "official"),
        said_by(text, "The trade office", "it wants a bigger deal", "official"),
    ]
    analysis = Analysis(Article(text=text, body=[(18, len(text))]), claims)
    assert "Brandt" in rank_sources(analysis, claims[1], ["Brandt"])
