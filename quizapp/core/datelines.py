"""A dateline opening a paragraph ("BUFFALO, N.Y. —", "WASHINGTON (AP) -") says where the
outlet filed from: it is never a source, nor part of one.

The extractor reads a sentence's first words as its subject, so a source span may start on
the dateline ("BUFFALO, N.Y. — Hours before ..., Wild coach Bruce Boudreau") or be nothing
else ("BUFFALO, N.Y" for the "saying" of the same sentence). The span is cut to start after
the dateline; a span that was only the dateline takes the source of the sentence's claim
before it (a participle's subject is its main verb's), or none.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Article, Claim, Span

# A place in capitals, a state or a date after commas, an agency in brackets, a dash.
DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z.'\u2019 -]{2,}?(?:,\s*[A-Z][\w.]*(?:\s[\w.]+)*){0,3}"
    r"(?:\s*\([^)\n]{1,30}\))?\s+(?:\u2014|\u2013|--?)\s+"
)


def dateline_end(text: str, position: int) -> int:
    """Where the dateline that ``position`` falls in ends, or -1 when it is in none."""
    line_start = text.rfind("\n", 0, position) + 1
    found = DATELINE.match(text, line_start)
    return found.end() if found and position < found.end() else -1


def trim_datelines(claims: list[Claim], article: Article) -> None:
    """Cut every source span off the dateline it starts on, in place."""
    text = article.text
    for claim in sorted(claims, key=lambda c: c.cue_spans[0][0] if c.cue_spans else -1):
        spans = [_past_dateline(text, s) for s in claim.source_spans]
        if spans == claim.source_spans:
            continue
        kept = [s for s in spans if s[0] < s[1]]
        claim.source_spans = kept or _subject_before(claim, claims)
        claim.source_text = " ".join(text[a:b] for a, b in claim.source_spans)
        claim.source = claim.source_text


def _past_dateline(text: str, span: Span) -> Span:
    start, end = span
    after = dateline_end(text, start)
    return (min(after, end), end) if after >= 0 else span


def _subject_before(claim: Claim, claims: list[Claim]) -> list[Span]:
    """The source span of the same sentence's claim whose cue comes before this one's, with
    no dateline in it: "Boudreau expressed confidence ..., saying he ..."."""
    if not claim.cue_spans:
        return []
    cue = claim.cue_spans[0][0]
    before = [
        c
        for c in claims
        if c is not claim
        and c.evidence_span == claim.evidence_span
        and c.cue_spans
        and c.cue_spans[0][0] < cue
        and c.source_spans
    ]
    return list(before[-1].source_spans) if before else []


def dateline_places(text: str) -> set[str]:
    """The places of the article's datelines, as written ("BUFFALO", "SAN FRANCISCO")."""
    return {
        re.split(r"[,(]|\s+(?:\u2014|\u2013|--?)\s", m.group(0))[0].strip()
        for m in DATELINE.finditer(text)
    }
