"""Statistics of a question set for its instructor: plain data in, plain data out.

Classical test theory, as quiz platforms such as Moodle report it:

- *facility* of an item: its mean score over the answers it received (partial credit
  allowed), so 0.9 means nine learners in ten got it right;
- *discrimination* of an item: the point-biserial (Pearson) correlation between the item's
  score and the rest-of-test score (the attempt's total minus that item), so an item that
  strong learners get right and weak learners get wrong scores near 1, and a negative value
  usually means the key is wrong.

Every figure travels with the number of answers behind it: below ``MEANINGFUL_FROM`` answers
it is marked as not yet meaningful. Nothing here imports Flask or SQLAlchemy: the results
pages, the CSV export and the tests call these functions alike. The database side can also
hand over sufficient statistics (sums computed in SQL, see :class:`PairSums`) so a set with
ten thousand attempts is summarised without loading every answer.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

MEANINGFUL_FROM = 10  # answers; below this a figure is "not yet meaningful"
VERY_HARD_BELOW = 0.2  # facility
VERY_EASY_ABOVE = 0.9  # facility
DISTRIBUTION_BINS = 10

FLAG_VERY_HARD = "very hard"
FLAG_VERY_EASY = "very easy"
FLAG_NEGATIVE = "negative: check the key"
NOT_YET_MEANINGFUL = "not yet meaningful"


@dataclass(frozen=True)
class Figure:
    """A value and the number of observations behind it (``value`` is None when n is 0)."""

    value: float | None
    n: int

    @property
    def meaningful(self) -> bool:
        return self.value is not None and self.n >= MEANINGFUL_FROM


def mean(values: Iterable[float | None]) -> Figure:
    """The mean of the values that are not None, with how many there were."""
    total = 0.0
    n = 0
    for value in values:
        if value is None or not math.isfinite(value):
            continue
        total += value
        n += 1
    return Figure(total / n if n else None, n)


# --- item statistics ------------------------------------------------------------------------


def facility(item_scores: Sequence[float]) -> float | None:
    """The mean item score (share right, with partial credit), or None with no answers."""
    return sum(item_scores) / len(item_scores) if item_scores else None


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None when there are fewer than two pairs or either side is constant."""
    if len(xs) != len(ys):
        raise ValueError("xs and ys differ in length")
    sums = PairSums()
    for x, y in zip(xs, ys, strict=True):
        sums.add(x, y)
    return sums.pearson()


def discrimination(item_scores: Sequence[float], totals: Sequence[float]) -> float | None:
    """Correlation of the item score with the rest of the test (total minus the item)."""
    rest = [total - item for item, total in zip(item_scores, totals, strict=True)]
    return pearson(item_scores, rest)


@dataclass
class PairSums:
    """Sufficient statistics of (x, y) pairs: enough for means, variances and Pearson's r.

    The results queries compute these sums in SQL, one row per item, so the figures of a
    large set cost one aggregate query rather than a row per answer.
    """

    n: int = 0
    sum_x: float = 0.0
    sum_xx: float = 0.0
    sum_y: float = 0.0
    sum_yy: float = 0.0
    sum_xy: float = 0.0

    def add(self, x: float, y: float) -> None:
        self.n += 1
        self.sum_x += x
        self.sum_xx += x * x
        self.sum_y += y
        self.sum_yy += y * y
        self.sum_xy += x * y

    def mean_x(self) -> float | None:
        return self.sum_x / self.n if self.n else None

    def pearson(self) -> float | None:
        n = self.n
        if n < 2:
            return None
        covariance = n * self.sum_xy - self.sum_x * self.sum_y
        var_x = n * self.sum_xx - self.sum_x**2
        var_y = n * self.sum_yy - self.sum_y**2
        # Sums of floats leave dust where the exact variance is 0 (everyone scored the same).
        scale_x = max(n * self.sum_xx, self.sum_x**2, 1.0)
        scale_y = max(n * self.sum_yy, self.sum_y**2, 1.0)
        if var_x <= 1e-9 * scale_x or var_y <= 1e-9 * scale_y:
            return None
        r = covariance / math.sqrt(var_x * var_y)
        return max(-1.0, min(1.0, r))


@dataclass(frozen=True)
class ItemStatistics:
    """One item's figures: facility and discrimination, each with the answers behind it."""

    item: Hashable
    n: int
    facility: float | None
    discrimination: float | None
    flags: tuple[str, ...] = ()

    @property
    def meaningful(self) -> bool:
        return self.n >= MEANINGFUL_FROM


def item_flags(facility_value: float | None, discrimination_value: float | None) -> tuple[str, ...]:
    """Why an instructor should look at an item again (empty when nothing stands out)."""
    flags = []
    if facility_value is not None and facility_value < VERY_HARD_BELOW:
        flags.append(FLAG_VERY_HARD)
    if facility_value is not None and facility_value > VERY_EASY_ABOVE:
        flags.append(FLAG_VERY_EASY)
    if discrimination_value is not None and discrimination_value < 0:
        flags.append(FLAG_NEGATIVE)
    return tuple(flags)


def item_from_sums(item: Hashable, sums: PairSums) -> ItemStatistics:
    """Figures of one item from the sums of (item score, rest-of-test score) pairs."""
    fac = sums.mean_x()
    disc = sums.pearson()
    return ItemStatistics(item, sums.n, fac, disc, item_flags(fac, disc))


def item_statistics(
    responses: Iterable[tuple[Hashable, Hashable, float]],
) -> dict[Hashable, ItemStatistics]:
    """Figures for every item from ``(attempt, item, score)`` triples, one per answer.

    An attempt's total is the sum of its answers' scores; each item is correlated with the
    attempt's total minus that item. Items come back in the order they were first seen.
    """
    by_attempt: dict[Hashable, list[tuple[Hashable, float]]] = defaultdict(list)
    for attempt, item, score in responses:
        by_attempt[attempt].append((item, float(score)))
    sums: dict[Hashable, PairSums] = {}
    for answers in by_attempt.values():
        total = sum(score for _, score in answers)
        for item, score in answers:
            sums.setdefault(item, PairSums()).add(score, total - score)
    return {item: item_from_sums(item, s) for item, s in sums.items()}


# --- scores ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bin:
    """Scores from ``lower`` (included) to ``upper`` (excluded, but 1.0 falls in the last)."""

    lower: float
    upper: float
    count: int

    @property
    def label(self) -> str:
        closing = "]" if self.upper >= 1.0 else ")"
        return f"[{self.lower:.0%}, {self.upper:.0%}{closing}"


def bin_index(score: float, bins: int = DISTRIBUTION_BINS) -> int:
    """The bin a 0..1 score falls in; a score of exactly 1.0 joins the last bin."""
    # The epsilon keeps 0.7 (stored as 0.6999...) in the 70% bin where it belongs.
    index = math.floor(score * bins + 1e-9)
    return min(max(index, 0), bins - 1)


def score_distribution(scores: Iterable[float | None], bins: int = DISTRIBUTION_BINS) -> list[Bin]:
    """How many scores fall in each of ``bins`` equal bins over 0..1 (None is skipped)."""
    counts = [0] * bins
    for score in scores:
        if score is None or not math.isfinite(score):
            continue
        counts[bin_index(score, bins)] += 1
    return [Bin(i / bins, (i + 1) / bins, count) for i, count in enumerate(counts)]


def skill_share(right_asked: Any) -> float | None:
    """``[right, asked]`` as a share, or None when the skill was not asked (or malformed)."""
    try:
        right, asked = right_asked
        right, asked = float(right), float(asked)
    except (TypeError, ValueError):
        return None
    if asked <= 0:
        return None
    return right / asked


@dataclass
class SetSummary:
    """Running figures over the counting attempts of a set, fed one attempt at a time."""

    bins: int = DISTRIBUTION_BINS
    attempts: int = 0
    _score_sum: float = 0.0
    _scored: int = 0
    _discernment_sum: float = 0.0
    _discerned: int = 0
    _counts: list[int] = field(default_factory=list)
    _skills: dict[str, list[float]] = field(default_factory=dict)  # skill: [sum, n]

    def __post_init__(self) -> None:
        self._counts = [0] * self.bins

    def add(
        self,
        score: float | None,
        skill_scores: Mapping[str, Any] | None,
        discernment: float | None,
    ) -> None:
        self.attempts += 1
        if score is not None and math.isfinite(score):
            self._score_sum += score
            self._scored += 1
            self._counts[bin_index(score, self.bins)] += 1
        if discernment is not None and math.isfinite(discernment):
            self._discernment_sum += discernment
            self._discerned += 1
        for skill, right_asked in (skill_scores or {}).items():
            share = skill_share(right_asked)
            if share is not None:
                acc = self._skills.setdefault(str(skill), [0.0, 0])
                acc[0] += share
                acc[1] += 1

    @property
    def mean_score(self) -> Figure:
        return Figure(self._score_sum / self._scored if self._scored else None, self._scored)

    @property
    def discernment(self) -> Figure:
        n = self._discerned
        return Figure(self._discernment_sum / n if n else None, n)

    @property
    def distribution(self) -> list[Bin]:
        return [Bin(i / self.bins, (i + 1) / self.bins, c) for i, c in enumerate(self._counts)]

    def skill_means(self, order: Sequence[str] = ()) -> dict[str, Figure]:
        """Mean share right per skill over the attempts that were asked it."""
        names = [s for s in order if s in self._skills]
        names += sorted(s for s in self._skills if s not in names)
        return {
            s: Figure(self._skills[s][0] / self._skills[s][1], int(self._skills[s][1]))
            for s in names
        }


def skill_means(
    skill_scores: Iterable[Mapping[str, Any]], order: Sequence[str] = ()
) -> dict[str, Figure]:
    """Mean share right per skill, from ``{skill: [right, asked]}`` per attempt."""
    summary = SetSummary()
    for scores in skill_scores:
        summary.add(None, scores, None)
    return summary.skill_means(order)
