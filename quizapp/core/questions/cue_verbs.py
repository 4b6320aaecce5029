"""The cue verbs whose object a "who" stem can carry in the cue's own frame ("Who accused
the harbor board of hiding costs?", "Who urged the council to publish the audit?"), and
how such a stem writes the cue ("are urging" -> "is urging"). cue_objects.py builds the
stem; statements.py and gates.py read the table too."""

from __future__ import annotations

import re

# Cue verbs (base form, past) and what their object must hold to be whole after them: the
# "of" of an accusation, the "to" of a call on someone, or None for any noun phrase.
_OF_DOING = re.compile(r"\sof\s")
_TO_DO = re.compile(r"\sto\s+[a-z]")
_FOR = re.compile(r"\s(?:for|over)\s")
FRAMES: dict[str, tuple[str, re.Pattern[str] | None]] = {
    "accuse": ("accused", _OF_DOING),
    "blame": ("blamed", re.compile(r"\s(?:for|on)\s")),
    "criticize": ("criticized", _FOR),
    "criticise": ("criticised", _FOR),
    "praise": ("praised", _FOR),
    "thank": ("thanked", _FOR),
    "urge": ("urged", None),
    "ask": ("asked", _TO_DO),
    "call on": ("called on", _TO_DO),
    "call for": ("called for", None),
    "demand": ("demanded", None),
    "denounce": ("denounced", None),
    "condemn": ("condemned", None),
    "propose": ("proposed", None),
    "recommend": ("recommended", None),
    "report": ("reported", None),
    "announce": ("announced", None),
}
# Verbs that also take a clause without its "that" ("reported sales fell"): their object
# is framed only where it opens with "a" or "an" ("reported a loss of $3 million"), which
# no clause a stem could restate does (statement_checks.object_not_clause).
TAKE_CLAUSES = {"report", "announce"}
# Verbs a proposal follows in a "that" clause, whose subjunctive ("that the city buy") reads
# right after the verb itself and nowhere else.
THAT_FRAMES = {"suggest", "propose", "recommend", "urge", "demand", "insist", "ask"}
_PAST = {"suggest": "suggested", "insist": "insisted"}

_BE = {"is": "is", "are": "is", "was": "was", "were": "was"}
_HAVE = {"has": "has", "have": "has", "had": "had"}


def _forms(base: str, past: str) -> dict[str, str]:
    """The written forms of a cue verb, each with how a "who" stem writes it."""
    verb, _, particle = base.partition(" ")
    ing = (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    tail = f" {particle}" if particle else ""
    return {
        f"{verb}{tail}": "",  # a bare base form ("they urge") is no finite frame we ask
        f"{third}{tail}": f"{third}{tail}",
        past: past,
        f"{ing}{tail}": past,  # "repeatedly calling for ..." asks who called for it
    }


_WRITTEN: dict[str, tuple[str, str, str]] = {}
"""A cue verb as written ("urging") -> (base, past, as the stem writes it bare)."""
for _base, (_past, _) in FRAMES.items():
    for _form, _bare in _forms(_base, _past).items():
        _WRITTEN[_form] = (_base, _past, _bare)
for _base, _past in _PAST.items():
    for _form, _bare in _forms(_base, _past).items():
        _WRITTEN.setdefault(_form, (_base, _past, _bare))


def cue_verb(cue: str) -> tuple[str, str] | None:
    """(base, stem verb) of a framed cue as a "who" stem asks it: "accused" -> ("accuse",
    "accused"), "are urging" -> ("urge", "is urging"), "has denounced" -> ("denounce", "has
    denounced"); None for a cue that is no such verb, is negated or has a modal ("did not
    offer", "would urge")."""
    ws = [w for w in cue.lower().split() if not (w.endswith("ly") or w in {"also", "again"})]
    aux = ws[0] if ws and (ws[0] in _BE or ws[0] in _HAVE) else ""
    rest = " ".join(ws[1:] if aux else ws)
    found = _WRITTEN.get(rest)
    if not found:
        return None
    base, past, bare = found
    if aux in _BE and rest.split()[0].endswith("ing"):
        return base, f"{_BE[aux]} {rest}"
    if aux in _HAVE and rest.startswith(past.split()[0]):
        return base, f"{_HAVE[aux]} {rest}"
    return (base, bare) if not aux and bare else None


def takes_object(cue: str, link: str | None) -> bool:
    """Whether the content straight after the cue (``link`` "") is the cue's object: after
    "accused", "urged", "called on" ... it is no clause ("the council to publish the audit")
    whatever words it holds; after "reported" it may be one ("reported sales fell")."""
    verb = cue_verb(cue)
    return link == "" and verb is not None and verb[0] in FRAMES and verb[0] not in TAKE_CLAUSES
