"""One-time links by which an admin instructor invites another instructor.

The link carries a random token (32 bytes, URL-safe); only its SHA-256 is stored, so a copy
of the database cannot be turned into working links. A link works once, for 7 days.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from quizapp.models import Invitation, Role, User
from quizapp.services import accounts

VALID_FOR = timedelta(days=7)


class InvitationError(ValueError):
    """The link cannot be used; the message is shown to the visitor."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_invitation(
    session: Session, admin: User, *, now: datetime | None = None
) -> tuple[Invitation, str]:
    """A new invitation and its token; the token is shown once and never stored."""
    if not (admin.is_instructor and admin.is_admin):
        raise InvitationError("Only an admin instructor can invite.")
    now = now or datetime.now(UTC)
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        token_hash=token_hash(token),
        created_by_id=admin.id,
        created_at=now,
        expires_at=now + VALID_FOR,
    )
    session.add(invitation)
    session.flush()
    return invitation, token


def find_usable(session: Session, token: str, *, now: datetime | None = None) -> Invitation | None:
    """The invitation for this token if it is unused and not expired."""
    if not token or len(token) > 200:
        return None
    now = now or datetime.now(UTC)
    return session.scalar(
        select(Invitation).where(
            Invitation.token_hash == token_hash(token),
            Invitation.used_at.is_(None),
            Invitation.expires_at > now,
        )
    )


def accept(
    session: Session,
    token: str,
    username: str,
    password: str,
    display_name: str = "",
    *,
    now: datetime | None = None,
) -> User:
    """Create the invited instructor and use up the link, in the caller's transaction.

    Raises InvitationError for an unknown, used or expired link and AccountError for a bad
    username or password. The used-once check is an UPDATE guarded by ``used_at IS NULL``,
    so two people opening the same link at once cannot both get an account.
    """
    now = now or datetime.now(UTC)
    invitation = find_usable(session, token, now=now)
    if invitation is None:
        raise InvitationError("This invitation link is not valid: it was used or has expired.")
    inviter = session.get(User, invitation.created_by_id) if invitation.created_by_id else None
    user = accounts.create_user(
        session,
        username,
        password,
        Role.INSTRUCTOR,
        display_name=display_name,
        is_admin=False,
        created_by=inviter,
    )
    claimed = session.execute(
        update(Invitation)
        .where(Invitation.id == invitation.id, Invitation.used_at.is_(None))
        .values(used_at=now, used_by_id=user.id)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise InvitationError("This invitation link has just been used.")
    session.expire(invitation)
    return user


def state(invitation: Invitation, now: datetime | None = None) -> str:
    """ "used", "expired" or "open"."""
    now = now or datetime.now(UTC)
    expires = invitation.expires_at
    if expires.tzinfo is None:  # SQLite hands back naive UTC values
        expires = expires.replace(tzinfo=UTC)
    if invitation.used_at is not None:
        return "used"
    return "expired" if expires <= now else "open"


def invitations_by(session: Session, admin: User) -> list[Invitation]:
    return list(
        session.scalars(
            select(Invitation)
            .where(Invitation.created_by_id == admin.id)
            .order_by(Invitation.created_at.desc())
        )
    )


def revoke(session: Session, admin: User, invitation_id: int) -> None:
    """Withdraw an unused invitation of one's own (used ones stay, as a record)."""
    invitation = session.get(Invitation, invitation_id)
    if invitation is None or invitation.created_by_id != admin.id:
        raise LookupError(invitation_id)
    if invitation.used_at is None:
        session.delete(invitation)
        session.flush()
