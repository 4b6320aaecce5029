"""Plain data passed along the analysis flow: Article -> Claim -> Analysis.

These dataclasses are the contract between the analyser, the question generator, the
database layer and the CLI. Add fields freely; renaming one breaks its readers.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]
"""A half-open character range ``[start, end)`` into ``Article.text``."""

SOURCE_TYPES = ("official", "independent", "involved", "media", "anonymous", "outlet")
STATUSES = ("attributed", "corroborated", "disputed", "unattributed")
CUE_STRENGTHS = ("report", "estimate", "doubt", "assertion")
SKILLS = ("attribution", "verification", "sourcing")


@dataclass
class Article:
    """An article as read from a file or a form.

    ``text`` is what every span points into: for a .txt file it is the file's content
    exactly. ``body`` lists the spans of ``text`` that are article body; everything outside
    them is boilerplate (navigation, captions, credits, licence links...) and never yields a
    claim or a question.
    """

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    date: str = ""  # ISO 8601 date when known
    path: str = ""
    body: list[Span] = field(default_factory=list)

    def body_text(self) -> str:
        return "\n".join(self.text[s:e] for s, e in self.body) if self.body else self.text

    def in_body(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one body span (never boilerplate); a text
        with no body spans is all body."""
        return any(s <= start and end <= e for s, e in self.body) if self.body else True

    def sentence_span(self, start: int, end: int) -> Span:
        """The sentence(s) holding ``[start, end)``, kept inside the body block that holds
        ``start``: a sentence ends at ., ! or ? with any closing quotes or brackets before
        a space, or at a line break. For words an instructor selects or moves."""
        text = self.text
        lo, hi = 0, len(text)
        for s, e in self.body:
            if s <= start < e:
                lo, hi = s, e
                break
        begin = lo
        for m in _BLOCK_SENTENCE_END.finditer(text, lo, start):
            begin = m.end()
        m = _BLOCK_SENTENCE_END.search(text, max(end, start + 1) - 1, hi)
        finish = m.end() if m else hi
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        return begin, finish

    def line_sentence_span(self, start: int, end: int) -> Span:
        """The sentence holding ``[start, end)`` within its line, whitespace trimmed: it
        starts after the line start or the last sentence end (., ! or ? with at most one
        closing quote or bracket) before ``start`` and ends at the first sentence end or
        line break after ``end``. For a question's evidence when a claim has none."""
        text = self.text
        ends = [m.end() for m in _LINE_SENTENCE_END.finditer(text, 0, start)]
        head = max([text.rfind("\n", 0, start) + 1, *ends])
        tail = _LINE_SENTENCE_END.search(text, end)
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        finish = min(tail.end() if tail else len(text), stop)
        found = text[head:finish].strip()
        head = text.index(found, head) if found else head
        return head, head + len(found)


# Two sentence-end rules, kept apart because their spans differ at the edges (several
# closing marks, a closing "'", the end of the text) and each is pinned by what it feeds.
_BLOCK_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n")
_LINE_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s|$)")


@dataclass
class Figure:
    """A number in a claim, with what it counts ("1.2 million" of "killed and wounded")."""

    text: str  # as written: "1.2 million", "nearly 410,000"
    value: float  # 1_200_000.0
    counts: str  # what is counted, in the article's words: "killed and wounded"
    span: Span
    qualifier: str = ""  # "about", "nearly", "more than"... as written, or ""
    claim: int | None = None  # index of the claim it belongs to


@dataclass
class Claim:
    """One attribution (or one outlet statement, with status ``unattributed``)."""

    source: str  # resolved name: "Dmitry Peskov" for "He"
    source_text: str  # the words as written, which source_spans point at
    source_type: str  # one of SOURCE_TYPES
    cue: str  # "said", "according to", "estimated"
    cue_strength: str  # one of CUE_STRENGTHS
    content: str
    status: str  # one of STATUSES
    status_reason: str = ""
    evidence: str = ""  # the sentence(s) holding the claim, verbatim from Article.text
    source_spans: list[Span] = field(default_factory=list)
    cue_spans: list[Span] = field(default_factory=list)
    content_spans: list[Span] = field(default_factory=list)
    evidence_span: Span = (0, 0)
    figures: list[Figure] = field(default_factory=list)
    related: list[int] = field(default_factory=list)  # claims that corroborate or dispute it
    confidence: float = 1.0
    checked: bool = False  # corrected or confirmed by the instructor: the status is theirs

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("source_spans", "cue_spans", "content_spans"):
            data[key] = [list(s) for s in data[key]]
        data["evidence_span"] = list(self.evidence_span)
        return data


@dataclass
class Analysis:
    """Everything the analyser found in one article."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.article.path,
            "title": self.article.title,
            "outlet": self.article.outlet,
            "url": self.article.url,
            "date": self.article.date,
            "text": self.article.text,
            "body": [list(s) for s in self.article.body],
            "claims": [c.to_json() for c in self.claims],
            "figures": [asdict(f) for f in self.figures],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an Analysis from ``to_json`` output (the database and files store that)."""
        article = Article(
            text=data["text"],
            title=data.get("title", ""),
            outlet=data.get("outlet", ""),
            url=data.get("url", ""),
            date=data.get("date", ""),
            path=data.get("path", ""),
            body=[tuple(s) for s in data.get("body", [])],
        )
        claims = [claim_from_json(c) for c in data.get("claims", [])]
        figures = [figure_from_json(f) for f in data.get("figures", [])]
        return cls(article=article, claims=claims, figures=figures)


def join_spans(text: str, spans: list[Span]) -> str:
    """A claim's content spans as one string: a gap of only spaces and punctuation is kept
    as written (the full stop between two sentences of one statement), a longer one is
    written " \u2026 "."""
    out = ""
    prev = None
    for s, e in spans:
        if prev is not None:
            gap = text[prev:s]
            out += gap if len(gap) <= 3 and not gap.strip(" \n.,;:") else " \u2026 "
        out += text[s:e]
        prev = e
    return out


def figure_from_json(data: dict[str, Any]) -> Figure:
    return Figure(**{**data, "span": tuple(data["span"])})


def claim_from_json(data: dict[str, Any]) -> Claim:
    known = {f for f in Claim.__dataclass_fields__}
    values = {k: v for k, v in data.items() if k in known}
    for key in ("source_spans", "cue_spans", "content_spans"):
        values[key] = [tuple(s) for s in values.get(key, [])]
    values["evidence_span"] = tuple(values.get("evidence_span", (0, 0)))
    values["figures"] = [figure_from_json(f) for f in values.get("figures", [])]
    return Claim(**values)
