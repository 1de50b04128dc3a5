"""The robot lifecycle (measures 6.2(b), 6.4(c), 6.7(c), 4.6): which status changes are allowed.

    registered ──(onboarding passed)──▶ active ◀──▶ suspended      (pause / resume)
                                          ▲
                                          └──────▶ safe_mode       (safe mode / resume)
    any status ───────────────────────▶ terminated                 (final)

``suspended`` and ``safe_mode`` are the emergency controls: a reason is required, the
change is recorded as a robot event with who and why, stored in the database (so it
survives a restart) and announced on the shared state (every replica applies it at once).
Leaving ``registered`` needs a passed onboarding assessment (``proxy.onboarding``).
A change that the table does not allow raises :class:`TransitionError` (HTTP 409).
"""

from __future__ import annotations

from proxy.errors import RequestError

__all__ = ["NEEDS_REASON", "TRANSITIONS", "TransitionError", "check_transition"]

TRANSITIONS: dict[str, frozenset[str]] = {
    "registered": frozenset({"active", "terminated"}),
    "active": frozenset({"suspended", "safe_mode", "terminated"}),
    "suspended": frozenset({"active", "terminated"}),
    "safe_mode": frozenset({"active", "terminated"}),
    "terminated": frozenset(),
}

#: Changes that must say why (the emergency controls and termination).
NEEDS_REASON = frozenset({"suspended", "safe_mode", "terminated"})


class TransitionError(RequestError):
    status = 409
    code = "invalid_transition"


def check_transition(current: str, target: str, *, onboarded: bool) -> None:
    """Raise :class:`TransitionError` unless ``current -> target`` is allowed."""
    if current == "terminated":
        raise TransitionError("the robot is terminated; termination is final", code="robot_terminated")
    if target == current:
        raise TransitionError(f"the robot is already {target}", code="already_in_status")
    if target not in TRANSITIONS.get(current, frozenset()):
        raise TransitionError(f"a robot cannot go from {current} to {target}", code="invalid_transition")
    if current == "registered" and target == "active" and not onboarded:
        raise TransitionError("the robot has not passed its onboarding assessment", code="onboarding_required")
