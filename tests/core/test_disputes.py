"""Which claims a claim disputes or corroborates (DOMAIN section 2), on sentences written
for these tests: hand-built claims, no model."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Article, Claim
from quizapp.core.source_profiles import SourceProfile
from quizapp.core.verification import assess_claims
from tests.factories.claims import build_claim
from tests.factories.claims import reported as claim


def placed(text: str, source: str, cue: str, content: str, evidence: str) -> Claim:
    """``source`` ``cue`` ``content``, with its spans found in ``text``."""
    return build_claim(
        text,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def assess_text(text: str, *claims: Claim) -> list[Claim]:
    return assess_claims(list(claims), Article(text=text))


# --------------------------------------------------------------------------- the target


def test_a_denial_after_the_content_answers_the_same_point_not_the_source_named_first():
    first = "Lena Park said the vote was held in May."
    second = (
        "Lena Park said that others had raised concerns about the budget,"
        " a prospect Omar Reed denied on Friday."
    )
    text = f"{first} {second}"
    vote = placed(text, "Lena Park", "said", "the vote was held in May", first)
    concerns = placed(
        text, "Lena Park", "said", "others had raised concerns about the budget", second
    )
    # The extractor may give the denial the whole clause before its cue as content.
    denial = placed(
        text,
        "Omar Reed",
        "denied",
        "Lena Park said that others had raised concerns about the budget",
        second,
    )
    assess_text(text, vote, concerns, denial)
    assert vote.status == "attributed"
    assert concerns.status == "disputed"


def test_a_denial_does_not_name_a_claim_by_its_own_source_words():
    first = "Riverton police threatened to use tear gas on the crowd."
    second = "The mayor praised the plan, while the town's police deny accusations of brutality."
    text = f"{first} {second}"
    threat = placed(text, "Riverton police", "threatened", "to use tear gas on the crowd", first)
    denial = placed(text, "the town's police", "deny", "accusations of brutality", second)
    assess_text(text, threat, denial)
    assert threat.status == "attributed"


def test_a_rejected_claim_named_by_a_long_owner_phrase_is_disputed():
    accusation = claim(
        "the Northland and Southland transport ministries",
        "accused",
        "river crews of blocking the canal",
    )
    rejection = claim(
        "Omar Reed", "said", "the Northland and Southland transport ministry's claim is false"
    )
    assess_claims([accusation, rejection], Article(text=""))
    assert accusation.status == "disputed"


def test_a_long_owner_phrase_points_at_the_source_it_fully_names():
    accusation = claim(
        "the Northland and Southland transport ministries",
        "accused",
        "river crews of blocking the canal",
    )
    farmer = claim(
        "Mira Olsen",
        "said",
        "the canal had been closed for a week",
        written="Mira Olsen, a Southland farmer,",
    )
    rejection = claim(
        "Omar Reed", "said", "the Northland and Southland transport ministry's claim is false"
    )
    assess_claims([accusation, farmer, rejection], Article(text=""))
    assert accusation.status == "disputed"
    assert farmer.status == "attributed"


# --------------------------------------------------------------------------- one sentence


def test_a_rejection_after_a_concessive_clause_disputes_the_claim_it_concedes():
    sentence = (
        "Although the miners' union suggested the collapse may have been sabotage,"
        " Inspector Ruth Adler said no evidence supports anything other than an accident."
    )
    union = claim(
        "the miners' union", "suggested", "the collapse may have been sabotage", evidence=sentence
    )
    adler = claim(
        "Ruth Adler",
        "said",
        "no evidence supports anything other than an accident",
        evidence=sentence,
    )
    assess_claims([union, adler], Article(text=""))
    assert union.status == "disputed"
    assert adler.status == "attributed"


def test_a_rejection_after_but_disputes_the_claim_before_it_on_the_same_point():
    sentence = (
        "Ana Ruiz said the toll had doubled, but Omar Reed said talk of a doubled toll"
        " was nonsense."
    )
    ruiz = claim("Ana Ruiz", "said", "the toll had doubled", evidence=sentence)
    reed = claim("Omar Reed", "said", "talk of a doubled toll was nonsense", evidence=sentence)
    assess_claims([ruiz, reed], Article(text=""))
    assert ruiz.status == "disputed"


def test_a_rejection_after_but_on_another_point_disputes_nothing():
    sentence = (
        "Ana Ruiz said the bridge opened in May, but Omar Reed said the tunnel plan was nonsense."
    )
    ruiz = claim("Ana Ruiz", "said", "the bridge opened in May", evidence=sentence)
    reed = claim("Omar Reed", "said", "the tunnel plan was nonsense", evidence=sentence)
    assess_claims([ruiz, reed], Article(text=""))
    assert ruiz.status == "attributed"


# --------------------------------------------------------------------------- rebuttals


UNION = "The union said the depot closure was illegal and rushed."
BOARD = "The transit board dismissed the union's claim as baseless."


def depot_story(third: str, content: str) -> list[Claim]:
    text = f"{UNION} {BOARD} {third}"
    return assess_text(
        text,
        placed(text, "the union", "said", "the depot closure was illegal and rushed", UNION),
        placed(text, "the transit board", "dismissed", "the union's claim as baseless", BOARD),
        placed(text, "Omar Reed", "told", content, third),
    )


def test_however_restating_a_rejected_point_disputes_the_rejection_and_corroborates():
    union, board, reed = depot_story(
        "However, auditor Omar Reed told the council that the closure was illegal.",
        "the closure was illegal",
    )
    assert board.status == "disputed"
    assert board.related == [2]
    assert reed.status == "corroborated"
    assert union.status == "disputed"  # the board still rejects it


def test_a_restatement_without_however_leaves_the_rejection_attributed():
    _, board, _ = depot_story(
        "Auditor Omar Reed told the council that the closure was illegal.",
        "the closure was illegal",
    )
    assert board.status == "attributed"


def test_however_on_another_point_leaves_the_rejection_attributed():
    _, board, reed = depot_story(
        "However, auditor Omar Reed told the council that the buses were new.",
        "the buses were new",
    )
    assert board.status == "attributed"
    assert reed.status == "attributed"


# --------------------------------------------------------------------------- the same thing


def test_acknowledging_a_thing_another_source_asserts_corroborates_both():
    union = claim(
        "the drivers' union",
        "warned",
        "that driver shortages and long shifts had put passengers at risk",
    )
    head = claim("Transit Director Lena Park", "acknowledged", "serious driver shortages")
    assess_claims([union, head], Article(text=""))
    assert union.status == head.status == "corroborated"


def test_admitting_an_act_is_not_naming_a_thing():
    senator = claim("Ana Ruiz", "said", "she wants to close four loopholes in the tax code")
    rival = claim("Omar Reed", "admitted", "using the tax code")
    assess_claims([senator, rival], Article(text=""))
    assert senator.status == rival.status == "attributed"


def test_a_thing_named_under_a_negation_is_not_corroborated():
    union = claim("the drivers' union", "said", "there were no driver shortages this year")
    head = claim("Lena Park", "acknowledged", "serious driver shortages")
    assess_claims([union, head], Article(text=""))
    assert head.status != "corroborated"


# --------------------------------------------------------------------------- parties


def test_a_government_rejects_a_group_of_its_own_nation():
    # The parse names the Front an organisation that speaks for itself; it shares only a
    # nation's word with the government.
    front = SourceProfile(
        name="Peruvian Front", kind="ORG", affiliation="Peruvian Front", words={"peruvian", "front"}
    )
    government = SourceProfile(name="the Peruvian government", words={"peruvian", "government"})
    rebels = claim("Peruvian Front", "claimed", "responsibility for downing the drone")
    army = claim("the Peruvian government", "ruled out", "Front involvement in the crash")
    assess_claims([rebels, army], Article(text=""), profiles=[front, government])
    assert rebels.status == "disputed"


def test_rejecting_a_party_disputes_its_spokesman_saying_the_same_again():
    text = (
        "The Fernland Front claimed responsibility for downing the drone near the dam."
        " Front spokesman Ivo Brandt said the drone was downed by their fighters."
        " The army has ruled out Fernland Front involvement in the crash."
    )
    sentences = text.split(". ")
    front = placed(
        text,
        "Fernland Front",
        "claimed",
        "responsibility for downing the drone near the dam",
        sentences[0] + ".",
    )
    brandt = build_claim(
        text,
        source="Ivo Brandt",
        source_text="Front spokesman Ivo Brandt",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content="the drone was downed by their fighters",
        status="attributed",
        evidence=sentences[1] + ".",
    )
    army = placed(
        text, "The army", "ruled out", "Fernland Front involvement in the crash", sentences[2]
    )
    assess_text(text, front, brandt, army)
    assert front.status == "disputed"
    assert brandt.status == "disputed"


def test_rejecting_a_party_leaves_its_spokesman_on_another_point_alone():
    front = claim("Fernland Front", "claimed", "responsibility for downing the drone near the dam")
    brandt = claim(
        "Ivo Brandt",
        "said",
        "the group would hold peace talks in May",
        written="Front spokesman Ivo Brandt",
    )
    army = claim("The army", "ruled out", "Fernland Front involvement in the crash")
    assess_claims([front, brandt, army], Article(text=""))
    assert front.status == "disputed"
    assert brandt.status == "attributed"


# --------------------------------------------------------------------------- the rejecting cue


@pytest.mark.parametrize("cue", ["dismiss", "dismissed", "rebut", "rebutted", "refute", "deny"])
def test_a_rejection_in_any_form_disputes_the_claim_it_names(cue):
    # "dismiss" (a plural subject, the present) and "rebutted" are the same rejection as
    # "dismissed" and "rebut": the claim they name is disputed, never corroborated.
    first = "Lena Park said the new bridge will cost 40 million."
    second = f"Dock workers {cue} Lena Park's claim that the new bridge will cost 40 million."
    text = f"{first} {second}"
    cost = placed(text, "Lena Park", "said", "the new bridge will cost 40 million", first)
    rejection = placed(
        text,
        "Dock workers",
        cue,
        "Lena Park's claim that the new bridge will cost 40 million",
        second,
    )
    assess_text(text, cost, rejection)
    assert cost.status == "disputed"
    assert rejection.status == "attributed"
