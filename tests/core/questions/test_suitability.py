"""Too few sure questions make no quiz: a plain message instead (and a note on a draft)."""

from __future__ import annotations

from quizapp.core.questions.suitability import MIN_QUESTIONS, NOTHING_SURE, draft_note, too_few


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
