"""The instructor's class pages: slips, resets, removal, deletion, assignment, ownership."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Assignment, Attempt, Classroom, Role, User
from quizapp.services import accounts
from tests.factories.app import add_user, log_in
from tests.factories.classes import make_attempt, make_published_set


def _create_class(client: FlaskClient, name: str = "Year 8 Blue") -> int:
    response = client.post("/teach/classes", data={"name": name})
    assert response.status_code == 302
    return int(response.location.rstrip("/").rsplit("/", 1)[1])


def _slips(html: str) -> dict[str, str]:
    usernames = re.findall(r'<dd class="username">([^<]+)</dd>', html)
    passwords = re.findall(r'<dd class="password">([^<]+)</dd>', html)
    return dict(zip(usernames, passwords, strict=True))


def _add(client: FlaskClient, class_id: int, names: str):
    return client.post(f"/teach/classes/{class_id}/pupils", data={"names": names})


def _user_id(app: Flask, username: str) -> int:
    with app.app_context():
        return accounts.find_user(db.session, username).id


def test_creating_a_class_lists_it(instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    page = instructor_client.get("/teach/classes").get_data(as_text=True)
    assert f"/teach/classes/{class_id}" in page
    assert "Year 8 Blue" in page


def test_an_empty_class_name_is_refused(instructor_client: FlaskClient) -> None:
    response = instructor_client.post("/teach/classes", data={"name": "   "})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.get_data(as_text=True)


def test_a_pasted_list_makes_one_slip_per_pupil(instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    response = _add(instructor_client, class_id, "Amira Khan\nBen Okoro\n\nCara Li\n")
    assert response.status_code == 200
    slips = _slips(response.get_data(as_text=True))
    assert list(slips) == ["amira.k", "ben.o", "cara.l"]
    assert all(len(p) >= 8 for p in slips.values())


def test_the_slips_page_is_not_cached(instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    response = _add(instructor_client, class_id, "Amira Khan")
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_slip_passwords_are_in_no_cookie(instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    response = _add(instructor_client, class_id, "Amira Khan")
    (password,) = _slips(response.get_data(as_text=True)).values()
    cookies = " ".join(response.headers.getlist("Set-Cookie"))
    session_cookie = instructor_client.get_cookie("session")
    assert password not in cookies
    assert session_cookie is None or password not in session_cookie.value


def test_the_class_page_shows_pupils_but_never_passwords(instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    (password,) = _slips(_add(instructor_client, class_id, "Amira Khan").get_data(True)).values()
    page = instructor_client.get(f"/teach/classes/{class_id}").get_data(as_text=True)
    assert "amira.k" in page
    assert password not in page


def test_a_pupil_logs_in_with_the_slip_password(app: Flask, instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    slips = _slips(_add(instructor_client, class_id, "Amira Khan").get_data(as_text=True))
    pupil = app.test_client()
    assert log_in(pupil, "amira.k", slips["amira.k"]).status_code == 302


def test_reset_password_gives_a_new_slip_and_retires_the_old(
    app: Flask, instructor_client: FlaskClient
) -> None:
    class_id = _create_class(instructor_client)
    old = _slips(_add(instructor_client, class_id, "Amira Khan").get_data(as_text=True))
    user_id = _user_id(app, "amira.k")
    response = instructor_client.post(f"/teach/classes/{class_id}/pupils/{user_id}/reset")
    new = _slips(response.get_data(as_text=True))
    assert response.headers["Cache-Control"] == "no-store"
    assert list(new) == ["amira.k"]
    assert log_in(app.test_client(), "amira.k", old["amira.k"]).status_code == 401
    assert log_in(app.test_client(), "amira.k", new["amira.k"]).status_code == 302


def test_removing_a_pupil_takes_them_off_the_class_page(
    app: Flask, instructor_client: FlaskClient
) -> None:
    class_id = _create_class(instructor_client)
    _add(instructor_client, class_id, "Amira Khan\nBen Okoro")
    user_id = _user_id(app, "amira.k")
    response = instructor_client.post(f"/teach/classes/{class_id}/pupils/{user_id}/remove")
    assert response.status_code == 302
    page = instructor_client.get(f"/teach/classes/{class_id}").get_data(as_text=True)
    assert "<code>amira.k</code>" not in page
    assert "<code>ben.o</code>" in page


def test_an_existing_pupil_joins_a_second_class(app: Flask, instructor_client: FlaskClient) -> None:
    first = _create_class(instructor_client, "Year 8 Blue")
    second = _create_class(instructor_client, "Media club")
    _add(instructor_client, first, "Amira Khan")
    user_id = _user_id(app, "amira.k")
    response = instructor_client.post(
        f"/teach/classes/{second}/pupils/existing", data={"user_id": str(user_id)}
    )
    assert response.status_code == 302
    assert "amira.k" in instructor_client.get(f"/teach/classes/{second}").get_data(True)


def test_deleting_a_pupil_asks_first_then_deletes_everything(
    app: Flask, instructor_client: FlaskClient, instructor_id: int
) -> None:
    class_id = _create_class(instructor_client)
    _add(instructor_client, class_id, "Amira Khan")
    user_id = _user_id(app, "amira.k")
    with app.app_context():
        teacher = db.session.get(User, instructor_id)
        make_attempt(
            db.session, db.session.get(User, user_id), make_published_set(db.session, teacher)
        )
    confirm = instructor_client.get(f"/teach/pupils/{user_id}/delete")
    assert "1 attempt" in confirm.get_data(as_text=True)
    response = instructor_client.post(f"/teach/pupils/{user_id}/delete", data={"confirm": "yes"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(User, user_id) is None
        assert db.session.scalar(select(func.count()).select_from(Attempt)) == 0
    assert "<code>amira.k</code>" not in instructor_client.get("/teach/pupils").get_data(True)


def test_assigning_a_set_shows_it_to_the_pupil(
    app: Flask, instructor_client: FlaskClient, instructor_id: int
) -> None:
    class_id = _create_class(instructor_client)
    slips = _slips(_add(instructor_client, class_id, "Amira Khan").get_data(as_text=True))
    with app.app_context():
        set_id = make_published_set(db.session, db.session.get(User, instructor_id)).id
    response = instructor_client.post(
        f"/teach/classes/{class_id}/assignments",
        data={"set_id": str(set_id), "opens_at": "", "closes_at": ""},
    )
    assert response.status_code == 302
    pupil = app.test_client()
    log_in(pupil, "amira.k", slips["amira.k"])
    assert "Who said it?" in pupil.get("/learn/").get_data(as_text=True)


def test_assignment_dates_are_read_in_the_school_time_zone(
    database_url: str, tmp_path, engine_name: str
) -> None:
    from tests.factories.app import make_app

    app = make_app(database_url, tmp_path, TIMEZONE="Europe/Berlin")
    teacher_id = add_user(app, "teacher", Role.INSTRUCTOR)
    client = app.test_client()
    log_in(client, "teacher")
    class_id = _create_class(client)
    with app.app_context():
        set_id = make_published_set(db.session, db.session.get(User, teacher_id)).id
    client.post(
        f"/teach/classes/{class_id}/assignments",
        data={"set_id": str(set_id), "opens_at": "2030-01-01T09:00", "closes_at": ""},
    )
    with app.app_context():
        assignment = db.session.scalar(select(Assignment))
        assert assignment.opens_at.replace(tzinfo=None).isoformat() == "2030-01-01T08:00:00"
    db.dispose(app)


def test_unassigning_hides_the_set(app: Flask, instructor_client: FlaskClient, instructor_id: int):
    class_id = _create_class(instructor_client)
    with app.app_context():
        set_id = make_published_set(db.session, db.session.get(User, instructor_id)).id
    instructor_client.post(f"/teach/classes/{class_id}/assignments", data={"set_id": str(set_id)})
    with app.app_context():
        assignment_id = db.session.scalar(select(Assignment.id))
    response = instructor_client.post(
        f"/teach/classes/{class_id}/assignments/{assignment_id}/delete"
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Assignment)) == 0


def test_another_instructors_set_cannot_be_assigned(
    app: Flask, instructor_client: FlaskClient
) -> None:
    other_id = add_user(app, "other", Role.INSTRUCTOR)
    class_id = _create_class(instructor_client)
    with app.app_context():
        set_id = make_published_set(db.session, db.session.get(User, other_id)).id
    response = instructor_client.post(
        f"/teach/classes/{class_id}/assignments", data={"set_id": str(set_id)}
    )
    assert response.status_code == 200  # the form again, with the choice refused
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Assignment)) == 0


def test_deleting_a_class_keeps_its_pupils(app: Flask, instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    _add(instructor_client, class_id, "Amira Khan")
    assert instructor_client.post(f"/teach/classes/{class_id}/delete").status_code == 302
    with app.app_context():
        assert db.session.get(Classroom, class_id) is None
        assert accounts.find_user(db.session, "amira.k") is not None


# --- ownership: another instructor gets 404 on every route with an id ----------------------

OWNED_ROUTES = {
    "instructor.class_detail": ("GET", "/teach/classes/{c}"),
    "instructor.delete_class": ("POST", "/teach/classes/{c}/delete"),
    "instructor.add_pupils": ("POST", "/teach/classes/{c}/pupils"),
    "instructor.add_existing_pupil": ("POST", "/teach/classes/{c}/pupils/existing"),
    "instructor.reset_pupil_password": ("POST", "/teach/classes/{c}/pupils/{u}/reset"),
    "instructor.remove_pupil": ("POST", "/teach/classes/{c}/pupils/{u}/remove"),
    "instructor.confirm_delete_pupil": ("GET", "/teach/pupils/{u}/delete"),
    "instructor.delete_pupil": ("POST", "/teach/pupils/{u}/delete"),
    "instructor.unlock_pupil": ("POST", "/teach/pupils/{u}/unlock"),
    "instructor.assign_set": ("POST", "/teach/classes/{c}/assignments"),
    "instructor.unassign_set": ("POST", "/teach/classes/{c}/assignments/{a}/delete"),
}


def test_every_class_route_with_an_id_is_in_the_ownership_list(app: Flask) -> None:
    with_ids = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.arguments
        and app.view_functions[rule.endpoint].__module__ == "quizapp.instructor.classes"
    }
    assert with_ids == set(OWNED_ROUTES)


@pytest.fixture
def someone_elses(app: Flask) -> dict[str, int]:
    """A class of teacher "owner" with a pupil and an assignment."""
    owner_id = add_user(app, "owner", Role.INSTRUCTOR)
    owner = app.test_client()
    log_in(owner, "owner")
    class_id = _create_class(owner)
    _add(owner, class_id, "Amira Khan")
    with app.app_context():
        set_id = make_published_set(db.session, db.session.get(User, owner_id)).id
    owner.post(f"/teach/classes/{class_id}/assignments", data={"set_id": str(set_id)})
    with app.app_context():
        assignment_id = db.session.scalar(select(Assignment.id))
    return {"c": class_id, "u": _user_id(app, "amira.k"), "a": assignment_id}


@pytest.mark.parametrize("endpoint", sorted(OWNED_ROUTES))
def test_another_instructors_ids_are_404(
    app: Flask, instructor_client: FlaskClient, someone_elses: dict[str, int], endpoint: str
) -> None:
    method, template = OWNED_ROUTES[endpoint]
    data = {"names": "Intruder", "user_id": str(someone_elses["u"]), "confirm": "yes"}
    data["set_id"] = "1"
    response = instructor_client.open(template.format(**someone_elses), method=method, data=data)
    assert response.status_code == 404
    with app.app_context():
        assert db.session.get(Classroom, someone_elses["c"]) is not None
        assert db.session.get(User, someone_elses["u"]) is not None
        assert db.session.get(Assignment, someone_elses["a"]) is not None
        assert accounts.find_user(db.session, "intruder") is None


def test_a_pupil_in_ones_class_but_made_by_another_cannot_be_deleted(
    app: Flask, instructor_client: FlaskClient, someone_elses: dict[str, int]
) -> None:
    response = instructor_client.post(
        f"/teach/pupils/{someone_elses['u']}/delete", data={"confirm": "yes"}
    )
    assert response.status_code == 404


def test_own_class_with_a_pupil_from_elsewhere_is_404_on_reset(
    app: Flask, instructor_client: FlaskClient, someone_elses: dict[str, int]
) -> None:
    class_id = _create_class(instructor_client)
    response = instructor_client.post(
        f"/teach/classes/{class_id}/pupils/{someone_elses['u']}/reset"
    )
    assert response.status_code == 404


def test_sending_the_same_list_twice_makes_no_second_accounts(
    app: Flask, instructor_client: FlaskClient
) -> None:
    class_id = _create_class(instructor_client)
    _add(instructor_client, class_id, "Amira Khan\nBen Okoro")
    again = _add(instructor_client, class_id, "Amira Khan\nBen Okoro")
    assert "already in the class" in again.get_data(as_text=True)
    assert _slips(again.get_data(as_text=True)) == {}
    with app.app_context():
        assert accounts.find_user(db.session, "amira.k2") is None


def test_a_longer_list_pasted_again_adds_only_the_new_names(
    instructor_client: FlaskClient,
) -> None:
    class_id = _create_class(instructor_client)
    _add(instructor_client, class_id, "Amira Khan\nBen Okoro")
    again = _add(instructor_client, class_id, "Amira Khan\nBen Okoro\nCara Li")
    page = again.get_data(as_text=True)
    assert list(_slips(page)) == ["cara.l"]
    assert "not added again: Amira Khan, Ben Okoro" in page


def test_a_teacher_unlocks_a_throttled_pupil(app: Flask, instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    slips = _slips(_add(instructor_client, class_id, "Amira Khan").get_data(as_text=True))
    pupil = app.test_client()
    for _ in range(10):
        log_in(pupil, "amira.k", "wrong password!")
    assert log_in(pupil, "amira.k", slips["amira.k"]).status_code == 429
    response = instructor_client.post(f"/teach/pupils/{_user_id(app, 'amira.k')}/unlock")
    assert response.status_code == 302
    assert log_in(pupil, "amira.k", slips["amira.k"]).status_code == 302


def test_only_the_pupils_teacher_can_unlock(app: Flask, instructor_client: FlaskClient) -> None:
    class_id = _create_class(instructor_client)
    _add(instructor_client, class_id, "Amira Khan")
    add_user(app, "other", Role.INSTRUCTOR)
    other = app.test_client()
    log_in(other, "other")
    assert other.post(f"/teach/pupils/{_user_id(app, 'amira.k')}/unlock").status_code == 404
