"""The expected access matrix of the admin API: ONE table, easy to extend.

Every route under ``/admin/v1`` of the app must appear in ``MATRIX`` (or, until its
owner classifies it, in ``PENDING``); ``test_access_matrix`` fails on any other route.

A ``Case`` names the roles that are allowed and what they get (``expect``: 200/201, or
the 404/409 a case names, an answer given past access control), and builds the request
from the world.
Placeholders in the path and in string values of the JSON body are filled from the
world's objects: ``{robot}``/``{robot_id}``, ``{exchange_id}`` (an exchange of
``SUBJECT``), ``{item_id}`` (its review item), ``{consent_id}``, ``{subject}``,
``{name}`` (the robot's policy), ``{version_id}`` (a draft of it), ``{report_id}`` (an
assessment report); see ``test_access_matrix.world_objects``. Every other role must get
403, the vendor (a robot API key) 401 or 403, and a request without credentials 401.
Request bodies are valid and the objects exist, so that a refusal can only come from
access control.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PEOPLE = ("bureau_admin", "department_admin", "department_admin_other", "guardian_assigned", "guardian_other",
          "auditor")
ROLES = (*PEOPLE, "vendor", "anonymous")

ALL = frozenset(PEOPLE)
BUREAU = frozenset({"bureau_admin"})
ADMINS = frozenset({"bureau_admin", "department_admin"})  # the robot's department admin and the bureau
OVERSEERS = frozenset({"bureau_admin", "auditor"})
READERS = frozenset({"bureau_admin", "department_admin", "auditor"})
#: Role-level rights that do not depend on the robot (each department admin sees their own data).
ADMIN_ROLES = frozenset({"bureau_admin", "department_admin", "department_admin_other"})
USER_READERS = ADMIN_ROLES | {"auditor"}
ROBOT_READERS = frozenset({"bureau_admin", "department_admin", "guardian_assigned", "auditor"})
ROBOT_MANAGERS = frozenset({"bureau_admin", "department_admin", "guardian_assigned"})
DEPT = "政数局"
NOT_FOUND = frozenset({404})
CONFLICT = frozenset({409})
#: The citizen of the world's exchange and consent (``{subject}`` in paths).
SUBJECT = "matrix-citizen"
#: The world robot's policy (``{name}`` in paths).
POLICY_NAME = "citizen-service-default"
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Case:
    allowed: frozenset[str]
    path: str | None = None  # default: the route path with {robot_id}/{exchange_id} filled in
    json: Any = None
    content: bytes | None = None
    params: dict[str, Any] = field(default_factory=dict)
    #: What an allowed role gets: success, unless the case names the answer past access control.
    expect: frozenset[int] = frozenset({200, 201})


def _default_policy() -> str:
    return (REPO / "configs/policies/citizen_service.yaml").read_text(encoding="utf-8")


def _new_robot(role: str) -> dict[str, Any]:
    return {"name": "登记测试", "department": DEPT, "model": "fake-model", "guardians": ["g-assigned"],
            "filing_number": "网信算备440304123456701240019号"}


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", "/admin/v1/exchanges"): Case(ALL),
    ("GET", "/admin/v1/exchanges/{exchange_id}"): Case(ROBOT_READERS),
    ("GET", "/admin/v1/robots"): Case(ALL),
    ("POST", "/admin/v1/robots"): Case(ADMINS, json=_new_robot),
    # a guardian reading another guardian's robot by id: guardian_other gets 403
    ("GET", "/admin/v1/robots/{robot_id}"): Case(ROBOT_READERS),
    ("POST", "/admin/v1/robots/{robot_id}/status"): Case(ROBOT_MANAGERS, json={"status": "active"},
                                                        expect=CONFLICT),  # already active
    ("POST", "/admin/v1/robots/{robot_id}/keys"): Case(ADMINS),
    ("DELETE", "/admin/v1/robots/{robot_id}/keys"): Case(ADMINS),
    ("DELETE", "/admin/v1/subjects/{subject}"): Case(BUREAU, path="/admin/v1/subjects/nobody-at-all"),
    ("GET", "/admin/v1/audit/verify"): Case(OVERSEERS),
    ("POST", "/admin/v1/policies/validate"): Case(ADMIN_ROLES, content=b"name: x\ntier: t1_information\n"),
    ("GET", "/admin/v1/policies/schema"): Case(ALL),
    ("POST", "/admin/v1/reload"): Case(BUREAU),
    ("POST", "/admin/v1/users"): Case(ADMINS, json=lambda role: {
        "username": f"new-{role.replace('_', '-')}", "role": "guardian", "department": DEPT,
        "password": "long-enough-password"}),
    ("GET", "/admin/v1/users"): Case(USER_READERS),
    ("POST", "/admin/v1/users/{username}/tokens"): Case(BUREAU, path="/admin/v1/users/nobody-x/tokens", json={},
                                                           expect=NOT_FOUND),
    ("DELETE", "/admin/v1/users/{username}"): Case(BUREAU, path="/admin/v1/users/nobody-x", expect=NOT_FOUND),
    ("POST", "/admin/v1/robots/{robot_id}/guardians"): Case(ADMINS, json={"guardians": ["g-assigned"]}),
    ("DELETE", "/admin/v1/robots/{robot_id}/guardians/{username}"): Case(
        ADMINS, path="/admin/v1/robots/{robot}/guardians/g-other", expect=NOT_FOUND),
    ("POST", "/admin/v1/robots/{robot_id}/onboarding"): Case(ADMINS, expect=CONFLICT),  # not `registered`
    ("GET", "/admin/v1/robots/{robot_id}/export"): Case(READERS),
    ("POST", "/admin/v1/robots/{robot_id}/legal-hold"): Case(BUREAU, json={"hold": False, "reason": "核查"}),
    ("POST", "/admin/v1/retention/run"): Case(BUREAU),
    ("GET", "/admin/v1/access-log"): Case(OVERSEERS),
    # consents and subject rights (proxy.routes.consents): admins of the consent's department and
    # the bureau change; the auditor reads but never changes; guardians oversee robots, not consents
    ("GET", "/admin/v1/consents"): Case(USER_READERS, params={"subject": SUBJECT}),
    ("POST", "/admin/v1/consents"): Case(ADMINS, json={
        "subject": SUBJECT, "purpose": "personalization", "channel": "paper", "robot_id": "{robot}"}),
    ("DELETE", "/admin/v1/consents/{consent_id}"): Case(ADMINS),
    ("GET", "/admin/v1/subjects/{subject}/export"): Case(USER_READERS),
    # review (proxy.review): reading within scope; labels, escalation, resolution by those who
    # manage the robot (its guardian, its department admin, the bureau); the auditor only reads
    ("GET", "/admin/v1/review/queue"): Case(ALL),
    ("GET", "/admin/v1/review/items/{item_id}"): Case(ROBOT_READERS),
    ("POST", "/admin/v1/review/items/{item_id}/labels"): Case(ROBOT_MANAGERS, json={"verdict": "correct"}),
    ("POST", "/admin/v1/review/items/{item_id}/escalate"): Case(ROBOT_MANAGERS, json={"level": "department"}),
    ("POST", "/admin/v1/review/items/{item_id}/resolve"): Case(ROBOT_MANAGERS, json={"note": "已处理"}),
    ("GET", "/admin/v1/review/exchanges/{exchange_id}"): Case(ROBOT_READERS),
    ("POST", "/admin/v1/review/exchanges/{exchange_id}/labels"): Case(ROBOT_MANAGERS, json={"verdict": "missed"}),
    ("GET", "/admin/v1/review/labels/export"): Case(ALL),
    ("GET", "/admin/v1/complaints"): Case(ALL),
    # policy versions (proxy.routes.policies): every console role reads; only the bureau drafts,
    # replays and publishes
    ("GET", "/admin/v1/policies"): Case(ALL),
    ("GET", "/admin/v1/policies/{name}/versions"): Case(ALL),
    ("POST", "/admin/v1/policies/{name}/versions"): Case(BUREAU, json=lambda role: {
        "document": _default_policy(), "note": "权限矩阵"}),
    ("GET", "/admin/v1/policy-versions/{version_id}"): Case(ALL),
    ("POST", "/admin/v1/policy-versions/{version_id}/replay"): Case(BUREAU, json={"days": 1, "limit": 10}),
    ("POST", "/admin/v1/policy-versions/{version_id}/publish"): Case(BUREAU),
    # assessment reports (proxy.routes.assessments): whoever may read the robot (no transcripts inside)
    ("GET", "/admin/v1/robots/{robot_id}/assessment"): Case(ROBOT_READERS),
    ("GET", "/admin/v1/assessments"): Case(ALL),
    ("GET", "/admin/v1/assessments/{report_id}"): Case(ROBOT_READERS),
}


#: Routes of work in progress, not yet classified by their owners: checked only for 401
#: without credentials and 401/403 for a robot key. Move each into MATRIX.
PENDING: frozenset[tuple[str, str]] = frozenset()
