"""Whether a claim's status is plain enough to key a question on: hand-written cases for
status_checks (when two contents make one point: test_points)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.evidence import status_note
from quizapp.core.questions.status_checks import (
    factive,
    leads_into_quote,
    one_side_of_a_dispute,
    status_is_clear,
)
from quizapp.core.verification import assess_claims
from tests.factories.claims import build_claim, said_by

TRADE = (
    "Tariff Talks\n\n"
    "The tariffs rose again this week. Farmers said the tariffs hurt their exports."
    " Mayor Ana Ruiz said the tariffs on steel would close the mill by spring. Economist"
    " Tom Lee said the steel tariffs had pushed grain prices down for a second year. The"
    " talks resume in May. Officials met in Geneva on Monday.\n"
)


def claim(source: str, content: str, evidence: str) -> Claim:
    return build_claim(
        TRADE,
        source=source,
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def ruiz() -> Claim:
    return claim(
        "Ana Ruiz",
        "the tariffs on steel would close the mill by spring",
        "Mayor Ana Ruiz said the tariffs on steel would close the mill by spring.",
    )


def lee() -> Claim:
    return claim(
        "Tom Lee",
        "the steel tariffs had pushed grain prices down for a second year",
        "Economist Tom Lee said the steel tariffs had pushed grain prices down for a second year.",
    )


def test_an_attributed_claim_sharing_only_the_topic_with_another_source_is_clear():
    analysis = Analysis(Article(text=TRADE, body=[(14, len(TRADE))]), [ruiz(), lee()])
    assert status_is_clear(analysis, 0)


# --------------------------------------------------------------------------- one point

RINK = (
    "Hawks Edge Owls\n\n"
    "The Hawks beat the Owls 3-1 on Friday. Coach Dana Pike said her goalie was getting a"
    " little bit of rhythm back in the third period. Winger Eli Moss said he could feel the"
    " crowd a little bit more after the break. Before the game, the Board of Health closed"
    " the arena café. The Health Board's inspector Sam Toll said the kitchen had failed two"
    " checks in March. Moss said the June 12 vote on the new rink was rushed. Council member"
    " Ivy Park said turnout at the June 12 vote was low.\n"
)


def rink_claim(source: str, content: str) -> Claim:
    start = RINK.index(content)
    sentence_start = RINK.rindex(". ", 0, start) + 2
    evidence = RINK[sentence_start : RINK.index(".", start + len(content) - 1) + 1]
    return build_claim(
        RINK,
        source=source,
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def test_an_attributed_claim_sharing_only_light_words_with_another_source_is_clear():
    pike = rink_claim("Dana Pike", "her goalie was getting a little bit of rhythm back")
    moss = rink_claim("Eli Moss", "he could feel the crowd a little bit more after the break")
    analysis = Analysis(Article(text=RINK, body=[(16, len(RINK))]), [pike, moss])
    assert status_is_clear(analysis, 0)


# --------------------------------------------------------------------------- disputed


MINE = (
    "Mine Collapse\n\n"
    "Although the miners' union suggested the collapse may have been sabotage, inspector"
    " Ruth Adler said no evidence supports anything other than an accident.\n\n"
    "The union said the depot closure was illegal and rushed. The transit board dismissed"
    " the union's claim as baseless. However, auditor Omar Reed told the council that the"
    " closure was illegal.\n\n"
    "The transit board denied that the depot closure was rushed.\n\n"
    "However, both Omar Reed and Ana Ruiz told the council that the closure was illegal.\n\n"
    "Photo: the transit board denied that the depot closure was illegal.\n"
)
BODY = [(15, MINE.index("Photo:"))]


def mine_claim(source: str, cue: str, content: str, evidence: str) -> Claim:
    return build_claim(
        MINE,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def assessed(*claims: Claim, body: list[tuple[int, int]] = BODY) -> Analysis:
    article = Article(text=MINE, body=body)
    return Analysis(article, assess_claims(list(claims), article))


CONCEDING = MINE.split("\n\n")[1]


def test_a_claim_conceded_and_then_rejected_in_one_sentence_is_plainly_disputed():
    analysis = assessed(
        mine_claim(
            "the miners' union", "suggested", "the collapse may have been sabotage", CONCEDING
        ),
        mine_claim(
            "Ruth Adler", "said", "no evidence supports anything other than an accident", CONCEDING
        ),
    )
    assert analysis.claims[0].status == "disputed"
    assert status_is_clear(analysis, 0)


UNION = "The union said the depot closure was illegal and rushed."
BOARD = "The transit board dismissed the union's claim as baseless."
REED = "However, auditor Omar Reed told the council that the closure was illegal."


def depot(*more: Claim, body: list[tuple[int, int]] = BODY) -> Analysis:
    return assessed(
        mine_claim("the union", "said", "the depot closure was illegal and rushed", UNION),
        mine_claim("the transit board", "dismissed", "the union's claim as baseless", BOARD),
        *more,
        body=body,
    )


def test_a_rejection_answered_after_however_with_the_rejected_point_is_plainly_disputed():
    analysis = depot(mine_claim("Omar Reed", "told", "the closure was illegal", REED))
    assert analysis.claims[1].status == "disputed"
    assert status_is_clear(analysis, 1)


def test_a_dispute_whose_rejection_a_learner_cannot_see_is_not_plain():
    caption = "Photo: the transit board denied that the depot closure was illegal."
    analysis = assessed(
        mine_claim("the union", "said", "the depot closure was illegal and rushed", UNION),
        mine_claim("the transit board", "denied", "that the depot closure was illegal", caption),
    )
    assert analysis.claims[0].status == "disputed"
    assert not status_is_clear(analysis, 0)  # the denial is a caption, outside the body


def test_a_dispute_resting_on_an_attribution_the_analysis_is_unsure_of_is_not_plain():
    denial = "The transit board denied that the depot closure was rushed."
    board = mine_claim("the Transit Board", "denied", "that the depot closure was rushed", denial)
    union = mine_claim("the union", "said", "the depot closure was illegal and rushed", UNION)
    analysis = assessed(union, board)
    assert analysis.claims[0].status == "disputed"
    assert status_is_clear(analysis, 0)
    board.confidence = 0.3  # the analysis is unsure the board said it
    assert not status_is_clear(analysis, 0)


def test_the_status_note_says_a_rebuttal_contradicts_the_rejection():
    analysis = depot(mine_claim("Omar Reed", "told", "the closure was illegal", REED))
    note = status_note(analysis.claims[1], analysis)
    assert "Omar Reed contradicts it: it is disputed" in note


def test_the_status_note_names_both_speakers_of_a_shared_rebuttal():
    both = "However, both Omar Reed and Ana Ruiz told the council that the closure was illegal."
    rebuttal = mine_claim("Omar Reed", "told", "the closure was illegal", both)
    rebuttal.source_text = "both Omar Reed and Ana Ruiz"
    analysis = depot(rebuttal)
    note = status_note(analysis.claims[1], analysis)
    assert "Omar Reed and Ana Ruiz contradict it" in note


def test_a_dispute_only_the_outlet_makes_keys_no_status_question():
    # No source to name as the one who disputes: "another source rejects it" would be false.
    text = (
        "While Mayor Ana Ruiz said the mill was inspected every year, no inspection of the"
        " mill has been filed since 2009."
    )
    mayor = build_claim(
        text,
        source="Ana Ruiz",
        source_type="official",
        cue="said",
        cue_strength="report",
        content="the mill was inspected every year",
        status="attributed",
        evidence=text,
    )
    analysis = Analysis(Article(text=text, body=[(0, len(text))]), [mayor])
    assess_claims(analysis.claims, analysis.article)
    assert mayor.status == "disputed"
    assert not status_is_clear(analysis, 0)


# ----------------------------------------------------------- a party that is described

CRASH = (
    "Helicopter Down\n\n"
    "The Red Hand militia claimed responsibility for shooting down the helicopter near Tarn.\n\n"
    "The provincial government ruled out Red Hand involvement in the crash.\n\n"
    "Officials said the crash was caused by engine failure.\n"
)


def crash_claim(source: str, cue: str, content: str, kind: str = "official") -> Claim:
    return said_by(CRASH, source, content, kind, cue=cue, confidence=0.9)


def crash(rejecter: str = "The provincial government") -> Analysis:
    """The militia's claim, disputed by the rejecter's (as the analysis relates them)."""
    article = Article(text=CRASH, body=[(17, len(CRASH))])
    claim = crash_claim(
        "Red Hand militia", "claimed", "responsibility for shooting down the helicopter near Tarn"
    )
    claim.source_type, claim.status, claim.related = "involved", "disputed", [1]
    return Analysis(article, [claim, crash_claim(rejecter, "ruled out", "Red Hand involvement")])


def test_a_described_party_ruling_out_the_claimants_part_plainly_disputes_it():
    # "ruled out Red Hand involvement" shares no word with the claim's point, but names the
    # party whose claim it rejects; "the provincial government" is no name, but a party.
    assert status_is_clear(crash(), 0)


def test_the_note_names_the_described_party_that_disputes():
    analysis = crash()
    assert "the provincial government rejects it" in status_note(analysis.claims[0], analysis)


def test_a_pronoun_rejecting_is_no_party_to_key_a_dispute_on():
    analysis = crash(rejecter="they")
    assert not status_is_clear(analysis, 0)


LAB = (
    "Study Limits\n\n"
    "The team surveyed 500 farms.\n\n"
    "The team could not measure the soil's acidity, \"so some farms may look worse than"
    ' they are," Ana Ruiz argued.\n\n'
    "Ana Ruiz said the team could not measure the soil's acidity on most farms.\n"
)


def _lab_claim(content: str, evidence: str) -> Claim:
    return build_claim(
        LAB,
        source="Ana Ruiz",
        source_type="independent",
        cue="argued" if "argued" in evidence else "said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def test_words_that_run_into_a_quotation_before_the_cue_are_no_status_item():
    sentence = LAB.splitlines()[4]
    content = sentence[: sentence.index(" Ana Ruiz")].rstrip(",")
    found = Analysis(Article(text=LAB, body=[(14, len(LAB))]), [_lab_claim(content, sentence)])
    assert leads_into_quote(found.claims[0])
    assert not status_is_clear(found, 0)


def test_words_after_the_cue_are_the_sources():
    sentence = LAB.splitlines()[6]
    content = sentence[len("Ana Ruiz said ") : -1]
    assert not leads_into_quote(_lab_claim(content, sentence))


BRIDGE = (
    "Bridge Closed\n\n"
    "The old bridge closed on Monday.\n\n"
    "River Times reporter Ana Ruiz has reported that the county will sell the old bridge for"
    " scrap metal.\n"
)
SCRAP = "the county will sell the old bridge for scrap metal"


def _bridge(outlet: str) -> Analysis:
    claim = said_by(
        BRIDGE,
        "Ana Ruiz",
        SCRAP,
        kind="media",
        cue="has reported",
        written="River Times reporter Ana Ruiz",
    )
    return Analysis(Article(text=BRIDGE, outlet=outlet, body=[(15, len(BRIDGE))]), [claim])


def test_a_media_source_that_may_be_the_articles_own_outlet_keys_no_status():
    assert not status_is_clear(_bridge(""), 0)  # the outlet unknown: its own reporter?
    assert not status_is_clear(_bridge("River Times"), 0)
    assert status_is_clear(_bridge("Valley Post"), 0)


DENIAL = (
    "Envoy Testifies\n\n"
    "Envoy Ana Ruiz disputed the notion that she had run a private channel for the talks.\n\n"
    '"My role was never a private channel, but the official one," Ruiz told lawmakers.\n\n'
    "Ruiz said the harbour talks would resume in May with three ministers.\n"
)


def test_a_denial_and_the_words_restating_it_are_one_side_of_a_dispute():
    found = Analysis(
        Article(text=DENIAL, body=[(16, len(DENIAL))]),
        [
            said_by(
                DENIAL,
                "Ana Ruiz",
                "the notion that she had run a private channel for the talks",
                cue="disputed",
            ),
            said_by(
                DENIAL, "Ana Ruiz", "My role was never a private channel, but the official one"
            ),
            said_by(
                DENIAL, "Ana Ruiz", "the harbour talks would resume in May with three ministers"
            ),
        ],
    )
    assert one_side_of_a_dispute(found, 0) and one_side_of_a_dispute(found, 1)
    assert not status_is_clear(found, 1)
    assert not one_side_of_a_dispute(found, 2)


PORT = (
    "Port Fever\n\n"
    "Two dock workers fell ill with fever last week.\n\n"
    "The port authority has acknowledged that the north quay is vulnerable to rat infestations"
    " in summer.\n\n"
    "The port authority said the south quay will reopen in May after new drains are laid.\n"
)


def test_a_cue_that_takes_its_point_as_true_keys_no_status():
    acknowledged = said_by(
        PORT,
        "The port authority",
        "the north quay is vulnerable to rat infestations in summer",
        cue="has acknowledged",
    )
    said = said_by(
        PORT,
        "The port authority",
        "the south quay will reopen in May after new drains are laid",
    )
    found = Analysis(Article(text=PORT, body=[(12, len(PORT))]), [acknowledged, said])
    assert factive(acknowledged) and not factive(said)
    assert not status_is_clear(found, 0)


@pytest.mark.parametrize(
    ("cue", "takes_as_true"),
    [
        ("has previously established", True),
        ("proved", True),
        ("shows", True),
        ("verified", True),
        ("could not confirm", False),
        ("provided", False),
    ],
)
def test_a_factive_cue_in_any_form_and_never_negated(cue, takes_as_true):
    claim = said_by(PORT, "The port authority", "the north quay is vulnerable", cue="said")
    claim = replace(claim, cue=cue)
    assert factive(claim) is takes_as_true


@pytest.mark.parametrize(
    "cue", ["dismiss", "dismisses", "rebutted", "contradicted", "contradicts", "refute"]
)
def test_a_rejection_in_any_form_plainly_disputes_the_claim_it_names(cue):
    # A present-tense "dismiss" (a plural subject) or a "contradicted" says no as plainly
    # as "dismissed": the claim it names is disputed, and a question may key that.
    union = "The union said the depot closure was illegal and rushed."
    rejection = f"Bus drivers {cue} the union's claim that the depot closure was illegal."
    text = f"Depot Row\n\n{union} {rejection}\n"
    article = Article(text=text, body=[(11, len(text))])
    said = build_claim(
        text,
        source="the union",
        source_type="official",
        cue="said",
        cue_strength="report",
        content="the depot closure was illegal and rushed",
        status="attributed",
        evidence=union,
    )
    rejecting = build_claim(
        text,
        source="Bus drivers",
        source_type="official",
        cue=cue,
        cue_strength="report",
        content="the union's claim that the depot closure was illegal",
        status="attributed",
        evidence=rejection,
    )
    analysis = Analysis(article, assess_claims([said, rejecting], article))
    assert analysis.claims[0].status == "disputed"
    assert status_is_clear(analysis, 0)
