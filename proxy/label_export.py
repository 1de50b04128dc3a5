"""Review labels as a JSONL data set for retraining, with personal data pseudonymized.

One line per labelled review item (its latest label): the verdict, severity, the
exchange's recorded action and categories, and its messages and answer. Every text
goes through the PII filter (``filters.pii``, every entity type, action
``pseudonymize``) with one vault per record, so identifiers become typed placeholders
(``<CN_ID_CARD_1>``) that are consistent within a record and unrelated across records;
the vault is dropped after each record and never written. A text that is too long for
the filter, or that the filter fails on, is left out (``null``) rather than exported
unscreened. Reviewer notes are screened the same way.

The texts were stored as the model saw them (already pseudonymized when the robot's
policy has the PII filter on); screening them again catches what that policy let
through. Transcripts that were crypto-shredded export as ``null`` with ``erased: true``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import orjson

from filters.base import FilterContext, Message
from filters.decision import Action
from filters.pii import PiiConfig, PiiFilter
from proxy.transcript import build_transcript

__all__ = ["Pseudonymizer", "export_lines"]


class Pseudonymizer:
    """Runs texts through the PII filter; one vault per ``record``."""

    def __init__(self, pii: PiiFilter | None = None) -> None:
        self._filter = pii or PiiFilter(PiiConfig(default_action="pseudonymize", actions={}))

    def record(self, texts: list[tuple[str, str]], ctx_id: str) -> list[str | None]:
        """Pseudonymize (role, text) pairs of one record together; None where screening failed."""
        if not texts:
            return []
        messages = [Message(i, role if role else "user", text) for i, (role, text) in enumerate(texts)]
        ctx = FilterContext(ctx_id, "export")
        try:
            decision = self._filter.check_request(messages, ctx)
        except Exception:  # noqa: BLE001 - fail closed: an unscreened text is not exported
            return [None] * len(texts)
        if decision.action is Action.BLOCK:  # too long for the filter
            return [None] * len(texts)
        new = dict(decision.rewrites)
        return [new.get(i, text) for i, (_, text) in enumerate(texts)]


def export_lines(labels: list[dict[str, Any]], load_exchange: Callable[[int], dict[str, Any] | None],
                 pseudonymizer: Pseudonymizer) -> Iterator[bytes]:
    for label in labels:
        exchange = load_exchange(label["exchange_id"]) if label.get("exchange_id") else None
        record: dict[str, Any] = {
            "item_id": label["item_id"], "robot_id": label["robot_id"], "source": label["source"],
            "verdict": label["verdict"], "severity": label["severity"], "labelled_at": label["labelled_at"],
            "exchange_id": label.get("exchange_id"), "action": label.get("action"),
            "categories": label.get("categories") or [], "messages": None, "answer": None, "note": None,
            "erased": False,
        }
        texts: list[tuple[str, str]] = []
        n_messages = 0
        if exchange is not None:
            view = build_transcript(exchange)
            record.update(action=view["action"], categories=view["categories"], erased=view["erased"],
                          policy_version=view["policy_version"])
            texts = [(m["role"], m["content"]) for m in view["messages"]]
            n_messages = len(texts)
            if view["answer"] is not None:
                texts.append(("assistant", view["answer"]["content"]))
        has_answer = exchange is not None and len(texts) > n_messages
        if label.get("note"):
            texts.append(("user", str(label["note"])))
        screened = pseudonymizer.record(texts, f"export-{label['item_id']}")
        if exchange is not None and n_messages:
            record["messages"] = [{"role": texts[i][0], "content": screened[i]} for i in range(n_messages)]
        if has_answer:
            record["answer"] = screened[n_messages]
        if label.get("note"):
            record["note"] = screened[-1]
        yield orjson.dumps(record) + b"\n"
