"""Per-conversation pseudonymization vaults.

A request that names its conversation (header ``X-Jianhu-Conversation-Id``, at most 128
characters) shares one vault with the other turns of that conversation, so a value
keeps its placeholder across turns; otherwise the vault lives for the one request and
its answer. Vaults are kept in this process only, in a bounded LRU with an idle TTL,
and never logged or written anywhere: a replica that did not see the earlier turn
simply issues fresh placeholders, which is still correct because every request
carries its own history.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from filters.pii.vault import Vault

__all__ = ["CONVERSATION_HEADER", "VaultCache"]

CONVERSATION_HEADER = "x-jianhu-conversation-id"


class VaultCache:
    def __init__(self, ttl_s: float = 3600.0, max_conversations: int = 10_000) -> None:
        self._ttl_s = ttl_s
        self._max = max_conversations
        self._vaults: OrderedDict[tuple[str, str], tuple[Vault, float]] = OrderedDict()
        self._lock = threading.Lock()

    def for_request(self, robot_id: str, conversation_id: str | None) -> Vault:
        if not conversation_id or len(conversation_id) > 128:
            return Vault(ttl_s=self._ttl_s)
        key = (robot_id, conversation_id)
        now = time.monotonic()
        with self._lock:
            found = self._vaults.pop(key, None)
            vault = found[0] if found is not None and found[1] > now else Vault(ttl_s=self._ttl_s)
            self._vaults[key] = (vault, now + self._ttl_s)
            while len(self._vaults) > self._max:
                self._vaults.popitem(last=False)
        return vault

    def __len__(self) -> int:
        return len(self._vaults)
