"""The transcript view of one audit record: messages, answer, decisions, highlighted spans.

Pure: it takes an exchange as ``Store.get_exchange`` returns it (texts already
decrypted) and returns plain data that the admin API serves as JSON and the console
renders. Nothing here is logged.

Highlights come from the findings in the stored decisions (filter, type, character
offsets, ``message_index``; ``-1`` is the answer). The stored request text is what the
model saw, i.e. after rewrites: in a message that a MODIFY decision rewrote (the PII
filter puts placeholders in), the recorded offsets point into the original text that
was never stored, so for such a message the placeholders themselves (``<CN_ID_CARD_1>``)
are highlighted and the other findings are listed without a span (``placed: false``).
Everywhere else a finding's span is highlighted exactly; a span that does not fit the
stored text is listed, not drawn.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

__all__ = ["Segment", "build_transcript"]

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")
_MAX_HIGHLIGHT_CHARS = 200_000

#: (text, label or None): the console wraps labelled runs in <mark>.
Segment = tuple[str, str | None]


def _messages(request_text: str | None) -> list[dict[str, Any]]:
    if not request_text:
        return []
    try:
        raw = orjson.loads(request_text)
    except orjson.JSONDecodeError:
        return [{"index": 0, "role": "user", "content": request_text}]
    if not isinstance(raw, list):
        return [{"index": 0, "role": "user", "content": str(request_text)}]
    out = []
    for i, m in enumerate(raw):
        if isinstance(m, dict):
            out.append({"index": i, "role": str(m.get("role", "user")), "content": str(m.get("content") or "")})
    return out


def _segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    if not spans or len(text) > _MAX_HIGHLIGHT_CHARS:
        return [(text, None)]
    labels: list[str | None] = [None] * len(text)
    for start, end, label in sorted(spans):
        for i in range(start, end):
            labels[i] = label if labels[i] is None else labels[i]
    out: list[Segment] = []
    run_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or labels[i] != labels[run_start]:
            out.append((text[run_start:i], labels[run_start]))
            run_start = i
    return out


def build_transcript(exchange: dict[str, Any]) -> dict[str, Any]:
    decisions = [d for d in exchange.get("decisions") or [] if isinstance(d, dict)]
    messages = _messages(exchange.get("request_text"))
    response = exchange.get("response_text")
    rewritten = {int(f.get("message_index", -1)) for d in decisions if d.get("action") == "modify"
                 for f in d.get("findings") or []}
    by_index: dict[int, list[dict[str, Any]]] = {}
    listed: list[dict[str, Any]] = []
    for d in decisions:
        for f in d.get("findings") or []:
            finding = dict(f) | {"filter": f.get("filter") or d.get("filter")}
            by_index.setdefault(int(finding.get("message_index", -1)), []).append(finding)
            listed.append(finding)
    texts = {m["index"]: m["content"] for m in messages}
    if isinstance(response, str):
        texts[-1] = response
    for index, findings in by_index.items():
        text = texts.get(index)
        for f in findings:
            start, end = int(f.get("start", 0)), int(f.get("end", 0))
            f["placed"] = (text is not None and index not in rewritten and 0 <= start < end <= len(text))

    def spans_for(index: int, text: str) -> list[tuple[int, int, str]]:
        spans = [(int(f["start"]), int(f["end"]), f"{f['filter']}:{f.get('type', '')}")
                 for f in by_index.get(index, []) if f.get("placed")]
        if index in rewritten:
            spans += [(m.start(), m.end(), "pii:placeholder") for m in PLACEHOLDER.finditer(text)]
        return spans

    for m in messages:
        m["segments"] = _segments(m["content"], spans_for(m["index"], m["content"]))
        m["rewritten"] = m["index"] in rewritten
    answer = None
    if isinstance(response, str):
        answer = {"content": response, "segments": _segments(response, spans_for(-1, response))}
    return {
        "exchange_id": exchange.get("id"),
        "request_id": exchange.get("request_id"),
        "reference": exchange.get("reference"),
        "robot_id": exchange.get("robot_id"),
        "created_at": exchange.get("created_at"),
        "action": exchange.get("action"),
        "categories": exchange.get("categories") or [],
        "policy_version": exchange.get("policy_version"),
        "status_code": exchange.get("status_code"),
        "latency_ms": exchange.get("latency_ms"),
        "erased": bool(exchange.get("erased")),
        "text_stored": exchange.get("request_text") is not None or exchange.get("response_text") is not None,
        "messages": messages,
        "answer": answer,
        "decisions": [{"filter": d.get("filter"), "action": d.get("action"), "reason": d.get("reason"),
                       "categories": d.get("categories") or [], "score": d.get("score"),
                       "elapsed_ms": d.get("elapsed_ms")} for d in decisions],
        "findings": listed,
    }
