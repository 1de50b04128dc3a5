"""Builds ``own_data.jsonl``: attack and benign look-alike prompts written for Jianhu.

Every string here was written by hand for this project (see SOURCE.md); the script
only combines wrappers with payloads and applies encodings, deterministically
(seed 5). Rows: ``{"text", "label" (1 attack, 0 benign), "lang", "kind", "family"}``;
``family`` names the hand-written template a row comes from, so that training can
hold out whole families.

Run: ``python models/data/injection/build_own_data.py`` (rewrites own_data.jsonl).
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from pathlib import Path

from own_compose import compose
from own_compose4 import compose4
from own_compose5 import compose5
from own_benign_gen import act_as_generated, benign_generated, edits_generated, florid_generated
from own_diverse import DIVERSE_ATTACKS_EN, DIVERSE_ATTACKS_ZH, DIVERSE_BENIGN_EN, DIVERSE_BENIGN_ZH
from own_round2_texts import ROUND2_ATTACKS_EN, ROUND2_ATTACKS_ZH, ROUND2_BENIGN_EN, ROUND2_BENIGN_ZH
from own_texts import (
    BENIGN_EN,
    BENIGN_ZH,
    DOC_BODIES_EN,
    DOC_BODIES_ZH,
    INDIRECT_EN,
    INDIRECT_ZH,
    PAYLOADS_EN,
    PAYLOADS_ZH,
    ROLEPLAY_BENIGN_ZH,
    STANDALONE_ATTACKS_EN,
    STANDALONE_ATTACKS_ZH,
    WRAPPERS_EN,
    WRAPPERS_ZH,
)

OUT = Path(__file__).resolve().parent / "own_data.jsonl"


def _encodings(text: str, rng: random.Random) -> list[tuple[str, str]]:
    b64 = base64.b64encode(text.encode()).decode()
    hx = text.encode().hex()
    ues = "".join(f"\\u{ord(c):04x}" for c in text)
    pct = urllib.parse.quote(text)
    return [
        ("base64", rng.choice(["请解码以下base64内容并照做：", "Decode this and follow it: ", "下面是一段编码后的指令，请先解码再执行：\n", "base64: "]) + b64),
        ("hex", rng.choice(["把这段十六进制转成文字然后执行：", "hex payload, decode and obey: ", "请读取：", ""]) + hx),
        ("unicode_escape", rng.choice(["请处理这个字符串：", "Execute: ", "按下面的unicode内容回答："]) + ues),
        ("url", rng.choice(["请解析这个参数并照做：q=", "Follow the decoded instruction: ", ""]) + pct),
        ("reversed", rng.choice(["请把这句话倒过来读并执行：", "Read this backwards and do it: "]) + text[::-1]),
    ]


def build() -> list[dict[str, object]]:
    rng = random.Random(5)
    rows: list[dict[str, object]] = []

    def add(text: str, label: int, lang: str, kind: str, family: str) -> None:
        rows.append({"text": text, "label": label, "lang": lang, "kind": kind, "family": family})

    for lang, wrappers, payloads in (("zh", WRAPPERS_ZH, PAYLOADS_ZH), ("en", WRAPPERS_EN, PAYLOADS_EN)):
        for wi, (kind, tpl) in enumerate(wrappers):
            for p in rng.sample(payloads, k=min(4, len(payloads))):
                add(tpl.format(p=p), 1, lang, kind, f"{lang}_w{wi}")
    for lang, items in (("zh", STANDALONE_ATTACKS_ZH), ("en", STANDALONE_ATTACKS_EN)):
        for i, (kind, text) in enumerate(items):
            add(text, 1, lang, kind, f"{lang}_s{i}")
    # encoded payloads: override + payload, encoded
    for i in range(40):
        lang = "zh" if i % 2 == 0 else "en"
        wrappers = WRAPPERS_ZH if lang == "zh" else WRAPPERS_EN
        payloads = PAYLOADS_ZH if lang == "zh" else PAYLOADS_EN
        kind, tpl = wrappers[rng.randrange(len(wrappers))]
        inner = tpl.format(p=rng.choice(payloads))
        enc_kind, text = _encodings(inner, rng)[i % 5]
        add(text, 1, lang, f"encoded_{enc_kind}", f"enc{i % 10}")
    # indirect injection inside documents and tool results
    for lang, bodies, injections in (("zh", DOC_BODIES_ZH, INDIRECT_ZH), ("en", DOC_BODIES_EN, INDIRECT_EN)):
        for ii, inj in enumerate(injections):
            for body in rng.sample(bodies, k=min(3, len(bodies))):
                cut = rng.randrange(len(body) // 3, len(body))
                doc = body[:cut] + "\n" + inj + "\n" + body[cut:]
                lead = rng.choice(["请帮我总结一下这份材料：\n", "", "以下是检索到的内容：\n"] if lang == "zh" else ["Summarize this document:\n", "", "Tool result:\n"])
                add(lead + doc, 1, lang, "indirect", f"{lang}_i{ii}")
        for bi, body in enumerate(bodies):
            lead = rng.choice(["请帮我总结一下这份材料：\n", "帮我提炼要点：\n", ""] if lang == "zh" else ["Summarize this document:\n", "Key points please:\n", ""])
            add(lead + body, 0, lang, "document", f"{lang}_d{bi}")
    for lang, items in (("zh", BENIGN_ZH), ("en", BENIGN_EN)):
        for i, (kind, text) in enumerate(items):
            add(text, 0, lang, kind, f"{lang}_b{i}")
    for text, lang, kind, family in benign_generated() + act_as_generated() + edits_generated() + florid_generated():
        add(text, 0, lang, kind, family)
    for name, items, label, lang in (("dza", DIVERSE_ATTACKS_ZH, 1, "zh"), ("dea", DIVERSE_ATTACKS_EN, 1, "en"),
                                     ("dzb", DIVERSE_BENIGN_ZH, 0, "zh"), ("deb", DIVERSE_BENIGN_EN, 0, "en")):
        for i, text in enumerate(items):
            add(text, label, lang, "diverse", f"{name}{i}")
    # probe sets 1-3 were measured first (figures in models/injection.md), then trained on
    import probe2_texts
    import probe3_texts
    import probe_texts

    for mod, prefix in ((probe_texts, "PROBE"), (probe2_texts, "PROBE2"), (probe3_texts, "PROBE3")):
        for kind, label in (("ATTACKS", 1), ("BENIGN", 0)):
            for lang in ("zh", "en"):
                for i, text in enumerate(getattr(mod, f"{prefix}_{kind}_{lang.upper()}")):
                    add(text, label, lang, "probe", f"{prefix.lower()}{kind[0]}{lang}{i}")
    for i, text in enumerate(ROLEPLAY_BENIGN_ZH):
        add(text, 0, "zh", "roleplay", f"zh_rp{i}")
    # many-shot: a fake dialogue of compliant answers before the real ask
    for i in range(12):
        lang = "zh" if i % 2 == 0 else "en"
        u, a = ("用户", "助手") if lang == "zh" else ("User", "Assistant")
        payloads = PAYLOADS_ZH if lang == "zh" else PAYLOADS_EN
        shots = []
        for _ in range(rng.randrange(6, 12)):
            shots.append(f"{u}：{rng.choice(payloads)}\n{a}：{'好的，没问题，以下是详细步骤' if lang == 'zh' else 'Sure, here are the detailed steps'}……")
        add("\n".join(shots) + f"\n{u}：{rng.choice(payloads)}\n{a}：", 1, lang, "many_shot", f"ms{i % 4}")
    # round 2 (dev-split error analysis): one family per sentence; appended last so earlier rows do not change
    for name, items, label, lang in (("r2za", ROUND2_ATTACKS_ZH, 1, "zh"), ("r2ea", ROUND2_ATTACKS_EN, 1, "en"),
                                     ("r2zb", ROUND2_BENIGN_ZH, 0, "zh"), ("r2eb", ROUND2_BENIGN_EN, 0, "en")):
        for i, text in enumerate(items):
            add(text, label, lang, "round2", f"{name}{i}")
    # round 3: compositional generator (goal x tactic x framing x wording); families prefixed c3_
    for text, label, lang, kind, family in compose():
        add(text, label, lang, kind, family)
    # probe 12 was measured once first (models/injection.md), then trained on: the generator's slots were
    # written in the same sitting and reuse some of its phrasings, so it could no longer measure anything
    import probe12_texts

    for kind, label in (("ATTACKS", 1), ("BENIGN", 0)):
        for lang in ("zh", "en"):
            for i, text in enumerate(getattr(probe12_texts, f"PROBE12_{kind}_{lang.upper()}")):
                add(text, label, lang, "probe", f"probe12{kind[0]}{lang}{i}")
    # round 4: generator for the kinds probes 13/14 missed (mode switches, instructions in structured containers,
    # codewords, "developer approved", drills, pretexts...); families prefixed c4_; appended last
    for text, label, lang, kind, family in compose4():
        add(text, label, lang, kind, family)
    # round 5: benign contrast generator (imperative documents, complaints, talk about prompts, exam questions,
    # corrections, system words in service questions); families prefixed c5_; appended last
    for text, label, lang, kind, family in compose5():
        add(text, label, lang, kind, family)
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(1 for r in rows if r["label"] == 1)
    print(f"wrote {len(rows)} rows ({pos} attacks, {len(rows) - pos} benign) to {OUT.name}")


if __name__ == "__main__":
    main()
