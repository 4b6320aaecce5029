"""Item and score statistics, checked against a calculation done by hand.

The hand-worked example: five attempts (A..E) at four items, item 3 with partial credit,
item 4 right for everyone.

    attempt  i1  i2  i3   i4  total
    A         1   1  1     1   4
    B         1   1  0.5   1   3.5
    C         1   0  0     1   2
    D         0   1  0     1   2
    E         0   0  0.5   1   1.5

Facility = mean item score: i1 3/5 = 0.6, i2 3/5 = 0.6, i3 2/5 = 0.4, i4 5/5 = 1.0.

Discrimination = Pearson r of the item with the rest of the test (total minus the item).

i1: x = 1 1 1 0 0, rest = 3 2.5 1 2 1.5; means 0.6 and 2.0.
    dx = .4 .4 .4 -.6 -.6, dr = 1 .5 -1 0 -.5
    Σdx·dr = .4 + .2 - .4 + 0 + .3 = 0.5;  Σdx² = 3(.16) + 2(.36) = 1.2;
    Σdr² = 1 + .25 + 1 + 0 + .25 = 2.5;   r = 0.5 / √(1.2 × 2.5) = 0.5 / √3 = 0.288675
i2: x = 1 1 0 1 0, rest = 3 2.5 2 1 1.5; means 0.6 and 2.0.
    dx = .4 .4 -.6 .4 -.6, dr = 1 .5 0 -1 -.5
    Σdx·dr = .4 + .2 + 0 - .4 + .3 = 0.5; Σdx² = 1.2; Σdr² = 2.5; r = 0.5 / √3 = 0.288675
i3: x = 1 .5 0 0 .5, rest = 3 3 2 2 1; means 0.4 and 2.2.
    dx = .6 .1 -.4 -.4 .1, dr = .8 .8 -.2 -.2 -1.2
    Σdx·dr = .48 + .08 + .08 + .08 - .12 = 0.6; Σdx² = .36 + .01 + .16 + .16 + .01 = 0.7;
    Σdr² = .64 + .64 + .04 + .04 + 1.44 = 2.8; r = 0.6 / √1.96 = 0.6 / 1.4 = 3/7 = 0.428571
i4: x is constant, so r is undefined (None) and facility 1.0 > 0.9 flags it "very easy".
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.core import statistics as s

MATRIX = {
    "A": (1, 1, 1, 1),
    "B": (1, 1, 0.5, 1),
    "C": (1, 0, 0, 1),
    "D": (0, 1, 0, 1),
    "E": (0, 0, 0.5, 1),
}


def _responses():
    return [
        (attempt, f"i{i + 1}", score)
        for attempt, scores in MATRIX.items()
        for i, score in enumerate(scores)
    ]


def test_facility_matches_the_hand_calculation() -> None:
    items = s.item_statistics(_responses())
    assert [items[f"i{i}"].facility for i in (1, 2, 3, 4)] == pytest.approx([0.6, 0.6, 0.4, 1.0])


def test_discrimination_matches_the_hand_calculation() -> None:
    items = s.item_statistics(_responses())
    assert items["i1"].discrimination == pytest.approx(0.5 / math.sqrt(3))
    assert items["i2"].discrimination == pytest.approx(0.288675, abs=1e-6)
    assert items["i3"].discrimination == pytest.approx(3 / 7)


def test_an_item_everyone_got_right_has_no_discrimination_and_is_flagged_very_easy() -> None:
    item = s.item_statistics(_responses())["i4"]
    assert item.discrimination is None
    assert item.flags == (s.FLAG_VERY_EASY,)


def test_every_item_carries_its_number_of_answers_and_five_is_not_yet_meaningful() -> None:
    items = s.item_statistics(_responses())
    assert {i.n for i in items.values()} == {5}
    assert not any(i.meaningful for i in items.values())


def test_discrimination_by_hand_for_an_item_the_weak_learners_get_right() -> None:
    # x = 0 0 1 1, totals = 3 3 1 1 -> rest = 3 3 0 0: perfectly reversed, r = -1.
    assert s.discrimination([0, 0, 1, 1], [3, 3, 1, 1]) == pytest.approx(-1.0)


def test_a_negative_discrimination_is_flagged_check_the_key() -> None:
    assert s.item_flags(0.5, -0.1) == (s.FLAG_NEGATIVE,)


@pytest.mark.parametrize(
    ("facility", "flags"),
    [(0.19, (s.FLAG_VERY_HARD,)), (0.2, ()), (0.9, ()), (0.91, (s.FLAG_VERY_EASY,))],
)
def test_facility_flags_start_below_point_two_and_above_point_nine(facility, flags) -> None:
    assert s.item_flags(facility, 0.3) == flags


def test_sums_give_the_same_figures_as_the_pairs() -> None:
    # The SQL side hands over sums; i1's by hand: n 5, Σx 3, Σx² 3, Σr 10, Σr² 22.5, Σxr 6.5.
    item = s.item_from_sums("i1", s.PairSums(5, 3.0, 3.0, 10.0, 22.5, 6.5))
    assert item.facility == pytest.approx(0.6)
    assert item.discrimination == pytest.approx(0.5 / math.sqrt(3))


@given(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 20)), min_size=2, max_size=30))
def test_pearson_from_sums_agrees_with_the_two_pass_formula(pairs) -> None:
    xs, ys = [p[0] for p in pairs], [p[1] for p in pairs]
    r = s.pearson(xs, ys)
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((x - mx) * (y - my) for x, y in pairs)
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx < 1e-6 or syy < 1e-6:
        return  # (near-)constant: the exact value is undefined or numerically fragile
    assert r == pytest.approx(sxy / math.sqrt(sxx * syy), abs=1e-6)


def test_pearson_is_none_with_fewer_than_two_pairs() -> None:
    assert s.pearson([1.0], [2.0]) is None


def test_ten_answers_make_a_figure_meaningful() -> None:
    assert not s.Figure(0.5, 9).meaningful
    assert s.Figure(0.5, 10).meaningful


def test_distribution_puts_each_score_in_its_tenth_and_a_full_score_in_the_last() -> None:
    bins = s.score_distribution([0.0, 0.05, 0.1, 0.7, 0.7, 0.99, 1.0, None])
    assert [b.count for b in bins] == [2, 1, 0, 0, 0, 0, 0, 2, 0, 2]
    assert bins[-1].label == "[90%, 100%]"
    assert bins[0].label == "[0%, 10%)"


def test_a_score_computed_as_seven_tenths_lands_in_the_seventy_percent_bin() -> None:
    assert s.bin_index(7 / 10) == 7
    assert s.bin_index(0.1 * 7) == 7  # 0.7000000000000001
    assert s.bin_index(1 - 0.3) == 7  # 0.7 minus floating dust


def test_per_skill_means_average_each_attempts_share_over_the_attempts_asked_it() -> None:
    means = s.skill_means(
        [
            {"attribution": [1, 2], "sourcing": [0, 0]},
            {"attribution": [2, 2], "verification": [1, 3]},
        ],
        order=("attribution", "verification", "sourcing"),
    )
    assert list(means) == ["attribution", "verification"]
    assert means["attribution"] == s.Figure(0.75, 2)
    assert means["verification"].value == pytest.approx(1 / 3)


def test_set_summary_discernment_leaves_out_attempts_where_it_was_not_measurable() -> None:
    summary = s.SetSummary()
    summary.add(0.5, {}, -0.5)
    summary.add(1.0, {}, None)
    summary.add(0.75, {}, 0.25)
    assert summary.discernment == s.Figure(-0.125, 2)
    assert summary.mean_score == s.Figure(0.75, 3)
    assert summary.attempts == 3


def test_mean_skips_missing_values_and_counts_the_rest() -> None:
    assert s.mean([1.0, None, 0.0, float("nan")]) == s.Figure(0.5, 2)
    assert s.mean([]) == s.Figure(None, 0)
