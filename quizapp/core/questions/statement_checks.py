"""Whether a statement lifted out of the article is fit to stand alone in a question.

``checkable``: a statement asked for its status (claim_status, true_false, sort) must hold
something a reader could check: a figure, an event, a cause, a forecast, an accusation. An
opinion ("should", "a really neat program"), a feeling, the speaker's own knowledge ("I
haven't talked to the trainers") or a courtesy has no status to find in the article:
whatever the key, the learner is asked to weigh nothing. Such words still make who-said and
what-said items, which ask whose they are.
"""

from __future__ import annotations

import re

_DEONTIC = re.compile(r"\b(?:should(?:n['\u2019]t)?|ought to)\b", re.I)
"""What ought to happen is an opinion, not a fact to check (a figure makes it a forecast:
"sales should reach 2 million")."""

_EVALUATIVE = re.compile(
    r"\b(?:neat|perfect|wonderful|amazing|awesome|fantastic|terrific|terrible|awful|"
    r"horrible|excellent|incredible|brilliant|beautiful|lovely|nice|fun|exciting|"
    r"inspiring|admiration|great(?!\s+(?:deal|many|majority|depression|lakes|britain|"
    r"recession|wall|barrier)\b))\b"
)
"""Words that grade rather than report (lower case only: "Great Britain" is a name)."""

_MIND_VERB = (
    r"(?:feel|felt|feeling|love|loved|like|liked|hope|hoped|wish|wished|miss|missed|enjoy|"
    r"enjoyed|know|knew|talk|talked|speak|spoke|spoken|heard|admire|admired|appreciate|"
    r"appreciated|care|cared)"
)
_FIRST_PERSON_MIND = re.compile(
    r"\b(?:I|[Ww]e)(?:['\u2019](?:m|ve|re|d|ll))?\s+"
    r"(?:(?:do|does|did|can|could|will|would|have|had|am|are|was|were|really|just|still|"
    r"also|always|never|not|truly|certainly|definitely|all|so|\w+n['\u2019]t)\s+){0,3}"
    + _MIND_VERB
    + r"\b"
)
"""The speaker on their own feelings or knowledge: "I can feel him", "I haven't talked to"."""

_FIRST_PERSON_UNAWARE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:didn['\u2019]t|did not|never|don['\u2019]t|do not)\s+"
    r"(?:really\s+|even\s+)?(?:see|saw|seen|expect(?:ed)?|noticed?|reali[sz]ed?)\b"
)
"""What the speaker did not see coming: their experience, not an event ("I saw him fire" is
a witness's account and stays)."""

_FIRST_PERSON_STATE = re.compile(
    r"\b(?:I['\u2019]m|I am|[Ww]e['\u2019]re|[Ww]e are)\s+(?:(?:so|very|really|just|not|"
    r"truly|all|extremely)\s+){0,2}(?:happy|proud|glad|excited|thrilled|honou?red|grateful|"
    r"sad|disappointed|delighted|pleased|sorry|humbled|blessed)\b"
)

_COURTESY = re.compile(
    r"\b(?:thanks?|thanked|thanking|congratulat\w*|apologi[sz]\w*|condolences|"
    r"our (?:thoughts|prayers))\b",
    re.I,
)

_FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|"
    r"half|once|twice)\b",
    re.I,
)


def checkable(text: str) -> bool:
    """Whether the statement holds something a reader could check in the article, not
    only a view, a feeling, the speaker's own knowledge or a courtesy."""
    if any(
        p.search(text) for p in (_FIRST_PERSON_MIND, _FIRST_PERSON_UNAWARE, _FIRST_PERSON_STATE)
    ):
        return False
    if _EVALUATIVE.search(text) or _COURTESY.search(text):
        return False
    return not (_DEONTIC.search(text) and not _FIGURE.search(text))
