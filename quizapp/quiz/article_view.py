"""The article as a learner reads it: cleaned paragraphs, with evidence marked when allowed.

Plain functions over plain data. ``Article.body`` lists the spans of ``Article.text`` that
are article body; everything else (navigation, captions, credits) is left out. Evidence
spans point into ``Article.text``; a question made by hand may give only the evidence
sentence, which is then found in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True)
class Piece:
    text: str
    marked: bool = False


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    pieces: tuple[Piece, ...]

    @property
    def marked(self) -> bool:
        return any(p.marked for p in self.pieces)


_LINE = re.compile(r"[^\n]+")


def paragraph_spans(text: str, body: Sequence[Sequence[int]] | None, title: str = "") -> list[Span]:
    """Non-empty lines of the body, trimmed; the title line is left out (shown as a heading)."""
    regions = [(int(s), int(e)) for s, e in body or []] or [(0, len(text))]
    spans: list[Span] = []
    for start, end in sorted(regions):
        for match in _LINE.finditer(text, start, max(start, min(end, len(text)))):
            raw = match.group(0)
            stripped = raw.strip()
            if not stripped:
                continue
            s = match.start() + (len(raw) - len(raw.lstrip()))
            spans.append((s, s + len(stripped)))
    if spans and title and text[spans[0][0] : spans[0][1]].strip() == title.strip():
        spans = spans[1:]
    return spans


def merge(spans: Iterable[Sequence[int]]) -> list[Span]:
    ordered = sorted((int(s), int(e)) for s, e in spans if int(e) > int(s))
    merged: list[Span] = []
    for s, e in ordered:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def evidence_spans(
    text: str, spans: Sequence[Sequence[int]] | None, evidence: str = ""
) -> list[Span]:
    """The question's evidence spans when valid, else each evidence line found in the text."""
    # A span or line without a letter or digit (a lone quote mark) highlights nothing useful.
    valid = [
        (int(s), int(e))
        for s, e in spans or []
        if 0 <= int(s) < int(e) <= len(text) and _has_words(text[int(s) : int(e)])
    ]
    if valid:
        return merge(valid)
    found = []
    for line in (evidence or "").splitlines():
        line = line.strip()
        if _has_words(line) and (at := text.find(line)) >= 0:
            found.append((at, at + len(line)))
    return merge(found)


def paragraphs(
    text: str,
    body: Sequence[Sequence[int]] | None,
    highlights: Sequence[Span] = (),
    title: str = "",
) -> list[Paragraph]:
    marks = merge(highlights)
    out = []
    for start, end in paragraph_spans(text, body, title):
        pieces: list[Piece] = []
        at = start
        for s, e in marks:
            if e <= at or s >= end:
                continue
            s, e = max(s, at), min(e, end)
            if s > at:
                pieces.append(Piece(text[at:s]))
            pieces.append(Piece(text[s:e], marked=True))
            at = e
        if at < end:
            pieces.append(Piece(text[at:end]))
        out.append(Paragraph(start, end, tuple(pieces)))
    return out
