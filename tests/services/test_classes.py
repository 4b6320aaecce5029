"""Classes and pupils' accounts (quizapp.services.classes), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from quizapp.models import (
    Answer,
    Assignment,
    Attempt,
    Base,
    ClassMember,
    QuestionSet,
    Role,
    SetAccess,
    User,
    as_utc,
)
from quizapp.security import verify_password
from quizapp.services import accounts, classes, set_access
from tests.factories.classes import make_attempt, make_published_set, make_user


@pytest.fixture
def teacher(session: Session) -> User:
    return make_user(session, "teacher", is_admin=True)


@pytest.fixture
def other_teacher(session: Session) -> User:
    return make_user(session, "other")


@pytest.fixture
def classroom(session: Session, teacher: User) -> classes.Classroom:
    room = classes.create_class(session, teacher, "Year 8 Blue")
    session.commit()
    return room


# --- usernames ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Amira Khan", "amira.k"),
        ("amira", "amira"),
        ("José María García", "jose.g"),
        ("Zoë O'Neill", "zoe.o"),
        ("李雷", "pupil"),
        ("A", "pupil.a"),
    ],
)
def test_username_base_is_first_name_dot_initial(name: str, expected: str) -> None:
    assert classes.username_base(name) == expected
    assert accounts.check_username(expected) == expected


def test_colliding_usernames_get_the_next_free_digit(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    slips = classes.add_pupils(
        session, teacher, classroom, ["Amira Khan", "Amira Kaur", "amira  KHAN"]
    )
    assert [s.username for s in slips] == ["amira.k", "amira.k2", "amira.k3"]


def test_parse_names_takes_one_name_per_line(session: Session) -> None:
    text_ = "  Amira Khan \n\n\tBen\tOkoro\r\nCara, Li\n"
    assert classes.parse_names(text_) == ["Amira Khan", "Ben Okoro", "Cara Li"]


def test_parse_names_refuses_an_overlong_list() -> None:
    with pytest.raises(classes.ClassError):
        classes.parse_names("\n".join(f"Pupil {i}" for i in range(201)))


# --- adding pupils -----------------------------------------------------------------------


def test_added_pupils_are_username_only_learners_in_the_class(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    slips = classes.add_pupils(session, teacher, classroom, ["Amira Khan", "Ben Okoro"])
    session.commit()
    pupils = classes.members(session, classroom)
    assert [(p.display_name, p.username) for p in pupils] == [
        ("Amira Khan", "amira.k"),
        ("Ben Okoro", "ben.o"),
    ]
    assert all(p.role == Role.LEARNER and p.email is None for p in pupils)
    assert all(p.created_by_id == teacher.id for p in pupils)
    assert len(slips) == 2


def test_a_slip_password_logs_in_and_is_stored_only_as_argon2id(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    session.commit()
    pupil = accounts.find_user(session, slip.username)
    assert pupil is not None
    assert pupil.password_hash.startswith("$argon2id$")
    assert slip.password not in pupil.password_hash
    assert verify_password(pupil, slip.password)


def test_no_column_holds_a_slip_password(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    session.commit()
    for table in Base.metadata.sorted_tables:
        for row in session.execute(select(table)).all():
            assert all(slip.password not in str(value) for value in row), table.name


def test_another_instructor_cannot_add_pupils_to_the_class(
    session: Session, other_teacher: User, classroom: classes.Classroom
) -> None:
    with pytest.raises(classes.NotYours):
        classes.add_pupils(session, other_teacher, classroom, ["Amira Khan"])


def test_a_pupil_can_be_in_two_classes_of_the_same_teacher(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    second = classes.create_class(session, teacher, "Media club")
    pupil = accounts.find_user(session, slip.username)
    classes.add_existing_pupil(session, teacher, second, pupil.id)
    session.commit()
    assert classes.own_pupils(session, teacher) == [(pupil, ["Media club", "Year 8 Blue"])]


def test_an_instructor_cannot_add_another_teachers_pupil(
    session: Session, teacher: User, other_teacher: User, classroom: classes.Classroom
) -> None:
    theirs = classes.create_class(session, other_teacher, "Theirs")
    (slip,) = classes.add_pupils(session, other_teacher, theirs, ["Amira Khan"])
    pupil = accounts.find_user(session, slip.username)
    with pytest.raises(classes.NotYours):
        classes.add_existing_pupil(session, teacher, classroom, pupil.id)


# --- reset, remove -----------------------------------------------------------------------


def test_reset_password_replaces_the_old_one(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    (old,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    pupil = accounts.find_user(session, old.username)
    new = classes.reset_password(session, teacher, classroom.id, pupil.id)
    session.commit()
    assert new.username == old.username
    assert verify_password(pupil, new.password)
    assert not verify_password(pupil, old.password)


def test_reset_password_of_a_pupil_outside_ones_classes_is_refused(
    session: Session, teacher: User, other_teacher: User, classroom: classes.Classroom
) -> None:
    theirs = classes.create_class(session, other_teacher, "Theirs")
    (slip,) = classes.add_pupils(session, other_teacher, theirs, ["Amira Khan"])
    pupil = accounts.find_user(session, slip.username)
    with pytest.raises(classes.NotYours):
        classes.reset_password(session, teacher, classroom.id, pupil.id)
    with pytest.raises(classes.NotYours):
        classes.reset_password(session, teacher, theirs.id, pupil.id)


def test_remove_from_class_keeps_the_account(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    pupil = accounts.find_user(session, slip.username)
    classes.remove_from_class(session, teacher, classroom.id, pupil.id)
    session.commit()
    assert classes.members(session, classroom) == []
    assert accounts.find_user(session, "amira.k") is not None


def test_learner_ids_in_class_only_for_the_owner(
    session: Session, teacher: User, other_teacher: User, classroom: classes.Classroom
) -> None:
    slips = classes.add_pupils(session, teacher, classroom, ["Amira Khan", "Ben Okoro"])
    session.commit()
    ids = [accounts.find_user(session, s.username).id for s in slips]
    assert classes.learner_ids_in_class(session, classroom.id, teacher.id) == sorted(ids)
    assert classes.learner_ids_in_class(session, classroom.id, other_teacher.id) == []


# --- deleting a pupil --------------------------------------------------------------------


def _rows_naming(session: Session, user_id: int, attempt_ids: list[int]) -> dict[str, int]:
    """For every table: rows with a column pointing at the user (or at their attempts)."""
    found = {}
    for table in Base.metadata.sorted_tables:
        conditions = []
        for column in table.columns:
            for fk in column.foreign_keys:
                if fk.column.table.name == "users":
                    conditions.append(column == user_id)
                if fk.column.table.name == "attempts" and attempt_ids:
                    conditions.append(column.in_(attempt_ids))
        if table.name == "users":
            conditions.append(table.c.id == user_id)
        if table.name == "attempts" and attempt_ids:
            conditions.append(table.c.id.in_(attempt_ids))
        for condition in conditions:
            count = session.scalar(select(func.count()).select_from(table).where(condition))
            found[f"{table.name}:{condition}"] = count
    return found


def _pupil_with_everything(
    session: Session, teacher: User, classroom: classes.Classroom
) -> tuple[User, list[int]]:
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    second = classes.create_class(session, teacher, "Media club")
    pupil = accounts.find_user(session, slip.username)
    classes.add_existing_pupil(session, teacher, second, pupil.id)
    question_set = make_published_set(session, teacher)
    set_access.join_set(session, pupil, question_set)
    classes.assign_set(session, teacher, classroom, question_set.id)
    attempts = [make_attempt(session, pupil, question_set) for _ in range(2)]
    session.commit()
    return pupil, [a.id for a in attempts]


def test_deleting_a_pupil_removes_every_row_that_names_them(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    pupil, attempt_ids = _pupil_with_everything(session, teacher, classroom)
    before = _rows_naming(session, pupil.id, attempt_ids)
    for table in ("users", "class_members", "set_access", "attempts", "answers"):
        assert any(n for key, n in before.items() if key.startswith(table + ":")), table
    classes.delete_pupil(session, teacher, pupil.id)
    session.commit()
    after = _rows_naming(session, pupil.id, attempt_ids)
    assert {key: n for key, n in after.items() if n} == {}


def test_deleting_a_pupil_leaves_the_class_and_other_pupils(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    pupil, _ = _pupil_with_everything(session, teacher, classroom)
    classes.add_pupils(session, teacher, classroom, ["Ben Okoro"])
    classes.delete_pupil(session, teacher, pupil.id)
    session.commit()
    assert [p.username for p in classes.members(session, classroom)] == ["ben.o"]
    assert session.scalar(select(func.count()).select_from(Assignment)) == 1


def test_deleting_a_pupil_cascades_in_the_database_itself(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    """The foreign keys, not the ORM, do the deleting: a raw DELETE leaves nothing behind."""
    pupil, attempt_ids = _pupil_with_everything(session, teacher, classroom)
    session.execute(text("DELETE FROM users WHERE id = :id"), {"id": pupil.id})
    session.commit()
    for model in (ClassMember, SetAccess, Attempt):
        count = session.scalar(
            select(func.count()).select_from(model).where(model.user_id == pupil.id)
        )
        assert count == 0, model.__tablename__
    answers = session.scalar(
        select(func.count()).select_from(Answer).where(Answer.attempt_id.in_(attempt_ids))
    )
    assert answers == 0


def test_an_instructor_can_delete_only_pupils_they_created(
    session: Session, teacher: User, other_teacher: User, classroom: classes.Classroom
) -> None:
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    pupil = accounts.find_user(session, slip.username)
    with pytest.raises(classes.NotYours):
        classes.delete_pupil(session, other_teacher, pupil.id)


def test_an_instructor_cannot_delete_an_instructor_they_invited(
    session: Session, teacher: User
) -> None:
    invited = make_user(session, "invited", created_by=teacher)
    with pytest.raises(classes.NotYours):
        classes.delete_pupil(session, teacher, invited.id)


# --- assignments -------------------------------------------------------------------------


def test_assigned_set_is_open_to_the_classes_pupils(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    question_set = make_published_set(session, teacher)
    classes.assign_set(session, teacher, classroom, question_set.id)
    session.commit()
    pupil = accounts.find_user(session, slip.username)
    assert [s.title for s in set_access.sets_open_to(session, pupil)] == ["Who said it?"]


@pytest.mark.parametrize(
    ("opens", "closes", "visible"),
    [
        (None, None, True),
        (-1, None, True),
        (+1, None, False),
        (None, +1, True),
        (None, -1, False),
        (-2, -1, False),
        (-1, +1, True),
    ],
)
def test_assignment_is_open_only_within_its_dates(
    session: Session,
    teacher: User,
    classroom: classes.Classroom,
    opens: int | None,
    closes: int | None,
    visible: bool,
) -> None:
    now = datetime.now(UTC)
    (slip,) = classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    question_set = make_published_set(session, teacher, code=None)
    classes.assign_set(
        session,
        teacher,
        classroom,
        question_set.id,
        opens_at=None if opens is None else now + timedelta(hours=opens),
        closes_at=None if closes is None else now + timedelta(hours=closes),
    )
    session.commit()
    pupil = accounts.find_user(session, slip.username)
    assert bool(set_access.sets_open_to(session, pupil)) is visible


def test_a_set_of_another_instructor_cannot_be_assigned(
    session: Session, teacher: User, other_teacher: User, classroom: classes.Classroom
) -> None:
    theirs = make_published_set(session, other_teacher)
    with pytest.raises(classes.NotYours):
        classes.assign_set(session, teacher, classroom, theirs.id)


def test_a_draft_set_cannot_be_assigned(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    draft = QuestionSet(owner_id=teacher.id, title="Draft")
    session.add(draft)
    session.commit()
    with pytest.raises(classes.ClassError):
        classes.assign_set(session, teacher, classroom, draft.id)


def test_closing_before_opening_is_refused(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    question_set = make_published_set(session, teacher)
    now = datetime.now(UTC)
    with pytest.raises(classes.ClassError):
        classes.assign_set(
            session, teacher, classroom, question_set.id, opens_at=now, closes_at=now
        )


def test_assigning_twice_updates_the_dates(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    question_set = make_published_set(session, teacher)
    later = datetime(2030, 1, 1, tzinfo=UTC)
    classes.assign_set(session, teacher, classroom, question_set.id)
    classes.assign_set(session, teacher, classroom, question_set.id, closes_at=later)
    session.commit()
    ((assignment, _),) = classes.assignments_of(session, classroom)
    assert as_utc(assignment.closes_at) == later


def test_names_already_in_the_class_are_told_apart(
    session: Session, teacher: User, classroom: classes.Classroom
) -> None:
    classes.add_pupils(session, teacher, classroom, ["Amira Khan"])
    new, known = classes.split_known_names(session, classroom, ["amira  khan", "Ben Okoro"])
    assert (new, known) == (["Ben Okoro"], ["amira  khan"])


@given(st.text(max_size=classes.MAX_NAME))
def test_any_name_gives_a_valid_username(name: str) -> None:
    base = classes.username_base(name)
    assert accounts.USERNAME_RE.match(base)
    assert accounts.USERNAME_RE.match(base + "99")
