"""The check-only decision: the same pipeline as the proxy path, without a model call.

Serves ``POST /v1/guard/check`` and ``jianhu check``. Earlier turns go through the
request filters; a final assistant turn goes through the response filters.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from filters.base import FilterContext, Message
from filters.decision import Action, Decision, Finding, raised_categories, strongest
from filters.pipeline import Pipeline, Runner

__all__ = ["check_messages"]


async def check_messages(
    pipeline: Pipeline, turns: Sequence[tuple[str, str]], ctx: FilterContext, run: Runner
) -> tuple[dict[str, Any], list[Decision]]:
    started = time.perf_counter()
    messages = [Message(i, role, content) for i, (role, content) in enumerate(turns)]
    decisions: list[Decision] = []
    text: str | None = None
    last = messages[-1]
    request_part = messages[:-1] if last.role == "assistant" else messages
    if request_part:
        res = await pipeline.acheck_request(request_part, ctx, run)
        decisions.extend(res.decisions)
        if last.role != "assistant" and res.messages[-1].content != last.content:
            text = res.messages[-1].content
    if last.role == "assistant":
        res_out = await pipeline.acheck_response(last.content, ctx, run)
        decisions.extend(
            Decision(d.action, d.filter, d.reason, d.categories, d.score,
                     tuple(_at(f, last.index) for f in d.findings), d.rewrites, d.elapsed_ms)
            for d in res_out.decisions
        )
        if res_out.text is not None and res_out.text != last.content:
            text = res_out.text
    action = strongest(decisions)
    categories = raised_categories(decisions)
    body: dict[str, Any] = {
        "action": action.value,
        "categories": list(categories),
        "findings": [f.as_dict() for d in decisions for f in d.findings],
        "text": text if action is Action.MODIFY else None,
        "reasons": [d.reason for d in decisions if d.action is not Action.ALLOW],
        "policy_version": pipeline.version,
        "latency_ms": round((time.perf_counter() - started) * 1000.0, 3),
    }
    return body, decisions


def _at(f: Finding, index: int) -> Finding:
    return replace(f, message_index=index) if f.message_index < 0 else f
