"""Builds ``data/t2s.tsv``, the traditional -> simplified character table.

Run once, offline, when OpenCC is upgraded::

    python -m filters.normalize.build_tables

Source: OpenCC (``opencc`` on PyPI, Apache-2.0), configuration ``t2s``, applied to
every code point of the CJK Unified Ideographs blocks (base, extension A) and the
CJK Compatibility Ideographs block. Only single-character results that differ from
the input are kept, so the table maps one character to one character and offsets
stay one-to-one. Format: ``<traditional>\\t<simplified>`` per line, UTF-8, sorted.
OpenCC is needed only here, never at run time.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["T2S_PATH", "build_t2s"]

T2S_PATH = Path(__file__).resolve().parent / "data" / "t2s.tsv"
_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def build_t2s(path: Path = T2S_PATH) -> int:
    """Write the table; return the number of entries."""
    import opencc  # build-time only

    conv = opencc.OpenCC("t2s")
    rows: list[str] = []
    for lo, hi in _RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            out = conv.convert(ch)
            if len(out) == 1 and out != ch:
                rows.append(f"{ch}\t{out}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(build_t2s())
