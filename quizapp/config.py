"""Configuration: defaults here, then ``instance/config.py``, then environment variables,
then the ``config`` mapping given to ``create_app`` (tests use that)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

ENV_PREFIX = "QUIZAPP_"


class Defaults:
    SQLALCHEMY_ECHO = False
    # 1 MB: a long news article is ~60 KB of text; an HTML page with markup rarely exceeds 1 MB.
    MAX_CONTENT_LENGTH = 1024 * 1024
    # Saved news pages carry their menus, scripts and ads: 1.5 MB is common. The article form
    # alone takes this much in all (each page is still held to the reader's MAX_HTML_BYTES).
    ARTICLE_UPLOAD_MAX_LENGTH = 16 * 1024 * 1024
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False  # turned on when PREFERRED_URL_SCHEME is https
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None  # a token lives as long as the session: a quiz may take an hour
    PREFERRED_URL_SCHEME = "http"
    # argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): ~30 ms a hash here, so a class
    # of 30 logging in within one second stays well under 2 s on two cores.
    ARGON2_TIME_COST = 2
    ARGON2_MEMORY_COST = 19 * 1024
    ARGON2_PARALLELISM = 1
    # Failed log-ins: strict per account, generous per address (a whole class shares one).
    LOGIN_FAILURES_PER_ACCOUNT = "10 per 15 minutes"
    LOGIN_FAILURES_PER_ADDRESS = "300 per 15 minutes"
    # Wrong join codes, per learner (and per address on the public /join/CODE page): a
    # class typing its code needs a few; guessing codes needs thousands.
    JOIN_FAILURES = "20 per 15 minutes"
    # Behind N reverse proxies (nginx, a load balancer) the client's address is the Nth
    # from the right of X-Forwarded-For (Werkzeug's ProxyFix): env QUIZAPP_PROXY_COUNT=1.
    # Leave 0 when clients connect directly: a client could forge the header.
    PROXY_COUNT = 0
    REDIS_URL = ""
    DB_POOL_SIZE = 5
    DB_MAX_OVERFLOW = 5


def instance_path_default() -> Path:
    return Path(os.environ.get("QUIZAPP_INSTANCE_PATH", Path.cwd() / "instance")).resolve()


def _coerce(value: str) -> Any:
    lowered = value.lower()
    if lowered in {"true", "yes", "on"}:
        return True
    if lowered in {"false", "no", "off"}:
        return False
    try:
        return int(value)
    except ValueError:
        return value


def from_environment(environ: dict[str, str] | os._Environ[str] = os.environ) -> dict[str, Any]:
    """``DATABASE_URL``, ``SECRET_KEY``, ``REDIS_URL`` and every ``QUIZAPP_*`` variable."""
    values: dict[str, Any] = {}
    for name in ("DATABASE_URL", "SECRET_KEY", "REDIS_URL"):
        if environ.get(name):
            values[name] = environ[name]
    for name, value in environ.items():
        if name.startswith(ENV_PREFIX) and name != "QUIZAPP_INSTANCE_PATH":
            values[name[len(ENV_PREFIX) :]] = _coerce(value)
    return values


def secret_key(instance_path: Path) -> str:
    """The key kept in ``instance/secret_key``, generated on first run (never committed)."""
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # O_EXCL: two workers starting together must not write two different keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def default_database_url(instance_path: Path) -> str:
    return f"sqlite:///{instance_path / 'quizapp.db'}"
