"""Linter rules on what a question restates of the article: a statement cut out of a
sentence must be a whole clause that means what the sentence meant, and a stem short enough
to follow.

Each rule finds the restated words in the article and looks at what the cut left out: an
aside left open ("fleet sales -- new vehicles sold to ..." before the closing dash), the
rest of a main clause after a closed aside ("lost Matt Dumba, who sat out the third period,"
before "to an undisclosed injury"), a "not" just before, or the next sentence of a
quotation that comments on it ("... an international consensus." before "The breaking of
that consensus is important"). Words the article does not hold as they stand (a shortened
paraphrase) are not looked at.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis
from quizapp.core.hyphens import mend_hyphens
from quizapp.core.questions.base import Question
from quizapp.core.questions.english import (
    COMMENTS_BACK,
    DASH,
    MAX_STEM_WORDS,
    main_clause_goes_on,
    words,
)
from quizapp.core.questions.quoted_referents import without_brackets
from quizapp.core.questions.registry import type_for

_QUOTED = re.compile(r"\u201c([^\u201d]+)\u201d")
_AFTER_THAT = re.compile(r"\bthat (.+?)[?.]$")
_ASIDE_OPENS = re.compile(r",\s+(?:who|which|with|while|whereas|although|though|as)\b")
_NOT_BEFORE = re.compile(r"(?:\bnot|\bnever|n't)[\s,\"\u201c]*$")


def cut_problems(q: Question, analysis: Analysis) -> list[str]:
    """What a cut left out that the restated words needed, and a stem too long to follow."""
    flat = _flat(analysis.article.text)
    low = flat.lower()
    quoted, clauses, choices = _restated(q)
    problems = []
    for said in quoted + clauses + choices:
        if ("[" in said or "]" in said) and _flat(said).lower() not in low:
            problems += _bracket_problems(said, low)
            said = without_brackets(said)  # "He [Zach Parise] is": the article's "He is"
        at = low.find(_flat(said).lower())
        if at < 0:
            continue
        rest = flat[at + len(_flat(said)) :]
        if len(DASH.findall(said)) % 2 and DASH.search(re.split(r"[.!?](?:\s|$)", rest)[0]):
            problems.append(f"cut inside a dash aside: {said[:40]!r}")
        if _ASIDE_OPENS.match(rest) and main_clause_goes_on(rest, 1):
            problems.append(f"cut before the rest of its main clause: {said[:40]!r}")
        if _NOT_BEFORE.search(low[max(0, at - 15) : at]):
            problems.append(f"cut after a 'not': {said[:40]!r}")
        stop = re.match(r"[.!?]\s+", rest)
        if said in quoted and stop and COMMENTS_BACK.match(rest, stop.end()):
            problems.append(f"quotation cut before a sentence commenting on it: {said[:40]!r}")
    if len(words(q.stem)) > MAX_STEM_WORDS:
        problems.append(f"stem: {len(words(q.stem))} words (over {MAX_STEM_WORDS})")
    return problems


_INSERTED = re.compile(r"\[[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}\]")


def _bracket_problems(said: str, low: str) -> list[str]:
    """Square brackets in a quotation hold a name inserted after a word of the speaker's
    ("He [Zach Parise] is"), as a newspaper writes it, and the quotation without them is
    the article's words: anything else in brackets, or any other change, misquotes."""
    if re.search(r"[\[\]]", without_brackets(said) + _INSERTED.sub("", said)):
        return [f"brackets in a quotation hold more than an inserted name: {said[:40]!r}"]
    if _flat(without_brackets(said)).lower().rstrip("'") not in low:
        return [f"a quotation with a name in brackets is not the article's words: {said[:40]!r}"]
    return []


def _restated(q: Question) -> tuple[list[str], list[str], list[str]]:
    """The article's words a question restates: quotations in the stem or the choices, a
    clause after "that" in the stem, and choices or statements that are sentences."""
    kind = type_for(q.type)
    texts = [t for t in kind.texts_to_check(q) if isinstance(t, str)] if kind.phrase_choices else []
    quoted = _QUOTED.findall(q.stem) + [
        t.strip("\u201c\u201d").rstrip(".") for t in texts if t[:1] == "\u201c"
    ]
    clause = _AFTER_THAT.search(_QUOTED.sub("", q.stem))
    clauses = [clause.group(1)] if clause and len(words(clause.group(1))) >= 4 else []
    choices = [t.rstrip(".") for t in texts if t[:1] != "\u201c" and len(words(t)) >= 4]
    return quoted, clauses, choices


def _flat(text: str) -> str:
    """Text as compared: one space between words, straight apostrophes, compounds split at
    a line break joined (as question_about shows them)."""
    return " ".join(mend_hyphens(text).replace("\u2019", "'").split())
