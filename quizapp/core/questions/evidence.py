"""Evidence and status notes: the article sentence behind a question, kept inside the
body, which claims a question may rest on, and what the article does with a claim."""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.core.claims import Analysis, Claim
from quizapp.core.questions.english import join_names
from quizapp.core.questions.gates import is_sure
from quizapp.core.questions.names import display_name, named_source, same_source


def evidence_of(analysis: Analysis, index: int) -> tuple[str, tuple[int, int] | None]:
    """The claim's evidence and its span, kept inside the article body.

    An evidence span that reaches into boilerplate (a headline or a section label before
    the sentence) is replaced by the sentence holding the content, cut from the text.
    """
    c = analysis.claims[index]
    article = analysis.article
    span = tuple(c.evidence_span)
    if span != (0, 0) and article.in_body(*span) and c.evidence:
        return c.evidence, span  # type: ignore[return-value]
    if span == (0, 0) and c.evidence and not article.body:
        return c.evidence, None
    spans = [s for s in c.content_spans if 0 <= s[0] < s[1] <= len(article.text)]
    if not spans:
        return "", None
    found = article.line_sentence_span(spans[0][0], spans[-1][1])
    if found[0] == found[1] or not article.in_body(*found):
        return "", None
    return article.text[found[0] : found[1]], found


def claim_evidence(analysis: Analysis, indexes: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """Evidence text (one sentence per line, verbatim, no repeats) and its spans."""
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    for i in indexes:
        evidence, span = evidence_of(analysis, i)
        # A sentence split can leave a lone closing quote mark: that is no evidence.
        if any(ch.isalnum() for ch in evidence) and evidence not in texts:
            texts.append(evidence)
            if span is not None:
                spans.append(span)
    return "\n".join(texts), spans


def usable(analysis: Analysis, index: int) -> bool:
    """A claim questions may come from: a sentence of the article body, and a claim the
    analyser is sure of and that is well formed (gates.py)."""
    c = analysis.claims[index]
    evidence, _ = evidence_of(analysis, index)
    if not evidence.strip():
        return False
    if evidence.rstrip()[-1] not in ".!?\"\u201d\u2019')":
        return False  # a headline or a label line, not a sentence of the article
    if any(not analysis.article.in_body(s, e) for s, e in c.content_spans if (s, e) != (0, 0)):
        return False

    return is_sure(analysis, index)


def _related_names(claims: Iterable[Claim]) -> str:
    """The claims' sources as one phrase, each named once, in order."""
    return join_names(list(dict.fromkeys(display_name(c.source) for c in claims)))


def status_note(claim: Claim, analysis: Analysis | None = None) -> str:
    """One sentence on what the article does with the claim (DOMAIN section 2)."""
    who = display_name(claim.source)
    related = [
        analysis.claims[j]
        for j in claim.related
        if analysis is not None and 0 <= j < len(analysis.claims)
    ]
    rejecters = _related_names(c for c in related if c.source != claim.source and named_source(c))
    agreeing = _related_names(
        c for c in related if not same_source(c.source, claim.source) and c.source.strip()
    )
    note = {
        "attributed": (
            f"The article reports this as a claim by {who} and gives no independent support,"
            " so it is attributed, not verified."
        ),
        "corroborated": (
            (
                f"The same point comes from {agreeing}, independent of {who}, so the article"
                " corroborates it."
            )
            if agreeing
            else (
                "An independent source or a cited record in the article agrees, so the article"
                " corroborates it."
            )
        ),
        "disputed": (
            f"The article reports this as a claim by {who}, and"
            f" {rejecters or 'another source in the article'} rejects it: it is disputed,"
            " not verified."
        ),
        "unattributed": (
            "The outlet states this in its own voice, naming no source: the article itself"
            " stands behind it."
        ),
    }.get(claim.status, "")
    return note
