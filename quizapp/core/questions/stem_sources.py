"""Source names as a stem shows them: the name the article gives, without the words the
analyser's span drags along ("..., which", "on Saturday", "in the United States"), and a
short name that can only be one of the article's full names given in full."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.core.claims import Analysis
from quizapp.core.questions.english import words
from quizapp.core.questions.names import acronym_of, is_organisation

_TRAILING_TIME = re.compile(
    r"\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month|year)$|\s+(?:yesterday|today|earlier)$"
)


_LINKS = {"the", "of", "for", "and", "a", "an"}
_TRAILING_RELATIVE = re.compile(r",?\s+(?:which|who|whose|that)$")
_PLACE = re.compile(r"\s+in (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*$")


def tidy_source(name: str) -> str:
    """A source name as a stem shows it: "the Center for Strategic and International Studies
    in the United States, which" -> "Center for Strategic and International Studies";
    "The Times on Saturday" -> "The Times". The article's own words stay in source_text."""
    name = " ".join(name.split())
    name = _TRAILING_RELATIVE.sub("", name)
    if ", " in name:
        # "The mill's owner, Granary Holdings" -> the name; "Dmitry Medvedev, Deputy
        # Chairman of ..." -> the name; "Safe Taps Now, a parents' group" -> the name.
        head, tail = name.split(", ", 1)
        if _is_name(head):
            name = head
        elif _is_name(tail):
            name = tail
        else:
            name = head
    name = _TRAILING_TIME.sub("", name)
    if is_organisation(name):
        name = _PLACE.sub("", name)
        if name.startswith("the "):
            name = name[4:]
    return name or " ".join(name.split())


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_POSTMODIFIER_STARTS = {
    "of",
    "on",
    "in",
    "at",
    "from",
    "with",
    "who",
    "which",
    "that",
    "inside",
    "for",
    "by",
    "near",
    "to",
    "familiar",
    "briefed",
    "close",
}


def names_in_full(name: str, longer: str) -> bool:
    """Whether ``longer`` is the same source as ``name`` named in full: "Trump" ->
    "Donald Trump", "the doctor" -> "A doctor on the scene", "the Chinese CDC" -> the name
    spelt out. Not a pair holding it ("European Union" in "The United Nations and European
    Union"), an owner ("the president" in "President Trump's advisers"), a complement
    ("Jane Doe" in "a survey by Jane Doe"), another person of the same surname, or a plural
    group: "officials" and "Beijing officials" may be two groups of officials, and a stem
    that names the wrong one puts words in their mouths."""
    if len(longer.split()) <= len(name.split()):
        return False
    if acronym_of(name, longer):
        return True
    short = [w.lower() for w in words(name) if w.lower() not in _LINKS]
    full = [w.lower() for w in words(longer) if w.lower() not in _LINKS]
    if not short or not set(short) < set(full) or _plural_group(name):
        return False
    if re.search(r"\band\b|&|\bboth\b", longer) and not re.search(r"\band\b|&", name):
        return False
    return short[-1] == _head(longer)


def _plural_group(name: str) -> bool:
    # A bare plural ("officials", "White House advisers") is any such group; a definite
    # one ("the authors") points back to the one the article named before.
    ws = words(name)
    if not ws or ws[0].lower() in {"the", "these", "those"}:
        return False
    head = ws[-1]
    common = head.islower() or (len(ws) == 1 and head[1:].islower())
    return common and head.endswith("s") and not head.endswith("ss")


def _head(name: str) -> str:
    """The head word of a noun phrase: the word before its first post-modifier ("doctor" in
    "a doctor on the scene"), else its last word; a possessive's owner is never the head."""
    ws = [w for w in words(name) if w.lower().strip(".") not in _NAME_SUFFIXES]
    for i, w in enumerate(ws[1:], 1):
        if w in _POSTMODIFIER_STARTS:
            return ws[i - 1].lower()
    return ws[-1].lower() if ws else ""


def _is_name(text: str) -> bool:
    ws = [w for w in text.split() if w.lower() not in {"of", "for", "and", "the", "on"}]
    return bool(ws) and all(w[:1].isupper() for w in ws)


def tidy_sources(analysis: Analysis) -> Analysis:
    """The analysis with every claim's source tidied (tidy_source) and given in full."""
    claims = [replace(c, source=tidy_source(c.source) or c.source) for c in analysis.claims]
    # A short name that can only be one of the article's full names becomes that name:
    # "Trump" -> "Donald Trump", unless the article also has a "Fred Trump".
    names = {c.source for c in claims}
    full = {}
    for name in names:
        longer = {m for m in names if m != name and names_in_full(name, m)}
        if len(longer) == 1:
            full[name] = longer.pop()
    claims = [replace(c, source=full.get(c.source, c.source)) for c in claims]
    return replace(analysis, claims=claims)
