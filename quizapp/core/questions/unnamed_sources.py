"""Sources the article describes but does not name ("two people briefed on the talks", "a
doctor on the scene", "the authors of the research"), in "who said it?": the key of a claim
by an unnamed source (DOMAIN 3: knowing that no one is named is itself the lesson), and a
wrong choice where the article has too few named sources to offer two.

A description is offered only in the article's words, cut before a clause ("the authors of
the research [published in ...]"), when it describes people (a person noun: "doctor",
"people", "authors") and is short enough to read as a choice. It is never offered beside a
source it may be or speak for: one sharing a word with it or with the key's role ("Senior
author Dr. ..." and "the authors of the research"; "two people briefed on the talks" and "a
second person briefed on the call"), one whose own claims make the key's point (a doctor who
saw "a shot in the heart" for "the deaths were caused by gunshot wounds"), an outlet's
reporter for a key that is no outlet, or a named wrong choice it may be or speak for ("a
Harbor County official" beside "Harbor County's water safety office").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.claims import Analysis, Claim
from quizapp.core.questions.cue_checks import CUE_WORD
from quizapp.core.questions.described_sources import description, is_one_person
from quizapp.core.questions.distractors import names_party, role_text
from quizapp.core.questions.english import similar
from quizapp.core.questions.evidence import usable
from quizapp.core.questions.names import may_be_one_body
from quizapp.core.questions.points import same_point, shares_a_rare_word

_STOP = {"the", "a", "an", "of", "on", "in", "at", "for", "with", "and", "one", "two", "some"}


def unnamed_key(analysis: Analysis, index: int, framed: bool = False) -> str:
    """The choice naming the source of claim ``index`` when the article describes it but
    does not name it and the claim passes the gates but for the name (``framed``: as a stem
    in the cue's frame asks it, gates.claim_problems), or ""."""
    claim = analysis.claims[index]
    text = description(claim)
    if not text or _SENTENCE_BREAK.search(claim.content):
        # "B. C, the authors said.": the sentence before the cue's may be the outlet's own
        # background, which the source would then be keyed as saying.
        return ""
    return text if usable(analysis, index, described=True, framed=framed) else ""


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019]?\s+[\"\u201c]?[A-Z]")


def described_others(
    analysis: Analysis, index: int, first_person: bool, beside: Sequence[str] = ()
) -> list[str]:
    """Descriptions of the article's other unnamed sources that may stand as wrong choices
    for claim ``index`` (see the module's docstring), in the article's order; none that may
    be or be among the named sources offered ``beside`` them (two choices, one source)."""
    key = analysis.claims[index]
    written = " ".join(c.source_text for c in analysis.claims if c.source == key.source)
    key_words = _words(f"{written} {key.source} {role_text(analysis, key.source)}")
    found: dict[str, str] = {}  # source -> its first description
    for j, other in enumerate(analysis.claims):
        text = description(other)
        if j == index or not text or other.source == key.source:
            continue
        if any(
            may_be_one_body(other.source, seen) or _words(text) & _words(shown)
            for seen, shown in found.items()
        ):
            continue  # "a person familiar with the matter", "people familiar with the matter"
        if not usable(analysis, j, described=True):
            continue  # "A New York man [pleaded guilty]": not a speaker, maybe one named later
        if other.source_type == "media" and key.source_type != "media" and _relays(analysis, j):
            continue  # a reporter who carried the story, not a speaker in it
        if may_be_one_body(other.source, key.source) or _words(text) & key_words:
            continue
        if any(_one_side(n, other) for n in beside):
            continue  # "A Harbor County official" beside "Harbor County's office"
        if first_person and not is_one_person(text):
            continue
        if _makes_the_point(analysis, key, other.source):
            continue
        found[other.source] = text
    return list(found.values())


def may_be_among(analysis: Analysis, name: str, claim: Claim) -> bool:
    """Whether a named source may be one of the people an unnamed ``claim``'s source
    describes: the description names its party ("Some White House advisers" and the White
    House's spokesman) or shares a word with its role ("the authors of the research" and
    "Senior author Dr. ...")."""
    described = f"{claim.source_text} {claim.source}"
    written = " ".join(c.source_text for c in analysis.claims if c.source == name)
    return names_party(described, name) or bool(
        _words(described) & _words(f"{written} {role_text(analysis, name)}")
    )


def _relays(analysis: Analysis, index: int) -> bool:
    """Whether an outlet's reporter may have carried others' words: what the article has
    them say holds a cue or a quotation ("reported that officials said ...") or another
    claim. A reporter who only tells what they saw or heard ("An Associated Press journalist
    reported hearing gunfire") is a witness, a speaker in the story like any other."""
    source = analysis.claims[index].source
    for claim in analysis.claims:
        if claim.source != source:
            continue
        if CUE_WORD.search(claim.content) or any(q in claim.content for q in '"\u201c\u201d'):
            return True
        for other in analysis.claims:
            inside = [
                a <= x and y <= b for a, b in claim.content_spans for x, y in other.content_spans
            ]
            if other is not claim and any(inside):
                return True
    return False


def _one_side(name: str, described: Claim) -> bool:
    """Whether a described source may be the named one, or speak for it: the description
    names it ("a Harbor County official", "a spokesman for the agency"). A member of a group
    the description only shares a role with ("Senior author Dr. ..." and "the authors of the
    research") is another choice, wrong as much as the other, beside a third source's key."""
    owner = re.sub(r"['\u2019]s\b", "", name)  # "Harbor County" of its office
    return may_be_one_body(name, described.source) or names_party(
        f"{described.source_text} {described.source}", owner
    )


def _makes_the_point(analysis: Analysis, key: Claim, source: str) -> bool:
    text = analysis.article.text
    return any(
        similar(c.content, key.content)
        or same_point(c.content, key.content)
        or shares_a_rare_word(c.content, key.content, text)
        for c in analysis.claims
        if c.source == source
    )


def _words(text: str) -> set[str]:
    """Content words, a plural's "s" dropped: "authors" and "Senior author" share one."""
    out = set()
    for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text.lower()):
        w = re.sub(r"['\u2019]s$", "", w)
        if w in _STOP or len(w) < 4:
            continue
        out.add(w[:-1] if w.endswith("s") else w)
    return out
