"""The database: SQLAlchemy 2 typed models mirroring the core's dataclasses.

Grades are never recomputed from a question that may have changed: an ``Answer`` keeps the
mark it was given, and editing a question that already has answers retires it and puts a
copy in its place (see ``services.authoring.questions.edit_question``), so an attempt always
points at the exact questions it was graded on.
"""

from __future__ import annotations

import enum
import hashlib
from datetime import UTC, datetime
from typing import Any

from flask_login import UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


# Stable constraint names, so Alembic migrations read the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Role(enum.StrEnum):
    INSTRUCTOR = "instructor"
    LEARNER = "learner"


class SetStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class Feedback(enum.StrEnum):
    AFTER_SUBMIT = "after_submit"
    AFTER_EACH = "after_each"


class Grading(enum.StrEnum):
    BEST = "best"
    LAST = "last"
    FIRST = "first"


class AnalysisState(enum.StrEnum):
    NONE = "none"
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as plain strings (no native ENUM type): the same on both engines.
    return Enum(cls, name=name, native_enum=False, length=20, values_callable=_values)


def _values(cls: type[enum.Enum]) -> list[str]:
    return [member.value for member in cls]


class User(UserMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased: "Alice" and "alice" are one account.
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]
    # Raised at each log-out: every session cookie issued before it stops working.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    def get_id(self) -> str:
        """The session's user id, bound to the password and the session version: a reset
        or a log-out ends the sessions of every device, even a copied cookie."""
        return f"{self.id}.{self.session_token()}"

    def session_token(self) -> str:
        bound = f"{self.password_hash}:{self.session_version or 0}"
        return hashlib.sha256(bound.encode()).hexdigest()[:16]

    @property
    def is_instructor(self) -> bool:
        return self.role == Role.INSTRUCTOR

    @property
    def name(self) -> str:
        return self.display_name or self.username


class Classroom(Base):
    """A class of learners (``class`` is a Python keyword)."""

    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    owner: Mapped[User] = relationship()
    members: Mapped[list[ClassMember]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan", passive_deletes=True
    )


class ClassMember(Base):
    __tablename__ = "class_members"

    class_id: Mapped[int] = mapped_column(
        ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)

    classroom: Mapped[Classroom] = relationship(back_populates="members")
    user: Mapped[User] = relationship()


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    outlet: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")
    # ISO date as given; the column keeps its first name (core.Article and files say date).
    date: Mapped[str] = mapped_column("published_on", String(32), default="")
    original: Mapped[str] = mapped_column(Text, default="")  # the file or paste as received
    text: Mapped[str] = mapped_column(Text, default="")  # what claim spans point into
    body: Mapped[list[Any]] = mapped_column(default=list)  # [[start, end], ...] of non-boilerplate
    analysis_state: Mapped[AnalysisState] = mapped_column(
        _enum(AnalysisState, "analysis_state"), default=AnalysisState.NONE
    )
    analysis_error: Mapped[str] = mapped_column(Text, default="")
    analysed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Claim.position",
    )


class Claim(Base):
    """A claim found in an article, stored so an instructor can correct it."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(300), default="")
    source_text: Mapped[str] = mapped_column(String(300), default="")
    source_type: Mapped[str] = mapped_column(String(20), default="")
    cue: Mapped[str] = mapped_column(String(120), default="")
    cue_strength: Mapped[str] = mapped_column(String(20), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="attributed")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    source_spans: Mapped[list[Any]] = mapped_column(default=list)
    cue_spans: Mapped[list[Any]] = mapped_column(default=list)
    content_spans: Mapped[list[Any]] = mapped_column(default=list)
    evidence_span: Mapped[list[Any]] = mapped_column(default=list)
    figures: Mapped[list[Any]] = mapped_column(default=list)
    related: Mapped[list[Any]] = mapped_column(default=list)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)  # corrected by an instructor

    article: Mapped[Article] = relationship(back_populates="claims")


class QuestionSet(Base):
    __tablename__ = "question_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    copied_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("question_sets.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SetStatus] = mapped_column(
        _enum(SetStatus, "set_status"), default=SetStatus.DRAFT
    )
    join_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    # Where a bundled or imported set came from, so loading it twice creates nothing twice.
    origin: Mapped[str | None] = mapped_column(String(300), unique=True)
    generation_seed: Mapped[int] = mapped_column(Integer, default=0)
    shuffle: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts_allowed: Mapped[int] = mapped_column(Integer, default=1)  # 0: no limit
    time_limit_minutes: Mapped[int | None]
    feedback: Mapped[Feedback] = mapped_column(
        _enum(Feedback, "feedback"), default=Feedback.AFTER_SUBMIT
    )
    grading: Mapped[Grading] = mapped_column(_enum(Grading, "grading"), default=Grading.BEST)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None]

    owner: Mapped[User | None] = relationship()
    article: Mapped[Article | None] = relationship()
    questions: Mapped[list[Question]] = relationship(
        back_populates="question_set",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Question.position",
    )

    @property
    def is_published(self) -> bool:
        return self.status == SetStatus.PUBLISHED


class Question(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(
        ForeignKey("question_sets.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(40))
    stem: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[Any]] = mapped_column(default=list)
    answer: Mapped[Any] = mapped_column(JSON)
    skills: Mapped[list[Any]] = mapped_column(default=list)
    explanation: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    evidence_spans: Mapped[list[Any]] = mapped_column(default=list)
    claim_ids: Mapped[list[Any]] = mapped_column(default=list)  # Claim.id values it came from
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    edited_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    # A question that has been answered is never changed: editing retires it for a copy.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    question_set: Mapped[QuestionSet] = relationship(back_populates="questions")


class SetAccess(Base):
    """A learner who joined a set with its code or link."""

    __tablename__ = "set_access"

    set_id: Mapped[int] = mapped_column(
        ForeignKey("question_sets.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    extra_minutes: Mapped[int] = mapped_column(Integer, default=0)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)


class Assignment(Base):
    """A published set handed to a class, optionally open only between two dates."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("set_id", "class_id", name="uq_assignments_set_class"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    opens_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attempt(Base):
    __tablename__ = "attempts"
    __table_args__ = (
        UniqueConstraint("set_id", "user_id", "number", name="uq_attempts_set_user_number"),
        Index("ix_attempts_set_submitted", "set_id", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    question_ids: Mapped[list[Any]] = mapped_column(default=list)  # in the order shown
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    deadline_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime | None]
    score: Mapped[float | None]  # share of marks, 0..1
    skill_scores: Mapped[dict[str, Any]] = mapped_column(default=dict)  # skill: [right, asked]
    discernment: Mapped[float | None]
    bias: Mapped[float | None]

    question_set: Mapped[QuestionSet] = relationship()
    user: Mapped[User] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(Base):
    __tablename__ = "answers"
    # One answer per attempt and question, enforced by the database: a double submit
    # cannot count twice whatever the application does.
    __table_args__ = (
        UniqueConstraint("attempt_id", "question_id", name="uq_answers_attempt_question"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    response: Mapped[Any] = mapped_column(JSON)
    correct: Mapped[bool | None]
    score: Mapped[float | None]
    judgements: Mapped[list[Any]] = mapped_column(default=list)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)  # key shown: no more changes
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    attempt: Mapped[Attempt] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship()


class Invitation(Base):
    """A one-time link by which an admin instructor invites another instructor."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
