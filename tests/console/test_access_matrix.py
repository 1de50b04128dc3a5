"""Every role against every admin route: allow, 403 or 401, as ``access_matrix`` says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import openai

from tests.conftest import wait_for
from tests.console.access_matrix import MATRIX, PENDING, POLICY_NAME, REPO, ROLES, SUBJECT, Case
from tests.console.conftest import World


def admin_routes(app: Any) -> Iterator[tuple[str, str]]:
    def walk(routes: Any) -> Iterator[Any]:
        for r in routes:
            if hasattr(r, "original_router"):
                yield from walk(r.original_router.routes)
            elif getattr(r, "methods", None):
                yield r

    for route in walk(app.routes):
        if route.path.startswith("/admin/v1"):
            for method in sorted(route.methods - {"HEAD"}):
                yield method, route.path


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        for name, real in ids.items():
            value = value.replace("{" + name + "}", real)
        return value
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


def _request(world: World, method: str, path: str, case: Case | None, role: str, ids: dict[str, str]
             ) -> httpx.Response:
    url = _fill(case.path if case and case.path else path, ids)
    url = re.sub(r"\{[a-z_]+\}", "1", url)  # ids the world has no object for (PENDING routes)
    body = case.json(role) if case is not None and callable(case.json) else (case.json if case else None)
    kwargs: dict[str, Any] = {"headers": world.headers(role), "timeout": 60}
    if case is not None and case.params:
        kwargs["params"] = _fill(case.params, ids)
    if body is not None:
        kwargs["json"] = _fill(body, ids)
    elif case is not None and case.content is not None:
        kwargs["content"] = case.content
    return httpx.request(method, world.url + url, **kwargs)


def world_objects(world: World) -> dict[str, str]:
    """One object of every kind an admin route addresses, all of the world robot: an exchange
    of ``SUBJECT`` with a complaint, its review item, a consent, a policy draft, a report."""
    c = openai.OpenAI(base_url=f"{world.url}/v1", api_key=world.robot_key, max_retries=0)
    c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "你好"}], user=SUBJECT)
    gw = world.server.gateway
    exchange = wait_for(lambda: gw.store.list_exchanges(robot_id=world.robot_id, limit=1))[0]
    bureau = world.headers("bureau_admin")

    def ok(r: httpx.Response) -> Any:
        assert r.status_code in (200, 201), r.text
        return r.json()

    ok(httpx.post(f"{world.url}/v1/complaints", json={"reference": exchange["request_id"], "text": "回答不对"}))
    item = ok(httpx.post(f"{world.url}/admin/v1/review/exchanges/{exchange['id']}/labels", headers=bureau,
                         json={"verdict": "correct"}))
    consent = ok(httpx.post(f"{world.url}/admin/v1/consents", headers=bureau, json={
        "subject": SUBJECT, "purpose": "personalization", "channel": "paper", "robot_id": world.robot_id}))
    version = ok(httpx.post(f"{world.url}/admin/v1/policies/{POLICY_NAME}/versions", headers=bureau,
                            json={"document": (REPO / "configs/policies/citizen_service.yaml").read_text("utf-8")}))
    report = ok(httpx.get(f"{world.url}/admin/v1/robots/{world.robot_id}/assessment", headers=bureau, timeout=60))
    return {"robot": world.robot_id, "robot_id": world.robot_id, "exchange_id": str(exchange["id"]),
            "item_id": str(item["id"]), "consent_id": consent["id"], "subject": SUBJECT, "name": POLICY_NAME,
            "version_id": str(version["id"]), "report_id": str(report["id"])}


def test_every_admin_route_is_classified(world: World) -> None:
    routes = set(admin_routes(world.server.app))
    unclassified = sorted(routes - set(MATRIX) - PENDING)
    assert not unclassified, f"classify these routes in tests/console/access_matrix.py: {unclassified}"
    assert not (set(MATRIX) & PENDING)
    assert not (set(MATRIX) - routes), f"stale matrix entries: {sorted(set(MATRIX) - routes)}"
    # routes still pending classification at least refuse robot keys and anonymous callers
    wrong = []
    for method, path in sorted(PENDING):
        for role, expected in (("anonymous", {401}), ("vendor", {401, 403})):
            r = _request(world, method, path, None, role, {"robot": world.robot_id, "robot_id": world.robot_id})
            if r.status_code not in expected:
                wrong.append(f"{method} {path} as {role}: {r.status_code}")
    assert not wrong, "\n".join(wrong)


def test_access_matrix(world: World) -> None:
    ids = world_objects(world)
    wrong: list[str] = []
    # the destructive key revocation last, so the vendor key is valid for the other routes
    order = sorted(MATRIX.items(), key=lambda kv: kv[0] == ("DELETE", "/admin/v1/robots/{robot_id}/keys"))
    for (method, path), case in order:
        for role in ROLES:
            r = _request(world, method, path, case, role, ids)
            if role == "anonymous":
                ok = r.status_code == 401
            elif role == "vendor":
                ok = r.status_code in (401, 403)
            elif role in case.allowed:
                ok = r.status_code in case.expect
            else:
                ok = r.status_code == 403
            if ok and r.status_code in (401, 403):
                ok = r.json()["error"]["type"] in ("authentication_error", "permission_error")
            if not ok:
                wrong.append(f"{method} {path} as {role}: {r.status_code} {r.text[:120]}")
    assert not wrong, "\n".join(wrong)


def test_guardian_cannot_read_another_guardians_robot_or_its_records(world: World) -> None:
    h = world.headers("guardian_other")
    r = httpx.get(f"{world.url}/admin/v1/robots/{world.robot_id}", headers=h)
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden_robot"
    assert world.robot_id not in r.text and "福田小助手" not in r.text
    # a robot id that does not exist answers the same: existence is not revealed
    missing = httpx.get(f"{world.url}/admin/v1/robots/440304020000000000", headers=h)
    assert missing.status_code == 403 and missing.json() == r.json()
    listed = httpx.get(f"{world.url}/admin/v1/robots", headers=h).json()["data"]
    assert [x["robot_id"] for x in listed] == [world.other_robot_id]
    r = httpx.get(f"{world.url}/admin/v1/exchanges", headers=h, params={"robot_id": world.robot_id})
    assert r.status_code == 403


def test_transcript_reads_are_recorded_with_who_and_what(world: World) -> None:
    c = openai.OpenAI(base_url=f"{world.url}/v1", api_key=world.robot_key, max_retries=0)
    c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "请问社保怎么查"}])
    gw = world.server.gateway
    row = wait_for(lambda: gw.store.list_exchanges(robot_id=world.robot_id, limit=1))[0]
    one = httpx.get(f"{world.url}/admin/v1/exchanges/{row['id']}", headers=world.headers("auditor"))
    assert one.status_code == 200 and "社保" in one.json()["request_text"]
    log = httpx.get(f"{world.url}/admin/v1/access-log", headers=world.headers("auditor")).json()["data"]
    assert log[0]["actor"] == "user:auditor" and log[0]["role"] == "auditor"
    assert log[0]["action"] == "exchange.read" and log[0]["detail"] == {"exchange_ids": [row["id"]]}
    assert "社保" not in str(log)  # the log records what was read, never the text


def test_consent_ids_reveal_nothing_outside_the_department_and_exports_are_logged(world: World) -> None:
    ids = world_objects(world)
    url = f"{world.url}/admin/v1/consents"
    other = world.headers("department_admin_other")
    mine = httpx.delete(f"{url}/{ids['consent_id']}", headers=other)
    missing = httpx.delete(f"{url}/cns_does_not_exist", headers=other)
    assert mine.status_code == missing.status_code == 403 and mine.json() == missing.json()
    assert httpx.delete(f"{url}/cns_does_not_exist", headers=world.headers("bureau_admin")).status_code == 404
    # the auditor reads a subject's decrypted transcripts: on the access log, without the subject or text
    r = httpx.get(f"{world.url}/admin/v1/subjects/{SUBJECT}/export", headers=world.headers("auditor"))
    assert r.status_code == 200 and r.json()["exchanges"]
    log = httpx.get(f"{world.url}/admin/v1/access-log", headers=world.headers("auditor")).json()["data"]
    assert log[0]["action"] == "subject.exported" and log[0]["actor"] == "user:auditor"
    assert log[0]["detail"] == {"exchange_ids": [int(ids["exchange_id"])]} and SUBJECT not in str(log)
