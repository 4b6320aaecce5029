"""Sides of a debate named by their stance (DOMAIN section 2): "Critics say the plant has
never been safe. Supporters say it has not had one accident in forty years."

News writing often names the two sides of a question by where they stand, not by who they
are ("critics", "supporters of the mayor", "those in favor of the ban", "opponents"). Two
such sides that stand apart, speaking of the same matter close together, give contrary
accounts of it: each disputes the other. They must stand apart: one for and one against
the same thing ("critics" and "supporters"), or each for a different thing ("those in
favor of punishment" and "Rudolph's supporters"). Two sides making different points, not
contrary ones, are not a dispute ("Supporters say the plan creates jobs; critics say it
costs too much"), so one of the two accounts must say no: a negation or a rejection.

Words only, no model: hand-built claims are read the same way."""

from __future__ import annotations

import re

from quizapp.core.claims import Claim
from quizapp.core.rejections import is_rejection
from quizapp.core.wording import content_words, negated

# The stance words, each with the side it takes: for ("supporters", "in favor of") or
# against ("critics", "opposed to") what follows or what owns them ("the mayor's critics").
_FOR = r"supporters?|proponents?|backers?|defenders?|advocates?|allies|loyalists"
_AGAINST = r"critics?|opponents?|detractors?|skeptics?|sceptics?|foes|naysayers"
_WHO = r"(?:those|people|many|some)\s+"
_FOR_CLAUSE = rf"{_WHO}(?:who\s+(?:support|back|favou?r|defend)|in\s+favou?r\s+of)"
_AGAINST_CLAUSE = (
    rf"{_WHO}(?:who\s+(?:oppose|criticize|criticise|object\s+to)|opposed\s+to|against)"
)
_STANCE = re.compile(
    rf"\b(?:(?P<for>{_FOR_CLAUSE}|{_FOR})|(?P<against>{_AGAINST_CLAUSE}|{_AGAINST}))\b",
    re.I,
)
_FILLER = re.compile(r"\b(?:the|a|an|of|his|her|its|their|many|some|those|s)\b|['’]", re.I)

REACH = 600
"""Characters between the two sides' claims: a debate is set out in one passage."""


def stance(source: str) -> tuple[str, frozenset[str]] | None:
    """The side a source named by its stance takes, and the words of what it stands for or
    against: "Rudolph's supporters" -> ("for", {"rudolph"}), "Critics of the plan" ->
    ("against", {"plan"}), "Supporters" -> ("for", {}); None for any other source."""
    m = _STANCE.search(source)
    if m is None:
        return None
    side = "for" if m.group("for") else "against"
    rest = _FILLER.sub(" ", source[: m.start()] + " " + source[m.end() :])
    return side, content_words(rest)


def opposed(a: str, b: str) -> bool:
    """Do two sources named by stance stand on opposite sides: one for and one against the
    same thing (or things unnamed), or each for (or against) a different named thing?"""
    sa, sb = stance(a), stance(b)
    if sa is None or sb is None:
        return False
    (side_a, what_a), (side_b, what_b) = sa, sb
    if side_a != side_b:
        return not what_a or not what_b or bool(what_a & what_b)
    return bool(what_a) and bool(what_b) and not what_a & what_b


def sides_dispute(a: Claim, b: Claim, start_a: int, start_b: int) -> bool:
    """Claims ``a`` and ``b`` (starting at those offsets) are the accounts of two opposed
    sides of one matter: close together, sharing a content word, and one of them says no."""
    if abs(start_a - start_b) > REACH or not opposed(a.source, b.source):
        return False
    if not content_words(a.content) & content_words(b.content):
        return False
    return any(negated(c.content) or is_rejection(c) for c in (a, b))
