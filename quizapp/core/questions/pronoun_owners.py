"""Whom a pronoun in a restated clause stands for: the source itself ("X told Ruptly that
he ..."), a person the clause names before it, or someone the sentence before speaks of,
which the stem, showing the clause alone, would hide."""

from __future__ import annotations

import re

from quizapp.core.claims import Article, Claim
from quizapp.core.lexicon import CLAUSE_LINKS, COMMON_WORDS, PREPOSITIONS
from quizapp.core.questions.english import words
from quizapp.core.questions.evidence_cut import sentence_start
from quizapp.core.source_titles import PERSON_NOUNS

_PERSON_PRONOUN = re.compile(r"\b(?:his|her|him)\b")


SPEAKER_OPENING = re.compile(r"^(?:he|she)\s", re.I)
_NO_ADDRESSEE = re.compile(r"^(?:(?:reporters|journalists|the media|the press|[A-Z][\w.-]*)\s+)?$")


def speaker_pronoun(claim: Claim, article: Article) -> bool:
    """Whether a "he" or "she" opening the content is its source: the article's sentence is
    "X told Ruptly that he ...", the pronoun right after the cue and its "that", with no one
    between who could be "he" (an addressee of one word, a name, an outlet, or the press,
    as "told Smith" may be, is let through only where the article never writes the word
    after a first name; "told a colleague" never). The source itself must be one person
    (the question type checks that)."""
    if not claim.cue_spans or not claim.content_spans:
        return False
    text = article.text
    start = claim.content_spans[0][0]
    opening = re.match(r"(?:that\s+)?", text[start:])
    start += opening.end() if opening else 0
    if not SPEAKER_OPENING.match(text[start : start + 4]):
        return False
    gap = text[claim.cue_spans[0][1] : start]
    gap = re.sub(r"\s*\bthat\s*$", "", gap.strip()).strip()
    if not _NO_ADDRESSEE.match(f"{gap} " if gap else ""):
        return False
    return not gap[:1].isupper() or not re.search(rf"\b[A-Z][a-z]+\s+{re.escape(gap)}\b", text)


def _person_before_pronoun(clause: str, article_text: str) -> bool:
    """Whether "his", "her" or "him" in the clause can point to a person named before it
    in the clause (True when there is no such pronoun): a name of two capitalised words
    ("Mason Rudolph"), or one the article writes after a first name elsewhere. A company
    ("Apple") is no person, and the pronoun would then be the speaker's."""
    found = _PERSON_PRONOUN.search(clause)
    if not found:
        return True
    if _PERSON_NOUN.search(clause[: found.start()]):
        return True  # "The patient went to his doctor": the person the clause names
    names = re.findall(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*", clause[: found.start()])
    for name in names:
        parts = name.split()
        if len(parts) >= 2 or parts[0] in _TITLES:
            return True
        word = re.sub(r"['\u2019]s$", "", parts[0])
        # "Mason Rudolph", "Patrick W. Carlineo", "Mr. Trump": a first name, initial or title.
        for m in re.finditer(rf"\b([A-Z][a-z]*\.?)\s+{re.escape(word)}\b", article_text):
            if m.group(1).rstrip(".").lower() not in COMMON_WORDS | CLAUSE_LINKS | PREPOSITIONS:
                return True
    return False


_HE, _SHE = r"\b(?:he|his|him)\b", r"\b(?:she|her)\b"
_SAME_PERSON = {"his": _HE, "him": _HE, "her": _SHE}


def _owner_in_doubt(clause: str, claim: Claim, article: Article) -> bool:
    """Whether "his", "her" or "him" in the clause may stand for the person the sentence
    before speaks of ("Wild goalie Alex Stalock ... looked strong in his 10th outing.
    Sabres defenseman Brandon Montour spoiled his shutout bid"): that sentence uses the same
    pronoun and names none of the clause's names. The stem shows the clause alone, and its
    reader takes the pronoun for the clause's own person."""
    found = _PERSON_PRONOUN.search(clause)
    if not found or not claim.content_spans:
        return False
    text = article.text
    start = claim.content_spans[0][0]
    begin = sentence_start(text, start, text.rfind("\n", 0, start) + 1)
    back = len(text[:begin].rstrip())
    before = text[sentence_start(text, max(0, back - 1), text.rfind("\n", 0, back) + 1) : back]
    if not re.search(_SAME_PERSON[found.group(0)], before, re.I):
        return False
    names = [w for w in words(clause[: found.start()]) if w[:1].isupper()]
    names = [re.sub(r"['\u2019]s$", "", w) for w in names if w.lower() not in COMMON_WORDS]
    return not any(re.search(rf"\b{re.escape(n)}\b", before) for n in names)


_PERSON_NOUN = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?) (?:{'|'.join(sorted(PERSON_NOUNS))})\b(?![\w'\u2019-])"
)


_TITLES = {"President", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Mayor", "Judge"}


def _plural(noun_phrase: str) -> bool:
    """Whether a noun phrase's head is plural: the last word before its first preposition."""
    head_words = re.split(
        r"\s+(?:during|on|of|in|for|at|by|from|with|to|over|among)\s+", noun_phrase
    )
    head = words(head_words[0])[-1:] or [""]
    w = head[0].lower()
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
