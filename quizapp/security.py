"""Passwords, log-in throttling and role checks."""

from __future__ import annotations

import contextlib
import functools
import hmac
from collections.abc import Callable
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Flask, Response, abort, current_app
from flask_login import current_user
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import bindparam, select

from quizapp.extensions import db, login_manager
from quizapp.models import Role, User

F = TypeVar("F", bound=Callable[..., Any])


def init_app(app: Flask) -> None:
    app.extensions["quizapp.hasher"] = PasswordHasher(
        time_cost=app.config["ARGON2_TIME_COST"],
        memory_cost=app.config["ARGON2_MEMORY_COST"],
        parallelism=app.config["ARGON2_PARALLELISM"],
    )
    # Redis when several workers must share the counts; memory for a single process.
    storage_uri = app.config["REDIS_URL"] or "memory://"
    app.extensions["quizapp.throttle"] = LoginThrottle(
        storage_uri,
        per_account=app.config["LOGIN_FAILURES_PER_ACCOUNT"],
        per_address=app.config["LOGIN_FAILURES_PER_ADDRESS"],
    )
    app.extensions["quizapp.join_guesses"] = GuessCounter(
        app.extensions["quizapp.throttle"].limiter, app.config["JOIN_FAILURES"], "join"
    )
    app.after_request(_security_headers)


# Only the app's own files: no inline script or style (the templates have none), no
# plugins, no framing (clickjacking), forms posted only back to the app.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _hasher() -> PasswordHasher:
    return current_app.extensions["quizapp.hasher"]


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(user: User, password: str) -> bool:
    """Check a password; re-hash it when the configured parameters have changed."""
    try:
        _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return True


def burn_password_check(password: str) -> None:
    """Spend the time of a real check for an unknown user, so timing does not reveal names."""
    with contextlib.suppress(VerificationError):
        _hasher().verify(_dummy_hash(), password)


@functools.cache
def _dummy_hash_for(params: tuple[int, int, int]) -> str:
    return PasswordHasher(*params).hash("not a real password")


def _dummy_hash() -> str:
    h = _hasher()
    return _dummy_hash_for((h.time_cost, h.memory_cost, h.parallelism))


class LoginThrottle:
    """Counts failed log-ins in a moving window, per account at one address, and per address.

    An account is throttled where the wrong passwords come from, not everywhere: a
    classmate guessing from one computer (or a bot) does not lock the pupil out of theirs.
    The username is normalised first, so " Bob.J" is the same account as "bob.j".
    """

    def __init__(self, storage_uri: str, per_account: str, per_address: str) -> None:
        self.limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))
        self.per_account = parse(per_account)
        self.per_address = parse(per_address)

    def _account(self, username: str) -> tuple[str, str]:
        """The account's key: its name and its unlock count (an unlock starts afresh)."""
        account = normalise_username(username)
        unlocks = self.limiter.storage.get(f"quizapp-unlocks/{account}") or 0
        return account, str(unlocks)

    def blocked(self, username: str, address: str) -> bool:
        return not (
            self.limiter.test(self.per_account, "account", *self._account(username), address)
            and self.limiter.test(self.per_address, "address", address)
        )

    def failed(self, username: str, address: str) -> None:
        self.limiter.hit(self.per_account, "account", *self._account(username), address)
        self.limiter.hit(self.per_address, "address", address)

    def succeeded(self, username: str, address: str) -> None:
        self.limiter.clear(self.per_account, "account", *self._account(username), address)

    def unlock(self, username: str) -> None:
        """Forget the account's failures from every address (a teacher's unlock)."""
        key = f"quizapp-unlocks/{normalise_username(username)}"
        self.limiter.storage.incr(key, 30 * 24 * 3600)


def normalise_username(username: str) -> str:
    """The one form of a username: stored, looked up and throttled as this."""
    return username.strip().casefold()


def throttle() -> LoginThrottle:
    return current_app.extensions["quizapp.throttle"]


class GuessCounter:
    """Wrong guesses (of a join code) in a moving window, per key: a learner, an address."""

    def __init__(self, limiter: MovingWindowRateLimiter, limit: str, namespace: str) -> None:
        self.limiter, self.limit, self.namespace = limiter, parse(limit), namespace

    def blocked(self, key: str) -> bool:
        return not self.limiter.test(self.limit, self.namespace, key)

    def failed(self, key: str) -> None:
        self.limiter.hit(self.limit, self.namespace, key)


def join_guesses() -> GuessCounter:
    return current_app.extensions["quizapp.join_guesses"]


# Built once: every signed-in request runs it (``Session.get`` builds its query each time).
_USER_BY_ID = select(User).where(User.id == bindparam("user_id"))


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The user of a session id made by ``User.get_id``; None once the password changed."""
    user_id, _, token = session_id.partition(".")
    try:
        user = db.session.scalar(_USER_BY_ID, {"user_id": int(user_id)})
    except ValueError:
        return None
    if user is None or not hmac.compare_digest(user.session_token(), token):
        return None
    return user


def role_required(role: Role) -> Callable[[F], F]:
    """Refuse anonymous users (to the log-in page) and users of another role (403)."""

    def decorator(view: F) -> F:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role != role:
                abort(403)
            return view(*args, **kwargs)

        wrapped.access = role.value  # type: ignore[attr-defined]
        return wrapped  # type: ignore[return-value]

    return decorator


instructor_required = role_required(Role.INSTRUCTOR)
learner_required = role_required(Role.LEARNER)


def admin_required(view: F) -> F:
    @instructor_required
    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    wrapped.access = "admin"  # type: ignore[attr-defined]
    return wrapped  # type: ignore[return-value]


def signed_in(view: F) -> F:
    """Any logged-in user, whatever the role."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return view(*args, **kwargs)

    wrapped.access = "signed_in"  # type: ignore[attr-defined]
    return wrapped  # type: ignore[return-value]


def public(view: F) -> F:
    """Open to anonymous users. The URL-map test keeps the list of these short and explicit."""
    view.access = "public"  # type: ignore[attr-defined]
    return view


def no_store(response: Response) -> Response:
    """Keep a page that shows a secret (a token, a password) out of every cache and referrer."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
