"""A decision about tool calls or definitions, naming the tools concerned.

The audit record of an ordinary ``Decision`` has codes, categories, findings and
timings; a tool decision adds ``tools``: the names of the tools it concerns. Names are
either validated identifiers from the vendor's definitions or the policy, or, for a
name only the model produced, a short hash (``unlisted:<hex>``), so no model or user
text reaches the audit record through them.
"""

from __future__ import annotations

from dataclasses import dataclass

from filters.decision import Decision

__all__ = ["ToolDecision"]


@dataclass(frozen=True, slots=True)
class ToolDecision(Decision):
    tools: tuple[str, ...] = ()

    def audit_dict(self) -> dict[str, object]:
        out = Decision.audit_dict(self)
        if self.tools:
            out["tools"] = list(self.tools)
        return out
