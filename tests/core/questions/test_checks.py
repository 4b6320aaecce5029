"""checks.language_problems: a compound split where a line broke ("short- term") in a stem
or a choice, a quotation's included; a hyphen left hanging before "and" passes."""

from __future__ import annotations

from quizapp.core.questions.base import Question
from quizapp.core.questions.checks import language_problems


def _who_said(stem: str, choices: list[str] | None = None) -> Question:
    return Question(type="who_said", stem=stem, choices=choices or ["Ana Ruiz", "Tom Lee"])


def _split(q: Question) -> list[str]:
    return [p for p in language_problems(q) if "split" in p]


def test_the_linter_flags_a_split_compound_in_a_stem():
    assert _split(_who_said("Who said that the fare rise is a short- term fix?"))


def test_the_linter_flags_a_split_compound_in_a_quotation_offered_as_a_choice():
    q = Question(
        type="what_said",
        stem="What did Ana Ruiz say about the fares?",
        choices=[
            "\u201cThe fare rise is a self- fulfilling plan.\u201d",
            "\u201cFares fell in May.\u201d",
        ],
    )
    assert _split(q)


def test_the_linter_passes_a_hyphen_left_hanging_before_and():
    assert not _split(_who_said("Who said that short- and long-term fares will rise?"))
