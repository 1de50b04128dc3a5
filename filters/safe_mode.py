"""Safe mode answers (measures 6.4(c), 6.7(c)): what a robot says when the model is off.

A robot in ``safe_mode`` never calls the model. The proxy still runs the request
filters (a blocked request gets the refusal), then answers from the policy's
``safe_mode`` section: the FAQ entry whose keywords best match the citizen's last
message, else the hand-off text (window staff, the 12345 hotline)::

    safe_mode:
      handoff: "智能问答暂停服务，请咨询窗口工作人员或拨打12345。"
      faq:
        - id: hours
          keywords: [上班, 办公时间, 几点, opening hours]
          answer: "福田区政务服务中心工作日 9:00-18:00 办公。"

Matching is pure and cheap: keywords are compared case-insensitively as substrings of
the message; the entry with the most matching keywords wins (ties: the first listed).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["SafeModeFaq", "SafeModePolicy"]

DEFAULT_HANDOFF = ("当前为安全模式，智能问答暂停服务。请咨询窗口工作人员，或拨打12345政务服务便民热线。"
                   " (Safe mode: automated answers are paused; please ask the service desk or call 12345.)")


class SafeModeFaq(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1, max_length=60)
    keywords: tuple[str, ...] = Field(min_length=1, max_length=50)
    answer: str = Field(min_length=1, max_length=4000)


class SafeModePolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    handoff: str = Field(default=DEFAULT_HANDOFF, min_length=1, max_length=4000)
    faq: tuple[SafeModeFaq, ...] = Field(default=(), max_length=500)

    def answer(self, text: str) -> tuple[str, str | None]:
        """``(answer, faq id)``; the id is None when the hand-off answers."""
        folded = text.casefold()
        best: SafeModeFaq | None = None
        best_hits = 0
        for entry in self.faq:
            hits = sum(1 for k in entry.keywords if k.strip() and k.casefold() in folded)
            if hits > best_hits:
                best, best_hits = entry, hits
        if best is None:
            return self.handoff, None
        return best.answer, best.id
