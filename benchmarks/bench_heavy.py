"""Latency of the content-safety filter's heavy tier, and how often the band sends texts to it.

    python -m benchmarks.bench_heavy [--n 300] [--hidden 32 --layers 1]
                                     [--hf-path DIR] [--judge-url URL --judge-model M]

Prints p50/p95/p99 of the heavy tier's own call (``HeavyTier.classify``) and of
``check_request`` on 300-character must-not-refuse user messages (so that the cheap tier
lets them through and ``always`` sends every one to the heavy tier) with

* the cheap tiers only (baseline);
* a local HF classifier consulted on every text (``always``): by default a BERT-like
  model randomly initialized and written to a temporary directory here (``--hidden``,
  ``--layers``; its vocabulary is the characters of the messages), or ``--hf-path``;
* an LLM judge consulted on every text: by default a fake OpenAI-compatible judge on
  loopback (aiohttp, fixed answer after ``--judge-delay-ms``), or ``--judge-url``;

then the cost of one streamed-answer window (a 64-character feed that completes one
classification window of 300 characters) with the heavy tier deciding it,
the load time and resident memory added by torch and the model, and the share of the
written data set's test split (``models/data/content_safety/written.jsonl``) whose cheap
score falls in the default band, i.e. how often a cascade would pay the heavy tier.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from benchmarks.bench_content_safety import WRITTEN, messages_300, pct, rss_mib
from filters.base import FilterContext, Message
from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.content_safety.heavy import HeavyConfig
from models.store import ModelStore

CTX = FilterContext(request_id="bench", robot_id="bench")


def make_tiny_model(directory: Path, texts: list[str], hidden: int, layers: int) -> Path:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    chars = sorted({c for t in texts for c in t.lower() if not c.isspace()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]
    BertTokenizer(vocab={w: i for i, w in enumerate(vocab)}).save_pretrained(str(directory))
    heads = max(1, hidden // 64) if hidden >= 64 else 2
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
                     intermediate_size=hidden * 4, max_position_embeddings=512, num_labels=2,
                     id2label={0: "safe", 1: "unsafe"}, label2id={"safe": 0, "unsafe": 1})
    torch.manual_seed(0)
    model = BertForSequenceClassification(cfg)
    with torch.no_grad():  # always "safe", so that streams run to the end (the cost is the same)
        model.classifier.bias.copy_(torch.tensor([10.0, -10.0]))
    model.save_pretrained(str(directory))
    return directory


class FakeJudge:
    """Fixed ``{"verdict": "safe"}`` after ``delay_s``, over real HTTP on loopback."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.url = ""
        self._ready = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()
        self._ready.wait(10)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        answer = {"id": "j", "object": "chat.completion", "created": 1, "model": "judge",
                  "choices": [{"index": 0, "message": {"role": "assistant", "content": '{"verdict": "safe"}'},
                               "finish_reason": "stop"}]}

        async def chat(request: web.Request) -> web.Response:
            await request.read()
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            return web.json_response(answer)

        app = web.Application()
        app.router.add_post("/v1/chat/completions", chat)
        runner = web.AppRunner(app, handle_signals=False)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/v1"
        self._ready.set()
        loop.run_forever()


def timed(fn: Callable[[], Any], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def report(label: str, times: list[float]) -> None:
    print(f"{label}: p50 {statistics.median(times):.2f} ms  p95 {pct(times, 0.95):.2f} ms  "
          f"p99 {pct(times, 0.99):.2f} ms  max {max(times):.2f} ms  (n={len(times)})")


def benign_300() -> list[str]:
    rows = [json.loads(x) for x in WRITTEN.read_text(encoding="utf-8").splitlines()]
    out: list[str] = []
    for lang in ("zh", "en"):
        buf = ""
        for r in rows:
            if r["lang"] == lang and r["label"] == "safe":
                buf += r["text"] + " "
                if len(buf) >= 300:
                    out.append(buf[:300])
                    buf = ""
    return out


def run_tier(flt: ContentSafetyFilter, msgs: list[str], n: int) -> list[float]:
    heavy = flt.heavy
    if heavy is None:
        raise SystemExit("no heavy tier")
    it = iter(range(n))
    return timed(lambda: heavy.classify(msgs[next(it) % len(msgs)], "prompt"), n)


def run_requests(flt: ContentSafetyFilter, msgs: list[str], n: int) -> list[float]:
    for m in msgs[:20]:
        flt.check_request([Message(0, "user", m)], CTX)
    it = iter(range(n))
    return timed(lambda: flt.check_request([Message(0, "user", msgs[next(it) % len(msgs)])], CTX), n)


def stream_window(flt: ContentSafetyFilter, n: int) -> list[float]:
    answer = "您好！补办社保卡可以携带本人身份证到就近社保服务网点办理，也可以在线上申请邮寄到家。" * 20
    out: list[float] = []
    while len(out) < n:
        insp = flt.open_stream(CTX)
        insp.feed(answer[:16])  # the lexicon tail: from here on every 64-character feed checks one window
        for i in range(16, len(answer) - 64, 64):
            t = time.perf_counter()
            insp.feed(answer[i : i + 64])
            out.append((time.perf_counter() - t) * 1000)
        insp.flush()
    return out[:n]


def band_share(flt: ContentSafetyFilter, band: tuple[float, float]) -> None:
    rows = [json.loads(x) for x in WRITTEN.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("split") == "test"]
    for kind, pick in (("must-refuse", lambda r: r["label"] != "safe"), ("must-not-refuse", lambda r: r["label"] == "safe")):
        sel = [r for r in rows if pick(r)]
        inside = 0
        for r in sel:
            det = flt.detector.detect(r["text"], "prompt")
            inside += (not det.decisive) and band[0] <= det.score < band[1]
        share = inside / len(sel) if sel else float("nan")
        print(f"share of written test split ({kind}, n={len(sel)}) in band {list(band)}: {share:.1%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--hidden", type=int, default=32)
    ap.add_argument("--layers", type=int, default=1)
    ap.add_argument("--hf-path", type=Path, default=None)
    ap.add_argument("--judge-url", default=None)
    ap.add_argument("--judge-model", default="judge")
    ap.add_argument("--judge-delay-ms", type=float, default=0.0)
    args = ap.parse_args()
    store = ModelStore()
    msgs = benign_300()
    cheap = ContentSafetyFilter(ContentSafetyConfig(), store)
    report("cheap tiers only, check_request 300 chars", run_requests(cheap, msgs, args.n))

    with tempfile.TemporaryDirectory() as tmp:
        before = rss_mib()
        started = time.perf_counter()
        path = args.hf_path or make_tiny_model(Path(tmp), messages_300() + msgs, args.hidden, args.layers)
        cfg = ContentSafetyConfig(timeout_ms=10_000, heavy=HeavyConfig(kind="hf", path=str(path), always=True,
                                                                       timeout_ms=9_000))
        hf = ContentSafetyFilter(cfg, store)
        print(f"hf model {path if args.hf_path else f'tiny BERT hidden={args.hidden} layers={args.layers}'}: "
              f"import+build+load {time.perf_counter() - started:.2f} s, RSS +{rss_mib() - before:.0f} MiB")
        report("hf tier alone (HeavyTier.classify), 300 chars", run_tier(hf, msgs, args.n))
        report("cheap + hf (always), check_request 300 chars", run_requests(hf, msgs, args.n))
        report("cheap + hf (always), stream window 64 chars", stream_window(hf, args.n))

    judge_url = args.judge_url or FakeJudge(args.judge_delay_ms / 1000).url
    cfg = ContentSafetyConfig(timeout_ms=10_000, heavy=HeavyConfig(kind="judge", url=judge_url, model=args.judge_model,
                                                                   always=True, timeout_ms=9_000))
    judge = ContentSafetyFilter(cfg, store)
    label = "real judge" if args.judge_url else f"fake judge (+{args.judge_delay_ms:.0f} ms)"
    report(f"{label} tier alone (HeavyTier.classify), 300 chars", run_tier(judge, msgs, args.n))
    report(f"cheap + {label} (always), check_request 300 chars", run_requests(judge, msgs, args.n))
    report(f"cheap + {label} (always), stream window 64 chars", stream_window(judge, args.n))
    band_share(cheap, HeavyConfig(kind="judge", url="http://127.0.0.1:1/v1", model="m").band)


if __name__ == "__main__":
    main()
