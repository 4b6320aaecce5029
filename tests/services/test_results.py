"""The results queries against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import math

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from quizapp.core import statistics
from quizapp.models import Grading, Role, User
from quizapp.services import results
from quizapp.services.attempt_history import counting_attempt
from quizapp.services.authoring import sets
from tests.factories.results import (
    HAND_MATRIX,
    hand_worked_set,
    make_attempt,
    make_set,
    make_user,
)


@pytest.fixture
def owner(session: Session) -> User:
    user = make_user(session, "owner", Role.INSTRUCTOR)
    session.commit()
    return user


def test_item_figures_from_sql_match_the_hand_worked_example(session, owner) -> None:
    qs = hand_worked_set(session, owner.id)
    items = results.set_results(session, qs).items
    assert [i.stats.facility for i in items] == pytest.approx([0.6, 0.6, 0.4, 1.0])
    assert [i.stats.discrimination for i in items[:3]] == pytest.approx(
        [0.5 / math.sqrt(3), 0.5 / math.sqrt(3), 3 / 7]
    )
    assert items[3].stats.discrimination is None
    assert [i.stats.n for i in items] == [5, 5, 5, 5]


def test_sql_sums_agree_with_the_core_on_the_same_answers(session, owner) -> None:
    qs = hand_worked_set(session, owner.id)
    from_sql = {i.question.id: i.stats for i in results.set_results(session, qs).items}
    ids = [q.id for q in qs.questions]
    triples = [
        (name, ids[k], score)
        for name, scores in HAND_MATRIX.items()
        for k, score in enumerate(scores)
    ]
    in_python = statistics.item_statistics(triples)
    for qid in ids:
        assert from_sql[qid].facility == pytest.approx(in_python[qid].facility)
        assert from_sql[qid].discrimination == pytest.approx(in_python[qid].discrimination)


def test_set_summary_has_mean_score_distribution_and_discernment_with_n(session, owner) -> None:
    qs = hand_worked_set(session, owner.id)
    res = results.set_results(session, qs)
    # totals 4, 3.5, 2, 2, 1.5 of 4 -> scores 1, .875, .5, .5, .375; mean 3.25/5 = 0.65
    assert res.summary.mean_score.value == pytest.approx(0.65)
    assert res.summary.mean_score.n == 5
    assert [b.count for b in res.summary.distribution] == [0, 0, 0, 1, 0, 2, 0, 0, 1, 1]
    # eve's discernment was not measurable: 4 attempts at 0.5
    assert res.summary.discernment == statistics.Figure(0.5, 4)


def test_per_skill_means_come_from_the_counting_attempts(session, owner) -> None:
    qs = hand_worked_set(session, owner.id)
    means = results.set_results(session, qs).skill_means
    # attribution: items 1 and 4 -> ann 1, bob 1, cat 1, dan .5, eve .5 -> mean 0.8
    assert list(means) == ["attribution", "verification", "sourcing"]
    assert means["attribution"].value == pytest.approx(0.8)
    assert means["attribution"].n == 5


@pytest.mark.parametrize(("grading", "expected"), [("best", 0.75), ("last", 0.5), ("first", 0.25)])
def test_the_counting_attempt_follows_the_sets_grading(session, owner, grading, expected) -> None:
    qs = make_set(session, owner.id, grading=Grading(grading))
    pupil = make_user(session, "pupil")
    make_attempt(session, qs, pupil, [1, 0, 0, 0], number=1)
    make_attempt(session, qs, pupil, [1, 1, 1, 0], number=2)
    make_attempt(session, qs, pupil, [1, 1, 0, 0], number=3)
    make_attempt(session, qs, pupil, [1, 1, 1, 1], number=4, submitted=False)
    session.commit()
    res = results.set_results(session, qs)
    assert res.summary.mean_score == statistics.Figure(expected, 1)
    assert res.submitted_attempts == 3
    assert res.learners[0].tries == 3


def test_sql_and_python_choose_the_same_counting_attempt(session, owner) -> None:
    qs = make_set(session, owner.id, grading=Grading.BEST)
    pupil = make_user(session, "pupil")
    attempts = [
        make_attempt(session, qs, pupil, [1, 0, 0, 0], number=1),
        make_attempt(session, qs, pupil, [1, 1, 0, 0], number=2),
        make_attempt(session, qs, pupil, [0, 1, 1, 0], number=3),  # ties with 2: 2 counts
    ]
    session.commit()
    assert counting_attempt(attempts, "best") is attempts[1]
    assert results.set_results(session, qs).learners[0].attempt_number == 2


def test_unsubmitted_attempts_count_nowhere(session, owner) -> None:
    qs = make_set(session, owner.id)
    make_attempt(session, qs, make_user(session, "slow"), [1, 1, 1, 1], submitted=False)
    session.commit()
    res = results.set_results(session, qs)
    assert res.summary.attempts == 0
    assert {i.stats.n for i in res.items} == {0}
    assert list(results.score_rows(session, qs)) == []


def test_a_deleted_learner_vanishes_from_every_figure(session, owner) -> None:
    qs = hand_worked_set(session, owner.id)
    session.execute(delete(User).where(User.username == "ann"))
    session.commit()
    res = results.set_results(session, qs)
    assert res.summary.attempts == 4
    assert {i.stats.n for i in res.items} == {4}
    assert "ann" not in {r.learner for r in results.score_rows(session, qs)}
    questions = results.set_questions(session, qs.id)
    assert "ann" not in {r.learner for r in results.answer_rows(session, qs, questions)}


def test_another_sets_attempts_stay_out(session, owner) -> None:
    qs = hand_worked_set(session, owner.id)
    other = make_set(session, owner.id, title="Other")
    make_attempt(session, other, make_user(session, "zed"), [0, 0, 0, 0])
    session.commit()
    assert results.set_results(session, qs).summary.attempts == 5


def test_owned_set_is_none_for_another_instructors_set(session, owner) -> None:
    qs = hand_worked_set(session, owner.id)
    stranger = make_user(session, "stranger", Role.INSTRUCTOR)
    session.commit()
    assert sets.owned_set(session, owner, qs.id) is qs
    assert sets.owned_set(session, stranger, qs.id) is None


def test_learners_are_paged(session, owner) -> None:
    qs = make_set(session, owner.id)
    for i in range(7):
        make_attempt(session, qs, make_user(session, f"l{i}"), [1, 0, 0, 0])
    session.commit()
    res = results.set_results(session, qs, page=2, per_page=3)
    assert (res.pages, [r.username for r in res.learners]) == (3, ["l3", "l4", "l5"])


def test_a_question_left_blank_counts_as_zero_for_its_facility(session, owner) -> None:
    qs = make_set(session, owner.id, n_questions=2)
    make_attempt(session, qs, make_user(session, "skipper"), [1, None])
    make_attempt(session, qs, make_user(session, "doer"), [1, 1])
    session.commit()
    items = results.set_results(session, qs).items
    assert [(i.stats.facility, i.stats.n) for i in items] == [(1.0, 2), (0.5, 2)]


def test_answers_count_even_when_the_attempt_kept_no_question_list(session, owner) -> None:
    qs = make_set(session, owner.id, n_questions=2)
    attempt = make_attempt(session, qs, make_user(session, "old"), [1, 0])
    attempt.question_ids = []
    session.commit()
    items = results.set_results(session, qs).items
    assert [(i.stats.facility, i.stats.n) for i in items] == [(1.0, 1), (0.0, 1)]
