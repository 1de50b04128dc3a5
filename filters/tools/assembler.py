"""Reassembles streamed tool calls from their deltas.

A streamed answer sends each call in pieces: the first delta for an ``index`` carries
``id``, ``type`` and ``function.name``, later ones carry fragments of
``function.arguments`` (legacy answers send ``function_call`` pieces, one call). The
assembler concatenates string fields per index exactly as the ``openai`` SDK's own
accumulator does, so the call it releases is the call the client would have built, and
the result does not depend on how the upstream split it.

Nothing is released while the stream runs: the proxy holds every call back until the
choice finishes, then validates the complete calls (``calls()``) and sends those it
keeps. Executing a call needs its complete arguments anyway, so holding back costs a
client nothing. Work and memory are bounded: more than ``max_calls`` indexes, or more
than ``max_chars`` of argument text in all, turn the assembler ``broken``, after which
it only counts; a delta of the wrong shape breaks it too. A broken stream's calls are
all treated as malformed by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["AssembledCall", "ToolCallAssembler"]


@dataclass(slots=True)
class AssembledCall:
    index: int
    id: str = ""
    type: str = "function"
    name: str = ""
    arguments: str = ""
    legacy: bool = False  # a ``function_call`` answer, not ``tool_calls``
    shape_error: str | None = None  # reason code when the call's parts had the wrong types

    def as_tool_call(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "function": {"name": self.name, "arguments": self.arguments}}


@dataclass(slots=True)
class ToolCallAssembler:
    max_calls: int = 16
    max_chars: int = 32_768
    broken: str | None = None  # reason code once the stream's calls cannot be trusted
    _calls: dict[int, AssembledCall] = field(default_factory=dict)
    _chars: int = 0

    def __bool__(self) -> bool:
        return bool(self._calls) or self.broken is not None

    def _break(self, reason: str) -> None:
        if self.broken is None:
            self.broken = reason

    def _call(self, index: int, legacy: bool) -> AssembledCall | None:
        call = self._calls.get(index)
        if call is None:
            if len(self._calls) >= self.max_calls:
                self._break("tools.too_many_calls")
                return None
            call = self._calls[index] = AssembledCall(index, legacy=legacy)
        return call

    def _add(self, call: AssembledCall, attr: str, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, str):
            self._break("tools.malformed.delta")
            return
        if attr == "arguments":
            self._chars += len(value)
            if self._chars > self.max_chars:
                self._break("tools.arguments.too_long")
                return
        elif len(getattr(call, attr)) + len(value) > 256:
            self._break("tools.malformed.delta")
            return
        setattr(call, attr, getattr(call, attr) + value)

    def feed(self, tool_calls: Any) -> None:
        """One delta's ``tool_calls`` list."""
        if self.broken is not None:
            return
        if not isinstance(tool_calls, list):
            self._break("tools.malformed.delta")
            return
        for position, part in enumerate(tool_calls):
            if not isinstance(part, dict):
                self._break("tools.malformed.delta")
                return
            index = part.get("index", position)
            fn = part.get("function") or {}
            if not isinstance(index, int) or isinstance(index, bool) or index < 0 or not isinstance(fn, dict):
                self._break("tools.malformed.delta")
                return
            call = self._call(index, legacy=False)
            if call is None:
                return
            self._add(call, "id", part.get("id"))
            if isinstance(part.get("type"), str):
                call.type = part["type"]  # the SDK keeps ``type`` as sent, not concatenated
            self._add(call, "name", fn.get("name"))
            self._add(call, "arguments", fn.get("arguments"))
            if self.broken is not None:
                return

    def feed_legacy(self, function_call: Any) -> None:
        """One delta's legacy ``function_call`` piece."""
        if self.broken is not None:
            return
        if not isinstance(function_call, dict):
            self._break("tools.malformed.delta")
            return
        call = self._call(0, legacy=True)
        if call is None:
            return
        self._add(call, "name", function_call.get("name"))
        self._add(call, "arguments", function_call.get("arguments"))

    def calls(self) -> list[AssembledCall]:
        """The assembled calls in index order (call once the choice has finished)."""
        return [self._calls[i] for i in sorted(self._calls)]
