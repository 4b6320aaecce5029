"""``quizapp generate``: the readable listing, and plain messages instead of a quiz."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.cli import main
from quizapp.core.questions import suitability
from tests.factories.rule_extractor import extract_claims

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "questions" / "articles" / "kremlin-losses-2026-01-28.txt"


@pytest.fixture
def rule_extractor(monkeypatch):
    import quizapp.core.analysis as analysis

    monkeypatch.setattr(analysis, "_default_extractor", lambda: extract_claims)


def run(*args: str):
    return CliRunner().invoke(main, ["generate", *args])


@pytest.mark.slow
def test_without_json_prints_stem_choices_key_and_evidence(rule_extractor):
    result = run(str(SEED))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"{SEED}: Kremlin Dismisses")
    assert "1. [" in out and "?" in out
    assert "   * a) " in out or "   * b) " in out  # the key is marked
    assert "evidence: " in out
    assert "claims (confidence): #" in out
    assert not out.lstrip().startswith("{")


@pytest.mark.slow
def test_text_that_is_not_news_gets_a_message_not_a_quiz(rule_extractor, tmp_path):
    path = tmp_path / "garden.txt"
    path.write_text(
        "How to Grow Tomatoes\n\nPlant the seedlings in May, in full sun. Water them twice a"
        " week. Pick the fruit when it is red.\n",
        encoding="utf-8",
    )
    result = run("--json", str(path))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["questions"] == []
    assert "does not read like a news report" in doc["message"]
    assert "does not read like a news report" in result.stderr


def test_over_long_text_gets_a_message_before_analysis(tmp_path, monkeypatch):
    import quizapp.core.analysis as analysis

    def no_analysis(*args, **kwargs):
        raise AssertionError("an over-long text must not be analysed")

    monkeypatch.setattr(analysis, "analyze", no_analysis)
    monkeypatch.setattr(suitability, "MAX_QUIZ_WORDS", 50)
    path = tmp_path / "long.txt"
    path.write_text("Headline\n\n" + "The council met again today. " * 20, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 2
    assert "quizzes are made from articles of up to 50 words" in result.stderr
    assert result.stdout == ""


def test_unreadable_input_gets_one_line(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"quizapp generate: {path}: the file is empty"


@pytest.mark.slow
def test_too_few_sure_questions_get_a_message_not_a_quiz(rule_extractor, monkeypatch):
    monkeypatch.setattr(suitability, "MIN_QUESTIONS", 100)
    result = run("--json", str(SEED))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["questions"] == []
    assert "a quiz needs at least 100" in doc["message"]
    assert "a quiz needs at least 100" in result.stderr


def test_the_listing_never_breaks_a_line_after_a_hyphen():
    from quizapp.cli.question_sets import render_questions
    from quizapp.core.claims import Analysis, Article
    from quizapp.core.questions.base import Question

    # "short-term" straddles the 96th column of the listing's line: broken at its hyphen,
    # a reader who copies the stem gets "short- term".
    stem = "Who said that the harbor board and the town council will look again at the "
    stem += "short-term plan for the ferry?"
    question = Question(
        type="who_said",
        stem=stem,
        choices=["Ana Ruiz", "Tom Lee"],
        answer=0,
        evidence="Ana Ruiz said so.",
    )
    analysis = Analysis(article=Article(text="Ana Ruiz said so.", path="a.txt"))
    out = render_questions(analysis, [question])
    assert "short-term" in out
    assert not any(line.rstrip().endswith("-") for line in out.splitlines())
