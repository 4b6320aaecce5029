"""Cues a question may rest on: a verb or phrase of saying or thinking ("said", "told
reporters", "warned", "according to"), not an action the source took ("ordered",
"declined", "did not reveal", "is charged with")."""

from __future__ import annotations

import re

from quizapp.core.lexicon import REJECTING_VERBS
from quizapp.core.lexicon import SAYING_VERBS as SAYING

_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "tells": "tell",
    "wrote": "write",
    "writes": "write",
    "written": "write",
    "thought": "think",
    "found": "find",
    "made": "make",
    "felt": "feel",
    "knew": "know",
    "forecast": "forecast",
    "swore": "swear",
    "spoke": "speak",
}


_PREPOSITIONS = {"for", "of", "about", "on", "at", "with", "from", "to", "into", "by"}


_CUE_NOUNS = {"statement", "report", "interview", "release", "letter", "post", "tweet"}


_NEGATION = {"not", "n't", "never", "no", "declined", "refused"}


_AUX = {"has", "have", "had", "would", "will", "also", "later", "then", "further", "again"}


_PASSIVE = {"is", "was", "were", "are", "been", "being", "be"}


CUE_WORD = re.compile(
    r"\b(?:said|says|say|told|tells|according|stated|states|announced|reported|reports|"
    r"claimed|claims|insisted|denied|denies|warned|warns|argued|argues|added|noted|"
    r"estimated|believes?|believed|confirmed|declared|ruled out|wrote|writes|"
    r"alleged|alleges|testified|explained|acknowledged|admitted|suggested|predicted|"
    r"expects?|expected|thinks?|thought|accused|called|attributed|points? out|pointed out)\b",
    re.I,
)


# The verbs a lemma is asked about: of saying, and of rejecting what a cue introduces
# ("contradicted" -> "contradict", which is no verb of saying).
_VERBS = SAYING | REJECTING_VERBS | {"contradict", "counter", "disavow"}


def lemma(word: str) -> str:
    """A rough lemma of a cue verb: "warned" -> "warn", "says" -> "say", "told" -> "tell",
    "contradicted" -> "contradict"."""
    w = word.lower().strip(".,;:")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + repl
            if stem in _VERBS:
                return stem
            if stem + "e" in _VERBS:
                return stem + "e"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in _VERBS:
                return stem[:-1]  # "admitted" -> "admit"
    return w


def saying_cue(cue: str) -> bool:
    """A cue that marks someone's words or thoughts, in at most four words."""
    ws = cue.lower().split()
    if not ws or len(ws) > 4:
        return False
    if " ".join(ws) == "according to":
        return True
    if any(w in _NEGATION or w.endswith("n't") for w in ws):
        return False  # "did not reveal", "declined to comment": nothing was said
    if ws[-1] in _PREPOSITIONS:
        return False  # "reports for NPR", "said of the plan": not a frame for a statement
    head = [w for w in ws if w not in _AUX]
    if not head or head[0] in _PASSIVE:
        return False  # "were told": the source is the listener, not the speaker
    if lemma(head[0]) in SAYING:
        return True
    # "in a statement", "said in an interview"
    return (
        any(w in _CUE_NOUNS for w in ws)
        and any(lemma(w) in SAYING for w in ws)
        or (ws[0] == "in" and ws[-1] in _CUE_NOUNS)
    )
