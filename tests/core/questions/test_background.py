"""Background sentences in the outlet's own voice are told from the story's news, and
questions on them go after the others."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.background import is_background, news_first, story_year
from quizapp.core.questions.base import Question
from tests.factories.claims import own_voice


@pytest.mark.parametrize(
    "sentence",
    [
        "The theft charge is punishable by up to ten years in prison.",
        "The driver faces a maximum of seven years and a fine.",
        "Each count carries a maximum sentence of three years.",
        "The mayor is 68 years old and has served three terms.",
        "The bakery is best known for its rye bread.",
        "Osteoporosis is where the bones become thin and weak.",
        "A marathon is a type of long-distance race.",
        "The new crane, capable of lifting forty tonnes, arrives next week.",
        "Untreated, the infection is usually fatal.",
        "The bridge was built in 1931 by the city.",
    ],
)
def test_a_background_sentence_is_recognised(sentence):
    assert is_background(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted 7-2 on Tuesday to close the library.",
        "Two men were charged with theft after the break-in.",
        "Ticket sales fell 12 percent in March.",
        "The mayor, 68, resigned on Monday.",
    ],
)
def test_a_sentence_of_the_news_is_not_background(sentence):
    assert not is_background(sentence, story_year=2021)


def test_a_year_long_before_the_story_is_history():
    assert is_background("The club won the league in 2009.", story_year=2021)


def test_a_year_of_the_story_is_not_history():
    assert not is_background("The club won the league in 2020.", story_year=2021)


def test_an_old_year_beside_the_story_time_is_a_comparison_not_history():
    sentence = "Sales reached 900 cars last month, up from 700 a year ago and 500 in 2015."
    assert not is_background(sentence, story_year=2021)


def _analysis(body: str, date: str = "") -> Analysis:
    return Analysis(Article(text=body, date=date), [])


def test_the_story_year_is_the_date_when_known():
    assert story_year(_analysis("The club won the league in 2009.", "2021-05-02")) == 2021


def test_the_story_year_leaves_out_a_year_looked_ahead_to():
    body = "In 2019 the plant opened. In 2021 it doubled output. It aims to close by 2030."
    assert story_year(_analysis(body)) == 2021


def test_questions_on_background_go_after_those_on_news():
    text = "Two men were charged on Friday. Theft is punishable by up to ten years in prison.\n"
    claims = [
        own_voice(text, "Theft is punishable by up to ten years in prison"),
        own_voice(text, "Two men were charged on Friday"),
    ]
    analysis = Analysis(Article(text=text), claims)
    first, second = (
        Question(type="claim_status", stem=f"Q{i}", choices=[], answer=0, claims=[i])
        for i in (0, 1)
    )
    assert news_first([first, second], analysis) == [second, first]
