"""Figures and what they count: the comparison that conflicting-figures questions rest on.

Two figures may be set against each other only when they count the same thing. "What is
counted" is compared as a set of word stems of ``Figure.counts`` (the article's words):
"people who had signed contracts for military service" and "Russians who entered contract
military service" share contract/military/service; "killed and wounded" shares nothing
with either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.core.claims import Analysis, Claim, Figure
from quizapp.core.lexicon import COUNT_STOP_WORDS
from quizapp.core.questions.english import words
from quizapp.core.questions.evidence import usable
from quizapp.core.questions.frames import VERBS, claim_date


def stem(word: str) -> str:
    w = word.lower().strip("'’")
    for suffix in ("ingly", "edly", "ing", "ed", "ly", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:5]


def phrase(fig: Figure, text: str, max_words: int = 20) -> str:
    """The figure with what follows it up to the clause end, as written: "approximately
    417,000 people in Russia had signed contracts for military service in 2025"."""
    start, end = fig.span
    if not (0 <= start < end <= len(text)):
        return f"{fig.text} {fig.counts}".strip()
    rest = text[start:]
    stop = re.search(
        r"[,;:.!?\n\u201d\"]\s|[;\n]|\s(?:with|which|while|but|and that)\s|$",
        rest[len(text[start:end]) :],
    )
    clause = rest[: len(text[start:end]) + (stop.start() if stop else len(rest))]
    ws = clause.split()
    return " ".join(ws[:max_words]).rstrip(",;:.")


def measure(fig: Figure, text: str = "") -> frozenset[str]:
    """Stems of what the figure counts: its counts words, and (since an analyser may give
    only the head noun, "people") the words of its clause."""
    source = f"{fig.counts} {fig.text}"  # the unit may be in the figure: "2 percent"
    if text:
        source += " " + phrase(fig, text)[len(fig.text) :]
        # The words just before it in its clause: "ridership would fall by | about 2 percent"
        start = fig.span[0]
        before = re.split(r"[,;:.!?\n\u201c\u201d\"]", text[max(0, start - 60) : start])[-1]
        source += " " + " ".join(before.split()[-5:])
    return frozenset(
        stem(w)
        for w in words(source)
        if w.lower() not in COUNT_STOP_WORDS
        and w.lower() not in _QUALIFIERS
        and w.lower() not in VERBS  # the cue before a figure is not what it counts
        and not any(c.isdigit() for c in w)
    )


_QUALIFIERS = set(
    [
        "about",
        "around",
        "nearly",
        "approximately",
        "almost",
        "roughly",
        "more",
        "less",
        "than",
        "over",
        "under",
        "some",
        "least",
        "would",
        "could",
        "will",
        "may",
        "might",
        "should",
        "can",
        "million",
        "billion",
        "thousand",
        "hundred",
    ]
)


def same_measure(a: Figure, b: Figure, text: str = "") -> bool:
    ma, mb = measure(a, text), measure(b, text)
    if not ma or not mb:
        return False
    shared = len(ma & mb)
    return shared >= 2 and shared / min(len(ma), len(mb)) >= 0.5


@dataclass
class Found:
    figure: Figure
    claim_index: int
    claim: Claim
    date: str = ""  # "December 24" when the article dates it


def article_figures(analysis: Analysis) -> list[Found]:
    """Every figure that belongs to a usable claim, in article order, without repeats."""
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()
    pool = [(f, f.claim) for f in analysis.figures]
    for i, c in enumerate(analysis.claims):
        pool += [(f, i) for f in c.figures]
    for fig, index in pool:
        if index is None or not 0 <= index < len(analysis.claims):
            continue
        if tuple(fig.span) in seen or not usable(analysis, index):
            continue
        if not re.search(r"\d", fig.text):
            continue  # "thousands": too vague to compare
        if fig.span[0] > 0 and re.match(r"[\w-]", analysis.article.text[fig.span[0] - 1]):
            continue  # "EB-5", "F35": part of a name
        following = analysis.article.text[max(0, fig.span[0] - 3) : fig.span[1] + 12]
        if re.search(
            r"year-old|years? old|\d:\d|\b[ap]\.m\b|o'clock", f"{fig.text} {fig.counts} {following}"
        ):
            continue  # an age or a time of day counts nothing
        if re.search(
            r"\b(?:aged?|ages of|age of)\s+(?:about |around |over |under )?$",
            text_before(analysis.article.text, fig.span[0]),
        ):
            continue  # "under the age of 40"
        if re.fullmatch(r"(?:the )?(?:\d{2,4}['’]?s|1[89]\d\d|20\d\d)", fig.text.strip()):
            continue  # a decade or a year is a date, not a figure
        after = analysis.article.text[fig.span[1] : fig.span[1] + 2]
        if after in ("'s", "’s") or fig.counts.strip() in ("'s", "’s", "s"):
            continue  # "the 90's"
        if not measure(fig, analysis.article.text):
            continue  # "under the age of 40": a number that counts nothing
        seen.add(tuple(fig.span))
        date = claim_date(analysis, index).removeprefix("on ")
        found.append(Found(fig, index, analysis.claims[index], date))
    found.sort(key=lambda f: f.figure.span[0])
    return found


def text_before(text: str, start: int, width: int = 30) -> str:
    return text[max(0, start - width) : start]


def close(a: float, b: float) -> bool:
    """Within ten percent of each other."""
    return max(a, b) > 0 and abs(a - b) / max(a, b) <= 0.1
