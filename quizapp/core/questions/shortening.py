"""Shortening a restated clause: what it can lose and still say the same (an aside between
dashes or commas, a person's age and home, a closing participle, reason or time), and the
aside a who-said stem leaves out. Never for a quotation: a speaker's words are not cut in
the middle."""

from __future__ import annotations

import re

from quizapp.core.questions.english import words


def shortened(clause: str, limit: int) -> str:
    """A restated clause of over ``limit`` words without what it can lose and still mean
    the same: an aside between dashes or a relative clause between commas ("Matt Dumba, who
    sat out the third period, to an injury"), then a participle phrase closing it (",
    paralyzing firms that rely on trade"). "" when it is still too long. Not for a
    quotation: a speaker's words are not cut in the middle."""
    if len(words(clause)) <= limit:
        return clause
    out = _PAIRED_DASHES.sub(" ", clause)
    out = _RELATIVE_ASIDE.sub("", _AGE_APPOSITION.sub("", out))
    for closing in (_CLOSING_PARTICIPLE, _CLOSING_REASON, _CLOSING_GERUND):
        if len(words(out)) > limit:
            out = closing.sub("", out)
    return out if len(words(out)) <= limit else ""


def without_closing_which(clause: str) -> str:
    """A restated clause without a closing ", which ..." on its last noun ("hearing gunfire
    near the fuel facility in Senkata, which protesters have tried to block ..."): such an
    aside is often the outlet's background, not the source's words, and it makes the stem
    long. Kept where too little would be left."""
    out = _CLOSING_WHICH.sub("", clause)
    return out if len(words(out)) >= 5 else clause


# Not a "which" on the whole clause ("..., which is why fares went up", "which means ..."):
# that one says what follows from the point, and may be the point.
_CLOSING_WHICH = re.compile(
    r",\s+which\s(?!is why\b|was why\b|means?\b|meant\b)[^,;:\u201c\u201d\"]+$"
)
_PAIRED_DASHES = re.compile(r"\s+(\u2014|\u2013|--)\s+[^\u2014\u2013]+?\s+\1\s+")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s[^,]+,(?=\s+(?!and\b)[a-z])")
_CLOSING_PARTICIPLE = re.compile(
    r",\s+(?!(?:during|according|including|nothing|something|anything|everything|"
    r"morning|evening|building|meeting|hearing|funding|spending|ruling|warning)\b)"
    r"[a-z]+ing\b[^,;]*$"
)


# A person's age and home after their name, as police releases give them ("Jane Roe, 32, of
# Franklin, on two charges"): who is meant stays said by the name.
_AGE_APPOSITION = re.compile(
    r"(?<=[a-z]),\s+\d{1,3},(?:\s+(?:of|from)\s+[^,]+,)?(?=\s+(?!who\b|which\b)[a-z])"
)
# A time phrase on a gerund closing the clause ("arrested him after stopping his car near
# ..."): what was done stays said without when.
_CLOSING_GERUND = re.compile(r"\s+(?:after|before|while)\s+[a-z]+ing\b[^,;]*$")


# A time or a reason closing the clause ("..., since the company abandoned plans for an
# IPO"): the main clause says the same without it. Not a condition ("unless", "if"), which
# would make it say more.
_CLOSING_REASON = re.compile(r",\s+(?:since|as|after|before|when|because|while|whereas)\s[^,;]*$")
