"""The outlet's own voice setting contrary evidence against a claim (DOMAIN section 2: a
claim is disputed when the article gives contrary evidence on the same point):

- a sentence of its own that corrects the claim just before it: "The mayor said the bridge
  had been inspected every year. In fact, city records show it was last inspected in 2009";
- the main clause of a sentence whose opening concessive clause holds the claim: "While the
  mayor said the bridge was inspected every year, it has not been inspected since 2009".

Only plain contrary evidence counts: a correction marker, or a negation in the clause that
answers the claim, on a word of the claim's own point. The outlet weighs no claim here by
tone ("a bold claim") or by what it leaves out. The outlet is no party that rejects
anything in turn, so nothing here makes a claim corroborated.

Words only, no model: hand-built claims are read the same way."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.claims import Claim
from quizapp.core.rejections import REJECT_CONTENT
from quizapp.core.wording import content_words, negated

# A sentence that corrects what came before: "In fact, ...", "But records show ...".
_EVIDENCE = r"records?|data|documents?|filings?|footage|logs?|transcripts?|figures|results?"
_CORRECTS = re.compile(
    r"^\W*(?:in fact|in reality|actually|contrary to)\b"
    rf"|^\W*(?:but|however|yet)\b[^.;]{{0,40}}?\b(?:{_EVIDENCE})\s+"
    r"(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed)\b",
    re.I,
)
_CONCESSIVE = re.compile(r"^\W*(?:although|though|even though|while|whereas)\b", re.I)
REASON = "disputed: the article itself contradicts this"
"""How a status reason opens for a claim only the outlet's own voice disputes."""
REACH = 400
"""Characters from the end of a claim's sentence to the correction: the next sentence or
two, not a paragraph further on."""


def outlet_rebuttals(claims: Sequence[Claim]) -> list[tuple[int, int | None, str]]:
    """(claim, outlet statement or None, the outlet's words) for each claim the outlet's
    own voice sets contrary evidence against (see the module's docstring)."""
    found: list[tuple[int, int | None, str]] = []
    spans = [s for c in claims for s in (*c.source_spans, *c.cue_spans, *c.content_spans)]
    for t, claim in enumerate(claims):
        if claim.status == "unattributed" or not claim.source.strip():
            continue
        clause = _answering_clause(claim, spans)
        if clause and _contrary(clause, claim):
            found.append((t, None, clause))
            continue
        o = _correction_after(t, claims)
        if o is not None:
            found.append((t, o, claims[o].content))
    return found


def _answering_clause(claim: Claim, spans: list[tuple[int, int]]) -> str:
    """The main clause after the concessive clause that holds the claim, when no claim
    covers any of it (the outlet's own words); "" otherwise."""
    sentence, (start, _) = claim.evidence, claim.evidence_span
    if not _CONCESSIVE.match(sentence) or not claim.content_spans or start < 0:
        return ""
    end = max(e for _, e in claim.content_spans) - start
    comma = sentence.find(",", max(end, 0))
    if end <= 0 or comma < 0 or sentence[end:comma].strip(" \"'”’."):
        return ""  # the claim does not close the concessive clause
    lo, hi = start + comma + 1, start + len(sentence)
    if any(s < hi and lo < e for s, e in spans):
        return ""  # someone else's words: the claims of that clause speak for themselves
    return sentence[comma + 1 :].strip()


def _correction_after(t: int, claims: Sequence[Claim]) -> int | None:
    """The outlet's sentence just after claim ``t`` that corrects it on its point."""
    claim = claims[t]
    end = claim.evidence_span[1]
    for o, other in enumerate(claims):
        start = other.evidence_span[0]
        if other.status != "unattributed" or not 0 <= start - end <= REACH:
            continue
        if _CORRECTS.search(other.content) and _shared(other.content, claim) >= 2:
            return o
    return None


def _contrary(clause: str, claim: Claim) -> bool:
    """A clause that says no on the claim's point: negated or rejecting, with a word of the
    claim's content."""
    saying_no = negated(clause) or bool(REJECT_CONTENT.search(clause))
    return saying_no and _shared(clause, claim) >= 1


def _shared(text: str, claim: Claim) -> int:
    return len(content_words(text) & content_words(claim.content))


def disputed_by_outlet(claim: Claim) -> bool:
    """Is the claim disputed by the outlet's own voice alone (no source rejects it)?"""
    return claim.status == "disputed" and claim.status_reason.startswith(REASON)
