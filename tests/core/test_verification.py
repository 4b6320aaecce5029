"""Verification status, read as DOMAIN section 2 says, on hand-built claims (no model)."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Article, Claim
from quizapp.core.disputes import is_rejection
from quizapp.core.verification import assess_claims
from tests.factories.claims import reported as claim


def assess(*claims: Claim) -> list[Claim]:
    return assess_claims(list(claims), Article(text=""))


# --------------------------------------------------------------------------- disputed


def test_rejection_of_such_reports_disputes_the_report_and_stays_attributed():
    csis = claim(
        "Center for Strategic and International Studies",
        "estimated",
        "Russia's losses at 1.2 million killed and wounded",
        written="a recent report by the Center for Strategic and International Studies",
    )
    peskov = claim(
        "Dmitry Peskov",
        "said",
        "I do not think such reports can or should be regarded as credible information",
        written="Kremlin spokesperson Dmitry Peskov",
    )
    assess(csis, peskov)
    assert csis.status == "disputed"
    assert csis.status_reason.startswith("disputed: Dmitry Peskov (Kremlin spokesperson) rejects")
    assert "such reports" in csis.status_reason
    assert csis.related == [1]
    assert peskov.status == "attributed"
    assert "rejects" in peskov.status_reason


def test_rejection_naming_the_source_disputes_its_claim():
    union = claim("Grace Mbeki", "insisted", "that the board had ignored hundreds of objections")
    other = claim("Paul Ortega", "said", "that fares would rise in April")
    chair = claim("Samuel Reyes", "said", "Mbeki's account was false and every objection was read")
    assess(union, other, chair)
    assert union.status == "disputed"
    assert other.status == "attributed"
    assert chair.status == "attributed"


def test_a_denial_of_the_same_content_disputes_it():
    witness = claim("Maria Lopez", "said", "troops had crossed the border near Kalva on Monday")
    ministry = claim(
        "the Ministry of Defence", "denied", "that troops had crossed the border near Kalva"
    )
    assess(witness, ministry)
    assert witness.status == "disputed"
    assert ministry.status == "attributed"


def test_mutual_rejection_disputes_both():
    a = claim("Anna Berg", "said", "Karl Vos's figures were false")
    b = claim("Karl Vos", "said", "Anna Berg's account was not accurate")
    assess(a, b)
    assert a.status == b.status == "disputed"


def test_contrary_figure_of_the_same_thing_disputes():
    police = claim("the police", "said", "about 2,000 protesters marched in the city centre")
    organisers = claim("the organisers", "said", "in fact more than 20,000 protesters had marched")
    assess(police, organisers)
    assert police.status == "disputed"
    assert police.status_reason.startswith("disputed: the organisers contradicts this")
    assert organisers.status == "attributed"


def test_a_source_never_disputes_its_own_office():
    minister = claim("Andrei Belousov", "announced", "recruitment had been exceeded",
                     written="Defense Minister Andrei Belousov")  # fmt: skip
    ministry = claim("the Ministry of Defense", "said", "such reports of shortfalls are false")
    assess(minister, ministry)
    assert minister.status == "attributed"


# --------------------------------------------------------------------------- corroborated


def test_an_independent_body_with_the_same_figure_corroborates():
    utility = claim("the water utility", "said", "tap water contained 22 parts per billion of lead")
    lab = claim(
        "Eastbrook University", "found", "22 parts per billion of lead in samples from both schools"
    )
    assess(utility, lab)
    assert utility.status == lab.status == "corroborated"
    assert "Eastbrook University" in utility.status_reason
    assert utility.related == [1] and lab.related == [0]


def test_a_cited_record_with_the_same_content_corroborates():
    chief = claim("Laura Brennan", "said", "the first emergency call came in at 2:14 on Sunday")
    logs = claim(
        "the county's dispatch logs",
        "according to",
        "the first emergency call came in at 2:14 on Sunday morning",
    )
    assess(chief, logs)
    assert chief.status == logs.status == "corroborated"


def test_repetition_by_the_same_source_is_not_corroboration():
    first = claim("Valley Transit", "projected", "ridership would fall by about 2 percent")
    again = claim("Valley Transit", "repeated", "ridership would fall by about 2 percent")
    assess(first, again)
    assert first.status == again.status == "attributed"


def test_repetition_by_its_own_office_is_not_corroboration():
    minister = claim(
        "Andrei Belousov",
        "said",
        "nearly 410,000 Russians entered contract service",
        written="Defense Minister Andrei Belousov",
    )
    ministry = claim(
        "the Ministry of Defense", "reported", "410,000 Russians entered contract service"
    )
    assess(minister, ministry)
    assert minister.status == ministry.status == "attributed"


def test_figures_of_different_things_stay_attributed():
    authority = claim("Valley Transit", "said", "it would lose 14 million dollars this year")
    institute = claim(
        "Center for Urban Mobility", "estimated", "the fare would cost riders 9 million dollars"
    )
    medvedev = claim("Dmitry Medvedev", "reported", "approximately 417,000 people signed contracts")
    belousov = claim("Andrei Belousov", "said", "nearly 410,000 Russians entered contract service")
    assess(authority, institute, medvedev, belousov)
    assert {c.status for c in (authority, institute, medvedev, belousov)} == {"attributed"}


def test_an_opposite_statement_is_not_corroboration():
    a = claim("Anna Berg", "said", "the factory will close its doors in March next year")
    b = claim("Karl Vos", "said", "the factory will not close its doors in March next year")
    assess(a, b)
    assert a.status != "corroborated" and b.status != "corroborated"


def test_outlet_statements_keep_their_status():
    outlet = claim("the article", "", "The council voted 6 to 3 on Monday to raise fares")
    outlet.status = "unattributed"
    same = claim("Paul Ortega", "said", "the council voted 6 to 3 on Monday to raise fares")
    assess(outlet, same)
    assert outlet.status == "unattributed"
    assert same.status == "attributed"


def test_assess_numbers_figures_by_claim():
    a = claim("Anna Berg", "said", "about 700,000 soldiers are at the front")
    b = claim("Karl Vos", "said", "the bridge reopens in June")
    assess(a, b)
    assert [f.claim for f in a.figures] == [0]
    assert b.figures == []


def test_one_statement_reported_twice_is_not_corroboration():
    # "X said that Y said ...": the same words, nested, are one statement.
    outer = claim("Anna Berg", "said", "Karl Vos said the factory will close in March next year")
    inner = claim("Karl Vos", "said", "the factory will close in March next year")
    outer.content_spans = [(100, 160)]
    inner.content_spans = [(120, 160)]
    assess(outer, inner)
    assert outer.status == inner.status == "attributed"


def test_vague_amounts_and_unresolved_pronouns_do_not_corroborate():
    a = claim("Anna Berg", "said", "thousands of shootings happened in the city this year")
    b = claim("Karl Vos", "said", "thousands of shootings were reported across the region")
    c = claim("it", "said", "the factory will close its doors in March next year")
    d = claim("Karl Vos", "said", "the factory will close its doors in March next year")
    assess(a, b, c, d)
    assert {x.status for x in (a, b, c, d)} == {"attributed"}


def test_a_matching_figure_corroborates_despite_a_negation_elsewhere():
    board = claim(
        "the regional health board",
        "said",
        "the ward delivered 310 babies last year and could not find enough midwives",
    )
    registry = claim(
        "the national birth registry", "according to", "310 babies were born there last year"
    )
    assess(board, registry)
    assert board.status == registry.status == "corroborated"


# --------------------------------------------------------------------------- issue 14 rules


def story(*claims: Claim) -> list[Claim]:
    """Assess claims standing one per paragraph, in order, in an article of their words."""
    text, pos = "", 0
    for c in claims:
        c.evidence = c.evidence if c.evidence != c.content else f"{c.source} {c.cue} {c.content}."
        start = pos + c.evidence.index(c.content)
        c.content_spans = [(start, start + len(c.content))]
        c.evidence_span = (pos, pos + len(c.evidence))
        text += c.evidence + "\n\n"
        pos = len(text)
    return assess_claims(list(claims), Article(text=text))


def test_independent_rejections_of_one_claim_corroborate_each_other():
    ministry = claim("the Defence Ministry", "accused", "the rebels of blocking the aid convoy")
    pentagon = claim("the Pentagon", "rejected", "these accusations as false")
    scholar = claim("Ida Moss", "said", "the Defence Ministry's accusations were false")
    story(ministry, pentagon, scholar)
    assert ministry.status == "disputed"
    assert pentagon.status == "corroborated" and scholar.status == "corroborated"


def test_rejections_by_one_party_and_its_office_do_not_corroborate_each_other():
    ministry = claim("the Defence Ministry", "accused", "the rebels of blocking the aid convoy")
    general = claim("the Pentagon", "rejected", "these accusations as false")
    office = claim("a Pentagon spokesman", "said", "the ministry's accusations were false")
    story(ministry, general, office)
    assert general.status == "attributed" and office.status == "attributed"


def test_that_figure_was_too_high_disputes_the_claim_that_gave_it():
    district = claim("The district", "estimates", "that the cuts will save 750,000 dollars a year")
    union = claim("The teachers' union", "said", "that figure was far too high")
    story(district, union)
    assert district.status == "disputed"
    assert union.status == "attributed"


def test_the_finding_was_wrong_disputes_the_finding():
    study = claim("The researchers", "found", "that shaded streets were 4 degrees cooler")
    city = claim("A city spokesman", "said", "the finding was wrong")
    story(study, city)
    assert study.status == "disputed"


def test_a_rejection_about_something_else_disputes_nothing():
    study = claim("The researchers", "found", "that shaded streets were 4 degrees cooler")
    group = claim(
        "A campaign group", "said", "the study showed that the tree plan was far too small"
    )
    story(study, group)
    assert study.status == "attributed"


def test_that_was_not_possible_disputes_the_claim_just_before():
    defence = claim("Michael Haas", "argued", "that every tonne of asphalt had been laid")
    engineer = claim("Dana Kowalczyk", "told", "the jury that was not possible")
    story(defence, engineer)
    assert defence.status == "disputed"
    assert engineer.status == "attributed"


def test_a_case_resting_on_faulty_evidence_disputes_the_claim_it_answers():
    council = claim("Mira Solberg", "told", "the depot was built without a permit")
    builder = claim("Jonas Vik", "argued", "that the council's case rested on faulty records")
    story(council, builder)
    assert council.status == "disputed"
    assert builder.status == "attributed"


def test_a_faulty_part_rejects_nothing():
    assert not is_rejection(claim("The board", "said", "a faulty valve could leak"))


def test_that_was_not_possible_may_reject_a_rejection_in_turn():
    council = claim("Mira Solberg", "told", "the depot was built without a permit")
    builder = claim("Jonas Vik", "argued", "that the council's case rested on faulty records")
    surveyor = claim("Lena Ortiz", "told", "that was not possible")
    story(council, builder, surveyor)
    assert builder.status == "disputed"
    assert builder.related == [2]
    assert surveyor.status == "attributed"


def test_a_denial_of_the_same_point_in_other_words_disputes_it():
    campaign = claim("SafeHome", "said", "Warmwell had known about the fault since August")
    company = claim("Warmwell", "denied", "that it had known about the fault before November 3")
    story(campaign, company)
    assert campaign.status == "disputed"
    assert company.status == "attributed"


def test_the_same_point_negated_by_another_source_disputes_it():
    loser = claim("Robert Thane", "claimed", "that hundreds of ballots had been counted twice")
    observers = claim("Observers", "said", "that they had seen no ballot counted twice")
    story(loser, observers)
    assert loser.status == "disputed"


def test_a_negation_of_something_else_disputes_nothing():
    health = claim("The health department", "said", "that 17 children had been infected")
    doctor = claim(
        "Dr. Samuel Achebe", "said", "most of the infected children had not been vaccinated"
    )
    story(health, doctor)
    assert health.status != "disputed"


def test_a_correction_in_fact_disputes_the_claim_before_it():
    club = claim("Harrow City", "said", "a scan had shown a torn hamstring in Mensah's leg")
    paper = claim("The Sports Daily", "reported", "Mensah's injury was in fact a ruptured tendon")
    story(club, paper)
    assert club.status == "disputed"


def test_an_exact_figure_from_a_record_corroborates_without_other_shared_words():
    head = claim("Superintendent Alan Brooks", "said", "the district had lost 1,300 students")
    record = claim("state figures", "show", "enrolment fell by 1,300 students since 2021")
    story(head, record)
    assert head.status == "corroborated" and record.status == "corroborated"


def test_the_same_clock_time_from_two_sources_corroborates():
    company = claim("PayLink", "said", "the outage began at 6:40 a.m.")
    tracker = claim("Netwatch", "said", "the first failed payments were recorded at 6:40 a.m.")
    story(company, tracker)
    assert company.status == "corroborated"


def test_the_claim_singular_disputes_only_the_claim_just_made():
    earlier = claim("Robert Thane", "said", "that he would win the Northside district easily")
    last = claim("Robert Thane", "claimed", "that hundreds of ballots had been counted twice")
    clerk = claim("Walter Greene", "said", "the claim was false")
    story(earlier, last, clerk)
    assert last.status == "disputed"
    assert earlier.status == "attributed"


VALVE = (
    "The regulator said a faulty valve could leak under pressure and flood the basement. "
    "Engineers at Norland University, who tested twelve of the pumps, found that the valve "
    "had leaked in two of them after a month of use.\n"
)


@pytest.mark.slow
def test_the_same_thing_said_of_the_same_subject_in_other_words_corroborates(parsed):
    from quizapp.core.analysis import analyze

    article, _ = parsed(VALVE)
    claims = [c for c in analyze(article).claims if c.status != "unattributed"]
    assert [(c.cue, c.status) for c in claims] == [
        ("said", "corroborated"),
        ("found", "corroborated"),
    ]


@pytest.mark.slow
def test_the_same_subject_and_verb_negated_does_not_corroborate(parsed):
    from quizapp.core.analysis import analyze

    text = VALVE.replace("had leaked in two of them", "had never leaked in any of them")
    article, _ = parsed(text)
    claims = [c for c in analyze(article).claims if c.status != "unattributed"]
    assert "corroborated" not in [c.status for c in claims]
