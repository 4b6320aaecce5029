"""GIFT answer blocks for single questions; the file format itself is formats/gift.py.

Kept apart from formats/gift.py so question types can write their own block without
importing the file parser (which imports the registry).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quizapp.core.questions.base import Question

SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    """GIFT-escape text: backslash before ~ = # { } : and itself; newlines as \\n."""
    out = []
    for ch in text:
        if ch == "\\" or ch in SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        else:
            out.append(ch)
    return "".join(out)


def unescape(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "r": "\r"}.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@dataclass
class GiftBlock:
    """A parsed answer block ``{...}``."""

    kind: str  # "choice", "truefalse" or "matching"
    answers: list[tuple[bool, str]] = field(default_factory=list)  # choice: (right?, text)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # matching: (left, right)
    truth: bool = True  # truefalse
    feedback: str = ""  # general feedback (####)


def general_feedback(question: Question) -> str:
    return f"\n####{escape(question.explanation)}" if question.explanation else ""


def choice_block(question: Question) -> str:
    lines = [
        ("=" if i == question.answer else "~") + escape(choice)
        for i, choice in enumerate(question.choices)
    ]
    return "{\n" + "\n".join(lines) + general_feedback(question) + "\n}"


def question_from_choice_block(
    type_name: str,
    default_skills: tuple[str, ...],
    stem: str,
    block: GiftBlock,
    meta: Mapping[str, Any],
) -> Question:
    right = [i for i, (ok, _) in enumerate(block.answers) if ok]
    return Question(
        type=type_name,
        stem=stem,
        choices=[text for _, text in block.answers],
        answer=right[0] if len(right) == 1 else None,
        skills=list(meta.get("skills", default_skills)),
        explanation=block.feedback,
        evidence=meta.get("evidence", ""),
        evidence_spans=[tuple(s) for s in meta.get("evidence_spans", [])],
        claims=list(meta.get("claims", [])),
        data=dict(meta.get("data", {})),
    )
