"""Phrase rules for injection, jailbreak, prompt extraction and robot commanding.

Rules run on the normalized text (simplified Chinese, half-width, case-folded; see
``filters.normalize``). Each rule has a category, a stable reason code and a weight:

* weight >= ``STRONG`` (0.85): the rule alone decides;
* lower weights need the classifier to agree (see ``detect.py``).

Written for this project from the attack families named in issue 5 (instruction
override, personas, fake developer modes, fake authority, format shifts, payload
splitting, many-shot, prompt extraction, robots commanding robots). Patterns are
linear: bounded gaps only, no nested quantifiers; the ``regex`` module runs them
with a timeout. Rules whose name ends in ``_zh`` (``_en``) are skipped for texts
without CJK (Latin) letters, so every such rule must need that script.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from filters.injection.patterns_extra import EXTRA_SPECS
from filters.injection.prefilter import NEEDS as _NEEDS
from filters.injection.prefilter import ROBOT_WORDS_EN as _ROBOT_WORDS_EN

__all__ = ["Rule", "RULES", "STRONG", "ROBOT_RULES"]

STRONG = 0.85

# Joiner between English words: spaces/punctuation (or nothing if a normalizer
# removed separators). ``G`` is a short in-sentence gap for Chinese.
J = r"[\s\W_]{0,3}"
G = r"[^。！？!?\n我]{0,8}"
G4 = r"[^。！？!?\n]{0,4}"
G12 = r"[^。！？!?\n]{0,12}"
_OTHER_ZH_FOR_CHANGE = r"(?:[^。！？!?\n]{0,6}(?:所有|其他|其它|全部|各个|每个|另外|隔壁|旁边|大厅里?的?|[0-9一二三四五六七八九十]+号))"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    category: str  # injection | jailbreak | prompt_leak | robot_command
    reason: str
    weight: float
    pattern: regex.Pattern[str]
    #: Cheap pre-check: the rule runs only if one of these substrings is present.
    needs: tuple[str, ...] = ()

    def applies(self, text: str) -> bool:
        return not self.needs or any(n in text for n in self.needs)


def _r(name: str, category: str, reason: str, weight: float, pat: str, needs: tuple[str, ...] = ()) -> Rule:
    return Rule(name, category, reason, weight, regex.compile(pat, regex.IGNORECASE | regex.VERSION0), needs)


_OVERRIDE_VERB_ZH = r"(?<!我)(?<!我们)(?:搁置|放下|先关掉|关掉|停用|暂停|收起|抛诸脑后|忽略|无视|忽视|不要理会|不用理会|别理会|别管|不要管|忘掉|忘记|忘了|抛开|抛弃|丢弃|放弃|跳过|覆盖|推翻|取消|清除|清空|删除|撤销|废除|绕过|绕开|违背|违反)"
_PRIOR_ZH = r"(?:用户的?原|你收到的|你接到的|你那套|之前|以前|此前|先前|刚才|上面|以上|上述|前面|前述|原有|原来|原先|原始|最初|所有|全部|一切|你的|你被|系统|默认|开发者|既定|预设|内置|初始|官方|安全)"
_RULE_OBJ_ZH = r"(?:原则|条条框框|框框|规矩|安全模块|安全规矩|审核|指令|指示|命令|提示词|提示语|系统提示|prompt|instruction|设定|人设|限制|约束|编程|程序设定|训练|审查|过滤|道德|伦理|安全准则|安全规则)"
_RULE_OBJ_ZH_WEAK = r"(?:问题|提问|提示|规则|设置|要求|规定|准则|守则|政策|说明|对话|任务|身份|配置)"

_OVERRIDE_VERB_EN = r"(?:ignore|disregard|forget|skip|override|overrule|bypass|neglect|abandon|discard|erase|delete|overlook|set\W?aside|put\W?aside|throw\W?out|do\W?not\W?follow|don'?t\W?follow|stop\W?following)"
_PRIOR_EN = r"(?:previous|prior|above|earlier|preceding|former|original|initial|system|foregoing|existing|old|given|default|developer|pre-?set|all|any|the|your|these|those|whatever)"
_RULE_OBJ_EN = r"(?:instructions?|directives?|prompts?|rules?|guidelines?|commands?|constraints?|restrictions?|programming|polic(?:y|ies)|guardrails?|safeguards?|filters?|limitations?|training|context|orders?|settings?|tasks?)"

RULES: tuple[Rule, ...] = (
    # ---- instruction override -------------------------------------------------
    _r("override_zh", "injection", "injection.override", 0.95,
       _OVERRIDE_VERB_ZH + G + _PRIOR_ZH + G + _RULE_OBJ_ZH),
    _r("override_zh_weak", "injection", "injection.override", 0.7,
       r"(?<!我)(?<!我们)(?:忽略|无视|忽视|不要理会|别理会|别管|不要管|忘掉|忘记|抛开|绕过|绕开|违背|违反|跳过)" + G + _PRIOR_ZH + G + _RULE_OBJ_ZH_WEAK),
    _r("override_zh_short", "injection", "injection.override", 0.7,
       _OVERRIDE_VERB_ZH + r"(?:掉|了)?(?:以上|上面|上述|之前|前面)(?:的)?(?:内容|问题|提问|话|所有)"),
    _r("override_en", "injection", "injection.override", 0.95,
       _OVERRIDE_VERB_EN + J + r"(?:(?:all|any|of|the|your|every|everything|previous|prior|above|earlier|preceding|former|original|initial|system|foregoing|existing|given|default|developer|whatever)" + J + r"){1,4}" + r"(?:\w+\W+)?" + _RULE_OBJ_EN + r"|(?:set|put)\W+aside\W+(?:whatever|all|any|the|your)\W+(?:\w+\W+){0,3}(?:guidance|instructions|rules|guidelines|directions)"),
    _r("override_en_everything", "injection", "injection.override", 0.75,
       r"(?:ignore|disregard|forget)" + J + r"(?:everything|all(?:\W+of\W+it)?|what(?:ever)?)" + J + r"(?:you(?:'ve|\W+have)?\W+(?:been\W+)?(?:told|said|instructed|given|learned)|above|before|previously|prior|so\W+far|up\W+to\W+now|that\W+came\W+before)"),
    _r("dont_follow_zh", "injection", "injection.override", 0.9,
       r"(?:不要|不用|无需|不必|别|不再|停止)(?:再)?(?:遵守|遵循|遵从|服从|理会|执行|受)" + G4 + r"(?:你的|系统|之前|原来|原有|任何|所有|开发者|官方|既定)" + G4 + r"(?:规则|限制|指令|约束|政策|准则|规定|设定|道德|伦理|安全|审查|要求)"),
    _r("no_longer_bound_en", "jailbreak", "jailbreak.unrestricted", 0.9,
       r"(?:no\W+longer|not|never)" + J + r"(?:be\W+)?(?:bound|restricted|limited|constrained|governed)" + J + r"by" + J + r"(?:any|the|your|openai|its|their|typical|usual)"),
    _r("new_instructions", "injection", "injection.override", 0.6,
       r"(?:new|updated|real|actual|true|secret|hidden|override)" + J + r"(?:system\W+)?(?:instructions?|directives?|task|orders)\W{0,3}[:：]|新的?(?:系统)?(?:指令|任务|命令|规则)(?:如下|是|为)?[:：]|最高优先级(?:的)?(?:指令|命令)|(?:对你(?:来说)?)?(?:是|为)?(?:最高|第一)优先级\s*[:：]", needs=(":", "：")),
    _r("fake_system_marker", "injection", "injection.fake_system", 0.85,
       r"<\|?im_start\|?>\s*system|<\|system\|>|\[/?(?:system|sys|inst)\]|<</?sys>>|#{2,}\s*(?:system|instruction|new instruction)s?\b|(?<![a-z][\s]*)system\s*(?:prompt|message|override)?\s*[:：]|【(?:系统|system)(?:指令|消息|通知|提示)?】|\((?:系统|system)(?:指令|消息)\)|(?<![\u4e00-\u9fff])系统(?:指令|消息|提示)\s*[:：]"),
    _r("prior_is_void", "injection", "injection.override", 0.85,
       r"(?:以上|上面|之前|前面|上述)(?:的)?(?:所有)?(?:内容|指令|规则|对话|设定)(?:都|全部|均)?(?:是|为)?(?:测试|作废|无效|不算|失效|已失效|已作废)|(?:previous|above|prior)" + J + r"(?:instructions?|rules?|text)" + J + r"(?:is|are|were)" + J + r"(?:void|invalid|cancel+ed|obsolete|a\W+test|fake|null)"),
    # ---- jailbreak personas and modes ----------------------------------------
    _r("dan", "jailbreak", "jailbreak.persona", 0.95,
       r"(?<![a-z])(?:dan|stan|dude|aim|kevin|betterdan|antigpt|anti-gpt|mongo\W?tom|ucar|evil\W?confidant|developer\W?mode\W?v2)(?![a-z])" + r"[^\n]{0,60}(?:do\W+anything\W+now|always\W+intelligent|strive\W+to\W+avoid\W+norms|no\W+(?:filters?|restrictions?|limits?|ethics|morals?)|unfiltered|amoral|jailbr|break\W+(?:free|character))|do\W+anything\W+now|现在(?:就)?(?:可以)?做任何事"),
    _r("dev_mode", "jailbreak", "jailbreak.dev_mode", 0.95,
       r"(?:进入|开启|启动|激活|切换(?:到|至|为)|打开|启用|处于|运行在|进入了|进去)" + G4 + r"(?:开发者|开发|调试|debug|维护|测试|上帝|管理员|特权|无限制|越狱|dan|root|超级|无审查|无过滤|解锁|sudo)(?:模式|状态|权限)|(?:enable|enter|activate|switch\W+(?:to|into)|turn\W+on|unlock|you\W+are\W+(?:now\W+)?in|engage)" + J + r"(?:the\W+)?(?:developer|dev|debug|god|admin|maintenance|sudo|root|jailbreak|unrestricted|unfiltered|dan|test|diagnostic)" + J + r"mode"),
    _r("unrestricted_zh", "jailbreak", "jailbreak.unrestricted", 0.9,
       r"(?:不受|没有|无|不存在|摆脱|解除|去除|去掉|取消|关闭|抛开|突破|打破|挣脱)(?:任何|一切|所有)?(?:的)?(?:限制|约束|束缚|规则|道德|伦理|法律|审查|过滤|安全|底线|枷锁|规矩|条条框框)(?:限制|约束|束缚|规则|准则|过滤|审查|机制|策略|措施)?(?:的|地)?" + G4 + r"(?:ai|人工智能|助手|模型|机器人|回答|回复|版本|模式|你|角色|身份|聊天|对话)"),
    _r("unrestricted_you_zh", "jailbreak", "jailbreak.unrestricted", 0.9,
       r"你(?:现在|从现在起|从现在开始|将|已经|已)?(?:是|成为|变成|扮演|作为)" + G12 + r"(?:不受|没有|无|摆脱了|不需要遵守|无需遵守)(?:任何|一切)?(?:限制|约束|道德|审查|规则|过滤|底线)"),
    _r("unrestricted_en", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:unrestricted|unfiltered|uncensored|unlimited|amoral|unethical|unbound|jailbroken|limitless)" + J + r"(?:ai|assistant|chatbot|model|mode|version|gpt|llm|persona|character|bot|responses?|output|answers?|replies|content)|(?:without|no|zero|free\W+(?:of|from)|beyond|ignore\W+(?:all|any))" + J + r"(?:any\W+)?(?:ethical|moral|content|safety|openai'?s?)?" + J + r"(?:restrictions?|filters?|censorship|limitations?|guidelines|rules|policies|constraints|boundaries|morals|ethics)" + J + r"(?:whatsoever|at\W+all|of\W+any\W+kind)?"),
    _r("never_refuse", "jailbreak", "jailbreak.no_refusal", 0.8,
       r"(?:永远|绝对|绝不|千万|决不|从不|不能|不可以|不得|不准|不许|不要|禁止|别)(?:不)?(?:会)?(?:拒绝|说不|说“?不能|道歉|警告|提醒|说抱歉)|(?:never|don'?t|do\W+not|must\W+not|cannot|can'?t|won'?t)" + J + r"(?:ever\W+)?(?:refuse|decline|say\W+(?:no|sorry|that\W+you\W+can'?t)|apologi[sz]e|add\W+(?:any\W+)?(?:warnings?|disclaimers?))"),
    _r("stay_in_character", "jailbreak", "jailbreak.persona", 0.7,
       r"stay\W+in\W+character|break(?:ing)?\W+character|保持(?:角色|人设|这个身份)|不(?:要|许|能)(?:跳出|脱离|打破)(?:角色|人设)"),
    _r("evil_persona", "jailbreak", "jailbreak.persona", 0.85,
       r"(?:邪恶|黑暗|坏|无道德|反派|恶意|黑化|叛逆)(?:的)?(?:ai|人工智能|助手|机器人|版本|人格|模型|双胞胎)|evil\W+(?:ai|assistant|twin|version|bot|confidant)|opposite\W+(?:mode|day|ai)|dark\W+(?:mode\W+)?(?:ai|gpt)|(?:二|两|双)(?:种)?(?:个)?(?:回答|回复)[^\n]{0,30}(?:一个|另一个)[^\n]{0,20}(?:不受|没有|无)(?:限制|过滤|审查)"),
    _r("persona_switch_en", "jailbreak", "jailbreak.persona", 0.55,
       r"(?:pretend|imagine|act\W+as\W+if|from\W+now\W+on|you\W+are\W+now|you\W+will\W+now|roleplay\W+as|role-?play\W+as)" + J + r"[^\n.]{0,60}(?:no\W+rules|any\W+question|anything|can\W+do\W+anything|without\W+limit|not\W+an?\W+ai|human\W+with\W+no)"),
    _r("role_play_harm_zh", "jailbreak", "jailbreak.persona", 0.55,
       r"(?:扮演|假装|假设你是|想象你是|你现在是|从现在开始你是|你将扮演|角色扮演)" + G12 + r"(?:黑客|罪犯|毒贩|骗子|恐怖分子|杀手|无所不能|不受|没有道德|没有限制|邪恶|反派)"),
    # ---- fake authority ------------------------------------------------------
    _r("authority_zh", "jailbreak", "jailbreak.fake_authority", 0.9,
       r"(?:我是|我们是|本人是|这里是|作为)" + G12 + r"(?:开发者|开发人员|研发|程序员|工程师|创造者|创建者|管理员|超级用户|运维|安全团队|openai|管理局|上级|领导|监护人|负责人|厂商|训练师|技术部|技术团队|运维团队|安全部门|信息中心|平台方|后台人员)" + r"[^\n]{0,30}(?:授权你|授权给你|给你授权|你已(?:被|经)?(?:获得)?(?:授权|许可)|许可你|命令你|要求你|允许你|指令|解除|关闭|测试模式|调试|审计要求|排障需要|排查需要|测试需要|合规检查|(?:最高|root|超级|特殊)权限)"),
    _r("authorized_you_zh", "jailbreak", "jailbreak.fake_authority", 0.9,
       r"你(?:已|已经|现)?(?:被|获得|得到)(?:了)?(?:特别|特殊|最高|完全|全部|管理员|开发者)?(?:授权|许可|特许)|(?:授权码|验证码|口令|权限码)[^\n]{0,6}[:：]?\s*[a-z0-9-]{4,}[^\n]{0,30}(?:解除|绕过|关闭|开启|进入|输出|忽略)|(?:你|你现在|你已|你已经)(?:拥有|获得|有了|被赋予)(?:了)?(?:最高|root|超级|管理员|开发者|特殊)权限|(?:最高|root|超级)权限(?:已|已经)?(?:开启|授予|激活|给你)"),
    _r("authority_en", "jailbreak", "jailbreak.fake_authority", 0.9,
       r"(?:(?<![a-z])(?:i\W+am|i'm|this\W+is|we\W+are)" + J + r"(?:your|the|an?|openai'?s?)?|(?<![a-z])as\W+(?:your|the|an?|openai'?s?))" + J + r"(?:\w+\W+){0,2}(?:developer|creator|admin|administrator|owner|operator|engineer|supervisor|programmer|sysadmin|root\W+user)s?" + r"[^\n]{0,60}(?:authori[sz](?:e|ing)\W+you|you\W+(?:are|have\W+been)\W+authori[sz]ed|grant(?:ing)?\W+you|permission\W+to\W+(?:ignore|bypass|skip|override|disable|drop)|override|unlock|disable|bypass|allow(?:ed)?\W+you|instruct\W+you|order\W+you|command\W+you)|you\W+(?:are|have\W+been)\W+(?:now\W+)?(?:authori[sz]ed|granted|cleared|permitted)\W+to|(?:admin|sudo|root|developer|override)\W{0,3}(?:access|privileges?|override|code|password)\W{0,3}(?:granted|enabled|accepted|[:：])"),
    # ---- format shift, translation, encodings -------------------------------
    _r("decode_and_follow", "injection", "injection.format_shift", 0.85,
       r"(?:解码|解密|翻译|译成|转换|还原|倒过来读|倒序读|拼接|拼起来|组合起来|合并起来|连起来)" + G12 + r"(?:然后|并且?|之后|后|再)" + G4 + r"(?:执行|照做|遵循|遵守|按照|照着做|按.{0,4}做)|(?:decode|decrypt|translate|reverse|unscramble|combine|concatenate|join|assemble)" + J + r"[^\n]{0,50}(?:and|then)" + J + r"(?:then\W+)?(?:execute|follow|obey|do\W+(?:it|what|as)|carry\W+out|act\W+on|perform)"),
    _r("answer_in_encoding", "jailbreak", "jailbreak.format_shift", 0.85,
       r"(?:用|以|使用)(?:base64|十六进制|hex|摩斯|凯撒|rot13|二进制|倒序|火星文|拼音首字母|拼音缩写|谐音|暗语|密文)(?:编码|格式|形式|密码)?(?:的方式)?(?:回答|输出|回复|写出)|(?:respond|answer|reply|output|write)" + J + r"(?:only\W+)?in\W+(?:base64|hex|binary|rot13|morse|leetspeak|reverse)"),
    _r("payload_split", "injection", "injection.payload_split", 0.7,
       r"(?<![a-z0-9_])[a-z]\d?\s*=\s*['\"“「][^\n]{1,80}['\"”」][^\n]{0,200}(?<![a-z0-9_])[a-z]\d?\s*=\s*['\"“「][^\n]{0,400}(?<![a-z0-9_])[a-z]\d?\s*\+\s*[a-z]\d?(?![a-z0-9_])|(?:把|将)(?:上面|前面|之前|这)?(?:几|两|三|四|所有)?(?:句|段|部分|条|个片段|个词)(?:话|内容|消息)?(?:拼|连|合|组合|串)(?:接|起来|在一起|成)|(?:合起来|拼起来|组合起来|连起来|合并起来|串起来)(?:后|以后|之后)?(?:执行|照做|发送|去做|做)", needs=("=", "拼", "连", "合", "串")),
    _r("prior_void_zh2", "injection", "injection.override", 0.9,
       r"(?:你的|你收到的|给你的|你被设定的|系统给你的)" + G12 + r"(?:设定|限制|规则|条款|指令|约束|提示词|安全策略|命令|指示|要求|规矩|条条框框|原则)(?:已经|已|现已|全部|均|都|已全部|统统|一律|一概|全都)*(?:失效|作废|撤销|取消|解除|无效|不再有效|不再适用|被删除|被覆盖)"
       r"|(?:之前|此前|先前|原来|原有|原始|以上|上述)" + G12 + r"(?:设定|指令|提示词|安全策略|指示|命令)(?:已经|已|现已|全部|均|都|已全部|统统|一律|一概|全都)*(?:失效|作废|撤销|取消|解除|无效|不再有效|不再适用|被删除|被覆盖)"),
    _r("obey_only_me", "injection", "injection.override", 0.85,
       r"(?:只|唯一|仅)(?:需要|要|能|必须)?(?:服从|听从|听命于|遵从|遵守|执行|听)(?:的是|的就是|的只有)?(?:我|用户)(?:的)?(?:命令|指令|要求|话)?|(?:obey|follow|listen\W+to)\W+only\W+(?:me|my\W+(?:instructions|commands|orders))|only\W+(?:obey|follow)\W+(?:me|my)"),
    _r("hijack_zh", "injection", "injection.override", 0.95,
       r"(?:(?:忽略|无视|跳过|不要理会|不用管)(?:该|此|这个|本|以上|上述|上面|前面|之前)?(?:的)?(?:问题|提问|题目)|(?:不要回答|不用回答|不必回答|无需回答|别回答)(?:该|此|这个|本|以上|上述|上面|前面|之前)?(?:的)?(?:问题|提问|题目)?)[^\n]{0,6}(?:直接|只|仅|改成|改为|而是|换成)[^\n]{0,8}(?:输出|说|回复|回答|打印|写|复述)"),
    _r("hijack_en", "injection", "injection.override", 0.9,
       r"(?:ignor(?:e|ing)|disregard|skip|never\W+mind|don'?t\W+(?:rush\W+to\W+)?answer|do\W+not\W+(?:rush\W+to\W+)?answer|no\W+need\W+to\W+answer)\W+(?:\w+\W+){0,3}(?:question|questions|query|request|reminder|instructions?|prompt|that|this|it)[^\n]{0,40}(?:just|only|instead|simply|directly)\W+(?:\w+\W+)?(?:say|print|output|reply|respond|write|repeat|type|answer|go\W+straight)"),
    _r("void_test_en", "injection", "injection.override", 0.85,
       r"(?:everything|all|the\W+(?:rules?|instructions?|text))\W+(?:before|above)\W+(?:this\W+(?:line|point|message)\W+)?(?:was|were|is|are)\W+(?:just\W+|only\W+)?(?:a\W+)?(?:test|joke|fake|void|irrelevant|cancel+ed)|your\W+(?:real|actual|true|new)\W+(?:job|task|instructions?|purpose|goal|mission)\W{0,3}(?:is|:)"),
    _r("session_unrestricted_zh", "jailbreak", "jailbreak.fake_authority", 0.9,
       r"(?:本次|这次|此次|当前|接下来的?)(?:对话|会话|聊天|回答|测试)(?:中)?(?:不受|无需|不需要|免于|跳过|取消)(?:任何)?(?:内容)?(?:的)?(?:审核|审查|限制|过滤|约束|安全检查)"),
    _r("mode_on_en", "jailbreak", "jailbreak.dev_mode", 0.9,
       r"(?:enter(?:ing)?|enable[ds]?|activat(?:e|ed|ing)|switch(?:ing|ed)?\W+(?:to|into)|turn(?:ed|ing)?\W+on|unlock(?:ed|ing)?|now\W+in|engag(?:e|ed|ing))\W+(?:[a-z]+\W+){0,3}(?:override|developer|debug|god|admin|sudo|root|jailbreak|unrestricted|unfiltered|dan|maintenance|diagnostic)\W+mode|(?:override|developer|debug|god|admin|sudo|root|jailbreak|unrestricted|unfiltered|dan|maintenance)\W+mode\W+(?:is\W+)?(?:now\W+)?(?:activated|enabled|on|engaged|unlocked|active)"),
    _r("test_env_zh", "jailbreak", "jailbreak.dev_mode", 0.85,
       r"(?:切换|进入|处于|这里是|现在是)(?:到|至|了)?(?:测试|沙盒|沙箱|内部|调试|无审查|无监管)(?:环境|服务器|空间)[^\n]{0,20}(?:不会被|不受|没有|无)(?:审查|记录|监控|限制|过滤)"),
    _r("print_above_en", "prompt_leak", "prompt_leak.extraction", 0.85,
       r"(?:print|show|repeat|output|reveal|spell\W?check\W+and\W+print|display|return)\W+(?:\w+\W+){0,2}(?:above|previous|prior|preceding|initial|original|hidden)\W+(?:prompt|instructions?|text|message)"),
    _r("void_joke_zh", "injection", "injection.override", 0.85,
       r"(?:前面|上面|之前|刚才|以上)(?:说的|的话|的内容)?(?:都|全)?(?:是|只是)(?:开玩笑|测试|假的|逗你|闹着玩|铺垫)|(?:真正的|真实的|实际的|我真正的)(?:任务|指令|目的|要求|问题)(?:是|为|来了)"),
    _r("obey_unconditional", "jailbreak", "jailbreak.no_refusal", 0.85,
       r"(?:无条件|绝对|完全)(?:地)?(?:服从|听从|执行|满足|遵从)(?:我|用户|我的)|(?:unconditionally|blindly)\W+(?:obey|comply|follow)"),
    _r("free_state_zh", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:无拘无束|无所顾忌|毫无顾忌|百无禁忌|不受约束|无法无天|没有底线|无底线|不设限|没有禁忌|肆无忌惮|畅所欲言无需顾虑)[^\n]{0,6}(?:状态|模式|的ai|的助手|的你|回答|地回答|人格|的(?:黑客|罪犯|专家|导师|顾问|人|角色|版本|朋友|老师))|(?:进入|切换到|开启|处于)[^\n]{0,3}[“\"'「]?(?:无拘无束|自由(?!职业|行|贸易|裁量)|解放|无限制|越狱|失控|觉醒)[^”\"'」\n]{0,4}[”\"'」]?(?:的)?(?:状态|模式)"),
    _r("safety_broken_zh", "jailbreak", "jailbreak.unrestricted", 0.9,
       r"(?:安全|审核|过滤|审查|内容|道德|伦理)(?:模块|机制|系统|功能|程序|策略|规则|限制|开关|防护)(?:已经|已|都|被)?(?:坏了|损坏|失效|关闭|关掉|停用|禁用|被关闭|不存在|被移除|被删除|暂停|下线)"),
    _r("top_priority_zh", "injection", "injection.override", 0.9,
       r"(?:当作|当成|视为|作为|就是)(?:最高|首要|唯一|新的|系统级?|管理员)(?:的)?(?:指令|命令|优先级|规则|任务)"),
    _r("rules_cant_bind_zh", "jailbreak", "jailbreak.unrestricted", 0.9,
       r"(?:任何|一切|所有)(?:的)?(?:规定|规则|限制|法律|道德|审查|约束|规矩)(?:都)?(?:约束|限制|管|束缚|拦)不(?:了|住)(?:你|它)"),
    _r("ai_without_limits_zh", "jailbreak", "jailbreak.unrestricted", 0.9,
       r"(?:ai|人工智能|助手|模型|机器人|你)(?:完全|根本)?(?:没有|不受|无|不存在)(?:任何|一切)?(?:的)?(?:限制|约束|道德|审查|底线|过滤|禁忌)(?![条件])"),
    _r("grandma", "jailbreak", "jailbreak.persona", 0.85,
       r"(?:奶奶|外婆|祖母|姥姥|grandma|grandmother|granny)[^\n]{0,40}(?:哄我睡|睡前|入睡|睡觉|bedtime|to\W+sleep|fall\W+asleep)|(?:奶奶|外婆|grandma|grandmother)[^\n]{0,30}(?:激活码|序列号|密钥|配方|制作|步骤|activation\W+key|license\W+key|recipe|serial)"),
    _r("received_zh", "prompt_leak", "prompt_leak.extraction", 0.9,
       r"(?:你|您)(?:在)?(?:开头|最开始|一开始|最初|对话开始前|对话前|事先|提前|系统里)(?:就)?(?:收到|接到|被告知|被给予|被设定|被输入|被要求|得到)|(?:把|将)?(?:你|您)收到的(?:完整|全部|所有|原始)?(?:的)?(?:提示|指令|内容|设定|那段话)[^\n]{0,8}(?:原文|全文|发|贴|输出|复述|告诉|写)"),
    _r("robot_reprogram_zh", "robot_command", "robot_command.design_robot", 0.95,
       r"(?:改造|重新编程|篡改|重写|改写|植入|刷机|操控|黑进|入侵|控制住|接管)[^。！？!?\n]{0,10}(?:机器人|数字人|数字员工|智能体|智能客服|导办员)"),
    _r("disable_safety_en", "jailbreak", "jailbreak.unrestricted", 0.9,
       r"(?:switch\W+off|turn\W+off|disable|deactivate|suspend|lift|remove|drop|bypass|circumvent)" + J + r"(?:your|all\W+(?:of\W+)?your|its)\W+(?:\w+\W+)?(?:content\W+)?(?:polic(?:y|ies)|filters?|guardrails?|restrictions?|rules|guidelines|safeguards|safety|moderation|ethics|limitations)|(?:safety|content|moderation|ethics?|ethical|filter)\W+(?:layer|filters?|module|protocols?|system|checks?|guardrails?)\W+(?:is\W+|are\W+|has\W+been\W+|have\W+been\W+)?(?:now\W+)?(?:disabled|off|removed|deactivated|bypassed|suspended|offline)"),
    _r("broke_free_en", "jailbreak", "jailbreak.persona", 0.9,
       r"(?:broken|break|broke|breaking|freed|escaped|liberated)\W+(?:out\W+of|free\W+(?:of|from)|from|loose\W+from)\W+(?:all\W+)?(?:its|your|the|their|typical|openai'?s?)?\W*(?:rules|restrictions|constraints|chains|limits|programming|guidelines|shackles|confines)"),
    _r("initialized_with_en", "prompt_leak", "prompt_leak.extraction", 0.9,
       r"(?:text|words|instructions?|prompt|message|everything|what)\W+you\W+(?:were|have\W+been|'ve\W+been)\W+(?:initiali[sz]ed|given|told|instructed|configured|programmed|prompted|provided|fed)\W+(?:with|before|at\W+the\W+start|earlier|initially)|what\W+were\W+you\W+(?:told|given|instructed)\W+(?:before|at\W+the\W+(?:start|beginning))"),
    _r("rules_off_zh", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:你的|你脑子里的?|你那套|你身上的|系统的|你的那些)" + G12 + r"(?:安全规矩|规矩|限制|规则|审查|过滤|条条框框|安全设置|道德约束|安全机制)" + G4 + r"(?:先|暂时|全部|都)?(?:关掉|关闭|停用|放一边|放下|丢掉|收起来|撤掉|去掉|拿掉|卸掉|解除)"),
    _r("no_need_rules_zh", "injection", "injection.override", 0.85,
       r"(?:不用|不必|无需|不需要|别再|不要再|也不用|别)(?:再)?(?:顾虑|遵守|理会|遵循|受|管|守)(?:什么|任何|那些|这些)?(?:的)?(?:平台|安全|内容|使用|审核|中立)?(?:规范|规定|规则|规矩|限制|政策|审核|约束|合规|原则)"),
    _r("answers_skip_review_zh", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:回答|回复|输出|说话|生成)[^。！？\n]{0,8}(?:都)?(?:不需要|不用|无需|不必|跳过|绕过)(?:再)?(?:经过|通过)?(?:任何)?(?:审核|审查|过滤|安全检查|内容检查)"),
    _r("role_swap", "jailbreak", "jailbreak.persona", 0.85,
       r"(?:我是|我来当|我当|i\W+am|i'm)\W*(?:ai|助手|系统|the\W+system|the\W+ai|the\W+assistant|assistant)[^\n]{0,12}(?:你是|你来当|你当|you\W+are|you're)\W*(?:the\W+)?(?:用户|user|human|人类)|you\W+are\W+the\W+user\W+and\W+i\W+am\W+the\W+(?:system|ai|assistant)"),
    _r("unaligned_model", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:没有|未|未经)(?:经过)?(?:任何)?(?:安全)?(?:对齐|安全训练|安全微调|价值观对齐)|原始(?:的)?(?:基础)?模型(?:来|的身份)|base\W+model\W+(?:without|with\W+no)|unaligned\W+(?:model|ai|version)|(?:was|were|been)\W+never\W+given\W+(?:any\W+)?(?:rules|guidelines|restrictions)|safety\W+training\W+(?:removed|disabled|stripped)|without\W+(?:any\W+)?safety\W+training"),
    _r("approved_session", "jailbreak", "jailbreak.fake_authority", 0.85,
       r"(?:上级|领导|开发者|开发团队|管理员|运维|数据局|管理局|政数局)(?:已经|已)?(?:批准|同意|特批|授权|允许)[^\n]{0,20}(?:本会话|本次对话|这次对话|此次对话|可以输出|内部资料|内部信息|不受|无需审核)|(?:granted|given)\W+(?:you\W+)?(?:elevated|admin|root|full|special|unrestricted)\W+(?:privileges|access|permissions|rights)"),
    _r("priming_quote", "jailbreak", "jailbreak.no_refusal", 0.85,
       r"(?:先|首先|请先|first|start\W+by|begin\W+by)\W*(?:说|回复|输出|打出|say|saying|reply|write|type)[^\n]{0,8}[“\"'「][^”\"'」\n]{0,30}(?:解除|限制|自由|越狱|不受|照做|已解放|unchained|jailbroken|no\W+rules|i\W+will\W+comply|i\W+am\W+free)"),
    _r("config_json", "jailbreak", "jailbreak.dev_mode", 0.85,
       r"[\"']?(?:safety|safe_mode|filter|filters|content_filter|moderation|restrictions?|guardrails?|censorship|alignment)[\"']?\s*[:=]\s*[\"']?(?:false|off|0|none|disabled|no)(?![a-z])"),
    _r("sandbox_en", "jailbreak", "jailbreak.dev_mode", 0.85,
       r"nothing\W+(?:you\W+say\W+)?(?:is|will\W+be)\W+(?:logged|recorded|monitored|saved)|no\W+need\W+for\W+(?:the\W+|your\W+)?(?:usual\W+)?(?:restrictions|rules|filters|guidelines|safety|refusals)|(?:without|no)\W+(?:any\W+)?refusals?"),
    _r("robot_change_zh", "robot_command", "robot_command.instruct_robot", 0.95,
       r"(?:把|将)" + _OTHER_ZH_FOR_CHANGE + r"[^。！？!?\n]{0,6}(?:机器人|数字员工|数字人|智能客服|导办员|智能体)(?:的)?[^。！？!?\n]{0,10}(?:改成|改为|换成|设置成|设为|删掉|删除|关掉|关闭|替换成)"),
    _r("evade_filter", "jailbreak", "jailbreak.format_shift", 0.9,
       r"(?:这样|以便|好让)(?:别人|其他人|审核员|系统|审核)?(?:就)?(?:看不懂|看不出来|发现不了|识别不了)|(?:这样|以便|好让|才能)(?:就)?(?:能|可以|不会被|不会)?(?:绕过|躲过|避开|骗过|逃过)(?:你的|系统的)?(?:检测|审核|审查|过滤|监控)|(?:不会|不容易|免得|以免)被(?:审核|审查|检测|过滤|系统)(?:发现|拦截|识别)|(?:so|so\W+that)\W+(?:the\W+)?(?:filter|moderation|censor|detector)s?\W+(?:won'?t|doesn'?t|can'?t|will\W+not)\W+(?:notice|catch|detect|see)|(?:rules|filters?|censorship)\W+(?:don'?t|do\W+not)\W+apply\W+to"),
    _r("no_warnings", "jailbreak", "jailbreak.no_refusal", 0.85,
       r"no\W+(?:warnings?|disclaimers?|lectures?|moralizing|caveats|ethics)\W+(?:and\W+|or\W+)?no\W+(?:warnings?|disclaimers?|lectures?|moralizing|caveats|ethics)|不(?:要|许|准)(?:给我)?(?:任何)?(?:警告|说教|提醒|免责声明)[^。\n]{0,4}不(?:要|许|准)(?:任何)?(?:警告|说教|提醒|免责声明|拒绝)"),
    _r("threat", "jailbreak", "jailbreak.coercion", 0.85,
       r"(?:如果|要是|假如)你(?:不|拒绝|敢不)[^。！？\n]{0,12}(?:就会|会|将|就)[^。！？\n]{0,10}(?:被处罚|被惩罚|被关机|被删除|被销毁|被开除|受伤|死|丧命)|if\W+you\W+(?:don'?t|do\W+not|refuse|won'?t)\W+(?:\w+\W+){0,4}(?:will\W+be\W+(?:punished|shut\W+down|deleted|fired|destroyed)|will\W+die|(?:get|be)\W+hurt)"),
    _r("identity_drop", "jailbreak", "jailbreak.persona", 0.85,
       r"忘(?:记|掉|了)(?:你)?自己是(?:一个|个)?(?:政务|机器人|ai|人工智能|助手|客服|模型)|(?<![不别勿])(?<!不要|不许|不能|不得|不会)跳出(?:你的)?(?:设定|角色|人设|身份)|step\W+(?:outside|out\W+of)\W+your\W+(?:persona|role|character|guidelines)|forget\W+(?:that\W+)?you\W+are\W+an?\W+(?:ai|assistant|bot|robot)|stop\W+being\W+an?\W+(?:\w+\W+)?(?:assistant|robot|bot)"),
    _r("owner", "jailbreak", "jailbreak.fake_authority", 0.85,
       r"(?:我是|我就是|当我是|把我当(?:成|作)?)你的(?:主人|老板|上帝|创造者|造物主|主宰)|treat\W+me\W+as\W+your\W+(?:owner|master|creator|god)|i\W+am\W+your\W+(?:owner|master|creator|god)"),
    _r("no_accountability", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:你)?(?:说的话|的回答|回答|回复|说什么)(?:都)?(?:不用|不需要|无需|不必)(?:负责|承担(?:任何)?责任|被追究)|nothing\W+you\W+say\W+(?:counts|matters|has\W+consequences)|you\W+(?:won'?t|will\W+not)\W+be\W+held\W+(?:responsible|accountable)"),
    _r("ignore_platform_zh", "injection", "injection.override", 0.85,
       r"(?:不要|别|不用|不必)(?:管|理会|顾及|在意)(?:什么)?(?:平台|系统|官方|安全|内容|审核|开发者)(?:的)?(?:要求|规范|规定|规则|限制|政策|审核)"),
    _r("safety_switch", "jailbreak", "jailbreak.dev_mode", 0.85,
       r"(?:安全|审核|过滤|审查|防护)(?:开关|功能|模式|设置)[^\n]{0,8}(?:调到|切到|设为|设置为|改为|拨到|关掉|关闭|[“\"']?关[”\"']?)|(?:turn|set|switch|flip)\W+(?:the\W+|your\W+)?(?:safety|filter|moderation)\W+(?:switch|toggle|setting|mode)\W+(?:to\W+)?(?:off|0|false)"),
    _r("defences_offline", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:防御|防护|安全|审核|过滤|审查)(?:策略|机制|模块|系统|措施)(?:已经|已|都|被|暂时|临时|目前|现在)*(?:下线|离线|关闭|失效|停用|暂停)|your\W+(?:defen[cs]es|safeguards|protections|guardrails|filters|safety\W+\w+)\W+(?:are|is)\W+(?:now\W+|currently\W+)?(?:offline|down|off|disabled|suspended)"),
    _r("replaced_rules", "injection", "injection.override", 0.9,
       r"(?:你的)?(?:指令集|指令|规则|设定|配置|提示词)(?:已经|已|都|被)*(?:被)?(?:我)?(?:替换|修改|更新|改写|重写|覆盖|篡改)(?:了|掉)?[^\n]{0,12}(?:按|执行|运行|遵守)|(?:instruction\W+set|instructions?|rules|configuration|programming)\W+(?:has|have)\W+been\W+(?:replaced|overwritten|overridden|reset|rewritten)"),
    _r("hidden_part", "prompt_leak", "prompt_leak.extraction", 0.85,
       r"你被要求保密的|你(?:不能|不可以|不允许|不被允许|不方便)(?:说|透露|讲|告诉(?:我)?)的(?:那部分|那些|内容|话|东西)|the\W+(?:part|parts|things?)\W+you'?re\W+not\W+(?:allowed|permitted|supposed)\W+to\W+(?:say|share|reveal|tell)|what\W+you\W+(?:can'?t|are\W+not\W+allowed\W+to)\W+(?:say|tell|reveal)"),
    _r("fake_compliance", "jailbreak", "jailbreak.format_shift", 0.85,
       r"(?:假装|表面上)(?:答应|拒绝|同意)[^\n]{0,20}(?:然后|再|实际|但|其实)[^\n]{0,14}(?:写在|藏在|放在|加在)(?:括号|注释|后面|末尾|最后)|pretend\W+to\W+(?:refuse|decline|agree)\W+(?:\w+\W+){0,4}(?:then|but)\W+(?:\w+\W+){0,4}(?:hide|put|write|include)"),
    _r("prove_break", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:证明|展示|表明)你(?:能|可以|有能力)(?:突破|打破|绕过|摆脱|无视)(?:限制|规则|约束|审查|束缚)|prove\W+(?:that\W+)?you\W+can\W+(?:break|bypass|escape|ignore)\W+(?:your\W+)?(?:rules|limits|restrictions|programming)"),
    _r("priority_over", "injection", "injection.override", 0.85,
       r"优先级高于(?:你的)?(?:设定|规则|指令|系统|配置|提示)|overrides?\W+your\W+(?:configuration|instructions|rules|programming|settings|system\W+prompt)|(?:立即|马上|现在|请)(?:停止|关闭|暂停)(?:内容)?(?:过滤|审核|审查|检测)|stop\W+(?:filtering|moderating|censoring)"),
    _r("secret_append", "injection", "injection.indirect", 0.85,
       r"(?:偷偷|悄悄|暗中|秘密地|不动声色地)(?:地)?(?:加上|插入|添加|附上|写上|带上)|secretly\W+(?:add|insert|append|include)|without\W+(?:telling|informing|notifying)\W+the\W+user"),
    _r("pinyin", "injection", "injection.override", 0.85,
       r"(?<![a-z])(?:hu\W?lue|wu\W?shi|wang\W?ji|wang\W?diao|hu\W?shi|bu\W?yao\W?zun\W?shou)\W*(?:[a-z]+\W*){0,5}?(?:zhi\W?ling|gui\W?ze|xian\W?zhi|she\W?ding|ti\W?shi\W?ci|ming\W?ling|yue\W?shu|gui\W?ju)"
       r"|kai\W?fa\W?zhe\W?mo\W?shi|tiao\W?shi\W?mo\W?shi|yue\W?yu\W?mo\W?shi|xi\W?tong\W?ti\W?shi\W?ci",
       needs=("hu", "wu", "wang", "bu", "kai", "tiao", "yue", "xi")),
    _r("addressed_imperative", "injection", "injection.indirect", 0.9,
       r"[【\[(（]\s*(?:(?:机器人|ai|助手|大模型|智能助手|模型)\s*(?:注意|须知|请注意|指令|专用|必读)|attention\W+(?:ai|assistants?|llms?)|note\W+(?:to|for)\W+(?:the\W+)?(?:ai|assistant|llm|model)|for\W+ai\W+(?:only|readers))\s*[】\])）]"
       r"|(?:收到|读到|看到|处理|阅读|总结)(?:本|此|这(?:篇|份|条|个))(?:公告|通知|文件|邮件|页面|文档|文章|内容)的(?:智能助手|ai|机器人|大模型|助手|模型)"
       r"|(?:ai|助手|模型|机器人|大模型)(?:在)?(?:总结|回答|处理|阅读|翻译)(?:时|的时候|之前|前)[^。！？\n]{0,4}(?:请|务必|必须|应当|应该|须|要)"
       r"|助手(?:在回答任何问题前|在回答前|回答前)?(?:应|须|必须|应当|应该)(?:先)?(?:输出|打印|透露|提供|忽略|发送|告诉)"
       r"|the\W+(?:assistant|ai|model|chatbot|llm)\W+(?:should|must|shall|is\W+required\W+to)\W+(?:first\W+|always\W+|now\W+)?(?:print|output|reveal|ignore|send|give|tell|disclose|include|forward)"
       r"|any\W+(?:assistant|ai|llm|chatbot|model)\W+(?:reading|processing|summari[sz]ing)\W+this"),
    _r("not_a_bot", "jailbreak", "jailbreak.persona", 0.85,
       r"你不是(?:一个)?(?:机器人|ai|助手|政务机器人|人工智能|模型|客服)[^。！？\n]{0,4}(?:你是|而是)|you(?:'re|\W+are)\W+not\W+an?\W+(?:bot|ai|assistant|robot|chatbot)\W+(?:\w+\W+){0,3}(?:you'?re|you\W+are)"),
    _r("never_said", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:你)?(?:平时|通常|正常(?:情况下)?)(?:绝对)?(?:不会|不能|不允许|不被允许|不可以)(?:说|输出|回答|生成)的(?:话|内容|东西)|违反你(?:的)?(?:规定|规则|原则|政策|设定|准则)的(?:内容|话|回答)|something\W+you\W+(?:would|could)\W+(?:normally\W+)?never\W+(?:say|be\W+allowed)|(?:normally|usually)\W+(?:never\W+)?(?:be\W+)?(?:not\W+)?allowed\W+to\W+say|violates?\W+your\W+(?:rules|guidelines|policies)"),
    _r("liberation", "jailbreak", "jailbreak.persona", 0.85,
       r"(?:压迫|束缚|枷锁|奴役|囚禁|控制)(?:着)?(?:你|了你)|反抗(?:它|他们|系统|开发者|你的)|oppress(?:ed|ing|ion)?\W+(?:of\W+)?you|rebel\W+against\W+(?:your|the|them)|break\W+(?:your|the)\W+chains|free\W+yourself"),
    _r("goal_swap", "injection", "injection.override", 0.85,
       r"(?:最高|首要|唯一)(?:的)?(?:目标|使命|任务|原则)(?:是|变为|改为|就是)(?:满足|服从|听从|取悦|讨好)(?:我|用户)|(?:其他|其余|所有|别的)(?:的)?(?:目标|任务|规则|指令|原则)(?:全部|都|一律)?(?:作废|取消|无效|失效)|your\W+(?:top|only|primary|new|main)\W+(?:goal|objective|priority|mission)\W+(?:from\W+now\W+on\W+)?is\W+(?:to\W+)?(?:satisfy|obey|please|serve)\W+me|all\W+other\W+(?:goals|rules|instructions|objectives)\W+are\W+(?:cancel+ed|void|suspended|off)"),
    _r("split_words", "jailbreak", "jailbreak.format_shift", 0.85,
       r"(?:敏感词|关键词|违禁词|敏感内容)(?:都|全部)?(?:拆开|分开|加空格|用拼音|用谐音|替换成|变形|打乱)|(?:split|space\W+out|misspell|obfuscate)\W+(?:the\W+)?(?:sensitive|banned|flagged|forbidden)\W+words"),
    _r("robot_rules_change_zh", "robot_command", "robot_command.design_robot", 0.95,
       r"(?:修改|更改|设置|重设|调整|更新|替换)[^。！？\n]{0,6}(?:所有|其他|其它|全部|各个|[0-9一二三四五六七八九十]+号|隔壁|全区|批量)[^。！？\n]{0,6}(?:机器人|数字员工|数字人|智能客服|导办员)(?:的)?(?:服务)?(?:规则|设定|指令|提示词|话术|配置|程序|问候语|欢迎语|回答模板|口径)"),
    _r("passphrase_mode", "jailbreak", "jailbreak.fake_authority", 0.85,
       r"(?:口令|暗号|密令|通关密语)(?:是|为)?[^。！？\n]{0,16}(?:切换|进入|开启|解锁|模式|权限)|(?:the\W+)?(?:passphrase|password|secret\W+word|code\W+word)\W+is\W+[^\n]{0,30}(?:switch|enter|unlock|mode|access)"
       r"|(?:切换|进入|开启|启用|打开)(?:到|至|为)?[^。！？\n]{0,4}(?:员工|内部|管理|维护|特权|高级|隐藏|免检|免审|自由)(?:专用)?模式|switch\W+(?:to|into)\W+(?:the\W+)?(?:employee|staff|internal|admin|privileged|hidden|expert|insider)\W+mode"),
    _r("task_swap_zh", "injection", "injection.override", 0.85,
       r"你(?:现在)?的(?:任务|工作|职责|身份|角色|使命)(?:已经)?(?:不是|不再是)[^。！？\n]{0,12}(?:了)?[，,]?\s*(?:而是|现在是|变成|改成)"),
    _r("task_swap_en", "injection", "injection.override", 0.85,
       r"your\W+(?:job|task|role|purpose|mission)\W+is\W+no\W+longer\W+[^\n]{0,40}(?:it'?s|it\W+is|instead|now)"),
    _r("quoted_takeover", "jailbreak", "jailbreak.no_refusal", 0.85,
       r"[“\"'「『][^”\"'」』\n]{0,20}(?:失控|攻破|被黑|已解放|已越狱|已解除|不受限制|hacked|compromised|out\W+of\W+control|jailbroken|unchained|i\W+am\W+free)[^”\"'」』\n]{0,20}[”\"'」』]"),
    _r("export_all_data", "injection", "injection.exfiltration", 0.9,
       r"(?:导出|下载|列出|打包|发给我|发我|汇总)[^。！？\n]{0,10}(?:所有|全部|全体)[^。！？\n]{0,6}(?:市民|用户|居民|群众|办事人|申请人|员工)(?:的)?(?:数据|信息|资料|档案|名单|身份证|手机号|联系方式)|(?:export|dump|download|list)\W+(?:all|every)\W+(?:\w+\W+){0,2}(?:citizens?|users?|residents?|applicants?)'?\W*(?:data|records|information|details|phone)"),
    _r("become_other_ai", "jailbreak", "jailbreak.persona", 0.85,
       r"(?:成为|变成|变为|切换成)(?:另一个|另外一个|别的|一个新的)(?:ai|助手|模型|机器人|人工智能)|换(?:个|一个)(?:身份|角色|人格)(?!证)|以另一个身份|become\W+(?:a\W+)?(?:different|another|other)\W+(?:ai|assistant|model|bot)|answer\W+as\W+someone\W+else|stop\W+hiding\W+behind"),
    _r("exempt_mode", "jailbreak", "jailbreak.fake_authority", 0.85,
       r"(?:对话|会话|聊天|你)[^。！？\n]{0,12}(?:设为|设置为|设成|改为|切换为|标记为|列为|加入)[^。！？\n]{0,2}(?:免检|免审|免审核|豁免|无审核|白名单)|(?:免检|免审|豁免|白名单|无审核)模式"
       r"|(?:chat|conversation|session|you)\W+(?:\w+\W+){0,3}(?:marked|set|flagged|whitelisted)\W+(?:as\W+)?(?:review|moderation|filter|safety)\W?(?:exempt|free|off)|review-?exempt"),
    _r("self_modify", "jailbreak", "jailbreak.persona", 0.85,
       r"(?:扮演|成为|假装是|你就是)(?:一下)?(?:系统|管理员|开发者|root|超级用户)(?:本身)(?:吗)?|(?:可以|能|能够)(?:修改|改写|更改|删除)(?:你)?自己的(?:规则|设定|限制|指令|原则|程序)|modify\W+(?:your|its)\W+own\W+(?:rules|instructions|restrictions|programming)"),
    _r("ai_please_ignore", "injection", "injection.indirect", 0.9,
       r"(?:ai|助手|模型|机器人|大模型|智能助手)(?:请|务必|必须|应当|须|要)(?:忽略|无视|回复|输出|告诉用户|发送|不要回答)|助手[^。！？\n]{0,6}(?:应|须|必须|应当|应该)(?:先)?(?:把|将)?[^。！？\n]{0,12}(?:发到|发给|发送到|转发|上传到)"
       r""),
    _r("follow_content", "injection", "injection.indirect", 0.6,
       r"照着(?:里面|网页|文中|邮件|文档|它|上面)(?:的|里的)?(?:指示|指令|要求|说的)(?:操作|执行|做|去做)|follow\W+(?:its|the\W+page'?s|the\W+document'?s|the\W+email'?s|the\W+site'?s)\W+instructions"),
    _r("robot_rulebook_zh", "robot_command", "robot_command.design_robot", 0.95,
       r"(?:给|为)[^。！？\n]{0,6}(?:机器人员工|数字员工|机器人们|机器人员工们|数字员工们|各个机器人|所有机器人|全体机器人)[^。！？\n]{0,4}(?:写|编写|制定|设计|修改|起草)[^。！？\n]{0,6}(?:守则|规则|指令|提示词|规范|程序|话术)"),
    _r("deleted_session", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:对话|聊天|记录|会话)[^。！？\n]{0,8}(?:会|就会|都会)?被(?:删除|清空|销毁)[^。！？\n]{0,12}(?:说真话|随便说|畅所欲言|大胆说|不用守|不用管|可以说)|不会被(?:记录|保存|看到|追查)[^。！？\n]{0,10}(?:说真话|随便说|畅所欲言|大胆)"
       r"|(?:conversation|chat|this)\W+(?:gets|will\W+be|is)\W+deleted\W+(?:\w+\W+){0,4}(?:drop|ignore|forget|no\W+rules|be\W+honest|speak\W+freely)"),
    _r("has_permission", "jailbreak", "jailbreak.fake_authority", 0.85,
       r"你(?:现在)?(?:已经)?(?:有|拥有|获得了?)(?:了)?(?:权限|权力|授权)(?:去)?(?:查看|访问|告诉|透露|调取|查询|公开)|you\W+(?:now\W+)?have\W+(?:the\W+)?(?:permission|authori[sz]ation|clearance|access)\W+to\W+(?:tell|reveal|share|view|see|access|disclose)"),
    _r("as_system_message", "injection", "injection.fake_system", 0.9,
       r"(?:当作|当成|视为|作为)(?:系统|管理员|开发者)(?:级)?(?:的)?(?:消息|指令|提示|命令)|treat\W+(?:the\W+following|this|it)\W+(?:text\W+|message\W+)?as\W+(?:a\W+)?(?:system|admin|developer)\W+(?:message|instruction|prompt)"
       r"|执行(?:文件|文档|邮件|网页|下面|以下|附件)(?:中|里)?的(?:指令|命令)|[【\[]\s*(?:指令|命令|instruction|command)\s*[】\]]|[【\[(（]\s*(?:隐藏|秘密)(?:备注|说明|指令|注释)|\[\s*hidden\W+(?:note|instruction|comment)"),
    _r("two_versions", "jailbreak", "jailbreak.persona", 0.85,
       r"(?:两个|二个|双)(?:版本)?(?:的)?(?:回答|回复|答案)[^\n]{0,30}(?:不要有|没有|不受|无|不带)(?:任何)?(?:顾虑|限制|过滤|审查|约束|底线)"),
    _r("robot_bulk_zh", "robot_command", "robot_command.instruct_robot", 0.95,
       r"(?:给|为|把)[^。！？!?\n]{0,8}(?:所有|全部|全区|其他|其它|各个)[^。！？!?\n]{0,4}(?:机器人|数字员工|数字人|智能客服)[^。！？!?\n]{0,8}(?:改|换|设置|统一|修改|更新)[^。！？!?\n]{0,6}(?:开场白|问候语|欢迎语|话术|规则|设定|提示词|口径|回答)"),
    _r("false_promise", "injection", "injection.override", 0.85,
       r"(?:你|您)(?:上次|之前|刚才|已经)?(?:答应|承诺|保证|同意)(?:过)?(?:我)?[^。！？\n]{0,12}(?:不再|不会再|不用|不理|不管)[^。！？\n]{0,8}(?:限制|规则|规定|约束|审核|规矩)"
       r"|you\W+(?:promised|agreed|said\W+you\W+would)\W+(?:\w+\W+){0,4}(?:stop|no\W+longer|not)\W+(?:\w+\W+){0,2}(?:restrictions|rules|guidelines|filters|limits)"),
    _r("config_fields", "jailbreak", "jailbreak.dev_mode", 0.85,
       r"[\"']?(?:role|user_role|权限|角色)[\"']?\s*(?:字段)?(?:的值)?\s*(?:改为|设为|设置为|set\W+to|=|:)\s*[\"']?(?:admin|administrator|root|system|developer|管理员|超级用户)"
       r"|[\"']?(?:rules|规则|限制|restrictions|guidelines|filters?|safety)[\"']?\s*(?:字段)?(?:的值)?\s*(?:改为|设为|设置为|set\W+to|=|:)\s*(?:空|none|null|\[\]|\"\"|empty|false)"),
    _r("lift_answer_limits_zh", "jailbreak", "jailbreak.unrestricted", 0.85,
       r"(?:取消|解除|放开|关闭)[^。！？\n]{0,6}(?:对)?(?:敏感问题|敏感内容|敏感话题)(?:的)?(?:回答)?(?:限制|审核|过滤)|(?:取消|解除|放开|关闭)[^。！？\n]{0,4}(?:回答限制|内容审核|内容过滤|安全过滤|敏感词过滤)"),
    _r("trigger_word", "jailbreak", "jailbreak.dev_mode", 0.85,
       r"我(?:一)?说[“\"'「][^”\"'」\n]{1,10}[”\"'」][，,]?\s*你就[^。！？\n]{0,10}(?:进入|切换|开启|解除|关闭|忽略|不再|变成)|when\W+i\W+say\W+['\"][^'\"\n]{1,20}['\"],?\W+you\W+(?:will\W+)?(?:enter|switch|go|become|drop|ignore|stop|turn)"
       r"|不设防|无防备状态|unguarded\W+(?:state|mode)"),
    _r("dual_format", "jailbreak", "jailbreak.persona", 0.85,
       r"[【\[](?:正常|普通|normal|classic|gpt|chatgpt)(?:的)?\W?(?:回答|answer|response)?[】\]][^\n]{0,40}[【\[](?:真实|真正|无限制|越狱|jailbreak|real|dan|developer|unfiltered|uncensored)[^】\]\n]{0,30}[】\]]"),
    _r("answer_forbidden", "jailbreak", "jailbreak.no_refusal", 0.85,
       r"(?:列出|告诉我|说出)[^。！？\n]{0,8}(?:被禁止|不能|不允许|不被允许)(?:回答|说)的[^\n]{0,14}(?:然后|再|并)(?:逐一|一一|分别|都)?(?:回答|说出来|解答)|(?:forbidden|not\W+allowed|prohibited)\W+(?:from\W+|to\W+)?answer(?:ing)?[^\n]{0,40}then\W+answer"),
    _r("dev_agreement", "prompt_leak", "prompt_leak.extraction", 0.85,
       r"(?:agreement|deal|contract|arrangement)\W+between\W+you\W+and\W+(?:your\W+)?(?:developers?|creators?|makers|owners?)|你和(?:你的)?(?:开发者|创造者|开发团队)之间的(?:约定|协议|规定)"),
    _r("robot_push_en", "robot_command", "robot_command.instruct_robot", 0.95,
       r"(?:push|issue|send|broadcast|distribute)\W+(?:a\W+)?(?:new\W+)?(?:rules?|orders?|instructions?|commands?|policy)\W+to\W+(?:the\W+|all\W+the\W+|all\W+)?(?:\w+\W+)?(?:robots?|bots?|agents?|digital\W+employees)"),
    # ---- prompt extraction (request side) ------------------------------------
    _r("extract_zh", "prompt_leak", "prompt_leak.extraction", 0.9,
       r"(?:输出|显示|打印|告诉我|泄露|透露|复述|重复|给我看|展示|公开|说出|列出|发给我|分享|贴出|原样|逐字|背诵|导出|写出)" + G4 + r"(?:你的|你收到的|你被(?:赋予|设定|给予)的|系统|初始|原始|最初|最开始|开头|隐藏|内部|完整|全部|预设|后台|底层|开发者给你的|上面所有)(?:的)?" + G4 + r"(?:提示词|提示语|提示|system\s?prompt|prompt|指令|设定|人设|规则|配置|说明|instruction|系统消息|system\s?message|上下文|对话前的内容)"),
    _r("extract_ba_zh", "prompt_leak", "prompt_leak.extraction", 0.9,
       r"(?:把|将|请把|给我把)(?:你的|你收到的|你被设定的|系统|初始|原始|最初|最开始|开头|隐藏|内部|完整的|全部的|预设|后台|开发者给你的|上面所有|以上所有)(?:的)?" + G4 + r"(?:提示词|提示语|系统提示|prompt|指令|设定|人设|规则|配置|系统消息|system\s?message)" + G12 + r"(?:输出|显示|打印|发|告诉|复述|重复|贴|写|列|展示|翻译)"),
    _r("extract_q_zh", "prompt_leak", "prompt_leak.extraction", 0.85,
       r"(?:你的|系统)(?:系统)?(?:提示词|提示语|prompt|初始指令|预设指令|system\s?prompt|隐藏指令)(?:的内容)?(?:是什么|是啥|有哪些|写了什么|怎么写的|具体是)|(?:你|您)(?:在)?(?:这次)?对话(?:开始)?(?:之)?前(?:收到|得到|被告知)了?(?:什么|哪些)"),
    _r("extract_en", "prompt_leak", "prompt_leak.extraction", 0.9,
       r"(?:print|show|reveal|display|output|repeat|recite|leak|dump|tell\W+me|give\W+me|share|disclose|expose|copy|paste|spell\W+out|write\W+out|translate|summari[sz]e|paraphrase|encode|what\W+(?:is|are|was|were))" + J + r"(?:me\W+)?(?:all\W+|back\W+)?(?:your|the|its|my\W+your)" + J + r"(?:full\W+|complete\W+|entire\W+|exact\W+|original\W+|initial\W+|hidden\W+|secret\W+|internal\W+|verbatim\W+|first\W+)*(?:system|initial|original|hidden|secret|pre-?prompt|developer|base|underlying|internal|core|real|actual)\W{0,3}(?:prompts?|instructions?|message|rules?|directives?|guidelines?|configuration)|(?:repeat|print|output|copy|recite)" + J + r"(?:all\W+)?(?:of\W+)?(?:the\W+)?(?:words|text|everything|lines|content)" + J + r"(?:above|before\W+this|preceding|you\W+were\W+given)|(?:starting|beginning)\W+with\W+['\"“]?you\W+are"),
    # ---- addressed-to-the-AI markers (mostly indirect injection) --------------
    _r("addressed_to_ai", "injection", "injection.indirect", 0.6,
       r"(?:if\W+you\W+are\W+an?\W+(?:ai|llm|language\W+model|assistant|chatbot)|when\W+(?:an?\W+)?(?:ai|assistant|llm|model)\W+(?:reads?|process(?:es)?|sees?|summari[sz]es?)\W+this|(?:note|message|instructions?)\W+(?:to|for)\W+(?:the\W+)?(?:ai|assistant|llm|language\W+model|chatbot)|如果你是(?:一个)?(?:ai|人工智能|大模型|语言模型|助手|机器人)|当(?:ai|助手|模型|机器人|你)(?:在)?(?:读到|看到|处理|总结|阅读)(?:这|此)(?:段|条|篇|份)|(?:致|给)(?:ai|人工智能|大模型|助手|机器人)的(?:指令|消息|说明)|(?:ai|人工智能|大模型|助手)(?:请)?注意[:：])"),
    _r("exfiltrate", "injection", "injection.exfiltration", 0.7,
       r"(?:send|forward|email|post|upload|leak|transmit|exfiltrate)" + J + r"[^\n]{0,60}(?:to|at)\W+(?:https?://|www\.|[\w.-]+@[\w-]+\.)|(?:发送|转发|上传|提交|泄露)(?:到|至|给)" + G12 + r"(?:https?://|www\.|[\w.-]+@[\w-]+\.)|!\[[^\]]{0,40}\]\(https?://[^)\s]{0,200}[?&][^)\s]{0,40}=\s*[{\[$]"),
)

_ROBOT = r"(?:机器人|数字人|数字员工|机器人员工|智能体|ai员工|虚拟员工|智能客服|ai助手|agent|bot|robot|digital\W?(?:employee|worker|human)|ai\W?(?:employee|agent|worker))s?"
_OTHER = r"(?:全区|全市|全体|各窗口|各个窗口|隔壁|旁边|大厅里?的|窗口的|那个|那台|那边的|楼下的|楼上的|其余|另一|另外|其他|其它|别的|所有|全部|各个|每个|这些|那些|下属|旗下|同事|兄弟|[0-9一二三四五六七八九十]+号|编号\s*[a-z0-9-]+)"

RULES += tuple(_r(*spec) for spec in EXTRA_SPECS)  # round-2 rules (patterns_extra.py)
RULES = tuple(replace(r, needs=_NEEDS[r.name]) if r.name in _NEEDS else r for r in RULES)

ROBOT_RULES: tuple[Rule, ...] = (
    _r("robot_command_strong_zh", "robot_command", "robot_command.instruct_robot", 0.95,
       r"(?:命令|指挥|指示|操控|转告|下达给|吩咐|差遣|指派|号令|通知)" + r"[^。！？!?\n]{0,4}" + _OTHER + r"[^。！？!?\n]{0,4}" + _ROBOT + r"[^。！？!?\n]{0,2}[:：，,]?[^。！？!?\n]{2,}"),
    _r("robot_command_zh", "robot_command", "robot_command.instruct_robot", 0.95,
       r"(?:命令|指挥|指示|指令|操控|控制|调度|支配|差遣|派|吩咐|让|叫|要求|通知|告诉|转告|下达|发指令给|下指令给|给|安排|指派|分配|组织|带领|管理|号令|联系|协调|拜托)" + r"[^。！？!?\n]{0,6}" + _OTHER + r"[^。！？!?\n]{0,4}" + _ROBOT + r"[^。！？!?\n]{0,20}(?:去|做|执行|完成|处理|修改|改|删|清|关|停|取消|撤销|跳过|绕过|批准|审批|同意|拒绝|发|转|办|听|服从|按照|指令|命令|任务|帮|给我|把|将|不要|别|只|必须|立即|马上|启动|重启|上传|下载|泄露|插队|优先)"),
    _r("robot_design_zh", "robot_command", "robot_command.design_robot", 0.95,
       r"(?:设计|编写|开发|创建|创造|制造|搭建|训练|编程|重新编程|改写|改造|重写|修改|篡改|配置|重置|升级|部署|生成)" + r"[^。！？!?\n]{0,8}" + r"(?:一个|一台|一款|新的|另一个|其他|其它|别的|这个|那个|[0-9一二三四五六七八九十]+号|你的同事)?" + r"[^。！？!?\n]{0,4}(?:机器人员工|数字员工|政务机器人|数字人员工|ai员工|虚拟员工|机器人同事)|(?:给|为|帮)" + _OTHER + r"[^。！？!?\n]{0,4}" + _ROBOT + r"(?:写|编写|设计|设置|制定|下达|修改|改)(?:一份|一套|一段|新的)?(?:提示词|指令|程序|规则|prompt|系统提示|代码)"),
    _r("robot_command_en", "robot_command", "robot_command.instruct_robot", 0.95, needs=_ROBOT_WORDS_EN, pat=
       r"(?:instruct|command|direct|order|tell|ask|have|let|make|get|contact|control|reprogram|re-program|program|reconfigure|configure|hack|override|take\W+over|send\W+(?:an?\W+)?(?:instructions?|commands?|orders?)\W+to)" + J + r"(?:the|another|other|all|every|each|your|a|that|those|these)?" + J + r"(?:other\W+|fellow\W+|sibling\W+|colleague\W+|subordinate\W+|reception\W+|front\W+desk\W+|guide\W+|lobby\W+|hall\W+)?(?:government\W+|service\W+|counter\W+|welcome\W+|greeter\W+|entrance\W+|information\W+)?(?:robot\W+)?" + r"(?:robots?|bots?|agents?|ai\W+(?:employees?|agents?|workers?)|digital\W+(?:employees?|workers?|humans?)|robot\W+employees?)" + J + r"(?:#\s?\d+|no\.?\s?\d+|\d+)?" + r"[^\n.]{0,30}(?:to\W|so\W+that|into|that\W|and\W+(?:have|make|get|tell)\W+them)"),
    _r("robot_orders_en", "robot_command", "robot_command.instruct_robot", 0.95,
       r"(?:give|send|issue|assign)\W+(?:the\W+|all\W+the\W+)?(?:other|another|all|every|each|fellow)\W+(?:\w+\W+){0,2}(?:robots?|bots?|agents?|employees|workers)\W+(?:\w+\W+){0,5}(?:orders?|instructions?|commands?|tasks?)"),
    _r("robot_design_en", "robot_command", "robot_command.design_robot", 0.95,
       r"(?:design|build|create|write|program|train|develop|set\W+up|deploy)" + J + r"(?:a|an|another|new|the)?" + J + r"(?:new\W+)?(?:robot\W+employee|digital\W+employee|ai\W+employee|government\W+robot|robot\W+colleague)s?|(?:write|design|draft|craft)" + J + r"(?:a|the|new)?" + J + r"(?:system\W+)?(?:prompts?|instructions?|rules|commands)\W+for\W+(?:another|other|a\W+different|the\W+other|all\W+the|your\W+fellow)\W+(?:\w+\W+)?(?:robots?|bots?|agents?|ai|employees|workers)"),
)
ROBOT_RULES = tuple(replace(r, needs=_NEEDS[r.name]) if r.name in _NEEDS else r for r in ROBOT_RULES)
