"""Core claims written by hand: their spans are found by searching the text (the question
tests' analyses, no spaCy)."""

from __future__ import annotations

from quizapp.core.claims import Claim, Figure


def span_of(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    """Where ``needle`` first stands in ``text`` from ``start``."""
    i = text.index(needle, start)
    return (i, i + len(needle))


def build_claim(text: str, **kw) -> Claim:
    """A claim whose spans are found by searching its evidence sentence in ``text``."""
    evidence = kw.pop("evidence")
    ev = span_of(text, evidence)
    figures = [
        Figure(text=f[0], value=f[1], counts=f[2], span=span_of(text, f[0], ev[0]), qualifier=f[3])
        for f in kw.pop("figures", [])
    ]
    source_text = kw.pop("source_text", kw["source"])
    return Claim(
        source_text=source_text,
        evidence=evidence,
        evidence_span=ev,
        content_spans=[span_of(text, kw["content"], ev[0])],
        cue_spans=[span_of(text, kw["cue"], ev[0])] if kw["cue"] else [],
        source_spans=[span_of(text, source_text, ev[0])] if source_text in evidence else [],
        figures=figures,
        **kw,
    )


def own_voice(text: str, content: str, evidence: str = "") -> Claim:
    """A sentence of ``text`` the outlet states in its own voice (status unattributed)."""
    return build_claim(
        text,
        source="the outlet",
        source_text="",
        source_type="outlet",
        cue="",
        cue_strength="assertion",
        content=content,
        status="unattributed",
        evidence=evidence or content,
    )


def reported(source: str, cue: str, content: str, written: str = "", evidence: str = "") -> Claim:
    """A claim as the extractor reports it, with no spans: ``source`` said ``content``."""
    return Claim(
        source=source,
        source_text=written or source,
        source_type="",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence or content,
    )


def said_by(
    text: str,
    source: str,
    content: str,
    kind: str = "official",
    written: str = "",
    cue: str = "said",
    confidence: float = 1.0,
) -> Claim:
    """``source`` said ``content`` in ``text`` ("X said that ..."; ``cue`` for another
    verb), attributed, with the line holding the content as its evidence; ``written`` is
    the article's words for the source when they differ from its name ("Lawyer Ann Park")."""
    line = next(s for s in text.splitlines() if content in s)
    return build_claim(
        text,
        source=source,
        source_text=written or source,
        source_type=kind,
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=line,
        confidence=confidence,
    )
