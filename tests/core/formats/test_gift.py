"""GIFT import and export: lossless for quizapp, tolerant of what it cannot hold."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.formats.gift import dump_gift, load_gift
from quizapp.core.formats.question_set import QuestionFileError
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import validate_question

from .strategies import questions

MOODLE = """\
// A file written in Moodle, not by quizapp.
$CATEGORY: $course$/Media literacy

::Q1:: Who estimated the losses? {
=The think tank # right
~The ministry # wrong
~The spokesperson
}

::Q2:: The article confirms the figure. {F####It only reports it.}

::Q3:: Describe the article in your own words. {}

::Q4:: How many sources does the article name? {#4:1}

::Q5:: Name the cue word. {=estimated =estimate}

::Q6:: Match each statement. {
=The estimate -> disputed
=The recruitment figure -> attributed
=The event -> unattributed
}

Just some text with no answers.

::Q7:: Escaped \\{braces\\}, \\=equals\\= and a colon\\: kept. {=yes ~no}
"""


def test_import_moodle_file():
    result = load_gift(MOODLE)
    kinds = [q.type for q in result.questions]
    assert kinds == ["multiple_choice", "true_false", "sort_statements", "multiple_choice"]
    mc = result.questions[0]
    assert mc.stem == "Who estimated the losses?"
    assert mc.choices == ["The think tank", "The ministry", "The spokesperson"]
    assert mc.answer == 0
    tf = result.questions[1]
    assert tf.answer == 1 and tf.explanation == "It only reports it."
    match = result.questions[2]
    assert match.data["statements"] == ["The estimate", "The recruitment figure", "The event"]
    assert match.answer == ["disputed", "attributed", "unattributed"]
    assert result.questions[3].stem == "Escaped {braces}, =equals= and a colon: kept."
    assert result.skipped == [
        (12, "essay"),
        (14, "numerical"),
        (16, "short answer"),
        (24, "description"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("::Q1:: Stem {=a ~b\n\n::Q2:: Next {=c ~d}\n", 1, "never closed"),
        ("\n\n::Q1:: Stem {~a ~b}\n", 3, "exactly one right answer"),
        ("::Q1:: Stem {=a ~b}\n\n::Q2:: x }\n", 3, "no '{'"),
        ("::Q1:: Stem\n{=a\n~b {x}\n}\n", 3, "inside an answer block"),
        ("::Q1:: Stem {=a -> b\n=c}\n", 1, "matching"),
        ("// quizapp: {not json\n::Q1:: Stem {=a ~b}\n", 1, "quizapp comment"),
    ],
)
def test_malformed_gift_raises_with_line(text, line, words):
    with pytest.raises(QuestionFileError) as info:
        load_gift(text, file="bad.gift")
    assert info.value.file == "bad.gift"
    assert info.value.line == line
    assert words in info.value.message


def test_export_sort_says_nearest_form():
    q = Question(
        type="sort_statements",
        stem="Label each statement.",
        choices=["attributed", "corroborated", "disputed", "unattributed"],
        answer=["disputed", "attributed"],
        skills=["attribution", "verification"],
        explanation="Only corroborated counts as verified.",
        data={"statements": ["Losses amount to 1.2 million.", "417,000 signed contracts."]},
    )
    text = dump_gift([q])
    assert "// quizapp: sort_statements exported as GIFT matching, its nearest form" in text
    assert "=Losses amount to 1.2 million. -> disputed" in text
    assert "####Only corroborated counts as verified." in text
    assert load_gift(text).questions == [q]


def test_seed_questions_round_trip(seed_questions):
    text = dump_gift(seed_questions, title="Kremlin losses")
    result = load_gift(text)
    assert result.skipped == []
    assert result.questions == seed_questions


@pytest.fixture
def seed_questions():
    import json
    from pathlib import Path

    from quizapp.core.claims import Analysis
    from quizapp.core.questions.generate import generate_questions

    path = Path(__file__).parents[1] / "questions" / "fixtures" / "seed_analysis.json"
    return generate_questions(Analysis.from_json(json.loads(path.read_text("utf-8"))))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(questions(), min_size=1, max_size=5))
def test_round_trip(qs):
    result = load_gift(dump_gift(qs))
    assert result.skipped == []
    assert result.questions == qs


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(questions(), min_size=1, max_size=4), st.data())
def test_corruption_is_all_or_nothing(qs, data):
    text = dump_gift(qs)
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, min(len(text), i + 12)))
    junk = data.draw(st.text(st.sampled_from(list("{}=~#:\\->\n /TF")), max_size=6))
    try:
        result = load_gift(text[:i] + junk + text[j:])
    except QuestionFileError as err:
        assert err.line >= 1
        return
    for q in result.questions:
        assert validate_question(q) == []
