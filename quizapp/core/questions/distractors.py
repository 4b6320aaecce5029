"""Which of the article's other sources make plausible wrong answers to "who said it?".

A wrong choice teaches only when a learner could believe it: one of the article's other main
speakers (those it attributes most claims to), of the same kind as the right answer (a
person for a person's "I ...", a body for a body's statement), a whole name of about the
same length. Some names are never offered: an outlet that only carried or reported the
story (unless the right answer is an outlet too), a name that belongs to the right one
("Morrison's lawyer" for Tim Morrison), and a body for words a single person speaks
("Apple" for "I run my business on my phone").
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.questions.english import words
from quizapp.core.questions.names import is_organisation, may_be_one_body, same_source

MAX_DISTRACTORS = 3
MIN_DISTRACTORS = 2

_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
# Words that end a company's name, not a person's ("Brightwater Shipping", "Acme Inc").
# fmt: off
_COMPANY_WORDS = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "holdings", "partners", "capital", "shipping",
    "airlines", "airways", "motors", "systems", "technologies", "energy", "media", "labs",
    "industries", "international", "global", "electric", "pharmaceuticals", "brands", "foods",
})
# fmt: on
_POSSESSIVE = re.compile(r"([A-Z][\w.-]*)['’]s\b")


def speaks_as_one_person(quote: str) -> bool:
    """Whether a quotation speaks in the first person singular ("I feared ...", "my role"):
    only a person says it."""
    return bool(_FIRST_PERSON_SINGULAR.search(quote))


def looks_like_person(name: str) -> bool:
    """A personal name: ends in two capitalised words that are no acronym ("Tim Morrison",
    "Sui-Lee Wee", "Browns DL Sheldon Richardson"), with no word of a body ("Office",
    "Press", "Shipping") and no possessive. One word ("Apple", "Li") says too little."""
    ws = words(name)
    return (
        2 <= len(ws) <= 5
        and all(w[:1].isupper() for w in ws)
        and not any(w.isupper() and len(w) > 1 for w in ws[-2:])
        and not _POSSESSIVE.search(name)
        and not is_organisation(name)
        and ws[-1].lower().rstrip(".") not in _COMPANY_WORDS
    )


def is_person(analysis: Analysis, name: str) -> bool:
    """A personal name, or a source the article calls "he" or "she"."""
    return looks_like_person(name) or any(
        c.source_text.strip().lower() in {"he", "she"} for c in _claims_of(analysis, name)
    )


def whole_name(name: str) -> bool:
    """A name, not a description built on another name or a lower-case phrase:
    "Morrison's lawyer" and "California's utilities regulators" are descriptions."""
    return not _POSSESSIVE.search(name) and all(
        w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "on"} for w in words(name)
    )


def belongs_to(a: str, b: str) -> bool:
    """Whether one name is built on the other: "Morrison's lawyer" and "Tim Morrison",
    "Apple's spokesman" and "Apple"."""
    for owned, owner in ((a, b), (b, a)):
        owner_words = {w.lower() for w in words(owner)}
        if any(m.group(1).lower() in owner_words for m in _POSSESSIVE.finditer(owned)):
            return True
    return False


def _kind(analysis: Analysis, name: str) -> str:
    if is_person(analysis, name):
        return "person"
    if is_organisation(name):
        return "body"
    return ""


def _claims_of(analysis: Analysis, name: str) -> list[Claim]:
    return [
        c for c in analysis.claims if c.status != "unattributed" and same_source(c.source, name)
    ]


def _only_media(analysis: Analysis, name: str) -> bool:
    kinds = {c.source_type for c in _claims_of(analysis, name)}
    return bool(kinds) and kinds <= {"media"}


def rank_sources(
    analysis: Analysis, key: Claim, names: list[str], first_person: bool = False
) -> list[str]:
    """``names`` that may stand as wrong answers to a question keyed on ``key``'s source,
    best first, at most MAX_DISTRACTORS: the plausible ones (same kind, whole names), and
    weaker ones only to make up MIN_DISTRACTORS. ``first_person``: the words are a single
    person's ("I ..."), so only people may be offered."""
    right = key.source
    key_is_media = key.source_type == "media"
    allowed = [
        n
        for n in names
        if not may_be_one_body(n, right)
        and not belongs_to(n, right)
        and (key_is_media or not _only_media(analysis, n))
        and (not first_person or is_person(analysis, n))
    ]
    key_kind = "person" if first_person else _kind(analysis, right)
    size = len(words(right))
    order = {n: i for i, n in enumerate(names)}

    def weak(n: str) -> bool:
        return not whole_name(n) or bool(key_kind and _kind(analysis, n) != key_kind)

    def rank(n: str) -> tuple:
        return (
            weak(n),
            -len(_claims_of(analysis, n)),  # the article's main speakers first
            abs(len(words(n)) - size),  # names of about the same length
            order[n],
        )

    def other_type(n: str) -> bool:
        return key.source_type not in {c.source_type for c in _claims_of(analysis, n)}

    ranked = sorted(allowed, key=rank)
    strong = [n for n in ranked if not weak(n)][:MAX_DISTRACTORS]
    # Among the weaker names, a source of the same type comes first: an outlet for an
    # outlet's reporter, an official body for an official.
    fill = sorted([n for n in ranked if weak(n)], key=other_type)
    fill = fill[: max(0, MIN_DISTRACTORS - len(strong))]
    return strong + fill
