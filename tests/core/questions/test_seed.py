"""The seed article (hand-written analysis fixture): a set a teacher could hand out."""

from __future__ import annotations

import random
import re

from quizapp.core.claims import SKILLS, Analysis
from quizapp.core.questions.base import Question
from quizapp.core.questions.generate import generate_questions
from quizapp.core.questions.registry import all_types, get_type, validate_question
from quizapp.core.questions.set_mix import reuse
from quizapp.core.questions.stem_sources import tidy_sources

BOILERPLATE = ("Photo", "creativecommons", "Svetlana", "World Russia Society")


def test_seed_set_shape(seed):
    questions = generate_questions(seed)
    # 6 (main had 11): each of the article's eleven statements is asked about, offered as a
    # wrong choice or shown in evidence by one question only (set_mix.py), and the
    # comparison of the loss estimate with the official figures shows five of them; it,
    # the authority question (whose sentence the disputed estimate's status question
    # shows) and a sort of statements already asked stay out.
    assert len(questions) >= 6
    assert reuse(questions, seed) == (0, 0)
    assert len({q.type for q in questions}) >= 5
    assert {s for q in questions for s in q.skills} == set(SKILLS)
    stems = [q.stem for q in questions]
    assert len(set(stems)) == len(stems)
    for q in questions:
        assert validate_question(q) == [], q.stem
        assert len(set(q.choices)) == len(q.choices), q.stem
        assert q.explanation and q.evidence and q.claims
        for line in q.evidence.split("\n"):
            assert line in seed.article.text, line
        for start, end in q.evidence_spans:
            assert seed.article.text[start:end] in q.evidence
        text = repr(q.to_json())
        for word in BOILERPLATE:
            assert word not in text, (word, q.stem)


def _candidates(seed: Analysis, name: str) -> list[Question]:
    """A type's candidates on the seed, its sources named as a set names them."""
    return get_type(name).generate(tidy_sources(seed), random.Random(0))


def test_seed_lessons(seed):
    # Lessons the seed article offers, as their types make them; a set holds those whose
    # statements no other question of it asks about (test_seed_set_shape).
    stems = {q.stem: q for name in all_types() for q in _candidates(seed, name)}
    questions = list(stems.values())
    # The set asks for the status of the estimate the Kremlin dismisses: disputed.
    assert any(
        q.type == "claim_status" and q.data["statuses"][q.answer] == "disputed"
        for q in generate_questions(seed)
    )
    authority = stems[
        "Which institution does Kremlin spokesperson Dmitry Peskov call the only authorized"
        " source on casualties and losses?"
    ]
    assert authority.choices[authority.answer] == "The Russian Ministry of Defense"
    # No other name for the same ministry may sit among the distractors.
    assert not any("Defense" in c for i, c in enumerate(authority.choices) if i != authority.answer)

    estimate = stems[
        "How does the independent estimate of 1.2 million killed and wounded differ from the"
        " official data in the article?"
    ]
    assert estimate.choices[estimate.answer] == (
        "The article gives no official figure for killed and wounded: the official figures it"
        " reports count other things"
    )
    assert "Ministry of Defense" in estimate.explanation

    recruitment = [q for q in questions if "417,000" in q.stem and q.type == "conflicting_figures"]
    assert recruitment[0].stem == (
        "Dmitry Medvedev, December 24: \u201capproximately 417,000 people in Russia had signed"
        " contracts for military service in 2025\u201d. Andrei Belousov, December 17: \u201cnearly"
        " 410,000 Russians voluntarily entered contract military service\u201d. How do these two"
        " official figures differ?"
    )
    recruitment = recruitment[0]
    assert recruitment.choices[recruitment.answer] == (
        "They are close but not equal, come from different officials, were given on different"
        " dates, and the article does not say which is right"
    )
    # The loss estimate is never set against a recruitment figure in a stem.
    for q in questions:
        if "1.2 million" in q.stem:
            assert not re.search(r"417,000|410,000|36,000", q.stem)


def test_figures_quoted_as_written(seed):
    for q in _candidates(seed, "conflicting_figures"):
        if q.type == "conflicting_figures":
            for figure in q.data["figures"]:
                assert figure in seed.article.text


def test_deterministic_and_seeded(seed):
    a = [q.to_json() for q in generate_questions(seed, seed=3)]
    b = [q.to_json() for q in generate_questions(seed, seed=3)]
    assert a == b
    positions = {
        q.answer for s in range(6) for q in generate_questions(seed, seed=s) if q.type == "who_said"
    }
    assert len(positions) > 1, "the right answer's position varies with the seed"


def test_render_never_leaks(seed):
    for q in generate_questions(seed):
        shown = get_type(q.type).render(q)
        text = repr(shown)
        assert q.explanation not in text
        for line in q.evidence.split("\n"):
            assert line not in text
        assert "answer" not in shown
        for key in ("statuses", "asks", "figures"):
            assert key not in shown
        if q.type != "sort_statements":
            # The key of a choice question is its index: the rendered choices are in the
            # stored order and nothing marks which one is right.
            assert shown["choices"] == q.choices


def test_bundled_seed_set():
    """The reviewed set shipped in questions/sets: what a class gets."""
    from pathlib import Path

    from quizapp.core.formats.question_set import load_question_set

    repo = Path(__file__).resolve().parents[3]
    bundle = repo / "questions"
    qs = load_question_set(bundle / "sets" / "kremlin-losses.yaml", article_root=bundle)
    questions = qs.questions
    assert len(questions) >= 12
    generated_types = {n for n, t in all_types().items() if t.quota > 0}
    assert {q.type for q in questions} == generated_types
    assert {s for q in questions for s in q.skills} == set(SKILLS)
    stems = [q.stem for q in questions]
    assert len(set(stems)) == len(stems)
    for q in questions:
        assert validate_question(q) == [], q.stem
        assert q.explanation and q.evidence
        for line in q.evidence.split("\n"):
            assert line in qs.article.text
        for word in BOILERPLATE:
            assert word not in repr(q.to_json()), (word, q.stem)
    stems_text = " ".join(stems)
    assert "call the only authorized source" in stems_text
    assert (
        "How does the independent estimate of 1.2 million killed and wounded differ" in stems_text
    )


def test_no_question_from_the_headline(seed):
    headline = seed.claims[-1]
    assert headline.status == "unattributed" and headline.content == seed.article.title
    for q in generate_questions(seed):
        assert len(seed.claims) - 1 not in q.claims
        assert "Kremlin Dismisses" not in q.stem
