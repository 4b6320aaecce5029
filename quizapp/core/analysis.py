"""The analysis flow for one article or many: read -> parse -> extract -> sources -> assess.

``analyze`` and ``analyze_many`` are what the CLI, the web app and the benchmark call.
Importing this module is cheap: spaCy is loaded by ``quizapp.core.nlp`` only when an
analysis runs, and the extractor (which uses the model's Doc) is imported at that point too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quizapp.core.claim_figures import figures_of
from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.content_owners import drop_borrowed_content
from quizapp.core.cue_strength import set_cue_strengths
from quizapp.core.datelines import trim_datelines
from quizapp.core.outlet_voice import outlet_statements
from quizapp.core.quote_runs import extend_quote_runs
from quizapp.core.source_profiles import source_profiles
from quizapp.core.source_types import classify_sources
from quizapp.core.sources import resolve_sources
from quizapp.core.verification import assess_claims

if TYPE_CHECKING:
    from spacy.tokens import Doc

Extractor = Callable[["Doc", Article], list[Claim]]


def analyze(article: Article, extract: Extractor | None = None) -> Analysis:
    """Analyse one article (already read with ``read_article``)."""
    return analyze_many([article], extract=extract)[0]


def analyze_many(
    articles: Sequence[Article],
    extract: Extractor | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Analysis]:
    """Analyse many articles with one ``nlp.pipe`` stream; ``progress(1)`` after each."""
    from quizapp.core.nlp import parse_many

    extract = extract or _default_extractor()
    out = []
    for article, doc in zip(articles, parse_many(articles), strict=True):
        out.append(analyze_doc(article, doc, extract))
        if progress is not None:
            progress(1)
    return out


def analyze_doc(article: Article, doc: Doc | None, extract: Extractor) -> Analysis:
    """Every step after parsing, for one article and its Doc."""
    found = [c for c in extract(doc, article) if c.status != "unattributed"]
    for claim in found:
        claim.status = "attributed"  # assess_claims decides; the extractor has no say here
    trim_datelines(found, article)
    resolve_sources(found, doc, article)
    drop_borrowed_content(found, article)
    extend_quote_runs(found, article)
    claims = sorted(found + outlet_statements(found, doc, article), key=_position)
    profiles = source_profiles(claims, doc, article)
    classify_sources(claims, doc, article, profiles)
    set_cue_strengths(claims)
    assess_claims(claims, article, doc, profiles)
    return Analysis(article=article, claims=claims, figures=figures_of(claims))


def _position(claim: Claim) -> tuple[int, int]:
    spans = [*claim.source_spans, *claim.cue_spans, *claim.content_spans]
    start = min((s for s, _ in spans), default=claim.evidence_span[0])
    return claim.evidence_span[0] if claim.evidence_span != (0, 0) else start, start


def _default_extractor() -> Extractor:
    # Imported here, not at the top: the extractor works on spaCy Docs and may pull in
    # its model files, which only an actual analysis should pay for.
    from quizapp.core.attribution import extract_claims

    return extract_claims
