"""A content cut out of its sentence that is no clause of its own: the cue's object
("accused the council of hiding ..."), a proposal in the subjunctive ("suggested that the
city buy ..."), a pronoun subject standing for the speaker. statement() refuses it and the
linter (checks.language_problems) flags a stem restating it."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Article, Claim
from quizapp.core.questions.base import Question
from quizapp.core.questions.checks import language_problems
from quizapp.core.questions.english import has_dangling_reference
from quizapp.core.questions.statements import statement
from quizapp.core.questions.written_names import written_name
from tests.factories.claims import build_claim


def said(text: str, content: str, cue: str) -> Claim:
    return build_claim(
        text,
        source="Ana Ruiz",
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=text,
    )


def restated(text: str, content: str, cue: str) -> str | None:
    found = statement(said(text, content, cue), Article(text=text))
    return found.clause if found else None


def test_an_object_accused_of_doing_something_is_no_statement():
    text = "Ana Ruiz accused the harbor board of hiding costs in the town's audits."
    assert (
        restated(text, "the harbor board of hiding costs in the town's audits", "accused") is None
    )


def test_an_object_reported_after_its_cue_is_no_statement():
    text = "Ana Ruiz reported a loss of $4.2 million in the quarter ended June 30."
    content = "a loss of $4.2 million in the quarter ended June 30"
    assert restated(text, content, "reported") is None


def test_a_clause_said_without_its_that_is_still_a_statement():
    text = "Ana Ruiz said a new ferry terminal will open at Harbor Point in 2027."
    content = "a new ferry terminal will open at Harbor Point in 2027"
    assert restated(text, content, "said") == content


def test_a_proposal_in_the_subjunctive_is_no_statement():
    text = "Ana Ruiz suggested that Harborview buy back 40 buses from the county this year."
    content = "that Harborview buy back 40 buses from the county this year"
    assert restated(text, content, "suggested") is None


def test_a_finding_an_audit_suggested_is_still_a_statement():
    text = "Ana Ruiz suggested that Harborview lost $2 million on the sale of its buses."
    content = "that Harborview lost $2 million on the sale of its buses"
    assert (
        restated(text, content, "suggested")
        == "Harborview lost $2 million on the sale of its buses"
    )


def test_what_a_source_urged_someone_to_do_is_no_statement():
    text = "Ana Ruiz urged the harbor board to publish the audit before the vote in May."
    content = "the harbor board to publish the audit before the vote in May"
    assert restated(text, content, "urged") is None


def test_it_committed_to_a_plan_points_back_to_the_speaker():
    assert has_dangling_reference("it is committed to the harbor plan agreed in 2019")
    assert not has_dangling_reference("it is hard to say when the harbor plan is agreed")
    assert not has_dangling_reference('it\'s vital for the board to "publish the audit" now')


def test_a_name_met_only_after_a_sentences_the_takes_the_its_last_word_takes():
    text = "The Northern Rebels claimed the attack. A day earlier the Rebels released two hostages."
    assert written_name("Northern Rebels", text) == "the Northern Rebels"


def test_a_name_whose_last_word_never_follows_a_small_the_keeps_no_the():
    text = "The Northern Rebels claimed the attack. A day earlier Rebels released two hostages."
    assert written_name("Northern Rebels", text) == "Northern Rebels"


def question(stem: str) -> Question:
    return Question(type="who_said", stem=stem, choices=["Ana Ruiz", "Tom Lee"], answer=0)


@pytest.mark.parametrize(
    "stem",
    [
        "Who said that the harbor board of hiding the audit from the voters?",
        "How does the article present the statement that the board of being blind to the cost?",
        "Who said that it is committed to the harbor plan agreed in 2019?",
        "Who said that he will run for the harbor board again?",
    ],
)
def test_the_linter_flags_a_restated_clause_that_is_no_clause(stem):
    assert any("restated" in p for p in language_problems(question(stem)))


@pytest.mark.parametrize(
    "stem",
    [
        "Who said that it is hard to say when the harbor plan is agreed?",
        "Who said that each of the charges of hiding the audit carries a fine?",
        "Who said that the harbor board voted for the plan?",
    ],
)
def test_the_linter_passes_a_restated_clause_with_its_own_subject(stem):
    assert not any("restated" in p for p in language_problems(question(stem)))
