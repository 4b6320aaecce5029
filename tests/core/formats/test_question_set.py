"""YAML question-set files: round trip, errors with line and column, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.formats.question_set import (
    QuestionFileError,
    QuestionSet,
    load_question_set,
)
from quizapp.core.formats.question_set_dump import dump_question_set, save_question_set
from quizapp.core.questions.registry import validate_question

from .strategies import question_sets

REPO = Path(__file__).resolve().parents[3]
BUNDLE = REPO / "questions"  # sets/ name their articles in ../articles/

VALID = """\
title: Budget vote
description: Who said what about the school budget.
article:
  title: Harbor City Council Approves Budget
  date: 2026-03-04
  text: |
    Mayor Ana Ruiz said that the budget adds 40 new teachers.
    The Institute for Fiscal Studies estimated spending at 15 million dollars.
settings:
  shuffle: true
questions:
  - type: who_said
    stem: Who said that the budget adds 40 new teachers?
    choices: [Ana Ruiz, Institute for Fiscal Studies, Tom Lee]
    answer: Ana Ruiz
    skills: [attribution]
    explanation: The article attributes it to Ana Ruiz; it does not check it.
    evidence: Mayor Ana Ruiz said that the budget adds 40 new teachers.
  - type: true_false
    stem: The article confirms that spending was 15 million dollars.
    choices: ["True", "False"]
    answer: 1
    skills: [verification]
    explanation: It is an estimate the article reports, not one it confirms.
  - type: sort_statements
    stem: Label each statement.
    choices: [attributed, corroborated, disputed, unattributed]
    answer: [attributed, attributed]
    data:
      statements:
        - The budget adds 40 new teachers.
        - Spending was 15 million dollars.
"""


def test_load_valid():
    qs = load_question_set(VALID)
    assert qs.title == "Budget vote"
    assert qs.article.date == "2026-03-04"  # a YAML date stays text
    assert qs.settings == {"shuffle": True}
    assert [q.type for q in qs.questions] == ["who_said", "true_false", "sort_statements"]
    assert qs.questions[0].answer == 0  # the answer given as the right choice's text
    assert qs.questions[2].skills == ["attribution", "verification"]  # the type's default
    assert load_question_set(dump_question_set(qs)) == qs


def where(text: str) -> QuestionFileError:
    with pytest.raises(QuestionFileError) as info:
        load_question_set(text)
    return info.value


def test_syntax_error_has_line_and_column():
    err = where(VALID.replace("choices: [Ana Ruiz,", "choices: [Ana Ruiz,,]: ["))
    assert (err.line, err.column) == (14, 24)
    assert err.file == "<question set>"
    assert "YAML syntax" in err.message
    assert str(err).startswith("<question set>:14:24: ")


def test_missing_field_points_at_the_question():
    err = where(VALID.replace("    stem: The article confirms", "    stet: The article confirms"))
    assert (err.line, err.column) == (20, 5)
    assert "stet" in err.message
    err = where(VALID.replace("    answer: 1\n", ""))
    assert (err.line, err.column) == (19, 5)
    assert "missing field 'answer'" in err.message


def test_bad_answer_index_points_at_the_answer():
    err = where(VALID.replace("    answer: 1\n", "    answer: 7\n"))
    assert (err.line, err.column) == (22, 13)
    assert err.message.startswith("answer:")
    err = where(VALID.replace("    answer: Ana Ruiz", "    answer: Ana Rui"))
    assert (err.line, err.column) == (15, 13)
    assert "'Ana Rui' is not one of the choices" in err.message


def test_unknown_type_points_at_the_type():
    err = where(VALID.replace("type: true_false", "type: essay"))
    assert (err.line, err.column) == (19, 11)
    assert "unknown question type 'essay'" in err.message


def test_evidence_must_be_verbatim():
    err = where(VALID.replace("evidence: Mayor Ana Ruiz said", "evidence: Mayor Ruiz said"))
    assert err.line == 18 and "word for word" in err.message


def test_duplicate_choices_and_bad_skill():
    err = where(
        VALID.replace("[Ana Ruiz, Institute for Fiscal Studies, Tom Lee]", "[Ana Ruiz, ana ruiz]")
    )
    assert err.line == 14 and "same" in err.message
    err = where(VALID.replace("skills: [attribution]", "skills: [reading]"))
    assert err.line == 16 and err.message.startswith("skills:")


def test_file_errors_name_the_file(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("title: x\nquestions: [\n", encoding="utf-8")
    with pytest.raises(QuestionFileError) as info:
        load_question_set(path)
    assert info.value.file == str(path)
    assert info.value.line >= 2


def test_article_path_relative_to_the_file(tmp_path):
    article = tmp_path / "articles" / "a.txt"
    article.parent.mkdir()
    article.write_text("Mayor Ana Ruiz said that the budget adds 40 new teachers.\n", "utf-8")
    sets = tmp_path / "sets"
    sets.mkdir()
    text = (
        VALID.split("article:")[0]
        + "article: ../articles/a.txt\nquestions:"
        + (VALID.split("questions:")[1].split("  - type: true_false")[0])
    )
    (sets / "s.yaml").write_text(text, "utf-8")
    qs = load_question_set(sets / "s.yaml", article_root=tmp_path)
    assert qs.article.text.startswith("Mayor Ana Ruiz")
    assert qs.source_path == str(sets / "s.yaml")
    assert "article: ../articles/a.txt" in dump_question_set(qs)
    save_question_set(qs, tmp_path / "copy.yaml")  # elsewhere: the path follows
    assert "article: articles/a.txt" in (tmp_path / "copy.yaml").read_text("utf-8")
    assert load_question_set(tmp_path / "copy.yaml") == qs
    missing = text.replace("../articles/a.txt", "../articles/none.txt")
    err = where_path(sets, missing)
    assert err.line == 3 and "cannot read" in err.message


def where_path(directory: Path, text: str) -> QuestionFileError:
    path = directory / "t.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(QuestionFileError) as info:
        load_question_set(path, article_root=directory.parent)
    return info.value


def test_bundled_sets_load():
    for path in sorted((REPO / "questions" / "sets").glob("*.yaml")):
        qs = load_question_set(path, article_root=BUNDLE)
        assert qs.questions, path
        text = dump_question_set(qs)
        assert load_question_set(text, base_dir=path.parent, article_root=BUNDLE) == qs


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question_sets())
def test_round_trip(qs: QuestionSet):
    assert load_question_set(dump_question_set(qs)) == qs


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question_sets(), st.data())
def test_corruption_is_all_or_nothing(qs: QuestionSet, data):
    text = dump_question_set(qs)
    corrupted = corrupt(text, data)
    try:
        loaded = load_question_set(corrupted)
    except QuestionFileError as err:
        assert err.line >= 1 and err.column >= 1
        return
    assert isinstance(loaded, QuestionSet) and loaded.questions
    for q in loaded.questions:
        assert validate_question(q) == []


def corrupt(text: str, data) -> str:
    how = data.draw(st.sampled_from(["delete", "insert", "duplicate", "swap", "replace"]))
    lines = text.split("\n")
    if how == "duplicate":
        i = data.draw(st.integers(0, len(lines) - 1))
        lines.insert(i, lines[i])
        return "\n".join(lines)
    if how == "swap":
        i = data.draw(st.integers(0, len(lines) - 1))
        j = data.draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
        return "\n".join(lines)
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, min(len(text), i + 20)))
    junk = data.draw(st.text(st.sampled_from(list(":-[]{}'\"#&*!|> \n\tab1")), max_size=8))
    if how == "delete":
        return text[:i] + text[j:]
    if how == "insert":
        return text[:i] + junk + text[i:]
    return text[:i] + junk + text[j:]


SEED_SET = REPO / "questions" / "sets" / "kremlin-losses.yaml"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_corrupting_the_seed_set_is_all_or_nothing(data):
    text = SEED_SET.read_text("utf-8")
    try:
        loaded = load_question_set(
            corrupt(text, data), base_dir=SEED_SET.parent, article_root=BUNDLE
        )
    except QuestionFileError as err:
        assert err.line >= 1 and err.column >= 1
        return
    assert loaded.questions
    for q in loaded.questions:
        assert validate_question(q) == []
        if loaded.article is not None:  # a set may come without its article
            for line in q.evidence.split("\n") if q.evidence else []:
                assert line in loaded.article.text
