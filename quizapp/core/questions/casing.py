"""A restated clause's first word in the case it takes inside a stem: "the statement that
police arrested six people" (a common word capitalised only because it opened the
article's sentence), "the statement that Republican counsel Steve Castor asked ..." (a
name keeps its capital)."""

from __future__ import annotations

import re

from quizapp.core.lexicon import AUDIENCES, COMMON_WORDS
from quizapp.core.questions.english import words
from quizapp.core.source_lexicon import INDEPENDENT, INVOLVED, OFFICIAL
from quizapp.core.source_titles import PERSON_NOUNS


def lower_first(text: str, article_text: str = "") -> str:
    """Lower-case a sentence's first word when it is not a name ("It is" -> "it is").

    A word is taken for a common word when it is a function word, ends like a verb form or
    an adverb ("Following", "Perhaps"), or the article also writes it in lower case.
    """
    first = words(text)[:1]
    second = words(text)[1:2]
    if first in (["A"], ["An"]) and second and second[0][:1].islower():
        return text[0].lower() + text[1:]  # "A search of the car found ..."
    if not first or first[0] == "I" or first[0].isupper() or not first[0][:1].isupper():
        return text
    word = first[0].lower()
    if re.split(r"['’]", word)[0] in {"it", "there"}:
        return text[0].lower() + text[1:]  # "It's important to ...": never a name
    if _PROPER_ADJECTIVE.fullmatch(first[0]):
        return text  # "Republican counsel Steve Castor", "Chinese officials"
    head = re.split(r"[-\u2013]", first[0])[0]
    if (
        head != first[0]
        and article_text
        and re.search(rf"[a-z,;:] {re.escape(head)}\b", article_text)
    ):
        return text  # "Houston-area sales": the article writes "in the Houston area"
    common = (
        word in COMMON_WORDS
        or word.endswith(("ing", "ly"))
        # "Attorney General William Barr": a word the article also writes in lower case
        # opens a title when the next word is capitalised too, and a title keeps its capital.
        or bool(
            article_text
            and re.search(rf"\b{re.escape(word)}\b", article_text)
            and not (second and second[0][:1].isupper())
        )
        # "Crews reached the mill": capitalised only where a sentence starts, and not the
        # first of two capitalised words ("Vladimir Putin"), so not a name.
        or bool(
            article_text
            and not (second and second[0][:1].isupper())
            and not re.search(rf"[a-z,;:] {re.escape(first[0])}\b", article_text)
            and "'" not in first[0]
            and "’" not in first[0]
        )
        or bool(
            article_text
            and not (second and second[0][:1].isupper())
            and _inside_names_only(first[0], article_text)
        )
    )
    return text[0].lower() + text[1:] if common else text


# Adjectives of nations, peoples and parties: capitalised wherever they stand.
_PROPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ican|ian|ese|ish)s?|Democrat(?:ic|s)?")


# Nouns for a kind of source or a group of people ("police", "officials", "prosecutors"):
# a common noun unless the article writes it as a name of its own.
_GROUP_NOUNS = frozenset(
    w for w in (*OFFICIAL, *INDEPENDENT, *INVOLVED, *AUDIENCES, *PERSON_NOUNS) if " " not in w
)


def _inside_names_only(word: str, article_text: str) -> bool:
    """Whether a word for a kind of source ("Police") stands capitalised inside a sentence
    only within a longer name ("the Columbus Police Department"), never alone after a small
    word ("said Police"): then "Police arrested six people" opens with the common noun. A
    surname ("President Lee Park", "Park said") is no such word, whatever its neighbours."""
    low = word.lower()
    if low not in _GROUP_NOUNS and low.rstrip("s") not in _GROUP_NOUNS:
        return False
    alone = rf"(?:(?<![\w'\u2019.-])[a-z][\w'\u2019-]*|[,;:(])\s+{re.escape(word)}\b"
    return not re.search(alone, article_text)
