"""A set teaches the statuses: a disputed or corroborated claim is asked first, and
background sentences in the outlet's own voice do not fill the set."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.generate import MAX_OWN_VOICE, generate_questions
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim

TEXT = (
    "Harbor Dispute\n\n"
    "Heavy rain flooded the harbor road on Friday morning.\n"
    "The ferry service stopped all crossings until Sunday evening.\n"
    "Fishing boats stayed tied up along the north quay all weekend.\n"
    "The coast guard closed the beach path near the old lighthouse.\n"
    "Workers moved sandbags to the doors of the fish market on Saturday.\n"
    "Port director Mia Stone said that the harbor wall was repaired in the spring last year.\n"
    "Engineer Tom Lee denied that the harbor wall was repaired in the spring, saying no"
    " work was done.\n"
    "Council member Ann Park said that the storm damage will cost the town about a million.\n"
    "Auditor Ben Ray said that the storm damage will cost the town about a million dollars.\n"
)


def _claim(source: str, kind: str, cue: str, content: str, status: str, related=()) -> Claim:
    line = next(s for s in TEXT.splitlines() if content in s)
    return build_claim(
        TEXT,
        source=source,
        source_text=source,
        source_type=kind,
        cue=cue,
        cue_strength="report" if cue else "assertion",
        content=content,
        status=status,
        evidence=line,
        related=list(related),
    )


def _outlet(content: str) -> Claim:
    return _claim("the outlet", "outlet", "", content, "unattributed")


def harbor_dispute() -> Analysis:
    claims = [
        _outlet("Heavy rain flooded the harbor road on Friday morning"),
        _outlet("The ferry service stopped all crossings until Sunday evening"),
        _outlet("Fishing boats stayed tied up along the north quay all weekend"),
        _outlet("The coast guard closed the beach path near the old lighthouse"),
        _outlet("Workers moved sandbags to the doors of the fish market on Saturday"),
        _claim(
            "Mia Stone",
            "official",
            "said",
            "the harbor wall was repaired in the spring last year",
            "disputed",
            related=[6],
        ),
        _claim(
            "Tom Lee",
            "independent",
            "denied",
            "the harbor wall was repaired in the spring",
            "attributed",
        ),
        _claim(
            "Ann Park",
            "official",
            "said",
            "the storm damage will cost the town about a million",
            "corroborated",
            related=[8],
        ),
        _claim(
            "Ben Ray",
            "independent",
            "said",
            "the storm damage will cost the town about a million dollars",
            "corroborated",
            related=[7],
        ),
    ]
    return Analysis(Article(text=TEXT, body=[(16, len(TEXT))]), claims)


def _status(analysis: Analysis, q) -> str:
    return analysis.claims[q.claims[0]].status


def test_a_disputed_claim_is_the_first_status_question():
    analysis = harbor_dispute()
    questions = get_type("claim_status").generate(analysis, random.Random(0))
    assert _status(analysis, questions[0]) == "disputed"


def test_a_corroborated_claim_leads_the_true_keys_of_true_or_false():
    analysis = harbor_dispute()
    questions = get_type("true_false").generate(analysis, random.Random(0))
    confirms = [q for q in questions if q.data.get("asks") == "verified"]
    trues = [q for q in confirms if q.answer == 0]
    assert trues and _status(analysis, trues[0]) == "corroborated"
    assert {q.answer for q in confirms[:2]} == {0, 1}  # one key of each first


def test_at_most_two_questions_of_a_set_are_keyed_on_the_outlets_own_voice():
    analysis = harbor_dispute()
    questions = generate_questions(analysis)
    own = [
        q
        for q in questions
        if q.type in ("claim_status", "true_false")
        and len(q.claims) == 1
        and _status(analysis, q) == "unattributed"
    ]
    assert MAX_OWN_VOICE == 2
    assert len(own) <= MAX_OWN_VOICE
    assert any(_status(analysis, q) in ("disputed", "corroborated") for q in questions)


def test_a_sort_takes_statements_the_set_does_not_ask_about_first():
    from quizapp.core.questions.generate import _apart
    from tests.core.questions.conftest import town_analysis

    analysis = town_analysis()
    (sort,) = get_type("sort_statements").generate(analysis, random.Random(0))
    asked = [
        q
        for q in get_type("claim_status").generate(analysis, random.Random(0))
        if q.claims[0] in (6, 8)  # two of the many attributed statements it sorts
    ]
    assert len(asked) == 2
    after = _apart([*asked, sort], analysis, 0)[-1]
    repeats = {i for q in asked for i in q.claims}
    assert len(set(after.claims) & repeats) < len(set(sort.claims) & repeats)
