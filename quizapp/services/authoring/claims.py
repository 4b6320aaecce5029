"""Correcting the analyser: a claim's words edited, a missed claim added, a wrong one
deleted; spans, evidence sentence, cue strength and figures follow the words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from quizapp import models
from quizapp.core import claims as core
from quizapp.services.authoring import AuthoringError
from quizapp.store import article_text, claim_to_core, figures_json


def owned_claim(session: Session, user: models.User, claim_id: int) -> models.Claim | None:
    claim = session.get(models.Claim, claim_id)
    if claim is None or claim.article.owner_id != user.id:
        return None
    return claim


_WS = re.compile(r"\s+")


def locate(text: str, quote: str, near: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The span of ``quote`` in ``text`` (whitespace-insensitive), nearest to ``near``."""
    spans = occurrences(text, quote)
    if not spans:
        return None
    if near is None:
        return spans[0]
    a, b = near

    def distance(span: tuple[int, int]) -> int:
        s, e = span
        if e >= a and s <= b:
            return 0
        return a - e if e < a else s - b

    return min(spans, key=distance)


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of ``quote`` in ``text``, whitespace-insensitive."""
    quote = quote.strip()
    if not quote:
        return []
    pattern = r"\s+".join(re.escape(w) for w in _WS.split(quote))
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def sentence_span(article: models.Article, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding ``[start, end)``, kept inside the body block that holds it."""
    return article_text(article).sentence_span(start, end)


def in_body(article: models.Article, start: int, end: int) -> bool:
    return article_text(article).in_body(start, end)


@dataclass
class ClaimInput:
    source: str = ""
    cue: str = ""
    content: str = ""
    status: str = "attributed"
    source_type: str = "official"


def _check_claim(data: ClaimInput) -> None:
    errors = []
    if not data.source.strip() and data.status != "unattributed":
        errors.append("source: say who makes the claim")
    if not data.content.strip():
        errors.append("content: say what is claimed")
    if data.status not in core.STATUSES:
        errors.append(f"status: must be one of {', '.join(core.STATUSES)}")
    if data.source_type not in core.SOURCE_TYPES:
        errors.append(f"source type: must be one of {', '.join(core.SOURCE_TYPES)}")
    if errors:
        raise AuthoringError(errors)


def _refresh_claim(claim: models.Claim, article: models.Article) -> None:
    """Evidence sentence, cue strength and figures after the words of a claim changed."""
    from quizapp.core.claim_figures import extract_figures
    from quizapp.core.cue_strength import cue_strength

    spans = [*claim.content_spans, *claim.cue_spans, *claim.source_spans]
    if spans:
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        if claim.evidence_span and claim.evidence_span != [0, 0]:
            start = min(start, claim.evidence_span[0])
            end = max(end, claim.evidence_span[1])
            if end - start > 2000:  # words moved far from the old sentence: start afresh
                start = min(s for s, _ in spans)
                end = max(e for _, e in spans)
        s, e = sentence_span(article, start, end)
        claim.evidence_span = [s, e]
        claim.evidence = article.text[s:e]
    claim.cue_strength = "assertion" if claim.status == "unattributed" else cue_strength(claim.cue)
    figures = extract_figures(claim_to_core(claim), article.text)
    claim.figures = figures_json(figures, claim.position)


def edit_claim(session: Session, claim: models.Claim, data: ClaimInput) -> models.Claim:
    """Correct a claim; words that occur in the article get their spans moved to them."""
    _check_claim(data)
    article = claim.article
    near = tuple(claim.evidence_span) if claim.evidence_span else None
    if data.content.strip() != claim.content.strip():
        span = locate(article.text, data.content, near)  # type: ignore[arg-type]
        claim.content_spans = [list(span)] if span else []
    if data.cue.strip() != claim.cue.strip():
        span = locate(article.text, data.cue, near) if data.cue.strip() else None  # type: ignore[arg-type]
        claim.cue_spans = [list(span)] if span else []
    if data.source.strip() != claim.source.strip():
        span = locate(article.text, data.source, near) if data.source.strip() else None  # type: ignore[arg-type]
        if span:
            claim.source_spans = [list(span)]
            claim.source_text = article.text[span[0] : span[1]][:300]
        elif not claim.source_spans:
            claim.source_text = data.source.strip()[:300]
    claim.source = data.source.strip()[:300]
    claim.cue = data.cue.strip()[:120]
    claim.content = data.content.strip()
    if data.status != claim.status:
        claim.status_reason = "Set by the instructor."
    claim.status = data.status
    claim.source_type = data.source_type
    claim.edited = True
    claim.confidence = 1.0
    _refresh_claim(claim, article)
    session.flush()
    return claim


def delete_claim(session: Session, claim: models.Claim) -> None:
    article = claim.article
    article.claims.remove(claim)
    session.flush()
    _renumber_claims(article)


def _selected_words(
    article: models.Article, data: ClaimInput, span: tuple[int, int] | None
) -> tuple[int, int]:
    """The span of the new claim's words: ``span`` as selected, else where ``data.content``
    stands (in the body if it stands there too), trimmed of white space at either end."""
    text = article.text
    if span is None:
        if not data.content.strip():
            raise AuthoringError("content: select words in the article or quote them exactly")
        found = occurrences(text, data.content)
        if not found:
            raise AuthoringError(
                "content: those words are not in the article; copy them exactly as written"
            )
        span = next((f for f in found if in_body(article, *f)), found[0])
    start, end = span
    if not (0 <= start < end <= len(text)):
        raise AuthoringError("content: the selection is not inside the article")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise AuthoringError("content: the selection holds no words")
    if not in_body(article, start, end):
        raise AuthoringError(
            "content: select words from the article body, not a caption, credit or menu"
        )
    return start, end


def _place_source_and_cue(
    claim: models.Claim, text: str, data: ClaimInput, near: tuple[int, int]
) -> None:
    """Spans for the source and cue words typed, where they stand within 400 characters of
    the claim's sentence: farther off, the same words are likely about something else."""
    for name in ("source", "cue"):
        words = getattr(data, name).strip()
        found = locate(text, words, near) if words else None
        if found and found[1] >= near[0] - 400 and found[0] <= near[1] + 400:
            setattr(claim, f"{name}_spans", [list(found)])
            if name == "source":
                claim.source_text = text[found[0] : found[1]][:300]


def add_claim(
    session: Session,
    article: models.Article,
    data: ClaimInput,
    span: tuple[int, int] | None = None,
) -> models.Claim:
    """A claim the analyser missed: ``span`` (selected words) or ``data.content`` quoted."""
    start, end = _selected_words(article, data, span)
    data.content = article.text[start:end]
    _check_claim(data)
    near = sentence_span(article, start, end)
    claim = models.Claim(
        source=data.source.strip()[:300],
        source_text=data.source.strip()[:300],
        source_type=data.source_type,
        cue=data.cue.strip()[:120],
        content=data.content,
        status=data.status,
        status_reason="Added by the instructor.",
        source_spans=[],
        cue_spans=[],
        content_spans=[[start, end]],
        evidence_span=list(near),
        figures=[],
        related=[],
        confidence=1.0,
        edited=True,
    )
    _place_source_and_cue(claim, article.text, data, near)
    article.claims.append(claim)
    claim.article = article
    _refresh_claim(claim, article)
    session.flush()
    _renumber_claims(article)
    return claim


def _renumber_claims(article: models.Article) -> None:
    def key(c: models.Claim) -> tuple[int, int, int]:
        ev = c.evidence_span[0] if c.evidence_span else 0
        first = min((s for s, _ in c.content_spans), default=ev)
        return ev, first, c.id or 0

    ordered = sorted(article.claims, key=key)
    for position, c in enumerate(ordered):
        c.position = position
    article.claims.sort(key=lambda c: c.position)
