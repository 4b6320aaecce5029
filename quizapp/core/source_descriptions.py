"""What the parse says about each named party: the words that describe it (titles before the
name, appositives, relative clauses) and the place names it uses as clubs or firms.

Read from a spaCy Doc without importing spaCy; ``quizapp.core.source_types`` types the parties
from these words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from quizapp.core.name_mentions import clean_name
from quizapp.core.source_titles import TEAM_MEMBERS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def descriptions(doc: Doc) -> dict[str, list[str]]:
    """For every person and organisation the article names, the words it describes it with:
    titles before the name ("Wild coach"), appositives ("a doctor at Chaoyang Hospital"),
    the noun a name stands beside ("Carlineo's attorney, Sonya Zoghlin"), relative clauses
    ("who represents some of the accusers")."""
    out: dict[str, list[str]] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE"):
            continue
        root = ent.root
        parts = []
        left = [t for t in root.lefts if t.i < ent.start and t.dep_ in _TITLE_DEPS]
        if left:
            start = min(t.left_edge.i for t in left)
            parts.append(doc[start : ent.start].text)
        for child in root.rights:
            if child.dep_ == "appos":
                parts.append(_phrase(child))
            elif child.dep_ == "relcl":
                parts.append(_phrase(child, limit=12))
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < ent.start:
            parts.append(_phrase(root.head, skip=ent.start))
        parts = [p.strip(" ,") for p in parts if p.strip(" ,")]
        if parts:
            name = clean_name(re.sub(r"^the\s+", "", ent.text, flags=re.I))
            bucket = out.setdefault(name, [])
            bucket.extend(p for p in parts if p not in bucket)
    return out


def teams(doc: Doc) -> set[str]:
    """Names tagged as places that the article uses as a club or a firm: "Harrow City
    striker", "Harrow City's manager" (a city has no strikers), and never "in Harrow City"."""
    teams, places = set(), set()
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        name = clean_name(re.sub(r"^the\s+", "", ent.text, flags=re.I))
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
            places.add(name)
        elif root.dep_ in ("compound", "poss") and root.head.lemma_.lower() in TEAM_MEMBERS:
            teams.add(name)
    return teams - places


_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "from",
        "to",
        "across",
        "near",
        "around",
        "outside",
        "inside",
        "throughout",
        "into",
        "within",
        "toward",
        "towards",
    ]
)
_TITLE_DEPS = ("compound", "amod", "nmod", "poss", "appos")
_CUT_DEPS = ("conj", "cc", "relcl", "acl", "advcl", "punct", "appos")


def _phrase(token: Any, limit: int = 20, skip: int = -1) -> str:
    """A noun phrase's words, without what is joined to it (conjuncts, clauses)."""
    keep = []
    for t in token.subtree:
        if skip >= 0 and t.i >= skip:
            break
        if any(a.dep_ in _CUT_DEPS and a != token for a in _ancestors(t, token)):
            continue
        keep.append(t)
    keep = keep[:limit]
    return " ".join(t.text for t in keep)


def _ancestors(token: Any, top: Any) -> list[Any]:
    out = []
    while token != top and token.head != token:
        out.append(token)
        token = token.head
    return out
