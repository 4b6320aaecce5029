"""Words a claim took from a later paragraph that has a speaker of its own.

The tagger reads a window of tokens around a cue, and a window can reach past the end of
the cue's paragraph into the next one: "Two people briefed on the talks said Trump has
decided ... . | "The president wants ...," said Derek Scissors." gave the two people
Scissors' quotation too, and "..., Dempsey said. | "It doesn't affect me at all now," the
patient wrote." gave Dempsey the patient's words. A later paragraph whose words another
cue in it introduces is that cue's: the words are taken off the earlier claim, where it has
words of its own besides. Words before the cue, or in a paragraph with no cue of its own (a
quotation running on), or another cue of the same speaker's ("she added"), stay where they
are.
"""

from __future__ import annotations

from quizapp.core.claims import Article, Claim, Span, join_spans


def drop_borrowed_content(claims: list[Claim], article: Article) -> None:
    """Give the words each claim took from a later paragraph back to the cue of that
    paragraph (see the module's docstring), in place. A claim with no words but those
    keeps them: its own words are elsewhere, which this cannot tell."""
    text = article.text
    for claim in claims:
        borrowed = [s for s in claim.content_spans if _owned_elsewhere(claim, s, claims, text)]
        if borrowed and len(borrowed) < len(claim.content_spans):
            _give_back(claim, borrowed, text)


def _paragraph(text: str, at: int) -> Span:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _owned_elsewhere(claim: Claim, span: Span, claims: list[Claim], text: str) -> bool:
    """Whether ``span`` lies in a paragraph after the one of the claim's cue, where another
    claim with a cue of its own in that paragraph has words in it too."""
    if not claim.cue_spans:
        return False
    cue_paragraph = _paragraph(text, claim.cue_spans[0][0])
    lo, hi = _paragraph(text, span[0])
    if lo <= cue_paragraph[1]:
        return False
    return any(
        other is not claim
        and other.source != claim.source
        and any(lo <= s < hi for s, _ in other.cue_spans)
        and any(s < span[1] and span[0] < e for s, e in other.content_spans)
        for other in claims
    )


def _give_back(claim: Claim, borrowed: list[Span], text: str) -> None:
    """Take the ``borrowed`` spans off the claim; its evidence ends with its own words."""
    own = [s for s in claim.content_spans if s not in borrowed]
    claim.content_spans = own
    claim.content = join_spans(text, own)
    start, end = claim.evidence_span
    cut = text.rfind("\n", start, min(s for s, _ in borrowed))
    if cut > max(e for _, e in own):
        end = len(text[start:cut].rstrip()) + start
        claim.evidence_span = (start, end)
        claim.evidence = text[start:end]
