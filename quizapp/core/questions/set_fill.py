"""Topping up a picked set (generate.py): to MIN_SET with questions asked on their merits,
to MIN_PUBLISHED with fill-ins (a statement a reader cannot place, background, a question
that repeats another's lesson) only where nothing else can, and to the statements the
discernment score needs. One claim carries one question (``room``), and no question is
taken that gives another away (set_mix.clashes).
"""

from __future__ import annotations

from quizapp.core.claims import Analysis
from quizapp.core.questions.background import background_claim
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import all_types
from quizapp.core.questions.review import placed
from quizapp.core.questions.set_mix import (
    clashes,
    repeat_cost,
    spoils_any,
    too_many_of_its_type,
    too_much_own_voice,
)
from quizapp.core.questions.suitability import statement_kinds
from quizapp.core.scoring import MIN_STATEMENTS

MAX_PER_CLAIM = 1
"""Questions one claim may carry, counted apart for questions on that claim alone and for
questions comparing two claims. Two questions on one claim give each other away (a "what
did X say" answers the "who said" on the same words; a true/false repeats the status
question), and a claim read wrong would take both with it. Questions resting on more than
two claims (sorting a set of statements) are about the set, and a question about the source
alone (what kind of source) gives nothing of the words away: neither counts."""


def counted(q: Question) -> list[tuple[int, int]]:
    claims = list(dict.fromkeys(q.claims))
    if len(claims) > 2 or all_types()[q.type].asks_about_source:
        return []
    return [(len(claims), i) for i in claims]


def room(q: Question, per_claim: dict[tuple[int, int], int]) -> bool:
    return all(per_claim.get(key, 0) < MAX_PER_CLAIM for key in counted(q))


def count(q: Question, per_claim: dict[tuple[int, int], int]) -> None:
    for key in counted(q):
        per_claim[key] = per_claim.get(key, 0) + 1


def counts(questions: list[Question]) -> dict[tuple[int, int], int]:
    per_claim: dict[tuple[int, int], int] = {}
    for q in questions:
        count(q, per_claim)
    return per_claim


MIN_SET = 6
"""A short article whose claims give few types still gets this many questions when it has
enough sure claims: more of the types it does support, one round of each at a time."""


MIN_PUBLISHED = 5
"""The fewest questions a set should have (issue 16): a question that gives another away
or nearly copies it is left out, unless the set would otherwise have fewer than this."""


def fill_up(
    questions: list[Question],
    spare: list[tuple[int, Question]],
    stems: set[str],
    per_claim: dict[tuple[int, int], int],
    analysis: Analysis,
) -> list[Question]:
    spares = rounds(spare)
    placed_ones = [q for q in spares if asked_first(q, analysis)]
    # First other types' questions, then more of one type only if no other type has any;
    # a statement a reader cannot place only where the set is still short of publishable.
    for capped, pool, size in (
        (True, placed_ones, MIN_SET),
        (False, placed_ones, MIN_SET),
        (True, spares, MIN_PUBLISHED),
        (False, spares, MIN_PUBLISHED),
    ):
        for q in pool:
            if len(questions) >= size:
                break
            if capped and too_many_of_its_type(q, questions):
                continue
            if fits(q, questions, stems, per_claim, analysis):
                take(q, questions, stems, per_claim)
    # Last, questions that repeat one, only up to a publishable set: each time the least
    # repeating one; never one that answers another outright (a sort of the statements the
    # set asks one by one): a set of four is better than five with a giveaway.
    while len(questions) < MIN_PUBLISHED:
        candidates = [
            q
            for q in spares
            if fits(q, questions, stems, per_claim, analysis, True)
            and not spoils_any(q, questions, analysis)
        ]
        if not candidates:
            break
        least = min(candidates, key=lambda q: repeat_cost(q, questions, analysis))
        take(least, questions, stems, per_claim)
    return in_type_order(questions)


def measurable(
    questions: list[Question],
    spare: list[tuple[int, Question]],
    stems: set[str],
    per_claim: dict[tuple[int, int], int],
    analysis: Analysis,
) -> list[Question]:
    """The set with enough statements of each kind for the discernment score (DOMAIN 5),
    where the article has them: a status question of the kind the set lacks is added (the
    article stands behind / only reports), one that gives nothing away, best first."""
    out = list(questions)
    spares = rounds(spare)
    if min(statement_kinds([*out, *spares])) < MIN_STATEMENTS:
        # One kind stays short whatever is added: a question on its merits still brings the
        # set nearer (a teacher's own question may complete it), trivia or a statement a
        # reader cannot place would measure nothing.
        spares = [q for q in spares if asked_first(q, analysis)]
    # A statement a reader can place first; one that leans on the article only where the
    # measure needs it (the draft flags it for the teacher).
    for q in sorted(spares, key=lambda q: not asked_first(q, analysis)):
        behind, reports = statement_kinds(out)
        if min(behind, reports) >= MIN_STATEMENTS:
            break
        lacking = behind < MIN_STATEMENTS, reports < MIN_STATEMENTS
        adds = statement_kinds([q])
        if not ((lacking[0] and adds[0]) or (lacking[1] and adds[1])) or q in out:
            continue
        if fits(q, out, stems, per_claim, analysis):
            take(q, out, stems, per_claim)
    return in_type_order(_making_way(out, spares, analysis))


def _making_way(
    questions: list[Question], spares: list[Question], analysis: Analysis
) -> list[Question]:
    """The set one statement short of measuring discernment, with a status item of the
    kind it lacks in place of a question that judges no statement ("who said it", what
    kind of source) and stands in its way (on its claim, or showing its words): the set
    keeps its length and gains the measure, for one question fewer of a type. A blocker
    whose type the set still asks goes first; a statement a reader can place first."""
    behind, reports = statement_kinds(questions)
    short = (MIN_STATEMENTS - behind, MIN_STATEMENTS - reports)
    if sorted(max(0, n) for n in short) != [0, 1]:
        return questions
    lacking = 0 if short[0] > 0 else 1
    types = [o.type for o in questions]
    blockers = sorted(
        (o for o in questions if statement_kinds([o]) == (0, 0)),
        key=lambda o: types.count(o.type) < 2,
    )
    for q in sorted(spares, key=lambda q: not asked_first(q, analysis)):
        if q in questions or not statement_kinds([q])[lacking]:
            continue
        for o in blockers:
            rest = [r for r in questions if r is not o]
            stems = {r.stem.casefold() for r in rest}
            if fits(q, rest, stems, counts(rest), analysis) and not spoils_any(q, rest, analysis):
                return [*rest, q]
    return questions


def asked_first(q: Question, analysis: Analysis) -> bool:
    """A question a set takes on its merits: its statements can be placed without the
    article (review.placed), and it is not the outlet's background (a definition, an age,
    history: background.background_claim), which strict readers delete as trivia. The
    others only make a set publishable or measurable, where nothing else can."""
    one = q.claims[0] if len(set(q.claims)) == 1 else -1
    return placed(q, analysis) and not background_claim(analysis, one)


def rounds(spare: list[tuple[int, Question]]) -> list[Question]:
    """The spare candidates round by round (how far over its quota each was), each round
    in type order."""
    return [q for _, q in sorted(spare, key=lambda item: item[0])]


def take(
    q: Question,
    questions: list[Question],
    stems: set[str],
    per_claim: dict[tuple[int, int], int],
) -> None:
    """Add ``q`` to the set and to what the set's later picks check against."""
    stems.add(q.stem.casefold())
    questions.append(q)
    count(q, per_claim)


def in_type_order(questions: list[Question]) -> list[Question]:
    order = {name: n for n, name in enumerate(all_types())}
    return sorted(questions, key=lambda q: order.get(q.type, len(order)))


def fits(
    q: Question,
    questions: list[Question],
    stems: set[str],
    per_claim: dict[tuple[int, int], int],
    analysis: Analysis,
    clash: bool = False,
) -> bool:
    if q.stem.casefold() in stems or any(
        set(q.claims) == set(o.claims) and q.skills == o.skills for o in questions
    ):
        return False  # the same skill asked twice on the same claims teaches nothing new
    return (
        room(q, per_claim)
        and not too_much_own_voice(q, questions, analysis)
        and (clash or not clashes(q, questions, analysis))
    )
