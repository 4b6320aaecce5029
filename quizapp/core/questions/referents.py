"""Names in place of the words a statement lifted out of its article leans on the article
for. Shown alone in a stem, "Vik Holm scored twice" does not say who Vik Holm is where
the article first wrote "Lars Vik Holm", nor "the 34-year-old's injury" whose injury, where
the article wrote "Owen Pike, 34, ...": the article's reader knows, the learner shown one
sentence does not.

Only what the article itself settles is changed. A bare surname takes the one first name
the article writes before it, where the article shows it is a person's name
(``person_in_full``). An epithet ("the 66-year-old", "the Swedish forward", "the Democrat")
becomes the name of the one person the article ties it to, by an appositive ("Pike, 34,",
"Reid, a Democrat from ...") or as a title before the name ("Swedish forward Lars Vik
Holm") (``tied_person``); with two or more such people it stays. Words inside quotation marks
are the speaker's and are never changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from quizapp.core.lexicon import COMMON_WORDS, PREPOSITIONS, STOP_WORDS
from quizapp.core.questions.casing import _PROPER_ADJECTIVE
from quizapp.core.questions.names import TITLES, is_organisation, reads_as_first_name
from quizapp.core.source_titles import AFFILIATION_TITLES, PERSON_NOUNS, TEAM_MEMBERS

_PART = r"[A-Z][a-z][\w'\u2019-]*"
_NAME_RUN = re.compile(rf"(?<![\w'\u2019.-]){_PART}(?: {_PART})*")
# A person's name as a tie writes it: "Lars Vik Holm", "Dana W. Reid" (no "Jr").
_PERSON = rf"{_PART}(?: (?!(?:Jr|Sr)\b)(?:[A-Z]\.|{_PART}))*"
_SUFFIX = r"(?:,? [JS]r\.?)?"
_POSSESSIVE = re.compile(r"['\u2019]s$")
_QUOTED = re.compile(r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)")
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# fmt: off
# Words an article writes for a person instead of the name: its epithets ("the Swedish
# forward", "the Democrat", "the former senator"); never one that fits nearly anyone ("the
# man", "the official").
EPITHET_HEADS = TEAM_MEMBERS - {"player", "teammate", "shareholder", "executive"} | frozenset({
    "winger", "defenseman", "goaltender", "senator", "congressman",
    "congresswoman", "lawmaker", "governor", "mayor", "president", "candidate", "nominee",
    "judge", "prosecutor", "financier", "billionaire", "investor", "founder", "actor",
    "actress", "singer", "rapper", "rookie", "veteran", "democrat", "republican", "envoy",
    "ambassador", "economist", "defendant",
})
# Words written just before a person's full name ("goalie Mara Dent", "convicted
# smuggler Ivo Brandt", "Attorney General Ana Ruiz").
_ROLES = (TITLES - _DAYS) | PERSON_NOUNS | EPITHET_HEADS | set(AFFILIATION_TITLES) | frozenset({
    "trafficker", "offender", "inmate", "suspect", "counsel", "adviser", "advisor",
})
# fmt: on
_ROLE = "(?i:" + "|".join(sorted(_ROLES, key=len, reverse=True)) + ")"
_HEAD = "(?i:" + "|".join(sorted(EPITHET_HEADS, key=len, reverse=True)) + r"|\d{1,3}-year-old)"
_SPEECH = r"(?:said|says|told|added|wrote|testified|argued|insisted|noted|explained|recalled)"
_PERSON_TITLE = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Lt|Col|Sgt|Capt)\.?"

_EPITHET = re.compile(
    r"\b[Tt]he (?P<mods>(?:(?!(?:the|a|an|of|and|or|to|in|on|at|for|with|by)\b)"
    rf"[A-Za-z][\w-]* ){{0,2}})(?P<head>{_HEAD})(?=['\u2019]s\b|(?![\w'\u2019-]))"
    r"(?! of\b|,? [A-Z])"
)
"""'the Swedish forward', 'The 66-year-old's', not 'the president of the club' nor 'the
forward Lars Vik Holm' or 'the Chilean president, Ana ...' (named there)."""

# fmt: off
# Epithets a story gives a person it has named, and no other ("the Democrat", "the rookie"):
# left unresolved, whom they stand for is lost. "the president" or "the coach" of the story
# is known from it; "the doctor" may be one it never names.
_NAMED_ONLY = frozenset({
    "democrat", "republican", "senator", "congressman", "congresswoman", "lawmaker",
    "nominee", "candidate", "billionaire", "financier", "forward", "winger", "defenseman",
    "goalie", "goaltender", "striker", "midfielder", "quarterback", "pitcher", "rookie",
})
# fmt: on


def named_in_full(clause: str, text: str) -> str:
    """The clause with each epithet the article ties to one person replaced by that
    person's name, and each bare surname written in full as the article first writes it
    (its first mention in the clause only); words in quotation marks stay as they are."""
    return _surnames_in_full(_epithets_named(clause, text), text)


def unnamed_epithet(clause: str) -> bool:
    """Whether the clause, outside quotation marks, still holds an epithet for a person
    the story named ("the Democrat", "the Swedish forward", "the 66-year-old"): one
    named_in_full could not tie to one person."""
    quoted = _quoted(clause)
    for m in _EPITHET.finditer(clause):
        mods = m.group("mods").split()
        if _inside(m.start(), quoted) or any(w.lower() in STOP_WORDS for w in mods):
            continue
        head = m.group("head").lower()
        if head in _NAMED_ONLY or head.endswith("-year-old") or any(w[:1].isupper() for w in mods):
            return True
    return False


@lru_cache(maxsize=8192)
def person_in_full(name: str, text: str) -> str:
    """A bare surname ("Vik Holm") with the one first name (and initial) the article
    writes before it ("Lars Vik Holm"), where the article shows it is a person's;
    ``name`` itself when the article gives no first name, or two, or no sign of a person
    ("the Moon" is no "Blue Moon")."""
    full = _first_mention(name, text)
    return full if full != name and _a_person(name, full, text) else name


@lru_cache(maxsize=4096)
def tied_person(mods: tuple[str, ...], head: str, text: str) -> str:
    """The full name of the one person the article ties the epithet ``mods`` + ``head`` to
    ("Swedish" + "forward"; "66-year-old"), or "" when it ties none or several."""
    people = {
        _first_mention(_POSSESSIVE.sub("", person), text)
        for person, context in _ties(head, text)
        if not is_organisation(person) and all(m.lower() in context.lower().split() for m in mods)
    }
    return people.pop() if len(people) == 1 else ""


def _ties(head: str, text: str) -> Iterator[tuple[str, str]]:
    """(person, the words describing them) wherever the article ties ``head`` to a name."""
    text = " ".join(text.split())
    age = re.fullmatch(r"(\d{1,3})-year-old", head.lower())
    word = re.escape(head) if age else f"(?i:{re.escape(head)})"
    if age:
        for m in re.finditer(rf"(?<![\w-])({_PERSON}){_SUFFIX}, {age.group(1)},", text):
            yield m.group(1), ""
    for m in re.finditer(rf"((?:[\w-]+ ){{0,3}}){word} ({_PERSON})", text):
        if not m.group(1).lower().endswith("vice "):  # a vice president is no president
            yield m.group(2), m.group(1)  # "Swedish forward Lars Vik Holm"
    for m in re.finditer(rf"({_PERSON}){_SUFFIX}, (?:a|an|the) ([^,.;:]{{0,60}}?){word}\b", text):
        yield m.group(1), m.group(2)  # "Reid, a Democrat from Ohio"


def _epithets_named(clause: str, text: str) -> str:
    quoted = _quoted(clause)
    out, at = [], 0
    for m in _EPITHET.finditer(clause):
        mods = m.group("mods").split()
        if _inside(m.start(), quoted) or any(w.lower() in STOP_WORDS for w in mods):
            continue
        person = tied_person(tuple(mods), m.group("head"), text)
        if not person:
            continue
        surname = person.split()[-1]
        named_before = re.search(rf"\b{re.escape(surname)}\b", clause[: m.start()])
        out += [clause[at : m.start()], surname if named_before else person]
        at = m.end()
    return "".join(out) + clause[at:]


def _surnames_in_full(clause: str, text: str) -> str:
    quoted = _quoted(clause)
    out, at, seen = [], 0, set()
    for m in _NAME_RUN.finditer(clause):
        start, parts = m.start(), m.group(0).split(" ")
        while len(parts) > 1 and parts[0].lower() in COMMON_WORDS | STOP_WORDS:
            start += len(parts.pop(0)) + 1  # "In Buffalo": the name is "Buffalo"
        if _inside(start, quoted) or _titled(clause[:start], parts[0]):
            continue
        name = _POSSESSIVE.sub("", " ".join(parts))
        if name in seen or is_organisation(name) or name.lower() in COMMON_WORDS | STOP_WORDS:
            continue
        seen.add(name)
        last = re.escape(name.split()[-1])
        if len(parts) > 1 and re.search(rf"(?<![\w-]){last}\b", text.replace(name, "")):
            continue  # "Dana Reid" where the article also writes "Reid": a full name
        full = person_in_full(name, text)
        if full == name or full in clause[:start]:
            continue  # no full name, or the clause gave it already
        out += [clause[at:start], full]
        at = start + len(name)
    return "".join(out) + clause[at:]


def _titled(before: str, first: str) -> bool:
    """Whether the name is a title's ("President Reid", "Mr. Reid"), follows another
    capitalised word or an initial ("U.S. Rep", "W. Reid"), or names a thing after an
    article ("the Reid campaign", "a Reid rally"): such a name is placed, part of one
    the run does not hold, or no person's."""
    last = (before.split() or [""])[-1]
    return first.lower() in TITLES or last[:1].isupper() or last.lower() in {"the", "a", "an"}


_FIRST = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Words that open a place's name, not a person's ("West Virginia", "New Orleans").
# fmt: off
_PLACE_WORDS = frozenset({
    "north", "south", "east", "west", "new", "san", "santa", "los", "las", "fort", "port",
    "mount", "saint", "lake", "upper", "lower", "central", "northern", "southern", "eastern",
    "western", "great", "little", "greater",
})
_ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "last", "next",
})
# fmt: on


@lru_cache(maxsize=8192)
def _first_mention(name: str, text: str) -> str:
    """``name`` as the article writes it after the one first name (or two: "Aung San Suu
    Kyi") it ever puts before it, with any initials: "Dana W. Reid" for "Reid";
    ``name`` when there is none or several."""
    surname = " ".join(re.escape(w) for w in name.split())
    firsts = [
        (tuple(m.group(1).split()), m.group(2).split())
        for m in re.finditer(
            rf"(?<![\w.'\u2019-])((?:{_FIRST} )?{_FIRST})((?: [A-Z]\.)*) {surname}"
            r"(?![\w-]| (?!(?:Jr|Sr)\b)[A-Z])",  # "Ask Nora Vik": "Nora" is no surname
            " ".join(text.split()),
        )
        if _first_name(m.group(1).split()[0], text)
        and reads_as_first_name(m.group(1).split()[-1], text)
    ]
    if len({first[-1] for first, _ in firsts}) != 1:
        return name
    # "Sly Dana Reid" (a nickname) beside "Dana Reid": the first name is "Dana".
    first = firsts[0][0] if len({first for first, _ in firsts}) == 1 else firsts[0][0][-1:]
    return " ".join([*first, *firsts[0][1], name])


def _first_name(word: str, text: str) -> bool:
    """A first name: no title, common word or preposition ("Unlike Gull Ferries"), no word
    of a place's name ("West Virginia") and no adjective of a nation or party ("Republican
    Dana Reid")."""
    low = word.lower()
    return (
        reads_as_first_name(word, text)
        and low not in PREPOSITIONS | _PLACE_WORDS | _ORDINALS
        and not _PROPER_ADJECTIVE.fullmatch(word)
    )


def _a_person(name: str, full: str, text: str) -> bool:
    """Whether the article writes the name as a person's: after a title ("Rep. Ilhan
    Reid") or a role ("goalie Mara Dent", "pass rusher Ivo Brandt"), before an age
    (", 55,"), a cue ("Reid said"), "who", or "he" or "her" in the words it goes on with
    ("Brandt stayed on top of him"); not where a place or a thing is ("moved to Ohio,
    sold his", "the Gull deal had played to his advantage")."""
    text = " ".join(text.split())
    n, f = re.escape(name), re.escape(full)
    either = rf"(?<![\w-])(?:{f}|{n})"
    if any(
        re.search(pattern, text)
        for pattern in (
            rf"\b{_PERSON_TITLE} (?:[A-Z][a-z]+ )?{n}(?![\w-])",
            rf"\b{_ROLE}\.? {f}(?![\w-])",
            rf"{either}{_SUFFIX}, \d{{1,3}},",
            rf"(?<![\w-]){n} {_SPEECH}\b|\b{_SPEECH} {f}[,.]",
        )
    ):
        return True
    acts = rf"{either}(?:['\u2019]s)?(?:, who\b|\b[^.!?,;:A-Z]{{0,60}}\b{_PRONOUN}\b)"
    return any(_subject(text[: m.start()]) for m in re.finditer(acts, text)) or any(
        _role_noun(m.group(1)) for m in re.finditer(rf"\b([a-z]+) {f}(?![\w-])", text)
    )


_PRONOUN = r"(?:he|she|his|her|him|himself|herself)"
_NOT_BEFORE_PEOPLE = PREPOSITIONS | {
    *("the", "a", "an", "to", "in", "on", "at", "from", "into"),
    *("his", "her", "its", "their", "our", "my", "your"),  # "invoked his Fifth Amendment"
}


def _subject(before: str) -> bool:
    """Whether a name after ``before`` may be a person acting: not after "the", "a", "his"
    or a preposition ("the Gull deal", "moved to Ohio")."""
    last = (before.split() or [""])[-1]
    return last.lower() not in _NOT_BEFORE_PEOPLE


_ROLE_ENDING = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|woman)")


def _role_noun(word: str) -> bool:
    """A lower-case word for what a person does, written before the name ("pass rusher
    Ivo Brandt", "convicted smuggler Ivo Brandt"), not a function word ("after")."""
    low = word.lower()
    return bool(_ROLE_ENDING.fullmatch(low)) and low not in COMMON_WORDS | STOP_WORDS | PREPOSITIONS


def _quoted(clause: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(clause)]


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)
