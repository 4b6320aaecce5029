"""Two independent sources that state the same thing in related words, which figure and
word-overlap matching miss: one acknowledges a thing by naming it ("Hawk Sawyer acknowledged
significant staffing shortages"), another asserts or assumes the same thing ("union
representatives warned that staff shortages have taken their toll"). The named thing is the
point both make: that it exists.

Only a bare noun phrase after a cue of acknowledging or reporting counts (not "criticized
the shortages" or "denied shortages": the cue, not the noun, carries their point), and only
when its last two content words (a modifier and its head, "staffing shortages") stand side
by side in the other claim, in the same polarity."""

from __future__ import annotations

import re

from quizapp.core.claims import Claim
from quizapp.core.rejections import is_rejection
from quizapp.core.wording import content_words, negated, word_stem

# Cues that assert that what they name is so: "acknowledged X", "confirmed X", "cited X".
_ASSERTING = frozenset(
    ["acknowledg", "admit", "confirm", "conced", "cite", "cit", "report", "note"]
)
# A verb or clause marker: the content is a clause, not a bare noun phrase.
_CLAUSE = re.compile(
    r"\b(?:that|to|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|"
    r"do|does|did)\b",
    re.I,
)
# A verb in -ing before its object: "using the tax code", "paying its workers".
_GERUND = re.compile(
    r"^\W*\w+ing\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|that|those|him|them|it)\b",
    re.I,
)
MAX_PHRASE_WORDS = 5


def named_thing(claim: Claim) -> tuple[str, str] | None:
    """The modifier and head stems of the noun phrase a claim acknowledges ("significant
    staffing shortages" -> ("staff", "shortag")), or None for any other claim."""
    cue = [word_stem(w) for w in re.findall(r"[a-z]+", claim.cue.lower())]
    if not any(w in _ASSERTING for w in cue) or is_rejection(claim) or negated(claim.content):
        return None
    words = claim.content.split()
    if not 2 <= len(words) <= MAX_PHRASE_WORDS or _CLAUSE.search(claim.content):
        return None
    if _GERUND.match(claim.content):
        return None  # "admitted using the tax code": an act, not a thing named
    stems = _stems(claim.content)
    return (stems[-2], stems[-1]) if len(stems) >= 2 else None


def names_same_thing(thing: tuple[str, str], other: Claim) -> bool:
    """Does ``other`` assert or assume the thing: its two words side by side, the same
    polarity (no negation), and no rejection?"""
    if is_rejection(other) or negated(other.content):
        return False
    stems = _stems(other.content)
    return any(pair == thing for pair in zip(stems, stems[1:], strict=False))


def _stems(text: str) -> list[str]:
    """The content-word stems of a text, in order ("staff", "shortag")."""
    kept = content_words(text)
    out = []
    for word in re.findall(r"[a-z][a-z'-]+|\d[\d,.]*", text.lower()):
        stem = word_stem(word)
        if stem in kept:
            out.append(stem)
    return out
