"""When the article sources what a status item would key as the outlet's own: hand-written
cases for support_checks."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.status_checks import status_is_clear
from quizapp.core.questions.support_checks import (
    backed_in_own_voice,
    carried_source,
    reported_instruction,
    reported_judgement,
    sourced_nearby,
    stems,
)
from tests.factories.claims import build_claim, own_voice, said_by


def analysis(text: str, *claims: Claim) -> Analysis:
    """The claims in an article whose body is everything after the headline."""
    start = text.index("\n\n") + 2
    return Analysis(Article(text=text, body=[(start, len(text))]), list(claims))


def says(text: str, source: str, content: str) -> Claim:
    """``source`` says ``content`` (a quotation or not), in the sentence holding it."""
    start = text.index(content)
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start - 1) + 1) + 1
    end = text.index(".", start + len(content))
    return build_claim(
        text,
        source=source,
        source_type="independent",
        cue="says",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=text[lo : end + 1].strip(),
    )


# --------------------------------------------------------------------------- stems


def test_light_synonyms_share_a_stem():
    assert stems("two deaths") & stems("two people died") == {"death", "two"}
    assert stems("financial pain") == stems("economic hardship")


def test_a_hyphenated_word_gives_each_part_and_a_year_is_no_stem():
    assert stems("a money-making plan in 2019") == {"money", "plan"}


# --------------------------------------------------------------------------- own voice


def test_a_statement_resting_on_an_announcement_or_a_count_carries_a_source():
    assert carried_source("The city will close the pool in May under the mayor's plan.")
    assert carried_source("Three people died, by the union's count.")
    assert not carried_source("The work ends by the end of the plan.")


def test_a_judgement_someone_made_is_theirs():
    assert reported_judgement("The vet first diagnosed the dog with an ear infection.")
    assert reported_judgement("Inspectors found that the brakes had failed.")


def test_a_passive_diagnosis_names_no_judge():
    assert not reported_judgement("The dog was diagnosed with an ear infection.")


def test_a_verb_of_finding_without_a_clause_is_no_judgement():
    assert not reported_judgement("Hikers found a wallet on the trail.")
    assert not reported_judgement("The talks concluded on Friday.")
    assert not reported_judgement("The king ruled the country for a decade.")


LEAD_IN = (
    'Cheap Fares\n\nCheap fares can win riders for a season. "Low fares never last," says Jo'
    " Park.\n"
)
REPORTED = (
    "Cheap Fares\n\nCheap fares can win riders for a season. Jo Park says low fares never last.\n"
)
OWN = "Cheap fares can win riders for a season"


def test_the_outlets_lead_in_to_a_quotation_on_its_point_is_not_its_own():
    park = says(LEAD_IN, "Jo Park", "Low fares never last")
    found = analysis(LEAD_IN, own_voice(LEAD_IN, OWN, OWN + "."), park)
    assert sourced_nearby(found, 0).startswith("a source's sentence beside it")


def test_a_reported_sentence_after_the_outlets_is_no_quotation_it_leads_in_to():
    park = says(REPORTED, "Jo Park", "low fares never last")
    found = analysis(REPORTED, own_voice(REPORTED, OWN, OWN + "."), park)
    assert sourced_nearby(found, 0) == ""


DIED = "Two people died in a fire on Elm Street on Sunday night"
FIRE = (
    "Fire on Elm Street\n\n"
    "Two people died in a fire on Elm Street on Sunday night.\n\n"
    "Fire chief Lu Chen said the two deaths were the first in the city this year.\n\n"
    "Fire chief Lu Chen said three homes burned down before crews arrived.\n"
)


def test_a_source_in_the_next_paragraph_giving_the_same_count_sources_the_statement():
    found = analysis(
        FIRE,
        own_voice(FIRE, DIED, DIED + "."),
        said_by(FIRE, "Lu Chen", "the two deaths were the first in the city this year"),
    )
    assert sourced_nearby(found, 0).startswith("a source's sentence beside it")


def test_a_source_two_paragraphs_on_with_another_count_does_not():
    found = analysis(
        FIRE,
        own_voice(FIRE, DIED, DIED + "."),
        said_by(FIRE, "Lu Chen", "three homes burned down before crews arrived"),
    )
    assert sourced_nearby(found, 0) == ""


HOME = "The average price of a home sold in March was $310,000"
HOMES = (
    "Home Prices\n\n"
    "The average price of a home sold in March was $310,000.\n\n"
    "The average price of a condo sold in March was $205,000, according to the realty board.\n"
)


def test_figures_of_the_same_measure_given_according_to_someone_next_source_the_statement():
    board = build_claim(
        HOMES,
        source="the realty board",
        source_text="the realty board",
        source_type="involved",
        cue="according to",
        cue_strength="report",
        content="The average price of a condo sold in March was $205,000",
        status="attributed",
        evidence=HOMES.split("\n\n")[2].strip(),
    )
    found = analysis(
        HOMES, own_voice(HOMES, "The average price of a home sold in March was $310,000"), board
    )
    assert sourced_nearby(found, 0).startswith("a source's sentence beside it")


def test_status_is_not_clear_for_an_outlet_statement_a_source_beside_it_makes():
    found = analysis(
        FIRE,
        own_voice(FIRE, DIED, DIED + "."),
        said_by(FIRE, "Lu Chen", "the two deaths were the first in the city this year"),
    )
    assert not status_is_clear(found, 0)


# --------------------------------------------------------------------------- attributed


def attributed(text: str, source: str, content: str) -> Claim:
    """``source`` said ``content``, a claim of the line holding it, of an independent source."""
    return said_by(text, source, content, kind="independent")


def titled(text: str, title: str, *claims: Claim) -> Analysis:
    found = analysis(text, *claims)
    found.article.title = title
    return found


FLOODS = (
    "River Watch\n\n"
    "Warnings of severe flood danger covered the valleys on Monday.\n\n"
    "Hydrologist Ana Ruiz said the heavy rain was keeping the risk of floods high in many"
    " valleys.\n"
)
FLOOD_RISK = "the heavy rain was keeping the risk of floods high in many valleys"


def test_an_own_voice_sentence_making_the_claims_point_in_other_words_backs_it():
    found = analysis(
        FLOODS,
        own_voice(FLOODS, "Warnings of severe flood danger covered the valleys on Monday"),
        attributed(FLOODS, "Ana Ruiz", FLOOD_RISK),
    )
    assert backed_in_own_voice(found, 1).startswith("the outlet's own voice states its point")
    assert not status_is_clear(found, 1)


def test_an_own_voice_sentence_on_another_point_of_the_topic_backs_nothing():
    text = FLOODS.replace("Warnings of severe flood danger covered", "Ferries stopped in")
    found = analysis(
        text,
        own_voice(text, "Ferries stopped in the valleys on Monday"),
        attributed(text, "Ana Ruiz", FLOOD_RISK),
    )
    assert backed_in_own_voice(found, 1) == ""


PLEA = (
    "Dover Man Pleads Guilty to Stealing Bikes\n\n"
    "Sentencing is set for March.\n\n"
    "Lawyer Jo Park said he has taken responsibility for stealing from the shop.\n"
)


def test_an_admission_the_headline_reports_as_a_guilty_plea_is_backed():
    found = titled(
        PLEA,
        "Dover Man Pleads Guilty to Stealing Bikes",
        attributed(PLEA, "Jo Park", "he has taken responsibility for stealing from the shop"),
    )
    assert backed_in_own_voice(found, 0)


def test_words_the_headline_quotes_are_not_the_outlets():
    found = titled(
        PLEA,
        "Lawyer: 'He Has Taken Responsibility for Stealing'",
        attributed(PLEA, "Jo Park", "he has taken responsibility for stealing from the shop"),
    )
    assert backed_in_own_voice(found, 0) == ""


SCHEME = (
    "Parking Scheme\n\n"
    "The city no longer considers the parking scheme legal.\n\n"
    "Lawyer Jo Park said the board still considers the parking scheme legal.\n"
)


def test_an_own_voice_sentence_saying_no_where_the_claim_says_yes_backs_nothing():
    found = analysis(
        SCHEME,
        own_voice(SCHEME, "The city no longer considers the parking scheme legal"),
        attributed(SCHEME, "Jo Park", "the board still considers the parking scheme legal"),
    )
    assert backed_in_own_voice(found, 1) == ""


TRACTORS = (
    "Farm Sales\n\n"
    "Farmers bought new tractors from dealers in record numbers last year.\n\n"
    "Analyst Ana Ruiz said farmers will buy fewer new tractors from dealers next year.\n"
)


def test_a_record_of_the_past_neither_backs_nor_disputes_a_forecast():
    found = analysis(
        TRACTORS,
        own_voice(TRACTORS, "Farmers bought new tractors from dealers in record numbers last year"),
        attributed(
            TRACTORS, "Ana Ruiz", "farmers will buy fewer new tractors from dealers next year"
        ),
    )
    assert backed_in_own_voice(found, 1) == ""
    assert status_is_clear(found, 1)


RAIN = (
    "Dry Autumn\n\n"
    "About three inches of rain fell in the western suburbs on Tuesday.\n\n"
    "Forecaster Ana Ruiz said the western hills had seen half an inch of rain since June"
    " instead of the usual four inches.\n"
)


def test_units_and_compass_words_shared_with_the_outlet_make_no_point():
    found = analysis(
        RAIN,
        own_voice(RAIN, "About three inches of rain fell in the western suburbs on Tuesday"),
        attributed(
            RAIN,
            "Ana Ruiz",
            "the western hills had seen half an inch of rain since June instead of the usual"
            " four inches",
        ),
    )
    assert status_is_clear(found, 1)


DIGITS = (
    "Home Fires\n\n"
    "Fire crews were called to 2,500 homes this year. Five barns burned in May.\n\n"
    "Chief Lu Chen said 2,500 homes had faulty wiring. Lawyer Jo Park said forty-five"
    " years of practice taught him to trust the wiring.\n"
)


def test_a_figure_in_digits_shared_with_the_outlet_backs_the_claim_and_a_word_does_not():
    homes = own_voice(DIGITS, "Fire crews were called to 2,500 homes this year")
    chen = attributed(DIGITS, "Lu Chen", "2,500 homes had faulty wiring")
    assert backed_in_own_voice(analysis(DIGITS, homes, chen), 1)
    five = own_voice(DIGITS, "Five barns burned in May")
    park = attributed(
        DIGITS, "Jo Park", "forty-five years of practice taught him to trust the wiring"
    )
    assert backed_in_own_voice(analysis(DIGITS, five, park), 1) == ""


def test_a_headline_giving_a_speakers_words_after_a_colon_is_not_the_outlets():
    found = titled(
        PLEA,
        "Lawyer: Dover Man Pleads Guilty to Stealing Bikes",
        attributed(PLEA, "Jo Park", "he has taken responsibility for stealing from the shop"),
    )
    assert backed_in_own_voice(found, 0) == ""


# --------------------------------------------------------------------------- instructions

COACH = (
    "Rovers lose again\n\n"
    "The Rovers sit at the bottom of the league. Coach Ann Park has been on her players to"
    " stop checking the table.\n\n"
    "The club sold 4,000 tickets for the next game.\n"
)


def test_an_own_voice_sentence_reporting_an_instruction_is_no_own_voice_key():
    told = "Coach Ann Park has been on her players to stop checking the table"
    found = analysis(COACH, own_voice(COACH, told, told + "."))
    assert sourced_nearby(found, 0).startswith("it reports what someone tells others to do")
    assert not status_is_clear(found, 0)


def test_an_order_given_to_no_one_named_or_an_order_of_things_is_no_instruction():
    assert reported_instruction("Officials urged residents to leave the valley.")
    assert not reported_instruction("He was ordered to pay a fine.")
    assert not reported_instruction("The mayor ordered two inquiries into the fire.")
    assert not reported_instruction("She told reporters the talks had failed.")


# --------------------------------------------------------------------------- beside the claim

HORSE = (
    "Racehorse Back on Track\n\n"
    "The mare was given rest and a new diet. Her lameness improved within a month.\n\n"
    "After a year, her lameness had cleared completely, vet Ann Park said.\n\n"
    "The stable sold two colts in the spring.\n"
)
CLEARED = "After a year, her lameness had cleared completely"


def test_an_own_voice_sentence_beside_the_claim_backs_it_on_two_stems():
    found = analysis(
        HORSE,
        own_voice(HORSE, "Her lameness improved within a month"),
        attributed(HORSE, "Ann Park", CLEARED),
    )
    assert backed_in_own_voice(found, 1).startswith("the outlet's own voice states its point")
    assert not status_is_clear(found, 1)


def test_two_stems_far_from_the_claim_back_nothing():
    far = HORSE.replace(
        "The mare was given rest and a new diet. Her lameness improved within a month.\n\n",
        "",
    ).replace(
        "The stable sold two colts in the spring.\n",
        "The stable sold two colts in the spring.\n\nA farrier came.\n\nThe owner paid.\n\n"
        "Her lameness improved within a month.\n",
    )
    found = analysis(
        far,
        own_voice(far, "Her lameness improved within a month"),
        attributed(far, "Ann Park", CLEARED),
    )
    assert backed_in_own_voice(found, 1) == ""


def test_a_words_forms_share_one_stem():
    assert stems("small businesses") == stems("a small business")
    assert stems("ticket sales") == stems("a ticket sale")


JOBS = (
    "Gym Chain Cuts Staff\n\n"
    "The layoffs are part of an effort to close ancillary businesses.\n\n"
    "The chain opened in 1990.\n\nIt has 40 gyms.\n\n"
    "The chain made job eliminations in its ancillary businesses, chairman Ann Park"
    " said.\n"
)


def test_job_eliminations_are_layoffs():
    found = analysis(
        JOBS,
        own_voice(JOBS, "The layoffs are part of an effort to close ancillary businesses"),
        attributed(JOBS, "Ann Park", "The chain made job eliminations in its ancillary businesses"),
    )
    assert backed_in_own_voice(found, 1)
