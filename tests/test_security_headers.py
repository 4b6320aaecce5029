"""Response headers: a CSP that allows only the app's own scripts and styles, no framing,
no MIME sniffing; and pages that need nothing inline to work under it."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from tests.factories.bridge import join_and_start, published_set

PACKAGE = Path(__file__).resolve().parents[1] / "quizapp"


def assert_locked_down(headers) -> None:  # type: ignore[no-untyped-def]
    csp = headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"
    assert "unsafe" not in csp
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_the_login_page_is_locked_down(client: FlaskClient) -> None:
    assert_locked_down(client.get("/auth/login").headers)


def test_a_quiz_page_is_locked_down(app: Flask, learner_client: FlaskClient) -> None:
    built = published_set(app)
    attempt_id = join_and_start(learner_client, built)
    response = learner_client.get(f"/learn/attempts/{attempt_id}/1")
    assert response.status_code == 200
    assert_locked_down(response.headers)


def test_no_template_needs_inline_script_or_style() -> None:
    """The CSP refuses inline code: scripts, style blocks, style and on* attributes."""
    inline = re.compile(r"<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=", re.I)
    found = [
        f"{path.relative_to(PACKAGE)}: {match.group(0).strip()}"
        for path in PACKAGE.rglob("*.html")
        for match in inline.finditer(path.read_text("utf-8"))
    ]
    assert found == []


def test_charts_carry_no_style_attribute() -> None:
    from quizapp.instructor import charts

    source = Path(charts.__file__).read_text("utf-8")
    assert "style=" not in source
