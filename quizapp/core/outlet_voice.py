"""The outlet's own voice: body sentences no attribution covers become claims with status
"unattributed" (DOMAIN section 2)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizapp.core.claims import Article, Claim, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def outlet_statements(claims: Sequence[Claim], doc: Doc | None, article: Article) -> list[Claim]:
    """Body sentences that no attribution covers, as claims in the outlet's own voice."""
    covered = sorted(
        s for c in claims for s in (*c.source_spans, *c.cue_spans, *c.content_spans) if s[1] > s[0]
    )
    covered = _merge(covered)
    covered_ends = [e for _, e in covered]
    headline = _headline_span(article)
    source = article.outlet or "the article"
    out = []
    for start, end in _body_sentences(doc, article):
        if headline and start < headline[1] and headline[0] < end:
            continue
        k = bisect.bisect_right(covered_ends, start)
        if k < len(covered) and covered[k][0] < end:
            continue  # some attribution covers part of this sentence
        sentence = article.text[start:end]
        if len(re.findall(r"[A-Za-z]+", sentence)) < 4 or _someones_words(sentence):
            continue
        out.append(
            Claim(
                source=source,
                source_text="",
                source_type="outlet",
                cue="",
                cue_strength="assertion",
                content=sentence,
                status="unattributed",
                status_reason="unattributed: stated in the article's own voice, with no source",
                evidence=sentence,
                content_spans=[(start, end)],
                evidence_span=(start, end),
            )
        )
    return out


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]*)[\"\u201d]")


def _someones_words(sentence: str) -> bool:
    """A sentence that opens with a quote and is mostly quoted words is a speaker's, even
    where no cue was found ('"So it's fair to say ...?" Schiff asked.'): never the outlet's."""
    if sentence[:1] not in '"\u201c':
        return False
    quoted = sum(len(m.group(1)) for m in _QUOTED.finditer(sentence))
    return quoted >= 0.6 * len(sentence)


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _headline_span(article: Article) -> Span | None:
    if not article.title:
        return None
    for s, e in article.body or [(0, len(article.text))]:
        at = article.text.find(article.title, s, e)
        if at >= 0:
            return at, at + len(article.title)
    return None


def _body_sentences(doc: Doc | None, article: Article) -> list[Span]:
    """Sentences inside body spans, cut at line breaks (a headline never joins a sentence)."""
    text = article.text
    if doc is not None:
        rough: list[Span] = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        rough = [
            (m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)", text, re.M)
        ]
    body = article.body or [(0, len(text))]
    out = []
    for s, e in rough:
        for bs, be in body:
            lo, hi = max(s, bs), min(e, be)
            if lo >= hi:
                continue
            for piece in re.finditer(r"[^\n]+", text[lo:hi]):
                ps, pe = _strip(text, lo + piece.start(), lo + piece.end())
                if pe > ps:
                    out.append((ps, pe))
    return out


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
