"""How strongly a cue asserts what it introduces: report, estimate, doubt or assertion
(DOMAIN section 1: "estimated" marks an estimate, "claimed" marks doubt, "confirmed"
asserts)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.claims import Claim
from quizapp.core.wording import word_stem

# Stems (see wording.word_stem) of the cue words that mark each strength; "report" is the default.
ESTIMATE_CUES = frozenset(
    [
        "estimat",
        "project",
        "calculat",
        "forecast",
        "predict",
        "reckon",
        "extrapolat",
        "model",
        "approximat",
        "put",
    ]
)
DOUBT_CUES = frozenset(
    ["claim", "alleg", "insist", "purport", "maintain", "contend", "assert", "suggest", "speculat"]
)
ASSERTION_CUES = frozenset(
    [
        "confirm",
        "show",
        "found",
        "find",
        "prove",
        "prov",
        "proven",
        "reveal",
        "demonstrat",
        "establish",
        "verif",
        "document",
        "determin",
        "certif",
    ]
)
REPORT_CUES = frozenset(
    [
        "said",
        "say",
        "tell",
        "told",
        "note",
        "add",
        "announc",
        "report",
        "stat",
        "explain",
        "write",
        "wrote",
        "comment",
        "respond",
        "declar",
        "tweet",
        "remark",
        "according",
        "cite",
        "warn",
        "argu",
        "deni",
        "deny",
        "dismiss",
        "reject",
    ]
)


def cue_strength(cue: str) -> str:
    """report / estimate / doubt / assertion for a cue as written ("estimated", "has claimed")."""
    for word in re.findall(r"[a-z]+", (cue or "").lower()):
        stem = word_stem(word)
        if stem in ESTIMATE_CUES or word in ESTIMATE_CUES:
            return "estimate"
        if stem in DOUBT_CUES or word in DOUBT_CUES:
            return "doubt"
        if stem in ASSERTION_CUES or word in ASSERTION_CUES:
            return "assertion"
        if stem in REPORT_CUES or word in REPORT_CUES:
            return "report"
    return "report"


# Adverbs the extractor may take into a cue span ("also noted"): not part of the cue word.
_CUE_ADVERBS = re.compile(
    r"^((also|further|later|previously|again|repeatedly|then|recently|earlier|once|"
    r"separately|publicly|privately|reportedly|similarly|likewise|first|already)\s+)+",
    re.I,
)


def tidy_cue(cue: str) -> str:
    """The cue words without leading adverbs: "also noted" -> "noted" (spans are kept)."""
    cue = re.sub(r"\s+", " ", cue or "").strip(" ,.;:")
    return _CUE_ADVERBS.sub("", cue) or cue


def set_cue_strengths(claims: Sequence[Claim]) -> None:
    for claim in claims:
        claim.cue = tidy_cue(claim.cue)
        claim.cue_strength = (
            "assertion" if claim.status == "unattributed" else cue_strength(claim.cue)
        )
