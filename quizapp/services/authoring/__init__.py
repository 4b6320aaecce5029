"""Authoring: from an article to a published question set, as plain functions.

The instructor's views and the analysis job call these over a SQLAlchemy session and plain
values; nothing here knows about requests or templates. Each function flushes but never
commits: the caller commits once, so a failure leaves nothing half-saved.

One module per noun: ``articles`` (read, stored, analysed), ``claims`` (corrected, added,
deleted), ``questions`` (edited by hand, with versions: see docs/authoring.md),
``regeneration`` (questions rebuilt from the claims), ``sets`` (settings, publishing,
copying) and ``imports`` (set files uploaded). ``AuthoringError`` is what they all raise.
"""

from __future__ import annotations

from collections.abc import Sequence


class AuthoringError(ValueError):
    """Something an instructor asked for that cannot be done; ``errors`` are for the page."""

    def __init__(self, errors: str | Sequence[str]) -> None:
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("; ".join(self.errors))
