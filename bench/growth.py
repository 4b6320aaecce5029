"""How the results page and the CSV exports grow with the number of attempts (benchmark 4).

A scratch PostgreSQL database is filled with 100, 1,000 and 10,000 submitted attempts on a
20-question set (answers inserted in bulk); the instructor's results page and both CSV
exports are then timed in-process and their SQL statements counted. Targets: the page's
query count flat, the export's time linear or better (time per attempt not rising).
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, insert, select, update

from bench.seed import PASSWORD, seed_set
from bench.server import scratch_postgres

SIZES = tuple(int(x) for x in os.environ.get("QUIZAPP_BENCH_SIZES", "100,1000,10000").split(","))


def _fill(database_url: str, attempts: int) -> int:
    """``attempts`` submitted attempts by as many learners; returns the set id."""
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import Answer, Attempt, Question, User
    from quizapp.services import attempts as attempt_rules

    info = seed_set(database_url, learners=0)
    app = create_app({"DATABASE_URL": database_url})
    rng = random.Random(attempts)
    with app.app_context():
        s = db.session
        questions = s.scalars(
            select(Question).where(Question.set_id == info["set_id"]).order_by(Question.position)
        ).all()
        hash_ = s.scalar(select(User.password_hash).limit(1))
        s.execute(
            insert(User),
            [
                {
                    "username": f"g{i:05d}",
                    "display_name": f"Learner {i}",
                    "password_hash": hash_,
                    "role": "learner",
                }
                for i in range(attempts)
            ],
        )
        ids = s.scalars(select(User.id).where(User.username.like("g%")).order_by(User.id)).all()
        start = datetime(2026, 9, 1, tzinfo=UTC)
        s.execute(
            insert(Attempt),
            [
                {
                    "set_id": info["set_id"],
                    "user_id": uid,
                    "number": 1,
                    "question_ids": [q.id for q in questions],
                    "started_at": start + timedelta(minutes=i),
                    "submitted_at": start + timedelta(minutes=i + 12),
                    "score": 0.0,
                    "skill_scores": {},
                }
                for i, uid in enumerate(ids)
            ],
        )
        attempt_ids = s.scalars(select(Attempt.id).order_by(Attempt.id)).all()
        marks = {}
        rows = []
        totals: dict[int, float] = {}
        for aid in attempt_ids:
            for q in questions:
                choice = rng.randrange(4)
                key = (q.id, choice)
                if key not in marks:
                    marks[key] = attempt_rules.grade(q, choice)
                mark = marks[key]
                totals[aid] = totals.get(aid, 0.0) + mark.score
                rows.append(
                    {
                        "attempt_id": aid,
                        "question_id": q.id,
                        "response": choice,
                        "correct": mark.correct,
                        "score": mark.score,
                        "judgements": [],
                        "locked": True,
                    }
                )
        for i in range(0, len(rows), 20000):
            s.execute(insert(Answer), rows[i : i + 20000])
        s.execute(
            update(Attempt),
            [{"id": aid, "score": total / len(questions)} for aid, total in totals.items()],
        )
        s.commit()
    db.dispose(app)
    return info["set_id"]


def _measure(database_url: str, set_id: int) -> dict:
    from quizapp import create_app
    from quizapp.extensions import db

    app = create_app({"DATABASE_URL": database_url, "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    client.post("/auth/login", data={"username": "bench-teacher", "password": PASSWORD})
    statements = []
    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", lambda *a, **k: statements.append(1))

    def timed(url: str) -> tuple[float, int, int]:
        """Median of three timed requests after a warm-up; statements of the last one."""
        client.get(url)
        times = []
        for _ in range(3):
            statements.clear()
            t0 = time.perf_counter()
            response = client.get(url)
            body = response.get_data()
            times.append(time.perf_counter() - t0)
            assert response.status_code == 200, (url, response.status_code)
        return sorted(times)[1], len(statements), len(body)

    page = timed(f"/teach/sets/{set_id}/results")
    scores = timed(f"/teach/sets/{set_id}/scores.csv")
    answers = timed(f"/teach/sets/{set_id}/answers.csv")
    engine.dispose()
    return {
        "results_page_s": round(page[0], 4),
        "results_page_queries": page[1],
        "scores_csv_s": round(scores[0], 4),
        "scores_csv_bytes": scores[2],
        "answers_csv_s": round(answers[0], 4),
        "answers_csv_bytes": answers[2],
        "answers_csv_queries": answers[1],
    }


def run() -> dict:
    rows = {}
    for size in SIZES:
        with scratch_postgres() as url:
            set_id = _fill(url, size)
            rows[str(size)] = _measure(url, set_id)
    small, large = rows[str(SIZES[0])], rows[str(SIZES[-1])]
    factor = SIZES[-1] / SIZES[0]
    return {
        "benchmark": "growth",
        "sizes": rows,
        "results_page_queries_flat": len({r["results_page_queries"] for r in rows.values()}) == 1,
        "answers_csv_time_ratio_100x": round(large["answers_csv_s"] / small["answers_csv_s"], 1),
        "results_page_time_ratio_100x": round(large["results_page_s"] / small["results_page_s"], 1),
        "target": f"query count flat; export time ratio <= {factor:.0f} (linear) for {factor:.0f}x",
        "met": len({r["results_page_queries"] for r in rows.values()}) == 1
        and large["answers_csv_s"] / small["answers_csv_s"] <= factor,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
