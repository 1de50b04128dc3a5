"""English requests to a Chinese profile: add the Chinese terms of their key words.

e5 compares an English request with Chinese examples across languages, but the bank's
and the profile's *Chinese* vocabulary is what tells departments apart, and e5-small's
English embeddings of government requests are dominated by their form ("How do I …"). The
topic stage therefore reads an English request to a profile written only in Chinese as
the request followed by the Chinese terms of its key words ("how do I get a hukou in
Shenzhen" -> "… 户口"), from a hand-written glossary of citizen-service vocabulary
(``data/glossary.yaml``, ~150 terms; longest phrase first, plural ``-s`` folded). A
request with no glossary term is left as it is.

Cost: one regex pass over the (short) request.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

__all__ = ["expand", "load_glossary"]

_DATA = Path(__file__).resolve().parent / "data" / "glossary.yaml"


@cache
def load_glossary(path: Path = _DATA) -> tuple[dict[str, str], re.Pattern[str]]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms = {str(k).lower(): str(v) for k, v in doc["terms"].items()}
    alts = sorted(terms, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in alts) + r")(?:s|es)?\b")
    return terms, pattern


def expand(text: str) -> str:
    """``text`` plus the Chinese terms of its glossary phrases (each once), or ``text``."""
    terms, pattern = load_glossary()
    found: list[str] = []
    for m in pattern.finditer(text.lower()):
        zh = terms[m.group(1)]
        if zh not in found:
            found.append(zh)
    return f"{text}（{' '.join(found)}）" if found else text
