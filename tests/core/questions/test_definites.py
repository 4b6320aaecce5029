"""definites: a definite phrase for a thing ("the campaign") in a restated clause is
written as the article last names it, and what is left that a reader cannot place is
found, for statement_checks.placeable."""

from __future__ import annotations

from quizapp.core.questions.definites import definite_phrases, things_in_full, unplaced_thing

ADS = (
    "Towns weigh road safety ads\n\n"
    "Kerrow County\u2019s \u201cDrive Slow\u201d campaign drew complaints on Monday.\n\n"
    "Tom Lee said he thought Kerrow County\u2019s campaign was meant to shock.\n\n"
    "Lee said the campaign made the mistake of hiding its point.\n"
)


def _in_full(clause: str, text: str, before: str) -> str:
    return things_in_full(clause, text, text.index(before))


def test_a_definite_thing_becomes_the_articles_last_mention_that_names_it():
    clause = "the campaign made the mistake of hiding its point"
    assert _in_full(clause, ADS, "Lee said the campaign") == (
        "Kerrow County\u2019s campaign made the mistake of hiding its point"
    )


def test_a_new_one_of_the_kind_after_the_named_one_leaves_the_phrase():
    text = (
        "Kerrow County\u2019s campaign drew complaints.\n\n"
        "Ann Ruiz said she once ran a recycling campaign for the city.\n\n"
        "Ruiz said the campaign won an award.\n"
    )
    clause = "the campaign won an award"
    assert _in_full(clause, text, "Ruiz said the campaign") == clause


def test_a_mention_that_names_nothing_is_no_fuller():
    text = "The campaign drew complaints.\n\nLee said the campaign won an award.\n"
    clause = "the campaign won an award"
    assert _in_full(clause, text, "Lee said the campaign") == clause


def test_a_mention_after_the_clause_is_not_used():
    text = "Lee said the campaign won an award.\n\nKerrow County\u2019s campaign drew complaints.\n"
    clause = "the campaign won an award"
    assert _in_full(clause, text, "Lee said the campaign") == clause


def test_capitalised_modifiers_name_the_thing():
    text = "Staff built the Safe Streets campaign in May.\n\nLee said the campaign won an award.\n"
    assert _in_full("the campaign won an award", text, "Lee said the campaign") == (
        "the Safe Streets campaign won an award"
    )


def test_the_mention_must_hold_the_clauses_own_modifiers():
    text = (
        "Reid\u2019s May 2 phone call with Mayor Ann Ruiz lasted an hour.\n\n"
        "Lee said the phone call was unusual. Lee said the budget call was short.\n"
    )
    assert _in_full("the phone call was unusual", text, "Lee said the phone") == (
        "Reid\u2019s May 2 phone call with Mayor Ann Ruiz was unusual"
    )
    assert _in_full("the budget call was short", text, "Lee said the budget") == (
        "the budget call was short"
    )


def test_a_name_after_with_names_the_thing():
    text = "The board signed the contract with Harbor Cleaning.\n\nLee said the contract is bad.\n"
    assert _in_full("the contract is bad", text, "Lee said the contract") == (
        "the contract with Harbor Cleaning is bad"
    )


def test_a_phrase_a_preposition_goes_on_from_is_left_as_it_is():
    text = "Kerrow\u2019s charges were filed.\n\nLee said the charges against the guards stand.\n"
    clause = "the charges against the guards stand"
    assert _in_full(clause, text, "Lee said the charges") == clause


def test_a_phrase_inside_quotation_marks_stays():
    clause = "the group called \u201cthe campaign a disgrace\u201d on Monday"
    assert _in_full(clause, ADS, "Lee said the campaign") == clause


def test_a_persons_role_is_left_to_the_names_module():
    text = "Kerrow County\u2019s doctor resigned.\n\nLee said the doctor was tired.\n"
    clause = "the doctor was tired"
    assert _in_full(clause, text, "Lee said the doctor") == clause


def test_an_organisations_epithet_in_an_appositive_becomes_its_name():
    text = "Gull Ferries, the struggling harbor company, cut fares.\n\nLee said so.\n"
    assert things_in_full("the struggling harbor company cut fares", text, len(text)) == (
        "Gull Ferries cut fares"
    )


def test_an_organisations_epithet_before_its_name_becomes_its_name():
    text = "Harbor company Gull Ferries cut fares.\n"
    assert things_in_full("a report by the harbor company is due", text, 0) == (
        "a report by Gull Ferries is due"
    )


def test_an_epithet_first_used_after_a_sentence_naming_one_employer_becomes_its_name():
    text = (
        "Gull Ferries cuts jobs\n\n"
        "Half of Gull\u2019s 900 employees will get notice this week. "
        "The cuts are part of a plan by the struggling harbor company to save money.\n"
    )
    clause = "the cuts are part of a plan by the struggling harbor company to save money"
    assert things_in_full(clause, text, text.index("The cuts")) == (
        "the cuts are part of a plan by Gull to save money"
    )


def test_an_epithet_after_a_sentence_naming_two_names_stays():
    text = (
        "Half of Gull\u2019s 900 employees met Reid Lines staff this week. "
        "The cuts are part of a plan by the struggling harbor company to save money.\n"
    )
    clause = "a plan by the struggling harbor company to save money"
    assert things_in_full(clause, text, text.index("The cuts")) == clause


def test_an_epithet_after_a_sentence_naming_a_place_stays():
    text = (
        "Half of Ohio\u2019s ferries run late this week. "
        "The cuts are part of a plan by the struggling harbor company to save money.\n"
    )
    clause = "a plan by the struggling harbor company to save money"
    assert things_in_full(clause, text, text.index("The cuts")) == clause


# definite_phrases


def test_a_verb_ending_in_s_before_a_determiner_closes_the_phrase():
    assert definite_phrases("the report keeps its distance") == [(0, 10, [], "report")]


def test_a_title_before_a_name_is_no_phrase_to_place():
    assert definite_phrases("the harbor index Gullmark rose") == []


def test_a_count_is_no_phrase_to_place():
    assert definite_phrases("the two sides met again") == []


# unplaced_thing


def test_a_definite_subject_is_unplaced_whatever_names_follow():
    assert unplaced_thing("the contract has confused workers at Gull Ferries")


def test_a_plural_ending_a_part_of_the_clause_is_unplaced():
    assert unplaced_thing("Gull Ferries seized control of the piers, its rival said")
    assert unplaced_thing("Another boat was damaged in the skirmishes")


def test_a_singular_thing_ending_the_clause_is_left_to_the_reader():
    assert not unplaced_thing("Gull Ferries made the mistake of burying the message")


def test_an_organisations_epithet_no_name_answers_is_unplaced():
    assert unplaced_thing("the cuts help a plan by the struggling harbor company")


def test_an_organisations_epithet_after_a_name_in_the_clause_is_placed():
    assert not unplaced_thing("Gull Ferries will sell the boats the company bought in May")


def test_a_thing_the_headline_names_is_placed():
    assert not unplaced_thing("the piers were seized", known=frozenset({"piers"}))


def test_the_worlds_own_things_are_placed():
    assert not unplaced_thing("the economy grew in the third quarter")


def test_a_thing_the_clause_named_before_is_placed():
    assert not unplaced_thing("Lee signed two contracts, and the contracts were fair")


def test_a_name_the_clause_gives_before_the_phrase_is_not_repeated():
    text = "Aid reached the Rukban camp.\n\nLee said Rukban families will not leave the camp."
    clause = "Rukban families will not leave the camp"
    assert _in_full(clause, text, "Lee said Rukban") == clause


def test_a_participle_saying_which_places_the_subject():
    assert not unplaced_thing("the new levy announced on Monday by Mayor Ann Ruiz")


def test_a_name_written_in_lower_case_first_is_a_name():
    assert not unplaced_thing("the al-Harbi port is closed to ferries")


def test_an_organisations_epithet_after_the_name_opening_the_clause_is_placed():
    assert not unplaced_thing("Gull Ferries said the struggling harbor company would survive")


def test_the_countrys_after_two_places_is_unplaced():
    assert unplaced_thing("accused Spain and Italy of meddling in the country's affairs")


def test_the_countrys_after_one_place_stands_for_it():
    assert not unplaced_thing("Portugal said the country's exports rose in May")


def test_a_counted_set_the_clause_does_not_name_is_unplaced():
    assert unplaced_thing("the charges against the two officers are overdue")


def test_a_counted_set_the_clause_names_is_placed():
    assert not unplaced_thing("the two sides, Ann Bell and Tom Lee, met on Monday")


def test_a_counted_set_the_headline_names_is_placed():
    assert not unplaced_thing("the five firms won the bid", frozenset({"firms"}))


GUARDS = (
    "Two guards charged\n\n"
    "Prosecutors said officers Ann Bell and Tom Lee slept on duty.\n\n"
    "Bell, 31, and Lee, 41, said nothing. Bell and Lee pleaded not guilty.\n\n"
    "Mayor Ed Roe said the charges against the two officers are overdue.\n"
)


def test_the_two_people_become_the_one_pair_the_article_names_before():
    clause = "the charges against the two officers are overdue"
    assert _in_full(clause, GUARDS, "Mayor Ed Roe said") == (
        "the charges against Ann Bell and Tom Lee are overdue"
    )


def test_the_two_people_stay_where_the_article_names_two_pairs():
    others = "said nothing. Ed Roe and Kim Dow said they were shocked."
    text = GUARDS.replace("said nothing.", others)
    clause = "the charges against the two officers are overdue"
    assert _in_full(clause, text, "Mayor Ed Roe said the") == clause


CALLS = (
    "Ferry talks\n\n"
    "Aides say a call the mayor made last week went badly.\n\n"
    "Lee said the call with Harbor Lines was short.\n\n"
    "Ruiz said the phone call was rude and unusual.\n"
)


def test_a_mention_named_by_whom_it_was_with_answers_a_kind_of_the_thing():
    clause = "the phone call was rude and unusual"
    assert _in_full(clause, CALLS, "Ruiz said the phone") == (
        "the call with Harbor Lines was rude and unusual"
    )


def test_a_mention_without_a_word_telling_which_one_leaves_the_phrase():
    text = CALLS.replace("the phone call", "the second call")
    clause = "the second call was rude and unusual"
    assert _in_full(clause, text, "Ruiz said the second") == clause


FEVER = "Doctors in Dover found cases of Harrow Fever, a rare tick-borne disease, in two farmers. "


def test_a_thing_the_article_brought_in_with_its_name_becomes_that_name():
    text = FEVER + "Without treatment, the disease can kill within days.\n"
    clause = "the disease can kill within days"
    assert _in_full(clause, text, "the disease can") == "Harrow Fever can kill within days"
    text = "NASA will fly a spacecraft called Orion. It is big. The spacecraft has four seats.\n"
    clause = "the spacecraft has four seats"
    assert _in_full(clause, text, "The spacecraft has") == "Orion has four seats"


def test_a_thing_brought_in_before_another_of_its_kind_or_far_back_stays():
    clause = "the disease can kill within days"
    for between in (
        "A second disease was found in May. ",
        "Lyme disease is common there. ",
        "It is rare. It is new. It spreads. ",
    ):
        text = FEVER + between + "Without treatment, the disease can kill within days.\n"
        assert _in_full(clause, text, "the disease can") == clause


def test_a_one_word_capital_opening_a_sentence_names_nothing_brought_in():
    text = "Fever, a rare disease, was found. Without treatment, the disease can kill.\n"
    assert _in_full("the disease can kill", text, "the disease can") == "the disease can kill"


def test_a_head_inside_a_longer_phrase_brings_in_nothing():
    text = "Ann Lee, a tea party activist, spoke. She said the party had lost its way.\n"
    clause = "the party had lost its way"
    assert _in_full(clause, text, "the party had") == clause
    text = "Ann Lee, an adviser to the campaign on tax, spoke. The campaign lost.\n"
    assert _in_full("the campaign lost", text, "The campaign lost") == "the campaign lost"


def test_a_time_opening_a_sentence_is_no_name_for_the_thing():
    from quizapp.core.questions.definites import _introduced

    before = "Officials were worried. In March, a mysterious disease that killed cattle spread. "
    assert _introduced([], "disease", before) == ""
