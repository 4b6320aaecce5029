"""statement_checks: which lifted statements hold something to check. One hand-written
sentence per rule."""

from __future__ import annotations

from quizapp.core.questions.statement_checks import checkable, forecast, placeable

# checkable


def test_a_figure_is_checkable():
    assert checkable("the county closed 14 schools after the flood")


def test_an_accusation_is_checkable():
    assert checkable("the mayor hid the audit from the council")


def test_what_ought_to_happen_is_an_opinion():
    assert not checkable("the board members should resign over the audit")


def test_should_with_a_figure_is_a_forecast():
    assert checkable("ticket sales should pass 20,000 by June")


def test_should_with_a_time_is_a_forecast():
    assert checkable("the storm should pass by Friday evening, letting the ferries sail")


def test_should_with_neither_time_nor_figure_stays_a_view():
    assert not checkable("the ferries should sail more often in winter")


def test_a_modal_before_a_verb_or_expects_is_a_forecast():
    assert forecast("the ferry fares will rise in spring")
    assert forecast("the council expects two new routes")
    assert not forecast("the ferry fares rose in May")


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


def test_what_someone_else_feels_has_nothing_to_check():
    assert not checkable("He's starting to feel it again after the long break")
    assert not checkable("she felt that the crowd was behind her")
    assert checkable("he said he felt pain in his chest")


def test_a_witness_account_is_checkable():
    assert checkable("I saw the driver run the red light at the corner")


def test_the_speakers_state_of_mind_has_nothing_to_check():
    assert not checkable("We're so proud of what the volunteers built here")


def test_a_courtesy_has_nothing_to_check():
    assert not checkable("Our thoughts are with the families of the miners")


def test_thanks_have_nothing_to_check():
    assert not checkable("the club thanked the fans for their patience")


# placeable


def test_a_name_places_a_statement():
    assert placeable("the Ridley council voted to close the library")


def test_a_figure_places_a_statement():
    assert placeable("mills in the valley cut 300 jobs last spring")


def test_a_figure_does_not_place_a_definite_subject():
    assert not placeable("the plant cut 300 jobs last spring")


def test_a_definite_subject_with_no_name_cannot_be_placed():
    assert not placeable("the respect is shared on both sides")


def test_a_definite_subject_after_an_opening_phrase_cannot_be_placed():
    assert not placeable("without a vaccine, the infection spreads quickly among cattle")


def test_a_generic_subject_stands_alone():
    assert placeable("Measles spreads through coughs and sneezes")


def test_an_age_epithet_cannot_be_placed():
    assert not placeable("Governor Ann Piet ordered an inquiry into the 71-year-old's fall")


def test_an_age_before_a_name_places_the_person():
    assert placeable("the 71-year-old Walter Dunne fell in the yard")


def test_a_bare_some_cannot_be_placed():
    assert not placeable("Some carried banners of the Teamsters union")


def test_some_before_a_figure_is_a_quantity():
    assert placeable("Some 40 workers carried banners outside the plant")


def test_a_bare_they_cannot_be_placed():
    assert not placeable("They walked out of the Dover court without a word")


def test_this_before_a_time_noun_is_no_pointer():
    assert placeable("This week, prices at the pump rose")


def test_a_pointing_this_cannot_be_placed_in_a_quotation():
    assert not placeable("These officers are not the only ones to blame", quoted=True)


def test_a_third_person_quotation_must_be_placeable():
    assert not placeable("He has apologised for those remarks in the end", quoted=True)


def test_a_first_person_quotation_is_placed_by_its_speaker():
    assert placeable("We saw the damage and we are on it", quoted=True)


def test_a_quotation_keeps_a_definite_subject_as_said():
    assert placeable("The end of the school year is a busy time for the shops", quoted=True)


def test_a_quotation_keeps_its_it_as_said():
    assert placeable("It takes a while, but the engine is running well again", quoted=True)


def test_a_person_known_by_a_role_stands_alone():
    assert placeable("the nurse first treated the boy for a sprained wrist")


def test_this_is_speaks_of_the_situation():
    assert placeable("this is a buyers' market for used boats")


def test_a_definite_thing_the_headline_names_is_placeable():
    from quizapp.core.questions.statement_checks import placeable

    assert not placeable("the campaign made the mistake of burying the message")
    assert placeable(
        "the campaign made the mistake of burying the message", known=frozenset({"campaign"})
    )


def test_a_party_epithet_left_unnamed_cannot_be_placed():
    assert not placeable("the Democrat voted against the harbor budget in May")


def test_an_epithet_with_a_nationality_left_unnamed_cannot_be_placed():
    assert not placeable("the Swedish forward scored twice in the third period")


def test_an_epithet_the_clause_names_right_after_places_the_person():
    assert placeable("the Swedish forward, Lars Vik Holm, scored twice in the third period")


def test_a_role_a_story_gives_an_unnamed_person_is_still_placed():
    assert placeable("the doctor found feathers in the patient's lungs")


def test_an_epithet_quoted_as_the_speaker_said_it_is_left_to_the_speaker():
    assert placeable("The rookie played like a veteran tonight", quoted=True)


def test_a_determiner_pointing_back_leaves_a_statement_unplaced():
    assert not placeable("The Harbor Tigers were in the news for a different reason on Monday")
    assert not placeable("Kerrow Mills has not been known for such investment")


def test_a_determiner_that_says_what_it_compares_with_is_placed():
    assert placeable("Ana Ruiz left on the same day as Tom Lee")
    assert placeable("Parents such as Ana Ruiz signed the letter")


def test_the_speakers_own_fear_or_belief_is_no_checkable_statement():
    assert not checkable("I feared at the time how the report would play in Kerrow")
    assert not checkable("We believe the mill was the best in the valley")


def test_another_before_a_count_cannot_be_placed():
    assert not placeable("Another 40 riders were hurt at the Dover pier")


def test_another_before_a_length_of_time_is_placed():
    assert placeable("the Dover pier will stand for another ten years")


def test_those_before_a_noun_cannot_be_placed_even_in_a_quotation():
    assert not placeable("I wanted to voice those views at the Dover meeting", quoted=True)


def test_those_who_says_which():
    assert placeable("Fares rose for those who ride the Dover ferry daily")


def test_a_quotation_speaking_of_he_before_any_name_cannot_be_placed():
    assert not placeable("If he had doubts about the deal, I would have heard", quoted=True)


def test_a_quotation_naming_the_man_before_he_is_placed():
    assert placeable("Tom Lee is tired, and I think he needs a rest", quoted=True)


def test_a_clause_dated_from_the_sentence_before_cannot_be_placed():
    assert not placeable("A short time later, Kerrow police stopped a van")


def test_an_opening_preposition_is_no_name():
    assert not placeable("Without a vaccine, the infection spreads quickly among cattle")


def test_a_definite_subject_is_not_placed_by_a_name_after_it():
    assert not placeable("the contract has confused workers at Gull Ferries")


def test_a_plural_thing_ending_the_clause_cannot_be_placed():
    assert not placeable("Kerrow troops seized control of the piers.")


def test_a_thing_pointed_at_after_a_preposition_is_not_placed():
    assert not placeable("in the wake of that outbreak, the city improved its testing")


def test_a_demonstrative_time_after_a_preposition_dates_itself():
    assert placeable("prices at the Harbor market rose for this week")


def test_a_recommendation_or_an_order_is_an_opinion():
    assert not checkable('It\'s important for ferry crews to "check the tide tables" daily')
    assert not checkable("the council needs to repair the harbour wall")
    assert not checkable("visitors must book a slot before they come")
    assert not checkable("Don't throw the old nets away")


def test_must_that_infers_is_no_recommendation():
    assert checkable("the harbour wall must have cracked in the storm")


def test_a_rule_of_thumb_is_no_event_to_check():
    assert not checkable("Sometimes ferry crews don't follow the timetable")
    assert checkable("Often 30 passengers wait at the pier")


def test_what_a_speaker_has_to_do_is_an_opinion_but_has_to_do_with_is_not():
    assert not checkable("we have to make some job eliminations in the gyms")
    assert checkable("the delay has to do with the flooded depot")


def test_what_the_speaker_would_have_expected_is_their_view():
    assert not checkable("If she had doubts, that's something I would've expected to hear about")


def test_no_need_to_worry_is_advice():
    assert not checkable("there is no need for residents to worry about the flood")
