"""Which of the article's other sources make plausible wrong answers to "who said it?".

A wrong choice teaches only when a learner could believe it: one of the article's other main
speakers (those it attributes most claims to), of the same kind as the right answer (a
person for a person's "I ...", a body for a body's statement), a whole name of about the
same length. Some names are never offered: a second name of a source already
offered (two choices must be two sources), an outlet that only carried or reported the
story (unless the right answer is an outlet too), a name that belongs to the right one
("Morrison's lawyer" for Tim Morrison), one of two that speak for each other ("Jo Hart,
the agency's deputy director" when the key is the agency, or the agency when the key is
Jo Hart: both would be right), a place that speaks for its government beside an official
("Beijing" beside "China's commerce ministry": the ministry may be what "Beijing" stands
for), and a body for words a single person speaks ("Apple" for "I run my business on my
phone").
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import NAME_STOP_WORDS
from quizapp.core.questions.english import similar, words
from quizapp.core.questions.names import (
    full_name,
    is_organisation,
    may_be_one_body,
    same_source,
)

MAX_DISTRACTORS = 3
MIN_DISTRACTORS = 2

_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
# Words that end a company's name, not a person's ("Brightwater Shipping", "Acme Inc").
# fmt: off
_COMPANY_WORDS = frozenset({
    "inc", "corp", "co", "ltd", "llc", "plc", "holdings", "partners", "capital", "shipping",
    "airlines", "airways", "motors", "systems", "technologies", "energy", "media", "labs",
    "industries", "international", "global", "electric", "pharmaceuticals", "brands", "foods",
})
# fmt: on
_POSSESSIVE = re.compile(r"([A-Z][\w.-]*)['’]s\b")


def speaks_as_one_person(quote: str) -> bool:
    """Whether a quotation speaks in the first person singular ("I feared ...", "my role"):
    only a person says it."""
    return bool(_FIRST_PERSON_SINGULAR.search(quote))


def looks_like_person(name: str) -> bool:
    """A personal name: ends in two capitalised words that are no acronym ("Tim Morrison",
    "Sui-Lee Wee", "Browns DL Sheldon Richardson"), with no word of a body ("Office",
    "Press", "Shipping") and no possessive. One word ("Apple", "Li") says too little."""
    ws = words(name)
    return (
        2 <= len(ws) <= 5
        and all(w[:1].isupper() for w in ws)
        and not any(w.isupper() and len(w) > 1 for w in ws[-2:])
        and not _POSSESSIVE.search(name)
        and not is_organisation(name)
        and ws[-1].lower().rstrip(".") not in _COMPANY_WORDS
    )


def is_person(analysis: Analysis, name: str) -> bool:
    """A personal name, or a source the article calls "he" or "she"."""
    return looks_like_person(name) or any(
        c.source_text.strip().lower() in {"he", "she"} for c in _claims_of(analysis, name)
    )


def whole_name(name: str) -> bool:
    """A name, not a description built on another name or a lower-case phrase:
    "Morrison's lawyer" and "California's utilities regulators" are descriptions."""
    return not _POSSESSIVE.search(name) and all(
        w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "on"} for w in words(name)
    )


def belongs_to(a: str, b: str) -> bool:
    """Whether one name is built on the other: "Morrison's lawyer" and "Tim Morrison",
    "Apple's spokesman" and "Apple"."""
    for owned, owner in ((a, b), (b, a)):
        owner_words = {w.lower() for w in words(owner)}
        if any(m.group(1).lower() in owner_words for m in _POSSESSIVE.finditer(owned)):
            return True
    return False


# The words of a clause before a name ("InfoNation President"), cut where the clause or a
# list of names begins.
_CLAUSE_BREAK = re.compile(r".*(?:[.!?,;:()\"\u201c\u201d\u2014\n]|\band\b|\bor\b)", re.S)
# A description after a name: an apposition (", deputy director of the agency") or the body
# it is "of" or "at" ("Mei Lin of the Valley Times").
_AFTER = re.compile(r"(?:,\s+|\s+(?:of|from|at|with)\s+)([^,.;:!?()\"\u201c\u201d\u2014\n]{1,90})")


def role_text(analysis: Analysis, name: str) -> str:
    """The article's words for a source's role at each mention of its name, with the words
    its claims name it by ("Edmunds analyst Jo Hart")."""
    # The analyser's words for the source may run from the clause before ("Hours before
    # the game, club coach Jo Hart"): only the name's own description counts.
    written = {c.source_text for c in analysis.claims if c.source == name}
    found = [descriptions(w, name) for w in sorted(written)]
    return " | ".join([*found, descriptions(analysis.article.text, name)])


def descriptions(text: str, name: str) -> str:
    """The words that describe ``name`` at each of its mentions in ``text``: the words
    before it in its clause ("InfoNation President") and a description after it (", deputy
    director of the agency")."""
    found = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        found.append(_CLAUSE_BREAK.sub("", text[max(0, m.start() - 80) : m.start()]))
        after = _AFTER.match(text, m.end())
        if after:
            found.append(after.group(1))
    return " | ".join(found)


def names_party(description: str, party: str) -> bool:
    """Whether a description names the party: each capitalised word of the party's name
    ("Blue", "Origin"; "NASA") stands in it as a word ("NASA’s", "Edmunds'"). A people's
    adjective before the name may go ("Taliban spokesman" names the "Afghan Taliban")."""
    ws = [w for w in words(party) if w[:1].isupper() and w.lower() not in NAME_STOP_WORDS]
    if len(ws) >= 2 and _DEMONYM.fullmatch(ws[0]):
        ws = ws[1:]
    return bool(ws) and all(
        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", description) for w in ws
    )


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ean|ese|ish|i)")
"""A people's adjective ("Afghan", "Syrian", "Chinese", "British", "Israeli"). Taken for one
wrongly ("Morgan"), it only makes a choice count as speaking for another: one distractor
fewer, never a wrong key."""


def speaks_for(analysis: Analysis, a: str, b: str) -> bool:
    """Whether one of two sources speaks for the other, as the article describes them: a
    body that the other's role names ("Jo Hart, the agency's deputy director" for "the
    agency"). Offered beside each other, both would be right answers."""
    for member, body in ((a, b), (b, a)):
        role = role_text(analysis, member)
        # A spokesperson speaks for whoever the role names, a body or a person ("Taliban
        # spokesman" for "Afghan Taliban", which reads like a personal name).
        if names_party(role, body) and (_is_body(analysis, body) or _SPOKES.search(role)):
            return True
    return False


_SPOKES = re.compile(r"\bspokes(?:man|woman|person|people)\b", re.I)


def stands_for_a_state(analysis: Analysis, a: str, b: str) -> bool:
    """Whether one of two sources is a one-word place or body that speaks for a government
    ("Beijing said", "Moscow warned", "the Kremlin said") and the other an official source:
    the article cannot show that the ministry or minister is not what the place stands
    for, so offered beside each other both could be right."""
    for place, other in ((a, b), (b, a)):
        if _one_word_state(analysis, place) and any(
            c.source_type == "official" for c in _claims_of(analysis, other)
        ):
            return True
    return False


def _one_word_state(analysis: Analysis, name: str) -> bool:
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    kinds = {c.source_type for c in _claims_of(analysis, name)}
    return (
        len(words(bare)) == 1
        and bare[:1].isupper()
        and kinds == {"official"}
        and _is_body(analysis, name)  # not "Pompeo", whom the article names in full
    )


def _is_body(analysis: Analysis, name: str) -> bool:
    """No person: not by its name, not as the article calls it, and not as the article
    first writes it in full ("Reid" for "Dana Reid")."""
    full = full_name(name, analysis.article.text)
    return not is_person(analysis, name) and not looks_like_person(full)


def _kind(analysis: Analysis, name: str) -> str:
    if is_person(analysis, name):
        return "person"
    if is_organisation(name):
        return "body"
    return ""


def _claims_of(analysis: Analysis, name: str) -> list[Claim]:
    return [
        c for c in analysis.claims if c.status != "unattributed" and same_source(c.source, name)
    ]


def _only_media(analysis: Analysis, name: str) -> bool:
    kinds = {c.source_type for c in _claims_of(analysis, name)}
    return bool(kinds) and kinds <= {"media"}


def rank_sources(
    analysis: Analysis, key: Claim, names: list[str], first_person: bool = False
) -> list[str]:
    """``names`` that may stand as wrong answers to a question keyed on ``key``'s source,
    best first, at most MAX_DISTRACTORS: the plausible ones (same kind, whole names), and
    weaker ones only to make up MIN_DISTRACTORS. ``first_person``: the words are a single
    person's ("I ..."), so only people may be offered."""
    right = key.source
    key_is_media = key.source_type == "media"
    allowed = [
        n
        for n in names
        if not may_be_one_body(n, right)
        and not belongs_to(n, right)
        and not speaks_for(analysis, n, right)
        and not stands_for_a_state(analysis, n, right)
        and (key_is_media or not _only_media(analysis, n))
        and (not first_person or is_person(analysis, n))
    ]
    key_kind = "person" if first_person else _kind(analysis, right)
    size = len(words(right))
    order = {n: i for i, n in enumerate(names)}

    def weak(n: str) -> bool:
        return not whole_name(n) or bool(key_kind and _kind(analysis, n) != key_kind)

    def rank(n: str) -> tuple:
        return (
            weak(n),
            -len(_claims_of(analysis, n)),  # the article's main speakers first
            abs(len(words(n)) - size),  # names of about the same length
            order[n],
        )

    def other_type(n: str) -> bool:
        return key.source_type not in {c.source_type for c in _claims_of(analysis, n)}

    ranked = one_name_each(sorted(allowed, key=rank))
    strong = [n for n in ranked if not weak(n)][:MAX_DISTRACTORS]
    # Among the weaker names, a source of the same type comes first: an outlet for an
    # outlet's reporter, an official body for an official.
    fill = sorted([n for n in ranked if weak(n)], key=other_type)
    fill = fill[: max(0, MIN_DISTRACTORS - len(strong))]
    return strong + fill


def one_name_each(names: list[str]) -> list[str]:
    """``names`` without any that may name the same source as one before it ("Bolivia's
    public defender's office" and "Public Ombudsman Nadia Cruz's office", one office the
    article calls two ways): offered as two wrong choices, a learner sees that both cannot
    be the one right answer, and the article does not say they are two."""
    kept: list[str] = []
    for n in names:
        if not any(may_be_one_body(n, k) for k in kept):
            kept.append(n)
    return kept


def said_too(analysis: Analysis, i: int) -> set[str]:
    """The sources that made claim ``i``'s statement too: much the same words, or a claim
    that corroborates it (or that it corroborates). Naming one as the wrong source of the
    statement would be a second right answer."""
    claim = analysis.claims[i]
    same = {c.source for c in analysis.claims if similar(c.content, claim.content)}
    same |= {
        c.source
        for j, c in enumerate(analysis.claims)
        if (j in claim.related or i in c.related) and "corroborated" in (c.status, claim.status)
    }
    return same
