"""Sources a question may name: resolved, named, and the head of the words the article
uses for them; a source resolved from a pronoun only when the name is the nearest fit."""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import PRONOUN_SOURCES
from quizapp.core.questions.cue_checks import _CUE_NOUNS, CUE_WORD
from quizapp.core.questions.described_sources import description
from quizapp.core.questions.names import acronym_of, is_organisation, named_source

_NOT_A_NAME_START = {
    "that",
    "this",
    "those",
    "these",
    "such",
    "but",
    "and",
    "or",
    "so",
    "many",
    "some",
    "questioning",
    "asked",
}


def source_problems(claim: Claim, described: bool = False) -> list[str]:
    """Why the claim's source cannot be shown as who said it ([] when it can);
    ``described``: the article's description of a source it does not name will do."""
    if described and description(claim):
        return []
    source = claim.source.strip()
    written = " ".join(claim.source_text.split())
    if not source:
        return ["no source"]
    low = source.lower()
    if low in PRONOUN_SOURCES or low.split()[0] in PRONOUN_SOURCES | _NOT_A_NAME_START:
        return [f"source {source!r} is a pronoun or not a name"]
    # A known verb's -ing form, not any word in "-ing": "Beijing officials", "Sterling
    # Partners" and "King County" are names.
    if len(low.split()) > 1 and low.split()[0].endswith("ing") and _is_ing_form(low.split()[0]):
        return [f"source {source!r} starts with a verb ('Hosting Cook')"]
    if (
        re.search(r"['\u2019]re\b|[:;()]|\s['\u2019]s\b", source)
        or CUE_WORD.search(source)
        or len(source.split()) > 7
        or low.split()[-1] in _CUE_NOUNS
    ):
        return [f"source {source!r} is not a name"]
    if not named_source(claim) and claim.source_type != "anonymous":
        return [f"source {source!r} is neither a name nor an unnamed source"]
    if not written or written.lower() in PRONOUN_SOURCES:
        return []  # resolved from "he" or "according to him": the analyser named it
    if written.split()[0].lower() in PRONOUN_SOURCES:
        return [f"source words {written!r} mix a pronoun and a name"]
    if not _heads(source, written):
        return [f"{source!r} is not the head of {written!r}"]
    return []


def _is_ing_form(word: str) -> bool:
    # Imported here: the quiz-serving process imports this module (through the question
    # types) and must never load the language model's module.
    from quizapp.core.nlp import is_ing_form

    return is_ing_form(word)


def _heads(source: str, written: str) -> bool:
    """Whether ``source`` is who the words name: "Attorney General William Barr" is Barr,
    "Liu" is Liu Xiaming; "Montell Figgins, who represents Thomas" is not Thomas,
    "President Trump's advisers" are not Trump."""
    appositive = re.fullmatch(
        r"[^,]+,\s+(?:the\s+)?([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)+)", written
    )
    if appositive and {w.lower() for w in _name_words(appositive.group(1))} <= {
        w.lower() for w in _name_words(source)
    }:
        return True  # "Carlineo's attorney, Sonya Zoghlin" is Zoghlin
    head = re.split(
        r",|\s+(?:who|which|whose|that)\b|\s+of\s+(?:the\s+)?(?=[A-Z])", written, maxsplit=1
    )[0]
    head = re.sub(r"^(?:the|a|an)\s+", "", head.strip(), flags=re.I)
    head = re.sub(r"\s+(?:on|last|this)\s+\w+$", "", head)  # "Alden on Tuesday"
    if re.search(r"\s+and\s+(?:the\s+)?[A-Z]", written) and " and " not in source:
        return False  # two sources in one: "both Vindman and Williams"
    source_words = {w.lower() for w in _name_words(source)}
    head_words = _name_words(head)
    if head_words and {w.lower() for w in head_words} <= source_words:
        return True  # the article's words, or a short form of them: "Liu", "Prosecutors"
    if acronym_of(head, source):
        return True  # "the Chinese CDC" for the name spelt out (stem_sources.tidy_sources)
    last = [w for w in _name_words(source) if w.lower() != "the"][-1:]
    if not last:
        return False
    if last[0] in head_words:
        i = head_words.index(last[0])
        # "Carlineo's attorney": the name is a possessive, not the speaker.
        return i == len(head_words) - 1
    if last[0] in _name_words(written):
        return False  # named, but not as the speaker: "representatives of Epstein's family"
    # A description the analyser resolved ("the spokesman"): no other party named in it.
    return not any(w[:1].isupper() for w in head_words[1:]) and not head_words[0][:1].isupper()


def _name_words(text: str) -> list[str]:
    words = re.findall(r"[\w.-]+", re.sub(r"['\u2019]s\b", " 's", text))
    return [w.rstrip(".") for w in words if w.rstrip(".")]


def pronoun_problems(analysis: Analysis, index: int, described: bool = False) -> list[str]:
    """A source resolved from "he", "she" or "they" is kept only when the name is the
    nearest of the article's sources mentioned before the pronoun, and fits it ("he" is
    a person, not "Statista" or "the District of Columbia"). ``described``: a source the
    article describes ("the authors said ... . But ..., they wrote") is mentioned by the
    words it is described by at its other claims."""

    claim = analysis.claims[index]
    pronoun = claim.source_text.strip().lower()
    text = analysis.article.text
    start = claim.source_spans[0][0] if claim.source_spans else claim.evidence_span[0]
    window = text[_reach_back(analysis, index, start) : start]
    last = claim.source.split()[-1]
    forms = [last, *_short_forms(analysis, claim)]
    forms += _described_as(analysis, claim) if described else []
    mention = "|".join(re.escape(f) for f in forms)
    found = [m.end() for m in re.finditer(rf"\b(?:{mention})\b", window)]
    if not found:
        return [f"{claim.source!r} is not mentioned before {pronoun!r}"]
    after = window[found[-1] :]
    for other in analysis.claims:
        name = other.source.strip()
        if not name or not named_source(other) or last in name.split():
            continue
        if re.search(rf"\b{re.escape(name.split()[-1])}\b", after):
            return [f"{name!r} is nearer to {pronoun!r} than {claim.source!r}"]
    if not any(
        c.source == claim.source
        and c.source_text.strip().lower() not in PRONOUN_SOURCES
        and not source_problems(c, described)
        for c in analysis.claims
    ):
        return [f"{claim.source!r} is never named as a source, only as {pronoun!r}"]
    person = len(claim.source.split()) >= 2 and not is_organisation(claim.source)
    if pronoun in {"he", "she", "him", "her"} and not person:
        return [f"{pronoun!r} is a person, {claim.source!r} may not be"]
    return []


def _short_forms(analysis: Analysis, claim: Claim) -> list[str]:
    """The acronyms the article names the claim's source by at its other claims ("the
    Chinese CDC" for the name spelt out): a pronoun may stand for the source so named."""
    return [
        word
        for c in analysis.claims
        if c.source == claim.source
        for word in _name_words(c.source_text)
        if word.isupper() and len(word) >= 2 and acronym_of(word, claim.source)
    ]


def _described_as(analysis: Analysis, claim: Claim) -> list[str]:
    """The words the article describes the claim's source by at its other claims."""
    return [
        written
        for c in analysis.claims
        if c.source == claim.source
        and (written := " ".join(c.source_text.split()))
        and written.lower() not in PRONOUN_SOURCES
        and description(c)
    ]


PRONOUN_REACH = 500
"""Characters before a pronoun searched for the name it stands for."""

PARAGRAPHS_BACK = 2
"""Paragraph breaks a pronoun may reach across to its speaker's last attribution."""


def _reach_back(analysis: Analysis, index: int, start: int) -> int:
    """Where the search for a pronoun's name starts: ``PRONOUN_REACH`` characters back, or
    further, to where the source was last named as a speaker, when that attribution is the
    one just before the pronoun's and at most ``PARAGRAPHS_BACK`` paragraphs back ("Dana
    Cole ... told Reuters: '...' | a map's caption | However, she pointed out ...":
    a long quotation between them). The nearer-name checks still apply to all of it."""
    claim = analysis.claims[index]
    reach = max(0, start - PRONOUN_REACH)
    before = [
        c
        for c in analysis.claims
        if c.status != "unattributed" and c.source_spans and c.source_spans[0][0] < start
    ]
    if not before:
        return reach
    last = max(before, key=lambda c: c.source_spans[0][0])
    named_at = last.source_spans[0][0]
    text = analysis.article.text
    if (
        last.source == claim.source
        and last.source_text.strip().lower() not in PRONOUN_SOURCES
        and len(re.findall(r"\n+", text[named_at:start])) <= PARAGRAPHS_BACK
    ):
        return min(reach, named_at)
    return reach
