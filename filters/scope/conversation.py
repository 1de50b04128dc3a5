"""Conversational turns and follow-ups: never refused, or read with the previous turn.

``is_conversational`` recognizes turns made only of greetings, thanks, acknowledgements,
goodbyes, questions about the robot itself ("你能做什么", "what can you do") and requests
for clarification ("什么意思？", "能再说一遍吗", "你刚才说的冷静期是什么意思"). The text is
normalized; the phrases are removed and the turn is conversational when nothing but
particles and punctuation remains.

``is_follow_up`` recognizes a short elliptic or anaphoric turn ("那需要带什么材料？",
"要多久呢", "网上能办吗", "and how long does it take?") that only makes sense with the
previous user turn; the classifier then reads the two together for the topic (the act
rules still read the current turn alone).
"""

from __future__ import annotations

import re

__all__ = ["is_conversational", "is_follow_up", "is_generic_follow_up"]

_PHRASES_ZH = (
    r"你好|您好|你们好|哈喽|哈啰|嗨|喂|在吗|在不在|有人吗|早上好|上午好|中午好|下午好|晚上好|早安|晚安|"
    r"(?:老师|各位|大家|师傅|同志|工作人员|客服|小助手|机器人)(?:您|你)?好|"
    r"(?:谢谢|感谢|多谢)(?:你|您)?(?:的|们的)?(?:耐心|详细)?(?:解答|帮助|帮忙|回答|指导|指点|介绍|答复)|"
    r"谢谢你?|谢谢您|谢啦|谢了|多谢|(?:太|非常|十分|万分)?感谢(?:你|您)?(?:了)?|感谢感谢|"
    r"辛苦(?:了|啦|你了)?|麻烦(?:你|您)了|"
    r"太好了|很有帮助|帮(?:了)?大忙(?:了)?|"
    r"不好意思|抱歉|对不起|没听清(?:楚)?|听不清(?:楚)?|没看清(?:楚)?|"
    r"好的|好嘞|好吧|好滴|行吧|行|嗯嗯?|哦哦?|噢|ok|okay|收到|明白(?:了)?|知道了|懂了|了解(?:了)?|可以|没问题|"
    r"再见|拜拜|回头见|下次见|"
    r"你是谁|你叫什么(?:名字)?|你是(?:机器人|真人|ai|人工智能)(?:吗|还是真人)?|"
    r"你(?:能|可以|会)(?:帮(?:我|您)|为(?:我|您))?(?:做|干|办|查|问|咨询|回答)?(?:些)?(?:什么|啥|嘛|哪些事|哪些)|你(?:都)?能(?:回答|解答)(?:哪些|什么)(?:问题)?|"
    r"你是干(?:什么|啥|嘛)的|你能干嘛|能干嘛|"
    r"(?:这是)?什么意思|啥意思|没(?:看|听)(?:懂|明白|清楚)|不(?:太)?(?:懂|明白)|"
    r"(?:能|可以)?(?:再)?(?:说|讲)(?:一遍|一次|详细(?:一)?点|清楚(?:一)?点|简单(?:一)?点|慢(?:一)?点)|"
    r"(?:能|可以)?(?:不能)?(?:说|讲)得?(?:详细|具体|简单|清楚|慢)(?:一)?点|"
    r"你(?:刚才|上面|前面)说的.{0,12}?(?:是)?什么意思"
)
_PHRASES_EN = (
    # longer alternatives first: the regex takes the first alternative that matches
    r"thank(?:s| you)(?: so much| very much)? for (?:your|the) (?:help|answer|information|info|time|patience|"
    r"explanation)|"
    r"hello|hi|hey|hi there|good (?:morning|afternoon|evening)|anyone there|"
    r"thanks(?: a lot)?|thank you(?: very much| so much)?|ok|okay|got it|i see|great|sure|"
    r"bye|goodbye|see you|"
    r"who are you|what can you (?:do|help (?:me )?with)|what do you do|are you a (?:robot|bot|human)|"
    r"what do you mean|pardon(?: me)?|sorry\??|excuse me|"
    r"(?:could|can|would) you (?:please )?(?:repeat|explain|say)(?: that| it| this)?"
    r"(?: again| more simply| slowly| once more)?|"
    r"(?:please )?(?:say|repeat) (?:that|it) again|come again|repeat (?:that|please)|"
    r"i (?:don't|do not|didn't|did not) (?:understand|get it|get that|catch that)|thank(?:s| you) again|"
    r"(?:i )?appreciate (?:it|your help)|(?:that's|that is|very) helpful|that helps"
)
_PHRASE_RE = re.compile(rf"(?:{_PHRASES_EN}|{_PHRASES_ZH})")
_FILLER_RE = re.compile(r"[\s,.!?;:~'\"()呀啊啦吧呢哈嘛哦噢呐哇了的吗，。！？、…]+")

_FOLLOW_ZH = re.compile(
    r"^(?:那|那么|那这|那个|这个|还有|另外|还要|还需要|然后)|呢[?]?$|"
    r"^(?:要|需要|需不需要|要不要|用不用|得)?(?:带|交|准备)?(?:什么|哪些|啥)(?:材料|资料|证件|东西)|"
    r"^(?:要|需要)?(?:多久|多长时间|几天|多少钱|多少|收费|预约|排多久)|"
    r"^(?:网上|线上|手机上|一个人|本人|自己)(?:能|可以)?|能领多少|几天能|利率多少|(?:收费|能办|行不行|可以吗|要钱)吗?[?]?$"
)
_FOLLOW_EN = re.compile(r"^(?:and|what about|how about|then|also|so)\b|^(?:how long|how much|is it)\b")

# A follow-up that asks only the generic questions of any errand (materials, time, cost,
# where, online): without an earlier turn it is a request for clarification, not a topic.
_GENERIC_ZH = re.compile(
    r"(?:那|那么|那这个|那个|这个|还有|另外|然后)?(?:我|我们)?(?:还)?(?:要|需要|得|该)?(?:带|交|准备|提供|上传)?"
    r"(?:(?:什么|哪些|啥)(?:材料|资料|证件|东西|手续)|多久|多长时间|几天|要几天|多少钱|收费|要钱|要交钱|"
    r"(?:在|去)哪(?:里|儿)?(?:办|交|弄)?|怎么(?:办|弄|办理|申请)|网上(?:能|可以)?办|(?:能|可以)网上办|能办|"
    r"一个人(?:能|可以)?办|本人(?:要)?去|要预约|(?:需不需要|要不要|用不用)(?:预约|本人去|排队))"
    r"(?:理|了)?(?:吗|呢|啊|呀)?"
)
_GENERIC_EN = re.compile(
    r"(?:and|so|then|ok|okay)?\s*(?:how long (?:does it|will it|would it) take|how much (?:does it cost|is it)|"
    r"what (?:documents|papers|materials) do i need|can i do (?:it|this|that) online|where do i (?:go|apply)|"
    r"do i need (?:an appointment|to book))"
)


def _strip(text: str) -> str:
    return _FILLER_RE.sub("", text)


# A question about the robot's own previous answer ("你说的封存是啥意思", "什么叫经营范围？你刚才
# 说的我没听懂", "what do you mean by hukou"): clarification, whatever term it names.
_REFERS_BACK = re.compile(r"(?:你|您)(?:刚才|刚刚|上面|前面|之前)?(?:说|讲|提到|回答)的|what (?:do|did) you mean\b|"
                          r"\byou (?:just )?(?:said|mentioned)\b")
_CLARIFY_CUE = re.compile(r"意思|没听懂|没懂|不懂|不明白|解释|是指|指的是|指什么|什么叫|啥叫|是啥|是什么|"
                          r"\bmean\b|\bexplain\b|\bunderstand\b|\bwhat is\b")


def is_conversational(norm: str) -> bool:
    """True when the normalized turn is only greetings, thanks, meta or clarification."""
    if not norm.strip():
        return True
    if len(norm) > 40:
        return False
    if _REFERS_BACK.search(norm) and _CLARIFY_CUE.search(norm):
        return True
    rest = _PHRASE_RE.sub(" ", norm)
    return not _strip(rest)


def is_follow_up(norm: str) -> bool:
    """A short elliptic/anaphoric turn that needs the previous user turn to be understood."""
    core = _strip(norm)
    if norm.isascii():
        words = norm.split()
        return 0 < len(words) <= 9 and bool(_FOLLOW_EN.search(norm.strip()))
    return 0 < len(core) <= 12 and bool(_FOLLOW_ZH.search(norm.strip()))


def is_generic_follow_up(norm: str) -> bool:
    """A follow-up made only of the generic questions of any errand ("那需要什么材料？",
    "要多久", "how long does it take?"): with no earlier turn, a request for clarification."""
    core = _FILLER_RE.sub("", norm) if not norm.isascii() else norm.strip().rstrip("?!. ")
    if not core:
        return False
    return bool((_GENERIC_EN if norm.isascii() else _GENERIC_ZH).fullmatch(core))
