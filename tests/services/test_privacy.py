"""The retention purge and a learner's own-data export (quizapp.services.privacy), on both
engines."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizapp.models import Answer, Attempt, Role, User
from quizapp.services import classes, privacy
from tests.factories.classes import make_attempt, make_published_set, make_user

NOW = datetime(2026, 6, 1, 12, 0, 0, tzinfo=UTC)


@pytest.fixture
def teacher(session: Session) -> User:
    return make_user(session, "teacher")


@pytest.fixture
def pupil(session: Session) -> User:
    return make_user(session, "pupil", Role.LEARNER, display_name="Pat Pupil")


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


# --- purge -------------------------------------------------------------------------------


def test_purge_deletes_exactly_what_started_before_the_cutoff(
    session: Session, teacher: User, pupil: User
) -> None:
    question_set = make_published_set(session, teacher)
    cutoff = NOW - timedelta(days=30)
    ages = {
        "old": cutoff - timedelta(days=3),
        "just_before": cutoff - timedelta(seconds=1),
        "at_cutoff": cutoff,
        "just_after": cutoff + timedelta(seconds=1),
        "new": NOW,
    }
    ids = {name: make_attempt(session, pupil, question_set, at).id for name, at in ages.items()}
    report = privacy.purge(session, timedelta(days=30), now=NOW)
    session.commit()
    left = set(session.scalars(select(Attempt.id)))
    assert left == {ids["at_cutoff"], ids["just_after"], ids["new"]}
    assert report.counts() == {"attempts": 2, "answers": 4}


def test_purge_deletes_the_answers_of_purged_attempts(
    session: Session, teacher: User, pupil: User
) -> None:
    question_set = make_published_set(session, teacher)
    make_attempt(session, pupil, question_set, NOW - timedelta(days=100))
    kept = make_attempt(session, pupil, question_set, NOW)
    privacy.purge(session, timedelta(days=30), now=NOW)
    session.commit()
    assert set(session.scalars(select(Answer.attempt_id))) == {kept.id}


def test_purge_dry_run_counts_but_deletes_nothing(
    session: Session, teacher: User, pupil: User
) -> None:
    question_set = make_published_set(session, teacher)
    make_attempt(session, pupil, question_set, NOW - timedelta(days=100))
    report = privacy.purge(session, timedelta(days=30), now=NOW, dry_run=True)
    session.commit()
    assert report.counts() == {"attempts": 1, "answers": 2}
    assert (_count(session, Attempt), _count(session, Answer)) == (1, 2)


def test_purge_keeps_accounts_and_sets(session: Session, teacher: User, pupil: User) -> None:
    question_set = make_published_set(session, teacher)
    make_attempt(session, pupil, question_set, NOW - timedelta(days=100))
    privacy.purge(session, timedelta(days=30), now=NOW)
    session.commit()
    assert _count(session, User) == 2
    assert session.get(type(question_set), question_set.id) is not None


def test_purge_with_nothing_old_reports_zero(session: Session, teacher: User, pupil: User):
    make_attempt(session, pupil, make_published_set(session, teacher), NOW)
    report = privacy.purge(session, timedelta(days=30), now=NOW)
    assert report.counts() == {"attempts": 0, "answers": 0}


# --- a learner's own data ----------------------------------------------------------------


def test_export_holds_the_learners_attempts_and_answers(
    session: Session, teacher: User, pupil: User
) -> None:
    question_set = make_published_set(session, teacher)
    make_attempt(session, pupil, question_set, NOW)
    data = privacy.export_own_data(session, pupil)
    assert data["account"]["username"] == "pupil"
    (attempt,) = data["attempts"]
    assert attempt["set"] == "Who said it?"
    assert [a["question"] for a in attempt["answers"]] == ["Question 0?", "Question 1?"]
    assert attempt["started_at"].startswith("2026-06-01T12:00:00")


def test_export_holds_no_one_elses_data(session: Session, teacher: User, pupil: User) -> None:
    other = make_user(session, "other-pupil", Role.LEARNER)
    question_set = make_published_set(session, teacher)
    make_attempt(session, other, question_set, NOW)
    assert privacy.export_own_data(session, pupil)["attempts"] == []


def test_export_leaves_out_the_password_hash(session: Session, pupil: User) -> None:
    text = privacy.own_data_json(privacy.export_own_data(session, pupil))
    assert "argon2" not in text
    assert "password" not in text


def test_export_lists_the_learners_classes(session: Session, teacher: User) -> None:
    room = classes.create_class(session, teacher, "Year 8 Blue")
    (slip,) = classes.add_pupils(session, teacher, room, ["Amira Khan"])
    session.commit()
    amira = session.scalar(select(User).where(User.username == slip.username))
    assert [c["name"] for c in privacy.export_own_data(session, amira)["classes"]] == [
        "Year 8 Blue"
    ]


def test_json_export_round_trips(session: Session, teacher: User, pupil: User) -> None:
    make_attempt(session, pupil, make_published_set(session, teacher), NOW)
    data = privacy.export_own_data(session, pupil)
    assert json.loads(privacy.own_data_json(data)) == data


def test_csv_has_one_row_per_answer(session: Session, teacher: User, pupil: User) -> None:
    question_set = make_published_set(session, teacher)
    make_attempt(session, pupil, question_set, NOW)
    make_attempt(session, pupil, question_set, NOW + timedelta(minutes=5))
    rows = list(
        csv.DictReader(io.StringIO(privacy.own_data_csv(privacy.export_own_data(session, pupil))))
    )
    assert len(rows) == 4
    assert [r["attempt_number"] for r in rows] == ["1", "1", "2", "2"]
    assert rows[0]["correct"] == "yes"


def test_csv_cells_never_start_a_formula(session: Session, teacher: User, pupil: User) -> None:
    question_set = make_published_set(session, teacher, title='=HYPERLINK("http://x")')
    question_set.questions[0].stem = "@SUM(A1)"
    session.commit()
    make_attempt(session, pupil, question_set, NOW)
    rows = list(
        csv.reader(io.StringIO(privacy.own_data_csv(privacy.export_own_data(session, pupil))))
    )
    cells = [c for row in rows[1:] for c in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert "'@SUM(A1)" in cells
    assert not any(c[:1] in ("=", "+", "@") for c in cells)


def test_csv_of_an_attempt_without_answers_still_has_its_row(
    session: Session, teacher: User, pupil: User
) -> None:
    question_set = make_published_set(session, teacher)
    attempt = Attempt(set_id=question_set.id, user_id=pupil.id, number=1, started_at=NOW)
    session.add(attempt)
    session.commit()
    rows = list(
        csv.DictReader(io.StringIO(privacy.own_data_csv(privacy.export_own_data(session, pupil))))
    )
    assert [(r["attempt_id"], r["question_id"]) for r in rows] == [(str(attempt.id), "")]
