"""Windowed moderation of a streamed answer for filters without their own inspector.

Windows sit at fixed positions of the answer (every ``chunk_size`` characters, each
extended by ``context_size`` on both sides), so the decision does not depend on how
the upstream split the stream: any span of up to ``2 * context_size`` characters is
inside at least one window. The inspector holds back at most
``chunk_size + context_size`` characters and checks each character in at most two
windows, never rescanning the whole answer. A MODIFY on a window cannot be applied
to text already released, so it is recorded as a FLAG.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from filters.base import FilterContext
from filters.decision import Action, Decision, StreamStep

if TYPE_CHECKING:
    from filters.base import Filter

__all__ = ["WindowInspector"]


class WindowInspector:
    def __init__(self, f: Filter, ctx: FilterContext, chunk_size: int, context_size: int) -> None:
        self._filter = f
        self._ctx = ctx
        self._chunk = chunk_size
        self._context = context_size
        self._tail = ""  # last context_size released characters
        self._pending = ""
        self._offset = 0  # absolute offset of _pending[0]

    def _check(self, window: str, window_start: int) -> StreamStep | None:
        d = self._filter.check_response(window, self._ctx)
        if d.action is Action.ALLOW:
            return None
        shifted = tuple(replace(f, start=f.start + window_start, end=f.end + window_start) for f in d.findings)
        d = replace(d, findings=shifted, rewrites=())
        if d.action is Action.BLOCK:
            return StreamStep(decision=d)
        if d.action is Action.MODIFY:
            d = replace(d, action=Action.FLAG)
        return StreamStep(extra=[d])

    def feed(self, delta: str) -> StreamStep:
        self._pending += delta
        released: list[str] = []
        extra: list[Decision] = []
        span = self._chunk + self._context
        while len(self._pending) >= span:
            window = self._tail + self._pending[:span]
            step = self._check(window, self._offset - len(self._tail))
            if step is not None:
                if step.blocked:
                    return step
                extra.extend(step.extra)
            out = self._pending[: self._chunk]
            released.append(out)
            self._tail = (self._tail + out)[-self._context :] if self._context else ""
            self._pending = self._pending[self._chunk :]
            self._offset += self._chunk
        return StreamStep(release="".join(released), extra=extra)

    def flush(self) -> StreamStep:
        if not self._pending:
            return StreamStep()
        step = self._check(self._tail + self._pending, self._offset - len(self._tail))
        if step is not None and step.blocked:
            return step
        out, self._pending = self._pending, ""
        return StreamStep(release=out, extra=step.extra if step is not None else [])
