"""referents.named_in_full: a statement lifted out of its article names the people it
leans on the article for (a bare surname, an epithet the article ties to one person) as the
article names them, and only where the article settles who they are."""

from __future__ import annotations

from quizapp.core.questions.referents import (
    named_in_full,
    person_in_full,
    tied_person,
    unnamed_epithet,
)

MATCH = (
    "Rovers beat Harbor City 3-1\n\n"
    "Swedish forward Lars Vik Holm scored twice, and goalie Mara Dent made 30 saves. "
    "Vik Holm said the team found its rhythm. Owen Pike, 34, set up both goals. "
    "Club owner Ida Brandt, a Democrat from Ohio, watched from the stand.\n"
)


def test_a_bare_surname_of_two_words_gets_the_first_name_the_article_gives():
    assert named_in_full("Vik Holm scored twice", MATCH) == "Lars Vik Holm scored twice"


def test_a_surname_is_written_in_full_at_its_first_mention_in_the_clause_only():
    clause = "Dent stopped 30 shots and Dent kept a clean sheet"
    assert named_in_full(clause, MATCH) == "Mara Dent stopped 30 shots and Dent kept a clean sheet"


def test_a_surname_the_clause_gives_in_full_before_stays_bare():
    clause = "Mara Dent said Dent was tired"
    assert named_in_full(clause, MATCH) == clause


def test_an_age_epithet_becomes_the_name_the_article_gives_that_age():
    clause = "the 34-year-old set up both goals"
    assert named_in_full(clause, MATCH) == "Owen Pike set up both goals"


def test_an_epithet_written_before_a_name_becomes_that_name():
    assert named_in_full("The Swedish forward scored twice", MATCH) == (
        "Lars Vik Holm scored twice"
    )


def test_an_epithet_in_an_appositive_becomes_that_name():
    assert named_in_full("the Democrat watched from the stand", MATCH) == (
        "Ida Brandt watched from the stand"
    )


def test_an_epithet_after_its_person_is_named_in_the_clause_becomes_the_surname():
    clause = "Pike was rested because the 34-year-old was tired"
    assert named_in_full(clause, MATCH) == "Owen Pike was rested because Pike was tired"


def test_an_epithet_the_article_ties_to_two_people_stays():
    text = "Forward Lars Vik Holm scored. Forward Jan Ode scored too.\n"
    assert tied_person((), "forward", text) == ""
    assert named_in_full("the forward scored", text) == "the forward scored"


def test_an_epithet_whose_words_the_tie_does_not_hold_stays():
    # The article calls Vik Holm Swedish, not Danish.
    assert named_in_full("the Danish forward scored", MATCH) == "the Danish forward scored"


def test_an_age_the_article_gives_no_one_stays():
    clause = "the 66-year-old was tired"
    assert named_in_full(clause, MATCH) == clause


def test_a_surname_written_after_two_first_names_stays_bare():
    text = "Nell Varga and Piet Varga both played. Varga said the team found its rhythm.\n"
    assert person_in_full("Varga", text) == "Varga"


def test_a_capitalised_word_the_article_never_writes_as_a_person_stays():
    # "Blue Moon" is a lander's name: nothing in the article makes it a person's.
    text = "The firm will offer its Blue Moon lander. The craft can reach the Moon.\n"
    assert named_in_full("the craft can land on the Moon", text) == (
        "the craft can land on the Moon"
    )


def test_a_name_after_a_title_stays_as_it_is():
    text = "President Ana Ruiz spoke. Mr. Ruiz's aide Lee Park agreed.\n"
    assert named_in_full("Mr. Ruiz left early", text) == "Mr. Ruiz left early"
    assert named_in_full("President Ruiz left early", text) == "President Ruiz left early"


def test_an_adjective_sharing_a_role_word_is_no_epithet():
    assert not unnamed_epithet("pay gaps are smallest at the executive level")


def test_an_ordinal_before_a_word_is_no_first_name():
    text = "Lee invoked his Fifth Amendment rights before he left the room.\n"
    assert named_in_full("he invoked his 5th Amendment rights", text) == (
        "he invoked his 5th Amendment rights"
    )


def test_a_name_followed_by_another_is_no_surname_there():
    # In "Ask Nora Vik", "Nora" is Vik's first name, not a surname after "Ask".
    text = "Ask Nora Vik about the ferry. Nora said she rides it daily.\n"
    assert named_in_full("Nora rides the ferry daily", text) == "Nora rides the ferry daily"
