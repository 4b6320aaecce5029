"""generate_questions: a draft question set for one analysed article.

Every registered type proposes candidates (best first); this picks up to each type's quota,
so every type the article supports appears, with no repeated stem, and no question that
gives another away or nearly copies it while another candidate can take its place
(set_mix.py). A type whose candidates all clash with questions picked before it keeps one
when the questions it clashes with can give way to others of their types. Deterministic:
the same analysis and seed give the same questions, in the same order, with the same choice
order.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from quizapp.core.claims import Analysis
from quizapp.core.questions.background import news_first
from quizapp.core.questions.base import Question, QuestionType
from quizapp.core.questions.checks import question_problems
from quizapp.core.questions.evidence import source_shown
from quizapp.core.questions.registry import all_types, validate_question
from quizapp.core.questions.review import check_first, placed_first
from quizapp.core.questions.set_fill import (
    MIN_PUBLISHED,
    asked_first,
    counts,
    fill_up,
    fits,
    in_type_order,
    measurable,
    room,
    take,
)
from quizapp.core.questions.set_mix import (
    MAX_OWN_VOICE,  # noqa: F401 - the set's limit, read by tests beside the picking
    TRUE_FALSE,
    clashes,
    harm,
    kept_for_false,
    keyed_false,
    spoils_any,
    too_much_own_voice,
    used_claims,
)
from quizapp.core.questions.set_status import balanced_true_false, kept_for_status
from quizapp.core.questions.stem_sources import tidy_sources
from quizapp.core.questions.suitability import statement_kinds
from quizapp.core.scoring import MIN_STATEMENTS

log = logging.getLogger(__name__)


def generate_questions(analysis: Analysis, seed: int = 0, strict: bool = False) -> list[Question]:
    """The draft set. A type that fails on an odd article is left out of the set (and
    logged) so the teacher still gets the others; ``strict`` re-raises instead, for the
    tests and the crash sweep, which must see every such failure."""
    analysis = tidy_sources(analysis)
    found = _candidates(analysis, all_types(), seed, strict)
    # Questions a type offers only to make a set publishable stay out of the picking.
    fills = [q for qs in found.values() for q in qs if only_to_fill(q)]
    found = {name: [q for q in qs if not only_to_fill(q)] for name, qs in found.items()}
    reserved = kept_for_status(found, analysis, reports=False)
    questions = _picked(found, analysis, seed, frozenset(), reserved)
    if _reports(questions) < MIN_STATEMENTS:
        # "Who said it" is picked first and may take the few statements the article only
        # reports that a status can be keyed on: kept for the status questions, where the
        # set stays as long and judges more of them.
        more = kept_for_status(found, analysis)
        again = _picked(found, analysis, seed, frozenset(), more) if more != reserved else []
        if len(again) >= len(questions) and _reports(again) > _reports(questions):
            questions, reserved = again, more
    if not any(keyed_false(q) for q in questions):
        # Claims a true/false keyed False can be made of are few, and the types picked
        # before it take them: keeping the best one for it, where the set stays as long.
        kept = kept_for_false(
            found.get(TRUE_FALSE, []), kept_for_status(found, analysis, reports=False)
        )
        balanced = _picked(found, analysis, seed, kept, reserved) if kept else []
        if len(balanced) >= len(questions):
            questions = balanced
    return check_first(_publishable(questions, fills, analysis), analysis)


def only_to_fill(q: Question) -> bool:
    """A question its type offers only to make a set publishable ("According to the
    article, X said ..." keyed True where the status is no key): it teaches least."""
    return bool(q.data.get("only_to_fill"))


def _publishable(
    questions: list[Question], fills: list[Question], analysis: Analysis
) -> list[Question]:
    """The set topped up to ``MIN_PUBLISHED`` with the ``fills`` that fit it."""
    out = list(questions)
    stems, per_claim = {q.stem.casefold() for q in out}, counts(out)
    for q in fills:
        if len(out) >= MIN_PUBLISHED:
            break
        if fits(q, out, stems, per_claim, analysis) and not spoils_any(q, out, analysis):
            take(q, out, stems, per_claim)
    return in_type_order(out)


def _reports(questions: list[Question]) -> int:
    """Statements the set has a learner judge that the article only reports."""
    return statement_kinds(questions)[1]


def _picked(
    found: dict[str, list[Question]],
    analysis: Analysis,
    seed: int,
    for_false: AbstractSet[int],
    reserved: AbstractSet[int],
) -> list[Question]:
    """The set picked from the candidates, none but a true/false on a claim ``for_false``,
    none but a status question on a claim ``reserved`` (set_status.kept_for_status)."""
    pick = _keep_every_type(found, analysis, seed, for_false, reserved)
    filled = fill_up(pick.questions, pick.spare, pick.stems, pick.per_claim, analysis)
    filled = measurable(filled, pick.spare, pick.stems, pick.per_claim, analysis)
    return balanced_true_false(_apart(filled, analysis, seed), analysis)


LOOKAHEAD = 2
"""Questions the picking may put first to keep a type in the set: making way for one
question can cost another type its place, which a second may win back."""

TRIED_PER_TYPE = 4
"""A lost type's clashing candidates (best first) tried first: enough to find one whose
clashes can give way, few enough that a long article's rounds stay few."""


def _keep_every_type(
    found: dict[str, list[Question]],
    analysis: Analysis,
    seed: int,
    for_false: AbstractSet[int] = frozenset(),
    reserved: AbstractSet[int] | None = None,
) -> _Pick:
    """The main round, and where a type lost all its candidates to clashes with questions
    picked before it, the round that puts one of them first: the clashing questions give
    way and their types pick other candidates. A round is taken only if its set holds
    more types and no fewer questions, so a type with one candidate is not lost to the
    order the types are picked in; nor with a claim kept ``for_false``."""
    if reserved is None:
        reserved = kept_for_status(found, analysis, reports=False)
    best = _main_round(found, analysis, seed, [], for_false, reserved)
    states = [([], best)]
    for _ in range(LOOKAHEAD):
        states = [
            (forced + [q], _main_round(found, analysis, seed, forced + [q], for_false, reserved))
            for forced, pick in states
            for name, lost in pick.clashed.items()
            if name not in pick.types()
            for q in lost[:TRIED_PER_TYPE]
            if not for_false & set(q.claims)
            and fits(q, forced, {o.stem.casefold() for o in forced}, counts(forced), analysis)
        ]
        for _forced, pick in states:
            if pick.score() > best.score() and len(pick.questions) >= len(best.questions):
                best = pick
    return best


@dataclass
class _Pick:
    """One round's picks; the candidates over quota or clashing (``spare``), which may
    still fill a short set; the clashing ones by type."""

    questions: list[Question]
    spare: list[tuple[int, Question]]  # (round over quota, candidate), by type order
    clashed: dict[str, list[Question]]
    stems: set[str]
    per_claim: dict[tuple[int, int], int]  # questions on (how many claims, claim)

    def types(self) -> set[str]:
        return {q.type for q in self.questions}

    def score(self) -> tuple[int, int]:
        return len(self.types()), len(self.questions)


def _main_round(
    found: dict[str, list[Question]],
    analysis: Analysis,
    seed: int,
    forced: list[Question],
    for_false: AbstractSet[int],
    reserved: AbstractSet[int],
) -> _Pick:
    """Each type's candidates up to its quota, after the ``forced`` ones (which count
    towards their types' quotas), and none but a true/false on a claim ``for_false``.
    Deterministic: a fresh random stream for each round."""
    rng = random.Random(seed)
    types = all_types()  # in the order a learner meets them
    questions: list[Question] = list(forced)
    stems = {q.stem.casefold() for q in forced}
    per_claim = counts(forced)
    spare: list[tuple[int, Question]] = []
    clashed: dict[str, list[Question]] = {}
    # Until a status question has had its pick, the disputed and corroborated claims it may
    # ask about are kept out of other questions' choices and statements too; likewise the
    # claim of a true/false keyed False until true/false has had its pick.
    kept = set(reserved)
    for name, qtype in types.items():
        candidates = _apart_from(
            found.get(name), qtype, questions, analysis, seed, kept | for_false
        )
        if "status" in qtype.key_rests_on:
            kept = set()
        false_turn = for_false if name == TRUE_FALSE else frozenset()
        for_false = frozenset() if name == TRUE_FALSE else for_false
        if not candidates:
            continue
        taken = sum(q.type == name for q in forced)
        for q in _in_turn(candidates, qtype, rng):
            if (
                q.stem.casefold() in stems
                or validate_question(q)
                or not room(q, per_claim)
                or _kept_for_another(q, reserved, for_false, false_turn)
                or too_much_own_voice(q, questions, analysis)
            ):
                continue
            if not asked_first(q, analysis):
                # A statement a reader cannot place ("the contract has confused ...") is
                # what strict readers rejected most: only to make a set publishable.
                spare.append((max(0, taken - qtype.quota), q))
                continue
            if clashes(q, questions, analysis):
                # The next candidate instead: one that gives nothing away. This one may
                # still fill a set that would otherwise be too short to publish.
                spare.append((max(0, taken - qtype.quota), q))
                clashed.setdefault(name, []).append(q)
                continue
            if taken >= qtype.quota:
                spare.append((taken - qtype.quota, q))
                continue
            take(q, questions, stems, per_claim)
            taken += 1
    return _Pick(questions, spare, clashed, stems, per_claim)


def _in_turn(candidates: list[Question], qtype: QuestionType, rng: random.Random) -> list[Question]:
    """The best candidate always first; the rest at random, unless the type ranks them all."""
    first, rest = candidates[0], candidates[1:]
    if not qtype.ranked:
        rng.shuffle(rest)
    return [first, *rest]


def _apart_from(
    candidates: list[Question] | None,
    qtype: QuestionType,
    questions: list[Question],
    analysis: Analysis,
    seed: int,
    kept: set[int],
) -> list[Question] | None:
    """A type's candidates made again of claims the questions picked so far neither ask
    about nor show, nor are ``kept`` for a question still to be picked, for a type that
    gathers other claims (a sort's statements, the wrong choices of "what did X say?"):
    each statement serves one question of a set."""
    if not candidates or not (questions or kept):
        return candidates
    rng = random.Random(f"{seed}:{qtype.name}:apart")
    asked = used_claims(questions, analysis) | kept
    again = qtype.generate_apart(analysis, rng, asked)
    if again is None:
        return candidates
    # Made again, a candidate is checked again: other claims make other choices and words.
    return [q for q in again if _offerable(q, analysis)]


def _candidates(
    analysis: Analysis, types: dict[str, QuestionType], seed: int, strict: bool
) -> dict[str, list[Question]]:
    found = {}
    for name, qtype in types.items():
        if qtype.quota <= 0:
            continue
        # Each type gets its own stream, so adding a type never reshuffles the others.
        try:
            candidates = qtype.generate(analysis, random.Random(f"{seed}:{name}"))
            found[name] = [q for q in candidates if _offerable(q, analysis)]
            if "status" in qtype.key_rests_on:
                found[name] = news_first(found[name], analysis)
            found[name] = placed_first(found[name], analysis)
        except Exception:
            if strict:
                raise
            log.exception("question type %s failed on %s", name, analysis.article.path)
    return found


def _offerable(q: Question, analysis: Analysis) -> bool:
    """A candidate a set may take: its key checkable, and nothing the linter would flag
    (the set is what a teacher reads, and the linter's rules are the ones they would
    apply)."""
    return _checkable(q, analysis) and not question_problems(q, analysis)


def _checkable(q: Question, analysis: Analysis) -> bool:
    """A key that rests on who the source is only where the evidence shows who it is (not
    "he said" with no sentence near that names him)."""
    qtype = all_types()[q.type]
    return "source" not in qtype.key_rests_on or all(source_shown(analysis, i) for i in q.claims)


def _takes_one(q: Question, kept: AbstractSet[int]) -> bool:
    """A question on one claim ``kept`` for a question of another type."""
    return len(set(q.claims)) == 1 and q.claims[0] in kept


def _kept_for_another(
    q: Question,
    reserved: AbstractSet[int],
    for_false: AbstractSet[int],
    false_turn: AbstractSet[int],
) -> bool:
    """A question on a claim kept for a status question (``reserved``) or for the
    true/false keyed False (``for_false``, and on true/false's own turn, ``false_turn``:
    there the item keyed False takes it, not "According to the article, X said ...")."""
    return (
        _takes_a_status_claim(q, reserved)
        or _takes_one(q, for_false)
        or (_takes_one(q, false_turn) and not keyed_false(q))
    )


def _takes_a_status_claim(q: Question, kept: AbstractSet[int]) -> bool:
    """A question on one claim kept for a status question that judges nothing: "who said
    it", or a true/false "According to the article, X said ..." (its key is the source,
    not the status: the learner judges no statement of the discernment score)."""
    qtype = all_types()[q.type]
    if len(set(q.claims)) != 1 or q.claims[0] not in kept:
        return False
    if "status" in qtype.key_rests_on:
        return not qtype.judgements(q, q.answer)
    return not qtype.asks_about_source


def _apart(questions: list[Question], analysis: Analysis, seed: int) -> list[Question]:
    """A question gathering other claims (a sort's statements, the wrong choices of "what
    did X say?") that gives away or is given away by others of the set, made again of
    claims they neither ask about nor show, where the article has them (a question added
    to fill a short set may have taken one). It is kept as it was when it cannot do better
    (a sort is where the discernment measure gets its items)."""
    out = list(questions)
    for n, q in enumerate(out):
        others = out[:n] + out[n + 1 :]
        before = harm(q, others, analysis)
        if not before:
            continue
        rng = random.Random(f"{seed}:{q.type}:apart")
        again = all_types()[q.type].generate_apart(analysis, rng, used_claims(others, analysis))
        same = [
            a
            for a in again or []
            if a.stem == q.stem and not validate_question(a) and not question_problems(a, analysis)
        ]
        if same and harm(same[0], others, analysis) < before:
            out[n] = same[0]
    return out
