"""Answer keys, explanations and evidence never reach the learner before they may.

Asserted on the raw bytes of every response a learner's browser receives while taking a
quiz: pages, redirects and error pages, in both feedback modes.
"""

from __future__ import annotations

import json
import re

from flask import Flask
from flask.testing import FlaskClient

from quizapp.models import Feedback
from tests.factories.bridge import (
    EXPLANATIONS,
    RIGHT_FORMS,
    join_and_start,
    positions,
    published_set,
    questions,
)

SORT_KEY = questions()[3]["answer"]


def _leaks(body: str, allowed: set[int] = frozenset()) -> list[str]:
    """What in ``body`` gives a key away (explanations of ``allowed`` questions aside)."""
    found = [e for i, e in enumerate(EXPLANATIONS) if i not in allowed and e in body]
    for needle in ("EXPLAIN-", "<mark", 'class="evidence', "Right answer", "Right label"):
        if needle in body and not allowed:
            found.append(needle)
    found += [a for a in re.findall(r"\bdata-[\w-]+", body) if a != "data-remaining"]
    if json.dumps(SORT_KEY) in body or ", ".join(SORT_KEY) in body:
        found.append("sort key")
    for word in ("statuses", '"asks"', "evidence_spans", "claim_ids"):
        if word in body:
            found.append(word)
    return found


def _every_page(client: FlaskClient, app: Flask, attempt_id: int, set_id: int) -> list[str]:
    urls = ["/learn/", f"/learn/sets/{set_id}", f"/learn/attempts/{attempt_id}"]
    urls += [f"/learn/attempts/{attempt_id}/{n}" for n in range(1, 6)]
    urls += [f"/learn/attempts/{attempt_id}/review", f"/learn/attempts/{attempt_id}/results"]
    urls += ["/learn/history", "/api/me", "/learn/my-data", "/learn/my-data.json"]
    urls += ["/learn/my-data.csv"]
    return [client.get(u).get_data(as_text=True) for u in urls]


def test_nothing_leaks_before_submitting(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app, shuffle=True)
    attempt_id = join_and_start(learner_client, built)
    bodies = _every_page(learner_client, app, attempt_id, built.set_id)
    for n, position in enumerate(positions(app, attempt_id), start=1):
        url = f"/learn/attempts/{attempt_id}/{n}"
        for go in ("next", "prev", "review", "q1"):
            response = learner_client.post(url, data={**RIGHT_FORMS[position], "go": go})
            bodies.append(response.get_data(as_text=True))
            bodies.append(learner_client.get(response.location).get_data(as_text=True))
    bodies += _every_page(learner_client, app, attempt_id, built.set_id)
    leaks = [(i, leak) for i, body in enumerate(bodies) for leak in _leaks(body)]
    assert leaks == []


def test_all_of_it_arrives_after_submitting(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    page = learner_client.get(f"/learn/attempts/{attempt_id}/results").get_data(as_text=True)
    assert set(_leaks(page)) >= {*EXPLANATIONS, "<mark", "Right answer"}


def test_feedback_after_each_shows_only_the_locked_question(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app, feedback=Feedback.AFTER_EACH)
    attempt_id = join_and_start(learner_client, built)
    order = positions(app, attempt_id)
    response = learner_client.post(
        f"/learn/attempts/{attempt_id}/1", data={**RIGHT_FORMS[order[0]], "go": "check"}
    )
    assert _leaks(response.get_data(as_text=True)) == []  # the redirect itself
    shown = learner_client.get(f"/learn/attempts/{attempt_id}/1").get_data(as_text=True)
    assert EXPLANATIONS[order[0]] in shown and "Right answer" in shown or "Right label" in shown
    assert _leaks(shown, allowed={order[0]}) == []
    for n in range(2, 6):
        body = learner_client.get(f"/learn/attempts/{attempt_id}/{n}").get_data(as_text=True)
        assert _leaks(body) == [], n
    review = learner_client.get(f"/learn/attempts/{attempt_id}/review").get_data(as_text=True)
    assert _leaks(review) == []


def test_skipping_in_feedback_after_each_mode_shows_nothing(
    app: Flask, learner_client: FlaskClient
) -> None:
    built = published_set(app, feedback=Feedback.AFTER_EACH)
    attempt_id = join_and_start(learner_client, built)
    order = positions(app, attempt_id)
    learner_client.post(
        f"/learn/attempts/{attempt_id}/1", data={**RIGHT_FORMS[order[0]], "go": "skip"}
    )
    body = learner_client.get(f"/learn/attempts/{attempt_id}/1").get_data(as_text=True)
    assert _leaks(body) == []


def test_the_own_data_download_does_not_grade_an_unfinished_attempt(
    app: Flask, learner_client: FlaskClient
) -> None:
    # Otherwise the download is an oracle: answer, download, see "correct", change the rest.
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "1"})
    learner_client.post(f"/learn/attempts/{attempt_id}/2", data={"answer": "0"})
    data = json.loads(learner_client.get("/learn/my-data.json").get_data(as_text=True))
    answers = data["attempts"][0]["answers"]
    assert [(a["correct"], a["score"]) for a in answers] == [(None, None), (None, None)]
    rows = learner_client.get("/learn/my-data.csv").get_data(as_text=True).splitlines()[1:]
    assert rows and not any(re.search(r",(True|False|1\.0|0\.0),", r) for r in rows)
    learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    data = json.loads(learner_client.get("/learn/my-data.json").get_data(as_text=True))
    graded = [(a["correct"], a["score"]) for a in data["attempts"][0]["answers"]]
    assert sorted(graded) == [(False, 0.0), (True, 1.0)]
