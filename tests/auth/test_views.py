from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.models import Role
from tests.factories.app import PASSWORD, add_user, get_user, log_in


def _register(client: FlaskClient, username: str = "newbie", **extra: str):
    data = {
        "username": username,
        "display_name": "New Learner",
        "password": PASSWORD,
        "confirm": PASSWORD,
        **extra,
    }
    return client.post("/auth/register", data=data)


def test_registering_makes_a_logged_in_learner_without_email(app: Flask, client: FlaskClient):
    response = _register(client)
    assert response.status_code == 302
    me = client.get("/api/me").get_json()
    assert me == {"username": "newbie", "name": "New Learner", "role": "learner"}


def test_registering_a_taken_username_says_so(app: Flask, client: FlaskClient, learner_id: int):
    response = _register(client, username="PUPIL")
    assert response.status_code == 200
    assert "is taken" in response.get_data(as_text=True)


def test_registering_with_different_passwords_is_refused(client: FlaskClient):
    response = _register(client, confirm="something else entirely")
    assert "The passwords differ." in response.get_data(as_text=True)
    assert client.get("/api/me").status_code == 302


def test_passwords_are_stored_as_argon2id_hashes(app: Flask, learner_id: int):
    user = get_user(app, learner_id)
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_production_hashing_parameters_follow_owasp_minimum(app: Flask):
    from quizapp.config import Defaults

    assert Defaults.ARGON2_MEMORY_COST >= 19 * 1024
    assert Defaults.ARGON2_TIME_COST >= 2


def test_log_in_with_wrong_password_fails(client: FlaskClient, learner_id: int):
    response = log_in(client, "pupil", "wrong password!")
    assert response.status_code == 401
    assert "do not match" in response.get_data(as_text=True)


def test_log_in_is_case_insensitive_on_username(client: FlaskClient, learner_id: int):
    assert log_in(client, "PuPiL").status_code == 302


def test_log_out_ends_the_session(learner_client: FlaskClient):
    assert learner_client.post("/auth/logout").status_code == 302
    assert learner_client.get("/learn/").status_code == 302


def test_a_cookie_copied_before_log_out_no_longer_works(app: Flask, learner_id: int):
    """Log-out ends the session on the server, not only in the browser that logged out."""
    browser = app.test_client()
    assert log_in(browser, "pupil").status_code == 302
    copied = app.test_client()
    cookie = browser.get_cookie("session")
    copied.set_cookie(cookie.key, cookie.value)
    assert copied.get("/learn/").status_code == 200
    browser.post("/auth/logout")
    assert copied.get("/learn/").status_code == 302
    assert log_in(browser, "pupil").status_code == 302  # logging in again works
    assert browser.get("/learn/").status_code == 200


def test_home_sends_each_role_to_its_page(instructor_client, learner_client):
    assert instructor_client.get("/").location.endswith("/teach/")
    assert learner_client.get("/").location.endswith("/learn/")


def test_next_parameter_only_redirects_within_the_site(client: FlaskClient, learner_id: int):
    data = {"username": "pupil", "password": PASSWORD}
    assert client.post("/auth/login?next=/learn/", data=data).location == "/learn/"
    client.post("/auth/logout")
    evil = client.post("/auth/login?next=https://evil.example/x", data=data)
    assert "evil" not in evil.location


def test_failed_log_ins_are_throttled_per_account(app: Flask, client: FlaskClient, learner_id):
    for _ in range(10):
        assert log_in(client, "pupil", "wrong password!").status_code == 401
    response = log_in(client, "pupil")  # the right password, but the account is throttled
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.get_data(as_text=True)


def test_throttling_one_account_leaves_classmates_on_the_same_address_alone(
    app: Flask, client: FlaskClient, learner_id: int
):
    add_user(app, "classmate", Role.LEARNER)
    for _ in range(12):
        log_in(client, "pupil", "wrong password!")
    assert log_in(app.test_client(), "classmate").status_code == 302


def test_session_cookie_is_httponly_and_samesite_lax(client: FlaskClient, learner_id: int):
    response = log_in(client, "pupil")
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_session_cookie_is_secure_over_https(database_url, tmp_path):
    from tests.factories.app import make_app

    app = make_app(database_url, tmp_path, PREFERRED_URL_SCHEME="https")
    assert app.config["SESSION_COOKIE_SECURE"] is True
    db.dispose(app)


def test_changing_a_password_logs_out_every_session(app: Flask, learner_client, learner_id):
    from quizapp.extensions import db
    from quizapp.models import User
    from quizapp.security import hash_password

    assert learner_client.get("/learn/").status_code == 200
    with app.app_context():
        user = db.session.get(User, learner_id)
        user.password_hash = hash_password("a brand new password")
        db.session.commit()
    assert learner_client.get("/learn/").status_code == 302


def test_a_padded_or_recased_username_is_the_same_throttled_account(
    client: FlaskClient, learner_id: int
):
    for _ in range(10):
        log_in(client, "pupil", "wrong password!")
    assert log_in(client, " PUPIL ").status_code == 429


def test_failures_from_one_address_do_not_lock_the_account_elsewhere(app: Flask, learner_id: int):
    classmate = app.test_client()
    for _ in range(10):
        classmate.post(
            "/auth/login",
            data={"username": "pupil", "password": "wrong password!"},
            environ_base={"REMOTE_ADDR": "10.0.0.9"},
        )
    own = app.test_client()
    response = own.post(
        "/auth/login",
        data={"username": "pupil", "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.20"},
    )
    assert response.status_code == 302


def test_behind_a_proxy_the_client_address_comes_from_x_forwarded_for(database_url, tmp_path):
    from tests.factories.app import make_app

    app = make_app(database_url, tmp_path, PROXY_COUNT=1)
    add_user(app, "pupil", Role.LEARNER)
    for _ in range(10):
        app.test_client().post(
            "/auth/login",
            data={"username": "pupil", "password": "wrong password!"},
            headers={"X-Forwarded-For": "192.0.2.1"},
            environ_base={"REMOTE_ADDR": "127.0.0.1"},
        )
    other = app.test_client().post(
        "/auth/login",
        data={"username": "pupil", "password": PASSWORD},
        headers={"X-Forwarded-For": "192.0.2.2"},
        environ_base={"REMOTE_ADDR": "127.0.0.1"},
    )
    db.dispose(app)
    assert other.status_code == 302
