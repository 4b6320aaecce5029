"""Which questions of a draft the teacher should check first: those most likely to be wrong
or to need an edit.

A question's key is as likely wrong as the weakest claim it rests on, and more so where it
hangs on a step the analyser often gets wrong: a source resolved from "he" or "they", a
source's type, a status ("reports but does not check") where another source in the article
touches the same words, a statement cut out of a longer sentence (``risk``).

A sure key is not a good question: the strict readers deleted questions the analyser was
sure of (6 of 8 in one set of reports had confidence 1.00) for what the question does in
its set and how it reads (``doubts``): it asks about a claim another question also uses,
shows another question's statement among its choices, repeats an earlier question's lesson
and answer, keys a background sentence as the outlet's own voice, restates a pronoun, runs
long, or fails the linter.
"""

from __future__ import annotations

import re

from quizapp.core.claims import Analysis, Claim
from quizapp.core.lexicon import NAMELESS_SOURCES, POINT_STOP_WORDS
from quizapp.core.questions.base import Question
from quizapp.core.questions.cue_verbs import NOUNS
from quizapp.core.questions.english import MAX_STEM_WORDS, words
from quizapp.core.questions.names import may_be_one_body
from quizapp.core.questions.registry import type_for
from quizapp.core.questions.set_mix import same_lesson
from quizapp.core.questions.statement_checks import placeable
from quizapp.core.questions.statements import content_text, statement

CHECK_AT = 0.3
"""A question whose risk is at least this is marked "check this one"."""
CHECK_AT_MOST = 3
UNSURE_BELOW = 0.6
"""A claim the analyser is less sure of than this makes its question's key doubtful."""


def risk(q: Question, analysis: Analysis) -> float:
    """How likely the question's key is wrong, from 0 (sure) up (``key_doubts``)."""
    return round(sum(weight for weight, _ in key_doubts(q, analysis)), 2)


def key_doubts(q: Question, analysis: Analysis) -> list[tuple[float, str]]:
    """The steps the question's key hangs on that may be wrong, each with its share of the
    risk and the words the draft shows for it: the weakest claim where the analyser is
    unsure of it (below UNSURE_BELOW), a source it named from "he", a status another
    source's words may change, a statement cut out of a longer sentence."""
    claims = [analysis.claims[i] for i in q.claims if 0 <= i < len(analysis.claims)]
    if not claims:
        return []
    weakest = min(c.confidence for c in claims)
    # Above UNSURE_BELOW the analyser's confidence did not tell the questions strict readers
    # fixed from those they kept (session 10, 127 questions: 6 of 18 fixed between 0.6 and
    # 0.8, 7 of 41 at 0.95 and over, 35 of 127 in all), and none of their keys was wrong.
    found = [(round(1.0 - weakest, 2), UNSURE)] if weakest < UNSURE_BELOW else []
    single = claims[0] if len(claims) == 1 else None
    if single is None or single.checked:
        return found
    rests_on = type_for(q.type).key_rests_on  # who the source is, or its kind; the status
    said = statement(single, analysis.article)
    # No share for a source type as such: in 129 questions strict readers read (session
    # 10), no source-type key was wrong and 13 of the 15 flagged were fine.
    steps = [
        (PRONOUN_SOURCE, "source" in rests_on and _pronoun_source(single)),
        (
            TOUCHED,
            "status" in rests_on
            and single.status == "attributed"
            and _touched_by_another(single, analysis),
        ),
        (
            CUT,
            said is not None
            and len(words(said.clause)) < 0.6 * len(words(content_text(single, analysis.article))),
        ),
    ]
    return found + [step for step, holds in steps if holds]


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


# What each doubt adds to a question's risk, and the words the teacher's draft shows for it.
REPEATS = (0.2, "another question of the set asks about the same claim")
SHOWS_OTHERS = (0.2, "its choices show a statement another question asks about")
SAME_LESSON = (0.2, "another question of its type has the same answer")
OWN_VOICE = (0.1, "it keys a sentence the outlet states itself, which teaches least")
PRONOUN = (0.1, "its statement holds a pronoun the stem may not resolve")
LONG = (0.1, "its stem is long")
UNPLACED = (0.3, "a statement it shows may not say whom or what it is about")
LINTER = (0.3, "the English or cut checks find a problem")
UNSURE = "its answer key rests on a reading the analysis is unsure of"
# What each step of a key that often goes wrong adds to its risk, read off the questions
# strict readers fixed (session 10, then session 11 on a new draft): a source named from
# "he" (2 of 7, then 0 of 8), a status where another source uses the same words, a missed
# dispute or support (7 of 16, then 1 of 10: no better than the base rate of 35 of 127,
# then 25 of 128, so a small share), a statement cut out of a longer sentence (2 of 7,
# then 0 of 6).
PRONOUN_SOURCE = (0.1, "its source is the analysis' reading of \u201che\u201d or \u201cshe\u201d")
TOUCHED = (0.1, "another source in the article uses the same words: check the status")
CUT = (0.1, "its statement is cut out of a longer sentence")


def doubts(q: Question, questions: list[Question], analysis: Analysis) -> list[tuple[float, str]]:
    """What a strict reader would fault in the question as it stands in its set."""
    from quizapp.core.questions.checks import wording_problems  # checks imports the types

    others = [o for o in questions if o is not q]
    earlier = questions[: next((n for n, o in enumerate(questions) if o is q), len(questions))]
    said = _restated(q)
    found = [
        (REPEATS, any(set(q.claims) & set(o.claims) for o in others)),
        (SHOWS_OTHERS, any(_shows(q, s) for o in others for s in _restated(o))),
        (SAME_LESSON, any(_same_key(q, o) for o in earlier)),
        (OWN_VOICE, "status" in type_for(q.type).key_rests_on and "own voice" in q.explanation),
        (PRONOUN, any(_PRONOUN.search(s) for s in said if not s.startswith("\u201c"))),
        (LONG, len(words(q.stem)) > LONG_STEM),
        (UNPLACED, not placed(q, analysis)),
        (LINTER, bool(wording_problems(q, analysis))),
    ]
    return [doubt for doubt, holds in found if holds]


LONG_STEM = MAX_STEM_WORDS - 4
"""A stem past this many words is flagged, though it may be published (MAX_STEM_WORDS)."""


_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|their|them|it|its)\b", re.I)


def _restated(q: Question) -> list[str]:
    """The statements the stem asks about: a quotation (with its marks) or a "that" clause."""
    quoted = [f"\u201c{m}" for m in re.findall(r"\u201c([^\u201d]+)\u201d", q.stem)]
    clause = re.search(
        r"\b(?:that|statement:) (.+?)[?.]$", re.sub(r"\u201c[^\u201d]*\u201d", "", q.stem)
    )
    return quoted + ([clause.group(1)] if clause and len(words(clause.group(1))) >= 4 else [])


def placed(q: Question, analysis: Analysis) -> bool:
    """Whether every statement the question shows without its article says what it is
    about (statement_checks.placeable): the stem's quotation or clause, a sort's items."""
    shown = _shown_alone(q)
    known = headline_known(analysis.article.title)
    return all(
        placeable(s.lstrip("\u201c").rstrip("\u201d"), s.startswith("\u201c"), known) for s in shown
    )


def headline_known(title: str) -> frozenset[str]:
    """The words of the headline a reader has before any question (lower-cased, four
    letters or more), and the event each phrasal verb in it names as a noun: "WeWork staff
    to be laid off" gives "layoff" (and "lay-off"), "shut down" "shutdown", so "notice of
    the layoffs" under it is placed; a headline taking someone to court ("pleads guilty",
    "charged", "sued") gives "case" and "charge": the case the article is about."""
    known = {w.lower() for w in words(title) if len(w) >= 4} - POINT_STOP_WORDS
    for m in _PHRASAL.finditer(title.lower()):
        verb, particle = m.groups()
        base = _PAST_BASES.get(verb) or re.sub(r"(?<=[a-z]{3})(?:ed|ing|s)$", "", verb)
        base = base[:-1] if re.search(r"([bdgmnprt])\1$", base) else base  # "shutting"
        known |= {base + particle, f"{base}-{particle}"}
    if _IN_COURT.search(title):
        known |= {"case", "charge"}  # "Man pleads guilty to ...": the case, its charges
    return frozenset(known)


_IN_COURT = re.compile(
    r"\b(?:pleads?|pleaded|pled|charged|convicted|sentenced|indicted|acquitted|sued|sues|"
    r"arraigned)\b",
    re.I,
)


_PHRASAL = re.compile(r"\b([a-z]+) (off|out|down|up|over|back)\b")
_PAST_BASES = {
    **dict.fromkeys(("laid", "lays", "laying"), "lay"),
    **dict.fromkeys(("sold", "sells", "selling"), "sell"),
    **dict.fromkeys(("took", "taken", "takes", "taking"), "take"),
    **dict.fromkeys(("broke", "broken", "breaks", "breaking"), "break"),
    **dict.fromkeys(("shut", "shuts", "shutting"), "shut"),
    **dict.fromkeys(("cut", "cuts", "cutting"), "cut"),
    **dict.fromkeys(("set", "sets", "setting"), "set"),
    **dict.fromkeys(("held", "holds", "holding"), "hold"),
}


def _shown_alone(q: Question) -> list[str]:
    """What the question shows a pupil without the article: the stem's quotation or
    clause, a who-stem's predicate ("Who accused the UK of meddling in the country's
    affairs?") and a sort's items. A what-said item's choices are left out: placeable's
    rule on a definite subject would refuse "The end of the year is a busy time"."""
    shown = _restated(q) + [s for s in q.data.get("statements", []) if isinstance(s, str)]
    predicate = _WHO_DID.match(q.stem) or _NAMED_CLAIM.match(q.stem)
    if predicate and not shown:
        shown.append(predicate.group(1))
    return shown


_NAMED_CLAIM = re.compile(
    rf"^How does the article present the (?:{'|'.join(NOUNS.values())}) ([^\u201c\u201d]+)\?$"
)
"""A status stem naming a claim by its cue's noun: "... the accusation against X of ...?"."""


_WHO_DID = re.compile(r"^Who ((?!said\b)[a-z]+ [^\u201c\u201d]{12,})\?$")
"""A who-stem asking about a restated act, not a quotation: "Who accused X of ...?"."""


def placed_first(questions: list[Question], analysis: Analysis) -> list[Question]:
    """Questions whose statements a reader cannot place ("the admiration is mutual", "Some
    wore clothing ...") moved after the others, each group in its order: such a question
    fills a set only where nothing else can, and the draft marks it for the teacher."""
    return sorted(questions, key=lambda q: not placed(q, analysis))


def _shows(q: Question, statement: str) -> bool:
    """Whether the question's choices or statements show ``statement``'s first words."""
    head = " ".join(words(statement)[:6]).lower()
    shown = [*(c for c in q.choices if isinstance(c, str)), *q.data.get("statements", [])]
    return len(words(head)) >= 4 and any(head in " ".join(words(t)).lower() for t in shown)


def _same_key(q: Question, other: Question) -> bool:
    """Two questions of one type with the same right answer (for status questions, the same
    status, whoever's claim it is): the second teaches nothing new."""
    return same_lesson(q, other)


def check_first(questions: list[Question], analysis: Analysis) -> list[Question]:
    """Mark the few questions most likely wrong or in need of an edit and put them first in
    the draft, so the teacher reviews them before the rest. Each question's
    ``data["confidence"]`` is the lowest confidence of the claims it rests on;
    ``data["risk"]`` is ``risk`` plus its ``doubts``; a marked question's
    ``data["check_why"]`` says why, for the teacher."""
    for q in questions:
        sure = [analysis.claims[i].confidence for i in q.claims if 0 <= i < len(analysis.claims)]
        q.data["confidence"] = round(min(sure, default=1.0), 2)
        found = key_doubts(q, analysis) + doubts(q, questions, analysis)
        q.data["risk"] = round(sum(weight for weight, _ in found), 2)
        # The reasons that flag a question on their own first, each group in its order.
        q.data["_why"] = [reason for _, reason in sorted(found, key=lambda d: d[0] < CHECK_AT)]
    unsure = sorted(
        (q for q in questions if q.data["risk"] >= CHECK_AT),
        key=lambda q: -q.data["risk"],
    )[:CHECK_AT_MOST]
    for q in questions:
        why = q.data.pop("_why")
        if any(q is u for u in unsure):
            q.data["check"] = True
            q.data["check_why"] = why
    return unsure + [q for q in questions if not any(q is u for u in unsure)]
