"""Words a claim took from a later paragraph with a speaker of its own go back to that
speaker's cue."""

from __future__ import annotations

from dataclasses import replace

from quizapp.core.article import article_from_text
from quizapp.core.content_owners import drop_borrowed_content
from tests.factories.claims import build_claim, span_of

TEXT = (
    "Ferry Talks Stall\n\n"
    "Two people briefed on the talks said the city will add a second ferry line.\n\n"
    '"The mayor wants a bigger deal than that," said Tom Lee, a harbor planner.\n'
)
OWN = "the city will add a second ferry line"
QUOTE = "The mayor wants a bigger deal than that"


def _claims(text: str = TEXT, second_source: str = "Tom Lee"):
    briefed = build_claim(
        text,
        source="Two people briefed on the talks",
        source_type="anonymous",
        cue="said",
        cue_strength="report",
        content=OWN,
        status="attributed",
        evidence=text.splitlines()[2],
    )
    # The tagger's window ran past the paragraph's end into Lee's quotation.
    borrowed = replace(
        briefed,
        content_spans=[*briefed.content_spans, span_of(text, QUOTE)],
        content=f"{OWN} \u2026 {QUOTE}",
        evidence_span=(briefed.evidence_span[0], len(text) - 1),
        evidence=text[briefed.evidence_span[0] : len(text) - 1],
    )
    lee = build_claim(
        text,
        source=second_source,
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=QUOTE,
        status="attributed",
        evidence=text.splitlines()[4],
    )
    return [borrowed, lee]


def test_words_in_a_later_paragraph_with_a_cue_of_their_own_go_back_to_that_cue():
    claims = _claims()
    drop_borrowed_content(claims, article_from_text(TEXT))
    assert claims[0].content == OWN
    assert claims[0].evidence == TEXT.splitlines()[2]


def test_a_later_paragraph_where_the_same_speaker_goes_on_stays_with_the_claim():
    claims = _claims(second_source="Two people briefed on the talks")
    drop_borrowed_content(claims, article_from_text(TEXT))
    assert claims[0].content.endswith(QUOTE)


def test_a_claim_with_no_words_but_the_later_paragraphs_keeps_them():
    claims = _claims()
    only = replace(claims[0], content_spans=claims[0].content_spans[1:], content=QUOTE)
    drop_borrowed_content([only, claims[1]], article_from_text(TEXT))
    assert only.content == QUOTE


CLOSING = (
    "Ferry Back in Service\n\n"
    "After a week of repairs, the ferry is now running on time again, Lee said.\n\n"
    '"We missed it every day," the commuter wrote in a letter.\n'
)
COMMUTER = "We missed it every day"


def _closing_claims():
    lee = build_claim(
        CLOSING,
        source="Tom Lee",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=COMMUTER,  # the tagger's window gave Lee only the next paragraph's words
        status="attributed",
        evidence=CLOSING.splitlines()[2],
    )
    commuter = build_claim(
        CLOSING,
        source="the commuter",
        source_type="involved",
        cue="wrote",
        cue_strength="report",
        content=COMMUTER,
        status="attributed",
        evidence=CLOSING.splitlines()[4],
    )
    return [lee, commuter]


def test_a_cue_closing_its_own_sentence_takes_the_words_before_it():
    claims = _closing_claims()
    drop_borrowed_content(claims, article_from_text(CLOSING))
    assert claims[0].content == "After a week of repairs, the ferry is now running on time again"
    assert claims[0].evidence == CLOSING.splitlines()[2]


def test_a_cue_closing_its_sentence_takes_its_words_from_its_own_repeated_quote():
    text = CLOSING.replace("the commuter wrote in a letter", "he said")
    claims = _closing_claims()
    claims[1] = replace(claims[1], source="Tom Lee", cue_spans=[span_of(text, "said", 100)])
    drop_borrowed_content(claims, article_from_text(text))
    assert claims[0].content == "After a week of repairs, the ferry is now running on time again"
