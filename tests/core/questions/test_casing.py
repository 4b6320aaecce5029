"""lower_first: a restated clause keeps a sentence-opening capital only on a name."""

from __future__ import annotations

from quizapp.core.questions.casing import lower_first

ARTICLE = (
    "Police arrested four people on Friday at a house on Elm Street.\n"
    "Officers from the Riverton Police Department found cash in the car, said Sgt. Ann Bay,"
    " a Riverton Police Department spokeswoman.\n"
)


def test_a_source_noun_the_article_capitalises_only_inside_a_name_is_lowered():
    clause = "Police arrested four people on Friday at a house on Elm Street"
    assert lower_first(clause, ARTICLE) == (
        "police arrested four people on Friday at a house on Elm Street"
    )


def test_a_source_noun_the_article_writes_as_a_name_of_its_own_keeps_its_capital():
    article = ARTICLE + "The suspects were handed to Police on Saturday.\n"
    clause = "Police arrested four people on Friday at a house on Elm Street"
    assert lower_first(clause, article) == clause


def test_a_surname_met_only_after_a_first_name_keeps_its_capital():
    article = "Hale said the fleet is old. Mayor Dana Hale spoke on Friday, and Dana Hale left."
    assert lower_first("Hale said the fleet is old", article) == "Hale said the fleet is old"
