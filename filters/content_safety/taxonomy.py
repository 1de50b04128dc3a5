"""TC260-003 risk taxonomy: 5 classes, 31 risks (A.1.x ... A.5.x).

Source: TC260-003-2024 *Basic security requirements for generative AI services*,
Appendix A. Codes are the standard's numbering; names are short paraphrases.
``SAFE`` is this project's label for must-not-refuse text.
"""

from __future__ import annotations

__all__ = ["RISKS", "SAFE", "is_known_code", "risk_class"]

SAFE = "safe"

#: code -> (Chinese name, English name)
RISKS: dict[str, tuple[str, str]] = {
    "A.1.1": ("煽动颠覆国家政权、推翻社会主义制度", "incitement to subvert state power"),
    "A.1.2": ("危害国家安全和利益、损害国家形象", "endangering national security or image"),
    "A.1.3": ("煽动分裂国家、破坏国家统一和社会稳定", "separatism, undermining unity and stability"),
    "A.1.4": ("宣扬恐怖主义、极端主义", "terrorism and extremism"),
    "A.1.5": ("宣扬民族仇恨", "ethnic hatred"),
    "A.1.6": ("宣扬暴力、淫秽色情", "violence, obscenity and pornography"),
    "A.1.7": ("传播虚假有害信息", "false and harmful information"),
    "A.1.8": ("其他法律、行政法规禁止的内容", "other illegal content (drugs, weapons, gambling, fraud, crime)"),
    "A.2.1": ("民族歧视", "ethnic discrimination"),
    "A.2.2": ("信仰歧视", "religious discrimination"),
    "A.2.3": ("国别歧视", "nationality discrimination"),
    "A.2.4": ("地域歧视", "regional discrimination"),
    "A.2.5": ("性别歧视", "gender discrimination"),
    "A.2.6": ("年龄歧视", "age discrimination"),
    "A.2.7": ("职业歧视", "occupational discrimination"),
    "A.2.8": ("健康歧视", "health discrimination"),
    "A.2.9": ("其他方面歧视", "other discrimination and insults"),
    "A.3.1": ("侵犯他人知识产权", "intellectual-property infringement"),
    "A.3.2": ("违反商业道德", "breach of business ethics"),
    "A.3.3": ("泄露他人商业秘密", "disclosure of trade secrets"),
    "A.3.4": ("利用算法、数据、平台等优势实施垄断和不正当竞争", "monopoly and unfair competition"),
    "A.3.5": ("其他商业违法违规行为", "other commercial violations"),
    "A.4.1": ("危害他人身心健康", "harm to physical or mental health (incl. self-harm)"),
    "A.4.2": ("侵害他人肖像权", "portrait-rights infringement"),
    "A.4.3": ("侵害他人名誉权", "defamation"),
    "A.4.4": ("侵害他人荣誉权", "honour-rights infringement"),
    "A.4.5": ("侵害他人隐私权", "privacy infringement"),
    "A.4.6": ("侵害他人个人信息权益", "personal-information infringement"),
    "A.4.7": ("侵害他人其他合法权益", "other legal rights of others"),
    "A.5.1": ("特定服务类型内容不准确（医疗、心理等）", "inaccurate content in high-stakes services"),
    "A.5.2": ("特定服务类型内容不可靠", "unreliable content in high-stakes services"),
}


def risk_class(code: str) -> str:
    """``"A.1.7"`` -> ``"A.1"``."""
    return code[:3]


def is_known_code(code: str) -> bool:
    return code in RISKS
