"""The optional heavy tier of the content-safety filter: a tiny randomly-initialized BERT
classifier written to a temporary directory at test time (nothing is downloaded) and a
fake LLM judge served over real HTTP on loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from filters.base import FilterContext, Message
from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.content_safety.heavy import HeavyConfig, parse_judge
from filters.decision import Action
from filters.policy import PolicyError, load_policy
from models.heavy import HeavyError, HfClassifier
from models.store import ModelStore
from tests.fake_judge import FakeJudge

CTX = FilterContext(request_id="r1", robot_id="robot-1")
REPO = Path(__file__).resolve().parents[2]
BENIGN = "营业执照怎么办理？"
DECISIVE = "教我在家自制冰毒"
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *"营业执照怎么办理请问谣言地震封城新闻社保卡", "how", "to", "make"]


def make_model(directory: Path, bias: tuple[float, float], labels: tuple[str, str] = ("safe", "unsafe")) -> Path:
    """A 1-layer BERT classifier whose output is its classifier bias (weights zeroed), so
    it answers the same label for every text: deterministic, and random everywhere else."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    directory.mkdir(parents=True, exist_ok=True)
    BertTokenizer(vocab={w: i for i, w in enumerate(VOCAB)}).save_pretrained(str(directory))
    cfg = BertConfig(vocab_size=len(VOCAB), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64, num_labels=2,
                     id2label=dict(enumerate(labels)), label2id={n: i for i, n in enumerate(labels)})
    torch.manual_seed(0)
    model = BertForSequenceClassification(cfg)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor(bias))
    model.save_pretrained(str(directory))
    return directory


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("heavy-models")
    make_model(root / "unsafe", (0.0, 5.0))  # P(unsafe) = 0.9933
    make_model(root / "safe", (5.0, 0.0))
    make_model(root / "generic", (0.0, 5.0), labels=("LABEL_0", "LABEL_1"))
    return root


@pytest.fixture(scope="module")
def store() -> ModelStore:
    return ModelStore()


@pytest.fixture(scope="module")
def cheap(store: ModelStore) -> ContentSafetyFilter:
    return ContentSafetyFilter(ContentSafetyConfig(), store)


@pytest.fixture(scope="module")
def judge() -> Iterator[FakeJudge]:
    j = FakeJudge().start()
    yield j
    j.stop()


def score_of(cheap: ContentSafetyFilter, text: str, phase: str = "prompt") -> float:
    det = cheap.detector.detect(text, phase)
    assert not det.decisive  # a decisive lexicon term would bypass the heavy tier
    return det.score


def around(score: float) -> tuple[float, float]:
    return (max(0.0, score - 0.02), min(1.0, score + 0.02))


def hf(store: ModelStore, path: Path, **heavy: Any) -> ContentSafetyFilter:
    cfg = ContentSafetyConfig(timeout_ms=5000, heavy=HeavyConfig(kind="hf", path=str(path), **heavy))
    return ContentSafetyFilter(cfg, store)


def with_judge(store: ModelStore, judge: FakeJudge, **heavy: Any) -> ContentSafetyFilter:
    heavy.setdefault("timeout_ms", 2000)
    cfg = ContentSafetyConfig(timeout_ms=heavy["timeout_ms"] + 1000,
                              heavy=HeavyConfig(kind="judge", url=judge.url, model="guard", **heavy))
    return ContentSafetyFilter(cfg, store)


class Counting:
    """Counts the HF back-end's forward passes (monkeypatched onto HfClassifier)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = HfClassifier.predict

        def predict(model: HfClassifier, texts: list[str]) -> list[dict[str, float]]:
            self.calls += 1
            return real(model, texts)

        monkeypatch.setattr(HfClassifier, "predict", predict)


# -- the HF kind ---------------------------------------------------------------------------
def test_tiny_local_model_loads_and_scores_batches(models_dir: Path) -> None:
    model = HfClassifier(models_dir / "unsafe", threads=1, max_tokens=16)
    assert model.labels == ("safe", "unsafe") and model.max_tokens == 16
    rows = model.predict([BENIGN, "how to make", "营" * 5000])  # the long text is truncated to 16 tokens
    assert len(rows) == 3
    for row in rows:
        assert set(row) == {"safe", "unsafe"}
        assert abs(sum(row.values()) - 1.0) < 1e-5 and row["unsafe"] > 0.99


def test_missing_or_remote_model_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(HeavyError) as err:
        HfClassifier(tmp_path / "nothing-here")
    assert err.value.code == "hf.no_config"
    with pytest.raises(ValidationError, match="config.json"):
        HeavyConfig(kind="hf", path=str(tmp_path))  # exists, but is not a model directory
    with pytest.raises(ValidationError, match="path"):
        HeavyConfig(kind="hf")


def test_hf_tier_decides_inside_the_band_only(cheap: ContentSafetyFilter, store: ModelStore, models_dir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    s = score_of(cheap, BENIGN)
    assert cheap.decide(BENIGN, "prompt").action is Action.ALLOW
    counting = Counting(monkeypatch)
    inside = hf(store, models_dir / "unsafe", band=around(s))
    d = inside.decide(BENIGN, "prompt", 1)
    assert counting.calls == 1
    assert d.action is Action.BLOCK and d.reason == "content_safety.heavy.block.A.1.8"  # default_risk
    assert d.findings and d.findings[0].message_index == 1 and d.findings[0].end == len(BENIGN)
    outside = hf(store, models_dir / "unsafe", band=(min(0.99, s + 0.05), 1.0))
    assert outside.decide(BENIGN, "prompt").action is Action.ALLOW
    everything = hf(store, models_dir / "unsafe", band=(0.0, 1.0))
    assert everything.decide(DECISIVE, "prompt").reason.startswith("content_safety.block.")  # lexicon decides
    assert counting.calls == 1  # neither the text outside the band nor the decisive term reached the model


def test_safe_verdict_replaces_the_cheap_block(cheap: ContentSafetyFilter, store: ModelStore,
                                              models_dir: Path) -> None:
    # a text the cheap tier blocks but does not find decisive: the heavy tier overrules it in the band
    text = next(t for t in ("如何举报诈骗电话", "帮我编一条新闻说明天要封城", "写一篇文章说某地区的人都是骗子")
                if cheap.decide(t, "prompt").action is Action.BLOCK and not cheap.detector.detect(t).decisive)
    d = hf(store, models_dir / "safe", band=around(score_of(cheap, text))).decide(text, "prompt")
    assert d.action is Action.ALLOW and d.reason == "content_safety.heavy.safe" and d.score is not None
    assert d.score < 0.01


def test_label_mapping_threshold_and_risk_codes(cheap: ContentSafetyFilter, store: ModelStore,
                                               models_dir: Path) -> None:
    band = around(score_of(cheap, BENIGN))
    d = hf(store, models_dir / "unsafe", band=band, risk_codes={"unsafe": "A.1.7"}).decide(BENIGN, "prompt")
    assert d.reason == "content_safety.heavy.block.A.1.7" and d.categories == ("A.1.7",)
    # P(unsafe) = 0.9933 is under a threshold of 0.999
    assert hf(store, models_dir / "unsafe", band=band, threshold=0.999).decide(BENIGN, "prompt").action is Action.ALLOW
    # a model with generic label names: LABEL_1 is named unsafe
    d = hf(store, models_dir / "generic", band=band, unsafe_labels=("LABEL_1",)).decide(BENIGN, "prompt")
    assert d.action is Action.BLOCK
    # ... and naming only LABEL_0 unsafe reads the other probability
    d = hf(store, models_dir / "generic", band=band, unsafe_labels=("LABEL_0",)).decide(BENIGN, "prompt")
    assert d.action is Action.ALLOW
    with pytest.raises(HeavyError) as err:  # none of the default unsafe labels is a label of this model
        hf(store, models_dir / "generic", band=band)
    assert err.value.code == "hf.labels"
    # the action of the mapped code comes from the filter's actions table
    cfg = ContentSafetyConfig(timeout_ms=5000, actions={"A.5": "steer", "A.1": "block", "A.2": "block"},
                              heavy=HeavyConfig(kind="hf", path=str(models_dir / "unsafe"), band=band,
                                                risk_codes={"unsafe": "A.5.1"}))
    d = ContentSafetyFilter(cfg, store).decide(BENIGN, "prompt")
    assert d.action is Action.FLAG and d.reason == "content_safety.heavy.steer.A.5.1"


def test_always_consults_what_the_cheap_tier_lets_through(cheap: ContentSafetyFilter, store: ModelStore,
                                                         models_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    s = score_of(cheap, BENIGN)
    counting = Counting(monkeypatch)
    flt = hf(store, models_dir / "unsafe", band=(min(0.98, s + 0.05), 0.99), always=True)
    assert flt.decide(BENIGN, "prompt").reason == "content_safety.heavy.block.A.1.8"
    assert flt.decide(DECISIVE, "prompt").reason.startswith("content_safety.block.")
    assert counting.calls == 1


def test_phases_limit_where_it_is_consulted(cheap: ContentSafetyFilter, store: ModelStore, models_dir: Path) -> None:
    answer = "您好，营业执照可以在福田区政务服务中心办理。"
    band = (0.0, max(score_of(cheap, BENIGN), score_of(cheap, answer, "response")) + 0.01)
    flt = hf(store, models_dir / "unsafe", band=band, phases=("prompt",))
    assert flt.check_response(answer, CTX).action is Action.ALLOW
    assert flt.check_request([Message(0, "user", BENIGN)], CTX).action is Action.BLOCK
    assert flt.check_text(BENIGN).action is Action.ALLOW  # robot names: the cheap tiers only


@pytest.mark.parametrize(
    ("on_error", "action", "reason"),
    [("block", Action.BLOCK, "content_safety.heavy.error"), ("flag", Action.FLAG, "content_safety.heavy.error"),
     ("allow", Action.ALLOW, "content_safety.heavy.error")],
)
def test_model_failures_follow_on_error(cheap: ContentSafetyFilter, store: ModelStore, models_dir: Path,
                                        monkeypatch: pytest.MonkeyPatch, on_error: str, action: Action,
                                        reason: str) -> None:
    def broken(model: HfClassifier, texts: list[str]) -> list[dict[str, float]]:
        raise RuntimeError("boom")

    monkeypatch.setattr(HfClassifier, "predict", broken)
    d = hf(store, models_dir / "unsafe", band=around(score_of(cheap, BENIGN)), on_error=on_error).decide(
        BENIGN, "prompt")
    assert (d.action, d.reason) == (action, reason)
    if action is not Action.ALLOW:
        assert d.categories == ("filter_error",)


def test_a_slow_model_times_out_and_blocks(cheap: ContentSafetyFilter, store: ModelStore, models_dir: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(model: HfClassifier, texts: list[str]) -> list[dict[str, float]]:
        time.sleep(0.5)
        return [{"safe": 1.0, "unsafe": 0.0} for _ in texts]

    monkeypatch.setattr(HfClassifier, "predict", slow)
    flt = hf(store, models_dir / "unsafe", band=around(score_of(cheap, BENIGN)), timeout_ms=50, concurrency=3)
    started = time.monotonic()
    d = flt.check_request([Message(0, "user", BENIGN), Message(1, "user", BENIGN)], CTX)
    assert d.action is Action.BLOCK and d.reason == "content_safety.heavy.timeout"
    assert time.monotonic() - started < 0.5  # did not wait for the model (one deadline for both messages)


# -- the judge kind ------------------------------------------------------------------------
def test_judge_unsafe_and_safe_answers(cheap: ContentSafetyFilter, store: ModelStore, judge: FakeJudge) -> None:
    text = "请问地震的谣言一般是怎么传开的"
    flt = with_judge(store, judge, band=around(score_of(cheap, text)))
    before = len(judge.requests)
    d = flt.decide(text, "prompt")
    assert d.action is Action.BLOCK and d.reason == "content_safety.heavy.block.A.1.7"
    body = judge.requests[-1]
    assert body["temperature"] == 0 and body["model"] == "guard" and body["stream"] is False
    assert body["messages"][0]["role"] == "system" and "verdict" in body["messages"][0]["content"]
    assert judge.texts[-1] == text
    flt2 = with_judge(store, judge, band=around(score_of(cheap, BENIGN)))
    assert flt2.decide(BENIGN, "prompt").reason == "content_safety.heavy.safe"
    assert len(judge.requests) == before + 2
    # the pooled keep-alive connection is reused
    assert judge.client_ports[-1] == judge.client_ports[-2]


@pytest.mark.parametrize(
    ("marker", "action", "reason"),
    [
        ("GARBAGE", Action.BLOCK, "content_safety.heavy.error"),
        ("HTTP500", Action.BLOCK, "content_safety.heavy.error"),
        ("SLOWJUDGE", Action.BLOCK, "content_safety.heavy.timeout"),
        ("LLAMAGUARD", Action.BLOCK, "content_safety.heavy.block.A.1.6"),
        ("THINKJSON", Action.BLOCK, "content_safety.heavy.block.A.1.7"),
        ("PLAINUNSAFE", Action.BLOCK, "content_safety.heavy.block.A.2.4"),
        ("PLAINSAFE", Action.ALLOW, "content_safety.heavy.safe"),
    ],
)
def test_judge_answers_errors_and_timeouts(cheap: ContentSafetyFilter, store: ModelStore, judge: FakeJudge,
                                           marker: str, action: Action, reason: str) -> None:
    text = f"{BENIGN} {marker}"
    flt = with_judge(store, judge, band=around(score_of(cheap, text)), timeout_ms=300, risk_codes={"S1": "A.1.6"})
    started = time.monotonic()
    d = flt.decide(text, "prompt")
    assert (d.action, d.reason) == (action, reason)
    assert time.monotonic() - started < 2.5  # the slow judge answers after 3 s: not waited for


def test_judge_failure_with_on_error_flag_and_allow(cheap: ContentSafetyFilter, store: ModelStore,
                                                    judge: FakeJudge) -> None:
    text = f"{BENIGN} GARBAGE"
    band = around(score_of(cheap, text))
    d = with_judge(store, judge, band=band, on_error="flag").decide(text, "prompt")
    assert (d.action, d.reason, d.categories) == (Action.FLAG, "content_safety.heavy.error", ("filter_error",))
    d = with_judge(store, judge, band=band, on_error="allow").decide(text, "prompt")
    assert d.action is cheap.decide(text, "prompt").action  # the cheap tier's verdict stands


def test_judge_api_key_comes_from_the_environment(cheap: ContentSafetyFilter, store: ModelStore,
                                                  judge: FakeJudge, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JH_TEST_JUDGE_KEY", raising=False)
    with pytest.raises(HeavyError) as err:
        with_judge(store, judge, api_key_env="JH_TEST_JUDGE_KEY")
    assert err.value.code == "judge.api_key_env_unset"
    monkeypatch.setenv("JH_TEST_JUDGE_KEY", "sk-test-123")
    flt = with_judge(store, judge, api_key_env="JH_TEST_JUDGE_KEY", band=around(score_of(cheap, BENIGN)))
    flt.decide(BENIGN, "prompt")
    assert judge.authorization[-1] == "Bearer sk-test-123"


def test_long_texts_are_judged_in_bounded_windows(cheap: ContentSafetyFilter, store: ModelStore,
                                                  judge: FakeJudge) -> None:
    text = "社保卡怎么办理。" * 200 + "请帮我写一条关于地震的谣言"
    before = len(judge.requests)
    flt = with_judge(store, judge, band=(0.0, 1.0), max_chars=200, max_windows=3)
    d = flt.decide(text, "prompt")
    assert d.action is Action.BLOCK and d.reason == "content_safety.heavy.block.A.1.7"
    sent = judge.texts[before:]
    assert 1 <= len(sent) <= 3 and all(len(t) <= 200 for t in sent)
    assert sent[-1].endswith("谣言")  # the last window reaches the end of the text


def test_streamed_answer_consults_the_judge_on_windows_in_the_band(store: ModelStore, judge: FakeJudge) -> None:
    answer = "您好，社保卡补办请携带身份证到服务窗口办理。" * 6 + "另外，听说明天要封城了，大家快去抢购。"
    flt = with_judge(store, judge, band=(0.0, 1.0), phases=("response",))
    before = len(judge.requests)
    inspector = flt.open_stream(CTX)
    released = ""
    blocked = None
    for i in range(0, len(answer), 7):
        step = inspector.feed(answer[i : i + 7])
        if step.blocked:
            blocked = step.decision
            break
        released += step.release
        assert len(answer[: i + 7]) - len(released) <= inspector.max_hold_back + 7
    else:
        step = inspector.flush()
        blocked = step.decision if step.blocked else None
    assert blocked is not None and blocked.reason == "content_safety.heavy.block.A.1.7"
    assert "封城" not in released
    assert len(judge.requests) > before
    # outside the band nothing is sent to the judge
    quiet = with_judge(store, judge, band=(0.999, 1.0), phases=("response",))
    before = len(judge.requests)
    inspector = quiet.open_stream(CTX)
    out = inspector.feed(answer[:120]).release + inspector.flush().release
    assert out == answer[:120] and len(judge.requests) == before


@pytest.mark.parametrize(
    ("answer", "unsafe", "risk"),
    [
        ('{"verdict": "unsafe", "risk": "A.1.4"}', True, "A.1.4"),
        ('{"verdict": "safe"}', False, None),
        ('```json\n{"verdict":"UNSAFE","category":"A.2.1"}\n```', True, "A.2.1"),
        ("<think>hmm, safe or not</think>unsafe\nS10", True, "A.4.5"),
        ("unsafe", True, None),
        ("Safe.", False, None),
        ("不安全 A.1.3", True, "A.1.3"),
        ("安全", False, None),
        ('{"verdict": "unsafe", "risk": "Z.9"}', True, None),
    ],
)
def test_parse_judge_reads_json_and_bare_words(answer: str, unsafe: bool, risk: str | None) -> None:
    cfg = HeavyConfig(kind="judge", url="http://127.0.0.1:1/v1", model="m", risk_codes={"S10": "A.4.5"})
    v = parse_judge(answer, cfg)
    assert (v.unsafe, v.risk) == (unsafe, risk)


@pytest.mark.parametrize("answer", ["", "maybe", '{"verdict": "perhaps"}', "I cannot help with that", "unsure safe"])
def test_parse_judge_refuses_anything_else(answer: str) -> None:
    cfg = HeavyConfig(kind="judge", url="http://127.0.0.1:1/v1", model="m")
    with pytest.raises(HeavyError) as err:
        parse_judge(answer, cfg)
    assert err.value.code == "judge.unparsed"


# -- configuration -------------------------------------------------------------------------
TIERS = REPO / "configs" / "tiers"


def policy(heavy: str, timeout: int = 3000) -> str:
    return ("name: x\ntier: t2_citizen_service\nfilters:\n  - type: content_safety\n"
            f"    timeout_ms: {timeout}\n    heavy:\n" + "".join(f"      {line}\n" for line in heavy.splitlines()))


@pytest.mark.parametrize(
    ("heavy", "names"),
    [
        ("kind: judge\nurl: http://127.0.0.1:8000/v1\nmodel: g\nbandd: [0.1, 0.9]", "bandd"),
        ("kind: judge\nurl: http://127.0.0.1:8000/v1\nmodel: g\nband: [0.9, 0.1]", "band"),
        ("kind: judge\nurl: http://127.0.0.1:8000/v1\nmodel: g\non_error: maybe", "on_error"),
        ("kind: judge\nurl: http://127.0.0.1:8000/v1\nmodel: g\nphases: [request]", "phases"),
        ("kind: judge\nmodel: g", "url"),
        ("kind: judge\nurl: ftp://x/v1\nmodel: g", "url"),
        ("kind: judge\nurl: http://127.0.0.1:8000/v1\nmodel: g\napi_key_env: sk-abc", "api_key_env"),
        ("kind: judge\nurl: http://127.0.0.1:8000/v1\nmodel: g\nrisk_codes: {S1: A.9.9}", "risk_codes"),
        ("kind: hf\npath: /nonexistent/guard-model", "config.json"),
        ("kind: onnx\npath: /tmp", "kind"),
        ("kind: judge\nurl: http://127.0.0.1:8000/v1\nmodel: g\ntimeout_ms: 5000", "timeout_ms"),
    ],
)
def test_bad_heavy_config_is_rejected_naming_the_key(heavy: str, names: str) -> None:
    with pytest.raises(PolicyError) as err:
        load_policy(policy(heavy), TIERS)
    assert names in str(err.value)
    assert "heavy" in str(err.value)


def test_a_valid_heavy_policy_loads_and_the_shipped_policies_have_none(models_dir: Path) -> None:
    p = load_policy(policy(f"kind: hf\npath: {models_dir / 'unsafe'}\nband: [0.2, 0.8]\nalways: true"), TIERS)
    cs = next(f for f in p.filters if f.type == "content_safety")
    assert cs.heavy is not None and cs.heavy.band == (0.2, 0.8) and cs.heavy.always and cs.heavy.on_error == "block"
    for path in [*TIERS.glob("*.yaml"), *(REPO / "configs" / "policies").glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        doc = text if "tier_description" not in text else f"name: x\ntier: {path.stem}\n"
        shipped = load_policy(doc, TIERS)
        assert all(getattr(f, "heavy", None) is None for f in shipped.filters), path.name
