"""Build ``given_chars.tsv`` and ``common_words.txt`` from jieba's dictionary.

Source: ``jieba/dict.txt`` of ``jieba==0.42.1`` (MIT licence), lines ``word freq pos``.
Build-time only (jieba is not a runtime dependency). Reproduce with::

    pip install jieba==0.42.1 && python filters/pii/data/build_lexicon.py

* ``given_chars.tsv``: ``char<TAB>count`` — how many ``nr`` (person-name) entries of
  length 2-3 that start with one of our surnames use the character in the given name.
* ``common_words.txt``: ordinary (non-``nr``) words of length 2-4 with frequency >= 20
  that start with a surname character, plus every 2-3-character word with
  frequency >= 50; the name recognizer uses them to reject "surname + word" look-alikes
  (王国, 高兴, 周末) and to cut a name before a following word (张伟已经); also 2-character
  words ending in a surname character (鼎盛, 经纪) with frequency >= 20.
* ``frequent_words.txt``: 2-character non-``nr`` words with frequency >= 4000 (公司,
  计算, 平均); such a word is not taken as a given name without a naming cue.
* ``nr_common_words.txt``: ``nr``-tagged 2-character words with frequency >= 150 —
  jieba's ``nr`` tag is noisy (陈述, 顾问, 熊猫) or names famous people; rejected unless
  a strong cue (我叫, 姓名：, 先生) says the text is about a person.
"""

from __future__ import annotations

import collections
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    import jieba

    surnames = set()
    for line in (HERE / "surnames.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            surnames.add(line.split("\t")[0])
    singles = {s for s in surnames if len(s) == 1}
    given: collections.Counter[str] = collections.Counter()
    common: set[str] = set()
    nr_common: set[str] = set()
    frequent: set[str] = set()
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) != 3:
            continue
        word, freq_s, pos = parts
        freq = int(freq_s)
        if not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        if len(word) == 2 and freq >= 4000 and not pos.startswith("nr"):
            frequent.add(word)
        if pos.startswith("nr"):
            if 2 <= len(word) <= 3 and word[0] in singles:
                given.update(word[1:])
                if len(word) == 2 and freq >= 150:
                    nr_common.add(word)
            continue
        starts_with_surname = word[0] in singles or word[:2] in surnames
        ends_with_surname = len(word) == 2 and word[1] in singles
        if (starts_with_surname and 2 <= len(word) <= 4 and freq >= 20) or (2 <= len(word) <= 3 and freq >= 50) or (
            ends_with_surname and freq >= 20
        ):
            common.add(word)
    with open(HERE / "given_chars.tsv", "w", encoding="utf-8") as f:
        f.write("# char<TAB>count; derived from jieba 0.42.1 dict.txt (MIT) by build_lexicon.py\n")
        for ch, n in sorted(given.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= 3:
                f.write(f"{ch}\t{n}\n")
    with open(HERE / "common_words.txt", "w", encoding="utf-8") as f:
        f.write("# ordinary words; derived from jieba 0.42.1 dict.txt (MIT) by build_lexicon.py\n")
        for w in sorted(common):
            f.write(w + "\n")
    with open(HERE / "frequent_words.txt", "w", encoding="utf-8") as f:
        f.write("# 2-char non-nr words with freq >= 4000; derived from jieba 0.42.1 dict.txt (MIT)\n")
        for w in sorted(frequent):
            f.write(w + "\n")
    with open(HERE / "nr_common_words.txt", "w", encoding="utf-8") as f:
        f.write("# jieba nr-tagged 2-char words with freq >= 150 (mostly ordinary words or famous people)\n")
        for w in sorted(nr_common):
            f.write(w + "\n")


if __name__ == "__main__":
    main()
