"""Accounts: plain functions over the database session, called by views and the CLI."""

from __future__ import annotations

import re
import secrets
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from quizapp.models import Role, User
from quizapp.security import hash_password, normalise_username

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")
MIN_PASSWORD = 8


class AccountError(ValueError):
    """A request that cannot become an account; the message is shown to the user."""


def check_username(username: str) -> str:
    name = normalise_username(username)
    if not USERNAME_RE.match(name):
        raise AccountError(
            "A username is 2 to 63 letters, digits, dots, dashes or underscores, "
            "starting with a letter or digit."
        )
    return name


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == normalise_username(username)))


def username_taken(session: Session, username: str) -> bool:
    name = normalise_username(username)
    return bool(session.scalar(select(func.count()).where(User.username == name)))


def create_user(
    session: Session,
    username: str,
    password: str,
    role: Role,
    display_name: str = "",
    email: str | None = None,
    is_admin: bool = False,
    created_by: User | None = None,
) -> User:
    name = check_username(username)
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"A password needs at least {MIN_PASSWORD} characters.")
    if username_taken(session, name):
        raise AccountError(f"The username {name!r} is taken.")
    user = User(
        username=name,
        display_name=display_name.strip() or name,
        email=(email or "").strip() or None,
        password_hash=hash_password(password),
        role=role,
        is_admin=is_admin,
        created_by_id=created_by.id if created_by else None,
    )
    session.add(user)
    session.flush()
    return user


def generate_password(words: int = 3) -> str:
    """A password a pupil can type from a slip: three short words and two digits."""
    return "-".join(secrets.choice(_WORDS) for _ in range(words)) + str(secrets.randbelow(90) + 10)


_WORDS = [
    "amber",
    "apple",
    "arrow",
    "bacon",
    "badge",
    "basil",
    "beach",
    "berry",
    "bison",
    "blaze",
    "bloom",
    "brave",
    "brick",
    "cabin",
    "camel",
    "candy",
    "cedar",
    "chalk",
    "charm",
    "cider",
    "cloud",
    "clover",
    "cobra",
    "comet",
    "coral",
    "crane",
    "crisp",
    "daisy",
    "delta",
    "dingo",
    "eagle",
    "ember",
    "fable",
    "fern",
    "flint",
    "frost",
    "gecko",
    "ginger",
    "glade",
    "grape",
    "gravel",
    "hazel",
    "heron",
    "honey",
    "igloo",
    "ivory",
    "jelly",
    "jolly",
    "kayak",
    "koala",
    "lemon",
    "lilac",
    "lotus",
    "mango",
    "maple",
    "meadow",
    "melon",
    "mint",
    "moose",
    "noble",
    "north",
    "oasis",
    "olive",
    "onion",
    "opal",
    "orbit",
    "otter",
    "panda",
    "pearl",
    "pepper",
    "pilot",
    "plum",
    "polar",
    "poppy",
    "prism",
    "quail",
    "quartz",
    "raven",
    "river",
    "robin",
    "rocket",
    "ruby",
    "saddle",
    "sage",
    "salmon",
    "scout",
    "shell",
    "sierra",
    "silver",
    "sky",
    "sparrow",
    "spruce",
    "storm",
    "sugar",
    "tango",
    "thyme",
    "tiger",
    "topaz",
    "tulip",
    "tundra",
    "velvet",
    "violet",
    "walnut",
    "willow",
    "yodel",
    "zebra",
]


def self_registered_learners(session: Session) -> list[User]:
    """Learners who made their own account: no instructor's class page can delete them."""
    return list(
        session.scalars(
            select(User)
            .where(User.role == Role.LEARNER, User.created_by_id.is_(None))
            .order_by(User.username)
        )
    )


def learner_summary(session: Session, learner: User) -> dict[str, int]:
    from quizapp.models import Attempt, ClassMember

    def count(model: type, column: Any) -> int:
        return session.scalar(select(func.count()).select_from(model).where(column == learner.id))

    return {
        "attempts": count(Attempt, Attempt.user_id) or 0,
        "classes": count(ClassMember, ClassMember.user_id) or 0,
    }


def delete_learner(session: Session, user_id: int) -> str:
    """Delete a learner account with every row that names them; the deleted username.

    Attempts, answers, set access and class memberships reference users with ON DELETE
    CASCADE (SQLite runs with foreign keys on, and secure_delete overwrites the rows).
    """
    learner = session.get(User, user_id)
    if learner is None or learner.role != Role.LEARNER:
        raise AccountError("No learner account with that id.")
    username = learner.username
    session.expunge(learner)
    session.execute(delete(User).where(User.id == user_id))
    session.expire_all()  # rows loaded before must not be served from the session
    return username
