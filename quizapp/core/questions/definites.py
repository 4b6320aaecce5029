"""Definite noun phrases for things ("the campaign", "the struggling office-space company")
in a statement lifted out of its article. The article's reader knows which campaign from
the sentences before; the learner shown one clause does not, and where the article covers
four campaigns cannot guess.

``things_in_full``: a restated clause (never a quotation) writes such a phrase as the
article last named the thing before the clause: "the campaign" becomes "South Dakota's
campaign" after "Jeff Sanborn said he thought South Dakota's campaign was meant to ...",
"the phone call" becomes "Trump's July 25 phone call", or "the call with Zelensky" where
that is the last mention (a mention named by whom it was with may lack a word of the
clause's that only says what kind, never one saying which: "the second call"). Only a
mention that names it (a possessive name, a capitalised or quoted modifier, "with" a name)
counts, and none where the
article brings in another of the kind ("a recent campaign") in between: "the campaign" may
then be that one. An epithet for an organisation ("the struggling office-space company")
becomes its name where the article ties it to one: "WeWork, the struggling ... company",
"office-space company WeWork", or at its first use, right after a sentence naming that one
organisation and no other name (news writing's way of not repeating a name). A thing the
article brought in with its name in the two sentences before ("Harrow Fever, a rare
tick-borne disease, ...", "a spacecraft called Orion") is that name: "the disease" is
Harrow Fever, unless another of the kind comes in between ("a second disease", "Lyme
disease").

``unplaced_thing``: what is left that a reader cannot place, for statement_checks.placeable.
"""

from __future__ import annotations

import re

from quizapp.core.lexicon import (
    AUXILIARIES,
    IRREGULAR_PAST,
    MONTHS,
    PREPOSITIONS,
    STOP_WORDS,
)
from quizapp.core.questions.english import words
from quizapp.core.questions.names import is_organisation
from quizapp.core.questions.referents import EPITHET_HEADS, person_in_full
from quizapp.core.source_titles import PERSON_NOUNS

# fmt: off
# Things a reader places with no sentence before: the one the world or the story's setting
# has ("the economy", "the ground", "the weather"), or a stretch of time ("the past year").
SITUATIONAL = frozenset({
    "world", "country", "nation", "government", "public", "economy", "market", "markets",
    "police", "military", "army", "media", "press", "internet", "weather", "ground", "air",
    "sea", "sky", "law", "rules", "time", "times", "past", "future", "present", "moment",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decades",
    "centuries", "hours", "minutes", "morning", "administration", "standings",
    "afternoon", "evening", "night", "weekend", "season", "end", "start", "beginning",
    "rest", "way", "fact", "number", "majority", "minority", "industry", "region", "area",
    "state", "city", "league", "game", "field", "ball", "court", "news", "article",
})
# Words an article writes for an organisation instead of its name ("the carmaker").
ORG_HEADS = frozenset({
    "company", "firm", "startup", "start-up", "business", "retailer", "chain", "carmaker",
    "automaker", "airline", "lender", "insurer", "conglomerate", "giant", "corporation",
    "manufacturer", "maker", "developer", "operator", "publisher", "broadcaster", "network",
    "platform", "utility", "brand", "outlet", "group", "organization", "organisation",
    "charity", "nonprofit", "agency",
})
# Nouns after a name's "'s" that make the name an employer's: "WeWork's 12,000 employees".
_EMPLOYER_NOUNS = frozenset({
    "employees", "workers", "staff", "shares", "stock", "shareholders", "investors", "board",
    "chief", "ceo", "founder", "headquarters", "revenue", "revenues", "profit", "profits",
    "valuation", "customers", "executives", "management", "offices", "stores",
})
# fmt: on
_NOT_NAMES = set(MONTHS) | {
    *("I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_QUOTED = re.compile(r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)")
_SKIP_MODS = STOP_WORDS | PREPOSITIONS | AUXILIARIES | {"said", "says"}
_NOT_MODS = _SKIP_MODS - {"more", "most", "other", "only", "new", "former"}

_THE = re.compile(r"\b[Tt]he ((?:[a-z][\w-]*(?:['\u2019]s)? ?){1,3})")
_WORD = r"(?:[\u201c\"][^\u201d\"\n]{1,60}[\u201d\"]|[\w.&\u2019'-]+)"
_BEFORE_HEAD = re.compile(
    r"(?:(?P<det>\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat))"
    r"|(?P<owner>(?<![\w'\u2019-])(?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*)['\u2019]s)"
    rf" (?P<mods>(?:(?!(?:{'|'.join(sorted(_NOT_MODS))})\b){_WORD} )"
    r"{0,4})$"
)
_WITH_NAME = re.compile(r" (?:with|between) [A-Z][\w.&-]*(?: (?:and )?[A-Z][\w.&-]*){0,3}")


def things_in_full(clause: str, text: str, at: int) -> str:
    """The clause with each definite phrase for a thing written as the article last names
    it before ``at`` (where the clause stands in ``text``), and each epithet for an
    organisation as its name; words in quotation marks stay."""
    clause = _pair_in_full(clause, text[:at], text)
    quoted = [m.span() for m in _QUOTED.finditer(clause)]
    out, last = [], 0
    for start, end, mods, head in definite_phrases(clause):
        if any(s <= start < e for s, e in quoted) or start < last:
            continue
        full = _organisation(mods, head, text) or (
            _named_mention(mods, head, text[:at]) or _introduced(mods, head, text[:at])
            if _closed(clause[end:])
            else ""
        )
        if not full or _said_before(full, clause[:start]):
            continue
        out += [clause[last:start], full]
        last = end
    return "".join(out) + clause[last:]


_TWO_PEOPLE = re.compile(r"\b[Tt]he two ([a-z]+)\b")
_PERSON = r"(?:[A-Z][\w'\u2019-]+ ){0,2}[A-Z][\w'\u2019-]+"
_PAIR = re.compile(rf"(?<![\w-])({_PERSON}) and ({_PERSON})(?![\w-])")


def _pair_in_full(clause: str, before: str, text: str) -> str:
    """The clause with "the two staffers" written as the two people the article names
    together before it ("Tova Noel and Michael Thomas"), where every pair of people it
    names with "and" before the clause is that one pair; as it is otherwise."""
    found = _TWO_PEOPLE.search(clause)
    if not found or not _people_noun(found.group(1)) or _QUOTED.search(clause[: found.start()]):
        return clause
    pairs: dict[frozenset[str], tuple[str, ...]] = {}
    for m in _PAIR.finditer(" ".join(before.split())):
        people = tuple(person_in_full(name.split()[-1], text) for name in m.groups())
        if all(full != name.split()[-1] for full, name in zip(people, m.groups(), strict=True)):
            pairs.setdefault(frozenset(people), people)  # "Thomas and Noel" is the same two
    if len(pairs) != 1:
        return clause
    first, second = next(iter(pairs.values()))
    return f"{clause[: found.start()]}{first} and {second}{clause[found.end() :]}"


def _people_noun(word: str) -> bool:
    """A plural for people: "staffers", "officers", "men"."""
    return word in {"men", "women", "people", "children"} or (
        word.endswith("s") and (word[:-1] in PERSON_NOUNS or word[:-2] in PERSON_NOUNS)
    )


def _said_before(full: str, before: str) -> bool:
    """Whether the clause before the phrase gives its head or its name already ("Rukban
    residents are refusing to leave the camp": the Rukban camp)."""
    said = {re.sub(r"['\u2019]s$", "", w).lower() for w in before.split()}
    names = [w for w in full.split()[:-1] if w[:1].isupper()]
    return full.split()[-1].lower() in said or any(
        re.sub(r"['\u2019]s$", "", w).lower() in said for w in names
    )


def definite_phrases(clause: str) -> list[tuple[int, int, list[str], str]]:
    """(start, end, modifiers, head) of each "the" phrase of lower-case words that the
    word after it ends ("the phone call" before "was", "the case" before "highlights
    that"): not "the campaign finance law" cut short, "the campaign of 2019", which says
    which, "the two sides" (a count) nor "the equity benchmark Sensex" (a title)."""
    found = []
    for m in _THE.finditer(clause):
        ws: list[str] = []
        for w in m.group(1).split():
            bare = re.sub(r"['\u2019]s$", "", w)
            if bare in _SKIP_MODS | _NUMBERS or bare != bare.lower():
                break  # "the al-Tanf base": a name
            ws.append(w)
            end = m.start(1) + len(" ".join(ws))
            nxt = (words(clause[end:])[:1] or [""])[0]
            if len(ws) > 1 and w.endswith("s") and nxt.lower() in _DETERMINERS:
                found.append((m.start(), end - len(w) - 1, ws[:-2], ws[-2]))
                break  # "the article keeps its distance": "keeps" is the verb
            if clause[end : end + 1] not in ",;:.!?)" and nxt[:1].isupper():
                break  # "the equity benchmark Sensex": a title before a name
            if bare != w or _ends_phrase(clause[end:]):
                found.append((m.start(), end - (len(w) - len(bare)), ws[:-1], bare))
                break
    return found


_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}
)
# fmt: off
_NUMBERS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen", "dozens",
    "hundreds", "thousands", "millions",
})
# fmt: on


def _ends_phrase(rest: str) -> bool:
    """Whether the word after a definite phrase ends it (a verb, a preposition other than
    "of", a comma)."""
    nxt = (words(rest)[:1] or [""])[0]
    if not nxt or rest[:1] in ",;:.!?)":
        return True
    low = nxt.lower()
    if low == "of":
        return False
    return low in AUXILIARIES | IRREGULAR_PAST | PREPOSITIONS | STOP_WORDS | _ADVERBS or (
        low.endswith(("ed", "ly"))
    )


def _closed(rest: str) -> bool:
    """Whether nothing after the phrase may say which it is: no preposition opens a
    post-modifier ("the charges against the two staffers")."""
    nxt = (words(rest)[:1] or [""])[0].lower()
    return rest[:1] in ",;:.!?)" or nxt not in PREPOSITIONS | {"to", "that", "which", "who"}


# Words after a noun that are no part of its phrase: "the nurse first treated ...".
# fmt: off
_ADVERBS = frozenset({
    "first", "also", "still", "now", "then", "later", "again", "alone", "too", "already",
    "often", "once", "never", "always", "soon", "last", "instead", "itself", "themselves",
})
# fmt: on


def _named_mention(mods: list[str], head: str, before: str) -> str:
    """The last mention of ``head`` in ``before`` that names the thing and holds ``mods``,
    as the article writes it ("South Dakota's campaign", "the Opioid Prevention campaign",
    "the contract with Harbor Cleaning"); "" when there is none, when the head is a person's
    or the world's ("the doctor", "the economy"), or when a new one of the kind ("a
    recent campaign") comes after it."""
    low = head.lower()
    if low in SITUATIONAL | PERSON_NOUNS | EPITHET_HEADS or low.rstrip("s") in PERSON_NOUNS:
        return ""
    found = ""
    for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", before):
        start = max(before.rfind(". ", 0, m.start()), before.rfind("\n", 0, m.start())) + 1
        np = _BEFORE_HEAD.search(before[start : m.start()])
        if np is None:
            continue
        if (np.group("det") or "").lower() in {"a", "an", "another"}:
            found = ""  # a new one of the kind: "the campaign" after it may be that one
            continue
        named = _as_named(np, head, before[m.end() :], mods)
        if named:
            found = named
    return found


# Modifiers that tell one of a kind from another ("the second call", "the new contract"),
# which a mention without them may not be; "phone" in "the phone call" only says what kind.
_WHICH_ONE = re.compile(
    r"(?:first|second|third|last|next|latest|only|same|other|new|old|previous|earlier|later|"
    r"former|recent|original|current|final|\w+est|\w+er|\d.*)$"
)


def _as_named(np: re.Match[str], head: str, after: str, mods: list[str]) -> str:
    """The mention as the article writes it, when it names the thing and holds ``mods``."""
    written = np.group("mods").split()
    post = _WITH_NAME.match(after)
    missing = set(mods) - {w.lower() for w in written}
    own = {w for w in written if w.islower()} - set(mods)
    if missing and (not post or own or any(_WHICH_ONE.match(w) for w in missing)):
        # "the phone call" is "the call with Harbor Lines"; "the second call" may not be,
        # nor "the budget call" "the phone call with ...".
        return ""
    capital = any(w[:1].isupper() or w[:1] in '\u201c"' for w in written)
    if not (np.group("owner") or capital or post):
        return ""  # "the campaign", "its campaign": no fuller than the clause's
    lead = np.group(0) if np.group("owner") else "the " + np.group("mods")
    tail = post.group(0).rstrip(".") if post else ""  # "with Harbor Cleaning." ends a sentence
    return " ".join((lead + head + tail).split())


_NAME = r"(?P<name>(?:[A-Z][\w'\u2019&-]* ){0,3}[A-Z][\w'\u2019&-]*)"
_INTRO_MODS = r"(?P<mods>(?:[a-z][\w'\u2019-]* ){0,4})"


def _introduced(mods: list[str], head: str, before: str) -> str:
    """The name the article gave the thing where it brought in one of the kind, within the
    two sentences before ("Harrow Fever, a rare tick-borne disease, ..." or "a disease
    known as Harrow Fever" for "the disease"); "" for the world's things and people's, a
    one-word name opening a sentence (its capital says nothing), two names, and where the
    article brings in another of the kind ("a second disease") or names one ("Lyme
    disease") after it."""
    low = head.lower()
    if low in SITUATIONAL | PERSON_NOUNS | EPITHET_HEADS | ORG_HEADS or low.endswith("s"):
        return ""
    if _RANKING.match(low) or low in _NOT_MODS:
        return ""  # "the first", "the former": no thing's head
    h = re.escape(head)
    flat = " ".join(before.split())
    intros = [
        m
        for pattern in (
            rf"(?<![\w'\u2019-]){_NAME}, (?:a|an) {_INTRO_MODS}{h}{_HEAD_ENDS}",
            rf"\b(?:a|an) {_INTRO_MODS}{h},? (?:called|named|known as) {_NAME}(?![\w'\u2019-])",
            rf"(?<![\w'\u2019-]){_NAME} (?:is|was) (?:a|an) {_INTRO_MODS}{h}{_HEAD_ENDS}",
        )
        for m in re.finditer(pattern, flat)
        if m.group("name") not in _NOT_NAMES
        and _a_name(m.group("name"), flat, m.start("name"))
        and not set(m.group("mods").split()) & _SKIP_MODS
    ]
    if not intros or len({m.group("name") for m in intros}) > 1:
        return ""
    last = max(intros, key=lambda m: m.end())
    name, after = last.group("name"), flat[last.end() :]
    if not set(mods) <= set(last.group("mods").split()) or len(_SENTENCE_END.findall(after)) > 2:
        return ""
    if re.search(rf"\b(?:[Aa]n?|[Aa]nother) (?:[\w-]+ ){{0,3}}{h}\b", after) or any(
        n.group("name") != name for n in re.finditer(rf"{_NAME} {h}\b", flat)
    ):
        return ""
    return name


# The head ends its phrase ("a rare disease, ...", "a rare disease that ..."), which
# "a tea party activist" or "an adviser to the campaign on tax" does not.
_HEAD_ENDS = r"(?=[,;:.!?)]| (?:that|which|whose|with|in|on|at|from|for|caused|found)\b)"
_SENTENCE_END = re.compile(r"[.!?][\u201d\"']? (?=[A-Z\u201c\"])")


def _a_name(name: str, flat: str, at: int) -> bool:
    """Whether capitals make ``name`` a name: it does not open a sentence, or it is two
    capitalised words or more ("Harrow Fever, a rare disease, ..."), not "The ..."."""
    opens = not flat[:at].strip() or flat[:at].rstrip()[-1] in '.!?\u201c"'
    first = name.split()[0].lower()
    if first in PREPOSITIONS:
        return False  # "In March, a mysterious disease ...": a time, not a name
    return not opens or (len(name.split()) > 1 and first not in _DETERMINERS)


def _organisation(mods: list[str], head: str, text: str) -> str:
    """The name of the one organisation the article ties the epithet ``mods`` + ``head``
    to ("the struggling office-space company"), or ""."""
    if head.lower() not in ORG_HEADS or not mods:
        return ""
    epithet = " ".join([*mods, head])
    flat = " ".join(text.split())
    name = r"((?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*)"
    words_of = rf"(?i:{re.escape(epithet)})"
    tied = re.search(rf"{name}, (?:the|a|an) {words_of}\b", flat) or re.search(
        rf"\b{words_of} {name}", flat
    )
    if tied:
        return tied.group(1)
    first = re.search(rf"\b[Tt]he {re.escape(epithet)}\b", text)
    if not first:
        return ""
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text[: first.start()].rstrip(" "))
    before = sentences[-2] if len(sentences) >= 2 else ""
    names = _names_in(before)
    return names[0] if len(names) == 1 and _an_organisation(names[0], before) else ""


def _names_in(sentence: str) -> list[str]:
    """The distinct capitalised names in a sentence, past its first word."""
    runs = re.finditer(r"(?<![\w'\u2019-])(?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*)*", sentence)
    found = []
    for m in runs:
        name = re.sub(r"['\u2019]s$", "", m.group(0))
        if m.start() == 0 or name in _NOT_NAMES or name in found:
            continue
        found.append(name)
    return found


def _an_organisation(name: str, sentence: str) -> bool:
    """Whether the sentence writes ``name`` as an organisation's: an organisation word in
    it ("Harbor Ferry Company") or its "'s" before an employer's noun ("WeWork's 12,000
    employees")."""
    if is_organisation(name):
        return True
    after = re.search(rf"\b{re.escape(name)}['\u2019]s((?: [\w,-]+){{1,3}})", sentence)
    return bool(after) and any(w.lower() in _EMPLOYER_NOUNS for w in after.group(1).split())


_RANKING = re.compile(r"(?:first|second|third|last|next|latest|only|same|other|\w+est)$")


def unplaced_thing(text: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether a restated clause still holds a definite phrase for a thing that a reader
    shown the clause alone cannot place, names elsewhere in it notwithstanding: its subject
    ("the contract has confused employees"), a plural that ends it or a part of it
    ("Israel seized control of the territories,", "injured in the skirmishes"), or an
    organisation's epithet that no name before it in the clause answers ("an effort by
    the struggling office-space company"). A thing the headline names (``known``) or the
    clause named before, the world's ("the economy") and a person's role are placed."""
    bare = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    if _unnamed_place(bare) or _unnamed_count(bare, known):
        return True
    for start, end, mods, head in definite_phrases(bare):
        low = head.lower()
        if low in SITUATIONAL | PERSON_NOUNS | EPITHET_HEADS or low.rstrip("s") in PERSON_NOUNS:
            continue
        if any(w in known or w.rstrip("s") in known for w in [*mods, low]):
            continue  # "the harbor wall" under "Harbor Wall Cracks"
        if any(_RANKING.match(w) for w in mods) or low in bare[:start].lower().split():
            continue  # "the largest lander", "... a contract ... the contract"
        if low in ORG_HEADS:
            if mods and not any(
                w[:1].isupper() and w not in _NOT_NAMES for w in words(bare[:start])
            ):
                return True  # "the struggling company", no name before it to stand for
            continue
        opens = start == 0 or bare[:start].rstrip().endswith(",")
        subject = opens and _verb_next(bare[end:])
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
        if subject or (plural and re.match(r"\s*(?:[,;:.!?]|$)", bare[end:])):
            return True
    return False


def _verb_next(rest: str) -> bool:
    """Whether a verb follows: not a participle saying which ("the move announced on
    Monday by the minister")."""
    nxt = (words(rest)[:1] or [""])[0].lower()
    if re.match(r"\s*\w+ed\b(?:\s+[\w-]+){0,3}\s+by\b", rest):
        return False
    return nxt in AUXILIARIES | IRREGULAR_PAST or nxt.endswith("ed")


_PLACE_OWNER = re.compile(
    r"\b[Tt]he (?:country|nation|state|city|region|province|territory|island)['\u2019]s\b"
)


def _unnamed_place(clause: str) -> bool:
    """Whether a place's possessive is left unplaced: "meddling in the country's affairs":
    whose country, when the clause before it names no place or several ("accused the UK
    and the US of meddling in the country's affairs")? One name before it is the place
    the possessive stands for."""
    found = _PLACE_OWNER.search(clause)
    return bool(found) and len(_names_in("x " + clause[: found.start()])) != 1


_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNTED = re.compile(rf"\b[Tt]he ({_COUNT_WORDS}|\d+) ([a-z][\w-]*s)\b")


def _unnamed_count(clause: str, known: frozenset[str]) -> bool:
    """Whether a counted set is left unplaced ("the charges against the two staffers"): a
    set the article counted before, which the clause neither names ("the two sides ...
    Mr. Trump and Xi Jinping") nor the headline ("the five companies" under "NASA adds
    five companies")."""
    for m in _COUNTED.finditer(clause):
        head = m.group(2).lower()
        if head in known or head.rstrip("s") in known:
            continue
        count = (
            int(m.group(1))
            if m.group(1).isdigit()
            else _COUNT_WORDS.split("|").index(m.group(1).lower()) + 2
        )
        if len(_names_in("x " + clause)) < count:
            return True
    return False
