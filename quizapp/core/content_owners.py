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

A claim whose only words are a later paragraph's keeps them, unless its cue closes its own
sentence after a comma ("After a year, his symptoms cleared, Dempsey said."): the words
before that comma are its own, and the later paragraph's go back.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Article, Claim, Span, join_spans


def drop_borrowed_content(claims: list[Claim], article: Article) -> None:
    """Give the words each claim took from a later paragraph back to the cue of that
    paragraph (see the module's docstring), in place. A claim with no words but those
    keeps them, unless its cue closes a sentence of its own words (_said_before)."""
    text = article.text
    for claim in claims:
        borrowed = [s for s in claim.content_spans if _owned_elsewhere(claim, s, claims, text)]
        if _repeated_later(claim, claims, text):
            borrowed = list(claim.content_spans)
        if borrowed and len(borrowed) == len(claim.content_spans):
            before = _said_before(claim, text)
            if before is not None:
                claim.content_spans = [before, *claim.content_spans]
        if borrowed and len(borrowed) < len(claim.content_spans):
            _give_back(claim, borrowed, text)


_CLOSING_CUE = re.compile(r",\s+[^,.!?;:\"\u201c\u201d]{1,60}$")
"""The comma and the source's words before a cue that closes its sentence: ", Dempsey "."""
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s+(?=[A-Z\"\u201c])")


def _said_before(claim: Claim, text: str) -> Span | None:
    """The words before the comma of a cue that closes its sentence ("After a year, his
    symptoms cleared, Dempsey said."), or None: a cue in mid-sentence, a sentence opening a
    quotation (its words the tagger finds), fewer than four words before the comma."""
    cue_start, cue_end = claim.cue_spans[0]
    lo, hi = _paragraph(text, cue_start)
    if not re.match(r"[^\w]*[.!?]", text[cue_end:hi].lstrip() or "."):
        return None  # the cue does not end its sentence ("said on Tuesday that ...")
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, cue_start)]
    start = starts[-1] if starts else lo
    closing = _CLOSING_CUE.search(text, start, cue_start)
    if closing is None:
        return None
    words = text[start : closing.start()]
    if len(words.split()) < 4 or words.lstrip()[:1] in ('"', "\u201c"):
        return None
    return start, closing.start()


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


def _repeated_later(claim: Claim, claims: list[Claim], text: str) -> bool:
    """Whether the claim's words are all in a later paragraph and are among the words of
    another cue there, of the same speaker too ("..., he added. | That being said, "...,"
    he said."): two claims on one quotation, the later cue's."""
    if not claim.cue_spans or not claim.content_spans:
        return False
    cue_paragraph = _paragraph(text, claim.cue_spans[0][0])
    if min(s for s, _ in claim.content_spans) <= cue_paragraph[1]:
        return False
    lo, hi = _paragraph(text, claim.content_spans[0][0])
    own = claim.content_spans
    return any(
        other is not claim
        and all(any(a <= s and e <= b for a, b in other.content_spans) for s, e in own)
        and any(lo <= s < hi for s, _ in other.cue_spans)
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
