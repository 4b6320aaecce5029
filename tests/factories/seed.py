"""Shared by the instructor and authoring tests: a stand-in analyser for the seed article.

It holds no tests. The real analyser loads spaCy (~2 s); these tests exercise what the app
does with an analysis, so they use claims written by hand for the seed article, with real
offsets into its text. The few tests marked ``slow`` run the real analyser.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.core.claims import Analysis, Article, Claim

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "questions" / "articles" / "kremlin-losses-2026-01-28.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")

# (source, source words as written, cue, content, status, source type)
SEED_CLAIMS = [
    (
        "Dmitry Peskov",
        "Kremlin spokesperson Dmitry Peskov",
        "said",
        "It is only the Russian Ministry of Defense that is authorized to provide information"
        " about casualties and losses during the special military operation",
        "attributed",
        "official",
    ),
    (
        "Center for Strategic and International Studies",
        "Center for Strategic and International Studies",
        "estimated",
        "Russia's losses during the operation at 1.2 million killed and wounded",
        "disputed",
        "independent",
    ),
    (
        "Dmitry Medvedev",
        "Dmitry Medvedev",
        "reported",
        "approximately 417,000 people in Russia had signed contracts for military service in 2025",
        "attributed",
        "official",
    ),
    (
        "Vladimir Putin",
        "President Vladimir Putin",
        "stated",
        "around 700,000 soldiers are currently stationed at the front",
        "attributed",
        "official",
    ),
    (
        "Andrei Belousov",
        "Defense Minister Andrei Belousov",
        "announced",
        "the army recruitment plan for 2025 had been exceeded",
        "attributed",
        "official",
    ),
    (
        "Andrei Belousov",
        "him",
        "According to",
        "nearly 410,000 Russians voluntarily entered contract military service",
        "attributed",
        "official",
    ),
]


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    begin = max(text.rfind("\n", 0, start) + 1, 0)
    for m in re.finditer(r"[.!?][\"”]?\s", text[begin:start]):
        begin_candidate = begin + m.end()
        if begin_candidate <= start:
            begin = begin_candidate
    m = re.search(r"[.!?][\"”]?(?=\s|$)", text[end:])
    finish = end + m.end() if m else len(text)
    return begin, finish


def seed_analysis(article: Article) -> Analysis:
    """Claims for the seed article, located in ``article.text`` (which must hold it)."""
    from quizapp.core.claim_figures import extract_figures
    from quizapp.core.cue_strength import cue_strength

    text = article.text
    claims = []
    for source, words, cue, content, status, stype in SEED_CLAIMS:
        content_span = _span(text, content)
        cue_span = _span(text, cue, max(0, content_span[0] - 400))
        source_span = _span(text, words, max(0, content_span[0] - 400))
        lo = min(content_span[0], cue_span[0], source_span[0])
        hi = max(content_span[1], cue_span[1], source_span[1])
        ev = _sentence(text, lo, hi)
        claim = Claim(
            source=source,
            source_text=words,
            source_type=stype,
            cue=cue,
            cue_strength=cue_strength(cue),
            content=content,
            status=status,
            status_reason="test",
            evidence=text[ev[0] : ev[1]],
            source_spans=[source_span],
            cue_spans=[cue_span],
            content_spans=[content_span],
            evidence_span=ev,
        )
        claim.figures = extract_figures(claim, text)
        claims.append(claim)
    for i, c in enumerate(claims):
        for f in c.figures:
            f.claim = i
    return Analysis(article=article, claims=claims, figures=[f for c in claims for f in c.figures])


def fake_analyze(article: Article, extract: object = None) -> Analysis:
    if "Peskov" not in article.text:
        return Analysis(article=article, claims=[])
    return seed_analysis(article)
