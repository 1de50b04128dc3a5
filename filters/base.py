"""The filter protocol.

A filter is built once from its validated config and is immutable afterwards: it is
shared by every concurrent request. Anything that accumulates during one streamed
answer lives in a ``StreamInspector`` that the filter creates per stream.

Filters are synchronous and CPU-bound; the proxy runs them off the event loop with a
per-filter timeout (``timeout_ms``) and applies ``on_error`` when one fails.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from filters.decision import Decision, StreamStep

__all__ = [
    "Filter",
    "FilterConfig",
    "FilterContext",
    "Message",
    "OnError",
    "Phase",
    "StreamInspector",
]


class Phase(StrEnum):
    REQUEST = "request"
    RESPONSE = "response"


OnError = Literal["block", "allow"]


class FilterConfig(BaseModel):
    """Fields every filter config has. Subclasses add a ``type`` literal and their own fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    timeout_ms: int = Field(default=200, ge=1, le=60_000)
    on_error: OnError = "block"
    phases: tuple[Phase, ...] = (Phase.REQUEST, Phase.RESPONSE)


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message as filters see it: plain text content, no values from the vendor's JSON."""

    index: int
    role: str
    content: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class FilterContext:
    """Per-request facts a filter may read. Never mutated by filters."""

    request_id: str
    robot_id: str
    subject_id: str | None = None
    conversation_id: str | None = None
    metadata: Mapping[str, object] = field(default_factory=dict)
    #: The conversation's pseudonymization vault (``filters.pii.vault.Vault``), owned by the caller.
    vault: Any = None


@runtime_checkable
class StreamInspector(Protocol):
    def feed(self, delta: str) -> StreamStep:
        """Take the next piece of the answer; return the text that is safe to release now."""
        ...

    def flush(self) -> StreamStep:
        """End of stream: release what was held back (or block)."""
        ...


@runtime_checkable
class Filter(Protocol):
    """``inline = True`` declares that every call is a bounded O(len(text)) scan taking
    microseconds (no model, no backtracking regex); the pipeline then calls it on the
    event loop instead of paying a thread hop. Everything else runs on the executor.
    A filter may set ``inline_stream = True`` when only its stream inspector is that cheap."""

    name: str
    config: FilterConfig
    inline: bool

    def check_request(self, messages: Sequence[Message], ctx: FilterContext) -> Decision: ...

    def check_response(self, text: str, ctx: FilterContext) -> Decision: ...

    def open_stream(self, ctx: FilterContext) -> StreamInspector | None:
        """A per-stream inspector, or None to let the pipeline window ``check_response``."""
        ...
