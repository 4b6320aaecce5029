"""Scores of one attempt: total, per skill, discernment and bias (DOMAIN section 5).

Plain functions over plain data, no Flask and no database: the web app, the CLI and the
tests call them alike.

Discernment, sensitivity and bias come from the statements a learner judged: whether the
article itself stands behind them (its own voice, or a point an independent source or record
corroborates) or only reports them (attributed or disputed): ``Judgement(truly_verified,
said_verified)``, the field names kept from the stored answers (DOMAIN section 5).

- discernment = hit rate - false-alarm rate, where the hit rate is the share of statements
  the article stands behind that the learner said it stands behind, and the false-alarm
  rate the same share for statements it only reports. It runs from -1 to 1; believing
  everything and doubting everything both give 0, so blanket cynicism is not rewarded.
- sensitivity d' = z(H) - z(F) and bias c = -(z(H) + z(F)) / 2 from signal-detection
  theory, with the log-linear correction H = (hits + 0.5) / (stands-behind + 1),
  F = (false alarms + 0.5) / (only-reports + 1) (Hautus 1995), so rates of 0 or 1 stay
  finite. Positive c: slow to say the article stands behind a statement (sceptical);
  negative: quick to (credulous); 0: neither.

All three are reported apart, because a learner who has only grown sceptical of everything
(the effect research on inoculation games found) shows it in the bias, not in discernment
or d'. With fewer than ``MIN_STATEMENTS`` statements of either kind judged none is
measurable: they are then ``None`` with a reason, never 0.

Worked example (tests/core/test_scoring.py): 4 statements the article stands behind, 3
called so; 6 it only reports, 2 called so. Discernment = 3/4 - 2/6 = 0.417; H = 3.5/5 =
0.7, F = 2.5/7 = 0.357; d' = 0.524 + 0.366 = 0.890; c = -(0.524 - 0.366) / 2 = -0.079.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Protocol

from quizapp.core.claims import SKILLS

MIN_STATEMENTS = 2


class JudgementLike(Protocol):
    truly_verified: bool
    said_verified: bool


@dataclass(frozen=True)
class GradedItem:
    """One question of an attempt as scoring sees it (unanswered: score 0, no judgements)."""

    skills: Sequence[str]
    score: float  # 0..1; a sort question gives partial credit
    correct: bool = False
    judgements: Sequence[JudgementLike] = ()


@dataclass(frozen=True)
class SignalCounts:
    """The judgements of an attempt as a 2x2 table."""

    verified: int = 0  # truly verified statements judged
    hits: int = 0  # ... of which the learner called verified
    unverified: int = 0  # statements the article does not verify, judged
    false_alarms: int = 0  # ... of which the learner called verified

    @property
    def judged(self) -> int:
        return self.verified + self.unverified

    @property
    def said_verified(self) -> int:
        return self.hits + self.false_alarms

    @property
    def hit_rate(self) -> float | None:
        return self.hits / self.verified if self.verified else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.false_alarms / self.unverified if self.unverified else None


@dataclass(frozen=True)
class Score:
    points: float  # sum of the question scores
    asked: int  # questions in the attempt, answered or not
    skills: dict[str, tuple[float, int]] = field(default_factory=dict)  # skill: (right, asked)
    counts: SignalCounts = SignalCounts()
    discernment: float | None = None
    bias: float | None = None
    sensitivity: float | None = None  # d'
    not_measurable: str = ""  # why discernment and bias are None ("" when measured)

    @property
    def total(self) -> float:
        """Share of the marks, 0..1 (0 for an empty attempt)."""
        return self.points / self.asked if self.asked else 0.0


def total(items: Iterable[GradedItem]) -> tuple[float, int]:
    """(points, asked)."""
    items = list(items)
    return sum(_clamp(i.score) for i in items), len(items)


def per_skill(items: Iterable[GradedItem]) -> dict[str, tuple[float, int]]:
    """(right, asked) for every skill, in the order of ``SKILLS``; a question with two
    skills counts for both. A sort question's partial credit counts as a fraction."""
    right = dict.fromkeys(SKILLS, 0.0)
    asked = dict.fromkeys(SKILLS, 0)
    for item in items:
        for skill in dict.fromkeys(item.skills):
            if skill in asked:
                asked[skill] += 1
                right[skill] += _clamp(item.score)
    return {s: (round(right[s], 4), asked[s]) for s in SKILLS}


def signal_counts(judgements: Iterable[JudgementLike]) -> SignalCounts:
    verified = hits = unverified = false_alarms = 0
    for j in judgements:
        if j.truly_verified:
            verified += 1
            hits += bool(j.said_verified)
        else:
            unverified += 1
            false_alarms += bool(j.said_verified)
    return SignalCounts(verified, hits, unverified, false_alarms)


def not_measurable_reason(counts: SignalCounts) -> str:
    """Why discernment cannot be measured from these judgements, or "" when it can."""
    if counts.judged == 0:
        return "this attempt asked no question about what the article itself stands behind"
    missing = []
    if counts.verified < MIN_STATEMENTS:
        missing.append(f"{_count(counts.verified, 'statement')} the article stands behind")
    if counts.unverified < MIN_STATEMENTS:
        missing.append(f"{_count(counts.unverified, 'statement')} it only reports")
    if not missing:
        return ""
    return (
        f"it needs at least {MIN_STATEMENTS} statements the article stands behind and"
        f" {MIN_STATEMENTS} it only reports, and you judged {' and '.join(missing)}"
    )


def discernment(counts: SignalCounts) -> float | None:
    """Hit rate minus false-alarm rate, or None when not measurable."""
    if not_measurable_reason(counts):
        return None
    assert counts.hit_rate is not None and counts.false_alarm_rate is not None
    return counts.hit_rate - counts.false_alarm_rate


def _corrected_z(counts: SignalCounts) -> tuple[float, float]:
    """z of the hit and false-alarm rates with the log-linear correction (Hautus 1995)."""
    z = NormalDist().inv_cdf
    h = (counts.hits + 0.5) / (counts.verified + 1)
    f = (counts.false_alarms + 0.5) / (counts.unverified + 1)
    return z(h), z(f)


def bias(counts: SignalCounts) -> float | None:
    """The criterion c with the log-linear correction, or None when not measurable."""
    if not_measurable_reason(counts):
        return None
    zh, zf = _corrected_z(counts)
    return -(zh + zf) / 2


def sensitivity(counts: SignalCounts) -> float | None:
    """d' with the log-linear correction, or None when not measurable."""
    if not_measurable_reason(counts):
        return None
    zh, zf = _corrected_z(counts)
    return zh - zf


def score(items: Iterable[GradedItem]) -> Score:
    items = list(items)
    points, asked = total(items)
    counts = signal_counts(j for i in items for j in i.judgements)
    return Score(
        points=round(points, 4),
        asked=asked,
        skills=per_skill(items),
        counts=counts,
        discernment=discernment(counts),
        bias=bias(counts),
        sensitivity=sensitivity(counts),
        not_measurable=not_measurable_reason(counts),
    )


# --- what the numbers mean, one sentence each ------------------------------------------


def describe_discernment(value: float | None, counts: SignalCounts, reason: str = "") -> str:
    if value is None:
        reason = reason or not_measurable_reason(counts)
        return f"Not measurable for this attempt: {reason}."
    assert counts.hit_rate is not None and counts.false_alarm_rate is not None
    return (
        f"You said the article stands behind {_percent(counts.hit_rate)} of the statements it"
        f" does stand behind and {_percent(counts.false_alarm_rate)} of those it only reports:"
        " 1 means you told them apart every time, 0 that you did no better than calling"
        " everything the same, below 0 that you had them the wrong way round."
    )


def describe_sensitivity(value: float | None) -> str:
    if value is None:
        return "Not measurable for this attempt, for the same reason."
    return (
        "How well you tell what the article stands behind from what it only reports, whatever"
        " your leaning: 0 is guessing, about 1 is fair, 2 or more is sharp."
    )


def describe_bias(value: float | None) -> str:
    if value is None:
        return "Not measurable for this attempt, for the same reason."
    if value > 0.25:
        lean = "you were slow to say so (sceptical)"
    elif value < -0.25:
        lean = "you were quick to say so (credulous)"
    else:
        lean = "you leaned neither way"
    return (
        f"How readily you say the article stands behind a statement, whatever it shows: {lean};"
        " positive means slow to, negative quick to, 0 neither."
    )


def format_number(value: float) -> str:
    """2 -> "2", 2.5 -> "2.5", 2.333 -> "2.3"."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _percent(rate: float) -> str:
    return f"{round(rate * 100)}%"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value or 0.0)))


# --- one vocabulary for a mark, on the pupil's pages and the teacher's ----------------------

MARKS_NOTE = (
    "Each question is worth 1 mark. A question with several statements to label gives a"
    " share of its mark for each one labelled right: 3 of 5 right is 0.6 of a mark."
)


def verdict(answered: bool, correct: bool | None, score: float | None, parts: int = 1) -> str:
    """How a graded answer is named everywhere: Right, Partly right: 3 of 5, Wrong."""
    if not answered:
        return "Not answered"
    if correct is None:
        return "Not graded"
    if correct:
        return "Right"
    if score and score > 0:
        if parts > 1:
            return f"Partly right: {round(score * parts)} of {parts}"
        return f"Partly right: {format_number(score)} of 1 mark"
    return "Wrong"
