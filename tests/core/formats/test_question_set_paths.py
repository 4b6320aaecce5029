"""An article named by path: read only inside the set's own directory, never from text.

A set file given as text (a web upload) may not name a file on the server at all; a set
file read from disk (the CLI) names its article relative to itself, and the path must
stay inside its directory (or the bundle root the CLI was given). The check runs on the
data YAML built, so a merge key or an alias cannot smuggle a path past it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizapp.core.formats.question_set import QuestionFileError, load_question_set

ARTICLE = "Mayor Ana Ruiz said that the budget adds 40 new teachers.\n"
QUESTIONS = """questions:
  - type: multiple_choice
    stem: Who said it?
    choices: [Ana Ruiz, Tom Lee]
    answer: 0
"""
REPO = Path(__file__).resolve().parents[3]


def set_text(article_line: str) -> str:
    return f"title: T\n{article_line}\n{QUESTIONS}"


def write_set(directory: Path, article_line: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "s.yaml"
    path.write_text(set_text(article_line), "utf-8")
    return path


def refused(*args, **kwargs) -> QuestionFileError:
    with pytest.raises(QuestionFileError) as info:
        load_question_set(*args, **kwargs)
    return info.value


def test_an_article_beside_the_set_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    qs = load_question_set(write_set(tmp_path, "article: a.txt"))
    assert qs.article is not None and qs.article.text == ARTICLE


def test_a_relative_path_out_of_the_set_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret_key").write_text(ARTICLE, "utf-8")
    err = refused(write_set(tmp_path / "sets", "article: ../secret_key"))
    assert err.line == 2 and "outside" in err.message


def test_an_absolute_path_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, "utf-8")
    err = refused(write_set(tmp_path / "sets", f"article: {secret}"))
    assert "outside" in err.message


def test_a_merge_key_cannot_smuggle_a_path_out(tmp_path: Path) -> None:
    (tmp_path / "secret_key").write_text(ARTICLE, "utf-8")
    err = refused(write_set(tmp_path / "sets", "<<: {article: ../secret_key}"))
    assert "outside" in err.message


def test_a_symlink_out_of_the_set_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret_key").write_text(ARTICLE, "utf-8")
    sets = tmp_path / "sets"
    sets.mkdir()
    (sets / "a.txt").symlink_to(tmp_path / "secret_key")
    err = refused(write_set(sets, "article: a.txt"))
    assert "outside" in err.message


def test_a_bundle_root_widens_where_articles_may_be(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, "utf-8")
    path = write_set(tmp_path / "sets", "article: ../articles/a.txt")
    qs = load_question_set(path, article_root=tmp_path)
    assert qs.article is not None and qs.article.text == ARTICLE


def test_set_text_may_not_name_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    err = refused(set_text("article: a.txt"))
    assert err.line == 2 and "not a file name" in err.message
    err = refused(set_text("<<: {article: a.txt}"))
    assert "not a file name" in err.message


def test_a_device_is_never_read(tmp_path: Path) -> None:
    """/dev/zero has no end: run in a child with capped memory so a failure cannot hurt."""
    sets = tmp_path / "sets"
    sets.mkdir()
    (sets / "zero.txt").symlink_to("/dev/zero")
    script = textwrap.dedent(
        f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))
        from quizapp.core.formats.question_set import QuestionFileError, load_question_set
        for line in ("article: /dev/zero", "article: zero.txt"):
            path = {str(sets)!r} + "/s.yaml"
            open(path, "w").write("title: T\\n" + line + "\\n" + {QUESTIONS!r})
            for root in ({{}}, {{"article_root": "/"}}):  # outside, then a device inside
                try:
                    load_question_set(path, **root)
                except QuestionFileError as err:
                    print("refused:", err.message)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.count("refused:") == 4


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x"])
def test_an_article_url_is_http_or_https_only(url: str) -> None:
    err = refused(set_text(f"article: {{text: hello, url: {url!r}}}"))
    assert err.line == 2 and err.message.startswith("url:")


def test_an_https_article_url_is_kept() -> None:
    qs = load_question_set(set_text("article: {text: hello, url: 'https://example.org/a'}"))
    assert qs.article is not None and qs.article.url == "https://example.org/a"
