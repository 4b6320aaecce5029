"""When two contents make the same point, and which words an article's topic and its
names make common: hand-written cases for points."""

from __future__ import annotations

from quizapp.core.questions.points import (
    on_one_point,
    point_words,
    proper_names,
    same_point,
    topic_words,
)

TRADE = (
    "Tariff Talks\n\n"
    "The tariffs rose again this week. Farmers said the tariffs hurt their exports."
    " Mayor Ana Ruiz said the tariffs on steel would close the mill by spring. Economist"
    " Tom Lee said the steel tariffs had pushed grain prices down for a second year. The"
    " talks resume in May. Officials met in Geneva on Monday.\n"
)

CAFE = (
    "Before the game, the Board of Health closed the arena café. The Health Board's"
    " inspector said the kitchen had failed two checks.\n"
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
    a = "the tariffs on steel would close the mill by spring"
    b = "the steel tariffs had pushed grain prices down for a second year"
    assert same_point(a, b)  # "tariffs" and "steel"
    assert not same_point(a, b, topic_words(TRADE))


def test_topic_words_count_when_a_content_has_few_words_besides():
    # "tariffs rose" and "tariffs fell" may well be on one point: too few other words to tell.
    a = "the tariffs on steel rose sharply"
    b = "the tariffs on steel fell sharply"
    assert same_point(a, b, frozenset({"tariffs"}))


def test_light_words_shared_by_two_sources_make_no_point():
    # "a little bit" is how both speak, not what either says.
    a = "her goalie was getting a little bit of rhythm back in the third period"
    b = "he could feel the crowd a little bit more after the break"
    assert same_point(a, b)
    assert not on_one_point(a, b)


def test_a_shared_date_names_the_event_not_the_point():
    a = "the June 12 vote on the new rink was rushed"
    b = "turnout at the June 12 vote was low"
    assert same_point(a, b)
    assert not on_one_point(a, b)


def test_may_without_a_day_is_not_a_date():
    a = "the vote may close the old rink by spring"
    b = "the council may close the old rink soon"
    assert on_one_point(a, b)  # "close", "old", "rink": one point, "may" or not


def test_a_name_of_several_words_is_one_shared_word():
    names = proper_names(CAFE)
    assert {"board", "health"} <= names
    a = "the Board of Health closed the arena café"
    b = "the kitchen of the Health Board's office failed"
    assert same_point(a, b)
    assert not on_one_point(a, b, names=names)


def test_two_sources_naming_the_same_two_people_may_make_one_point():
    # Who started it: "Ruiz pushed Lee" and "Lee struck Ruiz first" share only the names.
    names = frozenset({"ruiz", "lee"})
    assert on_one_point("Ruiz pushed Lee over the boards", "Lee struck Ruiz first", names=names)


def test_a_shared_predicate_and_object_still_make_one_point():
    assert on_one_point("the mill will close by spring", "the mill could close before spring")
