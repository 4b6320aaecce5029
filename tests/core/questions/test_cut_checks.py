"""The linter's rules on what a question restates of the article (cut_checks): each flags a
hand-written question cut the way the old generator cut it, and passes the whole clause."""

from __future__ import annotations

import pytest

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.base import Question
from quizapp.core.questions.cut_checks import cut_problems

TEXT = (
    "Harbor ferry fares -- the prices riders pay at the pier -- rose by a tenth in May.\n"
    "The council lost treasurer Tom Lee, who left in March, to a rival town.\n"
    "Tom Lee said the plan was not within the harbor rules.\n"
    "\u201cFares have always been set by the council alone. The end of that rule is welcome,\u201d"
    " said Ana Ruiz.\n"
)
ANALYSIS = Analysis(article=Article(text=TEXT), claims=[])


def status(clause: str) -> Question:
    return Question(
        type="claim_status",
        stem=f"How does the article present the statement that {clause}?",
        choices=["A", "B"],
        answer=0,
    )


def who_said(quote: str) -> Question:
    return Question(
        type="who_said", stem=f"Who said, \u201c{quote}\u201d?", choices=["Ana Ruiz", "Tom Lee"]
    )


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        (status("Harbor ferry fares -- the prices riders pay at the pier"), "dash aside"),
        (status("the council lost treasurer Tom Lee"), "rest of its main clause"),
        (status("within the harbor rules"), "after a 'not'"),
        (who_said("Fares have always been set by the council alone"), "commenting on it"),
        (
            status(
                "harbor ferry fares rose by a tenth in May, the most in the ten years since the"
                " service began and the most of any ferry on the coast this year"
            ),
            "stem: 38 words",
        ),
    ],
)
def test_the_linter_flags_a_cut_that_changes_the_sentence(question, problem):
    problems = cut_problems(question, ANALYSIS)
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    "question",
    [
        status("Harbor ferry fares -- the prices riders pay at the pier -- rose by a tenth in May"),
        status("the council lost treasurer Tom Lee, who left in March, to a rival town"),
        who_said(
            "Fares have always been set by the council alone. The end of that rule is welcome"
        ),
    ],
)
def test_the_linter_passes_the_whole_clause(question):
    assert cut_problems(question, ANALYSIS) == []
