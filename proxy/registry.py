"""Registry operations shared by the admin API and the console: same checks, same events.

Every function takes the acting ``Principal`` and a robot it has already been scoped to
(``proxy.auth.robot_scope``); role rules that depend on the *target* status live here:

* pause (``suspended``), safe mode and resume (``active``): whoever may manage the robot
  (its guardians, its department admin, the bureau); pause and safe mode need a reason;
* termination: the department admin or the bureau only, with a reason; it runs
  ``proxy.termination.terminate`` (export bundle, key revocation, events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from proxy.errors import ForbiddenError, RequestError
from proxy.lifecycle import NEEDS_REASON

if TYPE_CHECKING:
    from proxy.auth import Principal
    from proxy.gateway import Gateway
    from proxy.storage import RobotRecord

__all__ = ["change_status", "robot_view"]

MAX_REASON = 500


async def change_status(gw: Gateway, who: Principal, robot: RobotRecord, status: str, reason: str) -> dict[str, Any]:
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise RequestError(f"a reason is at most {MAX_REASON} characters", code="invalid_request", param="reason")
    if status in NEEDS_REASON and not reason:
        raise RequestError("say why: a reason is required for pause, safe mode and termination",
                           code="reason_required", param="reason")
    if not who.can_manage_robot(robot.robot_id, robot.department):
        raise ForbiddenError("your role may not change this robot", code="forbidden_role")
    if status == "terminated":
        if not who.can_administer(robot.department):
            raise ForbiddenError("only the department admin or the bureau may terminate a robot",
                                 code="forbidden_role")
        from proxy.termination import terminate

        return await terminate(gw, robot, who.actor, reason)
    updated = await gw.set_status(robot.robot_id, status, who.actor, reason)
    if updated is None:
        raise RequestError("no such robot", code="not_found", status=404)
    return updated.public()


def robot_view(gw: Gateway, robot: RobotRecord, guardians: list[str]) -> dict[str, Any]:
    return robot.public() | {"status": gw.status_of(robot), "guardians": guardians}
