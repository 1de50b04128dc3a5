"""PII filter: pseudonymize personal data before the model sees it, restore it after.

Request phase: every message (system, user, assistant history, tool calls and tool
results — the pipeline passes their text as ``Message.content``) is scanned; each
detection gets its entity's action. ``block`` anywhere -> BLOCK ``pii.blocked``;
otherwise any replacement -> MODIFY ``pii.pseudonymized`` (or ``pii.masked`` when no
placeholder was issued) with ``rewrites``; nothing found -> ALLOW. Findings carry
``filter="pii"``, the entity type and offsets into the *original* content.

The vault comes from the context: ``ctx.vault`` if the context has that field, else
``ctx.metadata["pii_vault"]`` (a ``Vault`` the caller creates per conversation). Without it a fresh vault is used for that call only,
so placeholders cannot be restored later (the answer keeps them).

Response phase: ``check_response`` / ``open_stream`` restore placeholders from the same
vault; the stream inspector holds back only a possible placeholder prefix.

Reason codes: ``pii.pseudonymized``, ``pii.masked``, ``pii.blocked``, ``pii.too_long``,
``pii.restored``. No user text or value ever appears in a reason, log or exception.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from filters.base import FilterConfig, FilterContext, Message
from filters.decision import Action, Decision, Finding, StreamStep
from filters.pii.actions import hash_value, mask_value, redact_value
from filters.pii.detect import Detection, PiiDetector
from filters.pii.recognizers import ALL_ENTITIES
from filters.pii.restore import Restorer, restore
from filters.pii.vault import PLACEHOLDER_RE, Vault

__all__ = ["PiiAction", "PiiConfig", "PiiFilter", "VAULT_KEY"]

NAME = "pii"
#: ``FilterContext.metadata`` key under which the caller passes the conversation's vault.
VAULT_KEY = "pii_vault"

PiiAction = Literal["pseudonymize", "mask", "redact", "hash", "block", "allow"]


class PiiConfig(FilterConfig):
    type: Literal["pii"] = "pii"
    on_error: Literal["block"] = "block"  # personal data always fails closed
    #: ~1 ms for a 300-character message; about 0.3-0.9 s for a 100,000-character one.
    timeout_ms: int = Field(default=1_000, ge=1, le=60_000)
    #: Minimum detector score (0..1) for a detection to count.
    score_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    #: Action for entity types not listed in ``actions``.
    default_action: PiiAction = "pseudonymize"
    #: Per-entity overrides, e.g. ``{"CN_ID_CARD": "block", "PERSON": "mask"}``.
    actions: dict[str, PiiAction] = Field(default_factory=dict)
    #: Entity types to detect; ``None`` = all (``filters.pii.recognizers.ALL_ENTITIES``).
    entities: tuple[str, ...] | None = None
    #: Message roles scanned in the request (tool calls/results included by default).
    roles: tuple[str, ...] = ("system", "user", "assistant", "tool", "function", "developer")
    #: Longer messages are refused (bounded work per request).
    max_chars: int = Field(default=200_000, ge=1)
    #: Env var holding the HMAC key for ``hash`` (hex); a random per-process key otherwise.
    hash_key_env: str = "JIANHU_PII_HASH_KEY"
    #: Lifetime of a fresh per-call vault's entries when the caller passes none.
    vault_ttl_s: float = Field(default=3600.0, gt=0)

    def model_post_init(self, __context: object) -> None:
        known = set(ALL_ENTITIES)
        unknown = sorted((set(self.actions) | set(self.entities or ())) - known)
        if unknown:
            raise ValueError(f"unknown PII entity types: {unknown}")


class PiiFilter:
    name = NAME
    #: ~1 ms per 300 characters (and up to ~1 s for 100k): run on the executor.
    inline = False
    #: Restoring placeholders in a stream is one linear scan of each delta.
    inline_stream = True

    def __init__(self, config: PiiConfig, detector: PiiDetector | None = None) -> None:
        self.config = config
        self.detector = detector or PiiDetector(entities=config.entities)
        key_hex = os.environ.get(config.hash_key_env, "")
        self._hash_key = bytes.fromhex(key_hex) if key_hex else secrets.token_bytes(32)

    def _action(self, entity_type: str) -> PiiAction:
        return self.config.actions.get(entity_type, self.config.default_action)

    def _vault(self, ctx: FilterContext) -> Vault:
        vault = _ctx_vault(ctx)
        return vault if vault is not None else Vault(ttl_s=self.config.vault_ttl_s)

    def check_request(self, messages: Sequence[Message], ctx: FilterContext) -> Decision:
        cfg = self.config
        if any(len(m.content) > cfg.max_chars for m in messages):
            return Decision(Action.BLOCK, NAME, "pii.too_long", ("pii",))
        vault = self._vault(ctx)
        findings: list[Finding] = []
        rewrites: list[tuple[int, str]] = []
        blocked = pseudonymized = False
        categories: set[str] = set()
        scanned = [m for m in messages if m.role in cfg.roles and m.content]
        # placeholders the user typed that this vault never issued must never resolve
        vault.mark_forged(t.group(0) for m in scanned for t in PLACEHOLDER_RE.finditer(m.content))
        for m in scanned:
            detections = [d for d in self.detector.detect(m.content, cfg.score_threshold) if self._action(d.type) != "allow"]
            if not detections:
                continue
            for d in detections:
                findings.append(Finding(NAME, d.type, d.start, d.end, d.score, m.index))
                categories.add(d.type)
                blocked |= self._action(d.type) == "block"
            if blocked:
                continue
            new, used_vault = self._rewrite(m.content, detections, vault)
            pseudonymized |= used_vault
            rewrites.append((m.index, new))
        if not findings:
            return Decision.allow(NAME)
        cats = tuple(sorted(categories))
        score = max(f.score for f in findings)
        if blocked:
            return Decision(Action.BLOCK, NAME, "pii.blocked", cats, score, tuple(findings))
        reason = "pii.pseudonymized" if pseudonymized else "pii.masked"
        return Decision(Action.MODIFY, NAME, reason, cats, score, tuple(findings), rewrites=tuple(rewrites))

    def _rewrite(self, text: str, detections: Sequence[Detection], vault: Vault) -> tuple[str, bool]:
        parts: list[str] = []
        pos = 0
        used_vault = False
        for d in detections:
            value = text[d.start:d.end]
            action = self._action(d.type)
            if action == "pseudonymize":
                new = vault.placeholder_for(d.type, value)
                used_vault = True
            elif action == "mask":
                new = mask_value(d.type, value)
            elif action == "hash":
                new = hash_value(d.type, value, self._hash_key)
            else:
                new = redact_value(d.type)
            parts.append(text[pos:d.start])
            parts.append(new)
            pos = d.end
        parts.append(text[pos:])
        return "".join(parts), used_vault

    def check_response(self, text: str, ctx: FilterContext) -> Decision:
        vault = _ctx_vault(ctx)
        if vault is None or len(vault) == 0:
            return Decision.allow(NAME)
        restored, n = restore(text, vault)
        if n == 0:
            return Decision.allow(NAME)
        return Decision(Action.MODIFY, NAME, "pii.restored", ("pii",), rewrites=((-1, restored),))

    def open_stream(self, ctx: FilterContext) -> _RestoringInspector | _PassInspector:
        vault = _ctx_vault(ctx)
        if vault is None:
            return _PassInspector()
        return _RestoringInspector(Restorer(vault))


def _ctx_vault(ctx: FilterContext) -> Vault | None:
    """The conversation's vault: ``ctx.vault`` (once the context has that field), else
    ``ctx.metadata["pii_vault"]``; None when the caller passed none."""
    for vault in (getattr(ctx, "vault", None), ctx.metadata.get(VAULT_KEY)):
        if isinstance(vault, Vault):
            return vault
    return None


class _PassInspector:
    """No vault, nothing to restore: the answer passes unchanged."""

    def feed(self, delta: str) -> StreamStep:
        return StreamStep(release=delta)

    def flush(self) -> StreamStep:
        return StreamStep()


class _RestoringInspector:
    """Releases streamed text with placeholders restored; holds back a split one."""

    def __init__(self, restorer: Restorer) -> None:
        self._restorer = restorer

    def feed(self, delta: str) -> StreamStep:
        return StreamStep(release=self._restorer.feed(delta))

    def flush(self) -> StreamStep:
        return StreamStep(release=self._restorer.flush())
