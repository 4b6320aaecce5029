"""Questions of one set must not give each other away, repeat each other, or all be of one
type: the set-level rules generate.py applies while it picks candidates.

- Each statement of the article serves one question of a set. One question gives another
  away when it shows the statement the other asks about: as a wrong choice ("what did X
  say?" offering it as someone else's words), as a sorted statement, in its evidence or in
  its explanation (which the learner sees in the feedback, before the next question).
- Two questions teach one lesson when they are of one type with the same key: two status
  questions keyed "the outlet's own voice", two sources both official, one speaker twice.
- Two questions are near-copies when they are of one type with the same names or
  statements to choose from ("who said" on three quotes, the same four names each time),
  or ask the same key again with nearly the same choices.
- A short set is not filled with one type while another type still has a question to give.

Any of these is allowed only where the set would otherwise have fewer than five questions,
and then the question that clashes with the fewest.
"""

from __future__ import annotations

from collections import Counter

from quizapp.core.claims import Analysis
from quizapp.core.questions.base import Question
from quizapp.core.questions.english import words
from quizapp.core.questions.registry import all_types

MAX_OF_ONE_TYPE = 2
"""Questions of one type that filling up a short set adds up to while other types still
offer a question (the main round already stops at each type's quota)."""

SHARED_WORDS = 6
"""Consecutive words of a claim that, shown by one question, give away another question on
that claim: fewer may be a common phrase ("the end of the year")."""

TRUE_FALSE = "true_false"

MIN_ASKED_WORDS = 4
"""A statement shorter than this is too short to tell apart from a common phrase."""


def _about_source(q: Question) -> bool:
    """A question on what kind of source someone is asks about no statement's words (its
    evidence still shows one, and may give another question away)."""
    qtype = all_types().get(q.type)
    return qtype is not None and qtype.asks_about_source


def near_copy(a: Question, b: Question) -> bool:
    """Two questions of one type with names or statements as choices, and the same choices,
    or the same key and all but one of four choices the same."""
    qtype = all_types().get(a.type)
    if a.type != b.type or qtype is None or not qtype.phrase_choices:
        return False
    if not all(isinstance(c, str) for c in [*a.choices, *b.choices]):
        return False
    ca = {c.casefold() for c in a.choices}
    cb = {c.casefold() for c in b.choices}
    if ca == cb:
        return True
    same_key = _key(a) == _key(b) is not None
    return same_key and len(ca & cb) >= max(3, max(len(ca), len(cb)) - 1)


def _key(q: Question) -> str | None:
    """The right choice; for a status question, the status it stands for (its wording
    names the source: "a claim by Apple that ..." and "a claim by Tim Cook that ..." are
    one lesson)."""
    if not isinstance(q.answer, int) or not 0 <= q.answer < len(q.choices):
        return None
    data = q.data if isinstance(q.data, dict) else {}
    statuses = data.get("statuses")
    if isinstance(statuses, list) and len(statuses) == len(q.choices):
        return str(statuses[q.answer])
    # "True" to "the article stands behind ..." and to "according to the article, X said
    # ..." are two lessons (whose word it is, whether the article backs it).
    asks = f"{data['asks']}:" if isinstance(data.get("asks"), str) else ""
    return asks + str(q.choices[q.answer]).casefold()


def _subjects(q: Question, analysis: Analysis) -> list[list[str]]:
    """The words of each statement a question asks about, lower case: its claim's, each
    figure's of a comparison, each sorted statement's. None for a question on the kind of a
    source: it asks about the source, not the words."""
    if _about_source(q):
        return []
    return [
        [w.lower() for w in words(analysis.claims[i].content)]
        for i in dict.fromkeys(q.claims)
        if 0 <= i < len(analysis.claims)
    ]


def _seen(q: Question) -> str:
    """Everything of the article a learner reads in a question and its feedback, besides
    the stem: the evidence, the choices (a statement offered as a wrong answer to "what did
    X say?" is shown as someone else's, or as the outlet's), the sorted statements, and the
    explanation; lower-case words between spaces."""
    texts = [q.evidence, q.explanation, *(c for c in q.choices if isinstance(c, str))]
    statements = q.data.get("statements") if isinstance(q.data, dict) else None
    if isinstance(statements, list):
        texts += [s for s in statements if isinstance(s, str)]
    return " " + " ".join(w.lower() for t in texts for w in words(t)) + " "


def gives_away(a: Question, b: Question, analysis: Analysis) -> bool:
    """Whether ``a`` shows a statement ``b`` asks about (SHARED_WORDS of its words in a row,
    or all of a shorter one): as a wrong choice, a sorted statement, in its evidence or its
    explanation, or as its own subject. One statement serves one question of a set: shown
    elsewhere, its status or its source is answered there."""
    shown = _seen(a)
    return any(_holds(shown, asked) for asked in _subjects(b, analysis))


def spoils(a: Question, b: Question, analysis: Analysis) -> bool:
    """Whether ``a`` shows a statement ``b`` asks about in what a learner reads before
    answering ``a`` (its stem, its choices, its sorted statements), not only in its
    feedback: a sort holding the statements the set asks one by one, a "what did X say?"
    offering one as a wrong choice. Such a question answers the other outright, so no set
    takes it, however short (a statement shown only in the evidence or the explanation
    is seen after answering, and tells less)."""
    texts = [a.stem, *(c for c in a.choices if isinstance(c, str))]
    statements = a.data.get("statements") if isinstance(a.data, dict) else None
    if isinstance(statements, list):
        texts += [s for s in statements if isinstance(s, str)]
    shown = " " + " ".join(w.lower() for t in texts for w in words(t)) + " "
    return any(_holds(shown, asked) for asked in _subjects(b, analysis))


def _holds(shown: str, asked: list[str]) -> bool:
    """Whether the words ``shown`` hold SHARED_WORDS of a statement's in a row."""
    if len(asked) < MIN_ASKED_WORDS:
        return False
    k = min(SHARED_WORDS, len(asked))
    return any(" " + " ".join(asked[i : i + k]) + " " in shown for i in range(len(asked) - k + 1))


def used_claims(questions: list[Question], analysis: Analysis) -> frozenset[int]:
    """The claims a set's questions ask about or show (as choices, sorted statements, in
    evidence or explanations): a question made of claims apart from these gives none of the
    set away, nor is given away by it."""
    used = {i for q in questions if not _about_source(q) for i in q.claims}
    shown = [_seen(q) for q in questions]
    for i, claim in enumerate(analysis.claims):
        asked = [w.lower() for w in words(claim.content)]
        if i not in used and any(_holds(seen, asked) for seen in shown):
            used.add(i)
    return frozenset(used)


def same_lesson(a: Question, b: Question) -> bool:
    """Two questions of one type with the same key or on the same claim: two status
    questions both keyed "the outlet's own voice", two sources both "official", the same
    speaker twice, one source's kind asked twice. The second teaches nothing the first did
    not."""
    if a.type == b.type and a.claims and a.claims == b.claims:
        # "Which source is independent of the government?" keyed Prasad, then "What kind of
        # source is Prasad?": one type, one claim, one lesson (and the first answers the
        # second).
        return True
    key = _key(a)
    return a.type == b.type and key is not None and key == _key(b)


def clashes(q: Question, chosen: list[Question], analysis: Analysis) -> bool:
    """Whether ``q`` would give away, be given away by, copy, or repeat the lesson of a
    question already chosen."""
    return any(
        gives_away(q, o, analysis)
        or gives_away(o, q, analysis)
        or near_copy(q, o)
        or same_lesson(q, o)
        for o in chosen
    )


def harm(q: Question, chosen: list[Question], analysis: Analysis) -> int:
    """How many questions already chosen ``q`` clashes with: where a short set must take a
    question that gives another away or repeats one, the least harmful."""
    return sum(clashes(q, [o], analysis) for o in chosen)


def spoils_any(q: Question, chosen: list[Question], analysis: Analysis) -> bool:
    """Whether ``q`` answers a question already chosen outright, or is answered by one."""
    return any(spoils(q, o, analysis) or spoils(o, q, analysis) for o in chosen)


def repeat_cost(q: Question, chosen: list[Question], analysis: Analysis) -> tuple[int, int]:
    """How badly ``q`` repeats the questions already chosen, for a short set that must take
    a repeat: first how many it teaches the same lesson as (the same type and answer: the
    strict readers deleted "who said" twice keyed the same speaker), then how many it nearly
    copies (the same names to choose from, another answer) or shows a statement of in its
    feedback (the readers kept a source's type asked beside the status of its words)."""
    lessons = sum(same_lesson(q, o) for o in chosen)
    rest = sum(
        near_copy(q, o) or gives_away(q, o, analysis) or gives_away(o, q, analysis) for o in chosen
    )
    return lessons, rest


def too_many_of_its_type(q: Question, chosen: list[Question]) -> bool:
    return sum(o.type == q.type for o in chosen) >= MAX_OF_ONE_TYPE


def reuse(questions: list[Question], analysis: Analysis) -> tuple[int, int]:
    """Pairs of a set's questions where one gives the other away, and pairs with the same
    lesson (type and key): what the sweep counts of the rules above."""
    pairs = [(a, b) for n, a in enumerate(questions) for b in questions[n + 1 :]]
    given = sum(gives_away(a, b, analysis) or gives_away(b, a, analysis) for a, b in pairs)
    return given, sum(same_lesson(a, b) for a, b in pairs)


def spoiled(questions: list[Question], analysis: Analysis) -> int:
    """Pairs of a set's questions where one answers the other outright (``spoils``)."""
    pairs = [(a, b) for n, a in enumerate(questions) for b in questions[n + 1 :]]
    return sum(spoils(a, b, analysis) or spoils(b, a, analysis) for a, b in pairs)


def own_voice(q: Question, analysis: Analysis) -> bool:
    """A question on one claim whose key is that the outlet states it in its own voice: a
    status question on an unattributed claim, or "the article stands behind ..." (True)."""
    claims = list(dict.fromkeys(q.claims))
    qtype = all_types().get(q.type)
    return (
        len(claims) == 1
        and qtype is not None
        and "status" in qtype.key_rests_on
        and 0 <= claims[0] < len(analysis.claims)
        and analysis.claims[claims[0]].status == "unattributed"
    )


MAX_OWN_VOICE = 2
"""Questions in a set whose key is that the outlet states a claim in its own voice. Such
keys are safe but teach least: the lesson is telling a source's claim (above all a disputed
or corroborated one) from the outlet's own statement, so a set of background sentences all
keyed "own voice" or "True" misses it."""


def too_much_own_voice(q: Question, questions: list[Question], analysis: Analysis) -> bool:
    return own_voice(q, analysis) and (
        sum(own_voice(o, analysis) for o in questions) >= MAX_OWN_VOICE
    )


def lopsided(q: Question) -> bool:
    """A sort with one label on more than half its statements: labelling all alike scores
    more than half."""
    labels = q.answer if q.type == "sort_statements" and isinstance(q.answer, list) else []
    return bool(labels) and max(Counter(labels).values()) * 2 > len(labels)


def keyed_false(q: Question) -> bool:
    """A true/false keyed False on whether the article stands behind a statement."""
    data = q.data if isinstance(q.data, dict) else {}
    return q.type == TRUE_FALSE and q.answer == 1 and data.get("asks") == "verified"


def kept_for_false(true_false: list[Question], reserved: set[int]) -> set[int]:
    """The claim of the best true/false candidate keyed False on whether the article stands
    behind it (an attributed or disputed claim stated as the article's own), kept from
    other questions until true/false has had its pick. Such claims are few (a quotation in
    the first person cannot be stated as the article's) and questions picked before it take
    them, which left nearly every true/false keyed True, so that answering "True" always
    scored full marks. A claim ``reserved`` for a status question keeps its place there."""
    for q in true_false:
        one = set(q.claims)
        if keyed_false(q) and len(one) == 1 and not one & reserved:
            return one
    return set()


def set_keys(questions: list[Question], analysis: Analysis) -> Counter[str]:
    """What a set's keys add up to, for the sweep: true/false items keyed True and False,
    questions keyed "the outlet's own voice", sorts with one label on more than half."""
    keys: Counter[str] = Counter()
    for q in questions:
        if q.type == "true_false":
            keys["tf true" if q.answer == 0 else "tf false"] += 1
        keys["own voice"] += own_voice(q, analysis)
        keys["sort lopsided"] += lopsided(q)
    return keys
