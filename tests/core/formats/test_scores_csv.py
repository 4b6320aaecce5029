"""The scores CSV: cells a spreadsheet cannot run as formulas, numbers it can add up."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from quizapp.core.formats import scores_csv as sc

DANGEROUS = st.sampled_from(["=", "+", "-", "@", "\t", "\r"])


def _parse(lines) -> list[list[str]]:
    return list(csv.reader(io.StringIO("".join(lines), newline="")))


@given(DANGEROUS, st.text())
def test_any_text_starting_with_a_dangerous_character_is_neutralised(first, rest) -> None:
    assert sc.cell(first + rest) == "'" + first + rest


@given(st.text().filter(lambda t: not t.startswith(sc.DANGEROUS_FIRST)))
def test_other_text_is_left_as_it_is(text) -> None:
    assert sc.cell(text) == text


@given(DANGEROUS, st.text())
def test_a_dangerous_cell_survives_the_csv_round_trip_neutralised(first, rest) -> None:
    rows = _parse(sc.csv_lines(["name"], [[first + rest]]))
    assert rows[1][0].startswith("'" + first)


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_numbers_stay_numbers_negative_ones_included(value) -> None:
    text = sc.cell(value)
    assert not text.startswith("'")
    assert abs(float(text) - value) <= 5e-5


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integers_stay_integers(value) -> None:
    assert int(sc.cell(value)) == value


def test_a_negative_discernment_is_written_as_a_plain_negative_number() -> None:
    assert sc.cell(-0.5) == "-0.5"
    assert sc.cell(-1 / 3) == "-0.3333"


def test_numbers_are_never_written_with_an_exponent() -> None:
    assert sc.cell(1e-7) == "0"
    assert sc.cell(1.5e5) == "150000"


def test_dates_are_iso_8601_in_utc_and_naive_ones_are_taken_as_utc() -> None:
    paris = timezone(timedelta(hours=1))
    assert sc.cell(datetime(2026, 3, 1, 10, 30, 5, tzinfo=paris)) == "2026-03-01T09:30:05Z"
    assert sc.cell(datetime(2026, 3, 1, 10, 30, 5)) == "2026-03-01T10:30:05Z"


def test_missing_values_are_empty_and_booleans_are_one_or_zero() -> None:
    assert [sc.cell(None), sc.cell(True), sc.cell(False)] == ["", "1", "0"]


def test_lines_come_one_at_a_time_header_first_with_crlf() -> None:
    lines = sc.csv_lines(["a", "b"], iter([[1, "x"], [2, "y, z"]]))
    assert next(lines) == "a,b\r\n"
    assert next(lines) == "1,x\r\n"
    assert next(lines) == '2,"y, z"\r\n'


def test_the_bom_comes_only_once_before_the_header() -> None:
    text = "".join(sc.csv_lines(["a"], [[1]], bom=True))
    assert text == "\ufeffa\r\n1\r\n"


def test_a_choice_index_is_written_as_the_choice_itself() -> None:
    assert sc.describe_response(1, ["no", "yes"]) == "yes"
    assert sc.describe_response(["b", "a"]) == "b; a"
    assert sc.describe_response(None) == ""


def test_a_scores_row_has_per_skill_shares_and_the_discernment() -> None:
    row = sc.AttemptRow(
        learner="=cmd",
        name="Ann",
        set_title="Set",
        attempt=1,
        counted=True,
        started=datetime(2026, 1, 1, tzinfo=UTC),
        submitted=None,
        score=0.75,
        skill_scores={"attribution": [3, 4], "sourcing": [0, 0]},
        discernment=-0.25,
        questions=8,
    )
    rows = _parse(sc.scores_csv([row], ["attribution", "sourcing"]))
    assert rows[0] == [
        "learner",
        "name",
        "set",
        "attempt",
        "counted",
        "started",
        "submitted",
        "score",
        "marks",
        "out_of",
        "percent",
        "attribution",
        "sourcing",
        "discernment",
    ]
    assert rows[1] == [
        "'=cmd",
        "Ann",
        "Set",
        "1",
        "1",
        "2026-01-01T00:00:00Z",
        "",
        "0.75",
        "6",
        "8",
        "75",
        "0.75",
        "",
        "-0.25",
    ]


def test_an_answers_row_writes_the_answer_given_and_correct_as_one_or_zero() -> None:
    row = sc.AnswerRow(
        "ann", "Ann", "Set", 2, 3, 17, "Who said it?", 0, ["@mayor", "x"], False, 0.0
    )
    rows = _parse(sc.answers_csv([row]))
    assert rows[1] == ["ann", "Ann", "Set", "2", "3", "17", "Who said it?", "'@mayor", "0", "0"]


def test_known_skills_come_first_in_their_usual_order() -> None:
    assert sc.order_skills(["zeta", "sourcing", "attribution"]) == [
        "attribution",
        "sourcing",
        "zeta",
    ]


def test_rows_can_go_out_in_chunks_of_several_lines() -> None:
    chunks = list(sc.csv_lines(["a"], ([i] for i in range(3)), rows_per_chunk=2))
    assert chunks == ["a\r\n", "0\r\n1\r\n", "2\r\n"]


def test_marks_and_percent_follow_the_score_and_the_questions_shown() -> None:
    row = sc.AttemptRow("ann", "Ann", "Set", 1, True, None, None, 0.7, {}, None, questions=8)
    rows = _parse(sc.scores_csv([row], []))
    header, values = rows
    assert dict(zip(header, values, strict=True))["marks"] == "5.6"
    assert dict(zip(header, values, strict=True))["percent"] == "70"
