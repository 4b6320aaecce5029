"""When two contents make one point: the words that carry a content's point, the
article's topic words and proper names, and the tests built on them (``same_point``,
``on_one_point``, ``shares_a_rare_word``), read by the status, figure and source checks."""

from __future__ import annotations

import functools
import re

from quizapp.core.lexicon import (
    COMMON_WORDS,
    FIGURE_WORDS,
    MONTHS,
    POINT_STOP_WORDS,
    STOP_WORDS,
)

SAME_POINT = 0.2
"""Share of the shorter content's words two contents must share to be on one point."""


_POINT_IGNORED = POINT_STOP_WORDS | STOP_WORDS | COMMON_WORDS
"""Words that say nothing of a claim's point: function words, quantifiers, verbs of saying."""


@functools.lru_cache(maxsize=8192)
def point_words(text: str) -> frozenset[str]:
    """The words of a content that carry its point: no function words, no
    contractions of them ("that's", "they're", "don't"), a possessive's noun bare."""
    out = set()
    for word in re.findall(r"[\w'\u2019.-]+", text.lower().replace("\u2019", "'")):
        word = word.strip(".'-")
        base = word.split("'")[0]
        if not base or word.endswith("n't") or base in _POINT_IGNORED:
            continue
        out.add(base)
    return frozenset(out)


TOPIC_SHARE = 1 / 3
"""A word is one of the article's topic words when at least a third of its sentences
use it (and at least ``TOPIC_MIN_SENTENCES``): "tariffs" in an article on a trade war."""
TOPIC_MIN_SENTENCES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?\"\u201d])\s+|\n+")


@functools.lru_cache(maxsize=256)
def topic_words(text: str) -> frozenset[str]:
    """The words most of an article's sentences share (its topic): two sources using them
    speak of the same subject, not necessarily to the same point."""
    sentences = [s for s in _SENTENCE_END.split(text) if len(s.split()) >= 4]
    counts: dict[str, int] = {}
    for sentence in sentences:
        for word in point_words(sentence):
            counts[word] = counts.get(word, 0) + 1
    least = max(TOPIC_MIN_SENTENCES, TOPIC_SHARE * len(sentences))
    return frozenset(
        w for w, n in counts.items() if n >= least and w not in FIGURE_WORDS and not w[0].isdigit()
    )


def same_point(a: str, b: str, topic: frozenset[str] = frozenset()) -> bool:
    """Two contents about the same point: at least two of their point words shared, a fifth
    of the shorter one's. Words of the article's ``topic`` do not count (every source in an
    article on tariffs speaks of tariffs) when each content has three words besides them;
    else they do, for "use rose" and "use fell" may well be on one point."""
    wa, wb = point_words(a), point_words(b)
    if len(wa - topic) >= 3 and len(wb - topic) >= 3:
        wa, wb = wa - topic, wb - topic
    if len(wa) < 3 or len(wb) < 3:
        return False
    shared = wa & wb
    return len(shared) >= 2 and len(shared) / min(len(wa), len(wb)) >= SAME_POINT


def on_one_point(
    a: str, b: str, topic: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
) -> bool:
    """Two contents that make the same point, for the attributed gate: ``same_point``, with
    a name of several words counted once: "the Bureau of Prisons" and "the Department of
    Justice" name two bodies, not four points two sources share. ``names`` are the
    article's proper names (``proper_names``)."""
    if not same_point(a, b, topic):
        return False
    shared = point_words(a) & point_words(b)
    if len(point_words(a) - topic) >= 3 and len(point_words(b) - topic) >= 3:
        shared -= topic
    shared -= LIGHT_WORDS | _date_words(a) | _date_words(b)
    return len(shared - names) + name_count(shared & names, a, b) >= 2


# fmt: off
LIGHT_WORDS = frozenset({
    "little", "bit", "lot", "way", "ways", "thing", "things", "something", "time", "kind", "sort",
    "certainly", "largely", "really", "very", "still", "even", "well", "least", "whole", "able",
    "going", "get", "getting", "got", "take", "takes", "taking", "took", "make", "makes", "making",
    "want", "wants", "wanted",
    "like", "feel", "including", "within", "without", "against", "among", "around",
})
# fmt: on
"""Words too light to carry a point: degree ("a little bit"), vague nouns ("things",
"the way"), light verbs ("get", "take", "going to", "want"), bare prepositions. Two sources
that both say "a little bit" or "including" do not make one point."""

_MONTH = rf"(?:{'|'.join(MONTHS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH}(?:\s+\d{{1,2}}\b)?|\d{{1,2}}\s+{_MONTH})")


def _date_words(text: str) -> frozenset[str]:
    """The words of a date ("July 25", "25 July"): it says when, not what was said of it;
    two sources who name one day ("the July 25 call") speak of one event, maybe not one
    point ("may" is a month only before a day)."""
    words = set()
    for m in _MONTH_DAY.finditer(text):
        if m.group(0) == "May":
            continue  # "May" without a day may be the verb, a sentence's first word
        words |= point_words(m.group(0))
    return frozenset(words)


# A name as written: capitalised words, with "of" or "of the" between them ("Bureau of
# Prisons", "Department of Justice"), a possessive's noun inside ("Justice Department's").
_NAME = re.compile(r"[A-Z][\w\u2019'.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'.&-]*)*")


def name_count(shared_names: set[str], a: str, b: str) -> int:
    """How many names the shared name words make: words written together in one name, in
    either content, are one name ("Justice Department" and "Department of Justice")."""
    groups = [{w} for w in shared_names]
    for name in _NAME.findall(f"{a}\n{b}"):
        words = point_words(name)
        joined = [g for g in groups if g & words]
        if len(joined) > 1:
            groups = [g for g in groups if g not in joined] + [set().union(*joined)]
    return len(groups)


# A word written with a capital after a word in lower case or a comma: not a
# sentence's first word, so a name ("Epstein", "July", "NSC").
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][\w\u2019'.-]*)")


_LOWER_CASE_WORD = re.compile(r"(?<![\w'\u2019.-])[a-z][\w'\u2019.-]*")


@functools.lru_cache(maxsize=256)
def proper_names(text: str) -> frozenset[str]:
    """The article's proper names as point words: words it writes with a capital inside a
    sentence and never in lower case (not "Prison" if it also writes "prison")."""
    capitalised = {w for m in _MID_SENTENCE_CAPITAL.finditer(text) for w in point_words(m.group(1))}
    lower = point_words(" ".join(_LOWER_CASE_WORD.findall(text)))
    return frozenset(capitalised - lower)


RARE = 2
"""A word stem the article uses at most this often is rare: two sources that both use it
are likely speaking to the same thing."""
_SUFFIX = re.compile(r"(?:['\u2019]s|ies|es|s|ed|ing)$")


def _stems(text: str) -> set[str]:
    """Content word stems of four letters or more: "wounds" -> "wound", "shot" -> "shot"."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'\u2019-]+", text)}
    words -= POINT_STOP_WORDS | COMMON_WORDS | STOP_WORDS
    return {stem for w in words if len(stem := _SUFFIX.sub("", w)) >= 4}


def shares_a_rare_word(a: str, b: str, article_text: str) -> bool:
    """Whether two contents share a stem (one inside the other: "shot" and "gunshot") that
    the article uses at most ``RARE`` times in all."""
    article_words = re.findall(r"[a-z][\w'\u2019-]+", article_text.lower())
    for x in _stems(a):
        for y in _stems(b):
            shared = x if x in y else y if y in x else ""
            if shared and sum(shared in w for w in article_words) <= RARE:
                return True
    return False
