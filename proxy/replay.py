"""Policy replay (measures 8.1): which logged decisions a draft policy would change.

Before a draft is published, it is run over the last N days of logged traffic of the
robots that use the policy (or of one robot). For each exchange with stored text:

* the stored request messages go through the request phase, and, when the model had
  answered (an upstream status is recorded and the request was not blocked), the
  stored answer goes through the response phase — the same ``Pipeline`` code the
  gateway runs (``Pipeline.from_policy``, ``acheck_request`` / ``acheck_response``);
* this is done twice: with the robot's *current* policy (the baseline) and with the
  draft, each merged with the robot's own overrides. An exchange is *changed* when
  the draft's action or categories differ from the baseline's.

Why a baseline rather than the recorded decision: the audit trail stores the text as
the model saw it (personal data already replaced by placeholders; control characters
already stripped), so re-checking it never reproduces every recorded decision exactly.
Comparing two replays of the same stored text isolates the effect of the policy
change; the recorded action is reported beside them.

Texts are decrypted into memory for the replay only; nothing is written or logged but
counts. The work runs on a thread of its own, not on the event loop, and is bounded by
``limit`` exchanges (newest first).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import select

from filters.base import FilterContext, Message
from filters.decision import Action, Decision, raised_categories, strongest
from filters.pipeline import Pipeline, inline_runner
from filters.policy import load_policy
from proxy.storage import RobotRecord
from proxy.storage import tables as t

__all__ = ["ReplayOutcome", "candidates", "replay"]

MAX_LISTED = 200


@dataclass(frozen=True, slots=True)
class ReplayOutcome:
    action: str
    categories: tuple[str, ...]
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"action": self.action, "categories": list(self.categories), "reasons": list(self.reasons)}


def candidates(engine: Any, robot_ids: list[str], days: int, limit: int) -> list[int]:
    """Ids of the chat exchanges of these robots in the last ``days`` days, newest first."""
    if not robot_ids:
        return []
    since = datetime.now(UTC) - timedelta(days=days)
    ex = t.exchanges
    with engine.connect() as conn:
        return [int(i) for (i,) in conn.execute(
            select(ex.c.id).where(ex.c.robot_id.in_(robot_ids), ex.c.created_at >= since, ex.c.endpoint == "chat")
            .order_by(ex.c.id.desc()).limit(limit))]


def _messages(request_text: str) -> list[Message]:
    try:
        raw = orjson.loads(request_text)
    except orjson.JSONDecodeError:
        return [Message(0, "user", request_text)]
    if not isinstance(raw, list):
        return [Message(0, "user", str(raw))]
    return [Message(i, str(m.get("role", "user")), str(m.get("content") or "")) for i, m in enumerate(raw)
            if isinstance(m, dict)]


def _outcome(decisions: list[Decision]) -> ReplayOutcome:
    return ReplayOutcome(strongest(decisions).value, tuple(sorted(raised_categories(decisions))),
                         tuple(d.reason for d in decisions if d.action is not Action.ALLOW))


async def _decide(pipeline: Pipeline, exchange: dict[str, Any]) -> ReplayOutcome:
    ctx = FilterContext(exchange["request_id"], exchange["robot_id"])
    messages = _messages(exchange["request_text"])
    decisions: list[Decision] = []
    if messages:
        res = await pipeline.acheck_request(messages, ctx, inline_runner)
        decisions.extend(res.decisions)
        if res.action is Action.BLOCK:
            return _outcome(decisions)
    answered = exchange.get("upstream_status") is not None and exchange.get("response_text")
    if answered:
        out = await pipeline.acheck_response(exchange["response_text"], ctx, inline_runner)
        decisions.extend(out.decisions)
    return _outcome(decisions)


def _run(draft_text: str, tiers_dir: Any, models: Any, robots: dict[str, RobotRecord],
         current: Callable[[RobotRecord], Pipeline], exchanges: list[dict[str, Any]]) -> dict[str, Any]:
    drafts: dict[bytes, Pipeline] = {}

    def draft_for(robot: RobotRecord) -> Pipeline:
        key = orjson.dumps(robot.overrides, option=orjson.OPT_SORT_KEYS)
        if key not in drafts:
            drafts[key] = Pipeline.from_policy(load_policy(draft_text, tiers_dir, robot.overrides), models)
        return drafts[key]

    async def go() -> dict[str, Any]:
        changed: list[dict[str, Any]] = []
        transitions: Counter[str] = Counter()
        replayed = skipped = 0
        for ex in exchanges:
            robot = robots.get(ex.get("robot_id") or "")
            if robot is None or not ex.get("request_text"):
                skipped += 1
                continue
            before = await _decide(current(robot), ex)
            after = await _decide(draft_for(robot), ex)
            replayed += 1
            if (before.action, before.categories) != (after.action, after.categories):
                transitions[f"{before.action}->{after.action}"] += 1
                if len(changed) < MAX_LISTED:
                    changed.append({"exchange_id": ex["id"], "robot_id": ex["robot_id"],
                                    "created_at": ex["created_at"], "recorded": ex["action"],
                                    "before": before.as_dict(), "after": after.as_dict()})
        return {"replayed": replayed, "skipped": skipped, "changed": sum(transitions.values()),
                "transitions": dict(sorted(transitions.items())), "exchanges": changed}

    return asyncio.run(go())


async def replay(gw: Any, draft_text: str, robots: list[RobotRecord], days: int, limit: int) -> dict[str, Any]:
    """Replay ``draft_text`` over the robots' recent traffic; see the module docstring."""
    await gw.audit.flush()
    ids = await gw.io(candidates, gw.store.engine, [r.robot_id for r in robots], days, limit)

    def load() -> list[dict[str, Any]]:
        rows = (gw.store.get_exchange(i) for i in ids)
        return [r for r in rows if r is not None]

    exchanges = await gw.io(load)
    by_id = {r.robot_id: r for r in robots}
    result = await asyncio.to_thread(_run, draft_text, gw.settings.tiers_dir, gw.models, by_id, gw.pipeline_for,
                                     exchanges)
    del exchanges  # decrypted texts: gone with this call
    result.update(days=days, limit=limit, robots=sorted(by_id))
    return result
