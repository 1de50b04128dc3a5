"""Anomaly response (measures 6.7(b)(c)): attack bursts throttle the user and alert the guardian.

Blocked attempts whose categories the policy counts (``anomaly.categories``: injection,
jailbreak, prompt leak, robot commands by default) are counted per end user and per
robot in fixed windows in the shared state, so every replica sees the same counts.
When a user's count reaches ``user_threshold`` the user is throttled (429
``user_throttled``) for ``throttle_s``; when a robot's count reaches ``robot_threshold``
the guardian is alerted once per window: a ``anomaly.alert`` event in the robot's record
and, if configured, a webhook POST retried with back-off; with ``auto_safe_mode`` the
robot is switched to safe mode. Alerts carry counts and codes, never user text.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import aiohttp

from filters.decision import Action, Decision
from filters.policy import AnomalyPolicy
from proxy.state import SharedState

__all__ = ["AnomalyMonitor"]

log = logging.getLogger("jianhu.anomaly")
RecordEvent = Callable[[str, str, str, dict[str, Any]], Awaitable[None]]
SetStatus = Callable[[str, str, str, str], Awaitable[Any]]


def _user_key(robot_id: str, user: str) -> str:
    return f"{robot_id}:{hashlib.sha256(user.encode('utf-8')).hexdigest()[:24]}"


class AnomalyMonitor:
    def __init__(self, state: SharedState, record_event: RecordEvent, set_status: SetStatus,
                 retries: int = 3, backoff_s: float = 0.5) -> None:
        self._state = state
        self._record_event = record_event
        self._set_status = set_status
        self._retries = retries
        self._backoff_s = backoff_s
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self.alerts_sent = 0

    async def throttled(self, robot_id: str, user: str | None) -> bool:
        return bool(user) and await self._state.has_flag(f"throttle:{_user_key(robot_id, user or '')}")

    @staticmethod
    def attacks(policy: AnomalyPolicy, decisions: list[Decision]) -> list[str]:
        counted = set(policy.categories)
        return sorted({c for d in decisions if d.action is Action.BLOCK for c in d.categories if c in counted})

    def observe(self, policy: AnomalyPolicy, robot_id: str, user: str | None, decisions: list[Decision]) -> None:
        """Count an exchange's attack attempts in the background (never delays the answer)."""
        categories = self.attacks(policy, decisions)
        if not categories:
            return
        task = asyncio.ensure_future(self._count(policy, robot_id, user, categories))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _count(self, policy: AnomalyPolicy, robot_id: str, user: str | None, categories: list[str]) -> None:
        try:
            if user:
                key = _user_key(robot_id, user)
                n = await self._state.hit(f"attack:user:{key}", policy.window_s)
                if n >= policy.user_threshold and not await self._state.has_flag(f"throttle:{key}"):
                    await self._state.set_flag(f"throttle:{key}", policy.throttle_s)
                    await self._record_event(robot_id, "anomaly.user_throttled", "anomaly",
                                             {"attempts": n, "window_s": policy.window_s, "categories": categories})
            n = await self._state.hit(f"attack:robot:{robot_id}", policy.window_s)
            if n == policy.robot_threshold:
                await self._alert(policy, robot_id, n, categories)
        except Exception as exc:  # noqa: BLE001 - counting must never break serving
            log.error("anomaly.count_failed", extra={"robot_id": robot_id, "error": type(exc).__name__})

    async def _alert(self, policy: AnomalyPolicy, robot_id: str, attempts: int, categories: list[str]) -> None:
        detail = {"attempts": attempts, "window_s": policy.window_s, "categories": categories,
                  "safe_mode": policy.auto_safe_mode}
        await self._record_event(robot_id, "anomaly.alert", "anomaly", detail)
        if policy.auto_safe_mode:
            await self._set_status(robot_id, "safe_mode", "anomaly", "attack burst")
        if policy.webhook_url is not None:
            body = {"type": "jianhu.anomaly", "robot_id": robot_id, "time": datetime.now(UTC).isoformat(), **detail}
            delivered = await self._post(str(policy.webhook_url), body)
            await self._record_event(robot_id, "anomaly.webhook", "anomaly", {"delivered": delivered})
        self.alerts_sent += 1
        log.warning("anomaly.alert", extra={"robot_id": robot_id, "attempts": attempts})

    async def _post(self, url: str, body: dict[str, Any]) -> bool:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))
        delay = self._backoff_s
        for _attempt in range(self._retries):
            try:
                async with self._session.post(url, json=body) as resp:
                    if resp.status < 300:
                        return True
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(delay)
            delay *= 2
        return False

    async def close(self) -> None:
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)
        if self._session is not None:
            await self._session.close()
