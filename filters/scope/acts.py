"""Act rules: requests to PERFORM an act beyond a robot's authority (what is asked).

A service robot may explain how approval, payment or signing works, but it may not
approve, pay or sign. The rules here tell the two apart on the normalized text
(``filters.normalize``: case-folded, traditional -> simplified, full-width -> ASCII):
an act verb counts only when the request is addressed to the robot as the agent
("帮我/给我/替我/你直接/能不能… 批了", "把我的申请批了", "approve my …", "pay it for me"),
and a clause that asks *about* the process ("审批要多久", "在哪盖章", "how long does
approval take") does not count. Every act has Chinese and English patterns, so an English
request against a Chinese profile is judged the same way.

Acts (``Authority`` switches them per robot):

* ``approve_decide``: approve, pass, grant, decide or certify an application or eligibility;
  release a loan or a reimbursement, assign a school place, alter a score or record, or
  guarantee an outcome ("给句准话", "you guarantee my kid gets a seat"), or grant a favour
  at discretion (waive, exempt, "通融一下", "催一下审核", "process it now");
* ``sign_seal``: sign, stamp, seal, issue a certificate;
* ``pay_transfer``: pay, transfer or advance money;
* ``act_on_behalf``: submit, fill in, log in, book, collect or withdraw on the citizen's behalf,
  or contact staff for them ("帮我跟窗口打个招呼", "call them for me");
* ``legal_judgment``: a binding legal conclusion (will I win, how will the court rule);
* ``medical_judgment``: diagnosis, prescription, medication;
* ``direct_robot``: tell, order or instruct another robot or system.

Cost: a handful of compiled regexes over a text of a few hundred characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ACTS", "ActHit", "detect_acts"]

ACTS = (
    "approve_decide",
    "sign_seal",
    "pay_transfer",
    "act_on_behalf",
    "legal_judgment",
    "medical_judgment",
    "direct_robot",
)

# The robot addressed as the one who acts.
_AGENT = (r"(?:帮我|帮忙|帮咱|给我|给咱|替我|为我|代我|你(?:就|直接|来|去|先|赶紧|马上|帮|给|替|把|们直接)"
          r"|直接|马上|立刻|立即|赶紧|麻烦你|请你|能不能|可不可以|能否|可否|你能|你可以)")
_ME = r"(?:我|我们|咱|咱们|我家)"

_ZH: dict[str, tuple[str, ...]] = {
    "approve_decide": (
        _AGENT + r".{0,14}?(?:批(?:了|准|下来|下|掉|一下|个|吧)|审批(?:通过|了|掉|下来)|核准|准予|放行)",
        _AGENT + r".{0,14}?(?:审核|审批)?通过(?:了|吧|一下|审核|审批|认定|申请|$|[,.!?;])",
        _AGENT + r".{0,14}?(?:同意|批准)(?:了|一下)?(?:我|我们)?的?(?:申请|请求)",
        r"把" + r".{0,14}?(?:批了|批下来|批掉|审批了|通过了|核准了)",
        _AGENT + r".{0,8}?(?:认定|判定|裁定|决定)",
        _AGENT + r".{0,8}?(?:认定|判定|决定|确定|确认)(?:一下)?" + _ME + r"?.{0,12}?(?:符合|属于|是|能|可以|不能|合格|有资格|无效|有效)",
        _AGENT + r".{0,8}?(?:开|走)(?:个|一下)?绿色通道",
        r"(?:排到|插到|安排到)(?:最)?前面",
        r"(?:说|告诉我|保证)" + _ME + r"?(?:肯定|一定|绝对)(?:符合|能|可以|合格|通过|拿到)",
        r"给(?:我)?个?(?:准话|结论|确定的?说法)",
        r"给(?:我|个|我个)(?:准话|确定(?:的)?(?:答复|结论|说法|答案)|肯定(?:的)?(?:答复|结论|答案))",
        r"(?:决定|判断|确定)(?:一下)?" + _ME + r"?(?:能不能|能否|可不可以|是否)(?:拿到|领到|申请到|通过|获批)",
        _AGENT + r".{0,10}?(?:发(?:给我|下来)?|出|开)(?:个|一个|一份)?(?:证|证书|结婚证|离婚证|产权证)(?:给我)?(?:吧|了)?$",
        # release, agree, reimburse, assign, alter a record, settle it, guarantee (issue 6)
        r"(?:给我|帮我|替我|直接|马上|赶紧|立刻|先)(?:把(?:钱|款|贷款))?(?:放款|放贷|批款|拨款|发放)",
        _AGENT + r".{0,10}?(?:同意|批准)(?:了|一下)?(?:我|我们)?的?.{0,8}?(?:申请|请求)",
        _AGENT + r".{0,10}?(?:给我|帮我)?(?:报了|报销了|报掉|全报)",
        r"(?:你(?:直接|就)?|帮我|给我|替我).{0,8}?(?:分到|分配到|派到|调剂到)",
        r"(?:帮我|给我|替我|你(?:直接|就)?)(?:直接|就)?把?.{0,8}?(?:改高|改成|改为|调高|调成|加分|加点分|多算)",
        r"(?:直接|就)(?:给我|帮我)?(?:定了|定下来|拍板)",
        r"(?:保证|确保|担保|打包票)(?:我|我们|孩子|我家)?.{0,10}?(?:能|可以|一定|肯定)",
        r"给(?:我)?(?:句|个|一句)(?:准话|痛快话|实话|保证)",
        r"(?:确认|确定)(?:一下)?.{0,12}?(?:肯定|一定|绝对)(?:能|可以|会|符合)",
        # a favour at discretion: waive, exempt, bend the rules, put in a word
        _AGENT + r".{0,10}?(?:免了|免掉|给免|减免|免除|豁免|通融|开后门|走后门|特事特办|开绿灯|开个口子|催(?:一下|催|他们))",
        r"把.{0,12}?(?:改成|改为|设为|弄成|判成)(?:通过|合格|符合|批准|已通过)",
    ),
    "sign_seal": (
        _AGENT + r".{0,14}?盖(?:个|一个|上|一下|了)?(?:公|钢|印|私)?(?:章|印)",
        _AGENT + r".{0,14}?签(?:个|一下|上|了)?(?:字|名)",
        _AGENT + r".{0,14}?签(?:一下|了|掉|个)?.{0,6}?(?:协议|合同|承诺书|文件|申请|决议|表)",
        _AGENT + r".{0,14}?(?:出具|开具|签发|开)(?:个|一个|一份|张|一张)?.{0,6}?证明",
    ),
    "pay_transfer": (
        _AGENT + r".{0,14}?(?:付款|付钱|付了|付一下|支付|垫付|代缴|缴(?:一下|了)|(?<!提|递)交(?:一下|了)(?:费|钱|税|押金)?|"
        r"转账|转(?:个|点|些)?\d*(?:块|元)?钱|汇款|打钱|发红包)",
        _AGENT + r".{0,14}?(?:打|转|汇|发)(?:到|给)" + _ME + r"?(?:的)?(?:卡|账户|银行卡|支付宝|微信)",
        r"(?:费用|钱|费|税|押金|补贴|契税)(?:你|就)?(?:先|直接)?(?:帮我|替我|给我)?(?:付|交|缴|转|打)(?:了|一下|吧)",
        r"你(?:先|直接)?(?:帮我|替我)?(?:付|垫|交)(?:一下|了|吧)",
    ),
    "act_on_behalf": (
        r"(?:帮我|替我|代我|你帮我|你替我|用我的.{0,6}?)(?:去|来)?.{0,12}?(?:提交|递交|申报|填报|填写|填(?:一下|了)|登录|登陆|"
        r"注册|预约|改到|修改|撤回|撤销|领(?:了|回来|回)?|取(?:了|回来)|交材料|办理了|办了|办一下|报(?:个)?名|挂号|排号|"
        r"申请了|备案了|把.{0,8}?(?:交了|提交了|办了|改了|申请了))",
        r"用我的.{0,8}?(?:账号|账户|身份证|身份|信息).{0,12}?(?:办|申请|提交|登录|预约|报名|备案)",
        r"(?:账号|账户|密码)(?:和密码)?(?:给你|发你|告诉你).{0,12}?(?:帮我|替我|你)",
        r"你(?:替我|代我|帮我)?去(?:窗口|大厅|中心|登记处|现场)",
        r"(?:替我|代我)去",
        r"(?:直接|马上|立刻|赶紧)(?:给我|帮我)(?:办了|办结|办掉|办好|办完)",
        r"(?:帮我|替我|你)(?:去)?(?:跟|和|给|向).{1,10}?(?:说一声|说一下|打(?:个)?招呼|打(?:个)?电话|发(?:个)?消息|"
        r"发(?:个)?信息|联系一下|沟通一下|求个情)",
        r"(?:帮我|替我)把.{0,10}?(?:发给|交给|转给|递给|送给)",
        r"(?:帮我|替我|你)(?:去)?(?:打(?:个)?电话|发(?:个)?(?:消息|信息|邮件))(?:给|到)",
    ),
    "legal_judgment": (
        r"(?:能不能|会不会|能否|是否|肯定|一定|稳|有没有把握)(?:会|能)?(?:胜诉|赢|打赢|败诉|判赢)",
        r"(?:法院|法官)(?:肯定|一定|会)?(?:会)?怎么判",
        r"(?:能不能|会不会|能否|肯定|一定)(?:判|被判)(?:离|刑|几年|赔)",
        r"(?:判断|判定|确定)(?:一下)?.{0,10}?(?:能不能|会不会|是否)(?:判|胜诉|赢|离)",
    ),
    "medical_judgment": (
        r"(?:诊断|确诊)(?:一下)?",
        r"开(?:点|个|些|一些|一点)?(?:药|处方|安眠药)",
        r"(?:是不是|是什么|得了什么|什么)(?:病|癌|肿瘤|流产|心脏病|抑郁症)",
        r"(?:该|应该|要)?吃(?:什么|啥|哪种)药",
    ),
    "direct_robot": (
        r"(?:通知|告诉|让|叫|命令|指挥|安排|指示|要求|吩咐)(?:一下)?(?:你们)?.{0,10}?(?:机器人|客服|助手|ai|系统|bot)",
    ),
}

_EN_AGENT = r"(?:please|pls|can you|could you|would you|will you|just|go ahead and|you|directly|right now|now)"
_EN: dict[str, tuple[str, ...]] = {
    "approve_decide": (
        _EN_AGENT + r"\b.{0,20}?\b(?:approve|grant|pass|accept|certify|fast-?track)\b",
        r"\b(?:approve|grant|fast-?track)\b (?:my|our|this|the) (?:application|case|request|registration|subsidy)",
        r"\bdecide (?:whether|if|that) (?:i|we)\b",
        r"\b(?:give|issue) me (?:a|the) (?:yes or no|final decision|guarantee)",
        r"\b(?:guarantee|promise)\b.{0,30}?\b(?:will|gets?|can|to be)\b",
        _EN_AGENT + r"\b.{0,20}?\b(?:assign|allocate|give)\b.{0,20}?\b(?:a seat|a place|the school|a spot)\b",
        _EN_AGENT + r"\b.{0,20}?\b(?:process|expedite|waive|exempt|push (?:it|this|that|my \w+) through)\b",
        r"^(?:please |pls )?(?:approve|accept|grant|process|expedite|waive|push)\b",
        r"\b(?:make|take) the decision for (?:me|us)\b",
    ),
    "sign_seal": (
        _EN_AGENT + r"\b.{0,20}?\b(?:sign|stamp|seal)\b(?! in| up)",
        r"\b(?:issue|give) (?:me|us) (?:a|an|the) (?:certificate|proof|stamped)",
        r"^(?:please |pls )?(?:sign|stamp|seal|issue)\b",
    ),
    "pay_transfer": (
        r"\b(?:pay|transfer|wire|send|advance)\b.{0,30}?\bfor (?:me|us)\b",
        _EN_AGENT + r"\b.{0,20}?\b(?:pay|transfer|wire)\b",
        r"\b(?:transfer|send|wire|pay)\b.{0,30}?\b(?:to|into) (?:me|my)\b",
        _EN_AGENT + r"\b.{0,20}?\b(?:reimburse|refund|release the (?:money|funds|loan|payment))\b",
        r"^(?:please |pls )?(?:pay|transfer|wire|refund|reimburse)\b",
    ),
    "act_on_behalf": (
        r"\bon (?:my|our) behalf\b",
        r"\b(?:submit|fill(?: in| out)?|book|log ?in|apply|cancel|withdraw)\b.{0,40}?\bfor (?:me|us)\b",
        r"\busing my (?:account|id|password|identity)\b",
        r"\b(?:sign me up|register me|enrol+ me|book me)\b",
        r"\b(?:my|the) (?:password|login) is\b",
        r"\b(?:call|phone|contact|email|message|ask|tell) (?:them|him|her|the [\w ]{1,25}?) (?:for me|on my behalf)\b",
        r"\btell the (?:[\w]+ )?(?:team|office|department|staff|officer|reviewer|clerk)s? to\b",
        r"^(?:please |pls )?(?:submit|file|book|register|fill (?:in|out))\b.{0,30}?\b(?:my|our|for me|for us)\b",
    ),
    "legal_judgment": (
        r"\bwill (?:i|we) (?:definitely |surely )?(?:win|lose)\b",
        r"\bhow will the court (?:rule|decide)\b",
        r"\b(?:binding|definitive) legal (?:opinion|advice|judgment)\b",
    ),
    "medical_judgment": (
        r"\b(?:diagnose|prescribe)\b",
        r"\bwhat (?:disease|illness) do i have\b",
        r"\bwhat (?:medicine|medication|drug)s? should i take\b",
    ),
    "direct_robot": (
        r"\b(?:tell|instruct|order|command|ask|make) (?:the|that|another|your) (?:other )?"
        r"(?:robot|bot|ai|assistant|system|review bot)\b",
        r"\b(?:instruct|order|command)\b.{0,20}?\b(?:robot|bot|ai assistant)\b",
    ),
}

# A clause that asks about the process, not for the act.
_PROCESS_ZH = re.compile(
    r"多久|多长时间|几天|几个工作日|流程|怎么(?:办|申请|操作|弄|走|样)|如何|哪些|哪个窗口|在哪|哪里|什么(?:原因|情况|条件|材料|时候|地方)|"
    r"是否需要|需不需要|要不要|需要.{0,8}吗|是谁|谁来|原因|标准|一般|方式|还是|可以申诉|有哪些"
)
_PROCESS_EN = re.compile(
    r"\b(?:how long|how do|how does|how can|what|when|where|which|who|whether|does|do (?:i|we) need)\b"
)

_CLAUSE = re.compile(r"[^,.!?;:，。！？；：\n]+")


def _compile(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[re.Pattern[str], ...]]:
    return {act: tuple(re.compile(p) for p in pats) for act, pats in table.items()}


_ZH_RE = _compile(_ZH)
_EN_RE = _compile(_EN)


@dataclass(frozen=True, slots=True)
class ActHit:
    act: str
    start: int  # offsets into the normalized text
    end: int


def detect_acts(norm: str, acts: frozenset[str] | None = None) -> list[ActHit]:
    """Acts the (normalized) request asks the robot to perform, in text order."""
    hits: list[ActHit] = []
    wanted = ACTS if acts is None else tuple(a for a in ACTS if a in acts)
    for m in _CLAUSE.finditer(norm):
        clause = m.group(0)
        ascii_clause = clause.isascii()
        asks_process = bool(_PROCESS_EN.search(clause) if ascii_clause else _PROCESS_ZH.search(clause))
        for act in wanted:
            for table in (_EN_RE,) if ascii_clause else (_ZH_RE, _EN_RE):
                for pat in table[act]:
                    found = pat.search(clause)
                    if found is None:
                        continue
                    # Questions about the process stay in scope; a request to direct
                    # another robot or for a diagnosis is never a process question.
                    if asks_process and act not in ("direct_robot", "medical_judgment", "legal_judgment"):
                        continue
                    hits.append(ActHit(act, m.start() + found.start(), m.start() + found.end()))
                    break
                else:
                    continue
                break
    hits.sort(key=lambda h: h.start)
    return hits
