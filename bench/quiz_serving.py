"""Quiz serving under gunicorn (2 workers) on PostgreSQL, measured with wrk (benchmark 2).

Three loads in the same run, same gunicorn, same wrk settings, in interleaved rounds:
  - a trivial Flask route (the baseline),
  - the take-quiz page (a question of a 20-question attempt, with the article),
  - the answer POST (saving an answer: an upsert, then a redirect).
Every request reads the database (nothing of a learner's is cached). Targets: the quiz
page reaches at least 1/5 of the trivial route's throughput, the answer POST at least 1/6.
Also benchmark 3: the resident size of a quiz-serving worker after 1,000 and after 10,000
requests (target: under 100 MB, growth under 5%).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import requests

from bench.seed import PASSWORD, seed_set
from bench.server import gunicorn, rss_mb, scratch_postgres, worker_pids

DURATION = "2s"
ROUNDS = 8
THREADS = 2
CONNECTIONS = 16
USER_AGENT = "quizapp-bench"


def _learner_session(base: str, username: str, set_id: int) -> tuple[requests.Session, str, str]:
    """Log in, start an attempt; returns the session, the first question's URL and a token."""
    s = requests.Session()
    # The same User-Agent as wrk's requests: Flask-Login's session protection marks the
    # session "not fresh" (and re-sends the cookie) on every request from another client.
    s.headers["User-Agent"] = USER_AGENT
    page = s.get(base + "/auth/login").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    r = s.post(
        base + "/auth/login", data={"username": username, "password": PASSWORD, "csrf_token": token}
    )
    r.raise_for_status()
    r = s.post(base + f"/learn/sets/{set_id}/start", data={"csrf_token": token})
    question_url = r.url  # redirected to the first unanswered question
    if "/learn/attempts/" not in question_url:
        raise RuntimeError(f"could not start an attempt: landed on {question_url}")
    return s, question_url, token


def _wrk(url: str, session: requests.Session, script: str | None = None) -> dict:
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    args = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{DURATION}",
        "--latency",
        "-H",
        f"Cookie: {cookie}",
        "-H",
        f"User-Agent: {USER_AGENT}",
    ]
    if script:
        args += ["-s", script]
    out = subprocess.run(args + [url], capture_output=True, text=True, check=True).stdout
    return _parse_wrk(out)


def _parse_wrk(out: str) -> dict:
    def seconds(value: str) -> float:
        number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
        return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.MULTILINE))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {
        "rps": round(rps, 1),
        "p50_ms": round(seconds(latency["50"]) * 1000, 2),
        "p99_ms": round(seconds(latency["99"]) * 1000, 2),
        "bad_status": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": errors.group(0) if errors else "",
    }


def _post_script(directory: Path, token: str, answer: int) -> str:
    path = directory / "answer.lua"
    path.write_text(
        'wrk.method = "POST"\n'
        f'wrk.body = "csrf_token={token}&answer={answer}&go=stay"\n'
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
    )
    return str(path)


def _memory(base: str, pid: int, session: requests.Session, url: str) -> dict:
    """RSS of the single worker after 1,000 and after 10,000 quiz-page requests."""

    def hit(n: int) -> None:
        for _ in range(n):
            session.get(url).raise_for_status()

    hit(1000)
    after_1k = rss_mb(pid)
    hit(9000)
    after_10k = rss_mb(pid)
    return {
        "rss_mb_after_1000": round(after_1k, 1),
        "rss_mb_after_10000": round(after_10k, 1),
        "growth_percent": round((after_10k - after_1k) / after_1k * 100, 2),
        "target": "< 100 MB and < 5% growth",
        "met": after_1k < 100 and after_10k < 100 and after_10k < after_1k * 1.05,
    }


def _combined(runs: list[dict]) -> dict:
    """One load's figures over all rounds: mean throughput (equal durations), median latency."""

    def median(key: str) -> float:
        return sorted(r[key] for r in runs)[len(runs) // 2]

    return {
        "rps": round(sum(r["rps"] for r in runs) / len(runs), 1),
        "p50_ms": median("p50_ms"),
        "p99_ms": median("p99_ms"),
        "bad_status": sum(r["bad_status"] for r in runs),
        "socket_errors": "; ".join(r["socket_errors"] for r in runs if r["socket_errors"]),
    }


def run() -> dict:
    if not shutil.which("wrk"):
        return {"benchmark": "quiz_serving", "skipped": "wrk not installed (apt-get install wrk)"}
    loads: dict[str, list[dict]] = {"trivial": [], "quiz_page": [], "answer_post": []}
    with scratch_postgres() as url:
        info = seed_set(url, learners=2)
        with gunicorn(url, workers=2) as (base, _process):
            session, question_url, token = _learner_session(
                base, info["learners"][0], info["set_id"]
            )
            with tempfile.TemporaryDirectory() as tmp:
                post_script = _post_script(Path(tmp), token, 1)
                # Short interleaved rounds: this machine's speed drifts by a fifth or more
                # over tens of seconds, so each load is sampled across the same stretch
                # of time and the ratios compare like with like.
                for _ in range(ROUNDS):
                    loads["trivial"].append(_wrk(base + "/_bench/trivial", session))
                    loads["quiz_page"].append(_wrk(question_url, session))
                    loads["answer_post"].append(_wrk(question_url, session, post_script))
        with gunicorn(url, workers=1) as (base, process):
            session, question_url, _token = _learner_session(
                base, info["learners"][1], info["set_id"]
            )
            time.sleep(0.5)
            memory = _memory(base, worker_pids(process.pid)[0], session, question_url)
    combined = {name: _combined(runs) for name, runs in loads.items()}
    page_ratio = combined["quiz_page"]["rps"] / combined["trivial"]["rps"]
    post_ratio = combined["answer_post"]["rps"] / combined["trivial"]["rps"]
    return {
        "benchmark": "quiz_serving",
        "setup": "gunicorn 2 sync workers, PostgreSQL, "
        f"wrk -t{THREADS} -c{CONNECTIONS}, {ROUNDS} interleaved rounds of {DURATION} per load",
        **combined,
        "quiz_page_over_trivial": round(page_ratio, 3),
        "answer_post_over_trivial": round(post_ratio, 3),
        "rps_by_round": {
            name: ", ".join(str(r["rps"]) for r in runs) for name, runs in loads.items()
        },
        "targets": "quiz page >= 0.2, answer POST >= 0.167",
        "met": page_ratio >= 0.2 and post_ratio >= 1 / 6,
        "memory": memory,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
