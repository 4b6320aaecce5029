"""Too few sure questions make no quiz: a plain message instead (and a note on a draft)."""

from __future__ import annotations

from quizapp.core.questions.base import Question
from quizapp.core.questions.suitability import (
    MIN_QUESTIONS,
    NOTHING_SURE,
    discernment_note,
    draft_note,
    statement_kinds,
    statements_offered,
    too_few,
)
from quizapp.core.scoring import MIN_STATEMENTS


def test_no_question_gets_the_nothing_sure_message():
    assert too_few([]) == NOTHING_SURE


def test_fewer_than_the_minimum_say_how_many_were_found():
    message = too_few(["q"] * (MIN_QUESTIONS - 1))
    assert f"only {MIN_QUESTIONS - 1} questions" in message
    assert "No quiz was made" in message


def test_one_question_is_said_in_words():
    assert "only one question" in too_few(["q"])


def test_the_minimum_makes_a_quiz():
    assert too_few(["q"] * MIN_QUESTIONS) == ""
    assert draft_note(MIN_QUESTIONS) == ""


def test_a_short_draft_is_kept_but_noted():
    note = draft_note(1)
    assert "one question" in note and "add questions by hand" in note
    assert "No quiz was made" not in note  # the draft exists: nothing is lost


def _status_question(key: str) -> Question:
    statuses = ["attributed", "corroborated", "disputed", "unattributed"]
    return Question(
        type="claim_status",
        stem="How does the article present the statement that the bridge is unsafe?",
        choices=[f"choice {s}" for s in statuses],
        answer=statuses.index(key),
        data={"statuses": statuses},
    )


def _true_false(verified: bool) -> Question:
    return Question(
        type="true_false",
        stem="The article confirms that the bridge is unsafe.",
        choices=["True", "False"],
        answer=0 if verified else 1,
        data={"asks": "verified"},
    )


def test_statement_kinds_count_each_key_the_article_stands_behind_or_only_reports():
    questions = [
        _status_question("unattributed"),
        _status_question("corroborated"),
        _status_question("disputed"),
        _true_false(False),
        Question(type="who_said", stem="Who said it?", choices=["A", "B"], answer=0),
    ]
    assert statement_kinds(questions) == (2, 2)


def test_a_set_with_two_of_each_kind_says_discernment_is_measured_on_them():
    note = discernment_note(
        [_status_question("unattributed"), _true_false(True)] * 1
        + [_status_question("attributed"), _status_question("disputed")]
    )
    assert note == (
        "Each learner's discernment is measured on 2 statements the article stands behind"
        " and 2 statements it only reports."
    )


def test_a_set_short_of_one_kind_says_not_enough_items_and_how_many():
    note = discernment_note([_status_question("attributed"), _status_question("unattributed")])
    assert note.startswith("Not enough items to measure discernment")
    assert "1 statement the article stands behind and 1 statement it only reports" in note
    assert f"needs {MIN_STATEMENTS} of each" in note


def test_a_set_short_of_what_the_article_lacks_says_so():
    asked = [_status_question("attributed"), _status_question("unattributed"), _true_false(True)]
    note = discernment_note(asked, offered=(4, 1))
    assert "sure of the status of only 1 statement the article only reports" in note
    assert "The article itself has" not in note  # the article may well have more
    assert "no generated question can add one" in note
    assert "add a sort or true/false question" not in note


def test_a_set_short_of_what_the_article_has_asks_for_a_question():
    note = discernment_note(
        [_status_question("attributed"), _status_question("unattributed")], offered=(3, 2)
    )
    assert "add a sort or true/false question to measure it" in note
    assert "sure of the status" not in note


def test_the_statements_offered_are_those_a_status_question_can_key():
    from tests.core.questions.test_set_status import harbor_works

    # Two outlet sentences, and two of four quotations with a point to check.
    assert statements_offered(harbor_works()) == (2, 2)
