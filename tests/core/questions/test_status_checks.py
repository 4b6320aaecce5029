"""When two contents make the same point, and which words an article's topic makes common:
hand-written cases for status_checks."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.status_checks import (
    point_words,
    same_point,
    status_is_clear,
    topic_words,
)
from tests.factories.claims import build_claim

TRADE = (
    "Tariff Talks\n\n"
    "The tariffs rose again this week. Farmers said the tariffs hurt their exports."
    " Mayor Ana Ruiz said the tariffs on steel would close the mill by spring. Economist"
    " Tom Lee said the steel tariffs had pushed grain prices down for a second year. The"
    " talks resume in May. Officials met in Geneva on Monday.\n"
)


def claim(source: str, content: str, evidence: str) -> Claim:
    return build_claim(
        TRADE,
        source=source,
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def ruiz() -> Claim:
    return claim(
        "Ana Ruiz",
        "the tariffs on steel would close the mill by spring",
        "Mayor Ana Ruiz said the tariffs on steel would close the mill by spring.",
    )


def lee() -> Claim:
    return claim(
        "Tom Lee",
        "the steel tariffs had pushed grain prices down for a second year",
        "Economist Tom Lee said the steel tariffs had pushed grain prices down for a second year.",
    )


def test_function_words_and_their_contractions_make_no_point():
    assert point_words("that's some of our work out there, so it's done") == {"work", "out", "done"}
    assert not same_point(
        "it's some of the most important work that's out there",
        "that's where the young men were, so there's a choice",
    )


def test_two_shared_content_words_make_one_point():
    assert same_point("the mill will close by spring", "the mill could close before spring")


def test_a_word_in_a_third_of_the_sentences_is_the_topic():
    assert topic_words(TRADE) == {"tariffs"}  # four of six sentences; "steel" only in two


def test_topic_words_do_not_make_two_contents_one_point():
    a, b = ruiz().content, lee().content
    assert same_point(a, b)  # "tariffs" and "steel"
    assert not same_point(a, b, topic_words(TRADE))


def test_topic_words_count_when_a_content_has_few_words_besides():
    # "tariffs rose" and "tariffs fell" may well be on one point: too few other words to tell.
    a = "the tariffs on steel rose sharply"
    b = "the tariffs on steel fell sharply"
    assert same_point(a, b, frozenset({"tariffs"}))


def test_an_attributed_claim_sharing_only_the_topic_with_another_source_is_clear():
    analysis = Analysis(Article(text=TRADE, body=[(14, len(TRADE))]), [ruiz(), lee()])
    assert status_is_clear(analysis, 0)
