"""Token runs of the taggers' labels as the character spans of a claim: runs of one
label, trimmed of edge punctuation, merged across punctuation, split around page
furniture, and the sentence span that holds them (the claim's evidence).

spaCy is not imported here: DocFeatures come from the caller.
"""

from __future__ import annotations

from bisect import bisect_left

from quizapp.core.attribution_features import DocFeatures
from quizapp.core.attribution_spans import MERIDIEM
from quizapp.core.claims import Claim, Span, join_spans

PUNCT_EDGE = set(" \t\n\r\"'“”‘’,.;:—–-()")


def in_body(df: DocFeatures, body: list[Span], n_text: int) -> list[bool]:
    """Which tokens lie wholly inside a body span (no body means all of the text)."""
    out = [False] * df.n
    for s, e in body or [(0, n_text)]:
        i = bisect_left(df.start, s)
        while i < df.n and df.start[i] < e:
            if df.end[i] <= e and not df.is_space[i]:
                out[i] = True
            i += 1
    return out


def runs(labels: list[str], lo: int, tag: str) -> list[tuple[int, int]]:
    out = []
    start = None
    for k, lab in enumerate(labels + ["O"]):
        if lab == tag and start is None:
            start = k
        elif lab != tag and start is not None:
            out.append((lo + start, lo + k))
            start = None
    return out


def trim(df: DocFeatures, text: str, run: tuple[int, int]) -> Span | None:
    """Char span of a token run without edge spaces and punctuation (quotes are kept off
    the edges too, the scorer trims them the same way)."""
    s, e = run
    if s >= e:
        return None
    cs, ce = df.start[s], df.end[e - 1]
    while cs < ce and text[cs] in PUNCT_EDGE:
        cs += 1
    while ce > cs and text[ce - 1] in PUNCT_EDGE:
        ce -= 1
    if df.lower[e - 1] in MERIDIEM and ce > df.start[e - 1]:
        ce = df.end[e - 1]  # "6:40 a.m." keeps its last full stop: it is part of the time
    return (cs, ce) if cs < ce else None


def quote_range(df: DocFeatures, q: int, near: int) -> tuple[int, int]:
    lo = near
    while lo > 0 and df.quote[lo - 1] == q:
        lo -= 1
    hi = near
    while hi < df.n and df.quote[hi] == q:
        hi += 1
    return lo, hi


def evidence_span(df: DocFeatures, text: str, toks: list[int]) -> Span:
    first = df.sent_bounds[min(df.sent[i] for i in toks)][0]
    last = df.sent_bounds[max(df.sent[i] for i in toks)][1] - 1
    while last > first and df.is_space[last]:
        last -= 1
    while first < last and df.is_space[first]:
        first += 1
    return df.start[first], df.end[last]


def overlap(a: list[Span], b: list[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def claim_from_spans(
    text: str,
    source: list[Span],
    cue: list[Span],
    content: list[Span],
    evidence: Span,
    confidence: float,
) -> Claim:
    source_text = " ".join(text[s:e] for s, e in source)
    return Claim(
        source=source_text,
        source_text=source_text,
        source_type="",
        cue=" ".join(text[s:e] for s, e in cue),
        cue_strength="",
        content=join_spans(text, content),
        status="",
        evidence=text[evidence[0] : evidence[1]],
        source_spans=source,
        cue_spans=cue,
        content_spans=content,
        evidence_span=evidence,
        confidence=round(confidence, 3),
    )


def merge(runs: list[tuple[int, int]], df: DocFeatures) -> list[tuple[int, int]]:
    """Join runs separated only by spaces or punctuation (one fragment, not three)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(runs):
        if out and all(df.is_space[i] or df.pos[i] == "PUNCT" for i in range(out[-1][1], s)):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def body_runs(run: tuple[int, int], body_tok: list[bool]) -> list[tuple[int, int]]:
    """A token run split around the tokens outside the body."""
    return runs(["B" if body_tok[i] else "O" for i in range(*run)], run[0], "B")
