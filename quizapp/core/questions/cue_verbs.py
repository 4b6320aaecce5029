"""The cue verbs whose object a "who" stem can carry in the cue's own frame ("Who accused
the harbor board of hiding costs?", "Who urged the council to publish the audit?"), and
how such a stem writes the cue ("are urging" -> "is urging"). cue_objects.py builds the
stem; statements.py and gates.py read the table too."""

from __future__ import annotations

import re

from quizapp.core.lexicon import DENIED_PARTS

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
    "claim": ("claimed", None),
    "deny": ("denied", None),
}
# Verbs that also take a clause without its "that" ("reported sales fell", "claimed the
# drug works"), and the words their object must open with to be framed: "a" or "an"
# ("reported a loss of $3 million"), which no clause a stem could restate does
# (statement_checks.object_not_clause); what a party claims for itself ("claimed
# responsibility for the attack"), which no clause opens with either.
_A = frozenset({"a", "an"})
TAKE_CLAUSES: dict[str, frozenset[str]] = {
    "report": _A,
    "announce": _A,
    "claim": frozenset({"responsibility", "credit", "victory", "ownership", "authorship"}),
    # What a party denies of itself ("denied any wrongdoing", "denied involvement in ..."):
    # "denied the reports" points back to reports a stem does not show.
    "deny": DENIED_PARTS | {"any"},
}

# The noun of a cue verb, as a status stem names what the source claims ("the claim of
# responsibility for the attack", "the accusation against the board of hiding costs"):
# only verbs whose object is a claim of fact a source can be checked on. A call, an urging,
# a demand, a proposal, praise or a condemnation asks for something or judges it: "a
# source's claim that the article reports but does not check" would not fit them. "The
# report of a loss of $3 million" is left out too: a company's reported results read as a
# record, and "the report" as the article itself.
NOUNS = {"claim": "claim of", "accuse": "accusation against", "deny": "denial of"}
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
    if re.search(r"[^aeiou]y$", verb):
        third = verb[:-1] + "ies"  # "denies"
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


_SECOND_ACT = re.compile(r"\s(?:and|but)\s+\w+ed\s+(?:him|her|them|it|us|me)\b")


def named_claim(base: str, thing: str) -> str | None:
    """What a source claims, named by its cue's noun, with the object as the article writes
    it: ("claim", "responsibility for the attack") -> "the claim of responsibility for the
    attack", ("accuse", "the board of hiding costs") -> "the accusation against the board
    of hiding costs"; None for a verb with no such noun."""
    noun = NOUNS.get(base)
    if noun is None:
        return None
    if base == "accuse" and not _OF_DOING.search(thing):
        return None  # "the accusation against the board": of what?
    if _SECOND_ACT.search(thing):
        # "accused Sanders of being inactive and chided him for ...": after "the accusation
        # against", the second verb has no subject left.
        return None
    return f"the {noun} {thing}"


def takes_object(cue: str, link: str | None, content: str = "") -> bool:
    """Whether the content straight after the cue (``link`` "") is the cue's object: after
    "accused", "urged", "called on" ... it is no clause ("the council to publish the audit")
    whatever words it holds; after "reported" or "claimed" it may be one ("reported sales
    fell"), unless it opens as an object does ("claimed responsibility for the attack")."""
    verb = cue_verb(cue)
    if link != "" or verb is None or verb[0] not in FRAMES:
        return False
    opening = content.split()[0].lower() if content.split() else ""
    return verb[0] not in TAKE_CLAUSES or opens_object(verb[0], opening)


def opens_object(base: str, opening: str) -> bool:
    """Whether a content opening with the word ``opening`` after cue verb ``base`` (one that
    also takes a clause without "that") is its object: a word of TAKE_CLAUSES, or a gerund
    ("reported hearing gunfire", "denied taking the money"), which no clause opens with."""
    return opening in TAKE_CLAUSES.get(base, frozenset()) or _is_ing_form(opening)


def _is_ing_form(word: str) -> bool:
    # Imported here: the quiz-serving process imports this module (through the question
    # types) and must never load the language model's module.
    from quizapp.core.nlp import is_ing_form

    return is_ing_form(word)
