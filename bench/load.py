"""Load without loss (`make load`): 200 learners answer a 20-question set at once.

gunicorn (4 workers) on a scratch PostgreSQL database, on 127.0.0.1 only. Every learner logs
in, starts an attempt, answers all 20 questions and submits. Along the way, as browsers and
networks do: some answers are posted twice (a double click), some connections are dropped
mid-request (the body cut short) and then retried, some submits are posted twice at
the same moment, and some race an answer posted at the same moment (a second tab).
Bounded: 200 learners, 40 client threads, a 10-minute ceiling; run on PostgreSQL and on
SQLite (``QUIZAPP_LOAD_ENGINES=postgresql,sqlite``, ``QUIZAPP_LOAD_LEARNERS=200``).

Afterwards the database must hold exactly one answer per learner and question, each the
learner's last choice (for a raced question: the one before or the racing one), and every
attempt must be submitted once with the score that the question types give when its
stored answers are graded again.
"""

from __future__ import annotations

import os
import random
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import requests

from bench.seed import PASSWORD, QUESTIONS, seed_set
from bench.server import gunicorn, percentile, scratch_postgres, scratch_sqlite

IN_SUITE = False  # minutes long: run it with `make load`
LEARNERS = int(os.environ.get("QUIZAPP_LOAD_LEARNERS", "200"))
ENGINES = os.environ.get("QUIZAPP_LOAD_ENGINES", "postgresql,sqlite").split(",")
CLIENT_THREADS = 40
CEILING_SECONDS = 600
DOUBLE_POST = 0.15
DROP = 0.05
DOUBLE_SUBMIT = 0.2
RACE = 0.3  # an answer posted from a second tab at the moment of submitting


class Learner:
    def __init__(self, base: str, username: str, set_id: int, seed: int) -> None:
        self.base, self.username, self.set_id = base, username, set_id
        self.rng = random.Random(seed)
        self.session = requests.Session()
        self.token = ""
        self.attempt_url = ""
        self.chosen: dict[int, int] = {}  # question number -> last choice index posted
        self.raced: dict[int, set[int]] = {}  # question number -> the choices either may stand
        self.stats = {
            "posts": 0,
            "double_posts": 0,
            "drops": 0,
            "double_submits": 0,
            "raced_submits": 0,
        }
        self.latencies: list[float] = []

    def run(self) -> None:
        s = self.session
        page = s.get(self.base + "/auth/login", timeout=60).text
        self.token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        data = {"username": self.username, "password": PASSWORD, "csrf_token": self.token}
        s.post(self.base + "/auth/login", data=data, timeout=60).raise_for_status()
        r = s.post(
            f"{self.base}/learn/sets/{self.set_id}/start",
            data={"csrf_token": self.token},
            timeout=60,
        )
        match = re.search(r"(/learn/attempts/\d+)", r.url)
        if not match:
            raise RuntimeError(f"{self.username}: no attempt started ({r.status_code} {r.url})")
        self.attempt_url = self.base + match.group(1)
        for n in range(1, QUESTIONS + 1):
            choice = self.rng.randrange(4)
            if self.rng.random() < DROP:
                self._dropped_post(n, choice)
                self.stats["drops"] += 1
            self._post(n, choice)
            if self.rng.random() < DOUBLE_POST:
                choice = self.rng.choice([choice, self.rng.randrange(4)])
                self._post(n, choice)
                self.stats["double_posts"] += 1
            self.chosen[n] = choice
        self._submit()

    def _post(self, n: int, choice: int) -> None:
        start = time.perf_counter()
        r = self.session.post(
            f"{self.attempt_url}/{n}",
            data={"csrf_token": self.token, "answer": str(choice), "go": "stay"},
            allow_redirects=False,
            timeout=60,
        )
        self.latencies.append(time.perf_counter() - start)
        self.stats["posts"] += 1
        if r.status_code != 302:
            raise RuntimeError(f"{self.username}: answer {n} got {r.status_code}")

    def _dropped_post(self, n: int, choice: int) -> None:
        """Send the headers and half the body, then hang up, as a lost connection does."""
        parts = urlsplit(f"{self.attempt_url}/{n}")
        body = f"csrf_token={self.token}&answer={choice}&go=stay".encode()
        cookie = "; ".join(f"{c.name}={c.value}" for c in self.session.cookies)
        head = (
            f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nCookie: {cookie}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode()
        with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
            sock.sendall(head + body[: len(body) // 2])

    def _submit(self) -> None:
        url = self.attempt_url + "/submit"
        data = {"csrf_token": self.token}
        if self.rng.random() < RACE:
            self._raced_submit(url, data)
            return
        if self.rng.random() < DOUBLE_SUBMIT:
            self.stats["double_submits"] += 1
            other = requests.Session()
            other.cookies.update(self.session.cookies)
            with ThreadPoolExecutor(2) as pool:
                futures = [
                    pool.submit(c.post, url, data=data, allow_redirects=False, timeout=60)
                    for c in (self.session, other)
                ]
                codes = [f.result().status_code for f in futures]
        else:
            codes = [
                self.session.post(url, data=data, allow_redirects=False, timeout=60).status_code
            ]
        if any(code != 302 for code in codes):
            raise RuntimeError(f"{self.username}: submit got {codes}")

    def _raced_submit(self, url: str, data: dict) -> None:
        """Submit while a second tab posts an answer: it lands before the submit (and
        counts) or is refused; never saved after it."""
        self.stats["raced_submits"] += 1
        n = self.rng.randrange(1, QUESTIONS + 1)
        choice = self.rng.randrange(4)
        self.raced[n] = {self.chosen[n], choice}
        tab = requests.Session()
        tab.cookies.update(self.session.cookies)
        answer = {"csrf_token": self.token, "answer": str(choice), "go": "stay"}
        with ThreadPoolExecutor(2) as pool:
            futures = [
                pool.submit(self.session.post, url, data=data, allow_redirects=False, timeout=60),
                pool.submit(
                    tab.post,
                    f"{self.attempt_url}/{n}",
                    data=answer,
                    allow_redirects=False,
                    timeout=60,
                ),
            ]
            codes = [f.result().status_code for f in futures]
        if any(code != 302 for code in codes):
            raise RuntimeError(f"{self.username}: raced submit got {codes}")


def verify(database_url: str, learners: list[Learner], set_id: int) -> dict:
    """Compare the database with what the learners did; regrade every attempt."""
    from sqlalchemy import func, select

    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import Answer, Attempt, User
    from quizapp.services import attempts

    app = create_app({"DATABASE_URL": database_url})
    problems: list[str] = []
    with app.app_context():
        s = db.session
        duplicates = s.execute(
            select(Answer.attempt_id, Answer.question_id, func.count())
            .group_by(Answer.attempt_id, Answer.question_id)
            .having(func.count() > 1)
        ).all()
        if duplicates:
            problems.append(f"{len(duplicates)} duplicated answers")
        for learner in learners:
            user = s.scalar(select(User).where(User.username == learner.username))
            rows = s.scalars(select(Attempt).where(Attempt.user_id == user.id)).all()
            if len(rows) != 1:
                problems.append(f"{learner.username}: {len(rows)} attempts")
                continue
            attempt = rows[0]
            if attempt.submitted_at is None:
                problems.append(f"{learner.username}: attempt not submitted")
            answers = attempts.answers_by_question(s, attempt)
            questions = attempts.questions_of(s, attempt)
            if len(answers) != QUESTIONS:
                problems.append(f"{learner.username}: {len(answers)} answers")
            regraded = []
            for n, question in enumerate(questions, start=1):
                answer = answers.get(question.id)
                if answer is None:
                    continue
                allowed = learner.raced.get(n, {learner.chosen.get(n)})
                if answer.response not in allowed:
                    problems.append(
                        f"{learner.username} q{n}: stored {answer.response}, "
                        f"last posted {learner.chosen.get(n)}"
                    )
                regraded.append(attempts.grade(question, answer.response).score)
            expected = sum(regraded) / len(questions)
            if attempt.score is None or abs(attempt.score - expected) > 1e-9:
                problems.append(f"{learner.username}: score {attempt.score} != regraded {expected}")
    db.dispose(app)
    return {"problems": problems[:20], "problem_count": len(problems)}


def run() -> dict:
    """Every engine in ENGINES; lossless when each is."""
    results = [run_on(engine) for engine in ENGINES]
    return {
        "benchmark": "load",
        "engines": results,
        "lossless": all(r["lossless"] for r in results),
    }


def run_on(engine: str) -> dict:
    scratch = scratch_sqlite if engine == "sqlite" else scratch_postgres
    with scratch() as url:
        info = seed_set(url, learners=LEARNERS)
        with gunicorn(url, workers=4, extra_env={"QUIZAPP_TIMEOUT": "20"}) as (base, _process):
            learners = [
                Learner(base, name, info["set_id"], seed=i)
                for i, name in enumerate(info["learners"])
            ]
            errors: list[str] = []
            lock = threading.Lock()
            started = time.perf_counter()

            def one(learner: Learner) -> None:
                if time.perf_counter() - started > CEILING_SECONDS:
                    return
                try:
                    learner.run()
                except Exception as error:  # noqa: BLE001 - every failure is reported
                    with lock:
                        errors.append(f"{learner.username}: {error}")

            with ThreadPoolExecutor(CLIENT_THREADS) as pool:
                list(pool.map(one, learners))
            seconds = time.perf_counter() - started
        result = verify(url, learners, info["set_id"])
    latencies = [x for learner in learners for x in learner.latencies]
    totals = {k: sum(learner.stats[k] for learner in learners) for k in learners[0].stats}
    return {
        "engine": engine,
        "learners": LEARNERS,
        "questions": QUESTIONS,
        "client_threads": CLIENT_THREADS,
        "seconds": round(seconds, 1),
        **totals,
        "answer_post_p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "answer_post_p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "client_errors": errors[:10],
        "client_error_count": len(errors),
        **result,
        "lossless": not errors and result["problem_count"] == 0,
    }


if __name__ == "__main__":
    import json
    import sys

    outcome = run()
    print(json.dumps(outcome, indent=2))
    sys.exit(0 if outcome["lossless"] else 1)
