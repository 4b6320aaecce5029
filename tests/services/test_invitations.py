"""Inviting instructors by a one-time link: the functions and the pages, on both engines."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from quizapp.extensions import db
from quizapp.models import Base, Invitation, Role, User
from quizapp.services import accounts, invitations
from tests.factories.app import PASSWORD, add_user, log_in
from tests.factories.classes import make_user

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def admin(session: Session) -> User:
    return make_user(session, "head", is_admin=True)


# --- functions ---------------------------------------------------------------------------


def test_only_the_tokens_sha256_is_stored(session: Session, admin: User) -> None:
    invitation, token = invitations.create_invitation(session, admin)
    session.commit()
    assert len(token) >= 43  # 32 random bytes, URL-safe base64
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    for table in Base.metadata.sorted_tables:
        for row in session.execute(select(table)).all():
            assert all(token not in str(value) for value in row), table.name


def test_an_invitation_expires_after_seven_days(session: Session, admin: User) -> None:
    _, token = invitations.create_invitation(session, admin, now=NOW)
    session.commit()
    assert invitations.find_usable(session, token, now=NOW + timedelta(days=7, seconds=-1))
    assert invitations.find_usable(session, token, now=NOW + timedelta(days=7)) is None


def test_accepting_makes_a_plain_instructor(session: Session, admin: User) -> None:
    _, token = invitations.create_invitation(session, admin)
    user = invitations.accept(session, token, "NewTeacher", PASSWORD, "Mr New")
    session.commit()
    assert (user.username, user.role, user.is_admin) == ("newteacher", Role.INSTRUCTOR, False)
    assert user.created_by_id == admin.id


def test_a_link_works_once(session: Session, admin: User) -> None:
    _, token = invitations.create_invitation(session, admin)
    invitations.accept(session, token, "first", PASSWORD)
    session.commit()
    with pytest.raises(invitations.InvitationError):
        invitations.accept(session, token, "second", PASSWORD)


def test_accepting_records_who_used_it(session: Session, admin: User) -> None:
    invitation, token = invitations.create_invitation(session, admin)
    user = invitations.accept(session, token, "first", PASSWORD)
    session.commit()
    session.refresh(invitation)
    assert invitation.used_by_id == user.id
    assert invitation.used_at is not None


def test_an_expired_link_is_refused(session: Session, admin: User) -> None:
    _, token = invitations.create_invitation(session, admin, now=NOW - timedelta(days=8))
    session.commit()
    with pytest.raises(invitations.InvitationError):
        invitations.accept(session, token, "late", PASSWORD)


def test_an_unknown_token_is_refused(session: Session, admin: User) -> None:
    with pytest.raises(invitations.InvitationError):
        invitations.accept(session, "made-up-token", "guess", PASSWORD)


def test_only_admin_instructors_invite(session: Session) -> None:
    plain = make_user(session, "plain", is_admin=False)
    with pytest.raises(invitations.InvitationError):
        invitations.create_invitation(session, plain)


def test_a_withdrawn_link_stops_working(session: Session, admin: User) -> None:
    invitation, token = invitations.create_invitation(session, admin)
    invitations.revoke(session, admin, invitation.id)
    session.commit()
    assert invitations.find_usable(session, token) is None


# --- pages -------------------------------------------------------------------------------


def _invite(client: FlaskClient) -> str:
    response = client.post("/teach/invitations")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    match = re.search(r'value="(http://localhost/auth/invitation/[^"]+)"', response.get_data(True))
    assert match
    return match.group(1).removeprefix("http://localhost")


def _accept(client: FlaskClient, path: str, username: str = "newteacher"):
    data = {"username": username, "display_name": "Mr New", "password": PASSWORD}
    return client.post(path, data={**data, "confirm": PASSWORD})


def test_the_invited_person_registers_and_is_logged_in(
    app: Flask, client: FlaskClient, instructor_client: FlaskClient
) -> None:
    path = _invite(instructor_client)
    assert "Create your instructor account" in client.get(path).get_data(as_text=True)
    response = _accept(client, path)
    assert response.status_code == 302
    assert client.get("/api/me").get_json()["role"] == "instructor"


def test_the_link_is_shown_once(instructor_client: FlaskClient) -> None:
    path = _invite(instructor_client)
    assert path not in instructor_client.get("/teach/invitations").get_data(as_text=True)


def test_a_used_link_is_404(app: Flask, instructor_client: FlaskClient) -> None:
    path = _invite(instructor_client)
    _accept(app.test_client(), path)
    response = _accept(app.test_client(), path, username="someoneelse")
    assert response.status_code == 404
    with app.app_context():
        assert accounts.find_user(db.session, "someoneelse") is None


def test_a_taken_username_keeps_the_link_usable(
    app: Flask, client: FlaskClient, instructor_client: FlaskClient
) -> None:
    path = _invite(instructor_client)
    response = _accept(client, path, username="teacher")
    assert "is taken" in response.get_data(as_text=True)
    assert _accept(client, path, username="another").status_code == 302


def test_a_made_up_link_is_404(client: FlaskClient) -> None:
    assert client.get("/auth/invitation/not-a-real-token").status_code == 404


def test_another_admins_invitation_cannot_be_withdrawn(
    app: Flask, instructor_client: FlaskClient
) -> None:
    add_user(app, "head2", Role.INSTRUCTOR, is_admin=True)
    other = app.test_client()
    log_in(other, "head2")
    _invite(other)
    with app.app_context():
        invitation_id = db.session.scalar(select(Invitation.id))
    response = instructor_client.post(f"/teach/invitations/{invitation_id}/revoke")
    assert response.status_code == 404
    with app.app_context():
        assert db.session.get(Invitation, invitation_id) is not None
