"""Structural checks on generated questions: what every question must satisfy.

Used by the tests and the generation benchmark; a question failing one of these is a
generator bug, whatever the article.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis
from quizapp.core.datelines import dateline_places
from quizapp.core.hyphens import SPLIT_HYPHEN
from quizapp.core.questions.base import Question
from quizapp.core.questions.cut_checks import cut_problems
from quizapp.core.questions.english import _EXTRAPOSED_IT
from quizapp.core.questions.hedges import REJECTING
from quizapp.core.questions.registry import get_type, type_for, validate_question
from quizapp.core.questions.statement_checks import object_not_clause


def question_problems(q: Question, analysis: Analysis) -> list[str]:
    text = analysis.article.text
    problems = list(validate_question(q))
    if not q.stem[:1].isupper() and q.stem[:1] not in '\u201c"':
        problems.append("stem: does not start with a capital")
    if q.stem[-1:] not in "?.":
        problems.append("stem: does not end with ? or .")
    if "  " in q.stem or re.search(r"\s[,?]|\s\.(?!\.\.)", q.stem):
        problems.append("stem: stray spaces")
    if q.stem.count("\u201c") != q.stem.count("\u201d"):
        problems.append("stem: unbalanced quotation marks")
    if not q.explanation.strip():
        problems.append("explanation: empty")
    if not q.evidence.strip():
        problems.append("evidence: empty")
    for line in q.evidence.split("\n"):
        if line not in text:
            problems.append("evidence: not verbatim in the article")
    for start, end in q.evidence_spans:
        if not (0 <= start < end <= len(text)) or text[start:end] not in q.evidence:
            problems.append("evidence_spans: do not point at the evidence")
        elif not analysis.article.in_body(start, end):
            problems.append("evidence_spans: outside the article body (boilerplate)")
    if any(not 0 <= c < len(analysis.claims) for c in q.claims):
        problems.append("claims: index out of range")
    kind = get_type(q.type)
    rendered = kind.render(q)
    shown = repr(rendered)
    if q.explanation and q.explanation in shown:
        problems.append("render: shows the explanation")
    # The stem and choices may quote the article; anything else must not carry evidence.
    extra = repr({k: v for k, v in rendered.items() if k not in kind.quoting_keys})
    if any(len(line) > 12 and line in extra for line in q.evidence.split("\n")):
        problems.append("render: shows the evidence")
    if {"answer", "explanation", "evidence", "claims"} & set(rendered):
        problems.append("render: shows a key field")
    return problems + wording_problems(q, analysis)


def wording_problems(q: Question, analysis: Analysis) -> list[str]:
    """What a teacher would rewrite: English, cuts out of the article's sentences, a dateline
    offered as a source, an explanation passing over the evidence's words."""
    return (
        language_problems(q)
        + cut_problems(q, analysis)
        + dateline_problems(q, analysis.article.text)
        + explanation_problems(q)
    )


def explanation_problems(q: Question) -> list[str]:
    """Words of the evidence a status explanation passes over: a distancing word before the
    cue it cites ("allegedly told") or a rejection ("Volker disputed ...") beside
    "attributed"."""
    problems = []
    if re.search(r"\bconfirms?\b", q.stem) and "own voice" in q.explanation:
        # The outlet asserting something is not a check of it: it stands behind it.
        problems.append("stem: 'confirms' for what the outlet only states in its own voice")
    if "attributed" not in q.explanation:
        return problems
    for m in re.finditer(r"\b(allegedly|reportedly|purportedly|supposedly)\s+([a-z]+)", q.evidence):
        cited = re.search(rf"\u201c[^\u201d]*\b{m.group(2)}\u201d", q.explanation)
        if cited and m.group(1) not in q.explanation:
            problems.append(f"explanation: passes over {m.group(0)!r} in the evidence")
    for m in REJECTING.finditer(q.evidence):
        if m.group(1).lower() not in q.explanation and "disputed" not in q.explanation:
            problems.append(f"explanation: an attributed key beside {m.group(0)!r}, unexplained")
    return problems


def dateline_problems(q: Question, text: str) -> list[str]:
    """A dateline's place ("BUFFALO, N.Y. —") in the stem or a choice: where the outlet filed
    from, offered as if it were a speaker."""
    shown = [q.stem, *(c for c in q.choices if isinstance(c, str))]
    return [
        f"a dateline's place as a source: {place!r}"
        for place in dateline_places(text)
        if any(re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", t) for t in shown)
    ]


# --- English a teacher would sign ----------------------------------------------------------

_STEM_RULES = [
    (
        re.compile(r"\bwhich['\u2019]s\b", re.I),
        "a possessive of a relative ('which's')",
    ),
    (re.compile(r"\bWho told(?:,| that\b)"), "'told' without whom it was told to"),
    (re.compile(r"^(?:What did|Who is) (?:The|A|An) "), "a capital article inside a sentence"),
    (re.compile(r"\b(\w+) \1\b", re.I), "a word written twice"),
    (re.compile(r" \u2026 "), "words glued from two places (' … ')"),
    (re.compile(r"\b[A-Z][A-Z0-9]*[=^][A-Z0-9]+\b"), "a ticker or a code"),
    (
        re.compile(r"\b(?:a|an|the|that|of|to|and|or|but|with|by)[?.]$", re.I),
        "a dangling last word",
    ),
    (re.compile(r"\b(?:the|a|an) (?:the|a|an)\b", re.I), "two articles in a row"),
    (
        re.compile(
            r"^(?:Who (?:added|continued|repeated)\b|What did .+ (?:add|continue|repeat)\?)"
        ),
        "a cue carrying on from words the stem does not show ('Who added')",
    ),
    (re.compile(r"\bthe words \u201c[\w'\u2019-]+\u201d"), "'the words' before one word"),
    (re.compile(r"(?<![.?!:]) (?:The|A|An) (?=[a-z])"), "a capital article inside a sentence"),
]
_SPLIT = (SPLIT_HYPHEN, "a compound split where a line broke ('short- term')")
_STEM_RULES.append(_SPLIT)
_CHOICE_RULES = [
    _SPLIT,  # in a quotation too: the break is the page's, not the speaker's
    (re.compile(r" \u2026 "), "words glued from two places (' … ')"),
    (re.compile(r"[,;:]$"), "ends with a comma"),
]
# Choices that are names or statements (not cue words, labels or fixed answers) must also
# start with a capital and must not point back into the article ("It would depend ...").
_PHRASE_RULES = [
    (re.compile(r"^[a-z]"), "does not start with a capital"),
    (
        re.compile(
            r"^(?:It|This|These|Those|That|He|She|They|His|Her|Its|Their)\b(?! is| was|['\u2019]s)"
        ),
        "starts with a word pointing back into the article",
    ),
]


_RESTATED = re.compile(
    r"(?:\bthe statement that |^Who (?:said|\w+ed) that |stands behind this statement: )"
    r"(?P<clause>[^?]+?)(?:,? according to the article)?[?.]?$"
)
_PRONOUN_SUBJECT = re.compile(r"^(?:he|she|they|it)\s", re.I)


def restated_clause_problems(stem: str) -> list[str]:
    """A clause the stem restates that is no clause: a cue's object cut out of "accused X
    of V-ing", or a pronoun subject standing for someone the stem does not show."""
    found = _RESTATED.search(stem)
    if not found:
        return []
    clause = found.group("clause")
    problems = []
    if object_not_clause(clause, "", None):
        problems.append("stem: a cue's object ('X of V-ing') restated as a clause")
    if _PRONOUN_SUBJECT.match(clause) and not _EXTRAPOSED_IT.match(clause.lower()):
        problems.append("stem: a restated clause whose subject is a pronoun")
    return problems


def language_problems(q: Question) -> list[str]:
    """English a teacher would not sign: each rule has a hand-written case in the tests."""
    problems = [f"stem: {why}" for rx, why in _STEM_RULES if rx.search(q.stem)]
    problems += restated_clause_problems(q.stem)
    if q.stem.count("(") != q.stem.count(")"):
        problems.append("stem: unbalanced brackets")
    kind = type_for(q.type)
    phrases = kind.phrase_choices  # names or statements: held to a sentence's rules
    for text in kind.texts_to_check(q):
        if not isinstance(text, str):
            continue
        plain = text.strip('\u201c\u201d"')
        rules = _CHOICE_RULES + (_PHRASE_RULES if phrases else [])
        if plain != text.strip():
            rules = rules[: len(_CHOICE_RULES)]  # a quotation stays as the speaker said it
        problems += [f"choice: {why}: {text[:40]!r}" for rx, why in rules if rx.search(plain)]
        if text.count("\u201c") != text.count("\u201d") or text.count('"') % 2:
            problems.append(f"choice: unbalanced quotation marks: {text[:40]!r}")
        if text.count("(") != text.count(")"):
            problems.append(f"choice: unbalanced brackets: {text[:40]!r}")
    sizes = [len(t.split()) for t in q.choices if isinstance(t, str)]
    if phrases and len(sizes) > 2 and min(sizes) >= 3 and max(sizes) > 3 * min(sizes):
        problems.append("choices: one is over three times as long as another")
    return problems


def set_problems(questions: list[Question], analysis: Analysis) -> list[str]:
    problems = []
    stems = [q.stem.casefold() for q in questions]
    if len(set(stems)) != len(stems):
        problems.append("set: a stem appears twice")
    for n, q in enumerate(questions):
        problems += [f"question {n} ({q.type}): {p}" for p in question_problems(q, analysis)]
    return problems
