"""Questions of one set must not give each other away, repeat each other, or all be of one
type: the set-level rules generate.py applies while it picks candidates.

- One question gives another away when its evidence (which the learner sees in the
  feedback) holds the words the other asks about: a true/false whose evidence shows the
  claim that disputes it, then "who denied ...?" on that claim.
- Two questions are near-copies when they are of one type with the same names or
  statements to choose from ("who said" on three quotes, the same four names each time),
  or ask the same key again with nearly the same choices.
- A short set is not filled with one type while another type still has a question to give.
"""

from __future__ import annotations

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

MIN_ASKED_WORDS = 4


def _asked(q: Question, analysis: Analysis) -> list[str]:
    """The words of the claim a question asks about, lower case; none for a question about
    a source alone (its kind) or about a whole set of statements."""
    qtype = all_types().get(q.type)
    claims = set(q.claims)
    if qtype is None or qtype.asks_about_source or len(claims) != 1:
        return []
    (i,) = claims
    if not 0 <= i < len(analysis.claims):
        return []
    return [w.lower() for w in words(analysis.claims[i].content)]


def _shown(q: Question) -> str:
    """What a question's feedback shows of the article, as lower-case words between spaces:
    its evidence, the sentences that say who said what. Its stem and choices are left out:
    a wrong choice says only that a statement is not this source's, and a stem quoting a
    figure's words (conflicting figures) names its source anyway; counting them would keep
    most questions of a short article out of its set."""
    texts = [q.evidence]
    return " " + " ".join(w.lower() for t in texts for w in words(t)) + " "


def reveals(a: Question, b: Question, analysis: Analysis) -> bool:
    """Whether ``a`` shows the words ``b`` asks about (SHARED_WORDS of them in a row). A
    question on several claims (comparing two figures, sorting statements) is counted
    apart, as MAX_PER_CLAIM counts it: its stem sets the claims side by side anyway. So is
    a question on the kind of a source (see _about_source)."""
    asked = _asked(b, analysis)
    if len(asked) < MIN_ASKED_WORDS or len(set(a.claims)) > 1 or _about_source(a):
        return False
    shown = _shown(a)
    k = min(SHARED_WORDS, len(asked))
    return any(" " + " ".join(asked[i : i + k]) + " " in shown for i in range(len(asked) - k + 1))


def _about_source(q: Question) -> bool:
    """A question on what kind of source someone is names only the source: it is not
    counted as giving away the words its evidence shows (the generator has always let it
    share a claim with another question; choosing its evidence from another of the
    source's claims is the evidence module's)."""
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
    if isinstance(q.answer, int) and 0 <= q.answer < len(q.choices):
        return str(q.choices[q.answer]).casefold()
    return None


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
    for asked in _subjects(b, analysis):
        if len(asked) < MIN_ASKED_WORDS:
            continue
        k = min(SHARED_WORDS, len(asked))
        if any(
            " " + " ".join(asked[i : i + k]) + " " in shown for i in range(len(asked) - k + 1)
        ):
            return True
    return False


def same_lesson(a: Question, b: Question) -> bool:
    """Two questions of one type with the same key: two status questions both keyed "the
    outlet's own voice", two sources both "official", the same speaker twice. The second
    teaches nothing the first did not."""
    key = _key(a)
    return a.type == b.type and key is not None and key == _key(b)


def clashes(q: Question, chosen: list[Question], analysis: Analysis) -> bool:
    """Whether ``q`` would give away, be given away by, or copy a question already chosen."""
    return any(
        reveals(q, o, analysis) or reveals(o, q, analysis) or near_copy(q, o) for o in chosen
    )


def too_many_of_its_type(q: Question, chosen: list[Question]) -> bool:
    return sum(o.type == q.type for o in chosen) >= MAX_OF_ONE_TYPE


def reuse(questions: list[Question], analysis: Analysis) -> tuple[int, int]:
    """Pairs of a set's questions where one gives the other away, and pairs with the same
    lesson (type and key): what the sweep counts of the rules above."""
    pairs = [(a, b) for n, a in enumerate(questions) for b in questions[n + 1 :]]
    given = sum(gives_away(a, b, analysis) or gives_away(b, a, analysis) for a, b in pairs)
    return given, sum(same_lesson(a, b) for a, b in pairs)
