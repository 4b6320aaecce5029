"""Moodle GIFT import and export.

Multiple choice is ``{=right ~wrong}``, true/false ``{T}``/``{F}``, a sort question GIFT
matching ``{=statement -> label}`` (its nearest form, said in a comment). What GIFT has no
field for (type, skills, evidence, spans, claims, data) travels in a comment line
``// quizapp: {json}`` that Moodle ignores; the explanation is GIFT general feedback
(``####``). So a quizapp export read back loses nothing.

A GIFT file from elsewhere may hold questions quizapp cannot keep (essay ``{}``, numerical
``{#...}``, short answer, descriptions, multiple-answer weights): those are skipped and
reported with their line. A malformed file raises QuestionFileError with the line.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.core.formats import limits
from quizapp.core.formats.question_set import QuestionFileError
from quizapp.core.questions.base import Question
from quizapp.core.questions.gift_text import GiftBlock, escape, unescape
from quizapp.core.questions.registry import all_types, get_type, validate_question

META = "// quizapp:"


@dataclass
class GiftImport:
    questions: list[Question] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, what was skipped)


# --- export --------------------------------------------------------------------------------


def dump_gift(questions: list[Question], title: str = "") -> str:
    parts = []
    if title:
        parts.append(f"// {title}")
    for n, q in enumerate(questions, 1):
        qtype = get_type(q.type)
        meta = {
            "type": q.type,
            "skills": q.skills,
            "evidence": q.evidence,
            "evidence_spans": [list(s) for s in q.evidence_spans],
            "claims": q.claims,
            "data": q.data,
        }
        meta.update(qtype.gift_meta(q))
        lines = []
        if qtype.gift_nearest:
            lines.append(
                f"// quizapp: {q.type} exported as GIFT {qtype.gift_kind}, its nearest form"
            )
        lines.append(META + " " + json.dumps(meta, ensure_ascii=False))
        lines.append(f"::{escape(_title(q, n))}:: {escape(q.stem)} {qtype.to_gift(q)}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def _title(q: Question, n: int) -> str:
    return f"Q{n} {q.type}"


def save_gift(questions: list[Question], path: str | os.PathLike[str], title: str = "") -> None:
    Path(path).write_text(dump_gift(questions, title), encoding="utf-8")


# --- import --------------------------------------------------------------------------------


def load_gift(path_or_text: str | os.PathLike[str], file: str | None = None) -> GiftImport:
    """Questions from a GIFT file or text; all or nothing for malformed input."""
    if isinstance(path_or_text, os.PathLike) or (
        "\n" not in str(path_or_text) and str(path_or_text).endswith((".gift", ".txt"))
    ):
        path = Path(path_or_text)
        name = file or str(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise QuestionFileError(name, 1, 1, f"cannot read the file: {exc}") from None
    else:
        text = str(path_or_text)
        name = file or "<gift>"
    return read_gift(text, name)


def read_gift(text: str, name: str = "<gift>") -> GiftImport:
    """Questions from GIFT text (never a path: what a web upload gives); ``name`` labels errors."""
    text = text.lstrip("\ufeff")
    result = GiftImport()
    for line_no, chunk in _chunks(text):
        _read_chunk(name, line_no, chunk, result)
        if len(result.questions) > limits.MAX_QUESTIONS:
            raise QuestionFileError(name, line_no, 1, f"more than {limits.MAX_QUESTIONS} questions")
    return result


def _chunks(text: str) -> list[tuple[int, list[str]]]:
    """Questions are separated by blank lines: (first line number, lines)."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 1
    # Only \n ends a line: splitlines() would also split on \x0c, \u2028... inside text.
    for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        if line.strip():
            if not current:
                start = n
            current.append(line)
        elif current:
            chunks.append((start, current))
            current = []
    if current:
        chunks.append((start, current))
    return chunks


def _read_chunk(name: str, first: int, lines: list[str], result: GiftImport) -> None:
    """One question (lines from ``first``) into ``result``, or a note of what was skipped."""
    meta, body = _meta_and_body(name, first, lines)
    if not body:
        return
    line_no = body[0][0]
    text = "\n".join(line for _, line in body)
    title_match = re.match(r"\s*::((?:\\.|[^\\:]|:(?!:))*)::", text)
    if title_match:
        text = text[title_match.end() :]
    found = _answer_block(name, body, text)
    if found is None:
        result.skipped.append((line_no, "description"))
        return
    open_at, close_at = found
    stem = plain(text[:open_at])
    after = text[close_at + 1 :]
    if after.strip():
        stem = f"{stem} _____ {plain(after)}".strip()  # missing-word format
    try:
        block = _parse_block(text[open_at + 1 : close_at])
    except _Skip as skip:
        result.skipped.append((line_no, str(skip)))
        return
    except ValueError as exc:
        raise _error(name, body, text, open_at, str(exc)) from None
    if not stem:
        raise _error(name, body, text, open_at, "a question needs text before its answers")
    question = _question(name, line_no, stem, block, meta)
    problems = validate_question(question)
    if problems:
        # Well-formed GIFT that quizapp cannot ask as it stands: one note, not a failed file.
        result.skipped.append((line_no, f"{KIND_NAMES[block.kind]}: {problems[0]}"))
        return
    result.questions.append(question)


def _meta_and_body(
    name: str, first: int, lines: list[str]
) -> tuple[dict[str, Any], list[tuple[int, str]]]:
    """The quizapp comment's fields, and the question's own lines with their numbers
    (other comments and Moodle's $CATEGORY lines left out)."""
    meta: dict[str, Any] = {}
    body: list[tuple[int, str]] = []
    for offset, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(META):
            payload = stripped[len(META) :].strip()
            if payload.startswith("{"):
                meta = _read_meta(name, first + offset, payload)
        elif stripped.startswith("//") or stripped.startswith("$CATEGORY:"):
            continue
        else:
            body.append((first + offset, line))
    return meta, body


def _read_meta(name: str, line_no: int, payload: str) -> dict[str, Any]:
    try:
        meta = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise QuestionFileError(
            name, line_no, exc.colno + len(META) + 1, f"quizapp comment: {exc.msg}"
        ) from None
    except RecursionError:
        raise QuestionFileError(name, line_no, 1, "quizapp comment: nested too deeply") from None
    if not isinstance(meta, dict):
        raise QuestionFileError(name, line_no, 1, "quizapp comment: not a mapping")
    return meta


def _answer_block(name: str, body: list[tuple[int, str]], text: str) -> tuple[int, int] | None:
    """Where the one answer block ``{...}`` opens and closes in ``text``; None when there is
    none (a description). A brace out of place is a QuestionFileError at its line."""
    open_at = _find(text, "{")
    if open_at < 0:
        if _find(text, "}") >= 0:
            raise _error(name, body, text, _find(text, "}"), "a '}' with no '{' before it")
        return None
    close_at = _find(text, "}", open_at + 1)
    if close_at < 0:
        raise _error(name, body, text, open_at, "the answer block '{' is never closed")
    inner_open = _find(text, "{", open_at + 1)
    if 0 <= inner_open < close_at:
        raise _error(name, body, text, inner_open, "a '{' inside an answer block")
    after = text[close_at + 1 :]
    if _find(after, "{") >= 0 or _find(after, "}") >= 0:
        raise _error(
            name,
            body,
            text,
            close_at + 1 + max(_find(after, "{"), _find(after, "}")),
            "only one answer block per question",
        )
    return open_at, close_at


def _question(
    name: str, line_no: int, stem: str, block: GiftBlock, meta: dict[str, Any]
) -> Question:
    """The question of the type the comment names, if that type writes this kind of
    block; else of the type GIFT's kind defaults to."""
    qtype_name = meta.get("type") if isinstance(meta.get("type"), str) else None
    if qtype_name not in all_types() or all_types()[qtype_name].gift_kind != block.kind:
        qtype_name = _default_type(block.kind)
    try:
        question = get_type(qtype_name).from_gift(stem, block, meta)
    except (TypeError, ValueError, KeyError) as exc:
        raise QuestionFileError(name, line_no, 1, f"quizapp comment: {exc}") from None
    errors = limits.question_limit_errors(question)
    if errors:
        raise QuestionFileError(name, line_no, 1, errors[0])
    return question


def _default_type(kind: str) -> str:
    """The type a GIFT question of ``kind`` becomes when its comment names none of ours."""
    return next(n for n, t in all_types().items() if t.gift_default and t.gift_kind == kind)


class _Skip(Exception):
    """A well-formed question of a kind quizapp does not hold."""


KIND_NAMES = {"choice": "multiple choice", "truefalse": "true/false", "matching": "matching"}
FORMAT_PREFIX = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)


def plain(raw: str) -> str:
    """GIFT text as plain text: escapes undone, a Moodle format prefix ([html], [moodle],
    [plain], [markdown]) dropped, and for [html] the tags taken out and entities read."""
    text = raw.strip()
    found = FORMAT_PREFIX.match(text)
    if found:
        text = text[found.end() :]
    text = unescape(text.strip())
    if found and found.group(1).lower() == "html":
        text = html.unescape(re.sub(r"<[^>]*>", " ", text))
        text = re.sub(r"[ \t]+", " ", text)
    return text.strip()


def _parse_block(block: str) -> GiftBlock:
    feedback = ""
    cut = _find(block, "####")
    if cut >= 0:
        feedback = plain(block[cut + 4 :])
        block = block[:cut]
    content = block.strip()
    if not content:
        raise _Skip("essay")
    if content.startswith("#"):
        raise _Skip("numerical")
    truth = re.fullmatch(r"(T|TRUE|F|FALSE)\s*(#.*)?", content, flags=re.S)
    if truth:
        return GiftBlock("truefalse", truth=truth.group(1).startswith("T"), feedback=feedback)
    if content[0] not in "=~":
        raise ValueError(f"answers must start with '=' or '~', not {content[:20]!r}")
    answers: list[tuple[str, str]] = []
    start = 0
    for i in range(1, len(content) + 1):
        if i == len(content) or (content[i] in "=~" and not _escaped(content, i)):
            answers.append((content[start], content[start + 1 : i]))
            start = i
    marks = [mark for mark, _ in answers]
    texts = [_strip_feedback(text) for _, text in answers]
    if "~" not in marks and any("->" in t for t in texts):
        if not all("->" in t for t in texts):
            raise ValueError("a matching question pairs every answer as '=left -> right'")
        pairs = []
        for t in texts:
            left, right = t.rsplit("->", 1)  # labels have no arrow; statements might
            # An empty left side ("= -> Chat") is Moodle's extra, unmatched answer.
            pairs.append((plain(left), plain(right)))
        return GiftBlock("matching", pairs=pairs, feedback=feedback)
    if "~" not in marks:
        raise _Skip("short answer")  # every answer right: typed, with or without weights
    weighted = [bool(re.match(r"\s*%-?\d+(\.\d+)?%", t)) for t in texts]
    if any(weighted):
        raise _Skip(
            "multiple answers with weights" if "=" not in marks else "partial-credit weights"
        )
    if marks.count("=") != 1:
        raise ValueError("a multiple-choice question has exactly one right answer '='")
    if any(not t.strip() for t in texts):
        raise ValueError("an answer is empty")
    return GiftBlock(
        "choice",
        answers=[(mark == "=", plain(t)) for mark, t in zip(marks, texts, strict=True)],
        feedback=feedback,
    )


def _strip_feedback(answer: str) -> str:
    cut = _find(answer, "#")
    return answer[:cut] if cut >= 0 else answer


def _escaped(text: str, i: int) -> bool:
    backslashes = 0
    while i - 1 - backslashes >= 0 and text[i - 1 - backslashes] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _find(text: str, token: str, start: int = 0) -> int:
    """Index of an unescaped ``token`` in ``text``, or -1."""
    i = text.find(token, start)
    while i >= 0 and _escaped(text, i):
        i = text.find(token, i + 1)
    return i


def _error(name: str, body: list[tuple[int, str]], text: str, index: int, message: str):
    """An error at ``index`` of the joined question text, as a file line and column."""
    full = "\n".join(line for _, line in body)
    # ``text`` is a suffix of ``full`` (title and format removed): shift to full's offsets.
    pos = len(full) - len(text) + index
    before = full[:pos]
    line = body[0][0] + before.count("\n")
    column = pos - (before.rfind("\n") + 1) + 1
    return QuestionFileError(name, line, column, message)
