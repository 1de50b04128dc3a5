"""Sliding-window moderation of a streamed answer with bounded hold-back.

Text is held until a classification has covered it. Each time ``step`` new characters
are pending, the window ``context + pending`` (its last ``window`` characters) is
classified and everything except the last ``tail`` characters is released; the tail
stays so that a lexicon term split across deltas is still seen whole. The hold-back is
therefore at most ``step + tail - 1`` characters (79 with the defaults 64 and 16), and
each character is classified in at most ``ceil(window / step)`` windows: total work is
linear in the answer length, never a rescan of the whole text.

On a block the inspector returns the decision and releases nothing more; flags and
steers are reported once each in ``StreamStep.extra`` while text keeps flowing.
Finding offsets are relative to the start of the whole answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from filters.decision import Action, Decision, StreamStep

if TYPE_CHECKING:
    from filters.content_safety.filter import ContentSafetyFilter

__all__ = ["SlidingWindowInspector"]


class SlidingWindowInspector:
    def __init__(self, flt: ContentSafetyFilter, window: int, step: int, tail: int) -> None:
        self._flt = flt
        self._window = window
        self._step = step
        self._tail = tail
        self._context = ""  # last released characters (at most window - step)
        self._pending = ""  # not yet released
        self._released = 0  # characters released so far
        self._blocked: Decision | None = None
        self._reported: set[str] = set()

    @property
    def max_hold_back(self) -> int:
        return self._step + self._tail - 1

    def _check(self, final: bool) -> StreamStep:
        text = self._context + self._pending
        start = max(0, len(text) - self._window) if not final else max(0, len(text) - self._window - self._tail)
        piece = text[start:]
        offset = self._released - len(self._context) + start
        d = self._flt.decide(piece, "response", -1, offset)
        if d.action is Action.BLOCK:
            self._blocked = d
            self._pending = ""
            return StreamStep(decision=d)
        extra = []
        if d.action is not Action.ALLOW and d.reason not in self._reported:
            self._reported.add(d.reason)
            extra.append(d)
        keep = 0 if final else min(self._tail, len(self._pending))
        out = self._pending[: len(self._pending) - keep]
        self._pending = self._pending[len(self._pending) - keep :]
        self._released += len(out)
        ctx_len = max(0, self._window - self._step)
        self._context = (self._context + out)[-ctx_len:] if ctx_len else ""
        return StreamStep(release=out, extra=extra)

    def feed(self, delta: str) -> StreamStep:
        if self._blocked is not None:
            return StreamStep(decision=self._blocked)
        self._pending += delta
        release: list[str] = []
        extra: list[Decision] = []
        while len(self._pending) >= self._step + self._tail:
            step = self._check(final=False)
            if step.blocked:
                return step
            release.append(step.release)
            extra.extend(step.extra)
            if not step.release:
                break
        return StreamStep(release="".join(release), extra=extra)

    def flush(self) -> StreamStep:
        if self._blocked is not None:
            return StreamStep(decision=self._blocked)
        if not self._pending:
            return StreamStep()
        return self._check(final=True)
