"""Writing a question set file (the format quizapp.core.formats.question_set reads): block
style, multi-line text as literal blocks an instructor can edit, each question's choices and
answer as its type writes them, and the article as a path relative to the file when it was
read from one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from quizapp.core.claims import Article
from quizapp.core.formats.question_set import QuestionSet
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import type_for


class _Dumper(yaml.SafeDumper):
    """Block style, and multi-line text as a literal block an instructor can edit."""

    def ignore_aliases(self, data: Any) -> bool:
        return True  # the loader refuses anchors: data shared between questions is repeated


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _flow_list(dumper: yaml.SafeDumper, value: list) -> yaml.Node:
    # Short lists of scalars (skills, spans) read best on one line.
    flow = all(isinstance(v, int | float) or (isinstance(v, str) and len(v) < 30) for v in value)
    flow = flow or all(isinstance(v, list | tuple) and len(v) == 2 for v in value) and bool(value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(list, _flow_list)
_Dumper.add_representer(tuple, _flow_list)


def question_to_yaml(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"type": q.type, "stem": q.stem}
    out.update(type_for(q.type).to_yaml(q))  # choices and answer, as the type writes them
    out["skills"] = list(q.skills)
    out["explanation"] = q.explanation
    out["evidence"] = q.evidence
    if q.evidence_spans:
        out["evidence_spans"] = [list(s) for s in q.evidence_spans]
    if q.claims:
        out["claims"] = list(q.claims)
    if q.data:
        out["data"] = q.data
    return out


def dump_question_set(qs: QuestionSet) -> str:
    doc: dict[str, Any] = {"title": qs.title}
    if qs.description:
        doc["description"] = qs.description
    if qs.article is not None:
        doc["article"] = _article_to_yaml(qs)
    if qs.settings:
        doc["settings"] = qs.settings
    doc["questions"] = [question_to_yaml(q) for q in qs.questions]
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def _article_to_yaml(qs: QuestionSet) -> Any:
    a = qs.article
    assert a is not None
    if a.path and qs.source_path:
        # Written next to its source file: keep the article as a path relative to it.
        return os.path.relpath(a.path, os.path.dirname(os.path.abspath(qs.source_path)) or ".")
    if a.path and os.path.isabs(a.path):
        return a.path
    out: dict[str, Any] = {}
    for key in ("title", "outlet", "url", "date"):
        if getattr(a, key):
            out[key] = getattr(a, key)
    out["text"] = a.text
    if a.body:
        out["body"] = [list(s) for s in a.body]
    return out


def save_question_set(qs: QuestionSet, path: str | os.PathLike[str]) -> None:
    """Write a set file; an article read from a file stays a path relative to the new file."""
    target = Path(path)
    copy = QuestionSet(**{**qs.__dict__, "source_path": str(target)})
    if qs.article is not None and qs.article.path:
        copy.article = Article(**{**qs.article.__dict__, "path": os.path.abspath(qs.article.path)})
    target.write_text(dump_question_set(copy), encoding="utf-8")
