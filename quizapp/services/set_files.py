"""Question sets between files (the core's formats) and the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp import models, store

if TYPE_CHECKING:
    from quizapp.core.formats.question_set import QuestionSet as SetFile

SET_SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def load_bundled(session: Session, directory: Path) -> LoadReport:
    """Load every set file under ``directory/sets``, once: a set's origin is its file name.

    A set names its article relative to itself (``../articles/x.txt``); it must be a file
    inside ``directory``.
    """
    report = LoadReport()
    sets_dir = directory / "sets"
    files = sorted(p for p in sets_dir.glob("*") if p.suffix in SET_SUFFIXES)
    if not files:
        return report
    from quizapp.core.formats.question_set import load_question_set

    # All parse, or nothing loads.
    parsed = [(path, load_question_set(path, article_root=directory)) for path in files]
    for path, set_file in parsed:
        origin = f"bundled:{path.name}"
        if session.scalar(select(models.QuestionSet.id).where(models.QuestionSet.origin == origin)):
            report.unchanged.append(set_file.title)
            continue
        save_set_file(session, set_file, owner=None, origin=origin)
        report.created.append(set_file.title)
    return report


def save_set_file(
    session: Session, set_file: SetFile, owner: models.User | None, origin: str | None = None
) -> models.QuestionSet:
    """Store a parsed set file (its article too) as a draft set."""
    article = None
    if set_file.article is not None and set_file.article.text:
        a = set_file.article
        article = store.article_row(a, original=a.text, owner_id=owner.id if owner else None)
        session.add(article)
    question_set = models.QuestionSet(
        owner_id=owner.id if owner else None,
        article=article,
        title=set_file.title,
        description=set_file.description,
        origin=origin,
    )
    for position, q in enumerate(set_file.questions):
        question_set.questions.append(store.question_row(q, position))
    session.add(question_set)
    session.flush()
    return question_set


EXPORT_FORMATS = ("yaml", "gift")


def export_text(question_set: models.QuestionSet, fmt: str) -> str:
    """The set as the text of a YAML set file or a GIFT file (``fmt`` in EXPORT_FORMATS)."""
    set_file = store.to_set_file(question_set)
    if fmt == "gift":
        from quizapp.core.formats.gift import dump_gift

        return dump_gift(set_file.questions, title=set_file.title)
    if fmt == "yaml":
        from quizapp.core.formats.question_set_dump import dump_question_set

        return dump_question_set(set_file)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
