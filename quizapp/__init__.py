"""quizapp: a media-literacy quiz and training app.

``create_app`` is imported lazily so that the Flask-free core (``quizapp.core``) and the
``quizapp analyze`` command never pay for importing Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    from quizapp.app import create_app as _create_app

    return _create_app(config)
