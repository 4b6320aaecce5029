"""Size limits on an imported question set, checked on the values the importer built.

A hand-made set is a few dozen questions of a few hundred characters each (the bundled
sets: at most 16 questions, stems under 300 characters, evidence under 1,300, data under
500 as JSON). The limits sit far above that and far below what a crafted file could make
the app build, store or render: a stem of 100 MB, ten thousand choices, data nested a
thousand deep.
"""

from __future__ import annotations

import json
from typing import Any

from quizapp.core.questions.base import Question

MAX_QUESTIONS = 500
MAX_CHOICES = 30
MAX_CHOICE_CHARS = 1_000
MAX_LIST = 200  # skills, claims, evidence spans, a sort question's answers
MAX_DATA_CHARS = 50_000  # a question's data, as JSON
MAX_DEPTH = 32  # nesting of YAML collections, or of JSON in a GIFT quizapp comment
MAX_ARTICLE_CHARS = 1_000_000  # the same bound as an article file (core.article.MAX_BYTES)
MAX_SETTINGS_CHARS = 10_000
TEXT_LIMITS = {
    "title": 300,
    "description": 5_000,
    "stem": 5_000,
    "explanation": 10_000,
    "evidence": 10_000,
    "outlet": 1_000,
    "url": 2_000,
    "date": 100,
}


def too_long(name: str, value: Any) -> str | None:
    """An error for a text field over its limit, else None."""
    limit = TEXT_LIMITS.get(name, MAX_ARTICLE_CHARS if name == "text" else None)
    if limit is not None and isinstance(value, str) and len(value) > limit:
        return f"{name}: longer than {limit:,} characters ({len(value):,})"
    return None


def question_limit_errors(q: Question) -> list[str]:
    """Every limit a question exceeds, as ``field: message`` like the validators' errors."""
    texts = ("stem", "explanation", "evidence")
    errors = [e for name in texts if (e := too_long(name, getattr(q, name)))]
    if isinstance(q.choices, list):
        if len(q.choices) > MAX_CHOICES:
            errors.append(f"choices: more than {MAX_CHOICES} choices ({len(q.choices):,})")
        elif any(isinstance(c, str) and len(c) > MAX_CHOICE_CHARS for c in q.choices):
            errors.append(f"choices: a choice is longer than {MAX_CHOICE_CHARS:,} characters")
    for name in ("skills", "claims", "evidence_spans", "answer"):
        value = getattr(q, name)
        if isinstance(value, list) and len(value) > MAX_LIST:
            errors.append(f"{name}: more than {MAX_LIST} items ({len(value):,})")
    if depth(q.data) > MAX_DEPTH:
        errors.append(f"data: nested more than {MAX_DEPTH} deep")
    elif json_size(q.data) > MAX_DATA_CHARS:
        errors.append(f"data: longer than {MAX_DATA_CHARS:,} characters as JSON")
    return errors


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deep lists and mappings nest in ``value``; past ``limit`` (or a million items,
    as shared references could make) it stops and answers ``limit + 1``."""
    level, current, seen = 0, [value], 0
    while current:
        nested = [v for v in current if isinstance(v, list | tuple | dict)]
        if not nested:
            return level
        level += 1
        current = [item for v in nested for item in (v.values() if isinstance(v, dict) else v)]
        seen += len(current)
        if level > limit or seen > 1_000_000:
            return limit + 1
    return level


def json_size(value: Any) -> int:
    try:
        return len(json.dumps(value, ensure_ascii=False, default=str))
    except (TypeError, ValueError, RecursionError):
        return MAX_DATA_CHARS + 1
