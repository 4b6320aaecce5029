from __future__ import annotations

from flask.testing import FlaskClient


def test_home_page_answers_anonymous_visitors(client: FlaskClient):
    response = client.get("/")
    assert response.status_code == 200
    assert "Log in" in response.get_data(as_text=True)


def test_health_checks_the_database(client: FlaskClient):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_an_oversized_upload_gets_a_friendly_413_page(client: FlaskClient):
    response = client.post("/auth/login", data={"username": "x" * (1024 * 1024 + 10)})
    assert response.status_code == 413
    assert "too large" in response.get_data(as_text=True)


def test_unknown_page_gets_a_404_page(client: FlaskClient):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "There is no such page." in response.get_data(as_text=True)


def test_join_landing_for_an_unknown_code_is_404(client: FlaskClient):
    response = client.get("/join/NOPE123")
    assert response.status_code == 404
    assert "No open quiz has that code" in response.get_data(as_text=True)
