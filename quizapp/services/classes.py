"""Classes and pupils' accounts: plain functions over the session, called by the views.

A pupil belongs to the instructor who created the account (``User.created_by_id``); an
instructor sees and resets only pupils in their own classes and deletes only pupils they
created. Plain passwords exist only in the ``Slip`` values returned here, for the one
response that shows them: they are never stored, logged or put in a cookie or a URL.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from quizapp.models import (
    Assignment,
    Attempt,
    ClassMember,
    Classroom,
    QuestionSet,
    Role,
    SetStatus,
    User,
    as_utc,
)
from quizapp.security import hash_password
from quizapp.services import accounts

MAX_PUPILS_PER_PASTE = 200
MAX_NAME = 120


class ClassError(ValueError):
    """A request that cannot be done; the message is shown to the teacher."""


class NotYours(LookupError):
    """The class, pupil or set is not the instructor's (the views answer 404)."""


@dataclass(frozen=True)
class Slip:
    """What a login slip shows, held only for the response that prints it."""

    display_name: str
    username: str
    password: str


# --- classes -----------------------------------------------------------------------------


def create_class(session: Session, owner: User, name: str) -> Classroom:
    name = " ".join(name.split())
    if not name:
        raise ClassError("Give the class a name.")
    if len(name) > MAX_NAME:
        raise ClassError(f"A class name has at most {MAX_NAME} characters.")
    classroom = Classroom(name=name, owner_id=owner.id)
    session.add(classroom)
    session.flush()
    return classroom


def classes_of(session: Session, owner: User) -> list[Classroom]:
    return list(
        session.scalars(
            select(Classroom).where(Classroom.owner_id == owner.id).order_by(Classroom.name)
        )
    )


def get_class(session: Session, owner: User, class_id: int) -> Classroom:
    classroom = session.get(Classroom, class_id)
    if classroom is None or classroom.owner_id != owner.id:
        raise NotYours(class_id)
    return classroom


def delete_class(session: Session, owner: User, class_id: int) -> None:
    """Delete the class, its memberships and assignments; the pupils' accounts stay."""
    classroom = get_class(session, owner, class_id)
    session.delete(classroom)
    session.flush()


def members(session: Session, classroom: Classroom) -> list[User]:
    return list(
        session.scalars(
            select(User)
            .join(ClassMember, ClassMember.user_id == User.id)
            .where(ClassMember.class_id == classroom.id)
            .order_by(User.display_name, User.username)
        )
    )


def learner_ids_in_class(session: Session, class_id: int, owner_id: int) -> list[int]:
    """Ids of the learners in a class, or [] when the class is not ``owner_id``'s.

    For filters elsewhere (results by class): ``Attempt.user_id.in_(ids)``.
    """
    return list(
        session.scalars(
            select(ClassMember.user_id)
            .join(Classroom, Classroom.id == ClassMember.class_id)
            .join(User, User.id == ClassMember.user_id)
            .where(
                ClassMember.class_id == class_id,
                Classroom.owner_id == owner_id,
                User.role == Role.LEARNER,
            )
            .order_by(ClassMember.user_id)
        )
    )


# --- pupils ------------------------------------------------------------------------------


def parse_names(text: str) -> list[str]:
    """One name per line; blank lines and surrounding spaces dropped; tabs and commas from a
    spreadsheet column paste read as spaces."""
    names = []
    for line in text.splitlines():
        name = " ".join(re.sub(r"[\t,;]+", " ", line).split())
        if name:
            if len(name) > MAX_NAME:
                raise ClassError(f"A name has at most {MAX_NAME} characters: {name[:40]}…")
            names.append(name)
    if len(names) > MAX_PUPILS_PER_PASTE:
        raise ClassError(f"Add at most {MAX_PUPILS_PER_PASTE} pupils at a time.")
    return names


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def username_base(name: str) -> str:
    """ "Amira Khan" -> "amira.k"; "Amira" -> "amira"; nothing Latin -> "pupil"."""
    words = [w for w in (_ascii_word(part) for part in name.split()) if w]
    if not words:
        return "pupil"
    base = words[0][:40]
    if len(words) > 1:
        base += "." + words[-1][0]
    if len(base) < 2:
        base = "pupil." + base
    return base


def unique_username(session: Session, name: str) -> str:
    """The base name if free, else the base with the lowest free number from 2 up."""
    base = username_base(name)
    taken = set(
        session.scalars(
            select(User.username).where(
                (User.username == base) | User.username.like(_like_prefix(base) + "%", escape="\\")
            )
        )
    )
    if base not in taken:
        return base
    number = 2
    while f"{base}{number}" in taken:
        number += 1
    return f"{base}{number}"


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def split_known_names(
    session: Session, classroom: Classroom, names: list[str]
) -> tuple[list[str], list[str]]:
    """(new names, names already in the class), comparing names without regard to case.

    Sending the same list twice (a double click, or the whole list pasted again with a few
    names added) must not make a second account for every pupil.
    """
    known = {
        " ".join(name.split()).casefold()
        for name in session.scalars(
            select(User.display_name)
            .join(ClassMember, ClassMember.user_id == User.id)
            .where(ClassMember.class_id == classroom.id)
        )
    }

    def key(name: str) -> str:
        return " ".join(name.split()).casefold()

    return [n for n in names if key(n) not in known], [n for n in names if key(n) in known]


def add_pupils(session: Session, owner: User, classroom: Classroom, names: list[str]) -> list[Slip]:
    """Create a username-only learner account per name, in the class; one slip each."""
    if classroom.owner_id != owner.id:
        raise NotYours(classroom.id)
    if not names:
        raise ClassError("Type at least one name, one per line.")
    slips = []
    for name in names:
        password = accounts.generate_password()
        user = accounts.create_user(
            session,
            unique_username(session, name),
            password,
            Role.LEARNER,
            display_name=name,
            created_by=owner,
        )
        session.add(ClassMember(class_id=classroom.id, user_id=user.id))
        slips.append(Slip(user.display_name, user.username, password))
    session.flush()
    return slips


def own_pupils_not_in(session: Session, owner: User, classroom: Classroom) -> list[User]:
    """Learners the instructor created who are not yet in this class (to add them too)."""
    in_class = select(ClassMember.user_id).where(ClassMember.class_id == classroom.id)
    return list(
        session.scalars(
            select(User)
            .where(
                User.created_by_id == owner.id,
                User.role == Role.LEARNER,
                User.id.not_in(in_class),
            )
            .order_by(User.display_name, User.username)
        )
    )


def own_pupils(session: Session, owner: User) -> list[tuple[User, list[str]]]:
    """Every learner the instructor created, with the names of their classes."""
    pupils = list(
        session.scalars(
            select(User)
            .where(User.created_by_id == owner.id, User.role == Role.LEARNER)
            .order_by(User.display_name, User.username)
        )
    )
    names: dict[int, list[str]] = {p.id: [] for p in pupils}
    if names:
        rows = session.execute(
            select(ClassMember.user_id, Classroom.name)
            .join(Classroom, Classroom.id == ClassMember.class_id)
            .where(ClassMember.user_id.in_(list(names)), Classroom.owner_id == owner.id)
            .order_by(Classroom.name)
        )
        for user_id, name in rows:
            names[user_id].append(name)
    return [(p, names[p.id]) for p in pupils]


def add_existing_pupil(session: Session, owner: User, classroom: Classroom, user_id: int) -> User:
    if classroom.owner_id != owner.id:
        raise NotYours(classroom.id)
    pupil = own_pupil(session, owner, user_id)
    if session.get(ClassMember, (classroom.id, pupil.id)) is None:
        session.add(ClassMember(class_id=classroom.id, user_id=pupil.id))
        session.flush()
    return pupil


def own_pupil(session: Session, owner: User, user_id: int) -> User:
    """A learner this instructor created."""
    pupil = session.get(User, user_id)
    if pupil is None or pupil.role != Role.LEARNER or pupil.created_by_id != owner.id:
        raise NotYours(user_id)
    return pupil


def pupil_in_class(session: Session, owner: User, class_id: int, user_id: int) -> User:
    """A learner in one of this instructor's classes (``class_id``)."""
    classroom = get_class(session, owner, class_id)
    pupil = session.get(User, user_id)
    if (
        pupil is None
        or pupil.role != Role.LEARNER
        or session.get(ClassMember, (classroom.id, pupil.id)) is None
    ):
        raise NotYours(user_id)
    return pupil


def reset_password(session: Session, owner: User, class_id: int, user_id: int) -> Slip:
    pupil = pupil_in_class(session, owner, class_id, user_id)
    password = accounts.generate_password()
    pupil.password_hash = hash_password(password)
    session.flush()
    return Slip(pupil.display_name, pupil.username, password)


def remove_from_class(session: Session, owner: User, class_id: int, user_id: int) -> None:
    """Take a pupil out of a class; the account and its attempts stay."""
    pupil = pupil_in_class(session, owner, class_id, user_id)
    session.execute(
        delete(ClassMember).where(ClassMember.class_id == class_id, ClassMember.user_id == pupil.id)
    )
    session.flush()


def pupil_summary(session: Session, pupil: User) -> dict[str, int]:
    """What deleting a pupil would remove, for the confirmation page."""
    return {
        "attempts": session.scalar(
            select(func.count()).select_from(Attempt).where(Attempt.user_id == pupil.id)
        )
        or 0,
        "classes": session.scalar(
            select(func.count()).select_from(ClassMember).where(ClassMember.user_id == pupil.id)
        )
        or 0,
    }


def delete_pupil(session: Session, owner: User, user_id: int) -> str:
    """Delete a pupil this instructor created, with every row that names them.

    The database does the rest: attempts, answers, set access and class memberships
    reference users with ON DELETE CASCADE (SQLite runs with foreign keys on).
    Returns the deleted username.
    """
    pupil = own_pupil(session, owner, user_id)
    username = pupil.username
    session.expunge(pupil)
    session.execute(delete(User).where(User.id == user_id))
    # Rows loaded before the delete must not be written back or served from the session.
    session.expire_all()
    return username


# --- assignments -------------------------------------------------------------------------


def assignable_sets(session: Session, owner: User) -> list[QuestionSet]:
    return list(
        session.scalars(
            select(QuestionSet)
            .where(QuestionSet.owner_id == owner.id, QuestionSet.status == SetStatus.PUBLISHED)
            .order_by(QuestionSet.title)
        )
    )


def assign_set(
    session: Session,
    owner: User,
    classroom: Classroom,
    set_id: int,
    opens_at: datetime | None = None,
    closes_at: datetime | None = None,
) -> Assignment:
    """Hand a published set the instructor owns to a class; assigning again updates dates."""
    if classroom.owner_id != owner.id:
        raise NotYours(classroom.id)
    question_set = session.get(QuestionSet, set_id)
    if question_set is None or question_set.owner_id != owner.id:
        raise NotYours(set_id)
    if question_set.status != SetStatus.PUBLISHED:
        raise ClassError("Only a published set can be assigned.")
    opens_at, closes_at = as_utc(opens_at), as_utc(closes_at)
    if opens_at and closes_at and closes_at <= opens_at:
        raise ClassError("The closing time must come after the opening time.")
    assignment = session.scalar(
        select(Assignment).where(Assignment.set_id == set_id, Assignment.class_id == classroom.id)
    )
    if assignment is None:
        assignment = Assignment(set_id=set_id, class_id=classroom.id)
        session.add(assignment)
    assignment.opens_at = opens_at
    assignment.closes_at = closes_at
    session.flush()
    return assignment


def assignments_of(session: Session, classroom: Classroom) -> list[tuple[Assignment, QuestionSet]]:
    rows = session.execute(
        select(Assignment, QuestionSet)
        .join(QuestionSet, QuestionSet.id == Assignment.set_id)
        .where(Assignment.class_id == classroom.id)
        .order_by(QuestionSet.title)
    )
    return [(a, s) for a, s in rows]


def unassign(session: Session, owner: User, class_id: int, assignment_id: int) -> None:
    classroom = get_class(session, owner, class_id)
    assignment = session.get(Assignment, assignment_id)
    if assignment is None or assignment.class_id != classroom.id:
        raise NotYours(assignment_id)
    session.delete(assignment)
    session.flush()
