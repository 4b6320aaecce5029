"""The per-request session: autocommit for marked read-only views, a transaction otherwise."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from quizapp.extensions import autocommit_reads, db
from quizapp.models import User


def _isolation(app: Flask, method: str, endpoint_marked: bool) -> str:
    def view() -> str:
        db.session.scalar(select(User.id).limit(1))
        return str(db.session.connection().get_execution_options().get("isolation_level"))

    rule = f"/_probe/{method.lower()}/{int(endpoint_marked)}"
    app.add_url_rule(
        rule,
        endpoint=rule,
        view_func=autocommit_reads(view) if endpoint_marked else view,
        methods=[method],
    )
    app.config["WTF_CSRF_ENABLED"] = False
    with app.test_client() as client:
        return client.open(rule, method=method).get_data(as_text=True)


def test_a_marked_get_reads_in_autocommit(app: Flask) -> None:
    assert _isolation(app, "GET", endpoint_marked=True) == "AUTOCOMMIT"


def test_an_unmarked_get_runs_in_a_transaction(app: Flask) -> None:
    assert _isolation(app, "GET", endpoint_marked=False) != "AUTOCOMMIT"


def test_a_post_runs_in_a_transaction_even_on_a_marked_view(app: Flask) -> None:
    assert _isolation(app, "POST", endpoint_marked=True) != "AUTOCOMMIT"
