"""Names as the parse finds them: a source written as the article writes it, trimmed to a
name, and what the tagger's entities say of the people in it (their surnames, their roles,
mentions it labelled wrongly or missed). ``quizapp.core.sources`` resolves sources with these.

The Doc comes from ``quizapp.core.nlp``; nothing here imports spaCy.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from quizapp.core.nlp import is_ing_form

if TYPE_CHECKING:
    from spacy.tokens import Doc


def clean_name(text: str) -> str:
    """A source as written, trimmed of quotes, punctuation, a possessive and extra spaces."""
    text = re.sub(r"\s+", " ", text or "").strip(" \t\n,.;:\"'“”‘’()—–-")
    return re.sub(r"['’]s?$", "", text).strip()


def strip_the(text: str) -> str:
    return re.sub(r"^the\s+", "", clean_name(text), flags=re.I)


def without_gerund(ent: Any) -> str:
    """An entity's words without a verb in -ing that opens the sentence and that the tagger
    took for a first name: "Hosting Cook at Dreamforce is our dream" names Cook, and "Hosting
    Cook" must not become the full name every later "Cook" resolves to ("Sterling Lane"
    stays: "sterl" is no verb)."""
    if len(ent) >= 2 and ent.start == ent.sent.start and is_ing_form(ent[0].text):
        return ent[1:].text
    return ent.text


def without_role_code(name: str) -> str:
    """A person's name without a team and a position code the tagger took into it ("Jets QB
    Dan Marsh" is Dan Marsh): the code, in capitals, would stand in every choice that names
    him, the only choice with a title, in jargon a reader may not know."""
    words = name.split()
    for i in range(len(words) - 3, -1, -1):
        rest = words[i + 1 :]
        if re.fullmatch(r"[A-Z]{1,3}", words[i]) and all(
            re.fullmatch(r"[A-Z][a-z][\w'\u2019.-]*", w) for w in rest
        ):
            return " ".join(rest) if len(rest) <= 3 else name
    return name


def person_surnames(doc: Doc) -> set[str]:
    """Last words of the names the tagger read as people somewhere in the article."""
    return {e.text.split()[-1].lower() for e in doc.ents if e.label_ == "PERSON" and e.text.split()}


def person_or(label: str, name: str, surnames: set[str], subject: bool = False) -> str:
    """The tagger labels one name differently from mention to mention ("Volker" a person
    once, an organisation sixteen times, a place when it acts): a short capitalised name
    whose last word is a person's surname elsewhere in the article is that person (a place
    only as the subject of the main verb: "the offices of Omar" stay a place)."""
    words = re.sub(r"['’]s$", "", name).split()
    if (
        (label == "ORG" or label == "GPE" and subject)
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in surnames
    ):
        return "PERSON"
    return label


def acts(token: Any) -> bool:
    """The subject of its sentence's main verb, and that verb no copula: "Thane ...
    refused", not "the night Epstein died" or "Omar is one of ..."."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.head.dep_ == "ROOT"
        and token.head.lemma_.lower() != "be"
    )


def untagged_surnames(doc: Doc, surnames: set[str]) -> list[tuple[int, str, str, Any]]:
    """Mentions the tagger missed: a lone proper noun that is the subject of its sentence
    and a person's surname elsewhere in the article ("Thane, who has never held office,
    refused ..." after "Robert Thane")."""
    out = []
    for t in doc:
        if (
            t.pos_ == "PROPN"
            and not t.ent_type_
            and acts(t)
            and t.lower_ in surnames
            and not any(c.dep_ == "compound" for c in t.children)
        ):
            out.append((t.idx, "PERSON", t.text, doc[t.i : t.i + 1]))
    return out


def head_word(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None and len(span) else ""


def roles_by_name(doc: Doc) -> dict[str, list[str]]:
    """Descriptions attached to each person's mentions: titles before, appositions after."""
    out: dict[str, list[str]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        words = [
            t
            for t in root.subtree
            if not any(a.dep_ in ("relcl", "acl", "prep") and a.head == root for a in path(t, root))
            and not (ent.start <= t.i < ent.end)
        ]
        role = " ".join(t.text for t in words if t.dep_ != "punct" and t.text not in ",")
        role = role.strip()
        if role and role.lower() not in ("the", "a", "an") and len(role.split()) <= 14:
            full = strip_the(ent.text)
            out.setdefault(full, []).append(role)
            out.setdefault(full.split()[-1], []).append(role)
    # A surname alone gets the roles of its full name too.
    for name in list(out):
        parts = name.split()
        if len(parts) >= 2:
            for role in out[name]:
                if role not in out.setdefault(parts[-1], []):
                    out[parts[-1]].append(role)
    return out


def path(token: Any, root: Any) -> list[Any]:
    """Tokens from ``token`` up to (not including) ``root`` in the dependency tree."""
    out = []
    while token != root and token.head != token:
        out.append(token)
        token = token.head
    return out
