"""The person a quotation's opening "He" or "She" stands for, written into it in square
brackets as newspapers do: 'Who said, "He's [Zach Parise] starting to feel it"?'. Shown
alone, the quotation's "He" is no one; the article's reader knows him from the sentences
before it.

Only where the article settles who it is, by one of two rules a reader can check:

- the attribution says whom the words are about: "... ," Bornstein wrote of Trump;
- the quotation opens its paragraph, and the sentences before it speak of one person as
  their subject: the nearest one that does not open with the same pronoun opens with a
  name and a verb ("Parise opened the scoring ..."), and each one between opens with the
  same pronoun ("He tipped Suter's shot in later"). A subject carried on by "he" from
  sentence to sentence is who "he" is, in news writing as in any other.

Either way the person is not the speaker (a speaker's "he" is someone else), and the article
speaks of them with the quotation's pronoun ("he" for "He", "her" for "Her"), never the
other. Otherwise the quotation stays as it is, and unplaced (statement_checks.placeable).
Only the name in brackets is added: no word of the speaker's is changed, and the linter
(cut_checks) checks the quotation without the brackets against the article.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Article, Claim
from quizapp.core.lexicon import AUXILIARIES, IRREGULAR_PAST
from quizapp.core.questions.english import words
from quizapp.core.questions.evidence_cut import sentence_start
from quizapp.core.questions.referents import _a_person, person_in_full

_OPENING = re.compile(r"(?P<pronoun>He|She|His|Her)(?P<tail>['\u2019](?:s|d|ll))?(?= [a-z])")
_MALE, _FEMALE = r"\b(?:he|his|him|himself)\b", r"\b(?:she|her|hers|herself)\b"
_GENDER = {"he": _MALE, "his": _MALE, "she": _FEMALE, "her": _FEMALE}
_SUBJECT = {"he": "he", "his": "he", "she": "she", "her": "she"}

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\. )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}"
_OF = re.compile(rf"(?:,?\s+(?P<prep>of|about))?\s+(?P<name>{_NAME})(?![\w'\u2019-])(?!['\u2019]s)")
_LINK = r"(?:(?:But|And|So|Yet|Still|Then|Now|Later|Meanwhile),?\s+)?"
_NAMED_SUBJECT = re.compile(rf"^{_LINK}(?P<name>{_NAME})(?:, \d{{1,3}},)? (?P<verb>[a-z]+)\b")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_BRACKET = re.compile(r"(?P<word>[\w'\u2019]+) \[(?P<name>[^\]]+)\]")

BACK = 3
"""Sentences a subject is followed back over: a "he" carried on further is not certain."""


def with_referent(clause: str, claim: Claim, article: Article, limit: int) -> str:
    """The quotation with its opening "He", "She", "His" or "Her" followed by the name of
    the person the article settles it is, in square brackets ("He's [Zach Parise]
    starting ...", "His [Trump's] physical strength ..."); as it is when no rule settles it
    or the name would take it over ``limit`` words."""
    m = _OPENING.match(clause)
    if not m or not claim.content_spans:
        return clause
    pronoun = m.group("pronoun").lower()
    person = _referent(pronoun, claim, article)
    if not person or _is_speaker(person, claim):
        return clause
    name = _as_named(person, article.text)
    if not name:
        return clause
    if pronoun in {"his", "her"}:
        name += "\u2019s" if "\u2019" in clause or "'" not in clause else "'s"
    if len(words(clause)) + len(words(name)) > limit:
        return clause
    return f"{clause[: m.end()]} [{name}]{clause[m.end() :]}"


def without_brackets(text: str) -> str:
    """The text as the article writes it: each bracketed insertion taken out."""
    return _BRACKET.sub(lambda m: m.group("word"), text)


def named_for_check(text: str) -> str:
    """The text with each word and the name in brackets after it as the name alone ("He
    [Zach Parise] is" as "Zach Parise is"): what a reader takes it to say."""
    return _BRACKET.sub(lambda m: m.group("name"), text)


def _referent(pronoun: str, claim: Claim, article: Article) -> str:
    """The person the quotation's opening pronoun stands for, by the module's two rules."""
    text = article.text
    if claim.cue_spans:
        cue_end = claim.cue_spans[0][1]
        about = _OF.match(text, cue_end)
        said_of = re.search(r"\b(?:of|about)$", text[:cue_end])  # the cue "wrote of"
        if (
            about
            and not _POSSESSIVE.search(about.group("name"))  # "of Smith's lawyer"
            and (said_of or about.group("prep"))
            and _speaks_of_as(about.group("name"), pronoun, text)
        ):
            return about.group("name")
    start = claim.content_spans[0][0]
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(' \u201c"') or start - line > 2:
        return ""  # after words of its own paragraph ("Boudreau said, 'He ...'")
    carried, at = False, line
    for _ in range(BACK):
        back = len(text[:at].rstrip())
        if back <= 0:
            return ""
        begin = sentence_start(text, back - 1, text.rfind("\n", 0, back) + 1)
        said = text[begin:back]
        first = (words(said)[:1] or [""])[0].lower()
        if said[:1] in "\u201c\"'\u2018" or not first:
            return ""  # a quotation before: whose "he" is its own
        if first == _SUBJECT[pronoun] or first.startswith(_SUBJECT[pronoun] + "\u2019"):
            carried, at = True, begin
            continue
        named = _NAMED_SUBJECT.match(said)
        if not named or not _verb(named.group("verb")) or _POSSESSIVE.search(named.group("name")):
            return ""  # "Carlineo's attorney, ...": not Carlineo
        person = named.group("name")
        return person if carried or _speaks_of_as(person, pronoun, text) else ""
    return ""


def _verb(word: str) -> bool:
    """A finite verb after a subject: "opened", "has", "released", "scores"."""
    return word in AUXILIARIES | IRREGULAR_PAST or word.endswith(("ed", "s"))


def _speaks_of_as(name: str, pronoun: str, text: str) -> bool:
    """Whether the article writes of ``name`` with the pronoun's gender, and never with the
    other: a pronoun in the words after the name, before the sentence or another name ends
    them ("Trump released a letter from his longtime physician")."""
    surname = re.escape(name.split()[-1])
    other = _FEMALE if _GENDER[pronoun] == _MALE else _MALE
    same = False
    for m in re.finditer(rf"(?<![\w-]){surname}(?![\w'\u2019-])([^.!?\n]*)", text):
        after = re.split(r"(?<!^)\b(?=[A-Z])(?!I\b)", m.group(1))[0]
        if re.search(other, after, re.I):
            return False
        same = same or bool(re.search(_GENDER[pronoun], after, re.I))
    return same


def _is_speaker(person: str, claim: Claim) -> bool:
    """Whether the person is the one quoted: a "he" in their words is someone else."""
    said = {w.lower() for w in words(f"{claim.source} {claim.source_text}")}
    return person.split()[-1].lower().rstrip(".") in said


def _as_named(person: str, text: str) -> str:
    """The person's name as the article writes it in full, without a title ("Zach Parise"
    for "Parise", "Trump" for "Mr. Trump" where it writes no first name); "" where the
    article does not show it is a person's (referents._a_person)."""
    bare = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\. ", "", person)
    full = person_in_full(bare, text) if len(bare.split()) == 1 else bare
    return full if _a_person(bare.split()[-1], full, text) else ""
