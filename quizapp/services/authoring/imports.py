"""Question-set files an instructor uploads: YAML set files and GIFT, all or nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from quizapp import models
from quizapp.services.authoring import AuthoringError

if TYPE_CHECKING:
    from quizapp.core.formats.question_set import QuestionSet as SetFile

SET_FILE_SUFFIXES = (".yaml", ".yml")


GIFT_SUFFIXES = (".gift", ".txt")


@dataclass
class Upload:
    filename: str
    data: bytes


def _parse_set_file(upload: Upload, notes: list[str]) -> SetFile:
    """A parsed set file, or AuthoringError with the loader's line-numbered message."""
    from werkzeug.utils import secure_filename

    name = secure_filename(Path(upload.filename or "upload").name) or "upload"
    suffix = Path(name).suffix.lower()
    if suffix not in SET_FILE_SUFFIXES + GIFT_SUFFIXES:
        raise AuthoringError(f"{name}: upload a question-set file (.yaml) or a GIFT file (.gift)")
    try:
        text = upload.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AuthoringError(f"{name}: not a UTF-8 text file") from None
    if not text.strip():
        raise AuthoringError(f"{name}: the file is empty")
    from quizapp.core.formats.gift import read_gift
    from quizapp.core.formats.question_set import QuestionFileError, read_question_set
    from quizapp.core.formats.question_set import QuestionSet as SetFile

    try:
        if suffix in SET_FILE_SUFFIXES:
            # Text, no base directory: the article must be inline, never a server path.
            return read_question_set(text, name=name)
        result = read_gift(text, name)
    except QuestionFileError as error:
        raise AuthoringError(str(error)) from None
    except ValueError as error:
        raise AuthoringError(f"{name}: {error}") from None
    if not result.questions:
        raise AuthoringError(f"{name}: no question quizapp can use was found")
    notes += [f"{name}:{line}: skipped ({what})" for line, what in result.skipped]
    return SetFile(title=Path(name).stem.replace("_", " "), questions=result.questions)


def import_files(
    session: Session,
    owner: models.User,
    uploads: Iterable[Upload],
    notes: list[str] | None = None,
) -> list[models.QuestionSet]:
    """Every file parses, or nothing is saved: the errors of all files are reported.

    ``notes`` receives what was left out of otherwise good files (GIFT question kinds
    quizapp cannot keep, such as essays), with their lines.
    """
    notes = notes if notes is not None else []
    from quizapp.services.set_files import save_set_file

    parsed = []
    errors: list[str] = []
    uploads = list(uploads)
    if not uploads:
        raise AuthoringError("Choose at least one file.")
    for upload in uploads:
        try:
            parsed.append(_parse_set_file(upload, notes))
        except AuthoringError as error:
            errors += error.errors
    if errors:
        raise AuthoringError(errors)
    created = [save_set_file(session, set_file, owner=owner) for set_file in parsed]
    for qs in created:
        for q in qs.questions:
            q.edited_by_hand = True  # the instructor's own questions: regenerating keeps them
    session.flush()
    return created
