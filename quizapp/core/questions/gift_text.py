"""GIFT answer blocks for single questions; the file format itself is formats/gift.py.

Kept apart from formats/gift.py so question types can write their own block without
importing the file parser (which imports the registry). Plain text in, plain text out: it
imports nothing of the question types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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


def general_feedback(explanation: str) -> str:
    """The explanation as GIFT general feedback (``####``), or nothing."""
    return f"\n####{escape(explanation)}" if explanation else ""


def choice_block(choices: list[str], answer: Any, explanation: str) -> str:
    lines = [("=" if i == answer else "~") + escape(choice) for i, choice in enumerate(choices)]
    return "{\n" + "\n".join(lines) + general_feedback(explanation) + "\n}"
