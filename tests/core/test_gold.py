"""Every gold file under questions/articles scores perfectly with the real analyser.

The scorer is tests/support/score.py (a copy of the shared evaluation kit's), run against
``python -m quizapp.cli analyze --json`` exactly as the kit runs ``quizapp analyze --json``.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from tests.support import score

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "questions" / "articles").glob("*.gold.json"))
CMD = f"{shlex.quote(sys.executable)} -m quizapp.cli analyze --json"

pytestmark = pytest.mark.slow


def test_there_are_practice_articles_with_gold():
    practice = [g for g in GOLD if g.name.startswith("practice-")]
    assert len(practice) >= 3
    for gold in practice:
        text = (gold.parent / gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        assert "Practice article written for quizapp" in text.splitlines()[0]


@pytest.mark.parametrize("gold", GOLD, ids=[g.name for g in GOLD])
def test_gold_scores_perfectly(gold, monkeypatch):
    monkeypatch.chdir(ROOT)  # python -m quizapp.cli must find the package in a plain clone
    row = score.score_one(gold, CMD)
    assert row["forbidden"] == 0, row
    assert row["tp_gold"] == row["gold"], f"missed: {row['missed']}"
    assert row["tp_pred"] == row["pred"], row  # no extra attribution: precision 1.000
    assert row["status_ok"] == row["gold"], row
    assert row["cue_ok"] == row["gold"], row
