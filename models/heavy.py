"""Model access for the optional heavy tier of the content-safety filter.

Two back-ends, both loaded once per process through ``ModelStore`` and shared by every
pipeline built from a policy that names them:

* ``HfClassifier``: a sequence-classification model in a local Hugging Face directory
  (``config.json``, weights, tokenizer files), loaded with ``AutoTokenizer`` and
  ``AutoModelForSequenceClassification`` with ``local_files_only=True`` (nothing is ever
  downloaded; ``transformers`` and ``torch`` are the optional ``heavy`` extra, imported
  only here and only when such a model is configured). Torch's intra-op threads are
  pinned (``threads``, default 1); inference runs under ``torch.inference_mode`` with
  the tokenizer truncating to ``max_tokens``.
* ``JudgeClient``: an OpenAI-compatible ``POST {url}/chat/completions`` client (an LLM
  judge, e.g. a guard model served by vLLM) on the standard library's ``http.client``,
  with a small pool of keep-alive connections. Filters are synchronous and run on the
  proxy's CPU executor, so the client is synchronous too.

``BoundedRunner`` runs one back-end call on the back-end's own small thread pool and
stops waiting at a deadline, so a slow model or endpoint costs the filter at most its
``timeout_ms``; calls beyond ``workers + queue`` in flight fail at once instead of
queueing without bound. Errors are ``HeavyError`` with a short code, never user text,
never the model's answer.
"""

from __future__ import annotations

import http.client
import json
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

__all__ = ["BoundedRunner", "HeavyError", "HfClassifier", "JudgeClient", "load_hf_classifier"]

T = TypeVar("T")


class HeavyError(RuntimeError):
    """A heavy-tier call failed. ``code`` is a stable short code (``judge.http_500``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# -- bounded calls with a deadline ------------------------------------------------------
class BoundedRunner:
    """A small dedicated pool: ``call`` waits at most ``timeout_s`` and refuses work past
    ``workers + queue`` calls in flight (``HeavyError("busy")``). Timed-out work keeps its
    slot until it really ends, so a hung back-end cannot pile up threads or requests."""

    def __init__(self, workers: int, queue_size: int, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"jianhu-heavy-{name}")
        self._slots = threading.BoundedSemaphore(workers + queue_size)

    def call(self, fn: Callable[..., T], args: tuple[Any, ...], timeout_s: float) -> T:
        if timeout_s <= 0:
            raise TimeoutError
        if not self._slots.acquire(blocking=False):
            raise HeavyError("busy")
        try:
            fut = self._pool.submit(fn, *args)
        except RuntimeError:  # pool shut down
            self._slots.release()
            raise HeavyError("closed") from None
        fut.add_done_callback(lambda _f: self._slots.release())
        try:
            return fut.result(timeout=timeout_s)
        except FutureTimeout:
            raise TimeoutError from None

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


# -- Hugging Face sequence classifier ---------------------------------------------------
class HfClassifier:
    """Label probabilities of texts from a local sequence-classification directory."""

    def __init__(self, directory: Path, threads: int = 1, max_tokens: int = 512) -> None:
        if not (directory / "config.json").is_file():
            raise HeavyError("hf.no_config")
        try:
            import torch
            import transformers
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as exc:
            raise HeavyError("hf.not_installed") from exc
        transformers.utils.logging.disable_progress_bar()
        torch.set_num_threads(threads)
        self._torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(directory), local_files_only=True,
                                                           trust_remote_code=False)
            model = AutoModelForSequenceClassification.from_pretrained(str(directory), local_files_only=True,
                                                                       trust_remote_code=False)
        except (OSError, ValueError, KeyError) as exc:
            raise HeavyError("hf.load") from exc
        model.eval()
        self.model = model
        cfg = model.config
        n = int(cfg.num_labels)
        id2label = dict(getattr(cfg, "id2label", None) or {})
        self.labels: tuple[str, ...] = tuple(str(id2label.get(i, f"LABEL_{i}")) for i in range(n))
        #: one logit: a sigmoid score for ``labels[0]``; otherwise a softmax over the labels
        self.single_logit = n == 1
        limit = getattr(cfg, "max_position_embeddings", None) or max_tokens
        self.max_tokens = max(8, min(max_tokens, int(limit)))
        self._lock = threading.Lock()  # one forward pass at a time per model (threads are pinned)

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One ``{label: probability}`` per text, in one batched forward pass."""
        torch = self._torch
        with self._lock, torch.inference_mode():
            enc = self.tokenizer(list(texts), truncation=True, max_length=self.max_tokens, padding=True,
                                 return_tensors="pt")
            logits = self.model(**enc).logits.float()
            probs = torch.sigmoid(logits) if self.single_logit else torch.softmax(logits, dim=-1)
            rows = probs.tolist()
        return [dict(zip(self.labels, (float(p) for p in row), strict=True)) for row in rows]


def load_hf_classifier(directory: Path, threads: int = 1, max_tokens: int = 512) -> HfClassifier:
    return HfClassifier(directory, threads, max_tokens)


# -- OpenAI-compatible judge ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Target:
    https: bool
    host: str
    port: int | None
    path: str  # .../chat/completions


def _target(url: str) -> _Target:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HeavyError("judge.url")
    return _Target(parts.scheme == "https", parts.hostname, parts.port, parts.path.rstrip("/") + "/chat/completions")


class JudgeClient:
    """Synchronous OpenAI-compatible chat client with pooled keep-alive connections."""

    def __init__(self, url: str, model: str, api_key: str | None, timeout_s: float, pool_size: int = 4,
                 max_answer_tokens: int = 64) -> None:
        self._target = _target(url)
        self.model = model
        self._api_key = api_key
        self._timeout_s = timeout_s
        self._max_answer_tokens = max_answer_tokens
        self._idle: queue.LifoQueue[http.client.HTTPConnection] = queue.LifoQueue(maxsize=pool_size)

    def _connection(self, timeout_s: float) -> http.client.HTTPConnection:
        try:
            conn = self._idle.get_nowait()
            conn.timeout = timeout_s
            if conn.sock is not None:
                conn.sock.settimeout(timeout_s)
            return conn
        except queue.Empty:
            t = self._target
            cls = http.client.HTTPSConnection if t.https else http.client.HTTPConnection
            return cls(t.host, t.port, timeout=timeout_s)

    def _release(self, conn: http.client.HTTPConnection) -> None:
        try:
            self._idle.put_nowait(conn)
        except queue.Full:
            conn.close()

    def complete(self, system: str, user: str, timeout_s: float | None = None) -> str:
        """The assistant message of a temperature-0 completion. Raises ``HeavyError``."""
        timeout = self._timeout_s if timeout_s is None else timeout_s
        deadline = time.monotonic() + timeout
        body = json.dumps({
            "model": self.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "temperature": 0,
            "max_tokens": self._max_answer_tokens,
            "stream": False,
        }, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        # A pooled connection may have been closed by the server while idle: retry once on a new one.
        for attempt in (0, 1):
            conn = self._connection(max(0.001, deadline - time.monotonic()))
            reused = conn.sock is not None
            try:
                conn.request("POST", self._target.path, body=body, headers=headers)
                resp = conn.getresponse()
                raw = resp.read(1_048_576 + 1)
            except TimeoutError:
                conn.close()
                raise
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                if reused and attempt == 0 and time.monotonic() < deadline:
                    continue
                raise HeavyError("judge.connection") from exc
            if resp.will_close:
                conn.close()
            else:
                self._release(conn)
            break
        if resp.status != 200:
            raise HeavyError(f"judge.http_{resp.status}")
        if len(raw) > 1_048_576:
            raise HeavyError("judge.too_large")
        try:
            doc = json.loads(raw)
            content = doc["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise HeavyError("judge.bad_response") from exc
        if not isinstance(content, str):
            raise HeavyError("judge.bad_response")
        return content

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
