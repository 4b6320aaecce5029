"""Walks the whole URL map: every route declares who may use it, refuses everyone else,
and refuses state-changing requests without a CSRF token. New routes are covered here
without a new test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.routing import Rule

from quizapp.models import Role
from tests.factories.app import PASSWORD, add_user, make_app

# The short, explicit list of routes an anonymous visitor may use.
PUBLIC = {
    "static",
    "main.home",
    "main.health",
    "auth.login",
    "auth.register",
    "quiz.join_landing",
    "auth.accept_invitation",
    "main.privacy",
}
ROLE_ACCESS = {"instructor", "learner", "admin", "signed_in"}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def _url(app: Flask, rule: Rule) -> str:
    values = dict(rule.defaults or {})  # export.yaml / export.gift fix their format
    for name in set(rule.arguments) - set(values):
        converter = rule._converters.get(name)  # noqa: SLF001 - werkzeug keeps them here
        values[name] = 1 if type(converter).__name__ in {"IntegerConverter"} else "x"
    return app.url_map.bind("localhost").build(rule.endpoint, values)


def _routes(app: Flask) -> list[tuple[Rule, str]]:
    """(rule, method) for every method a route answers, HEAD and OPTIONS aside."""
    return [
        (rule, method)
        for rule in app.url_map.iter_rules()
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})
    ]


def _access(app: Flask, endpoint: str) -> str | None:
    return getattr(app.view_functions[endpoint], "access", None)


def test_every_route_declares_who_may_use_it(app: Flask) -> None:
    undeclared = [
        r.endpoint
        for r in app.url_map.iter_rules()
        if r.endpoint != "static" and _access(app, r.endpoint) not in ROLE_ACCESS | {"public"}
    ]
    assert undeclared == []


def test_public_routes_are_exactly_the_listed_ones(app: Flask) -> None:
    public = {r.endpoint for r in app.url_map.iter_rules() if _access(app, r.endpoint) == "public"}
    assert public | {"static"} == PUBLIC


def test_anonymous_users_are_sent_to_log_in(app: Flask, client: FlaskClient) -> None:
    refused = []
    for rule, method in _routes(app):
        if rule.endpoint in PUBLIC:
            continue
        response = client.open(_url(app, rule), method=method)
        if response.status_code != 302 or "/auth/login" not in response.location:
            refused.append((rule.rule, method, response.status_code))
    assert refused == []


def _wrong_clients(app: Flask) -> dict[str, list[FlaskClient]]:
    add_user(app, "t-admin", Role.INSTRUCTOR, is_admin=True)
    add_user(app, "t-plain", Role.INSTRUCTOR, is_admin=False)
    add_user(app, "l-one", Role.LEARNER)
    clients = {}
    for name in ("t-admin", "t-plain", "l-one"):
        c = app.test_client()
        assert (
            c.post("/auth/login", data={"username": name, "password": PASSWORD}).status_code == 302
        )
        clients[name] = c
    return {
        "instructor": [clients["l-one"]],
        "admin": [clients["l-one"], clients["t-plain"]],
        "learner": [clients["t-admin"]],
        "signed_in": [],
    }


def test_the_wrong_role_is_refused(app: Flask) -> None:
    wrong = _wrong_clients(app)
    allowed_through = []
    for rule, method in _routes(app):
        access = _access(app, rule.endpoint)
        for c in wrong.get(access or "", []):
            response = c.open(_url(app, rule), method=method)
            if response.status_code != 403:
                allowed_through.append((rule.rule, method, access, response.status_code))
    assert allowed_through == []


def _csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


@pytest.fixture
def csrf_app(database_url: str, tmp_path: Path) -> Flask:
    return make_app(database_url, tmp_path, WTF_CSRF_ENABLED=True)


def test_state_changing_requests_without_csrf_token_are_refused(csrf_app: Flask) -> None:
    app = csrf_app
    add_user(app, "t-admin", Role.INSTRUCTOR, is_admin=True)
    add_user(app, "l-one", Role.LEARNER)
    clients: dict[str, FlaskClient] = {"public": app.test_client()}
    for access, name in (("instructor", "t-admin"), ("learner", "l-one")):
        c = app.test_client()
        token = _csrf_token(c.get("/auth/login").get_data(as_text=True))
        data = {"username": name, "password": PASSWORD, "csrf_token": token}
        assert c.post("/auth/login", data=data).status_code == 302
        clients[access] = c
    clients["admin"] = clients["signed_in"] = clients["instructor"]
    accepted = []
    for rule, method in _routes(app):
        if method not in UNSAFE:
            continue
        access = "public" if rule.endpoint in PUBLIC else _access(app, rule.endpoint)
        response = clients[access or "public"].open(_url(app, rule), method=method, data={})
        if response.status_code != 400 or "CSRF" not in response.get_data(as_text=True):
            accepted.append((rule.rule, method, response.status_code))
    assert accepted == []
