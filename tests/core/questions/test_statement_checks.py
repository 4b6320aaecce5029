"""statement_checks: which lifted statements hold something to check. One hand-written
sentence per rule."""

from __future__ import annotations

from quizapp.core.questions.statement_checks import checkable

# checkable


def test_a_figure_is_checkable():
    assert checkable("the county closed 14 schools after the flood")


def test_an_accusation_is_checkable():
    assert checkable("the mayor hid the audit from the council")


def test_what_ought_to_happen_is_an_opinion():
    assert not checkable("the board members should resign over the audit")


def test_should_with_a_figure_is_a_forecast():
    assert checkable("ticket sales should pass 20,000 by June")


def test_an_evaluative_adjective_makes_a_view():
    assert not checkable("We think this is a wonderful library for the town")


def test_great_in_a_quantity_is_no_view():
    assert checkable("the storm did a great deal of damage to the harbour")


def test_the_speakers_feeling_has_nothing_to_check():
    assert not checkable("I can still feel the cheers of the crowd when I walk in")


def test_the_speakers_own_knowledge_has_nothing_to_check():
    assert not checkable("I haven't spoken to the doctors about his knee yet")


def test_what_the_speaker_did_not_see_coming_has_nothing_to_check():
    assert not checkable("I never even saw the tackle coming from the left")


def test_a_witness_account_is_checkable():
    assert checkable("I saw the driver run the red light at the corner")


def test_the_speakers_state_of_mind_has_nothing_to_check():
    assert not checkable("We're so proud of what the volunteers built here")


def test_a_courtesy_has_nothing_to_check():
    assert not checkable("Our thoughts are with the families of the miners")


def test_thanks_have_nothing_to_check():
    assert not checkable("the club thanked the fans for their patience")
