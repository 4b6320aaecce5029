"""How the article describes a source it does not name ("two people briefed on the talks",
"a doctor on the scene", "the authors of the research"): the words a choice may show.

A description is taken in the article's words, cut before a clause ("the authors of the
research [published in ...]") and, where it is too long, before where the source was ("An
Associated Press journalist [in the area]"), when it describes people (a person noun:
"doctor", "people", "authors") and is short enough to read as a choice.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Claim
from quizapp.core.lexicon import PRONOUN_SOURCES
from quizapp.core.questions.cue_checks import CUE_WORD
from quizapp.core.questions.names import named_source
from quizapp.core.source_titles import PERSON_NOUNS

MAX_DESCRIPTION_WORDS = 6
"""Longest description offered as a choice: longer, it stands out beside the names."""

_PEOPLE = PERSON_NOUNS | {
    "author",
    "journalist",
    "reporter",
    "adviser",
    "advisor",
    "people",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "scholar",
    "professor",
}
_PLURAL_PEOPLE = {"people"}
_ONE = re.compile(r"^(?:a|an|one|the)\s", re.I)
_OPENING = re.compile(r"^(?:a|an|the|one|two|three|four|five|several|some|many)\s", re.I)
_CUT = re.compile(
    r",|\s+(?:who|which|that|whose|published|based|quoted|cited|according|said|says)\b"
)


def description(claim: Claim) -> str:
    """The words the article describes a claim's unnamed source by, as a choice ("Two people
    briefed on the talks"), or "" when the source is named or the words are no clean
    description of people."""
    if claim.status == "unattributed" or claim.source_type == "outlet" or named_source(claim):
        return ""
    written_first = not (
        claim.source_text.lower().startswith("the ") and claim.source_text != claim.source
    )  # "the doctor" points back to "a doctor on the scene": the first words describe
    order = (
        (claim.source_text, claim.source) if written_first else (claim.source, claim.source_text)
    )
    for written in order:
        text = _CUT.split(" ".join(written.split()), maxsplit=1)[0].strip()
        if len(text.split()) > MAX_DESCRIPTION_WORDS:
            text = _PLACE_AFTER.sub("", text)
        if _describes_people(text):
            return text[:1].upper() + text[1:]
    return ""


_PLACE_AFTER = re.compile(r"\s+(?:in|on|at|near)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")
"""Where a described source was, in common words ("in the area", "at the scene"): dropped
from a description too long to offer ("An Associated Press journalist [in the area]"), what
remains still says who. A place or body with a name ("at the US Embassy") stays: it says
whose."""


def _describes_people(text: str) -> bool:
    ws = text.split()
    return (
        2 <= len(ws) <= MAX_DESCRIPTION_WORDS
        and bool(_OPENING.match(text))
        and text.lower() not in PRONOUN_SOURCES
        and not CUE_WORD.search(text)
        and not re.search(r"[\d:;()\"\u201c\u201d]", text)
        and any(_singular(w) in _PEOPLE for w in ws)
    )


def _singular(word: str) -> str:
    word = word.lower().strip(".,'\u2019")
    return word[:-1] if word.endswith("s") and word[:-1] in _PEOPLE else word


def is_one_person(text: str) -> bool:
    """A description of one person ("A doctor on the scene"), who may say "I"."""
    heads = [w.lower() for w in text.split() if _singular(w) in _PEOPLE]
    return bool(_ONE.match(text)) and bool(heads) and heads[-1] == _singular(heads[-1])
