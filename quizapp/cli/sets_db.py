"""``quizapp import FILE...`` and ``quizapp export SET_ID``: question-set files and the database."""

from __future__ import annotations

from pathlib import Path

import click

GIFT_SUFFIXES = (".gift", ".txt")


@click.command("import")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--owner",
    metavar="USERNAME",
    default=None,
    help="The instructor whose drafts the sets become. Default: no owner, like the bundled"
    " sets, which every instructor's Library offers to copy.",
)
@click.option(
    "--articles",
    "article_root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="The directory an article a .yaml file names by path must be in (for the bundled"
    " layout sets/ and articles/, the directory holding both). Default: the file's own.",
)
def import_files(files: tuple[Path, ...], owner: str | None, article_root: Path | None) -> None:
    """Import question-set files (.yaml) and GIFT files (.gift) as draft sets.

    Every file is read first: if any has an error, nothing is imported."""
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.services import set_files

    parsed, notes = _read_all(files, article_root)
    app = create_app()
    with app.app_context():
        user = _instructor(db.session, owner) if owner else None
        for path, set_file in parsed:
            question_set = set_files.save_set_file(db.session, set_file, owner=user)
            for question in question_set.questions:
                question.edited_by_hand = True  # written by a person: regenerating keeps it
            click.echo(
                f"{path}: set {question_set.id} {set_file.title!r},"
                f" {len(set_file.questions)} question(s)"
            )
        db.session.commit()
    for note in notes:
        click.echo(note, err=True)


def _read_all(  # type: ignore[type-arg]
    files: tuple[Path, ...], article_root: Path | None = None
) -> tuple[list, list[str]]:
    """Every file parsed, or a ClickException listing the errors of all of them."""
    from quizapp.core.formats.gift import load_gift
    from quizapp.core.formats.question_set import QuestionFileError, QuestionSet, load_question_set

    parsed, notes, errors = [], [], []
    for path in files:
        try:
            if path.suffix.lower() in GIFT_SUFFIXES:
                result = load_gift(path, file=str(path))
                if not result.questions:
                    raise ValueError(f"{path}: no question quizapp can use was found")
                notes += [f"{path}:{line}: skipped ({what})" for line, what in result.skipped]
                set_file = QuestionSet(
                    title=path.stem.replace("_", " "), questions=result.questions
                )
            else:
                set_file = load_question_set(path, article_root=article_root)
        except (QuestionFileError, ValueError, OSError) as error:
            errors.append(str(error))
            continue
        parsed.append((path, set_file))
    if errors:
        raise click.ClickException("nothing was imported:\n" + "\n".join(errors))
    return parsed, notes


def _instructor(session, username: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from quizapp.models import Role, User
    from quizapp.security import normalise_username

    user = session.scalar(select(User).where(User.username == normalise_username(username)))
    if user is None or user.role != Role.INSTRUCTOR:
        raise click.ClickException(f"No instructor named {username!r}.")
    return user


@click.command("export")
@click.argument("set_id", type=int)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "gift"]),
    default="yaml",
    show_default=True,
    help="yaml: quizapp's set file, article included; gift: for Moodle.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file instead of standard output.",
)
def export(set_id: int, fmt: str, output: Path | None) -> None:
    """Write set SET_ID as a question-set file (YAML) or a GIFT file."""
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import QuestionSet
    from quizapp.services import set_files

    app = create_app()
    with app.app_context():
        question_set = db.session.get(QuestionSet, set_id)
        if question_set is None:
            raise click.ClickException(f"No question set with id {set_id}.")
        text = set_files.export_text(question_set, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    click.echo(f"wrote set {set_id} to {output}", err=True)
