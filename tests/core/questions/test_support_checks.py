"""When the article sources what a status item would key as the outlet's own: hand-written
cases for support_checks."""

from __future__ import annotations

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.status_checks import status_is_clear
from quizapp.core.questions.support_checks import (
    carried_source,
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
