"""How an article sets one source's words against another's, read from the words alone (no
model, no source profiles): the analysis uses these to find disputes, and the question gate
to check that a dispute it keys is one a learner can see in the sentences shown.

- a sentence that concedes a claim and then rejects it: "Although the family suggested he
  may have been murdered, the director said no evidence supports anything other than
  suicide"; or joins a rejection to it with "but": "X said the toll had doubled, but Y said
  talk of a doubled toll was nonsense";
- a claim that answers what came before with "However" or "But": "However, both witnesses
  told lawmakers that the request was inappropriate"."""

from __future__ import annotations

import re

from quizapp.core.claims import Claim
from quizapp.core.wording import content_words, negated

_CONCESSIVE = re.compile(r"^\W*(?:although|though|even though|even as|while|whereas)\b", re.I)
_ADVERSATIVE = re.compile(r"\b(?:but|however|yet)\b", re.I)
# "However, ..." / "But ..." opening the sentence, or "X, however, said ...".
_TURN = re.compile(r"^\W*(?:however|but)\b|^[^,.;]{1,80},\s*however,", re.I)
RESTATING_WORDS = 2
"""Content words a claim must share with another to state its point again after "However"."""


def set_against(rejection: Claim, claim: Claim) -> bool:
    """Does the rejection's own sentence set it against ``claim``: the claim stands in a
    concessive clause opening the sentence ("Although X suggested ..., Y said no evidence
    ..."), or before a "but" or "however" that leads to the rejection, which then shares a
    word with it ("but" may join two different points)?"""
    sentence = rejection.evidence
    at = sentence.find(rejection.content) if rejection.content else -1
    start = sentence.find(claim.content) if claim.content else -1
    if at < 0 or start < 0 or start + len(claim.content) > at:
        return False
    if _CONCESSIVE.match(sentence[:start]):
        return True
    between = sentence[start + len(claim.content) : at]
    shared = content_words(rejection.content) & content_words(claim.content)
    return bool(_ADVERSATIVE.search(between)) and bool(shared)


def turns(claim: Claim) -> bool:
    """Does the claim's sentence open with "However" or "But" (or "X, however, said")?"""
    return claim.status != "unattributed" and bool(_TURN.search(claim.evidence))


def restates(claim: Claim, other: Claim) -> bool:
    """The claim says the other's point again: the same polarity and at least
    ``RESTATING_WORDS`` content words in common."""
    if negated(claim.content) != negated(other.content):
        return False
    return len(content_words(claim.content) & content_words(other.content)) >= RESTATING_WORDS
