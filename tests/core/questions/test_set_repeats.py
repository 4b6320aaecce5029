"""A short set filled up to a publishable length repeats as little as it can: never a
question that answers another outright, and a new answer before the same one again."""

from __future__ import annotations

from quizapp.core.questions.base import Question
from quizapp.core.questions.set_fill import fill_up
from quizapp.core.questions.set_mix import spoils
from tests.core.questions.test_set_mix import harbor_dispute

NAMES = ["Mia Stone", "Tom Lee", "Ann Park"]


def _asked(qtype: str, claims: list[int], stem: str, choices=(), answer=0, **data) -> Question:
    return Question(
        type=qtype, stem=stem, choices=list(choices), answer=answer, claims=claims, data=data
    )


def _sort_of(analysis, claims: list[int]) -> Question:
    statements = [analysis.claims[i].content for i in claims]
    return _asked("sort_statements", claims, "Label each statement.", statements=statements)


def test_a_sort_holding_a_statement_another_question_asks_spoils_it():
    analysis = harbor_dispute()
    status = _asked("claim_status", [0], "How does the article present the statement?")
    assert spoils(_sort_of(analysis, [0, 1, 2]), status, analysis)


def test_a_statement_seen_only_in_the_feedback_spoils_nothing():
    analysis = harbor_dispute()
    kind = _asked("source_type", [5], "What kind of source is Mia Stone?")
    kind.evidence = analysis.claims[5].evidence
    status = _asked("claim_status", [5], "How does the article present the statement?")
    assert not spoils(kind, status, analysis)


def test_a_short_set_never_takes_a_sort_of_the_statements_it_asks_one_by_one():
    analysis = harbor_dispute()
    chosen = [
        _asked("claim_status", [0], "Status of the rain?"),
        _asked("true_false", [1], "The article stands behind the ferry.", ["True", "False"]),
    ]
    sort = _sort_of(analysis, [0, 1, 2])
    filled = fill_up(chosen, [(0, sort)], set(), {}, analysis)
    assert sort not in filled


def test_a_short_set_takes_another_speaker_before_the_same_speaker_again():
    analysis = harbor_dispute()
    chosen = [
        _asked("who_said", [5], "Who said the wall was repaired?", NAMES, 0),
        _asked("claim_status", [0], "Status of the rain?"),
        _asked("true_false", [1], "The article stands behind the ferry.", ["True", "False"]),
        _asked("source_type", [8], "What kind of source is Ben Ray?"),
    ]
    again = _asked("who_said", [7], "Who said the damage costs a million?", NAMES, 0)
    other = _asked("who_said", [6], "Who denied the repair?", NAMES, 1)
    filled = fill_up(chosen, [(0, again), (0, other)], set(), {}, analysis)
    assert other in filled and again not in filled
