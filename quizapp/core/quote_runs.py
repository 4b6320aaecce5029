"""Quotes that run on past their cue: ``"A," Volker said. "B. C."`` is one claim of Volker's.

A news quote often goes on for more sentences after the cue, in the same paragraph or in the
next ones (a paragraph left open, the next one opening with a quote mark again). Those
sentences have no cue of their own, so without this step they would be read as the outlet's
own voice: someone's words filed as the article's, the worst error a quiz can teach.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Article, Claim, Span

MAX_RUN = 6
"""Quoted stretches one claim may take on: a speech quoted at length stays one claim, but a
page of quotes with the cue far above is left alone."""

_CURLY = {"\u201c": "\u201d"}
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def extend_quote_runs(claims: list[Claim], article: Article) -> None:
    """Give each attributed claim the quoted sentences that run on after it with no cue of
    their own (content, evidence); in place. A stretch another claim already covers stops
    the run: it has a speaker of its own."""
    text = article.text
    covered = [s for c in claims for s in (*c.source_spans, *c.cue_spans, *c.content_spans)]
    for claim in sorted(claims, key=lambda c: c.evidence_span[1]):
        if claim.status == "unattributed" or not claim.content_spans:
            continue
        if claim.evidence_span == (0, 0):
            continue
        pos, open_run = claim.evidence_span[1], _inside_quote(text, claim.evidence_span[1])
        added: list[Span] = []
        while len(added) < MAX_RUN:
            found = _next_quote(text, pos, open_run, article)
            if found is None or _overlaps(found[0], covered):
                break
            added.append(found[0])
            pos, open_run = found[1], found[2]
        if added:
            _take_on(claim, added, text)
            covered.extend(added)


def _take_on(claim: Claim, added: list[Span], text: str) -> None:
    claim.content_spans = [*claim.content_spans, *added]
    claim.content = claim.content + " … " + " … ".join(text[s:e] for s, e in added)
    start = claim.evidence_span[0]
    end = added[-1][1]
    while end < len(text) and text[end] in "\"'\u201d\u2019":
        end += 1
    claim.evidence_span = (start, end)
    claim.evidence = text[start:end]


def _next_quote(
    text: str, pos: int, open_run: bool, article: Article
) -> tuple[Span, int, bool] | None:
    """The quoted words right after ``pos`` (a sentence or more, inside its marks), where
    the run stops, and whether the quote is still open at the paragraph's end; None when
    what follows is not a bare quote (a cue after it, a new speaker, plain prose)."""
    start = pos
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or ("\n" in text[pos:start] and not open_run):
        return None
    if "\n" in text[pos:start]:
        if text.count("\n", pos, start) > 2:
            return None
    elif open_run:
        return None  # still inside the claim's own quote: the extractor has it
    if not _opens_quote(text, start):
        return None
    if not article.in_body(start, start + 1):
        return None
    close = _CURLY.get(text[start], '"')
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    stop = text.find(close, start + 1, line_end)
    inner_start = start + 1
    if stop < 0:  # left open: the quote goes on in the next paragraph
        inner_end = line_end
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        words = text[inner_start:inner_end]
        if not _SENTENCE_END.search(words) or len(words.split()) < 4:
            return None
        return (inner_start, inner_end), line_end, True
    words = text[inner_start:stop]
    if not _SENTENCE_END.search(words.rstrip()) or len(words.split()) < 4:
        return None  # a phrase in quotes, not a quoted sentence
    tail = stop + 1
    while tail < line_end and text[tail] in " \t":
        tail += 1
    if tail < line_end and not _opens_quote(text, tail):
        return None  # words after the quote: its own cue ('" Schiff asked.')
    return (inner_start, stop), stop + 1, False


def _opens_quote(text: str, at: int) -> bool:
    ch = text[at]
    if ch in _CURLY:
        return True
    if ch != '"':
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return text.count('"', line_start, at) % 2 == 0


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quote opened earlier in its paragraph."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    if before.count('"') % 2:
        return True
    return before.rfind("\u201c") > before.rfind("\u201d")


def _overlaps(span: Span, spans: list[Span]) -> bool:
    s, e = span
    return any(a < e and s < b for a, b in spans if b > a)
