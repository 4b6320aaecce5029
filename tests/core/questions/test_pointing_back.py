"""Words in a quotation that stand for something the article named before it: shown alone,
the quotation does not say what (pointing_back.quote_points_back, through
statement_checks.placeable)."""

from __future__ import annotations

from quizapp.core.questions.statement_checks import placeable


def test_such_before_a_noun_in_a_quotation_is_unplaced():
    assert not placeable("When moving such a risky patient, I would take it slowly", quoted=True)


def test_such_as_in_a_quotation_names_its_examples():
    assert placeable("We sell fruit such as apples and pears at the Dover market", quoted=True)


def test_this_before_a_thing_in_a_quotation_is_unplaced():
    assert not placeable("You are in this post because of this scandal", quoted=True)


def test_this_before_a_time_in_a_quotation_is_placed():
    assert placeable("We have sold more bikes this season than ever", quoted=True)


def test_this_before_a_thing_the_headline_names_is_placed():
    known = frozenset({"ferry", "strike"})
    assert placeable("We will win this ferry strike in the end", quoted=True, known=known)


def test_this_standing_alone_in_a_quotation_is_unplaced():
    assert not placeable("It is better drama to leave this to the last day", quoted=True)


def test_they_before_anyone_it_could_stand_for_is_unplaced():
    assert not placeable("My first thought was, oh no, they will get the blame", quoted=True)


def test_they_after_a_plural_noun_stands_for_it():
    assert placeable("We warn buyers every day, but they never read the terms", quoted=True)


def test_an_opening_it_standing_for_a_thing_is_unplaced():
    assert not placeable("It has a big cargo bay and a long range", quoted=True)


def test_it_after_i_am_sure_standing_for_a_thing_is_unplaced():
    assert not placeable("I'm sure it happens far more often than we know", quoted=True)


def test_an_it_before_an_infinitive_is_placed():
    assert placeable("It is hard to see the harbor open before spring", quoted=True)


def test_there_for_a_place_named_before_is_unplaced():
    assert not placeable("We do not run any of the boats there ourselves", quoted=True)


def test_there_is_no_place():
    assert placeable("I think there is no need to close the Dover port", quoted=True)


def test_there_hasnt_been_is_no_place():
    assert placeable("Since 2008, there hasn't been a good year for the Dover port", quoted=True)


def test_a_capital_opening_an_inner_quotation_is_no_name_for_they():
    assert not placeable("My first thought was, 'Oh no, they will get the blame'", quoted=True)


def test_it_is_our_hope_that_is_no_pointer():
    assert placeable("It is our hope that the Dover port opens in May", quoted=True)


def test_it_is_a_kind_of_market_is_the_situation():
    assert placeable("It is a buyers' market so prices at the port will fall", quoted=True)


def test_that_before_a_thing_after_a_verb_in_a_first_person_quotation_is_unplaced():
    assert not placeable("The main thing is we won that match", quoted=True)
    assert not placeable("We really took that lesson to heart", quoted=True)


def test_that_as_a_conjunction_or_naming_a_thing_said_before_is_placed():
    assert placeable("We always said that prices in the harbor would rise", quoted=True)
    assert placeable("Fares were set by a deal. The end of that deal is welcome", quoted=True)


def test_this_and_that_standing_alone_in_a_first_person_quotation_are_unplaced():
    assert not placeable("We planned to do this a bit later, but we had to speed up", quoted=True)
    assert not placeable("We planned it for May, but we saw the need to speed up that", quoted=True)


def test_a_pronoun_after_the_speakers_own_contracted_i_is_unnamed():
    assert not placeable("I'll put a stop to her plans for the harbor", quoted=True)


def test_a_comparative_with_no_than_in_a_quotation_is_unplaced():
    assert not placeable("We are going to begin with something cheaper", quoted=True)


def test_a_comparative_with_its_than_in_a_quotation_is_placed():
    assert placeable("We are going to begin with something cheaper than the old ferry", quoted=True)


def test_this_as_the_subject_of_a_verb_in_a_first_person_quotation_is_unplaced():
    assert not placeable("I think this will help the harbor a lot next year", quoted=True)
    assert not placeable("We know, and that would mean higher fares for riders", quoted=True)


def test_a_relative_that_before_a_verb_is_placed():
    assert placeable("We have a plan that will cut fares for riders in May", quoted=True)


def test_they_who_expect_are_no_plural_of_things_before_them():
    assert not placeable("The board may grant fewer concessions than they anticipate", quoted=True)
    assert not placeable("We cut the fees, but they still want more", quoted=True)


def test_they_who_expect_stand_for_people_named_before_them():
    assert placeable("We warn buyers about the fees, and they expect a refund", quoted=True)
