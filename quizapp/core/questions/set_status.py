"""Which claims a set keeps for its status questions: the statements a learner judges for
the discernment score (DOMAIN 5), "the article stands behind this" or "only reports it";
and a set's true/false keys balanced.

Questions are picked type by type, "who said it" first. A claim that can carry a status
question can carry a "who said it" too, and the statements the article only reports that
a status can be keyed on are few (a source's view or a claim another source touches has no
plain status): "who said it" used to take them all, so that a set asked the status of the
outlet's own sentences only and a learner who always answered "the article stands behind
it" scored full marks.
"""

from __future__ import annotations

from quizapp.core.claims import Analysis
from quizapp.core.questions.base import STANDS_BEHIND, Question
from quizapp.core.questions.registry import all_types, get_type
from quizapp.core.scoring import MIN_STATEMENTS

DISPUTED_OR_CORROBORATED = ("disputed", "corroborated")


def kept_for_status(
    found: dict[str, list[Question]], analysis: Analysis, reports: bool = True
) -> set[int]:
    """The claims a status question is offered on that other questions must leave to it:

    - disputed or corroborated claims, and the claims that dispute or corroborate them (its
      evidence shows them): that status is the lesson such a claim holds, and "who said it"
      would spend it;
    - the first ``MIN_STATEMENTS`` claims the article only reports that a judged status
      question is offered on (best first): with fewer, the set cannot measure discernment
      nor balance its status keys (not with ``reports`` false: a true/false keyed False
      may take one of these, and claims it can be made of are fewer still).
    """
    kept: set[int] = set()
    reported: list[int] = []
    for name, candidates in found.items():
        qtype = all_types()[name]
        if "status" not in qtype.key_rests_on:
            continue
        for q in candidates:
            one = q.claims[0] if len(set(q.claims)) == 1 else -1
            if not 0 <= one < len(analysis.claims):
                continue
            claim = analysis.claims[one]
            if claim.status in DISPUTED_OR_CORROBORATED:
                kept.add(one)
                kept.update(claim.related)
            judged = qtype.judgements(q, q.answer)
            if judged and claim.status not in STANDS_BEHIND and one not in reported:
                reported.append(one)
    return kept | set(reported[:MIN_STATEMENTS] if reports else ())


TRUE_FALSE = "true_false"


def balanced_true_false(questions: list[Question], analysis: Analysis) -> list[Question]:
    """The set with its true/false keys as near even as its "According to the article, X
    said ..." items can make them: such an item of the commoner key is made again with the
    other (the right source named, or the wrong one), one at a time, while one key leads
    by two or more, or none is keyed False. A learner answering "True" to every item must
    not pass."""
    out = list(questions)
    kind = get_type(TRUE_FALSE)
    for n, q in enumerate(out):
        keys = [o.answer for o in out if o.type == TRUE_FALSE]
        lead = keys.count(0) - keys.count(1)
        uneven = abs(lead) >= 2 or (lead > 0 and 1 not in keys)
        if q.type != TRUE_FALSE or not uneven or (lead > 0) != (q.answer == 0):
            continue
        again = kind.keyed(analysis, q, 1 - q.answer)  # type: ignore[attr-defined]
        if again is not None:
            out[n] = again
    return out
