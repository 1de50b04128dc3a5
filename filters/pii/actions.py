"""What to put in place of a detected value, per action.

* ``pseudonymize``: the vault's stable placeholder (``<CN_MOBILE_PHONE_1>``), restored
  in the answer;
* ``mask``: keep a short head and tail, star the middle (``138****5678``;
  ``110105********002X``; names keep the surname: ``张*``);
* ``redact``: ``[CN_ID_CARD]`` (no number, never restored);
* ``hash``: ``[CN_ID_CARD:9f2c4e1a0b7d]``, HMAC-SHA256 under a key the caller holds, so
  equal values hash equally for analytics without being reversible by dictionary.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["hash_value", "mask_value", "redact_value"]

_KEEP = {  # (head, tail) kept in clear
    "CN_MOBILE_PHONE": (3, 4),
    "CN_LANDLINE_PHONE": (4, 2),
    "PHONE_NUMBER": (3, 2),
    "CN_ID_CARD": (6, 4),
    "CN_BANK_CARD": (4, 4),
    "CREDIT_CARD": (4, 4),
    "EMAIL_ADDRESS": (1, 0),
    "PERSON": (1, 0),
    "CN_ADDRESS": (6, 0),
}


def mask_value(entity_type: str, value: str) -> str:
    if entity_type == "EMAIL_ADDRESS" and "@" in value:
        local, domain = value.split("@", 1)
        return local[:1] + "*" * max(1, len(local) - 1) + "@" + domain
    head, tail = _KEEP.get(entity_type, (2, 2))
    core = value.replace(" ", "").replace("-", "") if entity_type.endswith(("PHONE", "CARD")) else value
    if len(core) <= head + tail:
        head, tail = min(1, len(core) - 1), 0
    return core[:head] + "*" * (len(core) - head - tail) + (core[-tail:] if tail else "")


def redact_value(entity_type: str) -> str:
    return f"[{entity_type}]"


def hash_value(entity_type: str, value: str, key: bytes) -> str:
    digest = hmac.new(key, f"{entity_type}\x00{value}".encode(), hashlib.sha256).hexdigest()
    return f"[{entity_type}:{digest[:12]}]"
