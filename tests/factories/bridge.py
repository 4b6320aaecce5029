"""A hand-built, published question set for the quiz tests (no analyser, no generator).

The article has one statement of every status, two of them corroborated, so an attempt can
measure discernment. Keys are spelled out here so tests can assert they never leak.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from quizapp import models

NAV = "Home | News | Sport | Weather\n"
TITLE = "Town council approves a new bridge\n\n"
P1 = (
    "The town council voted on Tuesday to build a new bridge over the river. "
    "Mayor Ana Lopez said the bridge would cost 12 million euros. "
    "An independent audit by the Regional Audit Office also put the cost at 12 million euros."
)
CAPTION = "\nPhoto: the old bridge at dawn (credit: Gazette archive)\n"
P2 = (
    "Councillor Tom Berg claimed that the old bridge was unsafe. "
    "The engineering firm Delta Structures rejected that claim, saying the old bridge passed "
    "its last inspection."
)
P3 = (
    "According to the transport ministry, traffic on the old bridge has doubled since 2015. "
    "Census records cited in the council report show that the town grew by 8 percent, "
    "as the county statistics office had found."
)
TEXT = NAV + TITLE + P1 + "\n" + CAPTION + "\n" + P2 + "\n\n" + P3 + "\n"

S_VOTE = "The town council voted on Tuesday to build a new bridge over the river."
S_COST = "Mayor Ana Lopez said the bridge would cost 12 million euros."
S_AUDIT = "An independent audit by the Regional Audit Office also put the cost at 12 million euros."
S_UNSAFE = "Councillor Tom Berg claimed that the old bridge was unsafe."
S_TRAFFIC = "According to the transport ministry, traffic on the old bridge has doubled since 2015."
S_CENSUS = "Census records cited in the council report show that the town grew by 8 percent"

# Words that appear only in keys, explanations or evidence-only markup: a leak detector.
EXPLANATIONS = [
    "EXPLAIN-WHO: the article attributes the claim to Councillor Tom Berg.",
    "EXPLAIN-TF: disputed by Delta Structures, so the article does not confirm it.",
    "EXPLAIN-STATUS: the Regional Audit Office agrees, so the cost is corroborated.",
    "EXPLAIN-SORT: only corroborated statements count as verified.",
    "EXPLAIN-SOURCE: the audit office is independent of the council.",
]


def span(sentence: str) -> list[int]:
    start = TEXT.index(sentence)
    return [start, start + len(sentence)]


def body_spans() -> list[list[int]]:
    """Everything but the navigation bar and the photo caption."""
    start = len(NAV)
    caption_start = TEXT.index(CAPTION)
    return [[start, caption_start], [caption_start + len(CAPTION), len(TEXT)]]


def questions() -> list[dict[str, Any]]:
    return [
        {
            "type": "who_said",
            "stem": "Who claimed that the old bridge was unsafe?",
            "choices": ["Ana Lopez", "Tom Berg", "Delta Structures", "the transport ministry"],
            "answer": 1,
            "skills": ["attribution"],
            "explanation": EXPLANATIONS[0],
            "evidence": S_UNSAFE,
            "evidence_spans": [span(S_UNSAFE)],
        },
        {
            "type": "true_false",
            "stem": "The article confirms that the old bridge was unsafe.",
            "choices": ["True", "False"],
            "answer": 1,
            "skills": ["verification"],
            "explanation": EXPLANATIONS[1],
            "evidence": S_UNSAFE,
            "evidence_spans": [span(S_UNSAFE)],
            "data": {"asks": "verified"},
        },
        {
            "type": "claim_status",
            "stem": "How does the article present the statement that the bridge would cost "
            "12 million euros?",
            "choices": [
                "A claim by Ana Lopez that the article reports but does not check",
                "A point that an independent source or record in the article confirms",
                "A claim by Ana Lopez that another source in the article rejects",
                "A statement the outlet makes in its own voice, with no source",
            ],
            "answer": 1,
            "skills": ["verification"],
            "explanation": EXPLANATIONS[2],
            "evidence": S_COST + "\n" + S_AUDIT,
            "evidence_spans": [span(S_COST), span(S_AUDIT)],
            "data": {"statuses": ["attributed", "corroborated", "disputed", "unattributed"]},
        },
        {
            "type": "sort_statements",
            "stem": "Label each statement by how the article presents it.",
            "choices": ["attributed", "corroborated", "disputed", "unattributed"],
            "answer": ["corroborated", "disputed", "attributed", "corroborated", "unattributed"],
            "skills": ["attribution", "verification"],
            "explanation": EXPLANATIONS[3],
            "evidence": "\n".join([S_COST, S_UNSAFE, S_TRAFFIC, S_CENSUS, S_VOTE]),
            "evidence_spans": [span(s) for s in (S_COST, S_UNSAFE, S_TRAFFIC, S_CENSUS, S_VOTE)],
            "data": {
                "statements": [
                    "The bridge would cost 12 million euros.",
                    "The old bridge was unsafe.",
                    "Traffic on the old bridge has doubled since 2015.",
                    "The town grew by 8 percent.",
                    "The council voted to build a new bridge.",
                ]
            },
        },
        {
            "type": "source_type",
            "stem": "Which of these sources is independent of the town council?",
            "choices": ["Mayor Ana Lopez", "the Regional Audit Office", "Councillor Tom Berg"],
            "answer": 1,
            "skills": ["sourcing"],
            "explanation": EXPLANATIONS[4],
            "evidence": S_AUDIT,
            "evidence_spans": [span(S_AUDIT)],
        },
    ]


# The right response to each question as a form would post it.
RIGHT_FORMS: list[dict[str, str]] = [
    {"answer": "1"},
    {"answer": "1"},
    {"answer": "1"},
    {f"s{i}": label for i, label in enumerate(questions()[3]["answer"])},
    {"answer": "1"},
]


@dataclass
class Built:
    set_id: int
    question_ids: list[int]
    code: str


def make_set(
    session: Session,
    owner_id: int | None = None,
    code: str = "BRIDGE1",
    *,
    published: bool = True,
    **settings: Any,
) -> Built:
    article = models.Article(
        owner_id=owner_id,
        title="Town council approves a new bridge",
        outlet="Riverside Gazette",
        url="https://gazette.example/bridge",
        date="2026-01-20",
        original=TEXT,
        text=TEXT,
        body=body_spans(),
    )
    qset = models.QuestionSet(
        owner_id=owner_id,
        article=article,
        title=f"The bridge ({code})",
        description="Who said what about the new bridge.",
        status=models.SetStatus.PUBLISHED if published else models.SetStatus.DRAFT,
        join_code=code,
        **settings,
    )
    for position, q in enumerate(questions()):
        qset.questions.append(models.Question(position=position, **q))
    session.add(qset)
    session.commit()
    return Built(qset.id, [q.id for q in qset.questions], code)


# --- driving the learner's pages through a Flask test client ---------------------------


def published_set(app: Any, code: str = "BRIDGE1", **settings: Any) -> Built:
    from quizapp.extensions import db

    with app.app_context():
        return make_set(db.session, code=code, **settings)


def join_and_start(client: Any, built: Built) -> int:
    """Join by code, start an attempt; the attempt's id."""
    assert client.post("/join", data={"code": built.code.lower()}).status_code == 302
    response = client.post(f"/learn/sets/{built.set_id}/start")
    assert response.status_code == 302, response.status_code
    return int(response.location.rstrip("/").split("/")[-1])


def positions(app: Any, attempt_id: int) -> list[int]:
    """The set position of the question shown as number 1, 2, ... in an attempt."""
    from quizapp import models
    from quizapp.extensions import db

    with app.app_context():
        attempt = db.session.get(models.Attempt, attempt_id)
        by_id = {q.id: q.position for q in attempt.question_set.questions}
        return [by_id[int(i)] for i in attempt.question_ids]


def answer_everything(
    client: Any,
    app: Any,
    attempt_id: int,
    forms: list[dict[str, str]] | None = None,
    go: str = "next",
) -> list[Any]:
    """Post an answer to every question, in the attempt's order; the raw responses."""
    forms = forms or RIGHT_FORMS
    out = []
    for n, position in enumerate(positions(app, attempt_id), start=1):
        out.append(client.get(f"/learn/attempts/{attempt_id}/{n}"))
        out.append(
            client.post(f"/learn/attempts/{attempt_id}/{n}", data={**forms[position], "go": go})
        )
    return out
