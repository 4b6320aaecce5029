"""Comparing what claims say, word by word: crude stems, content words, their overlap, and
negation. No model: hand-built claims compare the same way as extracted ones."""

from __future__ import annotations

import functools
import re

from quizapp.core.claims import Claim
from quizapp.core.lexicon import STOP_WORDS

_NEGATION = re.compile(r"\b(not|no|never|neither|nor|cannot)\b|n['’]t\b", re.I)


@functools.lru_cache(maxsize=65536)
def word_stem(word: str) -> str:
    """A crude stem, enough to match "reports"/"reported"/"report", "estimated"/"estimate",
    "dismiss"/"dismisses" (a final "ss" is no plural) and "rebut"/"rebutted" (a consonant
    doubled before "-ed" or "-ing" is one; not "staffed", "called", "passed", "buzzed")."""
    w = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            if suffix == "s" and w.endswith("ss"):
                break
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if suffix in _DOUBLING and w[-1] == w[-2] and w[-1] not in _KEPT_DOUBLE:
                w = w[:-1]
            break
    return w


_DOUBLING = ("ings", "ing", "ed")
_KEPT_DOUBLE = set("aeiouyflsz")  # "agreed", "staffed", "called", "passed", "buzzed"


@functools.lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'-]+|\d[\d,.]*", text.lower())
    return frozenset(word_stem(w) for w in words if w not in STOP_WORDS)


def overlap(a: set[str], b: set[str]) -> tuple[float, float]:
    """(containment of the smaller set, Jaccard) of two word sets."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / min(len(a), len(b)), common / len(a | b)


def about_same_point(a: Claim, b: Claim) -> bool:
    """Two claims about one point, for a denial: most of the shorter one's words (at least
    two) are in the other ("had known about the fault since August" / "denied that it had
    known about the fault before November 3")."""
    wa, wb = content_words(a.content), content_words(b.content)
    if len(wa & wb) < 2:
        return False
    contained, _ = overlap(wa, wb)
    return contained >= 0.5 or same_content(a, b)


def same_content(a: Claim, b: Claim) -> bool:
    """Strongly overlapping content: most of the shorter claim's words are in the other."""
    wa, wb = content_words(a.content), content_words(b.content)
    if min(len(wa), len(wb)) < 4 or len(wa & wb) < 5:
        return False
    contained, jaccard = overlap(wa, wb)
    return contained >= 0.6 and jaccard >= 0.5


def negated_words(text: str) -> frozenset[str]:
    """The words a negation governs, roughly: the few after each "not" / "no" / "never"."""
    out: set[str] = set()
    for m in _NEGATION.finditer(text):
        out |= content_words(" ".join(text[m.end() :].split()[:4]))
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))
