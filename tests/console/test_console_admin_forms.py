"""The console's account and robot-administration forms over plain HTTP (no browser).

A session is made by posting the login form; state-changing posts carry the session's
CSRF token as the browser would. They check that the forms apply the admin API's rules:
a guardian's posts to the user and termination forms get 403, a post without the CSRF
token is refused and changes nothing, a department admin is held to their department,
and errors render inline as HTML, never as a 500 or a JSON body.
"""

from __future__ import annotations

import httpx

from proxy.auth import SESSION_COOKIE, csrf_token
from proxy.storage import Store, make_engine
from proxy.storage.accounts import AccountStore, UserRecord
from tests.console.conftest import DEPT, OTHER_DEPT, PASSWORD, World


class Session:
    """A logged-in console user: ``post`` sends the form with the session's CSRF token."""

    def __init__(self, world: World, username: str) -> None:
        r = httpx.post(f"{world.url}/console/login", data={"username": username, "password": PASSWORD})
        assert r.status_code == 303, r.text
        self.cookie = r.cookies[SESSION_COOKIE]
        self.url = world.url

    def get(self, path: str) -> httpx.Response:
        return httpx.get(self.url + path, headers={"Cookie": f"{SESSION_COOKIE}={self.cookie}"})

    def post(self, path: str, data: dict[str, str], *, csrf: bool = True) -> httpx.Response:
        form = data | ({"csrf_token": csrf_token(self.cookie)} if csrf else {})
        return httpx.post(self.url + path, data=form, headers={"Cookie": f"{SESSION_COOKIE}={self.cookie}"},
                          timeout=60)


def _user(world: World, username: str) -> UserRecord | None:
    engine = make_engine(world.server.settings.resolved_database_url)
    try:
        return AccountStore(engine).get_user(username)
    finally:
        engine.dispose()


def _status(world: World, robot_id: str) -> str:
    engine = make_engine(world.server.settings.resolved_database_url)
    try:
        robot = Store(engine).get_robot(robot_id)
        assert robot is not None
        return robot.status
    finally:
        engine.dispose()


def _html_error(r: httpx.Response, status: int, text: str) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html") and text in r.text


def test_guardians_get_403_and_forms_without_the_csrf_token_are_refused(world: World) -> None:
    new_user = {"username": "g-sneaky", "role": "bureau_admin", "department": "", "password": "long-enough-pass"}
    guardian = Session(world, "g-assigned")
    _html_error(guardian.post("/console/users", new_user), 403, "your role may not do this")
    _html_error(guardian.post(f"/console/robots/{world.robot_id}/terminate",
                              {"reason": "x", "confirm": world.robot_id}), 403, "may not administer this robot")
    _html_error(guardian.post(f"/console/robots/{world.robot_id}/guardians", {"guardians": "g-assigned"}), 403,
                "may not administer this robot")
    _html_error(guardian.post(f"/console/robots/{world.robot_id}/legal-hold", {"hold": "1", "reason": "x"}), 403,
                "your role may not do this")
    _html_error(guardian.get("/console/users"), 403, "your role may not do this")
    assert "/console/users" not in guardian.get("/console/").text  # not offered in the nav either
    assert 'data-testid="terminate-form"' not in guardian.get(f"/console/robots/{world.robot_id}").text
    assert _user(world, "g-sneaky") is None and _status(world, world.robot_id) == "active"

    engine = make_engine(world.server.settings.resolved_database_url)
    AccountStore(engine).create_user("chief", "bureau_admin", None, None, PASSWORD)
    engine.dispose()
    chief = Session(world, "chief")
    _html_error(chief.post("/console/users", new_user, csrf=False), 403, "CSRF")
    _html_error(chief.post(f"/console/robots/{world.robot_id}/terminate",
                           {"reason": "x", "confirm": world.robot_id}, csrf=False), 403, "CSRF")
    assert _user(world, "g-sneaky") is None and _status(world, world.robot_id) == "active"
    wrong = chief.post("/console/robots/" + world.robot_id + "/terminate", {"reason": "结束", "confirm": "nope"})
    _html_error(wrong, 400, "type the robot id to confirm termination")
    assert _status(world, world.robot_id) == "active"


def test_department_admin_and_auditor_get_the_apis_rights(world: World) -> None:
    admin = Session(world, "dept-admin")
    page = admin.get("/console/users")
    assert page.status_code == 200 and 'data-username="g-assigned"' in page.text
    assert 'data-username="g-other"' not in page.text  # another department's guardian
    assert "issue-token" not in page.text and "disable-user" not in page.text  # bureau only
    # the department is forced to the admin's own, whatever the form says
    ok = admin.post("/console/users", {"username": "g-fresh", "role": "guardian", "department": OTHER_DEPT,
                                       "password": "long-enough-pass"})
    assert ok.status_code == 303
    fresh = _user(world, "g-fresh")
    assert fresh is not None and fresh.department == DEPT
    _html_error(admin.post("/console/users", {"username": "boss2", "role": "bureau_admin",
                                              "password": "long-enough-pass"}), 403, "guardians of their own")
    short = admin.post("/console/users", {"username": "g-short", "role": "guardian", "password": "short"})
    _html_error(short, 400, "a password must be")
    assert 'value="g-short"' in short.text and 'value="short"' not in short.text  # never echo a password
    _html_error(admin.post("/console/users/g-fresh/token", {}), 403, "your role may not do this")
    _html_error(admin.post(f"/console/robots/{world.other_robot_id}/terminate",
                           {"reason": "x", "confirm": world.other_robot_id}), 403, "may not access this robot")
    _html_error(admin.post(f"/console/robots/{world.robot_id}/legal-hold", {"hold": "1", "reason": "x"}), 403,
                "your role may not do this")
    # guardians: add one of the department, refuse another department's, never remove the last
    added = admin.post(f"/console/robots/{world.robot_id}/guardians", {"guardians": "g-fresh"})
    assert added.status_code == 303
    _html_error(admin.post(f"/console/robots/{world.robot_id}/guardians", {"guardians": "g-other"}), 400,
                "guardian accounts of the robot")
    assert admin.post(f"/console/robots/{world.robot_id}/guardians/g-fresh/remove", {}).status_code == 303
    _html_error(admin.post(f"/console/robots/{world.robot_id}/guardians/g-assigned/remove", {}), 409,
                "at least one guardian")

    auditor = Session(world, "auditor")
    page = auditor.get("/console/users")
    assert page.status_code == 200 and 'data-username="g-other"' in page.text
    assert 'data-testid="create-user"' not in page.text and "issue-token" not in page.text
    _html_error(auditor.post("/console/users", {"username": "x-aud", "role": "auditor",
                                                "password": "long-enough-pass"}), 403, "your role may not do this")


def test_bureau_admin_issues_a_token_shown_once_and_disables_a_user(world: World) -> None:
    engine = make_engine(world.server.settings.resolved_database_url)
    AccountStore(engine).create_user("chief", "bureau_admin", None, None, PASSWORD)
    engine.dispose()
    chief = Session(world, "chief")
    page = chief.post("/console/users/g-assigned/token", {})
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    token = page.text.split('data-testid="new-token"')[1].split('<code class="mono">')[1].split("</code>")[0]
    me = httpx.get(f"{world.url}/admin/v1/robots", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and [r["robot_id"] for r in me.json()["data"]] == [world.robot_id]
    assert token not in chief.get("/console/users").text  # shown once
    assert chief.post("/console/users/g-assigned/disable", {}).status_code == 303
    assert httpx.get(f"{world.url}/admin/v1/robots", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    _html_error(chief.post("/console/users/nobody-x/disable", {}), 404, "no such user")
