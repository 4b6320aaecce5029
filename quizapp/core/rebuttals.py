"""Rebuttals of a rejection (DOMAIN section 2: a rejecting claim stays attributed "unless
something in the article rejects it in turn"): "The White House said the allegation had been
debunked. ... However, two witnesses told lawmakers that the request was inappropriate."

A claim that opens its sentence with "However" or "But", right after a party's rejection,
and states again the point that rejection rejected, sets contrary evidence against the
rejection (it is disputed) and states the same point as the rejected claim (the two
corroborate each other when their parties are independent)."""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.core.claims import Claim
from quizapp.core.counterpoints import restates, turns
from quizapp.core.disputes import WINDOW, claim_start
from quizapp.core.parties import same_party, unnamed
from quizapp.core.rejections import is_rejection
from quizapp.core.source_profiles import SourceProfile


def rebuttals(
    claims: Sequence[Claim],
    profiles: Sequence[SourceProfile],
    rejects: dict[int, list[int]],
) -> list[tuple[int, int, int]]:
    """(rebuttal, rejection, rejected claim) for each claim that answers a rejection by
    stating the rejected point again after "However" (see the module's docstring)."""
    found = []
    for c, claim in enumerate(claims):
        if not turns(claim) or unnamed(profiles[c]) or is_rejection(claim):
            continue
        for r in _rejections_before(c, claims, profiles, rejects):
            for t in rejects[r]:
                if t != c and restates(claim, claims[t]):
                    found.append((c, r, t))
    return found


def _rejections_before(
    c: int,
    claims: Sequence[Claim],
    profiles: Sequence[SourceProfile],
    rejects: dict[int, list[int]],
) -> list[int]:
    """The rejections, within reach before claim ``c``, of the party that spoke last before
    it: "However" answers the voice just heard, not one further back."""
    here = claim_start(claims[c])
    earlier = [
        j
        for j, other in enumerate(claims)
        if other.status != "unattributed"
        and 0 < here - claim_start(other) <= WINDOW
        and not same_party(profiles[j], profiles[c])
    ]
    if not earlier:
        return []
    last = max(earlier, key=lambda j: claim_start(claims[j]))
    return [
        j
        for j in earlier
        if j in rejects and same_party(profiles[j], profiles[last]) and is_rejection(claims[j])
    ]
