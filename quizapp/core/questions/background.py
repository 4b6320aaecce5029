"""Whether a statement in the outlet's own voice is background rather than the story's news.

An outlet's own-voice sentence makes a fair "the article stands behind this" item when it
carries the news: what happened, a figure reported as fact, the fact beside a source's
explanation of it. Background sentences teach nothing about attribution and strict readers
reject them: a legal penalty ("punishable by up to five years"), an age ("is 73 years
old"), a reputation ("is best known for"), history dated years before the story, a
definition ("X is where ...", "X refers to ..."), a description of what a product can do
("capable of carrying"), a generic present-tense fact ("is usually fatal"). These are
general English patterns, not a list of articles' sentences.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis
from quizapp.core.questions.base import Question

_PENALTY = re.compile(
    r"\bpunishable by\b|\bfac(?:es|ed|ing) (?:a )?(?:maximum|minimum|up to)\b"
    r"|\bcarr(?:y|ies|ied) (?:a )?(?:maximum|minimum|mandatory)\b"
    r"|\b(?:maximum|minimum|mandatory) (?:sentence|penalty|term|fine)s? of\b"
    r"|\bup to \w+ (?:years?|months?) (?:in prison|in jail|behind bars)\b",
    re.I,
)
_AGE = re.compile(r"\b(?:is|was|are|were|turns|turned) (?:now )?\d{1,3} years? old\b", re.I)
_KNOWN_FOR = re.compile(
    r"\b(?:is|are|was|were) (?:perhaps |probably |also |still )?(?:best |widely |well )?"
    r"(?:known|famous|renowned) (?:for|as)\b",
    re.I,
)
_DEFINITION = re.compile(
    r"\b(?:refers? to|is defined as|(?:is|are) (?:a|an|the) (?:type|form|kind|class) of"
    r"|also (?:known|called) as|(?:is|are) (?:where|when) (?:a|an|the|someone|people)\b)",
    re.I,
)
_CAPABILITY = re.compile(
    r"\bcapable of \w+ing\b|\b(?:is|are) (?:designed to|designed for|used to treat)\b", re.I
)
_GENERIC = re.compile(
    r"\b(?:is|are) (?:usually|typically|generally|normally|commonly|inevitably|always|"
    r"often|rarely)\b",
    re.I,
)
_LONG_AGO = re.compile(
    r"\b(?:decades|centuries) ago\b|\b(?:founded|established|built|created) in \d{4}\b"
    r"|\bsince the \d{4}s\b|\bin the \d{4}s\b",
    re.I,
)
_YEAR = re.compile(r"(?<![\w$.,])(1[89]\d\d|20\d\d)(?![\w%,])")
_AHEAD = re.compile(r"\b(?:by|until|through)\s+$", re.I)
_NOW = re.compile(
    r"\b(?:today|yesterday|tonight|this (?:week|month|year)|last (?:week|month|year)"
    r"|a year (?:ago|earlier)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)
"""Words that date a sentence to the story's own time: "up from $34,000 a year ago and from
$30,000 in 2015" is this year's figure, with history beside it for comparison."""
HISTORY_YEARS = 2
"""A sentence dated this many years or more before the story is history, not its news."""


def is_background(text: str, story_year: int | None = None) -> bool:
    """Whether a statement reads as background: a penalty, an age, a reputation, a
    definition, a product's capabilities, a generic fact, or history (a year at least
    HISTORY_YEARS before ``story_year``, and no later one)."""
    patterns = (_PENALTY, _AGE, _KNOWN_FOR, _DEFINITION, _CAPABILITY, _GENERIC, _LONG_AGO)
    if any(p.search(text) for p in patterns):
        return True
    if story_year is None:
        return False
    years = [int(y) for y in _YEAR.findall(text)]
    old = bool(years) and max(years) <= story_year - HISTORY_YEARS
    return old and not _NOW.search(text)


def story_year(analysis: Analysis) -> int | None:
    """The year of the story: its date when known, else the latest year its body names,
    leaving out years it looks ahead to ("by 2030")."""
    date = analysis.article.date
    if date[:4].isdigit():
        return int(date[:4])
    text = analysis.article.body_text()
    years = [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not _AHEAD.search(text[max(0, m.start() - 8) : m.start()])
    ]
    return max(years) if years else None


def background_claim(analysis: Analysis, index: int, year: int | None = None) -> bool:
    """Whether the claim is one the outlet states in its own voice and it is background
    (``year``: the story's, when the caller has it)."""
    if not 0 <= index < len(analysis.claims):
        return False
    claim = analysis.claims[index]
    if year is None:
        year = story_year(analysis)
    return claim.status == "unattributed" and is_background(claim.content, year)


def news_first(questions: list[Question], analysis: Analysis) -> list[Question]:
    """Questions on one claim the outlet states in its own voice as background moved after
    the others, each group in its order: background fills a set only where nothing else
    can."""
    year = story_year(analysis)
    return sorted(
        questions,
        key=lambda q: len(set(q.claims)) == 1 and background_claim(analysis, q.claims[0], year),
    )
