"""The figures in a claim: each number with what it counts and how it is qualified, and
when two figures are the same number of the same thing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.core.claims import Claim, Figure
from quizapp.core.wording import content_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

_QUALIFIERS = (
    r"nearly|almost|about|around|approximately|roughly|some|more than|over|less than|"
    r"fewer than|under|at least|at most|up to|as many as|as few as|close to|an estimated|"
    r"just over|just under|well over|upwards of"
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24,
    "hundreds": 200, "thousands": 2000, "half": 0.5, "two-thirds": 2 / 3, "one-third": 1 / 3,
    "a third": 1 / 3, "a quarter": 0.25, "three-quarters": 0.75,
}  # fmt: skip
_FIGURE = re.compile(
    rf"(?:\b(?P<qual>{_QUALIFIERS})\s+)?"
    rf"(?<![\w.,:-])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\w:])|\d+(?:\.\d+)?(?![\w:])"
    rf"|\b(?:{'|'.join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True))})\b)"
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion|hundred|%|percent|per cent)\b)?",
    re.I,
)
# A fast first look: most claims hold no number at all.
_MAYBE_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundreds?|thousands?|dozens?|half|third|quarter)",
    re.I,
)
_MONTHS = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.I)
CLOCK = "time of day"
_CLOCK_TIME = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s*([ap]\.?m\.?)(?!\w))?", re.I)
_LABEL = re.compile(
    r"\b(phase|article|section|chapter|stage|round|level|title|category|grade|no\.|number|"
    r"week|game|item|rule|amendment|part|class|tier|route|flight|gate|line)\s*$",
    re.I,
)
_TIME_UNITS = frozenset(["year", "years", "month", "months", "week", "weeks"])
_COUNT_STOP = frozenset(
    [
        "last",
        "next",
        "ago",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "today",
        "yesterday",
        "more",
        "less",
        "fewer",
        "nearly",
        "about",
        "around",
        "almost",
        "some",
        "in",
        "on",
        "at",
        "during",
        "for",
        "to",
        "from",
        "by",
        "with",
        "since",
        "after",
        "before",
        "under",
        "over",
        "that",
        "which",
        "who",
        "had",
        "have",
        "has",
        "are",
        "is",
        "were",
        "was",
        "will",
        "would",
        "be",
        "been",
        "as",
        "than",
        "per",
        "each",
        "a",
        "an",
        "the",
        "this",
        "their",
        "its",
        "his",
        "her",
    ]
)


def extract_figures(claim: Claim, text: str, doc: Doc | None = None) -> list[Figure]:
    """The numbers in a claim's content, with what each counts and how it is qualified."""
    pieces: list[tuple[int, str]]
    if claim.content_spans:
        pieces = [(s, text[s:e]) for s, e in claim.content_spans]
    else:
        pieces = [(0, claim.content)]  # a hand-built claim: spans are relative to content
    figures = []
    for base, chunk in pieces:
        if not _MAYBE_NUMBER.search(chunk):
            continue
        for m in _FIGURE.finditer(chunk):
            figure = _figure(m, chunk, base, doc if claim.content_spans else None)
            if figure is not None:
                figures.append(figure)
    return figures


def clock_times(chunk: str, base: int) -> list[Figure]:
    """ "6:40 a.m.", "15:55": a time of day, which the number pattern leaves alone."""
    out = []
    for m in _CLOCK_TIME.finditer(chunk):
        hours = int(m.group(1)) % 12 if m.group(3) else int(m.group(1))
        if m.group(3) and m.group(3).lower().startswith("p"):
            hours += 12
        out.append(
            Figure(
                text=m.group(0).strip(),
                value=hours + int(m.group(2)) / 60,
                counts=CLOCK,
                span=(base + m.start(), base + m.end()),
            )
        )
    return out


def _figure(m: re.Match[str], chunk: str, base: int, doc: Doc | None) -> Figure | None:
    num, scale = m.group("num"), (m.group("scale") or "").lower()
    before = chunk[: m.start()]
    is_word = not num[0].isdigit()
    if _MONTHS.search(before) and not scale:
        return None  # "December 24": a date
    if re.fullmatch(r"(19|20)\d\d", num) and not scale:
        return None  # a year
    if _LABEL.search(before) and not scale:
        return None  # "Phase 1", "Article 5", "No. 3": a name, not a count
    if is_word and not scale:
        rest = chunk[m.end() :].lstrip()
        if not re.match(r"(of\s+)?[a-z]", rest) or num.lower() in ("one", "half"):
            return None  # "one of them", "half" alone: not a count worth comparing
    value = _value(num, scale)
    start, end = base + m.start(), base + m.end()
    counts = _counts(chunk, m.end(), doc, base)
    return Figure(
        text=m.group(0).strip(),
        value=value,
        counts=counts,
        span=(start, end),
        qualifier=(m.group("qual") or "").lower(),
    )


def _value(num: str, scale: str) -> float:
    low = num.lower()
    value = float(_WORD_NUMBERS[low]) if low in _WORD_NUMBERS else float(num.replace(",", ""))
    if scale in _SCALES:
        value *= _SCALES[scale]
    return value


def _counts(chunk: str, pos: int, doc: Doc | None, base: int) -> str:
    """What a number counts: its noun in the parse, else the next few content words."""
    if doc is not None:
        noun = _counted_noun(doc, base + pos)
        if noun:
            return noun
    words = []
    for w in re.findall(r"[A-Za-z][\w'-]*|[^\w\s]", chunk[pos:])[:8]:
        low = w.lower()
        if not words and low in ("of", "the"):
            continue  # "40% of voters", "two-thirds of the staff"
        if not w[0].isalpha() or (low in _COUNT_STOP and (words or low not in _TIME_UNITS)):
            break  # "six weeks" counts weeks; "310 babies last year" counts babies
        words.append(w)
        if len(words) == 4:
            break
    while words and words[-1].lower() in ("and", "or"):
        words.pop()
    return " ".join(words)


def _counted_noun(doc: Doc, char: int) -> str:
    span = doc.char_span(max(0, char - 1), char, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    token = span[-1]
    head = token.head
    if (
        token.dep_ in ("nummod", "quantmod", "compound")
        and head.i > token.i
        and head.pos_
        in (
            "NOUN",
            "PROPN",
        )
    ):
        while head.dep_ == "nummod" and head.head.i > head.i:
            head = head.head
        return doc[token.i + 1 : head.i + 1].text
    return ""


_VAGUE = re.compile(r"\b(dozens|hundreds|thousands|millions|several|many)\b", re.I)


def same_figure(a: Figure, b: Figure) -> bool:
    """The same number of the same thing (what is counted shares a word). Vague amounts
    ("thousands of shootings") never count as the same figure."""
    if not a.counts or not b.counts or _VAGUE.search(a.text) or _VAGUE.search(b.text):
        return False
    close = abs(a.value - b.value) <= 0.005 * max(abs(a.value), abs(b.value), 1e-9)
    return close and bool(content_words(a.counts) & content_words(b.counts))


def counts_same_thing(a: Figure, b: Figure) -> bool:
    return bool(a.counts and b.counts and content_words(a.counts) & content_words(b.counts))


def exact_figure(figure: Figure, least: float = 10) -> bool:
    """A figure precise enough not to recur by chance: two significant digits or more
    ("1,300", "17", "1.9 million"; not "10", "2 million", "a dozen"), or a clock time."""
    if figure.counts == CLOCK:
        return round(figure.value * 60) % 30 != 0  # "6:40", not "10:00" or "2:30"
    if _VAGUE.search(figure.text):
        return False
    digits = re.sub(r"\D", "", re.sub(r"\.\d*$", "", f"{figure.value:.3f}")).strip("0")
    return abs(figure.value) >= least and len(digits) >= 2


def counts_something(claim: Claim) -> bool:
    return any(f.counts for f in claim.figures)


def near_values(a: set[float], b: set[float]) -> bool:
    return any(abs(x - y) <= 0.005 * max(abs(x), abs(y), 1e-9) for x in a for y in b)


def figures_of(claims: Sequence[Claim]) -> list[Figure]:
    return [f for c in claims for f in c.figures]
