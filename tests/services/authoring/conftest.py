"""The people of the authoring tests: two instructors and a learner, on both engines."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from quizapp import models
from quizapp.models import Role
from tests.factories.app import add_user


@pytest.fixture
def teacher(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "teach", Role.INSTRUCTOR))


@pytest.fixture
def other(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "other", Role.INSTRUCTOR))


@pytest.fixture
def learner(app: Flask, session: Session) -> models.User:
    return session.get(models.User, add_user(app, "learn", Role.LEARNER))
