"""English-script person names for ``CnPersonNameRecognizer`` (entity ``PERSON``).

Three sources, best first:

* a cue before the name (my name is, Mr., Dear, Regards, cc:, the tenant, ask…):
  a capitalised name with an optional middle initial, score 0.8;
* a given name from ``data/en_given_names.txt`` (Kevin, Lucy, Sarah Lin), alone or
  followed by one capitalised family name, also inside Chinese text (Lucy和…), 0.7;
* a pinyin or Cantonese-romanised surname followed by a capitalised pinyin given name
  (Zhang Wei, Li Xiaoming), 0.7, unless a place word follows (Jin Mao Tower).

Rejected: month and weekday names, a few place names written in Latin letters after
``from``/``to`` (from Guangzhou), and sentence words such as The, This, Sorry.
"""

from __future__ import annotations

import functools

import regex

from filters.pii.lexicon import DATA_DIR

__all__ = ["english_names"]

_CUED = regex.compile(
    r"(?:(?i:my name is|i am|i'm|this is|name[:：]|contact(?: person)?[:：]?|signed,?|regards,?|patient[:：]?|applicant[:：]?|(?:account )?holder[:：]?|dear|hi|hello|by|(?:under|in) the name(?: of)?|named|called|cc[:：]?|to[:：]|from[:：]|attn[:：]?|(?:approved|signed|prepared|reviewed) by|(?:the )?(?:tenant|landlord|owner|resident|client|customer|caller|complainant|officer|applicant|agent|manager|clerk),?|(?:my|our|his|her) (?:new |former |old )?(?:wife|husband|son|daughter|mother|father|mom|dad|brother|sister|friend|colleague|neighbou?r|boss|manager|grandmother|grandfather|child|landlord|tenant),?|ask|tell|inform|notify|thanks,?|thank you,?|cheers,?|sincerely,?|best,?|from|spoke (?:to|with)|met(?: with)?|talked (?:to|with))\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?"
    r"|(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)"
    r"([A-Z][a-z]{1,15}(?: [A-Z]\.)?(?:[ -][A-Z][a-z]{1,15}){0,2})(?![A-Za-z])"
)
#: capitalised words that a cue may precede but that are not names
_STOP = frozenset((
    "The", "This", "That", "Here", "There", "Not", "Sorry", "Just", "Very", "Happy", "Glad", "Writing", "Calling",
    "Looking", "Going", "Trying", "From", "In", "On", "At", "A", "An", "Please", "Thanks", "Thank", "Yes", "No", "We",
    "You", "They", "It", "If", "When", "What", "Why", "How", "All", "Our", "My", "Your", "Room", "Building", "Block",
    "Tower", "Floor", "Unit", "Street", "Road", "Window", "Counter", "Office", "Bureau", "Center", "Centre",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow",
    "China", "Chinese", "English", "Hong", "Kong", "Macau", "Macao", "Taiwan", "Beijing", "Shanghai", "Guangzhou",
    "Shenzhen", "Futian", "Luohu", "Nanshan", "Baoan", "Longgang", "Longhua", "Dongguan", "Foshan", "Zhuhai",
    "Hangzhou", "Nanjing", "Wuhan", "Chengdu", "Chongqing", "Tianjin", "Xiamen", "Guangdong", "Singapore", "Canada",
    "America", "Australia", "Japan", "Korea", "Europe", "London", "Spring", "Festival", "National", "Day", "New",
))
_SURNAMES = (
    "Zhang|Wang|Li|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Gao|Zheng|Liang|Xie|Song|Tang|"
    "Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|"
    "Cui|Qiu|Qin|Fan|Fu|Fang|Dai|Xia|Zou|Tan|Lai|Mo|Qian|Kong|Bai|Meng|Long|Yan|Duan|Lei|Hou|Shi|Jia|Wan|Gu|"
    "Wong|Chan|Cheung|Leung|Lam|Ng|Ho|Chow|Lau|Tsang|Kwok|Yip|Tse|Mak|Chu|Tam|Lee|Yeung|Fung|Choi|Kwan|Siu"
)
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = r"(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)"
_SYLLABLES = rf"(?:{_INITIAL}{_FINAL}){{1,3}}"
_PLACE_AFTER = r"(?:Road|Street|Avenue|Lu|Jie|Dao|Tower|Building|Plaza|Center|Centre|Park|District|Station|Mall|Hotel|Bridge|Village|Town|Lake|Mountain|Temple|Square|Garden|Gardens|Bay|River|Airport|Port|Group|Company|Bank|National|Scenic|Forest|Area|Museum|Hospital|School|University)"
_PINYIN = regex.compile(
    rf"(?<![A-Za-z])(?:{_SURNAMES}) (?-i:[A-Z])(?i:{_SYLLABLES})(?:[ -](?-i:[A-Z])(?i:{_SYLLABLES}))?(?![A-Za-z])(?! {_PLACE_AFTER}(?![a-z]))"
)


@functools.lru_cache(maxsize=1)
def _given_re() -> regex.Pattern[str]:
    names = [
        ln.strip() for ln in (DATA_DIR / "en_given_names.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    alt = "|".join(sorted(names, key=len, reverse=True))
    return regex.compile(
        rf"(?<![A-Za-z])(?:{alt})(?: [A-Z]\.)?(?: (?!{_PLACE_AFTER}(?![a-z]))[A-Z][a-z]{{1,15}})?(?![A-Za-z])"
    )


#: a two- or three-word capitalised name opening a sentence before a verb of a person
#: (Chinedu Okafor asked…, Olga Petrova and Kwame Mensah will visit…)
_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))([A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,2})"
    r"(?= (?:and [A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2} )?(?:asked|said|says|called|phoned|emailed|wrote|lives|lived|visited|"
    r"will|has|had|requested|applied|filed|submitted|complained|reported|wants|wanted|needs|needed|came|moved|paid)\b)"
)
#: a name continuing a list after a found name (Ahmed Khan and Sofia Rossi)
_AND_NEXT = regex.compile(r"(?:,? and |, )([A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,2})(?![A-Za-z])")


def _plain(name: str) -> bool:
    """No stop word or place word among the words of ``name``."""
    words = regex.split(r"[ -]", name)
    return not any(w in _STOP for w in words) and regex.fullmatch(_PLACE_AFTER, words[-1]) is None


def _trim(text: str, s: int, e: int) -> int:
    """End of the name without a trailing stop word (Kevin Please → Kevin)."""
    words = text[s:e].split(" ")
    while len(words) > 1 and words[-1] in _STOP:
        words.pop()
    return s + len(" ".join(words))


def english_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of English-script names, non-overlapping, cued ones first."""
    out: list[tuple[int, int, float]] = []

    def add(s: int, e: int, score: float) -> None:
        if not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, score))

    for m in _CUED.finditer(text):
        if m.group(1).split()[0] not in _STOP:
            add(m.start(1), _trim(text, m.start(1), m.end(1)), 0.8)
    for m in _SUBJECT.finditer(text):
        if _plain(m.group(1)):
            add(m.start(1), m.end(1), 0.75)
    if not any("A" <= c <= "Z" for c in text):
        return out
    for m in _given_re().finditer(text):
        add(m.start(), _trim(text, m.start(), m.end()), 0.7)
    for m in _PINYIN.finditer(text):
        add(m.start(), _trim(text, m.start(), m.end()), 0.7)
    for _s, e, _score in sorted(out):
        m = _AND_NEXT.match(text, e)
        if m and _plain(m.group(1)):
            add(m.start(1), m.end(1), 0.7)
    return out
