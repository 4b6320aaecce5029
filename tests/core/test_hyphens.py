"""mend_hyphens: a compound split where a line broke is joined; a hyphen left hanging
before "and", "or" or "to" is the writer's and stays."""

from __future__ import annotations

import pytest

from quizapp.core.hyphens import mend_hyphens


@pytest.mark.parametrize(
    ("split", "mended"),
    [
        ("a short- term loan", "a short-term loan"),
        ("a self-\nfulfilling plan", "a self-fulfilling plan"),
        ("the Trans- Canada route", "the Trans-Canada route"),
    ],
)
def test_a_compound_split_at_a_line_break_is_joined(split, mended):
    assert mend_hyphens(split) == mended


@pytest.mark.parametrize(
    "text",
    [
        "short- and long-term loans",
        "18- to 24-year-olds",
        "state- or city-run schools",
        "the fare rise - a costly plan - went ahead",
        "the north quay.\n\n- A list item",
    ],
)
def test_a_hyphen_the_writer_left_stays(text):
    assert mend_hyphens(text) == text
