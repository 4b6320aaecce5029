"""Quotes that run on past their cue belong to the claim of that cue, never to the outlet."""

from __future__ import annotations

from quizapp.core.article import article_from_text
from quizapp.core.outlet_voice import outlet_statements
from quizapp.core.quote_runs import extend_quote_runs
from tests.factories.claims import build_claim

HEAD = "Mayor Defends Her Budget Before the Council Vote\n\n"


def _mayor(text: str, content: str, evidence: str):
    return build_claim(
        text,
        source="Ana Ruiz",
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def _run(text: str, content: str, evidence: str):
    article = article_from_text(text)
    claim = _mayor(text, content, evidence)
    extend_quote_runs([claim], article)
    return claim, article


def test_a_quote_after_the_cue_in_the_same_paragraph_is_the_same_claim():
    text = HEAD + (
        '"We kept every promise," Ana Ruiz said. "The parks are open. The buses run on time."\n'
    )
    claim, _ = _run(text, "We kept every promise", '"We kept every promise," Ana Ruiz said.')
    assert claim.content == "We kept every promise … The parks are open. The buses run on time."
    assert claim.evidence.endswith('The buses run on time."')


def test_a_quote_left_open_goes_on_into_the_next_paragraph():
    text = HEAD + (
        '"We kept every promise," Ana Ruiz said. "The parks are open again.\n\n'
        '"The buses run on time every day."\n\n'
        "The council meets on Monday.\n"
    )
    claim, _ = _run(text, "We kept every promise", '"We kept every promise," Ana Ruiz said.')
    assert claim.content.endswith("The buses run on time every day.")
    assert "council" not in claim.content


def test_a_closed_quote_does_not_reach_into_the_next_paragraph():
    text = HEAD + (
        '"We kept every promise," Ana Ruiz said.\n\n'
        '"The parks are open again today," a critic said.\n'
    )
    claim, _ = _run(text, "We kept every promise", '"We kept every promise," Ana Ruiz said.')
    assert claim.content == "We kept every promise"


def test_a_quote_with_its_own_cue_after_it_is_not_taken():
    text = HEAD + (
        '"We kept every promise," Ana Ruiz said. "Did you keep the one on taxes?" Lee asked.\n'
    )
    claim, _ = _run(text, "We kept every promise", '"We kept every promise," Ana Ruiz said.')
    assert claim.content == "We kept every promise"


def test_a_phrase_in_scare_quotes_is_not_a_quote_run():
    text = HEAD + ('Ana Ruiz said the plan works. "Savings" were the theme of the night.\n')
    claim, _ = _run(text, "the plan works", "Ana Ruiz said the plan works.")
    assert claim.content == "the plan works"


def test_a_quoted_sentence_is_never_the_outlets_own_voice():
    text = HEAD + (
        "The council met on Monday night in the old hall.\n\n"
        '"So is it fair to say the plan failed?" Lee asked.\n'
    )
    statements = outlet_statements([], None, article_from_text(text))
    assert [s.content for s in statements] == ["The council met on Monday night in the old hall."]


def test_run_on_sentences_are_no_longer_outlet_statements():
    text = HEAD + (
        '"We kept every promise," Ana Ruiz said. "The parks are open. The buses run on time."\n'
    )
    claim, article = _run(text, "We kept every promise", '"We kept every promise," Ana Ruiz said.')
    assert outlet_statements([claim], None, article) == []
