"""Chinese addresses written in English, for ``CnAddressRecognizer`` (``CN_ADDRESS``).

Chinese postal style in English runs from the smallest unit to the largest, one unit per
comma-separated part: ``Room 501, Block 3, Lianhua Road, Futian District, Shenzhen``,
``No. 1003 Shennan Avenue, Futian District, Shenzhen, Guangdong``. A span starts at a room,
flat, unit or house number and takes the following parts while each is a unit (floor,
block, building, tower), a road (with or without its number), a named estate, a district,
county or town, or a capitalised place name (city, province). It stops before a country
name (China, PRC), a postcode and anything else. An address needs a house-level part
(room or number) *and* a road or a district, so "Room 5, Building A" alone is not one.
"""

from __future__ import annotations

import re

__all__ = ["english_addresses"]

_WORD = r"[A-Z][a-z]+"
#: a word of a road name: capitalised, or an ordinal (Fuhua 3rd Road, Tairan 9th Road)
_ROAD_WORD = r"(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th))"
_ROAD = r"(?:Road|Rd\.?|Street|St\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Alley|Highway|Dadao)"
_ROAD_PART = rf"(?:(?:No\.\s*)?\d{{1,5}}[A-Z]?\s+)?{_WORD}\s+(?:{_ROAD_WORD}\s+){{0,3}}{_ROAD}"
_ADMIN_PART = rf"(?:{_WORD}\s+){{1,3}}(?:District|County|Town|Township|Subdistrict|New Area|Village)"
_UNIT_PART = (
    r"(?:(?:Room|Rm\.?|Flat|Unit|Apt\.?|Apartment|Suite|Shop)\s+[A-Z]?\d{1,5}[A-Z]?"
    r"|(?:Block|Building|Bldg\.?|Tower|Blk\.?|Phase|Zone)\s+[A-Z0-9]{1,3}"
    r"|\d{1,2}/F|\d{1,2}(?:st|nd|rd|th)\s+Floor|Floor\s+\d{1,2})"
)
_HOUSE_START = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:Room|Rm\.?|Flat|Unit|Apt\.?|Apartment|Suite|Shop)\s+[A-Z]?\d{{1,5}}[A-Z]?"
    rf"|(?:No\.\s*)?\d{{1,5}}[A-Z]?\s+{_WORD}\s+(?:{_ROAD_WORD}\s+){{0,3}}{_ROAD})(?![A-Za-z0-9])"
)
_PART = re.compile(
    rf"(?:{_UNIT_PART}|{_ROAD_PART}|{_ADMIN_PART}|(?:{_WORD})(?:\s+{_WORD}){{0,3}})(?![A-Za-z0-9])"
)
_IS_ROAD = re.compile(rf"{_ROAD_PART}")
_IS_ADMIN = re.compile(rf"{_ADMIN_PART}")
_COUNTRY = frozenset({"China", "Prc", "PRC", "Hong Kong SAR", "People's Republic"})
_SEP = re.compile(r",\s*")
_TRIGGER = re.compile(r"Road|Rd\b|Street|St\b|Avenue|Ave\b|Boulevard|Lane|District|County|Dadao")


def english_addresses(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each English-written address in ``text``."""
    if _TRIGGER.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _HOUSE_START.search(text, pos)
        if m is None:
            return out
        start, end = m.start(), m.end()
        road = _IS_ROAD.fullmatch(m.group()) is not None
        admin = False
        while True:
            sep = _SEP.match(text, end)
            if sep is None:
                break
            part = _PART.match(text, sep.end())
            if part is None or part.group() in _COUNTRY:
                break
            road = road or _IS_ROAD.fullmatch(part.group()) is not None
            admin = admin or _IS_ADMIN.fullmatch(part.group()) is not None
            end = part.end()
        if road or admin:
            out.append((start, end))
        pos = end
