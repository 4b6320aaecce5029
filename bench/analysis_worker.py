"""The analysing worker's memory (benchmark 3, its second half).

A real ``quizapp worker`` (the Huey consumer) analyses the bundled articles, uploaded the
way an instructor uploads them, round after round. Its resident size is read before any
job (no language model yet), after the first round (model loaded) and after the last, so
growth between rounds shows whether analysing more articles leaks. The quiz-serving worker's
memory is measured in ``bench.quiz_serving``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.server import ROOT, rss_mb, scratch_postgres, stop

ROUNDS = 10
ROUND_TIMEOUT_SECONDS = 600


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _articles() -> list[tuple[str, str]]:
    folder = ROOT / "questions" / "articles"
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def run() -> dict:
    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import AnalysisState, Article, Role
    from quizapp.services import accounts, jobs
    from quizapp.services.authoring import articles

    with scratch_postgres() as url, tempfile.TemporaryDirectory() as instance:
        # The SQLite queue in a scratch folder: the worker and this process share it.
        config = {"DATABASE_URL": url, "INSTANCE_PATH": instance, "REDIS_URL": ""}
        app = create_app({**config, "ARGON2_TIME_COST": 1, "ARGON2_MEMORY_COST": 1024})
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "QUIZAPP_INSTANCE_PATH": instance,
            "REDIS_URL": "",
            "PYTHONPATH": str(ROOT),
        }
        quizapp_cli = Path(sys.executable).with_name("quizapp")
        worker = subprocess.Popen(
            [str(quizapp_cli), "worker"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(3)
            if worker.poll() is not None:
                raise RuntimeError("quizapp worker did not start")
            idle = rss_mb(worker.pid)
            after_round: list[float] = []
            seconds: list[float] = []
            texts = _articles()
            with app.app_context():
                teacher = accounts.create_user(
                    db.session, "bench-analyst", "x" * 12, Role.INSTRUCTOR
                )
                db.session.commit()
                for round_number in range(ROUNDS):
                    ids = []
                    for stem, text in texts:
                        data = articles.ArticleInput(text=text, title=f"{stem} ({round_number})")
                        ids.append(articles.create_article(db.session, teacher, data).id)
                    db.session.commit()
                    started = time.monotonic()
                    for article_id in ids:
                        jobs.analyse_article(article_id, app)
                    deadline = started + ROUND_TIMEOUT_SECONDS
                    while True:
                        db.session.expire_all()
                        states = [db.session.get(Article, i).analysis_state for i in ids]
                        if all(s in (AnalysisState.DONE, AnalysisState.FAILED) for s in states):
                            break
                        if time.monotonic() > deadline or worker.poll() is not None:
                            raise RuntimeError(f"round {round_number + 1} did not finish")
                        time.sleep(0.2)
                    failed = states.count(AnalysisState.FAILED)
                    if failed:
                        raise RuntimeError(f"{failed} analyses failed in round {round_number + 1}")
                    seconds.append((time.monotonic() - started) / len(ids))
                    after_round.append(rss_mb(worker.pid))
                peak = _peak_rss_mb(worker.pid)
            db.dispose(app)
        finally:
            stop(worker)
    first, last = after_round[0], after_round[-1]
    return {
        "benchmark": "analysis_worker",
        "setup": f"quizapp worker (1 thread, SQLite queue), PostgreSQL; {ROUNDS} rounds of "
        f"the {len(texts)} bundled articles",
        "rss_mb_idle": round(idle, 1),
        "rss_mb_after_each_round": ", ".join(f"{r:.1f}" for r in after_round),
        "rss_mb_peak": round(peak, 1),
        "growth_percent_first_to_last_round": round((last - first) / first * 100, 2),
        "seconds_per_article_first_round": round(seconds[0], 2),
        "seconds_per_article_later_rounds": round(sum(seconds[1:]) / max(1, len(seconds) - 1), 2),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
