"""Who stands behind a claim, for statuses: the same party or its own office (whose
repetition corroborates nothing), and sources that name no one."""

from __future__ import annotations

import functools
import re

from quizapp.core.lexicon import DEMONYMS, DOCUMENT_STEMS, NAMELESS_SOURCES
from quizapp.core.source_profiles import SourceProfile

GENERIC_PARTY_WORDS = frozenset(
    [
        "ministry",
        "minister",
        "department",
        "office",
        "council",
        "committee",
        "state",
        "states",
        "national",
        "federal",
        "government",
        "united",
        "federation",
        "agency",
        "service",
        "services",
        "russian",
        "american",
        "british",
        "chinese",
        "us",
        "u.s.",
        "uk",
        "of",
        "the",
        "and",
        "for",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "press",
        "secretary",
        "deputy",
        "chairman",
        "president",
        "official",
        "officials",
    ]
)


@functools.lru_cache(maxsize=4096)
def _party_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][\w.-]+", re.sub(r"['’]s\b", "", text.lower()))
    return frozenset(w for w in words if w not in GENERIC_PARTY_WORDS)


def same_party(a: SourceProfile, b: SourceProfile, by_nation: bool = True) -> bool:
    """The same source, or one speaking for the other's office ("Defense Minister" and
    "the Ministry of Defense", "Kremlin spokesperson" and "the Kremlin").

    ``by_nation=False``: a nation's word alone ("the Afghan government", "the Afghan
    Taliban") does not make one party. Two bodies of one state are not independent enough
    to corroborate each other, but one may well reject what the other says."""
    na, nb = a.words, b.words
    if na and nb and (na <= nb or nb <= na):
        return True
    if not a.named and not b.named:
        return True  # two unnamed sources: nothing shows that they are independent
    # "the study" and "An exhaustive study ... by researchers", "Poll" and "a new poll":
    # a document named again by its kind is the same document.
    docs_a = (na | _party_words(a.role)) & DOCUMENT_STEMS
    if docs_a and docs_a & (nb | _party_words(b.role)):
        return True
    # "their attorneys" and "attorneys for the family": unnamed groups with the same head.
    if _common_head(a.name) and _common_head(a.name) == _common_head(b.name):
        return True
    aff_a, aff_b = _party_words(a.affiliation), _party_words(b.affiliation)
    name_a, name_b = _party_words(a.name), _party_words(b.name)
    if not by_nation:
        aff_a, aff_b, name_a, name_b = (w - DEMONYMS for w in (aff_a, aff_b, name_a, name_b))
    return bool((aff_a and (aff_a & aff_b or aff_a & name_b)) or (aff_b and aff_b & name_a))


def _common_head(name: str) -> str:
    """The head noun of a source without capitalised words ("their attorneys"), else ""."""
    words = re.findall(r"[\w'-]+", name)
    if (
        not words
        or any(w[:1].isupper() for w in words[1:])
        or words[0][:1].isupper()
        and (words[0].lower() not in ("the", "a", "an", "their", "his", "her", "its", "some"))
    ):
        return ""
    heads = [w.lower() for w in words if w.lower() not in _POST_HEAD_WORDS]
    return heads[-1] if heads else ""


_POST_HEAD_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "their",
        "his",
        "her",
        "its",
        "some",
        "of",
        "for",
        "at",
        "in",
        "with",
        "from",
    ]
)


def describe(profile: SourceProfile) -> str:
    """ "Dmitry Peskov (Kremlin)" for reasons that name the other claim."""
    role = profile.role.split(";")[0].strip()
    if role and len(role.split()) <= 4 and role.lower() not in profile.name.lower():
        return f"{profile.name} ({role})"
    if profile.affiliation and profile.affiliation.lower() not in profile.name.lower():
        return f"{profile.name} ({profile.affiliation})"
    return profile.name or "another source"


def unnamed(profile: SourceProfile) -> bool:
    """No one to weigh: an empty source or an unresolved pronoun ("it", "that")."""
    name = profile.name.strip().lower()
    return not name or name in NAMELESS_SOURCES
