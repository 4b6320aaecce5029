"""A set's true/false items are not all keyed "True": an "According to the article, X said
..." item is made again with the other key where one key leads (set_status)."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.registry import get_type
from quizapp.core.questions.set_status import balanced_true_false
from tests.factories.claims import said_by

TEXT = (
    "Ferry Plans\n\n"
    "Mayor Mia Stone said that the ferry will carry more passengers to the island next year.\n\n"
    "Planner Tom Lee said that the council will paint the old lighthouse before the summer.\n"
)


def ferry_plans() -> Analysis:
    claims = [
        said_by(
            TEXT,
            "Mia Stone",
            "the ferry will carry more passengers to the island next year",
            written="Mayor Mia Stone",
        ),
        said_by(
            TEXT,
            "Tom Lee",
            "the council will paint the old lighthouse before the summer",
            written="Planner Tom Lee",
        ),
    ]
    return Analysis(Article(text=TEXT, body=[(TEXT.index("Mayor"), len(TEXT))]), claims)


def _attributions(analysis: Analysis, answer: int) -> list:
    kind = get_type("true_false")
    made = kind.generate(analysis, random.Random(0))
    return [kind.keyed(analysis, q, answer) for q in made if "According to" in q.stem]


def test_an_attribution_item_is_made_again_naming_the_wrong_source():
    analysis = ferry_plans()
    (true_one,) = [q for q in _attributions(analysis, 0) if q.claims == [0]]
    (false_one,) = [q for q in _attributions(analysis, 1) if q.claims == [0]]
    assert true_one.answer == 0 and "Mia Stone said" in true_one.stem
    assert false_one.answer == 1 and "Tom Lee said" in false_one.stem


def test_a_set_with_two_true_attributions_gets_one_made_again_false():
    analysis = ferry_plans()
    trues = _attributions(analysis, 0)
    assert [q.answer for q in trues] == [0, 0]
    balanced = balanced_true_false(trues, analysis)
    assert sorted(q.answer for q in balanced) == [0, 1]


def test_a_set_whose_keys_differ_by_one_is_left_as_it_is():
    analysis = ferry_plans()
    one = _attributions(analysis, 0)[:1]
    assert balanced_true_false(one + _attributions(analysis, 1)[1:], analysis)[0] is one[0]
