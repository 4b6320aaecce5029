"""How generate puts a set together from the types' candidates."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.review import placed
from quizapp.core.questions.set_fill import MIN_PUBLISHED, asked_first, fill_up, measurable
from quizapp.core.questions.set_mix import same_lesson
from quizapp.core.questions.suitability import statement_kinds
from tests.factories.claims import own_voice


def _status_candidates(analysis):
    return get_type("claim_status").generate(analysis, random.Random(0))


def test_a_set_short_of_a_kind_takes_status_questions_of_that_kind_until_it_has_two(town):
    verdicts = get_type("true_false").generate(town, random.Random(0))
    spare = [(0, q) for q in [*_status_candidates(town), *verdicts]]
    who = get_type("who_said").generate(town, random.Random(0))[:1]
    out = measurable(who, spare, {q.stem.casefold() for q in who}, {}, town)
    # The town article stands behind one statement only; of those it reports, two are enough.
    assert statement_kinds(out) == (1, 2)
    assert out[0] is who[0]
    # A second status question keyed "attributed" would repeat a lesson: a true/false
    # keyed False measures the same kind.
    assert not any(same_lesson(a, b) for n, a in enumerate(out) for b in out[n + 1 :])


def test_a_set_short_of_a_kind_repeats_no_lesson_to_measure_it(town):
    spare = [(0, q) for q in _status_candidates(town)]
    who = get_type("who_said").generate(town, random.Random(0))[:1]
    out = measurable(who, spare, {q.stem.casefold() for q in who}, {}, town)
    # Status questions only: one keyed "attributed", and no second.
    assert statement_kinds(out) == (1, 1)


def test_a_set_takes_no_more_statements_of_a_kind_it_has_enough_of(town):
    candidates = _status_candidates(town)
    taken = measurable([], [(0, q) for q in candidates], set(), {}, town)
    again = measurable(taken, [(0, q) for q in candidates if q not in taken], set(), {}, town)
    assert again == taken


def test_a_candidate_the_linter_flags_never_enters_the_set(town, monkeypatch):
    from quizapp.core.questions import generate

    assert any(q.type == "who_said" for q in generate.generate_questions(town))
    flag_who_said = lambda q, analysis: ["stem: flagged"] if q.type == "who_said" else []  # noqa: E731
    monkeypatch.setattr(generate, "question_problems", flag_who_said)
    assert not any(q.type == "who_said" for q in generate.generate_questions(town))


def _asked(claim: int, stem: str) -> Question:
    return Question(type="source_type", stem=stem, choices=["a", "b"], answer=0, claims=[claim])


def _short_set(size: int) -> list[Question]:
    return [_asked(99 + n, f"Placed question number {n} about the harbor?") for n in range(size)]


UNPLACED = "Who said that the contract has confused the workers?"


def test_a_statement_a_reader_cannot_place_does_not_lengthen_a_publishable_set(town):
    assert not placed(_asked(1, UNPLACED), town)
    questions = _short_set(MIN_PUBLISHED)
    out = fill_up(questions, [(0, _asked(1, UNPLACED))], set(), {}, town)
    assert len(out) == MIN_PUBLISHED


def test_a_statement_a_reader_cannot_place_fills_a_set_short_of_publishable(town):
    questions = _short_set(MIN_PUBLISHED - 1)
    out = fill_up(questions, [(0, _asked(1, UNPLACED))], set(), {}, town)
    assert len(out) == MIN_PUBLISHED


def test_the_claim_kept_for_a_false_statement_goes_to_that_statement_not_to_whose_words():
    from quizapp.core.questions.generate import _main_round
    from quizapp.core.questions.set_mix import keyed_false
    from tests.core.questions.test_set_mix import library_vote

    analysis = library_vote()
    on_diaz = [
        q for q in get_type("true_false").generate(analysis, random.Random(0)) if q.claims == [4]
    ]
    # "According to the article, Omar Diaz said ..." first, as a type may rank it.
    on_diaz.sort(key=keyed_false)
    pick = _main_round({"true_false": on_diaz}, analysis, 0, [], frozenset({4}), frozenset())
    (picked,) = pick.questions
    assert keyed_false(picked)


# A definition in the outlet's own voice: background, which strict readers delete as trivia.
DEFINITION = (
    "Harbor Fever Rising\n\n"
    "Harbor fever is where a person's cough lasts for more than 12 weeks.\n\n"
    "Cases of harbor fever rose by a third in the port district this year.\n"
)


def _own_voice_items() -> tuple[Analysis, Question, Question]:
    article = Article(text=DEFINITION, body=[(21, len(DEFINITION))])
    sentences = DEFINITION.split("\n\n")[1:]
    claims = [own_voice(DEFINITION, s.strip().rstrip("."), s.strip()) for s in sentences]
    analysis = Analysis(article, claims)
    items = get_type("true_false").generate(analysis, random.Random(0))
    (definition,) = [q for q in items if q.claims == [0]]
    (news,) = [q for q in items if q.claims == [1]]
    return analysis, definition, news


def test_a_background_statement_is_not_asked_on_its_merits():
    analysis, definition, news = _own_voice_items()
    assert not asked_first(definition, analysis)
    assert asked_first(news, analysis)


def test_a_background_statement_is_not_added_for_a_measure_the_set_cannot_reach():
    # Nothing the article only reports: the measure stays short whatever is added.
    analysis, definition, news = _own_voice_items()
    out = measurable([news], [(0, definition)], {news.stem.casefold()}, {}, analysis)
    assert out == [news]


def test_a_claim_kept_for_a_status_question_goes_to_a_judged_one_not_to_whose_words():
    from quizapp.core.questions.generate import _main_round
    from tests.core.questions.test_set_mix import library_vote

    analysis = library_vote()
    on_diaz = [
        q for q in get_type("true_false").generate(analysis, random.Random(0)) if q.claims == [4]
    ]
    # "According to the article, Omar Diaz said ...", which judges no statement, first.
    on_diaz.sort(key=lambda q: q.data.get("asks") == "verified")
    pick = _main_round({"true_false": on_diaz}, analysis, 0, [], frozenset(), frozenset({4}))
    (picked,) = pick.questions
    assert picked.data.get("asks") == "verified"


def test_a_candidate_made_again_apart_from_the_set_is_linted_again(town, monkeypatch):
    # Made of other claims, a "what did X say?" has other choices: the linter must see them.
    from quizapp.core.questions import generate

    what_said = get_type("what_said")
    candidates = what_said.generate(town, random.Random(0))
    assert candidates
    picked = get_type("who_said").generate(town, random.Random(0))[:1]
    monkeypatch.setattr(
        generate,
        "question_problems",
        lambda q, analysis: ["flagged"] if q.type == "what_said" else [],
    )
    again = generate._apart_from(candidates, what_said, picked, town, 0, set())
    assert again == []


HARBOR_TEXT = (
    "Harbor Works\n\n"
    "The crossing to the island takes forty minutes in calm weather.\n\n"
    "The pier reopened on Monday after a week of repairs to its deck.\n\n"
    "Mayor Mia Stone said that the night ferry carried ninety passengers on its first weekend.\n\n"
    "Planner Tom Lee said that the council will paint the old lighthouse before the summer.\n\n"
    "\u201cThe children had a wonderful time on the boats,\u201d Teacher Ben Ray said.\n"
)


def _harbor() -> Analysis:
    from tests.factories.claims import said_by

    t = HARBOR_TEXT
    claims = [
        own_voice(t, "The crossing to the island takes forty minutes in calm weather."),
        own_voice(t, "The pier reopened on Monday after a week of repairs to its deck."),
        said_by(t, "Mia Stone", "the night ferry carried ninety passengers on its first weekend"),
        said_by(t, "Tom Lee", "the council will paint the old lighthouse before the summer"),
        said_by(t, "Ben Ray", "The children had a wonderful time on the boats", "involved"),
    ]
    return Analysis(Article(text=t, body=[(t.index("The crossing"), len(t))]), claims)


def _one(analysis, name, claim, asks=None):
    return next(
        q
        for q in get_type(name).generate(analysis, random.Random(0))
        if q.claims == [claim] and q.data.get("asks") == asks
    )


def test_a_set_one_statement_short_lets_it_take_the_place_of_who_said_it_on_its_claim():
    # Two statements the article stands behind, one it only reports; the true/false on
    # Stone's words (keyed False) would be the second, but "who said it" is on her claim.
    analysis = _harbor()
    who_stone = _one(analysis, "who_said", 2)
    out = [
        _one(analysis, "true_false", 1, "verified"),
        _one(analysis, "claim_status", 0),
        _one(analysis, "claim_status", 3),
        who_stone,
        _one(analysis, "who_said", 4),
    ]
    verdict = _one(analysis, "true_false", 2, "verified")
    assert statement_kinds(out) == (2, 1)
    taken = measurable(out, [(0, verdict)], {q.stem.casefold() for q in out}, {}, analysis)
    assert statement_kinds(taken) == (2, 2)
    assert verdict in taken and who_stone not in taken
    assert len(taken) == len(out) >= MIN_PUBLISHED


def test_a_question_judging_a_statement_never_gives_way_to_measure_another():
    analysis = _harbor()
    status_on_stone = _one(analysis, "claim_status", 2)
    verdict = _one(analysis, "true_false", 2, "verified")
    # The status question on Stone's words already judges a statement: it stays.
    out = [
        _one(analysis, "true_false", 1, "verified"),
        _one(analysis, "claim_status", 0),
        status_on_stone,
        _one(analysis, "who_said", 3),
        _one(analysis, "who_said", 4),
    ]
    stems = {q.stem.casefold() for q in out}
    assert measurable(out, [(0, verdict)], set(stems), {}, analysis) == measurable(
        out, [], set(stems), {}, analysis
    )
