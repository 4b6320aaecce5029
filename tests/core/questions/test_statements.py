"""statement(): which contents a stem may carry, quoted word for word or restated."""

from __future__ import annotations

from quizapp.core.claims import Article, Claim
from quizapp.core.questions.statements import statement
from tests.factories.claims import build_claim


def _said(text: str, content: str, evidence: str) -> Claim:
    return build_claim(
        text,
        source="Dana Hale",
        source_text="Hale",
        source_type="involved",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


QUOTED = (
    "Ad campaign\n\n"
    "\u201cWe saw the posters and we are on it before the weekend,\u201d Hale said.\n\n"
    "\u201cClients hide the point, and they bury it deep in the third paragraph,\u201d Hale"
    " said.\n"
)


def test_a_quotation_keeps_its_it_and_we_as_the_speakers_words():
    content = "We saw the posters and we are on it before the weekend"
    claim = _said(QUOTED, content, f"\u201c{content},\u201d Hale said.")
    said = statement(claim, Article(text=QUOTED))
    assert said is not None
    assert said.form == "quote"
    assert said.clause == content


def test_a_quotation_keeps_its_they_as_the_speakers_words():
    content = "Clients hide the point, and they bury it deep in the third paragraph"
    claim = _said(QUOTED, content, f"\u201c{content},\u201d Hale said.")
    said = statement(claim, Article(text=QUOTED))
    assert said is not None
    assert said.as_sentence == f"\u201c{content}.\u201d"


REPORTED = (
    "Ad campaign\n\n"
    "Hale said they saw the posters and are on it before the weekend.\n\n"
    "Hale said the agency saw the posters and will act on it before the weekend.\n"
)


def test_a_restated_clause_with_a_pronoun_it_does_not_resolve_is_still_refused():
    content = "they saw the posters and are on it before the weekend"
    claim = _said(REPORTED, content, f"Hale said {content}.")
    assert statement(claim, Article(text=REPORTED)) is None


def test_a_restated_clause_doing_it_is_still_refused():
    content = "the agency saw the posters and will act on it before the weekend"
    claim = _said(REPORTED, content, f"Hale said {content}.")
    assert statement(claim, Article(text=REPORTED)) is None
