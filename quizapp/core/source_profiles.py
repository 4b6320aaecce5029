"""What the article says of each source beyond its name: role, affiliation, whether it is
named at all ("officials", "a person familiar with the matter" are not).

Takes a spaCy Doc but never imports spaCy; without a Doc the claim's own words are used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quizapp.core.claims import Article, Claim
from quizapp.core.lexicon import PERSON_PRONOUNS
from quizapp.core.name_mentions import clean_name
from quizapp.core.sources import name_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Unnamed people: "officials said", "a source", "people familiar with the matter".
ANONYMOUS_HEADS = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "person",
        "people",
        "insider",
        "insiders",
        "aide",
        "aides",
        "diplomat",
        "diplomats",
        "officer",
        "officers",
        "staffer",
        "staffers",
        "individual",
        "individuals",
        "someone",
        "member",
        "members",
        "employee",
        "employees",
        "witness",
        "witnesses",
        "resident",
        "residents",
    ]
)
ANONYMOUS_MARKERS = re.compile(
    r"\b(anonymity|anonymous|not authori[sz]ed to|familiar with|who (asked|declined) not to be "
    r"named|on background)\b",
    re.I,
)
_DETERMINERS = re.compile(r"^(the|a|an|one|some|several|two|three|many|other|another)\s+", re.I)


@dataclass
class SourceProfile:
    """What the article says about a claim's source, beyond its name."""

    name: str
    kind: str = ""  # entity label of the resolved party: PERSON, ORG, GPE, NORP, or ""
    role: str = ""  # "Kremlin spokesperson", "Deputy Chairman of the Security Council ..."
    affiliation: str = ""  # the organisation it speaks for: "Kremlin"
    named: bool = True  # False for "officials", "a source"
    words: set[str] = field(default_factory=set)


def source_profiles(
    claims: Sequence[Claim], doc: Doc | None = None, article: Article | None = None
) -> list[SourceProfile]:
    """For each claim, the role and affiliation the article gives its source."""
    index = name_index(doc, article or Article(text=doc.text)) if doc is not None else None
    roles = index.roles if index is not None else {}
    out: list[SourceProfile] = []
    last_body = ""  # the latest organisation-like source: what "its spokeswoman" speaks for
    for claim in claims:
        written = clean_name(claim.source_text)
        name = claim.source or written
        role_parts = []
        rest = _remove_words(written, name)
        if rest:
            role_parts.append(rest)
        role_parts.extend(r for r in roles.get(name, []) if r not in role_parts)
        role = "; ".join(role_parts)
        kind = index.labels.get(claim.source, "") if index is not None and claim.source else ""
        named = _is_named(claim, name, kind)
        affiliation = _affiliation(role, name, kind)
        if re.match(r"(its|their)\b", role, re.I) and last_body:
            affiliation = last_body
        out.append(
            SourceProfile(
                name=name,
                kind=kind,
                role=role,
                affiliation=affiliation,
                named=named,
                words=_key_words(name),
            )
        )
        if (
            claim.status != "unattributed"
            and named
            and kind != "PERSON"
            and name
            and name.lower() not in PERSON_PRONOUNS
            and not _looks_personal(name, roles)
        ):
            last_body = name
    return out


def _looks_personal(name: str, roles: dict[str, list[str]]) -> bool:
    """A person's name without an entity label: two or three capitalised words, with a role."""
    return name in roles or bool(re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z.]+){1,2}", name))


def _remove_words(text: str, name: str) -> str:
    """``text`` without the words of ``name``: "Kremlin spokesperson Dmitry Peskov" -> role."""

    def norm(word: str) -> str:
        return re.sub(r"['’]s$", "", word.lower().strip(',.;:()"“”'))

    drop = {norm(w) for w in name.split()}
    kept = [w for w in text.split() if norm(w) not in drop]
    rest = " ".join(kept).strip(" ,;")
    return "" if rest.lower() in ("", "the", "a", "an") else rest


def _is_named(claim: Claim, name: str, kind: str) -> bool:
    """False for unnamed people: "officials", "a police source", "two officials familiar
    with the investigation", or a source the sentence says spoke anonymously."""
    if kind in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    words = re.findall(r"[\w'-]+", _DETERMINERS.sub("", name.lower()))
    if not words:
        return False
    # The head is the last word before a preposition or a relative clause.
    chunk = []
    for word in words:
        if word in _POST_HEAD:
            break
        chunk.append(word)
    head = (chunk or words)[-1]
    if head in ANONYMOUS_HEADS:
        return False
    if ANONYMOUS_MARKERS.search(name):
        return False
    has_proper = any(w[:1].isupper() for w in name.split()[1:])
    return has_proper or not ANONYMOUS_MARKERS.search(claim.evidence or "")


_POST_HEAD = frozenset(
    [
        "familiar",
        "with",
        "at",
        "in",
        "from",
        "of",
        "for",
        "who",
        "whom",
        "that",
        "close",
        "briefed",
        "knowledgeable",
        "involved",
        "speaking",
        "on",
    ]
)


def _affiliation(role: str, name: str, kind: str) -> str:
    if kind in ("ORG", "GPE", "NORP") or not role:
        return name if kind in ("ORG", "GPE", "NORP") else ""
    # "Kremlin spokesperson" -> "Kremlin"; "Deputy Chairman of the Security Council" ->
    # "Security Council"; otherwise the capitalised words of the role.
    first = role.split(";")[0]
    match = re.search(r"\b(?:of|for|at)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s*)+)", first)
    if match:
        return match.group(1).strip()
    caps = [
        w
        for w in first.split()
        if w[:1].isupper() and w.lower() not in _ROLE_TITLES and w.lower() not in ("the", "a")
    ]
    return " ".join(caps)


_ROLE_TITLES = frozenset(
    [
        "president",
        "minister",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "deputy",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "chief",
        "head",
        "general",
        "commander",
        "senator",
        "sen.",
        "rep.",
        "governor",
        "gov.",
        "mayor",
        "ambassador",
        "judge",
        "prosecutor",
        "professor",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "former",
        "acting",
        "vice",
    ]
)


def _key_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][\w-]+", text.lower()) if w not in ("the", "of", "and")}
