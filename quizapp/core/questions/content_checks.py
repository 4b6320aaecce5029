"""Contents a question may quote: one complete clause inside one speaker's words (a verb,
no dangling conjunction or addressee, no ticker or code, not glued from two places)."""

from __future__ import annotations

import re

from quizapp.core.claims import Claim
from quizapp.core.questions.cue_checks import lemma

_CONJUNCTIONS = {"and", "but", "or", "nor", "because", "while", "although", "if"}


TICKER = re.compile(
    r"\b[A-Z][A-Z0-9]*[=^][A-Z0-9]+\b|\b[A-Z]{2,}\d+[A-Z]+\b|\b[A-Z]{2,5}\.[A-Z]{1,2}\b(?!\.)|[=#@]\w"
)


def content_problems(claim: Claim, framed: bool = False) -> list[str]:
    """Why the content is not one complete clause in one speaker's words; ``framed``: a
    stem asks it after its cue ("Who urged people to be cautious?"), where an object and
    an infinitive read whole."""
    text = " ".join(claim.content.split())
    ws = re.findall(r"[\w'\u2019-]+", text)
    if len(ws) < 4:
        return [f"content {text!r} is not a clause"]
    if TICKER.search(text):
        return ["content holds a ticker or a code"]
    if _STUTTER.search(f"{text} {' '.join(claim.evidence.split())}"):
        return ["the sentence repeats its own words ('he said he said'): garbled on the page"]
    if HEADLINE.match(text):
        return ["content reads like a headline ('X: Y')"]
    first, last = ws[0].lower(), ws[-1].lower()
    if last in _CONJUNCTIONS or first in {"and", "or", "nor"}:
        return ["content has a dangling conjunction"]
    if re.search(r",\s+(?:Mr|Mrs|Ms|Dr|sir|madam)\.?\s*[A-Z]?\w*[.!?]?$", text):
        return ["content ends with an addressee"]
    head = lemma((claim.cue.split() or [""])[0])
    if head in _OBJECT_CONTROL and _OBJECT_TO.match(text) and not framed:
        return ["content is an object and an infinitive ('urged people to be ...')"]
    told = head == "tell"
    if _ADDRESSEE.match(text) or (told and _TOLD_NAME.match(text)):
        return ["content starts with the addressee of the cue"]
    # Two speakers: a quote closed, then someone else named as saying the next words; or
    # someone else's words nested inside ("Li Jifeng ... wrote in a blog post that ...").
    for other in _SPEAKER_AFTER_QUOTE.findall(text) + _NESTED_SPEAKER.findall(text):
        if other.split()[-1] not in claim.source.split():
            return [f"content runs into {other}'s words"]
    return []


_ADDRESSEE = re.compile(
    r"(?:reporters|lawmakers|journalists|senators|congress|the committee|the court|jurors|"
    r"the jury|members|him|her|them|us|me|investigators|supporters|the crowd|students|"
    r"parliament|the senate|the house|the audience|listeners|viewers)\b(?!\s+(?:is|are|was|"
    r"were|have|has|had|will|would|can|could|should|must|may|might|do|did)\b)",
    re.I,
)


_OBJECT_CONTROL = {"urge", "ask", "tell", "call", "advise", "want", "encourage", "warn", "beg"}


_OBJECT_TO = re.compile(r"^(?!that )(?:[\w'\u2019-]+ ){1,4}to [a-z]+\b")
"""An object and an infinitive ("people to be cautious"); "that she tried to stop it" is a
clause said to someone, not whom they were urged."""


_STUTTER = re.compile(r"\b(\w+ \w+)\s+\1\b", re.I)
"""Two words written twice in a row: an editing slip ("he said he said he told them") a
question would copy."""


HEADLINE = re.compile(r"^[^:\u201c\"]{3,60}:\s+[A-Z]")


_NESTED_SPEAKER = re.compile(
    r"\b([A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3})(?:,[^,]{1,80},)?"
    r"\s+(?:said|says|wrote|writes|told|tells|reported|reports)\b"
)


_SPEAKER_AFTER_QUOTE = re.compile(
    r"[\u201d\"],?\s+([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)*)\s+(?:said|says|told|added|wrote)\b"
)


_TOLD_NAME = re.compile(
    # "Although the crews found ...": a clause's first word, not an addressee's name.
    r"^(?!(?:Although|Though|While|When|Whenever|If|Because|As|Since|After|Before|Once|"
    r"Unless|Until|Whether|But|And|So|Yet|Even|Given|Despite|In|On|At|For|With|By|From)\b)"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*\s+(?:that\s+)?"
    r"(?:the|a|an|he|she|they|it|we|i|there|his|her|their)\b"
)
