"""Hand-written analyses for the question tests: no spaCy, no analyser needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.core.claims import Analysis, Article
from tests.factories.claims import build_claim, span_of

FIXTURES = Path(__file__).parent / "fixtures"

TOWN_TEXT = """Harbor City Council Approves Budget

The city council approved a new budget on Monday. Mayor Ana Ruiz said that the budget \
adds 40 new teachers. On March 3, Finance Director Tom Lee reported that the city spent \
about 12 million dollars on schools last year. The Institute for Fiscal Studies estimated \
spending on schools at 15 million dollars, but Ruiz said such reports are not credible. \
According to Lee, nearly 11 million dollars went to teacher salaries. The Harbor Times \
reported that 300 parents attended the vote. "We will not cut a single class," Ruiz said. \
Ruiz also said that only the Finance Department is authorized to publish figures on school \
spending.
"""


def town_analysis() -> Analysis:
    text = TOWN_TEXT
    body = [(span_of(text, "The city council")[0], len(text) - 1)]
    article = Article(text=text, title="Harbor City Council Approves Budget", body=body)
    t = text
    claims = [
        build_claim(
            t,
            source="the outlet",
            source_text="",
            source_type="outlet",
            cue="",
            cue_strength="assertion",
            content="The city council approved a new budget on Monday",
            status="unattributed",
            evidence="The city council approved a new budget on Monday.",
        ),
        build_claim(
            t,
            source="Ana Ruiz",
            source_text="Mayor Ana Ruiz",
            source_type="official",
            cue="said",
            cue_strength="report",
            content="the budget adds 40 new teachers",
            status="attributed",
            evidence="Mayor Ana Ruiz said that the budget adds 40 new teachers.",
            figures=[("40", 40.0, "new teachers", "")],
        ),
        build_claim(
            t,
            source="Tom Lee",
            source_text="Finance Director Tom Lee",
            source_type="official",
            cue="reported",
            cue_strength="report",
            content="the city spent about 12 million dollars on schools last year",
            status="attributed",
            evidence="On March 3, Finance Director Tom Lee reported that the city spent about "
            "12 million dollars on schools last year.",
            figures=[("about 12 million dollars", 12e6, "dollars spent on schools", "about")],
        ),
        build_claim(
            t,
            source="Institute for Fiscal Studies",
            source_text="The Institute for Fiscal Studies",
            source_type="independent",
            cue="estimated",
            cue_strength="estimate",
            content="spending on schools at 15 million dollars",
            status="disputed",
            status_reason="Ana Ruiz says such reports are not credible.",
            evidence="The Institute for Fiscal Studies estimated spending on schools at 15 "
            "million dollars, but Ruiz said such reports are not credible.",
            figures=[("15 million dollars", 15e6, "dollars spent on schools", "")],
            related=[4],
        ),
        build_claim(
            t,
            source="Ana Ruiz",
            source_text="Ruiz",
            source_type="official",
            cue="said",
            cue_strength="report",
            content="such reports are not credible",
            status="attributed",
            evidence="The Institute for Fiscal Studies estimated spending on schools at 15 "
            "million dollars, but Ruiz said such reports are not credible.",
            related=[3],
        ),
        build_claim(
            t,
            source="Tom Lee",
            source_text="Lee",
            source_type="official",
            cue="According to",
            cue_strength="report",
            content="nearly 11 million dollars went to teacher salaries",
            status="attributed",
            evidence="According to Lee, nearly 11 million dollars went to teacher salaries.",
            figures=[
                ("nearly 11 million dollars", 11e6, "dollars paid in teacher salaries", "nearly")
            ],
        ),
        build_claim(
            t,
            source="The Harbor Times",
            source_type="media",
            cue="reported",
            cue_strength="report",
            content="300 parents attended the vote",
            status="attributed",
            evidence="The Harbor Times reported that 300 parents attended the vote.",
            figures=[("300", 300.0, "parents who attended the vote", "")],
        ),
        build_claim(
            t,
            source="Ana Ruiz",
            source_text="Ruiz",
            source_type="official",
            cue="said",
            cue_strength="report",
            content="We will not cut a single class",
            status="attributed",
            evidence='"We will not cut a single class," Ruiz said.',
        ),
        build_claim(
            t,
            source="Ana Ruiz",
            source_text="Ruiz",
            source_type="official",
            cue="said",
            cue_strength="report",
            content="only the Finance Department is authorized to publish figures on school "
            "spending",
            status="attributed",
            evidence="Ruiz also said that only the Finance Department is authorized to publish "
            "figures on school spending.",
        ),
    ]
    figures = []
    for i, c in enumerate(claims):
        for f in c.figures:
            f.claim = i
            figures.append(f)
    return Analysis(article=article, claims=claims, figures=figures)


def seed_analysis() -> Analysis:
    data = json.loads((FIXTURES / "seed_analysis.json").read_text(encoding="utf-8"))
    return Analysis.from_json(data)


@pytest.fixture
def town() -> Analysis:
    return town_analysis()


@pytest.fixture
def seed() -> Analysis:
    return seed_analysis()
