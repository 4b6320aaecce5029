"""Which questions of a draft the teacher should check first: those most likely to be wrong.

A question is as likely wrong as the weakest claim it rests on, and more so where its key
hangs on a step the analyser often gets wrong: a source resolved from "he" or "they", a
source's type, a status ("reports but does not check") where another source in the article
touches the same words, a statement cut out of a longer sentence.
"""

from __future__ import annotations

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import NAMELESS_SOURCES, POINT_STOP_WORDS
from quizapp.core.questions.base import Question
from quizapp.core.questions.english import words
from quizapp.core.questions.names import may_be_one_body
from quizapp.core.questions.registry import type_for
from quizapp.core.questions.statements import content_text, statement

CHECK_AT = 0.3
"""A question whose risk is at least this is marked "check this one"."""
CHECK_AT_MOST = 3


def risk(q: Question, analysis: Analysis) -> float:
    """How likely the question's key is wrong, from 0 (sure) up: the weakest claim's doubt
    (1 - confidence) plus a share for each step its key hangs on that often goes wrong."""
    claims = [analysis.claims[i] for i in q.claims if 0 <= i < len(analysis.claims)]
    if not claims:
        return 0.0
    score = 1.0 - min(c.confidence for c in claims)
    single = claims[0] if len(claims) == 1 else None
    if single is None or single.checked:
        return score
    rests_on = type_for(q.type).key_rests_on  # who the source is, or its kind; the status
    if "source" in rests_on and _pronoun_source(single):
        score += 0.3  # "he said": the name is the analyser's guess
    if q.type == "source_type":
        score += 0.2  # the type is read from a few words of description
    if (
        "status" in rests_on
        and single.status == "attributed"
        and _touched_by_another(single, analysis)
    ):
        score += 0.2  # another source uses the same words: a dispute or support missed?
    said = statement(single, analysis.article)
    if said is not None and len(words(said.clause)) < 0.6 * len(
        words(content_text(single, analysis.article))
    ):
        score += 0.1  # the statement is cut out of a longer sentence
    return round(score, 2)


def _pronoun_source(claim: Claim) -> bool:
    return claim.source_text.strip().lower() in NAMELESS_SOURCES


def _touched_by_another(claim: Claim, analysis: Analysis) -> bool:
    """Another source's words share two content words with the claim."""
    own = {w.lower() for w in words(claim.content)} - POINT_STOP_WORDS
    for other in analysis.claims:
        if other is claim or may_be_one_body(other.source, claim.source):
            continue
        if len(own & ({w.lower() for w in words(other.content)} - POINT_STOP_WORDS)) >= 2:
            return True
    return False


def check_first(questions: list[Question], analysis: Analysis) -> list[Question]:
    """Mark the few questions most likely wrong and put them first in the draft, so the
    teacher reviews them before the rest. Each question's ``data["confidence"]`` is the
    lowest confidence of the claims it rests on; ``data["risk"]`` is ``risk``."""
    for q in questions:
        sure = [analysis.claims[i].confidence for i in q.claims if 0 <= i < len(analysis.claims)]
        q.data["confidence"] = round(min(sure, default=1.0), 2)
        q.data["risk"] = risk(q, analysis)
    unsure = sorted(
        (q for q in questions if q.data["risk"] >= CHECK_AT),
        key=lambda q: -q.data["risk"],
    )[:CHECK_AT_MOST]
    for q in unsure:
        q.data["check"] = True
    return unsure + [q for q in questions if q not in unsure]
