"""``quizapp analyze``: JSON schema, JSON Lines, the table, and bad input (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp.cli import main
from tests.factories.rule_extractor import extract_claims

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "questions" / "articles" / "kremlin-losses-2026-01-28.txt"
CLAIM_KEYS = {
    "source",
    "source_text",
    "source_type",
    "cue",
    "cue_strength",
    "content",
    "status",
    "status_reason",
    "evidence",
    "source_spans",
    "cue_spans",
    "content_spans",
}
ARTICLE = (
    "Council Votes to Raise Bus Fares by 25 Cents\n\n"
    "The council voted on Monday to raise fares. Paul Ortega said the authority would lose "
    "money without the increase.\n"
)


@pytest.fixture
def rule_extractor(monkeypatch):
    """Swap in the small rule-based extractor: these tests are about the command."""
    import quizapp.core.analysis as analysis

    monkeypatch.setattr(analysis, "_default_extractor", lambda: extract_claims)


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["analyze", *args], input=stdin)


def write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return str(path)


# --------------------------------------------------------------------------- output


@pytest.mark.slow
def test_json_for_one_file_has_the_schema(rule_extractor):
    result = run("--json", str(SEED))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"path", "title", "text", "claims"} <= set(data)
    assert data["path"] == str(SEED)
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert data["title"].startswith("Kremlin Dismisses")
    assert data["claims"]
    for c in data["claims"]:
        assert set(c) >= CLAIM_KEYS
        assert c["status"] in ("attributed", "corroborated", "disputed", "unattributed")
        for key in ("source_spans", "cue_spans", "content_spans"):
            for s, e in c[key]:
                assert 0 <= s < e <= len(data["text"])
        if c["content_spans"] and c["status"] != "unattributed":
            s, e = c["content_spans"][0]
            assert data["text"][s:e] in c["content"]


@pytest.mark.slow
def test_json_lines_for_several_files_and_stdin(rule_extractor, tmp_path):
    other = write(tmp_path, "fares.txt", ARTICLE)
    result = run("--json", str(SEED), other, "-", stdin=ARTICLE.encode())
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    objs = [json.loads(line) for line in lines]
    assert [o["path"] for o in objs] == [str(SEED), other, "-"]
    assert objs[2]["text"] == ARTICLE


@pytest.mark.slow
def test_article_without_attributions_is_not_an_error(rule_extractor, tmp_path):
    path = write(
        tmp_path,
        "plain.txt",
        "Bridge Reopens After Repairs\n\nThe bridge reopened to traffic on Friday.\n",
    )
    result = run("--json", path)
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["claims"]
    assert all(c["status"] == "unattributed" for c in claims)
    assert [c["content"] for c in claims] == ["The bridge reopened to traffic on Friday."]


@pytest.mark.slow
def test_table_is_readable(rule_extractor, tmp_path):
    result = run(write(tmp_path, "fares.txt", ARTICLE))
    assert result.exit_code == 0, result.output
    assert "Council Votes to Raise Bus Fares" in result.stdout
    assert "Paul Ortega" in result.stdout
    assert "unattributed" in result.stdout


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty"),
        ("blob.txt", b"\x00\x01\x02binary", "binary"),
        ("ads.txt", b"Advertisement\nRead more\n", "only boilerplate"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_empty_stdout(tmp_path, name, content, message):
    good = write(tmp_path, "good.txt", ARTICLE)
    bad = write(tmp_path, name, content)
    result = run("--json", good, bad)  # the good file first: still nothing printed
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_missing_file_exits_2(tmp_path):
    result = run("--json", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no such file" in result.stderr


def test_stdin_twice_exits_2():
    result = run("-", "-", stdin=ARTICLE.encode())
    assert result.exit_code == 2
    assert result.stdout == ""


def test_no_file_is_a_usage_error():
    result = run("--json")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_encoding_fallback_is_a_warning_on_stderr(tmp_path, rule_extractor):
    path = write(tmp_path, "old.txt", ARTICLE.replace("Monday", "Mond\x93ay").encode("latin-1"))
    result = run("--json", path)
    assert result.exit_code == 0, result.output
    assert "cp1252" in result.stderr
    json.loads(result.stdout)
