"""Question-set files: YAML an instructor reads and edits by hand (schema: questions/README.md).

Loading is all-or-nothing: every error is a ``QuestionFileError`` naming file, line and
column, raised before anything is returned. Lines come from the YAML node tree (yaml's
compose step keeps a start mark on every node), so a schema error points at the question
or field at fault, not just at the file. Only safe_load semantics: no Python objects.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizapp.core.claims import SKILLS, Article
from quizapp.core.formats import limits
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import all_types, validate_question

QUESTION_FIELDS = (
    "type",
    "stem",
    "choices",
    "answer",
    "skills",
    "explanation",
    "evidence",
    "evidence_spans",
    "claims",
    "data",
)
TOP_FIELDS = ("title", "description", "article", "settings", "questions")
ARTICLE_FIELDS = ("text", "title", "outlet", "url", "date", "body")


class QuestionFileError(ValueError):
    """What is wrong with a question file, and where: ``file:line:column: message``."""

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        super().__init__(f"{file}:{line}:{column}: {message}")


@dataclass
class QuestionSet:
    title: str
    description: str = ""
    article: Article | None = None
    questions: list[Question] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    # Where it was read from; not part of a set's identity (a dumped copy is the same set).
    source_path: str | None = field(default=None, compare=False)


# --- loading -------------------------------------------------------------------------------


def load_question_set(
    path_or_text: str | os.PathLike[str],
    *,
    base_dir: str | os.PathLike[str] | None = None,
    article_root: str | os.PathLike[str] | None = None,
) -> QuestionSet:
    """Read a set from a file path or from YAML text (see ``read_question_set`` for text).

    An article given as a path is read relative to the file (or to ``base_dir``), and only
    from inside ``article_root``: by default the directory it is relative to.
    """
    if not _is_path(path_or_text):
        return read_question_set(str(path_or_text), base_dir=base_dir, article_root=article_root)
    path = Path(path_or_text)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionFileError(str(path), 1, 1, f"cannot read the file: {exc}") from None
    base = Path(base_dir) if base_dir is not None else path.parent
    qs = read_question_set(text, name=str(path), base_dir=base, article_root=article_root)
    qs.source_path = str(path)
    return qs


def read_question_set(
    text: str,
    *,
    name: str = "<question set>",
    base_dir: str | os.PathLike[str] | None = None,
    article_root: str | os.PathLike[str] | None = None,
) -> QuestionSet:
    """Read a set from YAML text; ``name`` labels its errors.

    Without ``base_dir`` (a web upload) the article must be inline text: a path would name
    a file on the server. With it (the CLI), the path must resolve, symlinks followed, to a
    regular file inside ``article_root`` (default ``base_dir``).
    """
    base = Path(base_dir) if base_dir is not None else None
    root = Path(article_root) if article_root is not None else base
    reader = _Reader(name, text, base, root)
    try:
        return reader.read()
    except RecursionError:  # a self-referencing alias (&a [*a]) in data
        raise QuestionFileError(name, 1, 1, "a YAML alias refers to itself") from None


def _is_path(value: str | os.PathLike[str]) -> bool:
    if isinstance(value, os.PathLike):
        return True
    if "\n" in value:
        return False
    return value.strip().endswith((".yaml", ".yml")) or os.path.isfile(value)


class _Refused(yaml.MarkedYAMLError):
    """YAML the set loader will not build (an alias, nesting too deep), with its place."""


class _SetLoader(yaml.SafeLoader):
    """safe_load without anchors, aliases or deep nesting.

    An alias is a reference: ten nested aliases build a billion-item structure from a few
    hundred bytes (the "billion laughs"), and one that refers to itself never ends. A set
    file is plain data and needs neither; deep nesting would exhaust the composer's stack.
    """

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(
                problem="anchors and aliases (&name, *name) are not allowed in a question set",
                problem_mark=event.start_mark,
            )
        if self.depth >= limits.MAX_DEPTH:
            raise _Refused(
                problem=f"nested more than {limits.MAX_DEPTH} deep",
                problem_mark=event.start_mark,
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _Reader:
    def __init__(self, name: str, text: str, base: Path | None, root: Path | None) -> None:
        self.name = name
        self.text = text
        self.base = base  # where article paths are relative to; None: no paths at all
        self.root = root

    def fail(self, node: yaml.Node | None, message: str) -> QuestionFileError:
        if node is None:
            return QuestionFileError(self.name, 1, 1, message)
        mark = node.start_mark
        return QuestionFileError(self.name, mark.line + 1, mark.column + 1, message)

    def compose(self) -> tuple[yaml.Node | None, Any]:
        loader = _SetLoader(self.text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        except _Refused as exc:
            line, col = exc.problem_mark.line + 1, exc.problem_mark.column + 1
            raise QuestionFileError(self.name, line, col, str(exc.problem)) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
            raise QuestionFileError(self.name, line, col, f"YAML syntax: {problem}") from None
        except yaml.YAMLError as exc:
            raise QuestionFileError(self.name, 1, 1, f"YAML: {exc}") from None
        except (ValueError, TypeError, OverflowError) as exc:
            # The safe constructor fails on values such as a date 2026-13-45.
            raise QuestionFileError(self.name, 1, 1, f"bad value: {exc}") from None
        finally:
            loader.dispose()
        return node, data

    def read(self) -> QuestionSet:
        node, data = self.compose()
        if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
            raise self.fail(node, "a question set is a mapping with title and questions")
        self.unknown(node, data, TOP_FIELDS, "question set")
        title = self.text_field(node, data, "title", required=True)
        description = self.text_field(node, data, "description")
        article = self.article(node, data)
        settings = data.get("settings", {})
        if settings is None:
            settings = {}
        if not isinstance(settings, dict) or not all(isinstance(k, str) for k in settings):
            raise self.fail(value_node(node, "settings"), "settings: must be a mapping")
        if limits.json_size(settings) > limits.MAX_SETTINGS_CHARS:
            raise self.fail(
                value_node(node, "settings"),
                f"settings: longer than {limits.MAX_SETTINGS_CHARS:,} characters as JSON",
            )
        questions_node = value_node(node, "questions")
        items = data.get("questions")
        if not isinstance(items, list) or not isinstance(questions_node, yaml.SequenceNode):
            raise self.fail(questions_node or node, "questions: must be a list of questions")
        if len(items) > limits.MAX_QUESTIONS:
            raise self.fail(questions_node, f"questions: more than {limits.MAX_QUESTIONS}")
        questions = [
            self.question(q_node, item, article)
            for q_node, item in zip(questions_node.value, items, strict=True)
        ]
        return QuestionSet(title, description, article, questions, _plain(settings))

    def unknown(self, node: yaml.MappingNode, data: dict, known: tuple[str, ...], what: str):
        for key_node, _ in node.value:
            key = key_node.value
            if key not in known:
                raise self.fail(
                    key_node, f"unknown field {key!r} in a {what} (known: {', '.join(known)})"
                )
        if len(node.value) != len(data):
            seen: set[str] = set()
            for key_node, _ in node.value:
                if key_node.value in seen:
                    raise self.fail(key_node, f"field {key_node.value!r} given twice")
                seen.add(key_node.value)

    def text_field(
        self, node: yaml.MappingNode, data: dict, key: str, required: bool = False
    ) -> str:
        if key not in data:
            if required:
                raise self.fail(node, f"missing field {key!r}")
            return ""
        value = data[key]
        if value is None and not required:
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(value_node(node, key), f"{key}: must be text")
        value = str(value)
        if required and not value.strip():
            raise self.fail(value_node(node, key), f"{key}: must not be empty")
        if error := limits.too_long(key, value):
            raise self.fail(value_node(node, key), error)
        return value

    def article(self, node: yaml.MappingNode, data: dict) -> Article | None:
        # ``data`` is what YAML built (merge keys applied), so no key can hide a path.
        if "article" not in data or data["article"] is None:
            return None
        a_node = value_node(node, "article")
        value = data["article"]
        if isinstance(value, str):
            return self.article_file(a_node, value)
        if not isinstance(value, dict) or not isinstance(a_node, yaml.MappingNode):
            raise self.fail(a_node, "article: a path to the article, or a mapping with text")
        self.unknown(a_node, value, ARTICLE_FIELDS, "article")
        text = self.text_field(a_node, value, "text", required=True)
        body = value.get("body", [])
        if body is None:
            body = []
        if not _spans_ok(body, len(text)):
            raise self.fail(value_node(a_node, "body"), "body: must be [start, end] pairs in text")
        url = self.text_field(a_node, value, "url").strip()
        if url and not url.lower().startswith(("http://", "https://")):
            # The quiz links to it: a javascript: or data: address would run on a click.
            raise self.fail(value_node(a_node, "url"), "url: only http:// or https:// addresses")
        return Article(
            text=text,
            title=self.text_field(a_node, value, "title"),
            outlet=self.text_field(a_node, value, "outlet"),
            url=url,
            date=self.text_field(a_node, value, "date"),
            body=[(int(a), int(b)) for a, b in body],
        )

    def article_file(self, a_node: yaml.Node | None, value: str) -> Article:
        if self.base is None or self.root is None:
            raise self.fail(
                a_node,
                "article: an uploaded set must include the article's text"
                " (article: {text: ...}), not a file name",
            )
        try:
            path = _article_path(self.base, self.root, value)
            article = _read_article(path)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise self.fail(a_node, f"article: cannot read {value!r}: {exc}") from None
        article.path = os.path.normpath(str(self.base / value))  # as written, for dumping
        return article

    def question(self, node: yaml.Node, item: Any, article: Article | None) -> Question:
        if not isinstance(item, dict) or not isinstance(node, yaml.MappingNode):
            raise self.fail(node, "a question is a mapping with type, stem, choices and answer")
        self.unknown(node, item, QUESTION_FIELDS, "question")
        for key in ("type", "stem", "answer"):
            if key not in item:
                raise self.fail(node, f"missing field {key!r} in this question")
        qtype = item["type"]
        if not isinstance(qtype, str) or qtype not in all_types():
            raise self.fail(
                value_node(node, "type"),
                f"type: unknown question type {qtype!r} (known: {', '.join(sorted(all_types()))})",
            )
        kind = all_types()[qtype]
        choices = raw_texts(value_node(node, "choices"), item.get("choices", []))
        answer = item["answer"]
        if isinstance(answer, bool | float):  # "answer: yes" meant the choice "yes"
            answer = value_node(node, "answer").value
        # The answer may be the text of the right choice: easier to keep right by hand.
        as_written = raw_texts(value_node(node, "answer"), answer)
        answer = kind.answer_from_yaml(answer, choices, as_written)
        spans = item.get("evidence_spans", [])
        data = item.get("data", {})
        q = Question(
            type=qtype,
            stem=item["stem"] if isinstance(item["stem"], str) else "",
            choices=list(choices) if isinstance(choices, list) else choices,
            answer=answer,
            skills=item.get("skills", list(kind.skills)),
            explanation=item.get("explanation", "") or "",
            evidence=item.get("evidence", "") or "",
            evidence_spans=(
                [tuple(s) if isinstance(s, list) else s for s in spans]
                if isinstance(spans, list)
                else spans
            ),
            claims=item.get("claims", []),
            data=_plain(data) if isinstance(data, dict) else data,
        )
        if not isinstance(item["stem"], str):
            raise self.fail(value_node(node, "stem"), "stem: must be text")
        if isinstance(q.skills, list) and any(not isinstance(s, str) for s in q.skills):
            raise self.fail(value_node(node, "skills"), f"skills: each one of {', '.join(SKILLS)}")
        errors = limits.question_limit_errors(q) or validate_question(q)
        if article is not None and not errors:
            errors = _article_errors(q, article)
        if errors:
            key = errors[0].split(":", 1)[0]
            target = value_node(node, key) or node
            if key == "answer":
                errors[0] = kind.yaml_answer_error(item["answer"]) or errors[0]
            raise self.fail(target, errors[0])
        return q


def raw_texts(node: yaml.Node | None, values: Any) -> Any:
    """A list of scalars as the text written: ``- yes`` is the choice "yes", not True."""
    if not isinstance(values, list) or not isinstance(node, yaml.SequenceNode):
        return values
    out = []
    for n, v in zip(node.value, values, strict=True):
        if isinstance(v, bool | int | float | dt.date) and isinstance(n, yaml.ScalarNode):
            out.append(n.value)
        else:
            out.append(v)
    return out


def value_node(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, val in node.value:
        if key_node.value == key:
            return val
    return None


def _spans_ok(spans: Any, length: int) -> bool:
    return isinstance(spans, list) and all(
        isinstance(s, list)
        and len(s) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in s)
        and 0 <= s[0] <= s[1] <= length
        for s in spans
    )


def _article_errors(q: Question, article: Article) -> list[str]:
    for line in q.evidence.split("\n") if q.evidence else []:
        if line not in article.text:
            return [f"evidence: not found word for word in the article: {line[:60]!r}"]
    if any(end > len(article.text) for _, end in q.evidence_spans):
        return ["evidence_spans: a span ends after the article text"]
    return []


def _plain(value: Any) -> Any:
    """YAML dates in settings or data become ISO text, so a dump reads back the same."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _article_path(base: Path, root: Path, value: str) -> Path:
    """The file ``value`` names, symlinks resolved; ValueError unless a file inside ``root``."""
    path = (base / value).resolve()  # an absolute ``value`` replaces ``base``
    if not path.is_relative_to(root.resolve()):
        raise ValueError(f"it is outside {os.path.normpath(root)}, where articles are read from")
    if not path.exists():
        raise ValueError("no such file")
    if not path.is_file():  # a directory, a device such as /dev/zero, a pipe
        raise ValueError("not a regular file")
    return path


def _read_article(path: Path) -> Article:
    """The analyser's reader when it is there (it marks boilerplate), else the plain text."""
    try:
        from quizapp.core.article import read_article
    except ImportError:
        read_article = None
    if read_article is not None:
        article = read_article(path)
    else:
        article = Article(text=path.read_text(encoding="utf-8"), title=path.stem)
    article.path = os.path.normpath(str(path))
    return article
