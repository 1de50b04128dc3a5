"""Algorithm filing numbers (算法备案号, measures 3.3): the registry checks their form.

Two forms are accepted, as issued by the Cyberspace Administration of China (CAC):

* algorithm recommendation / deep synthesis filing (算法备案): ``网信算备`` followed by
  21 digits (the 6-digit administrative division code of the filer, then the serial
  and year digits) and ``号``, e.g. ``网信算备440304123456701240011号``;
* generative AI service filing (生成式人工智能服务备案): ``<Region>-<ModelName>-<YYYYMMDD>``
  with an optional upper-case/digit suffix, e.g. ``Guangdong-FutianZhiwen-20240315S0001``.

Only the form is checked (the CAC publishes no verification API); the number is stored
with the robot and shown in its registry entry and export bundle.
"""

from __future__ import annotations

import re

__all__ = ["is_valid_filing_number", "normalize_filing_number"]

_ALGORITHM = re.compile(r"^网信算备\d{21}号$")
_GENERATIVE = re.compile(r"^[A-Za-z]{2,30}-[A-Za-z0-9]{1,60}-(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{0,8}$")


def normalize_filing_number(value: str) -> str:
    return value.strip().replace(" ", "").replace("\u3000", "")


def is_valid_filing_number(value: str) -> bool:
    v = normalize_filing_number(value)
    return bool(_ALGORITHM.match(v) or _GENERATIVE.match(v))
