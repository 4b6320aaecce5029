"""A content that is its cue's object ("accused the harbor board of hiding costs") is asked
in the cue's own frame by who_said ("Who accused the harbor board of hiding costs?"),
where the frame holds it whole; elsewhere it is still refused."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.checks import language_problems
from quizapp.core.questions.cue_objects import framed_object
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.statements import statement
from tests.factories.claims import build_claim

OTHERS = (
    "Tom Lee said that the ferry would run on Sundays from June.\n"
    "Mia Chen said that the harbor wall was repaired in 2019.\n"
)


def _by(text: str, source: str, cue: str, content: str) -> Claim:
    line = next(s for s in text.splitlines() if content in s)
    return build_claim(
        text,
        source=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
    )


def _analysis(line: str, cue: str, content: str) -> Analysis:
    """An article of three speakers: Ana Ruiz in ``line``, two others who only said."""
    text = f"Harbor Board Row\n\n{line}\n{OTHERS}"
    claims = [
        _by(text, "Ana Ruiz", cue, content),
        _by(text, "Tom Lee", "said", "the ferry would run on Sundays from June"),
        _by(text, "Mia Chen", "said", "the harbor wall was repaired in 2019"),
    ]
    return Analysis(article=Article(text=text), claims=claims)


def _stem(line: str, cue: str, content: str) -> str | None:
    """The who_said stem on Ana Ruiz's claim, or None when none is asked."""
    analysis = _analysis(line, cue, content)
    questions = get_type("who_said").generate(analysis, random.Random(0))
    return next((q.stem for q in questions if q.claims == [0]), None)


def _framed(line: str, cue: str, content: str) -> str | None:
    analysis = _analysis(line, cue, content)
    return framed_object(analysis.claims[0], analysis.article, 28)


def test_who_accused_someone_of_doing_something_is_asked_in_the_cues_frame():
    line = "Ana Ruiz accused the harbor board of hiding costs in the town's audits."
    content = "the harbor board of hiding costs in the town's audits"
    assert _stem(line, "accused", content) == (
        "Who accused the harbor board of hiding costs in the town's audits?"
    )


def test_the_framed_stem_passes_the_linter():
    line = "Ana Ruiz accused the harbor board of hiding costs in the town's audits."
    analysis = _analysis(line, "accused", "the harbor board of hiding costs in the town's audits")
    question = get_type("who_said").generate(analysis, random.Random(0))[0]
    assert language_problems(question) == []


def test_who_urged_someone_to_do_something_is_asked_in_the_cues_frame():
    line = "Ana Ruiz urged the harbor board to publish the audit before the vote in May."
    content = "the harbor board to publish the audit before the vote in May"
    assert _stem(line, "urged", content) == (
        "Who urged the harbor board to publish the audit before the vote in May?"
    )


def test_who_called_for_something_is_asked_in_the_cues_frame():
    line = "Ana Ruiz called for an independent inquiry into the harbor fire."
    content = "an independent inquiry into the harbor fire"
    assert _stem(line, "called for", content) == (
        "Who called for an independent inquiry into the harbor fire?"
    )


def test_who_blamed_someone_for_something_is_asked_in_the_cues_frame():
    line = "Ana Ruiz blamed the ferry operator for the delays on the north quay."
    content = "the ferry operator for the delays on the north quay"
    assert _framed(line, "blamed", content) == (
        "blamed the ferry operator for the delays on the north quay"
    )


def test_a_cue_in_the_present_progressive_keeps_its_tense():
    line = "Ana Ruiz is urging the harbor board to publish the audit before May."
    content = "the harbor board to publish the audit before May"
    assert _framed(line, "is urging", content) == (
        "is urging the harbor board to publish the audit before May"
    )


def test_a_proposal_in_the_subjunctive_keeps_its_that_after_its_own_verb():
    line = "Ana Ruiz suggested that Harborview buy back 40 buses from the county this year."
    content = "that Harborview buy back 40 buses from the county this year"
    assert _stem(line, "suggested", content) == (
        "Who suggested that Harborview buy back 40 buses from the county this year?"
    )


def test_a_second_verb_of_the_same_speaker_ends_the_object():
    line = "Ana Ruiz accused the harbor board of hiding costs and warned that fares would rise."
    content = "the harbor board of hiding costs and warned that fares would rise"
    assert _framed(line, "accused", content) == "accused the harbor board of hiding costs"


def test_an_accusation_without_what_of_is_not_framed():
    line = "Ana Ruiz accused the harbor board in a letter to the town council."
    assert _framed(line, "accused", "the harbor board in a letter to the town council") is None


def test_an_object_pointing_back_into_the_article_is_not_framed():
    line = "Ana Ruiz urged the town council to reject these plans before the vote."
    assert _framed(line, "urged", "the town council to reject these plans before the vote") is None


def test_a_cue_the_source_did_not_take_is_not_framed():
    line = "Ana Ruiz did not call for an inquiry into the harbor fire last week."
    assert _framed(line, "did not call for", "an inquiry into the harbor fire last week") is None


def test_a_clause_reported_without_its_that_is_left_to_statement():
    line = "Ana Ruiz reported ferry fares rose by a third in the year to June."
    assert _framed(line, "reported", "ferry fares rose by a third in the year to June") is None


def test_an_object_reported_after_its_cue_is_framed():
    line = "Ana Ruiz reported a loss of $4.2 million in the quarter ended June 30."
    content = "a loss of $4.2 million in the quarter ended June 30"
    assert _framed(line, "reported", content) == (
        "reported a loss of $4.2 million in the quarter ended June 30"
    )


def test_examples_closing_the_object_are_left_out():
    line = "Ana Ruiz urged buyers to doubt claims made by sellers, such as cures for colds."
    content = "buyers to doubt claims made by sellers, such as cures for colds"
    assert _framed(line, "urged", content) == "urged buyers to doubt claims made by sellers"


def test_an_object_after_a_cue_of_calling_on_is_no_statement_elsewhere():
    line = "Ana Ruiz called on the harbor board to publish the audit before May."
    analysis = _analysis(line, "called on", "the harbor board to publish the audit before May")
    assert statement(analysis.claims[0], analysis.article) is None


def test_a_group_is_not_asked_in_the_cues_frame():
    # "Harborview's auditors" may include a named auditor offered as a wrong choice.
    text = (
        "Harbor Board Row\n\n"
        "Harborview's auditors accused the ferry operator of hiding costs in May.\n" + OTHERS
    )
    claims = [
        build_claim(
            text,
            source="Harborview's auditors",
            source_type="official",
            cue="accused",
            cue_strength="report",
            content="the ferry operator of hiding costs in May",
            status="attributed",
            evidence=text.splitlines()[2],
        ),
        _by(text, "Tom Lee", "said", "the ferry would run on Sundays from June"),
        _by(text, "Mia Chen", "said", "the harbor wall was repaired in 2019"),
    ]
    analysis = Analysis(article=Article(text=text), claims=claims)
    questions = get_type("who_said").generate(analysis, random.Random(0))
    assert not any(q.claims == [0] for q in questions)


def test_who_claimed_responsibility_is_asked_in_the_cues_frame():
    line = "Ana Ruiz claimed responsibility for closing the harbor gates in the storm."
    content = "responsibility for closing the harbor gates in the storm"
    assert _stem(line, "claimed", content) == (
        "Who claimed responsibility for closing the harbor gates in the storm?"
    )


def test_who_denied_any_wrongdoing_is_asked_in_the_cues_frame():
    line = "Ana Ruiz denied any wrongdoing in the award of the ferry contract."
    content = "any wrongdoing in the award of the ferry contract"
    assert _stem(line, "denied", content) == (
        "Who denied any wrongdoing in the award of the ferry contract?"
    )


def test_the_writers_clause_after_but_is_no_part_of_the_object():
    line = "Ana Ruiz claimed responsibility for the ferry fire but Harbor police said otherwise."
    content = "responsibility for the ferry fire but Harbor police said otherwise"
    assert _framed(line, "claimed", content) == "claimed responsibility for the ferry fire"


def test_an_accusation_whose_accused_was_not_found_is_not_framed():
    line = "Ana Ruiz accused of preying on the fears of ferry workers in the town."
    assert _framed(line, "accused", "of preying on the fears of ferry workers in the town") is None
