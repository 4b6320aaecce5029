"""Words that reject what they introduce or speak of (DOMAIN section 2): a rejecting cue
("denied", "dismissed", "ruled out") or rejecting words in the content ("not credible",
"false", "no evidence", "far too high"). Words only, no model and no source profiles, so
the question gate reads rejections the same way the analysis does."""

from __future__ import annotations

import functools
import re

from quizapp.core.claims import Claim
from quizapp.core.lexicon import REJECTING_VERBS
from quizapp.core.wording import word_stem

# The stems of the verbs that reject what they introduce, in any form ("denied" and
# "denies" stem to "deni"): lexicon.REJECTING_VERBS, and the cues that say no beside them.
REJECT_CUES = frozenset(
    {"deni"}
    | {
        word_stem(verb)
        for verb in REJECTING_VERBS
        | {"contradict", "disavow", "debunk", "contest", "discredit", "disprove", "repudiate"}
    }
)
REJECT_CONTENT = re.compile(
    r"(\b(not|never|no|hardly|cannot)\b|n['’]t\b)(\W+\w+){0,10}?\W+"
    r"(credible|reliable|true|accurate|correct|valid|trustworthy|trusted|legitimate|"
    r"believable|factual|right|real|serious)\b"
    r"|\b(false|untrue|inaccurate|baseless|unfounded|groundless|fabricated|misleading|"
    r"incorrect|wrong|fake|nonsense|exaggerated|inflated|flawed|erroneous|bogus|debunked|"
    r"lies|lie|made[- ]up|propaganda|fiction|absurd|incomplete|impossible|overstated|"
    r"understated)\b"
    r"|\bno (evidence|basis|truth|proof)\b"
    r"|\bnot possible\b"
    # "the case rested on faulty measurements" (a faulty switch alone rejects nothing)
    r"|\b(rest|rests|rested|relied|relies|rely|based|built)\s+on\s+"
    r"(faulty|flawed|false|wrong|mistaken|inaccurate|unreliable|bad)\b"
    r"|\b(far |much |way )?too (high|low|large|small|big|optimistic|pessimistic)\b",
    re.I,
)


def is_rejection(claim: Claim) -> bool:
    """Does this claim reject something: by its cue ("denied") or its words ("not credible")?"""
    return _rejects(claim.cue, claim.content)


@functools.lru_cache(maxsize=4096)
def _rejects(cue: str, content: str) -> bool:
    if rejecting_words(cue):
        return True
    return bool(REJECT_CONTENT.search(content))


def rejecting_words(cue: str) -> bool:
    """ "denied", "dismissed", "ruled out": a cue that rejects what it introduces."""
    low = cue.lower()
    return any(word_stem(w) in REJECT_CUES for w in re.findall(r"[a-z]+", low)) or bool(
        re.search(r"\brul\w*\s+out\b", low)
    )
