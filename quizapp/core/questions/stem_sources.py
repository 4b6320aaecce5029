"""Source names as a stem shows them: the name the article gives, without the words the
analyser's span drags along ("..., which", "on Saturday", "in the United States"), and a
short name that can only be one of the article's full names given in full."""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.core.claims import Analysis
from quizapp.core.questions.names import is_organisation, same_source

_TRAILING_TIME = re.compile(
    r"\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month|year)$|\s+(?:yesterday|today|earlier)$"
)


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
        longer = {
            m
            for m in names
            if m != name and same_source(name, m) and len(m.split()) > len(name.split())
        }
        if len(longer) == 1:
            full[name] = longer.pop()
    claims = [replace(c, source=full.get(c.source, c.source)) for c in claims]
    return replace(analysis, claims=claims)
