"""Structural checks on generated questions: what every question must satisfy.

Used by the tests and the generation benchmark; a question failing one of these is a
generator bug, whatever the article.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis
from quizapp.core.questions.base import Question, get_type, validate_question
from quizapp.core.questions.text import in_body


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
        elif not in_body(analysis.article, start, end):
            problems.append("evidence_spans: outside the article body (boilerplate)")
    if any(not 0 <= c < len(analysis.claims) for c in q.claims):
        problems.append("claims: index out of range")
    rendered = get_type(q.type).render(q)
    shown = repr(rendered)
    if q.explanation and q.explanation in shown:
        problems.append("render: shows the explanation")
    # The stem and choices may quote the article; anything else must not carry evidence.
    extra = repr({k: v for k, v in rendered.items() if k not in {"stem", "choices", "statements"}})
    if any(len(line) > 12 and line in extra for line in q.evidence.split("\n")):
        problems.append("render: shows the evidence")
    if {"answer", "explanation", "evidence", "claims"} & set(rendered):
        problems.append("render: shows a key field")
    return problems


def set_problems(questions: list[Question], analysis: Analysis) -> list[str]:
    problems = []
    stems = [q.stem.casefold() for q in questions]
    if len(set(stems)) != len(stems):
        problems.append("set: a stem appears twice")
    for n, q in enumerate(questions):
        problems += [f"question {n} ({q.type}): {p}" for p in question_problems(q, analysis)]
    return problems
