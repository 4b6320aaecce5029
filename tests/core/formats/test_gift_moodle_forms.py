"""A GIFT file in every form the Moodle documentation lists (gift/moodle-doc-forms.gift):
what quizapp can ask is imported, each other item is skipped with its line and kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.core.formats.gift import load_gift, plain

FILE = Path(__file__).parent / "gift" / "moodle-doc-forms.gift"
LINES = FILE.read_text(encoding="utf-8").split("\n")


def line_of(marker: str) -> int:
    """The 1-based line where ``marker`` (a question's name, or text) first appears."""
    return next(n for n, line in enumerate(LINES, 1) if marker in line)


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return load_gift(FILE)


def by_stem(result, start: str):  # type: ignore[no-untyped-def]
    return next(q for q in result.questions if q.stem.startswith(start))


def test_every_item_is_imported_or_noted_once(result) -> None:  # type: ignore[no-untyped-def]
    items = sum(1 for line in LINES if line.startswith("::")) + 1  # + the description
    assert len(result.questions) + len(result.skipped) == items
    assert len(result.questions) == 11


def test_skipped_items_name_their_line_and_kind(result) -> None:  # type: ignore[no-untyped-def]
    assert result.skipped == [
        (line_of("::Short answer::"), "short answer"),
        (line_of("::Short answer weighted::"), "short answer"),
        (line_of("::Numerical tolerance::"), "numerical"),
        (line_of("::Numerical range::"), "numerical"),
        (line_of("::Numerical several::"), "numerical"),
        (line_of("::Essay::"), "essay"),
        (line_of("This is a description"), "description"),
        (line_of("::Weights multiple answers::"), "multiple answers with weights"),
        (line_of("::Weights partial::"), "partial-credit weights"),
    ]


def test_matching_with_a_distractor_keeps_it_as_a_label(result) -> None:  # type: ignore[no-untyped-def]
    q = by_stem(result, "Which animal eats which food?")
    assert q.type == "sort_statements"
    assert q.data["statements"] == ["cat", "dog"]
    assert q.answer == ["cat food", "dog food"]
    assert q.choices == ["cat food", "dog food", "Chat"]


def test_matching_pairs_are_trimmed(result) -> None:  # type: ignore[no-untyped-def]
    q = by_stem(result, "Match the following countries")
    assert q.data["statements"] == ["Canada", "Italy", "Japan", "India"]
    assert q.answer == ["Ottawa", "Rome", "Tokyo", "New Delhi"]


def test_missing_word_and_answer_feedback(result) -> None:  # type: ignore[no-untyped-def]
    q = by_stem(result, "Grant is _____ in Grant's tomb.")
    assert q.choices == ["buried", "entombed", "living"] and q.answer == 1
    assert by_stem(result, "Moodle costs _____ to download.").answer == 1


def test_true_false_in_both_spellings_with_feedback(result) -> None:  # type: ignore[no-untyped-def]
    assert by_stem(result, "Grant is buried").answer == 1  # {F}
    sun = by_stem(result, "The sun rises")
    assert sun.answer == 0 and sun.explanation == "The sun rises in the east."


def test_escapes_are_undone(result) -> None:  # type: ignore[no-untyped-def]
    q = by_stem(result, "Which sign shows a key: value pair in {braces}?")
    assert q.choices == ["a colon :", "an equals sign =", "a tilde ~", "a hash #"]


def test_format_prefixes_are_stripped_from_stem_answers_and_feedback(result) -> None:  # type: ignore[no-untyped-def]
    q = by_stem(result, "Which source is independent")
    assert q.stem == "Which source is independent of the council?"
    assert q.choices == [
        "the audit office",
        "the mayor",
        "the councillor",
        "the council's press office",
    ]
    assert q.explanation == "An auditor answers to no one in the council."
    assert by_stem(result, "Is **this** a claim").choices == ["a claim", "a fact"]
    assert not any("[" in c for q in result.questions for c in q.choices)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("[plain]blue", "blue"),
        ("  [HTML]<b>x</b> &amp; y", "x & y"),
        ("[moodle]a \\= b", "a = b"),
        ("[markdown]*kept*", "*kept*"),
        ("no prefix [html]", "no prefix [html]"),
    ],
)
def test_plain(raw: str, text: str) -> None:
    assert plain(raw) == text


def test_categories_names_and_comments_are_not_questions(result) -> None:  # type: ignore[no-untyped-def]
    assert not any("CATEGORY" in q.stem or q.stem.startswith("//") for q in result.questions)
    assert not any(q.stem.startswith("::") for q in result.questions)
