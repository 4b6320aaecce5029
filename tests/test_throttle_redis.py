"""Log-in throttling shared across workers through Redis when REDIS_URL is set."""

from __future__ import annotations

import os
import uuid

import pytest

from quizapp.security import LoginThrottle

REDIS_URL = os.environ.get("QUIZAPP_TEST_REDIS", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_url() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        reason = f"Redis not reachable at {REDIS_URL}: {error}"
        if os.environ.get("QUIZAPP_REQUIRE_REDIS") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return REDIS_URL


def test_two_workers_share_the_failed_log_in_count(redis_url: str):
    # Two throttles stand for two gunicorn workers: each has its own connection.
    first = LoginThrottle(redis_url, "3 per 15 minutes", "300 per 15 minutes")
    second = LoginThrottle(redis_url, "3 per 15 minutes", "300 per 15 minutes")
    username = f"pupil-{uuid.uuid4().hex[:8]}"
    for _ in range(3):
        assert not second.blocked(username, "10.0.0.1")
        first.failed(username, "10.0.0.1")
    assert second.blocked(username, "10.0.0.1")
    second.succeeded(username, "10.0.0.1")
    assert not first.blocked(username, "10.0.0.1")


def test_without_redis_the_count_stays_in_one_process():
    first = LoginThrottle("memory://", "3 per 15 minutes", "300 per 15 minutes")
    second = LoginThrottle("memory://", "3 per 15 minutes", "300 per 15 minutes")
    for _ in range(3):
        first.failed("pupil", "10.0.0.1")
    assert first.blocked("pupil", "10.0.0.1")
    assert not second.blocked("pupil", "10.0.0.1")
