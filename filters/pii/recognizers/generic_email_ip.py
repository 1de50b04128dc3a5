"""E-mail and IP addresses (``EMAIL_ADDRESS``, ``IP_ADDRESS``), CJK-safe and offline.

Presidio's own ``EmailRecognizer`` validates with ``tldextract``, which may fetch the
public-suffix list over the network, and its ``\\b`` anchors miss ``邮箱abc@x.cn``; this
one checks the shape only (RFC 5321 lengths, alphabetic TLD of 2-24 letters).
IPs are validated with ``ipaddress``: IPv4 dotted quads, IPv6 in full or ``::`` form.
"""

from __future__ import annotations

import ipaddress

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer

__all__ = ["EmailRecognizer", "IpRecognizer"]


class EmailRecognizer(CnPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    COUNTRY_CODE = None
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])",
            0.9,
        )
    ]
    CONTEXT = ["邮箱", "邮件", "email", "e-mail", "mail"]
    NEGATIVE_CONTEXT = ()
    TRIGGER = "@"

    def invalidate_result(self, pattern_text: str) -> bool | None:
        local = pattern_text.split("@", 1)[0]
        return ".." in pattern_text or local.endswith(".")


class IpRecognizer(CnPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    COUNTRY_CODE = None
    PATTERNS = [
        Pattern("ipv4", NB + r"(?:\d{1,3}\.){3}\d{1,3}" + NA, 0.6),
        Pattern("ipv6", r"(?<![0-9A-Fa-f:])(?=[0-9A-Fa-f:]{0,39}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?![0-9A-Za-z:])", 0.6),
    ]
    CONTEXT = ["ip", "地址", "服务器", "server", "host", "登录"]
    NEGATIVE_CONTEXT = ("版本", "version", "ver", "v", "日期", "编号")
    TRIGGER = r"[0-9]\.[0-9]|:[0-9A-Fa-f]*:"

    def validate_result(self, pattern_text: str) -> bool | None:
        try:
            addr = ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        if addr.version == 6 and pattern_text.count(":") < 2:
            return False
        return True
