"""Scoring on hand-worked cases: total, per skill, discernment, d' and bias."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.core import scoring
from quizapp.core.questions.base import Judgement
from quizapp.core.scoring import (
    GradedItem,
    SignalCounts,
    bias,
    describe_bias,
    describe_discernment,
    describe_sensitivity,
    discernment,
    format_number,
    per_skill,
    score,
    sensitivity,
    signal_counts,
)

V, U = True, False  # the article stands behind it / only reports it


def judged(*pairs: tuple[bool, bool]) -> list[Judgement]:
    return [Judgement(truly, said) for truly, said in pairs]


def test_believing_every_statement_gives_discernment_zero() -> None:
    counts = signal_counts(judged((V, True), (V, True), (U, True), (U, True)))
    assert discernment(counts) == 0


def test_doubting_every_statement_gives_discernment_zero() -> None:
    counts = signal_counts(judged((V, False), (V, False), (U, False), (U, False)))
    assert discernment(counts) == 0


def test_believer_and_doubter_differ_in_bias_not_discernment() -> None:
    # Log-linear: H = F = 2.5/3 for the believer, 0.5/3 for the doubter; z(2.5/3) = 0.9674.
    believer = signal_counts(judged((V, True), (V, True), (U, True), (U, True)))
    doubter = signal_counts(judged((V, False), (V, False), (U, False), (U, False)))
    assert bias(believer) == pytest.approx(-0.9674, abs=1e-4)
    assert bias(doubter) == pytest.approx(0.9674, abs=1e-4)


def test_perfect_discernment_is_one_with_no_bias() -> None:
    counts = signal_counts(judged((V, True), (V, True), (U, False), (U, False)))
    assert discernment(counts) == 1
    assert bias(counts) == pytest.approx(0.0, abs=1e-12)


def test_wrong_way_round_is_minus_one() -> None:
    counts = signal_counts(judged((V, False), (V, False), (U, True), (U, True)))
    assert discernment(counts) == -1


def test_a_mixed_case_worked_by_hand() -> None:
    # 3 verified, 2 called verified; 4 unverified, 1 called verified.
    counts = signal_counts(
        judged((V, True), (V, True), (V, False), (U, True), (U, False), (U, False), (U, False))
    )
    assert counts == SignalCounts(verified=3, hits=2, unverified=4, false_alarms=1)
    assert discernment(counts) == pytest.approx(2 / 3 - 1 / 4)  # 0.4167
    # H = 2.5/4 = 0.625 -> z 0.3186; F = 1.5/5 = 0.3 -> z -0.5244; c = 0.1029
    assert bias(counts) == pytest.approx(0.1029, abs=1e-4)
    # d' = 0.3186 - (-0.5244) = 0.8430
    assert sensitivity(counts) == pytest.approx(0.8430, abs=1e-4)


def test_the_worked_example_of_the_module() -> None:
    # 4 the article stands behind, 3 said so; 6 it only reports, 2 said so.
    counts = SignalCounts(verified=4, hits=3, unverified=6, false_alarms=2)
    assert discernment(counts) == pytest.approx(3 / 4 - 2 / 6)
    # H = 3.5/5 = 0.7 -> z 0.5244; F = 2.5/7 = 0.3571 -> z -0.3661
    assert sensitivity(counts) == pytest.approx(0.8905, abs=1e-4)
    assert bias(counts) == pytest.approx(-0.0791, abs=1e-4)


def test_believer_and_doubter_have_no_sensitivity() -> None:
    believer = signal_counts(judged((V, True), (V, True), (U, True), (U, True)))
    doubter = signal_counts(judged((V, False), (V, False), (U, False), (U, False)))
    assert sensitivity(believer) == pytest.approx(0.0, abs=1e-12)
    assert sensitivity(doubter) == pytest.approx(0.0, abs=1e-12)


def test_perfect_answers_give_a_finite_sensitivity() -> None:
    # All right with 2 of each: H = 2.5/3, F = 0.5/3: d' = 2 * 0.9674, not infinite.
    counts = signal_counts(judged((V, True), (V, True), (U, False), (U, False)))
    assert sensitivity(counts) == pytest.approx(1.9348, abs=1e-4)


def test_nothing_the_article_stands_behind_is_not_measurable_never_zero() -> None:
    counts = signal_counts(judged((U, False), (U, False), (U, True), (U, False)))
    assert discernment(counts) is None
    assert bias(counts) is None
    result = score([GradedItem(["verification"], 1.0, True, judged((U, False), (U, False)))])
    assert result.discernment is None
    assert "stands behind" in result.not_measurable


def test_no_unverified_statement_is_not_measurable() -> None:
    counts = signal_counts(judged((V, True), (V, True), (V, False)))
    assert discernment(counts) is None


def test_one_statement_of_a_kind_is_not_enough() -> None:
    counts = signal_counts(judged((V, True), (U, False), (U, False), (U, False)))
    assert discernment(counts) is None
    reason = score([GradedItem([], 1, True, judged((V, True), (U, False), (U, False)))])
    assert "1 statement the article stands behind" in reason.not_measurable


def test_no_judgement_at_all_is_not_measurable() -> None:
    result = score([GradedItem(["attribution"], 1.0, True)])
    assert result.discernment is None and result.bias is None
    assert "no question" in result.not_measurable


def test_per_skill_counts_a_question_for_each_of_its_skills() -> None:
    items = [
        GradedItem(["attribution"], 1.0, True),
        GradedItem(["attribution", "verification"], 0.6),  # a sort question, 3 of 5 right
        GradedItem(["sourcing"], 0.0),
    ]
    assert per_skill(items) == {
        "attribution": (1.6, 2),
        "verification": (0.6, 1),
        "sourcing": (0.0, 1),
    }


def test_total_counts_unanswered_questions_as_asked() -> None:
    result = score([GradedItem(["attribution"], 1.0, True), GradedItem(["sourcing"], 0.0)])
    assert result.points == 1 and result.asked == 2 and result.total == 0.5


def test_an_empty_attempt_scores_zero() -> None:
    result = score([])
    assert result.total == 0 and result.asked == 0
    assert result.skills == {"attribution": (0, 0), "verification": (0, 0), "sourcing": (0, 0)}


def test_score_collects_judgements_across_questions() -> None:
    items = [
        GradedItem(["verification"], 1, True, judged((V, True))),
        GradedItem(["verification"], 0, False, judged((U, True))),
        GradedItem(["attribution", "verification"], 0.5, False, judged((V, False), (U, False))),
    ]
    result = score(items)
    assert result.counts == SignalCounts(2, 1, 2, 1)
    assert result.discernment == 0
    assert result.not_measurable == ""


def test_descriptions_are_one_sentence() -> None:
    counts = signal_counts(judged((V, True), (V, True), (U, False), (U, True)))
    text = describe_discernment(discernment(counts), counts)
    assert "100%" in text and "50%" in text and text.count(". ") == 0
    assert "sceptical" in describe_bias(0.9)
    assert "credulous" in describe_bias(-0.9)
    assert "neither" in describe_bias(0.0)
    assert describe_sensitivity(0.9).count(". ") == 0 and "guessing" in describe_sensitivity(0.9)
    missing = signal_counts(judged((U, False)))
    assert describe_discernment(None, missing).startswith("Not measurable")


def test_format_number() -> None:
    assert [format_number(x) for x in (2, 2.5, 2.333, 0)] == ["2", "2.5", "2.3", "0"]


judgements = st.lists(st.tuples(st.booleans(), st.booleans()), max_size=30)


@given(judgements)
def test_discernment_stays_between_minus_one_and_one(pairs: list[tuple[bool, bool]]) -> None:
    value = discernment(signal_counts(judged(*pairs)))
    assert value is None or -1 <= value <= 1


@given(judgements, st.booleans())
def test_a_blanket_answer_always_gives_zero_or_not_measurable(
    pairs: list[tuple[bool, bool]], said: bool
) -> None:
    value = discernment(signal_counts(judged(*[(truly, said) for truly, _ in pairs])))
    assert value is None or value == 0


@given(judgements)
def test_bias_is_finite_when_measurable_and_falls_when_more_is_called_verified(
    pairs: list[tuple[bool, bool]],
) -> None:
    counts = signal_counts(judged(*pairs))
    c = bias(counts)
    if c is None:
        return
    assert math.isfinite(c)
    # Calling one more unverified statement verified can only lower the criterion.
    if counts.false_alarms < counts.unverified:
        more = SignalCounts(
            counts.verified, counts.hits, counts.unverified, counts.false_alarms + 1
        )
        assert bias(more) < c


def test_verdict_names_partial_credit_by_parts() -> None:
    assert scoring.verdict(True, False, 0.6, parts=5) == "Partly right: 3 of 5"
    assert scoring.verdict(True, False, 0.5) == "Partly right: 0.5 of 1 mark"


def test_verdict_right_wrong_and_unanswered() -> None:
    assert scoring.verdict(True, True, 1.0) == "Right"
    assert scoring.verdict(True, False, 0.0, parts=5) == "Wrong"
    assert scoring.verdict(False, False, None) == "Not answered"
